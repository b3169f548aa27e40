import { DomainError } from '../errors';

/**
 * The statuses of an intervention, as the database's `INTERVENTION_STATUSES` (libs/db, which this
 * pure library does not import) lists them.
 */
export const FLOW_STATUSES = ['PROPOSED', 'AGREED', 'IN_PROGRESS', 'DONE', 'REJECTED', 'WITHDRAWN'] as const;
export type FlowStatus = (typeof FLOW_STATUSES)[number];

/**
 * Who may take a step:
 * - `decide`: a lead of the roadmap who may decide (government leads);
 * - `update`: whoever may update the intervention (a lead, or the owning organisation as co-editor);
 * - `proposer`: the organisation that proposed it, while it co-edits the roadmap.
 */
export type FlowActor = 'decide' | 'update' | 'proposer';

export interface FlowStep {
  from: FlowStatus;
  to: FlowStatus;
  /** Any of these may take the step. */
  who: readonly FlowActor[];
  reasonRequired: boolean;
}

/** THE STATUS FLOW. Every step not listed is refused (CONFLICT); every step taken is kept in the history. */
// prettier-ignore
export const INTERVENTION_FLOW: readonly FlowStep[] = [
  { from: 'PROPOSED',    to: 'AGREED',      who: ['decide'],             reasonRequired: false },
  { from: 'PROPOSED',    to: 'REJECTED',    who: ['decide'],             reasonRequired: true },
  { from: 'PROPOSED',    to: 'WITHDRAWN',   who: ['proposer', 'decide'], reasonRequired: true },
  { from: 'AGREED',      to: 'IN_PROGRESS', who: ['update'],             reasonRequired: false },
  { from: 'IN_PROGRESS', to: 'DONE',        who: ['update'],             reasonRequired: false },
  { from: 'AGREED',      to: 'WITHDRAWN',   who: ['decide'],             reasonRequired: true },
  { from: 'IN_PROGRESS', to: 'WITHDRAWN',   who: ['decide'],             reasonRequired: true },
  // reopening
  { from: 'REJECTED',    to: 'PROPOSED',    who: ['decide'],             reasonRequired: false },
  { from: 'WITHDRAWN',   to: 'PROPOSED',    who: ['decide'],             reasonRequired: false },
  { from: 'DONE',        to: 'IN_PROGRESS', who: ['decide'],             reasonRequired: false },
];

/** What the actor may do on one intervention, from the ability and who proposed it. */
export type FlowPowers = Readonly<Record<FlowActor, boolean>>;

export function flowStep(from: FlowStatus, to: FlowStatus): FlowStep | null {
  return INTERVENTION_FLOW.find((s) => s.from === from && s.to === to) ?? null;
}

function mayTake(step: FlowStep, powers: FlowPowers): boolean {
  return step.who.some((w) => powers[w]);
}

/** The statuses the actor may move the intervention to from `from`, in the order of `FLOW_STATUSES`. */
export function allowedTransitions(from: FlowStatus, powers: FlowPowers): FlowStatus[] {
  return FLOW_STATUSES.filter((to) => {
    const step = flowStep(from, to);
    return step !== null && mayTake(step, powers);
  });
}

/**
 * Checks one step: CONFLICT (field `status`) when the flow has no such step, FORBIDDEN when the
 * actor may not take it, BAD_USER_INPUT (field `reason`) when it needs a reason and has none.
 * Answers the step.
 */
export function assertTransition(from: FlowStatus, to: FlowStatus, powers: FlowPowers, reason: string | null): FlowStep {
  const step = flowStep(from, to);
  if (!step) throw new DomainError('CONFLICT', `cannot go from ${from} to ${to}`, 'status');
  if (!mayTake(step, powers)) throw new DomainError('FORBIDDEN', forbiddenMessage(step));
  if (step.reasonRequired && !reason) throw new DomainError('BAD_USER_INPUT', `Give a reason to move it to ${to}`, 'reason');
  return step;
}

function forbiddenMessage(step: FlowStep): string {
  if (step.who.includes('proposer')) return 'Only the proposing organisation or a roadmap lead who decides may do this';
  if (step.who.includes('decide')) return 'Only a roadmap lead who decides on interventions may do this';
  return 'Only the owning organisation or a roadmap lead may do this';
}

/** Progress (a note and a percentage) is reported only while the intervention is being carried out. */
export function acceptsProgress(status: FlowStatus): boolean {
  return status === 'AGREED' || status === 'IN_PROGRESS';
}

/** An agreement's terms are set only on what was agreed (and stays so while being carried out or done). */
export function isAgreed(status: FlowStatus): boolean {
  return status === 'AGREED' || status === 'IN_PROGRESS' || status === 'DONE';
}
