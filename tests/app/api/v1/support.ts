// Calls /api/v1 as Next does: the catch-all route handler with the path segments of the URL.
import { NextRequest } from "next/server";
import { GET, OPTIONS } from "@/app/api/v1/[...path]/route";

export interface ApiAnswer {
  status: number;
  headers: Headers;
  // Tests read arbitrary JSON shapes; each is checked against its endpoint's zod schema where it matters.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

export async function api(
  pathAndQuery: string,
  method: "GET" | "OPTIONS" = "GET",
  headers: Record<string, string> = {},
): Promise<ApiAnswer> {
  const url = new URL(pathAndQuery, "http://localhost:3000");
  const segments = url.pathname
    .replace(/^\/api\/v1\//, "")
    .split("/")
    .map(decodeURIComponent);
  const handler = method === "GET" ? GET : OPTIONS;
  const res = await handler(new NextRequest(url, { method, headers }), { params: Promise.resolve({ path: segments }) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : null };
}
