#!/usr/bin/env python3
"""Requests per distinct page, per site, from a marketsim request log.

  crawlcost.py --truth truth.json --requests requests.jsonl [--max 2.0]

A distinct page is a path plus the query parameters that are not the site's
junk parameters (as the scorer normalises them). Every request counts:
robots.txt, redirects, 429s, retries, trap pages. Exit status 1 when a site
needs more than --max requests per distinct page (issue 9: at most 2).
"""
import argparse
import json
import sys
from collections import defaultdict
from urllib.parse import parse_qsl, urlencode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--truth", required=True)
    ap.add_argument("--requests", required=True)
    ap.add_argument("--max", type=float, default=0)
    a = ap.parse_args()
    truth = json.load(open(a.truth))
    reqs = defaultdict(list)
    with open(a.requests) as f:
        for line in f:
            line = line.strip()
            if line:
                r = json.loads(line)
                reqs[r["site"]].append(r)
    worst, bad = 0.0, []
    for site, s in truth["sites"].items():
        junk = set(s["junk_params"])
        distinct = set()
        for r in reqs.get(site, []):
            q = [(k, v) for k, v in parse_qsl(r["query"], keep_blank_values=True) if k not in junk]
            distinct.add(r["path"] + ("?" + urlencode(sorted(q)) if q else ""))
        n = len(reqs.get(site, []))
        ratio = n / len(distinct) if distinct else 0.0
        worst = max(worst, ratio)
        print("cost      %-16s requests %4d distinct %4d per-page %.2f" % (site, n, len(distinct), ratio))
        if a.max and ratio > a.max:
            bad.append("%s %.2f" % (site, ratio))
    print("cost      worst %.2f requests per distinct page%s" % (worst, ("; over %.1f: " % a.max + ", ".join(bad)) if bad else ""))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
