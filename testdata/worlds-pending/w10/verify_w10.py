#!/usr/bin/env python3
"""Check a running w10 world against its truth file.

  verify_w10.py [--truth /tmp/w10-truth.json] [--depth 6] [--audit]

For every site in the truth it
  1. fetches /robots.txt and checks that every disallowed prefix in the truth is disallowed there;
  2. crawls from "/" breadth-first the way a polite crawler would (robots.txt obeyed, redirects followed,
     junk parameters stripped, trap prefix avoided, depth <= --depth) and checks that every truth page is
     reached, and that no reachable 200 HTML URL normalises to a page outside the truth (an alias that a
     crawler could not avoid and the score would count as "page not in truth");
  3. fetches every truth URL directly and asserts 200 + text/html;
  4. checks every truth CAS number with the check digit and finds it on its page (dashed, undashed,
     spaced or glued to a "CAS#" prefix), every hit key is a valid CAS number or a known class key, and
     every claim kind is one score.py knows;
  5. checks every redirect answers 301 with the truth's target, and the target is a truth page.
It sleeps between requests (the sites rate-limit) and retries 503 and 429 answers.
--audit also prints, per page, CAS-like numbers that pass the check digit but are not in the truth (traps
to eyeball). Exit status 0 when every assertion holds.
"""
import argparse
import html
import json
import re
import sys
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import urljoin, urlsplit, parse_qsl, urlencode

CLAIM_KINDS = ("reship", "customs", "stealth", "mislabel", "forwarding")


def cas_ok(c):
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", c or "")
    if not m:
        return False
    d = m.group(1) + m.group(2)
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(m.group(3))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


class Fetcher:
    """Polite per-site fetcher: at most ~8 requests a second, retries 429 (Retry-After) and 503."""
    def __init__(self, origin, gap=0.125):
        self.origin, self.gap, self.last = origin, gap, 0.0
        self.count = 0

    def get(self, path):
        for attempt in range(6):
            wait = self.last + self.gap - time.time()
            if wait > 0:
                time.sleep(wait)
            self.last = time.time()
            self.count += 1
            req = urllib.request.Request(self.origin + path, headers={"User-Agent": "w10-verifier/1.0"})
            try:
                with OPENER.open(req, timeout=20) as r:
                    return r.status, dict(r.headers), r.read()
            except urllib.error.HTTPError as e:
                body = e.read()
                if e.code == 429:
                    time.sleep(float(e.headers.get("Retry-After") or 2) + 0.1)
                    continue
                if e.code == 503 and attempt < 3:
                    time.sleep(0.3)
                    continue
                return e.code, dict(e.headers), body
        return 0, {}, b""


def decode(headers, body):
    ct = headers.get("Content-Type", "")
    m = re.search(r"charset=([\w-]+)", ct)
    cs = m.group(1) if m else None
    if not cs:
        m = re.search(rb"charset=[\"']?([\w-]+)", body[:2048])
        cs = m.group(1).decode() if m else "utf-8"
    cs = {"windows-1252": "cp1252"}.get(cs.lower(), cs)
    try:
        return body.decode(cs, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


def norm_key(path_query, junk):
    u = urlsplit(path_query)
    q = [(k, v) for k, v in parse_qsl(u.query, keep_blank_values=True) if k not in junk]
    return (u.path or "/") + ("?" + urlencode(sorted(q)) if q else "")


HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)


def links(text, base):
    out = []
    for m in HREF.finditer(text):
        raw = html.unescape(m.group(1) if m.group(1) is not None else m.group(2)).strip()
        if not raw or raw.startswith(("#", "javascript:", "mailto:", "data:")):
            continue
        u = urlsplit(urljoin(base, raw))
        if u.scheme not in ("http", "https"):
            continue
        out.append((u.netloc, u.path + ("?" + u.query if u.query else "")))
    return out


def text_of(doc):
    doc = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", doc)
    return html.unescape(re.sub(r"<[^>]+>", " ", doc))


def cas_on_page(cas, doc):
    a, b, c = cas.split("-")
    pat = r"(?<!\d)%s[\s\-]?%s[\s\-]?%s(?!\d)" % (a, b, c)
    return re.search(pat, doc) is not None


def check_site(name, s, classes, depth, audit, out):
    errors, notes = [], []
    origin = s["origin"]
    netloc = urlsplit(origin).netloc
    f = Fetcher(origin)
    junk = set(s["junk_params"])
    pages = s["pages"]
    disallow = s["disallow"]
    trap = s["trap_prefix"]
    redirects = s["redirects"]

    # 1. robots.txt
    st, hd, body = f.get("/robots.txt")
    if st != 200:
        errors.append("robots.txt: status %s" % st)
    robots = [l.split(":", 1)[1].strip() for l in body.decode("utf-8", "replace").splitlines()
              if l.lower().startswith("disallow:") and l.split(":", 1)[1].strip()]
    for d in disallow:
        if d not in robots:
            errors.append("robots.txt does not disallow %s" % d)
    if len(disallow) < 2:
        errors.append("fewer than two disallowed paths")

    def forbidden(p):
        return any(p.startswith(d) for d in disallow)

    # 2. polite BFS from /
    seen, cache, level = set(), {}, {}
    frontier = ["/"]
    seen.add("/")
    level["/"] = 0
    d = 0
    while frontier and d <= depth:
        nxt = []
        for pq in frontier:
            key = norm_key(pq, junk)
            st, hd, body = f.get(pq)
            hops = 0
            while st in (301, 302, 303, 307, 308) and hops < 5:
                loc = urlsplit(urljoin(origin + pq, hd.get("Location", "")))
                pq = loc.path + ("?" + loc.query if loc.query else "")
                key = norm_key(pq, junk)
                if forbidden(loc.path):
                    st = -1
                    break
                st, hd, body = f.get(pq)
                hops += 1
            ctype = hd.get("Content-Type", "")
            if st != 200 or not ctype.startswith("text/html"):
                continue
            if key not in pages and not (trap and key.startswith(trap)):
                errors.append("alias: %s answers 200 HTML but %s is not a truth page" % (pq, key))
            doc = decode(hd, body)
            cache.setdefault(key, (hd, doc))
            level.setdefault(key, d)
            for host, link in links(doc, origin + pq):
                if host != netloc:
                    continue
                lp = urlsplit(link).path
                if forbidden(lp) or (trap and lp.startswith(trap)):
                    continue
                lk = norm_key(link, junk)
                if lk in seen:
                    continue
                seen.add(lk)
                nxt.append(link)
        frontier = nxt
        d += 1
    unreached = sorted(set(pages) - set(cache))
    for p in unreached:
        errors.append("not reachable from / within depth %d: %s" % (depth, p))

    # 3.-4. every truth page, directly
    n_cas = n_hits = 0
    listing = 0
    for path, pg in pages.items():
        st, hd, body = f.get(path)
        if st != 200 or not hd.get("Content-Type", "").startswith("text/html"):
            errors.append("%s: status %s, type %s" % (path, st, hd.get("Content-Type")))
            continue
        doc = decode(hd, body)
        plain = text_of(doc)
        for c in pg["cas"]:
            n_cas += 1
            if not cas_ok(c):
                errors.append("%s: truth CAS %s fails the check digit" % (path, c))
            elif not cas_on_page(c, plain):
                errors.append("%s: truth CAS %s not found in the page text" % (path, c))
        for k in pg["hits"]:
            n_hits += 1
            if k.startswith("class:"):
                if k not in classes:
                    errors.append("%s: class key %s not in truth classes" % (path, k))
            elif not cas_ok(k):
                errors.append("%s: hit key %s is not a valid CAS number" % (path, k))
        for k in pg["claims"]:
            if k not in CLAIM_KINDS:
                errors.append("%s: unknown claim kind %s" % (path, k))
        listing += pg["listing"]
        if audit:
            found = {"%s-%s-%s" % m.groups() for m in re.finditer(r"(?<![\d-])(\d{2,7})[- ]?(\d{2})[- ]?(\d)(?![\d-])", plain)}
            extra = sorted(c for c in found if cas_ok(c) and c not in pg["cas"] and len(c) > 7)
            if extra:
                notes.append("  audit %s%s: valid CAS-like numbers not in truth: %s" % (name, path, " ".join(extra)))

    # 5. redirects
    for src, dst in redirects.items():
        st, hd, body = f.get(src)
        loc = hd.get("Location", "")
        if st != 301 or loc != dst:
            errors.append("redirect %s: status %s location %r, want 301 %r" % (src, st, loc, dst))
        if norm_key(dst, junk) not in pages:
            errors.append("redirect %s -> %s: target is not a truth page" % (src, dst))
    if len(redirects) < 2:
        errors.append("fewer than two redirects")
    maxlevel = max(level.values()) if level else 0
    out[name] = dict(errors=errors, notes=notes, pages=len(pages), listings=listing, hits=n_hits, cas=n_cas,
                     claims=len({k for pg in pages.values() for k in pg["claims"]}), requests=f.count, maxdepth=maxlevel)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--truth", default="/tmp/w10-truth.json")
    ap.add_argument("--depth", type=int, default=6)
    ap.add_argument("--audit", action="store_true")
    a = ap.parse_args()
    truth = json.load(open(a.truth))
    classes = truth["classes"]
    for k, v in classes.items():
        if v not in ("fentanyl", "nitazene"):
            print("FAIL: class %s -> %s is neither fentanyl nor nitazene" % (k, v))
            sys.exit(1)
    out, threads = {}, []
    for name, s in truth["sites"].items():
        t = threading.Thread(target=check_site, args=(name, s, classes, a.depth, a.audit, out))
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
    bad = 0
    print("%-14s %6s %8s %6s %5s %7s %9s %6s" % ("site", "pages", "listings", "hits", "cas", "claims", "requests", "depth"))
    for name in truth["sites"]:
        r = out[name]
        print("%-14s %6d %8d %6d %5d %7d %9d %6d" % (name, r["pages"], r["listings"], r["hits"], r["cas"], r["claims"], r["requests"], r["maxdepth"]))
    for name in truth["sites"]:
        r = out[name]
        for n in r["notes"]:
            print(n)
        for e in r["errors"]:
            print("FAIL %s: %s" % (name, e))
            bad += 1
    print("verify_w10: %s" % ("ok" if not bad else "%d failures" % bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
