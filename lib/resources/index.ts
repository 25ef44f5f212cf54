// The resource registry: every admin resource, in menu order. The admin API, the admin screens,
// the metadata endpoint and the authorization-matrix tests iterate over this list.
import { articles } from "./articles";
import { citations } from "./citations";
import { claims } from "./claims";
import { contradictions } from "./contradictions";
import { decisions } from "./decisions";
import type { ResourceDef } from "./define";
import { loginAttempts } from "./login-attempts";
import { memberships } from "./memberships";
import { outcomeReviews } from "./outcome-reviews";
import { revisionsResource } from "./revisions";
import { teams } from "./teams";
import { technologies } from "./technologies";
import { useCases } from "./use-cases";
import { users } from "./users";
import { verdicts } from "./verdicts";

// Revisions read the registry they belong to (their read rule is inherited from each resource's).
const revisions: ResourceDef = revisionsResource(() => RESOURCES);

export const RESOURCES: readonly ResourceDef[] = [
  claims,
  articles,
  citations,
  contradictions,
  technologies,
  useCases,
  verdicts,
  decisions,
  outcomeReviews,
  teams,
  memberships,
  users,
  revisions,
  loginAttempts,
];

const byName = new Map(RESOURCES.map((r) => [r.name, r]));

export function findResource(name: string): ResourceDef | undefined {
  return byName.get(name);
}

export {
  articles,
  citations,
  claims,
  contradictions,
  decisions,
  loginAttempts,
  memberships,
  outcomeReviews,
  revisions,
  teams,
  technologies,
  useCases,
  users,
  verdicts,
};
