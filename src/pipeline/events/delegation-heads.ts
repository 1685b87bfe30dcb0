import type { Doc } from '../../core/doc.js';
import type { Actor, DiplomaticEvent, Mention } from '../../core/types.js';
import { sentencesOf } from '../dates/sentences-of.js';

// Words that make a named person the one who speaks for a country's side in talks.
const LED_BY_BEFORE = /\b(?:led|headed|represented)\s+by\s+(?:[\w’'-]+\s+){0,5}$/i;
const AS_HEAD_AFTER = /^(?:,\s*)?\s*(?:as\s+(?:its|their|the|his|her)\s+(?:chief|lead|top)\s+negotiator|,\s+(?:the\s+)?(?:chief|lead|top)\s+negotiator|,\s+who\s+(?:leads|led|heads|headed)\s+(?:the|its|their)\s+(?:delegation|team))/i;

/**
 * Talks reported between sides ("Ukrainian and Russian negotiators met in
 * Geneva") whose heads the article names elsewhere ("Ukraine's delegation was
 * led by its foreign minister", "named X as its chief negotiator"): each side becomes its one named head. A side with no head, or
 * with several candidates, stays a country.
 */
export function nameDelegationHeads(doc: Doc, events: DiplomaticEvent[]): void {
  const heads = headsByCountry(doc);
  const members = membersByCountry(doc);
  if (!heads.size && !members.size) return;
  for (const e of events) {
    if (e.kind !== 'meeting' || e.participants.length < 2) continue;
    // ("The Ukrainian delegation was led by Umerov and included Budanov ... The U.S. side was represented by Witkoff,
    // Kushner and Driscoll": the sides of talks between delegations are the people the article lists in them.)
    const sides = new Set(e.participants.map((p) => p.country));
    const listed = e.participants.some((p) => p.kind === 'country' && members.has(p.country!))
      && e.participants.every((p) => p.kind === 'country' || (p.country && (members.get(p.country)?.some((m) => m.entityId === p.entityId) ?? false)));
    if (listed && sides.size >= 2) {
      const out: Actor[] = [];
      for (const p of e.participants) {
        const head = p.kind === 'country' ? heads.get(p.country!) : undefined;
        const side = p.kind === 'country' ? members.get(p.country!) ?? (head ? [head] : undefined) : undefined;
        for (const q of side ?? [p]) if (!out.some((o) => (o.entityId ?? o.country) === (q.entityId ?? q.country) && o.kind === q.kind)) out.push(q);
      }
      e.participants = out;
      continue;
    }
    if (!e.participants.every((p) => p.kind === 'country')) continue;
    const named = e.participants.map((p) => heads.get(p.country!) ?? p);
    if (named.some((p) => p.kind === 'person')) e.participants = named;
  }
}

// "The Ukrainian delegation was led by Umerov and included Budanov and Hnatov", "Russia sent a team headed by Kostyukov",
// "The U.S. side was represented by Witkoff, Kushner and Driscoll".
const LISTED_IN = /\b(?:delegation|team|side)\b[^.;]{0,60}?\b(?:led|headed|represented)\s+by\b|\b(?:delegation|team|side)\b[^.;]{0,80}?\b(?:included|includes|comprised|comprising)\b/i;

/** The people an article lists in each country's delegation, when it lists them in a sentence about a delegation. */
function membersByCountry(doc: Doc): Map<string, Actor[]> {
  const out = new Map<string, Actor[]>();
  const sentences = sentencesOf(doc);
  for (const m of doc.mentions) {
    if (m.type !== 'person' || !m.country || !m.entityId) continue;
    const sentence = sentences.find((x) => x.start <= m.range.start && m.range.start < x.end);
    if (!sentence) continue;
    const head = doc.text.slice(sentence.start, m.range.start);
    if (!LISTED_IN.test(head)) continue;
    // (Only people listed after the delegation's verb, not a speaker reporting it.)
    if (/\b(?:said|says|told)\b/i.test(head)) continue;
    const list = out.get(m.country) ?? [];
    if (!list.some((a) => a.entityId === m.entityId)) list.push({ kind: 'person', name: m.name, country: m.country, entityId: m.entityId, ...(m.role ? { role: m.role } : {}) });
    out.set(m.country, list);
  }
  return out;
}

function headsByCountry(doc: Doc): Map<string, Actor> {
  const found = new Map<string, Map<string, Mention>>();
  for (const m of doc.mentions) {
    if (m.type !== 'person' || !m.country || !m.entityId) continue;
    const before = doc.text.slice(Math.max(0, m.range.start - 60), m.range.start);
    const after = doc.text.slice(m.range.end, m.range.end + 60);
    // (A title such as "envoy" alone does not make its holder the head of a side: envoys also talk on tracks of their own.)
    const heads = LED_BY_BEFORE.test(before) || AS_HEAD_AFTER.test(after);
    if (!heads) continue;
    const byId = found.get(m.country) ?? new Map<string, Mention>();
    byId.set(m.entityId, m);
    found.set(m.country, byId);
  }
  const out = new Map<string, Actor>();
  for (const [country, byId] of found) {
    if (byId.size !== 1) continue;
    const m = [...byId.values()][0]!;
    out.set(country, { kind: 'person', name: m.name, country, entityId: m.entityId!, ...(m.role ? { role: m.role } : {}) });
  }
  return out;
}
