import { Inject, Injectable, Logger } from '@nestjs/common';
import fs from 'node:fs';
import path from 'node:path';
import { COST, generatePassword, hashPassword } from '../auth/password.js';
import { APP_CONFIG, AppConfig } from '../config/app.config.js';
import { ControlDb } from '../control/control-db.service.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { assignJuryByUsername } from '../juries/juries.service.js';
import { ScenariosService } from '../scenarios/scenarios.service.js';
import { Session } from '../sessions/session.entity.js';
import { candidateEndsAt } from '../sessions/session-window.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { Role, User } from '../users/user.entity.js';

export interface Credential {
  role: Role;
  username: string;
  password: string;
  note?: string;
}

interface DemoFile {
  sessionId: number | null;
  credentials: Credential[];
}

const DEMO_STAFF: { username: string; role: Role; displayName: string }[] = [
  { username: 'demo-surveillant', role: 'proctor', displayName: 'Surveillant de démonstration' },
  { username: 'demo-jury', role: 'jury', displayName: 'Jury de démonstration' },
];

/**
 * First-boot setup: the control database, the scenario templates, the `admin` account, and (unless
 * DEMO=false) demo proctor and jury accounts with a running training session of two candidates.
 * Demo credentials are kept in data/demo-credentials.json (mode 600) and printed at every start.
 */
@Injectable()
export class BootstrapService {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly control: ControlDb,
    private readonly scenarios: ScenariosService,
    private readonly sessions: SessionsService,
  ) {}

  get demoFile(): string {
    return path.join(this.config.dataDir, 'demo-credentials.json');
  }

  /** Returns the credentials to print: a new admin password (once) and the demo logins. */
  async run(): Promise<{ admin: Credential | null; demo: Credential[] }> {
    await this.control.open();
    await this.scenarios.load();
    const admin = await this.ensureAdmin();
    const demo = this.config.demo ? await this.ensureDemo() : [];
    return { admin, demo };
  }

  private async ensureAdmin(): Promise<Credential | null> {
    const existing = await this.control.read((em) => em.findOneBy(User, { username: 'admin' }));
    const given = this.config.adminPassword;
    if (existing && !given) return null;
    const password = given ?? generatePassword();
    const passwordHash = await hashPassword(password, COST.staff);
    await this.control.write(async (em) => {
      if (existing) await em.update(User, { id: existing.id }, { passwordHash, active: true });
      else await em.insert(User, { username: 'admin', role: 'admin', displayName: 'Administrateur', passwordHash, active: true, createdAt: new Date().toISOString() });
    });
    return given ? null : { role: 'admin', username: 'admin', password, note: 'affiché une seule fois : notez-le (ou fixez ADMIN_PASSWORD)' };
  }

  private async ensureDemo(): Promise<Credential[]> {
    const file = this.readDemoFile();
    let credentials = file.credentials.filter((c) => c.role !== 'candidate');
    for (const staff of DEMO_STAFF) {
      const exists = await this.control.read((em) => em.findOneBy(User, { username: staff.username }));
      const known = credentials.find((c) => c.username === staff.username);
      if (exists && known) continue;
      const password = generatePassword();
      const passwordHash = await hashPassword(password, COST.staff);
      await this.control.write(async (em) => {
        if (exists) await em.update(User, { id: exists.id }, { passwordHash });
        else await em.insert(User, { ...staff, passwordHash, active: true, createdAt: new Date().toISOString() });
      });
      credentials = [...credentials.filter((c) => c.username !== staff.username), { role: staff.role, username: staff.username, password }];
    }

    let sessionId = file.sessionId;
    let candidates = file.credentials.filter((c) => c.role === 'candidate');
    if (!sessionId || !(await this.stillRunning(sessionId)) || !candidates.length) {
      const scenario = this.scenarios.list()[0];
      if (!scenario) {
        this.logger.warn('Aucun scénario valide : pas de session de démonstration.');
        return credentials;
      }
      const created = await this.sessions.create(
        {
          name: 'Session de démonstration (entraînement)',
          scenarioId: scenario.id,
          mode: 'training',
          startsAt: new Date().toISOString(),
          durationMinutes: 30 * 24 * 60,
          candidates: [
            { name: 'Camille Martin', candidateNumber: '0001', extraMinutes: 0 },
            { name: 'Lucas Bernard', candidateNumber: '0002', extraMinutes: 30 },
          ],
        },
        null,
        { isDemo: true },
      );
      sessionId = created.id;
      candidates = created.candidates.map((c) => ({ role: 'candidate' as const, username: c.username!, password: c.password, note: c.name }));
    }
    // The demo jury reads the demo session: a jury sees only the sessions they are assigned to.
    const demoSessionId = sessionId;
    if (demoSessionId) await this.control.write((em) => assignJuryByUsername(em, demoSessionId, 'demo-jury'));
    const all = [...credentials, ...candidates];
    fs.writeFileSync(this.demoFile, JSON.stringify({ sessionId, credentials: all } satisfies DemoFile, null, 2), { mode: 0o600 });
    return all;
  }

  private async stillRunning(sessionId: number): Promise<boolean> {
    return this.control.read(async (em) => {
      const session = await em.findOneBy(Session, { id: sessionId });
      if (!session || session.archivedAt) return false;
      const candidates = await em.findBy(Candidate, { sessionId });
      return candidates.length > 0 && candidates.every((c) => candidateEndsAt(session, c.extraMinutes) > new Date(Date.now() + 60 * 60_000));
    });
  }

  private readDemoFile(): DemoFile {
    try {
      return JSON.parse(fs.readFileSync(this.demoFile, 'utf8')) as DemoFile;
    } catch {
      return { sessionId: null, credentials: [] };
    }
  }
}
