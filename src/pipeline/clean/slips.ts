import slipData from '../../../data/lexicon/slips.json' with { type: 'json' };
import type { Edit } from './edits.js';

interface Slip {
  from: string;
  to: string;
}

const SLIPS = new Map((slipData.slips as Slip[]).map((s) => [s.from.toLowerCase(), s.to]));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** The first word of every slip, to skip lines that cannot hold one. */
const SLIP_HEADS = [...new Set([...SLIPS.keys()].map((k) => k.split(' ')[0]!))];
/** Whole words only; longer slips first so that "líderes" wins over "líder". */
const SLIP_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...SLIPS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Replacement edits for the translation slips in a range of the text, keeping an initial capital. */
export function slipEdits(text: string, range: { start: number; end: number }): (Edit & { from: string })[] {
  if (!SLIPS.size) return [];
  const out: (Edit & { from: string })[] = [];
  const part = text.slice(range.start, range.end);
  const lower = part.toLowerCase();
  if (!SLIP_HEADS.some((h) => lower.includes(h))) return out; // most lines hold no slip: skip the scan

  SLIP_RE.lastIndex = 0;
  for (let m = SLIP_RE.exec(part); m; m = SLIP_RE.exec(part)) {
    let to = SLIPS.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    if (!to) continue;
    if (/^\p{Lu}/u.test(m[0])) to = to[0]!.toUpperCase() + to.slice(1);
    out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, to, from: m[0] });
  }
  return out;
}
