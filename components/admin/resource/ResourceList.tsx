"use client";
// The generated list screen: columns, sorts, filters, paging, bulk actions, export and trash.
import { useMediaQuery, type Theme } from "@mui/material";
import { DataTable, FunctionField, List, Pagination, SimpleList, useListContext } from "react-admin";
import { LIST_PAGE_SIZE } from "../boot";
import { readableFields, type FieldMeta } from "../meta";
import { choiceLabel } from "../fields/labels";
import { localMoment } from "../history/when";
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
  const columns = readableFields(resource).filter((f) => f.list);
  const selectable = resource.can.delete || resource.actions.some((a) => a.bulk);
  return (
    <DataTable
      rowClick={inTrash ? false : canUpdate ? "edit" : "show"}
      bulkActionButtons={selectable ? <BulkButtons resource={resource} /> : false}
    >
      {columns.map((field) => (
        <DataTable.Col
          key={field.name}
          source={field.name}
          label={fieldLabel(field)}
          disableSort={!field.sortable && field.name !== "updatedAt" && field.name !== "createdAt"}
        >
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

function PhoneRowsInList({ canUpdate, showTrash }: { canUpdate: boolean; showTrash: boolean }) {
  const { filterValues } = useListContext();
  return <PhoneRows canUpdate={canUpdate} inTrash={showTrash && filterValues.deleted === true} />;
}

/** A list cell as short text for the phone layout: labels for choices, local dates, no ids or keys. */
export function cellText(field: FieldMeta, value: unknown): string {
  if (value == null || value === "") return "";
  if (field.type === "enum") return choiceLabel(String(value));
  if (field.type === "boolean") return value ? fieldLabel(field) : "";
  if (field.type === "datetime" || field.type === "date") return typeof value === "string" ? localMoment(value) : "";
  // A slug or a machine key ("need-a-back-office-by-friday") says nothing a reader can use here.
  if (field.type === "slug" || ("machineKey" in field && field.machineKey)) return "";
  if (field.type === "string" || field.type === "number" || field.type === "email" || field.type === "url")
    return String(value);
  return "";
}

/**
 * The line under a record's title at phone width: its short columns (status, kind...) as labels,
 * then when it last changed. The date is in this line, not beside the title, so a long title
 * wraps under nothing (react-admin's tertiary text floats over it).
 */
export function phoneCaption(columns: readonly FieldMeta[], record: Record<string, unknown>): string {
  const cells = columns.filter((f) => f.type !== "datetime").map((f) => cellText(f, record[f.name]));
  const changed = typeof record.updatedAt === "string" ? localMoment(record.updatedAt) : "";
  return [...cells, changed].filter(Boolean).join(" · ");
}

/**
 * At phone width a table cannot fit: each record is its title with its short columns (status,
 * kind, date) under it, as react-admin's own examples do on small screens.
 */
function PhoneRows({ canUpdate, inTrash }: { canUpdate: boolean; inTrash: boolean }) {
  const resource = useResourceMeta();
  const columns = readableFields(resource).filter((f) => f.list && f.name !== resource.titleField);
  const title = (record: Record<string, unknown>) => {
    const text = String(record[resource.titleField] ?? record.id ?? "");
    return text.length > 140 ? `${text.slice(0, 139)}…` : text;
  };
  return (
    <SimpleList
      primaryText={title}
      secondaryText={(record: Record<string, unknown>) => phoneCaption(columns, record)}
      rowClick={inTrash ? false : canUpdate ? "edit" : "show"}
      // Long titles wrap onto several lines instead of running under anything.
      sx={{ "& .MuiListItemText-primary": { overflowWrap: "anywhere" } }}
    />
  );
}

export function ResourceList() {
  const meta = useAdminMeta();
  const resource = useResourceMeta();
  const titleOf = (name: string) => meta.resources.find((r) => r.name === name)?.titleField ?? null;
  const filters = listFilters(resource, titleOf);
  const staff = meta.user.role !== "CONTRIBUTOR";
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"));
  return (
    <List
      title={resource.label}
      sort={resource.defaultSort}
      perPage={LIST_PAGE_SIZE}
      filters={filters.length ? filters : undefined}
      actions={<ListToolbar resource={resource} staff={staff} hasFilters={filters.length > 0} columns={!phone} />}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
      exporter={false}
      // Nothing wider than the screen: the toolbar wraps, a wide table scrolls inside its own box.
      // (react-admin stacks filters and toolbar at phone width; wrapping that column would set them side by side.)
      sx={{ "& .RaList-main": { minWidth: 0 }, "& .RaList-content": { overflowX: "auto" } }}
    >
      {phone ? (
        <PhoneRowsInList canUpdate={resource.can.update} showTrash={resource.softDelete && staff} />
      ) : (
        <RowsTable canUpdate={resource.can.update} showTrash={resource.softDelete && staff} />
      )}
    </List>
  );
}
