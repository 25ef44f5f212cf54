import { liveTechnologyWhere } from "@/lib/resources/visibility";
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db/client";
import { Conflict, ValidationError } from "@/lib/errors";
import { recordRevision } from "@/lib/revisions/service";
import { relationInclude, serializeRow } from "@/lib/revisions/serialize";
import { languageKey, TECHNOLOGY_KINDS } from "@/lib/resources/categories";
import { editorial, STAFF } from "./access";
import { claims } from "./claims";
import { defineAction, defineResource, inputMeta } from "./define";
import { ensureSlug } from "./slugs";

export const TECHNOLOGY_STATUSES = ["ACTIVE", "PROPOSED"] as const;

export const technologies = defineResource({
  name: "technologies",
  model: "technology",
  label: "Technologies",
  titleField: "name",
  fields: {
    name: { type: "string", required: true, max: 120, list: true, sortable: true, search: true },
    slug: { type: "slug", list: true, sortable: true, search: true, help: "Leave empty to derive it from the name." },
    kind: {
      type: "enum",
      choices: TECHNOLOGY_KINDS,
      list: true,
      filter: true,
      sortable: true,
      help: "Its category: a use case's wizard ranks the technologies of its own category.",
    },
    language: {
      type: "string",
      max: 40,
      list: true,
      filter: true,
      help: "The programming language teams use it from (python, javascript, ruby, php…); empty when any language uses it, as with databases. The wizard favours technologies in a language the team knows.",
    },
    status: {
      type: "enum",
      choices: TECHNOLOGY_STATUSES,
      default: "ACTIVE",
      list: true,
      filter: true,
      sortable: true,
      help: "Proposed: named by an imported article and waiting for an editor; hidden from the public site until confirmed.",
    },
    aliases: {
      type: "tags",
      schema: z.array(z.string().trim().min(1).max(80)).max(30),
      default: [],
      help: "Other names the importer resolves to this technology.",
    },
    homepage: { type: "url" },
    description: { type: "text", max: 5000 },
    updatedAt: { type: "datetime", editable: false, list: true, sortable: true, filter: true },
  },
  list: { defaultSort: { field: "name", order: "ASC" } },
  access: editorial(),
  softDelete: true,
  publicFacing: true,
  prepare: (data, ctx) => {
    // One spelling per language, so "JavaScript" and "javascript " are the same team skill.
    if (typeof data.language === "string" || data.language === null) data.language = languageKey(data.language ?? "");
    return ensureSlug("technology", data, ctx, "name");
  },
  site: { where: liveTechnologyWhere, select: { slug: true }, path: (t) => `/technologies/${String(t.slug)}` },
  actions: {
    confirm: defineAction({
      label: "Confirm as a technology",
      input: z.strictObject({}),
      roles: STAFF,
      bulk: true,
      run: () => ({ status: "ACTIVE" }),
    }),
    mergeInto: defineAction({
      label: "Merge into another technology",
      // Only confirmed technologies are offered (the action refuses the others).
      input: z.strictObject({
        intoId: z
          .string()
          .min(1)
          .max(64)
          .meta(inputMeta({ title: "Merge into technology", reference: "technologies", filter: { status: "ACTIVE" } })),
      }),
      roles: STAFF,
      bulk: true,
      // The proposed name becomes an alias of the technology it really is, its claims name that one
      // instead (each claim's change recorded), and the duplicate goes to the trash.
      async run(record, { intoId }, { tx, actor }) {
        if (intoId === record.id) throw new ValidationError({ intoId: ["A technology cannot be merged into itself."] });
        const target = await tx.technology.findFirst({ where: { id: intoId, deletedAt: null } });
        if (!target) throw new ValidationError({ intoId: ["The technology to merge into does not exist."] });
        if (target.status !== "ACTIVE")
          throw new Conflict("Merge into a confirmed technology, or confirm this one instead.");
        await moveClaims(tx, actor, String(record.id), intoId);
        const aliases = Array.isArray(target.aliases)
          ? target.aliases.filter((a): a is string => typeof a === "string")
          : [];
        const name = String(record.name);
        if (
          !aliases.some((a) => a.toLowerCase() === name.toLowerCase()) &&
          name.toLowerCase() !== target.name.toLowerCase()
        ) {
          const before = serializeRow(technologies, target);
          const updated = await tx.technology.update({
            where: { id: intoId },
            data: { aliases: [...aliases, name].slice(0, 30), version: { increment: 1 } },
          });
          await recordRevision(tx, {
            def: technologies,
            action: "UPDATE",
            actor,
            before,
            after: serializeRow(technologies, updated),
            reason: `Alias from merged technology "${name}"`,
          });
        }
        return { deletedAt: new Date() };
      },
    }),
  },
});

async function moveClaims(tx: Tx, actor: Actor, fromId: string, intoId: string): Promise<void> {
  const include = relationInclude(claims);
  const rows = await tx.claim.findMany({ where: { technologies: { some: { id: fromId } } }, include });
  for (const row of rows) {
    const updated = await tx.claim.update({
      where: { id: row.id },
      data: { technologies: { disconnect: { id: fromId }, connect: { id: intoId } }, version: { increment: 1 } },
      include,
    });
    await recordRevision(tx, {
      def: claims,
      action: "MERGE",
      actor,
      before: serializeRow(claims, row),
      after: serializeRow(claims, updated),
    });
  }
}
