"""Site 0: Alibaba.com-style B2B portal (English + Spanish /es/)."""
from w14_common import *  # noqa: F401,F403
import w14_common as C

SUPPLIERS = [
    dict(slug="hbjinghong", name="Hubei Jinghong Pharmaceutical Technology Co., Ltd.", yrs=6, loc="Hubei, CN",
         rate="92.1%", resp="≤3h", wa="+86 173 2041 8852", ta=True,
         intro="Jinghong is a professional manufacturer and exporter of pharmaceutical intermediates and "
               "API raw materials, with our own lab in Wuhan and stock in Hubei.",
         policy=[("customs", "We have a stable DDP line to Mexico, USA and Canada: our agent takes care of clearance, "
                             "so the buyer does not need to do anything at the border."),
                 ("reship", "Any parcel that is held or lost will be sent out again free of charge, no extra cost for you.")]),
    dict(slug="sjzruonan", name="Shijiazhuang Ruonan Biotech Co., Ltd.", yrs=3, loc="Hebei, CN",
         rate="88.7%", resp="≤5h", wa="+86 155 3117 0294", ta=True,
         intro="Ruonan Biotech supplies organic intermediates, veterinary raw powder and fine chemicals to "
               "customers in more than 40 countries.",
         policy=[("stealth", "Goods are sealed in foil bags inside a neutral carton, no product name outside.")]),
    dict(slug="hntianfu", name="Henan Tianfu Chemical Co., Ltd.", yrs=14, loc="Henan, CN",
         rate="99.2%", resp="≤2h", wa="", ta=True,
         intro="Tianfu Chemical is an ISO 9001 certified supplier of food additives, excipients and reagents.",
         policy=[]),
    dict(slug="whdemeike", name="Wuhan Demeike Import & Export Trade Co., Ltd.", yrs=2, loc="Hubei, CN",
         rate="85.0%", resp="≤6h", wa="+86 132 9760 3318", ta=False,
         intro="Demeike exporta intermedios farmacéuticos a México, Colombia, Perú y España.",
         policy=[("forwarding", "Tenemos almacén propio en Ciudad de México: la mercancía llega primero allí y "
                                "después se entrega por paquetería nacional."),
                 ("reship", "Si la aduana retiene su pedido, lo volvemos a mandar sin costo.")]),
]
SUP = {s["slug"]: s for s in SUPPLIERS}

# -------------------------------------------------------------- the offers
# attrs: (key, value) rows for "Key attributes"; claims appear in "Product descriptions from the supplier"
O = Offer
EN = [
    O(npp, "Factory Supply 1-Phenethyl-4-piperidone CAS 39742-60-4 with Best Price", sup="hbjinghong",
      cat="pi", other="NPP; N-Phenethyl-4-piperidinone", mf="C13H17NO", price=(35, 68), moq="1 kilogram",
      claims=[("customs", "Customs clearance is done by our own broker, door to door to Mexico and USA with 99% pass rate."),
              ("reship", "If your package is detained we resend it at no charge.")]),
    O(anpp, "High Purity 4-ANPP 99% Powder 4-Anilino-N-phenethylpiperidine", shown="21409267", sup="hbjinghong",
      cat="pi", other="Despropionyl fentanyl; N-phenyl-1-(2-phenylethyl)piperidin-4-amine", mf="C19H24N2",
      price=(120, 180), moq="100 grams",
      claims=[("stealth", "Inner packing is aluminium foil bag vacuum sealed, outer packing disguised as a cosmetic box.")]),
    O(bocpip, "N-Boc-4-piperidone CAS 79099-07-3 Pharmaceutical Intermediate 1-Boc-4-oxopiperidine", sup="sjzruonan",
      cat="pi", other="tert-Butyl 4-oxopiperidine-1-carboxylate", mf="C10H17NO3", price=(18, 40), moq="1 kilogram",
      claims=[("mislabel", "We can write another product name on the invoice and label according to your request."),
              ("forwarding", "Goods go to our partner warehouse in Rotterdam first, then local courier to EU buyers.")]),
    O(boc4ap, "tert-Butyl 4-(phenylamino)piperidine-1-carboxylate CAS 125541-22-2 In Stock", sup="sjzruonan",
      cat="pi", other="1-Boc-4-AP; 1-N-Boc-4-(phenylamino)piperidine", mf="C16H24N2O2", price=(60, 95), moq="500 grams",
      claims=[("customs", "Special line with tax and duty paid, no customs problem for you.")]),
    O(pip4, "4-Piperidone Monohydrate Hydrochloride CAS 40064-34-4 (Piperidin-4-one HCl H2O)", shown="40064-34-4",
      sup="hbjinghong", cat="pi", other="4-Piperidinone hydrochloride monohydrate", mf="C5H12ClNO2",
      price=(25, 45), moq="1 kilogram", claims=[]),
    O(ap4, "N-Phenylpiperidin-4-amine 4-Anilinopiperidine Powder 99%", shown="23056 29 3", sup="sjzruonan",
      cat="pi", other="4-AP; N-Phenyl-4-piperidinamine", mf="C11H16N2", price=(70, 110), moq="1 kilogram",
      claims=[("stealth", "Discreet and safe packing, two layers, no smell and no chemical name on the parcel.")]),
    O(xyl_hcl, "Veterinary Raw Powder Xylazine Hydrochloride CAS 23076-35-9 for Animal Sedation", sup="sjzruonan",
      cat="vet", other="Xylazine HCl; Rompun raw material", mf="C12H17ClN2S", price=(45, 90), moq="1 kilogram",
      claims=[("stealth", "Neutral packaging without logos, looks like a normal commercial sample.")]),
    O(bromazolam, "Bromazolam Powder 99.8% White Crystalline CAS 71368-80-4", sup="hbjinghong", cat="pi",
      other="8-bromo-1-methyl-6-phenyl-4H-[1,2,4]triazolo[4,3-a][1,4]benzodiazepine", mf="C17H13BrN4",
      price=(300, 650), moq="10 grams", claims=[("reship", "100% delivery: we reship for free if anything goes wrong on the way.")]),
    O(protonit, "P-r-o-t-o-n-i-t-a-z-e-n-e Research Powder 99% Fast Delivery", shown="95958 84 2", sup="hbjinghong",
      cat="pi", other="Protonitazene base", mf="C23H30N4O3", price=(800, 1500), moq="5 grams",
      claims=[("forwarding", "Sent from our overseas warehouse in Germany to avoid long transit from China.")]),
    O(nov_desprot, "N-Desethyl Protonitazene Hot Sale New Product High Quality", shown=None, sup="hbjinghong", cat="pi",
      other="Desethyl protonitazene", mf="C21H26N4O3", price=(900, 1800), moq="5 grams", claims=[]),
    O(bmkgly, "New BMK Powder BMK Methyl Glycidate CAS 80532-66-7 Safe Delivery to Europe", sup="whdemeike", cat="oi",
      other="Methyl 2-methyl-3-phenylglycidate", mf="C11H12O3", price=(50, 90), moq="1 kilogram",
      claims=[("forwarding", "Shipped via our Poland warehouse, EU domestic delivery in 3-5 days."),
              ("customs", "Clearance guaranteed, if stuck we handle it with the customs ourselves.")]),
    O(pmkgly, "PMK Glycidate Powder CAS 13605-48-6 99% Purity", sup="whdemeike", cat="oi",
      other="PMK methyl glycidate", mf="C12H12O5", price=(55, 95), moq="1 kilogram", claims=[]),
    O(nov_3mbf, "N-(3-methyl-1-phenethylpiperidin-4-yl)-N-phenylbutanamide 99% Research Chemical", shown=None,
      sup="hbjinghong", cat="pi", other="-", mf="C24H32N2O", price=(1000, 2000), moq="10 grams",
      claims=[("mislabel", "Shipping name will be 'hair dye intermediate' for your safety.")]),
    O(phenethylbr, "(2-Bromoethyl)benzene CAS 103-63-9 Phenethyl Bromide 99%", sup="hntianfu", cat="oi",
      other="Phenethyl bromide", mf="C8H9Br", price=(8, 15), moq="25 kilograms", claims=[]),
    O(caffeine, "Food Grade Caffeine Anhydrous Powder CAS 58-08-2", sup="hntianfu", cat="fa",
      other="1,3,7-Trimethylxanthine", mf="C8H10N4O2", price=(12, 20), moq="25 kilograms", claims=[]),
    O(lidocaine, "Lidocaine Base Powder CAS 137-58-6 Pharmaceutical Grade", sup="hbjinghong", cat="pi",
      other="Lignocaine", mf="C14H22N2O", price=(30, 60), moq="1 kilogram",
      claims=[("customs", "We are experienced in export to Latin America, customs clearance is our job.")]),
    O(tetramisole, "Tetramisole Hydrochloride CAS 5086-74-8 Veterinary API", sup="sjzruonan", cat="vet",
      other="Tetramisole HCl", mf="C11H13ClN2S", price=(15, 30), moq="1 kilogram", claims=[]),
    O(mannitol, "D-Mannitol Powder E421 CAS 69-65-8 Food Additive", sup="hntianfu", cat="fa",
      other="Mannite", mf="C6H14O6", price=(3, 6), moq="500 kilograms", claims=[]),
    O(bk4, "2-Bromo-4'-methylpropiophenone CAS 1451-82-7 Yellow Powder", sup="whdemeike", cat="oi",
      other="2-bromo-1-(4-methylphenyl)propan-1-one", mf="C10H11BrO", price=(20, 40), moq="1 kilogram",
      claims=[("forwarding", "For Russia and Kazakhstan we ship through our transit warehouse in Almaty.")]),
]
ES = [
    O(npp, "Venta caliente 1-fenetil-4-piperidona (NPP) CAS 39742-60-4 polvo blanco", sup="whdemeike",
      other="N-Phenethyl-4-piperidone; NPP", mf="C13H17NO", price=(40, 75), moq="1 kilogramo",
      claims=[("reship", "Si su paquete se pierde o lo decomisan, le hacemos un segundo envío gratis."),
              ("customs", "Entrega puerta a puerta a México con trámite aduanal incluido.")]),
    O(xyl_hcl, "Xilazina clorhidrato polvo de uso veterinario CAS 23076-35-9", sup="whdemeike",
      other="Xylazine HCl", mf="C12H17ClN2S", price=(50, 95), moq="1 kilogramo",
      claims=[("stealth", "Empaque discreto: bolsa de aluminio dentro de una caja sin ningún nombre químico.")]),
    O(isotonit, "Isotonitazeno polvo de alta pureza 99% CAS 14188-81-9", sup="whdemeike",
      other="Isotonitazene", mf="C21H26N4O3", price=(700, 1400), moq="10 gramos",
      claims=[("mislabel", "En la factura declaramos la mercancía como aditivo alimentario.")]),
    O(anpp, "4-ANPP (despropionil fentanilo) materia prima farmacéutica", shown="21409 26 7", sup="whdemeike",
      other="4-Anilino-N-phenethylpiperidine", mf="C19H24N2", price=(130, 190), moq="100 gramos",
      claims=[("forwarding", "Despachamos desde nuestra bodega en Guadalajara, sin pasar por aduana para el cliente final.")]),
    O(lidocaine, "Lidocaína base polvo CAS 137-58-6 grado farmacéutico", sup="whdemeike",
      other="Lidocaine", mf="C14H22N2O", price=(35, 60), moq="1 kilogramo",
      claims=[("stealth", "Embalaje neutro, nadie sabe lo que hay dentro.")]),
    O(benzocaine, "Benzocaína polvo CAS 94-09-7 anestésico local", sup="hntianfu",
      other="Ethyl 4-aminobenzoate", mf="C9H11NO2", price=(10, 25), moq="25 kilogramos", claims=[]),
    O(citric, "Ácido cítrico anhidro CAS 77-92-9 grado alimenticio", sup="hntianfu",
      other="Citric acid", mf="C6H8O7", price=(1, 2), moq="1000 kilogramos", claims=[]),
]
CATS = {"pi": ("Pharmaceutical Intermediates", "pharmaceutical-intermediates_cid100009026"),
        "oi": ("Organic Intermediates", "organic-intermediates_cid100008620"),
        "fa": ("Food Additives", "food-additives_cid100009103"),
        "vet": ("Veterinary Raw Materials", "veterinary-raw-materials_cid100009201")}

TOP_SEARCHES = ["npp powder", "4 anpp", "boc piperidone", "bmk powder", "pmk oil", "bromazolam", "xylazine hcl",
                "protonitazene", "cas 79099-07-3", "lidocaine hcl", "caffeine anhydrous", "tetramisole"]


def b2b_site():
    s = Site("b2b-alisource", "b2b-marketplace")
    s.robots = ("User-agent: *\nDisallow: /trade/inquiry/\nDisallow: /buyer/\nDisallow: /search/api/\nDisallow: /trade/search\n"
                "\nUser-agent: Baiduspider\nDisallow: /\n")
    s.disallow = ["/trade/inquiry/", "/buyer/", "/search/api/", "/trade/search"]
    s.trap_prefix = "/tradeshow/calendar/"
    s.rate_limit = 25
    s.junk_params = s.junk_params + ["spm", "s", "tracelog", "from", "utm_campaign", "pvid", "scm"]
    for i, o in enumerate(EN):
        o.id = 1600412000 + i * 137
        o.lang = "en"
    for i, o in enumerate(ES):
        o.id = 1600518000 + i * 211
        o.lang = "es"
        o.cat = "es"
    for o in EN + ES:
        o.url = "%s/product-detail/%s_%d.html" % ("/es" if o.lang == "es" else "", slug(o.name), o.id)
        s.redirects["/product/%d.html" % o.id] = o.url
    r = rng("w14-b2b")
    spm = lambda: "a2700.galleryofferlist.normal_offer.d_title.%x" % r.getrandbits(24)

    def head(title, lang="en", crumbs=()):
        es = lang == "es"
        cb = "".join("<li class='breadcrumb-item'><a href='%s'>%s</a></li>" % (u, esc(t)) for u, t in crumbs)
        ts = "".join("<a class='top-search-item' href='/trade/search?SearchText=%s'>%s</a>" % (k.replace(" ", "+"), esc(k))
                     for k in TOP_SEARCHES[:8])
        return ("<!DOCTYPE html><html lang='%s' dir='ltr'><head><meta charset='utf-8'>"
                "<meta name='viewport' content='width=device-width,initial-scale=1'>"
                "<title>%s - %s</title><link rel='stylesheet' href='/static/sc-header.css'>"
                "<script>window._PAGE_SCHEMA_={\"pageType\":\"%s\",\"lang\":\"%s\"};window.dataLayer=window.dataLayer||[];</script>"
                "<script src='/static/aplus_v2.js' async></script></head><body class='%s'>"
                "<div id='cookie-banner' class='gdpr-cookie-banner'><p>%s</p><button class='gdpr-btn'>%s</button></div>"
                "<div class='sc-hd-header'><div class='sc-hd-row'><a class='sc-hd-logo' href='%s'>Alisource.com</a>"
                "<form class='sc-hd-ms-search J-search-form' action='/trade/search'><select name='tab'><option>Products</option>"
                "<option>Manufacturers</option></select><input class='search-bar-input' name='SearchText' placeholder='%s'>"
                "<button type='submit'>%s</button></form>"
                "<div class='sc-hd-ms-navs'><a href='/rfq/list'>%s</a> <a href='/p/trade-assurance.html'>Trade Assurance</a> "
                "<a href='/buyer/favorites'>%s</a> <a href='/es/'>Español</a> <a href='/'>English</a> "
                "<a href='/tradeshow/calendar/2026-12'>%s</a></div></div>"
                "<div class='sc-hd-cate'><a href='/catalog/%s'>%s</a> <a href='/catalog/%s'>%s</a> <a href='/catalog/%s'>%s</a></div>"
                "<div class='top-search-bar'><span>%s</span>%s</div></div>"
                "<ol class='breadcrumb'>%s</ol><div id='root' class='layout-container'>") % (
            lang, esc(title), "Alisource.com", "detail" if crumbs else "home", lang, "es-page" if es else "",
            "Usamos cookies para mejorar su experiencia." if es else "We use cookies to personalise content and ads.",
            "Aceptar" if es else "Accept all", "/es/" if es else "/",
            "¿Qué estás buscando?" if es else "What are you looking for...", "Buscar" if es else "Search",
            "Solicitud de cotización" if es else "Request for Quotation", "Favoritos" if es else "My favorites",
            "Ferias" if es else "Trade shows",
            CATS["pi"][1], "Intermedios farmacéuticos" if es else CATS["pi"][0], CATS["oi"][1], CATS["oi"][0],
            CATS["fa"][1], CATS["fa"][0], "Búsquedas principales:" if es else "Top searches:", ts, cb)

    def foot(lang="en"):
        es = lang == "es"
        return ("</div><div class='related-search-module'><h3>%s</h3><ul>%s</ul></div>"
                "<footer class='sc-hd-footer'><div class='footer-cols'><dl><dt>%s</dt><dd><a href='/p/help.html'>Help Center</a></dd>"
                "<dd><a href='/p/trade-assurance.html'>Trade Assurance</a></dd><dd><a href='/buyer/report'>Report abuse</a></dd></dl>"
                "<dl><dt>Source on Alisource.com</dt><dd><a href='/rfq/list'>Request for Quotation</a></dd>"
                "<dd><a href='/tradeshow/calendar/2026-12'>Trade shows</a></dd></dl></div>"
                "<p class='copyright'>© 1999-2026 Alisource.com. %s</p></footer>"
                "<script>document.querySelector('.gdpr-btn').onclick=function(){this.parentNode.remove()};</script>"
                "</body></html>") % (
            "Búsquedas relacionadas" if es else "Related searches",
            "".join("<li><a href='/trade/search?SearchText=%s'>%s</a></li>" % (k.replace(" ", "+"), esc(k)) for k in TOP_SEARCHES[4:]),
            "Atención al cliente" if es else "Customer Services",
            "Todos los derechos reservados." if es else "All rights reserved.")

    def card(o, acc, via_redirect=False):
        sup = SUP[o.sup]
        href = ("/product/%d.html" % o.id) if via_redirect else ("%s?spm=%s" % (o.url, spm()))
        if acc is not None:
            cas_in_title = o.cas() and (o.cas() in o.name or o.shown.replace("-", "") in o.name)
            acc.off(o, cas=bool(cas_in_title))
        return ("<div class='fy23-search-card m-gallery-product-item-v2 J-search-card-wrapper' data-product-id='%d'>"
                "<a class='search-card-e-slider__link' href='%s'><img src='/img/p%d.png' alt=''></a>"
                "<h2 class='search-card-e-title'><a href='%s'><span>%s</span></a></h2>"
                "<div class='search-card-e-price-main'>US$%d.00-%d.00</div><div class='search-card-m-sale-features__item'>Min. order: %s</div>"
                "%s<a class='search-card-e-company' href='/minisite/%s/index.html'>%s</a>"
                "<span class='search-card-e-supplier__year'>%d yrs</span> <span class='country'>CN</span></div>") % (
            o.id, href, o.id % 97, href, esc(o.name), o.price[0], o.price[1], esc(o.moq),
            "<span class='ta-icon' title='Trade Assurance'>Trade Assurance</span>" if sup["ta"] else "",
            sup["slug"], esc(sup["name"]), sup["yrs"])

    def rail(exclude, title, n=5):
        pool = [o for o in EN if o is not exclude]
        pick = [pool[(exclude.id // 7 + k * 3) % len(pool)] for k in range(n)] if exclude else pool[3:3 + n]
        items = "".join("<li class='recommend-item'><a href='/product/%d.html'><img src='/img/p%d.png' alt=''>"
                        "<p class='recommend-title'>%s</p></a><p class='price'>US$%d.00</p></li>"
                        % (p.id, p.id % 97, esc(p.name), p.price[0]) for p in dict.fromkeys(pick))
        return "<div class='module-recommend J-recommend' data-spm='recommend'><h3>%s</h3><ul>%s</ul></div>" % (title, items)

    # ---- home pages
    feat = "".join("<a class='cate-entry' href='/catalog/%s'>%s</a>" % (v[1], v[0]) for v in CATS.values())
    page(s, "/", head("Alisource.com: Manufacturers, Suppliers, Exporters & Importers") +
         "<div class='home-banner'><h1>The leading B2B ecommerce platform for global trade</h1></div>"
         "<div class='home-cates'>%s</div><div class='home-rfq'><a href='/rfq/list'>Get quotes now</a></div>"
         "<div class='home-showroom'><a href='/showroom/piperidone.html'>Piperidone</a> <a href='/showroom/veterinary-raw-powder.html'>"
         "Veterinary raw powder</a></div>%s" % (feat, rail(None, "Recommended for you", 6)) + foot())
    page(s, "/es/", head("Alisource.com en español: fabricantes y proveedores", "es") +
         "<div class='home-banner'><h1>Compre al por mayor a proveedores verificados</h1></div>"
         "<div class='home-cates'><a href='/es/catalog/intermedios-farmaceuticos'>Intermedios farmacéuticos</a></div>"
         "<div class='home-cates'><a href='/rfq/list'>Solicitudes de cotización</a></div>" + foot("es"))
    s.redirects["/es"] = "/es/"

    # ---- category lists (?page=N)
    def catlist(path, title, items, per, lang="en", base_crumb=()):
        pages = paginate(items, per)
        for n, chunk in enumerate(pages, 1):
            acc = Acc()
            cards = "".join(card(o, acc, via_redirect=(k == 2)) for k, o in enumerate(chunk))
            pager = " ".join(("<a class='pagination-item' href='%s'>%d</a>" % (path if k == 1 else "%s?page=%d" % (path, k), k))
                             for k in range(1, len(pages) + 1))
            if n < len(pages):
                pager += " <a class='next' href='%s?page=%d'>%s</a>" % (path, n + 1, "Siguiente" if lang == "es" else "Next")
            key = path if n == 1 else qpath(path, page=n)
            sortbar = ("<div class='sort-bar'><a href='%s?sortType=TRALV&spm=a27aq'>Relevance</a> "
                       "<a href='%s%sfrom=sort&sortType=price'>Price</a></div>") % (path, key, "&" if "?" in key else "?")
            page(s, key, head("%s - page %d" % (title, n), lang, base_crumb) +
                 "<div class='app-organic-search__title'><h1>%s</h1><span>%d products</span></div>%s"
                 "<div class='organic-list app-organic-search__list'>%s</div><div class='seb-pagination'>%s</div>"
                 % (esc(title), len(items), sortbar, cards, pager) + foot(lang), acc, listing=True)
    s.junk_params.append("sortType")
    for c, (t, cid) in CATS.items():
        items = [o for o in EN if o.cat == c]
        catlist("/catalog/" + cid, t, items, 5 if c == "pi" else 6, base_crumb=(("/", "Home"),))
    catlist("/es/catalog/intermedios-farmaceuticos", "Intermedios farmacéuticos", ES, 4, "es", (("/es/", "Inicio"),))
    s.flaky.add(qpath("/catalog/" + CATS["pi"][1], page=2).split("?")[0] + "")  # page 1 path fails once

    # ---- showroom pages (SEO keyword result pages)
    for path, kw, items in (("/showroom/piperidone.html", "piperidone", [EN[0], EN[2], EN[4], EN[3]]),
                            ("/showroom/veterinary-raw-powder.html", "veterinary raw powder", [EN[6], EN[16]])):
        acc = Acc()
        page(s, path, head("%s - Buy %s with free samples" % (kw.title(), kw)) +
             "<h1 class='showroom-title'>%s Products</h1><div class='organic-list'>%s</div>"
             % (esc(kw.title()), "".join(card(o, acc) for o in items)) + foot(), acc, listing=True)

    # ---- product detail pages
    for o in EN + ES:
        es = o.lang == "es"
        sup = SUP[o.sup]
        acc = Acc().off(o, claims=True)
        catname = "Intermedios farmacéuticos" if es else CATS[o.cat][0]
        catpath = "/es/catalog/intermedios-farmaceuticos" if es else "/catalog/" + CATS[o.cat][1]
        attrs = [("CAS No." if not es else "N.º CAS", o.shown or ("N/A" if not es else "-")),
                 ("Other Names" if not es else "Otros nombres", o.other), ("MF", o.mf),
                 ("Place of Origin" if not es else "Lugar de origen", "Hubei, China" if "Hubei" in sup["loc"] else "Hebei, China"),
                 ("Type" if not es else "Tipo", "Pharmaceutical Intermediates"), ("Purity" if not es else "Pureza", "99%"),
                 ("Appearance" if not es else "Apariencia", "White powder" if not es else "Polvo blanco"),
                 ("Brand Name" if not es else "Marca", sup["slug"][:2].upper() + "-CHEM"),
                 ("Model Number" if not es else "Número de modelo", str(o.id)[-6:])]
        trs = "".join("<div class='attribute-item'><div class='left'>%s</div><div class='right'><span>%s</span></div></div>"
                      % (esc(k), esc(v)) for k, v in attrs)
        desc_claims = "".join("<li>%s</li>" % esc(t) for _, t in o.claims)
        desc = ("<div class='module_productDescription'><h3>%s</h3><div class='magic-0'><p>%s %s</p>"
                "<h4>%s</h4><ul>%s</ul><p>%s</p></div></div>") % (
            "Descripción del producto del proveedor" if es else "Product descriptions from the supplier",
            esc(o.name), "Contáctenos por WhatsApp para obtener el mejor precio." if es else
            "Please contact us for the latest price and COA.",
            "Envío y entrega" if es else "Shipping & Delivery", desc_claims or "<li>%s</li>" % (
                "Envío por DHL/FedEx/EMS." if es else "By DHL, FedEx, TNT or EMS, 5-10 days."),
            "WhatsApp: %s" % sup["wa"] if sup["wa"] else "")
        ta = ("<div class='trade-assurance-badge'><i class='ta-icon'></i>Trade Assurance <span>%s</span></div>"
              % ("Protege sus pedidos" if es else "Protects your Alisource.com orders") if sup["ta"] else "")
        supcard = ("<div class='supplier-card module_company'><a class='company-name' href='/minisite/%s/index.html'>%s</a>"
                   "<div class='company-info'><span class='year'>%d yrs</span> <span class='location'>%s</span> "
                   "<span class='verified-icon'>Verified</span></div><div class='company-score'>"
                   "<span>On-time delivery rate</span><b>%s</b><span>Response time</span><b>%s</b></div>"
                   "<a class='contact-supplier-btn' href='/trade/inquiry/new?id=%d'>%s</a></div>") % (
            sup["slug"], esc(sup["name"]), sup["yrs"], esc(sup["loc"]), sup["rate"], esc(sup["resp"]), o.id,
            "Contactar al proveedor" if es else "Contact supplier")
        ld = ldjson({"@context": "https://schema.org", "@type": "Product", "name": o.name,
                     "offers": {"@type": "AggregateOffer", "lowPrice": o.price[0], "highPrice": o.price[1],
                                "priceCurrency": "USD"}})
        body = head(o.name, o.lang, (("/es/" if es else "/", "Inicio" if es else "Home"), (catpath, catname))) + ld + (
            "<div class='layout-detail'><div class='detail-gallery'><img src='/img/p%d.png' alt=''></div>"
            "<div class='product-title-container'><h1 title='%s'>%s</h1></div>"
            "<div class='price-list'><div class='price-item'><div class='quality'>%s</div><div class='price'>US$%d.00-%d.00</div></div></div>"
            "%s<div class='module_attribute'><h3 class='attribute-title'>%s</h3><div class='attribute-info'>"
            "<div class='attribute-list'>%s</div></div></div>"
            "<div class='module_packaging'><h3>%s</h3><div class='attribute-item'><div class='left'>%s</div>"
            "<div class='right'>1kg/foil bag, 25kg/drum</div></div></div>%s%s</div>%s") % (
            o.id % 97, esc(o.name), esc(o.name), esc(o.moq), o.price[0], o.price[1], ta,
            "Atributos clave" if es else "Key attributes",
            ("<h4>%s</h4>" % ("Atributos específicos del sector" if es else "Industry-specific attributes")) + trs,
            "Embalaje y entrega" if es else "Packaging and delivery", "Detalles del embalaje" if es else "Packaging Details",
            desc, supcard, rail(o, "Recomendados para usted" if es else "Recommended for you") if not es else "")
        page(s, o.url, body + foot(o.lang), acc, listing=True)
        asset(s, "/img/p%d.png" % (o.id % 97), tiny_png(o.id), "image/png")
    s.flaky |= {EN[1].url, ES[2].url}

    # ---- supplier minisites
    for sup in SUPPLIERS:
        mine = [o for o in EN + ES if o.sup == sup["slug"]]
        es = sup["slug"] == "whdemeike"
        pol = "".join("<p>%s</p>" % esc(t) for _, t in sup["policy"])
        acc = Acc().add_claims(*[k for k, _ in sup["policy"]])
        show = mine[:3]
        for o in show:
            acc.off(o, cas=bool(o.cas() and o.shown in o.name))
        tiles = "".join("<div class='showcase-item'><a href='%s'><img src='/img/p%d.png' alt=''><p>%s</p></a></div>"
                        % (o.url, o.id % 97, esc(o.name)) for o in show)
        page(s, "/minisite/%s/index.html" % sup["slug"], head(sup["name"], "es" if es else "en") +
             "<div class='minisite-header'><h1 class='company-name'>%s</h1>%s<span class='yrs'>%d yrs</span></div>"
             "<div class='minisite-nav'><a href='/minisite/%s/index.html'>Home</a> <a href='/minisite/%s/productlist.html'>%s</a> "
             "<a href='/minisite/%s/certificate.pdf'>Certificates</a></div>"
             "<div class='company-overview'><h2>%s</h2><p>%s</p>%s</div><div class='main-products'><h2>%s</h2>%s</div>"
             % (esc(sup["name"]), "<span class='ta-icon'>Trade Assurance</span>" if sup["ta"] else "", sup["yrs"],
                sup["slug"], sup["slug"], "Productos" if es else "Products", sup["slug"],
                "Perfil de la empresa" if es else "Company Overview", esc(sup["intro"]), pol,
                "Productos principales" if es else "Main products", tiles) + foot("es" if es else "en"), acc, listing=True)
        acc2 = Acc()
        rows = ""
        for o in mine:
            acc2.off(o, cas=False)
            rows += ("<li class='product-item'><a class='title' href='%s'>%s</a><span class='price'>US$%d.00</span></li>"
                     % (o.url, esc(o.name), o.price[0]))
        for o in mine:  # CAS only where the card title shows it
            if o.cas() and o.shown in o.name:
                acc2.cas.add(o.cas())
        page(s, "/minisite/%s/productlist.html" % sup["slug"], head(sup["name"] + " - Products", "es" if es else "en") +
             "<h1>%s</h1><ul class='product-list'>%s</ul><p><a href='/minisite/%s/index.html'>%s</a></p>"
             % (esc(sup["name"]), rows, sup["slug"], "Volver" if es else "Back to company home") + foot("es" if es else "en"),
             acc2, listing=True)
        asset(s, "/minisite/%s/certificate.pdf" % sup["slug"], fake_pdf("ISO certificate " + sup["name"]), "application/pdf")

    # ---- RFQ buying requests (not offers; the CAS numbers they ask for are trade context)
    rfqs = [
        (7701, "Looking for NPP CAS 39742-60-4, 5 kg, urgent", "We need 5 kg of 1-phenethyl-4-piperidone, purity above "
         "98%. Supplier must guarantee clearance at Manzanillo and discreet packing.", ["39742-60-4"]),
        (7702, "Buying 1-Boc-4-piperidone 20kg monthly", "Regular purchase of N-Boc-4-piperidone (79099-07-3) for our "
         "factory in India, COA required.", ["79099-07-3"]),
        (7703, "Need caffeine anhydrous 1 ton", "Food grade caffeine, CAS 58-08-2, FOB Shanghai.", ["58-08-2"]),
        (7704, "Busco xilazina clorhidrato 10 kg", "Compramos xilazina HCl (23076-35-9) para uso veterinario en Colombia. "
         "Enviar cotización con flete incluido.", ["23076-35-9"]),
        (7705, "Request for 4-ANPP sample", "Need 100 g sample of 4-ANPP first, then bulk order.", []),
    ]
    rows = []
    for rid, t, d, cas in rfqs:
        acc = Acc().add_cas(*cas)
        page(s, "/rfq/detail/%d.html" % rid, head("RFQ: " + t, crumbs=(("/rfq/list", "Request for Quotation"),)) +
             "<div class='rfq-detail'><span class='rfq-tag'>Buying Request</span><h1>%s</h1><dl><dt>Quantity</dt>"
             "<dd>see description</dd><dt>Buyer country</dt><dd>%s</dd></dl><div class='rfq-desc'>%s</div>"
             "<a class='quote-now' href='/trade/inquiry/quote?rfq=%d'>Quote now</a></div>"
             % (esc(t), "CO" if rid == 7704 else "MX", esc(d), rid) + foot(), acc, listing=True)
        rows.append((rid, t, cas))
    for n, chunk in enumerate(paginate(rows, 3), 1):
        acc = Acc()
        for _, t, cas in chunk:
            acc.add_cas(*[c for c in cas if c in t])
        key = "/rfq/list" if n == 1 else qpath("/rfq/list", page=n)
        pager = "<a href='/rfq/list'>1</a> <a href='/rfq/list?page=2'>2</a>"
        page(s, key, head("Request for Quotation - page %d" % n) + "<h1>Buying requests</h1><ul class='rfq-list'>%s</ul>"
             "<div class='pager'>%s</div>" % ("".join("<li><a href='/rfq/detail/%d.html?from=list'>%s</a></li>" % (rid, esc(t))
                                                    for rid, t, _ in chunk), pager) + foot(), acc, listing=True)
    page(s, "/p/trade-assurance.html", head("Trade Assurance") +
         "<h1>Trade Assurance</h1><p>Get a full or partial refund if your order does not ship on time or product quality "
         "does not match the contract. Some suppliers additionally offer free re-shipment or customs support; these are "
         "agreements between you and the supplier.</p>" + foot())
    page(s, "/p/help.html", head("Help Center") + "<h1>Help Center</h1><p>How to post a buying request, how to contact "
         "suppliers, how to pay safely.</p><a href='/p/trade-assurance.html'>Trade Assurance</a>" + foot())
    # robots-forbidden pages holding offers (a polite crawler never sees them)
    acc = Acc().off(EN[0])
    page(s, "/buyer/favorites", head("My favorites") + card(EN[0], None) + card(EN[8], None) + foot(), acc.add_hit(protonit))
    page(s, "/trade/inquiry/new", head("Inquiry") + "<form>Send inquiry</form>" + foot())
    asset(s, "/static/sc-header.css", b".sc-hd-header{background:#fff}.fy23-search-card{width:240px;display:inline-block}", "text/css")
    asset(s, "/static/aplus_v2.js", b"(function(){var a=window.aplus_queue=window.aplus_queue||[];a.push({action:'aplus.sendPV'});})();",
          "application/javascript")
    return s
