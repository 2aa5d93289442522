/**
 * Evaluates a scenario's checks against one sandbox (seeds/README.md, "Checks"): each check gives
 * passed / failed, the evidence shown to the jury (the check's template filled with the record that
 * decided it) and a French sentence saying what was found.
 */
import { EntityManager } from 'typeorm';
import { formatCents } from '../common/money/money.js';
import { JournalEntry } from '../journal/journal-entry.entity.js';
import { CheckEvent, CheckKind, CheckSelection, Condition, kindOf, Scalar, ScenarioCheck, Where } from './check.schema.js';
import { CheckRecord, CheckResourceName, FieldDef, RecordFields, resourceDef, CheckedSandbox, VALUE_LABELS } from './check-resources.js';
import { JOURNAL_FIELDS } from './check-validation.js';

export interface CheckResult {
  id: string;
  label: string;
  criterion: string;
  kind: CheckKind;
  points: number | null;
  passed: boolean;
  /** The check's evidence template filled with the record that decided it; null when there is none. */
  evidence: string | null;
  /** What was found, in French. */
  details: string;
  /** The record the evidence is about (its resource and id), when there is one. */
  record: { resource: string; id: number } | null;
}

// ---------------------------------------------------------------------------------------------
// Conditions
// ---------------------------------------------------------------------------------------------

/** Lower case, without accents or extra spaces: how `contains` compares texts. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u00a0\u202f\s]+/g, ' ').toLowerCase().trim();
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '';

function equals(actual: unknown, expected: Scalar, tolerance = 0): boolean {
  if (expected === null) return isEmpty(actual);
  if (typeof expected === 'number') return typeof actual === 'number' && Math.abs(actual - expected) <= tolerance + 1e-9;
  if (typeof expected === 'boolean') return actual === expected;
  return typeof actual === 'string' && actual.normalize('NFC') === expected.normalize('NFC');
}

function ordered(actual: unknown, expected: Scalar, test: (c: number) => boolean): boolean {
  if (isEmpty(actual) || expected === null) return false;
  if (typeof expected === 'number') return typeof actual === 'number' && test(actual - expected);
  if (typeof actual !== 'string') return false;
  return test(actual < String(expected) ? -1 : actual > String(expected) ? 1 : 0);
}

export function matchesCondition(actual: unknown, condition: Condition): boolean {
  if (condition === null || typeof condition !== 'object') return equals(actual, condition);
  return Object.entries(condition).every(([op, expected]) => {
    switch (op) {
      case 'eq':
        return equals(actual, expected as Scalar);
      case 'ne':
        return !equals(actual, expected as Scalar);
      case 'gt':
        return ordered(actual, expected as Scalar, (c) => c > 0);
      case 'gte':
        return ordered(actual, expected as Scalar, (c) => c >= 0);
      case 'lt':
        return ordered(actual, expected as Scalar, (c) => c < 0);
      case 'lte':
        return ordered(actual, expected as Scalar, (c) => c <= 0);
      case 'in':
        return (expected as Scalar[]).some((v) => equals(actual, v));
      case 'contains':
        return typeof actual === 'string' && fold(actual).includes(fold(String(expected)));
      default:
        return false;
    }
  });
}

export function matchesWhere(fields: RecordFields, where: Where | undefined): boolean {
  return Object.entries(where ?? {}).every(([field, condition]) => matchesCondition(fields[field], condition));
}

function matchesSelection(record: CheckRecord, selection: Pick<CheckSelection, 'where' | 'lines'>): boolean {
  return matchesWhere(record.fields, selection.where) && (selection.lines ?? []).every((condition) => record.lines.some((line) => matchesWhere(line, condition)));
}

// ---------------------------------------------------------------------------------------------
// French text: values, conditions, evidence
// ---------------------------------------------------------------------------------------------

const frDay = (iso: string) => (/^\d{4}-\d{2}-\d{2}/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso);
const frNumber = (n: number) => String(Math.round(n * 1000) / 1000).replace('.', ',');

/** A value as the jury reads it: 1 854,80 €, 5 %, 16/03/2026 10:42, oui/non. */
export function formatValue(value: unknown, type: FieldDef['type'] | undefined): string {
  if (isEmpty(value)) return '—';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'number') {
    if (type === 'money') return formatCents(Math.round(value * 100), 'fr').replace(/[\u00a0\u202f]/g, ' ');
    if (type === 'rate') return `${frNumber(value)} %`;
    return frNumber(value);
  }
  const text = String(value);
  if (type === 'date') return frDay(text);
  if (type === 'datetime') return text.length > 10 ? `${frDay(text)} ${text.slice(11, 16)}` : frDay(text);
  return text;
}

const OPERATOR_WORDS: Record<string, string> = { eq: '=', ne: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤', in: 'parmi', contains: 'contient' };

function describeCondition(field: string, def: FieldDef | undefined, condition: Condition): string {
  const label = def?.label ?? field;
  if (def?.type === 'bool' && typeof condition === 'boolean') return condition ? label : `non ${label}`;
  const value = (v: Scalar) => (typeof v === 'string' && def?.type !== 'date' && def?.type !== 'datetime' && def?.type !== 'money' ? `« ${v} »` : formatValue(v, def?.type));
  if (condition === null || typeof condition !== 'object') return `${label} = ${value(condition)}`;
  return Object.entries(condition)
    .map(([op, v]) => (op === 'in' ? `${label} parmi ${(v as Scalar[]).map(value).join(', ')}` : `${label} ${OPERATOR_WORDS[op] ?? op} ${value(v as Scalar)}`))
    .join(', ');
}

function describeWhere(fields: Record<string, FieldDef>, where: Where | undefined): string[] {
  return Object.entries(where ?? {}).map(([field, condition]) => describeCondition(field, fields[field], condition));
}

function describeSelection(resource: CheckResourceName, selection: Pick<CheckSelection, 'where' | 'lines'>): string {
  const def = resourceDef(resource);
  const parts = describeWhere(def.fields, selection.where);
  for (const line of selection.lines ?? []) parts.push(`une ${def.lines?.noun ?? 'ligne'} avec ${describeWhere(def.lines?.fields ?? {}, line).join(' et ')}`);
  return parts.length ? parts.join(' ; ') : 'sans condition';
}

/** Fills `{{field}}` (and `{{first.label}}`…) with formatted values; unknown names stay as written. */
/** The template filled from the record; null when a placeholder names nothing known (no half-filled evidence). */
export function renderEvidence(template: string, values: Record<string, { value: unknown; type?: FieldDef['type'] }>): string | null {
  let complete = true;
  const text = template.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_whole, name: string) => {
    if (Object.hasOwn(values, name)) return formatValue(values[name]!.value, values[name]!.type);
    complete = false;
    return '';
  });
  return complete ? text : null;
}

function recordValues(resource: CheckResourceName, fields: RecordFields, prefix = ''): Record<string, { value: unknown; type?: FieldDef['type'] }> {
  const defs = resourceDef(resource).fields;
  const word = (name: string, value: unknown) => (typeof value === 'string' ? VALUE_LABELS[name]?.[value] ?? value : value);
  return Object.fromEntries(Object.entries(defs).map(([name, def]) => [`${prefix}${name}`, { value: def.type === 'text' ? word(name, fields[name]) : fields[name], type: def.type }]));
}

function entryValues(entry: JournalEntry | undefined, prefix: string) {
  return Object.fromEntries(Object.entries(JOURNAL_FIELDS).map(([name, def]) => [`${prefix}${name}`, { value: entry ? (entry as unknown as Record<string, unknown>)[name] ?? (name === 'new' ? true : null) : null, type: def.type }]));
}

const plural = (resource: CheckResourceName, n: number) => resourceDef(resource).noun[n > 1 ? 1 : 0];
/** "Aucun devis", "Aucune commande". */
const none = (resource: CheckResourceName) => `${resourceDef(resource).feminine ? 'Aucune' : 'Aucun'} ${resourceDef(resource).noun[0]}`;

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

type Outcome = Pick<CheckResult, 'passed' | 'evidence' | 'details' | 'record'>;

async function evaluateSelection(records: CheckedSandbox, check: ScenarioCheck, kind: 'exists' | 'absent' | 'count' | 'field'): Promise<Outcome> {
  const selection = check[kind]!;
  const resource = selection.resource as CheckResourceName;
  const all = await records.records(resource);
  // Latest first: what the candidate made during the session comes after the scenario's history.
  const matched = all.filter((r) => matchesSelection(r, selection)).reverse();
  const conditions = describeSelection(resource, selection);
  const values = (r: CheckRecord | undefined) => ({ ...(r ? recordValues(resource, r.fields) : {}), count: { value: matched.length, type: 'number' as const } });
  const ref = (r: CheckRecord | undefined) => (r ? { resource, id: r.id } : null);

  if (kind === 'exists') {
    const top = matched[0];
    if (!top) return { passed: false, evidence: null, details: `${none(resource)} ne correspond (${conditions}).`, record: null };
    return { passed: true, evidence: renderEvidence(check.evidence, values(top)), details: `${matched.length} ${plural(resource, matched.length)} correspond${matched.length > 1 ? 'ent' : ''} (${conditions}).`, record: ref(top) };
  }
  if (kind === 'absent') {
    const top = matched[0];
    // The evidence of an `absent` check describes the record that should not exist: nothing to show when it passes.
    if (!top) return { passed: true, evidence: null, details: `${none(resource)} ne correspond, comme attendu (${conditions}).`, record: null };
    return {
      passed: false, evidence: renderEvidence(check.evidence, values(top)), record: ref(top),
      details: `${matched.length} ${plural(resource, matched.length)} ne devrai${matched.length > 1 ? 'en' : ''}t pas exister (${conditions}).`,
    };
  }
  if (kind === 'count') {
    const n = check.count!.n;
    const passed = matchesCondition(matched.length, n);
    return {
      passed, evidence: renderEvidence(check.evidence, values(matched[0])), record: ref(matched[0]),
      details: `${matched.length} ${plural(resource, matched.length)} (${conditions}) ; attendu : ${describeCondition('n', { type: 'number', label: 'nombre' }, n)}.`,
    };
  }
  const spec = check.field!;
  const def = resourceDef(resource).fields[spec.field];
  const tolerance = spec.tolerance ?? 0;
  const expected = `${formatValue(spec.equals, def?.type)}${tolerance ? ` à ${formatValue(tolerance, def?.type)} près` : ''}`;
  if (!matched.length) return { passed: false, evidence: null, details: `${none(resource)} ne correspond (${conditions}) : ${def?.label ?? spec.field} attendu ${expected}.`, record: null };
  const good = matched.find((r) => equals(r.fields[spec.field], spec.equals, tolerance));
  if (good) return { passed: true, evidence: renderEvidence(check.evidence, values(good)), details: `${def?.label ?? spec.field} = ${formatValue(good.fields[spec.field], def?.type)} (attendu ${expected}).`, record: ref(good) };
  const top = matched[0]!;
  return {
    passed: false, evidence: renderEvidence(check.evidence, values(top)), record: ref(top),
    details: `${def?.label ?? spec.field} = ${formatValue(top.fields[spec.field], def?.type)} au lieu de ${expected} (${conditions}).`,
  };
}

function describeEvent(event: CheckEvent): string {
  const parts = [`${event.resource} / ${event.action}`];
  if (event.label) parts.push(`libellé contenant « ${event.label} »`);
  if (event.record) {
    const fields = (resourceDef(event.resource as CheckResourceName)?.fields ?? {}) as Record<string, FieldDef>;
    parts.push(...describeWhere(fields, event.record));
  }
  return `« ${parts.join(', ')} »`;
}

async function evaluateSequence(records: CheckedSandbox, check: ScenarioCheck): Promise<Outcome> {
  const spec = check.sequence!;
  const journal = await records.journal();
  const sameRecord = spec.sameRecord ?? spec.first.resource === spec.then.resource;

  const recordOf = async (resource: string, recordId: string | null): Promise<CheckRecord | undefined> => {
    if (recordId === null || !Object.hasOwn(JOURNAL_RESOURCES_WITH_RECORDS, resource)) return undefined;
    return (await records.records(resource as CheckResourceName)).find((r) => String(r.id) === recordId);
  };
  const matches = async (entry: JournalEntry, event: CheckEvent) => {
    if (entry.resource !== event.resource || entry.action !== event.action) return false;
    if (event.label && !fold(entry.label ?? '').includes(fold(event.label))) return false;
    if (event.record) {
      const record = await recordOf(event.resource, entry.recordId);
      if (!record || !matchesWhere(record.fields, event.record)) return false;
    }
    return true;
  };

  const firsts: JournalEntry[] = [];
  const thens: JournalEntry[] = [];
  for (const entry of journal) {
    if (await matches(entry, spec.first)) firsts.push(entry);
    if (await matches(entry, spec.then)) thens.push(entry);
  }
  const pair = thens
    .map((then) => ({ then, first: firsts.find((first) => first.id < then.id && (!sameRecord || first.recordId === then.recordId)) }))
    .find((p) => p.first !== undefined);
  const shown = pair ?? (thens[0] ? { then: thens[0], first: undefined } : undefined);
  const thenRecord = shown ? await recordOf(spec.then.resource, shown.then.recordId) : undefined;
  const values = {
    ...(thenRecord ? recordValues(spec.then.resource as CheckResourceName, thenRecord.fields) : {}),
    ...entryValues(shown?.first, 'first.'),
    ...entryValues(shown?.then, 'then.'),
    count: { value: thens.length, type: 'number' as const },
  };
  const record = thenRecord ? { resource: spec.then.resource, id: thenRecord.id } : null;
  if (pair) {
    return {
      passed: true, evidence: renderEvidence(check.evidence, values), record,
      details: `${describeEvent(spec.first)} à ${formatValue(pair.first!.scenarioAt, 'datetime')} puis ${describeEvent(spec.then)} à ${formatValue(pair.then.scenarioAt, 'datetime')}${sameRecord ? ' (même enregistrement)' : ''}.`,
    };
  }
  if (!thens.length) return { passed: false, evidence: null, record: null, details: `Aucun événement ${describeEvent(spec.then)} dans le journal.` };
  return {
    passed: false, evidence: renderEvidence(check.evidence, values), record,
    details: `${describeEvent(spec.then)} à ${formatValue(thens[0]!.scenarioAt, 'datetime')} sans ${describeEvent(spec.first)} avant${sameRecord ? ' sur le même enregistrement' : ''}.`,
  };
}

/** Journal resources whose recordId points at a record the checks can read. */
const JOURNAL_RESOURCES_WITH_RECORDS: Record<string, true> = Object.fromEntries(
  ['quotes', 'orders', 'delivery-notes', 'invoices', 'credit-notes', 'payments', 'reminders', 'messages', 'interactions', 'third-parties', 'contacts', 'products', 'stock-movements', 'credit-approvals'].map((r) => [r, true]),
);

/** Evaluates every check on one sandbox. Never throws for a check: a failure to evaluate is a failed check with its reason. */
export async function evaluateChecks(checks: readonly ScenarioCheck[], em: EntityManager): Promise<CheckResult[]> {
  const records = new CheckedSandbox(em);
  const results: CheckResult[] = [];
  for (const check of checks) {
    const kind = kindOf(check);
    let outcome: Outcome;
    try {
      outcome = kind === 'sequence' ? await evaluateSequence(records, check) : await evaluateSelection(records, check, kind);
    } catch (e) {
      outcome = { passed: false, evidence: null, record: null, details: `Vérification impossible : ${(e as Error).message}` };
    }
    results.push({ id: check.id, label: check.label, criterion: check.criterion, kind, points: check.points ?? null, ...outcome });
  }
  return results;
}
