import { I18nService } from '../i18n/i18n.service';
import { TestBed } from '@angular/core/testing';
import { TimelineEvent, describeEvent } from './event-wording';

function event(overrides: Partial<TimelineEvent>): TimelineEvent {
  return {
    id: 'e1',
    action: 'update',
    entity: 'department',
    entityId: 'a37',
    actorName: 'Tara Team',
    diff: {},
    ...overrides,
  };
}

describe('system events in words', () => {
  let i18n: I18nService;
  const describe_ = (e: TimelineEvent) => describeEvent(e, (key, params) => i18n.t(key, params));

  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18nService);
  });

  it('names who changed the stage, from what to what', () => {
    const text = describe_(
      event({ diff: { derivedStage: { before: 'contacted', after: 'interview_scheduled' } } }),
    );
    expect(text).toBe('Tara Team hat die Phase geändert: Kontaktiert → Interview geplant');
  });

  it('quotes the reason of a stage set by hand, and says when it is lifted', () => {
    const override = {
      stage: 'paused',
      reason: 'Umzug des Amtes',
      at: '2025-03-01T10:00:00Z',
      byUserId: 'u1',
    };
    const set = describe_(
      event({
        action: 'transition',
        diff: {
          stageOverride: { before: null, after: override },
          engagementStage: { before: 'contacted', after: 'paused' },
        },
      }),
    );
    expect(set).toBe('Tara Team hat die Phase von Hand gesetzt: Kontaktiert → Pausiert („Umzug des Amtes“)');
    const lifted = describe_(
      event({ action: 'transition', diff: { stageOverride: { before: override, after: null } } }),
    );
    expect(lifted).toBe('Tara Team hat die von Hand gesetzte Phase aufgehoben: Pausiert');
  });

  it('names a new contact and lists the fields of a changed one', () => {
    expect(
      describe_(
        event({
          entity: 'contact',
          action: 'create',
          diff: { name: { before: null, after: 'Dr. Anna Beispiel' } },
        }),
      ),
    ).toBe('Tara Team hat einen Kontakt angelegt: Dr. Anna Beispiel');
    expect(
      describe_(
        event({
          entity: 'contact',
          diff: { email: { before: 'a@x.de', after: 'b@x.de' }, phone: { before: null, after: '123' } },
        }),
      ),
    ).toBe('Tara Team hat einen Kontakt geändert (E-Mail, Telefon)');
  });

  it('says "System" when no one did it, and words events in English too', async () => {
    expect(
      describe_(
        event({ actorName: null, entity: 'task', diff: { status: { before: 'open', after: 'done' } } }),
      ),
    ).toBe('System hat eine Aufgabe erledigt');
    await i18n.use('en');
    expect(describe_(event({ entity: 'contact', action: 'erase' }))).toBe(
      "Tara Team erased a contact's personal data (GDPR)",
    );
  });
});
