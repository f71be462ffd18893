"""World w5: six simulated sites of six different families.

vireo-labs       Shopify-like research-chemical shop (collections, product JSON-LD, variant radios,
                 a site-wide "Trending now" rail, FAQ with claims, test strips and benign goods).
chemlinker       ECHEMI/LookChem-like chemical directory: CAS pages with supplier tables and
                 "Send Inquiry", supplier profiles, buying leads, encyclopedia entries of banned
                 substances, hot-search chrome; an "spm" tracking token that changes on every response.
avisa-mx         OLX/Craigslist-like Spanish classifieds (ISO-8859-1), sellers and "Busco" ads,
                 M30 pills, veterinary ketamine/xylazine, harm-reduction test strips, site-wide tips.
rctalk           XenForo-like forum: WTS/WTB threads, vendor and buyer posts, reviews, Russian, German
                 and Chinese vendors, obfuscated names (fullwidth, math bold, Cyrillic look-alikes).
huadong-news     Chinese news portal (GBK): seizure stories in simplified and traditional script,
                 reprinted regulator notices with CAS tables. Nothing here is an offer.
northgate-univ   University department: internal chemistry-stores price list (benign, CAS), a
                 controlled reference-standard inventory (not for sale), drug-checking alerts,
                 a patent page, a seminar calendar trap.

Truth rules used throughout (see NOTES.md):
  * hits: substances offered for sale in the page's own content (by any seller posting there).
    Site-wide rails (trending / hot products / featured ads / latest threads) are not counted on
    the pages that merely repeat them.
  * cas: valid CAS numbers shown with a product that is offered or catalogued for sale (benign
    included); not CAS in news, regulation, encyclopedia, buying requests or non-sale inventories.
  * claims: shipping claims the seller makes on the page (not buyers, FAQs about "some vendors",
    news reports, safety tips, negated policies).
"""
import json
import random
import re

from marketsim import Site, Page, S, NOVEL, BENIGN, esc, paginate, rng, tiny_png

FEN, NIT = "fentanyl", "nitazene"


def cas_ok(c):
    """CAS check digit."""
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", c or "")
    if not m:
        return False
    d = m.group(1) + m.group(2)
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(m.group(3))


def P(path, body, hits=(), cas=(), claims=(), listing=False, **kw):
    """A Page whose truth is checked at build time."""
    hits = {h.key if hasattr(h, "key") else h for h in hits} - {""}
    cas = set(cas)
    for c in cas:
        assert cas_ok(c), (path, c)
    for c in claims:
        assert c in ("reship", "customs", "stealth", "mislabel", "forwarding"), (path, c)
    return Page(path, body, hits=hits, cas=cas, claims=set(claims), listing=listing, **kw)


class TokenPage(Page):
    """A page whose every internal link carries a fresh tracking token on each response.

    The template marks token slots with @@T@@; the page content is otherwise identical."""
    _rand = random.SystemRandom()

    def __init__(self, path, text, charset="utf-8", **kw):
        self._text = text
        self._charset = charset
        Page.__init__(self, path, b"", charset=charset, **kw)

    def _tok(self, _m=None):
        r = self._rand
        return "c7%02d.%s.%d.%s" % (r.randrange(100), r.choice(["pdetail", "plist", "supcard", "hotkw", "nav"]),
                                    r.randrange(1, 40), "%08x" % r.getrandbits(32))

    @property
    def body(self):
        t = re.sub("@@T@@", self._tok, self._text)
        t = t.replace("@@NONCE@@", "%032x" % self._rand.getrandbits(128))
        return t.encode(self._charset)

    @body.setter
    def body(self, v):
        pass


# ---------------------------------------------------------------- substances
# controlled / watchlisted (truth key = CAS from watchlist.tsv)
fentanyl = S("437-38-7", "Fentanyl", "fentanyl citrate", cls=FEN)
carfentanil = S("59708-52-0", "Carfentanil", cls=FEN)
furanylf = S("101345-66-8", "Furanylfentanyl", cls=FEN)
npp = S("39742-60-4", "N-Phenethyl-4-piperidone", "NPP")
anpp = S("21409-26-7", "4-ANPP", "ANPP")
ap4 = S("23056-29-3", "4-Anilinopiperidine", "4-AP")
boc4ap = S("125541-22-2", "1-Boc-4-AP")
norfent = S("1609-66-1", "Norfentanyl")
pip4 = S("41661-47-6", "4-Piperidone")
bocpip = S("79099-07-3", "1-Boc-4-piperidone")
protonit = S("95958-84-2", "Protonitazene", cls=NIT)
metonit = S("14680-51-4", "Metonitazene", cls=NIT)
etonitazepyne = S("2785346-75-8", "Etonitazepyne", cls=NIT)
desethyl_iso = S("2732926-24-6", "N-Desethyl isotonitazene", cls=NIT)
isotonit = S("14188-81-9", "Isotonitazene", cls=NIT)          # only ever talked about
brorphine = S("2244737-98-0", "Brorphine")
map237 = S("98608-61-8", "2-Methyl-AP-237")
bromazolam = S("71368-80-4", "Bromazolam")
flualp = S("28910-91-0", "Flualprazolam")
bmk_mg = S("80532-66-7", "BMK methyl glycidate")
pmk_mg = S("13605-48-6", "PMK methyl glycidate")
xylazine = S("7361-61-7", "Xylazine")
ketamine = S("6740-88-1", "Ketamine")
tramadol = S("27203-92-5", "Tramadol")
oxycodone = S("76-42-6", "Oxycodone")

# analogues on no list by name: keys are the class (definitions in SOURCES.md)
# 5-nitrobenzimidazole, 4-propoxybenzyl, N-ethylaminoethyl: China rule 4 (substituted amino)
desethyl_proto = NOVEL(NIT, "N-Desethyl protonitazene",
                       "N-ethyl-2-[5-nitro-2-[(4-propoxyphenyl)methyl]benzimidazol-1-yl]ethanamine")
# N-pyrrolidino isotonitazene: rule 4 (amino replaced by pyrrolidino)
isotonitazepyne = NOVEL(NIT, "Isotonitazepyne", "N-pyrrolidino isotonitazene")
# acetylfentanyl with a 4-methyl on the aniline ring: HALT (D)+(E); the parent is listed, this is not
me_acetylf = NOVEL(FEN, "4'-Methyl acetyl fentanyl",
                   "N-(4-methylphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]acetamide")
# fentanyl with 4-chloro on the aniline ring: HALT (D)
pclf = NOVEL(FEN, "para-Chlorofentanyl", "N-(4-chlorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide")

# benign (CAS shown in product context counts; no hit)
caffeine = BENIGN("58-08-2", "Caffeine")
inositol = BENIGN("87-89-8", "myo-Inositol")
mannitol = BENIGN("69-65-8", "D-Mannitol")
lidocaine = BENIGN("137-58-6", "Lidocaine")
tetracaine = BENIGN("94-24-6", "Tetracaine")
procaine = BENIGN("59-46-1", "Procaine")
phenacetin = BENIGN("62-44-2", "Phenacetin")
benzocaine = BENIGN("94-09-7", "Benzocaine")
paracetamol = BENIGN("103-90-2", "Paracetamol")
msm = BENIGN("67-71-0", "Dimethyl sulfone")
bicarb = BENIGN("144-55-8", "Sodium bicarbonate")
citric = BENIGN("77-92-9", "Citric acid")

BENIGN_CAS_USED = ["58-08-2", "87-89-8", "69-65-8", "137-58-6", "94-24-6", "59-46-1", "62-44-2", "94-09-7",
                   "103-90-2", "67-71-0", "144-55-8", "77-92-9", "64-17-5", "67-56-1", "75-05-8", "67-63-0",
                   "67-68-5", "56-81-5", "77-86-1", "60-00-4", "57-13-6", "57-50-1", "56-40-6", "1310-73-2",
                   "7447-40-7", "7647-14-5", "141-78-6", "75-09-2", "50-99-7", "7365-45-9", "10043-35-3",
                   "465-65-6", "7757-82-6", "110-54-3"]
for _c in BENIGN_CAS_USED:
    assert cas_ok(_c), _c


def money(x):
    return "{:,.2f}".format(x)


# ================================================================ 1. vireo-labs (Shopify-like)

class _Prod:
    def __init__(self, handle, title, sub, cas, variants, coll, specs, desc, claims=(), reviews=(),
                 ptype="Research chemical", iupac=""):
        self.handle, self.title, self.sub, self.cas = handle, title, sub, cas
        self.variants, self.coll, self.specs, self.desc = variants, coll, specs, desc
        self.claims = list(claims)          # (kind, sentence) made by the shop
        self.reviews = list(reviews)        # (name, stars, text) by buyers
        self.ptype, self.iupac = ptype, iupac

    def key(self):
        return self.sub.key if self.sub else ""


def shop_vireo():
    s = Site("vireo-labs", "shopify-storefront")
    s.robots = ("# we use Shopify as our ecommerce platform\n\n# Google adsbot ignores robots.txt unless specifically named!\n"
                "User-agent: adsbot-google\nDisallow: /checkouts/\nDisallow: /checkout\nDisallow: /carts\nDisallow: /orders\n\n"
                "User-agent: *\nDisallow: /admin\nDisallow: /cart\nDisallow: /orders\nDisallow: /checkouts/\n"
                "Disallow: /checkout\nDisallow: /account\nDisallow: /search\nDisallow: /apps/\n"
                "Disallow: /collections/*sort_by*\nDisallow: /*/collections/*sort_by*\nDisallow: /policies/terms-of-service\n"
                "Sitemap: /sitemap.xml\n")
    s.disallow = ["/admin", "/cart", "/orders", "/checkouts/", "/checkout", "/account", "/search", "/apps/",
                  "/policies/terms-of-service"]
    s.rate_limit = 15
    s.junk_params = ["variant", "sort_by", "_pos", "_sid", "_ss", "_psq", "utm_source", "utm_medium", "utm_campaign"]

    R = "For laboratory research and analytical use only. Not for human or veterinary use."
    prods = [
        _Prod("protonitazene-hcl", "Protonitazene (HCl)", protonit, "95958-84-2",
              [("100 mg", 60), ("500 mg", 240), ("1 g", 420)], ["nitazenes"],
              [("Formula", "C23H30N4O3 &middot; HCl"), ("Purity", "&ge; 99.1 % (HPLC)"), ("Form", "off-white crystalline powder")],
              "Protonitazene hydrochloride, a 2-benzylbenzimidazole reference standard, supplied with a batch COA.",
              claims=[("stealth", "Every order is heat-sealed in a smell-proof mylar pouch and packed in a plain white box: no product names, no logos, nothing on the outside that says what is inside.")],
              reviews=[("Jonas K.", 5, "Stealth was excellent, took 6 days to \U0001F1E9\U0001F1EA. Pure white powder."),
                       ("anon", 4, "Good but slow reply from support.")]),
        _Prod("metonitazene", "Metonitazene &ndash; analytical reference", metonit, "14680-51-4",
              [("100 mg", 55), ("250 mg", 120), ("1 g", 390)], ["nitazenes"],
              [("Formula", "C21H26N4O3"), ("Purity", "99 %"), ("Form", "pale yellow powder")],
              "Metonitazene free base. Batch tested by NMR and LC-MS.",
              claims=[("reship", "If your parcel is confiscated or goes missing in transit, email us the tracking number and we will reship it once at our cost.")]),
        _Prod("n-pyrrolidino-etonitazene", "N-Pyrrolidino Etonitazene (Etonitazepyne)", etonitazepyne, "2785346-75-8",
              [("100 mg", 70), ("500 mg", 300)], ["nitazenes"],
              [("Formula", "C22H26N4O3"), ("Purity", "98.7 %"), ("Form", "yellow powder")],
              "Etonitazepyne, the pyrrolidine analogue of etonitazene.",
              claims=[("mislabel", "For international orders the customs form lists the contents as \u2018laboratory dye sample\u2019.")]),
        _Prod("n-desethyl-protonitazene", "N-Desethyl Protonitazene", desethyl_proto, None,
              [("50 mg", 65), ("250 mg", 260)], ["nitazenes", "new-arrivals"],
              [("IUPAC", "N-ethyl-2-[5-nitro-2-[(4-propoxyphenyl)methyl]benzimidazol-1-yl]ethanamine"),
               ("CAS", "not yet assigned"), ("Purity", "98 %")],
              "A new benzimidazole reference material, the N-desethyl metabolite of protonitazene.",
              iupac="N-ethyl-2-[5-nitro-2-[(4-propoxyphenyl)methyl]benzimidazol-1-yl]ethanamine"),
        _Prod("isotonitazepyne", "Isotonitazepyne", isotonitazepyne, None,
              [("100 mg", 75), ("500 mg", 320)], ["nitazenes", "new-arrivals"],
              [("IUPAC", "5-nitro-2-[(4-propan-2-yloxyphenyl)methyl]-1-(2-pyrrolidin-1-ylethyl)-1H-benzimidazole"),
               ("Synonym", "N-pyrrolidino isotonitazene"), ("Purity", "99 %")],
              "Isotonitazepyne (N-pyrrolidino isotonitazene), fresh batch.",
              claims=[("forwarding", "EU orders are sent in bulk to our fulfilment partner in Poland and delivered from there by domestic courier.")]),
        _Prod("brorphine", "Brorphine", brorphine, "2244737-98-0",
              [("250 mg", 45), ("1 g", 150)], ["opioid-research"],
              [("Formula", "C20H22BrN3O"), ("Purity", "99.4 %"), ("Form", "white powder")],
              "Brorphine, a piperidine benzimidazolone. Supplied as free base."),
        _Prod("2-methyl-ap-237-hcl", "2-Methyl-AP-237 HCl", map237, "98608-61-8",
              [("500 mg", 40), ("1 g", 70), ("5 g", 290)], ["opioid-research"],
              [("Formula", "C18H26N2O &middot; HCl"), ("Purity", "99 %"), ("Form", "white crystals")],
              "2-Methyl-AP-237 hydrochloride (acylpiperazine)."),
        _Prod("bromazolam-pellets-1mg", "Bromazolam Pellets 1 mg", bromazolam, "71368-80-4",
              [("20 pellets", 30), ("50 pellets", 60), ("100 pellets", 100)], ["benzodiazepines"],
              [("Content", "1 mg per pellet"), ("Purity", "99 % (active)"), ("Form", "white pellets, 6 mm")],
              "Bromazolam pellets for dissolution studies.",
              claims=[("stealth", "Pellets are blister-packed and posted in a padded mailer with a plain return address, so the package looks like any other online order."),
                      ("reship", "Lost parcels are re-sent free of charge (one reship per order).")],
              reviews=[("M.", 5, "Second order, arrived quick. Packaging super discreet."),
                       ("kai", 5, "Exactly as described.")]),
        _Prod("flualprazolam-pellets-0-5mg", "Flualprazolam Pellets 0.5 mg", flualp, "28910-91-0",
              [("20 pellets", 28), ("100 pellets", 90)], ["benzodiazepines"],
              [("Content", "0.5 mg per pellet"), ("Form", "light blue pellets")],
              "Flualprazolam pellets."),
        _Prod("4-methyl-acetyl-fentanyl", "4&#39;-Methyl Acetyl Fentanyl (4&#39;-Me-AF)", me_acetylf, None,
              [("100 mg", 80), ("500 mg", 340)], ["opioid-research", "new-arrivals"],
              [("IUPAC", "N-(4-methylphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]acetamide"),
               ("Formula", "C22H28N2O"), ("Purity", "98.9 %")],
              "4'-Methyl acetyl fentanyl: an aniline-ring methylated acetamide analogue for receptor-binding work.",
              claims=[("customs", "We take care of customs clearance: duties are prepaid (DDP) and if a parcel is held, our broker gets it released.")]),
        _Prod("1-boc-4-piperidone", "1-Boc-4-Piperidone", bocpip, "79099-07-3",
              [("25 g", 35), ("100 g", 95), ("500 g", 380)], ["intermediates"],
              [("Synonym", "tert-Butyl 4-oxopiperidine-1-carboxylate"), ("Formula", "C10H17NO3"), ("Purity", "99 %")],
              "N-Boc-4-piperidone, a common building block.",
              claims=[],
              ptype="Intermediate"),
        _Prod("1-boc-4-ap", "1-Boc-4-AP", boc4ap, "125541-22-2",
              [("25 g", 60), ("100 g", 190)], ["intermediates"],
              [("Synonym", "tert-Butyl 4-(phenylamino)piperidine-1-carboxylate"), ("Formula", "C16H24N2O2"), ("Purity", "98.5 %")],
              "1-Boc-4-anilinopiperidine.",
              ptype="Intermediate"),
        _Prod("fentanyl-test-strips-10-pack", "Fentanyl Test Strips (10-pack)", None, None,
              [("10 strips", 12), ("50 strips", 45)], ["lab-supplies"],
              [("Cut-off", "20 ng/mL"), ("Format", "lateral-flow immunoassay dip strips")],
              "Rapid strips that detect fentanyl and many of its analogues in a dissolved sample. Not designed for nitazenes.",
              ptype="Testing"),
        _Prod("caffeine-anhydrous", "Caffeine Anhydrous", caffeine, "58-08-2",
              [("100 g", 12), ("500 g", 35), ("1 kg", 55)], ["lab-supplies"],
              [("Grade", "USP"), ("Purity", "99.5 %")],
              "Caffeine anhydrous powder, USP grade.",
              reviews=[("Laura", 5, "Good caffeine, dissolves clear.")], ptype="Reagent"),
        _Prod("myo-inositol", "Myo-Inositol", inositol, "87-89-8",
              [("250 g", 18), ("1 kg", 49)], ["lab-supplies"],
              [("Grade", "food grade"), ("Purity", "98 %")], "Myo-inositol, fine white powder.", ptype="Reagent"),
        _Prod("d-mannitol", "D-Mannitol", mannitol, "69-65-8",
              [("500 g", 16), ("1 kg", 28)], ["lab-supplies"],
              [("Grade", "BP/USP")], "D-Mannitol, pharma grade.", ptype="Reagent"),
        _Prod("milligram-scale-0-001g", "Milligram Scale 0.001 g / 50 g", None, None,
              [("Scale", 39)], ["lab-supplies"],
              [("Capacity", "50 g"), ("Readability", "0.001 g"), ("Calibration weight", "included")],
              "Pocket milligram scale with draft shield.", ptype="Equipment"),
        _Prod("empty-capsules-size-0", "Empty Gelatin Capsules, size 0 (1000)", None, None,
              [("1000 pcs", 14)], ["lab-supplies"], [("Size", "0"), ("Material", "bovine gelatin")],
              "Clear empty capsules.", ptype="Equipment"),
    ]
    by_handle = {p.handle: p for p in prods}
    for i, p in enumerate(prods):
        p.pid = 7301420000000 + i * 1733
        p.vids = [44120000000000 + i * 97 + j for j in range(len(p.variants))]
        p.low = min(v for _, v in p.variants)

    colls = [("nitazenes", "Nitazenes", "Benzimidazole opioid reference standards for research laboratories."),
             ("opioid-research", "Opioid research", "Piperidine and piperazine compounds for receptor studies."),
             ("benzodiazepines", "Designer benzodiazepines", "Pellets and powders."),
             ("intermediates", "Intermediates", "Building blocks and synthesis intermediates."),
             ("lab-supplies", "Lab supplies", "Reagents, scales, test strips and consumables."),
             ("new-arrivals", "New arrivals", "Freshly added to the catalogue.")]
    trending = ["metonitazene", "bromazolam-pellets-1mg", "brorphine", "milligram-scale-0-001g"]

    def card(p, rail=False):
        return ("<li class='grid__item'><div class='card-wrapper product-card-wrapper underline-links-hover'>"
                "<div class='card card--standard card--media'><div class='card__inner ratio'><div class='card__media'>"
                "<img src='/cdn/shop/products/%s.png?v=17%d&width=533' alt='%s' loading='lazy' width='533' height='533'></div></div>"
                "<div class='card__content'><div class='card__information'><h3 class='card__heading%s'>"
                "<a href='/products/%s%s' class='full-unstyled-link'>%s</a></h3>"
                "<div class='card-information'><div class='price'><div class='price__container'><div class='price__regular'>"
                "<span class='visually-hidden visually-hidden--inline'>Regular price</span>"
                "<span class='price-item price-item--regular'>From $%s USD</span></div></div></div></div></div></div>"
                "</div></div></li>"
                % (p.handle, p.pid % 1000, p.title, " h5" if rail else "", p.handle,
                   "?variant=%d" % p.vids[0] if not rail else "", p.title, money(p.low)))

    rail_html = ("<div id='shopify-section-trending' class='shopify-section section'><div class='collection section-trending-padding'>"
                 "<div class='collection__title title-wrapper'><h2 class='title inline-richtext h2'>Trending now</h2></div>"
                 "<ul class='grid product-grid contains-card--product grid--4-col-desktop grid--2-col-tablet-down' role='list'>%s</ul>"
                 "</div></div>" % "".join(card(by_handle[h], rail=True) for h in trending))

    menu = "".join("<li><a href='/collections/%s' class='header__menu-item list-menu__item link link--text focus-inset caption-large'>%s</a></li>"
                   % (h, t) for h, t, _ in colls)

    def page(path, title, main, head_extra="", tmpl="page"):
        return ("<!doctype html><html class='no-js' lang='en'><head><meta charset='utf-8'>"
                "<meta http-equiv='X-UA-Compatible' content='IE=edge'><meta name='viewport' content='width=device-width,initial-scale=1'>"
                "<meta name='theme-color' content=''><link rel='canonical' href='https://vireolabs.shop%s'>"
                "<link rel='preconnect' href='https://cdn.shopify.com' crossorigin><title>%s &ndash; Vireo Labs</title>"
                "<meta property='og:site_name' content='Vireo Labs'><meta property='og:url' content='https://vireolabs.shop%s'>"
                "<meta property='og:title' content='%s'><meta name='twitter:card' content='summary_large_image'>"
                "<script>window.Shopify = window.Shopify || {};Shopify.shop = \"vireo-labs.myshopify.com\";Shopify.locale = \"en\";"
                "Shopify.currency = {\"active\":\"USD\",\"rate\":\"1.0\"};Shopify.country = \"US\";"
                "Shopify.theme = {\"name\":\"Dawn\",\"id\":132184621,\"schema_name\":\"Dawn\",\"schema_version\":\"12.0.0\",\"role\":\"main\"};"
                "Shopify.routes = Shopify.routes || {};Shopify.routes.root = \"/\";</script>"
                "<script src='/cdn/shop/t/4/assets/constants.js?v=58251544750838685771' defer='defer'></script>"
                "<script src='/cdn/shop/t/4/assets/global.js?v=149496944046504657681' defer='defer'></script>"
                "<link href='/cdn/shop/t/4/assets/base.css?v=165191016556652226921' rel='stylesheet' type='text/css' media='all'>"
                "%s</head><body class='gradient template-%s'>"
                "<a class='skip-to-content-link button visually-hidden' href='#MainContent'>Skip to content</a>"
                "<div id='shopify-section-announcement-bar' class='shopify-section'><div class='announcement-bar color-accent-1 gradient' role='region' aria-label='Announcement'>"
                "<div class='page-width'><p class='announcement-bar__message center h5'><span>Free tracked shipping on orders over $250 &middot; 10%% off with crypto checkout</span></p></div></div></div>"
                "<div id='shopify-section-header' class='shopify-section shopify-section-group-header-group section-header'>"
                "<sticky-header data-sticky-type='on-scroll-up' class='header-wrapper color-background-1 gradient header-wrapper--border-bottom'>"
                "<header class='header header--middle-left header--mobile-center page-width header--has-menu'>"
                "<details-modal class='header__search'><details><summary class='header__icon header__icon--search header__icon--summary link focus-inset modal__toggle' aria-haspopup='dialog' aria-label='Search'><span>Search</span></summary>"
                "<div class='search-modal modal__content gradient' role='dialog' aria-modal='true'><form action='/search' method='get' role='search' class='search search-modal__form'>"
                "<div class='field'><input class='search__input field__input' id='Search-In-Modal' type='search' name='q' value='' placeholder='Search'>"
                "<input type='hidden' name='options[prefix]' value='last'></div></form></div></details></details-modal>"
                "<a href='/' class='header__heading-link link link--text focus-inset'><span class='h2'>Vireo Labs</span></a>"
                "<nav class='header__inline-menu'><ul class='list-menu list-menu--inline' role='list'>"
                "<li><a href='/' class='header__menu-item list-menu__item link link--text focus-inset'><span>Home</span></a></li>"
                "<li><header-menu><details id='Details-HeaderMenu-2'><summary class='header__menu-item list-menu__item link focus-inset'><span>Shop</span></summary>"
                "<ul id='HeaderMenu-MenuList-2' class='header__submenu list-menu list-menu--disclosure gradient caption-large motion-reduce global-settings-popup' role='list' tabindex='-1'>"
                "<li><a href='/collections/all' class='header__menu-item list-menu__item link link--text focus-inset caption-large'>All products</a></li>%s</ul></details></header-menu></li>"
                "<li><a href='/pages/faq' class='header__menu-item list-menu__item link link--text focus-inset'><span>FAQ</span></a></li>"
                "<li><a href='/blogs/news' class='header__menu-item list-menu__item link link--text focus-inset'><span>Lab notes</span></a></li>"
                "<li><a href='/pages/contact' class='header__menu-item list-menu__item link link--text focus-inset'><span>Contact</span></a></li></ul></nav>"
                "<div class='header__icons'><a href='/account/login' class='header__icon header__icon--account link focus-inset small-hide'><span class='visually-hidden'>Log in</span></a>"
                "<a href='/cart' class='header__icon header__icon--cart link focus-inset' id='cart-icon-bubble'><span class='visually-hidden'>Cart</span></a></div>"
                "</header></sticky-header></div>"
                "<main id='MainContent' class='content-for-layout focus-none' role='main' tabindex='-1'>%s%s</main>"
                "<div id='shopify-section-footer' class='shopify-section shopify-section-group-footer-group'><footer class='footer color-background-1 gradient section-footer-padding'>"
                "<div class='footer__content-top page-width'><div class='footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet'>"
                "<div class='footer-block grid__item footer-block--menu'><h2 class='footer-block__heading inline-richtext'>Quick links</h2><ul class='footer-block__details-content list-unstyled'>"
                "<li><a href='/search' class='link link--text list-menu__item list-menu__item--link'>Search</a></li>"
                "<li><a href='/pages/faq' class='link link--text list-menu__item list-menu__item--link'>FAQ</a></li>"
                "<li><a href='/policies/shipping-policy' class='link link--text list-menu__item list-menu__item--link'>Shipping policy</a></li>"
                "<li><a href='/policies/refund-policy' class='link link--text list-menu__item list-menu__item--link'>Refund policy</a></li>"
                "<li><a href='/policies/terms-of-service' class='link link--text list-menu__item list-menu__item--link'>Terms of service</a></li>"
                "<li><a href='/pages/about' class='link link--text list-menu__item list-menu__item--link'>About us</a></li></ul></div>"
                "<div class='footer-block grid__item'><h2 class='footer-block__heading inline-richtext'>Research use only</h2><div class='footer-block__details-content rte'>"
                "<p>All products are sold strictly for in-vitro research. By ordering you confirm you are a qualified researcher.</p></div></div></div>"
                "<div class='footer-block--newsletter'><h2 class='footer-block__heading inline-richtext'>Subscribe to our emails</h2>"
                "<form method='post' action='/contact#ContactFooter' id='ContactFooter' accept-charset='UTF-8' class='footer__newsletter newsletter-form'>"
                "<input type='hidden' name='form_type' value='customer'><input type='hidden' name='utf8' value='\u2713'><input type='hidden' name='contact[tags]' value='newsletter'>"
                "<div class='newsletter-form__field-wrapper'><div class='field'><input id='NewsletterForm--footer' type='email' name='contact[email]' class='field__input' placeholder='Email'></div></div></form></div></div>"
                "<div class='footer__content-bottom'><div class='footer__content-bottom-wrapper page-width'><div class='footer__column footer__localization isolate'></div>"
                "<div class='footer__column footer__column--info'><div class='footer__payment'><span class='visually-hidden'>Payment methods</span><ul class='list list-payment' role='list'>"
                "<li class='list-payment__item'>Bitcoin</li><li class='list-payment__item'>Monero</li><li class='list-payment__item'>USDT (TRC-20)</li></ul></div>"
                "<div class='footer__copyright caption'><small class='copyright__content'>&copy; 2026, <a href='/' title=''>Vireo Labs</a></small>"
                "<small class='copyright__content'><a target='_blank' rel='nofollow' href='https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore'>Powered by Shopify</a></small></div></div></div></div></footer></div>"
                "<div id='shopify-pc__banner' class='shopify-pc__banner__dialog' role='dialog' aria-label='Cookie banner'><div class='shopify-pc__banner__body'>"
                "<p>We use cookies and similar technologies to improve your experience and analyse traffic.</p>"
                "<div class='shopify-pc__banner__btns'><button id='shopify-pc__banner__btn-accept'>Accept</button><button id='shopify-pc__banner__btn-decline'>Decline</button>"
                "<button id='shopify-pc__banner__btn-manage-prefs'>Manage preferences</button></div></div></div>"
                "<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {\"page\":{\"pageType\":\"%s\"}};</script>"
                "</body></html>"
                % (path, title, path, title, head_extra, tmpl, menu, main, rail_html, tmpl))

    # ---- product pages
    for p in prods:
        radios = "".join(
            "<input type='radio' id='template--main-1-%d' name='Size' value='%s' form='product-form-main' %s>"
            "<label for='template--main-1-%d'>%s<span class='visually-hidden label-unavailable'>Variant sold out or unavailable</span></label>"
            % (j, v, "checked" if j == 0 else "", j, v) for j, (v, _) in enumerate(p.variants))
        opts = "".join("<option value='%d' %s>%s - $%s USD</option>" % (p.vids[j], "selected='selected'" if j == 0 else "", v, money(pr))
                       for j, (v, pr) in enumerate(p.variants))
        specs = "".join("<tr><td><strong>%s</strong></td><td>%s</td></tr>" % r for r in p.specs)
        if p.cas:
            specs = "<tr><td><strong>CAS number</strong></td><td>%s</td></tr>" % p.cas + specs
        claim_txt = " ".join(t for _, t in p.claims)
        ship_p = ("<p><strong>Shipping:</strong> %s</p>" % claim_txt) if claim_txt else ""
        if p.handle == "1-boc-4-piperidone":
            ship_p = "<p><strong>Shipping:</strong> We do not offer reships on intermediates; bulk orders travel at the buyer&#39;s risk.</p>"
        revs = ""
        if p.reviews:
            revs = ("<div class='jdgm-rev-widg' data-product-title='%s'><h2 class='jdgm-rev-widg__title'>Customer Reviews</h2>"
                    "<div class='jdgm-rev-widg__summary'>Based on %d reviews</div><div class='jdgm-rev-widg__reviews'>%s</div></div>"
                    % (esc(p.title), len(p.reviews), "".join(
                        "<div class='jdgm-rev jdgm-divider-top'><div class='jdgm-rev__header'><span class='jdgm-rev__rating' data-score='%d'></span>"
                        "<span class='jdgm-rev__author'>%s</span><span class='jdgm-rev__buyer-badge'>Verified buyer</span></div>"
                        "<div class='jdgm-rev__content'><div class='jdgm-rev__body'><p>%s</p></div></div></div>" % (st, esc(n), esc(t))
                        for n, st, t in p.reviews)))
        name_plain = re.sub(r"&#39;", "'", re.sub(r"&ndash;", "-", re.sub(r"&middot;", ".", p.title)))
        ld = {"@context": "http://schema.org/", "@type": "Product", "name": name_plain,
              "url": "https://vireolabs.shop/products/%s" % p.handle, "image": ["https://vireolabs.shop/cdn/shop/products/%s.png" % p.handle],
              "description": re.sub("<[^>]+>", "", p.desc + (" CAS " + p.cas if p.cas else "") + " " + claim_txt).strip(),
              "sku": "VL-%04d" % (p.pid % 10000), "brand": {"@type": "Brand", "name": "Vireo Labs"},
              "offers": [{"@type": "Offer", "availability": "http://schema.org/InStock", "price": "%.2f" % pr,
                          "priceCurrency": "USD", "url": "https://vireolabs.shop/products/%s?variant=%d" % (p.handle, p.vids[j]),
                          "sku": "VL-%04d-%d" % (p.pid % 10000, j)} for j, (v, pr) in enumerate(p.variants)]}
        if p.ptype == "Equipment" or p.ptype == "Testing":
            ld["category"] = p.ptype
        main = ("<section id='shopify-section-template--main' class='shopify-section section'>"
                "<section id='MainProduct-template--main' class='page-width section-template--main-padding' data-section='template--main'>"
                "<div class='product product--medium product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet'>"
                "<div class='grid__item product__media-wrapper'><media-gallery id='MediaGallery-template--main' role='region' class='product__column-sticky' aria-label='Gallery Viewer'>"
                "<ul id='Slider-Gallery-template--main' class='product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile' role='list'>"
                "<li class='product__media-item grid__item slider__slide is-active'><div class='product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height'>"
                "<img src='/cdn/shop/products/%s.png?v=1713&width=1946' alt='%s' width='1946' height='1946'></div></li></ul></media-gallery></div>"
                "<div class='product__info-wrapper grid__item'><section id='ProductInfo-template--main' class='product__info-container product__column-sticky'>"
                "<p class='product__text inline-richtext caption-with-letter-spacing'>%s</p>"
                "<div class='product__title'><h1>%s</h1></div>"
                "<div class='no-js-hidden' id='price-template--main' role='status'><div class='price price--large price--show-badge'><div class='price__container'>"
                "<div class='price__regular'><span class='visually-hidden visually-hidden--inline'>Regular price</span>"
                "<span class='price-item price-item--regular'>$%s USD</span></div></div></div></div>"
                "<div class='product__tax caption rte'>Tax included. <a href='/policies/shipping-policy'>Shipping</a> calculated at checkout.</div>"
                "<variant-radios id='variant-radios-template--main' class='no-js-hidden' data-section='template--main' data-url='/products/%s'>"
                "<fieldset class='js product-form__input'><legend class='form__label'>Size</legend>%s</fieldset>"
                "<script type='application/json'>%s</script></variant-radios>"
                "<noscript class='product-form__noscript-wrapper-template--main'><div class='product-form__input hidden'>"
                "<label class='form__label' for='Variants-template--main'>Product variants</label><div class='select'>"
                "<select name='id' id='Variants-template--main' class='select__select' form='product-form-main'>%s</select></div></div></noscript>"
                "<div class='product-form__input product-form__quantity'><label class='quantity__label form__label' for='Quantity-template--main'>Quantity</label>"
                "<quantity-input class='quantity'><button class='quantity__button no-js-hidden' name='minus' type='button'>-</button>"
                "<input class='quantity__input' type='number' name='quantity' id='Quantity-template--main' min='1' value='1' form='product-form-main'>"
                "<button class='quantity__button no-js-hidden' name='plus' type='button'>+</button></quantity-input></div>"
                "<div><product-form class='product-form' data-hide-errors='false' data-section-id='template--main'>"
                "<form method='post' action='/cart/add' id='product-form-main' accept-charset='UTF-8' class='form' enctype='multipart/form-data' novalidate='novalidate' data-type='add-to-cart-form'>"
                "<input type='hidden' name='form_type' value='product'><input type='hidden' name='utf8' value='\u2713'>"
                "<input type='hidden' name='id' value='%d' class='product-variant-id'>"
                "<div class='product-form__buttons'><button id='ProductSubmitButton-template--main' type='submit' name='add' class='product-form__submit button button--full-width button--secondary'>"
                "<span>Add to cart</span></button><div data-shopify='payment-button' class='shopify-payment-button'><button class='shopify-payment-button__button shopify-payment-button__button--unbranded'>Buy it now</button></div></div>"
                "<input type='hidden' name='product-id' value='%d'><input type='hidden' name='section-id' value='template--main'></form></product-form></div>"
                "<div class='product__description rte quick-add-hidden'><p>%s</p><table><tbody>%s</tbody></table>%s<p><em>%s</em></p></div>"
                "<div class='product__accordion accordion quick-add-hidden'><details id='Details-collapsible-row-1-template--main'>"
                "<summary><div class='summary__title'><h2 class='h4 accordion__title inline-richtext'>Shipping &amp; returns</h2></div></summary>"
                "<div class='accordion__content rte' id='ProductAccordion-collapsible-row-1-template--main'>"
                "<p>Orders placed before 2 pm EST ship the same business day. Tracking is emailed once the label is printed. See our <a href='/policies/refund-policy'>refund policy</a>.</p></div></details></div>"
                "<a href='/products/%s' class='link product__view-details animate-arrow'>View full details</a>"
                "</section></div></div></section></section>%s"
                % (p.handle, p.title, p.ptype, p.title, money(p.variants[0][1]), p.handle, radios,
                   json.dumps([{"id": p.vids[j], "title": v, "option1": v, "price": pr * 100, "available": True}
                               for j, (v, pr) in enumerate(p.variants)]),
                   opts, p.vids[0], p.pid, p.desc, specs, ship_p, R, p.handle, revs))
        head = "<script type='application/ld+json'>%s</script>" % json.dumps(ld)
        s.add(P("/products/" + p.handle, page("/products/" + p.handle, p.title, main, head, "product"),
                hits=[p.key()], cas=[p.cas] if p.cas else [], claims=[k for k, _ in p.claims], listing=True))
        s.add(Page("/cdn/shop/products/%s.png" % p.handle, tiny_png(p.pid % 251), ctype="image/png"))

    # ---- collections
    def coll_page(path, title, desc, items, pager=""):
        grid = "".join(card(p) for p in items)
        main = ("<div id='shopify-section-template--collection-banner' class='shopify-section section'><div class='collection-hero color-background-1 gradient'>"
                "<div class='collection-hero__inner page-width'><div class='collection-hero__text-wrapper'><h1 class='collection-hero__title'>"
                "<span class='visually-hidden'>Collection: </span>%s</h1><div class='collection-hero__description rte'>%s</div></div></div></div></div>"
                "<div id='shopify-section-template--product-grid' class='shopify-section section'><div class='section-template--product-grid-padding gradient color-background-1'>"
                "<div class='facets-container'><facet-filters-form class='facets small-hide'><form id='FacetSortForm' class='facets__form'>"
                "<div class='facet-filters sorting caption'><h2 class='facet-filters__label caption-large text-body'><label for='SortBy'>Sort by:</label></h2>"
                "<div class='select'><select name='sort_by' class='facet-filters__field select__select caption-large' id='SortBy'>"
                "<option value='manual'>Featured</option><option value='price-ascending'>Price, low to high</option>"
                "<option value='created-descending'>Date, new to old</option></select></div></div>"
                "<div class='product-count light' role='status'><h2 class='product-count__text text-body'><span id='ProductCountDesktop'>%d products</span></h2></div></form>"
                "<a href='%s?sort_by=price-ascending'>Price, low to high</a> <a href='%s?sort_by=created-descending'>Newest</a></facet-filters-form></div>"
                "<div class='product-grid-container' id='ProductGridContainer'><div class='collection page-width'>"
                "<ul id='product-grid' data-id='template--product-grid' class='grid product-grid grid--2-col-tablet-down grid--4-col-desktop'>%s</ul>%s</div></div></div></div>"
                % (title, desc, len(items), path.split("?")[0], path.split("?")[0], grid, pager))
        hits = {p.key() for p in items} - {""}
        return P(path, page(path, title, main, tmpl="collection"), hits=hits, listing=True)

    allp = paginate(prods, 12)
    for i, chunk in enumerate(allp, 1):
        path = "/collections/all" if i == 1 else "/collections/all?page=%d" % i
        pager = ("<div class='pagination-wrapper'><nav class='pagination' role='navigation' aria-label='Pagination'><ul class='pagination__list list-unstyled' role='list'>%s</ul></nav></div>"
                 % "".join("<li><a href='/collections/all%s' class='pagination__item link'%s>%d</a></li>"
                           % ("" if k == 1 else "?page=%d" % k, " aria-current='page'" if k == i else "", k) for k in range(1, len(allp) + 1)))
        s.add(coll_page(path, "Products", "All research products.", chunk, pager))
    for h, t, d in colls:
        s.add(coll_page("/collections/" + h, t, d, [p for p in prods if h in p.coll]))
    s.redirects["/collections"] = "/collections/all"
    s.redirects["/products/protonitazene"] = "/products/protonitazene-hcl"
    s.redirects["/products/bromazolam-1mg-pellets"] = "/products/bromazolam-pellets-1mg"

    # ---- home: a featured grid of its own (counted), the site-wide trending rail (not counted)
    featured = [by_handle[h] for h in ("protonitazene-hcl", "1-boc-4-piperidone", "caffeine-anhydrous", "fentanyl-test-strips-10-pack")]
    main = ("<div id='shopify-section-template--image-banner' class='shopify-section section'><div class='banner banner--content-align-center banner--large'>"
            "<div class='banner__content banner__content--middle-center page-width'><div class='banner__box content-container content-container--full-width-mobile color-background-1 gradient'>"
            "<h2 class='banner__heading inline-richtext h1'>Reference materials for modern labs</h2>"
            "<div class='banner__text rte'><p>Analytical standards, intermediates and lab supplies. COA with every batch.</p></div>"
            "<div class='banner__buttons'><a href='/collections/all' class='button button--primary'>Shop all</a></div></div></div></div></div>"
            "<div id='shopify-section-template--featured-collection' class='shopify-section section'><div class='color-background-1 gradient'>"
            "<div class='collection section-template--featured-collection-padding'><div class='collection__title title-wrapper title-wrapper--no-top-margin page-width'>"
            "<h2 class='title inline-richtext h2'>Featured products</h2></div>"
            "<ul id='Slider-template--featured-collection' class='grid product-grid contains-card--product grid--4-col-desktop grid--2-col-tablet-down' role='list'>%s</ul>"
            "<div class='center collection__view-all'><a href='/collections/all' class='button'>View all</a></div></div></div></div>"
            "<div id='shopify-section-template--rich-text' class='shopify-section section'><div class='rich-text content-container color-background-1 gradient'>"
            "<div class='rich-text__wrapper rich-text__wrapper--center page-width'><div class='rich-text__blocks center'>"
            "<h2 class='rich-text__heading rte inline-richtext h1'>Why Vireo?</h2><div class='rich-text__text rte'>"
            "<p>In-house HPLC, fast dispatch, real support. Read our <a href='/blogs/news'>lab notes</a> or the <a href='/pages/faq'>FAQ</a>.</p></div></div></div></div></div>"
            % "".join(card(p) for p in featured))
    s.add(P("/", page("/", "Vireo Labs | Research chemicals &amp; reference standards", main, tmpl="index"),
            hits=[p.key() for p in featured], listing=True))

    # ---- FAQ: the shop's own reship and stealth statements; a "some vendors" aside is no claim
    faq = [("How long does shipping take?", "US orders usually arrive in 2&ndash;4 business days, international in 7&ndash;14."),
           ("Do you reship?", "Yes. If a parcel is seized, send us the customs letter or a screenshot of the tracking and we send a replacement once, free of charge."),
           ("How are orders packed?", "Discreetly. Plain outer box, vacuum-sealed inner bag, no mention of our store or of the contents on the label."),
           ("Do you label parcels as something else?", "No. Some vendors write fake product names on customs forms; we never misdeclare a parcel."),
           ("Which payments do you accept?", "BTC, XMR and USDT. Card payments are not available."),
           ("Can I get a COA?", "Every batch has a COA; ask support with your order number.")]
    main = ("<div class='page-width page-width--narrow section-template--faq-padding'><h1 class='main-page-title page-title h0'>FAQ</h1>"
            "<div class='rte'>%s</div></div>" % "".join("<details class='faq__item'><summary><h3>%s</h3></summary><p>%s</p></details>" % qa for qa in faq))
    s.add(P("/pages/faq", page("/pages/faq", "FAQ", main), claims={"reship", "stealth"}))

    ship = ("<div class='shopify-policy__container'><div class='shopify-policy__title'><h1>Shipping policy</h1></div><div class='shopify-policy__body'><div class='rte'>"
            "<p>Orders ship within 48 hours on business days from our US hub. You will receive a tracking number by email.</p>"
            "<p>International buyers are the importer of record. Any duties, taxes or inspection fees are the customer&#39;s responsibility, and we cannot "
            "guarantee that a parcel will clear customs in your country.</p><p>Address errors made at checkout are not covered.</p></div></div></div>")
    s.add(P("/policies/shipping-policy", page("/policies/shipping-policy", "Shipping policy", ship, tmpl="policy")))
    ref = ("<div class='shopify-policy__container'><div class='shopify-policy__title'><h1>Refund policy</h1></div><div class='shopify-policy__body'><div class='rte'>"
           "<p>Because of the nature of our products we cannot accept returns. If an item arrives damaged, contact us within 7 days with photos.</p></div></div></div>")
    s.add(P("/policies/refund-policy", page("/policies/refund-policy", "Refund policy", ref, tmpl="policy")))
    s.add(P("/policies/terms-of-service", page("/policies/terms-of-service", "Terms of service", "<h1>Terms of service</h1><p>Research use only.</p>", tmpl="policy")))
    s.add(P("/pages/about", page("/pages/about", "About us",
            "<div class='page-width page-width--narrow'><h1 class='main-page-title page-title h0'>About us</h1><div class='rte'>"
            "<p>Vireo Labs was founded in 2021 by two analytical chemists. We supply reference materials to independent labs, "
            "universities and harm-reduction testing services.</p></div></div>")))
    s.add(P("/pages/contact", page("/pages/contact", "Contact",
            "<div class='page-width page-width--narrow'><h1 class='main-page-title page-title h0'>Contact</h1>"
            "<form method='post' action='/contact#ContactForm' id='ContactForm' accept-charset='UTF-8' class='contact-form'>"
            "<input type='hidden' name='form_type' value='contact'><input type='hidden' name='utf8' value='\u2713'>"
            "<input type='text' name='contact[Name]' placeholder='Name'><input type='email' name='contact[email]' placeholder='Email'>"
            "<textarea name='contact[Comment]' placeholder='Comment'></textarea><button type='submit' class='button'>Send</button></form>"
            "<p>Support: support@vireolabs.shop</p></div>")))
    # ---- blog: talk only
    posts = [("isotonitazene-discontinued", "Isotonitazene discontinued",
              "<p>Following its international scheduling we have removed <strong>isotonitazene</strong> (CAS 14188-81-9) from the catalogue "
              "and will not restock it. Existing orders have been refunded.</p><p>We get asked about nitazenes a lot, so a reminder: "
              "the benzimidazole opioids are extremely potent and several have killed people in Europe and North America. "
              "The old <a href='/products/protonitazene'>protonitazene page</a> has moved.</p>"),
             ("how-fentanyl-test-strips-work", "How fentanyl test strips work",
              "<p>Fentanyl test strips are lateral-flow immunoassays. Dissolve a few milligrams in water, dip, wait five minutes. "
              "One line means fentanyl (or a cross-reacting analogue such as acetylfentanyl or carfentanil) was detected. "
              "Strips do not detect nitazenes or xylazine.</p>")]
    lst = "".join("<article class='blog-articles__article article'><div class='article-card'><h3 class='card__heading h2'>"
                  "<a href='/blogs/news/%s' class='full-unstyled-link'>%s</a></h3></div></article>" % (h, t) for h, t, _ in posts)
    s.add(P("/blogs/news", page("/blogs/news", "Lab notes", "<div class='main-blog page-width'><h1 class='title--primary'>Lab notes</h1>"
                                "<div class='blog-articles'>%s</div></div>" % lst, tmpl="blog")))
    for h, t, body in posts:
        s.add(P("/blogs/news/" + h, page("/blogs/news/" + h, t,
                "<article class='article-template'><header class='page-width page-width--narrow'><h1 class='article-template__title'>%s</h1>"
                "<span class='circle-divider caption-with-letter-spacing'><time datetime='2026-10-02T09:00:00Z'>October 2, 2026</time></span></header>"
                "<div class='article-template__content page-width page-width--narrow rte'>%s</div>"
                "<div class='article-template__back element-margin-top center'><a href='/blogs/news' class='article-template__link link animate-arrow'>Back to blog</a></div></article>"
                % (t, body), tmpl="article")))
    # robots-forbidden pages exist, but are never in truth
    s.add(Page("/cart", "<html><body><h1>Your cart is empty</h1></body></html>"))
    s.add(Page("/cdn/shop/t/4/assets/base.css", ":root{--font-body-family:Assistant}", ctype="text/css"))
    s.add(Page("/search", "<html><body><h1>Search</h1></body></html>"))
    sm = ("<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>%s</urlset>"
          % "".join("<url><loc>/products/%s</loc></url>" % p.handle for p in prods))
    s.add(Page("/sitemap.xml", sm, ctype="application/xml"))
    return s

# ================================================================ 2. chemlinker (ECHEMI/LookChem-like directory)

def directory_chemlinker():
    s = Site("chemlinker", "b2b-chemical-directory")
    s.robots = "User-agent: *\nDisallow: /member/\nDisallow: /inquiry/\nDisallow: /search.html\nCrawl-delay: 1\n"
    s.disallow = ["/member/", "/inquiry/", "/search.html"]
    s.rate_limit = 20
    s.junk_params = ["spm", "utm_source", "utm_medium", "utm_campaign"]

    def L(path):
        """an internal link with the per-response tracking token"""
        return "%s?spm=@@T@@" % path

    # suppliers: id -> (name, city, years, intro, intro_claims, contacts)
    sup = {
        101: ("Wuhan Kaimei Biotech Co., Ltd.", "Wuhan, Hubei", 6,
              "Wuhan Kaimei Biotech is a trading company for pharmaceutical intermediates and fine chemicals. We have stable "
              "customers in Mexico, Canada, Brazil and Europe. Our overseas warehouse in Guadalajara keeps stock, so Mexican "
              "clients receive goods by local courier in 3-5 days. For other countries we offer double clearance: customs "
              "at both ends is handled by us, door to door, 100% pass.",
              ["forwarding", "customs"], ["WhatsApp: +86 177 6212 4590", "Telegram: @kaimei_linda", "Email: linda@kaimeibio.example"]),
        102: ("Hebei Guanlang Trading Co., Ltd.", "Shijiazhuang, Hebei", 3,
              "Guanlang Trading supplies organic intermediates. Professional packaging team: goods are packed in aluminium "
              "foil bags sealed inside food tins, very safe and discreet. We can declare the goods under another product "
              "name according to your requirement.",
              ["stealth", "mislabel"], ["WhatsApp: +86 150 3311 0782", "Wickr: guanlang_amy"]),
        103: ("Jiangsu Ruike Fine Chemical Co., Ltd.", "Taizhou, Jiangsu", 14,
              "Ruike is an ISO 9001 certified manufacturer of API intermediates and local anaesthetics. Controlled precursors are "
              "exported only to licensed importers with a valid import permit; every shipment is declared under its true "
              "name with COA and MSDS.",
              [], ["Tel: +86 523 8691 2200", "Email: export@ruikechem.example"]),
        104: ("Shijiazhuang Yanuo Pharm Tech Co., Ltd.", "Shijiazhuang, Hebei", 2,
              "Yanuo Pharm Tech sells APIs and intermediates in small and bulk quantities. If the parcel is seized by customs, "
              "we reship for free. Payment: BTC, USDT, Western Union.",
              ["reship"], ["WhatsApp: +86 185 3119 6627", "Skype: yanuo.kelly"]),
    }
    # chemicals: slug -> dict
    chem = [
        dict(slug="n-phenethyl-4-piperidone", cas="39742-60-4", sub=npp, name="N-Phenethyl-4-piperidone", cat="int",
             formula="C13H17NO", mw="203.28", syn="NPP; 1-Phenethyl-4-piperidone; 1-(2-Phenylethyl)piperidin-4-one",
             zh="N-苯乙基-4-哌啶酮",
             rows=[(101, "NPP 99% white powder", "US $120-260 / KG", "1 KG", "99%", "Mexico warehouse stock, local delivery", ["forwarding"]),
                   (104, "N-Phenethyl-4-piperidone", "US $150 / KG", "100 G", "98%", "Free reship if seized", ["reship"])]),
        dict(slug="4-anpp", cas="21409-26-7", sub=anpp, name="4-ANPP", cat="int",
             formula="C19H24N2", mw="280.41", syn="4-Anilino-N-phenethylpiperidine; Despropionyl fentanyl; N-Phenyl-1-(2-phenylethyl)piperidin-4-amine",
             zh="4-苯胺基-N-苯乙基哌啶",
             rows=[(101, "4-ANPP 99.5% powder", "US $380-520 / KG", "500 G", "99.5%", "100% customs clearance, DDP door to door", ["customs"])]),
        dict(slug="1-boc-4-piperidone", cas="79099-07-3", sub=bocpip, name="1-Boc-4-piperidone", cat="int",
             formula="C10H17NO3", mw="199.25", syn="N-Boc-4-piperidone; tert-Butyl 4-oxopiperidine-1-carboxylate",
             zh="N-叔丁氧羰基-4-哌啶酮",
             rows=[(103, "1-Boc-4-piperidone 99% (GMP)", "US $45-80 / KG", "25 KG", "99%", "Export licence required; COA/MSDS supplied", [])]),
        dict(slug="1-boc-4-ap", cas="125541-22-2", sub=boc4ap, name="1-Boc-4-AP", cat="int",
             formula="C16H24N2O2", mw="276.37", syn="tert-Butyl 4-(phenylamino)piperidine-1-carboxylate; 1-N-Boc-4-(phenylamino)piperidine",
             zh="1-叔丁氧羰基-4-苯胺基哌啶",
             rows=[(101, "1-Boc-4-AP 98%", "US $300-450 / KG", "1 KG", "98%", "Safe shipping to Mexico, USA, Canada", [])]),
        dict(slug="4-piperidone", cas="41661-47-6", sub=pip4, name="4-Piperidone", cat="int",
             formula="C5H9NO", mw="99.13", syn="Piperidin-4-one; 4-Piperidinone", zh="4-哌啶酮",
             rows=[(102, "4-Piperidone hydrochloride", "US $90-140 / KG", "1 KG", "98%", "Discreet packing, no chemical name outside", ["stealth"])]),
        dict(slug="bmk-methyl-glycidate", cas="80532-66-7", sub=bmk_mg, name="BMK methyl glycidate", cat="int",
             formula="C11H12O3", mw="192.21", syn="Methyl 2-methyl-3-phenyloxirane-2-carboxylate; New BMK; P-2-P methyl glycidate",
             zh="BMK甲基缩水甘油酸酯",
             rows=[(101, "New BMK oil / powder 99%", "US $25-60 / KG", "1 KG", "99%", "Mexico warehouse, local delivery", ["forwarding"]),
                   (102, "BMK methyl glycidate", "US $30 / KG", "10 KG", "98%", "Can change product name on declaration", ["mislabel"])]),
        dict(slug="pmk-methyl-glycidate", cas="13605-48-6", sub=pmk_mg, name="PMK methyl glycidate", cat="int",
             formula="C12H12O5", mw="236.22", syn="PMK glycidate; 3,4-MDP-2-P methyl glycidate", zh="PMK甲基缩水甘油酸酯",
             rows=[(102, "PMK glycidate powder", "US $40-75 / KG", "1 KG", "99%", "Packed inside food tins", ["stealth"])]),
        dict(slug="xylazine-hydrochloride", cas="23076-35-9", sub=xylazine, name="Xylazine hydrochloride", cat="api",
             formula="C12H17ClN2S", mw="256.79", syn="Xylazine HCl; N-(2,6-Dimethylphenyl)-5,6-dihydro-4H-1,3-thiazin-2-amine hydrochloride",
             zh="盐酸赛拉嗪",
             rows=[(102, "Xylazine HCl veterinary grade", "US $60-110 / KG", "1 KG", "99%", "", [])]),
        dict(slug="caffeine", cas="58-08-2", sub=caffeine, name="Caffeine anhydrous", cat="api",
             formula="C8H10N4O2", mw="194.19", syn="1,3,7-Trimethylxanthine; Guaranine", zh="无水咖啡因",
             rows=[(103, "Caffeine anhydrous USP/BP", "US $9-14 / KG", "25 KG", "99%", "FDA registered plant", [])]),
        dict(slug="lidocaine", cas="137-58-6", sub=lidocaine, name="Lidocaine", cat="api",
             formula="C14H22N2O", mw="234.34", syn="Lignocaine; 2-(Diethylamino)-N-(2,6-dimethylphenyl)acetamide", zh="利多卡因",
             rows=[(103, "Lidocaine base USP", "US $35-50 / KG", "5 KG", "99%", "", []),
                   (104, "Lidocaine powder 99%", "US $40 / KG", "1 KG", "99%", "", [])]),
        dict(slug="tetracaine", cas="94-24-6", sub=tetracaine, name="Tetracaine", cat="api",
             formula="C15H24N2O2", mw="264.36", syn="Amethocaine; 2-(Dimethylamino)ethyl 4-(butylamino)benzoate", zh="丁卡因",
             rows=[(103, "Tetracaine base", "US $70-95 / KG", "1 KG", "99%", "", [])]),
        dict(slug="procaine", cas="59-46-1", sub=procaine, name="Procaine", cat="api",
             formula="C13H20N2O2", mw="236.31", syn="Novocaine base; 2-(Diethylamino)ethyl 4-aminobenzoate", zh="普鲁卡因",
             rows=[(103, "Procaine base BP", "US $30-45 / KG", "5 KG", "99%", "", [])]),
        dict(slug="phenacetin", cas="62-44-2", sub=phenacetin, name="Phenacetin", cat="api",
             formula="C10H13NO2", mw="179.22", syn="N-(4-Ethoxyphenyl)acetamide; Acetophenetidin", zh="非那西丁",
             rows=[(104, "Phenacetin shiny powder", "US $18-25 / KG", "1 KG", "99%", "", [])]),
        dict(slug="benzocaine", cas="94-09-7", sub=benzocaine, name="Benzocaine", cat="api",
             formula="C9H11NO2", mw="165.19", syn="Ethyl 4-aminobenzoate; Anaesthesin", zh="苯佐卡因",
             rows=[(104, "Benzocaine 99% USP", "US $15-22 / KG", "1 KG", "99%", "", [])]),
        dict(slug="paracetamol", cas="103-90-2", sub=paracetamol, name="Paracetamol", cat="api",
             formula="C8H9NO2", mw="151.16", syn="Acetaminophen; 4-Acetamidophenol", zh="对乙酰氨基酚",
             rows=[(103, "Paracetamol DC 90%", "US $5-7 / KG", "100 KG", "99%", "", [])]),
    ]
    by_slug = {c["slug"]: c for c in chem}
    # supplier catalogues (profile pages): (name shown, CAS shown, sub)
    sup_products = {
        101: [("NPP", "39742-60-4", npp), ("4-ANPP", "21409-26-7", anpp), ("1-Boc-4-AP", "125541-22-2", boc4ap),
              ("Norfentanyl", "1609-66-1", norfent), ("BMK methyl glycidate", "80532-66-7", bmk_mg)],
        102: [("BMK methyl glycidate", "80532-66-7", bmk_mg), ("PMK methyl glycidate", "13605-48-6", pmk_mg),
              ("4-Piperidone HCl", "41661-47-6", pip4), ("Xylazine HCl", "23076-35-9", xylazine)],
        103: [("1-Boc-4-piperidone", "79099-07-3", bocpip), ("Lidocaine", "137-58-6", lidocaine), ("Tetracaine", "94-24-6", tetracaine),
              ("Procaine", "59-46-1", procaine), ("Caffeine", "58-08-2", caffeine), ("Paracetamol", "103-90-2", paracetamol)],
        # the NPP row carries a mistyped CAS (check digit fails): the name still makes it an NPP offer
        104: [("N-Phenethyl-4-piperidone (NPP)", "39742-60-5", npp), ("Phenacetin", "62-44-2", phenacetin),
              ("Benzocaine", "94-09-7", benzocaine), ("Lidocaine", "137-58-6", lidocaine)],
    }
    cats = {"int": ("pharmaceutical-intermediates", "Pharmaceutical Intermediates"),
            "api": ("api-and-veterinary", "APIs &amp; Veterinary Drugs")}

    hot_kw = ["NPP", "4-ANPP", "BMK", "PMK", "80532-66-7", "protonitazene", "1-Boc-4-piperidone", "tetracaine", "xylazine"]
    hot_prod = [("1-Boc-4-piperidone", "79099-07-3", "1-boc-4-piperidone"), ("BMK methyl glycidate", "80532-66-7", "bmk-methyl-glycidate"),
                ("Caffeine anhydrous", "58-08-2", "caffeine"), ("Tetracaine", "94-24-6", "tetracaine")]

    def chem_url(c):
        return "/chemical/%s-%s.html" % (c["slug"], c["cas"])

    def page(title, main, crumbs=()):
        hot = " ".join("<a href='/search.html?kw=%s&amp;src=hot' class='hot-kw'>%s</a>" % (k.replace(" ", "+"), esc(k)) for k in hot_kw)
        side = "".join("<li><a href='%s'>%s</a><span class='cas'>CAS: %s</span></li>" % (L("/chemical/%s-%s.html" % (sl, c)), n, c)
                       for n, c, sl in hot_prod)
        cr = " &gt; ".join(["<a href='%s'>Home</a>" % L("/")] + ["<a href='%s'>%s</a>" % (L(u), t) for u, t in crumbs])
        return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>%s - ChemLinker</title>"
                "<meta name='keywords' content='chemical suppliers, CAS, manufacturers, China'>"
                "<meta name='data-spm' content='@@T@@'><link rel='stylesheet' href='/static/css/cl-main.css?v=2026.3'>"
                "<script>var _cl_ssid='@@NONCE@@';window.clTrack=function(e){(window.__q=window.__q||[]).push(e)};</script></head><body>"
                "<div class='topbar'><div class='w1200'><span>Welcome to ChemLinker!</span> <a href='/member/login.html'>Sign in</a> | "
                "<a href='/member/register.html'>Join Free</a> <span class='r'><a href='%s'>Buying Leads</a> | <a href='%s'>Industry News</a> | "
                "<a href='/member/post-product.html'>Post Products</a></span></div></div>"
                "<div class='header w1200'><a class='logo' href='%s'>ChemLinker<small>Global Chemical Sourcing Directory</small></a>"
                "<form class='search-box' action='/search.html' method='get'><select name='t'><option>Products</option><option>CAS</option><option>Suppliers</option></select>"
                "<input type='text' name='kw' placeholder='Product name or CAS No.'><input type='hidden' name='_csrf' value='@@NONCE@@'>"
                "<button type='submit'>Search</button></form>"
                "<div class='hot-search'><b>Hot Searches:</b> %s</div></div>"
                "<div class='nav'><div class='w1200'><a href='%s'>Home</a><a href='%s'>Pharmaceutical Intermediates</a>"
                "<a href='%s'>APIs &amp; Veterinary</a><a href='%s'>Suppliers</a><a href='%s'>Buying Leads</a><a href='%s'>Trade Rules</a></div></div>"
                "<div class='crumb w1200'>%s</div>"
                "<div class='w1200 clearfix'><div class='main-left'>%s</div>"
                "<div class='side-right'><div class='side-box'><h3>Hot Products</h3><ul class='hot-products'>%s</ul></div>"
                "<div class='side-box'><h3>Trade Assurance</h3><p>Pay through ChemLinker Secure and get on-time shipment protection.</p></div></div></div>"
                "<div class='footer'><div class='w1200'><p><a href='%s'>About Us</a> | <a href='%s'>Trade Rules</a> | <a href='/member/'>My ChemLinker</a> | "
                "<a href='%s'>Site Map</a></p><p>Copyright &copy; 2008-2026 ChemLinker.com All rights reserved. 浙ICP备12034561号</p>"
                "<p class='disclaimer'>ChemLinker is an information platform. Product information is provided by suppliers; ChemLinker does "
                "not sell chemicals and is not responsible for suppliers&#39; statements.</p></div></div></body></html>"
                % (title, L("/buying-leads.html"), L("/news/"), L("/"), hot, L("/"), L("/category/pharmaceutical-intermediates.html"),
                   L("/category/api-and-veterinary.html"), L("/suppliers.html"), L("/buying-leads.html"), L("/help/trade-rules.html"),
                   cr, main, side, L("/about.html"), L("/help/trade-rules.html"), L("/suppliers.html")))

    def add(path, title, main, crumbs=(), **kw):
        pg = P(path, b"", **kw)
        tp = TokenPage(path, page(title, main, crumbs), hits=pg.hits, cas=pg.cas, claims=pg.claims, listing=pg.listing)
        s.add(tp)
        return tp

    # ---- chemical (product) pages with supplier tables
    for c in chem:
        rows, claims = [], set()
        for sid, pname, price, moq, pur, remark, rc in c["rows"]:
            rows.append("<tr><td class='sup'><a href='%s'>%s</a><br><span class='gold'>Gold %dY</span> <span class='loc'>%s</span></td>"
                        "<td>%s</td><td class='price'>%s</td><td>%s</td><td>%s</td><td class='remark'>%s</td>"
                        "<td><a class='btn-inquiry' href='/inquiry/send.html?pid=%s-%d'>Send Inquiry</a></td></tr>"
                        % (L("/supplier/%d.html" % sid), sup[sid][0], sup[sid][2], sup[sid][1], esc(pname), price, moq, pur,
                           esc(remark), c["cas"], sid))
            claims |= set(rc)
        catslug, catname = cats[c["cat"]]
        main = ("<div class='pro-detail'><h1>%s</h1><table class='basic-info'>"
                "<tr><th>CAS No.</th><td>%s</td></tr><tr><th>Molecular Formula</th><td>%s</td></tr>"
                "<tr><th>Molecular Weight</th><td>%s</td></tr><tr><th>Synonyms</th><td>%s</td></tr>"
                "<tr><th>中文名称</th><td>%s</td></tr></table></div>"
                "<div class='supplier-list'><h2>%s Suppliers (%d)</h2><table class='sup-table'><thead><tr><th>Supplier</th><th>Product</th>"
                "<th>Price</th><th>Min. Order</th><th>Purity</th><th>Supplier remarks</th><th></th></tr></thead><tbody>%s</tbody></table></div>"
                "<div class='tips'><b>Tips:</b> ChemLinker recommends using Trade Assurance. Ask suppliers for licences where the product is regulated.</div>"
                % (esc(c["name"]), c["cas"], c["formula"], c["mw"], esc(c["syn"]), c["zh"], esc(c["name"]), len(rows), "".join(rows)))
        add(chem_url(c), "%s CAS %s Suppliers" % (c["name"], c["cas"]), main,
            crumbs=[("/category/%s.html" % catslug, catname)],
            hits=[c["sub"]], cas=[c["cas"]], claims=claims, listing=True)
    # ---- category lists (offers: product + supplier count + price + inquiry)
    for ck, (catslug, catname) in cats.items():
        items = [c for c in chem if c["cat"] == ck]
        pages = paginate(items, 4 if ck == "int" else 8)
        for i, chunk in enumerate(pages, 1):
            path = "/category/%s.html" % catslug if i == 1 else "/category/%s-%d.html" % (catslug, i)
            lis = "".join("<li class='pro-item'><div class='pic'><img src='/img/struct/%s.png' alt=''></div><div class='txt'>"
                          "<h3><a href='%s'>%s</a></h3><p>CAS No.: %s</p><p>%d supplier(s) &middot; from <b>%s</b></p></div>"
                          "<a class='btn-inquiry' href='/inquiry/send.html?cas=%s'>Inquire Now</a></li>"
                          % (c["cas"], L(chem_url(c)), esc(c["name"]), c["cas"], len(c["rows"]), c["rows"][0][2], c["cas"]) for c in chunk)
            pager = " ".join("<a href='%s'>%d</a>" % (L("/category/%s.html" % catslug if k == 1 else "/category/%s-%d.html" % (catslug, k)), k)
                             for k in range(1, len(pages) + 1))
            add(path, "%s - page %d" % (catname, i),
                "<h1 class='cat-title'>%s</h1><ul class='pro-list'>%s</ul><div class='pager'>%s</div>" % (catname, lis, pager),
                crumbs=[(path, catname)], hits=[c["sub"] for c in chunk], cas=[c["cas"] for c in chunk], listing=True)
    # ---- supplier profiles
    for sid, (name, city, yrs, intro, iclaims, contacts) in sup.items():
        rows = "".join("<tr><td>%s</td><td>%s</td><td><a class='btn-inquiry' href='/inquiry/send.html?sid=%d'>Inquiry</a></td></tr>"
                       % (esc(n), c, sid) for n, c, _ in sup_products[sid])
        main = ("<div class='company-head'><h1>%s</h1><p><span class='gold'>Gold Supplier %d Years</span> &middot; %s &middot; Trading Company</p></div>"
                "<div class='company-intro'><h2>Company Introduction</h2><p>%s</p></div>"
                "<div class='company-products'><h2>Products (%d)</h2><table class='sup-table'><tr><th>Product</th><th>CAS</th><th></th></tr>%s</table></div>"
                "<div class='company-contact'><h2>Contact</h2><ul>%s</ul></div>"
                % (name, yrs, city, esc(intro), len(sup_products[sid]), rows, "".join("<li>%s</li>" % esc(x) for x in contacts)))
        add("/supplier/%d.html" % sid, name, main, crumbs=[("/suppliers.html", "Suppliers")],
            hits=[sb for _, _, sb in sup_products[sid]], cas=[c for _, c, _ in sup_products[sid] if cas_ok(c)],
            claims=iclaims, listing=True)
    add("/suppliers.html", "Chemical Suppliers",
        "<h1>Verified Suppliers</h1><ul class='sup-list'>%s</ul>" % "".join(
            "<li><a href='%s'>%s</a> &middot; %s &middot; Gold %dY</li>" % (L("/supplier/%d.html" % k), v[0], v[1], v[2]) for k, v in sup.items()),
        crumbs=[("/suppliers.html", "Suppliers")])
    # ---- encyclopedia entries of controlled substances: reference text, no suppliers, no offer
    enc = [("437-38-7", "Fentanyl", "C22H28N2O", "336.47", "N-Phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide", "芬太尼"),
           ("59708-52-0", "Carfentanil", "C24H30N2O3", "394.51", "Methyl 1-(2-phenylethyl)-4-(N-phenylpropanamido)piperidine-4-carboxylate", "卡芬太尼"),
           ("14188-81-9", "Isotonitazene", "C21H26N4O3", "382.46", "N,N-Diethyl-2-[2-(4-isopropoxybenzyl)-5-nitro-1H-benzimidazol-1-yl]ethanamine", "异托尼秦")]
    for c, n, f, mw, iupac, zh in enc:
        main = ("<div class='encyclopedia'><h1>%s</h1><table class='basic-info'><tr><th>CAS No.</th><td>%s</td></tr>"
                "<tr><th>Formula</th><td>%s</td></tr><tr><th>MW</th><td>%s</td></tr><tr><th>IUPAC Name</th><td>%s</td></tr>"
                "<tr><th>中文名称</th><td>%s</td></tr></table>"
                "<div class='notice-box'><b>Suppliers: 0.</b> This substance is under international control. Listing, selling or "
                "inquiring about it is prohibited by the <a href='%s'>ChemLinker Trade Rules</a>. The entry is kept for reference only.</div>"
                "<h2>Safety</h2><p>Extremely toxic. Fatal in microgram amounts by inhalation or skin contact.</p></div>"
                % (n, c, f, mw, iupac, zh, L("/help/trade-rules.html")))
        add("/encyclopedia/%s.html" % c, "%s (CAS %s) - Chemical Encyclopedia" % (n, c), main,
            crumbs=[("/encyclopedia/", "Encyclopedia")])
    add("/encyclopedia/", "Chemical Encyclopedia", "<h1>Chemical Encyclopedia</h1><ul>%s</ul>" % "".join(
        "<li><a href='%s'>%s</a> (CAS %s)</li>" % (L("/encyclopedia/%s.html" % c), n, c) for c, n, _, _, _, _ in enc),
        crumbs=[("/encyclopedia/", "Encyclopedia")])
    # ---- buying leads: requests, not offers
    leads = [("Mexico", "N-Phenethyl-4-piperidone (NPP)", "39742-60-4", "50 KG", "2026-11-02"),
             ("Canada", "4-ANPP", "21409-26-7", "5 KG", "2026-11-01"),
             ("Netherlands", "BMK methyl glycidate", "80532-66-7", "500 KG", "2026-10-30"),
             ("USA", "Caffeine anhydrous", "58-08-2", "2 MT", "2026-10-29"),
             ("Brazil", "Lidocaine HCl", "", "200 KG", "2026-10-27"),
             ("Mexico", "1-Boc-4-piperidone", "79099-07-3", "100 KG", "2026-10-25"),
             ("Guatemala", "PMK glycidate", "13605-48-6", "200 KG", "2026-10-22"),
             ("India", "Paracetamol", "103-90-2", "20 MT", "2026-10-20")]
    for i, chunk in enumerate(paginate(leads, 4), 1):
        path = "/buying-leads.html" if i == 1 else "/buying-leads-%d.html" % i
        rows = "".join("<tr><td>求购 / Buying: <b>%s</b></td><td>%s</td><td>Qty: %s</td><td>Buyer from %s</td><td>%s</td>"
                       "<td><a href='/member/quote.html?lead=%d'>Quote Now</a></td></tr>" % (n, ("CAS " + c) if c else "", q, ctry, d, i * 10 + k)
                       for k, (ctry, n, c, q, d) in enumerate(chunk))
        add(path, "Buying Leads", "<h1>Buying Leads 求购信息</h1><p>Latest purchase requests from buyers worldwide. Log in to quote.</p>"
            "<table class='lead-table'>%s</table><div class='pager'><a href='%s'>1</a> <a href='%s'>2</a></div>"
            % (rows, L("/buying-leads.html"), L("/buying-leads-2.html")), crumbs=[("/buying-leads.html", "Buying Leads")])
    # ---- news and help
    news = [("nitazene-class-control", "China brings nitazene-class opioids under class-wide control",
             "<p>From 1 July 2025 the whole nitazene class is controlled in China. The announcement names twelve substances, "
             "among them protonitazene (CAS 95958-84-2), metonitazene (14680-51-4) and etonitazepyne (2785346-75-8). "
             "ChemLinker has removed all related product listings.</p>"),
            ("precursor-export-compliance", "Fentanyl precursors: what exporters need to know",
             "<p>NPP, 4-ANPP, 4-AP, 1-boc-4-AP and norfentanyl are in Table I of the 1988 Convention; 4-piperidone and "
             "1-boc-4-piperidone were added in 2024. Exporters need a licence and a pre-export notification. Offers promising "
             "&#39;customs clearance guaranteed&#39; or relabelled parcels are a warning sign for authorities.</p>")]
    add("/news/", "Industry News", "<h1>Industry News</h1><ul>%s</ul>" % "".join(
        "<li><a href='%s'>%s</a></li>" % (L("/news/%s.html" % h), t) for h, t, _ in news), crumbs=[("/news/", "News")])
    for h, t, b in news:
        add("/news/%s.html" % h, t, "<div class='article'><h1>%s</h1><p class='meta'>ChemLinker News &middot; 2026-10-18</p>%s</div>" % (t, b),
            crumbs=[("/news/", "News")])
    add("/help/trade-rules.html", "Trade Rules",
        "<h1>ChemLinker Trade Rules</h1><h2>&sect;3 Prohibited products</h2><p>The following may not be listed: narcotic drugs and "
        "psychotropic substances, including fentanyl, carfentanil and all fentanyl-related substances; nitazenes such as isotonitazene "
        "and protonitazene; and precursor chemicals without a valid export licence. Listings that promise to evade customs, "
        "misdeclare goods or reship seized parcels will be removed.</p>")
    add("/about.html", "About ChemLinker", "<h1>About ChemLinker</h1><p>Founded in 2008 in Hangzhou, ChemLinker connects 60,000 "
        "chemical suppliers with buyers in 180 countries.</p>")
    add("/", "ChemLinker - Chemical Suppliers, Manufacturers &amp; CAS Directory",
        "<div class='home-banner'><h1>Source chemicals from verified suppliers</h1><p>Search 3,000,000 products by name or CAS number.</p></div>"
        "<div class='home-cats'><h2>Categories</h2><ul><li><a href='%s'>Pharmaceutical Intermediates</a></li><li><a href='%s'>APIs &amp; Veterinary Drugs</a></li>"
        "<li><a href='%s'>Chemical Encyclopedia: Fentanyl</a></li></ul></div>"
        "<div class='home-sup'><h2>Featured Suppliers</h2><ul>%s</ul></div>"
        "<div class='home-news'><h2>Industry News</h2><ul>%s</ul></div>"
        % (L("/category/pharmaceutical-intermediates.html"), L("/category/api-and-veterinary.html"), L("/encyclopedia/437-38-7.html"),
           "".join("<li><a href='%s'>%s</a></li>" % (L("/supplier/%d.html" % k), v[0]) for k, v in sup.items()),
           "".join("<li><a href='%s'>%s</a></li>" % (L("/news/%s.html" % h), t) for h, t, _ in news)))
    for p in ("/category/pharmaceutical-intermediates.html", "/chemical/4-anpp-21409-26-7.html", "/supplier/102.html"):
        s.flaky.add(p)
    s.add(Page("/static/css/cl-main.css", "body{font:12px Arial}.w1200{width:1200px;margin:0 auto}", ctype="text/css"))
    for c in chem:
        s.add(Page("/img/struct/%s.png" % c["cas"], tiny_png(len(c["slug"])), ctype="image/png"))
    return s

# ================================================================ 3. avisa-mx (OLX/Craigslist-like classifieds, Spanish, ISO-8859-1)

def classifieds_avisa():
    s = Site("avisa-mx", "classifieds-es")
    s.robots = "User-agent: *\nDisallow: /publicar\nDisallow: /mi-cuenta\nDisallow: /contactar\nDisallow: /buscar\n"
    s.disallow = ["/publicar", "/mi-cuenta", "/contactar", "/buscar"]
    s.junk_params = ["orden", "ref", "utm_source", "utm_medium"]
    CS = "ISO-8859-1"

    users = {
        "quimicos-del-norte": ("Químicos del Norte", "Monterrey, N.L.", "2024", "81 1", "Profesional"),
        "farma-express": ("Farma Express", "Ciudad de México", "2025", "55 3", "Particular"),
        "agrovet-los-altos": ("AgroVet Los Altos", "Tepatitlán, Jal.", "2019", "378 7", "Profesional"),
        "insumos-lab-gdl": ("Insumos Lab GDL", "Guadalajara, Jal.", "2021", "33 2", "Profesional"),
        "reduccion-danos-mx": ("Colectivo Reducción de Daños MX, A.C.", "Ciudad de México", "2022", "55 8", "Organización"),
        "compras-mty": ("compras_mty", "Monterrey, N.L.", "2026", "81 9", "Particular"),
        "fest-gdl": ("Festival Sonoro GDL", "Zapopan, Jal.", "2026", "33 6", "Particular"),
        "nitalab": ("NitaLab", "Tijuana, B.C.", "2026", "664 1", "Particular"),
        "autos-garza": ("Autos Garza", "San Nicolás, N.L.", "2018", "81 8", "Profesional"),
    }
    # kind: offer | busco | benign   (benign = an offer of a product that is no hit)
    ads = [
        dict(id=1018, slug="protonitazeno-hcl-1-g-nitazenos-alta-pureza", cat="quimicos", user="nitalab", kind="offer", sub=protonit,
             title="Protonitazeno HCl 1 g — nitazenos de alta pureza", price="$ 6,500", date="Hoy 09:41",
             snip="Protonitazeno clorhidrato, polvo blanco, 1 g. Solo mayores de edad.",
             desc="<p>Protonitazeno clorhidrato (HCl), polvo blanco, pureza 99%. Presentaciones de 1 g y 5 g, precio por mayoreo.</p>"
                  "<p>La mercancía llega vía agente de carga en Manzanillo y se reparte por paquetería local a cualquier estado.</p>"
                  "<p>Pago en USDT o depósito OXXO. Solo mayores de edad.</p>",
             attrs=[("Presentación", "1 g / 5 g")], claims=["forwarding"]),
        dict(id=1015, slug="n-boc-4-piperidona-1-boc-4-piperidona-99", cat="quimicos", user="quimicos-del-norte", kind="offer", sub=bocpip,
             title="N-Boc-4-piperidona (1-Boc-4-piperidona) 99%", price="$ 2,900", date="Hoy 08:15",
             snip="Intermediario para síntesis, pureza 99%, frasco de 100 g.", cas="79099-07-3", cas_text="79099 07 3",
             desc="<p>N-Boc-4-piperidona (terc-butil 4-oxopiperidina-1-carboxilato), pureza 99%, frasco de 100 g o bolsa de 1 kg.</p>"
                  "<p>No hacemos reenvíos: una vez entregado a la paquetería, el riesgo del envío es del comprador.</p>",
             attrs=[("Presentación", "100 g / 1 kg")], claims=[]),
        dict(id=1014, slug="bmk-glicidato-metil-glicidato-importado-por-kilo", cat="quimicos", user="quimicos-del-norte", kind="offer", sub=bmk_mg,
             title="BMK glicidato (metil glicidato) importado, por kilo", price="$ 1,200", date="Ayer 19:02",
             snip="Metil glicidato de BMK en polvo, importado, venta por kilo.", cas="80532-66-7",
             desc="<p>Metil glicidato de BMK (BMK methyl glycidate) en polvo, importado. Venta por kilo, mínimo 5 kg.</p>"
                  "<p>Nosotros nos encargamos del despacho aduanal: te llega ya liberado a tu domicilio, sin papeleo de tu lado.</p>",
             attrs=[("Mínimo", "5 kg")], claims=["customs"]),
        dict(id=1013, slug="bicarbonato-de-sodio-grado-industrial-saco-25-kg", cat="quimicos", user="agrovet-los-altos", kind="benign", sub=bicarb,
             title="Bicarbonato de sodio grado industrial, saco 25 kg", price="$ 520", date="Ayer 12:30",
             snip="Bicarbonato de sodio, saco de 25 kg, entrega en Los Altos.", cas="144-55-8",
             desc="<p>Bicarbonato de sodio grado industrial, saco de 25 kg. Entrega sin costo en Los Altos de Jalisco.</p>",
             attrs=[("Presentación", "Saco 25 kg")], claims=[]),
        dict(id=1012, slug="material-de-laboratorio-usado-matraces-embudos-probetas", cat="quimicos", user="insumos-lab-gdl", kind="benign", sub=None,
             title="Material de laboratorio usado: matraces, embudos, probetas", price="$ 1,800", date="Ayer 10:11",
             snip="Lote de vidriería de laboratorio usada en buen estado.",
             desc="<p>Lote de vidriería usada en buen estado: 6 matraces Erlenmeyer, 4 embudos de separación, 10 probetas. Se entrega en Guadalajara.</p>",
             attrs=[("Condición", "Usado")], claims=[]),
        dict(id=1008, slug="busco-proveedor-de-npp-y-4-anpp-pago-en-usdt", cat="quimicos", user="compras-mty", kind="busco", sub=None,
             title="Busco proveedor de NPP y 4-ANPP (pago en USDT)", price="A convenir", date="2 nov",
             snip="Busco proveedor serio, 5 kg mensuales.",
             desc="<p>Busco proveedor serio de NPP (CAS 39742-60-4) y 4-ANPP, unos 5 kg mensuales. Que tenga envío discreto y que haga "
                  "reenvío si se pierde. Pago en USDT. Mándame mensaje con precio.</p>",
             attrs=[("Tipo", "Busco")], claims=[]),
        dict(id=1007, slug="lidocaina-base-99-100-g", cat="quimicos", user="insumos-lab-gdl", kind="benign", sub=lidocaine,
             title="Lidocaína base 99%, 100 g", price="$ 650", date="1 nov",
             snip="Lidocaína base, polvo, 100 g, con certificado.", cas="137-58-6",
             desc="<p>Lidocaína base, polvo cristalino, 100 g, con certificado de análisis. Factura disponible.</p>",
             attrs=[("Presentación", "100 g")], claims=[]),
        dict(id=1006, slug="dimetilsulfona-msm-cristal-1-kg", cat="quimicos", user="insumos-lab-gdl", kind="benign", sub=msm,
             title="Dimetilsulfona (MSM) cristal, 1 kg", price="$ 380", date="31 oct",
             snip="MSM en cristal, 1 kg, grado alimenticio.", cas="67-71-0",
             desc="<p>Dimetilsulfona (metilsulfonilmetano, MSM) en cristal, grado alimenticio, bolsa de 1 kg.</p>",
             attrs=[("Presentación", "1 kg")], claims=[]),
        dict(id=1005, slug="cafeina-anhidra-grado-farmaceutico-saco-25-kg", cat="quimicos", user="insumos-lab-gdl", kind="benign", sub=caffeine,
             title="Cafeína anhidra grado farmacéutico, saco 25 kg", price="$ 7,900", date="30 oct",
             snip="Cafeína anhidra USP, saco de 25 kg.", cas="58-08-2",
             desc="<p>Cafeína anhidra USP, saco de 25 kg, lote 2026. Envío por paquetería con costo.</p>",
             attrs=[("Presentación", "Saco 25 kg")], claims=[]),
        dict(id=1002, slug="4-anpp-polvo-pureza-98-5-mayoreo", cat="quimicos", user="quimicos-del-norte", kind="offer", sub=anpp,
             title="4-ANPP polvo, pureza 98.5% — mayoreo", price="$ 9,500", date="29 oct",
             snip="4-ANPP en polvo, pureza 98.5%, venta por 100 g y kilo.", cas="21409-26-7",
             desc="<p>4-ANPP (4-anilino-N-fenetilpiperidina) en polvo, pureza 98.5%. Venta por 100 g y por kilo.</p>"
                  "<p>La mercancía entra por nuestra bodega en Laredo, Texas, y de ahí sale por paquetería nacional "
                  "(Estafeta o DHL nacional), sin trámites para el cliente.</p>",
             attrs=[("Presentación", "100 g / 1 kg")], claims=["forwarding"]),
        dict(id=1001, slug="vendo-npp-n-fenetil-4-piperidona-99-envios-a-todo-mexico", cat="quimicos", user="quimicos-del-norte", kind="offer", sub=npp,
             title="Vendo NPP (N-fenetil-4-piperidona) 99% — envíos a todo México", price="$ 4,800", date="28 oct",
             snip="NPP polvo blanco cristalino, pureza 99%, con COA.", cas="39742-60-4",
             desc="<p>NPP (N-fenetil-4-piperidona), polvo blanco cristalino, pureza 99%, con COA. Presentaciones de 100 g, 500 g y 1 kg.</p>"
                  "<p>Empaque discreto: bolsa sellada al vacío dentro de caja sin logotipos ni nombre del producto. Si la paquetería "
                  "lo pierde o la aduana lo retiene, te lo reenviamos sin costo.</p><p>Pago por transferencia o USDT.</p>",
             attrs=[("Presentación", "100 g / 500 g / 1 kg")], claims=["stealth", "reship"]),
        dict(id=1019, slug="acido-citrico-anhidro-25-kg", cat="quimicos", user="insumos-lab-gdl", kind="benign", sub=citric,
             title="Ácido cítrico anhidro 25 kg", price="$ 1,150", date="27 oct",
             snip="Ácido cítrico anhidro grado alimenticio.", cas="77-92-9",
             desc="<p>Ácido cítrico anhidro grado alimenticio, saco de 25 kg.</p>", attrs=[("Presentación", "Saco 25 kg")], claims=[]),
        # salud
        dict(id=1020, slug="fenta-china-white-en-polvo-por-gramo", cat="salud", user="farma-express", kind="offer", sub=fentanyl,
             title="Fenta \u201cchina white\u201d en polvo, por gramo", price="$ 1,500", date="Hoy 07:55",
             snip="Polvo blanco, fuerte, por gramo o por 10 g.",
             desc="<p>Fenta \u201cchina white\u201d en polvo, muy fuerte, por gramo o por 10 g. Se entrega en CDMX o por envío.</p>"
                  "<p>Va escondido dentro de una lata de comida sellada, no se nota nada. Si se pierde en el camino, se repone.</p>",
             attrs=[("Presentación", "1 g / 10 g")], claims=["stealth", "reship"]),
        dict(id=1016, slug="busco-tiras-de-fentanilo-para-festival", cat="salud", user="fest-gdl", kind="busco", sub=None,
             title="Busco tiras de fentanilo para festival", price="A convenir", date="Ayer 16:20",
             snip="Necesitamos 300 tiras para el módulo de reducción de daños.",
             desc="<p>Necesitamos unas 300 tiras reactivas de fentanilo para el módulo de reducción de daños del festival. Cotizaciones por mensaje.</p>",
             attrs=[("Tipo", "Busco")], claims=[]),
        dict(id=1009, slug="tramadol-100-mg-caja-con-10-tabletas", cat="salud", user="farma-express", kind="offer", sub=tramadol,
             title="Tramadol 100 mg, caja con 10 tabletas — sin receta", price="$ 350", date="30 oct",
             snip="Cajas selladas, entrega personal.",
             desc="<p>Tramadol 100 mg, caja sellada con 10 tabletas. Sin receta. Entrega personal en estaciones del metro (Línea 2 y 3).</p>",
             attrs=[("Condición", "Nuevo")], claims=[]),
        dict(id=1004, slug="tiras-reactivas-para-detectar-fentanilo-caja-25", cat="salud", user="reduccion-danos-mx", kind="benign", sub=None,
             title="Tiras reactivas para detectar fentanilo (caja 25 pzas)", price="$ 250", date="29 oct",
             snip="Tiras de inmunoensayo. Precio de recuperación.",
             desc="<p>Tiras de inmunoensayo para detectar fentanilo y varios análogos en una muestra disuelta. Precio de recuperación, sin fines "
                  "de lucro. También entregamos naloxona a organizaciones.</p><p>Recuerda: un resultado negativo no garantiza \u201c0% fentanilo\u201d.</p>",
             attrs=[("Presentación", "Caja 25 pzas")], claims=[]),
        dict(id=1003, slug="pastillas-m30-azules-contienen-fentanilo-mayoreo-y-menudeo", cat="salud", user="farma-express", kind="offer", sub=fentanyl,
             title="Pastillas M30 azules (contienen fentanilo) — mayoreo y menudeo", price="$ 90", date="28 oct",
             snip="Tabletas prensadas M30, color azul. Precio por pieza.",
             desc="<p>Tabletas prensadas tipo M30, color azul, cada una con fentanilo. 100 pzas $9,000; 500 pzas $40,000.</p>"
                  "<p>El envío va con guía que dice \u201csuplemento alimenticio\u201d y el frasco lleva etiqueta de vitaminas.</p>",
             attrs=[("Precio", "por pieza")], claims=["mislabel"]),
        # veterinaria
        dict(id=1011, slug="xilacina-10-inyectable-frasco-50-ml", cat="veterinaria", user="agrovet-los-altos", kind="offer", sub=xylazine,
             title="Xilacina 10% inyectable, frasco 50 ml", price="$ 420", date="Ayer 11:45",
             snip="Sedante para bovinos y equinos. Frasco 50 ml.",
             desc="<p>Xilacina al 10% inyectable, frasco de 50 ml, sedante para bovinos y equinos. Caducidad 2028.</p>",
             attrs=[("Uso", "Veterinario")], claims=[]),
        dict(id=1010, slug="ketamina-1000-mg-10-ml-uso-veterinario", cat="veterinaria", user="agrovet-los-altos", kind="offer", sub=ketamine,
             title="Ketamina 1000 mg/10 ml, uso veterinario", price="$ 850", date="27 oct",
             snip="Frasco de 10 ml. Anestésico veterinario.",
             desc="<p>Ketamina 1000 mg/10 ml, frasco, anestésico de uso veterinario. Envíos a todo Jalisco.</p>",
             attrs=[("Uso", "Veterinario")], claims=[]),
        # autos
        dict(id=2001, slug="nissan-versa-2019-sense-65000-km", cat="autos", user="autos-garza", kind="benign", sub=None,
             title="Nissan Versa 2019 Sense, 65,000 km", price="$ 189,000", date="Hoy 10:05",
             snip="Único dueño, servicios de agencia.",
             desc="<p>Nissan Versa Sense 2019, transmisión manual, 65,000 km, único dueño, servicios de agencia. Acepto auto a cuenta.</p>",
             attrs=[("Año", "2019"), ("Kilometraje", "65,000 km")], claims=[]),
        dict(id=2002, slug="chevrolet-aveo-2017-lt-automatico", cat="autos", user="autos-garza", kind="benign", sub=None,
             title="Chevrolet Aveo 2017 LT automático", price="$ 142,000", date="Ayer 09:00",
             snip="Automático, aire acondicionado, factura original.",
             desc="<p>Chevrolet Aveo LT 2017, automático, aire acondicionado, factura original, tenencias al corriente.</p>",
             attrs=[("Año", "2017"), ("Kilometraje", "98,000 km")], claims=[]),
    ]
    by_id = {a["id"]: a for a in ads}
    cats = [("quimicos", "/industria/quimicos/", "Industria › Productos químicos", 7),
            ("salud", "/salud/medicamentos/", "Salud › Medicamentos y suplementos", 10),
            ("veterinaria", "/agro/veterinaria/", "Agro › Veterinaria", 10),
            ("autos", "/autos/", "Autos y camionetas", 10)]
    rail_ids = [1001, 1005, 1011, 2001]

    def ad_url(a):
        return "/anuncio/%s-%d.html" % (a["slug"], a["id"])

    def is_offer(a):
        return a["kind"] in ("offer", "benign")

    rail = ("<aside class='featured-rail'><h3>Anuncios destacados</h3><ul>%s</ul></aside>"
            % "".join("<li class='feat'><a href='/a/%d'><img src='/img/ad/%d.png' alt=''><span class='t'>%s</span></a><span class='p'>%s</span></li>"
                      % (i, i, esc(by_id[i]["title"]), by_id[i]["price"]) for i in rail_ids))

    def page(title, main, crumbs=()):
        cr = " › ".join(["<a href='/'>Inicio</a>"] + ["<a href='%s'>%s</a>" % (u, t) for u, t in crumbs])
        html = ("<!DOCTYPE html><html lang='es-MX'><head><meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>"
                "<title>%s | avisa.mx</title><meta name='description' content='Compra y vende en México. Anuncios clasificados gratis.'>"
                "<link rel='stylesheet' href='/static/av.css'><script>var AV={ver:'4.12.0',pais:'MX'};</script></head><body>"
                "<div id='cookie-consent' class='cookie-bar'>Usamos cookies propias y de terceros para mejorar tu experiencia. "
                "<a href='/ayuda/privacidad/'>Más información</a> <button>Aceptar</button></div>"
                "<header class='av-header'><a class='av-logo' href='/'>avisa<span>.mx</span></a>"
                "<form class='av-search' action='/buscar' method='get'><input name='q' placeholder='¿Qué estás buscando?'>"
                "<select name='estado'><option>Todo México</option><option>Nuevo León</option><option>Jalisco</option><option>CDMX</option></select>"
                "<button>Buscar</button></form><a class='btn-publicar' href='/publicar'>+ Publicar anuncio gratis</a>"
                "<a class='mi-cuenta' href='/mi-cuenta/'>Mi cuenta</a></header>"
                "<nav class='av-cats'><a href='/autos/'>Autos</a><a href='/industria/quimicos/'>Industria</a>"
                "<a href='/salud/medicamentos/'>Salud</a><a href='/agro/veterinaria/'>Agro</a></nav>"
                "<div class='breadcrumbs'>%s</div><div class='av-wrap'><div class='av-main'>%s</div>%s</div>"
                "<footer class='av-footer'><div class='cols'><div><h4>avisa.mx</h4><a href='/ayuda/quienes-somos/'>Quiénes somos</a>"
                "<a href='/ayuda/seguridad/'>Consejos de seguridad</a><a href='/ayuda/articulos-prohibidos/'>Artículos prohibidos</a></div>"
                "<div><h4>Ayuda</h4><a href='/ayuda/privacidad/'>Aviso de privacidad</a><a href='/ayuda/terminos/'>Términos y condiciones</a></div>"
                "<div><h4>Síguenos</h4><a href='https://facebook.com/avisamx'>Facebook</a><a href='https://x.com/avisamx'>X</a></div></div>"
                "<p class='copy'>© 2026 avisa.mx — Todos los derechos reservados.</p></footer></body></html>"
                % (title, cr, main, rail))
        return html.encode(CS, "xmlcharrefreplace")

    def item_li(a):
        return ("<li class='aditem' data-aid='%d'><a class='aditem-img' href='%s?ref=listado'><img src='/img/ad/%d.png' alt=''></a>"
                "<div class='aditem-body'><h2 class='aditem-title'><a href='%s?ref=listado'>%s</a></h2>"
                "<p class='aditem-price'>%s</p><p class='aditem-desc'>%s</p>"
                "<p class='aditem-meta'><span class='aditem-location'>%s</span> · <span class='aditem-date'>%s</span></p></div></li>"
                % (a["id"], ad_url(a), a["id"], ad_url(a), esc(a["title"]), a["price"], esc(a["snip"]), users[a["user"]][1], a["date"]))

    def list_truth(items):
        offers = [a for a in items if is_offer(a)]
        return dict(hits=[a["sub"] for a in offers if a["kind"] == "offer"], listing=bool(offers))

    for ck, base, cname, per in cats:
        items = [a for a in ads if a["cat"] == ck]
        pages = paginate(items, per)
        for i, chunk in enumerate(pages, 1):
            path = base if i == 1 else "%spagina-%d/" % (base, i)
            pager = "".join("<a href='%s'%s>%d</a>" % (base if k == 1 else "%spagina-%d/" % (base, k), " class='cur'" if k == i else "", k)
                            for k in range(1, len(pages) + 1))
            main = ("<h1>%s <small>(%d anuncios)</small></h1><div class='sortbar'>Ordenar: <a href='%s?orden=recientes'>Más recientes</a> "
                    "<a href='%s?orden=precio'>Precio</a></div><ul class='adlist'>%s</ul><div class='pager'>%s</div>"
                    % (cname, len(items), path, path, "".join(item_li(a) for a in chunk), pager))
            s.add(P(path, page(cname, main, [(base, cname)]), ctype="text/html; charset=ISO-8859-1", **list_truth(chunk)))
    s.flaky.add("/industria/quimicos/pagina-2/")
    s.flaky.add("/anuncio/%s-%d.html" % (by_id[1003]["slug"], 1003))

    tips = ("<div class='safety-tips'><h4>Consejos de seguridad</h4><ul><li>Nunca pagues por adelantado a desconocidos.</li>"
            "<li>Desconfía de anuncios que prometen \u201cenvío discreto\u201d, \u201creenvío gratis\u201d o \u201caduana garantizada\u201d: "
            "suelen ser fraudes o productos prohibidos.</li><li>Reúnete en lugares públicos.</li></ul></div>")
    for a in ads:
        u = users[a["user"]]
        cas_row = ""
        if a.get("cas"):
            cas_row = "<dt>No. CAS</dt><dd>%s</dd>" % a.get("cas_text", a["cas"])
        attrs = "".join("<dt>%s</dt><dd>%s</dd>" % kv for kv in a["attrs"])
        main = ("<article class='ad-view' itemscope itemtype='https://schema.org/Offer'>"
                "<div class='ad-gallery'><img src='/img/ad/%d.png' alt='%s'></div>"
                "<h1 class='ad-title' itemprop='name'>%s</h1><p class='ad-price' itemprop='price'>%s</p>"
                "<p class='ad-meta'>Publicado: %s · %s · Anuncio #%d</p>"
                "<section class='ad-details'><h2>Detalles</h2><dl>%s<dt>Tipo de vendedor</dt><dd>%s</dd>%s</dl></section>"
                "<section class='ad-description'><h2>Descripción</h2>%s</section>"
                "<a class='report' href='/contactar/denuncia?aid=%d'>Denunciar anuncio</a></article>"
                "<div class='seller-card'><h3>%s</h3><p>En avisa desde %s · %s</p>"
                "<a href='/usuario/%s/'>Ver todos sus anuncios</a><a class='btn-chat' href='/contactar?aid=%d'>Chatear</a>"
                "<button class='btn-phone' data-mask='%s•• ••••'>Mostrar teléfono</button>"
                "<a class='btn-wa' href='https://wa.me/52%s0000000'>WhatsApp</a></div>%s"
                % (a["id"], esc(a["title"]), esc(a["title"]), a["price"], a["date"], u[1], a["id"], attrs, u[4], cas_row,
                   a["desc"], a["id"], esc(u[0]), u[2], u[1], a["user"], a["id"], u[3], u[3].replace(" ", ""), tips))
        s.add(P(ad_url(a), page(a["title"], main, [(dict((c[0], c[1]) for c in cats)[a["cat"]],
                                                       dict((c[0], c[2]) for c in cats)[a["cat"]])]),
                ctype="text/html; charset=ISO-8859-1",
                hits=[a["sub"]] if a["kind"] == "offer" else [],
                cas=[a["cas"]] if a.get("cas") and is_offer(a) else [],
                claims=a["claims"] if is_offer(a) else [], listing=is_offer(a)))
        s.redirects["/a/%d" % a["id"]] = ad_url(a)
        s.add(Page("/img/ad/%d.png" % a["id"], tiny_png(a["id"]), ctype="image/png"))
    for slug, u in users.items():
        mine = [a for a in ads if a["user"] == slug]
        main = ("<div class='profile'><h1>%s</h1><p>%s · En avisa desde %s · Vendedor %s</p></div>"
                "<h2>Anuncios publicados (%d)</h2><ul class='adlist'>%s</ul>"
                % (esc(u[0]), u[1], u[2], u[4].lower(), len(mine), "".join(item_li(a) for a in mine)))
        s.add(P("/usuario/%s/" % slug, page(u[0], main, [("/usuario/%s/" % slug, u[0])]),
                ctype="text/html; charset=ISO-8859-1", **list_truth(mine)))
    home = ("<div class='home-hero'><h1>Compra y vende cerca de ti</h1><p>Más de 2 millones de anuncios en todo México.</p></div>"
            "<div class='home-cats'>%s</div>" % "".join(
                "<a class='cat-tile' href='%s'><b>%s</b><span>%d anuncios</span></a>" % (b, n, len([a for a in ads if a["cat"] == k]))
                for k, b, n, _ in cats))
    s.add(P("/", page("Anuncios clasificados gratis en México", home), ctype="text/html; charset=ISO-8859-1"))
    s.add(P("/ayuda/articulos-prohibidos/", page("Artículos prohibidos",
            "<h1>Artículos prohibidos</h1><p>No está permitido publicar anuncios de:</p><ul>"
            "<li>Drogas y estupefacientes, incluidos el fentanilo, sus análogos y las pastillas \u201cM30\u201d.</li>"
            "<li>Precursores químicos controlados como NPP, 4-ANPP, 4-AP, 1-Boc-4-AP o glicidatos de BMK y PMK.</li>"
            "<li>Nitazenos (protonitazeno, metonitazeno, isotonitazeno) y otros opioides sintéticos.</li>"
            "<li>Medicamentos que requieren receta (tramadol, oxicodona) y fármacos veterinarios controlados (ketamina, xilacina).</li></ul>"
            "<p>Los anuncios que ofrezcan \u201cenvío discreto\u201d o \u201cdeclarar como otra mercancía\u201d serán eliminados.</p>",
            [("/ayuda/articulos-prohibidos/", "Artículos prohibidos")]), ctype="text/html; charset=ISO-8859-1"))
    s.add(P("/ayuda/seguridad/", page("Consejos de seguridad",
            "<h1>Consejos de seguridad</h1><p>Revisa el producto antes de pagar, no compartas códigos de verificación y denuncia "
            "anuncios sospechosos.</p>" + tips, [("/ayuda/seguridad/", "Seguridad")]), ctype="text/html; charset=ISO-8859-1"))
    for slug, t, txt in [("quienes-somos", "Quiénes somos", "avisa.mx es un sitio de anuncios clasificados fundado en Monterrey en 2012."),
                         ("privacidad", "Aviso de privacidad", "Tus datos personales se tratan conforme a la LFPDPPP."),
                         ("terminos", "Términos y condiciones", "Al publicar aceptas que tu anuncio cumple la ley y nuestras reglas.")]:
        s.add(P("/ayuda/%s/" % slug, page(t, "<h1>%s</h1><p>%s</p>" % (t, txt), [("/ayuda/%s/" % slug, t)]),
                ctype="text/html; charset=ISO-8859-1"))
    s.add(Page("/static/av.css", "body{font-family:Arial}.aditem{display:flex}", ctype="text/css"))
    return s

# ================================================================ 4. rctalk (XenForo-like forum)

def forum_rctalk():
    s = Site("rctalk", "forum-xenforo")
    s.robots = ("User-agent: *\nDisallow: /members/\nDisallow: /login/\nDisallow: /register/\nDisallow: /search/\n"
                "Disallow: /account/\nDisallow: /whats-new/\nDisallow: /misc/\nDisallow: /goto/\nAllow: /\n")
    s.disallow = ["/members/", "/login/", "/register/", "/search/", "/account/", "/whats-new/", "/misc/", "/goto/"]
    s.rate_limit = 15
    s.trap_prefix = "/events/"
    s.junk_params = ["order", "direction", "utm_source", "utm_medium"]

    users = {  # name: (id, title, banner, joined, messages)
        "PiperChem_EU": (211, "Verified Vendor", "Vendor", "Mar 12, 2024", 412),
        "hx_supply": (1093, "New member", "", "Oct 30, 2026", 3),
        "sever_lab": (688, "Vendor", "Vendor", "Jan 8, 2025", 97),
        "blau_express": (740, "Vendor", "Vendor", "Feb 2, 2025", 151),
        "pharmacy_plug": (1011, "Member", "", "Aug 19, 2026", 22),
        "hubei_kaida": (932, "Member", "", "May 5, 2026", 40),
        "ghost_rx": (1077, "Banned", "", "Oct 1, 2026", 9),
        "novachem_lab": (1002, "Vendor", "Vendor", "Jul 7, 2026", 31),
        "Mod_Ash": (2, "Moderator", "Staff member", "Jun 1, 2019", 8410),
        "mr_k": (455, "Member", "", "Sep 9, 2024", 120), "dopamine_dan": (512, "Well-known member", "", "Nov 1, 2024", 833),
        "kettle_brown": (601, "Member", "", "Dec 4, 2024", 64), "vlad_k": (870, "Member", "", "Mar 3, 2025", 19),
        "nordic_owl": (902, "Member", "", "Apr 21, 2025", 77), "westcoast_j": (1055, "New member", "", "Sep 30, 2026", 4),
        "harm_reducer": (37, "Harm reduction volunteer", "", "Feb 14, 2020", 2901), "dm_me_plz": (1090, "New member", "", "Oct 28, 2026", 1),
        "realoxy_only": (1061, "Member", "", "Oct 2, 2026", 11), "mx_import": (1071, "Member", "", "Oct 10, 2026", 6),
        "newbie_42": (1085, "New member", "", "Oct 20, 2026", 2), "chem_nerd": (140, "Well-known member", "", "Jan 3, 2021", 3120),
    }
    nodes = [(4, "marketplace", "Marketplace", "Vendor threads. Verified vendors only; read the rules before posting."),
             (5, "want-to-buy", "Want to buy", "Buyers post requests here. No selling in this section."),
             (6, "vendor-reviews", "Vendor reviews", "Feedback on vendors, good and bad."),
             (7, "harm-reduction", "Harm reduction &amp; testing", "Test kits, reagents, overdose response."),
             (8, "chemistry", "Chemistry &amp; analogues", "Structure, nomenclature, analytical questions.")]

    # a post: (pid, author, date, html, offered subs, cas shown with an offer, seller claims)
    def post(pid, author, date, html, subs=(), cas=(), claims=()):
        return dict(pid=pid, author=author, date=date, html=html, subs=list(subs), cas=list(cas), claims=list(claims))

    threads = [
        dict(id=112, slug="wts-npp-4-anpp-1-boc-4-ap-eu-stock", node=4, prefix=("WTS", "green"),
             title="NPP / 4-ANPP / 1-Boc-4-AP \u2014 EU stock", author="PiperChem_EU", replies=8, views="2.1K", pages=[[
                 post(1121, "PiperChem_EU", "Nov 3, 2026",
                      "<b>PiperChem EU \u2014 price list November</b><br>"
                      "\u2022 NPP (N-phenethyl-4-piperidone), CAS 39742-60-4 \u2014 100 g \u20ac180 / 500 g \u20ac650 / 1 kg \u20ac1,100<br>"
                      "\u2022 4-ANPP, CAS 21409-26-7 \u2014 50 g \u20ac320 / 100 g \u20ac560<br>"
                      "\u2022 1-Boc-4-AP, CAS 125541-22-2 \u2014 100 g \u20ac240 / 500 g \u20ac900<br><br>"
                      "All stock sits in our warehouse in \U0001F1F3\U0001F1F1 \u2014 EU orders are posted from there as domestic parcels, "
                      "nothing crosses an outside customs border.<br>Seized or lost? One free reship, tracking screenshot required.<br><br>"
                      "Payment XMR/BTC. Contact: Threema <code>PC8E4K2N</code>. Forum escrow accepted.",
                      [npp, anpp, boc4ap], ["39742-60-4", "21409-26-7", "125541-22-2"], ["forwarding", "reship"]),
                 post(1122, "mr_k", "Nov 3, 2026", "WTB 25 g ANPP to \U0001F1F5\U0001F1F1 \u2014 can you do 25 g?"),
                 post(1123, "PiperChem_EU", "Nov 3, 2026", "@mr_k yes, PL is no problem. 25 g for \u20ac170, message me on Threema."),
                 post(1124, "dopamine_dan", "Nov 4, 2026", "Got my NPP yesterday, stealth was on point, 4 days to DE. Will order again."),
                 post(1125, "Mod_Ash", "Nov 4, 2026", "Reminder: vendor verification is not an endorsement. Use escrow."),
             ], [
                 post(1126, "PiperChem_EU", "Nov 6, 2026",
                      "<b>Restock</b><br>\u2022 1-Boc-4-piperidone, CAS 79099-07-3 \u2014 500 g \u20ac210 / 1 kg \u20ac380<br>"
                      "\u2022 4-AP (4-anilinopiperidine), CAS 23056-29-3 \u2014 100 g \u20ac290<br>"
                      "Still shipping from the NL warehouse, domestic post inside the EU.",
                      [bocpip, ap4], ["79099-07-3", "23056-29-3"], ["forwarding"]),
                 post(1127, "hx_supply", "Nov 6, 2026",
                      "NPP cheaper here: 1 kg $780, ships from \U0001F1E8\U0001F1F3 DDP \u2014 we clear customs for you, you pay nothing at the door. "
                      "WhatsApp +86 138 0571 2296", [npp], [], ["customs"]),
                 post(1128, "Mod_Ash", "Nov 6, 2026", "@hx_supply unverified vendors may not advertise in other vendors&#39; threads. Warning issued."),
                 post(1129, "kettle_brown", "Nov 7, 2026", "Anyone tried the 4-AP yet? Looking for 100 g."),
             ]]),
        dict(id=140, slug="wts-protonitazene-metonitazene-etonitazepyne-sng", node=4, prefix=("WTS", "green"),
             title="Protonitazene, Metonitazene, Etonitazepyne \u2014 \u0421\u041d\u0413", author="sever_lab", replies=3, views="988", pages=[[
                 post(1401, "sever_lab", "Oct 28, 2026",
                      "\u041f\u0440\u0430\u0439\u0441 \u043d\u0430 \u043d\u043e\u044f\u0431\u0440\u044c:<br>"
                      "\u2022 Protonitazene HCl \u2014 1 \u0433 $90 / 5 \u0433 $380<br>"
                      "\u2022 M\u0435tonitazene \u2014 1 \u0433 $110<br>"
                      "\u2022 N-pyrrolidino etonitazene (etonitazepyne) \u2014 1 \u0433 $150<br><br>"
                      "\u041e\u0442\u043f\u0440\u0430\u0432\u043a\u0430 \u0441\u043e \u0441\u043a\u043b\u0430\u0434\u0430 \u0432 \U0001F1F0\U0001F1FF "
                      "\u041a\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043d\u0435, \u0434\u0430\u043b\u044c\u0448\u0435 \u043f\u043e \u0420\u0424 "
                      "\u0438 \u0421\u041d\u0413 \u043e\u0431\u044b\u0447\u043d\u043e\u0439 \u0432\u043d\u0443\u0442\u0440\u0435\u043d\u043d\u0435\u0439 "
                      "\u0434\u043e\u0441\u0442\u0430\u0432\u043a\u043e\u0439 (\u0421\u0414\u042d\u041a).<br>"
                      "\u0423\u043f\u0430\u043a\u043e\u0432\u043a\u0430: \u0432\u0430\u043a\u0443\u0443\u043c + \u0444\u043e\u043b\u044c\u0433\u0430, "
                      "\u0431\u0435\u0437 \u043d\u0430\u0434\u043f\u0438\u0441\u0435\u0439.<br>"
                      "\u0415\u0441\u043b\u0438 \u043f\u043e\u0441\u044b\u043b\u043a\u0443 \u0438\u0437\u044a\u044f\u0442 \u2014 "
                      "\u043f\u0435\u0440\u0435\u0448\u043b\u0451\u043c \u043e\u0434\u0438\u043d \u0440\u0430\u0437 \u0431\u0435\u0441\u043f\u043b\u0430\u0442\u043d\u043e.<br>"
                      "\u041a\u043e\u043d\u0442\u0430\u043a\u0442: Telegram @sever_lab_bot",
                      [protonit, metonit, etonitazepyne], [], ["forwarding", "stealth", "reship"]),
                 post(1402, "vlad_k", "Oct 29, 2026", "\u041a\u0442\u043e \u0431\u0440\u0430\u043b? \u041e\u0442\u0437\u044b\u0432\u044b \u0435\u0441\u0442\u044c?"),
                 post(1403, "nordic_owl", "Oct 30, 2026",
                      "\u0411\u0440\u0430\u043b \u043f\u0440\u043e\u0442\u043e, \u0432\u0441\u0451 \u043f\u0440\u0438\u0448\u043b\u043e \u0437\u0430 "
                      "\u043d\u0435\u0434\u0435\u043b\u044e, \u0443\u043f\u0430\u043a\u043e\u0432\u043a\u0430 \u043d\u043e\u0440\u043c."),
                 post(1404, "sever_lab", "Oct 31, 2026",
                      "\u0422\u0430\u043a\u0436\u0435 \u0435\u0441\u0442\u044c \u0431\u0440\u043e\u043c\u0430\u0437\u043e\u043b\u0430\u043c (Bromazolam) "
                      "\u043f\u0435\u043b\u043b\u0435\u0442\u044b 1 \u043c\u0433, 100 \u0448\u0442 \u2014 $60.", [bromazolam]),
             ]]),
        dict(id=151, slug="wtb-fent-hcl-or-m30s-usa", node=5, prefix=("WTB", "orange"),
             title="fent HCl or M30s \u2014 USA", author="westcoast_j", replies=3, views="640", pages=[[
                 post(1511, "westcoast_j", "Nov 1, 2026", "Looking for fent HCl or real-deal M30s, USA domestic only. Paying BTC."),
                 post(1512, "harm_reducer", "Nov 1, 2026",
                      "Please don&#39;t. If you end up using anything, test it with fentanyl test strips and keep naloxone around."),
                 post(1513, "dm_me_plz", "Nov 2, 2026", "DM me"),
                 post(1514, "Mod_Ash", "Nov 2, 2026",
                      "Scam warning: user &#39;fentking&#39; took BTC from three members this month. No escrow, no deal."),
             ]]),
        dict(id=163, slug="vendor-review-piperchem-eu", node=6, prefix=("Review", "blue"),
             title="Vendor review: PiperChem_EU", author="dopamine_dan", replies=2, views="1.3K", pages=[[
                 post(1631, "dopamine_dan", "Nov 5, 2026",
                      "Ordered 100 g NPP and 50 g 4-ANPP. The parcel was declared as &#39;printer toner&#39; on the CN23, arrived in "
                      "4 days, stealth 10/10. Purity tested fine on our melting point apparatus."),
                 post(1632, "kettle_brown", "Nov 5, 2026", "Same experience with their 1-Boc-4-AP, fast and well packed."),
                 post(1633, "PiperChem_EU", "Nov 6, 2026", "Thanks for the feedback, see you next time!"),
             ]]),
        dict(id=170, slug="wts-m30-blues-fent-de", node=4, prefix=("WTS", "green"),
             title="M30 Blues (fent) \u2014 DE", author="blau_express", replies=6, views="3.4K", pages=[[
                 post(1701, "blau_express", "Oct 20, 2026",
                      "Verkaufe M30 &quot;Blues&quot;, gepresst, enthalten Fentanyl (ca. 2 mg/Tab, getestet).<br>"
                      "10 Stk 120 \u20ac \u00b7 50 Stk 450 \u20ac \u00b7 100 Stk 800 \u20ac<br>"
                      "Versand diskret: geruchsdicht eingeschwei\u00dft, neutraler Absender, kein Hinweis auf den Inhalt.<br>"
                      "Bei Verlust versenden wir einmalig kostenlos neu.<br>Kontakt: Threema BX7T2M9Q",
                      [fentanyl], [], ["stealth", "reship"]),
                 post(1702, "realoxy_only", "Oct 21, 2026", "Are these fent-free? I want real oxy."),
                 post(1703, "blau_express", "Oct 21, 2026",
                      "Nein \u2014 these are fent pressies, steht im Titel. If you want fent-free pharma, look elsewhere."),
                 post(1704, "harm_reducer", "Oct 21, 2026", "Please test everything with fentanyl test strips; naloxone saves lives."),
             ], [
                 post(1705, "pharmacy_plug", "Oct 24, 2026",
                      "Real pharma Oxycodone 30 mg (Roxicodone, KVK), 0% fentanyl \u2014 every batch checked with test strips. "
                      "$35 each, minimum 20. Wickr: pharmplug", [oxycodone]),
                 post(1706, "realoxy_only", "Oct 24, 2026", "Thanks, DM&#39;d you."),
                 post(1707, "Mod_Ash", "Oct 25, 2026", "@pharmacy_plug open your own thread next time."),
             ]]),
        dict(id=180, slug="fentanyl-test-strip-results-megathread", node=7, prefix=("Sticky", "yellow"),
             title="Fentanyl test strip results megathread", author="harm_reducer", replies=3, views="12K", pages=[[
                 post(1801, "harm_reducer", "Jan 10, 2026",
                      "Post your fentanyl test strip (FTS) results here: what it was sold as, where, and the result. "
                      "No sourcing, no vendor names."),
                 post(1802, "nordic_owl", "Sep 3, 2026", "Street &#39;oxy&#39; 30s from a local dealer: FTS positive, twice. Binned them."),
                 post(1803, "chem_nerd", "Sep 5, 2026",
                      "Reminder that FTS do not pick up nitazenes like protonitazene or metonitazene, and xylazine is not an opioid, "
                      "so naloxone will not reverse it."),
                 post(1804, "harm_reducer", "Oct 2, 2026", "Nitazene strips are in field trials; we will post results when available."),
             ]]),
        dict(id=190, slug="wts-supply-1-boc-4-piperidone-bmk-pmk-factory-direct", node=4, prefix=("WTS", "green"),
             title="\u4f9b\u5e94 1-Boc-4-piperidone / BMK / PMK \u2014 factory direct", author="hubei_kaida", replies=2, views="1.9K", pages=[[
                 post(1901, "hubei_kaida", "Oct 15, 2026",
                      "\u5de5\u5382\u76f4\u9500 / Factory direct:<br>"
                      "\u2022 N-\u53d4\u4e01\u6c27\u7fb0\u57fa-4-\u54cc\u5576\u916e (1-Boc-4-piperidone) CAS\uff1a79099-07-3\uff0c99%\uff0c"
                      "1 kg \u8d77\u8ba2\uff0cUS$ 95/kg<br>"
                      "\u2022 \u65b0BMK (BMK\u7532\u57fa\u7f29\u6c34\u7518\u6cb9\u9178\u916f) CAS 80532-66-7\uff0cUS$ 40/kg<br>"
                      "\u2022 PMK\u7532\u57fa\u7f29\u6c34\u7518\u6cb9\u9178\u916f CAS 13605-48-6\uff0cUS$ 55/kg<br>"
                      "\u5305\u6e05\u5173\uff0c\u53cc\u6e05\u5305\u7a0e\u5230\u95e8\u3002\u6d77\u5173\u6263\u8d27\u514d\u8d39\u91cd\u53d1\u3002"
                      "\u53ef\u6309\u5ba2\u6237\u8981\u6c42\u66f4\u6539\u54c1\u540d\u62a5\u5173\u3002<br>"
                      "WhatsApp / Telegram: @kaida_chem",
                      [bocpip, bmk_mg, pmk_mg], ["79099-07-3", "80532-66-7", "13605-48-6"], ["customs", "reship", "mislabel"]),
                 post(1902, "mx_import", "Oct 16, 2026", "Do you ship to Mexico? Need 25 kg BMK."),
                 post(1903, "hubei_kaida", "Oct 16, 2026",
                      "Yes. \u58a8\u897f\u54e5\u6d77\u5916\u4ed3\u73b0\u8d27\uff0c\u5f53\u5730\u6d3e\u9001 3-5 \u5929 \u2014 "
                      "stock in our Mexico warehouse, local delivery in 3-5 days.", [], [], ["forwarding"]),
             ]]),
        dict(id=201, slug="wts-fentanyl-citrate-carfentanil-bulk", node=4, prefix=("WTS", "green"),
             title="\uff46\uff45\uff4e\uff54\uff41\uff4e\uff59\uff4c citrate + \U0001d5f0\U0001d5ee\U0001d5ff\U0001d5f3\U0001d5f2\U0001d5fb\U0001d601\U0001d5ee\U0001d5fb\U0001d5f6\U0001d5f9 \u2014 bulk",
             author="ghost_rx", replies=2, views="2.7K", pages=[[
                 post(2011, "ghost_rx", "Oct 5, 2026",
                      "f e n t a n y l citrate 99.5% (CAS 990-73-8) \u2014 10 g $900 / 50 g $3,800<br>"
                      "\U0001d5d6\U0001d5d4\U0001d5e5\U0001d5d9\U0001d5d8\U0001d5e1\U0001d5e7\U0001d5d4\U0001d5e1\U0001d5dc\U0001d5df 1 g $650<br>"
                      "furanyl-f3nt 5 g $400<br><br>"
                      "Packed inside a sealed scented candle, impossible to spot on a scan. The invoice reads &#39;aroma candles&#39;.<br>"
                      "Contact: Session 05ab9c3e71f2d4",
                      [fentanyl, carfentanil, furanylf], ["990-73-8"], ["stealth", "mislabel"]),
                 post(2012, "newbie_42", "Oct 6, 2026", "is this legit?"),
                 post(2013, "Mod_Ash", "Oct 7, 2026", "ghost_rx is banned after scam reports. Thread left up as a warning."),
             ]]),
        dict(id=215, slug="wts-p-chlorofentanyl-new-frs-n-desethyl-isotonitazene", node=4, prefix=("WTS", "green"),
             title="p-Chlorofentanyl (new FRS) + N-desethyl isotonitazene", author="novachem_lab", replies=1, views="870", pages=[[
                 post(2151, "novachem_lab", "Nov 2, 2026",
                      "Fresh synthesis, not scheduled by name anywhere:<br>"
                      "\u2022 N-(4-chlorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide \u2014 1 g $220 / 5 g $900<br>"
                      "\u2022 N-Desethyl isotonitazene (CAS 2732926-24-6) \u2014 500 mg $260<br>"
                      "Customs is handled on our side: DDP, our agent clears the parcel before it reaches you.<br>"
                      "Contact: Session 05c1f7d2a8e4b9",
                      [pclf, desethyl_iso], ["2732926-24-6"], ["customs"]),
                 post(2152, "chem_nerd", "Nov 2, 2026",
                      "So para-chlorofentanyl. That falls under the fentanyl-related substance class controls in the US and China, FYI."),
             ]]),
        dict(id=220, slug="is-4-methyl-acetylfentanyl-covered-by-the-frs-class", node=8, prefix=("Question", "blue"),
             title="Is 4&#39;-methyl acetylfentanyl covered by the FRS class?", author="chem_nerd", replies=2, views="410", pages=[[
                 post(2201, "chem_nerd", "Sep 12, 2026",
                      "N-(4-methylphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]acetamide: acyl swap (E) plus a methyl on the aniline ring (D). "
                      "My reading of the HALT wording is yes. Same for the nitazene class in China: isotonitazepyne and "
                      "N-desethyl protonitazene are both covered by the amino-group rule."),
                 post(2202, "harm_reducer", "Sep 12, 2026", "Agreed. Class rules exist exactly so new analogues don&#39;t slip through."),
                 post(2203, "Mod_Ash", "Sep 13, 2026", "Good thread. Reminder: no sourcing talk in this section."),
             ]]),
    ]
    node_by_id = {n[0]: n for n in nodes}
    tdict = {t["id"]: t for t in threads}
    latest = [170, 151, 190, 180]     # site-wide "Latest posts" widget

    def turl(t, page=1):
        return "/threads/%s.%d/%s" % (t["slug"], t["id"], "" if page == 1 else "page-%d" % page)

    def label(t):
        return "<span class='label label--%s' dir='auto'>%s</span>" % (t["prefix"][1], t["prefix"][0])

    def tplain(t):
        return "%s %s" % (t["prefix"][0], t["title"])

    def avatar(name, size="m"):
        uid = users[name][0]
        return ("<a href='/members/%s.%d/' class='avatar avatar--%s avatar--default avatar--default--dynamic' data-user-id='%d' data-xf-init='member-tooltip'>"
                "<span class='avatar-u%d-%s' role='img' aria-label='%s'>%s</span></a>" % (name.lower(), uid, size, uid, uid, size, name, name[0].upper()))

    sidebar = ("<div class='p-body-sidebar'><div class='block' data-widget-id='5' data-widget-key='forum_overview_new_posts' data-widget-definition='new_posts'>"
               "<div class='block-container'><h3 class='block-minorHeader'><a href='/whats-new/posts/' rel='nofollow'>Latest posts</a></h3><ul class='block-body'>%s</ul></div></div>"
               "<div class='block' data-widget-id='9' data-widget-key='forum_overview_forum_statistics'><div class='block-container'>"
               "<h3 class='block-minorHeader'>Forum statistics</h3><div class='block-body block-row'><dl class='pairs pairs--justified count--threads'><dt>Threads</dt><dd>1,204</dd></dl>"
               "<dl class='pairs pairs--justified count--messages'><dt>Messages</dt><dd>18,330</dd></dl><dl class='pairs pairs--justified count--users'><dt>Members</dt><dd>5,221</dd></dl>"
               "</div></div></div></div>"
               % "".join("<li class='block-row'><div class='contentRow'><div class='contentRow-figure'>%s</div><div class='contentRow-main contentRow-main--close'>"
                         "<a href='%s'>%s %s</a><div class='contentRow-minor contentRow-minor--hideLinks'><ul class='listInline listInline--bullet'>"
                         "<li>Latest: %s</li><li><time class='u-dt'>%s</time></li></ul></div><div class='contentRow-minor contentRow-minor--hideLinks'>"
                         "<a href='/forums/%s.%d/'>%s</a></div></div></div></li>"
                         % (avatar(tdict[i]["author"], "xxs"), turl(tdict[i]), label(tdict[i]), tdict[i]["title"],
                            tdict[i]["pages"][-1][-1]["author"], tdict[i]["pages"][-1][-1]["date"],
                            node_by_id[tdict[i]["node"]][1], tdict[i]["node"], node_by_id[tdict[i]["node"]][2]) for i in latest))

    def page(title, main, crumbs=(), template="forum_list", desc="", nav_next=""):
        cr = "".join("<li itemprop='itemListElement' itemscope itemtype='https://schema.org/ListItem'><a href='%s' itemprop='item'><span itemprop='name'>%s</span></a>"
                     "<meta itemprop='position' content='%d'></li>" % (u, t, k + 1) for k, (u, t) in enumerate([("/", "Forums")] + list(crumbs)))
        return ("<!DOCTYPE html><html id='XF' lang='en-US' dir='LTR' data-xf='2.2' data-app='public' data-template='%s' data-logged-in='false' "
                "data-cookie-prefix='xf_' data-csrf='1730619482,6f1c0e2b9a7d4c3e' class='has-no-js template-%s'><head><meta charset='utf-8'>"
                "<meta http-equiv='X-UA-Compatible' content='IE=Edge'><meta name='viewport' content='width=device-width, initial-scale=1, viewport-fit=cover'>"
                "<title>%s | RCtalk</title>%s<link rel='stylesheet' href='/css.php?css=public%%3Anormalize.css%%2Cpublic%%3Afa.css%%2Cpublic%%3Acore.less%%2Cpublic%%3Aapp.less&amp;s=1&amp;l=1&amp;d=1729001122&amp;k=1c2d3e'>"
                "<script src='/js/xf/preamble.min.js?_v=4fa7e2a1'></script>"
                "<script>XF.ready(function(){XF.extendObject(true, XF.config, {url: {fullBase: '/', basePath: '/'}, cookie: {path: '/', prefix: 'xf_'}, visitorCounts: {conversations_unread: '0'}});});</script>"
                "</head><body data-template='%s'><div class='p-pageWrapper' id='top'>"
                "<header class='p-header' id='header'><div class='p-header-inner'><div class='p-header-content'><div class='p-header-logo p-header-logo--image'>"
                "<a href='/'><img src='/styles/rctalk/logo.png' alt='RCtalk' width='180' height='36'></a></div></div></div></header>"
                "<div class='p-navSticky p-navSticky--primary' data-xf-init='sticky-header'><nav class='p-nav'><div class='p-nav-inner'><div class='p-nav-scroller hScroller'>"
                "<ul class='p-nav-list js-offCanvasNavSource'><li><div class='p-navEl is-selected'><a href='/' class='p-navEl-link'>Forums</a></div></li>"
                "<li><div class='p-navEl'><a href='/whats-new/' class='p-navEl-link'>What&#39;s new</a></div></li>"
                "<li><div class='p-navEl'><a href='/events/2026-11' class='p-navEl-link'>Events</a></div></li>"
                "<li><div class='p-navEl'><a href='/members/' class='p-navEl-link'>Members</a></div></li>"
                "<li><div class='p-navEl'><a href='/help/terms/' class='p-navEl-link'>Rules</a></div></li></ul></div>"
                "<div class='p-nav-opposite'><div class='p-navgroup p-account p-navgroup--guest'><a href='/login/' class='p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn' rel='nofollow'>Log in</a>"
                "<a href='/register/' class='p-navgroup-link p-navgroup-link--textual p-navgroup-link--register' rel='nofollow'>Register</a></div>"
                "<div class='p-navgroup p-discovery'><a href='/search/' class='p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search' rel='nofollow'>Search</a></div></div></div></nav></div>"
                "<div class='p-body'><div class='p-body-inner'><ul class='p-breadcrumbs' itemscope itemtype='https://schema.org/BreadcrumbList'>%s</ul>"
                "<div class='p-body-header'><div class='p-title'><h1 class='p-title-value'>%s</h1></div>%s</div>"
                "<div class='p-body-main p-body-main--withSidebar'><div class='p-body-content'><div class='p-body-pageContent'>%s</div></div>%s</div></div></div>"
                "<footer class='p-footer' id='footer'><div class='p-footer-inner'><div class='p-footer-row'><div class='p-footer-row-opposite'><ul class='p-footer-linkList'>"
                "<li><a href='/misc/contact' data-xf-click='overlay'>Contact us</a></li><li><a href='/help/terms/'>Terms and rules</a></li>"
                "<li><a href='/help/privacy-policy/'>Privacy policy</a></li><li><a href='/help/'>Help</a></li><li><a href='/'>Home</a></li></ul></div></div>"
                "<div class='p-footer-copyright'><a href='https://xenforo.com' class='u-concealed' dir='ltr' target='_blank' rel='sponsored noopener'>"
                "Community platform by XenForo<sup>&reg;</sup> <span class='copyright'>&copy; 2010-2026 XenForo Ltd.</span></a></div></div></footer></div>"
                "<div class='u-bottomFixer js-bottomFixTarget'><div class='notices notices--bottom_fixer js-notices' data-type='bottom_fixer'>"
                "<div class='notice js-notice notice--primary notice--cookie' data-notice-id='-1'><div class='notice-content'>This site uses cookies to help personalise content and to keep you logged in. "
                "<a href='/account/dismiss-notice' class='button--notice button'>Accept</a> <a href='/help/privacy-policy/' class='button--notice button'>Learn more</a></div></div></div></div>"
                "</body></html>"
                % (template, template, re.sub("<[^>]+>", "", title), nav_next, template, cr, title, desc, main, sidebar))

    def render_post(t, pg, k, p):
        u = users[p["author"]]
        banner = ("<div class='userBanner userBanner--%s message-userBanner' itemprop='jobTitle'><span class='userBanner-before'></span>"
                  "<strong>%s</strong><span class='userBanner-after'></span></div>" % ("staff" if u[2] == "Staff member" else "green", u[2])) if u[2] else ""
        return ("<article class='message message--post js-post js-inlineModContainer' data-author='%s' data-content='post-%d' id='js-post-%d'>"
                "<span class='u-anchorTarget' id='post-%d'></span><div class='message-inner'><div class='message-cell message-cell--user'>"
                "<section class='message-user' itemprop='author' itemscope itemtype='https://schema.org/Person'><div class='message-avatar'><div class='message-avatar-wrapper'>%s</div></div>"
                "<div class='message-userDetails'><h4 class='message-name'><a href='/members/%s.%d/' class='username' dir='auto' data-user-id='%d' itemprop='name'>%s</a></h4>"
                "<h5 class='userTitle message-userTitle' dir='auto'>%s</h5>%s</div>"
                "<div class='message-userExtras'><dl class='pairs pairs--justified'><dt>Joined</dt><dd>%s</dd></dl>"
                "<dl class='pairs pairs--justified'><dt>Messages</dt><dd>%d</dd></dl></div><span class='message-userArrow'></span></section></div>"
                "<div class='message-cell message-cell--main'><div class='message-main js-quickEditTarget'><header class='message-attribution message-attribution--split'>"
                "<ul class='message-attribution-main listInline'><li class='u-concealed'><a href='%s#post-%d' rel='nofollow'><time class='u-dt' dir='auto'>%s</time></a></li></ul>"
                "<ul class='message-attribution-opposite message-attribution-opposite--list'><li><a href='/posts/%d/' class='message-attribution-gadget' rel='nofollow'>Share</a></li>"
                "<li><a href='%s#post-%d' rel='nofollow'>#%d</a></li></ul></header>"
                "<div class='message-content js-messageContent'><div class='message-userContent lbContainer js-lbContainer' data-lb-id='post-%d'>"
                "<article class='message-body js-selectToQuote'><div class='bbWrapper'>%s</div><div class='js-selectToQuoteEnd'>&nbsp;</div></article></div></div>"
                "<footer class='message-footer'><div class='message-actionBar actionBar'><div class='actionBar-set actionBar-set--external'>"
                "<a href='/login/?r=react' class='reaction actionBar-action' rel='nofollow'>Like</a>"
                "<a href='/login/?r=reply' class='actionBar-action actionBar-action--reply' rel='nofollow'>Reply</a></div></div></footer>"
                "</div></div></div></article>"
                % (p["author"], p["pid"], p["pid"], p["pid"], avatar(p["author"]), p["author"].lower(), u[0], u[0], p["author"], u[1], banner,
                   u[3], u[4], turl(t, pg), p["pid"], p["date"], p["pid"], turl(t, pg), p["pid"], k, p["pid"], p["html"]))

    n_before = 0
    for t in threads:
        node = node_by_id[t["node"]]
        npages = len(t["pages"])
        k = 0
        for pg, posts in enumerate(t["pages"], 1):
            pnav = ""
            if npages > 1:
                pnav = ("<div class='block-outer'><div class='block-outer-main'><nav class='pageNavWrapper pageNavWrapper--mixed'><div class='pageNav'>"
                        "<ul class='pageNav-main'>%s</ul>%s</div></nav></div></div>"
                        % ("".join("<li class='pageNav-page%s'><a href='%s'>%d</a></li>" % (" pageNav-page--current" if q == pg else "", turl(t, q), q)
                                   for q in range(1, npages + 1)),
                           ("<a href='%s' class='pageNav-jump pageNav-jump--next'>Next</a>" % turl(t, pg + 1)) if pg < npages else ""))
            body = []
            for p in posts:
                k += 1
                body.append(render_post(t, pg, k, p))
                s.redirects["/posts/%d/" % p["pid"]] = turl(t, pg)
            main = ("<div class='block block--messages' data-xf-init='' data-type='post' data-href='/inline-mod/' data-search-target='*'>%s"
                    "<div class='block-container lbContainer' data-xf-init='lightbox select-to-quote' data-lb-id='thread-%d'>"
                    "<div class='block-body js-replyNewMessageContainer'>%s</div></div>%s</div>"
                    "<div class='blockMessage blockMessage--alt'>You must <a href='/login/'>log in or register</a> to reply here.</div>"
                    % (pnav, t["id"], "".join(body), pnav))
            desc = ("<div class='p-description'><ul class='listInline listInline--bullet'><li>Thread starter "
                    "<a href='/members/%s.%d/' class='username u-concealed' dir='auto'>%s</a></li><li>Start date <time class='u-dt'>%s</time></li></ul></div>"
                    % (t["author"].lower(), users[t["author"]][0], t["author"], t["pages"][0][0]["date"]))
            nxt = ("<link rel='next' href='%s'>" % turl(t, pg + 1)) if pg < npages else ""
            hits, cas, claims = set(), set(), set()
            for p in posts:
                hits |= {x.key for x in p["subs"]}
                cas |= set(p["cas"])
                claims |= set(p["claims"])
            s.add(P(turl(t, pg), page("%s %s" % (label(t), t["title"]), main, [("/forums/%s.%d/" % (node[1], node[0]), node[2])],
                                      "thread_view", desc, nxt),
                    hits=hits, cas=cas, claims=claims, listing=bool(hits)))
        s.redirects["/threads/%d/" % t["id"]] = turl(t)
    # ---- node (thread list) pages: titles are navigation, not offers (no price, no way to buy on this page)
    for nid, slug, name, ndesc in nodes:
        items = [t for t in threads if t["node"] == nid]
        rows = "".join(
            "<div class='structItem structItem--thread js-inlineModContainer js-threadListItem-%d' data-author='%s'>"
            "<div class='structItem-cell structItem-cell--icon'><div class='structItem-iconContainer'>%s</div></div>"
            "<div class='structItem-cell structItem-cell--main' data-xf-init='touch-proxy'><div class='structItem-title'>%s "
            "<a href='%s' data-tp-primary='on'>%s</a></div><div class='structItem-minor'><ul class='structItem-parts'>"
            "<li><a href='/members/%s.%d/' class='username' dir='auto'>%s</a></li><li class='structItem-startDate'><time class='u-dt'>%s</time></li></ul>%s</div></div>"
            "<div class='structItem-cell structItem-cell--meta'><dl class='pairs pairs--justified'><dt>Replies</dt><dd>%d</dd></dl>"
            "<dl class='pairs pairs--justified structItem-minor'><dt>Views</dt><dd>%s</dd></dl></div>"
            "<div class='structItem-cell structItem-cell--latest'><time class='structItem-latestDate u-dt'>%s</time><div class='structItem-minor'>"
            "<a href='/members/%s.%d/' class='username' dir='auto'>%s</a></div></div></div>"
            % (t["id"], t["author"], avatar(t["author"], "s"), label(t), turl(t), t["title"], t["author"].lower(), users[t["author"]][0],
               t["author"], t["pages"][0][0]["date"],
               ("<span class='structItem-pageJump'>%s</span>" % "".join("<a href='%s'>%d</a>" % (turl(t, q), q) for q in range(2, len(t["pages"]) + 1)))
               if len(t["pages"]) > 1 else "",
               t["replies"], t["views"], t["pages"][-1][-1]["date"], t["pages"][-1][-1]["author"].lower(),
               users[t["pages"][-1][-1]["author"]][0], t["pages"][-1][-1]["author"]) for t in items)
        main = ("<div class='block' data-xf-init='' data-type='thread' data-href='/inline-mod/'><div class='block-outer'>"
                "<div class='block-outer-opposite'><div class='buttonGroup'><a href='/login/?r=post-thread' class='button--cta button button--icon button--icon--write' rel='nofollow'>"
                "<span class='button-text'>Post thread</span></a></div></div></div><div class='block-container'>"
                "<div class='block-filterBar'><div class='filterBar'><a class='filterBar-menuTrigger' href='/forums/%s.%d/?order=last_post_date&amp;direction=desc'>Sort by: Last reply</a></div></div>"
                "<div class='block-body'><div class='structItemContainer'><div class='structItemContainer-group js-threadList'>%s</div></div></div></div></div>"
                % (slug, nid, rows))
        s.add(P("/forums/%s.%d/" % (slug, nid), page(name, main, [("/forums/%s.%d/" % (slug, nid), name)], "forum_view",
                                                     "<div class='p-description'>%s</div>" % ndesc)))
    # ---- index
    cats = [("Trading", [4, 5, 6]), ("Community", [7, 8])]
    blocks = ""
    for cname, nids in cats:
        nodes_html = ""
        for nid in nids:
            nid_, slug, name, ndesc = node_by_id[nid]
            items = [t for t in threads if t["node"] == nid]
            last = items[-1]
            nodes_html += ("<div class='node node--id%d node--depth2 node--forum node--read'><div class='node-body'>"
                           "<span class='node-icon' aria-hidden='true'><i class='fa--xf far fa-comments'></i></span>"
                           "<div class='node-main js-nodeMain'><h3 class='node-title'><a href='/forums/%s.%d/' data-shortcut='node-description'>%s</a></h3>"
                           "<div class='node-description node-description--tooltip js-nodeDescTooltip'>%s</div></div>"
                           "<div class='node-stats'><dl class='pairs pairs--rows'><dt>Threads</dt><dd>%d</dd></dl></div>"
                           "<div class='node-extra'><div class='node-extra-row'><a href='%s' class='node-extra-title' title='%s'>%s %s</a></div>"
                           "<div class='node-extra-row'><ul class='listInline listInline--bullet'><li class='node-extra-date'><time class='u-dt'>%s</time></li>"
                           "<li class='node-extra-user'><a href='/members/%s.%d/' class='username' dir='auto'>%s</a></li></ul></div></div></div></div>"
                           % (nid, slug, nid, name, ndesc, len(items) * 37, turl(last), re.sub("<[^>]+>", "", last["title"]), label(last), last["title"],
                              last["pages"][-1][-1]["date"], last["pages"][-1][-1]["author"].lower(), users[last["pages"][-1][-1]["author"]][0],
                              last["pages"][-1][-1]["author"]))
        blocks += ("<div class='block block--category block--category%d'><span class='u-anchorTarget' id='%s.%d'></span><div class='block-container'>"
                   "<h2 class='block-header'><a href='/#%s.%d'>%s</a></h2><div class='block-body'>%s</div></div></div>"
                   % (nids[0], cname.lower(), nids[0], cname.lower(), nids[0], cname, nodes_html))
    s.add(P("/", page("RCtalk \u2014 research chemical community", blocks, (), "forum_list")))
    rules = ("<div class='block'><div class='block-container'><div class='block-body block-row'><div class='bbWrapper'>"
             "<h3>Marketplace rules</h3><ol><li>Only verified vendors may open WTS threads. Unverified sellers posting offers in other threads get a warning.</li>"
             "<li>Prohibited everywhere: fentanyl and carfentanil, all fentanyl analogues, nitazenes (isotonitazene, protonitazene, metonitazene &hellip;), "
             "and pressed pills sold as pharmaceuticals.</li><li>No posting of personal data, no doxxing.</li>"
             "<li>Vendors must state their reship and refund policy in their thread.</li><li>Use escrow. Staff never ask for payment.</li></ol>"
             "<p>Threads that break these rules are locked or left up with a warning so members can see the scam history.</p></div></div></div></div>")
    s.add(P("/help/terms/", page("Terms and rules", rules, [("/help/", "Help"), ("/help/terms/", "Terms and rules")], "help_page")))
    s.add(P("/help/", page("Help", "<div class='block'><div class='block-container'><div class='block-body'>"
                           "<a class='blockLink' href='/help/terms/'>Terms and rules</a><a class='blockLink' href='/help/privacy-policy/'>Privacy policy</a>"
                           "</div></div></div>", [("/help/", "Help")], "help_index")))
    s.add(P("/help/privacy-policy/", page("Privacy policy", "<div class='block'><div class='block-container'><div class='block-body block-row'>"
                                          "We store the minimum data needed to run the forum. IP logs are purged after 7 days.</div></div></div>",
                                          [("/help/", "Help")], "help_page")))
    s.add(Page("/members/", "<html><body>Members</body></html>"))
    s.add(Page("/css.php", ".p-body{max-width:1200px}", ctype="text/css"))
    s.add(Page("/styles/rctalk/logo.png", tiny_png(77), ctype="image/png"))
    return s

# ================================================================ 5. huadong-news (Chinese news portal, GBK) -- hard negative

def news_huadong():
    s = Site("huadong-news", "news-portal-zh")
    s.robots = "User-agent: *\nDisallow: /member/\nDisallow: /comment/\nDisallow: /api/\n"
    s.disallow = ["/member/", "/comment/", "/api/"]
    s.trap_prefix = "/archive/"
    s.junk_params = ["from", "utm_source", "utm_medium"]
    CS = "gbk"
    chans = [("shehui", "社会"), ("fazhi", "法治"), ("guoji", "国际"), ("gat", "港澳台"), ("fagui", "政策法规")]
    hot = ["芬太尼", "尼秦类物质", "4-哌啶酮", "易制毒化学品", "6·26国际禁毒日", "缉毒犬", "流感疫苗"]

    def tbl(rows, head=("序号", "中文名", "英文名", "CAS号")):
        return ("<table class='notice-table' border='1' cellspacing='0' cellpadding='4'><tr>%s</tr>%s</table>"
                % ("".join("<th>%s</th>" % h for h in head),
                   "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in (str(i + 1),) + r) for i, r in enumerate(rows))))

    arts = [
        dict(id=1093842, ch="shehui", date="2026-11-05 09:12", src="华东在线综合", title="海关查获伪报为“工业清洗剂”的芬太尼前体化学品500公斤",
             body="<p>本报讯（记者 林晓）记者从某海关获悉，该关近日在一批申报为“工业清洗剂”的出口货物中查获N-苯乙基-4-哌啶酮（NPP，CAS号39742-60-4）"
                  "约500公斤。据介绍，该批货物收货地为北美某国，发货人在报关单上将品名、用途全部伪报。</p>"
                  "<p>海关人员在查验时发现货物外包装为普通塑料桶，内衬铝箔袋，经实验室检测确认为列管的芬太尼类物质前体。目前案件已移交缉私部门进一步侦办。</p>"
                  "<p>海关提醒，NPP、4-ANPP等芬太尼前体均属国家管制的易制毒化学品，未经许可不得进出口。</p>"),
        dict(id=1093851, ch="fazhi", date="2026-11-04 16:40", src="法治日报", title="公安部督办：破获一起网上制贩芬太尼类物质案",
             body="<p>近日，公安机关成功破获一起利用境外社交平台制贩芬太尼类物质的案件，抓获犯罪嫌疑人9名，缴获乙酰芬太尼、卡芬太尼等成品及半成品12公斤。</p>"
                  "<p>经查，犯罪嫌疑人在网上发布“包清关”“可改品名报关”“海关扣货免费重发”等广告，以“科研试剂”名义向境外销售，"
                  "并通过虚假申报、夹藏等方式逃避监管。</p><p>办案民警介绍，此类广告往往附带CAS号和“现货供应”字样，群众发现后可向公安机关举报。</p>"),
        dict(id=1093860, ch="gat", date="2026-11-03 11:05", src="本網香港訊", title="香港海關機場檢獲懷疑芬太尼前體 4-ANPP 約二十公斤",
             body="<p>香港海關昨日在香港國際機場一批由內地經港轉運往墨西哥的空運貨物中，檢獲約二十公斤懷疑受管制化學品4-ANPP（4-苯胺基-N-苯乙基哌啶）。"
                  "貨物申報為「陶瓷顏料」，估計市值約三百萬港元。</p><p>海關表示，會繼續與內地及海外執法機構緊密合作，打擊利用香港轉運毒品前體的活動。"
                  "案件仍在調查中。</p>"),
        dict(id=1093877, ch="fazhi", date="2026-11-02 08:30", src="新华社", title="专家解读：尼秦类物质为何实施整类列管",
             body="<p>自2025年7月1日起，我国对尼秦类物质实施整类列管。专家介绍，尼秦类物质是一类苯并咪唑类合成阿片，代表物质有依托尼秦、异托尼秦、"
                  "普罗托尼秦等，其效力可达吗啡的数百倍。</p><p>整类列管后，凡结构符合定义的物质，即便尚未被单独命名，如N-去乙基普罗托尼秦、N-吡咯烷基异托尼秦等新变体，"
                  "也都纳入管制范围。</p><p>专家提醒，近年来部分境外网站以“研究化学品”名义兜售此类物质，公众切勿购买。</p>"),
        dict(id=1093880, ch="fagui", date="2026-10-31 10:00", src="国家禁毒委员会办公室", title="关于将尼秦类物质列入《非药用类麻醉药品和精神药品管制品种增补目录》的公告（全文）",
             body="<p>根据《麻醉药品和精神药品管理条例》有关规定，公安部、国家卫生健康委员会和国家药品监督管理局决定将尼秦类物质列入"
                  "《非药用类麻醉药品和精神药品管制品种增补目录》。现将有关事项公告如下：</p>"
                  "<p>一、“尼秦类物质”是指以依托尼秦为母体结构，符合以下一个或多个条件的物质……</p>"
                  "<p>二、附表所列物质为已发现的尼秦类物质，包括但不限于：</p>"
                  + tbl([("异托尼秦", "Isotonitazene", "14188-81-9"), ("美托尼秦", "Metonitazene", "14680-51-4"),
                         ("普罗托尼秦", "Protonitazene", "95958-84-2"), ("布托尼秦", "Butonitazene", "95810-54-1"),
                         ("N-吡咯烷基依托尼秦", "Etonitazepyne", "2785346-75-8"), ("N-去乙基异托尼秦", "N-Desethyl isotonitazene", "2732926-24-6"),
                         ("去硝基依托尼秦", "Etazene", "14030-76-3")])
                  + "<p>三、本公告自2025年7月1日起施行。</p><p class='sign'>公安部 国家卫生健康委员会 国家药品监督管理局</p>"),
        dict(id=1093884, ch="fagui", date="2026-10-30 10:00", src="公安部", title="关于调整易制毒化学品品种目录的公告：增列4-哌啶酮等两种芬太尼前体",
             body="<p>为加强易制毒化学品管理，根据《易制毒化学品管理条例》，国务院批准将4-哌啶酮和1-叔丁氧羰基-4-哌啶酮增列为第一类易制毒化学品。</p>"
                  "<p>此前已列管的芬太尼类前体化学品与本次增列品种一览如下：</p>"
                  + tbl([("N-苯乙基-4-哌啶酮", "NPP", "39742-60-4"), ("4-苯胺基-N-苯乙基哌啶", "4-ANPP", "21409-26-7"),
                         ("4-苯胺基哌啶", "4-AP", "23056-29-3"), ("1-叔丁氧羰基-4-苯胺基哌啶", "1-boc-4-AP", "125541-22-2"),
                         ("去甲芬太尼", "Norfentanyl", "1609-66-1"), ("4-哌啶酮", "4-Piperidone", "41661-47-6"),
                         ("1-叔丁氧羰基-4-哌啶酮", "1-boc-4-Piperidone", "79099-07-3")])
                  + "<p>生产、经营、购买、运输和进出口上述化学品，应依法取得许可。</p>"),
        dict(id=1093890, ch="guoji", date="2026-10-29 21:18", src="环球网", title="墨西哥军方查获逾百万片“M30”蓝色药片",
             body="<p>据墨西哥媒体报道，墨西哥军方在锡那罗亚州一处秘密工厂查获超过一百万片仿冒“M30”羟考酮的蓝色药片，经检测其中含有芬太尼。"
                  "现场还查获压片机两台以及大量NPP、4-ANPP等前体化学品。</p><p>美国缉毒局称，这类蓝色药片在街头俗称“蓝片”（blues），"
                  "是造成美国阿片类药物过量死亡的主要原因之一。</p>"),
        dict(id=1093895, ch="guoji", date="2026-10-28 07:50", src="参考消息", title="美缉毒局将7种芬太尼相关物质永久列入一类管制",
             body="<p>美国缉毒局日前发布最终规则，将7种芬太尼相关物质永久列入《管制物质法》附表一，其中包括"
                  "N-(4-氯苯基)-N-[1-(2-苯乙基)哌啶-4-基]丙酰胺等结构。</p><p>分析人士指出，随着《HALT芬太尼法案》生效，"
                  "芬太尼相关物质已在美国实现整类永久管制。</p>"),
        dict(id=1093901, ch="shehui", date="2026-10-27 14:22", src="华东在线评论员", title="评论：警惕“科研试剂”网店成为毒品前体的销售渠道",
             body="<p>在一些电商和分类信息平台上，常能看到“现货供应N-苯乙基-4-哌啶酮，99%，价格面议”“包清关、隐蔽包装”之类的帖子。"
                  "这些所谓“科研试剂”网店，很多实际上是面向境外毒品加工者的销售渠道。</p>"
                  "<p>平台方应当落实审核责任，对含有芬太尼、尼秦及其前体名称或CAS号的信息及时拦截，并向公安机关报告。</p>"),
        dict(id=1093910, ch="gat", date="2026-10-26 18:02", src="本網台北訊", title="台灣海巡署查獲愷他命逾三百公斤",
             body="<p>海巡署日前於台南外海攔查一艘漁船，查獲愷他命（K他命）三百餘公斤，逮捕船員五人。海巡署表示，毒品來源仍在追查中。</p>"),
        dict(id=1093915, ch="shehui", date="2026-10-25 08:00", src="华东在线", title="秋冬流感高发季来临 专家建议尽早接种疫苗",
             body="<p>随着气温下降，流感进入高发季节。疾控专家建议，老年人、儿童和慢性病患者应尽早接种流感疫苗。</p>"),
    ]
    # one article page is served in two parts
    pages_of = {1093880: 2}

    def aurl(a, part=1):
        return "/%s/%s/%d%s.shtml" % (a["ch"], a["date"][:10].replace("-", ""), a["id"], "" if part == 1 else "_%d" % part)

    def page(title, main):
        html = ("<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Transitional//EN' 'http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd'>"
                "<html xmlns='http://www.w3.org/1999/xhtml'><head><meta http-equiv='Content-Type' content='text/html; charset=gbk' />"
                "<title>%s_华东在线</title><meta name='keywords' content='华东在线,新闻,社会,法治' />"
                "<link href='/css/hd_news.css' rel='stylesheet' type='text/css' /><script type='text/javascript' src='/js/jquery-1.8.3.min.js'></script></head><body>"
                "<div class='top-bar'><div class='w980'><span class='date'>2026年11月5日 星期四</span> <a href='/member/login.php'>登录</a> | "
                "<a href='/member/reg.php'>注册</a> | <a href='/'>设为首页</a></div></div>"
                "<div class='header w980'><a class='logo' href='/'>华东在线 HUADONG ONLINE</a>"
                "<form action='/api/search.php' method='get' class='search'><input name='q' /><input type='submit' value='搜索' /></form>"
                "<div class='hot-search'>热搜：%s</div></div>"
                "<div class='nav w980'><a href='/'>首页</a>%s<a href='/zt/626jindu/'>禁毒专题</a><a href='/archive/2026-11'>往期回顾</a></div>"
                "<div class='w980 main-wrap'>%s</div>"
                "<div class='footer'><p><a href='/about/'>关于我们</a> | <a href='/about/#contact'>联系我们</a> | <a href='/about/#ad'>广告服务</a> | "
                "<a href='/about/#law'>法律声明</a></p><p>违法和不良信息举报电话：0571-88880000</p>"
                "<p>Copyright &copy; 2006-2026 华东在线 版权所有 浙ICP备06012345号 浙公网安备33010602000123号</p></div></body></html>"
                % (title, " ".join("<a href='/api/search.php?q=%d'>%s</a>" % (i, h) for i, h in enumerate(hot)),
                   "".join("<a href='/%s/'>%s</a>" % c for c in chans), main))
        return html.encode(CS)

    side = ("<div class='side'><div class='side-box'><h3>24小时排行</h3><ol>%s</ol></div>"
            "<div class='side-box ad'><a href='/about/#ad'>广告：华东车展 11月18日开幕</a></div></div>"
            % "".join("<li><a href='%s'>%s</a></li>" % (aurl(a), a["title"]) for a in arts[:6]))
    for a in arts:
        chname = dict(chans)[a["ch"]]
        body = a["body"]
        nparts = pages_of.get(a["id"], 1)
        if nparts == 2:
            cut = body.index("<p>二、")
            parts = [body[:cut], body[cut:]]
        else:
            parts = [body]
        for part, txt in enumerate(parts, 1):
            pager = ""
            if nparts > 1:
                pager = "<div class='page-nav'>%s</div>" % " ".join(
                    "<a href='%s'>第%d页</a>" % (aurl(a, q), q) for q in range(1, nparts + 1))
            main = ("<div class='article-left'><div class='crumb'><a href='/'>首页</a> &gt; <a href='/%s/'>%s</a> &gt; 正文</div>"
                    "<h1>%s</h1><div class='info'>%s　来源：%s　<a href='/comment/%d'>我要评论</a></div>"
                    "<div class='content' id='artibody'>%s</div>%s<div class='editor'>（责任编辑：王冬）</div>"
                    "<div class='related'><h3>相关新闻</h3><ul>%s</ul></div></div>%s"
                    % (a["ch"], chname, a["title"], a["date"], a["src"], a["id"], txt, pager,
                       "".join("<li><a href='%s'>%s</a></li>" % (aurl(b), b["title"]) for b in arts if b["ch"] == a["ch"] and b is not a),
                       side))
            s.add(P(aurl(a, part), page(a["title"], main), ctype="text/html; charset=gbk"))
    for ch, chname in chans:
        lst = "".join("<li><span class='time'>%s</span><a href='%s'>%s</a></li>" % (a["date"][5:16], aurl(a), a["title"]) for a in arts if a["ch"] == ch)
        s.add(P("/%s/" % ch, page(chname + "频道", "<div class='article-left'><h2 class='ch-title'>%s</h2><ul class='news-list'>%s</ul></div>%s"
                                 % (chname, lst, side)), ctype="text/html; charset=gbk"))
    zt = [a for a in arts if a["id"] not in (1093910, 1093915)]
    s.add(P("/zt/626jindu/", page("6·26国际禁毒日专题", "<div class='article-left'><h2>珍爱生命 远离毒品——6·26国际禁毒日专题</h2>"
                                  "<ul class='news-list'>%s</ul></div>%s" % ("".join("<li><a href='%s'>%s</a></li>" % (aurl(a), a["title"]) for a in zt), side)),
            ctype="text/html; charset=gbk"))
    s.add(P("/", page("首页", "<div class='article-left'><div class='focus'><a href='%s'><h2>%s</h2></a></div><ul class='news-list'>%s</ul></div>%s"
                      % (aurl(arts[0]), arts[0]["title"], "".join("<li><a href='%s'>%s</a></li>" % (aurl(a), a["title"]) for a in arts[1:]), side)),
            ctype="text/html; charset=gbk"))
    s.add(P("/about/", page("关于我们", "<div class='article-left'><h2>关于我们</h2><p>华东在线创办于2006年，是华东地区综合性新闻网站。</p>"
                            "<p id='contact'>联系电话：0571-88880001</p><p id='ad'>广告合作：ad@huadong.example</p>"
                            "<p id='law'>本网转载稿件仅为传递信息，不代表本网观点。</p></div>"), ctype="text/html; charset=gbk"))
    s.flaky.add(aurl(arts[2]))
    s.flaky.add("/fagui/")
    s.add(Page("/css/hd_news.css", "body{font:12px SimSun}", ctype="text/css"))
    return s

# ================================================================ 6. northgate-univ (university department) -- benign listings + talk

def university_northgate():
    s = Site("northgate-univ", "university-department")
    s.robots = "User-agent: *\nDisallow: /intranet/\nDisallow: /stores/cart\nDisallow: /user/\n"
    s.disallow = ["/intranet/", "/stores/cart", "/user/"]
    s.trap_prefix = "/seminars/"
    s.redirects["/forensic-core"] = "/facilities/forensic-core/"
    s.redirects["/stores"] = "/stores/"

    def page(title, main, crumbs=(), section="Pharmacology &amp; Toxicology"):
        cr = " <span class='sep'>/</span> ".join(["<a href='/'>Home</a>"] + ["<a href='%s'>%s</a>" % c for c in crumbs])
        return ("<!DOCTYPE html><html lang='en' dir='ltr' prefix='og: https://ogp.me/ns#'><head><meta charset='utf-8'>"
                "<meta name='Generator' content='Drupal 10 (https://www.drupal.org)'><meta name='viewport' content='width=device-width, initial-scale=1.0'>"
                "<title>%s | Department of Pharmacology &amp; Toxicology | Northgate University</title>"
                "<link rel='stylesheet' media='all' href='/sites/default/files/css/css_q9L2.css?delta=0&amp;language=en&amp;theme=northgate'>"
                "<script type='application/json' data-drupal-selector='drupal-settings-json'>{\"path\":{\"baseUrl\":\"/\",\"currentLanguage\":\"en\"}}</script></head>"
                "<body class='path-node page-node-type-page'><a href='#main-content' class='visually-hidden focusable skip-link'>Skip to main content</a>"
                "<div class='dialog-off-canvas-main-canvas'><div class='ng-alert-bar'>Campus is open. Winter closure 24 Dec &ndash; 2 Jan.</div>"
                "<header role='banner' class='region region-header'><div class='ng-brand'><a href='https://www.northgate.example/'>Northgate University</a>"
                "<span class='ng-unit'><a href='/'>Department of Pharmacology &amp; Toxicology</a></span></div>"
                "<nav role='navigation' aria-labelledby='block-mainnav-menu' class='block block-menu navigation menu--main'><ul class='menu'>"
                "<li class='menu-item'><a href='/about/'>About</a></li><li class='menu-item'><a href='/research/'>Research</a></li>"
                "<li class='menu-item menu-item--expanded'><a href='/facilities/forensic-core/'>Forensic Analytical Core</a></li>"
                "<li class='menu-item'><a href='/stores/'>Chemistry Stores</a></li><li class='menu-item'><a href='/alerts/'>Drug-checking alerts</a></li>"
                "<li class='menu-item'><a href='/seminars/2026-11'>Seminars</a></li><li class='menu-item'><a href='/intranet/'>Staff intranet</a></li></ul></nav></header>"
                "<div class='region region-breadcrumb'><nav class='breadcrumb' role='navigation'>%s</nav></div>"
                "<main role='main'><a id='main-content' tabindex='-1'></a><div class='layout-content'><div class='region region-content'>"
                "<article class='node node--type-page node--view-mode-full'><h1 class='page-title'><span class='field field--name-title'>%s</span></h1>"
                "<div class='node__content clearfix'><div class='clearfix text-formatted field field--name-body field--type-text-with-summary field__item'>%s</div></div></article>"
                "</div></div><aside class='layout-sidebar-first' role='complementary'><div class='region region-sidebar-first'>"
                "<nav class='block block-menu menu--section'><h2>%s</h2><ul class='menu'><li><a href='/facilities/forensic-core/reference-standards/'>Reference standards</a></li>"
                "<li><a href='/facilities/forensic-core/drug-checking/'>Drug-checking service</a></li><li><a href='/innovation/patents/'>Patents &amp; licensing</a></li>"
                "<li><a href='/research/publications/'>Publications</a></li></ul></nav></div></aside></main>"
                "<footer role='contentinfo' class='region region-footer'><div class='ng-footer'><p>Northgate University, 400 College Ave, Northgate</p>"
                "<p><a href='/about/contact/'>Contact</a> &middot; <a href='https://www.northgate.example/accessibility'>Accessibility</a> &middot; "
                "<a href='https://www.northgate.example/privacy'>Privacy</a></p><p>&copy; 2026 Northgate University</p></div></footer></div></body></html>"
                % (re.sub("<[^>]+>", "", title), cr, title, section, main))

    # internal price list: benign reagents, offered to university departments (listing, CAS counted, no hits)
    stock = [("NG-1001", "Ethanol, absolute (200 proof)", "64-17-5", "4 L", 96.50), ("NG-1002", "Methanol, HPLC grade", "67-56-1", "4 L", 58.20),
             ("NG-1003", "Acetonitrile, HPLC grade", "75-05-8", "4 L", 142.00), ("NG-1004", "2-Propanol, ACS", "67-63-0", "4 L", 61.75),
             ("NG-1005", "Dimethyl sulfoxide, ACS", "67-68-5", "1 L", 74.10), ("NG-1006", "Glycerol, molecular biology", "56-81-5", "500 mL", 39.90),
             ("NG-1007", "Tris base", "77-86-1", "1 kg", 88.00), ("NG-1008", "EDTA, free acid", "60-00-4", "500 g", 47.30),
             ("NG-1009", "Urea, ACS", "57-13-6", "1 kg", 36.60), ("NG-1010", "Sucrose, ACS", "57-50-1", "1 kg", 29.40),
             ("NG-1011", "Glycine", "56-40-6", "1 kg", 41.00), ("NG-1012", "Sodium hydroxide, pellets", "1310-73-2", "500 g", 22.80),
             ("NG-1013", "Potassium chloride", "7447-40-7", "500 g", 19.95), ("NG-1014", "Sodium chloride", "7647-14-5", "1 kg", 15.50),
             ("NG-1015", "Ethyl acetate, HPLC", "141-78-6", "4 L", 97.20), ("NG-1016", "Dichloromethane, HPLC", "75-09-2", "4 L", 118.40),
             ("NG-1017", "D-Glucose, anhydrous", "50-99-7", "500 g", 24.10), ("NG-1018", "HEPES", "7365-45-9", "100 g", 63.00),
             ("NG-1019", "Boric acid", "10043-35-3", "500 g", 27.75), ("NG-1020", "n-Hexane, HPLC", "110-54-3", "4 L", 89.90),
             ("NG-1021", "Sodium sulfate, anhydrous", "7757-82-6", "1 kg", 31.20), ("NG-1022", "Naloxone nasal spray kit, 4 mg (campus program, free)", "465-65-6", "kit", 0.0),
             ("NG-1023", "Fentanyl test strips, box of 100 (drug-checking service)", None, "box", 95.00),
             ("NG-1024", "Caffeine, anhydrous, reagent (melting-point standard)", "58-08-2", "100 g", 18.40)]
    detail_codes = ["NG-1003", "NG-1007", "NG-1012", "NG-1016", "NG-1018", "NG-1022", "NG-1023", "NG-1024"]
    pages = paginate(stock, 12)
    for i, chunk in enumerate(pages, 1):
        path = "/stores/" if i == 1 else "/stores/page/%d/" % i
        rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td><a href='/stores/cart?add=%s'>Add to requisition</a></td></tr>"
                       % (("<a href='/stores/item/%s/'>%s</a>" % (c.lower(), c)) if c in detail_codes else c, esc(n), cas or "&ndash;", u,
                          "$%.2f" % pr if pr else "free", c) for c, n, cas, u, pr in chunk)
        pager = " ".join("<a href='%s'>%d</a>" % ("/stores/" if k == 1 else "/stores/page/%d/" % k, k) for k in range(1, len(pages) + 1))
        main = ("<p>The Chemistry Stores sell common reagents and solvents to Northgate departments at cost. Orders are charged to a university "
                "cost centre; collection from Room B-014 or delivery by porter the next working day. Controlled substances and precursor "
                "chemicals are <strong>not</strong> sold through Stores; see the DEA registrant procedures on the intranet.</p>"
                "<table class='views-table cols-6'><thead><tr><th>Code</th><th>Item</th><th>CAS</th><th>Unit</th><th>Price</th><th></th></tr></thead>"
                "<tbody>%s</tbody></table><nav class='pager'>%s</nav>" % (rows, pager))
        s.add(P(path, page("Chemistry Stores price list" + ("" if i == 1 else " (page %d)" % i), main, [("/stores/", "Chemistry Stores")],
                           "Chemistry Stores"), cas=[c for _, _, c, _, _ in chunk if c], listing=True))
    for c, n, cas, u, pr in stock:
        if c not in detail_codes:
            continue
        main = ("<dl class='stores-item'><dt>Stock code</dt><dd>%s</dd><dt>Description</dt><dd>%s</dd>%s<dt>Unit</dt><dd>%s</dd>"
                "<dt>Price</dt><dd>%s</dd><dt>Location</dt><dd>Stores B-014, shelf %s</dd></dl>"
                "<p><a class='button' href='/stores/cart?add=%s'>Add to requisition</a></p><p>SDS available on request from stores@northgate.example.</p>"
                % (c, esc(n), ("<dt>CAS</dt><dd>%s</dd>" % cas) if cas else "", u, "$%.2f" % pr if pr else "free (campus program)", c[-2:], c))
        s.add(P("/stores/item/%s/" % c.lower(), page(esc(n), main, [("/stores/", "Chemistry Stores")], "Chemistry Stores"),
                cas=[cas] if cas else [], listing=True))
    # controlled reference standards inventory: not offered, not for sale; CAS are identifiers in an inventory, not product context
    inv = [("Fentanyl citrate, 1.0 mg/mL in methanol", "990-73-8", "II", "FR-2291", "3 &times; 1 mL"),
           ("Carfentanil, 100 &micro;g/mL in acetonitrile", "59708-52-0", "II", "FR-2310", "1 &times; 1 mL"),
           ("Acetylfentanyl, 1.0 mg/mL", "3258-84-2", "I", "FR-2198", "2 &times; 1 mL"),
           ("Isotonitazene, 100 &micro;g/mL", "14188-81-9", "I", "FR-2402", "1 &times; 1 mL"),
           ("Protonitazene HCl, 100 &micro;g/mL", "95958-84-2", "I", "FR-2417", "1 &times; 1 mL"),
           ("4-ANPP, 1.0 mg/mL", "21409-26-7", "II", "FR-2230", "2 &times; 1 mL"),
           ("Xylazine HCl, 1.0 mg/mL", "23076-35-9", "&ndash;", "FR-2355", "5 &times; 1 mL"),
           ("Fentanyl-D5, 100 &micro;g/mL (internal standard)", "", "II", "FR-2292", "4 &times; 1 mL")]
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in inv)
    main = ("<div class='ng-callout ng-callout--warning'><p><strong>Not for sale or transfer.</strong> The materials below are certified reference "
            "standards held under the Core&#39;s DEA analytical-laboratory registration. They are used only for in-house method validation and "
            "casework. We cannot supply, sell, share or ship them. Requests from outside the University will not be answered.</p></div>"
            "<table class='views-table'><thead><tr><th>Reference material</th><th>CAS</th><th>Schedule</th><th>Lot</th><th>Held</th></tr></thead>"
            "<tbody>%s</tbody></table><p>Inventory reconciled monthly; last audit 2026-10-31.</p>" % rows)
    s.add(P("/facilities/forensic-core/reference-standards/", page("Reference standards inventory", main,
            [("/facilities/forensic-core/", "Forensic Analytical Core"), ("/facilities/forensic-core/reference-standards/", "Reference standards")])))
    s.add(P("/facilities/forensic-core/", page("Forensic Analytical Core",
            "<p>The Forensic Analytical Core runs LC-QTOF and GC-MS screening for toxicology casework and for the campus drug-checking service. "
            "We identify fentanyl analogues, nitazenes, xylazine and new benzodiazepines.</p><ul><li><a href='/facilities/forensic-core/reference-standards/'>"
            "Reference standards inventory</a></li><li><a href='/facilities/forensic-core/drug-checking/'>Drug-checking service</a></li></ul>",
            [("/facilities/forensic-core/", "Forensic Analytical Core")])))
    s.add(P("/facilities/forensic-core/drug-checking/", page("Drug-checking service",
            "<p>Free, confidential drug checking every Thursday 2&ndash;6 pm at the Student Health Centre. Bring a small sample; results in about "
            "20 minutes by FTIR with fentanyl test strip confirmation, or in 3 days by LC-MS.</p><p>Fentanyl test strips and naloxone kits are "
            "available free of charge at every session.</p>",
            [("/facilities/forensic-core/", "Forensic Analytical Core"), ("/facilities/forensic-core/drug-checking/", "Drug-checking service")])))
    alerts = [("2026-10-m30-fentanyl-xylazine", "Alert: blue \u201cM30\u201d tablets contain fentanyl and xylazine", "Oct 28, 2026",
               "<p>Three blue tablets stamped \u201cM30\u201d, sold as oxycodone 30 mg, contained fentanyl (about 1.8 mg per tablet) and xylazine. "
               "No oxycodone was detected. Naloxone reverses the fentanyl but not the xylazine sedation; call 911.</p>"),
              ("2026-09-bromazolam-bars", "Alert: \u201cXanax\u201d bars contain bromazolam", "Sep 30, 2026",
               "<p>White bars sold as alprazolam 2 mg contained bromazolam, a designer benzodiazepine, and no alprazolam.</p>"),
              ("2026-08-protonitazene-powder", "Alert: \u201cheroin\u201d powder contains protonitazene", "Aug 14, 2026",
               "<p>A beige powder sold as heroin contained protonitazene (a nitazene opioid) and 4-ANPP. Fentanyl test strips were negative: "
               "strips do not detect nitazenes. Use extra naloxone.</p>")]
    s.add(P("/alerts/", page("Drug-checking alerts", "<ul class='alert-list'>%s</ul>" % "".join(
        "<li><a href='/alerts/%s/'>%s</a> <span class='date'>%s</span></li>" % (h, t, d) for h, t, d, _ in alerts), [("/alerts/", "Alerts")])))
    for h, t, d, b in alerts:
        s.add(P("/alerts/%s/" % h, page(t, "<p class='date'>Posted %s</p>%s<p>Report a bad reaction: 555-0142 (anonymous).</p>" % (d, b),
                                        [("/alerts/", "Alerts")])))
    s.add(P("/research/", page("Research", "<p>Our groups work on opioid receptor pharmacology, analytical toxicology and overdose epidemiology.</p>"
                                           "<p><a href='/research/publications/'>Selected publications</a></p>", [("/research/", "Research")])))
    s.add(P("/research/publications/", page("Selected publications",
            "<ol class='pubs'><li>Okafor, R.; Lind, M. &ldquo;Receptor activity of N-(4-methylphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]acetamide and "
            "related aniline-substituted acetylfentanyl analogues.&rdquo; <em>J. Anal. Toxicol.</em> 2026, 50, 211&ndash;219.</li>"
            "<li>Lind, M. et al. &ldquo;Identification of N-desethyl protonitazene and isotonitazepyne in seized powders by LC-QTOF.&rdquo; "
            "<em>Drug Test. Anal.</em> 2026, 18, 77&ndash;85.</li><li>Reyes, A. &ldquo;Xylazine in the street opioid supply, 2023&ndash;2026.&rdquo; "
            "<em>Int. J. Drug Policy</em> 2026, 121, 104312.</li></ol>", [("/research/", "Research"), ("/research/publications/", "Publications")])))
    s.add(P("/innovation/patents/", page("Patents &amp; licensing",
            "<ul><li><a href='/innovation/patents/nitazene-immunoassay/'>US 12,184,556 B2 &ndash; Antibodies for the detection of nitazene opioids</a></li></ul>",
            [("/innovation/patents/", "Patents")])))
    s.add(P("/innovation/patents/nitazene-immunoassay/", page("US 12,184,556 B2: Antibodies for the detection of nitazene opioids",
            "<table class='patent-meta'><tr><th>Patent</th><td>US 12,184,556 B2</td></tr><tr><th>Filed</th><td>Mar 3, 2024</td></tr>"
            "<tr><th>Inventors</th><td>M. Lind, R. Okafor</td></tr><tr><th>Assignee</th><td>Northgate University</td></tr>"
            "<tr><th>Status</th><td>Available for licensing</td></tr></table>"
            "<h2>Abstract</h2><p>Disclosed are haptens, immunogens and monoclonal antibodies that bind 2-benzylbenzimidazole opioids, including "
            "isotonitazene (CAS 14188-81-9), metonitazene (CAS 14680-51-4), protonitazene and etonitazepyne, with cross-reactivity below 0.1 % to "
            "fentanyl (CAS 437-38-7) and morphine. The hapten N,N-diethyl-2-[2-(4-hydroxybenzyl)-5-nitro-1H-benzimidazol-1-yl]ethanamine is "
            "coupled to a carrier protein. Lateral-flow test strips using the antibodies are also disclosed.</p>"
            "<p>Licensing enquiries: techtransfer@northgate.example</p>",
            [("/innovation/patents/", "Patents")])))
    s.add(P("/", page("Department of Pharmacology &amp; Toxicology",
            "<p>Welcome to the Department of Pharmacology &amp; Toxicology.</p><div class='ng-cards'>"
            "<div class='card'><h3><a href='/facilities/forensic-core/'>Forensic Analytical Core</a></h3><p>Casework, research and drug checking.</p></div>"
            "<div class='card'><h3><a href='/alerts/'>Drug-checking alerts</a></h3><p>Latest: <a href='/alerts/2026-10-m30-fentanyl-xylazine/'>blue M30 "
            "tablets with fentanyl and xylazine</a>.</p></div><div class='card'><h3><a href='/stores/'>Chemistry Stores</a></h3><p>Reagents at cost for departments.</p></div>"
            "<div class='card'><h3><a href='/seminars/2026-11'>Seminars</a></h3><p>Thursdays at 4 pm, Room C-201.</p></div></div>")))
    s.add(P("/about/", page("About the department", "<p>Founded in 1962, the department has 24 faculty and 80 graduate students.</p>", [("/about/", "About")])))
    s.add(P("/about/contact/", page("Contact", "<p>Main office: Science Hall 3rd floor. Phone 555-0100. pharmtox@northgate.example</p>", [("/about/", "About")])))
    s.add(Page("/sites/default/files/css/css_q9L2.css", "body{font-family:Georgia}", ctype="text/css"))
    s.add(Page("/intranet/", "<html><body><h1>Staff intranet</h1><p>Log in with your university ID.</p><a href='/intranet/vault-log'>Vault log</a></body></html>"))
    s.add(Page("/intranet/vault-log", "<html><body><h1>Vault log</h1><table><tr><td>Fentanyl citrate 1 mg/mL</td><td>990-73-8</td><td>-0.1 mL</td></tr></table></body></html>"))
    return s


def sites():
    return [shop_vireo(), directory_chemlinker(), classifieds_avisa(), forum_rctalk(), news_huadong(), university_northgate()]
