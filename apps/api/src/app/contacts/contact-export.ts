import { ContactDto, Relationship } from '@datenlotse/contracts';
import { ExportColumn } from '../../common/tabular-export';

/** The words of the web app (crm.de.ts), so that an export reads like the screen. */
const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  personally_known: 'persönlich bekannt',
  introduced: 'vorgestellt',
  cold: 'kalt',
};

/** A day (YYYY-MM-DD) at noon UTC, which is the same day in German time. */
const isoDay = (day: string | null) => (day ? new Date(`${day}T12:00:00Z`) : null);

/** The columns of the contact list's export. */
export const CONTACT_EXPORT_COLUMNS: ExportColumn<ContactDto>[] = [
  { header: 'Name', value: (c) => c.name, width: 30 },
  { header: 'Funktion', value: (c) => c.title, width: 25 },
  { header: 'E-Mail', value: (c) => c.email, width: 32 },
  { header: 'Telefon', value: (c) => c.phone, width: 20 },
  { header: 'Organisationseinheit', value: (c) => c.departmentName, width: 40 },
  { header: 'Leitung', value: (c) => c.isHead, width: 9 },
  { header: 'Beziehung', value: (c) => RELATIONSHIP_LABELS[c.relationship], width: 18 },
  {
    header: 'Letzter Kontakt',
    value: (c) => (c.lastContactAt ? new Date(c.lastContactAt) : null),
    width: 14,
  },
  { header: 'Rechtsgrundlage', value: (c) => c.legalBasis, width: 30 },
  { header: 'Aufbewahren bis', value: (c) => isoDay(c.retainUntil), width: 14 },
];
