import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { Cents, Int, IsoDate, Text } from '../../common/validation/decorators.js';

export class InstallmentDto {
  @IsoDate({ required: true }) dueDate: string;
  @Cents({ required: true, min: 1, max: 10_000_000_000 }) amountCents: number;
}

/** An échéancier: the invoices' current balance paid in installments, dates ascending from today. */
export class PaymentPlanDto {
  @Int({ required: true, min: 1, max: 1_000_000_000 }) clientId: number;

  @IsArray({ message: 'app.validation.required' })
  @ArrayMinSize(1, { message: 'app.validation.required' })
  @ArrayMaxSize(100, { message: 'app.validation.too_large' })
  @IsInt({ each: true, message: 'app.validation.integer' })
  @Min(1, { each: true, message: 'app.validation.positive' })
  @Max(1_000_000_000, { each: true, message: 'app.validation.too_large' })
  invoiceIds: number[];

  @IsArray({ message: 'app.validation.required' })
  @ArrayMinSize(1, { message: 'app.validation.required' })
  @ArrayMaxSize(36, { message: 'app.validation.too_large' })
  @ValidateNested({ each: true })
  @Type(() => InstallmentDto)
  installments: InstallmentDto[];

  @Text(2000) notes?: string | null;
}

export class CancelPaymentPlanDto {
  @Text(500, { required: true }) reason: string;
}
