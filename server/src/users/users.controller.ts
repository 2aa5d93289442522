import { Body, Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { COST, generatePassword, hashPassword } from '../auth/password.js';
import { withContentRange } from '../common/http/content-range.js';
import { filters, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { FieldErrorsException } from '../common/errors/domain.exception.js';
import { Choice, Text } from '../common/validation/decorators.js';
import { ControlDb } from '../control/control-db.service.js';
import { Post } from '@nestjs/common';
import { User } from './user.entity.js';

export class CreateUserDto {
  @Text(40, { required: true }) username: string;
  @Text(120, { required: true }) displayName: string;
  @Choice(['admin', 'proctor', 'jury'], { required: true }) role: 'admin' | 'proctor' | 'jury';
}

const LIST: ListSpec<User> = {
  alias: 'u',
  sortable: { id: 'u.id', username: 'u.username', role: 'u.role', displayName: 'u.displayName' },
  filters: { id: filters.ids('u.id'), role: filters.equals('u.role'), q: filters.text(['u.username', 'u.displayName']) },
};

/** Staff accounts (admins, proctors, juries). Candidates are created with their session. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
@Roles('admin')
export class UsersController {
  constructor(private readonly control: ControlDb) {}

  /** Admins list every staff account; proctors only the juries (to assign them to their sessions). */
  @Get()
  @Roles('admin', 'proctor')
  async list(@Query() query: Record<string, unknown>, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    const list = parseListQuery(query, ['username', 'ASC']);
    const result = await this.control.read((em) => {
      const qb = em.createQueryBuilder(User, 'u');
      if (user.role === 'proctor') qb.andWhere("u.role = 'jury'");
      return runList(qb, LIST, list);
    });
    return withContentRange(res, 'users', result, ({ passwordHash: _h, ...u }) => u);
  }

  /** Creates the account with a generated password, returned once. */
  @Post()
  async create(@Body() dto: CreateUserDto) {
    if (!/^[a-z][a-z0-9._-]{2,39}$/.test(dto.username)) throw new FieldErrorsException({ username: 'app.validation.username' });
    const password = generatePassword();
    const passwordHash = await hashPassword(password, COST.staff);
    return this.control.write(async (em) => {
      if (await em.countBy(User, { username: dto.username })) throw new FieldErrorsException({ username: 'app.validation.username_taken' });
      const user = em.create(User, { ...dto, passwordHash, active: true, createdAt: new Date().toISOString() });
      await em.insert(User, user);
      return { id: user.id, username: user.username, displayName: user.displayName, role: user.role, password };
    });
  }
}
