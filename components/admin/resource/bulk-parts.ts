"use client";
// What the bulk toolbar shows once rows are selected, loaded after the list itself (./BulkButtons.tsx):
// the action dialogs carry a form (react-admin's Form and SaveButton, pickers) and the delete button
// its confirmation dialog, none of which the list's first rows need.
export { ActionButton } from "../actions/ActionDialog";
export { BulkDeleteButton } from "react-admin";
