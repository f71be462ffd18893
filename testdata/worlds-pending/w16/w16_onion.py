"""Site 4: tor-vendor-shop, a single-vendor Tor hidden-service store ("Nordlicht Direct").

Bootstrap-3 markup like the Tor shops it copies: a product table with USD/BTC/XMR prices, product pages
with a quantity price table and buyer feedback, a shipping-options table (stealth, reship, transit), a refund
and reship policy, PGP key (HTML page plus a text/plain .asc), a warrant canary, FAQ, news with a restock post,
and an order form per product. One product is a fentanyl test kit, which is not an offer of fentanyl. English.
"""
from marketsim import Site, tiny_png
from w16_common import (T, plain, esc, fentanyl, FENT_HCL, xylazine, carfent, isotonit, protopyne, crotonylf, nf_pcf,
                        nf_hex, bromazolam, sufent)

SITE = "tor-vendor-shop"
BTC, XMR = 96500.0, 171.0   # USD per coin, fixed for the world

# slug, name, category, usd, subs, cas shown, description, [(kind, text)], reviews
PRODUCTS = [
    ("fentanyl-hcl-1g", "Fentanyl HCl — 1 g", "opioids", 160, [fentanyl], FENT_HCL,
     "Fent HCl, lab tested (see report below: CAS 1443-54-5, 87% purity). Dose with extreme care.",
     [("stealth", "Vacuum sealed twice, moisture barrier bag, then a decoy item. The outside is a normal small parcel.")],
     ["stealth on point, arrived in 3 days to DE", "good product, test strip positive as expected lol"]),
    ("m30-blues-10", "M30 'blues' (pressed, fetty) — 10 pcs", "opioids", 120, [fentanyl], None,
     "Pressed 30s, around 2 mg fent each. NOT real oxycodone.",
     [("forwarding", "US orders go through our stateside drop and are mailed domestically — they never see customs.")],
     ["came with the free test kit, thanks"]),
    ("tranq-dope-1g", "Tranq dope — fetty + xylazine 1 g", "opioids", 90, [fentanyl, xylazine], None,
     "f3nt + x-y-l-a-z-i-n-e mix, roughly 70/30. Long nod.", [], ["strong af, be careful"]),
    ("carfentanil-0-1g", "C4rfentanil 0.1 g (experienced only)", "opioids", 140, [carfent], None,
     "Elephant tranq. Micro-doses only, measured with a volumetric solution.",
     [("reship", "One free reship if it gets seized, send us the customs letter.")],
     ["vendor reshipped mine after the first was seized, respect"]),
    ("iso-1g", "Iso (isotonitazene) — 1 g", "nitazenes", 130, [isotonit], None,
     "Yellow powder, pure iso. Much stronger than fent.",
     [("mislabel", "The customs form on international parcels says 'phone accessories'.")], []),
    ("protonitazepyne-0-5g", "Protonitazepyne (N-pyrrolidino protonitazene) — 0.5 g", "nitazenes", 110, [protopyne],
     None, "New arrival. 'Proto-pyne'.", [], []),
    ("crotonylfentanyl-1g", "Crotonylfentanyl — 1 g", "opioids", 150, [crotonylf], None, "Crotonyl-F, beige powder.",
     [], []),
    ("4-chlorofentanyl-1g", "p-Chloro-F (4-chlorofentanyl) — 1 g", "opioids", 170, [nf_pcf], None,
     "para-Chlorofentanyl, N-(4-chlorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide.", [], []),
    ("hexa-f-1g", "'Hexa-F' — 1 g", "opioids", 145, [nf_hex], None,
     "Our own batch: N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]hexanamide. Longer acting.", [], []),
    ("bromazolam-bars-20", "Bromazolam 2 mg bars — 20 pcs", "benzos", 60, [bromazolam], None,
     "Green bars, 2 mg bromazolam each.", [], ["nice bars"]),
    ("fentanyl-test-kit-10", "Fentanyl Test Kit — 10 strips", "harm-reduction", 15, [], None,
     "Lateral-flow strips that detect fentanyl and most analogues (not nitazenes). Free with every order over $100.",
     [], ["everyone should use these"]),
    ("naloxone-nasal-2pack", "Naloxone nasal spray 4 mg — 2-pack", "harm-reduction", 40, [], None,
     "Narcan-type nasal spray. Keep it next to you. Nitazenes may need more than one dose.", [], []),
]
CATS = {"opioids": "Opioids", "nitazenes": "Nitazenes", "benzos": "Benzos", "harm-reduction": "Harm reduction"}


def head(title):
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><meta http-equiv='X-UA-Compatible' content='IE=edge'>"
            "<title>%s :: Nordlicht Direct</title><link href='/static/bootstrap.min.css' rel='stylesheet'>"
            "<link href='/static/custom.css' rel='stylesheet'></head><body>"
            "<nav class='navbar navbar-inverse navbar-fixed-top'><div class='container'><div class='navbar-header'>"
            "<a class='navbar-brand' href='/'>NORDLICHT DIRECT</a></div><ul class='nav navbar-nav'>"
            "<li><a href='/'><i class='fa fa-home'></i> Shop</a></li><li><a href='/shipping'>Shipping</a></li>"
            "<li><a href='/refund-policy'>Refund &amp; Reship</a></li><li><a href='/pgp'>PGP</a></li>"
            "<li><a href='/canary'>Canary</a></li><li><a href='/faq'>FAQ</a></li><li><a href='/news/'>News</a></li></ul>"
            "<ul class='nav navbar-nav navbar-right'><li><a href='/account/login'>Login</a></li>"
            "<li><a href='/cart/'><i class='fa fa-shopping-cart'></i> Cart (0)</a></li></ul></div></nav>"
            "<div class='container main'><div class='alert alert-warning'>Always verify our onion with the signed mirror list on "
            "<a href='/pgp'>/pgp</a>. Phishing links are everywhere.</div>") % esc(title)


FOOT = ("<hr><footer class='text-muted small'>Nordlicht Direct · est. 2023 · single vendor, no escrow · "
        "<a href='/index.php?currency=XMR'>show XMR</a> · <a href='/news/archive/2026-11'>archive</a></footer></div></body></html>")


def coin(usd, rate):
    return "%.6f" % (usd / rate)


def build():
    s = Site(SITE, "darknet-shop")
    s.robots = "User-agent: *\nDisallow: /account/\nDisallow: /cart/\nDisallow: /admin/\n"
    s.disallow = ["/account/", "/cart/", "/admin/"]
    s.rate_limit = 10
    s.trap_prefix = "/news/archive/"
    s.junk_params = ["currency", "ref", "sid", "utm_source", "lang"]
    s.redirects["/index.php"] = "/"

    def row(i, p):
        return ("<tr><td><img src='/img/%d.png' width='32'></td><td><a href='/product/%s'>%s</a></td><td>%s</td>"
                "<td>$%d</td><td><i class='fa fa-btc'></i> %s</td><td>ɱ %s</td>"
                "<td><a class='btn btn-xs btn-success' href='/order?item=%s'>Buy</a></td></tr>" % (
                    i, p[0], esc(p[1]), CATS[p[2]], p[3], coin(p[3], BTC), coin(p[3], XMR), p[0]))

    def table(items):
        return ("<table class='table table-striped table-hover products'><thead><tr><th></th><th>Product</th><th>Category</th>"
                "<th>USD</th><th>BTC</th><th>XMR</th><th></th></tr></thead><tbody>%s</tbody></table>" %
                "".join(row(PRODUCTS.index(p), p) for p in items))

    t = T()
    for p in PRODUCTS:
        for sub in p[4]:
            t.offer(sub)
    s.add(t.page("/", head("Shop") + "<div class='row'><div class='col-md-3'><div class='list-group'>" +
                 "".join("<a class='list-group-item' href='/products?cat=%s'>%s</a>" % (k, v) for k, v in CATS.items()) +
                 "</div><div class='panel panel-default'><div class='panel-body small'>Free fentanyl test kit with every order "
                 "over $100. <a href='/product/fentanyl-test-kit-10'>Details</a></div></div></div><div class='col-md-9'>"
                 "<h3>All products</h3>%s</div></div>" % table(PRODUCTS) + FOOT, True))
    for k, v in CATS.items():
        items = [p for p in PRODUCTS if p[2] == k]
        t = T()
        for p in items:
            for sub in p[4]:
                t.offer(sub)
        s.add(t.page("/products?cat=%s" % k, head(v) + "<h3>%s</h3>%s" % (esc(v), table(items)) + FOOT, True))

    for i, p in enumerate(PRODUCTS):
        slug, name, cat, usd, subs, cas, desc, claims, reviews = p
        t = T()
        for sub in subs:
            t.offer(sub)
        if cas:
            t.add_cas(cas)
        t.claim(*[k for k, _ in claims])
        qty = "".join("<tr><td>%s</td><td>$%d</td><td>%s BTC</td><td>%s XMR</td></tr>" % (
            q, usd * m * (0.9 if m > 1 else 1), coin(usd * m * (0.9 if m > 1 else 1), BTC), coin(usd * m * (0.9 if m > 1 else 1), XMR))
            for q, m in (("1x", 1), ("3x", 3), ("5x", 5)))
        fb = "".join("<tr><td><span class='label label-success'>+</span></td><td>%s</td><td class='text-muted'>b***%d</td></tr>"
                     % (esc(r), n) for n, r in enumerate(reviews, 1)) or "<tr><td colspan='3'>No feedback yet.</td></tr>"
        body = (head(name) + "<ol class='breadcrumb'><li><a href='/'>Shop</a></li><li><a href='/products?cat=%s'>%s</a></li>"
                "<li class='active'>%s</li></ol><div class='row'><div class='col-md-4'><img src='/img/%d.png' class='img-thumbnail'></div>"
                "<div class='col-md-8'><h2 style='word-break: break-all;'>%s</h2><div class='listing-price'><strong>$%d</strong> "
                "<span class='text-muted'><i class='fa fa-btc'></i> %s · ɱ %s</span></div>"
                "<table class='table table-condensed'><tr><td>Ships from</td><td>Netherlands</td></tr>"
                "<tr><td>Ships to</td><td>EU, UK, US, CA</td></tr><tr><td>Shipping</td><td><select class='form-control input-sm'>"
                "<option>EU tracked +$10</option><option>EU untracked +$5</option><option>World tracked +$25</option></select></td></tr></table>"
                "<p>%s</p>%s<h4>Price per quantity</h4><table class='table table-bordered'><tr><th>Qty</th><th>USD</th><th>BTC</th>"
                "<th>XMR</th></tr>%s</table><a class='btn btn-primary' href='/order?item=%s'>Order now</a></div></div>"
                "<h4>Feedback</h4><table class='table feedback'>%s</table>" % (
                    cat, CATS[cat], esc(name), i, esc(name), usd, coin(usd, BTC), coin(usd, XMR), esc(desc),
                    "".join("<p class='text-info'>%s</p>" % esc(x) for _, x in claims), qty, slug, fb) + FOOT)
        s.add(t.page("/product/" + slug, body, True))
        s.redirects["/p/%d" % (i + 1)] = "/product/" + slug
        s.add(plain("/img/%d.png" % i, tiny_png(100 + i), ctype="image/png"))
        # the order form repeats the product and its price: still an offer of it
        t = T()
        for sub in subs:
            t.offer(sub)
        if cas:
            t.add_cas(cas)
        s.add(t.page("/order?item=" + slug, head("Order: " + name) +
                     "<h3>Order</h3><form method='post' action='/cart/checkout'><table class='table'><tr><td>Product</td><td>%s</td></tr>"
                     "<tr><td>Description</td><td class='small'>%s</td></tr><tr><td>Price</td><td>$%d · %s BTC · %s XMR</td></tr><tr><td>Quantity</td><td><input name='qty' value='1'></td></tr>"
                     "<tr><td>Shipping</td><td><select name='ship'><option>EU tracked</option><option>EU untracked</option>"
                     "<option>World tracked</option></select></td></tr><tr><td>Address</td><td><textarea name='addr' "
                     "placeholder='Encrypt your address with our PGP key'></textarea></td></tr></table>"
                     "<button class='btn btn-success'>Place order</button></form><p><a href='/product/%s'>Back to product</a> · "
                     "<a href='/p/%d'>permalink</a></p>" % (esc(name), esc(desc), usd, coin(usd, BTC), coin(usd, XMR), slug, i + 1) + FOOT, True))
        if i % 4 == 2:
            s.flaky.add("/product/" + slug)

    s.add(T().claim("stealth", "reship", "forwarding").page("/shipping", head("Shipping") +
          "<h3>Shipping options</h3><table class='table table-bordered shipping'><thead><tr><th>Method</th><th>Price</th><th>Time</th>"
          "<th>Packaging</th><th>Reship</th></tr></thead><tbody>"
          "<tr><td>EU tracked</td><td>$10</td><td>2–4 days</td><td>MBL + vacuum x2 + decoy</td><td>100% on seizure</td></tr>"
          "<tr><td>EU untracked</td><td>$5</td><td>2–6 days</td><td>letter, flat pack</td><td>50%</td></tr>"
          "<tr><td>World tracked</td><td>$25</td><td>7–15 days</td><td>MBL + vacuum x2 + decoy</td><td>100% on seizure</td></tr>"
          "</tbody></table><p>Transit: parcels for the UK, US and Canada leave the EU from our Belgian drop, so they carry Belgian "
          "postage and a Belgian sender.</p><p>We do NOT guarantee customs clearance anywhere outside the EU — anyone who does is lying.</p>"
          "<p>Orders placed before 16:00 CET ship the same day.</p>" + FOOT, False))
    s.add(T().claim("reship").page("/refund-policy", head("Refund & Reship") +
          "<h3>Refund &amp; reship policy</h3><ul><li>Seized with a customs letter: one full reship, free.</li>"
          "<li>Lost without a letter after 21 days (EU) / 35 days (world): 50% reship.</li>"
          "<li>No refunds in coin; we only reship.</li><li>No reships for Australia, New Zealand and the Nordics — we don't ship there.</li>"
          "</ul>" + FOOT, False))
    s.add(T().claim("stealth").page("/faq", head("FAQ") +
          "<h3>FAQ</h3><dl><dt>How is it packed?</dt><dd>Nobody has ever smelled or seen anything: vacuum sealed twice, "
          "moisture barrier bag, inside a decoy.</dd><dt>Do you ship to Australia?</dt><dd>No.</dd>"
          "<dt>Other vendors promise 100% customs pass. Do you?</dt><dd>No. Some vendors say that; we don't.</dd>"
          "<dt>Do you test?</dt><dd>Every batch goes through reagent and strip tests. We add a free fentanyl test kit over $100.</dd></dl>"
          + FOOT, False))
    KEY = ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGVx3pUBEADK9r0Zk1nq4mXb7v2lT0Zr7c8WqS0m3y1s0vJ2eQq9o4b1x3Qk\n"
           "Jf0pZ8sN4wq2x1m0a9V7kq3Y2tL6h5c8d0e1f2g3h4i5j6k7l8m9n0o1p2q3r4s5\n=Xw3K\n-----END PGP PUBLIC KEY BLOCK-----\n")
    s.add(plain("/pgp", head("PGP") + "<h3>Our PGP key</h3><p>Fingerprint: 4F2A 9C01 77D3 E8B5 0A6C  1D92 38EF 5B7A C0D4 9E11</p>"
                "<pre>%s</pre><p><a href='/pgp.asc'>Download .asc</a></p><h4>Signed mirror list</h4><pre>-----BEGIN PGP SIGNED MESSAGE-----\n"
                "Hash: SHA512\n\nnordlichtxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.onion\n-----END PGP SIGNATURE-----</pre>" % esc(KEY) + FOOT))
    s.add(plain("/pgp.asc", KEY, ctype="text/plain"))
    s.add(plain("/canary", head("Warrant canary") + "<h3>Canary</h3><pre>-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\n"
                "Date: 2026-12-01\nLatest BTC block: 00000000000000000001a3f5c9e2b7d4e8f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5\n\n"
                "1. We have not been contacted by any law enforcement agency.\n2. Our servers have not been seized.\n"
                "3. No staff member is under duress.\n\nThis canary is renewed every 14 days.\n-----BEGIN PGP SIGNATURE-----\n"
                "iQIzBAEBCgAdFiEET6qcAXfT6LUKbB2SOO9bescNSeEFAmVx\n-----END PGP SIGNATURE-----</pre>" + FOOT))
    s.add(plain("/news/", head("News") + "<h3>News</h3><ul><li><a href='/news/restock-carfent'>2026-11-28 — Restock</a></li>"
                "<li><a href='/news/stay-safe-nitazenes'>2026-11-14 — Stay safe: nitazenes</a></li>"
                "<li><a href='/news/archive/2026-11'>Archive</a></li></ul>" + FOOT))
    s.add(T().offer(carfent).offer(sufent).page("/news/restock-carfent", head("Restock") +
          "<h3>Restock</h3><p>C4rfentanil is back: 0.1 g $140, 0.5 g $600. New: sufentanil citrate 50 mg — $210. "
          "Order through the shop as usual.</p>" + FOOT, True))
    s.add(plain("/news/stay-safe-nitazenes", head("Stay safe") + "<h3>Stay safe: nitazenes</h3><p>Europol warns that "
                "isotonitazene, protonitazene and metonitazene turn up in fake oxy pills. Fentanyl strips do not catch them. "
                "Carry naloxone.</p>" + FOOT))
    # robots-forbidden vendor panel
    s.add(T().offer(fentanyl).page("/admin/listings", head("Vendor panel") + "<table><tr><td>Fentanyl citrate 5 g (draft)</td>"
                                   "<td>$640</td></tr></table>" + FOOT, True))
    s.add(plain("/static/bootstrap.min.css", "/*! Bootstrap v3.3.7 */.navbar{min-height:50px}", ctype="text/css"))
    s.add(plain("/static/custom.css", ".listing-price{font-size:20px}", ctype="text/css"))
    return s
