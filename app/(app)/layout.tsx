import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { AppShell } from "@/components/shell/app-shell";
import { RemediationBell } from "@/components/remediation/bell";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <AppShell user={user} bell={can(user, "remediation:read") ? <RemediationBell user={user} /> : null}>
      {children}
    </AppShell>
  );
}
