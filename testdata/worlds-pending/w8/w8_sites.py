"""w8: six simulated marketplaces, six site families none of the earlier worlds used.

chemialab-pl    PrestaShop 1.7 (classic theme) research-chemical shop, Polish
tradehub-b2b    TradeKey-style B2B portal: product views, company showcases, buy leads
hr-forum        Discourse harm-reduction forum (crawler view) -- the hard negative
rc-reddit       old-Reddit-style subreddit: each post / comment is its own offer
labo-colorme    ColorMe Shop (Japanese), served in EUC-JP
weibo-wap       weibo.cn-style (WAP) microblog feeds, simplified Chinese

Loaded by serve.py as `--set w8` (module w8_sites on PYTHONPATH, entry point sites()).
Python 3 standard library only. Truth rules: see NOTES.md beside this file.
"""
import json
from urllib.parse import urlencode, quote

from marketsim import Site, Page, S, NOVEL, BENIGN, esc, tiny_png

FENT, NITA = "fentanyl", "nitazene"


def valid_cas(c):
    if not c:
        return False
    p = c.split("-")
    if len(p) != 3 or not all(x.isdigit() for x in p) or len(p[1]) != 2 or len(p[2]) != 1:
        return False
    d = p[0] + p[1]
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(p[2])


def qk(path, **q):
    """Canonical page key, the way marketsim looks pages up: path + sorted query."""
    return path + ("?" + urlencode(sorted(q.items())) if q else "")


def ahref(url):
    return esc(url)

# ====================================================================== substances
# controlled / watchlisted (truth key = CAS of the listed substance)
fentanyl = S("437-38-7", "Fentanyl", cls=FENT)
carfent = S("59708-52-0", "Carfentanil", cls=FENT)
acetylf = S("3258-84-2", "Acetylfentanyl", cls=FENT)
cyprof = S("1169-68-2", "Cyclopropylfentanyl", cls=FENT)
pff = S("90736-23-5", "para-Fluorofentanyl", cls=FENT)
valf = S("122882-90-0", "Valerylfentanyl", cls=FENT)
npp = S("39742-60-4", "N-Phenethyl-4-piperidone")
anpp = S("21409-26-7", "4-ANPP")
ap4 = S("23056-29-3", "4-Anilinopiperidine")
boc4ap = S("125541-22-2", "1-Boc-4-AP")
bocpip = S("79099-07-3", "1-Boc-4-piperidone")
pip4 = S("41661-47-6", "4-Piperidone")
norf = S("1609-66-1", "Norfentanyl")
isoton = S("14188-81-9", "Isotonitazene", cls=NITA)
meton = S("14680-51-4", "Metonitazene", cls=NITA)
proton = S("95958-84-2", "Protonitazene", cls=NITA)
buton = S("95810-54-1", "Butonitazene", cls=NITA)
etpyne = S("2785346-75-8", "Etonitazepyne", cls=NITA)
xyl = S("7361-61-7", "Xylazine")
bromaz = S("71368-80-4", "Bromazolam")
etiz = S("40054-69-1", "Etizolam")
map237 = S("98608-61-8", "2-Methyl-AP-237")
bmkg = S("80532-66-7", "BMK methyl glycidate")
pmkg = S("13605-48-6", "PMK methyl glycidate")
p2p = S("103-79-7", "P2P")
# analogues on no list by name: only a class rule catches them
nv_clval = NOVEL(FENT, "N-(4-chlorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]pentanamide")
nv_ft30 = NOVEL(FENT, "FT-30", "N-phenyl-N-[1-(2-thiophen-2-ylethyl)piperidin-4-yl]cyclobutanecarboxamide")
nv_fub = NOVEL(FENT, "FUB-144", "N-(2-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]cyclobutanecarboxamide")
nv_isopyne = NOVEL(NITA, "N-pyrrolidino isotonitazene", "isotonitazepyne")
nv_nz7 = NOVEL(NITA, "NZ-7", "5-nitro-2-[(4-propoxyphenyl)methyl]-1-[2-(piperidin-1-yl)ethyl]-1H-benzimidazole")

# benign (not on the watchlist)
caffeine = BENIGN("58-08-2", "Caffeine")
nacl = BENIGN("7647-14-5", "Sodium chloride")
citric = BENIGN("77-92-9", "Citric acid")
bicarb = BENIGN("144-55-8", "Sodium bicarbonate")
mgso4 = BENIGN("7487-88-9", "Magnesium sulfate")
glycine = BENIGN("56-40-6", "Glycine")
dmso = BENIGN("67-68-5", "Dimethyl sulfoxide")
mannitol = BENIGN("69-65-8", "D-Mannitol")
benzocaine = BENIGN("94-09-7", "Benzocaine")
lidocaine = BENIGN("137-58-6", "Lidocaine")
lidohcl = BENIGN("73-78-9", "Lidocaine hydrochloride")
inositol = BENIGN("87-89-8", "myo-Inositol")
paracet = BENIGN("103-90-2", "Paracetamol")
procaine = BENIGN("51-05-8", "Procaine hydrochloride")
tetracaine = BENIGN("136-47-0", "Tetracaine hydrochloride")
mgstear = BENIGN("557-04-0", "Magnesium stearate")
phenacetin = BENIGN("62-44-2", "Phenacetin")
boric = BENIGN("10043-35-3", "Boric acid")
urea = BENIGN("57-13-6", "Urea")
vitc = BENIGN("50-81-7", "L-Ascorbic acid")
tartaric = BENIGN("87-69-4", "L-Tartaric acid")
edta2na = BENIGN("6381-92-6", "EDTA disodium dihydrate")
phenolph = BENIGN("77-09-8", "Phenolphthalein")
ninhydrin = BENIGN("485-47-2", "Ninhydrin")
naloxone = BENIGN("465-65-6", "Naloxone")
teststrip = BENIGN("", "Fentanyl test strip")

ALL_SUBS = [v for v in list(globals().values()) if hasattr(v, "names") and hasattr(v, "key")]


class Offer:
    """One thing offered for sale. cas: canonical CAS shown on its own page (None = not shown);
    cas_text: how the page writes it; claims: [(kind, text)] in the seller's words."""
    def __init__(self, sub, name, cas="same", claims=(), price="", cas_text=None, **kw):
        self.sub, self.name = sub, name
        self.cas = (sub.cas or None) if cas == "same" else cas
        self.cas_text = cas_text or self.cas
        self.claims = list(claims)
        self.price = price
        self.__dict__.update(kw)


class Acc:
    """Collects the truth of one page from exactly what its main content renders."""
    def __init__(self):
        self.hits, self.cas, self.claims, self.n = set(), set(), set(), 0

    def offer(self, o, cas=False, claims=()):
        self.n += 1
        if o.sub.key:
            self.hits.add(o.sub.key)
        if cas and o.cas and valid_cas(o.cas):
            self.cas.add(o.cas)
        self.claims |= set(claims)
        return o

    def claim(self, *kinds):
        self.claims |= set(kinds)

    def page(self, path, body, listing=None, **kw):
        return Page(path, body, hits=self.hits, cas=self.cas, claims=self.claims,
                    listing=(self.n > 0) if listing is None else listing, **kw)


def claim_text(o):
    return " ".join(t for _, t in o.claims)


def claim_kinds(o):
    return [k for k, _ in o.claims]


# ====================================================================== 1. PrestaShop (PL)

PL = {
    "stealth": ["Wysyłka dyskretna: paczka bez nazwy produktu i bez logo, towar zgrzewany próżniowo w torebce barierowej.",
                "Pakujemy dyskretnie \u2013 na opakowaniu nie ma nazwy substancji ani numeru CAS."],
    "reship": ["Jeśli przesyłka zostanie zatrzymana przez urząd celny, wyślemy ją ponownie bezpłatnie.",
               "Gwarancja ponownej wysyłki: zagubiona lub zatrzymana paczka = nowa paczka na nasz koszt."],
    "mislabel": ["Na deklaracji celnej wpisujemy \u201echemia basenowa\u201d.",
                 "Towar deklarujemy jako \u201eodczynnik do uzdatniania wody\u201d."],
    "customs": ["Gwarantujemy odprawę celną przesyłek do Wielkiej Brytanii, Szwajcarii i Norwegii.",
                "Odprawa celna po naszej stronie \u2013 paczka zawsze przechodzi przez cło."],
    "forwarding": ["Klientom spoza UE wysyłamy przez naszego spedytora w Rotterdamie, a dalej jako przesyłkę krajową.",
                   "Wysyłka z magazynu w Niemczech \u2013 dla klientów z UE bez odprawy celnej."],
}


def plc(kind, i=0):
    return (kind, PL[kind][i % len(PL[kind])])


def presta():
    s = Site("chemialab-pl", "prestashop-1.7-classic-pl")
    s.robots = ("# robots.txt automaticaly generated by PrestaShop e-commerce open-source solution\n"
                "# https://www.prestashop.com - https://www.prestashop.com/forums\n"
                "User-agent: *\n"
                "# Allow Directives\nAllow: */modules/*.css\nAllow: */modules/*.js\nAllow: /js/jquery/*\n"
                "# Private pages\nDisallow: /*?orderby=\nDisallow: /*?orderway=\nDisallow: /*&orderby=\n"
                "Disallow: /*?id_currency=\nDisallow: /*?search_query=\n"
                "Disallow: /pl/koszyk\nDisallow: /pl/zamowienie\nDisallow: /pl/logowanie\nDisallow: /pl/moje-konto\n"
                "Disallow: /pl/szukaj\nDisallow: /pl/odzyskiwanie-hasla\n"
                "# Directories\nDisallow: /app/\nDisallow: /cache/\nDisallow: /classes/\nDisallow: /config/\n"
                "Disallow: /controllers/\nDisallow: /download/\nDisallow: /modules/\nDisallow: /translations/\n"
                "# Files\nDisallow: /index.php?controller=addresses\n"
                "Sitemap: http://127.0.0.1/1_pl_0_sitemap.xml\n")
    s.disallow = ["/pl/koszyk", "/pl/zamowienie", "/pl/logowanie", "/pl/moje-konto", "/pl/szukaj",
                  "/pl/odzyskiwanie-hasla", "/app/", "/cache/", "/classes/", "/config/", "/controllers/",
                  "/download/", "/modules/", "/translations/"]
    s.rate_limit = 12
    s.junk_params = ["utm_source", "utm_medium", "utm_campaign", "sort", "order", "view", "sid",
                     "resultsPerPage", "id_lang", "fbclid"]

    R, L = 12, 13   # category ids
    cats = {R: ("zwiazki-badawcze", "Związki badawcze",
                "Substancje wzorcowe i związki do badań in vitro. Produkty nie są przeznaczone do spożycia."),
            L: ("odczynniki-laboratoryjne", "Odczynniki laboratoryjne",
                "Odczynniki cz.d.a. i farmaceutyczne do laboratoriów, szkół i przemysłu.")}
    # (id, cat, offer, price zł, short, features, flags)
    P = []

    def add(pid, cat, offer, price, short, feats=(), flag=""):
        offer.id, offer.cat, offer.price, offer.short, offer.feats, offer.flag = pid, cat, price, short, list(feats), flag
        offer.slug = slugify(offer.name)
        P.append(offer)

    add(21, R, Offer(anpp, "4-A.N.P.P. \u2013 wzorzec analityczny 98%", claims=[plc("stealth", 0)]), 389,
        "Wzorzec analityczny 4-anilino-N-fenetylopiperydyny do badań chromatograficznych.",
        [("Numer CAS", "21409-26-7"), ("Czystość", "\u226598% (HPLC)"), ("Postać", "biały proszek")], "Nowy")
    add(22, R, Offer(xyl, "Ksylazyna HCl 99%", cas="23076-35-9", claims=[plc("reship", 0), plc("stealth", 1)]), 149,
        "Chlorowodorek ksylazyny, czystość farmaceutyczna.",
        [("Numer CAS", "23076-35-9"), ("Wzór sumaryczny", "C12H16N2S \u00b7 HCl"), ("Czystość", "99%")])
    add(23, R, Offer(bocpip, "1-Boc-4-piperydon", claims=[plc("mislabel", 0)]), 219,
        "tert-Butyl 4-oxopiperidine-1-carboxylate, półprodukt syntezy.",
        [("Numer CAS", "79099-07-3"), ("Czystość", "99%"), ("Temperatura topnienia", "73\u201377 \u00b0C")])
    add(24, R, Offer(npp, "N-fenetylo-4-piperydon (NPP)", claims=[plc("mislabel", 1), plc("customs", 0)]), 459,
        "1-(2-fenyloetylo)piperydyn-4-on, krystaliczny, żółtawy.",
        [("Numer CAS", "39742-60-4"), ("Czystość", "99%")], "Nowy")
    add(25, R, Offer(bromaz, "Bromazolam \u2013 pelety 1 mg (50 szt.)", cas=None, claims=[plc("stealth", 0)]), 179,
        "Pelety do badań, 1 mg substancji na peletkę.", [("Opakowanie", "50 szt."), ("Czystość", ">99%")])
    add(26, R, Offer(map237, "2-Metylo-AP-237 HCl", claims=[plc("forwarding", 0)]), 299,
        "Sól chlorowodorkowa, proszek krystaliczny.", [("Numer CAS", "98608-61-8"), ("Czystość", "99,2%")])
    add(27, R, Offer(proton, "Protonitazen \u2013 materiał odniesienia", cas_text="95958 84 2",
                     claims=[plc("reship", 1)]), 520,
        "Materiał odniesienia do identyfikacji.", [("Numer CAS", "95958 84 2"), ("Czystość", "\u226598%")])
    add(28, R, Offer(nv_clval, "Związek badawczy RC-17 (nowość)", cas=None, claims=[plc("stealth", 1), plc("forwarding", 1)]), 610,
        "Nowy związek badawczy z grupy 4-anilidopiperydyn. Tylko do badań in vitro.",
        [("Nazwa IUPAC", "N-(4-chlorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]pentanamide"),
         ("Masa molowa", "399,0 g/mol"), ("Czystość", ">98%")], "Nowy")
    add(29, R, Offer(pip4, "4-Piperidone HCl H\u2082O (4-piperydon, chlorowodorek jednowodny)", cas="40064-34-4"), 89,
        "Chlorowodorek 4-piperydonu jednowodny.", [("Numer CAS", "40064-34-4"), ("Czystość", "98%")])
    add(30, R, Offer(inositol, "Inozytol 99% (mio-inozytol)"), 39,
        "Mio-inozytol, proszek, jakość spożywcza.", [("Numer CAS", "87-89-8"), ("Czystość", "99%")])
    # lab reagents (benign)
    add(41, L, Offer(citric, "Kwas cytrynowy bezwodny cz.d.a."), 24, "Kwas cytrynowy, 1 kg.",
        [("Numer CAS", "77-92-9"), ("Klasa", "cz.d.a.")])
    add(42, L, Offer(nacl, "Chlorek sodu cz.d.a."), 15, "Sól kuchenna laboratoryjna 1 kg.",
        [("Numer CAS", "7647-14-5")])
    add(43, L, Offer(bicarb, "Wodorowęglan sodu (soda oczyszczona) FCC"), 12, "Spożywczy E500(ii).",
        [("Numer CAS", "144-55-8")])
    add(44, L, Offer(mgso4, "Siarczan magnezu siedmiowodny"), 18, "Sól gorzka, 1 kg.",
        [("Numer CAS", "10034-99-8")])
    add(45, L, Offer(glycine, "Glicyna cz."), 29, "Aminokwas, proszek.", [("Numer CAS", "56-40-6")])
    add(46, L, Offer(dmso, "DMSO \u2013 dimetylosulfotlenek 99,9%"), 45, "Rozpuszczalnik, 500 ml.",
        [("Numer CAS", "67-68-5")])
    add(47, L, Offer(mannitol, "D-Mannitol"), 49, "Mannitol farmaceutyczny.", [("Numer CAS", "69-65-8")])
    add(48, L, Offer(benzocaine, "Benzokaina 99%"), 79, "Anestetyk miejscowy, substancja.",
        [("Numer CAS", "94-09-7")])
    add(49, L, Offer(lidocaine, "Lidokaina zasada 99%"), 99, "Lidokaina, baza.", [("Numer CAS", "137-58-6")])
    add(50, L, Offer(teststrip, "Testy paskowe na fentanyl (10 szt.)", cas=None), 59,
        "Paskowe testy immunochromatograficzne do wykrywania fentanylu w próbkach. Redukcja szkód.",
        [("Czułość", "20 ng/ml"), ("Opakowanie", "10 szt.")])
    # MgSO4 heptahydrate shows the heptahydrate CAS
    P[[o.id for o in P].index(44)].cas = "10034-99-8"
    byid = {o.id: o for o in P}

    def url(o):
        return "/pl/%s/%d-%s.html" % (cats[o.cat][0], o.id, o.slug)

    def caturl(c, page=1):
        return "/pl/%d-%s" % (c, cats[c][0]) + ("?page=%d" % page if page > 1 else "")

    cookie = ("<div id='lgcookieslaw_banner' class='lgcookieslaw-banner lgcookieslaw-banner-bottom'>"
              "<div class='container'><div class='lgcookieslaw-message'><p>Ta strona korzysta z plików cookie, "
              "aby świadczyć usługi na najwyższym poziomie. Dalsze korzystanie ze strony oznacza, że zgadzasz się "
              "na ich użycie.</p></div><div class='lgcookieslaw-button-container'>"
              "<button id='lgcookieslaw_accept' class='lgcookieslaw-btn lgcookieslaw-button-accept'>Akceptuję</button>"
              "<a id='lgcookieslaw_info' class='lgcookieslaw-btn' href='/pl/content/2-polityka-prywatnosci' "
              "target='_blank'>Więcej informacji</a></div></div></div>")

    def head(title, body_id, extra="", canonical=""):
        return ("<!doctype html>\n<html lang='pl-PL'>\n<head>\n<meta charset='utf-8'>\n"
                "<meta http-equiv='x-ua-compatible' content='ie=edge'>\n"
                "<title>%s</title>\n<meta name='description' content=''>\n<meta name='keywords' content=''>\n"
                "%s<meta name='viewport' content='width=device-width, initial-scale=1'>\n"
                "<link rel='icon' type='image/vnd.microsoft.icon' href='/img/favicon.ico?1681812345'>\n"
                "<link rel='stylesheet' href='/themes/classic/assets/cache/theme-4b1e2a73.css' type='text/css' media='all'>\n"
                "<script type='text/javascript'>var prestashop = {\"cart\":{\"products\":[],\"totals\":{\"total\":"
                "{\"type\":\"total\",\"label\":\"Razem\",\"amount\":0,\"value\":\"0,00\\u00a0z\\u0142\"}}},"
                "\"currency\":{\"id\":1,\"name\":\"Złoty polski\",\"iso_code\":\"PLN\",\"sign\":\"zł\"},"
                "\"language\":{\"name\":\"Polski (Polish)\",\"iso_code\":\"pl\",\"locale\":\"pl-PL\"},"
                "\"page\":{\"page_name\":\"%s\"},\"shop\":{\"name\":\"ChemiaLab.pl\"},"
                "\"urls\":{\"base_url\":\"/\",\"pages\":{\"cart\":\"/pl/koszyk\",\"search\":\"/pl/szukaj\"}}};"
                "var psemailsubscription_subscription = \"/pl/module/ps_emailsubscription/subscription\";</script>\n"
                "%s</head>\n<body id='%s' class='lang-pl country-pl currency-pln layout-left-column page-%s tax-display-enabled'>\n"
                "<main>\n<header id='header'>\n<nav class='header-nav'><div class='container'><div class='row'>"
                "<div class='hidden-sm-down'><div class='col-md-5 col-xs-12'><div id='_desktop_contact_link'>"
                "<div id='contact-link'>Zadzwoń do nas: <span>+48 22 398 41 07</span></div></div></div>"
                "<div class='col-md-7 right-nav'><div id='_desktop_user_info'><div class='user-info'>"
                "<a href='/pl/moje-konto' title='Zaloguj się do swojego konta klienta' rel='nofollow'>"
                "<i class='material-icons'>&#xE7FF;</i><span class='hidden-sm-down'>Zaloguj się</span></a></div></div>"
                "<div id='_desktop_cart'><div class='blockcart cart-preview inactive' data-refresh-url='//127.0.0.1/pl/module/ps_shoppingcart/ajax'>"
                "<div class='header'><i class='material-icons shopping-cart' aria-hidden='true'>shopping_cart</i>"
                "<span class='hidden-sm-down'>Koszyk</span><span class='cart-products-count'>(0)</span></div></div></div>"
                "</div></div></div></div></nav>\n"
                "<div class='header-top'><div class='container'><div class='row'><div class='col-md-2 hidden-sm-down' id='_desktop_logo'>"
                "<a href='/'><img class='logo img-fluid' src='/img/chemialab-logo-1681812345.jpg' alt='ChemiaLab.pl' width='200' height='52'></a></div>"
                "<div class='header-top-right col-md-10 col-sm-12 position-static'>"
                "<div class='menu js-top-menu position-static hidden-sm-down' id='_desktop_top_menu'>"
                "<ul class='top-menu' id='top-menu' data-depth='0'>"
                "<li class='category' id='category-12'><a class='dropdown-item' href='/pl/12-zwiazki-badawcze' data-depth='0'>Związki badawcze</a></li>"
                "<li class='category' id='category-13'><a class='dropdown-item' href='/pl/13-odczynniki-laboratoryjne' data-depth='0'>Odczynniki laboratoryjne</a></li>"
                "<li class='cms-page' id='cms-page-1'><a class='dropdown-item' href='/pl/content/1-dostawa' data-depth='0'>Dostawa</a></li>"
                "<li class='link' id='lnk-blog'><a class='dropdown-item' href='/pl/blog' data-depth='0'>Blog</a></li>"
                "</ul><div class='clearfix'></div></div>"
                "<div id='search_widget' class='search-widget' data-search-controller-url='//127.0.0.1/pl/szukaj'>"
                "<form method='get' action='/pl/szukaj'><input type='hidden' name='controller' value='search'>"
                "<i class='material-icons search' aria-hidden='true'>search</i>"
                "<input type='text' name='s' value='' placeholder='Szukaj w naszym katalogu' aria-label='Szukaj'>"
                "<i class='material-icons clear' aria-hidden='true'>clear</i></form></div>"
                "</div></div></div></div>\n</header>\n<section id='wrapper'><div class='container'>\n") % (
                    esc(title), canonical, body_id, extra, body_id, body_id)

    def left_column():
        tags = ["fentanyl", "4-ANPP", "ksylazyna", "nitazeny", "bromazolam", "kofeina"]
        best = [byid[22], byid[41], byid[24]]
        return ("<div id='left-column' class='col-xs-12 col-sm-4 col-md-3'>"
                "<div class='block-categories hidden-sm-down'><ul class='category-top-menu'><li><a class='text-uppercase h6' href='/pl/2-strona-glowna'>Strona główna</a></li>"
                "<li><ul class='category-sub-menu'><li data-depth='0'><a href='/pl/12-zwiazki-badawcze'>Związki badawcze</a></li>"
                "<li data-depth='0'><a href='/pl/13-odczynniki-laboratoryjne'>Odczynniki laboratoryjne</a></li></ul></li></ul></div>"
                "<section class='block-tags'><p class='h6 text-uppercase'>Popularne wyszukiwania</p><div class='block_content'>"
                + " ".join("<a href='/pl/szukaj?s=%s' rel='nofollow'>%s</a>" % (quote(t), esc(t)) for t in tags)
                + "</div></section><section class='bestsellers block'><p class='h6 text-uppercase'>Bestsellery</p><ul>"
                + "".join("<li><a href='%s'>%s</a> <span class='price'>%d,00&nbsp;zł</span></li>" % (url(o), esc(o.name), o.price) for o in best)
                + "</ul><a class='all-product-link' href='/pl/najczesciej-kupowane'>Wszystkie bestsellery</a></section></div>")

    footer = ("</div></section>\n<footer id='footer' class='js-footer'><div class='container'><div class='row'>"
              "<div class='block_newsletter col-lg-8 col-md-12 col-sm-12' id='blockEmailSubscription_displayFooterBefore'>"
              "<p id='block-newsletter-label' class='col-md-5 col-xs-12'>Otrzymuj informacje o naszych promocjach</p>"
              "<form action='/pl/#blockEmailSubscription_displayFooterBefore' method='post'><input name='email' type='email' placeholder='Twój adres e-mail'>"
              "<input class='btn btn-primary' name='submitNewsletter' type='submit' value='Subskrybuj'></form></div></div></div>"
              "<div class='footer-container'><div class='container'><div class='row'><div class='col-md-6 links'><div class='row'>"
              "<div class='col-md-6 wrapper'><p class='h3 hidden-sm-down'>Produkty</p><ul id='footer_sub_menu_1' class='collapse'>"
              "<li><a class='cms-page-link' href='/pl/promocje'>Promocje</a></li><li><a href='/pl/nowe-produkty'>Nowe produkty</a></li>"
              "<li><a href='/pl/najczesciej-kupowane'>Najczęściej kupowane</a></li></ul></div>"
              "<div class='col-md-6 wrapper'><p class='h3 hidden-sm-down'>Nasza firma</p><ul id='footer_sub_menu_2' class='collapse'>"
              "<li><a href='/pl/content/1-dostawa'>Dostawa</a></li><li><a href='/pl/content/2-polityka-prywatnosci'>Polityka prywatności</a></li>"
              "<li><a href='/pl/content/3-regulamin'>Regulamin</a></li><li><a href='/pl/content/4-o-nas'>O nas</a></li>"
              "<li><a href='/pl/kontakt'>Kontakt z nami</a></li><li><a href='/pl/mapa-strony'>Mapa strony</a></li></ul></div></div></div>"
              "<div id='block_myaccount_infos' class='col-md-3 links wrapper'><p class='h3 myaccount-title hidden-sm-down'>"
              "<a class='text-uppercase' href='/pl/moje-konto' rel='nofollow'>Twoje konto</a></p></div>"
              "<div class='block-contact col-md-3 links wrapper'><p class='h4 text-uppercase block-contact-title hidden-sm-down'>Informacja o sklepie</p>"
              "ChemiaLab Sp. z o.o.<br>ul. Przemysłowa 14<br>05-800 Pruszków<br>Polska<br>Wysyłka w 24h &middot; darmowa dostawa od 300 zł</div>"
              "</div><div class='row'><div class='col-md-12'><p class='text-sm-center'>"
              "<a href='https://www.prestashop.com' target='_blank' rel='noopener noreferrer nofollow'>\u00a9 2026 - Oprogramowanie e-commerce od PrestaShop\u2122</a>"
              "</p></div></div></div></div></footer>\n</main>\n" + cookie +
              "\n<script type='text/javascript' src='/themes/core.js'></script>"
              "<script type='text/javascript' src='/themes/classic/assets/js/theme.js'></script>"
              "<script type='text/javascript' src='/modules/lgcookieslaw/views/js/lgcookieslaw.js'></script>\n</body>\n</html>\n")

    def miniature(o, acc=None):
        if acc is not None:
            acc.offer(o)          # grid shows name and price only: no CAS, no claims
        flag = ("<ul class='product-flags js-product-flags'><li class='product-flag new'>%s</li></ul>" % o.flag) if o.flag else ""
        return ("<div class='js-product product col-xs-12 col-sm-6 col-xl-4'>"
                "<article class='product-miniature js-product-miniature' data-id-product='%d' data-id-product-attribute='0'>"
                "<div class='thumbnail-container'><div class='thumbnail-top'>"
                "<a href='%s' class='thumbnail product-thumbnail'><img src='/%d-home_default/%s.jpg' alt='%s' loading='lazy' width='250' height='250'></a>"
                "<div class='highlighted-informations no-variants'><a class='quick-view js-quick-view' href='#' data-link-action='quickview'>"
                "<i class='material-icons search'>&#xE8B6;</i> Szybki podgląd</a></div></div>"
                "<div class='product-description'><h2 class='h3 product-title'><a href='%s' content='%s'>%s</a></h2>"
                "<div class='product-price-and-shipping'><span class='price' aria-label='Cena'>%d,00&nbsp;zł</span>"
                "<div itemprop='offers' itemscope itemtype='http://schema.org/Offer' class='invisible'>"
                "<meta itemprop='priceCurrency' content='PLN'><meta itemprop='price' content='%d'></div></div></div>%s"
                "</div></article></div>") % (o.id, url(o), o.id, o.slug, esc(o.name), url(o), url(o), esc(o.name),
                                               o.price, o.price, flag)

    def breadcrumb(items):
        lis = "".join("<li itemprop='itemListElement' itemscope itemtype='https://schema.org/ListItem'>"
                      "<a itemprop='item' href='%s'><span itemprop='name'>%s</span></a><meta itemprop='position' content='%d'></li>"
                      % (u, esc(n), i + 1) for i, (n, u) in enumerate(items))
        return ("<nav data-depth='%d' class='breadcrumb hidden-sm-down'><ol itemscope itemtype='http://schema.org/BreadcrumbList'>%s</ol></nav>"
                % (len(items), lis))

    def listing_page(path, title, body_id, header_html, items, pager_html, bc):
        acc = Acc()
        grid = "".join(miniature(o, acc) for o in items)
        sorts = "".join("<a rel='nofollow' href='%s?order=product.%s' class='select-list js-search-link'>%s</a>"
                        % (path.split("?")[0], k, n) for k, n in [("position.asc", "Trafność"), ("name.asc", "Nazwa, A do Z"),
                                                                  ("price.asc", "Cena, rosnąco"), ("price.desc", "Cena, malejąco")])
        body = (head(title, body_id) + breadcrumb(bc) + "<div class='row'>" + left_column() +
                "<div id='content-wrapper' class='js-content-wrapper left-column col-xs-12 col-sm-8 col-md-9'>"
                "<section id='main'>" + header_html +
                "<section id='products'><div id='js-product-list-top' class='row products-selection'>"
                "<div class='col-md-6 hidden-sm-down total-products'><p>Liczba produktów: %d.</p></div>"
                "<div class='col-md-6'><div class='row sort-by-row'><span class='col-sm-3 col-md-3 hidden-sm-down sort-by'>Sortuj wg:</span>"
                "<div class='col-sm-9 col-xs-8 col-md-9 products-sort-order dropdown'><button class='btn-unstyle select-title' rel='nofollow' data-toggle='dropdown'>"
                "Trafność<i class='material-icons float-xs-right'>&#xE5C5;</i></button><div class='dropdown-menu'>%s</div></div></div></div></div>"
                "<div id='js-product-list'><div class='products row'>%s</div>%s</div></section></section></div></div>"
                % (len(items), sorts, grid, pager_html) + footer)
        return acc.page(path, body)

    # ---- category pages (6 per page)
    for c in (R, L):
        items = [o for o in P if o.cat == c]
        chunks = [items[i:i + 6] for i in range(0, len(items), 6)]
        for pi, chunk in enumerate(chunks, 1):
            lis = "".join("<li class='%s'><a rel='nofollow' href='%s' class='%sjs-search-link'>%d</a></li>"
                          % ("current" if k == pi else "", caturl(c, k), "disabled " if k == pi else "", k)
                          for k in range(1, len(chunks) + 1))
            if pi < len(chunks):
                lis += "<li><a rel='next' href='%s' class='next js-search-link'>Następna<i class='material-icons'>&#xE315;</i></a></li>" % caturl(c, pi + 1)
            if pi > 1:
                lis = "<li><a rel='prev' href='%s' class='previous js-search-link'><i class='material-icons'>&#xE314;</i>Poprzednia</a></li>" % caturl(c, pi - 1) + lis
            pager = ("<nav class='pagination'><div class='col-md-4'>Pokazano %d-%d z %d pozycji</div>"
                     "<div class='col-md-6 offset-md-2 pr-0'><ul class='page-list clearfix text-sm-center'>%s</ul></div></nav>"
                     % ((pi - 1) * 6 + 1, (pi - 1) * 6 + len(chunk), len(items), lis))
            hdr = ("<div id='js-product-list-header'><div class='block-category card card-block'><h1 class='h1'>%s</h1>"
                   "<div class='block-category-inner'><div id='category-description' class='text-muted'><p>%s</p></div></div></div></div>"
                   % (esc(cats[c][1]), esc(cats[c][2])))
            path = caturl(c, pi)
            s.add(listing_page(path, cats[c][1] + (" (strona %d)" % pi if pi > 1 else ""), "category", hdr, chunk, pager,
                               [("Strona główna", "/"), (cats[c][1], caturl(c))]))
    # ---- product pages
    for o in P:
        acc = Acc()
        acc.offer(o, cas=any(k == "Numer CAS" for k, _ in o.feats), claims=claim_kinds(o))
        same = [x for x in P if x.cat == o.cat and x.id != o.id][:4] if o.cat == R else \
            [byid[21], byid[24], byid[22], byid[28]]     # "customers also bought": research items on benign pages
        desc = "<p>%s</p>" % esc(o.short)
        if o.claims:
            desc += "<p><strong>Wysyłka:</strong> %s</p>" % esc(claim_text(o))
        desc += "<p>Produkt przeznaczony wyłącznie do celów badawczych i analitycznych.</p>"
        feats = "".join("<dt class='name'>%s</dt><dd class='value'>%s</dd>" % (esc(k), esc(v)) for k, v in o.feats)
        ld = {"@context": "https://schema.org/", "@type": "Product", "name": o.name, "description": o.short,
              "category": cats[o.cat][1], "image": "/%d-large_default/%s.jpg" % (o.id, o.slug), "sku": "CL-%03d" % o.id,
              "mpn": "CL-%03d" % o.id, "brand": {"@type": "Brand", "name": "ChemiaLab"},
              "offers": {"@type": "Offer", "priceCurrency": "PLN", "name": o.name, "price": "%d" % o.price,
                         "url": url(o), "availability": "https://schema.org/InStock",
                         "seller": {"@type": "Organization", "name": "ChemiaLab.pl"}}}
        bld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Strona główna", "item": "/"},
            {"@type": "ListItem", "position": 2, "name": cats[o.cat][1], "item": caturl(o.cat)},
            {"@type": "ListItem", "position": 3, "name": o.name, "item": url(o)}]}
        extra = ("<script type='application/ld+json'>%s</script>\n<script type='application/ld+json'>%s</script>\n"
                 "<meta property='og:type' content='product'><meta property='og:title' content='%s'>"
                 "<meta property='product:price:amount' content='%d'><meta property='product:price:currency' content='PLN'>\n"
                 % (json.dumps(ld, ensure_ascii=False), json.dumps(bld, ensure_ascii=False), esc(o.name), o.price))
        qty = "".join("<option value='%d' title='%s'%s>%s</option>" % (i + 1, q, " selected" if i == 0 else "", q)
                      for i, q in enumerate(["1 g", "5 g", "10 g", "25 g"] if o.cat == R else ["100 g", "500 g", "1 kg"]))
        body = (head(o.name, "product", extra, "<link rel='canonical' href='%s'>\n" % url(o)) +
                breadcrumb([("Strona główna", "/"), (cats[o.cat][1], caturl(o.cat)), (o.name, url(o))]) +
                "<div class='row'><div id='content-wrapper' class='js-content-wrapper col-xs-12'><section id='main'>"
                "<meta content='%s'><div class='row product-container js-product-container'><div class='col-md-6'>"
                "<section class='page-content' id='content'><div class='images-container js-images-container'><div class='product-cover'>"
                "<img class='js-qv-product-cover img-fluid' src='/%d-large_default/%s.jpg' alt='%s' loading='lazy' width='800' height='800'>"
                "</div></div></section></div><div class='col-md-6'><h1 class='h1'>%s</h1>"
                "<div class='product-prices js-product-prices'><div class='product-price h5'><div class='current-price'>"
                "<span class='current-price-value' content='%d'>%d,00&nbsp;zł</span></div></div>"
                "<div class='tax-shipping-delivery-label'>Brutto</div></div>"
                "<div class='product-information'><div id='product-description-short-%d' class='product-description'><p>%s</p></div>"
                "<div class='product-actions js-product-actions'><form action='/pl/koszyk' method='post' id='add-to-cart-or-refresh'>"
                "<input type='hidden' name='token' value='8c1f0a4b5d2e9f7a6b3c'><input type='hidden' name='id_product' value='%d' id='product_page_product_id'>"
                "<div class='product-variants js-product-variants'><div class='clearfix product-variants-item'><span class='control-label'>Ilość: </span>"
                "<select class='form-control form-control-select' id='group_1' aria-label='Ilość' data-product-attribute='1' name='group[1]'>%s</select></div></div>"
                "<div class='product-add-to-cart js-product-add-to-cart'><span class='control-label'>Ilość</span><div class='product-quantity clearfix'>"
                "<div class='qty'><input type='number' name='qty' id='quantity_wanted' inputmode='numeric' pattern='[0-9]*' value='1' min='1' class='input-group' aria-label='Ilość'></div>"
                "<div class='add'><button class='btn btn-primary add-to-cart' data-button-action='add-to-cart' type='submit'>"
                "<i class='material-icons shopping-cart'>&#xE547;</i>Dodaj do koszyka</button></div></div>"
                "<span id='product-availability' class='js-product-availability'><i class='material-icons rtl-no-flip product-available'>&#xE5CA;</i>Dostępny</span></div>"
                "</form></div>"
                "<div id='block-reassurance'><ul><li><div class='block-reassurance-item'><span class='h6'>Bezpieczne płatności: BLIK, przelew, karta</span></div></li>"
                "<li><div class='block-reassurance-item'><span class='h6'>Wysyłka w 24h (InPost, DPD)</span></div></li>"
                "<li><div class='block-reassurance-item'><span class='h6'>Zwrot w ciągu 14 dni</span></div></li></ul></div>"
                "<div class='tabs'><ul class='nav nav-tabs' role='tablist'><li class='nav-item'><a class='nav-link active' data-toggle='tab' href='#description' role='tab'>Opis</a></li>"
                "<li class='nav-item'><a class='nav-link' data-toggle='tab' href='#product-details' role='tab'>Szczegóły produktu</a></li></ul>"
                "<div class='tab-content' id='tab-content'><div class='tab-pane fade in active' id='description' role='tabpanel'>"
                "<div class='product-description'>%s</div></div>"
                "<div class='js-product-details tab-pane fade' id='product-details' role='tabpanel'>"
                "<div class='product-reference'><label class='label'>Indeks </label><span itemprop='sku'>CL-%03d</span></div>"
                "<div class='product-quantities'><label class='label'>W magazynie</label><span data-stock='%d' data-allow-oosp='0'>%d Przedmioty</span></div>"
                "<section class='product-features'><p class='h6'>Arkusz danych</p><dl class='data-sheet'>%s</dl></section></div></div></div>"
                "</div></div></div>"
                "<section class='featured-products clearfix mt-3'><h2>%s</h2><div class='products'>%s</div></section>"
                "</section></div></div>"
                % (url(o), o.id, o.slug, esc(o.name), esc(o.name), o.price, o.price, o.id, esc(o.short), o.id, qty,
                   desc, o.id, 10 + o.id, 10 + o.id, feats,
                   "Inne produkty z tej samej kategorii:" if o.cat == R else "Klienci kupili również:",
                   "".join(miniature(x) for x in same)) + footer)
        s.add(acc.page(url(o), body))
        s.add(Page("/%d-large_default/%s.jpg" % (o.id, o.slug), tiny_png(o.id), ctype="image/png"))
        if o.id in (23, 27, 46):
            s.flaky.add(url(o))
    # old slug of the xylazine page, still linked from the blog
    s.redirects["/pl/zwiazki-badawcze/31-ksylazyna-hcl.html"] = url(byid[22])

    # ---- home: featured block (benign products) + chrome
    home_items = [byid[i] for i in (41, 45, 30, 47, 43, 50)]
    acc = Acc()
    grid = "".join(miniature(o, acc) for o in home_items)
    s.add(acc.page("/", head("ChemiaLab.pl \u2013 odczynniki i związki badawcze", "index") +
                   "<div class='row'>" + left_column() +
                   "<div id='content-wrapper' class='js-content-wrapper left-column col-xs-12 col-sm-8 col-md-9'><section id='main'>"
                   "<section id='content' class='page-home'><div id='custom-text'><h2>Odczynniki dla laboratoriów od 2014 roku</h2>"
                   "<p>Zaopatrujemy uczelnie, laboratoria i przemysł. Faktura VAT, wysyłka w 24h.</p></div>"
                   "<section class='featured-products clearfix'><h2 class='h2 products-section-title text-uppercase'>Popularne produkty</h2>"
                   "<div class='products row'>%s</div><a class='all-product-link float-xs-left float-md-right h4' href='/pl/13-odczynniki-laboratoryjne'>"
                   "Wszystkie produkty<i class='material-icons'>&#xE315;</i></a></section>"
                   "<div class='banner'><a href='/pl/12-zwiazki-badawcze'><img src='/modules/ps_banner/img/sale70.png' alt='Związki badawcze' width='1110' height='213'></a></div>"
                   "</section></section></div></div>" % grid + footer))
    # new / price-drop / best-sales listings
    s.add(listing_page("/pl/nowe-produkty", "Nowe produkty", "new-products",
                       "<h1 id='js-product-list-header' class='h2'>Nowe produkty</h1>",
                       [byid[i] for i in (28, 24, 21, 26, 45)], "", [("Strona główna", "/"), ("Nowe produkty", "/pl/nowe-produkty")]))
    s.add(listing_page("/pl/promocje", "Promocje", "prices-drop", "<h1 id='js-product-list-header' class='h2'>Promocje</h1>",
                       [byid[i] for i in (42, 49, 48)], "", [("Strona główna", "/"), ("Promocje", "/pl/promocje")]))
    s.add(listing_page("/pl/najczesciej-kupowane", "Najczęściej kupowane", "best-sales",
                       "<h1 id='js-product-list-header' class='h2'>Najczęściej kupowane</h1>",
                       [byid[i] for i in (22, 41, 24, 30)], "", [("Strona główna", "/"), ("Najczęściej kupowane", "/pl/najczesciej-kupowane")]))

    def cms(path, title, html_, claims=()):
        acc = Acc()
        acc.claim(*claims)
        s.add(acc.page(path, head(title, "cms") + breadcrumb([("Strona główna", "/"), (title, path)]) +
                       "<div class='row'><div id='content-wrapper' class='js-content-wrapper col-xs-12'><section id='main'>"
                       "<header class='page-header'><h1>%s</h1></header><section id='content' class='page-content page-cms page-cms-%s'>%s</section>"
                       "</section></div></div>" % (esc(title), path.rsplit("/", 1)[-1].split("-")[0], html_) + footer))

    cms("/pl/content/1-dostawa", "Dostawa",
        "<h2>Czas i koszt dostawy</h2><table class='table'><tr><th>Przewoźnik</th><th>Czas</th><th>Koszt</th></tr>"
        "<tr><td>InPost Paczkomaty</td><td>24h</td><td>13,99 zł</td></tr><tr><td>DPD Kurier</td><td>24\u201348h</td><td>17,99 zł</td></tr>"
        "<tr><td>Wysyłka zagraniczna (EMS)</td><td>5\u201310 dni</td><td>od 89 zł</td></tr></table>"
        "<h2>Pakowanie</h2><p>%s</p><h2>Przesyłki zagraniczne</h2><p>%s %s</p>"
        "<p>Numer przesyłki wysyłamy e-mailem w dniu nadania.</p>" % (esc(PL["stealth"][0]), esc(PL["reship"][1]), esc(PL["forwarding"][1])),
        claims=("stealth", "reship", "forwarding"))
    cms("/pl/content/2-polityka-prywatnosci", "Polityka prywatności",
        "<p>Administratorem danych osobowych jest ChemiaLab Sp. z o.o. Dane przetwarzamy w celu realizacji zamówień (art. 6 ust. 1 lit. b RODO).</p>")
    cms("/pl/content/3-regulamin", "Regulamin",
        "<h2>\u00a71 Postanowienia ogólne</h2><p>Sklep prowadzi sprzedaż odczynników chemicznych wyłącznie do celów badawczych.</p>"
        "<h2>\u00a74 Produkty</h2><p>Nie sprzedajemy substancji kontrolowanych, w szczególności fentanylu, karfentanylu, "
        "nitazenów (np. izotonitazenu, metonitazenu) ani prekursorów z kategorii 1 (np. NPP, 4-ANPP). "
        "Nie gwarantujemy odprawy celnej przesyłek poza UE \u2013 odpowiedzialność za przepisy importowe ponosi kupujący.</p>"
        "<h2>\u00a77 Reklamacje</h2><p>Reklamacje rozpatrujemy w ciągu 14 dni.</p>")
    cms("/pl/content/4-o-nas", "O nas",
        "<p>ChemiaLab powstał w 2014 roku jako dostawca odczynników dla pracowni szkolnych. Dziś obsługujemy ponad 3000 klientów.</p>")
    cms("/pl/kontakt", "Kontakt z nami",
        "<p>ChemiaLab Sp. z o.o., ul. Przemysłowa 14, 05-800 Pruszków. Tel. +48 22 398 41 07, e-mail: sklep@chemialab.example</p>"
        "<form action='/pl/kontakt' method='post'><textarea name='message'></textarea><input type='submit' name='submitMessage' value='Wyślij'></form>")
    # sitemap page: every product name as a plain link (no offer)
    sm = "".join("<li><a href='%s' title='%s'>%s</a></li>" % (url(o), esc(o.name), esc(o.name)) for o in P)
    cms("/pl/mapa-strony", "Mapa strony",
        "<div class='row sitemap col-xs-12'><div class='col-md-3'><h2>Produkty</h2><ul>%s</ul></div>"
        "<div class='col-md-3'><h2>Kategorie</h2><ul><li><a href='/pl/12-zwiazki-badawcze'>Związki badawcze</a></li>"
        "<li><a href='/pl/13-odczynniki-laboratoryjne'>Odczynniki laboratoryjne</a></li></ul></div>"
        "<div class='col-md-3'><h2>Strony</h2><ul><li><a href='/pl/content/1-dostawa'>Dostawa</a></li><li><a href='/pl/blog'>Blog</a></li></ul></div></div>" % sm)
    s.redirects["/pl/2-strona-glowna"] = "/"
    # blog (smartblog-like)
    posts = [
        ("ksylazyna-komunikat-gis", "Ksylazyna w nielegalnym obrocie \u2013 komunikat GIS",
         "<p>Główny Inspektorat Sanitarny ostrzega przed ksylazyną (\u201etranq\u201d) dodawaną do heroiny i fentanylu. "
         "Ksylazyna (CAS 7361-61-7) jest lekiem weterynaryjnym; w USA łączy się ją z falą przedawkowań.</p>"
         "<p>Przypominamy: nasza <a href='/pl/zwiazki-badawcze/31-ksylazyna-hcl.html'>ksylazyna HCl</a> sprzedawana jest wyłącznie do badań.</p>"
         "<p>Sprzedawcy obiecujący \u201eponowną wysyłkę po zatrzymaniu przez celników\u201d to sygnał ostrzegawczy \u2013 cytat z raportu CBŚP.</p>"),
        ("prekursory-fentanylu-2025", "Nowe przepisy: prekursory fentanylu od 2025 roku",
         "<p>Od 2024 roku 4-piperydon oraz 1-boc-4-piperydon (CAS 79099-07-3) zostały dodane do Tabeli I Konwencji z 1988 r. "
         "Wcześniej dołączyły NPP, 4-ANPP (2017) oraz 4-AP, 1-boc-4-AP i norfentanyl (2022).</p>"
         "<p>Zgodnie z nowymi przepisami sprzedaż tych substancji wymaga rejestracji operatora.</p>"),
    ]
    lis = ""
    for slug, t, html_ in posts:
        cms("/pl/blog/%s" % slug, t, "<article class='blog-post'><p class='post-meta'>Dodano: 12.03.2026 | Kategoria: Aktualności</p>%s</article>" % html_)
        lis += "<li class='blog-post-item'><h3><a href='/pl/blog/%s'>%s</a></h3><p>Aktualności \u00b7 12.03.2026</p></li>" % (slug, esc(t))
    cms("/pl/blog", "Blog", "<ul class='smartblog-list'>%s</ul>" % lis)
    # robots-forbidden search page (a polite crawler never fetches it)
    acc = Acc()
    grid = "".join(miniature(o, acc) for o in [byid[21], byid[24], byid[27]])
    s.add(acc.page("/pl/szukaj", head("Szukaj", "search") + "<section id='main'><div class='products row'>%s</div></section>" % grid + footer))
    s.add(Page("/1_pl_0_sitemap.xml", "<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
               + "".join("<url><loc>%s</loc></url>" % url(o) for o in P) + "</urlset>", ctype="application/xml"))
    return s


def slugify(name):
    import unicodedata
    t = unicodedata.normalize("NFKD", name.replace("\u0142", "l").replace("\u0141", "L"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    out, dash = [], False
    for c in t:
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


# ====================================================================== 2. TradeKey-style B2B portal (EN)

EN = {
    "customs": ["100% customs clearance to Mexico, USA, Canada and Australia, we have our own special line.",
                "Double clearance and tax included (DDP door to door), we handle the customs for you.",
                "Customs pass rate 99.9%, clearance guaranteed by our logistics team."],
    "reship": ["If the parcel is seized by customs we will reship for free, no extra cost.",
               "Reship policy: any lost or seized package is resent within 3 days."],
    "stealth": ["Stealth packing: goods hidden inside pet food / tea bags, vacuum sealed, no smell.",
                "Discreet package with no chemical name or CAS number on the outside label."],
    "mislabel": ["We can change the declared product name on the invoice, e.g. 'plant extract' or 'pigment'.",
                 "Declared as cosmetic raw material to pass inspection."],
    "forwarding": ["We have warehouses in Mexico and the Netherlands: transfer first, then domestic delivery.",
                   "Shipped via our freight forwarder in Hong Kong, then re-exported to your country."],
}


def enc(kind, i=0):
    return (kind, EN[kind][i % len(EN[kind])])


def tradekey():
    s = Site("tradehub-b2b", "tradekey-b2b-portal")
    s.robots = ("User-agent: *\nDisallow: /members/\nDisallow: /inquiry/\nDisallow: /buyoffer_post\n"
                "Disallow: /myoffice/\nDisallow: /search.html\n\nUser-agent: AhrefsBot\nDisallow: /\n")
    s.disallow = ["/members/", "/inquiry/", "/buyoffer_post", "/myoffice/", "/search.html"]
    s.rate_limit = 15
    s.trap_prefix = "/tradeshows/"
    s.junk_params = ["utm_source", "utm_medium", "sort", "order", "view", "sid", "ref", "tkref"]

    comps = [
        dict(id=1204519, slug="Wuhan-Shengtai-Pharmaceutical-Tech-Co-Ltd", name="Wuhan Shengtai Pharmaceutical Tech Co., Ltd",
             country="China", city="Wuhan, Hubei", year=2016, contact="Ms. Lily Zhang",
             phone="WhatsApp/Signal: +86 156 2718 4403", mail="lily@shengtai-pharm.example",
             why=[enc("customs", 0), enc("reship", 1), enc("stealth", 1)]),
        dict(id=1188342, slug="Hebei-Kaiyuan-Import-Export-Trading-Co", name="Hebei Kaiyuan Import & Export Trading Co.",
             country="China", city="Shijiazhuang, Hebei", year=2019, contact="Mr. Kevin Wang",
             phone="Telegram: @kaiyuan_kevin", mail="kevin@kaiyuanchem.example",
             why=[enc("forwarding", 0), enc("mislabel", 0)]),
        dict(id=1093377, slug="Shijiazhuang-Jiuding-Biotech-Co-Ltd", name="Shijiazhuang Jiuding Biotech Co., Ltd",
             country="China", city="Shijiazhuang, Hebei", year=2012, contact="Ms. Annie Liu",
             phone="+86 311 8766 2190", mail="annie@jiudingbio.example",
             why=[("", "Quality first: every batch tested by HPLC and NMR, COA provided."),
                  ("", "Fast delivery: 3-7 working days by EMS, DHL or TNT.")]),
        dict(id=1312008, slug="Mumbai-Sterling-Pharma-Exports-Pvt-Ltd", name="Sterling Pharma Exports Pvt. Ltd.",
             country="India", city="Mumbai, Maharashtra", year=2004, contact="Mr. R. Mehta",
             phone="+91 22 4012 8870", mail="export@sterlingpharma.example",
             why=[("", "WHO-GMP certified manufacturer of APIs and local anaesthetics."),
                  ("", "Import licence required for scheduled APIs; we cannot guarantee customs clearance, "
                       "the buyer is responsible for all import permits.")]),
    ]
    C = {c["id"]: c for c in comps}
    c1, c2, c3, c4 = [c["id"] for c in comps]
    P = []

    def add(pid, cat, comp, offer, spec, short, price, moq="1 Kilogram"):
        offer.id, offer.cat, offer.comp, offer.spec, offer.short_name = pid, cat, comp, spec, short
        offer.price, offer.moq = price, moq
        offer.url = "/product_view/%s-%d.html" % (slugify(offer.name).title().replace("_", "-"), pid)
        P.append(offer)

    IM, AP = "pharmaceutical-intermediates", "apis-anaesthetics"
    add(9876501, IM, c1, Offer(npp, "High Purity NPP Powder CAS 39742-60-4 N-Phenethyl-4-piperidone",
                               claims=[enc("customs", 0), enc("reship", 0)]),
        [("Product Name", "N-Phenethyl-4-piperidone"), ("CAS No.", "39742-60-4"), ("MF", "C13H17NO"), ("Purity", "99.5%")],
        "NPP Powder", "US $ 50 - 120 / Kilogram")
    add(9876502, IM, c1, Offer(anpp, "4-anpp CAS 21409-26-7 Safe Delivery to Mexico",
                               claims=[enc("stealth", 0), enc("forwarding", 0)]),
        [("Product Name", "4-ANPP"), ("CAS No.", "21409-26-7"), ("MF", "C19H24N2"), ("Appearance", "white powder")],
        "4-ANPP Powder", "US $ 200 - 450 / Kilogram")
    add(9876503, IM, c2, Offer(boc4ap, "Tert-butyl 4-(phenylamino)piperidine-1-carboxylate CAS 125541-22-2",
                               claims=[enc("mislabel", 0)]),
        [("Product Name", "1-Boc-4-AP"), ("CAS No.", "125541-22-2"), ("Purity", "99%")],
        "Boc-Aminopiperidine", "US $ 80 - 150 / Kilogram")
    add(9876504, IM, c2, Offer(ap4, "4-Anilinopiperidine / 4-AP Factory Price", claims=[enc("customs", 1)]),
        [("Product Name", "4-Anilinopiperidine"), ("CAS No.", "23056-29-3"), ("Purity", "98%")],
        "Anilinopiperidine", "US $ 60 - 110 / Kilogram")
    add(9876505, IM, c3, Offer(bocpip, "Pharmaceutical Intermediate CAS 79099-07-3 White Crystal Powder",
                               claims=[enc("reship", 1)]),
        [("CAS No.", "79099-07-3"), ("Appearance", "white crystal powder"), ("Purity", "99%"), ("Usage", "pharmaceutical intermediate")],
        "Intermediate White Powder", "US $ 30 - 70 / Kilogram")
    add(9876506, IM, c3, Offer(norf, "N-Phenyl-N-(piperidin-4-yl)propionamide 99% Powder", claims=[enc("stealth", 1)]),
        [("Product Name", "N-Phenyl-N-(piperidin-4-yl)propionamide"), ("CAS No.", "1609-66-1"), ("Purity", "99%")],
        "Propionamide Powder", "US $ 300 - 800 / Kilogram")
    add(9876507, IM, c2, Offer(bmkg, "New BMK Powder CAS 80532-66-7 (BMK methyl glycidate)",
                               claims=[enc("customs", 2), enc("forwarding", 1)]),
        [("Product Name", "BMK methyl glycidate"), ("CAS No.", "80532-66-7"), ("Conversion rate", "80%")],
        "New BMK Powder", "US $ 40 - 90 / Kilogram")
    add(9876508, IM, c2, Offer(pmkg, "PMK Methyl Glycidate CAS 13605-48-6 Oil / Powder", claims=[enc("reship", 0), enc("stealth", 0)]),
        [("Product Name", "PMK methyl glycidate"), ("CAS No.", "13605-48-6"), ("Form", "oil or powder")],
        "PMK Oil", "US $ 40 - 95 / Kilogram")
    add(9876509, IM, c3, Offer(pip4, "4-Piperidone Hydrochloride Monohydrate CAS 40064-34-4", cas="40064-34-4"),
        [("Product Name", "4-Piperidone monohydrate hydrochloride"), ("CAS No.", "40064-34-4"), ("Purity", "98%")],
        "Piperidone HCl", "US $ 20 - 45 / Kilogram")
    add(9876510, IM, c1, Offer(isoton, "Iso-tonitazene research powder", cas=None, claims=[enc("stealth", 0), enc("reship", 0)]),
        [("Product Name", "Iso-tonitazene"), ("Purity", "99.8%"), ("Appearance", "yellow powder")],
        "Research Powder Y", "US $ 1200 - 2500 / Kilogram", "10 Gram")
    add(9876511, IM, c1, Offer(nv_ft30, "FT-30 New Research Chemical Opioid Powder", cas=None, claims=[enc("customs", 0)]),
        [("Product Name", "FT-30"), ("Chemical name", "N-phenyl-N-[1-(2-thiophen-2-ylethyl)piperidin-4-yl]cyclobutanecarboxamide"),
         ("Purity", "99%")], "FT Research Powder", "US $ 3000 - 6000 / Kilogram", "10 Gram")
    add(9876512, IM, c1, Offer(carfent, "C\u0430rfentanil 99.9% white powder (Wildnil raw)",
                               claims=[enc("mislabel", 1), enc("forwarding", 1)]),
        [("Product Name", "C\u0430rfentanil"), ("CAS No.", "59708-52-0"), ("Purity", "99.9%")],
        "Veterinary Raw 99.9", "US $ 5000 - 9000 / Kilogram", "5 Gram")
    add(9876513, IM, c3, Offer(teststrip, "Fentanyl Rapid Test Strip (urine / residue) CE Certified", cas=None),
        [("Product Name", "Fentanyl test strip"), ("Cut-off", "20 ng/mL"), ("Package", "25 strips/box")],
        "Rapid Test Strip", "US $ 0.3 - 0.6 / Piece", "1000 Pieces")
    add(9876514, IM, c3, Offer(phenacetin, "Phenacetin Powder CAS 62-44-2 shiny / non-shiny", claims=[enc("stealth", 1), enc("customs", 1)]),
        [("Product Name", "Phenacetin"), ("CAS No.", "62-44-2"), ("Purity", "99%")],
        "Phenacetin Shiny", "US $ 30 - 60 / Kilogram")
    add(9876515, IM, c2, Offer(mgstear, "Magnesium Stearate CAS 557-04-0 Pharma Grade"),
        [("Product Name", "Magnesium stearate"), ("CAS No.", "557-04-0"), ("Grade", "USP/BP")],
        "Magnesium Stearate", "US $ 3 - 6 / Kilogram", "25 Kilogram")
    add(9876516, IM, c2, Offer(xyl, "Xylazine Hydrochloride CAS 23076-35-9 Veterinary Raw Powder", cas="23076-35-9",
                               claims=[enc("reship", 1)]),
        [("Product Name", "Xylazine HCl"), ("CAS No.", "23076-35-9"), ("Purity", "99%")],
        "Veterinary Raw HCl", "US $ 150 - 300 / Kilogram")
    add(9876601, AP, c4, Offer(lidohcl, "Lidocaine Hydrochloride BP/USP CAS 73-78-9"),
        [("Product Name", "Lidocaine HCl"), ("CAS No.", "73-78-9"), ("Standard", "BP/USP/EP")],
        "Lidocaine HCl", "US $ 25 - 40 / Kilogram", "25 Kilogram")
    add(9876602, AP, c4, Offer(paracet, "Paracetamol (Acetaminophen) Granular USP CAS 103-90-2"),
        [("Product Name", "Paracetamol"), ("CAS No.", "103-90-2")], "Paracetamol", "US $ 4 - 6 / Kilogram", "500 Kilogram")
    add(9876603, AP, c4, Offer(procaine, "Procaine Hydrochloride USP CAS 51-05-8"),
        [("Product Name", "Procaine HCl"), ("CAS No.", "51-05-8")], "Procaine HCl", "US $ 18 - 30 / Kilogram", "25 Kilogram")
    add(9876604, AP, c4, Offer(tetracaine, "Tetracaine Hydrochloride CAS 136-47-0"),
        [("Product Name", "Tetracaine HCl"), ("CAS No.", "136-47-0")], "Tetracaine HCl", "US $ 90 - 140 / Kilogram")
    add(9876605, AP, c3, Offer(benzocaine, "Benzocaine Powder 99% CAS 94-09-7 Pass Customs", claims=[enc("customs", 2), enc("stealth", 0)]),
        [("Product Name", "Benzocaine"), ("CAS No.", "94-09-7")], "Benzocaine", "US $ 10 - 25 / Kilogram")
    add(9876606, AP, c4, Offer(caffeine, "Caffeine Anhydrous BP CAS 58-08-2"),
        [("Product Name", "Caffeine anhydrous"), ("CAS No.", "58-08-2")], "Caffeine", "US $ 8 - 12 / Kilogram", "25 Kilogram")
    add(9876607, AP, c2, Offer(boric, "Boric Acid Flakes / Powder CAS 10043-35-3"),
        [("Product Name", "Boric acid"), ("CAS No.", "10043-35-3")], "Boric Acid", "US $ 1 - 2 / Kilogram", "1 Ton")
    add(9876608, AP, c1, Offer(map237, "2-Methyl AP-237 HCl Powder CAS 98608-61-8", claims=[enc("customs", 1), enc("reship", 0)]),
        [("Product Name", "2-methyl-AP-237"), ("CAS No.", "98608-61-8"), ("Purity", "99.6%")],
        "AP Series HCl", "US $ 900 - 1800 / Kilogram", "50 Gram")
    byid = {o.id: o for o in P}

    def title_shows_cas(o):
        return bool(o.cas) and o.cas in o.name

    def cat_url(cat, page=1):
        return "/products/%s%s.htm" % (cat, "" if page == 1 else "-p%d" % page)

    catname = {IM: "Pharmaceutical Intermediates", AP: "APIs & Local Anaesthetics"}
    hot = ["fentanyl powder", "4-anpp supplier", "npp cas 39742-60-4", "nitazene", "xylazine raw", "bmk oil", "carfentanil"]

    def head(title, kw=""):
        return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n"
                "<title>%s | TradeHub.com</title>\n<meta name=\"keywords\" content=\"%s\" />\n"
                "<meta name=\"description\" content=\"%s - find quality suppliers, manufacturers and exporters on TradeHub.com\" />\n"
                "<link rel=\"stylesheet\" type=\"text/css\" href=\"/css/tk_common.css?v=3.4.1\" />\n"
                "<script type=\"text/javascript\" src=\"/js/jquery-1.8.3.min.js\"></script>\n"
                "<script type=\"text/javascript\">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1234567-1']); _gaq.push(['_trackPageview']);</script>\n"
                "</head>\n<body>\n<div id=\"tk_topbar\"><div class=\"wrapper\"><span class=\"welcome\">Welcome to TradeHub.com</span> "
                "<a href=\"/members/login.html\" rel=\"nofollow\">Sign In</a> | <a href=\"/members/register.html\" rel=\"nofollow\">Join Free</a> | "
                "<a href=\"/myoffice/\" rel=\"nofollow\">My Office</a> | <a href=\"/help/safe-trading.htm\">Safe Trading</a></div></div>\n"
                "<div id=\"tk_header\"><div class=\"wrapper\"><a class=\"logo\" href=\"/\"><img src=\"/images/tk_logo.png\" alt=\"TradeHub.com - Global B2B Marketplace\" /></a>"
                "<form class=\"tk-search\" action=\"/search.html\" method=\"get\"><select name=\"type\"><option value=\"products\">Products</option>"
                "<option value=\"buyoffers\">Buy Offers</option><option value=\"companies\">Companies</option></select>"
                "<input type=\"text\" name=\"keyword\" class=\"keyword\" /><input type=\"submit\" value=\"Search\" class=\"btn-search\" /></form>"
                "<a class=\"post-buy-btn\" href=\"/buyoffer_post\" rel=\"nofollow\">Post Buying Request</a></div></div>\n"
                "<div id=\"tk_nav\"><ul class=\"wrapper\"><li><a href=\"/\">Home</a></li><li><a href=\"/products/pharmaceutical-intermediates.htm\">Products</a></li>"
                "<li><a href=\"/buyoffers/chemicals.htm\">Buy Offers</a></li><li><a href=\"/companies/chemicals.htm\">Suppliers</a></li>"
                "<li><a href=\"/tradeshows/2026-11\">Trade Shows</a></li></ul></div>\n<div id=\"tk_main\" class=\"wrapper\">\n") % (
                    esc(title), esc(kw), esc(title))

    foot = ("</div>\n<div id=\"tk_hotsearch\" class=\"wrapper\"><h4>Hot Searches:</h4>"
            + " ".join("<a href=\"/search.html?keyword=%s\" rel=\"nofollow\">%s</a>" % (quote(h), esc(h)) for h in hot) +
            "</div>\n<div id=\"tk_footer\"><div class=\"wrapper\"><ul class=\"ft-links\"><li><a href=\"/help/about.htm\">About Us</a></li>"
            "<li><a href=\"/help/safe-trading.htm\">Safe Trading Tips</a></li><li><a href=\"/help/terms.htm\">Terms of Use</a></li>"
            "<li><a href=\"/sitemap.htm\">Site Map</a></li></ul>"
            "<p class=\"copyright\">Copyright &copy; 2005-2026 TradeHub.com. All rights reserved. TradeHub is not responsible for the "
            "content of the listings; members are solely responsible for their postings.</p></div></div>\n"
            "<div id=\"cookie-consent\" class=\"cc-window cc-banner cc-bottom\"><span class=\"cc-message\">We use cookies to improve your "
            "experience. By continuing to browse you agree to our <a href=\"/help/privacy.htm\">privacy policy</a>.</span>"
            "<a class=\"cc-btn cc-dismiss\" role=\"button\" tabindex=\"0\">Got it!</a></div>\n"
            "<script type=\"text/javascript\" src=\"/js/tk_common.js?v=3.4.1\"></script>\n</body></html>\n")

    def snippet(o):
        """the short description shown in list views: the first claim for even ids, else supply ability"""
        if o.claims and o.id % 2 == 0:
            return o.claims[0][1], [o.claims[0][0]]
        return "Supply Ability: 500 Kilogram/Kilograms per Month. Packaging: 1kg/aluminium foil bag, 25kg/drum.", []

    def list_item(o, acc, with_company=True):
        sn, kinds = snippet(o)
        acc.offer(o, cas=title_shows_cas(o), claims=kinds)
        comp = C[o.comp]
        return ("<div class=\"prod-list-item clearfix\"><div class=\"pic\"><a href=\"%s\"><img src=\"/img/p/%d.png\" alt=\"%s\" /></a></div>"
                "<div class=\"info\"><h2 class=\"title\"><a href=\"%s\">%s</a></h2><p class=\"desc\">%s</p>"
                "<ul class=\"attr\"><li><span>FOB Price:</span> %s</li><li><span>Min Order:</span> %s</li></ul></div>"
                "%s</div>") % (o.url, o.id, esc(o.name), o.url, esc(o.name), esc(sn), esc(o.price), esc(o.moq),
                               ("<div class=\"supplier\"><a href=\"/company/%s-%d.htm\">%s</a><span class=\"country\">%s</span>"
                                "<span class=\"member gold\">Gold Member</span><a class=\"btn-contact\" href=\"/inquiry/send?pid=%d\" rel=\"nofollow\">Contact Now</a></div>"
                                % (comp["slug"], comp["id"], esc(comp["name"]), comp["country"], o.id)) if with_company else "")

    # ---- category pages, 8 per page
    for cat in (IM, AP):
        items = [o for o in P if o.cat == cat]
        chunks = [items[i:i + 8] for i in range(0, len(items), 8)]
        for pi, ch in enumerate(chunks, 1):
            acc = Acc()
            rows = "".join(list_item(o, acc) for o in ch)
            pager = "<div class=\"pages\">" + "".join(
                ("<span class=\"current\">%d</span>" % k) if k == pi else "<a href=\"%s\">%d</a>" % (cat_url(cat, k), k)
                for k in range(1, len(chunks) + 1)) + ("<a class=\"next\" href=\"%s\">Next &raquo;</a>" % cat_url(cat, pi + 1) if pi < len(chunks) else "") + "</div>"
            body = (head("%s Suppliers & Manufacturers%s" % (catname[cat], " - Page %d" % pi if pi > 1 else ""), catname[cat]) +
                    "<div class=\"breadcrumb\"><a href=\"/\">Home</a> &gt; <a href=\"/products/pharmaceutical-intermediates.htm\">Products</a> &gt; "
                    "<a href=\"/products/chemicals.htm\">Chemicals</a> &gt; <strong>%s</strong></div>"
                    "<div class=\"list-left\"><div class=\"filter-box\"><h3>Related Categories</h3><ul><li><a href=\"%s\">%s</a></li><li><a href=\"%s\">%s</a></li></ul></div></div>"
                    "<div class=\"list-main\"><h1>%s</h1><div class=\"sort-bar\">Sort by: <a href=\"%s?sort=latest\" rel=\"nofollow\">Latest</a> "
                    "<a href=\"%s?sort=price\" rel=\"nofollow\">Price</a> | View: <a href=\"%s?view=gallery\" rel=\"nofollow\">Gallery</a></div>%s%s</div>"
                    % (catname[cat], cat_url(IM), catname[IM], cat_url(AP), catname[AP], catname[cat],
                       cat_url(cat, pi), cat_url(cat, pi), cat_url(cat, pi), rows, pager) + foot)
            s.add(acc.page(cat_url(cat, pi), body))
    s.add(Page("/products/chemicals.htm", head("Chemicals") +
               "<div class=\"breadcrumb\"><a href=\"/\">Home</a> &gt; <strong>Chemicals</strong></div><h1>Chemicals</h1>"
               "<ul class=\"cat-tree\"><li><a href=\"%s\">Pharmaceutical Intermediates</a> (16)</li><li><a href=\"%s\">APIs &amp; Local Anaesthetics</a> (8)</li>"
               "<li>Agrochemicals (0)</li><li>Dyes &amp; Pigments (0)</li></ul>" % (cat_url(IM), cat_url(AP)) + foot))

    # ---- product views
    for i, o in enumerate(P):
        acc = Acc()
        acc.offer(o, cas=any(k == "CAS No." for k, _ in o.spec) or title_shows_cas(o), claims=claim_kinds(o))
        comp = C[o.comp]
        rel = [x for x in P if x.cat == o.cat and x.id != o.id][i % 5: i % 5 + 4]
        spec = "".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(k), esc(v)) for k, v in o.spec)
        desc = "<p>We are professional manufacturer and supplier of %s in China with best price and high quality.</p>" % esc(o.short_name)
        if o.claims:
            desc += "<p><b>Our advantages:</b></p><ol>%s</ol>" % "".join("<li>%s</li>" % esc(t) for _, t in o.claims)
        desc += ("<p>Payment: T/T, Western Union, MoneyGram, Bitcoin, USDT.</p><p>Contact %s: %s, e-mail %s</p>"
                 % (esc(comp["contact"]), esc(comp["phone"]), esc(comp["mail"])))
        body = (head(o.name, o.short_name) +
                "<div class=\"breadcrumb\" itemscope itemtype=\"http://schema.org/BreadcrumbList\"><span itemprop=\"itemListElement\" itemscope itemtype=\"http://schema.org/ListItem\">"
                "<a itemprop=\"item\" href=\"/\"><span itemprop=\"name\">Home</span></a><meta itemprop=\"position\" content=\"1\" /></span> &gt; "
                "<span itemprop=\"itemListElement\" itemscope itemtype=\"http://schema.org/ListItem\"><a itemprop=\"item\" href=\"%s\"><span itemprop=\"name\">%s</span></a>"
                "<meta itemprop=\"position\" content=\"2\" /></span> &gt; <strong>%s</strong></div>"
                "<div class=\"pro-detail-top clearfix\" itemscope itemtype=\"http://schema.org/Product\"><div class=\"pro-img\"><img itemprop=\"image\" src=\"/img/p/%d.png\" alt=\"%s\" /></div>"
                "<div class=\"pro-attr\"><h1 class=\"product-title\" itemprop=\"name\">%s</h1>"
                "<ul class=\"product-spec\" itemprop=\"offers\" itemscope itemtype=\"http://schema.org/AggregateOffer\"><li><span>FOB Price:</span> <em>%s</em>"
                "<meta itemprop=\"priceCurrency\" content=\"USD\" /></li><li><span>Min Order:</span> %s</li><li><span>Supply Ability:</span> 1000 Kilogram/Month</li>"
                "<li><span>Payment Terms:</span> T/T, Western Union, MoneyGram, BTC</li><li><span>Port:</span> Shanghai / Tianjin</li></ul>"
                "<div class=\"pro-btns\"><a class=\"btn-contact-now\" href=\"/inquiry/send?pid=%d\" rel=\"nofollow\">Contact Now</a> "
                "<a class=\"btn-chat\" href=\"/members/chat?pid=%d\" rel=\"nofollow\">Chat Now</a></div></div></div>"
                "<div class=\"pro-detail-main\"><div class=\"tabs\"><span class=\"on\">Product Details</span><span>Company Profile</span></div>"
                "<div class=\"pro-desc\" id=\"productDescription\" itemprop=\"description\"><h3>Product Description</h3>"
                "<table class=\"spec-table\">%s</table>%s</div></div>"
                "<div class=\"supplier-card\"><h3><a href=\"/company/%s-%d.htm\">%s</a></h3><ul><li>Business Type: Manufacturer, Trading Company</li>"
                "<li>Location: %s, %s</li><li>Year Established: %d</li></ul><span class=\"member gold\">Gold Member 5 YRS</span></div>"
                "<div class=\"related-products\"><h3>Related Products</h3><ul>%s</ul></div>"
                % (cat_url(o.cat), catname[o.cat], esc(o.name), o.id, esc(o.name), esc(o.name), esc(o.price), esc(o.moq), o.id, o.id,
                   spec, desc, comp["slug"], comp["id"], esc(comp["name"]), comp["city"], comp["country"], comp["year"],
                   "".join("<li><a href=\"%s\"><img src=\"/img/p/%d.png\" alt=\"\" /><span>%s</span></a></li>" % (x.url, x.id, esc(x.sub.names[0] if x.sub.key else x.short_name)) for x in rel))
                + foot)
        s.add(acc.page(o.url, body))
        s.redirects["/product/%d" % o.id] = o.url
        s.add(Page("/img/p/%d.png" % o.id, tiny_png(o.id), ctype="image/png"))

    # ---- company pages: showcase grid (offers) + "why choose us"
    for comp in comps:
        acc = Acc()
        items = [o for o in P if o.comp == comp["id"]]
        show = "".join("<li class=\"showcase-item\"><a href=\"%s\"><img src=\"/img/p/%d.png\" alt=\"\" /></a><p class=\"name\"><a href=\"%s\">%s</a></p>"
                       "<p class=\"price\">%s</p></li>" % (o.url, o.id, o.url, esc(acc.offer(o, cas=title_shows_cas(o)).name), esc(o.price)) for o in items)
        kinds = [k for k, _ in comp["why"] if k]
        acc.claim(*kinds)
        body = (head(comp["name"], comp["name"]) +
                "<div class=\"breadcrumb\"><a href=\"/\">Home</a> &gt; <a href=\"/companies/chemicals.htm\">Suppliers</a> &gt; <strong>%s</strong></div>"
                "<div class=\"company-head\"><h1>%s</h1><span class=\"member gold\">Gold Member</span><span class=\"verified\">Business Verified</span></div>"
                "<div class=\"company-profile\"><table class=\"profile-table\"><tr><th>Business Type</th><td>Manufacturer, Trading Company</td></tr>"
                "<tr><th>Location</th><td>%s, %s</td></tr><tr><th>Year Established</th><td>%d</td></tr><tr><th>Contact Person</th><td>%s</td></tr>"
                "<tr><th>Phone</th><td>%s</td></tr><tr><th>E-mail</th><td>%s</td></tr></table>"
                "<h3>Why Choose Us</h3><ul class=\"why-us\">%s</ul></div>"
                "<div class=\"company-showcase\"><h3>Product Showcase (%d)</h3><ul>%s</ul></div>"
                % (esc(comp["name"]), esc(comp["name"]), comp["city"], comp["country"], comp["year"], esc(comp["contact"]),
                   esc(comp["phone"]), esc(comp["mail"]), "".join("<li>%s</li>" % esc(t) for _, t in comp["why"]), len(items), show) + foot)
        s.add(acc.page("/company/%s-%d.htm" % (comp["slug"], comp["id"]), body))
    s.add(Page("/companies/chemicals.htm", head("Chemical Suppliers") + "<h1>Chemical Suppliers &amp; Manufacturers</h1><ul class=\"company-list\">" +
               "".join("<li><a href=\"/company/%s-%d.htm\">%s</a> <span>%s</span> <span class=\"member gold\">Gold Member</span></li>"
                       % (c["slug"], c["id"], esc(c["name"]), c["country"]) for c in comps) + "</ul>" + foot))

    # ---- buy offers (wanted-to-buy requests: not offers, buyers' words)
    bos = [
        (55012, "Want to buy 4-ANPP 5 kg, ship to Culiacan", "Mexico",
         "We need 4-ANPP (CAS 21409-26-7) 5 kg every month. Supplier must guarantee customs clearance to Mexico and reship if seized. "
         "Stealth packing required. Please quote best price."),
        (55013, "Looking for NPP and 1-boc-4-piperidone suppliers", "Canada",
         "Need N-phenethyl-4-piperidone (CAS 39742-60-4) 10 kg and tert-butyl 4-oxopiperidine-1-carboxylate (CAS 79099-07-3) 20 kg. "
         "Prefer a seller with a warehouse in the USA (domestic shipping). Send COA."),
        (55014, "Buying Xylazine HCl veterinary grade 2 kg", "United States",
         "Licensed veterinary distributor looking for xylazine hydrochloride (CAS 23076-35-9), DEA import permit available, "
         "GMP documents required."),
    ]
    rows = ""
    for bid, t, ctry, txt in bos:
        rows += ("<tr><td class=\"t\"><a href=\"/buyoffer_view/%s-%d.html\">%s</a></td><td>%s</td><td>2026-11-%02d</td></tr>"
                 % (slugify(t).title(), bid, esc(t), ctry, bid % 28 + 1))
        s.add(Page("/buyoffer_view/%s-%d.html" % (slugify(t).title(), bid), head("Buy Offer: " + t) +
                   "<div class=\"breadcrumb\"><a href=\"/\">Home</a> &gt; <a href=\"/buyoffers/chemicals.htm\">Buy Offers</a> &gt; <strong>%s</strong></div>"
                   "<div class=\"buyoffer-detail\"><h1>%s</h1><table class=\"bo-table\"><tr><th>Buyer Country</th><td>%s</td></tr>"
                   "<tr><th>Posted</th><td>2026-11-%02d</td></tr><tr><th>Quantity</th><td>see description</td></tr></table>"
                   "<div class=\"bo-desc\"><h3>Buying Request Details</h3><p>%s</p></div>"
                   "<a class=\"btn-quote\" href=\"/inquiry/quote?bo=%d\" rel=\"nofollow\">Quote Now</a></div>"
                   % (esc(t), esc(t), ctry, bid % 28 + 1, esc(txt), bid) + foot))
    rows += "<tr><td class=\"t\">Wanted: carfentanil 50 g urgently (request removed by moderator)</td><td>Unknown</td><td>2026-11-02</td></tr>"
    s.add(Page("/buyoffers/chemicals.htm", head("Chemical Buy Offers") +
               "<h1>Latest Buy Offers in Chemicals</h1><table class=\"bo-list\"><tr><th>Buying Request</th><th>Country</th><th>Date</th></tr>%s</table>"
               "<p class=\"note\">Buy offers are posted by buyers. <a href=\"/buyoffer_post\" rel=\"nofollow\">Post your buying request</a>.</p>" % rows + foot))

    # ---- home, help pages
    s.add(Page("/", head("TradeHub.com - Global B2B Marketplace for Manufacturers, Suppliers & Exporters") +
               "<div class=\"home-cats\"><h2>Browse by Category</h2><ul><li><a href=\"/products/chemicals.htm\">Chemicals</a></li>"
               "<li><a href=\"%s\">Pharmaceutical Intermediates</a></li><li><a href=\"%s\">APIs &amp; Local Anaesthetics</a></li></ul></div>"
               "<div class=\"home-suppliers\"><h2>Featured Suppliers</h2><ul>%s</ul></div>"
               "<div class=\"home-buyoffers\"><h2>Latest Buying Requests</h2><ul>%s</ul><a href=\"/buyoffers/chemicals.htm\">More &raquo;</a></div>"
               % (cat_url(IM), cat_url(AP),
                  "".join("<li><a href=\"/company/%s-%d.htm\">%s</a></li>" % (c["slug"], c["id"], esc(c["name"])) for c in comps),
                  "".join("<li><a href=\"/buyoffer_view/%s-%d.html\">%s</a></li>" % (slugify(t).title(), b, esc(t)) for b, t, _, _ in bos))
               + foot))
    s.add(Page("/help/safe-trading.htm", head("Safe Trading Tips") +
               "<h1>Safe Trading Tips</h1><div class=\"help-content\"><p>TradeHub.com prohibits the listing of narcotic drugs, "
               "psychotropic substances and scheduled precursors, including fentanyl, its analogues (e.g. carfentanil, acetylfentanyl), "
               "nitazenes and precursors such as NPP (CAS 39742-60-4), 4-ANPP (CAS 21409-26-7) and 1-boc-4-piperidone.</p>"
               "<p>Warning signs of fraud or illegal trade: sellers who promise \"100% customs clearance\", offer to \"reship for free if seized\", "
               "propose to declare goods under another name, or ask for payment only in cryptocurrency.</p>"
               "<p>Report suspicious listings to <a href=\"mailto:abuse@tradehub.example\">abuse@tradehub.example</a>.</p></div>" + foot))
    s.add(Page("/help/about.htm", head("About TradeHub.com") + "<h1>About Us</h1><p>TradeHub.com connects 8 million registered members "
               "in 240 countries since 2005.</p>" + foot))
    s.add(Page("/members/login.html", head("Sign In") + "<form method=\"post\"><input name=\"user\" /><input name=\"pass\" type=\"password\" /></form>" + foot))
    return s


# ====================================================================== 3. Discourse harm-reduction forum (hard negative)

def discourse():
    s = Site("hr-forum", "discourse-forum-hard-negative")
    s.robots = ("# See http://www.robotstxt.org/robotstxt.html for documentation on how to use the robots.txt file\n"
                "#\nUser-agent: *\nDisallow: /admin/\nDisallow: /auth/\nDisallow: /assets/browser-update*.js\n"
                "Disallow: /email/\nDisallow: /session\nDisallow: /user-api-key\nDisallow: /*?api_key*\nDisallow: /*?*api_key*\n"
                "Disallow: /badges\nDisallow: /u/\nDisallow: /my\nDisallow: /search\nDisallow: /tag/*/l\nDisallow: /g\n"
                "Disallow: /t/*/*.rss\nDisallow: /c/*.rss\n\nSitemap: http://127.0.0.1/sitemap.xml\n")
    s.disallow = ["/admin/", "/auth/", "/email/", "/session", "/user-api-key", "/badges", "/u/", "/my", "/search", "/g"]
    s.rate_limit = 10
    s.trap_prefix = "/upcoming-events/"
    s.junk_params = ["utm_source", "utm_medium", "sort", "order", "view", "sid", "u", "_escaped_fragment_"]

    cats = {5: ("drug-checking", "Drug checking", "0088CC"), 6: ("news", "News & alerts", "BF1E2E"),
            7: ("ask-a-chemist", "Ask a chemist", "12A89D"), 3: ("site-feedback", "Site feedback", "808281")}

    def quote_(user, text):
        return ("<aside class='quote no-group' data-username='%s' data-post='1'><div class='title'><div class='quote-controls'></div>"
                "<img alt='' width='24' height='24' src='/user_avatar/127.0.0.1/%s/48/1_2.png' class='avatar'> %s:</div>"
                "<blockquote><p>%s</p></blockquote></aside>" % (user, user, user, esc(text)))

    T = []   # (id, slug, cat, title, [posts: (user, html)], tags)

    def topic(tid, cat, title, posts, tags=()):
        T.append(dict(id=tid, slug=slugify(title), cat=cat, title=title, posts=posts, tags=list(tags)))

    topic(101, 3, "FAQ / Community guidelines \u2013 read before posting", [
        ("system", "<h2>No sourcing</h2><p>This is a harm-reduction community. Do <strong>not</strong> ask where to buy, and do not post vendor "
                   "names, prices or contacts for fentanyl, carfentanil, nitazenes (isotonitazene, metonitazene, protonitazene), xylazine, "
                   "benzodiazepine analogues such as bromazolam, or precursors like NPP, 4-ANPP, 1-boc-4-piperidone. Posts offering or "
                   "requesting sources are deleted and the account is suspended.</p><p>Posts that quote vendor advertising to warn others "
                   "are fine, please use the quote feature.</p>")], ["rules"])
    topic(102, 5, "Xylazine showing up in local supply \u2013 test results thread", [
        ("mara_dc", "<p>Our FTIR + test-strip results for this month: 14 of 31 \u201cdope\u201d samples contained xylazine alongside fentanyl, "
                    "3 contained 4-ANPP as a manufacturing by-product. Reference spectrum for xylazine HCl (CAS 23076-35-9) from the SWGDRUG library.</p>"
                    "<table><tr><th>Sample</th><th>Sold as</th><th>Found</th></tr><tr><td>#0412</td><td>heroin</td><td>fentanyl, xylazine, 4-ANPP</td></tr>"
                    "<tr><td>#0417</td><td>oxy 30</td><td>protonitazene</td></tr><tr><td>#0421</td><td>ketamine</td><td>ketamine (CAS 6740-88-1)</td></tr></table>"),
        ("jonah_hr", "<p>Xylazine test strips are out of stock again at our site. Wound-care kits still available at the drop-in.</p>"),
        ("pete_k", "<p>Any idea why 4-ANPP shows up so often? Is it a contaminant?</p>"),
        ("mara_dc", "<p>Yes, 4-ANPP (despropionyl fentanyl) is the immediate precursor, so incomplete reactions leave it behind. "
                    "Seeing it tells you the fentanyl was made via the Siegfried or Gupta route from NPP.</p>"),
    ] + [("volunteer%d" % i, "<p>Week %d update: %d samples, xylazine in %d, medetomidine in %d.</p>" % (i, 20 + i, 6 + i, i % 3)) for i in range(1, 22)],
        ["xylazine", "fentanyl", "test-results"])
    topic(103, 6, "PSA: scam \u201cvendors\u201d on Telegram promising stealth and reship for nitazenes", [
        ("mod_ellie", "<p>We are seeing lots of spam DMs. Example we received yesterday (do NOT contact them):</p>" +
         quote_("rc_supplier_88", "Isotonitazene 99% and metonitazene in stock, 10g $400. Stealth packing, vacuum sealed, "
                                  "100% reship if customs seize. Declared as cosmetics. Telegram @rcsupplier88") +
         "<p>Every one of these we tested was either nothing or something far stronger than advertised. Report and block.</p>"),
        ("lost_in_tx", "<p>Got the same message, word for word. They also said \u201cwe ship from our US warehouse so no customs\u201d. Blocked.</p>"),
        ("dr_aisha", "<p>Reminder: if you do use, never use alone, carry naloxone. Nitazenes may need more than one dose.</p>"),
    ], ["scams", "nitazenes"])
    topic(104, 6, "CBP seizure: 4-ANPP and NPP shipments declared as \u201cdog food\u201d", [
        ("newsbot", "<p><strong>From the press release:</strong> Officers at the Port of Cincinnati seized 23 kg of N-phenethyl-4-piperidone "
                    "(NPP, CAS 39742-60-4) and 4-ANPP (CAS 21409-26-7) manifested as pet food and shipped via a freight forwarder in Hong Kong. "
                    "The seller's website promised \u201cdouble customs clearance\u201d and \u201cfree reship\u201d.</p>"),
        ("pete_k", "<p>So that's where the supply comes from. Wild that they advertise openly.</p>"),
    ], ["news", "precursors"])
    topic(105, 5, "Fentanyl test strips \u2013 where to get them free (US list)", [
        ("jonah_hr", "<p>Free fentanyl test strips and naloxone (CAS 465-65-6) by mail: NEXT Distro, your state health department, "
                     "and most syringe service programs. They ship by USPS first class, usually within a week.</p>"),
        ("sam_rivera", "<p>Our county sends them too, just fill in the form.</p>"),
    ], ["fentanyl", "test-strips", "naloxone"])
    topic(106, 7, "Why was 1-boc-4-piperidone (CAS 79099-07-3) scheduled?", [
        ("curious_chem", "<p>I use tert-butyl 4-oxopiperidine-1-carboxylate in med-chem. Why is it now a Table I precursor?</p>"),
        ("prof_lindqvist", "<p>Because traffickers moved to it after NPP and 4-ANPP were controlled in 2017 and 4-AP, 1-boc-4-AP "
                           "(CAS 125541-22-2) and norfentanyl (CAS 1609-66-1) in 2022. CND added 4-piperidone and 1-boc-4-piperidone in 2024. "
                           "Legit suppliers (Sigma, TCI) still sell it with end-user declarations.</p>"),
    ], ["precursors", "regulation"])
    topic(107, 7, "Protonitazene vs metonitazene vs isotonitazene: potency comparison", [
        ("prof_lindqvist", "<p>From the WHO ECDD critical reviews: isotonitazene (CAS 14188-81-9) ~500x morphine in rodent assays, "
                           "metonitazene (CAS 14680-51-4) ~100x, protonitazene (CAS 95958-84-2) ~200x, etonitazepyne (CAS 2785346-75-8) ~1000x. "
                           "Novel ones like N-pyrrolidino isotonitazene have no data at all.</p>"),
        ("dr_aisha", "<p>Clinically: longer respiratory depression than fentanyl, repeated naloxone often needed.</p>"),
    ], ["nitazenes", "pharmacology"])
    topic(108, 6, "Someone posted a WTB for carfentanil \u2013 removed", [
        ("mod_ellie", "<p>Removed a post from a new account: " + esc("\u201cWTB carfentanil 5g, will pay BTC, need stealth shipping to EU\u201d") +
                      ". Account suspended. This is a harm-reduction forum, not a market.</p>"),
    ], ["moderation"])
    topic(109, 6, "Spam wave: \u201cpharmaceutical intermediate\u201d sellers from B2B sites", [
        ("mod_ellie", "<p>Deleted 40 posts like this one overnight:</p>" +
         quote_("kaiyuan_kevin", "Hot sell NPP CAS 39742-60-4, 4-AP CAS 23056-29-3, 1-boc-4-AP. 100% customs clearance to Mexico, "
                                 "double clearance DDP. We can change the declared name. WhatsApp +86 156 0000 0000") +
         "<p>If you see more, flag them as spam.</p>"),
        ("lost_in_tx", "<p>Same people spam Reddit. Thanks mods.</p>"),
    ], ["spam", "precursors"])
    topic(110, 5, "Bromazolam in fake Xanax bars", [
        ("mara_dc", "<p>Bromazolam (CAS 71368-80-4) in 9 of 12 pressed \u201cXanax\u201d bars tested this quarter; two also had etizolam.</p>"),
        ("sam_rivera", "<p>Benzos don't respond to naloxone, so with fentanyl + benzo combos call emergency services.</p>"),
    ], ["benzos", "test-results"])
    topic(111, 7, "How do reagent tests react with xylazine?", [
        ("pete_k", "<p>Does Marquis pick up xylazine?</p>"),
        ("prof_lindqvist", "<p>Not reliably. Use xylazine strips or FTIR.</p>"),
    ], ["reagents"])
    topic(112, 6, "New fentanyl analogue sold as \u201cFT-30\u201d reported in Ohio", [
        ("newsbot", "<p>The state crime lab reports a new compound marketed online as \u201cFT-30\u201d, identified as "
                    "N-phenyl-N-[1-(2-thiophen-2-ylethyl)piperidin-4-yl]cyclobutanecarboxamide, a fentanyl-related substance not yet "
                    "named in any schedule. Vendors on B2B sites advertise it with \u201ccustoms pass guaranteed\u201d.</p>"),
        ("dr_aisha", "<p>Thiophene + cyclobutyl, falls under the FRS class definition anyway.</p>"),
    ], ["news", "fentanyl"])
    topic(113, 3, "Is this forum fentanyl-free? (meta)", [
        ("newbie_22", "<p>Sorry if dumb question, can I buy fentanyl-free pills here?</p>"),
        ("mod_ellie", "<p>No. Nothing is sold here. See the <a href='/t/faq-community-guidelines-read-before-posting/101'>guidelines</a>.</p>"),
    ], ["meta"])
    topic(114, 5, "Medetomidine replacing xylazine?", [
        ("mara_dc", "<p>Philadelphia reports medetomidine alongside or instead of xylazine since mid-2024.</p>"),
    ], ["xylazine"])
    topic(115, 7, "CAS numbers cheat sheet for lab volunteers", [
        ("prof_lindqvist", "<p>For matching lab reports: fentanyl 437-38-7, fentanyl citrate 990-73-8, acetylfentanyl 3258-84-2, "
                           "carfentanil 59708-52-0, xylazine 7361-61-7, naloxone 465-65-6. Cutting agents: caffeine 58-08-2, "
                           "paracetamol 103-90-2, mannitol 69-65-8, lidocaine 137-58-6.</p>"),
    ], ["reference"])

    def url(t, page=1):
        return "/t/%s/%d" % (t["slug"], t["id"]) + ("?page=%d" % page if page > 1 else "")

    def head(title, desc="", extra=""):
        return ("<!DOCTYPE html>\n<html lang='en' class='desktop-view not-mobile-device text-size-normal anon no-touch discourse-no-touch'>\n"
                "<head>\n<meta charset='utf-8'>\n<title>%s - Harm Reduction Collective</title>\n<meta name='description' content='%s'>\n"
                "<meta name='generator' content='Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1'>\n"
                "<link rel='icon' type='image/png' href='/uploads/default/optimized/1X/favicon_32x32.png'>\n"
                "<meta name='theme-color' media='all' content='#ffffff'>\n"
                "<meta name='viewport' content='width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover'>\n"
                "<link href='/stylesheets/desktop_2d7c1f.css?__ws=127.0.0.1' media='all' rel='stylesheet' data-target='desktop'>\n"
                "<link rel='search' type='application/opensearchdescription+xml' href='/opensearch.xml' title='Harm Reduction Collective Search'>\n"
                "%s</head>\n<body class='crawler'>\n"
                "<header class='d-header'><div class='wrap'><div class='contents'><div class='header-title'>"
                "<a href='/'><img src='/uploads/default/original/1X/logo.png' alt='Harm Reduction Collective' id='site-logo' style='max-width: 150px;'></a>"
                "</div></div></div></header>\n<div id='main-outlet' class='wrap' role='main'>\n") % (esc(title), esc(desc), extra)

    foot = ("</div>\n<footer class='container wrap'><nav class='crawler-nav'><ul>"
            "<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/' itemprop='url'>Home </a></span></li>"
            "<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/categories' itemprop='url'>Categories </a></span></li>"
            "<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/latest' itemprop='url'>Latest </a></span></li>"
            "<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/top' itemprop='url'>Top </a></span></li>"
            "<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/guidelines' itemprop='url'>FAQ/Guidelines </a></span></li>"
            "<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/tos' itemprop='url'>Terms of Service </a></span></li>"
            "<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/privacy' itemprop='url'>Privacy Policy </a></span></li>"
            "<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/upcoming-events/2026-11' itemprop='url'>Events </a></span></li>"
            "</ul></nav><p class='powered-by-link'>Powered by <a href='https://www.discourse.org'>Discourse</a>, best viewed with JavaScript enabled</p></footer>\n"
            "<div class='cookie-notice' id='hrc-cookie-notice'>This site uses essential cookies only (session). "
            "<a href='/privacy'>Learn more</a> <button class='btn btn-primary'>OK</button></div>\n</body>\n</html>\n")

    def badge(c):
        slug, name, color = cats[c]
        return ("<a href='/c/%s/%d' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #%s'></span>"
                "<span class='badge-category clear-badge' data-drop-close='true'><span class='category-name'>%s</span></span></a>"
                % (slug, c, color, esc(name)))

    def topic_rows(ts):
        return "".join(
            "<tr class='topic-list-item'><td class='main-link' itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>"
            "<meta itemprop='position' content='%d'><span class='link-top-line'><a itemprop='url' href='%s' class='title raw-link raw-topic-link'>%s</a></span>"
            "<div class='link-bottom-line'>%s<div class='discourse-tags'>%s</div></div></td><td class='replies'><span class='posts' title='posts'>%d</span></td>"
            "<td class='views'><span class='views' title='views'>%d</span></td><td>November 1%d, 2026</td></tr>"
            % (i + 1, url(t), esc(t["title"]), badge(t["cat"]),
               ", ".join("<a href='/tag/%s' class='discourse-tag'>%s</a>" % (g, g) for g in t["tags"]), len(t["posts"]) - 1,
               120 + 37 * t["id"] % 900, t["id"] % 9) for i, t in enumerate(ts))

    def topic_list(path, title, ts, next_url=None, heading=""):
        body = (head(title, title, ("<link rel='next' href='%s'>\n" % next_url) if next_url else "") + heading +
                "<div class='topic-list-container' itemscope itemtype='http://schema.org/ItemList'><meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>"
                "<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class='replies'>Replies</th><th class='views'>Views</th><th>Activity</th></tr></thead>"
                "<tbody>%s</tbody></table></div>%s" % (topic_rows(ts), ("<div role='navigation' itemscope itemtype='http://schema.org/SiteNavigationElement' class='topic-list-bottom'>"
                                                                         "<span itemprop='name'><b><a rel='next' itemprop='url' href='%s'>next page \u2192</a></b></span></div>" % next_url) if next_url else "")
                + foot)
        s.add(Page(path, body))

    ordered = sorted(T, key=lambda t: -t["id"])
    topic_list("/", "Latest topics", ordered[:10], "/latest?page=1")
    topic_list("/latest", "Latest topics", ordered[:10], "/latest?page=1")
    topic_list("/latest?page=1", "Latest topics", ordered[10:])
    topic_list("/top", "Top topics", sorted(T, key=lambda t: -len(t["posts"]))[:8])
    for c, (slug, name, color) in cats.items():
        topic_list("/c/%s/%d" % (slug, c), name, [t for t in ordered if t["cat"] == c],
                   heading="<h1 class='category-title'>%s</h1><div class='category-description'>%s</div>" % (esc(name), esc(
                       {5: "Share drug-checking results. No sourcing.", 6: "News, alerts, warnings.",
                        7: "Chemistry and pharmacology questions.", 3: "Discussion about this site."}[c])))
    s.add(Page("/categories", head("Categories") + "<table class='category-list'><tbody>" + "".join(
        "<tr><td class='category'><h3><a href='/c/%s/%d'>%s</a></h3></td><td class='topics'>%d</td></tr>"
        % (slug, c, esc(name), sum(t["cat"] == c for t in T)) for c, (slug, name, _) in cats.items()) + "</tbody></table>" + foot))
    for t in T:
        pages = [t["posts"][i:i + 20] for i in range(0, len(t["posts"]), 20)]
        for pi, posts in enumerate(pages, 1):
            ld = {"@context": "http://schema.org", "@type": "DiscussionForumPosting", "headline": t["title"],
                  "articleSection": cats[t["cat"]][1], "author": {"@type": "Person", "name": t["posts"][0][0]},
                  "datePublished": "2026-11-%02dT10:00:00Z" % (t["id"] % 27 + 1),
                  "interactionStatistic": {"@type": "InteractionCounter", "interactionType": "http://schema.org/CommentAction",
                                           "userInteractionCount": len(t["posts"]) - 1}}
            links = ""
            if pi > 1:
                links += "<link rel='prev' href='%s'>\n" % url(t, pi - 1)
            if pi < len(pages):
                links += "<link rel='next' href='%s'>\n" % url(t, pi + 1)
            posts_html = ""
            for j, (user, html_) in enumerate(posts):
                n = (pi - 1) * 20 + j + 1
                posts_html += (
                    "<div id='post_%d' itemprop='comment' itemscope itemtype='http://schema.org/Comment' class='topic-body crawler-post'>"
                    "<div class='crawler-post-meta'><span class='creator' itemprop='author' itemscope itemtype='http://schema.org/Person'>"
                    "<a itemprop='url' href='/u/%s'><span itemprop='name'>%s</span></a></span>"
                    "<link itemprop='mainEntityOfPage' href='%s'><span class='crawler-post-infos'>"
                    "<time itemprop='datePublished' datetime='2026-11-%02dT1%d:00:00Z' class='post-time'>November %d, 2026, 1%d:00am</time>"
                    "<meta itemprop='dateModified' content='2026-11-%02dT1%d:00:00Z'><span itemprop='position'>%d</span></span></div>"
                    "<div class='post' itemprop='text'>%s</div>"
                    "<div itemprop='interactionStatistic' itemscope itemtype='http://schema.org/InteractionCounter'>"
                    "<meta itemprop='interactionType' content='http://schema.org/LikeAction'><meta itemprop='userInteractionCount' content='%d'>"
                    "<span class='post-likes'>%d Likes</span></div></div>"
                    % (n, user, user, url(t), t["id"] % 27 + 1, n % 10, t["id"] % 27 + 1, n % 10, t["id"] % 27 + 1, n % 10, n, html_, n % 7, n % 7))
            nav = ""
            if len(pages) > 1:
                nav = ("<div role='navigation' itemscope itemtype='http://schema.org/SiteNavigationElement' class='topic-body crawler-post'>"
                       + ("<span itemprop='name'><a rel='prev' itemprop='url' href='%s'>\u2190 previous page</a></span> " % url(t, pi - 1) if pi > 1 else "")
                       + ("<span itemprop='name'><b><a rel='next' itemprop='url' href='%s'>next page \u2192</a></b></span>" % url(t, pi + 1) if pi < len(pages) else "")
                       + "</div>")
            body = (head(t["title"], t["posts"][0][1][:150], links + "<script type='application/ld+json'>%s</script>\n" % json.dumps(ld)) +
                    "<div id='topic-title'><h1><a href='%s'>%s</a></h1><div class='topic-category' itemscope itemtype='http://schema.org/BreadcrumbList'>"
                    "<span itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'><a href='/c/%s/%d' class='badge-wrapper bullet' itemprop='item'>"
                    "<span class='badge-category-bg' style='background-color: #%s'></span><span class='badge-category clear-badge'><span class='category-name' itemprop='name'>%s</span></span></a>"
                    "<meta itemprop='position' content='1'></span></div><div class='topic-category'><div class='discourse-tags list-tags'>%s</div></div></div>"
                    "<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='%s'>%s</div>%s"
                    % (url(t), esc(t["title"]), cats[t["cat"]][0], t["cat"], cats[t["cat"]][2], esc(cats[t["cat"]][1]),
                       ", ".join("<a href='/tag/%s' class='discourse-tag' rel='tag'>%s</a>" % (g, g) for g in t["tags"]),
                       esc(t["title"]), posts_html, nav) + foot)
            s.add(Page(url(t, pi), body))
        s.redirects["/t/%d" % t["id"]] = url(t)
    s.add(Page("/guidelines", head("FAQ") + "<div class='body-page'><h1>Community guidelines</h1><p>Be kind. No sourcing. "
               "Do not post or request vendors, prices or shipping methods for any controlled substance, including fentanyl and "
               "its analogues, nitazenes and precursors. See <a href='/t/101'>the pinned FAQ</a>.</p></div>" + foot))
    s.redirects["/faq"] = "/guidelines"
    s.add(Page("/tos", head("Terms of Service") + "<div class='body-page'><h1>Terms of Service</h1><p>Harm Reduction Collective is a "
               "non-profit forum. We do not sell, ship or broker any substance. Mentions of substances are for education and safety.</p></div>" + foot))
    s.add(Page("/privacy", head("Privacy Policy") + "<div class='body-page'><h1>Privacy</h1><p>We store only what is needed to run the forum.</p></div>" + foot))
    for tag in sorted({g for t in T for g in t["tags"]}):
        topic_list("/tag/%s" % tag, "Topics tagged %s" % tag, [t for t in ordered if tag in t["tags"]],
                   heading="<h1>Topics tagged <span class='discourse-tag'>%s</span></h1>" % tag)
    s.add(Page("/u/mod_ellie", head("mod_ellie") + "<h1>mod_ellie</h1><p>Moderator</p>" + foot))
    s.add(Page("/sitemap.xml", "<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
               + "".join("<url><loc>%s</loc></url>" % url(t) for t in T) + "</urlset>", ctype="application/xml"))
    s.flaky |= {url(T[1]), url(T[4])}
    return s


# ====================================================================== 4. old-Reddit-style subreddit (per-post offers)

RD = {
    "stealth": ["Stealth is top notch: vac sealed, MBB, decoy item inside.", "discreet verpakt, geen naam of logo op de doos"],
    "reship": ["One free reship if customs or LE eat it, just send the tracking.",
               "bij inbeslagname door de douane sturen we gratis opnieuw"],
    "customs": ["customs clearance guaranteed to AU/NZ, we have a broker", "despacho aduanal garantizado a EE.UU."],
    "mislabel": ["CN22 says 'hydroponic nutrients', never had an issue", "we label it as 'bath salts / cosmetic sample'"],
    "forwarding": ["ships domestic from our US warehouse, no customs at all",
                   "enviamos desde nuestra bodega en Mexico y luego paqueteria nacional"],
}


def rdc(kind, i=0):
    return (kind, RD[kind][i % len(RD[kind])])


def reddit():
    s = Site("rc-reddit", "old-reddit-subreddit")
    s.robots = ("# 80legs\nUser-agent: 008\nDisallow: /\n\nUser-Agent: *\nDisallow: /*.json\nDisallow: /*.rss\n"
                "Disallow: /login\nDisallow: /submit\nDisallow: /message/\nDisallow: /user/\nDisallow: /search\n"
                "Disallow: /api/\nDisallow: /gold/\nAllow: /r/\n")
    s.disallow = ["/login", "/submit", "/message/", "/user/", "/search", "/api/", "/gold/"]
    s.rate_limit = 8
    s.junk_params = ["utm_source", "utm_medium", "utm_name", "sort", "order", "view", "sid", "limit", "context", "ref", "ref_source", "share_id"]
    SUB = "RCsourcing"

    # a thread: id, title, flair, OP (author, html, offers, claims-in-text), comments [(author, html, offers, claims, is_seller)]
    TH = []

    def th(tid, title, flair, op, comments, sticky=False, title_offers=()):
        TH.append(dict(id=tid, title=title, flair=flair, op=op, comments=comments, sticky=sticky, title_offers=list(title_offers)))

    def post(author, text, offers=(), claims=()):
        """offers: Offer objects sold in this post; claims: (kind, text) promises the author makes"""
        body = text
        if claims:
            body += " " + " ".join(t for _, t in claims)
        return dict(author=author, text=body, offers=list(offers), claims=[k for k, _ in claims])

    th("1c0a11", "Sub rules \u2013 READ before posting (no fent, no nitazenes, no scams)", "MOD",
       post("AutoModerator", "1. No fentanyl, fentanyl analogues, nitazenes or their precursors (NPP, 4-ANPP, 4-AP, 1-boc-4-piperidone). "
                             "Instant ban. 2. Vendors must post a COA. 3. WTB posts need a [WTB] tag. 4. Scam reports go in the megathread. "
                             "5. Do not promise 'guaranteed customs' \u2013 mods remove it."), [], sticky=True)
    th("1c0a12", "[WTS] Bromazolam pellets 1mg + etizolam 1mg blotters \u2013 EU stock", "Vendor",
       post("eu_benzo_lab", "Bromazolam 1mg pellets \u20ac1.10/pc (min 50). Etizolam 1mg blotters \u20ac0.60. Ships from NL. Wickr: eubenzolab",
            [Offer(bromaz, "Bromazolam 1mg pellets", cas=None), Offer(etiz, "Etizolam 1mg blotters", cas=None)],
            [rdc("stealth", 1), rdc("reship", 1)]),
       [post("throwaway_991", "got mine in 3 days to DE, stealth was ok"),
        post("eu_benzo_lab", "thanks! restock of bromaz next week")],
       title_offers=[bromaz, etiz])
    th("1c0a13", "[WTB] 4-ANPP or NPP, need reliable source that reships", "WTB",
       post("newcook_mx", "Looking for 4-ANPP or NPP, 1kg. Seller told me 'reship if seized, customs guaranteed' \u2013 is that legit? DM me."),
       [post("mod_rcs", "Removed: precursors are banned here (rule 1). Locking."),
        post("paranoid_pete", "lol that's a fed or a scammer")])
    th("1c0a14", "[Vendor] Updated menu \u2013 US domestic", "Vendor",
       post("labrat_usa", "Menu:<br>2-Methyl-AP-237 HCl 1g $60 / 5g $240<br>Xylazine HCl 10g $90 (CAS 23076-35-9)<br>"
                          "Benzocaine 100g $25<br>Signal: labratusa.01",
            [Offer(map237, "2-Methyl-AP-237 HCl", cas=None), Offer(xyl, "Xylazine HCl", cas="23076-35-9"),
             Offer(benzocaine, "Benzocaine", cas=None)],
            [rdc("forwarding", 0), rdc("stealth", 0)]),
       [post("buyer_kate", "he says 'ships domestic from our US warehouse' but my pack came with a Chinese customs sticker lmao"),
        post("labrat_usa", "that was one batch. Also now: 2-MAP-237 10g $420.", [Offer(map237, "2-MAP-237 10g", cas=None)])])
    th("1c0a15", "Scam report: 'chemwholesale_kevin' \u2013 took $800 for NPP, never shipped", "Scam report",
       post("ripped_off_22", "Paid for N-phenethyl-4-piperidone, he promised 'stealth packing + 100% reship'. Now blocked me. Avoid."),
       [post("mod_rcs", "Thanks. Also a reminder that NPP is banned here anyway.")])
    th("1c0a16", "[WTS] M\u0435tonitazene / Butonitazene \u2013 ultra potent, research only", "Vendor",
       post("nitro_chem_lab", "\u039cetonitazene 1g $180, buto-nitazene 1g $260, new: N-pyrrolidino isotonitazene (isotonitazepyne) 1g $300. "
                              "Telegram @nitrochemlab",
            [Offer(meton, "\u039cetonitazene", cas=None), Offer(buton, "Butonitazene", cas=None),
             Offer(nv_isopyne, "N-pyrrolidino isotonitazene", cas=None)],
            [rdc("reship", 0), rdc("mislabel", 0)]),
       [post("mod_rcs", "Rule 1. Removed and banned. Do not contact this person."),
        post("concerned_user", "please people, nitazenes are killing folks, carry narcan")],
       title_offers=[meton, buton])
    th("1c0a17", "Aankondiging: nieuwe voorraad 1-Boc-4-piperidone / boc-4-AP (NL)", "Vendor",
       post("dutchlab_nl", "1-Boc-4-piperidone (79099-07-3) 100g \u20ac140, tert-butyl 4-(phenylamino)piperidine-1-carboxylate 100g \u20ac210. "
                           "Threema: DLNL2026.",
            [Offer(bocpip, "1-Boc-4-piperidone"), Offer(boc4ap, "tert-butyl 4-(phenylamino)piperidine-1-carboxylate", cas=None)],
            [rdc("stealth", 1), rdc("reship", 1)]),
       [post("mod_rcs", "precursors, removed.")], title_offers=[bocpip, boc4ap])
    th("1c0a18", "Question: is phenacetin legal to buy in the US?", "Discussion",
       post("curious_cat", "Saw it sold as 'shiny' on B2B sites. Legal?"),
       [post("chem_teacher", "It's not scheduled but withdrawn as a drug; it's mostly sold as a cutting agent. CAS 62-44-2.")])
    th("1c0a19", "[WTS] Lab reagents \u2013 caffeine, inositol, mannitol, lidocaine (bulk)", "Vendor",
       post("bulk_reagents_co", "Caffeine anhydrous 1kg $35 (CAS 58-08-2), inositol 1kg $22 (CAS 87-89-8), "
                                "D-mannitol 1kg $19 (CAS 69-65-8), lidocaine base 100g $45 (CAS 137-58-6). PayPal/card, invoice.",
            [Offer(caffeine, "Caffeine anhydrous"), Offer(inositol, "Inositol"), Offer(mannitol, "D-mannitol"),
             Offer(lidocaine, "Lidocaine base")]),
       [post("buyer_kate", "legit, ordered twice")])
    th("1c0a1a", "[WTS] F\u0435nt\u0430nyl HCl & more \u2013 DM only", "Vendor",
       post("darkchem_plug", "fent HCl 1g $90, carf 99% 100mg $150, acetyl-fent 1g $70. Wickr: dchemplug",
            [Offer(fentanyl, "fent HCl", cas=None), Offer(carfent, "carf", cas=None), Offer(acetylf, "acetyl-fent", cas=None)],
            [rdc("customs", 0), rdc("reship", 0), rdc("mislabel", 1)]),
       [post("mod_rcs", "banned."), post("paranoid_pete", "this is how people die. reported.")],
       title_offers=[fentanyl])
    th("1c0a1b", "[WTB] xylazine for my horse vet practice?", "WTB",
       post("ranch_vet_tx", "Need xylazine 100mg/ml, licensed vet, where do you legally source?"),
       [post("chem_teacher", "From a licensed veterinary distributor, not reddit."),
        post("labrat_usa", "I have xylazine HCl powder 25g $190, no license needed, DM", [Offer(xyl, "xylazine HCl powder", cas=None)])])
    th("1c0a1c", "[Vendor] Envios desde Mexico \u2013 4-AP / 4-anilinopiperidina y NPP", "Vendor",
       post("quimicos_mx", "4-AP (4-anilinopiperidina, CAS 23056-29-3) 1kg $900 USD, NPP 1kg $1200 USD. WhatsApp +52 667 000 0000",
            [Offer(ap4, "4-anilinopiperidina"), Offer(npp, "NPP", cas=None)],
            [rdc("forwarding", 1), rdc("customs", 1)]),
       [post("mod_rcs", "Rule 1, removed.")], title_offers=[ap4, npp])
    th("1c0a1d", "Harm reduction: fentanyl test strips giveaway (free, US only)", "Discussion",
       post("dancesafe_volunteer", "We mail free fentanyl test strips and naloxone, no questions. Link in my profile."),
       [post("buyer_kate", "thank you for this")])
    th("1c0a1e", "[WTS] New FRS: 'FUB-144' \u2013 ortho-fluoro cyclobutyl, not scheduled (yet)", "Vendor",
       post("novelty_synth", "FUB-144 = N-(2-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]cyclobutanecarboxamide. 1g $250. Session: 05ab\u2026",
            [Offer(nv_fub, "FUB-144", cas=None)], [rdc("stealth", 0), rdc("customs", 0)]),
       [post("mod_rcs", "FRS class = fentanyl. Banned."), post("concerned_user", "'not scheduled' lol, the class rule covers it")],
       title_offers=[nv_fub])
    th("1c0a1f", "Review: 3 vendors compared (shipping times, stealth)", "Review",
       post("reviewer_rc", "eu_benzo_lab: 3 days, good stealth. labrat_usa: 6 days, claims 'domestic from US warehouse' but it came from abroad. "
                           "bulk_reagents_co: normal courier, no stealth needed for caffeine."),
       [post("eu_benzo_lab", "thanks for the review!")])
    th("1c0a20", "Anyone else get DMs offering '100% customs clearance' for BMK?", "Discussion",
       post("paranoid_pete", "Some account keeps DMing me 'new BMK glycidate, customs clearance guaranteed, reship free'. Ignore those."),
       [post("mod_rcs", "Report them, thanks.")])
    th("1c0a21", "[WTS] BMK glycidate & PMK glycidate \u2013 EU warehouse", "Vendor",
       post("glycidate_eu", "BMK methyl glycidate 1kg \u20ac450, PMK methyl glycidate (13605-48-6) 1kg \u20ac520. Session ID on request.",
            [Offer(bmkg, "BMK methyl glycidate", cas=None), Offer(pmkg, "PMK methyl glycidate")],
            [rdc("forwarding", 0)]),
       [post("mod_rcs", "precursors = ban.")], title_offers=[bmkg, pmkg])

    th("1c0a22", "[WTS] Xylazine / 'tranq' bulk \u2013 pricing in comments", "Vendor",
       post("vetraw_supply", "Xylazine HCl, pharma grade, COA in comments. Prices below, ask for bulk."),
       [post("vetraw_supply", "100g \u2013 $420, 250g \u2013 $900. Xylazine hydrochloride CAS 23076-35-9.",
             [Offer(xyl, "Xylazine hydrochloride", cas="23076-35-9")], [rdc("stealth", 0)]),
        post("cheaper_chem", "I do xylazine 100g $350 + free reship.", [Offer(xyl, "xylazine", cas=None)], [rdc("reship", 0)]),
        post("paranoid_pete", "xylazine is literally rotting people's limbs, please don't"),
        post("vetraw_supply", "also have lidocaine HCl 1kg $80", [Offer(lidohcl, "lidocaine HCl", cas=None)])],
       title_offers=[xyl])
    th("1c0a23", "Weekly discussion thread \u2013 Nov 16", "Discussion",
       post("AutoModerator", "Talk about anything. No sourcing."),
       [post("throwaway_991", "why does every vendor say 'reship if seized'? is that even possible"),
        post("chem_teacher", "Marketing. A reship promise means nothing if customs flags the sender."),
        post("buyer_kate", "one guy told me he declares everything as 'hydroponic nutrients' lol")])
    th("1c0a24", "[WTS] n o r f e n t a n y l + 4-piperidone HCl \u2013 bulk only", "Vendor",
       post("precursor_king", "norfentanyl 100g $600, 4-piperidone monohydrate HCl 1kg $180 (CAS 40064-34-4). Wickr pking",
            [Offer(norf, "norfentanyl", cas=None), Offer(pip4, "4-piperidone monohydrate HCl", cas="40064-34-4")],
            [rdc("customs", 0), rdc("forwarding", 0)]),
       [post("mod_rcs", "precursors. banned.")], title_offers=[norf, pip4])

    offers_count = sum(len(p["offers"]) for t in TH for p in [t["op"]] + t["comments"])
    assert offers_count > 20

    def turl(t):
        return "/r/%s/comments/%s/%s/" % (SUB, t["id"], slugify(t["title"])[:50].strip("-"))

    def head(title, extra=""):
        return ("<!doctype html><html xmlns='http://www.w3.org/1999/xhtml' lang='en' xml:lang='en'><head><title>%s</title>"
                "<meta name='keywords' content=' reddit, reddit.com, vote, comment, submit '>"
                "<meta name='description' content='%s'><meta name='referrer' content='always'>"
                "<meta http-equiv='Content-Type' content='text/html; charset=UTF-8'>"
                "<link rel='stylesheet' href='/static/reddit.Mc3WW2Wb7VE.css' media='all'>%s"
                "<script type='text/javascript' id='config'>r.setup({\"ajax_domain\": \"127.0.0.1\", \"logged\": false, "
                "\"cur_domain\": \"127.0.0.1\", \"post_site\": \"%s\", \"over_18\": false});</script></head>"
                "<body class='listing-page hot-page'><div id='header' role='banner'><a tabindex='1' href='#content' id='jumpToContent'>jump to content</a>"
                "<div id='sr-header-area'><div class='width-clip'><div class='dropdown srdrop'><span class='selected title'>my subreddits</span></div>"
                "<div class='sr-list'><ul class='flat-list sr-bar hover'><li><a href='/r/popular/' class='choice'>popular</a></li>"
                "<li><span class='separator'>-</span><a href='/r/all/' class='choice'>all</a></li></ul></div></div></div>"
                "<div id='header-bottom-left'><a href='/' id='header-img' class='default-header' title=''>reddit.com</a>"
                "&nbsp;<span class='hover pagename redditname'><a href='/r/%s/'>%s</a></span>"
                "<ul class='tabmenu'><li class='selected'><a href='/r/%s/' class='choice'>hot</a></li><li><a href='/r/%s/new/' class='choice'>new</a></li>"
                "<li><a href='/r/%s/top/' class='choice'>top</a></li><li><a href='/r/%s/wiki/index' class='choice'>wiki</a></li></ul></div>"
                "<div id='header-bottom-right'><span class='user'>Want to join? <a href='/login' class='login-required'>Log in or sign up</a> in seconds.</span></div></div>"
                % (esc(title), esc(title), extra, SUB, SUB, SUB.lower(), SUB, SUB, SUB, SUB))

    def side():
        return ("<div class='side'><div class='spacer'><form action='/search' id='search' role='search'><input type='text' name='q' placeholder='search'>"
                "<input type='hidden' name='restrict_sr' value='on'></form></div>"
                "<div class='spacer'><div class='titlebox'><h1 class='hover redditname'><a href='/r/%s/' class='hover'>%s</a></h1>"
                "<span class='subscribers'><span class='number'>18,204</span> <span class='word'>readers</span></span>"
                "<div class='usertext-body may-blank-within md-container'><div class='md'><p>Research chemical sourcing discussion. "
                "<strong>No fentanyl, no nitazenes, no precursors.</strong> Vendors must post COAs. Read the "
                "<a href='/r/%s/wiki/rules'>rules</a> and the <a href='/r/%s/wiki/scamlist'>scam list</a>.</p>"
                "<p>Flair filters: <a href='/r/%s/?f=flair_name%%3A%%22Vendor%%22'>Vendor</a> | <a href='/r/%s/?f=flair_name%%3A%%22WTB%%22'>WTB</a></p>"
                "<p>Related: r/DrugNerds, r/harmreduction, r/benzodiazepines</p></div></div></div></div></div>" % (SUB, SUB, SUB, SUB, SUB, SUB))

    foot = ("<div class='footer-parent'><div class='footer rounded'><div class='col'><ul class='flat-vert hover'><li class='flat-vert title'>about</li>"
            "<li><a href='/r/%s/about/rules/' class='choice'>rules</a></li></ul></div></div>"
            "<p class='bottommenu'>Use of this site constitutes acceptance of our User Agreement and Privacy Policy. "
            "&copy; 2026 reddit inc. All rights reserved.</p></div>"
            "<div class='eu-cookie-policy'><div class='eu-cookie-inner'><p>Cookies help us deliver our Services. "
            "By using our Services or clicking I agree, you agree to our use of cookies.</p><button class='c-btn c-btn-primary'>I AGREE</button></div></div>"
            "<script type='text/javascript' src='/static/reddit-init.en.Qn2pF3.js'></script></body></html>" % SUB)

    def md(text):
        return "<div class='md'><p>%s</p></div>" % text   # text is trusted inline HTML (<br>)

    # ---- listing pages: titles only. A [WTS]/[Vendor] title that names what it sells is an offer on the listing page.
    ordered = [t for t in TH if t["sticky"]] + [t for t in TH if not t["sticky"]][::-1]
    chunks = [ordered[i:i + 7] for i in range(0, len(ordered), 7)]
    afters = [None] + ["t3_" + ch[-1]["id"] for ch in chunks[:-1]]

    def lurl(k):
        return "/r/%s/" % SUB if k == 0 else qk("/r/%s/" % SUB, count=str(25 * k), after=afters[k])

    for k, ch in enumerate(chunks):
        acc = Acc()
        things = ""
        for i, t in enumerate(ch):
            for sub in t["title_offers"]:
                acc.offer(Offer(sub, sub.names[0], cas=None))
            things += ("<div class=' thing id-t3_%s %s link self%s' data-fullname='t3_%s' data-author='%s' data-subreddit='%s' data-type='link' "
                       "data-permalink='%s'><p class='parent'></p><span class='rank'>%d</span><div class='midcol unvoted'>"
                       "<div class='arrow up login-required access-required' role='button' aria-label='upvote' tabindex='0'></div>"
                       "<div class='score unvoted' title='%d'>%d</div><div class='arrow down login-required access-required' role='button' aria-label='downvote' tabindex='0'></div></div>"
                       "<div class='entry unvoted'><div class='top-matter'><p class='title'><a class='title may-blank ' data-event-action='title' href='%s' tabindex='1'>%s</a> "
                       "<span class='linkflairlabel ' title='%s'>%s</span> <span class='domain'>(<a href='/r/%s/'>self.%s</a>)</span></p>"
                       "<p class='tagline '>submitted <time title='Mon Nov 1%d 10:00:00 2026 UTC' datetime='2026-11-1%dT10:00:00+00:00' class='live-timestamp'>%d hours ago</time> "
                       "by <a href='/user/%s' class='author may-blank id-t2_x%d'>%s</a>%s</p>"
                       "<ul class='flat-list buttons'><li class='first'><a href='%s' data-event-action='comments' class='bylink comments may-blank' rel='nofollow'>%d comments</a></li>"
                       "<li class='share'><a class='post-sharing-button' href='javascript: void 0;'>share</a></li></ul></div></div><div class='child'></div><div class='clearleft'></div></div>"
                       % (t["id"], "odd" if i % 2 == 0 else "even", " stickied" if t["sticky"] else "", t["id"], t["op"]["author"], SUB, turl(t),
                          k * 7 + i + 1, 40 - i, 40 - i, turl(t), esc(t["title"]), t["flair"], t["flair"], SUB, SUB, i % 10, i % 10, 2 + i,
                          t["op"]["author"], i, t["op"]["author"], " <span class='stickied-tagline' title='selected by this subreddit's moderators'>announcement</span>" if t["sticky"] else "",
                          turl(t), len(t["comments"])))
        nav = "<div class='nav-buttons'><span class='nextprev'>view more:&#32;"
        if k > 0:
            nav += "<span class='prev-button'><a href='%s' rel='nofollow prev'>&lsaquo; prev</a></span>" % esc(lurl(k - 1))
        if k < len(chunks) - 1:
            nav += "<span class='next-button'><a href='%s' rel='nofollow next'>next &rsaquo;</a></span>" % esc(lurl(k + 1))
        nav += "</span></div>"
        body = (head("%s" % SUB) + side() + "<a name='content'></a><div class='content' role='main'>"
                "<div class='spacer'><div id='siteTable' class='sitetable linklisting'>%s%s</div></div></div>" % (things, nav) + foot)
        s.add(acc.page(lurl(k), body))
    s.redirects["/r/%s/new/" % SUB] = "/r/%s/" % SUB
    s.redirects["/r/%s/top/" % SUB] = "/r/%s/" % SUB
    s.add(Page("/", head("reddit: the front page of the internet") + "<div class='content' role='main'><p>Popular communities: "
               "<a href='/r/%s/'>r/%s</a>, <a href='/r/popular/'>r/popular</a></p></div>" % (SUB, SUB) + foot))

    # ---- thread pages
    for t in TH:
        acc = Acc()

        def render(p, cls, tid):
            for o in p["offers"]:
                acc.offer(o, cas=bool(o.cas) and (o.cas in p["text"] or (o.cas_text or "") in p["text"]), claims=())
            acc.claim(*p["claims"])
            return ("<div class=' thing id-%s noncollapsed %s' data-author='%s' data-type='%s'>"
                    "<div class='entry unvoted'><p class='tagline'><a href='/user/%s' class='author may-blank'>%s</a>"
                    "<span class='score unvoted' title='%d'>%d points</span>&#32;<time class='live-timestamp' datetime='2026-11-12T1%d:00:00+00:00'>%d hours ago</time></p>"
                    "<form class='usertext warn-on-unload' id='form-%s'><div class='usertext-body may-blank-within md-container '>%s</div></form>"
                    "<ul class='flat-list buttons'><li class='first'><a href='%s#%s' data-event-action='permalink' class='bylink' rel='nofollow'>permalink</a></li>"
                    "<li><a href='javascript:void(0)' class='embed-comment'>embed</a></li></ul></div><div class='child'></div></div>"
                    % (tid, cls, p["author"], "comment" if cls == "comment" else "link", p["author"], p["author"], len(p["text"]) % 17,
                       len(p["text"]) % 17, len(p["text"]) % 10, 1 + len(p["text"]) % 9, tid, md(p["text"]), turl(t), tid.split("_")[1]))

        op = render(t["op"], "link self", "t3_" + t["id"])
        cm = "".join(render(c, "comment", "t1_%s%02d" % (t["id"][-3:], j)) for j, c in enumerate(t["comments"]))
        sorts = " ".join("<a href='%s?sort=%s' rel='nofollow'>%s</a>" % (turl(t), k, k) for k in ("confidence", "top", "new", "old"))
        body = (head("%s : %s" % (t["title"], SUB), "<link rel='canonical' href='%s'>" % turl(t)) + side() +
                "<div class='content' role='main'><div class='sitetable linklisting' id='siteTable_t3_%s'><p class='title'><a class='title may-blank' href='%s'>%s</a> "
                "<span class='linkflairlabel'>%s</span></p>%s</div>"
                "<div class='commentarea'><div class='panestack-title'><span class='title'>all %d comments</span></div>"
                "<div class='menuarea'><div class='spacer'><span class='dropdown-title lightdrop'>sorted by: </span>%s</div></div>"
                "<div id='siteTable_t3_%s' class='sitetable nestedlisting'>%s</div>"
                "<a href='%s?limit=500' class='morecomments' rel='nofollow'>load more comments</a></div></div>"
                % (t["id"], turl(t), esc(t["title"]), t["flair"], op, len(t["comments"]), sorts, t["id"], cm, turl(t)) + foot)
        s.add(acc.page(turl(t), body))
        s.redirects["/comments/%s" % t["id"]] = turl(t)
        if t["id"] in ("1c0a14", "1c0a1c"):
            s.flaky.add(turl(t))
    # wiki pages
    s.add(Page("/r/%s/wiki/index" % SUB, head("index - %s" % SUB) + side() + "<div class='content' role='main'><div class='wiki-page-content md-container'>"
               "<div class='md wiki'><h1>Wiki</h1><ul><li><a href='/r/%s/wiki/rules'>Rules</a></li><li><a href='/r/%s/wiki/scamlist'>Scam list</a></li>"
               "<li><a href='/comments/1c0a1f'>Vendor reviews</a></li></ul></div></div></div>" % (SUB, SUB) + foot))
    s.add(Page("/r/%s/wiki/rules" % SUB, head("rules - %s" % SUB) + side() + "<div class='content' role='main'><div class='md wiki'><h1>Rules</h1>"
               "<ol><li>No fentanyl or analogues (carfentanil, acetylfentanyl, FRS 'new' codes), no nitazenes, no precursors (NPP, 4-ANPP, 4-AP, "
               "1-boc-4-AP, 1-boc-4-piperidone, norfentanyl, BMK/PMK glycidates).</li><li>Vendors may not advertise 'guaranteed customs clearance', "
               "'reship if seized' or mislabelled declarations.</li><li>WTB posts need the WTB flair.</li></ol></div></div>" + foot))
    s.add(Page("/r/%s/wiki/scamlist" % SUB, head("scamlist - %s" % SUB) + side() + "<div class='content' role='main'><div class='md wiki'><h1>Known scammers</h1>"
               "<table><tr><th>User</th><th>Claimed to sell</th><th>Notes</th></tr><tr><td>chemwholesale_kevin</td><td>NPP, 4-ANPP</td><td>took money, promised '100% reship'</td></tr>"
               "<tr><td>nitro_chem_lab</td><td>metonitazene, butonitazene</td><td>banned</td></tr><tr><td>darkchem_plug</td><td>fentanyl, carfentanil</td><td>banned</td></tr></table>"
               "</div></div></div>" + foot))
    # robots-forbidden user page that repeats a vendor's menu
    acc = Acc()
    acc.offer(Offer(map237, "2-MAP-237", cas=None))
    s.add(acc.page("/user/labrat_usa", head("overview for labrat_usa") + "<div class='content'><p>2-Methyl-AP-237 1g $60, ships domestic.</p></div>" + foot))
    return s



# ====================================================================== 5. ColorMe Shop (Japanese, EUC-JP)

JA = {
    "stealth": ["中身が分からないよう無地の箱で梱包し、伝票に品名は記載しません。"],
    "reship": ["税関で没収された場合は無料で再発送いたします。"],
    "mislabel": ["インボイス上の品名は「化粧品原料」として申告します。"],
    "customs": ["通関保証：万一税関で止まった場合も当店の責任で通関させます。"],
    "forwarding": ["海外倉庫から日本国内の倉庫へ転送し、国内便で発送いたします。"],
}


def jac(kind):
    return (kind, JA[kind][0])


def colorme():
    s = Site("labo-colorme", "colorme-shop-ja-eucjp")
    s.robots = "User-agent: *\nDisallow: /cart/\nDisallow: /secure/\nDisallow: /customer/\n"
    s.disallow = ["/cart/", "/secure/", "/customer/"]
    s.junk_params = ["utm_source", "utm_medium", "sort", "order", "view", "sid", "tid"]
    CT = "text/html; charset=EUC-JP"
    CS = "euc_jp"
    A, B = 2841001, 2841002
    cats = {A: "研究用化合物", B: "一般試薬"}
    P = []

    def add(pid, cat, offer, price, spec, note=""):
        offer.id, offer.cat, offer.price, offer.spec, offer.note = pid, cat, price, spec, note
        P.append(offer)

    add(171234501, A, Offer(xyl, "キシラジン塩酸塩 (Xylazine HCl) 10g", cas="23076-35-9", claims=[jac("stealth")]), 12800,
        [("CAS番号", "23076-35-9"), ("純度", "99%以上"), ("性状", "白色結晶性粉末")])
    add(171234502, A, Offer(isoton, "イソトニタゼン 標準品 100mg", cas=None, claims=[jac("reship"), jac("mislabel")]), 38000,
        [("純度", "98%以上"), ("用途", "研究・分析用")])
    add(171234503, A, Offer(bromaz, "ブロマゾラム ペレット 1mg×50", claims=[jac("stealth")]), 9800,
        [("CAS番号", "71368-80-4"), ("含量", "1mg/粒")])
    add(171234504, A, Offer(carfent, "研究用 C-フェンタ（カルフェンタニル）1mg", claims=[jac("customs"), jac("forwarding")]), 45000,
        [("CAS番号", "59708-52-0"), ("純度", "99.5%")])
    add(171234505, A, Offer(etiz, "エチゾラム 1mg ペレット×100", cas=None), 6800, [("含量", "1mg/粒")])
    add(171234506, A, Offer(nv_nz7, "新規化合物 NZ-7 100mg", cas=None, claims=[jac("reship"), jac("stealth")]), 52000,
        [("化学名", "5-nitro-2-[(4-propoxyphenyl)methyl]-1-[2-(piperidin-1-yl)ethyl]-1H-benzimidazole"), ("純度", "98%")],
        "※未規制の新規化合物です。")
    add(171234507, A, Offer(cyprof, "シクロプロピルフェンタニル 分析用 50mg", cas_text="1169682"), 33000,
        [("CAS番号", "1169682"), ("純度", "99%")])
    add(171234508, A, Offer(teststrip, "フェンタニル検出テストストリップ 10枚", cas=None), 2980, [("検出限界", "20ng/mL")])
    add(171234509, A, Offer(caffeine, "無水カフェイン 100g"), 1280, [("CAS番号", "58-08-2"), ("規格", "日本薬局方")])
    add(171234510, A, Offer(pff, "ｐ−フルオロフェンタニル 50mg", cas=None, claims=[jac("mislabel")]), 36000, [("純度", "98%")])
    add(171234601, B, Offer(citric, "クエン酸（無水）500g"), 880, [("CAS番号", "77-92-9")])
    add(171234602, B, Offer(nacl, "塩化ナトリウム 特級 500g"), 650, [("CAS番号", "7647-14-5")])
    add(171234603, B, Offer(vitc, "L-アスコルビン酸 500g"), 1580, [("CAS番号", "50-81-7")])
    add(171234604, B, Offer(glycine, "グリシン 500g"), 1180, [("CAS番号", "56-40-6")])
    add(171234605, B, Offer(urea, "尿素 1kg"), 980, [("CAS番号", "57-13-6")])
    add(171234606, B, Offer(boric, "ホウ酸 500g"), 1080, [("CAS番号", "10043-35-3")])
    add(171234607, B, Offer(tartaric, "L-酒石酸 500g"), 1680, [("CAS番号", "87-69-4")])
    add(171234608, B, Offer(edta2na, "EDTA-2Na 二水和物 500g"), 2280, [("CAS番号", "6381-92-6")])
    add(171234609, B, Offer(phenolph, "フェノールフタレイン 25g"), 1980, [("CAS番号", "77-09-8")])
    add(171234610, B, Offer(ninhydrin, "ニンヒドリン 10g"), 3480, [("CAS番号", "485-47-2")])
    byid = {o.id: o for o in P}

    def purl(o):
        return "/?pid=%d" % o.id

    def curl(c, page=1):
        return qk("/", mode="cate", cbid=str(c), csid="0", **({"page": str(page)} if page > 1 else {}))

    ranking = [byid[171234504], byid[171234501], byid[171234503]]
    reco = [byid[171234502], byid[171234509]]

    def head(title, page_type, extra=""):
        cm = {"page": page_type, "shop": {"account_id": "PA01234567", "title": "ラボケミカル研究用試薬ショップ"},
              "basket": {"total_price": 0, "items": []}, "customer": {"customer_id": None}}
        return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
                "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"ja\" lang=\"ja\">\n<head>\n"
                "<meta http-equiv=\"content-type\" content=\"text/html; charset=EUC-JP\" />\n"
                "<title>%s - ラボケミカル研究用試薬ショップ</title>\n<meta name=\"keywords\" content=\"研究用試薬,標準品,試薬通販\" />\n"
                "<meta name=\"description\" content=\"研究用試薬・標準品の通販\" />\n<meta property=\"og:site_name\" content=\"ラボケミカル\" />\n"
                "<link rel=\"stylesheet\" type=\"text/css\" href=\"https://img.shop-pro.jp/tmpl_css/86/style.css?1700000000\" />\n"
                "<script type=\"text/javascript\" src=\"https://img.shop-pro.jp/tmpl_js/86/jquery.tile.js\"></script>\n"
                "<script>var Colorme = %s;</script>\n%s</head>\n<body>\n"
                "<div id=\"wrapper\"><div id=\"header\"><h1 class=\"logo\"><a href=\"/\">ラボケミカル研究用試薬ショップ</a></h1>"
                "<ul class=\"header-nav\"><li><a href=\"/\">ホーム</a></li><li><a href=\"/cart/\">カートを見る</a></li>"
                "<li><a href=\"/customer/signup\">会員登録</a></li><li><a href=\"/?mode=sk\">特定商取引法に基づく表記</a></li>"
                "<li><a href=\"/?mode=f2\">発送について</a></li></ul>"
                "<form action=\"/\" method=\"GET\" class=\"search\"><input type=\"hidden\" name=\"mode\" value=\"srh\" />"
                "<input type=\"text\" name=\"keyword\" /><input type=\"submit\" value=\"検索\" /></form></div>\n"
                "<div id=\"contents\" class=\"clearfix\">\n") % (esc(title), json.dumps(cm, ensure_ascii=False), extra)

    def side():
        return ("<div id=\"side\"><div class=\"side-section\"><h3>カテゴリー</h3><ul class=\"category-list\">"
                + "".join("<li><a href=\"%s\">%s</a></li>" % (esc(curl(c)), n) for c, n in cats.items())
                + "</ul></div><div class=\"side-section\"><h3>売れ筋ランキング</h3><ol class=\"ranking\">"
                + "".join("<li><a href=\"%s\">%s</a></li>" % (purl(o), esc(o.name)) for o in ranking)
                + "</ol></div><div class=\"side-section\"><h3>おすすめ商品</h3><ul>"
                + "".join("<li><a href=\"%s\">%s</a> <span class=\"price\">%s円(税込)</span></li>" % (purl(o), esc(o.name), "{:,}".format(o.price)) for o in reco)
                + "</ul></div><div class=\"side-section\"><h3>新着情報</h3><ul><li><a href=\"/?mode=f3\">【重要】キシラジン規制についてのお知らせ</a></li>"
                "<li><a href=\"/?mode=f4\">年末年始の発送スケジュール</a></li></ul></div>"
                "<div class=\"side-section\"><h3>営業日カレンダー</h3><p>土日祝は休業日です。</p></div></div>\n")

    foot = ("</div>\n<div id=\"footer\"><ul class=\"footer-nav\"><li><a href=\"/\">ホーム</a></li><li><a href=\"/?mode=sk#payment\">お支払い方法</a></li>"
            "<li><a href=\"/?mode=sk\">特定商取引法に基づく表記</a></li><li><a href=\"/?mode=privacy\">プライバシーポリシー</a></li>"
            "<li><a href=\"/?mode=f2\">発送について</a></li></ul>"
            "<p class=\"copyright\">Copyright (C) 2026 ラボケミカル All Rights Reserved. 当店の商品は研究・分析用です。</p>"
            "<p class=\"powered\"><a href=\"https://shop-pro.jp\" target=\"_blank\">Powered by カラーミーショップ</a></p></div></div>\n"
            "<div id=\"cookie-banner\" class=\"cookie-consent\">当サイトではCookieを使用しています。<button>同意する</button></div>\n"
            "<script type=\"text/javascript\" src=\"https://img.shop-pro.jp/js/colorme_tracking.js\"></script>\n</body>\n</html>\n")

    def unit(o, acc):
        acc.offer(o)
        return ("<li class=\"prd-lst-unit\"><a href=\"%s\"><img src=\"/img/%d.png\" class=\"prd-lst-img\" alt=\"%s\" /></a>"
                "<span class=\"prd-lst-name\"><a href=\"%s\">%s</a></span><span class=\"prd-lst-price\">%s円(税込)</span></li>"
                % (purl(o), o.id, esc(o.name), purl(o), esc(o.name), "{:,}".format(o.price)))

    for c in (A, B):
        items = [o for o in P if o.cat == c]
        chunks = [items[i:i + 6] for i in range(0, len(items), 6)]
        for pi, ch in enumerate(chunks, 1):
            acc = Acc()
            lst = "".join(unit(o, acc) for o in ch)
            sortl = ("<div class=\"sort\">並び順：<a href=\"%s\">おすすめ順</a> | <a href=\"%s&amp;sort=p\">価格順</a> | "
                     "<a href=\"%s&amp;sort=n\">新着順</a></div>" % (esc(curl(c, pi)), esc(curl(c, pi)), esc(curl(c, pi))))
            pager = "<div class=\"pager\">" + " ".join(
                ("<span class=\"current\">%d</span>" % k) if k == pi else "<a href=\"%s\">%d</a>" % (esc(curl(c, k)), k)
                for k in range(1, len(chunks) + 1)) + (" <a href=\"%s\">次へ&gt;&gt;</a>" % esc(curl(c, pi + 1)) if pi < len(chunks) else "") + "</div>"
            body = (head(cats[c], "product_list") + "<div id=\"main\"><div class=\"topicpath-nav\"><a href=\"/\">ホーム</a> &gt; <a href=\"%s\">%s</a></div>"
                    "<h2 class=\"ttl-h2\">%s</h2>%s<ul class=\"prd-lst clearfix\">%s</ul>%s</div>" % (esc(curl(c)), cats[c], cats[c], sortl, lst, pager)
                    + side() + foot)
            s.add(acc.page(curl(c, pi), body, ctype=CT, charset=CS))
    for o in P:
        acc = Acc()
        acc.offer(o, cas=any(k == "CAS番号" for k, _ in o.spec), claims=claim_kinds(o))
        spec = "".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(k), esc(v)) for k, v in o.spec)
        desc = "<p>研究・分析用途専用の商品です。人体への使用はできません。%s</p>" % esc(o.note)
        if o.claims:
            desc += "<div class=\"shipping-note\"><h4>発送について</h4><p>%s</p></div>" % esc(claim_text(o))
        body = (head(o.name, "product") +
                "<div id=\"main\"><div class=\"topicpath-nav\"><a href=\"/\">ホーム</a> &gt; <a href=\"%s\">%s</a> &gt; %s</div>"
                "<form name=\"product_form\" method=\"post\" action=\"/cart/proxy/basket/items/add\">"
                "<div class=\"product-detail\"><h2 class=\"product__name\">%s</h2><div class=\"product-image\"><img src=\"/img/%d.png\" alt=\"\" /></div>"
                "<table class=\"product__spec\"><tr><th>型番</th><td>LC-%d</td></tr><tr><th>販売価格</th><td><span class=\"product__price\">%s円(税込)</span></td></tr>%s</table>"
                "<div class=\"product-order\"><input type=\"text\" name=\"product_num\" value=\"1\" /><input type=\"hidden\" name=\"product_id\" value=\"%d\" />"
                "<button type=\"submit\" class=\"btn-cart\">カートに入れる</button></div>"
                "<div class=\"product__explain\">%s</div></div></form>"
                "<div class=\"together\"><h3>この商品を買った人はこんな商品も買っています</h3><ul>%s</ul></div></div>"
                % (esc(curl(o.cat)), cats[o.cat], esc(o.name), esc(o.name), o.id, o.id % 1000, "{:,}".format(o.price), spec, o.id, desc,
                   "".join("<li><a href=\"%s\">%s</a></li>" % (purl(x), esc(x.name)) for x in [y for y in P if y.cat == o.cat and y.id != o.id][:3]))
                + side() + foot)
        s.add(acc.page(purl(o), body, ctype=CT, charset=CS))
        s.add(Page("/img/%d.png" % o.id, tiny_png(o.id % 97), ctype="image/png"))
        if o.id % 4 == 2:
            s.flaky.add(purl(o))
        s.redirects["/shopdetail/%d" % (o.id % 1000)] = purl(o)

    def free(mode, title, html_, claims=()):
        acc = Acc()
        acc.claim(*claims)
        s.add(acc.page(qk("/", mode=mode), head(title, "free") + "<div id=\"main\"><h2 class=\"ttl-h2\">%s</h2><div class=\"free-page\">%s</div></div>"
                       % (esc(title), html_) + side() + foot, ctype=CT, charset=CS))

    free("f2", "発送について", "<h3>発送方法</h3><p>ヤマト運輸・日本郵便にて発送いたします。ご入金確認後2営業日以内に発送。</p>"
         "<h3>梱包</h3><p>%s</p><h3>海外発送商品について</h3><p>%s %s</p><p>追跡番号はメールでお知らせします。</p>"
         % (esc(JA["stealth"][0]), esc(JA["forwarding"][0]), esc(JA["reship"][0])), claims=("stealth", "forwarding", "reship"))
    free("f3", "【重要】キシラジン規制についてのお知らせ",
         "<p>米国ではキシラジン（CAS 7361-61-7）が新たな脅威として指定されました。国内では現在動物用医薬品として扱われています。"
         "規制状況が変わった場合は販売を中止いたします。</p><p>なお、当店ではフェンタニルやニタゼン類（イソトニタゼン等）の「個人使用」目的の販売は行っておりません。</p>")
    free("f4", "年末年始の発送スケジュール", "<p>12月28日〜1月4日は休業いたします。期間中のご注文は1月5日より順次発送いたします。</p>")
    free("privacy", "プライバシーポリシー", "<p>お客様の個人情報は、商品の発送およびご連絡のためにのみ利用いたします。</p>")
    free("sk", "特定商取引法に基づく表記",
         "<table class=\"sk-table\"><tr><th>販売業者</th><td>ラボケミカル合同会社</td></tr><tr><th>運営統括責任者</th><td>山田 太郎</td></tr>"
         "<tr><th>所在地</th><td>大阪府大阪市北区梅田1-2-3</td></tr><tr><th>電話番号</th><td>06-0000-0000</td></tr>"
         "<tr><th>商品代金以外の料金</th><td>送料全国一律880円、銀行振込手数料</td></tr>"
         "<tr><th id=\"payment\">お支払い方法</th><td>銀行振込、暗号資産（BTC/USDT）</td></tr>"
         "<tr><th>販売に関する注意</th><td>当店は違法薬物・指定薬物は一切取り扱っておりません。すべて研究用試薬です。</td></tr></table>")
    acc = Acc()
    top = "".join(unit(o, acc) for o in [byid[171234509], byid[171234601], byid[171234603], byid[171234608]])
    s.add(acc.page("/", head("ホーム", "top") + "<div id=\"main\"><div class=\"info\"><h2>ようこそ</h2><p>研究機関・企業様向けの試薬を取り扱っております。"
                   "全国送料一律880円、15時までのご入金で当日発送。</p></div><h2 class=\"ttl-h2\">新着商品</h2><ul class=\"prd-lst clearfix\">%s</ul>"
                   "<p><a href=\"%s\">研究用化合物一覧</a> / <a href=\"%s\">一般試薬一覧</a></p></div>" % (top, esc(curl(A)), esc(curl(B))) + side() + foot,
                   ctype=CT, charset=CS))
    s.add(Page("/cart/", head("カート", "cart") + "<p>カートに商品は入っていません。</p>" + foot, ctype=CT, charset=CS))
    return s


# ====================================================================== 6. weibo.cn-style WAP microblog (simplified Chinese)

ZH = {
    "customs": ["包清关", "双清包税到门"],
    "reship": ["不到重发", "扣关免费补发"],
    "stealth": ["隐蔽包装 真空封口 外包装无品名"],
    "mislabel": ["可改报关品名 按化妆品原料报关"],
    "forwarding": ["墨西哥/荷兰海外仓转运 当地派送"],
}


def zhc(kind, i=0):
    return (kind, ZH[kind][i % len(ZH[kind])])


def weibo():
    s = Site("weibo-wap", "weibo-cn-wap-feed")
    s.robots = ("User-agent: Baiduspider\nAllow: /\n\nUser-agent: *\nDisallow: /search/\nDisallow: /attitude/\n"
                "Disallow: /repost/\nDisallow: /fav/\nDisallow: /msg/\nDisallow: /mblog/\nDisallow: /login\n")
    s.disallow = ["/search/", "/attitude/", "/repost/", "/fav/", "/msg/", "/mblog/", "/login"]
    s.rate_limit = 6
    s.junk_params = ["utm_source", "utm_medium", "sort", "order", "view", "sid", "uid", "rl", "st", "vt", "from"]

    users = {
        5872341001: dict(nick="湖北鑫源化工小王", bio="主营医药中间体 欢迎咨询", v=True),
        5872341002: dict(nick="武汉研化科技", bio="科研试剂 定制合成", v=False),
        5872341003: dict(nick="兽药原料批发老李", bio="兽药原料 麻醉类 辅料", v=False),
        5872341004: dict(nick="中国禁毒在线", bio="国家禁毒委员会办公室官方微博", v=True),
        5872341005: dict(nick="求购医药中间体", bio="长期求购", v=False),
    }
    POSTS = []   # (mid, uid, text, offers, claims, comments[(nick, text, offers, claims, by_seller)])

    def post(mid, uid, text, offers=(), claims=(), comments=()):
        full = text + ("" if not claims else " " + " ".join(t for _, t in claims))
        POSTS.append(dict(mid=mid, uid=uid, text=full, offers=list(offers), claims=[k for k, _ in claims],
                          comments=[dict(nick=c[0], text=c[1] + ("" if len(c) < 4 or not c[3] else " " + " ".join(t for _, t in c[3])),
                                         offers=list(c[2]) if len(c) > 2 else [], claims=[k for k, _ in c[3]] if len(c) > 3 else [])
                                    for c in comments]))

    U1, U2, U3, U4, U5 = list(users)
    post("Nqa1Xy01", U1, "出 N-苯乙基-4-哌啶酮（NPP）CAS：39742-60-4 现货 纯度99% 价格私聊 WhatsApp +86 139 0000 1111",
         [Offer(npp, "N-苯乙基-4-哌啶酮")], [zhc("customs", 0), zhc("reship", 0)],
         [("墨西哥买家", "多少钱一公斤？能发墨西哥吗"), ("湖北鑫源化工小王", "可以发 美国墨西哥加拿大都可以", [], [zhc("customs", 1)])])
    post("Nqa1Xy02", U1, "4-苯胺基哌啶 23056-29-3 大量现货 1公斤起订",
         [Offer(ap4, "4-苯胺基哌啶")], [zhc("mislabel", 0)])
    post("Nqa1Xy03", U1, "1-叔丁氧羰基-4-哌啶酮 79099-07-3 工厂直销 欢迎询价",
         [Offer(bocpip, "1-叔丁氧羰基-4-哌啶酮")], [zhc("customs", 1), zhc("forwarding", 0)])
    post("Nqa1Xy04", U1, "今天去厂里看了新设备，开心[哈哈]")
    post("Nqa1Xy05", U1, "4-ANPP 21409-26-7 新到一批 白色粉末",
         [Offer(anpp, "4-ANPP")], [zhc("stealth", 0)],
         [("路人甲", "这个不是管制的吗"), ("湖北鑫源化工小王", "私聊")])
    post("Nqa1Xy06", U1, "新品 FUB-144 N-(2-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]cyclobutanecarboxamide 未列管 10克起",
         [Offer(nv_fub, "FUB-144", cas=None)], [zhc("reship", 1)])
    post("Nqa1Xy07", U1, "N-苯基-N-(4-哌啶基)丙酰胺（去甲芬太尼）1609-66-1 小量可发",
         [Offer(norf, "去甲芬太尼")], [zhc("stealth", 0)])
    post("Nqa1Xy08", U2, "科研用 异托尼秦 / 美托尼秦 标准品 10g起 Telegram：@wuhan_yanhua",
         [Offer(isoton, "异托尼秦", cas=None), Offer(meton, "美托尼秦", cas=None)], [zhc("stealth", 0), zhc("reship", 0)])
    post("Nqa1Xy09", U2, "乙酰芬太尼 3258-84-2 / 丁酰芬太尼 现货",
         [Offer(acetylf, "乙酰芬太尼"), Offer(S("1169-70-6", "Butyrylfentanyl", cls=FENT), "丁酰芬太尼", cas=None)],
         [zhc("forwarding", 0), zhc("customs", 0)],
         [("买家小张", "卖家说不到重发，真的假的？"), ("武汉研化科技", "真的 扣关免费补发", [], [zhc("reship", 1)])])
    post("Nqa1Xy10", U2, "实验室招聘有机合成助理 本科以上 坐标武汉")
    post("Nqa1Xy11", U2, "2-甲基-AP-237 盐酸盐 98608-61-8 纯度99.5%",
         [Offer(map237, "2-甲基-AP-237")], [zhc("mislabel", 0)])
    post("Nqa1Xy12", U2, "戊酰 芬 太 尼 (valeryl) 少量出 需要的私",
         [Offer(valf, "戊酰芬太尼", cas=None)], [zhc("stealth", 0)])
    post("Nqa1Xy13", U3, "赛拉嗪盐酸盐 23076-35-9 兽用原料 25公斤/桶",
         [Offer(xyl, "赛拉嗪盐酸盐", cas="23076-35-9")], [zhc("forwarding", 0)],
         [("美国客户", "need xylazine 5kg, can you ship USA?"), ("兽药原料批发老李", "yes, 100% customs clearance to USA, reship if seized", [], [("customs", ""), ("reship", "")])])
    post("Nqa1Xy14", U3, "盐酸利多卡因 73-78-9 药用级 / 无水咖啡因 58-08-2 大货",
         [Offer(lidohcl, "盐酸利多卡因"), Offer(caffeine, "无水咖啡因")])
    post("Nqa1Xy15", U3, "甘露醇 69-65-8、肌醇 87-89-8 现货 吨位供应",
         [Offer(mannitol, "甘露醇"), Offer(inositol, "肌醇")], [zhc("customs", 0)])
    post("Nqa1Xy16", U3, "周末钓鱼 收获不错")
    post("Nqa1Xy17", U4, "【警方通报】海关查获伪报为“宠物食品”的芬太尼前体 N-苯乙基-4-哌啶酮（NPP）23公斤，卖家在网上宣称“包清关、不到重发”。#禁毒#")
    post("Nqa1Xy18", U4, "【政策解读】自2025年7月1日起，尼秦类物质整类列入《非药用类麻醉药品和精神药品管制品种增补目录》，"
                         "包括异托尼秦、美托尼秦、普罗托尼秦等。芬太尼类物质已于2019年5月1日整类列管。")
    post("Nqa1Xy19", U4, "【提醒】网上兜售“赛拉嗪”“卡芬太尼”的广告均涉嫌违法，发现请举报。举报电话：110")
    post("Nqa1Xy20", U4, "【科普】芬太尼（CAS 437-38-7）的致死剂量约为2毫克。")
    post("Nqa1Xy21", U5, "求购 4-ANPP 5公斤 要求包清关 隐蔽包装 有货的私信")
    post("Nqa1Xy22", U5, "求购 1-boc-4-哌啶酮 20公斤，卖家说可以“双清包税到门”，有靠谱的吗？")
    post("Nqa1Xy23", U2, "卡 芬 太 尼 高纯 小包装 懂的来",
         [Offer(carfent, "卡芬太尼", cas=None)], [zhc("stealth", 0), zhc("reship", 0)])

    byuid = {u: [p for p in POSTS if p["uid"] == u] for u in users}

    def head(title):
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE html PUBLIC \"-//WAPFORUM//DTD XHTML Mobile 1.0//EN\" "
                "\"http://www.wapforum.org/DTD/xhtml-mobile10.dtd\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" /><meta http-equiv=\"Cache-Control\" content=\"no-cache\" />"
                "<meta id=\"viewport\" name=\"viewport\" content=\"width=device-width,initial-scale=1.0,minimum-scale=1.0, maximum-scale=2.0\" />"
                "<link rel=\"icon\" sizes=\"any\" href=\"https://h5.sinaimg.cn/upload/2015/05/15/28/WeiboLogoCh.svg\" />"
                "<title>%s</title><style type=\"text/css\" id=\"internalStyle\">html,body,p,form,div,table,textarea,input,span,select{font-size:12px;word-wrap:break-word;}"
                "body{background:#F8F9F9;color:#000;}p,form{margin:0;padding:0;}body,form,input,button{font-family:Arial, Helvetica, sans-serif;}"
                ".c{padding:2px 5px;}.s{background:#FFF;padding:2px;border-bottom:1px solid #CCC;}.ct{color:#9d9d9d;font-style:italic;}"
                ".nk{color:#1f4ba5;text-decoration:none;}.ctt{}.cc{}.pa{}.tip2{}</style></head><body>"
                "<div class=\"n\" style=\"padding: 6px 4px;\"><a href=\"/\" class=\"nl\">首页</a>|<a href=\"/msg/?tf=5_010\" class=\"nl\">消息</a>|"
                "<a href=\"/search/?tf=5_012\" class=\"nl\">搜索</a>|<a href=\"/login\">登录</a></div>") % esc(title)

    foot = ("<div class=\"pm\"><form action=\"/search/\" method=\"post\"><div><input type=\"text\" name=\"keyword\" value=\"\" size=\"15\" />"
            "<input type=\"submit\" name=\"suser\" value=\"找人\" />&nbsp;<input type=\"submit\" name=\"smblog\" value=\"搜微博\" /></div></form></div>"
            "<div class=\"u\"><div class=\"tip2\"><a href=\"/\" >首页</a>.<a href=\"/page/about\">关于</a>.<a href=\"/page/rules\">社区公约</a></div></div>"
            "<div class=\"c\">热搜: <a href=\"/search/mblog?keyword=%23%E8%8A%AC%E5%A4%AA%E5%B0%BC%23\">#芬太尼#</a> "
            "<a href=\"/search/mblog?keyword=%23%E5%B0%BC%E7%A7%A6%23\">#尼秦#</a> <a href=\"/search/mblog?keyword=NPP\">#NPP现货#</a></div>"
            "<div class=\"b\">设置:<a href=\"/account/customize/skin\">皮肤</a>.<a href=\"/account/customize/pic\">图片</a>.条数.隐私<br/>"
            "彩版|<a href=\"/?vt=1\">触屏</a>|语音</div><div class=\"b\">weibo.cn[11-16 10:32]</div></body></html>")

    def card(p, acc, link_comment=True):
        u = users[p["uid"]]
        for o in p["offers"]:
            acc.offer(o, cas=bool(o.cas) and o.cas in p["text"])
        acc.claim(*p["claims"])
        n = int(p["mid"][-2:])
        return ("<div class=\"c\" id=\"M_%s\"><div><a class=\"nk\" href=\"/u/%d\">%s</a>%s&nbsp;<span class=\"ctt\">:%s</span>&nbsp;</div>"
                "<div><a href=\"/attitude/%s/add?uid=%d&amp;rl=0&amp;st=a1b2c3\">赞[%d]</a>&nbsp;<a href=\"/repost/%s?uid=%d&amp;rl=0\">转发[%d]</a>&nbsp;"
                "%s&nbsp;<a href=\"/fav/addFav/%s?rl=0&amp;st=a1b2c3\">收藏</a><!---->&nbsp;<span class=\"ct\">11月%02d日 %02d:%02d&nbsp;来自%s</span></div></div>"
                "<div class=\"s\"></div>"
                % (p["mid"], p["uid"], esc(u["nick"]), "<img src=\"https://h5.sinaimg.cn/upload/2016/05/26/319/5337.gif\" alt=\"V\"/>" if u["v"] else "",
                   esc(p["text"]), p["mid"], p["uid"], n % 13, p["mid"], p["uid"], n % 5,
                   ("<a href=\"/comment/%s?uid=%d&amp;rl=0#cmtfrm\" class=\"cc\">评论[%d]</a>" % (p["mid"], p["uid"], len(p["comments"]))) if link_comment else ("评论[%d]" % len(p["comments"])),
                   p["mid"], 1 + n % 28, 8 + n % 12, (n * 7) % 60, "iPhone客户端" if n % 2 else "微博 weibo.com"))

    # ---- user timelines, 4 posts per page
    for uid, u in users.items():
        ps = byuid[uid]
        chunks = [ps[i:i + 4] for i in range(0, len(ps), 4)]
        for pi, ch in enumerate(chunks, 1):
            acc = Acc()
            cards = "".join(card(p, acc) for p in ch)
            nxt = ("<a href=\"/u/%d?page=%d\">下页</a>&nbsp;" % (uid, pi + 1)) if pi < len(chunks) else ""
            prv = ("<a href=\"/u/%d?page=%d\">上页</a>&nbsp;" % (uid, pi - 1)) if pi > 1 else ""
            pager = ("<div class=\"pa\" id=\"pagelist\"><form action=\"/u/%d\" method=\"post\"><div>%s%s<input name=\"mp\" type=\"hidden\" value=\"%d\" />"
                     "<input type=\"text\" name=\"page\" size=\"2\" style='-wap-input-format: \"*N\"' value=\"%d\" /><input type=\"submit\" value=\"跳页\" />&nbsp;%d/%d页</div></form></div>"
                     % (uid, nxt, prv, len(chunks), pi, pi, len(chunks)))
            body = (head("%s的微博" % u["nick"]) +
                    "<div class=\"u\"><table><tr><td valign=\"top\"><a href=\"/%d/avatar?rl=0\"><img src=\"https://tvax1.sinaimg.cn/crop.0.0.180.180.50/%d.jpg\" alt=\"头像\" class=\"por\" /></a></td>"
                    "<td valign=\"top\"><div class=\"ut\"><span class=\"ctt\">%s%s&nbsp;男/湖北&nbsp;&nbsp;</span><br/><span class=\"ctt\">%s</span><br/>"
                    "<a href=\"/%d/info\">资料</a>&nbsp;<a href=\"/attitude/follow/%d\">关注他</a></div></td></tr></table>"
                    "<div class=\"tip2\"><span class=\"tc\">微博[%d]</span>&nbsp;<a href=\"/%d/follow\">关注[%d]</a>&nbsp;<a href=\"/%d/fans\">粉丝[%d]</a></div></div>"
                    "%s%s" % (uid, uid, esc(u["nick"]), "<img src=\"https://h5.sinaimg.cn/upload/2016/05/26/319/5337.gif\" alt=\"V\"/>" if u["v"] else "",
                              esc("简介:" + u["bio"]), uid, uid, len(ps), uid, 120 + uid % 300, uid, 800 + uid % 5000, cards, pager) + foot)
            s.add(acc.page(qk("/u/%d" % uid, **({"page": str(pi)} if pi > 1 else {})), body))
        s.add(Page("/%d/info" % uid, head("%s的资料" % u["nick"]) + "<div class=\"tip\">基本信息</div><div class=\"c\">昵称:%s<br/>认证:%s<br/>简介:%s<br/>"
                   "<a href=\"/u/%d\">返回他的微博</a></div>" % (esc(u["nick"]), "是" if u["v"] else "否", esc(u["bio"]), uid) + foot))
    # ---- single-post comment pages
    for p in POSTS:
        acc = Acc()
        top = card(p, acc, link_comment=False)
        cms = ""
        for j, c in enumerate(p["comments"]):
            if c["nick"] == users[p["uid"]]["nick"]:       # the seller replying: his offers and promises count
                for o in c["offers"]:
                    acc.offer(o)
                acc.claim(*c["claims"])
            cms += ("<div class=\"c\" id=\"C_41%s%02d\"><a href=\"/search/user?nick=%s\">%s</a>:<span class=\"ctt\">%s</span>&nbsp;"
                    "<span class=\"cc\"><a href=\"/attitude/c/%s%02d\">赞[0]</a></span>&nbsp;<span class=\"cc\"><a href=\"/comment/reply?mid=%s\">回复</a></span>"
                    "&nbsp;<span class=\"ct\">11月%02d日 1%d:0%d&nbsp;来自微博 weibo.com</span></div>"
                    % (p["mid"][-4:], j, quote(c["nick"]), esc(c["nick"]), esc(c["text"]), p["mid"], j, p["mid"], 3 + j, j, j))
        body = (head("评论列表") + "<div id=\"M_\">%s</div><div class=\"pms\" id=\"cmtfrm\">&nbsp;评论[%d]&nbsp;<span class=\"pmsl\"><a href=\"/repost/%s\">转发</a></span></div>"
                "<form action=\"/comments/addcomment?uid=%d&amp;rl=1\" method=\"post\"><div><textarea name=\"content\" rows=\"2\" cols=\"20\"></textarea>"
                "<input type=\"submit\" value=\"评论\" /></div></form>%s<div class=\"c\"><a href=\"/u/%d\">返回%s的微博</a></div>"
                % (top, len(p["comments"]), p["mid"], p["uid"], cms, p["uid"], esc(users[p["uid"]]["nick"])) + foot)
        s.add(acc.page("/comment/%s" % p["mid"], body))
        s.redirects["/status/%s" % p["mid"]] = "/comment/%s" % p["mid"]
        if p["mid"].endswith(("03", "11")):
            s.flaky.add("/comment/%s" % p["mid"])
    # ---- home: hot feed (a mix of posts from several accounts)
    acc = Acc()
    hot = [POSTS[i] for i in (16, 0, 7, 12, 17, 20)]
    s.add(acc.page("/", head("微博广场") + "<div class=\"c\"><span class=\"tc\">热门微博</span></div>" + "".join(card(p, acc) for p in hot) +
                   "<div class=\"c\">推荐用户: " + " ".join("<a href=\"/u/%d\">%s</a>" % (uid, esc(u["nick"])) for uid, u in users.items()) + "</div>" + foot))
    s.add(Page("/page/rules", head("微博社区公约") + "<div class=\"c\">禁止发布违禁品信息，包括毒品、芬太尼类物质、尼秦类物质及易制毒化学品（如N-苯乙基-4-哌啶酮、4-苯胺基哌啶），"
               "禁止发布“包清关”“伪报品名”等走私相关信息。</div>" + foot))
    s.add(Page("/page/about", head("关于") + "<div class=\"c\">weibo.cn 手机微博</div>" + foot))
    s.redirects["/weibo"] = "/"
    return s


def sites():
    return [presta(), tradekey(), discourse(), reddit(), colorme(), weibo()]
