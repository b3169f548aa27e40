import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { acceptsProgress, allowedTransitions, assertTransition, FLOW_STATUSES, flowStep, isAgreed, type FlowPowers, type FlowStatus } from './intervention-flow';

const nobody: FlowPowers = { decide: false, update: false, proposer: false };
const lead: FlowPowers = { decide: true, update: true, proposer: false };
const owner: FlowPowers = { decide: false, update: true, proposer: false };
const proposer: FlowPowers = { decide: false, update: false, proposer: true };

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('the intervention status flow', () => {
  // The flow as the issue states it, written out by hand: from -> [to, who, reason required].
  const expected: [FlowStatus, FlowStatus, string, boolean][] = [
    ['PROPOSED', 'AGREED', 'decide', false],
    ['PROPOSED', 'REJECTED', 'decide', true],
    ['PROPOSED', 'WITHDRAWN', 'proposer|decide', true],
    ['AGREED', 'IN_PROGRESS', 'update', false],
    ['IN_PROGRESS', 'DONE', 'update', false],
    ['AGREED', 'WITHDRAWN', 'decide', true],
    ['IN_PROGRESS', 'WITHDRAWN', 'decide', true],
    ['REJECTED', 'PROPOSED', 'decide', false],
    ['WITHDRAWN', 'PROPOSED', 'decide', false],
    ['DONE', 'IN_PROGRESS', 'decide', false],
  ];

  it('has exactly the steps of the issue, each with who may take it and whether it needs a reason', () => {
    const steps: [FlowStatus, FlowStatus, string, boolean][] = [];
    for (const from of FLOW_STATUSES) {
      for (const to of FLOW_STATUSES) {
        const step = flowStep(from, to);
        if (step) steps.push([from, to, [...step.who].sort().reverse().join('|'), step.reasonRequired]);
      }
    }
    const sort = (xs: typeof steps) => [...xs].sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));
    expect(sort(steps)).toEqual(sort(expected));
  });

  it.each([
    ['a lead who decides', lead, 'PROPOSED', ['AGREED', 'REJECTED', 'WITHDRAWN']],
    ['the proposing organisation', proposer, 'PROPOSED', ['WITHDRAWN']],
    ['the owning organisation', owner, 'PROPOSED', []],
    ['the owning organisation', owner, 'AGREED', ['IN_PROGRESS']],
    ['a lead who decides', lead, 'AGREED', ['IN_PROGRESS', 'WITHDRAWN']],
    ['the owning organisation', owner, 'IN_PROGRESS', ['DONE']],
    ['a lead who decides', lead, 'DONE', ['IN_PROGRESS']],
    ['the owning organisation', owner, 'DONE', []],
    ['a lead who decides', lead, 'REJECTED', ['PROPOSED']],
    ['the proposing organisation', proposer, 'WITHDRAWN', []],
    ['an observer', nobody, 'PROPOSED', []],
  ] as const)('lets %s move a %s intervention to %j', (_, powers, from, to) => {
    expect(allowedTransitions(from, powers)).toEqual(to);
  });

  it('refuses a step the flow does not have with CONFLICT on status, whoever asks', () => {
    for (const powers of [lead, owner, proposer, nobody]) {
      const e = errorOf(() => assertTransition('PROPOSED', 'DONE', powers, null));
      expect([e.code, e.field, e.message]).toEqual(['CONFLICT', 'status', 'cannot go from PROPOSED to DONE']);
    }
    expect(errorOf(() => assertTransition('AGREED', 'AGREED', lead, null)).code).toBe('CONFLICT');
  });

  it('refuses a member who may only update to agree, with FORBIDDEN', () => {
    expect(errorOf(() => assertTransition('PROPOSED', 'AGREED', owner, null)).code).toBe('FORBIDDEN');
    expect(errorOf(() => assertTransition('PROPOSED', 'AGREED', proposer, null)).code).toBe('FORBIDDEN');
  });

  it('asks for a reason to reject or withdraw, and takes the step with one', () => {
    const e = errorOf(() => assertTransition('PROPOSED', 'REJECTED', lead, null));
    expect([e.code, e.field]).toEqual(['BAD_USER_INPUT', 'reason']);
    expect(assertTransition('PROPOSED', 'REJECTED', lead, 'te duur').to).toBe('REJECTED');
    expect(assertTransition('PROPOSED', 'WITHDRAWN', proposer, 'dubbel').to).toBe('WITHDRAWN');
    expect(assertTransition('PROPOSED', 'AGREED', lead, null).to).toBe('AGREED');
  });

  it('accepts progress only while agreed or in progress, and has agreements once agreed', () => {
    expect(FLOW_STATUSES.filter(acceptsProgress)).toEqual(['AGREED', 'IN_PROGRESS']);
    expect(FLOW_STATUSES.filter(isAgreed)).toEqual(['AGREED', 'IN_PROGRESS', 'DONE']);
  });
});
