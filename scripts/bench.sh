#!/usr/bin/env bash
# Crawl benchmark (issue 14): npswatch's full crawl against a bare Colly crawler
# on one generated site, interleaved. See bench/README.md; flags go through, e.g.
#   scripts/bench.sh --short
#   scripts/bench.sh --pages 1000 --runs 3
set -euo pipefail
cd "$(dirname "$0")/.."
exec go run ./bench/crawlbench "$@"
