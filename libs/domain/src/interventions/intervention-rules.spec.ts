import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  cleanDate,
  cleanOptionalText,
  cleanProgress,
  cleanScore,
  cleanText,
  cleanTitle,
  isOverdue,
  likelihoodFromScore,
  quadrant,
  requireText,
  riskLevel,
} from './intervention-rules';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') return error.field;
    throw error;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('validation of the risk register and interventions', () => {
  it('keeps titles on one line, 1 to 200 characters', () => {
    expect(cleanTitle('  Strategische   voorraad\ngallium ')).toBe('Strategische voorraad gallium');
    expect(cleanTitle('é'.repeat(200))).toHaveLength(200);
    expect(fieldOf(() => cleanTitle('   '))).toBe('title');
    expect(fieldOf(() => cleanTitle('x'.repeat(201), 'name'))).toBe('name');
  });

  it('trims longer texts, keeps empty ones empty (or none), and limits their length', () => {
    expect(cleanText(undefined, 10, 'rationale')).toBe('');
    expect(cleanText(' a\r\nb ', 10, 'rationale')).toBe('a\nb');
    expect(fieldOf(() => cleanText('x'.repeat(11), 10, 'rationale'))).toBe('rationale');
    expect(cleanOptionalText('   ', 10, 'deliverable')).toBeNull();
    expect(cleanOptionalText(null, 10, 'deliverable')).toBeNull();
    expect(cleanOptionalText(' rapport ', 10, 'deliverable')).toBe('rapport');
    expect(requireText(' te duur ', 'reason')).toBe('te duur');
    expect(fieldOf(() => requireText(' ', 'reason'))).toBe('reason');
  });

  it.each([0, 6, 2.5, Number.NaN])('refuses %s as a score from 1 to 5', (value) => {
    expect(fieldOf(() => cleanScore(value, 'likelihood'))).toBe('likelihood');
  });

  it('takes whole scores 1 to 5 and whole percentages 0 to 100', () => {
    expect([1, 2, 3, 4, 5].map((v) => cleanScore(v, 'impact'))).toEqual([1, 2, 3, 4, 5]);
    expect([0, 55, 100].map((v) => cleanProgress(v))).toEqual([0, 55, 100]);
    expect(fieldOf(() => cleanProgress(101))).toBe('progressPct');
    expect(fieldOf(() => cleanProgress(-1))).toBe('progressPct');
    expect(fieldOf(() => cleanProgress(12.5))).toBe('progressPct');
  });

  it('takes dates as YYYY-MM-DD that exist, and nothing as none', () => {
    expect(cleanDate('2027-02-28', 'dueDate')).toBe('2027-02-28');
    expect(cleanDate('2028-02-29', 'dueDate')).toBe('2028-02-29');
    expect(cleanDate('', 'dueDate')).toBeNull();
    expect(cleanDate(null, 'dueDate')).toBeNull();
    for (const bad of ['2027-02-29', '2027-13-01', '27-01-01', '2027-1-1', '01-02-2027', 'morgen']) {
      expect(fieldOf(() => cleanDate(bad, 'reviewDate')), bad).toBe('reviewDate');
    }
  });
});

describe('risk level, quadrant and overdue', () => {
  it('computes the level as likelihood times impact', () => {
    expect(riskLevel(1, 1)).toBe(1);
    expect(riskLevel(3, 5)).toBe(15);
    expect(riskLevel(5, 5)).toBe(25);
  });

  it.each([
    [5, 1, 'QUICK_WIN'],
    [3, 2, 'QUICK_WIN'],
    [3, 3, 'MAJOR_PROJECT'],
    [5, 5, 'MAJOR_PROJECT'],
    [2, 2, 'FILL_IN'],
    [1, 1, 'FILL_IN'],
    [2, 3, 'THANKLESS_TASK'],
    [1, 5, 'THANKLESS_TASK'],
  ] as const)('puts impact %i at effort %i in %s', (impact, effort, expected) => {
    expect(quadrant(impact, effort)).toBe(expected);
  });

  it('counts an agreement overdue after its due date while it is not done', () => {
    expect(isOverdue('2026-01-01', 'AGREED', '2026-01-02')).toBe(true);
    expect(isOverdue('2026-01-01', 'IN_PROGRESS', '2026-01-02')).toBe(true);
    expect(isOverdue('2026-01-01', 'AGREED', '2026-01-01')).toBe(false);
    expect(isOverdue('2026-01-01', 'DONE', '2026-06-01')).toBe(false);
    expect(isOverdue(null, 'AGREED', '2026-06-01')).toBe(false);
  });

  it('derives a first likelihood from a dependency score, one step per 20 points', () => {
    expect([0, 1, 20, 21, 40, 59, 60, 80, 81, 100].map(likelihoodFromScore)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 5, 5]);
  });
});
