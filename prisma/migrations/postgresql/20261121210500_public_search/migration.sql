-- Full-text search for lib/search (hand-written: Prisma's schema cannot describe expression
-- indexes, and the schema snapshot never sees them, so later migrations leave them be).
-- GIN indexes on the very tsvector expressions lib/search/postgresql.ts queries: nothing is
-- stored twice and nothing can go stale. Titles weigh more (A) than bodies (B). 'simple': no
-- stemming or stop words, like SQLite's unicode61 tokenizer. Article text is cut at 100,000
-- characters: a tsvector is limited to 1 MB and a longer import must never fail on the index.
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN (
  (setweight(to_tsvector('simple'::regconfig, "statement"), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce("topic", '')), 'B'))
);
CREATE INDEX "Article_search_idx" ON "Article" USING GIN (
  (setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, left("text", 100000)), 'B'))
);
CREATE INDEX "Verdict_search_idx" ON "Verdict" USING GIN (
  (setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, "summary" || ' ' || "rationale"), 'B'))
);
