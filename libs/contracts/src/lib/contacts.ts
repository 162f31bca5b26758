import { Page, SortOrder } from './departments';

export const RELATIONSHIPS = ['personally_known', 'introduced', 'cold'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/**
 * Stands in the audit log for a personal value of an erased contact: the log keeps that a field changed,
 * not what it was.
 */
export const AUDIT_ERASED = '[erased]';

export interface ContactDto {
  id: string;
  departmentId: string;
  departmentName: string;
  /** Null once the contact was erased (GDPR): the UI shows "former contact". */
  name: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  isHead: boolean;
  relationship: Relationship;
  /** The newest interaction the contact took part in. */
  lastContactAt: string | null;
  /** How the data came to us and on what basis we keep it (e.g. "business contact, Art. 6(1)(e) GDPR"). */
  legalBasis: string | null;
  /** When the personal data should be reviewed for deletion. */
  retainUntil: string | null;
  erasedAt: string | null;
  version: number;
}

export interface CreateContactRequest {
  departmentId: string;
  name: string;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
  isHead?: boolean;
  relationship?: Relationship;
  legalBasis?: string | null;
  /** ISO date (YYYY-MM-DD). */
  retainUntil?: string | null;
  /**
   * Set after the user saw the duplicate warning and wants the record anyway. Without it a create that
   * matches an existing contact (same email, or same name in the same department) answers 409 with
   * `duplicates`.
   */
  confirmDuplicate?: boolean;
}

export interface UpdateContactRequest extends Partial<Omit<CreateContactRequest, 'confirmDuplicate'>> {
  version: number;
}

/** The body of the 409 that warns of possible duplicates. */
export interface DuplicateContactsError {
  statusCode: 409;
  error: string;
  message: string;
  duplicates: ContactDto[];
}

export const CONTACT_SORTS = ['name', 'department', 'lastContactAt', 'relationship'] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

export interface ContactQuery {
  q?: string;
  departmentId?: string;
  /** Include contacts of the department's sub-units. */
  includeSubunits?: boolean;
  relationship?: Relationship;
  isHead?: boolean;
  /** Also list erased ("former") contacts; left out by default. */
  includeErased?: boolean;
  sort?: ContactSort;
  order?: SortOrder;
  limit?: number;
  offset?: number;
}

export type ContactPage = Page<ContactDto>;

/** Everything Datenlotse stores about a person (GDPR Art. 15), as downloaded. */
export interface ContactExport {
  exportedAt: string;
  contact: ContactDto;
  interactions: Array<{ id: string; type: string; occurredAt: string; summary: string }>;
  tasks: Array<{ id: string; title: string; dueAt: string | null; status: string }>;
  auditEvents: Array<{
    at: string;
    action: string;
    diff: Record<string, { before: unknown; after: unknown }>;
  }>;
}
