"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.vatRegimeOf = vatRegimeOf;
exports.clientFor = clientFor;
exports.resolveLines = resolveLines;
exports.applyTotals = applyTotals;
exports.defaultDeliveryAddress = defaultDeliveryAddress;
exports.copyLines = copyLines;
const typeorm_1 = require("typeorm");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const product_entity_js_1 = require("../products/product.entity.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const compute_totals_js_1 = require("./lines/compute-totals.js");
/** The VAT treatment a client implies (legal-fr §1.8): EU business with a VAT number, export, or French VAT. */
function vatRegimeOf(client) {
    if (client.zone === 'eu' && client.customerType === 'b2b' && client.vatNumber)
        return 'intra_eu';
    if (client.zone === 'export')
        return 'export';
    return 'standard';
}
/** The client of a sales document: an existing tier with the client role (a prospect gets quotes too). */
async function clientFor(em, clientId, { allowProspect = false } = {}) {
    const client = await em.findOneBy(third_party_entity_js_1.ThirdParty, { id: clientId });
    if (!client || !(client.isClient || (allowProspect && client.isProspect)))
        throw new domain_exception_js_1.FieldErrorsException({ clientId: 'app.validation.not_a_client' });
    return client;
}
/**
 * Turns the typed lines into stored lines: product defaults for what is left blank, the delegation
 * limit on discounts, and each line's net computed here. Every problem is reported at once.
 */
async function resolveLines(em, input, company, globalDiscountBp = 0) {
    const errors = {};
    const lineErrors = {};
    const ids = [...new Set(input.map((l) => l.productId).filter((x) => !!x))];
    const products = ids.length ? await em.findBy(product_entity_js_1.Product, { id: (0, typeorm_1.In)(ids) }) : [];
    const lines = input.map((l, i) => {
        const product = l.productId ? products.find((p) => p.id === l.productId) : undefined;
        const fail = (field, key) => ((lineErrors[i] ??= {})[field] = `app.validation.${key}`);
        if (l.productId && !product)
            fail('productId', 'not_found');
        if (!product && !l.label)
            fail('label', 'required');
        if (!product && (l.unitPriceCents === null || l.unitPriceCents === undefined))
            fail('unitPriceCents', 'required');
        if (!product && (l.vatRateBp === null || l.vatRateBp === undefined))
            fail('vatRateBp', 'required');
        const discountBp = l.discountBp ?? 0;
        if (discountBp > company.maxDiscountBp)
            fail('discountBp', 'discount_above_delegation');
        const values = {
            position: i + 1,
            productId: product?.id ?? null,
            reference: product?.reference ?? null,
            label: l.label ?? product?.label ?? '',
            unit: l.unit ?? product?.unit ?? 'unité',
            quantity: l.quantity,
            unitPriceCents: l.unitPriceCents ?? product?.salePriceCents ?? 0,
            discountBp,
            vatRateBp: l.vatRateBp ?? product?.vatRateBp ?? 2000,
            netCents: 0,
        };
        return values;
    });
    if (globalDiscountBp > company.maxDiscountBp)
        errors.globalDiscountBp = 'app.validation.discount_above_delegation';
    if (Object.keys(lineErrors).length)
        errors.lines = lineErrors;
    if (Object.keys(errors).length)
        throw new domain_exception_js_1.FieldErrorsException(errors);
    return lines;
}
/** Computes line nets and the document's totals in place; returns the lines. */
function applyTotals(doc, lines) {
    const totals = (0, compute_totals_js_1.computeTotals)({
        lines,
        globalDiscountBp: doc.globalDiscountBp,
        shippingCents: doc.shippingCents,
        shippingVatRateBp: doc.shippingVatRateBp,
        exempt: doc.vatRegime !== 'standard',
    });
    lines.forEach((l, i) => (l.netCents = totals.lineNets[i]));
    doc.netCents = totals.netCents;
    doc.vatCents = totals.vatCents;
    doc.grossCents = totals.grossCents;
    doc.vatBreakdown = totals.vatBreakdown;
    return lines;
}
/** Where an order is delivered by default: the client's delivery address, else its billing address. */
function defaultDeliveryAddress(client) {
    const own = !!client.deliveryLine1;
    return {
        deliveryLine1: own ? client.deliveryLine1 : client.billingLine1,
        deliveryLine2: own ? client.deliveryLine2 : client.billingLine2,
        deliveryPostcode: own ? client.deliveryPostcode : client.billingPostcode,
        deliveryCity: own ? client.deliveryCity : client.billingCity,
        deliveryCountry: (own ? client.deliveryCountry : null) ?? client.billingCountry,
    };
}
/** Copies lines from one document to another (conversions keep the source's prices and rates). */
function copyLines(lines) {
    return lines.map(({ id: _id, ...l }) => ({
        position: l.position, productId: l.productId, reference: l.reference, label: l.label, unit: l.unit,
        quantity: l.quantity, unitPriceCents: l.unitPriceCents, discountBp: l.discountBp, vatRateBp: l.vatRateBp, netCents: l.netCents,
    }));
}
//# sourceMappingURL=priced-lines.js.map