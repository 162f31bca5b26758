import { DepartmentDto } from '@datenlotse/contracts';
import { buildDepartmentTree, countByKind, countNodes, filterDepartmentTree } from './department-tree';
import { departmentFixture } from '../testing/fixtures';

const unit = (...args: Parameters<typeof departmentFixture>) => departmentFixture(...args);

const departments: DepartmentDto[] = [
  unit('d2', 'Dezernat für Ordnung', 'Dezernat 2', 'dezernat'),
  unit('a37', 'Feuerwehr', 'Amt 37', 'amt', 'd2'),
  unit('a9', 'Ordnungsamt', 'Amt 9', 'amt', 'd2'),
  unit('d1', 'Dezernat des Oberbürgermeisters', 'Dezernat 1', 'dezernat'),
  unit('a12', 'Amt für Statistik und Wahlen', 'Amt 12', 'amt', 'd1'),
  unit('a12-1', 'Abteilung Wahlen', null, 'abteilung', 'a12'),
];

describe('department tree', () => {
  it('nests units under their parents, sorted naturally by short name', () => {
    const tree = buildDepartmentTree(departments);
    expect(tree.map((node) => node.department.shortName)).toEqual(['Dezernat 1', 'Dezernat 2']);
    expect(tree[1].children.map((node) => node.department.shortName)).toEqual(['Amt 9', 'Amt 37']);
    expect(tree[0].children[0].children[0].department.name).toBe('Abteilung Wahlen');
    expect(countNodes(tree)).toBe(departments.length);
  });

  it('makes units whose parent is not visible roots (department heads see only theirs)', () => {
    const tree = buildDepartmentTree(departments.filter((d) => d.id === 'a37'));
    expect(tree.map((node) => node.department.id)).toEqual(['a37']);
  });

  it('filters by name or short name, keeping the way up the tree', () => {
    const filtered = filterDepartmentTree(buildDepartmentTree(departments), 'feuer');
    expect(filtered.map((node) => node.department.id)).toEqual(['d2']);
    expect(filtered[0].children.map((node) => node.department.id)).toEqual(['a37']);
    expect(countNodes(filtered)).toBe(2);
  });

  it('keeps the sub-units of a matching unit', () => {
    const filtered = filterDepartmentTree(buildDepartmentTree(departments), 'amt 12');
    expect(countNodes(filtered)).toBe(3);
  });

  it('counts units by kind in contract order, leaving out empty kinds', () => {
    expect(countByKind(departments)).toEqual([
      { kind: 'dezernat', count: 2 },
      { kind: 'amt', count: 3 },
      { kind: 'abteilung', count: 1 },
    ]);
  });
});
