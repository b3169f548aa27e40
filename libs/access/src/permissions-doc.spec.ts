import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGENERATE_PERMISSIONS_DOC, renderPermissionsMarkdown } from './permissions-doc';

const DOC = join(__dirname, '..', 'PERMISSIONS.md');

describe('PERMISSIONS.md', () => {
  it('is the rendering of the current permission matrix', () => {
    const rendered = renderPermissionsMarkdown();
    if (process.env.UPDATE_PERMISSIONS_DOC === '1') writeFileSync(DOC, rendered);
    let committed = '';
    try {
      committed = readFileSync(DOC, 'utf8');
    } catch {
      // missing: fails below with the command to run
    }
    expect(committed, `libs/access/PERMISSIONS.md is stale; run: ${REGENERATE_PERMISSIONS_DOC}`).toBe(rendered);
  });
});
