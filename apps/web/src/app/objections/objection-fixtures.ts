import { ArgumentDto, ObjectionDto } from '@datenlotse/contracts';

/** An objection as the API returns it; `overrides` sets what the test is about. */
export function objectionFixture(id: string, overrides: Partial<ObjectionDto> = {}): ObjectionDto {
  return {
    id,
    datasetId: 'd-sirens',
    datasetTitle: 'Sirenenstandorte',
    modelDatasetId: null,
    departmentId: 'a37',
    departmentName: 'Feuerwehr',
    raisedByContactId: 'c1',
    raisedByName: 'Anna Beispiel',
    category: 'critical_infrastructure',
    statement: 'Sirenen sind kritische Infrastruktur, Vandalismus droht.',
    response: null,
    argumentIds: [],
    status: 'open',
    resolutionNote: null,
    resolvedAt: null,
    comments: [],
    createdAt: '2025-03-04T10:00:00Z',
    version: 1,
    ...overrides,
  };
}

export function argumentFixture(id: string, overrides: Partial<ArgumentDto> = {}): ArgumentDto {
  return {
    id,
    category: 'critical_infrastructure',
    title: 'Sichtbar auf jedem Dach',
    body: 'Sirenen sieht jeder, der durch die Stadt geht.',
    examples: null,
    evidence: null,
    modelDatasetId: null,
    modelDatasetName: null,
    usedCount: 0,
    archivedAt: null,
    version: 1,
    ...overrides,
  };
}
