import { TimelineEntry } from '@datenlotse/contracts';
import { appendPage, interactionEntry, matchesChips, upsertEntry } from './timeline-entries';
import { interaction } from './timeline-fixtures';

function event(id: string, at: string): TimelineEntry {
  return {
    kind: 'event',
    at,
    event: { id, action: 'create', entity: 'contact', entityId: 'c1', actorName: 'Tara Team', diff: {} },
  };
}

const ids = (entries: TimelineEntry[]) =>
  entries.map((entry) => (entry.kind === 'interaction' ? entry.interaction.id : entry.event.id));

describe('timeline entries', () => {
  it('appends a page, leaving out entries that are already shown', () => {
    const shown = [
      interactionEntry(interaction('i3', '2025-03-03T10:00:00Z')),
      event('e2', '2025-03-02T10:00:00Z'),
    ];
    const page = [
      event('e2', '2025-03-02T10:00:00Z'),
      interactionEntry(interaction('i1', '2025-03-01T10:00:00Z')),
    ];
    expect(ids(appendPage(shown, page))).toEqual(['i3', 'e2', 'i1']);
  });

  it('tells interactions and events with the same id apart', () => {
    const shown = [interactionEntry(interaction('x', '2025-03-03T10:00:00Z'))];
    expect(ids(appendPage(shown, [event('x', '2025-03-02T10:00:00Z')]))).toEqual(['x', 'x']);
  });

  it('puts a new interaction in date order and replaces an edited one', () => {
    const shown = [
      interactionEntry(interaction('i3', '2025-03-03T10:00:00Z')),
      interactionEntry(interaction('i1', '2025-03-01T10:00:00Z')),
    ];
    const added = upsertEntry(shown, interactionEntry(interaction('i2', '2025-03-02T10:00:00+01:00')));
    expect(ids(added)).toEqual(['i3', 'i2', 'i1']);
    const moved = upsertEntry(
      added,
      interactionEntry(interaction('i1', '2025-03-04T10:00:00Z', { version: 2 })),
    );
    expect(ids(moved)).toEqual(['i1', 'i3', 'i2']);
  });

  it('matches entries against the type filter; no filter matches everything', () => {
    const call = interactionEntry(interaction('i1', '2025-03-01T10:00:00Z', { type: 'call' }));
    expect(matchesChips(call, [])).toBe(true);
    expect(matchesChips(call, ['call', 'email'])).toBe(true);
    expect(matchesChips(call, ['meeting'])).toBe(false);
  });

  it('tells system events and events (Veranstaltungen) apart', () => {
    const systemEvent = event('e', '2025-03-01T10:00:00Z');
    const openDataDay = interactionEntry(interaction('i1', '2025-03-01T10:00:00Z', { type: 'event' }));
    expect(matchesChips(systemEvent, ['system'])).toBe(true);
    expect(matchesChips(openDataDay, ['system'])).toBe(false);
    expect(matchesChips(systemEvent, ['event'])).toBe(false);
    expect(matchesChips(openDataDay, ['event'])).toBe(true);
  });
});
