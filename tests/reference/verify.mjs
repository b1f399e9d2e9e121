// Verifies credential files with the reference stack, offline, as one process:
//   node verify.mjs [--at RFC3339] FILE...
// Prints one JSON line per file: {"file", "verified": true|false, "error"}. Data Integrity
// credentials go through @digitalbazaar/vc (safe mode JSON-LD, eddsa-rdfc-2022, eddsa-jcs-2022
// and Ed25519Signature2020); VC-JWTs through `jose` (EdDSA, key from the did:key `kid`, which must
// be the issuer's). Validity dates are judged at --at (default now).
import {readFileSync} from 'node:fs';
import {basename} from 'node:path';
import * as vc from '@digitalbazaar/vc';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {Ed25519Signature2020} from '@digitalbazaar/ed25519-signature-2020';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {createVerifyCryptosuite as eddsaJcs2022} from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import {jwtVerify, importJWK} from 'jose';
import {makeLoader} from './loader.mjs';

const argv = process.argv.slice(2);
let at = new Date();
const files = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--at') at = new Date(argv[++i]);
  else files.push(argv[i]);
}

const loaders = {Multikey: makeLoader('Multikey'), Ed25519VerificationKey2020: makeLoader('Ed25519VerificationKey2020')};
const suites = [new DataIntegrityProof({cryptosuite: eddsaRdfc2022}),
  new DataIntegrityProof({cryptosuite: eddsaJcs2022()}), new Ed25519Signature2020()];

async function verifyLdp(credential) {
  const keyType = credential.proof?.type === 'Ed25519Signature2020' ? 'Ed25519VerificationKey2020' : 'Multikey';
  const result = await vc.verifyCredential({credential, suite: suites, documentLoader: loaders[keyType], now: at});
  return {verified: result.verified, error: result.verified ? null : String(result.error?.errors?.[0]?.message ?? result.error?.message ?? result.error)};
}

async function verifyJwt(token) {
  const [h, p] = token.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url'));
  const payload = JSON.parse(Buffer.from(p, 'base64url'));
  const did = String(header.kid ?? '').split('#')[0];
  const issuer = typeof payload.issuer === 'string' ? payload.issuer : payload.issuer?.id;
  if (!did.startsWith('did:key:z6Mk') || (issuer && issuer !== did) || (payload.iss && payload.iss !== did)) {
    return {verified: false, error: 'kid is not the issuer\'s did:key'};
  }
  const key = await Ed25519Multikey.from({publicKeyMultibase: did.slice('did:key:'.length)});
  const jwk = await Ed25519Multikey.toJwk({keyPair: key});
  try {
    await jwtVerify(token, await importJWK(jwk, 'EdDSA'), {algorithms: ['EdDSA'], currentDate: at});
    return {verified: true, error: null};
  } catch (e) {
    return {verified: false, error: e.code ?? String(e)};
  }
}

const started = process.hrtime.bigint();
let valid = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8').trim();
  let result;
  try {
    result = text.startsWith('{') ? await verifyLdp(JSON.parse(text)) : await verifyJwt(text);
  } catch (e) {
    result = {verified: false, error: String(e?.message ?? e)};
  }
  valid += result.verified ? 1 : 0;
  process.stdout.write(JSON.stringify({file: basename(file), ...result}) + '\n');
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
console.error(`reference: ${files.length} files, ${valid} verified, ${ms.toFixed(0)} ms in the verify loop`);
