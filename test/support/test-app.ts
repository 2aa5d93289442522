/**
 * One real Comptoir app per e2e suite: a fresh temporary DATA_DIR, the real seeds, the same pipes and
 * filters as main.ts (createApp), and helpers to log in, create sessions and staff accounts, and to
 * prove from the SQLite files themselves that a refused request wrote nothing.
 */
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../server/src/app';
import { loadAppConfig } from '../../server/src/config/app.config';
import { AdjustableClock } from '../../server/src/common/time/clock';
import { SessionLockService } from '../../server/src/sessions/session-lock.service';

export const ADMIN_PASSWORD = 'e2e-admin-password';
export const SCENARIO_ID = 'bureau-plus';

export interface CandidateInput {
  name: string;
  candidateNumber: string;
  extraMinutes?: number | null;
}

export interface CreatedCandidate {
  id: number;
  name: string;
  candidateNumber: string;
  extraMinutes: number;
  username: string;
  password: string;
  sandboxId: string;
  endsAt: string;
  resetCount: number;
  lastResetAt: string | null;
}

export interface CreatedSession {
  id: number;
  name: string;
  scenarioId: string;
  scenarioTitle: string;
  mode: 'exam' | 'training';
  startsAt: string;
  durationMinutes: number;
  endsAt: string;
  status: string;
  candidateCount: number;
  candidates: CreatedCandidate[];
}

export interface StaffAccount {
  id: number;
  username: string;
  displayName: string;
  role: 'admin' | 'proctor' | 'jury';
  password: string;
  token: string;
}

/** Requests with one user's token already set. */
export interface Client {
  get(url: string): request.Test;
  post(url: string): request.Test;
  put(url: string): request.Test;
  delete(url: string): request.Test;
}

export interface TestApp {
  app: NestExpressApplication;
  /**
   * The control plane's clock: follows the system time until a test sets or advances it (session
   * windows, pauses, locks, token expiry, the scenario clock's running time).
   */
  clock: AdjustableClock;
  /** Runs the lock sweep now (the periodic sweep is off in tests; the first request after an end locks too). */
  sweepLocks(): Promise<number>;
  http: ReturnType<typeof request>;
  /** Requests authenticated with `token`. */
  as(token: string): Client;
  dataDir: string;
  adminToken: string;
  login(username: string, password: string): Promise<string>;
  createSession(token: string, overrides?: Partial<SessionInput>): Promise<CreatedSession>;
  candidateToken(session: CreatedSession, index?: number): Promise<string>;
  createStaff(role: 'proctor' | 'jury' | 'admin', username?: string): Promise<StaffAccount>;
  createProctor(username?: string): Promise<StaffAccount>;
  createJury(username?: string): Promise<StaffAccount>;
  close(): Promise<void>;
}

export type SessionInput = {
  name: string;
  scenarioId: string;
  mode: 'exam' | 'training';
  startsAt: string;
  durationMinutes: number;
  candidates: CandidateInput[];
};

let staffCounter = 0;

/** `Authorization` header value for a token. */
export const bearer = (token: string) => `Bearer ${token}`;

/** A session that started a minute ago and lasts three hours, with two candidates. */
export function sessionInput(overrides: Partial<SessionInput> = {}): SessionInput {
  return {
    name: 'Session e2e',
    scenarioId: SCENARIO_ID,
    mode: 'exam',
    startsAt: new Date(Date.now() - 60_000).toISOString(),
    durationMinutes: 180,
    candidates: [
      { name: 'Alice Candidate', candidateNumber: '001', extraMinutes: 0 },
      { name: 'Bruno Candidat', candidateNumber: '002', extraMinutes: 30 },
    ],
    ...overrides,
  };
}

export async function startTestApp(): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-e2e-'));
  const clock = new AdjustableClock();
  const config = {
    ...loadAppConfig({
      DATA_DIR: dataDir,
      ADMIN_PASSWORD,
      DEMO: 'false',
      // No SPA fallback in API tests: unknown paths must reach Nest.
      ADMIN_DIST_DIR: path.join(dataDir, 'no-admin-dist'),
      // No background lock sweep: tests call sweepLocks() (or rely on the lock at the first request after an end).
      LOCK_SWEEP_SECONDS: '0',
    }),
    clock,
  };
  const { app } = await createApp(config, { logger: false });
  await app.init();
  const http = request(app.getHttpServer());

  const login = async (username: string, password: string): Promise<string> => {
    const res = await http.post('/api/auth/login').send({ username, password });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.token as string;
  };
  const adminToken = await login('admin', ADMIN_PASSWORD);

  const createSession = async (token: string, overrides: Partial<SessionInput> = {}): Promise<CreatedSession> => {
    const res = await http.post('/api/sessions').set('Authorization', bearer(token)).send(sessionInput(overrides));
    if (res.status !== 201) throw new Error(`create session: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as CreatedSession;
  };

  const candidateToken = (session: CreatedSession, index = 0) => login(session.candidates[index].username, session.candidates[index].password);

  const createStaff = async (role: 'proctor' | 'jury' | 'admin', username = `${role}-${++staffCounter}`): Promise<StaffAccount> => {
    const res = await http
      .post('/api/users')
      .set('Authorization', bearer(adminToken))
      .send({ username, displayName: `${role} ${username}`, role });
    if (res.status !== 201) throw new Error(`create ${role}: ${res.status} ${JSON.stringify(res.body)}`);
    return { ...res.body, token: await login(username, res.body.password) } as StaffAccount;
  };

  const as = (token: string): Client => ({
    get: (url) => http.get(url).set('Authorization', bearer(token)),
    post: (url) => http.post(url).set('Authorization', bearer(token)),
    put: (url) => http.put(url).set('Authorization', bearer(token)),
    delete: (url) => http.delete(url).set('Authorization', bearer(token)),
  });

  return {
    app,
    clock,
    sweepLocks: () => app.get(SessionLockService).sweep(),
    http,
    as,
    dataDir,
    adminToken,
    login,
    createSession,
    candidateToken,
    createStaff,
    createProctor: (username) => createStaff('proctor', username),
    createJury: (username) => createStaff('jury', username),
    close: async () => {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Path of a sandbox file. */
export function sandboxFile(dataDir: string, sandboxId: string): string {
  return path.join(dataDir, 'sandboxes', `${sandboxId}.sqlite`);
}

/** Opens a sandbox (or any SQLite) file read-only and runs `fn`. */
export function withSqlite<T>(file: string, fn: (db: Database.Database) => T, options: { readonly?: boolean } = { readonly: true }): T {
  const db = new Database(file, { readonly: options.readonly ?? true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/**
 * A hash of every table's full content (tables by name, rows sorted), read from the sandbox file
 * itself: equal before and after a request proves that the request wrote nothing.
 */
export function sandboxFingerprint(dataDir: string, sandboxId: string, options: { exclude?: string[] } = {}): string {
  return fileFingerprint(sandboxFile(dataDir, sandboxId), options);
}

export function fileFingerprint(file: string, { exclude = [] }: { exclude?: string[] } = {}): string {
  return withSqlite(file, (db) => {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[];
    const hash = crypto.createHash('sha256');
    for (const table of tables) {
      if (exclude.includes(table)) continue;
      const rows = (db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`).raw().all() as unknown[][]).map((row) =>
        JSON.stringify(row, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)),
      );
      rows.sort();
      hash.update(`${table}\n${rows.join('\n')}\n`);
    }
    return hash.digest('hex');
  });
}

/** Every file under a directory (relative paths, sorted): to prove no file was created. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(path.relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/** Every file of the data dir except SQLite sidecars (-wal/-shm come and go with connections). */
export function dataFiles(dataDir: string): string[] {
  return listFiles(dataDir).filter((f) => !/-(wal|shm|journal)$/.test(f));
}
