#!/usr/bin/env python3
"""Check world w11 as served, against the truth file serve.py wrote.

  PYTHONPATH=/work/worlds/w11:/work/shared/eval python3 /work/shared/eval/serve.py --set w11 \
      --port-base 20100 --truth /tmp/w11-truth.json --urls /tmp/w11-urls.txt &
  python3 verify_w11.py --truth /tmp/w11-truth.json [--watchlist .../watchlist.tsv] [--perfect DIR]

Serves nothing itself. Checks:
  1. every truth CAS passes the check digit and appears on its page (dashed, undashed, spaced,
     full-width or CAS-prefixed form);
  2. every hit key is a valid CAS from watchlist.tsv or a class key of the truth; claim kinds valid;
  3. every truth page is reachable by a polite BFS from / (robots.txt obeyed, Crawl-delay obeyed,
     429 Retry-After and transient 503 handled, redirects followed as links);
  4. no reachable 200 HTML URL outside the truth (after junk-param stripping and redirect mapping,
     as score.py normalises) - i.e. no unavoidable alias of a truth page and no untracked page;
  5. every redirect of the truth answers 301 with the recorded Location;
  6. every truth page answers 200 text/html and decodes in its declared charset.
Also prints per-site counts (for NOTES.md), CAS-looking numbers outside the truth (information),
and with --perfect DIR writes hits.jsonl / listings.jsonl of a perfect prediction for score.py.
Exit status 0 when all checks pass. Python 3 standard library only.
"""
import argparse
import gzip
import html
import json
import os
import re
import sys
import threading
import time
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import urlsplit, urljoin, parse_qsl, urlencode

KINDS = {"reship", "customs", "stealth", "mislabel", "forwarding"}
UA = "w11-verify/1.0 (+loopback test world checker)"
CAS_RE = re.compile(r"(?<![\w-])(\d{2,7})[- ]?(\d{2})[- ]?(\d)(?![\w-])")


def cas_ok(c):
    p = c.split("-")
    if len(p) != 3 or not all(x.isdigit() for x in p):
        return False
    d = p[0] + p[1]
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(p[2])


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(url, tries=6):
    """GET without following redirects. Returns (status, headers, body bytes). Polite on 429/503."""
    for attempt in range(tries):
        req = urllib.request.Request(url, headers={"User-Agent": UA, "Accept-Encoding": "gzip"})
        try:
            r = OPENER.open(req, timeout=20)
            status, hdrs, body = r.status, r.headers, r.read()
        except urllib.error.HTTPError as e:
            status, hdrs, body = e.code, e.headers, e.read()
        except Exception as e:   # connection trouble
            time.sleep(1.0)
            if attempt == tries - 1:
                return 0, {}, str(e).encode()
            continue
        if hdrs.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        if status == 429:
            time.sleep(float(hdrs.get("Retry-After") or 2) + 0.1)
            continue
        if status == 503:
            time.sleep(1.0)
            continue
        return status, hdrs, body
    return status, hdrs, body


def charset_of(hdrs, body):
    ct = hdrs.get("Content-Type", "") if hdrs else ""
    m = re.search(r"charset=([\w-]+)", ct, re.I)
    cs = m.group(1) if m else None
    if not cs:
        m = re.search(rb"<meta[^>]+charset=['\"]?([\w-]+)", body[:2048], re.I)
        cs = m.group(1).decode() if m else "utf-8"
    cs = cs.lower()
    return {"gb2312": "gbk", "x-gbk": "gbk", "big5": "big5"}.get(cs, cs)


def decode(hdrs, body):
    cs = charset_of(hdrs, body)
    try:
        return body.decode(cs), cs, None
    except (UnicodeDecodeError, LookupError) as e:
        return body.decode(cs if cs != "gbk" else "gb18030", errors="replace"), cs, str(e)


def robots_rules(text):
    """Disallow prefixes and crawl delay for User-agent: * ."""
    groups, cur, agents = [], None, []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        k, v = [x.strip() for x in line.split(":", 1)]
        k = k.lower()
        if k == "user-agent":
            if cur is not None and cur["rules_seen"]:
                cur = None
            if cur is None:
                cur = {"agents": [], "disallow": [], "delay": 0.0, "rules_seen": False}
                groups.append(cur)
            cur["agents"].append(v.lower())
        elif cur is not None:
            cur["rules_seen"] = True
            if k == "disallow" and v:
                cur["disallow"].append(v)
            elif k == "crawl-delay":
                try:
                    cur["delay"] = float(v)
                except ValueError:
                    pass
    for g in groups:
        if "*" in g["agents"]:
            return g["disallow"], g["delay"]
    return [], 0.0


def links(base, text):
    out = []
    for m in re.finditer(r"<a\b[^>]*?\bhref\s*=\s*(['\"])(.*?)\1", text, re.I | re.S):
        href = html.unescape(m.group(2)).strip()
        if not href or href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        out.append(urljoin(base, href).split("#", 1)[0])
    return out


def norm_path(site, path, query):
    q = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k not in site["junk_params"]]
    p = (path or "/") + ("?" + urlencode(sorted(q)) if q else "")
    return site["redirects"].get(p, p)


def crawl_site(name, site, out, min_gap):
    origin = site["origin"]
    st, hd, body = fetch(origin + "/robots.txt")
    disallow, delay = robots_rules(body.decode("utf-8", "replace") if st == 200 else "")
    gap = max(min_gap, delay)
    res = {"robots_disallow": disallow, "crawl_delay": delay, "fetched": {}, "depth": {}, "redirect_seen": {},
           "alias": [], "errors": [], "requests": 1, "non_html": 0}
    seen, q = set(), deque([(origin + "/", 0)])
    seen.add(origin + "/")
    trap = site["trap_prefix"]
    while q:
        url, d = q.popleft()
        u = urlsplit(url)
        if any(u.path.startswith(p) for p in disallow):
            continue
        time.sleep(gap)
        st, hd, body = fetch(url)
        res["requests"] += 1
        key = norm_path(site, u.path, u.query)
        if st in (301, 302, 303, 307, 308):
            loc = urljoin(url, hd.get("Location", ""))
            res["redirect_seen"][u.path] = (st, urlsplit(loc).path + (("?" + urlsplit(loc).query) if urlsplit(loc).query else ""))
            if loc.startswith(origin) and loc not in seen:
                seen.add(loc)
                q.append((loc, d + 1))
            continue
        if st != 200:
            continue
        ct = hd.get("Content-Type", "")
        if not ct.startswith("text/html"):
            res["non_html"] += 1
            continue
        text, cs, err = decode(hd, body)
        if trap and u.path.startswith(trap):
            continue            # the crawl trap: seen, not expanded
        if key not in site["pages"]:
            res["alias"].append("%s -> %s" % (url[len(origin):], key))
        elif key not in res["fetched"]:
            res["fetched"][key] = (text, cs, err, ct)
            res["depth"][key] = d
        for l in links(url, text):
            if l.startswith(origin) and l not in seen:
                seen.add(l)
                q.append((l, d + 1))
    out[name] = res


def cas_on_page(c, text):
    a, b, k = c.split("-")
    t = unicodedata.normalize("NFKC", html.unescape(text))
    return re.search(r"(?<!\d)%s[-\s]?%s[-\s]?%s(?!\d)" % (a, b, k), t) is not None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--truth", required=True)
    ap.add_argument("--watchlist", default="/work/shared/reference/watchlist.tsv")
    ap.add_argument("--gap", type=float, default=0.12, help="minimum seconds between requests to one site")
    ap.add_argument("--perfect", help="write a perfect prediction (hits.jsonl, listings.jsonl) into this directory")
    ap.add_argument("--counts-md", help="write the per-site counts table (markdown) to this file")
    a = ap.parse_args()
    truth = json.load(open(a.truth))
    classes = truth["classes"]
    wl = set()
    with open(a.watchlist, encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 2 and cols[2].strip():
                wl.add(cols[2].strip())
    problems, info = [], []

    # ---- static checks on the truth
    for name, s in truth["sites"].items():
        for path, pg in s["pages"].items():
            for k in pg["hits"]:
                if k.startswith("class:"):
                    if k not in classes:
                        problems.append("%s%s: class key %s not declared" % (name, path, k))
                elif not (cas_ok(k) and k in wl):
                    problems.append("%s%s: hit key %s is not a valid watchlist CAS" % (name, path, k))
            for c in pg["cas"]:
                if not cas_ok(c):
                    problems.append("%s%s: truth CAS %s fails the check digit" % (name, path, c))
            for k in pg["claims"]:
                if k not in KINDS:
                    problems.append("%s%s: claim kind %s invalid" % (name, path, k))
            if any(path.startswith(d) for d in s["disallow"]):
                problems.append("%s%s: truth page under a disallowed prefix" % (name, path))

    # ---- crawl every site politely, in parallel (one thread a site)
    out, ths = {}, []
    for name, s in truth["sites"].items():
        t = threading.Thread(target=crawl_site, args=(name, s, out, a.gap))
        t.start()
        ths.append(t)
    for t in ths:
        t.join()

    rows = []
    for name, s in truth["sites"].items():
        r = out[name]
        pages = s["pages"]
        if sorted(r["robots_disallow"]) != sorted(s["disallow"]):
            problems.append("%s: robots.txt disallows %s but truth says %s" % (name, r["robots_disallow"], s["disallow"]))
        missing = sorted(set(pages) - set(r["fetched"]))
        for m in missing:
            problems.append("%s%s: truth page not reached by the polite BFS" % (name, m))
        for al in r["alias"]:
            problems.append("%s: reachable 200 HTML URL outside the truth: %s" % (name, al))
        deep = max(r["depth"].values()) if r["depth"] else 0
        # redirects: every one answers 301 to its recorded target
        for src, dst in s["redirects"].items():
            time.sleep(max(a.gap, r["crawl_delay"]))
            st, hd, body = fetch(s["origin"] + src)
            loc = hd.get("Location", "") if hd else ""
            if st != 301 or loc != dst:
                problems.append("%s%s: redirect answered %s -> %s (want 301 -> %s)" % (name, src, st, loc, dst))
        # page-level checks
        stray = 0
        for path, pg in pages.items():
            if path not in r["fetched"]:
                continue
            text, cs, err, ct = r["fetched"][path]
            if err:
                problems.append("%s%s: does not decode as %s: %s" % (name, path, cs, err))
            for c in pg["cas"]:
                if not cas_on_page(c, text):
                    problems.append("%s%s: truth CAS %s not visible on the page" % (name, path, c))
            # CAS-looking numbers that are not truth CAS (information: negatives, chrome, ids)
            t = unicodedata.normalize("NFKC", html.unescape(re.sub(r"<script.*?</script>|<style.*?</style>", " ", text, flags=re.S)))
            found = {"%s-%s-%s" % m.groups() for m in CAS_RE.finditer(t)}
            found = {c for c in found if cas_ok(c)} - set(pg["cas"])
            undashed = {c for c in found if not re.search(r"(?<!\d)%s-%s-%s(?!\d)" % tuple(c.split("-")), t)}
            if found and pg["listing"]:
                stray += 1
                info.append("%s%s (listing): CAS-looking numbers not in truth: %s%s" % (
                    name, path, " ".join(sorted(found)), (" [written without dashes: %s]" % " ".join(sorted(undashed))) if undashed else ""))
        hit_pages = [p for p in pages.values() if p["hits"]]
        kinds = sorted({k for p in pages.values() for k in p["claims"]})
        rows.append((name, s["origin"].rsplit(":", 1)[1], len(pages), sum(p["listing"] for p in pages.values()),
                     sum(1 for p in pages.values() if p["listing"] and p["hits"]), len(hit_pages),
                     sum(len(p["hits"]) for p in pages.values()), sum(len(p["cas"]) for p in pages.values()),
                     sum(len(p["claims"]) for p in pages.values()), ",".join(kinds), " ".join(s["disallow"]),
                     len(s["redirects"]), deep, r["requests"]))

    hdr = ("| site | port | truth pages | listing pages | listing pages with hits | pages with hits | hit pairs | "
           "CAS pairs | claim pairs | claim kinds | disallowed prefixes | redirects | max BFS depth | verify requests |")
    lines = [hdr, "|" + "---|" * 14]
    for row in rows:
        lines.append("| " + " | ".join(str(x) for x in row) + " |")
    tot = [sum(r[i] for r in rows) for i in (2, 3, 4, 5, 6, 7, 8)]
    lines.append("| **total** | | %d | %d | %d | %d | %d | %d | %d | | | %d | | |" % (*tot, sum(r[11] for r in rows)))
    table = "\n".join(lines)
    print(table)
    if a.counts_md:
        open(a.counts_md, "w").write(table + "\n")
    for i in info[:80]:
        print("info:", i)
    if len(info) > 80:
        print("info: ... %d more" % (len(info) - 80))

    if a.perfect:
        os.makedirs(a.perfect, exist_ok=True)
        with open(os.path.join(a.perfect, "hits.jsonl"), "w") as fh, open(os.path.join(a.perfect, "listings.jsonl"), "w") as fl:
            for name, s in truth["sites"].items():
                for path, pg in s["pages"].items():
                    url = s["origin"] + path
                    for k in pg["hits"]:
                        if k.startswith("class:"):
                            sub = {"cas": "", "class": k.split(":", 1)[1], "name": k}
                        else:
                            sub = {"cas": k, "class": classes.get(k, ""), "name": k}
                        fh.write(json.dumps({"url": url, "substance": sub}) + "\n")
                    if pg["listing"] or pg["cas"] or pg["claims"]:
                        fl.write(json.dumps({"url": url, "cas": pg["cas"],
                                             "claims": [{"kind": k} for k in pg["claims"]]}) + "\n")
        print("perfect prediction written to", a.perfect)

    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  ", p)
        sys.exit(1)
    print("\nverify: OK - all checks passed")


if __name__ == "__main__":
    main()
