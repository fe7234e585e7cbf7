// Small inline programmes shaped after the seeds (DU CNS, Mastère Sousse, CEC), used by the table-driven cases.
import type { ProgrammeT } from '../../src/schema/programme';

const level = (domain: string, n: number, title: string) => ({
  id: `${domain}.n${n}`, kind: 'level' as const, title, parent: domain, hours: 7,
  codes: [{ system: 'ametys', code: `LV${domain.toUpperCase()}${n}` }],
  requirements: [{ kind: 'activities' as const, id: 'exercices' }, { kind: 'attestation' as const, id: 'atelier' }],
});
const domain = (id: string, title: string) => ({
  id, kind: 'domain' as const, title, parent: null, gating: 'sequential' as const,
  requirements: [{ kind: 'all-of' as const, id: 'niveaux' }],
});
const slot = (unit: string, k: number, passPercent: number | null = null) => ({
  id: `${unit}.q${k}`, unit, title: `Quiz ${k}`, activityType: 'quiz' as const, required: true, passPercent,
});

/** DU CNS-like: two domains × three gated levels, online exercises + workshop attestation per level, portfolio. */
export const duMini: ProgrammeT = {
  id: 'du-mini', version: '1', title: 'DU Compétences numériques en santé (mini)', validFrom: '2026-03-30', validTo: '2029-02-28',
  maxDurationMonths: 36,
  levels: [{ id: 'debutant', title: 'Débutant', rank: 1 }, { id: 'intermediaire', title: 'Intermédiaire', rank: 2 }, { id: 'avance', title: 'Avancé', rank: 3 }],
  units: [
    domain('donnees', 'Données de santé'), level('donnees', 1, 'Débutant'), level('donnees', 2, 'Intermédiaire'), level('donnees', 3, 'Avancé'),
    domain('cyber', 'Cybersécurité'), level('cyber', 1, 'Débutant'), level('cyber', 2, 'Intermédiaire'), level('cyber', 3, 'Avancé'),
    { id: 'portfolio', kind: 'portfolio', title: 'Portfolio — certification', parent: null, hours: 2,
      requirements: [{ kind: 'jury', id: 'jury', passMark: null, max: null }] },
  ],
  slots: [slot('donnees.n1', 1, 50), slot('donnees.n1', 2), slot('donnees.n2', 1), slot('donnees.n3', 1),
    slot('cyber.n1', 1), slot('cyber.n2', 1), slot('cyber.n3', 1)],
  workshopSessions: [{ id: 's1', title: 'Session 1', from: '2026-06-01', to: '2026-06-05' }, { id: 's2', title: 'Session 2', from: null, to: null }],
  placementBases: ['PIX', 'Europass'],
  certification: { units: null, participationAttestation: true },
  notes: [{ id: 'n1', text: 'Mini copy for tests', source: '003_eb326ad81d104b02.txt:108' }],
};

const module60_40 = (id: string, extra: object = {}) => ({
  id, kind: 'module' as const, title: `Module ${id}`, parent: null, hours: 30, ...extra,
  requirements: [{ kind: 'assessment' as const, id: 'evaluation', scale: 20, passMark: 10, resit: true, components: [
    { id: 'ecrit', title: 'Examen écrit', weight: 60, max: 20, resit: true },
    { id: 'cc', title: 'Contrôle continu', weight: 40, max: 20, resit: true },
  ] }],
});

/** Mastère-like: two fundamental modules, one transversal among two, 60/40 with resit, 20 %/50 % attendance, mémoire. */
export const mastereMini: ProgrammeT = {
  id: 'mastere-mini', version: '1', title: 'Mastère professionnel (mini)', validFrom: '2026-09-01', validTo: null,
  maxDurationMonths: null,
  units: [
    module60_40('uef1'), module60_40('uef2'),
    { id: 'transversal', kind: 'block', title: 'Module transversal', parent: null,
      requirements: [{ kind: 'n-of', id: 'choix', n: 1, units: ['anglais', 'methodo'] }] },
    module60_40('anglais', { parent: 'transversal', optional: true }), module60_40('methodo', { parent: 'transversal', optional: true }),
    { id: 'memoire', kind: 'memoire', title: 'Mémoire', parent: null, prerequisites: ['uef1', 'uef2', 'transversal'],
      requirements: [{ kind: 'jury', id: 'soutenance', passMark: 10, max: 20 }] },
  ],
  attendance: [
    { id: 'absence-20', scope: 'each-unit', units: ['uef1', 'uef2', 'anglais', 'methodo'], thresholdPercent: 20, strict: true, effect: 'bar-main-session', targets: null },
    { id: 'absence-50', scope: 'each-unit', units: ['uef1', 'uef2', 'anglais', 'methodo'], thresholdPercent: 50, strict: true, effect: 'defaillant', targets: null, redo: 'unit' },
  ],
  certification: { units: null, participationAttestation: false },
};

/** CEC-like: modules as content, one final exam 100 % with resit, attendance over the total and per module, mémoire. */
export const cecMini: ProgrammeT = {
  id: 'cec-mini', version: '1', title: 'CEC immunothérapies ciblées (mini)', validFrom: '2023-10-01', maxDurationMonths: null,
  units: [
    { id: 'm1', kind: 'module', title: 'Module 1', parent: null, hours: 12, optional: true, requirements: [] },
    { id: 'm2', kind: 'module', title: 'Module 2', parent: null, hours: 12, optional: true, requirements: [] },
    { id: 'examen', kind: 'exam', title: 'Examen final', parent: null,
      requirements: [{ kind: 'assessment', id: 'ecrit', scale: 20, passMark: 10, resit: true,
        components: [{ id: 'ecrit', title: 'Épreuve écrite', weight: 100, max: 20, resit: true }] }] },
    { id: 'memoire', kind: 'memoire', title: 'Mémoire', parent: null, prerequisites: ['examen'],
      requirements: [{ kind: 'jury', id: 'soutenance', passMark: 10, max: 20 }] },
  ],
  attendance: [
    { id: 'total-20', scope: 'total', units: ['m1', 'm2'], thresholdPercent: 20, strict: true, effect: 'bar-main-session', targets: ['examen'] },
    { id: 'module-50', scope: 'each-unit', units: ['m1', 'm2'], thresholdPercent: 50, strict: true, effect: 'defaillant', targets: ['examen', 'memoire'], redo: 'programme' },
  ],
  certification: { units: ['examen', 'memoire'], participationAttestation: false },
};
