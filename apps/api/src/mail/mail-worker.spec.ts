import { classifySendError } from './mail-transport';
import { retryDelayMinutes } from './mail-worker';

describe('retryDelayMinutes', () => {
  it('doubles the wait from one minute and ends the waits at exactly 6 hours', () => {
    const waits: number[] = [];
    for (let attempts = 1; ; attempts++) {
      const wait = retryDelayMinutes(attempts);
      if (wait === null) break;
      waits.push(wait);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 105]);
    expect(waits.reduce((a, b) => a + b, 0)).toBe(360);
  });

  it('gives up for good once the window is spent, however many attempts a resent mail has', () => {
    expect(retryDelayMinutes(10)).toBeNull();
    expect(retryDelayMinutes(40)).toBeNull();
  });
});

describe('classifySendError', () => {
  const smtpError = (code: string, responseCode?: number, response?: string) =>
    Object.assign(new Error('Recipient command failed'), { code, responseCode, response });

  it('takes a 5xx answer to the envelope as permanent and keeps the answer', () => {
    const failure = classifySendError(smtpError('EENVELOPE', 550, '550 5.1.1 <x@y.example>: User unknown'));
    expect(failure.permanent).toBe(true);
    expect(failure.message).toBe('Recipient command failed: 550 5.1.1 <x@y.example>: User unknown');
  });

  it('takes 4xx answers, 503 and connection trouble as temporary', () => {
    expect(classifySendError(smtpError('EENVELOPE', 450, '450 busy')).permanent).toBe(false);
    expect(classifySendError(smtpError('EENVELOPE', 503, '503 bad sequence')).permanent).toBe(false);
    expect(classifySendError(smtpError('ESOCKET')).permanent).toBe(false);
    expect(classifySendError(smtpError('ETIMEDOUT')).permanent).toBe(false);
  });

  it('retries an authentication failure: the administrator fixes the credentials, the mails wait', () => {
    expect(classifySendError(smtpError('EAUTH', 535, '535 bad credentials')).permanent).toBe(false);
  });

  it('takes an envelope nodemailer itself refuses (no server answer) as permanent', () => {
    expect(classifySendError(smtpError('EENVELOPE')).permanent).toBe(true);
  });
});
