// `npm run cchc -- <command> ...` — the product's command line (see README, "Dòng lệnh").
// Each command lives in scripts/cli/<name>.ts and is registered in scripts/cli/commands.ts.
import { commands } from "./cli/commands";
import { CliError, parseArgs } from "./cli/args";

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const [name, sub] = args.positional;
  const key = name && sub && commands[`${name} ${sub}`] ? `${name} ${sub}` : name;
  const command = key ? commands[key] : undefined;
  if (!command) {
    process.stderr.write(usage());
    return name ? 2 : 0;
  }
  const rest = { ...args, positional: args.positional.slice(key!.split(" ").length) };
  return command.run(rest);
}

function usage(): string {
  const lines = Object.entries(commands).map(([k, c]) => `  ${k.padEnd(16)} ${c.summary}`);
  return `Cách dùng: npm run cchc -- <lệnh> [tham số]\n\nCác lệnh:\n${lines.join("\n")}\n`;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof CliError) {
      process.stderr.write(`Lỗi: ${err.message}\n`);
      process.exit(err.exitCode);
    }
    process.stderr.write(
      `Lỗi không mong đợi: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  },
);
