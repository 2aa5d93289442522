import { Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuthUser } from '../auth/auth-user.js';
import { verifyPassword } from '../auth/password.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { FieldErrorsException } from '../common/errors/domain.exception.js';
import { APP_CONFIG, AppConfig } from '../config/app.config.js';
import { ControlDb } from '../control/control-db.service.js';
import { readableSession } from '../juries/jury-access.js';
import { User } from '../users/user.entity.js';
import { frenchStart, LoginCard, renderLoginCards } from './login-cards.pdf.js';

export interface Credential {
  username: string;
  password: string;
}

/**
 * Login cards for the credentials a proctor got at session creation or import (the server keeps only
 * password hashes, so the cards are made from that answer). Every username must be a candidate of
 * this session and every password must be theirs: a card with a typo would lock a candidate out.
 */
@Injectable()
export class LoginCardsService {
  constructor(
    private readonly control: ControlDb,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async pdf(sessionId: number, credentials: Credential[], user: AuthUser, requestOrigin: string | null): Promise<{ filename: string; buffer: Buffer }> {
    const { session, users, candidates } = await this.control.read(async (em) => {
      const session = await readableSession(em, user, sessionId);
      const users = await em.findBy(User, { username: In(credentials.map((c) => c.username)), role: 'candidate' });
      const candidates = users.length ? await em.findBy(Candidate, { sessionId, userId: In(users.map((u) => u.id)) }) : [];
      return { session, users, candidates };
    });

    const errors: Record<string, Record<string, string>> = {};
    const seen = new Set<string>();
    const cards: LoginCard[] = [];
    const toVerify: { i: number; password: string; hash: string }[] = [];
    credentials.forEach((c, i) => {
      const account = users.find((u) => u.username === c.username);
      const candidate = account && candidates.find((x) => x.userId === account.id);
      if (!account || !candidate) errors[i] = { username: 'app.validation.not_a_candidate_of_session' };
      else if (seen.has(c.username)) errors[i] = { username: 'app.validation.duplicate' };
      else {
        toVerify.push({ i, password: c.password, hash: account.passwordHash });
        const title = session.anonymous ? `Candidat n° ${candidate.candidateNumber}` : candidate.name;
        cards.push({ title, candidateNumber: candidate.candidateNumber, username: c.username, password: c.password });
      }
      seen.add(c.username);
    });
    // Generated passwords have a light scrypt cost (COST.generated: a few ms each, on libuv's thread pool).
    const verified = await Promise.all(toVerify.map((v) => verifyPassword(v.password, v.hash)));
    toVerify.forEach((v, k) => {
      if (!verified[k]) errors[v.i] = { password: 'app.validation.password_mismatch' };
    });
    if (Object.keys(errors).length) throw new FieldErrorsException({ credentials: errors } as unknown as Record<string, string>);

    const buffer = await renderLoginCards({
      sessionName: session.name,
      scenarioTitle: session.scenarioTitle,
      startsAt: frenchStart(session.startsAt),
      appUrl: this.appUrl(requestOrigin),
      cards,
    });
    return { filename: `cartes-connexion-session-${session.id}.pdf`, buffer };
  }

  /** PUBLIC_URL when set; else the origin the proctor's browser used, unless it is this machine only (localhost). */
  private appUrl(origin: string | null): string | null {
    const configured = this.config.publicUrl;
    if (configured) return configured;
    if (!origin) return null;
    try {
      const url = new URL(origin);
      if (!/^https?:$/.test(url.protocol) || ['localhost', '127.0.0.1', '[::1]', '::1'].includes(url.hostname)) return null;
      return url.origin;
    } catch {
      return null;
    }
  }
}
