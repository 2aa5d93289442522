import { Matches, ValidateIf } from 'class-validator';
import { Cents, Choice, Int, IsoDate, Text } from '../../common/validation/decorators.js';
import { INTERACTION_KINDS, INTERACTION_OUTCOMES, InteractionKind, InteractionOutcome } from '../interaction.entity.js';

/** Resources an interaction may be linked to. */
export const INTERACTION_RELATED_RESOURCES = ['quotes', 'orders', 'delivery-notes', 'invoices', 'credit-notes', 'payments', 'reminders', 'payment-plans'] as const;

/** A call, e-mail, meeting, visit or note with a tier; a promise to pay carries its date. */
export class InteractionDto {
  @Int({ required: true, min: 1, max: 1_000_000_000 }) thirdPartyId: number;
  @Int({ min: 1, max: 1_000_000_000 }) contactId?: number | null;
  @Choice(INTERACTION_KINDS, { required: true }) kind: InteractionKind;
  /** Scenario date-time of the contact ("2026-03-16T10:30"); defaults to now, never in the future. */
  @ValidateIf((_o, v) => v !== null && v !== undefined && v !== '')
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)?$/, { message: 'app.validation.date' })
  at?: string | null;
  @Text(200, { required: true }) subject: string;
  @Choice(INTERACTION_OUTCOMES) outcome?: InteractionOutcome | null;
  @IsoDate() promisedDate?: string | null;
  @Cents({ min: 1, max: 10_000_000_000 }) promisedAmountCents?: number | null;
  @Text(4000) notes?: string | null;
  @Choice(INTERACTION_RELATED_RESOURCES) relatedResource?: string | null;
  @Int({ min: 1, max: 1_000_000_000 }) relatedId?: number | null;
}
