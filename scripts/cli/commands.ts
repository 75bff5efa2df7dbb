import type { Command } from "./args";

// One line per command; the implementation lives in its own file beside this one.
export const commands: Record<string, Command> = {
};
