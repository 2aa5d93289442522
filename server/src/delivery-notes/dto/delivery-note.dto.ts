import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { Choice, Int, Quantity, Text } from '../../common/validation/decorators.js';

export const INCOTERMS = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'] as const;

export class DeliveryNoteLineDto {
  @Int({ required: true, min: 1, max: 1_000_000_000 }) orderLineId: number;
  @Quantity({ required: true, max: 1_000_000 }) quantity: number;
}

/** A draft delivery note for one order; lines default to everything left to deliver. */
export class DeliveryNoteDto {
  @Int({ required: true, min: 1, max: 1_000_000_000 }) orderId: number;
  @Text(80) carrier?: string | null;
  @Int({ max: 10_000 }) parcels?: number | null;
  @Int({ max: 100_000_000 }) weightGrams?: number | null;
  @Text(80) trackingNumber?: string | null;
  @Choice(INCOTERMS) incoterm?: string | null;
  @Text(2000) notes?: string | null;

  @IsOptional()
  @IsArray({ message: 'app.validation.invalid' })
  @ArrayMaxSize(200, { message: 'app.validation.too_large' })
  @ValidateNested({ each: true })
  @Type(() => DeliveryNoteLineDto)
  lines?: DeliveryNoteLineDto[] | null;
}
