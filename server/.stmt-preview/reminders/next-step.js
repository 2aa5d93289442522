"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LITIGATION_STEP = void 0;
exports.invoiceNextStep = invoiceNextStep;
exports.mostAdvanced = mostAdvanced;
exports.clientFollowUp = clientFollowUp;
exports.LITIGATION_STEP = { kind: 'litigation', label: 'Transfert au contentieux' };
/**
 * The next step of one invoice. Levels are never skipped: only the level right after the last one
 * done is considered, and it is due once the invoice is `afterDays` overdue. Once the last level is
 * done, the file can go to litigation from `litigationAfterDays` overdue. Null: nothing due yet.
 */
function invoiceNextStep(steps, lastLevel, daysOverdue, litigationAfterDays) {
    if (daysOverdue <= 0)
        return null;
    const next = [...steps].sort((a, b) => a.level - b.level).find((s) => s.level > lastLevel);
    if (next)
        return next.afterDays <= daysOverdue ? { level: next.level, kind: next.kind, label: next.label } : null;
    return steps.length > 0 && daysOverdue >= litigationAfterDays ? exports.LITIGATION_STEP : null;
}
/** Litigation first, then the highest level. */
function mostAdvanced(steps) {
    const rank = (s) => (s.kind === 'litigation' ? Number.MAX_SAFE_INTEGER : s.level);
    return steps.filter((s) => s !== null).reduce((best, s) => (!best || rank(s) > rank(best) ? s : best), null);
}
/**
 * The client's next step (the most advanced one due over its invoices) and whether to act today:
 * not while a promise to pay runs, a payment plan is followed, the deadline given by the last
 * reminder has not passed, or once the client is in litigation.
 */
function clientFollowUp(input) {
    if (input.litigationSince)
        return { nextStep: null, dueToday: false };
    const waiting = (deadline) => deadline !== null && deadline >= input.today;
    const ready = input.invoices.filter((i) => i.nextStep && !waiting(i.deadline));
    const nextStep = mostAdvanced(ready.map((i) => i.nextStep)) ?? mostAdvanced(input.invoices.map((i) => i.nextStep));
    const promiseRuns = input.promisedDate !== null && input.promisedDate >= input.today;
    return { nextStep, dueToday: ready.length > 0 && !promiseRuns && !input.planOnTrack };
}
//# sourceMappingURL=next-step.js.map