import { Choice, Email, Int, Text } from '../../common/validation/decorators.js';
import { MESSAGE_CHANNELS } from '../message.entity.js';

/**
 * "Envoyer" on a document: by e-mail (to the contact, the given address or the client's), with the
 * PDF attached and a FR/EN text from templates/texts, or another transmission recorded (post, hand
 * delivery, platform). Nothing leaves the machine.
 */
export class SendDocumentDto {
  @Choice(MESSAGE_CHANNELS) channel?: (typeof MESSAGE_CHANNELS)[number] | null;
  @Int({ min: 1, max: 1_000_000_000 }) contactId?: number | null;
  @Email() to?: string | null;
  @Text(200) subject?: string | null;
  @Text(10_000) body?: string | null;
}
