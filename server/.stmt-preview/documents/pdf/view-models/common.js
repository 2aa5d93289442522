"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.viewContext = viewContext;
exports.baseViewModel = baseViewModel;
exports.sellerViewModel = sellerViewModel;
exports.footerLines = footerLines;
exports.buyerParty = buyerParty;
exports.deliveryParty = deliveryParty;
exports.referenceMeta = referenceMeta;
exports.numberMeta = numberMeta;
exports.unitName = unitName;
exports.column = column;
exports.pricedLines = pricedLines;
exports.totalsViewModel = totalsViewModel;
const document_texts_js_1 = require("../document-texts.js");
const f = __importStar(require("../format.js"));
const index_js_1 = require("../labels/index.js");
function viewContext(model, texts) {
    const lang = model.language;
    const international = model.buyer.address.country.toUpperCase() !== model.seller.address.country.toUpperCase() ||
        (!!model.deliveryAddress && model.deliveryAddress.country.toUpperCase() !== model.seller.address.country.toUpperCase());
    return {
        model,
        lang,
        L: (0, index_js_1.labelsFor)(lang),
        texts,
        t: (key, vars) => texts.text(lang, key, vars),
        paragraphs: (key, vars) => texts.paragraphs(lang, key, vars),
        money: (cents) => f.money(cents, lang),
        date: (iso) => f.date(iso, lang),
        rate: (bp) => f.rate(bp, lang),
        qty: (q) => f.quantity(q, lang),
        international,
    };
}
/** Fields every document shares: title, number, watermark, letterhead, parties, footer. */
function baseViewModel(c) {
    const { model, L } = c;
    const number = model.number && model.number.trim() ? model.number : null;
    return {
        kind: model.kind,
        language: c.lang,
        title: L.titles[model.kind],
        number,
        watermark: number ? null : L.draft,
        fileTitle: `${L.fileTitles[model.kind]} ${number ?? L.draft}`,
        seller: sellerViewModel(c),
        meta: [],
        parties: [],
        intro: [],
        columns: [],
        lines: [],
        totals: null,
        deposits: null,
        shipping: null,
        sections: [],
        signature: null,
        footer: footerLines(c),
        pageLabel: L.page,
        continuedLabel: L.continued,
    };
}
function sellerViewModel(c) {
    const { seller } = c.model;
    const { L } = c;
    const lines = f.addressLines(seller.address, c.lang, c.international);
    const contact = [seller.phone ? `${L.parties.phone} ${seller.phone}` : null, seller.email].filter(Boolean).join(' — ');
    if (contact)
        lines.push(contact);
    if (seller.website)
        lines.push(seller.website.replace(/^https?:\/\//, ''));
    return {
        name: seller.name,
        logoDataUrl: seller.logoDataUrl ?? null,
        lines,
        identity: [`${L.parties.siren} ${f.siren(seller.siren)} ${L.parties.rcs} ${seller.rcsCity} — ${L.parties.vat} ${seller.vatNumber}`],
    };
}
/** R123-237 identity line (+ the company's own footer note), at the foot of every page. */
function footerLines(c) {
    const { seller } = c.model;
    const lines = [
        c.t('common.legal-identity', {
            name: seller.name,
            legalForm: seller.legalForm,
            capital: f.moneyShort(seller.capitalCents, c.lang),
            address: f.addressInline(seller.address, c.lang, c.international),
            siren: f.siren(seller.siren),
            rcsCity: seller.rcsCity,
            siret: f.siret(seller.siret),
            naf: seller.nafCode,
            vatNumber: seller.vatNumber,
        }),
    ];
    if (seller.documentFooterNote && seller.documentFooterNote.trim())
        lines.push(seller.documentFooterNote.trim());
    return lines;
}
/** The client block: name, contact, address, SIREN (French businesses), VAT number. */
function buyerParty(c, title) {
    const { buyer } = c.model;
    const { L } = c;
    const lines = [buyer.name];
    if (buyer.contactName)
        lines.push((0, document_texts_js_1.fillPlaceholders)(L.parties.attention, { name: buyer.contactName }));
    lines.push(...f.addressLines(buyer.address, c.lang, c.international));
    if (buyer.customerType === 'b2b' && buyer.siren)
        lines.push(`${L.parties.siren} ${f.siren(buyer.siren)}`);
    if (buyer.vatNumber)
        lines.push(`${buyer.zone === 'export' ? L.parties.vatForeign : L.parties.vat} ${buyer.vatNumber}`);
    return { title, lines };
}
/** The delivery address, when it differs from the client's address (legal-fr §1.3). */
function deliveryParty(c, title, always = false) {
    const { buyer, deliveryAddress } = c.model;
    const address = deliveryAddress ?? (always ? buyer.address : null);
    if (!address)
        return null;
    if (!always && f.sameAddress(address, buyer.address))
        return null;
    return { title, lines: [buyer.name, ...f.addressLines(address, c.lang, c.international)] };
}
function referenceMeta(c, include) {
    const { references } = c.model;
    const { L } = c;
    const rows = [];
    for (const key of include) {
        if (key === 'clientReference' && references.clientReference)
            rows.push({ label: L.meta.clientReference, value: references.clientReference });
        if (key === 'quoteNumber' && references.quoteNumber)
            rows.push({ label: L.meta.quoteNumber, value: references.quoteNumber });
        if (key === 'orderNumber' && references.orderNumber)
            rows.push({ label: L.meta.orderNumber, value: references.orderNumber });
        if (key === 'deliveryNotes' && references.deliveryNoteNumbers?.length)
            rows.push({ label: L.meta.deliveryNotes, value: references.deliveryNoteNumbers.join(', ') });
    }
    return rows;
}
function numberMeta(c) {
    return { label: c.L.meta.number, value: c.model.number && c.model.number.trim() ? c.model.number : c.L.draftNumber };
}
/** The unit as printed: English documents translate the usual French catalogue units. */
function unitName(c, unit) {
    return c.L.unitNames[unit.trim().toLowerCase()] ?? unit;
}
const NUMERIC = ['quantity', 'unitPrice', 'discount', 'vatRate', 'lineTotal', 'ordered', 'previouslyDelivered', 'delivered', 'remaining'];
function column(c, key) {
    return { key, header: c.L.columns[key], align: NUMERIC.includes(key) ? 'right' : key === 'unit' ? 'center' : 'left' };
}
/** Priced lines (quotes, orders, invoices, credit notes): amounts from the model, never recomputed. */
function pricedLines(c) {
    const { model } = c;
    const exempt = model.vatRegime !== 'standard';
    const withReference = model.lines.some((l) => !!l.reference);
    const withDiscount = model.lines.some((l) => l.discountBp !== 0);
    const keys = [
        ...(withReference ? ['reference'] : []),
        'description',
        'quantity',
        'unit',
        'unitPrice',
        ...(withDiscount ? ['discount'] : []),
        'vatRate',
        'lineTotal',
    ];
    const lines = model.lines.map((line, i) => ({
        cells: {
            reference: line.reference ?? '',
            description: line.label,
            quantity: c.qty(line.quantity),
            unit: unitName(c, line.unit),
            unitPrice: c.money(line.unitPriceCents),
            discount: line.discountBp ? c.rate(line.discountBp) : '',
            vatRate: exempt ? c.L.exemptRate : c.rate(line.vatRateBp),
            lineTotal: c.money(model.totals?.lineNets[i] ?? line.netCents),
        },
    }));
    return { columns: keys.map((k) => column(c, k)), lines };
}
/**
 * Totals block: lines total, global discount, shipping, total HT, VAT per rate, total TTC, and the
 * amount due. Every figure is `model.totals`, formatted.
 */
function totalsViewModel(c, finalRow) {
    const { model, L } = c;
    const totals = model.totals;
    if (!totals)
        return null;
    const exempt = model.vatRegime !== 'standard';
    const rows = [];
    if (totals.allowanceCents || totals.chargeCents)
        rows.push({ label: L.totals.linesNet, value: c.money(totals.linesNetCents) });
    if (totals.allowanceCents)
        rows.push({ label: L.totals.allowance, value: c.money(-totals.allowanceCents) });
    if (totals.chargeCents)
        rows.push({ label: L.totals.charge, value: c.money(totals.chargeCents) });
    rows.push({ label: L.totals.net, value: c.money(totals.netCents) });
    if (exempt) {
        rows.push({ label: L.totals.vatExempt, value: c.money(totals.vatCents) });
    }
    else {
        for (const v of totals.vatBreakdown)
            rows.push({ label: (0, document_texts_js_1.fillPlaceholders)(L.totals.vatAtRate, { rate: c.rate(v.rateBp) }), value: c.money(v.vatCents) });
        if (totals.vatBreakdown.length > 1)
            rows.push({ label: L.totals.vatTotal, value: c.money(totals.vatCents) });
    }
    rows.push({ label: L.totals.gross, value: c.money(totals.grossCents), strong: !finalRow });
    if (finalRow)
        rows.push(finalRow);
    const vatTable = {
        title: L.vatTable.title,
        headers: [L.vatTable.rate, L.vatTable.base, L.vatTable.vat],
        align: ['left', 'right', 'right'],
        rows: totals.vatBreakdown.map((v) => [exempt ? L.vatTable.exempt : c.rate(v.rateBp), c.money(v.baseCents), c.money(v.vatCents)]),
    };
    return { rows, vatTable, notes: [] };
}
//# sourceMappingURL=common.js.map