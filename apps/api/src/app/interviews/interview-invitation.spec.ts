import {
  defaultAgenda,
  InvitationEvent,
  invitationIcs,
  mailDateTime,
  organizerOf,
  placeOf,
} from './interview-invitation';

const event = (overrides: Partial<InvitationEvent> = {}): InvitationEvent => ({
  interviewId: '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
  sequence: 0,
  now: new Date('2026-11-29T07:00:00Z'),
  start: new Date('2026-12-08T09:00:00Z'),
  durationMinutes: 90,
  departmentName: 'Feuerwehr, Rettungsdienst und Bevölkerungsschutz',
  location: 'Rathaus; Raum 2.14',
  videoUrl: null,
  description: '1. Vorstellung\n2. Daten\n3. Vereinbarung',
  organizer: { name: 'Datenlotse', email: 'opendata@stadt.example' },
  attendees: [
    { name: 'Dr. Hanna Brandt', email: 'amtsleitung@stadt.example' },
    { name: null, email: 'wache@stadt.example' },
  ],
  ...overrides,
});

/** The content lines with folding undone, as a calendar client reads them. */
const unfolded = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('the invitation’s calendar entry', () => {
  it('is an iTIP request for one event in UTC, with the interview’s stable UID and its sequence', () => {
    const lines = unfolded(invitationIcs(event({ sequence: 2 }), 'de'));
    expect(lines).toEqual(
      expect.arrayContaining([
        'METHOD:REQUEST',
        'UID:7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f@datenlotse',
        'SEQUENCE:2',
        'DTSTAMP:20261129T070000Z',
        'DTSTART:20261208T090000Z',
        'DTEND:20261208T103000Z',
        'SUMMARY:Datengespräch: Feuerwehr\\, Rettungsdienst und Bevölkerungsschutz',
        'LOCATION:Rathaus\\; Raum 2.14',
        'DESCRIPTION:1. Vorstellung\\n2. Daten\\n3. Vereinbarung',
        'ORGANIZER;CN="Datenlotse":mailto:opendata@stadt.example',
        'ATTENDEE;CN="Dr. Hanna Brandt";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amtsleitung@stadt.example',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wache@stadt.example',
      ]),
    );
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.at(-1)).toBe('');
  });

  it('ends lines with CRLF and folds them at 75 octets', () => {
    const ics = invitationIcs(event({ description: 'Ä'.repeat(200) }), 'de');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).not.toMatch(/[^\r]\n/);
  });

  it('places a video interview at its link and names it in English for English readers', () => {
    const lines = unfolded(
      invitationIcs(event({ location: null, videoUrl: 'https://meet.example/od?room=1' }), 'en'),
    );
    expect(lines).toContain('LOCATION:https://meet.example/od?room=1');
    expect(lines).toContain('URL:https://meet.example/od?room=1');
    expect(lines).toContain('SUMMARY:Data interview: Feuerwehr\\, Rettungsdienst und Bevölkerungsschutz');
  });

  it('keeps a name with quotes or line breaks from breaking the parameter', () => {
    const lines = unfolded(
      invitationIcs(event({ attendees: [{ name: 'Eva "E." \nKlein', email: 'e@x.example' }] }), 'de'),
    );
    expect(lines).toContain(
      'ATTENDEE;CN="Eva E. Klein";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:e@x.example',
    );
  });
});

describe('the invitation mail’s words', () => {
  it('names the time on the city’s wall clock, in summer and winter', () => {
    expect(mailDateTime(new Date('2026-12-08T09:00:00Z'), 'de')).toBe(
      'Dienstag, 8. Dezember 2026, 10:00 Uhr',
    );
    expect(mailDateTime(new Date('2026-07-01T07:30:00Z'), 'de')).toBe('Mittwoch, 1. Juli 2026, 09:30 Uhr');
    expect(mailDateTime(new Date('2026-12-08T09:00:00Z'), 'en')).toBe('Tuesday, 8 December 2026, 10:00');
  });

  it('says where: the room, the link, or both', () => {
    expect(placeOf('Raum 2.14', null, 'de')).toBe('Raum 2.14');
    expect(placeOf(null, 'https://meet.example/od', 'de')).toBe('https://meet.example/od');
    expect(placeOf('Raum 2.14', 'https://meet.example/od', 'de')).toBe(
      'Raum 2.14 (oder per Video: https://meet.example/od)',
    );
    expect(placeOf(null, null, 'en')).toBe('');
  });

  it('lists the parts as the agenda, in English where the questionnaire has it', () => {
    const definition = {
      sections: [
        { key: 'p1', title: { de: 'Vorstellung', en: 'Introduction' }, questions: [] },
        { key: 'p2', title: { de: 'Daten', en: '' }, questions: [] },
      ],
    };
    expect(defaultAgenda(definition, 'de')).toBe('1. Vorstellung\n2. Daten');
    expect(defaultAgenda(definition, 'en')).toBe('1. Introduction\n2. Daten');
  });

  it('reads the organizer from the configured sender', () => {
    expect(organizerOf('Datenlotse <opendata@stadt.example>')).toEqual({
      name: 'Datenlotse',
      email: 'opendata@stadt.example',
    });
    expect(organizerOf('"Open Data" <od@x.example>')).toEqual({ name: 'Open Data', email: 'od@x.example' });
    expect(organizerOf('od@x.example')).toEqual({ name: null, email: 'od@x.example' });
  });
});
