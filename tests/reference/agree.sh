#!/usr/bin/env bash
# Agreement with an independent implementation: Digital Bazaar's VC stack (and `jose` for
# VC-JWT) makes fresh credentials with fresh keys plus tampered copies; Erkend and the reference
# verify every one of them; every verdict must match. Exit 1 on any disagreement.
#   tests/reference/agree.sh [path/to/erkend]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
erkend="${1:-$here/../../target/debug/erkend}"
at="2026-06-01T00:00:00Z"
cd "$here"
# Installed when missing or older than the lockfile (npm ci writes node_modules/.package-lock.json).
[ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-fund --no-audit --loglevel=error
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for suite in eddsa-rdfc-2022 Ed25519Signature2020 jwt; do
  node gen.mjs --suite "$suite" --count 12 --tampered 4 --out "$work/$suite" 2>/dev/null
  files=("$work/$suite"/ob3-*)
  node verify.mjs --at "$at" "${files[@]}" > "$work/$suite.reference.jsonl" 2>/dev/null
  "$erkend" --json verify --at "$at" "${files[@]}" > "$work/$suite.erkend.jsonl" || true
  node compare.mjs "$suite" "$work/$suite.reference.jsonl" "$work/$suite.erkend.jsonl" || status=1
done
exit $status
