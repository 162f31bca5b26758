export const DEPARTMENT_KINDS = [
  'dezernat',
  'amt',
  'abteilung',
  'eigenbetrieb',
  'institut',
  'external',
] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export interface DepartmentDto {
  id: string;
  name: string;
  shortName: string | null;
  kind: DepartmentKind;
  parentId: string | null;
  website: string | null;
}
