import { Body, Controller, Param, ParseIntPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { DomainException, FieldErrorsException } from '../common/errors/domain.exception.js';
import { CandidatesImportService } from './candidates-import.service.js';

/** A CSV of 300 candidates is ~20 kB: 1 MB is plenty. */
const MAX_CSV_BYTES = 1024 * 1024;

@ApiTags('sessions')
@ApiBearerAuth()
@Controller('sessions/:id/candidates')
export class CandidatesController {
  constructor(private readonly imports: CandidatesImportService) {}

  /**
   * Adds candidates from a CSV file: the body itself (`Content-Type: text/csv`) or JSON `{ "csv": "…" }`.
   * 201 `{ created: [{ candidateId, name, candidateNumber, username, password, extraMinutes, anonymousCode, sandboxId }] }`
   * (passwords shown once); 422 `{ errors: { rows: { "<line>": { field: key } } } }` with nothing created.
   */
  @Post('import')
  @Roles('admin', 'proctor')
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody({ schema: { oneOf: [{ type: 'string', description: 'name;candidateNumber;extraMinutes;anonymousCode' }, { type: 'object', properties: { csv: { type: 'string' } } }] } })
  async import(@Param('id', ParseIntPipe) id: number, @Req() req: Request, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    return this.imports.import(id, await csvOf(req, body), user);
  }
}

async function csvOf(req: Request, body: unknown): Promise<string> {
  if (req.is('application/json')) {
    const csv = (body as { csv?: unknown } | undefined)?.csv;
    if (typeof csv !== 'string') throw new FieldErrorsException({ csv: 'app.validation.required' });
    return csv;
  }
  if (!req.is('text/*') && !req.is('application/csv') && !req.is('application/vnd.ms-excel')) throw new FieldErrorsException({ csv: 'app.validation.required' });
  // No body parser reads text/csv: the stream is still ours.
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_CSV_BYTES) throw new DomainException('PAYLOAD_TOO_LARGE');
    chunks.push(buffer);
  }
  const bytes = Buffer.concat(chunks);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  // A spreadsheet saved as "CSV (Windows)" is Windows-1252, not UTF-8: read it as such rather than show "Ã©".
  return text.includes('\uFFFD') ? new TextDecoder('windows-1252').decode(bytes) : text;
}
