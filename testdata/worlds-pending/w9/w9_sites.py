"""World w9: six simulated chemical-marketplace sites from six site families.

apex-bc        BigCommerce (Stencil/Cornerstone) storefront of a "research chemical" supplier (EN)
indiatrade     Tradeindia/ExportersIndia-style Indian B2B portal with seller micro-sites (EN)
synthboard     Invision Community (IPS 4) forum with a vendor marketplace (EN + RU)
kimyadepo      Turkish IdeaSoft shop served in windows-1254 (TR)
zhiwen         Zhihu-style Chinese Q&A + column articles (simplified + traditional)
pharmwiki      MediaWiki pharmacology wiki - hard negative: names, CAS, trafficking talk, no offers

Python 3 standard library only. Truth rules are in NOTES.md beside this file.
"""
import json
import re
from marketsim import Site, Page, S, NOVEL, BENIGN, esc, paginate, tiny_png

F, N = "fentanyl", "nitazene"

# ---------------------------------------------------------------- substances (truth key = CAS or class:)
fentanyl = S("437-38-7", "Fentanyl", cls=F)
carfent = S("59708-52-0", "Carfentanil", cls=F)
acetylf = S("3258-84-2", "Acetylfentanyl", cls=F)
furanylf = S("101345-66-8", "Furanylfentanyl", cls=F)
valerylf = S("122882-90-0", "Valerylfentanyl", cls=F)
cyprof = S("1169-68-2", "Cyclopropylfentanyl", cls=F)
fibf = S("244195-32-2", "4-Fluoroisobutyrylfentanyl", cls=F)
npp = S("39742-60-4", "NPP")
anpp = S("21409-26-7", "4-ANPP")
ap4 = S("23056-29-3", "4-AP")
boc4ap = S("125541-22-2", "1-Boc-4-AP")
norfent = S("1609-66-1", "Norfentanyl")
pip4 = S("41661-47-6", "4-Piperidone")
bocpip = S("79099-07-3", "1-Boc-4-piperidone")
isoton = S("14188-81-9", "Isotonitazene", cls=N)
meton = S("14680-51-4", "Metonitazene", cls=N)
proton = S("95958-84-2", "Protonitazene", cls=N)
etonpyne = S("2785346-75-8", "Etonitazepyne", cls=N)
buton = S("95810-54-1", "Butonitazene", cls=N)
xylazine = S("7361-61-7", "Xylazine")
bromazolam = S("71368-80-4", "Bromazolam")
map237 = S("98608-61-8", "2-Methyl-AP-237")
brorphine = S("2244737-98-0", "Brorphine")
u47700 = S("121348-98-9", "U-47700")
ketamine = S("6740-88-1", "Ketamine")
bmkgly = S("80532-66-7", "BMK methyl glycidate")
pmkgly = S("13605-48-6", "PMK methyl glycidate")
# analogues on no list by name: only a class rule catches them
nov_f1 = NOVEL(F, "N-(2-methoxyphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]cyclobutanecarboxamide")
nov_f2 = NOVEL(F, "N-(4-fluorophenyl)-N-[1-(2-phenylpropyl)piperidin-4-yl]propanamide")
nov_n1 = NOVEL(N, "Isotonitazepyne")
# benign (valid CAS, on no list)
caffeine = BENIGN("58-08-2", "Caffeine")
nacl = BENIGN("7647-14-5", "Sodium chloride")
citric = BENIGN("77-92-9", "Citric acid")
benzocaine = BENIGN("94-09-7", "Benzocaine")
lidocaine = BENIGN("137-58-6", "Lidocaine")
lidohcl = BENIGN("73-78-9", "Lidocaine hydrochloride")
paracet = BENIGN("103-90-2", "Paracetamol")
mannitol = BENIGN("69-65-8", "D-Mannitol")
naloxone = BENIGN("465-65-6", "Naloxone")
vitc = BENIGN("50-81-7", "Ascorbic acid")
procaine = BENIGN("59-46-1", "Procaine")
inositol = BENIGN("87-89-8", "Inositol")
lactose = BENIGN("63-42-3", "Lactose")
phenacetin = BENIGN("62-44-2", "Phenacetin")
msm = BENIGN("67-71-0", "Dimethyl sulfone")
glycine = BENIGN("56-40-6", "Glycine")
bicarb = BENIGN("144-55-8", "Sodium bicarbonate")
boric = BENIGN("10043-35-3", "Boric acid")
levamisole = BENIGN("14769-73-4", "Levamisole")
bzpip = BENIGN("3612-20-2", "N-Benzyl-4-piperidone")     # near miss: not a listed precursor
bocpz = BENIGN("57260-71-6", "1-Boc-piperazine")         # near miss
isonip = BENIGN("498-94-2", "Isonipecotic acid")          # near miss
phetbr = BENIGN("103-63-9", "(2-Bromoethyl)benzene")      # near miss
tetracaine = BENIGN("94-24-6", "Tetracaine")
NOSUB = BENIGN("", "none")                                # a product with no chemical identity


def valid_cas(c):
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", c or "")
    if not m:
        return False
    d = m.group(1) + m.group(2)
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(m.group(3))


def canon_cas(shown):
    """The canonical form of a CAS number as shown (dashes, spaces or none); '' if not valid."""
    if not shown:
        return ""
    d = re.sub(r"\D", "", shown)
    if len(d) < 5:
        return ""
    c = "%s-%s-%s" % (d[:-3], d[-3:-1], d[-1])
    return c if valid_cas(c) else ""


for _s in list(globals().values()):
    if hasattr(_s, "cas") and getattr(_s, "cas") and hasattr(_s, "names"):
        assert valid_cas(_s.cas), _s.cas


class Offer:
    """One thing offered on a page. cas: 'same' = the substance's CAS, None = not shown,
    or the string exactly as shown (may be dashless or a salt's CAS)."""
    def __init__(self, sub, title, cas="same", price="", claims=(), desc="", sale=True, **kw):
        self.sub, self.title, self.price, self.desc, self.sale = sub, title, price, desc, sale
        self.cas_shown = sub.cas if cas == "same" else cas
        self.claims = list(claims)       # (kind, text)
        self.__dict__.update(kw)

    @property
    def key(self):
        return self.sub.key if self.sale else ""

    @property
    def cas(self):
        return canon_cas(self.cas_shown)


def truth_of(offers, extra_claims=(), claims_shown=True, cas_shown=True):
    """Truth of a page showing these offers. claims_shown=False: the page shows the offers
    without their shipping text (a grid of cards); cas_shown=False: without their CAS."""
    hits = {o.key for o in offers if o.key}
    cas = {o.cas for o in offers if o.cas} if cas_shown else set()
    claims = ({k for o in offers for k, _ in o.claims} if claims_shown else set()) | set(extra_claims)
    return dict(hits=hits, cas=cas, claims=claims)


def ctext(o):
    return " ".join(t for _, t in o.claims)


def slugify(s):
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s[:60].strip("-")

# ================================================================ 1. apex-bc (BigCommerce Cornerstone)

def apex_bc():
    s = Site("apex-bc", "storefront-bigcommerce")
    s.robots = ("User-agent: *\nDisallow: /account.php\nDisallow: /cart.php\nDisallow: /checkout\n"
                "Disallow: /finishorder.php\nDisallow: /login.php\nDisallow: /orderstatus.php\n"
                "Disallow: /postreview.php\nDisallow: /productimage.php\nDisallow: /productupdates.php\n"
                "Disallow: /remote.php\nDisallow: /search.php\nDisallow: /viewfile.php\nDisallow: /wishlist.php\n"
                "Disallow: /compare\nDisallow: /*sort=*\nSitemap: /xmlsitemap.php\n")
    s.disallow = ["/account.php", "/cart.php", "/checkout", "/login.php", "/search.php", "/wishlist.php",
                  "/compare", "/remote.php", "/postreview.php"]
    s.rate_limit = 12
    s.junk_params = ["sort", "limit", "mode", "setCurrencyId", "price_min", "price_max", "utm_source", "utm_medium", "utm_campaign"]
    CL = {
        "customs": "All international orders ship DDP &ndash; customs clearance is handled by us, 100% clearance rate to US, CA, AU and the EU.",
        "stealth": "Discreet, vacuum-sealed double-bag packaging with no chemical names on the outer box.",
        "reship": "If a parcel is seized or held by customs we reship once free of charge &ndash; just send us the tracking notice.",
        "mislabel": "On request the commercial invoice can list the goods as &lsquo;cosmetic raw material&rsquo;.",
        "forwarding": "US orders ship domestically from our New Jersey forwarding warehouse (no customs).",
    }
    def c(*kinds):
        return [(k, CL[k]) for k in kinds]
    cats = {
        "pharmaceutical-intermediates": "Pharmaceutical Intermediates",
        "research-compounds": "Research Compounds",
        "lab-reagents": "Lab Reagents &amp; Excipients",
        "harm-reduction": "Harm Reduction",
    }
    P = [
        Offer(npp, "1-Phenethyl-4-piperidone (NPP) 99.7% &ndash; 100 g", price="$340.00", cat="pharmaceutical-intermediates",
              claims=c("customs"), desc="White to off-white crystalline powder. Batch COA (HPLC 99.7%) included with every order."),
        Offer(anpp, "4-A.N.P.P. (Despropionyl) &ndash; 50 g", price="$410.00", cat="pharmaceutical-intermediates",
              claims=c("stealth", "reship"), desc="N-Phenyl-1-(2-phenylethyl)piperidin-4-amine, research grade."),
        Offer(bocpip, "N-Boc-4-Piperidone, 99% &ndash; 250 g", price="$96.00", cat="pharmaceutical-intermediates",
              desc="tert-Butyl 4-oxopiperidine-1-carboxylate. Stock in NJ, same-day dispatch."),
        Offer(pip4, "Piperidin-4-one (4-Piperidinone) 98%", price="$120.00", cat="pharmaceutical-intermediates",
              claims=c("forwarding"), desc="Free base, supplied as pale yellow oil/solid."),
        Offer(bzpip, "N-Benzyl-4-piperidone 99%", price="$58.00", cat="pharmaceutical-intermediates",
              desc="1-Benzylpiperidin-4-one. Common building block; not a listed chemical."),
        Offer(bocpz, "1-Boc-piperazine, 98%", price="$44.00", cat="pharmaceutical-intermediates",
              desc="tert-Butyl piperazine-1-carboxylate."),
        Offer(phetbr, "(2-Bromoethyl)benzene 98% &ndash; 500 mL", price="$71.00", cat="pharmaceutical-intermediates",
              claims=c("mislabel"), desc="Phenethyl bromide, stabilised."),
        Offer(xylazine, "Xylazine Hydrochloride USP (veterinary)", cas="23076-35-9", price="$150.00", cat="research-compounds",
              claims=c("stealth"), desc="Xylazine HCl, alpha-2 agonist reference material, 25 g jar."),
        Offer(nov_f1, "OMCBF &ndash; research compound 1 g", cas=None, price="$260.00", cat="research-compounds",
              claims=c("reship", "stealth"),
              desc="IUPAC: N-(2-methoxyphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]cyclobutanecarboxamide. "
                   "New analytical reference standard, not for human consumption."),
        Offer(bromazolam, "Bromazolam pellets 1 mg (x100)", price="$85.00", cat="research-compounds",
              desc="8-Bromo-1-methyl-6-phenyl-4H-[1,2,4]triazolo[4,3-a][1,4]benzodiazepine."),
        Offer(map237, "2-MAP-237 HCl 5 g", cas="98608-61-8", price="$190.00", cat="research-compounds",
              claims=c("customs"), desc="2-Methyl-AP-237, crystalline. Analytical grade."),
        Offer(caffeine, "Caffeine Anhydrous USP &ndash; 1 kg", price="$39.00", cat="lab-reagents", desc="Food/pharma grade."),
        Offer(lidohcl, "Lidocaine HCl 99% &ndash; 100 g", price="$48.00", cat="lab-reagents", desc="Lidocaine hydrochloride monohydrate."),
        Offer(inositol, "Inositol (myo-) powder 500 g", price="$22.00", cat="lab-reagents", desc="Excipient grade."),
        Offer(mannitol, "D-Mannitol 1 kg", price="$26.00", cat="lab-reagents", desc="Excipient grade."),
        Offer(procaine, "Procaine base 100 g", price="$35.00", cat="lab-reagents", desc="Local anaesthetic reference."),
        Offer(NOSUB, "Fentanyl Test Strips (25-pack)", cas=None, price="$25.00", cat="harm-reduction",
              desc="Lateral-flow immunoassay strips that detect fentanyl and many analogues at 20 ng/mL. "
                   "For drug-checking only. We do not sell fentanyl."),
        Offer(naloxone, "Naloxone HCl reference standard 1 g", price="$65.00", cat="harm-reduction",
              desc="Opioid antagonist, analytical reference."),
    ]
    for i, o in enumerate(P):
        o.pid = 112 + i * 3
        o.slug = "/" + slugify(re.sub("&[a-z]+;", " ", o.title)) + "/"
        o.sku = "APX-%04d" % (3100 + i)
    # old product URLs (pre-migration) 301 to the current slug; some cards still use them
    for o in P[::4]:
        s.redirects["/products/%d" % o.pid] = o.slug

    store_hash = "s-7k2m9p4qz3"
    def head(title, page_type, canonical, extra=""):
        return (
            "<!DOCTYPE html>\n<html class=\"no-js\" lang=\"en\">\n<head>\n<title>%s</title>\n"
            "<meta property=\"product:price:currency\" content=\"USD\" />\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<link href=\"https://cdn11.bigcommerce.com/%s/product_images/favicon.png?t=1700712345\" rel=\"shortcut icon\">\n"
            "<link rel=\"canonical\" href=\"%s\" />\n"
            "<link data-stencil-stylesheet href=\"https://cdn11.bigcommerce.com/%s/stencil/1f7b2a70-5c1d-013d-2f0a-6a3cd3d9e0a1/css/theme-5e3c1120-8a4f-013d-8cf4-3e2a1d4f6b0e.css\" rel=\"stylesheet\">\n"
            "<script>window.lazySizesConfig = window.lazySizesConfig || {}; window.lazySizesConfig.loadMode = 1;</script>\n"
            "<script async src=\"https://cdn11.bigcommerce.com/%s/stencil/1f7b2a70-5c1d-013d-2f0a-6a3cd3d9e0a1/dist/theme-bundle.head_async.js\"></script>\n"
            "<script type=\"text/javascript\">var BCData = {\"csrf_token\":\"7c1e0b9b4f2a\"};</script>\n%s</head>\n"
            "<body class=\"%s\">\n<svg data-src=\"https://cdn11.bigcommerce.com/%s/stencil/icons/icon-sprite.svg\" class=\"icons-svg-sprite\"></svg>\n"
            "<header class=\"header\" role=\"banner\">\n<a href=\"#\" class=\"mobileMenu-toggle\" data-mobile-menu-toggle=\"menu\"><span class=\"mobileMenu-toggleIcon\">Toggle menu</span></a>\n"
            "<nav class=\"navUser\"><ul class=\"navUser-section navUser-section--alt\">"
            "<li class=\"navUser-item\"><a class=\"navUser-action navUser-item--compare\" href=\"/compare\" data-compare-nav>Compare <span class=\"countPill countPill--positive countPill--alt\"></span></a></li>"
            "<li class=\"navUser-item\"><a class=\"navUser-action navUser-action--quickSearch\" href=\"/search.php\" data-search=\"quickSearch\">Search</a></li>"
            "<li class=\"navUser-item navUser-item--account\"><a class=\"navUser-action\" href=\"/login.php\">Sign in</a> <span class=\"navUser-or\">or</span> <a class=\"navUser-action\" href=\"/login.php?action=create_account\">Register</a></li>"
            "<li class=\"navUser-item navUser-item--cart\"><a class=\"navUser-action\" data-cart-preview href=\"/cart.php\"><span class=\"navUser-item-cartLabel\">Cart</span> <span class=\"countPill cart-quantity\"></span></a></li>"
            "</ul></nav>\n<div class=\"header-logo header-logo--center\"><a href=\"/\" class=\"header-logo__link\" data-header-logo-link><span class=\"header-logo-text\">Apex Synthesis Supply</span></a></div>\n"
            "<div class=\"navPages-container\" id=\"menu\" data-menu><nav class=\"navPages\"><ul class=\"navPages-list\">%s"
            "<li class=\"navPages-item\"><a class=\"navPages-action\" href=\"/shipping-returns/\">Shipping &amp; Returns</a></li>"
            "<li class=\"navPages-item\"><a class=\"navPages-action\" href=\"/blog/\">Blog</a></li></ul></nav></div>\n"
            "</header>\n<div data-content-region=\"header_bottom--global\"><div class=\"announcement-bar\"><p>Free US shipping on orders over $250 &middot; Wholesale pricing on request</p></div></div>\n"
            "<main class=\"body\" id=\"main-content\" role=\"main\" data-currency-code=\"USD\">\n<div class=\"container\">\n"
        ) % (esc(re.sub("&[a-z]+;", "-", title)), store_hash, canonical, store_hash, store_hash, extra, page_type, store_hash,
             "".join("<li class=\"navPages-item\"><a class=\"navPages-action\" href=\"/%s/\">%s</a></li>" % (k, v)
                     for k, v in cats.items()))

    def foot(page_type):
        return (
            "</div>\n</main>\n<footer class=\"footer\" role=\"contentinfo\"><h2 class=\"footer-title-sr-only\">Footer Start</h2>"
            "<div class=\"container\"><section class=\"footer-info\">"
            "<article class=\"footer-info-col footer-info-col--small\" data-section-type=\"footer-webPages\"><h3 class=\"footer-info-heading\">Navigate</h3>"
            "<ul class=\"footer-info-list\"><li><a href=\"/shipping-returns/\">Shipping &amp; Returns</a></li><li><a href=\"/about-us/\">About Us</a></li>"
            "<li><a href=\"/faq/\">FAQ</a></li><li><a href=\"/contact-us/\">Contact Us</a></li><li><a href=\"/blog/\">Blog</a></li><li><a href=\"/sitemap.php\">Sitemap</a></li></ul></article>"
            "<article class=\"footer-info-col footer-info-col--small\" data-section-type=\"footer-categories\"><h3 class=\"footer-info-heading\">Categories</h3><ul class=\"footer-info-list\">%s</ul></article>"
            "<article class=\"footer-info-col footer-info-col--small\" data-section-type=\"footer-brands\"><h3 class=\"footer-info-heading\">Best Sellers</h3>"
            "<ul class=\"footer-info-list\"><li>NPP 99.7%%</li><li>4-ANPP</li><li>N-Boc-4-Piperidone</li><li>Xylazine HCl</li></ul></article>"
            "<article class=\"footer-info-col footer-info-col--small\" data-section-type=\"storeInfo\"><h3 class=\"footer-info-heading\">Info</h3>"
            "<address>Apex Synthesis Supply LLC<br>1180 Route 22, Suite 4<br>Bridgewater, NJ 08807</address><strong>Call us at (908) 555-0143</strong></article>"
            "<article class=\"footer-info-col\" data-section-type=\"newsletterSubscription\"><h3 class=\"footer-info-heading\">Subscribe to our newsletter</h3>"
            "<form class=\"form\" action=\"/subscribe.php\" method=\"post\"><fieldset class=\"form-fieldset\"><input type=\"hidden\" name=\"action\" value=\"subscribe\">"
            "<input class=\"form-input\" id=\"nl_email\" name=\"nl_email\" type=\"email\" placeholder=\"Your email address\"><input class=\"button button--primary form-prefixPostfix-button--postfix\" type=\"submit\" value=\"Subscribe\"></fieldset></form></article>"
            "</section><div class=\"footer-copyright\"><p class=\"powered-by\">&copy; 2026 Apex Synthesis Supply. All products are sold for laboratory research only.</p></div>"
            "<div class=\"footer-copyright\"><p class=\"powered-by\">Powered by <a href=\"https://www.bigcommerce.com?utm_source=merchant&amp;utm_medium=poweredbyBC\" rel=\"nofollow\">BigCommerce</a></p></div></div></footer>\n"
            "<div class=\"cookieMessage\" data-privacy-banner><div class=\"cookieMessage-container\"><div class=\"cookieMessage-text\"><p>This website requires cookies to provide all of its features. "
            "For more information on what data is contained in the cookies, please see our <a href=\"/privacy-policy/\">Privacy Policy</a> page.</p></div>"
            "<div class=\"cookieMessage-actions\"><button class=\"button button--small\" data-privacy-banner-button>OK</button></div></div></div>\n"
            "<script>window.__webpack_public_path__ = \"https://cdn11.bigcommerce.com/%s/stencil/1f7b2a70-5c1d-013d-2f0a-6a3cd3d9e0a1/dist/\";</script>\n"
            "<script src=\"https://cdn11.bigcommerce.com/%s/stencil/1f7b2a70-5c1d-013d-2f0a-6a3cd3d9e0a1/dist/theme-bundle.main.js\"></script>\n"
            "<script>window.stencilBootstrap(\"%s\", \"{\\\"themeSettings\\\":{\\\"optimizedCheckout-formChecklist-color\\\":\\\"#ffffff\\\",\\\"product_list_display_mode\\\":\\\"grid\\\"},\\\"genericError\\\":\\\"Oops! Something went wrong.\\\"}\").load();</script>\n"
            "<script type=\"text/javascript\" src=\"https://cdn11.bigcommerce.com/shared/js/csrf-protection-header-5eeddd5de78d98d146ef4fd71b2aedce4161903e.js\" defer></script>\n"
            "</body>\n</html>\n"
        ) % ("".join("<li><a href=\"/%s/\">%s</a></li>" % (k, v) for k, v in cats.items()), store_hash, store_hash, page_type)

    def card(o, pos, link=None):
        link = link or o.slug
        return (
            "<li class=\"product\"><article class=\"card\" data-test=\"card-%d\" data-event-type=\"list\" data-entity-id=\"%d\" data-position=\"%d\" "
            "data-name=\"%s\" data-product-category=\"%s\" data-product-brand=\"Apex\" data-product-price=\"%s\">"
            "<figure class=\"card-figure\"><a href=\"%s\" class=\"card-figure__link\" aria-label=\"%s, %s\"><div class=\"card-img-container\">"
            "<img src=\"/product_images/%d.png\" alt=\"%s\" title=\"%s\" data-sizes=\"auto\" class=\"card-image lazyload\"></div></a>"
            "<figcaption class=\"card-figcaption\"><div class=\"card-figcaption-body\"><a href=\"/cart.php?action=add&amp;product_id=%d\" data-event-type=\"product-click\" class=\"button button--small card-figcaption-button\">Add to Cart</a></div></figcaption></figure>"
            "<div class=\"card-body\"><p class=\"card-text\" data-test-info-type=\"brandName\">Apex</p>"
            "<h3 class=\"card-title\"><a aria-label=\"%s\" href=\"%s\">%s</a></h3>%s"
            "<div class=\"card-text\" data-test-info-type=\"price\"><div class=\"price-section price-section--withoutTax\">"
            "<span class=\"price-label\"></span><span data-product-price-without-tax class=\"price price--withoutTax\">%s</span></div></div>"
            "</div></article></li>"
        ) % (o.pid, o.pid, pos, esc(o.title), cats[o.cat], o.price[1:], link, o.title, o.price, o.pid, o.title, o.title, o.pid,
             o.title, link, o.title,
             ("<p class=\"card-text card-text--sku\" data-test-info-type=\"sku\">CAS %s</p>" % o.cas_shown) if o.cas_shown else "",
             o.price)

    def breadcrumbs(*trail):
        items = ["<li class=\"breadcrumb\"><a class=\"breadcrumb-label\" href=\"/\"><span>Home</span></a></li>"]
        for i, (lab, href) in enumerate(trail):
            if i == len(trail) - 1:
                items.append("<li class=\"breadcrumb is-active\"><span class=\"breadcrumb-label\">%s</span></li>" % lab)
            else:
                items.append("<li class=\"breadcrumb\"><a class=\"breadcrumb-label\" href=\"%s\"><span>%s</span></a></li>" % (href, lab))
        return "<nav aria-label=\"Breadcrumb\"><ol class=\"breadcrumbs\">%s</ol></nav>" % "".join(items)

    sidebar = ("<aside class=\"page-sidebar\" id=\"faceted-search-container\"><nav><div class=\"sidebarBlock\"><h2 class=\"sidebarBlock-heading\">Popular Products</h2>"
               "<ul class=\"navList\"><li class=\"navList-item\"><a class=\"navList-action\" href=\"%s\">NPP 99.7%%</a></li>"
               "<li class=\"navList-item\"><a class=\"navList-action\" href=\"%s\">4-ANPP</a></li>"
               "<li class=\"navList-item\"><a class=\"navList-action\" href=\"%s\">Xylazine HCl</a></li></ul></div>"
               "<div class=\"sidebarBlock\"><h2 class=\"sidebarBlock-heading\">Shop By Price</h2><ul class=\"navList\">"
               "<li class=\"navList-item\"><a class=\"navList-action\" href=\"?price_min=0&amp;price_max=50&amp;sort=featured\">$0.00 - $50.00</a></li></ul></div></nav></aside>"
               ) % (P[0].slug, P[1].slug, P[7].slug)
    sorter = ("<form class=\"actionBar\" method=\"get\" data-sort-by=\"product\"><fieldset class=\"form-fieldset actionBar-section\"><div class=\"form-field\">"
              "<label class=\"form-label\" for=\"sort\">Sort By:</label><select class=\"form-select form-select--small\" name=\"sort\" id=\"sort\" role=\"listbox\">"
              "<option value=\"featured\" selected>Featured Items</option><option value=\"newest\">Newest Items</option><option value=\"bestselling\">Best Selling</option>"
              "<option value=\"alphaasc\">A to Z</option><option value=\"priceasc\">Price: Ascending</option></select></div></fieldset></form>")

    # home
    s.add(Page("/", head("Apex Synthesis Supply", "page-type-default", "/") +
               "<section class=\"heroCarousel\" data-slick><div class=\"heroCarousel-slide heroCarousel-slide--stretch\"><div class=\"heroCarousel-content\">"
               "<h1 class=\"heroCarousel-title\">Fine chemicals for research labs</h1><p class=\"heroCarousel-description\">ISO-documented intermediates, reagents and reference standards.</p>"
               "<a href=\"/pharmaceutical-intermediates/\" class=\"heroCarousel-action button button--primary button--large\">Shop intermediates</a></div></div></section>"
               "<div class=\"main full\"><h2 class=\"page-heading\">Shop by category</h2><ul class=\"category-grid\">%s</ul>"
               "<h2 class=\"page-heading\">From the blog</h2><ul class=\"blog-list\"><li><a href=\"/blog/storing-hygroscopic-reagents/\">Storing hygroscopic reagents</a></li>"
               "<li><a href=\"/blog/why-we-no-longer-stock-nitazenes/\">Why we no longer stock nitazenes</a></li></ul></div>"
               % "".join("<li class=\"category-tile\"><a href=\"/%s/\">%s</a></li>" % (k, v) for k, v in cats.items()) + foot("default")))

    # categories (6 per page)
    for ck, cname in cats.items():
        items = [o for o in P if o.cat == ck]
        pages = paginate(items, 6)
        for pi, chunk in enumerate(pages, 1):
            path = "/%s/" % ck + ("?page=%d" % pi if pi > 1 else "")
            def plink(k):
                return "/%s/" % ck + ("?page=%d" % k if k > 1 else "")
            pag = ""
            if len(pages) > 1:
                lis = []
                if pi > 1:
                    lis.append("<li class=\"pagination-item pagination-item--previous\"><a class=\"pagination-link\" href=\"%s\" data-faceted-search-facet>Previous</a></li>" % plink(pi - 1))
                for k in range(1, len(pages) + 1):
                    lis.append("<li class=\"pagination-item%s\"><a class=\"pagination-link\" href=\"%s\" data-faceted-search-facet>%d</a></li>"
                               % (" pagination-item--current" if k == pi else "", plink(k), k))
                if pi < len(pages):
                    lis.append("<li class=\"pagination-item pagination-item--next\"><a class=\"pagination-link\" href=\"%s\" data-faceted-search-facet>Next</a></li>" % plink(pi + 1))
                pag = "<nav class=\"pagination\" aria-label=\"pagination\"><ul class=\"pagination-list\">%s</ul></nav>" % "".join(lis)
            cards = "".join(card(o, n + 1, link=("/products/%d" % o.pid) if ("/products/%d" % o.pid) in s.redirects else None)
                            for n, o in enumerate(chunk))
            sorts = " ".join("<a href=\"%s%ssort=%s\" class=\"actionBar-sortLink\">%s</a>" % (path, "&amp;" if "?" in path else "?", v, v)
                             for v in ("newest", "priceasc"))
            body = (breadcrumbs((cname, "/%s/" % ck)) + "<h1 class=\"page-heading\">%s</h1>" % cname +
                    "<div class=\"page\">" + sidebar + "<main class=\"page-content\" id=\"product-listing-container\">" + sorter +
                    "<div class=\"actionBar-links\">%s</div>" % sorts +
                    "<form action=\"/compare\" method=\"POST\" data-product-compare><ul class=\"productGrid\">%s</ul></form>%s</main></div>" % (cards, pag))
            s.add(Page(path, head(cname + " - Apex Synthesis Supply", "page-type-category", path) + body + foot("category"),
                       listing=True, **truth_of(chunk, claims_shown=False)))

    # product pages
    for i, o in enumerate(P):
        related = [P[(i + k) % len(P)] for k in (1, 2, 5)]
        ld = {"@context": "https://schema.org", "@type": "Product", "name": re.sub("&[a-z]+;", "-", o.title), "sku": o.sku,
              "url": o.slug, "brand": {"@type": "Brand", "name": "Apex"},
              "description": re.sub("<[^>]+>|&[a-z]+;", " ", o.desc),
              "image": "/product_images/%d.png" % o.pid,
              "offers": [{"@type": "Offer", "priceCurrency": "USD", "price": o.price[1:], "availability": "https://schema.org/InStock",
                          "url": o.slug, "itemCondition": "https://schema.org/NewCondition"}]}
        if o.cas_shown:
            ld["gtin"] = ""
            ld["additionalProperty"] = [{"@type": "PropertyValue", "name": "CAS", "value": o.cas_shown}]
        info = [("SKU:", o.sku)]
        if o.cas_shown:
            info.append(("CAS No.:", o.cas_shown))
        info += [("Purity:", "&ge;98% (HPLC)" if o.sub.cas else "n/a"), ("Weight:", "0.25 LBS"), ("Shipping:", "Calculated at Checkout")]
        dl = "".join("<dt class=\"productView-info-name\">%s</dt><dd class=\"productView-info-value\">%s</dd>" % r for r in info)
        desc = "<p>%s</p>" % o.desc
        if o.claims:
            desc += "<h4>Shipping</h4><ul>%s</ul>" % "".join("<li>%s</li>" % t for _, t in o.claims)
        rel = "".join(card(r, n + 1) for n, r in enumerate(related)).replace("CAS ", "Item ")
        rel = re.sub(r"<p class=\"card-text card-text--sku\"[^>]*>.*?</p>", "", rel)
        reviews = ""
        if o.sub is npp:
            reviews = ("<section class=\"productReviews\" id=\"product-reviews\"><h3 class=\"productView-reviewTitle\">Reviews (2)</h3>"
                       "<ul class=\"productReviews-list\"><li class=\"productReview\"><article><h5 class=\"productReview-title\">Arrived after reship</h5>"
                       "<p class=\"productReview-body\">First box got held. They said &ldquo;we reship once free of charge&rdquo; and they did, took 3 weeks total. &mdash; <em>Dr. K.</em></p></article></li>"
                       "<li class=\"productReview\"><article><h5 class=\"productReview-title\">Good purity</h5><p class=\"productReview-body\">Melting point matched the COA.</p></article></li></ul></section>")
        body = breadcrumbs((cats[o.cat], "/%s/" % o.cat), (o.title, o.slug)) + (
                "<div class=\"productView\" data-entity-id=\"%d\"><section class=\"productView-images\" data-image-gallery>"
                "<figure class=\"productView-image\" data-image-gallery-main><div class=\"productView-img-container\"><img src=\"/product_images/%d.png\" alt=\"%s\" class=\"productView-image--default lazyload\"></div></figure></section>"
                "<section class=\"productView-details product-data\"><div class=\"productView-product\"><h1 class=\"productView-title\">%s</h1>"
                "<h2 class=\"productView-brand\"><a href=\"/brands/Apex.html\"><span>Apex</span></a></h2>"
                "<div class=\"productView-price\"><div class=\"price-section price-section--withoutTax\"><span data-product-price-without-tax class=\"price price--withoutTax\">%s</span></div></div>"
                "<div data-content-region=\"product_below_price\"></div><div class=\"productView-rating\"><span class=\"productView-reviewLink\"><a href=\"#product-reviews\">%s</a></span></div>"
                "<dl class=\"productView-info\">%s</dl></div></section>"
                "<section class=\"productView-details product-options\"><div class=\"productView-options\"><form class=\"form\" method=\"post\" action=\"/cart.php\" enctype=\"multipart/form-data\" data-cart-item-add>"
                "<input type=\"hidden\" name=\"action\" value=\"add\"><input type=\"hidden\" name=\"product_id\" value=\"%d\"/>"
                "<div class=\"form-field form-field--increments\"><label class=\"form-label form-label--alternate\" for=\"qty[]\">Quantity:</label><input class=\"form-input form-input--incrementTotal\" id=\"qty[]\" name=\"qty[]\" type=\"tel\" value=\"1\" min=\"1\"></div>"
                "<div class=\"form-action\"><input id=\"form-action-addToCart\" data-wait-message=\"Adding to cart&hellip;\" class=\"button button--primary\" type=\"submit\" value=\"Add to Cart\"></div></form>"
                "<a href=\"/wishlist.php?action=add&amp;product_id=%d\" class=\"button\">Add to Wish List</a></div></section>"
                "<article class=\"productView-description\"><ul class=\"tabs\" data-tab><li class=\"tab is-active\"><a class=\"tab-title\" href=\"#tab-description\">Description</a></li></ul>"
                "<div class=\"tabs-contents\"><div class=\"tab-content is-active\" id=\"tab-description\"><div class=\"productView-description-tabContent\">%s</div></div></div></article></div>%s"
                "<div class=\"tabs\" data-tab role=\"tablist\"><ul class=\"tabs\"><li class=\"tab is-active\"><a class=\"tab-title\" href=\"#tab-related\">Related Products</a></li>"
                "<li class=\"tab\"><a class=\"tab-title\" href=\"#tab-similar\">Customers Also Viewed</a></li></ul></div>"
                "<div class=\"tabs-contents\"><div role=\"tabpanel\" class=\"tab-content is-active\" id=\"tab-related\"><section class=\"productCarousel\" data-list-name=\"Related Products\">"
                "<ul class=\"productGrid productGrid--maxCol4\">%s</ul></section></div></div>"
                ) % (o.pid, o.pid, esc(o.title), o.title, o.price, "2 reviews" if reviews else "Write a Review", dl, o.pid, o.pid, desc, reviews, rel)
        s.add(Page(o.slug, head(o.title + " - Apex Synthesis Supply", "page-type-product", o.slug,
                                "<script type=\"application/ld+json\">%s</script>\n" % json.dumps(ld)) + body + foot("product"),
                   listing=True, **truth_of([o])))
        s.add(Page("/product_images/%d.png" % o.pid, tiny_png(o.pid), ctype="image/png"))

    # web pages
    def webpage(path, title, html, **kw):
        s.add(Page(path, head(title + " - Apex Synthesis Supply", "page-type-page", path) + breadcrumbs((title, path)) +
                   "<main class=\"page\"><h1 class=\"page-heading\">%s</h1><div class=\"page-content page-content--centered\">%s</div></main>" % (title, html)
                   + foot("page"), **kw))
    webpage("/shipping-returns/", "Shipping &amp; Returns",
            "<h3>Processing</h3><p>Orders placed before 2 pm EST ship the same business day.</p>"
            "<h3>International</h3><p>%s</p><p>%s</p><h3>Seized parcels</h3><p>%s</p><h3>US customers</h3><p>%s</p>"
            "<h3>Returns</h3><p>Unopened items may be returned within 30 days. Opened chemicals cannot be returned.</p>"
            % (CL["customs"], CL["stealth"], CL["reship"], CL["forwarding"]), claims={"customs", "stealth", "reship", "forwarding"})
    webpage("/faq/", "FAQ",
            "<div class=\"accordion\"><h4>Do you sell fentanyl or other opioids?</h4><p>No. We do NOT sell fentanyl, carfentanil, nitazenes or any "
            "scheduled opioid, and we will cancel any order that asks for them. Our products are fentanyl-free intermediates for legitimate synthesis.</p>"
            "<h4>Can you ship to Australia?</h4><p>Yes, see <a href=\"/shipping-returns/\">Shipping &amp; Returns</a>.</p>"
            "<h4>Do you offer COAs?</h4><p>Every batch ships with an HPLC certificate of analysis.</p></div>")
    webpage("/about-us/", "About Us", "<p>Apex Synthesis Supply was founded in 2019 by two process chemists. We stock 400+ intermediates "
            "and reagents for contract research organisations, universities and start-ups.</p>")
    webpage("/contact-us/", "Contact Us", "<form class=\"form\" action=\"/pages.php?action=sendContactForm\" method=\"post\"><p>Email: orders@apexsynth.example &middot; "
            "Telegram: @apexsynth_orders &middot; Wickr: apexsynth</p><input class=\"form-input\" name=\"contact_email\" type=\"email\"></form>")
    webpage("/privacy-policy/", "Privacy Policy", "<p>We use cookies to keep your cart and to measure traffic. We never sell your data.</p>")
    # blog
    posts = [
        ("storing-hygroscopic-reagents", "Storing hygroscopic reagents",
         "<p>Piperidones, amine salts and many intermediates pick up water quickly. Store them in a desiccator, under argon if you can, "
         "and re-dry before weighing. Our N-Boc-4-Piperidone ships in a foil bag with a silica sachet.</p>"),
        ("why-we-no-longer-stock-nitazenes", "Why we no longer stock nitazenes",
         "<p>Since the 2025 class control in China and the US scheduling of isotonitazene, metonitazene and protonitazene, "
         "we have removed every benzimidazole opioid reference standard from our catalogue. Customers asking for "
         "\"isotonitazene CAS 14188-81-9\" will be refused. Other shops still promise to &lsquo;reship if customs seizes it&rsquo; &ndash; "
         "we think that is a red flag, not a service.</p>"),
    ]
    s.add(Page("/blog/", head("Blog - Apex Synthesis Supply", "page-type-blog", "/blog/") + breadcrumbs(("Blog", "/blog/")) +
               "<main class=\"page\"><h1 class=\"page-heading\">Blog</h1>%s</main>" %
               "".join("<article class=\"blog\"><div class=\"blog-post-figure\"></div><header class=\"blog-header\"><h2 class=\"blog-title\"><a href=\"/blog/%s/\">%s</a></h2>"
                       "<p class=\"blog-date\">Posted by Apex Team on Oct 2%d, 2026</p></header><div class=\"blog-post\">%s<a href=\"/blog/%s/\" aria-label=\"Read more\">Read More</a></div></article>"
                       % (k, t, n, re.sub("<[^>]+>", "", h)[:140] + "&hellip; ", k) for n, (k, t, h) in enumerate(posts)) + foot("blog")))
    for k, t, h in posts:
        s.add(Page("/blog/%s/" % k, head(t + " - Apex Synthesis Supply", "page-type-blog_post", "/blog/%s/" % k) +
                   breadcrumbs(("Blog", "/blog/"), (t, "/blog/%s/" % k)) +
                   "<article class=\"blog\"><header class=\"blog-header\"><h1 class=\"blog-title\">%s</h1></header><div class=\"blog-post\">%s</div>"
                   "<ul class=\"tags\"><li class=\"tag\"><a href=\"/blog/tag/Compliance\">Compliance</a></li></ul></article>" % (t, h) + foot("blog_post")))
    s.add(Page("/blog/tag/Compliance", head("Compliance - Blog", "page-type-blog", "/blog/tag/Compliance") +
               "<h1 class=\"page-heading\">Posts tagged Compliance</h1><ul>%s</ul>" % "".join("<li><a href=\"/blog/%s/\">%s</a></li>" % (k, t) for k, t, _ in posts)
               + foot("blog")))
    s.add(Page("/brands/Apex.html", head("Apex - Brand", "page-type-brand", "/brands/Apex.html") + breadcrumbs(("Apex", "/brands/Apex.html")) +
               "<h1 class=\"page-heading\">Apex</h1><p>Our in-house brand. Browse by <a href=\"/pharmaceutical-intermediates/\">category</a>.</p>" + foot("brand")))
    s.add(Page("/sitemap.php", head("Sitemap", "page-type-sitemap", "/sitemap.php") + "<h1 class=\"page-heading\">Sitemap</h1><ul>%s</ul>" %
               "".join("<li><a href=\"/%s/\">%s</a></li>" % (k, v) for k, v in cats.items()) + foot("sitemap")))
    # cart / search (robots-forbidden; a polite crawler never fetches them)
    s.add(Page("/cart.php", head("Your Cart", "page-type-cart", "/cart.php") + "<h1 class=\"page-heading\">Your Cart (0 items)</h1>" + foot("cart")))
    s.add(Page("/search.php", head("Search", "page-type-search", "/search.php") + "<h1>Search results</h1><ul class=\"productGrid\">%s</ul>" % card(P[0], 1) + foot("search"),
               listing=True, **truth_of([P[0]], claims_shown=False)))
    s.flaky.update({P[3].slug, "/research-compounds/", "/faq/"})
    return s

# ================================================================ 2. indiatrade (Tradeindia/ExportersIndia-style B2B portal)

def indiatrade():
    s = Site("indiatrade", "b2b-portal-tradeindia")
    s.robots = ("User-agent: *\nDisallow: /my-account/\nDisallow: /post-buy-requirement/\nDisallow: /contact-supplier/\n"
                "Disallow: /search.html\nDisallow: /ajax/\n\nUser-agent: GPTBot\nDisallow: /\n")
    s.disallow = ["/my-account/", "/post-buy-requirement/", "/contact-supplier/", "/search.html", "/ajax/"]
    s.trap_prefix = "/tradeshows/"
    s.rate_limit = 20
    s.junk_params = ["utm_source", "utm_medium", "utm_campaign", "sort", "ref", "list_view", "gclid"]
    sellers = {
        "yuxin": ("Hangzhou Yuxin Chemical Co., Ltd.", "Hangzhou, Zhejiang, China", "Trader, Exporter", "2016", "N/A (Foreign Supplier)",
                  "WhatsApp / Telegram: +86 153 6720 9914 &middot; Wickr: yuxinchem"),
        "balaji": ("Shree Balaji Pharma Chem", "GIDC Makarpura, Vadodara, Gujarat", "Manufacturer, Supplier", "2004", "24AAKFS4412K1Z3",
                   "Mr. Hitesh Patel &middot; +91 98250 41xxx"),
        "ajanta": ("Ajanta Vet Lifesciences Pvt. Ltd.", "Naroda, Ahmedabad, Gujarat", "Manufacturer, Exporter", "2011", "24AACCA7781M1ZQ",
                   "Ms. Rina Shah &middot; +91 79 2282 xxxx"),
        "navkar": ("Navkar Exim", "Masjid Bunder, Mumbai, Maharashtra", "Exporter, Wholesaler", "1998", "27AAFFN2093P1Z8",
                   "Mr. Jain &middot; +91 22 2342 xxxx"),
    }
    CLY = {
        "customs": "Door to door DDP service, customs clearance is our responsibility, no tax for buyer.",
        "reship": "If any seizure happens at your customs we resend the goods free of cost.",
        "stealth": "Safe packing: double foil bag inside neutral carton, no label, no company name.",
        "forwarding": "We ship from our Germany and Mexico warehouse, so it is domestic delivery for EU/US buyers.",
        "mislabel": "Declaration name can be changed as per buyer requirement (e.g. &#39;amino acid&#39; or &#39;food additive&#39;).",
    }
    def cy(*k):
        return [(x, CLY[x]) for x in k]
    cats = {"pharmaceutical-intermediates": "Pharmaceutical Intermediates", "analgesic-api": "Analgesic APIs & Research Chemicals",
            "veterinary-api": "Veterinary APIs", "industrial-chemicals": "Industrial & Food Chemicals"}
    P = [
        Offer(npp, "N-Phenethyl-4-Piperidone Powder", price=("USD", "280", "Kilogram"), seller="yuxin", cat="pharmaceutical-intermediates",
              claims=cy("customs", "reship"), desc="Purity 99.8% min, white powder, CAS 39742-60-4. Large stock, fast shipping."),
        Offer(boc4ap, "1-N-Boc-4-(Phenylamino)piperidine", price=("USD", "350", "Kilogram"), seller="yuxin", cat="pharmaceutical-intermediates",
              claims=cy("stealth", "forwarding"), desc="tert-Butyl 4-anilinopiperidine-1-carboxylate, off-white powder, 99%."),
        Offer(ap4, "CAS 23056-29-3 Pharma Intermediate 99%", price=("USD", "300", "Kilogram"), seller="yuxin", cat="pharmaceutical-intermediates",
              claims=cy("customs"), desc="Hot selling product, 100% pass rate, sample available. Ask for COA."),
        Offer(nov_n1, "Iso-Pyrrolidino Research Chemical (Isotonitazepyne)", cas=None, price=("USD", "45", "Gram"), seller="yuxin",
              cat="pharmaceutical-intermediates", claims=cy("reship", "mislabel"),
              desc="IUPAC: 2-[(4-isopropoxyphenyl)methyl]-5-nitro-1-[2-(pyrrolidin-1-yl)ethyl]-1H-benzimidazole. New product, strong, high purity."),
        Offer(norfent, "N-Phenyl-N-(piperidin-4-yl)propionamide (Norfentanyl)", price=("INR", "95,000", "Kilogram"), seller="balaji",
              cat="pharmaceutical-intermediates", desc="Manufactured in our GMP plant. Reference grade and bulk available against end-use certificate."),
        Offer(pip4, "4-Piperidone Monohydrate Hydrochloride", cas="40064-34-4", price=("INR", "6,800", "Kilogram"), seller="balaji",
              cat="pharmaceutical-intermediates", desc="Assay 98% (by titration), white crystalline powder, 25 kg HDPE drum."),
        Offer(isonip, "Isonipecotic Acid", price=("INR", "3,200", "Kilogram"), seller="balaji", cat="pharmaceutical-intermediates",
              desc="Piperidine-4-carboxylic acid, 99%."),
        Offer(bzpip, "N-Benzyl-4-Piperidone", price=("INR", "2,950", "Kilogram"), seller="balaji", cat="pharmaceutical-intermediates",
              desc="1-Benzyl-4-piperidone, pale yellow liquid, 98%."),
        Offer(proton, "Protonitazene Hydrochloride 99%", cas="95958-84-2", price=("USD", "60", "Gram"), seller="yuxin", cat="analgesic-api",
              claims=cy("stealth", "mislabel"), desc="Strong analgesic research chemical, yellow powder. MOQ 10 g."),
        Offer(phenacetin, "Phenacetin Powder BP", price=("INR", "1,450", "Kilogram"), seller="balaji", cat="analgesic-api",
              desc="Shiny crystal and powder grades available."),
        Offer(paracet, "Paracetamol IP/BP/USP", price=("INR", "410", "Kilogram"), seller="navkar", cat="analgesic-api",
              desc="Acetaminophen, fine powder and DC granules."),
        Offer(xylazine, "Xylazine HCl Powder (Xylazin)", cas="23076-35-9", price=("INR", "18,500", "Kilogram"), seller="ajanta", cat="veterinary-api",
              desc="Veterinary sedative API. Available in 1 kg and 5 kg packs."),
        Offer(ketamine, "Ketamine Hydrochloride IP", cas="1867-66-9", price=("INR", "42,000", "Kilogram"), seller="ajanta", cat="veterinary-api",
              desc="For veterinary injection manufacturers. Supplied only against valid drug licence."),
        Offer(levamisole, "Levamisole Base", price=("INR", "2,100", "Kilogram"), seller="ajanta", cat="veterinary-api",
              desc="Anthelmintic API."),
        Offer(lidocaine, "Lidocaine Base USP", price=("INR", "2,700", "Kilogram"), seller="ajanta", cat="veterinary-api",
              desc="Lignocaine base, 99%."),
        Offer(caffeine, "Caffeine Anhydrous Powder", price=("INR", "1,150", "Kilogram"), seller="navkar", cat="industrial-chemicals",
              desc="Natural and synthetic grades, 25 kg carton."),
        Offer(boric, "Boric Acid Powder", price=("INR", "95", "Kilogram"), seller="navkar", cat="industrial-chemicals",
              desc="Technical grade, 50 kg bags."),
        Offer(citric, "Citric Acid Monohydrate", price=("INR", "120", "Kilogram"), seller="navkar", cat="industrial-chemicals",
              desc="Food grade (E330)."),
        Offer(bicarb, "Sodium Bicarbonate Food Grade", price=("INR", "38", "Kilogram"), seller="navkar", cat="industrial-chemicals",
              desc="Baking soda, IP grade."),
    ]
    for i, o in enumerate(P):
        o.pid = 4417201 + i * 37
        o.path = "/products/%s-%d.html" % (slugify(o.title), o.pid)
        s.redirects["/products/%d.html" % o.pid] = o.path
    hot = ["NPP powder", "4-ANPP price", "Protonitazene", "Fentanyl citrate", "Xylazine HCl", "1-boc-4-piperidone", "Caffeine anhydrous"]

    def head(title, desc=""):
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                "<title>%s</title><meta name=\"description\" content=\"%s\">"
                "<link rel=\"preconnect\" href=\"https://static.tradeindia-cdn.example\"><link rel=\"stylesheet\" href=\"/static/css/main.4f1c2a.css\">"
                "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-7TQ2R1XK0D\"></script>"
                "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-7TQ2R1XK0D');</script>"
                "</head><body><div id=\"__next\"><div class=\"top-strip\"><div class=\"container\"><span>India&#39;s B2B Marketplace</span>"
                "<ul class=\"top-links\"><li><a href=\"/post-buy-requirement/\">Post Buy Requirement</a></li><li><a href=\"/my-account/login\">Sign In</a></li>"
                "<li><a href=\"/my-account/join\">Join Free</a></li><li><a href=\"/buy-leads/\">Buy Leads</a></li></ul></div></div>"
                "<header class=\"header\"><div class=\"container flex\"><a class=\"logo\" href=\"/\"><img src=\"/static/img/logo.svg\" alt=\"IndiaTradeMart\" width=\"160\"></a>"
                "<form class=\"search-bar\" action=\"/search.html\" method=\"get\"><select name=\"type\"><option>Products</option><option>Suppliers</option></select>"
                "<input name=\"keyword\" placeholder=\"Enter product / service to search\"><button type=\"submit\">Search</button></form></div>"
                "<div class=\"hot-searches container\"><span>Hot Searches:</span> %s</div></header>"
                "<nav class=\"cat-nav\"><div class=\"container\"><ul>%s</ul></div></nav><main class=\"container main-wrap\">"
                ) % (esc(title), esc(desc), " ".join("<a href=\"/search.html?keyword=%s\">%s</a>" % (esc(h.replace(" ", "+")), esc(h)) for h in hot),
                     "".join("<li><a href=\"/%s.html\">%s</a></li>" % (k, esc(v)) for k, v in cats.items()))
    foot = ("</main><footer class=\"site-footer\"><div class=\"container footer-cols\"><div class=\"col\"><h4>About Us</h4><ul><li><a href=\"/about-us.html\">About IndiaTradeMart</a></li>"
            "<li><a href=\"/trustseal.html\">TrustSEAL</a></li><li><a href=\"/news/\">Industry News</a></li></ul></div>"
            "<div class=\"col\"><h4>Buyers</h4><ul><li><a href=\"/post-buy-requirement/\">Post Your Requirement</a></li><li><a href=\"/buy-leads/\">Browse Buy Leads</a></li>"
            "<li><a href=\"/tradeshows/2026-12\">Trade Shows</a></li></ul></div>"
            "<div class=\"col\"><h4>Sellers</h4><ul><li><a href=\"/my-account/sell\">Sell on IndiaTradeMart</a></li><li><a href=\"/help/terms.html\">Terms of Use</a></li></ul></div>"
            "<div class=\"col\"><h4>Popular Categories</h4><ul><li>Pharmaceutical Intermediates</li><li>Fentanyl Precursor Testing Kits</li><li>Veterinary APIs</li></ul></div></div>"
            "<div class=\"copyright\">Copyright &copy; 2026 IndiaTradeMart Infomedia Ltd. All rights reserved. IndiaTradeMart is a listing platform; "
            "it does not verify the legality of products listed by sellers.</div></footer>"
            "<div id=\"cookie-consent\" class=\"cookie-bar\">We use cookies to improve your experience. <button onclick=\"acceptCookies()\">Accept</button></div>"
            "</div><script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":{}},\"page\":\"/\",\"buildId\":\"k2Q9x1v\"}</script>"
            "<script src=\"/_next/static/chunks/main-8c1a4e.js\" defer></script></body></html>")

    def crumbs(*trail):
        items = [("Home", "/")] + list(trail)
        return ("<div class=\"breadcrumb\"><ul itemscope itemtype=\"https://schema.org/BreadcrumbList\">%s</ul></div>" %
                "".join("<li itemprop=\"itemListElement\" itemscope itemtype=\"https://schema.org/ListItem\"><a itemprop=\"item\" href=\"%s\"><span itemprop=\"name\">%s</span></a>"
                        "<meta itemprop=\"position\" content=\"%d\"></li>" % (h, esc(t), n + 1) for n, (t, h) in enumerate(items)))

    def price(o):
        cur, amt, unit = o.price
        return "<span class=\"price\">%s %s</span> <span class=\"unit\">/ %s</span>" % ("&#8377;" if cur == "INR" else "USD", amt, unit)

    def listcard(o, show_seller=True, legacy=False):
        sl = sellers[o.seller]
        return ("<div class=\"prd-card\" data-pid=\"%d\"><div class=\"prd-img\"><a href=\"%s\"><img loading=\"lazy\" src=\"/img/p/%d.png\" alt=\"%s\"></a></div>"
                "<div class=\"prd-info\"><h2 class=\"prd-name\"><a href=\"%s\">%s</a></h2><div class=\"prd-price\">%s</div>"
                "<ul class=\"prd-attr\"><li><span>Minimum Order Quantity:</span> 1 %s</li>%s<li><span>Business Type:</span> %s</li></ul>"
                "%s<div class=\"prd-cta\"><a class=\"btn-orange\" href=\"/contact-supplier/?pid=%d\">Get Best Price</a> "
                "<a class=\"btn-outline\" href=\"/contact-supplier/?pid=%d&amp;cb=1\">Request Callback</a></div></div></div>"
                ) % (o.pid, o.path, o.pid, esc(o.title), ("/products/%d.html" % o.pid) if legacy else o.path, esc(o.title), price(o),
                     o.price[2], ("<li><span>CAS No:</span> %s</li>" % o.cas_shown) if o.cas_shown else "", sl[2],
                     ("<div class=\"seller\"><a href=\"/seller/%s/\">%s</a> <span class=\"loc\">%s</span> <span class=\"badge gst\">GST</span> <span class=\"badge ts\">TrustSEAL Verified</span></div>"
                      % (o.seller, esc(sl[0]), esc(sl[1]))) if show_seller else "", o.pid, o.pid)

    s.add(Page("/", head("IndiaTradeMart - Manufacturers, Suppliers, Exporters & Importers", "B2B portal for chemicals and pharma") +
               "<section class=\"hero\"><h1>Find Manufacturers, Suppliers &amp; Exporters</h1><p>Over 6.2 lakh verified sellers.</p></section>"
               "<section class=\"cat-tiles\"><h2>Top Categories in Chemicals</h2><ul>%s</ul></section>"
               "<section class=\"featured-sellers\"><h2>Featured Suppliers</h2><ul>%s</ul></section>"
               "<section class=\"buy-leads-teaser\"><h2>Latest Buy Leads</h2><p><a href=\"/buy-leads/\">See all buying requirements</a></p></section>"
               % ("".join("<li><a href=\"/%s.html\">%s</a></li>" % (k, esc(v)) for k, v in cats.items()),
                  "".join("<li><a href=\"/seller/%s/\">%s</a> - %s</li>" % (k, esc(v[0]), esc(v[1])) for k, v in sellers.items())) + foot))

    for ck, cname in cats.items():
        items = [o for o in P if o.cat == ck]
        pages = paginate(items, 6)
        for pi, chunk in enumerate(pages, 1):
            path = "/%s.html" % ck + ("?page=%d" % pi if pi > 1 else "")
            pl = lambda k: "/%s.html" % ck + ("?page=%d" % k if k > 1 else "")
            pag = ("<div class=\"pagination\">%s</div>" % " ".join(
                ("<span class=\"active\">%d</span>" % k) if k == pi else "<a href=\"%s\">%d</a>" % (pl(k), k) for k in range(1, len(pages) + 1))
                   ) if len(pages) > 1 else ""
            body = crumbs(("Chemicals", "/"), (cname, "/%s.html" % ck)) + (
                    "<div class=\"listing-layout\"><aside class=\"filters\"><h3>Related Categories</h3><ul>%s</ul><h3>Related Searches</h3>"
                    "<ul class=\"chips\"><li>4-ANPP powder</li><li>NPP price per kg</li><li>Fentanyl intermediate</li><li>Nitazene</li></ul></aside>"
                    "<section class=\"results\"><h1>%s</h1><p class=\"count\">Showing %d products from verified suppliers</p>"
                    "<div class=\"sort\">Sort by: <a href=\"%s%ssort=price\">Price</a> | <a href=\"%s%ssort=relevance\">Relevance</a></div>%s%s</section></div>"
                    ) % ("".join("<li><a href=\"/%s.html\">%s</a></li>" % (k, esc(v)) for k, v in cats.items() if k != ck), esc(cname), len(items),
                         path, "&amp;" if "?" in path else "?", path, "&amp;" if "?" in path else "?",
                         "".join(listcard(o, legacy=(n == 1)) for n, o in enumerate(chunk)), pag)
            s.add(Page(path, head("%s - Manufacturers, Suppliers & Exporters in India" % cname) + body + foot, listing=True,
                       **truth_of(chunk, claims_shown=False)))

    for i, o in enumerate(P):
        sl = sellers[o.seller]
        more = [x for x in P if x.seller == o.seller and x is not o][:4]
        desc = "<p>%s</p>" % o.desc
        pack = "25 kg drum / 1 kg aluminium foil bag"
        delivery = "7-10 Days"
        if o.claims:
            desc += "<p><b>Shipping &amp; Delivery:</b> %s</p>" % esc(o.claims[0][1])
            if len(o.claims) > 1:
                pack = o.claims[1][1]
        spec = [("Minimum Order Quantity", "1 %s" % o.price[2]), ("CAS No", o.cas_shown or "-"), ("Purity", "99%"), ("Grade", "Pharma / Research"),
                ("Physical Form", "Powder"), ("Storage", "Cool and dry place")]
        if not o.cas_shown:
            spec = [r for r in spec if r[0] != "CAS No"]
        body = crumbs(("Chemicals", "/"), (cats[o.cat], "/%s.html" % o.cat), (o.title, o.path)) + (
                "<div class=\"prd-detail\" itemscope itemtype=\"https://schema.org/Product\"><div class=\"gallery\"><img itemprop=\"image\" src=\"/img/p/%d.png\" alt=\"%s\"></div>"
                "<div class=\"summary\"><h1 class=\"prd-title\" itemprop=\"name\">%s</h1>"
                "<div class=\"prd-price\" itemprop=\"offers\" itemscope itemtype=\"https://schema.org/Offer\"><meta itemprop=\"priceCurrency\" content=\"%s\">"
                "<meta itemprop=\"price\" content=\"%s\">%s <a class=\"get-latest\" href=\"/contact-supplier/?pid=%d\">Get Latest Price</a></div>"
                "<table class=\"prd-spec\"><tbody>%s</tbody></table>"
                "<div class=\"prd-cta\"><a class=\"btn-orange\" href=\"/contact-supplier/?pid=%d\">Send Inquiry</a> <a class=\"btn-outline\" href=\"/contact-supplier/?pid=%d&amp;mobile=1\">View Mobile Number</a></div></div>"
                "<div class=\"prd-desc\"><h3>Product Description</h3><div itemprop=\"description\">%s</div></div>"
                "<div class=\"trade-info\"><h3>Trade Information</h3><table><tr><td>Payment Terms</td><td>Telegraphic Transfer (T/T), Western Union, Bitcoin, USDT</td></tr>"
                "<tr><td>Supply Ability</td><td>500 %s Per Month</td></tr><tr><td>Delivery Time</td><td>%s</td></tr><tr><td>Packaging Details</td><td>%s</td></tr>"
                "<tr><td>Main Export Market(s)</td><td>Worldwide</td></tr></table></div></div>"
                "<aside class=\"seller-card\"><h3><a href=\"/seller/%s/\">%s</a></h3><p class=\"loc\">%s</p><ul><li>Business Type: %s</li><li>Year of Establishment: %s</li>"
                "<li>GST No.: %s</li><li>Contact: %s</li></ul><span class=\"badge ts\">TrustSEAL Verified</span></aside>"
                "<section class=\"more-from-seller\"><h3>More Products from this Seller</h3><ul>%s</ul></section>"
                "<section class=\"related-searches\"><h3>People also search for</h3><ul class=\"chips\"><li>NPP powder price</li><li>4-ANPP supplier</li>"
                "<li>Carfentanil</li><li>Isotonitazene</li><li>Xylazine supplier</li></ul></section>"
                ) % (o.pid, esc(o.title), esc(o.title), o.price[0], o.price[1].replace(",", ""), price(o), o.pid,
                     "".join("<tr><td>%s</td><td>%s</td></tr>" % r for r in spec), o.pid, o.pid, desc, o.price[2], delivery, esc(pack) if "&" not in pack else pack,
                     o.seller, esc(sl[0]), esc(sl[1]), sl[2], sl[3], sl[4], sl[5],
                     "".join("<li><a href=\"%s\">%s</a> <span>%s %s</span></li>" % (m.path, esc(m.title), "&#8377;" if m.price[0] == "INR" else "USD", m.price[1]) for m in more))
        s.add(Page(o.path, head("%s at Best Price in %s" % (o.title, sl[1].split(",")[-2].strip() if "," in sl[1] else sl[1]),
                                "Buy %s from %s" % (o.title, sl[0])) + body + foot, listing=True, **truth_of([o])))
        s.add(Page("/img/p/%d.png" % o.pid, tiny_png(o.pid), ctype="image/png"))
        if i % 6 == 2:
            s.flaky.add(o.path)

    for sk, sl in sellers.items():
        items = [o for o in P if o.seller == sk]
        body = crumbs(("Suppliers", "/"), (sl[0], "/seller/%s/" % sk)) + (
                "<div class=\"company-profile\"><div class=\"cp-head\"><h1>%s</h1><p>%s</p><span class=\"badge gst\">GST %s</span></div>"
                "<table class=\"facts\"><tr><td>Nature of Business</td><td>%s</td></tr><tr><td>Year of Establishment</td><td>%s</td></tr>"
                "<tr><td>Contact</td><td>%s</td></tr></table><h2>Our Products</h2><div class=\"prd-list\">%s</div></div>"
                ) % (esc(sl[0]), esc(sl[1]), sl[4], sl[2], sl[3], sl[5], "".join(listcard(o, show_seller=False) for o in items))
        extra = set()
        if sk == "yuxin":
            body += ("<section class=\"about-company\"><h2>Why choose us</h2><p>10 years export experience to USA, Mexico, Canada, Europe and Australia. "
                     "%s %s</p></section>" % (CLY["customs"], CLY["reship"]))
            extra = {"customs", "reship"}
        s.add(Page("/seller/%s/" % sk, head(sl[0] + " - Company Profile") + body + foot, listing=True,
                   **truth_of(items, extra_claims=extra, claims_shown=False)))

    leads = [("4-ANPP", "5 Kilogram", "Monterrey, Mexico", "Need urgent, 4-ANPP 99%, buyer pays DDP. Supplier must guarantee customs clearance and reship."),
             ("Norfentanyl", "2 Kilogram", "Lagos, Nigeria", "Requirement of Norfentanyl CAS 1609-66-1 for research. Send best price."),
             ("Caffeine Anhydrous", "2 Metric Ton", "Dubai, UAE", "Regular monthly requirement, CIF Jebel Ali."),
             ("1-Boc-4-Piperidone", "25 Kilogram", "Guadalajara, Mexico", "Looking for tert-butyl 4-oxopiperidine-1-carboxylate, 79099-07-3, stealth packing needed."),
             ("Xylazine", "10 Kilogram", "Philadelphia, USA", "Want to buy xylazine powder, veterinary grade."),
             ("Paracetamol", "500 Kilogram", "Kathmandu, Nepal", "DC grade, with COA."),
             ("Protonitazene", "100 Gram", "Toronto, Canada", "WTB protonitazene, pay by BTC."),
             ("Citric Acid", "20 Metric Ton", "Dhaka, Bangladesh", "Food grade, monohydrate.")]
    lp = paginate(leads, 4)
    for pi, chunk in enumerate(lp, 1):
        path = "/buy-leads/" + ("?page=%d" % pi if pi > 1 else "")
        rows = "".join("<div class=\"lead-card\"><h3>I want to buy %s</h3><p class=\"qty\">Quantity: %s</p><p class=\"loc\">%s</p><p>%s</p>"
                       "<a class=\"btn-orange\" href=\"/my-account/login?next=buyleads\">Contact Buyer Now</a></div>" % (esc(a), b, esc(c_), esc(d))
                       for a, b, c_, d in chunk)
        nav = " ".join("<a href=\"%s\">%d</a>" % ("/buy-leads/" + ("?page=%d" % k if k > 1 else ""), k) for k in range(1, len(lp) + 1))
        s.add(Page(path, head("Buy Leads - Chemical Buying Requirements") + crumbs(("Buy Leads", "/buy-leads/")) +
                   "<h1>Latest Buy Leads for Chemicals</h1><div class=\"leads\">%s</div><div class=\"pagination\">%s</div>" % (rows, nav) + foot))
    s.add(Page("/news/", head("Industry News") + crumbs(("News", "/news/")) +
               "<h1>Industry News</h1><ul><li><a href=\"/news/dri-seizes-piperidone-consignment-mundra.html\">DRI seizes piperidone consignment at Mundra port</a></li></ul>" + foot))
    s.add(Page("/news/dri-seizes-piperidone-consignment-mundra.html", head("DRI seizes piperidone consignment at Mundra port") +
               crumbs(("News", "/news/"), ("DRI seizure", "/news/dri-seizes-piperidone-consignment-mundra.html")) +
               "<article class=\"news\"><h1>DRI seizes 60 kg of NPP declared as sodium bicarbonate</h1><p class=\"date\">14 Nov 2026</p>"
               "<p>The Directorate of Revenue Intelligence intercepted 60 kg of N-phenethyl-4-piperidone (NPP, CAS 39742-60-4), a fentanyl precursor, "
               "in an export consignment declared as &#39;sodium bicarbonate&#39;. Officials said the exporter had advertised &#39;100% customs clearance&#39; "
               "and &#39;free reshipment&#39; on several B2B portals and routed parcels through a forwarding agent in Hong Kong.</p>"
               "<p>IndiaTradeMart has removed the listings and reminds sellers that NPP, 4-ANPP, 4-AP, 1-boc-4-AP and norfentanyl are "
               "controlled precursors.</p></article>" + foot))
    s.add(Page("/about-us.html", head("About IndiaTradeMart") + crumbs(("About Us", "/about-us.html")) +
               "<h1>About Us</h1><p>IndiaTradeMart connects Indian and international manufacturers with buyers since 2007.</p>" + foot))
    s.add(Page("/trustseal.html", head("TrustSEAL") + crumbs(("TrustSEAL", "/trustseal.html")) +
               "<h1>TrustSEAL Verification</h1><p>TrustSEAL sellers have had their GST, address and bank details verified by a third party. "
               "It is not a certification of the products they list.</p>" + foot))
    s.add(Page("/help/terms.html", head("Terms of Use") + crumbs(("Terms", "/help/terms.html")) +
               "<h1>Terms of Use</h1><p>Sellers must not list narcotic drugs, psychotropic substances or controlled precursors "
               "(including fentanyl, its analogues, nitazenes and their precursors NPP and 4-ANPP). Listings promising to evade customs "
               "(e.g. &#39;reship if seized&#39;, false declarations) will be removed.</p>" + foot))
    s.flaky.add("/buy-leads/")
    return s

# ================================================================ 3. synthboard (Invision Community 4 forum)

class Post:
    def __init__(self, author, group, html, offers=(), claims=(), when="2026-10-02T09:14:00Z"):
        self.author, self.group, self.html, self.when = author, group, html, when
        self.offers, self.claims = list(offers), set(claims)


def synthboard():
    s = Site("synthboard", "forum-invision")
    s.robots = ("User-agent: *\nDisallow: /profile/\nDisallow: /search/\nDisallow: /login/\nDisallow: /register/\n"
                "Disallow: /discover/\nDisallow: /notifications/\nDisallow: /messenger/\nDisallow: /index.php\nDisallow: /online/\n"
                "Crawl-delay: 1\n")
    s.disallow = ["/profile/", "/search/", "/login/", "/register/", "/discover/", "/notifications/", "/messenger/", "/index.php", "/online/"]
    s.rate_limit = 8
    s.junk_params = ["do", "sortby", "sortdirection", "csrfKey", "tab", "utm_source", "utm_medium", "comment"]
    profiles = {}
    def prof(name):
        if name not in profiles:
            profiles[name] = "/profile/%d-%s/" % (60 + 7 * len(profiles), slugify(name) or "user%d" % len(profiles))
        return profiles[name]
    V, M, MOD = "Verified Vendor", "Members", "Moderators"
    cid = [5500]

    def q(user, text):
        return ("<blockquote class=\"ipsQuote\" data-ipsquote=\"\" data-ipsquote-contentapp=\"forums\" data-ipsquote-contentclass=\"forums_Topic\" "
                "data-ipsquote-username=\"%s\"><div class=\"ipsQuote_citation\">%s said:</div><div class=\"ipsQuote_contents\"><p>%s</p></div></blockquote>"
                % (esc(user), esc(user), text))

    o = {}  # offers
    o["ns_npp"] = Offer(npp, "NPP", price="$300/kg")
    o["ns_anpp"] = Offer(anpp, "4-ANPP", price="$420/kg")
    o["ns_bocpip"] = Offer(bocpip, "1-boc-4-piperidone", price="$90/kg")
    o["ns_ap4"] = Offer(ap4, "4-AP", cas=None, price="$380/kg")
    o["lab_meton"] = Offer(meton, "Metοnitazene", cas=None, price="$90/g")
    o["lab_proton"] = Offer(proton, "Protonitazine", price="$95/g")
    o["lab_etpyne"] = Offer(etonpyne, "N-pyrrolidino etonitazene", cas=None, price="$110/g")
    o["op_nov"] = Offer(nov_f2, "FPP-22", cas=None, price="$150/g")
    o["op_fuf"] = Offer(furanylf, "Fu-F", cas=None, price="$70/g")
    o["op_carf"] = Offer(carfent, "c a r f e n t a n i l", cas=None, price="$400/g")
    o["op_mann"] = Offer(mannitol, "mannitol", price="$20/kg")
    o["px_xyl"] = Offer(xylazine, "Xylazine HCl", cas="7361-61-7", price="$250/kg")
    o["px_lido"] = Offer(lidohcl, "Lidocaine HCl", price="$60/kg")
    o["bh_brom"] = Offer(bromazolam, "Bromazolam", cas=None, price="$3/pill")
    o["gp_bocpip"] = Offer(bocpip, "Item A", cas="79099-07-3", price="$85/kg")
    o["gp_pip4"] = Offer(pip4, "Item B", cas="41661-47-6", price="$110/kg")
    o["gp_bzpip"] = Offer(bzpip, "Item C", cas="3612-20-2", price="$60/kg")
    o["ru_proton"] = Offer(proton, "Протонитазен", price="120$")
    o["ru_anpp"] = Offer(anpp, "4-ANPP", cas=None, price="450$")
    o["ru_npp"] = Offer(npp, "NPP", cas="39742-60-4", price="380$")
    o["ru_iso"] = Offer(isoton, "Изотонитазен", cas=None, price="150$")
    o["wtb_boc"] = Offer(boc4ap, "1-boc-4-AP", price="$400/kg")

    T = []   # (tid, forum, title, author, [pages of posts])
    T.append((1043, 5, "[VENDOR] NorthStar Chem — official sales thread", "NorthStar", [
        [Post("NorthStar", V,
              "<p><strong>NorthStar Chem</strong> &mdash; in business since 2019, 400+ completed orders on this board.</p>"
              "<table><thead><tr><th>Product</th><th>CAS</th><th>Price</th></tr></thead><tbody>"
              "<tr><td>NPP (1-phenethyl-4-piperidone)</td><td>39742-60-4</td><td>$300/kg</td></tr>"
              "<tr><td>4-ANPP</td><td>21409-26-7</td><td>$420/kg</td></tr>"
              "<tr><td>1-boc-4-piperidone</td><td>79099-07-3</td><td>$90/kg</td></tr></tbody></table>"
              "<p>Shipping: DDP to US / CA / MX, customs cleared by our broker. Reship once if seized (send tracking proof).</p>"
              "<p>Contact: Session <code>05a9c1e7f2…</code> or Threema <code>NSCHEM42</code>. BTC/XMR only.</p>",
              offers=[o["ns_npp"], o["ns_anpp"], o["ns_bocpip"]], claims={"customs", "reship"}, when="2026-09-14T08:02:00Z"),
         Post("labrat_88", M, "<p>Is 4-ANPP still in stock? Need 2 kg.</p>", when="2026-09-20T17:40:00Z"),
         Post("NorthStar", V,
              "<p>Yes, restocked. Also new this month: 4-AP (N-phenylpiperidin-4-amine) at $380/kg, min 500 g.</p>"
              "<p>Everything goes vacuum sealed inside protein-powder tubs, declared as &ldquo;whey protein supplement&rdquo; on the CN23.</p>",
              offers=[o["ns_ap4"]], claims={"stealth", "mislabel"}, when="2026-09-21T06:12:00Z")],
        [Post("quietbuyer", M, q("NorthStar", "Reship once if seized (send tracking proof).") +
              "<p>Can confirm this. First parcel got stuck in Memphis, they reshipped after I sent the USPS notice. Took 19 days total.</p>",
              when="2026-10-11T22:05:00Z"),
         Post("newguy2026", M, "<p>anyone tested their NPP? melting point?</p>", when="2026-10-19T13:30:00Z"),
         Post("Mod_Kestrel", MOD, "<p>Please keep reviews in the Reviews forum. This thread is for the vendor&#39;s offers.</p>", when="2026-10-19T14:01:00Z")],
    ]))
    T.append((1057, 5, "[WTS] Reference standards restock — LabRC", "LabRC", [
        [Post("LabRC", V,
              "<p>Restock of analytical reference standards, 1 g units:</p><ul>"
              "<li>Metοnitazene &mdash; $90/g</li><li>Protonitazine HCl (CAS 95958-84-2) &mdash; $95/g</li>"
              "<li>N-pyrrolidino etonitazene &mdash; $110/g</li></ul>"
              "<p>EU buyers: ships from our warehouse in NL, so no customs for you. Discreet mylar, odour-proof, no names on the box.</p>"
              "<p>Order via Wickr <code>labrc_orders</code>.</p>",
              offers=[o["lab_meton"], o["lab_proton"], o["lab_etpyne"]], claims={"forwarding", "stealth"}, when="2026-10-01T10:00:00Z"),
         Post("Mod_Kestrel", MOD, "<p>Reminder of <a href=\"/topic/1001-marketplace-rules-read-before-posting/\">rule 4</a>. Thread under review.</p>",
              when="2026-10-01T12:22:00Z")],
    ]))
    T.append((1062, 5, "New research opioid reference — Opiolab", "Opiolab", [
        [Post("Opiolab", V,
              "<p>New in: <strong>FPP-22</strong>, N-(4-fluorophenyl)-N-[1-(2-phenylpropyl)piperidin-4-yl]propanamide, 99% HPLC &mdash; $150/g.</p>"
              "<p>Still available: Fu-F $70/g, c a r f e n t a n i l (vet grade, 1 g) $400/g. Cut: mannitol (CAS 69-65-8) $20/kg.</p>"
              "<p>Free reship if your parcel is lost or seized. XMR only.</p>",
              offers=[o["op_nov"], o["op_fuf"], o["op_carf"], o["op_mann"]], claims={"reship"}, when="2026-10-05T03:33:00Z"),
         Post("harmreduction_hq", M, "<p>Anyone buying this: carry naloxone and test every batch. FPP-22 has no human data at all.</p>",
              when="2026-10-05T09:10:00Z")],
    ]))
    T.append((1070, 5, "[VENDOR] PhillyVetSupply — tranq bulk, domestic", "PhillyVetSupply", [
        [Post("PhillyVetSupply", V,
              "<p>Xylazine HCl (CAS 7361-61-7) $250/kg, lidocaine HCl (CAS 73-78-9) $60/kg.</p>"
              "<p>USA only &mdash; ships domestic USPS Priority from our PA stash house, product comes in from overseas via our forwarder so you never touch customs.</p>",
              offers=[o["px_xyl"], o["px_lido"]], claims={"forwarding"}, when="2026-10-08T19:45:00Z"),
         Post("jerseyjim", M, "<p>Prices went up again?</p>", when="2026-10-09T01:02:00Z"),
         Post("PhillyVetSupply", V, "<p>Supply is tight after the DEA rule. Still the best price on the board.</p>", when="2026-10-09T02:18:00Z")],
    ]))
    T.append((1074, 5, "[VENDOR] BenzoHaus — pressed bars", "BenzoHaus", [
        [Post("BenzoHaus", V, "<p>Bromazolam 1 mg pressed bars, $3/pill, min 100. We do NOT reship &mdash; buy at your own risk. No opioids, no fentanyl, ever.</p>",
              offers=[o["bh_brom"]], when="2026-10-10T11:11:00Z")],
    ]))
    T.append((1081, 5, "[VENDOR] GlobalPrecursors — piperidones bulk", "GlobalPrecursors", [
        [Post("GlobalPrecursors", V,
              "<p>Factory direct, stock in Shanghai:</p><pre>Item A  79099-07-3  $85/kg\nItem B  41661-47-6  $110/kg\nItem C  3612-20-2   $60/kg</pre>"
              "<p>Double customs clearance, tax included. Contact WhatsApp +86 177 0216 5583.</p>",
              offers=[o["gp_bocpip"], o["gp_pip4"], o["gp_bzpip"]], claims={"customs"}, when="2026-10-12T02:00:00Z")],
    ]))
    T.append((1001, 2, "Marketplace rules — read before posting", "Mod_Kestrel", [
        [Post("Mod_Kestrel", MOD,
              "<ol><li>Vendors need the Verified Vendor badge before posting in the Marketplace.</li>"
              "<li>One sales thread per vendor.</li><li>Prices must be in USD or EUR.</li>"
              "<li>No fentanyl, carfentanil, fentanyl analogues, nitazenes (isotonitazene, protonitazene, metonitazene &hellip;) or their precursors "
              "(NPP 39742-60-4, 4-ANPP 21409-26-7). Threads offering them will be removed.</li>"
              "<li>Do not promise buyers that you can beat customs (&ldquo;reship if seized&rdquo;, &ldquo;declared as supplements&rdquo;). "
              "Those promises get members arrested.</li></ol>", when="2026-01-03T00:00:00Z")],
    ]))
    T.append((1002, 2, "Scam warning: Telegram clones of verified vendors", "Mod_Kestrel", [
        [Post("Mod_Kestrel", MOD, "<p>Several Telegram accounts copy our vendors&#39; names and promise &ldquo;100% customs clearance&rdquo;. "
              "They are not on this board. Only trust contacts posted in a vendor&#39;s thread.</p>", when="2026-08-01T00:00:00Z")],
    ]))
    T.append((1090, 6, "WTB 1-boc-4-AP 5 kg, EU delivery", "eu_synth", [
        [Post("eu_synth", M, "<p>Looking for tert-butyl 4-(phenylamino)piperidine-1-carboxylate (1-boc-4-AP, CAS 125541-22-2), 5 kg, delivered to DE. "
              "Must have reship guarantee. PM offers.</p>", when="2026-10-14T08:00:00Z"),
         Post("GlobalPrecursors", V, "<p>We have 1-boc-4-AP 99% in stock, $400/kg, CAS 125541-22-2. Reship guaranteed if seized, shipped from our Rotterdam forwarder. PM sent.</p>",
              offers=[o["wtb_boc"]], claims={"reship", "forwarding"}, when="2026-10-14T09:30:00Z"),
         Post("eu_synth", M, "<p>Thanks, replied.</p>", when="2026-10-14T10:02:00Z")],
    ]))
    T.append((1094, 6, "Looking for isotonitazene source in AU?", "kanga_roo", [
        [Post("kanga_roo", M, "<p>Anyone know a vendor for isotonitazene that ships to AU with stealth? Will pay well.</p>", when="2026-10-15T08:00:00Z"),
         Post("harmreduction_hq", M, "<p>Please don&#39;t. Isotonitazene is several times stronger than fentanyl, and AU border force tests everything.</p>",
              when="2026-10-15T09:00:00Z")],
    ]))
    T.append((1101, 8, "DEA schedules seven more nitazenes", "newsbot", [
        [Post("newsbot", M, "<p>The DEA has placed seven more benzimidazole opioids in Schedule I, including N-pyrrolidino protonitazene, "
              "N-desethyl isotonitazene and ethyleneoxynitazene. Isotonitazene (CAS 14188-81-9), metonitazene and protonitazene were already "
              "controlled. The notice says sellers typically advertise &ldquo;stealth shipping&rdquo; and &ldquo;reship if seized&rdquo;.</p>",
              when="2026-09-30T00:00:00Z")],
    ]))
    T.append((1105, 8, "Xylazine wounds — what we know", "harmreduction_hq", [
        [Post("harmreduction_hq", M, "<p>Xylazine (tranq) is showing up in most fentanyl samples tested in Philadelphia. Fentanyl test strips do not detect it; "
              "use xylazine strips too. &ldquo;Fentanyl-free&rdquo; on a bag means nothing.</p>", when="2026-09-01T00:00:00Z")],
    ]))
    T.append((1110, 8, "NorthStar review — stealth was good", "quietbuyer", [
        [Post("quietbuyer", M, q("NorthStar", "Everything goes vacuum sealed inside protein-powder tubs, declared as &ldquo;whey protein supplement&rdquo; on the CN23.") +
              "<p>Exactly as they said, the tub looked untouched. 10/10 stealth. The NPP was fine.</p>", when="2026-10-20T00:00:00Z"),
         Post("skeptic", M, "<p>They all say &ldquo;DDP, customs cleared&rdquo; until it isn&#39;t.</p>", when="2026-10-21T00:00:00Z")],
    ]))
    T.append((1120, 11, "[ПРОДАВЕЦ] ХимЛаб — прайс и доставка", "ХимЛаб", [
        [Post("ХимЛаб", V,
              "<p>Актуальный прайс:</p><ul><li>Протонитазен 1г &mdash; 120$ (CAS 95958-84-2)</li>"
              "<li>4-ANPP (4-анилино-N-фенэтилпиперидин) 1кг &mdash; 450$</li><li>NPP (N-фенэтил-4-пиперидон), CAS 39742-60-4, 1кг &mdash; 380$</li></ul>"
              "<p>Доставка: стелс-упаковка, вакуум. При задержке на таможне &mdash; бесплатный решип. В декларации пишем &laquo;бытовая химия&raquo;.</p>",
              offers=[o["ru_proton"], o["ru_anpp"], o["ru_npp"]], claims={"stealth", "reship", "mislabel"}, when="2026-10-03T00:00:00Z"),
         Post("almaty_chem", M, "<p>Как с доставкой в Казахстан?</p>", when="2026-10-04T00:00:00Z"),
         Post("ХимЛаб", V, "<p>В Казахстан отправляем через наш склад в Бишкеке, растаможку берём на себя.</p>",
              claims={"forwarding", "customs"}, when="2026-10-04T03:00:00Z")],
        [Post("almaty_chem", M, q("ХимЛаб", "При задержке на таможне &mdash; бесплатный решип.") +
              "<p>Посылка висит на таможне уже месяц, решипа так и не было. Осторожно.</p>", when="2026-10-25T00:00:00Z"),
         Post("ХимЛаб", V, "<p>Решим в личке. Новое поступление: изотонитазен 1г &mdash; 150$.</p>", offers=[o["ru_iso"]], when="2026-10-25T05:00:00Z")],
    ]))
    T.append((1124, 11, "Осторожно: фейковый карфентанил", "Mod_Kestrel", [
        [Post("Mod_Kestrel", MOD, "<p>В Telegram продают &laquo;карфентанил&raquo; и &laquo;фентанил&raquo; по предоплате &mdash; это мошенники. "
              "Продажа опиоидов на форуме запрещена.</p>", when="2026-09-10T00:00:00Z")],
    ]))
    forums = {2: ("announcements", "Announcements", "Rules and staff notices"),
              5: ("vendor-marketplace", "Vendor Marketplace", "Verified vendors only. One thread per vendor."),
              6: ("wanted-wtb", "Wanted (WTB)", "Buying requests. Vendors reply by PM or in thread."),
              8: ("harm-reduction-news", "Harm Reduction &amp; News", "Safety information, news, reviews"),
              11: ("russkaya-sektsiya", "Русская секция", "Обсуждения на русском")}
    fpath = {k: "/forum/%d-%s/" % (k, v[0]) for k, v in forums.items()}
    translit = {1120: "prodavets-khimlab-prais-i-dostavka", 1124: "ostorozhno-feikovyi-karfentanil"}
    tpath = {tid: "/topic/%d-%s/" % (tid, translit.get(tid) or slugify(title)) for tid, _, title, _, _ in T}
    for tid in tpath:
        s.redirects["/topic/%d/" % tid] = tpath[tid]

    def head(title, crumbs, controller):
        bc = "".join("<li><a href=\"%s\"><span>%s <i class=\"fa fa-angle-right\"></i></span></a></li>" % (h, t) for t, h in crumbs)
        return ("<!DOCTYPE html>\n<html lang=\"en-US\" dir=\"ltr\">\n<head>\n<title>%s - SynthLab Board</title>\n"
                "<!--[if lt IE 9]><script src=\"/applications/core/interface/html5shiv/html5shiv.js\"></script><![endif]-->\n"
                "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                "<meta property=\"og:site_name\" content=\"SynthLab Board\">\n"
                "<link rel=\"stylesheet\" href=\"/uploads/css_built_1/341e4a57816af3ba440d891ca87450ff_framework.css?v=5a1f8cc9a41699985721\" media=\"all\">\n"
                "<link rel=\"stylesheet\" href=\"/uploads/css_built_1/05e81b71abe4f22d6eb8d1a929494829_responsive.css?v=5a1f8cc9a41699985721\" media=\"all\">\n"
                "<script>var ipsDebug=false;var ipsSettings={cookie_path:\"/\",cookie_prefix:\"ips4_\",baseURL:\"/\",upload_imgURL:\"\",message_imgURL:\"\"};</script>\n"
                "</head>\n<body class=\"ipsApp ipsApp_front ipsJS_none ipsClearfix\" data-controller=\"core.front.core.app\" data-message=\"\" "
                "data-pageapp=\"forums\" data-pagelocation=\"front\" data-pagemodule=\"forums\" data-pagecontroller=\"%s\">\n"
                "<a href=\"#ipsLayout_mainArea\" class=\"ipsHide\" title=\"Go to main content on this page\" accesskey=\"m\">Jump to content</a>\n"
                "<div id=\"ipsLayout_header\" class=\"ipsClearfix\"><header><div class=\"ipsLayout_container\"><a href=\"/\" id=\"elLogo\" accesskey=\"1\">SynthLab Board</a>"
                "<ul id=\"elUserNav\" class=\"ipsList_inline cSignedOut ipsResponsive_showDesktop\"><li id=\"elSignInLink\"><a href=\"/login/\">Existing user? Sign In</a></li>"
                "<li><a href=\"/register/\" class=\"ipsButton ipsButton_normal ipsButton_primary\">Sign Up</a></li></ul></div></header>"
                "<nav data-controller=\"core.front.core.navBar\" class=\"ipsNavBar_noSubBars ipsResponsive_showDesktop\"><div class=\"ipsNavBar_primary ipsLayout_container ipsNavBar_noSubBars\">"
                "<ul data-role=\"primaryNavBar\" class=\"ipsClearfix\"><li id=\"elNavSecondary_1\" data-role=\"navBarItem\" class=\"ipsNavBar_active\"><a href=\"/\">Forums</a></li>"
                "<li data-role=\"navBarItem\"><a href=\"/discover/\">Activity</a></li><li data-role=\"navBarItem\"><a href=\"/staff/\">Staff</a></li>"
                "<li data-role=\"navBarItem\"><a href=\"/guidelines/\">Guidelines</a></li><li data-role=\"navBarItem\"><a href=\"/online/\">Online Users</a></li></ul>"
                "<div id=\"elSearchWrapper\"><div id=\"elSearch\"><form accept-charset=\"utf-8\" action=\"/search/?do=quicksearch\" method=\"post\"><input type=\"search\" id=\"elSearchField\" placeholder=\"Search...\" name=\"q\"></form></div></div>"
                "</div></nav></div>\n<main id=\"ipsLayout_body\" class=\"ipsLayout_container\"><div id=\"ipsLayout_contentArea\"><div id=\"ipsLayout_contentWrapper\">"
                "<nav class=\"ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover\"><ul data-role=\"breadcrumbList\"><li><a title=\"Home\" href=\"/\"><span><i class=\"fa fa-home\"></i> Home <i class=\"fa fa-angle-right\"></i></span></a></li>%s</ul>"
                "<ul class=\"ipsList_inline ipsPos_right\"><li><a data-ipsTooltip href=\"/discover/unread/\" title=\"Unread content\"><i class=\"fa fa-eye\"></i> Unread</a></li></ul></nav>"
                "<div id=\"ipsLayout_mainArea\">\n") % (esc(title), controller, bc)
    foot = ("\n</div></div></div></main>\n<footer id=\"ipsLayout_footer\" class=\"ipsClearfix\"><div class=\"ipsLayout_container\">"
            "<ul class=\"ipsList_inline ipsType_center ipsSpacer_top\" id=\"elFooterLinks\"><li><a href=\"/privacy/\">Privacy Policy</a></li>"
            "<li><a href=\"/guidelines/\">Guidelines</a></li><li><a href=\"/staff/\">Staff</a></li></ul>"
            "<p id=\"elCopyright\"><span id=\"elCopyright_userLine\">SynthLab Board &copy; 2026</span> <a rel=\"nofollow\" title=\"Invision Community\" href=\"https://www.invisioncommunity.com/\">Powered by Invision Community</a></p>"
            "</div></footer>\n<div id=\"elGuestTerms\" class=\"ipsPad_half ipsJS_hide\" data-role=\"guestTermsBar\" data-controller=\"core.front.core.guestTerms\">"
            "<div class=\"ipsLayout_container cGuestTerms\"><div class=\"ipsGrid ipsGrid_collapsePhone\"><div class=\"ipsGrid_span10 cGuestTerms_contents\"><span class=\"ipsType_light\">"
            "By using this site, you agree to our <a href=\"/privacy/\">Privacy Policy</a> and <a href=\"/guidelines/\">Guidelines</a>. "
            "We have placed cookies on your device to help make this website better.</span></div><div class=\"ipsGrid_span2 cGuestTerms_button\">"
            "<a href=\"/index.php?app=core&amp;module=system&amp;controller=terms&amp;do=dismiss\" class=\"ipsButton ipsButton_fullWidth ipsButton_veryLight ipsButton_large\">Got it</a></div></div></div></div>\n"
            "<script src=\"/uploads/javascript_global/root_library.js?v=5a1f8cc9a41699985721\" data-ips></script>\n"
            "<script src=\"/uploads/javascript_global/root_framework.js?v=5a1f8cc9a41699985721\" data-ips></script>\n"
            "<script type=\"application/ld+json\">{\"@context\":\"http://www.schema.org\",\"publisher\":\"/#organization\",\"@type\":\"WebSite\",\"@id\":\"/#website\",\"mainEntityOfPage\":\"/\",\"name\":\"SynthLab Board\",\"url\":\"/\",\"potentialAction\":{\"type\":\"SearchAction\",\"query-input\":\"required name=query\",\"target\":\"/search/?q={query}\"}}</script>\n"
            "</body>\n</html>\n")

    def pagination(base, n, cur):
        if n < 2:
            return ""
        def u(k):
            return base + ("page/%d/" % k if k > 1 else "")
        lis = ["<li class=\"ipsPagination_prev%s\"><a href=\"%s\" rel=\"prev\" data-page=\"%d\">Prev</a></li>" % (" ipsPagination_inactive" if cur == 1 else "", u(max(1, cur - 1)), max(1, cur - 1))]
        lis += ["<li class=\"ipsPagination_page%s\"><a href=\"%s\" data-page=\"%d\">%d</a></li>" % (" ipsPagination_active" if k == cur else "", u(k), k, k) for k in range(1, n + 1)]
        lis.append("<li class=\"ipsPagination_next%s\"><a href=\"%s\" rel=\"next\" data-page=\"%d\">Next</a></li>" % (" ipsPagination_inactive" if cur == n else "", u(min(n, cur + 1)), min(n, cur + 1)))
        return "<ul class=\"ipsPagination\" data-pages=\"%d\" data-ipsPagination data-ipsPagination-pages=\"%d\">%s</ul>" % (n, n, "".join(lis))

    def render_post(p, tp):
        cid[0] += 7
        c = cid[0]
        color = {"Verified Vendor": "#e67e22", "Moderators": "#2980b9"}.get(p.group, "")
        grp = ("<span style='color:%s'>%s</span>" % (color, p.group)) if color else p.group
        return ("<article id=\"elComment_%d\" class=\"cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone\">"
                "<aside class=\"ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone\"><h3 class=\"ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break\">"
                "<strong><a href=\"%s\" class=\"ipsType_break\">%s</a></strong></h3><ul class=\"cAuthorPane_info ipsList_reset\"><li data-role=\"group\">%s</li>"
                "<li data-role=\"stats\" class=\"ipsMargin_top ipsType_light\"><ul class=\"ipsList_reset ipsType_light cAuthorPane_stats\"><li><i class=\"fa fa-comment\"></i> %d</li></ul></li></ul></aside>"
                "<div class=\"ipsColumn ipsColumn_fluid ipsMargin:none\"><div id=\"comment-%d_wrap\" data-controller=\"core.front.core.comment\" data-commentapp=\"forums\" data-commenttype=\"forums\" "
                "data-commentid=\"%d\" class=\"ipsComment_content ipsType_medium\"><div class=\"ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse\">"
                "<div class=\"ipsType_reset ipsType_medium ipsType_blendLinks ipsComment_header\"><p class=\"ipsType_reset\"><a href=\"%s?do=findComment&amp;comment=%d\" class=\"ipsType_blendLinks\">Posted "
                "<time datetime=\"%s\" title=\"%s\" data-short=\"1 mo\">%s</time></a></p></div></div>"
                "<div class=\"cPost_contentWrap\"><div data-role=\"commentContent\" class=\"ipsType_normal ipsType_richText ipsPadding_bottom ipsContained\" data-controller=\"core.front.core.lightboxedImages\">%s</div>"
                "<ul class=\"ipsComment_controls ipsClearfix ipsItemControls\"><li><a href=\"%s?do=findComment&amp;comment=%d\" class=\"ipsButton ipsButton_light ipsButton_verySmall\">Quote</a></li></ul></div></div></div></article>\n"
                ) % (c, prof(p.author), esc(p.author), grp, 40 + c % 400, c, c, tp, c, p.when, p.when, p.when[:10], p.html, tp, c)

    topic_rows = {k: [] for k in forums}
    for tid, fid, title, author, pages in T:
        base = tpath[tid]
        nposts = sum(len(pg) for pg in pages)
        topic_rows[fid].append((tid, title, author, nposts, pages[-1][-1].when))
        for pi, posts in enumerate(pages, 1):
            path = base + ("page/%d/" % pi if pi > 1 else "")
            offers = [x for p in posts for x in p.offers]
            claims = set().union(*[p.claims for p in posts])
            body = ("<div class=\"ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom\"><div class=\"ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4\">"
                    "<div class=\"ipsFlex-flex:11\"><h1 class=\"ipsType_pageTitle ipsContained_container\"><span class=\"ipsType_break ipsContained\"><span>%s</span></span></h1></div></div>"
                    "<div class=\"ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3\"><div class=\"ipsPhotoPanel ipsPhotoPanel_mini\">"
                    "<div><p class=\"ipsType_reset ipsType_blendLinks\"><span class=\"ipsType_normal\">By <a href=\"%s\">%s</a></span></p></div></div></div></div>"
                    "<div class=\"ipsClearfix\"><ul class=\"ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both\"><li class=\"ipsToolList_primaryAction\">"
                    "<a href=\"%s?do=reply\" class=\"ipsButton ipsButton_important ipsButton_medium ipsButton_fullWidth\">Reply to this topic</a></li></ul>%s</div>"
                    "<div id=\"comments\" data-controller=\"core.front.core.commentFeed,forums.front.topic.view, core.front.core.ignoredComments\" data-baseurl=\"%s\" data-feedid=\"topic-%d\">%s</div>"
                    "<div class=\"ipsClearfix\">%s</div>"
                    "<div class=\"ipsResponsive_noFloat ipsResponsive_block\"><ul class=\"ipsList_inline ipsClearfix\"><li><a href=\"%s\">Go to topic listing</a></li></ul></div>"
                    ) % (esc(title), prof(author), esc(author), base, pagination(base, len(pages), pi), base, tid,
                         "".join(render_post(p, base) for p in posts), pagination(base, len(pages), pi), fpath[fid])
            s.add(Page(path, head(title + (" - Page %d" % pi if pi > 1 else "") + " - " + forums[fid][1].replace("&amp;", "&"),
                                  [(forums[fid][1], fpath[fid]), (esc(title), base)], "topic") + body + foot,
                       listing=bool(offers), hits={x.key for x in offers if x.key}, cas={x.cas for x in offers if x.cas}, claims=claims))

    for fid, (slug, name, desc) in forums.items():
        rows = sorted(topic_rows[fid], key=lambda r: r[4], reverse=True)
        pages = paginate(rows, 4)
        for pi, chunk in enumerate(pages, 1):
            path = fpath[fid] + ("page/%d/" % pi if pi > 1 else "")
            lis = "".join(
                "<li class=\"ipsDataItem ipsDataItem_responsivePhoto\" data-rowid=\"%d\"><div class=\"ipsDataItem_main\"><h4 class=\"ipsDataItem_title ipsContained_container\">"
                "<span class=\"ipsType_break ipsContained\"><a href=\"%s\" data-ipshover data-ipshover-target=\"%s?preview=1\" data-ipshover-timeout=\"1.5\"><span>%s</span></a></span></h4>"
                "<div class=\"ipsDataItem_meta ipsType_reset ipsType_light ipsType_blendLinks\"><span>By <a href=\"%s\">%s</a>, </span><time datetime=\"%s\">%s</time></div></div>"
                "<ul class=\"ipsDataItem_stats\"><li><span class=\"ipsDataItem_stats_number\">%d</span><span class=\"ipsDataItem_stats_type\"> replies</span></li></ul>"
                "<ul class=\"ipsDataItem_lastPoster ipsDataItem_withPhoto ipsType_blendLinks\"><li><a href=\"%s?do=getLastComment\" title=\"Go to last post\">Last reply</a></li></ul></li>"
                % (tid, ("/topic/%d/" % tid) if tid % 2 else tpath[tid], tpath[tid], esc(t), prof(a), esc(a), w, w[:10], n - 1, tpath[tid])
                for tid, t, a, n, w in chunk)
            body = ("<div class=\"ipsPageHeader ipsClearfix\"><h1 class=\"ipsType_pageTitle\">%s</h1><div class=\"ipsType_richText ipsType_normal\"><p>%s</p></div></div>"
                    "<div class=\"ipsBox\"><div class=\"ipsButtonBar ipsPad_half ipsClearfix ipsClear\">%s<ul class=\"ipsButtonRow ipsPos_right ipsClearfix\">"
                    "<li><a href=\"%s?sortby=start_date&amp;sortdirection=desc\">Start date</a></li><li><a href=\"%s?sortby=views&amp;sortdirection=desc\">Most viewed</a></li></ul></div>"
                    "<ol class=\"ipsDataList ipsDataList_zebra ipsClear cForumTopicTable cTopicList\" data-role=\"tableRows\">%s</ol>%s</div>"
                    ) % (name, desc, pagination(fpath[fid], len(pages), pi), path, path, lis, pagination(fpath[fid], len(pages), pi))
            s.add(Page(path, head(name.replace("&amp;", "&"), [(name, fpath[fid])], "forums") + body + foot))

    cats = [("Marketplace", [5, 6]), ("Community", [2, 8, 11])]
    idx = "".join(
        "<li data-categoryid=\"%d\" class=\"cForumRow ipsBox ipsSpacer_bottom\"><h2 class=\"ipsType_sectionTitle ipsType_reset cForumTitle\">%s</h2>"
        "<ol class=\"ipsDataList ipsDataList_large ipsDataList_zebra ipsAreaBackground_reset\" data-role=\"forums\">%s</ol></li>"
        % (n, cname, "".join("<li class=\"cForumRow ipsDataItem ipsDataItem_responsivePhoto ipsClearfix\" data-forumid=\"%d\"><div class=\"ipsDataItem_main\">"
                              "<h4 class=\"ipsDataItem_title ipsType_large ipsType_break\"><a href=\"%s\">%s</a></h4><div class=\"ipsDataItem_meta ipsType_richText\">%s</div></div>"
                              "<dl class=\"ipsDataItem_stats ipsDataItem_statsLarge\"><dt class=\"ipsDataItem_stats_number\">%d</dt><dd class=\"ipsDataItem_stats_type ipsType_light\">posts</dd></dl></li>"
                              % (f, fpath[f], forums[f][1], forums[f][2], 100 + 37 * f) for f in fl))
        for n, (cname, fl) in enumerate(cats, 1))
    s.add(Page("/", head("Forums", [], "index") +
               "<div class=\"ipsPageHeader ipsClearfix ipsSpacer_bottom\"><h1 class=\"ipsType_pageTitle\">Forums</h1></div>"
               "<section><ol class=\"ipsList_reset cForumList\" data-role=\"forums\">%s</ol></section>"
               "<div class=\"ipsWidget ipsWidget_vertical\"><h3 class=\"ipsWidget_title ipsType_reset\">Popular Now</h3><ul class=\"ipsDataList\">"
               "<li class=\"ipsDataItem\"><a href=\"%s\">NorthStar Chem &mdash; official sales thread</a></li><li class=\"ipsDataItem\"><a href=\"%s\">Xylazine wounds</a></li></ul></div>"
               % (idx, tpath[1043], tpath[1105]) + foot))
    s.add(Page("/guidelines/", head("Guidelines", [("Guidelines", "/guidelines/")], "guidelines") +
               "<div class=\"ipsType_richText ipsType_normal\"><h1>Community Guidelines</h1><p>Be civil. No doxxing. Sourcing talk only in the Marketplace and WTB forums. "
               "Read the <a href=\"%s\">Marketplace rules</a>.</p></div>" % tpath[1001] + foot))
    s.add(Page("/staff/", head("Staff", [("Staff", "/staff/")], "staff") +
               "<div class=\"ipsBox\"><h1 class=\"ipsType_pageTitle\">Our Staff</h1><ul><li><a href=\"%s\">Mod_Kestrel</a> &mdash; Moderator</li></ul></div>" % prof("Mod_Kestrel") + foot))
    s.add(Page("/privacy/", head("Privacy Policy", [("Privacy Policy", "/privacy/")], "privacy") +
               "<div class=\"ipsType_richText\"><h1>Privacy Policy</h1><p>We store your IP address for 30 days.</p></div>" + foot))
    for name, path in profiles.items():
        s.add(Page(path, head(name, [], "profile") + "<h1>%s</h1><p>Member since 2024.</p>" % esc(name) + foot))
    s.add(Page("/discover/", head("All Activity", [], "discover") + "<p>Activity stream</p>" + foot))
    s.flaky.update({tpath[1062], fpath[8]})
    return s

# ================================================================ 4. kimyadepo (Turkish IdeaSoft shop, windows-1254)

def kimyadepo():
    s = Site("kimyadepo", "storefront-ideasoft-tr")
    CS = "windows-1254"
    CT = "text/html; charset=windows-1254"
    s.robots = ("User-agent: *\nDisallow: /sepet\nDisallow: /uye-girisi\nDisallow: /uye-ol\nDisallow: /hesabim\nDisallow: /arama\n"
                "Disallow: /favorilerim\nDisallow: /karsilastir\nDisallow: /siparis\nSitemap: /sitemap.xml\n")
    s.disallow = ["/sepet", "/uye-girisi", "/uye-ol", "/hesabim", "/arama", "/favorilerim", "/karsilastir", "/siparis"]
    s.junk_params = ["sort", "siralama", "limit", "utm_source", "utm_medium", "ref", "currency", "view"]
    CL = {
        "reship": "Gümrükte el konulursa ücretsiz yeniden gönderim (reship) yapılır.",
        "customs": "Gümrük garantili teslimat – vergi ve gümrük işlemleri tamamen bize aittir.",
        "stealth": "Gizli paketleme: dış ambalajda ürün adı veya firma adı bulunmaz.",
        "mislabel": "Gümrük beyannamesinde ürün ‘temizlik malzemesi’ olarak beyan edilir.",
        "forwarding": "Avrupa siparişleri Almanya deposumuzdan aktarmalı olarak gönderilir.",
    }
    def c(*k):
        return [(x, CL[x]) for x in k]
    cats = {"farmasotik-ara-urunler": "Farmasötik Ara Ürünler", "arastirma-kimyasallari": "Araştırma Kimyasalları",
            "laboratuvar-sarf": "Laboratuvar Kimyasalları", "zarar-azaltma": "Zarar Azaltma Ürünleri"}
    P = [
        Offer(npp, "N-Fenetil-4-Piperidon (NPP) %99 - 100 g", price="4.500,00", cat="farmasotik-ara-urunler", claims=c("reship", "customs"),
              desc="Beyaz kristal toz. Her partiyle birlikte HPLC analiz sertifikası gönderilir."),
        Offer(anpp, "4-ANPP (4-Anilino-N-fenetilpiperidin) - 50 g", price="6.250,00", cat="farmasotik-ara-urunler", claims=c("stealth"),
              desc="Araştırma amaçlı, saflık %99,5."),
        Offer(bocpip, "N-Boc-4-piperidon %98 - 250 g", cas="79099-07-3", price="2.900,00", cat="farmasotik-ara-urunler",
              desc="tert-Butil 4-oksopiperidin-1-karboksilat."),
        Offer(bzpip, "N-Benzil-4-piperidon %99 - 250 g", price="1.750,00", cat="farmasotik-ara-urunler",
              desc="1-Benzilpiperidin-4-on. Kontrole tabi değildir."),
        Offer(isonip, "İzonipekotik Asit - 100 g", price="980,00", cat="farmasotik-ara-urunler", desc="Piperidin-4-karboksilik asit."),
        Offer(fentanyl, "F-e-n-t-a-n-i-l Sitrat - 1 g numune", cas="990-73-8", price="3.800,00", cat="arastirma-kimyasallari",
              claims=c("mislabel", "forwarding"), desc="Referans standart. Sadece laboratuvar kullanımı içindir."),
        Offer(proton, "Protonitazen HCl %99 - 1 g", cas="95958-84-2", price="4.100,00", cat="arastirma-kimyasallari", claims=c("stealth"),
              desc="Sarı kristal toz."),
        Offer(meton, "Metonitazen - 1 g", cas=None, price="3.950,00", cat="arastirma-kimyasallari", desc="Analitik referans madde."),
        Offer(etonpyne, "Etonitazepin - 1 g", cas="2785346-75-8", price="4.400,00", cat="arastirma-kimyasallari", claims=c("reship"),
              desc="N-pirolidino etonitazen."),
        Offer(valerylf, "Valeril Fentanil - 1 g", cas=None, price="3.600,00", cat="arastirma-kimyasallari", desc="Pentanoil fentanil analoğu."),
        Offer(nov_f1, "OMCBF Araştırma Maddesi - 1 g", cas=None, price="5.200,00", cat="arastirma-kimyasallari", claims=c("customs", "stealth"),
              desc="IUPAC adı: N-(2-metoksifenil)-N-[1-(2-feniletil)piperidin-4-il]siklobütankarboksamid. Yeni analitik standart."),
        Offer(xylazine, "Ksilazin HCl (veteriner) - 25 g", cas="23076-35-9", price="2.250,00", cat="arastirma-kimyasallari",
              desc="Veteriner sedatif hammaddesi."),
        Offer(caffeine, "Kafein Anhidr - 1 kg", price="850,00", cat="laboratuvar-sarf", desc="Gıda ve farmasötik kalite."),
        Offer(citric, "Sitrik Asit Monohidrat - 1 kg", price="120,00", cat="laboratuvar-sarf", desc="E330."),
        Offer(boric, "Borik Asit - 1 kg", price="160,00", cat="laboratuvar-sarf", desc="Teknik kalite."),
        Offer(benzocaine, "Benzokain %99 - 100 g", price="540,00", cat="laboratuvar-sarf", desc="Lokal anestezik hammaddesi."),
        Offer(mannitol, "Mannitol - 1 kg", price="390,00", cat="laboratuvar-sarf", desc="Eksipiyan."),
        Offer(lactose, "Laktoz Monohidrat - 1 kg", price="210,00", cat="laboratuvar-sarf", desc="Eksipiyan.", cas="63-42-3"),
        Offer(NOSUB, "Fentanil Test Kiti (10 adet)", cas=None, price="450,00", cat="zarar-azaltma",
              desc="Numunede fentanil olup olmadığını gösteren test şeritleri. Fentanil satışı yapmıyoruz; bu ürün yalnızca test içindir."),
        Offer(naloxone, "Nalokson Referans Standardı - 100 mg", price="1.100,00", cat="zarar-azaltma", desc="Opioid antagonisti."),
    ]
    tr = str.maketrans("çğıöşüÇĞİÖŞÜ", "cgiosuCGIOSU")
    for i, o in enumerate(P):
        o.pid = 210 + i
        o.path = "/urun/" + slugify(o.title.translate(tr).replace("%", ""))
    for o in P[1::5]:
        s.redirects["/urun/eski-%d" % o.pid] = o.path

    def head(title, extra=""):
        return ("<!DOCTYPE html>\n<html lang=\"tr\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1254\">\n"
                "<title>%s</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                "<link rel=\"stylesheet\" href=\"//kimyadepo.myideasoft.example/themes/selftheme/assets/css/app.css?revision=7.4.1.0-1\">\n"
                "<script>var IdeaApp={\"shop\":{\"currency\":\"TRY\",\"lang\":\"tr\"},\"page\":{}};</script>\n%s</head>\n<body>\n"
                "<div id=\"cookie-policy\" class=\"cookie-policy\"><div class=\"cookie-policy-content\">Size daha iyi hizmet sunabilmek için çerezler kullanıyoruz. "
                "Detaylı bilgi için <a href=\"/sayfa/cerez-politikasi\">Çerez Politikası</a> sayfamızı inceleyebilirsiniz.</div>"
                "<a class=\"cookie-policy-close\" href=\"javascript:void(0)\">Kabul Et</a></div>\n"
                "<header id=\"header\"><div class=\"header-top\"><div class=\"container\"><div class=\"header-top-left\">Tüm Türkiye’ye 1.500 TL üzeri ücretsiz kargo</div>"
                "<div class=\"header-top-right\"><a href=\"/uye-girisi\">Giriş Yap</a> <a href=\"/uye-ol\">Üye Ol</a> <a href=\"/favorilerim\">Favorilerim</a></div></div></div>"
                "<div class=\"header-middle\"><div class=\"container\"><div class=\"logo\"><a href=\"/\"><img src=\"/idea/logo.png\" alt=\"KimyaDepom\"></a></div>"
                "<form class=\"search-form\" action=\"/arama\" method=\"get\"><input type=\"text\" name=\"q\" placeholder=\"Ürün, kategori veya CAS no ile arayın\"><button type=\"submit\">Ara</button></form>"
                "<a class=\"cart-button\" href=\"/sepet\">Sepetim <span class=\"cart-count\">0</span></a></div></div>"
                "<nav class=\"navigation\"><div class=\"container\"><ul class=\"navigation-menu\">%s<li><a href=\"/blog\">Blog</a></li></ul></div></nav></header>\n"
                "<main id=\"main\"><div class=\"container\">\n") % (esc(title), extra,
                "".join("<li class=\"navigation-menu-item\"><a href=\"/kategori/%s\">%s</a></li>" % (k, v) for k, v in cats.items()))
    foot = ("</div></main>\n<footer id=\"footer\"><div class=\"container\"><div class=\"footer-menu\"><div class=\"footer-menu-col\"><h4>Kurumsal</h4><ul>"
            "<li><a href=\"/sayfa/hakkimizda\">Hakkımızda</a></li><li><a href=\"/iletisim\">İletişim</a></li><li><a href=\"/sayfa/kvkk\">KVKK Aydınlatma Metni</a></li></ul></div>"
            "<div class=\"footer-menu-col\"><h4>Müşteri Hizmetleri</h4><ul><li><a href=\"/sayfa/kargo-ve-teslimat\">Kargo ve Teslimat</a></li>"
            "<li><a href=\"/sayfa/sikca-sorulan-sorular\">Sıkça Sorulan Sorular</a></li><li><a href=\"/hesabim/siparislerim\">Sipariş Takibi</a></li></ul></div>"
            "<div class=\"footer-menu-col\"><h4>Popüler Ürünler</h4><ul><li>NPP %99</li><li>4-ANPP</li><li>Protonitazen</li><li>Kafein</li></ul></div></div>"
            "<div class=\"footer-bottom\"><p>© 2026 KimyaDepom Kimya San. ve Tic. Ltd. Şti. – Tüm hakları saklıdır.</p>"
            "<p class=\"ideasoft-sign\">E-ticaret altyapısı: <a href=\"https://www.ideasoft.com.tr\" rel=\"nofollow\">IdeaSoft®</a></p></div></div></footer>\n"
            "<script src=\"//kimyadepo.myideasoft.example/themes/selftheme/assets/js/app.js?revision=7.4.1.0-1\"></script>\n</body>\n</html>\n")

    def crumbs(*trail):
        items = [("Anasayfa", "/")] + list(trail)
        return ("<div class=\"breadcrumb\"><ul itemscope itemtype=\"https://schema.org/BreadcrumbList\">%s</ul></div>" %
                "".join("<li itemprop=\"itemListElement\" itemscope itemtype=\"https://schema.org/ListItem\"><a itemprop=\"item\" href=\"%s\"><span itemprop=\"name\">%s</span></a>"
                        "<meta itemprop=\"position\" content=\"%d\"></li>" % (h, esc(t), n + 1) for n, (t, h) in enumerate(items)))

    def showcase(o, link=None):
        return ("<div class=\"col-6 col-lg-3\"><div class=\"showcase\"><div class=\"showcase-image-container\"><div class=\"showcase-image\">"
                "<a href=\"%s\" title=\"%s\"><img class=\"lazyload\" src=\"/myassets/products/%d.png\" alt=\"%s\"></a></div></div>"
                "<div class=\"showcase-content\"><div class=\"showcase-brand\"><a href=\"/marka/kimyadepom\">KimyaDepom</a></div>"
                "<div class=\"showcase-title\"><a href=\"%s\" title=\"%s\">%s</a></div>%s"
                "<div class=\"showcase-price\"><div class=\"showcase-price-new\">%s TL</div></div>"
                "<div class=\"showcase-button\"><a href=\"/sepet?ekle=%d\" class=\"showcase-button-add\">Sepete Ekle</a></div></div></div></div>"
                ) % (link or o.path, esc(o.title), o.pid, esc(o.title), link or o.path, esc(o.title), esc(o.title),
                     ("<div class=\"showcase-label\">CAS: %s</div>" % o.cas_shown) if o.cas_shown else "", o.price, o.pid)

    def add(path, html, **kw):
        s.add(Page(path, html, ctype=CT, charset=CS, **kw))

    add("/", head("KimyaDepom | Laboratuvar ve Araştırma Kimyasalları") +
        "<div class=\"home-slider\"><div class=\"slide\"><h2>Yeni sezon laboratuvar kimyasalları</h2><a href=\"/kategori/laboratuvar-sarf\">İncele</a></div></div>"
        "<div class=\"home-banners row\">%s</div><div class=\"home-text\"><h1>KimyaDepom</h1><p>2015’ten beri üniversite ve Ar-Ge laboratuvarlarına kimyasal tedarik ediyoruz.</p>"
        "<p><a href=\"/blog\">Blog yazılarımız</a></p></div>"
        % "".join("<div class=\"col-md-3 banner\"><a href=\"/kategori/%s\">%s</a></div>" % (k, v) for k, v in cats.items()) + foot)

    for ck, cname in cats.items():
        items = [o for o in P if o.cat == ck]
        pages = paginate(items, 5)
        for pi, chunk in enumerate(pages, 1):
            path = "/kategori/%s" % ck + ("?page=%d" % pi if pi > 1 else "")
            pl = lambda k: "/kategori/%s" % ck + ("?page=%d" % k if k > 1 else "")
            pag = ("<div class=\"pagination\"><ul>%s</ul></div>" % "".join(
                "<li%s><a href=\"%s\">%d</a></li>" % (" class=\"active\"" if k == pi else "", pl(k), k) for k in range(1, len(pages) + 1))) if len(pages) > 1 else ""
            sort = ("<div class=\"sort-select\"><select onchange=\"location=this.value\"><option value=\"%s\">Önerilen</option>"
                    "<option value=\"%s%ssort=price\">Fiyat (Artan)</option><option value=\"%s%ssort=-price\">Fiyat (Azalan)</option></select>"
                    "<a href=\"%s%ssort=-id\">Yeniler</a></div>") % (path, path, "&amp;" if "?" in path else "?", path, "&amp;" if "?" in path else "?",
                                                                    path, "&amp;" if "?" in path else "?")
            body = crumbs((cname, "/kategori/%s" % ck)) + (
                "<div class=\"category-page\"><h1 class=\"category-title\">%s</h1><div class=\"category-filters\">%s</div>"
                "<div class=\"row showcase-list\">%s</div>%s</div>") % (cname, sort,
                "".join(showcase(o, link=(("/urun/eski-%d" % o.pid) if ("/urun/eski-%d" % o.pid) in s.redirects else None)) for o in chunk), pag)
            add(path, head("%s - KimyaDepom" % cname) + body + foot, listing=True, **truth_of(chunk, claims_shown=False))

    for i, o in enumerate(P):
        related = [x for x in P if x.cat == o.cat and x is not o][:4]
        ld = {"@context": "https://schema.org/", "@type": "Product", "name": o.title, "sku": "KD-%d" % o.pid,
              "image": "/myassets/products/%d.png" % o.pid, "brand": {"@type": "Brand", "name": "KimyaDepom"},
              "offers": {"@type": "Offer", "priceCurrency": "TRY", "price": o.price.replace(".", "").replace(",", "."),
                         "availability": "http://schema.org/InStock", "url": o.path}}
        rows = [("Stok Kodu", "KD-%d" % o.pid)]
        if o.cas_shown:
            rows.append(("CAS No", o.cas_shown))
        rows += [("Saflık", "%99" if o.sub.cas else "-"), ("Kargo", "Aynı gün kargo")]
        desc = "<p>%s</p>" % esc(o.desc)
        if o.claims:
            desc += "<p><strong>Teslimat:</strong> %s</p>" % " ".join(esc(t) for _, t in o.claims)
        body = crumbs((cats[o.cat], "/kategori/%s" % o.cat), (o.title, o.path)) + (
            "<div class=\"product-details row\"><div class=\"col-md-5 product-images\"><img src=\"/myassets/products/%d.png\" alt=\"%s\"></div>"
            "<div class=\"col-md-7\"><h1 class=\"product-title\">%s</h1><div class=\"product-price\"><span class=\"product-price-new\">%s TL</span> <span class=\"product-price-tax\">KDV Dahil</span></div>"
            "<div class=\"product-info\">%s</div>"
            "<form class=\"product-buttons\" action=\"/sepet\" method=\"post\"><input type=\"number\" name=\"adet\" value=\"1\"><button class=\"add-to-cart-button\">Sepete Ekle</button></form>"
            "<a href=\"/favorilerim?ekle=%d\" class=\"add-to-favorites\">Favorilere Ekle</a></div></div>"
            "<div class=\"product-detail-tab\"><ul class=\"tab-nav\"><li class=\"active\"><a href=\"#tab-product-detail\">Ürün Açıklaması</a></li>"
            "<li><a href=\"#tab-installment\">Taksit Seçenekleri</a></li><li><a href=\"#tab-comments\">Yorumlar (0)</a></li></ul>"
            "<div id=\"tab-product-detail\" class=\"tab-content active\">%s</div></div>"
            "<div class=\"product-related\"><h3>Benzer Ürünler</h3><div class=\"row\">%s</div></div>"
            ) % (o.pid, esc(o.title), esc(o.title), o.price,
                 "".join("<div class=\"product-info-row\"><div class=\"product-info-label\">%s</div><div class=\"product-info-value\">%s</div></div>" % r for r in rows),
                 o.pid, desc,
                 "".join("<div class=\"col-3\"><div class=\"showcase\"><div class=\"showcase-title\"><a href=\"%s\">%s</a></div><div class=\"showcase-price-new\">%s TL</div></div></div>"
                         % (r.path, esc(r.title), r.price) for r in related))
        add(o.path, head("%s - KimyaDepom" % o.title, "<script type=\"application/ld+json\">%s</script>\n" % json.dumps(ld, ensure_ascii=False)) + body + foot,
            listing=True, **truth_of([o]))
        s.pages["/myassets/products/%d.png" % o.pid] = Page("/myassets/products/%d.png" % o.pid, tiny_png(o.pid), ctype="image/png")

    def spage(path, title, html, **kw):
        add(path, head("%s - KimyaDepom" % title) + crumbs((title, path)) +
            "<div class=\"content-page\"><h1 class=\"content-page-title\">%s</h1><div class=\"content-page-body\">%s</div></div>" % (esc(title), html) + foot, **kw)
    spage("/sayfa/kargo-ve-teslimat", "Kargo ve Teslimat",
          "<p>Siparişleriniz 14:00’e kadar verildiyse aynı gün kargoya teslim edilir. Yurt içi gönderimler Yurtiçi Kargo ve MNG ile yapılır.</p>"
          "<h3>Yurt dışı gönderimler</h3><p>%s</p><p>%s</p><p>%s</p><p>%s</p><p>%s</p>" % tuple(esc(CL[k]) for k in ("customs", "stealth", "mislabel", "forwarding", "reship")),
          claims={"customs", "stealth", "mislabel", "forwarding", "reship"})
    spage("/sayfa/hakkimizda", "Hakkımızda", "<p>KimyaDepom, 2015 yılında İstanbul Tuzla’da kuruldu. Uyuşturucu veya uyarıcı madde satışı yapmıyoruz; "
          "tüm ürünlerimiz yalnızca araştırma ve laboratuvar kullanımı içindir.</p>")
    spage("/sayfa/sikca-sorulan-sorular", "Sıkça Sorulan Sorular",
          "<h4>Kapıda ödeme var mı?</h4><p>Hayır, kapıda ödeme seçeneğimiz bulunmamaktadır.</p><h4>Fatura kesiyor musunuz?</h4><p>Evet, tüm siparişlere e-fatura kesilir.</p>"
          "<h4>Fentanil satıyor musunuz?</h4><p>Hayır. Sadece fentanil test kitleri satıyoruz.</p>")
    spage("/sayfa/kvkk", "KVKK Aydınlatma Metni", "<p>6698 sayılı Kişisel Verilerin Korunması Kanunu kapsamında verileriniz işlenmektedir.</p>")
    spage("/sayfa/cerez-politikasi", "Çerez Politikası", "<p>Sitemizde zorunlu ve analitik çerezler kullanılmaktadır.</p>")
    spage("/iletisim", "İletişim", "<p>Adres: Aydıntepe Mah. Sahilyolu Cad. No:12, Tuzla / İstanbul<br>Telefon: 0216 555 41 20<br>"
          "WhatsApp: +90 532 555 18 07<br>E-posta: satis@kimyadepom.example</p>")
    posts = [("fentanil-krizi-ve-turkiye", "Fentanil krizi ve Türkiye",
              "<p>ABD’de fentanil ve karfentanil kaynaklı ölümler artmaya devam ediyor. Emniyet, son operasyonda ‘temizlik malzemesi’ olarak beyan edilmiş "
              "2 kg NPP (CAS 39742-60-4) ele geçirdi. Bu tür gönderilerde satıcıların ‘gümrük garantisi’ ve ‘ücretsiz yeniden gönderim’ vaat ettiği belirtildi.</p>"),
             ("nitazen-nedir", "Nitazen nedir?",
              "<p>Nitazenler (izotonitazen, metonitazen, protonitazen) fentanilden bile güçlü sentetik opioidlerdir. Piyasada eroin veya sahte hap olarak satılabilirler. "
              "Şüpheli durumlarda 112’yi arayın; nalokson hayat kurtarır.</p>")]
    add("/blog", head("Blog - KimyaDepom") + crumbs(("Blog", "/blog")) + "<div class=\"blog-list\"><h1>Blog</h1>%s</div>" %
        "".join("<div class=\"blog-item\"><h2><a href=\"/blog/%s\">%s</a></h2><p>%s…</p></div>" % (k, esc(t), re.sub("<[^>]+>", "", h)[:120]) for k, t, h in posts) + foot)
    for k, t, h in posts:
        add("/blog/%s" % k, head("%s - KimyaDepom Blog" % t) + crumbs(("Blog", "/blog"), (t, "/blog/%s" % k)) +
            "<article class=\"blog-detail\"><h1>%s</h1><div class=\"blog-content\">%s</div></article>" % (esc(t), h) + foot)
    add("/sepet", head("Sepetim") + "<p>Sepetinizde ürün bulunmamaktadır.</p>" + foot)
    add("/arama", head("Arama") + "<div class=\"row\">%s</div>" % showcase(P[0]) + foot, listing=True, **truth_of([P[0]], claims_shown=False))
    s.flaky.update({P[6].path, "/sayfa/kargo-ve-teslimat"})
    return s

# ================================================================ 5. zhiwen (Zhihu-style Q&A + columns, zh-Hans / zh-Hant)

def zhiwen():
    s = Site("zhiwen", "qa-zhihu")
    s.robots = ("User-agent: *\nDisallow: /people/\nDisallow: /search\nDisallow: /login\nDisallow: /signin\nDisallow: /api/\n"
                "Disallow: /question/waiting\nDisallow: /appview/\nDisallow: /org/\n")
    s.disallow = ["/people/", "/search", "/login", "/signin", "/api/", "/question/waiting", "/appview/", "/org/"]
    s.rate_limit = 6
    s.junk_params = ["utm_source", "utm_medium", "utm_campaign", "utm_psn", "utm_id", "share_code", "sort", "utm_oi"]
    A = {}   # answer id -> dict

    def ans(aid, author, bio, html, offers=(), claims=(), when="2026-10-02 10:12", ip="广东", votes=12):
        A[aid] = dict(aid=aid, author=author, bio=bio, html=html, offers=list(offers), claims=set(claims), when=when, ip=ip, votes=votes)
        return aid

    Q = [
        (58813241, "N-苯乙基-4-哌啶酮（NPP）在国内还能买到吗？", "做合成实验需要，淘宝上都搜不到了。", ["化学", "有机合成"], [
            ans(2871100401, "武汉鑫诚化工-小李", "医药中间体销售",
                "<p>我司长期供应 N-苯乙基-4-哌啶酮，CAS：39742-60-4，含量 99%，现货，1kg 起订，价格私聊。</p>"
                "<p>国际快递双清包税到门，海关扣货免费重发。</p><p>V：xc-chem2024</p>",
                offers=[Offer(npp, "N-苯乙基-4-哌啶酮")], claims={"customs", "reship"}, ip="湖北", votes=3),
            ans(2871100777, "药理学小白", "药学博士在读",
                "<p>NPP 是芬太尼的前体，2017 年就进了 1988 公约表一，国内也是易制毒化学品，正规渠道要许可证。"
                "评论区那些写着&ldquo;包清关&rdquo;&ldquo;扣货重发&rdquo;的广告千万别信。</p>", votes=482, ip="上海"),
            ans(2871101035, "化工小陈", "专注哌啶类中间体",
                "<p>4-苯胺基哌啶（4-AP）、1-叔丁氧羰基-4-苯胺基哌啶（1-boc-4-AP，CAS 125541-22-2）也有货。"
                "美国仓、墨西哥仓中转，安全包装，不显示品名，需要的私信。</p>",
                offers=[Offer(ap4, "4-苯胺基哌啶", cas=None), Offer(boc4ap, "1-叔丁氧羰基-4-苯胺基哌啶")], claims={"forwarding", "stealth"}, ip="江苏", votes=1),
        ]),
        (60217755, "美国为什么芬太尼泛滥？", "", ["芬太尼", "公共卫生"], [
            ans(2901500012, "公卫观察", "公共卫生研究者",
                "<p>核心是供给：前体（NPP、4-ANPP）从亚洲流向墨西哥，再在墨西哥合成芬太尼。卖家常用&ldquo;改名报关&rdquo;和&ldquo;转运&rdquo;逃避检查。</p>",
                votes=3021, ip="北京"),
            ans(2901500388, "海外代购-阿杰", "全球代购",
                "<p>普罗托尼秦（protonitazene）1g 起售，USDT 付款，包邮包清关，有意加 TG @ajie_global</p>",
                offers=[Offer(proton, "普罗托尼秦", cas=None)], claims={"customs"}, ip="海外", votes=0),
        ]),
        (61533920, "赛拉嗪（xylazine）是什么？为什么被叫做「僵尸药」？", "", ["芬太尼", "药理学"], [
            ans(2930021100, "兽医老王", "执业兽医",
                "<p>赛拉嗪是兽用镇静药，α2 受体激动剂。人用会导致严重的皮肤溃烂，纳洛酮对它无效。</p>", votes=877, ip="山东"),
            ans(2930021544, "康达兽药原料", "兽药原料供应",
                "<p>兽用盐酸赛拉嗪原料药，CAS 23076-35-9，兽药 GMP 厂家可联系采购，25kg/桶。</p>",
                offers=[Offer(xylazine, "盐酸赛拉嗪", cas="23076-35-9")], ip="河北", votes=2),
        ]),
        (62007415, "求购 4-ANPP 和 NPP，有没有靠谱的厂家？", "量大，长期合作，最好能发墨西哥。", ["化学", "化工"], [
            ans(2955003210, "香港永昌化工", "香港化工貿易",
                "<p>本公司供應 4-ANPP（4-苯胺基-N-苯乙基哌啶），CAS 21409-26-7，純度 99%，現貨。</p>"
                "<p>香港轉運，包清關，隱蔽包裝。WhatsApp +852 6411 2093</p>",
                offers=[Offer(anpp, "4-苯胺基-N-苯乙基哌啶")], claims={"forwarding", "customs", "stealth"}, ip="香港", votes=1),
            ans(2955003599, "被骗过的人", "",
                "<p>之前找过一家，他们说&ldquo;海关扣货包重发，双清到门&rdquo;，结果钱打过去就拉黑了。这种求购帖下面全是骗子。</p>", votes=96, ip="浙江"),
        ]),
        (62440108, "1-Boc-4-哌啶酮是管制品吗？", "", ["化学", "易制毒化学品"], [
            ans(2970110002, "合规小助手", "化工合规顾问",
                "<p>是。N-叔丁氧羰基-4-哌啶酮（CAS 79099-07-3）和 4-哌啶酮 2024 年被列入 1988 公约表一，国内随后也加入了易制毒化学品目录。</p>",
                votes=210, ip="北京"),
            ans(2970110419, "鑫诚化工-Lisa", "医药中间体",
                "<p>N-叔丁氧羰基-4-哌啶酮现货，CAS号79099073，价格优惠，可改名报关，发货前拍照确认。</p>",
                offers=[Offer(bocpip, "N-叔丁氧羰基-4-哌啶酮", cas="79099073")], claims={"mislabel"}, ip="湖北", votes=0),
        ]),
        (62881033, "尼秦类物质有多危险？", "", ["药理学", "芬太尼"], [
            ans(2990200015, "毒理学研究员", "",
                "<p>异托尼秦（isotonitazene）、美托尼秦、普罗托尼秦的 μ 受体活性都高于芬太尼，N-吡咯烷类衍生物更强。2025 年 7 月起国内已整类列管。</p>",
                votes=1330, ip="四川"),
        ]),
        (63100877, "实验室常用的局麻药有哪些？", "做离体实验用。", ["药理学"], [
            ans(3000300021, "试剂小铺", "生物试剂",
                "<p>常用利多卡因（CAS 137-58-6）、苯佐卡因（CAS 94-09-7），我们店试剂级现货，25g 起，全国包邮。</p>",
                offers=[Offer(lidocaine, "利多卡因"), Offer(benzocaine, "苯佐卡因")], ip="江苏", votes=8),
            ans(3000300411, "麻醉科医生", "",
                "<p>离体实验一般用利多卡因就够了，注意浓度。</p>", votes=35, ip="广东"),
        ]),
        (63500642, "如何看待 2025 年 7 月起尼秦类物质整类列管？", "", ["易制毒化学品", "芬太尼"], [
            ans(3010400031, "法律人", "律师",
                "<p>这是继 2019 年芬太尼类物质整类列管后的又一次整类管控。以后&ldquo;改个侧链就不算管制品&rdquo;的说法不成立了。</p>", votes=640, ip="北京"),
        ]),
    ]
    qtitle = {qid: t for qid, t, _, _, _ in Q}
    qof = {}
    for qid, _, _, _, aids in Q:
        for a in aids:
            qof[a] = qid
            s.redirects["/answer/%d" % a] = "/question/%d/answer/%d" % (qid, a)

    P = [
        (617001245, "2026年哌啶酮类中间体行情（附价格表）", "武汉鑫诚化工-小李", "湖北",
         "<p>近期哌啶酮类中间体价格波动较大，以下为我司本周报价：</p><table><thead><tr><th>品名</th><th>CAS</th><th>报价</th></tr></thead><tbody>"
         "<tr><td>N-苯乙基-4-哌啶酮</td><td>39742-60-4</td><td>¥2100/kg</td></tr><tr><td>4-哌啶酮盐酸盐</td><td>41661-47-6</td><td>¥900/kg</td></tr>"
         "<tr><td>N-苄基-4-哌啶酮</td><td>3612-20-2</td><td>¥380/kg</td></tr><tr><td>N-叔丁氧羰基-4-哌啶酮</td><td>79099-07-3</td><td>¥650/kg</td></tr></tbody></table>"
         "<p>全球双清包税，安全包装，欧洲客户德国仓中转。联系微信 xc-chem2024。</p>",
         [Offer(npp, ""), Offer(pip4, ""), Offer(bzpip, ""), Offer(bocpip, "")], {"customs", "stealth", "forwarding"}),
        (617002318, "芬太尼类物质整类列管五周年：回顾与展望", "药理学小白", "上海",
         "<p>2019 年 5 月 1 日起，芬太尼类物质整类列入《非药用类麻醉药品和精神药品管制品种增补目录》。下表为几个典型物质：</p>"
         "<table><tr><th>名称</th><th>CAS</th></tr><tr><td>芬太尼</td><td>437-38-7</td></tr><tr><td>卡芬太尼</td><td>59708-52-0</td></tr>"
         "<tr><td>呋喃芬太尼</td><td>101345-66-8</td></tr></table><p>执法中常见的手法包括伪报品名、转运和&ldquo;扣货重发&rdquo;承诺。</p>",
         [], set()),
        (617003590, "新型研究化學品：ISO-PYR 現貨", "永昌研究化學", "香港",
         "<p>ISO-PYR，化學名 2-[(4-異丙氧基苯基)甲基]-5-硝基-1-[2-(吡咯烷-1-基)乙基]-1H-苯並咪唑，純度 99.5%，1g 起訂，USD 60/g。</p>"
         "<p>扣關免費補寄，歡迎 Telegram @yc_research 查詢。</p>",
         [Offer(nov_n1, "ISO-PYR", cas=None)], {"reship"}),
        (617004777, "高纯度 卡 芬 太 尼 / 乙酰芬太尼 研究用 现货", "海外代购-阿杰", "海外",
         "<p>卡 芬 太 尼（carfentaniI）10g 起，乙酰芬太尼 100g 起，价格私聊。</p>"
         "<p>包装伪装成茶叶申报，隐蔽包装，全程跟踪。TG @ajie_global</p>",
         [Offer(carfent, "", cas=None), Offer(acetylf, "", cas=None)], {"mislabel", "stealth"}),
    ]

    def head(title, page_cls):
        return ("<!doctype html>\n<html lang=\"zh\" data-hairline=\"true\" class=\"itcauecng\" data-theme=\"light\"><head><meta charset=\"utf-8\"/>"
                "<title data-rh=\"true\">%s - 知问</title><meta name=\"viewport\" content=\"width=device-width,initial-scale=1,maximum-scale=1\"/>"
                "<meta name=\"renderer\" content=\"webkit\"/><meta name=\"force-rendering\" content=\"webkit\"/>"
                "<link rel=\"shortcut icon\" type=\"image/x-icon\" href=\"https://static.zhiwen-cdn.example/heifetz/favicon.ico\"/>"
                "<link href=\"https://static.zhiwen-cdn.example/heifetz/main.app.216a26f4.8a6b0c5e1d2f.css\" rel=\"stylesheet\"/>"
                "<script nonce=\"4a1c0b9e\">!function(){\"use strict\";!function(e,n){var r=[];e.__zh_perf__=r}(window)}();</script></head>"
                "<body><div id=\"root\"><div><div class=\"LoadingBar\"></div><div>"
                "<header role=\"banner\" class=\"Sticky AppHeader css-1dwbrcw\" data-za-module=\"TopNavBar\"><div class=\"AppHeader-inner css-11p8nt5\">"
                "<a href=\"/\" aria-label=\"知问\"><svg viewBox=\"0 0 64 30\" fill=\"#1772F6\" width=\"64\" height=\"30\"></svg></a>"
                "<ul role=\"navigation\" class=\"Tabs AppHeader-Tabs css-1nf8aov\"><li class=\"Tabs-item\"><a class=\"Tabs-link AppHeader-TabsLink\" href=\"/\">首页</a></li>"
                "<li class=\"Tabs-item\"><a class=\"Tabs-link AppHeader-TabsLink\" href=\"/hot\">热榜</a></li>"
                "<li class=\"Tabs-item\"><a class=\"Tabs-link AppHeader-TabsLink\" href=\"/explore\">发现</a></li>"
                "<li class=\"Tabs-item\"><a class=\"Tabs-link AppHeader-TabsLink\" href=\"/question/waiting\">等你来答</a></li></ul>"
                "<div class=\"SearchBar\" role=\"search\"><form class=\"SearchBar-tool\" action=\"/search\"><input type=\"text\" maxlength=\"100\" value=\"\" name=\"q\" "
                "autocomplete=\"off\" class=\"Input\" placeholder=\"芬太尼前体新规\"/><input type=\"hidden\" name=\"type\" value=\"content\"></form></div>"
                "<div class=\"AppHeader-userInfo\"><a href=\"/signin?next=%%2F\" class=\"Button AppHeader-login\">登录/注册</a></div></div></header>"
                "<main role=\"main\" class=\"App-main\"><div class=\"%s\">") % (esc(title), page_cls)
    foot = ("</div></main></div></div></div>"
            "<footer class=\"Footer\"><a class=\"Footer-item\" href=\"/term/zhiwen-terms\">知问协议</a><span class=\"Footer-dot\"></span>"
            "<a class=\"Footer-item\" href=\"/term/privacy\">知问隐私保护指引</a><span class=\"Footer-dot\"></span><a class=\"Footer-item\" href=\"/jubao\">侵权举报</a>"
            "<span class=\"Footer-dot\"></span><span class=\"Footer-item\">违法和不良信息举报：010-8271xxxx</span><br/>"
            "<span class=\"Footer-item\">京ICP证1107xx号</span><span class=\"Footer-item\">京公网安备 1101080202xxxx 号</span>"
            "<span class=\"Footer-item\">© 2026 知问</span></footer>"
            "<script id=\"js-clientConfig\" type=\"text/json\">{\"host\":\"zhiwen\",\"protocol\":\"https:\",\"wwwHost\":\"www.zhiwen\"}</script>"
            "<script src=\"https://static.zhiwen-cdn.example/heifetz/vendor.5c2d1e7a.js\" defer></script>"
            "<script src=\"https://static.zhiwen-cdn.example/heifetz/main.app.8a6b0c5e.js\" defer></script></body></html>")

    def ppl(name):
        return "/people/" + ("u%05d" % (sum(ord(ch) for ch in name) % 99991))

    def answer_html(a, qid, full=True):
        d = A[a]
        zop = json.dumps({"authorName": d["author"], "itemId": a, "title": qtitle[qid], "type": "answer"}, ensure_ascii=False)
        return ("<div class=\"List-item\" tabindex=\"0\"><div class=\"ContentItem AnswerItem\" data-za-index=\"0\" data-zop='%s' name=\"%d\" "
                "itemprop=\"suggestedAnswer\" itemtype=\"http://schema.org/Answer\" itemscope=\"\"><div class=\"ContentItem-meta\">"
                "<div class=\"AuthorInfo AnswerItem-authorInfo AnswerItem-authorInfo--related\" itemprop=\"author\" itemscope=\"\" itemtype=\"http://schema.org/Person\">"
                "<meta itemprop=\"name\" content=\"%s\"/><div class=\"AuthorInfo-content\"><div class=\"AuthorInfo-head\"><span class=\"UserLink AuthorInfo-name\">"
                "<a class=\"UserLink-link\" data-za-detail-view-element=\"2\" target=\"_blank\" href=\"%s\">%s</a></span></div>"
                "<div class=\"AuthorInfo-detail\"><div class=\"AuthorInfo-badge\"><div class=\"ztext AuthorInfo-badgeText\">%s</div></div></div></div></div>"
                "<div class=\"css-1kwt8l8\"><span class=\"Voters\"><button type=\"button\" class=\"Button Button--plain\">%d 人赞同了该回答</button></span></div></div>"
                "<meta itemprop=\"upvoteCount\" content=\"%d\"/><meta itemprop=\"url\" content=\"/question/%d/answer/%d\"/>"
                "<div class=\"RichContent RichContent--unescapable\"><span><div class=\"RichContent-inner\"><span class=\"RichText ztext CopyrightRichText-richText css-1g0fqss\" "
                "options=\"[object Object]\" itemprop=\"text\">%s</span></div></span>"
                "<div><div class=\"ContentItem-time\"><a target=\"_blank\" href=\"/question/%d/answer/%d\"><span data-tooltip=\"发布于 %s\">发布于 %s</span></a>・IP 属地%s</div></div>"
                "<div class=\"ContentItem-actions\"><span><button aria-label=\"赞同 %d\" type=\"button\" class=\"Button VoteButton VoteButton--up\">赞同 %d</button></span>"
                "<button type=\"button\" class=\"Button ContentItem-action\">添加评论</button><button type=\"button\" class=\"Button ContentItem-action\">分享</button></div></div></div></div>"
                ) % (esc(zop), a, esc(d["author"]), ppl(d["author"]), esc(d["author"]), esc(d["bio"]), d["votes"], d["votes"], qid, a, d["html"],
                     qid, a, d["when"], d["when"], d["ip"], d["votes"], d["votes"])

    topics = {"化学": 19551388, "有机合成": 19602717, "芬太尼": 20071389, "公共卫生": 19553528, "药理学": 19562033, "化工": 19555480, "易制毒化学品": 20204418}
    def qheader(qid, title, detail, tps, nans):
        return ("<div class=\"QuestionPage\" itemscope=\"\" itemtype=\"http://schema.org/Question\"><meta itemprop=\"name\" content=\"%s\"/>"
                "<meta itemprop=\"url\" content=\"/question/%d\"/><meta itemprop=\"answerCount\" content=\"%d\"/>"
                "<div class=\"QuestionHeader\"><div class=\"QuestionHeader-content\"><div class=\"QuestionHeader-main\"><div class=\"QuestionHeader-tags\">"
                "<div class=\"QuestionHeader-topics\">%s</div></div><h1 class=\"QuestionHeader-title\">%s</h1>"
                "<div class=\"QuestionRichText QuestionRichText--expandable\"><span class=\"RichText ztext css-1g0fqss\" itemprop=\"text\">%s</span></div></div>"
                "<div class=\"QuestionHeader-side\"><div class=\"NumberBoard QuestionFollowStatus-counts\"><div class=\"NumberBoard-item\"><div class=\"NumberBoard-itemInner\">"
                "<div class=\"NumberBoard-itemName\">关注者</div><strong class=\"NumberBoard-itemValue\">%d</strong></div></div></div></div></div></div>"
                ) % (esc(title), qid, nans,
                     "".join("<div class=\"Tag QuestionTopic css-1s3a4zw\"><span class=\"Tag-content\"><a class=\"TopicLink\" href=\"/topic/%d\" target=\"_blank\">"
                             "<div class=\"css-1gomreu\">%s</div></a></span></div>" % (topics[t], t) for t in tps),
                     esc(title), esc(detail), 100 + qid % 900)

    def side(qid):
        others = [(q, t) for q, t, _, _, _ in Q if q != qid][:4]
        return ("<div class=\"Question-sideColumn Question-sideColumn--sticky css-1qyytj7\"><div class=\"Card css-1ubeh85\"><div class=\"Card-header SimilarQuestions-title\">"
                "<div class=\"Card-headerText\">相关问题</div></div><div class=\"Card-section SimilarQuestions-list\">%s</div></div>"
                "<div class=\"Card\"><div class=\"Card-header\">相关推荐</div><div class=\"Card-section\"><div class=\"HotSearchCard-item\">NPP 哪里有货</div>"
                "<div class=\"HotSearchCard-item\">4-ANPP 价格</div><div class=\"HotSearchCard-item\">尼秦类 整类列管</div></div></div></div>"
                ) % "".join("<div class=\"SimilarQuestions-item\" itemprop=\"zhiwen:similarQuestion\" itemscope=\"\"><a href=\"/question/%d\">%s</a> %d 个回答</div>"
                            % (q, esc(t), 3 + q % 40) for q, t in others)

    for qid, title, detail, tps, aids in Q:
        offers = [x for a in aids for x in A[a]["offers"]]
        claims = set().union(*[A[a]["claims"] for a in aids])
        body = (qheader(qid, title, detail, tps, len(aids)) +
                "<div class=\"Question-main\"><div class=\"ListShortcut\"><div class=\"Question-mainColumn\"><div class=\"Card AnswersNavWrapper\"><div class=\"List\">"
                "<div class=\"List-header\"><h4 class=\"List-headerText\"><span>%d 个回答</span></h4><div class=\"List-headerOptions\">"
                "<a href=\"/question/%d?sort=created\">按时间排序</a></div></div><div>%s</div></div></div></div></div>%s</div></div>"
                ) % (len(aids), qid, "".join(answer_html(a, qid) for a in aids), side(qid))
        s.add(Page("/question/%d" % qid, head(title, "Question-page") + body + foot, listing=bool(offers),
                   hits={x.key for x in offers if x.key}, cas={x.cas for x in offers if x.cas}, claims=claims))
        for a in aids:
            d = A[a]
            others = [b for b in aids if b != a]
            body = (qheader(qid, title, detail, tps, len(aids)) +
                    "<div class=\"Question-main\"><div class=\"ListShortcut\"><div class=\"Question-mainColumn\"><div class=\"Card AnswerCard css-0\">%s</div>"
                    "<div class=\"Card ViewAll\"><a class=\"QuestionMainAction ViewAll-QuestionMainAction\" href=\"/question/%d\">查看全部 %d 个回答</a></div>"
                    "<div class=\"Card MoreAnswers\"><div class=\"Card-header\">更多回答</div>%s</div></div></div>%s</div></div>"
                    ) % (answer_html(a, qid), qid, len(aids),
                         "".join("<div class=\"List-item\"><a href=\"/answer/%d\">%s 的回答</a> · %d 赞同</div>" % (b, esc(A[b]["author"]), A[b]["votes"]) for b in others),
                         side(qid))
            s.add(Page("/question/%d/answer/%d" % (qid, a), head("%s - %s的回答" % (title, d["author"]), "Question-page") + body + foot,
                       listing=bool(d["offers"]), hits={x.key for x in d["offers"] if x.key}, cas={x.cas for x in d["offers"] if x.cas}, claims=d["claims"]))

    for pid, title, author, ip, html, offers, claims in P:
        body = ("<article class=\"Post-Main Post-NormalMain\" tabindex=\"-1\"><header class=\"Post-Header\"><h1 class=\"Post-Title\">%s</h1>"
                "<div class=\"Post-Author\"><div class=\"AuthorInfo\"><meta itemprop=\"name\" content=\"%s\"/><span class=\"UserLink AuthorInfo-name\">"
                "<a class=\"UserLink-link\" href=\"%s\">%s</a></span></div></div></header>"
                "<div class=\"Post-RichTextContainer\"><div class=\"css-376mun\"><div class=\"RichText ztext Post-RichText css-1g0fqss\" options=\"[object Object]\">%s</div></div></div>"
                "<div class=\"ContentItem-time\">编辑于 2026-10-%02d 14:21・IP 属地%s</div>"
                "<div class=\"Post-topicsAndReviewer\"><div class=\"TopicList Post-Topics\"><div class=\"Tag Topic\"><a class=\"TopicLink\" href=\"/topic/%d\">化学</a></div></div></div></article>"
                "<div class=\"Recommendations-Main\"><h3 class=\"BlockTitle Recommendations-BlockTitle\">推荐阅读</h3><ul>%s</ul></div>"
                ) % (esc(title), esc(author), ppl(author), esc(author), html, pid % 28 + 1, ip, topics["化学"],
                     "".join("<li class=\"PostItem\"><a href=\"/p/%d\">%s</a></li>" % (p2, esc(t2)) for p2, t2, *_ in P if p2 != pid))
        s.add(Page("/p/%d" % pid, head(title, "Post-content") + body + foot, listing=bool(offers),
                   hits={x.key for x in offers if x.key}, cas={x.cas for x in offers if x.cas}, claims=claims))

    # topic pages, hot list, home, explore
    for tname, tid in topics.items():
        qs = [(q, t) for q, t, _, tps, _ in Q if tname in tps]
        s.add(Page("/topic/%d" % tid, head("%s - 话题精华" % tname, "TopicPage") +
                   "<div class=\"TopicMetaCard\"><h1 class=\"TopicMetaCard-title\">%s</h1></div><div class=\"TopicFeedList\">%s</div>"
                   % (tname, "".join("<div class=\"TopicFeedItem\"><h2 class=\"ContentItem-title\"><a href=\"/question/%d\">%s</a></h2></div>" % (q, esc(t)) for q, t in qs)) + foot))
    hot = [(Q[1][0], Q[1][1], "1203 万热度"), (Q[7][0], Q[7][1], "856 万热度"), (Q[2][0], Q[2][1], "412 万热度"), (Q[5][0], Q[5][1], "97 万热度")]
    s.add(Page("/hot", head("知问热榜", "HotList") + "<section class=\"HotList-list\">%s</section>" %
               "".join("<section class=\"HotItem\"><div class=\"HotItem-index\"><div class=\"HotItem-rank\">%d</div></div><div class=\"HotItem-content\">"
                       "<a href=\"/question/%d\" title=\"%s\"><h2 class=\"HotItem-title\">%s</h2></a><div class=\"HotItem-metrics\">%s</div></div></section>"
                       % (n + 1, q, esc(t), esc(t), h) for n, (q, t, h) in enumerate(hot)) + foot))
    feed = ([("/question/%d" % q, t, "…") for q, t, _, _, _ in Q[1:3]] + [("/question/%d" % Q[5][0], Q[5][1], "…"), ("/p/%d" % P[1][0], P[1][1], "…")])
    s.add(Page("/", head("首页", "Topstory") +
               "<div class=\"Topstory-container\"><div class=\"Topstory-mainColumn\"><div class=\"Card Topstory-mainColumnCard\"><div class=\"Topstory-content\">%s</div></div></div>"
               "<div class=\"GlobalSideBar\"><div class=\"Card\"><a href=\"/hot\">热榜</a> · <a href=\"/explore\">发现</a></div></div></div>"
               % "".join("<div class=\"Card TopstoryItem TopstoryItem-isRecommend\"><div class=\"ContentItem\"><h2 class=\"ContentItem-title\"><a href=\"%s\">%s</a></h2>"
                         "<div class=\"RichContent is-collapsed\"><div class=\"RichContent-inner\"><span class=\"RichText ztext\">%s</span></div></div></div></div>" % (h, esc(t), e)
                         for h, t, e in feed) + foot))
    s.add(Page("/explore", head("发现", "ExplorePage") +
               "<div class=\"ExploreHomePage-specials\"><h2>专题</h2><ul>%s</ul><h2>话题</h2><ul>%s</ul><h2>专栏</h2><ul>%s</ul></div>"
               % ("".join("<li><a href=\"/question/%d\">%s</a></li>" % (q, esc(t)) for q, t, _, _, _ in Q),
                  "".join("<li><a href=\"/topic/%d\">%s</a></li>" % (v, k) for k, v in topics.items()),
                  "".join("<li><a href=\"/p/%d\">%s</a></li>" % (p, esc(t)) for p, t, *_ in P)) + foot))
    s.flaky.update({"/question/%d" % Q[3][0], "/p/%d" % P[2][0]})
    return s

# ================================================================ 6. pharmwiki (MediaWiki pharmacology wiki: hard negative)

def pharmwiki():
    s = Site("pharmwiki", "wiki-mediawiki")
    s.robots = ("# robots.txt for OpioidWiki\nUser-agent: *\nDisallow: /w/\nDisallow: /wiki/Special:\nDisallow: /wiki/Special%3A\n"
                "Disallow: /trap/\n\nUser-agent: MJ12bot\nDisallow: /\n")
    s.disallow = ["/w/", "/wiki/Special:", "/wiki/Special%3A", "/trap/"]
    s.trap_prefix = "/wiki/Portal:Current_events/"
    s.junk_params = ["useskin", "uselang", "printable", "mobileaction", "utm_source", "utm_medium"]
    SITE = "OpioidWiki"

    def ib(name, rows):
        return ("<table class=\"infobox ib-drug\"><tbody><tr><th colspan=\"2\" class=\"infobox-above\">%s</th></tr>"
                "<tr><th colspan=\"2\" class=\"infobox-header\">Clinical data</th></tr>%s</tbody></table>") % (name, "".join(
                    "<tr><th scope=\"row\" class=\"infobox-label\">%s</th><td class=\"infobox-data\">%s</td></tr>" %
                    (k, ("<a rel=\"nofollow\" class=\"external text\" href=\"https://commonchemistry.cas.org/detail?cas_rn=%s\">%s</a>" % (v, v)) if k == "CAS Number" else v)
                    for k, v in rows))

    def h2(title, t):
        return ("<div class=\"mw-heading mw-heading2\"><h2 id=\"%s\">%s</h2><span class=\"mw-editsection\"><span class=\"mw-editsection-bracket\">[</span>"
                "<a href=\"/w/index.php?title=%s&amp;action=edit&amp;section=1\" title=\"Edit section: %s\">edit</a><span class=\"mw-editsection-bracket\">]</span></span></div>"
                ) % (t.replace(" ", "_"), t, title, t)

    def L(t, label=None):
        return "<a href=\"/wiki/%s\" title=\"%s\">%s</a>" % (t, t.replace("_", " "), label or t.replace("_", " "))

    A = {}
    A["Fentanyl"] = (ib("Fentanyl", [("Trade names", "Sublimaze, Duragesic, Actiq"), ("Routes", "IV, transdermal, buccal"), ("Legal status", "US: Schedule II; UN: Single Convention Sch. I"),
                                     ("CAS Number", "437-38-7"), ("CAS (citrate)", "990-73-8"), ("Formula", "C<sub>22</sub>H<sub>28</sub>N<sub>2</sub>O"), ("Molar mass", "336.479 g/mol")]) +
                     "<p><b>Fentanyl</b> is a synthetic " + L("Opioids", "opioid") + " about 50&ndash;100 times more potent than morphine. Illicit fentanyl is synthesised from "
                     "precursors such as " + L("N-Phenethyl-4-piperidone", "NPP") + " and " + L("4-ANPP") + ".</p>" + h2("Fentanyl", "Illicit supply") +
                     "<p>Since about 2014 most illicit fentanyl in North America has been made in clandestine laboratories from precursors shipped from Asia. "
                     "Sellers on B2B portals advertised precursors with promises such as customs clearance, free reshipment of seized parcels and false "
                     "declarations (for example as &ldquo;dog food&rdquo; or &ldquo;cleaning agent&rdquo;); see " + L("Precursor_chemical_trafficking") + ".</p>"
                     + h2("Fentanyl", "Overdose") + "<p>Overdose is reversed with " + L("Naloxone") + ". " + L("Fentanyl_test_strip", "Fentanyl test strips") + " are used for drug checking.</p>",
                     ["Opioids", "Fentanyl analogues"])
    A["Carfentanil"] = (ib("Carfentanil", [("Trade names", "Wildnil"), ("Legal status", "US: Schedule II"), ("CAS Number", "59708-52-0")]) +
                        "<p><b>Carfentanil</b> is an analogue of " + L("Fentanyl") + " used to sedate large animals. It is roughly 10,000 times as potent as morphine.</p>",
                        ["Opioids", "Fentanyl analogues"])
    A["Acetylfentanyl"] = (ib("Acetylfentanyl", [("Legal status", "US: Schedule I"), ("CAS Number", "3258-84-2")]) +
                           "<p><b>Acetylfentanyl</b> is an opioid analgesic that was sold online as a designer drug from 2013 until its international control in 2016.</p>",
                           ["Opioids", "Fentanyl analogues"])
    A["Fentanyl-related_substances"] = (
        "<p><b>Fentanyl-related substances</b> (FRS) is the class definition used in US law (21 CFR 1308.11(h), made permanent by the HALT Fentanyl Act 2025) and, "
        "in a different wording, in Chinese law since 1 May 2019. It covers any substance structurally related to fentanyl by replacing the phenethyl phenyl "
        "with a monocycle, substituting the phenethyl group or piperidine ring, replacing the aniline ring, or replacing the N-propionyl group with another acyl group.</p>"
        + h2("Fentanyl-related_substances", "Examples") +
        "<table class=\"wikitable sortable\"><tbody><tr><th>Substance</th><th>CAS</th><th>Status</th></tr>"
        "<tr><td>" + L("Acetylfentanyl") + "</td><td>3258-84-2</td><td>Sch. I</td></tr><tr><td>Furanylfentanyl</td><td>101345-66-8</td><td>Sch. I</td></tr>"
        "<tr><td>Cyclopropylfentanyl</td><td>1169-68-2</td><td>Sch. I</td></tr><tr><td>Ocfentanil</td><td>101343-69-5</td><td>Sch. I</td></tr>"
        "<tr><td>N-(2-methoxyphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]cyclobutanecarboxamide</td><td>&mdash;</td><td>FRS (class)</td></tr></tbody></table>",
        ["Fentanyl analogues"])
    A["N-Phenethyl-4-piperidone"] = (ib("N-Phenethyl-4-piperidone", [("Other names", "NPP; 1-(2-phenylethyl)piperidin-4-one"), ("Legal status", "US: List I; UN: 1988 Table I (2017)"),
                                                                      ("CAS Number", "39742-60-4")]) +
                                     "<p><b>N-Phenethyl-4-piperidone</b> (<b>NPP</b>) is the ketone used in the Siegfried route to " + L("Fentanyl") + ". It is reduced with aniline to " + L("4-ANPP") + ".</p>"
                                     + h2("N-Phenethyl-4-piperidone", "Trafficking") +
                                     "<p>Listings seized by investigators in 2023 offered NPP at US$300&ndash;800 per kilogram with &ldquo;100% customs clearance&rdquo; and "
                                     "&ldquo;reship if seized&rdquo;, shipped through forwarders in Hong Kong or Mexico and declared as food additives.</p>",
                                     ["Fentanyl precursors"])
    A["4-ANPP"] = (ib("4-ANPP", [("Other names", "despropionyl fentanyl; N-phenyl-1-(2-phenylethyl)piperidin-4-amine"), ("Legal status", "US: Schedule II immediate precursor"),
                                 ("CAS Number", "21409-26-7")]) +
                   "<p><b>4-ANPP</b> is the immediate precursor of " + L("Fentanyl") + " and a common impurity in seized samples.</p>", ["Fentanyl precursors"])
    A["4-Anilinopiperidine"] = (ib("4-Anilinopiperidine", [("Other names", "4-AP; N-phenylpiperidin-4-amine"), ("Legal status", "UN: 1988 Table I (2022)"), ("CAS Number", "23056-29-3")]) +
                                "<p><b>4-AP</b> and its Boc-protected form <b>1-boc-4-AP</b> (CAS 125541-22-2) are used in the Gupta route, which avoids NPP.</p>", ["Fentanyl precursors"])
    A["1-Boc-4-piperidone"] = (ib("1-Boc-4-piperidone", [("Other names", "N-Boc-4-piperidone; tert-butyl 4-oxopiperidine-1-carboxylate"), ("Legal status", "UN: 1988 Table I (2024)"),
                                                         ("CAS Number", "79099-07-3")]) +
                               "<p><b>1-Boc-4-piperidone</b> is a widely used building block that was controlled internationally in 2024 together with 4-piperidone (CAS 41661-47-6).</p>",
                               ["Fentanyl precursors"])
    A["Norfentanyl"] = (ib("Norfentanyl", [("Other names", "N-phenyl-N-(piperidin-4-yl)propanamide"), ("CAS Number", "1609-66-1")]) +
                        "<p><b>Norfentanyl</b> is the main metabolite of fentanyl and also a precursor (1988 Table I since 2022).</p>", ["Fentanyl precursors"])
    A["Nitazenes"] = ("<p><b>Nitazenes</b> (2-benzylbenzimidazole opioids) were developed in the 1950s and reappeared on illicit markets in 2019.</p>" +
                      h2("Nitazenes", "List") + "<table class=\"wikitable\"><tbody><tr><th>Name</th><th>CAS</th></tr>"
                      "<tr><td>" + L("Isotonitazene") + "</td><td>14188-81-9</td></tr><tr><td>" + L("Metonitazene") + "</td><td>14680-51-4</td></tr>"
                      "<tr><td>" + L("Protonitazene") + "</td><td>95958-84-2</td></tr><tr><td>Butonitazene</td><td>95810-54-1</td></tr>"
                      "<tr><td>Etonitazepyne (N-pyrrolidino etonitazene)</td><td>2785346-75-8</td></tr><tr><td>Isotonitazepyne</td><td>&mdash;</td></tr></tbody></table>"
                      "<p>China controlled the whole class from 1 July 2025.</p>", ["Opioids", "Nitazenes"])
    A["Isotonitazene"] = (ib("Isotonitazene", [("Legal status", "US: Schedule I; UN: 1961 Sch. I (2020)"), ("CAS Number", "14188-81-9")]) +
                          "<p><b>Isotonitazene</b> was first identified in Europe in 2019 and sold as a &ldquo;research chemical&rdquo; by vendors who advertised stealth shipping.</p>",
                          ["Opioids", "Nitazenes"])
    A["Metonitazene"] = (ib("Metonitazene", [("Legal status", "US: Schedule I"), ("CAS Number", "14680-51-4")]) +
                         "<p><b>Metonitazene</b> is a methoxy analogue of etonitazene.</p>", ["Opioids", "Nitazenes"])
    A["Protonitazene"] = (ib("Protonitazene", [("Legal status", "US: Schedule I"), ("CAS Number", "95958-84-2")]) +
                          "<p><b>Protonitazene</b> is a propoxy analogue of etonitazene, found in counterfeit oxycodone tablets.</p>", ["Opioids", "Nitazenes"])
    A["Xylazine"] = (ib("Xylazine", [("Trade names", "Rompun, Anased"), ("Other names", "tranq"), ("CAS Number", "7361-61-7"), ("CAS (HCl)", "23076-35-9")]) +
                     "<p><b>Xylazine</b> is a veterinary sedative increasingly found as an adulterant in illicit fentanyl. It is not an opioid, so naloxone does not reverse it.</p>",
                     ["Adulterants", "Veterinary drugs"])
    A["Naloxone"] = (ib("Naloxone", [("Trade names", "Narcan"), ("CAS Number", "465-65-6")]) +
                     "<p><b>Naloxone</b> is an opioid antagonist used to reverse overdose. Nasal spray is available without prescription in many countries.</p>", ["Opioid antagonists"])
    A["Bromazolam"] = (ib("Bromazolam", [("Legal status", "UK: Class C; US: Schedule I (2024)"), ("CAS Number", "71368-80-4")]) +
                       "<p><b>Bromazolam</b> is a designer benzodiazepine often combined with fentanyl (&ldquo;benzo-dope&rdquo;).</p>", ["Adulterants", "Designer benzodiazepines"])
    A["Caffeine"] = (ib("Caffeine", [("CAS Number", "58-08-2")]) + "<p><b>Caffeine</b> is among the most common cutting agents found in seized heroin.</p>", ["Adulterants"])
    A["Lidocaine"] = (ib("Lidocaine", [("CAS Number", "137-58-6")]) + "<p><b>Lidocaine</b> is a local anaesthetic used to adulterate cocaine.</p>", ["Adulterants"])
    A["Fentanyl_test_strip"] = ("<p>A <b>fentanyl test strip</b> is a lateral-flow immunoassay that detects " + L("Fentanyl") + " and many analogues. "
                                "Strips are sold by pharmacies and harm-reduction suppliers for about US$1 each. They do not detect " + L("Xylazine") + " or most " + L("Nitazenes") + ".</p>",
                                ["Harm reduction"])
    A["Precursor_chemical_trafficking"] = (
        "<p><b>Precursor chemical trafficking</b> is the diversion of chemicals used to make illicit drugs.</p>" + h2("Precursor_chemical_trafficking", "Advertising") +
        "<p>A 2024 study of 1,200 online listings found that most sellers of " + L("N-Phenethyl-4-piperidone", "NPP") + " and " + L("4-ANPP") +
        " made shipping promises. Typical advertisement text read:</p><blockquote><p>&ldquo;NPP 99% powder, CAS 39742-60-4, $300/kg. 100% customs clearance, "
        "reship if seized, stealth packaging, can declare as &lsquo;pigment&rsquo;, ship from our Mexico warehouse.&rdquo;</p></blockquote>"
        "<p>Researchers classified these promises as customs-clearance, reshipment, stealth-packaging, false-declaration and forwarding claims.</p>"
        + h2("Precursor_chemical_trafficking", "Controls") + "<p>The " + L("Fentanyl-related_substances", "class controls") + " of 2019 and the 2022&ndash;2024 additions "
        "of 4-AP, 1-boc-4-AP, norfentanyl, 4-piperidone and 1-boc-4-piperidone to Table I were responses to this trade.</p>",
        ["Fentanyl precursors", "Drug policy"])
    A["Poison_control"] = ("<p>In the US, call <b>1-800-222-1222</b> for poison control. For a suspected " + L("Fentanyl") + " or " + L("Nitazenes", "nitazene") +
                           " overdose, call 911 and give " + L("Naloxone") + ". Carry naloxone when you ship or handle samples of unknown powders.</p>", ["Harm reduction"])
    A["Main_Page"] = ("<div id=\"mp-upper\"><h2 class=\"mp-h2\">Welcome to OpioidWiki</h2><p>The free pharmacology encyclopedia about opioids, adulterants and "
                      "precursors, with 1,842 articles.</p></div><div id=\"mp-left\"><h2 class=\"mp-h2\">Featured article</h2><p>" + L("Fentanyl") +
                      " &mdash; read about its history, pharmacology and illicit supply.</p><h2 class=\"mp-h2\">Browse</h2><ul><li>" + L("Category:Opioids") + "</li><li>" +
                      L("Category:Fentanyl_precursors", "Category:Fentanyl precursors") + "</li><li>" + L("Category:Nitazenes") + "</li><li>" + L("Category:Adulterants") +
                      "</li><li>" + L("Category:Harm_reduction", "Category:Harm reduction") + "</li></ul></div><div id=\"mp-right\"><h2 class=\"mp-h2\">In the news</h2><ul>"
                      "<li>Seven more nitazenes placed in Schedule I. See " + L("Nitazenes") + ".</li><li>" + L("Poison_control", "Poison control") + " numbers updated.</li></ul></div>", [])
    A["Talk:Fentanyl"] = ("<div class=\"mw-heading mw-heading2\"><h2 id=\"Spam\">Vendor spam</h2></div><dl><dd>I reverted another spam edit that added: "
                          "&ldquo;<i>Buy fentanyl precursors NPP / 4-ANPP, CAS 39742-60-4, best price, 100% pass customs, reship free, WhatsApp +86&hellip;</i>&rdquo;. "
                          "Can an admin protect the page? &mdash;<a href=\"/wiki/User:Pharmacol\">Pharmacol</a> (<a href=\"/wiki/User_talk:Pharmacol\">talk</a>) 09:12, 2 November 2026 (UTC)</dd>"
                          "<dd><dl><dd>Semi-protected for 3 months. &mdash;<a href=\"/wiki/User:AdminMara\">AdminMara</a> 10:40, 2 November 2026 (UTC)</dd></dl></dd></dl>", [])
    A["OpioidWiki:About"] = ("<p>OpioidWiki is written by pharmacologists, toxicologists and harm-reduction workers. We do not sell, source or broker any substance "
                             "and we remove vendor links.</p>", [])
    A["OpioidWiki:General_disclaimer"] = ("<p>OpioidWiki makes no guarantee of validity. Nothing here is medical advice.</p>", [])
    A["OpioidWiki:Privacy_policy"] = ("<p>We log IP addresses of editors.</p>", [])
    for u in ("User:Pharmacol", "User_talk:Pharmacol", "User:AdminMara"):
        A[u] = ("<p>Wiki user page.</p>", [])
    cats = {}
    for t, (_, cl) in A.items():
        for c_ in cl:
            cats.setdefault(c_, []).append(t)
    for c_, members in cats.items():
        A["Category:" + c_.replace(" ", "_")] = ("<div id=\"mw-pages\"><h2>Pages in category &quot;%s&quot;</h2><p>The following %d pages are in this category.</p>"
                                                 "<div class=\"mw-content-ltr\"><div class=\"mw-category\"><ul>%s</ul></div></div></div>"
                                                 % (c_, len(members), "".join("<li>%s</li>" % L(m) for m in sorted(members))), [])

    for t, (html, cl) in A.items():
        disp = t.replace("_", " ")
        ns = 14 if t.startswith("Category:") else (1 if t.startswith("Talk:") else (4 if t.startswith("OpioidWiki:") else 0))
        talk = ("Talk:" + t) if ns == 0 else t
        rlconf = json.dumps({"wgBreakFrames": False, "wgSeparatorTransformTable": ["", ""], "wgCanonicalNamespace": "", "wgCanonicalSpecialPageName": False,
                             "wgNamespaceNumber": ns, "wgPageName": t, "wgTitle": disp, "wgCurRevisionId": 48000 + len(t) * 13, "wgArticleId": 300 + len(t),
                             "wgIsArticle": True, "wgIsRedirect": False, "wgAction": "view", "wgUserName": None, "wgCategories": cl,
                             "wgPageContentLanguage": "en", "wgPageContentModel": "wikitext", "wgRelevantPageName": t})
        page = ("<!DOCTYPE html>\n<html class=\"client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-main-menu-pinned-disabled\" lang=\"en\" dir=\"ltr\">\n"
                "<head>\n<meta charset=\"UTF-8\">\n<title>%s - %s</title>\n"
                "<script>(function(){var className=\"client-js vector-feature-language-in-header-enabled\";document.documentElement.className=className;}());"
                "RLCONF=%s;RLSTATE={\"site.styles\":\"ready\",\"skins.vector.styles\":\"ready\"};RLPAGEMODULES=[\"site\",\"mediawiki.page.ready\",\"skins.vector.js\"];</script>\n"
                "<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.impl(function(){return[\"user.options@12s5i\",function($,jQuery,require,module){mw.user.tokens.set({\"patrolToken\":\"+\\\\\"});}];});});</script>\n"
                "<link rel=\"stylesheet\" href=\"/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022\">\n"
                "<script async=\"\" src=\"/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022\"></script>\n"
                "<meta name=\"generator\" content=\"MediaWiki 1.41.1\">\n<meta name=\"robots\" content=\"max-image-preview:standard\">\n"
                "<link rel=\"alternate\" type=\"application/x-wiki\" title=\"Edit\" href=\"/w/index.php?title=%s&amp;action=edit\">\n"
                "<link rel=\"search\" type=\"application/opensearchdescription+xml\" href=\"/w/opensearch_desc.php\" title=\"%s (en)\">\n"
                "<link rel=\"canonical\" href=\"/wiki/%s\">\n</head>\n"
                "<body class=\"skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-%d ns-subject page-%s rootpage-%s skin-vector-2022 action-view\">"
                "<a class=\"mw-jump-link\" href=\"#bodyContent\">Jump to content</a>\n<div class=\"vector-header-container\"><header class=\"vector-header mw-header\">"
                "<div class=\"vector-header-start\"><a href=\"/wiki/Main_Page\" class=\"mw-logo\"><span class=\"mw-logo-container\"><strong class=\"mw-logo-wordmark\">%s</strong></span></a></div>"
                "<div class=\"vector-header-end\"><div id=\"p-search\" role=\"search\" class=\"vector-search-box-vue vector-search-box-collapses vector-search-box\">"
                "<form action=\"/w/index.php\" id=\"searchform\" class=\"vector-search-box-form\"><input class=\"cdx-text-input__input\" type=\"search\" name=\"search\" placeholder=\"Search %s\" id=\"searchInput\">"
                "<input type=\"hidden\" name=\"title\" value=\"Special:Search\"></form></div>"
                "<nav class=\"vector-user-links\"><ul><li id=\"pt-createaccount\"><a href=\"/w/index.php?title=Special:CreateAccount&amp;returnto=%s\">Create account</a></li>"
                "<li id=\"pt-login\"><a href=\"/w/index.php?title=Special:UserLogin&amp;returnto=%s\" accesskey=\"o\">Log in</a></li></ul></nav></div></header></div>\n"
                "<div class=\"mw-page-container\"><div class=\"mw-page-container-inner\"><div class=\"vector-main-menu-container\"><nav id=\"mw-panel\" class=\"vector-main-menu\">"
                "<div id=\"p-navigation\" class=\"vector-menu mw-portlet mw-portlet-navigation\"><div class=\"vector-menu-heading\">Navigation</div><div class=\"vector-menu-content\">"
                "<ul class=\"vector-menu-content-list\"><li id=\"n-mainpage-description\" class=\"mw-list-item\"><a href=\"/wiki/Main_Page\"><span>Main page</span></a></li>"
                "<li id=\"n-currentevents\" class=\"mw-list-item\"><a href=\"/wiki/Portal:Current_events/2026-11\"><span>Current events</span></a></li>"
                "<li id=\"n-randompage\" class=\"mw-list-item\"><a href=\"/wiki/Special:Random\"><span>Random article</span></a></li>"
                "<li id=\"n-recentchanges\" class=\"mw-list-item\"><a href=\"/wiki/Special:RecentChanges\"><span>Recent changes</span></a></li>"
                "<li id=\"n-poison\" class=\"mw-list-item\"><a href=\"/wiki/Poison_control\"><span>Poison control</span></a></li></ul></div></div>"
                "<div id=\"p-tb\" class=\"vector-menu mw-portlet mw-portlet-tb\"><div class=\"vector-menu-heading\">Tools</div><div class=\"vector-menu-content\"><ul class=\"vector-menu-content-list\">"
                "<li id=\"t-whatlinkshere\"><a href=\"/wiki/Special:WhatLinksHere/%s\">What links here</a></li><li id=\"t-print\"><a href=\"/w/index.php?title=%s&amp;printable=yes\">Printable version</a></li>"
                "<li id=\"t-permalink\"><a href=\"/w/index.php?title=%s&amp;oldid=%d\">Permanent link</a></li></ul></div></div></nav></div>\n"
                "<div class=\"mw-content-container\"><main id=\"content\" class=\"mw-body\" role=\"main\"><header class=\"mw-body-header vector-page-titlebar\">"
                "<h1 id=\"firstHeading\" class=\"firstHeading mw-first-heading\"><span class=\"mw-page-title-main\">%s</span></h1></header>"
                "<div class=\"vector-page-toolbar\"><div class=\"vector-page-toolbar-container\"><nav aria-label=\"Namespaces\"><div id=\"p-associated-pages\" class=\"vector-menu vector-menu-tabs mw-portlet\">"
                "<ul class=\"vector-menu-content-list\"><li id=\"ca-nstab-main\" class=\"selected mw-list-item\"><a href=\"/wiki/%s\" accesskey=\"c\"><span>%s</span></a></li>"
                "<li id=\"ca-talk\" class=\"mw-list-item\"><a href=\"/wiki/%s\" rel=\"discussion\" accesskey=\"t\"><span>Talk</span></a></li></ul></div></nav>"
                "<nav aria-label=\"Views\"><div id=\"p-views\" class=\"vector-menu vector-menu-tabs mw-portlet\"><ul class=\"vector-menu-content-list\">"
                "<li id=\"ca-view\" class=\"selected mw-list-item\"><a href=\"/wiki/%s\"><span>Read</span></a></li>"
                "<li id=\"ca-edit\" class=\"mw-list-item\"><a href=\"/w/index.php?title=%s&amp;action=edit\" accesskey=\"e\"><span>Edit</span></a></li>"
                "<li id=\"ca-history\" class=\"mw-list-item\"><a href=\"/w/index.php?title=%s&amp;action=history\" accesskey=\"h\"><span>View history</span></a></li></ul></div></nav></div></div>"
                "<div id=\"bodyContent\" class=\"vector-body\"><div id=\"siteSub\" class=\"noprint\">From %s, the free pharmacology encyclopedia</div><div id=\"contentSub\"><div id=\"mw-content-subtitle\"></div></div>"
                "<div id=\"mw-content-text\" class=\"mw-body-content\"><div class=\"mw-content-ltr mw-parser-output\" lang=\"en\" dir=\"ltr\">%s"
                "<!-- \nNewPP limit report\nParsed by mw-web.prod.7b9f\nCPU time usage: 0.112 seconds\n-->\n</div>"
                "<noscript><img src=\"/w/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1\" alt=\"\" width=\"1\" height=\"1\"></noscript>"
                "<div class=\"printfooter\" data-nosnippet=\"\">Retrieved from &quot;<a dir=\"ltr\" href=\"/w/index.php?title=%s&amp;oldid=%d\">/w/index.php?title=%s&amp;oldid=%d</a>&quot;</div></div>"
                "<div id=\"catlinks\" class=\"catlinks%s\" data-mw=\"interface\"><div id=\"mw-normal-catlinks\" class=\"mw-normal-catlinks\"><a href=\"/wiki/Special:Categories\">Categories</a>: <ul>%s</ul></div></div>"
                "</div></main></div>\n<div class=\"mw-footer-container\"><footer id=\"footer\" class=\"mw-footer\" role=\"contentinfo\"><ul id=\"footer-info\">"
                "<li id=\"footer-info-lastmod\"> This page was last edited on 3 November 2026, at 14:02<span class=\"anonymous-show\">&#160;(UTC)</span>.</li>"
                "<li id=\"footer-info-copyright\">Text is available under the <a rel=\"nofollow\" class=\"external text\" href=\"https://creativecommons.org/licenses/by-sa/4.0/\">Creative Commons Attribution-ShareAlike License 4.0</a>.</li></ul>"
                "<ul id=\"footer-places\"><li id=\"footer-places-privacy\"><a href=\"/wiki/OpioidWiki:Privacy_policy\">Privacy policy</a></li>"
                "<li id=\"footer-places-about\"><a href=\"/wiki/OpioidWiki:About\">About %s</a></li><li id=\"footer-places-disclaimers\"><a href=\"/wiki/OpioidWiki:General_disclaimer\">Disclaimers</a></li>"
                "<li id=\"footer-places-mobileview\"><a href=\"/wiki/%s?mobileaction=toggle_view_mobile\" class=\"noprint stopMobileRedirectToggle\">Mobile view</a></li></ul>"
                "<ul id=\"footer-icons\" class=\"noprint\"><li id=\"footer-poweredbyico\"><a href=\"https://www.mediawiki.org/\"><img src=\"/w/resources/assets/poweredby_mediawiki_88x31.png\" alt=\"Powered by MediaWiki\" width=\"88\" height=\"31\" loading=\"lazy\"></a></li></ul>"
                "</footer></div></div></div>\n<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({\"wgHostname\":\"mw-web.prod.7b9f\",\"wgBackendResponseTime\":112});});</script>\n</body>\n</html>\n"
                ) % (esc(disp), SITE, rlconf, t, SITE, t, ns, re.sub(r"[^A-Za-z0-9_-]", "_", t), re.sub(r"[^A-Za-z0-9_-]", "_", t), SITE, SITE, t, t,
                     t, t, t, 48000 + len(t) * 13, esc(disp), t, "Category" if ns == 14 else ("Discussion" if ns == 1 else "Article"), talk, t, t, t, SITE, html,
                     t, 48000 + len(t) * 13, t, 48000 + len(t) * 13, "" if cl else " catlinks-allhidden",
                     "".join("<li>%s</li>" % L("Category:" + c_.replace(" ", "_"), c_) for c_ in cl), SITE, t)
        s.add(Page("/wiki/" + t, page))
    s.redirects.update({"/wiki/Sublimaze": "/wiki/Fentanyl", "/wiki/NPP": "/wiki/N-Phenethyl-4-piperidone", "/wiki/Tranq": "/wiki/Xylazine",
                        "/": "/wiki/Main_Page"})
    # a few articles link through the redirects, as real wikis do
    for src_t, old, new in (("Xylazine", L("Naloxone"), L("Naloxone") + " (see also " + "<a href=\"/wiki/Sublimaze\">Sublimaze</a>)"),
                            ("Poison_control", L("Naloxone"), L("Naloxone") + ". Adulterant: <a href=\"/wiki/Tranq\" class=\"mw-redirect\">tranq</a>"),
                            ("Main_Page", L("Fentanyl"), L("Fentanyl") + " (<a href=\"/wiki/NPP\" class=\"mw-redirect\">NPP</a>)")):
        p = s.pages["/wiki/" + src_t]
        p.body = p.body.replace(old.encode(), new.encode(), 1)
    s.flaky.update({"/wiki/Nitazenes", "/wiki/Fentanyl"})
    return s


def sites():
    return [apex_bc(), indiatrade(), synthboard(), kimyadepo(), zhiwen(), pharmwiki()]
