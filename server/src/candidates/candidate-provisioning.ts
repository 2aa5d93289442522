import crypto from 'node:crypto';
import fs from 'node:fs';
import { EntityManager } from 'typeorm';
import { COST, generatePassword, hashPassword } from '../auth/password.js';
import { SandboxRegistry } from '../sandbox/sandbox-registry.service.js';
import { Sandbox } from '../sandboxes/sandbox.entity.js';
import { Session } from '../sessions/session.entity.js';
import { User } from '../users/user.entity.js';
import { Candidate } from './candidate.entity.js';
import { candidateUsername } from './candidate-numbers.js';

export interface CandidateToCreate {
  name: string;
  candidateNumber: string;
  extraMinutes: number;
  anonymousCode: string | null;
}

export interface PreparedCandidate extends CandidateToCreate {
  password: string;
  passwordHash: string;
  sandboxId: string;
  file: string;
}

/** What the proctor gets back, once: the only time the password is readable. */
export interface ProvisionedCandidate {
  candidateId: number;
  name: string;
  candidateNumber: string;
  username: string;
  password: string;
  extraMinutes: number;
  anonymousCode: string | null;
  sandboxId: string;
}

/** The sandbox template a session's candidates start from: the session's own version when still on disk. */
export interface SandboxTemplate {
  file: string;
  key: string;
  scenarioId: string;
  scenarioStartAt: string;
}

/**
 * Step 1, outside any transaction (slow parts): a generated password and its scrypt hash per
 * candidate, and a copy of the template as their sandbox file. Call `discardPrepared` if step 2 fails.
 */
export async function prepareCandidates(candidates: CandidateToCreate[], template: SandboxTemplate, registry: SandboxRegistry): Promise<PreparedCandidate[]> {
  const prepared = await Promise.all(
    candidates.map(async (c) => {
      const password = generatePassword();
      const sandboxId = `sb-${crypto.randomBytes(8).toString('hex')}`;
      return { ...c, password, passwordHash: await hashPassword(password, COST.generated), sandboxId, file: registry.fileOf(sandboxId) };
    }),
  );
  try {
    for (const c of prepared) fs.copyFileSync(template.file, c.file, fs.constants.COPYFILE_EXCL);
  } catch (e) {
    discardPrepared(prepared);
    throw e;
  }
  return prepared;
}

export function discardPrepared(prepared: PreparedCandidate[]): void {
  for (const c of prepared) fs.rmSync(c.file, { force: true });
}

/** Step 2, inside the control write transaction: one user, one sandbox row and one candidate row each. */
export async function insertCandidates(em: EntityManager, session: Session, template: SandboxTemplate, prepared: PreparedCandidate[], now: string): Promise<ProvisionedCandidate[]> {
  const created: ProvisionedCandidate[] = [];
  for (const c of prepared) {
    const username = candidateUsername(session.id, c.candidateNumber);
    const user = em.create(User, { username, role: 'candidate', displayName: c.name, passwordHash: c.passwordHash, active: true, createdAt: now });
    await em.insert(User, user);
    await em.insert(Sandbox, {
      id: c.sandboxId, sessionId: session.id, scenarioId: template.scenarioId, templateKey: template.key, scenarioStartAt: template.scenarioStartAt,
      resetCount: 0, lastResetAt: null, createdAt: now,
    });
    const candidate = em.create(Candidate, {
      sessionId: session.id, name: c.name, candidateNumber: c.candidateNumber, extraMinutes: c.extraMinutes, anonymousCode: c.anonymousCode,
      userId: user.id, sandboxId: c.sandboxId, createdAt: now,
    });
    await em.insert(Candidate, candidate);
    created.push({
      candidateId: candidate.id, name: c.name, candidateNumber: c.candidateNumber, username, password: c.password,
      extraMinutes: c.extraMinutes, anonymousCode: c.anonymousCode, sandboxId: c.sandboxId,
    });
  }
  return created;
}
