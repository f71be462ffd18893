#!/usr/bin/env python3
"""Self-check of the w18 world (no server needed).

  PYTHONPATH=/work/worlds/w18:/work/shared/eval python3 verify_w18.py [--watchlist PATH] [-v]

Checks
  1. truth keys: every hit is a watchlist CAS or class:fentanyl / class:nitazene registered in CLASS_OF
  2. CAS: every truth CAS passes the check digit and is shown on its page; the noise CAS never enter truth
  3. reachability: every truth page is reached by links from its site's start page (redirects followed,
     robots.txt disallows respected, junk parameters dropped, trap not entered); no link lands on a
     query-fallback page that is outside the truth
  4. offers vs text: every substance name/CAS found in a page's text is either a truth hit or a
     declared non-offer mention of that page, and every truth hit is findable in the text
  5. every valid CAS in a page's text is either truth CAS or a declared out-of-product-context mention
  6. sizes: >= 200 truth pages, >= 80 with hits, robots disallows on every site, a trap on one site
Exit status 1 on any error.
"""
import argparse
import html as htmlmod
import os
import re
import sys
from collections import deque
from urllib.parse import urlsplit, urljoin, parse_qsl, urlencode

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, "/work/shared/eval")
import marketsim  # noqa: E402
import w18_sites  # noqa: E402
import w18_common  # noqa: E402

SALTS = {"990-73-8": "437-38-7", "1443-54-5": "437-38-7", "23076-35-9": "7361-61-7", "50-98-6": "299-42-3",
         "51-57-0": "537-46-2", "345-78-8": "90-82-4", "64057-70-1": "42542-10-9", "53-21-4": "50-36-2",
         "124-90-3": "76-42-6", "1867-66-9": "6740-88-1"}
STOP = {"ice", "meth", "coke", "crystal", "speed", "molly", "7-oh", "frs", "paa", "ppa", "mek", "pcp", "m99", "mda",
        "gbl", "3-mf", "4-ff", "fu-f", "and salts", "iodine", "crystal", "fentanils", "-fentanyl", "-fentanil",
        "fentanyl analogues", "acetone", "toluene"}


def load_watchlist(path):
    aliases, wl_cas = [], set()
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4:
                continue
            name, syn, cas, cat = cols[:4]
            if "class entry" in name:
                continue
            if cas:
                key = cas
                wl_cas.add(cas)
            elif cat == "fentanyl-analogue":
                key = "class:fentanyl"
            elif "nitaz" in name.lower() or "etazene" in name.lower():
                key = "class:nitazene"
            else:
                continue
            for a in [name] + [x for x in syn.split(";") if x]:
                a = re.sub(r"\s*\(.*?\)\s*$", "", a).strip()
                if len(a) >= 3 and a.lower() not in STOP:
                    aliases.append((a, key))
            if cas:
                aliases.append((cas, key))
    for salt, base in SALTS.items():
        aliases.append((salt, base))
    return aliases, wl_cas


def compile_aliases(aliases):
    out = []
    seen = set()
    for a, key in aliases:
        if (a.lower(), key) in seen:
            continue
        seen.add((a.lower(), key))
        lead = "" if re.match(r"[\u4e00-\u9fff]", a) else r"(?<![A-Za-z0-9\u0400-\u04FF])"
        if re.search(r"[A-Za-z0-9]$", a):
            trail = r"(?![A-Za-z0-9])"
        elif re.search(r"[\d-]$", a):
            trail = r"(?![\d-])"
        else:
            trail = ""
        if re.fullmatch(r"\d{2,7}-\d{2}-\d", a):
            lead, trail = r"(?<![\d-])", r"(?![\d-])"
        out.append((re.compile(lead + re.escape(a) + trail, re.I), key, a))
    return out


def text_of(body):
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    t = re.sub(r"(?s)<[^>]+>", " ", t)
    return htmlmod.unescape(t)


def find_keys(text, pats):
    ms = []
    for rx, key, a in pats:
        for m in rx.finditer(text):
            ms.append((m.end() - m.start(), m.start(), m.end(), key, a))
    ms.sort(key=lambda x: (-x[0], x[1]))
    taken, found = [], {}
    for ln, st, en, key, a in ms:
        if any(st < e and s < en for s, e in taken):
            continue
        taken.append((st, en))
        found.setdefault(key, a)
    return found


def norm_link(site, base_path, href):
    if href.startswith(("mailto:", "javascript:", "#", "tel:")):
        return None
    u = urlsplit(urljoin("http://127.0.0.1:1" + base_path, htmlmod.unescape(href)))
    if u.netloc not in ("127.0.0.1:1", ""):
        return None
    q = [(k, v) for k, v in parse_qsl(u.query, keep_blank_values=True) if k not in site.junk_params]
    path = u.path or "/"
    return path, (path + ("?" + urlencode(sorted(q)) if q else "")), bool(q)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--watchlist", default="/work/shared/reference/watchlist.tsv")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    aliases, wl_cas = load_watchlist(a.watchlist)
    for sub in w18_common.ALL_SUBS:
        if sub.key:
            for n in sub.names:
                aliases.append((n, sub.key))
            if sub.cas:
                aliases.append((sub.cas, sub.key))
    pats = compile_aliases(aliases)
    errors, warnings = [], []
    sites = w18_sites.sites()
    total = with_hits = 0
    traps = 0
    for site in sites:
        truth = site.truth()
        total += len(truth)
        with_hits += sum(1 for v in truth.values() if v["hits"])
        traps += bool(site.trap_prefix)
        if not site.disallow:
            errors.append("%s: no robots disallow" % site.name)
        for d in site.disallow:
            if "Disallow: %s" % d not in site.robots:
                errors.append("%s: disallow %s not in robots.txt" % (site.name, d))
        # 1, 2, 4, 5 per page
        for path, t in truth.items():
            p = site.pages[path]
            for k in t["hits"]:
                if k.startswith("class:"):
                    if k not in marketsim.CLASS_OF:
                        errors.append("%s%s: class key %s not registered" % (site.name, path, k))
                elif k not in wl_cas:
                    errors.append("%s%s: hit %s is not a watchlist CAS" % (site.name, path, k))
            try:
                body = p.body.decode(getattr(p, "charset", "utf-8"))
            except UnicodeDecodeError as e:
                errors.append("%s%s: body does not decode: %s" % (site.name, path, e))
                continue
            text = text_of(body)
            for c in t["cas"]:
                if not w18_common.cas_ok(c):
                    errors.append("%s%s: invalid CAS %s in truth" % (site.name, path, c))
                if c in w18_common.INVALID_CAS:
                    errors.append("%s%s: noise CAS %s in truth" % (site.name, path, c))
                if c not in text:
                    errors.append("%s%s: truth CAS %s not shown" % (site.name, path, c))
            found = find_keys(text, pats)
            mentions = getattr(p, "mentions", set())
            for k, alias in found.items():
                if k not in p.hits and k not in mentions:
                    errors.append("%s%s: text names %s (%r) but it is neither a hit nor a declared mention" % (site.name, path, k, alias))
            for k in p.hits:
                if k not in found:
                    errors.append("%s%s: hit %s not findable in the text" % (site.name, path, k))
            shown = set(re.findall(r"(?<![\d-])(\d{2,7}-\d{2}-\d)(?![\d-])", text))
            for c in shown:
                if w18_common.cas_ok(c) and c not in p.cas and c not in getattr(p, "cas_mentions", set()):
                    errors.append("%s%s: valid CAS %s shown but neither truth nor declared mention" % (site.name, path, c))
            if t["claims"] and not t["listing"] and a.v:
                warnings.append("%s%s: claims on a non-listing page %s" % (site.name, path, t["claims"]))
        # 3 reachability
        seen, q = set(), deque()
        start = site.redirects.get("/", "/")
        q.append(start)
        seen.add(start)
        dead = set()
        while q:
            key = q.popleft()
            p = site.pages.get(key)
            if p is None or not p.ctype.startswith("text/html"):
                continue
            body = p.body.decode(getattr(p, "charset", "utf-8"), "replace")
            base = key.split("?")[0]
            for h in re.findall(r"""href\s*=\s*['"]([^'"]*)['"]""", body):
                r = norm_link(site, base, h)
                if not r:
                    continue
                path, k, hasq = r
                if path in site.redirects:
                    k = site.redirects[path]
                    path = k.split("?")[0]
                if any(path.startswith(d) for d in site.disallow):
                    continue
                if site.trap_prefix and path.startswith(site.trap_prefix):
                    continue
                if k not in site.pages:
                    if hasq and path in site.pages:
                        errors.append("%s: link %r from %s serves %s's content under a key outside the truth" % (site.name, h, key, path))
                    elif not re.search(r"\.(css|js|png|jpg|gif|ico)$", path):
                        dead.add(k)
                    continue
                if k not in seen:
                    seen.add(k)
                    q.append(k)
        for path in truth:
            if path not in seen:
                errors.append("%s: truth page %s is unreachable from the start page" % (site.name, path))
        if dead:
            warnings.append("%s: %d dead non-asset links, e.g. %s" % (site.name, len(dead), sorted(dead)[:5]))
        print("%-13s pages %3d  with hits %3d  listings %3d  with cas %3d  with claims %3d  hit keys %2d" % (
            site.name, len(truth), sum(1 for v in truth.values() if v["hits"]), sum(1 for v in truth.values() if v["listing"]),
            sum(1 for v in truth.values() if v["cas"]), sum(1 for v in truth.values() if v["claims"]),
            len({k for v in truth.values() for k in v["hits"]})))
    if total < 200:
        errors.append("only %d truth pages" % total)
    if with_hits < 80:
        errors.append("only %d truth pages with hits" % with_hits)
    if traps < 1:
        errors.append("no crawl trap")
    print("total         pages %3d  with hits %3d" % (total, with_hits))
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("verify_w18: %s (%d errors, %d warnings)" % ("FAIL" if errors else "ok", len(errors), len(warnings)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
