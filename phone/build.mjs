// Bundles the phone page: node build.mjs OUTDIR [MAX_GZIP_BYTES]
// Run by CMake (cmake/PhonePage.cmake) with NODE_PATH at the build tree's
// node_modules, installed there by `npm ci` from the committed lockfile.
// Fails when the page (HTML, script, style) is over its gzipped budget.
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const nodePath = process.env.NODE_PATH || join(here, 'node_modules');
const require = createRequire(join(nodePath, 'noop.js'));
const esbuild = require('esbuild');

const outdir = process.argv[2] || join(here, 'dist');
const budget = Number(process.argv[3] || 153600);
mkdirSync(outdir, { recursive: true });

await esbuild.build({
  entryPoints: { app: join(here, 'src/main.jsx') },
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['chrome80', 'safari13'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  nodePaths: [nodePath],
  outdir,
  legalComments: 'none',
  logLevel: 'warning',
});
copyFileSync(join(here, 'src/index.html'), join(outdir, 'index.html'));

let total = 0;
const sizes = {};
for (const name of ['index.html', 'app.js', 'app.css']) {
  const bytes = readFileSync(join(outdir, name));
  sizes[name] = { bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  total += sizes[name].gzip;
}
writeFileSync(join(outdir, '..', 'bundle-size.json'), JSON.stringify({ ...sizes, totalGzip: total, budget }, null, 2));
console.log(`phone page: ${total} bytes gzipped (budget ${budget})`);
if (total > budget) {
  console.error(`phone page is over its budget: ${total} > ${budget} bytes gzipped`);
  process.exit(1);
}
