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
exports.isBusinessBuyer = isBusinessBuyer;
exports.vatTreatment = vatTreatment;
exports.invoiceMentions = invoiceMentions;
const f = __importStar(require("./format.js"));
const index_js_1 = require("./labels/index.js");
function isBusinessBuyer(model) {
    return model.buyer.customerType === 'b2b';
}
function vatTreatment(model) {
    if (model.vatRegime === 'intra_eu') {
        // Services to an EU business: reverse charge (AE); goods (or mixed): exempt intra-Community supply (K).
        if (model.natureOfOperations === 'services')
            return { category: 'AE', exemptionCode: 'VATEX-EU-AE', exemptionKey: 'invoice.reverse-charge-services' };
        return { category: 'K', exemptionCode: 'VATEX-EU-IC', exemptionKey: 'invoice.exemption-intra-eu' };
    }
    if (model.vatRegime === 'export')
        return { category: 'G', exemptionCode: 'VATEX-EU-G', exemptionKey: 'invoice.exemption-export' };
    return { category: 'S', exemptionCode: null, exemptionKey: null };
}
/** Seller's "no escompte" wording recognised, so that English documents can say it in English. */
const NO_ESCOMPTE = /(pas d['’]escompte|aucun escompte|escompte\s*:\s*néant|sans escompte)/i;
function invoiceMentions(model, texts) {
    const lang = model.language;
    const L = (0, index_js_1.labelsFor)(lang);
    const t = (key, vars) => texts.text(lang, key, vars);
    const b2b = isBusinessBuyer(model);
    const method = L.paymentMethods[model.paymentMethod ?? 'transfer'];
    const terms = model.paymentTerms ? L.paymentTerms[model.paymentTerms] : null;
    const paymentTerms = terms ? t('common.payment-terms', { terms, method }) : null;
    let paymentDate = null;
    if (model.dueDate) {
        const dueDate = f.date(model.dueDate, lang);
        paymentDate = terms ? t('invoice.payment-date', { terms, dueDate, method }) : t('invoice.payment-date-no-terms', { dueDate, method });
    }
    const byTransfer = (model.paymentMethod ?? 'transfer') === 'transfer';
    const bankDetails = byTransfer && model.seller.iban ? t('common.bank-details', { iban: model.seller.iban, bic: model.seller.bic, name: model.seller.name }) : null;
    const transferReference = byTransfer && model.number && model.kind !== 'credit-note' ? t('invoice.transfer-reference', { number: model.number }) : null;
    const sellerEscompte = (model.seller.earlyPaymentDiscount ?? '').trim();
    let escompte;
    if (!sellerEscompte)
        escompte = t('invoice.escompte-none');
    else if (lang === 'fr')
        escompte = sellerEscompte;
    else
        escompte = NO_ESCOMPTE.test(sellerEscompte) ? t('invoice.escompte-none') : sellerEscompte;
    const penaltyRate = f.rate(model.seller.latePenaltyRateBp, lang);
    const penalties = t(b2b ? 'invoice.penalties-b2b' : 'invoice.penalties-b2c', { rate: penaltyRate });
    const indemnity = b2b ? t('invoice.indemnity-b2b', { amount: f.moneyShort(model.seller.recoveryIndemnityCents, lang) }) : null;
    const indemnityNote = indemnity ?? t('invoice.indemnity-b2c');
    const treatment = vatTreatment(model);
    const vatNotices = [];
    let exemptionReason = null;
    if (treatment.exemptionKey) {
        exemptionReason = t(treatment.exemptionKey);
        vatNotices.push(exemptionReason);
        if (treatment.category === 'K')
            vatNotices.push(t('invoice.reverse-charge-intra-eu'));
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
//# sourceMappingURL=legal-mentions.js.map