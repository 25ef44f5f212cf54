// A team's decision log as MADR files: GET lists them (or one with ?file=NAME, as markdown),
// POST imports MADR files ({ files: [{ name, content }] }) into the team, all or nothing.
import { z } from "zod";
import { exportTeamDecisions, importMadrFiles } from "@/lib/decisions/transfer";
import { NotFound } from "@/lib/errors";
import { readJson, route } from "@/lib/http/route";
import { parseInput } from "@/lib/services/records";

type Ctx = { params: Promise<{ teamId: string }> };

export const dynamic = "force-dynamic";

export const GET = route<Ctx>(async (req, ctx, actor) => {
  const files = await exportTeamDecisions(actor, (await ctx.params).teamId);
  const wanted = new URL(req.url).searchParams.get("file");
  if (!wanted) return { files };
  const file = files.find((f) => f.name === wanted);
  if (!file) throw new NotFound(`Decision file ${wanted}`);
  return new Response(file.content, {
    headers: { "content-type": "text/markdown; charset=utf-8", "content-disposition": `attachment; filename="${file.name}"` },
  });
});

const importBody = z.strictObject({
  files: z.array(z.strictObject({ name: z.string().min(1).max(200), content: z.string().max(500_000) })).min(1).max(500),
});

export const POST = route<Ctx>(async (req, ctx, actor) => {
  const { files } = parseInput(importBody, await readJson(req, 20_000_000));
  const slugs = await importMadrFiles(actor, (await ctx.params).teamId, files);
  return Response.json({ data: slugs }, { status: 201 });
});
