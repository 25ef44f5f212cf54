"use client";
// react-admin's snackbar, on its own so the admin shell can load it after the first screen (AdminShell.tsx).
export { Notification } from "react-admin";
