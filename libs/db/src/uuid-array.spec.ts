import { describe, expect, it } from 'vitest';
import { types } from 'pg';
import { parseUuidArray, UUID_ARRAY_OID } from './uuid-array';
// The data source registers the parser when it is loaded.
import './data-source';

/** pg's generic array parser (what it reads uuid[] with unless told otherwise), which the fast path must agree with. */
const generic = types.getTypeParser(1009 as never) as (text: string) => (string | null)[];

describe('parseUuidArray', () => {
  const a = '0b6f6f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
  const b = 'ffffffff-0000-4000-8000-000000000001';
  it.each(['{}', `{${a}}`, `{${a},${b}}`, `{NULL,${a}}`, `{${a},NULL}`, '{NULL}', `{{${a}},{${b}}}`, `{"${a}"}`])('reads %s as pg does', (text) => {
    expect(parseUuidArray(text, generic)).toEqual(generic(text));
  });

  it('is what the data source reads uuid arrays with', () => {
    expect(types.getTypeParser(UUID_ARRAY_OID as never)(`{${a},${b}}`)).toEqual([a, b]);
    expect(types.getTypeParser(UUID_ARRAY_OID as never).name).toBe('readUuidArray');
  });
});
