// pg's internal Result class, patched by prisma.config.ts only (see prisma/orm#27403 there).
declare module "pg/lib/result.js" {
  const Result: { prototype: { addFields(fields: Array<{ dataTypeID: number }>): void; __svPatched?: boolean } };
  export default Result;
}
