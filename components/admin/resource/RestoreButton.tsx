"use client";
// Brings one record back from the trash.
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useResourceContext } from "react-admin";
import type { StackVerdictDataProvider } from "../data-provider";

export function RestoreButton() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const dataProvider = useDataProvider<StackVerdictDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record || !resource) return null;
  const restore = async (event: React.MouseEvent) => {
    event.stopPropagation();
    try {
      await dataProvider.restore(resource, { ids: [record.id] });
      notify("Restored from the trash.", { type: "success" });
      refresh();
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: "error" });
    }
  };
  return <Button label="Restore" onClick={restore} />;
}
