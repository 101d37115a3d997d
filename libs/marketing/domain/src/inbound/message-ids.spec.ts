import fc from 'fast-check';
import { AppError } from '@rapport/shared-errors';
import { mailingMessageId, messageIdsIn, sendIdFromMessageId, sendIdFromVerp, verpAddress } from './message-ids';

// mailing_send ids are bigint: every decimal a PostgreSQL bigint can hold.
const sendIds = fc.bigInt({ min: 0n, max: 9223372036854775807n }).map(String);
const junk = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string().map((s) => `<ms-${s}@rapport.test>`),
  fc.string().map((s) => `bounce+${s}@rapport.test`),
  fc.string({ minLength: 300, maxLength: 2000 }),
);

describe('Message-IDs and VERP addresses of marketing sends', () => {
  it('writes the forms the sender uses', () => {
    expect(mailingMessageId('1001', 'rapport.test')).toBe('<ms-1001@rapport.test>');
    expect(verpAddress('1001', 'Rapport.Test')).toBe('bounce+1001@rapport.test');
  });

  it('reads them back however a receiver quoted them', () => {
    expect(sendIdFromMessageId('<ms-1001@rapport.test>')).toBe('1001');
    expect(sendIdFromMessageId(' ms-1001@rapport.test ')).toBe('1001');
    expect(sendIdFromMessageId('<MS-1001@RAPPORT.TEST>')).toBe('1001');
    expect(sendIdFromVerp('<bounce+7@rapport.test>')).toBe('7');
    expect(sendIdFromVerp('BOUNCE+7@rapport.test')).toBe('7');
  });

  it('refuses what is not exactly one of ours', () => {
    for (const id of ['<ms-01@rapport.test>', '<ms-1a@rapport.test>', '<ms-@rapport.test>', '<xms-1@rapport.test>', '<ms-1@a@b>', '<ms-1@>', '<ms-123456789012345678901@x>'])
      expect(sendIdFromMessageId(id)).toBeNull();
    for (const a of ['bounce@rapport.test', 'bounce+x1@rapport.test', 'bounce+007@rapport.test', 'news@rapport.test', 'xbounce+1@rapport.test'])
      expect(sendIdFromVerp(a)).toBeNull();
  });

  it('refuses to write an id or domain that could not be read back', () => {
    expect(() => mailingMessageId('12a', 'rapport.test')).toThrow(AppError);
    expect(() => mailingMessageId('012', 'rapport.test')).toThrow(AppError);
    expect(() => verpAddress('1', 'rapport.test>')).toThrow(AppError);
    expect(() => verpAddress('1', 'a b')).toThrow(AppError);
  });

  it('round-trips every send id on every domain', () => {
    fc.assert(
      fc.property(sendIds, fc.domain(), (id, domain) => {
        expect(sendIdFromMessageId(mailingMessageId(id, domain))).toBe(id);
        expect(sendIdFromVerp(verpAddress(id, domain))).toBe(id);
      }),
    );
  });

  it('never throws on arbitrary input, and finds ids only in the exact form', () => {
    fc.assert(
      fc.property(junk, (s) => {
        const fromId = sendIdFromMessageId(s);
        const fromVerp = sendIdFromVerp(s);
        for (const id of [fromId, fromVerp]) if (id !== null) expect(id).toMatch(/^(0|[1-9][0-9]*)$/);
        expect(Array.isArray(messageIdsIn(s))).toBe(true);
      }),
    );
    // Wrapped around any text, the id read is that text or nothing.
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect([null, s]).toContain(sendIdFromMessageId(`<ms-${s}@rapport.test>`));
        expect([null, s]).toContain(sendIdFromVerp(`bounce+${s}@rapport.test`));
      }),
    );
  });

  it('lists the Message-IDs of a References header in order', () => {
    expect(messageIdsIn('<a@x> <ms-3@rapport.test>\r\n <b@y> junk')).toEqual(['<a@x>', '<ms-3@rapport.test>', '<b@y>']);
    expect(messageIdsIn(undefined)).toEqual([]);
  });
});
