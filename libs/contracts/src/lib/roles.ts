/** The roles of DESIGN.md section 1. */
export const ROLES = ['admin', 'team', 'department_head', 'management'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';
