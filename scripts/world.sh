#!/usr/bin/env bash
# Crawl and score one simulated world (a marketsim <name>_sites.py module) and
# print its crawl cost (requests per distinct page).
#
#   scripts/world.sh DIR [--port-base N] [--keep OUT]
#
# DIR holds <name>_sites.py, where name is DIR's base name (testdata/worlds/w1
# holds w1_sites.py). Run it from the project root; ../shared/eval must exist.
set -euo pipefail
dir=$(cd "$1" && pwd); shift
name=$(basename "$dir")
port=18500
keep=$(mktemp -d)
while [ $# -gt 0 ]; do
  case "$1" in
    --port-base) port=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    *) echo "world.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
if [ -d "$keep" ] && [ -n "$(ls -A "$keep")" ]; then
  # the server appends to requests.jsonl: an old run would double the crawl cost
  echo "world.sh: --keep $keep is not empty; give a new directory" >&2; exit 2
fi
status=0
PYTHONPATH="$dir" ../shared/eval/run.sh --set "$name" --port-base "$port" --keep "$keep" || status=$?
python3 "$(dirname "$0")/crawlcost.py" --truth "$keep/truth.json" --requests "$keep/requests.jsonl" --max 2 || status=$?
exit $status
