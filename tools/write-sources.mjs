// Writes the site's Sources page (sources.html) from the core's assumption table, through the built JS API:
//   node tools/write-sources.mjs SITE_DIR
// The page is the core's own rendering (core/src/presentation/sources.cpp), so it lists exactly the rates the numbers use.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const site = process.argv[2];
if (!site) {
  console.error('usage: node tools/write-sources.mjs SITE_DIR');
  process.exit(2);
}
const createDealsheet = createRequire(import.meta.url)(join(site, 'dealsheet-api.js'));
const api = await createDealsheet({ wasmBinary: readFileSync(join(site, 'dealsheet-api.wasm')) });
const answer = JSON.parse(api.sources());
if (!answer.ok) {
  console.error('write-sources: the API gave no Sources page:', JSON.stringify(answer.problems));
  process.exit(1);
}
writeFileSync(join(site, 'sources.html'), answer.html);
