import { conditionLabel, conditionValue, orderedConditions } from "@/lib/public/format";

export function ConditionsTable({
  conditions,
  caption = "Conditions",
}: {
  conditions: Record<string, string | number | boolean>;
  caption?: string;
}) {
  const entries = orderedConditions(conditions);
  if (entries.length === 0) return null;
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <tbody>
        {entries.map(([key, value]) => (
          <tr key={key}>
            <th scope="row">{conditionLabel(key)}</th>
            <td>{conditionValue(key, value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
