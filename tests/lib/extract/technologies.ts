// The technology catalogue the extraction tests resolve against (the demo seed's slugs and aliases).
import type { TechRef } from "@/lib/extract/types";

export const TECHS: TechRef[] = [
  { slug: "django", name: "Django", aliases: ["django framework"] },
  { slug: "django-rest-framework", name: "Django REST framework", aliases: ["DRF", "django rest"] },
  { slug: "fastapi", name: "FastAPI", aliases: ["fast api"] },
  { slug: "flask", name: "Flask", aliases: [] },
  { slug: "express", name: "Express", aliases: ["express.js", "expressjs"] },
  { slug: "rails", name: "Ruby on Rails", aliases: ["Rails", "RoR"] },
  { slug: "laravel", name: "Laravel", aliases: [] },
  { slug: "nextjs", name: "Next.js", aliases: ["nextjs", "next"] },
  { slug: "postgresql", name: "PostgreSQL", aliases: ["Postgres", "PG"] },
  { slug: "sqlite", name: "SQLite", aliases: [] },
];
