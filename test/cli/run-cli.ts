import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../../src/cli/query-output.js';

/**
 * Runs the CLI in this process, capturing what it writes (command output through
 * captureOutput, since the test runner reports on standard output; standard error
 * directly). Resets process.exitCode so the test runner is not affected.
 */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stderrWrite = process.stderr.write;
  captureOutput((text) => { out.push(text); });
  process.stderr.write = ((chunk: string | Uint8Array) => { err.push(String(chunk)); return true; }) as typeof process.stderr.write;
  process.exitCode = undefined;
  let code: number;
  try {
    code = await main(['node', 'readout', ...args]);
  } finally {
    captureOutput(null);
    process.stderr.write = stderrWrite;
    process.exitCode = undefined;
  }
  return { code, out: out.join(''), err: err.join('') };
}

export const BIN = fileURLToPath(new URL('../../bin/readout.js', import.meta.url));

/** Runs `readout ARGS` as a child process to completion. */
export function runReadout(args: string[], opts: { cwd?: string } = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('close', (code) => resolve({ code, out, err }));
  });
}
