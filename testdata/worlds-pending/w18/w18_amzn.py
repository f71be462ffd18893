"""amzn-like: an Amazon-style marketplace, English (/) and Spanish-Mexico (/mx/).

Search result pages (s-result-item, data-asin, sponsored results, &page=N), product detail pages
(#productTitle, #feature-bullets, Product information table, Other sellers on Amazon, Questions &
answers, reviews), seller storefronts (/sp?seller=...). Mostly benign lab goods; three third-party
sellers list fentanyl precursors under systematic names or CAS numbers only, and a Mexican vet
supplier lists xylazine.
"""
from marketsim import Site
from w18_common import (Acc, mk, esc, href, qkey, cl, INVALID_CAS,
                        npp, anpp, ap4, boc4ap, bocpip, xylazine, fentanyl,
                        caffeine, citric, bicarb, glycerol, boric, edta, tris, agar, bochp, bocpz, naloxone)

PIPERIDINE = "110-89-4"   # watchlisted solvent/precursor; here only a search term

SELLERS = {
    "A1AMZN000001": ("Amazon.com", "en", ""),
    "A3LABESS4411": ("LabEssentials Direct", "en", "Family-owned lab supply company in Ohio. ACS and USP grade reagents."),
    "A2ZHONGKE7Q": ("ZhongKe Biotech Store", "en", "Professional supplier of pharmaceutical intermediates. Fast reply within 12 hours."),
    "A9HZREAGENT3": ("Hangzhou Reagent Outlet", "en", "Intermediates for research. " + cl("forwarding", "en", 1)),
    "A5QNORTEMX2": ("QuimicosDelNorte MX", "es", "Reactivos químicos para laboratorio e industria. Envíos a todo México."),
    "A7VETSUMMX8": ("VetSuministros", "es", "Insumos veterinarios para clínicas y ranchos."),
    "A1AMZNMX0001": ("Amazon México", "es", ""),
}
STOREFRONT_CLAIMS = {"A9HZREAGENT3": ["forwarding"]}


class P:
    def __init__(self, asin, sub, title, slug, seller, price, cas=None, claims=(), lang="en",
                 bullets=(), offer=True, qa=None, others=()):
        self.asin, self.sub, self.title, self.slug, self.seller = asin, sub, title, slug, seller
        self.price, self.cas, self.claims, self.lang = price, cas, list(claims), lang
        self.bullets, self.offer, self.qa, self.others = list(bullets), offer, qa, list(others)
        self.base = "/mx" if lang == "es" else ""

    @property
    def url(self):
        return "%s/%s/dp/%s" % (self.base, self.slug, self.asin)


EN = [
    P("B07CAFF001", caffeine, "Pure Caffeine Anhydrous Powder, USP Grade, 1 lb", "Caffeine-Anhydrous-Powder-USP", "A1AMZN000001", "19.99", cas="58-08-2",
      bullets=["Food and pharmaceutical grade", "Lab tested for purity", "Resealable pouch"]),
    P("B07CITR002", citric, "Citric Acid Anhydrous, Food Grade, 5 lb Bag", "Citric-Acid-Anhydrous-Food-Grade", "A3LABESS4411", "24.49", cas="77-92-9",
      bullets=["Non-GMO", "Fine granular", "Great for canning and cleaning"]),
    P("B07BICA003", bicarb, "Sodium Bicarbonate USP, 99.9% Pure, 2 lb", "Sodium-Bicarbonate-USP-Pure", "A1AMZN000001", "9.99", cas="144-55-8",
      bullets=["USP grade", "Aluminium free"]),
    P("B07GLYC004", glycerol, "Vegetable Glycerin USP 99.7%, 1 Gallon", "Vegetable-Glycerin-USP-Gallon", "A3LABESS4411", "29.95", cas="56-81-5",
      bullets=["Kosher", "Made in USA"]),
    P("B07BORI005", boric, "Boric Acid Powder 99.9% Pure, 1 lb", "Boric-Acid-Powder-Pure", "A3LABESS4411", "12.49", cas="10043-35-3",
      bullets=["Technical grade", "Fine powder"]),
    P("B07BEAK006", None, "Borosilicate Glass Beaker Set, 5 Sizes 50-1000 ml", "Borosilicate-Glass-Beaker-Set", "A1AMZN000001", "21.99",
      bullets=["3.3 borosilicate glass", "Printed graduations"]),
    P("B07STIR007", None, "Magnetic Stirrer Hot Plate with Stir Bar, 2000 ml", "Magnetic-Stirrer-Hot-Plate", "A3LABESS4411", "69.00",
      bullets=["0-1600 rpm", "Max 380 °C"]),
    P("B07TRIS008", tris, "Tris Base, Molecular Biology Grade, 500 g", "Tris-Base-Molecular-Biology", "A3LABESS4411", "44.00", cas="77-86-1",
      bullets=["DNase/RNase free", ">= 99.8%"]),
    P("B07AGAR009", agar, "Agar Agar Powder, Bacteriological Grade, 100 g", "Agar-Powder-Bacteriological", "A1AMZN000001", "15.99", cas="9002-18-0",
      bullets=["For petri dishes", "Vegan"]),
    P("B08BOCH010", bochp, "1-Boc-4-hydroxypiperidine, 98%, 25 g", "1-Boc-4-hydroxypiperidine-98", "A3LABESS4411", "38.00", cas="109384-19-2",
      bullets=["Building block for medicinal chemistry", "COA included", "For research use only"]),
    P("B08BOCP011", bocpz, "N-Boc-piperazine, 99%, 25 g", "N-Boc-piperazine-99", "A3LABESS4411", "41.50", cas="57260-71-6",
      bullets=["White solid", "COA included"]),
    P("B08FTS0012", fentanyl, "Fentanyl Test Strips, 10 Pack, Rapid Detection", "Fentanyl-Test-Strips-Pack", "A1AMZN000001", "17.99", offer=False,
      bullets=["Detects fentanyl and many analogues in residue", "Results in 5 minutes", "Harm-reduction tool, not for medical diagnosis"]),
    P("B08XTS0013", xylazine, "Xylazine Test Strips, 5 Pack", "Xylazine-Test-Strips-Pack", "A1AMZN000001", "14.99", offer=False,
      bullets=["Detects xylazine (tranq) in drug residue", "Easy to read lines"]),
    P("B08NRC0014", naloxone, "Narcan Naloxone HCl Nasal Spray 4 mg, 2 Doses", "Narcan-Naloxone-Nasal-Spray", "A1AMZN000001", "44.99", offer=False,
      bullets=["Emergency treatment of opioid overdose", "No prescription needed"]),
    P("B0C9ZK0021", boc4ap, "tert-Butyl 4-(phenylamino)piperidine-1-carboxylate, 98% Purity, 25 g, Research Grade", "tert-Butyl-phenylamino-piperidine-carboxylate",
      "A2ZHONGKE7Q", "129.00", cas="125541-22-2", claims=[("stealth", "en", 1)],
      bullets=["High purity white powder, HPLC 98%+", "Fast shipping worldwide", cl("stealth", "en", 1)],
      qa=("Can you ship to Canada?", "Yes. " + cl("reship", "en", 1), "reship"), others=[("Hangzhou Reagent Outlet", "139.00")]),
    P("B0C9ZK0022", npp, "1-Phenethyl-4-piperidone 99% White Crystalline Powder 50 g", "1-Phenethyl-4-piperidone-99",
      "A2ZHONGKE7Q", "159.00", cas=INVALID_CAS[0], claims=[("reship", "en", 0)],
      bullets=["Assay 99% (GC)", cl("reship", "en", 0), "Bulk quantity available, contact seller"]),
    P("B0C9HZ0031", bocpip, "Organic Synthesis Intermediate CAS 79099-07-3 Pharmaceutical Grade 100 g", "Organic-Synthesis-Intermediate-Pharmaceutical",
      "A9HZREAGENT3", "88.00", cas="79099-07-3", bullets=["Purity 99%", "White to off-white powder"]),
    P("B0C9HZ0032", anpp, "High Purity Intermediate CAS 21409-26-7, 99%, 10 g", "High-Purity-Intermediate-99",
      "A9HZREAGENT3", "210.00", cas="21409-26-7", claims=[("customs", "en", 0)],
      bullets=[cl("customs", "en", 0), "Sample order accepted"]),
    P("B0C9HZ0033", edta, "CAS 6381-92-6 Chelating Agent, Lab Grade, 500 g", "Chelating-Agent-Lab-Grade",
      "A9HZREAGENT3", "26.00", cas="6381-92-6", bullets=["Disodium salt dihydrate", "Water soluble"]),
]
ES = [
    P("B0D2MX0041", npp, "N-fenetil-4-piperidona (NPP) 99% polvo, 100 g", "N-fenetil-4-piperidona-polvo", "A5QNORTEMX2", "2,450.00",
      cas="39742-60-4", lang="es", claims=[("forwarding", "es", 0), ("mislabel", "es", 0)],
      bullets=["Pureza 99% (HPLC)", cl("forwarding", "es", 0), cl("mislabel", "es", 0)]),
    P("B0D2MX0042", ap4, "4-Anilinopiperidina 98%, reactivo, 25 g", "4-Anilinopiperidina-reactivo", "A5QNORTEMX2", "1,890.00",
      cas="23056-29-3", lang="es", bullets=["Polvo blanco", "Certificado de análisis"]),
    P("B0D2MX0043", xylazine, "Xilacina clorhidrato 99% polvo, 10 g, uso veterinario", "Xilacina-clorhidrato-polvo", "A7VETSUMMX8", "980.00",
      cas="23076-35-9", lang="es", claims=[("stealth", "es", 0)], bullets=["Para uso veterinario", cl("stealth", "es", 0)]),
    P("B0D2MX0044", citric, "Ácido cítrico anhidro grado alimenticio 1 kg", "Acido-citrico-anhidro", "A1AMZNMX0001", "129.00", cas="77-92-9", lang="es",
      bullets=["Grado alimenticio", "Bolsa resellable"]),
    P("B0D2MX0045", bicarb, "Bicarbonato de sodio grado USP 1 kg", "Bicarbonato-de-sodio-USP", "A1AMZNMX0001", "89.00", cas="144-55-8", lang="es",
      bullets=["Grado USP"]),
    P("B0D2MX0046", glycerol, "Glicerina vegetal USP 1 L", "Glicerina-vegetal-USP", "A5QNORTEMX2", "159.00", cas="56-81-5", lang="es",
      bullets=["99.7%"]),
    P("B0D2MX0047", fentanyl, "Tiras reactivas para detectar fentanilo (10 piezas)", "Tiras-reactivas-fentanilo", "A1AMZNMX0001", "349.00", lang="es",
      offer=False, bullets=["Reducción de daños", "Resultado en 5 minutos", "No es un dispositivo de diagnóstico médico"]),
    P("B0D2MX0048", caffeine, "Cafeína anhidra en polvo 250 g", "Cafeina-anhidra-polvo", "A5QNORTEMX2", "199.00", cas="58-08-2", lang="es",
      bullets=["Grado farmacéutico"]),
]
BY = {p.asin: p for p in EN + ES}
OFFER_LISTING = ["B0C9ZK0021", "B0C9ZK0022", "B0C9HZ0032", "B0D2MX0041"]   # robots-forbidden /gp/offer-listing/


def h(x):
    return sum(ord(c) * (i + 1) for i, c in enumerate(x))


def add_offer(acc, p, with_cas=True):
    """A product listed as an offer on this page (result tile, own page, storefront)."""
    if p.sub is not None and p.offer:
        acc.offer(p.sub)
    elif p.sub is not None:
        acc.mention(p.sub)
    if with_cas and p.cas:
        acc.show_cas(p.cas)


def head(title, lang):
    es = lang == "es"
    home = "/mx/" if es else "/"
    return ("<!doctype html><html lang='%s' class='a-no-js'><head><meta charset='utf-8'>"
            "<title>%s</title><link rel='stylesheet' href='/static/AUIClients.css'></head><body>"
            "<header id='navbar' class='nav-packard-glow'><div id='nav-logo'><a href='%s' class='nav-logo-link' aria-label='Amazon'>amazon%s</a></div>"
            "<form id='nav-search-bar-form' action='%s' method='GET'><select name='i'><option>%s</option></select>"
            "<input type='text' id='twotabsearchtextbox' name='k'><input type='submit' value='Go'></form>"
            "<div id='nav-tools'><a href='/ap/signin'>%s</a> <a href='/gp/cart/view.html'>%s</a></div>"
            "<div id='nav-xshop'><a href='%s'>%s</a> <a href='/gp/help/customer/display.html'>%s</a> <a href='%s'>%s</a></div></header>"
            "<div id='a-page'>") % (
        "es-MX" if es else "en-US", esc(title), home, ".com.mx" if es else "", "/mx/s" if es else "/s",
        "Todos los departamentos" if es else "All Departments",
        "Hola, identifícate" if es else "Hello, sign in", "Carrito" if es else "Cart",
        qkey("/mx/s" if es else "/s", k="reactivos de laboratorio" if es else "lab chemicals"),
        "Industria y ciencia" if es else "Industrial &amp; Scientific",
        "Ayuda" if es else "Customer Service",
        "/" if es else "/mx/", "English (US)" if es else "Español (México)")


def foot(lang):
    es = lang == "es"
    return ("</div><footer id='navFooter'><div class='navFooterLine'><a href='/gp/help/customer/display.html'>%s</a> "
            "<a href='/gp/cart/view.html'>%s</a></div><div class='navFooterCopyright'>&copy; 1996-2026, Amazon.com, Inc. or its affiliates</div>"
            "</footer></body></html>") % ("Ayuda" if es else "Help", "Carrito" if es else "Your cart")


def tile(p, i, sponsored=False):
    link = href(p.url, ref="sr_1_%d" % i, qid="1764%06d" % (i * 7), sr="8-%d" % i)
    return ("<div data-asin='%s' data-index='%d' data-component-type='s-search-result' class='sg-col-4-of-24 s-result-item s-asin %s'>"
            "<div class='s-card-container s-overflow-hidden'><div class='s-product-image-container'><img class='s-image' src='/images/I/%s.jpg' alt=''></div>"
            "%s<h2 class='a-size-mini a-spacing-none a-color-base s-line-clamp-4'><a class='a-link-normal s-underline-text s-link-style a-text-normal' href='%s'>"
            "<span class='a-size-base-plus a-color-base a-text-normal'>%s</span></a></h2>"
            "<div class='a-row a-size-small'><span aria-label='%.1f out of 5 stars'>%.1f</span> <span class='a-size-base s-underline-text'>%d</span></div>"
            "<span class='a-price'><span class='a-offscreen'>$%s</span></span>"
            "<div class='a-row a-size-base a-color-secondary'>%s</div></div></div>") % (
        p.asin, i, "AdHolder" if sponsored else "", p.asin,
        "<span class='puis-label-popover-default'><span class='a-color-secondary'>%s</span></span>" % ("Patrocinado" if p.lang == "es" else "Sponsored") if sponsored else "",
        link, esc(p.title), 3.6 + (h(p.asin) % 14) / 10.0, 3.6 + (h(p.asin) % 14) / 10.0, 12 + len(p.title) * 3, p.price,
        ("Vendido por " if p.lang == "es" else "Sold by ") + esc(SELLERS[p.seller][0]))


SEARCHES = [
    # (base path, query, lang, pages: list of [(asin, sponsored)], banner asin (sponsored brand rail: chrome))
    ("/s", "lab chemicals", "en", [
        [("B07CAFF001", 0), ("B07AGAR009", 1), ("B07CITR002", 0), ("B07BICA003", 0), ("B07GLYC004", 0), ("B07BEAK006", 0)],
        [("B07BORI005", 0), ("B0C9ZK0021", 0), ("B07STIR007", 0), ("B07TRIS008", 1), ("B0C9HZ0033", 0), ("B08BOCP011", 0)],
        [("B0C9HZ0031", 1), ("B08BOCH010", 0), ("B07CAFF001", 0)],
    ], None),
    ("/s", "piperidine", "en", [
        [("B08BOCH010", 0), ("B0C9HZ0032", 1), ("B08BOCP011", 0), ("B0C9ZK0022", 0), ("B0C9ZK0021", 0)],
    ], None),
    ("/s", "test strips", "en", [
        [("B08FTS0012", 0), ("B08XTS0013", 0), ("B08NRC0014", 1)],
    ], "B0C9HZ0032"),
    ("/mx/s", "reactivos de laboratorio", "es", [
        [("B0D2MX0044", 0), ("B0D2MX0045", 0), ("B0D2MX0046", 1), ("B0D2MX0048", 0)],
        [("B0D2MX0042", 0), ("B0D2MX0043", 0), ("B0D2MX0047", 0)],
    ], None),
    ("/mx/s", "piperidona", "es", [
        [("B0D2MX0041", 0), ("B0D2MX0042", 0)],
    ], "B0D2MX0043"),
]


def build():
    s = Site("amzn-like", "marketplace")
    s.robots = ("User-agent: *\nDisallow: /gp/cart\nDisallow: /gp/offer-listing/\nDisallow: /ap/\n"
                "Disallow: /wishlist/\nAllow: /gp/help/\n")
    s.disallow = ["/gp/cart", "/gp/offer-listing/", "/ap/", "/wishlist/"]
    s.rate_limit = 14
    s.junk_params = ["utm_source", "utm_medium", "sort", "order", "view", "sid", "ref", "qid", "sr", "crid", "psc", "th"]

    # ---------------- home pages (hot-search boxes = chrome)
    acc = Acc().mention(boc4ap).mention(npp).mention(fentanyl).mention_key(PIPERIDINE)
    mk(s, "/", head("Amazon.com. Spend less. Smile more.", "en") +
       "<div id='gw-desktop-herotator'><h1>Back to the lab: save on Industrial &amp; Scientific</h1></div>"
       "<div class='a-cardui' id='trending'><h2>Trending searches</h2><ul>"
       "<li><a href='%s'>fentanyl test strips</a></li><li>boc-4-ap</li><li>npp powder</li>"
       "<li><a href='%s'>lab chemicals</a></li><li><a href='%s'>piperidine</a></li></ul></div>"
       "<div class='a-cardui'><h2>Shop by seller</h2><a href='%s'>LabEssentials Direct</a> &middot; <a href='%s'>ZhongKe Biotech Store</a> &middot; "
       "<a href='%s'>Hangzhou Reagent Outlet</a></div>" % (
           href("/s", k="test strips"), href("/s", k="lab chemicals"), href("/s", k="piperidine"),
           href("/sp", seller="A3LABESS4411"), href("/sp", seller="A2ZHONGKE7Q"), href("/sp", seller="A9HZREAGENT3")) + foot("en"), acc)
    acc = Acc().mention(npp).mention(xylazine)
    mk(s, "/mx/", head("Amazon.com.mx: Precios bajos, envío rápido", "es") +
       "<div id='gw-desktop-herotator'><h1>Industria, empresas y ciencia</h1></div>"
       "<div class='a-cardui'><h2>Búsquedas populares</h2><ul><li><a href='%s'>reactivos de laboratorio</a></li>"
       "<li><a href='%s'>piperidona</a></li><li>xilacina</li><li>n-fenetil-4-piperidona</li></ul></div>"
       "<div class='a-cardui'><h2>Vendedores</h2><a href='%s'>QuimicosDelNorte MX</a> &middot; <a href='%s'>VetSuministros</a></div>" % (
           href("/mx/s", k="reactivos de laboratorio"), href("/mx/s", k="piperidona"),
           href("/sp", seller="A5QNORTEMX2"), href("/sp", seller="A7VETSUMMX8")) + foot("es"), acc)
    mk(s, "/gp/help/customer/display.html", head("Amazon.com Help", "en") +
       "<h1>Help &amp; Customer Service</h1><p>Track packages, edit or cancel orders, returns and refunds.</p>"
       "<p>Amazon prohibits the sale of controlled substances and drug precursors. Report a listing through "
       "<em>Report incorrect product information</em>.</p>" + foot("en"))

    # ---------------- search result pages
    for base, q, lang, pages, banner in SEARCHES:
        for pi, items in enumerate(pages, 1):
            acc = Acc()
            if q == "piperidine":
                acc.mention_key(PIPERIDINE)
            tiles = []
            for i, (asin, sp) in enumerate(items, 1 + 16 * (pi - 1)):
                p = BY[asin]
                add_offer(acc, p, with_cas=False)     # result tiles show no CAS column
                if p.cas and p.cas in p.title:
                    acc.show_cas(p.cas)
                tiles.append(tile(p, i, bool(sp)))
            top = ""
            if banner:
                b = BY[banner]
                acc.mention(b.sub)
                if b.cas and b.cas in b.title:
                    acc.cas_mentions.add(b.cas)
                top = ("<div class='s-result-item s-widget sbv-brand' data-component-type='sbv-video-single-product'>"
                       "<span class='a-color-secondary'>%s</span> <span class='sb-brand'>%s</span>"
                       "<div class='sb-product'><a href='%s'>%s</a></div></div>") % (
                    "Patrocinado" if lang == "es" else "Sponsored", esc(SELLERS[b.seller][0]), href("/gp/product/" + b.asin), esc(b.title))
            npages = len(pages)
            pager = " ".join(("<span class='s-pagination-item s-pagination-selected'>%d</span>" % k) if k == pi else
                             "<a class='s-pagination-item s-pagination-button' href='%s'>%d</a>" % (
                                 href(base, k=q, page=k, qid="1764100%d" % k, ref="sr_pg_%d" % k) if k > 1 else href(base, k=q), k)
                             for k in range(1, npages + 1))
            if pi < npages:
                pager += " <a class='s-pagination-next' href='%s'>%s</a>" % (href(base, k=q, page=pi + 1, ref="sr_pg_%d" % (pi + 1)),
                                                                              "Siguiente" if lang == "es" else "Next")
            info = ("%d-%d de más de %d resultados para" if lang == "es" else "%d-%d of over %d results for") % (
                16 * (pi - 1) + 1, 16 * (pi - 1) + len(items), 16 * npages)
            path = qkey(base, k=q, page=pi) if pi > 1 else qkey(base, k=q)
            mk(s, path, head("Amazon.com%s : %s" % (".mx" if lang == "es" else "", q), lang) +
               "<div class='s-desktop-toolbar'><span>%s <span class='a-color-state a-text-bold'>\"%s\"</span></span>"
               "<form><select name='s'><option value='relevanceblender'>Featured</option><option value='price-asc-rank'>Price: Low to High</option></select></form></div>"
               "%s<div class='s-main-slot s-result-list s-search-results sg-row'>%s</div>"
               "<div class='s-pagination-container' role='navigation'>%s</div>" % (info, esc(q), top, "".join(tiles), pager) + foot(lang),
               acc, listing=True)

    # ---------------- product detail pages
    rails = {"en": ["B07BEAK006", "B07STIR007", "B0C9ZK0022", "B0C9HZ0031", "B07TRIS008"],
             "es": ["B0D2MX0046", "B0D2MX0041", "B0D2MX0044"]}
    reviews_for = ["B07CAFF001", "B07CITR002", "B07TRIS008", "B08FTS0012", "B07STIR007"]
    for p in EN + ES:
        es = p.lang == "es"
        acc = Acc()
        add_offer(acc, p)
        for kind, lang, i in p.claims:
            acc.claim(kind)
        seller, _, _ = SELLERS[p.seller]
        bullets = "".join("<li><span class='a-list-item'>%s</span></li>" % esc(b) for b in p.bullets)
        rows = [("Marca" if es else "Brand", esc(seller.split(" ")[0])),
                ("Peso del producto" if es else "Item Weight", "%d g" % (100 + len(p.title) * 5)),
                ("ASIN", p.asin),
                ("Clasificación" if es else "Best Sellers Rank", "#%d in Industrial &amp; Scientific" % (1000 + len(p.title) * 37))]
        if p.cas:
            rows.insert(1, ("Número CAS" if es else "CAS Number", p.cas))
        table = "".join("<tr><th class='a-color-secondary a-size-base prodDetSectionEntry'>%s</th><td class='a-size-base prodDetAttrValue'>%s</td></tr>" % r for r in rows)
        others = ""
        if p.others:
            others = ("<div id='olpLinkWidget_feature_div'><h3>%s</h3>" % ("Otros vendedores en Amazon" if es else "Other sellers on Amazon") +
                      "".join("<div class='olp-row'><span class='a-price'>$%s</span> %s <span>%s</span></div>" % (
                          pr, "vendido por" if es else "Sold by", esc(nm)) for nm, pr in p.others) + "</div>")
        if p.asin in OFFER_LISTING:
            others += "<a id='buybox-see-all-buying-choices' href='%s'>%s</a>" % (
                href("/gp/offer-listing/" + p.asin), "Ver todas las opciones de compra" if es else "See All Buying Options")
        qa = ""
        if p.qa:
            qtext, atext, kind = p.qa
            acc.claim(kind)
            qa = ("<div id='ask-btf_feature_div'><h2>%s</h2><div class='askTeaserQuestions'><div class='a-fixed-left-grid'>"
                  "<span class='a-text-bold'>%s:</span> <a href='#'>%s</a><br><span class='a-text-bold'>%s:</span> %s "
                  "<span class='a-color-tertiary'>By %s SELLER</span></div></div></div>") % (
                "Preguntas y respuestas" if es else "Customer questions &amp; answers", "Pregunta" if es else "Question", esc(qtext),
                "Respuesta" if es else "Answer", esc(atext), esc(seller))
        elif p.sub is None or not p.offer or p.sub.key == "":
            qa = ("<div id='ask-btf_feature_div'><h2>%s</h2><div class='askTeaserQuestions'><span class='a-text-bold'>Q:</span> "
                  "%s<br><span class='a-text-bold'>A:</span> %s</div></div>") % (
                "Preguntas y respuestas" if es else "Customer questions &amp; answers",
                "¿Cuánto tarda el envío?" if es else "Is this the same as the one sold at the hardware store?",
                "Llegó en dos días." if es else "Yes, same product, better price.")
        rail_items = [BY[a] for a in rails[p.lang] if a != p.asin][:4]
        for r in rail_items:
            if r.sub is not None:
                acc.mention(r.sub)
            if r.cas and r.cas in r.title:
                acc.cas_mentions.add(r.cas)
        rail = ("<div id='sims-consolidated-2_feature_div' class='a-carousel-container'><h2>%s</h2><ol class='a-carousel'>" % (
            "Los clientes que compraron este producto también compraron" if es else "Customers who bought this item also bought") +
            "".join("<li class='a-carousel-card'><a href='%s'><div class='p13n-sc-truncate'>%s</div></a><span class='a-price'>$%s</span></li>" % (
                href("/gp/product/" + r.asin), esc(r.title), r.price) for r in rail_items) + "</ol></div>")
        reviews = ("<div id='reviewsMedley'><h2>%s</h2><div class='review'><span class='a-icon-alt'>4.0 out of 5 stars</span> "
                   "<span data-hook='review-title'>%s</span><span data-hook='review-body'>%s</span></div>%s</div>") % (
            "Opiniones de clientes" if es else "Customer reviews",
            "Buena calidad" if es else "Does what it says",
            "El empaque llegó bien." if es else "Arrived on time, well packed.",
            ("<a data-hook='see-all-reviews-link-foot' href='%s'>See more reviews</a>" % href("/product-reviews/" + p.asin, reviewerType="all_reviews"))
            if p.asin in reviews_for else "")
        body = ("<div id='dp-container' class='a-container'><div id='centerCol'><h1 id='title' class='a-size-large a-spacing-none'>"
                "<span id='productTitle' class='a-size-large product-title-word-break'>%s</span></h1>"
                "<a id='bylineInfo' class='a-link-normal' href='%s'>%s %s</a>"
                "<div id='corePrice_feature_div'><span class='a-price aok-align-center'><span class='a-offscreen'>$%s</span></span></div>"
                "<div id='feature-bullets' class='a-section a-spacing-medium a-spacing-top-small'><h1 class='a-size-base-plus a-text-bold'>%s</h1>"
                "<ul class='a-unordered-list a-vertical a-spacing-mini'>%s</ul></div></div>"
                "<div id='rightCol'><div id='buybox'><span id='submit.add-to-cart-announce'>%s</span>"
                "<div id='merchantInfoFeature_feature_div'>%s <a id='sellerProfileTriggerId' href='%s'>%s</a></div></div>%s</div>"
                "<div id='prodDetails'><h2>%s</h2><table id='productDetails_techSpec_section_1' class='a-keyvalue prodDetTable'>%s</table></div>"
                "%s%s%s</div>") % (
            esc(p.title), href("/sp", seller=p.seller), "Visita la tienda de" if es else "Visit the", esc(seller) + ("" if es else " Store"),
            p.price, "Acerca de este artículo" if es else "About this item", bullets,
            "Agregar al carrito" if es else "Add to Cart", "Vendido por" if es else "Sold by", href("/sp", seller=p.seller), esc(seller), others,
            "Información del producto" if es else "Product information", table, rail, qa, reviews)
        mk(s, p.url, head("Amazon.com%s: %s" % (".mx" if es else "", p.title), p.lang) + body + foot(p.lang), acc, listing=True)
        s.redirects["/gp/product/" + p.asin] = p.url
        if p.asin in OFFER_LISTING:   # robots-forbidden: a polite crawler never sees these
            acc2 = Acc()
            add_offer(acc2, p)
            mk(s, "/gp/offer-listing/" + p.asin, head("Buying Choices: " + p.title, p.lang) +
               "<div id='aod-container'><h1>%s</h1><div id='aod-offer'><span class='a-price'>$%s</span> Ships from and sold by %s</div></div>" % (
                   esc(p.title), p.price, esc(seller)) + foot(p.lang), acc2, listing=True)
        if p.asin in reviews_for:
            acc3 = Acc()
            if p.sub is not None:
                acc3.mention(p.sub)
            mk(s, qkey("/product-reviews/" + p.asin, reviewerType="all_reviews"), head("Amazon.com: Customer reviews: " + p.title, "en") +
               "<div id='cm_cr-product_info'><a href='%s'>%s</a></div><div id='cm_cr-review_list'>" % (href(p.url), esc(p.title)) +
               "".join("<div data-hook='review' class='a-section review'><span class='a-profile-name'>%s</span> "
                       "<i class='a-icon a-icon-star a-star-%d'><span class='a-icon-alt'>%d.0 out of 5 stars</span></i> "
                       "<span data-hook='review-body'>%s</span></div>" % (n, st, st, esc(t)) for n, st, t in [
                           ("Kelly R.", 5, "Exactly as described. Fast delivery."),
                           ("amazon customer", 4, "Good product, the bag was a little dusty."),
                           ("M. Ortiz", 2, "Packaging could be better."),
                       ]) + "</div>" + foot("en"), acc3)

    # ---------------- seller storefronts
    for sid, (name, lang, about) in SELLERS.items():
        acc = Acc()
        items = [p for p in EN + ES if p.seller == sid]
        for p in items:
            add_offer(acc, p, with_cas=False)
            if p.cas and p.cas in p.title:
                acc.show_cas(p.cas)
        for k in STOREFRONT_CLAIMS.get(sid, []):
            acc.claim(k)
        es = lang == "es"
        mk(s, qkey("/sp", seller=sid), head("Amazon.com%s Seller Profile: %s" % (".mx" if es else "", name), lang) +
           "<div id='seller-profile-container'><h1 id='sellerName'>%s</h1><div id='seller-feedback-summary'>%s</div>"
           "<div id='about-seller'><h3>%s</h3><p>%s</p></div><div id='products'><h3>%s</h3><ul>%s</ul></div></div>" % (
               esc(name), "93%% positive in the last 12 months (%d ratings)" % (40 + len(name) * 9),
               "Acerca del vendedor" if es else "About Seller", esc(about) or "&nbsp;",
               "Productos" if es else "Products",
               "".join("<li class='s-result-item' data-asin='%s'><a href='%s'>%s</a> <span class='a-price'>$%s</span></li>" % (
                   p.asin, href(p.url), esc(p.title), p.price) for p in items)) + foot(lang), acc, listing=True)
    return s
