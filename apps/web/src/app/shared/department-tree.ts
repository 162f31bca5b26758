import { DEPARTMENT_KINDS, DepartmentDto, DepartmentKind } from '@datenlotse/contracts';

export interface DepartmentNode {
  department: DepartmentDto;
  children: DepartmentNode[];
}

const collator = new Intl.Collator('de', {
  numeric: true,
  sensitivity: 'base',
});

function sortKey(department: DepartmentDto): string {
  return department.shortName ?? department.name;
}

function sortNodes(nodes: DepartmentNode[]): DepartmentNode[] {
  nodes.sort((a, b) => collator.compare(sortKey(a.department), sortKey(b.department)));
  for (const node of nodes) sortNodes(node.children);
  return nodes;
}

/**
 * Builds the organisation tree from `parentId`. A unit whose parent is not in the list (a department
 * head sees only their own units) becomes a root. Siblings are sorted by short name, numbers naturally
 * ("Amt 9" before "Amt 10").
 */
export function buildDepartmentTree(departments: readonly DepartmentDto[]): DepartmentNode[] {
  const nodes = new Map<string, DepartmentNode>();
  for (const department of departments) nodes.set(department.id, { department, children: [] });
  const roots: DepartmentNode[] = [];
  for (const node of nodes.values()) {
    const parentId = node.department.parentId;
    const parent = parentId && parentId !== node.department.id ? nodes.get(parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return sortNodes(roots);
}

function matches(department: DepartmentDto, query: string): boolean {
  return [department.name, department.shortName ?? ''].some((text) =>
    text.toLocaleLowerCase('de').includes(query),
  );
}

/**
 * Keeps the units whose name or short name contains the query, with all their sub-units, and the
 * units above them (so the place in the tree stays visible).
 */
export function filterDepartmentTree(nodes: readonly DepartmentNode[], query: string): DepartmentNode[] {
  const needle = query.trim().toLocaleLowerCase('de');
  if (!needle) return [...nodes];
  const result: DepartmentNode[] = [];
  for (const node of nodes) {
    if (matches(node.department, needle)) {
      result.push(node);
      continue;
    }
    const children = filterDepartmentTree(node.children, needle);
    if (children.length > 0) result.push({ department: node.department, children });
  }
  return result;
}

export interface DepartmentOption {
  id: string;
  /** "Amt 37 – Feuerwehr", or the name alone. */
  label: string;
  /** 0 for a top-level unit. */
  depth: number;
}

/**
 * The tree as a flat list in display order, for a select with indented options. The unit `excludeId`
 * and everything below it are left out (a unit cannot be moved below itself or its own sub-units).
 */
export function flattenDepartmentTree(
  nodes: readonly DepartmentNode[],
  excludeId: string | null = null,
  depth = 0,
): DepartmentOption[] {
  return nodes
    .filter((node) => node.department.id !== excludeId)
    .flatMap((node) => [
      {
        id: node.department.id,
        label: node.department.shortName
          ? `${node.department.shortName} – ${node.department.name}`
          : node.department.name,
        depth,
      },
      ...flattenDepartmentTree(node.children, excludeId, depth + 1),
    ]);
}

export function countNodes(nodes: readonly DepartmentNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countNodes(node.children), 0);
}

export interface KindCount {
  kind: DepartmentKind;
  count: number;
}

/** How many units of each kind, in the order of DEPARTMENT_KINDS; kinds without units are left out. */
export function countByKind(departments: readonly DepartmentDto[]): KindCount[] {
  return DEPARTMENT_KINDS.map((kind) => ({
    kind,
    count: departments.filter((department) => department.kind === kind).length,
  })).filter((entry) => entry.count > 0);
}
