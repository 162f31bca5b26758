import { DeliveryAgreementDto, DeliveryDto, DueDeliveryRow } from '@datenlotse/contracts';

/** An agreement as the API returns it; `overrides` sets what the test is about. */
export function agreementFixture(overrides: Partial<DeliveryAgreementDto> = {}): DeliveryAgreementDto {
  return {
    id: 'ag1',
    datasetId: 'ds1',
    contactId: 'c1',
    contactName: 'Anna Beispiel',
    method: 'email',
    format: 'CSV',
    schedule: { kind: 'monthly', startDate: '2099-01-31', rrule: null },
    nextDueAt: '2099-01-31',
    overdue: false,
    daysOverdue: 0,
    note: null,
    version: 3,
    ...overrides,
  };
}

export function deliveryFixture(id: string, overrides: Partial<DeliveryDto> = {}): DeliveryDto {
  return {
    id,
    datasetId: 'ds1',
    receivedAt: '2026-03-02T09:30:00Z',
    dueAt: null,
    fileName: null,
    url: null,
    checksum: null,
    note: null,
    qualityCheck: null,
    qualityNote: null,
    recordedByName: 'Tara Team',
    version: 1,
    ...overrides,
  };
}

export function dueRowFixture(
  id: string,
  title: string,
  overrides: Partial<DueDeliveryRow> = {},
): DueDeliveryRow {
  return {
    agreementId: id,
    datasetId: `ds-${id}`,
    datasetTitle: title,
    datasetStage: 'delivery_scheduled',
    departmentId: 'a37',
    departmentName: 'Feuerwehr',
    contactId: 'c1',
    contactName: 'Anna Beispiel',
    contactEmail: 'anna.beispiel@example.org',
    ownerUserId: null,
    ownerName: null,
    method: 'email',
    nextDueAt: '2099-01-31',
    daysOverdue: 0,
    ...overrides,
  };
}
