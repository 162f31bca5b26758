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
  notes: string | null;
  version: number;
}

export interface CreateDepartmentRequest {
  name: string;
  shortName?: string | null;
  kind: DepartmentKind;
  /** The unit above it in the tree (a Dezernat above an Amt); none for a top-level unit. */
  parentId?: string | null;
  website?: string | null;
  notes?: string | null;
}

export interface UpdateDepartmentRequest extends Partial<CreateDepartmentRequest> {
  /** The version the client last saw; a stale version answers 409. */
  version: number;
}
