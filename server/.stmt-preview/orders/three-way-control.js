"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.threeWayControl = threeWayControl;
const euros = (c) => `${(c / 100).toFixed(2).replace('.', ',')} €`;
const pct = (bp) => `${(bp / 100).toString().replace('.', ',')} %`;
const sum = (xs) => Math.round(xs.reduce((s, x) => s + x, 0) * 1000) / 1000;
function threeWayControl(input, ids) {
    const rows = [];
    const usedInvoiceLines = new Set();
    for (const ol of input.orderLines) {
        const anomalies = [];
        const ql = input.quoteLines.find((q) => (ol.productId ? q.productId === ol.productId : q.position === ol.position)) ?? null;
        const invoiceLines = input.invoiceLines.filter((l) => (l.orderLineId ? l.orderLineId === ol.id : !!ol.productId && l.productId === ol.productId && !usedInvoiceLines.has(l.id)));
        invoiceLines.forEach((l) => usedInvoiceLines.add(l.id));
        const delivered = sum(input.deliveries.filter((d) => d.orderLineId === ol.id).map((d) => d.quantity));
        const credited = sum(input.creditLines.filter((c) => invoiceLines.some((l) => l.id === c.invoiceLineId)).map((c) => c.quantity));
        const invoicedQty = sum(invoiceLines.map((l) => l.quantity));
        const netInvoiced = sum([invoicedQty, -credited]);
        if (ql && ids.quoteId) {
            if (ql.quantity !== ol.quantity)
                anomalies.push({ code: 'QUOTE_ORDER_QUANTITY', message: `Quantité commandée ${ol.quantity} ≠ devis ${ql.quantity}`, resource: 'orders', id: ids.orderId });
            if (ql.unitPriceCents !== ol.unitPriceCents)
                anomalies.push({ code: 'QUOTE_ORDER_PRICE', message: `Prix unitaire de la commande ${euros(ol.unitPriceCents)} ≠ devis ${euros(ql.unitPriceCents)}`, resource: 'orders', id: ids.orderId });
            if (ql.discountBp !== ol.discountBp)
                anomalies.push({ code: 'QUOTE_ORDER_DISCOUNT', message: `Remise de la commande ${pct(ol.discountBp)} ≠ devis ${pct(ql.discountBp)}`, resource: 'orders', id: ids.orderId });
            if (ql.vatRateBp !== ol.vatRateBp)
                anomalies.push({ code: 'QUOTE_ORDER_VAT', message: `TVA de la commande ${pct(ol.vatRateBp)} ≠ devis ${pct(ql.vatRateBp)}`, resource: 'orders', id: ids.orderId });
        }
        for (const l of invoiceLines) {
            if (l.unitPriceCents !== ol.unitPriceCents)
                anomalies.push({ code: 'INVOICE_PRICE', message: `Prix facturé ${euros(l.unitPriceCents)} ≠ prix commandé ${euros(ol.unitPriceCents)}`, resource: 'invoices', id: l.invoiceId });
            if (l.discountBp < ol.discountBp)
                anomalies.push({ code: 'INVOICE_DISCOUNT', message: `Remise oubliée ou réduite sur la facture : ${pct(l.discountBp)} au lieu de ${pct(ol.discountBp)}`, resource: 'invoices', id: l.invoiceId });
            else if (l.discountBp > ol.discountBp)
                anomalies.push({ code: 'INVOICE_DISCOUNT', message: `Remise facturée ${pct(l.discountBp)} ≠ remise commandée ${pct(ol.discountBp)}`, resource: 'invoices', id: l.invoiceId });
            if (l.vatRateBp !== ol.vatRateBp)
                anomalies.push({ code: 'INVOICE_VAT', message: `Taux de TVA facturé ${pct(l.vatRateBp)} ≠ ${pct(ol.vatRateBp)} sur la commande`, resource: 'invoices', id: l.invoiceId });
        }
        const invoiceIds = [...new Set(invoiceLines.map((l) => l.invoiceId))];
        if (netInvoiced > ol.quantity) {
            anomalies.push({ code: 'OVER_INVOICED', message: `Facturé ${netInvoiced} pour ${ol.quantity} commandé(s)`, resource: 'invoices', id: invoiceIds.at(-1) });
        }
        if (netInvoiced > delivered) {
            const backorder = delivered === 0;
            anomalies.push({
                code: backorder ? 'INVOICED_BACKORDER' : 'INVOICED_NOT_DELIVERED',
                message: backorder ? `Reliquat facturé alors que rien n'a été livré (${netInvoiced} facturé(s))` : `Facturé ${netInvoiced}, livré ${delivered} seulement`,
                resource: 'invoices',
                id: invoiceIds.at(-1),
            });
        }
        rows.push({
            key: `order-line-${ol.id}`,
            reference: ol.reference,
            label: ol.label,
            quote: ql ? terms(ql) : null,
            order: terms(ol),
            delivered,
            invoiced: invoiceLines.length ? { ...weighted(invoiceLines), invoiceIds } : null,
            credited,
            anomalies,
        });
    }
    for (const l of input.invoiceLines.filter((x) => !usedInvoiceLines.has(x.id) && x.quantity > 0)) {
        rows.push({
            key: `invoice-line-${l.id}`, reference: null, label: 'Ligne facturée hors commande', quote: null, order: null, delivered: 0,
            invoiced: { ...terms(l), invoiceIds: [l.invoiceId] }, credited: 0,
            anomalies: [{ code: 'INVOICE_LINE_NOT_ORDERED', message: 'Cette ligne de facture ne correspond à aucune ligne de la commande', resource: 'invoices', id: l.invoiceId }],
        });
    }
    const anomalies = rows.flatMap((r) => r.anomalies);
    // Two invoices with the same lines (product, quantity, price) for one order: a duplicate.
    const signatures = new Map();
    for (const id of [...new Set(input.invoiceLines.map((l) => l.invoiceId))]) {
        const sig = input.invoiceLines.filter((l) => l.invoiceId === id).map((l) => `${l.productId}:${l.quantity}:${l.unitPriceCents}`).sort().join('|');
        const twin = [...signatures.entries()].find(([, s]) => s === sig);
        if (twin)
            anomalies.push({ code: 'DUPLICATE_INVOICE', message: 'Facture en double : mêmes lignes qu’une facture précédente de cette commande', resource: 'invoices', id });
        signatures.set(id, sig);
    }
    return { rows, anomalies };
}
function terms(l) {
    return { quantity: l.quantity, unitPriceCents: l.unitPriceCents, discountBp: l.discountBp, vatRateBp: l.vatRateBp, netCents: l.netCents };
}
/** Several invoice lines for one order line: total quantity and net, the last line's terms. */
function weighted(lines) {
    const last = lines[lines.length - 1];
    return { ...terms(last), quantity: sum(lines.map((l) => l.quantity)), netCents: lines.reduce((s, l) => s + l.netCents, 0) };
}
//# sourceMappingURL=three-way-control.js.map