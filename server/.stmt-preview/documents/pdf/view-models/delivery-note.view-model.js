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
exports.deliveryNoteViewModel = deliveryNoteViewModel;
const f = __importStar(require("../format.js"));
const common_js_1 = require("./common.js");
/**
 * Delivery note (bon de livraison): no prices; ordered / previously delivered / delivered / remaining
 * quantities, carrier, parcels, weight, tracking number, Incoterm, and a reception block with
 * reservations (legal-fr §2.3).
 */
function deliveryNoteViewModel(model, texts) {
    if (model.kind !== 'delivery-note')
        throw new Error(`deliveryNoteViewModel: not a delivery note (${model.kind})`);
    const c = (0, common_js_1.viewContext)(model, texts);
    const { L } = c;
    const vm = (0, common_js_1.baseViewModel)(c);
    vm.meta = [(0, common_js_1.numberMeta)(c), { label: L.meta.shipDate, value: c.date(model.date) }];
    if (model.deliveryDate)
        vm.meta.push({ label: L.meta.deliveryDate, value: c.date(model.deliveryDate) });
    vm.meta.push({ label: L.meta.clientCode, value: model.buyer.code }, ...(0, common_js_1.referenceMeta)(c, ['orderNumber', 'clientReference', 'quoteNumber']));
    const deliverTo = (0, common_js_1.deliveryParty)(c, L.parties.deliverTo, true);
    const billing = (0, common_js_1.buyerParty)(c, L.parties.billing);
    vm.parties = deliverTo ? [deliverTo, billing] : [billing];
    const withReference = model.lines.some((l) => !!l.reference);
    const withOrdered = model.lines.some((l) => l.orderedQuantity !== undefined);
    const withPrevious = model.lines.some((l) => (l.previouslyDeliveredQuantity ?? 0) !== 0);
    const keys = [
        ...(withReference ? ['reference'] : []),
        'description',
        'unit',
        ...(withOrdered ? ['ordered'] : []),
        ...(withPrevious ? ['previouslyDelivered'] : []),
        'delivered',
        ...(withOrdered ? ['remaining'] : []),
    ];
    vm.columns = keys.map((k) => (0, common_js_1.column)(c, k));
    vm.lines = model.lines.map((line) => {
        const remaining = line.remainingQuantity ?? (line.orderedQuantity !== undefined ? line.orderedQuantity - (line.previouslyDeliveredQuantity ?? 0) - line.quantity : undefined);
        return {
            cells: {
                reference: line.reference ?? '',
                description: line.label,
                unit: (0, common_js_1.unitName)(c, line.unit),
                ordered: line.orderedQuantity !== undefined ? c.qty(line.orderedQuantity) : '',
                previouslyDelivered: c.qty(line.previouslyDeliveredQuantity ?? 0),
                delivered: c.qty(line.quantity),
                remaining: remaining !== undefined ? c.qty(remaining) : '',
            },
        };
    });
    const shipping = model.shipping;
    const rows = [];
    if (shipping?.carrier)
        rows.push({ label: L.shipping.carrier, value: shipping.carrier });
    if (shipping?.parcels !== null && shipping?.parcels !== undefined)
        rows.push({ label: L.shipping.parcels, value: c.qty(shipping.parcels) });
    if (shipping?.weightGrams !== null && shipping?.weightGrams !== undefined)
        rows.push({ label: L.shipping.weight, value: f.weightKg(shipping.weightGrams, c.lang) });
    if (shipping?.trackingNumber)
        rows.push({ label: L.shipping.tracking, value: shipping.trackingNumber });
    if (shipping?.incoterm)
        rows.push({ label: L.shipping.incoterm, value: shipping.incoterm });
    vm.shipping = rows.length ? { title: L.shipping.title, rows } : null;
    const sections = [];
    if (withOrdered) {
        const backorder = model.lines.some((l) => (l.remainingQuantity ?? 0) > 0);
        sections.push({ paragraphs: [c.t(backorder ? 'delivery-note.backorder' : 'delivery-note.complete')] });
    }
    if (model.notes?.trim())
        sections.push({ title: L.sections.notes, paragraphs: [model.notes.trim()] });
    vm.sections = sections;
    vm.signature = {
        title: c.t('delivery-note.reception-title'),
        intro: c.t('delivery-note.reception-intro'),
        fields: c.paragraphs('delivery-note.reception-fields'),
        reservations: c.t('delivery-note.reservations'),
    };
    return vm;
}
//# sourceMappingURL=delivery-note.view-model.js.map