import {
  CreateUserResponse,
  FIELD_ERROR_CODES,
  Role,
  SessionUser,
  TeamMemberDto,
  UserDto,
} from '@datenlotse/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { fieldError } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { hashPassword, newToken } from '../auth/password';
import { Session } from '../auth/session.entity';
import { DepartmentsService } from '../departments/departments.service';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { User } from './user.entity';
import { CreateUserDto, UpdateUserDto } from './users.dto';
import { staleWrite } from '../../common/stale-write';

const INVITATION_DAYS = 7;

@Injectable()
export class UsersService {
  private readonly users: ScopedRepository<User>;

  constructor(
    @InjectRepository(User) repository: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly departments: DepartmentsService,
    private readonly audit: AuditService,
  ) {
    this.users = new ScopedRepository(repository);
  }

  async list(): Promise<UserDto[]> {
    const users = await this.users.find({ relations: { departments: true }, order: { name: 'ASC' } });
    return users.map(toUserDto);
  }

  async teamMembers(): Promise<TeamMemberDto[]> {
    const members = await this.users.find({
      where: { active: true, role: In(['team', 'admin']) },
      order: { name: 'ASC' },
    });
    return members.map((u) => ({ id: u.id, name: u.name, role: u.role }));
  }

  async create(input: CreateUserDto): Promise<CreateUserResponse> {
    const email = input.email.trim().toLowerCase();
    const departments = await this.checkDepartments(input.role, input.departmentIds ?? []);
    const invitation = input.password ? null : newToken();
    return this.dataSource.transaction(async (manager) => {
      // The email is unique across municipalities, so this lookup is deliberately not scoped.
      if (await manager.getRepository(User).exists({ where: { email } })) {
        throw fieldError('email', FIELD_ERROR_CODES.alreadyInUse, 'already in use');
      }
      const user = await this.users.with(manager).save({
        email,
        name: input.name.trim(),
        role: input.role,
        locale: input.locale ?? 'de',
        passwordHash: input.password ? await hashPassword(input.password) : null,
        inviteTokenHash: invitation?.hash ?? null,
        inviteExpiresAt: invitation ? new Date(Date.now() + INVITATION_DAYS * 86_400_000) : null,
        departments,
      });
      await this.audit.record(manager, {
        action: 'create',
        entity: 'user',
        entityId: user.id,
        after: auditView(user),
      });
      return { user: toUserDto(user), ...(invitation && { invitePath: `/invite/${invitation.token}` }) };
    });
  }

  async update(id: string, input: UpdateUserDto): Promise<UserDto> {
    return this.dataSource.transaction(async (manager) => {
      const users = this.users.with(manager);
      const user = await users.findOne({ where: { id }, relations: { departments: true } });
      if (!user) throw new NotFoundException(`No user ${id}`);
      if (user.version !== input.version) throw staleWrite('user', toUserDto(user));
      const before = auditView(user);
      const role = input.role ?? user.role;
      if (input.role !== undefined || input.active === false) this.guardOwnAccount(user, role, input.active);
      const oldDepartmentIds = user.departments.map((d) => d.id);
      const departments = await this.checkDepartments(role, input.departmentIds ?? oldDepartmentIds, manager);
      // The version check and the write are one statement, so two concurrent edits cannot both win.
      const result = await manager
        .createQueryBuilder()
        .update(User)
        .set({
          role,
          name: input.name?.trim() ?? user.name,
          locale: input.locale ?? user.locale,
          active: input.active ?? user.active,
        })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (result.affected !== 1) throw staleWrite('user', toUserDto(user));
      await manager
        .createQueryBuilder()
        .relation(User, 'departments')
        .of(id)
        .addAndRemove(
          departments.map((d) => d.id).filter((d) => !oldDepartmentIds.includes(d)),
          oldDepartmentIds.filter((d) => !departments.some((n) => n.id === d)),
        );
      const saved = await users.findOne({ where: { id }, relations: { departments: true } });
      if (!saved) throw new NotFoundException(`No user ${id}`);
      if (!saved.active) await manager.getRepository(Session).delete({ userId: id });
      await this.audit.record(manager, {
        action: 'update',
        entity: 'user',
        entityId: id,
        before,
        after: auditView(saved),
      });
      return toUserDto(saved);
    });
  }

  private guardOwnAccount(user: User, role: Role, active: boolean | undefined): void {
    if (user.id !== requestContext.actor()?.id) return;
    if (active === false) {
      throw fieldError('active', FIELD_ERROR_CODES.notForYourself, 'cannot deactivate yourself');
    }
    if (role !== 'admin') {
      throw fieldError('role', FIELD_ERROR_CODES.notForYourself, 'cannot take away your own admin role');
    }
  }

  /** Only department heads are tied to departments, and the departments must exist here. */
  private async checkDepartments(role: Role, ids: string[], manager?: EntityManager) {
    const unique = [...new Set(ids)];
    if (role !== 'department_head') {
      if (unique.length > 0) {
        throw fieldError(
          'departmentIds',
          FIELD_ERROR_CODES.onlyForDepartmentHeads,
          'only for the role department_head',
        );
      }
      return [];
    }
    const found = await this.departments.existing(unique, manager);
    if (found.length !== unique.length) {
      throw fieldError('departmentIds', FIELD_ERROR_CODES.unknownReference, 'unknown department id');
    }
    return found;
  }
}

export function toUserDto(user: User): UserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    departmentIds: (user.departments ?? []).map((d) => d.id).sort(),
    active: user.active,
    invitationPending: user.passwordHash === null && user.inviteTokenHash !== null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    version: user.version,
  };
}

export function toSessionUser(user: User): SessionUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    departmentIds: (user.departments ?? []).map((d) => d.id).sort(),
  };
}

/** What the audit log keeps of a user: no hashes, department ids instead of objects. */
function auditView(user: User): Record<string, unknown> {
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    active: user.active,
    departmentIds: (user.departments ?? []).map((d) => d.id).sort(),
    passwordHash: user.passwordHash,
  };
}
