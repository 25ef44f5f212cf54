"use client";
// List toolbar: filters, saved filters, create, the column chooser, the server-side CSV export, and the trash toggle.
import { Button as MuiButton } from "@mui/material";
import { ColumnsButton, CreateButton, FilterButton, TopToolbar, useListContext } from "react-admin";
import { exportUrl } from "../data-provider";
import type { ResourceMeta } from "../meta";
import { SavedFilters } from "./SavedFilters";

/** CSV of the whole filtered, sorted list, made by the server (not react-admin's client exporter). */
export function ExportCsvButton({ resource }: { resource: string }) {
  const { filterValues, sort, total } = useListContext();
  const href = exportUrl(resource, { filter: filterValues, sort });
  return (
    <MuiButton size="small" href={href} download disabled={!total}>
      Export CSV
    </MuiButton>
  );
}

export function TrashToggle() {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const inTrash = filterValues.deleted === true;
  const toggle = () => {
    const { deleted: _deleted, ...rest } = filterValues;
    setFilters(inTrash ? rest : { ...rest, deleted: true }, displayedFilters);
  };
  return (
    <MuiButton size="small" onClick={toggle} aria-pressed={inTrash}>
      {inTrash ? "Leave trash" : "Trash"}
    </MuiButton>
  );
}

/**
 * `columns`: the column chooser (react-admin's, kept per resource in the admin's store in this
 * browser); only where the list is a table, not in the phone layout.
 */
export function ListToolbar({
  resource,
  staff,
  hasFilters,
  columns = false,
}: {
  resource: ResourceMeta;
  staff: boolean;
  hasFilters: boolean;
  columns?: boolean;
}) {
  return (
    <TopToolbar sx={{ flexWrap: "wrap" }}>
      {hasFilters && <FilterButton />}
      {hasFilters && <SavedFilters resource={resource.name} />}
      {resource.can.create && <CreateButton />}
      {columns && <ColumnsButton />}
      <ExportCsvButton resource={resource.name} />
      {resource.softDelete && staff && resource.can.delete && <TrashToggle />}
    </TopToolbar>
  );
}
