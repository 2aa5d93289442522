import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { Response } from 'express';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { In } from 'typeorm';
import { AuthUser } from '../auth/auth-user.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { checksCsv, checksOf, type CheckResult, type ScenarioCheck } from '../checks/index.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, AppConfig } from '../config/app.config.js';
import { ControlDb } from '../control/control-db.service.js';
import { readableSession } from '../juries/jury-access.js';
import { JuryMark } from '../juries/jury.entity.js';
import { marksCsvOf } from '../juries/marks.service.js';
import { ScenarioClock } from '../sandbox/scenario-clock.js';
import { sandboxDataSource, SandboxRegistry } from '../sandbox/sandbox-registry.service.js';
import { Sandbox } from '../sandboxes/sandbox.entity.js';
import { ScenariosService } from '../scenarios/scenarios.service.js';
import { candidateEndsAt, runningElapsedMs } from '../sessions/session-window.js';
import { Session } from '../sessions/session.entity.js';
import { buildCover, candidateFileName, candidateLabel, slug } from './dossier-cover.js';
import { readDossierData } from './dossier-data.js';
import type { DossierJob } from './dossier-render.js';
import { productionsOf } from './productions.js';
import { DossierRenderer } from './dossier-renderer.service.js';
import { ReadmeCandidate, readmeText } from './export-files.js';
import { ExportAborted, ZipStream } from './zip-stream.js';

/** The graded file of one candidate, ready to render and to put in the export. */
interface Prepared {
  candidate: Candidate;
  /** The file the jury grades: the locked snapshot (never written), or a consistent copy of the live sandbox. */
  graded: string;
  source: 'snapshot' | 'live';
  fingerprint: string;
  job: DossierJob;
  dir: string;
}

/**
 * Dossier PDFs and the session export. Both read the graded file: the snapshot taken when the
 * candidate's sandbox was locked, or else a consistent copy of the live sandbox made through the
 * SandboxRegistry (closed first, in the sandbox's queue). The dossier is rendered from a private
 * working copy, so no sandbox file and no snapshot is ever opened for writing here.
 */
@Injectable()
export class DossiersService implements OnModuleInit {
  private readonly logger = new Logger(DossiersService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly control: ControlDb,
    private readonly registry: SandboxRegistry,
    private readonly renderer: DossierRenderer,
    private readonly scenarios: ScenariosService,
    private readonly clock: Clock,
  ) {}

  private get tmpRoot(): string {
    return path.join(this.config.dataDir, 'tmp', 'dossiers');
  }

  /** Working copies left by a crash are useless: start clean. */
  onModuleInit(): void {
    fs.rmSync(this.tmpRoot, { recursive: true, force: true });
  }

  async dossier(user: AuthUser, sessionId: number, candidateId: number): Promise<{ pdf: Buffer; filename: string }> {
    const { session, candidate, sandbox } = await this.candidateOf(user, sessionId, candidateId);
    const dir = this.workDir();
    try {
      const prepared = await this.prepare(session, candidate, sandbox, dir);
      const { pdf } = await this.renderer.render(prepared.job);
      return { pdf, filename: `dossier-${candidateFileName(session, candidate)}.pdf` };
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  }

  /** The session (readable by this user), the candidate and their sandbox record. */
  private candidateOf(user: AuthUser, sessionId: number, candidateId: number) {
    return this.control.read(async (em) => {
      const session = await readableSession(em, user, sessionId);
      const candidate = await em.findOneBy(Candidate, { id: candidateId, sessionId });
      if (!candidate) throw new DomainException('CANDIDATE_NOT_FOUND');
      const sandbox = await em.findOneBy(Sandbox, { id: candidate.sandboxId });
      if (!sandbox) throw new DomainException('SANDBOX_NOT_FOUND');
      return { session, candidate, sandbox };
    });
  }

  /** What the candidate produced, read from the graded file (the locked snapshot, else a copy of the sandbox). */
  async productions(user: AuthUser, sessionId: number, candidateId: number) {
    const { session, candidate, sandbox } = await this.candidateOf(user, sessionId, candidateId);
    const dir = this.workDir();
    try {
      const prepared = await this.prepare(session, candidate, sandbox, dir);
      const dataSource = sandboxDataSource(prepared.job.file);
      await dataSource.initialize();
      try {
        return { source: prepared.source, ...productionsOf(await readDossierData(dataSource.manager)) };
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  }

  /**
   * Streams the session's ZIP: dossiers/<number>-<name or code>.pdf, snapshots/<sandboxId>.sqlite,
   * checks.csv, marks.csv (when the jury marked), README.txt. Candidate after candidate, with at most
   * `renderer.concurrency` dossiers in flight; stops as soon as the client goes away.
   */
  async export(user: AuthUser, sessionId: number, res: Response): Promise<void> {
    const { session, candidates, sandboxes, marks } = await this.control.read(async (em) => {
      const session = await readableSession(em, user, sessionId);
      const candidates = await em.find(Candidate, { where: { sessionId }, order: { candidateNumber: 'ASC', id: 'ASC' } });
      const sandboxes = candidates.length ? await em.findBy(Sandbox, { id: In(candidates.map((c) => c.sandboxId)) }) : [];
      // The archive is jury material: in an anonymous session its marks.csv hides names whoever downloads it.
      const reader = session.anonymous ? { id: user.id, role: 'jury' as const } : user;
      const marks = (await em.countBy(JuryMark, { sessionId })) ? await marksCsvOf(em, reader, session) : null;
      return { session, candidates, sandboxes: new Map(sandboxes.map((s) => [s.id, s])), marks };
    });

    const generatedAt = this.clock.now();
    const name = `session-${session.id}-${slug(session.name) || 'export'}.zip`;
    res.status(200);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.flushHeaders();

    const zip = new ZipStream(res);
    const root = this.workDir();
    const inflight: Promise<{ prepared?: Prepared; pdf?: Buffer; checks?: CheckResult[] | null; error?: unknown; candidate: Candidate }>[] = [];
    const start = (candidate: Candidate, index: number) => {
      const task = (async () => {
        try {
          const sandbox = sandboxes.get(candidate.sandboxId);
          if (!sandbox) throw new DomainException('SANDBOX_NOT_FOUND');
          const prepared = await this.prepare(session, candidate, sandbox, path.join(root, String(index)));
          const { pdf, checks } = await this.renderer.render(prepared.job);
          return { candidate, prepared, pdf, checks };
        } catch (error) {
          return { candidate, error };
        }
      })();
      inflight.push(task);
    };

    const checkRows: { candidate: string; results: CheckResult[] }[] = [];
    let checksAvailable = false;
    const readme: ReadmeCandidate[] = [];
    try {
      let next = 0;
      for (let i = 0; i < candidates.length; i++) {
        while (next < candidates.length && inflight.length < this.renderer.concurrency) start(candidates[next], next++);
        const done = await inflight.shift()!;
        if (zip.aborted) throw new ExportAborted();
        const fileName = candidateFileName(session, done.candidate);
        if (!done.prepared || !done.pdf) {
          this.logger.error(`export ${session.id}, candidate ${done.candidate.id}: ${(done.error as Error)?.stack ?? done.error}`);
          await zip.addBuffer(`dossiers/${fileName}.ERREUR.txt`, Buffer.from(`Le dossier de ce candidat n’a pas pu être produit : ${(done.error as Error)?.message ?? done.error}\r\n`, 'utf8'), true);
          continue;
        }
        const { prepared, pdf } = done;
        await zip.addBuffer(`dossiers/${fileName}.pdf`, pdf, false);
        await zip.addFile(`snapshots/${done.candidate.sandboxId}.sqlite`, prepared.graded, true);
        checkRows.push({ candidate: done.candidate.candidateNumber, results: done.checks ?? [] });
        checksAvailable ||= !!done.checks;
        readme.push({ fileName, label: candidateLabel(session, done.candidate), sandboxId: done.candidate.sandboxId, source: prepared.source, fingerprint: prepared.fingerprint });
        await fs.promises.rm(prepared.dir, { recursive: true, force: true });
      }
      await zip.addBuffer('checks.csv', Buffer.from(checksCsv(checkRows), 'utf8'), true);
      if (marks) await zip.addBuffer('marks.csv', marks, true);
      const text = readmeText({
        sessionName: session.name, scenarioTitle: session.scenarioTitle, mode: session.mode, generatedAt, generatedBy: user.displayName,
        candidates: readme, checksAvailable, marks: !!marks,
      });
      await zip.addBuffer('README.txt', Buffer.from(text, 'utf8'), true);
      await zip.end();
    } catch (error) {
      if (!(error instanceof ExportAborted)) {
        this.logger.error(`export ${session.id}: ${(error as Error)?.stack ?? error}`);
        res.destroy(error as Error);
      }
    } finally {
      await Promise.allSettled(inflight);
      await fs.promises.rm(root, { recursive: true, force: true });
    }
  }

  private workDir(): string {
    return path.join(this.tmpRoot, crypto.randomUUID());
  }

  private async prepare(session: Session, candidate: Candidate, sandbox: Sandbox, dir: string): Promise<Prepared> {
    await fs.promises.mkdir(dir, { recursive: true });
    const snapshot = candidate.lockedSnapshot ? path.resolve(this.config.dataDir, candidate.lockedSnapshot) : null;
    let graded: string;
    let source: Prepared['source'];
    if (snapshot && fs.existsSync(snapshot)) {
      graded = snapshot;
      source = 'snapshot';
    } else {
      if (snapshot) this.logger.warn(`candidate ${candidate.id}: locked snapshot ${snapshot} is missing, using the live sandbox`);
      graded = path.join(dir, 'live.sqlite');
      await this.registry.snapshot(candidate.sandboxId, graded);
      source = 'live';
    }
    const fingerprint = await sha256File(graded);
    const work = path.join(dir, 'work.sqlite');
    await fs.promises.copyFile(graded, work);

    const now = this.clock.now();
    // The productions' PDFs are dated on the scenario clock as it stood at the candidate's end (or now).
    const end = new Date(Math.min(now.getTime(), candidateEndsAt(session, candidate, now).getTime()));
    const creationDate = ScenarioClock.running(sandbox.scenarioStartAt, () => runningElapsedMs(session, end)).now();
    const cover = buildCover({ session, candidate, fingerprint, source, now });
    return { candidate, graded, source, fingerprint, dir, job: { file: work, cover, checks: this.checksOf(session), creationDate: creationDate.toISOString() } };
  }

  /** The checks of the session's scenario (null when the scenario is no longer loaded). */
  private checksOf(session: Session): readonly ScenarioCheck[] | null {
    try {
      return checksOf(this.scenarios.get(session.scenarioId).scenario);
    } catch {
      return null;
    }
  }
}

async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
