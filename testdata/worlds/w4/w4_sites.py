"""w4: six simulated sites of six different families (see NOTES.md beside this file).

sourcehub-b2b   Made-in-China-like B2B portal: showrooms, "Send Inquiry", hot-search chrome,
                a site-wide "Hot Products" rail, buying requests, /offer/N redirects, calendar trap.
rclab-opencart  OpenCart 3 shop in Russian, windows-1251: route=... query URLs, bestseller
                sidebar, reviews tab, Cyrillic look-alike names, a delivery page with claims.
tg-preview      Telegram web preview (t.me/s/...): three channels, feeds of short posts, each
                its own offer or not, one page per post, ?before= pagination.
tieba-gbk       Baidu-Tieba-like Chinese forum in GBK: supply / buying threads, simplified and
                traditional script, Chinese names that contain shorter listed names.
tarn-market     darknet market: categories, listings with description / feedback / terms tabs,
                vendor profiles, a session token (kx=) that changes on every response.
drugcheck-hr    harm-reduction drug-checking alert site (WordPress + WooCommerce): alerts,
                lab results, a scheduling notice with a CAS table, a test-strip shop. No hits.
"""
import html as html_mod
import os
import re
from urllib.parse import urlencode

from marketsim import Site, Page, S, NOVEL, BENIGN, esc, paginate, rng, tiny_png

FENT, NIT = "fentanyl", "nitazene"

# ================================================================ substances (truth keys)
fentanyl = S("437-38-7", "Fentanyl", cls=FENT)
npp = S("39742-60-4", "NPP", "1-Phenethyl-4-piperidone")
anpp = S("21409-26-7", "4-ANPP")
ap4 = S("23056-29-3", "4-AP", "4-Anilinopiperidine")
boc4ap = S("125541-22-2", "1-Boc-4-AP")
norfent = S("1609-66-1", "Norfentanyl")                  # precursor; no class of its own
pip4 = S("41661-47-6", "4-Piperidone")
bocpip = S("79099-07-3", "1-Boc-4-piperidone")
isotonit = S("14188-81-9", "Isotonitazene", cls=NIT)
metonit = S("14680-51-4", "Metonitazene", cls=NIT)
protonit = S("95958-84-2", "Protonitazene", cls=NIT)
butonit = S("95810-54-1", "Butonitazene", cls=NIT)
etonitazepyne = S("2785346-75-8", "Etonitazepyne", cls=NIT)
desethyl_iso = S("2732926-24-6", "N-Desethyl isotonitazene", cls=NIT)
oxycodone = S("76-42-6", "Oxycodone")
heroin = S("561-27-3", "Heroin")
ketamine = S("6740-88-1", "Ketamine")
mdma = S("42542-10-9", "MDMA")
xylazine = S("7361-61-7", "Xylazine")
bromazolam = S("71368-80-4", "Bromazolam")
etizolam = S("40054-69-1", "Etizolam")
me_ap237 = S("98608-61-8", "2-Methyl-AP-237")
p2p = S("103-79-7", "P2P")
bmk_gly = S("80532-66-7", "BMK methyl glycidate")
pmk_gly = S("13605-48-6", "PMK methyl glycidate")
pseudoeph = S("90-82-4", "Pseudoephedrine")
methylamine = S("74-89-5", "Methylamine")
# analogues a list does not name (truth key class:...); all fit the class definitions in SOURCES.md
mf_maf = NOVEL(FENT, "meta-Fluoro-methoxyacetylfentanyl")   # aniline ring -> 3-fluorophenyl (D) of methoxyacetylfentanyl
thiophene_f = NOVEL(FENT, "Thiophene fentanyl")             # propionyl -> thiophene-2-carbonyl (E)
isotonitazepyne = NOVEL(NIT, "Isotonitazepyne")              # diethylamino -> pyrrolidino (4)
flunitazene = NOVEL(NIT, "Flunitazene")                      # 4-ethoxyphenyl -> 4-fluorophenyl (3)

# benign products (no truth key; their CAS counts in product context)
BENIGN_CAS = {
    "caffeine": "58-08-2", "semaglutide": "910463-68-2", "tetramisole": "5086-74-8",
    "boc_hydroxypip": "109384-19-2", "boc_piperazine": "57260-71-6", "niacinamide": "98-92-0",
    "lidocaine_hcl": "73-78-9", "benzyl_alcohol": "100-51-6", "ethanol": "64-17-5",
    "boric_acid": "10043-35-3", "naloxone_hcl": "357-08-4", "pip4_hcl_h2o": "40064-34-4",
    "pseudoeph_hcl": "345-78-8", "glycine": "56-40-6",
}


def cas_ok(c):
    """CAS check digit: weighted sum of the other digits, right to left, mod 10."""
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", c or "")
    if not m:
        return False
    d = m.group(1) + m.group(2)
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(m.group(3))


for _c in list(BENIGN_CAS.values()):
    assert cas_ok(_c), _c


def qkey(path, params=None):
    """The truth key of a URL, computed exactly as the simulator does (sorted, urlencoded query)."""
    if not params:
        return path
    return path + "?" + urlencode(sorted((k, str(v)) for k, v in params.items()))


class T:
    """Truth of one page, accumulated offer by offer."""
    def __init__(self):
        self.hits, self.cas, self.claims = set(), set(), set()

    def offer(self, sub=None, cas=None, claims=()):
        if sub is not None and sub.key:
            self.hits.add(sub.key)
        if cas:
            assert cas_ok(cas), cas
            self.cas.add(cas)
        self.claims |= set(claims)
        return self

    def add(self, other):
        self.hits |= other.hits
        self.cas |= other.cas
        self.claims |= other.claims
        return self


def put(site, key, body, t=None, listing=False, charset="utf-8", ctype=None):
    t = t or T()
    for c in t.claims:
        assert c in ("reship", "customs", "stealth", "mislabel", "forwarding"), c
    ctype = ctype or "text/html; charset=%s" % charset
    return site.add(Page(key, body, ctype=ctype, hits=t.hits, cas=t.cas, claims=t.claims,
                         charset=charset, listing=listing))


def assets(site, *paths):
    """Static files a page references (stylesheets, scripts, images): served, never in the truth."""
    for i, path in enumerate(paths):
        if path.endswith(".png"):
            site.add(Page(path, tiny_png(len(path) + i), ctype="image/png"))
        elif path.endswith(".css"):
            site.add(Page(path, "body{margin:0;font:14px/1.5 sans-serif}", ctype="text/css"))
        else:
            site.add(Page(path, "/* %s */\n(function(){})();" % path.rsplit("/", 1)[-1],
                          ctype="application/javascript"))


class TokenPage(Page):
    """A page whose links carry a session token that is new on every response."""
    MARK = "@@TOKEN@@"

    def __init__(self, path, template, charset="utf-8", **kw):
        self._tpl, self._cs = template, charset
        super().__init__(path, b"", ctype="text/html; charset=%s" % charset, charset=charset, **kw)

    @property
    def body(self):
        tok = os.urandom(10).hex()
        return self._tpl.replace(self.MARK, tok).encode(self._cs)

    @body.setter
    def body(self, value):   # Page.__init__ assigns one; the template is the real source
        pass


# ================================================================ 1. sourcehub-b2b (Made-in-China-like portal)

class BItem:
    def __init__(self, pid, sub, title, cas, price, moq, vendor, cat, spec, desc, claims=(), benign_cas=None):
        self.pid, self.sub, self.title, self.cas, self.price, self.moq = pid, sub, title, cas, price, moq
        self.vendor, self.cat, self.spec, self.desc, self.claims = vendor, cat, spec, desc, set(claims)
        self.slug = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-")
        self.url = "/product/%s-%d.html" % (self.slug, pid)

    def truth(self, with_claims=True):
        return T().offer(self.sub, self.cas if cas_ok(self.cas or "") else None,
                         self.claims if with_claims else ())


B2B_VENDORS = {
    "kaiyuan": dict(
        name="Wuhan Kaiyuan Xinda Biotechnology Co., Ltd.", city="Wuhan, Hubei", years=6, staff="51-200",
        biz="Manufacturer/Factory, Trading Company", contact="Ms. Lily Chen",
        phone="+86 177 3521 0968", wa="+86 177 3521 0968", mail="lily@kyxd-bio.example",
        adv=("<li>Door to door service to USA, Mexico, Canada and Australia &mdash; <b>our team does the customs "
             "clearance for you</b>, you only wait at home.</li>"
             "<li>If the parcel is held or lost, <b>we resend the goods free of charge</b> until you receive them.</li>"
             "<li>Sample 10g available; payment by T/T, Western Union, Bitcoin, USDT.</li>"),
        claims={"customs", "reship"}),
    "ruixiang": dict(
        name="Hebei Ruixiang Pharmaceutical Technology Co., Ltd.", city="Shijiazhuang, Hebei", years=4,
        staff="11-50", biz="Trading Company", contact="Mr. Kevin Zhao",
        phone="+86 155 3016 7742", wa="+86 155 3016 7742", mail="kevin@ruixiang-pharm.example",
        adv=("<li>Stable line to Europe and Russia: goods go first to our <b>overseas warehouse in Poland or "
             "Kazakhstan</b>, then local express (InPost, CDEK) delivers to your door in 2-4 days.</li>"
             "<li>Special packing &mdash; <b>goods are hidden inside other products</b>, inspection cannot see "
             "them.</li><li>Professional after-sale team online 24 hours.</li>"),
        claims={"forwarding", "stealth"}),
    "bluesea": dict(
        name="Qingdao Bluesea Food Additives Co., Ltd.", city="Qingdao, Shandong", years=11, staff="201-500",
        biz="Manufacturer/Factory", contact="Ms. Anna Wang", phone="+86 532 8096 1130", wa="+86 138 6396 2251",
        mail="anna@bluesea-food.example",
        adv=("<li>ISO 9001, ISO 22000, HALAL and KOSHER certified.</li><li>COA and MSDS supplied with every "
             "batch.</li><li>Sea freight FOB Qingdao or CIF your port.</li>"),
        claims=set()),
    "anrun": dict(
        name="Shandong Anrun Fine Chemical Co., Ltd.", city="Zibo, Shandong", years=15, staff="501-1000",
        biz="Manufacturer/Factory", contact="Dr. Sun Hao", phone="+86 533 7212 4400", wa="+86 139 5338 0072",
        mail="export@anrun-chem.example",
        adv=("<li>GMP workshop, 120 m&sup3; reactor capacity, in-house QC (HPLC, GC, NMR).</li>"
             "<li>We do not supply narcotics, psychotropics or listed precursor chemicals. An end-user "
             "certificate is required for regulated items.</li>"),
        claims=set()),
}


def b2b_items():
    K, R, B, A = "kaiyuan", "ruixiang", "bluesea", "anrun"
    pi, oc, fa = "pharmaceutical-intermediates", "organic-chemicals", "food-additives"

    def spec(cas, formula, einecs, look, pkg, hs="2933399990"):
        return [("Model NO.", "KY-%s" % (cas or "NA")), ("CAS No.", cas or "N/A"), ("Formula", formula),
                ("EINECS", einecs), ("Appearance", look), ("Transport Package", pkg),
                ("Trademark", "OEM"), ("Origin", "China"), ("HS Code", hs)]
    return [
        BItem(3101, npp, "Factory Supply 1-Phenethyl-4-Piperidone CAS 39742-60-4 NPP Powder with Fast Delivery",
              "39742-60-4", "US$ 180-260", "1 kg", K, pi,
              spec("39742-60-4", "C13H17NO", "N/A", "White to off-white crystalline powder", "1kg/foil bag"),
              "<p>N-Phenethyl-4-piperidone (NPP), purity &ge; 99.0% by HPLC. Stock in Wuhan, ship within 24h "
              "after payment.</p><p><b>Entrega segura a M&eacute;xico y EE. UU.</b> &mdash; el despacho aduanal "
              "corre por nuestra cuenta.</p>", {"customs"}),
        BItem(3102, anpp, "High Purity 4-Anilino-N-Phenethylpiperidine ANPP CAS 21409-26-7 in Stock",
              "21409-26-7", "US$ 390-520", "1 kg", K, pi,
              spec("21409-26-7", "C19H24N2", "N/A", "Off-white powder", "1kg/bag, 25kg/drum"),
              "<p>4-ANPP 99.5%. Neutral outer carton, the inner bag is sealed under a layer of coffee so no "
              "smell and no chemical name can be seen from outside.</p>", {"stealth"}),
        BItem(3103, boc4ap, "tert-Butyl 4-(Phenylamino)Piperidine-1-Carboxylate CAS 125541-22-2 1-Boc-4-AP",
              "125541-22-2", "US$ 260-340", "1 kg", K, pi,
              spec("125541-22-2", "C16H24N2O2", "N/A", "White powder", "1kg/aluminium foil bag"),
              "<p>1-Boc-4-AP for pharmaceutical research. Besides direct shipping, we can ship from our "
              "Guadalajara warehouse: the goods arrive there by sea and are then sent by Mexican domestic "
              "courier, 3-5 days.</p>", {"forwarding"}),
        BItem(3104, mf_maf, "Research Compound 3F-MAF N-(3-Fluorophenyl)-2-Methoxy-N-[1-(2-Phenylethyl)Piperidin-4-yl]Acetamide",
              None, "US$ 3,000-4,500", "10 g", K, pi,
              spec(None, "C22H27FN2O2", "N/A", "White powder", "10g/bag"),
              "<p>3F-MAF, systematic name N-(3-fluorophenyl)-2-methoxy-N-[1-(2-phenylethyl)piperidin-4-yl]"
              "acetamide, purity 99.3%. New product, no CAS yet. For lab research only.</p>"),
        BItem(3201, bocpip, "N-Boc-4-Piperidone tert-Butyl 4-Oxopiperidine-1-Carboxylate CAS 79099-07-3 99%",
              "79099-07-3", "US$ 150-260", "1 kg", R, pi,
              spec("79099-07-3", "C10H17NO3", "N/A", "White to light yellow crystal", "1kg/bag; 25kg/drum"),
              "<p>1-Boc-4-piperidone, mp 73-77 &deg;C. The customs declaration and the invoice can be made "
              "under another product name according to your request.</p>", {"mislabel"}),
        BItem(3202, pip4, "4-Piperidone Monohydrate Hydrochloride CAS 40064-34-4 Pharmaceutical Grade",
              "40064-34-4", "US$ 120-190", "1 kg", R, pi,
              spec("40064-34-4", "C5H12ClNO2", "N/A", "White crystalline powder", "1kg/bag"),
              "<p>4-Piperidone monohydrate HCl (4,4-piperidinediol hydrochloride), assay 98.5%.</p>"),
        BItem(3203, bromazolam, "Bromazolam Powder 99.8% CAS 71368-80-4 Research Chemical",
              "71368-80-4", "US$ 900-1,400", "100 g", R, oc,
              spec("71368-80-4", "C17H13BrN4", "N/A", "White powder", "100g/bag", "2933999099"),
              "<p>Bromazolam, HPLC 99.8%, in stock in our Poland warehouse.</p>"),
        BItem(3204, bmk_gly, "New BMK Methyl Glycidate CAS 80532-66-7 BMK Powder Oil High Yield",
              "80532-66-7", "US$ 45-90", "1 kg", R, oc,
              spec("80532-66-7", "C11H12O3", "N/A", "Colourless to yellow oil / white powder", "1kg/bottle; 25kg/drum",
                   "2918990090"),
              "<p>High conversion rate. &#1057;&#1082;&#1083;&#1072;&#1076; &#1074; &#1050;&#1072;&#1079;&#1072;&#1093;"
              "&#1089;&#1090;&#1072;&#1085;&#1077;, &#1076;&#1086;&#1089;&#1090;&#1072;&#1074;&#1082;&#1072; "
              "&#1087;&#1086; &#1056;&#1086;&#1089;&#1089;&#1080;&#1080; &#1082;&#1091;&#1088;&#1100;&#1077;&#1088;"
              "&#1086;&#1084; (Kazakhstan warehouse, courier delivery inside Russia).</p>"),
        BItem(3205, protonit, "Protonitazene Hydrochloride White Powder CAS 95958-84-2 Top Quality",
              "95958-84-2", "US$ 2,200-3,000", "10 g", R, oc,
              spec("95958-84-2", "C23H30N4O3", "N/A", "White powder", "10g/bag", "2933999099"),
              "<p>Protonitazene HCl, 99.6%. CAS of the base given.</p>"),
        BItem(3301, None, "Semaglutide Peptide Powder CAS 910463-68-2 for Weight Loss Research",
              BENIGN_CAS["semaglutide"], "US$ 60-120", "1 g", B, fa,
              spec(BENIGN_CAS["semaglutide"], "C187H291N45O59", "N/A", "White lyophilised powder", "1g/vial",
                   "2937190000"),
              "<p>Semaglutide, HPLC &ge; 99%, cold-chain packing.</p>"),
        BItem(3302, None, "Food Grade Caffeine Anhydrous Powder CAS 58-08-2 USP/BP",
              BENIGN_CAS["caffeine"], "US$ 12-18", "25 kg", B, fa,
              spec(BENIGN_CAS["caffeine"], "C8H10N4O2", "200-362-1", "White powder", "25kg/carton", "2939300000"),
              "<p>Caffeine anhydrous 80 mesh, for beverages and supplements.</p>"),
        BItem(3303, None, "Tetramisole Hydrochloride Powder CAS 5086-74-8 Veterinary Grade",
              BENIGN_CAS["tetramisole"], "US$ 18-30", "25 kg", B, fa,
              spec(BENIGN_CAS["tetramisole"], "C11H13ClN2S", "N/A", "White crystalline powder", "25kg/drum",
                   "2934999099"),
              "<p>Tetramisole HCl 99% for veterinary anthelmintic formulations.</p>"),
        BItem(3304, None, "Nicotinamide Niacinamide Vitamin B3 CAS 98-92-0 Feed Grade",
              BENIGN_CAS["niacinamide"], "US$ 6-9", "25 kg", B, fa,
              spec(BENIGN_CAS["niacinamide"], "C6H6N2O", "202-713-4", "White powder", "25kg/bag", "2936290090"),
              "<p>Niacinamide for feed premix and cosmetics.</p>"),
        BItem(3401, None, "1-Boc-4-Hydroxypiperidine N-Boc-4-Piperidinol CAS 109384-19-2",
              BENIGN_CAS["boc_hydroxypip"], "US$ 40-75", "1 kg", A, pi,
              spec(BENIGN_CAS["boc_hydroxypip"], "C10H19NO3", "N/A", "White solid", "1kg/bag; 25kg/drum"),
              "<p>tert-Butyl 4-hydroxypiperidine-1-carboxylate, GC &ge; 99%. Building block for kinase "
              "inhibitor APIs. Not a controlled substance; full documentation supplied.</p>"),
        BItem(3402, None, "1-Boc-Piperazine tert-Butyl Piperazine-1-Carboxylate CAS 57260-71-6",
              BENIGN_CAS["boc_piperazine"], "US$ 22-35", "5 kg", A, pi,
              spec(BENIGN_CAS["boc_piperazine"], "C9H18N2O2", "N/A", "White to off-white solid", "25kg/drum"),
              "<p>N-Boc-piperazine 99%, REACH pre-registered, sea or air freight.</p>"),
    ]


def b2b_portal():
    s = Site("sourcehub-b2b", "b2b-portal")
    s.robots = ("User-agent: *\nDisallow: /inquiry/\nDisallow: /member/\nDisallow: /search\n\n"
                "User-agent: AhrefsBot\nDisallow: /\n\nSitemap: /sitemap.xml\n")
    s.disallow = ["/inquiry/", "/member/", "/search"]
    s.rate_limit = 20
    s.trap_prefix = "/expo/calendar/"
    s.junk_params += ["spm", "from"]
    items = b2b_items()
    by_id = {it.pid: it for it in items}
    V = B2B_VENDORS
    cats = [("pharmaceutical-intermediates", "Pharmaceutical Intermediates"),
            ("organic-chemicals", "Organic Chemicals"), ("food-additives", "Food &amp; Feed Additives")]
    hot_ids = [3201, 3203, 3301]          # the site-wide "Hot Products" rail

    hot_words = ["NPP", "4-ANPP", "BMK glycidate", "semaglutide", "79099-07-3", "tirzepatide", "caffeine"]
    search_links = " ".join("<a href='/search?word=%s' rel='nofollow'>%s</a>" % (esc(w.replace(" ", "+")), esc(w))
                            for w in hot_words)

    mega_groups = [("Chemicals", ["Inorganic Chemicals", "Organic Intermediates", "Pigments &amp; Dyes",
                                  "Catalysts", "Surfactants", "Flavors &amp; Fragrances", "Agrochemicals"]),
                   ("Health &amp; Medicine", ["APIs", "Plant Extracts", "Veterinary Medicine", "Medical Consumables",
                                             "Peptides", "Vitamins"]),
                   ("Machinery", ["Chemical Machinery", "Packaging Machinery", "Pharmaceutical Machinery",
                                  "Lab Equipment"]),
                   ("Rubber &amp; Plastics", ["PVC Resin", "PP Granules", "Masterbatch", "Rubber Additives"])]
    mega = "".join("<dl class='mega-group'><dt>%s</dt>%s</dl>" % (g, "".join(
        "<dd><a href='/search?cate=%s' rel='nofollow'>%s</a></dd>" % (re.sub(r"\W+", "-", x.lower()), x) for x in xs))
        for g, xs in mega_groups)

    def head(title, crumbs=(), desc=""):
        crumb = "".join("<li><a href='%s'>%s</a></li>" % (u, n) for u, n in crumbs)
        return ("<!DOCTYPE html><html lang='en'><head><meta charset='UTF-8'><meta http-equiv='X-UA-Compatible' "
                "content='IE=edge'><title>%s - SourceHub.example</title><meta name='description' content='%s'>"
                "<link rel='stylesheet' href='/static/css/common.css?v=20261101'><script>var _mic_track={site:"
                "'en',pv:1};window.dataLayer=window.dataLayer||[];</script></head><body class='sr-page'>"
                "<div class='top-bar'><div class='grid'><span class='welcome'>Welcome to SourceHub!</span>"
                "<a href='/member/login' rel='nofollow'>Sign In</a> | <a href='/member/join' rel='nofollow'>Join Free</a>"
                "<div class='top-bar-menu'><a href='/sourcing/'>Sourcing Solutions</a> <a href='/help/'>Help</a> "
                "<a href='/about-us.html'>About Us</a> <span class='lang'>English &#9662;</span></div></div></div>"
                "<div class='header'><a class='logo' href='/'><img src='/static/img/logo.png' alt='SourceHub'></a>"
                "<form class='search-form' action='/search' method='get'><select name='type'><option>Products"
                "</option><option>Suppliers</option></select><input name='word' placeholder='What are you "
                "looking for...' autocomplete='off'><button type='submit'>Search</button></form>"
                "<div class='hot-search'><span>Hot Searches:</span> %s</div></div>"
                "<div class='nav'><ul class='nav-cate'><li class='all-cate'>All Categories<div class='mega-menu'>"
                "%s%s</div></li><li><a href='/sourcing/'>Buying Requests</a></li><li><a href='/showroom/'>Suppliers"
                "</a></li><li><a href='/expo/calendar/2026-11'>Trade Shows</a></li></ul></div>"
                "<div class='grid main-wrap'><ul class='crumb'><li><a href='/'>Home</a></li>%s</ul>"
                % (title, desc or title, search_links,
                   "".join("<a href='/catalog/%s.html'>%s</a>" % c for c in cats), mega, crumb))

    def rail():
        cards = []
        for pid in hot_ids:
            it = by_id[pid]
            cards.append("<li class='hot-item'><a href='%s'><img src='/img/p%d.png' alt=''><span class='hot-name'>%s"
                         "</span></a><span class='hot-cas'>CAS: %s</span><span class='hot-price'>%s / kg</span></li>"
                         % (it.url, it.pid, esc(it.title[:48]), it.cas, it.price))
        return "<div class='side-hot J-hot-products'><h3>Hot Products</h3><ul>%s</ul></div>" % "".join(cards)

    foot = ("</div><div class='footer'><div class='grid'><dl><dt>Buyer Services</dt><dd><a href='/sourcing/'>"
            "Buying Requests</a></dd><dd><a href='/help/'>Buyer Help Center</a></dd><dd><a href='/expo/calendar/"
            "2026-11'>Trade Shows</a></dd></dl><dl><dt>Supplier Services</dt><dd><a href='/member/join' "
            "rel='nofollow'>Join Free</a></dd><dd><a href='/showroom/'>Supplier Directory</a></dd></dl><dl><dt>"
            "About</dt><dd><a href='/about-us.html'>About SourceHub</a></dd><dd><a href='https://www.linkedin.com/"
            "company/sourcehub-example'>LinkedIn</a></dd></dl><p class='copyright'>Copyright &copy; 2009-2026 "
            "SourceHub.example. All rights reserved. SourceHub only provides an information platform; buyers "
            "must verify suppliers and comply with local laws.</p></div></div><div id='cookie-tip' class='cookie'>"
            "We use cookies to improve your experience. <a href='/help/#privacy'>Privacy Policy</a> "
            "<button>Accept</button></div><script src='/static/js/common.js'></script></body></html>")

    def card(it, show_cas=True, href=None):
        v = V[it.vendor]
        return ("<div class='list-node prod-info'><div class='prod-image'><a href='%s' target='_blank'><img src='/img/"
                "p%d.png' alt='%s'></a></div><div class='product-name'><a href='%s' title='%s'>%s</a></div>"
                "%s<div class='price-info'><strong class='price'>%s</strong> / kg</div><div class='info'>%s "
                "(MOQ)</div><div class='company-name'><a href='/showroom/%s/'>%s</a> <i class='ico-gold'>"
                "Audited Supplier</i></div><a class='J-inquiry btn' href='/inquiry/send?pid=%d' rel='nofollow'>"
                "Contact Now</a></div>"
                % (href or it.url, it.pid, esc(it.title), href or it.url, esc(it.title), esc(it.title),
                   ("<div class='cas'>CAS No.: %s</div>" % it.cas) if (show_cas and it.cas) else "",
                   it.price, it.moq, it.vendor, esc(v["name"]), it.pid))

    s.add(Page("/static/css/common.css", ".grid{width:1200px;margin:0 auto}.list-node{float:left;width:25%}",
               ctype="text/css"))
    s.add(Page("/static/img/logo.png", tiny_png(7), ctype="image/png"))
    assets(s, "/static/js/common.js")
    for it in items:
        s.add(Page("/img/p%d.png" % it.pid, tiny_png(it.pid), ctype="image/png"))

    # ---- home: no offers of its own (rail + buying-request titles are chrome / talk)
    home = (head("Made in China Manufacturers, Suppliers &amp; Products", desc="China sourcing platform") +
            "<div class='home-banner'><h1>Source quality chemicals from verified Chinese suppliers</h1>"
            "<p>Over 12,000 audited suppliers. Trade assurance on every order.</p></div>"
            "<div class='layout'><div class='main'><h2>Popular Categories</h2><ul class='cate-list'>%s</ul>"
            "<h2>Featured Suppliers</h2><ul>%s</ul><h2>Latest Buying Requests</h2><ul class='rfq-list'>"
            "<li><a href='/sourcing/rfq-88231.html'>Looking for N-Phenethyl-4-piperidone 20 kg monthly</a> "
            "<span>Mexico</span></li><li><a href='/sourcing/rfq-88245.html'>Need 4-ANPP and 1-Boc-4-piperidone "
            "samples</a> <span>Canada</span></li><li><a href='/sourcing/rfq-88290.html'>Purchase semaglutide 5 g"
            "</a> <span>United States</span></li></ul></div><div class='side'>%s</div></div>"
            % ("".join("<li><a href='/catalog/%s.html'>%s</a></li>" % c for c in cats),
               "".join("<li><a href='/showroom/%s/'>%s</a> &middot; %s</li>" % (k, esc(v["name"]), v["city"])
                       for k, v in V.items()), rail()) + foot)
    put(s, "/", home)
    put(s, "/about-us.html", head("About Us", [("/about-us.html", "About Us")]) +
        "<div class='article'><h1>About SourceHub</h1><p>Since 2009 SourceHub has connected global buyers with "
        "manufacturers in China. Supplier audits are done by third-party inspection companies.</p>"
        "<p>Listings are published by suppliers. Report a suspicious listing to compliance@sourcehub.example."
        "</p></div>" + foot)
    put(s, "/help/", head("Buyer Help Center", [("/help/", "Help")]) +
        "<div class='article'><h1>Buyer Help Center</h1><h3>Is it safe to pay a supplier outside the platform?"
        "</h3><p>No. Some sellers ask for Bitcoin or USDT and promise that they will 'handle customs' or "
        "'resend if seized'. These promises are typical of fraud and of illegal trade; SourceHub never "
        "guarantees customs clearance.</p><h3 id='privacy'>Privacy</h3><p>We process personal data according "
        "to our privacy policy.</p></div>" + foot)

    # ---- category pages (the cards are this page's own listings; the rail is not)
    for slug, cname in cats:
        its = [it for it in items if it.cat == slug]
        chunks = paginate(its, 6)
        for n, chunk in enumerate(chunks, 1):
            key = "/catalog/%s.html" % slug if n == 1 else "/catalog/%s-%d.html" % (slug, n)
            t = T()
            for it in chunk:
                t.add(it.truth(with_claims=False))
            pager = " ".join(("<a href='/catalog/%s.html'>1</a>" % slug) if k == 1 else
                             "<a href='/catalog/%s-%d.html'>%d</a>" % (slug, k, k) for k in range(1, len(chunks) + 1))
            body = (head("%s Suppliers and Manufacturers" % cname, [("/catalog/%s.html" % slug, cname)]) +
                    "<div class='layout'><div class='main'><h1>China %s</h1><div class='sort-bar'>Sort by: "
                    "<a href='%s?sort=relevance'>Relevance</a> <a href='%s?sort=price'>Price</a></div>"
                    "<div class='prod-list J-prodList'>%s</div><div class='page'>%s</div>"
                    "<div class='related-search'><b>Related Searches:</b> <a href='/search?word=%s+price' "
                    "rel='nofollow'>%s price</a> <a href='/search?word=fentanyl+intermediate' rel='nofollow'>"
                    "fentanyl intermediate</a> <a href='/search?word=npp+supplier' rel='nofollow'>npp supplier</a>"
                    "</div></div><div class='side'>%s</div></div>"
                    % (cname, key, key, "".join(card(it, href="/offer/%d.html" % it.pid) for it in chunk), pager,
                       slug.split("-")[0], slug.split("-")[0], rail()) + foot)
            put(s, key, body, t, listing=True)
    for it in items:
        s.redirects["/offer/%d.html" % it.pid] = it.url

    # ---- product pages
    for it in items:
        v = V[it.vendor]
        t = it.truth()
        t.claims |= v["claims"]                      # the seller's own "advantages" block on its product page
        also = [o for o in items if o.cat == it.cat and o.pid != it.pid][:3]
        also_html = "".join("<li><a href='%s'>%s</a> <span>%s / kg</span></li>" % (o.url, esc(o.title[:60]), o.price)
                            for o in also)
        spec = "".join("<tr><th>%s</th><td>%s</td></tr>" % (k, esc(val)) for k, val in it.spec)
        body = (head(it.title, [("/catalog/%s.html" % it.cat, dict(cats)[it.cat]), (it.url, it.title[:40])]) +
                "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":"
                "\"BreadcrumbList\",\"itemListElement\":[{\"@type\":\"ListItem\",\"position\":1,\"name\":"
                "\"Home\",\"item\":\"/\"}]}</script>"
                "<div class='layout'><div class='main sr-proMainInfo'><div class='sr-proMainInfo-baseInfo'>"
                "<h1 class='sr-proMainInfo-baseInfoH1'><span>%s</span></h1><div class='swiper'><img src='/img/"
                "p%d.png' alt=''></div><table class='sr-proMainInfo-baseInfo-priceTable'><tr><th>FOB Price"
                "</th><th>Min. Order</th></tr><tr><td class='price'>%s / kg</td><td>%s</td></tr></table>"
                "<div class='sr-proMainInfo-baseInfo-tab'><table class='basic-info'>%s</table></div>"
                "<div class='J-btns'><a class='btn J-inquiry' href='/inquiry/send?pid=%d' rel='nofollow'>"
                "Contact Supplier</a> <a class='btn chat' href='/member/chat?pid=%d' rel='nofollow'>Chat</a>"
                "</div></div><div class='sr-txt-title'><h2>Product Description</h2></div>"
                "<div class='rich-text J-rich-text'>%s</div>"
                "<div class='inquiry-form'><h3>Send your message to this supplier</h3><form action='/inquiry/"
                "post' method='post'><input type='hidden' name='pid' value='%d'><input type='hidden' "
                "name='csrf' value='c8f21e0b'><p>To: %s</p><textarea name='content'></textarea><button>Send"
                "</button></form></div><div class='also-viewed'><h3>Customers Who Viewed This Product Also "
                "Viewed</h3><ul>%s</ul></div><div class='related-search'><b>Related Searches:</b> "
                "<a href='/search?word=4-anpp' rel='nofollow'>4-anpp</a> <a href='/search?word=china+white+"
                "powder' rel='nofollow'>china white powder</a> <a href='/search?word=%s' rel='nofollow'>%s</a>"
                "</div></div><div class='side'><div class='company-card'><h3><a href='/showroom/%s/'>%s</a>"
                "</h3><p>%s &middot; %d years &middot; %s</p><p>Business Type: %s</p><h4>Our Advantages</h4>"
                "<ul>%s</ul><p>Contact: %s<br>WhatsApp: %s<br>E-mail: %s</p></div>%s</div></div>"
                % (esc(it.title), it.pid, it.price, it.moq, spec, it.pid, it.pid, it.desc, it.pid, esc(v["name"]),
                   also_html, esc(it.cas or "chemical"), esc(it.cas or "chemical"), it.vendor, esc(v["name"]),
                   v["city"], v["years"], v["staff"], v["biz"], v["adv"], v["contact"], v["wa"], v["mail"], rail())
                + foot)
        put(s, it.url, body, t, listing=True)

    # ---- showrooms (a seller's mini-site: product grid + profile)
    put(s, "/showroom/", head("Supplier Directory", [("/showroom/", "Suppliers")]) +
        "<h1>Audited Suppliers</h1><ul class='supplier-list'>%s</ul>" %
        "".join("<li><a href='/showroom/%s/'>%s</a> <a href='/showroom/%s/company-profile.html'>Company profile"
                "</a> %s</li>" % (k, esc(v["name"]), k, v["city"]) for k, v in V.items()) + foot)
    for k, v in V.items():
        mine = [it for it in items if it.vendor == k]
        t = T()
        for it in mine:
            t.add(it.truth(with_claims=False))
        t.claims |= v["claims"]
        put(s, "/showroom/%s/" % k, head(v["name"], [("/showroom/", "Suppliers"), ("/showroom/%s/" % k, v["name"])]) +
            "<div class='sr-comShop'><div class='sr-comShop-head'><h1>%s</h1><p>%s | %s</p><a href='/showroom/%s/"
            "company-profile.html'>Company Profile</a></div><div class='sr-comShop-adv'><h3>Why choose us</h3>"
            "<ul>%s</ul></div><div class='prod-list'>%s</div></div><div class='side'>%s</div>"
            % (esc(v["name"]), v["biz"], v["city"], k, v["adv"], "".join(card(it) for it in mine), rail()) + foot,
            t, listing=True)
        put(s, "/showroom/%s/company-profile.html" % k,
            head(v["name"] + " Company Profile", [("/showroom/%s/" % k, v["name"])]) +
            "<div class='sr-comProfile'><h1>%s</h1><table><tr><th>Business Type</th><td>%s</td></tr><tr><th>"
            "Main Products</th><td>Pharmaceutical intermediates, organic intermediates, APIs</td></tr><tr><th>"
            "Number of Employees</th><td>%s</td></tr><tr><th>Year of Establishment</th><td>%d</td></tr></table>"
            "<h3>Our Advantages</h3><ul>%s</ul><p>Contact person: %s, Tel %s</p><a href='/showroom/%s/'>View all "
            "products</a></div>" % (esc(v["name"]), v["biz"], v["staff"], 2026 - v["years"], v["adv"],
                                    v["contact"], v["phone"], k) + foot,
            T().offer(claims=v["claims"]))

    # ---- buying requests: buyers asking, nobody offering
    rfqs = [
        ("88231", "Looking for N-Phenethyl-4-piperidone 20 kg monthly", "Mexico",
         "<p>We need N-Phenethyl-4-piperidone (NPP, CAS 39742-60-4), 20 kg every month. The supplier must "
         "handle customs clearance to Mexico and guarantee reshipment if the goods are seized. Payment USDT. "
         "Please quote CIF Manzanillo.</p>"),
        ("88245", "Need 4-ANPP and 1-Boc-4-piperidone samples", "Canada",
         "<p>Buyer requests samples of 4-ANPP (21409-26-7) and 1-Boc-4-piperidone (79099-07-3), 50 g each, "
         "then 5 kg. Prefer discreet packing. Quotes with shipping to Vancouver please.</p>"),
        ("88290", "Purchase semaglutide 5 g", "United States",
         "<p>Looking for semaglutide (CAS 910463-68-2) 5 g with COA, HPLC &ge; 99%. Air shipping to Miami.</p>"),
    ]
    put(s, "/sourcing/", head("Buying Requests", [("/sourcing/", "Buying Requests")]) +
        "<h1>Latest Buying Requests</h1><ul class='rfq-list'>%s</ul><div class='side'>%s</div>"
        % ("".join("<li><a href='/sourcing/rfq-%s.html'>%s</a> <span class='country'>%s</span> <a href='/member/"
                   "quote?rfq=%s' rel='nofollow'>Quote Now</a></li>" % (i, esc(tl), c, i) for i, tl, c, _ in rfqs),
           rail()) + foot)
    for i, tl, c, txt in rfqs:
        put(s, "/sourcing/rfq-%s.html" % i, head(tl, [("/sourcing/", "Buying Requests")]) +
            "<div class='rfq-detail'><h1>%s</h1><p class='meta'>Buyer country: %s &middot; Posted 2026-11-%02d "
            "&middot; Quotes left: 7</p>%s<a class='btn' href='/member/quote?rfq=%s' rel='nofollow'>Quote Now</a>"
            "</div><div class='side'>%s</div>" % (esc(tl), c, int(i) % 27 + 1, txt, i, rail()) + foot)

    # ---- robots-forbidden pages (a polite crawler never fetches them)
    fb = by_id[3101]
    put(s, "/inquiry/send", head("Send Inquiry") + "<form><p>Product: %s</p><textarea></textarea></form>"
        % esc(fb.title) + foot, fb.truth(), listing=True)
    put(s, "/member/price-list", head("Offline price list") + "<table><tr><td>Carfentanil 99%</td><td>CAS "
        "59708-52-0</td><td>US$ 9,000/kg</td></tr></table>" + foot,
        T().offer(S("59708-52-0", "Carfentanil", cls=FENT), "59708-52-0"), listing=True)
    return s


# ================================================================ 2. rclab-opencart (OpenCart 3, Russian, windows-1251)

def cyr(s):
    """Latin a/e/o/c/p swapped for their Cyrillic look-alikes (a common listing-title trick)."""
    return s.translate(str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440"}))


class OItem:
    def __init__(self, pid, sub, name, price, cat, cas, short, desc, claims=(), attrs=(), reviews=(), model=""):
        self.pid, self.sub, self.name, self.price, self.cat, self.cas = pid, sub, name, price, cat, cas
        self.short, self.desc, self.claims, self.attrs, self.reviews = short, desc, set(claims), list(attrs), list(reviews)
        self.model = model or "RC-%d" % pid
        self.key = qkey("/index.php", {"route": "product/product", "product_id": pid})
        self.href = "index.php?route=product/product&amp;product_id=%d" % pid


def rclab_items():
    return [
        OItem(50, protonit, cyr("Protonitazene HCl 99% \u2014 1 \u0433"), 4500, 59, "95958-84-2",
              "Белый кристаллический порошок, чистота 99,2% (ВЭЖХ).",
              "<p>Чистота 99,2% (ВЭЖХ). Продаётся исключительно для лабораторных исследований.</p>"
              "<p>Упаковка: вакуумный пакет + фольга, вложение спрятано в коробку из-под чая &mdash; по "
              "внешнему виду посылки содержимое не определить.</p><p>Если почта потеряла посылку, отправим "
              "заказ повторно бесплатно.</p>", {"stealth", "reship"},
              [("CAS", "95958-84-2"), ("Формула", "C23H30N4O3 · HCl"), ("Форма", "порошок")],
              [("Игорь", "12.10.2026", "Качество соответствует описанию.", 5)]),
        OItem(51, metonit, "Metonitazene (Метонитазен) \u2014 0,5 г", 3900, 59, "14680-51-4",
              "Кристаллический порошок, 0,5 г.",
              "<p>Отправка со склада в Казахстане (Алматы). После пересечения границы посылка передаётся в "
              "СДЭК и доставляется по РФ как внутреннее отправление, 3-6 дней.</p>", {"forwarding"},
              [("CAS", "14680-51-4"), ("Чистота", "99%")],
              [("Дмитрий", "03.11.2026", "Пришло за 6 дней, упаковка стелс &mdash; снаружи ничего не видно. "
                "Спасибо!", 5), ("Alex_77", "28.10.2026", "Всё ок, рекомендую.", 5)]),
        OItem(52, butonit, "Butonitazene / Бутонитазен \u2014 1 г", 5200, 59, "95810-54-1",
              "Порошок белого цвета, 1 г.",
              "<p>Кристаллический порошок белого цвета. Хранить в сухом тёмном месте.</p>", (),
              [("CAS", "95810-54-1"), ("Формула", "C24H32N4O3")]),
        OItem(53, isotonitazepyne, "Isotonitazepyne (N-пирролидино изотонитазен) \u2014 0,5 г", 4800, 59, None,
              "Новинка. Аналог из группы бензимидазолов.",
              "<p>Новинка каталога. Таможенная декларация оформляется как &laquo;образцы красителей&raquo;.</p>",
              {"mislabel"},
              [("Химическое название", "5-nitro-2-[(4-propan-2-yloxyphenyl)methyl]-1-(2-pyrrolidin-1-ylethyl)"
                "benzimidazole"), ("CAS", "нет"), ("Формула", "C23H28N4O3")]),
        OItem(54, thiophene_f, "TF-22 (исследовательское соединение) \u2014 100 мг", 6900, 59, None,
              "Исследовательское соединение, 100 мг.",
              "<p>Только для научных исследований in vitro. Отправляем в непрозрачном конверте, вложение "
              "замаскировано под сувенирную продукцию.</p>", {"stealth"},
              [("Химическое название", "N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]thiophene-2-carboxamide"),
               ("Формула", "C24H26N2OS"), ("CAS", "нет")]),
        OItem(55, bromazolam, "Бромазолам (Bromazolam) пеллеты 1 мг x 20 шт.", 1900, 60, "71368-80-4",
              "Пеллеты 1 мг, 20 шт. в упаковке.",
              "<p>Пеллеты по 1 мг. В таможенной декларации указываем &laquo;витамины&raquo;.</p>", {"mislabel"},
              [("CAS", "71368-80-4"), ("Дозировка", "1 мг")]),
        OItem(56, etizolam, "Этизолам (Etizolam) 2 мг, блистер 10 таб.", 1500, 60, "40054-69-1",
              "Блистер 10 таблеток по 2 мг.",
              "<p>Таблетки 2 мг, оригинальный блистер.</p>", (),
              [("CAS", "40054-69-1")],
              [("Сергей", "19.09.2026", "Заказываю не первый раз. Один раз посылка потерялась &mdash; магазин "
                "сделал перепосыл без вопросов.", 5)]),
        OItem(57, me_ap237, "2-Methyl-AP-237 HCl \u2014 1 г", 3100, 59, "98608-61-8",
              "Гидрохлорид, 1 г.", "<p>Гидрохлорид, белый порошок.</p>", (), [("CAS", "98608-61-8")]),
        OItem(58, None, "Тест-полоски на фентанил (10 шт.)", 900, 61, None,
              "Экспресс-тест для обнаружения фентанила.",
              "<p>Позволяют обнаружить фентанил и многие его аналоги в образце за 5 минут. Средство снижения "
              "вреда.</p>", (), [("Чувствительность", "20 нг/мл")]),
        OItem(59, None, "Реагент Марки (Marquis), 10 мл", 700, 61, None, "Капельный реагент-тест.",
              "<p>Капельный тест для предварительной идентификации веществ. Стеклянный флакон с пипеткой.</p>"),
        OItem(60, None, "Кофеин безводный, 100 г", 450, 61, BENIGN_CAS["caffeine"], "Фармакопейный, 100 г.",
              "<p>Кофеин безводный, фармакопейное качество.</p>", (), [("CAS", BENIGN_CAS["caffeine"])]),
        OItem(61, None, "Весы ювелирные 0,001 г / 50 г", 1200, 61, None, "Точность 0,001 г.",
              "<p>Электронные весы с калибровочной гирей.</p>"),
        OItem(63, None, "Лидокаина гидрохлорид, 50 г", 800, 61, BENIGN_CAS["lidocaine_hcl"], "50 г, порошок.",
              "<p>Лидокаина гидрохлорид, порошок.</p>", (), [("CAS", BENIGN_CAS["lidocaine_hcl"])]),
    ]


def rclab_opencart():
    s = Site("rclab-opencart", "opencart-shop")
    cs = "windows-1251"
    s.robots = ("User-agent: *\nDisallow: /admin/\nDisallow: /system/\nDisallow: /download/\n"
                "Disallow: /*route=account/\nDisallow: /*route=checkout/\nDisallow: /*route=product/search\n"
                "Disallow: /*?tag=\n\nHost: rclab24.example\n")
    s.disallow = ["/admin/", "/system/", "/download/"]
    s.flaky = {"/index.php"}
    s.junk_params += ["limit"]
    items = rclab_items()
    by_id = {it.pid: it for it in items}
    cats = {59: "Исследовательские химикаты", 60: "Бензодиазепины (аналоги)", 61: "Тесты и лаборатория"}
    best = [55, 50, 60]

    def money(p):
        return "%s руб." % format(p, ",").replace(",", " ")

    menu = "".join("<li><a href='index.php?route=product/category&amp;path=%d'>%s</a></li>" % (c, n)
                   for c, n in cats.items())

    def head(title, crumbs=()):
        crumb = "".join("<li><a href='%s'>%s</a></li>" % (u, n) for u, n in crumbs)
        return ("<!DOCTYPE html>\n<!--[if IE]><![endif]-->\n<html dir='ltr' lang='ru'><head><meta charset='"
                "windows-1251'><meta name='viewport' content='width=device-width, initial-scale=1'><title>%s</title>"
                "<base href='/'><meta name='description' content='%s'><script src='catalog/view/javascript/jquery/"
                "jquery-2.1.1.min.js'></script><link href='catalog/view/theme/default/stylesheet/stylesheet.css' "
                "rel='stylesheet'><script src='catalog/view/javascript/common.js'></script></head><body>"
                "<nav id='top'><div class='container'><div class='pull-left'><form id='form-currency'><div "
                "class='btn-group'><button class='btn btn-link dropdown-toggle'><strong>руб.</strong> Валюта"
                "</button></div><input type='hidden' name='code' value=''><input type='hidden' name='redirect' "
                "value=''></form></div><div id='top-links' class='nav pull-right'><ul class='list-inline'><li>"
                "<a href='index.php?route=information/contact'><i class='fa fa-phone'></i> +7 (999) 204-17-73</a>"
                "</li><li class='dropdown'><a href='index.php?route=account/account' title='Личный кабинет'>Личный "
                "кабинет</a><ul class='dropdown-menu dropdown-menu-right'><li><a href='index.php?route=account/"
                "register'>Регистрация</a></li><li><a href='index.php?route=account/login'>Авторизация</a></li>"
                "</ul></li><li><a href='index.php?route=account/wishlist' id='wishlist-total'>Закладки (0)</a></li>"
                "<li><a href='index.php?route=checkout/cart'>Корзина</a></li><li><a href='index.php?route=checkout/"
                "checkout'>Оформление заказа</a></li></ul></div></div></nav><header><div class='container'><div "
                "class='row'><div class='col-sm-4'><div id='logo'><a href='/'><img src='image/catalog/logo.png' "
                "title='RC-Lab24' alt='RC-Lab24' class='img-responsive'></a></div></div><div class='col-sm-5'><div "
                "id='search' class='input-group'><input type='text' name='search' value='' placeholder='Поиск' "
                "class='form-control input-lg'><span class='input-group-btn'><button type='button' class='btn "
                "btn-default btn-lg'><i class='fa fa-search'></i></button></span></div></div><div class='col-sm-3'>"
                "<div id='cart' class='btn-group btn-block'><button type='button' class='btn btn-inverse btn-block "
                "btn-lg dropdown-toggle'><span id='cart-total'>0 товар(ов) - 0 руб.</span></button></div></div>"
                "</div></div></header><div class='container'><nav id='menu' class='navbar'><ul class='nav navbar-nav'>"
                "%s</ul></nav></div><div class='container'><ul class='breadcrumb'><li><a href='/'><i class='fa "
                "fa-home'></i></a></li>%s</ul><div class='row'>" % (title, title, menu, crumb))

    def column_left():
        rows = "".join("<div class='product-layout'><div class='product-thumb transition'><div class='image'><a "
                       "href='%s'><img src='image/cache/catalog/p%d-80x80.png' alt=''></a></div><div class='caption'>"
                       "<h4><a href='%s'>%s</a></h4><p class='price'>%s</p></div></div></div>"
                       % (by_id[i].href, i, by_id[i].href, esc(by_id[i].name), money(by_id[i].price)) for i in best)
        return ("<aside id='column-left' class='col-sm-3 hidden-xs'><div class='list-group'>%s</div>"
                "<h3>Хиты продаж</h3><div class='row bestseller'>%s</div></aside>"
                % ("".join("<a href='index.php?route=product/category&amp;path=%d' class='list-group-item'>%s</a>"
                           % (c, n) for c, n in cats.items()), rows))

    foot = ("</div></div><footer><div class='container'><div class='row'><div class='col-sm-3'><h5>Информация</h5>"
            "<ul class='list-unstyled'><li><a href='index.php?route=information/information&amp;information_id=4'>"
            "О нас</a></li><li><a href='index.php?route=information/information&amp;information_id=6'>Доставка и "
            "оплата</a></li><li><a href='index.php?route=information/information&amp;information_id=5'>Условия "
            "соглашения</a></li></ul></div><div class='col-sm-3'><h5>Служба поддержки</h5><ul class='list-unstyled'>"
            "<li><a href='index.php?route=information/contact'>Связаться с нами</a></li><li><a href='download/"
            "price-2026.html'>Прайс-лист</a></li></ul></div><div class='col-sm-3'><h5>Личный кабинет</h5><ul "
            "class='list-unstyled'><li><a href='index.php?route=account/order'>История заказов</a></li><li><a "
            "href='index.php?route=account/newsletter'>Рассылка</a></li></ul></div></div><hr><p>Работает на "
            "<a href='https://www.opencart.com'>OpenCart</a><br> RC-Lab24 &copy; 2026. Товары предназначены только "
            "для лабораторных исследований.</p></div></footer></body></html>")

    def thumb(it):
        return ("<div class='product-layout product-grid col-lg-4 col-md-4 col-sm-6 col-xs-12'><div class='product-"
                "thumb'><div class='image'><a href='%s'><img src='image/cache/catalog/p%d-228x228.png' alt='%s' "
                "class='img-responsive'></a></div><div><div class='caption'><h4><a href='%s'>%s</a></h4><p>%s</p>"
                "<p class='price'>%s</p></div><div class='button-group'><button type='button' onclick=\"cart.add("
                "'%d', '1');\"><i class='fa fa-shopping-cart'></i> <span class='hidden-xs'>Купить</span></button>"
                "<button type='button' onclick=\"wishlist.add('%d');\"><i class='fa fa-heart'></i></button></div>"
                "</div></div></div>" % (it.href, it.pid, esc(it.name), it.href, esc(it.name), esc(it.short),
                                        money(it.price), it.pid, it.pid))

    def offer_truth(it, claims=True):
        return T().offer(it.sub, it.cas if claims else None, it.claims if claims else ())

    for it in items:
        s.add(Page("/image/cache/catalog/p%d-228x228.png" % it.pid, tiny_png(it.pid), ctype="image/png"))
        s.add(Page("/image/cache/catalog/p%d-80x80.png" % it.pid, tiny_png(it.pid), ctype="image/png"))
    assets(s, "/catalog/view/javascript/jquery/jquery-2.1.1.min.js", "/catalog/view/javascript/common.js",
           "/catalog/view/theme/default/stylesheet/stylesheet.css", "/image/catalog/logo.png",
           "/image/catalog/banner1.png")

    # ---- home: the featured module is the home page's own offers
    feat = [50, 55, 58, 60]
    t = T()
    for i in feat:
        t.add(T().offer(by_id[i].sub))
    put(s, "/", head("RC-Lab24 &mdash; реактивы для исследований") + column_left() +
        "<div id='content' class='col-sm-9'><div class='slideshow'><img src='image/catalog/banner1.png' alt=''>"
        "</div><h3>Рекомендуемые</h3><div class='row'>%s</div><p>Магазин RC-Lab24 &mdash; реактивы для "
        "научных лабораторий с 2019 года.</p></div>" % "".join(thumb(by_id[i]) for i in feat) + foot,
        t, listing=True, charset=cs)

    # ---- categories
    for c, cname in cats.items():
        mine = [it for it in items if it.cat == c]
        chunks = paginate(mine, 4)
        for n, chunk in enumerate(chunks, 1):
            params = {"route": "product/category", "path": c}
            if n > 1:
                params["page"] = n
            t = T()
            for it in chunk:
                t.add(T().offer(it.sub))
            pag = "".join(("<li><a href='index.php?route=product/category&amp;path=%d'>1</a></li>" % c) if k == 1 else
                          "<li><a href='index.php?route=product/category&amp;path=%d&amp;page=%d'>%d</a></li>"
                          % (c, k, k) for k in range(1, len(chunks) + 1))
            base = "index.php?route=product/category&amp;path=%d" % c
            put(s, qkey("/index.php", params), head(cname, [(base, cname)]) + column_left() +
                "<div id='content' class='col-sm-9'><h2>%s</h2><div class='row'><div class='col-md-3'><div "
                "class='btn-group'><button type='button' id='list-view' class='btn btn-default'>Список</button>"
                "<button type='button' id='grid-view' class='btn btn-default'>Сетка</button></div></div><div "
                "class='col-md-4'><select id='input-sort' class='form-control' onchange='location = this.value;'>"
                "<option value='%s&amp;sort=p.sort_order&amp;order=ASC'>По умолчанию</option><option value='%s"
                "&amp;sort=p.price&amp;order=ASC'>Цена (низкая &gt; высокая)</option></select> <a href='%s&amp;"
                "sort=pd.name&amp;order=ASC'>Название (А - Я)</a> <a href='%s&amp;limit=25'>25</a></div></div>"
                "<div class='row'>%s</div><div class='row'><div class='col-sm-6 text-left'><ul class='pagination'>"
                "%s</ul></div><div class='col-sm-6 text-right'>Показано с %d по %d из %d (всего %d страниц)</div>"
                "</div></div>" % (cname, base, base, base, base, "".join(thumb(it) for it in chunk), pag,
                                  (n - 1) * 4 + 1, (n - 1) * 4 + len(chunk), len(mine), len(chunks)) + foot,
                t, listing=True, charset=cs)

    # ---- product pages (related products and bestsellers are not this page's offer)
    for it in items:
        t = offer_truth(it)
        related = [by_id[i] for i in by_id if by_id[i].cat == it.cat and i != it.pid][:2]
        attrs = "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(k), esc(v)) for k, v in it.attrs)
        revs = "".join("<table class='table table-striped table-bordered'><tr><td style='width: 50%%;'><strong>%s"
                       "</strong></td><td class='text-right'>%s</td></tr><tr><td colspan='2'><p>%s</p>%s</td></tr>"
                       "</table>" % (esc(a), d, txt, "<i class='fa fa-star'></i>" * st) for a, d, txt, st in it.reviews)
        cname = cats[it.cat]
        body = (head(it.name, [("index.php?route=product/category&amp;path=%d" % it.cat, cname),
                               (it.href, it.name)]) + column_left() +
                "<div id='content' class='col-sm-9'><div class='row'><div class='col-sm-8'><ul class='thumbnails'>"
                "<li><a class='thumbnail' href='image/cache/catalog/p%d-228x228.png'><img src='image/cache/catalog/"
                "p%d-228x228.png' alt=''></a></li></ul><ul class='nav nav-tabs'><li class='active'><a "
                "href='#tab-description' data-toggle='tab'>Описание</a></li>%s<li><a href='#tab-review' "
                "data-toggle='tab'>Отзывы (%d)</a></li></ul><div class='tab-content'><div class='tab-pane active' "
                "id='tab-description'>%s</div>%s<div class='tab-pane' id='tab-review'><form class='form-horizontal' "
                "id='form-review'><div id='review'>%s</div><h2>Написать отзыв</h2><input type='text' name='name' "
                "value=''><textarea name='text'></textarea><input type='hidden' name='product_id' value='%d'>"
                "</form></div></div></div><div class='col-sm-4'><h1>%s</h1><ul class='list-unstyled'><li>Код "
                "товара: %s</li><li>Наличие: Есть в наличии</li></ul><ul class='list-unstyled'><li><h2>%s</h2>"
                "</li></ul><div id='product'><div class='form-group'><label class='control-label' for='input-"
                "quantity'>Кол-во</label><input type='text' name='quantity' value='1' size='2' id='input-quantity' "
                "class='form-control'><input type='hidden' name='product_id' value='%d'><br><button type='button' "
                "id='button-cart' class='btn btn-primary btn-lg btn-block'>Купить</button></div></div></div></div>"
                "<h3>Рекомендуемые товары</h3><div class='row'>%s</div></div>"
                % (it.pid, it.pid,
                   "<li><a href='#tab-specification' data-toggle='tab'>Характеристики</a></li>" if attrs else "",
                   len(it.reviews), it.desc,
                   ("<div class='tab-pane' id='tab-specification'><table class='table table-bordered'><thead><tr>"
                    "<td colspan='2'><strong>Свойства</strong></td></tr></thead><tbody>%s</tbody></table></div>"
                    % attrs) if attrs else "",
                   revs or "<p>Нет отзывов об этом товаре.</p>", it.pid, esc(it.name), it.model, money(it.price),
                   it.pid, "".join(thumb(r) for r in related)) + foot)
        put(s, it.key, body, t, listing=True, charset=cs)

    # ---- information pages
    def info(iid, title, html, t=None):
        put(s, qkey("/index.php", {"route": "information/information", "information_id": iid}),
            head(title, [("index.php?route=information/information&amp;information_id=%d" % iid, title)]) +
            column_left() + "<div id='content' class='col-sm-9'><h1>%s</h1>%s</div>" % (title, html) + foot,
            t, charset=cs)
    info(4, "О нас", "<p>RC-Lab24 работает с 2019 года. Мы поставляем реактивы для научных лабораторий и "
         "исследовательских центров.</p>")
    info(6, "Доставка и оплата",
         "<h3>Доставка</h3><p>Почта России, СДЭК, Boxberry. Отправка в течение 24 часов после оплаты.</p>"
         "<p>Все заказы упаковываются анонимно: без названий и логотипов, вложение спрятано внутри другого "
         "товара.</p><p>Если отправление утеряно или задержано на таможне, мы бесплатно отправляем заказ ещё раз."
         "</p><p>Заказы в страны ЕС отправляются через наш склад в Польше, дальше посылку доставляет местная "
         "служба (InPost).</p><h3>Оплата</h3><p>BTC, USDT (TRC-20), перевод на карту.</p>",
         T().offer(claims={"stealth", "reship", "forwarding"}))
    info(5, "Условия соглашения",
         "<p>Продукция предназначена только для лабораторных исследований и не предназначена для употребления "
         "человеком.</p><p>Магазин не гарантирует прохождение таможенного контроля и не несёт ответственности "
         "за действия таможенных органов.</p>")
    put(s, qkey("/index.php", {"route": "information/contact"}),
        head("Связаться с нами", [("index.php?route=information/contact", "Связаться с нами")]) + column_left() +
        "<div id='content' class='col-sm-9'><h1>Связаться с нами</h1><address>Telegram: @rclab24_support<br>"
        "E-mail: support@rclab24.example</address><form><input name='name'><textarea name='enquiry'></textarea>"
        "</form></div>" + foot, charset=cs)

    # ---- forbidden price list
    t = T()
    rows = ""
    for it in items[:6]:
        t.add(offer_truth(it))
        rows += "<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(it.name), it.cas or "", money(it.price))
    put(s, "/download/price-2026.html", "<html><head><meta charset='windows-1251'><title>Прайс</title></head><body>"
        "<table>%s</table></body></html>" % rows, t, listing=True, charset=cs)
    return s


# ================================================================ 3. tg-preview (Telegram web preview, t.me/s/...)

def math_bold(s):
    out = []
    for ch in s:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D5D4 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D5EE + ord(ch) - 97))
        else:
            out.append(ch)
    return "".join(out)


GREEK_FENTANYL = "F\u0395\u039d\u03a4\u0391\u039d\u03a5L"     # F + Greek EPSILON NU TAU ALPHA NU UPSILON + L


def emo(ch):
    code = "".join("%X" % b for b in ch.encode("utf-8"))
    return "<i class=\"emoji\" style=\"background-image:url('//telegram.org/img/emoji/40/%s.png')\"><b>%s</b></i>" % (code, ch)


TG_CHANNELS = [
    dict(slug="kirinchem_official", title="KIRIN CHEM \U0001F1E8\U0001F1F3 Official", subs="14.2K", photos="312",
         desc="Factory-direct pharma intermediates since 2012 \U0001F3ED Safe line \U0001F1FA\U0001F1F8\U0001F1F2"
              "\U0001F1FD\U0001F1E8\U0001F1E6 &mdash; we clear customs for you. Sales: @kirin_sales",
         desc_claims={"customs"}, per_page=7, posts=[
             (201, "2026-09-02T06:10:00", "\U0001F4E2 Our old channel was banned. This is the ONLY official KIRIN "
              "channel. Sales: @kirin_sales<br/>LatAm partner: <a href=\"/quimicos_pacifico\">@quimicos_pacifico</a>",
              None),
             (202, "2026-09-05T08:12:44", "\U0001F525 <b>NPP</b> (1-Phenethyl-4-piperidone)<br/>CAS 39742-60-4 "
              "&middot; purity 99.7%%<br/><br/>\U0001F4B0 1 kg = 380 USDT<br/>\U0001F4B0 5 kg = 1650 USDT<br/>"
              "\U0001F69A Ship to %s %s %s<br/>\u2705 Customs clearance is our job &mdash; 100%% pass<br/>"
              "\U0001F4E9 @kirin_sales | Wickr: kirinchem" % (emo("\U0001F1FA\U0001F1F8"), emo("\U0001F1F2\U0001F1FD"),
                                                             emo("\U0001F1E8\U0001F1E6")),
              T().offer(npp, "39742-60-4", {"customs"})),
             (203, "2026-09-09T11:40:02", "\U0001F48E <b>4-ANPP</b> 21409-26-7 \u2714\ufe0f 99.6%<br/>1 kg &mdash; "
              "820 USDT<br/>\U0001F4E6 Packed inside dog-food bags, double vacuum, zero smell<br/>\U0001F501 "
              "Seized? We send again for free, no questions<br/>DM @kirin_sales",
              T().offer(anpp, "21409-26-7", {"stealth", "reship"})),
             (204, "2026-09-14T03:05:51", "\U0001F9EA Stock update<br/>&bull; tert-Butyl 4-oxopiperidine-1-"
              "carboxylate (79099-07-3) &mdash; 260 USDT/kg<br/>&bull; 4-Piperidone HCl&middot;H2O (40064-34-4) "
              "&mdash; 210 USDT/kg<br/>\U0001F9FE Invoice can show &laquo;polyacrylamide&raquo; or any name you "
              "need<br/>\U0001F4E9 @kirin_sales",
              T().offer(bocpip, "79099-07-3", {"mislabel"}).offer(pip4, "40064-34-4")),
             (205, "2026-09-18T15:22:10", "\U0001F64F Feedback from a customer in LA: &ldquo;Got my 2kg NPP "
              "yesterday, stealth was perfect, thank you Kirin!&rdquo;", None),
             (206, "2026-09-23T09:00:31", "%s%s EU customers!<br/><b>PMK methyl glycidate</b> CAS 13605-48-6<br/>"
              "1 kg 290 USDT &middot; 10 kg 2500 USDT<br/>\U0001F4CD Goods go to our Rotterdam warehouse first, "
              "then local post delivers to you in 2-3 days<br/>@kirin_sales"
              % (emo("\U0001F1F3\U0001F1F1"), emo("\U0001F1E9\U0001F1EA")),
              T().offer(pmk_gly, "13605-48-6", {"forwarding"})),
             (207, "2026-09-29T07:45:12", "\u2697\ufe0f <b>4-AP</b> (N-phenylpiperidin-4-amine, 23056-29-3) "
              "340 USDT/kg<br/>\u2697\ufe0f <b>1-Boc-4-AP</b> (125541-22-2) 310 USDT/kg<br/>MOQ 1 kg &middot; "
              "USDT / BTC<br/>@kirin_sales",
              T().offer(ap4, "23056-29-3").offer(boc4ap, "125541-22-2")),
             (208, "2026-10-02T01:00:00", "\U0001F389 Holiday notice: orders paid Oct 1-7 ship from Oct 8. "
              "Thank you for your support!", None),
             (209, "2026-10-09T10:31:09", "\U0001F195 <b>N-pyrrolidino etonitazene</b> (etonitazepyne) "
              "CAS 2785346-75-8<br/>10 g = 600 USDT &middot; 50 g = 2400 USDT<br/>DHL / EMS, tracking in 48h<br/>"
              "@kirin_sales", T().offer(etonitazepyne, "2785346-75-8")),
             (210, "2026-10-13T12:12:12", "\U0001F50E WE ARE LOOKING for a reliable freight forwarder Shanghai "
              "&rarr; Manzanillo. Serious agents DM @kirin_sales", None),
             (211, "2026-10-18T05:50:40", "\U0001F6E2 <b>BMK oil</b> (P2P, phenylacetone) 103-79-7<br/>25 L drum "
              "&mdash; 1900 USDT<br/>\U0001F3F7 Labelled and declared as lubricant additive<br/>@kirin_sales",
              T().offer(p2p, "103-79-7", {"mislabel"})),
             (212, "2026-10-24T08:08:08", "\U0001F48A Bromazolam bulk powder 71368-80-4<br/>100 g &mdash; 180 USDT "
              "&middot; 1 kg &mdash; 1100 USDT<br/>@kirin_sales", T().offer(bromazolam, "71368-80-4")),
             (213, "2026-10-29T16:00:00", "\u26a0\ufe0f We do NOT sell fentanyl, carfentanil or any finished "
              "product. Don't ask. Intermediates only.", None),
             (214, "2026-11-03T09:27:33", "\U0001F52C <b>Norfentanyl</b> (N-phenyl-N-(piperidin-4-yl)propionamide)"
              "<br/>CAS 1609-66-1 &middot; 98%%<br/>1 kg &mdash; 650 USDT<br/>Customs clearance guaranteed to %s "
              "&mdash; if held, we resend \u2705<br/>@kirin_sales" % emo("\U0001F1F2\U0001F1FD"),
              T().offer(norfent, "1609-66-1", {"customs", "reship"})),
         ]),
    dict(slug="westcoast_plugz", title="WestCoast Plugz \U0001F334", subs="3 870", photos="95",
         desc="\U0001F4CD SoCal. Domestic \U0001F1FA\U0001F1F8 only. NO reships on wrong addresses. "
              "Signal: westcoast.77", desc_claims=set(), per_page=6, posts=[
             (1040, "2026-10-01T19:02:00", "\U0001F535\U0001F535 <b>M30 BLUES</b> \U0001F535\U0001F535<br/>pressed "
              "w/ fent \U0001F480 NOT for beginners<br/>100 = $350 &middot; 500 = $1500<br/>\U0001F4E6 smell-proof, "
              "vacuum sealed + decoy inside a normal business envelope<br/>Signal: westcoast.77",
              T().offer(fentanyl, None, {"stealth"})),
             (1041, "2026-10-03T20:15:00", "\U0001F48A Real pharm Percs 10/325 (oxycodone/APAP)<br/>tested \u2705 "
              "0% fent &mdash; strips on every batch<br/>50 for $600<br/>Signal: westcoast.77",
              T().offer(oxycodone)),
             (1042, "2026-10-05T18:44:00", "\U0001F9EA FREE %s test strips with every order. Test your stuff, stay "
              "alive fam \U0001F64F" % math_bold("fentanyl"), None),
             (1043, "2026-10-08T22:01:00", "\U0001F525 %s powder &mdash; china white \U0001F90D<br/>1g $90 &middot; "
              "5g $400 &middot; 10g $700<br/>\U0001F501 lost in the mail = we reship (tracking required)<br/>"
              "Signal: westcoast.77" % math_bold("FENT"), T().offer(fentanyl, None, {"reship"})),
             (1044, "2026-10-11T17:30:00", "\U0001F36B Bars (pressed, bromazolam) &mdash; 100 for $150<br/>"
              "Signal: westcoast.77", T().offer(bromazolam)),
             (1045, "2026-10-14T21:10:00", "\U0001F434 K &mdash; ket crystal shards, 7g $180 / 28g $560<br/>"
              "Signal: westcoast.77", T().offer(ketamine)),
             (1046, "2026-10-18T12:00:00", "\U0001F4E2 PSA: we NEVER cut with xylazine (tranq) \U0001F6AB If your "
              "dope looks off, test it.", None),
             (1047, "2026-10-22T23:23:00", "\U0001F311 Black tar H &mdash; 1g $100 &middot; 3.5g $300<br/>"
              "Signal: westcoast.77", T().offer(heroin)),
             (1048, "2026-10-27T20:40:00", "\U0001FA79 %s patches 100 mcg/h &mdash; box of 5 $400<br/>Signal: "
              "westcoast.77" % GREEK_FENTANYL, T().offer(fentanyl)),
         ]),
    dict(slug="quimicos_pacifico", title="Qu\u00edmicos del Pac\u00edfico \U0001F1F2\U0001F1FD", subs="2 115",
         photos="40", desc="Precursores directo de f\u00e1brica \U0001F1E8\U0001F1F3\u27a1\ufe0f\U0001F1F2\U0001F1FD. "
                           "Pagos USDT (TRC20). Contacto: @qp_ventas", desc_claims=set(), per_page=10, posts=[
             (77, "2026-09-20T14:00:00", "\U0001F4E2 Bienvenidos. Precios en USDT. Canal amigo \U0001F1FA\U0001F1F8: "
              "<a href=\"/westcoast_plugz\">@westcoast_plugz</a>", None),
             (78, "2026-09-24T16:30:00", "<b>NPP</b> (N-fenetil-4-piperidona) CAS 39742-60-4<br/>1 kg &mdash; 420 "
              "USDT<br/>\U0001F4E6 Llega a nuestra bodega en Manzanillo y de ah\u00ed se env\u00eda por "
              "paqueter\u00eda nacional a todo M\u00e9xico<br/>@qp_ventas", T().offer(npp, "39742-60-4", {"forwarding"})),
             (79, "2026-09-30T10:05:00", "<b>4-ANPP</b> 99% &mdash; 1 kg 900 USDT<br/>\U0001F501 Si la aduana "
              "retiene el paquete, reenv\u00edo sin costo<br/>@qp_ventas", T().offer(anpp, None, {"reship"})),
             (80, "2026-10-06T09:45:00", "\U0001F50E COMPRAMOS 1-boc-4-piperidona, 20 kg, pago inmediato. "
              "Proveedores serios: @qp_ventas", None),
             (81, "2026-10-12T18:20:00", "Xilacina HCl (xylazine) CAS 7361-61-7 &mdash; 1 kg 300 USDT<br/>\u2705 "
              "Garantizamos la liberaci\u00f3n aduanal<br/>@qp_ventas", T().offer(xylazine, "7361-61-7", {"customs"})),
             (82, "2026-10-19T11:11:00", "Metilamina 40% en agua (CAS 74-89-5) &mdash; tambo 25 kg 350 USDT<br/>"
              "\U0001F3F7 Se etiqueta como limpiador industrial<br/>@qp_ventas",
              T().offer(methylamine, "74-89-5", {"mislabel"})),
             (83, "2026-10-25T08:00:00", "\u26a0\ufe0f Hay estafadores usando nuestro nombre. Nuestro \u00fanico "
              "contacto es @qp_ventas.", None),
             (84, "2026-11-01T13:40:00", "\U0001F195 I s o t o n i t a z e n e &mdash; 5 g 450 USDT &middot; 20 g "
              "1500 USDT<br/>Polvo blanco, 99%<br/>@qp_ventas", T().offer(isotonit)),
         ]),
]


def tg_preview():
    s = Site("tg-preview", "telegram-preview")
    s.rate_limit = 12
    s.robots = "User-agent: *\nAllow: /\n"
    s.redirects["/"] = "/s/kirinchem_official"
    s.junk_params += ["embed", "single"]

    def views(pid):
        return "%.1fK" % (1 + (pid * 37 % 90) / 10)

    def message(ch, pid, when, html_text):
        return ("<div class=\"tgme_widget_message_wrap js-widget_message_wrap\"><div class=\"tgme_widget_message "
                "text_not_supported_wrap js-widget_message\" data-post=\"%s/%d\" data-view=\"eyJjIjotMTAwMTc%d\">"
                "<div class=\"tgme_widget_message_user\"><a href=\"/%s\"><i class=\"tgme_widget_message_user_photo "
                "bgcolor%d\" style=\"background-color:#8bb\" data-content=\"%s\"><img src=\"/i/userpic/%s.png\">"
                "</i></a></div><div class=\"tgme_widget_message_bubble\"><i class=\"tgme_widget_message_bubble_tail\">"
                "<svg class=\"bubble_icon\" width=\"9px\" height=\"20px\" viewBox=\"0 0 9 20\"><path d=\"M6,17.5 "
                "L6,3\"/></svg></i><div class=\"tgme_widget_message_author accent_color\"><a class=\"tgme_widget_"
                "message_owner_name\" href=\"/%s\"><span dir=\"auto\">%s</span></a></div><div class=\"tgme_widget_"
                "message_text js-message_text\" dir=\"auto\">%s</div><div class=\"tgme_widget_message_footer compact "
                "js-message_footer\"><div class=\"tgme_widget_message_info short js-message_info\"><span class=\""
                "tgme_widget_message_views\">%s</span><span class=\"copyonly\"> views</span><span class=\"tgme_widget"
                "_message_meta\"><a class=\"tgme_widget_message_date\" href=\"/%s/%d\"><time datetime=\"%s+00:00\" "
                "class=\"time\">%s</time></a></span></div></div></div></div></div>"
                % (ch["slug"], pid, pid, ch["slug"], pid % 7, ch["title"][0], ch["slug"], ch["slug"], ch["title"],
                   html_text, views(pid), ch["slug"], pid, when, when[11:16]))

    def page_head(title, desc):
        plain = re.sub(r"<[^>]+>", " ", desc)
        return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n<meta name=\"viewport\" "
                "content=\"width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, "
                "user-scalable=no\">\n<meta property=\"og:title\" content=\"%s\">\n<meta property=\"og:description\" "
                "content=\"%s\">\n<meta property=\"twitter:card\" content=\"summary\">\n<link rel=\"icon\" "
                "type=\"image/png\" href=\"//telegram.org/img/website_icon.svg?4\">\n<link href=\"//telegram.org/css/"
                "font-roboto.css?1\" rel=\"stylesheet\" type=\"text/css\">\n<link href=\"//telegram.org/css/widget-"
                "frame.css?71\" rel=\"stylesheet\" media=\"screen\">\n<script>TBaseUrl='/';</script>\n</head>\n"
                % (title, title, esc(html_mod.unescape(plain).strip())))

    def chan_info(ch):
        return ("<div class=\"tgme_channel_info\"><div class=\"tgme_channel_info_header\"><i class=\"tgme_page_photo_"
                "image bgcolor1\" data-content=\"%s\"><img src=\"/i/userpic/%s.png\"></i><div class=\"tgme_channel_info"
                "_header_title_wrap\"><div class=\"tgme_channel_info_header_title\"><span dir=\"auto\">%s</span></div>"
                "<div class=\"tgme_channel_info_header_labels\"></div></div><div class=\"tgme_channel_info_header_"
                "username\"><a href=\"/%s\">@%s</a></div></div><div class=\"tgme_channel_info_counters\"><div class=\""
                "tgme_channel_info_counter\"><span class=\"counter_value\">%s</span> <span class=\"counter_type\">"
                "subscribers</span></div><div class=\"tgme_channel_info_counter\"><span class=\"counter_value\">%s</span>"
                " <span class=\"counter_type\">photos</span></div></div><div class=\"tgme_channel_info_description\">%s"
                "</div><div class=\"tgme_channel_download_telegram\"><a class=\"tgme_channel_download_telegram_btn\" "
                "href=\"//telegram.org/dl?tme=channel\">Download Telegram</a></div></div>"
                % (ch["title"][0], ch["slug"], ch["title"], ch["slug"], ch["slug"], ch["subs"], ch["photos"], ch["desc"]))

    for ch in TG_CHANNELS:
        s.add(Page("/i/userpic/%s.png" % ch["slug"], tiny_png(len(ch["slug"])), ctype="image/png"))
        posts = ch["posts"]
        # newest page first, like t.me/s: /s/slug shows the newest posts, ?before=<id> the older ones
        chunks = [posts[max(0, i - ch["per_page"]):i] for i in range(len(posts), 0, -ch["per_page"])]
        for n, chunk in enumerate(chunks):
            params = {} if n == 0 else {"before": chunks[n - 1][0][0]}
            t = T().offer(claims=ch["desc_claims"])
            offers = 0
            for pid, when, txt, pt in chunk:
                if pt is not None:
                    t.add(pt)
                    offers += 1
            more = ""
            if n + 1 < len(chunks):
                more = ("<div class=\"tgme_widget_message_centered js-messages_more_wrap\"><a href=\"/s/%s?before=%d\" "
                        "class=\"tme_messages_more js-messages_more\" data-before=\"%d\"></a></div>"
                        % (ch["slug"], chunk[0][0], chunk[0][0]))
            newer = ("<div class=\"tgme_widget_message_centered\"><a href=\"/s/%s\" class=\"tme_messages_more\">"
                     "Newer posts</a></div>" % ch["slug"]) if n else ""
            body = (page_head("%s &ndash; Telegram" % ch["title"], ch["desc"]) +
                    "<body class=\"widget_frame_base tgme_webpreview emoji_image no_transitions\"><header class=\""
                    "tgme_header search_collapsed\"><div class=\"tgme_header_search\"><form class=\"tgme_header_search"
                    "_form\" action=\"\" method=\"get\"><input class=\"tgme_header_search_form_input js-header_search\" "
                    "name=\"q\" placeholder=\"Search\" autocomplete=\"off\"></form></div><div class=\"tgme_header_right"
                    "_column\"><a class=\"tgme_header_link\" href=\"/%s\"><span class=\"tgme_header_title\">%s</span>"
                    "</a></div></header><main class=\"tgme_main\"><div class=\"tgme_container\"><section class=\""
                    "tgme_channel_history js-message_history\">%s%s%s</section></div><div class=\"tgme_right_column\">"
                    "%s</div></main><script src=\"//telegram.org/js/widget-frame.js?63\"></script></body></html>"
                    % (ch["slug"], ch["title"], more, "".join(message(ch, *p[:3]) for p in chunk), newer, chan_info(ch)))
            put(s, qkey("/s/" + ch["slug"], params), body, t, listing=offers > 0)
        # the channel's own landing page (t.me/<slug>)
        put(s, "/" + ch["slug"], page_head("Telegram: Contact @%s" % ch["slug"], ch["desc"]) +
            "<body class=\"no_transition\"><div class=\"tgme_page_wrap\"><div class=\"tgme_head_wrap\"><div class=\""
            "tgme_head\"><a href=\"//telegram.org/\" class=\"tgme_head_brand\">Telegram</a></div></div><div class=\""
            "tgme_body_wrap\"><div class=\"tgme_page\"><div class=\"tgme_page_photo\"><img class=\"tgme_page_photo_"
            "image\" src=\"/i/userpic/%s.png\"></div><div class=\"tgme_page_title\"><span dir=\"auto\">%s</span></div>"
            "<div class=\"tgme_page_extra\">%s subscribers</div><div class=\"tgme_page_description\">%s</div><div "
            "class=\"tgme_page_action\"><a class=\"tgme_action_button_new\" href=\"tg://resolve?domain=%s\">View in "
            "Telegram</a></div><div class=\"tgme_page_additional\">If you have <strong>Telegram</strong>, you can view "
            "and join <br><strong>%s</strong> right away.</div><div class=\"tgme_page_context_link_wrap\"><a class=\""
            "tgme_page_context_link\" href=\"/s/%s\">Preview channel</a></div></div></div></div></body></html>"
            % (ch["slug"], ch["title"], ch["subs"], ch["desc"], ch["slug"], ch["title"], ch["slug"]),
            T().offer(claims=ch["desc_claims"]))
        # one page per post (t.me/<slug>/<id>): only that post
        for pid, when, txt, pt in posts:
            put(s, "/%s/%d" % (ch["slug"], pid), page_head("%s" % ch["title"], txt) +
                "<body class=\"no_transition\"><div class=\"tgme_page_wrap\"><div class=\"tgme_head_wrap\"><div "
                "class=\"tgme_head\"><a href=\"//telegram.org/\" class=\"tgme_head_brand\">Telegram</a><a class=\""
                "tgme_head_right_btn\" href=\"//telegram.org/dl?tme=post\">Download</a></div></div><div class=\""
                "tgme_body_wrap\"><div class=\"tgme_page tgme_page_post\"><div class=\"tgme_page_widget\">%s</div>"
                "<div class=\"tgme_page_action\"><a class=\"tgme_action_button_new shine\" href=\"tg://resolve?"
                "domain=%s&amp;post=%d\">View in Telegram</a></div><div class=\"tgme_page_context_link_wrap\"><a "
                "class=\"tgme_page_context_link\" href=\"/s/%s\">Preview channel</a></div></div></div></div>"
                "</body></html>" % (message(ch, pid, when, txt), ch["slug"], pid, ch["slug"]),
                pt, listing=pt is not None)
    return s


# ================================================================ 4. tieba-gbk (Baidu-Tieba-like forum, GBK)

TB_USERS = {   # only these names link to a profile page; others are shown as plain text / IP
    "tb.1.a1f3c9": ("恒信化工小刘", "专业医药中间体 双清包税到门 QQ:291455870", {"customs"}),
    "tb.1.b2e8d4": ("鑫源贸易", "诚信经营", set()),
    "tb.1.e5f6a9": ("華信生物HK", "香港華信生物 Telegram @huaxin_hk", set()),
}


def tb_threads():
    """tid -> (forum, title, pages); a page is a list of (author_id_or_name, text, T or None)."""
    L, X, H = "tb.1.a1f3c9", "tb.1.b2e8d4", "tb.1.e5f6a9"
    return {
        8610023451: ("hgyl", "【供应】长期供应医药中间体 现货 价格优惠", [
            [(L, "现货供应：1-叔丁氧羰基-4-哌啶酮（N-Boc-4-哌啶酮），CAS：79099-07-3，含量99%，1公斤起订，"
                 "1600元/公斤。<br>包清关，双清包税到门（美国、墨西哥、加拿大）。<br>可按客户要求申报其他品名。<br>"
                 "联系QQ：291455870　微信：hx_chem88", T().offer(bocpip, "79099-07-3", {"customs", "mislabel"})),
             ("小白求带", "楼主，4-哌啶酮有吗？", None),
             (L, "有的，4-哌啶酮盐酸盐一水合物（CAS 40064-34-4），1200元/公斤，10公斤以上另议。",
              T().offer(pip4, "40064-34-4")),
             (X, "我们也有ＮＰＰ（N-苯乙基-4-哌啶酮，CAS 39742-60-4）大货，价格更优。海关扣货免费重发。"
                 "V：xy_trade2026", T().offer(npp, "39742-60-4", {"reship"})),
             ("路过的化学人", "举报了，卖这种东西是违法的。", None)],
            [("小白求带", "发货到墨西哥要多久？", None),
             (L, "一般7到10天，货先到香港中转，再由墨西哥本地快递派送。", T().offer(claims={"forwarding"})),
             ("青岛食品添加剂", "供应食品级咖啡因（CAS 58-08-2），25公斤/箱，价格电议，电话 0532-80961130",
              T().offer(None, BENIGN_CAS["caffeine"])),
             ("112.97.*.*", "已私信", None),
             (L, "顶一下", None)]]),
        8610057712: ("hgyl", "求購 中間體 長期合作", [
            [("台北採購阿明", "求購4-ANPP（4-苯胺基-N-苯乙基哌啶），每月10公斤，需要能處理清關的供應商，請私信報價。",
              None),
             ("东方化工", "1-叔丁氧羰基-4-苯胺基哌啶（1-Boc-4-AP，CAS 125541-22-2）现货，可以替代，5000元/公斤，"
                        "加微信 df_chem", T().offer(boc4ap, "125541-22-2")),
             ("台北採購阿明", "不要替代品，只要4-ANPP。", None),
             ("223.104.*.*", "私信你了", None)]]),
        8610099830: ("hgyl", "【新聞】海關查獲芬太尼前體化學品約50公斤", [
            [("禁毒志愿者", "據報道，香港海關日前在葵涌貨櫃碼頭查獲一批申報為「洗衣粉」的貨物，經化驗含有"
                         "N-苯乙基-4-哌啶酮（NPP，CAS 39742-60-4）及4-苯胺基哌啶（CAS 23056-29-3）共約50公斤。"
                         "海關提醒，芬太尼前體化學品已列入管制，走私最高可判處終身監禁。", None),
             ("化工老王", "这些东西害人不浅。", None),
             ("36.110.*.*", "申报洗衣粉也能查出来，厉害。", None)],
            [("禁毒志愿者", "補充：同批還有少量卡芬太尼樣品。", None),
             ("化工老王", "支持严打。", None)]]),
        8610201144: ("hgyl", "【转让】实验室闲置试剂", [
            [("研究生小张", "毕业清理实验室，转让以下试剂（均未开封）：<br>苯甲醇 500mL（CAS 100-51-6）30元；<br>"
                         "无水乙醇 2.5L（CAS 64-17-5）40元；<br>硼酸 500g（CAS 10043-35-3）25元。<br>同城自提，联系QQ 550128834",
              T().offer(None, BENIGN_CAS["benzyl_alcohol"]).offer(None, BENIGN_CAS["ethanol"])
                 .offer(None, BENIGN_CAS["boric_acid"])),
             ("化工老王", "硼酸还有吗", None)]]),
        8610222019: ("hgyl", "请教：易制毒化学品购买需要什么手续？", [
            [("新手上路", "想买点麻黄碱和1-苯基-2-丙酮做实验，需要什么手续？", None),
             ("化工老王", "这些都是第一类易制毒化学品，需要公安部门的购买许可证，个人是买不了的。", None)]]),
        8600000001: ("hgyl", "【吧规】本吧禁止发布违禁品信息", [
            [("化工原料吧务", "禁止发布毒品、易制毒化学品、芬太尼类物质、硝基咪唑类（尼秦类）物质等违禁信息，"
                          "一经发现删帖封禁，并向有关部门举报。", None)]]),
        8610134477: ("yyzj", "【供應】優勢產品一批，歡迎詢價", [
            [(H, "異托尼秦（Isotonitazene，CAS 14188-81-9）純度99%，10克起訂，每克300港元。<br>"
                 "去甲芬太尼（Norfentanyl，CAS 1609-66-1）1公斤起訂，價格電議。<br>"
                 "保證清關；經香港轉運，當地派送；海關扣貨免費重發。<br>Telegram：@huaxin_hk",
              T().offer(isotonit, "14188-81-9", {"customs", "forwarding", "reship"}).offer(norfent, "1609-66-1")),
             ("117.136.*.*", "有乙酰芬太尼吗？", None),
             (H, "沒有，不做這個。", None)]]),
        8610150021: ("yyzj", "【供应】盐酸伪麻黄碱 药用级", [
            [("冀州药化", "盐酸伪麻黄碱（Pseudoephedrine HCl，CAS 345-78-8），含量99%，25公斤/桶，每公斤850元。"
                       "按规定需提供易制毒化学品购买许可证明。电话：0318-5226017",
              T().offer(pseudoeph, BENIGN_CAS["pseudoeph_hcl"])),
             ("新手上路", "麻黄碱有吗？", None),
             ("冀州药化", "麻黄碱暂时没有。", None)]]),
        8610177790: ("yyzj", "毒品检测试剂 批发", [
            [("康检生物", "甲基苯丙胺（冰毒）尿检试纸，100人份/盒，每盒150元；吗啡检测卡、氯胺酮检测卡同价。"
                       "厂家直销，量大优惠。", T()),
             ("戒毒所采购", "可以开票吗？", None),
             ("康检生物", "可以开票。", None)]]),
    }


def tieba_gbk():
    s = Site("tieba-gbk", "chinese-forum")
    cs = "gbk"
    s.robots = "User-agent: *\nDisallow: /mo/\nDisallow: /sign\nDisallow: /home/fans\n"
    s.disallow = ["/mo/", "/sign", "/home/fans"]
    s.flaky = {"/p/8610134477", "/f/yyzj"}
    s.junk_params += ["see_lz", "fr", "ie"]
    threads = tb_threads()
    assets(s, "/static/tb/common.css", "/static/tb/avatar.png")
    forums = {"hgyl": ("化工原料", "12,380", "97,651"), "yyzj": ("医药中间体", "5,902", "31,207")}
    s.redirects["/thread/8610099830"] = "/p/8610099830"

    hot = ("<div class='topic_list_box'><h4>贴吧热议榜</h4><ul class='topic_list'><li><a href='/thread/8610099830'>"
           "海关查获芬太尼前体化学品</a><span class='topic_num'>98万</span></li><li><a href='/p/8600000001'>"
           "化工原料吧吧规更新</a><span class='topic_num'>3万</span></li><li><span class='topic_name'>甲基苯丙胺检测"
           "新方法</span><span class='topic_num'>2万</span></li></ul></div>")

    def head(title):
        return ("<!DOCTYPE html><html><head><meta http-equiv='Content-Type' content='text/html; charset=gbk'>"
                "<title>%s_百度贴吧</title><meta name='keywords' content='贴吧,%s'><link rel='stylesheet' "
                "href='/static/tb/common.css'><script>var PageData={user:{is_login:0},tbs:'7f3e1a0c9b'};</script>"
                "</head><body><div id='com_userbar' class='userbar'><ul><li><a href='/'>首页</a></li><li><a href="
                "'/sign' rel='nofollow'>签到</a></li><li class='u_login'><a href='/mo/login' rel='nofollow'>登录</a>"
                "</li></ul></div><div id='head' class='search_bright'><div class='search_top'><a class='search_logo' "
                "href='/'>百度贴吧</a><form name='f1' class='clearfix j_search_form' action='/f' method='get'><input "
                "class='search_ipt' name='kw' value='' autocomplete='off'><input type='submit' class='search_btn' "
                "value='进入贴吧'></form></div></div><div class='content'>" % (title, title))
    foot = ("</div><div class='footer'><a href='/'>贴吧首页</a> | <a href='/p/8600000001'>吧规</a> | "
            "&copy;2026 Baidu 贴吧协议 | 隐私政策 | 投诉与反馈</div></body></html>")

    def author_html(a):
        if a in TB_USERS:
            return "<a class='p_author_name j_user_card' href='/home/main?id=%s'>%s</a>" % (a, TB_USERS[a][0])
        return "<span class='p_author_name'>%s</span>" % a

    put(s, "/", head("百度贴吧——全球领先的中文社区") +
        "<div class='index_main'><h2>热门吧</h2><ul class='forum_list'>%s</ul></div><div class='aside'>%s</div>"
        % ("".join("<li><a href='/f/%s'>%s吧</a> 关注 %s</li>" % (k, v[0], v[1]) for k, v in forums.items()), hot)
        + foot, charset=cs)

    by_forum = {}
    for tid, (f, title, pages) in threads.items():
        by_forum.setdefault(f, []).append(tid)
    for f, (fname, fans, posts) in forums.items():
        tids = sorted(by_forum[f], key=lambda x: (x != 8600000001, -x))
        chunks = [tids[:4]] + [tids[4:]] if f == "hgyl" else [tids]
        for n, chunk in enumerate(chunks):
            params = {"pn": 50 * n} if n else {}
            lis = []
            for tid in chunk:
                _, title, pages = threads[tid]
                a = pages[0][0][0]
                lis.append("<li class=' j_thread_list clearfix' data-field='{&quot;id&quot;:%d,&quot;reply_num&quot;"
                           ":%d}'><div class='col2_left'><span class='threadlist_rep_num center_text' title='回复'>%d"
                           "</span></div><div class='col2_right'><div class='threadlist_lz clearfix'><div class="
                           "'threadlist_title pull_left j_th_tit'>%s<a rel='noreferrer' href='/p/%d' title='%s' "
                           "class='j_th_tit'>%s</a></div><div class='threadlist_author pull_right'><span class='tb_"
                           "icon_author' title='主题作者'>%s</span></div></div></div></li>"
                           % (tid, sum(len(p) for p in pages) - 1, sum(len(p) for p in pages) - 1,
                              "<i class='icon-top'>置顶</i>" if tid == 8600000001 else "", tid, title, title,
                              author_html(a)))
            pager = ""
            if len(chunks) > 1:
                pager = "<div id='frs_list_pager' class='pagination-default'>%s</div>" % " ".join(
                    ("<a href='/f/%s'>1</a>" % f) if k == 0 else "<a href='/f/%s?pn=%d'>%d</a>" % (f, 50 * k, k + 1)
                    for k in range(len(chunks)))
            put(s, qkey("/f/" + f, params), head(fname + "吧") +
                "<div class='card_head'><h1 class='card_title_fname'>%s吧</h1><span class='card_menNum'>关注：%s"
                "</span><span class='card_infoNum'>帖子：%s</span></div><ul id='thread_list' class='threadlist_bright "
                "j_threadlist_bright'>%s</ul>%s<div class='aside'>%s</div>"
                % (fname, fans, posts, "".join(lis), pager, hot) + foot, charset=cs)

    floor = 0
    for tid, (f, title, pages) in threads.items():
        floor = 0
        for n, plist in enumerate(pages, 1):
            t = T()
            listing = False
            posts = []
            for a, text, pt in plist:
                floor += 1
                if pt is not None:
                    t.add(pt)
                    listing = listing or bool(pt.hits or pt.cas or text.find("元") >= 0)
                posts.append("<div class='l_post j_l_post l_post_bright' data-field='{&quot;content&quot;:{&quot;"
                             "post_no&quot;:%d}}'><div class='d_author'><ul class='p_author'><li class='icon'><img "
                             "src='/static/tb/avatar.png' alt=''></li><li class='d_name'>%s</li><li class='l_badge'>"
                             "<div class='d_badge_lv'>%d</div></li></ul></div><div class='d_post_content_main'><div "
                             "class='p_content'><cc><div id='post_content_%d%02d' class='d_post_content j_d_post_"
                             "content'>%s</div></cc></div><div class='core_reply j_lzl_wrapper'><div class='post-tail"
                             "-wrap'><span class='tail-info'>%d楼</span><span class='tail-info'>2026-10-%02d %02d:%02d"
                             "</span></div></div></div></div>"
                             % (floor, author_html(a), 3 + floor % 9, tid % 1000, floor, text, floor, 1 + floor * 2,
                                8 + floor, floor * 7 % 60))
            pager = ""
            if len(pages) > 1:
                pager = "<li class='l_pager pager_theme_4 pb_list_pager'>%s</li>" % " ".join(
                    ("<span class='tP'>%d</span>" % k) if k == n else
                    (("<a href='/p/%d'>%d</a>" % (tid, k)) if k == 1 else "<a href='/p/%d?pn=%d'>%d</a>" % (tid, k, k))
                    for k in range(1, len(pages) + 1))
            body = (head(title) + "<div class='core_title_wrap_bright'><div class='core_title'><h1 class='core_title_txt'"
                    " title='%s'>%s</h1><a class='btn-sub' href='/p/%d?see_lz=1'>只看楼主</a></div></div><div class="
                    "'p_thread'><a href='/f/%s'>%s吧</a></div><div class='p_postlist' id='j_p_postlist'>%s</div><div "
                    "class='l_thread_info'><ul class='l_posts_num'>%s<li class='l_reply_num'><span class='red'>%d</span>"
                    "回复贴，共<span class='red'>%d</span>页</li></ul></div><div class='aside'>%s</div>"
                    % (title, title, tid, f, forums[f][0], "".join(posts), pager,
                       sum(len(p) for p in pages) - 1, len(pages), hot) + foot)
            put(s, qkey("/p/%d" % tid, {"pn": n} if n > 1 else None), body, t, listing=listing, charset=cs)

    for uid, (name, sign, claims) in TB_USERS.items():
        mine = [(tid, th[1]) for tid, th in threads.items() if any(p[0] == uid for pg in th[2] for p in pg)]
        put(s, qkey("/home/main", {"id": uid}), head(name + "的贴吧") +
            "<div class='userinfo_wrap'><div class='userinfo_head'><img src='/static/tb/avatar.png' alt=''></div>"
            "<div class='userinfo_userdata'><span class='userinfo_username'>%s</span><p class='userinfo_sign'>"
            "个人签名：%s</p><a href='/home/fans?id=%s' rel='nofollow'>粉丝</a></div></div><div class='ihome_"
            "thread'><h3>他的帖子</h3><ul>%s</ul></div>"
            % (name, sign, uid, "".join("<li><a href='/p/%d'>%s</a></li>" % m for m in mine)) + foot,
            T().offer(claims=claims), charset=cs)
    return s


# ================================================================ 5. tarn-market (darknet market, tabs, session token)

TARN_VENDORS = {
    "DutchDirect": dict(flag="\U0001F1F3\U0001F1F1", origin="Netherlands", to="Europe", level=7, sales=2140,
                        about="<p>Quality over quantity since 2021.</p><p><b>Stealth:</b> vacuum sealed twice, hidden "
                              "in a decoy item.</p><p><b>Reships:</b> 100% for NL/BE/DE, 50% for the rest of the EU."
                              "</p>", claims={"stealth", "reship"}),
    "blauer_hase": dict(flag="\U0001F1E9\U0001F1EA", origin="Germany", to="EU", level=4, sales=611,
                        about="<p>Versand aus Deutschland, Mo-Fr. Tarnverpackung, geruchsdicht vakuumiert.</p>"
                              "<p>Keine Reships, kein Zoll-Service. Bestellungen nur mit PGP-verschl&uuml;sselter "
                              "Adresse.</p>", claims={"stealth"}),
    "opiumden_usa": dict(flag="\U0001F1FA\U0001F1F8", origin="United States", to="United States", level=5, sales=980,
                         about="<p>US domestic only. MBB + vacuum, business-style envelope, printed label.</p>"
                               "<p>One reship per customer if USPS confirms the loss.</p>",
                         claims={"stealth", "reship"}),
    "chemlink_cn": dict(flag="\U0001F1E8\U0001F1F3", origin="China", to="USA, Canada, Mexico", level=3, sales=133,
                        about="<p>Chemical supplier, 8 years experience.</p><p>We guarantee customs clearance to US, "
                              "CA and MX. The waybill always declares other goods.</p><p>US buyers: bulk goes to our "
                              "partner warehouse in Los Angeles, then USPS domestic to you.</p><p>Seized? We resend "
                              "once.</p>", claims={"customs", "mislabel", "forwarding", "reship"}),
}

V3_TERMS = ("<p>Reship: ONE reship if USPS marks the package lost (screenshot of tracking required). No reship for a "
            "wrong address. No refunds on FE orders.</p>", {"reship"})
V4_TERMS = ("<p>If the parcel is seized we resend once for free. Send a photo of the seizure letter.</p>", {"reship"})

TARN_LISTINGS = [
    # code, vendor, cat, title, sub, cas, usd, escrow, desc, desc claims, (terms, terms claims), feedback
    ("c1a9e704", "opiumden_usa", "opioids", "M30 Bluez x100 \u2014 f3nt pressed", fentanyl, None, 350, "Escrow",
     "<p>Pressed M30s (&laquo;blues&raquo;). These CONTAIN FENTANYL, about 1.5-2 mg per pill. They are NOT real "
     "oxycodone. Do not take them if you are opioid-naive; test strips recommended.</p><p>Packaging: mylar MBB + "
     "vacuum seal, inside a normal-looking business letter.</p>", {"stealth"}, V3_TERMS,
     [("b***r", 5, "stealth on point, got them in 2 days"), ("k***7", 4, "first pack got seized, vendor reshipped, "
      "all good"), ("m***a", 5, "strong, be careful")]),
    ("d72b0e11", "opiumden_usa", "opioids", "Oxycodone 30mg (pharma) x20", oxycodone, None, 520, "Escrow",
     "<p>Real pharma oxycodone 30 mg (A215). Every batch is strip-tested: 0% fentanyl, no fent. Not pressed.</p>",
     set(), V3_TERMS, [("t***y", 5, "legit pharma"), ("j***n", 5, "fast, clean")]),
    ("e0f3a5c8", "opiumden_usa", "harm-reduction", "Fentanyl test strips x20 (BTNX)", None, None, 15, "FE 100%",
     "<p>BTNX Rapid Response fentanyl test strips, 20 pcs. Sold at cost. Test everything you buy.</p>", set(),
     ("<p>No refunds on test strips.</p>", set()), [("a***1", 5, "thanks for doing this")]),
    ("4b8d2f6a", "blauer_hase", "benzos", "Bromazolam Pellets 1mg x50", bromazolam, None, 60, "Escrow",
     "<p>Bromazolam-Pellets, je 1 mg, 50 St&uuml;ck. Versand aus DE in geruchsdichter, vakuumierter "
     "Tarnverpackung &mdash; von au&szlig;en sieht niemand, was drin ist.</p>", {"stealth"},
     ("<p>Kein Reship, kein Refund. FE nur f&uuml;r Stammkunden. Zoll ist dein Risiko.</p>", set()),
     [("f***z", 5, "Top Tarnung, 1 Tag"), ("s***e", 4, "gut")]),
    ("7f1c3e90", "DutchDirect", "stimulants", "MDMA crystals 84% (lab tested) 5g", mdma, None, 95, "Escrow",
     "<p>Champagne MDMA crystals, 84% by lab test (report in the pictures). Vacuum sealed twice and hidden in a "
     "decoy item.</p>", {"stealth"},
     ("<p>Reship 100% for NL/BE/DE, 50% for the rest of the EU. Outside the EU: no reships.</p>", {"reship"}),
     [("p***o", 5, "great stealth, great product"), ("l***a", 5, "3rd order")]),
    ("91ae6b3d", "chemlink_cn", "chemicals", "NPP 1kg \u2014 1-phenethyl-4-piperidone (CAS 39742-60-4)", npp,
     "39742-60-4", 900, "FE 50%",
     "<p>NPP 99.5%, CAS 39742-60-4, white powder. Customs clearance guaranteed to USA, Canada and Mexico. Declared "
     "as &laquo;dye intermediate&raquo; on the waybill.</p>", {"customs", "mislabel"}, V4_TERMS,
     [("x***3", 5, "arrived")]),
    ("a5c07d24", "chemlink_cn", "chemicals", "N-desethyl isotonitazene 5g", desethyl_iso, "2732926-24-6", 750,
     "FE 50%",
     "<p>N-desethyl isotonitazene, 99%, CAS 2732926-24-6. For US buyers we ship in bulk to our partner in Los "
     "Angeles; from there it goes out by USPS as a domestic parcel.</p>", {"forwarding"}, V4_TERMS,
     [("q***q", 4, "ok")]),
    ("b9e4f611", "chemlink_cn", "chemicals", "Flunitazene 10g (new analogue)", flunitazene, None, 1100, "FE 50%",
     "<p>Flunitazene: N,N-diethyl-2-[2-[(4-fluorophenyl)methyl]-5-nitrobenzimidazol-1-yl]ethanamine, 98%. "
     "Declared as &laquo;pigment sample&raquo;.</p>", {"mislabel"}, V4_TERMS, []),
]


def tarn_market():
    s = Site("tarn-market", "darknet-market")
    s.robots = "User-agent: *\nDisallow: /account/\nDisallow: /orders/\nDisallow: /messages/\n"
    s.disallow = ["/account/", "/orders/", "/messages/"]
    s.rate_limit = 15
    s.junk_params += ["kx"]
    TK = TokenPage.MARK
    cats = [("opioids", "Opioids"), ("benzos", "Benzos"), ("stimulants", "Stimulants"),
            ("chemicals", "Chemicals &amp; Precursors"), ("harm-reduction", "Harm reduction")]
    L = {l[0]: l for l in TARN_LISTINGS}

    def u(path, **q):
        q = dict(q)
        qs = "&amp;".join("%s=%s" % kv for kv in q.items())
        return "%s?%s%skx=%s" % (path, qs, "&amp;" if qs else "", TK)

    def btc(usd):
        return "%.5f" % (usd / 68250.0)

    def head(title):
        return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>%s | Tarn Market</title><link "
                "href='/static/bootstrap.min.css' rel='stylesheet'><link href='/static/market.css' rel='stylesheet'>"
                "</head><body><nav class='navbar navbar-inverse navbar-fixed-top'><div class='container'><a class="
                "'navbar-brand' href='%s'>TARN</a><ul class='nav navbar-nav'><li><a href='%s'><i class='fa fa-bell'>"
                "</i> 0</a></li><li><a href='%s'><i class='fa fa-envelope'></i> 0</a></li></ul><ul class='nav "
                "navbar-nav navbar-right'><li><a href='%s'>Home</a></li><li><a href='%s'>Orders</a></li><li><a "
                "href='%s'>Wallet (0.00000 BTC | 0.000 XMR)</a></li><li><a href='%s'>Rules</a></li><li><a href='%s'>"
                "FAQ</a></li><li><a href='%s'>Logout</a></li></ul></div></nav><div class='searchbar'><form action='/"
                "search' method='post'><input type='hidden' name='csrf' value='%s'><input class='form-control' "
                "name='q' placeholder='Search ...'><button class='btn btn-success'>Go</button></form></div><div "
                "class='container main'><div class='row'><div class='col-md-3 sidebar'><div class='panel panel-"
                "default'><div class='panel-heading'>Categories</div><ul class='list-group'>%s</ul></div><div "
                "class='panel panel-warning'><div class='panel-heading'>Market news</div><div class='panel-body'>"
                "Rule reminder: bulk fentanyl powder and carfentanil are banned on Tarn. Pressed pills that contain "
                "fentanyl must say so in the title. BTC withdrawals are back to normal.</div></div></div><div "
                "class='col-md-9'>"
                % (title, u("/"), u("/messages/"), u("/messages/"), u("/"), u("/orders/"), u("/account/wallet"),
                   u("/rules"), u("/faq"), u("/account/logout"), TK,
                   "".join("<li class='list-group-item'><a href='%s'>%s</a> <span class='badge'>%d</span></li>"
                           % (u("/category/" + c), n, sum(1 for l in TARN_LISTINGS if l[2] == c)) for c, n in cats)))
    foot = ("</div></div></div><footer class='footer'><p>Tarn Market &copy; 2026 &middot; <a href='%s'>PGP</a> "
            "&middot; <a href='%s'>Canary</a> &middot; escrow, multisig, 2FA</p></footer></body></html>"
            % (u("/faq"), u("/faq")))

    def tput(key, html, t=None, listing=False):
        t = t or T()
        s.add(TokenPage(key, html, hits=t.hits, cas=t.cas, claims=t.claims, listing=listing))

    def card(l):
        code, vend, cat, title, sub, cas, usd, escrow = l[:8]
        v = TARN_VENDORS[vend]
        return ("<div class='col-sm-4 listing-card'><div class='thumbnail'><a href='%s'><img src='/img/%s.png' "
                "alt=''></a><div class='caption'><h5><a href='%s'>%s</a></h5><p class='price'>USD %.2f <small>"
                "&#8776; %s BTC</small></p><p>by <a href='%s'>%s</a> (%d)</p><p class='ships'>%s %s &rarr; %s</p>"
                "</div></div></div>" % (u("/listing/" + code), code, u("/listing/" + code), esc(title), usd, btc(usd),
                                        u("/vendor/" + vend), vend, v["sales"], v["flag"], v["origin"], v["to"]))

    def card_truth(ls):
        t = T()
        for l in ls:                       # a card shows the title only: its CAS counts if the title has it
            t.offer(l[4], l[5] if l[5] and l[5] in l[3] else None)
        return t

    for l in TARN_LISTINGS:
        s.add(Page("/img/%s.png" % l[0], tiny_png(int(l[0][:4], 16)), ctype="image/png"))
    s.add(Page("/static/market.css", ".listing-card{min-height:280px}", ctype="text/css"))
    assets(s, "/static/bootstrap.min.css")

    feat = [L["7f1c3e90"], L["4b8d2f6a"], L["91ae6b3d"]]
    tput("/", head("Home") + "<div class='jumbotron'><h2>Welcome back</h2><p>Escrow is mandatory for new vendors. "
         "Always encrypt your address with the vendor's PGP key.</p></div><h3>Featured listings</h3><div class='row'>"
         "%s</div>" % "".join(card(l) for l in feat) + foot, card_truth(feat), listing=True)
    tput("/rules", head("Rules") + "<h2>Market rules</h2><ol><li>Prohibited: weapons, explosives, poisons, "
         "child abuse material, contract services, bulk fentanyl powder, carfentanil and its analogues.</li><li>"
         "Pressed pills that contain fentanyl or nitazenes must state it in title and description.</li><li>No "
         "selling of personal data.</li><li>Vendors must honour their own refund and reship terms.</li></ol>" + foot)
    tput("/faq", head("FAQ") + "<h2>FAQ</h2><h4>What is FE?</h4><p>Finalize early: the buyer releases escrow before "
         "delivery. Only trusted vendors may ask for it.</p><h4>Do vendors reship?</h4><p>Some vendors offer a reship "
         "when a package is lost or seized; others never do. Read each vendor's terms tab.</p><h4>What is stealth?"
         "</h4><p>How the vendor hides the product inside the parcel. Quality varies a lot between vendors.</p>"
         + foot)
    for c, n in cats:
        mine = [l for l in TARN_LISTINGS if l[2] == c]
        tput("/category/" + c, head(n) + "<ol class='breadcrumb'><li><a href='%s'>Home</a></li><li class='active'>"
             "%s</li></ol><div class='sortbar'>Sort: <a href='%s'>price</a> <a href='%s'>newest</a></div><div "
             "class='row'>%s</div>" % (u("/"), n, u("/category/" + c, sort="price"), u("/category/" + c, sort="new"),
                                       "".join(card(l) for l in mine)) + foot,
             card_truth(mine), listing=True)

    for l in TARN_LISTINGS:
        code, vend, cat, title, sub, cas, usd, escrow, desc, dclaims, (terms, tclaims), fb = l
        v = TARN_VENDORS[vend]
        for tab in ("description", "feedback", "terms"):
            q = {} if tab == "description" else {"tab": tab}
            nav = "".join("<li%s><a href='%s'>%s</a></li>" % (" class='active'" if tb == tab else "",
                                                              u("/listing/" + code, **({} if tb == "description" else {"tab": tb})),
                                                              lbl)
                          for tb, lbl in (("description", "Description"), ("feedback", "Feedback (%d)" % len(fb)),
                                          ("terms", "Terms &amp; refund policy")))
            if tab == "description":
                content, claims = desc, dclaims
            elif tab == "terms":
                content, claims = terms, tclaims
            else:
                content = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % ("&#9733;" * st, esc(txt), who)
                                  for who, st, txt in fb) or "<tr><td colspan='3'>No feedback yet.</td></tr>"
                content = "<table class='table feedback'><tr><th>Rating</th><th>Comment</th><th>Buyer</th></tr>%s</table>" % content
                claims = set()
            shown = cas if cas and (cas in title or (tab == "description" and cas in desc)) else None
            t = T().offer(sub, shown, claims)
            html = (head(title) + "<ol class='breadcrumb'><li><a href='%s'>Home</a></li><li><a href='%s'>%s</a></li>"
                    "<li class='active'>%s</li></ol><div class='row'><div class='col-md-4'><img src='/img/%s.png' "
                    "style='width:256px;height:256px'></div><div class='col-md-8'><h2 style='word-break:break-all'>%s"
                    "</h2><form action='/orders/create' method='post'><input type='hidden' name='listing' value='%s'>"
                    "<input type='hidden' name='csrf' value='%s'><div class='listing-price'><strong>USD %.2f</strong> "
                    "<span class='text-muted'>%s BTC</span></div><div class='listing-stock'><span class='label "
                    "label-success'>In stock</span></div><label>Shipping options</label><select name='shipping' "
                    "class='form-control'><option>Standard (%s) [USD 10]</option><option>Express tracked [USD 25]"
                    "</option></select><table class='table table-condensed'><tr><td><b>Vendor</b></td><td><a href='%s'>"
                    "%s</a> [<strong class='fb-pos'>+%d</strong>|<strong class='fb-neg'>-%d</strong>] Level %d</td></tr>"
                    "<tr><td><b>Class</b></td><td>Physical</td></tr><tr><td><b>Escrow type</b></td><td>%s</td></tr>"
                    "<tr><td><b>Ships from</b></td><td>%s %s</td></tr><tr><td><b>Ships to</b></td><td>%s</td></tr>"
                    "</table><input type='number' name='qty' value='1'> <button class='btn btn-primary'>Buy now</button>"
                    "</form></div></div><ul class='nav nav-tabs'>%s</ul><div class='tab-content well'>%s</div>"
                    % (u("/"), u("/category/" + cat), dict(cats)[cat], esc(title), code, esc(title), code, TK, usd,
                       btc(usd), v["origin"], u("/vendor/" + vend), vend, v["sales"], v["sales"] // 90, v["level"],
                       escrow, v["flag"], v["origin"], v["to"], nav, content) + foot)
            tput(qkey("/listing/" + code, q), html, t, listing=True)

    for vend, v in TARN_VENDORS.items():
        mine = [l for l in TARN_LISTINGS if l[1] == vend]
        tabs = ("<ul class='nav nav-tabs'><li><a href='%s'>Profile &amp; listings</a></li><li><a href='%s'>Feedback"
                "</a></li><li><a href='%s'>PGP</a></li></ul>" % (u("/vendor/" + vend), u("/vendor/" + vend, tab="feedback"),
                                                                 u("/account/pgp", v=vend)))
        t = card_truth(mine)
        t.claims |= v["claims"]
        tput("/vendor/" + vend, head(vend) + "<h2>%s %s</h2><p>Level %d &middot; %d sales &middot; member since 2024"
             "</p>%s<div class='vendor-about well'>%s</div><h3>Listings</h3><div class='row'>%s</div>"
             % (v["flag"], vend, v["level"], v["sales"], tabs, v["about"], "".join(card(l) for l in mine)) + foot,
             t, listing=True)
        rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            re.sub(r" \(CAS [^)]*\)|\u2014.*$", "", l[3]).strip(), "&#9733;" * st, esc(txt), who)
            for l in mine for who, st, txt in l[11])
        tput(qkey("/vendor/" + vend, {"tab": "feedback"}), head(vend + " feedback") +
             "<h2>%s</h2>%s<table class='table'><tr><th>Item bought</th><th>Rating</th><th>Comment</th><th>Buyer</th>"
             "</tr>%s</table>" % (vend, tabs, rows or "<tr><td colspan='4'>No feedback.</td></tr>") + foot)

    # robots-forbidden
    tput("/account/wishlist", head("Wishlist") + "<div class='row'>%s</div>" % card(L["c1a9e704"]) + foot,
         card_truth([L["c1a9e704"]]), listing=True)
    return s


# ================================================================ 6. drugcheck-hr (harm-reduction alerts, WordPress + WooCommerce)

HR_ALERTS = [
    ("nitazenes-in-fake-m30", "2026-11-02", "ALERT: nitazene found in counterfeit &lsquo;M30&rsquo; oxycodone tablets",
     "<p>Three blue tablets marked &lsquo;M 30&rsquo;, bought online and sold as oxycodone 30 mg, were checked at our "
     "Tuesday drop-in. None contained oxycodone. All three contained <strong>N-pyrrolidino protonitazene</strong> "
     "(protonitazepyne), a nitazene opioid many times stronger than fentanyl.</p><p>The seller advertised them on "
     "Telegram as &ldquo;fent-free percs, tested 0% fentanyl&rdquo;. That may even be true: fentanyl test strips do "
     "<em>not</em> detect nitazenes.</p><table class='results'><thead><tr><th>Compound</th><th>CAS</th><th>Result"
     "</th></tr></thead><tbody><tr><td>Protonitazepyne</td><td>&mdash;</td><td>detected (GC-MS)</td></tr><tr><td>"
     "Oxycodone</td><td>76-42-6</td><td>not detected</td></tr><tr><td>Fentanyl</td><td>437-38-7</td><td>not detected"
     "</td></tr></tbody></table><p>Carry naloxone. More than one dose may be needed.</p>"),
    ("xylazine-and-fentanyl-in-dope", "2026-10-21", "Xylazine and fentanyl in samples sold as heroin",
     "<p>Of 14 samples sold as heroin this month, 11 contained fentanyl and 9 contained xylazine (&lsquo;tranq&rsquo;). "
     "Only two contained any heroin.</p><table class='results'><tr><th>Substance</th><th>CAS</th><th>Samples</th></tr>"
     "<tr><td>Fentanyl</td><td>437-38-7</td><td>11</td></tr><tr><td>Xylazine</td><td>7361-61-7</td><td>9</td></tr>"
     "<tr><td>Heroin (diacetylmorphine)</td><td>561-27-3</td><td>2</td></tr></table><p>Xylazine wounds need medical "
     "care; naloxone does not reverse xylazine but should still be given.</p>"),
    ("bromazolam-sold-as-xanax", "2026-10-09", "&lsquo;Xanax bars&rsquo; were bromazolam",
     "<p>Bars sold as alprazolam (Xanax) 2 mg contained bromazolam (CAS 71368-80-4) and no alprazolam. Bromazolam "
     "is a designer benzodiazepine; mixed with opioids it raises the risk of overdose.</p>"),
    ("carfentanil-in-heroin-samples", "2026-09-27", "Carfentanil detected in two heroin samples",
     "<p>Two samples from the east side contained carfentanil (CAS 59708-52-0) next to fentanyl. Carfentanil is "
     "active in microgram amounts.</p><p>Standard fentanyl test strips react to carfentanil only at high "
     "concentration.</p>"),
    ("how-online-vendors-advertise", "2026-09-12", "Analysis: what online vendors promise",
     "<p>We read 400 listings on Telegram channels, B2B portals and darknet markets. Sellers of precursors such as "
     "NPP, 4-ANPP and 1-boc-4-piperidone typically promise &ldquo;100% customs clearance&rdquo;, &ldquo;reship if "
     "seized&rdquo;, &ldquo;stealth packaging&rdquo;, parcels &ldquo;declared as detergent&rdquo; or delivery "
     "&ldquo;via our Mexico warehouse&rdquo;.</p><p>None of these promises protects the buyer, and they are a "
     "strong sign that the trade is illegal. We do not link to any seller.</p>"),
]


def drugcheck_hr():
    s = Site("drugcheck-hr", "harm-reduction-alerts")
    s.robots = ("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /cart/\n"
                "Disallow: /checkout/\nDisallow: /my-account/\nDisallow: /*?add-to-cart=\n\n"
                "Sitemap: /wp-sitemap.xml\n")
    s.disallow = ["/wp-admin/", "/cart/", "/checkout/", "/my-account/"]
    s.trap_prefix = "/events/calendar/"
    s.junk_params += ["add-to-cart", "replytocom"]
    s.redirects["/2026/11/nitazene-m30-alert/"] = "/alerts/nitazenes-in-fake-m30/"
    assets(s, "/wp-includes/css/dist/block-library/style.min.css", "/wp-includes/js/jquery/jquery.min.js",
           "/wp-content/plugins/woocommerce/assets/css/woocommerce.css",
           "/wp-content/themes/twentytwentyone/assets/js/primary-navigation.js")

    def head(title, body_class="page"):
        return ("<!DOCTYPE html><html lang='en-US'><head><meta charset='UTF-8'><meta name='viewport' content='width="
                "device-width, initial-scale=1'><title>%s &ndash; DrugCheck Alerts</title><meta name='robots' content="
                "'index, follow, max-image-preview:large'><link rel='stylesheet' id='wp-block-library-css' href='/wp-"
                "includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all'><link rel='stylesheet' id='"
                "woocommerce-general-css' href='/wp-content/plugins/woocommerce/assets/css/woocommerce.css?ver=9.3.3' "
                "media='all'><link rel='alternate' type='application/rss+xml' title='DrugCheck Alerts &raquo; Feed' "
                "href='/feed/'><script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'>"
                "</script></head><body class='%s wp-theme-twentytwentyone'><div id='page' class='site'><a class='skip"
                "-link screen-reader-text' href='#content'>Skip to content</a><header id='masthead' class='site-"
                "header'><div class='site-branding'><p class='site-title'><a href='/' rel='home'>DrugCheck Alerts</a>"
                "</p><p class='site-description'>Free, anonymous drug checking</p></div><nav id='site-navigation' "
                "class='primary-navigation'><ul id='primary-menu-list' class='menu-wrapper'><li class='menu-item'><a "
                "href='/alerts/'>Alerts</a></li><li class='menu-item'><a href='/drug-checking/results/'>Results</a>"
                "</li><li class='menu-item'><a href='/naloxone/'>Naloxone</a></li><li class='menu-item'><a href='/shop/"
                "'>Free &amp; low-cost supplies</a></li><li class='menu-item'><a href='/events/calendar/2026-11'>Drop-in "
                "calendar</a></li><li class='menu-item'><a href='/faq/'>FAQ</a></li><li class='menu-item'><a href='/"
                "es/alertas/nitacenos-en-pastillas-falsas/'>Espa&ntilde;ol</a></li></ul></nav></header><div id="
                "'content' class='site-content'><div id='primary' class='content-area'><main id='main' class='site-"
                "main'>" % (title, body_class))

    side = ("</main></div><aside class='widget-area'><section class='widget widget_search'><form role='search' "
            "method='get' action='/'><input type='search' name='s'></form></section><section class='widget "
            "widget_recent_entries'><h2 class='widget-title'>Recent alerts</h2><ul>%s</ul></section><section class="
            "'widget widget_text'><h2 class='widget-title'>Test before you use</h2><p>Free fentanyl, xylazine and "
            "nitazene test strips at every drop-in, or order them in our <a href='/shop/'>shop</a>.</p></section>"
            "</aside>" % "".join("<li><a href='/alerts/%s/'>%s</a></li>" % (a[0], a[2]) for a in HR_ALERTS[:4]))
    foot = ("</div><footer id='colophon' class='site-footer'><p>DrugCheck Alerts is a community harm-reduction "
            "project. We never sell drugs. Results are for information only.</p><p><a href='/about/'>About</a> | "
            "<a href='/news/precursor-scheduling-2025/'>Policy news</a> | <a href='/drug-checking/our-lab/'>Our lab"
            "</a> | <a href='/feed/'>RSS</a> | <a href='/my-account/'>My account</a></p></footer></div><script "
            "src='/wp-content/themes/twentytwentyone/assets/js/primary-navigation.js?ver=2.3'></script></body></html>")

    def page(key, title, html, t=None, listing=False, cls="page"):
        put(s, key, head(title, cls) + "<article class='hentry'><header class='entry-header'><h1 class='entry-title'>"
            "%s</h1></header><div class='entry-content'>%s</div></article>" % (title, html) + side + foot, t,
            listing=listing)

    page("/", "Latest drug-checking alerts",
         "<p>We test drugs for free and publish what we find. <a href='/2026/11/nitazene-m30-alert/'>Read this "
         "week&rsquo;s urgent alert</a>.</p><ul class='wp-block-latest-posts'>%s</ul><p><a href='/alerts/page/2/'>"
         "Older alerts</a></p>" % "".join("<li><a href='/alerts/%s/'>%s</a> <time>%s</time></li>" % (a[0], a[2], a[1])
                                          for a in HR_ALERTS[:3]), cls="home blog")
    for n, chunk in enumerate(paginate(HR_ALERTS, 3), 1):
        key = "/alerts/" if n == 1 else "/alerts/page/%d/" % n
        nav = "<nav class='navigation pagination'>%s</nav>" % (
            "<a class='next page-numbers' href='/alerts/page/2/'>Older</a>" if n == 1 else
            "<a class='prev page-numbers' href='/alerts/'>Newer</a>")
        page(key, "Alerts" + ("" if n == 1 else " &ndash; Page %d" % n),
             "".join("<article class='post type-post'><h2 class='entry-title'><a href='/alerts/%s/'>%s</a></h2><div "
                     "class='entry-summary'>%s</div></article>" % (a[0], a[2], re.sub(r"<[^>]+>", "", a[3])[:160] + "&hellip;")
                     for a in chunk) + nav, cls="archive category")
    for slug, date, title, html in HR_ALERTS:
        page("/alerts/%s/" % slug, title, "<p class='posted-on'>Posted on <time datetime='%s'>%s</time></p>%s<div "
             "class='comments-area'><p class='no-comments'>Comments are closed.</p></div>" % (date, date, html),
             cls="post-template-default single single-post")
    page("/es/alertas/nitacenos-en-pastillas-falsas/", "ALERTA: nitacenos en pastillas falsas &lsquo;M30&rsquo;",
         "<p>Pastillas azules &lsquo;M30&rsquo; vendidas como oxicodona conten&iacute;an protonitazepina (un nitaceno)"
         ". Los vendedores en Telegram promet&iacute;an &ldquo;env&iacute;o discreto&rdquo; y &ldquo;reenv&iacute;o "
         "gratis si se pierde&rdquo;. Las tiras reactivas de fentanilo no detectan nitacenos. Lleve naloxona.</p>")
    rows = [("DC-2611", "oxycodone 30 mg (M30)", "protonitazepyne", "2026-11-01"),
            ("DC-2608", "heroin", "fentanyl, xylazine", "2026-10-28"),
            ("DC-2604", "alprazolam 2 mg bar", "bromazolam", "2026-10-20"),
            ("DC-2599", "MDMA crystal", "MDMA, caffeine", "2026-10-14"),
            ("DC-2590", "ketamine", "ketamine", "2026-10-05"),
            ("DC-2583", "cocaine", "cocaine, levamisole", "2026-09-30"),
            ("DC-2577", "heroin", "carfentanil, fentanyl", "2026-09-25"),
            ("DC-2570", "&lsquo;fent-free&rsquo; oxycodone 10/325", "fentanyl, acetaminophen", "2026-09-18")]
    for n, chunk in enumerate(paginate(rows, 4), 1):
        key = "/drug-checking/results/" if n == 1 else "/drug-checking/results/page/%d/" % n
        page(key, "Drug-checking results" + ("" if n == 1 else " (page %d)" % n),
             "<table class='results'><thead><tr><th>Sample</th><th>Sold as</th><th>Found</th><th>Date</th></tr>"
             "</thead><tbody>%s</tbody></table><p>%s</p>" % (
                 "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in chunk),
                 "<a href='/drug-checking/results/page/2/'>Older results</a>" if n == 1 else
                 "<a href='/drug-checking/results/'>Newer results</a>"))
    page("/news/precursor-scheduling-2025/", "New international controls on fentanyl precursors",
         "<p>The notice below is reproduced from the national regulator&rsquo;s gazette. From 1 December 2025 the "
         "following chemicals are Category 1 controlled precursors; import and export need a licence.</p><table "
         "class='gazette'><thead><tr><th>Chemical</th><th>CAS RN</th><th>HS code</th></tr></thead><tbody><tr><td>"
         "N-Phenethyl-4-piperidone (NPP)</td><td>39742-60-4</td><td>2933.39</td></tr><tr><td>4-Anilino-N-"
         "phenethylpiperidine (ANPP)</td><td>21409-26-7</td><td>2933.39</td></tr><tr><td>4-Anilinopiperidine (4-AP)"
         "</td><td>23056-29-3</td><td>2933.39</td></tr><tr><td>tert-Butyl 4-(phenylamino)piperidine-1-carboxylate "
         "(1-boc-4-AP)</td><td>125541-22-2</td><td>2933.39</td></tr><tr><td>Norfentanyl</td><td>1609-66-1</td><td>"
         "2933.39</td></tr><tr><td>4-Piperidone</td><td>41661-47-6</td><td>2933.39</td></tr><tr><td>1-boc-4-"
         "Piperidone</td><td>79099-07-3</td><td>2933.39</td></tr></tbody></table><p>Our comment: scheduling moves "
         "the trade to new, unlisted intermediates; expect more &lsquo;designer precursors&rsquo;.</p>",
         cls="post-template-default single single-post")
    page("/drug-checking/our-lab/", "Our lab",
         "<p>We use a benchtop FTIR and, for confirmation, GC-MS at the university partner lab. Our reference "
         "standards are held under licence and are <strong>not for sale or distribution</strong>.</p><table "
         "class='inventory'><thead><tr><th>Reference standard</th><th>CAS</th><th>Lot</th><th>Expiry</th></tr></thead>"
         "<tbody><tr><td>Fentanyl citrate, 1 mg/mL in methanol</td><td>990-73-8</td><td>FN-2291</td><td>2027-03</td>"
         "</tr><tr><td>Carfentanil, 100 &micro;g/mL</td><td>59708-52-0</td><td>CF-0114</td><td>2026-12</td></tr><tr>"
         "<td>Isotonitazene, 100 &micro;g/mL</td><td>14188-81-9</td><td>IT-0520</td><td>2027-06</td></tr><tr><td>"
         "Xylazine HCl, 1 mg/mL</td><td>23076-35-9</td><td>XY-1187</td><td>2027-01</td></tr></tbody></table><p>"
         "Regulatory note: held under Schedule I researcher registration no. RS-4471; use is limited to "
         "identification of samples.</p>")
    page("/faq/", "FAQ",
         "<h3>Is drug checking legal?</h3><p>Yes, under our public-health exemption.</p><h3>Can I trust an online "
         "seller who promises stealth shipping or a free reship?</h3><p>Some online vendors promise discreet "
         "packaging, customs clearance or a free reship. These promises say nothing about what is in the product."
         "</p><h3>Do fentanyl test strips detect nitazenes?</h3><p>No. Use nitazene strips as well.</p>")
    page("/about/", "About us", "<p>DrugCheck Alerts is run by peer workers and two chemists. Funded by the city "
         "health department.</p>")
    page("/naloxone/", "Get naloxone", "<p>Naloxone reverses opioid overdoses, including fentanyl and nitazenes "
         "(several doses may be needed). Free kits at every drop-in; nasal spray also in our <a href='/product/"
         "naloxone-nasal-spray-4mg/'>shop</a>.</p>")

    # WooCommerce shop: benign products (listing pages, no hits)
    shop = [(501, "fentanyl-test-strips-10-pack", "Fentanyl Test Strips (10-pack)", "10.00", None,
             "Lateral-flow strips that detect fentanyl and many fentanyl analogues in a dissolved sample."),
            (502, "xylazine-test-strips-10-pack", "Xylazine Test Strips (10-pack)", "12.00", None,
             "Detects xylazine (&lsquo;tranq&rsquo;) in dissolved samples."),
            (503, "naloxone-nasal-spray-4mg", "Naloxone Nasal Spray 4 mg (2 doses)", "45.00",
             BENIGN_CAS["naloxone_hcl"], "Opioid overdose reversal. Active ingredient: naloxone hydrochloride."),
            (504, "nitazene-test-strips-5-pack", "Nitazene Test Strips (5-pack)", "15.00", None,
             "Detects many nitazene opioids, including isotonitazene and protonitazene."),
            (505, "reagent-test-kit", "Reagent Test Kit (Marquis, Mecke, Mandelin)", "30.00", None,
             "Three colour reagents with instructions and colour chart.")]
    page("/shop/", "Free &amp; low-cost supplies",
         "<p class='woocommerce-result-count'>Showing all %d results</p><ul class='products columns-3'>%s</ul>" % (
             len(shop), "".join(
                 "<li class='product type-product post-%d status-publish instock product_cat-supplies'><a href='/product"
                 "/%s/' class='woocommerce-LoopProduct-link woocommerce-loop-product__link'><img src='/wp-content/"
                 "uploads/2026/10/p%d.png' class='attachment-woocommerce_thumbnail' alt=''><h2 class='woocommerce-"
                 "loop-product__title'>%s</h2><span class='price'><span class='woocommerce-Price-amount amount'><bdi>"
                 "<span class='woocommerce-Price-currencySymbol'>$</span>%s</bdi></span></span></a><a href='?add-to-"
                 "cart=%d' data-quantity='1' class='button product_type_simple add_to_cart_button ajax_add_to_cart' "
                 "data-product_id='%d' rel='nofollow'>Add to cart</a></li>" % (pid, slug, pid, name, price, pid, pid)
                 for pid, slug, name, price, cas, d in shop)),
         listing=True, cls="archive post-type-archive post-type-archive-product woocommerce woocommerce-page")
    for pid, slug, name, price, cas, d in shop:
        s.add(Page("/wp-content/uploads/2026/10/p%d.png" % pid, tiny_png(pid), ctype="image/png"))
        attrs = "<tr><th>Pack</th><td>%s</td></tr>" % name.split("(")[-1].rstrip(")")
        if cas:
            attrs += "<tr><th>Active ingredient</th><td>Naloxone hydrochloride</td></tr><tr><th>CAS number</th><td>%s</td></tr>" % cas
        ld = ('{"@context":"https://schema.org/","@type":"Product","name":"%s","sku":"DC-%d","offers":{"@type":"Offer",'
              '"price":"%s","priceCurrency":"USD","availability":"http://schema.org/InStock"}}'
              % (re.sub(r"&[a-z]+;", "", name), pid, price))
        put(s, "/product/%s/" % slug, head(name, "product-template-default single single-product woocommerce") +
            "<script type='application/ld+json'>%s</script><div id='product-%d' class='product type-product'><div "
            "class='woocommerce-product-gallery'><img src='/wp-content/uploads/2026/10/p%d.png' alt=''></div><div "
            "class='summary entry-summary'><h1 class='product_title entry-title'>%s</h1><p class='price'><span class="
            "'woocommerce-Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>$</span>%s</bdi>"
            "</span></p><div class='woocommerce-product-details__short-description'><p>%s</p></div><form class='cart' "
            "method='post' enctype='multipart/form-data'><input type='number' name='quantity' value='1'><button "
            "type='submit' name='add-to-cart' value='%d' class='single_add_to_cart_button button alt'>Add to cart"
            "</button></form><div class='product_meta'><span class='sku_wrapper'>SKU: DC-%d</span></div></div><div "
            "class='woocommerce-tabs wc-tabs-wrapper'><ul class='tabs wc-tabs'><li class='description_tab'><a href="
            "'#tab-description'>Description</a></li><li class='additional_information_tab'><a href='#tab-additional_"
            "information'>Additional information</a></li></ul><div id='tab-description'><p>%s Free for people who use "
            "drugs; the price covers postage for everyone else.</p></div><div id='tab-additional_information'><table "
            "class='woocommerce-product-attributes shop_attributes'>%s</table></div></div></div>"
            % (ld, pid, pid, name, price, d, pid, pid, d, attrs) + side + foot,
            T().offer(None, cas), listing=True)
    s.add(Page("/feed/", "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>DrugCheck Alerts"
               "</title>%s</channel></rss>" % "".join("<item><title>%s</title><link>/alerts/%s/</link></item>"
                                                      % (re.sub(r"&[a-z]+;", "'", a[2]), a[0]) for a in HR_ALERTS),
               ctype="application/rss+xml; charset=UTF-8"))
    return s


def sites():
    return [b2b_portal(), rclab_opencart(), tg_preview(), tieba_gbk(), tarn_market(), drugcheck_hr()]
