import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Max, Min } from 'class-validator';
import { Cents, Choice, Int, IsoDate, Text } from '../../common/validation/decorators.js';
import { INTERACTION_OUTCOMES, InteractionOutcome } from '../../interactions/interaction.entity.js';
import { REMINDER_KINDS, ReminderKind } from '../reminder.entity.js';

/**
 * A reminder about some overdue invoices of one client: a written one (e-mail, letter, formal
 * notice) at a level of the procedure, or a phone call with its outcome.
 */
export class ReminderDto {
  @Int({ required: true, min: 1, max: 1_000_000_000 }) clientId: number;
  @Choice(REMINDER_KINDS, { required: true }) kind: ReminderKind;

  @IsArray({ message: 'app.validation.required' })
  @ArrayMinSize(1, { message: 'app.validation.required' })
  @ArrayMaxSize(100, { message: 'app.validation.too_large' })
  @IsInt({ each: true, message: 'app.validation.integer' })
  @Min(1, { each: true, message: 'app.validation.positive' })
  @Max(1_000_000_000, { each: true, message: 'app.validation.too_large' })
  invoiceIds: number[];

  /** Written reminders: defaults to the next level of the procedure for these invoices. */
  @Int({ min: 1, max: 20 }) level?: number | null;
  @Int({ min: 1, max: 1_000_000_000 }) contactId?: number | null;
  /** Defaults to today + the company's reminder deadline. */
  @IsoDate() newDeadline?: string | null;
  @Text(2000) notes?: string | null;

  /** Phone calls only. */
  @Choice(INTERACTION_OUTCOMES) outcome?: InteractionOutcome | null;
  @IsoDate() promisedDate?: string | null;
  @Cents({ min: 1, max: 10_000_000_000 }) promisedAmountCents?: number | null;
}
