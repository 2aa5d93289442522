import { Body, Controller, HttpCode, Param, ParseIntPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { LitigationDto } from './dto/litigation.dto.js';
import { LitigationService } from './litigation.service.js';

/** POST third-parties/:id/litigation: the recovery procedure's last step, kept with the reminders. */
@ApiTags('reminders')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId/third-parties')
@UseGuards(SandboxGuard)
export class LitigationController {
  constructor(private readonly litigation: LitigationService) {}

  @Post(':id/litigation')
  @HttpCode(200)
  transfer(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number, @Body() dto: LitigationDto) {
    return this.litigation.transfer(ctx, id, dto);
  }
}
