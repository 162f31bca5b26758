import { ApprovalLinkView, ApprovalRequestDto } from '@datenlotse/contracts';

/** An approval request as the API returns it; `overrides` sets what the test is about. */
export function approvalFixture(id: string, overrides: Partial<ApprovalRequestDto> = {}): ApprovalRequestDto {
  return {
    id,
    datasetId: 'd1',
    datasetTitle: 'Standorte der Sirenen',
    departmentId: 'a37',
    departmentName: 'Feuerwehr',
    requestedByUserId: 'u-team',
    requestedByName: 'Tara Team',
    approverContactId: 'c-head',
    approverName: 'Dr. Hanna Weber',
    approverEmail: 'weber@example.org',
    approverUserId: 'u-head',
    status: 'pending',
    message: null,
    comment: null,
    expiresAt: '2026-03-15T10:00:00Z',
    decidedAt: null,
    decidedVia: null,
    decidedByName: null,
    createdAt: '2026-03-01T10:00:00Z',
    version: 1,
    ...overrides,
  };
}

/** What the mail's link shows; `overrides` sets the state and what else the test is about. */
export function linkViewFixture(overrides: Partial<ApprovalLinkView> = {}): ApprovalLinkView {
  return {
    state: 'open',
    request: {
      status: 'pending',
      expiresAt: '2026-03-15T10:00:00Z',
      requestedByName: 'Tara Team',
      approverName: 'Dr. Hanna Weber',
      message: 'Bitte bis Monatsende.',
    },
    dataset: {
      title: 'Standorte der Sirenen',
      description: 'Alle Sirenen im Stadtgebiet mit Koordinaten.',
      departmentName: 'Feuerwehr',
      stage: 'awaiting_approval',
      licenseLabel: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
      attributionText: 'Stadt Musterstadt, Feuerwehr',
      formats: ['CSV', 'GeoJSON'],
      accrualPeriodicity: 'ANNUAL',
      containsPersonalData: false,
      objections: [
        {
          category: 'critical_infrastructure',
          statement: 'Die Standorte könnten missbraucht werden.',
          status: 'resolved_publishable',
          resolutionNote: 'Sirenen sind ohnehin sichtbar; Steuerungsdaten bleiben intern.',
        },
      ],
    },
    municipalityName: 'Musterstadt',
    ...overrides,
  };
}
