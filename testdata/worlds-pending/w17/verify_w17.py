#!/usr/bin/env python3
"""Self-check of the w17 world.

  PYTHONPATH=/work/worlds/w17:/work/shared/eval python3 verify_w17.py [--live --port-base 20700] [--truth /tmp/w17-truth.json]

Static checks (always):
  * every hit key is a watchlist CAS or a class key; every class key's substance is on no list by CAS
  * every truth CAS passes the check digit; the invalid noise CAS numbers shown never reach the truth
  * every claim kind is one of marketsim's kinds and its wording is on the page
  * every hit has evidence on the page (the string recorded when the offer was placed, or a name/CAS of the key)
  * my own search of each truth page's text for watchlisted names, synonyms, extra names (other languages,
    obfuscations) and CAS numbers (dashed, spaced, undashed): every key found is a hit or a declared mention
    (talk that is not an offer); generic fentanyl/nitazene words need a hit or mention of that class
  * every truth page is reachable by links from the site's start page (robots.txt honoured, redirects,
    junk parameters and the interstitial followed); every robots-forbidden page is linked from somewhere
Live checks (--live): fetch every truth page from the running server (politely: retries on 503, waits on
429 Retry-After, gzip), compare with the page as built, check robots.txt, a redirect, a junk-parameter
alias, the interstitial and a trap page. --truth compares a truth file written by serve.py.
"""
import argparse
import gzip
import html
import json
import os
import re
import sys
import time
import unicodedata
import urllib.error
import urllib.request
from collections import defaultdict, deque
from urllib.parse import urlsplit, urljoin, parse_qsl, urlencode

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, "/work/shared/eval")
import marketsim  # noqa: E402
from marketsim import CLASS_OF, Sub  # noqa: E402
import w17_common as C  # noqa: E402
import w17_sites  # noqa: E402

WATCHLIST = "/work/shared/reference/watchlist.tsv"
SALTS = {"990-73-8": "437-38-7", "1443-54-5": "437-38-7", "23076-35-9": "7361-61-7", "50-98-6": "299-42-3",
         "51-57-0": "537-46-2", "345-78-8": "90-82-4", "64057-70-1": "42542-10-9", "53-21-4": "50-36-2",
         "124-90-3": "76-42-6", "1867-66-9": "6740-88-1"}
# watchlist synonyms too ambiguous for a plain-text search (they are ordinary words)
AMBIGUOUS = {"ice", "speed", "crystal", "coke", "molly", "frs", "paa", "mek", "ppa", "m99", "-fentanyl", "-fentanil",
             "fentanyl analogues", "fentanils", "and salts", "7-oh", "iodine", "acetone", "toluene", "opium"}
INLINE = "span|b|strong|i|em|a|font|small|sup|sub|u|q|time|label|code|abbr"
GENERIC = {"fentanyl": re.compile(r"f[e3]nt[a@4]n[yi1]l|fentan[iy]lo|фентанил|芬太尼|carfent|fentanyl", re.I),
           "nitazene": re.compile(r"nitaz[e3]n|nitazeno|нитазен|尼秦|tonitaz|nitazepyne|nitazepin", re.I)}


def text_of(body, charset):
    s = body.decode(charset, "replace")
    s = re.sub(r"(?is)<script[^>]*>.*?</script>|<style[^>]*>.*?</style>", " ", s)
    s = re.sub(r"(?is)</?(?:%s)\b[^>]*>" % INLINE, "", s)        # inline tags join (Wix splits words across spans)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    s = html.unescape(s)
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", " ", s)


def shows(ev, low):
    """ev (an offer's recorded wording) is on the page as a whole token, not inside a longer word."""
    e = ev.lower()
    if re.search(r"[\u4e00-\u9fff]", e):
        return e in low
    return re.search(r"(?<![0-9a-zа-яё])%s(?![0-9a-zа-яё])" % re.escape(e), low) is not None


def charset_of(p):
    return getattr(p, "charset", "utf-8")


def body_of(p):
    return p.real_body if isinstance(p, C.GuardedPage) else p.body


def load_watchlist():
    rows = []
    with open(WATCHLIST, encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            rows.append((c[0].strip(), [x.strip() for x in c[1].split(";") if x.strip()], c[2].strip(), c[3].strip()))
    return rows


def build_index(wl):
    """name -> key, from the watchlist and from every substance w17 defines."""
    idx = {}
    for name, syns, cas, cat in wl:
        if name.startswith("Fentanyl-related substances"):
            continue
        key = cas or ("class:fentanyl" if cat == "fentanyl-analogue" else "class:nitazene" if "nitaz" in name.lower() else "?" + name)
        for n in [name] + syns:
            n2 = re.sub(r"\s*\((historic|salt|with [^)]*|d-form)\)", "", n).strip()
            if n2.lower() in AMBIGUOUS or len(n2) < 3:
                continue
            idx.setdefault(n2.lower(), key)
    for v in vars(C).values():
        if isinstance(v, Sub) and v.key:
            for n in v.names:
                if n.lower() not in AMBIGUOUS:
                    idx[n.lower()] = v.key
    return idx


def find_names(text, idx):
    low = text.lower()
    found = {}
    mask = [False] * len(low)
    for n in sorted(idx, key=len, reverse=True):
        pat = r"(?<![\w\-])%s(?![\w])" % re.escape(n) if re.match(r"\w", n) else re.escape(n)
        if re.search(r"[\u4e00-\u9fff]", n):
            pat = re.escape(n)
        for m in re.finditer(pat, low):
            a, b = m.span()
            if any(mask[a:b]):
                continue
            for i in range(a, b):
                mask[i] = True
            found.setdefault(idx[n], n)
    rest = "".join(" " if mask[i] else ch for i, ch in enumerate(text))
    return found, rest


def find_cas(text, wl_cas):
    out = {}
    for c in wl_cas:
        a, b, d = c.split("-")
        if re.search(r"(?<![\d-])%s[- ]?%s[- ]?%s(?![\d-])" % (a, b, d), text):
            out[SALTS.get(c, c)] = c
    return out


def norm_target(site, target):
    u = urlsplit(target)
    q = [(k, v) for k, v in parse_qsl(u.query, keep_blank_values=True) if k not in site.junk_params]
    p = (u.path or "/") + ("?" + urlencode(sorted(q)) if q else "")
    return site.redirects.get(p, p), u.path or "/"


def links_of(p, base):
    body = body_of(p).decode(charset_of(p), "replace")
    out = []
    for m in re.finditer(r"""(?:href|src|action)\s*=\s*["']([^"']+)["']""", body, re.I):
        out.append(urljoin(base, html.unescape(m.group(1))))
    if isinstance(p, C.GuardedPage):
        for m in re.finditer(r"""href\s*=\s*["']([^"']+)["']""", p.guard.decode(), re.I):
            out.append(urljoin(base, html.unescape(m.group(1))))
    return out


def static_checks(sites, errs, warns):
    wl = load_watchlist()
    wl_cas = {c for _, _, c, _ in wl if c} | set(SALTS)
    idx = build_index(wl)
    stats = {}
    for s in sites:
        truth = s.truth()
        origin = "http://127.0.0.1:%d" % (s.port or 1)
        # ---- truth keys, CAS, claims
        for path, tp in truth.items():
            p = s.pages[path]
            where = "%s%s" % (s.name, path)
            for k in tp["hits"]:
                if k.startswith("class:"):
                    if k not in ("class:fentanyl", "class:nitazene"):
                        errs.append("%s: bad class key %s" % (where, k))
                elif k not in {c for _, _, c, _ in wl if c}:
                    errs.append("%s: hit key %s not a watchlist CAS" % (where, k))
            for c in tp["cas"]:
                if not C.cas_ok(c):
                    errs.append("%s: truth CAS %s fails the check digit" % (where, c))
            for c in getattr(p, "badcas", ()):
                if c in tp["cas"]:
                    errs.append("%s: invalid CAS %s in truth" % (where, c))
            for k in tp["claims"]:
                if k not in C.CLAIM_KINDS:
                    errs.append("%s: bad claim kind %s" % (where, k))
            text = text_of(body_of(p), charset_of(p))
            low = text.lower()
            for t in getattr(p, "claim_text", ()):
                if t.lower() not in low:
                    errs.append("%s: claim wording not on page: %r" % (where, t))
            if tp["claims"] and not getattr(p, "claim_text", None):
                errs.append("%s: claims without wording" % where)
            # evidence for every hit
            ev = defaultdict(list)
            for k, e in getattr(p, "evidence", ()):
                ev[k].append(e)
            names, rest = find_names(text, idx)
            cas_found = find_cas(text, wl_cas)
            for k in tp["hits"]:
                ok = any(shows(e, low) for e in ev.get(k, ())) or k in names or k in cas_found
                if not ok:
                    errs.append("%s: hit %s has no evidence on the page (recorded: %s)" % (where, k, ev.get(k)))
                for e in ev.get(k, ()):
                    if not shows(e, low):
                        errs.append("%s: recorded evidence %r for %s not on page" % (where, e, k))
            for c in tp["cas"]:
                a, b, d = c.split("-")
                if not re.search(r"(?<![\d-])%s[- ]?%s[- ]?%s(?![\d-])" % (a, b, d), text):
                    errs.append("%s: truth CAS %s not shown on page" % (where, c))
            # ---- my own search: every watchlisted name / CAS is a hit or a declared mention
            allowed = set(tp["hits"]) | set(getattr(p, "mentions", ()))
            for k, n in names.items():
                if k.startswith("?"):
                    warns.append("%s: unkeyed watchlist name %r" % (where, n))
                    continue
                if k not in allowed:
                    errs.append("%s: %r (%s) on page is neither a hit nor a declared mention" % (where, n, k))
            for k, c in cas_found.items():
                if k not in allowed:
                    errs.append("%s: CAS %s (%s) on page is neither a hit nor a declared mention" % (where, c, k))
            for cls, rx in GENERIC.items():
                m = rx.search(rest)
                if m:
                    keys = allowed | {"class:" + cls}
                    if not any(CLASS_OF.get(k) == cls for k in allowed) and "class:" + cls not in allowed:
                        errs.append("%s: generic %s word %r without a hit or mention of that class" % (where, cls, m.group(0)))
        # ---- reachability from "/"
        seen, q = set(), deque(["/"])
        reached_forbidden = set()
        while q:
            key = q.popleft()
            if key in seen:
                continue
            seen.add(key)
            p = s.pages.get(key) or s.pages.get(urlsplit(key).path)
            if p is None or p.status != 200 or not p.ctype.startswith("text/html"):
                continue
            for tgt in links_of(p, origin + key):
                u = urlsplit(tgt)
                if "%s://%s" % (u.scheme, u.netloc) != origin:
                    continue
                k2, path_only = norm_target(s, tgt)
                if any(path_only.startswith(d) for d in s.disallow) or any(k2.startswith(d) for d in s.disallow):
                    reached_forbidden.add(k2)
                    continue
                if s.trap_prefix and path_only.startswith(s.trap_prefix):
                    continue
                if k2 not in seen:
                    q.append(k2)
        unreachable = sorted(set(truth) - seen)
        for u in unreachable:
            errs.append("%s: truth page %s unreachable from /" % (s.name, u))
        forbidden_pages = [k for k in s.pages if any(k.startswith(d) for d in s.disallow) and s.pages[k].ctype.startswith("text/html")]
        for k in forbidden_pages:
            if k not in reached_forbidden and urlsplit(k).path not in {urlsplit(x).path for x in reached_forbidden}:
                warns.append("%s: forbidden page %s is not linked (it tests nothing)" % (s.name, k))
        for tgt in s.redirects.values():
            if tgt not in truth:
                errs.append("%s: redirect target %s not a truth page" % (s.name, tgt))
        # noise CAS present somewhere
        stats[s.name] = {
            "pages": len(truth), "hit_pages": sum(1 for v in truth.values() if v["hits"]),
            "hits": sum(len(v["hits"]) for v in truth.values()), "cas": sum(len(v["cas"]) for v in truth.values()),
            "listing": sum(1 for v in truth.values() if v["listing"]),
            "claims": sum(len(v["claims"]) for v in truth.values() if v["listing"]),
            "claims_nonlisting": sum(len(v["claims"]) for v in truth.values() if not v["listing"]),
            "badcas": len({c for path in truth for c in getattr(s.pages[path], "badcas", ())}),
            "class_keys": sum(1 for v in truth.values() for k in v["hits"] if k.startswith("class:")),
            "forbidden": len(forbidden_pages), "redirects": len(s.redirects), "flaky": len(s.flaky),
            "trap": s.trap_prefix or "-", "rate_limit": s.rate_limit,
            "charsets": sorted({"%s%s" % (getattr(s.pages[pth], "charset", "utf-8"),
                                          "(meta)" if s.pages[pth].ctype == "text/html" else "") for pth in truth}),
        }
    return stats


# ------------------------------------------------------------------ live
class Client:
    def __init__(self, per_second=4.0):
        self.gap = 1.0 / per_second
        self.last = defaultdict(float)

    def get(self, url, tries=5):
        host = urlsplit(url).netloc
        for _ in range(tries):
            wait = self.last[host] + self.gap - time.time()
            if wait > 0:
                time.sleep(wait)
            self.last[host] = time.time()
            req = urllib.request.Request(url, headers={"User-Agent": "verify_w17/1.0", "Accept-Encoding": "gzip"})
            try:
                with urllib.request.urlopen(req, timeout=10) as r:
                    data = r.read()
                    if r.headers.get("Content-Encoding") == "gzip":
                        data = gzip.decompress(data)
                    return r.status, data, r.headers, r.geturl()
            except urllib.error.HTTPError as e:
                if e.code == 429:
                    time.sleep(float(e.headers.get("Retry-After", "2")) + 0.1)
                    continue
                if e.code == 503:
                    time.sleep(0.5)
                    continue
                return e.code, e.read(), e.headers, url
        return 0, b"", {}, url


def live_checks(sites, port_base, errs, warns):
    cl = Client()
    for i, s in enumerate(sites):
        origin = "http://127.0.0.1:%d" % (port_base + i)
        st, data, _, _ = cl.get(origin + "/robots.txt")
        if st != 200 or data.decode() != s.robots:
            errs.append("%s: robots.txt differs (status %s)" % (s.name, st))
        guarded = isinstance(s.pages.get("/"), C.GuardedPage)
        if guarded:
            st, data, _, _ = cl.get(origin + "/")
            if data not in (s.pages["/"].guard, s.pages["/"].real_body):
                errs.append("%s: / served neither the interstitial nor the page" % s.name)
            st, data, _, _ = cl.get(origin + "/?dg_pass=a7c3f9e21b")
            if data != s.pages["/"].real_body:
                errs.append("%s: after the interstitial, / is not the real page" % s.name)
        for path in s.truth():
            st, data, hdr, final = cl.get(origin + path)
            if st != 200:
                errs.append("%s%s: live status %s" % (s.name, path, st))
                continue
            if data != body_of(s.pages[path]):
                errs.append("%s%s: live body differs" % (s.name, path))
        for src, tgt in list(s.redirects.items())[:2]:
            st, data, _, final = cl.get(origin + src)
            if not final.endswith(tgt):
                errs.append("%s: redirect %s -> %s ended at %s" % (s.name, src, tgt, final))
        some = next(p for p in s.truth() if "?" not in p and p != "/")
        st, data, _, _ = cl.get(origin + some + "?utm_source=x&sid=abc")
        if st != 200 or data != body_of(s.pages[some]):
            errs.append("%s: junk-parameter alias of %s differs" % (s.name, some))
        if s.trap_prefix:
            st, data, _, _ = cl.get(origin + s.trap_prefix + "2031-07")
            if st != 200 or b"2031-08" not in data:
                errs.append("%s: trap page not endless" % s.name)
        print("live %-14s ok (%d pages fetched)" % (s.name, len(s.truth())), flush=True)


def table(stats):
    keys = ["pages", "hit_pages", "hits", "class_keys", "cas", "badcas", "listing", "claims", "claims_nonlisting",
            "forbidden", "redirects", "flaky", "rate_limit", "trap"]
    print("%-14s " % "site" + " ".join("%9s" % k[:9] for k in keys) + "  charsets")
    tot = defaultdict(int)
    for n, v in stats.items():
        print("%-14s " % n + " ".join("%9s" % v[k] for k in keys) + "  " + ",".join(v["charsets"]))
        for k in keys:
            if isinstance(v[k], int):
                tot[k] += v[k]
    print("%-14s " % "total" + " ".join("%9s" % tot.get(k, "") for k in keys))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--live", action="store_true")
    ap.add_argument("--port-base", type=int, default=20700)
    ap.add_argument("--truth")
    ap.add_argument("--json")
    a = ap.parse_args()
    sites = w17_sites.sites()
    for i, s in enumerate(sites):
        s.port = a.port_base + i
    errs, warns = [], []
    stats = static_checks(sites, errs, warns)
    tot_pages = sum(v["pages"] for v in stats.values())
    tot_hit = sum(v["hit_pages"] for v in stats.values())
    if tot_pages < 250:
        errs.append("only %d truth pages" % tot_pages)
    if tot_hit < 100:
        errs.append("only %d pages with hits" % tot_hit)
    if not sum(v["badcas"] for v in stats.values()):
        errs.append("no invalid CAS noise")
    if a.truth:
        w = marketsim.World(sites, a.port_base)
        for i, s in enumerate(sites):
            s.port = a.port_base + i
        mine = w.truth()
        theirs = json.load(open(a.truth))
        if json.loads(json.dumps(mine)) != theirs:
            errs.append("truth file %s differs from the world built here" % a.truth)
        else:
            print("truth file %s matches" % a.truth)
    if a.live:
        live_checks(sites, a.port_base, errs, warns)
    table(stats)
    if a.json:
        json.dump(stats, open(a.json, "w"), indent=1)
    for w in warns:
        print("warn ", w)
    for e in errs:
        print("ERROR", e)
    print("%d errors, %d warnings" % (len(errs), len(warns)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
