// Vietnamese messages for criteria-set validation, each naming the node it is about.
import { z } from "zod";

export type CriteriaError = { code?: string; path: string; message: string };

type PathKey = PropertyKey;

export function formatPath(path: readonly PathKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** The node (field or criterion) a path points into, and the rest of the path below it. */
export function locateNode(
  root: unknown,
  path: readonly PathKey[],
): { node?: Record<string, unknown>; depth: number; rest: PathKey[] } {
  let node: Record<string, unknown> | undefined;
  let depth = 0;
  let restStart = 0;
  let current: unknown = root;
  let i = 0;
  // A node sits at fields[i] or at <node>.children[j]; walk as long as the path follows that pattern.
  while (
    i + 1 < path.length &&
    path[i] === (depth === 0 ? "fields" : "children") &&
    typeof path[i + 1] === "number"
  ) {
    const list = asRecord(current)?.[path[i] as string];
    const next = Array.isArray(list) ? list[path[i + 1] as number] : undefined;
    if (!asRecord(next)) break;
    node = asRecord(next);
    current = next;
    depth++;
    i += 2;
    restStart = i;
  }
  return { node, depth, rest: path.slice(restStart) as PathKey[] };
}

export function asRecord(x: unknown): Record<string, unknown> | undefined {
  return typeof x === "object" && x !== null && !Array.isArray(x)
    ? (x as Record<string, unknown>)
    : undefined;
}

/** "Lĩnh vực 1" for a top-level node, "Tiêu chí 1.2" below; by position when the code is unusable. */
export function nodeLabel(node: Record<string, unknown>, depth: number, path: string): string {
  const code = typeof node.code === "string" && node.code.trim() !== "" ? node.code : undefined;
  const word = depth === 1 ? "Lĩnh vực" : "Tiêu chí";
  return code ? `${word} ${code}` : `${word} tại ${path} (chưa có mã)`;
}

export function nodeError(root: unknown, path: readonly PathKey[], message: string): CriteriaError {
  const { node, depth, rest } = locateNode(root, path);
  const fullPath = formatPath(path);
  if (!node) {
    const where =
      path[0] === "classification" && typeof path[1] === "number"
        ? `Mức xếp loại thứ ${path[1] + 1}`
        : "Bộ tiêu chí";
    return { path: fullPath, message: `${where}: ${message}` };
  }
  const code = typeof node.code === "string" && node.code.trim() !== "" ? node.code : undefined;
  const nodePath = formatPath(path.slice(0, path.length - rest.length));
  return {
    ...(code ? { code } : {}),
    path: fullPath,
    message: `${nodeLabel(node, depth, nodePath)}: ${message}`,
  };
}

const TYPE_NAMES: Record<string, string> = {
  string: "chuỗi ký tự",
  number: "số",
  int: "số nguyên",
  boolean: "true hoặc false",
  array: "danh sách (mảng)",
  object: "đối tượng",
  record: "đối tượng",
};

const fallback = z.locales.vi().localeError;

/** Per-parse zod error map: the key in quotes, then what is wrong, in Vietnamese. */
export function zodMessage(issue: z.core.$ZodRawIssue): string {
  const key = keyLabel(issue.path ?? []);
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return `thiếu ${key}`;
      return `${key} phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "invalid_value":
      return `${key} phải là một trong: ${issue.values.map(String).join(", ")}`;
    case "too_small":
    case "too_big": {
      const limit = issue.code === "too_small" ? issue.minimum : issue.maximum;
      if (issue.origin === "number") {
        const op = issue.code === "too_small" ? (issue.inclusive ? "≥" : ">") : issue.inclusive ? "≤" : "<";
        return `${key} phải ${op} ${String(limit)}`;
      }
      if (issue.code === "too_small" && Number(limit) === 1) return `${key} không được để trống`;
      return `${key}: ${fallbackMessage(issue)}`;
    }
    case "invalid_union":
      if ("discriminator" in issue && issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options ?? [];
        return `${key} phải là một trong: ${options.map(String).join(", ")}`;
      }
      return `${key} không hợp lệ`;
    default:
      return `${key}: ${fallbackMessage(issue)}`;
  }
}

function fallbackMessage(issue: z.core.$ZodRawIssue): string {
  const text = fallback(issue as never);
  return typeof text === "string" ? text : (text?.message ?? "không hợp lệ");
}

function keyLabel(path: readonly PathKey[]): string {
  // The path here is relative to where zod is, so name only the last meaningful key.
  const last = path.at(-1);
  if (last === undefined) return "giá trị";
  if (typeof last === "number") return `"${String(path.at(-2) ?? "")}[${last}]"`;
  return `"${String(last)}"`;
}
