import { AddressInfo } from 'node:net';
import { SMTPServer, SMTPServerAddress } from 'smtp-server';

/** A message as the SMTP server received it: the envelope and the raw data. */
export interface ReceivedMail {
  from: string;
  rcpt: string[];
  raw: string;
}

/** A real SMTP server on loopback that keeps what it receives; it can be stopped and started on its port. */
export interface SmtpTestServer {
  port: number;
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  messages: ReceivedMail[];
  /** Recipients refused at RCPT TO with 550 (permanent). */
  rejected: Set<string>;
  /** Recipients refused at RCPT TO with 450 (try again later). */
  deferred: Set<string>;
  running(): boolean;
  /** Stops listening and drops open connections (a server that went away). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const messages: ReceivedMail[] = [];
  const rejected = new Set<string>();
  const deferred = new Set<string>();
  let server: SMTPServer | null = null;
  let port = 0;

  const refuse = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });
  const listen = async (): Promise<void> => {
    const instance = new SMTPServer({
      authOptional: true,
      // Plain SMTP on loopback: no STARTTLS offer (its self-signed certificate would fail the client's check).
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // Stopping should not wait for the client pool's idle connections.
      closeTimeout: 50,
      onRcptTo(address: SMTPServerAddress, _session, callback) {
        const to = address.address.toLowerCase();
        if (rejected.has(to))
          return callback(refuse(550, `5.1.1 <${to}>: Recipient address rejected: User unknown`));
        if (deferred.has(to)) return callback(refuse(450, `4.2.0 <${to}>: Mailbox busy, try again later`));
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            rcpt: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      instance.once('error', reject);
      instance.listen(port, '127.0.0.1', () => resolve());
    });
    instance.on('error', () => undefined);
    port = (instance.server.address() as AddressInfo).port;
    server = instance;
  };

  await listen();
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    rejected,
    deferred,
    running: () => server !== null,
    async stop() {
      const instance = server;
      server = null;
      if (instance) await new Promise<void>((resolve) => instance.close(() => resolve()));
    },
    async start() {
      if (!server) await listen();
    },
  };
}

/** One MIME entity: its headers (names in lower case, folded lines joined) and its decoded body. */
export interface MimePart {
  headers: Map<string, string[]>;
  body: string;
  parts: MimePart[];
}

/**
 * A small MIME reader for the tests' assertions (mailparser is not a dependency): headers, multipart
 * nesting, base64 and quoted-printable bodies, encoded words in headers.
 */
export function parseMime(raw: string): MimePart {
  const split = raw.indexOf('\r\n\r\n');
  const head = split < 0 ? raw : raw.slice(0, split);
  const rest = split < 0 ? '' : raw.slice(split + 4);
  const headers = new Map<string, string[]>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), decodeWords(line.slice(colon + 1).trim())]);
  }
  const type = headers.get('content-type')?.[0] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const sections = rest.split(`--${boundary}`).slice(1);
    const parts = sections
      .filter((s) => !s.startsWith('--'))
      .map((s) => parseMime(s.replace(/^\r\n/, '').replace(/\r\n$/, '')));
    return { headers, body: '', parts };
  }
  const encoding = (headers.get('content-transfer-encoding')?.[0] ?? '7bit').toLowerCase();
  return { headers, body: decodeBody(rest, encoding), parts: [] };
}

/** Every leaf part, depth first. */
export function leafParts(part: MimePart): MimePart[] {
  return part.parts.length ? part.parts.flatMap(leafParts) : [part];
}

/** The leaf part whose content type starts with `type` (e.g. `text/plain`). */
export function partOfType(message: MimePart, type: string): MimePart | undefined {
  return leafParts(message).find((p) => (p.headers.get('content-type')?.[0] ?? '').startsWith(type));
}

export function header(part: MimePart, name: string): string[] {
  return part.headers.get(name.toLowerCase()) ?? [];
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

function decodeQuotedPrintable(body: string): string {
  const soft = body.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`), adjacent ones joined. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_m, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}
