import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsISO8601, ValidateNested } from 'class-validator';
import { Choice, Int, Text } from '../../common/validation/decorators.js';
import { SESSION_MODES } from '../session.entity.js';

export class CandidateInputDto {
  @Text(120, { required: true }) name: string;
  @Text(30, { required: true }) candidateNumber: string;
  @Int({ max: 600 }) extraMinutes?: number | null;
}

export class CreateSessionDto {
  @Text(120, { required: true }) name: string;
  @Text(64, { required: true }) scenarioId: string;
  @Choice(SESSION_MODES, { required: true }) mode: (typeof SESSION_MODES)[number];
  @IsISO8601({ strict: true }, { message: 'app.validation.date' }) startsAt: string;
  @Int({ required: true, min: 1, max: 60 * 24 * 60 }) durationMinutes: number;

  @IsArray({ message: 'app.validation.required' })
  @ArrayMinSize(1, { message: 'app.validation.required' })
  @ArrayMaxSize(300, { message: 'app.validation.too_large' })
  @ValidateNested({ each: true })
  @Type(() => CandidateInputDto)
  candidates: CandidateInputDto[];
}
