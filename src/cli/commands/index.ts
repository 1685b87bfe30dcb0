import type { Command } from 'commander';

/**
 * Every command registers itself here, one module each. Keep the list in the
 * order `readout --help` should show it.
 */
type Register = (program: Command) => void;
const registrations: Register[] = [];

export function registerCommands(program: Command): void {
  for (const register of registrations) register(program);
}
