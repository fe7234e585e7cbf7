import { isValidDate, addMonths } from '../src/core/dates';
import { validateProgramme, validateRecord } from '../src/core/validate';
import { loadProgramme, loadRecord } from '../src/load';
import { duMini, mastereMini } from './cases/programmes';
import type { ProgrammeT } from '../src/schema/programme';
import type { RecordT } from '../src/schema/record';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const codes = (errs: { code: string; path: string }[]) => errs.map((e) => `${e.code} ${e.path}`);
const p1 = (p: unknown) => validateProgramme(p as ProgrammeT);

describe('dates', () => {
  test.each([
    ['2029-02-30', false], ['2029-02-28', true], ['2028-02-29', true], ['2100-02-29', false], ['2000-02-29', true],
    ['2026-04-31', false], ['2026-13-01', false], ['2026-00-10', false], ['2026-1-01', false], ['2026-01-0a', false], ['2026-12-31', true],
  ])('%s valid=%s', (d, ok) => expect(isValidDate(d)).toBe(ok));
  test.each([['2026-03-30', 36, '2029-03-30'], ['2026-03-31', 11, '2027-02-29'.replace('29', '28')], ['2027-08-31', 6, '2028-02-29'], ['2026-01-15', 0, '2026-01-15']])(
    '%s + %d months = %s', (d, m, want) => expect(addMonths(d, m)).toBe(want));
});

describe('programme semantic validation', () => {
  test('the seed\'s « 30 février 2029 » is rejected at /validTo', () => {
    const p = { ...clone(duMini), validTo: '2029-02-30' };
    expect(validateProgramme(p)).toEqual([{ code: 'invalid_date', path: '/validTo', params: { value: '2029-02-30' } }]);
  });
  test('every error is listed, by path', () => {
    const p = clone(mastereMini) as ProgrammeT;
    p.validFrom = '2026-02-31';
    (p.units[1] as ProgrammeT['units'][number]).id = 'uef1';
    (p.units[2] as any).requirements[0].n = 3;
    (p.units[0] as any).requirements[0].components[0].weight = 70;
    (p.units[5] as any).prerequisites = ['uef1', 'nope'];
    p.attendance = [...(p.attendance ?? []), { ...(p.attendance ?? [])[0]!, targets: ['ghost'] }];
    expect(codes(validateProgramme(p))).toEqual(expect.arrayContaining([
      'invalid_date /validFrom', 'duplicate_id /units/1/id', 'n_of_exceeds_options /units/2/requirements/0/n',
      'weights_not_100 /units/0/requirements/0/components', 'dangling_reference /units/5/prerequisites/1',
      'duplicate_id /attendance/2/id', 'dangling_reference /attendance/2/targets/0',
    ]));
  });
  test('parent cycles and self-prerequisites are rejected', () => {
    const p = clone(duMini) as any;
    p.units[0].parent = 'donnees.n1';
    p.units[8].prerequisites = ['portfolio'];
    expect(codes(validateProgramme(p))).toEqual(expect.arrayContaining(['parent_cycle /units/0/parent', 'prerequisite_cycle /units/8/prerequisites/0']));
  });
  test('prerequisite cycles of any length are rejected once, with the cycle path', () => {
    const p = clone(mastereMini) as any;
    const at = (id: string) => p.units.findIndex((u: { id: string }) => u.id === id);
    // uef1 → uef2 → memoire → uef1 (memoire already needs uef1, uef2, transversal).
    p.units[at('uef1')].prerequisites = ['uef2'];
    p.units[at('uef2')].prerequisites = ['memoire'];
    const errors = validateProgramme(p).filter((e) => e.code === 'prerequisite_cycle');
    // Two distinct cycles (memoire also needs uef2 directly), each reported once, at its first unit.
    expect(errors).toEqual([
      { code: 'prerequisite_cycle', path: `/units/${at('uef1')}/prerequisites/0`, params: { id: 'uef1', cycle: 'uef1 → uef2 → memoire → uef1' } },
      { code: 'prerequisite_cycle', path: `/units/${at('uef2')}/prerequisites/0`, params: { id: 'uef2', cycle: 'uef2 → memoire → uef2' } },
    ]);
    // Two units needing each other.
    const q = clone(mastereMini) as any;
    q.units[at('uef2')].prerequisites = ['anglais', 'memoire'];
    expect(validateProgramme(q).filter((e) => e.code === 'prerequisite_cycle'))
      .toEqual([{ code: 'prerequisite_cycle', path: `/units/${at('uef2')}/prerequisites/1`, params: { id: 'uef2', cycle: 'uef2 → memoire → uef2' } }]);
    // A diamond (two paths to the same prerequisite) is not a cycle.
    const d = clone(mastereMini) as any;
    d.units[at('uef2')].prerequisites = ['uef1'];
    d.units[at('anglais')].prerequisites = ['uef1', 'uef2'];
    expect(validateProgramme(d)).toEqual([]);
  });
  test('session dates in the wrong order and pass marks above the scale', () => {
    const p = clone(mastereMini) as any;
    p.workshopSessions = [{ id: 's', title: 'S', from: '2027-01-10', to: '2027-01-01' }];
    p.units[0].requirements[0].passMark = 25;
    expect(codes(validateProgramme(p))).toEqual(['pass_mark_above_scale /units/0/requirements/0/passMark', 'date_order /workshopSessions/0/to']);
  });
  test('a jury asking for member reviews needs a president for the final decision', () => {
    const p = clone(mastereMini) as any;
    const i = p.units.findIndex((u: any) => u.requirements.some((r: any) => r.kind === 'jury'));
    const j = p.units[i].requirements.findIndex((r: any) => r.kind === 'jury');
    p.units[i].requirements[j].memberReviews = 2;
    expect(validateProgramme(p)).toEqual([{ code: 'member_reviews_without_president',
      path: `/units/${i}/requirements/${j}/memberReviews`, params: { memberReviews: 2 } }]);
    p.units[i].requirements[j].finalDecision = 'president';
    expect(validateProgramme(p)).toEqual([]);
    p.units[i].requirements[j].finalDecision = 'chair';
    const r = loadProgramme(p);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.path)).toContain(`/units/${i}/requirements/${j}/finalDecision`);
    }
  });
  test('structure errors come from the generated JSON Schema and name the field', () => {
    const p = clone(duMini) as any;
    delete p.units[1].title;
    p.units[2].requirements[0].kind = 'magic';
    const r = loadProgramme(p);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['/units/1/title']));
      expect(r.errors.some((e) => e.path.startsWith('/units/2/requirements/0'))).toBe(true);
    }
  });
});

describe('English titles of levels and référentiel items', () => {
  const withTitles = () => {
    const p = clone(duMini) as any;
    p.levels[0].titleEn = 'Beginner';
    p.levels[1].titleEn = null;
    p.referentials = [{ id: 'dns', title: 'Socle DNS', version: '2022', items: [
      { id: 'd1', kind: 'domain', title: 'Données de santé', titleEn: 'Health data' }, { id: 'c1', kind: 'competence', title: 'Protéger', parent: 'd1' }] }];
    return p;
  };
  test('optional, null or a non-empty string', () => expect(loadProgramme(withTitles())).toEqual({ ok: true, value: withTitles() }));
  test('an empty or non-string English title is rejected at its path', () => {
    const p = withTitles();
    p.levels[0].titleEn = '';
    p.referentials[0].items[1].titleEn = 5;
    const r = loadProgramme(p);
    expect(r.ok ? [] : [...new Set(r.errors.map((e) => e.path))]).toEqual(['/levels/0/titleEn', '/referentials/0/items/1/titleEn']);
  });
});

describe('record semantic validation', () => {
  test('dates, references, duplicates, grades', () => {
    const r = {
      learner: 'l', programme: { id: 'du-mini', version: '2' }, enrolment: { start: '2026-02-30' },
      placements: [{ id: 'p', unit: 'cyber.n2', basis: 'TOEIC', by: 'x', at: '2026-03-30' }],
      activities: [{ id: 'a', slot: 'ghost', completed: true, at: '2026-04-31' }, { id: 'a', slot: 'cyber.n1.q1', completed: true, grade: 12, max: 10, at: '2026-04-01' }],
      attestations: [{ id: 't', unit: 'cyber.n1', session: 's9', result: 'passed' as const, by: 'x', at: '2026-04-01' }],
      attendance: [{ id: 'ab', unit: 'cyber.n1', hoursAbsent: 9, hours: 7 }],
    };
    expect(codes(validateRecord(duMini, r))).toEqual([
      'version_mismatch /programme/version', 'invalid_date /enrolment/start', 'unknown_placement_basis /placements/0/basis',
      'duplicate_id /activities/1/id', 'dangling_reference /activities/0/slot', 'invalid_date /activities/0/at',
      'grade_above_max /activities/1/grade', 'absence_above_hours /attendance/0/hoursAbsent', 'dangling_reference /attestations/0/session',
    ]);
  });
});

describe('co-signature (issue 13)', () => {
  const withSigners = (n: unknown) => {
    const p = clone(duMini) as any;
    p.units[1].requirements[1].signers = n;
    return p;
  };
  test('signers is a whole number from 1 to 5, else signers_invalid at its path', () => {
    expect(p1(withSigners(2))).toEqual([]);
    expect(p1(withSigners(null))).toEqual([]);
    for (const n of [0, 6, 1.5]) {
      expect(validateProgramme(withSigners(n))).toEqual([{ code: 'signers_invalid', path: '/units/1/requirements/1/signers', params: { signers: n } }]);
    }
    const r = loadProgramme(withSigners('2'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain('/units/1/requirements/1/signers');
  });
  test('badges: levels only (badge_not_level), known units and référentiel items (dangling_reference), at their paths', () => {
    const withBadges = (badges: unknown) => ({ ...clone(duMini), badges,
      referentials: [{ id: 'r', title: 'R', version: '1', url: 'https://example.org/r', items: [{ id: 'r.1', kind: 'domain', title: 'Un' }] }] });
    expect(p1(withBadges(null))).toEqual([]);
    expect(p1(withBadges({}))).toEqual([]);
    expect(p1(withBadges({ units: ['donnees.n1', 'cyber.n3'], alignment: [{ unit: 'donnees.n1', items: ['r.1'] }] }))).toEqual([]);
    expect(p1(withBadges({ units: ['donnees', 'nope'], alignment: [{ unit: 'portfolio', items: ['r.1', 'r.9'] }] }))).toEqual([
      { code: 'badge_not_level', path: '/badges/units/0', params: { id: 'donnees', kind: 'domain' } },
      { code: 'dangling_reference', path: '/badges/units/1', params: { id: 'nope', kind: 'unit' } },
      { code: 'badge_not_level', path: '/badges/alignment/0/unit', params: { id: 'portfolio', kind: 'portfolio' } },
      { code: 'dangling_reference', path: '/badges/alignment/0/items/1', params: { id: 'r.9', kind: 'referential item' } },
    ]);
    const r = loadProgramme(withBadges({ units: 'donnees.n1' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain('/badges/units');
    const u = loadProgramme({ ...withBadges(null), referentials: [{ id: 'r', title: 'R', version: '1', url: 'not a url', items: [] }] });
    expect(u.ok).toBe(false);
  });
  test('a co-signature dated before its attestation is refused at its path; a bad date too', () => {
    const rec = (cosignatures: { by: string; at: string }[]): RecordT => ({ learner: 'l', programme: { id: 'du-mini', version: duMini.version }, enrolment: { start: '2026-03-30' },
      attestations: [{ id: 't1', unit: 'donnees.n1', session: 's1', result: 'passed', by: 'lead1', at: '2026-06-02', cosignatures }] });
    expect(codes(validateRecord(duMini, rec([{ by: 'lead2', at: '2026-06-02' }])))).toEqual([]);
    const errors = validateRecord(duMini, rec([{ by: 'lead2', at: '2026-06-01' }, { by: 'lead3', at: '2026-02-30' }]));
    expect(codes(errors)).toEqual(['cosigned_before_attestation /attestations/0/cosignatures/0/at', 'invalid_date /attestations/0/cosignatures/1/at']);
    expect(errors[0]!.params).toEqual({ at: '2026-06-01', attested: '2026-06-02' });
  });
});

describe('justified absences (issue 16)', () => {
  const rec = (attendance: object[]): RecordT => ({ learner: 'l', programme: { id: 'du-mini', version: duMini.version }, enrolment: { start: '2026-03-30' }, attendance: attendance as RecordT['attendance'] });
  test('hoursJustified above hoursAbsent is refused at its path, in both languages', () => {
    const errors = validateRecord(duMini, rec([{ id: 'ab', unit: 'cyber.n1', hoursAbsent: 2, hoursJustified: 3, hours: 7 }]));
    expect(codes(errors)).toEqual(['justified_above_absence /attendance/0/hoursJustified']);
    expect(errors[0]!.params).toEqual({ justified: 3, absent: 2 });
  });
  test('hoursJustified finer than a minute is refused; up to hoursAbsent is accepted', () => {
    expect(codes(validateRecord(duMini, rec([{ id: 'ab', unit: 'cyber.n1', hoursAbsent: 2, hoursJustified: 0.001 }])))).toEqual(['too_many_decimals /attendance/0/hoursJustified']);
    expect(codes(validateRecord(duMini, rec([{ id: 'ab', unit: 'cyber.n1', hoursAbsent: 2, hoursJustified: 2 }])))).toEqual([]);
  });
  test('the rule field is counted or not-counted, nothing else', () => {
    const p = clone(duMini) as any;
    p.attendance = [{ id: 'r', scope: 'each-unit', units: ['cyber.n1'], thresholdPercent: 20, strict: true, effect: 'bar-main-session', justified: 'not-counted' }];
    expect(loadProgramme(p).ok).toBe(true);
    p.attendance[0].justified = 'excused';
    const r = loadProgramme(p);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toContain('/attendance/0/justified');
  });
});

describe('jury criteria, programme codes and ECTS', () => {
  const withCriteria = () => {
    const p = clone(duMini) as any;
    p.codes = [{ system: 'ametys', code: 'LV5J2AUA' }];
    p.ects = 10;
    p.units[8].requirements[0].criteria = [{ id: 'c1', title: 'Preuves reliées aux compétences', titleEn: 'Evidence linked to competences' }, { id: 'c2', title: 'Réflexivité' }];
    return p;
  };
  test('criteria are accepted by the schema and the semantic checks', () => {
    const p = withCriteria();
    expect(loadProgramme(p).ok).toBe(true);
    const r = { learner: 'l', programme: { id: p.id, version: p.version }, enrolment: { start: '2026-03-30' },
      juryDecisions: [{ id: 'j', unit: 'portfolio', decision: 'accepted', by: 'jury', at: '2028-06-01', criteria: [{ criterion: 'c1', met: true }, { criterion: 'c2', met: true, comment: 'ok' }] }] };
    expect(loadRecord(p, r)).toEqual({ ok: true, value: r });
  });
  test('duplicate criteria and unknown reviewed criteria are named by path', () => {
    const p = withCriteria();
    p.units[8].requirements[0].criteria.push({ id: 'c1', title: 'Again' });
    expect(codes(validateProgramme(p))).toContain('duplicate_id /units/8/requirements/0/criteria/2/id');
    const q = withCriteria();
    const r = { learner: 'l', programme: { id: q.id, version: q.version }, enrolment: { start: '2026-03-30' },
      juryDecisions: [{ id: 'j', unit: 'portfolio', decision: 'accepted', by: 'jury', at: '2028-06-01', criteria: [{ criterion: 'c9', met: false }] }] };
    expect(codes(validateRecord(q, r as never))).toEqual(['dangling_reference /juryDecisions/0/criteria/0/criterion']);
  });
});
