import { ContactDto } from '@datenlotse/contracts';
import { Contact } from './contact.entity';

/** A contact read with its department (`innerJoin('c.department', 'd')` selecting d.id and d.name). */
export function toContactDto(c: Contact): ContactDto {
  return {
    id: c.id,
    departmentId: c.departmentId,
    departmentName: c.department?.name ?? '',
    name: c.name,
    title: c.title,
    email: c.email,
    phone: c.phone,
    isHead: c.isHead,
    relationship: c.relationship,
    lastContactAt: c.lastContactAt?.toISOString() ?? null,
    legalBasis: c.legalBasis,
    retainUntil: c.retainUntil,
    erasedAt: c.erasedAt?.toISOString() ?? null,
    version: c.version,
  };
}

/** What the audit log keeps of a contact: the stored fields, without derived ones. */
export function contactAuditView(c: Contact): Record<string, unknown> {
  return {
    departmentId: c.departmentId,
    name: c.name,
    title: c.title,
    email: c.email,
    phone: c.phone,
    isHead: c.isHead,
    relationship: c.relationship,
    legalBasis: c.legalBasis,
    retainUntil: c.retainUntil,
  };
}
