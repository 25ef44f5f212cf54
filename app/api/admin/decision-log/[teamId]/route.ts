// A team's decision log as MADR files: GET lists them (or one with ?file=NAME, as markdown, or
// all of them as one tar with ?format=tar), POST imports MADR files ({ files: [{ name, content }] })
// into the team, all or nothing; POST ?preview=1 says what an import would create, writing nothing.
import { z } from "zod";
import { tarOf } from "@/lib/decisions/tar";
import { exportTeamDecisions, importMadrFiles, previewMadrImport } from "@/lib/decisions/transfer";
import { NotFound } from "@/lib/errors";
import { readJson, route } from "@/lib/http/route";
import { parseInput } from "@/lib/services/records";

type Ctx = { params: Promise<{ teamId: string }> };

export const dynamic = "force-dynamic";

export const GET = route<Ctx>(async (req, ctx, actor) => {
  const files = await exportTeamDecisions(actor, (await ctx.params).teamId);
  const query = new URL(req.url).searchParams;
  if (query.get("format") === "tar") {
    const team = (await ctx.params).teamId;
    return new Response(Buffer.from(tarOf(files)), {
      headers: {
        "content-type": "application/x-tar",
        "content-disposition": `attachment; filename="decision-log-${team.replace(/[^a-z0-9-]/gi, "")}.tar"`,
      },
    });
  }
  const wanted = query.get("file");
  if (!wanted) return { files };
  const file = files.find((f) => f.name === wanted);
  if (!file) throw new NotFound(`Decision file ${wanted}`);
  return new Response(file.content, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${file.name}"`,
    },
  });
});

const importBody = z.strictObject({
  files: z
    .array(z.strictObject({ name: z.string().min(1).max(200), content: z.string().max(500_000) }))
    .min(1)
    .max(500),
});

export const POST = route<Ctx>(async (req, ctx, actor) => {
  const { files } = parseInput(importBody, await readJson(req, 20_000_000));
  if (new URL(req.url).searchParams.get("preview"))
    return { data: await previewMadrImport(actor, (await ctx.params).teamId, files) };
  const slugs = await importMadrFiles(actor, (await ctx.params).teamId, files);
  return Response.json({ data: slugs }, { status: 201 });
});
