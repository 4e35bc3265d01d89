import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeProblem, normalizeCreditCode } from '@contract/shared/creditCode';

// A code built the way the registry builds one: 9 1 (enterprise), adcode 330106, organisation code, check.
const FIRST17 = '91330106MA2H2T0W6';
const VALID = FIRST17 + creditCodeCheckChar(FIRST17);

describe('统一社会信用代码', () => {
  it('accepts a code whose check character is right', () => {
    expect(creditCodeProblem(VALID)).toBeNull();
  });

  it('rejects the code when any one character is changed', () => {
    for (let i = 0; i < 18; i++) {
      const swapped = VALID.slice(0, i) + (VALID[i] === '1' ? '2' : '1') + VALID.slice(i + 1);
      expect(creditCodeProblem(swapped), `position ${i}`).not.toBeNull();
    }
  });

  it('explains length and charset problems separately', () => {
    expect(creditCodeProblem('9133000072718686')).toBe('length');
    expect(creditCodeProblem(FIRST17 + 'I')).toBe('charset');
  });

  it('normalises spaces and lower case the way people paste codes', () => {
    expect(normalizeCreditCode(' 9133 0106 ma2h 2t0w 6 ')).toBe(FIRST17);
  });
});
