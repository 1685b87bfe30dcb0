import type { Command } from 'commander';
import { register as extract } from './extract.js';
import { register as serve } from './serve.js';
import { register as demo } from './demo.js';
import { register as kb } from './kb.js';

/**
 * Every command registers itself here, one module each. Keep the list in the
 * order `readout --help` should show it.
 */
type Register = (program: Command) => void;
const registrations: Register[] = [extract, serve, demo, kb];

export function registerCommands(program: Command): void {
  for (const register of registrations) register(program);
}
