-- Carry each use case's wizard drivers into its needs (one model of what a use case is chosen on):
-- a driver whose key is not a need yet becomes one (its label lower-cased at the start, so it reads
-- after "counts because: ", and "figures": true becomes the throughput and latency metrics). A driver
-- that could match nothing (no terms, no figures) or whose label is too short for a need is left out.
UPDATE "UseCase" AS "u" SET "needs" =
  (CASE WHEN jsonb_typeof("u"."needs") = 'array' THEN "u"."needs" ELSE '[]'::jsonb END) || COALESCE((
    SELECT jsonb_agg(jsonb_build_object(
      'key', "d"."value"->>'key',
      'label', left(lower(left("d"."value"->>'label', 1)) || substr("d"."value"->>'label', 2), 80),
      'terms', CASE WHEN jsonb_typeof("d"."value"->'terms') = 'array' THEN "d"."value"->'terms' ELSE '[]'::jsonb END,
      'metrics', CASE WHEN ("d"."value"->'figures') = 'true'::jsonb THEN '["throughput","requests per second","req s","rps","faster","slower","latency","response time","p95","p99"]'::jsonb ELSE '[]'::jsonb END
    ) ORDER BY "d"."ordinality")
    FROM jsonb_array_elements("u"."drivers") WITH ORDINALITY AS "d"("value", "ordinality")
    WHERE NOT EXISTS (
        SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof("u"."needs") = 'array' THEN "u"."needs" ELSE '[]'::jsonb END) AS "n"("value")
        WHERE "n"."value"->>'key' = "d"."value"->>'key'
      )
      AND ((jsonb_typeof("d"."value"->'terms') = 'array' AND jsonb_array_length("d"."value"->'terms') > 0) OR ("d"."value"->'figures') = 'true'::jsonb)
      AND length("d"."value"->>'label') >= 3
  ), '[]'::jsonb)
WHERE jsonb_typeof("u"."drivers") = 'array';

-- AlterTable
ALTER TABLE "UseCase" DROP COLUMN "drivers";

