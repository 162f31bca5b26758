import { createTransport, Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { OutboxAttachment } from './outbox-mail.entity';

/** What the worker hands to the transport: one rendered mail from the outbox. */
export interface OutgoingMail {
  /** The outbox row's id: it becomes the Message-ID, so a mail is recognisable in every mailbox. */
  id: string;
  to: string[];
  cc: string[];
  subject: string;
  html: string;
  text: string;
  attachments: OutboxAttachment[];
}

/** The outcome of a send the server accepted (for at least one recipient). */
export interface SendReceipt {
  /** Recipients the server refused while accepting the others, with its answer. */
  rejected: string[];
}

/**
 * Why a send failed, sorted for the retry rule: `permanent` (the server refused the mail or its recipients
 * with a 5xx answer, or the envelope itself is invalid: another try gets the same answer) or `temporary`
 * (connection refused, timeouts, 4xx answers, authentication or TLS trouble that an administrator can fix).
 */
export class SendFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<SendReceipt>;
  close(): void;
}

/** SMTP codes the worker takes as the mail's fault: rejected sender, recipients or content. */
const MESSAGE_ERRORS = new Set(['EENVELOPE', 'EMESSAGE']);

interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
  response?: string;
}

/** Sorts a nodemailer error into a SendFailure carrying the server's answer when there is one. */
export function classifySendError(error: unknown): SendFailure {
  const e = (error instanceof Error ? error : new Error(String(error))) as SmtpError;
  const answer = e.response?.trim();
  const message = answer ? `${e.message}: ${answer}` : e.message;
  const code = e.responseCode;
  // 503 is a bad command sequence (the session's fault, not the mail's): RFC 5321 leaves it retryable.
  const permanentCode = code !== undefined && code >= 500 && code < 600 && code !== 503;
  // An envelope error without a code comes from nodemailer's own checks (an invalid address): no retry helps.
  const permanent = MESSAGE_ERRORS.has(e.code ?? '') && (permanentCode || code === undefined);
  return new SendFailure(message, permanent);
}

/**
 * The SMTP transport from `SMTP_URL`: a pool of connections, so that a batch of mails goes out in parallel
 * over connections that stay open between mails. Header values are encoded by nodemailer; the subject's
 * line breaks are flattened here as well, so no input can start a header of its own.
 */
export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter: Transporter<SMTPPool.SentMessageInfo, SMTPPool.Options> = createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 5,
    maxMessages: 500,
    // The defaults wait minutes for a silent server; the worker would rather retry later.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'datenlotse.local';
  return {
    async send(mail) {
      try {
        const info = await transporter.sendMail({
          from,
          to: mail.to,
          cc: mail.cc.length ? mail.cc : undefined,
          subject: mail.subject.replace(/[\r\n]+/g, ' '),
          html: mail.html,
          text: mail.text,
          messageId: `<${mail.id}@${domain}>`,
          attachments: mail.attachments.map((a) => ({
            filename: a.fileName,
            contentType: a.contentType,
            content: a.content,
            encoding: 'base64',
          })),
          // Never read files or URLs named in a mail: everything it carries is in the outbox row.
          disableFileAccess: true,
          disableUrlAccess: true,
        });
        const rejected = (info.rejectedErrors ?? []).map((e) => {
          const r = e as SmtpError & { recipient?: string };
          return `${r.recipient ?? ''} ${r.response ?? r.message}`.trim();
        });
        return { rejected: rejected.length ? rejected : info.rejected.map(String) };
      } catch (error) {
        throw classifySendError(error);
      }
    },
    close() {
      transporter.close();
    },
  };
}
