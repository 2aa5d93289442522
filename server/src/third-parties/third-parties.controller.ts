import { Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudRoutes } from '../common/http/crud-routes.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { ThirdPartyDto } from './dto/third-party.dto.js';
import { ThirdPartiesService } from './third-parties.service.js';

@ApiTags('third-parties')
@Controller('sandboxes/:sandboxId/third-parties')
export class ThirdPartiesController extends CrudRoutes('third-parties', ThirdPartyDto) {
  constructor(readonly service: ThirdPartiesService) {
    super();
  }

  @Get('duplicates')
  duplicates(@Sandbox() ctx: SandboxContext, @Query() query: { siren?: string; email?: string; excludeId?: string }) {
    return this.service.duplicates(ctx, query);
  }

  @Post(':id/convert-to-client')
  @HttpCode(200)
  convert(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.service.convertToClient(ctx, id);
  }
}
