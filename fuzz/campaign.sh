#!/usr/bin/env bash
# Runs every fuzz target until it has had CPU_SECONDS of CPU time (default 1800: the 30
# CPU-minutes the hostile-input issue asks for), at the lowest priority so builds and tests on
# the same machine go first. CPU time, not wall time, is what is counted: a niced fuzzer on a
# busy machine gets less than its wall time. Appends one line per target to campaign.log:
#   <date> <target> <cpu seconds> <runs> <corpus entries> <crashes>
# Usage: fuzz/campaign.sh [target ...]      (all targets when none are named)
# New corpus entries go to $WORK/corpus/<target> (default /tmp/erkend-fuzz), crashes to
# fuzz/artifacts/<target>/: turn each into a file under fuzz/regressions/<target>/.
# Never pause a running fuzzer (SIGSTOP): libFuzzer's -timeout is wall time, and a pause leaves
# false timeout-*/slow-unit-* artifacts (it did on 2026-11-24; those inputs ran in 3-48 ms).
set -euo pipefail
cd "$(dirname "$0")"
unset RUSTC_WORKSPACE_WRAPPER CLIPPY_ARGS
budget="${CPU_SECONDS:-1800}"
chunk="${CHUNK_SECONDS:-300}"
work="${WORK:-/tmp/erkend-fuzz}"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(sed -n 's/^name = "\(.*\)"$/\1/p' Cargo.toml | grep -v '^erkend-fuzz$')
fi
RUSTC_BOOTSTRAP=1 nice -n 19 cargo fuzz build --release >/dev/null
for t in "${targets[@]}"; do
  mkdir -p "$work/corpus/$t" "artifacts/$t"
  spent=0; runs=0
  while [ "$spent" -lt "$budget" ]; do
    log="$work/$t.log"
    # %U+%S: the fuzzer's own CPU seconds in this chunk.
    /usr/bin/time -f "%U %S" -o "$work/$t.time" \
      env RUSTC_BOOTSTRAP=1 nice -n 19 cargo fuzz run --release "$t" "$work/corpus/$t" "corpus/$t" -- \
        -max_total_time="$chunk" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        >"$log" 2>&1 || { echo "$t: the fuzzer stopped (crash?), see $log"; tail -30 "$log"; break; }
    cpu=$(awk '{printf "%d", $1 + $2}' "$work/$t.time")
    spent=$((spent + cpu))
    runs=$((runs + $(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)))
    # So far, for a campaign stopped before the target's budget is spent.
    echo "$(date -u +%FT%TZ) $t cpu_s=$spent runs=$runs (in progress)" > "$work/$t.progress"
  done
  crashes=$(find "artifacts/$t" -type f | wc -l)
  entries=$(find "$work/corpus/$t" -type f | wc -l)
  echo "$(date -u +%FT%TZ) $t cpu_s=$spent runs=$runs corpus=$entries crashes=$crashes" | tee -a campaign.log
done
