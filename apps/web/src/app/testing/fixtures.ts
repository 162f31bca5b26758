import { DepartmentDto, DepartmentKind } from '@datenlotse/contracts';

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
