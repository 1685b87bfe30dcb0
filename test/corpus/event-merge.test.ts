import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorRefOf, countryActorId, unknownActorId } from '../../src/corpus/actors.js';
import { canonicalValues } from '../../src/corpus/canonical.js';
import { dateInterval, datesAgree } from '../../src/corpus/dates.js';
import { chooseCluster, matchScore } from '../../src/corpus/event-merge.js';
import type { ActorRef, MergeReport } from '../../src/corpus/types.js';

const person = (id: string, country: string): ActorRef => ({ id: `person:${id}`, kind: 'person', name: id, country });
const country = (cc: string): ActorRef => ({ id: countryActorId(cc), kind: 'country', name: cc, country: cc });
const WITKOFF = person('steve-witkoff', 'US');
const KUSHNER = person('jared-kushner', 'US');
const UMEROV = person('rustem-umerov', 'UA');
const MEDINSKY = person('vladimir-medinsky', 'RU');
const WANG = person('wang-yi', 'CN');
const LAVROV = person('sergey-lavrov', 'RU');
const XI = person('xi-jinping', 'CN');
const PUTIN = person('vladimir-putin', 'RU');
const GENEVA = { name: 'Geneva', country: 'CH' };

let n = 0;
function report(p: Partial<MergeReport>): MergeReport {
  n += 1;
  return { reportId: `r${n}`, articleId: p.articleId ?? `a${n}`, published: null, kind: 'meeting', status: 'occurred', date: null, location: null, occasion: null, actors: [], ...p };
}

describe('dates', () => {
  it('reads partial dates as the days they cover', () => {
    assert.deepEqual(dateInterval('2024')!.map((d) => new Date(d * 864e5).toISOString().slice(0, 10)), ['2024-01-01', '2024-12-31']);
    assert.deepEqual(dateInterval('2024-02')!.map((d) => new Date(d * 864e5).toISOString().slice(0, 10)), ['2024-02-01', '2024-02-29']);
    assert.equal(dateInterval('July 2024'), null);
    assert.equal(dateInterval(null), null);
  });
  it('lets partial dates agree with full ones, and nothing else', () => {
    assert.equal(datesAgree('2022', '2022-07-28'), true);
    assert.equal(datesAgree('2022-07', '2022-07-28'), true);
    assert.equal(datesAgree('2022-07', '2022-08-01'), false);
    assert.equal(datesAgree('2022-07-28', '2022-07-29'), false);
    assert.equal(datesAgree('2021', '2022'), false);
  });
});

describe('actors', () => {
  it('keys knowledge-base people by id, countries by code, unknown people by name and country', () => {
    assert.equal(actorRefOf({ name: 'Sergei Lavrov', id: 'person:sergey-lavrov', country: 'RU' })!.id, 'person:sergey-lavrov');
    assert.deepEqual(actorRefOf({ country: 'ru' }), { id: 'country:RU', kind: 'country', name: 'Russia', country: 'RU' });
    assert.equal(actorRefOf({ name: 'Iván  Petrov', country: 'RU' })!.id, unknownActorId('person', 'Ivan Petrov', 'RU'));
    assert.notEqual(actorRefOf({ name: 'Ivan Petrov', country: 'BG' })!.id, actorRefOf({ name: 'Ivan Petrov', country: 'RU' })!.id);
    assert.equal(actorRefOf({ name: 'Foreign Ministry', country: 'RU' }, new Set(['foreign ministry']))!.kind, 'organization');
    assert.equal(actorRefOf({}), null);
  });
});

describe('merge rules', () => {
  const tashkent = report({ participants: undefined, actors: [WANG, LAVROV], date: '2022-07-28', location: { name: 'Tashkent', country: 'UZ' } } as Partial<MergeReport>);

  it('joins a year-only report of the same pair and place', () => {
    const r = report({ actors: [LAVROV, WANG], date: '2022', location: { name: 'Tashkent', country: 'UZ' } });
    assert.equal(chooseCluster(r, [{ eventId: 'E1', reports: [tashkent] }]), 'E1');
  });

  it('keeps apart: another year, another city, another pair, another kind group', () => {
    const cands = [{ eventId: 'E1', reports: [tashkent] }];
    assert.equal(chooseCluster(report({ actors: [WANG, LAVROV], date: '2023' }), cands), null);
    assert.equal(chooseCluster(report({ actors: [WANG, LAVROV], date: '2022-07-28', location: { name: 'Moscow', country: 'RU' } }), cands), null);
    assert.equal(chooseCluster(report({ actors: [XI, PUTIN], date: '2022-07-28' }), cands), null, 'same countries, other people');
    assert.equal(chooseCluster(report({ kind: 'signing', actors: [WANG, LAVROV], date: '2022-07-28' }), cands), null);
    assert.equal(chooseCluster(report({ actors: [WANG, LAVROV], date: '2022-07-28', occasion: { name: 'BRICS', id: 'org:brics' } }),
      [{ eventId: 'E2', reports: [{ ...tashkent, occasion: { name: 'SCO', id: 'org:sco' } }] }]), null, 'different known occasions');
  });

  it('treats meeting, visit and call as one kind group, and ignores status', () => {
    const cands = [{ eventId: 'E1', reports: [tashkent] }];
    assert.equal(chooseCluster(report({ kind: 'visit', status: 'planned', actors: [LAVROV, WANG], date: '2022-07-28' }), cands), 'E1');
  });

  it('matches people against countries only where a side names no one', () => {
    const people = report({ actors: [WITKOFF, KUSHNER, UMEROV, MEDINSKY], date: '2026-02-17', location: GENEVA, status: 'planned' });
    const countries = report({ actors: [country('UA'), country('RU'), country('US')], date: '2026-02-18', location: GENEVA });
    assert.ok(matchScore(countries, [people]) > 0, 'a two-day talk reported by its second day');
    const undated = report({ actors: [MEDINSKY, UMEROV, WITKOFF], date: null, published: '2026-02-18', location: GENEVA });
    assert.ok(matchScore(undated, [people, countries]) > 0);
    const threeDaysLater = report({ actors: [country('UA'), country('RU'), country('US')], date: '2026-02-21', location: GENEVA });
    assert.equal(matchScore(threeDaysLater, [people]), 0);
  });

  it('merges a report with no date and no publication date only at the same place', () => {
    const dated = report({ actors: [WANG, LAVROV], date: '2022-07-28', location: { name: 'Tashkent', country: 'UZ' } });
    assert.equal(matchScore(report({ actors: [WANG, LAVROV] }), [dated]), 0);
    assert.ok(matchScore(report({ actors: [WANG, LAVROV], location: { name: 'Tashkent', country: 'UZ' } }), [dated]) > 0);
  });

  it('keeps apart two meetings that share one person but name different others', () => {
    const trump = person('donald-trump', 'US');
    const moon = report({ actors: [trump, person('moon-jae-in', 'KR')], date: '2017-06-30', location: { name: 'Washington', country: 'US' } });
    assert.equal(matchScore(report({ actors: [trump, person('benjamin-netanyahu', 'IL')], date: '2017-06', location: { name: 'Washington', country: 'US' } }), [moon]), 0);
    assert.ok(matchScore(report({ actors: [trump], date: '2017-06-30', location: { name: 'Washington', country: 'US' } }), [moon]) > 0, 'a report naming only Trump');
    const us = report({ actors: [country('US'), country('IR')], date: '2026-02-17' });
    assert.equal(matchScore(report({ actors: [country('US'), country('IT'), country('CH')], date: '2026-02-17' }), [us]), 0);
  });

  it('needs the place, occasion or day to agree when only one person is shared', () => {
    const trump = person('donald-trump', 'US');
    const call = report({ kind: 'meeting', actors: [trump, person('tsai-ing-wen', 'TW')], date: '2016-12-02' });
    assert.equal(matchScore(report({ kind: 'meeting', status: 'planned', actors: [trump], date: '2016-12' }), [call]), 0);
    assert.ok(matchScore(report({ kind: 'meeting', actors: [trump], date: '2016-12-02' }), [call]) > 0);
  });

  it('never makes a call and a visit one event', () => {
    const visit = report({ kind: 'visit', actors: [WANG, LAVROV], date: '2022-07-28' });
    assert.equal(matchScore(report({ kind: 'call', actors: [WANG, LAVROV], date: '2022-07-28' }), [visit]), 0);
  });

  it('needs two shared countries when a side names only countries', () => {
    const erdogan = report({ kind: 'visit', actors: [person('recep-tayyip-erdogan', 'TR')], date: '2017-12-08', location: { name: 'Komotini', country: 'GR' } });
    assert.equal(matchScore(report({ actors: [country('RU'), country('IR'), country('TR')], date: '2017-12' }), [erdogan]), 0);
  });

  it('does not merge undated summits only because they met in the same city', () => {
    const a = report({ kind: 'summit', location: { name: 'Brussels', country: 'BE' } });
    assert.equal(matchScore(report({ kind: 'summit', location: { name: 'Brussels', country: 'BE' } }), [a]), 0);
    const eu = report({ kind: 'summit', location: { name: 'Brussels', country: 'BE' }, occasion: { name: 'European Council', id: 'org:eu-council' } });
    assert.ok(matchScore(report({ kind: 'summit', location: { name: 'Brussels', country: 'BE' }, occasion: { name: 'European Council', id: 'org:eu-council' } }), [eu]) > 0);
  });

  it('needs more than one shared participant of a large group', () => {
    const big = report({ actors: ['a', 'b', 'c', 'd'].map((x) => person(x, 'US')), date: '2024-05-01' });
    assert.equal(matchScore(report({ actors: [person('a', 'US'), person('x', 'FR'), person('y', 'DE')], date: '2024-05-01' }), [big]), 0);
    assert.ok(matchScore(report({ actors: [person('a', 'US'), person('b', 'US'), person('y', 'DE')], date: '2024-05-01' }), [big]) > 0);
  });

  it('matches summits by occasion or place when no participants are named', () => {
    const summit = report({ kind: 'summit', actors: [], date: '2024-10-22', location: { name: 'Kazan', country: 'RU' }, occasion: { name: 'BRICS summit', id: 'org:brics' } });
    assert.equal(chooseCluster(report({ kind: 'summit', date: '2024-10', occasion: { name: 'BRICS', id: 'org:brics' } }), [{ eventId: 'S', reports: [summit] }]), 'S');
    assert.equal(chooseCluster(report({ kind: 'summit', date: '2024-10' }), [{ eventId: 'S', reports: [summit] }]), null);
  });

  it('chooses the closest of several compatible clusters', () => {
    const july = report({ actors: [WANG, LAVROV], date: '2022-07-28' });
    const sept = report({ actors: [WANG, LAVROV], date: '2022-09-21' });
    const r = report({ actors: [WANG, LAVROV], date: '2022-09-21' });
    assert.equal(chooseCluster(r, [{ eventId: 'A', reports: [july] }, { eventId: 'B', reports: [sept] }]), 'B');
  });

  it('does not let a vague report chain two dated events', () => {
    const july = report({ actors: [WANG, LAVROV], date: '2022-07-28' });
    const vague = report({ actors: [WANG, LAVROV], date: '2022' });
    assert.ok(matchScore(vague, [july]) > 0);
    assert.equal(matchScore(report({ actors: [WANG, LAVROV], date: '2022-09-21' }), [july, vague]), 0, 'September fits the vague report, not July');
  });
});

describe('canonical values', () => {
  it('takes the most specific agreed date and says who agrees', () => {
    const a = report({ articleId: 'A', actors: [WANG, LAVROV], date: '2022-07-28' });
    const b = report({ articleId: 'B', actors: [WANG, LAVROV], date: '2022' });
    const c = canonicalValues([a, b]);
    assert.equal(c.date, '2022-07-28');
    assert.deepEqual(c.agreement.date, { value: '2022-07-28', agree: ['A', 'B'], of: 2, conflicts: [] });
  });

  it('keeps conflicting dates and places as conflicts', () => {
    const a = report({ articleId: 'A', actors: [WANG, LAVROV], date: '2022-07-28', location: { name: 'Tashkent', country: 'UZ' } });
    const b = report({ articleId: 'B', actors: [WANG, LAVROV], date: '2022-07-28', location: { name: 'Tashkent', country: 'UZ' } });
    const c = report({ articleId: 'C', actors: [WANG, LAVROV], date: '2022-06', location: { name: 'Samarkand', country: 'UZ' } });
    const v = canonicalValues([a, b, c]);
    assert.equal(v.date, '2022-07-28');
    assert.deepEqual(v.agreement.date.conflicts, [{ value: '2022-06', sources: ['C'] }]);
    assert.equal(v.location?.name, 'Tashkent');
    assert.deepEqual(v.agreement.location.agree, ['A', 'B']);
    assert.deepEqual(v.agreement.location.conflicts.map((x) => x.value?.name), ['Samarkand']);
  });

  it('spans two-day talks reported day by day', () => {
    const v = canonicalValues([
      report({ articleId: 'A', date: '2026-02-17', published: '2026-02-16', status: 'planned', actors: [WITKOFF, UMEROV, MEDINSKY] }),
      report({ articleId: 'B', date: '2026-02-18', published: '2026-02-20', actors: [country('US'), country('UA'), country('RU')] }),
    ]);
    assert.equal(v.date, '2026-02-17');
    assert.equal(v.date_end, '2026-02-18');
    assert.deepEqual(v.agreement.date.agree, ['A', 'B']);
    assert.equal(v.status, 'occurred', 'the later article decides');
    assert.deepEqual(v.agreement.status.conflicts, [{ value: 'planned', sources: ['A'] }]);
    assert.deepEqual(v.countries, ['RU', 'UA', 'US']);
  });

  it('counts how many sources name each participant', () => {
    const v = canonicalValues([
      report({ articleId: 'A', actors: [WANG, LAVROV] }),
      report({ articleId: 'B', actors: [LAVROV] }),
    ]);
    assert.deepEqual(v.participants.map((p) => [p.id, p.sources]), [['person:sergey-lavrov', 2], ['person:wang-yi', 1]]);
  });
});
