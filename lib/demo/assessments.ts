// Demo self-assessment and appraisal values: each unit has a quality that drifts year to year;
// self values are optimistic and appraisers take points off a few leaves with a reason, so that
// self scores end up 2–4 points above appraised ones, as they do in life.
import type { CriteriaNodeJson } from "../criteria/store";
import type { Rng } from "./random";

export type DemoValue = {
  selfValue: string;
  appraisedValue: string | null;
  appraisalReason: string | null;
  explanation: string | null;
};

const REASONS = [
  "Tài liệu kiểm chứng chưa đầy đủ",
  "Văn bản ban hành chậm so với quy định",
  "Số liệu chưa khớp với báo cáo của Sở",
  "Không có sản phẩm cụ thể",
  "Chưa có kế hoạch kiểm tra riêng",
  "Báo cáo gửi chậm 1 kỳ",
];

function rawFor(leaf: CriteriaNodeJson, q: number, r: Rng): string {
  const rule = leaf.rule!;
  const max = leaf.max ?? 0;
  switch (rule.type) {
    case "boolean":
      return r.chance(Math.min(0.98, q + 0.08)) ? "1" : "0";
    case "choice": {
      const keys = Object.entries(rule.options as Record<string, number>)
        .sort((a, b) => b[1] - a[1])
        .map(([k]) => k);
      const x = r.next();
      return x < q ? keys[0]! : x < q + (1 - q) * 0.7 ? (keys[1] ?? keys[0]!) : keys[keys.length - 1]!;
    }
    case "bands":
      return String(Math.min(100, Math.round((55 + q * 45 + (r.next() - 0.5) * 12) * 100) / 100));
    case "linear": {
      const t = Number(rule.threshold);
      return String(Math.round(Math.min(100, t * (q + (r.next() - 0.3) * 0.25)) * 100) / 100);
    }
    case "deduction":
      return String(q > 0.9 ? 0 : r.int(0, Math.round((1 - q) * 6)));
    case "manual":
      return String(Math.round(max * Math.min(1, q + (r.next() - 0.4) * 0.3) * 4) / 4);
    default:
      return "0";
  }
}

/** A worse raw value for the same rule: what the appraiser accepts instead. */
function lower(leaf: CriteriaNodeJson, raw: string, r: Rng): string {
  const rule = leaf.rule!;
  switch (rule.type) {
    case "boolean":
      return "0";
    case "choice": {
      const keys = Object.entries(rule.options as Record<string, number>)
        .sort((a, b) => b[1] - a[1])
        .map(([k]) => k);
      const i = keys.indexOf(raw);
      return keys[Math.min(keys.length - 1, i + 1)]!;
    }
    case "bands":
    case "linear":
      return String(Math.max(0, Math.round((Number(raw) - 8 - r.next() * 10) * 100) / 100));
    case "deduction":
      return String(Number(raw) + 1);
    case "manual":
      return String(Math.max(0, Number(raw) - 0.5));
    default:
      return raw;
  }
}

export function demoValue(leaf: CriteriaNodeJson, quality: number, r: Rng, appraise: boolean): DemoValue {
  const selfValue = rawFor(leaf, Math.min(1, quality + 0.04), r);
  const cut = appraise && r.chance(0.22 * (1.2 - quality));
  const appraisedValue = appraise ? (cut ? lower(leaf, selfValue, r) : selfValue) : null;
  return {
    selfValue,
    appraisedValue,
    appraisalReason: cut ? r.pick(REASONS) : null,
    explanation: r.chance(0.1) ? "Đơn vị đã triển khai nhưng văn bản đang trình ký, sẽ bổ sung sau" : null,
  };
}

export function surveyPercentage(quality: number, r: Rng): number {
  return Math.round(Math.min(99, 62 + quality * 30 + (r.next() - 0.5) * 10) * 100) / 100;
}
