#!/usr/bin/env node
// The web app's import rules (docs/ARCHITECTURE.md, "Web app"), checked on every build:
//   - shared/ imports no feature and nothing of app/;
//   - a feature imports app/ never, and another feature only through its index.ts;
//   - nothing imports app/ from outside it (app/ is the top).
// Plain Node, no dependency: reads the import specifiers of every .ts/.tsx file under src/.
// Prints each violation as "file: imports 'spec' (rule)" and exits 1 if there is any.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const SRC = path.resolve(process.argv[2] ?? path.join(here, '..', 'src'));

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

// Static imports and re-exports (`import … from '…'`, `export … from '…'`, `import '…'`) and
// dynamic `import('…')`; comments are removed first so examples in them do not count.
const SPECIFIER = /(?:\b(?:import|export)\s[^'"`;]*?\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

function specifiers(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');
  return [...code.matchAll(SPECIFIER)].map((m) => m[1]);
}

/** Where a file sits: { area: 'app' | 'shared' | 'features' | 'other', feature?, rest }. */
function place(src, file) {
  const parts = path.relative(src, file).split(path.sep);
  if (parts[0] === 'features' && parts.length > 2) return { area: 'features', feature: parts[1], rest: parts.slice(2).join('/') };
  if (parts[0] === 'app' || parts[0] === 'shared') return { area: parts[0], rest: parts.slice(1).join('/') };
  return { area: 'other', rest: parts.join('/') };
}

/** The file a relative specifier names (with .ts/.tsx/index.ts[x] as the bundler tries). */
function resolve(from, spec) {
  const base = path.resolve(path.dirname(from), spec);
  const tries = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return tries.find((p) => fs.existsSync(p) && fs.statSync(p).isFile()) ?? base;
}

function violation(src, from, to) {
  const a = place(src, from);
  const b = place(src, to);
  if (a.area === 'shared' && b.area === 'features') return 'shared/ imports no feature';
  if (a.area === 'shared' && b.area === 'app') return 'shared/ does not import app/';
  if (a.area === 'features' && b.area === 'app') return 'a feature does not import app/';
  if (a.area === 'features' && b.area === 'features' && a.feature !== b.feature && !/^index\.tsx?$/.test(b.rest)) {
    return `another feature only through features/${b.feature}/index.ts`;
  }
  if (a.area === 'other' && b.area !== 'other') return 'every source file belongs in app/, shared/ or features/';
  return null;
}

export function check(src = SRC) {
  const problems = [];
  for (const file of sourceFiles(src)) {
    const where = place(src, file);
    if (where.area === 'other') problems.push(`${path.relative(src, file)}: outside app/, shared/ and features/<name>/`);
    for (const spec of specifiers(fs.readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const rule = violation(src, file, resolve(file, spec));
      if (rule) problems.push(`${path.relative(src, file)}: imports '${spec}' (${rule})`);
    }
  }
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = check();
  for (const p of problems) console.error(p);
  if (problems.length > 0) {
    console.error(`check-imports: ${problems.length} import(s) break the rules of docs/ARCHITECTURE.md ("Web app").`);
    process.exit(1);
  }
  console.log('check-imports: OK');
}
