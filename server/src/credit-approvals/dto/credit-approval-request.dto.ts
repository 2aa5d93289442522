import { Text } from '../../common/validation/decorators.js';

/** "Demander l'accord du responsable": why this order should go through despite the overrun. */
export class CreditApprovalRequestDto {
  @Text(1000) reason?: string | null;
}
