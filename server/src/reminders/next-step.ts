import type { RecoveryKind, RecoveryStep } from '../company/company.entity.js';

/**
 * Where the recovery procedure stands (legal-fr §3.1), as pure functions of the dates: what an
 * overdue invoice needs next, and whether its client is to be chased today.
 */
export type NextStep = { level: number; kind: RecoveryKind; label: string } | { kind: 'litigation'; label: string };

export const LITIGATION_STEP: NextStep = { kind: 'litigation', label: 'Transfert au contentieux' };

/**
 * The next step of one invoice. Levels are never skipped: only the level right after the last one
 * done is considered, and it is due once the invoice is `afterDays` overdue. Once the last level is
 * done, the file can go to litigation from `litigationAfterDays` overdue. Null: nothing due yet.
 */
export function invoiceNextStep(steps: readonly RecoveryStep[], lastLevel: number, daysOverdue: number, litigationAfterDays: number): NextStep | null {
  if (daysOverdue <= 0) return null;
  const next = [...steps].sort((a, b) => a.level - b.level).find((s) => s.level > lastLevel);
  if (next) return next.afterDays <= daysOverdue ? { level: next.level, kind: next.kind, label: next.label } : null;
  return steps.length > 0 && daysOverdue >= litigationAfterDays ? LITIGATION_STEP : null;
}

/** Litigation first, then the highest level. */
export function mostAdvanced(steps: readonly (NextStep | null)[]): NextStep | null {
  const rank = (s: NextStep) => (s.kind === 'litigation' ? Number.MAX_SAFE_INTEGER : s.level);
  return steps.filter((s): s is NextStep => s !== null).reduce<NextStep | null>((best, s) => (!best || rank(s) > rank(best) ? s : best), null);
}

export interface ClientFollowUpInput {
  today: string;
  /** Each overdue invoice: its next step and the new deadline given by the last written reminder that covered it. */
  invoices: { nextStep: NextStep | null; deadline: string | null }[];
  /** Date promised by the client in the latest call with a promise to pay. */
  promisedDate: string | null;
  /** An active payment plan with no late installment. */
  planOnTrack: boolean;
  litigationSince: string | null;
}

/**
 * The client's next step (the most advanced one due over its invoices) and whether to act today:
 * not while a promise to pay runs, a payment plan is followed, the deadline given by the last
 * reminder has not passed, or once the client is in litigation.
 */
export function clientFollowUp(input: ClientFollowUpInput): { nextStep: NextStep | null; dueToday: boolean } {
  if (input.litigationSince) return { nextStep: null, dueToday: false };
  const waiting = (deadline: string | null) => deadline !== null && deadline >= input.today;
  const ready = input.invoices.filter((i) => i.nextStep && !waiting(i.deadline));
  const nextStep = mostAdvanced(ready.map((i) => i.nextStep)) ?? mostAdvanced(input.invoices.map((i) => i.nextStep));
  const promiseRuns = input.promisedDate !== null && input.promisedDate >= input.today;
  return { nextStep, dueToday: ready.length > 0 && !promiseRuns && !input.planOnTrack };
}
