// A JSON-LD document loader for the reference stack that serves exactly the contexts Erkend
// bundles (contexts/index.json in the repository) plus did:key documents, and nothing else:
// both sides of every comparison see the same bytes and neither touches the network.
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {JsonLdDocumentLoader} from 'jsonld-document-loader';
import {CachedResolver} from '@digitalbazaar/did-io';
import {driver as didKeyDriver} from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {Ed25519VerificationKey2020} from '@digitalbazaar/ed25519-verification-key-2020';
import {contexts as didContexts} from 'did-context';

const here = dirname(fileURLToPath(import.meta.url));
export const contextsDir = process.env.ERKEND_CONTEXTS ?? join(here, '..', '..', 'contexts');

/** @param {'Multikey'|'Ed25519VerificationKey2020'} keyType what did:key documents present */
export function makeLoader(keyType = 'Multikey') {
  const loader = new JsonLdDocumentLoader();
  const index = JSON.parse(readFileSync(join(contextsDir, 'index.json'), 'utf8'));
  for (const entry of index.contexts) {
    const doc = JSON.parse(readFileSync(join(contextsDir, entry.file), 'utf8'));
    for (const url of [entry.url, ...(entry.aliases ?? [])]) {
      loader.addStatic(url, doc);
    }
  }
  for (const [url, doc] of didContexts) {
    loader.addStatic(url, doc);
  }
  const driver = didKeyDriver();
  driver.use({
    multibaseMultikeyHeader: 'z6Mk',
    fromMultibase: keyType === 'Multikey' ? Ed25519Multikey.from : Ed25519VerificationKey2020.from,
  });
  const resolver = new CachedResolver();
  resolver.use(driver);
  loader.setDidResolver(resolver);
  return loader.build();
}
