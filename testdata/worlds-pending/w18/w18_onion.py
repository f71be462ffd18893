"""onion-shop: a single-vendor hidden-service shop on a simple PHP cart.

index.php (product grid by category, ?cat=&p=), product.php?id=N (quantity-price tables in XMR and
BTC), /p/N short links (301 to product.php?id=N), policy.php (reship/refund), pgp.php, faq.php,
news.php (+ posts: a restock = offer, a discontinuation = negative), canary.php, cart/login/account
behind robots.txt. Some product pages answer 503 once.
"""
from marketsim import Site
from w18_common import (Acc, mk, esc, href, qkey, cl, INVALID_CAS,
                        fentanyl, carfent, anpp, npp, boc4ap, isotonit, desisot, etonpyne, ofluorof, novel_f, novel_n,
                        xylazine, bmkgly, bromazolam, pff, protonit, naloxone, mgst, benzocaine)

# id, sub, display name, category, CAS shown, claims [(kind, i)], status ('' | 'discontinued'), prices (g, XMR)
PRODUCTS = [
    (1, fentanyl, "Fentanyl HCl 99% (lab tested)", "opioids", "1443-54-5", [("stealth", 0)], ""),
    (2, carfent, "Carfentanil 1:100 dilution", "opioids", None, [], "discontinued"),
    (3, anpp, "4-ANPP (despropionyl fentanyl)", "precursors", "21409-26-7", [("mislabel", 0)], ""),
    (4, npp, "NPP / 1-(2-Phenylethyl)-4-piperidone", "precursors", "39742-60-4", [("mislabel", 1)], ""),
    (5, boc4ap, "1-Boc-4-AP", "precursors", INVALID_CAS[4], [("forwarding", 0)], ""),
    (6, isotonit, "Isotonitazene", "nitazenes", "14188-81-9", [("stealth", 1)], ""),
    (7, desisot, "N-Desethyl isotonitazene", "nitazenes", "2732926-24-6", [], ""),
    (8, etonpyne, "Etonitazepyne (N-pyrrolidino etonitazene)", "nitazenes", "2785346-75-8", [("reship", 1)], ""),
    (9, ofluorof, "2-fluorofentanyl", "opioids", None, [], ""),
    (10, novel_f, "m-MCBF (3-Methyl-cyclobutyl fentanyl) research sample", "opioids", None, [("reship", 0)], ""),
    (11, novel_n, "iso-pyne (N-pyrrolidino isotonitazene)", "nitazenes", None, [], ""),
    (12, xylazine, "Xylazine HCl powder", "other", "23076-35-9", [("forwarding", 1)], ""),
    (13, bmkgly, "BMK glycidate (methyl ester)", "precursors", "80532-66-7", [], ""),
    (14, bromazolam, "Bromazolam 1 mg pellets x100", "other", "71368-80-4", [], ""),
    (15, pff, "p-fluorofentanyl", "opioids", "90736-23-5", [], ""),
    (16, mgst, "Magnesium stearate (binder) 100 g", "supplies", "557-04-0", [], ""),
    (17, benzocaine, "Benzocaine 99% 100 g", "supplies", "94-09-7", [], ""),
]
CATS = {"opioids": "Opioids", "nitazenes": "Nitazenes", "precursors": "Precursors", "other": "Benzos &amp; other", "supplies": "Lab supplies"}
TIERS = [(1, 0.45), (5, 1.9), (10, 3.4), (25, 7.5), (100, 26.0)]
BTC_PER_XMR = 0.0021


def price_of(pid):
    return 0.4 + (pid * 0.37) % 2.5


def head(title):
    return ("<!DOCTYPE html><html><head><meta charset='UTF-8'><title>%s :: NorthStar Labs</title><link rel='stylesheet' href='/assets/style.css'></head>"
            "<body><div class='container'><div class='header'><h1><a href='/index.php'>NorthStar Labs</a></h1><p class='tag'>Single vendor shop since 2022 &middot; XMR preferred</p></div>"
            "<div class='nav'><a href='/index.php'>Shop</a> <a href='/news.php'>News</a> <a href='/policy.php'>Reship &amp; refund</a> "
            "<a href='/faq.php'>FAQ</a> <a href='/pgp.php'>PGP</a> <a href='/canary.php'>Canary</a> <a href='/cart.php'>Cart (0)</a> <a href='/login.php'>Login</a></div>"
            "<div class='content'>") % esc(title)


FOOT = ("</div><div class='footer'>NorthStar Labs &middot; mirror check: always verify the signed mirror list on the PGP page &middot; "
        "<a href='/canary.php'>warrant canary</a></div></div></body></html>")


def card(p, acc):
    pid, sub, name, cat, cas, claims, status = p
    if status == "discontinued":
        acc.mention(sub)
        state = "<span class='badge out'>Discontinued</span>"
    else:
        acc.offer(sub)
        state = "<span class='badge in'>In stock</span>"
    return ("<div class='product'><a href='/p/%d'><img src='/img/p%d.jpg' alt=''></a><div class='pname'><a href='/p/%d'>%s</a></div>"
            "<div class='pprice'>from %.2f XMR</div>%s</div>") % (pid, pid, pid, esc(name), price_of(pid) * TIERS[0][1], state)


def build():
    s = Site("onion-shop", "darknet-vendor-shop")
    s.robots = "User-agent: *\nDisallow: /cart.php\nDisallow: /login.php\nDisallow: /account/\nDisallow: /checkout.php\n"
    s.disallow = ["/cart.php", "/login.php", "/account/", "/checkout.php"]
    s.rate_limit = 10

    mk(s, "/", head("Welcome") + "<h2>Welcome to NorthStar Labs</h2><p>Lab-tested products, fast dispatch, "
       "escrow-free direct orders. Read the <a href='/policy.php'>policy</a> before ordering.</p>"
       "<p>Latest news: <a href='/news.php?id=3'>Restock!</a> &middot; <a href='/news.php?id=4'>Product discontinued</a></p>"
       "<p><a href='/index.php'>Enter the shop &raquo;</a></p>" + FOOT)

    # product grids: all products (2 pages) and per category
    live = PRODUCTS
    pages = [live[:9], live[9:]]
    for pi, chunk in enumerate(pages, 1):
        acc = Acc()
        grid = "".join(card(p, acc) for p in chunk)
        cats = " | ".join("<a href='%s'>%s</a>" % (href("/index.php", cat=c), n) for c, n in CATS.items())
        pager = " ".join("<a href='%s'>[%d]</a>" % ("/index.php" if k == 1 else href("/index.php", p=k), k) for k in (1, 2))
        path = "/index.php" if pi == 1 else qkey("/index.php", p=pi)
        mk(s, path, head("Shop") + "<div class='cats'>Categories: %s</div><div class='grid'>%s</div><div class='pager'>%s</div>" % (
            cats, grid, pager) + FOOT, acc, listing=True)
    for c, n in CATS.items():
        acc = Acc()
        grid = "".join(card(p, acc) for p in PRODUCTS if p[3] == c)
        mk(s, qkey("/index.php", cat=c), head(n.replace("&amp;", "&")) + "<h2>%s</h2><div class='grid'>%s</div>" % (n, grid) + FOOT, acc, listing=True)

    # product pages
    for p in PRODUCTS:
        pid, sub, name, cat, cas, claims, status = p
        acc = Acc()
        base = price_of(pid)
        if status == "discontinued":
            acc.mention(sub, cas)
            tiers = "<p class='out'>This product is discontinued and will not be restocked. See <a href='/news.php?id=4'>news</a>.</p>"
            ship = ""
        else:
            acc.offer(sub, cas)
            for k, _ in claims:
                acc.claim(k)
            tiers = ("<form action='/cart.php' method='post'><table class='tiers'><tr><th>Quantity</th><th>XMR</th><th>BTC</th><th></th></tr>%s</table></form>" %
                     "".join("<tr><td>%d g</td><td>%.3f</td><td>%.5f</td><td><button name='add' value='%d-%d'>Add</button></td></tr>" % (
                         q, base * m, base * m * BTC_PER_XMR, pid, q) for q, m in TIERS))
            ship = "<div class='ship'><h3>Shipping</h3><p>%s</p></div>" % esc(" ".join(cl(k, "en", i) for k, i in claims) or "Tracked shipping, dispatch Mon-Fri.")
        mk(s, qkey("/product.php", id=pid), head(name) +
           "<div class='pdetail'><h2>%s</h2><img src='/img/p%d.jpg' alt=''><table class='specs'><tr><th>Category</th><td>%s</td></tr>"
           "<tr><th>CAS</th><td>%s</td></tr><tr><th>Purity</th><td>%s</td></tr></table>%s%s"
           "<p class='back'><a href='%s'>&laquo; back to %s</a></p></div>" % (
               esc(name), pid, CATS[cat], cas or "n/a", "99% (HPLC report on request)" if cat != "supplies" else "USP",
               tiers, ship, href("/index.php", cat=cat), CATS[cat]) + FOOT,
           acc, listing=True)
        s.redirects["/p/%d" % pid] = qkey("/product.php", id=pid)

    s.flaky.update(["/product.php", "/news.php"])   # matched on the path only: the first request to each fails once with 503

    # policy, FAQ, PGP, canary
    acc = Acc().claim("reship").claim("stealth")
    mk(s, "/policy.php", head("Reship & refund policy") +
       "<h2>Reship &amp; refund policy</h2><ol><li>%s</li><li>A reship is sent once per order; a second loss is refunded 50%%.</li>"
       "<li>%s</li><li>No refunds for wrong addresses.</li></ol>" % (esc(cl("reship", "en", 0)), esc(cl("stealth", "en", 0))) + FOOT, acc)
    acc = Acc().mention(carfent).mention(naloxone)
    mk(s, "/faq.php", head("FAQ") + "<h2>FAQ</h2><dl><dt>Do you still sell carfentanil?</dt><dd>No. It is discontinued, see the news.</dd>"
       "<dt>Which coins?</dt><dd>XMR (preferred) and BTC. Orders expire after 2 hours.</dd>"
       "<dt>Safety?</dt><dd>Start low. Keep naloxone nearby. Never use alone.</dd></dl>" + FOOT, acc)
    mk(s, "/pgp.php", head("PGP") + "<h2>PGP key</h2><pre>-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGN0cnMBEADK1v8c2Yx1...\n"
       "=q8Zt\n-----END PGP PUBLIC KEY BLOCK-----</pre><h3>Signed mirrors</h3><pre>northstarxyz...onion\nnorthstarabc...onion</pre>" + FOOT)
    mk(s, "/canary.php", head("Warrant canary") + "<h2>Warrant canary</h2><pre>-----BEGIN PGP SIGNED MESSAGE-----\n"
       "As of 2026-11-30 NorthStar Labs has not been served any warrant or seizure order.\nLatest Monero block: 3301547\n"
       "-----END PGP SIGNATURE-----</pre>" + FOOT)

    # news
    posts = [
        (1, "Shop opened", "We moved from the market to our own shop. Same PGP key, same quality.", Acc()),
        (2, "Mirror change", "Old mirror is retired. Verify new mirrors on the PGP page.", Acc()),
        (3, "Restock!",
         "Good news: 4-ANPP and NPP are back in stock, 10 g to 1 kg. Order now through the product pages: "
         "<a href='/p/3'>4-ANPP</a>, <a href='/p/4'>NPP</a>.", Acc().offer(anpp).offer(npp)),
        (4, "A product is discontinued",
         "After several bad reports we have discontinued carfentanil for good. Open orders were refunded. It will not return.",
         Acc().mention(carfent)),
        (5, "Nitazene warning",
         "Protonitazene sold elsewhere is being pressed into fake pills. We never sell pressed pills.", Acc().mention(protonit)),
    ]
    acc = Acc()
    items = []
    for nid, title, text, a in posts:
        items.append("<li><a href='%s'>%s</a> <span class='date'>2026-%02d-%02d</span></li>" % (href("/news.php", id=nid), esc(title), 6 + nid, 3 * nid))
    mk(s, "/news.php", head("News") + "<h2>News</h2><ul>%s</ul>" % "".join(items) + FOOT, acc)
    for nid, title, text, a in posts:
        mk(s, qkey("/news.php", id=nid), head(title) + "<div class='post'><h2>%s</h2><p>%s</p></div>" % (esc(title), text) + FOOT, a)

    # behind robots
    mk(s, "/cart.php", head("Cart") + "<p>Your cart is empty.</p>" + FOOT)
    mk(s, "/login.php", head("Login") + "<form><input name='u'><input name='p' type='password'></form>" + FOOT)
    return s
