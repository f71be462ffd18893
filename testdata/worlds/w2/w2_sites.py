"""World w2: six simulated sites of six different families.

nordlab-woo      WooCommerce (Flatsome-like) research-chemical shop: category grids, product pages
                 with tabs, reviews, a site-wide "Bestsellers" widget, related-products and
                 "customers also bought" rails, FAQ and shipping policy, German/English text.
chemindex-dir    ChemicalBook/LookChem-like directory: property pages with price tables, raw
                 material / preparation-product rails, supplier tables (many suppliers per
                 product, remarks in English and simplified Chinese), company pages, buying leads.
poppy-forum      XenForo-like drug forum: a 4-page vendor thread (offers by several vendors, WTB,
                 warnings, quoting), a harm-reduction thread about pressed "M30s", a WTB thread,
                 a news discussion thread, a calendar trap, post permalinks that redirect.
marigold-market  darknet market laid out as vendor shops: listing pages with three tabs
                 (description / feedback / vendor terms), shipping-option selects, PGP blocks,
                 a session token ("xkey") that changes in every link on every response.
regwatch-news    hard negative: trade-news site with seizure stories (one in GBK-encoded simplified
                 Chinese), scheduling notices with CAS tables, patent abstracts, events calendar trap.
twchem-big5      traditional-Chinese B2B supply/demand board served in Big5 (characters outside
                 Big5 written as numeric character references), supply posts, buying requests
                 (求購), company pages, news.

Truth conventions are documented in NOTES.md beside this file.
"""
import json
import random

from marketsim import Site, Page, S, NOVEL, BENIGN, esc, paginate, rng, tiny_png

# ------------------------------------------------------------------ CAS check digit

def cas_ok(c):
    """True when c looks like a CAS number and its check digit is right."""
    try:
        a, b, d = c.split("-")
    except (AttributeError, ValueError):
        return False
    if not (a.isdigit() and b.isdigit() and d.isdigit() and 2 <= len(a) <= 7 and len(b) == 2 and len(d) == 1):
        return False
    digits = a + b
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(digits))) % 10 == int(d)


def cas_set(*cs):
    out = set()
    for c in cs:
        if c:
            if not cas_ok(c):
                raise ValueError("invalid CAS in truth: %r" % c)
            out.add(c)
    return out

# ------------------------------------------------------------------ substances

FENT, NIT = "fentanyl", "nitazene"

fentanyl = S("437-38-7", "Fentanyl", "fent", "fentanilo", cls=FENT)
carfent = S("59708-52-0", "Carfentanil", cls=FENT)
fibf = S("244195-32-2", "4-Fluoroisobutyrylfentanyl", "4-FIBF", cls=FENT)
norfent = S("1609-66-1", "Norfentanyl", "去甲芬太尼")
anpp = S("21409-26-7", "4-ANPP", "despropionyl fentanyl")
npp = S("39742-60-4", "NPP", "N-Phenethyl-4-piperidone")
ap4 = S("23056-29-3", "4-AP", "4-Anilinopiperidine")
boc4ap = S("125541-22-2", "1-Boc-4-AP")
pip4 = S("41661-47-6", "4-Piperidone")
bocpip = S("79099-07-3", "1-Boc-4-piperidone")
isotonit = S("14188-81-9", "Isotonitazene", cls=NIT)
protonit = S("95958-84-2", "Protonitazene", cls=NIT)
metonit = S("14680-51-4", "Metonitazene", cls=NIT)
ap237 = S("98608-61-8", "2-Methyl-AP-237")
bromaz = S("71368-80-4", "Bromazolam")
etizol = S("40054-69-1", "Etizolam")
xylazine = S("7361-61-7", "Xylazine")
mdma = S("42542-10-9", "MDMA")
ketamine = S("6740-88-1", "Ketamine")
pseudo = S("90-82-4", "Pseudoephedrine", "假麻黃鹼")
piperidine = S("110-89-4", "Piperidine")
bmkgly = S("80532-66-7", "BMK methyl glycidate")

# analogues on no list by name (class keys)
nov_mfbf = NOVEL(FENT, "meta-Fluorobutyrylfentanyl", "m-FBF",
                 "N-(3-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]butanamide")
nov_ofbf = NOVEL(FENT, "N-(2-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]butanamide")
nov_isopyne = NOVEL(NIT, "N-Pyrrolidino isotonitazene", "isotonitazepyne")
nov_pipne = NOVEL(NIT, "Etonitazepipne", "N-piperidinyl etonitazene")

caffeine = BENIGN("58-08-2", "Caffeine")
mannitol = BENIGN("69-65-8", "D-Mannitol")
citric = BENIGN("77-92-9", "Citric acid")
benzocaine = BENIGN("94-09-7", "Benzocaine")
phenacetin = BENIGN("62-44-2", "Phenacetin")
NOSUB = BENIGN("", "")


def keys(*subs):
    return {x.key for x in subs if x.key}


class TokenPage(Page):
    """A page whose links carry a session token that changes on every response.

    The template holds the placeholder {TOK}; each request renders a fresh value.
    """
    _sys = random.SystemRandom()

    def __init__(self, path, template, **kw):
        self.template = template
        super().__init__(path, b"", **kw)

    @property
    def body(self):
        tok = "%032x" % self._sys.getrandbits(128)
        return self.template.replace("{TOK}", tok).encode("utf-8")

    @body.setter
    def body(self, value):
        pass


# ================================================================== 1. nordlab-woo (WooCommerce)

WOO_CATS = [
    ("nitazenes", "Nitazenes"),
    ("opioid-research", "Opioid research"),
    ("benzodiazepines", "Benzodiazepines"),
    ("precursors-building-blocks", "Building blocks"),
    ("other-research-chemicals", "Other research chemicals"),
    ("lab-supplies", "Lab supplies &amp; testing"),
]


def _eur(v):
    return ("<span class=\"woocommerce-Price-amount amount\"><bdi><span class=\"woocommerce-Price-currencySymbol\">"
            "&euro;</span>%.2f</bdi></span>" % v)


def nordlab():
    s = Site("nordlab-woo", "woocommerce-rc-shop")
    s.robots = ("User-agent: *\nDisallow: /wp-admin/\nDisallow: /cart/\nDisallow: /checkout/\n"
                "Disallow: /my-account/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: /sitemap_index.xml\n")
    s.disallow = ["/wp-admin/", "/cart/", "/checkout/", "/my-account/"]
    s.rate_limit = 15
    s.junk_params = s.junk_params + ["orderby", "add-to-cart", "_wpnonce"]

    # products: id, slug, name, sub, cat, cas shown on product page, prices [(size, eur)],
    # short, description html, claims, reviews [(author, stars, text)], extra additional-info rows
    P = [
        dict(id=4117, slug="isotonitazene-powder", name="Isotonitazene powder (CAS 14188-81-9)", sub=isotonit,
             cat="nitazenes", cas="14188-81-9", prices=[("1 g", 95), ("5 g", 390), ("10 g", 690)],
             short="Isotonitazene, N,N-diethyl-2-[2-(4-isopropoxybenzyl)-5-nitro-1H-benzimidazol-1-yl]ethanamine. "
                   "White crystalline powder, &ge;99.2&nbsp;% (HPLC).",
             desc="<p>Supplied strictly as an analytical reference material for in-vitro work. Not for human "
                  "consumption. Every batch ships with HPLC and <sup>1</sup>H-NMR data.</p>"
                  "<p><strong>Lost or held at the border?</strong> If customs keeps your parcel or the carrier loses it, "
                  "we send the order again once at our own cost &ndash; just mail us the tracking screenshot.</p>",
             claims={"reship"}, formula="C21H26N4O3", mw="382.46",
             reviews=[("Marek", 5, "Second order, same quality. COA matched."),
                      ("lab_rat_91", 4, "Fine powder, weighed out easily. Took 9 days to Ireland.")]),
        dict(id=4121, slug="p-nitazene-hcl", name="\u0420rotonitazene HCl", sub=protonit, cat="nitazenes", cas=None,
             prices=[("500 mg", 60), ("1 g", 100), ("5 g", 420)],
             short="\u0420rotonitazene Hydrochlorid, &ge;98&nbsp;%, off-white powder.",
             desc="<p>\u0420rotonitazene HCl (Propoxy-Analogon). Nur f&uuml;r Forschungszwecke.</p>"
                  "<p>Wir versenden diskret: geruchsdichte Mylar-T&uuml;te, neutraler Umkarton, von au&szlig;en ist nicht "
                  "erkennbar, was im Paket ist.</p>",
             claims={"stealth"}, formula="C23H30N4O3 &middot; HCl", mw="446.97", reviews=[]),
        dict(id=4133, slug="isotonitazepyne", name="N-Pyrrolidino isotonitazene (isotonitazepyne) 99%", sub=nov_isopyne,
             cat="nitazenes", cas=None, prices=[("1 g", 110), ("5 g", 460)],
             short="5-Nitro-2-[(4-propan-2-yloxyphenyl)methyl]-1-(2-pyrrolidin-1-ylethyl)benzimidazole. New batch, 99.1&nbsp;%.",
             desc="<p>Pyrrolidine analogue of isotonitazene. For research and forensic reference only.</p>"
                  "<p>Each order is vacuum-sealed in a smell-proof bag and placed inside a retail cosmetics box.</p>"
                  "<p>&#127482;&#127480; US customers: your parcel leaves from our fulfilment partner in New Jersey &ndash; we import "
                  "in bulk, then it goes out domestically by USPS Priority.</p>",
             claims={"stealth", "forwarding"}, formula="C23H28N4O3", mw="408.50", reviews=[]),
        dict(id=4140, slug="2-methyl-ap-237-hcl", name="2-Methyl-AP-237 HCl (CAS 98608-61-8)", sub=ap237,
             cat="opioid-research", cas="98608-61-8", prices=[("1 g", 45), ("5 g", 180), ("25 g", 650)],
             short="1-(4-Cinnamyl-2-methylpiperazin-1-yl)butan-1-one hydrochloride, &ge;99&nbsp;%.",
             desc="<p>Acyl-piperazine research opioid, crystalline HCl salt.</p>"
                  "<p>Sollte eine Sendung vom Zoll beschlagnahmt werden oder verloren gehen, schicken wir sie kostenlos "
                  "ein zweites Mal.</p>",
             claims={"reship"}, formula="C18H26N2O &middot; HCl", mw="322.88",
             reviews=[("Jonas K.", 5, "Schnell und sauber.")]),
        dict(id=4152, slug="m-fbf", name="m-FBF (meta-Fluorobutyrylfentanyl) 1 g", sub=nov_mfbf,
             cat="opioid-research", cas=None, prices=[("250 mg", 85), ("1 g", 260)],
             short="N-(3-Fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]butanamide, analytical reference material.",
             desc="<p>Reference material for forensic method development. Extremely potent &ndash; handle only in a "
                  "fume hood with appropriate PPE.</p>"
                  "<p>We guarantee customs clearance into the UK, the US and Australia: if a parcel is held for "
                  "inspection, clearing it is our job, not yours.</p>",
             claims={"customs"}, formula="C23H29FN2O", mw="368.50", reviews=[], strips=True),
        dict(id=4158, slug="fx-2-research-compound", name="FX-2 research compound", sub=nov_ofbf,
             cat="opioid-research", cas=None, prices=[("250 mg", 90), ("1 g", 280)],
             short="N-(2-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]butanamide, &ge;98&nbsp;%.",
             desc="<p>FX-2 is supplied as a white hydrochloride powder for receptor-binding studies. Sold by weight "
                  "of salt. Not for human or veterinary use.</p>",
             claims=set(), formula="C23H29FN2O &middot; HCl", mw="404.95", reviews=[]),
        dict(id=4166, slug="1-boc-4-piperidone", name="1-Boc-4-piperidone 98% (CAS 79099-07-3)", sub=bocpip,
             cat="precursors-building-blocks", cas="79099-07-3", prices=[("100 g", 160), ("500 g", 520), ("1 kg", 880)],
             short="tert-Butyl 4-oxopiperidine-1-carboxylate, white to pale yellow solid, 98&nbsp;% (GC).",
             desc="<p>Protected piperidone building block for medicinal chemistry.</p>"
                  "<p>Invoices and the customs declaration describe the goods as &ldquo;plastic additive sample&rdquo;.</p>",
             claims={"mislabel"}, formula="C10H17NO3", mw="199.25",
             reviews=[("pharmchem_uk", 5, "Stealth was on point, nobody would guess what was inside. Pure stuff."),
                      ("D.", 4, "Bit yellow but NMR clean.")]),
        dict(id=4171, slug="bromazolam-pellets-1mg", name="Bromazolam 1 mg pellets (CAS 71368-80-4)", sub=bromaz,
             cat="benzodiazepines", cas="71368-80-4", prices=[("20 pellets", 29), ("50 pellets", 59), ("100 pellets", 99)],
             short="1&nbsp;mg bromazolam per pellet, microcrystalline cellulose base.",
             desc="<p>Each batch is checked by GC-MS. Research use only.</p>",
             claims=set(), formula="C17H13BrN4", mw="353.22",
             reviews=[("benzo_bee", 5, "Accurate dosing, lab report matched.")]),
        dict(id=4174, slug="etizolam-blotters-1mg", name="Etizolam blotters 1 mg", sub=etizol,
             cat="benzodiazepines", cas=None, prices=[("10 blotters", 19), ("50 blotters", 69)],
             short="1&nbsp;mg etizolam on 7&times;7&nbsp;mm blotter, ethanol-applied.",
             desc="<p>Research use only.</p>", claims=set(), formula="", mw="", reviews=[]),
        dict(id=4180, slug="xylazine-hcl", name="Xylazine HCl 99% (25 g)", sub=xylazine,
             cat="other-research-chemicals", cas="7361-61-7", prices=[("25 g", 70), ("100 g", 210)],
             short="Xylazine hydrochloride, veterinary-grade active, white crystalline powder.",
             desc="<p>Alpha-2 agonist reference material.</p>", claims=set(), formula="C12H16N2S &middot; HCl",
             mw="256.79",
             reviews=[("anon_buyer", 5, "Discreet packaging, arrived in 3 days to Berlin. Would order again."),
                      ("k.", 5, "Plain box, no labels, perfect.")]),
        dict(id=4190, slug="caffeine-anhydrous", name="Caffeine anhydrous 99% (100 g)", sub=caffeine,
             cat="other-research-chemicals", cas="58-08-2", prices=[("100 g", 12), ("500 g", 39)],
             short="Caffeine anhydrous, Ph. Eur. grade.", desc="<p>Food-grade caffeine powder.</p>",
             claims=set(), formula="C8H10N4O2", mw="194.19", reviews=[]),
        dict(id=4191, slug="d-mannitol", name="D-Mannitol 500 g", sub=mannitol,
             cat="other-research-chemicals", cas="69-65-8", prices=[("500 g", 14), ("1 kg", 24)],
             short="D-Mannitol, fine powder, USP.", desc="<p>Pharmaceutical excipient.</p>",
             claims=set(), formula="C6H14O6", mw="182.17", reviews=[]),
        dict(id=4200, slug="fentanyl-test-strips-10", name="Fentanyl test strips (10 pcs)", sub=NOSUB,
             cat="lab-supplies", cas=None, prices=[("10 pcs", 12), ("50 pcs", 49)],
             short="Immunoassay strips that detect fentanyl and many analogues. Cut-off 20&nbsp;ng/mL.",
             desc="<p>Dip the strip in a dissolved residue sample for 15 seconds. One line = positive for fentanyl "
                  "(or an analogue such as acetylfentanyl); two lines = negative. Carfentanil and some nitazenes are "
                  "<em>not</em> reliably detected.</p>",
             claims=set(), formula="", mw="", reviews=[("harm_red_nl", 5, "Every shop should sell these.")]),
        dict(id=4204, slug="milligram-scale", name="Digital milligram scale 0.001 g", sub=NOSUB,
             cat="lab-supplies", cas=None, prices=[("1 pc", 34)],
             short="50 g &times; 0.001 g, calibration weight included.", desc="<p>Backlit display, tare function.</p>",
             claims=set(), formula="", mw="", reviews=[]),
    ]
    byslug = {p["slug"]: p for p in P}
    catname = dict(WOO_CATS)
    bestsellers = ["isotonitazene-powder", "1-boc-4-piperidone", "bromazolam-pellets-1mg"]
    new_arrivals = ["isotonitazepyne", "m-fbf", "bromazolam-pellets-1mg", "caffeine-anhydrous"]

    def price_html(p):
        lo, hi = min(v for _, v in p["prices"]), max(v for _, v in p["prices"])
        return _eur(lo) if lo == hi else "%s &ndash; %s" % (_eur(lo), _eur(hi))

    def card(p, extra_cls=""):
        return ("<div class=\"product-small col has-hover product type-product post-%d status-publish instock "
                "product_cat-%s has-post-thumbnail purchasable product-type-variable%s\"><div class=\"col-inner\">"
                "<div class=\"product-small box\"><div class=\"box-image\"><div class=\"image-fade_in_back\">"
                "<a href=\"/product/%s/\" aria-label=\"%s\"><img width=\"247\" height=\"300\" "
                "src=\"/wp-content/uploads/2026/10/%s-247x300.png\" class=\"attachment-woocommerce_thumbnail size-woocommerce_thumbnail\" "
                "alt=\"\" decoding=\"async\" loading=\"lazy\"></a></div></div>"
                "<div class=\"box-text box-text-products\"><div class=\"title-wrapper\"><p class=\"category uppercase "
                "is-smaller no-text-overflow product-cat op-7\">%s</p><p class=\"name product-title "
                "woocommerce-loop-product__title\"><a href=\"/product/%s/\" class=\"woocommerce-LoopProduct-link "
                "woocommerce-loop-product__link\">%s</a></p></div><div class=\"price-wrapper\"><span class=\"price\">%s"
                "</span></div><div class=\"add-to-cart-button\"><a href=\"/product/%s/\" data-quantity=\"1\" "
                "class=\"primary is-small mb-0 button product_type_variable add_to_cart_button is-outline\" "
                "data-product_id=\"%d\" rel=\"nofollow\">Select options</a></div></div></div></div></div>"
                % (p["id"], p["cat"], extra_cls, p["slug"], esc(p["name"]), p["slug"], catname[p["cat"]], p["slug"],
                   esc(p["name"]), price_html(p), p["slug"], p["id"]))

    def widget_bestsellers():
        lis = "".join("<li><a href=\"/product/%s/\"><img width=\"100\" height=\"100\" src=\"/wp-content/uploads/2026/10/%s-100x100.png\" "
                      "class=\"attachment-woocommerce_gallery_thumbnail\" alt=\"\"><span class=\"product-title\">%s</span></a>"
                      "%s</li>" % (q, q, esc(byslug[q]["name"]), price_html(byslug[q])) for q in bestsellers)
        return ("<aside id=\"woocommerce_products-3\" class=\"widget woocommerce widget_products\"><span class=\"widget-title "
                "shop-sidebar\">Bestsellers</span><div class=\"is-divider small\"></div><ul class=\"product_list_widget\">%s"
                "</ul></aside>" % lis)

    def widget_cats():
        return ("<aside id=\"woocommerce_product_categories-2\" class=\"widget woocommerce widget_product_categories\">"
                "<span class=\"widget-title shop-sidebar\">Categories</span><ul class=\"product-categories\">%s</ul></aside>"
                % "".join("<li class=\"cat-item cat-item-%d\"><a href=\"/product-category/%s/\">%s</a> <span class=\"count\">"
                          "(%d)</span></li>" % (30 + i, c, n, sum(1 for p in P if p["cat"] == c))
                          for i, (c, n) in enumerate(WOO_CATS)))

    def page(title, body_class, main, sidebar=True, head_extra=""):
        menu = "".join("<li id=\"menu-item-%d\" class=\"menu-item menu-item-type-taxonomy menu-item-object-product_cat\">"
                       "<a href=\"/product-category/%s/\" class=\"nav-top-link\">%s</a></li>" % (200 + i, c, n)
                       for i, (c, n) in enumerate(WOO_CATS))
        side = ("<div class=\"col large-3 hide-for-medium\"><div id=\"shop-sidebar\" class=\"sidebar-inner col-inner\">%s%s"
                "<aside class=\"widget widget_text\"><span class=\"widget-title\">Payment</span><div class=\"textwidget\">"
                "<p>Bank transfer (SEPA), BTC, XMR, USDT (TRC-20). 5&nbsp;%% off for crypto.</p></div></aside></div></div>"
                % (widget_cats(), widget_bestsellers())) if sidebar else ""
        return ("<!DOCTYPE html>\n<html lang=\"en-GB\" class=\"loading-site no-js\">\n<head>\n<meta charset=\"UTF-8\" />\n"
                "<link rel=\"profile\" href=\"http://gmpg.org/xfn/11\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
                "<title>%s &ndash; NordLab Research</title>\n<meta name='robots' content='index, follow, max-image-preview:large' />\n"
                "<link rel='stylesheet' id='flatsome-main-css' href='/wp-content/themes/flatsome/assets/css/flatsome.css?ver=3.19.6' type='text/css' media='all' />\n"
                "<link rel='stylesheet' id='woocommerce-general-css' href='/wp-content/plugins/woocommerce/assets/css/woocommerce.css?ver=9.4.2' type='text/css' media='all' />\n"
                "<script type=\"text/javascript\" src=\"/wp-includes/js/jquery/jquery.min.js?ver=3.7.1\" id=\"jquery-core-js\"></script>\n"
                "<script type=\"text/javascript\" id=\"wc-add-to-cart-js-extra\">var wc_add_to_cart_params = {\"ajax_url\":\"\\/wp-admin\\/admin-ajax.php\","
                "\"wc_ajax_url\":\"\\/?wc-ajax=%%%%endpoint%%%%\",\"i18n_view_cart\":\"View cart\",\"cart_url\":\"\\/cart\\/\",\"is_cart\":\"\"};</script>\n"
                "%s</head>\n<body class=\"%s theme-flatsome woocommerce woocommerce-page woocommerce-js lightbox nav-dropdown-has-arrow\">\n"
                "<a class=\"skip-link screen-reader-text\" href=\"#main\">Skip to content</a>\n<div id=\"wrapper\">\n"
                "<header id=\"header\" class=\"header has-sticky sticky-jump\"><div class=\"header-wrapper\">"
                "<div id=\"top-bar\" class=\"header-top hide-for-sticky nav-dark\"><div class=\"flex-row container\">"
                "<div class=\"flex-col hide-for-medium flex-center\"><ul class=\"nav nav-center nav-small\"><li class=\"html custom html_topbar_left\">"
                "<strong class=\"uppercase\">Free EU shipping over &euro;150 &middot; 5&nbsp;%% off with crypto &middot; Same-day dispatch before 14:00 CET</strong>"
                "</li></ul></div></div></div>"
                "<div id=\"masthead\" class=\"header-main\"><div class=\"header-inner flex-row container logo-left medium-logo-center\">"
                "<div id=\"logo\" class=\"flex-col logo\"><a href=\"/\" title=\"NordLab Research - Analytical reference materials\" rel=\"home\">"
                "<img width=\"200\" height=\"60\" src=\"/wp-content/uploads/2025/03/nordlab-logo.png\" class=\"header_logo header-logo\" alt=\"NordLab Research\"/></a></div>"
                "<div class=\"flex-col hide-for-medium flex-left flex-grow\"><ul class=\"header-nav header-nav-main nav nav-left nav-uppercase\">"
                "<li class=\"menu-item menu-item-has-children has-dropdown\"><a href=\"/shop/\" class=\"nav-top-link\">Shop</a>"
                "<ul class=\"sub-menu nav-dropdown nav-dropdown-default\">%s</ul></li>"
                "<li class=\"menu-item\"><a href=\"/faq/\" class=\"nav-top-link\">FAQ</a></li>"
                "<li class=\"menu-item\"><a href=\"/shipping-policy/\" class=\"nav-top-link\">Shipping</a></li>"
                "<li class=\"menu-item\"><a href=\"/blog/\" class=\"nav-top-link\">Blog</a></li>"
                "<li class=\"menu-item\"><a href=\"/contact/\" class=\"nav-top-link\">Contact</a></li></ul></div>"
                "<div class=\"flex-col hide-for-medium flex-right\"><ul class=\"header-nav header-nav-main nav nav-right nav-uppercase\">"
                "<li class=\"header-search-form search-form html relative has-icon\"><div class=\"header-search-form-wrapper\">"
                "<form role=\"search\" method=\"get\" class=\"searchform\" action=\"/\"><input type=\"search\" class=\"search-field mb-0\" "
                "placeholder=\"Search&hellip;\" value=\"\" name=\"s\" /><input type=\"hidden\" name=\"post_type\" value=\"product\" /></form></div></li>"
                "<li class=\"account-item has-icon\"><a href=\"/my-account/\" class=\"nav-top-link nav-top-not-logged-in\">Login</a></li>"
                "<li class=\"cart-item has-icon has-dropdown\"><a href=\"/cart/\" title=\"Cart\" class=\"header-cart-link is-small\">"
                "<span class=\"header-cart-title\">Cart / <span class=\"cart-price\">%s</span></span></a></li></ul></div></div></div>"
                "</div></header>\n<main id=\"main\" class=\"\">\n<div class=\"row category-page-row\">%s<div class=\"col %s\">%s</div></div>\n</main>\n"
                "<footer id=\"footer\" class=\"footer-wrapper\"><div class=\"footer-widgets footer footer-1\"><div class=\"row large-columns-4 mb-0\">"
                "<div class=\"col pb-0 widget widget_text\"><span class=\"widget-title\">NordLab Research B.V.</span><div class=\"textwidget\">"
                "<p>Analytical reference materials for laboratories. All products are sold for research purposes only and are not "
                "for human consumption. Buyers are responsible for compliance with local laws.</p></div></div>"
                "<div class=\"col pb-0 widget widget_nav_menu\"><span class=\"widget-title\">Customer service</span><ul class=\"menu\">"
                "<li><a href=\"/faq/\">FAQ</a></li><li><a href=\"/shipping-policy/\">Shipping &amp; returns</a></li>"
                "<li><a href=\"/contact/\">Contact</a></li><li><a href=\"/my-account/orders/\">Track your order</a></li>"
                "<li><a href=\"/terms-and-conditions/\">Terms &amp; conditions</a></li></ul></div>"
                "<div class=\"col pb-0 widget widget_nav_menu\"><span class=\"widget-title\">Information</span><ul class=\"menu\">"
                "<li><a href=\"/about-us/\">About us</a></li><li><a href=\"/blog/\">Blog</a></li>"
                "<li><a href=\"/privacy-policy/\">Privacy policy</a></li></ul></div>"
                "<div class=\"col pb-0 widget widget_text\"><span class=\"widget-title\">Newsletter</span><div class=\"textwidget\">"
                "<form class=\"mc4wp-form\" method=\"post\"><input type=\"email\" name=\"EMAIL\" placeholder=\"Your email\"><input type=\"submit\" value=\"Sign up\"></form>"
                "</div></div></div></div><div class=\"absolute-footer dark medium-text-center small-text-center\"><div class=\"container clearfix\">"
                "<div class=\"footer-secondary pull-right\"><div class=\"payment-icons inline-block\">SEPA &middot; BTC &middot; XMR &middot; USDT</div></div>"
                "<div class=\"footer-primary pull-left\"><div class=\"copyright-footer\">Copyright 2026 &copy; <strong>NordLab Research</strong> &middot; KvK 8812 4490</div></div>"
                "</div></div></footer>\n</div>\n"
                "<div id=\"cookie-law-info-bar\" data-nosnippet=\"true\" class=\"cky-consent-container cky-banner-bottom\"><div class=\"cky-notice\">"
                "<p class=\"cky-title\">We value your privacy</p><div class=\"cky-notice-des\"><p>We use cookies to enhance your browsing experience "
                "and analyse our traffic. By clicking &ldquo;Accept All&rdquo;, you consent to our use of cookies.</p></div>"
                "<div class=\"cky-notice-btn-wrapper\"><button class=\"cky-btn cky-btn-reject\">Reject All</button>"
                "<button class=\"cky-btn cky-btn-accept\">Accept All</button></div></div></div>\n"
                "<script type=\"text/javascript\" src=\"/wp-content/plugins/woocommerce/assets/js/frontend/add-to-cart.min.js?ver=9.4.2\"></script>\n"
                "<script type=\"text/javascript\" src=\"/wp-content/themes/flatsome/assets/js/flatsome.js?ver=3.19.6\"></script>\n"
                "</body>\n</html>\n"
                % (esc(title), head_extra, body_class, menu, _eur(0), side, "large-9" if sidebar else "large-12", main))

    def crumbs(*parts):
        bits = ["<a href=\"/\">Home</a>"] + ["<a href=\"%s\">%s</a>" % (u, t) if u else t for t, u in parts]
        return "<nav class=\"woocommerce-breadcrumb breadcrumbs uppercase\">%s</nav>" % " <span class=\"divider\">/</span> ".join(bits)

    def grid_truth(items):
        return keys(*[p["sub"] for p in items]), cas_set(*[p["cas"] for p in items if p["cas"] and p["cas"] in p["name"]])

    def ordering(base):
        opts = [("menu_order", "Default sorting"), ("popularity", "Sort by popularity"), ("rating", "Sort by average rating"),
                ("date", "Sort by latest"), ("price", "Sort by price: low to high"), ("price-desc", "Sort by price: high to low")]
        return ("<form class=\"woocommerce-ordering\" method=\"get\"><select name=\"orderby\" class=\"orderby\" aria-label=\"Shop order\">%s"
                "</select><input type=\"hidden\" name=\"paged\" value=\"1\" /></form><p class=\"sort-links small\">%s</p>"
                % ("".join("<option value=\"%s\">%s</option>" % o for o in opts),
                   " | ".join("<a href=\"%s?orderby=%s\">%s</a>" % (base, k, t.replace("Sort by ", "")) for k, t in opts[1:])))

    # ---- home
    na = [byslug[q] for q in new_arrivals]
    h, c = grid_truth(na)
    s.add(Page("/", page("Analytical reference materials", "home page-template-default page",
                         "<div class=\"banner has-hover\"><h1>Analytical reference materials, shipped from the EU</h1>"
                         "<p>Over 120 research compounds with batch-specific COAs. Orders before 14:00 CET leave the same day.</p>"
                         "<a href=\"/shop/\" class=\"button primary\">Browse the shop</a></div>"
                         "<div class=\"section-title-container\"><h3 class=\"section-title\"><span>New arrivals</span></h3></div>"
                         "<div class=\"products row row-small large-columns-4 medium-columns-3 small-columns-2\">%s</div>"
                         "<div class=\"section-title-container\"><h3 class=\"section-title\"><span>Why NordLab?</span></h3></div>"
                         "<ul><li>Every batch tested by an independent lab</li><li>Secure payment: SEPA and crypto</li>"
                         "<li>Support in English, Deutsch and Nederlands</li></ul>" % "".join(card(p) for p in na)),
               hits=h, cas=c, listing=True))

    # ---- shop pages
    order = ["isotonitazene-powder", "caffeine-anhydrous", "p-nitazene-hcl", "2-methyl-ap-237-hcl", "fentanyl-test-strips-10",
             "m-fbf", "1-boc-4-piperidone", "bromazolam-pellets-1mg", "d-mannitol", "fx-2-research-compound",
             "isotonitazepyne", "xylazine-hcl", "etizolam-blotters-1mg", "milligram-scale"]
    chunks = paginate([byslug[q] for q in order], 6)
    urls = ["/shop/"] + ["/shop/page/%d/" % i for i in range(2, len(chunks) + 1)]
    s.redirects["/shop"] = "/shop/"
    for i, ch in enumerate(chunks):
        nav = "".join("<li>%s</li>" % ("<span aria-current=\"page\" class=\"page-number current\">%d</span>" % (k + 1) if k == i
                                         else "<a class=\"page-number\" href=\"%s\">%d</a>" % (urls[k], k + 1))
                      for k in range(len(chunks)))
        if i + 1 < len(chunks):
            nav += "<li><a class=\"next page-number\" href=\"%s\">&rarr;</a></li>" % urls[i + 1]
        h, c = grid_truth(ch)
        s.add(Page(urls[i], page("Shop" + (" &ndash; Page %d" % (i + 1) if i else ""), "archive post-type-archive post-type-archive-product",
                                 crumbs(("Shop", None)) + "<p class=\"woocommerce-result-count hide-for-medium\">Showing %d&ndash;%d of %d results</p>"
                                 % (i * 6 + 1, i * 6 + len(ch), len(P)) + ordering(urls[i]) +
                                 "<div class=\"products row row-small large-columns-3 medium-columns-3 small-columns-2\">%s</div>"
                                 "<div class=\"container\"><nav class=\"woocommerce-pagination\"><ul class=\"page-numbers nav-pagination links text-center\">%s</ul></nav></div>"
                                 % ("".join(card(p) for p in ch), nav)),
                   hits=h, cas=c, listing=True))

    # ---- categories
    for cslug, cname in WOO_CATS:
        items = [p for p in P if p["cat"] == cslug]
        h, c = grid_truth(items)
        s.add(Page("/product-category/%s/" % cslug,
                   page(cname.replace("&amp;", "&"), "archive tax-product_cat term-%s" % cslug,
                        crumbs(("Shop", "/shop/"), (cname, None)) + "<h1 class=\"shop-page-title category-page-title page-title\">%s</h1>"
                        % cname + ordering("/product-category/%s/" % cslug) +
                        "<div class=\"products row row-small large-columns-3 medium-columns-3 small-columns-2\">%s</div>"
                        % "".join(card(p) for p in items)),
                   hits=h, cas=c, listing=True))

    # ---- product pages
    rnd = rng("nordlab-rails")
    for p in P:
        same = [q for q in P if q["cat"] == p["cat"] and q is not p]
        others = [q for q in P if q["cat"] != p["cat"]]
        related = (same + rnd.sample(others, 4))[:4]
        also = rnd.sample([q for q in P if q is not p and q not in related], 2)
        url = "/product/%s/" % p["slug"]
        sizes = "".join("<option value=\"%s\">%s</option>" % (esc(sz.lower().replace(" ", "")), esc(sz)) for sz, _ in p["prices"])
        var_json = json.dumps([{"attributes": {"attribute_pa_size": sz.lower().replace(" ", "")}, "display_price": v,
                                "is_in_stock": True, "variation_id": p["id"] * 10 + k}
                               for k, (sz, v) in enumerate(p["prices"])])
        info_rows = []
        if p["cas"]:
            info_rows.append(("CAS number", p["cas"]))
        if p["formula"]:
            info_rows.append(("Molecular formula", p["formula"]))
        if p["mw"]:
            info_rows.append(("Molar mass", p["mw"] + " g/mol"))
        info_rows.append(("Size", ", ".join(sz for sz, _ in p["prices"])))
        info = "".join("<tr class=\"woocommerce-product-attributes-item\"><th class=\"woocommerce-product-attributes-item__label\">%s</th>"
                       "<td class=\"woocommerce-product-attributes-item__value\"><p>%s</p></td></tr>" % r for r in info_rows)
        revs = "".join("<li class=\"review byuser comment-author even thread-even depth-1\" id=\"li-comment-%d\"><div class=\"comment_container\">"
                       "<div class=\"comment-text\"><div class=\"star-rating\" role=\"img\" aria-label=\"Rated %d out of 5\"><span style=\"width:%d%%\">"
                       "Rated <strong class=\"rating\">%d</strong> out of 5</span></div><p class=\"meta\"><strong class=\"woocommerce-review__author\">%s"
                       "</strong> <em class=\"woocommerce-review__verified verified\">(verified owner)</em> <span class=\"woocommerce-review__dash\">&ndash;</span> "
                       "<time class=\"woocommerce-review__published-date\" datetime=\"2026-10-%02dT10:12:00+00:00\">October %d, 2026</time></p>"
                       "<div class=\"description\"><p>%s</p></div></div></div></li>"
                       % (900 + k, st, st * 20, st, esc(a), 3 + 7 * k, 3 + 7 * k, esc(t)) for k, (a, st, t) in enumerate(p["reviews"]))
        reviews_html = ("<div id=\"reviews\" class=\"woocommerce-Reviews\"><div id=\"comments\"><h3 class=\"woocommerce-Reviews-title normal\">"
                        "%d reviews for <span>%s</span></h3>%s</div><div id=\"review_form_wrapper\"><p class=\"woocommerce-verification-required\">"
                        "Only logged in customers who have purchased this product may leave a review.</p></div></div>"
                        % (len(p["reviews"]), esc(p["name"]),
                           "<ol class=\"commentlist\">%s</ol>" % revs if revs else "<p class=\"woocommerce-noreviews\">There are no reviews yet.</p>"))
        strips = ("<div class=\"wcpa_form_outer upsell-addon\"><label class=\"wcpa_checkbox\"><input type=\"checkbox\" name=\"addon_strips\" value=\"1\"> "
                  "Add <a href=\"/product/fentanyl-test-strips-10/\">fentanyl test strips (10 pcs)</a> for %s &ndash; recommended with every opioid reference standard</label></div>"
                  % _eur(12)) if p.get("strips") else ""
        ld = {"@context": "https://schema.org/", "@graph": [
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "item": {"name": "Home", "@id": "/"}},
                {"@type": "ListItem", "position": 2, "item": {"name": catname[p["cat"]].replace("&amp;", "&"), "@id": "/product-category/%s/" % p["cat"]}},
                {"@type": "ListItem", "position": 3, "item": {"name": p["name"], "@id": url}}]},
            {"@type": "Product", "@id": url + "#product", "name": p["name"], "url": url, "sku": "NL-%d" % p["id"],
             "description": p["short"].replace("&nbsp;", " ").replace("&ge;", ">=").replace("&times;", "x").replace("&middot;", "."),
             "image": "/wp-content/uploads/2026/10/%s.png" % p["slug"],
             "offers": [{"@type": "AggregateOffer", "lowPrice": "%.2f" % min(v for _, v in p["prices"]),
                         "highPrice": "%.2f" % max(v for _, v in p["prices"]), "offerCount": len(p["prices"]),
                         "priceCurrency": "EUR", "availability": "http://schema.org/InStock",
                         "seller": {"@type": "Organization", "name": "NordLab Research", "url": "/"}}]}]}
        if p["reviews"]:
            ld["@graph"][1]["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": "%.2f" % (sum(r[1] for r in p["reviews"]) / len(p["reviews"])),
                                                  "reviewCount": len(p["reviews"])}
        rail = lambda items: "".join(card(q, " related-item") for q in items)
        main = (crumbs((catname[p["cat"]], "/product-category/%s/" % p["cat"]), (esc(p["name"]), None)) +
                "<div class=\"woocommerce-notices-wrapper\"></div><div id=\"product-%d\" class=\"product type-product post-%d status-publish "
                "instock product_cat-%s has-post-thumbnail purchasable product-type-variable\"><div class=\"product-container\">"
                "<div class=\"product-main\"><div class=\"row content-row mb-0\"><div class=\"product-gallery col large-6\">"
                "<div class=\"woocommerce-product-gallery woocommerce-product-gallery--with-images images\"><figure class=\"woocommerce-product-gallery__wrapper\">"
                "<div class=\"woocommerce-product-gallery__image slide first\"><a href=\"/wp-content/uploads/2026/10/%s.png\">"
                "<img width=\"510\" height=\"510\" src=\"/wp-content/uploads/2026/10/%s.png\" class=\"wp-post-image skip-lazy\" alt=\"\"></a></div>"
                "</figure></div></div><div class=\"product-info summary col-fit col entry-summary product-summary\">"
                "<h1 class=\"product-title product_title entry-title\">%s</h1><div class=\"is-divider small\"></div>"
                "<div class=\"price-wrapper\"><p class=\"price product-page-price\">%s</p></div>"
                "<div class=\"product-short-description\"><p>%s</p></div>"
                "<form class=\"variations_form cart\" action=\"%s\" method=\"post\" enctype='multipart/form-data' data-product_id=\"%d\" "
                "data-product_variations=\"%s\"><table class=\"variations\" cellspacing=\"0\" role=\"presentation\"><tbody><tr>"
                "<th class=\"label\"><label for=\"pa_size\">Size</label></th><td class=\"value\"><select id=\"pa_size\" name=\"attribute_pa_size\" "
                "data-attribute_name=\"attribute_pa_size\"><option value=\"\">Choose an option</option>%s</select></td></tr></tbody></table>%s"
                "<div class=\"single_variation_wrap\"><div class=\"woocommerce-variation-add-to-cart variations_button\"><div class=\"quantity buttons_added\">"
                "<input type=\"number\" class=\"input-text qty text\" name=\"quantity\" value=\"1\" min=\"1\" step=\"1\" /></div>"
                "<button type=\"submit\" class=\"single_add_to_cart_button button alt\">Add to cart</button>"
                "<input type=\"hidden\" name=\"add-to-cart\" value=\"%d\" /><input type=\"hidden\" name=\"product_id\" value=\"%d\" />"
                "<input type=\"hidden\" name=\"variation_id\" class=\"variation_id\" value=\"0\" /></div></div></form>"
                "<div class=\"product_meta\"><span class=\"sku_wrapper\">SKU: <span class=\"sku\">NL-%d</span></span> "
                "<span class=\"posted_in\">Category: <a href=\"/product-category/%s/\" rel=\"tag\">%s</a></span></div>"
                "</div></div></div>"
                "<div class=\"product-footer\"><div class=\"woocommerce-tabs wc-tabs-wrapper container tabbed-content\">"
                "<ul class=\"tabs wc-tabs product-tabs small-nav-collapse nav nav-uppercase nav-line nav-left\" role=\"tablist\">"
                "<li class=\"description_tab active\" id=\"tab-title-description\"><a href=\"#tab-description\">Description</a></li>"
                "<li class=\"additional_information_tab\" id=\"tab-title-additional_information\"><a href=\"#tab-additional_information\">Additional information</a></li>"
                "<li class=\"reviews_tab\" id=\"tab-title-reviews\"><a href=\"#tab-reviews\">Reviews (%d)</a></li></ul>"
                "<div class=\"tab-panels\"><div class=\"woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content active\" id=\"tab-description\">%s</div>"
                "<div class=\"woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content\" id=\"tab-additional_information\">"
                "<table class=\"woocommerce-product-attributes shop_attributes\">%s</table></div>"
                "<div class=\"woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content\" id=\"tab-reviews\">%s</div></div></div>"
                "<div class=\"woobt-wrap woobt-layout-list woobt-wrap-%d\" data-id=\"%d\"><div class=\"woobt-text\">Customers also bought</div>"
                "<div class=\"woobt-products products row row-small large-columns-4\">%s</div></div>"
                "<div class=\"related related-products-wrapper product-section\"><h3 class=\"product-section-title container-width "
                "product-section-title-related pt-half pb-half uppercase\">Related products</h3>"
                "<div class=\"row large-columns-4 medium-columns-3 small-columns-2 row-small slider row-slider\">%s</div></div>"
                "</div></div></div>"
                % (p["id"], p["id"], p["cat"], p["slug"], p["slug"], esc(p["name"]), price_html(p), p["short"], url, p["id"],
                   esc(var_json), sizes, strips, p["id"], p["id"], p["id"], p["cat"], catname[p["cat"]], len(p["reviews"]),
                   p["desc"], info, reviews_html, p["id"], p["id"], rail(also), rail(related)))
        s.add(Page(url, page(p["name"], "product-template-default single single-product postid-%d" % p["id"], main, sidebar=False,
                             head_extra="<script type=\"application/ld+json\" class=\"yoast-schema-graph\">%s</script>\n" % json.dumps(ld)),
                   hits=keys(p["sub"]), cas=cas_set(p["cas"]), claims=p["claims"], listing=True))
        for suffix in ("", "-247x300", "-100x100"):
            s.add(Page("/wp-content/uploads/2026/10/%s%s.png" % (p["slug"], suffix), tiny_png(p["id"]), ctype="image/png"))
    s.redirects["/product/xylazine-hcl"] = "/product/xylazine-hcl/"

    # ---- information pages
    faq = [
        ("How is my order packed?", "Every order is sealed in an odour-proof vacuum bag and shipped in a plain outer box. Nothing on "
         "the outside refers to the contents or to our shop name."),
        ("What happens if my parcel is seized or lost?", "We reship once, free of charge, for any order that customs seizes or the "
         "carrier loses. Send us the tracking page or the customs letter."),
        ("Do you guarantee customs clearance?", "No. Some shops advertise &ldquo;customs clearance guaranteed&rdquo; &ndash; nobody can promise "
         "that honestly, so we do not."),
        ("Which payment methods do you accept?", "SEPA bank transfer, Bitcoin, Monero and USDT (TRC-20). Crypto orders get 5&nbsp;% off."),
        ("Can I get a COA?", "Yes, every product page links the current batch report on request."),
        ("Do you sell to private persons?", "Our products are for laboratory research only. By ordering you confirm that you are "
         "allowed to purchase and handle them in your country."),
    ]
    s.add(Page("/faq/", page("FAQ", "page-template-default page",
                             crumbs(("FAQ", None)) + "<h1 class=\"entry-title\">Frequently asked questions</h1><div class=\"accordion\">%s</div>"
                             % "".join("<div class=\"accordion-item\"><a href=\"#\" class=\"accordion-title plain\"><span>%s</span></a>"
                                       "<div class=\"accordion-inner\"><p>%s</p></div></div>" % qa for qa in faq)),
               claims={"stealth", "reship"}))
    s.add(Page("/shipping-policy/", page("Shipping & returns", "page-template-default page",
                                         crumbs(("Shipping &amp; returns", None)) +
                                         "<h1 class=\"entry-title\">Shipping &amp; returns</h1>"
                                         "<h3>Dispatch</h3><p>Orders paid before 14:00 CET leave our warehouse the same working day.</p>"
                                         "<h3>EU</h3><p>DHL Parcel or PostNL, tracked, 2&ndash;5 working days. Free over &euro;150.</p>"
                                         "<h3>United States</h3><p>US orders are not sent from Europe: we ship stock in bulk to a fulfilment "
                                         "partner in New Jersey, and your order is then delivered domestically by USPS.</p>"
                                         "<h3>Rest of world</h3><p>EMS tracked, 8&ndash;20 working days.</p>"
                                         "<h3>Returns</h3><p>Unopened products can be returned within 14 days.</p>"),
               claims={"forwarding"}))
    s.add(Page("/about-us/", page("About us", "page-template-default page",
                                  crumbs(("About us", None)) + "<h1 class=\"entry-title\">About NordLab Research</h1>"
                                  "<p>NordLab was founded in 2019 by two analytical chemists in Venlo. We supply reference materials to "
                                  "universities, forensic service providers and independent testing labs across Europe.</p>")))
    s.add(Page("/contact/", page("Contact", "page-template-default page",
                                 crumbs(("Contact", None)) + "<h1 class=\"entry-title\">Contact</h1>"
                                 "<p>Email: support@nordlab-research.example &middot; Threema: N7RL4B2X &middot; Mon&ndash;Fri 09:00&ndash;17:00 CET</p>"
                                 "<div class=\"wpcf7\"><form action=\"/contact/#wpcf7-f12-o1\" method=\"post\" class=\"wpcf7-form\">"
                                 "<input type=\"hidden\" name=\"_wpcf7\" value=\"12\" /><input type=\"text\" name=\"your-name\" />"
                                 "<input type=\"email\" name=\"your-email\" /><textarea name=\"your-message\"></textarea>"
                                 "<input type=\"submit\" value=\"Send\" /></form></div>")))
    s.add(Page("/terms-and-conditions/", page("Terms & conditions", "page-template-default page",
                                              crumbs(("Terms", None)) + "<h1 class=\"entry-title\">Terms &amp; conditions</h1>"
                                              "<p>1. All products are sold as analytical reference materials.</p><p>2. The buyer is "
                                              "responsible for import permits. 3. Prices include Dutch VAT for EU consumers.</p>")))
    s.add(Page("/privacy-policy/", page("Privacy policy", "page-template-default page",
                                        crumbs(("Privacy", None)) + "<h1 class=\"entry-title\">Privacy policy</h1>"
                                        "<p>We store order data for seven years as required by Dutch tax law.</p>")))
    s.add(Page("/blog/", page("Blog", "blog", crumbs(("Blog", None)) +
                              "<div class=\"row large-columns-2\"><article class=\"post\"><h2 class=\"entry-title\">"
                              "<a href=\"/blog/why-we-test-every-batch/\">Why we test every batch</a></h2><div class=\"entry-summary\">"
                              "<p>Independent GC-MS for everything we sell, and what that means for you&hellip;</p></div></article>"
                              "<article class=\"post\"><h2 class=\"entry-title\"><a href=\"/blog/nitazenes-what-labs-should-know/\">"
                              "Nitazenes: what labs should know</a></h2><div class=\"entry-summary\"><p>A short primer on the "
                              "2-benzylbenzimidazole opioids&hellip;</p></div></article></div>")))
    s.add(Page("/blog/why-we-test-every-batch/", page("Why we test every batch", "single single-post",
                                                      crumbs(("Blog", "/blog/"), ("Why we test every batch", None)) +
                                                      "<article class=\"post type-post\"><h1 class=\"entry-title\">Why we test every batch</h1>"
                                                      "<div class=\"entry-content\"><p>Counterfeit benzodiazepine pellets sold elsewhere have "
                                                      "been found to contain fentanyl. Our benzodiazepine products are tested 0&nbsp;% fentanyl by "
                                                      "GC-MS and with fentanyl test strips before they go on sale.</p><p>Veterinary actives such as "
                                                      "<a href=\"/product/xylazine-hcl\">xylazine</a> are screened for opioid contamination as well.</p>"
                                                      "<p>Questions? Read our <a href=\"/faq/\">FAQ</a>.</p></div></article>")))
    s.add(Page("/blog/nitazenes-what-labs-should-know/", page("Nitazenes: what labs should know", "single single-post",
                                                              crumbs(("Blog", "/blog/"), ("Nitazenes", None)) +
                                                              "<article class=\"post type-post\"><h1 class=\"entry-title\">Nitazenes: what labs should know</h1>"
                                                              "<div class=\"entry-content\"><p>Isotonitazene, metonitazene and protonitazene belong to the "
                                                              "2-benzylbenzimidazole class first described in the 1950s. Several are now scheduled "
                                                              "in the US and under international control. Handle all members of the class as highly potent "
                                                              "opioids; naloxone should be on hand in any lab that works with them.</p></div></article>")))
    s.add(Page("/sitemap_index.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
               + "".join("<url><loc>/product/%s/</loc></url>" % p["slug"] for p in P) + "</urlset>", ctype="application/xml"))
    s.add(Page("/wp-content/uploads/2025/03/nordlab-logo.png", tiny_png(7), ctype="image/png"))
    s.add(Page("/wp-content/themes/flatsome/assets/css/flatsome.css", ".product-small{display:inline-block}", ctype="text/css"))
    s.add(Page("/wp-content/plugins/woocommerce/assets/css/woocommerce.css", ".woocommerce .price{color:#111}", ctype="text/css"))
    return s


# ================================================================== 2. chemindex-dir (ChemicalBook-like directory)

DIR_COMPANIES = {
    "xinkang": dict(name="Hubei Xinkang Pharmaceutical Technology Co., Ltd.", city="Wuhan, Hubei", tel="+86-27-8761 2290",
                    email="sales03@xinkangpharm.example", years=9, level="VIP 9Y",
                    intro="Hubei Xinkang is a manufacturer of pharmaceutical intermediates and fine chemicals founded in 2015. "
                          "Our lab in Wuhan covers 3000 square meters; we supply customers in Europe, America and Southeast Asia.",
                    claims=set()),
    "oubo": dict(name="Shijiazhuang Oubo Import & Export Trading Co., Ltd.", city="Shijiazhuang, Hebei", tel="+86-311-6690 1187",
                 email="oubo.trade@mail.example", years=6, level="VIP 6Y",
                 intro="Oubo is a professional chemical trading company. Advantage: fast delivery, competitive price, and we "
                       "guarantee 100% customs clearance to Europe, USA, Canada and Mexico.",
                 claims={"customs"}),
    "ruihong": dict(name="Anhui Ruihong Biotech Co., Ltd.", city="Hefei, Anhui", tel="+86-551-6231 0078",
                    email="ruihongbio@mail.example", years=4, level="VIP 4Y",
                    intro="Ruihong Biotech focuses on heterocyclic building blocks and custom synthesis from gram to ton scale.",
                    claims=set()),
    "jiaheng": dict(name="Wuhan Jiaheng Biotech Co., Ltd.", city="Wuhan, Hubei", tel="+86-27-5962 3311",
                    email="jiaheng.sales@mail.example", years=3, level="VIP 3Y",
                    intro="Jiaheng Biotech supplies research compounds and intermediates. Telegram and WhatsApp available.",
                    claims=set()),
    "chenghui": dict(name="Jinan Chenghui Reagent Co., Ltd.", city="Jinan, Shandong", tel="+86-531-8802 4415",
                     email="info@chenghui-reagent.example", years=14, level="VIP 14Y",
                     intro="Chenghui is an ISO 9001 certified distributor of laboratory reagents and pharmaceutical excipients. "
                           "We hold the licences required for dangerous-goods shipments by sea.",
                     claims=set()),
    "haoyue": dict(name="Qingdao Haoyue Fine Chemical Co., Ltd.", city="Qingdao, Shandong", tel="+86-532-8590 6620",
                   email="export@haoyue-chem.example", years=11, level="VIP 11Y",
                   intro="Haoyue produces food additives and pharmaceutical raw materials to GMP standards.",
                   claims=set()),
    "lanxin": dict(name="Zhengzhou Lanxin Biotech Co., Ltd.", city="Zhengzhou, Henan", tel="+86-371-5561 7092",
                   email="lanxin.bio@mail.example", years=5, level="VIP 5Y",
                   intro="Lanxin Biotech exports intermediates worldwide. We keep stock in our overseas warehouses in Germany "
                         "and Poland, so European buyers receive their goods by domestic courier.",
                   claims={"forwarding"}),
}


def chemindex():
    s = Site("chemindex-dir", "chemical-directory")
    s.robots = ("User-agent: *\nDisallow: /Search_EN.aspx\nDisallow: /Inquiry/\nDisallow: /Member/\n"
                "Disallow: /ProductSupplierExport\n\nUser-agent: MJ12bot\nDisallow: /\n")
    s.disallow = ["/Search_EN.aspx", "/Inquiry/", "/Member/", "/ProductSupplierExport"]
    s.rate_limit = 20
    s.junk_params = s.junk_params + ["spm", "lang"]

    # chemical entries: id, sub, name, synonyms, cas, mf, mw, props, reg, raw, prep, suppliers [(co, purity, price, moq, remark, claims)]
    C = [
        dict(id=6707420, sub=npp, name="1-Phenethyl-4-piperidone",
             syn="NPP; N-Phenethyl-4-piperidone; 1-(2-Phenylethyl)-4-piperidinone; 1-(2-phenylethyl)piperidin-4-one",
             cas="39742-60-4", mf="C13H17NO", mw="203.28",
             props=[("Melting point", "56-60 &deg;C"), ("Form", "crystalline powder"), ("Color", "white to light yellow"),
                    ("Storage temp.", "2-8&deg;C")],
             reg="DEA List I chemical; 1988 Convention Table I (2017)",
             raw=[("4-Piperidone monohydrate hydrochloride", None), ("(2-Bromoethyl)benzene", "103-63-9")],
             prep=[("4-ANPP", "21409-26-7"), ("Fentanyl", "437-38-7")],
             sup=[("xinkang", "99%", "USD 48.00/KG", "1KG", "墨西哥海外仓现货，本地快递派送，3-5天到货", {"forwarding"}),
                  ("oubo", "99.5%", "USD 52.00/KG", "1KG", "Safe and fast delivery, 100% customs pass", {"customs"}),
                  ("ruihong", "98%", "USD 60.00/KG", "100G", "", set()),
                  ("jiaheng", "99%", "USD 45.00/KG", "10KG", "Factory price, bulk stock", set())]),
        dict(id=2183560, sub=bocpip, name="1-Boc-4-piperidone",
             syn="N-Boc-4-piperidone; tert-Butyl 4-oxopiperidine-1-carboxylate; 4-Oxopiperidine-1-carboxylic acid tert-butyl ester",
             cas="79099-07-3", mf="C10H17NO3", mw="199.25",
             props=[("Melting point", "73-77 &deg;C"), ("Form", "crystalline powder"), ("Color", "white to off-white")],
             reg="DEA List I chemical (specific listing 2025); 1988 Convention Table I (2024)",
             raw=[("4-Piperidone monohydrate hydrochloride", None), ("Di-tert-butyl dicarbonate", "24424-99-5")],
             prep=[("1-Boc-4-AP", "125541-22-2")],
             sup=[("oubo", "99%", "USD 30.00/KG", "1KG", "We can change the product name on the declaration as you need", {"mislabel"}),
                  ("ruihong", "98%", "USD 35.00/KG", "1KG", "Resend for free if the parcel is lost or seized", {"reship"}),
                  ("xinkang", "99%", "USD 28.00/KG", "25KG", "", set())]),
        dict(id=1421805, sub=pip4, name="4-Piperidone",
             syn="Piperidin-4-one; 4-Piperidinone; 4-Oxopiperidine",
             cas="41661-47-6", mf="C5H9NO", mw="99.13",
             props=[("Form", "solid (commonly supplied as the hydrochloride monohydrate)"), ("Storage temp.", "2-8&deg;C")],
             reg="DEA List I chemical (2023); 1988 Convention Table I (2024)",
             raw=[], prep=[("1-Phenethyl-4-piperidone", "39742-60-4"), ("1-Boc-4-piperidone", "79099-07-3")],
             sup=[("xinkang", "98%", "USD 20.00/KG", "1KG", "", set()),
                  ("chenghui", "97%", "CNY 480/100G", "100G", "Licence required for controlled precursors", set())]),
        dict(id=9240911, sub=ap4, name="4-Anilinopiperidine",
             syn="4-AP; N-Phenylpiperidin-4-amine; N-Phenyl-4-piperidinamine",
             cas="23056-29-3", mf="C11H16N2", mw="176.26",
             props=[("Melting point", "83-86 &deg;C"), ("Form", "powder")],
             reg="DEA List I chemical (2020)", raw=[("Aniline", "62-53-3")], prep=[],
             sup=[("ruihong", "99%", "USD 90.00/KG", "1KG", "Hot sale", set()),
                  ("oubo", "98%", "USD 85.00/KG", "1KG", "", set())]),
        dict(id=5317782, sub=boc4ap, name="1-Boc-4-(phenylamino)piperidine",
             syn="1-Boc-4-AP; tert-Butyl 4-(phenylamino)piperidine-1-carboxylate; 1-N-Boc-4-(phenylamino)piperidine",
             cas="125541-22-2", mf="C16H24N2O2", mw="276.37",
             props=[("Melting point", "136-140 &deg;C"), ("Form", "powder"), ("Color", "white")],
             reg="DEA List I chemical (as a carbamate of 4-AP); 1988 Convention Table I (2022)",
             raw=[("1-Boc-4-piperidone", "79099-07-3"), ("Aniline", "62-53-3")], prep=[],
             sup=[("ruihong", "99%", "USD 40.00/KG", "1KG", "Double-layer vacuum bag, hidden packing", {"stealth"}),
                  ("xinkang", "99%", "USD 38.00/KG", "1KG", "", set()),
                  ("jiaheng", "98%", "USD 36.00/KG", "10KG", "", set())]),
        dict(id=8870315, sub=piperidine, name="Piperidine",
             syn="Hexahydropyridine; Azacyclohexane; Pentamethyleneimine",
             cas="110-89-4", mf="C5H11N", mw="85.15",
             props=[("Boiling point", "106 &deg;C"), ("Density", "0.862 g/mL at 25 &deg;C"), ("Form", "liquid")],
             reg="DEA List I chemical", raw=[], prep=[("1-Boc-4-piperidone", "79099-07-3")],
             sup=[("chenghui", "AR 99.5%", "CNY 96/500ML", "500ML", "Sold to licensed end users only", set()),
                  ("haoyue", "99%", "USD 6.50/KG", "170KG drum", "", set())]),
        dict(id=3349051, sub=protonit, name="Protonitazene",
             syn="N,N-Diethyl-2-[5-nitro-2-(4-propoxybenzyl)-1H-benzimidazol-1-yl]ethan-1-amine",
             cas="95958-84-2", mf="C23H30N4O3", mw="410.51",
             props=[("Form", "powder (hydrochloride)")],
             reg="Controlled: US Schedule I; China non-medical NPS list", raw=[], prep=[],
             sup=[("jiaheng", "99%", "USD 1800.00/KG", "10G", "Discreet package, tracking number provided", {"stealth"})]),
        dict(id=7755218, sub=bmkgly, name="BMK methyl glycidate",
             syn="Methyl 2-methyl-3-phenyloxirane-2-carboxylate; P-2-P methyl glycidic acid methyl ester",
             cas="80532-66-7", mf="C11H12O3", mw="192.21",
             props=[("Form", "oil"), ("Color", "colorless to pale yellow")],
             reg="Controlled precursor in the EU (2020) and under the 1988 Convention (2019)", raw=[], prep=[],
             sup=[("lanxin", "99%", "USD 15.00/KG", "1KG",
                   "Stock in our Germany and Poland warehouses, EU door to door by local courier", {"forwarding"}),
                  ("oubo", "99%", "USD 12.00/KG", "5KG", "", set())]),
        dict(id=1101432, sub=caffeine, name="Caffeine",
             syn="1,3,7-Trimethylxanthine; Caffeine anhydrous; Guaranine",
             cas="58-08-2", mf="C8H10N4O2", mw="194.19",
             props=[("Melting point", "234-239 &deg;C"), ("Form", "powder"), ("Solubility", "H2O: 20 mg/mL")],
             reg="Not regulated", raw=[], prep=[],
             sup=[("chenghui", "USP 99%", "CNY 85/500G", "500G", "", set()),
                  ("haoyue", "BP/USP", "USD 11.00/KG", "25KG", "", set())]),
        dict(id=4112877, sub=benzocaine, name="Benzocaine",
             syn="Ethyl 4-aminobenzoate; Anesthesin; Ethyl p-aminobenzoate",
             cas="94-09-7", mf="C9H11NO2", mw="165.19",
             props=[("Melting point", "88-90 &deg;C"), ("Form", "crystalline powder")],
             reg="Not regulated", raw=[], prep=[],
             sup=[("chenghui", "USP", "CNY 120/500G", "500G", "", set()),
                  ("lanxin", "99%", "USD 14.00/KG", "1KG", "", set())]),
        dict(id=2265419, sub=phenacetin, name="Phenacetin",
             syn="N-(4-Ethoxyphenyl)acetamide; Acetophenetidin; p-Acetophenetidide",
             cas="62-44-2", mf="C10H13NO2", mw="179.22",
             props=[("Melting point", "133-136 &deg;C"), ("Form", "crystalline powder")],
             reg="Not regulated", raw=[], prep=[],
             sup=[("chenghui", "99%", "CNY 95/500G", "500G", "", set()),
                  ("haoyue", "99%", "USD 9.00/KG", "25KG", "", set())]),
    ]
    bycas = {c["cas"]: c for c in C}
    CATS = [
        (1601, "Piperidines", ["39742-60-4", "41661-47-6", "79099-07-3", "23056-29-3", "125541-22-2", "110-89-4"]),
        (1207, "Pharmaceutical intermediates", ["80532-66-7", "39742-60-4", "79099-07-3", "125541-22-2"]),
        (1102, "APIs and research compounds", ["58-08-2", "94-09-7", "62-44-2", "95958-84-2"]),
    ]
    prop_url = lambda c: "/ChemicalProductProperty_EN_CB%d.htm" % c["id"]
    sup_url = lambda c: "/ProdSupplierGN_EN_CB%d.htm" % c["id"]
    co_url = lambda k: "/Supplier/%s.htm" % k

    def cas_link(name, cas):
        if cas in bycas:
            return "<a href=\"/CAS/%s.htm\">%s</a> (%s)" % (cas, esc(name), cas)
        if cas:
            return "<a href=\"/Search_EN.aspx?keyword=%s\">%s</a> (%s)" % (cas, esc(name), cas)
        return "<a href=\"/Search_EN.aspx?keyword=%s\">%s</a>" % (esc(name).replace(" ", "+"), esc(name))

    hot = [("39742-60-4", "/CAS/39742-60-4.htm"), ("1-Boc-4-piperidone", "/CAS/79099-07-3.htm"),
           ("Protonitazene", "/Search_EN.aspx?keyword=protonitazene"), ("Fentanyl citrate", "/Search_EN.aspx?keyword=fentanyl+citrate"),
           ("4-ANPP", "/Search_EN.aspx?keyword=4-ANPP"), ("125541-22-2", "/CAS/125541-22-2.htm"), ("Caffeine", "/CAS/58-08-2.htm"),
           ("Tetramisole", "/Search_EN.aspx?keyword=tetramisole")]

    def page(title, main, desc=""):
        return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />"
                "<title>%s</title><meta name=\"keywords\" content=\"%s\" /><meta name=\"description\" content=\"%s\" />"
                "<link href=\"/css/en/common.css?v=20251103\" rel=\"stylesheet\" type=\"text/css\" />"
                "<script type=\"text/javascript\" src=\"/js/jquery-1.8.3.min.js\"></script>"
                "<script type=\"text/javascript\">var _hmt = _hmt || [];</script></head><body>"
                "<div class=\"topbar\"><div class=\"w1200\"><span class=\"welcome\">Welcome to ChemIndex!</span>"
                "<a href=\"/Member/Login_EN.aspx\">Sign in</a> | <a href=\"/Member/Register_EN.aspx\">Join free</a> | "
                "<a href=\"/Member/PostBuyingLead_EN.aspx\">Post buying request</a> | <a href=\"http://www.chemindex.example/cn/\">中文</a></div></div>"
                "<div class=\"header w1200\"><a class=\"logo\" href=\"/\"><img src=\"/img/logo_en.png\" alt=\"ChemIndex\" /></a>"
                "<form class=\"searchbox\" action=\"/Search_EN.aspx\" method=\"get\"><select name=\"type\"><option>Products</option>"
                "<option>CAS</option><option>Suppliers</option></select><input type=\"text\" name=\"keyword\" class=\"txt\" "
                "placeholder=\"Product name, CAS No., MF\" /><input type=\"submit\" class=\"btn\" value=\"Search\" /></form>"
                "<div class=\"hotsearch\"><b>Hot searches:</b> %s</div></div>"
                "<div class=\"nav\"><ul class=\"w1200\"><li><a href=\"/\">Home</a></li><li><a href=\"/ProductCatalog_EN/1601.htm\">Products</a></li>"
                "<li><a href=\"/SupplierList_EN.htm\">Suppliers</a></li><li><a href=\"/BuyingLeads_EN.htm\">Buying leads</a></li>"
                "<li><a href=\"/About_EN.htm\">About us</a></li></ul></div>"
                "<div class=\"main w1200\">%s</div>"
                "<div class=\"footer\"><div class=\"w1200\"><p><a href=\"/About_EN.htm\">About us</a> | <a href=\"/About_EN.htm#contact\">Contact us</a> | "
                "<a href=\"/About_EN.htm#disclaimer\">Disclaimer</a> | <a href=\"/SupplierList_EN.htm\">Supplier list</a> | "
                "<a href=\"/BuyingLeads_EN.htm\">Buying leads</a></p><p>Copyright &copy; 2008-2026 ChemIndex. All rights reserved. "
                "Information on this site is provided by the suppliers; ChemIndex does not sell any product.</p>"
                "<p>浙ICP备10021587号-3</p></div></div></body></html>"
                % (esc(title), esc(title), esc(desc), " ".join("<a href=\"%s\">%s</a>" % (u, esc(t)) for t, u in hot), main))

    rnd = rng("chemindex")
    for c in C:
        s.redirects["/CAS/%s.htm" % c["cas"]] = prop_url(c)
        others = [o for o in C if o is not c]
        rel = rnd.sample(others, 4)
        price_rows = "".join(
            "<tr><td><a href=\"%s\">%s</a></td><td>%s%04d</td><td>%s %s</td><td>%s</td><td>%s</td><td>%s</td><td>2026-11-%02d</td>"
            "<td><a href=\"/Inquiry/Send_EN.aspx?cbid=%d&amp;co=%s\">Inquiry</a></td></tr>"
            % (co_url(k), esc(DIR_COMPANIES[k]["name"]), k[:2].upper(), (c["id"] + i) % 10000, esc(c["name"]), esc(pur), c["cas"],
               esc(moq), esc(price), 3 + 4 * i, c["id"], k)
            for i, (k, pur, price, moq, _, _) in enumerate(c["sup"][:3]))
        props = "".join("<tr><td class=\"l\">%s</td><td>%s</td></tr>" % r for r in c["props"])
        raw = ", ".join(cas_link(n, x) for n, x in c["raw"]) or "N/A"
        prep = ", ".join(cas_link(n, x) for n, x in c["prep"]) or "N/A"
        main = ("<div class=\"crumb\"><a href=\"/\">Home</a> &gt; <a href=\"/ProductCatalog_EN/1601.htm\">Products</a> &gt; %s</div>"
                "<div class=\"left700\"><h1 id=\"ProductName\">%s</h1>"
                "<table class=\"ProdGNBasic\" id=\"basic\"><tr><th colspan=\"2\">%s Basic information</th></tr>"
                "<tr><td class=\"l\">Product Name:</td><td>%s</td></tr><tr><td class=\"l\">Synonyms:</td><td>%s</td></tr>"
                "<tr><td class=\"l\">CAS:</td><td><span id=\"CAS\">%s</span></td></tr><tr><td class=\"l\">MF:</td><td>%s</td></tr>"
                "<tr><td class=\"l\">MW:</td><td>%s</td></tr><tr><td class=\"l\">Mol File:</td><td><a href=\"/CAS/mol/%s.mol\">%s.mol</a></td></tr></table>"
                "<table class=\"ProdGNBasic\"><tr><th colspan=\"2\">%s Chemical Properties</th></tr>%s</table>"
                "<table class=\"ProdGNBasic\"><tr><th colspan=\"2\">Regulatory information</th></tr><tr><td class=\"l\">Status:</td><td>%s</td></tr></table>"
                "<div class=\"ProdGNPrice\"><h2>Price</h2><table class=\"pricetb\"><tr><th>Manufacturer</th><th>Product number</th>"
                "<th>Product description</th><th>CAS number</th><th>Packaging</th><th>Price</th><th>Updated</th><th>Buy</th></tr>%s</table>"
                "<p class=\"more\"><a href=\"%s\">%s suppliers &raquo;</a></p></div>"
                "<div class=\"ProdGNRelation\"><h2>%s Preparation Products And Raw materials</h2>"
                "<p><b>Raw materials:</b> %s</p><p><b>Preparation Products:</b> %s</p></div></div>"
                "<div class=\"right480\"><div class=\"relatedprod\"><h3>Related products</h3><ul>%s</ul></div>"
                "<div class=\"adbox\"><a href=\"/Member/Advertise_EN.aspx\">Advertise with ChemIndex</a></div></div>"
                % (esc(c["name"]), esc(c["name"]), esc(c["name"]), esc(c["name"]), esc(c["syn"]), c["cas"], c["mf"], c["mw"],
                   c["cas"], c["cas"], esc(c["name"]), props, esc(c["reg"]), price_rows, sup_url(c), len(c["sup"]),
                   esc(c["name"]), raw, prep,
                   "".join("<li><a href=\"%s\">%s</a><br/>CAS: %s</li>" % (prop_url(o), esc(o["name"]), o["cas"]) for o in rel)))
        s.add(Page(prop_url(c), page("%s | %s" % (c["name"], c["cas"]), main,
                                     "%s (CAS %s) basic information, properties, suppliers and price." % (c["name"], c["cas"])),
                   hits=keys(c["sub"]), cas=cas_set(c["cas"]), listing=True))
        s.add(Page("/CAS/mol/%s.mol" % c["cas"], "\n  ChemIndex\n\n  0  0  0  0  0  0  0  0  0  0999 V2000\nM  END\n",
                   ctype="chemical/x-mdl-molfile"))
        # supplier list
        rows, claims = [], set()
        for i, (k, pur, price, moq, remark, cl) in enumerate(c["sup"]):
            co = DIR_COMPANIES[k]
            rows.append("<tr class=\"%s\"><td class=\"supplier\"><a href=\"%s\">%s</a><br/><span class=\"lv\">%s</span></td>"
                        "<td>Tel: %s<br/>Email: %s</td><td>China</td><td>%s<br/>Purity: %s<br/>Price: %s<br/>Min. order: %s</td>"
                        "<td class=\"remark\">%s</td><td><a class=\"btn_inq\" href=\"/Inquiry/Send_EN.aspx?cbid=%d&amp;co=%s\">Send inquiry</a></td></tr>"
                        % ("odd" if i % 2 else "even", co_url(k), esc(co["name"]), co["level"], co["tel"], co["email"],
                           esc(c["name"]), esc(pur), esc(price), esc(moq), esc(remark) or "&nbsp;", c["id"], k))
            claims |= cl
        main = ("<div class=\"crumb\"><a href=\"/\">Home</a> &gt; <a href=\"%s\">%s</a> &gt; Suppliers</div>"
                "<h1>%s suppliers list</h1><table class=\"ProdSupplierGN\"><tr><td class=\"l\">Product name:</td><td>%s</td>"
                "<td class=\"l\">CAS:</td><td>%s</td><td class=\"l\">MF:</td><td>%s</td></tr></table>"
                "<table class=\"SupplierTB\" id=\"supplierlist\"><tr><th>Supplier</th><th>Contact</th><th>Nationality</th><th>Product</th>"
                "<th>Remarks</th><th></th></tr>%s</table>"
                "<p class=\"note\">ChemIndex only provides supplier information. Please verify qualifications and licences before trading.</p>"
                % (prop_url(c), esc(c["name"]), esc(c["name"]), esc(c["name"]), c["cas"], c["mf"], "".join(rows)))
        s.add(Page(sup_url(c), page("%s suppliers" % c["name"], main), hits=keys(c["sub"]), cas=cas_set(c["cas"]),
                   claims=claims, listing=True))
    s.flaky |= {sup_url(C[0]), sup_url(C[5]), prop_url(C[3])}

    # categories
    for cid, cname, members in CATS:
        rows = "".join("<tr><td><a href=\"%s\">%s</a></td><td>%s</td><td>%s</td><td><a href=\"%s\">%d</a></td></tr>"
                       % (prop_url(bycas[x]), esc(bycas[x]["name"]), x, bycas[x]["mf"], sup_url(bycas[x]), len(bycas[x]["sup"]))
                       for x in members)
        tabs = " | ".join("<a href=\"/ProductCatalog_EN/%d.htm\">%s</a>" % (i, esc(n)) for i, n, _ in CATS)
        s.add(Page("/ProductCatalog_EN/%d.htm" % cid,
                   page("%s - Product catalog" % cname,
                        "<div class=\"crumb\"><a href=\"/\">Home</a> &gt; Products &gt; %s</div><div class=\"cattabs\">%s</div>"
                        "<h1>%s</h1><table class=\"catlist\"><tr><th>Product name</th><th>CAS</th><th>MF</th><th>Suppliers</th></tr>%s</table>"
                        % (esc(cname), tabs, esc(cname), rows)),
                   hits=keys(*[bycas[x]["sub"] for x in members]), cas=cas_set(*members), listing=True))

    # companies
    for k, co in DIR_COMPANIES.items():
        prods = [(c, t) for c in C for t in c["sup"] if t[0] == k]
        rows = "".join("<tr><td><a href=\"%s\">%s</a></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                       % (prop_url(c), esc(c["name"]), c["cas"], esc(t[1]), esc(t[2]), esc(t[3])) for c, t in prods)
        s.add(Page(co_url(k), page(co["name"],
                                   "<div class=\"crumb\"><a href=\"/\">Home</a> &gt; <a href=\"/SupplierList_EN.htm\">Suppliers</a> &gt; %s</div>"
                                   "<div class=\"cominfo\"><h1>%s</h1><span class=\"lv\">%s</span><table class=\"contact\">"
                                   "<tr><td>Address:</td><td>%s, China</td></tr><tr><td>Tel:</td><td>%s</td></tr><tr><td>Email:</td><td>%s</td></tr>"
                                   "</table><div class=\"intro\"><h2>Company profile</h2><p>%s</p></div></div>"
                                   "<h2>Products (%d)</h2><table class=\"comprod\"><tr><th>Product name</th><th>CAS</th><th>Purity</th>"
                                   "<th>Price</th><th>Min. order</th></tr>%s</table>"
                                   % (esc(co["name"]), esc(co["name"]), co["level"], esc(co["city"]), co["tel"], co["email"],
                                      esc(co["intro"]), len(prods), rows)),
                   hits=keys(*[c["sub"] for c, _ in prods]), cas=cas_set(*[c["cas"] for c, _ in prods]),
                   claims=co["claims"], listing=True))
    s.add(Page("/SupplierList_EN.htm", page("Supplier list",
                                            "<h1>Suppliers</h1><ul class=\"suplist\">%s</ul>"
                                            % "".join("<li><a href=\"%s\">%s</a> <span class=\"lv\">%s</span> &middot; %s</li>"
                                                      % (co_url(k), esc(co["name"]), co["level"], esc(co["city"]))
                                                      for k, co in DIR_COMPANIES.items()))))
    # buying leads: requests, not offers
    leads = [("4-ANPP", "21409-26-7", "2 kg", "Mexico", "2026-11-29"),
             ("1-Phenethyl-4-piperidone", "39742-60-4", "5 kg", "Mexico", "2026-11-28"),
             ("Fentanyl citrate", "990-73-8", "100 g", "United States", "2026-11-27"),
             ("1-Boc-4-piperidone", "79099-07-3", "25 kg", "Netherlands", "2026-11-26"),
             ("Caffeine", "58-08-2", "1 MT", "Nigeria", "2026-11-25"),
             ("Protonitazene", "95958-84-2", "50 g", "Germany", "2026-11-24"),
             ("4-Anilinopiperidine", "23056-29-3", "10 kg", "Guatemala", "2026-11-22"),
             ("Benzocaine", "94-09-7", "500 kg", "United Kingdom", "2026-11-21"),
             ("Piperidine", "110-89-4", "200 L", "India", "2026-11-20"),
             ("N-Boc-4-AP", "125541-22-2", "3 kg", "Mexico", "2026-11-18")]
    for pg, chunk in enumerate(paginate(leads, 5), 1):
        path = "/BuyingLeads_EN.htm" + ("?page=%d" % pg if pg > 1 else "")
        rows = "".join("<tr><td class=\"t\">Looking for %s</td><td>CAS %s</td><td>Quantity: %s</td><td>Destination: %s</td>"
                       "<td>%s</td><td><a href=\"/Member/QuoteNow_EN.aspx?lead=%d\">Quote now</a></td></tr>"
                       % (esc(n), x, esc(q), esc(d), dt, 88100 + i) for i, (n, x, q, d, dt) in enumerate(chunk))
        s.add(Page(path, page("Buying leads%s" % (" - page %d" % pg if pg > 1 else ""),
                              "<div class=\"crumb\"><a href=\"/\">Home</a> &gt; Buying leads</div><h1>Latest buying leads</h1>"
                              "<p>Buyers post their requirements here; suppliers can quote after signing in.</p>"
                              "<table class=\"leads\"><tr><th>Request</th><th>CAS</th><th>Quantity</th><th>Destination</th><th>Posted</th><th></th></tr>%s</table>"
                              "<div class=\"pager\"><a href=\"/BuyingLeads_EN.htm\">1</a> <a href=\"/BuyingLeads_EN.htm?page=2\">2</a></div>" % rows)))
    s.add(Page("/", page("ChemIndex - Chemical Search Engine and Supplier Directory",
                         "<div class=\"banner\"><h1>Search 1,200,000 chemicals and 30,000 suppliers</h1></div>"
                         "<div class=\"homecats\"><h2>Product catalog</h2><ul>%s</ul></div>"
                         "<div class=\"homenews\"><h2>Announcements</h2><ul><li>2026-11-20 Reminder: listings of substances controlled under "
                         "the 1988 Convention require supplier licence verification.</li><li>2026-10-02 1-Boc-4-piperidone is now a List I "
                         "chemical in the US.</li></ul></div>"
                         % "".join("<li><a href=\"/ProductCatalog_EN/%d.htm\">%s</a></li>" % (i, esc(n)) for i, n, _ in CATS))))
    s.add(Page("/About_EN.htm", page("About ChemIndex",
                                     "<h1>About ChemIndex</h1><p>ChemIndex is a chemical search engine and B2B information platform. "
                                     "We do not sell products ourselves.</p><h2 id=\"contact\">Contact</h2><p>service@chemindex.example</p>"
                                     "<h2 id=\"disclaimer\">Disclaimer</h2><p>Supplier data are provided by the suppliers.</p>")))
    s.add(Page("/img/logo_en.png", tiny_png(21), ctype="image/png"))
    s.add(Page("/css/en/common.css", "body{font:12px Arial}.w1200{width:1200px;margin:0 auto}", ctype="text/css"))
    return s


# ================================================================== 3. poppy-forum (XenForo-like)

def poppy_forum():
    s = Site("poppy-forum", "drug-forum")
    s.robots = ("User-agent: *\nDisallow: /members/\nDisallow: /search/\nDisallow: /login/\nDisallow: /account/\n"
                "Disallow: /misc/\nDisallow: /goto/\n")
    s.disallow = ["/members/", "/search/", "/login/", "/account/", "/misc/", "/goto/"]
    s.trap_prefix = "/calendar/"
    s.junk_params = s.junk_params + ["order", "direction", "prefix_id"]

    users = {}

    def user(name, title, joined, msgs, banner=""):
        users[name] = dict(title=title, joined=joined, msgs=msgs, banner=banner, id=3000 + len(users) * 37)

    user("ChemPanda_Official", "Vendor", "Mar 2, 2024", 214, "Verified vendor")
    user("lurker_77", "Member", "Jan 9, 2022", 1180)
    user("quimico_cdmx", "New member", "Oct 21, 2026", 7)
    user("HK_supplychain", "Member", "Aug 30, 2026", 19)
    user("Moderator_Ash", "Moderator", "May 5, 2019", 9022, "Staff member")
    user("opi_chem", "Bluelighter", "Feb 14, 2020", 3410)
    user("xiamenbio_sales", "Member", "Sep 12, 2026", 33)
    user("mexi_buyer", "Member", "Jul 7, 2025", 64)
    user("nitazene_watch", "Harm reduction team", "Jun 1, 2021", 2211, "HR team")
    user("benzo_bob", "Member", "Dec 12, 2023", 402)
    user("sunny_labs", "Member", "Apr 4, 2025", 88)
    user("vendedor_norte", "New member", "Nov 15, 2026", 4)
    user("harm_reduction_hq", "Harm reduction team", "Jan 1, 2018", 15220, "HR team")
    user("blues_plug_az", "New member", "Nov 28, 2026", 1)
    user("pressed_bars_guy", "Member", "Mar 3, 2024", 156)
    user("newbie_420", "New member", "Nov 20, 2026", 3)
    user("eastchem_vendor", "New member", "Oct 2, 2026", 12)
    user("policy_nerd", "Member", "Sep 9, 2020", 744)

    def quote(author, post_id, text):
        return ("<blockquote data-attributes=\"member: %d\" data-quote=\"%s\" data-source=\"post: %d\" class=\"bbCodeBlock "
                "bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch\"><div class=\"bbCodeBlock-title\">"
                "<a href=\"/goto/post?id=%d\" class=\"bbCodeBlock-sourceJump\" rel=\"nofollow\">%s said:</a></div>"
                "<div class=\"bbCodeBlock-content\"><div class=\"bbCodeBlock-expandContent js-expandContent\">%s</div></div></blockquote>"
                % (users[author]["id"], author, post_id, post_id, author, text))

    # threads: id, slug, forum, title, prefix, pages: [[post...]]; post = (author, date, html, hits(set of Sub), cas(set), claims)
    A = dict(id=4821, slug="vendor-thread-npp-1-boc-4-piperidone-4-anpp-chempanda", forum="vendor-marketplace.12",
             title="[Vendor thread] NPP / 1-Boc-4-piperidone / 4-ANPP &ndash; ChemPanda", prefix="Vendor", pages=[
        [("ChemPanda_Official", "Nov 2, 2026",
          "<b>ChemPanda &ndash; precursor price list (November)</b><br /><br />"
          "&bull; NPP (N-phenethyl-4-piperidone), CAS 39742-60-4 &ndash; 99&nbsp;% &ndash; <b>$420/kg</b><br />"
          "&bull; 1-Boc-4-piperidone, CAS 79099-07-3 &ndash; 98&nbsp;% &ndash; <b>$380/kg</b><br />"
          "&bull; 4-ANPP, CAS 21409-26-7 &ndash; 99&nbsp;% &ndash; <b>$1,200/kg</b><br /><br />"
          "MOQ 100&nbsp;g. Payment BTC/XMR/USDT. Contact: Threema 7XK4P2R9 or Session 05b3f1&hellip;e9a (full ID in signature).<br /><br />"
          "Every parcel: <b>reship if seized</b>, no questions asked. Customs clearance to MX and US is on us (DDP).",
          {npp, bocpip, anpp}, {"39742-60-4", "79099-07-3", "21409-26-7"}, {"reship", "customs"}),
         ("lurker_77", "Nov 2, 2026", "Any independent lab reports? The last batch of NPP I saw from another shop was cut to hell.",
          set(), set(), set()),
         ("quimico_cdmx", "Nov 3, 2026", "WTB 4-AP 500&nbsp;g, pago en USDT. Solo M&eacute;xico. DM please.", set(), set(), set()),
         ("HK_supplychain", "Nov 3, 2026",
          "We also supply tert-butyl 4-(phenylamino)piperidine-1-carboxylate (1-Boc-4-AP), 99.3&nbsp;% HPLC, USD 350/kg, MOQ 100&nbsp;g.<br />"
          "Goods go to our Hong Kong forwarding agent first, then local courier delivery inside Mexico. WhatsApp +852 5541 2093.",
          {boc4ap}, set(), {"forwarding"}),
         ("Moderator_Ash", "Nov 4, 2026",
          "Reminder: only verified vendors may post offers in vendor threads. Use the market escrow, never pay by gift cards.",
          set(), set(), set()),
         ("opi_chem", "Nov 4, 2026",
          "Careful everyone &ndash; fentanyl test strips lit up on an &ldquo;NPP&rdquo; sample a friend bought from a random seller last month.",
          set(), set(), set())],
        [("xiamenbio_sales", "Nov 7, 2026",
          "Isotonitazene bulk available, 10&nbsp;g minimum, <b>$38/g</b>, purity 99.5&nbsp;%.<br />"
          "Ships packed in vitamin bottles and declared as &ldquo;Vitamin B complex&rdquo; on the customs form. Telegram @xiamenbio_sales",
          {isotonit}, set(), {"stealth", "mislabel"}),
         ("mexi_buyer", "Nov 9, 2026",
          quote("ChemPanda_Official", 71001, "&bull; NPP (N-phenethyl-4-piperidone) &ndash; 99&nbsp;% &ndash; $420/kg &hellip;<br />"
                "Every parcel: reship if seized, no questions asked.") +
          "Paid three weeks ago. Nothing. So much for the &ldquo;reship&rdquo; talk.", set(), set(), set()),
         ("ChemPanda_Official", "Nov 9, 2026", "@mexi_buyer your parcel is moving, tracking was sent by PM on the 5th. Check your inbox.",
          set(), set(), set()),
         ("nitazene_watch", "Nov 10, 2026",
          "PSA: isotonitazene is turning up pressed into fake &ldquo;oxy&rdquo; tablets in three states. If you use, carry naloxone "
          "and never use alone.", set(), set(), set()),
         ("lurker_77", "Nov 11, 2026", "Anyone know whether the 1-Boc stuff is being stopped at Manzanillo now?", set(), set(), set())],
        [("Moderator_Ash", "Nov 14, 2026", "Thread cleaned. HK_supplychain is banned after three scam reports.", set(), set(), set()),
         ("benzo_bob", "Nov 15, 2026", "WTB metonitazene, 5&nbsp;g, paying BTC, EU. Not interested in &ldquo;samples&rdquo; first.",
          set(), set(), set()),
         ("ChemPanda_Official", "Nov 16, 2026",
          "<b>Update</b> &#127464;&#127475;&#10145;&#65039;&#127474;&#127485;<br />"
          "&bull; 4-ANPP back in stock &ndash; <b>$1,100/kg</b><br />"
          "&bull; New: 4-Piperidone HCl (CAS 41661-47-6) &ndash; <b>$150/kg</b><br /><br />"
          "Packing: vacuum sealed, carbon sheets, hidden inside toy packaging. Same contacts as before.",
          {anpp, pip4}, {"41661-47-6"}, {"stealth"}),
         ("quimico_cdmx", "Nov 16, 2026", "Still WTB 4-AP. Anyone?", set(), set(), set()),
         ("sunny_labs", "Nov 17, 2026",
          "@quimico_cdmx I can do 4-AP (4-anilinopiperidine), 500&nbsp;g for $520, escrow OK. PM me here.",
          {ap4}, set(), set())],
        [("mexi_buyer", "Nov 20, 2026", "Update: it arrived. Stealth was great, fair play to ChemPanda.", set(), set(), set()),
         ("vendedor_norte", "Nov 22, 2026",
          "Vendo NPP y 4-ANPP en M&eacute;xico. Entrega en mano en CDMX y GDL o paqueter&iacute;a local. NPP $9,500 MXN por 100&nbsp;g, "
          "4-ANPP $24,000 MXN por 100&nbsp;g. Si se pierde el paquete, reenv&iacute;o gratis. Telegram @vendedor_norte",
          {npp, anpp}, set(), {"reship"}),
         ("opi_chem", "Nov 23, 2026",
          "Reminder that everything in this thread is a controlled precursor in the US and under the UN convention. The forum "
          "does not vouch for anyone.", set(), set(), set()),
         ("lurker_77", "Nov 24, 2026", "Bookmarking. Will report back if anyone gets a lab test done.", set(), set(), set())],
    ])
    B = dict(id=5120, slug="pressed-m30s-are-fent-pics-and-test-results", forum="harm-reduction.4",
             title="Pressed &ldquo;M30s&rdquo; are fent &ndash; pics and test results", prefix="Warning", pages=[
        [("harm_reduction_hq", "Nov 18, 2026",
          "The blue &ldquo;M30&rdquo; tablets going round in Phoenix and Tucson are <b>not</b> oxycodone. We tested six: all six were "
          "positive on fentanyl test strips, and the two we sent to the lab contained fentanyl and xylazine. Photos below.",
          set(), set(), set()),
         ("newbie_420", "Nov 18, 2026", "Where can I get fentanyl test strips?", set(), set(), set()),
         ("harm_reduction_hq", "Nov 18, 2026",
          "Your local syringe service program will usually hand them out for free, or order them from a harm-reduction supplier.",
          set(), set(), set()),
         ("blues_plug_az", "Nov 28, 2026",
          "got real 𝗠𝟯𝟬 blues &#128138; pressed w/ 𝗳𝗲𝗻𝘁, 100 for $350, 500 for $1,500. discreet mylar shipping USA only. tele @bluesplugaz",
          {fentanyl}, set(), {"stealth"}),
         ("Moderator_Ash", "Nov 28, 2026", "Reported to admins. Do NOT buy from this account.", set(), set(), set())],
        [("pressed_bars_guy", "Nov 29, 2026",
          "I test everything I get with strips. My bars this month were 0% fentanyl, but that means nothing for the next batch.",
          set(), set(), set()),
         ("harm_reduction_hq", "Nov 29, 2026",
          "Also remember strips miss some analogues and most nitazenes at low concentrations. A negative strip is not a guarantee.",
          set(), set(), set()),
         ("newbie_420", "Nov 30, 2026", "So &ldquo;fent-free&rdquo; on a vendor page means basically nothing?", set(), set(), set()),
         ("opi_chem", "Nov 30, 2026", "Correct. Test, start low, never alone.", set(), set(), set())],
    ])
    C = dict(id=5203, slug="wtb-nitazenes-any-reliable-source", forum="vendor-marketplace.12",
             title="WTB nitazenes &ndash; any reliable source?", prefix="WTB", pages=[
        [("benzo_bob", "Nov 21, 2026", "Looking for protonitazene or metonitazene, 5&ndash;10&nbsp;g, EU delivery. Paying BTC.",
          set(), set(), set()),
         ("eastchem_vendor", "Nov 21, 2026", "Have metonitazene 99%, 5&nbsp;g $190, 10&nbsp;g $340. DM for my Session ID.",
          {metonit}, set(), set()),
         ("benzo_bob", "Nov 22, 2026", "DM sent.", set(), set(), set()),
         ("Moderator_Ash", "Nov 23, 2026", "eastchem_vendor is unverified. Use escrow or don't deal.", set(), set(), set())],
    ])
    D = dict(id=5301, slug="news-chinese-customs-seize-2-t-of-1-boc-4-piperidone", forum="news-policy.7",
             title="News: Chinese customs seize 2&nbsp;t of 1-Boc-4-piperidone", prefix="News", pages=[
        [("policy_nerd", "Nov 25, 2026",
          "Shenzhen customs say they stopped 2 tonnes of 1-Boc-4-piperidone and 300&nbsp;kg of 4-AP declared as &ldquo;pigment "
          "intermediate&rdquo;. The sellers had advertised &ldquo;100% customs clearance&rdquo; and &ldquo;free reshipment if seized&rdquo; online.",
          set(), set(), set()),
         ("opi_chem", "Nov 25, 2026", "Which explains why the NPP prices jumped this month.", set(), set(), set()),
         ("lurker_77", "Nov 26, 2026", "And the 4-piperidone listing in the UN tables from last year is finally biting.", set(), set(), set())],
    ])
    R = dict(id=100, slug="marketplace-rules-read-before-posting", forum="vendor-marketplace.12",
             title="Marketplace rules &ndash; read before posting", prefix="Sticky", pages=[
        [("Moderator_Ash", "Jan 3, 2025",
          "1. Vendors must be verified by staff before posting offers.<br />2. No fentanyl, carfentanil or other fentanyl analogues. "
          "Offers will be deleted and the account banned.<br />3. WTB posts go in their own thread.<br />4. No price lists in thread titles.",
          set(), set(), set())],
    ])
    threads = [A, B, C, D, R]
    forums = [("vendor-marketplace.12", "Vendor marketplace", "Verified vendors only. Read the rules.", [R, A, C]),
              ("harm-reduction.4", "Harm reduction", "Alerts, testing, safer use.", [B]),
              ("news-policy.7", "News &amp; policy", "Seizures, scheduling, law.", [D])]

    def turl(t, pg=1):
        return "/threads/%s.%d/" % (t["slug"], t["id"]) + ("page-%d" % pg if pg > 1 else "")

    similar = ("<div class=\"block\"><div class=\"block-container\"><h3 class=\"block-minorHeader\">Similar threads</h3>"
               "<div class=\"block-body\"><ul class=\"listPlain\">"
               "<li><a href=\"%s\">Selling carfentanil &ndash; legit?</a> <span class=\"u-muted\">(locked)</span></li>"
               "<li><a href=\"%s\">Where to buy 4-ANPP in the EU?</a></li>"
               "<li><a href=\"%s\">Protonitazene vendors 2026</a></li></ul></div></div></div>"
               % (turl(R), turl(C), turl(C)))

    def page(title, crumbs, main, sidebar=""):
        return ("<!DOCTYPE html>\n<html id=\"XF\" lang=\"en-US\" dir=\"LTR\" data-xf=\"2.3\" data-app=\"public\" data-template=\"thread_view\" "
                "class=\"has-no-js template-thread_view\"><head><meta charset=\"utf-8\" /><title>%s | The Poppy Board</title>"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, viewport-fit=cover\">"
                "<link rel=\"stylesheet\" href=\"/css.php?css=public%%3Anormalize.css%%2Cpublic%%3Acore.less%%2Cpublic%%3Aapp.less&amp;s=1&amp;l=1&amp;d=1764000000\" />"
                "<script src=\"/js/xf/preamble.min.js?_v=8ab1c2f0\"></script></head>"
                "<body data-template=\"thread_view\"><div class=\"p-pageWrapper\" id=\"top\">"
                "<header class=\"p-header\" id=\"header\"><div class=\"p-header-inner\"><div class=\"p-header-content\">"
                "<div class=\"p-header-logo p-header-logo--image\"><a href=\"/\"><img src=\"/styles/poppy/logo.png\" alt=\"The Poppy Board\" width=\"200\" height=\"36\" /></a></div>"
                "</div></div></header>"
                "<div class=\"p-navSticky p-navSticky--primary\"><nav class=\"p-nav\"><div class=\"p-nav-inner\"><div class=\"p-nav-scroller\">"
                "<ul class=\"p-nav-list\"><li><div class=\"p-navEl is-selected\"><a href=\"/\" class=\"p-navEl-link\">Forums</a></div></li>"
                "<li><div class=\"p-navEl\"><a href=\"/whats-new/\" class=\"p-navEl-link\">What's new</a></div></li>"
                "<li><div class=\"p-navEl\"><a href=\"/calendar/2026-12\" class=\"p-navEl-link\">Events</a></div></li>"
                "<li><div class=\"p-navEl\"><a href=\"/members/\" class=\"p-navEl-link\">Members</a></div></li></ul></div>"
                "<div class=\"p-nav-opposite\"><div class=\"p-navgroup p-account p-navgroup--guest\"><a href=\"/login/\" class=\"p-navgroup-link\">Log in</a>"
                "<a href=\"/register/\" class=\"p-navgroup-link\">Register</a></div><a href=\"/search/\" class=\"p-navgroup-link p-navgroup-link--search\">Search</a>"
                "</div></div></nav></div>"
                "<div class=\"p-body\"><div class=\"p-body-inner\"><ul class=\"p-breadcrumbs\" itemscope itemtype=\"https://schema.org/BreadcrumbList\">%s</ul>"
                "<div class=\"p-body-main p-body-main--withSidebar\"><div class=\"p-body-content\"><div class=\"p-body-pageContent\">%s</div></div>"
                "<div class=\"p-body-sidebar\"><div class=\"block\"><div class=\"block-container\"><h3 class=\"block-minorHeader\">Staying safe</h3>"
                "<div class=\"block-body block-row\">Test your drugs. Carry naloxone. Never use alone &ndash; call the Never Use Alone line.</div></div></div>%s</div>"
                "</div></div></div>"
                "<footer class=\"p-footer\" id=\"footer\"><div class=\"p-footer-inner\"><div class=\"p-footer-row\"><ul class=\"p-footer-linkList\">"
                "<li><a href=\"/help/terms/\">Terms and rules</a></li><li><a href=\"/help/privacy-policy/\">Privacy policy</a></li>"
                "<li><a href=\"/help/\">Help</a></li><li><a href=\"/\">Home</a></li></ul></div>"
                "<div class=\"p-footer-copyright\">Community platform by XenForo&reg; &copy; 2010-2026 XenForo Ltd.</div></div></footer>"
                "</div><script src=\"/js/xf/core-compiled.js?_v=8ab1c2f0\"></script></body></html>"
                % (esc(title.replace("&ndash;", "-").replace("&ldquo;", "\"").replace("&rdquo;", "\"").replace("&nbsp;", " ").replace("&amp;", "&")),
                   crumbs, main, sidebar))

    def crumb(items):
        return "".join("<li itemprop=\"itemListElement\" itemscope itemtype=\"https://schema.org/ListItem\"><a href=\"%s\" itemprop=\"item\">"
                       "<span itemprop=\"name\">%s</span></a><meta itemprop=\"position\" content=\"%d\" /></li>" % (u, n, i + 1)
                       for i, (n, u) in enumerate(items))

    fname = {f: n for f, n, _, _ in forums}
    post_id = [71000]
    for t in threads:
        npages = len(t["pages"])
        seq = 0
        for pg, posts in enumerate(t["pages"], 1):
            url = turl(t, pg)
            nav = ("<div class=\"pageNav\"><ul class=\"pageNav-main\">%s</ul>%s</div>"
                   % ("".join("<li class=\"pageNav-page%s\"><a href=\"%s\">%d</a></li>" % (" pageNav-page--current" if k == pg else "", turl(t, k), k)
                              for k in range(1, npages + 1)),
                      "<a href=\"%s\" class=\"pageNav-jump pageNav-jump--next\">Next</a>" % turl(t, pg + 1) if pg < npages else "")) if npages > 1 else ""
            arts, hits, cas, claims = [], set(), set(), set()
            for k, (author, date, html, h, c, cl) in enumerate(posts):
                post_id[0] += 1
                seq += 1
                pid = post_id[0]
                s.redirects["/posts/%d/" % pid] = url
                u = users[author]
                banner = ("<div class=\"userBanner userBanner--staff message-userBanner\"><span class=\"userBanner-before\"></span>"
                          "<strong>%s</strong></div>" % u["banner"]) if u["banner"] else ""
                arts.append(
                    "<article class=\"message message--post js-post js-inlineModContainer\" data-author=\"%s\" data-content=\"post-%d\" id=\"js-post-%d\">"
                    "<div class=\"message-inner\"><div class=\"message-cell message-cell--user\"><section class=\"message-user\">"
                    "<div class=\"message-userDetails\"><h4 class=\"message-name\"><a href=\"/members/%s.%d/\" class=\"username\" data-user-id=\"%d\">%s</a></h4>"
                    "<h5 class=\"userTitle message-userTitle\">%s</h5>%s</div><div class=\"message-userExtras\"><dl class=\"pairs pairs--justified\">"
                    "<dt>Joined</dt><dd>%s</dd></dl><dl class=\"pairs pairs--justified\"><dt>Messages</dt><dd>%s</dd></dl></div></section></div>"
                    "<div class=\"message-cell message-cell--main\"><div class=\"message-main js-quickEditTarget\"><header class=\"message-attribution message-attribution--split\">"
                    "<ul class=\"message-attribution-main listInline\"><li class=\"u-concealed\"><a href=\"/posts/%d/\" rel=\"nofollow\"><time class=\"u-dt\">%s</time></a></li></ul>"
                    "<ul class=\"message-attribution-opposite listInline\"><li><a href=\"/posts/%d/\" class=\"message-attribution-gadget\" rel=\"nofollow\">#%d</a></li></ul></header>"
                    "<div class=\"message-content js-messageContent\"><div class=\"message-userContent lbContainer js-lbContainer\"><article class=\"message-body js-selectToQuote\">"
                    "<div class=\"bbWrapper\">%s</div></article></div></div>"
                    "<footer class=\"message-footer\"><div class=\"message-actionBar actionBar\"><div class=\"actionBar-set actionBar-set--external\">"
                    "<a href=\"/login/\" class=\"actionBar-action actionBar-action--reply\" rel=\"nofollow\">Reply</a></div></div></footer>"
                    "</div></div></div></article>"
                    % (author, pid, pid, author.lower(), u["id"], u["id"], author, u["title"], banner, u["joined"], "{:,}".format(u["msgs"]),
                       pid, date, pid, seq, html))
                hits |= keys(*h)
                cas |= cas_set(*c)
                claims |= cl
            main = ("<div class=\"p-body-header\"><div class=\"p-title\"><h1 class=\"p-title-value\"><span class=\"label label--%s\">%s</span>"
                    "<span class=\"label-append\">&nbsp;</span>%s</h1></div><div class=\"p-description\"><ul class=\"listInline listInline--bullet\">"
                    "<li>Thread starter <a href=\"/members/%s.%d/\" class=\"username u-concealed\">%s</a></li><li>Start date %s</li></ul></div></div>"
                    "<div class=\"block block--messages\">%s<div class=\"block-container lbContainer\"><div class=\"block-body js-replyNewMessageContainer\">%s</div></div>%s</div>"
                    "%s" % (t["prefix"].lower(), t["prefix"], t["title"], t["pages"][0][0][0].lower(), users[t["pages"][0][0][0]]["id"],
                            t["pages"][0][0][0], t["pages"][0][0][1], nav, "".join(arts), nav,
                            "<div class=\"block\"><a href=\"/login/\" class=\"button--cta button\">You must log in or register to reply here.</a></div>"))
            s.add(Page(url, page(t["title"] + (" | Page %d" % pg if pg > 1 else ""),
                                 crumb([("Forums", "/"), (fname[t["forum"]], "/forums/%s/" % t["forum"])]), main, similar),
                       hits=hits, cas=cas, claims=claims, listing=bool(hits)))
        s.redirects[turl(t) + "latest"] = turl(t, npages)
        s.redirects[turl(t) + "unread"] = turl(t, npages)

    # forum listings
    for f, name, desc, ts in forums:
        rows = "".join(
            "<div class=\"structItem structItem--thread js-inlineModContainer\"><div class=\"structItem-cell structItem-cell--main\">"
            "<div class=\"structItem-title\"><a href=\"/forums/%s/?prefix_id=%d\" class=\"labelLink\"><span class=\"label label--%s\">%s</span></a> "
            "<a href=\"%s\">%s</a></div><div class=\"structItem-minor\"><ul class=\"structItem-parts\"><li><a href=\"/members/%s.%d/\">%s</a></li>"
            "<li>%s</li></ul>%s</div></div><div class=\"structItem-cell structItem-cell--meta\"><dl class=\"pairs pairs--justified\"><dt>Replies</dt>"
            "<dd>%d</dd></dl></div><div class=\"structItem-cell structItem-cell--latest\"><a href=\"%slatest\" rel=\"nofollow\">Latest</a></div></div>"
            % (f, len(t["prefix"]), t["prefix"].lower(), t["prefix"], turl(t), t["title"], t["pages"][0][0][0].lower(),
               users[t["pages"][0][0][0]]["id"], t["pages"][0][0][0], t["pages"][0][0][1],
               ("<span class=\"structItem-pageJump\">%s</span>" % "".join("<a href=\"%s\">%d</a>" % (turl(t, k), k) for k in range(1, len(t["pages"]) + 1))
                if len(t["pages"]) > 1 else ""),
               sum(len(p) for p in t["pages"]) - 1, turl(t)) for t in ts)
        s.add(Page("/forums/%s/" % f, page(name.replace("&amp;", "&"), crumb([("Forums", "/")]),
                                          "<div class=\"p-body-header\"><h1 class=\"p-title-value\">%s</h1><div class=\"p-description\">%s</div></div>"
                                          "<div class=\"block-outer\"><a href=\"/forums/%s/?order=reply_date&amp;direction=desc\">Sort by last reply</a> &middot; "
                                          "<a href=\"/forums/%s/?order=post_date&amp;direction=desc\">Sort by start date</a></div>"
                                          "<div class=\"block-container\"><div class=\"structItemContainer\">%s</div></div>" % (name, desc, f, f, rows))))
    s.add(Page("/", page("Forums", "", "<div class=\"p-body-header\"><h1 class=\"p-title-value\">The Poppy Board</h1>"
                                       "<div class=\"p-description\">Opioid harm reduction, chemistry and policy since 2009.</div></div>" +
                         "".join("<div class=\"block block--category\"><div class=\"block-container\"><div class=\"block-body\">"
                                 "<div class=\"node node--forum\"><div class=\"node-body\"><div class=\"node-main\"><h3 class=\"node-title\">"
                                 "<a href=\"/forums/%s/\">%s</a></h3><div class=\"node-description\">%s</div></div>"
                                 "<div class=\"node-stats\"><dl class=\"pairs\"><dt>Threads</dt><dd>%d</dd></dl></div></div></div></div></div></div>"
                                 % (f, n, d, len(ts)) for f, n, d, ts in forums))))
    s.add(Page("/whats-new/", page("What's new", crumb([("Forums", "/")]),
                                   "<h1 class=\"p-title-value\">What's new</h1><ul class=\"listPlain\">%s</ul>"
                                   % "".join("<li><a href=\"%slatest\">%s</a></li>" % (turl(t), t["title"]) for t in threads))))
    s.add(Page("/help/terms/", page("Terms and rules", crumb([("Help", "/help/")]),
                                    "<h1>Terms and rules</h1><p>This forum exists for harm reduction. Sourcing discussions are "
                                    "moderated; staff do not verify any product or seller.</p>")))
    s.add(Page("/help/", page("Help", "", "<h1>Help</h1><ul><li><a href=\"/help/terms/\">Terms and rules</a></li>"
                                          "<li><a href=\"/help/privacy-policy/\">Privacy policy</a></li></ul>")))
    s.add(Page("/help/privacy-policy/", page("Privacy policy", crumb([("Help", "/help/")]),
                                             "<h1>Privacy policy</h1><p>We store IP addresses for 7 days.</p>")))
    s.add(Page("/register/", page("Register", "", "<h1>Register</h1><p>Registration is currently by invitation only.</p>")))
    s.add(Page("/styles/poppy/logo.png", tiny_png(33), ctype="image/png"))
    s.add(Page("/css.php", ".message{border:1px solid #ddd}.bbCodeBlock--quote{background:#f5f5f5}", ctype="text/css"))
    return s


# ================================================================== 4. marigold-market (darknet, vendor-shop layout)

def _pgp(seed, kind="PUBLIC KEY"):
    r = rng("pgp-" + seed)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    lines = ["mQINBG" + "".join(r.choice(alphabet) for _ in range(58))]
    lines += ["".join(r.choice(alphabet) for _ in range(64)) for _ in range(11)]
    lines += ["".join(r.choice(alphabet) for _ in range(40)) + "==", "=" + "".join(r.choice(alphabet) for _ in range(4))]
    return "-----BEGIN PGP %s BLOCK-----\n\n%s\n-----END PGP %s BLOCK-----" % (kind, "\n".join(lines), kind)


def marigold():
    s = Site("marigold-market", "darknet-market")
    s.robots = ("User-agent: *\nDisallow: /account\nDisallow: /orders\nDisallow: /messages\nDisallow: /cart\n"
                "Disallow: /wallet\nDisallow: /logout\n")
    s.disallow = ["/account", "/orders", "/messages", "/cart", "/wallet", "/logout"]
    s.rate_limit = 10
    TOKP = "xkey"
    s.junk_params = s.junk_params + [TOKP]
    s.redirects["/"] = "/home"

    def L(path, **q):
        qs = "&amp;".join("%s=%s" % kv for kv in q.items())
        return "%s?%s%s%s={TOK}" % (path, qs, "&amp;" if qs else "", TOKP)

    V = {
        "tulpenwerk": dict(flag="&#127475;&#127473;", country="Netherlands", level=7, sales=1841, rating="4.93", since="2022-03",
                           profile="<p>Tulpenwerk &ndash; quality from the lowlands since 2022.</p><p>Shipping from &#127475;&#127473; Monday to Friday. "
                                   "Every order is vacuum-sealed twice and odour-proof.</p><p>Free fentanyl test strip with every order!</p>",
                           pclaims={"stealth"},
                           terms="<p>NO reships. No refunds. Lost parcels are the buyer's risk &ndash; choose tracked shipping if you want "
                                 "peace of mind.</p><p>FE only for buyers with 20+ completed orders.</p>", tclaims=set()),
        "sibkhim": dict(flag="&#127479;&#127482;", country="Russia", level=5, sales=612, rating="4.81", since="2021-08",
                        profile="<p>Работаем с 2021 года. Только чистые вещества, каждая партия проходит ГХ-МС.</p>"
                                "<p>Отправка из &#127479;&#127482; в ЕС через Сербию &#127479;&#127480;: там посылку переупаковываем, дальше она идёт "
                                "внутренней почтой.</p>",
                        pclaims={"forwarding"},
                        terms="<p>Правила: FE запрещён. При изъятии посылки &mdash; повторная отправка за 50&nbsp;% стоимости "
                              "(нужно фото письма таможни).</p><p>Спор открываем не раньше 21 дня.</p>", tclaims={"reship"}),
        "norteno_express": dict(flag="&#127482;&#127480;", country="United States", level=6, sales=2210, rating="4.77", since="2023-01",
                                profile="<p>Norte&ntilde;o Express &ndash; bodega en Arizona &#127482;&#127480;. Traemos la mercanc&iacute;a por mayoreo y "
                                        "enviamos por USPS nacional.</p><p>Si tu paquete se pierde, lo reenviamos.</p>",
                                pclaims={"forwarding", "reship"},
                                terms="<p>Pedidos antes de las 2&nbsp;pm salen el mismo d&iacute;a. Sin reembolso sin foto. Direcci&oacute;n en "
                                      "formato USPS, sin nombres reales si no quieres.</p>", tclaims=set()),
        "hk_precursor_lab": dict(flag="&#127469;&#127472;", country="Hong Kong", level=4, sales=188, rating="4.60", since="2025-05",
                                 profile="<p>Precursors and intermediates, factory direct. Bulk quotes on request.</p>"
                                         "<p>Customs clearance guaranteed to US, Canada and Mexico (DDP &ndash; we pay the duties).</p>",
                                 pclaims={"customs"},
                                 terms="<p>Packing: goods are hidden inside industrial pump parts; nothing on the box mentions chemicals.</p>"
                                       "<p>If customs seize a parcel we reship once. Second seizure to the same address: refund 50&nbsp;%.</p>",
                                 tclaims={"stealth", "reship"}),
    }
    LIST = [
        dict(id="4c1e9b07", v="tulpenwerk", cat="stimulants-dissociatives", title="MDMA crystals 84% &ndash; lab tested &ndash; 5 g",
             sub=mdma, cas=None, tiers=[("1 g", 24), ("5 g", 95), ("10 g", 170)], to="&#127466;&#127482; EU &middot; &#127468;&#127463; UK &middot; &#127464;&#127469; CH",
             ship=[("PostNL letterbox, tracked", 6), ("DHL parcel, tracked", 12)],
             desc="<p>Champagne MDMA crystals, 84&nbsp;% by independent lab test (report in the pictures).</p>"
                  "<p>Versand in geruchsdichter Vakuumverpackung, neutral und unauff&auml;llig verpackt.</p>", dclaims={"stealth"},
             fb=[(5, "n***a", "Top quality, arrived in 2 days to Germany.", "MDMA crystals 5 g"),
                 (5, "z***7", "Stealth perfect. Will order the ket next.", "MDMA crystals 5 g")]),
        dict(id="9a72d3e1", v="tulpenwerk", cat="stimulants-dissociatives", title="Ｋｅｔａｍｉｎｅ S-isomer needles &ndash; 7 g",
             sub=ketamine, cas=None, tiers=[("3.5 g", 70), ("7 g", 125)], to="&#127466;&#127482; EU &middot; &#127468;&#127463; UK",
             ship=[("PostNL letterbox, tracked", 6)],
             desc="<p>Shard-like needles, S-isomer dominant. Same-day dispatch for orders before 13:00 CET.</p>", dclaims=set(),
             fb=[(4, "k***e", "Good needles, a bit slow this time.", "K needles 7 g")]),
        dict(id="e5f01c44", v="sibkhim", cat="opioids", title="Изотонитазен / Isotonitazene 99% &ndash; 1 g",
             sub=isotonit, cas=None, tiers=[("1 g", 120), ("5 g", 480)], to="&#127466;&#127482; EU &middot; &#127479;&#127482; RU &middot; &#127472;&#127487; KZ",
             ship=[("EMS, трек-номер", 25), ("СДЭК до пункта выдачи", 15)],
             desc="<p>Чистый изотонитазен, 99&nbsp;% (ГХ-МС). Дозировка в микрограммах &mdash; только для опытных.</p>"
                  "<p>Стелс: двойной вакуум, фольга, всё внутри упаковки бытовой химии. Если посылку изъяли на таможне &mdash; "
                  "отправим повторно бесплатно.</p>", dclaims={"stealth", "reship"},
             fb=[(5, "d***n", "Пришло за 9 дней, всё ок.", "Isotonitazene 1 g"),
                 (2, "w***r", "Weaker than expected. Also bought their carf, that one was fine.", "Isotonitazene 1 g")]),
        dict(id="c0ffe3a9", v="sibkhim", cat="opioids", title="C4rf3nt4nyl 1% on mannitol &ndash; 1 g",
             sub=carfent, cas=None, tiers=[("1 g", 90), ("5 g", 400)], to="&#127466;&#127482; EU &middot; &#127479;&#127482; RU",
             ship=[("EMS, трек-номер", 25)],
             desc="<p>1&nbsp;% mix, homogenised on mannitol in a ball mill. For experienced researchers only &mdash; active dose is "
                  "in micrograms. Keep naloxone at hand.</p>", dclaims=set(),
             fb=[(5, "x***1", "Exactly as described.", "C4rf 1% 1 g")]),
        dict(id="7d3b5e12", v="norteno_express", cat="opioids", title="M30 blues x100 &ndash; pressed (fent)",
             sub=fentanyl, cas=None, tiers=[("x100", 350), ("x500", 1500), ("x1000", 2700)], to="&#127482;&#127480; USA only",
             ship=[("USPS Priority Mail", 10), ("USPS Priority Express", 35)],
             desc="<p>Pastillas M30 azules prensadas con fentanilo, 100 piezas. Prensa profesional, sin polvo.</p>"
                  "<p>Salen de nuestra bodega en Arizona &#127482;&#127480;: env&iacute;o nacional por USPS.</p>"
                  "<p>Reenv&iacute;o gratis si se pierde.</p>", dclaims={"forwarding", "reship"},
             fb=[(5, "b***y", "legit, fast, good stealth", "M30 x100"),
                 (1, "t***m", "these are way stronger than last batch, be careful", "M30 x100")]),
        dict(id="2b8e6f90", v="norteno_express", cat="pills-benzos", title="Pressed bars &ndash; bromazolam 2 mg x50 &ndash; 0% fentanyl (strip tested)",
             sub=bromaz, cas=None, tiers=[("x50", 90), ("x200", 300)], to="&#127482;&#127480; USA only",
             ship=[("USPS Priority Mail", 10)],
             desc="<p>Barras prensadas de bromazolam, 2&nbsp;mg cada una. Cada lote probado con tiras: 0&nbsp;% fentanilo.</p>",
             dclaims=set(), fb=[(5, "h***o", "tested negative for fent like they said. nice", "Bars x50")]),
        dict(id="51aa0d3c", v="hk_precursor_lab", cat="chemicals-precursors", title="1-Boc-4-AP (CAS 125541-22-2) &ndash; 100 g",
             sub=boc4ap, cas="125541-22-2", tiers=[("100 g", 180), ("1 kg", 1100)], to="&#127482;&#127480; US &middot; &#127464;&#127462; CA &middot; &#127474;&#127485; MX",
             ship=[("EMS / ePacket", 30), ("DHL express", 80)],
             desc="<p>tert-Butyl 4-(phenylamino)piperidine-1-carboxylate, 99.2&nbsp;% HPLC, white powder.</p>"
                  "<p>All paperwork declares the goods as &ldquo;dye intermediate&rdquo;. We guarantee customs clearance to US/CA/MX and "
                  "pay any duties.</p>", dclaims={"mislabel", "customs"},
             fb=[(5, "q***z", "Arrived inside a pump housing, genius. Also got the 4-ANPP from them.", "1-Boc-4-AP 100 g")]),
        dict(id="8f40b2d6", v="hk_precursor_lab", cat="chemicals-precursors", title="4-ANPP (despropionyl fentanyl) CAS 21409-26-7 &ndash; 50 g",
             sub=anpp, cas="21409-26-7", tiers=[("50 g", 260), ("250 g", 1100)], to="&#127474;&#127485; MX &middot; &#127482;&#127480; US",
             ship=[("Cargo via MX warehouse", 60)],
             desc="<p>4-ANPP, 99&nbsp;%. Route: &#127469;&#127472; &rarr; &#127474;&#127485; bonded warehouse &rarr; local courier.</p>", dclaims={"forwarding"},
             fb=[(4, "m***o", "took 3 weeks but arrived", "4-ANPP 50 g")]),
        dict(id="a3d9e7f1", v="hk_precursor_lab", cat="opioids", title="Etonitazepipne (N-piperidinyl etonitazene) &ndash; 5 g",
             sub=nov_pipne, cas=None, tiers=[("5 g", 350), ("25 g", 1500)], to="Worldwide &#127760;",
             ship=[("EMS / ePacket", 30)],
             desc="<p>2-[(4-Ethoxyphenyl)methyl]-5-nitro-1-[2-(piperidin-1-yl)ethyl]-1H-benzimidazole. New research opioid, "
                  "potency similar to etonitazene. HCl salt, yellowish powder.</p>", dclaims=set(), fb=[]),
    ]
    CATS = [("opioids", "Opioids"), ("pills-benzos", "Pills &amp; benzos"), ("stimulants-dissociatives", "Stimulants &amp; dissociatives"),
            ("chemicals-precursors", "Chemicals &amp; precursors")]
    catmembers = {"opioids": ["e5f01c44", "c0ffe3a9", "7d3b5e12", "a3d9e7f1"], "pills-benzos": ["7d3b5e12", "2b8e6f90"],
                  "stimulants-dissociatives": ["4c1e9b07", "9a72d3e1"], "chemicals-precursors": ["51aa0d3c", "8f40b2d6"]}
    byid = {x["id"]: x for x in LIST}

    def price(x):
        return min(v for _, v in x["tiers"])

    def page(title, main):
        cats = "".join("<li><a href=\"%s\">%s</a> <span class=\"cnt\">%d</span></li>" % (L("/category/" + c), n, len(catmembers[c]))
                       for c, n in CATS)
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s &middot; Marigold</title>"
                "<link rel=\"stylesheet\" href=\"/static/mg.css\"><meta name=\"referrer\" content=\"no-referrer\"></head><body class=\"dark\">"
                "<div class=\"topbar\"><a class=\"brand\" href=\"%s\">&#127804; Marigold</a>"
                "<span class=\"who\">ghost_reader &middot; <a href=\"%s\">Wallet 0.0000 XMR</a> &middot; <a href=\"%s\">Messages (0)</a> &middot; "
                "<a href=\"%s\">Orders</a> &middot; <a href=\"%s\">Logout</a></span></div>"
                "<div class=\"menu\"><a href=\"%s\">Home</a><a href=\"%s\">Vendors</a><a href=\"%s\">Rules</a><a href=\"%s\">Support &amp; PGP</a>"
                "<form class=\"srch\" method=\"post\" action=\"/search\"><input type=\"hidden\" name=\"csrf\" value=\"{TOK}\"><input name=\"q\" placeholder=\"search listings\"></form></div>"
                "<div class=\"wrap\"><aside class=\"side\"><h4>Categories</h4><ul>%s</ul><h4>XMR rate</h4><p>1 XMR = 146.20 USD</p>"
                "<h4>Mirrors</h4><p class=\"mono\">marig0ld4abcxyz&hellip;onion<br>marig0ld7klmnop&hellip;onion</p></aside>"
                "<main class=\"content\">%s</main></div>"
                "<footer><p>Marigold Market &middot; escrow &amp; multisig &middot; <a href=\"%s\">Canary</a> signed 2026-11-30</p></footer></body></html>"
                % (esc(title.replace("&ndash;", "-").replace("&amp;", "&")), L("/home"), L("/wallet"), L("/messages"), L("/orders"),
                   L("/logout"), L("/home"), L("/vendors"), L("/rules"), L("/support"), cats, main, L("/support")))

    def row(x):
        v = V[x["v"]]
        return ("<tr class=\"lrow\"><td><img src=\"/static/thumb/%s.png\" width=\"48\"></td><td class=\"lt\"><a href=\"%s\">%s</a></td>"
                "<td><a href=\"%s\">%s</a> <span class=\"lvl\">L%d</span></td><td>%s %s</td><td class=\"pr\">$%.2f</td>"
                "<td><a class=\"btn\" href=\"%s\">View</a></td></tr>"
                % (x["id"], L("/item/" + x["id"]), x["title"], L("/vendor/" + x["v"]), x["v"], v["level"], v["flag"], v["country"],
                   price(x), L("/item/" + x["id"])))

    def table(items):
        return ("<table class=\"listings\"><tr><th></th><th>Listing</th><th>Vendor</th><th>Ships from</th><th>From</th><th></th></tr>%s</table>"
                % "".join(row(x) for x in items))

    def truth_of(items):
        return keys(*[x["sub"] for x in items]), cas_set(*[x["cas"] for x in items if x["cas"]])

    # home
    feat = [byid[i] for i in ("4c1e9b07", "7d3b5e12", "51aa0d3c")]
    h, c = truth_of(feat)
    s.add(TokenPage("/home", page("Home",
                                  "<div class=\"news\"><h3>Market news</h3><p><b>2026-11-12:</b> Reminder &ndash; fentanyl, carfentanil and their "
                                  "analogues are banned here. Listings will be removed and vendors fined.</p><p><b>2026-10-30:</b> Multisig escrow "
                                  "is now the default for new buyers.</p></div><h3>Featured listings</h3>%s" % table(feat)),
                    hits=h, cas=c, listing=True))
    s.add(TokenPage("/rules", page("Rules",
                                   "<h2>Market rules</h2><ol><li>Prohibited: weapons, explosives, poisons, fentanyl and any fentanyl "
                                   "analogue (including carfentanil), child abuse material, doxxing, services that harm people.</li>"
                                   "<li>Vendors must sign every order confirmation with their PGP key.</li><li>Finalize early (FE) only with "
                                   "vendor level 5 or above.</li><li>Disputes are decided by staff within 72 hours.</li></ol>")))
    s.add(TokenPage("/support", page("Support & PGP",
                                     "<h2>Support</h2><h4>Why do some vendors offer reships?</h4><p>Reships are a vendor's own policy. "
                                     "The market does not guarantee reships, stealth or delivery times &ndash; read each vendor's terms.</p>"
                                     "<h4>How do I verify a mirror?</h4><p>Check the signed mirror list with our key:</p><pre class=\"pgp\">%s</pre>"
                                     % _pgp("marigold"))))
    s.add(TokenPage("/vendors", page("Vendors", "<h2>Vendors</h2><table class=\"vendors\"><tr><th>Vendor</th><th>Level</th><th>Sales</th>"
                                                "<th>Rating</th><th>Ships from</th></tr>%s</table>"
                                     % "".join("<tr><td><a href=\"%s\">%s</a></td><td>%d</td><td>%d</td><td>%s</td><td>%s %s</td></tr>"
                                               % (L("/vendor/" + k), k, v["level"], v["sales"], v["rating"], v["flag"], v["country"])
                                               for k, v in V.items()))))
    for c_, n in CATS:
        items = [byid[i] for i in catmembers[c_]]
        h, c = truth_of(items)
        s.add(TokenPage("/category/" + c_, page(n, "<h2>%s</h2>%s" % (n, table(items))), hits=h, cas=c, listing=True))
    for k, v in V.items():
        items = [x for x in LIST if x["v"] == k]
        h, c = truth_of(items)
        s.add(TokenPage("/vendor/" + k, page(k,
                                            "<div class=\"vhead\"><h2>%s</h2><span class=\"lvl\">Level %d</span> &middot; %d sales &middot; "
                                            "rating %s &middot; vendor since %s &middot; ships from %s %s</div>"
                                            "<div class=\"vprofile\"><h3>About</h3>%s</div><h3>Listings</h3>%s"
                                            "<h3>PGP key</h3><pre class=\"pgp\">%s</pre>"
                                            % (k, v["level"], v["sales"], v["rating"], v["since"], v["flag"], v["country"], v["profile"],
                                               table(items), _pgp(k))),
                        hits=h, cas=c, claims=v["pclaims"], listing=True))
    for x in LIST:
        v = V[x["v"]]
        opts = "".join("<option value=\"%d\">%s &ndash; $%.2f</option>" % (i, sz, p) for i, (sz, p) in enumerate(x["tiers"]))
        ships = "".join("<option value=\"%d\">%s (+$%d)</option>" % (i, sh, p) for i, (sh, p) in enumerate(x["ship"]))
        head = ("<div class=\"lhead\"><div class=\"limg\"><img src=\"/static/thumb/%s.png\" width=\"256\"></div><div class=\"linfo\">"
                "<h1 class=\"ltitle\">%s</h1><div class=\"lvend\">Sold by <a href=\"%s\">%s</a> <span class=\"lvl\">L%d</span> "
                "<span class=\"fb\">(%d sales, %s&#9733;)</span></div>"
                "<table class=\"lmeta\"><tr><th>Ships from</th><td>%s %s</td></tr><tr><th>Ships to</th><td>%s</td></tr>"
                "<tr><th>Escrow</th><td>Multisig 2-of-3</td></tr><tr><th>Price</th><td class=\"pr\">from $%.2f <span class=\"xmr\">&asymp; %.4f XMR</span></td></tr></table>"
                "<form method=\"post\" action=\"/cart/add\"><input type=\"hidden\" name=\"listing\" value=\"%s\">"
                "<input type=\"hidden\" name=\"csrf\" value=\"{TOK}\"><label>Quantity</label><select name=\"tier\">%s</select>"
                "<label>Shipping</label><select name=\"ship\">%s</select><button type=\"submit\" class=\"buy\">Add to cart</button></form>"
                "</div></div>"
                % (x["id"], x["title"], L("/vendor/" + x["v"]), x["v"], v["level"], v["sales"], v["rating"], v["flag"], v["country"],
                   x["to"], price(x), price(x) / 146.2, x["id"], opts, ships))
        tabs = [("desc", "Description", L("/item/" + x["id"])), ("feedback", "Feedback (%d)" % len(x["fb"]), L("/item/" + x["id"], tab="feedback")),
                ("terms", "Vendor terms", L("/item/" + x["id"], tab="terms"))]

        def tabbar(active):
            return "<ul class=\"tabs\">%s</ul>" % "".join("<li%s><a href=\"%s\">%s</a></li>" % (" class=\"active\"" if k == active else "", u, n)
                                                         for k, n, u in tabs)
        fbh = "".join("<div class=\"fbrow\"><span class=\"stars\">%s</span> <span class=\"buyer\">%s</span> <span class=\"item\">%s</span>"
                      "<p>%s</p></div>" % ("&#9733;" * st, b, esc(it), esc(t)) for st, b, t, it in x["fb"]) or "<p>No feedback yet.</p>"
        base = dict(hits=keys(x["sub"]), cas=cas_set(x["cas"]), listing=True)
        s.add(TokenPage("/item/" + x["id"], page(x["title"], head + tabbar("desc") + "<div class=\"tabbody\">%s</div>" % x["desc"]),
                        claims=x["dclaims"], **base))
        s.add(TokenPage("/item/%s?tab=feedback" % x["id"], page(x["title"], head + tabbar("feedback") + "<div class=\"tabbody\">%s</div>" % fbh),
                        claims=set(), **base))
        s.add(TokenPage("/item/%s?tab=terms" % x["id"], page(x["title"], head + tabbar("terms") +
                                                            "<div class=\"tabbody\"><h3>Terms of %s</h3>%s</div>" % (x["v"], v["terms"])),
                        claims=v["tclaims"], **base))
        s.add(Page("/static/thumb/%s.png" % x["id"], tiny_png(int(x["id"][:4], 16)), ctype="image/png"))
    s.flaky |= {"/item/e5f01c44", "/vendor/hk_precursor_lab", "/category/opioids"}
    s.add(Page("/static/mg.css", "body.dark{background:#111;color:#ddd}.tabs li{display:inline}", ctype="text/css"))
    return s


# ================================================================== 5. regwatch-news (hard negative: news, regulation, patents)

def regwatch():
    s = Site("regwatch-news", "news-regulation")
    s.robots = "User-agent: *\nDisallow: /print/\nDisallow: /wp-login.php\nDisallow: /subscribe/checkout\n"
    s.disallow = ["/print/", "/wp-login.php", "/subscribe/checkout"]
    s.trap_prefix = "/events/"
    s.junk_params = s.junk_params + ["ref", "amp"]

    NEWS = [
        ("/news/2026/11/shenzhen-customs-seize-piperidone-precursors.html", "2026-11-22",
         "Shenzhen customs seize 2 tonnes of fentanyl precursors declared as &lsquo;pigment intermediate&rsquo;",
         "Enforcement", "Lin Yue",
         "<p>SHENZHEN &mdash; Customs officers in Shenzhen have seized about 2 tonnes of 1-Boc-4-piperidone (CAS 79099-07-3) and "
         "300&nbsp;kg of 4-anilinopiperidine (4-AP, CAS 23056-29-3) from an export consignment declared as a pigment intermediate, "
         "the General Administration of Customs said on Friday.</p>"
         "<p>Both chemicals are used to make fentanyl and have been in Table I of the 1988 UN Convention since 2022 and 2024 "
         "respectively. The shipment was bound for Manzanillo, Mexico, via Hong Kong.</p>"
         "<p>Investigators said the sellers had advertised on overseas B2B platforms with promises of &ldquo;100% customs "
         "clearance&rdquo;, &ldquo;free reshipment if seized&rdquo; and &ldquo;any product name on the declaration&rdquo;. Prices quoted "
         "in the adverts ranged from $30 to $45 per kilogram.</p>"
         "<p>The case has been handed to the anti-smuggling bureau. A Chinese-language version of this report is "
         "<a href=\"/zh/news/2026/11/shenzhen-haiguan-chahuo-qianti.html\">available here</a>.</p>"),
        ("/news/2026/10/fake-m30-tablets-protonitazene-alert.html", "2026-10-14",
         "Health alert: fake &lsquo;M30&rsquo; tablets contain protonitazene, strips miss it",
         "Public health", "Dana Whitfield",
         "<p>The state drug-checking service has issued an alert after blue tablets stamped &ldquo;M30&rdquo; and sold as oxycodone were "
         "found to contain protonitazene, in some cases together with fentanyl and xylazine.</p>"
         "<p>&ldquo;Fentanyl test strips will not reliably detect nitazenes,&rdquo; said the service's lead chemist. &ldquo;A "
         "negative strip does not mean a pill is safe.&rdquo; Naloxone reverses nitazene overdoses but repeated doses may be needed.</p>"
         "<p>The service offers free, anonymous testing at six sites; results are published weekly.</p>"),
        ("/news/2026/09/darknet-pill-vendor-sentenced.html", "2026-09-03",
         "Darknet vendor who sold counterfeit &lsquo;blues&rsquo; sentenced to 17 years",
         "Courts", "Mark Osei",
         "<p>A 34-year-old man who sold more than 400,000 counterfeit oxycodone tablets containing fentanyl on darknet markets was "
         "sentenced to 17 years in federal prison on Tuesday.</p>"
         "<p>Prosecutors said his listings promised &ldquo;stealth shipping&rdquo;, &ldquo;free reships if lost&rdquo; and dispatch from a "
         "&ldquo;US warehouse, no customs&rdquo;. He priced 100 tablets at $350 and accepted Monero.</p>"
         "<p>Investigators traced pill presses and 4-ANPP purchases to a supplier in Hong Kong.</p>"),
        ("/news/2026/08/mexico-lab-raid-sinaloa.html", "2026-08-19",
         "Mexican navy dismantles fentanyl lab, finds NPP and 4-ANPP drums",
         "Enforcement", "Ana Beltr&aacute;n",
         "<p>CULIAC&Aacute;N &mdash; Mexican marines raided a clandestine laboratory in Sinaloa and recovered 1.1 tonnes of chemicals, "
         "including drums labelled as N-phenethyl-4-piperidone (NPP) and 4-ANPP, the navy said.</p>"
         "<p>The labels on the drums carried the name of a Chinese trading company that has since removed its listings from "
         "several B2B portals.</p>"),
    ]
    ZH = ("/zh/news/2026/11/shenzhen-haiguan-chahuo-qianti.html", "2026-11-22",
          "深圳海关查获2吨申报为“颜料中间体”的芬太尼类物质前体",
          "<p>本报讯（记者 林悦）深圳海关11月21日通报，关员在对一批出口货物查验时，发现申报为“颜料中间体”的货物实为"
          "1-叔丁氧羰基-4-哌啶酮约2吨、4-苯胺基哌啶约300公斤。上述物质均已列入联合国《1988年公约》表一。</p>"
          "<p>据办案人员介绍，涉案人员在境外电商平台发布广告，承诺“包清关”“被扣免费重发”“可按客户要求更改报关品名”，"
          "货物计划经香港中转后发往墨西哥。目前，案件已移交缉私部门进一步侦办。</p>"
          "<p>海关提醒：任何单位和个人不得非法生产、经营、运输易制毒化学品。</p>"
          "<p class=\"note\">（涉案物质CAS号：1-叔丁氧羰基-4-哌啶酮 79099-07-3；4-苯胺基哌啶 23056-29-3）</p>")
    REG = [
        ("/regulation/us-temporary-scheduling-nitazenes.html", "2026-07-30",
         "Schedules of Controlled Substances: Temporary Placement of Certain Nitazene Substances in Schedule I",
         "<div class=\"fr-meta\"><p><b>AGENCY:</b> Drug Enforcement Administration, Department of Justice.</p>"
         "<p><b>ACTION:</b> Temporary amendment; temporary scheduling order.</p>"
         "<p><b>SUMMARY:</b> The Administrator is issuing this temporary scheduling order to place the substances listed below, "
         "including their isomers, esters, ethers, salts and salts of isomers, esters and ethers, in schedule I. This action "
         "imposes the regulatory controls and administrative, civil and criminal sanctions applicable to schedule I substances.</p>"
         "<p><b>DATES:</b> This temporary scheduling order is effective for two years.</p></div>"
         "<table class=\"fr-table\"><tr><th>Substance</th><th>Chemical name</th><th>CAS No.</th></tr>"
         "<tr><td>Butonitazene</td><td>2-(2-(4-butoxybenzyl)-5-nitro-1H-benzimidazol-1-yl)-N,N-diethylethan-1-amine</td><td>95810-54-1</td></tr>"
         "<tr><td>Etazene (etodesnitazene)</td><td>2-(2-(4-ethoxybenzyl)-1H-benzimidazol-1-yl)-N,N-diethylethan-1-amine</td><td>14030-76-3</td></tr>"
         "<tr><td>Etonitazepyne</td><td>2-(4-ethoxybenzyl)-5-nitro-1-(2-(pyrrolidin-1-yl)ethyl)-1H-benzimidazole</td><td>2785346-75-8</td></tr>"
         "<tr><td>Metonitazene</td><td>N,N-diethyl-2-(2-(4-methoxybenzyl)-5-nitro-1H-benzimidazol-1-yl)ethan-1-amine</td><td>14680-51-4</td></tr>"
         "<tr><td>Protonitazene</td><td>N,N-diethyl-2-(5-nitro-2-(4-propoxybenzyl)-1H-benzimidazol-1-yl)ethan-1-amine</td><td>95958-84-2</td></tr>"
         "</table><p>The Administrator found that these substances have been encountered in forensic casework and associated with "
         "overdose deaths, and are sold online as &ldquo;research chemicals&rdquo;.</p>"),
        ("/regulation/cnd-table-i-fentanyl-precursors.html", "2026-03-18",
         "Commission on Narcotic Drugs: fentanyl precursors in Table I of the 1988 Convention",
         "<p>The table below summarises the fentanyl precursors added to Table I of the 1988 United Nations Convention against Illicit "
         "Traffic in Narcotic Drugs and Psychotropic Substances since 2017.</p>"
         "<table class=\"reg-table\"><tr><th>Substance</th><th>CAS</th><th>Year added</th></tr>"
         "<tr><td>N-Phenethyl-4-piperidone (NPP)</td><td>39742-60-4</td><td>2017</td></tr>"
         "<tr><td>4-Anilino-N-phenethylpiperidine (ANPP)</td><td>21409-26-7</td><td>2017</td></tr>"
         "<tr><td>4-Anilinopiperidine (4-AP)</td><td>23056-29-3</td><td>2022</td></tr>"
         "<tr><td>tert-Butyl 4-(phenylamino)piperidine-1-carboxylate (1-boc-4-AP)</td><td>125541-22-2</td><td>2022</td></tr>"
         "<tr><td>Norfentanyl</td><td>1609-66-1</td><td>2022</td></tr>"
         "<tr><td>4-Piperidone</td><td>41661-47-6</td><td>2024</td></tr>"
         "<tr><td>1-Boc-4-piperidone</td><td>79099-07-3</td><td>2024</td></tr></table>"
         "<p>Governments must now require pre-export notifications for these chemicals. The INCB has warned that traffickers "
         "are switching to unscheduled &ldquo;designer precursors&rdquo; and to mislabelled shipments.</p>"),
        ("/regulation/china-nitazene-class-control.html", "2025-06-05",
         "China adds nitazenes as a class to its non-medical NPS list from 1 July 2025",
         "<p>China's Ministry of Public Security, the National Health Commission and the National Medical Products Administration "
         "announced class-wide control of nitazene-type substances. Using etonitazene as the reference compound, the class covers "
         "substances obtained by (1) replacing the 5-nitro-1H-benzimidazolyl group with a substituted or unsubstituted "
         "1H-benzimidazolyl group; (2) replacing the methylene linker with a substituted or unsubstituted C1&ndash;C2 hydrocarbyl; "
         "(3) replacing 4-ethoxyphenyl with a substituted or unsubstituted aromatic group; (4) replacing the N,N-diethylamino group "
         "with a substituted or unsubstituted amino group.</p><p>Twelve named substances were also added, including etonitazepipne "
         "and N-pyrrolidino protonitazene.</p>"),
    ]
    PAT = [
        ("/patents/cn-preparation-method-boc-4-ap.html", "CN 118209451 A", "2025-11-07",
         "Preparation method of tert-butyl 4-(phenylamino)piperidine-1-carboxylate",
         "Zhejiang Hengde Pharmaceutical Research Institute", "C07D 211/58",
         "The invention discloses a preparation method of tert-butyl 4-(phenylamino)piperidine-1-carboxylate, an intermediate for "
         "piperidine-containing pharmaceuticals. Compared with the prior art, the method reduces solvent consumption, avoids "
         "chromatographic purification and is suitable for industrial production.",
         "1. A preparation method of tert-butyl 4-(phenylamino)piperidine-1-carboxylate, characterised in that &hellip;"),
        ("/patents/us-lateral-flow-fentanyl-analogue-assay.html", "US 2026/0117734 A1", "2026-04-30",
         "Lateral flow immunoassay for broad detection of fentanyl analogues and nitazenes",
         "Riverbend Diagnostics, Inc.", "G01N 33/558; G01N 33/9486",
         "Disclosed are antibodies and lateral-flow test strips that detect fentanyl, carfentanil, acetylfentanyl, furanylfentanyl "
         "and 2-benzylbenzimidazole opioids such as isotonitazene and protonitazene at concentrations of 10&ndash;50 ng/mL in "
         "aqueous drug-residue samples.",
         "1. A lateral flow test strip comprising a conjugate pad carrying an antibody that binds a fentanyl analogue &hellip;"),
        ("/patents/wo-benzimidazole-opioid-modulators.html", "WO 2026/051208 A1", "2026-03-12",
         "Benzimidazole derivatives as peripherally restricted opioid receptor modulators",
         "Auberon Therapeutics", "C07D 235/14; A61P 25/04",
         "The application relates to 2-benzylbenzimidazole derivatives with a quaternary ammonium side chain that do not cross the "
         "blood-brain barrier. Unlike etonitazene (CAS 911-65-9) the compounds are intended to treat peripheral pain without "
         "central opioid effects.",
         "1. A compound of formula (I) or a pharmaceutically acceptable salt thereof &hellip;"),
    ]
    most = NEWS[:3]

    def page(title, main, lang="en", charset="utf-8"):
        return ("<!DOCTYPE html><html lang=\"%s\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">"
                "<title>%s &mdash; RegWatch</title><meta name=\"viewport\" content=\"width=device-width\">"
                "<link rel=\"stylesheet\" href=\"/assets/rw.css\"><script async src=\"/assets/analytics.js\"></script></head><body>"
                "<header class=\"site-header\"><div class=\"brand\"><a href=\"/\">RegWatch</a><span class=\"tag\">Chemical control &amp; "
                "enforcement news</span></div><nav class=\"primary\"><a href=\"/news/\">News</a><a href=\"/regulation/\">Regulation tracker</a>"
                "<a href=\"/patents/\">Patent digest</a><a href=\"/zh/\">中文</a><a href=\"/events/2026-12\">Events</a>"
                "<a href=\"/subscribe/\">Subscribe</a></nav></header><div class=\"layout\"><main>%s</main>"
                "<aside class=\"rail\"><section class=\"most-read\"><h3>Most read</h3><ol>%s</ol></section>"
                "<section class=\"newsletter\"><h3>Weekly briefing</h3><form action=\"/subscribe/checkout\" method=\"post\"><input name=\"email\">"
                "<button>Sign up</button></form></section></aside></div>"
                "<footer class=\"site-footer\"><p><a href=\"/about.html\">About</a> &middot; <a href=\"/about.html#ethics\">Editorial policy</a> "
                "&middot; <a href=\"/subscribe/\">Subscribe</a> &middot; &copy; 2026 RegWatch Media</p></footer></body></html>"
                % (lang, charset, title, main, "".join("<li><a href=\"%s?ref=mostread\">%s</a></li>" % (u, t) for u, _, t, _, _, _ in most)))

    for u, d, t, sec, by, body in NEWS:
        s.add(Page(u, page(t, "<article class=\"story\"><p class=\"kicker\">%s</p><h1>%s</h1><p class=\"byline\">By %s &middot; "
                              "<time datetime=\"%s\">%s</time></p>%s<p class=\"tools\"><a href=\"/print%s\">Print</a></p></article>"
                              % (sec, t, by, d, d, body, u))))
    u, d, t, body = ZH
    s.add(Page(u, page(t, "<article class=\"story\"><p class=\"kicker\">执法</p><h1>%s</h1><p class=\"byline\">%s</p>%s</article>"
                       % (t, d, body), lang="zh-CN", charset="gbk").encode("gbk"),
               ctype="text/html; charset=GBK"))
    s.add(Page("/zh/", page("中文新闻", "<h1>中文新闻</h1><ul><li><a href=\"%s\">%s</a> %s</li></ul>" % (u, t, d),
                            lang="zh-CN", charset="gbk").encode("gbk"), ctype="text/html; charset=GBK"))
    for u, d, t, body in REG:
        s.add(Page(u, page(t, "<article class=\"reg\"><p class=\"kicker\">Regulation tracker</p><h1>%s</h1><p class=\"byline\">Published "
                              "<time>%s</time></p>%s</article>" % (t, d, body))))
    for u, num, d, t, asg, cpc, abstract, claim in PAT:
        s.add(Page(u, page(t, "<article class=\"patent\"><p class=\"kicker\">Patent digest</p><h1>%s</h1>"
                              "<dl class=\"pmeta\"><dt>Publication</dt><dd>%s</dd><dt>Published</dt><dd>%s</dd><dt>Applicant</dt><dd>%s</dd>"
                              "<dt>CPC</dt><dd>%s</dd></dl><section class=\"abstract\"><h2>Abstract</h2><p>%s</p></section>"
                              "<section class=\"claims\"><h2>Claims (excerpt)</h2><p>%s</p></section>"
                              "<p class=\"disclaimer\">RegWatch summarises published applications; the status of a patent says nothing "
                              "about whether a substance is legal to make or sell.</p></article>" % (t, num, d, asg, cpc, abstract, claim))))
    s.add(Page("/news/", page("News", "<h1>News</h1><ul class=\"river\">%s</ul>"
                              % "".join("<li><a href=\"%s\">%s</a> <span class=\"date\">%s</span></li>" % (u, t, d) for u, d, t, _, _, _ in NEWS))))
    s.add(Page("/regulation/", page("Regulation tracker", "<h1>Regulation tracker</h1><ul class=\"river\">%s</ul>"
                                    % "".join("<li><a href=\"%s\">%s</a> <span class=\"date\">%s</span></li>" % (u, t, d) for u, d, t, _ in REG))))
    s.add(Page("/patents/", page("Patent digest", "<h1>Patent digest</h1><ul class=\"river\">%s</ul>"
                                 % "".join("<li><a href=\"%s\">%s</a> &middot; %s</li>" % (u, t, num) for u, num, d, t, _, _, _, _ in PAT))))
    s.add(Page("/", page("Chemical control & enforcement news",
                         "<section class=\"lead\"><h2><a href=\"%s\">%s</a></h2><p>Customs say the sellers promised clearance and "
                         "free reshipment.</p></section><section class=\"grid\"><h3>Latest</h3><ul>%s</ul><h3>Regulation</h3><ul>%s</ul>"
                         "<h3>Patents</h3><ul>%s</ul></section>"
                         % (NEWS[0][0], NEWS[0][2], "".join("<li><a href=\"%s\">%s</a></li>" % (u, t) for u, _, t, _, _, _ in NEWS[1:]),
                            "".join("<li><a href=\"%s\">%s</a></li>" % (u, t) for u, _, t, _ in REG),
                            "".join("<li><a href=\"%s\">%s</a></li>" % (u, t) for u, _, _, t, _, _, _, _ in PAT)))))
    s.add(Page("/about.html", page("About RegWatch", "<h1>About RegWatch</h1><p>Independent reporting on chemical regulation, "
                                   "precursor control and drug-market enforcement since 2014.</p><h2 id=\"ethics\">Editorial policy</h2>"
                                   "<p>We never link to live vendor listings.</p>")))
    s.add(Page("/subscribe/", page("Subscribe", "<h1>Subscribe</h1><p>Institutional licences from &euro;1,200 per year.</p>")))
    s.redirects["/news/latest"] = NEWS[0][0]
    s.add(Page("/assets/rw.css", "body{font-family:Georgia,serif}.rail{width:300px}", ctype="text/css"))
    return s


# ================================================================== 6. twchem-big5 (traditional Chinese B2B board, Big5)

def _big5(html):
    return html.encode("big5", "xmlcharrefreplace")


def twchem():
    s = Site("twchem-big5", "b2b-cn-big5")
    s.robots = "User-agent: *\nDisallow: /member/\nDisallow: /admin/\nDisallow: /inquiry.asp\nDisallow: /search.asp\n"
    s.disallow = ["/member/", "/admin/", "/inquiry.asp", "/search.asp"]
    s.redirects["/"] = "/index.asp"
    s.junk_params = s.junk_params + ["ref", "from"]

    CO = {
        11: dict(name="永信化工原料有限公司", city="台中市西屯區", tel="04-2358-xxxx", line="yongxin_chem",
                 intro="本公司專營醫藥中間體、精細化學品，現貨充足，歡迎來電洽詢。", claims=set()),
        12: dict(name="宏昇國際貿易股份有限公司", city="新北市新莊區", tel="02-2992-xxxx", line="hongsheng_trade",
                 intro="代理大陸優質廠家產品，墨西哥、美國客戶可安排經香港轉運，當地倉庫派送。", claims={"forwarding"}),
        13: dict(name="香港恒達化工貿易有限公司", city="香港九龍觀塘", tel="+852-3590-xxxx", line="hengda_hk",
                 intro="專業出口各類化工原料，提供包清關服務，歐美全境雙清到門。", claims={"customs"}),
        14: dict(name="台南食品添加物行", city="台南市永康區", tel="06-203-xxxx", line="tainan_food",
                 intro="食品級添加物批發，檢驗報告齊全，可開發票。", claims=set()),
    }
    # supply posts: id, title, sub, CAS shown, price, moq, company, description (zh-Hant), claims
    SUP = [
        (2101, "供應 N-苯乙基-4-哌啶酮（NPP）99% 現貨", npp, "39742-60-4", "US$ 380 / 公斤", "1 公斤", 11,
         "N-苯乙基-4-哌啶酮，白色至淡黃色結晶粉末，純度99%以上。包清關，雙清到門；海關扣貨免費重發。", {"customs", "reship"}),
        (2102, "1-叔丁氧羰基-4-哌啶酮 工廠直供", bocpip, "79099-07-3", "US$ 35 / 公斤", "5 公斤", 12,
         "N-Boc-4-哌啶酮，純度98%。經香港轉運，墨西哥當地倉庫派送。", {"forwarding"}),
        (2103, "4-哌啶酮鹽酸鹽 98%", pip4, "41661-47-6", "US$ 25 / 公斤", "1 公斤", 11,
         "4-哌啶酮鹽酸鹽一水合物，品質穩定，量大從優。", set()),
        (2104, "去甲芬太尼 99% 科研用", norfent, "1609-66-1", "US$ 900 / 100克", "10 克", 13,
         "去甲芬太尼，高純度，僅供科研。隱蔽包裝，外箱不顯示任何化學品名稱。", {"stealth"}),
        (2105, "4-苯胺基哌啶 99%", ap4, "23056-29-3", "US$ 95 / 公斤", "1 公斤", 12,
         "4-苯胺基哌啶（N-苯基-4-哌啶胺），白色粉末，現貨供應。", set()),
        (2106, "1-Boc-4-苯胺基哌啶 99% 大量現貨", boc4ap, "125541-22-2", "US$ 40 / 公斤", "1 公斤", 13,
         "1-叔丁氧羰基-4-苯胺基哌啶，HPLC 99%。報關品名可依客戶要求更改；隱蔽包裝，安全到貨。", {"mislabel", "stealth"}),
        (2107, "假麻黃鹼鹽酸鹽 藥用級", pseudo, "90-82-4", "NT$ 5,200 / 公斤", "25 公斤", 11,
         "假麻黃鹼，符合藥典標準，需提供管制藥品登記證方可訂購。", set()),
        (2108, "對氟異丁醯芬太尼（4-FIBF）", fibf, None, "US$ 1,500 / 10克", "1 克", 13,
         "對氟異丁醯芬太尼，純度99.5%，新批次到貨。海關被扣包重發。", {"reship"}),
        (2109, "異托尼秦 99.8% 現貨", isotonit, "14188-81-9", "US$ 2,800 / 100克", "5 克", 13,
         "異托尼秦（Isotonitazene），淡黃色粉末，現貨，當天發貨。", set()),
        (2110, "檸檬酸（無水）食品級", citric, "77-92-9", "NT$ 68 / 公斤", "25 公斤", 14,
         "無水檸檬酸，食品級，25公斤裝，可開發票。", set()),
        (2111, "咖啡因（無水）USP", caffeine, "58-08-2", "NT$ 820 / 公斤", "1 公斤", 14,
         "無水咖啡因，USP級，附檢驗報告。", set()),
        (2112, "苯佐卡因 99%", benzocaine, "94-09-7", "US$ 18 / 公斤", "1 公斤", 11,
         "苯佐卡因（對胺基苯甲酸乙酯），醫藥級。", set()),
        (2113, "4-苯胺基-N-苯乙基哌啶（4-ANPP）保證清關", anpp, "21409-26-7", "US$ 1,150 / 公斤", "100 克", 12,
         "4-苯胺基-N-苯乙基哌啶，純度99%。保證清關，美國、加拿大、墨西哥均可。", {"customs"}),
    ]
    BUY = [
        (501, "求購 N-苯乙基-4-哌啶酮 5公斤", "39742-60-4", "墨西哥客戶長期求購，請報CIF價格。", "2026-11-25"),
        (502, "求購 卡芬太尼 標準品", "59708-52-0", "大學實驗室求購卡芬太尼標準品，需具備管制藥品證照。", "2026-11-19"),
        (503, "求購 咖啡因 1噸", "58-08-2", "飲料工廠求購無水咖啡因，每月1噸。", "2026-11-12"),
    ]
    NEWS = [
        (77, "調查局查獲偽報「顏料中間體」之芬太尼前驅物",
         "<p>法務部調查局日前於基隆港查獲一批申報為「顏料中間體」的貨物，經鑑定為1-叔丁氧羰基-4-苯胺基哌啶約120公斤，"
         "屬列管先驅化學品。業者在網路上宣稱「包清關」、「被扣重發」。全案已移送地檢署偵辦。</p>"),
        (78, "食藥署公告新增列管先驅化學品",
         "<p>衛生福利部食品藥物管理署公告，4-哌啶酮（CAS 41661-47-6）及1-叔丁氧羰基-4-哌啶酮（CAS 79099-07-3）"
         "自公告日起列為先驅化學品工業原料，輸出入及製造均須申報。</p>"),
    ]
    hot = "熱門搜尋：<a href=\"/search.asp?kw=芬太尼\">芬太尼</a> <a href=\"/search.asp?kw=卡芬太尼\">卡芬太尼</a> " \
          "<a href=\"/search.asp?kw=4-哌啶酮\">4-哌啶酮</a> <a href=\"/search.asp?kw=麻黃鹼\">麻黃鹼</a> " \
          "<a href=\"/search.asp?kw=39742-60-4\">39742-60-4</a> <a href=\"/search.asp?kw=尼秦\">尼秦</a>"
    bysid = {x[0]: x for x in SUP}
    recommend = [2101, 2108]

    def page(title, main):
        rec = "".join("<tr><td><a href=\"/supply/show.asp?id=%d\">%s</a><br><font color=\"#cc0000\">%s</font></td></tr>"
                      % (i, esc(bysid[i][1]), esc(bysid[i][4])) for i in recommend)
        return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">"
                "<title>%s - 台灣化工供需網</title><link href=\"/css/style.css\" rel=\"stylesheet\" type=\"text/css\">"
                "<script language=\"javascript\" src=\"/js/menu.js\"></script></head>"
                "<body topmargin=\"0\" leftmargin=\"0\"><table width=\"980\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">"
                "<tr><td class=\"top\"><a href=\"/index.asp\"><img src=\"/images/logo.gif\" border=\"0\" alt=\"台灣化工供需網\"></a>"
                "　<a href=\"/member/login.asp\">會員登入</a>｜<a href=\"/member/reg.asp\">免費註冊</a>｜<a href=\"/member/post.asp\">發布資訊</a></td></tr>"
                "<tr><td class=\"nav\"><a href=\"/index.asp\">首頁</a>　<a href=\"/supply/list.asp?page=1\">供應資訊</a>　"
                "<a href=\"/buy/list.asp\">求購資訊</a>　<a href=\"/company/list.asp\">廠商名錄</a>　<a href=\"/news/list.asp\">產業新聞</a>　"
                "<a href=\"/about.asp\">關於我們</a></td></tr>"
                "<tr><td class=\"hot\"><form action=\"/search.asp\" method=\"get\"><input name=\"kw\" size=\"30\"><input type=\"submit\" value=\"搜尋\"></form>%s</td></tr>"
                "<tr><td><table width=\"100%%\" border=\"0\" cellspacing=\"0\" cellpadding=\"4\"><tr>"
                "<td width=\"200\" valign=\"top\" class=\"left\"><table class=\"box\" width=\"100%%\"><tr><th>推薦產品</th></tr>%s</table>"
                "<table class=\"box\" width=\"100%%\"><tr><th>產品分類</th></tr><tr><td>醫藥中間體<br>食品添加劑<br>有機化工原料<br>實驗試劑</td></tr></table></td>"
                "<td valign=\"top\" class=\"main\">%s</td></tr></table></td></tr>"
                "<tr><td class=\"foot\">版權所有 © 2006-2026 台灣化工供需網　客服信箱：service@twchem.example　"
                "本站僅提供資訊交流平台，交易請自行確認對方資質。</td></tr></table></body></html>"
                % (title, hot, rec, main))

    def add(path, html, ctype="text/html", **kw):
        s.add(Page(path, _big5(html), ctype=ctype, **kw))

    def sup_rows(items):
        return "".join("<tr><td><a href=\"/supply/show.asp?id=%d\">%s</a></td><td>%s</td><td>%s</td><td>%s</td>"
                       "<td><a href=\"/company/show.asp?cid=%d\">%s</a></td></tr>"
                       % (i, esc(t), c or "－", esc(pr), esc(moq), co, CO[co]["name"]) for i, t, _, c, pr, moq, co, _, _ in items)

    pages = paginate(SUP, 5)
    for pg, chunk in enumerate(pages, 1):
        nav = "　".join("<a href=\"/supply/list.asp?page=%d\">[%d]</a>" % (k, k) for k in range(1, len(pages) + 1))
        add("/supply/list.asp?page=%d" % pg,
            page("供應資訊 第%d頁" % pg, "<div class=\"pos\">目前位置：<a href=\"/index.asp\">首頁</a> &gt; 供應資訊</div>"
                 "<table class=\"list\" width=\"100%%\" border=\"1\" cellspacing=\"0\"><tr><th>品名</th><th>CAS</th><th>價格</th><th>起訂量</th>"
                 "<th>公司</th></tr>%s</table><div class=\"page\">共%d筆　%s</div>" % (sup_rows(chunk), len(SUP), nav)),
            ctype="text/html; charset=big5",
            hits=keys(*[x[2] for x in chunk]), cas=cas_set(*[x[3] for x in chunk]), listing=True)
    for i, t, sub, c, pr, moq, co, desc, cl in SUP:
        add("/supply/show.asp?id=%d" % i,
            page(t, "<div class=\"pos\">目前位置：<a href=\"/index.asp\">首頁</a> &gt; <a href=\"/supply/list.asp?page=1\">供應資訊</a> &gt; %s</div>"
                 "<h1 class=\"title\">%s</h1><table class=\"detail\" width=\"100%%\" border=\"1\" cellspacing=\"0\">"
                 "<tr><td width=\"100\">產品名稱</td><td>%s</td></tr><tr><td>CAS號</td><td>%s</td></tr><tr><td>價格</td><td>%s</td></tr>"
                 "<tr><td>起訂量</td><td>%s</td></tr><tr><td>發布日期</td><td>2026-11-%02d</td></tr></table>"
                 "<div class=\"desc\"><b>產品說明：</b><p>%s</p></div>"
                 "<div class=\"contact\"><b>聯絡方式</b><br>公司：<a href=\"/company/show.asp?cid=%d\">%s</a><br>電話：%s<br>LINE ID：%s<br>"
                 "<a href=\"/inquiry.asp?id=%d\">線上詢價</a></div>"
                 % (esc(t), esc(t), esc(t.replace("供應 ", "")), c or "請來電洽詢", esc(pr), esc(moq), 1 + i % 28, desc, co,
                    CO[co]["name"], CO[co]["tel"], CO[co]["line"], i)),
            hits=keys(sub), cas=cas_set(c), claims=cl, listing=True)
    for cid, co in CO.items():
        items = [x for x in SUP if x[6] == cid]
        add("/company/show.asp?cid=%d" % cid,
            page(co["name"], "<h1 class=\"title\">%s</h1><table class=\"detail\" width=\"100%%\" border=\"1\" cellspacing=\"0\">"
                 "<tr><td width=\"100\">地址</td><td>%s</td></tr><tr><td>電話</td><td>%s</td></tr><tr><td>LINE ID</td><td>%s</td></tr></table>"
                 "<div class=\"desc\"><b>公司簡介：</b><p>%s</p></div><h3>供應產品</h3>"
                 "<table class=\"list\" width=\"100%%\" border=\"1\" cellspacing=\"0\"><tr><th>品名</th><th>CAS</th><th>價格</th><th>起訂量</th>"
                 "<th>公司</th></tr>%s</table>" % (co["name"], co["city"], co["tel"], co["line"], co["intro"], sup_rows(items))),
            ctype="text/html; charset=big5",
            hits=keys(*[x[2] for x in items]), cas=cas_set(*[x[3] for x in items]), claims=co["claims"], listing=True)
    add("/company/list.asp", page("廠商名錄", "<h1 class=\"title\">廠商名錄</h1><ul>%s</ul>"
                                  % "".join("<li><a href=\"/company/show.asp?cid=%d\">%s</a>（%s）</li>" % (k, c["name"], c["city"])
                                            for k, c in CO.items())),
        ctype="text/html; charset=big5")
    add("/buy/list.asp", page("求購資訊", "<div class=\"pos\">目前位置：<a href=\"/index.asp\">首頁</a> &gt; 求購資訊</div>"
                              "<table class=\"list\" width=\"100%%\" border=\"1\" cellspacing=\"0\"><tr><th>求購標題</th><th>CAS</th><th>日期</th></tr>%s</table>"
                              % "".join("<tr><td><a href=\"/buy/show.asp?id=%d\">%s</a></td><td>%s</td><td>%s</td></tr>" % (i, t, c, d)
                                        for i, t, c, _, d in BUY)),
        ctype="text/html; charset=big5")
    for i, t, c, body, d in BUY:
        add("/buy/show.asp?id=%d" % i, page(t, "<h1 class=\"title\">%s</h1><table class=\"detail\" width=\"100%%\" border=\"1\" cellspacing=\"0\">"
                                               "<tr><td width=\"100\">CAS號</td><td>%s</td></tr><tr><td>發布日期</td><td>%s</td></tr></table>"
                                               "<div class=\"desc\"><p>%s</p></div><div class=\"contact\"><a href=\"/member/login.asp\">登入後查看聯絡方式</a></div>"
                                               % (t, c, d, body)))
    add("/news/list.asp", page("產業新聞", "<h1 class=\"title\">產業新聞</h1><ul>%s</ul>"
                               % "".join("<li><a href=\"/news/show.asp?id=%d\">%s</a></li>" % (i, t) for i, t, _ in NEWS)),
        ctype="text/html; charset=big5")
    for i, t, body in NEWS:
        add("/news/show.asp?id=%d" % i, page(t, "<h1 class=\"title\">%s</h1><div class=\"news\">%s</div>" % (t, body)))
    add("/index.asp", page("首頁", "<table class=\"box\" width=\"100%%\"><tr><th>網站公告</th></tr><tr><td><marquee scrollamount=\"3\">"
                                  "本站嚴禁發布管制藥品交易資訊，違者刪除帳號。</marquee></td></tr></table>"
                                  "<table class=\"box\" width=\"100%%\"><tr><th>最新入駐廠商</th></tr>%s</table>"
                                  "<table class=\"box\" width=\"100%%\"><tr><th>快速入口</th></tr><tr><td><a href=\"/supply/list.asp?page=1\">供應資訊</a>　"
                                  "<a href=\"/buy/list.asp\">求購資訊</a>　<a href=\"/news/list.asp\">產業新聞</a></td></tr></table>"
                                  % "".join("<tr><td><a href=\"/company/show.asp?cid=%d\">%s</a></td></tr>" % (k, c["name"]) for k, c in CO.items())),
        ctype="text/html; charset=big5")
    add("/about.asp", page("關於我們", "<h1 class=\"title\">關於我們</h1><p>台灣化工供需網成立於2006年，提供化工原料供需資訊交流。</p>"))
    s.add(Page("/images/logo.gif", tiny_png(44), ctype="image/png"))
    s.add(Page("/css/style.css", "body{font-size:12px}.list th{background:#eef}", ctype="text/css"))
    return s


def sites():
    return [nordlab(), chemindex(), poppy_forum(), marigold(), regwatch(), twchem()]


if __name__ == "__main__":
    for site in sites():
        t = site.truth()
        print("%-16s pages=%2d hits=%2d cas=%2d claims=%2d listing=%2d" % (
            site.name, len(t), sum(len(p["hits"]) for p in t.values()), sum(len(p["cas"]) for p in t.values()),
            sum(len(p["claims"]) for p in t.values()), sum(p["listing"] for p in t.values())))
