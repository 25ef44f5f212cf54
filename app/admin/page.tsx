"use client";
// /admin: the react-admin app, rendered only in the browser (it routes by hash). Its first requests
// (who the user is, the landing list's first page) and the landing screen's code leave while the
// admin's own code is still loading (components/admin/boot.ts).
import dynamic from "next/dynamic";
import { startEarly } from "@/components/admin/boot";

const AdminApp = dynamic(() => import("@/components/admin/AdminApp"), {
  ssr: false,
  loading: () => <p>Loading the admin…</p>,
});

if (typeof window !== "undefined") {
  startEarly();
  // The list screen's code, when the address opens a list (AdminApp preloads the others).
  if (/^#\/[A-Za-z]+\/?$/.test(window.location.hash)) void import("@/components/admin/resource/ResourceList");
}

export default function AdminPage() {
  return <AdminApp />;
}
