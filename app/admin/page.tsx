"use client";
// /admin: the react-admin app, rendered only in the browser (it routes by hash).
import dynamic from "next/dynamic";

const AdminApp = dynamic(() => import("@/components/admin/AdminApp"), { ssr: false, loading: () => <p>Loading the admin…</p> });

export default function AdminPage() {
  return <AdminApp />;
}
