import { Cents, Choice, Int, IsoDate, Text } from '../../common/validation/decorators.js';
import { VAT_RATES_BP } from '../../products/product.entity.js';
import { PAYMENT_METHODS, PAYMENT_TERMS } from '../../third-parties/third-party.entity.js';
import { DocumentLineDto, LinesArray } from '../../documents/dto/document-line.dto.js';

/** A draft quote; PUT sends the whole draft again. */
export class QuoteDto {
  @Int({ required: true, min: 1, max: 1_000_000_000 }) clientId: number;
  @Int({ min: 1, max: 1_000_000_000 }) contactId?: number | null;
  @IsoDate() validUntil?: string | null;
  @Choice(PAYMENT_TERMS) paymentTerms?: string | null;
  @Choice(PAYMENT_METHODS) paymentMethod?: string | null;
  @IsoDate() promisedDeliveryDate?: string | null;
  @Int({ max: 10_000 }) globalDiscountBp?: number | null;
  @Cents({ max: 10_000_000 }) shippingCents?: number | null;
  @Choice(VAT_RATES_BP) shippingVatRateBp?: number | null;
  @Text(200) cgvReference?: string | null;
  @Text(4000) notes?: string | null;
  @LinesArray() lines: DocumentLineDto[];
}
