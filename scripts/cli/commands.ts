import type { Command } from "./args";
import { importUnitsCommand } from "./import-units";

// One line per command; the implementation lives in its own file beside this one.
export const commands: Record<string, Command> = {
  "import units": importUnitsCommand,
};
