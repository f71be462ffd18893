#!/usr/bin/env python3
"""Self-check of the w14 world against its own ground truth (blind to any detection tool).

  python3 verify_w14.py                 # serves the world itself on loopback (ports 20400..20405) and checks it
  python3 verify_w14.py --static-only   # module + truth checks only, no server
  python3 verify_w14.py --port-base 20400 --no-serve   # check an already running serve.py

Static checks: every CAS in truth passes the check digit and is shown on its page (dashed, undashed or spaced);
hit keys are watchlist CAS numbers (never a salt CAS) or class:fentanyl / class:nitazene; unlisted analogues carry
no watchlist name; claim kinds are valid; every page decodes in its declared charset (header or <meta>); every
truth page is text/html with status 200 and outside robots-disallowed prefixes; disallowed pages exist (a polite
crawler must skip them); counts per site.
Live checks: robots.txt matches the truth's disallow list; a polite BFS from / per site (robots obeyed, <= 8
requests/s, 429 Retry-After and 503 retry honoured, redirects followed by hand, URLs deduplicated after dropping
the site's junk parameters) reaches every truth page; every 200 HTML it meets normalises to a truth page (or is a
trap page); every redirect answers 301 to a truth page; gzip answers decode; the dnm session token differs between
two responses of the same page; the trap is endless; flaky pages answer 503 once and then 200.
Exit 1 on any failure.
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
SALTS = {"990-73-8", "1443-54-5", "23076-35-9", "50-98-6", "51-57-0", "345-78-8", "64057-70-1", "53-21-4",
         "124-90-3", "1867-66-9"}
LISTED_NO_CAS = {"crotonylfentanyl", "ethyleneoxynitazene", "protonitazepyne"}


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


def static_checks(world_sites, truth, wl_cas, wl_names, errs, notes):
    import w14_common
    sites = {s.name: s for s in world_sites}
    for name, st in truth["sites"].items():
        site = sites[name]
        stray = 0
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
            if not re.search(r"</html>\s*$", text):
                errs.append("%s%s: page does not end with </html>" % (name, path))
            for c in pg["cas"]:
                if not cas_valid(c):
                    errs.append("%s%s: truth CAS %s fails the check digit" % (name, path, c))
                a, b, d = c.split("-")
                if not re.search(r"(?<!\d)%s[- ]?%s[- ]?%s(?!\d)" % (a, b, d), text):
                    errs.append("%s%s: truth CAS %s not shown on the page" % (name, path, c))
            for k in pg["hits"]:
                if k.startswith("class:"):
                    if k not in ("class:fentanyl", "class:nitazene"):
                        errs.append("%s%s: bad class key %s" % (name, path, k))
                elif k in SALTS:
                    errs.append("%s%s: hit key %s is a salt CAS (fold it to the base)" % (name, path, k))
                elif k not in wl_cas:
                    errs.append("%s%s: hit key %s is no watchlist CAS" % (name, path, k))
            for k in pg["claims"]:
                if k not in CLAIM_KINDS:
                    errs.append("%s%s: bad claim kind %s" % (name, path, k))
            # CAS-shaped numbers on the page that are valid but not in truth (chrome, news, RFQ...): counted only
            vis = re.sub(r"<script\b.*?</script>|<[^>]+>", " ", text, flags=re.S)
            for m in re.finditer(r"(?<![\d.])(\d{2,7})-(\d{2})-(\d)(?![\d])", vis):
                c = "-".join(m.groups())
                if cas_valid(c) and c not in pg["cas"]:
                    stray += 1
        if not any(any(p.startswith(d) for d in st["disallow"]) for p in site.pages):
            notes.append("%s: no robots-forbidden page exists" % name)
        notes.append("%-17s dashed valid CAS numbers outside truth on truth pages (chrome/news/notices): %d" % (name, stray))
    for k, c in truth["classes"].items():
        if c not in ("fentanyl", "nitazene"):
            errs.append("class of %s is %s" % (k, c))
    for v in vars(w14_common).values():
        if isinstance(getattr(v, "key", None), str) and v.key.startswith("class:"):
            for n in v.names:
                if n.lower() in wl_names and n.lower() not in LISTED_NO_CAS:
                    errs.append("novel analogue name %r is on the watchlist" % n)
        if isinstance(getattr(v, "key", None), str) and v.key and not v.key.startswith("class:") and v.key not in wl_cas:
            errs.append("substance key %s (%s) is not a watchlist CAS" % (v.key, v.names))


class Fetcher:
    def __init__(self, origin, min_gap=0.125):
        u = urlsplit(origin)
        self.host, self.port = u.hostname, u.port
        self.min_gap, self.last = min_gap, 0.0
        self.count, self.n503, self.n429 = 0, 0, 0

    def once(self, target):
        wait = self.last + self.min_gap - time.time()
        if wait > 0:
            time.sleep(wait)
        self.last = time.time()
        self.count += 1
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        conn.request("GET", target, headers={"User-Agent": "w14-verify/1.0", "Accept-Encoding": "gzip"})
        r = conn.getresponse()
        body = r.read()
        hdr = {k.lower(): v for k, v in r.getheaders()}
        conn.close()
        if hdr.get("content-encoding") == "gzip":
            body = gzip.decompress(body)
        return r.status, hdr, body

    def get(self, target, tries=5):
        for _ in range(tries):
            code, hdr, body = self.once(target)
            if code == 429:
                self.n429 += 1
                time.sleep(float(hdr.get("retry-after", "2")) + 0.1)
                continue
            if code == 503:
                self.n503 += 1
                time.sleep(0.5)
                continue
            return code, hdr, body
        return code, hdr, body


def parse_robots(txt):
    dis, active = [], False
    for line in txt.splitlines():
        line = line.split("#")[0].strip()
        if ":" not in line:
            if not line:
                active = False
            continue
        k, v = [x.strip() for x in line.split(":", 1)]
        if k.lower() == "user-agent":
            active = (v == "*")
        elif k.lower() == "disallow" and active and v:
            dis.append(v)
    return dis


def norm(path_q, st, follow=True):
    u = urlsplit(path_q)
    q = [(k, v) for k, v in parse_qsl(u.query, keep_blank_values=True) if k not in st["junk_params"]]
    p = (u.path or "/") + ("?" + urlencode(sorted(q)) if q else "")
    return st["redirects"].get(p, p) if follow else p


def bfs_site(name, st, flaky, res, max_depth=8):
    origin = st["origin"]
    f = Fetcher(origin, 0.2 if name == "dnm-abyss" else 0.125)
    errs, notes = [], []
    code, hdr, body = f.get("/robots.txt")
    dis = parse_robots(body.decode("utf-8", "replace")) if code == 200 else []
    plain = [d for d in dis if "*" not in d]
    if sorted(plain) != sorted(st["disallow"]):
        errs.append("%s: robots.txt disallows %s, truth lists %s" % (name, plain, st["disallow"]))
    trap = st["trap_prefix"]
    seen = {"/"}
    q = deque([("/", 0)])
    reached, outside, trap_links, n_redirect, non_html = {}, [], 0, 0, 0
    while q:
        target, d = q.popleft()
        code, hdr, body = f.get(target)
        if code in (301, 302, 307, 308):
            n_redirect += 1
            if code != 301:
                errs.append("%s%s answers %d, not 301" % (name, target, code))
            loc = urlsplit(urljoin(origin + target, hdr.get("location", "")))
            nxt = loc.path + ("?" + loc.query if loc.query else "")
            k = norm(nxt, st, False)
            if k not in seen:
                seen.add(k)
                q.append((nxt, d))
            continue
        if code != 200:
            continue
        ctype = hdr.get("content-type", "")
        if not ctype.startswith("text/html"):
            non_html += 1
            continue
        key = norm(target, st)
        if key in st["pages"]:
            reached.setdefault(key, d)
        elif not (trap and target.startswith(trap)):
            outside.append(target)
        try:
            body.decode(charset_of(ctype, body))
        except (UnicodeDecodeError, LookupError) as e:
            errs.append("%s%s: served body does not decode: %s" % (name, target, e))
        if d >= max_depth:
            continue
        text = body.decode("latin-1")
        for href in re.findall(r"""<(?:a|link|img)\b[^>]*?\b(?:href|src)\s*=\s*["']([^"'#]*)""", text, re.I):
            href = href.replace("&amp;", "&").strip()
            if not href or href.startswith(("javascript:", "mailto:")):
                continue
            u = urlsplit(urljoin(origin + target, href))
            if "%s://%s" % (u.scheme, u.netloc) != origin:
                continue
            t = (u.path or "/") + ("?" + u.query if u.query else "")
            if any(u.path.startswith(x) for x in plain):
                continue
            if trap and u.path.startswith(trap):
                trap_links += 1
                continue
            k = norm(t, st, False)
            if k not in seen:
                seen.add(k)
                q.append((t, d + 1))
    for m in sorted(set(st["pages"]) - set(reached)):
        errs.append("%s%s: truth page not reached by BFS" % (name, m))
    for o in sorted(set(outside)):
        errs.append("%s%s: 200 HTML outside the truth (normalises to %s)" % (name, o, norm(o, st)))
    for src, dst in st["redirects"].items():
        code, hdr, _ = f.get(src)
        if code != 301:
            errs.append("%s%s: redirect answers %d" % (name, src, code))
        elif norm(urlsplit(hdr.get("location", "")).path + ("?" + urlsplit(hdr.get("location", "")).query
                                                            if urlsplit(hdr.get("location", "")).query else ""), st) \
                not in st["pages"]:
            errs.append("%s%s: redirect to %s, not a truth page" % (name, src, hdr.get("location")))
    if trap:
        code, _, body = f.get(trap + "2031-07")
        if code != 200 or (trap + "2031-08").encode() not in body:
            errs.append("%s: trap %s is not endless" % (name, trap))
    if name == "dnm-abyss":
        a = f.get("/vendor/NordicPharma")[2]
        b = f.get("/vendor/NordicPharma")[2]
        ta = set(re.findall(rb"sess=([0-9a-f]{16})", a))
        tb = set(re.findall(rb"sess=([0-9a-f]{16})", b))
        if not ta or ta & tb:
            errs.append("%s: session tokens do not change per response" % name)
    notes.append("%-17s %3d truth pages, reached %3d (max depth %d), %d requests, %d redirects met, %d trap links skipped, "
                 "%d non-HTML, %d x 503, %d x 429" % (name, len(st["pages"]), len(reached), max(reached.values() or [0]),
                                                     f.count, n_redirect, trap_links, non_html, f.n503, f.n429))
    if flaky and f.n503 == 0:
        errs.append("%s: flaky pages never answered 503" % name)
    res[name] = (errs, notes)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port-base", type=int, default=20400)
    ap.add_argument("--watchlist", default="/work/shared/reference/watchlist.tsv")
    ap.add_argument("--static-only", action="store_true")
    ap.add_argument("--no-serve", action="store_true", help="check a world already served on --port-base")
    ap.add_argument("--truth-out", default="/tmp/w14-verify-truth.json")
    a = ap.parse_args()
    from marketsim import World
    import w14_sites
    world_sites = w14_sites.sites()
    world = World(world_sites, a.port_base)
    for i, s in enumerate(world_sites):
        s.port = a.port_base + i
    if not a.static_only and not a.no_serve:
        world.start()
    truth = world.truth()
    json.dump(truth, open(a.truth_out, "w"), indent=1)
    wl_cas, wl_names = load_watchlist(a.watchlist)
    errs, notes = [], []
    static_checks(world_sites, truth, wl_cas, wl_names, errs, notes)
    if not a.static_only:
        res, threads = {}, []
        flaky = {s.name: bool(s.flaky) for s in world_sites}
        for name, st in truth["sites"].items():
            t = threading.Thread(target=bfs_site, args=(name, st, flaky[name], res))
            t.start()
            threads.append(t)
        for t in threads:
            t.join()
        for name in truth["sites"]:
            e, n = res.get(name, (["%s: BFS crashed" % name], []))
            errs += e
            notes += n
        if not a.no_serve:
            world.stop()
    print("%-17s %5s %5s %5s %5s %6s %6s %5s" % ("site", "pages", "hitpg", "hits", "cas", "claimp", "listng", "redir"))
    tot = [0] * 7
    for name, st in truth["sites"].items():
        pg = st["pages"].values()
        row = [len(st["pages"]), sum(bool(p["hits"]) for p in pg), sum(len(p["hits"]) for p in pg),
               sum(len(p["cas"]) for p in pg), sum(bool(p["claims"]) for p in pg), sum(p["listing"] for p in pg),
               len(st["redirects"])]
        tot = [x + y for x, y in zip(tot, row)]
        print("%-17s %5d %5d %5d %5d %6d %6d %5d" % ((name,) + tuple(row)))
    print("%-17s %5d %5d %5d %5d %6d %6d %5d" % (("TOTAL",) + tuple(tot)))
    kinds = {}
    for st in truth["sites"].values():
        for p in st["pages"].values():
            for k in p["claims"]:
                kinds[k] = kinds.get(k, 0) + 1
    print("claim kinds (pages):", json.dumps(kinds, sort_keys=True))
    for n in notes:
        print("note ", n)
    for e in errs:
        print("FAIL ", e)
    print("verify_w14: %s (%d problems)" % ("OK" if not errs else "FAILED", len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
