import argon2 from 'argon2';

/** How hard a password hash is to compute; argon2 stores these in the hash, so verifying uses the hash's own. */
export interface PasswordHashCost {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** argon2id with the library's defaults (m=64 MiB, t=3, p=4), the OWASP-recommended family: every real account. */
export const PASSWORD_HASH_COST: PasswordHashCost = { memoryCost: 65536, timeCost: 3, parallelism: 4 };

/**
 * The test template's demo accounts only (libs/db/src/testing): the suite logs in about a thousand
 * times, and at the real cost each check takes ~200 ms of CPU on a 2-core machine. Still argon2id,
 * verified by the same code path; nothing outside the tests passes it.
 */
export const TEST_PASSWORD_HASH_COST: PasswordHashCost = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

export function hashPassword(password: string, cost: PasswordHashCost = PASSWORD_HASH_COST): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, ...cost });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}
