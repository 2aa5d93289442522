import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { Bool, Cents, Choice, Int, Quantity, Text } from '../../common/validation/decorators.js';
import { VAT_RATES_BP } from '../../products/product.entity.js';

export class CreditNoteLineDto {
  @Int({ required: true, min: 1, max: 1_000_000_000 }) invoiceLineId: number;
  @Quantity({ required: true, min: 0.001, max: 1_000_000 }) quantity: number;
}

/**
 * A credit note on a validated invoice: total (nothing else given), partial by lines and quantities,
 * or an amount excluding VAT at one VAT rate (a commercial gesture).
 */
export class CreditNoteDto {
  @Int({ required: true, min: 1, max: 1_000_000_000 }) invoiceId: number;
  @Text(500, { required: true }) reason: string;
  @Bool() restock?: boolean | null;
  @Cents({ min: 1, max: 10_000_000_000 }) amountCents?: number | null;
  @Choice(VAT_RATES_BP) vatRateBp?: number | null;

  @IsOptional()
  @IsArray({ message: 'app.validation.invalid' })
  @ArrayMaxSize(200, { message: 'app.validation.too_large' })
  @ValidateNested({ each: true })
  @Type(() => CreditNoteLineDto)
  lines?: CreditNoteLineDto[] | null;
}
