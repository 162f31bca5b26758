import { DatasetBoardColumn, DatasetDto, DatasetRowDto, DatasetStage } from '@datenlotse/contracts';

/** A list row as the API returns it; `overrides` sets what the test is about. */
export function datasetRowFixture(
  id: string,
  title: string,
  overrides: Partial<DatasetRowDto> = {},
): DatasetRowDto {
  return {
    id,
    title,
    stage: 'identified',
    stageChangedAt: '2025-03-01T10:00:00Z',
    departmentId: 'a37',
    departmentName: 'Feuerwehr',
    ownerUserId: null,
    ownerName: null,
    modelDatasetName: null,
    completenessScore: 40,
    unresolvedObjections: 0,
    upheldObjections: 0,
    approvalGranted: false,
    portalUrl: null,
    nextDueAt: null,
    overdue: false,
    updatedAt: '2025-03-01T10:00:00Z',
    version: 1,
    ...overrides,
  };
}

/** The board's answer: the given cards in their stages' columns (the API lists every stage). */
export function boardFixture(
  cards: readonly DatasetRowDto[],
  stages: readonly DatasetStage[],
): DatasetBoardColumn[] {
  return stages.map((stage) => {
    const inStage = cards.filter((card) => card.stage === stage);
    return { stage, total: inStage.length, cards: inStage };
  });
}

/** A dataset as its page gets it; `overrides` sets what the test is about. */
export function datasetFixture(id: string, title: string, overrides: Partial<DatasetDto> = {}): DatasetDto {
  return {
    id,
    title,
    description: null,
    departmentId: 'a37',
    departmentName: 'Feuerwehr',
    ownerUserId: null,
    ownerName: null,
    sourceSystem: null,
    formats: [],
    accrualPeriodicity: null,
    license: null,
    attributionText: null,
    containsPersonalData: false,
    classification: 'public',
    modelDatasetId: null,
    modelDatasetName: null,
    plannedPublicationDate: null,
    portalUrl: null,
    portalId: null,
    keywords: [],
    themes: [],
    contactPointName: null,
    contactPointEmail: null,
    temporalStart: null,
    temporalEnd: null,
    landingPage: null,
    stage: 'identified',
    stageChangedAt: '2025-03-01T10:00:00Z',
    demandScore: 0,
    publishedAt: null,
    lastUpdatedAt: null,
    completeness: { score: 40, missingRequired: ['description', 'license'], missingRecommended: [] },
    unresolvedObjections: 0,
    upheldObjections: 0,
    approvalGranted: false,
    moves: [],
    nextDueAt: null,
    overdue: false,
    createdAt: '2025-03-01T10:00:00Z',
    version: 1,
    ...overrides,
  };
}
