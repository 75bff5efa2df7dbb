import { describe, expect, it } from "vitest";
import { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import { csvRecords } from "./csv-records";

async function read(text: string, chunk = 1_000_000) {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += chunk) parts.push(text.slice(i, i + chunk));
  const out: { record: string[]; line: number }[] = [];
  for await (const batch of csvRecords(Readable.from(parts.map((p) => Buffer.from(p, "utf8")))))
    out.push(...batch);
  return out;
}

const SAMPLE = '\uFEFFa,b,c\n1,"x, y",3\r\n\n"he said ""hi""",,z\n"multi\nline",2,"end"\nlast,"q"\n';

describe("csvRecords", () => {
  it("reads plain, quoted, escaped and multi-line fields with their line numbers", async () => {
    expect(await read(SAMPLE)).toEqual([
      { record: ["a", "b", "c"], line: 1 },
      { record: ["1", "x, y", "3"], line: 2 },
      { record: ['he said "hi"', "", "z"], line: 4 },
      { record: ["multi\nline", "2", "end"], line: 5 },
      { record: ["last", "q"], line: 7 },
    ]);
  });

  it.each([1, 2, 3, 5, 7, 11])(
    "gives the same records when the stream arrives in chunks of %i characters",
    async (n) => {
      expect(await read(SAMPLE, n)).toEqual(await read(SAMPLE));
    },
  );

  it("agrees with csv-parse on a file without a final line break and with Vietnamese text", async () => {
    const text = 'ma,ten\nA1,"Sở Tư pháp, tỉnh"\nA2,Đăng ký khai sinh';
    expect((await read(text, 4)).map((r) => r.record)).toEqual(parse(text));
  });

  it("refuses an unterminated quote", async () => {
    await expect(read('a,b\n"open,1\n')).rejects.toThrow(/dòng 2/);
  });
});
