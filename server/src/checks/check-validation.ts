/**
 * What the shapes of check.schema.ts cannot say: one kind per check, known resources and fields,
 * values of the right type for each field, third-party codes and product references of the
 * scenario, history document numbers that exist, evidence placeholders that can be filled, unique
 * ids. Works on the raw parsed YAML (even when other parts are invalid) and reports each problem
 * on its path.
 */
import { CHECK_KINDS, CONDITION_OPERATORS } from './check.schema.js';
import { CHECK_RESOURCE_NAMES, CHECK_RESOURCES, FieldDef, isCheckResource, ResourceDef, resourceDef } from './check-resources.js';
import { closest } from '../common/text/closest.js';

type Path = (string | number)[];
type Obj = Record<string, unknown>;

export interface CheckValidationContext {
  thirdPartyCodes: Set<string>;
  productReferences: Set<string>;
  /**
   * Numbers of the history's documents (DEV-2026-0001…), to catch a typo in a number the history
   * gives; null when the history has problems of its own (its numbers are then not known).
   */
  documentNumbers: Set<string> | null;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Journal fields, for the `first.` / `then.` placeholders of a sequence. */
export const JOURNAL_FIELDS = CHECK_RESOURCES.journal.fields as Record<string, FieldDef>;

function suggestion(value: string, candidates: Iterable<string>): string {
  const best = closest(value, candidates);
  return best !== undefined ? ` (vouliez-vous dire « ${best} » ?)` : '';
}

const DOCUMENT_NUMBER = /^([A-Z]{2,4})-(\d{4})-(\d{4,})$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)?$/;
const NUMERIC = new Set(['number', 'money', 'rate', 'quantity']);
const TEXTUAL = new Set(['text', 'thirdParty', 'product', 'document']);

export function validateChecks(checks: unknown, context: CheckValidationContext, fail: (path: Path, message: string) => void): void {
  if (!Array.isArray(checks)) return;

  /** Last number of each series in the history ("FA-2026" → 15): a lower number must exist. */
  const lastOfSeries = new Map<string, number>();
  for (const n of context.documentNumbers ?? []) {
    const m = DOCUMENT_NUMBER.exec(n);
    if (m) lastOfSeries.set(`${m[1]}-${m[2]}`, Math.max(lastOfSeries.get(`${m[1]}-${m[2]}`) ?? 0, Number(m[3])));
  }

  /** One value compared with a field: its type, and for codes, references and numbers, that it exists. */
  const checkValue = (def: FieldDef, field: string, op: string, value: unknown, path: Path) => {
    if (value === null) {
      if (op !== 'eq' && op !== 'ne' && op !== 'in') fail(path, `${op} : null ne se compare qu'avec eq ou ne`);
      return;
    }
    if (op === 'contains') {
      if (!TEXTUAL.has(def.type)) fail(path, `contains ne s'applique qu'à un texte : « ${field} » est de type ${typeLabel(def)}`);
      return;
    }
    if (NUMERIC.has(def.type)) {
      if (typeof value !== 'number') fail(path, `« ${field} » est ${typeLabel(def)} : nombre attendu (sans guillemets${def.type === 'money' ? ', en euros' : ''})`);
      return;
    }
    if (def.type === 'bool') {
      if (typeof value !== 'boolean') fail(path, `« ${field} » est un booléen : true ou false attendu`);
      else if (op !== 'eq' && op !== 'ne') fail(path, `« ${field} » est un booléen : seuls l'égalité et ne s'appliquent`);
      return;
    }
    if (typeof value !== 'string') {
      fail(path, `« ${field} » est ${typeLabel(def)} : texte attendu (entre guillemets)`);
      return;
    }
    const ordered = ['gt', 'gte', 'lt', 'lte'].includes(op);
    if (def.type === 'date' && !DAY.test(value)) fail(path, `« ${field} » est une date : "AAAA-MM-JJ" attendu`);
    else if (def.type === 'datetime' && !DATE_TIME.test(value)) fail(path, `« ${field} » est une date et heure : "AAAA-MM-JJ" ou "AAAA-MM-JJTHH:MM" attendu`);
    else if (ordered && !['date', 'datetime', 'text', 'document'].includes(def.type)) fail(path, `${op} ne s'applique pas à « ${field} » (${typeLabel(def)})`);
    else if (!ordered && def.type === 'thirdParty' && !context.thirdPartyCodes.has(value)) {
      fail(path, `tiers « ${value} » inconnu : aucun tiers du scénario n'a ce code${suggestion(value, context.thirdPartyCodes)}`);
    } else if (!ordered && def.type === 'product' && !context.productReferences.has(value)) {
      fail(path, `article « ${value} » inconnu : aucune référence du catalogue${suggestion(value, context.productReferences)}`);
    } else if (!ordered && def.type === 'document') {
      const m = DOCUMENT_NUMBER.exec(value);
      if (!m) fail(path, `numéro de document attendu, ex. FA-2026-0005 (reçu « ${value} »)`);
      else {
        const last = lastOfSeries.get(`${m[1]}-${m[2]}`);
        if (last !== undefined && Number(m[3]) <= last && !context.documentNumbers?.has(value)) {
          fail(path, `document « ${value} » introuvable dans l'historique du scénario${suggestion(value, context.documentNumbers ?? [])}`);
        }
      }
    }
  };

  const checkCondition = (def: FieldDef, field: string, condition: unknown, path: Path) => {
    if (!isObj(condition)) {
      checkValue(def, field, 'eq', condition, path);
      return;
    }
    for (const [op, value] of Object.entries(condition)) {
      if (!(CONDITION_OPERATORS as readonly string[]).includes(op)) continue; // reported by the schema
      if (op === 'in') {
        if (Array.isArray(value)) value.forEach((v, k) => checkValue(def, field, 'eq', v, [...path, op, k]));
      } else checkValue(def, field, op, value, [...path, op]);
    }
  };

  const checkWhere = (fields: Record<string, FieldDef>, where: unknown, path: Path, what: string) => {
    if (!isObj(where)) return;
    for (const [field, condition] of Object.entries(where)) {
      const def = Object.hasOwn(fields, field) ? fields[field] : undefined;
      if (!def) {
        fail([...path, field], `champ « ${field} » inconnu pour ${what}${suggestion(field, Object.keys(fields))} ; champs : ${Object.keys(fields).join(', ')}`);
        continue;
      }
      checkCondition(def, field, condition, [...path, field]);
    }
  };

  const checkResource = (value: unknown, path: Path): ResourceDef | undefined => {
    const name = str(value);
    if (name === undefined) return undefined;
    if (!isCheckResource(name)) {
      fail(path, `ressource « ${name} » inconnue${suggestion(name, CHECK_RESOURCE_NAMES)} ; ressources : ${CHECK_RESOURCE_NAMES.join(', ')}`);
      return undefined;
    }
    return resourceDef(name);
  };

  const checkSelection = (selection: unknown, path: Path): ResourceDef | undefined => {
    if (!isObj(selection)) return undefined;
    const def = checkResource(selection.resource, [...path, 'resource']);
    if (!def) return undefined;
    checkWhere(def.fields, selection.where, [...path, 'where'], `la ressource ${str(selection.resource)}`);
    if (selection.lines !== undefined) {
      if (!def.lines) fail([...path, 'lines'], `la ressource ${str(selection.resource)} n'a pas de lignes`);
      else if (Array.isArray(selection.lines)) selection.lines.forEach((l, k) => checkWhere(def.lines!.fields, l, [...path, 'lines', k], `les lignes de ${str(selection.resource)}`));
    }
    return def;
  };

  const checkEvidence = (evidence: unknown, variables: Set<string>, path: Path) => {
    const text = str(evidence);
    if (text === undefined) return;
    for (const m of text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
      if (!variables.has(m[1]!)) fail(path, `{{${m[1]}}} ne peut pas être rempli${suggestion(m[1]!, variables)} ; disponibles : ${[...variables].join(', ')}`);
    }
  };

  const seen = new Map<string, number>();
  checks.forEach((check, i) => {
    if (!isObj(check)) return;
    const at = (...rest: Path): Path => ['checks', i, ...rest];
    const id = str(check.id);
    if (id !== undefined) {
      const first = seen.get(id);
      if (first !== undefined) fail(at('id'), `identifiant de vérification en double : « ${id} » (déjà utilisé par checks[${first}])`);
      else seen.set(id, i);
    }
    const kinds = CHECK_KINDS.filter((k) => check[k] !== undefined);
    if (kinds.length === 0) {
      fail(at(), `une vérification a exactement un type : ${CHECK_KINDS.join(', ')}`);
      return;
    }
    if (kinds.length > 1) {
      fail(at(kinds[1]!), `une vérification a un seul type (ici ${kinds.join(' et ')}) : faites-en plusieurs vérifications`);
      return;
    }
    const kind = kinds[0]!;
    const body = check[kind];
    const variables = new Set<string>(['count']);
    if (kind === 'sequence') {
      if (!isObj(body)) return;
      for (const side of ['first', 'then'] as const) {
        const event = body[side];
        if (!isObj(event)) continue;
        for (const field of Object.keys(JOURNAL_FIELDS)) variables.add(`${side}.${field}`);
        const name = str(event.resource);
        if (event.record !== undefined) {
          if (name !== undefined && !isCheckResource(name)) {
            fail(at(kind, side, 'resource'), `conditions record impossibles : la ressource « ${name} » n'est pas lisible par les vérifications (ressources : ${CHECK_RESOURCE_NAMES.join(', ')})`);
          } else if (name !== undefined) checkWhere(resourceDef(name).fields, event.record, at(kind, side, 'record'), `la ressource ${name}`);
        }
        if (side === 'then' && name !== undefined && isCheckResource(name)) for (const field of Object.keys(resourceDef(name).fields)) variables.add(field);
      }
    } else {
      const def = checkSelection(body, at(kind));
      if (def) for (const field of Object.keys(def.fields)) variables.add(field);
      if (def && isObj(body) && kind === 'field') {
        const field = str(body.field);
        const fieldDef = field !== undefined && Object.hasOwn(def.fields, field) ? def.fields[field] : undefined;
        if (field !== undefined && !fieldDef) fail(at(kind, 'field'), `champ « ${field} » inconnu pour la ressource ${str(body.resource)}${suggestion(field, Object.keys(def.fields))}`);
        if (fieldDef) {
          checkValue(fieldDef, field!, 'eq', body.equals, at(kind, 'equals'));
          if (body.tolerance !== undefined && !NUMERIC.has(fieldDef.type)) fail(at(kind, 'tolerance'), `tolérance réservée aux champs numériques (« ${field} » est ${typeLabel(fieldDef)})`);
        }
      }
      if (kind === 'count' && isObj(body)) checkCondition({ type: 'number', label: 'nombre' }, 'n', body.n, at(kind, 'n'));
    }
    checkEvidence(check.evidence, variables, at('evidence'));
  });
}

function typeLabel(def: FieldDef): string {
  switch (def.type) {
    case 'money':
      return 'un montant';
    case 'rate':
      return 'un taux';
    case 'quantity':
      return 'une quantité';
    case 'number':
      return 'un nombre';
    case 'date':
      return 'une date';
    case 'datetime':
      return 'une date et heure';
    case 'bool':
      return 'un booléen';
    case 'thirdParty':
      return 'un code tiers';
    case 'product':
      return 'une référence article';
    case 'document':
      return 'un numéro de document';
    default:
      return 'un texte';
  }
}
