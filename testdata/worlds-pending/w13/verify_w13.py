#!/usr/bin/env python3
"""Check the w13 world against its own ground truth, blind to any detection tool.

  PYTHONPATH=/work/worlds/w13:/work/shared/eval python3 serve.py --set w13 --port-base 20300 \
      --truth /tmp/w13-truth.json --urls /tmp/w13-urls.txt &
  python3 verify_w13.py --truth /tmp/w13-truth.json [--watchlist /work/shared/reference/watchlist.tsv]

Static checks (module + truth): CAS check digits; every truth CAS appears on its page (dashed,
undashed or spaced); hit keys are watchlist CAS numbers or class:fentanyl / class:nitazene;
unlisted analogues carry no watchlist name; claim kinds are valid; non-UTF-8 pages decode.
Live checks (served world): a polite BFS from / per site (robots.txt obeyed, <= 8 requests/s,
429 Retry-After and 503 retry honoured, no redirect following by the client) reaches every truth
page; every 200 HTML URL it meets normalises (junk params, redirects) to a truth page or the
trap; every redirect answers 301 to a truth page; gzip answers decode. Exit 1 on any failure.
"""
import argparse
import gzip
import http.client
import json
import os
import re
import sys
import threading
import time
from collections import deque
from urllib.parse import urlsplit, urljoin, parse_qsl, urlencode

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, "/work/shared/eval"]
CLAIM_KINDS = ("reship", "customs", "stealth", "mislabel", "forwarding")


def cas_valid(c):
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", c)
    if not m:
        return False
    d = m.group(1) + m.group(2)
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(m.group(3))


def load_watchlist(path):
    cas, names = set(), set()
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3:
                continue
            names.add(cols[0].strip().lower())
            names |= {x.strip().lower() for x in cols[1].split(";") if x.strip()}
            if cols[2].strip():
                cas.add(cols[2].strip())
    return cas, names


def charset_of(ctype, body):
    m = re.search(r"charset=([\w-]+)", ctype or "")
    if m:
        return m.group(1)
    m = re.search(rb"charset=['\"]?([\w-]+)", body[:2048])
    return m.group(1).decode() if m else "utf-8"


def static_checks(truth, wl_cas, wl_names, errs, notes):
    import w13_sites
    from marketsim import CLASS_OF
    sites = {s.name: s for s in w13_sites.sites()}
    n_cas = n_hits = 0
    for name, st in truth["sites"].items():
        site = sites[name]
        for path, pg in st["pages"].items():
            page = site.pages.get(path)
            if page is None:
                errs.append("%s%s: truth page missing from module" % (name, path))
                continue
            cs = charset_of(page.ctype, page.body)
            try:
                text = page.body.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("%s%s: body does not decode as %s: %s" % (name, path, cs, e))
                text = page.body.decode("utf-8", "replace")
            for c in pg["cas"]:
                n_cas += 1
                if not cas_valid(c):
                    errs.append("%s%s: truth CAS %s fails the check digit" % (name, path, c))
                a, b, d = c.split("-")
                if not re.search(r"(?<!\d)%s[- ]?%s[- ]?%s(?!\d)" % (a, b, d), text):
                    errs.append("%s%s: truth CAS %s not shown on the page" % (name, path, c))
            for k in pg["hits"]:
                n_hits += 1
                if k.startswith("class:"):
                    if k not in ("class:fentanyl", "class:nitazene"):
                        errs.append("%s%s: bad class key %s" % (name, path, k))
                elif k not in wl_cas:
                    errs.append("%s%s: hit key %s is no watchlist CAS" % (name, path, k))
            for k in pg["claims"]:
                if k not in CLAIM_KINDS:
                    errs.append("%s%s: bad claim kind %s" % (name, path, k))
    for k, c in truth["classes"].items():
        if c not in ("fentanyl", "nitazene"):
            errs.append("class of %s is %s" % (k, c))
    # unlisted analogues must not be watchlist names (two listed-without-CAS entries are allowed)
    listed_no_cas = {"crotonylfentanyl", "protonitazepyne"}
    for v in vars(w13_sites).values():
        if isinstance(getattr(v, "key", None), str) and v.key.startswith("class:"):
            for n in v.names:
                if n.lower() in wl_names and n.lower() not in listed_no_cas:
                    errs.append("novel analogue name %r is on the watchlist" % n)
    notes.append("static: %d truth CAS entries, %d hit entries checked" % (n_cas, n_hits))


class Fetcher:
    def __init__(self, origin, min_gap=0.125):
        u = urlsplit(origin)
        self.host, self.port = u.hostname, u.port
        self.min_gap, self.last = min_gap, 0.0
        self.count = 0

    def get(self, target, tries=4):
        for _ in range(tries):
            wait = self.last + self.min_gap - time.time()
            if wait > 0:
                time.sleep(wait)
            self.last = time.time()
            self.count += 1
            conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
            conn.request("GET", target, headers={"User-Agent": "w13-verify/1.0", "Accept-Encoding": "gzip"})
            r = conn.getresponse()
            body = r.read()
            hdr = {k.lower(): v for k, v in r.getheaders()}
            conn.close()
            if hdr.get("content-encoding") == "gzip":
                body = gzip.decompress(body)
            if r.status == 429:
                time.sleep(float(hdr.get("retry-after", "2")) + 0.1)
                continue
            if r.status == 503:
                time.sleep(1.0)
                continue
            return r.status, hdr, body
        return r.status, hdr, body


def parse_robots(txt):
    dis, active = [], False
    for line in txt.splitlines():
        line = line.split("#")[0].strip()
        if ":" not in line:
            continue
        k, v = [x.strip() for x in line.split(":", 1)]
        if k.lower() == "user-agent":
            active = (v == "*")
        elif k.lower() == "disallow" and active and v:
            dis.append(v)
    return dis


def norm(path_q, st):
    u = urlsplit(path_q)
    q = [(k, v) for k, v in parse_qsl(u.query, keep_blank_values=True) if k not in st["junk_params"]]
    p = (u.path or "/") + ("?" + urlencode(sorted(q)) if q else "")
    return st["redirects"].get(p, p)


def bfs_site(name, st, res, max_depth=6):
    origin = st["origin"]
    f = Fetcher(origin)
    errs, notes = [], []
    code, hdr, body = f.get("/robots.txt")
    dis = parse_robots(body.decode("utf-8", "replace")) if code == 200 else []
    if sorted(dis) != sorted(st["disallow"]):
        notes.append("robots.txt disallows %s, truth lists %s" % (dis, st["disallow"]))
    trap = st["trap_prefix"]
    seen, depth_of = {"/"}, {}
    q = deque([("/", 0)])
    reached, outside, trap_links, n_redirect = {}, [], 0, 0
    while q:
        target, d = q.popleft()
        code, hdr, body = f.get(target)
        if code in (301, 302, 307, 308):
            n_redirect += 1
            if code != 301:
                errs.append("%s%s answers %d, not 301" % (name, target, code))
            loc = urlsplit(urljoin(origin + target, hdr.get("location", "")))
            nxt = loc.path + ("?" + loc.query if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                q.append((nxt, d))
            continue
        if code != 200:
            continue
        ctype = hdr.get("content-type", "")
        if not ctype.startswith("text/html"):
            continue
        key = norm(target, st)
        if key in st["pages"]:
            reached.setdefault(key, d)
        elif not (trap and target.startswith(trap)):
            outside.append(target)
        if d >= max_depth:
            continue
        text = body.decode("latin-1")
        for href in re.findall(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"'#]*)""", text, re.I):
            href = href.replace("&amp;", "&").strip()
            if not href:
                continue
            u = urlsplit(urljoin(origin + target, href))
            if "%s://%s" % (u.scheme, u.netloc) != origin:
                continue
            t = (u.path or "/") + ("?" + u.query if u.query else "")
            if any(u.path.startswith(x) for x in dis):
                continue
            if trap and u.path.startswith(trap):
                trap_links += 1
                continue
            if t not in seen:
                seen.add(t)
                q.append((t, d + 1))
    missing = sorted(set(st["pages"]) - set(reached))
    for m in missing:
        errs.append("%s%s: truth page not reached by BFS" % (name, m))
    for o in sorted(set(outside)):
        errs.append("%s%s: 200 HTML outside the truth (normalises to %s)" % (name, o, norm(o, st)))
    # every redirect source answers 301 to a truth page
    for src, dst in st["redirects"].items():
        code, hdr, _ = f.get(src)
        if code != 301:
            errs.append("%s%s: redirect answers %d" % (name, src, code))
        elif urlsplit(hdr.get("location", "")).path != urlsplit(dst).path or norm(dst, st) not in st["pages"]:
            errs.append("%s%s: redirect to %s (truth %s)" % (name, src, hdr.get("location"), dst))
    notes.append("%-17s %3d truth pages, reached %3d, max depth %d, %d requests, %d redirects met, %d trap links skipped"
                 % (name, len(st["pages"]), len(reached), max(reached.values() or [0]), f.count, n_redirect, trap_links))
    res[name] = (errs, notes)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--truth", default="/tmp/w13-truth.json")
    ap.add_argument("--watchlist", default="/work/shared/reference/watchlist.tsv")
    ap.add_argument("--static-only", action="store_true")
    a = ap.parse_args()
    truth = json.load(open(a.truth))
    wl_cas, wl_names = load_watchlist(a.watchlist)
    errs, notes = [], []
    static_checks(truth, wl_cas, wl_names, errs, notes)
    if not a.static_only:
        res, threads = {}, []
        for name, st in truth["sites"].items():
            t = threading.Thread(target=bfs_site, args=(name, st, res))
            t.start()
            threads.append(t)
        for t in threads:
            t.join()
        for name in truth["sites"]:
            e, n = res.get(name, (["%s: BFS crashed" % name], []))
            errs += e
            notes += n
    tot = {"pages": 0, "hit_pages": 0, "hits": 0, "cas": 0, "claim_pages": 0}
    for st in truth["sites"].values():
        for pg in st["pages"].values():
            tot["pages"] += 1
            tot["hit_pages"] += bool(pg["hits"])
            tot["hits"] += len(pg["hits"])
            tot["cas"] += len(pg["cas"])
            tot["claim_pages"] += bool(pg["claims"])
    for n in notes:
        print("note ", n)
    print("truth", json.dumps(tot))
    for e in errs:
        print("FAIL ", e)
    print("verify_w13: %s (%d problems)" % ("OK" if not errs else "FAILED", len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
