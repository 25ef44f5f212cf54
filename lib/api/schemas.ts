// Building blocks of the public API's zod schemas: parameters and the shapes items share. Every
// schema here also becomes part of the OpenAPI document, so each field says what it means.
import { z } from "zod";
import { PUBLIC_CLAIM_STATUSES } from "@/lib/resources/visibility";

export const slugParam = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,199}$/, { error: "slug must be lower-case letters, digits and dashes." })
    .describe("The record's slug."),
});

/** An optional slug filter in a query string. */
export const slugFilter = (what: string) =>
  z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,199}$/, { error: `${what} must be a slug (lower-case letters, digits and dashes).` })
    .optional()
    .describe(`Only items for this ${what} (its slug).`);

export const timestamp = z.iso.datetime().describe("ISO 8601 date and time, UTC.");
export const iso = (date: Date): string => date.toISOString();
export const isoOrNull = (date: Date | null): string | null => (date ? date.toISOString() : null);

export const CLAIM_KINDS = ["PERFORMANCE", "FEATURE", "RECOMMENDATION", "FACT", "OPINION"] as const;
export const claimKind = z.enum(CLAIM_KINDS).describe("What sort of statement the claim is.");
export const claimStatus = z
  .enum(PUBLIC_CLAIM_STATUSES)
  .describe("Review status. Only verified, disputed and refuted claims are public.");

export const technologyRef = z.object({ slug: z.string(), name: z.string() });
export const useCaseRef = z.object({ slug: z.string(), name: z.string() });
export const claimRef = z.object({ slug: z.string(), statement: z.string(), status: claimStatus });

/** A public team decision a reason names, as on the verdict pages and in the wizard. */
export const decisionRef = z.object({
  slug: z.string(),
  title: z.string(),
  outcomeNote: z
    .string()
    .nullable()
    .describe("What the team wrote at its latest review of how the decision turned out; null when none."),
});

export const conditions = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
  .describe("The conditions a figure was measured under (hardware, workers, payload…).");

/** The public page of a record, next to its API address. */
export const pageUrl = z.string().describe("Path of the record's page on the public site.");
