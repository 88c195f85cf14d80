#!/usr/bin/env bash
# `woonbeleid import EXPORT -o OUT.ron`, file to file, as whole processes, on every shape the
# importer must handle at speed (see the README's "Speed"): median wall time (hyperfine,
# page cache warm), MB/s of input, peak RSS (GNU time) and its ratio to the input.
#   bash bench/import.sh [SHAPE...]     SHAPE = CITIESxPERCITY-DESCLEN, or a file
#   BIN=/path/to/woonbeleid RUNS=10 SYNTH=target/synth bash bench/import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
default=(seed 10x10000-800 5x10000-800 300x300-800 150x300-800 14300x7-800 7150x7-800
  1000x1000-800 500x1000-800 300x300-0 300x300-4000 1000x1000-0)
shapes=("${@:-${default[@]}}")
runs=${RUNS:-10}
dir=${SYNTH:-target/synth}
bin=${BIN:-target/release/woonbeleid}

need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $1"; apt-get install -y -qq "$1" >/dev/null; }; }
need hyperfine
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null

[ -n "${BIN:-}" ] || cargo build --release --quiet --bin woonbeleid --example synth
mkdir -p "$dir"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '| %-15s | %8s | %8s | %8s | %10s | %6s |\n' shape MB seconds MB/s "peak RSS" "×input"
printf '| %-15s | %8s | %8s | %8s | %10s | %6s |\n' --- ---: ---: ---: ---: ---:
for shape in "${shapes[@]}"; do
  if [ "$shape" = seed ]; then
    file=assets/raw/centrumsteden-grouped.txt
  elif [ -f "$shape" ]; then
    file=$shape
  else
    file=$dir/synth-$shape.txt
    if [ ! -f "$file" ]; then
      IFS='x-' read -r cities per len <<<"$shape"
      target/release/examples/synth --cities "$cities" --items-per-city "$per" \
        --description-len "$len" --out "$dir" >/dev/null
    fi
  fi
  bytes=$(stat -c %s "$file")
  json=$out/h.json
  hyperfine -N --style none --warmup 1 --min-runs "$runs" --export-json "$json" \
    "$bin import $file -o $out/out.ron" >/dev/null 2>&1
  median=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$json")
  rss_kb=$(/usr/bin/time -f %M "$bin" import "$file" -o "$out/out.ron" 2>&1 >/dev/null | tail -1)
  python3 - "$shape" "$bytes" "$median" "$rss_kb" <<'PY'
import sys
shape, size, secs, rss = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]) * 1024
mb = size / 1e6
print(f"| {shape:<15} | {mb:8.1f} | {secs:8.3f} | {mb / secs:8.0f} | {rss / 1e6:7.0f} MB | {rss / size:6.2f} |")
PY
done
echo "(median of ≥ $runs runs; $(nproc) cores; command: $bin import EXPORT -o OUT.ron)"
