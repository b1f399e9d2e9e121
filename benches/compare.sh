#!/usr/bin/env bash
# Side by side, in one run on this machine: Erkend's CLI against the reference verifiers
# (Digital Bazaar's @digitalbazaar/vc stack on Node for eddsa-rdfc-2022 and Ed25519Signature2020,
# `jose` for VC-JWT), each verifying the same N credentials made by the reference stack, as a
# whole process pinned to one core. Prints credentials/second, whole-process time, peak memory
# and the ratios. Usage: benches/compare.sh [N]   (default 1000)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000}"
at="2026-06-01T00:00:00Z"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)"; exit 2; }
command -v taskset >/dev/null || { echo "needs taskset (util-linux)"; exit 2; }
cd "$root"
cargo build --release --bin erkend --quiet
erkend="$root/target/release/erkend"
(cd tests/reference && { [ -d node_modules ] || npm ci --no-fund --no-audit --loglevel=error; })
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
