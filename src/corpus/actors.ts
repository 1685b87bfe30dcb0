import type { RecordActor } from '../core/record.js';
import { normalizeName, slugOf } from './names.js';
import type { ActorKind, ActorRef } from './types.js';

/** Kind of a knowledge-base id by its prefix (`person:...`, `org:...`, `country:..`). */
function kindOfEntityId(id: string): ActorKind | null {
  if (id.startsWith('person:')) return 'person';
  if (id.startsWith('org:')) return 'organization';
  if (id.startsWith('country:')) return 'country';
  return null;
}

/** Canonical id of an actor that is not in the knowledge base: kind, country and normalised name. */
export function unknownActorId(kind: ActorKind, name: string, country?: string): string {
  return `${kind}~${(country ?? 'xx').toLowerCase()}~${slugOf(name)}`;
}

export const countryActorId = (code: string): string => `country:${code.toUpperCase()}`;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** English name of a country code ("RU" → "Russia"), the code itself when unknown. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/**
 * The canonical actor of a participant or speaker: one per knowledge-base
 * entity, one per country, and for unknown people or bodies one per
 * normalised name and country. `organizationNames` (normalised) says which
 * unnamed-by-id names the article knows as organizations.
 */
export function actorRefOf(actor: RecordActor, organizationNames: ReadonlySet<string> = new Set()): ActorRef | null {
  const country = actor.country ? actor.country.toUpperCase() : undefined;
  if (actor.id) {
    const kind = kindOfEntityId(actor.id);
    if (kind === 'country') {
      const code = actor.id.slice('country:'.length).toUpperCase();
      return { id: countryActorId(code), kind, name: actor.name ?? countryName(code), country: code };
    }
    if (kind) return { id: actor.id, kind, name: actor.name ?? actor.id, ...(country ? { country } : {}) };
  }
  const name = actor.name?.trim();
  if (name) {
    const kind: ActorKind = organizationNames.has(normalizeName(name)) ? 'organization' : 'person';
    if (actor.id) return { id: actor.id, kind, name, ...(country ? { country } : {}) };
    return { id: unknownActorId(kind, name, country), kind, name, ...(country ? { country } : {}) };
  }
  if (country) return { id: countryActorId(country), kind: 'country', name: countryName(country), country };
  return null;
}
