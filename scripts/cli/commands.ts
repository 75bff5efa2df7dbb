import type { Command } from "./args";
import { importUnitsCommand } from "./import-units";
import { userCreateCommand } from "./user-create";
import { importCasesCommand } from "./import-cases";
import { reportCasesCommand } from "./report-cases";
import { importProceduresCommand } from "./import-procedures";
import { importPlanCommand } from "./import-plan";
import { scoreCommand } from "./score";
import { importLineageCommand } from "./import-lineage";
import { importResultsCommand } from "./import-results";
import { importQd766Command } from "./import-qd766";
import { importFeedbackCommand } from "./import-feedback";
import { backupCommand, restoreCommand } from "./backup";

// One line per command; the implementation lives in its own file beside this one.
export const commands: Record<string, Command> = {
  "import units": importUnitsCommand,
  "import lineage": importLineageCommand,
  "import results": importResultsCommand,
  "user create": userCreateCommand,
  "import cases": importCasesCommand,
  "report cases": reportCasesCommand,
  "import procedures": importProceduresCommand,
  "import plan": importPlanCommand,
  "import qd766": importQd766Command,
  "import feedback": importFeedbackCommand,
  score: scoreCommand,
  backup: backupCommand,
  restore: restoreCommand,
};
