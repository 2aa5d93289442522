import { Role } from '../users/user.entity.js';
import { ScenarioClock } from './scenario-clock.js';

export interface Actor {
  userId: number;
  username: string;
  role: Role;
}

/** Everything a domain service needs to act in one sandbox, resolved from the authenticated request. */
export interface SandboxContext {
  sandboxId: string;
  clock: ScenarioClock;
  actor: Actor;
  /** False for juries, proctors and admins (read-only), and for a candidate outside their time window. */
  writable: boolean;
  /** Why it is not writable, as an error code. */
  lockReason?: 'READ_ONLY_ROLE' | 'SESSION_NOT_STARTED' | 'SESSION_PAUSED' | 'SANDBOX_LOCKED';
  /**
   * A candidate's writes stop at their end (or the end of an incident unlock): SandboxDb checks it
   * again when the write transaction runs, so a write queued behind the lock snapshot is refused.
   */
  writableUntil?: Date | null;
}

/** Strict: the id becomes a file name. Lower-case letters, digits and inner dashes only. */
export const SANDBOX_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export function isValidSandboxId(id: unknown): id is string {
  return typeof id === 'string' && SANDBOX_ID_PATTERN.test(id);
}
