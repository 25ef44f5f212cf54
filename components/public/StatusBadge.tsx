import { STATUS_LABELS } from "@/lib/public/rating";

const HINTS: Record<string, string> = {
  VERIFIED: "Checked by an editor against its sources",
  DISPUTED: "Sources or editors disagree about this claim",
  REFUTED: "Shown so readers can see it is wrong",
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`badge badge--${status.toLowerCase()}`} title={HINTS[status]}>
      {STATUS_LABELS[status] ?? status.charAt(0) + status.slice(1).toLowerCase()}
    </span>
  );
}
