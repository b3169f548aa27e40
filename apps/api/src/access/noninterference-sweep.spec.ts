import { afterAll, beforeAll, describe, it } from 'vitest';
import { poolsFor, startIndustryWorlds, sweep, type IndustryWorlds } from '../testing/noninterference/sweep';

/**
 * NONINTERFERENCE, the schema sweep for the industry user (the magnet maker): every query and
 * mutation of the schema, with ids of visible, hidden and unknown records, answers alike in the
 * world with other companies' secrets and the one without. The explicit cases for this user, and
 * the government and trade-association sweeps, are in noninterference.spec.ts; this one, the
 * longest, has a file (and worlds) of its own so the two run side by side.
 */
describe('noninterference sweep for an industry user (the magnet maker)', () => {
  let worlds: IndustryWorlds;
  beforeAll(async () => {
    worlds = await startIndustryWorlds();
  }, 120_000);
  afterAll(async () => worlds?.w.close());

  it('answers every query and mutation of the schema alike, with ids of visible, hidden and unknown records', async () => {
    const { w, places, secrets, hiddenComments } = worlds;
    await sweep(w, poolsFor(places, secrets, hiddenComments), secrets, ['query', 'mutation']);
  }, 240_000);
});
