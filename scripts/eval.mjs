#!/usr/bin/env node
// `npm run eval [-- --verbose | --case ID | --json]`: extracts every case of the
// evaluation set (../shared/eval beside the repository) and scores the output.
// Leaves .eval/input.jsonl and .eval/output.jsonl; extra arguments go to the scorer.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '..', 'shared', 'eval');
const cases = join(evalDir, 'cases');
if (!existsSync(join(evalDir, 'score.mjs')) || !existsSync(cases)) {
  console.error(`eval: the evaluation set was not found at ${evalDir} (expected ../shared/eval beside the repository, with make-input.mjs, score.mjs and cases/)`);
  process.exit(2);
}
const work = join(root, '.eval');
mkdirSync(work, { recursive: true });
// Several people may run the evaluation in one work tree at once: each run writes
// its own files and renames them into place when done, so no run reads another's half-written output.
const input = join(work, `input.${process.pid}.jsonl`);
const output = join(work, `output.${process.pid}.jsonl`);
const settle = () => {
  for (const [from, to] of [[input, 'input.jsonl'], [output, 'output.jsonl']]) {
    if (existsSync(from)) renameSync(from, join(work, to));
  }
};

/** Runs a node script with stdout to a file (or inherited); stops on failure. */
function run(args, stdoutFile, { allowFailure = false } = {}) {
  const fd = stdoutFile ? openSync(stdoutFile, 'w') : 'inherit';
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', fd, 'inherit'] });
  if (typeof fd === 'number') closeSync(fd);
  if (r.error) {
    console.error(`eval: could not run node ${args.join(' ')}: ${r.error.message}`);
    settle();
    process.exit(1);
  }
  if (r.status !== 0 && !allowFailure) {
    console.error(`eval: node ${args.join(' ')} exited with ${r.status}`);
    settle();
    process.exit(r.status ?? 1);
  }
  return r.status ?? 1;
}

run([join(evalDir, 'make-input.mjs'), cases], input);
const started = Date.now();
// exit status 1 means some inputs failed (named on stderr); the others are still scored
const extracted = run([join(root, 'bin', 'readout.js'), 'extract', '--format', 'jsonl', input], output, { allowFailure: true });
if (extracted > 1) {
  settle();
  process.exit(extracted);
}
console.error(`eval: extracted in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const scored = run([join(evalDir, 'score.mjs'), '--gold', cases, '--pred', output, ...process.argv.slice(2)], null, { allowFailure: true });
settle();
process.exit(scored);
