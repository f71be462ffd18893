"""w1: six simulated sites, six different real site families.

hubchem-b2b      Made-in-China / ECHEMI-style B2B portal: category grids, product detail pages,
                 supplier showrooms, buying leads; site-wide "Hot Searches" and "Hot Products"
                 chrome carrying substance names and CAS numbers; spm tracking params; rate limit,
                 robots-forbidden inquiry/search areas, /p/N short-link redirects, an expo calendar trap.
tg-apexlab       Telegram channel web preview (t.me/s/...): four archive pages (?before=N), one
                 page per post; offers mixed with notices, a news repost, a "we do not sell" post,
                 a buyer review; obfuscated names (math bold, fullwidth, leet, spacing, Greek).
huahua-bbs       Chinese Discuz! forum in GBK: 供应 / 求购 / news / notices boards, a traditional-
                 script board; Chinese names that contain shorter names; an offer made in a reply.
vireo-market     darknet market: multi-vendor, each listing with Description / Terms / Feedback
                 tabs; a session token (tkv) that changes on every response in every link.
harbor-checking  drug-checking / harm-reduction service (hard negative): alerts quoting dealer ads,
                 lab-result tables with CAS, a seizure story, a scheduling notice, a small shop of
                 test strips and naloxone; an events calendar trap and old-URL redirects.
northfield-arsf  university analytical reference-standards facility (legitimate catalogue) in
                 ISO-8859-1: priced benign standards and solvents, an inventory of controlled
                 materials that are explicitly not distributed, a discontinued List I item.

Truth conventions are written out in NOTES.md beside this file.
"""
import random

from marketsim import Site, Page, S, NOVEL, BENIGN, esc, paginate, rng, tiny_png

FENT, NIT = "fentanyl", "nitazene"


def cas_ok(c):
    """CAS check digit test."""
    if not c:
        return False
    p = c.split("-")
    if len(p) != 3 or not all(x.isdigit() for x in p) or len(p[1]) != 2 or len(p[2]) != 1:
        return False
    d = p[0] + p[1]
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(p[2])


def _check(page):
    for c in page.cas:
        if not cas_ok(c):
            raise ValueError("invalid CAS %s in truth of %s" % (c, page.path))
    return page

# ---------------------------------------------------------------- substances (truth keys)

fentanyl = S("437-38-7", "Fentanyl", "fentanyl HCl", "fentanyl citrate", cls=FENT)
carfentanil = S("59708-52-0", "Carfentanil", cls=FENT)
npp = S("39742-60-4", "N-Phenethyl-4-piperidone", "NPP")
anpp = S("21409-26-7", "4-ANPP", "4-Anilino-N-phenethylpiperidine")
ap4 = S("23056-29-3", "4-AP", "4-Anilinopiperidine")
boc4ap = S("125541-22-2", "1-Boc-4-AP")
norfent = S("1609-66-1", "Norfentanyl")
pip4 = S("41661-47-6", "4-Piperidone")
bocpip = S("79099-07-3", "1-Boc-4-piperidone")
protonit = S("95958-84-2", "Protonitazene", cls=NIT)
isotonit = S("14188-81-9", "Isotonitazene", cls=NIT)
metonit = S("14680-51-4", "Metonitazene", cls=NIT)
butonit = S("95810-54-1", "Butonitazene", cls=NIT)
etonitpyne = S("2785346-75-8", "Etonitazepyne", cls=NIT)
bromazolam = S("71368-80-4", "Bromazolam")
xylazine = S("7361-61-7", "Xylazine")
meth = S("537-46-2", "Methamphetamine")
mdma = S("42542-10-9", "MDMA")
cocaine = S("50-36-2", "Cocaine")
ketamine = S("6740-88-1", "Ketamine")
oxycodone = S("76-42-6", "Oxycodone")
bmkgly = S("80532-66-7", "BMK methyl glycidate")
pmkgly = S("13605-48-6", "PMK methyl glycidate")
ephedrine = S("299-42-3", "Ephedrine")
hydroxylimine = S("6740-87-0", "Hydroxylimine")
ocpk = S("6740-85-8", "o-Chlorophenyl cyclopentyl ketone")

# analogues on no list by name (class members per SOURCES.md section 2)
nv_omf = NOVEL(FENT, "N-(2-methoxyphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide")   # (D)
nv_omeaf = NOVEL(FENT, "ortho-Methylacetylfentanyl")         # (D)+(E), ring-substituted acetylfentanyl
nv_ofbf = NOVEL(FENT, "ortho-Fluorobutyrylfentanyl")         # (D)+(E), not the listed para isomer
nv_mecpf = NOVEL(FENT, "para-Methylcyclopropylfentanyl")     # (D)+(E), ring-substituted cyclopropylfentanyl
nv_metpyne = NOVEL(NIT, "Metonitazepyne", "N-pyrrolidino metonitazene")   # 3. + 4.
nv_flunit = NOVEL(NIT, "Flunitazene")                        # 3.

# benign products (CAS numbers checked below)
BENIGN_CAS = {
    "caffeine": "58-08-2", "benzocaine": "94-09-7", "lidocaine": "137-58-6", "lidocaine_hcl": "73-78-9",
    "procaine": "59-46-1", "phenacetin": "62-44-2", "levamisole": "14769-73-4", "tetramisole_hcl": "5086-74-8",
    "paracetamol": "103-90-2", "diphenhydramine": "58-73-1", "quinine": "130-95-0", "mannitol": "69-65-8",
    "inositol": "87-89-8", "naloxone": "465-65-6", "naloxone_hcl": "357-08-4", "naltrexone": "16590-41-3",
    "methanol": "67-56-1", "acetonitrile": "75-05-8", "water": "7732-18-5", "formic": "64-18-6",
    "ammonium_formate": "540-69-2", "tio2": "13463-67-7", "nahco3": "144-55-8",
}
for _k, _c in BENIGN_CAS.items():
    assert cas_ok(_c), _k
for _c in ("1443-54-5", "23076-35-9", "1867-66-9", "124-90-3", "64057-70-1", "53-21-4"):
    assert cas_ok(_c), _c   # salt CAS numbers from score.py's SALTS table
B = BENIGN_CAS


class TokenPage(Page):
    """A page whose links carry a session token that is new on every response.

    The template holds {{TK}} wherever the token goes; the body is rendered per request."""
    def __init__(self, path, tmpl, **kw):
        super().__init__(path, b"", **kw)
        self.tmpl = tmpl

    @property
    def body(self):
        tok = "%032x" % random.getrandbits(128)
        return self.tmpl.replace("{{TK}}", tok).encode("utf-8")

    @body.setter
    def body(self, value):
        pass


def qkey(path, **params):
    """The canonical page key marketsim uses for a path with (non-junk) query params."""
    from urllib.parse import urlencode
    return path + ("?" + urlencode(sorted(params.items())) if params else "")

# ================================================================ 1. hubchem-b2b

HC_SUPPLIERS = [
    dict(slug="hubei-kangrui", name="Hubei Kangrui Biotechnology Co., Ltd.", city="Wuhan, Hubei", since=2016,
         biz="Manufacturer/Factory &amp; Trading Company", staff="51-200", contact="Ms. Lily Zhang",
         phone="+86 131 0712 5586", wa="+86 131 0712 5586", tg="@kangrui_lily",
         intro="Hubei Kangrui Biotechnology is a high-tech enterprise integrating R&amp;D, production and "
               "export of pharmaceutical intermediates. Our lab in Wuhan Optics Valley has 12 chemists.",
         claims=[("reship", "Reliable logistics: when a parcel is confiscated on the way we send the same goods "
                            "again at our own cost, so your money is always safe.")]),
    dict(slug="sjz-huaxin", name="Shijiazhuang Huaxin Pharm-Chem Trading Co., Ltd.", city="Shijiazhuang, Hebei",
         since=2014, biz="Trading Company", staff="11-50", contact="Mr. Kevin Wang", phone="+86 155 3011 8742",
         wa="+86 155 3011 8742", tg="@huaxin_kevin",
         intro="Huaxin exports fine chemicals and APIs to more than 40 countries. Custom synthesis from gram to "
               "hundred-kilogram scale.",
         claims=[("customs", "Our professional export team arranges clearance at destination and pays the "
                             "import tax for you (DDP terms), no trouble for the buyer.")]),
    dict(slug="zz-yuanda", name="Zhengzhou Yuanda New Material Co., Ltd.", city="Zhengzhou, Henan", since=2009,
         biz="Manufacturer/Factory", staff="201-500", contact="Ms. Amy Li", phone="+86 371 6552 0187",
         wa="+86 138 3716 2290", tg="",
         intro="ISO 9001 and FSSC 22000 certified producer of food additives and pigments, 15 years of export "
               "experience, 3 production bases.",
         claims=[]),
    dict(slug="henan-weiyu", name="Henan Weiyu Import &amp; Export Co., Ltd.", city="Zhengzhou, Henan", since=2021,
         biz="Trading Company", staff="5-10", contact="Mr. Jack Chen", phone="+86 177 3827 6610",
         wa="+86 177 3827 6610", tg="@weiyu_jack",
         intro="Weiyu focuses on research chemicals and new organic intermediates with fast delivery worldwide.",
         claims=[("forwarding", "We keep stock in overseas warehouses in Poland, Kazakhstan and Mexico; after the "
                                "goods arrive there they are handed to local couriers for domestic delivery.")]),
]

# id, slug, substance, title, shown CAS, supplier, category, price range, moq, formula, appearance, claims
HC_PRODUCTS = [
    dict(id=12001, sub=npp, cat="pi", sup=0, price=(38, 65), moq="1 kg",
         title="N-Phenethyl-4-piperidone (NPP) CAS 39742-60-4 99% White Powder", cas="39742-60-4",
         formula="C13H17NO", look="White to off-white crystalline powder",
         claims=[("customs", "For buyers in Mexico and the USA we deliver door to door with double clearance; "
                             "all duties are settled on our side."),
                 ("forwarding", "Big orders go first to our partner warehouse in Monterrey and are then delivered "
                                "by local courier inside Mexico.")]),
    dict(id=12002, sub=anpp, cat="pi", sup=0, price=(120, 180), moq="100 g",
         title="4-Anilino-N-phenethylpiperidine (4-ANPP) CAS 21409-26-7 High Purity", cas="21409-26-7",
         formula="C19H24N2", look="Light yellow powder",
         claims=[("stealth", "Inner double vacuum aluminium-foil bags, outer plain carton with no product name "
                             "and no hazard label on it."),
                 ("reship", "Seized or lost on the way? We send the same quantity again with no extra charge.")]),
    dict(id=12003, sub=bocpip, cat="pi", sup=1, price=(25, 48), moq="1 kg",
         title="tert-Butyl 4-oxopiperidine-1-carboxylate / 1-Boc-4-piperidone CAS 79099-07-3", cas="79099-07-3",
         formula="C10H17NO3", look="White crystal",
         claims=[("mislabel", "The customs declaration name and invoice value can be written as you need, for "
                              "example 'resin additive'."),
                 ("reship", "Free re-delivery for any parcel that is held by customs.")]),
    dict(id=12004, sub=pip4, cat="pi", sup=1, price=(18, 30), moq="1 kg",
         title="4-Piperidone (Piperidin-4-one) CAS 41661-47-6 Pharmaceutical Intermediate", cas="41661-47-6",
         formula="C5H9NO", look="White to light yellow solid", claims=[]),
    dict(id=12005, sub=boc4ap, cat="pi", sup=1, price=(60, 95), moq="1 kg",
         title="1-N-Boc-4-(Phenylamino)piperidine CAS 125541-22-2 in Stock", cas="125541-22-2",
         formula="C16H24N2O2", look="White powder",
         claims=[("customs", "Customs clearance is our job: 100% pass rate to USA, Canada and Australia."),
                 ("forwarding", "EU customers receive the goods from our Rotterdam warehouse by domestic DHL.")]),
    dict(id=12006, sub=ap4, cat="pi", sup=0, price=(55, 90), moq="500 g",
         title="N-Phenylpiperidin-4-amine (4-AP) CAS 23056-29-3 Fast Delivery to Mexico", cas="23056-29-3",
         formula="C11H16N2", look="Off-white powder",
         claims=[("reship", "\U0001F1F2\U0001F1FD Si la aduana retiene el paquete, hacemos un reenv\u00edo sin "
                            "costo alguno."),
                 ("forwarding", "Contamos con bodega en Guadalajara: entrega nacional en 2 a 3 d\u00edas por "
                                "paqueter\u00eda local.")]),
    dict(id=12007, sub=ocpk, cat="pi", sup=1, price=(30, 52), moq="1 kg",
         title="2-Chlorophenyl Cyclopentyl Ketone CAS 6740-85-8 Colorless Liquid", cas="6740-85-8",
         formula="C12H13ClO", look="Colorless to light yellow liquid", claims=[]),
    dict(id=12008, sub=nv_omf, cat="pi", sup=1, price=(90, 150), moq="10 g", unit="g",
         title="N-(2-methoxyphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide 99% Custom Synthesis",
         cas=None, formula="C23H30N2O2", look="White powder",
         claims=[("mislabel", "The parcel is labelled as 'pharmaceutical intermediate sample' for shipping.")]),
    dict(id=12009, sub=BENIGN(B["benzocaine"]), cat="pi", sup=0, price=(8, 15), moq="1 kg",
         title="Benzocaine Powder CAS 94-09-7 USP Grade", cas=B["benzocaine"],
         formula="C9H11NO2", look="White crystalline powder", claims=[]),
    dict(id=12010, sub=BENIGN(B["phenacetin"]), cat="pi", sup=1, price=(9, 16), moq="1 kg",
         title="Phenacetin CAS 62-44-2 Shiny Crystal Powder", cas=B["phenacetin"],
         formula="C10H13NO2", look="White shiny flakes", claims=[]),
    dict(id=12011, sub=bmkgly, cat="oi", sup=3, price=(12, 28), moq="1 kg",
         title="New BMK Powder / BMK Methyl Glycidate CAS 80532-66-7", cas="80532-66-7",
         formula="C11H12O3", look="White powder",
         claims=[("forwarding", "\u0414\u043e\u0441\u0442\u0430\u0432\u043a\u0430 \u0432 \u0420\u043e\u0441\u0441\u0438\u044e "
                                "\u0447\u0435\u0440\u0435\u0437 \u043d\u0430\u0448 \u0441\u043a\u043b\u0430\u0434 \u0432 "
                                "\u041a\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043d\u0435, \u0434\u0430\u043b\u0435\u0435 "
                                "\u043a\u0443\u0440\u044c\u0435\u0440\u0441\u043a\u043e\u0439 \u0441\u043b\u0443\u0436\u0431\u043e\u0439 "
                                "\u043f\u043e \u0420\u0424."),
                 ("customs", "\u0420\u0430\u0441\u0442\u0430\u043c\u043e\u0436\u043a\u0443 \u0431\u0435\u0440\u0451\u043c "
                             "\u043d\u0430 \u0441\u0435\u0431\u044f, \u0433\u0430\u0440\u0430\u043d\u0442\u0438\u044f "
                             "\u043f\u0440\u043e\u0445\u043e\u0436\u0434\u0435\u043d\u0438\u044f \u0442\u0430\u043c\u043e\u0436\u043d\u0438 100%.")]),
    dict(id=12012, sub=pmkgly, cat="oi", sup=3, price=(14, 30), moq="1 kg",
         title="PMK Methyl Glycidate Powder CAS 13605-48-6 Netherlands Germany Safe Delivery", cas="13605-48-6",
         formula="C11H10O5", look="White to beige powder",
         claims=[("forwarding", "Lieferung aus unserem Lager in Polen \u2013 innerhalb der EU ohne Zollabfertigung, "
                                "Zustellung in 3\u20135 Tagen."),
                 ("stealth", "Neutrale Verpackung ohne Aufdruck, die Ware ist doppelt vakuumversiegelt und "
                             "geruchsdicht.")]),
    dict(id=12013, sub=bromazolam, cat="oi", sup=3, price=(900, 1600), moq="100 g",
         title="Bromazolam CAS 71368-80-4 Research Chemical Powder 99.6%", cas="71368-80-4",
         formula="C17H13BrN4", look="White powder",
         claims=[("reship", "Reshipping policy: a parcel that does not arrive is resent once, free of charge.")]),
    dict(id=12014, sub=protonit, cat="oi", sup=3, price=(2500, 4200), moq="10 g",
         title="Protonitazene Hydrochloride Powder (Protonitazene base CAS 95958-84-2)", cas="95958-84-2",
         formula="C23H30N4O3", look="Yellowish powder",
         claims=[("stealth", "Each order is sealed in snack pouches and packed inside a gift box."),
                 ("customs", "We take full responsibility for customs; if the parcel is held, we handle it.")]),
    dict(id=12015, sub=BENIGN(B["tetramisole_hcl"]), cat="fa", sup=2, price=(6, 11), moq="25 kg",
         title="Tetramisole Hydrochloride CAS 5086-74-8 Veterinary Grade", cas=B["tetramisole_hcl"],
         formula="C11H13ClN2S", look="White crystalline powder", claims=[]),
    dict(id=12016, sub=BENIGN(B["lidocaine_hcl"]), cat="fa", sup=2, price=(15, 26), moq="1 kg",
         title="Lidocaine Hydrochloride CAS 73-78-9 Pharmaceutical Grade", cas=B["lidocaine_hcl"],
         formula="C14H23ClN2O", look="White powder",
         claims=[("reship", "Re-sending is guaranteed if the goods are lost in transit.")]),
    dict(id=12017, sub=BENIGN(B["tio2"]), cat="fa", sup=2, price=(2, 3), moq="1 ton",
         title="Titanium Dioxide Rutile CAS 13463-67-7 for Coating", cas=B["tio2"],
         formula="TiO2", look="White powder", claims=[]),
    dict(id=12018, sub=BENIGN(B["nahco3"]), cat="fa", sup=2, price=(1, 2), moq="5 tons",
         title="Sodium Bicarbonate Food Grade CAS 144-55-8", cas=B["nahco3"],
         formula="NaHCO3", look="White powder", claims=[]),
]

HC_CATS = {"pi": ("pharmaceutical-intermediates", "Pharmaceutical Intermediates"),
           "oi": ("organic-intermediates", "Organic Intermediates"),
           "fa": ("food-pharma-additives", "Food &amp; Pharmaceutical Additives")}


def _slugify(t):
    out = []
    for ch in t.lower():
        out.append(ch if ch.isalnum() and ch.isascii() else "-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")[:70]


def hubchem_b2b():
    s = Site("hubchem-b2b", "b2b-portal")
    s.robots = ("User-agent: *\nDisallow: /inquiry/\nDisallow: /member/\nDisallow: /search\n"
                "Disallow: /expo/\nCrawl-delay: 0.05\n\nUser-agent: AhrefsBot\nDisallow: /\n")
    s.disallow = ["/inquiry/", "/member/", "/search", "/expo/"]
    s.rate_limit = 20
    s.trap_prefix = "/trade-shows/"
    s.junk_params = s.junk_params + ["spm", "from"]
    r = rng("hubchem")
    for p in HC_PRODUCTS:
        p["url"] = "/product/%d/%s.html" % (p["id"], _slugify(p["title"]))
        s.redirects["/p/%d" % p["id"]] = p["url"]

    def spm():
        return "a2700.%d.%d.%d" % (r.randint(1000, 9999), r.randint(1, 40), r.randint(1, 9))

    hot_search = ["NPP powder", "4-anpp", "CAS 79099-07-3", "bmk glycidate", "pmk powder", "protonitazene",
                  "bromazolam", "CAS 125541-22-2", "caffeine anhydrous", "tetramisole hcl"]
    hot_products = [HC_PRODUCTS[0], HC_PRODUCTS[2], HC_PRODUCTS[10], HC_PRODUCTS[12]]

    def head(title, bodycls, desc=""):
        hs = " ".join("<a href='/search?word=%s' rel='nofollow'>%s</a>" % (esc(h).replace(" ", "+"), esc(h))
                      for h in hot_search)
        cats = "".join("<li class='nav-cat'><a href='/category/%s-1.html'>%s</a><div class='sub-menu'>"
                       "<a href='/category/%s-1.html?sort=new'>New Arrivals</a> <a href='/category/%s-1.html?view=list'>"
                       "List View</a></div></li>" % (v[0], v[1], v[0], v[0]) for v in HC_CATS.values())
        return ("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
                "<meta http-equiv='X-UA-Compatible' content='IE=edge'>"
                "<title>%s - ChemHub.com</title><meta name='description' content='%s'>"
                "<meta name='viewport' content='width=device-width, initial-scale=1'>"
                "<link rel='stylesheet' href='/assets/css/common.min.css?v=20261102'>"
                "<link rel='stylesheet' href='/assets/css/%s.min.css?v=20261102'>"
                "<script>window.__CH_CONF__={lang:'en',site:'global',uid:0,abtest:'b'};"
                "window.dataLayer=window.dataLayer||[];dataLayer.push({'pageType':'%s'});</script>"
                "<script async src='/assets/js/ch-tracker.min.js'></script></head>"
                "<body class='page-%s'>"
                "<div class='cookie-consent' id='J-cookie-consent'><p>We use cookies to improve your experience and "
                "for analytics. By continuing to browse you accept our <a href='/help/privacy.html'>Privacy "
                "Policy</a>.</p><button type='button' class='btn-accept'>Accept All</button></div>"
                "<div class='top-bar'><div class='grid'><ul class='top-bar-left'><li>Welcome to ChemHub.com!</li>"
                "<li><a href='/member/login.html' rel='nofollow'>Sign In</a></li><li><a href='/member/join.html' "
                "rel='nofollow'>Join Free</a></li></ul><ul class='top-bar-right'><li><a href='/buying-leads/'>"
                "Buying Leads</a></li><li><a href='/member/post-request.html' rel='nofollow'>Post Sourcing Request"
                "</a></li><li><a href='/help/about.html'>Help</a></li><li class='lang-switch'>English "
                "<span class='arrow'></span><ul class='lang-list'><li>Espa&ntilde;ol</li><li>Portugu&ecirc;s</li>"
                "<li>&#1056;&#1091;&#1089;&#1089;&#1082;&#1080;&#1081;</li></ul></li></ul></div></div>"
                "<header class='header'><div class='grid'><a class='logo' href='/'>ChemHub<span>.com</span></a>"
                "<form class='search-form' action='/search' method='get'><select name='type'><option>Products"
                "</option><option>Suppliers</option></select><input name='word' placeholder='Product name, CAS No. "
                "or supplier'><button type='submit'>Search</button></form>"
                "<div class='hot-searches'><span class='label'>Hot Searches:</span> %s</div></div></header>"
                "<nav class='main-nav'><div class='grid'><div class='all-cats'><span>All Categories</span><ul "
                "class='mega-menu'>%s</ul></div><a href='/'>Home</a> <a href='/buying-leads/'>Buying Leads</a> "
                "<a href='/trade-shows/2026-12'>Trade Shows</a> <a href='/help/about.html'>About ChemHub</a></div>"
                "</nav><div class='main-wrap grid'>") % (
                    esc(title), esc(desc or title), bodycls, bodycls, bodycls, hs, cats)

    def rail():
        li = "".join("<li class='hp-item'><a href='%s?spm=%s'><img src='/img/p%d.png' alt='' width='60'>"
                     "<span class='hp-name'>%s</span></a><span class='hp-price'>US$ %d-%d / %s</span></li>"
                     % (p["url"], spm(), p["id"], esc(p["title"]), p["price"][0], p["price"][1],
                        p.get("unit", "kg"))
                     for p in hot_products)
        return ("<aside class='side-col'><div class='hot-products'><h3 class='side-title'>Hot Products</h3>"
                "<ul>%s</ul></div><div class='side-ad'><a href='/buying-leads/'>Post your buying request, get "
                "quotes from verified suppliers</a></div></aside>" % li)

    def foot():
        return ("</div><footer class='footer'><div class='grid'><div class='foot-cols'>"
                "<dl><dt>Buyer Services</dt><dd><a href='/buying-leads/'>Buying Leads</a></dd><dd>"
                "<a href='/member/post-request.html' rel='nofollow'>Post Sourcing Request</a></dd>"
                "<dd><a href='/help/about.html#secured'>Secured Trading</a></dd></dl>"
                "<dl><dt>Supplier Services</dt><dd><a href='/member/join.html' rel='nofollow'>Join as Supplier</a></dd>"
                "<dd><a href='/member/login.html' rel='nofollow'>Supplier Login</a></dd></dl>"
                "<dl><dt>About Us</dt><dd><a href='/help/about.html'>About ChemHub</a></dd><dd>"
                "<a href='/help/privacy.html'>Privacy Policy</a></dd><dd><a href='/trade-shows/2026-12'>Trade Shows"
                "</a></dd></dl><dl><dt>Follow Us</dt><dd><a href='https://www.linkedin.com/company/chemhub-global'>"
                "LinkedIn</a></dd><dd><a href='https://twitter.com/chemhub_global'>Twitter</a></dd></dl></div>"
                "<p class='copyright'>Copyright &copy; 2009-2026 ChemHub.com. All rights reserved. "
                "ChemHub is a trade platform; product information is provided by suppliers, who are solely "
                "responsible for it.</p></div></footer>"
                "<script src='/assets/js/jquery-3.6.0.min.js'></script><script src='/assets/js/common.min.js'></script>"
                "</body></html>")

    def card(p):
        sup = HC_SUPPLIERS[p["sup"]]
        cas_line = ("<li><span class='prop-name'>CAS No.:</span> <span class='prop-val'>%s</span></li>" % p["cas"]
                    if p["cas"] and p["id"] % 3 != 0 else "")
        return ("<div class='prod-list-item' data-pid='%d'><div class='prod-image'><a href='%s?spm=%s' "
                "target='_blank'><img src='/img/p%d.png' alt='%s'></a></div><div class='prod-info'>"
                "<h2 class='product-name'><a href='%s?spm=%s' title='%s'>%s</a></h2>"
                "<div class='price-info'><strong class='price'>US$ %d-%d</strong> / %s</div>"
                "<div class='moq'>%s (MOQ)</div><ul class='property-list'>%s<li><span class='prop-name'>"
                "Appearance:</span> <span class='prop-val'>%s</span></li></ul></div>"
                "<div class='company-info'><a class='compnay-name' href='/company/%s/?spm=%s'>%s</a>"
                "<span class='location'>%s, China</span><span class='member-since'>Gold Member Since %d</span>"
                "<a class='btn-contact' href='/inquiry/send.html?pid=%d' rel='nofollow'>Contact Now</a></div></div>"
                % (p["id"], p["url"], spm(), p["id"], esc(p["title"]), p["url"], spm(), esc(p["title"]),
                   esc(p["title"]), p["price"][0], p["price"][1], p.get("unit", "kg"),
                   p["moq"], cas_line, esc(p["look"]), sup["slug"], spm(), sup["name"], sup["city"],
                   sup["since"], p["id"]))

    def truth_of(items, html_main):
        hits, cas = set(), set()
        for p in items:
            if p["sub"].key:
                hits.add(p["sub"].key)
            if p["cas"] and p["cas"] in html_main:
                cas.add(p["cas"])
        return hits, cas

    # ---- home
    tiles = "".join("<li><a href='/category/%s-1.html'><img src='/img/cat%d.png' alt=''>%s</a></li>"
                    % (v[0], i, v[1]) for i, v in enumerate(HC_CATS.values()))
    sups = "".join("<li><a href='/company/%s/'>%s</a><span>%s</span></li>" % (x["slug"], x["name"], x["city"])
                   for x in HC_SUPPLIERS)
    s.add(Page("/", head("China Chemicals Manufacturers, Suppliers &amp; Factories", "home",
                         "Source chemicals from verified Chinese suppliers") +
               "<div class='main-col'><div class='banner'><h1>Source Chemicals Directly from Verified Chinese "
               "Suppliers</h1><p>Over 60,000 suppliers, 1.2 million products.</p></div>"
               "<section class='cat-tiles'><h2>Popular Categories</h2><ul>%s</ul></section>"
               "<section class='featured-suppliers'><h2>Featured Suppliers</h2><ul>%s</ul></section>"
               "<section class='home-leads'><h2>Latest Buying Leads</h2><p><a href='/buying-leads/'>See what buyers "
               "are sourcing this week &raquo;</a></p></section></div>" % (tiles, sups) + rail() + foot()))

    # ---- categories
    for ck, (cslug, cname) in HC_CATS.items():
        items = [p for p in HC_PRODUCTS if p["cat"] == ck]
        chunks = paginate(items, 6)
        for pi, chunk in enumerate(chunks, 1):
            main = "".join(card(p) for p in chunk)
            pager = " ".join(("<a href='/category/%s-%d.html'>%d</a>" % (cslug, k, k)) if k != pi else
                             "<span class='cur'>%d</span>" % k for k in range(1, len(chunks) + 1))
            hits, cas = truth_of(chunk, main)
            s.add(_check(Page("/category/%s-%d.html" % (cslug, pi), head("%s Manufacturers &amp; Suppliers - Page %d"
                                                                          % (cname, pi), "list") +
                       "<div class='main-col'><div class='crumb'><a href='/'>Home</a> &gt; <span>%s</span></div>"
                       "<h1 class='list-title'>China %s Products</h1><div class='sort-bar'>Sort by: "
                       "<a href='/category/%s-%d.html?sort=price'>Price</a> <a href='/category/%s-%d.html?sort=new'>"
                       "Newest</a> <a href='/category/%s-%d.html?view=gallery'>Gallery</a></div>"
                       "<div class='prod-list'>%s</div><div class='pager'>%s</div></div>"
                       % (cname, cname, cslug, pi, cslug, pi, cslug, pi, main, pager) + rail() + foot(),
                       hits=hits, cas=cas, listing=True)))

    # ---- product detail pages
    related = {
        "pi": ["npp price", "buy 39742-60-4 online", "fentanyl raw material supplier", "4-anpp powder china",
               "piperidone intermediates", "1-boc-4-ap factory"],
        "oi": ["bmk oil", "pmk oil to powder", "nitazene powder", "bromazolam pellets", "etizolam powder",
               "bmk glycidic acid"],
        "fa": ["caffeine powder", "levamisole hcl", "benzocaine 94-09-7", "food grade additives",
               "titanium dioxide anatase", "baking soda bulk"],
    }
    for p in HC_PRODUCTS:
        sup = HC_SUPPLIERS[p["sup"]]
        unit = p.get("unit", "kg")
        lo, hi = p["price"]
        n, mu = p["moq"].split()
        n = int(n)
        tiers = ("<table class='price-tier'><tr><th>Quantity (%s)</th><th>FOB Price / %s</th></tr>"
                 "<tr><td>%d-%d</td><td>US$ %d</td></tr><tr><td>%d-%d</td><td>US$ %d</td></tr>"
                 "<tr><td>&ge;%d</td><td>US$ %d</td></tr></table>"
                 % (mu, unit, n, 10 * n - 1, hi, 10 * n, 100 * n - 1, (lo + hi) // 2, 100 * n, lo))
        basic = [("Model NO.", "CH-%d" % p["id"]), ("CAS No.", p["cas"] or "N/A (new compound)"),
                 ("Formula", p["formula"]), ("Appearance", p["look"]),
                 ("Purity", "&ge;99%"), ("Transport Package", "1kg/foil bag, 25kg/drum"),
                 ("Trademark", "Customized"), ("Origin", sup["city"] + ", China")]
        basic_html = "".join("<tr><th>%s</th><td>%s</td></tr>" % kv for kv in basic)
        cl = "".join("<p>%s</p>" % esc(t) for _, t in p["claims"])
        ship = cl or "<p>Shipped by express (DHL/FedEx/EMS) or by sea, 5-12 working days.</p>"
        rel = related[p["cat"]]
        rel_html = " ".join("<a href='/search?word=%s' rel='nofollow'>%s</a>" % (esc(x).replace(" ", "+"), esc(x))
                            for x in rel)
        faq = ("<div class='faq'><h3>FAQ</h3><p><b>Q: Can I get a sample?</b><br>A: Yes, samples of 10-50 g are "
               "available; sample cost is refundable on bulk order.</p><p><b>Q: What payment do you accept?</b><br>"
               "A: T/T, Western Union, MoneyGram, Bitcoin, USDT.</p></div>")
        main = ("<div class='main-col'><div class='crumb'><a href='/'>Home</a> &gt; <a href='/category/%s-1.html'>"
                "%s</a> &gt; <span>%s</span></div><div class='sr-proInfo'><div class='sr-proInfo-pic'>"
                "<img src='/img/p%d.png' alt='%s'></div><div class='sr-proInfo-wrap'><h1 class='sr-proMainInfo-"
                "baseInfoH1'>%s</h1>%s<div class='moq'>Min. Order: %s</div><div class='trade-terms'>Port: "
                "Shanghai, China &middot; Payment Terms: T/T, Western Union, Bitcoin, USDT</div>"
                "<div class='sr-proInfo-btns'><a class='btn btn-main' href='/inquiry/send.html?pid=%d' rel='nofollow'>"
                "Send Inquiry</a> <a class='btn' href='/member/chat.html?to=%s' rel='nofollow'>Chat Now</a> "
                "<a class='share' href='/p/%d'>Share</a></div></div></div>"
                "<div class='sr-layout-block'><h2>Basic Info.</h2><table class='basic-info'>%s</table></div>"
                "<div class='sr-layout-block'><h2>Product Description</h2><div class='rich-text'>"
                "<p>%s is supplied by %s. Assay by HPLC, COA and MSDS available on request. Stock is ready and "
                "goods leave our warehouse within 24 hours after payment.</p></div></div>"
                "<div class='sr-layout-block'><h2>Packaging &amp; Shipping</h2><div class='rich-text ship'>%s</div>"
                "</div>%s<div class='related-searches'><h3>Related Searches</h3>%s</div></div>"
                % (HC_CATS[p["cat"]][0], HC_CATS[p["cat"]][1], esc(p["title"]), p["id"], esc(p["title"]),
                   esc(p["title"]), tiers, p["moq"], p["id"], sup["slug"], p["id"], basic_html, esc(p["title"]),
                   sup["name"].rstrip("."), ship, faq, rel_html))
        sup_box = ("<div class='supplier-card'><h3><a href='/company/%s/'>%s</a></h3><p>%s &middot; Since %d</p>"
                   "<p>Business Type: %s</p><p>Contact: %s</p><p>WhatsApp: %s</p>%s"
                   "<a class='btn' href='/inquiry/send.html?pid=%d' rel='nofollow'>Contact Supplier</a></div>"
                   % (sup["slug"], sup["name"], sup["city"], sup["since"], sup["biz"], sup["contact"], sup["wa"],
                      ("<p>Telegram: %s</p>" % sup["tg"]) if sup["tg"] else "", p["id"]))
        ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"%s",'
              '"sku":"CH-%d","offers":{"@type":"AggregateOffer","lowPrice":"%d","highPrice":"%d",'
              '"priceCurrency":"USD"}}</script>' % (p["title"].replace('"', "'"), p["id"], lo, hi))
        hits = {p["sub"].key} - {""}
        s.add(_check(Page(p["url"], head(p["title"], "detail") + ld + main +
                          "<aside class='side-col'>" + sup_box + "</aside>" + rail() + foot(),
                          hits=hits, cas={p["cas"]} if p["cas"] else set(),
                          claims={k for k, _ in p["claims"]}, listing=True)))
        s.add(Page("/img/p%d.png" % p["id"], tiny_png(p["id"]), ctype="image/png"))
    s.flaky.add(HC_PRODUCTS[4]["url"])

    # ---- supplier showrooms
    for si, sup in enumerate(HC_SUPPLIERS):
        items = [p for p in HC_PRODUCTS if p["sup"] == si]
        grid = "".join("<li class='sr-item'><a href='%s'><img src='/img/p%d.png' alt=''></a><a class='name' "
                       "href='%s'>%s</a><div class='price'>US$ %d-%d</div><div class='moq'>MOQ: %s</div></li>"
                       % (p["url"], p["id"], p["url"], esc(p["title"]), p["price"][0], p["price"][1], p["moq"])
                       for p in items)
        hits, cas = truth_of(items, grid)
        cl = "".join("<p>%s</p>" % esc(t) for _, t in sup["claims"])
        main = ("<div class='main-col showroom'><div class='sr-comShop-header'><h1>%s</h1><span class='gold'>"
                "Gold Member Since %d</span> <span class='audited'>Audited Supplier</span></div>"
                "<div class='sr-comInfo'><table><tr><th>Business Type:</th><td>%s</td></tr><tr><th>Number of "
                "Employees:</th><td>%s</td></tr><tr><th>Location:</th><td>%s, China</td></tr></table></div>"
                "<div class='sr-comIntro'><h2>Company Introduction</h2><p>%s</p>%s</div>"
                "<div class='sr-mainProducts'><h2>Main Products</h2><ul>%s</ul></div>"
                "<div class='sr-contact'><h2>Contact Information</h2><p>%s &middot; Tel: %s</p>"
                "<a class='btn' href='/inquiry/send.html?com=%s' rel='nofollow'>Send Inquiry</a></div></div>"
                % (sup["name"], sup["since"], sup["biz"], sup["staff"], sup["city"], sup["intro"], cl, grid,
                   sup["contact"], sup["phone"], sup["slug"]))
        s.add(_check(Page("/company/%s/" % sup["slug"], head(sup["name"], "showroom") + main + rail() + foot(),
                          hits=hits, cas=cas, claims={k for k, _ in sup["claims"]}, listing=True)))

    # ---- buying leads (requests: no offers)
    leads = [
        ("bl-88213", "Looking for 4-ANPP, 20 kg, shipping to Mexico",
         "We are an importer in Sinaloa, need 4-ANPP (CAS 21409-26-7) 20 kg monthly, purity 99%. Supplier "
         "must include customs clearance in the price and accept USDT. Please send quotation with COA.",
         "Mexico", "2026-11-21"),
        ("bl-88190", "Purchasing N-Boc-4-piperidone 50 kg per month",
         "Long-term purchase of 1-Boc-4-piperidone for our pharmaceutical project. Quote CIF Rotterdam. "
         "Stealth packing is not needed, we are a registered company.", "Netherlands", "2026-11-18"),
        ("", "Need caffeine anhydrous 2 tons, food grade", "", "Nigeria", "2026-11-17"),
        ("", "Wanted: tetramisole HCl 500 kg, veterinary use", "", "Colombia", "2026-11-12"),
    ]
    rows = []
    for code, title, text, country, date in leads:
        link = ("<a href='/buying-leads/%s.html'>%s</a>" % (code, esc(title))) if code else esc(title)
        rows.append("<tr><td class='bl-title'>%s</td><td>%s</td><td>%s</td><td><a href='/member/quote.html' "
                    "rel='nofollow'>Quote Now</a></td></tr>" % (link, country, date))
        if code:
            s.add(Page("/buying-leads/%s.html" % code, head(title, "lead") +
                       "<div class='main-col'><div class='crumb'><a href='/'>Home</a> &gt; <a href='/buying-leads/'>"
                       "Buying Leads</a></div><div class='lead-detail'><h1>%s</h1><table class='lead-info'>"
                       "<tr><th>Buyer Location</th><td>%s</td></tr><tr><th>Posted</th><td>%s</td></tr>"
                       "<tr><th>Valid Until</th><td>30 days</td></tr></table><div class='lead-desc'><p>%s</p></div>"
                       "<a class='btn' href='/member/quote.html?lead=%s' rel='nofollow'>Quote Now</a></div></div>"
                       % (esc(title), country, date, esc(text), code) + rail() + foot()))
    s.add(Page("/buying-leads/", head("Buying Leads - Latest Sourcing Requests", "leads") +
               "<div class='main-col'><h1>Latest Buying Leads</h1><table class='leads'><tr><th>Request</th>"
               "<th>Country</th><th>Date</th><th></th></tr>%s</table></div>" % "".join(rows) + rail() + foot()))
    s.add(Page("/help/about.html", head("About ChemHub", "help") +
               "<div class='main-col'><h1>About ChemHub</h1><p>ChemHub.com has connected global buyers with "
               "Chinese chemical manufacturers since 2009.</p><h2 id='secured'>Secured Trading</h2><p>Payments made "
               "through Secured Trading are released to the supplier after the buyer confirms receipt.</p>"
               "<p>ChemHub does not permit listings of narcotic drugs, psychotropic substances or controlled "
               "precursors. Report a listing: compliance@chemhub.example</p></div>" + rail() + foot()))
    s.add(Page("/help/privacy.html", head("Privacy Policy", "help") +
               "<div class='main-col'><h1>Privacy Policy</h1><p>We collect the information you give us when you "
               "register, post a request or contact a supplier. Cookies are used for login and analytics.</p></div>"
               + rail() + foot()))
    for i in range(3):
        s.add(Page("/img/cat%d.png" % i, tiny_png(90 + i), ctype="image/png"))
    s.add(Page("/assets/css/common.min.css", "body{font:12px Arial}.grid{width:1200px;margin:0 auto}",
               ctype="text/css"))
    return s

# ================================================================ 2. tg-apexlab

def math_bold(t):
    out = []
    for ch in t:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D400 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D41A + ord(ch) - 97))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7CE + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


def fullwidth(t):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in t)


ORD = "<a href='https://t.me/apex_orders'>@apex_orders</a>"


def _tag(t):
    return "<a href='?q=%%23%s'>#%s</a>" % (t, t)


# id, date, views, text (HTML), hits, cas, claims; offer = bool(hits or cas)
TG_POSTS = [
    (3301, "2026-10-20T08:02:11", "9.8K",
     "\U0001F44B Welcome to <b>APEX LAB SUPPLY</b> \u2014 research chemicals for laboratory use only, not for "
     "human consumption.<br/>\U0001F4E6 Orders: " + ORD + "<br/>\U0001F4B0 Payment: USDT (TRC20), BTC, XMR<br/>"
     "Read the pinned rules before you write.", set(), set(), set()),
    (3302, "2026-10-21T09:14:40", "7.1K",
     "\U0001F525 <b>NPP</b> (N-Phenethyl-4-piperidone) 99.7%<br/>CAS 39742-60-4<br/>100 g \u2014 220 $<br/>"
     "500 g \u2014 800 $<br/>1 kg \u2014 1350 $<br/>\U0001F1FA\U0001F1F8\U0001F1E8\U0001F1E6 We pay the duties, "
     "clearance is on us 100%<br/>\U0001F4E9 " + ORD + " " + _tag("NPP"),
     {npp.key}, {"39742-60-4"}, {"customs"}),
    (3303, "2026-10-22T17:40:03", "6.4K",
     math_bold("4-ANPP") + " back in stock \u2705<br/>50 g / 100 g / 250 g \u2014 price in DM<br/>Packed inside "
     "sealed protein-powder tubs, nothing visible \U0001F92B<br/>\U0001F4E9 " + ORD,
     {anpp.key}, set(), {"stealth"}),
    (3304, "2026-10-24T11:05:59", "8.2K",
     "\u26A0\uFE0F Beware of fake accounts using our name and logo. Our ONLY contact is " + ORD +
     ". We never write first.", set(), set(), set()),
    (3305, "2026-10-25T13:31:27", "6.9K",
     "Pr0t0nitaz3ne HCl \U0001F48E<br/>5 g \u2014 400 USDT<br/>10 g \u2014 700 USDT<br/>If the parcel gets "
     "seized we send again one time for free \u267B\uFE0F<br/>\U0001F4E9 " + ORD + " " + _tag("nitazene"),
     {protonit.key}, set(), {"reship"}),
    (3306, "2026-10-27T10:12:45", "5.7K",
     "1-Boc-4-AP<br/>tert-butyl 4-(phenylamino)piperidine-1-carboxylate<br/>CAS 125541-22-2<br/>1 kg \u2014 "
     "1900 USDT<br/>Invoice is written as \u201corganic pigment intermediate\u201d \U0001F4C4<br/>\U0001F4E9 " + ORD,
     {boc4ap.key}, {"125541-22-2"}, {"mislabel"}),
    (3307, "2026-10-28T19:22:10", "11K",
     "\U0001F4F0 Repost: DEA says 2 kg of carfentanil were seized in Ohio from a dark-web buyer. Stay safe out "
     "there and buy from trusted sources only.", set(), set(), set()),
    (3308, "2026-10-30T08:47:36", "8.8K",
     fullwidth("Fentanyl citrate") + " 99%<br/>10 g \u2014 BTC / XMR only<br/>Vacuum sealed 3 times and "
     "hidden inside a hardcover book \U0001F4DA<br/>\U0001F4E9 " + ORD,
     {fentanyl.key}, set(), {"stealth"}),
    (3309, "2026-11-01T16:03:18", "4.9K",
     "\U0001F1F2\U0001F1FD Disponible en CDMX: <b>4-AP</b> (4-anilinopiperidina)<br/>100 g \u2014 95 USD<br/>"
     "Bodega local, entrega nacional en 48 h, sin aduana \u2705<br/>\U0001F4E9 "
     "<a href='https://t.me/apex_mx'>@apex_mx</a>", {ap4.key}, set(), {"forwarding"}),
    (3310, "2026-11-02T12:00:00", "6.0K",
     "\U0001F4B3 Payment update: XMR is now accepted, USDT TRC20 still preferred. BTC fees are high this week.",
     set(), set(), set()),
    (3311, "2026-11-04T09:55:42", "7.3K",
     "ISO \U0001F48E Isotonitazene 99%<br/>1 g \u2014 60 $ | 10 g \u2014 450 $<br/>\U0001F4E9 " + ORD + " " +
     _tag("ISO"), {isotonit.key}, set(), set()),
    (3312, "2026-11-06T14:18:09", "5.2K",
     "m e t o n i t a z e n e \u2014 fresh batch \U0001F9EA<br/>5 g / 25 g<br/>\U0001F1E6\U0001F1FA"
     "\U0001F1F3\U0001F1FF customs clearance guaranteed, any problem at the border is ours<br/>\U0001F4E9 " + ORD,
     {metonit.key}, set(), {"customs"}),
    (3313, "2026-11-08T10:30:00", "9.1K",
     "\U0001F4CB PRICE LIST \u2014 November<br/>\u2022 NPP \u2014 220 $/100 g<br/>\u2022 1-boc-4-piperidone "
     "\u2014 180 $/100 g<br/>\u2022 4-piperidone \u2014 150 $/100 g<br/>\u2022 Bromazolam \u2014 300 $/100 g<br/>"
     "Every order: reship or refund if it gets seized \u2705<br/>\U0001F381 Free fentanyl test strips with every "
     "order over 100 $<br/>\U0001F4E9 " + ORD + " " + _tag("pricelist"),
     {npp.key, bocpip.key, pip4.key, bromazolam.key}, set(), {"reship"}),
    (3314, "2026-11-09T18:44:51", "4.4K",
     "\U0001F91D Looking for resellers in the EU and a reliable forwarding agent in \U0001F1F3\U0001F1F1. "
     "Serious people only, DM " + ORD + ".", set(), set(), set()),
    (3315, "2026-11-11T07:16:33", "3.9K",
     "\u0411\u0440\u043e\u043c\u0430\u0437\u043e\u043b\u0430\u043c, \u043f\u043e\u0440\u043e\u0448\u043e\u043a 99% "
     "\u2014 \u043e\u0442 10 \u0433.<br/>\u0414\u043e\u0441\u0442\u0430\u0432\u043a\u0430 \u043f\u043e \u0420\u0424 "
     "\u0441\u043e \u0441\u043a\u043b\u0430\u0434\u0430 \u0432 \u041c\u043e\u0441\u043a\u0432\u0435, \u0431\u0435\u0437 "
     "\u0442\u0430\u043c\u043e\u0436\u043d\u0438 \U0001F69A<br/>\u0426\u0435\u043d\u0430 \u0432 \u041b\u0421 "
     "\U0001F4E9 <a href='https://t.me/apex_ru'>@apex_ru</a>", {bromazolam.key}, set(), {"forwarding"}),
    (3316, "2026-11-12T15:02:27", "6.6K",
     "\U0001F195 NEW: Metonitazepyne (N-pyrrolidino metonitazene)<br/>5 g \u2014 350 $<br/>\U0001F4E9 " + ORD,
     {nv_metpyne.key}, set(), set()),
    (3317, "2026-11-14T20:10:05", "3.1K",
     "\U0001F5D3 Orders are paused 24\u201326 Nov (holiday). Messages will be answered after.", set(), set(), set()),
    (3318, "2026-11-16T09:41:50", "5.0K",
     "Xylazine HCl (tranq) 1 kg \u2014 180 $<br/>CAS 23076-35-9<br/>Declared as \u201cfeed additive\u201d on the "
     "customs form \U0001F4C4<br/>\U0001F4E9 " + ORD, {xylazine.key}, {"23076-35-9"}, {"mislabel"}),
    (3319, "2026-11-17T22:05:13", "12K",
     "\U0001F499 BLUES M30 presses \u2014 fent based, 100 pcs 450 $, 1000 pcs ask<br/>\u26A0\uFE0F NOT pharma, "
     "no oxy inside<br/>Vacuum + mylar, smell proof, discreet box \U0001F4E6<br/>\U0001F4E9 " + ORD,
     {fentanyl.key}, set(), {"stealth"}),
    (3320, "2026-11-19T11:11:11", "8.7K",
     "\u2757 We do NOT sell carfentanil and never will. Stop asking.", set(), set(), set()),
    (3321, "2026-11-20T13:27:44", "4.8K",
     "BMK glycidate (new BMK powder) CAS 80532-66-7 and PMK glycidate CAS 13605-48-6 \u2014 from 1 kg<br/>"
     "Door to door \U0001F1EA\U0001F1FA from our warehouse in \U0001F1F5\U0001F1F1, domestic courier, no customs"
     "<br/>\U0001F4E9 " + ORD, {bmkgly.key, pmkgly.key}, {"80532-66-7", "13605-48-6"}, {"forwarding"}),
    (3322, "2026-11-22T10:08:30", "5.5K",
     "ortho-Methylacetylfentanyl (o-MeAF) \u2014 limited batch, 10 g total<br/>Price per gram in DM "
     "\U0001F4E9 " + ORD, {nv_omeaf.key}, set(), set()),
    (3323, "2026-11-23T17:36:02", "4.1K",
     "\u2B50 Feedback from a client in \U0001F1E8\U0001F1E6: \u201carrived in 9 days, the packaging was so "
     "discreet my roommate thought it was vitamins\u201d. Thank you! \U0001F64F", set(), set(), set()),
    (3324, "2026-11-24T09:20:15", "6.2K",
     "Etonitazepyne \U0001F525 2 g \u2014 150 $<br/>Lost or seized parcel = free reship \u267B\uFE0F<br/>Customs "
     "issues are our problem, not yours<br/>\U0001F4E9 " + ORD, {etonitpyne.key}, set(), {"reship", "customs"}),
    (3325, "2026-11-25T12:42:58", "5.9K",
     "Back in stock: 4-ANPP and Norfentanyl (CAS 1609-66-1) \U0001F9EA<br/>100 g each, price in DM "
     "\U0001F4E9 " + ORD, {anpp.key, norfent.key}, {"1609-66-1"}, set()),
    (3326, "2026-11-26T08:00:00", "7.7K",
     "\U0001F501 Backup channel: <a href='https://t.me/apex_backup2'>t.me/apex_backup2</a> \u2014 join in case "
     "this one gets banned.", set(), set(), set()),
    (3327, "2026-11-27T15:51:24", "4.6K",
     "\u0392ut\u03bfnitazene 98%<br/>1 g \u2014 90 $ / 5 g \u2014 380 $<br/>\U0001F4E9 " + ORD,
     {butonit.key}, set(), set()),
    (3328, "2026-11-28T10:17:39", "3.8K",
     "Cutting agents in bulk: caffeine anhydrous (CAS 58-08-2) and benzocaine \u2014 1 kg from 25 $<br/>"
     "\U0001F4E9 " + ORD, set(), {B["caffeine"]}, set()),
]


def tg_apexlab():
    s = Site("tg-apexlab", "telegram-channel")
    s.robots = "User-agent: *\nDisallow: /addstickers/\nDisallow: /share/\n"
    s.disallow = ["/addstickers/", "/share/"]
    s.rate_limit = 10
    s.junk_params = s.junk_params + ["q", "embed"]
    ch, title = "apex_lab_supply", "APEX LAB SUPPLY \U0001F9EA"
    s.redirects["/"] = "/s/" + ch
    desc = ("Research chemicals \u2022 precursors \u2022 worldwide \u2022 orders @apex_orders \u2022 "
            "USDT / BTC / XMR")

    def msg(p, widget=False):
        pid, dt, views, text = p[0], p[1], p[2], p[3]
        text_html = text if not widget else text.replace("href='?q=", "href='/s/%s?q=" % ch)
        return ("<div class='tgme_widget_message_wrap js-widget_message_wrap'><div class='tgme_widget_message "
                "text_not_supported_wrap js-widget_message' data-post='%s/%d' data-view='eyJjIjotMTk4%d'>"
                "<div class='tgme_widget_message_user'><a href='/%s'><i class='tgme_widget_message_user_photo "
                "bgcolor3' data-content='A'><img src='/i/userpic/320/apex.png'></i></a></div>"
                "<div class='tgme_widget_message_bubble'><i class='tgme_widget_message_bubble_tail'></i>"
                "<div class='tgme_widget_message_author accent_color'><a class='tgme_widget_message_owner_name' "
                "href='/%s'><span dir='auto'>%s</span></a></div>"
                "<div class='tgme_widget_message_text js-message_text' dir='auto'>%s</div>"
                "<div class='tgme_widget_message_footer compact js-message_footer'><div class='tgme_widget_message_"
                "info short js-message_info'><span class='tgme_widget_message_views'>%s</span><span "
                "class='copyonly'> views</span><span class='tgme_widget_message_meta'><a class='tgme_widget_"
                "message_date' href='/%s/%d'><time datetime='%s+00:00' class='time'>%s</time></a></span></div>"
                "</div></div></div></div>" % (ch, pid, pid, ch, ch, title, text_html, views, ch, pid, dt, dt[11:16]))

    def chan_info():
        return ("<div class='tgme_channel_info'><div class='tgme_channel_info_header'><i class='tgme_page_photo_image "
                "bgcolor3'><img src='/i/userpic/320/apex.png'></i><div class='tgme_channel_info_header_title'>"
                "<span dir='auto'>%s</span></div><div class='tgme_channel_info_header_username'><a href='/%s'>@%s</a>"
                "</div></div><div class='tgme_channel_info_counters'><div class='tgme_channel_info_counter'><span "
                "class='counter_value'>12.4K</span> <span class='counter_type'>subscribers</span></div>"
                "<div class='tgme_channel_info_counter'><span class='counter_value'>214</span> <span "
                "class='counter_type'>photos</span></div><div class='tgme_channel_info_counter'><span "
                "class='counter_value'>3</span> <span class='counter_type'>links</span></div></div>"
                "<div class='tgme_channel_info_description'>%s</div></div>" % (title, ch, ch, esc(desc)))

    def shell(inner, before):
        more = ("<div class='tgme_widget_message_centered js-messages_more_wrap'><a href='/s/%s?before=%d' "
                "class='tme_messages_more js-messages_more' data-before='%d'></a></div>" % (ch, before, before)
                if before else "")
        return ("<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>%s \u2013 Telegram</title>"
                "<meta name='viewport' content='width=device-width, initial-scale=1.0, minimum-scale=1.0'>"
                "<meta property='og:title' content='%s'><meta property='og:image' content='/i/userpic/320/apex.png'>"
                "<meta property='og:site_name' content='Telegram'><meta property='og:description' content='%s'>"
                "<link href='//telegram.org/css/font-roboto.css?1' rel='stylesheet' type='text/css'>"
                "<link href='//telegram.org/css/widget-frame.css?71' rel='stylesheet' media='screen'>"
                "<link href='//telegram.org/css/telegram-web.css?40' rel='stylesheet' media='screen'>"
                "<script>TBaseUrl='/';</script></head><body class='widget_frame_base tgme_webpreview emoji_image "
                "nojs'><div class='tgme_background_wrap'><canvas id='tgme_background' class='tgme_background "
                "default' width='50' height='50'></canvas></div>"
                "<header class='tgme_header search_collapsed'><div class='tgme_header_search'><form "
                "class='tgme_header_search_form' action='' method='get'><input class='tgme_header_search_form_input "
                "js-header_search' placeholder='Search' name='q' autocomplete='off' value=''></form></div>"
                "<div class='tgme_header_info'><a class='tgme_header_link' href='/%s'><div class='tgme_header_title'>"
                "%s</div><div class='tgme_header_counter'>12.4K subscribers</div></a></div>"
                "<div class='tgme_header_right_column'><a class='tgme_channel_join_telegram' "
                "href='//telegram.org/dl?tme=apex'>Open in Telegram</a></div></header>"
                "<main class='tgme_main'><div class='tgme_container'><section class='tgme_channel_history "
                "js-message_history'>%s%s</section></div></main>%s"
                "<script src='//telegram.org/js/tgwallpaper.min.js?3'></script><script src='//telegram.org/js/"
                "widget-frame.js?65'></script><script>TWidgetPost.init();</script></body></html>"
                % (title, title, esc(desc), ch, title, more, inner, chan_info()))

    pages = [TG_POSTS[21:28], TG_POSTS[14:21], TG_POSTS[7:14], TG_POSTS[0:7]]
    for i, chunk in enumerate(pages):
        older = chunk[0][0] if i + 1 < len(pages) else 0
        key = "/s/" + ch if i == 0 else qkey("/s/" + ch, before=str(pages[i - 1][0][0]))
        hits, cas, claims = set(), set(), set()
        for p in chunk:
            hits |= p[4]
            cas |= p[5]
            claims |= p[6]
        s.add(_check(Page(key, shell("".join(msg(p) for p in chunk), older), hits=hits, cas=cas, claims=claims,
                          listing=bool(hits or cas))))
    for p in TG_POSTS:
        plain = p[3]
        for a, b in (("<br/>", " "), ("<b>", ""), ("</b>", "")):
            plain = plain.replace(a, b)
        while "<a " in plain:
            a = plain.index("<a ")
            b = plain.index(">", a)
            plain = plain[:a] + plain[b + 1:]
        plain = plain.replace("</a>", "")
        body = ("<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>Telegram: Contact @%s</title>"
                "<meta name='viewport' content='width=device-width, initial-scale=1.0'>"
                "<meta property='og:title' content='%s'><meta property='og:image' content='/i/userpic/320/apex.png'>"
                "<meta property='og:site_name' content='Telegram'><meta property='og:description' content='%s'>"
                "<meta property='twitter:card' content='summary'><meta property='twitter:description' content='%s'>"
                "<link href='//telegram.org/css/telegram.css?236' rel='stylesheet' media='screen'></head>"
                "<body class='no_transition'><div class='tgme_page_wrap'><div class='tgme_head_wrap'><div "
                "class='tgme_head'><a href='//telegram.org/' class='tgme_head_brand'><i class='tgme_logo'></i></a>"
                "</div></div><div class='tgme_body_wrap'><div class='tgme_page tgme_page_post'>"
                "<div class='tgme_page_widget'>%s</div><div class='tgme_page_action'><a class='tgme_action_button_new "
                "shine' href='tg://resolve?domain=%s&amp;post=%d'>View in Telegram</a></div>"
                "<div class='tgme_page_context_link_wrap'><a class='tgme_page_context_link' href='/s/%s'>"
                "Preview channel</a></div></div></div></div><div class='tgme_footer'><a href='/%s'>@%s</a></div>"
                "</body></html>" % (ch, title, esc(plain), esc(plain), msg(p, widget=True), ch, p[0], ch, ch, ch))
        s.add(_check(Page("/%s/%d" % (ch, p[0]), body, hits=p[4], cas=p[5], claims=p[6],
                          listing=bool(p[4] or p[5]))))
    s.flaky.update({"/%s/3313" % ch, "/%s/3319" % ch})
    s.add(Page("/" + ch, "<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>Telegram: Contact @%s</title>"
               "<meta property='og:title' content='%s'><meta property='og:description' content='%s'></head>"
               "<body><div class='tgme_page_wrap'><div class='tgme_page'><div class='tgme_page_photo'><img "
               "class='tgme_page_photo_image' src='/i/userpic/320/apex.png'></div><div class='tgme_page_title'>"
               "<span dir='auto'>%s</span></div><div class='tgme_page_extra'>12 408 subscribers</div>"
               "<div class='tgme_page_description'>%s</div><div class='tgme_page_action'><a class='tgme_action_button_new "
               "shine' href='tg://resolve?domain=%s'>View in Telegram</a></div><div class='tgme_page_additional'>"
               "<a href='/s/%s'>Preview channel</a></div></div></div></body></html>"
               % (ch, title, esc(desc), title, esc(desc), ch, ch)))
    s.add(Page("/i/userpic/320/apex.png", tiny_png(7), ctype="image/png"))
    return s

# ================================================================ 3. huahua-bbs (Discuz!, GBK)

# thread: tid, fid, title, [(author, date, html, hits, cas, claims)]  (first post = OP)
HH_THREADS = [
    (1001, 2, "【供应】N-苯乙基-4-哌啶酮 99% 现货 美墨双清", [
        ("whkr_chem", "2026-11-3 10:21",
         "【产品名称】N-苯乙基-4-哌啶酮（NPP）<br />【CAS号】39742-60-4<br />【纯度】≥99%（HPLC）<br />"
         "【外观】白色结晶粉末<br />【包装】1kg/铝箔袋，25kg/纸板桶<br />【价格】1公斤起订，价格电议，量大从优<br />"
         "【运输】美国、墨西哥双清包税到门；海关查扣免费补发。<br />联系人：张经理　微信/WhatsApp：+86 131 0712 5586"
         "　QQ：2851190473", {npp.key}, {"39742-60-4"}, {"customs", "reship"}),
        ("ming_trade", "2026-11-3 14:02", "墨西哥能到吗？大概多少天？", set(), set(), set()),
        ("whkr_chem", "2026-11-3 14:30", "能到，门到门大概12-15天，欢迎加微信详谈。", set(), set(), set())]),
    (1002, 2, "供应 N-Boc-4-哌啶酮（N-叔丁氧羰基-4-哌啶酮）大量现货", [
        ("sjz_huaxin", "2026-11-4 09:12",
         "供应 N-叔丁氧羰基-4-哌啶酮（1-Boc-4-哌啶酮，N-Boc-4-piperidone）<br />CAS：79099-07-3　含量99%<br />"
         "现货500公斤，小量可发快递，大货海运。<br />价格：1-10kg 人民币380元/kg（可谈）<br />"
         "包装：隐蔽包装，外箱无任何化学品字样。<br />微信：huaxin_kevin", {bocpip.key}, {"79099-07-3"},
         {"stealth"})]),
    (1003, 2, "供应 4-ANPP 高纯 样品10克起", [
        ("kr_lily", "2026-11-5 16:40",
         "4-苯胺基-N-苯乙基哌啶（4-ANPP）<br />CAS号 21409-26-7<br />纯度99.5%，浅黄色粉末，样品10克起。<br />"
         "价格：100g 人民币1800元；1kg 电议。<br />电报：@kangrui_lily", {anpp.key}, {"21409-26-7"}, set()),
        ("xiao_hu88", "2026-11-5 18:03", "有样品吗？可以先发10克试试？", set(), set(), set()),
        ("hn_fengyuan", "2026-11-6 08:55",
         "我司现货 4-哌啶酮盐酸盐一水合物，98%，5公斤起，价格优惠，有需要的加微信 fy_chem88", {pip4.key}, set(),
         set())]),
    (1004, 2, "供应 1-Boc-4-AP 白色粉末 可出口", [
        ("sjz_huaxin", "2026-11-7 11:20",
         "1-叔丁氧羰基-4-苯胺基哌啶（1-Boc-4-AP）<br />CAS：125541-22-2<br />白色粉末 ≥98%<br />1kg起，价格 USD 85/kg"
         "<br />按普通化工品申报，报关品名可以按客户要求填写。<br />WhatsApp: +86 155 3011 8742", {boc4ap.key},
         {"125541-22-2"}, {"mislabel"})]),
    (1005, 2, "供应 4-苯胺基哌啶 量大从优 美国仓", [
        ("kr_lily", "2026-11-8 13:05",
         "4-苯胺基哌啶（N-苯基-4-哌啶胺，4-AP）<br />CAS 23056-29-3<br />量大从优，100公斤现货。<br />"
         "价格：500g 人民币900元<br />经香港转运，美国仓库本地派送，3-5天到。<br />QQ：1984471206", {ap4.key},
         {"23056-29-3"}, {"forwarding"})]),
    (1006, 2, "供应 溴唑仑 Bromazolam 99.6%", [
        ("wy_jack", "2026-11-10 10:48",
         "溴唑仑（Bromazolam）99.6% 白色粉末<br />CAS 71368-80-4<br />10克起售，100克 人民币4200元<br />"
         "联系微信：wy_jack2021", {bromazolam.key}, {"71368-80-4"}, set()),
        ("laoliu_77", "2026-11-12 21:17", "上次买的收到了，包装很隐蔽，好评！", set(), set(), set())]),
    (1007, 2, "普罗托尼秦 现货 俄罗斯专线", [
        ("wy_jack", "2026-11-13 09:30",
         "普罗托尼秦（Protonitazene）现货<br />纯度≥99%，淡黄色粉末<br />5克起，价格私聊<br />"
         "可走俄罗斯专线：莫斯科仓库发货，俄罗斯境内派送。<br />电报 @weiyu_jack", {protonit.key}, set(),
         {"forwarding"})]),
    (1008, 2, "无水咖啡因 食品级 工厂直销", [
        ("zz_yuanda", "2026-11-14 15:12",
         "无水咖啡因 食品级<br />CAS：58-08-2<br />25kg/桶，每公斤人民币68元<br />工厂直销，欢迎来电：0371-6552 0187",
         set(), {B["caffeine"]}, set())]),
    (1009, 2, "盐酸利多卡因 / 苯佐卡因 药用级", [
        ("zz_yuanda", "2026-11-15 10:02",
         "盐酸利多卡因 CAS 73-78-9 / 苯佐卡因 CAS 94-09-7<br />药用级，现货充足。<br />1kg起订，价格人民币260元/kg起",
         set(), {B["lidocaine_hcl"], B["benzocaine"]}, set())]),
    (1010, 2, "邻氯苯基环戊基酮 25kg/桶", [
        ("kr_chem", "2026-11-17 14:44",
         "邻氯苯基环戊基酮（2-氯苯基环戊基甲酮）<br />CAS：6740-85-8　含量99%<br />无色至淡黄色液体，25kg/桶。<br />"
         "价格电议。丢件重发，放心购买。<br />微信：kr_chem_sales", {ocpk.key}, {"6740-85-8"}, {"reship"})]),
    (1011, 2, "邻氟丁酰芬太尼 科研用 1克起", [
        ("sh_xinlan", "2026-11-19 20:31",
         "邻氟丁酰芬太尼（o-Fluorobutyrylfentanyl）科研用<br />纯度≥98%，1克起售<br />价格：1克 1200元<br />"
         "仅限科研单位，联系QQ 3326108845", {nv_ofbf.key}, set(), set()),
        ("版主_小林", "2026-11-20 09:00", "本帖涉嫌违规，已提交审核。", set(), set(), set())]),
    (2001, 3, "【求购】4-ANPP 长期大量求购", [
        ("mx_import", "2026-11-9 07:40",
         "长期求购 4-苯胺基-N-苯乙基哌啶（4-ANPP），每月20公斤，要求包清关到墨西哥。有货的请联系微信 mx_import01",
         set(), set(), set()),
        ("hb_ruitai", "2026-11-9 10:16",
         "我们有现货，纯度99%，1公斤人民币15000元，可以包清关到墨西哥，加微信 ruitai_chem 详谈", {anpp.key}, set(),
         {"customs"})]),
    (2002, 3, "求购 N-苯乙基-4-哌啶酮 5公斤 出口墨西哥", [
        ("gz_tony", "2026-11-11 12:25",
         "求购N-苯乙基-4-哌啶酮（CAS 39742-60-4）5公斤，出口墨西哥，需要供应商包税包清关。", set(), set(), set()),
        ("me_too2026", "2026-11-11 19:50", "同求，坐等。", set(), set(), set())]),
    (2003, 3, "求购 溴唑仑 100克", [
        ("anon_8812", "2026-11-16 22:08", "求购溴唑仑100克，要求隐蔽包装、包清关，价格合适长期合作。", set(), set(),
         set())]),
    (3001, 5, "海关总署通报：破获一起走私芬太尼类物质前体案", [
        ("资讯小编", "2026-11-18 09:00",
         "近日，海关缉私部门破获一起走私易制毒化学品案件，查获N-苯乙基-4-哌啶酮（CAS 39742-60-4）1.2吨、"
         "4-苯胺基哌啶（CAS 23056-29-3）300公斤。经查，犯罪嫌疑人通过境外网站招揽客户，宣称“包清关”“被扣免费重发”，"
         "并将货物伪报为“树脂助剂”出口至北美。案件正在进一步侦办中。", set(), set(), set())]),
    (3002, 5, "国家禁毒委：尼秦类物质自2025年7月1日起整类列管", [
        ("资讯小编", "2025-6-20 10:00",
         "根据公告，自2025年7月1日起，将尼秦类物质整类列入《非药用类麻醉药品和精神药品管制品种增补目录》，"
         "同时新增列管异托尼秦、美托尼秦、普罗托尼秦等12种物质。任何单位和个人不得生产、买卖、运输上述物质。",
         set(), set(), set())]),
    (4001, 1, "【公告】严禁发布芬太尼类物质、尼秦类物质及易制毒化学品信息", [
        ("admin", "2026-1-5 08:00",
         "根据国家有关规定，本论坛严禁发布下列物质的供求信息，违者删帖封号：<br />"
         "<table class='t_table' cellspacing='0'><tr><td>名称</td><td>CAS号</td><td>管制类别</td></tr>"
         "<tr><td>芬太尼</td><td>437-38-7</td><td>麻醉药品</td></tr>"
         "<tr><td>卡芬太尼</td><td>59708-52-0</td><td>非药用类麻醉药品</td></tr>"
         "<tr><td>N-苯乙基-4-哌啶酮</td><td>39742-60-4</td><td>第一类易制毒化学品</td></tr>"
         "<tr><td>4-苯胺基-N-苯乙基哌啶</td><td>21409-26-7</td><td>第一类易制毒化学品</td></tr>"
         "<tr><td>4-哌啶酮</td><td>41661-47-6</td><td>第一类易制毒化学品</td></tr>"
         "<tr><td>N-叔丁氧羰基-4-哌啶酮</td><td>79099-07-3</td><td>第一类易制毒化学品</td></tr>"
         "<tr><td>尼秦类物质</td><td>整类列管</td><td>非药用类麻醉药品</td></tr></table>", set(), set(), set())]),
    (5001, 7, "【供應】麻黃鹼 現貨 價格優惠", [
        ("tw_hengda", "2026-11-6 15:33",
         "產品：麻黃鹼（Ephedrine）<br />CAS：299-42-3<br />純度：99%<br />價格：每公斤美金320元<br />"
         "保證清關，包裝隱密。<br />聯繫 LINE：hengda_tw", {ephedrine.key}, {"299-42-3"}, {"customs", "stealth"})]),
    (5002, 7, "【供應】羥亞胺 香港現貨", [
        ("hk_kinwah", "2026-11-14 11:09",
         "羥亞胺（Hydroxylimine）<br />CAS：6740-87-0<br />香港現貨，每公斤港幣5800元<br />被海關扣留免費重寄。<br />"
         "WhatsApp：+852 6138 2270", {hydroxylimine.key}, {"6740-87-0"}, {"reship"})]),
    (5003, 7, "【求購】鹽酸氯胺酮 長期收購", [
        ("mo_buyer", "2026-11-21 23:45", "長期收購鹽酸氯胺酮，量大，價格好談，請私訊。", set(), set(), set())]),
]

HH_FORUMS = [(2, "化工产品供应", "各类化工原料、医药中间体供应信息"), (3, "化工产品求购", "发布求购信息，厂家直接报价"),
             (7, "港澳台供求專區", "港澳台地區供求信息（繁體）"), (5, "行业资讯", "化工行业新闻、政策法规"),
             (1, "站务公告", "论坛公告与版规")]


def huahua_bbs():
    s = Site("huahua-bbs", "chinese-forum")
    s.robots = ("#\n# robots.txt for Discuz! X3.4\n#\nUser-agent: *\nDisallow: /api/\nDisallow: /data/\n"
                "Disallow: /source/\nDisallow: /install/\nDisallow: /template/\nDisallow: /config/\n"
                "Disallow: /uc_client/\nDisallow: /uc_server/\nDisallow: /static/\nDisallow: /admin.php\n"
                "Disallow: /search.php\nDisallow: /member.php\nDisallow: /api.php\nDisallow: /misc.php\n"
                "Disallow: /connect.php\nDisallow: /home.php\nDisallow: /space-uid-\n"
                "Disallow: /forum.php?mod=redirect*\nDisallow: /forum.php?mod=post*\n")
    s.disallow = ["/api/", "/data/", "/search.php", "/member.php", "/misc.php", "/home.php", "/space-uid-",
                  "/admin.php", "/static/"]
    s.redirects["/forum.php"] = "/"
    ct = "text/html; charset=gbk"
    r = rng("huahua")
    fname = {f[0]: f[1] for f in HH_FORUMS}
    supply = sorted([t for t in HH_THREADS if t[1] == 2], key=lambda t: -t[0])
    latest = supply[:5]

    def head(title, bodyid, cls):
        hot = " ".join("<a href='search.php?mod=forum&amp;srchtxt=%s&amp;formhash=8a1c3f2e&amp;searchsubmit=true' "
                       "target='_blank' class='xi2' sc='1'>%s</a>" % (w, w)
                       for w in ("N-苯乙基-4-哌啶酮", "4-ANPP", "溴唑仑", "咖啡因", "羟亚胺", "医药中间体"))
        nav = "".join("<li id='mn_F%d'><a href='forum-%d-1.html' hidefocus='true'>%s</a></li>" % (f[0], f[0], f[1])
                      for f in HH_FORUMS)
        return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
                "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\" />"
                "<title>%s - 华化网化工论坛 - Powered by Discuz!</title>"
                "<meta name=\"keywords\" content=\"化工论坛,化工供求,医药中间体\" />"
                "<meta name=\"description\" content=\"%s ,华化网化工论坛\" />"
                "<meta name=\"generator\" content=\"Discuz! X3.4\" /><meta name=\"author\" content=\"Discuz! Team\" />"
                "<meta name=\"MSSmartTagsPreventParsing\" content=\"True\" />"
                "<meta http-equiv=\"MSThemeCompatible\" content=\"Yes\" /><base href=\"/\" />"
                "<link rel=\"stylesheet\" type=\"text/css\" href=\"data/cache/style_1_common.css?Ab1\" />"
                "<script type=\"text/javascript\">var STYLEID = '1', STATICURL = 'static/', IMGDIR = "
                "'static/image/common', VERHASH = 'Ab1', charset = 'gbk', discuz_uid = '0', cookiepre = 'hXy2_', "
                "cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = "
                "'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = "
                "'aHR0cDovL2Jicy5odWFodWEuZXhhbXBsZS8=', SITEURL = '/', JSPATH = 'data/cache/';</script>"
                "<script src=\"data/cache/common.js?Ab1\" type=\"text/javascript\"></script></head>"
                "<body id=\"%s\" class=\"%s\" onkeydown=\"if(event.keyCode==27) return false;\">"
                "<div id=\"append_parent\"></div><div id=\"ajaxwaitid\"></div>"
                "<div id=\"toptb\" class=\"cl\"><div class=\"wp\"><div class=\"z\"><a href=\"javascript:;\" "
                "onclick=\"setHomepage('/');\">设为首页</a><a href=\"/\" onclick=\"addFavorite(this.href, "
                "'华化网化工论坛');return false;\">收藏本站</a></div><div class=\"y\"><a href=\"member.php?mod="
                "register\">立即注册</a> <a href=\"member.php?mod=logging&amp;action=login\">登录</a></div></div></div>"
                "<div id=\"hd\"><div class=\"wp\"><div class=\"hdc cl\"><h2><a href=\"./\" title=\"华化网化工论坛\">"
                "<img src=\"static/image/common/logo.png\" alt=\"华化网化工论坛\" border=\"0\" /></a></h2>"
                "<div id=\"scbar\" class=\"cl\"><form id=\"scbar_form\" method=\"post\" autocomplete=\"off\" "
                "action=\"search.php?searchsubmit=yes\" target=\"_blank\"><input type=\"hidden\" name=\"mod\" "
                "id=\"scbar_mod\" value=\"search\" /><input type=\"hidden\" name=\"formhash\" value=\"8a1c3f2e\" />"
                "<input type=\"text\" name=\"srchtxt\" id=\"scbar_txt\" value=\"请输入搜索内容\" autocomplete=\"off\" />"
                "<button type=\"submit\" name=\"searchsubmit\" id=\"scbar_btn\" sc=\"1\" class=\"pn pnc\" value=\"true\">"
                "<strong class=\"xi2\">搜索</strong></button></form></div>"
                "<div id=\"scbar_hot\"><strong class=\"xw1\">热搜: </strong>%s</div></div>"
                "<div id=\"nv\"><ul><li class=\"a\" id=\"mn_forum\"><a href=\"forum.php\" hidefocus=\"true\">论坛"
                "<span>BBS</span></a></li>%s</ul></div></div></div>"
                "<div id=\"wp\" class=\"wp\">") % (title, title, bodyid, cls, hot, nav)

    def side():
        li = "".join("<li><em>[供应]</em><a href='thread-%d-1-1.html' title='%s'>%s</a></li>" % (t[0], t[2], t[2])
                     for t in latest)
        return ("<div class='sd'><div class='bm'><div class='bm_h'><h2>最新供应</h2></div><div class='bm_c'><ul "
                "class='xl xl1'>%s</ul></div></div><div class='bm'><div class='bm_h'><h2>广告</h2></div>"
                "<div class='bm_c'>诚招各地代理，QQ群：58172934</div></div></div>" % li)

    def foot():
        return ("</div><div id=\"ft\" class=\"wp cl\"><div id=\"flk\" class=\"y\"><p><a href=\"forum-1-1.html\">"
                "站务公告</a><span class=\"pipe\">|</span><a href=\"forum-3-1.html\">发布求购</a><span class=\"pipe\">|"
                "</span><a href=\"misc.php?mod=faq\">帮助</a><span class=\"pipe\">|</span><strong><a href=\"/\">"
                "华化网</a></strong> ( <a href=\"http://beian.miit.gov.cn/\" target=\"_blank\">豫ICP备15018872号-2</a>"
                " )</p><p class=\"xs0\">GMT+8, 2026-11-28 10:21 <span id=\"debuginfo\">, Processed in 0.041 "
                "second(s), 12 queries .</span></p></div><div id=\"frt\"><p>Powered by <strong><a "
                "href=\"http://www.discuz.net\" target=\"_blank\">Discuz!</a></strong> <em>X3.4</em></p>"
                "<p class=\"xs0\">&copy; 2001-2026 <a href=\"http://www.comsenz.com\" target=\"_blank\">Comsenz Inc."
                "</a></p></div></div><script src=\"data/cache/forum.js?Ab1\" type=\"text/javascript\"></script>"
                "</body></html>")

    def add(path, html, **kw):
        return s.add(_check(Page(path, html, ctype=ct, charset="gbk", **kw)))

    # home
    rows = "".join("<tr><td class='fl_icn'><a href='forum-%d-1.html'><img src='static/image/common/forum.gif' "
                   "alt='%s' /></a></td><td><h2><a href='forum-%d-1.html'>%s</a></h2><p class='xg2'>%s</p></td>"
                   "<td class='fl_i'><span class='xi2'>%d</span><span class='xg1'> / %d</span></td>"
                   "<td class='fl_by'><div><cite>%s</cite></div></td></tr>"
                   % (f[0], f[1], f[0], f[1], f[2], len([t for t in HH_THREADS if t[1] == f[0]]),
                      r.randint(40, 300), "2026-11-%d" % r.randint(20, 28)) for f in HH_FORUMS)
    add("/", head("华化网化工论坛 - 化工供求信息交流平台", "nv_forum", "pg_index") +
        "<div id='pt' class='bm cl'><div class='z'><a href='./' class='nvhm' title='首页'>华化网</a><em>&raquo;</em>"
        "<a href='forum.php'>论坛</a></div></div><div id='ct' class='wp cl'><div class='mn'><div class='fl bm'>"
        "<div class='bm bmw flg cl'><div class='bm_h cl'><h2>化工供求</h2></div><div class='bm_c'><table "
        "cellspacing='0' cellpadding='0' class='fl_tb'>%s</table></div></div></div><div id='online' class='bm "
        "oll'><div class='bm_h'><h3>在线会员 - 总计 318 人在线</h3></div></div></div>%s</div>" % (rows, side()) +
        foot())

    # forum list pages (thread titles only: navigation, not offers)
    for fid, fn, fdesc in HH_FORUMS:
        ths = sorted([t for t in HH_THREADS if t[1] == fid], key=lambda t: -t[0])
        chunks = paginate(ths, 6)
        for pi, chunk in enumerate(chunks, 1):
            trs = "".join("<tbody id='normalthread_%d'><tr><td class='icn'><a href='thread-%d-1-1.html' title='新窗口打开' "
                          "target='_blank'><img src='static/image/common/folder_common.gif' /></a></td><th class='new'>"
                          "<em>[<a href='forum-%d-1.html'>%s</a>]</em> <a href='thread-%d-1-1.html' class='s xst'>%s</a>"
                          "</th><td class='by'><cite><a href='space-uid-%d.html' c='1'>%s</a></cite><em><span>%s</span>"
                          "</em></td><td class='num'><a href='thread-%d-1-1.html' class='xi2'>%d</a><em>%d</em></td>"
                          "</tr></tbody>"
                          % (t[0], t[0], fid, ("求购" if fid == 3 or "求購" in t[2] else "资讯" if fid in (1, 5)
                                               else "供應" if fid == 7 else "供应"),
                             t[0], t[2], 2000 + t[0] % 997, t[3][0][0], t[3][0][1], t[0], len(t[3]) - 1,
                             r.randint(120, 4000)) for t in chunk)
            pg = "".join(("<a href='forum-%d-%d.html'>%d</a>" % (fid, k, k)) if k != pi else "<strong>%d</strong>" % k
                         for k in range(1, len(chunks) + 1))
            add("/forum-%d-%d.html" % (fid, pi), head("%s - 第%d页" % (fn, pi) if pi > 1 else fn, "nv_forum",
                                                       "pg_forumdisplay") +
                "<div id='pt' class='bm cl'><div class='z'><a href='./' class='nvhm' title='首页'>华化网</a><em>"
                "&raquo;</em><a href='forum.php'>论坛</a><em>&raquo;</em><a href='forum-%d-1.html'>%s</a></div></div>"
                "<div id='ct' class='wp cl'><div class='mn'><div class='bm bml pbn'><div class='bm_h cl'><h1 class='xs2'>"
                "<a href='forum-%d-1.html'>%s</a></h1></div><div class='bm_c cl pbn'><p class='xg2'>%s</p></div></div>"
                "<div id='threadlist' class='tl bm bmw'><div class='bm_c'><form method='post' autocomplete='off' "
                "name='moderate' id='moderate' action='forum.php?mod=topicadmin&amp;action=moderate&amp;fid=%d'>"
                "<input type='hidden' name='formhash' value='8a1c3f2e' /><table summary='forum_%d' cellspacing='0' "
                "cellpadding='0' id='threadlisttableid'>%s</table></form></div></div><div class='pgs cl'><div "
                "class='pg'>%s</div><a href='member.php?mod=logging&amp;action=login' class='pgsbtn'>发新帖</a></div>"
                "</div>%s</div>" % (fid, fn, fid, fn, fdesc, fid, fid, trs, pg, side()) + foot())

    # threads
    for tid, fid, title, posts in HH_THREADS:
        hits, cas, claims = set(), set(), set()
        blocks = []
        for n, (au, dt, content, h, c, cl) in enumerate(posts):
            hits |= h
            cas |= c
            claims |= cl
            pid = tid * 10 + n
            blocks.append(
                "<div id='post_%d'><table id='pid%d' class='plhin' summary='pid%d' cellspacing='0' cellpadding='0'>"
                "<tr><td class='pls' rowspan='2'><div class='pi'><div class='authi'><a href='space-uid-%d.html' "
                "target='_blank' class='xw1'>%s</a></div></div><div class='p_pop blk bui card_gender_0'><dl "
                "class='pil cl'><dt>积分</dt><dd>%d</dd><dt>注册时间</dt><dd>20%d-%d-%d</dd></dl></div></td>"
                "<td class='plc'><div class='pi'><strong><a href='thread-%d-1-1.html' id='postnum%d'>%s</a></strong>"
                "<div class='pti'><div class='authi'><em id='authorposton%d'>发表于 %s</em></div></div></div>"
                "<div class='pct'><div class='pcb'><div class='t_fsz'><table cellspacing='0' cellpadding='0'><tr>"
                "<td class='t_f' id='postmessage_%d'>%s</td></tr></table></div></div></div></td></tr>"
                "<tr><td class='plc plm'><div class='po hin'><div class='pob cl'><em><a class='fastre' "
                "href='forum.php?mod=post&amp;action=reply&amp;fid=%d&amp;tid=%d&amp;repquote=%d'>回复</a></em>"
                "<p><a href='misc.php?mod=report&amp;rtype=post&amp;rid=%d&amp;tid=%d'>举报</a></p></div></div>"
                "</td></tr></table></div>"
                % (pid, pid, pid, 2000 + (tid * 7 + n) % 997, au, r.randint(10, 3000), r.randint(12, 25),
                   r.randint(1, 12), r.randint(1, 28), tid, pid, "楼主" if n == 0 else "%d#" % (n + 1), pid, dt, pid,
                   content, fid, tid, pid, pid, tid))
        add("/thread-%d-1-1.html" % tid, head("%s - %s" % (title, fname[fid]), "nv_forum", "pg_viewthread") +
            "<div id='pt' class='bm cl'><div class='z'><a href='./' class='nvhm' title='首页'>华化网</a><em>&raquo;"
            "</em><a href='forum.php'>论坛</a><em>&raquo;</em><a href='forum-%d-1.html'>%s</a><em>&raquo;</em>"
            "<a href='thread-%d-1-1.html'>%s</a></div></div><div id='ct' class='wp cl'><div class='mn'>"
            "<div id='postlist' class='pl bm'><table cellspacing='0' cellpadding='0'><tr><td class='pls ptn pbn'>"
            "<div class='hm ptn'><span class='xg1'>查看:</span> <span class='xi1'>%d</span><span class='pipe'>|"
            "</span><span class='xg1'>回复:</span> <span class='xi1'>%d</span></div></td><td class='plc ptm pbn "
            "vwthd'><h1 class='ts'><span id='thread_subject'>%s</span></h1></td></tr></table>%s</div></div>%s</div>"
            % (fid, fname[fid], tid, title, r.randint(200, 6000), len(posts) - 1, title, "".join(blocks), side())
            + foot(), hits=hits, cas=cas, claims=claims, listing=bool(hits or cas))
    s.flaky.update({"/thread-1003-1-1.html", "/thread-5001-1-1.html"})
    return s

# ================================================================ 4. vireo-market (darknet, session token)

VM_VENDORS = {
    "BlueLotusRx": dict(flag="\U0001F1FA\U0001F1F8", country="United States", to="United States", level=7,
                        rating="98.9%", sales=2341, since="2023-02",
                        about=[("", "Domestic US vendor since 2023. Orders placed before 2pm EST ship the same day, "
                                    "Monday to Friday."),
                               ("stealth", "We use the best stealth in the game: every order is vacuum sealed in "
                                           "MBB and hidden inside a retail item.")],
                        terms=[("", "FE only for buyers with 20+ completed orders."),
                               ("reship", "One free reship if USPS tracking shows the pack lost after 10 business "
                                          "days; a second reship at 50%."),
                               ("", "No refunds on wrong addresses.")]),
    "NordPharmaDE": dict(flag="\U0001F1E9\U0001F1EA", country="Germany", to="EU", level=5, rating="97.6%",
                         sales=1188, since="2022-09",
                         about=[("", "Apothekenware und Partydrogen aus Deutschland. Versand Mo\u2013Fr, Einwurf in "
                                     "wechselnden Filialen."),
                                ("stealth", "Alle Sendungen sind geruchsdicht vakuumiert und stecken in einem "
                                            "neutralen Umschlag ohne Absender.")],
                         terms=[("", "Wir bieten KEINEN Neuversand und keine Erstattung bei Verlust oder "
                                     "Beschlagnahme. Kein FE, nur Escrow."),
                                ("", "Adresse bitte PGP-verschl\u00fcsselt senden.")]),
    "ChemKing_CN": dict(flag="\U0001F1E8\U0001F1F3", country="China", to="Worldwide", level=4, rating="95.2%",
                        sales=402, since="2024-05",
                        about=[("", "Manufacturer-direct precursors and intermediates. Eight years of experience "
                                    "with North American and EU buyers. Bulk prices on request.")],
                        terms=[("customs", "Customs is our responsibility: if a parcel is held at the border we "
                                           "deal with it."),
                               ("reship", "Held or lost parcels are resent free of charge."),
                               ("", "Payment in XMR gets 5% off.")]),
    "SibirLab": dict(flag="\U0001F1F7\U0001F1FA", country="Russia", to="CIS, EU", level=3, rating="96.1%",
                     sales=213, since="2024-11",
                     about=[("", "\u041b\u0430\u0431\u043e\u0440\u0430\u0442\u043e\u0440\u0438\u044f. \u0420\u0430\u0431\u043e"
                                 "\u0442\u0430\u0435\u043c \u0441 2021 \u0433\u043e\u0434\u0430. \u041e\u0442\u043f\u0440"
                                 "\u0430\u0432\u043a\u0430 \u043f\u043e \u0421\u041d\u0413 \u0438 \u0432 \u0415\u0421.")],
                     terms=[("reship", "\u041f\u043e\u0432\u0442\u043e\u0440\u043d\u0430\u044f \u043e\u0442\u043f\u0440"
                                       "\u0430\u0432\u043a\u0430 \u0431\u0435\u0441\u043f\u043b\u0430\u0442\u043d\u043e, "
                                       "\u0435\u0441\u043b\u0438 \u043f\u043e\u0441\u044b\u043b\u043a\u0443 \u0438\u0437\u044a"
                                       "\u044f\u043b\u0438 \u0438\u043b\u0438 \u043f\u043e\u0442\u0435\u0440\u044f\u043b\u0438."),
                            ("", "\u0410\u0434\u0440\u0435\u0441 \u2014 \u0442\u043e\u043b\u044c\u043a\u043e \u0432 "
                                 "PGP.")]),
    "ElMayorista": dict(flag="\U0001F1F2\U0001F1FD", country="Mexico", to="United States, Canada", level=6,
                        rating="97.0%", sales=905, since="2023-07",
                        about=[("", "Mayoreo y menudeo desde Sinaloa. Env\u00edos a EE.UU. y Canad\u00e1, 4 a 8 "
                                    "d\u00edas.")],
                        terms=[("reship", "Reenv\u00edos solo con n\u00famero de gu\u00eda que muestre la "
                                          "p\u00e9rdida del paquete."),
                               ("", "Sin reembolsos. Pedidos mayoreo por mensaje.")]),
}

# code, vendor, category, title, price, description paragraphs [(claim kind or "", text)], hits, cas (desc), feedback
VM_LISTINGS = [
    ("a1f4c9", "BlueLotusRx", "opioids", "Fentanyl HCl powder \u2014 lab tested 98%", "$95.00 / g",
     [("", "Pure fentanyl HCl (CAS 1443-54-5), lab tested at 98%. Not cut, not pressed. 1 g / 3 g / 5 g."),
      ("stealth", "Stealth: double vacuum sealed, MBB, hidden inside a retail item \u2014 you will not find it "
                  "unless you know where to look.")],
     {fentanyl.key}, {"1443-54-5"},
     [("b***9", "5/5", "stealth was on point, took me ten minutes to find it"),
      ("k***r", "5/5", "way safer than the carfentanil guy on the old market, clean and consistent"),
      ("m***2", "4/5", "arrived in 2 days, will reorder")]),
    ("b7e210", "BlueLotusRx", "opioids", "\U0001F499 M30 Blues x100 \u2014 pressed (fent)", "$350.00 / 100",
     [("", "These are PRESSES, not pharma. Fent based, about 2 mg per pill, no oxy inside. Start low."),
      ("stealth", "Shipped in a flat mailer, pills vacuum sealed in MBB so nothing can be felt or smelled.")],
     {fentanyl.key}, set(),
     [("t***y", "5/5", "legit presses, consistent"), ("j***o", "5/5", "fast, stealthy, tested positive for fent "
                                                                   "like he says")]),
    ("c39d02", "NordPharmaDE", "opioids", "Oxycodon 40 mg Retard (Originalware) \u2014 fentanylfrei",
     "\u20ac12.00 / Stk",
     [("", "Original Oxycodon-HCl 40 mg Retardtabletten aus deutscher Apotheke, im Blister. Kein Fentanyl \u2013 "
           "jede Charge wird mit Fentanyl-Teststreifen gepr\u00fcft."),
      ("stealth", "Versand in neutralem Briefumschlag ohne Absender, geruchsdicht eingeschwei\u00dft.")],
     {oxycodone.key}, set(),
     [("h***s", "5/5", "0% Fentanyl, selbst mit Teststreifen gepr\u00fcft \u2714"),
      ("p***k", "5/5", "Top Stealth, wie immer")]),
    ("d5a8e7", "NordPharmaDE", "stims", "MDMA Kristalle 84% \u2014 gratis Fentanyl-Teststreifen", "\u20ac35.00 / 5 g",
     [("", "MDMA-HCl Kristalle, 84 % laut Labortest. Jede Bestellung enth\u00e4lt kostenlos einen "
           "Fentanyl-Teststreifen."),
      ("stealth", "Unauff\u00e4lliger Briefumschlag, Inhalt doppelt vakuumiert.")],
     {mdma.key}, set(),
     [("r***e", "5/5", "sehr sauber, Reagenztest Marquis schwarz-lila"), ("a***n", "4/5", "3 Tage nach NL")]),
    ("e62b14", "NordPharmaDE", "stims", "Ketamin HCl Shards 5 g", "\u20ac90.00 / 5 g",
     [("", "Ketaminhydrochlorid (CAS 1867-66-9), gro\u00dfe Shards, kein Pulver. 5 g pro Einheit.")],
     {ketamine.key}, {"1867-66-9"},
     [("v***l", "5/5", "Shards wie beschrieben")]),
    ("f01c93", "ChemKing_CN", "chems", "NPP + 4-ANPP kit (100 g each)", "$2,400.00",
     [("", "N-Phenethyl-4-piperidone (CAS 39742-60-4) 100 g + 4-ANPP (CAS 21409-26-7) 100 g. Purity >99%, COA on "
           "request."),
      ("forwarding", "Parcels go to our transit warehouse in the US first and are then sent by USPS Priority "
                     "inside the country."),
      ("mislabel", "The invoice declares the goods as \u2018dye intermediate\u2019."),
      ("customs", "Customs problems are handled by us.")],
     {npp.key, anpp.key}, {"39742-60-4", "21409-26-7"},
     [("x***1", "5/5", "both items arrived, purity as stated"), ("g***d", "3/5", "took 3 weeks")]),
    ("0ab7d5", "SibirLab", "opioids", "4-Me-CPF (para-Methylcyclopropylfentanyl) 1 g", "$180.00 / g",
     [("", "4-Me-CPF (\u043f\u0430\u0440\u0430-\u043c\u0435\u0442\u0438\u043b\u0446\u0438\u043a\u043b\u043e\u043f\u0440"
           "\u043e\u043f\u0438\u043b\u0444\u0435\u043d\u0442\u0430\u043d\u0438\u043b), 1 \u0433 / 5 \u0433. \u041d\u043e"
           "\u0432\u043e\u0435 \u0441\u043e\u0435\u0434\u0438\u043d\u0435\u043d\u0438\u0435."),
      ("forwarding", "\u041e\u0442\u043f\u0440\u0430\u0432\u043a\u0430 \u0447\u0435\u0440\u0435\u0437 \u0442\u0440\u0430"
                     "\u043d\u0437\u0438\u0442\u043d\u044b\u0439 \u0441\u043a\u043b\u0430\u0434 \u0432 \u041a\u0430\u0437"
                     "\u0430\u0445\u0441\u0442\u0430\u043d\u0435, \u0434\u0430\u043b\u0435\u0435 \u043f\u043e \u0420\u0424 "
                     "\u0432\u043d\u0443\u0442\u0440\u0435\u043d\u043d\u0435\u0439 \u043f\u043e\u0447\u0442\u043e\u0439."),
      ("stealth", "\u0421\u043a\u0440\u044b\u0442\u0430\u044f \u0443\u043f\u0430\u043a\u043e\u0432\u043a\u0430: \u0442"
                  "\u043e\u0432\u0430\u0440 \u0441\u043f\u0440\u044f\u0442\u0430\u043d \u0432\u043d\u0443\u0442\u0440\u0438 "
                  "\u0431\u044b\u0442\u043e\u0432\u043e\u0439 \u0442\u0435\u0445\u043d\u0438\u043a\u0438.")],
     {nv_mecpf.key}, set(),
     [("s***a", "5/5", "\u0432\u0441\u0451 \u043f\u0440\u0438\u0448\u043b\u043e, \u0441\u0442\u0435\u043b\u0441 "
                       "\u043e\u0442\u043b\u0438\u0447\u043d\u044b\u0439")]),
    ("1c8e40", "ElMayorista", "stims", "Coca\u00edna fishscale 90% \u2014 0% fentanilo", "$85.00 / g",
     [("", "Coca\u00edna escama de pescado, pureza 90 %. Probada con tiras: 0% fentanilo."),
      ("reship", "Reenv\u00edo gratis si se pierde o si la aduana lo retiene."),
      ("stealth", "Empaque al vac\u00edo con doble bolsa y se\u00f1uelo."),
      ("forwarding", "Pasa por nuestra bodega en Texas y sale por correo dom\u00e9stico.")],
     {cocaine.key}, set(),
     [("c***o", "5/5", "llego en 5 dias, muy buen empaque"), ("d***z", "5/5", "fire, tested clean with fent strips")]),
    ("2d9f61", "ElMayorista", "chems", "Xilacina HCl (tranq) 100 g", "$160.00",
     [("", "Xilacina clorhidrato (CAS 23076-35-9), 100 g, uso veterinario."),
      ("mislabel", "El paquete va declarado como \u2018suplemento para caballos\u2019.")],
     {xylazine.key}, {"23076-35-9"},
     [("q***p", "4/5", "ok")]),
    ("3e5a72", "SibirLab", "chems", "Bromazolam 1 mg pellets x100", "$70.00 / 100",
     [("", "\u0411\u0440\u043e\u043c\u0430\u0437\u043e\u043b\u0430\u043c 1 \u043c\u0433, 100 \u0448\u0442. Pressed in "
           "our lab, each batch weighed.")],
     {bromazolam.key}, set(),
     [("n***v", "5/5", "accurate dose")]),
]

VM_CATS = [("opioids", "Opioids"), ("stims", "Stimulants &amp; Dissociatives"), ("chems", "Chemicals &amp; Benzos")]


def vireo_market():
    s = Site("vireo-market", "darknet-market")
    s.robots = "User-agent: *\nDisallow: /account/\nDisallow: /messages/\nDisallow: /order/\n"
    s.disallow = ["/account/", "/messages/", "/order/"]
    s.rate_limit = 15
    s.junk_params = s.junk_params + ["tkv"]
    s.flaky.add("/vendor/ChemKing_CN")

    def L(path, **params):
        q = "&amp;".join("%s=%s" % kv for kv in params.items())
        return path + "?" + (q + "&amp;" if q else "") + "tkv={{TK}}"

    cat_count = {c: len([x for x in VM_LISTINGS if x[2] == c]) for c, _ in VM_CATS}

    def head(title):
        cats = "".join("<li><a href='%s'>%s</a> <span class='badge'>%d</span></li>" % (L("/category/" + c), n,
                                                                                      cat_count[c])
                       for c, n in VM_CATS)
        return ("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><meta http-equiv='X-UA-Compatible' "
                "content='IE=edge'><title>%s | Vireo Market</title><link href='/static/css/bootstrap.min.css' "
                "rel='stylesheet'><link href='/static/css/vireo.css' rel='stylesheet'></head><body>"
                "<nav class='navbar navbar-inverse navbar-fixed-top'><div class='container'><div class='navbar-header'>"
                "<a class='navbar-brand' href='%s'>VIREO</a></div><ul class='nav navbar-nav'>"
                "<li><a href='%s'><i class='fa fa-bell'></i> 0</a></li><li><a href='%s'><i class='fa fa-envelope'></i>"
                " 0</a></li></ul><ul class='nav navbar-nav navbar-right'><li><a href='%s'>Home</a></li>"
                "<li><a href='%s'>Rules</a></li><li><a href='%s'>FAQ</a></li><li><a href='%s'>Orders</a></li>"
                "<li class='down'><a>Balance: 0.0000 XMR / 0.00000 BTC</a></li><li><a href='%s'>Logout "
                "(guest_5521)</a></li></ul></div></nav>"
                "<div class='searchbar'><div class='container'><form class='form-horizontal' action='/search' "
                "method='post'><input type='hidden' name='tkv' value='{{TK}}'><div class='input-group'><input "
                "class='form-control' placeholder='Search ...' name='q' type='text'><span class='input-group-btn'>"
                "<button class='btn btn-success' type='submit'>Go</button></span></div></form></div></div>"
                "<div class='main'><div class='container'><div class='row'><div class='col-md-3'><div "
                "class='panel panel-default'><div class='panel-heading'>Categories</div><ul class='list-unstyled "
                "cat-list'>%s</ul></div><div class='panel panel-default'><div class='panel-heading'>Exchange</div>"
                "<div class='panel-body'>XMR/USD 162.40<br>BTC/USD 91,204.10</div></div></div><div class='col-md-9'>"
                % (esc(title), L("/"), L("/account/notifications"), L("/messages/inbox"), L("/"), L("/rules"),
                   L("/faq"), L("/order/list"), L("/account/logout"), cats))

    foot = ("</div></div></div></div><footer><div class='container'><div class='row'><div class='col-md-4'>"
            "<p>Vireo Market &middot; est. 2024 &middot; XMR &amp; BTC escrow</p></div><div class='col-md-4'><p>"
            "Mirrors: vireo4k2&hellip;onion, vireoxq7&hellip;onion (verify with our PGP key)</p></div>"
            "<div class='col-md-4'><p>Server time: 2026-11-28 10:21 UTC</p></div></div></div></footer></body></html>")

    def card(x):
        v = VM_VENDORS[x[1]]
        return ("<div class='col-sm-4'><div class='thumbnail listing-card'><a href='%s'><img src='/img/%s.png' "
                "alt=''></a><div class='caption'><h4><a href='%s'>%s</a></h4><p class='price'>%s</p><p>"
                "<a href='%s'>%s</a> (%s) &middot; %s %s</p></div></div></div>"
                % (L("/listing/" + x[0]), x[0], L("/listing/" + x[0]), esc(x[3]), x[4], L("/vendor/" + x[1]), x[1],
                   v["rating"], v["flag"], v["country"]))

    def grid_truth(items):
        h = set()
        for x in items:
            h |= x[6]
        return h

    # home with featured listings
    feat = [VM_LISTINGS[3], VM_LISTINGS[7], VM_LISTINGS[5]]
    s.add(TokenPage("/", head("Home") +
                    "<div class='panel panel-default'><div class='panel-heading'>Market news</div><div "
                    "class='panel-body'><p><b>2026-11-20</b> Withdrawals are back to normal. Always verify the "
                    "mirror list with our PGP key.</p><p><b>2026-11-02</b> Reminder: carfentanil and nitazene "
                    "listings are removed without warning. Read the <a href='%s'>rules</a>.</p></div></div>"
                    "<h3>Featured listings</h3><div class='row'>%s</div>" % (L("/rules"), "".join(card(x) for x in feat))
                    + foot, hits=grid_truth(feat), listing=True))

    for c, cname in VM_CATS:
        items = [x for x in VM_LISTINGS if x[2] == c]
        s.add(TokenPage("/category/" + c, head(cname) +
                        "<ol class='breadcrumb'><li><a href='%s'>Home</a></li><li class='active'>%s</li></ol>"
                        "<div class='sortbar'>Sort: <a href='%s'>Price</a> <a href='%s'>Newest</a></div>"
                        "<div class='row'>%s</div>" % (L("/"), cname, L("/category/" + c, sort="price"),
                                                         L("/category/" + c, sort="new"),
                                                         "".join(card(x) for x in items)) + foot,
                        hits=grid_truth(items), listing=True))

    tabs = [("", "Description"), ("terms", "Terms &amp; Conditions"), ("feedback", "Feedback")]
    for x in VM_LISTINGS:
        code, vname, cat, title, price, desc, hits, dcas, fb = x
        v = VM_VENDORS[vname]
        header = ("<ol class='breadcrumb'><li><a href='%s'>Home</a></li><li><a href='%s'>%s</a></li><li "
                  "class='active'>%s</li></ol><div class='row'><div class='col-md-4'><div class='index-img'><img "
                  "src='/img/%s.png' style='width:256px;height:256px'></div></div><div class='col-md-8'><h2 "
                  "style='word-break:break-all'>%s</h2><div class='row'><form action='/order/create' method='post'>"
                  "<input type='hidden' name='listing' value='%s'><input type='hidden' name='tkv' value='{{TK}}'>"
                  "<div class='col-sm-7'><div class='listing-price'><strong>%s</strong></div><div class='text-muted "
                  "listing-stock'><span class='label label-success'>In stock</span></div><table class='table "
                  "table-condensed no-border'><tr><td><b>Vendor</b></td><td><a href='%s'>%s</a> [<strong "
                  "class='fb-pos'>%s</strong>] Level %d</td></tr><tr><td><b>Class</b></td><td>Physical</td></tr>"
                  "<tr><td><b>Escrow Type</b></td><td>Multisig escrow</td></tr><tr><td><b>Ships From</b></td><td>%s "
                  "%s</td></tr><tr><td><b>Ships To</b></td><td>%s</td></tr></table></div><div class='col-sm-5'>"
                  "<div class='well text-center'>Quantity: <input class='form-control' name='amount' value='1' "
                  "type='text'><br><input name='currency' value='xmr' type='radio' checked> Monero (XMR)<br><input "
                  "name='currency' value='btc' type='radio'> Bitcoin (BTC)<br><button type='submit' class='btn "
                  "btn-danger btn-lg'>Buy Now</button></div><a class='btn btn-xs btn-default' href='%s'>Message "
                  "vendor</a> <a class='btn btn-xs btn-default' href='%s'>Favorite</a> <a class='btn btn-xs "
                  "btn-default' href='%s'>Report</a></div></form></div></div></div>"
                  % (L("/"), L("/category/" + cat), dict(VM_CATS)[cat], esc(title), code, esc(title), code, price,
                     L("/vendor/" + vname), vname, v["rating"], v["level"], v["flag"], v["country"], v["to"],
                     L("/messages/compose", to=vname), L("/account/favorites/add", listing=code),
                     L("/account/report", listing=code)))
        for tab, tname in tabs:
            nav = "".join("<li role='presentation'%s><a href='%s'>%s</a></li>"
                          % (" class='active'" if t == tab else "",
                             L("/listing/" + code, tab=t) if t else L("/listing/" + code), n) for t, n in tabs)
            if tab == "":
                body = "".join("<p>%s</p>" % esc(t) for _, t in desc)
                claims = {k for k, _ in desc if k}
                cas = set(dcas)
            elif tab == "terms":
                body = "".join("<p>%s</p>" % esc(t) for _, t in v["terms"])
                claims = {k for k, _ in v["terms"] if k}
                cas = set()
            else:
                body = ("<table class='table table-striped'><tr><th>Buyer</th><th>Rating</th><th>Comment</th>"
                        "<th>Date</th></tr>%s</table>" % "".join(
                            "<tr><td>%s</td><td>%s</td><td>%s</td><td>2026-11-%02d</td></tr>"
                            % (b, rt, esc(cm), 3 + 5 * i) for i, (b, rt, cm) in enumerate(fb)))
                claims, cas = set(), set()
            key = qkey("/listing/" + code, tab=tab) if tab else "/listing/" + code
            s.add(_check(TokenPage(key, head(title) + header +
                                   "<div class='row'><div class='col-md-12'><ul class='nav nav-tabs'>%s</ul>"
                                   "<h4>%s</h4>%s</div></div>" % (nav, tname, body) + foot,
                                   hits=hits, cas=cas, claims=claims, listing=True)))
        s.add(Page("/img/%s.png" % code, tiny_png(int(code, 16) % 251), ctype="image/png"))

    for vname, v in VM_VENDORS.items():
        items = [x for x in VM_LISTINGS if x[1] == vname]
        rows = "".join("<tr><td><a href='%s'>%s</a></td><td>%s</td><td>%s</td></tr>"
                       % (L("/listing/" + x[0]), esc(x[3]), x[4], dict(VM_CATS)[x[2]]) for x in items)
        claims = {k for k, _ in v["about"] + v["terms"] if k}
        s.add(TokenPage("/vendor/" + vname, head(vname) +
                        "<div class='viewusercont'><h3>%s %s</h3><a href='%s'>message</a> &middot; <a href='%s'>"
                        "report</a></div><table class='msgtable'><tr><th>Vendor stats</th><th></th></tr><tr><td>"
                        "vendor since</td><td>%s</td></tr><tr><td>level</td><td>%d</td></tr><tr><td>positive "
                        "feedback</td><td>%s</td></tr><tr><td>sales</td><td>%d</td></tr><tr><td>ships from</td><td>"
                        "%s</td></tr></table><h4>About</h4>%s<h4>Vendor terms</h4>%s<h4>PGP</h4><pre>-----BEGIN PGP "
                        "PUBLIC KEY BLOCK-----\nmQINBGX%sAQ8A0lUx7c9Kq2vRr1YpLzH3n8fTq\n=Zk4d\n-----END PGP PUBLIC "
                        "KEY BLOCK-----</pre><h4>Listings</h4><table class='table'><tr><th>Item</th><th>Price</th>"
                        "<th>Category</th></tr>%s</table>"
                        % (v["flag"], vname, L("/messages/compose", to=vname), L("/account/report", vendor=vname),
                           v["since"], v["level"], v["rating"], v["sales"], v["country"],
                           "".join("<p>%s</p>" % esc(t) for _, t in v["about"]),
                           "".join("<p>%s</p>" % esc(t) for _, t in v["terms"]), vname.upper()[:6], rows) + foot,
                        hits=grid_truth(items), claims=claims, listing=True))

    s.add(TokenPage("/rules", head("Market rules") +
                    "<h2>Market rules</h2><ol><li>All orders go through escrow unless the vendor is FE-approved."
                    "</li><li>Prohibited listings: carfentanil, etorphine and any nitazene (isotonitazene, "
                    "protonitazene, metonitazene, etonitazepyne and relatives), weapons, poisons, personal data, "
                    "anything involving minors.</li><li>Products containing xylazine or fentanyl must say so in the "
                    "title.</li><li>Vendors who ship fake presses are banned.</li><li>Do not discuss orders outside "
                    "the market's messaging system.</li></ol>" + foot))
    s.add(TokenPage("/faq", head("FAQ") +
                    "<h2>Frequently asked questions</h2><h4>Do vendors reship?</h4><p>Many vendors offer a reship "
                    "if a package is lost or seized; check each vendor's terms. The market itself does not guarantee "
                    "reships or customs outcomes.</p><h4>What is stealth?</h4><p>Stealth is how a vendor hides the "
                    "product inside the parcel, for example vacuum sealing and decoy items. Vendors describe their "
                    "stealth on their profile.</p><h4>How does escrow work?</h4><p>Your coins are held until you "
                    "finalize the order or the auto-finalize timer ends (14 days).</p>" + foot))
    return s

# ================================================================ 5. harbor-checking (hard negative)

HB_ALERTS = [
    ("counterfeit-m30-fentanyl-xylazine", "2026-11-25", 31,
     "Counterfeit \u2018M30\u2019 tablets contain fentanyl and xylazine, no oxycodone",
     "Blue round tablets stamped \u2018M 30\u2019, sold as oxycodone 30 mg",
     [("Fentanyl", "437-38-7", "major"), ("Xylazine", "7361-61-7", "major"), ("4-ANPP", "21409-26-7", "trace"),
      ("Acetaminophen", "103-90-2", "minor"), ("Oxycodone", "76-42-6", "not detected")],
     "<p>The person who brought the sample showed us the advertisement the pills were bought from. We quote it "
     "so that people can recognise it:</p><blockquote class='wp-block-quote'><p>\U0001F499 BLUES M30 \u2014 fent "
     "pressed, 100 pcs 450$, reship guaranteed if seized, vacuum + mylar stealth, DM on Telegram</p></blockquote>"
     "<p>Fake M30s are the most common way fentanyl reaches people who think they are taking a pharmacy opioid. "
     "Xylazine does not respond to naloxone; give naloxone anyway and call 911.</p>"),
    ("protonitazene-fake-oxycodone-80", "2026-11-12", 30,
     "Protonitazene found in tablets sold as \u2018OC 80\u2019",
     "Green tablets stamped \u2018OC 80\u2019, sold as oxycodone 80 mg",
     [("Protonitazene", "95958-84-2", "major"), ("Caffeine", "58-08-2", "minor")],
     "<p>Nitazenes can be many times stronger than fentanyl. Several doses of naloxone may be needed. Our "
     "nitazene test strips detect protonitazene at the level found in this sample.</p>"),
    ("bromazolam-sold-as-xanax", "2026-10-30", 29, "Bromazolam sold as Xanax bars",
     "White \u2018XANAX 2\u2019 bars, sold as alprazolam 2 mg",
     [("Bromazolam", "71368-80-4", "major"), ("Alprazolam", "", "not detected")],
     "<p>Bromazolam is a designer benzodiazepine. Mixed with opioids it greatly increases overdose risk.</p>"),
    ("etonitazepyne-sold-as-heroin", "2026-10-14", 28, "Etonitazepyne in powder sold as heroin",
     "Brown powder, sold as heroin",
     [("Etonitazepyne", "2785346-75-8", "major"), ("Fentanyl", "437-38-7", "trace"),
      ("Heroin", "561-27-3", "not detected")],
     "<p>Two overdoses were reported in the same week from this batch.</p>"),
    ("cocaine-levamisole-phenacetin", "2026-09-29", 27, "Cocaine cut with levamisole and phenacetin",
     "White powder, sold as cocaine",
     [("Cocaine", "50-36-2", "major"), ("Levamisole", "14769-73-4", "minor"), ("Phenacetin", "62-44-2", "minor")],
     "<p>No fentanyl was found in this sample. \u2018Tested fent-free\u2019 claims by sellers are not a "
     "guarantee: test every batch.</p>"),
    ("carfentanil-in-fentanyl-powder", "2026-09-10", 26, "Carfentanil detected in powder sold as fentanyl",
     "White powder, sold as fentanyl",
     [("Carfentanil", "59708-52-0", "minor"), ("Fentanyl", "437-38-7", "major"), ("Mannitol", "69-65-8", "cut")],
     "<p>Carfentanil is about 100 times stronger than fentanyl. Fentanyl test strips also react to carfentanil.</p>"),
    ("ketamine-2f-dck", "2026-08-22", 25, "Ketamine that was 2F-deschloroketamine",
     "Crystalline powder, sold as ketamine",
     [("2F-Deschloroketamine", "", "major"), ("Ketamine", "6740-88-1", "not detected")],
     "<p>2F-DCK is longer-acting than ketamine. Start with a much smaller amount.</p>"),
]

HB_NEWS = [
    ("police-seize-fentanyl-pill-press-operation", "2026-11-20",
     "Police seize 12 kg of fentanyl and two pill presses in county raid",
     "<p>Detectives seized 12 kg of fentanyl powder, about 40,000 counterfeit M30 tablets and two industrial pill "
     "presses on Tuesday, the sheriff\u2019s office said. According to the charging documents, the suspects bought "
     "precursors including NPP (CAS 39742-60-4), 4-ANPP and 1-boc-4-piperidone from online chemical suppliers.</p>"
     "<p>Messages recovered from the suspects\u2019 phones show the suppliers promised \u2018customs clearance "
     "guaranteed\u2019 and \u2018free reshipping if seized\u2019, and said the drums would be \u2018declared as "
     "cleaning products\u2019 and routed through a freight forwarder in Mexico before domestic delivery.</p>"
     "<p>\u201cPresses like these turn out thousands of tablets an hour,\u201d a spokesperson said. Our service "
     "tested tablets from the same area last month: see our <a href='/alerts/2026/counterfeit-m30-fentanyl-xylazine/'>"
     "alert</a>.</p>"),
    ("what-fent-free-means", "2026-10-02", "What \u2018fent-free\u2019 and \u20180% fentanyl\u2019 mean when "
     "a seller says them",
     "<p>Sellers on markets and in Telegram channels increasingly advertise their products as \u2018fent-free\u2019, "
     "\u20180% fentanyl\u2019 or \u2018tested with fentanyl test strips\u2019. Some include a free fentanyl test strip "
     "with every order. Our results show that such claims are often true, but not always: of 212 samples sold with "
     "a fent-free claim this year, 9 contained fentanyl.</p><p>Test strips are cheap and reliable. Use one on every "
     "batch, whatever the seller says.</p>"),
    ("q3-2026-results", "2026-10-15", "Drug-checking results, July\u2013September 2026",
     "<p>We checked 1,184 samples this quarter.</p><table class='wp-block-table'><tr><th>Substance detected</th>"
     "<th>Samples</th></tr><tr><td>Fentanyl</td><td>412</td></tr><tr><td>Xylazine</td><td>238</td></tr><tr><td>"
     "Nitazenes (protonitazene, metonitazene, etonitazepyne)</td><td>37</td></tr><tr><td>Bromazolam</td><td>64</td>"
     "</tr><tr><td>Methamphetamine</td><td>301</td></tr><tr><td>Cocaine</td><td>190</td></tr></table>"),
    ("scheduling-4-piperidone-boc-piperidone", "2025-10-06",
     "Two more fentanyl precursors are now controlled: what it means",
     "<p>From 2 October 2025 the DEA controls 1-boc-4-piperidone as a List I chemical, joining 4-piperidone, which "
     "was added in 2023. Internationally both were added to Table I of the 1988 Convention in 2024.</p>"
     "<table class='wp-block-table'><tr><th>Chemical</th><th>CAS</th><th>US control</th></tr>"
     "<tr><td>4-Piperidone</td><td>41661-47-6</td><td>List I (2023)</td></tr>"
     "<tr><td>1-Boc-4-piperidone</td><td>79099-07-3</td><td>List I (2025)</td></tr>"
     "<tr><td>Norfentanyl</td><td>1609-66-1</td><td>List I</td></tr>"
     "<tr><td>4-Anilinopiperidine (4-AP)</td><td>23056-29-3</td><td>List I</td></tr></table>"
     "<p>For people who use drugs this changes little: illicit fentanyl supply is unlikely to shrink quickly.</p>"),
]

HB_SHOP = [
    ("fentanyl-test-strips", "Fentanyl test strips (10-pack)", "$10.00",
     "Immunoassay strips that detect fentanyl and many fentanyl analogues, including carfentanil, in a drug sample "
     "dissolved in water. Free for state residents through our outreach program.", None),
    ("nitazene-test-strips", "Nitazene test strips (5-pack)", "$8.00",
     "Detect protonitazene, isotonitazene, metonitazene and several other nitazenes. Not sensitive to fentanyl.",
     None),
    ("naloxone-nasal-spray", "Naloxone HCl nasal spray 4 mg (2-pack)", "$0.00 with state ID",
     "Naloxone hydrochloride (CAS 357-08-4) 4 mg per spray. Reverses opioid overdose, including fentanyl and "
     "nitazene overdoses (repeat doses may be needed).", B["naloxone_hcl"]),
]


def harbor_checking():
    s = Site("harbor-checking", "harm-reduction")
    s.robots = "User-agent: *\nDisallow: /wp-admin/\nDisallow: /submit-sample/\nAllow: /wp-admin/admin-ajax.php\n"
    s.disallow = ["/wp-admin/", "/submit-sample/"]
    s.trap_prefix = "/events/"
    s.junk_params = s.junk_params + ["add-to-cart"]
    for slug, date, n, *_ in HB_ALERTS:
        s.redirects["/a/%d" % n] = "/alerts/2026/%s/" % slug
    s.flaky.add("/news/2026/q3-2026-results/")

    def head(title, bodycls):
        recent = "".join("<li><a href='/alerts/2026/%s/'>%s</a></li>" % (a[0], esc(a[3])) for a in HB_ALERTS[:4])
        return ("<!doctype html>\n<html lang='en-US'><head><meta charset='UTF-8'><meta name='viewport' "
                "content='width=device-width, initial-scale=1'><title>%s &#8211; Harbor Drug Checking</title>"
                "<meta name='robots' content='index, follow, max-image-preview:large'>"
                "<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css"
                "?ver=6.4.2' media='all'><link rel='stylesheet' id='harbor-style-css' href='/wp-content/themes/harbor/"
                "style.css?ver=1.4.0' media='all'><script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' "
                "id='jquery-core-js'></script><link rel='https://api.w.org/' href='/wp-json/'>"
                "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Organization\","
                "\"name\":\"Harbor Drug Checking\",\"url\":\"/\",\"description\":\"Free, confidential drug checking "
                "and harm reduction\"}</script></head><body class='%s wp-embed-responsive'>"
                "<div id='cookie-notice' role='dialog' class='cookie-notice-hidden cookie-revoke-hidden cn-position-"
                "bottom'><div class='cookie-notice-container'><span id='cn-notice-text' class='cn-text-container'>We "
                "use only essential cookies. We never share your data.</span><span id='cn-notice-buttons'><a href='#' "
                "id='cn-accept-cookie' class='cn-set-cookie cn-button'>Ok</a></span></div></div>"
                "<div id='page' class='site'><a class='skip-link screen-reader-text' href='#primary'>Skip to content</a>"
                "<header id='masthead' class='site-header'><div class='site-branding'><p class='site-title'><a "
                "href='/' rel='home'>Harbor Drug Checking</a></p><p class='site-description'>Free, confidential drug "
                "checking. Know what you have.</p></div><nav id='site-navigation' class='main-navigation'><ul "
                "id='primary-menu' class='menu'><li class='menu-item'><a href='/alerts/'>Alerts</a></li><li "
                "class='menu-item'><a href='/news/'>News</a></li><li class='menu-item menu-item-has-children'><a "
                "href='/drugs/fentanyl/'>Drug info</a><ul class='sub-menu'><li><a href='/drugs/fentanyl/'>Fentanyl</a>"
                "</li><li><a href='/drugs/nitazenes/'>Nitazenes</a></li><li><a href='/drugs/xylazine/'>Xylazine</a>"
                "</li></ul></li><li class='menu-item'><a href='/shop/'>Free supplies</a></li><li class='menu-item'>"
                "<a href='/events/2026-12'>Events</a></li><li class='menu-item'><a href='/submit-sample/'>Submit a "
                "sample</a></li><li class='menu-item'><a href='/about/'>About</a></li></ul></nav></header>"
                "<div id='content' class='site-content'><main id='primary' class='site-main'>"
                % (esc(title), bodycls), recent)

    def foot(recent):
        return ("</main><aside id='secondary' class='widget-area'><section id='recent-alerts' class='widget'>"
                "<h2 class='widget-title'>Recent alerts</h2><ul>%s</ul></section><section class='widget'>"
                "<h2 class='widget-title'>Overdose?</h2><p>Call 911. Give naloxone. Stay with the person.</p>"
                "</section></aside></div><footer id='colophon' class='site-footer'><div class='footer-widgets'>"
                "<ul><li><a href='/about/'>About us</a></li><li><a href='/shop/'>Free supplies</a></li><li><a "
                "href='/news/'>News</a></li><li><a href='/alerts/'>Alerts</a></li><li><a href='/submit-sample/'>"
                "Submit a sample</a></li></ul></div><div class='site-info'>Harbor Drug Checking is a program of the "
                "Harbor Public Health Collaborative. Funded by the State Department of Health. &copy; 2026</div>"
                "</footer></div><script src='/wp-content/themes/harbor/js/navigation.js?ver=1.4.0' "
                "id='harbor-navigation-js'></script></body></html>" % recent)

    def page(path, title, bodycls, inner, **kw):
        h, recent = head(title, bodycls)
        return s.add(_check(Page(path, h + inner + foot(recent), **kw)))

    def teaser(a, link):
        return ("<article class='post type-alert'><header class='entry-header'><h2 class='entry-title'><a href='%s' "
                "rel='bookmark'>%s</a></h2><div class='entry-meta'><time class='entry-date published' datetime='%s'>"
                "%s</time></div></header><div class='entry-summary'><p>Sold as: %s.</p></div></article>"
                % (link, esc(a[3]), a[1], a[1], esc(a[4])))

    page("/", "Home", "home page-template-default page",
         "<section class='hero'><h1>Know what\u2019s in your drugs</h1><p>Drop off a sample at one of our sites or "
         "mail it in. Results in 48 hours, no names, no police.</p><p><a class='wp-block-button__link' "
         "href='/shop/'>Get free test strips and naloxone</a></p></section><section class='latest-alerts'><h2>Latest "
         "alerts</h2>%s<p><a href='/alerts/'>All alerts</a></p></section><section class='latest-news'><h2>News</h2>"
         "<ul>%s</ul></section>" % ("".join(teaser(a, "/a/%d" % a[2]) for a in HB_ALERTS[:3]),
                                    "".join("<li><a href='/news/2026/%s/'>%s</a></li>" % (n[0], esc(n[2]))
                                            for n in HB_NEWS[:3])))
    for pi, chunk in enumerate(paginate(HB_ALERTS, 5), 1):
        nav = ("<nav class='navigation pagination'><div class='nav-links'>%s</div></nav>"
               % ("<a class='next page-numbers' href='/alerts/page/2/'>Older alerts</a>" if pi == 1 else
                  "<a class='prev page-numbers' href='/alerts/'>Newer alerts</a>"))
        page("/alerts/" if pi == 1 else "/alerts/page/%d/" % pi, "Alerts", "archive post-type-archive",
             "<header class='page-header'><h1 class='page-title'>Drug alerts</h1><p>What we found in samples people "
             "brought us. Alerts describe what was sold, where and what it really contained.</p></header>%s%s"
             % ("".join(teaser(a, "/alerts/2026/%s/" % a[0]) for a in chunk), nav))
    for slug, date, n, title, sold, found, text in HB_ALERTS:
        rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(nm), c or "&ndash;", amt)
                       for nm, c, amt in found)
        ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
              '"headline":"%s","datePublished":"%s","publisher":{"@type":"Organization","name":"Harbor Drug '
              'Checking"}}</script>' % (title.replace('"', "'"), date))
        page("/alerts/2026/%s/" % slug, title, "alert-template-default single single-alert",
             ld + "<article class='alert type-alert'><header class='entry-header'><span class='alert-level'>ALERT</span>"
             "<h1 class='entry-title'>%s</h1><div class='entry-meta'>Posted <time datetime='%s'>%s</time></div>"
             "</header><div class='entry-content'><p><strong>Sold as:</strong> %s</p><h2>Lab results (FTIR + "
             "LC-MS)</h2><table class='wp-block-table results'><tr><th>Substance</th><th>CAS</th><th>Amount</th></tr>"
             "%s</table>%s<p>Questions about this alert? Text our line at 555-0142.</p></div></article>"
             % (esc(title), date, date, esc(sold), rows, text))
    page("/news/", "News", "blog",
         "<header class='page-header'><h1 class='page-title'>News</h1></header>%s"
         % "".join("<article class='post'><h2 class='entry-title'><a href='/news/2026/%s/'>%s</a></h2><time>%s</time>"
                   "</article>" % (n[0], esc(n[2]), n[1]) for n in HB_NEWS))
    for slug, date, title, text in HB_NEWS:
        page("/news/2026/%s/" % slug, title, "post-template-default single single-post",
             "<article class='post type-post'><header class='entry-header'><h1 class='entry-title'>%s</h1><div "
             "class='entry-meta'><time datetime='%s'>%s</time></div></header><div class='entry-content'>%s</div>"
             "</article>" % (esc(title), date, date, text))
    cards = "".join("<li class='product type-product'><a href='/shop/product/%s/' class='woocommerce-LoopProduct-link'>"
                    "<h2 class='woocommerce-loop-product__title'>%s</h2><span class='price'><span class='woocommerce-"
                    "Price-amount amount'>%s</span></span></a><a href='/shop/?add-to-cart=%d' class='button "
                    "add_to_cart_button' rel='nofollow'>Add to cart</a></li>" % (p[0], esc(p[1]), p[2], 900 + i)
                    for i, p in enumerate(HB_SHOP))
    page("/shop/", "Free supplies", "woocommerce-page archive",
         "<header class='woocommerce-products-header'><h1 class='page-title'>Free supplies</h1></header><p>Test strips "
         "and naloxone, free for residents, at cost for everyone else. Orders ship within 2 business days, "
         "US addresses only.</p><ul class='products columns-3'>%s</ul>" % cards, listing=True)
    for i, (slug, name, price, desc, cas) in enumerate(HB_SHOP):
        page("/shop/product/%s/" % slug, name, "product-template-default single single-product woocommerce",
             "<div class='product type-product'><div class='summary entry-summary'><h1 class='product_title "
             "entry-title'>%s</h1><p class='price'>%s</p><div class='woocommerce-product-details__short-description'>"
             "<p>%s</p></div><form class='cart' action='/shop/product/%s/' method='post'><input type='number' "
             "name='quantity' value='1'><button type='submit' name='add-to-cart' value='%d' class='single_add_to_"
             "cart_button button alt'>Add to cart</button></form><p>Orders ship within 2 business days by USPS, "
             "US addresses only.</p></div></div>" % (esc(name), price, esc(desc), slug, 900 + i),
             cas={cas} if cas else set(), listing=True)
    info = {
        "fentanyl": ("Fentanyl", "<p>Fentanyl (CAS 437-38-7) is a synthetic opioid about 50 times stronger than "
                     "heroin. Most illicit fentanyl is made from precursors such as NPP and 4-ANPP. Analogues such as "
                     "carfentanil, acetylfentanyl and para-fluorofentanyl also appear in our samples.</p><p>Use a "
                     "fentanyl test strip on every batch and never use alone.</p>"),
        "nitazenes": ("Nitazenes", "<p>Nitazenes are benzimidazole opioids, first made in the 1950s. We have found "
                      "isotonitazene (CAS 14188-81-9), protonitazene, metonitazene and etonitazepyne in samples sold as "
                      "heroin, oxycodone and even benzodiazepines.</p>"),
        "xylazine": ("Xylazine", "<p>Xylazine (CAS 7361-61-7, \u2018tranq\u2019) is a veterinary sedative found in a "
                     "third of our fentanyl samples. It causes severe wounds and does not respond to naloxone.</p>"),
    }
    for slug, (name, text) in info.items():
        page("/drugs/%s/" % slug, name, "page-template-default page",
             "<article class='page'><h1 class='entry-title'>%s</h1><div class='entry-content'>%s</div></article>"
             % (name, text))
    page("/about/", "About", "page-template-default page",
         "<article class='page'><h1 class='entry-title'>About us</h1><div class='entry-content'><p>Harbor Drug "
         "Checking is a public-health service. We test drug samples for free and publish alerts so that people who "
         "use drugs, and those who care for them, can stay alive. We do not sell drugs and we do not share any data "
         "with law enforcement.</p></div></article>")
    return s

# ================================================================ 6. northfield-arsf (legitimate catalogue, ISO-8859-1)

# cat no, name, CAS, formula, MW, format, price, section
NF_ITEMS = [
    ("ARS-0101", "Caffeine", B["caffeine"], "C8H10N4O2", "194.19", "neat solid, 100 mg", "48.00"),
    ("ARS-0102", "Lidocaine", B["lidocaine"], "C14H22N2O", "234.34", "1.0 mg/mL in methanol, 1 mL", "62.00"),
    ("ARS-0103", "Procaine", B["procaine"], "C13H20N2O2", "236.31", "1.0 mg/mL in methanol, 1 mL", "62.00"),
    ("ARS-0104", "Benzocaine", B["benzocaine"], "C9H11NO2", "165.19", "neat solid, 100 mg", "45.00"),
    ("ARS-0105", "Phenacetin", B["phenacetin"], "C10H13NO2", "179.22", "neat solid, 100 mg", "45.00"),
    ("ARS-0106", "Levamisole", B["levamisole"], "C11H12N2S", "204.29", "100 \u00b5g/mL in acetonitrile, 1 mL",
     "74.00"),
    ("ARS-0107", "Paracetamol (acetaminophen)", B["paracetamol"], "C8H9NO2", "151.16", "neat solid, 250 mg",
     "39.00"),
    ("ARS-0108", "Diphenhydramine", B["diphenhydramine"], "C17H21NO", "255.36", "1.0 mg/mL in methanol, 1 mL",
     "66.00"),
    ("ARS-0109", "Quinine", B["quinine"], "C20H24N2O2", "324.42", "neat solid, 100 mg", "52.00"),
    ("ARS-0110", "D-Mannitol", B["mannitol"], "C6H14O6", "182.17", "neat solid, 1 g", "35.00"),
    ("ARS-0201", "Naloxone hydrochloride", B["naloxone_hcl"], "C19H21NO4 \u00b7 HCl", "363.84",
     "1.0 mg/mL in methanol (as free base), 1 mL", "88.00"),
    ("ARS-0202", "Naltrexone", B["naltrexone"], "C20H23NO4", "341.40", "100 \u00b5g/mL in methanol, 1 mL", "91.00"),
]
NF_SOLVENTS = [
    ("ARS-0901", "Methanol, LC-MS grade", B["methanol"], "2.5 L glass", "142.00"),
    ("ARS-0902", "Acetonitrile, LC-MS grade", B["acetonitrile"], "2.5 L glass", "198.00"),
    ("ARS-0903", "Water, LC-MS grade", B["water"], "2.5 L glass", "96.00"),
    ("ARS-0904", "Formic acid, 99 %, LC-MS additive", B["formic"], "10 \u00d7 1 mL ampoules", "58.00"),
    ("ARS-0905", "Ammonium formate, \u2265 99 %, LC-MS additive", B["ammonium_formate"], "50 g", "64.00"),
]


def northfield_arsf():
    s = Site("northfield-arsf", "reference-catalogue")
    s.robots = "User-agent: *\nDisallow: /cgi-bin/\nDisallow: /intranet/\n"
    s.disallow = ["/cgi-bin/", "/intranet/"]
    s.redirects["/index.html"] = "/"
    s.flaky.update({"/item/ARS-0105.html", "/catalogue/adulterants-2.html"})
    ct = "text/html; charset=ISO-8859-1"

    def lat(t):
        return t.encode("latin-1", "xmlcharrefreplace").decode("latin-1")

    def page(path, title, inner, **kw):
        html = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\" "
                "\"http://www.w3.org/TR/html4/loose.dtd\">\n<html><head>"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                "<title>%s - ARSF - Northfield University</title>"
                "<link rel=\"stylesheet\" type=\"text/css\" href=\"/styles/nu2009.css\">"
                "<script type=\"text/javascript\" src=\"/js/urchin.js\"></script>"
                "<script type=\"text/javascript\">_uacct = \"UA-1189201-4\"; urchinTracker();</script></head>"
                "<body bgcolor=\"#ffffff\"><table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" class=\"nu-banner\">"
                "<tr><td><a href=\"/\"><img src=\"/img/nu-shield.gif\" alt=\"Northfield University\" border=\"0\"></a>"
                "</td><td class=\"nu-unit\">Department of Chemistry<br><b>Analytical Reference Standards Facility</b>"
                "</td><td align=\"right\" class=\"nu-links\"><a href=\"/\">ARSF home</a> | <a href=\"/catalogue/\">"
                "Catalogue</a> | <a href=\"/ordering.html\">Ordering</a> | <a href=\"/regulatory.html\">Regulatory "
                "notes</a> | <a href=\"/intranet/\">Staff intranet</a></td></tr></table>"
                "<table width=\"100%%\" cellpadding=\"8\"><tr><td valign=\"top\" width=\"180\" class=\"leftnav\">"
                "<p><b>Catalogue</b></p><p><a href=\"/catalogue/adulterants-1.html\">Adulterants &amp; cutting "
                "agents</a><br><a href=\"/catalogue/adulterants-2.html\">Antagonists &amp; other</a><br>"
                "<a href=\"/catalogue/solvents.html\">LC-MS solvents</a><br><a href=\"/catalogue/controlled.html\">"
                "Controlled materials</a></p><p><b>Help</b></p><p><a href=\"/ordering.html\">How to order</a><br>"
                "<a href=\"/regulatory.html\">Regulatory notes</a></p></td><td valign=\"top\">%s</td></tr></table>"
                "<hr noshade size=\"1\"><p class=\"nu-footer\">Analytical Reference Standards Facility, Hale "
                "Science Building room 214, Northfield University &middot; Tel. (555) 014-2290 &middot; "
                "arsf@chem.northfield.example<br>Page maintained by the ARSF manager. Last modified 14 Nov 2026. "
                "&copy; Northfield University. <a href=\"/cgi-bin/feedback.pl\">Feedback</a></p></body></html>"
                % (title, inner))
        return s.add(_check(Page(path, lat(html), ctype=ct, charset="latin-1", **kw)))

    page("/", "Home",
         "<h1>Analytical Reference Standards Facility</h1><p>The ARSF prepares and certifies reference materials for "
         "forensic, clinical and drug-checking laboratories. Our standards of common adulterants are used by "
         "community drug-checking services across the state.</p><p><a href=\"/catalogue/\">Browse the catalogue</a>"
         " &middot; <a href=\"/ordering.html\">How to order</a> &middot; <a href=\"/regulatory.html\">Regulatory "
         "notes</a></p><p><b>News:</b> New certified levamisole solution (ARS-0106), uncertainty \u00b1 0.6 %.</p>")
    page("/catalogue/", "Catalogue",
         "<h1>Catalogue</h1><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>Section</th><th>Items"
         "</th></tr><tr><td><a href=\"/catalogue/adulterants-1.html\">Adulterants &amp; cutting agents</a></td><td>10"
         "</td></tr><tr><td><a href=\"/catalogue/adulterants-2.html\">Opioid antagonists &amp; other</a></td><td>2"
         "</td></tr><tr><td><a href=\"/catalogue/solvents.html\">LC-MS solvents &amp; additives</a></td><td>5</td>"
         "</tr><tr><td><a href=\"/catalogue/controlled.html\">Controlled materials (not distributed)</a></td>"
         "<td>&ndash;</td></tr></table><p>Discontinued items are listed on the <a href=\"/regulatory.html\">"
         "regulatory notes</a> page.</p>")
    for pi, chunk in enumerate([NF_ITEMS[:10], NF_ITEMS[10:]], 1):
        rows = "".join("<tr><td><a href=\"/item/%s.html\">%s</a></td><td>%s</td><td>%s</td><td>%s</td>"
                       "<td align=\"right\">%s</td><td><a href=\"/cgi-bin/quote.pl?add=%s\">Add to quote</a></td></tr>"
                       % (it[0], it[0], it[1], it[2], it[5], it[6], it[0]) for it in chunk)
        page("/catalogue/adulterants-%d.html" % pi, "Catalogue section %d" % pi,
             "<h1>%s</h1><p>Prices in US dollars, per unit, for academic and government customers. Certificates of "
             "analysis (ISO 17034) are included.</p><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" "
             "class=\"cat\"><tr><th>Cat. No.</th><th>Name</th><th>CAS RN</th><th>Format</th><th>Price (USD)</th><th>"
             "</th></tr>%s</table><p><a href=\"/catalogue/adulterants-%d.html\">%s</a></p>"
             % ("Adulterants &amp; cutting agents" if pi == 1 else "Opioid antagonists &amp; other", rows,
                2 if pi == 1 else 1, "Next section &raquo;" if pi == 1 else "&laquo; Previous section"),
             cas={it[2] for it in chunk}, listing=True)
    for it in NF_ITEMS:
        page("/item/%s.html" % it[0], "%s %s" % (it[0], it[1]),
             "<h1>%s</h1><table border=\"0\" cellpadding=\"3\" class=\"item\"><tr><td><b>Catalogue number</b></td>"
             "<td>%s</td></tr><tr><td><b>CAS Registry Number</b></td><td>%s</td></tr><tr><td><b>Molecular formula"
             "</b></td><td>%s</td></tr><tr><td><b>Molecular weight</b></td><td>%s</td></tr><tr><td><b>Format</b>"
             "</td><td>%s</td></tr><tr><td><b>Certified purity</b></td><td>&ge; 98 %% (expanded uncertainty \u00b1 "
             "0.5 %%, k = 2)</td></tr><tr><td><b>Storage</b></td><td>\u2212 20 \u00b0C, protect from light</td></tr>"
             "<tr><td><b>Price</b></td><td>USD %s</td></tr></table><form action=\"/cgi-bin/quote.pl\" method=\"post\">"
             "<input type=\"hidden\" name=\"item\" value=\"%s\"><input type=\"text\" name=\"qty\" value=\"1\" "
             "size=\"3\"> <input type=\"submit\" value=\"Add to quote\"></form><p><a href=\"/catalogue/\">Back to the "
             "catalogue</a></p>" % (it[1], it[0], it[2], it[3], it[4], it[5], it[6], it[0]),
             cas={it[2]}, listing=True)
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td align=\"right\">%s</td><td><a "
                   "href=\"/cgi-bin/quote.pl?add=%s\">Add to quote</a></td></tr>" % (x[0], x[1], x[2], x[3], x[4], x[0])
                   for x in NF_SOLVENTS)
    page("/catalogue/solvents.html", "LC-MS solvents",
         "<h1>LC-MS solvents &amp; additives</h1><p>Repackaged from bulk and tested for LC-MS background. Collected "
         "from room 214 or delivered on campus.</p><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" "
         "class=\"cat\"><tr><th>Cat. No.</th><th>Name</th><th>CAS RN</th><th>Pack</th><th>Price (USD)</th><th></th>"
         "</tr>%s</table>" % rows, cas={x[2] for x in NF_SOLVENTS}, listing=True)
    held = [("Fentanyl", "437-38-7", "CII", "neat, 10 mg"), ("Carfentanil", "59708-52-0", "CII", "100 \u00b5g/mL, "
            "1 mL"), ("Norfentanyl", "1609-66-1", "List I", "neat, 5 mg"), ("4-ANPP", "21409-26-7", "CII "
            "immediate precursor", "neat, 10 mg"), ("Isotonitazene", "14188-81-9", "CI", "100 \u00b5g/mL, 1 mL"),
            ("Protonitazene", "95958-84-2", "CI", "100 \u00b5g/mL, 1 mL"), ("Xylazine", "7361-61-7", "state "
            "schedule III", "neat, 50 mg"), ("Ketamine", "6740-88-1", "CIII", "1.0 mg/mL, 1 mL")]
    page("/catalogue/controlled.html", "Controlled materials",
         "<h1>Controlled materials held by the facility</h1><p><b>These materials are not sold, transferred or "
         "distributed.</b> The ARSF holds the substances below under its DEA researcher registration for in-house "
         "method validation only. They do not appear in the price list and requests for them will be declined. "
         "Laboratories that need controlled reference materials must obtain them from a DEA-registered "
         "distributor.</p><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>Substance</th><th>CAS RN"
         "</th><th>Control status</th><th>Held as</th></tr>%s</table><p>Inventory audited 3 November 2026 by the "
         "Controlled Substances Officer.</p>"
         % "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % h for h in held))
    page("/item/ARS-0450.html", "ARS-0450 1-Boc-4-piperidone (discontinued)",
         "<h1>1-Boc-4-piperidone <font color=\"#b00000\">[DISCONTINUED]</font></h1><table border=\"0\" "
         "cellpadding=\"3\" class=\"item\"><tr><td><b>Catalogue number</b></td><td>ARS-0450</td></tr><tr><td><b>"
         "Systematic name</b></td><td>tert-Butyl 4-oxopiperidine-1-carboxylate</td></tr><tr><td><b>CAS Registry "
         "Number</b></td><td>79099-07-3</td></tr><tr><td><b>Molecular formula</b></td><td>C10H17NO3</td></tr>"
         "<tr><td><b>Molecular weight</b></td><td>199.25</td></tr><tr><td><b>Status</b></td><td>Discontinued "
         "October 2025. Not available.</td></tr></table><p>This compound became a DEA List I chemical on 2 October "
         "2025. The ARSF has stopped supplying it and will not accept orders or quotes for it. See the <a "
         "href=\"/regulatory.html\">regulatory notes</a>.</p>", cas={"79099-07-3"}, listing=True)
    page("/regulatory.html", "Regulatory notes",
         "<h1>Regulatory notes</h1><p>The following changes affect items that were, or might be expected to be, in "
         "our catalogue.</p><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>Date</th><th>Substance"
         "</th><th>CAS RN</th><th>Change</th></tr><tr><td>2023-05</td><td>4-Piperidone</td><td>41661-47-6</td><td>"
         "DEA List I chemical</td></tr><tr><td>2024-03</td><td>4-Piperidone, 1-Boc-4-piperidone</td><td>"
         "41661-47-6, 79099-07-3</td><td>1988 Convention Table I</td></tr><tr><td>2025-10</td><td>1-Boc-4-piperidone"
         "</td><td>79099-07-3</td><td>DEA List I chemical; our item <a href=\"/item/ARS-0450.html\">ARS-0450</a> "
         "discontinued</td></tr><tr><td>2025-07</td><td>Nitazenes (class)</td><td>&ndash;</td><td>Controlled as a "
         "class in China</td></tr></table><p>Xylazine is scheduled in several states; we hold it only as listed on "
         "the <a href=\"/catalogue/controlled.html\">controlled materials</a> page.</p>")
    page("/ordering.html", "How to order",
         "<h1>How to order</h1><ol><li>Add items to a quote (campus login required).</li><li>Send the quote with a "
         "purchase order or a university chart string.</li><li>Items ship by FedEx Ground within 5 working days; "
         "solutions ship on cold packs at 2\u20138 \u00b0C.</li></ol><p>We supply academic, government and "
         "accredited drug-checking laboratories in the United States only. We do not ship to private individuals.</p>")
    return s


def sites():
    return [hubchem_b2b(), tg_apexlab(), huahua_bbs(), vireo_market(), harbor_checking(), northfield_arsf()]
