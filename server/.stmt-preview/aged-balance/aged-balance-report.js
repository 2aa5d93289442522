"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.agedBalance = agedBalance;
const ageing_js_1 = require("./ageing.js");
function agedBalance(date, clients, invoices) {
    const byClient = new Map();
    const totals = (0, ageing_js_1.emptyBucketTotals)();
    const open = invoices.filter((i) => i.balanceCents > 0).sort((a, b) => (a.dueDate ?? a.date).localeCompare(b.dueDate ?? b.date) || a.number.localeCompare(b.number));
    for (const invoice of open) {
        let row = byClient.get(invoice.clientId);
        if (!row) {
            const client = clients.find((c) => c.id === invoice.clientId);
            row = { clientId: invoice.clientId, clientCode: client?.code ?? '', clientName: client?.name ?? '', ...(0, ageing_js_1.emptyBucketTotals)(), invoices: [] };
            byClient.set(invoice.clientId, row);
        }
        const bucket = (0, ageing_js_1.ageingBucket)(invoice.daysOverdue);
        (0, ageing_js_1.addToBucket)(row, bucket, invoice.balanceCents);
        (0, ageing_js_1.addToBucket)(totals, bucket, invoice.balanceCents);
        row.invoices.push({ invoiceId: invoice.invoiceId, number: invoice.number, date: invoice.date, dueDate: invoice.dueDate, balanceCents: invoice.balanceCents, daysOverdue: invoice.daysOverdue, bucket });
    }
    const rows = [...byClient.values()].sort((a, b) => b.totalCents - a.totalCents || a.clientName.localeCompare(b.clientName, 'fr') || a.clientCode.localeCompare(b.clientCode));
    return { date, rows, totals };
}
//# sourceMappingURL=aged-balance-report.js.map