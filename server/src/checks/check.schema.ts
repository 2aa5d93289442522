/**
 * The `checks:` block of a scenario (seeds/README.md, "Checks"): declarative expectations on the
 * final state of a sandbox, each tied to an evaluation criterion. The shapes are checked here; what
 * depends on the resource (its fields, the types of the values, third-party codes, product
 * references, document numbers, evidence placeholders) is checked by validateChecks
 * (check-validation.ts), called from the scenario's root refinement so that every problem is
 * reported at once with its YAML path.
 */
import { z } from 'zod';
import { EXAM_CRITERIA } from './exam-criteria.js';

export const CONDITION_OPERATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'contains'] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

export type Scalar = string | number | boolean | null;
/** A value (equality) or an object of operators, all of which must hold. */
export type Condition = Scalar | Partial<Record<Exclude<ConditionOperator, 'in'>, Scalar>> & { in?: Scalar[] };
export type Where = Record<string, Condition>;

export const CHECK_KINDS = ['exists', 'field', 'count', 'absent', 'sequence'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export const CHECK_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

const isScalar = (v: unknown): v is Scalar => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A condition: `value` (equality) or `{ gte: 10 }`, `{ in: [a, b] }`, `{ contains: "texte" }`…
 * Checked by hand so that each problem gets a French message at the exact path.
 */
export const conditionSchema = z.custom<Condition>(() => true).superRefine((value, ctx) => {
  if (isScalar(value)) return;
  if (!isPlainObject(value)) {
    ctx.addIssue({ code: 'custom', message: 'condition attendue : une valeur (égalité) ou des opérateurs (eq, ne, gt, gte, lt, lte, in, contains), ex. { gte: 10 }' });
    return;
  }
  const operators = value as Record<string, unknown>;
  const keys = Object.keys(operators);
  if (keys.length === 0) ctx.addIssue({ code: 'custom', message: 'au moins un opérateur : eq, ne, gt, gte, lt, lte, in, contains' });
  for (const key of keys) {
    const v = operators[key];
    if (!(CONDITION_OPERATORS as readonly string[]).includes(key)) {
      ctx.addIssue({ code: 'custom', path: [key], message: `opérateur « ${key} » inconnu (opérateurs : ${CONDITION_OPERATORS.join(', ')})` });
    } else if (key === 'in') {
      if (!Array.isArray(v) || v.length === 0 || !v.every(isScalar)) ctx.addIssue({ code: 'custom', path: [key], message: 'in : liste non vide de valeurs attendue, ex. [validated, sent]' });
    } else if (key === 'contains') {
      if (typeof v !== 'string' || v.length === 0) ctx.addIssue({ code: 'custom', path: [key], message: 'contains : texte non vide attendu' });
    } else if (['gt', 'gte', 'lt', 'lte'].includes(key)) {
      if (typeof v !== 'number' && typeof v !== 'string') ctx.addIssue({ code: 'custom', path: [key], message: `${key} : nombre ou date attendu` });
    } else if (!isScalar(v)) {
      ctx.addIssue({ code: 'custom', path: [key], message: `${key} : une valeur attendue (texte, nombre, booléen ou null)` });
    }
  }
});

export const whereSchema = z.record(z.string(), conditionSchema);

const resource = () => z.string().min(1);

/** Records of one resource: `where` on their fields, and `lines` each matched by one of their lines. */
export const selectionSchema = z.strictObject({
  resource: resource(),
  where: whereSchema.optional(),
  lines: z.array(whereSchema).min(1, { message: 'au moins une condition de ligne' }).optional(),
});

export const fieldCheckSchema = z.strictObject({
  resource: resource(),
  where: whereSchema.optional(),
  lines: z.array(whereSchema).min(1, { message: 'au moins une condition de ligne' }).optional(),
  field: z.string().min(1),
  equals: z.custom<Scalar>((v) => isScalar(v), { message: 'valeur attendue : texte, nombre, booléen ou null' }),
  tolerance: z.number().min(0, { message: 'tolérance négative interdite' }).optional(),
});

export const countCheckSchema = z.strictObject({
  resource: resource(),
  where: whereSchema.optional(),
  lines: z.array(whereSchema).min(1, { message: 'au moins une condition de ligne' }).optional(),
  n: conditionSchema,
});

/** A journal entry: its resource and action, optionally a text of its label and conditions on the record it is about. */
export const eventSchema = z.strictObject({
  resource: resource(),
  action: z.string().min(1),
  label: z.string().min(1).optional(),
  record: whereSchema.optional(),
});

export const sequenceCheckSchema = z.strictObject({
  first: eventSchema,
  then: eventSchema,
  sameRecord: z.boolean().optional(),
});

export const checkSchema = z.strictObject({
  id: z.string().regex(CHECK_ID_PATTERN, { message: 'identifiant invalide : minuscules, chiffres et tirets (ex. devis-demande-client)' }),
  label: z.string().min(1).max(300),
  criterion: z.enum(EXAM_CRITERIA, {
    error: (iss) => (iss.input === undefined ? undefined : `critère inconnu « ${String(iss.input)} » : un identifiant de shared/reference/exam-criteria.md (ex. CNED-C1.1, TP-CP4, SC-2.2c)`),
  }),
  evidence: z.string().min(1).max(500),
  points: z
    .number()
    .positive({ message: 'nombre de points > 0 attendu' })
    .max(100, { message: '100 points au plus' })
    .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { message: 'points : 2 décimales au plus' })
    .optional(),
  exists: selectionSchema.optional(),
  field: fieldCheckSchema.optional(),
  count: countCheckSchema.optional(),
  absent: selectionSchema.optional(),
  sequence: sequenceCheckSchema.optional(),
});

export type ScenarioCheck = z.infer<typeof checkSchema>;
export type CheckSelection = z.infer<typeof selectionSchema>;
export type CheckEvent = z.infer<typeof eventSchema>;

/** The kind of a check (the one kind key it has; validation guarantees exactly one). */
export function kindOf(check: Pick<ScenarioCheck, CheckKind>): CheckKind {
  return CHECK_KINDS.find((k) => check[k] !== undefined) ?? 'exists';
}
