#!/usr/bin/env bash
# Times a full build against a rebuild after editing one file (release build), at several
# corpus scales, and prints a table: median full build, median rebuild, rebuild / full, and
# the rebuild's stage times. The machine's load average is printed with the figures, since
# other work on the machine moves them.
#
# Usage: bash bench/incremental.sh [SCALES...]   (default: 10 100); RUNS=3 sets runs per scale,
# DISTILL=path times that binary instead of building the release one.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/setup.sh
need_apt pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev bc python3
need_swift

scales=("$@")
[ $# -eq 0 ] && scales=(10 100)
runs=${RUNS:-3}
work=${BENCH_DIR:-.bench}
mkdir -p "$work"
distill=${DISTILL:-}
if [ -z "$distill" ]; then
    build_release >/dev/null
    distill=.build/release/distill
fi

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { local start=$1; echo "$(date +%s.%N) - $start" | bc; }

echo "load: $(uptime | sed 's/.*load average/load average/')"
printf '%-6s %6s %9s %10s %7s  %s\n' scale files full_s rebuild_s ratio rebuild_stages
for scale in "${scales[@]}"; do
    corpus="$work/incr-corpus-$scale"
    out="$work/incr-out-$scale"
    python3 bench/make_corpus.py Input "$corpus" "$scale"
    files=$(find "$corpus" -type f ! -name distill.yml | wc -l)
    # The file edited before each rebuild: one from the middle of the corpus.
    edited=$(find "$corpus" -type f ! -name distill.yml | sort | awk -v n="$files" 'NR == int(n / 2) + 1')
    fulls=(); rebuilds=(); stages=""
    for run in $(seq "$runs"); do
        rm -rf "$out"
        start=$(date +%s.%N)
        "$distill" build --clean --input "$corpus" --output "$out" --templates Templates >/dev/null 2>&1 || true
        fulls+=("$(seconds "$start")")

        printf '\n- An added fact for rebuild %s has %s parts.\n' "$run" "$((run * 7))" >>"$edited"
        start=$(date +%s.%N)
        "$distill" build --input "$corpus" --output "$out" --templates Templates >"$work/incr-log.txt" 2>/dev/null || true
        rebuilds+=("$(seconds "$start")")
        grep -q 'cache: [0-9]* files reused, 1 extracted' "$work/incr-log.txt" \
            || { echo "rebuild at scale $scale did not reuse the cache:" >&2; grep '^cache:' "$work/incr-log.txt" >&2; }
        stages=$(grep -E '^\[[0-9]/[0-9]\]' "$work/incr-log.txt" | sed -E 's/^\[[0-9]\/[0-9]\] ([a-z]+) .*\(([0-9.]+ m?s)\)$/\1=\2/' | tr '\n' ' ')
    done
    full=$(printf '%s\n' "${fulls[@]}" | median)
    rebuild=$(printf '%s\n' "${rebuilds[@]}" | median)
    printf '%-6s %6s %9.2f %10.2f %6.0f%%  %s\n' "$scale" "$files" "$full" "$rebuild" "$(echo "100 * $rebuild / $full" | bc -l)" "$stages"
done
echo "load: $(uptime | sed 's/.*load average/load average/')"
