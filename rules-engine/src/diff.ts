// What a new programme version changes for learners already enrolled (they keep their facts; ids link them).
import type { ProgrammeT, UnitT } from './schema/programme';

export interface Change { code: string; path: string; id: string; fr: string; en: string }

export function diffProgrammes(a: ProgrammeT, b: ProgrammeT): Change[] {
  const out: Change[] = [];
  const add = (code: string, path: string, id: string, fr: string, en: string) => out.push({ code, path, id, fr, en });
  if (a.id !== b.id) add('programme_changed', '/id', b.id, `autre formation (${a.id} → ${b.id})`, `another programme (${a.id} → ${b.id})`);
  if ((a.maxDurationMonths ?? null) !== (b.maxDurationMonths ?? null)) {
    add('max_duration_changed', '/maxDurationMonths', b.id, `durée maximale ${a.maxDurationMonths ?? '∞'} → ${b.maxDurationMonths ?? '∞'} mois : l'échéance des inscrits change`,
      `maximum duration ${a.maxDurationMonths ?? '∞'} → ${b.maxDurationMonths ?? '∞'} months: enrolled learners' deadline changes`);
  }
  const bIds = b.units.map((u) => u.id);
  a.units.forEach((u, i) => {
    if (!bIds.includes(u.id)) add('unit_removed', `/units/${i}`, u.id, `unité « ${u.id} » supprimée : les faits qui s'y rapportent ne comptent plus`, `unit "${u.id}" removed: facts about it no longer count`);
  });
  b.units.forEach((u: UnitT, i) => {
    const old = a.units.find((x) => x.id === u.id);
    if (old === undefined) {
      add('unit_added', `/units/${i}`, u.id, `unité « ${u.id} » ajoutée${u.optional ? '' : ' : nouvelle exigence pour les inscrits'}`, `unit "${u.id}" added${u.optional ? '' : ': a new requirement for enrolled learners'}`);
      return;
    }
    if (old.parent !== u.parent) add('unit_moved', `/units/${i}/parent`, u.id, `« ${u.id} » déplacée (${old.parent} → ${u.parent})`, `"${u.id}" moved (${old.parent} → ${u.parent})`);
    if ((old.gating ?? 'none') !== (u.gating ?? 'none')) add('gating_changed', `/units/${i}/gating`, u.id, `verrouillage des niveaux de « ${u.id} » : ${old.gating ?? 'none'} → ${u.gating ?? 'none'}`, `level gating of "${u.id}": ${old.gating ?? 'none'} → ${u.gating ?? 'none'}`);
    if (JSON.stringify(old.prerequisites ?? []) !== JSON.stringify(u.prerequisites ?? [])) add('prerequisites_changed', `/units/${i}/prerequisites`, u.id, `prérequis de « ${u.id} » modifiés`, `prerequisites of "${u.id}" changed`);
    if (JSON.stringify(old.requirements) !== JSON.stringify(u.requirements)) add('requirements_changed', `/units/${i}/requirements`, u.id, `conditions de validation de « ${u.id} » modifiées : une unité validée peut ne plus l'être`, `validation requirements of "${u.id}" changed: a validated unit may no longer be`);
  });
  const aSlots = a.slots ?? [];
  const bSlots = b.slots ?? [];
  bSlots.forEach((s, i) => {
    const old = aSlots.find((x) => x.id === s.id);
    if (old === undefined && s.required) add('slot_added', `/slots/${i}`, s.id, `activité obligatoire « ${s.id} » ajoutée à « ${s.unit} »`, `required activity "${s.id}" added to "${s.unit}"`);
    else if (old !== undefined && (old.unit !== s.unit || old.required !== s.required || (old.passPercent ?? null) !== (s.passPercent ?? null))) add('slot_changed', `/slots/${i}`, s.id, `activité « ${s.id} » modifiée`, `activity "${s.id}" changed`);
  });
  aSlots.forEach((s, i) => {
    if (!bSlots.some((x) => x.id === s.id)) add('slot_removed', `/slots/${i}`, s.id, `activité « ${s.id} » retirée`, `activity "${s.id}" removed`);
  });
  if (JSON.stringify(a.attendance ?? []) !== JSON.stringify(b.attendance ?? [])) add('attendance_changed', '/attendance', b.id, 'règles d\'assiduité modifiées', 'attendance rules changed');
  if (JSON.stringify(a.certification) !== JSON.stringify(b.certification)) add('certification_changed', '/certification', b.id, 'conditions de certification modifiées', 'certification conditions changed');
  return out;
}
