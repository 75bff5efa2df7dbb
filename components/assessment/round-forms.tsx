"use client";
// Forms of the rounds admin: create a round, set the window, move the status, publish.
import { useKeptForm } from "@/components/ui/kept-form";
import Link from "next/link";
import { Field, buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { createRoundAction, publishAction, setStatusAction, setWindowAction } from "./round-actions";
import { groupLabel } from "@/lib/labels";
import { DateInput } from "@/components/ui/date-input";

type Msg = { ok: boolean; error?: string; fieldErrors?: Record<string, string[] | undefined> } | null;
const Status = ({ s, ok }: { s: Msg; ok: string }) => (
  <p role="status" aria-live="polite" className={`text-sm ${s?.ok ? "text-green-700" : "text-red-700"}`}>
    {s ? (s.ok ? ok : s.error) : null}
  </p>
);

export function CreateRoundForm({
  sets,
  groups,
}: {
  sets: { id: number; name: string; year: number; group: string; version: number }[];
  groups: { code: string; label: string }[];
}) {
  const { state, onSubmit: action, pending } = useKeptForm(createRoundAction);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  const year = new Date().getFullYear();
  return (
    <form
      noValidate
      onSubmit={action}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      <Field label="Tên đợt" name="name" errors={fe?.name}>
        <input
          id="name"
          name="name"
          className={inputClass}
          defaultValue={`Đánh giá Chỉ số CCHC năm ${year}`}
        />
      </Field>
      <Field label="Năm" name="year" errors={fe?.year}>
        <input id="year" name="year" type="number" className={inputClass} defaultValue={year} />
      </Field>
      <Field label="Khối" name="group" errors={fe?.group}>
        <select id="group" name="group" className={inputClass}>
          {groups.map((g) => (
            <option key={g.code} value={g.code}>
              {g.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Bộ tiêu chí (phiên bản)" name="criteriaSetId" errors={fe?.criteriaSetId}>
        <select id="criteriaSetId" name="criteriaSetId" className={inputClass}>
          <option value="">— chọn —</option>
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.year} · {groupLabel(s.group)} · phiên bản {s.version} · {s.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Tự đánh giá từ ngày" name="selfAssessmentStart" errors={fe?.selfAssessmentStart}>
        <DateInput id="selfAssessmentStart" name="selfAssessmentStart" className={inputClass} />
      </Field>
      <Field label="Đến hết ngày" name="selfAssessmentEnd" errors={fe?.selfAssessmentEnd}>
        <DateInput id="selfAssessmentEnd" name="selfAssessmentEnd" className={inputClass} />
      </Field>
      <Field
        label="Đánh giá các đơn vị có hiệu lực ngày (để trống: 31/12 của năm)"
        name="referenceDate"
        errors={fe?.referenceDate}
      >
        <DateInput id="referenceDate" name="referenceDate" className={inputClass} />
      </Field>
      <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-3">
        <button className={buttonClass} disabled={pending}>
          Tạo đợt đánh giá
        </button>
        <Status s={state} ok="Đã tạo đợt đánh giá (trạng thái: đang chuẩn bị)." />
        {state?.ok ? (
          <Link className="text-sm text-brand-700 underline" href={`/dot-danh-gia/${state.data.id}`}>
            Mở đợt vừa tạo
          </Link>
        ) : null}
      </div>
    </form>
  );
}

export function WindowForm({
  roundId,
  start,
  end,
}: {
  roundId: number;
  start: string | null;
  end: string | null;
}) {
  const { state, onSubmit: action, pending } = useKeptForm(setWindowAction);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form noValidate onSubmit={action} className="flex flex-wrap items-start gap-3">
      <input type="hidden" name="roundId" value={roundId} />
      <Field label="Tự đánh giá từ ngày" name="selfAssessmentStart" errors={fe?.selfAssessmentStart}>
        <DateInput
          id="selfAssessmentStart"
          name="selfAssessmentStart"
          className={inputClass}
          defaultValue={start ?? ""}
        />
      </Field>
      <Field label="Đến hết ngày" name="selfAssessmentEnd" errors={fe?.selfAssessmentEnd}>
        <DateInput
          id="selfAssessmentEnd"
          name="selfAssessmentEnd"
          className={inputClass}
          defaultValue={end ?? ""}
        />
      </Field>
      <div className="pt-6">
        <button className={secondaryButtonClass} disabled={pending}>
          Lưu thời gian
        </button>
        <Status s={state} ok="Đã lưu." />
      </div>
    </form>
  );
}

const STEP_LABELS: Record<string, string> = {
  OPEN: "Mở tự đánh giá",
  APPRAISAL: "Chuyển sang thẩm định",
  DRAFT: "Trả về chuẩn bị",
};
const STEP_BACK: Record<string, string> = {
  "APPRAISAL>OPEN": "Mở lại tự đánh giá",
  "PUBLISHED>APPRAISAL": "Mở lại thẩm định (điều chỉnh)",
};

export function StatusButtons({
  roundId,
  status,
  steps,
}: {
  roundId: number;
  status: string;
  steps: string[];
}) {
  const { state, onSubmit: action, pending } = useKeptForm(setStatusAction);
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {steps.map((s) => (
          <form
            noValidate
            key={s}
            onSubmit={(e) => {
              if (confirm(`${STEP_BACK[`${status}>${s}`] ?? STEP_LABELS[s]}?`)) action(e);
              else e.preventDefault();
            }}
          >
            <input type="hidden" name="roundId" value={roundId} />
            <input type="hidden" name="status" value={s} />
            <button
              className={
                (s === "OPEN" && status === "DRAFT") || (s === "APPRAISAL" && status === "OPEN")
                  ? buttonClass
                  : secondaryButtonClass
              }
              disabled={pending}
            >
              {STEP_BACK[`${status}>${s}`] ?? STEP_LABELS[s]}
            </button>
          </form>
        ))}
      </div>
      <Status s={state} ok="Đã chuyển trạng thái." />
    </div>
  );
}

export function PublishForm({ roundId, published }: { roundId: number; published: boolean }) {
  const { state, onSubmit: action, pending } = useKeptForm(publishAction);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        if (
          confirm(
            published
              ? "Công bố bản điều chỉnh? Bản đã công bố trước vẫn được lưu."
              : "Công bố kết quả? Các đơn vị sẽ thấy kết quả và điểm bị trừ.",
          )
        )
          action(e);
        else e.preventDefault();
      }}
      className="flex flex-wrap items-start gap-3"
    >
      <input type="hidden" name="roundId" value={roundId} />
      {published ? (
        <div className="min-w-64 flex-1">
          <Field label="Lý do điều chỉnh (bắt buộc: tạo phiên bản mới)" name="reason" errors={fe?.reason}>
            <input id="reason" name="reason" className={inputClass} />
          </Field>
        </div>
      ) : null}
      <div className={published ? "pt-6" : ""}>
        <button className={buttonClass} disabled={pending}>
          {published ? "Công bố bản điều chỉnh" : "Công bố kết quả"}
        </button>
        <Status s={state} ok={state?.ok ? `Đã công bố phiên bản ${state.data.version}.` : ""} />
      </div>
    </form>
  );
}
