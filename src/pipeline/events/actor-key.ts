import type { Actor } from '../../core/types.js';

/** One key per party, to compare events' parties: a person by the base's id (else the name), a state by its code. */
export const actorKey = (a: Actor): string => (a.kind === 'person' ? `p:${a.entityId ?? a.name?.toLowerCase()}` : `c:${a.country}`);
