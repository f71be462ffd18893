#!/usr/bin/env bash
# CI check: does an npswatch WACZ export replay in the real ReplayWeb.page client?
#
#   scripts/replay.sh        (from the repository root; as root on Debian)
#
# Crawls the simulated marketplaces of ../shared/eval (set dev) into a fresh database, exports a
# signed package (npswatch keygen + export --since 2000-01-01), stops the world, then has
# scripts/replay/check.mjs open the package in ReplayWeb.page (replaywebpage@2.5.3's prebuilt
# ui.js and sw.js, i.e. wabac.js) embedded in a page served on 127.0.0.1, in headless Debian
# Chromium driven by playwright-core: every page of pages/pages.jsonl must replay 200, every
# recorded redirect must lead to its archived 200 page, product photos must show, wabac.js must
# find the signature valid, and no request may leave loopback. Screenshot: docs/replay.png.
#
# Environment: REPLAY_PORT_BASE (world's first port; default random), REPLAY_KEEP=DIR (keep the
# database, package and logs there), REPLAY_WACZ=FILE (check FILE, skip crawl and export),
# REPLAY_SCREENSHOT (default docs/replay.png), CHROMIUM (default /usr/bin/chromium).
# Registries used: Debian (chromium, unzip), npm (replaywebpage tarball, playwright-core), Go.
set -euo pipefail

RWP_VERSION=2.5.3
root=$(pwd)
[ -f go.mod ] && [ -d cmd/npswatch ] || { echo "replay.sh: run it from the npswatch repository root" >&2; exit 2; }
here=$root/scripts/replay
chromium_bin=${CHROMIUM:-/usr/bin/chromium}
shot=${REPLAY_SCREENSHOT:-$root/docs/replay.png}
step() { printf '==> %s\n' "$*"; }

# 1. Debian's Chromium (Playwright never downloads a browser here) and unzip
need=()
[ -x "$chromium_bin" ] || need+=(chromium)
command -v unzip >/dev/null || need+=(unzip)
if [ ${#need[@]} -gt 0 ]; then
  step "apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
[ -x "$chromium_bin" ] || { echo "replay.sh: no Chromium at $chromium_bin" >&2; exit 3; }

# 2. ReplayWeb.page: the tarball only (`npm install replaywebpage` would need warcio, which this
#    registry does not have; sw.js and ui.js ship prebuilt with everything bundled), and playwright-core
rwp=$here/vendor/replaywebpage-$RWP_VERSION
if [ ! -s "$rwp/sw.js" ] || [ ! -s "$rwp/ui.js" ]; then
  step "npm pack replaywebpage@$RWP_VERSION"
  tgz=$(cd "$here" && npm pack "replaywebpage@$RWP_VERSION" --silent | tail -n 1)
  rm -rf "$rwp"
  mkdir -p "$rwp"
  tar -xzf "$here/$tgz" -C "$rwp" --strip-components=1
  rm -f "$here/$tgz"
fi
if [ ! -f "$here/node_modules/playwright-core/package.json" ]; then
  step "npm ci (playwright-core; no browser download)"
  (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi

# 3. crawl the simulated world, export a signed package, stop the world
work=${REPLAY_KEEP:-$(mktemp -d "${TMPDIR:-/tmp}/npswatch-replay.XXXXXX")}
mkdir -p "$work"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  [ -n "${REPLAY_KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT
if [ -n "${REPLAY_WACZ:-}" ]; then
  wacz=$REPLAY_WACZ
else
  eval_dir=$root/../shared/eval
  [ -f "$eval_dir/serve.py" ] || { echo "replay.sh: $eval_dir/serve.py not found" >&2; exit 3; }
  step "go build ./cmd/npswatch"
  go build -o "$work/npswatch" ./cmd/npswatch
  port_base=${REPLAY_PORT_BASE:-$((21000 + (RANDOM % 400) * 20))}
  PYTHONPATH="$eval_dir${PYTHONPATH:+:$PYTHONPATH}" python3 "$eval_dir/serve.py" --set dev --port-base "$port_base" \
    --truth "$work/truth.json" --urls "$work/urls.txt" >"$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 100); do
    [ -s "$work/urls.txt" ] && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
  done
  [ -s "$work/urls.txt" ] || { echo "replay.sh: the simulated world did not start (port base $port_base):" >&2; tail -n 20 "$work/serve.log" >&2; exit 1; }
  mapfile -t urls <"$work/urls.txt"
  step "npswatch crawl: ${#urls[@]} simulated sites from port $port_base"
  db=$work/npswatch.db
  "$work/npswatch" crawl --db "$db" --depth 6 --rate 30 "${urls[@]}" >"$work/crawl.out" 2>"$work/crawl.err" || {
    echo "replay.sh: crawl failed (exit $?); last lines of its stderr:" >&2; tail -n 20 "$work/crawl.err" >&2; exit 1; }
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  server=""
  step "npswatch keygen + export (signed)"
  "$work/npswatch" keygen --out "$work/k.pem" >/dev/null
  "$work/npswatch" export --db "$db" --since 2000-01-01 --case "replay check" --sign-key "$work/k.pem" --out "$work/case.wacz"
  wacz=$work/case.wacz
fi

# 4-6. replay it
step "ReplayWeb.page $RWP_VERSION in $("$chromium_bin" --version 2>/dev/null | head -n 1) (headless)"
status=0
node "$here/check.mjs" --wacz "$wacz" --assets "$rwp" --chromium "$chromium_bin" --screenshot "$shot" || status=$?
[ -z "${REPLAY_KEEP:-}" ] || echo "work files kept in $work"
exit "$status"
