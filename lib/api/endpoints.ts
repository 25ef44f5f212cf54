// The public API, described once: every endpoint under /api/v1 is one entry here. The route
// (app/api/v1/[...path]/route.ts), the OpenAPI document (/api/v1/openapi.json) and the contract
// tests (tests/app/api/v1) all derive from this list. To add an endpoint, define it with
// defineEndpoint (lib/api/define.ts) in lib/api/v1/ and list it below.
import type { Endpoint } from "./define";
import { getArticleEndpoint, listArticlesEndpoint } from "./v1/articles";
import { getClaimEndpoint, listClaimsEndpoint } from "./v1/claims";
import { getComparisonEndpoint, listComparisonsEndpoint } from "./v1/comparisons";
import { searchEndpoint } from "./v1/search";
import { getTechnologyEndpoint, listTechnologiesEndpoint } from "./v1/technologies";
import { getUseCaseEndpoint, listUseCasesEndpoint } from "./v1/use-cases";
import { getVerdictEndpoint, listVerdictsEndpoint } from "./v1/verdicts";
import { wizardEndpoint } from "./v1/wizard";

export const ENDPOINTS: readonly Endpoint[] = [
  listClaimsEndpoint,
  getClaimEndpoint,
  listArticlesEndpoint,
  getArticleEndpoint,
  listVerdictsEndpoint,
  getVerdictEndpoint,
  listTechnologiesEndpoint,
  getTechnologyEndpoint,
  listUseCasesEndpoint,
  getUseCaseEndpoint,
  listComparisonsEndpoint,
  getComparisonEndpoint,
  searchEndpoint,
  wizardEndpoint,
];
