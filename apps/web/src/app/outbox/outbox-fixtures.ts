import { OutboxMailDto } from '@datenlotse/contracts';

/** An outbox row for tests; `overrides` change what the test is about. */
export function outboxMailFixture(id: string, overrides: Partial<OutboxMailDto> = {}): OutboxMailDto {
  return {
    id,
    templateKey: 'delivery_overdue',
    locale: 'de',
    to: ['anna.beispiel@example.org'],
    cc: [],
    subject: `Lieferung überfällig (${id})`,
    status: 'pending',
    attempts: 0,
    lastError: null,
    nextAttemptAt: '2026-01-20T08:00:00.000Z',
    sentAt: null,
    entity: 'dataset',
    entityId: `ds-${id}`,
    attachments: [],
    createdAt: '2026-01-19T08:00:00.000Z',
    version: 1,
    ...overrides,
  };
}
