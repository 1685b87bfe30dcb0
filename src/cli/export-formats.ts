import countries from 'i18n-iso-countries';
import type { ActorNetwork, CanonicalEvent } from '../store/types.js';
import { csvLine } from './query-output.js';

/*
 * The export formats of `readout export`: PLOVER-style dyadic event records,
 * a flat CSV of events, and the actor network as GraphML.
 */

const iso3 = (cc: string | undefined): string | null => (cc ? countries.alpha2ToAlpha3(cc) ?? cc : null);

/** PLOVER event type and mode: meetings are CONSULT (visit, phone, multilateral, meet), planned ones AGREE, signings SUPPORT. */
export function ploverTypeOf(e: CanonicalEvent): { event: string; mode: string | null } {
  if (e.kind === 'signing') return { event: 'SUPPORT', mode: 'sign' };
  if (e.status === 'planned' || e.status === 'postponed') return { event: 'AGREE', mode: 'consult' };
  if (e.kind === 'call') return { event: 'CONSULT', mode: 'phone' };
  if (e.kind === 'visit') return { event: 'CONSULT', mode: 'visit' };
  if (e.kind === 'summit' || e.countries.length > 2) return { event: 'CONSULT', mode: 'multilateral' };
  return { event: 'CONSULT', mode: 'meet' };
}

interface Side { code: string | null; names: string[] }

/** The dyads of an event: each pair of participating countries, the visitor first for visits. */
function dyadsOf(e: CanonicalEvent): [Side, Side | null][] {
  const byCountry = new Map<string, string[]>();
  for (const p of e.participants) {
    if (!p.country) continue;
    const names = byCountry.get(p.country) ?? [];
    if (p.kind !== 'country') names.push(p.name);
    byCountry.set(p.country, names);
  }
  let ccs = [...byCountry.keys()].sort();
  const host = e.sources.find((s) => s.host)?.host;
  if (e.kind === 'visit' && host && ccs.includes(host)) ccs = [...ccs.filter((c) => c !== host), host];
  const side = (cc: string): Side => ({ code: iso3(cc), names: byCountry.get(cc) ?? [] });
  if (ccs.length < 2) return ccs.length ? [[side(ccs[0]!), null]] : [];
  const out: [Side, Side | null][] = [];
  for (let i = 0; i < ccs.length; i++) for (let j = i + 1; j < ccs.length; j++) out.push([side(ccs[i]!), side(ccs[j]!)]);
  return out;
}

/** PLOVER-style records of one canonical event (one per country dyad). */
export function ploverRecords(e: CanonicalEvent): object[] {
  const { event, mode } = ploverTypeOf(e);
  const first = e.sources[0];
  return dyadsOf(e).map(([actor, recipient], i) => ({
    id: `${e.id}-${i + 1}`,
    date: e.date,
    event,
    mode,
    context: e.occasion ? [e.occasion.name] : [],
    actor: actor.code,
    actor_names: actor.names,
    recipient: recipient?.code ?? null,
    recipient_names: recipient?.names ?? [],
    event_loc: e.location ? {
      name: e.location.name, country: iso3(e.location.country), lat: e.location.lat ?? null, lon: e.location.lon ?? null,
    } : null,
    text_info: {
      headline: first?.title ?? null,
      sentences: e.sources.flatMap((s) => s.evidenceText).slice(0, 5),
      pubdate: first?.published ?? null,
    },
    cite_info: {
      sources: e.sources.map((s) => ({ article: s.articleId, url: s.url ?? null, published: s.published, date_given: s.date })),
      agreement: { date: `${e.agreement.date.agree.length}/${e.agreement.date.of}`, location: `${e.agreement.location.agree.length}/${e.agreement.location.of}` },
    },
    readout: { event_id: e.id, kind: e.kind, status: e.status, date_end: e.date_end ?? null },
  }));
}

export const EVENT_CSV_HEADER = ['id', 'date', 'date_end', 'kind', 'status', 'countries', 'participants', 'location', 'location_country',
  'lat', 'lon', 'occasion', 'sources', 'articles', 'date_agree', 'conflicts'];

/** One CSV line of a canonical event. */
export function eventCsvLine(e: CanonicalEvent): string {
  const conflicts = Object.entries(e.agreement).flatMap(([field, a]) =>
    a.conflicts.map((c: { value: unknown; sources: string[] }) => `${field}=${typeof c.value === 'object' && c.value ? (c.value as { name: string }).name : String(c.value)} (${c.sources.join(' ')})`));
  return csvLine([
    e.id, e.date, e.date_end, e.kind, e.status, e.countries.join(' '), e.participants.map((p) => p.name).join('; '),
    e.location?.name, e.location?.country, e.location?.lat, e.location?.lon, e.occasion?.name, e.sources.length,
    e.sources.map((s) => s.articleId).join(' '), `${e.agreement.date.agree.length}/${e.agreement.date.of}`, conflicts.join('; '),
  ]);
}

const xml = (s: string): string => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** The actor network as GraphML: actors as nodes (name, kind, country, events), shared events as weighted edges. */
export function networkGraphml(net: ActorNetwork): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="country" for="node" attr.name="country" attr.type="string"/>',
    '  <key id="events" for="node" attr.name="events" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <graph id="readout" edgedefault="undirected">',
  ];
  for (const n of net.nodes) {
    lines.push(`    <node id="${xml(n.id)}"><data key="name">${xml(n.name)}</data><data key="kind">${n.kind}</data>`
      + `${n.country ? `<data key="country">${n.country}</data>` : ''}<data key="events">${n.events}</data></node>`);
  }
  net.edges.forEach((e, i) => lines.push(`    <edge id="e${i + 1}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="weight">${e.weight}</data></edge>`));
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
