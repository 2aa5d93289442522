import { Role } from '../users/user.entity.js';

/** The authenticated user attached to each request by the AuthGuard. */
export interface AuthUser {
  id: number;
  username: string;
  role: Role;
  displayName: string;
  /** Candidates only. */
  sandboxId?: string;
  candidateId?: number;
  sessionId?: number;
}

export function publicUser(user: AuthUser) {
  const { id, username, role, displayName, sandboxId } = user;
  return sandboxId ? { id, username, role, displayName, sandboxId } : { id, username, role, displayName };
}
