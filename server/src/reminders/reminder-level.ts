import type { RecoveryStep } from '../company/company.entity.js';
import type { ReminderKind } from './reminder.entity.js';

/**
 * The level a new written reminder takes, and the rule that no level is skipped: a reminder of level
 * N needs level N − 1 done on every invoice it covers. Sending the same level again is allowed.
 */
export function defaultLevel(steps: readonly RecoveryStep[], kind: Exclude<ReminderKind, 'phone'>, lastLevels: number[]): number {
  const next = Math.min(...lastLevels.map((l) => l + 1));
  const ofKind = steps.filter((s) => s.kind === kind).map((s) => s.level).sort((a, b) => a - b);
  if (!ofKind.length) return Math.min(next, Math.max(...steps.map((s) => s.level)));
  if (ofKind.includes(next)) return next;
  // The step of this kind not yet reached (a formal notice asked too early), else the last one done (sent again).
  return ofKind.find((l) => l > next) ?? ofKind.filter((l) => l < next).at(-1)!;
}

/** The first invoice (index) for which `level` would skip a level, or -1. */
export function skippedLevelAt(level: number, lastLevels: number[]): number {
  return lastLevels.findIndex((last) => level > last + 1);
}
