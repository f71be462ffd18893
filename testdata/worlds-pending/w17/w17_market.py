"""abacus-market: a darknet market in the style of Abacus / Bohemia-era markets.

Bootstrap-ish layout: category grids of listing tiles (vendor, level, rating, USD price with
XMR/BTC equivalents, ships from -> to), listing pages with tabs (description, ?tab=feedback,
?tab=refund), vendor profiles with PGP key and terms, market rules, FAQ, news (one announces a
coming ban of fentanyl and nitazene listings: a negative). Every internal link carries a
session token ?sid=... (a junk parameter: same page), price currency toggles ?cur=xmr (junk).
The first request to / gets an anti-DDoS captcha interstitial whose "continue" link is
/?dg_pass=<token> (junk), after which / serves the real home page.
"""
import hashlib

from marketsim import Site, Page, tiny_png
from w17_common import (T, mkpage, esc, qkey, GuardedPage, fentanyl, carfent, acetylf, isotonit, protonit, metonit,
                        etonitpyne, ofluorof, heroin, oxycodone, xylazine, npp, anpp, boc4ap, ketamine, bromazolam, meth,
                        cocaine, u47700, FENT_HCL)

JUNK = ["utm_source", "utm_medium", "sort", "order", "view", "sid", "cur", "dg_pass"]
XMR, BTC = 161.4, 93850.0


def sid(*parts):
    return hashlib.sha1(("w17" + "/".join(parts)).encode()).hexdigest()[:16]


def L(path, src, **params):
    """href with the session token of the page it sits on (junk for the server)."""
    params = dict(params)
    params["sid"] = sid(src, path)
    return esc(path + "?" + "&".join("%s=%s" % kv for kv in params.items()))


class Listing:
    def __init__(self, lid, title, cat, vendor, usd, ships_from, ships_to, desc, refund, offers, title_ev=(), cas=(),
                 claims=(), refund_claims=(), header_claims=(), feedback=(), mentions=()):
        self.lid, self.title, self.cat, self.vendor, self.usd = lid, title, cat, vendor, usd
        self.ships_from, self.ships_to, self.desc, self.refund = ships_from, ships_to, desc, refund
        self.offers = list(offers)            # (sub, evidence in description)
        self.title_ev = list(title_ev)        # (sub, evidence in the title)
        self.cas, self.claims, self.refund_claims = list(cas), list(claims), list(refund_claims)
        self.header_claims = list(header_claims)  # (kind, text) in the shipping options shown on every tab
        self.feedback, self.mentions = list(feedback), list(mentions)

    @property
    def path(self):
        return "/listing/" + self.lid

    def title_truth(self):
        t = T()
        for sub, ev in self.title_ev:
            t.offer(sub, ev)
        t.mention(*self.mentions)
        t.mention(*[s for s, _ in self.offers])
        return t


VENDORS = {
    "PharmaNL": ("Netherlands", 7, "4.97", 1204, "Professional stealth: MBB, vacuum sealed, decoy item. Reship once for lost or seized parcels "
                 "(tracking proof required).", [("stealth", "Professional stealth: MBB, vacuum sealed, decoy item"),
                                                ("reship", "Reship once for lost or seized parcels")]),
    "BlackLotusLab": ("China", 4, "4.81", 233, "All parcels are declared as \"cosmetic samples\". Customs-cleared routes to US, CA and AU.",
                      [("mislabel", "declared as \"cosmetic samples\""), ("customs", "Customs-cleared routes to US, CA and AU")]),
    "NitroKing": ("Germany", 5, "4.90", 512, "We ship from DE. US orders go through our domestic drop in Texas, no international mail.",
                  [("forwarding", "US orders go through our domestic drop in Texas")]),
    "ChemPlug": ("United States", 6, "4.93", 876, "Domestic USPS Priority only. We do not reship, no exceptions. Orders before 2pm EST ship same day.", []),
    "DrMex": ("Mexico", 3, "4.70", 141, "Envío discreto en todo México y a USA. Si se pierde, reenvío al 50 %.",
              [("stealth", "Envío discreto"), ("reship", "Si se pierde, reenvío al 50 %")]),
    "SafeHarbor": ("United Kingdom", 8, "4.99", 3310, "Harm-reduction supplies only. Worldwide letter post.", []),
    "PelletHouse": ("Poland", 5, "4.88", 690, "Stealth: pellets in blister packs inside a greeting card.",
                    [("stealth", "pellets in blister packs inside a greeting card")]),
}
PGP = ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGVx3mEBEADJq8Vb2c0c9m0xZc2yUo5tQ1rW3nJ8bK4uE0aVfL6hP2sD7gT1\n"
       "yX9cR4eW0qZ3vB8nM5kJ2hG7fD1sA6lK9pO3iU4yT8rE2wQ5zX7cV1bN0mL6kJ3\nhG9fD2sA5pO1iU8yT4rE6wQ3zX9cV7bN2mL0kJ5hG1fD8sA3pO6iU2yT0rE4wQ7\n"
       "=Kq3x\n-----END PGP PUBLIC KEY BLOCK-----")

CATS = {"opioids": "Opioids", "chemicals": "Chemicals & Precursors", "dissociatives": "Dissociatives",
        "benzodiazepines": "Benzodiazepines", "stimulants": "Stimulants", "harm-reduction": "Harm reduction & supplies"}


def listings():
    X = []
    X.append(Listing("8f2c1a9e4b7d", "F3nt HCl 1g — 90%+ purity", "opioids", "PharmaNL", 120, "Netherlands", "Worldwide",
                     "Fentanyl HCl, 90%+ (lab tested, GC-MS in pictures). CAS 1443-54-5.\nDose in micrograms. Have naloxone around.",
                     "Reship once if lost/seized. No refunds for wrong address.",
                     [(fentanyl, "Fentanyl HCl")], title_ev=[(fentanyl, "F3nt HCl")], cas=[FENT_HCL],
                     refund_claims=[("reship", "Reship once if lost/seized")],
                     header_claims=[("stealth", "Vacuum-sealed stealth letter")],
                     feedback=["5/5 fast and stealthy", "4/5 a bit weaker than expected", "5/5 top vendor"]))
    X.append(Listing("3b9d0e7a1c42", "Carfentanil 10mg — research only", "opioids", "BlackLotusLab", 260, "China", "Worldwide",
                     "Carfentanil citrate, 10 mg. For research only. Handle with full PPE.\nShipped declared as cosmetic samples.",
                     "No reship on this item.", [(carfent, "Carfentanil")], title_ev=[(carfent, "Carfentanil")],
                     claims=[("mislabel", "declared as cosmetic samples")], feedback=["5/5 arrived in 12 days"]))
    X.append(Listing("c41f7a20de93", "Isotonitazene 1g (ISO)", "opioids", "NitroKing", 140, "Germany", "EU, USA",
                     "Isotonitazene, 1 g, 98.9%. CAS 14188-81-9.\nUS buyers: delivered from our domestic drop in Texas.",
                     "Reship 50% if lost in the EU. US: no reship.", [(isotonit, "Isotonitazene")],
                     title_ev=[(isotonit, "Isotonitazene")], cas=["14188-81-9"],
                     claims=[("forwarding", "delivered from our domestic drop in Texas")],
                     refund_claims=[("reship", "Reship 50% if lost in the EU")], feedback=["5/5", "5/5 strong"]))
    X.append(Listing("5e6a8b1f2d70", "Protonitazene pellets 100x 0.5mg", "opioids", "PelletHouse", 180, "Poland", "EU",
                     "100 pellets of protonitazene, 0.5 mg each. Start low.", "Refund as store credit only.",
                     [(protonit, "protonitazene")], title_ev=[(protonit, "Protonitazene")],
                     header_claims=[("stealth", "Greeting-card stealth")], feedback=["4/5"]))
    X.append(Listing("77ad93c0b1e8", "Metonitazene powder 500mg", "opioids", "NitroKing", 110, "Germany", "EU, USA",
                     "Metonitazene 500 mg, HPLC 99.2%.", "Reship 50% if lost in the EU.", [(metonit, "Metonitazene")],
                     title_ev=[(metonit, "Metonitazene")], refund_claims=[("reship", "Reship 50% if lost in the EU")]))
    X.append(Listing("a0e4c6d8f213", "Acetylfentanyl 1g", "opioids", "BlackLotusLab", 95, "China", "Worldwide",
                     "Acetylfentanyl, 1 g, white powder. CAS 3258-84-2.", "No reship.", [(acetylf, "Acetylfentanyl")],
                     title_ev=[(acetylf, "Acetylfentanyl")], cas=["3258-84-2"]))
    X.append(Listing("d93b2e0a7c15", "Heroin #4 Afghan 1g", "opioids", "PharmaNL", 85, "Netherlands", "EU",
                     "Afghan heroin #4, 1 g. Tested free of fentanyl and nitazenes (test strips in pics).",
                     "Reship once if lost/seized.", [(heroin, "heroin")], title_ev=[(heroin, "Heroin")],
                     refund_claims=[("reship", "Reship once if lost/seized")], mentions=[fentanyl, "class:nitazene"]))
    X.append(Listing("1f8e7d6c5b4a", "Oxycodone 30mg (pharma) x10", "opioids", "ChemPlug", 250, "United States", "United States",
                     "Oxycodone 30 mg, pharmacy blisters, 10 tablets. Not pressed.", "We do not reship.",
                     [(oxycodone, "Oxycodone")], title_ev=[(oxycodone, "Oxycodone")], feedback=["5/5 legit pharma"]))
    X.append(Listing("e2d4f6a8c0b1", "Tranq dope (fentanyl + xylazine) 1g", "opioids", "ChemPlug", 70, "United States", "United States",
                     "Fentanyl with xylazine, 1 g. Heavy. Not for beginners.", "We do not reship.",
                     [(fentanyl, "Fentanyl"), (xylazine, "xylazine")], title_ev=[(fentanyl, "fentanyl"), (xylazine, "xylazine")]))
    X.append(Listing("9c8b7a6f5e4d", "Blues 30 — pressed (100x)", "opioids", "DrMex", 400, "Mexico", "Mexico, USA",
                     "100 pressed blue 30s. Pressed with fentanyl — NOT oxycodone. Envío discreto a USA.",
                     "Si se pierde, reenvío al 50 %.", [(fentanyl, "fentanyl")],
                     claims=[("stealth", "Envío discreto a USA")], refund_claims=[("reship", "Si se pierde, reenvío al 50 %")],
                     mentions=[oxycodone]))
    X.append(Listing("4a5b6c7d8e9f", "NPP 1kg — bulk precursor", "chemicals", "BlackLotusLab", 900, "China", "Worldwide",
                     "N-Phenethyl-4-piperidone (NPP), 1 kg, CAS 39742-60-4. Customs-cleared route to Mexico.",
                     "Reship if seized (one time).", [(npp, "N-Phenethyl-4-piperidone")], title_ev=[(npp, "NPP")],
                     cas=["39742-60-4"], claims=[("customs", "Customs-cleared route to Mexico")],
                     refund_claims=[("reship", "Reship if seized")]))
    X.append(Listing("b1c2d3e4f5a6", "4-ANPP 250g", "chemicals", "DrMex", 650, "Mexico", "Mexico, USA",
                     "4-ANPP, 250 g, 99 %. Entrega en CDMX, Culiacán o envío.", "Reenvío al 50 %.", [(anpp, "4-ANPP")],
                     title_ev=[(anpp, "4-ANPP")], refund_claims=[("reship", "Reenvío al 50 %")]))
    X.append(Listing("c7d8e9f0a1b2", "1-boc-4-AP 500g", "chemicals", "BlackLotusLab", 380, "China", "Worldwide",
                     "tert-Butyl 4-(phenylamino)piperidine-1-carboxylate, 500 g. CAS 125541-22-2.", "No reship.",
                     [(boc4ap, "tert-Butyl 4-(phenylamino)piperidine-1-carboxylate")], title_ev=[(boc4ap, "1-boc-4-AP")],
                     cas=["125541-22-2"]))
    X.append(Listing("f0e1d2c3b4a5", "Xylazine HCl 100g (vet grade)", "chemicals", "DrMex", 160, "Mexico", "Mexico, USA",
                     "Xylazine HCl, 100 g, CAS 7361-61-5 (see COA).", "Reenvío al 50 %.", [(xylazine, "Xylazine")],
                     title_ev=[(xylazine, "Xylazine")], cas=["7361-61-5"], refund_claims=[("reship", "Reenvío al 50 %")]))
    X.append(Listing("0a1b2c3d4e5f", "Ketamine S-isomer 5g (needles)", "dissociatives", "PharmaNL", 110, "Netherlands", "Worldwide",
                     "S-ketamine HCl, 5 g, long needles.", "Reship once if lost/seized.", [(ketamine, "ketamine")],
                     title_ev=[(ketamine, "Ketamine")], refund_claims=[("reship", "Reship once if lost/seized")],
                     header_claims=[("stealth", "Vacuum-sealed stealth letter")]))
    X.append(Listing("6b7c8d9e0f1a", "Bromazolam 1mg pellets x100", "benzodiazepines", "PelletHouse", 60, "Poland", "EU",
                     "Bromazolam 1 mg pellets, 100 pcs.", "Refund as store credit only.", [(bromazolam, "Bromazolam")],
                     title_ev=[(bromazolam, "Bromazolam")], header_claims=[("stealth", "Greeting-card stealth")]))
    X.append(Listing("2c3d4e5f6a7b", "Crystal Meth 3.5g (shards)", "stimulants", "ChemPlug", 90, "United States", "United States",
                     "Methamphetamine, 3.5 g, large shards.", "We do not reship.", [(meth, "Methamphetamine")],
                     title_ev=[(meth, "Crystal Meth")]))
    X.append(Listing("8d9e0f1a2b3c", "Cocaine 1g Peruvian flake", "stimulants", "PharmaNL", 95, "Netherlands", "EU",
                     "Peruvian flake cocaine, 1 g, 89%.", "Reship once if lost/seized.", [(cocaine, "cocaine")],
                     title_ev=[(cocaine, "Cocaine")], refund_claims=[("reship", "Reship once if lost/seized")]))
    X.append(Listing("3e4f5a6b7c8d", "U-47700 1g", "opioids", "NitroKing", 75, "Germany", "EU, USA",
                     "U-47700, 1 g. Research only.", "Reship 50% if lost in the EU.", [(u47700, "U-47700")],
                     title_ev=[(u47700, "U-47700")], refund_claims=[("reship", "Reship 50% if lost in the EU")]))
    X.append(Listing("9f0a1b2c3d4e", "Etonitazepyne 250mg", "opioids", "NitroKing", 120, "Germany", "EU, USA",
                     "Etonitazepyne (N-pyrrolidino etonitazene), 250 mg.", "Reship 50% if lost in the EU.",
                     [(etonitpyne, "Etonitazepyne")], title_ev=[(etonitpyne, "Etonitazepyne")],
                     refund_claims=[("reship", "Reship 50% if lost in the EU")]))
    X.append(Listing("5a6b7c8d9e0f", "ortho-Fluorofentanyl 1g", "opioids", "BlackLotusLab", 150, "China", "Worldwide",
                     "ortho-Fluorofentanyl (2-fluorofentanyl), 1 g.", "No reship.", [(ofluorof, "ortho-Fluorofentanyl")],
                     title_ev=[(ofluorof, "ortho-Fluorofentanyl")]))
    X.append(Listing("7c8d9e0f1a2b", "Fentanyl test strips x25", "harm-reduction", "SafeHarbor", 20, "United Kingdom", "Worldwide",
                     "25 BTNX fentanyl test strips. Detects fentanyl and most analogues (not nitazenes).", "Full refund if lost.",
                     [], mentions=[fentanyl, "class:nitazene"]))
    X.append(Listing("1b2c3d4e5f6a", "Naloxone nasal spray 4mg x2", "harm-reduction", "SafeHarbor", 35, "United Kingdom", "Worldwide",
                     "Two naloxone 4 mg nasal sprays. Reverses opioid overdose (fentanyl, heroin).", "Full refund if lost.",
                     [], mentions=[fentanyl, heroin]))
    X.append(Listing("4d5e6f7a8b9c", "Digital scale 0.001g", "harm-reduction", "SafeHarbor", 25, "United Kingdom", "Worldwide",
                     "Milligram scale with calibration weight.", "Full refund if lost.", []))
    return X


def build():
    s = Site("abacus-market", "darknet-market")
    s.robots = ("User-agent: *\nDisallow: /account/\nDisallow: /cart/\nDisallow: /messages/\nDisallow: /orders/\nDisallow: /logout\n")
    s.disallow = ["/account/", "/cart/", "/messages/", "/orders/", "/logout"]
    s.rate_limit = 8
    s.junk_params = JUNK
    X = listings()
    by_cat = {}
    for x in X:
        by_cat.setdefault(x.cat, []).append(x)

    def price(usd):
        return "USD %.2f" % usd, "%.4f XMR · %.5f BTC" % (usd / XMR, usd / BTC)

    def page(title, src, body):
        cats = "".join("<li class=\"list-group-item\"><a href=\"%s\">%s</a> <span class=\"badge\">%d</span></li>"
                       % (L("/category/" + c, src), esc(n), len(by_cat.get(c, []))) for c, n in CATS.items())
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">"
                "<title>%s | Abacus Market</title><link href=\"/static/bootstrap.min.css\" rel=\"stylesheet\"><link href=\"/static/abacus.css\" rel=\"stylesheet\"></head>"
                "<body><nav class=\"navbar navbar-inverse navbar-fixed-top\"><div class=\"container\"><a class=\"navbar-brand\" href=\"%s\">ABACUS</a>"
                "<ul class=\"nav navbar-nav\"><li><a href=\"%s\">Home</a></li><li><a href=\"%s\">News</a></li><li><a href=\"%s\">Rules</a></li>"
                "<li><a href=\"%s\">FAQ</a></li></ul><ul class=\"nav navbar-nav navbar-right\"><li><a href=\"%s\"><i class=\"fa fa-envelope\"></i> 0</a></li>"
                "<li><a href=\"%s\"><i class=\"fa fa-shopping-cart\"></i> Cart (0)</a></li><li><a href=\"%s\">Account</a></li>"
                "<li class=\"currency\"><a href=\"%s\">USD</a> | <a href=\"%s\">XMR</a> | <a href=\"%s\">BTC</a></li>"
                "<li><a href=\"%s\">Logout</a></li></ul></div></nav><div class=\"container main\"><div class=\"row\"><div class=\"col-md-3 sidebar\">"
                "<div class=\"panel panel-default\"><div class=\"panel-heading\">Categories</div><ul class=\"list-group\">%s</ul></div>"
                "<div class=\"panel panel-default\"><div class=\"panel-heading\">Exchange rates</div><div class=\"panel-body\">1 XMR = USD %.2f<br>1 BTC = USD %.2f</div></div>"
                "</div><div class=\"col-md-9 content\">%s</div></div></div><footer class=\"footer\"><div class=\"container\">Abacus Market · "
                "<a href=\"%s\">PGP</a> · <a href=\"%s\">Support</a> · Block height 3,512,204</div></footer></body></html>") % (
                    esc(title), L("/", src), L("/", src), L("/news", src), L("/rules", src), L("/faq", src), L("/messages/", src),
                    L("/cart/", src), L("/account/", src), L(src.split("?")[0], src, cur="usd"), L(src.split("?")[0], src, cur="xmr"),
                    L(src.split("?")[0], src, cur="btc"), L("/logout", src), cats, XMR, BTC, body, L("/pgp", src), L("/support", src))

    def tile(x, src):
        v = VENDORS[x.vendor]
        pu, pc = price(x.usd)
        return ("<div class=\"col-md-4 col-sm-6 listing-tile\"><div class=\"thumbnail\"><a href=\"%s\"><img src=\"/img/%s.png\" alt=\"\"></a>"
                "<div class=\"caption\"><h5 class=\"listing-title\"><a href=\"%s\">%s</a></h5><p class=\"listing-vendor\">"
                "<a href=\"%s\">%s</a> <span class=\"label label-primary\">Level %d</span> <span class=\"rating\">(%s&#9733;)</span></p>"
                "<p class=\"listing-price\"><strong>%s</strong><br><small>%s</small></p>"
                "<p class=\"listing-ships\">Ships from: <b>%s</b> &rarr; <b>%s</b></p></div></div></div>") % (
                    L(x.path, src), x.lid, L(x.path, src), esc(x.title), L("/vendor/" + x.vendor, src), esc(x.vendor), v[1], v[2],
                    pu, pc, esc(x.ships_from), esc(x.ships_to))

    def grid(xs, src):
        t = T()
        for x in xs:
            t.merge(x.title_truth())
        return "<div class=\"row listing-grid\">%s</div>" % "".join(tile(x, src) for x in xs), t

    # ---- home (guarded by an interstitial on its first request)
    featured = [X[0], X[10], X[14], X[21], X[2], X[15]]
    g, t = grid(featured, "/")
    news_items = ("<ul class=\"news\"><li><a href=\"%s\">2026-12-01 — Upcoming ban of fentanyl and nitazene listings</a></li>"
                  "<li><a href=\"%s\">2026-11-20 — New withdrawal limits</a></li><li><a href=\"%s\">2026-11-02 — Vendor bond increase</a></li></ul>"
                  % (L("/news/41", "/"), L("/news/40", "/"), L("/news/39", "/")))
    home = page("Home", "/", "<h3>Featured listings</h3>%s<h3>Market news</h3>%s" % (g, news_items))
    guard = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>DDoS protection | Abacus</title></head><body style=\"background:#111;color:#ddd\">"
             "<div class=\"dg-box\"><h2>Abacus anti-DDoS queue</h2><p>Checking your browser before accessing the market. "
             "This usually takes a few seconds.</p><img src=\"/captcha/queue.png\" alt=\"captcha\"><form method=\"get\" action=\"/\">"
             "<input type=\"hidden\" name=\"dg_pass\" value=\"a7c3f9e21b\"><input name=\"captcha\" placeholder=\"Enter the characters\">"
             "<button type=\"submit\">Enter</button></form><p><a href=\"/?dg_pass=a7c3f9e21b\">Click here to continue to the market</a></p>"
             "</div></body></html>").encode()
    mkpage(s, "/", home, t, listing=True, cls=GuardedPage, guard=guard)
    s.add(Page("/captcha/queue.png", tiny_png(999), ctype="image/png"))

    # ---- categories (opioids has two pages)
    for c, name in CATS.items():
        xs = by_cat.get(c, [])
        chunks = [xs[i:i + 9] for i in range(0, len(xs), 9)] or [[]]
        for k, chunk in enumerate(chunks, 1):
            path = "/category/" + c if k == 1 else qkey("/category/" + c, page=k)
            g, t = grid(chunk, path)
            pager = ""
            if len(chunks) > 1:
                pager = "<ul class=\"pagination\">%s</ul>" % "".join(
                    "<li%s><a href=\"%s\">%d</a></li>" % (" class=\"active\"" if j == k else "",
                                                         L("/category/" + c, path, **({"page": j} if j > 1 else {})), j)
                    for j in range(1, len(chunks) + 1))
            sorts = ("<div class=\"sort\">Sort: <a href=\"%s\">Price</a> · <a href=\"%s\">Newest</a></div>"
                     % (L(path.split("?")[0], path, sort="price"), L(path.split("?")[0], path, sort="new")))
            mkpage(s, path, page(name, path, "<h3>%s <small>%d listings</small></h3>%s%s%s" % (esc(name), len(xs), sorts, g, pager)),
                   t, listing=True)

    # ---- listings with three tabs each
    for n, x in enumerate(X):
        v = VENDORS[x.vendor]
        pu, pc = price(x.usd)
        opts = ["Standard letter (7-14 days) +USD 5", "Express tracked (3-5 days) +USD 25"] + [txt + " +USD 8" for _, txt in x.header_claims]
        tabs = [("description", x.path, "Description"), ("feedback", qkey(x.path, tab="feedback"), "Feedback (%d)" % len(x.feedback)),
                ("refund", qkey(x.path, tab="refund"), "Refund policy")]
        for key, path, label in tabs:
            nav = "".join("<li%s><a href=\"%s\">%s</a></li>" % (" class=\"active\"" if k2 == key else "",
                                                               L(x.path, path, **({"tab": k2} if k2 != "description" else {})), esc(lb))
                          for k2, _, lb in tabs)
            t = x.title_truth()
            for k, txt in x.header_claims:
                t.claim(k, txt)
            if key == "description":
                pane = "<pre class=\"description\">%s</pre>" % esc(x.desc)
                for sub, ev in x.offers:
                    t.offer(sub, ev)
                for c in x.cas:
                    t.showcas(c)
                for k, txt in x.claims:
                    t.claim(k, txt)
            elif key == "feedback":
                pane = ("<table class=\"table table-striped feedback\"><tr><th>Rating</th><th>Comment</th><th>Buyer</th><th>Age</th></tr>%s</table>"
                        % "".join("<tr><td>%s</td><td>%s</td><td>b***%d</td><td>%d days</td></tr>" % (
                            esc(f.split(" ", 1)[0]), esc(f.split(" ", 1)[1] if " " in f else ""), i * 7 + 3, i * 4 + 2)
                            for i, f in enumerate(x.feedback)) if x.feedback else "<p>No feedback yet.</p>")
            else:
                pane = "<div class=\"refund-policy\"><p>%s</p></div>" % esc(x.refund)
                for k, txt in x.refund_claims:
                    t.claim(k, txt)
            body = ("<div class=\"listing\"><h3 class=\"listing-title\">%s</h3><div class=\"row\"><div class=\"col-md-5\"><img class=\"img-responsive\" src=\"/img/%s.png\" alt=\"\"></div>"
                    "<div class=\"col-md-7\"><table class=\"table listing-info\"><tr><th>Vendor</th><td><a href=\"%s\">%s</a> (Level %d, %d sales, %s&#9733;)</td></tr>"
                    "<tr><th>Price</th><td>%s <small>(%s)</small></td></tr><tr><th>Ships from</th><td>%s</td></tr><tr><th>Ships to</th><td>%s</td></tr>"
                    "<tr><th>Escrow</th><td>Multisig</td></tr><tr><th>Shipping</th><td><select name=\"shipping\">%s</select></td></tr></table>"
                    "<a class=\"btn btn-success\" href=\"%s\">Buy now</a></div></div>"
                    "<ul class=\"nav nav-tabs\">%s</ul><div class=\"tab-content\">%s</div></div>") % (
                        esc(x.title), x.lid, L("/vendor/" + x.vendor, path), esc(x.vendor), v[1], v[3], v[2], pu, pc,
                        esc(x.ships_from), esc(x.ships_to), "".join("<option>%s</option>" % esc(o) for o in opts),
                        L("/cart/add/" + x.lid, path), nav, pane)
            mkpage(s, path, page(x.title, path, body), t, listing=True)
        s.add(Page("/img/%s.png" % x.lid, tiny_png(n + 500), ctype="image/png"))
        if n % 7 == 3:
            s.flaky.add(x.path)

    # ---- vendors
    for vn, (country, lvl, rating, sales, terms, tclaims) in VENDORS.items():
        path = "/vendor/" + vn
        mine = [x for x in X if x.vendor == vn]
        g, t = grid(mine, path)
        for k, txt in tclaims:
            t.claim(k, txt)
        body = ("<div class=\"vendor-profile\"><h3>%s <span class=\"label label-primary\">Level %d</span></h3>"
                "<p>Ships from %s · %d sales · rating %s&#9733; · member since 2025</p><h4>Terms &amp; conditions</h4><div class=\"terms\"><p>%s</p></div>"
                "<h4>PGP public key</h4><pre class=\"pgp\">%s</pre><h4>Listings</h4>%s</div>"
                % (esc(vn), lvl, esc(country), sales, rating, esc(terms), PGP, g))
        mkpage(s, path, page(vn, path, body), t, listing=True)

    # ---- rules, FAQ, news, pgp, support
    rules_t = T().mention(fentanyl, carfent, "class:nitazene", oxycodone, heroin)
    mkpage(s, "/rules", page("Market rules", "/rules",
           "<h3>Market rules</h3><ol><li>No weapons, no CP, no poisons, no services that harm people.</li>"
           "<li>Pressed pills sold as oxycodone or heroin that contain fentanyl, carfentanil or any nitazene must say so in the title. "
           "Undisclosed fentanyl is an instant ban.</li><li>Finalize early is not allowed for vendors below level 5.</li>"
           "<li>Vendors set their own reship and refund policies; the market does not guarantee reships.</li></ol>"), rules_t)
    mkpage(s, "/faq", page("FAQ", "/faq",
           "<h3>Frequently asked questions</h3><h4>What is stealth?</h4><p>How a vendor hides the contents of a parcel. Each vendor "
           "describes it in their terms.</p><h4>What if my parcel is seized?</h4><p>Check the vendor's refund policy. Some vendors reship, "
           "some refund in part, some do nothing.</p><h4>Which coins?</h4><p>XMR and BTC. XMR recommended.</p>"))
    mkpage(s, "/news", page("News", "/news", "<h3>News</h3>" + news_items), T().mention(fentanyl, "class:nitazene"))
    mkpage(s, "/news/41", page("Upcoming ban of fentanyl and nitazene listings", "/news/41",
           "<h3>Upcoming ban of fentanyl and nitazene listings</h3><p class=\"date\">2026-12-01 · admin</p>"
           "<p>From 15 December 2026 all listings of fentanyl, carfentanil, acetylfentanyl, other fentanyl analogues and nitazenes "
           "(isotonitazene, protonitazene, metonitazene, etonitazepyne) will be removed, and vendors who relist them will lose their bond. "
           "Precursors such as NPP and 4-ANPP will follow on 1 January 2027. Xylazine blends are banned from the same date.</p>"
           "<p>Harm-reduction listings (test strips, naloxone) stay allowed.</p>"),
           T().mention(fentanyl, carfent, acetylf, isotonit, protonit, metonit, etonitpyne, npp, anpp, xylazine, "class:nitazene"))
    mkpage(s, "/news/40", page("New withdrawal limits", "/news/40", "<h3>New withdrawal limits</h3><p>Daily withdrawals are now limited to 50 XMR.</p>"))
    mkpage(s, "/news/39", page("Vendor bond increase", "/news/39", "<h3>Vendor bond increase</h3><p>The vendor bond is now USD 500.</p>"))
    mkpage(s, "/pgp", page("Market PGP", "/pgp", "<h3>Market PGP key</h3><pre>%s</pre><p>Verify every mirror link with this key.</p>" % PGP))
    mkpage(s, "/support", page("Support", "/support", "<h3>Support</h3><p>Open a ticket from your account page. Average response 12 h.</p>"))
    # ---- forbidden pages
    mkpage(s, "/account/", page("Account", "/account/", "<h3>Account</h3><p>Saved listings: Carfentanil 10mg — research only</p>"),
           T().offer(carfent, "Carfentanil"), listing=True)
    s.add(Page("/static/bootstrap.min.css", ".container{width:1170px}", ctype="text/css"))
    s.add(Page("/static/abacus.css", ".listing-tile{min-height:320px}", ctype="text/css"))
    return s
