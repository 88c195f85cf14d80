#!/usr/bin/env bash
# Side by side: `woonbeleid filter` and `fzf --filter` on the same synthetic items, as whole
# processes, with hyperfine. Prints the median of each and the ratio.
#   bash bench/compare.sh [SIZES...]      (default: 1000 10000 100000 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000 100000 1000000}")
read -r -a sizes <<<"${sizes[*]}"
query=${QUERY:-woonr}

need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $1"; apt-get install -y -qq "$1" >/dev/null; }; }
need fzf
need hyperfine

cargo build --release --quiet --bin woonbeleid --example synth
bin=target/release/woonbeleid
printf '%-9s %12s %12s %8s\n' items woonbeleid fzf ratio
for n in "${sizes[@]}"; do
  stem=$(target/release/examples/synth --items "$n" --description-len 0 --out target/synth)
  json=$(mktemp)
  hyperfine --style none --warmup 2 --min-runs 10 --export-json "$json" \
    -n woonbeleid "$bin filter $query --data $stem.ron > /dev/null" \
    -n fzf "fzf --filter $query < $stem.tsv > /dev/null" >/dev/null 2>&1 || true
  python3 - "$json" "$n" <<'PY'
import json, sys
r = {x["command"]: x["median"] for x in json.load(open(sys.argv[1]))["results"]}
w, f = r["woonbeleid"], r["fzf"]
print(f"{sys.argv[2]:<9} {w*1000:10.1f}ms {f*1000:10.1f}ms {w/f:7.2f}x")
PY
  rm -f "$json"
done
echo "(median wall time of the whole process; ratio = woonbeleid / fzf; query '$query'; $(nproc) cores)"
