import type { DocumentModel } from '../../document-model.js';
import type { DocumentTexts } from '../document-texts.js';
import * as f from '../format.js';
import { baseViewModel, buyerParty, column, deliveryParty, numberMeta, referenceMeta, unitName, viewContext } from './common.js';
import type { ColumnKey, DocumentViewModel, LabelValue, TextSection } from './view-model.types.js';

/**
 * Delivery note (bon de livraison): no prices; ordered / previously delivered / delivered / remaining
 * quantities, carrier, parcels, weight, tracking number, Incoterm, and a reception block with
 * reservations (legal-fr §2.3).
 */
export function deliveryNoteViewModel(model: DocumentModel, texts: DocumentTexts): DocumentViewModel {
  if (model.kind !== 'delivery-note') throw new Error(`deliveryNoteViewModel: not a delivery note (${model.kind})`);
  const c = viewContext(model, texts);
  const { L } = c;
  const vm = baseViewModel(c);

  vm.meta = [numberMeta(c), { label: L.meta.shipDate, value: c.date(model.date) }];
  if (model.deliveryDate) vm.meta.push({ label: L.meta.deliveryDate, value: c.date(model.deliveryDate) });
  vm.meta.push({ label: L.meta.clientCode, value: model.buyer.code }, ...referenceMeta(c, ['orderNumber', 'clientReference', 'quoteNumber']));

  const deliverTo = deliveryParty(c, L.parties.deliverTo, true);
  const billing = buyerParty(c, L.parties.billing);
  vm.parties = deliverTo ? [deliverTo, billing] : [billing];

  const withReference = model.lines.some((l) => !!l.reference);
  const withOrdered = model.lines.some((l) => l.orderedQuantity !== undefined);
  const withPrevious = model.lines.some((l) => (l.previouslyDeliveredQuantity ?? 0) !== 0);
  const keys: ColumnKey[] = [
    ...(withReference ? (['reference'] as ColumnKey[]) : []),
    'description',
    'unit',
    ...(withOrdered ? (['ordered'] as ColumnKey[]) : []),
    ...(withPrevious ? (['previouslyDelivered'] as ColumnKey[]) : []),
    'delivered',
    ...(withOrdered ? (['remaining'] as ColumnKey[]) : []),
  ];
  vm.columns = keys.map((k) => column(c, k));
  vm.lines = model.lines.map((line) => {
    const remaining = line.remainingQuantity ?? (line.orderedQuantity !== undefined ? line.orderedQuantity - (line.previouslyDeliveredQuantity ?? 0) - line.quantity : undefined);
    return {
      cells: {
        reference: line.reference ?? '',
        description: line.label,
        unit: unitName(c, line.unit),
        ordered: line.orderedQuantity !== undefined ? c.qty(line.orderedQuantity) : '',
        previouslyDelivered: c.qty(line.previouslyDeliveredQuantity ?? 0),
        delivered: c.qty(line.quantity),
        remaining: remaining !== undefined ? c.qty(remaining) : '',
      },
    };
  });

  const shipping = model.shipping;
  const rows: LabelValue[] = [];
  if (shipping?.carrier) rows.push({ label: L.shipping.carrier, value: shipping.carrier });
  if (shipping?.parcels !== null && shipping?.parcels !== undefined) rows.push({ label: L.shipping.parcels, value: c.qty(shipping.parcels) });
  if (shipping?.weightGrams !== null && shipping?.weightGrams !== undefined) rows.push({ label: L.shipping.weight, value: f.weightKg(shipping.weightGrams, c.lang) });
  if (shipping?.trackingNumber) rows.push({ label: L.shipping.tracking, value: shipping.trackingNumber });
  if (shipping?.incoterm) rows.push({ label: L.shipping.incoterm, value: shipping.incoterm });
  vm.shipping = rows.length ? { title: L.shipping.title, rows } : null;

  const sections: TextSection[] = [];
  if (withOrdered) {
    const backorder = model.lines.some((l) => (l.remainingQuantity ?? 0) > 0);
    sections.push({ paragraphs: [c.t(backorder ? 'delivery-note.backorder' : 'delivery-note.complete')] });
  }
  if (model.notes?.trim()) sections.push({ title: L.sections.notes, paragraphs: [model.notes.trim()] });
  vm.sections = sections;

  vm.signature = {
    title: c.t('delivery-note.reception-title'),
    intro: c.t('delivery-note.reception-intro'),
    fields: c.paragraphs('delivery-note.reception-fields'),
    reservations: c.t('delivery-note.reservations'),
  };
  return vm;
}
