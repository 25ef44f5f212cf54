// defineResource: Django's ModelAdmin for StackVerdict. A resource is described once; the service
// layer, the admin API, the admin screens and the authorization tests all read the description.
import { z } from "zod";
import type { Actor, Role } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";
import type { CommitEvent } from "@/lib/events/bus";
import { fieldSchema, type Fields } from "./fields";

/** Prisma delegate names of the models resources are built on. */
export type ModelName =
  | "user"
  | "team"
  | "membership"
  | "technology"
  | "article"
  | "claim"
  | "citation"
  | "contradiction"
  | "useCase"
  | "verdict"
  | "decision"
  | "outcomeReview"
  | "revision"
  | "loginAttempt";

export type Verb = "read" | "create" | "update" | "delete";

export type Row = Record<string, unknown> & { id: string };

/** A Prisma `where` for any model (the registry is generic over models). */
export type Where = Record<string, unknown>;

export interface AccessRules {
  /** Roles allowed each verb. Anonymous visitors never reach the admin API. */
  roles: Record<Verb, readonly Role[]>;
  /**
   * Row-level rule for actors below EDITOR: a Prisma `where` restricting what they may see.
   * Returning null means "no restriction". It may read the database (revisions inherit the rules
   * of the records they describe, which takes a look at those records).
   */
  scope?: (actor: Actor, db: Db | Tx) => Where | null | Promise<Where | null>;
  /** Row-level check on the record an actor writes (after the change, for create/update). */
  canWrite?: (actor: Actor, record: Row, tx: Tx) => Promise<boolean>;
}

export interface ActionContext {
  tx: Tx;
  actor: Actor;
}

/** A named operation beyond CRUD (claim status change, merge, resolve…), also usable in bulk. */
/** A field's value an action needs, said as data so the admin can read it from the metadata. */
export interface ActionCondition {
  field: string;
  in: readonly string[];
  /** Said when no selected record qualifies ("This verdict is not published."). */
  why: string;
}

export const actionApplies = (
  condition: Pick<ActionCondition, "field" | "in"> | undefined,
  record: Record<string, unknown>,
): boolean => !condition || condition.in.includes(String(record[condition.field]));

export interface ResourceAction<I = unknown> {
  label: string;
  input: z.ZodType<I>;
  roles: readonly Role[];
  /** Whether the admin offers it as a bulk action on selected rows. */
  bulk?: boolean;
  /**
   * The records it means something for ("Unpublish" a published verdict, "Reopen" a closed
   * contradiction): the admin offers it only on those, and the service leaves other records as they
   * are (refusing with `why` when none of the selected records qualifies).
   */
  appliesWhen?: ActionCondition;
  /** Returns the data to write on the record (versioned and recorded like an update). */
  run: (record: Row, input: I, ctx: ActionContext) => Promise<Record<string, unknown>> | Record<string, unknown>;
}

/** What a committed write hands to the resource's after-commit hooks. */
export interface CommittedWrite {
  db: Db;
  resource: string;
  /** What the write returned: the record, the records, or the ids it touched. */
  result: unknown;
  /** Who wrote, when the service layer knows. */
  actor: Actor | null;
  /** The write's commit event (lib/events): ids, action and changed fields. */
  event: CommitEvent;
}

/**
 * An effect of a committed write, declared on the resource (Payload's afterChange, Django's
 * post_save): the service layer runs it without knowing who cares. A failure is logged; the write
 * has committed and stands.
 */
export type AfterCommitHook = (write: CommittedWrite) => Promise<void>;

export interface ResourceDef {
  name: string;
  model: ModelName;
  label: string;
  /** The field shown as a record's title in lists, references and history. */
  titleField: string;
  fields: Fields;
  list: {
    defaultSort: { field: string; order: "ASC" | "DESC" };
  };
  access: AccessRules;
  softDelete: boolean;
  /**
   * Whether a write can change what the public site shows: its commit event then drops the public
   * caches of every app process (lib/events/subscribers.ts). Declared on every resource, never guessed.
   */
  publicFacing: boolean;
  /**
   * Whether the public site shows a record (a row as its revisions snapshot it): a write to a record
   * shown neither before nor after it (a draft claim, an unpublished verdict) is not public-facing,
   * so it drops no cached page. Without it every write of a public-facing resource counts.
   */
  shown?: (row: Row) => boolean;
  /** No create/update/delete at all (revisions). */
  readOnly?: boolean;
  /** Adds system fields and derived values (slugs, normalized text, author ids) before a write. */
  prepare?: (data: Record<string, unknown>, ctx: ActionContext & { existing: Row | null }) => Promise<void> | void;
  /** Cross-field validation after field validation; returns field errors. */
  validate?: (data: Record<string, unknown>, existing: Row | null) => Record<string, string[]> | null;
  actions?: Record<string, ResourceAction<never>>;
  /** Effects of a committed write of this resource (create, update, action, delete, restore), in order. */
  afterCommit?: readonly AfterCommitHook[];
  /** Fields never sent to clients (password hashes). */
  hidden?: readonly string[];
  /** Extra Prisma include for reads (explicit join rows such as a verdict's weighted evidence). */
  include?: Record<string, unknown>;
  /** Reshapes an included join back into the field clients edit (run after serialization). */
  present?: (row: Record<string, unknown>) => Record<string, unknown>;
  /**
   * How a record is told apart in the admin's pickers besides its title (and its status, which
   * every picker shows): what to read with it, and the words to show (a claim's source title).
   */
  site?: SitePage;
  choice?: {
    select: Record<string, unknown>;
    detail: (row: Record<string, unknown>) => string[];
  };
}

/**
 * The public page of a record, when it has one: which records the site shows (the same `where` its
 * pages read through, lib/resources/visibility.ts) and the page's path. The admin links to it ("view on
 * site") only while the record is public.
 */
export interface SitePage {
  where: () => Where;
  select: Record<string, unknown>;
  path: (row: Record<string, unknown>) => string;
}

export function defineResource<const R extends ResourceDef>(def: R): R {
  return def;
}

export function defineAction<I>(action: ResourceAction<I>): ResourceAction<never> {
  return action as unknown as ResourceAction<never>;
}

/**
 * What the admin's action form shows for one field of an action's input, as zod metadata (carried into
 * the input's JSON Schema, lib/admin/action-forms.ts): its label, its help, and for ids the resource
 * they point at (picked by name) and which of its records are offered.
 */
export function inputMeta(meta: {
  title: string;
  help?: string;
  reference?: string;
  filter?: Record<string, unknown>;
}): z.GlobalMeta {
  return {
    title: meta.title,
    ...(meta.help ? { description: meta.help } : {}),
    ...(meta.reference ? { "x-reference": meta.reference } : {}),
    ...(meta.filter ? { "x-filter": meta.filter } : {}),
  };
}

const versionSchema = z.number({ error: "The record's version is required (reload and try again)." }).int().min(1);

/** The strict zod schema for create input: every editable field, required ones required. */
export function createSchema(def: ResourceDef): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.editable === false) continue;
    const s = fieldSchema(field);
    shape[name] = field.required ? s : s.nullish();
  }
  return z.strictObject(shape);
}

/** Update input: any subset of editable fields plus the `version` the client last saw. */
export function updateSchema(def: ResourceDef): z.ZodObject {
  const shape: Record<string, z.ZodType> = { version: versionSchema };
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.editable === false) continue;
    const s = fieldSchema(field);
    shape[name] = field.required ? s.optional() : s.nullish();
  }
  return z.strictObject(shape);
}

export function fieldNames(def: ResourceDef, pick: "list" | "sortable" | "filter" | "search"): string[] {
  return Object.entries(def.fields)
    .filter(([, f]) => f[pick])
    .map(([name]) => name);
}
