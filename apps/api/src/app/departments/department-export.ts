import { DepartmentKind, DepartmentRowDto, EngagementStage } from '@datenlotse/contracts';
import { ExportColumn } from '../../common/tabular-export';

/** The words of the web app (crm.de.ts, de.ts), so that an export reads like the screen. */
export const KIND_LABELS: Record<DepartmentKind, string> = {
  dezernat: 'Dezernat',
  amt: 'Amt',
  abteilung: 'Abteilung',
  eigenbetrieb: 'Eigenbetrieb',
  institut: 'Institut',
  external: 'Extern',
};

export const STAGE_LABELS: Record<EngagementStage, string> = {
  not_contacted: 'Nicht kontaktiert',
  contacted: 'Kontaktiert',
  interview_scheduled: 'Interview geplant',
  interviewed: 'Interview geführt',
  agreement: 'Vereinbarung',
  delivering: 'Liefert Daten',
  publishing: 'Veröffentlicht',
  paused: 'Pausiert',
};

const day = (iso: string | null) => (iso ? new Date(iso) : null);

/** The columns of the department table's export. */
export const DEPARTMENT_EXPORT_COLUMNS: ExportColumn<DepartmentRowDto>[] = [
  { header: 'Name', value: (r) => r.name, width: 45 },
  { header: 'Kurzname', value: (r) => r.shortName, width: 12 },
  { header: 'Art', value: (r) => KIND_LABELS[r.kind], width: 14 },
  { header: 'Dezernat', value: (r) => r.dezernatName, width: 40 },
  { header: 'Verantwortlich', value: (r) => r.ownerName, width: 22 },
  { header: 'Phase', value: (r) => STAGE_LABELS[r.engagementStage], width: 20 },
  { header: 'Phase manuell gesetzt', value: (r) => r.stageOverridden, width: 12 },
  { header: 'Schlagwörter', value: (r) => r.tags.join(', '), width: 30 },
  { header: 'Letzter Kontakt', value: (r) => day(r.lastContactAt), width: 14 },
  { header: 'Kontakte', value: (r) => r.contactCount, width: 10 },
  { header: 'Offene Aufgaben', value: (r) => r.openTaskCount, width: 10 },
  { header: 'Archiviert am', value: (r) => day(r.archivedAt), width: 14 },
];
