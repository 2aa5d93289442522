import { Injectable, StreamableFile } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { toCsv } from '../common/export/csv.js';
import { toXlsx } from '../common/export/xlsx.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { balancesOf } from '../receivables/open-invoices.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { agedBalanceFileName, agedBalanceTable } from './aged-balance-export.js';
import { ExportFormat } from './aged-balance-query.js';
import { AgedBalance, agedBalance } from './aged-balance-report.js';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The aged balance of the clients' validated invoices on the scenario date, and its download. */
@Injectable()
export class AgedBalanceService {
  constructor(private readonly db: SandboxDb) {}

  report(ctx: SandboxContext, clientId: number | null): Promise<AgedBalance> {
    return this.db.read(ctx, (em) => agedBalanceOn(em, ctx.clock.today(), clientId));
  }

  async export(ctx: SandboxContext, clientId: number | null, format: ExportFormat): Promise<StreamableFile> {
    const report = await this.report(ctx, clientId);
    const table = agedBalanceTable(report);
    const buffer = format === 'csv' ? toCsv(table) : toXlsx(table, { modified: ctx.clock.now() });
    const filename = agedBalanceFileName(report.date, format);
    return new StreamableFile(buffer, { type: CONTENT_TYPES[format], disposition: `attachment; filename="${filename}"`, length: buffer.length });
  }
}

/** The aged balance on `today` (every client, or one), from the invoice balances of GET invoices. */
export async function agedBalanceOn(em: EntityManager, today: string, clientId: number | null = null): Promise<AgedBalance> {
  const invoices = await em.find(Invoice, {
    where: { status: 'validated', ...(clientId ? { clientId } : {}) },
    select: { id: true, number: true, clientId: true, status: true, date: true, dueDate: true, grossCents: true },
  });
  const balances = await balancesOf(em, invoices, today);
  const open = invoices.filter((i) => (balances.get(i.id)?.balanceCents ?? 0) > 0);
  const clientIds = [...new Set(open.map((i) => i.clientId))];
  const clients = clientIds.length ? await em.find(ThirdParty, { where: { id: In(clientIds) }, select: { id: true, code: true, name: true } }) : [];
  return agedBalance(
    today,
    clients,
    open.map((i) => {
      const b = balances.get(i.id)!;
      return { invoiceId: i.id, clientId: i.clientId, number: i.number ?? '', date: i.date, dueDate: i.dueDate, balanceCents: b.balanceCents, daysOverdue: b.daysOverdue };
    }),
  );
}
