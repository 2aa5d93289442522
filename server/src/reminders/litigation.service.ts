import { Injectable } from '@nestjs/common';
import { DomainException } from '../common/errors/domain.exception.js';
import { formatCents } from '../common/money/money.js';
import { Company } from '../company/company.entity.js';
import { defaultDocumentTexts } from '../documents/pdf/document-texts.js';
import { date as frDate } from '../documents/pdf/format.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { JournalService } from '../journal/journal.service.js';
import { Message } from '../messages/message.entity.js';
import { balancesOf } from '../receivables/open-invoices.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { Staff } from '../staff/staff.entity.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { LitigationDto } from './dto/litigation.dto.js';
import { lastLevelOf, recoveryStepsOf } from './recovery-steps.js';
import { writtenLevels } from './reminder-history.js';

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Transfer to litigation (contentieux, legal-fr §3.1 step 4): possible once a formal notice (the
 * last level) has had no effect and the invoice is long enough overdue. The client is blocked, the
 * manager is told by e-mail with the invoices and amounts, and the transfer is journaled.
 */
@Injectable()
export class LitigationService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  transfer(ctx: SandboxContext, clientId: number, dto: LitigationDto) {
    return this.db.write(ctx, async (em) => {
      const today = ctx.clock.today();
      const before = await em.findOneByOrFail(ThirdParty, { id: clientId });
      if (before.litigationSince) throw new DomainException('CLIENT_IN_LITIGATION', `Ce client est déjà au contentieux depuis le ${frDate(before.litigationSince, 'fr')}.`);
      const company = await em.findOneByOrFail(Company, { id: 1 });
      const steps = recoveryStepsOf(company);
      const finalLevel = lastLevelOf(steps);
      const finalLabel = steps.find((s) => s.level === finalLevel)?.label ?? `niveau ${finalLevel}`;
      const invoices = await em.find(Invoice, { where: { clientId, status: 'validated' }, order: { dueDate: 'ASC', id: 'ASC' } });
      const balances = await balancesOf(em, invoices, today);
      const overdue = invoices.filter((i) => (balances.get(i.id)?.balanceCents ?? 0) > 0 && (balances.get(i.id)?.daysOverdue ?? 0) > 0);
      const levels = await writtenLevels(em, overdue.map((i) => i.id));
      const noticed = overdue.filter((i) => levels.get(i.id)!.lastLevel >= finalLevel);
      const eligible = noticed.filter((i) => balances.get(i.id)!.daysOverdue >= company.litigationAfterDays);
      if (!eligible.length) {
        let message: string;
        if (!overdue.length) message = "Ce client n'a aucune facture échue impayée : il n'y a rien à transférer au contentieux.";
        else if (!noticed.length) message = `Envoyez d'abord la mise en demeure (niveau ${finalLevel} : ${finalLabel}) pour ${overdue.map((i) => i.number).join(', ')} : le contentieux ne vient qu'après une mise en demeure restée sans effet, à partir de ${company.litigationAfterDays} jours de retard.`;
        else {
          const first = noticed[0];
          const from = addDays(first.dueDate ?? first.date, company.litigationAfterDays);
          message = `La facture ${first.number} a reçu la mise en demeure mais n'a que ${balances.get(first.id)!.daysOverdue} jours de retard : le transfert au contentieux est possible à partir de ${company.litigationAfterDays} jours de retard, soit le ${frDate(from, 'fr')}.`;
        }
        throw new DomainException('LITIGATION_NOT_ALLOWED', message, { details: { litigationAfterDays: company.litigationAfterDays, finalLevel } });
      }

      const after = em.create(ThirdParty, { ...before, riskStatus: 'blocked', litigationSince: today, updatedAt: ctx.clock.nowIso() });
      await em.save(after);
      const total = overdue.reduce((s, i) => s + balances.get(i.id)!.balanceCents, 0);
      const lines = overdue.map((i) => `${i.number} du ${frDate(i.date, 'fr')} — solde ${formatCents(balances.get(i.id)!.balanceCents)}, ${balances.get(i.id)!.daysOverdue} jours de retard`);
      const manager = await em.findOne(Staff, { where: { role: 'manager' }, order: { id: 'ASC' } });
      const lastNotice = [...noticed].map((i) => levels.get(i.id)!.lastDate ?? today).sort().at(-1)!;
      const texts = defaultDocumentTexts();
      const vars = { client: before.name, code: before.code, formalNoticeDate: frDate(lastNotice, 'fr'), invoices: lines.join(' ; '), total: formatCents(total), reason: dto.reason, date: frDate(today, 'fr') };
      const message = em.create(Message, {
        direction: 'out', channel: 'email', fromAddress: company.email, toAddress: manager?.email ?? company.email,
        toName: manager ? `${manager.firstName} ${manager.lastName}` : company.name, thirdPartyId: before.id,
        subject: texts.text('fr', 'reminder.litigation-subject', vars), body: texts.text('fr', 'reminder.litigation-body', vars),
        relatedResource: 'third-parties', relatedId: before.id, relatedNumber: before.code, attachments: [],
        sentAt: ctx.clock.nowIso(), author: ctx.actor.username, createdAt: new Date().toISOString(),
      });
      await em.insert(Message, message);
      await this.journal.record(em, ctx, {
        resource: 'third-parties', recordId: before.id, action: 'litigation',
        label: `Transfert au contentieux — ${before.name} — ${formatCents(total)} (${overdue.map((i) => i.number).join(', ')}) : ${dto.reason}`,
        before, after,
      });
      return {
        ...after,
        litigation: {
          messageId: message.id,
          totalBalanceCents: total,
          invoices: overdue.map((i) => ({ invoiceId: i.id, number: i.number, balanceCents: balances.get(i.id)!.balanceCents, daysOverdue: balances.get(i.id)!.daysOverdue, lastLevel: levels.get(i.id)!.lastLevel })),
        },
      };
    });
  }
}
