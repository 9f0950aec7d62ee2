#!/usr/bin/env bash
# Benchmarks `distill build` (release) on the seed notes at several scales against the
# cmark-gfm command converting the same files (the floor), and prints a table: median wall
# time, median processor time, peak memory, facts per second, the time of each stage, and
# Distill / floor.
#
# Usage: bash bench/run.sh [SCALES...]   (default: 1 10 100); RUNS=N sets runs per scale
# (default 9 at 1x, 3 above);
# DISTILL=path benchmarks a given binary.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/setup.sh
need_apt pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev cmark-gfm time bc python3
need_swift

scales=("${@:-1 10 100}")
[ $# -eq 0 ] && scales=(1 10 100)
# Runs per scale: RUNS, or 9 at 1x (a build of under a second, whose median needs more runs
# to hold still) and 3 above.
runs_at() { if [ -n "${RUNS:-}" ]; then echo "$RUNS"; elif [ "$1" -le 1 ]; then echo 9; else echo 3; fi; }
work=${BENCH_DIR:-.bench}
mkdir -p "$work"
# DISTILL=path/to/distill benchmarks that binary instead (say, an older build to compare with).
distill=${DISTILL:-.build/release/distill}
[ -n "${DISTILL:-}" ] || build_release >/dev/null

outs=()
cleanup() { [ ${#outs[@]} -eq 0 ] || rm -rf "${outs[@]}"; }
trap cleanup EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf '%-6s %8s %10s %8s %9s %11s %10s %8s  %s\n' scale files wall_s cpu_s peak_MiB facts_per_s floor_s ratio stages
for scale in "${scales[@]}"; do
    corpus="$work/corpus-$scale"
    python3 bench/make_corpus.py Input "$corpus" "$scale"
    files=$(find "$corpus" -type f ! -name distill.yml | wc -l)
    walls=(); cpus=(); peaks=(); floors=(); stages=""
    runs=$(runs_at "$scale")
    for run in $(seq "$runs"); do
        # Each run builds into a folder of its own, and the folders are removed when the
        # script ends: ext4 makes files slowly for a while after many were deleted, so an
        # `rm -rf` just before a run would charge the benchmark's own clean-up to the build.
        out="$work/out-$scale-run$run"
        rm -rf "$out"
        outs+=("$out")
        # Wall time is read from the clock around the run, to the millisecond: `time`'s `%e`
        # counts whole hundredths, cut down, which at 1x is a step of 4% of the build.
        start=$(date +%s.%N)
        /usr/bin/time -f '%M %U %S' -o "$work/time.txt" "$distill" build --input "$corpus" --output "$out" \
            --templates Templates >"$work/log.txt" 2>/dev/null || true
        wall=$(echo "$(date +%s.%N) - $start" | bc)
        read -r peak user system < <(tail -n 1 "$work/time.txt")
        walls+=("$wall"); peaks+=("$peak"); cpus+=("$(echo "$user + $system" | bc)")
        stages=$(grep -E '^\[[0-9]/[0-9]\]' "$work/log.txt" | sed -E 's/^\[[0-9]\/[0-9]\] ([a-z]+) .*\(([0-9.]+ m?s)\)$/\1=\2/' | tr '\n' ' ')
        # The floor is timed right after each build, so that both meet the machine in the
        # same mood: its speed moves by a fifth from minute to minute.
        start=$(date +%s.%N)
        for f in "$corpus"/*; do [ "$(basename "$f")" = distill.yml ] || cmark-gfm -e table -e strikethrough -e autolink -e tagfilter -e tasklist "$f" >/dev/null; done
        floors+=("$(echo "$(date +%s.%N) - $start" | bc)")
    done
    wall=$(printf '%s\n' "${walls[@]}" | median)
    # Processor time (user and system, all cores) moves less than wall time when other work
    # shares the machine, so it is the fairer figure for comparing two builds.
    cpu=$(printf '%s\n' "${cpus[@]}" | median)
    peak=$(printf '%s\n' "${peaks[@]}" | sort -n | tail -1)
    facts=$(python3 -c "import json,sys; print(len(json.load(open('$out/facts.json'))['facts']))" 2>/dev/null || echo 0)
    floor=$(printf '%s\n' "${floors[@]}" | median)
    printf '%-6s %8s %10.3f %8.2f %9.0f %11.0f %10.3f %8.1f  %s\n' "$scale" "$files" "$wall" "$cpu" "$((peak / 1024))" \
        "$(echo "$facts / $wall" | bc -l)" "$floor" "$(echo "$wall / $floor" | bc -l)" "$stages"
done
