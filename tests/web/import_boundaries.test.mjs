// The web app's import rules (web/scripts/check-imports.mjs): the real source keeps them, and
// the checker does catch each kind of break (on a small tree written for the test).
// Needs no server or browser.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { check } from '../../web/scripts/check-imports.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

test('web/src keeps the import rules', () => {
  assert.deepEqual(check(path.join(here, '..', '..', 'web', 'src')), []);
});

test('the checker reports each kind of break', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dangbo-imports-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  write('app/main.tsx', "import { a } from '../features/a';\n");
  write('shared/lib/x.ts', "import { b } from '../../features/a/lib';\nexport const x = 1;\n");
  write('shared/lib/y.ts', "import { m } from '../../app/main';\n");
  write('features/a/index.ts', "export const a = 1;\n// import { z } from '../b/lib'; (a comment does not count)\n");
  write('features/a/lib.ts', "import { c } from '../b/lib';\nimport { d } from '../b';\nimport type { e } from '../../app/main';\n");
  write('features/b/index.ts', "export const d = 1;\n");
  write('features/b/lib.ts', "export const c = lazy(() => import('../a/lib'));\n");
  write('stray.ts', "export const s = 1;\n");
  const problems = check(dir).sort();
  assert.deepEqual(problems, [
    "features/a/lib.ts: imports '../../app/main' (a feature does not import app/)",
    "features/a/lib.ts: imports '../b/lib' (another feature only through features/b/index.ts)",
    "features/b/lib.ts: imports '../a/lib' (another feature only through features/a/index.ts)",
    "shared/lib/x.ts: imports '../../features/a/lib' (shared/ imports no feature)",
    "shared/lib/y.ts: imports '../../app/main' (shared/ does not import app/)",
    'stray.ts: outside app/, shared/ and features/<name>/',
  ]);
});
