// The label files under eval/labels: structured facts an editor would keep, written blind (eval/README.md).
import { z } from "zod";

const Value = z.union([z.number(), z.string()]);

export const LabelClaim = z
  .object({
    kind: z.enum(["performance", "feature", "recommendation", "fact", "opinion"]),
    technologies: z.array(z.string().min(1)),
    value: Value.nullish(),
    unit: z.string().nullish(),
    metric: z.string().nullish(),
    conditions: z.record(z.string(), z.unknown()).nullish(),
    support: z.enum(["yes", "no", "partial"]).nullish(),
    useCase: z.string().nullish(),
    direction: z.enum(["for", "against"]).nullish(),
    keywords: z.array(z.string()).default([]),
    /** The verbatim passage the claim rests on (labels since batch-17). */
    quote: z.string().nullish(),
  })
  .passthrough();
export type LabelClaim = z.infer<typeof LabelClaim>;

export const LabelDocument = z
  .object({
    file: z.string().min(1),
    url: z.string().nullish(),
    metadata: z
      .object({ title: z.string().nullish(), author: z.string().nullish(), date: z.string().nullish() })
      .passthrough(),
    technologies: z.array(z.string()).default([]),
    claims: z.array(LabelClaim),
  })
  .passthrough();
export type LabelDocument = z.infer<typeof LabelDocument>;

export const LabelFile = z
  .object({ batch: z.string(), labelledBy: z.string().optional(), documents: z.array(LabelDocument) })
  .passthrough();
export type LabelFile = z.infer<typeof LabelFile>;
