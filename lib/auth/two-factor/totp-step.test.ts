import { describe, expect, it } from 'vitest';
import { hotp, matchingStep, stepAt } from './totp-step';

// RFC 4226 appendix D: the secret "12345678901234567890" and its first HOTP values.
const rfcKey = Buffer.from('12345678901234567890');

describe('TOTP steps', () => {
  it('computes the RFC 4226 test values', () => {
    expect([0, 1, 2, 3, 9].map((counter) => hotp(rfcKey, counter))).toEqual(['755224', '287082', '359152', '969429', '520489']);
  });

  it('finds the step of a code from the previous, current or next period, and no other', () => {
    const now = 1_800_000_000_000;
    const current = stepAt(now);
    for (const step of [current - 1, current, current + 1]) expect(matchingStep(rfcKey, hotp(rfcKey, step), now)).toBe(step);
    expect(matchingStep(rfcKey, hotp(rfcKey, current - 2), now)).toBeNull();
    expect(matchingStep(rfcKey, hotp(rfcKey, current + 2), now)).toBeNull();
  });

  it('refuses anything but six digits', () => {
    expect(matchingStep(rfcKey, '12345', 0)).toBeNull();
    expect(matchingStep(rfcKey, '７５５２２４', 0)).toBeNull();
  });
});

describe('base32 setup keys', () => {
  it('decodes RFC 4648 test vectors', async () => {
    const { decodeBase32 } = await import('./base32');
    expect(Buffer.from(decodeBase32('MZXW6YTBOI')).toString()).toBe('foobar');
    expect(Buffer.from(decodeBase32('mzxw6ytb')).toString()).toBe('fooba');
    expect(() => decodeBase32('MZ1W')).toThrow('Not a base32 setup key.');
  });
});
