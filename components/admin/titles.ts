// Screen titles that read as words. react-admin's English titles run the resource's name into the
// record's ("Users Rowan Reset"): here a record screen reads "User: Rowan Reset", its form
// "Edit user: Rowan Reset", a new one "New user", and the browser tab says the same
// ("User: Rowan Reset · StackVerdict admin", `tabTitle`), and a save is "Saved."/"Created." (not
// "Element updated"). Pure, so it is tested without a browser.
import { defaultI18nProvider, type I18nProvider } from "react-admin";

/** "Technologies" → "Technology", "Use cases" → "Use case": the admin's labels are regular plurals. */
export function singularOf(label: string): string {
  if (/ies$/i.test(label)) return label.slice(0, -3) + "y";
  if (/(?:ss|us)es$/i.test(label)) return label.slice(0, -2);
  return label.replace(/s$/i, "");
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

type TitleOptions = { name?: string; recordRepresentation?: string };

/** The title of a react-admin page key, or null to leave it to react-admin's own words. */
export function screenTitle(key: string, options: TitleOptions = {}): string | null {
  const one = singularOf(String(options.name ?? ""));
  const record = String(options.recordRepresentation ?? "").trim();
  switch (key) {
    case "ra.page.show":
      return record ? `${one}: ${record}` : one;
    case "ra.page.edit":
      return record ? `Edit ${lowerFirst(one)}: ${record}` : `Edit ${lowerFirst(one)}`;
    case "ra.page.create":
      return `New ${lowerFirst(one)}`;
    default:
      return null;
  }
}

const count = (options: TitleOptions & { smart_count?: number }) => Number(options.smart_count ?? 1);

/** react-admin's "Element created" / "Element updated": said as the edit screen says "Saved.". */
export function savedNotice(key: string, options: TitleOptions & { smart_count?: number } = {}): string | null {
  const n = count(options);
  const records = (verb: string) =>
    n > 1 ? `${n} records ${verb}.` : `${verb.charAt(0).toUpperCase()}${verb.slice(1)}.`;
  switch (key) {
    case "ra.notification.created":
      return "Created.";
    case "ra.notification.updated":
      return records("saved");
    case "ra.notification.deleted":
      return records("deleted");
    default:
      return null;
  }
}

/** react-admin's English words, with the screen titles and save notices above. */
export const adminI18nProvider: I18nProvider = {
  ...defaultI18nProvider,
  translate: (key, options) =>
    screenTitle(key, options as TitleOptions) ??
    savedNotice(key, options as TitleOptions) ??
    defaultI18nProvider.translate(key, options),
};

export const ADMIN_NAME = "StackVerdict admin";

/** The browser tab's title for a screen title: the screen first, so tabs side by side tell apart. */
export const tabTitle = (screen: string): string => {
  const text = screen.replace(/\s+/g, " ").trim();
  return text && text !== ADMIN_NAME ? `${text} · ${ADMIN_NAME}` : ADMIN_NAME;
};
