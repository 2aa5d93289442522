import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsISO8601, ValidateNested } from 'class-validator';
import { Bool, Choice, Int, Text } from '../../common/validation/decorators.js';
import { SESSION_MODES } from '../session.entity.js';

export class CandidateInputDto {
  @Text(120, { required: true }) name: string;
  @Text(30, { required: true }) candidateNumber: string;
  @Int({ max: 600 }) extraMinutes?: number | null;
  /** Shown to juries instead of the name in anonymous sessions; unique in the session. */
  @Text(30) anonymousCode?: string | null;
}

export class CreateSessionDto {
  @Text(120, { required: true }) name: string;
  @Text(64, { required: true }) scenarioId: string;
  @Choice(SESSION_MODES, { required: true }) mode: (typeof SESSION_MODES)[number];
  @IsISO8601({ strict: true }, { message: 'app.validation.date' }) startsAt: string;
  @Int({ required: true, min: 1, max: 60 * 24 * 60 }) durationMinutes: number;
  /** Training only: lock the sandboxes at the end (an exam always does). Default: exam yes, training no. */
  @Bool() lockAtEnd?: boolean | null;
  /** Juries see candidate numbers / anonymous codes only. */
  @Bool() anonymous?: boolean | null;

  /** May be empty: candidates then come from a CSV (POST /api/sessions/:id/candidates/import). */
  @IsArray({ message: 'app.validation.required' })
  @ArrayMaxSize(300, { message: 'app.validation.too_large' })
  @ValidateNested({ each: true })
  @Type(() => CandidateInputDto)
  candidates: CandidateInputDto[];
}
