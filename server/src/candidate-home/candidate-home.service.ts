import { Injectable, StreamableFile } from '@nestjs/common';
import { Company } from '../company/company.entity.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { Clock } from '../common/time/clock.js';
import { Message } from '../messages/message.entity.js';
import { delivered } from '../messages/messages.service.js';
import { SandboxAccessCache } from '../sandbox/sandbox-access-cache.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { SandboxInfo } from '../sandbox/sandbox-info.entity.js';
import { candidateWindow, isPaused } from '../sessions/session-window.js';
import { renderInstructionsPdf } from './instructions-pdf.js';

/** Shown on the candidate's home (the référentiels: candidates are informed that their activity is recorded). */
export const RECORDING_NOTICE =
  "Vos actions dans Comptoir sont enregistrées, avec leur heure, dans le journal d'activité de votre espace : création, modification, validation et envoi de documents, règlements, relances, échanges de la GRC. Ce journal est remis au jury avec vos productions ; les surveillants suivent l'avancement de chaque candidat pendant l'épreuve.";

/** How many received messages the home lists. */
const LATEST = 5;

/**
 * The candidate's home: the scenario's instructions, the time left (server side, pauses and extra
 * time included), the messages received so far on the scenario clock, and the recording notice.
 * Staff reading a candidate's sandbox see the same page for that candidate.
 */
@Injectable()
export class CandidateHomeService {
  constructor(
    private readonly db: SandboxDb,
    private readonly records: SandboxAccessCache,
    private readonly clock: Clock,
  ) {}

  async home(ctx: SandboxContext) {
    const found = await this.records.get(ctx.sandboxId);
    if (!found) throw new DomainException('SANDBOX_NOT_FOUND');
    const { session, candidate } = found;
    const now = this.clock.now();
    const window = session && candidate ? candidateWindow(session, candidate, now) : null;

    const { info, unread, latest } = await this.db.read(ctx, async (em) => {
      const info = await em.findOneBy(SandboxInfo, { id: 1 });
      const received = () => delivered(em.createQueryBuilder(Message, 'm'), ctx).andWhere("m.direction = 'in'");
      const unread = await received().getCount();
      const latest = await received().orderBy('m.sentAt', 'DESC').addOrderBy('m.id', 'DESC').limit(LATEST).getMany();
      return { info, unread, latest };
    });

    return {
      sandboxId: ctx.sandboxId,
      scenarioTitle: info?.scenarioTitle ?? session?.scenarioTitle ?? null,
      sessionName: session?.name ?? null,
      mode: session?.mode ?? null,
      instructions: info?.instructions ?? null,
      serverNow: now.toISOString(),
      scenarioNow: ctx.clock.nowIso(),
      startsAt: session?.startsAt ?? null,
      endsAt: window ? window.endsAt.toISOString() : null,
      remainingSeconds: window ? window.remainingSeconds : null,
      paused: session ? isPaused(session) : false,
      locked: window ? window.access === 'locked' || window.access === 'archived' : false,
      lockReason: ctx.lockReason ?? null,
      writable: ctx.writable,
      inbox: {
        /** No read flag exists: the messages received since the start (on the scenario clock). */
        unread,
        latest: latest.map((m) => ({ id: m.id, from: m.fromAddress, subject: m.subject, sentAt: m.sentAt })),
      },
      recordingNotice: RECORDING_NOTICE,
    };
  }

  async instructionsPdf(ctx: SandboxContext): Promise<StreamableFile> {
    const found = await this.records.get(ctx.sandboxId);
    const { info, company } = await this.db.read(ctx, async (em) => ({ info: await em.findOneBy(SandboxInfo, { id: 1 }), company: await em.findOneBy(Company, { id: 1 }) }));
    const candidate = found?.candidate;
    const pdf = await renderInstructionsPdf({
      scenarioTitle: info?.scenarioTitle ?? found?.session?.scenarioTitle ?? 'Scénario',
      companyName: company?.name ?? info?.scenarioTitle ?? 'Comptoir',
      instructions: info?.instructions ?? null,
      candidateLine: candidate ? [`Candidat ${candidate.candidateNumber}`, found?.session?.name].filter(Boolean).join(' — ') : null,
      creationDate: this.clock.now(),
    });
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: 'inline; filename="consignes.pdf"', length: pdf.length });
  }
}
