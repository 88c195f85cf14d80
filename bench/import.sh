#!/usr/bin/env bash
# `woonbeleid import EXPORT -o OUT.ron`, file to file, as whole processes, on every shape the
# importer must handle at speed (see the README's "Speed"): median wall time (hyperfine,
# page cache warm), MB/s of input, peak RSS (GNU time) and its ratio to the input.
#   bash bench/import.sh [SHAPE...]     SHAPE = CITIESxPERCITY-TEXT[.csv|.json], or a file
#   TEXT = DESCLEN (800-byte prose paragraphs for 800), or `dense` / `sparse`: 0-6 short lines
#   of 5-25 words from 40 words (a common word in most lines) or from 20,000 (any word rare)
#   (.csv, .json: SharePoint's "Export to CSV" and REST JSON of the shape, not the web list's)
#   BIN=/path/to/woonbeleid RUNS=10 SYNTH=target/synth bash bench/import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
default=(seed 10x10000-800 5x10000-800 300x300-800 150x300-800 14300x7-800 7150x7-800
  1000x1000-800 500x1000-800 300x300-0 300x300-4000 1000x1000-0
  14300x7-dense 14300x7-sparse 100x1000-dense 10x10000-sparse 1000x1000-dense)
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
export WOONBELEID_CACHE=$out/cache
# What any run of the program holds before it reads a byte (the binary's pages, libc):
# the peak above it is what the import itself takes, which is what matters for a small
# export.
floor=$(/usr/bin/time -f %M "$bin" --version 2>&1 >/dev/null | tail -1)
printf '| %-15s | %7s | %18s | %18s | %23s | %23s |\n' shape MB "RON only: s, MB/s" "+ snapshot: s, MB/s" "RON only: peak" "+ snapshot: peak"
printf '| %-15s | %7s | %18s | %18s | %23s | %23s |\n' --- ---: ---: ---: ---: ---:
for shape in "${shapes[@]}"; do
  if [ "$shape" = seed ]; then
    file=assets/raw/centrumsteden-grouped.txt
  elif [ -f "$shape" ]; then
    file=$shape
  else
    # SHAPE.csv or SHAPE.json: SharePoint's own exports of the shape, not the web list's.
    case $shape in
      *.csv | *.json) ext=${shape##*.} grid=${shape%.*} ;;
      *) ext=txt grid=$shape ;;
    esac
    IFS='x-' read -r cities per len <<<"$grid"
    case $len in
      dense) text=(--lines 0-6 --words 5-25 --vocabulary 40) name=${cities}x${per}-L0-6w5-25v40 ;;
      sparse) text=(--lines 0-6 --words 5-25 --vocabulary 20000) name=${cities}x${per}-L0-6w5-25v20000 ;;
      *) text=(--description-len "$len") name=$grid ;;
    esac
    file=$dir/synth-$name.$ext
    if [ ! -f "$file" ]; then
      # The SharePoint exports only when asked for: at 1M rows they take gigabytes to make.
      sharepoint=()
      [ "$ext" = txt ] || sharepoint=(--sharepoint)
      target/release/examples/synth --cities "$cities" --items-per-city "$per" \
        "${text[@]}" --out "$dir" "${sharepoint[@]}" >/dev/null
    fi
  fi
  bytes=$(stat -c %s "$file")
  json=$out/h.json
  # RON only (--no-cache), as the importer alone; and as `import -o` runs by default,
  # keeping the snapshot of OUT in the cache folder.
  # To a new file each time: replacing a dataset also reads the old one to say what
  # changed (up to 32 MiB), which is not the import's own cost.
  hyperfine -N --style none --warmup 1 --min-runs "$runs" --export-json "$json" \
    --prepare "rm -f $out/out.ron" \
    "$bin --no-cache import $file -o $out/out.ron" "$bin import $file -o $out/out.ron" >/dev/null 2>&1
  rss() {
    rm -f "$out/out.ron"
    /usr/bin/time -f %M "$bin" "$@" import "$file" -o "$out/out.ron" 2>&1 >/dev/null | tail -1
  }
  python3 - "$shape" "$bytes" "$json" "$(rss --no-cache)" "$(rss)" "$floor" <<'PY'
import json, sys
shape, size, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
plain, snap = (float(r["median"]) for r in json.load(open(path))["results"])
rss = [int(v) * 1024 for v in sys.argv[4:6]]
floor = int(sys.argv[6]) * 1024
mb = size / 1e6
cell = lambda s: f"{s:.3f} s, {mb / s:.0f}"
peak = lambda r: f"{r / 1e6:.0f} MB, {r / size:.2f}× ({(r - floor) / size:.2f}×)"
print(f"| {shape:<15} | {mb:7.1f} | {cell(plain):>18} | {cell(snap):>18} | {peak(rss[0]):>23} | {peak(rss[1]):>23} |")
PY
done
echo "(median of ≥ $runs runs; $(nproc) cores; commands: $bin [--no-cache] import EXPORT -o OUT.ron; peak = max RSS, its ratio to the input and (in brackets) the ratio of what it adds to the $((floor / 1024)) MB of \`woonbeleid --version\`)"
