"""The page both peers serve: StackVerdict's /api/v1/claims answer, read with the same SQL from the
same SQLite file (PEER_DB), for `npm run bench:peers` (scripts/bench-peers.ts). Our own small code:
a fair stand-in for what a FastAPI or Django developer would write for this endpoint."""
import json
import os
import sqlite3
import threading

PUBLIC_STATUSES = ("VERIFIED", "DISPUTED", "REFUTED")
WHERE = '"deletedAt" IS NULL AND "mergedIntoId" IS NULL AND "status" IN (?, ?, ?)'
SQL = f"""
SELECT "counted"."total", "page"."slug", "page"."statement", "page"."kind", "page"."status", "page"."topic", "page"."rating",
       "page"."metric", "page"."value", "page"."unit", "page"."conditions", "page"."reviewedAt", "page"."updatedAt",
       (SELECT json_group_array("slug") FROM (SELECT "t"."slug" FROM "_ClaimToTechnology" AS "link" JOIN "Technology" AS "t" ON "t"."id" = "link"."B"
         WHERE "link"."A" = "page"."id" AND "t"."deletedAt" IS NULL AND "t"."status" = 'ACTIVE' ORDER BY "t"."slug")) AS "technologies"
FROM (SELECT count(*) AS "total" FROM "Claim" WHERE {WHERE}) AS "counted"
LEFT JOIN (SELECT "id", "slug", "statement", "kind", "status", "topic", "rating", "metric", "value", "unit", "conditions", "reviewedAt", "updatedAt"
           FROM "Claim" WHERE {WHERE} ORDER BY "updatedAt" DESC, "id" ASC LIMIT ? OFFSET ?) AS "page" ON 1 = 1
ORDER BY "page"."updatedAt" DESC, "page"."id" ASC
"""

# Debian's Python links SQLite 3.40, which has no ORDER BY inside json_group_array (3.44): the
# technologies are ordered in a subquery instead.
_local = threading.local()


def _connection():
    # One connection per thread (sqlite3 connections are not shared across threads), read-only.
    conn = getattr(_local, "conn", None)
    if conn is None:
        conn = sqlite3.connect(f"file:{os.environ['PEER_DB']}?mode=ro", uri=True, check_same_thread=False)
        _local.conn = conn
    return conn


def claims_page(page: int, per_page: int, path: str = "/api/v1/claims") -> dict:
    rows = _connection().execute(SQL, (*PUBLIC_STATUSES, *PUBLIC_STATUSES, per_page, (page - 1) * per_page)).fetchall()
    total = rows[0][0] if rows else 0
    items = [
        {
            "slug": r[1], "statement": r[2], "kind": r[3], "status": r[4], "topic": r[5], "rating": r[6], "metric": r[7],
            "value": r[8], "unit": r[9], "conditions": json.loads(r[10] or "{}"), "reviewedAt": r[11], "updatedAt": r[12],
            "technologies": json.loads(r[13] or "[]"), "url": f"/claims/{r[1]}",
        }
        for r in rows
        if r[1] is not None
    ]
    last = max(1, -(-total // per_page))
    link = lambda n: f"{path}?page={n}&perPage={per_page}"
    return {
        "items": items, "page": page, "perPage": per_page, "total": total,
        "links": {"self": link(page), "next": link(page + 1) if page < last else None, "prev": link(min(page - 1, last)) if page > 1 else None},
    }
