#!/usr/bin/env python3
"""Self-check of the w15 world, blind to any detection tool.

  python3 verify_w15.py [--port-base 20500] [--static-only] [--truth-out /tmp/w15-truth.json]

It serves the world itself on loopback (marketsim.World, one port per site) unless --static-only.

Static checks (module and truth):
  - every truth CAS passes the check digit and is shown on its page (dashed, undashed, spaced,
    fullwidth or emoji-keycap digits, after entity decoding and NFKC);
  - hit keys are watchlist CAS numbers or class:fentanyl / class:nitazene; class keys name no
    watchlisted CAS substance (only names the watchlist lists without a CAS, or unlisted analogues);
  - claim kinds are valid; listing is a bool;
  - every HTML page decodes strictly in its declared charset (header or <meta>), and pages declared
    gbk / big5 / windows-125x really are in that charset (non-ASCII bytes present, not valid UTF-8);
  - no truth page key carries a junk parameter (it could never be reached under that key);
  - forbidden (robots) pages are not in the truth, and at least one of them holds a hit.
Live checks (served world):
  - a polite BFS per site from / (robots.txt obeyed incl. query rules, <= 8 requests/s, 429 Retry-After
    and 503 retry honoured, redirects followed by hand, trap links skipped) reaches every truth page;
  - every 200 HTML URL it meets normalises (junk params, redirects) to a truth page;
  - every redirect answers 301 to a truth page; gzip answers decode; non-HTML assets answer 200;
  - the trap answers 200 and links onward (it is endless).
Exit 1 on any failure.
"""
import argparse
import gzip
import html as htmlmod
import http.client
import json
import os
import re
import sys
import threading
import time
import unicodedata
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
    cas, names, nocas = set(), set(), set()
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3:
                continue
            ns = {cols[0].strip().lower()} | {x.strip().lower() for x in cols[1].split(";") if x.strip()}
            names |= ns
            if cols[2].strip():
                cas.add(cols[2].strip())
            else:
                nocas |= ns
    return cas, names, nocas


def charset_of(ctype, body):
    m = re.search(r"charset=([\w-]+)", ctype or "")
    if m:
        return m.group(1), "header"
    m = re.search(rb"charset=['\"]?([\w-]+)", body[:4096])
    return (m.group(1).decode(), "meta") if m else ("utf-8", "default")


def page_text(body, cs):
    t = body.decode(cs)
    t = htmlmod.unescape(t)
    t = t.replace("\ufe0f\u20e3", "").replace("\ufe0f", "")
    return unicodedata.normalize("NFKC", t)


def static_checks(world_sites, truth, wl, errs, notes):
    import w15_common  # noqa: F401  (all NOVEL substances are defined there or in site modules)
    from marketsim import CLASS_OF
    wl_cas, wl_names, wl_nocas = wl
    sites = {s.name: s for s in world_sites}
    n = {"cas": 0, "hits": 0, "pages": 0}
    for name, st in truth["sites"].items():
        site = sites[name]
        for path, pg in st["pages"].items():
            n["pages"] += 1
            page = site.pages.get(path)
            if page is None:
                errs.append("%s%s: truth page missing from module" % (name, path))
                continue
            q = urlsplit(path).query
            for k, _ in parse_qsl(q, keep_blank_values=True):
                if k in site.junk_params:
                    errs.append("%s%s: truth key carries junk parameter %s" % (name, path, k))
            cs, where = charset_of(page.ctype, page.body)
            try:
                text = page_text(page.body, cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("%s%s: body does not decode as %s (%s): %s" % (name, path, cs, where, e))
                continue
            if cs.lower() not in ("utf-8", "utf8"):
                try:
                    page.body.decode("utf-8")
                    if re.search(rb"[\x80-\xff]", page.body):
                        errs.append("%s%s: declared %s but is valid UTF-8" % (name, path, cs))
                except UnicodeDecodeError:
                    pass
                if not re.search(rb"[\x80-\xff]", page.body):
                    notes.append("%s%s: declared %s but pure ASCII" % (name, path, cs))
            for c in pg["cas"]:
                n["cas"] += 1
                if not cas_valid(c):
                    errs.append("%s%s: truth CAS %s fails the check digit" % (name, path, c))
                a, b, d = c.split("-")
                if not re.search(r"(?<!\d)%s[- \u2010-\u2015]?%s[- \u2010-\u2015]?%s(?!\d)" % (a, b, d), text):
                    errs.append("%s%s: truth CAS %s not shown on the page" % (name, path, c))
            for k in pg["hits"]:
                n["hits"] += 1
                if k.startswith("class:"):
                    if k not in ("class:fentanyl", "class:nitazene"):
                        errs.append("%s%s: bad class key %s" % (name, path, k))
                elif k not in wl_cas:
                    errs.append("%s%s: hit key %s is no watchlist CAS" % (name, path, k))
            for k in pg["claims"]:
                if k not in CLAIM_KINDS:
                    errs.append("%s%s: bad claim kind %s" % (name, path, k))
            if not isinstance(pg["listing"], bool):
                errs.append("%s%s: listing is not a bool" % (name, path))
        # forbidden pages hold something a polite crawler must not report
        forb = [p for p, pg in site.pages.items() if any(p.startswith(d) for d in site.disallow) and pg.hits]
        if name != "policy-desk" and not forb:
            notes.append("%s: no robots-forbidden page with a hit" % name)
        for p in site.pages:
            if any(p.startswith(d) for d in site.disallow) and p in st["pages"]:
                errs.append("%s%s: forbidden page in truth" % (name, p))
    for k, c in truth["classes"].items():
        if c not in ("fentanyl", "nitazene"):
            errs.append("class of %s is %s" % (k, c))
    # class-keyed substances: their names must not be watchlist names that carry a CAS
    import importlib
    for modname in ("w15_common", "w15_matrix"):
        mod = importlib.import_module(modname)
        for v in vars(mod).values():
            if isinstance(getattr(v, "key", None), str) and v.key.startswith("class:"):
                for nm in v.names:
                    low = nm.lower()
                    if low in wl_names and low not in wl_nocas:
                        errs.append("class-keyed name %r is a watchlist name with a CAS" % nm)
    notes.append("static: %d truth pages, %d CAS entries, %d hit entries checked" % (n["pages"], n["cas"], n["hits"]))


class Fetcher:
    def __init__(self, port, min_gap=0.125):
        self.port, self.min_gap, self.last, self.count = port, min_gap, 0.0, 0
        self.n503 = self.n429 = self.ngzip = 0

    def get(self, target, tries=5):
        r = hdr = body = None
        for _ in range(tries):
            wait = self.last + self.min_gap - time.time()
            if wait > 0:
                time.sleep(wait)
            self.last = time.time()
            self.count += 1
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
            conn.request("GET", target, headers={"User-Agent": "w15-verify/1.0", "Accept-Encoding": "gzip"})
            r = conn.getresponse()
            body = r.read()
            hdr = {k.lower(): v for k, v in r.getheaders()}
            conn.close()
            if hdr.get("content-encoding") == "gzip":
                body = gzip.decompress(body)
                self.ngzip += 1
            if r.status == 429:
                self.n429 += 1
                time.sleep(float(hdr.get("retry-after", "2")) + 0.1)
                continue
            if r.status == 503:
                self.n503 += 1
                time.sleep(1.0)
                continue
            return r.status, hdr, body
        return r.status, hdr, body


def parse_robots(txt):
    groups, cur, agents, seen_rule = {}, None, [], False
    for line in txt.splitlines():
        line = line.split("#")[0].strip()
        if ":" not in line:
            continue
        k, v = [x.strip() for x in line.split(":", 1)]
        k = k.lower()
        if k == "user-agent":
            if seen_rule:
                agents, seen_rule = [], False
            agents.append(v)
            for a in agents:
                groups.setdefault(a, [])
        elif k == "disallow":
            seen_rule = True
            for a in agents:
                if v:
                    groups[a].append(v)
    return groups.get("*", [])


def norm(path_q, st):
    u = urlsplit(path_q)
    q = [(k, v) for k, v in parse_qsl(u.query, keep_blank_values=True) if k not in st["junk_params"]]
    p = (u.path or "/") + ("?" + urlencode(sorted(q)) if q else "")
    return st["redirects"].get(p, p)


def bfs_site(name, st, port, assets, res, max_depth=8):
    f = Fetcher(port)
    errs, notes = [], []
    code, hdr, body = f.get("/robots.txt")
    dis = parse_robots(body.decode("utf-8", "replace")) if code == 200 else []
    path_rules = [d for d in dis if "?" not in d]
    if sorted(set(path_rules) - set(st["disallow"])) or sorted(set(st["disallow"]) - set(path_rules) - {st["trap_prefix"]}):
        notes.append("%s: robots.txt path rules %s, truth disallow %s" % (name, path_rules, st["disallow"]))
    trap = st["trap_prefix"]
    seen = {"/"}
    q = deque([("/", 0)])
    reached, outside, trap_links, n_redirect = {}, [], 0, 0
    while q:
        target, d = q.popleft()
        code, hdr, body = f.get(target)
        if code in (301, 302, 307, 308):
            n_redirect += 1
            if code != 301:
                errs.append("%s%s answers %d, not 301" % (name, target, code))
            loc = urlsplit(urljoin("http://127.0.0.1:%d%s" % (port, target), hdr.get("location", "")))
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
            href = htmlmod.unescape(href).strip()
            if not href:
                continue
            u = urlsplit(urljoin("http://127.0.0.1:%d%s" % (port, target), href))
            if u.netloc != "127.0.0.1:%d" % port:
                continue
            t = (u.path or "/") + ("?" + u.query if u.query else "")
            if any(t.startswith(x) for x in dis):
                continue
            if trap and u.path.startswith(trap):
                trap_links += 1
                continue
            if t not in seen:
                seen.add(t)
                q.append((t, d + 1))
    for m in sorted(set(st["pages"]) - set(reached)):
        errs.append("%s%s: truth page not reached by BFS" % (name, m))
    for o in sorted(set(outside)):
        errs.append("%s%s: 200 HTML outside the truth (normalises to %s)" % (name, o, norm(o, st)))
    for src, dst in st["redirects"].items():
        code, hdr, _ = f.get(src)
        if code != 301:
            errs.append("%s%s: redirect answers %d" % (name, src, code))
        elif hdr.get("location") != dst or norm(dst, st) not in st["pages"]:
            errs.append("%s%s: redirect to %s (truth %s, in truth: %s)" % (name, src, hdr.get("location"), dst,
                                                                            norm(dst, st) in st["pages"]))
    for a in assets[:6]:
        code, hdr, _ = f.get(a)
        if code != 200:
            errs.append("%s%s: asset answers %d" % (name, a, code))
    if trap:
        code, hdr, body = f.get(trap + "2027-01")
        if code != 200 or trap.encode() not in body:
            errs.append("%s: trap %s does not answer an endless page" % (name, trap))
        if not trap_links:
            notes.append("%s: no link into the trap %s" % (name, trap))
    notes.append("%-15s %3d truth pages, reached %3d, max depth %d, %d requests, %d redirects, %d trap links skipped, "
                 "503s %d, 429s %d, gzip %d" % (name, len(st["pages"]), len(reached), max(reached.values() or [0]), f.count,
                                                 n_redirect, trap_links, f.n503, f.n429, f.ngzip))
    res[name] = (errs, notes)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port-base", type=int, default=20500)
    ap.add_argument("--watchlist", default="/work/shared/reference/watchlist.tsv")
    ap.add_argument("--static-only", action="store_true")
    ap.add_argument("--truth-out")
    a = ap.parse_args()
    import w15_sites
    from marketsim import World
    world = World(w15_sites.sites(), a.port_base)
    for i, s in enumerate(world.sites):
        s.port = a.port_base + i
    truth = world.truth()
    if a.truth_out:
        json.dump(truth, open(a.truth_out, "w"), indent=1)
    errs, notes = [], []
    static_checks(world.sites, truth, load_watchlist(a.watchlist), errs, notes)
    if not a.static_only:
        world.start()
        res, threads = {}, []
        for s in world.sites:
            assets = [p for p, pg in s.pages.items() if not pg.ctype.startswith("text/html")]
            t = threading.Thread(target=bfs_site, args=(s.name, truth["sites"][s.name], s.port, assets, res))
            t.start()
            threads.append(t)
        for t in threads:
            t.join()
        world.stop()
        for s in world.sites:
            e, n = res.get(s.name, (["%s: BFS crashed" % s.name], []))
            errs += e
            notes += n
    print("%-15s %6s %6s %6s %6s %6s %6s" % ("site", "pages", "hitpg", "hits", "cas", "clmpg", "redir"))
    tot = [0] * 6
    for name, st in truth["sites"].items():
        row = [len(st["pages"]), sum(bool(p["hits"]) for p in st["pages"].values()),
               sum(len(p["hits"]) for p in st["pages"].values()), sum(len(p["cas"]) for p in st["pages"].values()),
               sum(bool(p["claims"]) for p in st["pages"].values()), len(st["redirects"])]
        tot = [x + y for x, y in zip(tot, row)]
        print("%-15s %6d %6d %6d %6d %6d %6d" % ((name,) + tuple(row)))
    print("%-15s %6d %6d %6d %6d %6d %6d" % (("total",) + tuple(tot)))
    kinds = {}
    for name, st in truth["sites"].items():
        kinds[name] = sorted({k for p in st["pages"].values() for k in p["claims"]})
    print("claim kinds per site:", json.dumps(kinds))
    for n in notes:
        print("note ", n)
    for e in errs:
        print("FAIL ", e)
    print("verify_w15: %s (%d problems)" % ("OK" if not errs else "FAILED", len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
