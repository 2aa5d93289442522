import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { withContentRange } from '../common/http/content-range.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { ReminderDto } from './dto/reminder.dto.js';
import { RemindersService } from './reminders.service.js';

/** Reminders are made (and their letter sent), never edited nor deleted; the worklist says whom to chase. */
@ApiTags('reminders')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId/reminders')
@UseGuards(SandboxGuard)
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @Get('worklist')
  worklist(@Sandbox() ctx: SandboxContext) {
    return this.reminders.worklist(ctx);
  }

  @Get()
  async list(@Sandbox() ctx: SandboxContext, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return withContentRange(res, 'reminders', await this.reminders.list(ctx, query));
  }

  @Get(':id')
  get(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.reminders.get(ctx, id);
  }

  @Get(':id/pdf')
  pdf(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.reminders.pdf(ctx, id);
  }

  @Post()
  create(@Sandbox() ctx: SandboxContext, @Body() dto: ReminderDto) {
    return this.reminders.create(ctx, dto);
  }
}
