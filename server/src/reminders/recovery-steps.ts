import type { Company, RecoveryStep } from '../company/company.entity.js';

/** The usual procedure (legal-fr §3.1), used while the company has no steps of its own. */
export const DEFAULT_RECOVERY_STEPS: readonly RecoveryStep[] = [
  { level: 1, afterDays: 7, kind: 'email', label: 'Relance amiable par e-mail' },
  { level: 2, afterDays: 20, kind: 'letter', label: 'Relance ferme par courrier avec pénalités' },
  { level: 3, afterDays: 35, kind: 'formal_notice', label: 'Mise en demeure (LRAR)' },
];

/** The company's recovery steps sorted by level, or the default procedure when none is set. */
export function recoveryStepsOf(company: Pick<Company, 'recoverySteps'>): RecoveryStep[] {
  const steps = Array.isArray(company.recoverySteps) && company.recoverySteps.length ? company.recoverySteps : DEFAULT_RECOVERY_STEPS;
  return [...steps].sort((a, b) => a.level - b.level);
}

/** The highest level of the procedure (the formal notice in the default one). */
export function lastLevelOf(steps: readonly RecoveryStep[]): number {
  return steps.reduce((max, s) => Math.max(max, s.level), 0);
}

/** Days after the due date at which the procedure reaches its last written step (the formal notice). */
export function formalNoticeDelay(company: Pick<Company, 'recoverySteps'>): number {
  const steps = recoveryStepsOf(company);
  return steps[steps.length - 1].afterDays;
}
