import { DepartmentDto } from '@datenlotse/contracts';
import { Department } from './department.entity';

export function toDepartmentDto(d: Department): DepartmentDto {
  return {
    id: d.id,
    name: d.name,
    shortName: d.shortName,
    kind: d.kind,
    parentId: d.parentId,
    website: d.website,
    notes: d.notes,
    ownerUserId: d.ownerUserId,
    tags: d.tags,
    engagementStage: d.stageOverride ?? d.derivedStage,
    derivedStage: d.derivedStage,
    stageOverride: d.stageOverride
      ? {
          stage: d.stageOverride,
          reason: d.stageOverrideReason ?? '',
          at: (d.stageOverrideAt ?? d.updatedAt).toISOString(),
          byUserId: d.stageOverrideBy,
        }
      : null,
    lastContactAt: d.lastContactAt?.toISOString() ?? null,
    archivedAt: d.archivedAt?.toISOString() ?? null,
    version: d.version,
  };
}

/** "3 contacts", "1 sub-unit": counts in a refusal message. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "a, b and c". */
export function listing(parts: string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
