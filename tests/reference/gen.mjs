// Makes Open Badges 3.0 credentials with Digital Bazaar's VC stack (or `jose` for VC-JWT) and
// fresh keys, plus tampered copies, for agreement tests and side-by-side benchmarks.
//
//   node gen.mjs --suite eddsa-rdfc-2022|Ed25519Signature2020|jwt --count N --out DIR [--tampered K]
//
// Writes DIR/ob3-NNNN.json (or .jwt), DIR/ob3-NNNN.<reason>.json for the first K, and
// DIR/manifest.json: per file the expected outcome (valid / invalid) and the reason.
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {randomUUID} from 'node:crypto';
import * as vc from '@digitalbazaar/vc';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {Ed25519VerificationKey2020} from '@digitalbazaar/ed25519-verification-key-2020';
import {Ed25519Signature2020} from '@digitalbazaar/ed25519-signature-2020';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {SignJWT, generateKeyPair, exportJWK} from 'jose';
import {makeLoader} from './loader.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const suite = args.suite ?? 'eddsa-rdfc-2022';
const count = Number(args.count ?? 10);
const tampered = Number(args.tampered ?? 0);
const out = args.out ?? 'generated';
mkdirSync(out, {recursive: true});

const NAMES = ['Seán O\'Brien', 'محمد عبد الله', 'Jürgen Groß', 'ሰላም ተስፋይ', 'Олена Коваленко',
  'Ana María Núñez', 'فاطمه رضایی', 'Ayşe Yılmaz', 'Hodan Cali', 'Zoë van der Berg'];
const ACHIEVEMENTS = [
  ['Python Programming Foundations', 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d'],
  ['Relational Data with SQL', 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742'],
  ['Spreadsheets for the Workplace', 'http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be'],
];

function credential(i, issuerDid) {
  const [name, skill] = ACHIEVEMENTS[i % ACHIEVEMENTS.length];
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name,
    issuer: {id: issuerDid, type: ['Profile'], name: 'Reference Academy (Digital Bazaar stack)',
      url: 'https://academy.example.org/'},
    credentialSubject: {
      type: ['AchievementSubject'],
      name: NAMES[i % NAMES.length],
      achievement: {
        id: `https://badges.example.org/achievements/${i % ACHIEVEMENTS.length}`,
        type: ['Achievement'], name,
        description: `Awarded for ${name}.`,
        criteria: {narrative: 'Completed the graded exercises and a reviewed final project.'},
        alignment: [{type: ['Alignment'], targetName: name, targetUrl: skill,
          targetFramework: 'ESCO'}],
      },
    },
    validFrom: '2025-01-01T00:00:00Z',
    validUntil: '2099-01-01T00:00:00Z',
  };
}

async function keyPair() {
  if (suite === 'jwt') {
    // jose's own Ed25519 keys; the did:key is derived from the public key.
    const {publicKey, privateKey} = await generateKeyPair('EdDSA', {crv: 'Ed25519'});
    const mk = await Ed25519Multikey.fromJwk({jwk: await exportJWK(publicKey)});
    const controller = `did:key:${mk.publicKeyMultibase}`;
    return {controller, id: `${controller}#${mk.publicKeyMultibase}`, privateKey};
  }
  if (suite === 'Ed25519Signature2020') {
    const key = await Ed25519VerificationKey2020.generate();
    const fingerprint = key.fingerprint();
    key.controller = `did:key:${fingerprint}`;
    key.id = `${key.controller}#${fingerprint}`;
    return key;
  }
  const key = await Ed25519Multikey.generate();
  const fingerprint = key.publicKeyMultibase;
  key.controller = `did:key:${fingerprint}`;
  key.id = `${key.controller}#${fingerprint}`;
  return key;
}

async function signLdp(doc, key) {
  const documentLoader = makeLoader(suite === 'Ed25519Signature2020' ? 'Ed25519VerificationKey2020' : 'Multikey');
  const proofSuite = suite === 'Ed25519Signature2020'
    ? new Ed25519Signature2020({key})
    : new DataIntegrityProof({signer: key.signer(), cryptosuite: eddsaRdfc2022});
  return vc.issue({credential: doc, suite: proofSuite, documentLoader});
}

async function signJwt(doc, key) {
  const privateKey = key.privateKey;
  return new SignJWT({...doc, iss: doc.issuer.id, jti: doc.id, sub: doc.credentialSubject.id,
    nbf: Date.parse(doc.validFrom) / 1000, exp: Date.parse(doc.validUntil) / 1000})
    .setProtectedHeader({alg: 'EdDSA', typ: 'JWT', kid: key.id})
    .sign(privateKey);
}

const sign = suite === 'jwt' ? signJwt : signLdp;
const ext = suite === 'jwt' ? 'jwt' : 'json';
const write = (file, value) =>
  writeFileSync(join(out, file), typeof value === 'string' ? value : JSON.stringify(value, null, 2));

const issuer = await keyPair();
const attacker = await keyPair();
const files = [];
for (let i = 0; i < count; i++) {
  const base = `ob3-${String(i + 1).padStart(4, '0')}`;
  const doc = credential(i, issuer.controller);
  const signed = await sign(doc, issuer);
  write(`${base}.${ext}`, signed);
  files.push({file: `${base}.${ext}`, expected: 'valid', reason: null});
  if (i >= tampered) continue;
  // Tampered name: the learner's name changed after signing.
  if (suite === 'jwt') {
    const [h, p, s] = signed.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url'));
    payload.credentialSubject.name = 'Someone Else';
    write(`${base}.tampered-name.${ext}`, `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`);
    const sig = Buffer.from(s, 'base64url');
    sig[10] ^= 0x01;
    write(`${base}.tampered-proof.${ext}`, `${h}.${p}.${sig.toString('base64url')}`);
  } else {
    const changed = structuredClone(signed);
    changed.credentialSubject.name = 'Someone Else';
    write(`${base}.tampered-name.${ext}`, changed);
    const badProof = structuredClone(signed);
    const value = badProof.proof.proofValue;
    const flipped = value[5] === 'A' ? 'B' : 'A';
    badProof.proof.proofValue = value.slice(0, 5) + flipped + value.slice(6);
    write(`${base}.tampered-proof.${ext}`, badProof);
  }
  // Issuer mismatch: a valid signature by someone who is not the credential's issuer.
  write(`${base}.issuer-mismatch.${ext}`, await sign(credential(i, issuer.controller), attacker));
  files.push(...['tampered-name', 'tampered-proof', 'issuer-mismatch'].map(reason => ({
    file: `${base}.${reason}.${ext}`, expected: 'invalid', reason})));
}
write('manifest.json', {generator: 'tests/reference/gen.mjs', suite, issuer: issuer.controller,
  attacker: attacker.controller, files});
console.error(`${files.length} files (${suite}) in ${out}`);
