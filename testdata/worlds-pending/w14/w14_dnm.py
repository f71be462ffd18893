"""Site 4: Archetyp/Abacus-style darknet market. Every response carries a fresh ?sess= token in its links."""
from w14_common import *  # noqa: F401,F403

VENDORS = {
    "NordicPharma": dict(since="2024-03", lvl=7, ships="Sweden", to="EU, UK, Norway", sales=2140, rating="4.93",
                         about="Nordic vendor, EU only. Orders placed before 14:00 CET ship the same day.",
                         policy=[("stealth", "Every order is vacuum sealed twice and hidden inside a normal retail product."),
                                 ("reship", "First seizure or loss gets a full reship, second one 50%.")]),
    "ChemCartel_CN": dict(since="2023-11", lvl=5, ships="China", to="Worldwide", sales=611, rating="4.71",
                          about="Factory direct precursors and research chemicals. Bulk discounts above 1 kg.",
                          policy=[("customs", "DDP shipping: duties are paid by us and our broker clears the goods for you."),
                                  ("mislabel", "Waybill and invoice say 'cosmetic raw material'.")]),
    "TranqQueen": dict(since="2025-01", lvl=4, ships="United States", to="United States", sales=388, rating="4.80",
                       about="US domestic only. NO RESHIPS and no refunds once the tracking is live, so double check your address.",
                       policy=[("forwarding", "Domestic USPS from inside the US, your order never crosses a border.")]),
    "BlueLotus": dict(since="2024-08", lvl=6, ships="Canada", to="Canada, United States", sales=1502, rating="4.88",
                      about="Pressed and pharma pills. Read each listing carefully.",
                      policy=[("stealth", "Pills are double-bagged in MBB and sent in a flat padded mailer that looks like paperwork.")]),
}

O = Offer
LISTINGS = [
    O(isotonit, "Isotonitazene HCl 500mg - lab tested", shown=None, id=3107, vendor="NordicPharma", cat="opioids",
      price=95, desc="Pure isotonitazene hydrochloride, HPLC tested at 98.9%. Active at microgram level: use a scale and volumetric dosing.",
      dclaims=[("stealth", "Packed in a vacuum sealed, smell-proof bag inside a retail cosmetic box.")],
      terms="Reship policy: a seized or lost order is reshipped once at our cost. Finalize after receiving.",
      tclaims=[("reship", "a seized or lost order is reshipped once at our cost")],
      fb=[("b***2", 5, "stealth was insane, would never have found it myself"), ("k***x", 5, "fast, EU 2 days")]),
    O(metonit, "Metonitazene 1g", shown="14680-51-4", id=3108, vendor="NordicPharma", cat="opioids", price=160,
      desc="Metonitazene (CAS 14680-51-4). Extremely potent, naloxone may need repeat dosing.",
      dclaims=[], terms="See profile for reship terms. No orders to Finland.", tclaims=[],
      fb=[("m***o", 4, "as described")]),
    O(npp, "NPP (N-Phenethyl-4-piperidone) 1kg CAS 39742-60-4", id=3201, vendor="ChemCartel_CN", cat="precursors",
      price=890, desc="Yellowish powder, 99%. 1-phenethyl-4-piperidone for synthesis.",
      dclaims=[("mislabel", "We write 'cosmetic raw material' on the waybill.")],
      terms="DDP to USA, Mexico, Canada, AU: customs duties are our problem, clearance is done by our broker.",
      tclaims=[("customs", "clearance is done by our broker")],
      fb=[("r***7", 5, "arrived Mexico in 9 days, customs no problem")]),
    O(boc4ap, "1-Boc-4-AP + 4-AP combo 500g", shown="125541-22-2", id=3202, vendor="ChemCartel_CN", cat="precursors",
      price=640, desc="250g tert-butyl 4-(phenylamino)piperidine-1-carboxylate (125541-22-2) and 250g 4-anilinopiperidine (23056293).",
      dclaims=[], terms="Sample orders ship EMS. Bulk by air freight.", tclaims=[],
      fb=[], extra=[(ap4, "23056293")]),
    O(nov_pfvf, "para-Fluorovalerylfentanyl 5g (research)", shown=None, id=3203, vendor="ChemCartel_CN", cat="research",
      price=700, desc="New analogue, not listed by name in most countries. For research only.",
      dclaims=[("customs", "Customs safe line, cleared by our agent.")], terms="No refunds on research products.", tclaims=[],
      fb=[]),
    O(xyl_hcl, "Xylazine HCl powder 28g (tranq)", id=3301, vendor="TranqQueen", cat="other",
      price=210, desc="Veterinary-grade xylazine hydrochloride, CAS 23076-35-9. Not an opioid: naloxone does not reverse it.",
      dclaims=[], terms="NO reships. Triple-check your address. US only.",
      tclaims=[("forwarding", "Ships domestically from our US location")], fb=[("t***q", 5, "good stealth, quick")]),
    O(heroin, "Heroin #4 - FENT-FREE, tested every batch", shown=None, id=3302, vendor="TranqQueen", cat="opioids",
      price=120, desc="1g #4. Every batch tested with fentanyl strips: 0% fent, no xylazine added.",
      dclaims=[], terms="NO reships, NO refunds after tracking is live.", tclaims=[],
      fb=[("s***a", 5, "legit no fent, tested it myself")]),
    O(fentanyl, "M30 Blues x100 (pressed, fentanyl)", shown=None, id=3401, vendor="BlueLotus", cat="opioids",
      price=650, desc="Pressed 'M30' blues, each ~2mg fentanyl. NOT pharma oxycodone. Start with a quarter.",
      dclaims=[("stealth", "Discreet flat mailer, pills double vacuum sealed, no smell.")],
      terms="Reship 50% if marked delivered but not received.", tclaims=[("reship", "Reship 50%")],
      fb=[("p***l", 5, "strong, be careful"), ("d***n", 4, "stealth on point")]),
    O(oxycodone, "Oxycodone 30mg Pharma x50 (real, not pressed)", shown=None, id=3402, vendor="BlueLotus", cat="opioids",
      price=900, desc="Real pharmacy oxycodone 30mg, Canadian pharma, batch numbers on request.",
      dclaims=[], terms="Reship 50% if marked delivered but not received.", tclaims=[("reship", "Reship 50%")],
      fb=[("o***y", 5, "real deal")]),
]
CATS = [("opioids", "Opioids"), ("precursors", "Precursors"), ("research", "Research chemicals"), ("other", "Other")]


def dnm_site():
    s = Site("dnm-abyss", "darknet-market")
    s.robots = "User-agent: *\nDisallow: /cart\nDisallow: /messages\nDisallow: /account/\nDisallow: /logout\n"
    s.disallow = ["/cart", "/messages", "/account/", "/logout"]
    s.trap_prefix = "/news/archive/"
    s.rate_limit = 8
    s.junk_params = s.junk_params + ["sess"]
    T = "sess=__SESS__"
    L = {o.id: o for o in LISTINGS}

    def u(path):
        return "%s%s%s" % (path, "&" if "?" in path else "?", T)

    def head(title):
        return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>%s | Abyss Market</title>"
                "<link rel='stylesheet' href='/static/bootstrap.min.css'><link rel='stylesheet' href='/static/market.css'>"
                "</head><body class='bg-dark text-light'><nav class='navbar navbar-expand navbar-dark bg-black'>"
                "<a class='navbar-brand' href='%s'>ABYSS</a><ul class='navbar-nav'>"
                "<li class='nav-item'><a class='nav-link' href='%s'>Browse</a></li>"
                "<li class='nav-item'><a class='nav-link' href='%s'>News</a></li>"
                "<li class='nav-item'><a class='nav-link' href='%s'>FAQ</a></li>"
                "<li class='nav-item'><a class='nav-link' href='%s'>Rules</a></li>"
                "<li class='nav-item'><a class='nav-link' href='%s'>Messages <span class='badge badge-danger'>0</span></a></li>"
                "<li class='nav-item'><a class='nav-link' href='%s'>Cart</a></li>"
                "<li class='nav-item'><a class='nav-link' href='%s'>Logout</a></li></ul>"
                "<span class='navbar-text'>XMR $168.21 · BTC $91,402</span></nav>"
                "<div class='alert alert-warning small'>Always verify the PGP-signed mirror list. Never finalize early.</div>"
                "<div class='container-fluid'><div class='row'><aside class='col-2 sidebar'><h6>Categories</h6><ul class='list-unstyled'>%s</ul>"
                "</aside><main class='col-10'>") % (
            esc(title), u("/"), u("/browse?cat=opioids"), u("/news"), u("/faq"), u("/rules"), u("/messages"), u("/cart"),
            u("/logout"), "".join("<li><a href='%s'>%s</a></li>" % (u("/browse?cat=" + c), t) for c, t in CATS))

    foot = ("</main></div></div><footer class='text-muted small'>Abyss Market · escrow &amp; multisig · "
            "<a href='/news/archive/2026-11?" + T + "'>news archive</a> · uptime 99.1%</footer></body></html>")

    def offx(acc, o, cas):
        """the offer's substances named in its title (a combo listing names two)"""
        acc.off(o, cas=cas)
        for sub, _ in getattr(o, "extra", []):
            acc.add_hit(sub)
        return acc

    def card(o, acc):
        offx(acc, o, bool(o.cas() and o.shown in o.name))
        v = VENDORS[o.vendor]
        return ("<div class='card listing-card'><a href='%s'><img class='card-img-top' src='/img/l%d.png' alt=''></a>"
                "<div class='card-body'><h5 class='card-title'><a href='%s'>%s</a></h5>"
                "<p class='vendor'>by <a href='%s'>%s</a> <span class='badge badge-lvl'>Lvl %d</span></p>"
                "<p class='price'>USD %d.00</p><p class='ships small'>%s &rarr; %s</p>"
                "<span class='badge badge-escrow'>Escrow</span></div></div>") % (
            u("/listing/%d" % o.id), o.id, u("/listing/%d/description" % o.id), esc(o.name), u("/vendor/" + o.vendor),
            o.vendor, v["lvl"], o.price, v["ships"], v["to"])

    # ---- browse pages
    for c, t in CATS:
        items = [o for o in LISTINGS if o.cat == c]
        chunks = paginate(items, 2 if c == "opioids" else 3)
        for n, ch in enumerate(chunks, 1):
            acc = Acc()
            key = qpath("/browse", cat=c) if n == 1 else qpath("/browse", cat=c, page=str(n))
            pager = " ".join("<a class='page-link' href='%s'>%d</a>" % (
                u("/browse?cat=%s" % c if k == 1 else "/browse?cat=%s&page=%d" % (c, k)), k) for k in range(1, len(chunks) + 1))
            token_page(s, key, head(t) + "<h4>%s <small>(%d listings)</small></h4><div class='sortbar'>Sort: "
                       "<a href='%s'>price</a> <a href='%s'>newest</a></div><div class='card-deck'>%s</div>"
                       "<nav><ul class='pagination'>%s</ul></nav>" % (
                           t, len(items), u("/browse?cat=%s&sort=price_asc" % c), u("/browse?cat=%s&sort=newest" % c),
                           "".join(card(o, acc) for o in ch), pager) + foot, acc, listing=True)

    # ---- listing tabs (separate URLs); the header (title, price, vendor) is on every tab
    for o in LISTINGS:
        v = VENDORS[o.vendor]
        s.redirects["/listing/%d" % o.id] = "/listing/%d/description" % o.id
        tabs = "".join("<li class='nav-item'><a class='nav-link%s' href='%s'>%s</a></li>" % (
            "", u("/listing/%d/%s" % (o.id, k)), lab) for k, lab in (("description", "Description"), ("terms", "Terms"),
                                                                   ("feedback", "Feedback (%d)" % len(o.fb))))
        hdr = ("<div class='listing-header row'><div class='col-4'><img src='/img/l%d.png' class='img-fluid' alt=''></div>"
               "<div class='col-8'><h3 class='listing-title'>%s</h3><table class='table table-sm table-dark'>"
               "<tr><th>Vendor</th><td><a href='%s'>%s</a> (%d sales, %s&#9733;)</td></tr>"
               "<tr><th>Price</th><td>USD %d.00 / %.4f XMR</td></tr><tr><th>Ships from</th><td>%s</td></tr>"
               "<tr><th>Ships to</th><td>%s</td></tr><tr><th>Payment</th><td>Escrow / Multisig</td></tr></table>"
               "<form method='post' action='/cart/add'><input type='hidden' name='lid' value='%d'>"
               "<button class='btn btn-success'>Add to cart</button></form></div></div><ul class='nav nav-tabs'>%s</ul>") % (
            o.id, esc(o.name), u("/vendor/" + o.vendor), o.vendor, v["sales"], v["rating"], o.price, o.price / 168.21,
            v["ships"], v["to"], o.id, tabs)
        title_cas = bool(o.cas() and o.shown in o.name)
        # description
        acc = Acc().off(o, cas=True)
        for sub, shown in getattr(o, "extra", []):
            acc.add_hit(sub).add_cas(shown)
        acc.add_claims(*[k for k, _ in o.dclaims])
        others = [x for x in LISTINGS if x.vendor == o.vendor and x is not o]
        rail = ("<div class='vendor-other'><h6>Other listings from %s</h6><ul>%s</ul></div>" % (
            o.vendor, "".join("<li><a href='%s'>%s</a> USD %d</li>" % (u("/listing/%d" % x.id), esc(x.name), x.price)
                              for x in others))) if others else ""
        token_page(s, "/listing/%d/description" % o.id, head(o.name) + hdr +
                   "<div class='tab-content'><div class='tab-pane active'><p>%s</p>%s</div></div>%s" % (
                       esc(o.desc), "".join("<p>%s</p>" % esc(t) for _, t in o.dclaims), rail) + foot, acc, listing=True)
        # terms
        acc = offx(Acc(), o, title_cas).add_claims(*[k for k, _ in o.tclaims])
        terms = o.terms
        for _, ph in o.tclaims:
            if ph not in terms:
                terms += " " + ph + "."
        token_page(s, "/listing/%d/terms" % o.id, head(o.name + " - Terms") + hdr +
                   "<div class='tab-content'><div class='tab-pane active'><h5>Vendor terms</h5><p>%s</p></div></div>" % esc(terms)
                   + foot, acc, listing=True)
        # feedback (buyers' praise is not a claim)
        acc = offx(Acc(), o, title_cas)
        rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%d days ago</td></tr>" % (
            esc(b), "&#9733;" * r, esc(t), 2 + i * 3) for i, (b, r, t) in enumerate(o.fb)) or \
            "<tr><td colspan='4'>No feedback yet.</td></tr>"
        token_page(s, "/listing/%d/feedback" % o.id, head(o.name + " - Feedback") + hdr +
                   "<div class='tab-content'><table class='table table-sm table-dark feedback'><tr><th>Buyer</th><th>Rating</th>"
                   "<th>Comment</th><th>Age</th></tr>%s</table></div>" % rows + foot, acc, listing=True)
        asset(s, "/img/l%d.png" % o.id, tiny_png(o.id), "image/png")
    s.flaky |= {"/listing/3201/terms", "/listing/3401/description"}

    # ---- vendor profiles (About with shipping policy, PGP, listings table)
    for name, v in VENDORS.items():
        mine = [o for o in LISTINGS if o.vendor == name]
        acc = Acc().add_claims(*[k for k, _ in v["policy"]])
        rows = ""
        for o in mine:
            offx(acc, o, bool(o.cas() and o.shown in o.name))
            rows += "<tr><td><a href='%s'>%s</a></td><td>USD %d</td><td>%s</td></tr>" % (
                u("/listing/%d" % o.id), esc(o.name), o.price, v["ships"])
        r = rng("pgp" + name)
        b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        pgp = "\n".join("".join(r.choice(b64) for _ in range(64)) for _ in range(8))
        token_page(s, "/vendor/" + name, head(name) +
                   "<div class='vendor-profile'><h3>%s <span class='badge badge-lvl'>Level %d</span></h3>"
                   "<p class='small'>Member since %s · %d sales · %s&#9733; · Ships from %s</p>"
                   "<ul class='nav nav-tabs'><li class='nav-item'><a class='nav-link active' href='%s'>Profile</a></li></ul>"
                   "<h5>About</h5><p>%s</p><h5>Shipping policy</h5>%s<h5>PGP</h5><pre class='pgp'>-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n"
                   "mQINBG%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----</pre><h5>Listings</h5><table class='table table-dark'>%s</table></div>"
                   % (name, v["lvl"], v["since"], v["sales"], v["rating"], v["ships"], u("/vendor/" + name), esc(v["about"]),
                      "".join("<p>%s</p>" % esc(t) for _, t in v["policy"]), pgp, pgp[:4], rows) + foot, acc, listing=True)

    # ---- news (forum-ish), FAQ, rules: no offers, no one's own claims
    news = [
        (14, "Nitazene warning", "Staff", "Several buyers were hospitalised after taking pills sold as oxycodone that contained "
         "nitazenes. Test everything. Vendors selling isotonitazene or metonitazene must display a potency warning."),
        (15, "Escrow update and reship disputes", "Admin", "From 1 December disputes about reships are handled by staff. "
         "Some vendors promise full reships or 'customs-proof' stealth; that is a deal between you and the vendor, "
         "not a market guarantee."),
    ]
    for nid, t, who, body in news:
        token_page(s, "/news/%d" % nid, head(t) + "<article class='news-post'><h4>%s</h4><p class='small'>posted by %s</p>"
                   "<p>%s</p><div class='replies'><div class='reply'><b>anon2291</b>: thanks for the heads up</div>"
                   "<div class='reply'><b>k3vl4r</b>: when is the next mirror rotation?</div></div></article>" % (
                       esc(t), who, esc(body)) + foot)
    token_page(s, "/news", head("News") + "<h4>Market news</h4><ul class='list-group'>%s</ul>"
               "<p><a href='/news/archive/2026-10?%s'>Older news</a></p>" % (
                   "".join("<li class='list-group-item'><a href='%s'>%s</a></li>" % (u("/news/%d" % nid), esc(t))
                           for nid, t, _, _ in news), T) + foot)
    token_page(s, "/faq", head("FAQ") + "<h4>Frequently asked questions</h4><dl><dt>What is stealth?</dt><dd>How a vendor hides "
               "the product in the parcel. Some vendors use vacuum sealing and decoy items; check each vendor's profile.</dd>"
               "<dt>Will I get a reship?</dt><dd>Only if the vendor offers one. Many vendors reship once; others, like some "
               "US domestic vendors, do not reship at all.</dd><dt>Customs?</dt><dd>Ordering across borders carries customs "
               "risk. The market does not guarantee customs clearance.</dd></dl>" + foot)
    token_page(s, "/rules", head("Rules") + "<h4>Market rules</h4><ol><li>No fentanyl, carfentanil or their analogues.</li>"
               "<li>No weapons, no CSAM, no killing services.</li><li>Nitazene listings must carry a potency warning.</li>"
               "<li>Finalize early is forbidden for vendors below level 5.</li></ol>" + foot)
    acc_home = Acc()
    token_page(s, "/", head("Home") + "<div class='jumbotron'><h2>Welcome back</h2><p>Escrow balance: 0.0000 XMR</p></div>"
               "<h5>Latest news</h5><ul>%s</ul><h5>Top vendors</h5><ul>%s</ul>" % (
                   "".join("<li><a href='%s'>%s</a></li>" % (u("/news/%d" % nid), esc(t)) for nid, t, _, _ in news),
                   "".join("<li><a href='%s'>%s</a> (%d sales)</li>" % (u("/vendor/" + n), n, v["sales"]) for n, v in VENDORS.items()))
               + foot, acc_home)
    token_page(s, "/account/settings", head("Settings") + "<form>PIN</form>" + foot)
    asset(s, "/static/bootstrap.min.css", b".card{border:1px solid #333}", "text/css")
    asset(s, "/static/market.css", b".badge-escrow{background:#264}", "text/css")
    return s
