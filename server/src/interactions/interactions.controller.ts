import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { withContentRange } from '../common/http/content-range.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { InteractionDto } from './dto/interaction.dto.js';
import { InteractionsService } from './interactions.service.js';

/** The CRM log: entries are added, never edited nor deleted. */
@ApiTags('interactions')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId/interactions')
@UseGuards(SandboxGuard)
export class InteractionsController {
  constructor(private readonly interactions: InteractionsService) {}

  @Get()
  async list(@Sandbox() ctx: SandboxContext, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return withContentRange(res, 'interactions', await this.interactions.list(ctx, query));
  }

  @Get(':id')
  get(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.interactions.get(ctx, id);
  }

  @Post()
  create(@Sandbox() ctx: SandboxContext, @Body() dto: InteractionDto) {
    return this.interactions.create(ctx, dto);
  }
}
