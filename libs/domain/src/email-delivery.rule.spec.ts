import fc from 'fast-check';
import { EMAIL_DELIVERY_STATUSES, type EmailDeliveryStatus } from '@boards/shared/contracts';
import { DomainError } from './domain-error';
import { emailDeliveryStatus, emailResend, type EmailDeliveryFacts } from './email-delivery.rule';

const AT = new Date('2026-12-07T10:00:00Z');

describe('emailDeliveryStatus', () => {
  it.each<[string, EmailDeliveryFacts, EmailDeliveryStatus]>([
    ['never tried', { sentAt: null, gaveUpAt: null, attempts: 0 }, 'QUEUED'],
    ['failed once, to be tried again', { sentAt: null, gaveUpAt: null, attempts: 1 }, 'RETRYING'],
    ['failed seven times', { sentAt: null, gaveUpAt: null, attempts: 7 }, 'RETRYING'],
    ['sent at the first attempt', { sentAt: AT, gaveUpAt: null, attempts: 1 }, 'SENT'],
    ['sent after failures', { sentAt: AT, gaveUpAt: null, attempts: 4 }, 'SENT'],
    ['given up', { sentAt: null, gaveUpAt: AT, attempts: 8 }, 'FAILED'],
    // A resent copy of a failed message is queued afresh: attempts from nought.
    ['given up, then put back', { sentAt: null, gaveUpAt: null, attempts: 0 }, 'QUEUED'],
  ])('%s: %s', (_label, facts, status) => {
    expect(emailDeliveryStatus(facts)).toBe(status);
  });

  it('refuses a message both sent and given up', () => {
    expect(() => emailDeliveryStatus({ sentAt: AT, gaveUpAt: AT, attempts: 1 })).toThrow(
      'both sent and given up',
    );
  });

  it('gives every possible message exactly one status, SENT exactly when sent', () => {
    const date = fc.option(fc.date({ noInvalidDate: true }), { nil: null });
    fc.assert(
      fc.property(date, date, fc.nat({ max: 100 }), (sentAt, gaveUpAt, attempts) => {
        fc.pre(!(sentAt && gaveUpAt));
        const status = emailDeliveryStatus({ sentAt, gaveUpAt, attempts });
        expect(EMAIL_DELIVERY_STATUSES).toContain(status);
        expect(status === 'SENT').toBe(sentAt !== null);
        expect(status === 'FAILED').toBe(gaveUpAt !== null);
      }),
    );
  });
});

describe('emailResend', () => {
  it.each<[EmailDeliveryStatus, string]>([
    ['FAILED', 'REQUEUE'],
    ['SENT', 'COPY'],
    ['QUEUED', 'INVALID_TRANSITION'],
    ['RETRYING', 'INVALID_TRANSITION'],
  ])('a %s email: %s', (status, outcome) => {
    let result: string;
    try {
      result = emailResend(status);
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      result = (error as DomainError).code;
      expect((error as DomainError).details).toEqual({ status });
      expect((error as DomainError).message).toMatch(/cannot be sent again yet$/);
    }
    expect(result).toBe(outcome);
  });
});
