// What every `import …` command shares: the file argument read whole (a missing or unreadable file
// is a clear error), and the refusal that lists every bad row on stderr (and in JSON with --json).
import { readFile } from "node:fs/promises";
import { CliError, type ParsedArgs } from "./args";

export async function readImportFile(
  args: ParsedArgs,
  usage: string,
): Promise<{ file: string; content: Buffer }> {
  const file = args.positional[0];
  if (!file) throw new CliError(`thiếu đường dẫn tệp: ${usage}`, 2);
  const content = await readFile(file).catch(() => {
    throw new CliError(`không đọc được tệp "${file}"`);
  });
  return { file, content };
}

export function failImport(lines: string[], json: boolean): number {
  process.stderr.write(`Không nhập gì: tệp có ${lines.length} lỗi.\n${lines.join("\n")}\n`);
  if (json) process.stdout.write(`${JSON.stringify({ ok: false, errors: lines })}\n`);
  return 1;
}
