import { describe, expect, it } from 'vitest';
import { cycleFigures, daysBetween, type CycleDates } from '@contract/projects/cycle';

const base: CycleDates = {
  stage: 'lead',
  stageSince: '2024-03-01',
  firstContactOn: null,
  signedOn: null,
  startedOn: null,
  producedOn: null,
};

describe('project cycle figures', () => {
  it('counts calendar days, across month ends, leap days and DST', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
  });

  it('reports the article figures: 54 days to signing, 150 days from signing to production', () => {
    const f = cycleFigures(
      {
        stage: 'producing',
        stageSince: '2021-09-28',
        firstContactOn: '2021-03-08',
        signedOn: '2021-05-01',
        startedOn: '2021-06-15',
        producedOn: '2021-09-28',
      },
      '2021-10-08',
    );
    expect(f).toEqual({
      daysInStage: 10,
      contactToSigning: 54,
      signingToStart: 45,
      signingToProduction: 150,
      sameYear: 'yes',
    });
  });

  it('leaves a figure empty while one of its dates is missing', () => {
    const f = cycleFigures(
      { ...base, stage: 'signed', stageSince: '2024-05-01', signedOn: '2024-05-01' },
      '2024-05-01',
    );
    expect(f.daysInStage).toBe(0);
    expect(f.contactToSigning).toBeNull();
    expect(f.signingToStart).toBeNull();
    expect(f.signingToProduction).toBeNull();
  });

  it('judges 当年签约当年投产', () => {
    const signed = { ...base, stage: 'signed' as const, signedOn: '2024-02-10' };
    // Producing in the next year is not the same year.
    expect(cycleFigures({ ...signed, producedOn: '2025-01-05' }, '2025-03-01').sameYear).toBe('no');
    expect(cycleFigures({ ...signed, producedOn: '2024-12-31' }, '2025-03-01').sameYear).toBe('yes');
    // Signed this year and not producing yet: it can still happen.
    expect(cycleFigures(signed, '2024-11-30').sameYear).toBe('pending');
    // The year went by without production.
    expect(cycleFigures(signed, '2025-01-01').sameYear).toBe('no');
    // A dropped project will not produce this year.
    expect(cycleFigures({ ...signed, stage: 'dropped' }, '2024-06-01').sameYear).toBe('no');
    expect(cycleFigures(base, '2024-06-01').sameYear).toBe('notSigned');
  });

  it('shows swapped dates as a negative span instead of hiding them', () => {
    const f = cycleFigures({ ...base, firstContactOn: '2024-05-10', signedOn: '2024-05-01' }, '2024-06-01');
    expect(f.contactToSigning).toBe(-9);
  });

  it('never shows negative days in stage for a stage dated after today', () => {
    expect(cycleFigures({ ...base, stageSince: '2024-06-02' }, '2024-06-01').daysInStage).toBe(0);
  });
});
