// Each model's columns, as the generated Prisma client knows them: what Prisma accepts in an
// `orderBy`. The registry names fields; a name the model lacks (updatedAt on revisions) would
// reach Prisma as an invalid query, so checks of user-chosen columns look here.
import { Prisma } from "@/lib/generated/sqlite/client";
import type { ModelName } from "./define";

const COLUMNS: Record<ModelName, Readonly<Record<string, string>>> = {
  user: Prisma.UserScalarFieldEnum,
  team: Prisma.TeamScalarFieldEnum,
  membership: Prisma.MembershipScalarFieldEnum,
  technology: Prisma.TechnologyScalarFieldEnum,
  article: Prisma.ArticleScalarFieldEnum,
  claim: Prisma.ClaimScalarFieldEnum,
  citation: Prisma.CitationScalarFieldEnum,
  contradiction: Prisma.ContradictionScalarFieldEnum,
  useCase: Prisma.UseCaseScalarFieldEnum,
  verdict: Prisma.VerdictScalarFieldEnum,
  decision: Prisma.DecisionScalarFieldEnum,
  outcomeReview: Prisma.OutcomeReviewScalarFieldEnum,
  revision: Prisma.RevisionScalarFieldEnum,
  loginAttempt: Prisma.LoginAttemptScalarFieldEnum,
};

export function hasColumn(model: ModelName, name: string): boolean {
  return Object.hasOwn(COLUMNS[model], name);
}
