import type { DocumentModel } from '../document-model.js';
import type { DocumentTexts, TextVars } from './document-texts.js';
import * as f from './format.js';
import { labelsFor } from './labels/index.js';

/**
 * The legal wordings of one invoice, deposit invoice or credit note, resolved once and shared by the
 * PDF view model and the Factur-X XML (notes PMD / PMT / AAB, BT-20, BT-120), so that both always
 * say the same thing (legal-fr §1.2, §1.8, §1.10, §1.11; BR-FR-05).
 */
export type VatCategory = 'S' | 'K' | 'AE' | 'G';

export interface VatTreatment {
  /** EN 16931 VAT category (UNCL 5305) of every line and of the breakdown. */
  category: VatCategory;
  /** BT-121 exemption reason code. */
  exemptionCode: 'VATEX-EU-IC' | 'VATEX-EU-AE' | 'VATEX-EU-G' | null;
  /** Text key of the exemption reason (BT-120), printed on the PDF too. */
  exemptionKey: string | null;
}

export interface InvoiceMentions {
  /** "Paiement à 30 jours date de facture, par virement bancaire." (BT-20). */
  paymentTerms: string | null;
  /** The payment date sentence, with the calendar date. */
  paymentDate: string | null;
  /** IBAN / BIC, for payment by transfer. */
  bankDetails: string | null;
  transferReference: string | null;
  /** Escompte or its absence (AAB). */
  escompte: string;
  /** Late-payment penalties (PMD). */
  penalties: string;
  /** 40 € recovery indemnity, printed for business clients only (PMT). */
  indemnity: string | null;
  /** PMT note of the XML: the indemnity for B2B, "non applicable" for consumers. */
  indemnityNote: string;
  /** Exemption reference, "Autoliquidation", both VAT numbers. */
  vatNotices: string[];
  /** BT-120. */
  exemptionReason: string | null;
  natureOfOperations: string;
}

export function isBusinessBuyer(model: DocumentModel): boolean {
  return model.buyer.customerType === 'b2b';
}

export function vatTreatment(model: DocumentModel): VatTreatment {
  if (model.vatRegime === 'intra_eu') {
    // Services to an EU business: reverse charge (AE); goods (or mixed): exempt intra-Community supply (K).
    if (model.natureOfOperations === 'services') return { category: 'AE', exemptionCode: 'VATEX-EU-AE', exemptionKey: 'invoice.reverse-charge-services' };
    return { category: 'K', exemptionCode: 'VATEX-EU-IC', exemptionKey: 'invoice.exemption-intra-eu' };
  }
  if (model.vatRegime === 'export') return { category: 'G', exemptionCode: 'VATEX-EU-G', exemptionKey: 'invoice.exemption-export' };
  return { category: 'S', exemptionCode: null, exemptionKey: null };
}

/** Seller's "no escompte" wording recognised, so that English documents can say it in English. */
const NO_ESCOMPTE = /(pas d['’]escompte|aucun escompte|escompte\s*:\s*néant|sans escompte)/i;

export function invoiceMentions(model: DocumentModel, texts: DocumentTexts): InvoiceMentions {
  const lang = model.language;
  const L = labelsFor(lang);
  const t = (key: string, vars?: TextVars) => texts.text(lang, key, vars);
  const b2b = isBusinessBuyer(model);
  const method = L.paymentMethods[model.paymentMethod ?? 'transfer'];
  const terms = model.paymentTerms ? L.paymentTerms[model.paymentTerms] : null;

  const paymentTerms = terms ? t('common.payment-terms', { terms, method }) : null;
  let paymentDate: string | null = null;
  if (model.dueDate) {
    const dueDate = f.date(model.dueDate, lang);
    paymentDate = terms ? t('invoice.payment-date', { terms, dueDate, method }) : t('invoice.payment-date-no-terms', { dueDate, method });
  }
  const byTransfer = (model.paymentMethod ?? 'transfer') === 'transfer';
  const bankDetails = byTransfer && model.seller.iban ? t('common.bank-details', { iban: model.seller.iban, bic: model.seller.bic, name: model.seller.name }) : null;
  const transferReference = byTransfer && model.number && model.kind !== 'credit-note' ? t('invoice.transfer-reference', { number: model.number }) : null;

  const sellerEscompte = (model.seller.earlyPaymentDiscount ?? '').trim();
  let escompte: string;
  if (!sellerEscompte) escompte = t('invoice.escompte-none');
  else if (lang === 'fr') escompte = sellerEscompte;
  else escompte = NO_ESCOMPTE.test(sellerEscompte) ? t('invoice.escompte-none') : sellerEscompte;

  const penaltyRate = f.rate(model.seller.latePenaltyRateBp, lang);
  const penalties = t(b2b ? 'invoice.penalties-b2b' : 'invoice.penalties-b2c', { rate: penaltyRate });
  const indemnity = b2b ? t('invoice.indemnity-b2b', { amount: f.moneyShort(model.seller.recoveryIndemnityCents, lang) }) : null;
  const indemnityNote = indemnity ?? t('invoice.indemnity-b2c');

  const treatment = vatTreatment(model);
  const vatNotices: string[] = [];
  let exemptionReason: string | null = null;
  if (treatment.exemptionKey) {
    exemptionReason = t(treatment.exemptionKey);
    vatNotices.push(exemptionReason);
    if (treatment.category === 'K') vatNotices.push(t('invoice.reverse-charge-intra-eu'));
    if ((treatment.category === 'K' || treatment.category === 'AE') && model.buyer.vatNumber) {
      vatNotices.push(t('invoice.vat-numbers', { seller: model.seller.vatNumber, buyer: model.buyer.vatNumber }));
    }
  }

  return {
    paymentTerms,
    paymentDate,
    bankDetails,
    transferReference,
    escompte,
    penalties,
    indemnity,
    indemnityNote,
    vatNotices,
    exemptionReason,
    natureOfOperations: t('common.nature-of-operations', { nature: L.natureOfOperations[model.natureOfOperations] }),
  };
}
