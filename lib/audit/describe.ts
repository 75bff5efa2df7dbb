// One audit entry said in Vietnamese for Home Affairs staff: what was touched ("Giá trị tiêu chí
// 3.2"), what was done ("Thẩm định") and what changed ("Giá trị thẩm định: 2 → 1,5"). Pure: the
// stored old/new JSON is read as data, never shown raw.
import { ROLE_LABELS } from "../auth/permissions";
import {
  GROUP_LABELS,
  LEVEL_LABELS,
  ROUND_STATUS_LABELS,
  SUBMISSION_STATUS_LABELS,
  UNIT_TYPE_LABELS,
} from "../labels";
import { PLAN_STATUS_LABELS } from "../plan/plan-task";
import { STATUS_LABELS as REMEDIATION_STATUS_LABELS } from "../remediation/status";
import { SOURCE_LABELS } from "../remediation/inputs";
import { SEVERITY_LABELS } from "../inspections/inspection-input";
import { optionLabel } from "../assessment/rule-words";
import { fmtDate } from "../format";
import { ENTITY_FIELD_LABELS, FIELD_LABELS, actionLabel, entityLabel, permissionLabel } from "./labels";
import { describeAccess } from "./access";

export type AuditRecord = {
  action: string;
  entity: string;
  entityId: string | null;
  criterionCode: string | null;
  oldValue: unknown;
  newValue: unknown;
};

/** Names the pages can supply from the database (the module itself reads none). */
export type DescribeContext = { unitName?: (id: number) => string | undefined };

/** A field that changed: both sides for an edit, only `to` for what was created, only `from` for what was removed. */
export type AuditChange = { label: string; from?: string; to?: string };

export type AuditDescription = { action: string; entity: string; subject: string; changes: AuditChange[] };

export const EMPTY = "(trống)";

const STATUS_BY_ENTITY: Record<string, Record<string, string>> = {
  EvaluationRound: ROUND_STATUS_LABELS,
  ResultSnapshot: ROUND_STATUS_LABELS,
  UnitSubmission: SUBMISSION_STATUS_LABELS,
  PlanTask: PLAN_STATUS_LABELS,
  RemediationItem: REMEDIATION_STATUS_LABELS,
};
const ANY_STATUS: Record<string, string> = {
  ...REMEDIATION_STATUS_LABELS,
  ...PLAN_STATUS_LABELS,
  ...SUBMISSION_STATUS_LABELS,
  ...ROUND_STATUS_LABELS,
};
const VIA_LABELS: Record<string, string> = {
  web: "giao diện web",
  api: "API",
  cli: "dòng lệnh",
  test: "kiểm thử",
};
const CODE_LABELS: Record<string, Record<string, string>> = {
  role: ROLE_LABELS,
  group: GROUP_LABELS,
  type: UNIT_TYPE_LABELS,
  level: LEVEL_LABELS,
  severity: SEVERITY_LABELS,
  source: SOURCE_LABELS,
  via: VIA_LABELS,
};
const DATE_KEYS = new Set([
  "deadline",
  "documentDate",
  "completedAt",
  "decisionDate",
  "visitDate",
  "dueDate",
  "selfAssessmentStart",
  "selfAssessmentEnd",
]);
/** Internal keys that say nothing to a reader. */
const HIDDEN_KEYS = new Set(["sha256", "storageKey", "updateId"]);

const num = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "someFieldName" → "Some field name": unknown keys stay readable. */
export function readableKey(key: string): string {
  return capitalize(
    key
      .replace(/[_-]+/g, " ")
      .replace(/([a-zà-ỹ\d])([A-Z])/g, "$1 $2")
      .toLowerCase()
      .trim(),
  );
}

export function fieldLabel(key: string, entity?: string): string {
  return (entity && ENTITY_FIELD_LABELS[entity]?.[key]) ?? FIELD_LABELS[key] ?? readableKey(key);
}

/** dd/mm/yyyy for a stored day ("2026-05-01") or instant; other text unchanged. */
function dateText(v: string): string {
  const d = ISO_DAY.exec(v);
  if (d) return `${d[3]}/${d[2]}/${d[1]}`;
  return ISO_TIME.test(v) && !Number.isNaN(Date.parse(v)) ? fmtDate(v) : v;
}

/** A value typed into a criterion: a number, yes/no, or an option key such as "kip_thoi". */
function assessmentValueText(v: unknown): string {
  if (typeof v === "number") return num.format(v);
  if (typeof v === "boolean") return v ? "Có" : "Không";
  const s = String(v).trim();
  if (PLAIN_NUMBER.test(s)) return num.format(Number(s));
  if (s === "true" || s === "false") return s === "true" ? "Có" : "Không";
  return /^[a-z][a-z0-9_]*$/.test(s) ? optionLabel(s) : s;
}

function fileText(f: Record<string, unknown>): string {
  const name = typeof f.name === "string" ? f.name : "tệp";
  return typeof f.size === "number"
    ? `${name} (${num.format(Math.max(Math.round(f.size / 1024), 1))} KB)`
    : name;
}

/** A criteria set as stored in full (import, edit, new version): its name and size, not its tree. */
type CriteriaDef = {
  name?: unknown;
  year?: unknown;
  group?: unknown;
  classification?: unknown;
  fields: unknown[];
};
const isCriteriaDef = (v: unknown): v is CriteriaDef =>
  isObject(v) && Array.isArray(v.fields) && "classification" in v;

function leaves(nodes: unknown[], out = new Map<string, string>()): Map<string, string> {
  for (const n of nodes) {
    if (!isObject(n)) continue;
    if (Array.isArray(n.children)) leaves(n.children, out);
    else if (typeof n.code === "string") out.set(n.code, JSON.stringify(n));
  }
  return out;
}

function classificationText(v: unknown): string {
  if (!Array.isArray(v)) return valueText("classification", v);
  return v
    .filter(isObject)
    .map((b) => `${String(b.label)} từ ${typeof b.min === "number" ? num.format(b.min) : String(b.min)}`)
    .join("; ");
}

function listText(key: string, items: unknown[], entity: string, ctx: DescribeContext): string {
  if (!items.length) return EMPTY;
  if (key === "classification") return classificationText(items);
  if (items.every((x) => !isObject(x) && !Array.isArray(x)))
    return items.map((x) => valueText(key, x, entity, ctx)).join(", ");
  return `${num.format(items.length)} mục`;
}

function objectText(key: string, v: Record<string, unknown>, entity: string, ctx: DescribeContext): string {
  if (key === "file" || key === "attachment") return fileText(v);
  if (isCriteriaDef(v)) return criteriaDefText(v);
  const parts = Object.entries(v)
    .filter(([k, x]) => !HIDDEN_KEYS.has(k) && !isBlank(x))
    .map(
      ([k, x]) =>
        `${fieldLabel(k, entity)}: ${isObject(x) ? objectText(k, x, entity, ctx) : valueText(k, x, entity, ctx)}`,
    );
  return parts.length ? parts.join("; ") : EMPTY;
}

function criteriaDefText(def: CriteriaDef): string {
  const name = typeof def.name === "string" ? def.name : "Bộ tiêu chí";
  const meta = [
    def.year !== undefined ? `năm ${String(def.year)}` : null,
    typeof def.group === "string" ? (GROUP_LABELS[def.group] ?? `khối ${def.group}`) : null,
  ].filter(Boolean);
  return `${name}${meta.length ? ` (${meta.join(", ")})` : ""}, ${num.format(leaves(def.fields).size)} tiêu chí thành phần`;
}

/** One stored value in words: labels for codes, vi-VN numbers, dd/mm/yyyy dates, "(trống)" for nothing. */
export function valueText(key: string, v: unknown, entity = "", ctx: DescribeContext = {}): string {
  if (isBlank(v)) return EMPTY;
  if (Array.isArray(v)) return listText(key, v, entity, ctx);
  if (isObject(v)) return objectText(key, v, entity, ctx);
  if (key === "selfValue" || key === "appraisedValue") return assessmentValueText(v);
  if (typeof v === "boolean") return v ? "Có" : "Không";
  if (key === "status")
    return (STATUS_BY_ENTITY[entity] ?? ANY_STATUS)[String(v)] ?? ANY_STATUS[String(v)] ?? String(v);
  if (CODE_LABELS[key]?.[String(v)]) return CODE_LABELS[key][String(v)];
  if (key === "unitId" || key === "parentId") return ctx.unitName?.(Number(v)) ?? `số ${String(v)}`;
  if (key === "year" || key === "version" || key === "prefix" || key === "code") return String(v);
  if (/Ids?$/.test(key)) return `số ${String(v)}`;
  if (key === "percentage") return `${typeof v === "number" ? num.format(v) : String(v)} %`;
  if (typeof v === "number") return num.format(v);
  const s = String(v);
  return DATE_KEYS.has(key) || ISO_DAY.test(s) || ISO_TIME.test(s) ? dateText(s) : s;
}

const IMPORT_COUNT_KEYS = new Set(["rows", "inserted", "updated"]);

/** "1.234 mới, 5 cập nhật (1.239 dòng)" */
export function importCountsText(v: Record<string, unknown>): string {
  const n = (x: unknown) => num.format(typeof x === "number" ? x : Number(x) || 0);
  const text = `${n(v.inserted)} mới, ${n(v.updated)} cập nhật`;
  return typeof v.rows === "number" ? `${text} (${n(v.rows)} dòng)` : text;
}

function criteriaSetChanges(before: unknown, after: CriteriaDef): AuditChange[] {
  const changes: AuditChange[] = [{ label: "Bộ tiêu chí", to: criteriaDefText(after) }];
  if (!isCriteriaDef(before)) return changes;
  const [a, b] = [leaves(before.fields), leaves(after.fields)];
  const added = [...b.keys()].filter((c) => !a.has(c));
  const removed = [...a.keys()].filter((c) => !b.has(c));
  const edited = [...b.keys()].filter((c) => a.has(c) && a.get(c) !== b.get(c));
  const codes = (list: string[]) =>
    list.length > 12
      ? `${list.slice(0, 12).join(", ")}… (${num.format(list.length)} tiêu chí)`
      : list.join(", ");
  for (const key of ["name", "year", "group"] as const) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      changes.push({
        label: fieldLabel(key, "CriteriaSet"),
        from: valueText(key, before[key]),
        to: valueText(key, after[key]),
      });
  }
  if (JSON.stringify(before.classification) !== JSON.stringify(after.classification)) {
    changes.push({
      label: "Xếp loại",
      from: classificationText(before.classification),
      to: classificationText(after.classification),
    });
  }
  if (added.length) changes.push({ label: "Thêm tiêu chí", to: codes(added) });
  if (removed.length) changes.push({ label: "Bỏ tiêu chí", to: codes(removed) });
  if (edited.length) changes.push({ label: "Sửa tiêu chí", to: codes(edited) });
  return changes;
}

// PostgreSQL's jsonb keeps keys in its own order; fields are listed in FIELD_LABELS order instead.
const FIELD_ORDER = new Map(Object.keys(FIELD_LABELS).map((k, i) => [k, i]));
const fieldRank = (key: string) => FIELD_ORDER.get(key) ?? FIELD_ORDER.size;

/** Field by field: unchanged fields are left out, a field only on one side is shown alone (if not empty). */
export function describeChanges(
  entry: Pick<AuditRecord, "entity" | "oldValue" | "newValue">,
  ctx: DescribeContext = {},
): AuditChange[] {
  const { entity, oldValue, newValue } = entry;
  if (isCriteriaDef(newValue)) return criteriaSetChanges(oldValue, newValue);
  if (isCriteriaDef(oldValue)) return [{ label: "Bộ tiêu chí", from: criteriaDefText(oldValue) }];
  if (!isObject(oldValue) && !isObject(newValue)) {
    if (isBlank(oldValue) && isBlank(newValue)) return [];
    return [
      {
        label: "Giá trị",
        ...(isBlank(oldValue) ? {} : { from: valueText("", oldValue, entity, ctx) }),
        ...(isBlank(newValue) ? {} : { to: valueText("", newValue, entity, ctx) }),
      },
    ];
  }
  const before = isObject(oldValue) ? oldValue : null;
  const after = isObject(newValue) ? newValue : null;
  const changes: AuditChange[] = [];
  const isImport = after !== null && typeof after.inserted === "number" && typeof after.updated === "number";
  if (isImport) changes.push({ label: "Số bản ghi", to: importCountsText(after) });
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
    .filter((k) => !HIDDEN_KEYS.has(k) && !(isImport && IMPORT_COUNT_KEYS.has(k)))
    .sort((a, b) => fieldRank(a) - fieldRank(b));
  for (const key of keys) {
    const inBefore = before !== null && key in before;
    const inAfter = after !== null && key in after;
    const label = fieldLabel(key, entity);
    if (inBefore && inAfter) {
      if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
      changes.push({
        label,
        from: valueText(key, before[key], entity, ctx),
        to: valueText(key, after[key], entity, ctx),
      });
    } else if (inAfter) {
      // recorded on one side only (a created record, or figures known only afterwards): no arrow
      if (isBlank(after[key])) continue;
      changes.push({ label, to: valueText(key, after[key], entity, ctx) });
    } else if (before !== null) {
      if (isBlank(before[key])) continue;
      changes.push({ label, from: valueText(key, before[key], entity, ctx) });
    }
  }
  return changes;
}

/** "Label: old → new", "Label: new" or "Label: old". */
export function changeText(c: AuditChange): string {
  if (c.from !== undefined && c.to !== undefined) return `${c.label}: ${c.from} → ${c.to}`;
  return `${c.label}: ${c.to ?? c.from ?? EMPTY}`;
}

function pickText(entry: AuditRecord, key: string): string | null {
  for (const v of [entry.newValue, entry.oldValue]) {
    if (isObject(v) && typeof v[key] === "string" && v[key].trim()) return v[key].trim();
    if (isObject(v) && typeof v[key] === "number") return String(v[key]);
  }
  return null;
}

/** What a reader recognises the record by: its criterion, name, code or version, not its row id. */
export function subjectOf(entry: AuditRecord): string {
  const label = entityLabel(entry.entity);
  const code = entry.criterionCode;
  if (code && (entry.entity === "AssessmentValue" || entry.entity === "SurveyResult"))
    return `${label} ${code}`;
  if (code) return `${label} · tiêu chí ${code}`;
  const name = (() => {
    switch (entry.entity) {
      case "User":
        return pickText(entry, "username");
      case "ApiToken":
        return pickText(entry, "name") ?? pickText(entry, "prefix");
      case "Unit":
      case "EvaluationRound":
      case "CriteriaSet":
        return pickText(entry, "name");
      case "PlanTask":
        return pickText(entry, "code");
      case "Inspection": {
        const n = pickText(entry, "decisionNumber");
        return n ? `QĐ ${n}` : null;
      }
      case "ResultSnapshot": {
        const v = isObject(entry.newValue) ? entry.newValue.version : null;
        return typeof v === "number" ? `lần ${v}` : null;
      }
      default:
        return null;
    }
  })();
  return name ? `${label} ${name}` : label;
}

export function describeAudit(entry: AuditRecord, ctx: DescribeContext = {}): AuditDescription {
  if (entry.action === "forbidden") {
    const permission =
      isObject(entry.newValue) && typeof entry.newValue.permission === "string"
        ? entry.newValue.permission
        : null;
    return {
      action: actionLabel("forbidden"),
      entity: entityLabel(entry.entity),
      subject: describeAccess(entry.entityId, permission),
      changes: [{ label: "Quyền cần có", to: permission ? permissionLabel(permission) : "không rõ" }],
    };
  }
  return {
    action: actionLabel(entry.action),
    entity: entityLabel(entry.entity),
    subject: subjectOf(entry),
    changes: describeChanges(entry, ctx),
  };
}
