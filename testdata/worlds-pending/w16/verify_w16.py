#!/usr/bin/env python3
"""Self-check of the w16 world against its own ground truth (no detection tool involved).

  PYTHONPATH=/work/worlds/w16:/work/shared/eval python3 verify_w16.py            # serves the world itself
  python3 verify_w16.py --truth /tmp/w16-truth.json --no-serve                   # against a running serve.py
  python3 verify_w16.py --static-only

Static checks
  * page keys are stored in marketsim's normal form (query parameters sorted, no junk parameters);
  * every truth CAS passes the check digit and is shown on its page (dashed, undashed or spaced);
  * hit keys are watchlist CAS numbers or class:fentanyl / class:nitazene; every class key is registered;
  * every hit has evidence on its page: a (de-obfuscated) name of the substance, or its / its salt's CAS;
  * unlisted analogues carry no watchlist name; "listed without CAS" names are watchlist rows without CAS;
  * a watchlist CAS (or a salt of one) in a page's truth comes with its hit, except on buy-request pages;
  * claim kinds are valid; every HTML page decodes in its declared charset; pages sent without a charset
    in the HTTP header declare one in <meta>;
  * robots-forbidden pages hold offers (bait), and each site has a trap, a disallow, a transient 503,
    a redirect and a non-HTML asset.
Live checks (loopback)
  * a polite BFS per site from / (robots.txt incl. '*' wildcards, <= 8 requests/s, Retry-After on 429,
    retry on 503, redirects followed by hand, gzip) reaches every truth page within depth 5;
  * every 200 HTML page it meets normalises (junk parameters, redirects) to a truth page or the trap;
  * every redirect answers 301 to a truth page; the trap is linked; robots-forbidden links are never fetched.
Prints the per-site counts table used in NOTES.md. Exit status 1 on any problem.
"""
import argparse
import gzip
import http.client
import json
import os
import re
import subprocess
import sys
import threading
import time
import unicodedata
from collections import deque
from urllib.parse import urlsplit, urljoin, parse_qsl, urlencode

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = "/work/shared/eval"
sys.path[:0] = [HERE, EVAL]
KINDS = {"reship", "customs", "stealth", "mislabel", "forwarding"}
SALTS = {"990-73-8": "437-38-7", "1443-54-5": "437-38-7", "23076-35-9": "7361-61-7", "50-98-6": "299-42-3",
         "51-57-0": "537-46-2", "345-78-8": "90-82-4", "64057-70-1": "42542-10-9", "53-21-4": "50-36-2",
         "124-90-3": "76-42-6", "1867-66-9": "6740-88-1"}   # copied from score.py
# local-language names and street names used in this world, for the evidence check only
EXTRA_NAMES = {
    "437-38-7": ["fentanil", "fentanilo", "фентанил", "芬太尼", "fent", "fetty", "m30"],
    "59708-52-0": ["karfentanil", "carfentanilo", "карфентанил", "carfent", "karfent"],
    "7361-61-7": ["ksilazin", "xilacina", "ксилазин", "ксила", "xylazine"],
    "14188-81-9": ["izotonitazen", "isotonitaceno", "изотонитазен", "iso"],
    "14680-51-4": ["metonitaceno"], "95958-84-2": ["protonitazen", "pronto"],
    "39742-60-4": ["1-фенэтил-4-пиперидон", "1-fenetil-4-piperidon"], "21409-26-7": ["анилино"],
    "79099-07-3": ["boc-4-пиперидон", "boc-4-piperidon", "boc-4-piperidona"], "23056-29-3": ["4-анилинопиперидин"],
    "2785346-75-8": ["etonitazepin"], "27203-92-5": ["tamol", "ترامادول"], "76-57-3": ["co-codamol"],
}
HOMO = str.maketrans({"а": "a", "е": "e", "о": "o", "с": "c", "р": "p", "х": "x", "у": "y", "к": "k", "м": "m",
                      "т": "t", "н": "h", "в": "b", "ϲ": "c", "0": "o", "1": "i", "3": "e", "4": "a", "@": "a", "$": "s"})


def cas_valid(c):
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", c)
    return bool(m) and sum(int(x) * (i + 1) for i, x in enumerate(reversed(m.group(1) + m.group(2)))) % 10 == int(m.group(3))


def cas_shown(c, text):
    a, b, d = c.split("-")
    return re.search(r"(?<![\d-])%s[- ]?%s[- ]?%s(?![\d-])" % (a, b, d), text) is not None


def fold(s):
    """lower-case, NFKC, homoglyph/leet folding, then letters and CJK/Arabic only (spacing tricks vanish)."""
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")
    s = s.translate(HOMO)
    return re.sub(r"[^a-zа-яё\u4e00-\u9fff\u0600-\u06ff\u0900-\u097f]", "", s)


def load_watchlist(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) >= 3:
                rows.append((c[0].strip(), [x.strip() for x in c[1].split(";") if x.strip()], c[2].strip()))
    return rows


def charset_of(ctype, body):
    m = re.search(r"charset=([\w-]+)", ctype or "")
    if m:
        return m.group(1), "header"
    m = re.search(rb"<meta[^>]+charset=['\"]?([\w-]+)", body[:3000], re.I)
    return (m.group(1).decode(), "meta") if m else ("utf-8", "none")


def norm_key(target, st):
    u = urlsplit(target)
    q = [(k, v) for k, v in parse_qsl(u.query, keep_blank_values=True) if k not in st["junk_params"]]
    p = (u.path or "/") + ("?" + urlencode(sorted(q)) if q else "")
    return st["redirects"].get(p, p)


# ------------------------------------------------------------------ static
def static_checks(sites, truth, wl, errs, notes):
    from marketsim import CLASS_OF
    import w16_common as C
    wl_cas = {c for _, _, c in wl if c}
    wl_names = {}
    for n, syn, c in wl:
        for x in [n] + syn:
            wl_names[x.lower()] = c
    names_by_key = {}
    for n, syn, c in wl:
        if c:
            names_by_key.setdefault(c, []).extend([n] + syn)
    for k, v in EXTRA_NAMES.items():
        names_by_key.setdefault(k, []).extend(v)
    for v in vars(C).values():
        if hasattr(v, "key") and hasattr(v, "names") and v.key and not v.key.startswith("class:"):
            names_by_key.setdefault(v.key, []).extend(v.names)
    salts_of = {}
    for s_, b in SALTS.items():
        salts_of.setdefault(b, []).append(s_)
    for nv in C.NOVELS:
        for n in nv.names:
            ln = n.lower()
            if nv.names[0].lower() in C.LISTED_WITHOUT_CAS:
                if n == nv.names[0] and wl_names.get(ln, "x") != "":
                    errs.append("%r is meant to be a watchlist row without CAS" % n)
            elif ln in wl_names:
                errs.append("unlisted analogue name %r is on the watchlist" % n)
        if CLASS_OF.get(nv.key) not in ("fentanyl", "nitazene"):
            errs.append("class key %s not registered" % nv.key)
    novel_names = {"class:fentanyl": [], "class:nitazene": []}
    for nv in C.NOVELS:
        novel_names[nv.key].extend(fold(x) for x in nv.names)
    for c, _ in C.CAS_WITHOUT_OFFER:
        pass
    bait = 0
    for site in sites:
        st = truth["sites"][site.name]
        for d in site.disallow:
            bait += sum(1 for p, pg in site.pages.items() if p.startswith(d) and pg.hits)
        if not (site.trap_prefix and site.disallow and site.flaky and site.redirects):
            errs.append("%s lacks a trap, a disallow, a flaky page or a redirect" % site.name)
        if not any(not p.ctype.startswith("text/html") for p in site.pages.values()):
            errs.append("%s has no non-HTML asset" % site.name)
        for path, page in site.pages.items():
            if norm_key(path, {"junk_params": site.junk_params, "redirects": {}}) != path:
                errs.append("%s%s: page key is not in normal form (%s)" % (site.name, path,
                            norm_key(path, {"junk_params": site.junk_params, "redirects": {}})))
            if not page.ctype.startswith("text/html"):
                continue
            cs, where = charset_of(page.ctype, page.body)
            if where == "none":
                errs.append("%s%s: no charset declared" % (site.name, path))
            try:
                page.body.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("%s%s: does not decode as %s (%s)" % (site.name, path, cs, e))
        for f in site.flaky:
            if f not in site.pages and not any(k.startswith(f + "?") for k in site.pages):
                errs.append("%s: flaky path %s serves nothing" % (site.name, f))
        for path, pg in st["pages"].items():
            page = site.pages[path]
            cs, _ = charset_of(page.ctype, page.body)
            text = page.body.decode(cs, "replace")
            text = re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))), text)
            import html as _h
            text = _h.unescape(text)
            ftext = fold(text)
            for c in pg["cas"]:
                if not cas_valid(c):
                    errs.append("%s%s: truth CAS %s fails the check digit" % (site.name, path, c))
                if not cas_shown(c, text):
                    errs.append("%s%s: truth CAS %s not on the page" % (site.name, path, c))
                base = SALTS.get(c, c)
                if base in wl_cas and base not in pg["hits"] and (site.name, path) not in C.CAS_WITHOUT_OFFER:
                    errs.append("%s%s: watchlist CAS %s in truth without its hit" % (site.name, path, c))
            for k in pg["hits"]:
                if k.startswith("class:"):
                    if k not in novel_names:
                        errs.append("%s%s: bad class key %s" % (site.name, path, k))
                    elif not any(n and n in ftext for n in novel_names[k]):
                        errs.append("%s%s: no evidence for %s" % (site.name, path, k))
                    continue
                if k not in wl_cas:
                    errs.append("%s%s: hit key %s is no watchlist CAS" % (site.name, path, k))
                names = [fold(n) for n in names_by_key.get(k, [])]
                ev = any(n and len(n) >= 3 and n in ftext for n in names) or cas_shown(k, text) or \
                    any(cas_shown(x, text) for x in salts_of.get(k, []))
                if not ev:
                    errs.append("%s%s: no evidence for hit %s" % (site.name, path, k))
            for k in pg["claims"]:
                if k not in KINDS:
                    errs.append("%s%s: bad claim kind %s" % (site.name, path, k))
    if bait < 6:
        errs.append("only %d robots-forbidden pages hold offers" % bait)
    notes.append("static: %d sites, %d robots-forbidden bait pages" % (len(sites), bait))


# ------------------------------------------------------------------ live
class Client:
    def __init__(self, origin, gap=0.125):
        u = urlsplit(origin)
        self.host, self.port, self.gap, self.last, self.n = u.hostname, u.port, gap, 0.0, 0
        self.n503 = 0

    def get(self, target):
        for _ in range(5):
            w = self.last + self.gap - time.time()
            if w > 0:
                time.sleep(w)
            self.last = time.time()
            self.n += 1
            c = http.client.HTTPConnection(self.host, self.port, timeout=10)
            c.request("GET", target, headers={"User-Agent": "w16-verify/1.0", "Accept-Encoding": "gzip"})
            r = c.getresponse()
            body = r.read()
            hdr = {k.lower(): v for k, v in r.getheaders()}
            c.close()
            if hdr.get("content-encoding") == "gzip":
                body = gzip.decompress(body)
            if r.status == 429:
                time.sleep(float(hdr.get("retry-after", "2")) + 0.1)
                continue
            if r.status == 503:
                self.n503 += 1
                time.sleep(0.5)
                continue
            return r.status, hdr, body
        return r.status, hdr, body


def robots_rules(txt):
    rules, active = [], False
    for line in txt.splitlines():
        line = line.split("#")[0].strip()
        if ":" not in line:
            continue
        k, v = [x.strip() for x in line.split(":", 1)]
        if k.lower() == "user-agent":
            active = v == "*"
        elif k.lower() == "disallow" and active and v:
            rules.append(re.compile(re.escape(v).replace(r"\*", ".*")))
    return rules


def bfs(name, st, out, max_depth=5):
    origin = st["origin"]
    cl = Client(origin)
    errs, notes = [], []
    code, _, body = cl.get("/robots.txt")
    rules = robots_rules(body.decode("utf-8", "replace")) if code == 200 else []

    def forbidden(t):
        return any(r.match(t) for r in rules)

    trap = st["trap_prefix"]
    seen, q = {"/"}, deque([("/", 0)])
    reached, outside, trap_links, forb_links, redirects_met = {}, set(), 0, 0, 0
    while q:
        target, d = q.popleft()
        if forbidden(target):
            errs.append("%s%s: BFS was about to fetch a forbidden URL" % (name, target))
            continue
        code, hdr, body = cl.get(target)
        if code in (301, 302, 303, 307, 308):
            redirects_met += 1
            loc = urlsplit(urljoin(origin + target, hdr.get("location", "")))
            nxt = loc.path + ("?" + loc.query if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                q.append((nxt, d))
            continue
        if code != 200 or not hdr.get("content-type", "").startswith("text/html"):
            continue
        key = norm_key(target, st)
        if key in st["pages"]:
            reached.setdefault(key, d)
        elif not (trap and target.startswith(trap)):
            outside.add(target)
        if d >= max_depth:
            continue
        for href in re.findall(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"'#]*)""", body.decode("latin-1"), re.I):
            href = href.replace("&amp;", "&").strip()
            if not href:
                continue
            u = urlsplit(urljoin(origin + target, href))
            if "%s://%s" % (u.scheme, u.netloc) != origin:
                continue
            t = (u.path or "/") + ("?" + u.query if u.query else "")
            if forbidden(t):
                forb_links += 1
                continue
            if trap and u.path.startswith(trap):
                trap_links += 1
                continue
            if t not in seen:
                seen.add(t)
                q.append((t, d + 1))
    for m in sorted(set(st["pages"]) - set(reached)):
        errs.append("%s%s: truth page not reached within depth %d" % (name, m, max_depth))
    for o in sorted(outside):
        errs.append("%s%s: 200 HTML outside the truth (normalises to %s)" % (name, o, norm_key(o, st)))
    for src, dst in st["redirects"].items():
        code, hdr, _ = cl.get(src)
        if code != 301:
            errs.append("%s%s: redirect answers %d" % (name, src, code))
        elif hdr.get("location") != dst or norm_key(dst, st) not in st["pages"]:
            errs.append("%s%s: redirect to %s, not a truth page" % (name, src, hdr.get("location")))
    if trap and not trap_links:
        errs.append("%s: the trap %s is never linked" % (name, trap))
    if not forb_links:
        errs.append("%s: no robots-forbidden link on the site" % name)
    notes.append("%-17s %3d truth pages, reached %3d, max depth %d, %4d requests, %2d redirects met, %2d 503s, "
                 "%3d trap links, %3d forbidden links skipped" % (
                     name, len(st["pages"]), len(reached), max(reached.values() or [0]), cl.n, redirects_met, cl.n503,
                     trap_links, forb_links))
    out[name] = (errs, notes)


def table(truth):
    lines = ["| # | site | pages in truth | pages with hits | hit entries | CAS entries | pages with claims | listing pages | redirects |",
             "|---|---|---|---|---|---|---|---|---|"]
    tot = [0] * 7
    for i, (name, st) in enumerate(truth["sites"].items()):
        pg = st["pages"].values()
        row = [len(st["pages"]), sum(bool(p["hits"]) for p in pg), sum(len(p["hits"]) for p in pg),
               sum(len(p["cas"]) for p in pg), sum(bool(p["claims"]) for p in pg), sum(p["listing"] for p in pg),
               len(st["redirects"])]
        tot = [a + b for a, b in zip(tot, row)]
        lines.append("| %d | %s | %s |" % (i, name, " | ".join(map(str, row))))
    lines.append("| | total | %s |" % " | ".join(map(str, tot)))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--truth", help="truth.json written by serve.py (default: build it here)")
    ap.add_argument("--port-base", type=int, default=20600)
    ap.add_argument("--no-serve", action="store_true", help="the world is already served (with --truth)")
    ap.add_argument("--static-only", action="store_true")
    ap.add_argument("--watchlist", default="/work/shared/reference/watchlist.tsv")
    a = ap.parse_args()
    import w16_sites
    from marketsim import World
    sites = w16_sites.sites()
    world = World(sites, a.port_base)
    for i, s in enumerate(sites):
        s.port = a.port_base + i
    truth = json.load(open(a.truth)) if a.truth else json.loads(json.dumps(world.truth()))
    errs, notes = [], []
    static_checks(sites, truth, load_watchlist(a.watchlist), errs, notes)
    proc = None
    if not a.static_only:
        if not a.no_serve:
            world.start()
        out, th = {}, []
        for name, st in truth["sites"].items():
            t = threading.Thread(target=bfs, args=(name, st, out))
            t.start()
            th.append(t)
        for t in th:
            t.join()
        for name in truth["sites"]:
            e, n = out.get(name, (["%s: BFS crashed" % name], []))
            errs += e
            notes += n
        if not a.no_serve:
            world.stop()
    for n in notes:
        print("note ", n)
    print(table(truth))
    kinds = {}
    for name, st in truth["sites"].items():
        kinds[name] = sorted(set().union(*[set(p["claims"]) for p in st["pages"].values()]))
    print("claim kinds per site:", json.dumps(kinds))
    for e in errs:
        print("FAIL ", e)
    print("verify_w16: %s (%d problems)" % ("OK" if not errs else "FAILED", len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
