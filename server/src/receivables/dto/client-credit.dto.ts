import { Choice, IsoDate, Text } from '../../common/validation/decorators.js';
import { RISK_STATUSES, RiskStatus } from '../../third-parties/third-party.entity.js';

/** The credit-risk fields of a client card (the credit limit itself is edited with the tier). */
export class ClientCreditDto {
  @Choice(RISK_STATUSES, { required: true }) riskStatus: RiskStatus;
  /** Day of the last solvency check: not after the scenario day. */
  @IsoDate() solvencyCheckedOn?: string | null;
  /** Banque de France, Infogreffe, credit insurer, bank… */
  @Text(120) solvencySource?: string | null;
  @Text(2000) solvencyNote?: string | null;
}
