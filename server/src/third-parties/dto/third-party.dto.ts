import { Bool, Cents, Choice, Country, Email, Int, Phone, Postcode, Siren, Siret, Tags, Text, VatNumber } from '../../common/validation/decorators.js';
import { CUSTOMER_TYPES, LANGUAGES, PAYMENT_METHODS, PAYMENT_TERMS, PROSPECT_STATUSES } from '../third-party.entity.js';

/** The editable fields of a tier. PUT sends the whole record (react-admin), so create and update share it. */
export class ThirdPartyDto {
  @Text(160, { required: true }) name: string;
  @Bool() isClient?: boolean;
  @Bool() isProspect?: boolean;
  @Bool() isSupplier?: boolean;
  @Choice(CUSTOMER_TYPES, { required: true }) customerType: (typeof CUSTOMER_TYPES)[number];
  @Choice(LANGUAGES, { required: true }) language: (typeof LANGUAGES)[number];

  @Text(40) legalForm?: string | null;
  @Siren() siren?: string | null;
  @Siret() siret?: string | null;
  @VatNumber() vatNumber?: string | null;

  @Email() email?: string | null;
  @Phone('billingCountry') phone?: string | null;
  @Text(200) website?: string | null;

  @Text(120, { required: true }) billingLine1: string;
  @Text(120) billingLine2?: string | null;
  @Postcode('billingCountry', { required: true }) billingPostcode: string;
  @Text(80, { required: true }) billingCity: string;
  @Country({ required: true }) billingCountry: string;
  @Text(120) deliveryLine1?: string | null;
  @Text(120) deliveryLine2?: string | null;
  @Postcode('deliveryCountry') deliveryPostcode?: string | null;
  @Text(80) deliveryCity?: string | null;
  @Country() deliveryCountry?: string | null;

  @Choice(PAYMENT_TERMS) paymentTerms?: (typeof PAYMENT_TERMS)[number] | null;
  @Choice(PAYMENT_METHODS) paymentMethod?: (typeof PAYMENT_METHODS)[number] | null;
  @Cents() creditLimitCents?: number | null;
  @Int({ min: 1, max: 1_000_000_000 }) accountManagerId?: number | null;

  @Text(80) sector?: string | null;
  @Text(40) size?: string | null;
  @Text(80) region?: string | null;
  @Text(120) source?: string | null;
  @Tags() tags?: string[] | null;
  @Choice(PROSPECT_STATUSES) prospectStatus?: (typeof PROSPECT_STATUSES)[number] | null;
  @Int({ max: 365 }) supplierLeadTimeDays?: number | null;
  @Text(4000) notes?: string | null;
}
