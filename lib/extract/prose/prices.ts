// What a technology costs, said in a sentence: "one Standard dyno ($25/mo)", "a managed instance is $50 per month",
// "Render charges $7 a month", "$75-$115/mo". A fact about the technology named before the price (the nearest one
// since the previous price), or the section's; a range gives both of its ends.
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { Mention } from "../technologies";
import { base, type ProseContext } from "./common";

const PERIODS: Record<string, string> = {
  mo: "month",
  mth: "month",
  month: "month",
  yr: "year",
  year: "year",
  annum: "year",
  hr: "hour",
  h: "hour",
  hour: "hour",
  day: "day",
  user: "user",
  seat: "seat",
};
const AMOUNT = String.raw`[$€£]\s?(\d{1,3}(?:,\d{3})+|\d{1,7})(?:\.(\d{1,4}))?`;
// A price, maybe a range ("$75-$115"), then what it is per: "/mo", " per month", " a month", "/user/month".
const PRICE = new RegExp(
  String.raw`${AMOUNT}(?:\s?(?:-|–|to)\s?${AMOUNT})?\s?(?:\/\s?|\sper\s|\sa\s|\san\s)(mo|mth|month|yr|year|annum|hr|h|hour|day|user|seat)\b`,
  "gi",
);
const CURRENCY: Record<string, string> = { $: "$", "€": "€", "£": "£" };

const amount = (whole: string, fraction: string | undefined): number =>
  Number(`${whole.replace(/,/g, "")}${fraction ? `.${fraction}` : ""}`);

/** Emits the prices the sentence states; true when it stated one. */
export function prices(s: Span, mentions: Mention[], ctx: ProseContext, emit: Emit): boolean {
  const text = s.text;
  let from = 0;
  let found = false;
  for (const m of text.matchAll(PRICE)) {
    const owner = mentions.filter((x) => x.start >= from && x.end <= m.index).pop()?.slug ?? ctx.subject[0];
    from = m.index + m[0].length;
    if (!owner) continue;
    const per = PERIODS[m[5].toLowerCase()];
    const unit = `${CURRENCY[m[0].trim()[0]] ?? "$"}/${per}`;
    const values = m[3] ? [amount(m[1], m[2]), amount(m[3], m[4])] : [amount(m[1], m[2])];
    // One statement per price (the sentence is the quote): "Heroku: $25 per month."; a range said whole at both ends.
    const said = values.map((v) => `${unit[0]}${v}`).join("–");
    for (const value of values)
      emit(
        {
          ...base("fact", [owner], `${ctx.resolver.nameOf(owner)}: ${said} per ${per}.`, "price"),
          metric: `price_per_${per}`,
          value,
          unit,
          conditions: m[3] ? { range: m[0].replace(/\s?(?:\/|per|an?)\s?\w+$/i, "") } : {},
        },
        s,
      );
    found = true;
  }
  return found;
}
