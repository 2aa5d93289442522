import { Body, Controller, Get, Param, ParseIntPipe, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { ClientCreditService } from './client-credit.service.js';
import { ClientCreditDto } from './dto/client-credit.dto.js';

/** The client's credit position (encours, limit, overdue, risk); its own path below the tier's routes. */
@ApiTags('third-parties')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId/third-parties/:id/credit')
@UseGuards(SandboxGuard)
export class ClientCreditController {
  constructor(private readonly credit: ClientCreditService) {}

  @Get()
  get(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.credit.get(ctx, id);
  }

  @Put()
  update(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number, @Body() dto: ClientCreditDto) {
    return this.credit.update(ctx, id, dto);
  }
}
