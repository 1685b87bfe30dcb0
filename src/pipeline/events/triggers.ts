import lexicon from '../../../data/lexicon/event-triggers.json' with { type: 'json' };
import type { EventKind } from '../../core/types.js';
import type { SentenceView } from '../dates/sentences-of.js';

/** A phrase that reports an engagement, found in a sentence (offsets in the cleaned text). */
export interface TriggerHit {
  kind: EventKind;
  from: number;
  to: number;
  text: string;
  weight: number;
  /** 'join': the subject joins an engagement reported before. */
  role?: 'join';
  /** 'two-nations': reports an engagement only between people of two countries ("X and Y agreed").
   * 'phone-context': a call only where the sentence or the one before speaks of the phone ("spoke with X"). */
  requires?: 'two-nations' | 'phone-context';
}

interface CompiledTrigger {
  kind: EventKind;
  re: RegExp;
  weight: number;
  role?: 'join';
  requires?: 'two-nations' | 'phone-context';
}

const COMPILED: CompiledTrigger[] = lexicon.triggers.map((t) => ({
  kind: t.kind as EventKind,
  re: new RegExp(String.raw`\b(?:${t.pattern})\b`, 'caseSensitive' in t && t.caseSensitive ? 'g' : 'gi'),
  weight: t.weight,
  ...('role' in t && t.role === 'join' ? { role: 'join' as const } : {}),
  ...('requires' in t && (t.requires === 'two-nations' || t.requires === 'phone-context') ? { requires: t.requires } : {}),
}));

/**
 * Every trigger phrase in a sentence; of overlapping hits of one kind the
 * longest stays (so "state visit" and "visit" give one hit).
 */
export function findTriggers(s: SentenceView): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const t of COMPILED) {
    t.re.lastIndex = 0;
    for (let m = t.re.exec(s.text); m; m = t.re.exec(s.text)) {
      hits.push({ kind: t.kind, from: s.start + m.index, to: s.start + m.index + m[0].length, text: m[0], weight: t.weight, ...(t.role ? { role: t.role } : {}), ...(t.requires ? { requires: t.requires } : {}) });
      if (m[0].length === 0) t.re.lastIndex++;
    }
  }
  hits.sort((a, b) => (b.to - b.from) - (a.to - a.from) || b.weight - a.weight);
  const kept: TriggerHit[] = [];
  for (const h of hits) {
    if (kept.some((k) => k.kind === h.kind && k.from < h.to && h.from < k.to)) continue;
    kept.push(h);
  }
  return kept.sort((a, b) => a.from - b.from);
}
