import { ObjectionStatus } from '@datenlotse/contracts';
import { missesResolutionNote, nextObjectionStatus, resolvedAtAfter } from './objection-rules';

describe('objection status rules', () => {
  it.each<[ObjectionStatus, Parameters<typeof nextObjectionStatus>[1], ObjectionStatus]>([
    ['open', { response: 'Die Sirenen sieht jeder.' }, 'answered'],
    ['open', { argumentIds: ['a'] }, 'answered'],
    ['open', { response: '   ' }, 'open'],
    ['open', { response: null, argumentIds: [] }, 'open'],
    ['open', {}, 'open'],
    // a status sent wins over the answer
    ['open', { response: 'Antwort', status: 'open' }, 'open'],
    ['open', { response: 'Antwort', status: 'resolved_publishable' }, 'resolved_publishable'],
    // only an open objection becomes answered by answering it
    ['answered', { response: 'Ergänzung' }, 'answered'],
    ['upheld', { response: 'Ergänzung' }, 'upheld'],
    ['resolved_publishable', { status: 'open' }, 'open'],
  ])('%s with %j becomes %s', (current, input, expected) => {
    expect(nextObjectionStatus(current, input)).toBe(expected);
  });

  const earlier = new Date('2025-03-01T10:00:00Z');
  const now = new Date('2025-03-05T10:00:00Z');

  it('stamps resolvedAt when an outcome is reached, keeps it while it stands and clears it on reopening', () => {
    expect(resolvedAtAfter('answered', null, 'resolved_publishable', now)).toBe(now);
    expect(resolvedAtAfter('resolved_publishable', earlier, 'resolved_publishable', now)).toBe(earlier);
    expect(resolvedAtAfter('resolved_publishable', earlier, 'upheld', now)).toBe(now);
    expect(resolvedAtAfter('upheld', earlier, 'answered', now)).toBeNull();
    expect(resolvedAtAfter('open', null, 'answered', now)).toBeNull();
  });

  it('asks for a note for a partial resolution and an upheld objection only', () => {
    expect(missesResolutionNote('resolved_partially', null)).toBe(true);
    expect(missesResolutionNote('upheld', '  ')).toBe(true);
    expect(missesResolutionNote('upheld', 'Nur aggregiert')).toBe(false);
    expect(missesResolutionNote('resolved_publishable', null)).toBe(false);
    expect(missesResolutionNote('answered', null)).toBe(false);
  });
});
