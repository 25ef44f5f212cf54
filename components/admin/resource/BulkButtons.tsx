"use client";
// Bulk actions on selected rows: delete (to the trash), restore (in the trash), and every
// resource action marked bulk.
import { Suspense } from "react";
import { Button, useDataProvider, useListContext, useNotify, useRefresh } from "react-admin";
import type { StackVerdictDataProvider } from "../data-provider";
import { lazyScreen } from "../lazy";
import type { ResourceMeta } from "../meta";

// react-admin renders the bulk toolbar (hidden) with the list, so these load right after the first
// rows instead of with them (./bulk-parts.ts); their own Suspense keeps the rows from waiting.
const ActionButton = lazyScreen("ActionButton", () => import("./bulk-parts"));
const BulkDeleteButton = lazyScreen("BulkDeleteButton", () => import("./bulk-parts"));

export function BulkRestoreButton({ resource }: { resource: string }) {
  const { selectedIds, onUnselectItems } = useListContext();
  const dataProvider = useDataProvider<StackVerdictDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const restore = async () => {
    try {
      await dataProvider.restore(resource, { ids: selectedIds });
      notify(`Restored ${selectedIds.length} record${selectedIds.length === 1 ? "" : "s"}.`, { type: "success" });
      onUnselectItems();
      refresh();
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: "error" });
    }
  };
  return <Button label="Restore" onClick={restore} />;
}

export function BulkButtons({ resource }: { resource: ResourceMeta }) {
  const { selectedIds, filterValues, onUnselectItems } = useListContext();
  if (filterValues.deleted === true) return <BulkRestoreButton resource={resource.name} />;
  return (
    <Suspense fallback={null}>
      {resource.actions
        .filter((a) => a.bulk)
        .map((action) => (
          <ActionButton
            key={action.name}
            resource={resource}
            action={action}
            ids={selectedIds}
            onDone={onUnselectItems}
          />
        ))}
      {resource.can.delete && <BulkDeleteButton mutationMode="pessimistic" />}
    </Suspense>
  );
}
