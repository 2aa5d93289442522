import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/auth.decorators.js';
import { ScenariosService } from './scenarios.service.js';

@ApiTags('scenarios')
@ApiBearerAuth()
@Controller('scenarios')
export class ScenariosController {
  constructor(private readonly scenarios: ScenariosService) {}

  @Get()
  @Roles('admin', 'proctor', 'jury')
  list(@Res({ passthrough: true }) res: Response) {
    const rows = this.scenarios.list();
    res.setHeader('Content-Range', `scenarios 0-${Math.max(rows.length - 1, 0)}/${rows.length}`);
    return rows;
  }
}
