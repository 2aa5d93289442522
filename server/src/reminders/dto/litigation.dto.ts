import { Text } from '../../common/validation/decorators.js';

/** Transfer of a client's unpaid invoices to litigation (contentieux). */
export class LitigationDto {
  @Text(1000, { required: true }) reason: string;
}
