import { AuditAction, DepartmentKind, Locale, ROLES, Role } from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';

/** Translation keys for the contract enums (the compiler checks that every value has a text). */
export function roleLabel(role: Role): TranslationKey {
  return `role.${role}`;
}

export function kindLabel(kind: DepartmentKind): TranslationKey {
  return `kind.${kind}`;
}

export function kindPluralLabel(kind: DepartmentKind): TranslationKey {
  return `kindPlural.${kind}`;
}

export function localeLabel(locale: Locale): TranslationKey {
  return `locale.${locale}`;
}

export function auditActionLabel(action: AuditAction): TranslationKey {
  return `audit.${action}`;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
