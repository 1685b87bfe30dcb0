import { Command, CommanderError } from 'commander';
import { ReadoutError } from '../core/errors.js';
import { registerCommands } from './commands/index.js';

/** Builds the `readout` program; each command lives in its own file under commands/. */
export function buildProgram(): Command {
  const program = new Command('readout')
    .description('Turn news about diplomacy into structured, sourced event data')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerCommands(program);
  return program;
}

/** Runs the CLI and resolves to the exit code: 0 ok, 1 some inputs failed, 2 usage error. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0) return 0;
      return 2;
    }
    if (err instanceof ReadoutError) {
      process.stderr.write(`readout: ${err.message}\n`);
      return err.code === 'E_USAGE' ? 2 : 1;
    }
    process.stderr.write(`readout: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    return 1;
  }
}
