import { badInput } from '../errors';
import type { Capability, Certification } from './vocabulary';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export interface ProfileFields {
  name: string;
  kvkNumber?: string | null;
  capabilities: readonly Capability[];
  certifications: readonly Certification[];
  capacityHoursPerMonth?: number | null;
  capacityFrom?: string | null;
  description?: string | null;
}

/** Checks a supplier profile as its company writes it; throws BAD_USER_INPUT naming the field. */
export function validateProfile(p: ProfileFields): void {
  if (!p.name.trim() || p.name.length > 200) throw badInput('name', 'Give the company name (at most 200 characters)');
  if (p.kvkNumber != null && p.kvkNumber !== '' && !/^\d{8}$/.test(p.kvkNumber)) throw badInput('kvkNumber', 'A KvK number has 8 digits');
  if (p.capabilities.length === 0) throw badInput('capabilities', 'Choose at least one capability');
  if (new Set(p.capabilities).size !== p.capabilities.length) throw badInput('capabilities', 'A capability is listed twice');
  if (new Set(p.certifications).size !== p.certifications.length) throw badInput('certifications', 'A certification is listed twice');
  const hours = p.capacityHoursPerMonth;
  if (hours != null && (!Number.isFinite(hours) || hours < 0 || hours > 100_000)) throw badInput('capacityHoursPerMonth', 'Capacity is 0 to 100,000 hours per month');
  if (p.capacityFrom != null && p.capacityFrom !== '' && !isDate(p.capacityFrom)) throw badInput('capacityFrom', 'Give a date as YYYY-MM-DD');
  if ((p.description ?? '').length > 2000) throw badInput('description', 'At most 2,000 characters');
}

export interface DemandFields {
  title: string;
  capabilities: readonly Capability[];
  quantity: number;
  hoursPerMonth?: number | null;
  windowStart: string;
  windowEnd: string;
  description?: string | null;
}

/** Checks a capacity demand as Defence publishes it; throws BAD_USER_INPUT naming the field. */
export function validateDemand(d: DemandFields): void {
  if (!d.title.trim() || d.title.length > 200) throw badInput('title', 'Give a title (at most 200 characters)');
  if (d.capabilities.length === 0) throw badInput('capabilities', 'Choose at least one capability the work needs');
  if (new Set(d.capabilities).size !== d.capabilities.length) throw badInput('capabilities', 'A capability is listed twice');
  if (!Number.isInteger(d.quantity) || d.quantity < 1 || d.quantity > 10_000_000) throw badInput('quantity', 'Quantity is a whole number from 1');
  const hours = d.hoursPerMonth;
  if (hours != null && (!Number.isFinite(hours) || hours <= 0 || hours > 1_000_000)) throw badInput('hoursPerMonth', 'Hours per month must be more than 0');
  if (!isDate(d.windowStart)) throw badInput('windowStart', 'Give a date as YYYY-MM-DD');
  if (!isDate(d.windowEnd)) throw badInput('windowEnd', 'Give a date as YYYY-MM-DD');
  if (d.windowEnd < d.windowStart) throw badInput('windowEnd', 'The window ends after it starts');
  if ((d.description ?? '').length > 4000) throw badInput('description', 'At most 4,000 characters');
}

export interface ResponseFields {
  hoursPerMonth: number;
  availableFrom: string;
  message?: string | null;
}

/** Checks a company's response to a demand; throws BAD_USER_INPUT naming the field. */
export function validateResponse(r: ResponseFields): void {
  if (!Number.isFinite(r.hoursPerMonth) || r.hoursPerMonth <= 0 || r.hoursPerMonth > 100_000) throw badInput('hoursPerMonth', 'Offer more than 0 hours per month');
  if (!isDate(r.availableFrom)) throw badInput('availableFrom', 'Give a date as YYYY-MM-DD');
  if ((r.message ?? '').length > 2000) throw badInput('message', 'At most 2,000 characters');
}
