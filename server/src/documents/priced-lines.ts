import { EntityManager, In } from 'typeorm';
import { FieldErrorsException } from '../common/errors/domain.exception.js';
import { Company } from '../company/company.entity.js';
import { Product } from '../products/product.entity.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { DocumentColumns } from './document.columns.js';
import { DocumentLineDto } from './dto/document-line.dto.js';
import { computeTotals } from './lines/compute-totals.js';
import { DocumentLineColumns } from './lines/document-line.columns.js';

export type LineValues = Omit<DocumentLineColumns, 'id'>;

/** The VAT treatment a client implies (legal-fr §1.8): EU business with a VAT number, export, or French VAT. */
export function vatRegimeOf(client: ThirdParty): DocumentColumns['vatRegime'] {
  if (client.zone === 'eu' && client.customerType === 'b2b' && client.vatNumber) return 'intra_eu';
  if (client.zone === 'export') return 'export';
  return 'standard';
}

/** The client of a sales document: an existing tier with the client role (a prospect gets quotes too). */
export async function clientFor(em: EntityManager, clientId: number, { allowProspect = false } = {}): Promise<ThirdParty> {
  const client = await em.findOneBy(ThirdParty, { id: clientId });
  if (!client || !(client.isClient || (allowProspect && client.isProspect))) throw new FieldErrorsException({ clientId: 'app.validation.not_a_client' });
  return client;
}

/**
 * Turns the typed lines into stored lines: product defaults for what is left blank, the delegation
 * limit on discounts, and each line's net computed here. Every problem is reported at once.
 */
export async function resolveLines(em: EntityManager, input: DocumentLineDto[], company: Company, globalDiscountBp = 0): Promise<LineValues[]> {
  const errors: Record<string, unknown> = {};
  const lineErrors: Record<number, Record<string, string>> = {};
  const ids = [...new Set(input.map((l) => l.productId).filter((x): x is number => !!x))];
  const products = ids.length ? await em.findBy(Product, { id: In(ids) }) : [];
  const lines = input.map((l, i) => {
    const product = l.productId ? products.find((p) => p.id === l.productId) : undefined;
    const fail = (field: string, key: string) => ((lineErrors[i] ??= {})[field] = `app.validation.${key}`);
    if (l.productId && !product) fail('productId', 'not_found');
    if (!product && !l.label) fail('label', 'required');
    if (!product && (l.unitPriceCents === null || l.unitPriceCents === undefined)) fail('unitPriceCents', 'required');
    if (!product && (l.vatRateBp === null || l.vatRateBp === undefined)) fail('vatRateBp', 'required');
    const discountBp = l.discountBp ?? 0;
    if (discountBp > company.maxDiscountBp) fail('discountBp', 'discount_above_delegation');
    const values: LineValues = {
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
  if (globalDiscountBp > company.maxDiscountBp) errors.globalDiscountBp = 'app.validation.discount_above_delegation';
  if (Object.keys(lineErrors).length) errors.lines = lineErrors;
  if (Object.keys(errors).length) throw new FieldErrorsException(errors as Record<string, string>);
  return lines;
}

/** Computes line nets and the document's totals in place; returns the lines. */
export function applyTotals<T extends LineValues>(doc: DocumentColumns, lines: T[]): T[] {
  const totals = computeTotals({
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
export function defaultDeliveryAddress(client: ThirdParty) {
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
export function copyLines(lines: DocumentLineColumns[]): LineValues[] {
  return lines.map(({ id: _id, ...l }) => ({
    position: l.position, productId: l.productId, reference: l.reference, label: l.label, unit: l.unit,
    quantity: l.quantity, unitPriceCents: l.unitPriceCents, discountBp: l.discountBp, vatRateBp: l.vatRateBp, netCents: l.netCents,
  }));
}
