// Reference output from Digital Bazaar's jsonld.js 9 (safe mode, as @digitalbazaar/vc uses it)
// and rdf-canonize 5, over the same bundled contexts as Erkend, for a byte-for-byte comparison
// with src/verify/jsonld (tests/it/jsonld.rs `differential_against_jsonld_js`, #[ignore]d).
//
//   cd tests/differential && npm install && node reference.mjs
//
// Inputs: the JSON files under tests/fixtures/{vc-di-eddsa,peers,openbadges3/validator-samples},
// tests/differential/cases/, and (when present) ../shared/vectors/openbadges3/{spec-examples,
// spec-test-vectors}. Output: out/reference.json, a list of {file, nquads} or {file, error}.
// out/ is not committed (some inputs carry a specification licence).
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import jsonld from 'jsonld';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const contextsDir = path.join(repo, 'contexts');
const index = JSON.parse(fs.readFileSync(path.join(contextsDir, 'index.json'), 'utf8'));

const byUrl = new Map();
for (const entry of index.contexts) {
  const doc = JSON.parse(fs.readFileSync(path.join(contextsDir, entry.file), 'utf8'));
  byUrl.set(entry.url, doc);
  for (const alias of entry.aliases || []) byUrl.set(alias, doc);
}

// Serves bundled contexts only and fails closed, like the Rust processor.
const documentLoader = async url => {
  const document = byUrl.get(url);
  if (!document) {
    throw new jsonld.JsonLdError(`unknown context ${url}`, 'jsonld.LoadDocumentError',
      {code: 'loading document failed', url});
  }
  return {contextUrl: null, documentUrl: url, document};
};

function jsonFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) out.push(...jsonFiles(p));
    else if (name.endsWith('.json') && name !== 'manifest.json' && name !== 'index.json' &&
      name !== 'expectations.json') out.push(p);
  }
  return out;
}

const inputs = [
  ...jsonFiles(path.join(repo, 'tests/fixtures/vc-di-eddsa')),
  ...jsonFiles(path.join(repo, 'tests/fixtures/peers')),
  ...jsonFiles(path.join(repo, 'tests/fixtures/openbadges3/validator-samples')),
  ...jsonFiles(path.join(here, 'cases')),
  ...jsonFiles(path.resolve(repo, '../shared/vectors/openbadges3/spec-examples')),
  ...jsonFiles(path.resolve(repo, '../shared/vectors/openbadges3/spec-test-vectors')),
];

const results = [];
for (const file of inputs) {
  const rel = path.relative(repo, file);
  let doc;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    continue;
  }
  if (typeof doc !== 'object' || doc === null) continue;
  try {
    const nquads = await jsonld.canonize(doc, {
      algorithm: 'RDFC-1.0',
      format: 'application/n-quads',
      safe: true,
      documentLoader,
    });
    results.push({file: rel, nquads});
  } catch (e) {
    const code = (e.details && (e.details.event && e.details.event.code)) ||
      (e.details && e.details.code) || e.name;
    results.push({file: rel, error: String(code)});
  }
}
fs.mkdirSync(path.join(here, 'out'), {recursive: true});
fs.writeFileSync(path.join(here, 'out/reference.json'), JSON.stringify(results, null, 1));
const ok = results.filter(r => 'nquads' in r).length;
console.log(`${results.length} documents: ${ok} canonicalised, ${results.length - ok} rejected`);
