import { InteractionDto } from '@datenlotse/contracts';

/** An interaction as the API returns it (for tests), with the fields a test does not care about filled in. */
export function interaction(
  id: string,
  occurredAt: string,
  overrides: Partial<InteractionDto> = {},
): InteractionDto {
  return {
    id,
    type: 'meeting',
    occurredAt,
    summary: `Gespräch ${id}`,
    departments: [{ id: 'a37', name: 'Feuerwehr' }],
    contacts: [],
    users: [],
    createdByUserId: 'u-team',
    version: 1,
    ...overrides,
  };
}
