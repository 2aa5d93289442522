import { Email, Int, Text } from '../../common/validation/decorators.js';

/**
 * "Envoyer le relevé" by e-mail: to the chosen contact, a typed address or the client's, with the
 * statement PDF attached and a FR/EN text from templates/texts (subject and body may be replaced).
 * The period comes from the query string (?from=&to=), as for the statement itself.
 */
export class SendStatementDto {
  @Int({ min: 1, max: 1_000_000_000 }) contactId?: number | null;
  @Email() to?: string | null;
  @Text(200) subject?: string | null;
  @Text(10_000) body?: string | null;
}
