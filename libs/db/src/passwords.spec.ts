import { describe, expect, it } from 'vitest';
import { hashPassword, TEST_PASSWORD_HASH_COST, verifyPassword } from './passwords';

describe('password hashes', () => {
  it('are argon2id at the OWASP cost (64 MiB, 3 passes, 4 lanes) unless a cost is given', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,t=3,p=4\$/);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'Correct horse battery staple')).toBe(false);
  });

  it('carry their own cost, so a cheaper test hash is verified by the same function', async () => {
    const hash = await hashPassword('routekaart', TEST_PASSWORD_HASH_COST);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect(await verifyPassword(hash, 'routekaart')).toBe(true);
    expect(await verifyPassword(hash, 'routekaart ')).toBe(false);
  });

  it('refuses to verify against something that is not a hash, rather than throwing', async () => {
    expect(await verifyPassword('not-a-hash', 'routekaart')).toBe(false);
  });
});
