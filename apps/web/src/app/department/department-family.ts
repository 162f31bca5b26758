import { DepartmentDto } from '@datenlotse/contracts';

const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

/**
 * The units above `id`, from the top of the tree down to its parent. Stops where the list ends (a department
 * head sees only their own subtree) and never loops, even on inconsistent data.
 */
export function ancestorsOf(id: string, departments: readonly DepartmentDto[]): DepartmentDto[] {
  const byId = new Map(departments.map((department) => [department.id, department]));
  const ancestors: DepartmentDto[] = [];
  const seen = new Set([id]);
  let parentId = byId.get(id)?.parentId ?? null;
  while (parentId && !seen.has(parentId)) {
    const parent = byId.get(parentId);
    if (!parent) break;
    ancestors.unshift(parent);
    seen.add(parentId);
    parentId = parent.parentId;
  }
  return ancestors;
}

/** The units directly below `id`, by short name (numbers naturally), archived ones last. */
export function subunitsOf(id: string, departments: readonly DepartmentDto[]): DepartmentDto[] {
  return departments
    .filter((department) => department.parentId === id && department.id !== id)
    .sort(
      (a, b) =>
        Number(a.archivedAt !== null) - Number(b.archivedAt !== null) ||
        collator.compare(a.shortName ?? a.name, b.shortName ?? b.name),
    );
}
