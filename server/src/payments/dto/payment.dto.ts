import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { Cents, Choice, Int, IsoDate, Text } from '../../common/validation/decorators.js';
import { PAYMENT_METHODS } from '../../third-parties/third-party.entity.js';

export class AllocationDto {
  @Int({ required: true, min: 1, max: 1_000_000_000 }) invoiceId: number;
  @Cents({ required: true, min: 1, max: 10_000_000_000 }) amountCents: number;
}

/**
 * A payment received. Without allocations the server allocates it to the client's open invoices,
 * oldest due date first; what is not allocated stays as the client's credit.
 */
export class PaymentDto {
  @Int({ required: true, min: 1, max: 1_000_000_000 }) clientId: number;
  @IsoDate() date?: string | null;
  @Cents({ required: true, min: 1, max: 10_000_000_000 }) amountCents: number;
  @Choice(PAYMENT_METHODS, { required: true }) method: (typeof PAYMENT_METHODS)[number];
  @Text(60) reference?: string | null;
  @Text(2000) notes?: string | null;

  @IsOptional()
  @IsArray({ message: 'app.validation.invalid' })
  @ArrayMaxSize(100, { message: 'app.validation.too_large' })
  @ValidateNested({ each: true })
  @Type(() => AllocationDto)
  allocations?: AllocationDto[] | null;
}

export class CancelPaymentDto {
  @Text(500, { required: true }) reason: string;
}
