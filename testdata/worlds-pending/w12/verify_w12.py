#!/usr/bin/env python3
"""Check a served world against its truth file (serves nothing itself).

  verify_w12.py --truth /tmp/w12-truth.json [--watchlist /work/shared/reference/watchlist.tsv] [--depth 6]

Checks: every truth CAS passes the check digit and appears on its page (dashed, undashed or spaced);
every hit key is a watchlist CAS or a class key; claim kinds are valid; every truth page is reachable
by a polite BFS from / that obeys robots.txt; no reachable 200 HTML URL outside the truth that
normalises (junk params dropped, redirects followed) to a path that is not in the truth, except the
crawl trap; every redirect answers 301.
"""
import argparse
import gzip
import http.client
import json
import re
import sys
import time
from collections import deque
from urllib.parse import urlsplit, urljoin, parse_qsl, urlencode, urldefrag, quote

CLAIMS = {"reship", "customs", "stealth", "mislabel", "forwarding"}


def valid_cas(c):
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", c or "")
    if not m:
        return False
    d = m.group(1) + m.group(2)
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(m.group(3))


def fetch(origin, path, tries=6):
    u = urlsplit(origin)
    for _ in range(tries):
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
        conn.request("GET", path, headers={"User-Agent": "w12-verify/1.0", "Accept-Encoding": "gzip"})
        resp = conn.getresponse()
        body = resp.read()
        st = resp.status
        hdr = {k.lower(): v for k, v in resp.getheaders()}
        conn.close()
        if st == 429:
            time.sleep(float(hdr.get("retry-after", "2")))
            continue
        if st == 503:
            time.sleep(0.3)
            continue
        if hdr.get("content-encoding") == "gzip":
            body = gzip.decompress(body)
        return st, hdr, body
    return st, hdr, body


def decode(hdr, body):
    cs = None
    m = re.search(r"charset=([\w-]+)", hdr.get("content-type", ""), re.I)
    if m:
        cs = m.group(1)
    else:
        m = re.search(rb"charset=['\"]?([\w-]+)", body[:2000], re.I)
        if m:
            cs = m.group(1).decode()
    try:
        return body.decode(cs or "utf-8")
    except (LookupError, UnicodeDecodeError):
        return body.decode("utf-8", "replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--truth", required=True)
    ap.add_argument("--watchlist", default="/work/shared/reference/watchlist.tsv")
    ap.add_argument("--depth", type=int, default=6)
    a = ap.parse_args()
    truth = json.load(open(a.truth))
    wl = set()
    for line in open(a.watchlist, encoding="utf-8").read().splitlines()[1:]:
        f = line.split("\t")
        if len(f) > 2 and f[2]:
            wl.add(f[2])
    errors = []
    for name, c in truth["classes"].items():
        if name.startswith("class:") and c not in ("fentanyl", "nitazene"):
            errors.append("bad class %s" % name)
    summary = {}
    for sname, s in truth["sites"].items():
        origin, pages = s["origin"], s["pages"]
        junk, redirects, disallow, trap = set(s["junk_params"]), s["redirects"], s["disallow"], s["trap_prefix"]

        def norm(path_q):
            u = urlsplit(path_q)
            q = [(k, v) for k, v in parse_qsl(u.query, keep_blank_values=True) if k not in junk]
            p = (u.path or "/") + ("?" + urlencode(sorted(q)) if q else "")
            return redirects.get(p, p)

        # robots.txt as served must match the declared disallow list
        st, hdr, body = fetch(origin, "/robots.txt")
        served = [l.split(":", 1)[1].strip() for l in body.decode().splitlines() if l.lower().startswith("disallow:")]
        served = [x for x in served if x]
        if sorted(served) != sorted(disallow):
            errors.append("%s robots.txt %s != declared %s" % (sname, served, disallow))
        for path, pg in pages.items():
            for k in pg["hits"]:
                if not (k in ("class:fentanyl", "class:nitazene") or (valid_cas(k) and k in wl)):
                    errors.append("%s%s bad hit key %s" % (sname, path, k))
            for k in pg["claims"]:
                if k not in CLAIMS:
                    errors.append("%s%s bad claim kind %s" % (sname, path, k))
            for c in pg["cas"]:
                if not valid_cas(c):
                    errors.append("%s%s invalid CAS %s" % (sname, path, c))
            if pg["hits"] and not pg["listing"]:
                errors.append("%s%s has hits but is not a listing" % (sname, path))
        # polite BFS
        seen, depth_of = set(), {}
        q = deque([("/", 0)])
        seen.add("/")
        reached, bad_alias, requests = set(), [], 0
        bodies = {}
        while q:
            path, d = q.popleft()
            if any(path.startswith(x) for x in disallow):
                continue
            if trap and path.startswith(trap):
                continue  # a polite crawler may enter the trap, but gains nothing there
            st, hdr, body = fetch(origin, path)
            requests += 1
            if st == 301:
                loc = hdr.get("location", "")
                tgt = urldefrag(urljoin(origin + path, loc))[0]
                tu = urlsplit(tgt)
                tp = tu.path + ("?" + tu.query if tu.query else "")
                if tp not in seen:
                    seen.add(tp)
                    q.append((tp, d))
                continue
            if st != 200 or not hdr.get("content-type", "").startswith("text/html"):
                continue
            n = norm(path)
            if n in pages:
                reached.add(n)
                bodies.setdefault(n, decode(hdr, body))
            else:
                bad_alias.append(path)
            if d >= a.depth:
                continue
            html = decode(hdr, body)
            for href in re.findall(r"""href\s*=\s*['"]([^'"#]*)""", html):
                if not href or href.startswith(("mailto:", "javascript:")):
                    continue
                full = urldefrag(urljoin(origin + path, href.replace("&amp;", "&")))[0]
                u = urlsplit(full)
                if "%s://%s" % (u.scheme, u.netloc) != origin:
                    continue
                pq = (u.path or "/") + ("?" + u.query if u.query else "")
                pq = quote(pq, safe="/?&=%:;,+@!$'()*[]~-._")
                if pq not in seen:
                    seen.add(pq)
                    q.append((pq, d + 1))
        unreached = sorted(set(pages) - reached)
        for p in unreached:
            errors.append("%s%s not reachable by polite BFS" % (sname, p))
        for p in bad_alias:
            errors.append("%s%s reachable 200 HTML outside truth (normalises to %s)" % (sname, p, norm(p)))
        # CAS visible on its page
        for path, pg in pages.items():
            text = bodies.get(path, "")
            for c in pg["cas"]:
                a_, b_, c_ = c.split("-")
                if not re.search(r"(?<!\d)%s[- ]?%s[- ]?%s(?!\d)" % (a_, b_, c_), text):
                    errors.append("%s%s CAS %s not visible" % (sname, path, c))
        # redirects
        for src, tgt in redirects.items():
            u = urlsplit(origin)
            conn = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
            for _ in range(5):
                conn.request("GET", src, headers={"User-Agent": "w12-verify/1.0"})
                resp = conn.getresponse()
                resp.read()
                if resp.status == 429:
                    time.sleep(2)
                    continue
                break
            if resp.status != 301 or resp.getheader("Location") != tgt:
                errors.append("%s redirect %s -> %s answered %d %s" % (sname, src, tgt, resp.status, resp.getheader("Location")))
            if norm(tgt) not in pages:
                errors.append("%s redirect target %s not in truth" % (sname, tgt))
            conn.close()
        summary[sname] = {"truth_pages": len(pages), "reached": len(reached), "requests": requests,
                          "redirects": len(redirects), "aliases_outside_truth": len(bad_alias)}
    for k, v in summary.items():
        print("%-12s %s" % (k, v))
    if errors:
        print("FAIL: %d problem(s)" % len(errors))
        for e in errors[:80]:
            print("  ", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
