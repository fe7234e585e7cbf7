// Table-driven cases, one or more per rule of the brief, worded after the seeds. Exported as data
// (programme, record, asOf, expected) so the PHP generator can turn them into conformance fixtures.
import type { ProgrammeT } from '../../src/schema/programme';
import type { RecordT } from '../../src/schema/record';
import type { ReasonCode, UnitState, VerdictCode } from '../../src/core/reasons';
import { duMini, mastereMini, cecMini } from './programmes';

export interface EngineCase {
  name: string;
  /** The seed sentence or brief rule the case checks. */
  rule: string;
  programme: ProgrammeT;
  record: RecordT;
  asOf: string;
  expected: {
    verdict: VerdictCode;
    units: { id: string; state: UnitState; reasons?: ReasonCode[] }[];
    next?: string | null;
  };
}

type Facts = Omit<RecordT, 'learner' | 'programme' | 'enrolment'>;
const rec = (p: ProgrammeT, start: string, facts: Facts = {}): RecordT => ({
  learner: 'learner-1', programme: { id: p.id, version: p.version }, enrolment: { start }, ...facts,
});
let n = 0;
const id = (prefix: string) => `${prefix}${++n}`;
const act = (slot: string, at = '2026-05-01', extra: object = {}) => ({ id: id('a'), slot, completed: true, passed: true, at, ...extra });
const att = (unit: string, result: 'passed' | 'failed' | 'absent' = 'passed', at = '2026-06-02', session = 's1') =>
  ({ id: id('t'), unit, session, result, by: 'enseignant.atelier', at });
/** Every online exercise and the workshop attestation of a DU level. */
const levelDone = (unit: string, at = '2026-06-02') => ({
  activities: (duMini.slots ?? []).filter((s) => s.unit === unit).map((s) => act(s.id, at)),
  attestations: [att(unit, 'passed', at)],
});
/** The programme asking `n` distinct signers of every workshop attestation (requirement field signers). */
const withSigners = (p: ProgrammeT, n: number): ProgrammeT => ({
  ...p, units: p.units.map((u) => ({ ...u, requirements: u.requirements.map((r) => (r.kind === 'attestation' ? { ...r, signers: n } : r)) })),
});
/** Facts whose attestations carry these co-signatures. */
const cosigned = (f: Facts, cosignatures: { by: string; at: string }[]): Facts => ({
  ...f, attestations: (f.attestations ?? []).map((a) => ({ ...a, cosignatures })),
});
const merge = (...fs: Facts[]): Facts => ({
  activities: fs.flatMap((f) => f.activities ?? []), attestations: fs.flatMap((f) => f.attestations ?? []),
  juryDecisions: fs.flatMap((f) => f.juryDecisions ?? []), exams: fs.flatMap((f) => f.exams ?? []),
  attendance: fs.flatMap((f) => f.attendance ?? []), placements: fs.flatMap((f) => f.placements ?? []),
  exemptions: fs.flatMap((f) => f.exemptions ?? []),
});
const allDu = (at = '2026-06-02') => merge(...['donnees', 'cyber'].flatMap((d) => [1, 2, 3].map((k) => levelDone(`${d}.n${k}`, at))));
const jury = (unit: string, decision: 'accepted' | 'rejected' | 'deferred', grade: number | null = null, at = '2028-06-01') =>
  ({ id: id('j'), unit, decision, grade, by: 'jury.certification', at });
const exam = (unit: string, component: string, session: 'main' | 'resit', grade: number, at = '2027-01-15') =>
  ({ id: id('x'), unit, component, session, grade, at });
const absent = (unit: string, hoursAbsent: number, hours: number | null = null) => ({ id: id('ab'), unit, hoursAbsent, hours });
const justifiedAbsent = (unit: string, hoursAbsent: number, hoursJustified: number) => ({ id: id('ab'), unit, hoursAbsent, hoursJustified });
/** The programme with every attendance rule's justified field set. */
const withJustified = (p: ProgrammeT, justified: 'counted' | 'not-counted'): ProgrammeT =>
  ({ ...p, id: p.id, attendance: (p.attendance ?? []).map((r) => ({ ...r, justified })) });
const modulePass = (unit: string, e = 12, c = 11, at = '2027-01-15') => [exam(unit, 'ecrit', 'main', e, at), exam(unit, 'cc', 'main', c, at)];

const DU = '2026-03-30';
export const cases: EngineCase[] = [
  // --- DU CNS: level gating (003: « Il est nécessaire de valider un niveau pour passer au suivant »)
  { name: 'du: new learner sees Débutant open, upper levels locked', rule: '003 level gating', programme: duMini,
    record: rec(duMini, DU), asOf: '2026-04-15',
    expected: { verdict: 'not_started', next: 'donnees.n1', units: [
      { id: 'donnees.n1', state: 'open', reasons: ['activities_pending', 'attestation_missing'] },
      { id: 'donnees.n2', state: 'locked', reasons: ['locked_by_level'] },
      { id: 'donnees.n3', state: 'locked', reasons: ['locked_by_level'] },
      { id: 'cyber.n1', state: 'open' }, { id: 'portfolio', state: 'open', reasons: ['jury_pending'] }] } },
  { name: 'du: exercises passed without workshop attestation keep the level in progress', rule: '003 « La validation du bloc complet a lieu en présentiel durant un atelier dédié »',
    programme: duMini, record: rec(duMini, DU, { activities: levelDone('donnees.n1').activities }), asOf: '2026-07-01',
    expected: { verdict: 'in_progress', units: [
      { id: 'donnees.n1', state: 'in_progress', reasons: ['activities_met', 'attestation_missing'] },
      { id: 'donnees.n2', state: 'locked', reasons: ['locked_by_level'] }] } },
  { name: 'du: exercises and attestation validate Débutant and open Intermédiaire', rule: '003 level gating; 001 attestations de réussite',
    programme: duMini, record: rec(duMini, DU, levelDone('donnees.n1')), asOf: '2026-07-01',
    expected: { verdict: 'in_progress', units: [
      { id: 'donnees.n1', state: 'validated', reasons: ['activities_met', 'attestation_passed'] },
      { id: 'donnees.n2', state: 'open' }, { id: 'donnees.n3', state: 'locked', reasons: ['locked_by_level'] },
      { id: 'donnees', state: 'in_progress', reasons: ['children_pending'] }] } },
  { name: 'du: a failed workshop is reported, the level stays in progress', rule: 'brief §3 teachers attest presence and success',
    programme: duMini, record: rec(duMini, DU, { activities: levelDone('donnees.n1').activities, attestations: [att('donnees.n1', 'failed')] }), asOf: '2026-07-01',
    expected: { verdict: 'in_progress', units: [{ id: 'donnees.n1', state: 'in_progress', reasons: ['activities_met', 'attestation_not_passed'] }] } },
  { name: 'du: absent at the workshop is reported', rule: 'brief §3 teachers attest presence',
    programme: duMini, record: rec(duMini, DU, { attestations: [att('cyber.n1', 'absent')] }), asOf: '2026-07-01',
    expected: { verdict: 'in_progress', units: [{ id: 'cyber.n1', state: 'in_progress', reasons: ['activities_pending', 'attestation_not_passed'] }] } },
  { name: 'du: facts on Intermédiaire do not open it while Débutant is not validated', rule: 'brief §5.2 a locked level stays locked',
    programme: duMini, record: rec(duMini, DU, levelDone('donnees.n2')), asOf: '2026-07-01',
    expected: { verdict: 'in_progress', units: [{ id: 'donnees.n1', state: 'open' }, { id: 'donnees.n2', state: 'locked', reasons: ['locked_by_level'] }] } },
  { name: 'du: domains are independent', rule: 'brief §3 « Domains are independent of each other »',
    programme: duMini, record: rec(duMini, DU, merge(levelDone('donnees.n1'), levelDone('donnees.n2'))), asOf: '2026-07-01',
    expected: { verdict: 'in_progress', units: [{ id: 'donnees.n3', state: 'open' }, { id: 'cyber.n1', state: 'open' }, { id: 'cyber.n2', state: 'locked' }] } },
  { name: 'du: a grade below the pass percent does not pass the exercise', rule: '001 « Valider tous les exercices en ligne »',
    programme: duMini, record: rec(duMini, DU, { activities: [act('donnees.n1.q1', '2026-05-01', { passed: null, grade: 4, max: 10 }), act('donnees.n1.q2')], attestations: [att('donnees.n1')] }), asOf: '2026-07-01',
    expected: { verdict: 'in_progress', units: [{ id: 'donnees.n1', state: 'in_progress', reasons: ['activities_pending', 'attestation_passed'] }] } },
  { name: 'du: a grade at the pass percent passes the exercise', rule: 'Moodle pass grade',
    programme: duMini, record: rec(duMini, DU, { activities: [act('donnees.n1.q1', '2026-05-01', { passed: null, grade: 5, max: 10 }), act('donnees.n1.q2')], attestations: [att('donnees.n1')] }), asOf: '2026-07-01',
    expected: { verdict: 'in_progress', units: [{ id: 'donnees.n1', state: 'validated' }, { id: 'donnees.n2', state: 'open' }] } },
  { name: 'du: a PIX placement at Intermédiaire exempts Débutant', rule: '003 positionnement PIX / Europass',
    programme: duMini, record: rec(duMini, DU, { placements: [{ id: 'p1', unit: 'cyber.n2', basis: 'PIX', by: 'ingenieur.pedagogique', at: DU }] }), asOf: '2026-05-01',
    expected: { verdict: 'in_progress', units: [{ id: 'cyber.n1', state: 'exempt', reasons: ['exempt_by_placement'] }, { id: 'cyber.n2', state: 'open' }, { id: 'cyber.n3', state: 'locked' }, { id: 'donnees.n1', state: 'open' }] } },
  { name: 'du: a placement dated after the as-of date is not yet applied', rule: 'facts after asOf are ignored',
    programme: duMini, record: rec(duMini, DU, { placements: [{ id: 'p1', unit: 'cyber.n2', basis: 'Europass', by: 'ingenieur.pedagogique', at: '2026-06-01' }] }), asOf: '2026-05-01',
    expected: { verdict: 'not_started', units: [{ id: 'cyber.n1', state: 'open' }, { id: 'cyber.n2', state: 'locked' }] } },
  { name: 'du: an exemption exempts the unit', rule: 'issue 4 exemptions',
    programme: duMini, record: rec(duMini, DU, { exemptions: [{ id: 'e1', unit: 'donnees.n1', basis: 'VAE', by: 'responsable', at: DU }] }), asOf: '2026-05-01',
    expected: { verdict: 'in_progress', units: [{ id: 'donnees.n1', state: 'exempt', reasons: ['exempt_by_exemption'] }, { id: 'donnees.n2', state: 'open' }] } },
  { name: 'du: a portfolio rejected by the jury can be revised and submitted again before the deadline', rule: 'brief §3 portfolio assessed; no seed makes a first rejection final',
    programme: duMini, record: rec(duMini, DU, merge(allDu(), { juryDecisions: [jury('portfolio', 'rejected')] })), asOf: '2028-07-01',
    expected: { verdict: 'in_progress', next: 'portfolio', units: [{ id: 'portfolio', state: 'in_progress', reasons: ['jury_rejected'] }, { id: 'donnees', state: 'validated' }] } },
  { name: 'du: portfolio deferred by the jury', rule: 'brief §3 portfolio assessed',
    programme: duMini, record: rec(duMini, DU, { juryDecisions: [jury('portfolio', 'deferred')] }), asOf: '2028-07-01',
    expected: { verdict: 'in_progress', units: [{ id: 'portfolio', state: 'in_progress', reasons: ['jury_deferred'] }] } },
  { name: 'du: a later acceptance replaces a rejection', rule: 'latest jury decision counts',
    programme: duMini, record: rec(duMini, DU, merge(allDu(), { juryDecisions: [jury('portfolio', 'rejected', null, '2028-01-10'), jury('portfolio', 'accepted', null, '2028-06-01')] })), asOf: '2028-07-01',
    expected: { verdict: 'certified', units: [{ id: 'portfolio', state: 'validated', reasons: ['jury_accepted'] }] } },
  { name: 'du: certified when exercises, workshops and portfolio are done within three years', rule: '003 certification; 3-year limit',
    programme: duMini, record: rec(duMini, DU, merge(allDu(), { juryDecisions: [jury('portfolio', 'accepted')] })), asOf: '2028-07-01',
    expected: { verdict: 'certified', next: null, units: [{ id: 'donnees', state: 'validated', reasons: ['children_met'] }, { id: 'cyber.n3', state: 'validated' }, { id: 'portfolio', state: 'validated' }] } },
  { name: 'du: after three years without certification, attestation de participation', rule: '003 « durée maximale de 3 années »; attestation de participation',
    programme: duMini, record: rec(duMini, DU, levelDone('donnees.n1')), asOf: '2029-04-01',
    expected: { verdict: 'participation', next: null, units: [{ id: 'donnees.n1', state: 'validated' }, { id: 'donnees.n2', state: 'expired', reasons: ['deadline_passed'] }] } },
  { name: 'du: after three years with nothing done, expired', rule: '003 3-year limit',
    programme: duMini, record: rec(duMini, DU), asOf: '2029-04-01',
    expected: { verdict: 'expired', units: [{ id: 'donnees.n1', state: 'expired' }, { id: 'portfolio', state: 'expired' }] } },
  { name: 'du: the jury decision after the deadline does not count, and is reported as late', rule: '003 3-year limit',
    programme: duMini, record: rec(duMini, DU, merge(allDu(), { juryDecisions: [jury('portfolio', 'accepted', null, '2029-04-01')] })), asOf: '2029-05-01',
    expected: { verdict: 'participation', units: [{ id: 'portfolio', state: 'expired', reasons: ['deadline_passed', 'jury_late'] }] } },
  { name: 'du: a second submission after a rejection is accepted before the deadline', rule: 'brief §3 portfolio « completed and accepted » within three years',
    programme: duMini, record: rec(duMini, DU, merge(allDu(), { juryDecisions: [jury('portfolio', 'rejected', null, '2028-06-01'), jury('portfolio', 'accepted', null, '2029-01-10')] })), asOf: '2029-02-01',
    expected: { verdict: 'certified', units: [{ id: 'portfolio', state: 'validated', reasons: ['jury_accepted'] }] } },
  { name: 'du: a rejected portfolio not resubmitted by the deadline: attestation de participation', rule: '003 3-year limit',
    programme: duMini, record: rec(duMini, DU, merge(allDu(), { juryDecisions: [jury('portfolio', 'rejected', null, '2028-06-01')] })), asOf: '2029-04-15',
    expected: { verdict: 'participation', units: [{ id: 'portfolio', state: 'expired', reasons: ['deadline_passed', 'jury_rejected'] }] } },
  { name: 'du: a decision on the deadline day counts', rule: '003 3-year limit (inclusive)',
    programme: duMini, record: rec(duMini, DU, merge(allDu(), { juryDecisions: [jury('portfolio', 'accepted', null, '2029-03-30')] })), asOf: '2029-05-01',
    expected: { verdict: 'certified', units: [{ id: 'portfolio', state: 'validated' }] } },
  { name: 'du: facts dated after the as-of date are ignored', rule: 'decide(programme, record, asOf) is a snapshot',
    programme: duMini, record: rec(duMini, DU, levelDone('donnees.n1', '2026-09-01')), asOf: '2026-07-01',
    expected: { verdict: 'not_started', units: [{ id: 'donnees.n1', state: 'open' }] } },
  { name: 'du: deadline from an end-of-month start is clamped', rule: '3-year limit',
    programme: { ...duMini, maxDurationMonths: 11 }, record: rec(duMini, '2026-03-31'), asOf: '2027-02-28',
    expected: { verdict: 'not_started', units: [{ id: 'donnees.n1', state: 'open' }] } },
  { name: 'du: the day after a clamped deadline is expired', rule: '3-year limit',
    programme: { ...duMini, maxDurationMonths: 11 }, record: rec(duMini, '2026-03-31'), asOf: '2027-03-01',
    expected: { verdict: 'expired', units: [{ id: 'donnees.n1', state: 'expired' }] } },

  // --- Mastère (000): 60 % written + 40 % continuous, resit, 20 % / 50 % attendance, transversal choice, mémoire
  { name: 'mastere: 0.6×12 + 0.4×11 = 11.6 ≥ 10 validates the module at the main session', rule: '000 écrit 60 % + continu 40 %',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { exams: modulePass('uef1') }), asOf: '2027-02-01',
    expected: { verdict: 'in_progress', units: [{ id: 'uef1', state: 'validated', reasons: ['assessment_passed'] }, { id: 'uef2', state: 'open', reasons: ['assessment_pending'] }] } },
  { name: 'mastere: only one grade recorded is in progress', rule: '000 both components',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { exams: [exam('uef1', 'ecrit', 'main', 15)] }), asOf: '2027-02-01',
    expected: { verdict: 'in_progress', units: [{ id: 'uef1', state: 'in_progress', reasons: ['assessment_pending'] }] } },
  { name: 'mastere: below 10 at the main session goes to the resit', rule: '000 « session de rattrapage »',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { exams: modulePass('uef1', 6, 10) }), asOf: '2027-02-01',
    expected: { verdict: 'in_progress', next: 'uef1', units: [{ id: 'uef1', state: 'in_progress', reasons: ['assessment_main_below'] }] } },
  { name: 'mastere: the resit with the same weights validates', rule: '000 rattrapage, same weights',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { exams: [...modulePass('uef1', 6, 10), exam('uef1', 'ecrit', 'resit', 12, '2027-06-20'), exam('uef1', 'cc', 'resit', 10, '2027-06-20')] }), asOf: '2027-07-01',
    expected: { verdict: 'in_progress', units: [{ id: 'uef1', state: 'validated', reasons: ['assessment_passed'] }] } },
  { name: 'mastere: failing the resit fails the module', rule: '000 rattrapage',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { exams: [...modulePass('uef1', 6, 10), exam('uef1', 'ecrit', 'resit', 8, '2027-06-20'), exam('uef1', 'cc', 'resit', 9, '2027-06-20')] }), asOf: '2027-07-01',
    expected: { verdict: 'failed', units: [{ id: 'uef1', state: 'failed', reasons: ['assessment_failed'] }] } },
  { name: 'mastere: absence above 20 % bars the main session', rule: '000 absence > 20 % : pas de session principale',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { attendance: [absent('uef2', 7)], exams: modulePass('uef2', 15, 15) }), asOf: '2027-02-01',
    expected: { verdict: 'barred', units: [{ id: 'uef2', state: 'barred', reasons: ['attendance_barred'] }] } },
  { name: 'mastere: barred learner validates at the resit', rule: '000 only the main session is barred',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { attendance: [absent('uef2', 7)], exams: [exam('uef2', 'ecrit', 'resit', 12, '2027-06-20'), exam('uef2', 'cc', 'resit', 12, '2027-06-20')] }), asOf: '2027-07-01',
    expected: { verdict: 'in_progress', units: [{ id: 'uef2', state: 'validated', reasons: ['assessment_passed'] }] } },
  { name: 'mastere: exactly 20 % absence does not bar (strict)', rule: '000 « au-delà de 20 % »',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { attendance: [absent('uef2', 6)], exams: modulePass('uef2') }), asOf: '2027-02-01',
    expected: { verdict: 'in_progress', units: [{ id: 'uef2', state: 'validated' }] } },
  { name: 'mastere: absence above 50 % makes the learner défaillant in the module, to redo with the next cohort', rule: '000 « Est déclaré défaillant (doit refaire le module avec la cohorte qui suit) »',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { attendance: [absent('uef1', 16)], exams: modulePass('uef1', 14, 13) }), asOf: '2027-02-01',
    expected: { verdict: 'in_progress', next: 'uef1', units: [{ id: 'uef1', state: 'defaillant', reasons: ['attendance_defaillant_unit'] }, { id: 'uef2', state: 'open' }] } },
  { name: 'mastere: attendance hours from the record when given', rule: 'attendance per module',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { attendance: [absent('uef1', 11, 20)] }), asOf: '2027-02-01',
    expected: { verdict: 'in_progress', units: [{ id: 'uef1', state: 'defaillant' }] } },
  { name: 'mastere: the module redone with the next cohort validates it', rule: '000 « doit refaire le module avec la cohorte qui suit »',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { attendance: [absent('uef1', 16), { ...absent('uef1', 2), attempt: 2 }],
      exams: [...modulePass('uef1', 14, 13), ...modulePass('uef1', 12, 12, '2028-01-15').map((x) => ({ ...x, attempt: 2 }))] }), asOf: '2028-02-01',
    expected: { verdict: 'in_progress', units: [{ id: 'uef1', state: 'validated', reasons: ['assessment_passed'] }] } },
  { name: 'mastere: the redone module needs its own grades (the first attempt\'s do not count)', rule: '000 « doit refaire le module avec la cohorte qui suit »',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { attendance: [absent('uef1', 16), { ...absent('uef1', 1), attempt: 2 }], exams: modulePass('uef1', 14, 13) }), asOf: '2027-10-01',
    expected: { verdict: 'in_progress', next: 'uef1', units: [{ id: 'uef1', state: 'open', reasons: ['assessment_pending'] }] } },
  { name: 'mastere: 4.4 h absent of a 22 h module is exactly 20 %: not barred', rule: '000 « ne doivent pas dépasser les 20% »',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { attendance: [absent('uef1', 4.4, 22)], exams: modulePass('uef1') }), asOf: '2027-02-01',
    expected: { verdict: 'in_progress', units: [{ id: 'uef1', state: 'validated', reasons: ['assessment_passed'] }] } },
  { name: 'mastere: one minute above 20 % of a 22 h module bars the main session', rule: '000 « Dépassé ce seuil … non autorisé à passer l\'examen du module à la session principale »',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { attendance: [absent('uef1', 265 / 60, 22)], exams: modulePass('uef1') }), asOf: '2027-02-01',
    expected: { verdict: 'barred', next: 'uef1', units: [{ id: 'uef1', state: 'barred', reasons: ['attendance_barred'] }] } },
  { name: 'mastere: exactly 50 % absence is not défaillant (only barred)', rule: '000 « dépassant 50% »',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { attendance: [absent('uef1', 11, 22)] }), asOf: '2027-02-01',
    expected: { verdict: 'barred', units: [{ id: 'uef1', state: 'barred', reasons: ['attendance_barred'] }] } },
  { name: 'mastere: barred with no grade yet: the verdict says barred, not « not started »', rule: '000 absence > 20 % : pas de session principale',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { attendance: [absent('uef2', 7)] }), asOf: '2026-12-01',
    expected: { verdict: 'barred', next: 'uef1', units: [{ id: 'uef2', state: 'barred', reasons: ['attendance_barred'] }] } },
  { name: 'mastere: écrit 9.99 and continu 10.01 average 9.998: below 10, to the resit', rule: '000 « la moyenne totale=10 » (no rounding in the seed)',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { exams: modulePass('uef1', 9.99, 10.01) }), asOf: '2027-02-01',
    expected: { verdict: 'in_progress', units: [{ id: 'uef1', state: 'in_progress', reasons: ['assessment_main_below'] }] } },
  { name: 'mastere: a programme that rounds to the hundredth declares it, and the reason says so', rule: 'rounding only where a definition declares it',
    programme: { ...mastereMini, units: mastereMini.units.map((u) => u.id !== 'uef1' ? u
      : { ...u, requirements: u.requirements.map((r) => ({ ...r, rounding: { mode: 'half-up' as const, decimals: 2 } })) }) },
    record: rec(mastereMini, '2026-09-01', { exams: modulePass('uef1', 9.99, 10.01) }), asOf: '2027-02-01',
    expected: { verdict: 'in_progress', units: [{ id: 'uef1', state: 'validated', reasons: ['assessment_passed', 'assessment_rounded'] }] } },
  { name: 'mastere: with the transversal choice made, the next step is the mémoire, not the other option', rule: '000 « un module transversal au choix parmi deux »',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { exams: [...modulePass('uef1'), ...modulePass('uef2'), ...modulePass('anglais')] }), asOf: '2027-07-01',
    expected: { verdict: 'in_progress', next: 'memoire', units: [{ id: 'methodo', state: 'open' }, { id: 'memoire', state: 'open', reasons: ['jury_pending'] }] } },
  { name: 'mastere: one transversal module among two is enough', rule: '000 un module transversal au choix',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { exams: modulePass('anglais') }), asOf: '2027-02-01',
    expected: { verdict: 'in_progress', units: [{ id: 'transversal', state: 'validated', reasons: ['choice_met'] }, { id: 'anglais', state: 'validated' }, { id: 'methodo', state: 'open' }] } },
  { name: 'mastere: no transversal module yet', rule: '000 module transversal',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01'), asOf: '2027-02-01',
    expected: { verdict: 'not_started', units: [{ id: 'transversal', state: 'open', reasons: ['choice_pending'] }] } },
  { name: 'mastere: mémoire locked until every module is validated', rule: '000 mémoire after all modules',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { exams: [...modulePass('uef1'), ...modulePass('anglais')] }), asOf: '2027-02-01',
    expected: { verdict: 'in_progress', units: [{ id: 'memoire', state: 'locked', reasons: ['locked_by_prerequisite'] }] } },
  { name: 'mastere: mémoire 14/20 by the jury: diploma', rule: '000 mémoire noté /20 par un jury',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { exams: [...modulePass('uef1'), ...modulePass('uef2'), ...modulePass('methodo')], juryDecisions: [jury('memoire', 'accepted', 14, '2028-06-01')] }), asOf: '2028-07-01',
    expected: { verdict: 'certified', units: [{ id: 'memoire', state: 'validated', reasons: ['jury_accepted'] }] } },
  { name: 'mastere: mémoire 8/20 is below the pass mark, to defend again', rule: '000 mémoire /20 (no seed makes a first defence final)',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { exams: [...modulePass('uef1'), ...modulePass('uef2'), ...modulePass('methodo')], juryDecisions: [jury('memoire', 'accepted', 8, '2028-06-01')] }), asOf: '2028-07-01',
    expected: { verdict: 'in_progress', next: 'memoire', units: [{ id: 'memoire', state: 'in_progress', reasons: ['jury_grade_below'] }] } },
  { name: 'mastere: a programme limiting defences to two fails the second grade below the pass mark', rule: 'maxSubmissions, a field of the definition',
    programme: { ...mastereMini, units: mastereMini.units.map((u) => u.id !== 'memoire' ? u : { ...u, requirements: [{ kind: 'jury' as const, id: 'soutenance', passMark: 10, max: 20, maxSubmissions: 2 }] }) },
    record: rec(mastereMini, '2026-09-01', { exams: [...modulePass('uef1'), ...modulePass('uef2'), ...modulePass('methodo')], juryDecisions: [jury('memoire', 'accepted', 8, '2028-06-01'), jury('memoire', 'accepted', 9, '2028-09-01')] }), asOf: '2028-10-01',
    expected: { verdict: 'failed', units: [{ id: 'memoire', state: 'failed', reasons: ['jury_submissions_exhausted'] }] } },

  // --- CEC (002): final exam 100 %, resit, 20 % of total hours bars the main session, 50 % of a module défaillant
  { name: 'cec: final exam 13/20 validates at the main session', rule: '002 examen final 100 %, 10/20',
    programme: cecMini, record: rec(cecMini, '2023-10-01', { exams: [exam('examen', 'ecrit', 'main', 13, '2024-06-01')] }), asOf: '2024-07-01',
    expected: { verdict: 'in_progress', units: [{ id: 'examen', state: 'validated' }, { id: 'memoire', state: 'open' }] } },
  { name: 'cec: 8/20 goes to the resit, 11 validates', rule: '002 session de rattrapage',
    programme: cecMini, record: rec(cecMini, '2023-10-01', { exams: [exam('examen', 'ecrit', 'main', 8, '2024-06-01'), exam('examen', 'ecrit', 'resit', 11, '2024-07-01')], juryDecisions: [jury('memoire', 'accepted', 12, '2024-09-01')] }), asOf: '2024-12-01',
    expected: { verdict: 'certified', units: [{ id: 'examen', state: 'validated', reasons: ['assessment_passed'] }, { id: 'memoire', state: 'validated' }] } },
  { name: 'cec: absence above 20 % of the total hours bars the main session', rule: '002 absence > 20 % du volume horaire total',
    programme: cecMini, record: rec(cecMini, '2023-10-01', { attendance: [absent('m1', 3), absent('m2', 2)], exams: [exam('examen', 'ecrit', 'main', 14, '2024-06-01')] }), asOf: '2024-06-15',
    expected: { verdict: 'barred', units: [{ id: 'examen', state: 'barred', reasons: ['attendance_barred'] }, { id: 'memoire', state: 'locked' }] } },
  { name: 'cec: 9.996/20 at the final exam is below 10: to the resit', rule: '002 « la moyenne totale supérieure ou=10 »',
    programme: cecMini, record: rec(cecMini, '2023-10-01', { exams: [exam('examen', 'ecrit', 'main', 9.996, '2024-06-01')] }), asOf: '2024-06-15',
    expected: { verdict: 'in_progress', next: 'examen', units: [{ id: 'examen', state: 'in_progress', reasons: ['assessment_main_below'] }] } },
  { name: 'cec: a module above 50 % absence is défaillant itself, not « content only »', rule: '002 « dépassant 50% du volume horaire total de chaque module »',
    programme: cecMini, record: rec(cecMini, '2023-10-01', { attendance: [absent('m2', 6.2)] }), asOf: '2024-06-15',
    expected: { verdict: 'defaillant', next: null, units: [{ id: 'm2', state: 'defaillant', reasons: ['attendance_defaillant'] }, { id: 'm1', state: 'validated', reasons: ['content_only'] }, { id: 'examen', state: 'defaillant' }] } },
  { name: 'cec: exactly 20 % of the total does not bar', rule: '002 « au-delà »',
    programme: cecMini, record: rec(cecMini, '2023-10-01', { attendance: [absent('m1', 3), absent('m2', 1.8)], exams: [exam('examen', 'ecrit', 'main', 14, '2024-06-01')] }), asOf: '2024-06-15',
    expected: { verdict: 'in_progress', units: [{ id: 'examen', state: 'validated' }] } },
  { name: 'cec: absence above 50 % of one module: défaillant, neither session', rule: '002 absence > 50 % d’un module',
    programme: cecMini, record: rec(cecMini, '2023-10-01', { attendance: [absent('m2', 7)], exams: [exam('examen', 'ecrit', 'main', 15, '2024-06-01')] }), asOf: '2024-06-15',
    expected: { verdict: 'defaillant', units: [{ id: 'examen', state: 'defaillant', reasons: ['attendance_defaillant'] }, { id: 'memoire', state: 'defaillant' }] } },
  { name: 'cec: exactly 50 % of a module is not défaillant', rule: '002 « dépassant 50% »',
    programme: cecMini, record: rec(cecMini, '2023-10-01', { attendance: [absent('m2', 6)], exams: [exam('examen', 'ecrit', 'main', 15, '2024-06-01')] }), asOf: '2024-06-15',
    expected: { verdict: 'barred', units: [{ id: 'm2', state: 'validated', reasons: ['content_only'] }, { id: 'examen', state: 'barred' }] } },
  // --- validTo vs the learner's deadline (NOTES gap 11): validTo caps the deadline only when the programme says so.
  { name: 'du: validTo is the edition only by default: 36 months from enrolment still run after it', rule: '003 « au 30 février 2029 » vs « durée maximale de 3 années »',
    programme: duMini, record: rec(duMini, DU, levelDone('donnees.n1', '2026-06-02')), asOf: '2029-03-10',
    expected: { verdict: 'in_progress', units: [{ id: 'donnees.n1', state: 'validated' }, { id: 'donnees.n2', state: 'open' }] } },
  { name: 'du: with validToCapsDeadline the deadline is validTo when earlier', rule: 'validToCapsDeadline',
    programme: { ...duMini, validToCapsDeadline: true }, record: rec(duMini, DU, levelDone('donnees.n1', '2026-06-02')), asOf: '2029-03-10',
    expected: { verdict: 'participation', next: null, units: [{ id: 'donnees.n1', state: 'validated' }, { id: 'donnees.n2', state: 'expired', reasons: ['deadline_passed'] }] } },
  { name: 'du: with validToCapsDeadline a fact after validTo does not count', rule: 'validToCapsDeadline',
    programme: { ...duMini, validToCapsDeadline: true }, record: rec(duMini, DU, levelDone('donnees.n1', '2029-03-01')), asOf: '2029-03-01',
    expected: { verdict: 'expired', units: [{ id: 'donnees.n1', state: 'expired' }] } },
  // --- Content-only units (NOTES gap 6): validated when open, with a reason saying there is nothing to assess.
  { name: 'cec: a seminar module has no assessment of its own: validated as content only', rule: '002 « 7 séminaires », only the final exam is graded',
    programme: cecMini, record: rec(cecMini, '2023-10-01'), asOf: '2023-11-15',
    expected: { verdict: 'not_started', units: [{ id: 'm1', state: 'validated', reasons: ['content_only'] }, { id: 'examen', state: 'open' }] } },
  // --- Justified absences (issue 16): the seeds do not say; the attendance rule's justified field decides.
  { name: 'mastere: justified absences count by default: 7 h of 30 (3 justified) is 23.33 %, barred', rule: '000 « absences qui ne doivent pas dépasser les 20% » — every absence, justified field absent',
    programme: mastereMini, record: rec(mastereMini, '2026-09-01', { attendance: [justifiedAbsent('uef2', 7, 3)], exams: modulePass('uef2', 15, 15) }), asOf: '2027-02-01',
    expected: { verdict: 'barred', units: [{ id: 'uef2', state: 'barred', reasons: ['attendance_barred'] }] } },
  { name: 'mastere: justified counted (declared): 7 h of 30 (3 justified) still bars', rule: 'attendance rule justified: counted',
    programme: withJustified(mastereMini, 'counted'), record: rec(mastereMini, '2026-09-01', { attendance: [justifiedAbsent('uef2', 7, 3)], exams: modulePass('uef2', 15, 15) }), asOf: '2027-02-01',
    expected: { verdict: 'barred', units: [{ id: 'uef2', state: 'barred', reasons: ['attendance_barred'] }] } },
  { name: 'mastere: justified not counted: 7 h − 3 h justified = 4 h of 30 (13.33 %), main session open, 15/15 validates', rule: 'attendance rule justified: not-counted',
    programme: withJustified(mastereMini, 'not-counted'), record: rec(mastereMini, '2026-09-01', { attendance: [justifiedAbsent('uef2', 7, 3)], exams: modulePass('uef2', 15, 15) }), asOf: '2027-02-01',
    expected: { verdict: 'in_progress', units: [{ id: 'uef2', state: 'validated', reasons: ['assessment_passed'] }] } },
  { name: 'mastere: justified not counted: 16 h − 2 h = 14 h of 30 (46.67 %) is not défaillant but above 20 %: barred', rule: 'attendance rule justified: not-counted; 000 20 % / 50 %',
    programme: withJustified(mastereMini, 'not-counted'), record: rec(mastereMini, '2026-09-01', { attendance: [justifiedAbsent('uef1', 16, 2)], exams: modulePass('uef1', 14, 13) }), asOf: '2027-02-01',
    expected: { verdict: 'barred', units: [{ id: 'uef1', state: 'barred', reasons: ['attendance_barred'] }] } },
  { name: 'mastere: justified not counted, exactly 6 h counted of 30 (8 h − 2 h) is 20 %: not barred (strict)', rule: 'attendance rule justified: not-counted; 000 « dépasser les 20% »',
    programme: withJustified(mastereMini, 'not-counted'), record: rec(mastereMini, '2026-09-01', { attendance: [justifiedAbsent('uef2', 5, 0), justifiedAbsent('uef2', 3, 2)], exams: modulePass('uef2') }), asOf: '2027-02-01',
    expected: { verdict: 'in_progress', units: [{ id: 'uef2', state: 'validated' }] } },
  { name: 'cec: justified not counted over the total: m1 5 h (1 justified) of 24 h is 4 h, 16.67 %: main session open', rule: 'attendance rule justified: not-counted; 002 20 % du volume horaire total',
    programme: withJustified(cecMini, 'not-counted'), record: rec(cecMini, '2023-10-01', { attendance: [justifiedAbsent('m1', 5, 1)], exams: [exam('examen', 'ecrit', 'main', 14, '2024-06-01')] }), asOf: '2024-06-15',
    expected: { verdict: 'in_progress', units: [{ id: 'examen', state: 'validated' }] } },
  { name: 'cec: the same absences counted (default): 5 h of 24 h is 20.83 %, barred', rule: '002 20 % du volume horaire total',
    programme: cecMini, record: rec(cecMini, '2023-10-01', { attendance: [justifiedAbsent('m1', 5, 1)], exams: [exam('examen', 'ecrit', 'main', 14, '2024-06-01')] }), asOf: '2024-06-15',
    expected: { verdict: 'barred', units: [{ id: 'examen', state: 'barred', reasons: ['attendance_barred'] }] } },
  // --- Co-signature (issue 13): « A second lead may co-sign where the programme asks for it » — the attestation
  // requirement's signers; the DU asks for none (1 signer), so one lead's attestation validates there.
  { name: 'du, two signers asked: a pass signed by its lead alone awaits co-signature, the level stays in progress', rule: 'issue 13 co-signature where the programme asks for it',
    programme: withSigners(duMini, 2), record: rec(duMini, DU, levelDone('donnees.n1')), asOf: '2026-07-01',
    expected: { verdict: 'in_progress', next: 'donnees.n1', units: [{ id: 'donnees.n1', state: 'in_progress', reasons: ['activities_met', 'attestation_awaiting_cosign'] },
      { id: 'donnees.n2', state: 'locked', reasons: ['locked_by_level'] }] } },
  { name: 'du, two signers asked: a second lead\'s co-signature validates Débutant and opens Intermédiaire', rule: 'issue 13 co-signature',
    programme: withSigners(duMini, 2), record: rec(duMini, DU, cosigned(levelDone('donnees.n1'), [{ by: 'second.lead', at: '2026-06-03' }])), asOf: '2026-07-01',
    expected: { verdict: 'in_progress', units: [{ id: 'donnees.n1', state: 'validated', reasons: ['activities_met', 'attestation_passed'] }, { id: 'donnees.n2', state: 'open' }] } },
  { name: 'du, two signers asked: the lead co-signing their own attestation is still one signer', rule: 'issue 13 distinct signers',
    programme: withSigners(duMini, 2), record: rec(duMini, DU, cosigned(levelDone('donnees.n1'), [{ by: 'enseignant.atelier', at: '2026-06-03' }])), asOf: '2026-07-01',
    expected: { verdict: 'in_progress', units: [{ id: 'donnees.n1', state: 'in_progress', reasons: ['activities_met', 'attestation_awaiting_cosign'] }] } },
  { name: 'du, two signers asked: a co-signature dated after the as-of date is not known yet', rule: 'facts dated after asOf are ignored',
    programme: withSigners(duMini, 2), record: rec(duMini, DU, cosigned(levelDone('donnees.n1'), [{ by: 'second.lead', at: '2026-07-02' }])), asOf: '2026-07-01',
    expected: { verdict: 'in_progress', units: [{ id: 'donnees.n1', state: 'in_progress', reasons: ['activities_met', 'attestation_awaiting_cosign'] }] } },
  { name: 'du, three signers asked: two distinct co-signers of three entries (one twice) make three signers', rule: 'issue 13 distinct signers',
    programme: withSigners(duMini, 3), record: rec(duMini, DU, cosigned(levelDone('donnees.n1'), [{ by: 'second.lead', at: '2026-06-03' }, { by: 'second.lead', at: '2026-06-04' }, { by: 'third.lead', at: '2026-06-05' }])), asOf: '2026-07-01',
    expected: { verdict: 'in_progress', units: [{ id: 'donnees.n1', state: 'validated', reasons: ['activities_met', 'attestation_passed'] }] } },
  { name: 'du, two signers asked: a failed workshop co-signed is still not passed', rule: 'issue 13: signatures confirm a result, they do not make a pass',
    programme: withSigners(duMini, 2), record: rec(duMini, DU, { activities: levelDone('donnees.n1').activities, attestations: [{ ...att('donnees.n1', 'failed'), cosignatures: [{ by: 'second.lead', at: '2026-06-03' }] }] }), asOf: '2026-07-01',
    expected: { verdict: 'in_progress', units: [{ id: 'donnees.n1', state: 'in_progress', reasons: ['activities_met', 'attestation_not_passed'] }] } },
  { name: 'du (one signer, the default): a co-signature changes nothing, one lead\'s pass validates', rule: 'issue 13: the DU does not ask for a co-signature',
    programme: duMini, record: rec(duMini, DU, levelDone('donnees.n1')), asOf: '2026-07-01',
    expected: { verdict: 'in_progress', units: [{ id: 'donnees.n1', state: 'validated', reasons: ['activities_met', 'attestation_passed'] }, { id: 'donnees.n2', state: 'open' }] } },
];
