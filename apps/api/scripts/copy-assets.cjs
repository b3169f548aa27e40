// Copies the files the compiled API reads at run time next to its JavaScript (tsc copies only code).
const { cpSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..', '..');
for (const dir of ['libs/db/src/seed/data']) {
  cpSync(join(root, dir), join(root, 'dist/api', dir), { recursive: true });
}
