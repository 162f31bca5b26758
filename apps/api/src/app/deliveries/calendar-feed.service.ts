import { CalendarFeedDto, calendarIcsPath, SessionUser } from '@datenlotse/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { newToken, tokenHash } from '../auth/password';
import { AuditService } from '../audit/audit.service';
import { User } from '../users/user.entity';
import { toSessionUser } from '../users/users.service';
import { CalendarFeed } from './calendar-feed.entity';
import { DeliveriesClock } from './deliveries-clock';
import { DeliveryDueService } from './delivery-due.service';
import { writeIcs } from './ics';

/** A token as newToken() makes it: 32 random bytes in base64url. Anything else is not looked up at all. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Each user's calendar feed of due deliveries. The link carries a secret token; only its sha256 is stored, so
 * the link is shown once, when it is made. A new link replaces the old one; revoking deletes it.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly due: DeliveryDueService,
    private readonly audit: AuditService,
    private readonly clock: DeliveriesClock,
  ) {}

  async state(user: SessionUser): Promise<CalendarFeedDto> {
    const feed = await this.dataSource.manager
      .getRepository(CalendarFeed)
      .findOne({ where: { userId: user.id, municipalityId: requestContext.municipalityId() } });
    return { active: !!feed, createdAt: feed?.createdAt.toISOString() ?? null };
  }

  /** A new secret link; the old one stops working in the same transaction. */
  async create(user: SessionUser, origin: string): Promise<CalendarFeedDto> {
    const { token, hash } = newToken();
    const feed = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(CalendarFeed);
      const previous = await repository.findOne({ where: { userId: user.id } });
      if (previous) await repository.delete({ id: previous.id });
      const saved = await repository.save(
        repository.create({
          userId: user.id,
          tokenHash: hash,
          municipalityId: requestContext.municipalityId(),
        }),
      );
      // The hash stays out of the log: it is as good as the link for anyone who could read it.
      await this.audit.record(manager, {
        action: 'create',
        entity: 'calendar_feed',
        entityId: saved.id,
        after: { userId: user.id, replaced: !!previous },
      });
      return saved;
    });
    return {
      active: true,
      url: `${origin}${calendarIcsPath(token)}`,
      createdAt: feed.createdAt.toISOString(),
    };
  }

  async revoke(user: SessionUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(CalendarFeed);
      const feed = await repository.findOne({
        where: { userId: user.id, municipalityId: requestContext.municipalityId() },
      });
      if (!feed) return;
      await repository.delete({ id: feed.id });
      await this.audit.record(manager, {
        action: 'delete',
        entity: 'calendar_feed',
        entityId: feed.id,
        before: { userId: user.id },
      });
    });
  }

  /**
   * The feed behind a token, as an ICS text; null for an unknown or revoked token and for an inactive user.
   * The token is the credential here: it names the user and so the municipality, which the request context
   * takes on as a signed-in request would, and every read below is scoped by it.
   */
  async ics(token: string): Promise<string | null> {
    if (!TOKEN.test(token)) return null;
    const feed = await this.dataSource.manager.getRepository(CalendarFeed).findOne({
      where: { tokenHash: tokenHash(token) },
      relations: { user: { departments: true } },
    });
    const owner: User | undefined = feed?.user;
    if (!feed || !owner?.active) return null;
    const user = toSessionUser(owner);
    const context = requestContext.get();
    if (context) {
      context.user = user;
      context.municipalityId = feed.municipalityId;
    }
    const rows = await this.due.forCalendar(this.dataSource.manager, user, feed.municipalityId);
    return writeIcs({
      name: 'Datenlotse – Lieferungen',
      now: this.clock.now(),
      events: rows.map((row) => ({
        uid: `${row.agreementId}-${row.nextDueAt.replace(/-/g, '')}@datenlotse`,
        date: row.nextDueAt,
        summary: `Lieferung fällig: ${row.datasetTitle}`,
        description: [
          `Amt: ${row.departmentName}`,
          `Kontakt: ${contactLine(row.contactName, row.contactEmail)}`,
          ...(row.daysOverdue > 0
            ? [`Überfällig seit ${row.daysOverdue} ${row.daysOverdue === 1 ? 'Tag' : 'Tagen'}`]
            : []),
        ].join('\n'),
      })),
    });
  }
}

function contactLine(name: string | null, email: string | null): string {
  if (name && email) return `${name} <${email}>`;
  return name ?? email ?? 'keine Ansprechperson vereinbart';
}
