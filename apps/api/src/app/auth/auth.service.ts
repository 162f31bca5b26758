import { SessionUser } from '@datenlotse/contracts';
import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan } from 'typeorm';
import { APP_CONFIG } from '../../config/config.provider';
import { AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import { User } from '../users/user.entity';
import { toSessionUser } from '../users/users.service';
import { LoginFailure } from './login-attempt.entity';
import { hashPassword, newToken, tokenHash, verifyPassword } from './password';
import { Session } from './session.entity';

/** 10 failed sign-ins per minute per account and per IP, counted in PostgreSQL so all instances agree. */
export const LOGIN_FAILURE_LIMIT = 10;
const WINDOW = '1 minute';

export interface SignedIn {
  user: SessionUser;
  token: string;
  expiresAt: Date;
}

export interface ResolvedSession {
  user: SessionUser;
  municipalityId: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async login(email: string, password: string, ip: string): Promise<SignedIn> {
    const normalised = email.trim().toLowerCase();
    await this.checkRateLimit(normalised, ip);
    // Sign-in is the one place that looks a user up across municipalities: the email decides which.
    const user = await this.dataSource.getRepository(User).findOne({
      where: { email: normalised },
      relations: { departments: true },
    });
    const usable = user && user.active ? user.passwordHash : null;
    if (!user || !(await verifyPassword(password, usable))) {
      await this.recordFailure(normalised, ip);
      throw new UnauthorizedException('Wrong email or password');
    }
    return this.startSession(user, 'login');
  }

  async acceptInvite(token: string, password: string): Promise<SignedIn> {
    const user = await this.dataSource.getRepository(User).findOne({
      where: { inviteTokenHash: tokenHash(token), inviteExpiresAt: MoreThan(new Date()), active: true },
      relations: { departments: true },
    });
    if (!user) throw new UnauthorizedException('This invitation is unknown, used or expired');
    user.passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (manager) => {
      // Single use: the token is gone once the password is set.
      await manager.query(
        'UPDATE app_user SET password_hash = $1, invite_token_hash = NULL, invite_expires_at = NULL WHERE id = $2',
        [user.passwordHash, user.id],
      );
      await this.audit.record(manager, {
        action: 'update',
        entity: 'user',
        entityId: user.id,
        before: { passwordHash: null },
        after: { passwordHash: user.passwordHash },
        municipalityId: user.municipalityId,
        actorUserId: user.id,
      });
    });
    return this.startSession(user, 'login');
  }

  async logout(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.dataSource.getRepository(Session).delete({ tokenHash: tokenHash(token) });
  }

  /** The user behind a session cookie, or null when it is unknown, expired or the user was deactivated. */
  async resolve(token: string | undefined): Promise<ResolvedSession | null> {
    if (!token) return null;
    const session = await this.dataSource.getRepository(Session).findOne({
      where: { tokenHash: tokenHash(token), expiresAt: MoreThan(new Date()) },
      relations: { user: { departments: true } },
    });
    if (!session?.user?.active) return null;
    return { user: toSessionUser(session.user), municipalityId: session.user.municipalityId };
  }

  private async startSession(user: User, action: 'login'): Promise<SignedIn> {
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3_600_000);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Session).insert({ tokenHash: hash, userId: user.id, expiresAt });
      // A raw update: signing in is not an edit of the user, so the version stays.
      await manager.query('UPDATE app_user SET last_login_at = now() WHERE id = $1', [user.id]);
      await manager.query('DELETE FROM session WHERE user_id = $1 AND expires_at < now()', [user.id]);
      await this.audit.record(manager, {
        action,
        entity: 'user',
        entityId: user.id,
        municipalityId: user.municipalityId,
        actorUserId: user.id,
      });
    });
    return { user: toSessionUser(user), token, expiresAt };
  }

  private async checkRateLimit(email: string, ip: string): Promise<void> {
    const [counts] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email, count(*) FILTER (WHERE ip = $2)::int AS by_ip
         FROM login_failure WHERE at > now() - interval '${WINDOW}' AND (email = $1 OR ip = $2)`,
      [email, ip],
    );
    if (counts.by_email >= LOGIN_FAILURE_LIMIT || counts.by_ip >= LOGIN_FAILURE_LIMIT) {
      throw new HttpException(
        'Too many failed sign-ins; wait a minute and try again',
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }

  private async recordFailure(email: string, ip: string): Promise<void> {
    await this.dataSource.getRepository(LoginFailure).insert({ email, ip });
    await this.dataSource.query(`DELETE FROM login_failure WHERE at < now() - interval '1 day'`);
  }
}
