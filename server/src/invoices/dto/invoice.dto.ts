import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { Cents, Choice, Int, Quantity, Text } from '../../common/validation/decorators.js';
import { DocumentLineDto } from '../../documents/dto/document-line.dto.js';
import { VAT_RATES_BP } from '../../products/product.entity.js';
import { PAYMENT_METHODS, PAYMENT_TERMS } from '../../third-parties/third-party.entity.js';

export class InvoiceLineDto extends DocumentLineDto {
  /** Negative for a deduction (a deposit already invoiced); zero is refused by the service. */
  @Quantity({ required: true, min: -1_000_000, max: 1_000_000 }) declare quantity: number;

  /** Kept when the line comes from an order (three-way control); checked against the invoice's order. */
  @Int({ min: 1, max: 1_000_000_000 }) orderLineId?: number | null;
}

/** A draft invoice typed by hand, or the edit of a draft made from deliveries or an order. */
export class InvoiceDto {
  @Int({ required: true, min: 1, max: 1_000_000_000 }) clientId: number;
  @Int({ min: 1, max: 1_000_000_000 }) contactId?: number | null;
  @Text(60) clientReference?: string | null;
  @Choice(PAYMENT_TERMS) paymentTerms?: string | null;
  @Choice(PAYMENT_METHODS) paymentMethod?: string | null;
  @Int({ max: 10_000 }) globalDiscountBp?: number | null;
  @Cents({ max: 10_000_000 }) shippingCents?: number | null;
  @Choice(VAT_RATES_BP) shippingVatRateBp?: number | null;
  @Text(4000) notes?: string | null;

  @IsArray({ message: 'app.validation.required' })
  @ArrayMaxSize(200, { message: 'app.validation.too_large' })
  @ValidateNested({ each: true })
  @Type(() => InvoiceLineDto)
  lines: InvoiceLineDto[];
}

export class InvoiceFromDeliveryNotesDto {
  @IsArray({ message: 'app.validation.required' })
  @ArrayMinSize(1, { message: 'app.validation.required' })
  @ArrayMaxSize(50, { message: 'app.validation.too_large' })
  @IsInt({ each: true, message: 'app.validation.integer' })
  @Min(1, { each: true, message: 'app.validation.positive' })
  @Max(1_000_000_000, { each: true, message: 'app.validation.too_large' })
  deliveryNoteIds: number[];
}

export class InvoiceFromOrderDto {
  @Int({ required: true, min: 1, max: 1_000_000_000 }) orderId: number;
}

/** A deposit: a share of the order (basis points) or an amount including VAT. */
export class DepositInvoiceDto {
  @Int({ required: true, min: 1, max: 1_000_000_000 }) orderId: number;
  @Int({ min: 1, max: 10_000 }) percentBp?: number | null;
  @Cents({ min: 1, max: 10_000_000_000 }) amountCents?: number | null;
}
