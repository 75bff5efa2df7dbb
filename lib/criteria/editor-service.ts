import "server-only";
// What Home Affairs does to criteria sets: copy last year's, save an edited tree (in place or as a
// new version, see versions.ts), import a JSON file. Every call checks criteria:manage itself, so a
// caller that skipped the action wrapper is still refused; every change is audited.
import { db } from "../db/client";
import { can, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from "../errors";
import { parseCriteriaSet, type CriteriaError } from "../scoring";
import { insertCriteriaSet, loadCriteriaSet, type CriteriaSetJson } from "./store";
import { METRIC_KEYS } from "../queries/metrics";
import { isLocked, replaceNodesInPlace, roundsUsing, valuesOnRemovedLeaves, type RoundUse } from "./versions";

export type Editor = Actor & { username?: string };

/** Validation failure: messages keyed by the JSON path of the node they name. */
export class CriteriaSetInvalid extends DomainError {
  constructor(public errors: CriteriaError[]) {
    const fieldErrors: Record<string, string[]> = {};
    for (const e of errors) (fieldErrors[e.path] ??= []).push(e.message);
    super(
      `Bộ tiêu chí chưa hợp lệ (${errors.length} lỗi), chưa lưu gì. Xem lỗi bên cạnh từng tiêu chí.`,
      422,
      fieldErrors,
    );
  }
}

export function assertCanManage(actor: Editor): void {
  if (!can(actor, "criteria:manage")) throw new ForbiddenError("Chỉ Sở Nội vụ được thay đổi bộ tiêu chí.");
}

/** Parses and validates; the set's identity (year, group) comes from `fixed` when given. */
export function validSet(json: unknown, fixed?: { year: number; group: string }): CriteriaSetJson {
  const raw =
    typeof json === "object" && json !== null && !Array.isArray(json)
      ? { ...(json as object), ...(fixed ?? {}) }
      : json;
  const parsed = parseCriteriaSet(raw);
  const errors = [...(parsed.ok ? [] : parsed.errors), ...unknownMetrics(raw)];
  if (!parsed.ok || errors.length) throw new CriteriaSetInvalid(errors);
  return parsed.set as unknown as CriteriaSetJson;
}

/** The engine takes any metric name; the app can only compute the ones lib/queries/metrics.ts knows. */
function unknownMetrics(json: unknown): CriteriaError[] {
  const out: CriteriaError[] = [];
  const walk = (nodes: unknown, prefix: string) => {
    if (!Array.isArray(nodes)) return;
    nodes.forEach((n: { code?: unknown; metric?: unknown; children?: unknown }, i) => {
      const path = `${prefix}[${i}]`;
      if (typeof n?.metric === "string" && !(METRIC_KEYS as readonly string[]).includes(n.metric)) {
        const code = typeof n.code === "string" ? n.code : "";
        out.push({
          ...(code ? { code } : {}),
          path: `${path}.metric`,
          message: `Tiêu chí ${code || path}: "metric" phải là một trong: ${METRIC_KEYS.join(", ")}`,
        });
      }
      walk(n?.children, `${path}.children`);
    });
  };
  walk((json as { fields?: unknown } | null)?.fields, "fields");
  return out;
}

/** JSON with sorted keys, to tell whether a save changes anything. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );
}

const TX = { timeout: 60_000 };
const bare = ({ name, year, group, classification, fields }: CriteriaSetJson): CriteriaSetJson => ({
  name,
  year,
  group,
  classification,
  fields,
});

export async function copyCriteriaSet(actor: Editor, input: { fromId: number; year: number }) {
  assertCanManage(actor);
  const source = await db().criteriaSet.findUnique({ where: { id: input.fromId } });
  if (!source) throw new NotFoundError("Không tìm thấy bộ tiêu chí nguồn");
  if (input.year === source.year) {
    throw new DomainError(
      "Chọn một năm khác năm của bộ tiêu chí nguồn; để sửa bộ tiêu chí năm nay, dùng nút Sửa.",
      422,
      { year: ["Năm mới phải khác năm nguồn"] },
    );
  }
  const def = bare(await loadCriteriaSet(source.id));
  const copy = {
    ...def,
    year: input.year,
    name: def.name.includes(String(source.year))
      ? def.name.replaceAll(String(source.year), String(input.year))
      : `${def.name} (${input.year})`,
  };
  return db().$transaction(async (tx) => {
    const id = await insertCriteriaSet(tx, copy, source.id);
    const { version } = await tx.criteriaSet.findUniqueOrThrow({ where: { id }, select: { version: true } });
    await recordAudit(
      {
        actor,
        action: "copy",
        entity: "CriteriaSet",
        entityId: id,
        newValue: { year: copy.year, group: copy.group, version, basedOnId: source.id },
      },
      tx,
    );
    return { id, version };
  }, TX);
}

export type SaveOutcome = { setId: number; version: number; updatedAt: string } & (
  | { mode: "unchanged" | "in-place" }
  | { mode: "new-version"; previousId: number; stillOnPrevious: RoundUse[]; why: "in-use" | "values" }
);

export async function saveCriteriaSet(
  actor: Editor,
  input: { setId: number; json: unknown; expectedUpdatedAt?: string },
): Promise<SaveOutcome> {
  assertCanManage(actor);
  const current = await db().criteriaSet.findUnique({ where: { id: input.setId } });
  if (!current) throw new NotFoundError("Không tìm thấy bộ tiêu chí");
  const def = validSet(input.json, { year: current.year, group: current.group });
  return db().$transaction(async (tx) => {
    // Lock the row so two admins saving at once cannot both edit in place.
    await tx.$queryRaw`SELECT id FROM "CriteriaSet" WHERE id = ${current.id} FOR UPDATE`;
    const fresh = await tx.criteriaSet.findUniqueOrThrow({ where: { id: current.id } });
    if (input.expectedUpdatedAt && fresh.updatedAt.toISOString() !== input.expectedUpdatedAt) {
      throw new ConflictError(
        "Bộ tiêu chí vừa được người khác lưu. Tải lại trang để xem bản mới (nội dung bạn nhập vẫn còn trên màn hình).",
      );
    }
    const before = bare(await loadCriteriaSet(current.id, tx));
    if (canonical(before) === canonical(def))
      return {
        mode: "unchanged",
        setId: current.id,
        version: current.version,
        updatedAt: fresh.updatedAt.toISOString(),
      };
    const rounds = await roundsUsing(current.id, tx);
    const blockers = isLocked(rounds) ? [] : await valuesOnRemovedLeaves(tx, current.id, def);
    if (!isLocked(rounds) && blockers.length === 0) {
      await replaceNodesInPlace(tx, current.id, def);
      await recordAudit(
        {
          actor,
          action: "update",
          entity: "CriteriaSet",
          entityId: current.id,
          oldValue: before,
          newValue: def,
        },
        tx,
      );
      const { updatedAt } = await tx.criteriaSet.findUniqueOrThrow({
        where: { id: current.id },
        select: { updatedAt: true },
      });
      return {
        mode: "in-place",
        setId: current.id,
        version: current.version,
        updatedAt: updatedAt.toISOString(),
      };
    }
    const id = await insertCriteriaSet(tx, def, current.id);
    const { version, updatedAt } = await tx.criteriaSet.findUniqueOrThrow({
      where: { id },
      select: { version: true, updatedAt: true },
    });
    await recordAudit(
      {
        actor,
        action: "new-version",
        entity: "CriteriaSet",
        entityId: id,
        oldValue: { setId: current.id, version: current.version },
        newValue: def,
        reason: isLocked(rounds)
          ? "Bộ tiêu chí đang được dùng trong đợt đánh giá đã mở"
          : `Đã có điểm nhập cho tiêu chí bị xoá: ${blockers.join(", ")}`,
      },
      tx,
    );
    return {
      mode: "new-version",
      setId: id,
      version,
      updatedAt: updatedAt.toISOString(),
      previousId: current.id,
      stillOnPrevious: rounds,
      why: isLocked(rounds) ? "in-use" : "values",
    };
  }, TX);
}

export async function importCriteriaSet(actor: Editor, text: string) {
  assertCanManage(actor);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new DomainError(`Tệp không phải JSON hợp lệ: ${(e as Error).message}`, 422, {
      file: ["Tệp không phải JSON hợp lệ"],
    });
  }
  const def = validSet(json);
  return db().$transaction(async (tx) => {
    const id = await insertCriteriaSet(tx, def, null);
    const { version } = await tx.criteriaSet.findUniqueOrThrow({ where: { id }, select: { version: true } });
    await recordAudit({ actor, action: "import", entity: "CriteriaSet", entityId: id, newValue: def }, tx);
    return { id, version, year: def.year, group: def.group };
  }, TX);
}
