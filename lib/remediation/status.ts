// The life of a remediation item, as a pure state machine: the unit starts and completes an item;
// Home Affairs or an inspector verifies it or reopens it (with a reason). Overdue and "due soon"
// are computed from the deadline and today's date, never stored. Days are "YYYY-MM-DD" strings
// (Vietnam calendar days), so comparisons are plain string comparisons.
export const REMEDIATION_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "VERIFIED", "REOPENED"] as const;
export type RemediationStatus = (typeof REMEDIATION_STATUSES)[number];

export const STATUS_LABELS: Record<RemediationStatus, string> = {
  PLANNED: "Chưa thực hiện",
  IN_PROGRESS: "Đang thực hiện",
  DONE: "Đã hoàn thành, chờ xác nhận",
  VERIFIED: "Đã xác nhận khắc phục",
  REOPENED: "Mở lại",
};

/** Who may make a move: the unit (remediation:write on its unit) or a verifier (remediation:verify). */
export type Mover = "unit" | "verifier";

export type Transition = {
  from: readonly RemediationStatus[];
  to: RemediationStatus;
  by: Mover;
  reasonRequired: boolean;
  label: string;
};

export const TRANSITIONS: readonly Transition[] = [
  {
    from: ["PLANNED", "REOPENED"],
    to: "IN_PROGRESS",
    by: "unit",
    reasonRequired: false,
    label: "Bắt đầu thực hiện",
  },
  { from: ["IN_PROGRESS"], to: "DONE", by: "unit", reasonRequired: false, label: "Báo hoàn thành" },
  { from: ["DONE"], to: "VERIFIED", by: "verifier", reasonRequired: false, label: "Xác nhận đã khắc phục" },
  { from: ["DONE", "VERIFIED"], to: "REOPENED", by: "verifier", reasonRequired: true, label: "Mở lại" },
];

export type TransitionCheck =
  | { ok: true; transition: Transition }
  | { ok: false; error: string; field?: "to" | "reason"; status: 403 | 409 | 422 };

/** Whether `from → to` is a legal move for `movers`, and whether the reason it needs is given. */
export function checkTransition(
  from: RemediationStatus,
  to: RemediationStatus,
  movers: readonly Mover[],
  reason?: string | null,
): TransitionCheck {
  const t = TRANSITIONS.find((x) => x.to === to && x.from.includes(from));
  if (!t) {
    return {
      ok: false,
      status: 409,
      field: "to",
      error: `Không thể chuyển từ "${STATUS_LABELS[from]}" sang "${STATUS_LABELS[to]}"`,
    };
  }
  if (!movers.includes(t.by)) {
    const who = t.by === "verifier" ? "Sở Nội vụ hoặc đoàn kiểm tra" : "đơn vị thực hiện";
    return { ok: false, status: 403, error: `Chỉ ${who} được chuyển sang "${STATUS_LABELS[to]}"` };
  }
  if (t.reasonRequired && !reason?.trim()) {
    return { ok: false, status: 422, field: "reason", error: "Lý do mở lại không được để trống" };
  }
  return { ok: true, transition: t };
}

/** The moves offered to `movers` from `from`. */
export function nextTransitions(from: RemediationStatus, movers: readonly Mover[]): Transition[] {
  return TRANSITIONS.filter((t) => t.from.includes(from) && movers.includes(t.by));
}

/** Finished from the unit's side: done (awaiting verification) or verified. */
export const isFinished = (status: RemediationStatus) => status === "DONE" || status === "VERIFIED";

/** Past its deadline and not finished. */
export function isOverdue(item: { deadline: string; status: RemediationStatus }, today: string): boolean {
  return !isFinished(item.status) && item.deadline < today;
}

/** Not finished and due today or within the next `days` days. */
export function isDueSoon(
  item: { deadline: string; status: RemediationStatus },
  today: string,
  days = 7,
): boolean {
  return !isFinished(item.status) && item.deadline >= today && item.deadline <= addDays(today, days);
}

/** "YYYY-MM-DD" plus n calendar days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** A date column (@db.Date, midnight UTC) as "YYYY-MM-DD". */
export const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** A "YYYY-MM-DD" day as the value of a date column. */
export const dateOfDay = (day: string) => new Date(`${day}T00:00:00Z`);
