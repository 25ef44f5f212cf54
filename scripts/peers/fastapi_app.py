"""FastAPI peer (async, uvicorn + uvloop): /api/v1/claims uncached, /cached/api/v1/claims from an
in-process dict (what a FastAPI app would add for a hot read). Run by scripts/bench-peers.ts."""
import json

from fastapi import FastAPI, Query
from fastapi.responses import Response

from claims_page import claims_page

app = FastAPI()
_cache: dict = {}


@app.get("/api/v1/claims")
async def claims(page: int = Query(1, ge=1), perPage: int = Query(20, ge=1, le=100)):
    # The sqlite3 call is synchronous, as most FastAPI apps on SQLite make it: quick enough per request.
    return Response(json.dumps(claims_page(page, perPage)), media_type="application/json")


@app.get("/cached/api/v1/claims")
async def cached_claims(page: int = Query(1, ge=1), perPage: int = Query(20, ge=1, le=100)):
    key = (page, perPage)
    body = _cache.get(key)
    if body is None:
        body = _cache[key] = json.dumps(claims_page(page, perPage))
    return Response(body, media_type="application/json")
