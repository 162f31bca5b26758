import { isAbsolute, resolve } from 'node:path';

/** Server configuration, read once from the environment and validated at start. */
export interface AppConfig {
  port: number;
  /** Unset ⇒ the embedded PostgreSQL (PGlite) in dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  demoData: boolean;
  adminEmail: string | null;
  adminPassword: string | null;
  municipalityName: string;
  municipalityGeocode: string;
  /** Number of reverse proxies in front of the server (Express `trust proxy`). */
  trustProxy: number;
  sessionTtlHours: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  webDistDir: string;
  /** `smtp://user:pass@host:587` or `smtps://…`; unset ⇒ mails stay in the outbox, "not sent: no SMTP configured". */
  smtpUrl: string | null;
  /** The sender of every mail, e.g. `Datenlotse <opendata@stadt.example>`. */
  mailFrom: string;
  /** Where people reach the app, for links in mails and the calendar feed; unset ⇒ http://localhost:PORT. */
  publicUrl: string;
  /** How long an approval link works. */
  approvalLinkDays: number;
  /** Remind the delivery contact this many days before the due date. */
  deliveryReminderDays: number;
  /** Remind the department head when a request has waited this many days. */
  approvalReminderDays: number;
  /** Run the mail worker and the reminder jobs in this process (several instances may all run them). */
  jobs: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Configuration error: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['error', 'warn', 'log', 'debug'] as const;

export function loadConfig(env: Env = process.env): AppConfig {
  const adminEmail = optional(env, 'ADMIN_EMAIL');
  const adminPassword = optional(env, 'ADMIN_PASSWORD');
  if (!!adminEmail !== !!adminPassword) {
    throw new ConfigError(
      adminEmail ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL',
      'must be set together with the other',
    );
  }
  if (adminEmail && !/^[^@\s]+@[^@\s]+$/.test(adminEmail)) {
    throw new ConfigError('ADMIN_EMAIL', `is not an email address: "${adminEmail}"`);
  }
  if (adminPassword && adminPassword.length < 10) {
    throw new ConfigError('ADMIN_PASSWORD', 'must have at least 10 characters');
  }
  return {
    port: integer(env, 'PORT', 3000, 1, 65535),
    databaseUrl: databaseUrl(env),
    dataDir: absolute(optional(env, 'DATA_DIR') ?? 'data'),
    demoData: boolean(env, 'DEMO_DATA', true),
    adminEmail: adminEmail?.toLowerCase() ?? null,
    adminPassword: adminPassword ?? null,
    municipalityName: optional(env, 'MUNICIPALITY_NAME') ?? 'Demostadt am Rhein',
    municipalityGeocode: geocode(env),
    trustProxy: integer(env, 'TRUST_PROXY', 0, 0, 10),
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 90),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'log'),
    webDistDir: absolute(optional(env, 'WEB_DIST_DIR') ?? 'dist/apps/web/browser'),
    smtpUrl: smtpUrl(env),
    mailFrom: optional(env, 'MAIL_FROM') ?? 'Datenlotse <datenlotse@localhost>',
    publicUrl: publicUrl(env),
    approvalLinkDays: integer(env, 'APPROVAL_LINK_DAYS', 14, 1, 90),
    deliveryReminderDays: integer(env, 'DELIVERY_REMINDER_DAYS', 3, 0, 60),
    approvalReminderDays: integer(env, 'APPROVAL_REMINDER_DAYS', 3, 1, 60),
    jobs: boolean(env, 'JOBS', true),
  };
}

function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = optional(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function databaseUrl(env: Env): string | null {
  const raw = optional(env, 'DATABASE_URL');
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'DATABASE_URL',
      'is not a URL (expected postgres://user:password@host:5432/database)',
    );
  }
  if (!['postgres:', 'postgresql:'].includes(url.protocol)) {
    throw new ConfigError(
      'DATABASE_URL',
      `must start with postgres:// or postgresql://, got "${url.protocol}"`,
    );
  }
  return raw;
}

function geocode(env: Env): string {
  // The Amtlicher Gemeindeschlüssel has 8 digits (Düsseldorf: 05111000).
  const raw = optional(env, 'MUNICIPALITY_GEOCODE') ?? '05111000';
  if (!/^\d{8}$/.test(raw)) {
    throw new ConfigError(
      'MUNICIPALITY_GEOCODE',
      `must be an 8-digit Amtlicher Gemeindeschlüssel, got "${raw}"`,
    );
  }
  return raw;
}

function smtpUrl(env: Env): string | null {
  const raw = optional(env, 'SMTP_URL');
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('SMTP_URL', 'is not a URL (expected smtp://user:password@host:587)');
  }
  if (!['smtp:', 'smtps:'].includes(url.protocol)) {
    throw new ConfigError('SMTP_URL', `must start with smtp:// or smtps://, got "${url.protocol}"`);
  }
  return raw;
}

function publicUrl(env: Env): string {
  const port = optional(env, 'PORT') ?? '3000';
  const raw = optional(env, 'PUBLIC_URL') ?? `http://localhost:${port}`;
  try {
    const url = new URL(raw);
    if (!['http:', 'https:'].includes(url.protocol)) throw new Error('protocol');
  } catch {
    throw new ConfigError('PUBLIC_URL', `must be an http(s) URL, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(process.cwd(), path);
}
