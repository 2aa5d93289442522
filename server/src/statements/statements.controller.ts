import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { SendStatementDto } from './dto/send-statement.dto.js';
import { StatementsService } from './statements.service.js';

/** Relevés de compte: ?from=&to= (1 January – today by default), figures, PDF and e-mail. */
@ApiTags('statements')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId/statements')
@UseGuards(SandboxGuard)
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Get(':clientId')
  get(@Sandbox() ctx: SandboxContext, @Param('clientId', ParseIntPipe) clientId: number, @Query() query: Record<string, unknown>) {
    return this.statements.get(ctx, clientId, query);
  }

  @Get(':clientId/pdf')
  pdf(@Sandbox() ctx: SandboxContext, @Param('clientId', ParseIntPipe) clientId: number, @Query() query: Record<string, unknown>) {
    return this.statements.pdf(ctx, clientId, query);
  }

  @Post(':clientId/send')
  send(@Sandbox() ctx: SandboxContext, @Param('clientId', ParseIntPipe) clientId: number, @Query() query: Record<string, unknown>, @Body() dto: SendStatementDto) {
    return this.statements.send(ctx, clientId, query, dto ?? {});
  }
}
