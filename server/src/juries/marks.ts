/**
 * Jury marks, pure part: validation of a PUT body and the CSV table. Points and scales are numbers
 * with at most 2 decimals, stored as integer hundredths (12.5 → 1250), never as floats.
 */
import { ExportTable } from '../common/export/export-table.js';
import { EXAM_CRITERIA } from '../checks/exam-criteria.js';
import { criterionLabel, isExamCriterion } from './criterion-labels.js';

export interface MarkInput {
  criterionId: string;
  /** Null: not graded yet (a comment alone). */
  pointsHundredths: number | null;
  maxPointsHundredths: number;
  comment: string | null;
}

export const MAX_MARKS_PER_PUT = 100;
export const MAX_COMMENT = 2000;
/** Largest scale accepted for one criterion. */
export const MAX_SCALE = 1000;

/** 12.5 → 1250; null when not a finite number with at most 2 decimals. */
export function toHundredths(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const scaled = Math.round(value * 100);
  return Math.abs(scaled - value * 100) < 1e-6 ? scaled : null;
}

/** 1250 → 12.5 */
export function fromHundredths(value: number | null): number | null {
  return value === null ? null : value / 100;
}

export type MarkErrors = Record<string, Record<string, string>>;

/** Validates a PUT body: an array of marks, or `{ marks: [...] }`. Errors are keyed by index. */
export function parseMarks(body: unknown): { ok: true; marks: MarkInput[] } | { ok: false; errors: Record<string, unknown> } {
  const list = Array.isArray(body) ? body : (body as { marks?: unknown } | null)?.marks;
  if (!Array.isArray(list) || !list.length) return { ok: false, errors: { marks: 'app.validation.required' } };
  if (list.length > MAX_MARKS_PER_PUT) return { ok: false, errors: { marks: 'app.validation.too_large' } };
  const errors: MarkErrors = {};
  const fail = (i: number, field: string, key: string) => {
    errors[i] ??= {};
    errors[i][field] ??= `app.validation.${key}`;
  };
  const seen = new Set<string>();
  const marks: MarkInput[] = [];
  list.forEach((raw, i) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      fail(i, 'criterionId', 'invalid');
      return;
    }
    const item = raw as Record<string, unknown>;
    const criterionId = typeof item.criterionId === 'string' ? item.criterionId.trim() : '';
    if (!criterionId) fail(i, 'criterionId', 'required');
    else if (!isExamCriterion(criterionId)) fail(i, 'criterionId', 'unknown_criterion');
    else if (seen.has(criterionId)) fail(i, 'criterionId', 'duplicate');
    seen.add(criterionId);

    const max = toHundredths(item.maxPoints);
    if (item.maxPoints === undefined || item.maxPoints === null || item.maxPoints === '') fail(i, 'maxPoints', 'required');
    else if (typeof item.maxPoints !== 'number') fail(i, 'maxPoints', 'number');
    else if (max === null) fail(i, 'maxPoints', 'points');
    else if (max <= 0) fail(i, 'maxPoints', 'positive');
    else if (max > MAX_SCALE * 100) fail(i, 'maxPoints', 'too_large');

    let points: number | null = null;
    if (item.points !== undefined && item.points !== null && item.points !== '') {
      points = toHundredths(item.points);
      if (typeof item.points !== 'number') fail(i, 'points', 'number');
      else if (points === null) fail(i, 'points', 'points');
      else if (points < 0) fail(i, 'points', 'positive');
      else if (max !== null && points > max) fail(i, 'points', 'points_above_max');
    }

    let comment: string | null = null;
    if (item.comment !== undefined && item.comment !== null) {
      if (typeof item.comment !== 'string') fail(i, 'comment', 'string');
      else if (item.comment.length > MAX_COMMENT) fail(i, 'comment', 'too_long');
      else comment = item.comment.trim() || null;
    }
    marks.push({ criterionId, pointsHundredths: points, maxPointsHundredths: max ?? 0, comment });
  });
  return Object.keys(errors).length ? { ok: false, errors: { marks: errors } } : { ok: true, marks };
}

export interface MarkRow {
  candidateNumber: string;
  anonymousCode: string | null;
  /** The name, or the label when the reader may not see names. */
  candidate: string;
  criterionId: string;
  jury: string;
  pointsHundredths: number | null;
  maxPointsHundredths: number | null;
  comment: string | null;
  updatedAt: string;
}

const CRITERION_ORDER = new Map<string, number>(EXAM_CRITERIA.map((id, i) => [id, i]));

/** One row per candidate × criterion × jury, sorted that way; French headers (toCsv: ';', BOM, decimal comma). */
export function marksTable(sessionName: string, rows: MarkRow[]): ExportTable {
  const sorted = [...rows].sort(
    (a, b) =>
      a.candidateNumber.localeCompare(b.candidateNumber, 'fr', { numeric: true }) ||
      (CRITERION_ORDER.get(a.criterionId) ?? 999) - (CRITERION_ORDER.get(b.criterionId) ?? 999) ||
      a.jury.localeCompare(b.jury, 'fr'),
  );
  return {
    sheetName: 'Notes',
    columns: [
      { header: 'Session', width: 30, kind: 'text' },
      { header: 'N° de candidat', width: 14, kind: 'text' },
      { header: "Code d'anonymat", width: 14, kind: 'text' },
      { header: 'Candidat', width: 28, kind: 'text' },
      { header: 'Critère', width: 12, kind: 'text' },
      { header: 'Libellé du critère', width: 50, kind: 'text' },
      { header: 'Jury', width: 24, kind: 'text' },
      { header: 'Note', width: 8, kind: 'money' },
      { header: 'Barème', width: 8, kind: 'money' },
      { header: 'Commentaire', width: 60, kind: 'text' },
      { header: 'Modifié le', width: 20, kind: 'text' },
    ],
    rows: sorted.map((r) => [
      sessionName, r.candidateNumber, r.anonymousCode, r.candidate, r.criterionId, criterionLabel(r.criterionId) ?? '', r.jury,
      r.pointsHundredths, r.maxPointsHundredths, r.comment, parisDateTime(r.updatedAt),
    ]),
  };
}

const PARIS = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "2026-03-16T07:30:00Z" → "16/03/2026 08:30" (Paris time). */
export function parisDateTime(iso: string): string {
  return PARIS.format(new Date(iso)).replace(',', '');
}
