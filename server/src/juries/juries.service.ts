import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AuthUser } from '../auth/auth-user.js';
import { DomainException, FieldErrorsException } from '../common/errors/domain.exception.js';
import { Clock } from '../common/time/clock.js';
import { ControlDb } from '../control/control-db.service.js';
import { User } from '../users/user.entity.js';
import { readableSession } from './jury-access.js';
import { SessionJury } from './jury.entity.js';

export interface AssignedJury {
  userId: number;
  username: string;
  displayName: string;
  assignedAt: string;
}

/** Assigns jury members to sessions; a jury reads only the sessions they are assigned to. */
@Injectable()
export class JuriesService {
  constructor(
    private readonly control: ControlDb,
    private readonly clock: Clock,
  ) {}

  async list(sessionId: number, user: AuthUser): Promise<AssignedJury[]> {
    return this.control.read(async (em) => {
      await readableSession(em, user, sessionId);
      return juriesOf(em, sessionId);
    });
  }

  /** Idempotent: assigning a jury twice keeps the first assignment. The user must be an active jury account. */
  async assign(sessionId: number, userId: number, user: AuthUser): Promise<AssignedJury> {
    return this.control.write(async (em) => {
      await readableSession(em, user, sessionId);
      const jury = await em.findOneBy(User, { id: userId });
      if (!jury || jury.role !== 'jury' || !jury.active) throw new FieldErrorsException({ userId: 'app.validation.not_a_jury' });
      await assignJury(em, sessionId, userId, this.clock.now().toISOString());
      return (await juriesOf(em, sessionId)).find((j) => j.userId === userId)!;
    });
  }

  async unassign(sessionId: number, userId: number, user: AuthUser): Promise<{ sessionId: number; userId: number }> {
    return this.control.write(async (em) => {
      await readableSession(em, user, sessionId);
      const result = await em.delete(SessionJury, { sessionId, userId });
      if (!result.affected) throw new DomainException('JURY_NOT_ASSIGNED');
      return { sessionId, userId };
    });
  }
}

/** Inserts the assignment unless it exists (also used by the demo bootstrap). */
export async function assignJury(em: EntityManager, sessionId: number, userId: number, at: string): Promise<void> {
  if (await em.countBy(SessionJury, { sessionId, userId })) return;
  await em.insert(SessionJury, { sessionId, userId, assignedAt: at });
}

/** Assigns the jury account `username` to the session, if the account exists (demo bootstrap). */
export async function assignJuryByUsername(em: EntityManager, sessionId: number, username: string): Promise<void> {
  const jury = await em.findOneBy(User, { username, role: 'jury' });
  if (jury) await assignJury(em, sessionId, jury.id, new Date().toISOString());
}

async function juriesOf(em: EntityManager, sessionId: number): Promise<AssignedJury[]> {
  const rows = await em.find(SessionJury, { where: { sessionId }, order: { assignedAt: 'ASC', id: 'ASC' } });
  const users = rows.length ? await em.findBy(User, { id: In(rows.map((r) => r.userId)) }) : [];
  return rows.map((r) => {
    const u = users.find((x) => x.id === r.userId);
    return { userId: r.userId, username: u?.username ?? '?', displayName: u?.displayName ?? '?', assignedAt: r.assignedAt };
  });
}
