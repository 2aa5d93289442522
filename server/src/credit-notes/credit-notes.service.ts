import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainException, FieldErrorsException } from '../common/errors/domain.exception.js';
import { filters, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { fromMilli, toMilli } from '../common/quantity.js';
import { Company } from '../company/company.entity.js';
import { withParties } from '../documents/document-presenter.js';
import { nextNumber } from '../documents/numbering/document-numbering.js';
import { applyTotals, LineValues } from '../documents/priced-lines.js';
import { canTransition } from '../documents/status-transitions.js';
import { Invoice, InvoiceLine } from '../invoices/invoice.entity.js';
import { JournalService } from '../journal/journal.service.js';
import { Product } from '../products/product.entity.js';
import { DOCUMENT_TABLES, removeDraft, writeLines } from '../documents/document-tables.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { StockMovement } from '../stock-movements/stock-movement.entity.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { CreditNote, CreditNoteLine, CREDIT_NOTE_STATUSES } from './credit-note.entity.js';
import { CreditNoteDto } from './dto/credit-note.dto.js';
import { formatCents } from '../common/money/money.js';

type NewLine = LineValues & { invoiceLineId: number | null };

const LIST: ListSpec<CreditNote> = {
  alias: 'c',
  sortable: { id: 'c.id', number: 'c.number', date: 'c.date', status: 'c.status', grossCents: 'c.grossCents', clientId: 'c.clientId' },
  filters: {
    id: filters.ids('c.id'),
    q: filters.text(['c.number', 'c.reason']),
    status: filters.equals('c.status', CREDIT_NOTE_STATUSES),
    clientId: filters.equals('c.clientId'),
    invoiceId: filters.equals('c.invoiceId'),
    date_gte: filters.gte('c.date'),
    date_lte: filters.lte('c.date'),
  },
};

/** Credit notes (avoirs): they reference the invoice they correct and may return goods to stock. */
@Injectable()
export class CreditNotesService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  list(ctx: SandboxContext, query: Record<string, unknown>) {
    const list = parseListQuery(query, ['date', 'DESC']);
    return this.db.read(ctx, async (em) => {
      const result = await runList(em.createQueryBuilder(CreditNote, 'c'), LIST, list);
      const invoices = result.rows.length ? await em.find(Invoice, { where: { id: In(result.rows.map((r) => r.invoiceId)) }, select: { id: true, number: true } }) : [];
      const rows = result.rows.map(({ partiesSnapshot: _p, ...c }) => ({ ...c, invoiceNumber: invoices.find((i) => i.id === c.invoiceId)?.number ?? null }));
      return { ...result, rows: await withParties(em, rows) };
    });
  }

  get(ctx: SandboxContext, id: number) {
    return this.db.read(ctx, (em) => this.detail(em, id));
  }

  create(ctx: SandboxContext, dto: CreditNoteDto) {
    return this.db.write(ctx, async (em) => {
      const invoice = await this.creditable(em, dto.invoiceId);
      const now = ctx.clock.nowIso();
      const note = em.create(CreditNote, {
        number: null, status: 'draft', invoiceId: invoice.id, clientId: invoice.clientId, contactId: invoice.contactId, date: ctx.clock.today(),
        language: invoice.language, vatRegime: invoice.vatRegime, globalDiscountBp: 0, shippingCents: 0, shippingVatRateBp: invoice.shippingVatRateBp,
        notes: null, partiesSnapshot: null, validatedAt: null, createdAt: now, updatedAt: now,
      });
      const lines = await this.fill(em, note, invoice, dto);
      await em.insert(CreditNote, note);
      await writeLines(em, DOCUMENT_TABLES['credit-notes'], note.id, lines);
      await this.journal.record(em, ctx, { resource: 'credit-notes', recordId: note.id, action: 'create', label: `Avoir brouillon sur la facture ${invoice.number} : ${dto.reason}`, after: note });
      return this.detail(em, note.id);
    });
  }

  update(ctx: SandboxContext, id: number, dto: CreditNoteDto) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(CreditNote, { id });
      if (before.status !== 'draft') throw new DomainException('DOCUMENT_NOT_DRAFT');
      if (dto.invoiceId !== before.invoiceId) throw new FieldErrorsException({ invoiceId: 'app.validation.read_only' });
      const invoice = await this.creditable(em, before.invoiceId);
      const note = em.create(CreditNote, { ...before, updatedAt: ctx.clock.nowIso() });
      const lines = await this.fill(em, note, invoice, dto);
      await em.save(note);
      await writeLines(em, DOCUMENT_TABLES['credit-notes'], id, lines, { replace: true });
      await this.journal.record(em, ctx, { resource: 'credit-notes', recordId: id, action: 'update', label: 'Avoir brouillon modifié', before, after: note });
      return this.detail(em, id);
    });
  }

  remove(ctx: SandboxContext, id: number) {
    return this.db.write(ctx, (em) => removeDraft(em, ctx, this.journal, DOCUMENT_TABLES['credit-notes'], id));
  }

  /** Numbers the credit note (AV-2026-0001), checks it stays within the invoice, returns goods to stock if asked. */
  validate(ctx: SandboxContext, id: number) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(CreditNote, { id });
      if (!canTransition('credit-note', before.status, 'validated')) throw new DomainException('DOCUMENT_NOT_DRAFT');
      const invoice = await this.creditable(em, before.invoiceId);
      const others = await em.findBy(CreditNote, { invoiceId: invoice.id, status: 'validated' });
      if (others.reduce((s, c) => s + c.grossCents, 0) + before.grossCents > invoice.grossCents) throw new DomainException('CREDIT_EXCEEDS_INVOICE');
      const today = ctx.clock.today();
      const note = em.create(CreditNote, { ...before, status: 'validated', date: today, validatedAt: ctx.clock.nowIso(), updatedAt: ctx.clock.nowIso() });
      note.partiesSnapshot = JSON.stringify({ seller: await em.findOneByOrFail(Company, { id: 1 }), buyer: await em.findOneByOrFail(ThirdParty, { id: note.clientId }) });
      note.number = await nextNumber(em, 'credit-note', today);
      await em.save(note);
      if (note.restock) {
        const lines = await em.findBy(CreditNoteLine, { creditNoteId: id });
        const goods = await em.findBy(Product, { id: In(lines.map((l) => l.productId).filter((x): x is number => !!x)), type: 'good' });
        for (const l of lines.filter((x) => goods.some((g) => g.id === x.productId))) {
          await em.insert(StockMovement, {
            productId: l.productId!, date: ctx.clock.nowIso(), type: 'in', quantity: l.quantity, reason: `Retour client, avoir ${note.number} (facture ${invoice.number})`,
            sourceType: 'credit-note', sourceId: note.id, author: ctx.actor.username, createdAt: new Date().toISOString(),
          });
        }
      }
      await this.journal.record(em, ctx, { resource: 'credit-notes', recordId: id, action: 'validate', label: `Avoir ${note.number} sur la facture ${invoice.number} (${formatCents(note.grossCents)} TTC)`, before, after: note });
      return this.detail(em, id);
    });
  }

  private async creditable(em: EntityManager, invoiceId: number): Promise<Invoice> {
    const invoice = await em.findOneBy(Invoice, { id: invoiceId });
    if (!invoice) throw new FieldErrorsException({ invoiceId: 'app.validation.not_found' });
    if (invoice.status !== 'validated') throw new DomainException('INVOICE_NOT_VALIDATED');
    return invoice;
  }

  /** Total (every line), partial (chosen lines and quantities) or an amount at one rate. */
  private async fill(em: EntityManager, note: CreditNote, invoice: Invoice, dto: CreditNoteDto): Promise<NewLine[]> {
    const invoiceLines = await em.find(InvoiceLine, { where: { invoiceId: invoice.id }, order: { position: 'ASC' } });
    note.reason = dto.reason;
    note.restock = !!dto.restock;
    let lines: NewLine[];
    if (dto.amountCents) {
      if (dto.lines?.length) throw new FieldErrorsException({ amountCents: 'app.validation.lines_or_amount' });
      const rate = invoice.vatRegime === 'standard' ? dto.vatRateBp ?? invoice.vatBreakdown[0]?.rateBp ?? 2000 : 0;
      lines = [{ position: 1, productId: null, reference: null, label: `Geste commercial sur la facture ${invoice.number} : ${dto.reason}`, unit: 'forfait', quantity: 1, unitPriceCents: dto.amountCents, discountBp: 0, vatRateBp: rate, netCents: 0, invoiceLineId: null }];
      note.restock = false;
      note.globalDiscountBp = 0;
      note.shippingCents = 0;
    } else {
      const wanted = dto.lines?.length ? dto.lines : invoiceLines.filter((l) => l.quantity > 0).map((l) => ({ invoiceLineId: l.id, quantity: l.quantity }));
      const errors: Record<number, Record<string, string>> = {};
      lines = wanted.map((w, i) => {
        const l = invoiceLines.find((x) => x.id === w.invoiceLineId);
        if (!l) errors[i] = { invoiceLineId: 'app.validation.not_found' };
        else if (toMilli(w.quantity) > toMilli(l.quantity)) errors[i] = { quantity: 'app.validation.more_than_invoiced' };
        return { position: i + 1, productId: l?.productId ?? null, reference: l?.reference ?? null, label: l?.label ?? '', unit: l?.unit ?? '', quantity: fromMilli(toMilli(w.quantity)), unitPriceCents: l?.unitPriceCents ?? 0, discountBp: l?.discountBp ?? 0, vatRateBp: l?.vatRateBp ?? 0, netCents: 0, invoiceLineId: w.invoiceLineId };
      });
      if (Object.keys(errors).length) throw new FieldErrorsException({ lines: errors } as unknown as Record<string, string>);
      // A total credit note also takes back the global discount and shipping; a partial one keeps the discount rate.
      const total = !dto.lines?.length;
      note.globalDiscountBp = invoice.globalDiscountBp;
      note.shippingCents = total ? invoice.shippingCents : 0;
    }
    return applyTotals(note, lines);
  }

  private async detail(em: EntityManager, id: number) {
    const note = await em.findOneByOrFail(CreditNote, { id });
    const lines = await em.find(CreditNoteLine, { where: { creditNoteId: id }, order: { position: 'ASC' } });
    const invoice = await em.findOne(Invoice, { where: { id: note.invoiceId }, select: { id: true, number: true, date: true, grossCents: true } });
    const [withNames] = await withParties(em, [note]);
    const { partiesSnapshot: _p, ...rest } = withNames;
    return { ...rest, lines, invoice };
  }
}
