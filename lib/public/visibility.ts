// Moved to lib/resources/visibility.ts (the registry decides what is public; lib/resources may not import
// lib/public). This re-export keeps lib/public's imports unchanged while other branches edit them; once
// merged, point them at @/lib/resources/visibility and delete this file (#15).
export * from "@/lib/resources/visibility";
