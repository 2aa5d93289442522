import { Int, Text } from '../../common/validation/decorators.js';

/** open, start, resume, archive: a reason may be given (kept in the session's events). */
export class OptionalReasonDto {
  @Text(500) reason?: string | null;
}

/** pause, end: the reason is required. */
export class ReasonDto {
  @Text(500, { required: true }) reason: string;
}

/** Extra time for one candidate (on top of their planned extra minutes). */
export class ExtendCandidateDto {
  @Int({ required: true, min: 1, max: 240 }) minutes: number;
  @Text(500, { required: true }) reason: string;
}

/** Writes allowed again for a technical incident, for a few minutes. */
export class UnlockCandidateDto {
  @Int({ required: true, min: 1, max: 60 }) minutes: number;
  @Text(500, { required: true }) reason: string;
}
