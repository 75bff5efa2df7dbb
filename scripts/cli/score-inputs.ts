// The scoring inputs file of `score` (interfaces.md, "Scoring inputs (CSV)"), read against a criteria
// set and the known units. Pure: every bad row is reported as "dòng N, cột TÊN: …".
import { type RowError, readCsv } from "../../lib/csv/read-csv";
import { indexCriteria, isLeaf, leafPoints, type CriteriaSet, type RoundInputs } from "../../lib/scoring";

const REQUIRED = ["ma_don_vi", "ma_tieu_chi"] as const;
const OPTIONAL = ["tu_danh_gia", "tham_dinh", "khong_ap_dung"] as const;

const NOT_APPLICABLE = new Map([
  ["", false],
  ["0", false],
  ["khong", false],
  ["không", false],
  ["false", false],
  ["1", true],
  ["co", true],
  ["có", true],
  ["true", true],
  ["x", true],
]);

export type ScoringInputsFile = { inputs: RoundInputs; errors: RowError[]; unknownColumns: string[] };

export function parseScoringInputs(
  content: string | Buffer,
  set: CriteriaSet,
  unitCodes: ReadonlySet<string>,
): ScoringInputsFile {
  const table = readCsv(content, { required: REQUIRED, optional: OPTIONAL, allowUnknown: true });
  const { nodesByCode } = indexCriteria(set);
  const inputs: RoundInputs = {};
  const errors = [...table.errors];
  const firstRow = new Map<string, number>();

  for (const row of table.rows) {
    const fail = (column: string, message: string) => errors.push({ row: row.row, column, message });
    const unit = row.get("ma_don_vi");
    const code = row.get("ma_tieu_chi");
    const before = errors.length;
    if (!unit) fail("ma_don_vi", "không được để trống");
    else if (!unitCodes.has(unit)) fail("ma_don_vi", `mã đơn vị "${unit}" không có trong tệp đơn vị`);
    const node = nodesByCode.get(code);
    if (!code) fail("ma_tieu_chi", "không được để trống");
    else if (!node) fail("ma_tieu_chi", `mã tiêu chí "${code}" không có trong bộ tiêu chí`);
    else if (!isLeaf(node))
      fail(
        "ma_tieu_chi",
        `"${code}" là nhóm tiêu chí (có tiêu chí con); chỉ nhập giá trị cho tiêu chí không có tiêu chí con`,
      );

    const flag = row.get("khong_ap_dung").normalize("NFC").toLowerCase();
    const notApplicable = NOT_APPLICABLE.get(flag);
    if (notApplicable === undefined)
      fail(
        "khong_ap_dung",
        `"${row.get("khong_ap_dung")}" không hợp lệ; dùng 1 (không áp dụng) hoặc để trống`,
      );
    if (errors.length > before || !node || !isLeaf(node)) continue;

    const key = `${unit}\u0000${code}`;
    const duplicate = firstRow.get(key);
    if (duplicate !== undefined) {
      fail("ma_tieu_chi", `đơn vị "${unit}" đã có giá trị cho tiêu chí "${code}" ở dòng ${duplicate}`);
      continue;
    }
    firstRow.set(key, row.row);

    const self = row.get("tu_danh_gia");
    const appraised = row.get("tham_dinh");
    // A not-applicable row may carry any note in its value cells; they are not scored.
    if (!notApplicable) {
      for (const [column, value] of [
        ["tu_danh_gia", self],
        ["tham_dinh", appraised],
      ] as const) {
        if (value === "") continue;
        const scored = leafPoints(node, value);
        if ("error" in scored) fail(column, `tiêu chí ${code}: ${scored.error}`);
      }
    }
    (inputs[unit] ??= {})[code] = {
      ...(self !== "" ? { self } : {}),
      ...(appraised !== "" ? { appraised } : {}),
      ...(notApplicable ? { notApplicable: true } : {}),
    };
  }
  return { inputs, errors: errors.sort((a, b) => a.row - b.row), unknownColumns: table.unknownColumns };
}
