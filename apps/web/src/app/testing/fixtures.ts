import { ContactDto, DepartmentDto, DepartmentKind, DepartmentRowDto } from '@datenlotse/contracts';

/** A department as the API returns it, with the fields a test does not care about left empty. */
export function departmentFixture(
  id: string,
  name: string,
  shortName: string | null,
  kind: DepartmentKind,
  parentId: string | null = null,
  version = 1,
): DepartmentDto {
  return {
    id,
    name,
    shortName,
    kind,
    parentId,
    website: null,
    notes: null,
    ownerUserId: null,
    tags: [],
    engagementStage: 'not_contacted',
    derivedStage: 'not_contacted',
    stageOverride: null,
    lastContactAt: null,
    archivedAt: null,
    version,
  };
}

/** A contact as the API returns it; `overrides` sets what the test is about. */
export function contactFixture(
  id: string,
  name: string,
  departmentId: string,
  overrides: Partial<ContactDto> = {},
): ContactDto {
  return {
    id,
    departmentId,
    departmentName: 'Feuerwehr',
    name,
    title: null,
    email: null,
    phone: null,
    isHead: false,
    relationship: 'cold',
    lastContactAt: null,
    legalBasis: null,
    retainUntil: null,
    erasedAt: null,
    version: 1,
    ...overrides,
  };
}

/** A row of the department table; `overrides` sets what the test is about. */
export function departmentRowFixture(
  id: string,
  name: string,
  overrides: Partial<DepartmentRowDto> = {},
): DepartmentRowDto {
  return {
    id,
    name,
    shortName: null,
    kind: 'amt',
    parentId: null,
    dezernatId: null,
    dezernatName: null,
    ownerUserId: null,
    ownerName: null,
    tags: [],
    engagementStage: 'not_contacted',
    stageOverridden: false,
    lastContactAt: null,
    contactCount: 0,
    openTaskCount: 0,
    archivedAt: null,
    ...overrides,
  };
}
