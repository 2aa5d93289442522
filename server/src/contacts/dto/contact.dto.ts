import { Bool, Choice, Email, Int, IsoDate, Phone, Text } from '../../common/validation/decorators.js';
import { CIVILITIES, MARKETING_CONSENTS, PREFERRED_CHANNELS } from '../contact.entity.js';

export class ContactDto {
  @Int({ required: true, min: 1, max: 1_000_000_000 }) thirdPartyId: number;
  @Choice(CIVILITIES) civility?: (typeof CIVILITIES)[number] | null;
  @Text(80, { required: true }) firstName: string;
  @Text(80, { required: true }) lastName: string;
  @Text(120) jobTitle?: string | null;
  @Email() email?: string | null;
  @Phone() phone?: string | null;
  @Phone() mobile?: string | null;
  @Choice(PREFERRED_CHANNELS, { required: true }) preferredChannel: (typeof PREFERRED_CHANNELS)[number];
  @Text(500) accessibilityNeeds?: string | null;
  @Choice(MARKETING_CONSENTS, { required: true }) marketingConsent: (typeof MARKETING_CONSENTS)[number];
  @IsoDate() consentDate?: string | null;
  @Text(200) consentSource?: string | null;
  @Bool() isPrimary?: boolean;
  @Text(4000) notes?: string | null;
}
