import type { Store } from '../../src/store/types.js';

/*
 * Canonical events in a form two stores can be compared by: everything but
 * the event id (named after whichever report founded the cluster, which
 * depends on who got there first), sources as their report ids.
 */
export async function canonicalEvents(store: Store): Promise<string[]> {
  const out: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await store.listEvents({}, { limit: 500, offset, order: 'asc' });
    for (const { id: _id, sources, agreement, ...rest } of page.items) {
      const sorted = Object.fromEntries(Object.entries(agreement).map(([k, a]) => [k, {
        ...a, agree: [...a.agree].sort(),
        conflicts: a.conflicts.map((c: { value: unknown; sources: string[] }) => ({ ...c, sources: [...c.sources].sort() })),
      }]));
      out.push(JSON.stringify({ ...rest, agreement: sorted, sources: sources.map((s) => s.reportId).sort() }));
    }
    if (page.items.length < 500) break;
  }
  return out.sort();
}
