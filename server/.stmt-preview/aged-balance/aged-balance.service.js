"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.AgedBalanceService = void 0;
exports.agedBalanceOn = agedBalanceOn;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const csv_js_1 = require("../common/export/csv.js");
const xlsx_js_1 = require("../common/export/xlsx.js");
const invoice_entity_js_1 = require("../invoices/invoice.entity.js");
const open_invoices_js_1 = require("../receivables/open-invoices.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const aged_balance_export_js_1 = require("./aged-balance-export.js");
const aged_balance_report_js_1 = require("./aged-balance-report.js");
const CONTENT_TYPES = {
    csv: 'text/csv; charset=utf-8',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
/** The aged balance of the clients' validated invoices on the scenario date, and its download. */
let AgedBalanceService = class AgedBalanceService {
    db;
    constructor(db) {
        this.db = db;
    }
    report(ctx, clientId) {
        return this.db.read(ctx, (em) => agedBalanceOn(em, ctx.clock.today(), clientId));
    }
    async export(ctx, clientId, format) {
        const report = await this.report(ctx, clientId);
        const table = (0, aged_balance_export_js_1.agedBalanceTable)(report);
        const buffer = format === 'csv' ? (0, csv_js_1.toCsv)(table) : (0, xlsx_js_1.toXlsx)(table, { modified: ctx.clock.now() });
        const filename = (0, aged_balance_export_js_1.agedBalanceFileName)(report.date, format);
        return new common_1.StreamableFile(buffer, { type: CONTENT_TYPES[format], disposition: `attachment; filename="${filename}"`, length: buffer.length });
    }
};
exports.AgedBalanceService = AgedBalanceService;
exports.AgedBalanceService = AgedBalanceService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb])
], AgedBalanceService);
/** The aged balance on `today` (every client, or one), from the invoice balances of GET invoices. */
async function agedBalanceOn(em, today, clientId = null) {
    const invoices = await em.find(invoice_entity_js_1.Invoice, {
        where: { status: 'validated', ...(clientId ? { clientId } : {}) },
        select: { id: true, number: true, clientId: true, status: true, date: true, dueDate: true, grossCents: true },
    });
    const balances = await (0, open_invoices_js_1.balancesOf)(em, invoices, today);
    const open = invoices.filter((i) => (balances.get(i.id)?.balanceCents ?? 0) > 0);
    const clientIds = [...new Set(open.map((i) => i.clientId))];
    const clients = clientIds.length ? await em.find(third_party_entity_js_1.ThirdParty, { where: { id: (0, typeorm_1.In)(clientIds) }, select: { id: true, code: true, name: true } }) : [];
    return (0, aged_balance_report_js_1.agedBalance)(today, clients, open.map((i) => {
        const b = balances.get(i.id);
        return { invoiceId: i.id, clientId: i.clientId, number: i.number ?? '', date: i.date, dueDate: i.dueDate, balanceCents: b.balanceCents, daysOverdue: b.daysOverdue };
    }));
}
//# sourceMappingURL=aged-balance.service.js.map