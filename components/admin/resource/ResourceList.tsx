"use client";
// The generated list screen: columns, sorts, filters, paging, bulk actions, export and trash.
import { DataTable, FunctionField, List, Pagination, useListContext } from "react-admin";
import { useAdminMeta, useResourceMeta } from "../MetaContext";
import { ValueField } from "../fields/ValueField";
import { listFilters } from "../fields/filters";
import { fieldLabel } from "../fields/labels";
import { RestoreButton } from "./RestoreButton";
import { BulkButtons } from "./BulkButtons";
import { ListToolbar } from "./ListToolbar";

function RowsTable({ canUpdate, showTrash }: { canUpdate: boolean; showTrash: boolean }) {
  const resource = useResourceMeta();
  const { filterValues } = useListContext();
  const inTrash = showTrash && filterValues.deleted === true;
  const columns = resource.fields.filter((f) => f.list);
  const selectable = resource.can.delete || resource.actions.some((a) => a.bulk);
  return (
    <DataTable
      rowClick={inTrash ? false : canUpdate ? "edit" : "show"}
      bulkActionButtons={selectable ? <BulkButtons resource={resource} /> : false}
    >
      {columns.map((field) => (
        <DataTable.Col key={field.name} source={field.name} label={fieldLabel(field)} disableSort={!field.sortable && field.name !== "updatedAt" && field.name !== "createdAt"}>
          <ValueField field={field} inList />
        </DataTable.Col>
      ))}
      {inTrash && (
        <DataTable.Col label="" disableSort>
          <FunctionField render={() => <RestoreButton />} />
        </DataTable.Col>
      )}
    </DataTable>
  );
}

export function ResourceList() {
  const meta = useAdminMeta();
  const resource = useResourceMeta();
  const titleOf = (name: string) => meta.resources.find((r) => r.name === name)?.titleField ?? null;
  const filters = listFilters(resource, titleOf);
  const staff = meta.user.role !== "CONTRIBUTOR";
  return (
    <List
      title={resource.label}
      sort={resource.defaultSort}
      perPage={25}
      filters={filters.length ? filters : undefined}
      actions={<ListToolbar resource={resource} staff={staff} hasFilters={filters.length > 0} />}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
      exporter={false}
    >
      <RowsTable canUpdate={resource.can.update} showTrash={resource.softDelete && staff} />
    </List>
  );
}
