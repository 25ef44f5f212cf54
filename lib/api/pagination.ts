// Page-number pagination shared by every list endpoint: `page` and `perPage` (≤ 100) in, and a
// page envelope with the total and ready-made next/prev links out.
import { z } from "zod";

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 20;

const positiveInt = (name: string, max?: number) => {
  let schema = z.coerce
    .number({ error: `${name} must be a whole number.` })
    .int({ error: `${name} must be a whole number.` })
    .min(1, { error: `${name} must be 1 or more.` });
  if (max) schema = schema.max(max, { error: `${name} must be ${max} or less.` });
  return schema;
};

export const paginationQuery = {
  page: positiveInt("page")
    .max(100_000, { error: "page must be 100000 or less." })
    .default(1)
    .describe("Page number, from 1."),
  perPage: positiveInt("perPage", MAX_PER_PAGE)
    .default(DEFAULT_PER_PAGE)
    .describe(`Items per page, 1 to ${MAX_PER_PAGE}.`),
};

export interface PageRequest {
  page: number;
  perPage: number;
}

export const pageLinks = z.object({
  self: z.string(),
  next: z.string().nullable(),
  prev: z.string().nullable(),
});

/** The envelope of every list answer. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    page: z.number().int(),
    perPage: z.number().int(),
    total: z.number().int(),
    links: pageLinks,
  });

export const skipTake = ({ page, perPage }: PageRequest) => ({ skip: (page - 1) * perPage, take: perPage });

/** Links keep every other query parameter of the request and change only `page`. */
export function paginate<T>(url: URL, request: PageRequest, items: T[], total: number) {
  const link = (page: number) => {
    const next = new URLSearchParams(url.searchParams);
    next.set("page", String(page));
    return `${url.pathname}?${next.toString()}`;
  };
  const lastPage = Math.max(1, Math.ceil(total / request.perPage));
  return {
    items,
    page: request.page,
    perPage: request.perPage,
    total,
    links: {
      self: link(request.page),
      next: request.page < lastPage ? link(request.page + 1) : null,
      prev: request.page > 1 ? link(Math.min(request.page - 1, lastPage)) : null,
    },
  };
}
