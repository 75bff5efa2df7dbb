"use client";
// The appraisers' general comment to a unit, and returning a submission for completion.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";

async function post(url: string, body: unknown): Promise<string | null> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  }).catch(() => null);
  if (!res) return "Không kết nối được máy chủ";
  if (res.ok) return null;
  return (await res.json().catch(() => ({}))).error ?? "Không lưu được";
}

export function UnitCommentForm({
  roundId,
  unitId,
  comment,
  submitted,
}: {
  roundId: number;
  unitId: number;
  comment: string | null;
  submitted: boolean;
}) {
  const router = useRouter();
  const [text, setText] = useState(comment ?? "");
  const [reason, setReason] = useState("");
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <form
        noValidate
        className="rounded-lg border border-slate-200 bg-white p-3"
        onSubmit={async (e) => {
          e.preventDefault();
          const err = await post("/api/appraisal/comment", { roundId, unitId, comment: text || null });
          setMsg(err ? { ok: false, text: err } : { ok: true, text: "Đã lưu nhận xét chung." });
        }}
      >
        <label className="block text-sm font-medium">
          Nhận xét chung gửi đơn vị
          <textarea
            className={inputClass}
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={4000}
          />
        </label>
        <button className={`${secondaryButtonClass} mt-2`}>Lưu nhận xét</button>
      </form>
      {submitted ? (
        <form
          noValidate
          className="rounded-lg border border-slate-200 bg-white p-3"
          onSubmit={async (e) => {
            e.preventDefault();
            const err = await post("/api/appraisal/return", { roundId, unitId, reason });
            if (err) return setMsg({ ok: false, text: err });
            setMsg({ ok: true, text: "Đã trả lại hồ sơ cho đơn vị." });
            router.refresh();
          }}
        >
          <label className="block text-sm font-medium">
            Trả lại để đơn vị bổ sung (lý do)
            <input
              className={inputClass}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={1000}
              required
            />
          </label>
          <button className={`${secondaryButtonClass} mt-2`}>Trả lại đơn vị</button>
        </form>
      ) : null}
      <p
        role="status"
        aria-live="polite"
        className={`text-sm md:col-span-2 ${msg?.ok ? "text-green-700" : "text-red-700"}`}
      >
        {msg?.text}
      </p>
    </div>
  );
}
