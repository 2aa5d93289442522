import { Bool, Cents, Choice, Int, Quantity, Text } from '../../common/validation/decorators.js';
import { PRODUCT_TYPES, VAT_RATES_BP } from '../product.entity.js';

export class ProductDto {
  @Text(40, { required: true }) reference: string;
  @Text(160, { required: true }) label: string;
  @Text(4000) description?: string | null;
  @Int({ required: true, min: 1, max: 1_000_000_000 }) familyId: number;
  @Choice(PRODUCT_TYPES, { required: true }) type: (typeof PRODUCT_TYPES)[number];
  @Text(30, { required: true }) unit: string;
  @Cents({ required: true }) salePriceCents: number;
  @Choice(VAT_RATES_BP, { required: true }) vatRateBp: number;
  @Cents({ required: true }) purchasePriceCents: number;
  @Int({ min: 1, max: 1_000_000_000 }) supplierId?: number | null;
  @Text(60) supplierReference?: string | null;
  @Int({ max: 365 }) supplierLeadTimeDays?: number | null;
  @Quantity() reorderPoint?: number | null;
  @Quantity() reorderQuantity?: number | null;
  @Int({ max: 10_000_000 }) weightGrams?: number | null;
  @Text(1000) ecoInfo?: string | null;
  @Bool() active?: boolean;
}

export class ProductFamilyDto {
  @Text(20, { required: true }) code: string;
  @Text(120, { required: true }) name: string;
}
