// Small factories: real rows through the real service layer where it matters.
import type { Actor, Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";

let seq = 0;
const next = () => `${Date.now().toString(36)}${(++seq).toString(36)}`;

// A fixed argon2id hash of "correct horse battery" (made once; hashing per test is slow).
export const TEST_PASSWORD = "correct horse battery";
let cachedHash: string | null = null;
async function passwordHash(): Promise<string> {
  if (!cachedHash) cachedHash = await (await import("@/lib/auth/password")).hashPassword(TEST_PASSWORD);
  return cachedHash;
}

export async function makeUser(
  db: Db,
  role: Role,
  extra: { teamIds?: string[]; email?: string; name?: string } = {},
): Promise<Actor> {
  const id = next();
  const user = await db.user.create({
    data: {
      email: extra.email ?? `${role.toLowerCase()}-${id}@example.test`,
      name: extra.name ?? `${role[0]}${role.slice(1).toLowerCase()} ${id}`,
      role,
      passwordHash: await passwordHash(),
      memberships: extra.teamIds ? { create: extra.teamIds.map((teamId) => ({ teamId })) } : undefined,
    },
  });
  return { id: user.id, email: user.email, name: user.name, role, teamIds: extra.teamIds ?? [] };
}

export async function makeTeam(db: Db, name = `Team ${next()}`) {
  return db.team.create({ data: { name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-") } });
}

export async function makeTechnology(db: Db, name: string) {
  return db.technology.create({ data: { name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"), aliases: [] } });
}

export async function makeArticle(
  db: Db,
  text = "Django has a built-in admin. FastAPI served ~31,000 requests per second.",
) {
  const id = next();
  return db.article.create({
    data: {
      title: `Article ${id}`,
      slug: `article-${id}`,
      format: "TEXT",
      rawContent: text,
      text,
      contentHash: `hash-${id}`,
      tags: [],
      comments: [],
      warnings: [],
    },
  });
}
