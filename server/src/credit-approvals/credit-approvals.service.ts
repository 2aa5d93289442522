import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainException } from '../common/errors/domain.exception.js';
import { filters, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { Message } from '../messages/message.entity.js';
import { JournalService } from '../journal/journal.service.js';
import { Order } from '../orders/order.entity.js';
import { evaluateOrderCredit } from '../receivables/credit-evaluation.js';
import { eur, refusalMessage } from '../receivables/credit-verdict.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { Staff } from '../staff/staff.entity.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { approvalReplyMail, approvalRequestMail } from './approval-messages.js';
import { CreditApproval, CREDIT_APPROVAL_STATUSES } from './credit-approval.entity.js';
import { CreditApprovalRequestDto } from './dto/credit-approval-request.dto.js';
import { formalNoticeDelay } from '../reminders/recovery-steps.js';
import { managerDecision } from './manager-decision.js';

const LIST: ListSpec<CreditApproval> = {
  alias: 'a',
  sortable: { id: 'a.id', requestedAt: 'a.requestedAt', status: 'a.status', clientId: 'a.clientId', orderId: 'a.orderId', orderGrossCents: 'a.orderGrossCents', overrunCents: 'a.overrunCents' },
  filters: {
    id: filters.ids('a.id'),
    clientId: filters.equals('a.clientId'),
    orderId: filters.equals('a.orderId'),
    status: filters.equals('a.status', CREDIT_APPROVAL_STATUSES),
  },
};

const RISK_LABELS = { normal: 'normal', watch: 'à surveiller', blocked: 'bloqué' } as const;

/**
 * Requests to the manager to accept an order above the client's credit limit. The request e-mail
 * goes to the outbox; the manager answers at once by the company's rule, and the answer lands in
 * the inbox.
 */
@Injectable()
export class CreditApprovalsService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  list(ctx: SandboxContext, query: Record<string, unknown>) {
    const list = parseListQuery(query, ['requestedAt', 'DESC']);
    return this.db.read(ctx, async (em) => {
      const result = await runList(em.createQueryBuilder(CreditApproval, 'a'), LIST, list);
      return { ...result, rows: await this.present(em, result.rows) };
    });
  }

  get(ctx: SandboxContext, id: number) {
    return this.db.read(ctx, async (em) => {
      const [approval] = await this.present(em, [await em.findOneByOrFail(CreditApproval, { id })]);
      const ids = [approval.requestMessageId, approval.replyMessageId].filter((x): x is number => x !== null);
      const messages = ids.length ? await em.find(Message, { where: { id: In(ids) }, select: { id: true, direction: true, subject: true, body: true, sentAt: true, fromAddress: true, toAddress: true } }) : [];
      return { ...approval, requestMessage: messages.find((m) => m.id === approval.requestMessageId) ?? null, replyMessage: messages.find((m) => m.id === approval.replyMessageId) ?? null };
    });
  }

  request(ctx: SandboxContext, orderId: number, dto: CreditApprovalRequestDto) {
    return this.db.write(ctx, async (em) => {
      const order = await em.findOneByOrFail(Order, { id: orderId });
      if (order.status !== 'draft') throw new DomainException('DOCUMENT_NOT_DRAFT', "La commande est déjà validée (ou annulée) : la demande d'accord ne porte que sur une commande en préparation.");
      const { client, company, position, verdict } = await evaluateOrderCredit(em, order, ctx.clock.today());
      if (verdict.ok) throw new DomainException('CREDIT_APPROVAL_NOT_NEEDED', verdict.status === 'approved' ? 'Le responsable a déjà accepté cette commande : vous pouvez la valider.' : undefined);
      if (!verdict.actions.includes('request_approval')) {
        if (verdict.code === 'CREDIT_APPROVAL_PENDING' || verdict.code === 'CREDIT_APPROVAL_REFUSED') throw new DomainException(verdict.code, refusalMessage(verdict, client), { details: { ...verdict.figures, actions: verdict.actions } });
        throw new DomainException('CREDIT_APPROVAL_NOT_AVAILABLE', NOT_AVAILABLE[company.creditOverrunPolicy]);
      }
      const manager = await em.findOne(Staff, { where: { role: 'manager' }, order: { id: 'ASC' } });
      const managerName = manager ? `${manager.firstName} ${manager.lastName}` : 'La direction';
      const now = ctx.clock.nowIso();
      const f = verdict.figures;
      const facts = {
        clientName: client.name, clientCode: client.code, orderId: order.id, orderNumber: order.number, orderDate: order.date,
        creditLimitCents: f.creditLimitCents, invoicesOutstandingCents: position.invoicesOutstandingCents, ordersNotInvoicedCents: position.ordersNotInvoicedCents,
        overdueCents: position.overdueCents, outstandingCents: f.outstandingCents, orderGrossCents: f.orderGrossCents, projectedCents: f.projectedCents,
        overrunCents: f.overrunCents, riskLabel: RISK_LABELS[client.riskStatus], reason: dto.reason ?? null, managerFirstName: manager?.firstName ?? null,
      };

      const approval = em.create(CreditApproval, {
        orderId: order.id, clientId: client.id, orderGrossCents: f.orderGrossCents, outstandingCents: f.outstandingCents, creditLimitCents: f.creditLimitCents,
        overrunCents: f.overrunCents, reason: dto.reason ?? null, status: 'pending', decidedBy: null, decidedAt: null, decisionNote: null,
        requestMessageId: null, replyMessageId: null, requestedAt: now,
      });
      await em.insert(CreditApproval, approval);
      const mail = approvalRequestMail(facts);
      const sent = await this.message(em, ctx, { direction: 'out', fromAddress: company.email, toAddress: manager?.email ?? null, toName: managerName, thirdPartyId: client.id, orderId: order.id, ...mail, author: ctx.actor.username });
      await this.journal.record(em, ctx, {
        resource: 'credit-approvals', recordId: approval.id, action: 'request',
        label: `Demande d'accord à ${managerName} : ${client.name}, commande ${eur(f.orderGrossCents)}, dépassement ${eur(f.overrunCents)}`, after: approval,
      });

      const decision = managerDecision({ riskStatus: client.riskStatus, litigationSince: client.litigationSince, creditLimitCents: f.creditLimitCents, overrunCents: f.overrunCents, maxOverrunBp: company.creditApprovalMaxOverrunBp,
        oldestDaysOverdue: position.oldestDaysOverdue, formalNoticeAfterDays: formalNoticeDelay(company),
      });
      const reply = approvalReplyMail(facts, decision, managerName);
      const received = await this.message(em, ctx, { direction: 'in', fromAddress: manager?.email ?? null, toAddress: company.email, toName: company.name, thirdPartyId: client.id, orderId: order.id, ...reply, author: managerName });
      const before = { ...approval };
      Object.assign(approval, { status: decision.status, decidedBy: managerName, decidedAt: ctx.clock.nowIso(), decisionNote: decision.note, requestMessageId: sent.id, replyMessageId: received.id });
      await em.save(approval);
      await this.journal.record(em, ctx, {
        resource: 'credit-approvals', recordId: approval.id, action: decision.status === 'approved' ? 'approve' : 'refuse',
        label: `${managerName} ${decision.status === 'approved' ? 'accepte' : 'refuse'} le dépassement de ${eur(f.overrunCents)} (${client.name}) : ${decision.note}`, before, after: approval,
      });
      return (await this.present(em, [approval]))[0];
    });
  }

  private async message(em: EntityManager, ctx: SandboxContext, m: { direction: 'in' | 'out'; fromAddress: string | null; toAddress: string | null; toName: string; thirdPartyId: number; orderId: number; subject: string; body: string; author: string }) {
    const { orderId, ...fields } = m;
    const message = em.create(Message, {
      ...fields, channel: 'email', relatedResource: 'orders', relatedId: orderId, relatedNumber: null, attachments: [],
      sentAt: ctx.clock.nowIso(), createdAt: new Date().toISOString(),
    });
    await em.insert(Message, message);
    return message;
  }

  private async present(em: EntityManager, rows: CreditApproval[]) {
    const clients = rows.length ? await em.find(ThirdParty, { where: { id: In(rows.map((r) => r.clientId)) }, select: { id: true, name: true, code: true } }) : [];
    const orders = rows.length ? await em.find(Order, { where: { id: In(rows.map((r) => r.orderId)) }, select: { id: true, number: true, status: true, date: true } }) : [];
    return rows.map((r) => {
      const order = orders.find((o) => o.id === r.orderId);
      return { ...r, clientName: clients.find((c) => c.id === r.clientId)?.name ?? null, orderNumber: order?.number ?? null, orderStatus: order?.status ?? null, orderDate: order?.date ?? null };
    });
  }
}

const NOT_AVAILABLE = {
  acknowledge: "Vos délégations vous permettent d'accepter ce dépassement vous-même : validez la commande en confirmant le dépassement.",
  block: "Vos délégations ne permettent pas de dépasser le plafond d'encours : la commande ne pourra être validée qu'après un règlement du client (ou réduite).",
  approval: "Aucune demande d'accord n'est possible pour cette commande.",
} as const;
