#!/usr/bin/env bash
# Side by side, in one run on this machine: Erkend's CLI against the reference verifiers
# (Digital Bazaar's @digitalbazaar/vc stack on Node for eddsa-rdfc-2022 and Ed25519Signature2020,
# `jose` for VC-JWT), each verifying the same N credentials made by the reference stack, as a
# whole process pinned to one core. Prints credentials/second, whole-process time, peak memory
# and the ratios. Then: one file as a whole process (hyperfine when installed), Erkend on both
# cores, and openbadgeslib (PyPI, in a venv under target/) as a second peer on N credentials
# made by Erkend's generator (openbadgeslib needs a credentialSubject id, which the reference
# stack's credentials lack). Usage: benches/compare.sh [N]   (default 1000)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000}"
at="2026-06-01T00:00:00Z"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)"; exit 2; }
command -v taskset >/dev/null || { echo "needs taskset (util-linux)"; exit 2; }
cd "$root"
cargo build --release --bin erkend --quiet
erkend="$root/target/release/erkend"
(cd tests/reference && { [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-fund --no-audit --loglevel=error; })
data="$root/target/bench-data"
mkdir -p "$data"

# Runs a command pinned to core 0; prints "seconds peak-KiB". A verifier that rejects some of
# the input exits non-zero and is measured all the same.
measure() {
  local report
  report="$(mktemp)"
  /usr/bin/time -o "$report" -f "%e %M" taskset -c 0 "$@" >/dev/null 2>&1 || true
  tail -1 "$report"
  rm -f "$report"
}

printf '%-22s %-10s %10s %10s %12s\n' suite verifier seconds "cred/s" "peak MiB"
for suite in eddsa-rdfc-2022 Ed25519Signature2020 jwt; do
  dir="$data/$suite-$n"
  if [ ! -f "$dir/manifest.json" ]; then
    node tests/reference/gen.mjs --suite "$suite" --count "$n" --out "$dir" 2>/dev/null
  fi
  files=("$dir"/ob3-*)
  read -r es ekb < <(measure "$erkend" --json verify --at "$at" "${files[@]}")
  read -r rs rkb < <(measure node tests/reference/verify.mjs --at "$at" "${files[@]}")
  awk -v s="$suite" -v n="$n" -v es="$es" -v ekb="$ekb" -v rs="$rs" -v rkb="$rkb" 'BEGIN {
    printf "%-22s %-10s %10.3f %10.0f %12.1f\n", s, "erkend", es, n/es, ekb/1024;
    printf "%-22s %-10s %10.3f %10.0f %12.1f\n", s, "reference", rs, n/rs, rkb/1024;
    printf "%-22s %-10s %9.1fx faster, %.1fx less memory\n", s, "ratio", rs/es, rkb/ekb }'
done

# One file, whole process: start-up dominates.
one="$data/eddsa-rdfc-2022-$n/ob3-0001.json"
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 3 --runs 30 --export-json "$data/one-file.json" \
    "taskset -c 0 $erkend --json verify --at $at $one" \
    "taskset -c 0 node tests/reference/verify.mjs --at $at $one" >/dev/null 2>&1 || true
  node -e '
    const r = require(process.argv[1]).results;
    const ms = x => (x.median * 1000).toFixed(1);
    console.log(`one file              erkend     ${ms(r[0])} ms (median of 30)`);
    console.log(`one file              reference  ${ms(r[1])} ms`);
    console.log(`one file              ratio      ${(r[1].median / r[0].median).toFixed(1)}x faster`);
  ' "$data/one-file.json"
else
  read -r es _ < <(measure "$erkend" --json verify --at "$at" "$one")
  read -r rs _ < <(measure node tests/reference/verify.mjs --at "$at" "$one")
  echo "one file              erkend $es s, reference $rs s (GNU time, 10 ms resolution)"
fi

# Both cores (not pinned): Erkend's bulk path uses two threads with Ed25519 batches.
files=("$data/eddsa-rdfc-2022-$n"/ob3-*)
report="$(mktemp)"
/usr/bin/time -o "$report" -f "%e %M" "$erkend" --json verify --at "$at" "${files[@]}" >/dev/null 2>&1 || true
read -r es ekb < <(tail -1 "$report")
rm -f "$report"
awk -v n="$n" -v es="$es" -v ekb="$ekb" 'BEGIN {
  printf "%-22s %-10s %10.3f %10.0f %12.1f\n", "eddsa-rdfc-2022", "erkend 2c", es, n/es, ekb/1024 }'

# Second peer: openbadgeslib (Python), installed from PyPI into a venv under target/.
venv="$data/obvenv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" >/dev/null 2>&1 &&
    "$venv/bin/pip" install --quiet 'openbadgeslib[ldp]==4.6.3' >/dev/null 2>&1 ||
    { echo "openbadgeslib: could not install from PyPI; skipped"; exit 0; }
fi
for kind in rdfc jwt; do
  dir="$data/gen-$kind-$n"
  if [ ! -d "$dir" ] || [ "$(ls "$dir" | wc -l)" -ne "$n" ]; then
    cargo bench --quiet --bench wallet -- --generate "$dir" "$n" "$kind" 2>/dev/null
  fi
  files=("$dir"/c*)
  read -r es ekb < <(measure "$erkend" --json verify --at "$at" "${files[@]}")
  read -r ps pkb < <(measure "$venv/bin/python" benches/peers/openbadgeslib_verify.py "${files[@]}")
  awk -v s="gen $kind" -v n="$n" -v es="$es" -v ekb="$ekb" -v rs="$ps" -v rkb="$pkb" 'BEGIN {
    printf "%-22s %-10s %10.3f %10.0f %12.1f\n", s, "erkend", es, n/es, ekb/1024;
    printf "%-22s %-10s %10.3f %10.0f %12.1f\n", s, "obadgeslib", rs, n/rs, rkb/1024;
    printf "%-22s %-10s %9.1fx faster, %.1fx less memory\n", s, "ratio", rs/es, rkb/ekb }'
done
