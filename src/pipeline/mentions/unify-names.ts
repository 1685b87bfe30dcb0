/**
 * Refiner: mentions of the same person share what any of them learned — the
 * country and role from "Kenyan Defence Minister Peter Kamau" carry over
 * to a later "Peter Kamau said".
 */
import type { Mention } from '../../core/types.js';

export function unifyPersonNames(mentions: readonly Mention[]): Mention[] {
  const best = new Map<string, { country?: string; role?: string; entityId?: string }>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const key = m.name.toLowerCase();
    const b = best.get(key) ?? {};
    best.set(key, { country: b.country ?? m.country, role: b.role ?? m.role, entityId: b.entityId ?? m.entityId });
  }
  return mentions.map((m) => {
    if (m.type !== 'person') return m;
    const b = best.get(m.name.toLowerCase())!;
    return { ...m, country: m.country ?? b.country, role: m.role ?? b.role, entityId: m.entityId ?? b.entityId };
  });
}
