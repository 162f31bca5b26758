import { Locale } from '@datenlotse/contracts';
import Handlebars from 'handlebars';

/** The three parts of a mail as an admin edits them (and as shipped). */
export interface MailTemplateParts {
  subject: string;
  html: string;
  text: string;
}

/** What the layout adds around every mail and gives to every template. */
export interface MailLayout {
  /** The municipality's name: the header of every mail and `{{city}}` in the templates. */
  city: string;
  /** Where people reach the app (config.publicUrl): `{{appUrl}}`. */
  appUrl: string;
  locale: Locale;
}

export type RenderedMail = MailTemplateParts;

/*
 * An environment of our own: nothing registered on the global Handlebars (by a library or a test) leaks
 * into the mails, and the only helpers are the built-in block helpers the validation allows.
 */
const handlebars = Handlebars.create();

type Compiled = (context: Record<string, unknown>) => string;

/*
 * Compiled templates by source: a reminder job renders thousands of mails from the same eight templates,
 * and compiling is the expensive part. Bounded, because admins' drafts in the preview also pass through.
 */
const cache = new Map<string, Compiled>();
const CACHE_LIMIT = 500;

function compile(source: string, escapeHtml: boolean): Compiled {
  const key = `${escapeHtml ? 'h' : 't'}:${source}`;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = handlebars.compile(source, { noEscape: !escapeHtml, strict: false, knownHelpersOnly: true });
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, compiled);
  }
  return compiled;
}

/** A subject is one header line: line breaks (header injection) become spaces, runs of space one. */
export function oneLine(value: string): string {
  return value
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

const FOOTER: Record<Locale, (city: string) => string> = {
  de: (city) => `Diese Nachricht wurde von Datenlotse, dem Open-Data-Werkzeug von ${city}, gesendet.`,
  en: (city) => `This message was sent by Datenlotse, the open data tool of ${city}.`,
};

const escape = (value: string): string => handlebars.Utils.escapeExpression(value);

/**
 * Renders a template with the mail's variables: the html part escapes every `{{value}}`, the text part and
 * the subject are plain text (never interpreted as HTML by a mail client), the subject on one line. The
 * layout wraps both bodies with the municipality's name and a footer.
 */
export function renderMail(
  template: MailTemplateParts,
  variables: Record<string, unknown>,
  layout: MailLayout,
): RenderedMail {
  const context = { ...variables, city: layout.city, appUrl: layout.appUrl };
  const subject = oneLine(compile(template.subject, false)(context));
  const html = compile(template.html, true)(context);
  const text = compile(template.text, false)(context);
  return { subject, html: wrapHtml(html, subject, layout), text: wrapText(text, layout) };
}

function wrapHtml(body: string, subject: string, layout: MailLayout): string {
  const city = escape(layout.city);
  const footer = escape(FOOTER[layout.locale](layout.city));
  const appUrl = escape(layout.appUrl);
  return `<!DOCTYPE html>
<html lang="${layout.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1b1f24;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border-radius:8px;">
<tr><td style="padding:20px 28px;border-bottom:3px solid #00507a;font-size:18px;font-weight:bold;color:#00507a;">${city}</td></tr>
<tr><td style="padding:24px 28px;font-size:15px;line-height:1.55;">
${body}
</td></tr>
<tr><td style="padding:16px 28px;border-top:1px solid #dde1e6;font-size:12px;color:#5b6470;">${footer}<br><a href="${appUrl}" style="color:#00507a;">${appUrl}</a></td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

function wrapText(body: string, layout: MailLayout): string {
  const rule = '-'.repeat(Math.min(Math.max(layout.city.length, 10), 72));
  return `${layout.city}\n${rule}\n\n${body.trim()}\n\n-- \n${FOOTER[layout.locale](layout.city)}\n${layout.appUrl}\n`;
}

// A pragmatic check, not RFC 5322: one @, no spaces or control characters, a dotted domain.
const EMAIL =
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  /^[^\s@<>()[\]\\,;:"\u0000-\u001f\u007f]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

/** A recipient address as stored: trimmed, lower-case; null when it is not a usable address. */
export function normaliseAddress(address: string): string | null {
  const value = address.trim().toLowerCase();
  if (value.length === 0 || value.length > 254 || /[\r\n]/.test(address)) return null;
  return EMAIL.test(value) ? value : null;
}
