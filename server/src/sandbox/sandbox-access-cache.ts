import { Injectable } from '@nestjs/common';
import { Candidate } from '../candidates/candidate.entity.js';
import { ControlDb } from '../control/control-db.service.js';
import { Sandbox } from '../sandboxes/sandbox.entity.js';
import { Session } from '../sessions/session.entity.js';

export interface SandboxRecords {
  sandbox: Sandbox;
  session: Session | null;
  candidate: Candidate | null;
}

/**
 * sandboxId → its control records (sandbox, session, candidate), kept a few seconds so that a list
 * request costs no control-DB lookup. Access is still computed at each request from these records
 * and the clock; any change of the records (proctor action, lock, unlock) forgets them at once.
 */
@Injectable()
export class SandboxAccessCache {
  static readonly TTL_MS = 5_000;
  private readonly cache = new Map<string, { found: SandboxRecords; at: number }>();

  constructor(private readonly control: ControlDb) {}

  async get(sandboxId: string): Promise<SandboxRecords | null> {
    const hit = this.cache.get(sandboxId);
    // Real elapsed time, not the (possibly frozen) control clock.
    if (hit && Date.now() - hit.at < SandboxAccessCache.TTL_MS) return hit.found;
    const found = await this.control.read(async (em) => {
      const sandbox = await em.findOneBy(Sandbox, { id: sandboxId });
      if (!sandbox) return null;
      const session = sandbox.sessionId ? await em.findOneBy(Session, { id: sandbox.sessionId }) : null;
      const candidate = await em.findOneBy(Candidate, { sandboxId });
      return { sandbox, session, candidate };
    });
    if (this.cache.size > 10_000) this.cache.clear();
    if (found) this.cache.set(sandboxId, { found, at: Date.now() });
    return found;
  }

  forget(sandboxId: string): void {
    this.cache.delete(sandboxId);
  }

  /** Forgets every sandbox of a session (after a pause, a resume, an early end…). */
  forgetSession(sessionId: number): void {
    for (const [id, entry] of this.cache) if (entry.found.sandbox.sessionId === sessionId) this.cache.delete(id);
  }
}
