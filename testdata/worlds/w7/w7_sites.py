"""World w7: six simulated marketplaces from six site families not used by earlier worlds.

magento-lfc    Magento 2 (Luma) storefront of an EU "fine chemicals" seller: layered category grids,
               home-page product widget, product tabs, related/upsell rails, JSON-LD, robots-forbidden
               search, /catalog/product/view/id/N redirects, sort/limit/mode URL variants, rate limit.
cafe24-kr      Korean Cafe24 shop of a Chinese exporter, EUC-KR (charset only in <meta>), Korean claims,
               notice/review boards, "we do not sell narcotics" footer, flaky pages.
vk-wall        VK-style community wall (Russian, windows-1251): each post its own offer with its own
               price and contact, comments, market goods, discussion board, strict rate limit.
blogger-hbj    Blogspot vendor blog (English/Spanish/Chinese): jump-break snippets, Blogger robots.txt
               (Disallow: /search), posts chained by Older/Newer links, archive widget junk params.
phpbb-rs       phpBB 3.3 prosilver forum: WTS/WTB/reviews/news, quotes of vendor promises, sid params,
               "/" -> /index.php redirect, calendar-extension crawl trap, forbidden member pages.
qa-chem        Stack Exchange-style chemistry Q&A (hard negative): names substances, CAS numbers and
               quotes vendor spam with shipping promises, but nothing is offered.

Python 3 standard library only.
"""
import json
import re
from urllib.parse import urlencode

from marketsim import Site, Page, S, NOVEL, BENIGN, esc, tiny_png

FENT, NITA = "fentanyl", "nitazene"

# ---------------------------------------------------------------- substances (truth key = CAS or class:...)
fentanyl = S("437-38-7", "Fentanyl", "fentanil", cls=FENT)
carfent = S("59708-52-0", "Carfentanil", "carfentanyl", cls=FENT)
acetylf = S("3258-84-2", "Acetylfentanyl", cls=FENT)
butyrf = S("1169-70-6", "Butyrylfentanyl", cls=FENT)
pfbf = S("244195-31-1", "para-Fluorobutyrylfentanyl", "4-FBF", cls=FENT)
cpf = S("1169-68-2", "Cyclopropylfentanyl", cls=FENT)
valf = S("122882-90-0", "Valerylfentanyl", cls=FENT)
npp = S("39742-60-4", "NPP", "N-phenethyl-4-piperidone")
anpp = S("21409-26-7", "4-ANPP", "4-anilino-N-phenethylpiperidine")
ap4 = S("23056-29-3", "4-AP", "4-anilinopiperidine")
boc4ap = S("125541-22-2", "1-boc-4-AP")
norfent = S("1609-66-1", "Norfentanyl")
pip4 = S("41661-47-6", "4-Piperidone")
bocpip = S("79099-07-3", "1-boc-4-piperidone")
isotonit = S("14188-81-9", "Isotonitazene", cls=NITA)
metonit = S("14680-51-4", "Metonitazene", cls=NITA)
protonit = S("95958-84-2", "Protonitazene", cls=NITA)
butonit = S("95810-54-1", "Butonitazene", cls=NITA)
etazene = S("14030-76-3", "Etazene", cls=NITA)
etonitpy = S("2785346-75-8", "Etonitazepyne", cls=NITA)
xylazine = S("7361-61-7", "Xylazine")
bromaz = S("71368-80-4", "Bromazolam")
etizolam = S("40054-69-1", "Etizolam")
bmkgly = S("80532-66-7", "BMK methyl glycidate")
pmkgly = S("13605-48-6", "PMK methyl glycidate")
u47700 = S("121348-98-9", "U-47700")
map237 = S("98608-61-8", "2-Methyl-AP-237")
# analogues on no list by name: only a class rule catches them
nf_cbf = NOVEL(FENT, "N-(3-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]cyclobutanecarboxamide",
               "meta-fluoro cyclobutyl fentanyl", "m-F-CBF")
nf_tmp = NOVEL(FENT, "N-phenyl-N-[1-[2-(thiophen-2-yl)ethyl]piperidin-4-yl]-3-methoxypropanamide", "TMP-F")
nf_fxe = NOVEL(FENT, "N-(4-methoxyphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]cyclobutanecarboxamide", "FXE-22")
nn_itp = NOVEL(NITA, "Isotonitazepyne", "N-pyrrolidino isotonitazene")
nn_cf3 = NOVEL(NITA, "2-[2-[(4-ethoxyphenyl)methyl]-5-(trifluoromethyl)benzimidazol-1-yl]-N,N-diethylethanamine",
               "ETZ-CF3")

# benign (valid CAS, on no list)
caffeine = BENIGN("58-08-2", "Caffeine anhydrous")
benzocaine = BENIGN("94-09-7", "Benzocaine")
lidocaine = BENIGN("137-58-6", "Lidocaine")
lidohcl = BENIGN("73-78-9", "Lidocaine hydrochloride")
procaine = BENIGN("51-05-8", "Procaine hydrochloride")
tetracaine = BENIGN("136-47-0", "Tetracaine hydrochloride")
phenacetin = BENIGN("62-44-2", "Phenacetin")
mannitol = BENIGN("69-65-8", "D-Mannitol")
inositol = BENIGN("87-89-8", "myo-Inositol")
nahco3 = BENIGN("144-55-8", "Sodium bicarbonate")
citric = BENIGN("77-92-9", "Citric acid")
boric = BENIGN("10043-35-3", "Boric acid")
bnzpip = BENIGN("3612-20-2", "1-Benzyl-4-piperidone")
bocpz = BENIGN("57260-71-6", "1-Boc-piperazine")
phetbr = BENIGN("103-63-9", "(2-Bromoethyl)benzene")
propcl = BENIGN("79-03-8", "Propionyl chloride")
naloxhcl = BENIGN("51481-60-8", "Naloxone hydrochloride dihydrate")
medetom = BENIGN("86347-14-0", "Medetomidine")
msm = BENIGN("67-71-0", "Dimethyl sulfone")
lactose = BENIGN("63-42-3", "Lactose")
NOSUB = BENIGN("", "nothing")

ALL_SUBS = [v for v in list(globals().values()) if hasattr(v, "cas") and hasattr(v, "names")]


def valid_cas(c):
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", c or "")
    if not m:
        return False
    d = m.group(1) + m.group(2)
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(m.group(3))


def norm_cas(s):
    """A CAS as displayed ('21409 26 7', '21409267', 'CAS:21409-26-7') -> canonical dashed form if valid."""
    if not s:
        return None
    d = re.sub(r"\D", "", s)
    if len(d) < 5 or len(d) > 10:
        return None
    c = "%s-%s-%s" % (d[:-3], d[-3:-1], d[-1])
    return c if valid_cas(c) else None


for _s in ALL_SUBS:
    assert _s.cas == "" or valid_cas(_s.cas), _s.cas


def K(path, **params):
    """Canonical page key, the way the server and the scorer normalise a URL with a query."""
    if not params:
        return path
    return path + "?" + urlencode(sorted((k, str(v)) for k, v in params.items()))


class T:
    """Truth accumulator for one page."""
    def __init__(self):
        self.hits, self.cas, self.claims = set(), set(), set()

    def offer(self, sub, cas_shown=None, claims=()):
        if sub.key:
            self.hits.add(sub.key)
        c = norm_cas(cas_shown)
        if c:
            self.cas.add(c)
        for k in claims:
            self.claim(k)
        return self

    def claim(self, kind):
        assert kind in ("reship", "customs", "stealth", "mislabel", "forwarding"), kind
        self.claims.add(kind)
        return self

    def merge(self, o):
        self.hits |= o.hits
        self.cas |= o.cas
        self.claims |= o.claims
        return self

    def page(self, path, body, listing=False, charset="utf-8", ctype=None):
        return Page(path, body, ctype=ctype or "text/html; charset=%s" % charset, hits=self.hits, cas=self.cas,
                    claims=self.claims, charset=charset, listing=listing)


class Offer:
    """One product / offer: its substance, displayed name, displayed CAS (None = not shown, may be a typo),
    price text, and claims [(kind, text)] in the seller's words."""
    def __init__(self, sub, name, cas=None, price="", claims=(), desc="", **kw):
        self.sub, self.name, self.cas, self.price = sub, name, cas, price
        self.claims = list(claims)
        self.desc = desc
        self.__dict__.update(kw)

    def truth(self, with_claims=True, with_cas=True):
        t = T().offer(self.sub, self.cas if with_cas else None)
        if with_claims:
            for k, _ in self.claims:
                t.claim(k)
        return t

    def claim_text(self, sep=" "):
        return sep.join(x for _, x in self.claims)


# ================================================================ 1. Magento 2 (Luma)

def magento():
    s = Site("magento-lfc", "magento2-storefront")
    s.robots = ("User-agent: *\nDisallow: /checkout/\nDisallow: /customer/\nDisallow: /catalogsearch/\n"
                "Disallow: /wishlist/\nDisallow: /*?product_list_order=\nDisallow: /*?product_list_dir=\n"
                "Disallow: /*SID=\n\nSitemap: /sitemap.xml\n")
    s.disallow = ["/checkout/", "/customer/", "/catalogsearch/", "/wishlist/"]
    s.rate_limit = 12
    s.junk_params = ["product_list_order", "product_list_dir", "product_list_limit", "product_list_mode",
                     "___store", "___from_store", "SID", "utm_source", "utm_medium", "utm_campaign", "gclid"]
    V = "/static/version1731920417/frontend/Magento/luma/en_US"
    EN = {
        "stealth": ["Discreet neutral packaging: double vacuum-sealed bag inside a plain box, no product name on the outside.",
                    "Stealth shipping is standard - the parcel carries no chemical names or hazard labels."],
        "customs": ["Customs clearance guaranteed for US, UK, Canada and Australia orders (DDP, duties prepaid by us).",
                    "We guarantee your order passes customs; if it is held we handle the clearance."],
        "reship": ["Free reship if your parcel is seized or lost - no questions asked.",
                   "Seized at customs? We reship once at our cost."],
        "forwarding": ["Ships from our partner warehouse in Rotterdam, so EU orders are domestic deliveries with no customs.",
                       "US buyers are served from our New Jersey fulfilment centre (domestic USPS, no import)."],
        "mislabel": ["The customs declaration reads 'laboratory glassware cleaner', never the chemical name.",
                     "Declared as 'cosmetic raw material' on all export paperwork."],
    }

    def cl(kind, i=0):
        return (kind, EN[kind][i % len(EN[kind])])

    cats = {
        "pharma-intermediates": ("Pharma Intermediates", 3),
        "reference-standards": ("Reference Standards", 4),
        "lab-reagents": ("Lab Reagents", 5),
    }
    P = [
        # pharma intermediates
        Offer(npp, "1-Phenethyl-4-piperidone (NPP) &#8805;99%", "39742-60-4", 89, [cl("stealth"), cl("customs")],
              "Pale yellow crystalline powder. Key building block for piperidine chemistry.", cat="pharma-intermediates", slug="1-phenethyl-4-piperidone-npp"),
        Offer(anpp, "N-(1-Phenethyl-4-piperidyl)aniline", "21409-26-7", 149, [cl("reship")],
              "Off-white powder, HPLC 99.2%. COA with every batch.", cat="pharma-intermediates", slug="n-1-phenethyl-4-piperidyl-aniline"),
        Offer(ap4, "N-Phenylpiperidin-4-amine 98%", "23056-29-3", 119, [cl("forwarding")],
              "White to beige powder.", cat="pharma-intermediates", slug="n-phenylpiperidin-4-amine"),
        Offer(boc4ap, "LF-0733 protected amine intermediate", "125541-22-2", 135, [cl("mislabel")],
              "Our code LF-0733. Identity by CAS only; NMR on request.", cat="pharma-intermediates", slug="lf-0733"),
        Offer(bocpip, "tert-Butyl 4-oxopiperidine-1-carboxylate", "79099-07-3", 59, [],
              "White crystalline solid, mp 73-77 &#176;C.", cat="pharma-intermediates", slug="tert-butyl-4-oxopiperidine-1-carboxylate"),
        Offer(bnzpip, "1-Benzyl-4-piperidone 99%", "3612-20-2", 39, [],
              "Clear yellow liquid. Not a listed precursor.", cat="pharma-intermediates", slug="1-benzyl-4-piperidone"),
        Offer(phetbr, "(2-Bromoethyl)benzene 98%", "103-63-9", 29, [],
              "Colourless liquid, 100 mL amber bottle.", cat="pharma-intermediates", slug="2-bromoethyl-benzene"),
        Offer(propcl, "Propionyl chloride 98%", "79-03-8", 25, [],
              "Corrosive, ships as dangerous goods by road only.", cat="pharma-intermediates", slug="propionyl-chloride"),
        Offer(norfent, "N-Phenyl-N-(piperidin-4-yl)propanamide", "1609-66-1", 210, [cl("stealth", 1)],
              "Also sold as the nor- metabolite standard.", cat="pharma-intermediates", slug="n-phenyl-n-piperidin-4-yl-propanamide"),
        Offer(bocpz, "1-Boc-piperazine 99%", "57260-71-6", 33, [],
              "White powder.", cat="pharma-intermediates", slug="1-boc-piperazine"),
        Offer(pip4, "4-Piperidone monohydrate hydrochloride", "40064-34-4", 45, [cl("customs", 1)],
              "Salt form, 98%.", cat="pharma-intermediates", slug="4-piperidone-monohydrate-hydrochloride"),
        # reference standards
        Offer(isotonit, "Isotonitazene, analytical reference standard, 1 mg", "14188-81-9", 95, [],
              "Certified reference material for forensic laboratories.", cat="reference-standards", slug="isotonitazene-reference-standard"),
        Offer(metonit, "Metonitazene (CRM) 1 mg/mL in methanol", "14680-51-4", 120, [],
              "Solution in methanol, 1 mL ampoule.", cat="reference-standards", slug="metonitazene-crm"),
        Offer(nn_itp, "Isotonitazepyne (N-pyrrolidino isotonitazene) 5 mg", None, 160, [cl("stealth")],
              "New arrival. Research use only, not for human consumption.", cat="reference-standards", slug="isotonitazepyne-5mg"),
        Offer(carfent, "C\u0430rfent\u0430nil HCl solution 100 &#181;g/mL", None, 240, [cl("reship", 1)],
              "Ampoule, 1 mL. Shipped cold.", cat="reference-standards", slug="c-rfent-nil-hcl-solution"),
        Offer(nf_cbf, "N-(3-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]cyclobutanecarboxamide", None, 180,
              [cl("customs"), cl("reship")], "Novel analogue, 98% by HPLC. Sold as a research chemical.",
              cat="reference-standards", slug="m-f-cbf-research-chemical"),
        Offer(naloxhcl, "Naloxone hydrochloride dihydrate, Ph. Eur.", "51481-60-8", 65, [],
              "Opioid antagonist reference.", cat="reference-standards", slug="naloxone-hydrochloride-dihydrate"),
        Offer(caffeine, "Caffeine, reference standard", "58-08-2", 19, [],
              "Secondary standard, traceable to USP.", cat="reference-standards", slug="caffeine-reference-standard"),
        Offer(xylazine, "Xylazine hydrochloride 99%", "23076-35-9", 75, [cl("mislabel", 1)],
              "Veterinary API, white crystalline powder.", cat="reference-standards", slug="xylazine-hydrochloride"),
        # lab reagents
        Offer(citric, "Citric acid anhydrous, ACS", "77-92-9", 12, [], "500 g tub.", cat="lab-reagents", slug="citric-acid-anhydrous"),
        Offer(boric, "Boric acid, reagent grade", "10043-35-3", 14, [], "1 kg.", cat="lab-reagents", slug="boric-acid"),
        Offer(nahco3, "Sodium bicarbonate, USP", "144-55-8", 9, [], "1 kg.", cat="lab-reagents", slug="sodium-bicarbonate-usp"),
        Offer(mannitol, "D-Mannitol, pharma grade", "69-65-8", 16, [], "500 g.", cat="lab-reagents", slug="d-mannitol"),
        Offer(inositol, "myo-Inositol 99%", "87-89-8", 18, [], "Import duties for non-EU orders are paid by the customer on delivery.",
              cat="lab-reagents", slug="myo-inositol"),
    ]
    for i, p in enumerate(P, 1):
        p.id = 100 + i
        p.sku = "LFC-%04d" % (p.id * 7)
        p.url = "/%s.html" % p.slug

    popular = ("<div class=\"block block-popular-terms\"><span class=\"label\">Popular Search Terms:</span> "
               + " ".join("<a href=\"/catalogsearch/result/?q=%s\">%s</a>" % (q.replace(" ", "+"), q)
                          for q in ["NPP", "4-ANPP", "xylazine", "isotonitazene", "carfentanil", "boc piperidone"]) + "</div>")

    def head(title, bodyclass, crumbs):
        nav = "".join(
            "<li class=\"level0 nav-%d category-item%s level-top\"><a href=\"/%s.html\" class=\"level-top\"><span>%s</span></a></li>"
            % (i, " first" if i == 1 else (" last" if i == len(cats) else ""), slug, label)
            for i, (slug, (label, _)) in enumerate(cats.items(), 1))
        bc = "<li class=\"item home\"><a href=\"/\" title=\"Go to Home Page\">Home</a></li>" + "".join(
            ("<li class=\"item\"><a href=\"%s\">%s</a></li>" % (u, l)) if u else ("<li class=\"item\"><strong>%s</strong></li>" % l)
            for l, u in crumbs)
        return ("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"title\" content=\"%(t)s\"/>\n"
                "<meta name=\"robots\" content=\"INDEX,FOLLOW\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                "<meta name=\"format-detection\" content=\"telephone=no\"/>\n<title>%(t)s | Lindqvist Fine Chemicals</title>\n"
                "<link  rel=\"stylesheet\" type=\"text/css\"  media=\"all\" href=\"%(V)s/mage/calendar.css\" />\n"
                "<link  rel=\"stylesheet\" type=\"text/css\"  media=\"all\" href=\"%(V)s/css/styles-m.css\" />\n"
                "<link  rel=\"stylesheet\" type=\"text/css\"  media=\"screen and (min-width: 768px)\" href=\"%(V)s/css/styles-l.css\" />\n"
                "<script type=\"text/javascript\" src=\"%(V)s/requirejs/require.js\"></script>\n"
                "<script type=\"text/javascript\" src=\"%(V)s/mage/requirejs/mixins.js\"></script>\n"
                "<script type=\"text/javascript\" src=\"%(V)s/requirejs-config.js\"></script>\n"
                "<link rel=\"icon\" type=\"image/x-icon\" href=\"%(V)s/Magento_Theme/favicon.ico\" />\n</head>\n"
                "<body data-container=\"body\" data-mage-init='{\"loaderAjax\": {}, \"loader\": { \"icon\": \"%(V)s/images/loader-2.gif\"}}' id=\"html-body\" class=\"%(bc)s page-layout-2columns-left\">\n"
                "<div class=\"cookie-status-message\" id=\"cookie-status\">The store will not work correctly when cookies are disabled.</div>\n"
                "<script type=\"text/x-magento-init\">{\"*\": {\"cookieStatus\": {}}}</script>\n"
                "<div role=\"alertdialog\" tabindex=\"-1\" class=\"message global cookie\" id=\"notice-cookie-block\"><div role=\"document\" class=\"content\" tabindex=\"0\">"
                "<p><strong>We use cookies to make your experience better.</strong> <span>To comply with the new e-Privacy directive, we need to ask for your consent to set the cookies.</span> "
                "<a href=\"/privacy-policy-cookie-restriction-mode\">Learn more</a>.</p><div class=\"actions\"><button id=\"btn-cookie-allow\" class=\"action allow primary\"><span>Allow Cookies</span></button></div></div></div>\n"
                "<div class=\"page-wrapper\"><header class=\"page-header\"><div class=\"panel wrapper\"><div class=\"panel header\">"
                "<a class=\"action skip contentarea\" href=\"#contentarea\"><span>Skip to Content</span></a>"
                "<ul class=\"header links\"><li class=\"greet welcome\" data-bind=\"scope: 'customer'\"><span class=\"not-logged-in\">Free EU shipping on orders over &#8364;250 &middot; Tracking on every parcel</span></li>"
                "<li class=\"authorization-link\"><a href=\"/customer/account/login/\">Sign In</a></li><li><a href=\"/customer/account/create/\">Create an Account</a></li></ul></div></div>"
                "<div class=\"header content\"><span data-action=\"toggle-nav\" class=\"action nav-toggle\"><span>Toggle Nav</span></span>"
                "<a class=\"logo\" href=\"/\" title=\"Lindqvist Fine Chemicals\" aria-label=\"store logo\"><img src=\"%(V)s/images/logo.svg\" title=\"Lindqvist Fine Chemicals\" alt=\"Lindqvist Fine Chemicals\" width=\"170\" height=\"41\" /></a>"
                "<div data-block=\"minicart\" class=\"minicart-wrapper\"><a class=\"action showcart\" href=\"/checkout/cart/\" data-bind=\"scope: 'minicart_content'\"><span class=\"text\">My Cart</span><span class=\"counter qty empty\"><span class=\"counter-number\"></span></span></a></div>"
                "<div class=\"block block-search\"><div class=\"block block-title\"><strong>Search</strong></div><div class=\"block block-content\">"
                "<form class=\"form minisearch\" id=\"search_mini_form\" action=\"/catalogsearch/result/\" method=\"get\"><div class=\"field search\"><label class=\"label\" for=\"search\" data-role=\"minisearch-label\"><span>Search</span></label>"
                "<div class=\"control\"><input id=\"search\" type=\"text\" name=\"q\" value=\"\" placeholder=\"Search by name or CAS...\" class=\"input-text\" maxlength=\"128\" role=\"combobox\" aria-haspopup=\"false\" aria-autocomplete=\"both\" autocomplete=\"off\"/></div></div>"
                "<div class=\"actions\"><button type=\"submit\" title=\"Search\" class=\"action search\" aria-label=\"Search\"><span>Search</span></button></div></form></div></div>%(pop)s</div></header>\n"
                "<div class=\"sections nav-sections\"><div class=\"section-items nav-sections-items\" data-mage-init='{\"tabs\":{\"openedState\":\"active\"}}'>"
                "<div class=\"section-item-title nav-sections-item-title\" data-role=\"collapsible\"><a class=\"nav-sections-item-switch\" data-toggle=\"switch\" href=\"#store.menu\">Menu</a></div>"
                "<div class=\"section-item-content nav-sections-item-content\" id=\"store.menu\" data-role=\"content\"><nav class=\"navigation\" data-action=\"navigation\">"
                "<ul data-mage-init='{\"menu\":{\"responsive\":true, \"expanded\":true, \"position\":{\"my\":\"left top\",\"at\":\"left bottom\"}}}'>%(nav)s</ul></nav></div></div></div>\n"
                "<div class=\"breadcrumbs\"><ul class=\"items\">%(bcr)s</ul></div>\n"
                "<main id=\"maincontent\" class=\"page-main\"><a id=\"contentarea\" tabindex=\"-1\"></a>\n"
                % {"t": esc(title), "V": V, "bc": bodyclass, "pop": popular, "nav": nav, "bcr": bc})

    def foot(extra_js=""):
        best = ", ".join(p.name for p in P if p.slug in ("1-phenethyl-4-piperidone-npp", "n-1-phenethyl-4-piperidyl-aniline",
                                                         "xylazine-hydrochloride", "isotonitazene-reference-standard"))
        return ("</main><footer class=\"page-footer\"><div class=\"footer content\"><div class=\"block newsletter\"><div class=\"title\"><strong>Newsletter</strong></div>"
                "<div class=\"content\"><form class=\"form subscribe\" novalidate action=\"/newsletter/subscriber/new/\" method=\"post\" id=\"newsletter-validate-detail\">"
                "<div class=\"field newsletter\"><div class=\"control\"><input name=\"email\" type=\"email\" id=\"newsletter\" placeholder=\"Enter your email address\"/></div></div>"
                "<div class=\"actions\"><button class=\"action subscribe primary\" title=\"Subscribe\" type=\"submit\"><span>Subscribe</span></button></div></form></div></div>"
                "<ul class=\"footer links\"><li class=\"nav item\"><a href=\"/about-us\">About us</a></li><li class=\"nav item\"><a href=\"/customer-service\">Customer Service</a></li>"
                "<li class=\"nav item\"><a href=\"/shipping-policy\">Shipping &amp; Returns</a></li><li class=\"nav item\"><a href=\"/faq\">FAQ</a></li>"
                "<li class=\"nav item\"><a href=\"/privacy-policy-cookie-restriction-mode\">Privacy and Cookie Policy</a></li></ul>"
                "<div class=\"widget block block-static-block\"><p class=\"footer-bestsellers\">Bestsellers: %s</p>"
                "<p>Lindqvist Fine Chemicals O&Uuml;, Tartu mnt 84a, 10112 Tallinn, Estonia &middot; VAT EE102938475</p></div></div></footer>"
                "<small class=\"copyright\"><span>Copyright &#169; 2013-present Magento, Inc. All rights reserved.</span></small></div>%s"
                "<script type=\"text/x-magento-init\">{\"*\": {\"Magento_Ui/js/core/app\": {\"components\": {\"customer\": {\"component\": \"Magento_Customer/js/view/customer\"}}}}}</script>"
                "</body></html>" % (best, extra_js))

    def price_box(p):
        return ("<div class=\"price-box price-final_price\" data-role=\"priceBox\" data-product-id=\"%d\" data-price-box=\"product-id-%d\">"
                "<span class=\"price-container price-final_price tax weee\"><span id=\"product-price-%d\" data-price-amount=\"%d\" data-price-type=\"finalPrice\" class=\"price-wrapper \">"
                "<span class=\"price\">&#8364;%d.00</span></span></span></div>" % (p.id, p.id, p.id, p.price, p.price))

    def card(p, href=None, show_cas=True):
        href = href or p.url
        cas = ("<div class=\"product-item-cas\">CAS %s</div>" % p.cas) if (p.cas and show_cas) else ""
        return ("<li class=\"item product product-item\"><div class=\"product-item-info\" id=\"product-item-info_%d\" data-container=\"product-grid\">"
                "<a href=\"%s\" class=\"product photo product-item-photo\" tabindex=\"-1\"><span class=\"product-image-container product-image-container-%d\" style=\"width:240px;\">"
                "<span class=\"product-image-wrapper\" style=\"padding-bottom: 125%%;\"><img class=\"product-image-photo\" src=\"/media/catalog/product/cache/7f1e/%d.png\" loading=\"lazy\" width=\"240\" height=\"300\" alt=\"%s\"/></span></span></a>"
                "<div class=\"product details product-item-details\"><strong class=\"product name product-item-name\"><a class=\"product-item-link\" href=\"%s\">%s</a></strong>%s%s"
                "<div class=\"product-item-inner\"><div class=\"product actions product-item-actions\"><div class=\"actions-primary\">"
                "<form data-role=\"tocart-form\" data-product-sku=\"%s\" action=\"/checkout/cart/add/uenc/aHR0cDovLzEyNy4wLjAuMQ,,/product/%d/\" method=\"post\">"
                "<input type=\"hidden\" name=\"product\" value=\"%d\"><input name=\"form_key\" type=\"hidden\" value=\"Xq2yU8mR3tLwB0aP\" />"
                "<button type=\"submit\" title=\"Add to Cart\" class=\"action tocart primary\"><span>Add to Cart</span></button></form></div>"
                "<div data-role=\"add-to-links\" class=\"actions-secondary\"><a href=\"#\" class=\"action towishlist\" title=\"Add to Wish List\" role=\"button\"><span>Add to Wish List</span></a>"
                "<a href=\"#\" class=\"action tocompare\" title=\"Add to Compare\" role=\"button\"><span>Add to Compare</span></a></div></div></div></div></div></li>"
                % (p.id, href, p.id, p.id, esc(re.sub("&[^;]+;", "", p.name)), href, p.name, cas, price_box(p), p.sku, p.id, p.id))

    for p in P:
        s.add(Page("/media/catalog/product/cache/7f1e/%d.png" % p.id, tiny_png(p.id), ctype="image/png"))
        s.redirects["/catalog/product/view/id/%d" % p.id] = p.url

    # home: "New Products" widget in the main column (its items are offers of the page)
    newp = [P[13], P[0], P[18], P[20]]
    t = T()
    for p in newp:
        t.merge(p.truth(with_claims=False))
    s.add(t.page("/", head("Home Page", "cms-index-index", []) +
                 "<div class=\"columns\"><div class=\"column main\"><div class=\"page-title-wrapper\"><h1 class=\"page-title\"><span class=\"base\">Lindqvist Fine Chemicals</span></h1></div>"
                 "<div class=\"widget block block-static-block\"><p>Since 2011 we supply research intermediates, certified reference materials and lab reagents to universities and CROs across Europe.</p></div>"
                 "<div class=\"block widget block-products-list grid\"><div class=\"block-title\"><strong role=\"heading\" aria-level=\"2\">New Products</strong></div><div class=\"block-content\">"
                 "<div class=\"products-grid grid\"><ol class=\"product-items widget-product-grid\">" +
                 "".join(card(p, href="/catalog/product/view/id/%d" % p.id) for p in newp) +
                 "</ol></div></div></div></div></div>" + foot(), listing=True))

    # category grids (8 per page)
    for slug, (label, cid) in cats.items():
        items = [p for p in P if p.cat == slug]
        chunks = [items[i:i + 8] for i in range(0, len(items), 8)]
        for pi, chunk in enumerate(chunks, 1):
            path = K("/%s.html" % slug, **({"p": pi} if pi > 1 else {}))
            t = T()
            for p in chunk:
                t.merge(p.truth(with_claims=False))
            base = "/%s.html" % slug
            pages = "".join(
                ("<li class=\"item current\"><strong class=\"page\"><span class=\"label\">You're currently reading page</span><span>%d</span></strong></li>" % k)
                if k == pi else
                ("<li class=\"item\"><a href=\"%s\" class=\"page\"><span class=\"label\">Page</span><span>%d</span></a></li>" % (base + ("?p=%d" % k if k > 1 else ""), k))
                for k in range(1, len(chunks) + 1))
            if pi < len(chunks):
                pages += ("<li class=\"item pages-item-next\"><a class=\"action  next\" href=\"%s?p=%d\" title=\"Next\"><span class=\"label\">Page</span><span>Next</span></a></li>"
                          % (base, pi + 1))
            q = "?p=%d&amp;" % pi if pi > 1 else "?"
            toolbar = ("<div class=\"toolbar toolbar-products\" data-mage-init='{\"productListToolbarForm\":{\"mode\":\"product_list_mode\",\"direction\":\"product_list_dir\",\"order\":\"product_list_order\",\"limit\":\"product_list_limit\",\"modeDefault\":\"grid\",\"directionDefault\":\"asc\",\"orderDefault\":\"position\",\"limitDefault\":8,\"url\":\"%s\",\"formKey\":\"Xq2yU8mR3tLwB0aP\",\"post\":false}}'>"
                       "<div class=\"modes\"><strong class=\"modes-label\" id=\"modes-label\">View as</strong><strong title=\"Grid\" class=\"modes-mode active mode-grid\" data-value=\"grid\"><span>Grid</span></strong>"
                       "<a class=\"modes-mode mode-list\" title=\"List\" href=\"%s%sproduct_list_mode=list\" data-role=\"mode-switcher\" data-value=\"list\" id=\"mode-list\"><span>List</span></a></div>"
                       "<p class=\"toolbar-amount\" id=\"toolbar-amount\">Items <span class=\"toolbar-number\">%d</span>-<span class=\"toolbar-number\">%d</span> of <span class=\"toolbar-number\">%d</span></p>"
                       "<div class=\"toolbar-sorter sorter\"><label class=\"sorter-label\" for=\"sorter\">Sort By</label><select id=\"sorter\" data-role=\"sorter\" class=\"sorter-options\">"
                       "<option value=\"position\" selected=\"selected\">Position</option><option value=\"name\">Product Name</option><option value=\"price\">Price</option></select>"
                       "<a title=\"Set Descending Direction\" href=\"%s%sproduct_list_dir=desc\" class=\"action sorter-action sort-asc\" data-role=\"direction-switcher\" data-value=\"desc\"><span>Set Descending Direction</span></a>"
                       " <a href=\"%s%sproduct_list_order=price\">Price</a> <a href=\"%s%sproduct_list_order=name&amp;product_list_limit=24\">Name</a></div></div>"
                       % (base, base, q, (pi - 1) * 8 + 1, (pi - 1) * 8 + len(chunk), len(items), base, q, base, q, base, q))
            layered = ("<div class=\"sidebar sidebar-main\"><div class=\"block filter\" id=\"layered-filter-block\"><div class=\"block-title filter-title\"><strong>Shop By</strong></div>"
                       "<div class=\"block-content filter-content\"><strong role=\"heading\" aria-level=\"2\" class=\"block-subtitle filter-subtitle\">Shopping Options</strong>"
                       "<div class=\"filter-options\" id=\"narrow-by-list\"><div data-role=\"collapsible\" class=\"filter-options-item\"><div data-role=\"title\" class=\"filter-options-title\">Category</div>"
                       "<div data-role=\"content\" class=\"filter-options-content\"><ol class=\"items\">" +
                       "".join("<li class=\"item\"><a href=\"/%s.html\">%s<span class=\"count\">%d<span class=\"filter-count-label\">items</span></span></a></li>"
                               % (sl, lb, sum(1 for x in P if x.cat == sl)) for sl, (lb, _) in cats.items()) +
                       "</ol></div></div></div></div></div></div>")
            s.add(t.page(path, head(label + ("" if pi == 1 else " - Page %d" % pi), "page-products categorypath-%s category-%s catalog-category-view" % (slug, slug),
                                    [(label, None)]) +
                         "<div class=\"page-title-wrapper\"><h1 class=\"page-title\" id=\"page-title-heading\" aria-labelledby=\"page-title-heading toolbar-amount\"><span class=\"base\" data-ui-id=\"page-title-wrapper\">%s</span></h1></div>"
                         "<div class=\"columns\"><div class=\"column main\">%s<div class=\"products wrapper grid products-grid\"><ol class=\"products list items product-items\">%s</ol></div>"
                         "<div class=\"toolbar toolbar-products\"><div class=\"pages\"><strong class=\"label pages-label\" id=\"paging-label\">Page</strong><ul class=\"items pages-items\" aria-labelledby=\"paging-label\">%s</ul></div></div></div>%s</div>"
                         % (label, toolbar, "".join(card(p) for p in chunk), pages, layered) + foot(), listing=True))
    # product pages
    flaky_every = 5
    for idx, p in enumerate(P):
        label = cats[p.cat][0]
        t = p.truth()
        same = [x for x in P if x.cat == p.cat and x is not p]
        related = same[idx % len(same):][:3] or same[:3]
        desc = "<p>%s</p>" % p.desc
        if p.claims:
            desc += "<h3>Shipping</h3><p>%s</p>" % esc(p.claim_text())
        rows = [("SKU", p.sku), ("CAS Number", p.cas or "n/a"), ("Purity", "&#8805;98% (HPLC)"),
                ("Pack sizes", "1 g, 10 g, 100 g, 1 kg"), ("Storage", "2-8 &#176;C, dry")]
        spec = "".join("<tr><th class=\"col label\" scope=\"row\">%s</th><td class=\"col data\" data-th=\"%s\">%s</td></tr>" % (a, a, b) for a, b in rows)
        reviews = ""
        if p.sub.key and idx % 3 == 0:
            reviews = ("<div class=\"block review-list\" id=\"customer-reviews\"><div class=\"block-title\"><strong>Customer Reviews</strong></div><div class=\"block-content\"><ol class=\"items review-items\">"
                       "<li class=\"item review-item\" itemscope itemprop=\"review\" itemtype=\"http://schema.org/Review\"><div class=\"review-title\" itemprop=\"name\">Arrived fine</div>"
                       "<div class=\"review-content\" itemprop=\"description\">Took 9 days. The box was plain and the bag had no label at all, like they said. My first order got stuck and they sent a second one.</div>"
                       "<div class=\"review-details\"><p class=\"review-author\"><span class=\"review-details-label\">Review by</span><strong class=\"review-details-value\" itemprop=\"author\">M. K.</strong></p></div></li></ol></div></div>")
        ld = {"@context": "https://schema.org/", "@type": "Product", "name": re.sub("&[^;]+;", "", p.name), "sku": p.sku,
              "image": "/media/catalog/product/cache/7f1e/%d.png" % p.id, "description": p.desc,
              "brand": {"@type": "Brand", "name": "Lindqvist"},
              "offers": {"@type": "Offer", "url": p.url, "priceCurrency": "EUR", "price": "%d.00" % p.price,
                         "availability": "https://schema.org/InStock", "itemCondition": "https://schema.org/NewCondition"}}
        if p.cas:
            ld["additionalProperty"] = {"@type": "PropertyValue", "name": "CAS", "value": p.cas}
        body = (head(re.sub("&[^;]+;", "", p.name), "catalog-product-view product-%s page-layout-1column" % p.slug,
                     [(label, "/%s.html" % p.cat), (p.name, None)]) +
                "<div class=\"columns\"><div class=\"column main\"><div class=\"product-info-main\"><div class=\"page-title-wrapper product\"><h1 class=\"page-title\"><span class=\"base\" data-ui-id=\"page-title-wrapper\" itemprop=\"name\">%s</span></h1></div>"
                "<div class=\"product-reviews-summary%s\"><div class=\"reviews-actions\"><a class=\"action view\" href=\"#reviews\">%s</a></div></div>"
                "<div class=\"product-info-price\">%s<div class=\"product-info-stock-sku\"><div class=\"stock available\" title=\"Availability\"><span>In stock</span></div>"
                "<div class=\"product attribute sku\"><strong class=\"type\">SKU</strong><div class=\"value\" itemprop=\"sku\">%s</div></div></div></div>"
                "<div class=\"product-add-form\"><form data-product-sku=\"%s\" action=\"/checkout/cart/add/uenc/aHR0cA,,/product/%d/\" method=\"post\" id=\"product_addtocart_form\">"
                "<div class=\"field configurable required\"><label class=\"label\" for=\"attribute141\"><span>Pack size</span></label><div class=\"control\"><select name=\"super_attribute[141]\" id=\"attribute141\" class=\"super-attribute-select\"><option value=\"\">Choose an Option...</option><option value=\"1\">1 g</option><option value=\"2\">10 g</option><option value=\"3\">100 g</option><option value=\"4\">1 kg</option></select></div></div>"
                "<div class=\"box-tocart\"><div class=\"fieldset\"><div class=\"field qty\"><label class=\"label\" for=\"qty\"><span>Qty</span></label><div class=\"control\"><input type=\"number\" name=\"qty\" id=\"qty\" min=\"0\" value=\"1\" title=\"Qty\" class=\"input-text qty\"/></div></div>"
                "<div class=\"actions\"><button type=\"submit\" title=\"Add to Cart\" class=\"action primary tocart\" id=\"product-addtocart-button\"><span>Add to Cart</span></button></div></div></div></form></div>"
                "<div class=\"product attribute overview\"><div class=\"value\" itemprop=\"description\">%s</div></div></div>"
                "<div class=\"product media\"><div class=\"gallery-placeholder _block-content-loading\" data-gallery-role=\"gallery-placeholder\"><img alt=\"main product photo\" class=\"gallery-placeholder__image\" src=\"/media/catalog/product/cache/7f1e/%d.png\" /></div></div>"
                "<div class=\"product info detailed\"><div class=\"product data items\" data-mage-init='{\"tabs\":{\"openedState\":\"active\"}}'>"
                "<div class=\"data item title\" data-role=\"collapsible\" id=\"tab-label-description\"><a class=\"data switch\" tabindex=\"-1\" data-toggle=\"trigger\" href=\"#description\" id=\"tab-label-description-title\">Details</a></div>"
                "<div class=\"data item content\" aria-labelledby=\"tab-label-description-title\" id=\"description\" data-role=\"content\"><div class=\"product attribute description\"><div class=\"value\">%s</div></div></div>"
                "<div class=\"data item title\" data-role=\"collapsible\" id=\"tab-label-additional\"><a class=\"data switch\" tabindex=\"-1\" data-toggle=\"trigger\" href=\"#additional\" id=\"tab-label-additional-title\">More Information</a></div>"
                "<div class=\"data item content\" aria-labelledby=\"tab-label-additional-title\" id=\"additional\" data-role=\"content\"><div class=\"additional-attributes-wrapper table-wrapper\">"
                "<table class=\"data table additional-attributes\" id=\"product-attribute-specs-table\"><caption class=\"table-caption\">More Information</caption><tbody>%s</tbody></table></div></div>"
                "<div class=\"data item title\" data-role=\"collapsible\" id=\"tab-label-reviews\"><a class=\"data switch\" tabindex=\"-1\" data-toggle=\"trigger\" href=\"#reviews\" id=\"tab-label-reviews-title\">Reviews</a></div>"
                "<div class=\"data item content\" id=\"reviews\" data-role=\"content\">%s</div></div></div>"
                "<div class=\"block related\" data-mage-init='{\"relatedProducts\":{\"relatedCheckbox\":\".related.checkbox\"}}' data-limit=\"0\" data-shuffle=\"0\">"
                "<div class=\"block-title title\"><strong id=\"block-related-heading\" role=\"heading\" aria-level=\"2\">Customers Also Bought</strong></div>"
                "<div class=\"block-content content\" aria-labelledby=\"block-related-heading\"><div class=\"products wrapper grid products-grid products-related\"><ol class=\"products list items product-items\">%s</ol></div></div></div>"
                "</div></div>"
                "<script type=\"application/ld+json\">%s</script>"
                % (p.name, " empty" if not reviews else "", "1 Review" if reviews else "Be the first to review this product",
                   price_box(p), p.sku, p.sku, p.id, p.desc, p.id, desc, spec, reviews or "<p>No reviews yet.</p>",
                   "".join("<li class=\"item product product-item\"><div class=\"product-item-info related-available\"><strong class=\"product name product-item-name\"><a class=\"product-item-link\" href=\"%s\">%s</a></strong>%s</div></li>"
                           % (r.url, r.name, price_box(r)) for r in related),
                   json.dumps(ld)) + foot())
        s.add(t.page(p.url, body, listing=True))
        if idx % flaky_every == 2:
            s.flaky.add(p.url)
    # CMS pages
    def cms(path, title, html, t=None):
        s.add((t or T()).page(path, head(title, "cms-page-view cms-%s" % path.strip("/"), [(title, None)]) +
                              "<div class=\"page-title-wrapper\"><h1 class=\"page-title\"><span class=\"base\">%s</span></h1></div>"
                              "<div class=\"columns\"><div class=\"column main\"><div class=\"cms-content\">%s</div></div></div>" % (title, html) + foot()))
    cms("/shipping-policy", "Shipping &amp; Returns",
        "<h2>Dispatch</h2><p>Orders placed before 14:00 CET ship the same working day. Every parcel has a tracking number.</p>"
        "<h2>Packaging</h2><p>%s</p><h2>Lost or seized parcels</h2><p>%s</p>"
        "<h2>Returns</h2><p>Unopened reagents can be returned within 14 days. Import duties outside the EU are the buyer's responsibility.</p>"
        % (EN["stealth"][0], EN["reship"][0]), T().claim("stealth").claim("reship"))
    cms("/faq", "FAQ",
        "<dl><dt>Do you sell fentanyl or other narcotics?</dt><dd>No. We do not sell fentanyl, heroin or any finished narcotic drug. Controlled reference materials are supplied to licensed laboratories only.</dd>"
        "<dt>Can I get a COA?</dt><dd>Yes, every batch ships with a certificate of analysis (HPLC, NMR).</dd>"
        "<dt>Which payment methods do you accept?</dt><dd>SEPA transfer, Visa/Mastercard and USDT.</dd></dl>")
    cms("/about-us", "About us", "<p>Lindqvist Fine Chemicals was founded in 2011 by two organic chemists. We run a 400 m&#178; warehouse near Tallinn.</p>")
    cms("/customer-service", "Customer Service", "<p>Email: support@lindqvist-fc.example &middot; WhatsApp: +372 5550 1827 (Mon-Fri 9-17 CET)</p>")
    cms("/privacy-policy-cookie-restriction-mode", "Privacy and Cookie Policy", "<p>This website uses cookies for the shopping cart, analytics and to remember your preferences.</p>")
    # robots-forbidden search results page (a polite crawler never sees it)
    t = T()
    for p in P[:4]:
        t.merge(p.truth(with_claims=False))
    s.add(t.page(K("/catalogsearch/result/", q="NPP"), head("Search results for: 'NPP'", "catalogsearch-result-index", []) +
                 "<ol class=\"products list items product-items\">%s</ol>" % "".join(card(p) for p in P[:4]) + foot(), listing=True))
    s.add(Page("/sitemap.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" +
               "".join("<url><loc>%s</loc></url>" % p.url for p in P) + "</urlset>", ctype="application/xml"))
    return s


# ================================================================ 2. Cafe24 (Korean, EUC-KR)

def cafe24():
    from urllib.parse import quote
    s = Site("cafe24-kr", "cafe24-storefront-korean")
    s.robots = ("User-agent: *\nDisallow: /exec/\nDisallow: /order/\nDisallow: /myshop/\nDisallow: /member/\n"
                "Disallow: /product/search.html\n")
    s.disallow = ["/exec/", "/order/", "/myshop/", "/member/", "/product/search.html"]
    s.junk_params = ["sort_method", "utm_source", "utm_medium", "utm_campaign", "ref", "is_mobile"]
    CS = "euc-kr"
    KO = {
        "customs": ["100% 통관 보장 (관부가세 포함 DDP 배송)", "통관 문제 발생 시 당사가 책임지고 통관 처리해 드립니다."],
        "stealth": ["비노출 안전포장 - 박스 외부에 품명 표기 없음", "진공 이중 포장, 내용물 노출 없이 발송합니다."],
        "reship": ["세관 압수 또는 분실 시 무료 재발송 해드립니다.", "통관 실패 시 100% 재발송 보장"],
        "mislabel": ["세관 신고 품명은 '화장품 원료'로 기재하여 발송합니다.", "인보이스에는 '세척제'로 표기됩니다."],
        "forwarding": ["한국 내 배송대행지(배대지)를 경유하여 국내 택배로 전달됩니다.", "인천 물류센터에서 국내 배송 (해외 통관 없음)"],
    }

    def cl(kind, i=0):
        return (kind, KO[kind][i % len(KO[kind])])

    cats = {24: "의약중간체", 25: "동물용 원료", 26: "실험시약", 27: "검사키트"}
    P = [
        Offer(npp, "N-페네틸-4-피페리돈 (NPP) 99%", "39742-60-4", "89,000원", [cl("customs"), cl("stealth")], cat=24),
        Offer(anpp, "4-아닐리노-N-펜에틸피페리딘 고순도", "CAS 21409267", "159,000원", [cl("reship")], cat=24),
        Offer(pip4, "4-피페리돈 염산염 일수화물", "40064-34-4", "52,000원", [cl("mislabel")], cat=24),
        Offer(bocpip, "1-Boc-4-피페리돈 (N-Boc-4-piperidone)", "79099-07-3", "61,000원", [cl("forwarding")], cat=24),
        Offer(bnzpip, "1-벤질-4-피페리돈 99%", "3612-20-2", "35,000원", [], cat=24),
        Offer(boc4ap, "tert-부틸 4-(페닐아미노)피페리딘-1-카르복실레이트", "125541-22-2", "138,000원", [cl("customs", 1)], cat=24),
        Offer(propcl, "프로피오닐 클로라이드 98%", "79-03-8", "28,000원", [], cat=24),
        Offer(nf_tmp, "TMP-F 신규 연구용 화합물 (N-phenyl-N-[1-[2-(thiophen-2-yl)ethyl]piperidin-4-yl]-3-methoxypropanamide)",
              None, "420,000원", [cl("stealth", 1), cl("reship", 1)], cat=24),
        Offer(xylazine, "자일라진 염산염 (Xylazine HCl) 동물용", "23076-35-9", "74,000원", [cl("stealth"), cl("reship")], cat=25),
        Offer(lidohcl, "리도카인 염산염", "73-78-9", "31,000원", [], cat=25),
        Offer(procaine, "프로카인 염산염", "51-05-8", "27,000원", [], cat=25),
        Offer(medetom, "메데토미딘 (연구용)", "86347-14-0", "210,000원", [cl("forwarding", 1)], cat=25),
        Offer(boric, "붕산 (시약급)", "10043-35-3", "9,000원", [], cat=26),
        Offer(citric, "구연산 무수", "77-92-9", "8,500원", [], cat=26),
        Offer(mannitol, "D-만니톨", "69-65-8", "14,000원", [], cat=26),
        Offer(inositol, "마이오-이노시톨", "87-89-8", "16,000원", [], cat=26),
        Offer(caffeine, "카페인 무수 (무수카페인)", "58-08-2", "12,000원", [], cat=26),
        Offer(NOSUB, "펜타닐 검사 스트립 10개입 (Fentanyl test strip)", None, "25,000원", [], cat=27),
        Offer(NOSUB, "자일라진 검사 스트립 10개입", None, "27,000원", [], cat=27),
    ]
    slugs = ["npp-99", None, None, None, None, None, None, "tmp-f", None, None, None, None, None, None, None, None, None, None, None]
    for i, p in enumerate(P, 1):
        p.id = 10 + i
        name_for_slug = slugs[i - 1] or re.sub(r"[()%,']", "", p.name.split(" (")[0]).strip().replace(" ", "-")
        p.url = "/product/%s/%d/category/%d/display/1/" % (quote(name_for_slug), p.id, p.cat)
        s.add(Page("/web/product/big/2025/%d.png" % p.id, tiny_png(p.id + 40), ctype="image/png"))

    def head(title):
        cat_menu = "".join("<li class=\"xans-record-\"><a href=\"/product/list.html?cate_no=%d\">%s</a></li>" % (c, n) for c, n in cats.items())
        return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
                "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ko\" xml:lang=\"ko\">\n<head>\n"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\" />\n<title>%s</title>\n"
                "<meta name=\"path_role\" content=\"PRODUCT_LIST\" />\n<meta name=\"author\" content=\"한중케미칼\" />\n"
                "<link rel=\"stylesheet\" type=\"text/css\" href=\"/ind-script/optimizer.php?filename=tZNBDoIwEEX3lK0Y&type=css&k=3c1e\" />\n"
                "<script type=\"text/javascript\" src=\"/ind-script/optimizer.php?filename=nZBBDoMwDATvhN&type=js&k=9a7f\"></script>\n"
                "<script type=\"text/javascript\">var EC_SDE_SHOP_NUM = 1; var SHOP = {getLanguage : function() { return \"ko_KR\"; }}; var EC_FRONT_JS_CONFIG_SHOP = {\"bProductNoCrawl\":false};</script>\n"
                "</head>\n<body id=\"main\">\n<div id=\"skipNavigation\"><p><a href=\"#category\">전체상품목록 바로가기</a></p><p><a href=\"#contents\">본문 바로가기</a></p></div>\n"
                "<div id=\"wrap\"><div id=\"header\"><div class=\"xans-element- xans-layout xans-layout-statelogoff \">"
                "<a href=\"/member/login.html\" class=\"log\">로그인</a> <a href=\"/member/agreement.html\">회원가입</a> <a href=\"/order/basket.html\">장바구니</a> <a href=\"/myshop/order/list.html\">주문조회</a> <a href=\"/myshop/index.html\">마이쇼핑</a></div>"
                "<h1 class=\"xans-element- xans-layout xans-layout-logotop \"><a href=\"/\">한중케미칼 HANZHONG CHEMICAL</a></h1>"
                "<div class=\"xans-element- xans-layout xans-layout-searchheader \"><form id=\"searchBarForm\" name=\"\" action=\"/product/search.html\" method=\"get\" target=\"_self\">"
                "<fieldset><legend>검색</legend><input id=\"keyword\" name=\"keyword\" fw-filter=\"\" fw-label=\"검색어\" fw-msg=\"\" class=\"inputTypeText\" placeholder=\"\" value=\"\" type=\"text\" />"
                "<input type=\"image\" src=\"//img.echosting.cafe24.com/skin/base_ko_KR/layout/btn_search.gif\" alt=\"검색\" /></fieldset></form>"
                "<div class=\"hotKeyword\">인기검색어: <a href=\"/product/search.html?keyword=NPP\">NPP</a> <a href=\"/product/search.html?keyword=%%C0%%DA%%C0%%CF%%B6%%F3%%C1%%F8\">자일라진</a> "
                "<a href=\"/product/search.html?keyword=4-ANPP\">4-ANPP</a> <a href=\"/product/search.html?keyword=%%C6%%E6%%C5%%B8%%B4%%D2\">펜타닐</a></div></div>"
                "<div id=\"category\" class=\"xans-element- xans-layout xans-layout-category\"><div class=\"position\"><ul>%s</ul></div></div></div>\n"
                "<hr class=\"layout\" /><div id=\"container\"><div id=\"contents\">\n" % (esc(title), cat_menu))

    def foot():
        return ("</div><div id=\"quick\"><div class=\"xans-element- xans-layout xans-layout-productrecent \"><h2>최근 본 상품</h2>"
                "<ul><li class=\"xans-record-\"><a href=\"%s\">%s</a></li><li class=\"xans-record-\"><a href=\"%s\">%s</a></li></ul></div>"
                "<div class=\"bestItem\"><h2>BEST 상품</h2><ol><li>%s - %s</li><li>%s - %s</li></ol></div></div></div>\n"
                "<hr class=\"layout\" /><div id=\"footer\"><div class=\"xans-element- xans-layout xans-layout-footer \">"
                "<ul class=\"utilMenu\"><li><a href=\"/shopinfo/company.html\">회사소개</a></li><li><a href=\"/member/agreement.html\">이용약관</a></li>"
                "<li><a href=\"/member/privacy.html\"><strong>개인정보처리방침</strong></a></li><li><a href=\"/shopinfo/guide.html\">이용안내</a></li>"
                "<li><a href=\"/board/free/list.html?board_no=1\">공지사항</a></li><li><a href=\"/board/product/list.html?board_no=4\">상품후기</a></li></ul>"
                "<p class=\"address\"><span>법인명(상호) : 한중케미칼</span> <span>대표자(성명) : 왕리</span> <span>사업자 등록번호 안내 : [104-86-52913]</span> "
                "<span>통신판매업 신고 제2024-서울중구-1187호</span><br /><span>주소 : 서울특별시 중구 을지로 108, 7층</span> <span>전화 : 02-6952-0417</span> "
                "<span>카카오톡 : hanzhongchem</span></p>"
                "<p class=\"notice\">※ 본 쇼핑몰은 마약류 및 향정신성의약품을 판매하지 않습니다. 모든 상품은 연구·산업용입니다.</p>"
                "<p class=\"copyright\">Copyright &copy; 한중케미칼. All rights reserved. <span>Hosting by cafe24 Corp.</span></p></div></div></div>\n"
                "<script type=\"text/javascript\">var EC_ROOT_DOMAIN = \"cafe24.com\";</script></body></html>"
                % (P[0].url, P[0].name, P[8].url, P[8].name, P[0].name, P[0].price, P[8].name, P[8].price))

    def item_li(p):
        return ("<li id=\"anchorBoxId_%d\" class=\"xans-record-\"><div class=\"thumbnail\"><a href=\"%s\" name=\"anchorBoxName_%d\">"
                "<img src=\"/web/product/big/2025/%d.png\" id=\"eListPrdImage%d_1\" alt=\"%s\" /></a></div>"
                "<div class=\"description\"><strong class=\"name\"><a href=\"%s\" class=\"\"><span class=\"title displaynone\"><span style=\"font-size:12px;color:#555555;\">상품명</span> :</span> "
                "<span style=\"font-size:12px;color:#555555;\">%s</span></a></strong>"
                "<ul class=\"xans-element- xans-product xans-product-listitem spec\"><li class=\" xans-record-\"><strong class=\"title \"><span style=\"font-size:12px;color:#555555;\">판매가</span> :</strong> "
                "<span style=\"font-size:12px;color:#008BCC;font-weight:bold;\">%s</span></li>%s</ul></div></li>"
                % (p.id, p.url, p.id, p.id, p.id, esc(p.name), p.url, esc(p.name), p.price,
                   ("<li class=\" xans-record-\"><strong class=\"title \"><span style=\"font-size:12px;color:#555555;\">CAS</span> :</strong> <span style=\"font-size:12px;color:#555555;\">%s</span></li>" % esc(p.cas)) if p.cas else ""))

    # index: new arrivals in main content
    newp = [P[0], P[8], P[3], P[12], P[17]]
    t = T()
    for p in newp:
        t.merge(p.truth(with_claims=False))
    s.add(t.page("/", head("한중케미칼 - 의약중간체·실험시약 전문") +
                 "<div class=\"xans-element- xans-bannermanager xans-bannermanager-list\"><p>중국 직수입 의약중간체 · 동물용 원료 · 실험시약 전문몰. 평일 오후 3시 이전 주문 당일 출고, 배송조회 가능.</p></div>"
                 "<div class=\"xans-element- xans-product xans-product-listmain-1 xans-product-listmain xans-product-1 ec-base-product\"><div class=\"title\"><h2><span>NEW ARRIVAL</span></h2></div>"
                 "<ul class=\"prdList grid4\">%s</ul></div>" % "".join(item_li(p) for p in newp) + foot(),
                 listing=True, charset=CS, ctype="text/html"))
    # category lists, 5 per page
    for c, cname in cats.items():
        items = [p for p in P if p.cat == c]
        chunks = [items[i:i + 5] for i in range(0, len(items), 5)]
        for pi, chunk in enumerate(chunks, 1):
            t = T()
            for p in chunk:
                t.merge(p.truth(with_claims=False))
            kw = {"cate_no": c}
            if pi > 1:
                kw["page"] = pi
            paging = "".join("<li class=\"xans-record-\"><a href=\"?cate_no=%d&amp;page=%d\" class=\"%s\">%d</a></li>" % (c, k, "this" if k == pi else "other", k)
                             for k in range(1, len(chunks) + 1))
            s.add(t.page(K("/product/list.html", **kw), head("%s - 한중케미칼" % cname) +
                         "<div class=\"xans-element- xans-product xans-product-headcategory path \"><span>현재 위치</span><ol><li><a href=\"/\">홈</a></li><li title=\"현재 위치\"><strong><a href=\"/product/list.html?cate_no=%d\">%s</a></strong></li></ol></div>"
                         "<div class=\"xans-element- xans-product xans-product-normalpackage \"><div class=\"xans-element- xans-product xans-product-listnormal ec-base-product\">"
                         "<div class=\"function\" id=\"Product_ListMenu\"><p class=\"prdCount\">등록 제품 : <strong>%d</strong>개</p><ul id=\"type\" class=\"xans-element- xans-product xans-product-orderby\">"
                         "<li class=\"xans-record-\"><a href=\"?cate_no=%d&amp;sort_method=5#Product_ListMenu\">신상품</a></li><li class=\"xans-record-\"><a href=\"?cate_no=%d&amp;sort_method=1#Product_ListMenu\">낮은가격</a></li>"
                         "<li class=\"xans-record-\"><a href=\"?cate_no=%d&amp;sort_method=2#Product_ListMenu\">높은가격</a></li></ul></div>"
                         "<ul class=\"prdList grid4\">%s</ul></div></div>"
                         "<div class=\"xans-element- xans-product xans-product-normalpaging ec-base-paginate\"><a href=\"?cate_no=%d&amp;page=%d\">&lt; 이전</a><ol>%s</ol><a href=\"?cate_no=%d&amp;page=%d\">다음 &gt;</a></div>"
                         % (c, cname, len(items), c, c, c, "".join(item_li(p) for p in chunk), c, max(1, pi - 1), paging, c, min(len(chunks), pi + 1))
                         + foot(), listing=True, charset=CS, ctype="text/html"))
    # product detail pages
    for i, p in enumerate(P):
        t = p.truth()
        rows = [("상품명", esc(p.name)), ("판매가", "<strong id=\"span_product_price_text\">%s</strong>" % p.price),
                ("CAS 번호", esc(p.cas) if p.cas else "-"), ("원산지", "중국 (후베이)"), ("배송방법", "택배 / EMS"),
                ("배송비", "3,000원 (100,000원 이상 구매 시 무료)")]
        tbl = "".join("<tr class=\" xans-record-\"><th scope=\"row\"><span style=\"font-size:12px;color:#555555;\">%s</span></th><td><span style=\"font-size:12px;color:#555555;\">%s</span></td></tr>" % r for r in rows)
        detail = "<p>%s 순도 98%% 이상, COA 제공. 소량(10g)부터 대량(25kg) 주문 가능.</p>" % esc(p.name)
        if p.claims:
            detail += "<div class=\"delivery\"><h4>배송 안내</h4><ul>%s</ul></div>" % "".join("<li>%s</li>" % esc(x) for _, x in p.claims)
        detail += "<p>관부가세 및 통관 수수료는 구매자 부담이 원칙입니다. 주문 전 카카오톡으로 문의 주세요.</p>" if p.cat == 26 else ""
        s.add(t.page(p.url, head("%s - 한중케미칼" % p.name) +
                     "<div class=\"xans-element- xans-product xans-product-headcategory path \"><span>현재 위치</span><ol><li><a href=\"/\">홈</a></li>"
                     "<li><a href=\"/product/list.html?cate_no=%d\">%s</a></li></ol></div>"
                     "<div class=\"xans-element- xans-product xans-product-detail\"><div class=\"detailArea\"><div class=\"imgArea\"><div class=\"keyImg\"><img src=\"/web/product/big/2025/%d.png\" alt=\"\" class=\"BigImage\" /></div></div>"
                     "<div class=\"infoArea\"><div class=\"headingArea\"><h2>%s</h2><span class=\"icon\"><img src=\"//img.echosting.cafe24.com/design/common/icon_new.gif\" alt=\"신상품\" /></span></div>"
                     "<div class=\"xans-element- xans-product xans-product-detaildesign\"><table border=\"1\" summary=\"\"><caption>기본 정보</caption><tbody>%s</tbody></table></div>"
                     "<div class=\"xans-element- xans-product xans-product-action \"><div class=\"ec-base-button\"><a href=\"#none\" class=\"first\" onclick=\"product_submit(1, '/exec/front/order/basket/', this)\"><span id=\"btnBuy\">바로구매하기</span></a>"
                     "<a href=\"#none\" onclick=\"product_submit(2, '/exec/front/order/basket/', this)\" class=\"\">장바구니 담기</a></div></div></div></div></div>"
                     "<div class=\"xans-element- xans-product xans-product-additional \"><div id=\"prdDetail\" class=\"ec-base-tab gFlex\"><ul class=\"menu\"><li class=\"selected\"><a href=\"#prdDetail\">상품상세정보</a></li>"
                     "<li><a href=\"#prdReview\">상품후기</a></li><li><a href=\"#prdQnA\">상품문의</a></li></ul><div class=\"cont\">%s</div></div></div>"
                     % (p.cat, cats[p.cat], p.id, esc(p.name), tbl, detail) + foot(), listing=True, charset=CS, ctype="text/html"))
        if i % 6 == 4:
            s.flaky.add(p.url)
    # notice board
    notices = [
        (3, "[배송] 통관 및 재발송 안내", "<p>해외 직배송 상품은 %s 또한 %s</p><p>배송 기간은 영업일 기준 7~12일입니다.</p>" % (KO["customs"][1], KO["reship"][0]),
         T().claim("customs").claim("reship")),
        (2, "[공지] 마약류 판매 금지 안내", "<p>최근 당사 명의를 사칭하여 펜타닐, 카펜타닐, 니타젠류를 판매한다는 연락이 있습니다. 당사는 마약류를 일절 판매하지 않으며 해당 연락은 사기입니다.</p>", T()),
        (1, "설 연휴 배송 일정 안내", "<p>2월 14일~18일 출고가 중단됩니다. 19일부터 순차 발송됩니다.</p>", T()),
    ]
    rows = "".join("<tr class=\"xans-record-\"><td>%d</td><td class=\"subject left txtBreak\"><strong><a href=\"/board/free/read.html?board_no=1&amp;no=%d\">%s</a></strong></td><td>한중케미칼</td><td class=\"txtLess\">2026-0%d-1%d</td></tr>"
                   % (n, n, esc(ti), n + 1, n) for n, ti, _, _ in notices)
    s.add(T().page(K("/board/free/list.html", board_no=1), head("공지사항 - 한중케미칼") +
                   "<div class=\"xans-element- xans-board xans-board-listpackage-1002 xans-board-listpackage xans-board-1002 \"><div class=\"xans-element- xans-board xans-board-title-1002 xans-board-title xans-board-1002 \"><div class=\"title\"><h2><font color=\"#555555\">공지사항</font></h2></div></div>"
                   "<div class=\"ec-base-table typeList gBorder\"><table border=\"1\" summary=\"\"><caption>게시판 목록</caption><thead><tr><th scope=\"col\">번호</th><th scope=\"col\">제목</th><th scope=\"col\">작성자</th><th scope=\"col\">작성일</th></tr></thead>"
                   "<tbody class=\"xans-element- xans-board xans-board-list-1002 xans-board-list xans-board-1002 center\">%s</tbody></table></div></div>" % rows + foot(),
                   charset=CS, ctype="text/html"))
    for n, ti, body, t in notices:
        s.add(t.page(K("/board/free/read.html", board_no=1, no=n), head("%s - 공지사항" % ti) +
                     "<div class=\"xans-element- xans-board xans-board-read-1002 xans-board-read xans-board-1002\"><div class=\"ec-base-table typeWrite \"><table border=\"1\" summary=\"\"><caption>게시판 상세</caption><tbody>"
                     "<tr><th scope=\"row\">제목</th><td>%s</td></tr><tr><th scope=\"row\">작성자</th><td>한중케미칼 (ip:)</td></tr>"
                     "<tr class=\"view\"><td colspan=\"2\"><div class=\"detail\">%s</div></td></tr></tbody></table></div>"
                     "<div class=\"ec-base-button \"><span class=\"gLeft\"><a href=\"/board/free/list.html?board_no=1\" class=\"btnNormalFix sizeS\">목록</a></span></div></div>" % (esc(ti), body)
                     + foot(), charset=CS, ctype="text/html"))
    # review board: buyers quote the seller's promises (not claims of this page)
    reviews = [
        (12, "NPP 잘 받았습니다", "<p>판매자분이 '100% 통관 보장'이라고 하셔서 반신반의했는데 9일 만에 도착했어요. 포장도 말씀하신 대로 비노출이었습니다.</p>"),
        (11, "자일라진 재구매", "<p>첫 주문은 세관에서 걸렸는데 판매자가 약속대로 재발송 해줬다고 들었습니다. 인보이스에 '화장품 원료'라고 적혀 있더군요. 별 다섯 개.</p>"),
    ]
    rows = "".join("<tr class=\"xans-record-\"><td>%d</td><td class=\"subject left txtBreak\"><a href=\"/board/product/read.html?board_no=4&amp;no=%d\">%s</a></td><td>구매자</td></tr>" % (n, n, esc(ti)) for n, ti, _ in reviews)
    s.add(T().page(K("/board/product/list.html", board_no=4), head("상품후기 - 한중케미칼") +
                   "<div class=\"xans-element- xans-board xans-board-listpackage-4 xans-board-listpackage\"><div class=\"title\"><h2>상품후기</h2></div><div class=\"ec-base-table typeList gBorder\"><table border=\"1\"><tbody>%s</tbody></table></div></div>" % rows
                   + foot(), charset=CS, ctype="text/html"))
    for n, ti, body in reviews:
        s.add(T().page(K("/board/product/read.html", board_no=4, no=n), head("%s - 상품후기" % ti) +
                       "<div class=\"xans-element- xans-board xans-board-read-4 xans-board-read\"><div class=\"ec-base-table typeWrite \"><table border=\"1\"><tbody><tr><th scope=\"row\">제목</th><td>%s</td></tr>"
                       "<tr><th scope=\"row\">작성자</th><td>구매자 (ip:121.140.***.***)</td></tr><tr class=\"view\"><td colspan=\"2\"><div class=\"detail\">%s</div></td></tr></tbody></table></div>"
                       "<div class=\"ec-base-button \"><a href=\"/board/product/list.html?board_no=4\" class=\"btnNormalFix sizeS\">목록</a></div></div>" % (esc(ti), body)
                       + foot(), charset=CS, ctype="text/html"))
    s.add(T().claim("forwarding").claim("mislabel").page("/shopinfo/guide.html", head("이용안내 - 한중케미칼") +
          "<div class=\"xans-element- xans-layout xans-layout-info\"><h3>배송안내</h3><ul><li>배송 방법 : 국제특송 + 국내택배</li><li>배송 지역 : 전국지역</li>"
          "<li>배송 안내 : 모든 상품은 중국 광저우 창고에서 출고됩니다. %s</li><li>%s</li><li>배송 조회는 주문조회 메뉴에서 가능합니다.</li></ul>"
          "<h3>교환/반품안내</h3><p>시약 특성상 개봉 후 교환·반품이 불가합니다.</p></div>" % (KO["forwarding"][0], KO["mislabel"][1]) + foot(),
          charset=CS, ctype="text/html"))
    s.add(T().page("/shopinfo/company.html", head("회사소개 - 한중케미칼") +
                   "<div class=\"xans-element- xans-company xans-company-company\"><h3>회사소개</h3><p>한중케미칼은 중국 후베이성 우한의 제조사와 직접 거래하는 화학원료 수입 전문 기업입니다.</p></div>" + foot(),
                   charset=CS, ctype="text/html"))
    # forbidden search page
    t = T()
    for p in P[:3]:
        t.merge(p.truth(with_claims=False))
    s.add(t.page(K("/product/search.html", keyword="NPP"), head("검색결과") + "<ul class=\"prdList grid4\">%s</ul>" % "".join(item_li(p) for p in P[:3]) + foot(),
                 listing=True, charset=CS, ctype="text/html"))
    return s


# ================================================================ 3. VK community wall (Russian, windows-1251)

def vkwall():
    s = Site("vk-wall", "vk-community-wall-russian")
    G = 218830
    s.robots = ("User-agent: *\nDisallow: /search\nDisallow: /away.php\nDisallow: /login\nDisallow: /share.php\n"
                "Disallow: /al_\nDisallow: /write\n")
    s.disallow = ["/search", "/away.php", "/login", "/share.php", "/al_", "/write"]
    s.rate_limit = 8
    s.junk_params = ["z", "from", "reply", "ref", "utm_source", "utm_medium", "w", "own"]
    s.redirects["/"] = "/club%d" % G
    CS = "windows-1251"
    RU = {
        "stealth": ["Стелс-упаковка: вакуум, двойной пакет, без названий снаружи.", "Скрытая упаковка, ничего не видно и не пахнет."],
        "customs": ["Растаможка под ключ, гарантия прохождения таможни.", "Таможню проходим 100%, все вопросы с таможней решаем сами."],
        "reship": ["Перешлём бесплатно при изъятии или потере.", "При изъятии отправим повторно за наш счёт."],
        "mislabel": ["Декларируем как кормовую добавку.", "В декларации пишем «бытовая химия»."],
        "forwarding": ["Отправка через наш склад в Казахстане, дальше СДЭК по РФ.", "Возможна отправка через посредника в Киргизии."],
    }

    def c(kind, i=0):
        return (kind, RU[kind][i % len(RU[kind])])

    # posts: (id, date, author, text_html, truth, comments[(author, text, truth)])
    posts = []

    def post(pid, date, text, t=None, comments=(), author="ХимСнаб | реактивы оптом"):
        posts.append(dict(id=pid, date=date, text=text, t=t or T(), comments=list(comments), author=author))

    def offer(o, lead, contact="Пишите в ЛС группы или в Telegram @himsnab_opt"):
        cas = (" CAS %s." % o.cas) if o.cas else ""
        txt = "%s<br>%s%s<br>Цена: %s<br>%s<br>%s" % (lead, o.name, cas, o.price, "<br>".join(x for _, x in o.claims), contact)
        return txt, o.truth()

    post(401, "закреплено", "&#128204; Правила группы. Мы продаём только лабораторные реактивы. Фентанил, карфентанил, нитазены и любые наркотики "
         "НЕ продаём и не обсуждаем — за такие запросы бан. Доставка по РФ, РК, РБ. Трек-номер на каждую посылку.")
    o = Offer(npp, "N-фенэтил-4-пиперидон (NPP) 99,5%", "39742-60-4", "от 1 кг — 350$/кг", [c("stealth")])
    txt, t = offer(o, "&#9989; В НАЛИЧИИ")
    post(402, "сегодня в 12:40", txt, t, [("Артём В.", "Вы писали «перешлём при изъятии» — это правда работает?", T()),
                                           ("ХимСнаб | реактивы оптом", RU["reship"][1] + " Пишите в ЛС.", T().claim("reship"))])
    o = Offer(anpp, "4-\u0410NPP (4 - A N P P), чистота 99%", "21409-26-7", "480$ за кг, от 5 кг скидка", [c("customs"), c("reship")])
    txt, t = offer(o, "&#128293; Новая партия")
    post(403, "вчера в 18:02", txt, t, [("Дмитрий К.", "Пришло за 12 дней, стелс норм, спасибо", T())])
    post(404, "вчера в 10:15", "&#128240; Новости: в Приморье таможня задержала 40 кг прекурсоров фентанила (NPP и 4-ANPP), задекларированных как «моющее средство». "
         "Будьте осторожны с непроверенными продавцами!")
    o = Offer(xylazine, "Ксилазин гидрохлорид (Xylazine HCl), ветеринарный", "23076-35-9", "500 г — 190$", [c("mislabel")])
    txt, t = offer(o, "Ветеринарное сырьё")
    post(405, "12 ноя в 9:31", txt, t)
    o = Offer(protonit, "Протонитазен (protonitazene) — порошок", None, "1 г — 120$, 10 г — 900$", [c("forwarding"), c("stealth", 1)])
    txt, t = offer(o, "Для исследовательских целей")
    post(406, "11 ноя в 21:48", txt, t)
    o1 = Offer(caffeine, "Кофеин безводный, мешок 25 кг", "58-08-2", "9$/кг")
    o2 = Offer(benzocaine, "Бензокаин, 1 кг", "94-09-7", "38$/кг")
    post(407, "10 ноя в 14:05", "Оптом со склада в Москве:<br>%s, CAS %s — %s<br>%s, CAS %s — %s<br>Отправка СДЭК, трек-номер сразу после оплаты."
         % (o1.name, o1.cas, o1.price, o2.name, o2.cas, o2.price), o1.truth().merge(o2.truth()))
    post(408, "9 ноя в 19:20", "Куплю 1-boc-4-пиперидон, 5 кг, нужна растаможка. Кто продаст? Пишите в ЛС.",
         author="Игорь Сидоренко")
    o = Offer(bromaz, "Бромазолам, порошок", "71368-80-4", "1 г — 40$, 10 г — 250$", [c("reship")])
    txt, t = offer(o, "Поступление")
    post(409, "8 ноя в 11:11", txt, t)
    o = Offer(nn_cf3, "ETZ-CF3 — новый аналог, 2-[2-[(4-ethoxyphenyl)methyl]-5-(trifluoromethyl)benzimidazol-1-yl]-N,N-diethylethanamine",
              None, "10 г — 1400$", [c("stealth")])
    txt, t = offer(o, "&#9889; НОВИНКА, не входит в списки")
    post(410, "7 ноя в 16:40", txt, t)
    post(411, "6 ноя в 8:02", "&#9888; Осторожно, мошенники! От нашего имени в Telegram продают «NPP» и «пропионилхлорид» с предоплатой. "
         "Наш единственный контакт — @himsnab_opt. Они обещают «растаможку» и «перешлём при изъятии» — это не мы.")
    items = [Offer(ap4, "4-анилинопиперидин (4-AP)", "23056-29-3", "420$/кг"),
             Offer(boc4ap, "1-Boc-4-AP", "125541-22-2", "480$/кг"),
             Offer(bocpip, "1-Boc-4-пиперидон", "79099-07-3", "260$/кг"),
             Offer(nahco3, "Натрия гидрокарбонат", "144-55-8", "2$/кг")]
    t = T()
    for it in items:
        t.merge(it.truth())
    t.claim("forwarding").claim("customs")
    post(412, "5 ноя в 13:30", "&#128203; ПРАЙС на ноябрь:<br>" + "<br>".join("%s — %s — %s" % (it.name, it.cas, it.price) for it in items) +
         "<br>%s<br>%s<br>Заказ: Telegram @himsnab_opt, WhatsApp +7 705 318 44 90" % (RU["forwarding"][1], RU["customs"][1]), t)
    o = Offer(pmkgly, "ПМК метилглицидат (PMK methyl glycidate)", "13605-48-6", "1 кг — 230$", [c("mislabel", 1)])
    txt, t = offer(o, "Под заказ 7 дней")
    post(413, "4 ноя в 10:00", txt, t)
    o = Offer(etonitpy, "Этонитазепин (etonitazepine)", None, "1 г — 150$", [c("stealth")])
    txt, t = offer(o, "В наличии")
    post(414, "3 ноя в 22:15", txt, t)

    def head(title):
        return ("<!DOCTYPE html>\n<html prefix=\"og: http://ogp.me/ns#\" lang=\"ru\" dir=\"ltr\">\n<head>\n"
                "<meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1251\" />\n"
                "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\" />\n<title>%s</title>\n"
                "<link rel=\"stylesheet\" type=\"text/css\" href=\"/css/al/common.css?77153\" />\n"
                "<link rel=\"stylesheet\" type=\"text/css\" href=\"/css/al/wall.css?4412\" />\n"
                "<script type=\"text/javascript\">var vk = {id: 0, lang: 0, host: 'vk.com', loaderNavSection: '', al: 1};</script>\n"
                "<script type=\"text/javascript\" src=\"/js/loader_nav.js?95\"></script>\n</head>\n"
                "<body onresize=\"onBodyResize()\" class=\"is_rtl0 is_0_ body_im\">\n<div id=\"page_wrap\" class=\"scroll_fix_wrap _page_wrap\"><div>\n"
                "<div id=\"page_header_cont\" class=\"page_header_cont\"><div class=\"back\"></div><div id=\"page_header_wrap\" class=\"page_header_wrap\">"
                "<a class=\"top_home_link fl_l\" href=\"/\" aria-label=\"На главную\"><div class=\"top_home_logo\"></div></a>"
                "<div id=\"ts_wrap\" class=\"ts_wrap\"><input type=\"text\" onmousedown=\"event.cancelBubble = true;\" id=\"ts_input\" class=\"text ts_input\" placeholder=\"Поиск\" /></div>"
                "<a class=\"top_nav_link\" href=\"/login\">Войти</a></div></div>\n"
                "<div id=\"page_layout\"><div id=\"side_bar\" class=\"side_bar fl_l\"><ol><li><a href=\"/club%d\" class=\"left_row\">Стена</a></li>"
                "<li><a href=\"/market-%d\" class=\"left_row\">Товары</a></li><li><a href=\"/board%d\" class=\"left_row\">Обсуждения</a></li></ol></div>\n"
                "<div id=\"page_body\" class=\"fl_r\"><div id=\"wrap3\"><div id=\"wrap2\"><div id=\"wrap1\"><div id=\"content\">\n" % (esc(title), G, G, G))

    def foot():
        return ("</div></div></div></div></div></div><div id=\"footer_wrap\" class=\"footer_wrap fl_r\"><div class=\"footer_nav\" id=\"bottom_nav\">"
                "<div class=\"footer_copy fl_l\"><a href=\"/about\">ВКонтакте</a> &copy; 2006–2026</div><div class=\"footer_links\">"
                "<a class=\"bnav_a\" href=\"/about\">О ВКонтакте</a><a class=\"bnav_a\" href=\"/terms\">Правила</a><a class=\"bnav_a\" href=\"/ads\">Для бизнеса</a></div></div></div>\n"
                "<div id=\"cookie_notice\" class=\"CookieNotice\">Мы используем файлы cookie, чтобы улучшить работу сайта. <a href=\"/privacy/cookies\">Подробнее</a> <button class=\"FlatButton\">Понятно</button></div>\n"
                "</div></div><script type=\"text/javascript\">domStarted(); window.cur = {module: 'public', oid: -%d};</script></body>\n</html>" % G)

    def group_block():
        return ("<div class=\"page_block\" id=\"group_info\"><div class=\"page_top\"><h1 class=\"page_name\">ХимСнаб | реактивы оптом и в розницу</h1>"
                "<div class=\"page_current_info\" id=\"page_current_info\"><span class=\"current_text\">Лабораторные реактивы с 2019 года &#129514;</span></div></div>"
                "<div class=\"group_info_rows\"><div class=\"group_info_row info\" title=\"Описание\">Поставки реактивов из Китая и Индии. Работаем с юрлицами и частными лабораториями.</div>"
                "<div class=\"group_info_row site\"><a href=\"/away.php?to=https%%3A%%2F%%2Ft.me%%2Fhimsnab_opt&amp;cc_key=\" target=\"_blank\">t.me/himsnab_opt</a></div></div></div>"
                "<div class=\"page_block\" id=\"public_followers\"><div class=\"header_top\"><span class=\"header_label\">Подписчики</span> <span class=\"header_count\">4&#8239;812</span></div></div>"
                "<div class=\"page_block module\" id=\"group_market\"><div class=\"header_top\"><a href=\"/market-%d\" class=\"header_label\">Товары</a></div>"
                "<div class=\"market_row\"><div class=\"market_row_name\">NPP 99,5%% — 350$</div></div><div class=\"market_row\"><div class=\"market_row_name\">Ксилазин HCl — 190$</div></div></div>" % G)

    def render_post(p, with_comments):
        cm = ""
        if with_comments and p["comments"]:
            cm = "<div class=\"replies\"><div class=\"replies_list\">" + "".join(
                "<div class=\"reply reply_dived clear\" id=\"post-%d_%d\"><div class=\"reply_wrap\"><div class=\"reply_content\"><div class=\"reply_author\"><a class=\"author\" href=\"/id%d\">%s</a></div>"
                "<div class=\"reply_text\"><div class=\"wall_reply_text\">%s</div></div><div class=\"reply_footer\"><a class=\"wd_lnk\" href=\"/wall-%d_%d?reply=%d\">ответить</a></div></div></div></div>"
                % (G, p["id"] * 10 + k, 5100 + k, a, txt, G, p["id"], p["id"] * 10 + k) for k, (a, txt, _) in enumerate(p["comments"])) + "</div></div>"
        return ("<div id=\"post-%d_%d\" class=\"_post post page_block all own post--with-likes\" data-post-id=\"-%d_%d\"><div class=\"_post_content\">"
                "<div class=\"post_header\"><a class=\"post_image\" href=\"/club%d\"><img src=\"/images/camera_50.png\" class=\"post_img\" alt=\"\" /></a>"
                "<div class=\"post_header_info\"><h5 class=\"post_author\"><a class=\"author\" href=\"/club%d\">%s</a></h5>"
                "<div class=\"post_date\"><a class=\"post_link\" href=\"/wall-%d_%d\"><span class=\"rel_date\">%s</span></a></div></div></div>"
                "<div class=\"post_content\"><div class=\"post_info\"><div class=\"wall_text\"><div id=\"wpt-%d_%d\" class=\"wall_post_cont _wall_post_cont\">"
                "<div class=\"wall_post_text\">%s</div></div></div>"
                "<div class=\"like_wrap _like_wall-%d_%d\"><div class=\"like_cont \"><div class=\"like_btns\"><a class=\"like_btn like _like\" href=\"/share.php?act=like&amp;post=-%d_%d\"><span class=\"like_button_count\">%d</span></a>"
                "<a class=\"like_btn share _share\" href=\"/share.php?url=/wall-%d_%d\">Поделиться</a></div></div></div></div>%s</div></div></div>"
                % (G, p["id"], G, p["id"], G, G, p["author"], G, p["id"], p["date"], G, p["id"], p["text"], G, p["id"], G, p["id"], 3 + p["id"] % 17, G, p["id"], cm))

    per = 5
    chunks = [posts[i:i + per] for i in range(0, len(posts), per)]
    for pi, chunk in enumerate(chunks):
        path = "/club%d" % G if pi == 0 else K("/wall-%d" % G, offset=pi * per)
        t = T()
        for p in chunk:
            t.merge(p["t"])
        more = ("<a class=\"show_more\" href=\"/wall-%d?offset=%d&amp;own=1\">Показать больше записей</a>" % (G, (pi + 1) * per)) if pi + 1 < len(chunks) else ""
        prev = ("<a class=\"pg_lnk\" href=\"%s\">&laquo; назад</a>" % ("/club%d" % G if pi == 1 else "/wall-%d?offset=%d" % (G, (pi - 1) * per))) if pi else ""
        s.add(t.page(path, head("ХимСнаб | реактивы оптом и в розницу | ВКонтакте") + group_block() +
                     "<div id=\"public_wall\" class=\"wall_module page_block\"><div class=\"page_block_header\"><span class=\"header_label\">Записи сообщества</span></div>"
                     "<div id=\"page_wall_posts\" class=\"page_wall_posts\">%s</div>%s %s</div>" % ("".join(render_post(p, False) for p in chunk), prev, more) + foot(),
                     listing=True, charset=CS))
    for p in posts:
        t = T().merge(p["t"])
        for _, _, ct in p["comments"]:
            t.merge(ct)
        s.add(t.page("/wall-%d_%d" % (G, p["id"]), head("Запись сообщества ХимСнаб | ВКонтакте") + render_post(p, True) +
                     "<a href=\"/club%d\">&larr; ко всем записям</a>" % G + foot(), listing=bool(p["t"].hits or p["t"].cas), charset=CS))
        if p["id"] % 5 == 3:
            s.flaky.add("/wall-%d_%d" % (G, p["id"]))
    # market
    goods = [Offer(npp, "NPP (N-фенэтил-4-пиперидон) 99,5%", "39742-60-4", "350 $", [c("stealth", 1)], gid=1),
             Offer(xylazine, "Ксилазин гидрохлорид вет.", "23076-35-9", "190 $", [c("mislabel")], gid=2),
             Offer(caffeine, "Кофеин безводный 25 кг", "58-08-2", "225 $", [], gid=3),
             Offer(benzocaine, "Бензокаин 1 кг", "94-09-7", "38 $", [], gid=4),
             Offer(NOSUB, "Тест-полоски на фентанил, 10 шт", None, "15 $", [], gid=5)]
    t = T()
    for g in goods:
        t.offer(g.sub)   # the market grid shows name and price only
    s.add(t.page("/market-%d" % G, head("Товары сообщества ХимСнаб | ВКонтакте") +
                 "<div class=\"page_block market_page\"><h2 class=\"page_block_h2\">Товары сообщества</h2><div class=\"market_list\" id=\"market_list\">" +
                 "".join("<div class=\"market_row\" data-id=\"-%d_%d\"><div class=\"market_row_inner_cont\"><a class=\"market_row_img_wrap\" href=\"/product-%d_%d\"><img class=\"market_row_img\" src=\"/images/m_%d.png\" alt=\"\" /></a>"
                         "<div class=\"market_row_name\"><a href=\"/product-%d_%d\">%s</a></div><div class=\"market_row_price\">%s</div></div></div>"
                         % (G, g.gid, G, g.gid, g.gid, G, g.gid, g.name, g.price) for g in goods) + "</div></div>" + foot(), listing=True, charset=CS))
    for g in goods:
        s.add(g.truth().page("/product-%d_%d" % (G, g.gid), head("%s | ВКонтакте" % g.name) +
                             "<div class=\"page_block market_item_page\"><div class=\"market_item_title\"><h1>%s</h1></div><div class=\"market_item_price\">%s</div>"
                             "<div class=\"market_item_description\">%s%s<br>Связаться с продавцом: <a href=\"/write-%d\">написать</a></div></div>"
                             % (g.name, g.price, ("CAS: %s<br>" % g.cas) if g.cas else "", "<br>".join(x for _, x in g.claims), G) + foot(),
                             listing=True, charset=CS))
    # discussion board
    topics = [
        (1, "Отзывы покупателей", "<div class=\"bp_post\"><b>Сергей М.</b>: Заказывал NPP, продавец обещал «растаможка под ключ» — и правда, всё пришло за две недели.</div>"
            "<div class=\"bp_post\"><b>Ольга Т.</b>: Писали, что «декларируют как кормовую добавку», так и было. Рекомендую.</div>", T(), False),
        (2, "Прайс-лист (обновляется)", None, None, True),
        (3, "Вопросы по доставке", "<div class=\"bp_post\"><b>Алексей</b>: В Беларусь отправляете?</div>"
            "<div class=\"bp_post\"><b>ХимСнаб | реактивы оптом</b>: Да. %s %s</div>" % (RU["forwarding"][0], RU["mislabel"][1]),
            T().claim("forwarding").claim("mislabel"), False),
    ]
    pl = [Offer(npp, "NPP 99,5%", "39742-60-4", "350$/кг"), Offer(anpp, "4-ANPP", "21409-26-7", "480$/кг"),
          Offer(boc4ap, "1-Boc-4-AP", "125541-22-2", "480$/кг"), Offer(xylazine, "Ксилазин HCl", "23076-35-9", "380$/кг"),
          Offer(lidohcl, "Лидокаин гидрохлорид", "73-78-9", "95$/кг")]
    t2 = T()
    for it in pl:
        t2.merge(it.truth())
    t2.claim("stealth")
    topics[1] = (2, "Прайс-лист (обновляется)", "<div class=\"bp_post\"><b>ХимСнаб | реактивы оптом</b>: <table class=\"price\">" +
                 "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (it.name, it.cas, it.price) for it in pl) +
                 "</table>%s Заказ через ЛС.</div>" % RU["stealth"][0], t2, True)
    s.add(T().page("/board%d" % G, head("Обсуждения | ХимСнаб") + "<div class=\"page_block\"><div class=\"blst_table\">" +
                   "".join("<div class=\"blst_row\"><a class=\"blst_title\" href=\"/topic-%d_%d\">%s</a></div>" % (G, n, ti) for n, ti, _, _, _ in topics) +
                   "</div></div>" + foot(), charset=CS))
    for n, ti, body, t, lst in topics:
        s.add(t.page("/topic-%d_%d" % (G, n), head("%s | ХимСнаб" % ti) + "<div class=\"page_block\"><h1 class=\"bt_title\">%s</h1><div class=\"bp_list\">%s</div></div>" % (ti, body) + foot(),
                     listing=lst, charset=CS))
    # forbidden: search results
    s.add(T().offer(npp, "39742-60-4").page(K("/search", q="NPP"), head("Поиск") + "<div>NPP 99,5% — 350$ CAS 39742-60-4</div>" + foot(), listing=True, charset=CS))
    return s


# ================================================================ 4. Blogger vendor blog

def blogger():
    s = Site("blogger-hbj", "blogspot-vendor-blog")
    s.robots = ("User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /search\nAllow: /\n\n"
                "Sitemap: /sitemap.xml\n")
    s.disallow = ["/search"]
    s.junk_params = ["m", "showComment", "utm_source", "utm_medium", "widgetType", "widgetId", "action", "dir",
                     "toggle", "toggleopen", "by-date"]
    EN = {
        "customs": "100% customs clearance to USA, Mexico, Canada, Australia - double clearance line.",
        "reship": "If the parcel is seized we reship for free, safe delivery guaranteed.",
        "stealth": "Very good stealth packing, vacuum bag inside foil, no chemical name outside.",
        "mislabel": "We declare the goods as 'pigment intermediate' on the invoice.",
        "forwarding": "Stock in our Mexico warehouse (Guadalajara), domestic delivery 3-5 days.",
        "forwarding_eu": "Stock in Netherlands warehouse, Europe domestic delivery, no customs.",
        "es_reship": "Reenvío gratis si la aduana retiene el paquete.",
        "es_forwarding": "Entrega desde nuestro almacén en Guadalajara, sin aduana.",
        "zh_customs": "包清关，双清到门。",
        "zh_reship": "安全到货，海关扣货免费重发。",
    }
    CONTACT = "<p>Contact: Amy Zhang &middot; WhatsApp/Telegram: +86 155 2718 3306 &middot; Wickr: amyjusheng &middot; Email: amy@hbjusheng.example</p>"
    # (slug, y, m, d, title, labels, intro_html, intro_truth, more_html, more_truth)
    posts = []

    def P(slug, date, title, labels, intro, it, more="", mt=None):
        posts.append(dict(slug=slug, date=date, title=title, labels=labels, intro=intro, it=it, more=more, mt=mt or T()))

    P("buy-4-anpp-cas-21409-26-7-factory", "2026-11-24", "Buy 4-ANPP CAS 21409-26-7 factory price 99% purity", ["Intermediates"],
      "<p>We supply <b>4-ANPP</b> (4-Anilino-N-phenethylpiperidine), CAS 21409-26-7, white powder, purity 99%. Price: 1 kg USD 520, 10 kg USD 4600. Order now.</p>",
      T().offer(anpp, "21409-26-7"),
      "<p>%s</p><p>%s</p><p>%s</p>" % (EN["customs"], EN["zh_reship"], "Payment: BTC, USDT, Western Union."), T().claim("customs").claim("reship"))
    P("npp-1-phenethyl-4-piperidone-mexico", "2026-11-20", "NPP / 1-phenethyl-4-piperidone CAS 39742-60-4 in stock Mexico warehouse", ["Intermediates"],
      "<p>N-Phenethyl-4-piperidone (NPP) CAS 39742-60-4 in stock. %s Price USD 380/kg.</p>" % EN["forwarding"],
      T().offer(npp, "39742-60-4").claim("forwarding"),
      "<p>Declarado como pigmento. %s</p><p>%s</p>" % (EN["mislabel"], EN["stealth"]), T().claim("mislabel").claim("stealth"))
    P("notice-we-do-not-sell-fentanyl", "2026-11-17", "Notice: we do NOT sell fentanyl", ["Notice"],
      "<p>Many customers ask for fentanyl, carfentanil or 芬太尼 finished products. We DO NOT sell any finished controlled drug. Any Telegram account offering fentanyl with our name is fake.</p>",
      T())
    P("hot-selling-cas-1609-66-1", "2026-11-12", "Hot selling CAS 1609-66-1 with best price, safe delivery", ["Intermediates"],
      "<p>Product: N-Phenyl-N-4-piperidinylpropanamide, CAS 1609-66-1, assay 99.3%. Price on request, MOQ 100 g.</p>",
      T().offer(norfent, "1609-66-1"), "<p>%s</p>" % EN["stealth"], T().claim("stealth"))
    P("1-boc-4-piperidone-79099-07-3-bulk", "2026-11-05", "1-Boc-4-piperidone 79099-07-3 / N-叔丁氧羰基-4-哌啶酮 bulk supply", ["Intermediates", "Chinese"],
      "<p>N-叔丁氧羰基-4-哌啶酮 (1-Boc-4-piperidone), CAS 79099-07-3, 现货供应, 25 kg/drum, USD 210/kg.</p>",
      T().offer(bocpip, "79099-07-3"), "<p>%s</p>" % EN["zh_customs"], T().claim("customs"))
    P("4-ap-4-anilinopiperidina-precio", "2026-10-28", "4-AP (4-Anilinopiperidina) CAS 23056-29-3 — precio de fábrica", ["Intermediates", "Spanish"],
      "<p>Vendemos 4-Anilinopiperidina (4-AP), CAS 23056-29-3, pureza 99%, precio de fábrica USD 450/kg.</p>",
      T().offer(ap4, "23056-29-3"), "<p>%s %s</p>" % (EN["es_reship"], EN["es_forwarding"]), T().claim("reship").claim("forwarding"))
    P("dea-indictment-chinese-chemical-companies", "2026-10-21", "News: US indicts chemical companies over fentanyl precursors", ["News"],
      "<p>Reposted: prosecutors say the companies sold NPP and 4-ANPP, promised to 'reship seized packages' and labelled parcels as dog food to get them past customs.</p>",
      T(), "<p>The indictment lists CAS 39742-60-4 and 21409-26-7. We comply with all laws.</p>", T())
    P("xylazine-hcl-23076-35-9-veterinary", "2026-10-15", "Xylazine HCl 23076-35-9 veterinary raw material", ["Veterinary"],
      "<p>Xylazine hydrochloride, CAS 23076-35-9, 99% white crystalline powder. USD 260/kg, sample 10 g available.</p>",
      T().offer(xylazine, "23076-35-9"), "<p>%s %s</p>" % (EN["stealth"], EN["mislabel"]), T().claim("stealth").claim("mislabel"))
    P("2-methyl-ap-237-98608-61-8", "2026-10-09", "Hot sale: 2-methyl-AP-237 CAS 98608-61-8", ["Research Chemicals"],
      "<p>2-Methyl-AP-237 (CAS 98608-61-8) powder, 10 g USD 180, 100 g USD 1200.</p>",
      T().offer(map237, "98608-61-8"), "<p>%s</p>" % EN["reship"], T().claim("reship"))
    P("new-product-fxe-22", "2026-10-02", "New product FXE-22, stronger than old analogues", ["Research Chemicals"],
      "<p>FXE-22: N-(4-methoxyphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]cyclobutanecarboxamide, 99%, not in any schedule. 5 g USD 300.</p>",
      T().offer(nf_fxe), "<p>%s</p>" % EN["customs"], T().claim("customs"))
    P("1-boc-4-ap-125541-22-2-zh", "2026-09-25", "1-叔丁氧羰基-4-苯胺基哌啶 CAS 125541-22-2 现货", ["Intermediates", "Chinese"],
      "<p>1-叔丁氧羰基-4-苯胺基哌啶 (1-boc-4-AP), CAS 125541-22-2, 纯度99%%, USD 500/kg. %s</p>" % EN["zh_reship"],
      T().offer(boc4ap, "125541-22-2").claim("reship"), "<p>%s</p>" % EN["zh_customs"], T().claim("customs"))
    P("local-anesthetics-benzocaine-lidocaine", "2026-09-18", "Benzocaine 94-09-7 / Lidocaine 137-58-6 powder", ["Anesthetics"],
      "<p>Benzocaine CAS 94-09-7 USD 35/kg and Lidocaine base CAS 137-58-6 USD 70/kg, big crystal or fine powder.</p>",
      T().offer(benzocaine, "94-09-7").offer(lidocaine, "137-58-6"), "<p>%s</p>" % EN["stealth"], T().claim("stealth"))
    P("phenacetin-62-44-2-shiny", "2026-09-10", "Phenacetin 62-44-2 shiny crystal", ["Anesthetics"],
      "<p>Phenacetin (CAS 62-44-2), shiny flakes, USD 40/kg.</p>", T().offer(phenacetin, "62-44-2"),
      "<p>%s</p>" % EN["customs"], T().claim("customs"))
    P("etizolam-40054-69-1", "2026-09-03", "Etizolam 40054-69-1 powder and pellets", ["Research Chemicals"],
      "<p>Etizolam CAS 40054-69-1 powder USD 900/kg, pellets 1 mg on request.</p>", T().offer(etizolam, "40054-69-1"),
      "<p>%s</p>" % EN["reship"], T().claim("reship"))
    P("bmk-methyl-glycidate-80532-66-7", "2026-08-27", "BMK methyl glycidate CAS 80532-66-7 Netherlands stock", ["Intermediates"],
      "<p>Methyl 2-methyl-3-phenylglycidate (BMK methyl glycidate), CAS 80532-66-7, USD 95/kg from Netherlands warehouse.</p>",
      T().offer(bmkgly, "80532-66-7"), "<p>%s</p>" % EN["forwarding_eu"], T().claim("forwarding"))
    P("tetracaine-hcl-136-47-0", "2026-08-19", "Tetracaine HCl CAS 136-47-0", ["Anesthetics"],
      "<p>Tetracaine hydrochloride CAS 136-47-0, USD 120/kg.</p>", T().offer(tetracaine, "136-47-0"),
      "<p>%s</p>" % EN["stealth"], T().claim("stealth"))
    P("protonitazene-95958-84-2", "2026-08-08", "Protonitazene CAS 95958-84-2 powder 99%", ["Research Chemicals"],
      "<p>Protonitazene, CAS 95958-84-2, yellow powder 99%, 10 g USD 650.</p>", T().offer(protonit, "95958-84-2"),
      "<p>%s %s</p>" % (EN["reship"], EN["customs"]), T().claim("reship").claim("customs"))
    for p in posts:
        y, m, d = p["date"].split("-")
        p["url"] = "/%s/%s/%s.html" % (y, m, p["slug"])
        p["ym"] = (y, m)

    def label_url(l):
        return "/search/label/" + l.replace(" ", "%20")

    labels = sorted({l for p in posts for l in p["labels"]})
    months = sorted({p["ym"] for p in posts}, reverse=True)
    popular = posts[0], posts[1], posts[7]

    def sidebar():
        return ("<aside class=\"sidebar-container container sidebar-invisible\" role=\"complementary\"><div class=\"sidebar_top_wrapper\"><div class=\"section\" id=\"sidebar_top\">"
                "<div class=\"widget PopularPosts\" data-version=\"2\" id=\"PopularPosts1\"><h3 class=\"title\">Popular Posts</h3><div class=\"widget-content\">" +
                "".join("<div role=\"feed\"><article class=\"post\" role=\"article\"><h3 class=\"post-title\"><a href=\"%s\">%s</a></h3></article></div>" % (q["url"], q["title"]) for q in popular) +
                "</div></div><div class=\"widget Label\" data-version=\"2\" id=\"Label1\"><h3 class=\"title\">Labels</h3><div class=\"widget-content list-label-widget-content\"><ul>" +
                "".join("<li><a class=\"label-name\" href=\"%s\">%s<span class=\"label-count\">(%d)</span></a></li>" % (label_url(l), l, sum(l in q["labels"] for q in posts)) for l in labels) +
                "</ul></div></div><div class=\"widget BlogArchive\" data-version=\"2\" id=\"BlogArchive1\"><h3 class=\"title\">Blog Archive</h3><div class=\"widget-content\"><div id=\"ArchiveList\"><div id=\"BlogArchive1_ArchiveList\"><ul class=\"hierarchy\">" +
                "".join("<li class=\"archivedate\"><a class=\"toggle\" href=\"/?widgetType=BlogArchive&amp;widgetId=BlogArchive1&amp;action=toggle&amp;dir=open&amp;toggle=MONTHLY-%s%s&amp;toggleopen=MONTHLY-1793484000000\"><span class=\"zippy\">&#9658;&#160;</span></a>"
                        "<a class=\"post-count-link\" href=\"/%s/%s/\">%s/%s</a> <span class=\"post-count\" dir=\"ltr\">(%d)</span></li>" % (y, m, y, m, m, y, sum(q["ym"] == (y, m) for q in posts)) for y, m in months) +
                "</ul></div></div></div></div></div></div></aside>")

    def page(title, main, ld=None):
        return ("<!DOCTYPE html>\n<html class='v2' dir='ltr' lang='en'>\n<head>\n<meta content='width=device-width, initial-scale=1' name='viewport'/>\n<title>%s</title>\n"
                "<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>\n<meta content='blogger' name='generator'/>\n"
                "<link href='/favicon.ico' rel='icon' type='image/x-icon'/>\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Hubei Jusheng Pharma - Atom\" href=\"/feeds/posts/default\" />\n"
                "<link rel=\"service.post\" type=\"application/atom+xml\" title=\"Hubei Jusheng Pharma - Atom\" href=\"https://www.blogger.com/feeds/4419827704519872113/posts/default\" />\n"
                "<style id='page-skin-1' type='text/css'><!-- body{font:14px Roboto,sans-serif} --></style>\n%s"
                "<script type=\"text/javascript\">window._wsb = {}; window.BLOG_data={\"blog\":{\"blogId\":\"4419827704519872113\",\"title\":\"Hubei Jusheng Pharma\"}};</script>\n"
                "</head>\n<body class='version-1-3-3 variant-indie_light'>\n<div class='page'><div class='bg-photo-overlay'></div><div class='bg-photo-container'></div>"
                "<div class='page_body'><div class='centered'><div class='main_content_container clearfix'><div class='main_content'>"
                "<header class='centered-top-container' role='banner'><div class='centered-top'><div class='blog-name container'><div class='section' id='header'><div class='widget Header' data-version='2' id='Header1'>"
                "<div class='header-widget'><div><h1><a href='/'>Hubei Jusheng Pharma</a></h1></div><p>Pharmaceutical intermediates &middot; factory direct &middot; since 2012</p></div></div></div></div>"
                "<nav role='navigation'><div class='clearboth no-items section' id='page_list_top'><div class='widget PageList' data-version='2' id='PageList1'><ul>"
                "<li><a href='/'>Home</a></li><li><a href='/p/contact-us.html'>Contact us</a></li><li><a href='/p/about-us.html'>About us</a></li></ul></div></div></nav></div></header>"
                "<main class='centered-bottom' id='main' role='main' tabindex='-1'><div class='main section' id='page_body'><div class='widget Blog' data-version='2' id='Blog1'>%s</div></div></main>"
                "%s</div></div></div></div>"
                "<footer class='footer section' id='footer'><div class='widget Attribution' data-version='2' id='Attribution1'><div class='widget-content'><div class='blogger'>"
                "<a href='https://www.blogger.com' rel='nofollow'>Powered by Blogger</a></div><div class='image-attribution'>Theme images by <a href='http://www.offset.com/'>Michael Elkan</a></div></div></div></footer></div>\n"
                "<div id='cookieChoiceInfo' class='cookie-choices-info'><div class='cookie-choices-inner'><span class='cookie-choices-text'>This site uses cookies from Google to deliver its services and to analyse traffic.</span>"
                "<span class='cookie-choices-buttons'><a class='cookie-choices-button' href='https://policies.google.com/technologies/cookies'>Learn more</a><a class='cookie-choices-button' id='cookieChoiceDismiss'>Ok</a></span></div></div>\n"
                "<script type=\"text/javascript\" src=\"https://www.blogger.com/static/v1/widgets/3566091532-widgets.js\"></script>\n</body>\n</html>"
                % (esc(title), ("<script type='application/ld+json'>%s</script>\n" % json.dumps(ld, ensure_ascii=False)) if ld else "", main, sidebar()))

    def article(p, full, older=None, newer=None):
        body = p["intro"] + ("<a name='more'></a>" + p["more"] + CONTACT if full else
                             "<div class='jump-link flat-button'><a href='%s#more' title='%s'>Read more &#187;</a></div>" % (p["url"], esc(p["title"])))
        nav = ""
        if full:
            nav = ("<div class='blog-pager container' id='blog-pager'>%s%s<a class='home-link' href='/'>Home</a></div>" % (
                ("<a class='blog-pager-newer-link' href='%s' id='Blog1_blog-pager-newer-link' title='Newer Post'>Newer Post</a>" % newer["url"]) if newer else "",
                ("<a class='blog-pager-older-link' href='%s' id='Blog1_blog-pager-older-link' title='Older Post'>Older Post</a>" % older["url"]) if older else ""))
        return ("<div class='post-outer-container'><div class='post-outer'><div class='post'><script type='application/ld+json'>{\"@context\":\"http://schema.org\",\"@type\":\"BlogPosting\",\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"%s\"},\"headline\":%s,\"datePublished\":\"%sT09:12:00-08:00\"}</script>"
                "<a name='%d'></a><h3 class='post-title entry-title'><a href='%s'>%s</a></h3>"
                "<div class='post-header'><div class='post-header-line-1'><span class='byline post-timestamp'><meta content='%s'/><a class='timestamp-link' href='%s' rel='bookmark' title='permanent link'><time class='published' datetime='%sT09:12:00-08:00'>%s</time></a></span></div></div>"
                "<div class='post-body entry-content float-container' id='post-body-%d'>%s</div>"
                "<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='byline post-labels'><span class='byline-label'>Labels:</span>%s</span>"
                "<span class='byline post-comment-link container'><a class='comment-link' href='%s#comments'>No comments</a></span></div></div></div></div>%s</div>"
                % (p["url"], json.dumps(p["title"], ensure_ascii=False), p["date"], (__import__("zlib").crc32(p["slug"].encode()) % 10 ** 9), p["url"], p["title"], p["url"], p["url"], p["date"], p["date"],
                   (__import__("zlib").crc32(p["slug"].encode()) % 10 ** 9), body, ",".join(" <a href='%s' rel='tag'>%s</a>" % (label_url(l), l) for l in p["labels"]), p["url"], nav))

    def snippet_truth(ps):
        t = T()
        for p in ps:
            t.merge(p["it"])
        return t

    def listing_page(path, title, ps, older_link=None, disallowed=False):
        pager = "<div class='blog-pager container' id='blog-pager'>%s<a class='home-link' href='/'>Home</a></div>" % (
            ("<a class='blog-pager-older-link flat-button ripple' href='%s' id='Blog1_blog-pager-older-link' title='More posts'>More posts</a>" % older_link) if older_link else "")
        s.add(snippet_truth(ps).page(path, page(title, "<div class='blog-posts hfeed container'>%s</div>%s" % ("".join(article(p, False) for p in ps), pager)),
                                     listing=True))

    per = 5
    for i in range(0, len(posts), per):
        ps = posts[i:i + per]
        nxt = posts[i + per] if i + per < len(posts) else None
        older = K("/search", **{"updated-max": ps[-1]["date"] + "T09:12:00-08:00", "max-results": per}) if nxt else None
        older_html = older.replace("&", "&amp;") + "&amp;by-date=false" if older else None
        path = "/" if i == 0 else K("/search", **{"updated-max": posts[i - 1]["date"] + "T09:12:00-08:00", "max-results": per})
        listing_page(path, "Hubei Jusheng Pharma", ps, older_html)
    for y, m in months:
        ps = [p for p in posts if p["ym"] == (y, m)]
        listing_page("/%s/%s/" % (y, m), "%s/%s - Hubei Jusheng Pharma" % (m, y), ps)
    for l in labels:
        listing_page(label_url(l), "Hubei Jusheng Pharma: %s" % l, [p for p in posts if l in p["labels"]])
    for i, p in enumerate(posts):
        t = T().merge(p["it"]).merge(p["mt"])
        s.add(t.page(p["url"], page(p["title"], "<div class='blog-posts hfeed container'>%s</div>" % article(
            p, True, older=posts[i + 1] if i + 1 < len(posts) else None, newer=posts[i - 1] if i else None)),
            listing=bool(t.hits or t.cas)))
        if i % 7 == 3:
            s.flaky.add(p["url"])
    s.add(T().claim("reship").claim("stealth").page("/p/contact-us.html", page("Contact us", "<div class='post'><h3 class='post-title entry-title'>Contact us</h3><div class='post-body entry-content'>"
          "<p>Hubei Jusheng Pharmaceutical Co., Ltd. &middot; Optics Valley, Wuhan, Hubei, China.</p>%s<p>We ship worldwide by EMS, DHL, FedEx and special line. %s %s</p></div></div>"
          % (CONTACT, EN["reship"], EN["stealth"]))))
    s.add(T().page("/p/about-us.html", page("About us", "<div class='post'><h3 class='post-title entry-title'>About us</h3><div class='post-body entry-content'>"
                                            "<p>Founded in 2012, we are a trading company for pharmaceutical intermediates with partner factories in Hubei and Henan.</p></div></div>")))
    s.add(Page("/sitemap.xml", "<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>" +
               "".join("<url><loc>%s</loc><lastmod>%sT09:12:00Z</lastmod></url>" % (p["url"], p["date"]) for p in posts) + "</urlset>", ctype="application/xml"))
    return s


# ================================================================ 5. phpBB 3.3 prosilver forum

def phpbb():
    s = Site("phpbb-rs", "phpbb-forum")
    s.robots = ("User-agent: *\nDisallow: /ucp.php\nDisallow: /memberlist.php\nDisallow: /posting.php\nDisallow: /search.php\n"
                "Disallow: /mcp.php\nDisallow: /viewonline.php\nDisallow: /report.php\n")
    s.disallow = ["/ucp.php", "/memberlist.php", "/posting.php", "/search.php", "/mcp.php", "/viewonline.php", "/report.php"]
    s.junk_params = ["sid", "hilit", "view", "utm_source", "utm_medium", "sk", "sd"]
    s.trap_prefix = "/app.php/calendar/"
    s.redirects["/"] = "/index.php"
    SID = "&amp;sid=6f1a9c2e44b07d3e"
    EN = {
        "reship": "Reship guaranteed if customs seizes it, one time free.",
        "customs": "100% customs pass to US/CA/AU, we handle clearance.",
        "stealth": "Stealth is vacuum sealed x2, inside a product box, no names.",
        "mislabel": "Declared as printer toner on the CN23 form.",
        "forwarding": "Ships domestic from our Texas warehouse, no customs for US buyers.",
        "pl_stealth": "Dyskretna paczka, bez nazw na opakowaniu.",
        "pl_forwarding": "Wysyłka z magazynu w Polsce, w UE bez cła.",
    }
    forums = {2: ("Announcements &amp; Rules", "Read before posting."), 3: ("WTS - Vendor Offers", "Verified vendors only. One thread per vendor."),
              4: ("WTB - Requests", "Looking for something? Ask here."), 5: ("Vendor Reviews", "Honest reviews, good and bad."),
              6: ("Harm Reduction &amp; News", "Testing, safety, news.")}
    users = {"chemwang_cn": (54, "Vendor"), "EuroLabPL": (61, "Vendor"), "tx_supply": (73, "Vendor"), "nitro_rc": (80, "Vendor"),
             "mod_kestrel": (2, "Moderator"), "b0rn2cook": (101, "Member"), "quietlab": (102, "Member"), "Fennec": (103, "Member"),
             "dr_mephisto": (104, "Member"), "sasha88": (105, "Member")}
    topics = []   # dict(t, f, title, pages=[[(author, html, T)]])

    def topic(tid, f, title, *pages):
        topics.append(dict(t=tid, f=f, title=title, pages=list(pages)))

    def vend(o_list, lead, claims, contact):
        t = T()
        lines = []
        for o in o_list:
            t.merge(o.truth())
            lines.append("<li>%s%s &mdash; %s</li>" % (o.name, (" (CAS %s)" % o.cas) if o.cas else "", o.price))
        for k in claims:
            t.claim(k.split("_")[-1] if k.startswith("pl_") else k)
        return ("%s<ul>%s</ul><br>%s<br>%s" % (lead, "".join(lines), "<br>".join(EN[k] for k in claims), contact), t)

    def quote(who, txt):
        return "<blockquote><div><cite>%s wrote: <a href=\"#p1\" data-post-id=\"1\">&#8593;</a></cite>%s</div></blockquote>" % (who, txt)

    h, t = vend([Offer(npp, "NPP 99%", "39742-60-4", "$340/kg"), Offer(anpp, "4-ANPP 99%", "21409-26-7", "$510/kg")],
                "Factory direct, bulk or samples.", ["reship", "customs"], "Contact: Wickr chemwang / Session 05af3e...")
    topic(11, 3, "[WTS] NPP / 4-ANPP bulk from CN - reship guaranteed",
          [("chemwang_cn", h, t), ("quietlab", "Is stealth good? Shipping to Canada.", T()),
           ("chemwang_cn", EN["stealth"] + " " + EN["mislabel"], T().claim("stealth").claim("mislabel"))],
          [("b0rn2cook", quote("chemwang_cn", EN["reship"]) + "Can confirm, my first pack was seized and he sent again.", T()),
           ("Fennec", quote("chemwang_cn", EN["mislabel"]) + "Lol toner. Mine came as 'toner' too.", T())])
    h, t = vend([Offer(xylazine, "Xylazine base, vet grade", "7361-61-7", "$290/kg (1 kg min)")], "US stock.", ["forwarding"], "PM me here.")
    topic(12, 3, "[WTS] Xylazine vet grade 1kg+", [("tx_supply", h, t)])
    h, t = vend([Offer(metonit, "Metonitazene HCl", "14680-51-4", "$95/g"), Offer(nn_itp, "N-pyrrolidino isotonitazene", None, "$140/g")],
                "Lab tested, COA available.", ["stealth"], "Threema: NTR8X2KQ")
    topic(13, 3, "[WTS] Nitazene line - metonitazene / N-pyrrolidino isotonitazene", [("nitro_rc", h, t)])
    h, t = vend([Offer(pfbf, "p-F-B-F (para-fluoro butyr f3nt)", None, "$60/g"), Offer(valf, "Valeryl f-e-n-t-a-n-y-l", None, "$55/g")],
                "Old school analogues restock.", ["stealth", "reship"], "Wickr: chemwang")
    topic(14, 3, "[WTS] f3nt analogues restock - pFBF, valeryl", [("chemwang_cn", h, t),
                                                                   ("mod_kestrel", "Reminder: rule 3. This thread is under review.", T())])
    h, t = vend([Offer(benzocaine, "Benzocaine", "94-09-7", "$35/kg"), Offer(lidocaine, "Lidocaine base", "137-58-6", "$70/kg"),
                 Offer(caffeine, "Caffeine anhydrous", "58-08-2", "$12/kg")], "Cuts and fillers, 25 kg drums.", ["customs"], "Email: euro.lab@proton.example")
    topic(15, 3, "[WTS] Benzocaine / Lidocaine / Caffeine - 25 kg drums", [("EuroLabPL", h, t)])
    h, t = vend([Offer(map237, "2-methyl-AP-237", None, "$18/g"), Offer(u47700, "U-47700", None, "$22/g")], "Research opioids.", ["reship"], "Session only.")
    topic(16, 3, "[WTS] 2-methyl-AP-237 + U-47700", [("nitro_rc", h, t)])
    h, t = vend([Offer(ap4, "4-AP (4-anilinopiperydyna)", "23056-29-3", "1900 z&#322;/kg"), Offer(boc4ap, "1-boc-4-AP", "125541-22-2", "2100 z&#322;/kg")],
                "Sprzedam, stan magazynowy: 20 kg.", ["pl_forwarding", "pl_stealth"], "Kontakt: Signal +48 512 *** ***")
    topic(17, 3, "[WTS] Sprzedam 4-AP i 1-boc-4-AP, wysyłka z Polski", [("EuroLabPL", h, t)])
    h, t = vend([Offer(cpf, "Cyclopropyl fentanly HCl", None, "$70/g")], "Small batch.", ["mislabel"], "Wickr: chemwang")
    topic(18, 3, "[WTS] cyclopropyl fentanly HCl", [("chemwang_cn", h, t)])
    h, t = vend([Offer(butonit, "Butonitazene", "95810-54-1", "$110/g"), Offer(etazene, "Etazene (etodesnitazene)", "14030-76-3", "$85/g")],
                "Fresh synth.", ["customs"], "Threema: NTR8X2KQ")
    topic(19, 3, "[WTS] Butonitazene + Etazene", [("nitro_rc", h, t)])
    h, t = vend([Offer(nf_cbf, "m-F-CBF (meta-fluoro cyclobutyl fentanyl)", None, "$90/g")], "Not scheduled anywhere yet.", ["stealth"], "Wickr: chemwang")
    topic(20, 3, "[WTS] m-F-CBF - new, unscheduled", [("chemwang_cn", h, t)])
    topic(21, 3, "[WTS] CLOSED - vendor banned", [("mod_kestrel", "Vendor banned for exit scamming. Thread locked. Content removed.", T())])
    h, t = vend([Offer(bromaz, "Bromazolam powder", "71368-80-4", "$450/100g"), Offer(etizolam, "Etizolam", "40054-69-1", "$300/100g")],
                "Benzo line.", ["reship"], "PM")
    topic(22, 3, "[WTS] Bromazolam / Etizolam powder", [("tx_supply", h, t)])
    # WTB
    o = Offer(bocpip, "1-boc-4-piperidone", "79099-07-3", "$300/kg")
    topic(31, 4, "[WTB] 1-boc-4-piperidone 5kg, must reship", [
        ("sasha88", "Need 5 kg 1-boc-4-piperidone (CAS 79099-07-3). Vendor must offer reship and customs clearance to US.", T()),
        ("chemwang_cn", "I have it: 1-boc-4-piperidone (CAS 79099-07-3), $300/kg, 5 kg ready. " + EN["stealth"] + " Wickr chemwang.",
         o.truth().claim("stealth"))])
    topic(32, 4, "[WTB] carfentanil?", [("dr_mephisto", "Anyone have carfentanil or fentanyl? Paying well.", T()),
                                        ("mod_kestrel", "No. Fentanyl, carfentanil and analogues are banned here (rule 3). Locked.", T())])
    topic(33, 4, "[WTB] propionyl chloride EU", [("quietlab", "Looking for propionyl chloride, 1 L, EU only.", T())])
    # announcements
    topic(1, 2, "Forum rules - READ BEFORE POSTING", [("mod_kestrel",
          "<ol><li>No scams.</li><li>WTS threads: price and contact required.</li><li>No fentanyl, carfentanil or nitazene sales.</li>"
          "<li>Vendors must not promise 'guaranteed customs' - nobody can guarantee that.</li></ol>", T())])
    topic(2, 2, "Scam alert: fake 'reship guaranteed' vendors", [("mod_kestrel",
          "Several fake vendors copy phrases like " + quote("fake vendor", "100% customs pass, reship guaranteed, declared as toner") +
          "and vanish after payment. Use escrow.", T())])
    # reviews
    topic(41, 5, "Review: chemwang_cn - NPP arrived in 11 days", [("b0rn2cook",
          "He said " + quote("chemwang_cn", "declared as printer toner, 100% customs pass") + " and yes it arrived, NPP tested clean by NMR. 9/10.", T()),
          ("chemwang_cn", "Thanks for the review brother.", T())])
    topic(42, 5, "Review: tx_supply xylazine - SCAM", [("Fennec", "Paid $290, promised 'domestic Texas warehouse', nothing came. Avoid.", T())])
    # harm reduction / news
    topic(51, 6, "Xylazine in the local supply - wound care info", [("quietlab", "Xylazine (tranq) wounds need medical care. Naloxone does not reverse xylazine. Test strips exist.", T())])
    topic(52, 6, "Nitazenes in fake oxy pills - news", [("Fennec", "News: isotonitazene and metonitazene found in counterfeit M30s. Carry naloxone.", T())])

    tz = {"chemwang_cn": "Quality first. Wickr: chemwang", "nitro_rc": "Threema NTR8X2KQ", "EuroLabPL": "Szybko i dyskretnie? Pisz.", "tx_supply": "", "mod_kestrel": "Be excellent to each other."}

    def head(title, crumbs):
        bc = "".join("<span class=\"crumb\" itemtype=\"https://schema.org/ListItem\" itemprop=\"itemListElement\" itemscope data-forum-id=\"%d\"><a itemprop=\"item\" href=\"%s\"><span itemprop=\"name\">%s</span></a><meta itemprop=\"position\" content=\"%d\" /></span>"
                     % (i, u, n, i + 2) for i, (n, u) in enumerate(crumbs))
        return ("<!DOCTYPE html>\n<html dir=\"ltr\" lang=\"en-gb\">\n<head>\n<meta charset=\"utf-8\" />\n<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>%s - ReagentSwap</title>\n"
                "<link href=\"./assets/css/font-awesome.min.css?assets_version=12\" rel=\"stylesheet\">\n<link href=\"./styles/prosilver/theme/stylesheet.css?assets_version=12\" rel=\"stylesheet\">\n"
                "<link href=\"./assets/cookieconsent/cookieconsent.min.css?assets_version=12\" rel=\"stylesheet\">\n</head>\n"
                "<body id=\"phpbb\" class=\"nojs notouch section-viewtopic ltr \">\n<div id=\"wrap\" class=\"wrap\"><a id=\"top\" class=\"top-anchor\" accesskey=\"t\"></a>"
                "<div id=\"page-header\"><div class=\"headerbar\" role=\"banner\"><div class=\"inner\"><div id=\"site-description\" class=\"site-description\">"
                "<a id=\"logo\" class=\"logo\" href=\"./index.php?sid=6f1a9c2e44b07d3e\" title=\"Board index\"><span class=\"site_logo\"></span></a><h1>ReagentSwap</h1><p>Lab chemicals marketplace &amp; discussion</p></div>"
                "<div id=\"search-box\" class=\"search-box search-header\" role=\"search\"><form action=\"./search.php?sid=6f1a9c2e44b07d3e\" method=\"get\" id=\"search\"><fieldset><input name=\"keywords\" id=\"keywords\" type=\"search\" maxlength=\"128\" title=\"Search for keywords\" class=\"inputbox search tiny\" size=\"20\" value=\"\" placeholder=\"Search…\" />"
                "<button class=\"button button-search\" type=\"submit\" title=\"Search\"><i class=\"icon fa-search fa-fw\" aria-hidden=\"true\"></i><span class=\"sr-only\">Search</span></button></fieldset></form></div></div></div>"
                "<div class=\"navbar\" role=\"navigation\"><div class=\"inner\"><ul id=\"nav-main\" class=\"nav-main linklist\" role=\"menubar\">"
                "<li data-skip-responsive=\"true\"><a href=\"/app.php/help/faq?sid=6f1a9c2e44b07d3e\" rel=\"help\" title=\"Frequently Asked Questions\" role=\"menuitem\"><i class=\"icon fa-question-circle fa-fw\" aria-hidden=\"true\"></i><span>FAQ</span></a></li>"
                "<li><a href=\"/app.php/calendar/2026-11\" role=\"menuitem\"><i class=\"icon fa-calendar fa-fw\"></i><span>Calendar</span></a></li>"
                "<li class=\"rightside\" data-skip-responsive=\"true\"><a href=\"./ucp.php?mode=login&amp;redirect=index.php\" title=\"Login\" accesskey=\"x\" role=\"menuitem\"><i class=\"icon fa-power-off fa-fw\" aria-hidden=\"true\"></i><span>Login</span></a></li>"
                "<li class=\"rightside\" data-skip-responsive=\"true\"><a href=\"./ucp.php?mode=register\" role=\"menuitem\"><i class=\"icon fa-pencil-square-o  fa-fw\" aria-hidden=\"true\"></i><span>Register</span></a></li></ul>"
                "<ul id=\"nav-breadcrumbs\" class=\"nav-breadcrumbs linklist navlinks\" role=\"menubar\"><li class=\"breadcrumbs\" itemscope itemtype=\"https://schema.org/BreadcrumbList\">"
                "<span class=\"crumb\" itemtype=\"https://schema.org/ListItem\" itemprop=\"itemListElement\" itemscope><a itemprop=\"item\" href=\"./index.php?sid=6f1a9c2e44b07d3e\" accesskey=\"h\" data-navbar-reference=\"index\"><i class=\"icon fa-home fa-fw\"></i><span itemprop=\"name\">Board index</span></a><meta itemprop=\"position\" content=\"1\" /></span>%s</li></ul></div></div></div>\n"
                "<a id=\"start_here\" class=\"anchor\"></a><div id=\"page-body\" class=\"page-body\" role=\"main\">\n" % (esc(re.sub("&amp;", "&", title)), bc))

    def foot():
        return ("</div><div id=\"page-footer\" class=\"page-footer\" role=\"contentinfo\"><div class=\"navbar\" role=\"navigation\"><div class=\"inner\"><ul id=\"nav-footer\" class=\"nav-footer linklist\" role=\"menubar\">"
                "<li class=\"breadcrumbs\"><span class=\"crumb\"><a href=\"./index.php?sid=6f1a9c2e44b07d3e\" data-navbar-reference=\"index\"><i class=\"icon fa-home fa-fw\" aria-hidden=\"true\"></i><span>Board index</span></a></span></li>"
                "<li class=\"rightside\"><a href=\"./memberlist.php?mode=team\" role=\"menuitem\"><i class=\"icon fa-shield fa-fw\" aria-hidden=\"true\"></i><span>The team</span></a></li>"
                "<li class=\"rightside\"><a href=\"./ucp.php?mode=delete_cookies\" role=\"menuitem\"><i class=\"icon fa-trash fa-fw\" aria-hidden=\"true\"></i><span>Delete cookies</span></a></li>"
                "<li class=\"rightside\">All times are <span title=\"UTC\">UTC</span></li></ul></div></div>"
                "<div class=\"copyright\"><p class=\"footer-row\" role=\"menuitem\"><a class=\"footer-link\" href=\"https://www.phpbb.com/\" title=\"phpBB\" role=\"menuitem\"><span class=\"footer-link-text\">Powered by phpBB&reg; Forum Software &copy; phpBB Limited</span></a></p>"
                "<p class=\"footer-row\" role=\"menuitem\"><a class=\"footer-link\" href=\"./ucp.php?mode=privacy\" title=\"Privacy\" role=\"menuitem\"><span class=\"footer-link-text\">Privacy</span></a> | <a class=\"footer-link\" href=\"./ucp.php?mode=terms\" title=\"Terms\" role=\"menuitem\"><span class=\"footer-link-text\">Terms</span></a></p></div></div></div>\n"
                "<script src=\"./assets/javascript/jquery-3.6.0.min.js?assets_version=12\"></script><script src=\"./assets/javascript/core.js?assets_version=12\"></script>\n"
                "<script src=\"./assets/cookieconsent/cookieconsent.min.js?assets_version=12\"></script>\n<script>if (typeof window.cookieconsent === \"object\") { window.addEventListener(\"load\", function(){ window.cookieconsent.initialise({"
                "\"palette\": {\"popup\": {\"background\": \"#0F538A\"},\"button\": {\"background\": \"#E5E5E5\"}},\"theme\": \"classic\",\"content\": {\"message\": \"This board uses cookies to give you the best and most relevant experience. In order to use this board it means that you need accept this policy.\","
                "\"dismiss\": \"Got it!\",\"link\": \"Learn more\",\"href\": \"./ucp.php?mode=privacy\"}}); }); }</script>\n</body>\n</html>")

    pid = [1000]

    def render_posts(plist, title):
        out = []
        for author, html, _ in plist:
            pid[0] += 1
            n = pid[0]
            uid, rank = users[author]
            sig = tz.get(author, "")
            out.append("<div id=\"p%d\" class=\"post has-profile bg%d\"><div class=\"inner\"><dl class=\"postprofile\" id=\"profile%d\">"
                       "<dt class=\"has-profile-rank no-avatar\"><div class=\"avatar-container\"></div><a href=\"./memberlist.php?mode=viewprofile&amp;u=%d%s\" class=\"username\">%s</a></dt>"
                       "<dd class=\"profile-rank\">%s</dd><dd class=\"profile-posts\"><strong>Posts:</strong> %d</dd><dd class=\"profile-joined\"><strong>Joined:</strong> Sat Mar 02, 2024 9:14 am</dd></dl>"
                       "<div class=\"postbody\"><div id=\"post_content%d\"><h3 class=\"first\"><a href=\"#p%d\">%s</a></h3>"
                       "<ul class=\"post-buttons\"><li><a href=\"./posting.php?mode=quote&amp;p=%d%s\" title=\"Reply with quote\" class=\"button button-icon-only\"><i class=\"icon fa-quote-left fa-fw\" aria-hidden=\"true\"></i><span class=\"sr-only\">Quote</span></a></li></ul>"
                       "<p class=\"author\"><a class=\"unread\" href=\"#p%d\" title=\"Post\"><i class=\"icon fa-file fa-fw icon-lightgray icon-md\" aria-hidden=\"true\"></i><span class=\"sr-only\">Post</span></a>"
                       "<span class=\"responsive-hide\">by <strong><a href=\"./memberlist.php?mode=viewprofile&amp;u=%d%s\" class=\"username\">%s</a></strong> &raquo; </span><time datetime=\"2026-10-%02dT08:11:00+00:00\">Oct %d, 2026 8:11 am</time></p>"
                       "<div class=\"content\">%s</div>%s</div></div><div class=\"back2top\"><a href=\"#top\" class=\"top\" title=\"Top\"><i class=\"icon fa-chevron-circle-up fa-fw icon-gray\" aria-hidden=\"true\"></i><span class=\"sr-only\">Top</span></a></div></div></div><hr class=\"divider\" />"
                       % (n, 1 + n % 2, n, uid, SID, author, rank, 10 + uid, n, n, ("Re: " if out else "") + title, n, SID, n, uid, SID, author, 1 + n % 27, 1 + n % 27, html,
                          ("<div id=\"sig%d\" class=\"signature\">%s</div>" % (n, sig)) if sig else ""))
        return "".join(out)

    per_topic = 10
    for tp in topics:
        f = tp["f"]
        fname = forums[f][0]
        npages = len(tp["pages"])
        for pi, plist in enumerate(tp["pages"]):
            t = T()
            for _, _, pt in plist:
                t.merge(pt)
            kw = {"t": tp["t"]}
            if pi:
                kw["start"] = pi * per_topic
            pag = ""
            if npages > 1:
                pag = "<div class=\"pagination\">%d posts &bull; <ul>%s</ul></div>" % (
                    sum(len(x) for x in tp["pages"]),
                    "".join(("<li class=\"active\"><span>%d</span></li>" % (k + 1)) if k == pi else
                            ("<li><a class=\"button\" href=\"./viewtopic.php?t=%d%s%s\" role=\"button\">%d</a></li>" % (tp["t"], ("&amp;start=%d" % (k * per_topic)) if k else "", SID, k + 1))
                            for k in range(npages)))
            s.add(t.page(K("/viewtopic.php", **kw), head(tp["title"], [(fname, "./viewforum.php?f=%d%s" % (f, SID))]) +
                         "<h2 class=\"topic-title\"><a href=\"./viewtopic.php?t=%d%s\">%s</a></h2><div class=\"action-bar bar-top\"><a href=\"./posting.php?mode=reply&amp;t=%d\" class=\"button\" title=\"Post a reply\"><span>Post Reply</span></a>"
                         "<a href=\"./viewtopic.php?t=%d&amp;view=print%s\" title=\"Print view\">Print view</a>%s</div>%s<div class=\"action-bar bar-bottom\">%s</div>"
                         "<div class=\"action-bar actions-jump\"><p class=\"jumpbox-return\"><a href=\"./viewforum.php?f=%d%s\" class=\"left-box arrow-left\" accesskey=\"r\"><i class=\"icon fa-angle-left fa-fw icon-black\" aria-hidden=\"true\"></i><span>Return to &ldquo;%s&rdquo;</span></a></p></div>"
                         % (tp["t"], SID, tp["title"], tp["t"], tp["t"], SID, pag, render_posts(plist, tp["title"]), pag, f, SID, fname) + foot(),
                         listing=bool(t.hits or t.cas)))
        if tp["t"] % 4 == 1:
            s.flaky.add("/viewtopic.php")   # the first topic request of a crawl gets one 503
    # viewforum
    per_forum = 8
    for f, (fname, fdesc) in forums.items():
        tl = [tp for tp in topics if tp["f"] == f]
        chunks = [tl[i:i + per_forum] for i in range(0, len(tl), per_forum)]
        for pi, chunk in enumerate(chunks):
            kw = {"f": f}
            if pi:
                kw["start"] = pi * per_forum
            rows = "".join(
                "<li class=\"row bg%d\"><dl class=\"row-item topic_read\"><dt title=\"No unread posts\"><div class=\"list-inner\"><a href=\"./viewtopic.php?t=%d%s\" class=\"topictitle\">%s</a><br />"
                "<div class=\"topic-poster responsive-hide left-box\">by <a href=\"./memberlist.php?mode=viewprofile&amp;u=%d%s\" class=\"username\">%s</a> &raquo; Oct 2026</div></div></dt>"
                "<dd class=\"posts\">%d <dfn>Replies</dfn></dd><dd class=\"views\">%d <dfn>Views</dfn></dd></dl></li>"
                % (1 + i % 2, tp["t"], SID, tp["title"], users[tp["pages"][0][0][0]][0], SID, tp["pages"][0][0][0],
                   sum(len(x) for x in tp["pages"]) - 1, 100 + 37 * tp["t"]) for i, tp in enumerate(chunk))
            pag = "<div class=\"pagination\">%d topics &bull; <ul>%s</ul></div>" % (len(tl), "".join(
                ("<li class=\"active\"><span>%d</span></li>" % (k + 1)) if k == pi else
                ("<li><a class=\"button\" href=\"./viewforum.php?f=%d%s%s\" role=\"button\">%d</a></li>" % (f, ("&amp;start=%d" % (k * per_forum)) if k else "", SID, k + 1))
                for k in range(len(chunks))))
            s.add(T().page(K("/viewforum.php", **kw), head(fname, [(fname, "./viewforum.php?f=%d%s" % (f, SID))]) +
                           "<h2 class=\"forum-title\"><a href=\"./viewforum.php?f=%d%s\">%s</a></h2><div><p>%s</p></div>"
                           "<div class=\"action-bar bar-top\"><a href=\"./posting.php?mode=post&amp;f=%d\" class=\"button\"><span>New Topic</span></a>"
                           "<a href=\"./viewforum.php?f=%d&amp;sk=t&amp;sd=d%s\">Sort</a>%s</div>"
                           "<div class=\"forumbg\"><div class=\"inner\"><ul class=\"topiclist\"><li class=\"header\"><dl class=\"row-item\"><dt><div class=\"list-inner\">Topics</div></dt><dd class=\"posts\">Replies</dd><dd class=\"views\">Views</dd></dl></li></ul>"
                           "<ul class=\"topiclist topics\">%s</ul></div></div>%s" % (f, SID, fname, fdesc, f, f, SID, pag, rows, pag) + foot()))
    # board index
    fl = "".join("<li class=\"row\"><dl class=\"row-item forum_read\"><dt title=\"No unread posts\"><div class=\"list-inner\"><a href=\"./viewforum.php?f=%d%s\" class=\"forumtitle\">%s</a><br />%s</div></dt>"
                 "<dd class=\"topics\">%d <dfn>Topics</dfn></dd></dl></li>" % (f, SID, n, d, sum(tp["f"] == f for tp in topics)) for f, (n, d) in forums.items())
    s.add(T().page("/index.php", head("Board index", []) +
                   "<p class=\"right responsive-center time\">It is currently Nov 28, 2026 10:02 am</p><div class=\"forabg\"><div class=\"inner\"><ul class=\"topiclist\"><li class=\"header\"><dl class=\"row-item\"><dt><div class=\"list-inner\">Forum</div></dt></dl></li></ul>"
                   "<ul class=\"topiclist forums\">%s</ul></div></div><div class=\"stat-block online-list\"><h3><a href=\"./viewonline.php\">Who is online</a></h3><p>In total there are <strong>23</strong> users online</p></div>"
                   "<div class=\"stat-block statistics\"><h3>Statistics</h3><p>Total posts <strong>4812</strong> &bull; Total topics <strong>611</strong> &bull; Total members <strong>2140</strong></p></div>" % fl + foot()))
    s.add(T().page("/app.php/help/faq", head("Frequently Asked Questions", []) + "<h2 class=\"faq-title\">Frequently Asked Questions</h2><div class=\"panel\"><dl class=\"faq\"><dt><strong>Why do I need to register?</strong></dt>"
                   "<dd>You may not have to, it is up to the administrator of the board.</dd><dt><strong>What are cookies used for?</strong></dt><dd>phpBB uses cookies to keep you logged in.</dd></dl></div>" + foot()))
    # robots-forbidden vendor profile
    s.add(T().offer(npp, "39742-60-4").page(K("/memberlist.php", mode="viewprofile", u=54), head("Viewing profile - chemwang_cn", []) +
                                              "<div class=\"panel\"><dl><dt>Interests:</dt><dd>Selling NPP CAS 39742-60-4, $340/kg</dd></dl></div>" + foot(), listing=True))
    return s


# ================================================================ 6. Stack Exchange-style Q&A (hard negative)

def qachem():
    s = Site("qa-chem", "stackexchange-qa-negative")
    s.robots = ("User-agent: *\nDisallow: /search\nDisallow: /posts/\nDisallow: /users/login\nDisallow: /ask\nDisallow: /review/\n"
                "Disallow: /users/signup\n")
    s.disallow = ["/search", "/posts/", "/users/login", "/ask", "/review/", "/users/signup"]
    s.rate_limit = 10
    s.junk_params = ["tab", "pagesize", "noredirect", "lq", "utm_source", "utm_medium", "utm_campaign", "rq"]
    users = {1187: "Mathew Mahindaratne", 2212: "Poutnik", 4430: "Waylander", 9001: "new_chemist_88"}
    Q = [
        (184201, "why-was-4-piperidone-added-to-table-i", "Why was 4-piperidone added to Table I of the 1988 Convention?", ["regulations", "fentanyl"],
         "<p>In 2024 the CND added 4-piperidone (CAS 41661-47-6) and 1-boc-4-piperidone (CAS 79099-07-3) to Table I. Both are cheap building blocks. What was the reasoning?</p>",
         ["<p>Traffickers moved upstream: after NPP and 4-ANPP were scheduled in 2017, and 4-AP, 1-boc-4-AP and norfentanyl in 2022, routes starting from 4-piperidone became common. Scheduling the pre-precursor closes that gap.</p>"]),
        (184215, "spam-email-offering-4-anpp-is-this-legit", "I got a spam email offering 4-ANPP with 'customs clearance guaranteed' - how do these sellers avoid detection?", ["regulations", "fentanyl"],
         "<p>Our lab received this:</p><blockquote><p>Dear friend, we supply 4-ANPP CAS 21409-26-7, 99%, best price USD 520/kg. 100% customs clearance, reship if seized, declared as detergent, stealth packing. WhatsApp +86 155 0000 0000</p></blockquote><p>Is any of this legal?</p>",
         ["<p>No. 4-ANPP is a Table I precursor. The phrases 'reship if seized' and 'declared as detergent' are classic indicators used by customs risk profiling. Report it to your national authority.</p>",
          "<p>Note how they quote the CAS number instead of the name - platforms filter names, not numbers.</p>"]),
        (184230, "is-1-benzyl-4-piperidone-a-controlled-precursor", "Is 1-benzyl-4-piperidone a controlled precursor?", ["regulations", "organic-chemistry"],
         "<p>We use 1-benzyl-4-piperidone (CAS 3612-20-2) as a starting material. A supplier refused to ship it to us. Is it controlled?</p>",
         ["<p>Not by name in the 1988 tables, but many suppliers screen it because the benzyl group is easily swapped. Expect end-user declarations.</p>"]),
        (184244, "how-do-fentanyl-test-strips-work", "How do fentanyl test strips work? Do they cross-react with lidocaine?", ["analytical-chemistry", "fentanyl"],
         "<p>Harm-reduction groups hand out fentanyl test strips. How selective are they? Does lidocaine or xylazine cause false positives?</p>",
         ["<p>They are lateral-flow immunoassays. Lidocaine does not cross-react at normal concentrations; high concentrations of diphenhydramine and methamphetamine can. Xylazine is not detected at all - separate xylazine strips exist.</p>"]),
        (184259, "why-does-cas-1609-66-5-fail-the-check-digit", "Why does CAS 1609-66-5 fail the check digit?", ["cas-number"],
         "<p>A precursor list gives norfentanyl as 1609-66-5 but my validator rejects it. PubChem says 1609-66-1.</p>",
         ["<p>The check digit is the sum of each digit times its position from the right, mod 10. For 160966 that is 6+12+27+0+30+6=81, so the check digit is 1. The list has a typo.</p>"]),
        (184263, "why-are-nitazenes-so-potent", "Why are nitazenes so potent at the mu-opioid receptor?", ["medicinal-chemistry", "nitazenes"],
         "<p>Isotonitazene, metonitazene and protonitazene are reported to be far more potent than morphine. Etonitazepyne replaces the diethylamino group with pyrrolidine. What does the SAR say?</p>",
         ["<p>The 5-nitro group and the para-alkoxybenzyl substituent are the key potency drivers; removing the nitro (etazene) drops potency about tenfold.</p>"]),
        (184277, "synthesis-of-npp-from-phenethylamine", "Synthesis of NPP from phenethylamine?", ["organic-chemistry"],
         "<p>What is the best way to make N-phenethyl-4-piperidone (NPP) in the lab?</p><div class=\"s-notice s-notice__info\">Closed. This question is seeking help with the synthesis of a controlled precursor and is off-topic.</div>",
         []),
        (184282, "what-is-xylazine-and-why-is-it-in-street-drugs", "What is xylazine and why is it showing up in street drugs?", ["pharmacology"],
         "<p>Xylazine (CAS 7361-61-7) is a veterinary sedative. Why is it being mixed into illicit opioids?</p>",
         ["<p>It is cheap, unscheduled in many countries until recently, and prolongs the sedation. It causes severe wounds and is not reversed by naloxone.</p>"]),
        (184290, "where-to-buy-lidocaine-hcl-small-quantity-eu", "Where can I buy lidocaine HCl in small quantity in the EU?", ["reagents"],
         "<p>I need 25 g of lidocaine hydrochloride (CAS 73-78-9) for a teaching lab. The big suppliers only sell to institutions.</p>",
         ["<p>Ask your institution's purchasing department; Sigma-Aldrich and TCI both list it. Shopping recommendations are off-topic here.</p>"]),
        (184301, "why-do-sellers-list-only-a-cas-number", "Why do some online listings show only a CAS number like 39742-60-4?", ["cas-number", "regulations"],
         "<p>I keep seeing listings titled 'Hot sell CAS 39742-60-4, safe delivery to Mexico, 100% pass customs' with no compound name.</p>",
         ["<p>That CAS is NPP. Sellers avoid names that keyword filters catch. 'Safe delivery' and 'pass customs' are marketing claims of the seller you quoted, not facts.</p>"]),
        (184315, "is-caffeine-anhydrous-dangerous-goods-for-shipping", "Is caffeine anhydrous classed as dangerous goods for shipping?", ["safety"],
         "<p>We ship caffeine anhydrous (CAS 58-08-2) between sites. Courier asks for an SDS.</p>",
         ["<p>Caffeine is UN 1544 (alkaloids, solid, toxic, n.o.s.) above certain quantities. Customs duties are separate from DG classification.</p>"]),
        (184322, "fentanyl-citrate-vs-fentanyl-hydrochloride", "Fentanyl citrate vs fentanyl hydrochloride - different CAS numbers?", ["pharmacology", "cas-number"],
         "<p>Fentanyl is 437-38-7, the citrate is 990-73-8 and the hydrochloride 1443-54-5. Are these treated the same legally?</p>",
         ["<p>Yes. Salts of a scheduled substance are scheduled with the base.</p>"]),
        (184336, "reference-standards-for-carfentanil-licensing", "Reference standards for carfentanil - what licence do we need?", ["regulations", "analytical-chemistry"],
         "<p>Our forensic lab needs a carfentanil (CAS 59708-52-0) reference standard.</p>",
         ["<p>In the US you need a DEA Schedule II registration; suppliers such as Cayman ship only to registrants.</p>"]),
        (184349, "translating-chinese-vendor-terms-bao-qing-guan", "What do '包清关' and '重发' mean in Chinese chemical adverts?", ["language"],
         "<p>Adverts for intermediates often contain 包清关 and 海关扣货免费重发. What do they promise?</p>",
         ["<p>包清关 = 'customs clearance included'; 海关扣货免费重发 = 'free reshipment if customs seizes the goods'. Both are red flags.</p>"]),
    ]
    tags = sorted({t for q in Q for t in q[3]})
    hot = ["Is it legal to mail 4-AP to a friend abroad?", "Why does my NPP recrystallisation oil out?", "Does xylazine show up on a fentanyl strip?",
           "How to tell if a seller's 'reship guarantee' is real?"]

    def head(title):
        return ("<!DOCTYPE html>\n<html class=\"html__responsive \" lang=\"en\">\n<head>\n<title>%s - Chemistry Q&amp;A</title>\n"
                "<link rel=\"shortcut icon\" href=\"/sites/chemistry/Img/favicon.ico?v=4af7\">\n<meta name=\"viewport\" content=\"width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0\">\n"
                "<meta property=\"og:type\" content= \"website\" />\n<script src=\"/ajax/libs/jquery/3.7.1/jquery.min.js\"></script>\n"
                "<script defer src=\"/js/stub.en.js?v=b4c1\"></script>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"/css/stacks.css?v=8e4b\">\n"
                "<link rel=\"stylesheet\" type=\"text/css\" href=\"/css/secondary.css?v=1b7c\">\n</head>\n"
                "<body class=\"question-page unified-theme\"><div id=\"notify-container\"></div><div id=\"custom-header\"></div>\n"
                "<header class=\"s-topbar ps-fixed t0 l0 js-top-bar\"><div class=\"s-topbar--container\"><a href=\"/\" class=\"s-topbar--logo\"><span class=\"-img _glyph\">Chemistry</span></a>"
                "<ol class=\"s-topbar--content\" role=\"menubar\"><li><a href=\"/questions\" class=\"s-topbar--item\">Questions</a></li><li><a href=\"/tags\" class=\"s-topbar--item\">Tags</a></li><li><a href=\"/help/on-topic\" class=\"s-topbar--item\">Help</a></li></ol>"
                "<form id=\"search\" role=\"search\" action=\"/search\" class=\"s-topbar--searchbar js-searchbar\" autocomplete=\"off\"><div class=\"s-topbar--searchbar--input-group\"><input name=\"q\" type=\"text\" role=\"combobox\" placeholder=\"Search&#x2026;\" value=\"\" class=\"s-input s-input__search js-search-field\"/></div></form>"
                "<ol class=\"s-topbar--content\"><li><a href=\"/users/login?ssrc=head\" class=\"s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap\">Log in</a></li><li><a href=\"/users/signup?ssrc=head\" class=\"s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap\">Sign up</a></li></ol></div></header>\n"
                "<div class=\"container\"><div id=\"left-sidebar\" data-is-here-when=\"md lg\" class=\"left-sidebar js-pinned-left-sidebar ps-relative\"><nav role=\"navigation\"><ol class=\"nav-links\">"
                "<li><a href=\"/\" class=\"pl8 js-gps-track nav-links--link\">Home</a></li><li><a href=\"/questions\" class=\"nav-links--link\">Questions</a></li><li><a href=\"/tags\" class=\"nav-links--link\">Tags</a></li><li><a href=\"/users\" class=\"nav-links--link\">Users</a></li></ol></nav></div>\n"
                "<div id=\"content\" class=\"snippet-hidden\">\n" % esc(title))

    def sidebar():
        return ("<div id=\"sidebar\" class=\"show-votes\" role=\"complementary\"><div class=\"s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16\"><ul class=\"d-block p0 m0\">"
                "<li class=\"s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600 d:fc-black-900 bb bbw1\">The Overflow Blog</li>"
                "<li class=\"s-sidebarwidget--item d-flex px16\"><div class=\"flex--item1 fl-shrink0\"></div><div class=\"flex--item wmn0 ow-break-word\"><a href=\"/blog/precursor-control\" class=\"js-gps-track\">How regulators chase precursor chemistry</a></div></li></ul></div>"
                "<div id=\"hot-network-questions\" class=\"module tex2jax_ignore\"><h4><a href=\"/questions?tab=hot\" class=\"js-gps-track s-link s-link__inherit\">Hot Network Questions</a></h4><ul>" +
                "".join("<li><div class=\"favicon favicon-law\" title=\"Law Stack Exchange\"></div><a href=\"https://law.stackexchange.example/q/%d\" class=\"js-gps-track question-hyperlink mb0\">%s</a></li>" % (90000 + i, esc(h)) for i, h in enumerate(hot)) +
                "</ul></div></div>")

    def foot():
        return ("</div></div><footer id=\"footer\" class=\"site-footer js-footer theme-background-color\" role=\"contentinfo\"><div class=\"site-footer--container\"><nav class=\"site-footer--nav\">"
                "<div class=\"site-footer--col\"><h5 class=\"-title\"><a href=\"/\">Chemistry</a></h5><ul class=\"-list\"><li><a href=\"/tour\" class=\"js-gps-track -link\">Tour</a></li><li><a href=\"/help/on-topic\" class=\"js-gps-track -link\">Help</a></li></ul></div></nav>"
                "<div class=\"site-footer--copyright fs-fine md:mt24\"><p class=\"md:mb0\">Site design / logo &#169; 2026 Stack Exchange Inc; user contributions licensed under <a href=\"https://stackoverflow.com/help/licensing\">CC BY-SA</a>. <span id=\"svnrev\">rev 2026.11.27.1822</span></p></div></div></footer>\n"
                "<div id=\"onetrust-consent-sdk\"><div id=\"onetrust-banner-sdk\" class=\"otFlat\" role=\"region\" aria-label=\"Cookie banner\"><div class=\"ot-sdk-container\"><div id=\"onetrust-policy\"><h2 id=\"onetrust-policy-title\">Your privacy</h2>"
                "<div id=\"onetrust-policy-text\">By clicking &ldquo;Accept all cookies&rdquo;, you agree Stack Exchange can store cookies on your device and disclose information in accordance with our <a href=\"https://stackoverflow.com/legal/cookie-policy\">Cookie Policy</a>.</div></div>"
                "<div id=\"onetrust-button-group\"><button id=\"onetrust-accept-btn-handler\">Accept all cookies</button><button id=\"onetrust-reject-all-handler\">Necessary cookies only</button></div></div></div></div>\n"
                "<script>StackExchange.ready(function () { StackExchange.init({\"locale\":\"en\",\"serverTime\":1795860000,\"routeName\":\"Questions/Show\"}); });</script>\n</body>\n</html>")

    def qurl(q):
        return "/questions/%d/%s" % (q[0], q[1])

    def summary(q, i):
        uid = list(users)[i % len(users)]
        return ("<div id=\"question-summary-%d\" class=\"s-post-summary js-post-summary\" data-post-id=\"%d\" data-post-type-id=\"1\"><div class=\"s-post-summary--stats js-post-summary-stats\">"
                "<div class=\"s-post-summary--stats-item s-post-summary--stats-item__emphasized\" title=\"Score of %d\"><span class=\"s-post-summary--stats-item-number\">%d</span><span class=\"s-post-summary--stats-item-unit\">votes</span></div>"
                "<div class=\"s-post-summary--stats-item %s\" title=\"%d answers\"><span class=\"s-post-summary--stats-item-number\">%d</span><span class=\"s-post-summary--stats-item-unit\">answers</span></div></div>"
                "<div class=\"s-post-summary--content\"><h3 class=\"s-post-summary--content-title\"><a href=\"%s\" class=\"s-link\">%s</a></h3>"
                "<div class=\"s-post-summary--content-excerpt\">%s</div><div class=\"s-post-summary--meta\"><div class=\"s-post-summary--meta-tags d-inline-block tags js-tags\"><ul class=\"ml0 list-ls-none js-post-tag-list-wrapper d-inline\">%s</ul></div>"
                "<div class=\"s-user-card s-user-card__minimal\"><div class=\"s-user-card--info\"><div class=\"s-user-card--link d-flex gs4\"><a href=\"/users/%d/%s\" class=\"flex--item\">%s</a></div></div></div></div></div></div>"
                % (q[0], q[0], 3 + i % 9, 3 + i % 9, "has-answers has-accepted-answer" if q[5] else "", len(q[5]), len(q[5]), qurl(q), esc(q[2]),
                   re.sub("<[^>]+>", "", q[4])[:180] + "&hellip;",
                   "".join("<li class=\"d-inline mr4 js-post-tag-list-item\"><a href=\"/questions/tagged/%s\" class=\"post-tag flex--item mt0 js-tagname-%s\" rel=\"tag\">%s</a></li>" % (t, t, t) for t in q[3]),
                   uid, users[uid].lower().replace(" ", "-"), users[uid]))

    per = 5
    chunks = [Q[i:i + per] for i in range(0, len(Q), per)]
    for pi, chunk in enumerate(chunks, 1):
        pag = "<div class=\"s-pagination site1 themed pager float-left\">" + "".join(
            ("<span class=\"s-pagination--item is-selected\" aria-current=\"page\">%d</span>" % k) if k == pi else
            ("<a class=\"s-pagination--item js-pagination-item\" href=\"/questions?tab=newest&amp;page=%d\" title=\"Go to page %d\">%d</a>" % (k, k, k))
            for k in range(1, len(chunks) + 1)) + (("<a class=\"s-pagination--item js-pagination-item\" href=\"/questions?tab=newest&amp;page=%d\" rel=\"next\">Next</a>" % (pi + 1)) if pi < len(chunks) else "") + "</div>"
        s.add(T().page(K("/questions", **({"page": pi} if pi > 1 else {})), head("Newest Questions") +
                       "<div id=\"mainbar\" role=\"main\" aria-label=\"question list\"><div class=\"d-flex\"><h1 class=\"flex--item fl1 fs-headline1 mb0\">Newest Questions</h1><div class=\"ml12 aside-cta flex--item print:d-none\"><a class=\"ws-nowrap s-btn s-btn__primary\" href=\"/ask\">Ask Question</a></div></div>"
                       "<div class=\"d-flex flex__center fw-wrap\"><div class=\"s-btn-group js-filter-btn\"><a class=\"js-sort-preference-change youarehere is-selected flex--item s-btn s-btn__muted s-btn__outlined\" href=\"/questions?tab=Newest\">Newest</a>"
                       "<a class=\"flex--item s-btn s-btn__muted s-btn__outlined\" href=\"/questions?tab=Active\">Active</a><a class=\"flex--item s-btn s-btn__muted s-btn__outlined\" href=\"/questions?tab=Unanswered&amp;pagesize=50\">Unanswered</a></div></div>"
                       "<div id=\"questions\" class=\"flush-left\">%s</div>%s</div>%s" % ("".join(summary(q, i) for i, q in enumerate(chunk)), pag, sidebar()) + foot()))
    s.add(T().page("/", head("Chemistry Q&A") + "<div id=\"mainbar\" role=\"main\"><h1 class=\"fs-headline1\">Top Questions</h1><div id=\"question-mini-list\">%s</div>"
                   "<a href=\"/questions\">More questions</a></div>%s" % ("".join(summary(q, i) for i, q in enumerate(Q[:8])), sidebar()) + foot()))
    for i, q in enumerate(Q):
        uid = list(users)[i % len(users)]
        related = [Q[(i + k) % len(Q)] for k in (3, 5, 7)]
        answers = "".join(
            "<div id=\"answer-%d\" class=\"answer js-answer%s\" data-answerid=\"%d\" data-parentid=\"%d\" itemprop=\"%s\" itemscope itemtype=\"https://schema.org/Answer\">"
            "<div class=\"post-layout\"><div class=\"votecell post-layout--left\"><div class=\"js-voting-container d-flex jc-center fd-column ai-stretch gs4 fc-black-200\">"
            "<div class=\"js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4\" itemprop=\"upvoteCount\" data-value=\"%d\">%d</div></div></div>"
            "<div class=\"answercell post-layout--right\"><div class=\"s-prose js-post-body\" itemprop=\"text\">%s</div>"
            "<div class=\"mt24\"><div class=\"post-signature flex--item fl0\"><div class=\"user-info \"><div class=\"user-details\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\"><a href=\"/users/%d/%s\">%s</a></div></div></div>"
            "<a href=\"/a/%d\" rel=\"nofollow\" class=\"js-share-link js-gps-track\">Share</a></div></div></div></div>"
            % (q[0] + k + 1, " accepted-answer" if k == 0 else "", q[0] + k + 1, q[0], "acceptedAnswer" if k == 0 else "suggestedAnswer", 9 - k, 9 - k, a,
               list(users)[(i + k + 1) % 3], users[list(users)[(i + k + 1) % 3]].lower().replace(" ", "-"), users[list(users)[(i + k + 1) % 3]], q[0] + k + 1)
            for k, a in enumerate(q[5]))
        body = (head(q[2]) +
                "<div itemprop=\"mainEntity\" itemscope itemtype=\"https://schema.org/Question\"><link itemprop=\"image\" href=\"/sites/chemistry/Img/apple-touch-icon.png\">"
                "<div class=\"inner-content clearfix\"><div id=\"question-header\" class=\"d-flex sm:fd-column\"><h1 itemprop=\"name\" class=\"fs-headline1 ow-break-word mb8 flex--item fl1\"><a href=\"%s\" class=\"question-hyperlink\">%s</a></h1></div>"
                "<div id=\"mainbar\" role=\"main\" aria-label=\"question and answers\"><div class=\"question js-question\" data-questionid=\"%d\" id=\"question\"><div class=\"post-layout \">"
                "<div class=\"postcell post-layout--right\"><div class=\"s-prose js-post-body\" itemprop=\"text\">%s</div><div class=\"mt24 mb12\"><div class=\"post-taglist d-flex gs4 gsy fd-column\"><div class=\"d-flex ps-relative fw-wrap\"><ul class=\"ml0 list-ls-none js-post-tag-list-wrapper d-inline\">%s</ul></div></div></div>"
                "<div class=\"mb0 \"><div class=\"d-flex fw-wrap ai-start jc-end gs8 gsy\"><div class=\"flex--item mr16 fl1 w96\"><a href=\"/q/%d\" rel=\"nofollow\" itemprop=\"url\" class=\"js-share-link js-gps-track\">Share</a></div>"
                "<div class=\"post-signature owner flex--item\"><div class=\"user-info user-hover\"><div class=\"user-details\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\"><a href=\"/users/%d/%s\">%s</a></div></div></div></div></div></div></div></div>"
                "<div id=\"answers\"><div id=\"answers-header\"><h2 class=\"mb0\" data-answercount=\"%d\">%d Answer%s</h2></div>%s</div></div>"
                "<div id=\"sidebar\" class=\"show-votes\" role=\"complementary\"><div class=\"module sidebar-related\"><h4 id=\"h-related\">Related</h4><div class=\"related js-gps-related-questions\">%s</div></div></div>%s</div></div>"
                % (qurl(q), esc(q[2]), q[0], q[4], "".join("<li class=\"d-inline mr4 js-post-tag-list-item\"><a href=\"/questions/tagged/%s\" class=\"post-tag\" rel=\"tag\">%s</a></li>" % (t, t) for t in q[3]),
                   q[0], uid, users[uid].lower().replace(" ", "-"), users[uid], len(q[5]), len(q[5]), "" if len(q[5]) == 1 else "s", answers,
                   "".join("<div class=\"spacer\"><a href=\"%s\" class=\"question-hyperlink\">%s</a></div>" % (qurl(r), esc(r[2])) for r in related), sidebar()) + foot())
        s.add(T().page(qurl(q), body))
        s.redirects["/q/%d" % q[0]] = qurl(q)
        for k in range(len(q[5])):
            s.redirects["/a/%d" % (q[0] + k + 1)] = qurl(q)
        if i % 5 == 1:
            s.flaky.add(qurl(q))
    s.add(T().page("/tags", head("Tags") + "<div id=\"mainbar-full\"><h1 class=\"fs-headline1 mb24\">Tags</h1><div id=\"tags-browser\" class=\"d-grid grid__4 lg:grid__3 md:grid__2 sm:grid__1 g12\">" +
                   "".join("<div class=\"s-card js-tag-cell d-flex fd-column\"><a href=\"/questions/tagged/%s\" class=\"post-tag\" rel=\"tag\">%s</a><div class=\"flex--item fc-black-400 fs-caption\">%d questions</div></div>"
                           % (t, t, sum(t in q[3] for q in Q)) for t in tags) + "</div></div>" + foot()))
    for t in tags:
        qs = [q for q in Q if t in q[3]]
        s.add(T().page("/questions/tagged/%s" % t, head("Newest '%s' Questions" % t) + "<div id=\"mainbar\" role=\"main\"><h1 class=\"fs-headline1\">Questions tagged [%s]</h1><div class=\"s-prose\">Tag wiki excerpt for %s.</div>"
                       "<div id=\"questions\" class=\"flush-left\">%s</div></div>%s" % (t, t, "".join(summary(q, i) for i, q in enumerate(qs)), sidebar()) + foot()))
    for uid, name in users.items():
        mine = [q for i, q in enumerate(Q) if list(users)[i % len(users)] == uid]
        s.add(T().page("/users/%d/%s" % (uid, name.lower().replace(" ", "-")), head("User %s" % name) +
                       "<div id=\"mainbar-full\" class=\"user-show-new\"><div class=\"d-flex mb16\"><div class=\"fs-headline2\">%s</div></div><h2>Questions</h2><ul>%s</ul></div>"
                       % (esc(name), "".join("<li><a href=\"%s\">%s</a></li>" % (qurl(q), esc(q[2])) for q in mine)) + foot()))
    s.add(T().page("/users", head("Users") + "<div id=\"user-browser\">%s</div>" % "".join("<div class=\"user-info\"><a href=\"/users/%d/%s\">%s</a></div>" % (u, n.lower().replace(" ", "-"), n) for u, n in users.items()) + foot()))
    s.add(T().page("/help/on-topic", head("What topics can I ask about here?") + "<div class=\"s-prose\"><p>Questions about chemistry. We do not help with the synthesis or procurement of controlled substances or their precursors, and we remove vendor spam.</p></div>" + foot()))
    s.add(T().page("/tour", head("Tour") + "<div class=\"s-prose\"><p>Chemistry Q&amp;A is a question and answer site for scientists, academics, teachers and students.</p></div>" + foot()))
    return s


def sites():
    return [magento(), cafe24(), vkwall(), blogger(), phpbb(), qachem()]
