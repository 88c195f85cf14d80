#!/usr/bin/env bash
# Side by side, as whole processes with hyperfine, on the same synthetic items:
#  1. `woonbeleid filter QUERY --data X.ron` and `fzf --filter QUERY < X.tsv` (CITY<TAB>TITLE),
#     on datasets without texts and with 800-byte texts (which woonbeleid must load, fzf
#     never sees: that is the honest comparison for a real dataset);
#  2. `woonbeleid search TEXT --data X.ron` and `rg -i TEXT X.txt` on the raw export.
# Both on three text shapes (SHAPES picks some): `prose`, 800-byte paragraphs of long
# sentences; `dense`, texts of 0-6 short lines (5-25 words) from 40 words, so a common
# word is in most lines; `sparse`, the same lines from 20,000 words, so any word is rare.
# woonbeleid runs twice: reading its snapshot (made by a warm-up run, in a cache folder of
# this script's own) and with --no-cache (parsing the RON, as before there were snapshots).
# Output goes to a file, not /dev/null: ripgrep stops at the first match when it sees
# /dev/null, which is not the work a user waits for.
# Prints the medians, the ratios, the peak memory and the lines each printed (a run that
# fails or finds nothing stops the script).
#   bash bench/compare.sh [ITEMS...]      (default: 1000 10000 100000)
#   SHAPES='dense sparse' RUNS=5 bash bench/compare.sh 100000 1000000
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000 100000}")
read -r -a sizes <<<"${sizes[*]}"
query=${QUERY:-woonr}
text=${TEXT:-woonraad}
runs=${RUNS:-10}
read -r -a shapes <<<"${SHAPES:-prose dense sparse}"

# synth_args SHAPE: the generator's options for a text shape.
synth_args() {
  case $1 in
    prose) echo "--description-len 800" ;;
    dense) echo "--items-per-city 7 --lines 0-6 --words 5-25 --vocabulary 40" ;;
    sparse) echo "--items-per-city 7 --lines 0-6 --words 5-25 --vocabulary 20000" ;;
    *) echo "bench/compare.sh: unknown shape '$1' (prose, dense, sparse)" >&2; exit 2 ;;
  esac
}

need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $2"; apt-get install -y -qq "$2" >/dev/null; }; }
need fzf fzf
need hyperfine hyperfine
need rg ripgrep
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null

cargo build --release --quiet --bin woonbeleid --example synth
bin=target/release/woonbeleid
json=$(mktemp)
out=$(mktemp)
cache=$(mktemp -d)
export WOONBELEID_CACHE=$cache
trap 'rm -rf "$json" "$out" "$cache"' EXIT

# median_ms NAME: the median of one command of the last hyperfine run, in ms.
median_ms() {
  python3 -c 'import json,sys; r={x["command"]: x["median"] for x in json.load(open(sys.argv[1]))["results"]}; print(f"{r[sys.argv[2]]*1000:.1f}")' "$json" "$1"
}
peak_mb() { /usr/bin/time -f %M sh -c "$1" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1/1024}'; }

# answers CMD: runs it once; it must succeed and print something (a figure for a
# command that failed or found nothing would be no figure), and says how many lines.
answers() {
  local lines
  if ! sh -c "$1 > $out"; then
    echo "bench/compare.sh: '$1' failed" >&2
    exit 1
  fi
  lines=$(wc -l <"$out")
  if [ "$lines" -eq 0 ]; then
    echo "bench/compare.sh: '$1' printed nothing" >&2
    exit 1
  fi
  echo "$lines"
}

compare() { # TITLE NAME_A CMD_A NAME_B CMD_B
  local la lb
  la=$(answers "$3")
  lb=$(answers "$5")
  # Through a shell (fzf reads a file on stdin); hyperfine subtracts the shell's own time.
  hyperfine --style none --warmup 2 --min-runs "$runs" --export-json "$json" \
    -n "$2" "$3 > $out" -n "$4" "$5 > $out" >/dev/null 2>&1
  local a b
  a=$(median_ms "$2")
  b=$(median_ms "$4")
  printf '| %-22s | %10s ms | %10s ms | %6.2fx | %7s MB | %7s MB | %9s | %9s |\n' "$1" "$a" "$b" \
    "$(python3 -c "print($a/$b)")" "$(peak_mb "$3 > $out")" "$(peak_mb "$5 > $out")" "$la" "$lb"
}

header() {
  printf '| %-22s | %13s | %13s | %7s | %10s | %10s | %9s | %9s |\n' items "$1" "$2" ratio "$1 RSS" "$2 RSS" "$1 lines" "$2 lines"
  printf '| %-22s | %13s | %13s | %7s | %10s | %10s | %9s | %9s |\n' --- ---: ---: ---: ---: ---: ---: ---:
}

echo "woonbeleid filter '$query' vs fzf --filter '$query' (titles; woonbeleid reads the dataset file)"
header woonbeleid fzf
for n in "${sizes[@]}"; do
  stem=$(target/release/examples/synth --items "$n" --description-len 0 --out target/synth)
  compare "$n, no text, snapshot" woonbeleid "$bin filter $query --data $stem.ron" \
    fzf "fzf --filter $query < $stem.tsv"
  for shape in "${shapes[@]}"; do
    # shellcheck disable=SC2046
    stem=$(target/release/examples/synth --items "$n" $(synth_args "$shape") --out target/synth)
    compare "$n, $shape, snapshot" woonbeleid "$bin filter $query --data $stem.ron" \
      fzf "fzf --filter $query < $stem.tsv"
    compare "$n, $shape, --no-cache" woonbeleid "$bin --no-cache filter $query --data $stem.ron" \
      fzf "fzf --filter $query < $stem.tsv"
  done
done
echo
echo "woonbeleid search '$text' vs rg -i '$text' on the raw export of the same items"
header woonbeleid rg
for n in "${sizes[@]}"; do
  for shape in "${shapes[@]}"; do
    # shellcheck disable=SC2046
    stem=$(target/release/examples/synth --items "$n" $(synth_args "$shape") --out target/synth)
    compare "$n, $shape, snapshot" woonbeleid "$bin search $text --data $stem.ron" \
      rg "rg -i $text $stem.txt"
    compare "$n, $shape, --no-cache" woonbeleid "$bin --no-cache search $text --data $stem.ron" \
      rg "rg -i $text $stem.txt"
  done
done
echo "(median wall time of the whole process, ≥ $runs runs; ratio = woonbeleid / other; $(nproc) cores)"
