import { Controller, Get, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { withContentRange } from '../common/http/content-range.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { JournalService } from './journal.service.js';

/** Read-only: candidates see their own sandbox's journal, proctors and juries any. */
@ApiTags('journal')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId/journal')
@UseGuards(SandboxGuard)
export class JournalController {
  constructor(private readonly journal: JournalService) {}

  @Get()
  async list(@Sandbox() ctx: SandboxContext, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return withContentRange(res, 'journal', await this.journal.list(ctx, query));
  }

  @Get('verify')
  verify(@Sandbox() ctx: SandboxContext) {
    return this.journal.verify(ctx);
  }
}
