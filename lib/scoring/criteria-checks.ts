// Checks across nodes that the schema can't make locally. They read the raw JSON defensively so that
// they can run (and be reported) together with the schema's own errors.
import { asRecord, type CriteriaError, formatPath, nodeError } from "./criteria-errors";

type Path = (string | number)[];

export function checkCriteriaSet(json: unknown): CriteriaError[] {
  const root = asRecord(json);
  if (!root) return [];
  const errors: CriteriaError[] = [];
  const seen = new Map<string, string>();
  const fields = Array.isArray(root.fields) ? root.fields : [];
  fields.forEach((node, i) => checkNode(json, node, ["fields", i], seen, errors));
  errors.push(...checkClassification(root.classification));
  return errors;
}

function checkNode(
  json: unknown,
  value: unknown,
  path: Path,
  seen: Map<string, string>,
  errors: CriteriaError[],
): void {
  const node = asRecord(value);
  if (!node) return;
  const fail = (message: string) => errors.push(nodeError(json, path, message));
  const code = typeof node.code === "string" ? node.code.trim() : "";
  if (code) {
    const first = seen.get(code);
    if (first !== undefined) fail(`mã "${code}" bị trùng (đã dùng ở ${first})`);
    else seen.set(code, formatPath(path));
  }
  const children = Array.isArray(node.children) ? node.children : undefined;
  if (children) {
    if (node.max !== undefined || node.rule !== undefined) {
      fail(
        'đã có tiêu chí con thì không được có "max" hay "rule" (điểm tối đa là tổng của các tiêu chí con)',
      );
    }
    for (const key of ["appliesTo", "bonus", "metric"] as const) {
      if (node[key] !== undefined) fail(`"${key}" chỉ dùng cho tiêu chí không có tiêu chí con`);
    }
    children.forEach((child, i) => checkNode(json, child, [...path, "children", i], seen, errors));
    return;
  }
  if (node.children !== undefined) return; // not an array: the schema reports it
  if (node.max === undefined) fail('thiếu điểm tối đa "max" (hoặc danh sách tiêu chí con "children")');
  if (node.rule === undefined)
    fail('thiếu quy tắc chấm điểm "rule" (hoặc danh sách tiêu chí con "children")');
  if (typeof node.max === "number" && node.max > 0) checkRulePoints(node.rule, node.max, fail);
}

/** Points a rule can give must lie within [0, max]. */
function checkRulePoints(ruleValue: unknown, max: number, fail: (message: string) => void): void {
  const rule = asRecord(ruleValue);
  if (!rule) return;
  if (rule.type === "choice") {
    for (const [key, points] of Object.entries(asRecord(rule.options) ?? {})) {
      if (typeof points === "number" && (points < 0 || points > max)) {
        fail(`lựa chọn "${key}" cho ${points} điểm, phải từ 0 đến ${max} (điểm tối đa)`);
      }
    }
  }
  if (rule.type === "bands" && Array.isArray(rule.bands)) {
    rule.bands.forEach((band, i) => {
      const points = asRecord(band)?.points;
      if (typeof points === "number" && (points < 0 || points > max)) {
        fail(`khoảng thứ ${i + 1} của "bands" cho ${points} điểm, phải từ 0 đến ${max} (điểm tối đa)`);
      }
    });
  }
}

function checkClassification(value: unknown): CriteriaError[] {
  if (!Array.isArray(value) || value.length === 0) return [];
  const errors: CriteriaError[] = [];
  const mins = new Map<number, number>();
  value.forEach((band, i) => {
    const min = asRecord(band)?.min;
    if (typeof min !== "number") return;
    const first = mins.get(min);
    if (first !== undefined) {
      errors.push({
        path: `classification[${i}].min`,
        message: `Xếp loại: mức thứ ${i + 1} trùng min = ${min} với mức thứ ${first + 1}`,
      });
    } else mins.set(min, i);
  });
  if (mins.size > 0 && !mins.has(0)) {
    errors.push({ path: "classification", message: "Xếp loại: phải có một mức xếp loại có min = 0" });
  }
  return errors;
}
