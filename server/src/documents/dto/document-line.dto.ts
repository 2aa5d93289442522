import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { Cents, Choice, Int, Quantity, Text } from '../../common/validation/decorators.js';
import { VAT_RATES_BP } from '../../products/product.entity.js';

/** One priced line as typed by the candidate; omitted label, unit, price and VAT come from the product. */
export class DocumentLineDto {
  @Int({ min: 1, max: 1_000_000_000 }) productId?: number | null;
  @Text(200) label?: string | null;
  @Text(30) unit?: string | null;
  @Quantity({ required: true, min: 0.001, max: 1_000_000 }) quantity: number;
  @Cents({ max: 100_000_000 }) unitPriceCents?: number | null;
  @Int({ max: 10_000 }) discountBp?: number | null;
  @Choice(VAT_RATES_BP) vatRateBp?: number | null;
}

export function LinesArray() {
  return (target: object, key: string) => {
    IsArray({ message: 'app.validation.required' })(target, key);
    ArrayMaxSize(200, { message: 'app.validation.too_large' })(target, key);
    ValidateNested({ each: true })(target, key);
    Type(() => DocumentLineDto)(target, key);
  };
}
