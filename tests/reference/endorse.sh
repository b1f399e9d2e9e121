#!/usr/bin/env bash
# Endorsements and attestations signed by Erkend must verify in an independent implementation.
# Two real wallets (a learner's, a mentor's): the learner imports a credential Digital Bazaar's
# stack made, asks for an endorsement; the mentor signs endorsements (eddsa-rdfc-2022 and
# eddsa-jcs-2022, of the credential and of a skill) and work-based-learning attestations. Digital
# Bazaar's @digitalbazaar/vc must find every one valid and every tampered copy (changed comment,
# changed subject, another key's proof) invalid; Erkend must agree on each. The learner's wallet
# must attach the endorsements as verified. Exit 1 on any failure.
#   tests/reference/endorse.sh [path/to/erkend]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
erkend="${1:-$here/../../target/debug/erkend}"
cd "$here"
# Installed when missing or older than the lockfile (npm ci writes node_modules/.package-lock.json).
[ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-fund --no-audit --loglevel=error
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export ERKEND_PASSPHRASE=""
learner() { "$erkend" --wallet "$work/learner.db" "$@"; }
mentor() { "$erkend" --wallet "$work/mentor.db" "$@"; }
other() { "$erkend" --wallet "$work/other.db" "$@"; }
field() { # prints FIELD (a.b.c) of the JSON document on stdin (or of its last JSON line)
  node -e '
    let d = ""; process.stdin.on("data", c => d += c).on("end", () => {
      let v; try { v = JSON.parse(d); } catch { v = JSON.parse(d.trim().split("\n").pop()); }
      console.log(process.argv[1].split(".").reduce((o, k) => o?.[k], v) ?? "");
    });' "$1"
}

learner init >/dev/null; mentor init >/dev/null; other init >/dev/null
node gen.mjs --suite eddsa-rdfc-2022 --count 1 --out "$work/cred" 2>/dev/null
cred="$work/cred/ob3-0001.json"
id="$(learner --json import "$cred" | field id)"
own_id="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).id)' "$cred")"
skill="http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742"
did="$(learner --json request-endorsement --credential "$id" --name Amal --out "$work/request.json" | field learner)"
learner request-endorsement --skill "$skill" --out "$work/request-skill.txt" >/dev/null

signed=()
for suite in eddsa-rdfc-2022 eddsa-jcs-2022; do
  mentor endorse --request "$work/request.json" --comment "Amal wrote every query herself." \
    --name "Joke de Vries" --organisation "Buurthuis De Pijp" --suite "$suite" \
    --out "$work/endorse-credential-$suite.json" >/dev/null
  mentor endorse --request "$work/request-skill.txt" --comment "Seen at work, twice." \
    --suite "$suite" --out "$work/endorse-skill-$suite.json" >/dev/null
  mentor endorse --about "$own_id" --comment "Contract form." --suite "$suite" \
    --out "$work/endorse-about-$suite.json" >/dev/null
  mentor attest --subject "$did" --title "Volunteer at the neighbourhood café" \
    --type ApprenticeshipCertificate --skill "$skill" --task "Kept the stock list" \
    --goal "Order goods by phone in Dutch" --evaluation "The work served her learning." \
    --in-service-of-learning yes --place "Amsterdam" --from 2026-03-01 --until 2026-06-30 \
    --suite "$suite" --out "$work/attest-$suite.json" >/dev/null
  other endorse --about "$own_id" --comment "Contract form." --name "Someone else" \
    --suite "$suite" --out "$work/other-$suite.json" >/dev/null
  signed+=("$work/endorse-credential-$suite.json" "$work/endorse-skill-$suite.json"
           "$work/endorse-about-$suite.json" "$work/attest-$suite.json")
done

# Tampered copies: each must fail everywhere.
tampered=()
for suite in eddsa-rdfc-2022 eddsa-jcs-2022; do
  node -e '
    const fs = require("fs");
    const [src, dir, suite, otherFile] = process.argv.slice(1);
    const doc = JSON.parse(fs.readFileSync(src));
    const write = (name, d) => fs.writeFileSync(`${dir}/tampered-${name}-${suite}.json`, JSON.stringify(d, null, 2));
    const c = structuredClone(doc); c.credentialSubject.endorsementComment = "Outstanding, hire her."; write("comment", c);
    const s = structuredClone(doc); s.credentialSubject.id = "urn:uuid:00000000-0000-4000-8000-000000000000"; write("subject", s);
    const k = structuredClone(doc); k.proof = JSON.parse(fs.readFileSync(otherFile)).proof; write("key", k);
  ' "$work/endorse-about-$suite.json" "$work" "$suite" "$work/other-$suite.json"
  node -e '
    const fs = require("fs");
    const [src, out] = process.argv.slice(1);
    const d = JSON.parse(fs.readFileSync(src)); d.credentialSubject.achievement.name = "Head chef"; fs.writeFileSync(out, JSON.stringify(d));
  ' "$work/attest-$suite.json" "$work/tampered-attest-$suite.json"
  tampered+=("$work"/tampered-*-"$suite".json)
done

status=0
check() { # expected-verified file...
  local want="$1"; shift
  node verify.mjs "$@" > "$work/reference.jsonl" 2>/dev/null
  "$erkend" --json verify "$@" > "$work/erkend.jsonl" || true
  node -e '
    const fs = require("fs");
    const [want, ref, ours] = process.argv.slice(1);
    const lines = f => fs.readFileSync(f, "utf8").trim().split("\n").map(l => JSON.parse(l));
    const r = lines(ref), e = lines(ours);
    let bad = 0;
    r.forEach((x, i) => {
      const mine = e[i]?.verified;
      if (String(x.verified) !== want || String(mine) !== want) {
        bad++;
        console.error(`FAIL ${x.file}: reference ${x.verified} (${x.error}), erkend ${mine}, expected ${want}`);
      }
    });
    console.error(`${want === "true" ? "valid" : "tampered"}: ${r.length - bad}/${r.length} as expected by both`);
    process.exit(bad ? 1 : 0);
  ' "$want" "$work/reference.jsonl" "$work/erkend.jsonl" || status=1
}
check true "${signed[@]}"
check false "${tampered[@]}"

# The learner's wallet attaches what answers its requests, verified.
for suite in eddsa-rdfc-2022 eddsa-jcs-2022; do
  learner --json import "$work/endorse-credential-$suite.json" "$work/endorse-skill-$suite.json" \
    > "$work/import.jsonl"
  node -e '
    const lines = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").map(JSON.parse);
    const ok = lines.every(l => l.status === "imported" && l.verified === true && l.endorsement?.attached);
    if (!ok) { console.error("FAIL import:", JSON.stringify(lines)); process.exit(1); }
  ' "$work/import.jsonl" || status=1
done
shown="$(learner --json show "$id")"
node -e '
  const d = JSON.parse(process.argv[1]);
  const ok = d.endorsements.length === 2 && d.endorsements.every(e => e.verified === true && e.endorser === "Joke de Vries");
  console.error(`attached to the credential: ${d.endorsements.length} endorsement(s), all verified: ${ok}`);
  process.exit(ok ? 0 : 1);
' "$shown" || status=1
exit $status
