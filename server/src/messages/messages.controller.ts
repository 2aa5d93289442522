import { Controller, Get, Param, ParseIntPipe, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { withContentRange } from '../common/http/content-range.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { MessagesService } from './messages.service.js';

/** Read-only: messages are written by "send" actions on documents (and by the scenario's inbox). */
@ApiTags('messages')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId/messages')
@UseGuards(SandboxGuard)
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Get()
  async list(@Sandbox() ctx: SandboxContext, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return withContentRange(res, 'messages', await this.messages.list(ctx, query));
  }

  @Get(':id')
  get(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.messages.get(ctx, id);
  }

  @Get(':id/attachments/:attachmentId')
  attachment(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number, @Param('attachmentId', ParseIntPipe) attachmentId: number) {
    return this.messages.attachment(ctx, id, attachmentId);
  }
}
