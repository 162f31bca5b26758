import {
  FIELD_ERROR_CODES,
  InterviewDto,
  Locale,
  QuestionnaireDefinition,
  SessionUser,
} from '@datenlotse/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { fieldError } from '../../common/validation';
import { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.provider';
import { OutboxMailRequest, OutboxService } from '../../mail/outbox.service';
import { localeOf, localesByEmail } from '../../mail/reminders/reminder-support';
import { AuditService } from '../audit/audit.service';
import { escapeText, foldLine, utcStamp } from '../deliveries/ics';
import { Interview } from './interview.entity';
import { lockInterview } from './interview-reader';
import { InterviewsService, notWhen } from './interviews.service';
import { SendInterviewInvitationDto } from './interviews.dto';

/** The municipality's zone: the invitation names the time as the invitees read it on the wall clock. */
const CITY_ZONE = 'Europe/Berlin';

export interface InvitationAttendee {
  name: string | null;
  email: string;
}

/** What the calendar entry says; the same event for every invitee, in their language. */
export interface InvitationEvent {
  interviewId: string;
  /** How many invitations went out before this one: calendar clients replace the entry when it grows. */
  sequence: number;
  now: Date;
  start: Date;
  durationMinutes: number;
  departmentName: string;
  location: string | null;
  videoUrl: string | null;
  description: string;
  organizer: InvitationAttendee;
  attendees: InvitationAttendee[];
}

const SUMMARY: Record<Locale, (department: string) => string> = {
  de: (department) => `Datengespräch: ${department}`,
  en: (department) => `Data interview: ${department}`,
};

/**
 * The invitation as an iTIP request (RFC 5546): one VEVENT with a stable UID per interview, so that a
 * rescheduled interview's invitation (a higher SEQUENCE) moves the entry instead of adding a second one.
 */
export function invitationIcs(event: InvitationEvent, locale: Locale): string {
  const end = new Date(event.start.getTime() + event.durationMinutes * 60_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Datenlotse//Interviews//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:${event.interviewId}@datenlotse`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcStamp(event.now)}`,
    `DTSTART:${utcStamp(event.start)}`,
    `DTEND:${utcStamp(end)}`,
    `SUMMARY:${escapeText(SUMMARY[locale](event.departmentName))}`,
    ...(event.location || event.videoUrl
      ? [`LOCATION:${escapeText(event.location ?? event.videoUrl ?? '')}`]
      : []),
    ...(event.videoUrl ? [`URL:${event.videoUrl}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    `ORGANIZER${commonName(event.organizer.name)}:mailto:${event.organizer.email}`,
    ...event.attendees.map(
      (attendee) =>
        `ATTENDEE${commonName(attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${attendee.email}`,
    ),
    'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** `;CN="…"`: a parameter value is quoted and may not contain a double quote (RFC 5545 3.2). */
function commonName(name: string | null): string {
  const clean = name?.replace(/["\r\n]/g, '').trim();
  return clean ? `;CN="${clean}"` : '';
}

/** The sender of the configured `Name <address>` (or a bare address) as the organizer. */
export function organizerOf(mailFrom: string): InvitationAttendee {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  if (match) return { name: match[1].trim() || null, email: match[2].trim() };
  return { name: null, email: mailFrom.trim() };
}

/** A moment as the invitees read it: "Dienstag, 8. Dezember 2026, 10:00 Uhr" or "Tuesday, 8 December 2026, 10:00". */
export function mailDateTime(at: Date, locale: Locale): string {
  const tag = locale === 'de' ? 'de-DE' : 'en-GB';
  const day = new Intl.DateTimeFormat(tag, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: CITY_ZONE,
  }).format(at);
  const time = new Intl.DateTimeFormat(tag, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: CITY_ZONE,
  }).format(at);
  return locale === 'de' ? `${day}, ${time} Uhr` : `${day}, ${time}`;
}

/** Where it takes place in words: the room, the video link, or the room with the link for those who dial in. */
export function placeOf(location: string | null, videoUrl: string | null, locale: Locale): string {
  if (location && videoUrl)
    return `${location} (${locale === 'de' ? 'oder per Video' : 'or by video'}: ${videoUrl})`;
  return location ?? videoUrl ?? '';
}

/** The agenda when the planner wrote none: the parts of the questionnaire, one a line. */
export function defaultAgenda(definition: QuestionnaireDefinition, locale: Locale): string {
  return definition.sections
    .map((section, index) => `${index + 1}. ${(locale === 'en' && section.title.en) || section.title.de}`)
    .join('\n');
}

interface InviteeRow {
  id: string;
  name: string | null;
  email: string;
}

/**
 * Sends the invitation mail with the calendar entry to every invitee with an address. One mail per invitee
 * and planning state of the interview (its version is in the idempotency key): a double click sends nothing
 * twice, a rescheduled or moved interview sends again with the next SEQUENCE.
 */
@Injectable()
export class InterviewInvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly interviews: InterviewsService,
  ) {}

  async send(user: SessionUser, id: string, input: SendInterviewInvitationDto): Promise<InterviewDto> {
    return this.dataSource.transaction(async (manager) => {
      const interview = await lockInterview(manager, id);
      if (interview.status === 'completed' || interview.status === 'cancelled') {
        throw notWhen(interview.status, 'invited to');
      }
      const invitees: InviteeRow[] = await manager.query(
        `SELECT c.id, c.name, c.email FROM interview_invitee iv JOIN contact c ON c.id = iv.contact_id
          WHERE iv.interview_id = $1 AND c.email IS NOT NULL AND c.erased_at IS NULL
          ORDER BY c.name NULLS LAST, c.id`,
        [id],
      );
      if (invitees.length === 0) {
        throw fieldError(
          'inviteeContactIds',
          FIELD_ERROR_CODES.unknownReference,
          'no invited contact has an email address',
        );
      }
      const mails = await this.mails(manager, interview, invitees, input.agenda?.trim() || null);
      for (const mail of mails) await this.outbox.enqueue(manager, mail);
      // Not a planning change: the version stays, so that the same click again finds its mails sent.
      await manager.query(`UPDATE interview SET invitation_sent_at = now() WHERE id = $1`, [id]);
      await this.audit.record(manager, {
        action: 'update',
        entity: 'interview',
        entityId: id,
        after: { invitationSentTo: invitees.map((invitee) => invitee.id) },
      });
      return this.interviews.get(user, id, manager);
    });
  }

  private async mails(
    manager: EntityManager,
    interview: Interview,
    invitees: InviteeRow[],
    agenda: string | null,
  ): Promise<OutboxMailRequest[]> {
    const municipalityId = requestContext.municipalityId();
    const [details]: {
      department_name: string;
      definition: QuestionnaireDefinition;
      interviewers: string | null;
    }[] = await manager.query(
      `SELECT dep.name AS department_name, qv.definition,
                (SELECT string_agg(u.name, ', ' ORDER BY u.name) FROM interview_interviewer ii
                   JOIN app_user u ON u.id = ii.user_id WHERE ii.interview_id = i.id) AS interviewers
           FROM interview i JOIN department dep ON dep.id = i.department_id
           JOIN questionnaire_version qv ON qv.id = i.template_version_id
          WHERE i.id = $1`,
      [interview.id],
    );
    const [{ sent }]: { sent: number }[] = await manager.query(
      `SELECT count(DISTINCT substring(idempotency_key from ':v([0-9]+)$'))::int AS sent FROM outbox_mail
        WHERE entity = 'interview' AND entity_id = $1 AND template_key = 'interview_invitation'
          AND substring(idempotency_key from ':v([0-9]+)$')::int < $2`,
      [interview.id, interview.version],
    );
    const locales = await localesByEmail(
      manager,
      municipalityId,
      invitees.map((invitee) => invitee.email),
    );
    const event = (locale: Locale): InvitationEvent => ({
      interviewId: interview.id,
      sequence: sent,
      now: new Date(),
      start: interview.scheduledAt,
      durationMinutes: interview.durationMinutes,
      departmentName: details.department_name,
      location: interview.location,
      videoUrl: interview.videoUrl,
      description: agenda ?? defaultAgenda(details.definition, locale),
      organizer: organizerOf(this.config.mailFrom),
      attendees: invitees,
    });
    const attachments = new Map<Locale, string>();
    const attachment = (locale: Locale): string => {
      if (!attachments.has(locale)) {
        attachments.set(locale, Buffer.from(invitationIcs(event(locale), locale), 'utf8').toString('base64'));
      }
      return attachments.get(locale) as string;
    };
    return invitees.map((invitee) => {
      const locale = localeOf(locales, invitee.email);
      return {
        municipalityId,
        templateKey: 'interview_invitation',
        locale,
        to: [invitee.email],
        variables: {
          recipient: { name: invitee.name ?? '' },
          department: { name: details.department_name },
          scheduledAt: mailDateTime(interview.scheduledAt, locale),
          place: placeOf(interview.location, interview.videoUrl, locale),
          interviewers: details.interviewers ?? '',
          agenda: agenda ?? defaultAgenda(details.definition, locale),
        },
        idempotencyKey: `interview_invitation:${interview.id}:${invitee.id}:v${interview.version}`,
        entity: 'interview',
        entityId: interview.id,
        attachments: [
          {
            fileName: 'interview.ics',
            contentType: 'text/calendar; method=REQUEST; charset=utf-8',
            content: attachment(locale),
          },
        ],
      };
    });
  }
}
