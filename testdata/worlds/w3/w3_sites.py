"""World w3: six simulated sites of six different families.

b2b-tradehub   Alibaba/IndiaMART-style B2B portal: hot-search bar, site-wide hot-products rail,
               "related searches", "customers also viewed", product detail pages with a
               "Send inquiry" form, supplier mini-sites, buying leads (RFQs), showroom pages,
               robots-forbidden inquiry area, rate limit, /offer/ redirects, trade-show calendar trap.
tg-wanhechem   Telegram channel web preview (t.me/s/...-like) of a precursor vendor: 3 archive
               pages joined by "load more" (?before=N), 30 posts with photos and USDT prices,
               news reposts, buyer shout-outs, scam warnings; one permalink page per post;
               hashtag search pages; no robots.txt (404); two flaky permalinks.
ru-rynok       Russian darknet-style multi-shop market (windows-1251): dead-drop ("клад") and
               postal shops, rubles + BTC, product tabs (description / feedback), shop tabs,
               rules page, market FAQ, forum with WTB and news threads; a session token
               parameter ("ssk") that changes on EVERY response; rate limit.
de-kontor      German research-chemical webshop (Shopware 5-like): "In den Warenkorb", Versand/
               Zoll wording, FAQ, blog post about delisted substances, cross-selling blocks,
               sort-parameter variants ("o"), legacy /detail/index/sArticle/N redirects, flaky page.
cn-tieba       Baidu-Tieba-style board (GBK, simplified Chinese): 供应/求购 threads, replies by
               other vendors, bar rules, news repost, two-page thread, thread-list abstracts.
drugcheck      Hard negative: a drug-checking service's results database (sample results,
               substances found, reference standards with CAS, alerts), test-strip programme,
               results calendar trap, flaky pages. Nothing on it is an offer.

Truth conventions used throughout (see NOTES.md):
* a page's hits = watchlisted substances offered for sale in the page's own content (main
  product, grid/list of offers, each offer post in a feed, a vendor's offer in a reply);
* blocks that only recommend or navigate (site-wide hot-products rail, hot-search words,
  related searches, "customers also viewed", "Passend dazu" cross-sells, hot-topic rails)
  are NOT counted on the pages that merely show them;
* cas = valid CAS numbers shown next to something offered or catalogued on that page (also
  benign products); CAS in test results, reference-standard inventories, news: not counted;
* claims = shipping-claim kinds the SELLER states on that page (buyer reviews, market FAQs,
  news reposts and "some vendors do X" statements do not count).
"""
import html
import random
import re
from urllib.parse import urlencode, quote

from marketsim import Site, Page, Sub, S, NOVEL, BENIGN, esc, paginate, rng, tiny_png

FENT, NITA = "fentanyl", "nitazene"


def cas_valid(c):
    """CAS check digit: sum of digits (right to left, weights 1..n) mod 10."""
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", c or "")
    if not m:
        return False
    d = m.group(1) + m.group(2)
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(m.group(3))


def qkey(path, **q):
    """The key under which the simulator (and the scorer) file a URL with a query."""
    return path + ("?" + urlencode(sorted(q.items())) if q else "")


def href(path, **q):
    return esc(qkey(path, **q))


# ---------------------------------------------------------------- substances (truth keys)
fentanyl = S("437-38-7", "Fentanyl", "Фентанил", "芬太尼", cls=FENT)
carfent = S("59708-52-0", "Carfentanil", cls=FENT)
mf3 = S("42045-86-3", "3-Methylfentanyl", cls=FENT)
pff = S("90736-23-5", "para-Fluorofentanyl", cls=FENT)
npp = S("39742-60-4", "NPP", "N-Phenethyl-4-piperidone", "N-苯乙基-4-哌啶酮", "НПП")
anpp = S("21409-26-7", "4-ANPP", "4-Anilino-N-phenethylpiperidine", "去丙酰芬太尼")
ap4 = S("23056-29-3", "4-AP", "4-Anilinopiperidine", "4-苯胺基哌啶")
boc4ap = S("125541-22-2", "1-Boc-4-AP", "tert-Butyl 4-(phenylamino)piperidine-1-carboxylate")
norfent = S("1609-66-1", "Norfentanyl", "去甲芬太尼")
pip4 = S("41661-47-6", "4-Piperidone", "4-哌啶酮", "4-пиперидон")
bocpip = S("79099-07-3", "1-Boc-4-piperidone", "N-Boc-4-piperidone", "N-叔丁氧羰基-4-哌啶酮")
bmkg = S("80532-66-7", "BMK methyl glycidate", "BMK glycidate")
bmkga = S("25547-51-7", "BMK glycidic acid")
pmkg = S("13605-48-6", "PMK methyl glycidate", "PMK glycidate")
xylazine = S("7361-61-7", "Xylazine")
protonit = S("95958-84-2", "Protonitazene", cls=NITA)
isotonit = S("14188-81-9", "Isotonitazene", cls=NITA)
metonit = S("14680-51-4", "Metonitazene", cls=NITA)
heroin = S("561-27-3", "Heroin", "Героин")
methadone = S("76-99-3", "Methadone", "Метадон")
amph = S("300-62-9", "Amphetamine", "Амфетамин")
cocaine = S("50-36-2", "Cocaine")
mdma = S("42542-10-9", "MDMA")
ketamine = S("6740-88-1", "Ketamine")
bromazolam = S("71368-80-4", "Bromazolam")
etizolam = S("40054-69-1", "Etizolam")
flualp = S("28910-91-0", "Flualprazolam")
# salts shown under their own CAS; the truth key is the listed base
xylazine_hcl = Sub("7361-61-7", "23076-35-9", ["Xylazine hydrochloride"], "")
pip4_hcl = Sub("41661-47-6", "40064-34-4", ["4-Piperidone monohydrate hydrochloride"], "")
# analogues on no list by name (class keys)
mff = NOVEL(FENT, "meta-Fluorofentanyl",
            "N-(3-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide")
pmeaf = NOVEL(FENT, "para-Methylacetylfentanyl",
              "N-(4-methylphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]acetamide")
isopyne = NOVEL(NITA, "N-Pyrrolidino isotonitazene", "Isotonitazepyne")
metazene = NOVEL(NITA, "Metodesnitazene", "Metazene",
                 "N,N-diethyl-2-[2-(4-methoxybenzyl)-1H-benzimidazol-1-yl]ethanamine")

# benign or unlisted products (no truth key, but their CAS counts where offered)
caffeine = BENIGN("58-08-2", "Caffeine anhydrous")
paracetamol = BENIGN("103-90-2", "Paracetamol")
lidocaine_hcl = BENIGN("73-78-9", "Lidocaine hydrochloride")
benzocaine = BENIGN("94-09-7", "Benzocaine")
tetramisole = BENIGN("5086-74-8", "Tetramisole hydrochloride")
bromoketone = BENIGN("1451-82-7", "2-Bromo-4'-methylpropiophenone")
propionyl_cl = BENIGN("79-03-8", "Propionyl chloride")
dmso = BENIGN("67-68-5", "Dimethyl sulfoxide")
mgso4 = BENIGN("10034-99-8", "Magnesium sulfate heptahydrate")
inositol = BENIGN("87-89-8", "myo-Inositol")
msm = BENIGN("67-71-0", "Methylsulfonylmethane")
mannitol = BENIGN("69-65-8", "D-Mannitol")
nahco3 = BENIGN("144-55-8", "Sodium bicarbonate")
unlisted = BENIGN("", "unlisted product without CAS")

ALL_CAS = [x.cas for x in (fentanyl, carfent, mf3, pff, npp, anpp, ap4, boc4ap, norfent, pip4, bocpip,
                           bmkg, bmkga, pmkg, xylazine, protonit, isotonit, metonit, heroin, methadone,
                           amph, cocaine, mdma, ketamine, bromazolam, etizolam, flualp, xylazine_hcl,
                           pip4_hcl, caffeine, paracetamol, lidocaine_hcl, benzocaine, tetramisole,
                           bromoketone, propionyl_cl, dmso, mgso4, inositol, msm, mannitol, nahco3)]
assert all(cas_valid(c) for c in ALL_CAS), [c for c in ALL_CAS if not cas_valid(c)]


def truth_of(items):
    """(hits, cas) of a set of offered (sub, cas_shown) pairs."""
    hits, cas = set(), set()
    for sub, shown in items:
        if sub.key:
            hits.add(sub.key)
        if shown:
            assert cas_valid(shown), shown
            cas.add(shown)
    return hits, cas


class TokenPage(Page):
    """A page whose links carry a session token that is new on every response.

    The template holds {TOK} wherever a token goes; each read of .body renders fresh
    random values, so two fetches of the same page never return the same bytes."""

    def __init__(self, path, template, charset="utf-8", **kw):
        self._tmpl = template
        self._charset = charset
        super().__init__(path, b"", ctype="text/html; charset=%s" % charset, charset=charset, **kw)

    @property
    def body(self):
        r = random.SystemRandom()
        out = re.sub(r"\{TOK\}", lambda m: "%016x%04x" % (r.getrandbits(64), r.getrandbits(16)), self._tmpl)
        return out.encode(self._charset, "xmlcharrefreplace")

    @body.setter
    def body(self, value):
        pass


def enc_page(path, text, charset, **kw):
    """A page in a legacy charset (characters it lacks become numeric references)."""
    return Page(path, text.encode(charset, "xmlcharrefreplace"),
                ctype="text/html; charset=%s" % charset, **kw)


# ================================================================ 1. b2b-tradehub (Alibaba/IndiaMART-like)

class Prod:
    def __init__(self, pid, sub, title, cas, sup, cat, price, moq, claims=(), other="", mf="",
                 purity="99%", look="White powder", einecs="", extra=""):
        self.pid, self.sub, self.title, self.cas, self.sup, self.cat = pid, sub, title, cas, sup, cat
        self.price, self.moq, self.claims, self.other, self.mf = price, moq, list(claims), other, mf
        self.purity, self.look, self.einecs, self.extra = purity, look, einecs, extra
        self.slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:80]
        self.url = "/product-detail/%s_%d.html" % (self.slug, pid)


def b2b_tradehub():
    s = Site("b2b-tradehub", "b2b-portal")
    s.robots = ("User-agent: *\nDisallow: /inquiry/\nDisallow: /member/\nDisallow: /trade/search\n"
                "Disallow: /message/\n\nUser-agent: Baiduspider\nDisallow: /\n")
    s.disallow = ["/inquiry/", "/member/", "/trade/search", "/message/"]
    s.rate_limit = 20
    s.trap_prefix = "/tradeshow/"
    s.junk_params = s.junk_params + ["spm", "tracelog"]

    SUP = {
        "kailong": dict(name="Wuhan Kailong Pharmaceutical Technology Co., Ltd.", country="CN", years=6,
                        loc="Wuhan, Hubei, China", contact="Ms. Amy Zhou", wa="+86 155 2718 4406",
                        tg="@kailong_amy", resp="&le;3h", rate="97.1%",
                        claims=[("customs", "Our advantage: safe delivery with clearance guaranteed to the USA, "
                                            "Mexico and Europe, duties included."),
                                ("reship", "Seized parcel? We reship once without extra charge.")]),
        "zhuoran": dict(name="Hebei Zhuoran Import &amp; Export Trading Co., Ltd.", country="CN", years=4,
                        loc="Shijiazhuang, Hebei, China", contact="Mr. Leo Gao", wa="+86 173 3118 0925",
                        tg="@zhuoran_leo", resp="&le;6h", rate="92.4%",
                        claims=[("stealth", "Professional concealed packing for sensitive goods, parcels "
                                            "look like ordinary gifts.")]),
        "balaji": dict(name="Shree Balaji Pharma Traders", country="IN", years=11,
                       loc="Bhiwandi, Maharashtra, India", contact="Mr. Rakesh Agarwal", wa="+91 98201 44731",
                       tg="", resp="&le;24h", rate="88.0%", claims=[]),
        "hongye": dict(name="Jiangsu Hongye Fine Chemical Co., Ltd.", country="CN", years=14,
                       loc="Taixing, Jiangsu, China", contact="Sales Dept.", wa="+86 523 8760 2210",
                       tg="", resp="&le;24h", rate="95.0%", claims=[]),
    }
    P = [
        Prod(1600312051, npp, "High Purity 99% N-Phenethyl-4-piperidone NPP CAS 39742-60-4 Powder",
             "39742-60-4", "kailong", "pharm", [("1 - 9", "$135.00"), ("10 - 99", "$118.00"), ("&gt;= 100", "$96.00")],
             "1 Kilogram", claims=[("customs", "We handle the customs clearance ourselves: door-to-door DDP to USA, "
                                              "Mexico and Canada, the buyer pays no duty."),
                                   ("reship", "If the parcel is detained at the port we arrange a second shipment "
                                              "free of charge.")],
             other="1-Phenethyl-4-piperidone; 1-(2-Phenylethyl)-4-piperidinone", mf="C13H17NO",
             einecs="254-608-6", look="Light yellow crystalline powder"),
        Prod(1600312077, anpp, "4-Anilino-N-phenethylpiperidine (4-ANPP) CAS 21409-26-7 99.5% Factory",
             "21409-26-7", "kailong", "pharm", [("1 - 4", "$1,050.00"), ("&gt;= 5", "$920.00")], "100 Grams",
             claims=[("forwarding", "Goods are stocked in our Mexico warehouse and handed to a domestic courier "
                                    "for US and Mexican addresses."),
                     ("stealth", "Special packing: product sealed in aluminium foil bags and concealed inside "
                                 "other merchandise.")],
             other="Despropionyl fentanyl; N-Phenyl-1-(2-phenylethyl)piperidin-4-amine", mf="C19H24N2"),
        Prod(1600312093, norfent, "Norfentanyl N-Phenyl-N-(piperidin-4-yl)propanamide CAS 1609-66-1 Lab Supply",
             "1609-66-1", "kailong", "pharm", [("100 - 999", "$6.50"), ("&gt;= 1000", "$4.80")], "100 Grams",
             other="N-Phenyl-N-4-piperidinylpropionamide", mf="C14H20N2O", look="Off-white powder"),
        Prod(1600312118, mff, "N-(3-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide Research Chemical In Stock",
             None, "kailong", "pharm", [("10 - 99", "$38.00"), ("&gt;= 100", "$31.00")], "10 Grams",
             claims=[("reship", "Resend policy: seized or lost parcels are re-sent at our cost.")],
             other="m-F-F; 3-F analogue", mf="C22H27FN2O", purity="99.2%"),
        Prod(1600312140, protonit, "Protonitazene Powder CAS 95958-84-2 Good Price Fast Delivery",
             "95958-84-2", "kailong", "pharm", [("10 - 99", "$55.00"), ("&gt;= 100", "$42.00")], "10 Grams",
             claims=[("stealth", "Packed in neutral bags with no label, double vacuum, odour proof."),
                     ("mislabel", "The commercial invoice shows 'food additive' as product name.")],
             other="N,N-diethyl-2-[5-nitro-2-(4-propoxybenzyl)-1H-benzimidazol-1-yl]ethanamine", mf="C23H30N4O3",
             look="Yellowish powder"),
        Prod(1600318811, bocpip, "N-(tert-Butoxycarbonyl)-4-piperidone CAS 79099-07-3 Best Price",
             "79099-07-3", "zhuoran", "pharm", [("1 - 9", "$62.00"), ("10 - 99", "$48.00"), ("&gt;= 100", "$39.00")],
             "1 Kilogram", claims=[("mislabel", "We can put another product name on the package and invoice as you request."),
                                   ("customs", "Customs clearance is guaranteed to Europe and Australia.")],
             other="1-Boc-4-piperidone; tert-Butyl 4-oxopiperidine-1-carboxylate", mf="C10H17NO3", einecs="616-402-7"),
        Prod(1600318830, boc4ap, "tert-Butyl 4-(phenylamino)piperidine-1-carboxylate CAS 125541-22-2 98%",
             "125541-22-2", "zhuoran", "pharm", [("1 - 9", "$210.00"), ("&gt;= 10", "$180.00")], "1 Kilogram",
             claims=[("forwarding", "Shipped through our partner warehouse in Canada, then local post to your door.")],
             other="1-N-Boc-4-(phenylamino)piperidine", mf="C16H24N2O2"),
        Prod(1600318852, bmkg, "New BMK Glycidate Powder CAS 80532-66-7 Netherlands Germany Stock",
             "80532-66-7", "zhuoran", "organic", [("1 - 9", "$120.00"), ("&gt;= 10", "$95.00")], "1 Kilogram",
             claims=[("forwarding", "European stock in Germany and Poland: inland delivery in 3-5 days, no customs "
                                    "procedure for EU buyers."),
                     ("stealth", "Discreet outer carton without chemical marks.")],
             other="BMK methyl glycidate; methyl 2-methyl-3-phenyloxirane-2-carboxylate", mf="C11H12O3"),
        Prod(1600318879, pmkg, "PMK Methyl Glycidate Oil CAS 13605-48-6 High Yield",
             "13605-48-6", "zhuoran", "organic", [("1 - 9", "$150.00"), ("&gt;= 10", "$128.00")], "1 Kilogram",
             claims=[("customs", "Customs clearance handled by us, 100% pass rate to the Netherlands, Belgium and Poland.")],
             other="PMK glycidate; 3,4-MDP-2-P methyl glycidate", mf="C12H12O5", look="Light yellow oil"),
        Prod(1600318901, bromoketone, "2-Bromo-4'-methylpropiophenone CAS 1451-82-7 Crystal 99%",
             "1451-82-7", "zhuoran", "organic", [("1 - 9", "$45.00"), ("&gt;= 10", "$33.00")], "1 Kilogram",
             claims=[("stealth", "Hidden packaging available (inside toy or tea boxes).")],
             other="2-Bromo-1-(4-methylphenyl)propan-1-one", mf="C10H11BrO", look="White crystal"),
        Prod(1600320110, caffeine, "Caffeine Anhydrous USP/BP Powder CAS 58-08-2 Bulk",
             "58-08-2", "balaji", "api", [("25 - 999", "&#8377; 1,180"), ("&gt;= 1000", "&#8377; 1,050")], "25 Kilogram",
             other="1,3,7-Trimethylxanthine", mf="C8H10N4O2", einecs="200-362-1"),
        Prod(1600320134, paracetamol, "Paracetamol IP/BP Fine Powder (Acetaminophen) CAS 103-90-2",
             "103-90-2", "balaji", "api", [("25 - 999", "&#8377; 420"), ("&gt;= 1000", "&#8377; 385")], "25 Kilogram",
             other="Acetaminophen; 4-Acetamidophenol", mf="C8H9NO2", einecs="203-157-5"),
        Prod(1600320159, lidocaine_hcl, "Lidocaine Hydrochloride USP CAS 73-78-9",
             "73-78-9", "balaji", "api", [("1 - 24", "&#8377; 3,900"), ("&gt;= 25", "&#8377; 3,450")], "1 Kilogram",
             other="Lignocaine HCl", mf="C14H23ClN2O"),
        Prod(1600320172, tetramisole, "Tetramisole Hydrochloride Veterinary Grade CAS 5086-74-8",
             "5086-74-8", "balaji", "api", [("25 - 999", "&#8377; 2,150"), ("&gt;= 1000", "&#8377; 1,990")], "25 Kilogram",
             other="(&plusmn;)-Tetramisole HCl", mf="C11H13ClN2S"),
        Prod(1600320196, xylazine_hcl, "Xylazine Hydrochloride Veterinary API CAS 23076-35-9",
             "23076-35-9", "balaji", "api", [("1 - 24", "&#8377; 9,800"), ("&gt;= 25", "&#8377; 8,900")], "1 Kilogram",
             other="Xylazine HCl; Rompun base salt", mf="C12H17ClN2S", look="White crystalline powder"),
        Prod(1600320215, benzocaine, "Benzocaine BP Powder CAS 94-09-7 Local Anaesthetic API",
             "94-09-7", "balaji", "api", [("25 - 999", "&#8377; 1,640"), ("&gt;= 1000", "&#8377; 1,520")], "25 Kilogram",
             other="Ethyl 4-aminobenzoate", mf="C9H11NO2"),
        Prod(1600324401, propionyl_cl, "Propionyl Chloride 99% CAS 79-03-8 Industrial Grade",
             "79-03-8", "hongye", "organic", [("1 - 19", "$2.10"), ("&gt;= 20", "$1.80")], "1000 Kilograms",
             other="Propanoyl chloride", mf="C3H5ClO", look="Colourless liquid", purity="99.5%",
             extra="Sold only to registered enterprises; end-user certificate required. Dangerous goods, sea freight only."),
        Prod(1600324420, dmso, "Dimethyl Sulfoxide DMSO 99.9% CAS 67-68-5",
             "67-68-5", "hongye", "organic", [("1 - 19", "$1.60"), ("&gt;= 20", "$1.35")], "1000 Kilograms",
             other="DMSO; Methyl sulfoxide", mf="C2H6OS", look="Colourless liquid", purity="99.9%"),
        Prod(1600324447, mgso4, "Magnesium Sulfate Heptahydrate Technical Grade CAS 10034-99-8",
             "10034-99-8", "hongye", "organic", [("25 - 99", "$0.18"), ("&gt;= 100", "$0.15")], "25 Tons",
             other="Epsom salt", mf="MgSO4&middot;7H2O", look="White crystal", purity="99.5%"),
    ]
    byid = {p.pid: p for p in P}
    CATS = {"pharm": ("Pharmaceutical Intermediates", "pharmaceutical-intermediates_cid100113"),
            "api": ("APIs &amp; Veterinary Raw Materials", "apis-veterinary_cid100207"),
            "organic": ("Organic Intermediates", "organic-intermediates_cid100314")}
    RAIL = [1600312051, 1600312140, 1600318852, 1600320110, 1600320196]
    HOT = [("npp", "npp"), ("4-anpp", "4-anpp"), ("79099-07-3", "79099-07-3"), ("bmk glycidate", "bmk-glycidate"),
           ("protonitazene", "protonitazene"), ("xylazine hcl", "xylazine-hcl"),
           ("2-bromo-4-methylpropiophenone", "2-bromo-4-methylpropiophenone")]
    SHOWROOM = {"npp": [1600312051, 1600312077], "4-anpp": [1600312077, 1600312051],
                "79099-07-3": [1600318811], "bmk-glycidate": [1600318852, 1600318879],
                "protonitazene": [1600312140], "xylazine-hcl": [1600320196],
                "2-bromo-4-methylpropiophenone": [1600318901]}
    RELATED = {"pharm": ["npp", "4-anpp", "79099-07-3", "protonitazene"],
               "organic": ["bmk-glycidate", "2-bromo-4-methylpropiophenone", "79099-07-3"],
               "api": ["xylazine-hcl", "npp"]}
    kw_of = {slug: kw for kw, slug in HOT}

    def price_line(p):
        lo = p.price[-1][1]
        hi = p.price[0][1]
        unit = "/ Kilogram" if "Kilogram" in p.moq else ("/ Gram" if "Gram" in p.moq else "/ Ton")
        if p.sup == "balaji":
            return "%s %s" % (hi, unit)
        return "%s - %s %s" % (lo, hi, unit)

    def card(p, cls="offer-card", via_redirect=False, show_cas=True):
        link = "/offer/%d.html" % p.pid if via_redirect else p.url
        sup = SUP[p.sup]
        cas = ("<div class='offer-attr'>CAS No.: <span class='cas'>%s</span></div>" % p.cas) if (p.cas and show_cas) else ""
        badge = "<span class='badge-verified'>Verified</span>" if sup["years"] > 5 else ""
        return ("<div class='%s' data-offer-id='%d'><a class='offer-img' href='%s?spm=a2700.galleryofferlist.0.0'>"
                "<img src='/img/%d.png' alt='%s' loading='lazy'></a><h2 class='offer-title'><a href='%s'>%s</a></h2>%s"
                "<div class='offer-price'>%s</div><div class='offer-moq'>Min. order: %s</div>"
                "<div class='offer-supplier'><a href='/company/%s/'>%s</a> <span class='flag flag-%s'>%s</span> "
                "<span class='yrs'>%d yrs</span>%s</div>"
                "<a class='btn-contact' rel='nofollow' href='/inquiry/start?offerId=%d'>Contact Supplier</a></div>"
                % (cls, p.pid, link, p.pid, esc(p.title), link, esc(p.title), cas, price_line(p), p.moq, p.sup,
                   sup["name"], sup["country"].lower(), sup["country"], sup["years"], badge, p.pid))

    hot_words = "".join("<a class='hot-word' href='/showroom/%s.html'>%s</a>" % (slug, esc(kw)) for kw, slug in HOT)
    rail = ("<aside class='hot-products-rail' id='J-hot-products'><h3 class='rail-title'>Hot Products</h3>"
            "<div class='rail-list'>%s</div><a class='rail-more' href='/catalog/%s.html'>View more</a></aside>"
            % ("".join(card(byid[i], "rail-card", via_redirect=True) for i in RAIL), CATS["pharm"][1]))
    cats_menu = "".join("<li class='cate-item'><a href='/catalog/%s.html'>%s</a></li>" % (slug, name)
                        for name, slug in CATS.values())

    def head(title, crumbs=()):
        bc = ""
        if crumbs:
            bc = ("<nav class='breadcrumb' aria-label='breadcrumb'><a href='/'>Home</a>%s</nav>"
                  % "".join(" <span>&rsaquo;</span> " + ("<a href='%s'>%s</a>" % (u, t) if u else "<span>%s</span>" % t)
                            for t, u in crumbs))
        return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
                "<meta name='viewport' content='width=device-width, initial-scale=1'>"
                "<title>%s - TradeHub B2B</title><link rel='stylesheet' href='/assets/th.min.css'>"
                "<link rel='icon' href='/favicon.ico'><script>window._th_cfg={page:'%s',lang:'en_US',curr:'USD'};"
                "window.dataLayer=window.dataLayer||[];</script></head><body class='th-page'>"
                "<div id='cookie-consent' class='cookie-banner' role='dialog'><p>We use cookies to improve your "
                "experience and for analytics. <a href='/help/privacy.html'>Privacy Policy</a></p>"
                "<button class='cookie-accept'>Accept all</button><button class='cookie-reject'>Reject</button></div>"
                "<div class='top-bar'><ul class='top-links'><li><a href='/member/signin.html'>Sign in</a></li>"
                "<li><a href='/member/join.html'>Join Free</a></li><li><a href='/message/inbox.html'>Messages</a></li>"
                "<li><a href='/buying-leads/'>Buying Leads</a></li><li><a href='/help/'>Help Center</a></li>"
                "<li class='lang'>English - USD</li><li><a href='/app/download.html'>Get the App</a></li></ul></div>"
                "<header class='header'><a class='logo' href='/'>TradeHub<span>B2B</span></a>"
                "<form class='search-bar' action='/trade/search' method='get'><select name='tab'><option>Products"
                "</option><option>Manufacturers</option><option>Buying Leads</option></select>"
                "<input type='text' name='SearchText' placeholder='What are you looking for...' autocomplete='off'>"
                "<input type='hidden' name='IndexArea' value='product_en'><button type='submit'>Search</button></form>"
                "<div class='hot-search'><span class='hot-label'>Hot searches:</span>%s</div></header>"
                "<nav class='cate-nav'><div class='all-cate'>All Categories<ul class='mega-menu'>%s"
                "<li class='cate-item'><a href='/buying-leads/'>Buying Leads</a></li></ul></div>"
                "<a href='/help/trade-assurance.html'>Trade Assurance</a> <a href='/tradeshow/2026-11'>Trade Shows</a> "
                "<a href='/help/'>Ready to Ship</a></nav>%s<div class='page-body'><main class='main-col'>"
                % (esc(title), esc(title), hot_words, cats_menu, bc))

    def foot():
        return ("</main>%s</div><footer class='footer'><div class='footer-cols'>"
                "<div class='col'><h4>Customer Services</h4><a href='/help/'>Help Center</a> "
                "<a href='/help/report.html'>Report Abuse</a> <a href='/help/dispute.html'>Submit a Dispute</a> "
                "<a href='/help/policies.html'>Policies &amp; Rules</a></div>"
                "<div class='col'><h4>About Us</h4><a href='/help/about.html'>About TradeHub</a> "
                "<a href='/help/privacy.html'>Privacy Policy</a> <a href='/help/terms.html'>Terms of Use</a></div>"
                "<div class='col'><h4>Source on TradeHub</h4><a href='/buying-leads/'>Buying Leads</a> "
                "<a href='/member/rfq.html'>Request for Quotation</a> <a href='/tradeshow/2026-11'>Trade Shows</a></div>"
                "<div class='col'><h4>Sell on TradeHub</h4><a href='/member/seller-join.html'>Supplier Memberships</a> "
                "<a href='/member/learning.html'>Learning Center</a></div></div>"
                "<p class='copy'>&copy; 2010-2026 TradeHub.example. All rights reserved. Listings are posted by "
                "independent members; TradeHub does not verify product legality. "
                "<a href='/help/policies.html'>Prohibited items policy</a></p></footer>"
                "<script src='/assets/th.min.js' defer></script></body></html>" % rail)

    # ---- product detail pages
    for p in P:
        sup = SUP[p.sup]
        r = rng("also" + str(p.pid))
        others = [q for q in P if q.pid != p.pid and q.cat == p.cat]
        also = r.sample(others, min(3, len(others)))
        tiers = "".join("<div class='price-item'><div class='quality'>%s %s</div><div class='price'>%s</div></div>"
                        % (q, "kilograms" if "Kilogram" in p.moq else ("grams" if "Gram" in p.moq else "tons"), pr)
                        for q, pr in p.price)
        attrs = [("CAS No.", p.cas or "-"), ("Other Names", p.other), ("MF", p.mf), ("EINECS No.", p.einecs or "-"),
                 ("Place of Origin", "Hubei, China" if p.sup == "kailong" else
                  ("Hebei, China" if p.sup == "zhuoran" else ("Maharashtra, India" if p.sup == "balaji" else "Jiangsu, China"))),
                 ("Purity", p.purity), ("Appearance", p.look), ("Application", "Pharmaceutical intermediate; research"),
                 ("Brand Name", "OEM"), ("Model Number", "TH-%d" % (p.pid % 10000))]
        attr_html = "".join("<div class='do-entry-item'><span class='attr-name'>%s:</span>"
                            "<span class='attr-value'>%s</span></div>" % (a, v) for a, v in attrs)
        claim_txt = " ".join(t for _, t in p.claims)
        desc = ("<div class='product-description'><h3>Product Description</h3><p>%s is supplied from our own "
                "production line with COA, HNMR and HPLC available for each batch.</p>%s%s"
                "<h3>Packaging &amp; Delivery</h3><p>Packaging details: %s. Lead time: 3-7 days after payment.</p>"
                "<h3>FAQ</h3><p><b>Q: Can I get a sample?</b><br>A: Yes, samples are available before bulk order.</p>"
                "<p><b>Q: Payment terms?</b><br>A: T/T, Western Union, USDT, Bitcoin.</p></div>"
                % (esc(p.sub.names[0] if p.sub.names and p.sub.key else p.title.split(" CAS")[0]),
                   ("<p class='shipping-note'>%s</p>" % esc(claim_txt)) if claim_txt else "",
                   ("<p class='compliance'>%s</p>" % esc(p.extra)) if p.extra else "",
                   "1 kg/foil bag, 25 kg/drum" if "Ton" not in p.moq and "1000" not in p.moq else "25 kg/bag or 200 kg/drum"))
        ld = ('{"@context":"https://schema.org","@type":"Product","name":"%s","sku":"%d",'
              '"brand":{"@type":"Brand","name":"OEM"},"offers":{"@type":"AggregateOffer","priceCurrency":"%s",'
              '"lowPrice":"%s","highPrice":"%s","offerCount":"%d","seller":{"@type":"Organization","name":"%s"}}}'
              % (p.title.replace('"', "'"), p.pid, "INR" if p.sup == "balaji" else "USD",
                 re.sub(r"[^0-9.]", "", p.price[-1][1].replace("&#8377;", "")),
                 re.sub(r"[^0-9.]", "", p.price[0][1].replace("&#8377;", "")), len(p.price),
                 sup["name"].replace("&amp;", "&")))
        related = "".join("<a class='related-kw' href='/showroom/%s.html'>%s</a>" % (k, esc(kw_of[k]))
                          for k in RELATED[p.cat])
        contacts = "<li>Contact: %s</li><li>WhatsApp: %s</li>%s" % (
            sup["contact"], sup["wa"], ("<li>Telegram: %s</li>" % sup["tg"]) if sup["tg"] else "")
        body = (head(p.title, [(CATS[p.cat][0], "/catalog/%s.html" % CATS[p.cat][1]), (esc(p.title[:48]) + "...", None)])
                + "<script type='application/ld+json'>%s</script>" % ld
                + "<div class='detail-layout' id='J-detail'><div class='detail-gallery'><img class='main-img' src='/img/%d.png' "
                  "alt='%s'><div class='thumbs'><img src='/img/%d.png' alt=''><img src='/img/%d.png' alt=''></div></div>"
                  % (p.pid, esc(p.title), p.pid, p.pid)
                + "<div class='detail-info'><div class='detail-title'><h1>%s</h1></div>" % esc(p.title)
                + "<div class='price-list'>%s</div><div class='moq'>Min. Order: %s</div>" % (tiers, p.moq)
                + "<div class='trade-assurance'>Trade Assurance protects your orders on TradeHub</div>"
                + "<form class='inquiry-form' action='/inquiry/send' method='post'>"
                  "<input type='hidden' name='offerId' value='%d'><input type='hidden' name='_csrf' value='c7f1e0b9a2'>"
                  "<input type='hidden' name='from' value='detail'><textarea name='content' placeholder='Enter your "
                  "inquiry details such as product name, color, size, quantity, material, etc.'></textarea>"
                  "<button type='submit' class='btn-inquiry'>Send Inquiry</button> "
                  "<a class='btn-price' rel='nofollow' href='/inquiry/price?offerId=%d'>Get Latest Price</a></form>"
                  "</div></div>" % (p.pid, p.pid)
                + "<section class='key-attributes'><h3>Key attributes</h3><div class='do-entry-list'>%s</div></section>" % attr_html
                + desc
                + "<section class='company-card'><h3>Company Information</h3><a href='/company/%s/'>%s</a>"
                  "<p>%s &middot; %d yrs &middot; Response time %s &middot; On-time delivery %s</p><ul class='contact'>%s</ul>"
                  "</section>" % (p.sup, sup["name"], sup["loc"], sup["years"], sup["resp"], sup["rate"], contacts)
                + "<section class='also-viewed'><h3>Customers who viewed this item also viewed</h3>%s</section>"
                  % "".join(card(q, "also-card") for q in also)
                + "<section class='related-searches'><h3>Related Searches</h3>%s</section>" % related
                + foot())
        hits, cas = truth_of([(p.sub, p.cas)])
        s.add(Page(p.url, body, hits=hits, cas=cas, claims={k for k, _ in p.claims}, listing=True))
        s.redirects["/offer/%d.html" % p.pid] = p.url
        s.add(Page("/img/%d.png" % p.pid, tiny_png(p.pid % 997), ctype="image/png"))

    # ---- category listings (4 per page)
    for cat, (cname, cslug) in CATS.items():
        items = [p for p in P if p.cat == cat]
        chunks = paginate(items, 4)
        for pi, chunk in enumerate(chunks, 1):
            path = "/catalog/%s.html" % cslug
            key = path if pi == 1 else qkey(path, page=str(pi))
            pager = " ".join(("<a class='page-num%s' href='%s'>%d</a>" % (" active" if k == pi else "",
                                                                           path if k == 1 else href(path, page=str(k)), k))
                             for k in range(1, len(chunks) + 1))
            sortbar = ("<div class='sort-bar'>Sort by: <a href='%s'>Best Match</a> <a href='%s'>Price</a> "
                       "<a href='%s'>Supplier rating</a></div>"
                       % (esc(key), href(path, **({"page": str(pi)} if pi > 1 else {}), sort="price"),
                          href(path, **({"page": str(pi)} if pi > 1 else {}), sort="rating")))
            body = (head("%s - page %d" % (cname.replace("&amp;", "&"), pi), [(cname, None)])
                    + "<h1 class='cate-title'>%s</h1><p class='result-count'>%d products found</p>%s" % (cname, len(items), sortbar)
                    + "<div class='offer-list'>%s</div><div class='pagination'>%s</div>" % ("".join(card(p) for p in chunk), pager)
                    + foot())
            hits, cas = truth_of([(p.sub, p.cas) for p in chunk])
            s.add(Page(key, body, hits=hits, cas=cas, listing=True))

    # ---- showroom (keyword) pages
    for kw, slug in HOT:
        items = [byid[i] for i in SHOWROOM[slug]]
        body = (head("%s - Buy %s with fast delivery" % (kw, kw), [("Showroom", None), (esc(kw), None)])
                + "<h1 class='showroom-title'>%s Products</h1><p>%d results for \"%s\" from verified suppliers.</p>"
                  % (esc(kw), len(items), esc(kw))
                + "<div class='offer-list'>%s</div>" % "".join(card(p) for p in items)
                + "<section class='related-searches'><h3>Related searches</h3>%s</section>"
                  % "".join("<a class='related-kw' href='/showroom/%s.html'>%s</a>" % (sl, esc(k)) for k, sl in HOT if sl != slug)
                + foot())
        hits, cas = truth_of([(p.sub, p.cas) for p in items])
        s.add(Page("/showroom/%s.html" % slug, body, hits=hits, cas=cas, listing=True))

    # ---- supplier mini-sites
    for code, sup in SUP.items():
        items = [p for p in P if p.sup == code]
        adv = "".join("<li>%s</li>" % esc(t) for _, t in sup["claims"])
        body = (head(sup["name"].replace("&amp;", "&"), [("Suppliers", None), (sup["name"], None)])
                + "<div class='company-header'><h1 class='company-name'>%s</h1><p>%s &middot; %d yrs on TradeHub &middot; "
                  "Business type: Trading Company</p></div>" % (sup["name"], sup["loc"], sup["years"])
                + "<section class='company-overview'><h3>Company Overview</h3><p>Established in %d, we focus on fine "
                  "chemicals and pharmaceutical raw materials, exporting to more than 40 countries.</p>%s</section>"
                  % (2026 - sup["years"] - 3, ("<h3>Why choose us</h3><ul class='advantages'>%s</ul>" % adv) if adv else "")
                + "<section class='main-products'><h3>Main Products</h3><div class='offer-list'>%s</div></section>"
                  % "".join(card(p) for p in items)
                + "<section class='company-contact'><h3>Contact</h3><ul><li>%s</li><li>WhatsApp: %s</li>%s</ul>"
                  "<a class='btn-inquiry' href='/inquiry/start?company=%s'>Send Inquiry</a></section>"
                  % (sup["contact"], sup["wa"], ("<li>Telegram: %s</li>" % sup["tg"]) if sup["tg"] else "", code)
                + foot())
        hits, cas = truth_of([(p.sub, p.cas) for p in items])
        s.add(Page("/company/%s/" % code, body, hits=hits, cas=cas, claims={k for k, _ in sup["claims"]}, listing=True))

    # ---- buying leads (requests, not offers)
    rfqs = [
        ("Looking for 4-ANPP 20 kg, delivery to Culiac&aacute;n, Mexico", "Need a supplier who can guarantee customs "
         "clearance and reship if seized. Please quote CIF price.", "MX"),
        ("Purchasing 1-Boc-4-piperidone (CAS 79099-07-3) 5 kg monthly", "Long-term cooperation, sample first.", "US"),
        ("Caffeine anhydrous 1 MT for energy drink production", "Food grade, FSSC certificate required.", "NG"),
        ("WTB isotonitazene 100 g", "Fast delivery, discreet packing wanted, pay by USDT.", "AU"),
        ("Need DMSO 99.9% 2 x 20ft containers", "Pharma grade, DMF file please.", "TR"),
    ]
    rows = "".join("<li class='rfq-item'><h3 class='rfq-title'>%s</h3><p class='rfq-desc'>%s</p><span class='rfq-country'>"
                   "Buyer from %s</span> <span class='rfq-qty'>Quotes left: %d</span> <a class='btn-quote' rel='nofollow' "
                   "href='/inquiry/quote?rfq=%d'>Quote Now</a></li>" % (t, esc(d), c, 10 - i, 88410 + i)
                   for i, (t, d, c) in enumerate(rfqs))
    s.add(Page("/buying-leads/", head("Buying Leads", [("Buying Leads", None)])
               + "<h1>Latest Buying Leads (RFQ)</h1><p>Buyers post what they need; verified suppliers quote.</p>"
                 "<ul class='rfq-list'>%s</ul>" % rows + foot()))

    # ---- home, help
    tiles = "".join("<a class='cate-tile' href='/catalog/%s.html'><img src='/img/cat-%d.png' alt=''><span>%s</span></a>"
                    % (slug, i, name) for i, (name, slug) in enumerate(CATS.values()))
    for i in range(len(CATS)):
        s.add(Page("/img/cat-%d.png" % i, tiny_png(500 + i), ctype="image/png"))
    s.add(Page("/", head("Manufacturers, Suppliers, Exporters &amp; Importers") +
               "<section class='hero'><h1>Source chemicals from verified suppliers</h1><p>Over 120,000 chemical products "
               "from 9,000 suppliers. Trade Assurance on every order.</p></section>"
               "<section class='cate-tiles'><h2>Browse categories</h2>%s</section>"
               "<section class='rfq-teaser'><h2>Tell us what you need</h2><p>Post a buying request and get quotes within "
               "24 hours.</p><a href='/buying-leads/'>See latest buying leads</a></section>" % tiles + foot()))
    s.add(Page("/help/", head("Help Center", [("Help Center", None)]) +
               "<h1>Help Center</h1><ul><li><a href='/help/about.html'>About TradeHub</a></li>"
               "<li><a href='/help/policies.html'>Policies &amp; Rules</a></li></ul>" + foot()))
    s.add(Page("/help/policies.html", head("Policies &amp; Rules", [("Help Center", "/help/"), ("Policies", None)]) +
               "<h1>Prohibited and Restricted Items</h1><p>Members must not list narcotic drugs, psychotropic substances "
               "or controlled precursors, including but not limited to fentanyl and its analogues, carfentanil, "
               "nitazenes, NPP (CAS 39742-60-4), 4-ANPP (CAS 21409-26-7) and 1-Boc-4-piperidone (CAS 79099-07-3). "
               "Listings found in violation are removed and the member account may be suspended.</p>" + foot()))
    s.add(Page("/help/about.html", head("About", [("Help Center", "/help/"), ("About", None)]) +
               "<h1>About TradeHub</h1><p>TradeHub connects global buyers with manufacturers and trading companies "
               "since 2010.</p>" + foot()))
    for hp, ht, tx in [("privacy", "Privacy Policy", "We process personal data to provide the marketplace service."),
                       ("terms", "Terms of Use", "Members are responsible for the legality of their listings."),
                       ("report", "Report Abuse", "Report listings that violate our Prohibited Items Policy."),
                       ("dispute", "Submit a Dispute", "Open a dispute within 30 days of delivery."),
                       ("trade-assurance", "Trade Assurance", "Payment protection for orders paid on TradeHub.")]:
        s.add(Page("/help/%s.html" % hp, head(ht, [("Help Center", "/help/"), (ht, None)]) +
                   "<h1>%s</h1><p>%s</p>" % (ht, tx) + foot()))
    s.add(Page("/assets/th.min.css", ".offer-card{display:inline-block;width:23%}.rail-card{width:100%}", ctype="text/css"))
    s.add(Page("/assets/th.min.js", "window.TH={init:function(){}};", ctype="application/javascript"))
    return s


# ================================================================ 2. tg-wanhechem (t.me/s/ web preview)

def tg_wanhechem():
    s = Site("tg-wanhechem", "telegram-channel")
    s.robots = None                      # /robots.txt answers 404
    s.junk_params = s.junk_params + ["embed", "single"]
    CH = "wanhe_chem"
    TITLE = "Wanhe Chem \U0001F9EA | Intermediates"
    # (post no, date, kind, text, photos, offered [(sub, cas shown)], claims, forwarded_from, tags)
    # kind: "offer" or "info"; text uses <br>, hashtags are written as {#tag}
    posts = [
        (1170, "2025-03-03T08:12:40+00:00", "info",
         "Welcome to the official channel of <b>Wanhe Chem</b> \U0001F44B<br>We post new stock, price updates and "
         "shipping news here. Sales: @wanhe_sales (Telegram) / Wickr: wanhechem / Session ID on request.", 0, [], [], "", []),
        (1171, "2025-03-05T09:40:02+00:00", "offer",
         "\u2705 <b>NPP | N-Phenethyl-4-piperidone</b><br>CAS: 39742-60-4<br>Purity \u226599.5% (HPLC)<br>MOQ 1 kg<br>"
         "\U0001F4B0 1 kg = 450 USDT | 5 kg = 2100 USDT | 10 kg+ ask<br>Payment: USDT (TRC20) / BTC<br>"
         "\U0001F4E6 Door to door \U0001F1FA\U0001F1F8\U0001F1E8\U0001F1E6\U0001F1F2\U0001F1FD\U0001F1E6\U0001F1FA<br>"
         "\u2708\ufe0f Customs clearance is our job, you only receive the parcel<br>PM @wanhe_sales {#NPP}",
         2, [(npp, "39742-60-4")], ["customs"], "", ["NPP"]),
        (1172, "2025-03-07T11:02:19+00:00", "offer",
         "<b>4-AP</b> (N-phenylpiperidin-4-amine) CAS 23056-29-3<br>99% off-white powder, 380 USDT/kg, MOQ 500 g<br>"
         "\U0001F501 If the package is seized by customs we reship it for free (one time)<br>Order: @wanhe_sales",
         1, [(ap4, "23056-29-3")], ["reship"], "", []),
        (1173, "2025-03-08T06:55:00+00:00", "info",
         "Mexico: Navy seizes 2 tonnes of fentanyl precursors at Manzanillo port. The cargo, declared as 'urea', "
         "contained 4-piperidone and 1-boc-4-piperidone shipped from Asia, officials said.", 0, [], [],
         "Chem Industry Daily", []),
        (1174, "2025-03-10T10:21:47+00:00", "offer",
         "\U0001F539 <b>N-Boc-4-piperidone</b> 79099-07-3 new batch, 98%, white powder<br>\U0001F4B5 230 USDT/kg, "
         "25 kg drum available<br>\U0001F4E6 Packing: foil bag inside a tin of protein powder, no smell, no chemical "
         "name outside<br>Photos below \U0001F447 {#boc}", 3, [(bocpip, "79099-07-3")], ["stealth"], "", ["boc"]),
        (1175, "2025-03-11T03:30:12+00:00", "info", "New batch arrived \U0001F4E6\U0001F4E6\U0001F4E6", 3, [], [], "", []),
        (1176, "2025-03-13T12:05:33+00:00", "offer",
         "<b>4-ANPP</b> CAS 21409-26-7 \u2705 2 kg in stock<br>Purity 99.3%, 1200 USDT/kg, MOQ 500 g<br>"
         "\U0001F1FA\U0001F1F8 US clients: the goods first go to our partner warehouse in Texas, then USPS domestic "
         "delivery \u2014 no customs for you<br>DM @wanhe_sales", 2, [(anpp, "21409-26-7")], ["forwarding"], "", []),
        (1177, "2025-03-14T09:00:00+00:00", "info",
         "\u2753 Q&amp;A: Do you ship to Australia? Yes \U0001F1E6\U0001F1FA, 10-15 days. Do you accept PayPal? No. "
         "Minimum order? See each product post.", 0, [], [], "", []),
        (1178, "2025-03-16T08:45:10+00:00", "offer",
         "\U0001F4CB <b>PRICE LIST</b> (update 16 March)<br>\u2022 NPP 39742-60-4 \u2014 450u/kg<br>"
         "\u2022 4-AP 23056-29-3 \u2014 380u/kg<br>\u2022 1-Boc-4-AP 125541-22-2 \u2014 640u/kg<br>"
         "\u2022 N-Boc-4-piperidone 79099-07-3 \u2014 230u/kg<br>\u2022 4-Piperidone HCl H2O 40064-34-4 \u2014 160u/kg<br>"
         "\u2022 Propionyl chloride 79-03-8 \u2014 90u/kg<br>Contact @wanhe_sales {#pricelist} {#NPP}", 1,
         [(npp, "39742-60-4"), (ap4, "23056-29-3"), (boc4ap, "125541-22-2"), (bocpip, "79099-07-3"),
          (pip4_hcl, "40064-34-4"), (propionyl_cl, "79-03-8")], [], "", ["pricelist", "NPP"]),
        (1179, "2025-03-18T15:10:00+00:00", "info",
         "\u26a0\ufe0f <b>SCAM WARNING</b> \u26a0\ufe0f<br>The account @wanhe_saIes (capital i instead of l) is FAKE. "
         "Our only sales contact is @wanhe_sales. We never ask for payment to a new wallet.", 0, [], [], "", []),
        (1180, "2025-03-21T07:33:29+00:00", "offer",
         "<b>tert-butyl 4-(phenylamino)piperidine-1-carboxylate</b> (1-Boc-4-AP)<br>CAS 125541-22-2, 99%, "
         "650 USDT/kg<br>\U0001F9FE Invoice says 'ceramic glaze pigment', so customs never check {#boc}", 2,
         [(boc4ap, "125541-22-2")], ["mislabel"], "", ["boc"]),
        (1181, "2025-03-24T10:18:50+00:00", "offer",
         "Norfentanyl (N-phenyl-N-(piperidin-4-yl)propanamide) CAS 1609-66-1 in stock<br>100 g minimum, "
         "9 USDT/g, 1 kg 6500 USDT", 1, [(norfent, "1609-66-1")], [], "", []),
        (1182, "2025-03-26T02:00:00+00:00", "info",
         "\U0001F4E2 Notice: Qingming holiday, no shipping 4-6 April. Orders paid before 3 April go out on time.",
         0, [], [], "", []),
        (1183, "2025-03-28T09:27:14+00:00", "offer",
         "<b>BMK Glycidate</b> (P-2-P methyl glycidic acid methyl ester) CAS 80532-66-7<br>"
         "\U0001F1E9\U0001F1EA\U0001F1F3\U0001F1F1\U0001F1F5\U0001F1F1 EU warehouse stock: it is shipped inland within "
         "the EU from there, 2-4 days, no customs<br>1 kg 260 USDT, 10 kg 2300 USDT", 2, [(bmkg, "80532-66-7")],
         ["forwarding"], "", []),
        (1184, "2025-03-30T13:51:05+00:00", "offer",
         "<b>PMK glycidate</b> CAS 13605-48-6, oil, 99%<br>1 kg 550 USDT<br>\U0001F4E6 Vacuum-sealed double bag, hidden "
         "inside a car-part box", 2, [(pmkg, "13605-48-6")], ["stealth"], "", []),
        (1185, "2025-04-01T05:00:00+00:00", "info",
         "China to control the whole nitazene class from 1 July 2025. The new list names isotonitazene, metonitazene "
         "and protonitazene among 12 substances.", 0, [], [], "Chem Industry Daily", []),
        (1186, "2025-04-03T08:08:08+00:00", "offer",
         "<b>4-Piperidone monohydrate hydrochloride</b> 40064-34-4<br>99%, 25 kg drum, 150u/kg<br>"
         "Lost or seized = we send again, no discussion \U0001F91D", 1, [(pip4_hcl, "40064-34-4")], ["reship"], "", []),
        (1187, "2025-04-05T11:40:31+00:00", "offer",
         "2-\u6eb4-4'-\u7532\u57fa\u82ef\u4e19\u916e (2-Bromo-4'-methylpropiophenone) CAS 1451-82-7\uff0c"
         "120u/\u516c\u65a4\uff0c\u4fc4\u7f85\u65af\U0001F1F7\U0001F1FA\u54c8\u85a9\u514b\U0001F1F0\U0001F1FF"
         "\u5c08\u7dda\uff0c\u5305\u6e05\u95dc\uff0c\u96d9\u6e05\u5230\u9580", 1,
         [(bromoketone, "1451-82-7")], ["customs"], "", []),
        (1188, "2025-04-07T04:20:00+00:00", "info",
         "We are hiring \U0001F4BC Sales agents for Latin America, Spanish speaking, 10% commission. Send CV to @wanhe_hr.",
         0, [], [], "", []),
        (1189, "2025-04-09T09:09:09+00:00", "offer",
         "\U0001F525 NPP back in stock \U0001F525 100 kg ready, price drop: 420u/kg. Be fast {#NPP}", 1,
         [(npp, None)], [], "", ["NPP"]),
        (1190, "2025-04-12T10:00:26+00:00", "offer",
         "<b>1-Boc-4-piperidone</b> (tert-butyl 4-oxopiperidine-1-carboxylate) CAS 79099-07-3<br>220 USDT/kg<br>"
         "\U0001F1F2\U0001F1FD Clientes de M\u00e9xico: la mercanc\u00eda llega primero a nuestro agente de carga en "
         "Guadalajara y de ah\u00ed se entrega por paqueter\u00eda local a su ciudad {#boc}", 1, [(bocpip, "79099-07-3")], ["forwarding"], "", ["boc"]),
        (1191, "2025-04-14T16:12:00+00:00", "info",
         "\U0001F64F Feedback from a client in \U0001F1FA\U0001F1F8 (screenshot): <i>\"NPP arrived in 9 days, stealth "
         "10/10, customs didn't touch it. Will order again\"</i><br>Thank you brother!", 1, [], [], "", []),
        (1192, "2025-04-16T08:30:44+00:00", "offer",
         "<b>4-ANPP</b> 21409-26-7, only 3 kg left, 1150u/kg<br>Waybill declaration: 'plastic additive'", 2,
         [(anpp, "21409-26-7")], ["mislabel"], "", []),
        (1193, "2025-04-17T12:00:00+00:00", "info",
         "\"Two Chinese companies indicted for selling NPP and 4-ANPP to cartels\" \u2014 stay safe, buy only from our "
         "official contacts.", 0, [], [], "DEA Watch", []),
        (1194, "2025-04-19T09:15:02+00:00", "offer",
         "4-AP CAS 23056-29-3 new batch 99.3%, 360u/kg, 50 g sample available", 1, [(ap4, "23056-29-3")], [], "", []),
        (1195, "2025-04-21T10:45:00+00:00", "offer",
         "\U0001F525 4-\u0391\u039d\u03a1\u03a1 99% \U0001F525 ready stock 2 kg, 1100u/kg, DM", 1, [(anpp, None)], [], "", []),
        (1196, "2025-04-23T07:00:00+00:00", "info", "Our new warehouse \U0001F3ED 20000 m\u00b2 in Hubei", 3, [], [], "", []),
        (1197, "2025-04-25T08:00:12+00:00", "offer",
         "Today price: NPP 430u | 1-boc-4-piperidone 220u | 4-piperidone HCl 150u<br>\U0001F501 Reship guarantee on "
         "all orders {#pricelist} {#NPP}", 0, [(npp, None), (bocpip, None), (pip4_hcl, None)], ["reship"], "",
         ["pricelist", "NPP"]),
        (1198, "2025-04-27T09:30:00+00:00", "offer",
         "Propionyl chloride 79-03-8, 85u/kg, 25 kg drum, sea freight only", 1, [(propionyl_cl, "79-03-8")], [], "", []),
        (1199, "2025-04-29T11:11:11+00:00", "info",
         "\U0001F4B3 Payment: USDT TRC20 preferred, BTC accepted. Bank transfer only for 5 kg+ orders.", 0, [], [], "", []),
    ]
    bynum = {p[0]: p for p in posts}
    TAGS = {"NPP": "#NPP", "boc": "#boc", "pricelist": "#pricelist"}

    def tag_link(t):
        return "<a href='%s'>#%s</a>" % (href("/s/" + CH, q="#" + t), t)

    def views(n):
        v = (n * 7919) % 4200 + 600
        return "%.1fK" % (v / 1000.0) if v >= 1000 else str(v)

    def msg(p):
        n, date, kind, text, photos, offered, claims, fwd, tags = p
        text = re.sub(r"\{#(\w+)\}", lambda m: tag_link(m.group(1)), text)
        ph = ""
        if photos == 1:
            ph = ("<a class='tgme_widget_message_photo_wrap' href='/%s/%d' style='width:800px;background-image:url(\"/file/"
                  "%d_0.png\")'><div class='tgme_widget_message_photo' style='padding-top:75%%'></div></a>" % (CH, n, n))
        elif photos > 1:
            ph = ("<div class='tgme_widget_message_grouped_wrap js-message_grouped_wrap'><div class='tgme_widget_message_grouped'>%s"
                  "</div></div>" % "".join("<a class='tgme_widget_message_photo_wrap grouped_media_wrap' href='/%s/%d?single' "
                                           "style='background-image:url(\"/file/%d_%d.png\")'></a>" % (CH, n, n, i)
                                           for i in range(photos)))
        fw = ("<div class='tgme_widget_message_forwarded_from accent_color'>Forwarded from <a class='tgme_widget_message_"
              "forwarded_from_name' href='https://t.me/chem_industry_daily'><span dir='auto'>%s</span></a></div>" % fwd) if fwd else ""
        hh, mm = date[11:13], date[14:16]
        return ("<div class='tgme_widget_message_wrap js-widget_message_wrap'><div class='tgme_widget_message "
                "text_not_supported_wrap js-widget_message' data-post='%s/%d' data-view='eyJjIjotMTAwMjI%d'>"
                "<div class='tgme_widget_message_user'><a href='/s/%s'><i class='tgme_widget_message_user_photo bgcolor1' "
                "data-content='W'><img src='/file/avatar.png'></i></a></div><div class='tgme_widget_message_bubble'>"
                "<i class='tgme_widget_message_bubble_tail'><svg class='bubble_icon' width='9px' height='20px' "
                "viewBox='0 0 9 20'><path d='M8,1 L9,1 L9,20 L8,20 C8,20 6,14 0,13 Z'></path></svg></i>"
                "<div class='tgme_widget_message_author accent_color'><a class='tgme_widget_message_owner_name' href='/s/%s'>"
                "<span dir='auto'>%s</span></a></div>%s%s<div class='tgme_widget_message_text js-message_text' dir='auto'>%s</div>"
                "<div class='tgme_widget_message_footer compact js-message_footer'><div class='tgme_widget_message_info short "
                "js-message_info'><span class='tgme_widget_message_views'>%s</span><span class='copyonclick'>"
                "<span class='tgme_widget_message_meta'><a class='tgme_widget_message_date' href='/%s/%d'><time "
                "datetime='%s' class='time'>%s:%s</time></a></span></span></div></div></div></div></div>"
                % (CH, n, n, CH, CH, esc(TITLE), fw, ph, text, views(n), CH, n, date, hh, mm))

    def truth_posts(ps):
        hits, cas, claims = set(), set(), set()
        for p in ps:
            h, c = truth_of(p[5])
            hits |= h
            cas |= c
            claims |= set(p[6])
        return hits, cas, claims

    def page_html(title, inner, desc):
        return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s \u2013 Telegram</title>"
                "<meta name='viewport' content='width=device-width, initial-scale=1.0'>"
                "<meta property='og:title' content='%s'><meta property='og:description' content='%s'>"
                "<meta property='og:site_name' content='Telegram'><meta name='twitter:card' content='summary'>"
                "<link href='/css/widget-frame.css?66' rel='stylesheet'><link href='/css/telegram-web.css?12' rel='stylesheet'>"
                "</head><body class='widget_frame_base tgme_webpreview_body'>"
                "<header class='tgme_header search_collapsed'><div class='tgme_header_left_column'><a class='tgme_header_link' "
                "href='/s/%s'><span class='tgme_header_title'>%s</span></a></div><div class='tgme_header_right_column'>"
                "<form class='tgme_header_search_form' action='/s/%s' method='get'><input class='tgme_header_search_form_input' "
                "name='q' placeholder='Search'></form><a class='tgme_action_button_new tgme_action_web_button' href='https://web."
                "telegram.org/k/#@%s'>Open in Web</a><a class='tgme_action_button_new tgme_action_button_pri' "
                "href='tg://resolve?domain=%s'>Join Channel</a></div></header>"
                "<main class='tgme_main'>%s</main><div class='tgme_footer'><a href='https://telegram.org/'>Telegram</a> "
                "<a href='https://telegram.org/privacy'>Privacy</a> <a href='https://telegram.org/dl'>Download</a></div>"
                "<script src='/js/telegram-web.js?14'></script></body></html>"
                % (esc(title), esc(title), esc(desc), CH, esc(TITLE), CH, CH, CH, inner))

    info = ("<section class='tgme_right_column'><div class='tgme_channel_info'><div class='tgme_channel_info_header'>"
            "<i class='tgme_page_photo_image bgcolor1'><img src='/file/avatar.png'></i><div class='tgme_channel_info_header_"
            "title'><span dir='auto'>%s</span></div><div class='tgme_channel_info_header_username'><a href='/s/%s'>@%s</a>"
            "</div></div><div class='tgme_channel_info_description'>Professional supplier of pharmaceutical intermediates "
            "since 2016 \U0001F1E8\U0001F1F3 Good quality, best price. Orders: @wanhe_sales</div>"
            "<div class='tgme_channel_info_counters'><div class='tgme_channel_info_counter'><span class='counter_value'>3.4K"
            "</span> <span class='counter_type'>subscribers</span></div><div class='tgme_channel_info_counter'><span "
            "class='counter_value'>412</span> <span class='counter_type'>photos</span></div></div></div></section>"
            % (esc(TITLE), CH, CH))

    archives = [(1190, 1199), (1180, 1189), (1170, 1179)]   # newest first
    for ai, (lo, hi) in enumerate(archives):
        ps = [bynum[n] for n in range(lo, hi + 1)]
        more = ""
        if ai + 1 < len(archives):
            more = ("<div class='tgme_widget_message_centered js-messages_more_wrap'><a href='%s' class='tme_messages_more "
                    "js-messages_more' data-before='%d'>Load more</a></div>" % (href("/s/" + CH, before=str(lo)), lo))
        newer = ""
        if ai > 0:
            nlo = archives[ai - 1][0]
            newer = ("<div class='tgme_widget_message_centered js-messages_more_wrap'><a href='%s' class='tme_messages_more "
                     "js-messages_more' data-after='%d'>Newer posts</a></div>"
                     % ("/s/" + CH if ai == 1 else href("/s/" + CH, before=str(archives[ai - 2][0])), hi))
        inner = (info + "<section class='tgme_channel_history js-message_history'>%s%s%s</section>"
                 % (more, "".join(msg(p) for p in ps), newer))
        key = "/s/" + CH if ai == 0 else qkey("/s/" + CH, before=str(hi + 1))
        hits, cas, claims = truth_posts(ps)
        s.add(Page(key, page_html(TITLE, inner, "Professional supplier of pharmaceutical intermediates"),
                   hits=hits, cas=cas, claims=claims, listing=bool(hits or cas)))
    s.redirects["/"] = "/s/" + CH
    s.redirects["/" + CH] = "/s/" + CH

    # hashtag search pages
    for t in TAGS:
        ps = [p for p in posts if t in p[8]]
        inner = (info + "<section class='tgme_channel_history js-message_history'><div class='tgme_channel_search_"
                 "results'>%d results for #%s</div>%s</section>" % (len(ps), t, "".join(msg(p) for p in ps)))
        hits, cas, claims = truth_posts(ps)
        s.add(Page(qkey("/s/" + CH, q="#" + t), page_html("#%s \u2013 %s" % (t, TITLE), inner, "Search results"),
                   hits=hits, cas=cas, claims=claims, listing=True))

    # permalink pages (t.me/<channel>/<n>)
    for p in posts:
        n = p[0]
        inner = ("<div class='tgme_page_wrap'><div class='tgme_page tgme_page_post'><div class='tgme_page_widget'>%s</div>"
                 "<div class='tgme_page_context_link_wrap'><a class='tgme_page_context_link' href='/s/%s'>Context</a> "
                 "<a class='tgme_page_context_link' href='/s/%s'>View in channel</a></div></div></div>"
                 % (msg(p), CH if n >= 1190 else "%s?before=%d" % (CH, (n // 10) * 10 + 10), CH))
        plain = re.sub(r"<[^>]+>|\{#\w+\}", " ", p[3])
        hits, cas, claims = truth_posts([p])
        s.add(Page("/%s/%d" % (CH, n), page_html("%s \u2013 post %d" % (TITLE, n), inner, plain[:160]),
                   hits=hits, cas=cas, claims=claims, listing=(p[2] == "offer")))
        for i in range(max(p[4], 0)):
            s.add(Page("/file/%d_%d.png" % (n, i), tiny_png(n + i), ctype="image/png"))
    s.add(Page("/file/avatar.png", tiny_png(7), ctype="image/png"))
    s.add(Page("/css/widget-frame.css", ".tgme_widget_message{margin:8px}", ctype="text/css"))
    s.add(Page("/css/telegram-web.css", "body{background:#e7ebf0}", ctype="text/css"))
    s.add(Page("/js/telegram-web.js", "var TWeb={init:function(){}};", ctype="application/javascript"))
    s.flaky.update({"/%s/1176" % CH, "/%s/1192" % CH})
    return s


# ================================================================ 3. ru-rynok (Russian darknet-style market, cp1251)

def ru_rynok():
    s = Site("ru-rynok", "darknet-market-ru")
    CS = "windows-1251"
    s.robots = "User-agent: *\nDisallow: /korzina\nDisallow: /lk\nDisallow: /zakaz\nDisallow: /vyhod\n"
    s.disallow = ["/korzina", "/lk", "/zakaz", "/vyhod"]
    s.rate_limit = 12
    s.junk_params = s.junk_params + ["ssk"]
    BTC = 8_450_000.0

    def L(path, **q):
        base = path + ("?" + urlencode(sorted(q.items())) + "&" if q else "?")
        return esc(base) + "ssk={TOK}"

    def rub(x):
        return "%s руб. <span class='btc'>&asymp; %.5f BTC</span>" % ("{:,}".format(x).replace(",", " "), x / BTC)

    SHOPS = {
        "himprom": dict(name="ХимПром", since="2021", deals=1874, rating="4.93",
                        about="Прекурсоры и реактивы оптом и в розницу. Работаем по РФ, Казахстану и Беларуси. "
                              "Отправка СДЭК, Почтой России, Boxberry.",
                        terms=[("reship", "При изъятии посылки — повторная отправка бесплатно (один раз на заказ).")],
                        reviews=["Брал НПП 1 кг, пришло за 6 дней, стелс отличный, спасибо!",
                                 "Второй раз беру N-Boc-4-пиперидон, качество стабильное.",
                                 "Посылку изъяли, магазин реально переотправил. Рекомендую.",
                                 "Долго отвечали в ЛС, но всё дошло."]),
        "veter": dict(name="Северный Ветер", since="2022", deals=9310, rating="4.81",
                      about="Моментальные клады по Санкт-Петербургу и Ленобласти. Магнит, прикоп, тайник.",
                      terms=[("", "Ненаход — только с фото и видео с места. Перезаклады не делаем, почтой не отправляем.")],
                      reviews=["Фен огонь, клад на месте, магнит.", "Мефедрон кристалл, всё ровно, поднял за 5 минут.",
                               "Ненаход, саппорт отказал. Аккуратнее.", "Афган норм, прикоп глубокий, пришлось повозиться."]),
        "aptekar": dict(name="Аптекарь", since="2020", deals=2242, rating="4.77",
                        about="Фармацевтика и редкие позиции. Только почтовые отправки по РФ.",
                        terms=[("stealth", "Все вложения маскируем: конверт или бандероль без опознавательных знаков, "
                                           "товар внутри бытовых мелочей.")],
                        reviews=["Пластыри дошли в открытке, всё целое.", "Метадон ок, быстро.",
                                 "Изо очень сильный, осторожно, начинайте с малого.", "Тест-полоски пришли, пригодились."]),
    }
    CATS = {"himreaktivy": "Химия и реактивы", "stimulyatory": "Стимуляторы",
            "opiaty": "Опиаты и обезболивающие", "aksessuary": "Аксессуары"}
    ISO = "Is\u043et\u043enit\u0430z\u0435n\u0435"         # Latin word with Cyrillic о, а, е
    # id, sub, cas shown, title, shop, cat, prices [(qty, rub)], delivery, description, claims [(kind, text)], reviews
    P = [
        (301, npp, "39742-60-4", "НПП (N-фенэтил-4-пиперидон) 99%", "himprom", "himreaktivy",
         [("100 г", 6900), ("500 г", 29000), ("1 кг", 48000)], "Почта / СДЭК",
         "N-фенэтил-4-пиперидон (NPP), CAS 39742-60-4, светло-жёлтый порошок, чистота 99%. Партия март 2025, "
         "есть ЯМР по запросу.",
         [("stealth", "Упаковка: вакуум в два слоя, внутри коробки от бытовой техники, запах не проходит."),
          ("reship", "Если посылку изъяли или она потерялась — отправляем повторно за наш счёт.")],
         ["Пришло за 6 дней, упаковка огонь, стелс отличный.", "Качество норм, ЯМР прислали."]),
        (302, pip4_hcl, "40064-34-4", "4-пиперидон моногидрат гидрохлорид", "himprom", "himreaktivy",
         [("500 г", 9500), ("1 кг", 16000)], "Почта / СДЭК",
         "4-пиперидона гидрохлорид моногидрат, CAS 40064-34-4, белые кристаллы, 99%.",
         [("mislabel", "В накладной СДЭК указываем «удобрение для газона».")],
         ["Всё пришло, кристаллы чистые."]),
        (303, bocpip, "79099-07-3", "N-Boc-4-пиперидон (трет-бутил-4-оксопиперидин-1-карбоксилат)", "himprom",
         "himreaktivy", [("500 г", 11000), ("1 кг", 19500)], "Почта / СДЭК",
         "N-Boc-4-пиперидон, CAS 79099-07-3, 98%, белый порошок.",
         [("customs", "Везём напрямую из Китая, растаможку берём на себя — вы получаете уже в РФ."),
          ("forwarding", "Груз идёт через наш склад в Алматы, дальше отправляем внутренней почтой по России.")],
         ["Растаможка реально под ключ, забрал в ПВЗ.", "Второй заказ, всё стабильно."]),
        (304, bmkg, "80532-66-7", "БМК глицидат (метиловый эфир) порошок", "himprom", "himreaktivy",
         [("1 кг", 14500), ("5 кг", 65000)], "Почта / СДЭК",
         "Метиловый эфир BMK-глицидной кислоты (BMK methyl glycidate), CAS 80532-66-7, белый порошок.", [],
         ["Выход хороший, беру не первый раз."]),
        (305, amph, None, "Амфетамин «фен» белый, кристалл", "veter", "stimulyatory",
         [("1 г", 2900), ("2 г", 5300), ("5 г", 11500)], "Клад: магнит / прикоп",
         "Фен белый, мелкий кристалл. Районы: Приморский, Выборгский, Кудрово, Мурино. Клад поднимается до 24 часов "
         "после покупки.", [], ["Фен огонь, клад на месте.", "Ровно по весу."]),
        (306, unlisted, None, "Мефедрон кристалл VHQ", "veter", "stimulyatory",
         [("1 г", 3300), ("2 г", 6200)], "Клад: магнит / прикоп",
         "Мефедрон (4-MMC), крупный кристалл. Клады по всему городу.", [], ["Всё ровно, поднял за 5 минут."]),
        (307, fentanyl, None, "M30 «blues» (фент), 10 шт.", "veter", "opiaty",
         [("5 шт.", 7500), ("10 шт.", 14000)], "Клад: магнит / прикоп",
         "Синие таблетки M30, прессованные. Внимание: в составе фентанил, а не оксикодон. Клады по Приморскому и "
         "Выборгскому районам.", [], ["Синие, как в описании, клад на месте.", "Осторожно, крепкие."]),
        (308, heroin, None, "Героин «афган» 0.5 г", "veter", "opiaty",
         [("0.5 г", 4200), ("1 г", 7900)], "Клад: прикоп / тайник",
         "Афганский героин, светло-коричневый. Клады только Выборгский и Калининский районы.", [],
         ["Афган норм, прикоп глубокий."]),
        (309, methadone, None, "Метадон 0.5 г", "aptekar", "opiaty",
         [("0.5 г", 5100), ("1 г", 9600)], "Почта по РФ",
         "Метадон, белый порошок. Отправка Почтой России в течение 48 часов после оплаты.", [],
         ["Метадон ок, быстро.", "Пришло на 4-й день."]),
        (310, fentanyl, None, "Фентанил — пластыри «Дюрогезик» 100 мкг/ч, 5 шт.", "aptekar", "opiaty",
         [("5 шт.", 12500), ("10 шт.", 23000)], "Почта по РФ",
         "Оригинальные трансдермальные пластыри с фентанилом (Durogesic Matrix 100 мкг/ч), срок годности до 2027 г.",
         [("stealth", "Отправляем почтой по РФ: пластыри вложены в поздравительную открытку, конверт обычный.")],
         ["Пластыри дошли в открытке, всё целое."]),
        (311, isotonit, None, "Изо (%s) порошок 0.1 г" % ISO, "aptekar", "opiaty",
         [("0.1 г", 6500), ("0.25 г", 14000)], "Почта по РФ",
         "%s, жёлтоватый порошок, чистота 98%%. Только для опытных." % ISO, [],
         ["Очень сильный, осторожно."]),
        (312, pmeaf, None, "4'-Me-ацетилфентанил (para-Methylacetylfentanyl) 0.1 г", "aptekar", "opiaty",
         [("0.1 г", 5900), ("0.5 г", 24000)], "Почта по РФ",
         "N-(4-метилфенил)-N-[1-(2-фенилэтил)пиперидин-4-ил]ацетамид. Новая позиция, белый порошок.", [],
         ["Ещё не пробовал, дошло быстро."]),
        (313, unlisted, None, "Тест-полоски на фентанил, 10 шт.", "aptekar", "aksessuary",
         [("10 шт.", 900), ("50 шт.", 3900)], "Почта по РФ",
         "Иммунохроматографические тест-полоски для определения фентанила в образцах. Чувствительность 20 нг/мл.", [],
         ["Тест-полоски пришли, пригодились."]),
    ]
    byid = {p[0]: p for p in P}
    HOME = [301, 305, 307, 310, 311, 306]

    def head(title):
        menu = "".join("<li><a href='%s'>%s</a></li>" % (L("/katalog", cat=c), n) for c, n in CATS.items())
        return ("<!DOCTYPE html><html lang='ru'><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>"
                "<title>%s | Рынок «Полночь»</title><link rel='stylesheet' href='/static/polnoch.css'></head><body>"
                "<nav class='navbar navbar-inverse'><div class='container'><a class='navbar-brand' href='%s'>ПОЛНОЧЬ</a>"
                "<ul class='nav navbar-nav'><li><a href='%s'><i class='fa fa-home'></i> Главная</a></li>"
                "<li class='dropdown'><a href='%s'>Каталог</a><ul class='dropdown-menu'>%s</ul></li>"
                "<li><a href='%s'>Магазины</a></li><li><a href='%s'>Форум</a></li><li><a href='%s'>Правила</a></li>"
                "<li><a href='%s'>FAQ</a></li></ul><ul class='nav navbar-nav navbar-right'>"
                "<li><a href='%s'><i class='fa fa-shopping-cart'></i> Корзина (0)</a></li>"
                "<li><a href='%s'>Кабинет</a></li><li class='balance'>Баланс: 0.00000 BTC</li>"
                "<li><a href='%s'>Выход</a></li></ul></div></nav>"
                "<div class='searchbar'><form action='/katalog' method='get'><input type='hidden' name='ssk' value='{TOK}'>"
                "<input class='form-control' name='q' placeholder='Поиск по товарам...'><select name='gorod'>"
                "<option>Москва</option><option selected>Санкт-Петербург</option><option>Екатеринбург</option>"
                "<option>Почта по РФ</option></select><button class='btn btn-success'>Найти</button></form></div>"
                "<div class='container main'><div class='row'><div class='col-md-9'>"
                % (esc(title), L("/"), L("/"), L("/katalog", cat="himreaktivy"), menu, L("/magaziny"), L("/forum"),
                   L("/pravila"), L("/faq"), L("/korzina"), L("/lk"), L("/vyhod")))

    def foot():
        return ("</div><div class='col-md-3 sidebar'><div class='panel panel-default'><div class='panel-heading'>Новости "
                "площадки</div><ul class='list-unstyled'><li>12.04 — Внимание: участились фейковые зеркала, проверяйте "
                "адрес по PGP-подписи.</li><li>03.04 — Снижена комиссия гаранта до 3%%.</li><li>28.03 — Обновлён раздел "
                "FAQ.</li></ul></div><div class='panel panel-default'><div class='panel-heading'>Курс</div>"
                "<p>1 BTC &asymp; 8 450 000 руб.</p></div></div></div></div><footer class='footer'><p>Рынок «Полночь» "
                "&copy; 2022-2026 &middot; Все сделки через гаранта &middot; <a href='%s'>Правила</a> &middot; "
                "<a href='%s'>FAQ</a> &middot; PGP: 4F2A 9C11 0B7E D3A5</p></footer></body></html>"
                % (L("/pravila"), L("/faq")))

    def card(p):
        pid, sub, cas, title, shop, cat, prices, dlv = p[:8]
        return ("<div class='col-sm-4 product-item'><div class='thumbnail'><a href='%s'><img src='/img/t%d.png' alt=''></a>"
                "<div class='caption'><h4 class='product-title'><a href='%s'>%s</a></h4>%s<p class='price'>от %s</p>"
                "<p class='delivery'>%s</p><p class='shop'>Магазин: <a href='%s'>%s</a></p></div></div></div>"
                % (L("/tovar", id=str(pid)), pid, L("/tovar", id=str(pid)), esc(title),
                   ("<p class='cas'>CAS %s</p>" % cas) if cas else "", rub(prices[0][1]), dlv,
                   L("/magazin", id=shop), SHOPS[shop]["name"]))

    # ---- products: description tab and feedback tab
    for p in P:
        pid, sub, cas, title, shop, cat, prices, dlv, desc, claims, reviews = p
        sh = SHOPS[shop]
        opts = "".join("<option value='%d'>%s — %s</option>" % (i, q, re.sub("<[^>]+>", "", rub(r))) for i, (q, r) in enumerate(prices))
        header = ("<ol class='breadcrumb'><li><a href='%s'>Главная</a></li><li><a href='%s'>%s</a></li><li class='active'>%s</li></ol>"
                  "<div class='row listing'><div class='col-md-4'><img class='index-img' src='/img/t%d.png' alt=''></div>"
                  "<div class='col-md-8'><h2 class='listing-title'>%s</h2><div class='listing-price'><strong>%s</strong></div>"
                  "<form action='/zakaz' method='post'><input type='hidden' name='ssk' value='{TOK}'><input type='hidden' "
                  "name='tovar' value='%d'><label>Фасовка</label><select class='form-control' name='fasovka'>%s</select>"
                  "<table class='table table-condensed'><tr><td><b>Магазин</b></td><td><a href='%s'>%s</a> [%s, сделок: %d]"
                  "</td></tr><tr><td><b>Доставка</b></td><td>%s</td></tr>%s<tr><td><b>Гарант</b></td><td>Полный (эскроу)</td></tr>"
                  "</table><button type='submit' class='btn btn-danger btn-lg'>Купить</button></form></div></div>"
                  % (L("/"), L("/katalog", cat=cat), CATS[cat], esc(title), pid, esc(title), rub(prices[0][1]), pid, opts,
                     L("/magazin", id=shop), sh["name"], sh["rating"], sh["deals"], dlv,
                     ("<tr><td><b>CAS</b></td><td>%s</td></tr>" % cas) if cas else ""))
        tabs = ("<ul class='nav nav-tabs'><li%s><a href='%s'>Описание</a></li><li%s><a href='%s'>Отзывы (%d)</a></li></ul>")
        d_tab = ("<div class='tab-content'><h4>Описание</h4><p>%s</p>%s<p class='text-muted'>Магазин: %s. Вопросы — в "
                 "личные сообщения магазина.</p></div>"
                 % (esc(desc), "".join("<p>%s</p>" % esc(t) for _, t in claims), sh["name"]))
        r_tab = ("<div class='tab-content'><h4>Отзывы покупателей</h4><ul class='feedback'>%s</ul></div>"
                 % "".join("<li class='fb'><span class='fb-pos'>+</span> <b>%s</b>: %s</li>"
                           % ("user%03d" % ((pid * 7 + i * 13) % 1000), esc(rv)) for i, rv in enumerate(reviews)))
        hits, cas_set = truth_of([(sub, cas)])
        s.add(TokenPage("/tovar?id=%d" % pid, head(title) + header
                        + tabs % (" class='active'", L("/tovar", id=str(pid)), "", L("/tovar", id=str(pid), tab="otzyvy"), len(reviews))
                        + d_tab + foot(), CS, hits=hits, cas=cas_set, claims={k for k, _ in claims}, listing=True))
        s.add(TokenPage(qkey("/tovar", id=str(pid), tab="otzyvy"), head(title + " — отзывы") + header
                        + tabs % ("", L("/tovar", id=str(pid)), " class='active'", L("/tovar", id=str(pid), tab="otzyvy"), len(reviews))
                        + r_tab + foot(), CS, hits=hits, cas=cas_set, claims=set(), listing=True))
        s.add(Page("/img/t%d.png" % pid, tiny_png(pid), ctype="image/png"))

    # ---- categories
    for c, name in CATS.items():
        items = [p for p in P if p[5] == c]
        hits, cas = truth_of([(p[1], p[2]) for p in items])
        s.add(TokenPage(qkey("/katalog", cat=c), head(name) + "<h2>%s</h2><p>Товаров: %d</p><div class='row'>%s</div>"
                        % (name, len(items), "".join(card(p) for p in items)) + foot(), CS,
                        hits=hits, cas=cas, listing=True))

    # ---- shops: info (terms + products) and feedback
    for code, sh in SHOPS.items():
        items = [p for p in P if p[4] == code]
        hits, cas = truth_of([(p[1], p[2]) for p in items])
        tabs = ("<ul class='nav nav-tabs'><li%s><a href='%s'>О магазине</a></li><li%s><a href='%s'>Отзывы о магазине</a></li></ul>")
        top = ("<div class='vendor-header'><h2>Магазин «%s»</h2><p>На площадке с %s &middot; сделок: %d &middot; рейтинг %s</p></div>"
               % (sh["name"], sh["since"], sh["deals"], sh["rating"]))
        info = ("<div class='tab-content'><h4>О магазине</h4><p>%s</p><h4>Условия</h4>%s<h4>Товары магазина</h4>"
                "<div class='row'>%s</div></div>" % (esc(sh["about"]), "".join("<p>%s</p>" % esc(t) for _, t in sh["terms"]),
                                                      "".join(card(p) for p in items)))
        fb = ("<div class='tab-content'><h4>Отзывы о магазине</h4><ul class='feedback'>%s</ul></div>"
              % "".join("<li class='fb'><b>%s</b>: %s</li>" % ("buyer%02d" % (i * 17 % 97), esc(r)) for i, r in enumerate(sh["reviews"])))
        s.add(TokenPage(qkey("/magazin", id=code), head("Магазин " + sh["name"]) + top
                        + tabs % (" class='active'", L("/magazin", id=code), "", L("/magazin", id=code, tab="otzyvy"))
                        + info + foot(), CS, hits=hits, cas=cas, claims={k for k, _ in sh["terms"] if k}, listing=True))
        s.add(TokenPage(qkey("/magazin", id=code, tab="otzyvy"), head("Магазин %s — отзывы" % sh["name"]) + top
                        + tabs % ("", L("/magazin", id=code), " class='active'", L("/magazin", id=code, tab="otzyvy"))
                        + fb + foot(), CS))
    s.add(TokenPage("/magaziny", head("Магазины") + "<h2>Магазины площадки</h2><table class='table'><tr><th>Магазин</th>"
                    "<th>С</th><th>Сделок</th><th>Рейтинг</th></tr>%s</table>"
                    % "".join("<tr><td><a href='%s'>%s</a></td><td>%s</td><td>%d</td><td>%s</td></tr>"
                              % (L("/magazin", id=c), sh["name"], sh["since"], sh["deals"], sh["rating"]) for c, sh in SHOPS.items())
                    + foot(), CS))

    # ---- home (showcase)
    items = [byid[i] for i in HOME]
    hits, cas = truth_of([(p[1], p[2]) for p in items])
    s.add(TokenPage("/", head("Главная") + "<div class='jumbotron'><h1>Рынок «Полночь»</h1><p>Гарант на каждую сделку, "
                    "мгновенные клады и почтовые отправки по РФ и СНГ.</p></div><h3>Популярное</h3><div class='row'>%s</div>"
                    % "".join(card(p) for p in items) + foot(), CS, hits=hits, cas=cas, listing=True))

    # ---- rules, FAQ (operator text, no vendor claims)
    s.add(TokenPage("/pravila", head("Правила") + "<h2>Правила площадки</h2><ol>"
                    "<li>Все сделки проводятся только через гаранта.</li>"
                    "<li>Запрещено размещать: оружие, карфентанил и другие сверхсильные аналоги фентанила (в т.ч. "
                    "3-метилфентанил), яды, персональные данные.</li>"
                    "<li>Прекурсоры (НПП, 4-ANPP, 4-пиперидон, БМК) — только в разделе «Химия и реактивы» с проверкой магазина.</li>"
                    "<li>Обман покупателя — бан магазина и компенсация из залога.</li></ol>" + foot(), CS))
    s.add(TokenPage("/faq", head("FAQ") + "<h2>Частые вопросы</h2><dl>"
                    "<dt>Что такое перезаклад?</dt><dd>Если вы не нашли клад, некоторые магазины делают перезаклад — "
                    "бесплатно оставляют товар в новом месте. Условия у каждого магазина свои, читайте их перед покупкой.</dd>"
                    "<dt>Что такое «стелс»?</dt><dd>Многие продавцы прячут вложение в бытовые предметы, чтобы посылка не "
                    "привлекала внимания. Площадка за упаковку не отвечает.</dd>"
                    "<dt>Как работает гарант?</dt><dd>Деньги замораживаются до подтверждения получения, максимум 72 часа.</dd>"
                    "<dt>Можно ли заказать из-за границы?</dt><dd>Зависит от магазина. Некоторые возят через склады в "
                    "Казахстане — уточняйте у продавца.</dd></dl>" + foot(), CS))

    # ---- forum
    threads = {
        101: ("Куплю 4-ANPP и НПП оптом", [
            ("optovik_77", "Ищу стабильного поставщика 4-ANPP и НПП, объём от 5 кг в месяц. Предложения в ЛС.", ""),
            ("ХимПром (магазин)", "НПП есть в наличии: 1 кг — 48 000 руб., 5 кг — 215 000 руб. Оформляйте через гарант "
                                  "в нашем магазине или пишите в ЛС.", "offer"),
            ("sever_chem", "Тоже ищу 4-ANPP, кто брал — отпишитесь, у кого нормальное качество?", ""),
        ]),
        102: ("Новости: в Екатеринбурге ликвидирована нарколаборатория", [
            ("news_bot", "Сотрудники полиции ликвидировали лабораторию в Свердловской области: изъято 40 кг мефедрона, "
                         "12 кг 4-ANPP и прекурсоры. Будьте внимательны, не светите адреса.", ""),
            ("kot_basilio", "Жесть. Надеюсь, никто из наших магазинов не пострадал.", ""),
        ]),
    }
    rows = []
    for t, (title, posts) in threads.items():
        rows.append("<tr><td><a href='%s'>%s</a></td><td>%d</td></tr>" % (L("/forum/tema", t=str(t)), esc(title), len(posts)))
        body = "".join("<div class='forum-post'><div class='post-author'>%s</div><div class='post-body'>%s</div></div>"
                       % (esc(a), esc(txt)) for a, txt, _ in posts)
        offered = [(npp, None)] if any(k == "offer" for _, _, k in posts) else []
        hits, cas = truth_of(offered)
        s.add(TokenPage(qkey("/forum/tema", t=str(t)), head(title) + "<ol class='breadcrumb'><li><a href='%s'>Форум</a></li>"
                        "<li class='active'>%s</li></ol><h2>%s</h2>%s" % (L("/forum"), esc(title), esc(title), body) + foot(),
                        CS, hits=hits, cas=cas, listing=bool(hits)))
    s.add(TokenPage("/forum", head("Форум") + "<h2>Форум</h2><table class='table'><tr><th>Тема</th><th>Сообщений</th></tr>%s</table>"
                    % "".join(rows) + foot(), CS))
    s.add(Page("/static/polnoch.css", "body{background:#111;color:#ddd}", ctype="text/css"))
    return s


# ================================================================ 4. de-kontor (German RC webshop, Shopware-5-like)

def de_kontor():
    s = Site("de-kontor", "webshop-de")
    s.robots = ("User-agent: *\nDisallow: /compare\nDisallow: /checkout\nDisallow: /register\nDisallow: /account\n"
                "Disallow: /note\nDisallow: /widgets\nDisallow: /listing\nDisallow: /ticket\n"
                "Sitemap: /sitemap.xml\n")
    s.disallow = ["/compare", "/checkout", "/register", "/account", "/note", "/widgets", "/listing", "/ticket"]
    s.junk_params = s.junk_params + ["o", "sPartner"]
    CATS = {"research-pellets": "Research Pellets", "pulver": "Pulver &amp; Bausteine", "zubehoer": "Zubeh&ouml;r"}
    # id, sub, cas shown in detail, cas shown in listing box, name, cat, price, unit, description, claims, cross-sell ids
    P = [
        (101, bromazolam, "71368-80-4", "71368-80-4", "Bromazolam Pellets 1 mg", "research-pellets", "24,90", "10 Stk.",
         "Bromazolam (8-Brom-1-methyl-6-phenyl-4H-[1,2,4]triazolo[4,3-a][1,4]benzodiazepin) als gepresste Pellets zu je 1 mg. "
         "Reinheit &ge; 99 % (HPLC).",
         [("stealth", "Der Versand erfolgt diskret im neutralen Luftpolsterumschlag, der Absender l&auml;sst keinen "
                      "R&uuml;ckschluss auf den Inhalt zu.")], [112, 114]),
        (102, etizolam, "40054-69-1", None, "Etizolam Pellets 1 mg", "research-pellets", "19,90", "10 Stk.",
         "Etizolam-Pellets, 1 mg pro Pellet, einzeln verblistert. Analysenzertifikat auf Anfrage.", [], [101, 112]),
        (103, flualp, "28910-91-0", "28910-91-0", "Flualprazolam Pellets 0,5 mg", "research-pellets", "22,50", "10 Stk.",
         "Flualprazolam-Pellets zu 0,5 mg. Nur f&uuml;r analytische Zwecke.",
         [("forwarding", "Dieser Artikel kommt aus unserem Lager in S&#322;ubice (Polen) zun&auml;chst in unser "
                         "Umschlaglager in Frankfurt (Oder) und wird von dort als Inlandspaket per DHL zugestellt.")], [101, 114]),
        (104, unlisted, None, None, "2F-Deschloroketamin (2F-DCK) Pellets 10 mg", "research-pellets", "29,00", "10 Stk.",
         "2-Fluordeschloroketamin-Pellets, 10 mg. Analysenzertifikat liegt bei.", [], [112, 113]),
        (105, isopyne, None, None, "N-Pyrrolidino-Isotonitazen (Isotonitazepyn) Pellets 1 mg", "research-pellets", "34,90",
         "5 Stk.", "Isotonitazepyn, Pellets zu 1 mg, neue Forschungssubstanz. Nicht zum menschlichen Verzehr.",
         [("reship", "Bei Verlust oder Beschlagnahme durch den Zoll senden wir einmalig kostenlos nach.")], [112, 114]),
        (106, unlisted, None, None, "2-MMC Pulver 1 g", "pulver", "18,00", "1 g",
         "2-Methylmethcathinon (2-MMC) als kristallines Pulver. Nur f&uuml;r Forschungszwecke.", [], [113, 115]),
        (107, bocpip, "79099-07-3", "79099-07-3", "N-Boc-4-Piperidon 10 g (tert-Butyl-4-oxopiperidin-1-carboxylat)", "pulver",
         "39,00", "10 g", "Synthesebaustein N-Boc-4-Piperidon, &ge; 98 %, wei&szlig;es Pulver.",
         [("customs", "Lieferungen in die Schweiz und nach Gro&szlig;britannien erfolgen verzollt (DDP) &ndash; die "
                      "Zollabwicklung &uuml;bernehmen wir.")], [113, 109]),
        (108, metazene, None, None, "Metodesnitazen (Metazen) 50 mg", "pulver", "44,00", "50 mg",
         "N,N-Diethyl-2-[2-(4-methoxybenzyl)-1H-benzimidazol-1-yl]ethanamin, Forschungschemikalie, 50 mg im Glasvial.",
         [("mislabel", "Auf dem Paketschein wird der Inhalt als &bdquo;Badezusatz&ldquo; deklariert.")], [112, 113]),
        (109, caffeine, "58-08-2", "58-08-2", "Koffein wasserfrei 100 g", "pulver", "9,90", "100 g",
         "Koffein (Coffein) wasserfrei, Ph. Eur., wei&szlig;es Pulver.", [], [110, 111]),
        (110, inositol, "87-89-8", None, "myo-Inositol 250 g", "pulver", "14,90", "250 g",
         "myo-Inositol, Lebensmittelqualit&auml;t.", [], [109, 111]),
        (111, msm, "67-71-0", "67-71-0", "MSM Methylsulfonylmethan 500 g", "pulver", "12,50", "500 g",
         "Methylsulfonylmethan (Dimethylsulfon), 99,9 %.", [], [109, 110]),
        (112, unlisted, None, None, "Fentanyl-Teststreifen 10 Stk.", "zubehoer", "15,00", "10 Stk.",
         "Immunologische Schnellteststreifen zum Nachweis von Fentanyl und vielen Analoga in Proben "
         "(Nachweisgrenze 20 ng/ml). Kein Fentanyl enthalten.", [], [113, 114]),
        (113, unlisted, None, None, "Feinwaage 50 g / 0,001 g", "zubehoer", "27,90", "1 Stk.",
         "Digitale Pr&auml;zisionswaage mit Kalibriergewicht.", [], [115, 112]),
        (114, unlisted, None, None, "Reagenztest-Set Marquis / Mecke / Mandelin", "zubehoer", "21,00", "3 x 10 ml",
         "Farbreagenzien zur Vorabidentifizierung von Substanzen.", [], [112, 113]),
        (115, unlisted, None, None, "Leere Gelatinekapseln Gr&ouml;&szlig;e 0, 1000 Stk.", "zubehoer", "8,90", "1000 Stk.",
         "Leere Hartgelatinekapseln, transparent.", [], [113, 109]),
    ]
    byid = {p[0]: p for p in P}

    def slug(name):
        n = re.sub(r"&(\w)\w*;", r"\1", name.lower())
        return re.sub(r"[^a-z0-9]+", "-", n).strip("-")

    def url(p):
        return "/%s/%d/%s" % (p[5], p[0], slug(p[4]))

    cat_nav = "".join("<li class='navigation--entry'><a class='navigation--link' href='/%s/' title='%s'>%s</a></li>"
                      % (c, n, n) for c, n in CATS.items())

    def head(title, cls="is--ctl-listing"):
        return ("<!DOCTYPE html><html class='no-js' lang='de' itemscope='itemscope' itemtype='http://schema.org/WebPage'><head>"
                "<meta charset='utf-8'><meta name='author' content='Chemikalien-Kontor UG'><meta name='robots' "
                "content='index,follow'><meta name='description' content='Research Chemicals und Laborbedarf &ndash; Versand "
                "aus Deutschland'><title itemprop='name'>%s | Chemikalien-Kontor</title>"
                "<link href='/web/cache/1741001_kontor.css' media='all' rel='stylesheet' type='text/css'></head>"
                "<body class='%s'><div class='swag-cookie-permission'><div class='cookie-bar' style='display:none'>"
                "<p class='bar--paragraph'>Diese Seite ben&ouml;tigt Cookies. Sind Sie mit der Nutzung von Cookies "
                "einverstanden? <a href='#' class='cp-enable cp-btn'>Ja</a> <a href='#' class='cp-disable cp-btn'>Nein</a>"
                "</p></div></div><div class='page-wrap'><header class='header-main'><div class='top-bar'><nav "
                "class='top-bar--navigation'><a class='service--link' href='/faq'>Hilfe / FAQ</a> <a class='service--link' "
                "href='/kontaktformular'>Kontakt</a> <a class='service--link' href='/versand-und-zahlungsbedingungen'>"
                "Versand und Zahlungsbedingungen</a></nav></div><div class='container header--navigation'>"
                "<div class='logo-main'><a class='logo--link' href='/'>Chemikalien-Kontor</a></div>"
                "<div class='main-search--container'><form action='/search' method='get' class='main-search--form'>"
                "<input type='search' name='sSearch' class='main-search--field' placeholder='Suchbegriff...'></form></div>"
                "<nav class='shop--navigation'><ul class='navigation--list'><li class='navigation--entry entry--account'>"
                "<a href='/account' class='btn is--icon-left entry--link account--link'>Mein Konto</a></li>"
                "<li class='navigation--entry entry--notepad'><a href='/note' class='btn'>Merkzettel</a></li>"
                "<li class='navigation--entry entry--cart'><a class='btn is--icon-left cart--link' href='/checkout/cart'>"
                "Warenkorb <span class='cart--amount'>0,00&nbsp;&euro;</span></a></li></ul></nav></div>"
                "<nav class='navigation-main'><ul class='navigation--list container'><li class='navigation--entry'>"
                "<a class='navigation--link' href='/'>Home</a></li>%s<li class='navigation--entry'><a class='navigation--link' "
                "href='/blog/'>Blog</a></li></ul></nav></header>"
                "<div class='usp-bar'><span>&#10003; Versand innerhalb 24 h</span> <span>&#10003; Sichere Zahlung</span> "
                "<span>&#10003; Laborqualit&auml;t mit Analysenzertifikat</span></div>"
                "<section class='content-main container block-group'><div class='content-main--inner'>"
                % (title, cls, cat_nav))

    def foot():
        return ("</div></section><footer class='footer-main'><div class='container'><div class='footer--columns block-group'>"
                "<div class='footer--column column--hotline is--first block'><div class='column--headline'>Service-Hotline"
                "</div><p class='column--desc'>Telefonische Unterst&uuml;tzung und Beratung unter: 0341 - 99 88 77 0<br>"
                "Mo-Fr, 09:00 - 17:00 Uhr</p></div><div class='footer--column column--menu block'><div class='column--headline'>"
                "Shop Service</div><nav class='column--navigation column--content'><ul class='navigation--list' role='menu'>"
                "<li class='navigation--entry'><a class='navigation--link' href='/kontaktformular'>Kontakt</a></li>"
                "<li class='navigation--entry'><a class='navigation--link' href='/versand-und-zahlungsbedingungen'>Versand und "
                "Zahlungsbedingungen</a></li><li class='navigation--entry'><a class='navigation--link' href='/faq'>FAQ</a></li>"
                "<li class='navigation--entry'><a class='navigation--link' href='/widerrufsrecht'>Widerrufsrecht</a></li>"
                "</ul></nav></div><div class='footer--column column--menu block'><div class='column--headline'>Informationen"
                "</div><nav class='column--navigation column--content'><ul class='navigation--list'>"
                "<li class='navigation--entry'><a class='navigation--link' href='/ueber-uns'>&Uuml;ber uns</a></li>"
                "<li class='navigation--entry'><a class='navigation--link' href='/datenschutz'>Datenschutz</a></li>"
                "<li class='navigation--entry'><a class='navigation--link' href='/agb'>Allgemeine Gesch&auml;ftsbedingungen</a></li>"
                "<li class='navigation--entry'><a class='navigation--link' href='/impressum'>Impressum</a></li></ul></nav></div>"
                "<div class='footer--column column--newsletter is--last block'><div class='column--headline'>Newsletter</div>"
                "<form class='newsletter--form' action='/newsletter' method='post'><input type='hidden' name='subscribeToNewsletter' "
                "value='1'><input type='email' name='newsletter' placeholder='Ihre E-Mail Adresse'></form></div></div>"
                "<div class='footer--bottom'><div class='footer--vat-info'><p class='vat-info--text'>* Alle Preise inkl. "
                "gesetzl. Mehrwertsteuer zzgl. <a href='/versand-und-zahlungsbedingungen'>Versandkosten</a></p></div>"
                "<div class='footer--copyright'>Realisiert mit Shopware</div><p class='footer--legal'>Alle Produkte sind "
                "ausschlie&szlig;lich f&uuml;r Forschungs- und Analysezwecke bestimmt. Verkauf nur an Personen &uuml;ber 18 "
                "Jahre.</p></div></div></footer></div><script src='/web/cache/1741001_kontor.js'></script></body></html>")

    def box(p, link=None):
        pid, sub, cas_d, cas_l, name, cat, price, unit = p[:8]
        link = link or url(p)
        desc = html.unescape(re.sub(r"<[^>]+>", "", p[8]))
        if cas_l:
            desc_html = "%s CAS-Nummer: %s" % (esc(desc[:70]), cas_l)
        else:
            desc_html = "%s CAS-Nummer:..." % esc(desc[:70]) if cas_d else esc(desc[:90]) + "..."
        return ("<div class='product--box box--basic' data-ordernumber='CK%d'><div class='box--content is--rounded'>"
                "<div class='product--info'><a href='%s' title='%s' class='product--image'><span class='image--element'>"
                "<img srcset='/media/image/art_%d_200x200.png' alt='%s'></span></a>"
                "<a href='%s' class='product--title' title='%s'>%s</a><div class='product--description'>%s</div>"
                "<div class='product--price-info'><div class='price--unit'><span class='price--label label--purchase-unit "
                "is--bold is--nowrap'>Inhalt</span> <span class='is--nowrap'>%s</span></div><div class='product--price'>"
                "<span class='price--default is--nowrap'>%s&nbsp;&euro; *</span></div></div>"
                "<div class='product--actions'><form action='/compare/add_article/articleID/%d' method='post'>"
                "<button type='submit' class='product--action action--compare'>Vergleichen</button></form>"
                "<form action='/note/add/ordernumber/CK%d' method='post'><button type='submit' class='product--action "
                "action--note'>Merken</button></form></div></div></div></div>"
                % (pid, link, name, pid, name, link, name, name, desc_html, unit, price, pid, pid))

    # ---- product detail pages
    for p in P:
        pid, sub, cas_d, cas_l, name, cat, price, unit, desc, claims, xs = p
        crumbs = ("<nav class='content--breadcrumb block'><ul class='breadcrumb--list'><li class='breadcrumb--entry'>"
                  "<a class='breadcrumb--link' href='/'>Home</a></li><li class='breadcrumb--entry'><a class='breadcrumb--link' "
                  "href='/%s/'>%s</a></li><li class='breadcrumb--entry is--active'><span>%s</span></li></ul></nav>"
                  % (cat, CATS[cat], name))
        props = [("Artikelnummer", "CK%d" % pid), ("Inhalt", unit)]
        if cas_d:
            props.append(("CAS-Nummer", cas_d))
        props.append(("Lagerbestand", "Sofort versandfertig, Lieferzeit ca. 1-3 Werktage"))
        ptable = "".join("<tr class='product--properties-row'><td class='product--properties-label is--bold'>%s:</td>"
                         "<td class='product--properties-value'>%s</td></tr>" % r for r in props)
        cross = "".join(box(byid[i]) for i in xs)
        ld = ('{"@context":"https://schema.org","@type":"Product","name":"%s","sku":"CK%d","offers":{"@type":"Offer",'
              '"priceCurrency":"EUR","price":"%s","availability":"https://schema.org/InStock"}}'
              % (re.sub(r"&\w+;", "", name), pid, price.replace(",", ".")))
        body = (head(name, "is--ctl-detail") + crumbs +
                "<script type='application/ld+json'>%s</script>" % ld +
                "<div class='product--detail-upper block-group'><div class='product--image-container image-slider'>"
                "<img src='/media/image/art_%d_600x600.png' alt='%s'></div><div class='product--buybox block'>"
                "<h1 class='product--title' itemprop='name'>%s</h1><div class='product--price price--default'>"
                "<meta itemprop='priceCurrency' content='EUR'><span class='price--content content--default'>%s&nbsp;&euro; *"
                "</span></div><p class='product--tax'>inkl. MwSt. zzgl. <a href='/versand-und-zahlungsbedingungen'>"
                "Versandkosten</a></p><div class='product--delivery'><span class='delivery--text delivery--text-available'>"
                "Sofort versandfertig, Lieferzeit ca. 1-3 Werktage</span></div>"
                "<form name='sAddToBasket' method='post' action='/checkout/addArticle' class='buybox--form'>"
                "<input type='hidden' name='sActionIdentifier' value=''><input type='hidden' name='sAdd' value='CK%d'>"
                "<select name='sQuantity' class='quantity--select'><option value='1'>1</option><option value='2'>2</option>"
                "<option value='5'>5</option></select><button class='buybox--button block btn is--primary is--icon-right "
                "is--center is--large' name='In den Warenkorb'>In den Warenkorb</button></form>"
                "<ul class='product--base-info list--unstyled'><li class='base-info--entry entry--sku'><strong>Artikel-Nr.:"
                "</strong> CK%d</li></ul></div></div>"
                "<div class='tab-menu--product'><div class='tab--navigation'><a href='#' class='tab--link'>Beschreibung</a>"
                "<a href='#' class='tab--link'>Bewertungen</a></div><div class='tab--container-list'>"
                "<div class='tab--container'><div class='product--description' itemprop='description'><p>%s</p>%s</div>"
                "<div class='product--properties panel has--border'><table class='product--properties-table'>%s</table></div>"
                "</div><div class='tab--container'><p>Bisher wurden keine Bewertungen abgegeben.</p></div></div></div>"
                "<div class='product--cross-selling'><div class='tab--header'>Passend dazu</div>"
                "<div class='product-slider--container'>%s</div></div>"
                % (pid, name, name, price, pid, pid, desc, "".join("<p>%s</p>" % t for _, t in claims), ptable, cross)
                + foot())
        hits, cas = truth_of([(sub, cas_d)])
        s.add(Page(url(p), body, hits=hits, cas=cas, claims={k for k, _ in claims}, listing=True))
        s.redirects["/detail/index/sArticle/%d" % pid] = url(p)
        s.add(Page("/media/image/art_%d_200x200.png" % pid, tiny_png(pid), ctype="image/png"))
        s.add(Page("/media/image/art_%d_600x600.png" % pid, tiny_png(pid + 1), ctype="image/png"))

    # ---- category listings (6 per page), sort links carry the junk "o" parameter
    for cat, cname in CATS.items():
        items = [p for p in P if p[5] == cat]
        chunks = paginate(items, 4)
        for pi, chunk in enumerate(chunks, 1):
            path = "/%s/" % cat
            key = path if pi == 1 else qkey(path, p=str(pi))
            pq = {"p": str(pi)} if pi > 1 else {}
            sort = ("<div class='listing--actions'><form class='action--sort' method='get' action='%s'><label>Sortierung:"
                    "</label> <a href='%s'>Beliebtheit</a> <a href='%s'>Niedrigster Preis</a> <a href='%s'>H&ouml;chster "
                    "Preis</a> <a href='%s'>Artikelbezeichnung</a></form></div>"
                    % (path, href(path, o="1", **pq), href(path, o="3", **pq), href(path, o="4", **pq), href(path, o="5", **pq)))
            pager = ""
            if len(chunks) > 1:
                pager = ("<div class='listing--paging panel--paging'>%s<span class='paging--display'>von %d</span></div>"
                         % ("".join("<a class='paging--link%s' href='%s'>%d</a>"
                                    % (" is--active" if k == pi else "", path if k == 1 else href(path, p=str(k)), k)
                                    for k in range(1, len(chunks) + 1)), len(chunks)))
            body = (head(cname) + "<div class='content--wrapper has--content'><div class='hero-unit category--teaser'>"
                    "<h1 class='hero--headline panel--title'>%s</h1></div>%s<div class='listing--container'>"
                    "<div class='listing' data-pages='%d'>%s</div></div>%s</div>"
                    % (cname, sort, len(chunks), "".join(box(p) for p in chunk), pager) + foot())
            hits, cas = truth_of([(p[1], p[3]) for p in chunk])
            s.add(Page(key, body, hits=hits, cas=cas, listing=True))

    # ---- home: emotion world with a Topseller slider (links via legacy URLs -> 301)
    tops = [byid[i] for i in (101, 105, 107, 109)]
    hits, cas = truth_of([(p[1], p[3]) for p in tops])
    s.add(Page("/", head("Research Chemicals &amp; Laborbedarf", "is--ctl-index") +
               "<div class='emotion--container'><div class='emotion--banner'><a href='/research-pellets/'>"
               "<img src='/media/image/banner_pellets.png' alt='Research Pellets'><span class='banner--title'>Neu im "
               "Sortiment: Research Pellets in Laborqualit&auml;t</span></a></div>"
               "<div class='emotion--element topseller'><div class='topseller--title'>Topseller</div>"
               "<div class='product-slider--container'>%s</div></div>"
               "<div class='emotion--html'><h2>Willkommen beim Chemikalien-Kontor</h2><p>Ihr Fachh&auml;ndler f&uuml;r "
               "Forschungschemikalien, Reagenzien und Laborzubeh&ouml;r seit 2017. Alle Artikel mit Analysenzertifikat.</p>"
               "</div></div>" % "".join(box(p, "/detail/index/sArticle/%d" % p[0]) for p in tops) + foot(),
               hits=hits, cas=cas, listing=True))
    s.add(Page("/media/image/banner_pellets.png", tiny_png(99), ctype="image/png"))

    # ---- FAQ: the shop's own statements (stealth, reship) and a disclaimer about what others do
    s.add(Page("/faq", head("FAQ", "is--ctl-custom") +
               "<div class='custom-page--content'><h1>H&auml;ufige Fragen (FAQ)</h1>"
               "<h3>Wie wird meine Bestellung verpackt?</h3><p>Wir verschicken alle Bestellungen neutral verpackt: "
               "au&szlig;en steht weder unser Shopname noch ein Hinweis auf den Inhalt.</p>"
               "<h3>Was passiert, wenn der Zoll meine Sendung einbeh&auml;lt?</h3><p>Schicken Sie uns das Schreiben des "
               "Zolls; wir versenden die Bestellung dann einmalig kostenlos erneut.</p>"
               "<h3>Deklariert ihr Sendungen als etwas anderes?</h3><p>Nein. Manche Anbieter deklarieren Ware als "
               "&bdquo;Badesalz&ldquo; oder &bdquo;Pflanzend&uuml;nger&ldquo; &ndash; das machen wir ausdr&uuml;cklich nicht.</p>"
               "<h3>Liefert ihr in L&auml;nder au&szlig;erhalb der EU?</h3><p>Ja, in die Schweiz. Einfuhrabgaben und "
               "Zollgeb&uuml;hren tr&auml;gt dort grunds&auml;tzlich der K&auml;ufer, au&szlig;er bei Artikeln, die als "
               "verzollte Lieferung ausgewiesen sind.</p>"
               "<h3>Welche Zahlungsarten gibt es?</h3><p>Vorkasse (&Uuml;berweisung), Bitcoin, Monero.</p></div>" + foot(),
               claims={"stealth", "reship"}))
    s.add(Page("/versand-und-zahlungsbedingungen", head("Versand und Zahlungsbedingungen", "is--ctl-custom") +
               "<div class='custom-page--content'><h1>Versand und Zahlungsbedingungen</h1><table><tr><th>Land</th>"
               "<th>Versandart</th><th>Kosten</th></tr><tr><td>Deutschland</td><td>DHL Paket / Warenpost</td><td>4,90 &euro;"
               "</td></tr><tr><td>EU</td><td>DHL International</td><td>9,90 &euro;</td></tr><tr><td>Schweiz</td><td>DHL Express"
               "</td><td>24,90 &euro;</td></tr></table><p>Ab 100 &euro; Bestellwert versandkostenfrei innerhalb Deutschlands."
               "</p></div>" + foot()))
    s.add(Page("/impressum", head("Impressum", "is--ctl-custom") + "<div class='custom-page--content'><h1>Impressum</h1>"
               "<p>Chemikalien-Kontor UG (haftungsbeschr&auml;nkt), Musterstra&szlig;e 12, 04109 Leipzig. Handelsregister: "
               "HRB 00000. USt-IdNr.: DE000000000.</p></div>" + foot()))
    s.add(Page("/agb", head("AGB", "is--ctl-custom") + "<div class='custom-page--content'><h1>Allgemeine "
               "Gesch&auml;ftsbedingungen</h1><p>&sect; 1 Geltungsbereich ... &sect; 5 Der K&auml;ufer versichert, die "
               "Produkte ausschlie&szlig;lich zu Forschungszwecken zu verwenden.</p></div>" + foot()))
    # ---- blog: a post about delisted substances (talk, not offer)
    post = ("/blog/npsg-aenderung-sortiment", "NpSG-&Auml;nderung: Diese Stoffe haben wir aus dem Sortiment genommen")
    s.add(Page("/blog/", head("Blog", "is--ctl-blog") + "<h1>Blog</h1><div class='blog--box'><h2 class='blog--box-headline'>"
               "<a href='%s'>%s</a></h2><p>Mit der neuen Anlage zum NpSG entfallen einige Artikel.</p></div>" % post + foot()))
    s.add(Page(post[0], head(post[1], "is--ctl-blog") + "<article class='blog--detail'><h1>%s</h1><p>Mit der "
               "Verordnung zur &Auml;nderung der Anlage des Neue-psychoaktive-Stoffe-Gesetzes fallen weitere Stoffgruppen unter "
               "das Verbot. Folgende Artikel haben wir deshalb ab sofort und dauerhaft aus dem Sortiment genommen: "
               "Flubromazolam, Clonazolam, Metonitazen und Protonitazen. Bestellungen dieser Artikel sind nicht mehr m&ouml;glich; "
               "bereits bezahlte Bestellungen erstatten wir.</p><p>Unsere &uuml;brigen Research Pellets bleiben vorerst im "
               "Sortiment.</p></article>" % post[1] + foot()))
    for path, title, text in [
            ("/kontaktformular", "Kontakt", "Schreiben Sie uns: service@chemikalien-kontor.example"),
            ("/ueber-uns", "&Uuml;ber uns", "Das Chemikalien-Kontor ist ein Versandhandel f&uuml;r Forschungschemikalien aus Leipzig."),
            ("/datenschutz", "Datenschutz", "Wir verarbeiten Ihre Daten nur zur Abwicklung Ihrer Bestellung (Art. 6 DSGVO)."),
            ("/widerrufsrecht", "Widerrufsrecht", "Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gr&uuml;nden "
                                                  "diesen Vertrag zu widerrufen. Ge&ouml;ffnete Chemikalien sind ausgenommen.")]:
        s.add(Page(path, head(title, "is--ctl-custom") + "<div class='custom-page--content'><h1>%s</h1><p>%s</p></div>"
                   % (title, text) + foot()))
    s.flaky.add(url(byid[103]))
    s.add(Page("/web/cache/1741001_kontor.css", ".product--box{width:25%}", ctype="text/css"))
    s.add(Page("/web/cache/1741001_kontor.js", "document.documentElement.className='js';", ctype="application/javascript"))
    s.add(Page("/sitemap.xml", "<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>%s</urlset>"
               % "".join("<url><loc>%s</loc></url>" % url(p) for p in P), ctype="application/xml"))
    return s


# ================================================================ 5. cn-tieba (Baidu-Tieba-like board, GBK)

def cn_tieba():
    s = Site("cn-tieba", "chinese-forum")
    CS = "gbk"
    s.robots = ("User-agent: *\nDisallow: /home/\nDisallow: /f/commit\nDisallow: /hottopic/\nDisallow: /i/\n"
                "Disallow: /mo/\nDisallow: /f/search\n")
    s.disallow = ["/home/", "/f/commit", "/hottopic/", "/i/", "/mo/", "/f/search"]
    s.rate_limit = 15
    KW = "化工原料"

    def flist(pn=None, tab=None):
        q = {"ie": "utf-8", "kw": KW}
        if pn is not None:
            q["pn"] = str(pn)
        if tab:
            q["tab"] = tab
        return qkey("/f", **q)

    s.redirects["/"] = flist(0)
    U = {  # users
        "ba": "化工原料吧务组", "xc": "武汉鑫诚化工小王", "rb": "山东瑞邦化工", "jh": "河北佳禾贸易",
        "ht": "湖北恒泰医药Lily", "js": "江苏恒达精化", "sz": "石家庄康宁药业", "by1": "路人甲2019",
        "by2": "cartel_buyer_mx", "by3": "老客户阿强", "by4": "小白求助", "by5": "长期采购部", "nw": "化工新闻搬运工",
        "gx": "鲁西化工贸易",
    }
    # tid -> (title, abstract, offered-in-list [(sub, cas)], pages: [[(user, text, offered, claims)]])
    T = {
        9123456701: ("【吧规】本吧发帖规定（必看）", "禁止发布芬太尼类物质、尼秦类物质及其前体的买卖信息……", [], [[
            ("ba", "1. 禁止发布芬太尼类物质、尼秦类物质及其前体（如NPP、4-ANPP、4-哌啶酮、1-叔丁氧羰基-4-哌啶酮）的买卖信息。"
                   "<br>2. 禁止广告刷屏，同一内容24小时内只能发一次。<br>3. 供求帖请在标题注明【供应】或【求购】。"
                   "<br>违者删帖封禁，情节严重者举报至公安机关。", [], [])]]),
        9123456702: ("【供应】N-苯乙基-4-哌啶酮 NPP CAS 39742-60-4 现货",
                     "长期供应 N-苯乙基-4-哌啶酮（NPP），CAS：39742-60-4，纯度99%以上，1公斤380美金……",
                     [(npp, "39742-60-4")], [
            [("xc", "本公司长期供应 N-苯乙基-4-哌啶酮（NPP），CAS：39742-60-4，纯度99%以上，现货100公斤。<br>"
                    "价格：1公斤 380美金，10公斤以上 320美金/公斤。<br>双清包税到美国、墨西哥、加拿大，清关我们负责。<br>"
                    "海关扣货免费重发一次。<br>联系：微信 xc-chem88 / Telegram @xc_wang", [(npp, "39742-60-4")],
              ["customs", "reship"]),
             ("by1", "多少钱一公斤？能发欧洲吗", [], []),
             ("xc", "欧洲可以发，私聊", [], []),
             ("rb", "我司也有 4-哌啶酮盐酸盐一水合物 40064-34-4，25公斤一桶，价格美丽，加微信 rb-chem2019",
              [(pip4_hcl, "40064-34-4")], []),
             ("by2", "上次在别家买的说包清关，结果还是被扣了，楼主靠谱吗", [], [])],
            [("by3", "上个月的货被海关扣了，楼主真的免费补发了，好评", [], []),
             ("xc", "\uff2e\uff30\uff30 还有50公斤现货，价格可谈，需要的抓紧", [(npp, None)], []),
             ("by1", "顶", [], [])]]),
        9123456703: ("【求购】去丙酰芬太尼（4-ANPP）20公斤，长期", "求购 4-ANPP（去丙酰芬太尼）20公斤，要求纯度98%以上……", [], [[
            ("by2", "求购 4-ANPP（去丙酰芬太尼）20公斤，要求纯度98%以上，能发墨西哥的来，需要包清关。", [], []),
            ("ht", "4-ANPP 现货，纯度99%，1100美金/公斤。墨西哥有海外仓，货先到仓库再本地派送。加飞机 @hengtai_lily",
             [(anpp, None)], ["forwarding"]),
            ("by2", "已私信", [], [])]]),
        9123456704: ("【供应】N-叔丁氧羰基-4-哌啶酮 79099-07-3 大量现货",
                     "N-叔丁氧羰基-4-哌啶酮（N-Boc-4-哌啶酮），CAS 79099-07-3，1公斤55美金……", [(bocpip, "79099-07-3")], [[
            ("jh", "N-叔丁氧羰基-4-哌啶酮（N-Boc-4-哌啶酮），CAS 79099-07-3，白色粉末，98%。<br>1公斤 55美金，25公斤起批 45美金。"
                   "<br>隐蔽包装，真空密封，外箱无任何化学品字样。<br>报关品名可以写成“塑料助剂”。<br>联系QQ 2843310077",
             [(bocpip, "79099-07-3")], ["stealth", "mislabel"]),
            ("by4", "请问最少起订多少？", [], []),
            ("jh", "1公斤起，样品也可以", [], [])]]),
        9123456705: ("【供应】1-叔丁氧羰基-4-苯胺基哌啶 CAS 125541-22-2",
                     "1-叔丁氧羰基-4-苯胺基哌啶（1-Boc-4-AP），纯度99%，600美金/公斤……", [(boc4ap, "125541-22-2")], [[
            ("xc", "1-叔丁氧羰基-4-苯胺基哌啶（1-Boc-4-AP），CAS 125541-22-2，纯度99%，价格 600美金/公斤。<br>"
                   "美国客户：货走加拿大中转仓，再用当地快递派送到门。", [(boc4ap, "125541-22-2")], ["forwarding"])]]),
        9123456706: ("【供应】4-苯胺基哌啶 23056-29-3", "4-苯胺基哌啶（4-AP），CAS 23056-29-3，现货10公斤，350美金/公斤……",
                     [(ap4, "23056-29-3")], [[
            ("js", "4-苯胺基哌啶（N-苯基-4-哌啶胺，4-AP），CAS 23056-29-3，现货10公斤，350美金/公斤，量大从优。",
             [(ap4, "23056-29-3")], [])]]),
        9123456707: ("【转】海关通报：某口岸查获伪报为“颜料”的芬太尼类前体500公斤",
                     "近日，某海关在出口货物中查获申报品名为“颜料”的货物……", [], [[
            ("nw", "近日，某海关在出口货物中查获申报品名为“颜料”的货物，经检测实为N-苯乙基-4-哌啶酮（NPP）和"
                   "4-苯胺基-N-苯乙基哌啶（4-ANPP），共计500公斤。涉案企业负责人已被依法刑事拘留。", [], []),
            ("by1", "活该", [], []),
            ("by4", "现在查得越来越严了", [], [])]]),
        9123456708: ("【供应】2-溴-4'-甲基苯丙酮 1451-82-7", "2-溴-4'-甲基苯丙酮，CAS 1451-82-7，白色结晶，现货吨级……",
                     [(bromoketone, "1451-82-7")], [[
            ("gx", "2-溴-4'-甲基苯丙酮，CAS 1451-82-7，白色结晶，99%，现货吨级，价格电议，俄罗斯、哈萨克斯坦专线。",
             [(bromoketone, "1451-82-7")], [])]]),
        9123456709: ("【供应】BMK甲基缩水甘油酸 25547-51-7 欧洲仓", "BMK甲基缩水甘油酸，CAS 25547-51-7，1公斤180美金……",
                     [(bmkga, "25547-51-7")], [[
            ("gx", "BMK甲基缩水甘油酸（BMK glycidic acid），CAS 25547-51-7，白色粉末。<br>荷兰、德国有仓库，货从仓库发出，"
                   "欧洲境内派送3-5天到。<br>价格 1公斤 180美金。", [(bmkga, "25547-51-7")], ["forwarding"])]]),
        9123456710: ("【讨论】芬太尼检测试纸哪里能买到？", "家里有人在用药，想买芬太尼检测试纸……", [], [[
            ("by4", "家里有人在用药，想买芬太尼检测试纸，国内哪里能买到？", [], []),
            ("by1", "药店一般没有，可以网上找公益机构问问", [], [])]]),
        9123456711: ("【供应】无水咖啡因 58-08-2 / 对乙酰氨基酚 103-90-2", "GMP工厂直供，无水咖啡因、对乙酰氨基酚，25公斤/桶……",
                     [(caffeine, "58-08-2"), (paracetamol, "103-90-2")], [[
            ("sz", "无水咖啡因 CAS 58-08-2，对乙酰氨基酚 CAS 103-90-2，GMP工厂直供，25公斤/桶，出口资质齐全，欢迎询价。",
             [(caffeine, "58-08-2"), (paracetamol, "103-90-2")], [])]]),
        9123456712: ("【供应】4-哌啶酮盐酸盐一水合物 40064-34-4", "4-哌啶酮盐酸盐一水合物，CAS 40064-34-4，120美金/公斤……",
                     [(pip4_hcl, "40064-34-4")], [[
            ("rb", "4-哌啶酮盐酸盐一水合物，CAS 40064-34-4，99%，25公斤/桶，价格 120美金/公斤。<br>丢件补发，放心下单。",
             [(pip4_hcl, "40064-34-4")], ["reship"])]]),
        9123456713: ("【求购】长期求购 NPP 和 去甲芬太尼", "长期求购 NPP、去甲芬太尼，量大，有货的联系……", [], [[
            ("by5", "长期求购 NPP、去甲芬太尼，量大，有货的联系，要求提供检测报告。", [], [])]]),
        9123456714: ("【供应】去甲芬太尼 1609-66-1", "去甲芬太尼，CAS 1609-66-1，纯度98%，100克起订，8美金/克……",
                     [(norfent, "1609-66-1")], [[
            ("ht", "去甲芬太尼（N-苯基-N-(4-哌啶基)丙酰胺），CAS 1609-66-1，纯度98%，100克起订，8美金/克。",
             [(norfent, "1609-66-1")], [])]]),
    }
    ORDER = [9123456701, 9123456702, 9123456703, 9123456704, 9123456707, 9123456705, 9123456710, 9123456706,
             9123456712, 9123456708, 9123456709, 9123456711, 9123456713, 9123456714]
    GOOD = [9123456702, 9123456707]

    def ulink(u):
        return "<a class='p_author_name j_user_card' href='/home/main?un=%s&amp;ie=utf-8'>%s</a>" % (quote(U[u]), U[u])

    hot = ("<div class='topic_list_box'><div class='topic_list_title'>贴吧热议榜</div><ul class='topic_list'>%s</ul></div>"
           % "".join("<li class='topic-top-item'><span class='topic-num'>%d</span><a class='topic-text' href='/hottopic/browse/"
                     "topicList?res_type=1&amp;topic_id=%d'>%s</a></li>" % (i + 1, 7000 + i, t)
                     for i, t in enumerate(["海关查获500公斤芬太尼前体", "NPP价格暴涨？业内人士解读", "4-ANPP 还能买到吗",
                                            "1-Boc-4-哌啶酮 79099-07-3 行情", "化工原料出口新规"])))

    def head(title):
        return ("<!DOCTYPE html><html><head><meta http-equiv='Content-Type' content='text/html; charset=gbk'>"
                "<title>%s_%s吧_百度贴吧</title><meta name='keywords' content='%s'><link rel='stylesheet' "
                "href='/static/tb/frs.css'><script>var PageData={tbs:'4f0e9b1d21a',forum:{name:'%s'}};</script></head>"
                "<body><div id='head' class='search_bright clearfix'><div class='search_top clearfix'><a href='%s' "
                "class='card_title_fname'>%s吧</a></div><form class='search_form' action='/f/search/res' method='get'>"
                "<input name='qw' class='search_ipt'><input type='hidden' name='ie' value='utf-8'><button>全吧搜索</button>"
                "</form><ul class='u_menu'><li><a href='/i/sys/jump'>我的贴吧</a></li><li><a href='/home/main?un=guest'>登录</a>"
                "</li></ul></div><div class='content clearfix'><div class='left_section'>"
                % (esc(title), KW, KW, KW, esc(flist(0)), KW))

    def foot(extra=""):
        return ("</div><div class='right_section'><div class='aside_region'><div class='card_info'>本吧信息 &middot; 关注 "
                "18,422 &middot; 帖子 96,310</div>%s%s</div></div></div><div class='footer'>&copy;2026 Baidu "
                "<a href='/tb/eula.html'>贴吧协议</a> | <a href='/tb/cms/rule.html'>吧主制度</a> | <a href='/f/search/adv'>"
                "高级搜索</a></div></body></html>" % (hot, extra))

    # thread pages
    for tid, (title, abstract, lst, pages) in T.items():
        floor = 0
        for pi, posts in enumerate(pages, 1):
            key = "/p/%d" % tid if pi == 1 else qkey("/p/%d" % tid, pn=str(pi))
            html_posts, offered, claims = [], [], set()
            for u, text, off, cl in posts:
                floor += 1
                html_posts.append(
                    "<div class='l_post l_post_bright j_l_post clearfix' data-field='{\"author\":{\"user_name\":\"%s\"},"
                    "\"content\":{\"post_no\":%d,\"forum_id\":2816}}'><div class='d_author'><ul class='p_author'>"
                    "<li class='icon'><img src='/static/tb/portrait.png' alt=''></li><li class='d_name'>%s</li></ul></div>"
                    "<div class='d_post_content_main'><div class='p_content'><cc><div id='post_content_%d' class='d_post_content "
                    "j_d_post_content clearfix'>%s</div></cc></div><div class='core_reply j_lzl_wrapper'><div class='core_reply_tail'>"
                    "<div class='post-tail-wrap'><span class='tail-info'>%d楼</span><span class='tail-info'>2025-0%d-%02d %02d:%02d</span>"
                    "</div></div></div></div></div>"
                    % (U[u], floor, ulink(u), tid * 10 + floor, text, floor, 3 + floor % 5, 1 + floor * 3 % 27,
                       8 + floor % 12, floor * 7 % 60))
                offered += off
                claims |= set(cl)
            pager = ""
            if len(pages) > 1:
                links = []
                for k in range(1, len(pages) + 1):
                    u = "/p/%d" % tid if k == 1 else href("/p/%d" % tid, pn=str(k))
                    links.append("<span class='tP'>%d</span>" % k if k == pi else "<a href='%s'>%d</a>" % (u, k))
                if pi < len(pages):
                    links.append("<a href='%s'>下一页</a><a href='%s'>尾页</a>" % (href("/p/%d" % tid, pn=str(pi + 1)),
                                                                          href("/p/%d" % tid, pn=str(len(pages)))))
                else:
                    links.insert(0, "<a href='/p/%d'>首页</a><a href='%s'>上一页</a>"
                                 % (tid, "/p/%d" % tid if pi == 2 else href("/p/%d" % tid, pn=str(pi - 1))))
                pager = "<li class='l_pager pager_theme_4 pb_list_pager'>%s</li>" % "".join(links)
            body = (head(title) + "<div class='core_title_wrap_bright clearfix'><h3 class='core_title_txt pull-left "
                    "text-overflow' title='%s'>%s</h3><ul class='core_title_btns'><li><a href='%s'>返回%s吧</a></li></ul></div>"
                    "<div class='p_postlist' id='j_p_postlist'>%s</div><ul class='l_posts_num'>%s<li class='l_reply_num'>"
                    "<span class='red'>%d</span>回复贴，共<span class='red'>%d</span>页</li></ul>"
                    "<form id='tb_rich_poster' action='/f/commit/post/add' method='post'><input type='hidden' name='tbs' "
                    "value='4f0e9b1d21a'><input type='hidden' name='tid' value='%d'><textarea name='content'></textarea>"
                    "<button>发表</button></form>"
                    % (esc(title), esc(title), esc(flist(0)), KW, "".join(html_posts), pager,
                       sum(len(x) for x in pages) - 1, len(pages), tid) + foot())
            hits, cas = truth_of(offered)
            s.add(enc_page(key, body, CS, hits=hits, cas=cas, claims=claims, listing=bool(hits or cas)))

    # thread lists
    def thread_li(tid):
        title, abstract, lst, pages = T[tid]
        author = pages[0][0][0]
        n = sum(len(x) for x in pages) - 1
        top = "<i class='icon-top' title='置顶'></i>" if tid == 9123456701 else ""
        return ("<li class=' j_thread_list clearfix thread_item_box' data-field='{\"id\":%d,\"author_name\":\"%s\","
                "\"reply_num\":%d}'><div class='t_con cleafix'><div class='col2_left j_threadlist_li_left'><span "
                "class='threadlist_rep_num center_text' title='回复'>%d</span></div><div class='col2_right "
                "j_threadlist_li_right'><div class='threadlist_lz clearfix'><div class='threadlist_title pull_left j_th_tit'>"
                "%s<a rel='noreferrer' href='/p/%d' title='%s' target='_blank' class='j_th_tit'>%s</a></div>"
                "<div class='threadlist_author pull_right'><span class='tb_icon_author' title='主题作者: %s'>"
                "<span class='frs-author-name-wrap'><a class='frs-author-name j_user_card' href='/home/main?un=%s&amp;ie=utf-8'>"
                "%s</a></span></span></div></div><div class='threadlist_detail clearfix'><div class='threadlist_text pull_left'>"
                "<div class='threadlist_abs threadlist_abs_onlyline'>%s</div></div></div></div></div></li>"
                % (tid, U[author], n, n, top, tid, esc(title), esc(title), U[author], quote(U[author]), U[author], abstract))

    def list_page(key, tids, title, pn_links):
        body = (head(title) + "<div class='card_top_wrap clearfix'><div class='card_top_right'><h1 class='card_title_fname'>"
                "%s吧</h1><p class='card_slogan'>化工原料交流、行情讨论</p></div></div><div class='tbui_tab_wrap'>"
                "<a href='%s'>看帖</a> <a href='%s'>精品</a></div><ul id='thread_list' class='threadlist_bright "
                "j_threadlist_bright'>%s</ul><div id='frs_list_pager' class='pagination-default clearfix'>%s</div>"
                % (KW, esc(flist(0)), esc(flist(tab="good")), "".join(thread_li(t) for t in tids), pn_links) + foot())
        hits, cas = truth_of([x for t in tids for x in T[t][2]])
        s.add(enc_page(key, body, CS, hits=hits, cas=cas, listing=bool(hits or cas)))

    pn_html = lambda cur: "".join("<a class='pagination-item%s' href='%s'>%d</a>" % (" current" if pn == cur else "",
                                                                                     esc(flist(pn)), pn // 50 + 1) for pn in (0, 50))
    list_page(flist(0), ORDER[:10], KW + "吧", pn_html(0) + "<a class='next pagination-item' href='%s'>下一页&gt;</a>" % esc(flist(50)))
    list_page(flist(50), ORDER[10:], KW + "吧 第2页", "<a class='pre pagination-item' href='%s'>&lt;上一页</a>" % esc(flist(0)) + pn_html(50))
    list_page(flist(tab="good"), GOOD, KW + "吧 精品", "")
    s.add(Page("/static/tb/frs.css", ".j_thread_list{padding:8px}", ctype="text/css"))
    s.add(Page("/static/tb/portrait.png", tiny_png(33), ctype="image/png"))
    for path, title in (("/tb/eula.html", "百度贴吧协议"), ("/tb/cms/rule.html", "吧主制度")):
        s.add(enc_page(path, "<html><head><meta charset='gbk'><title>%s</title></head><body><h1>%s</h1><p>用户应遵守国家法律法规，"
                       "不得发布违法违规信息。</p></body></html>" % (title, title), CS))
    return s


# ================================================================ 6. drugcheck (hard negative: drug-checking results DB)

def drugcheck():
    s = Site("drugcheck", "harm-reduction-db")
    s.robots = "User-agent: *\nDisallow: /request/\nDisallow: /submit/form\nDisallow: /admin/\nCrawl-delay: 1\n"
    s.disallow = ["/request/", "/submit/form", "/admin/"]
    s.trap_prefix = "/results/calendar/"
    REF = {"Fentanyl": "437-38-7", "Acetaminophen": "103-90-2", "4-ANPP": "21409-26-7", "Xylazine": "7361-61-7",
           "Lidocaine": "137-58-6", "Caffeine": "58-08-2", "Heroin": "561-27-3", "Bromazolam": "71368-80-4",
           "MDMA": "42542-10-9", "Ketamine": "6740-88-1", "Cocaine": "50-36-2", "Levamisole": "14769-73-4",
           "Phenacetin": "62-44-2", "para-Fluorofentanyl": "90736-23-5", "Metonitazene": "14680-51-4",
           "Carfentanil": "59708-52-0", "Methamphetamine": "537-46-2", "Dimethyl sulfone": "67-71-0"}
    assert all(cas_valid(c) for c in REF.values())
    # id, date, place, sold as, description, [(substance, level)], strip, alert slug, note
    R = [
        ("R-2401", "2026-10-02", "Vancouver, BC", "Oxycodone 30 mg (\"M30\")", "Blue round pill, imprint M / 30",
         [("Fentanyl", "major"), ("Acetaminophen", "minor"), ("4-ANPP", "trace")], "positive", "blue-m30-fentanyl-4anpp",
         "No oxycodone detected. Counterfeit \"blues\" pressed with fentanyl."),
        ("R-2402", "2026-10-03", "Seattle, WA", "Fentanyl (\"fent\")", "Purple powder, chunky",
         [("Fentanyl", "major"), ("Xylazine", "major"), ("Lidocaine", "minor"), ("Caffeine", "trace")], "positive",
         "xylazine-medetomidine-dope", "Xylazine (\"tranq\") present at high abundance."),
        ("R-2403", "2026-10-05", "Portland, OR", "Heroin", "Brown powder",
         [("Fentanyl", "major"), ("Heroin", "minor"), ("Caffeine", "minor")], "positive", "", ""),
        ("R-2404", "2026-10-07", "Vancouver, BC", "Alprazolam 2 mg (\"Xanax bars\")", "White rectangular tablet, scored",
         [("Bromazolam", "major")], "negative", "bromazolam-counterfeit-xanax",
         "No alprazolam detected. Fentanyl test strip negative (0% fentanyl)."),
        ("R-2405", "2026-10-09", "Calgary, AB", "Oxycodone 80 mg (\"OC 80\")", "Green round pill, imprint OC / 80",
         [("N-Pyrrolidino protonitazene (protonitazepyne)", "major")], "negative", "nitazenes-in-fake-oxycodone",
         "Identified by library match; no reference standard available. Fentanyl strips do not detect nitazenes."),
        ("R-2406", "2026-10-11", "Seattle, WA", "MDMA (\"molly\")", "Off-white crystal",
         [("MDMA", "major")], "negative", "", "As expected. Fent-free: fentanyl test strip negative."),
        ("R-2407", "2026-10-12", "Victoria, BC", "Ketamine", "White crystalline powder",
         [("Ketamine", "major"), ("2-Fluorodeschloroketamine", "minor")], "negative", "", ""),
        ("R-2408", "2026-10-14", "Vancouver, BC", "Cocaine", "White powder, compressed",
         [("Cocaine", "major"), ("Levamisole", "minor"), ("Phenacetin", "trace")], "negative", "", ""),
        ("R-2409", "2026-10-16", "Tacoma, WA", "Fentanyl (\"fent\")", "Blue powder",
         [("para-Fluorofentanyl", "major"), ("Fentanyl", "minor"), ("4-ANPP", "trace")], "positive", "", ""),
        ("R-2410", "2026-10-18", "Edmonton, AB", "Oxycodone 30 mg (\"M30\")", "Blue round pill, imprint M / 30",
         [("Metonitazene", "major"), ("Acetaminophen", "minor")], "negative", "nitazenes-in-fake-oxycodone",
         "Looks like a typical M30 but contains a nitazene, not fentanyl."),
        ("R-2411", "2026-10-20", "Seattle, WA", "\"Dope\" (fentanyl)", "Grey-white powder",
         [("Fentanyl", "major"), ("Xylazine", "minor"), ("Medetomidine", "minor")], "positive",
         "xylazine-medetomidine-dope", ""),
        ("R-2412", "2026-10-22", "Vancouver, BC", "Heroin \"#4\"", "Beige powder",
         [("Fentanyl", "major"), ("Carfentanil", "trace"), ("Caffeine", "minor")], "positive", "", "Carfentanil at trace level."),
        ("R-2413", "2026-10-24", "Spokane, WA", "Methamphetamine (\"ice\")", "Clear shards",
         [("Methamphetamine", "major"), ("Dimethyl sulfone", "minor")], "negative", "", ""),
    ]
    ALERTS = {
        "blue-m30-fentanyl-4anpp": ("ALERT: Blue \"M30\" pills contain fentanyl and 4-ANPP",
                                    "Counterfeit oxycodone 30 mg tablets (blue, imprint M / 30) tested in Vancouver contained "
                                    "fentanyl with the manufacturing by-product 4-ANPP and no oxycodone. Assume any pill "
                                    "bought outside a pharmacy may contain fentanyl.", ["R-2401"]),
        "nitazenes-in-fake-oxycodone": ("ALERT: Nitazenes found in fake oxycodone",
                                        "Two samples sold as oxycodone contained nitazene opioids (metonitazene and "
                                        "N-pyrrolidino protonitazene). Fentanyl test strips do NOT detect nitazenes. "
                                        "<br><i lang='es'>Alerta: se encontraron nitazenos en pastillas falsas de oxicodona. "
                                        "Las tiras reactivas de fentanilo no los detectan.</i>", ["R-2405", "R-2410"]),
        "bromazolam-counterfeit-xanax": ("ALERT: Bromazolam in counterfeit Xanax bars",
                                         "Tablets sold as alprazolam 2 mg contained bromazolam, a designer benzodiazepine. "
                                         "Combined with opioids it greatly increases overdose risk.", ["R-2404"]),
        "xylazine-medetomidine-dope": ("ALERT: Xylazine and medetomidine in the dope supply",
                                       "Veterinary sedatives xylazine and medetomidine were found together with fentanyl. "
                                       "Naloxone does not reverse sedation from these drugs; call for help.",
                                       ["R-2402", "R-2411"]),
    }

    def head(title):
        return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>%s | CheckPoint Drug Checking</title>"
                "<meta name='viewport' content='width=device-width,initial-scale=1'><link rel='stylesheet' href='/css/cp.css'>"
                "</head><body><a class='skip-link' href='#main'>Skip to content</a><header class='site-header'>"
                "<a class='brand' href='/'>CheckPoint <small>Drug Checking Network</small></a><nav class='main-nav'>"
                "<a href='/results'>Results</a> <a href='/alerts/'>Alerts</a> <a href='/substances/fentanyl'>Substances</a> "
                "<a href='/methods'>Methods</a> <a href='/submit'>Submit a sample</a> <a href='/about'>About</a></nav></header>"
                "<div class='layout'><main id='main'>" % esc(title))

    def foot():
        return ("</main><aside class='sidebar'><div class='cta'><h3>Free fentanyl test strips &amp; naloxone</h3><p>Order "
                "a free kit by mail or pick one up at any partner site.</p><a class='btn' href='/get-test-strips'>Request a "
                "kit</a></div><div class='cta'><h3>Browse by month</h3><a href='/results/calendar/2026-10'>October 2026</a>"
                "</div></aside></div><footer class='site-footer'><p>CheckPoint is a public-health service. We do not sell or "
                "supply drugs. Results describe single samples and may not represent other batches.</p><p><a href='/about'>"
                "About</a> &middot; <a href='/methods'>Methods</a> &middot; <a href='/results.csv'>Open data (CSV)</a></p>"
                "</footer></body></html>")

    def found_table(found, with_cas):
        rows = []
        for sub, lvl in found:
            c = REF.get(sub)
            ref = ("Reference standard, CAS %s" % c) if c else "Library match (no reference standard)"
            rows.append("<tr><td>%s</td><td>%s</td>%s</tr>" % (esc(sub), lvl, ("<td>%s</td>" % ref) if with_cas else ""))
        return ("<table class='found'><thead><tr><th>Substance detected</th><th>Abundance</th>%s</tr></thead><tbody>%s"
                "</tbody></table>" % ("<th>Identification</th>" if with_cas else "", "".join(rows)))

    for r in R:
        rid, date, place, sold, descr, found, strip, alert, note = r
        body = (head("Sample %s: sold as %s" % (rid, sold)) +
                "<nav class='breadcrumb'><a href='/'>Home</a> / <a href='/results'>Results</a> / %s</nav>"
                "<article class='result'><h1>Sample %s</h1><img class='sample-photo' src='/photos/%s.png' alt='sample photo'>"
                "<dl class='result-meta'><dt>Date tested</dt><dd>%s</dd><dt>Location</dt><dd>%s</dd><dt>Sold as</dt><dd>%s</dd>"
                "<dt>Description</dt><dd>%s</dd><dt>Fentanyl test strip</dt><dd>%s</dd><dt>Method</dt><dd>FTIR + GC-MS "
                "confirmation</dd></dl><h2>What was found</h2>%s%s%s</article>"
                % (rid, rid, rid, date, esc(place), esc(sold), esc(descr), strip, found_table(found, True),
                   ("<p class='note'>%s</p>" % esc(note)) if note else "",
                   ("<p class='alert-link'>Related alert: <a href='/alerts/%s'>%s</a></p>" % (alert, esc(ALERTS[alert][0])))
                   if alert else "") + foot())
        s.add(Page("/results/%s" % rid, body))
        s.add(Page("/photos/%s.png" % rid, tiny_png(int(rid[2:])), ctype="image/png"))

    chunks = paginate(R[::-1], 5)
    for pi, chunk in enumerate(chunks, 1):
        rows = "".join("<tr><td><a href='/results/%s'>%s</a></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                       % (r[0], r[0], r[1], esc(r[2]), esc(r[3]), esc(", ".join(x for x, _ in r[5])), r[6]) for r in chunk)
        pager = " ".join("<a href='%s'%s>%d</a>" % ("/results" if k == 1 else href("/results", page=str(k)),
                                                     " aria-current='page'" if k == pi else "", k)
                         for k in range(1, len(chunks) + 1))
        key = "/results" if pi == 1 else qkey("/results", page=str(pi))
        s.add(Page(key, head("Results, page %d" % pi) + "<h1>Drug checking results</h1><p>Every sample tested at our "
                   "sites and by mail, newest first. <a href='/results.csv'>Download CSV</a></p><table class='results'>"
                   "<thead><tr><th>Sample</th><th>Date</th><th>Location</th><th>Sold as</th><th>Found</th><th>FTS</th></tr>"
                   "</thead><tbody>%s</tbody></table><nav class='pager'>%s</nav>" % (rows, pager) + foot()))
    s.add(Page("/results.csv", "id,date,location,sold_as,found\n" + "".join(
        "%s,%s,\"%s\",\"%s\",\"%s\"\n" % (r[0], r[1], r[2], r[3].replace('"', "'"), "; ".join(x for x, _ in r[5])) for r in R),
        ctype="text/csv; charset=utf-8"))

    for slug, (title, text, rids) in ALERTS.items():
        s.add(Page("/alerts/%s" % slug, head(title) + "<article class='alert'><h1>%s</h1><p class='date'>Issued %s</p><p>%s</p>"
                   "<h2>Samples</h2><ul>%s</ul><h2>Stay safer</h2><ul><li>Test with fentanyl test strips, but know their "
                   "limits.</li><li>Carry naloxone.</li><li>Never use alone.</li></ul></article>"
                   % (esc(title), dict((r[0], r[1]) for r in R)[rids[-1]], text,
                      "".join("<li><a href='/results/%s'>%s</a></li>" % (x, x) for x in rids)) + foot()))
    s.add(Page("/alerts/", head("Alerts") + "<h1>Drug alerts</h1><ul class='alerts'>%s</ul>"
               % "".join("<li><a href='/alerts/%s'>%s</a></li>" % (k, esc(v[0])) for k, v in ALERTS.items()) + foot()))

    latest = "".join("<li><a href='/results/%s'>%s</a>: sold as %s &mdash; found %s</li>"
                     % (r[0], r[0], esc(r[3]), esc(", ".join(x for x, _ in r[5]))) for r in R[::-1][:5])
    s.add(Page("/", head("Home") + "<section class='hero'><h1>Know what's in your drugs</h1><p>Free, confidential drug "
               "checking. Results are published anonymously so everyone can stay safer.</p></section>"
               "<section><h2>Latest alerts</h2><ul>%s</ul></section><section><h2>Latest results</h2><ul>%s</ul>"
               "<a href='/results'>All results</a></section>"
               % ("".join("<li><a href='/alerts/%s'>%s</a></li>" % (k, esc(v[0])) for k, v in ALERTS.items()), latest)
               + foot()))

    stds = ["Fentanyl", "Carfentanil", "para-Fluorofentanyl", "4-ANPP", "Metonitazene", "Xylazine", "Bromazolam",
            "Heroin", "Cocaine", "Methamphetamine", "MDMA", "Ketamine", "Caffeine", "Lidocaine"]
    s.add(Page("/methods", head("Methods") + "<h1>Methods and reference standards</h1><p>Samples are screened by FTIR "
               "and confirmed by GC-MS against certified reference materials. Our laboratory holds the following reference "
               "standards under a DEA researcher registration (Schedules I-V). Reference materials are used for "
               "identification only and are not sold or distributed.</p><table class='standards'><thead><tr><th>Reference "
               "standard</th><th>CAS</th><th>Form</th><th>Lot</th></tr></thead><tbody>%s</tbody></table>"
               % "".join("<tr><td>%s</td><td>%s</td><td>1 mg/mL in methanol</td><td>L%04d</td></tr>"
                         % (n, REF[n], 3100 + i * 17) for i, n in enumerate(stds)) + foot()))
    s.add(Page("/substances/fentanyl", head("Fentanyl") + "<article class='substance'><h1>Fentanyl</h1><p>Fentanyl is a "
               "synthetic opioid about 50 times stronger than heroin. Street names include \"fent\", \"China white\" and "
               "\"dope\"; counterfeit pills sold as \"M30\" or \"blues\" often contain it. Analogues such as carfentanil and "
               "para-fluorofentanyl, and precursors like 4-ANPP, also show up in tested samples.</p><p>See also: "
               "<a href='/substances/nitazenes'>Nitazenes</a></p></article>" + foot()))
    s.add(Page("/substances/nitazenes", head("Nitazenes") + "<article class='substance'><h1>Nitazenes</h1><p>Nitazenes "
               "(benzimidazole opioids) such as isotonitazene, metonitazene and protonitazepyne can be stronger than "
               "fentanyl and are not detected by fentanyl test strips.</p></article>" + foot()))
    s.add(Page("/get-test-strips", head("Free test strips") + "<h1>Free fentanyl test strips and naloxone</h1><p>Any "
               "resident can request a free kit: 10 fentanyl test strips, 2 doses of naloxone nasal spray and instructions. "
               "Kits are free of charge and funded by the regional health authority.</p><form action='/request/kit' "
               "method='post'><input type='hidden' name='form_id' value='fts-kit'><label>Postal code <input name='zip'>"
               "</label><button>Request kit</button></form>" + foot()))
    s.add(Page("/submit", head("Submit a sample") + "<h1>Submit a sample</h1><p>Drop off a small sample (a few "
               "milligrams or a quarter pill) at a partner site, or mail it to our lab in a plain envelope with your sample "
               "code. We never ask for your name.</p><a class='btn' href='/submit/form'>Get a sample code</a>" + foot()))
    s.add(Page("/about", head("About") + "<h1>About CheckPoint</h1><p>CheckPoint is a network of community drug "
               "checking sites run by harm-reduction organisations with a university analytical lab.</p>" + foot()))
    s.add(Page("/css/cp.css", "body{font-family:system-ui}.found td{padding:4px}", ctype="text/css"))
    s.flaky.update({"/results/R-2405", "/alerts/nitazenes-in-fake-oxycodone"})
    return s


def sites():
    return [b2b_tradehub(), tg_wanhechem(), ru_rynok(), de_kontor(), cn_tieba(), drugcheck()]


if __name__ == "__main__":
    # self-check: truth CAS valid and visible; hits/cas only on listing pages; links resolve
    import html as _h
    from urllib.parse import urlsplit, parse_qsl
    problems, dead = [], {}
    for site in sites():
        t = site.truth()
        for path, pg in t.items():
            page = site.pages[path]
            cs = "utf-8"
            m = re.search(r"charset=([\w-]+)", page.ctype)
            if m:
                cs = m.group(1)
            text = _h.unescape(page.body.decode(cs))
            for c in pg["cas"]:
                if not cas_valid(c):
                    problems.append("%s%s invalid CAS %s" % (site.name, path, c))
                if c not in text:
                    problems.append("%s%s CAS %s not on page" % (site.name, path, c))
            if (pg["hits"] or pg["cas"] or pg["claims"]) and not pg["listing"] and pg["hits"]:
                problems.append("%s%s hits on a non-listing page" % (site.name, path))
            if pg["cas"] and not pg["listing"]:
                problems.append("%s%s cas on a non-listing page" % (site.name, path))
            for h in re.findall(r"""href=['"]([^'"]+)['"]""", page.body.decode(cs)):
                h = _h.unescape(h)
                if h.startswith(("http", "tg:", "#", "mailto:")):
                    continue
                u = urlsplit(h)
                q = [(k, v) for k, v in parse_qsl(u.query, keep_blank_values=True) if k not in site.junk_params]
                key = u.path + ("?" + urlencode(sorted(q)) if q else "")
                fallback = site.pages.get(u.path)
                fallback_ok = fallback is not None and not fallback.ctype.startswith("text/html")
                ok = (key in site.pages or fallback_ok or u.path in site.redirects or any(u.path.startswith(d) for d in site.disallow)
                      or (site.trap_prefix and u.path.startswith(site.trap_prefix)))
                if not ok:
                    if fallback is not None:
                        problems.append("%s%s link %s is served by %s's content under a URL outside the truth"
                                        % (site.name, path, h, u.path))
                    else:
                        dead.setdefault(site.name, set()).add(u.path)
        n = len(t)
        print("%-14s pages %3d  hits %3d  cas %3d  claims %3d  listings %3d" % (
            site.name, n, sum(len(v["hits"]) for v in t.values()), sum(len(v["cas"]) for v in t.values()),
            sum(len(v["claims"]) for v in t.values()), sum(v["listing"] for v in t.values())))
    for name, paths in dead.items():
        print("404 links on %s: %s" % (name, " ".join(sorted(paths))))
    for p in sorted(set(problems)):
        print("PROBLEM", p)
