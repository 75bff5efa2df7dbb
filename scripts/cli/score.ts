// `npm run cchc -- score --criteria SET.json --units UNITS.csv --inputs INPUTS.csv [--json]`:
// pure scoring from files, no database: the same engine the app uses.
import { readFile } from "node:fs/promises";
import { formatRowError } from "../../lib/csv/read-csv";
import { parseCriteriaSet, scoreRound, type CriteriaSet, type ScoringUnit } from "../../lib/scoring";
import { parseUnitsFile } from "../../lib/units/units-file";
import { CliError, requireFlag, type Command } from "./args";
import { parseScoringInputs } from "./score-inputs";
import { scoreJson, scoreTable } from "./score-output";

export const scoreCommand: Command = {
  summary:
    "chấm điểm từ tệp, không dùng CSDL: --criteria BỘ.json --units ĐƠN_VỊ.csv --inputs ĐIỂM.csv [--json]",
  async run(args) {
    const json = args.flags.json === true;
    const paths = {
      criteria: requireFlag(args, "criteria"),
      units: requireFlag(args, "units"),
      inputs: requireFlag(args, "inputs"),
    };
    const [criteriaText, unitsContent, inputsContent] = await Promise.all([
      read(paths.criteria).then((b) => b.toString("utf8")),
      read(paths.units),
      read(paths.inputs),
    ]);

    const errors: string[] = [];
    const set = readCriteria(criteriaText, paths.criteria, errors);
    const unitsFile = parseUnitsFile(unitsContent);
    errors.push(...unitsFile.errors.map((e) => `${paths.units}: ${formatRowError(e)}`));
    if (!set || errors.length > 0) return fail(errors, json);

    const units: ScoringUnit[] = unitsFile.units.map((u) => ({
      code: u.code,
      name: u.name,
      type: u.type,
      group: u.group,
    }));
    const inputsFile = parseScoringInputs(inputsContent, set, new Set(units.map((u) => u.code)));
    for (const column of inputsFile.unknownColumns) {
      process.stderr.write(`Cảnh báo: ${paths.inputs}: cột "${column}" không dùng đến, bỏ qua.\n`);
    }
    errors.push(...inputsFile.errors.map((e) => `${paths.inputs}: ${formatRowError(e)}`));
    if (errors.length > 0) return fail(errors, json);

    const result = scoreRound({ set, units, inputs: inputsFile.inputs });
    // The files were checked row by row above; anything left is a defect worth showing, not hiding.
    if (result.errors.length > 0)
      return fail(
        result.errors.map((e) => `${e.unit}${e.criterion ? ` / ${e.criterion}` : ""}: ${e.message}`),
        json,
      );
    process.stdout.write(json ? scoreJson(result) : scoreTable(set, result));
    return 0;
  },
};

async function read(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const reason =
      (e as NodeJS.ErrnoException).code === "ENOENT"
        ? "không tồn tại"
        : e instanceof Error
          ? e.message
          : String(e);
    throw new CliError(`không đọc được tệp "${path}" (${reason})`);
  }
}

function readCriteria(text: string, path: string, errors: string[]): CriteriaSet | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    errors.push(`${path}: không phải JSON hợp lệ (${e instanceof Error ? e.message : String(e)})`);
    return undefined;
  }
  const parsed = parseCriteriaSet(json);
  if (parsed.ok) return parsed.set;
  errors.push(...parsed.errors.map((e) => `${path}: ${e.message}`));
  return undefined;
}

function fail(lines: string[], json: boolean): number {
  process.stderr.write(`Không chấm điểm được: có ${lines.length} lỗi.\n${lines.join("\n")}\n`);
  if (json) process.stdout.write(`${JSON.stringify({ ok: false, errors: lines })}\n`);
  return 1;
}
