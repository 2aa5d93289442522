import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post, Put, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainException } from '../common/errors/domain.exception.js';
import { withContentRange } from '../common/http/content-range.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { StockMovementDto } from './dto/stock-movement.dto.js';
import { StockMovementsService } from './stock-movements.service.js';

/** The stock ledger: list, read, append. Never updated nor deleted. */
@ApiTags('stock-movements')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId/stock-movements')
@UseGuards(SandboxGuard)
export class StockMovementsController {
  constructor(private readonly movements: StockMovementsService) {}

  @Get()
  async list(@Sandbox() ctx: SandboxContext, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return withContentRange(res, 'stock-movements', await this.movements.list(ctx, query));
  }

  @Get(':id')
  get(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.movements.get(ctx, id);
  }

  @Post()
  create(@Sandbox() ctx: SandboxContext, @Body() dto: StockMovementDto) {
    return this.movements.create(ctx, dto);
  }

  @Put(':id')
  update(): never {
    throw new DomainException('STOCK_LEDGER_APPEND_ONLY');
  }

  @Delete(':id')
  remove(): never {
    throw new DomainException('STOCK_LEDGER_APPEND_ONLY');
  }
}
