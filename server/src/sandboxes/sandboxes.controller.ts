import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { Text } from '../common/validation/decorators.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxGuard } from '../sandbox/sandbox.guard.js';
import { SandboxesService } from './sandboxes.service.js';

export class ResetSandboxDto {
  @Text(500, { required: true }) reason: string;
}

@ApiTags('sandboxes')
@ApiBearerAuth()
@Controller('sandboxes/:sandboxId')
export class SandboxesController {
  constructor(private readonly sandboxes: SandboxesService) {}

  @Post('reset')
  @HttpCode(200)
  @Roles('admin', 'proctor')
  reset(@Param('sandboxId') sandboxId: string, @CurrentUser() user: AuthUser, @Body() dto: ResetSandboxDto) {
    return this.sandboxes.reset(sandboxId, user, dto.reason);
  }

  @Get('context')
  @UseGuards(SandboxGuard)
  context(@Sandbox() ctx: SandboxContext) {
    return this.sandboxes.context(ctx);
  }
}
