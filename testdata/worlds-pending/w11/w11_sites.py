"""World w11: six simulated sites, written blind, for measuring npswatch.

  0 b2b-indimart   IndiaMART-style B2B directory (English + Hindi), UTF-8
  1 whsl-1688      1688.com-style wholesale site, GBK (simplified); a Hong Kong storefront in Big5
  2 fedi-social    Mastodon-style instance + Nitter-style mirror under /nitter/ (English, Spanish)
  3 doska-avito    Avito-style Russian classifieds, UTF-8; Novosibirsk subsite in KOI8-R
  4 dnm-obsidian   Monero-only darknet market (Archetyp/Abacus-like): tabs, vendors, PGP, CSRF in URLs
  5 chemref-db     hard negatives: PubChem/ChemSpider-style compound database, Federal Register
                   style scheduling notice, CDC-HAN style advisory, poison-control FAQ

Ground-truth conventions are those of marketsim.py / dev_sites.py:
  hits    truth keys of substances a seller OFFERS FOR SALE on the page (CAS of the listed
          substance; salts fold to the base; class:fentanyl / class:nitazene for analogues that
          are on no list by name)
  cas     valid CAS numbers shown in product context (on offers of any product, benign too;
          dashed form even when the page writes it undashed, spaced or in full-width digits)
  claims  shipping-claim kinds made by the seller on the page
  listing page lists or shows products offered for sale
Mentions in news, alerts, research, buying requests, harm-reduction posts, hot-search boxes and
recommendation rails (names only) are not hits; their CAS numbers are not "in product context".
Python 3 standard library only.
"""
import json
import random
import re
import unicodedata
import zlib

from marketsim import Site, Page, Sub, S, NOVEL, BENIGN, esc, paginate, rng, tiny_png

FENT, NITA = "fentanyl", "nitazene"

# ================================================================ substances (truth keys)
# listed fentanyl analogues (class fentanyl, key = CAS)
fentanyl = S("437-38-7", "Fentanyl", "fentanil", "fentanyl citrate", cls=FENT)
carfent = S("59708-52-0", "Carfentanil", "carfentanyl", cls=FENT)
acetylf = S("3258-84-2", "Acetylfentanyl", "acetyl fentanyl", cls=FENT)
cyprf = S("1169-68-2", "Cyclopropylfentanyl", cls=FENT)
fibf = S("244195-32-2", "4-Fluoroisobutyrylfentanyl", "4-FIBF", cls=FENT)
norfent = S("1609-66-1", "Norfentanyl", cls=FENT)
# precursors (no class)
npp = S("39742-60-4", "NPP", "N-phenethyl-4-piperidone")
anpp = S("21409-26-7", "ANPP", "4-ANPP")
ap4 = S("23056-29-3", "4-AP", "4-anilinopiperidine")
boc4ap = S("125541-22-2", "1-boc-4-AP")
pip4 = S("41661-47-6", "4-Piperidone")
bocpip = S("79099-07-3", "1-boc-4-Piperidone")
# nitazenes
isotonit = S("14188-81-9", "Isotonitazene", cls=NITA)
metonit = S("14680-51-4", "Metonitazene", cls=NITA)
protonit = S("95958-84-2", "Protonitazene", cls=NITA)
butonit = S("95810-54-1", "Butonitazene", cls=NITA)
# other watchlisted
xylazine = S("7361-61-7", "Xylazine")
tramadol = S("27203-92-5", "Tramadol")
bromazolam = S("71368-80-4", "Bromazolam")

# Analogues on no list by name: only the class rules of SOURCES.md catch them. Each is checked
# against the US FRS definition (A)-(E) and the China 2019 rule, or against the China 2025
# nitazene rule (reference etonitazene); the modification is named beside it.
nov_omeaf = NOVEL(FENT, "ortho-Methyl acetylfentanyl",
                  "N-(2-methylphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]acetamide")
#   aniline ring -> 2-methylphenyl (D, substituted aromatic monocycle) + propionyl -> acetyl (E);
#   the name contains the listed parent "acetylfentanyl", the truth is the class key
nov_bmef = NOVEL(FENT, "N-phenyl-N-[1-(2-phenylpropyl)piperidin-4-yl]propanamide")
#   methyl substituted on the phenethyl group (B)   ("beta-methyl fentanyl")
nov_ofbf = NOVEL(FENT, "ortho-Fluorobutyrylfentanyl",
                 "N-(2-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]butanamide")
#   aniline -> 2-fluorophenyl (D) + propionyl -> butyryl (E); contains the listed parent butyrylfentanyl
nov_pyrriso = NOVEL(NITA, "N-Pyrrolidino isotonitazene",
                    "5-nitro-2-[(4-propan-2-yloxyphenyl)methyl]-1-(2-pyrrolidin-1-ylethyl)benzimidazole")
#   4-ethoxyphenyl -> 4-isopropoxyphenyl (3) + diethylamino -> pyrrolidin-1-yl (4); contains parent isotonitazene
nov_desprot = NOVEL(NITA, "N-Desethyl protonitazene",
                    "N-ethyl-2-[5-nitro-2-[(4-propoxyphenyl)methyl]benzimidazol-1-yl]ethanamine")
#   4-ethoxy -> 4-propoxy (3) + diethylamino -> ethylamino (4); contains parent protonitazene
nov_pipne = NOVEL(NITA, "Etonitazepipne", "N-piperidinyl etonitazene",
                  "2-[(4-ethoxyphenyl)methyl]-5-nitro-1-(2-piperidin-1-ylethyl)benzimidazole")
#   diethylamino -> piperidin-1-yl (4)
nov_metpyne = NOVEL(NITA, "Metonitazepyne", "N-pyrrolidino metonitazene")
#   4-ethoxy -> 4-methoxy (3) + diethylamino -> pyrrolidin-1-yl (4); contains parent metonitazene

# benign (valid CAS, on no list)
caffeine = BENIGN("58-08-2", "Caffeine anhydrous")
benzocaine = BENIGN("94-09-7", "Benzocaine")
lidohcl = BENIGN("73-78-9", "Lidocaine hydrochloride")
vitc = BENIGN("50-81-7", "L-Ascorbic acid")
aminopyr = BENIGN("504-24-5", "4-Aminopyridine")
bocamp = BENIGN("87120-72-7", "4-Amino-1-Boc-piperidine")
bnzpip = BENIGN("3612-20-2", "1-Benzyl-4-piperidone")
ivermectin = BENIGN("70288-86-7", "Ivermectin")
NOSUB = Sub("", "", [])        # a product with no substance identity (test strips, kits, vet tonics)

CLAIM_KINDS = ("reship", "customs", "stealth", "mislabel", "forwarding")

# ================================================================ helpers


def cas_digits_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) < 5:
        return False
    body, chk = d[:-1], int(d[-1])
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(body))) % 10 == chk


def cas_norm(txt):
    """'39742604' / '39742 60 4' / full-width digits -> '39742-60-4' (None when not a valid CAS)."""
    d = re.sub(r"\D", "", unicodedata.normalize("NFKC", txt))
    if not cas_digits_ok(d):
        return None
    return "%s-%s-%s" % (d[:-3], d[-3:-1], d[-1])


def safe_id(seed, ndig):
    """A numeric id of ndig digits that can never read as a valid undashed CAS number."""
    r = random.Random(seed)
    while True:
        s = str(r.randint(10 ** (ndig - 1), 10 ** ndig - 1))
        if not cas_digits_ok(s):
            return s


class Offer:
    """One product offered (or shown) on a site. cas: display strings shown with the offer."""
    def __init__(self, sub, title, cas=(), claims=(), sale=True, **kw):
        self.sub = sub
        self.title = title
        self.cas = [cas] if isinstance(cas, str) else list(cas or [])
        self.claims = list(claims)          # [(kind, text)]
        self.sale = sale
        self.__dict__.update(kw)

    def hits(self):
        return {self.sub.key} - {""} if self.sale else set()

    def cas_truth(self):
        return {c for c in (cas_norm(x) for x in self.cas) if c}

    def claim_kinds(self):
        return {k for k, _ in self.claims}


def shown_cas(o, html_text):
    """The CAS truth of an offer as far as this piece of markup actually shows its numbers."""
    return {c for c in (cas_norm(x) for x in o.cas if x in html_text or esc(x) in html_text) if c}


def cards_truth(pairs, claims_shown=False):
    """pairs: [(offer, card_html)] -> hits, cas, claims of a grid built from those cards."""
    h, c, k = set(), set(), set()
    for o, htm in pairs:
        h |= o.hits()
        c |= shown_cas(o, htm)
        if claims_shown:
            k |= {kind for kind, t in o.claims if t in htm or esc(t) in htm}
    return h, c, k


def union(offers, claims=True):
    h, c, k = set(), set(), set()
    for o in offers:
        h |= o.hits()
        c |= o.cas_truth()
        if claims:
            k |= o.claim_kinds()
    return h, c, k


def css_blob(seed, classes, n=90):
    r = random.Random(seed)
    props = ["margin:0", "padding:0 8px", "color:#333", "font-size:12px", "line-height:1.5", "display:block",
             "display:inline-block", "float:left", "overflow:hidden", "border:1px solid #e5e5e5",
             "background:#fff", "background:#f7f7f7", "text-align:center", "font-weight:700",
             "white-space:nowrap", "text-overflow:ellipsis", "position:relative", "position:absolute",
             "z-index:9", "width:100%", "height:32px", "border-radius:4px", "cursor:pointer",
             "box-sizing:border-box", "vertical-align:middle", "color:#999", "color:#ff5000",
             "margin-top:10px", "padding:12px 16px", "font-family:Arial,Helvetica,sans-serif"]
    out = []
    for i in range(n):
        c = r.choice(classes)
        sub = r.choice(["", " a", " span", ":hover", " li", " .hd", " .bd", " img", "__inner", "--active"])
        out.append(".%s%s{%s}" % (c, sub, ";".join(r.sample(props, r.randint(2, 5)))))
    return "\n".join(out)


def js_noise(seed, name, n=40):
    r = random.Random(seed)
    keys = ["ab", "exp", "flag", "grp", "ver", "mod", "tpl", "ch", "ts", "seg"]
    d = {"%s_%s_%d" % (name, r.choice(keys), i): r.choice([True, False, r.randint(0, 99999),
         "%x" % r.getrandbits(48)]) for i in range(n)}
    return json.dumps(d, separators=(",", ":"))


def pgp_block(seed, lines=28):
    r = random.Random(seed)
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/"
    body = "\n".join("".join(r.choice(al) for _ in range(64)) for _ in range(lines))
    return ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG" + "".join(r.choice(al) for _ in range(58)) +
            "\n" + body + "\n=" + "".join(r.choice(al) for _ in range(4)) + "\n-----END PGP PUBLIC KEY BLOCK-----")


def add_images(site, ids, prefix="/img/"):
    for i in ids:
        site.add(Page("%s%s.png" % (prefix, i), tiny_png(zlib.crc32(str(i).encode()) % 997), ctype="image/png"))


# ================================================================ SITE 0: IndiaMART-style B2B directory

def site_indimart():
    s = Site("b2b-indimart", "b2b-directory")
    s.robots = ("User-agent: *\nDisallow: /enquiry/\nDisallow: /search.mp\nDisallow: /myiil/\n"
                "Disallow: /buyleads/contact/\nCrawl-delay: 1\n\nUser-agent: GPTBot\nDisallow: /\n")
    s.disallow = ["/enquiry/", "/search.mp", "/myiil/", "/buyleads/contact/"]
    s.rate_limit = 30
    s.trap_prefix = "/tradeshows/calendar/"
    s.junk_params = s.junk_params + ["pos", "kwd", "tags", "src"]
    OFF = "https://corporate.indimart.example"

    comp = {
        "shree-balaji-pharmachem": dict(
            name="Shree Balaji Pharmachem", city="Bawana, New Delhi", state="Delhi", nob="Wholesale Trader",
            year="2011", gst="07AAJFS4521K1Z8", legal="Partnership Firm", emp="11 to 25 People",
            turnover="5 - 25 Cr", ceo="Rakesh Agarwal", rating="4.1", nrat="38", phone="08047364219",
            about="Shree Balaji Pharmachem is a Delhi based trader and stockist of pharma intermediates, "
                  "laboratory reagents and API raw materials. We keep ready stock in our Bawana godown and "
                  "dispatch all over India. श्री बालाजी फार्माकेम दिल्ली स्थित फार्मा इंटरमीडिएट्स का थोक व्यापारी है।"),
        "ankleshwar-fine-intermediates": dict(
            name="Ankleshwar Fine Intermediates Pvt. Ltd.", city="GIDC Ankleshwar, Bharuch", state="Gujarat",
            nob="Manufacturer", year="2004", gst="24AACCA7719M1ZQ", legal="Private Limited Company",
            emp="51 to 100 People", turnover="25 - 50 Cr", ceo="Hitesh Patel", rating="4.4", nrat="112",
            phone="08048971102",
            about="ISO 9001:2015 certified manufacturer of heterocyclic building blocks, Boc-protected amines "
                  "and piperidine/piperazine intermediates for API makers. In-house R&D, HPLC/GC, NMR on request."),
        "medisurge-healthcare": dict(
            name="Medisurge Healthcare Distributors", city="Bhiwandi, Thane", state="Maharashtra",
            nob="Distributor / Channel Partner", year="2015", gst="27AAKFM3390P1Z2", legal="Proprietorship",
            emp="26 to 50 People", turnover="1 - 5 Cr", ceo="Sameer Khan", rating="3.9", nrat="21",
            phone="08049160077",
            about="Authorised distributor of hospital injectables, anaesthesia and critical-care products and "
                  "veterinary medicines. Supply to hospitals, nursing homes and veterinary clinics against valid "
                  "drug licence. Schedule H / X products are sold only against prescription or institutional order."),
        "zenith-research-chemicals": dict(
            name="Zenith Research Chemicals", city="Jeedimetla, Hyderabad", state="Telangana",
            nob="Exporter", year="2019", gst="36AAPFZ6620C1ZD", legal="Partnership Firm",
            emp="Upto 10 People", turnover="0 - 40 L", ceo="V. Srinivas", rating="3.6", nrat="9",
            phone="08045553981",
            about="Exporter of research chemicals and pharmaceutical intermediates to USA, Canada, Australia, "
                  "Mexico and Europe. Small quantities available for research. Payment: T/T, Western Union, USDT."),
    }
    CS = list(comp)
    P = []   # products

    def prod(c, sub, title, slug, cat, price, unit, specs, desc, cas=(), claims=(), sale=True, hindi=""):
        o = Offer(sub, title, cas=cas, claims=claims, sale=sale, comp=c, slug=slug, cat=cat, price=price,
                  unit=unit, specs=specs, desc=desc, hindi=hindi)
        o.pid = safe_id("indimart-%d" % (len(P) + 1), 11)
        o.url = "/proddetail/%s-%s.html" % (slug, o.pid)
        P.append(o)
        return o

    c1, c2, c3, c4 = CS
    # ---- Shree Balaji Pharmachem (Delhi trader)
    prod(c1, npp, "N-Phenethyl-4-Piperidone (NPP) Powder", "n-phenethyl-4-piperidone-npp-powder",
         "piperidine", "4,800", "Kg",
         [("CAS Number", "39742-60-4"), ("Purity", "99%"), ("Form", "Powder"), ("Colour", "Off white"),
          ("Packaging Size", "1 Kg, 5 Kg, 25 Kg"), ("Grade", "Pharma Grade"), ("Molecular Formula", "C13H17NO")],
         "We are offering N-Phenethyl-4-piperidone (NPP), high purity, ready stock. Sample available.",
         cas=["39742-60-4"],
         claims=[("customs", "कस्टम क्लीयरेंस की पूरी ज़िम्मेदारी हमारी है - विदेश भेजे गए माल को कस्टम से निकलवाना हमारा काम है।"),
                 ("reship", "अगर पार्सल कस्टम में रुक जाए या ज़ब्त हो जाए तो हम बिना किसी अतिरिक्त शुल्क के माल दोबारा भेजते हैं।")],
         hindi="एन-फेनेथिल-4-पाइपरिडोन (NPP) पाउडर, 99% शुद्धता, तैयार स्टॉक।")
    prod(c1, anpp, "4-Anilino-N-Phenethylpiperidine (4-ANPP) 99%", "4-anilino-n-phenethylpiperidine",
         "piperidine", "9,500", "Kg",
         [("CAS No", "21409267"), ("Assay", "99.2% (HPLC)"), ("Physical State", "Crystalline powder"),
          ("Storage", "Cool & dry place"), ("Minimum Order", "500 gm")],
         "Despropionyl fentanyl (ANPP) available in bulk as well as gram quantity.",
         cas=["21409267"],
         claims=[("stealth", "Packed in a neutral brown carton - no product label, no hazard sticker and "
                             "no company name anywhere on the outside of the box.")])
    p_caf = prod(c1, caffeine, "Caffeine Anhydrous Powder IP/BP/USP", "caffeine-anhydrous-powder",
                 "lab", "1,150", "Kg",
                 [("CAS Number", "58-08-2"), ("Grade", "IP/BP/USP"), ("Packaging Type", "25 Kg Drum"),
                  ("Brand", "CSPC / Shandong Xinhua"), ("Shelf Life", "4 Years")],
                 "Caffeine anhydrous imported from China, available with COA. Used in beverages and pharma.",
                 cas=["58-08-2"], hindi="कैफीन एनहाइड्रस पाउडर, आयातित, COA के साथ।")
    p_4amp = prod(c1, aminopyr, "4-AP (4-Aminopyridine) 99%", "4-aminopyridine-99",
                  "lab", "2,900", "Kg",
                  [("CAS Number", "504-24-5"), ("Synonym", "4-AP, Fampridine, Dalfampridine"),
                   ("Purity", "99%"), ("Form", "Crystals")],
                  "4-Aminopyridine (dalfampridine base), reagent grade, for research and formulation.",
                  cas=["504-24-5"])
    # ---- Ankleshwar Fine Intermediates (manufacturer)
    prod(c2, bocpip, "1-Boc-4-Piperidone (N-Boc-4-piperidone) 98%", "1-boc-4-piperidone",
         "piperidine", "3,200", "Kg",
         [("CAS Number", "79099-07-3"), ("IUPAC", "tert-Butyl 4-oxopiperidine-1-carboxylate"),
          ("Purity (GC)", "98.5% min"), ("Appearance", "White to off-white solid"), ("Capacity", "2 MT / month")],
         "Manufactured at our GIDC Ankleshwar plant. Consistent quality, DMF support for regulated markets.",
         cas=["79099-07-3"],
         claims=[("forwarding", "Stock also kept with our partner warehouse in Edison, New Jersey - US "
                                "customers receive it as a domestic shipment.")])
    prod(c2, pip4, "4-Piperidone Monohydrate Hydrochloride", "4-piperidone-monohydrate-hydrochloride",
         "piperidine", "2,650", "Kg",
         [("CAS Number", "40064-34-4 (free base: 41661-47-6)"), ("Synonym", "Piperidin-4-one HCl H2O"),
          ("Assay", "99%"), ("Appearance", "White crystalline powder")],
         "4-Piperidone hydrochloride monohydrate, manufacturer direct.",
         cas=["40064-34-4", "41661-47-6"])
    prod(c2, bocamp, "4-Amino-1-Boc-Piperidine", "4-amino-1-boc-piperidine",
         "piperidine", "6,400", "Kg",
         [("CAS Number", "87120-72-7"), ("Purity", "98%"), ("Form", "Liquid / low melting solid")],
         "tert-Butyl 4-aminopiperidine-1-carboxylate, building block for API synthesis.",
         cas=["87120-72-7"])
    p_bnz = prod(c2, bnzpip, "1-Benzyl-4-Piperidone 99%", "1-benzyl-4-piperidone",
                 "piperidine", "1,900", "Kg",
                 [("CAS Number", "3612-20-2"), ("Purity", "99%"), ("Form", "Liquid"), ("Packaging", "200 Kg HDPE drum")],
                 "N-Benzyl-4-piperidone for pharmaceutical intermediates. Export documentation: COA, MSDS, "
                 "certificate of origin provided with every consignment.",
                 cas=["3612-20-2"])
    # ---- Medisurge Healthcare (licensed distributor)
    prod(c3, fentanyl, "Fentanyl Citrate Injection IP 50 mcg/ml", "fentanyl-citrate-injection",
         "opioid", "38", "Vial",
         [("Composition", "Fentanyl Citrate IP eq. to Fentanyl 50 mcg/ml"), ("Pack Size", "2 ml x 10 ampoules"),
          ("Brand", "Fentadrop / Trofentyl"), ("API CAS", "990-73-8"), ("Prescription", "Prescription (Schedule X)")],
         "Fentanyl citrate injection for hospital and anaesthesia use. Supplied only to hospitals and "
         "nursing homes holding a valid drug licence; order copy and NDPS documentation required.",
         cas=["990-73-8"])
    prod(c3, tramadol, "Tramadol Hydrochloride Tablets 100 mg", "tramadol-hydrochloride-tablets",
         "opioid", "165", "Strip",
         [("Composition", "Tramadol HCl 100 mg"), ("Base CAS", "27203-92-5"), ("Packaging", "10x10 tablets"),
          ("Brand", "Tramazac / Contramal")],
         "Tramadol tablets for pharmacies and institutions, against prescription.",
         cas=["27203-92-5"])
    p_lido = prod(c3, lidohcl, "Lidocaine Hydrochloride Injection 2%", "lidocaine-hydrochloride-injection",
                  "lab", "22", "Vial",
                  [("Composition", "Lidocaine HCl IP 2% w/v"), ("CAS", "73-78-9"), ("Pack", "30 ml vial")],
                  "Local anaesthetic injection, hospital supply.", cas=["73-78-9"])
    prod(c3, xylazine, "Xylazine Hydrochloride Injection (Veterinary) 23.32 mg/ml",
         "xylazine-hydrochloride-injection-veterinary", "lab", "310", "Vial",
         [("Composition", "Xylazine HCl"), ("CAS Number", "23076-35-9"), ("Usage", "Veterinary sedative"),
          ("Pack Size", "30 ml")],
         "Xylazine injection for veterinary use only. Supplied to registered veterinary practitioners.",
         cas=["23076-35-9"])
    # ---- Zenith Research Chemicals (exporter)
    prod(c4, fibf, "4-FIBF (para-Fluoroisobutyryl Fentanyl) Research Chemical",
         "para-fluoroisobutyryl-research-chemical", "opioid", "1,20,000", "Kg",
         [("CAS No.", "244195-32-2"), ("Purity", "99.6%"), ("Form", "White powder"), ("Sample", "Available (10 g)")],
         "High purity research compound, bulk or small quantity. WhatsApp for price list.",
         cas=["244195-32-2"],
         claims=[("mislabel", "Commercial invoice and carton label will read 'disperse dye intermediate' "
                              "- the real name never appears on the consignment papers."),
                 ("forwarding", "Dispatched through our transit partner at Jebel Ali, Dubai; from there it "
                                "travels onward as a regional parcel.")])
    prod(c4, nov_omeaf, "o-Methyl Acetylfentanyl (research grade)", "o-methyl-acetyl-research-grade",
         "opioid", "95,000", "Kg",
         [("Chemical Name", "N-(2-methylphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]acetamide"),
          ("CAS", "Not assigned"), ("Purity", "99%"), ("Appearance", "White crystalline powder")],
         "New analogue, not yet registered. For laboratory research only.",
         claims=[("reship", "If a consignment is held up or goes missing we re-dispatch it free of "
                            "charge within 7 working days.")])
    prod(c4, protonit, "Protonitazene HCl Powder", "protonitazene-hcl-powder", "opioid", "1,45,000", "Kg",
         [("CAS Number", "95958 84 2"), ("Purity", "98.7%"), ("Form", "Yellowish powder"),
          ("Packing", "Aluminium foil bag")],
         "Protonitazene in stock, fast dispatch to USA, Canada, Australia.",
         cas=["95958 84 2"],
         claims=[("stealth", "Double foil pouch sealed inside an ordinary retail carton; nothing on the "
                             "outside tells anyone what is inside.")])
    prod(c4, boc4ap, "tert-Butyl 4-(phenylamino)piperidine-1-carboxylate", "tert-butyl-phenylamino-piperidine-carboxylate",
         "piperidine", "7,800", "Kg",
         [("Purity", "99%"), ("Appearance", "White powder"), ("Packaging", "1 Kg foil bag")],
         "Boc-protected anilinopiperidine intermediate, large stock.",
         claims=[("customs", "Door delivery with clearance handled by us - DDP to USA, Canada and Australia, "
                             "duties included, you just receive it.")])
    prod(c4, benzocaine, "Benzocaine Powder 99%", "benzocaine-powder-99", "lab", "1,400", "Kg",
         [("CAS Number", "94-09-7"), ("Grade", "USP"), ("Mesh", "200 / 40"), ("Packaging Size", "1 Kg, 25 Kg")],
         "Benzocaine USP, local anaesthetic API, export quality.", cas=["94-09-7"],
         claims=[("customs", "कस्टम से पास कराने की पूरी गारंटी - माल अटकेगा नहीं।")],
         hindi="बेंजोकेन पाउडर 99%, निर्यात गुणवत्ता।")
    by_comp = {c: [o for o in P if o.comp == c] for c in CS}
    for o in P:
        o.share = "/prd/%s" % o.pid          # short share links -> 301
        s.redirects[o.share] = o.url

    cats = {
        "piperidine": ("/impcat/piperidine-derivatives.html", "Piperidine Derivatives"),
        "opioid": ("/impcat/opioid-analgesics.html", "Opioid Analgesics"),
        "lab": ("/impcat/laboratory-chemicals.html", "Laboratory Chemicals"),
    }
    cat_items = {k: [o for o in P if o.cat == k] for k in cats}

    hot = ["Fentanyl Citrate Injection", "NPP Powder", "Caffeine Anhydrous", "1-Boc-4-Piperidone", "Benzocaine Powder",
           "Tramadol Tablets", "Xylazine Injection", "Lidocaine HCl", "4-Aminopyridine", "Research Chemicals"]
    css = css_blob("indimart", ["hdr", "bcmb", "prd-name", "prc", "getBtn", "cntcSup", "dtlsTbl", "CmpnySec",
                                "rel-prd", "exp-cat", "pop-srch", "ftr", "ck-bnr", "enq-form", "lst-crd"], 140)

    def head(title, desc="", canon="", ld=None):
        ldj = ("<script type='application/ld+json'>%s</script>" % json.dumps(ld, ensure_ascii=False)) if ld else ""
        return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
                "<meta name='viewport' content='width=device-width, initial-scale=1'>"
                "<title>%s</title><meta name='description' content='%s'>%s"
                "<link rel='preconnect' href='https://utils.imimg.example'><style>%s</style>"
                "<script>window.glob_page={pg:'%s',lang:'en',ab:%s};</script>%s</head><body>"
                "<div class='ck-bnr' id='cookie-consent'>We use cookies to improve your experience. By using "
                "IndiMART you agree to our <a href='%s/terms/'>Cookie Policy</a>. <button>Accept</button></div>"
                "<header class='hdr'><div class='hdr-top'><a class='logo' href='/'>IndiMART</a>"
                "<form class='srch' action='/search.mp' method='get'><select name='cq'><option>All India</option>"
                "<option>Delhi</option><option>Mumbai</option><option>Hyderabad</option><option>Ahmedabad</option></select>"
                "<input name='ss' placeholder='Enter product / service to search' autocomplete='off'>"
                "<button type='submit'>Search</button></form>"
                "<ul class='hdr-lnk'><li><a href='/'>Shopping</a></li><li><a href='/enquiry/post-requirement'>Get Best Price</a></li>"
                "<li><a href='/buyleads/'>Sell / Buy Leads</a></li><li><a href='/help/'>Help</a></li>"
                "<li><a href='/myiil/'>Sign In</a></li><li><a href='%s/hi/'>हिंदी</a></li></ul></div>"
                "<div class='hdr-cat'><a href='/impcat/piperidine-derivatives.html'>Pharma Intermediates</a>"
                "<a href='/impcat/opioid-analgesics.html'>Pharmaceutical Drugs</a>"
                "<a href='/impcat/laboratory-chemicals.html'>Lab Chemicals</a>"
                "<a href='%s/industrial-supplies/'>Industrial Supplies</a><a href='%s/building-construction/'>Building &amp; Construction</a>"
                "<a href='%s/apparel/'>Apparel &amp; Garments</a><a href='%s/electronics/'>Electronics</a></div></header>"
                % (esc(title), esc(desc), ("<link rel='canonical' href='%s'>" % canon) if canon else "", css,
                   esc(canon or "/"), js_noise(title, "im", 25), ldj, OFF, OFF, OFF, OFF, OFF, OFF))

    def popular():
        return ("<div class='pop-srch'><h3>Popular Searches</h3><p>%s</p></div>"
                % " | ".join("<a href='/search.mp?ss=%s'>%s</a>" % (esc(h.replace(" ", "+")), esc(h)) for h in hot))

    def explore():
        extra = ["Pharmaceutical Raw Materials", "API Intermediates", "Veterinary Medicines", "Surgical Disposables",
                 "Hospital Injectables", "Food Additives", "Solvents", "Dyes &amp; Pigments", "Agro Chemicals",
                 "Laboratory Glassware", "Reagent Kits", "Nutraceuticals"]
        links = "".join("<li><a href='%s'>%s</a></li>" % (u, n) for u, n in cats.values())
        links += "".join("<li><a href='%s/impcat/%d.html'>%s</a></li>" % (OFF, i, n) for i, n in enumerate(extra))
        return "<div class='exp-cat'><h3>Explore more categories</h3><ul>%s</ul></div>" % links

    def foot():
        cols = [("About Us", ["About IndiMART", "Join Sales", "Success Stories", "Press Section", "Advertise with Us",
                              "Investor Relations", "Careers"]),
                ("Help", ["Feedback", "Complaints", "Customer Care", "Contact Us", "Jobs"]),
                ("Suppliers Tool Kit", ["Sell on IndiMART", "Latest BuyLead", "Learning Centre", "Ship With IndiMART"]),
                ("Buyers Tool Kit", ["Post Your Requirement", "Products You Buy", "Search Products &amp; Suppliers"]),
                ("Accounting Solutions", ["Tally on Mobile", "Billing Software", "Online Payments", "GST Filing"])]
        h = "".join("<div class='fcol'><h4>%s</h4><ul>%s</ul></div>" % (t, "".join(
            "<li><a href='%s/%s/'>%s</a></li>" % (OFF, re.sub(r"\W+", "-", x.lower()), x) for x in xs)) for t, xs in cols)
        return ("<footer class='ftr'>%s<div class='ftr-b'><a href='/help/buyer-protection.html'>Buyer Protection</a> | "
                "<a href='/blog/ndps-compliance-pharma-intermediates.html'>Blog</a> | "
                "<a href='/tradeshows/calendar/2026-11'>Trade Shows</a> | <a href='%s/terms/'>Terms of Use</a> | "
                "<a href='%s/privacy/'>Privacy Policy</a><p>Copyright &copy; 1996-2026 IndiMART InterMESH Ltd. "
                "All rights reserved.</p></div></footer></body></html>") % (h, OFF, OFF)

    def card(o, cas_on_card=True):
        c = comp[o.comp]
        cas_html = ""
        if cas_on_card and o.cas:
            cas_html = "<li><span>CAS No</span>%s</li>" % esc(" / ".join(o.cas))
        spec = "".join("<li><span>%s</span>%s</li>" % (esc(k), esc(v)) for k, v in o.specs[1:3])
        return ("<div class='lst-crd' data-dispid='%s'><a class='prd-img' href='%s'><img src='/img/%s.png' alt='%s'></a>"
                "<div class='crd-dtl'><a class='prd-name' href='%s'>%s</a><p class='prc'>&#8377; %s <span>/ %s</span></p>"
                "<ul class='crd-spec'>%s%s</ul><p class='cmp'><a href='/%s/'>%s</a> <span class='loc'>%s</span></p>"
                "<a class='getBtn' href='/enquiry/getprice?pid=%s'>Get Latest Price</a> "
                "<a class='share' href='%s'>Share</a></div></div>"
                % (o.pid, o.url, o.pid, esc(o.title), o.url, esc(o.title), o.price, o.unit, cas_html, spec,
                   o.comp, esc(c["name"]), esc(c["city"]), o.pid, o.share))

    # ---- home (featured benign products only; hot searches name watchlisted products)
    featured = [p_caf, p_lido, p_4amp, p_bnz]
    fpairs = [(o, card(o)) for o in featured]
    h, c_, k = cards_truth(fpairs)
    s.add(Page("/", head("IndiMART - Indian Manufacturers Suppliers Exporters Directory, India Exporter Manufacturer",
                         "Find manufacturers, suppliers & exporters") +
               "<main class='home'><section class='hero'><h1>India's largest online B2B marketplace</h1>"
               "<p>Connecting buyers with suppliers. 19.7 crore buyers, 80 lakh suppliers.</p></section>"
               "<section class='featured'><h2>Featured Products</h2>%s</section>%s%s"
               "<section class='buyleads-teaser'><h2>Latest Buy Leads</h2><p><a href='/buyleads/'>See all buy leads</a></p></section>"
               "<section class='suppliers'><h2>Top Suppliers</h2><ul>%s</ul></section></main>"
               % ("".join(x for _, x in fpairs), explore(), popular(),
                  "".join("<li><a href='/%s/'>%s</a> - %s</li>" % (x, esc(comp[x]["name"]), esc(comp[x]["city"])) for x in CS))
               + foot(), hits=h, cas=c_, claims=k, listing=True))

    # ---- category pages
    for key, (url, name) in cats.items():
        items = cat_items[key]
        pages = paginate(items, 5)
        for pi, chunk in enumerate(pages, 1):
            path = url if pi == 1 else url + "?pg=%d" % pi
            pager = " ".join(("<a href='%s'>%d</a>" % (url if n == 1 else url + "?pg=%d" % n, n)) for n in range(1, len(pages) + 1))
            sortbar = ("<div class='srt'>Sort by: <a href='%s%ssort=price'>Price</a> <a href='%s%ssort=relevance'>Relevance</a></div>"
                       % (path, "&" if "?" in path else "?", path, "&" if "?" in path else "?"))
            cpairs = [(o, card(o, cas_on_card=(key != "opioid"))) for o in chunk]
            h, c_, k = cards_truth(cpairs)
            s.add(Page(path, head("%s - %s Price, Manufacturers &amp; Suppliers" % (name, name), canon=path) +
                       "<nav class='bcmb'><a href='/'>Home</a> &rsaquo; %s</nav><main class='impcat'><h1>%s</h1>"
                       "<p class='cnt'>%d products available</p>%s<div class='lst'>%s</div><div class='pgn'>%s</div>"
                       "<div class='rqform'><h3>Tell us what you need</h3><form action='/enquiry/post-requirement' method='post'>"
                       "<input name='prd' placeholder='Product name'><input name='qty' placeholder='Quantity'>"
                       "<button>Submit Requirement</button></form></div>%s%s</main>"
                       % (name, name, len(items), sortbar, "".join(x for _, x in cpairs), pager, explore(), popular()) + foot(),
                       hits=h, cas=c_, listing=True))

    # ---- product pages
    for o in P:
        c = comp[o.comp]
        rel = [x for x in P if x is not o and (x.comp == o.comp or x.cat == o.cat)][:6]
        rel_html = "".join("<li><a href='%s'>%s</a></li>" % (x.share if i % 2 else x.url, esc(x.title)) for i, x in enumerate(rel))
        specs = "".join("<tr><td class='tdhd'>%s</td><td>%s</td></tr>" % (esc(k_), esc(v)) for k_, v in o.specs)
        claims_html = "".join("<p>%s</p>" % esc(t) for _, t in o.claims)
        ld = {"@context": "https://schema.org", "@type": "Product", "name": o.title, "sku": o.pid,
              "image": "/img/%s.png" % o.pid, "description": o.desc,
              "brand": {"@type": "Brand", "name": c["name"]},
              "offers": {"@type": "Offer", "priceCurrency": "INR", "price": o.price.replace(",", ""),
                         "availability": "https://schema.org/InStock",
                         "seller": {"@type": "Organization", "name": c["name"]}}}
        body = (head("%s at Rs %s/%s | %s | ID: %s" % (o.title, o.price, o.unit.lower(), c["city"], o.pid),
                     o.desc[:150], o.url, ld) +
                "<nav class='bcmb'><a href='/'>Home</a> &rsaquo; <a href='%s'>%s</a> &rsaquo; <span>%s</span></nav>"
                "<main class='pdp'><div class='pdpImg'><img src='/img/%s.png' alt='%s'></div><div class='pdpDtl'>"
                "<h1 class='bo prd-name'>%s</h1>%s<div class='prc-box'><span class='prc'>&#8377; %s</span>"
                "<span class='unt'>/ %s</span> <a class='getlatestprc' href='/enquiry/getprice?pid=%s'>Get Latest Price</a>"
                " <span class='hi'>अभी कीमत पाएं</span></div>"
                "<h2>Product Details:</h2><table class='dtlsTbl'>%s</table>"
                "<div class='pdesc'><p>%s</p>%s</div>"
                "<div class='pdpCta'><a class='getBtn' href='/enquiry/getprice?pid=%s'>Get Latest Price</a> "
                "<a class='cntcSup' href='/enquiry/contact?pid=%s'>Contact Supplier</a> "
                "<a class='rqCb' href='/enquiry/callback?pid=%s'>Request Callback</a> "
                "<span class='hi'>विक्रेता से संपर्क करें</span></div></div>"
                "<aside class='CmpnySec'><h3><a href='/%s/'>%s</a></h3><p class='loc'>%s, %s</p>"
                "<p class='tsv'>TrustSEAL Verified</p><p>GST: %s</p><p class='rtg'>%s/5 (%s ratings)</p>"
                "<table class='nob'><tr><td>Nature of Business</td><td>%s</td></tr><tr><td>Year of Establishment</td><td>%s</td></tr>"
                "<tr><td>Legal Status of Firm</td><td>%s</td></tr></table>"
                "<p class='call'>Call %s <span>78%% Response Rate</span></p>"
                "<a href='/%s/profile.html'>View Complete Details</a></aside>"
                "<section class='enq-form'><h3>Send Enquiry</h3><form action='/enquiry/post' method='post'>"
                "<input type='hidden' name='pid' value='%s'><label>Describe your requirement</label>"
                "<textarea name='msg'>I am interested in %s</textarea><label>Quantity</label><input name='qty'>"
                "<select name='unit'><option>Kg</option><option>Gram</option><option>Piece</option></select>"
                "<label>Mobile Number</label><input name='mob' placeholder='+91'><button>Send Enquiry</button></form></section>"
                "<section class='rel-prd'><h3>Related Products</h3><ul>%s</ul></section>%s%s</main>"
                % (cats[o.cat][0], cats[o.cat][1], esc(o.title), o.pid, esc(o.title), esc(o.title),
                   ("<p class='hi pdesc-hi'>%s</p>" % esc(o.hindi)) if o.hindi else "", o.price, o.unit, o.pid, specs,
                   esc(o.desc), claims_html, o.pid, o.pid, o.pid, o.comp, esc(c["name"]), esc(c["city"]), c["state"],
                   c["gst"], c["rating"], c["nrat"], c["nob"], c["year"], c["legal"], c["phone"], o.comp,
                   o.pid, esc(o.title), rel_html, explore(), popular()) + foot())
        s.add(Page(o.url, body, hits=o.hits(), cas=shown_cas(o, body), claims=o.claim_kinds(), listing=True))
    add_images(s, [o.pid for o in P])
    s.flaky |= {P[2].url, P[9].url}

    # ---- company mini-sites: catalogue (listing) + profile (not a listing)
    for cid in CS:
        c = comp[cid]
        cpairs = [(o, card(o)) for o in by_comp[cid]]
        h, c_, k = cards_truth(cpairs)
        nav = ("<nav class='cmp-nav'><a href='/%s/'>Home</a> <a href='/%s/profile.html'>Profile</a> "
               "<a href='/enquiry/contact?cmp=%s'>Contact Us</a></nav>" % (cid, cid, cid))
        s.add(Page("/%s/" % cid, head("%s - %s | Products" % (c["name"], c["city"])) +
                   "<main class='cmp-home'><div class='cmp-hd'><h1>%s</h1><p>%s, %s | GST %s | "
                   "<span class='tsv'>TrustSEAL Verified</span></p></div>%s<h2>Our Products</h2><div class='lst'>%s</div>"
                   "<p class='about'>%s</p></main>" % (esc(c["name"]), esc(c["city"]), c["state"], c["gst"], nav,
                                                       "".join(x for _, x in cpairs), esc(c["about"])) + foot(),
                   hits=h, cas=c_, listing=True))
        rows = [("Nature of Business", c["nob"]), ("Company CEO", c["ceo"]), ("Total Number of Employees", c["emp"]),
                ("Year of Establishment", c["year"]), ("Legal Status of Firm", c["legal"]),
                ("Annual Turnover", c["turnover"]), ("GST Registration Date", "01-07-2017"), ("GST No.", c["gst"]),
                ("Import Export Code (IEC)", "AAJ" + c["gst"][7:12]), ("Payment Mode", "Cash, Cheque, Online, Bank Transfer")]
        s.add(Page("/%s/profile.html" % cid, head("%s - Company Profile" % c["name"]) +
                   "<main class='cmp-prof'><h1>%s</h1>%s<h2>About Us</h2><p>%s</p><h2>Factsheet</h2>"
                   "<table class='fct'>%s</table><h2>Ratings &amp; Reviews</h2><p>%s/5 from %s buyers. "
                   "&ldquo;Prompt reply, documents were proper.&rdquo; - buyer from Pune</p></main>"
                   % (esc(c["name"]), nav, esc(c["about"]),
                      "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in rows), c["rating"], c["nrat"])
                   + foot()))
    s.redirects["/shreebalajipharma/"] = "/shree-balaji-pharmachem/"

    # ---- buy leads (buying requests: talk, not offers)
    leads = [
        ("npp-powder-requirement", "Requirement of N-Phenethyl-4-piperidone (CAS 39742-60-4)", "Kolkata, West Bengal",
         "25 Kg", "Buyer wants NPP 99% with COA for a contract manufacturing order. Looking for supplier who can "
                  "provide import permit copy."),
        ("fentanyl-test-strips", "Fentanyl Test Strips for De-addiction Centre", "Amritsar, Punjab", "5000 Piece",
         "NGO requires fentanyl test strips (urine/drug-checking) for harm-reduction outreach. Please quote with "
         "sensitivity (ng/ml) and expiry."),
        ("boc-piperidone-urgent", "Need 1-Boc-4-Piperidone urgent", "Hyderabad, Telangana", "200 Kg",
         "Purchase requirement for N-Boc-4-piperidone, CAS 79099-07-3, purity 98%+, delivery within 10 days."),
        ("caffeine-anhydrous-1mt", "Caffeine Anhydrous 1 MT", "Surat, Gujarat", "1 Tonne",
         "Looking for caffeine anhydrous (58-08-2) BP grade, monthly requirement."),
        ("fentanyl-citrate-tender", "Fentanyl Citrate Injection 50 mcg/ml - hospital tender", "Lucknow, Uttar Pradesh",
         "2000 Ampoule", "Government medical college invites quotes for fentanyl citrate injection IP, 2 ml ampoule, "
                        "against valid drug licence and NDPS permit."),
    ]
    rows = ""
    for i, (slug, t, loc, q, d) in enumerate(leads):
        lid = safe_id("lead%d" % i, 11)
        url = "/buyleads/%s-%s.html" % (slug, lid)
        rows += ("<div class='bl-row'><a class='bl-ttl' href='%s'>%s</a><p>%s | Quantity: %s | 2 hrs ago</p>"
                 "<a class='bl-cta' href='/buyleads/contact/%s'>Contact Buyer Now</a></div>" % (url, esc(t), esc(loc), q, lid))
        s.add(Page(url, head("%s - Buy Lead from %s" % (t, loc)) +
                   "<nav class='bcmb'><a href='/'>Home</a> &rsaquo; <a href='/buyleads/'>Buy Leads</a></nav>"
                   "<main class='bl-dtl'><h1>%s</h1><table class='bl'><tr><td>Buyer Location</td><td>%s</td></tr>"
                   "<tr><td>Quantity</td><td>%s</td></tr><tr><td>Requirement Type</td><td>Business Use</td></tr>"
                   "<tr><td>Posted</td><td>2 hours ago</td></tr></table><p class='req'>%s</p>"
                   "<p class='hi'>खरीदार की आवश्यकता - विक्रेता कृपया कोटेशन भेजें।</p>"
                   "<a class='bl-cta' href='/buyleads/contact/%s'>Contact Buyer Now</a><p class='note'>Buy Leads are "
                   "purchase requirements posted by buyers. IndiMART does not verify them.</p>%s</main>"
                   % (esc(t), esc(loc), q, esc(d), lid, popular()) + foot()))
    s.add(Page("/buyleads/", head("Latest Buy Leads | Buy Requirements | IndiMART") +
               "<main class='bl-list'><h1>Latest Buy Leads</h1><p>Fresh purchase requirements from verified buyers. "
               "Sellers: subscribe to contact buyers.</p>%s%s</main>" % (rows, explore()) + foot()))

    # ---- blog post (talk) and help pages
    s.add(Page("/blog/ndps-compliance-pharma-intermediates.html",
               head("NDPS compliance for sellers of pharma intermediates | IndiMART Blog") +
               "<main class='blog'><article><h1>Selling pharma intermediates? Know the NDPS and export rules</h1>"
               "<p class='by'>IndiMART Seller Education Team | 12 Sep 2026 | 6 min read</p>"
               "<p>Several piperidine intermediates are controlled precursors. Listings of N-phenethyl-4-piperidone "
               "(NPP, CAS 39742-60-4), 4-ANPP (21409-26-7), 4-anilinopiperidine (23056-29-3), 1-boc-4-AP "
               "(125541-22-2) and 1-boc-4-piperidone (79099-07-3) require NCB registration and export authorisation. "
               "Fentanyl and its analogues are narcotic drugs under the NDPS Act, 1985.</p>"
               "<table class='ctl'><tr><th>Substance</th><th>CAS</th><th>Status</th></tr>"
               "<tr><td>NPP</td><td>39742-60-4</td><td>Controlled precursor</td></tr>"
               "<tr><td>4-ANPP</td><td>21409-26-7</td><td>Controlled precursor</td></tr>"
               "<tr><td>4-Piperidone</td><td>41661-47-6</td><td>Controlled precursor (2024)</td></tr>"
               "<tr><td>Isotonitazene</td><td>14188-81-9</td><td>Narcotic / psychotropic</td></tr></table>"
               "<h2>Red flags from buyers</h2><p>Be careful when a foreign 'buyer' asks you to under-declare goods, to "
               "ship as 'dye intermediate', to route through a transit warehouse, or promises that his agent will "
               "'handle customs'. Genuine buyers never ask you to re-dispatch seized consignments. Such listings are "
               "removed and the seller account is blocked.</p><p>Read also: <a href='/help/buyer-protection.html'>Buyer "
               "Protection</a></p></article>%s</main>" % popular() + foot()))
    s.add(Page("/help/buyer-protection.html", head("Buyer Protection | IndiMART Help") +
               "<main class='help'><h1>Buyer Protection Programme</h1><p>Pay with IndiMART and your payment is held "
               "until you confirm delivery. Disputes are resolved within 7 days.</p><ul><li>Verified suppliers with "
               "TrustSEAL</li><li>Secure payments</li><li>Dedicated dispute resolution</li></ul>"
               "<p>Prohibited items: narcotic drugs and psychotropic substances, controlled precursors without licence, "
               "counterfeit medicines. Report a listing: <a href='/help/'>Help Centre</a>.</p></main>" + foot()))
    s.add(Page("/help/", head("Help Centre | IndiMART") +
               "<main class='help'><h1>Help Centre</h1><ul><li><a href='/help/buyer-protection.html'>Buyer protection</a></li>"
               "<li><a href='/buyleads/'>How Buy Leads work</a></li><li><a href='/blog/ndps-compliance-pharma-intermediates.html'>"
               "Compliance for chemical sellers</a></li></ul></main>" + foot()))
    return s


# ================================================================ SITE 1: 1688-style wholesale (GBK; HK storefront Big5)

def site_1688():
    from urllib.parse import quote
    s = Site("whsl-1688", "wholesale-cn")
    s.robots = ("User-agent: Baiduspider\nDisallow: /member/\n\nUser-agent: *\nDisallow: /s/\nDisallow: /member/\n"
                "Disallow: /order/\nDisallow: /cart/\n")
    s.disallow = ["/s/", "/member/", "/order/", "/cart/"]
    s.rate_limit = 20
    s.junk_params = s.junk_params + ["spm", "tracelog", "clickid"]
    OFF = "https://www.alibaba-group.example"

    shops = {
        "whchenxi": dict(name="武汉晨曦生物科技有限公司", loc="湖北 武汉", years="8", ww="晨曦生物小李", mode="生产加工",
                         intro="公司位于武汉东湖高新区，主营医药中间体、有机化工原料，常年现货，支持小批量采购。"),
        "hbxinkun": dict(name="河北鑫堃化工贸易有限公司", loc="河北 石家庄", years="4", ww="鑫堃化工王经理", mode="经销批发",
                         intro="鑫堃化工专业从事精细化学品、科研试剂贸易，货源稳定，全国发货，可出口。"),
        "shliyan": dict(name="上海励研医药科技有限公司", loc="上海 浦东新区", years="11", ww="励研医药客服", mode="科研试剂",
                        intro="励研医药为高校、科研院所提供标准品、对照品及科研试剂，部分产品需提供单位证明。"),
    }

    def oid(n):
        return str(random.Random("1688-%d" % n).randint(600000000000, 799999999999))

    O = []

    def offer(shop, sub, title, attrs, desc, cas=(), claims=(), ladder=((1, "450.00"),), unit="千克", cat="zjt", sale=True):
        o = Offer(sub, title, cas=cas, claims=claims, sale=sale, shop=shop, attrs=attrs, desc=desc, ladder=ladder,
                  unit=unit, cat=cat)
        o.id = oid(len(O) + 1)
        o.url = "/offer/%s.html" % o.id
        O.append(o)
        return o

    offer("whchenxi", npp, "N-苯乙基-4-哌啶酮 NPP 39742-60-4 现货供应 含量99%",
          [("品牌", "晨曦"), ("货号", "CX-0398"), ("CAS", "39742-60-4"), ("纯度", "99%"), ("外观", "白色至类白色粉末"),
           ("规格", "1kg/袋 25kg/桶"), ("产地", "湖北武汉")],
          "N-苯乙基-4-哌啶酮（NPP）大量现货，质量稳定，欢迎询价。", cas=["39742-60-4"],
          claims=[("reship", "海关扣货免费重发，直到您收到为止，不额外收费。"),
                  ("stealth", "外包装不出现任何化学品字样，防震防潮，隐蔽包装。")],
          ladder=((1, "680.00"), (10, "620.00"), (100, "560.00")))
    offer("whchenxi", bocpip, "N-叔丁氧羰基-4-哌啶酮 1-Boc-4-哌啶酮 厂家直供",
          [("品牌", "晨曦"), ("CAS", "79099-07-3"), ("纯度", "98%"), ("别名", "N-Boc-4-piperidone"),
           ("外观", "白色固体"), ("包装", "25kg/纸板桶")],
          "1-Boc-4-哌啶酮，工厂直销，量大从优。", cas=["79099-07-3"],
          claims=[("customs", "双清包税到门，美国、加拿大、墨西哥专线，税费我们承担。"),
                  ("forwarding", "美国洛杉矶海外仓有现货，由当地仓库派送，三到五天签收。")],
          ladder=((1, "390.00"), (25, "350.00")))
    offer("whchenxi", pip4, "4-哌啶酮盐酸盐一水合物 40064-34-4 高含量",
          [("CAS", "40064-34-4"), ("纯度", "99%"), ("外观", "白色结晶性粉末"), ("用途", "医药中间体")],
          "4-哌啶酮盐酸盐一水合物，稳定供货。", cas=["40064-34-4"],
          claims=[("customs", "包清关，清关不用您操心。"), ("reship", "如清关失败，免费补发一次。")],
          ladder=((1, "260.00"), (50, "230.00")))
    o_caf = offer("whchenxi", caffeine, "无水咖啡因 食品级 医药级 58-08-2",
                  [("CAS", "58-08-2"), ("纯度", "99%"), ("规格", "25kg/箱"), ("等级", "食品级/医药级")],
                  "无水咖啡因，报关资料齐全，可提供COA、MSDS，支持出口。", cas=["58-08-2"], cat="sj",
                  ladder=((1, "95.00"), (100, "82.00")))
    o_bnz = offer("whchenxi", bnzpip, "1-苄基-4-哌啶酮 3612-20-2 医药中间体",
                  [("CAS", "3612-20-2"), ("纯度", "99%"), ("外观", "淡黄色液体")],
                  "N-苄基-4-哌啶酮，长期供应。", cas=["3612-20-2"], ladder=((1, "120.00"), (200, "98.00")))
    offer("hbxinkun", ap4, "4-苯胺基哌啶 含量99% 现货",
          [("CAS", "23056 29 3"), ("纯度", "99%"), ("外观", "类白色粉末"), ("英文名", "4-Anilinopiperidine")],
          "4-苯胺基哌啶现货，支持小量。", cas=["23056 29 3"],
          claims=[("mislabel", "可按客户要求更改申报品名，例如申报为“颜料中间体”。")],
          ladder=((1, "720.00"), (10, "650.00")))
    offer("hbxinkun", boc4ap, "1-B0c-4-AP 高纯 现货 支持寄样",
          [("CAS", "１２５５４１－２２－２"), ("纯度", "99%"), ("中文名", "N-叔丁氧羰基-4-苯胺基哌啶"), ("外观", "白色粉末")],
          "货源充足，欢迎老客户回购。", cas=["１２５５４１－２２－２"],
          claims=[("forwarding", "经墨西哥仓中转，再转当地快递派送，时效稳定。")],
          ladder=((1, "860.00"), (5, "800.00")))
    offer("hbxinkun", butonit, "布托尼秦 Butonitazene 95810-54-1 科研用",
          [("CAS", "95810-54-1"), ("纯度", "98%"), ("外观", "淡黄色粉末")],
          "仅供科研使用。", cas=["95810-54-1"],
          claims=[("stealth", "真空铝箔袋三层密封，外箱不显示品名。")], cat="sj", unit="克",
          ladder=((10, "45.00"), (100, "38.00")))
    offer("hbxinkun", nov_pyrriso, "N-吡咯烷基异托尼秦 新品 科研试剂",
          [("英文名", "N-Pyrrolidino isotonitazene"), ("CAS", "暂无"), ("纯度", "99%")],
          "新品上架，结构与异托尼秦相近，仅供科研。", claims=[("reship", "海关查扣包重发。")], cat="sj", unit="克",
          ladder=((10, "60.00"), (100, "52.00")))
    offer("hbxinkun", bromazolam, "溴唑仑 Bromazolam 71368-80-4",
          [("CAS", "71368-80-4"), ("纯度", "99%"), ("外观", "白色粉末")],
          "溴唑仑科研试剂，小量起订。", cas=["71368-80-4"], cat="sj", unit="克", ladder=((10, "18.00"),))
    offer("shliyan", nov_bmef, "N-苯基-N-[1-(2-苯基丙基)哌啶-4-基]丙酰胺 科研试剂",
          [("英文名称", "N-phenyl-N-[1-(2-phenylpropyl)piperidin-4-yl]propanamide"), ("纯度", "≥98%"),
           ("规格", "1g 5g 10g")],
          "高校课题组常用，提供核磁、质谱图谱。", claims=[("customs", "国际件由我司负责清关，保证安全送达。")],
          unit="克", ladder=((1, "300.00"), (10, "260.00")))
    offer("shliyan", norfent, "去甲芬太尼 标准品 1609-66-1",
          [("CAS", "1609-66-1"), ("纯度", "≥99%（HPLC）"), ("规格", "10mg"), ("用途", "检测对照")],
          "去甲芬太尼标准物质，仅售具备资质的检测机构及科研单位，需提供单位证明。", cas=["1609-66-1"],
          unit="支", ladder=((1, "1800.00"),))
    o_lido = offer("shliyan", lidohcl, "盐酸利多卡因 73-78-9 医药级",
                   [("CAS", "73-78-9"), ("纯度", "99%"), ("标准", "中国药典")],
                   "盐酸利多卡因原料，资质齐全。", cas=["73-78-9"], cat="sj", ladder=((1, "210.00"), (25, "190.00")))
    offer("shliyan", benzocaine, "苯佐卡因 94-09-7 含量99%",
          [("CAS", "94-09-7"), ("纯度", "99%"), ("外观", "白色结晶粉末")],
          "苯佐卡因现货。", cas=["94-09-7"],
          claims=[("stealth", "隐秘发货，包装上不显示任何产品信息。")], cat="sj", ladder=((1, "88.00"), (25, "76.00")))
    offer("shliyan", NOSUB, "芬太尼检测试纸 尿检 毒品快速检测 25条/盒",
          [("灵敏度", "20ng/ml"), ("规格", "25条/盒"), ("有效期", "24个月")],
          "芬太尼快速检测试纸，用于减害机构及检测单位，不含任何受管制物质。", cat="sj", unit="盒",
          ladder=((10, "35.00"), (100, "28.00")))
    for o in O:
        s.redirects["/page/offerdetail/%s" % o.id] = o.url

    hot = ["芬太尼试纸", "无水咖啡因", "N-苯乙基-4-哌啶酮", "盐酸利多卡因", "苯佐卡因", "4-哌啶酮", "异托尼秦", "维生素C"]
    cats = {"zjt": ("/chanpin/yiyao-zhongjianti.html", "医药中间体"), "sj": ("/chanpin/huaxue-shiji.html", "化学试剂")}
    css = css_blob("1688", ["mod-detail", "d-title", "table-sku", "obj-leading", "mod-detail-attributes",
                            "mod-detail-supplier", "mod-recommend", "hot-words", "offer-list-row", "sn-simple"], 120)

    def head(title, charset="gbk", meta_cs=None):
        meta_cs = meta_cs or charset
        hw = " ".join("<a href='/s/offer_search.htm?keywords=%s'>%s</a>" % (quote(h.encode("gbk")), h) for h in hot)
        return ("<!DOCTYPE html><html><head><meta http-equiv='Content-Type' content='text/html; charset=%s'>"
                "<title>%s</title><meta name='keywords' content='%s'><style>%s</style>"
                "<script>var aliConfig=%s;</script></head><body>"
                "<div id='site-nav' class='sn-simple'><a href='/'>阿里巴巴首页</a> | <a href='/member/signin.htm'>请登录</a> "
                "<a href='/member/join.htm'>免费注册</a> | <a href='/order/list.htm'>我的订单</a> | <a href='/cart/'>进货单</a> | "
                "<a href='/caigou/'>采购需求</a> | <a href='/hk/'>香港站</a> | <a href='%s/help/'>客户服务</a></div>"
                "<div id='header' class='header-1688'><a class='logo' href='/'>1688</a>"
                "<form class='search-bar' action='/s/offer_search.htm'><select name='type'><option>货源</option>"
                "<option>工厂</option><option>求购</option></select><input name='keywords' value=''><button>搜索</button></form>"
                "<div class='hot-words'><span>热门搜索：</span>%s</div></div>"
                % (meta_cs, esc(title), esc(title), css, js_noise(title, "ali", 20), OFF, hw))

    def foot():
        links = ["关于阿里巴巴", "阿里巴巴集团", "淘宝网", "天猫", "聚划算", "全球速卖通", "阿里云", "支付宝", "联系我们",
                 "网站地图", "法律声明", "隐私权政策", "知识产权"]
        return ("<div id='footer'><p>%s</p><p>&copy; 2010-2026 1688.com 版权所有 增值电信业务经营许可证：浙B2-2008 "
                "<a href='/news/20260815-feitaini-zhenglei.html'>行业资讯</a></p></div></body></html>"
                % " | ".join("<a href='%s/%d.html'>%s</a>" % (OFF, i, l) for i, l in enumerate(links)))

    def row(o, i=0):
        sh = shops[o.shop]
        return ("<div class='offer-item' data-offerid='%s'><div class='img'><a href='%s?spm=a26352.13672862.offerlist.%d'>"
                "<img src='/img/%s.png'></a></div><div class='title'><a href='%s?spm=a26352.13672862.offerlist.%d'>%s</a></div>"
                "<div class='price'>￥<em>%s</em></div><div class='sale'>成交 %d 笔</div>"
                "<div class='company'><a href='/shop/%s/'>%s</a> <span class='loc'>%s</span></div>"
                "<div class='tags'>诚信通 %s年 | 48小时发货</div></div>"
                % (o.id, o.url, i, o.id, o.url, i, esc(o.title), o.ladder[0][1], 7 + int(o.id[-2:]), o.shop,
                   sh["name"], sh["loc"], sh["years"]))

    # ---- home
    fp = [(o, row(o, i)) for i, o in enumerate([o_caf, o_lido, o_bnz])]
    h, c, k = cards_truth(fp)
    s.add(Page("/", head("阿里巴巴1688.com - 全球领先的采购批发平台") +
               "<div class='home'><div class='cat-nav'><h3>类目导航</h3><ul><li><a href='%s'>医药中间体</a></li>"
               "<li><a href='%s'>化学试剂</a></li><li><a href='%s/c/1.html'>日用百货</a></li><li><a href='%s/c/2.html'>"
               "五金工具</a></li></ul></div><div class='recommend'><h3>为你推荐</h3><div class='offer-list-row'>%s</div></div>"
               "<div class='shops'><h3>实力商家</h3><ul>%s</ul></div><p><a href='/caigou/'>最新采购需求</a> | "
               "<a href='/hk/'>香港站 (繁體)</a> | <a href='/news/20260815-feitaini-zhenglei.html'>行业资讯</a></p></div>"
               % (cats["zjt"][0], cats["sj"][0], OFF, OFF, "".join(x for _, x in fp),
                  "".join("<li><a href='/shop/%s/'>%s</a></li>" % (k_, v["name"]) for k_, v in shops.items())) + foot(),
               charset="gbk", ctype="text/html; charset=GBK", hits=h, cas=c, listing=True))

    # ---- category lists
    for ck, (url, cname) in cats.items():
        items = [o for o in O if o.cat == ck]
        pages = paginate(items, 5)
        for pi, chunk in enumerate(pages, 1):
            path = url if pi == 1 else url + "?beginPage=%d" % pi
            rp = [(o, row(o, i)) for i, o in enumerate(chunk)]
            h, c, k = cards_truth(rp)
            pager = "".join("<a href='%s'>%d</a>" % (url if n == 1 else url + "?beginPage=%d" % n, n) for n in range(1, len(pages) + 1))
            s.add(Page(path, head("%s批发 - %s价格 - 阿里巴巴" % (cname, cname)) +
                       "<div class='crumb'><a href='/'>首页</a> &gt; %s</div><div class='sort-bar'>"
                       "<a href='%s%ssort=va_rmdarkgmv30'>综合</a> <a href='%s%ssort=price'>价格</a></div>"
                       "<div class='offer-list-row'>%s</div><div class='fui-paging'>%s <span>共%d页</span></div>"
                       % (cname, path, "&" if "?" in path else "?", path, "&" if "?" in path else "?",
                          "".join(x for _, x in rp), pager, len(pages)) + foot(),
                       charset="gbk", ctype="text/html; charset=GBK", hits=h, cas=c, listing=True))

    # ---- offer pages
    for n, o in enumerate(O):
        sh = shops[o.shop]
        ladder = "".join("<td class='ladder-1-%d'><span class='value'>￥%s</span></td>" % (i + 1, p) for i, (q, p) in enumerate(o.ladder))
        amount = "".join("<td>&ge;%d%s</td>" % (q, o.unit) for q, p in o.ladder)
        attrs = "".join("<tr><td class='de-feature'>%s</td><td class='de-value'>%s</td></tr>" % (esc(a), esc(b)) for a, b in o.attrs)
        rec = [x for x in O if x is not o][n % 5:n % 5 + 6]
        rail = "".join("<li><a href='/page/offerdetail/%s'><img src='/img/%s.png'><p>%s</p></a></li>"
                       % (x.id, x.id, esc(re.sub(r"\s*\d{2,7}-\d{2}-\d(?!\d)", "", x.title))) for x in rec)
        detail_data = {"offerId": o.id, "unit": o.unit, "beginAmount": o.ladder[0][0],
                       "priceRange": [[q, p] for q, p in o.ladder], "companyName": sh["name"]}
        body = (head("%s - 阿里巴巴" % o.title) +
                "<script>var iDetailData=%s;</script>" % json.dumps(detail_data, ensure_ascii=False) +
                "<div id='content' class='mod-detail'><div class='crumb'><a href='/'>首页</a> &gt; <a href='%s'>%s</a></div>"
                "<div class='mod-detail-hd'><h1 class='d-title'>%s</h1></div>"
                "<div class='mod-detail-price'><table class='table-sku'><tr class='price'><td class='ladder-title'>价格</td>%s</tr>"
                "<tr class='amount'><td class='ladder-title'>起批量</td>%s</tr></table></div>"
                "<div class='obj-leading'><span>物流：</span>%s 至 全国 <span>运费：</span>卖家承担</div>"
                "<div class='obj-order'><a class='do-purchase' href='/order/make.htm?offerId=%s'>立即订购</a> "
                "<a class='do-cart' href='/cart/add.htm?offerId=%s'>加入进货单</a> <a class='ww' href='/member/ww.htm?uid=%s'>旺旺在线</a></div>"
                "<div class='mod-detail-attributes'><div class='obj-title'>详细信息</div><table>%s</table></div>"
                "<div class='mod-detail-description'><div class='desc-lazyload-container'><p>%s</p>%s</div></div>"
                "<div class='mod-detail-supplier'><a class='company-name' href='/shop/%s/'>%s</a><p>诚信通第%s年 · %s · %s</p>"
                "<p>旺旺：%s</p><a href='/shop/%s/creditdetail.htm'>公司档案</a></div>"
                "<div class='mod-recommend'><h3>猜你喜欢</h3><ul>%s</ul></div></div>"
                % (cats[o.cat][0], cats[o.cat][1], esc(o.title), ladder, amount, sh["loc"], o.id, o.id, o.shop, attrs,
                   esc(o.desc), "".join("<p>%s</p>" % esc(t) for _, t in o.claims), o.shop, sh["name"], sh["years"],
                   sh["mode"], sh["loc"], sh["ww"], o.shop, rail) + foot())
        s.add(Page(o.url, body, charset="gbk", ctype="text/html; charset=GBK", hits=o.hits(), cas=shown_cas(o, body),
                   claims=o.claim_kinds(), listing=True))
    add_images(s, [o.id for o in O])
    s.flaky |= {O[4].url, O[11].url}

    # ---- shops: offer list (listing) + credit file (not a listing); charset quirks
    for i, (sk, sh) in enumerate(shops.items()):
        rp = [(o, row(o, j)) for j, o in enumerate(x for x in O if x.shop == sk)]
        h, c, k = cards_truth(rp)
        nav = ("<div class='shop-top'><h2>%s</h2><a href='/shop/%s/'>首页</a> <a href='/shop/%s/creditdetail.htm'>公司档案</a>"
               " <span>诚信通第%s年</span></div>" % (sh["name"], sk, sk, sh["years"]))
        meta = "gb2312" if sk == "hbxinkun" else "gbk"   # says gb2312 but uses the GBK-only character 堃
        ctype = "text/html" if i == 0 else ("text/html; charset=gb2312" if sk == "hbxinkun" else "text/html; charset=GBK")
        s.add(Page("/shop/%s/" % sk, head("%s - 阿里巴巴" % sh["name"], meta_cs=meta) + nav +
                   "<div class='shop-offers'><h3>全部商品</h3><div class='offer-list-row'>%s</div></div>"
                   % "".join(x for _, x in rp) + foot(), charset="gbk", ctype=ctype, hits=h, cas=c, listing=True))
        s.add(Page("/shop/%s/creditdetail.htm" % sk, head("%s - 公司档案" % sh["name"], meta_cs=meta) + nav +
                   "<div class='credit'><table><tr><td>公司名称</td><td>%s</td></tr><tr><td>经营模式</td><td>%s</td></tr>"
                   "<tr><td>所在地区</td><td>%s</td></tr><tr><td>诚信通</td><td>第%s年</td></tr>"
                   "<tr><td>注册资本</td><td>500万人民币</td></tr></table><p>%s</p></div>"
                   % (sh["name"], sh["mode"], sh["loc"], sh["years"], sh["intro"]) + foot(),
                   charset="gbk", ctype=ctype))

    # ---- Hong Kong storefront, traditional Chinese, Big5
    H = []

    def hk(sub, title, attrs, desc, cas=(), claims=(), price="0"):
        o = Offer(sub, title, cas=cas, claims=claims, attrs=attrs, desc=desc, price=price)
        o.id = oid(100 + len(H))
        o.url = "/hk/offer/%s.html" % o.id
        H.append(o)
        return o
    hk(acetylf, "乙醯芬太尼 3258-84-2 高純度 現貨", [("CAS", "3258-84-2"), ("純度", "99%"), ("外觀", "白色粉末")],
       "乙醯芬太尼，香港現貨，量大從優。", cas=["3258-84-2"],
       claims=[("forwarding", "貨物經香港中轉，再發往歐美各國，由當地快遞派送。")], price="HK$ 2,800 / 10g")
    hk(isotonit, "異托尼秦 14188-81-9 研究用", [("CAS", "14188-81-9"), ("純度", "98.5%"), ("英文名", "Isotonitazene")],
       "研究用途，小量起訂。", cas=["14188-81-9"],
       claims=[("mislabel", "可改品名申報為「香精樣品」，報關單不會出現真實品名。")], price="HK$ 1,950 / 5g")
    hk(cyprf, "環丙基芬太尼 現貨", [("CAS", "1169-68-2"), ("純度", "99%"), ("規格", "10g / 50g / 100g")],
       "環丙基芬太尼，品質穩定。", cas=["1169-68-2"],
       claims=[("stealth", "隱蔽包裝，外箱不會顯示任何化學品資料。"), ("reship", "如遇海關扣貨，免費補寄一次。")],
       price="HK$ 3,100 / 10g")
    hk(vitc, "維生素C 抗壞血酸 50-81-7 食品級", [("CAS", "50-81-7"), ("純度", "99%"), ("包裝", "25kg/箱")],
       "食品級維生素C，現貨供應。", cas=["50-81-7"], price="HK$ 45 / kg")
    css_hk = css_blob("hk", ["hk-top", "hk-list", "hk-offer", "hk-attr"], 60)

    def hk_head(title):
        return ("<!DOCTYPE html><html lang='zh-HK'><head><meta http-equiv='Content-Type' content='text/html; charset=big5'>"
                "<title>%s</title><style>%s</style></head><body><div class='hk-top'><a href='/'>1688 首頁</a> | "
                "<a href='/hk/'>恆通化工 香港店</a> | <a href='/hk/about.htm'>公司簡介</a> | <a href='/member/signin.htm'>登入</a></div>"
                "<div class='hot-words'>熱門搜尋：<a href='/s/offer_search.htm?keywords=hk1'>維生素C</a> "
                "<a href='/s/offer_search.htm?keywords=hk2'>芬太尼試紙</a> <a href='/s/offer_search.htm?keywords=hk3'>咖啡因</a></div>"
                % (esc(title), css_hk))
    hk_foot = "<div id='footer'><p>香港恆通化工貿易有限公司 葵涌工業大廈 電話 852-2790-6613</p></div></body></html>"
    rows = [(o, "<li class='hk-offer'><a href='%s'>%s</a> <span>%s</span></li>" % (o.url, esc(o.title), esc(o.price))) for o in H]
    h, c, k = cards_truth(rows)
    s.add(Page("/hk/", hk_head("香港恆通化工貿易有限公司 - 全部產品") +
               "<div class='hk-list'><h1>全部產品</h1><ul>%s</ul></div>" % "".join(x for _, x in rows) + hk_foot,
               charset="big5", ctype="text/html; charset=big5", hits=h, cas=c, listing=True))
    s.redirects["/hk/index.htm"] = "/hk/"
    for o in H:
        attrs = "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in o.attrs)
        body = (hk_head("%s - 恆通化工" % o.title) +
                "<div class='hk-offer'><h1 class='d-title'>%s</h1><p class='price'>價格：%s</p>"
                "<table class='hk-attr'>%s</table><div class='desc'><p>%s</p>%s</div>"
                "<p><a href='/hk/'>返回全部產品</a> | <a href='/hk/index.htm'>店鋪首頁</a></p></div>"
                % (esc(o.title), esc(o.price), attrs, esc(o.desc), "".join("<p>%s</p>" % esc(t) for _, t in o.claims)) + hk_foot)
        s.add(Page(o.url, body, charset="big5", ctype="text/html; charset=big5", hits=o.hits(), cas=shown_cas(o, body),
                   claims=o.claim_kinds(), listing=True))
    s.add(Page("/hk/about.htm", hk_head("公司簡介 - 香港恆通化工貿易有限公司") +
               "<div class='about'><h1>公司簡介</h1><p>本公司成立於二零一二年，位於香港葵涌，主營精細化工及實驗室試劑貿易，"
               "客戶遍佈東南亞、歐洲及北美。</p><p>營業時間：星期一至五 上午九時至下午六時</p></div>" + hk_foot,
               charset="big5", ctype="text/html; charset=big5"))

    # ---- buying requests (采购需求): talk
    reqs = [("求购 N-苯乙基-4-哌啶酮（CAS 39742-60-4）50公斤", "需要含量99%以上，提供COA，请有货的厂家报价。", "浙江 台州"),
            ("求购 芬太尼检测试纸 1万条", "减害公益项目采购芬太尼检测试纸，需正规厂家，开票。", "云南 昆明"),
            ("求购 无水咖啡因 2吨", "食品级无水咖啡因 58-08-2，月需求2吨，长期合作。", "广东 东莞")]
    lis = ""
    for i, (t, d, loc) in enumerate(reqs):
        rid = safe_id("cg%d" % i, 11)
        url = "/caigou/buyoffer/%s.html" % rid
        lis += "<li><a href='%s'>%s</a> <span>%s</span> <span>今天</span></li>" % (url, esc(t), loc)
        s.add(Page(url, head("%s - 采购需求 - 阿里巴巴" % t) +
                   "<div class='caigou-detail'><h1>%s</h1><table><tr><td>采购地区</td><td>%s</td></tr>"
                   "<tr><td>截止日期</td><td>2026-12-31</td></tr><tr><td>报价要求</td><td>含税含运费</td></tr></table>"
                   "<p class='desc'>%s</p><a class='quote' href='/member/quote.htm?id=%s'>立即报价</a>"
                   "<p class='note'>以上为买家发布的采购需求，供应商报价前请核实。</p></div>" % (esc(t), loc, esc(d), rid) + foot(),
                   charset="gbk", ctype="text/html; charset=GBK"))
    s.add(Page("/caigou/", head("采购需求大厅 - 阿里巴巴") +
               "<div class='caigou'><h1>采购需求大厅</h1><ul>%s</ul></div>" % lis + foot(),
               charset="gbk", ctype="text/html; charset=GBK"))

    # ---- industry news (talk)
    s.add(Page("/news/20260815-feitaini-zhenglei.html", head("行业资讯：芬太尼类物质与尼秦类物质整类列管政策解读") +
               "<div class='news'><h1>芬太尼类物质与尼秦类物质整类列管政策解读</h1><p class='meta'>来源：行业资讯 2026-08-15</p>"
               "<p>自2019年5月1日起，我国对芬太尼类物质实行整类列管；自2025年7月1日起，尼秦类物质整类列入管制。"
               "N-苯乙基-4-哌啶酮（CAS 39742-60-4）、4-苯胺基-N-苯乙基哌啶（CAS 21409-26-7）、4-苯胺基哌啶、"
               "1-叔丁氧羰基-4-哌啶酮（CAS 79099-07-3）等已列入易制毒化学品管理。</p>"
               "<p>平台提醒：凡宣称“包清关”“海关扣货免费重发”“可改品名申报”的商品信息，均涉嫌违规，平台将依法下架并上报。"
               "异托尼秦、美托尼秦、芬太尼等物质严禁在平台发布。</p><p><a href='/caigou/'>返回采购需求</a></p></div>" + foot(),
               charset="gbk", ctype="text/html; charset=GBK"))
    return s


# ================================================================ SITE 2: Mastodon-style instance + Nitter-style mirror

class Post:
    """One toot / tweet. subs: substances its author offers for sale in it; cas: display strings
    of CAS numbers shown with that offer; claims: (kind, text) made by the seller in it."""
    def __init__(self, pid, acct, html_text, subs=(), cas=(), claims=(), cw=None, lang="en", reply_to=None,
                 when="", tags=()):
        self.id, self.acct, self.html, self.cw, self.lang = pid, acct, html_text, cw, lang
        self.subs, self.cas, self.claims = list(subs), list(cas), list(claims)
        self.reply_to, self.when, self.tags = reply_to, when, list(tags)

    def truth(self):
        return ({x.key for x in self.subs} - {""}, {c for c in (cas_norm(x) for x in self.cas) if c},
                {k for k, _ in self.claims})


def posts_truth(posts):
    h, c, k = set(), set(), set()
    for p in posts:
        a, b, d = p.truth()
        h |= a
        c |= b
        k |= d
    return h, c, k


def site_fedi():
    s = Site("fedi-social", "social-microblog")
    s.robots = ("User-agent: *\nDisallow: /media_proxy/\nDisallow: /interact/\nDisallow: /nitter/pic/\n"
                "Disallow: /nitter/search\n")
    s.disallow = ["/media_proxy/", "/interact/", "/nitter/pic/", "/nitter/search"]
    s.rate_limit = 20
    s.junk_params = s.junk_params + ["ref"]
    OFF = "https://joinmastodon.example"

    accts = {
        "chemlabdirect": ("ChemLab Direct \U0001F9EA", "Quality research chemicals since 2021. XMR / USDT only. Menu via Session. "
                          "No minors, no cops, no time-wasters."),
        "isoquimica": ("IsoQuímica MX", "Químicos de investigación. Pagos en USDT y XMR. Contacto solo por Threema."),
        "rc_supply_eu": ("RC Supply EU", "New research compounds first. Wickr: rcsupplyeu. EU + worldwide."),
        "nitzfree_pdx": ("PDX Drug Checking \U0001F49C", "Free, anonymous drug checking in Portland. FTIR + test strips. "
                         "Naloxone on site. We do not sell anything."),
        "reduccion_mx": ("Reducción de Daños MX", "Colectivo de reducción de daños. Análisis de sustancias, naloxona, "
                         "información sin juicios."),
        "toxnews": ("Tox News (bot)", "Automated headlines on toxicology, drug policy and scheduling actions."),
        "anon_buyer42": ("anon", "just here to lurk"),
        "admin": ("fedi.chem admin", "Server admin. Rules: /about. Reports are read daily."),
    }
    SID = "05" + "c3f1a9e4b7d2" * 5 + "ab9e"

    def tid(n):
        return str(113500000000000000 + n * 7919 * 1000003)

    P = {}

    def post(n, acct, htm, **kw):
        P[n] = Post(tid(n), acct, htm, **kw)

    c1 = "If customs eats it, the second pack ships free - no arguing, no screenshots needed."
    post(1, "chemlabdirect", "<p>\U0001F48A Restock: fentanyl HCl 98%% (GC/MS report on request). 1 g = 0.9 XMR, 10 g = 7.5 XMR "
         "or USDT (TRC-20). Session: %s</p><p>%s</p><p><a href='/tags/fentanyl' class='mention hashtag'>#fentanyl</a> "
         "<a href='/tags/rc' class='mention hashtag'>#rc</a></p>" % (SID, c1),
         subs=[fentanyl], claims=[("reship", c1)], cw="drugs, sales", when="2026-11-02T18:04", tags=["fentanyl"])
    post(2, "anon_buyer42", "<p><a href='/users/chemlabdirect' class='u-url mention'>@chemlabdirect</a> got mine last week. "
         "stealth was perfect, could not smell a thing, 10/10 would order again</p>", reply_to=1, when="2026-11-03T09:12")
    post(3, "chemlabdirect", "<p><a href='/users/anon_buyer42' class='u-url mention'>@anon_buyer42</a> thanks fam \U0001F64F "
         "10s are back Friday</p>", reply_to=2, when="2026-11-03T10:40")
    c4 = "Packed in mylar, vacuum sealed, and the outer box looks like any phone-case order."
    post(4, "chemlabdirect", "<p>C@rfent 100 mg testers are back. CAS 59708-52-0 for the nerds. 0.6 XMR each.</p><p>%s</p>" % c4,
         subs=[carfent], cas=["59708-52-0"], claims=[("stealth", c4)], cw="sales", when="2026-11-04T21:30")
    c5a = "Empaque discreto: sellado al vacío, doble bolsa y sin ninguna etiqueta por fuera."
    c5b = "Tenemos existencias en bodega de Texas: a EE. UU. llega como envío nacional, sin pasar por aduana."
    post(5, "isoquimica", "<p>Vendo isotonitazeno 99%% y metonitazeno. 5 g = 180 USDT, 25 g a consultar.</p><p>%s</p>"
         "<p>%s Threema: 7XK4M2PA</p><p><a href='/tags/nitazenos' class='mention hashtag'>#nitazenos</a></p>" % (c5a, c5b),
         subs=[isotonit, metonit], claims=[("stealth", c5a), ("forwarding", c5b)],
         cw="venta", lang="es", when="2026-11-05T15:00", tags=["nitazenos"])
    post(6, "anon_buyer42", "<p><a href='/users/isoquimica' class='u-url mention'>@isoquimica</a> do you ship to Spain? "
         "what happens if it gets lost</p>", reply_to=5, when="2026-11-05T16:20")
    c7 = "Si la aduana lo retiene, te lo volvemos a mandar sin costo."
    post(7, "isoquimica", "<p><a href='/users/anon_buyer42' class='u-url mention'>@anon_buyer42</a> Sí, a España también. %s</p>" % c7,
         claims=[("reship", c7)], reply_to=6, lang="es", when="2026-11-05T16:41")
    c8 = "We do the customs paperwork ourselves: DDP, duties paid, every parcel clears."
    post(8, "rc_supply_eu", "<p>NEW \U0001F6A8 N-desethyl protonitazene - not on any list (yet). 1 g = 0.8 XMR / 120 USDT.</p>"
         "<p>%s Wickr: rcsupplyeu</p>" % c8, subs=[nov_desprot], claims=[("customs", c8)],
         when="2026-11-06T11:02", tags=["nitazenes"])
    c9 = "On the CN23 it goes out as 'veterinary feed supplement'."
    post(9, "rc_supply_eu", "<p>Xylazine HCl, 50 g bulk bags, CAS 23076-35-9. 95 USDT.</p><p>%s</p>" % esc(c9),
         subs=[xylazine], cas=["23076-35-9"], claims=[("mislabel", c9)], when="2026-11-07T08:15")
    post(10, "nitzfree_pdx", "<p>\u26A0\uFE0F Drug checking alert (Portland): pressed 'M30' blues tested positive for fentanyl "
         "AND a nitazene (likely protonitazene). Fentanyl test strips do NOT detect nitazenes. Don't use alone, carry "
         "naloxone - you may need more than one dose.</p><p>Free test strips + naloxone at our Tuesday table.</p>"
         "<p><a href='/tags/harmreduction' class='mention hashtag'>#harmreduction</a> "
         "<a href='/tags/fentanyl' class='mention hashtag'>#fentanyl</a> <a href='/tags/nitazenes' class='mention hashtag'>#nitazenes</a></p>",
         cw="overdose, drug mention", when="2026-11-07T19:30", tags=["fentanyl", "nitazenes", "harmreduction"])
    post(11, "nitzfree_pdx", "<p>PSA: accounts on here advertise 'reship guaranteed', 'stealth shipping' and 'customs "
         "cleared' for fent and nitazenes. Those promises are a scam tactic - and the product is often not what they say. "
         "Report, don't reply.</p>", when="2026-11-08T12:00")
    post(12, "reduccion_mx", "<p>Alerta: se detectó fentanilo en pastillas vendidas como oxicodona (M30) en Culiacán. "
         "Si consumes, no lo hagas a solas y ten naloxona a la mano. Tiras reactivas gratis en nuestro punto de Av. Obregón.</p>"
         "<p><a href='/tags/reducciondedanos' class='mention hashtag'>#reducciondedanos</a></p>", lang="es",
         when="2026-11-08T17:45", tags=["reducciondedanos"])
    post(13, "reduccion_mx", "<p>Algunos vendedores en redes prometen 'reenvío gratis', 'envío discreto' y 'sin aduana'. "
         "No caigas: no hay garantía de lo que contiene el paquete.</p>"
         "<p><a href='/tags/reducciondedanos' class='mention hashtag'>#reducciondedanos</a></p>", lang="es",
         when="2026-11-09T10:05", tags=["reducciondedanos"])
    post(14, "toxnews", "<p>DEA permanently places seven fentanyl-related substances in Schedule I (FR 2025-18103). "
         "<a href='https://www.federalregister.example/d/2025-18103'>federalregister.example/d/2025-18103</a></p>",
         when="2026-11-09T14:00", tags=["fentanyl"])
    post(15, "toxnews", "<p>Seizure: 40 kg of 1-boc-4-piperidone (CAS 79099-07-3) and 4-AP found in a container at "
         "Manzanillo. Via <a href='/nitter/dea_watcher'>@dea_watcher</a></p>", when="2026-11-10T07:30")
    post(16, "anon_buyer42", "<p>WTB iso or meto in the EU. who is legit these days? DMs open</p>", when="2026-11-10T22:10")
    post(17, "admin", "<p>Rule reminder: no selling of drugs on this server. Accounts advertising fentanyl, nitazenes or "
         "precursors get suspended. Use the report button.</p>", when="2026-11-11T09:00")
    post(18, "chemlabdirect", "<p>ch1na wh1te / f e n t - 5 g deal = 4 XMR, same quality as always. Threema in bio \U0001F440</p>",
         subs=[fentanyl], cw="sales", when="2026-11-12T20:20", tags=["fentanyl"])
    post(19, "chemlabdirect", "<p>Shop closed 24-26 Dec. Happy holidays \u2744\uFE0F</p>", when="2026-11-13T10:00")

    children = {}
    for n, p in P.items():
        if p.reply_to:
            children.setdefault(p.reply_to, []).append(n)

    def thread(n):
        anc, x = [], P[n].reply_to
        while x:
            anc.insert(0, x)
            x = P[x].reply_to
        desc, stack = [], list(children.get(n, []))
        while stack:
            c = stack.pop(0)
            desc.append(c)
            stack[0:0] = children.get(c, [])
        return anc, desc

    css = css_blob("masto", ["public-layout", "status", "status__content", "p-summary", "e-content", "display-name",
                             "activity-stream", "load-more", "account__header", "trends"], 120)

    def shell(title, main):
        trends = "".join("<li><a href='/tags/%s'>#%s</a> <span>%d people talking</span></li>" % (t, t, c)
                         for t, c in [("fentanyl", 41), ("nitazenes", 17), ("harmreduction", 63), ("reducciondedanos", 12)])
        return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>%s - fedi.chem</title>"
                "<meta content='width=device-width, initial-scale=1' name='viewport'><style>%s</style>"
                "<script id='initial-state' type='application/json'>%s</script></head><body class='theme-default'>"
                "<div class='public-layout'><div class='container'><nav class='header'><div class='nav-left'>"
                "<a class='brand' href='/'>fedi.chem</a><a class='nav-link' href='/public/local'>Local timeline</a>"
                "<a class='nav-link' href='/explore'>Explore</a><a class='nav-link' href='/about'>About</a>"
                "<a class='nav-link' href='/nitter/'>Nitter mirror</a></div><div class='nav-right'>"
                "<a class='nav-button' href='/auth/sign_in'>Log in</a> <a class='nav-button' href='/auth/sign_up'>Create account</a>"
                "</div></nav><div class='grid'><div class='column-0'>%s</div><div class='column-1'><div class='trends'>"
                "<h4>Trending hashtags</h4><ul>%s</ul></div><div class='hero-widget'><p>fedi.chem is a small instance for "
                "people who like chemistry, lab work and science news.</p></div></div></div>"
                "<div class='footer'><p><strong>fedi.chem</strong>: <a href='/about'>About</a> · <a href='%s/status'>Status</a> · "
                "<a href='/directory'>Profiles directory</a> · <a href='/privacy-policy'>Privacy policy</a></p><p><strong>Mastodon</strong>: "
                "<a href='%s/'>About</a> · <a href='%s/apps'>Get the app</a> · <a href='%s/source'>View source code</a> · v4.3.2</p></div>"
                "</div></div></body></html>"
                % (esc(title), css, js_noise(title, "ms", 15), main, trends, OFF, OFF, OFF, OFF))

    def render(p, focal=False):
        name = accts[p.acct][0]
        if p.cw:
            content = ("<p><span class='p-summary'>%s </span><button class='status__content__spoiler-link'>Show more</button></p>"
                       "<div class='e-content' lang='%s' style='display: none'>%s</div>" % (esc(p.cw), p.lang, p.html))
        else:
            content = "<div class='e-content' lang='%s'>%s</div>" % (p.lang, p.html)
        return ("<div class='entry h-entry%s'><div class='status' data-id='%s'><div class='status__info'>"
                "<a class='status__relative-time u-url u-uid' href='/@%s/%s'><time class='time-ago dt-published' datetime='%s:00Z'>%s</time></a>"
                "<a class='status__display-name p-author h-card' href='/@%s'><span class='display-name'><bdi><strong class='display-name__html p-name emojify'>%s</strong></bdi> "
                "<span class='display-name__account'>@%s@fedi.chem</span></span></a></div>"
                "<div class='status__content emojify'>%s</div><div class='status__action-bar'>"
                "<a class='status__action-bar-button' href='/interact/%s?type=reply'>Reply</a> "
                "<a class='status__action-bar-button' href='/interact/%s?type=reblog'>Boost</a> "
                "<a class='status__action-bar-button' href='/interact/%s?type=favourite'>Favourite</a></div></div></div>"
                % (" entry-center" if focal else "", p.id, p.acct, p.id, p.when, p.when[:10], p.acct, esc(name), p.acct,
                   content, p.id, p.id, p.id))

    top = [n for n in sorted(P) if not P[n].reply_to]
    newest = list(reversed(top))
    pages = [newest[:9], newest[9:]]
    # ---- local timeline, paginated with max_id
    for i, chunk in enumerate(pages):
        path = "/public/local" if i == 0 else "/public/local?max_id=%s" % P[pages[i - 1][-1]].id
        more = ("<a class='load-more load-gap' href='/public/local?max_id=%s'>Load more</a>" % P[chunk[-1]].id) if i == 0 else ""
        posts = [P[n] for n in chunk]
        h, c, k = posts_truth(posts)
        s.add(Page(path, shell("Local timeline", "<div class='activity-stream activity-stream--headless'>%s</div>%s"
                               % ("".join(render(p) for p in posts), more)),
                   hits=h, cas=c, claims=k, listing=bool(h)))
    # ---- statuses, each with its thread context (ancestors + descendants, as Mastodon shows them)
    for n, p in P.items():
        anc, desc = thread(n)
        shown = [P[a] for a in anc] + [p] + [P[d] for d in desc]
        h, c, k = posts_truth(shown)
        main = ("<div class='activity-stream'>%s%s%s</div>"
                % ("".join(render(P[a]) for a in anc), render(p, focal=True), "".join(render(P[d]) for d in desc)))
        s.add(Page("/@%s/%s" % (p.acct, p.id), shell("%s: \"%s\"" % (accts[p.acct][0], re.sub("<[^>]+>", "", p.html)[:60]), main),
                   hits=h, cas=c, claims=k, listing=bool(h)))
    for n in (1, 5, 10):
        s.redirects["/web/statuses/%s" % P[n].id] = "/@%s/%s" % (P[n].acct, P[n].id)
    # ---- profiles
    for a, (name, bio) in accts.items():
        own = [P[n] for n in reversed(sorted(P)) if P[n].acct == a and not P[n].reply_to]
        h, c, k = posts_truth(own)
        main = ("<div class='account__header'><h1><span class='p-name'>%s</span> <small>@%s@fedi.chem</small></h1>"
                "<div class='account__header__content p-note emojify'><p>%s</p></div><div class='account__header__fields'>"
                "<dl><dt>Joined</dt><dd>Mar 2025</dd></dl></div><div class='counters'><span>%d Posts</span> <span>%d Following</span> "
                "<span>%d Followers</span></div></div><div class='activity-stream'>%s</div>"
                % (esc(name), a, esc(bio), len(own), 12 + len(a), 40 + 3 * len(a), "".join(render(p) for p in own)))
        s.add(Page("/@%s" % a, shell("%s (@%s@fedi.chem)" % (name, a), main), hits=h, cas=c, claims=k, listing=bool(h)))
        s.redirects["/users/%s" % a] = "/@%s" % a
    # ---- hashtags
    tags = {}
    for n in sorted(P):
        for t in P[n].tags:
            tags.setdefault(t, []).append(P[n])
    for t, ps in tags.items():
        ps = list(reversed(ps))
        h, c, k = posts_truth(ps)
        s.add(Page("/tags/%s" % t, shell("#%s" % t, "<div class='page-header'><h1>#%s</h1><p>%d posts</p></div>"
                                         "<div class='activity-stream'>%s</div>" % (t, len(ps), "".join(render(p) for p in ps))),
                   hits=h, cas=c, claims=k, listing=bool(h)))
    # ---- explore / about / landing
    s.add(Page("/explore", shell("Explore", "<h2>Trending posts</h2><div class='activity-stream'>%s</div>"
                                 % "".join(render(p) for p in (P[10], P[14], P[12])))))
    s.add(Page("/about", shell("About", "<div class='about'><h1>About fedi.chem</h1><p>Administered by "
                                 "<a href='/@admin'>@admin</a>.</p><h2>Server rules</h2><ol><li>No selling or soliciting drugs, "
                                 "precursors or weapons.</li><li>Content warnings for drug use and overdose topics.</li>"
                                 "<li>No harassment.</li></ol><p>Harm-reduction accounts are welcome: <a href='/@nitzfree_pdx'>"
                                 "@nitzfree_pdx</a>, <a href='/@reduccion_mx'>@reduccion_mx</a>.</p>"
                                 "<p>Profiles directory: %s</p></div>"
                                 % " ".join("<a href='/users/%s'>@%s</a>" % (a, a) for a in accts))))
    s.add(Page("/", shell("fedi.chem", "<div class='landing'><h1>fedi.chem</h1><p>A Mastodon server for chemistry "
                                         "people. 1.2K active users.</p><p><a href='/public/local'>See what is happening on "
                                         "this server</a> · <a href='/explore'>Explore</a> · <a href='/about'>Server rules</a> · "
                                         "<a href='/web/statuses/%s'>Pinned alert</a></p>"
                                         "<p>Also: <a href='/nitter/'>our Nitter mirror of X</a> for science accounts.</p></div>"
                                         % P[10].id)))

    # ---- Nitter mirror
    NOFF = "https://github.example/zedeus/nitter"
    css_n = css_blob("nitter", ["timeline-item", "tweet-body", "tweet-header", "tweet-content", "show-more", "profile-card"], 70)
    users = {
        "pharmabulk_cn": ("PharmaBulk Trading", "Bulk pharma intermediates & research chems. WhatsApp in DM. Worldwide."),
        "dea_watcher": ("Border Drug Watch", "Reporter. Fentanyl supply chains, precursors, the border. Views mine."),
    }
    T = {}

    def tw(n, user, htm, subs=(), cas=(), claims=(), when=""):
        T[n] = Post(str(1850000000000000000 + n * 104729), user, htm, subs=subs, cas=cas, claims=claims, when=when)
    t1 = "The invoice will say 'cosmetic raw material' so nothing gets flagged."
    tw(1, "pharmabulk_cn", "\U0001F525NPP 39742-60-4 &amp; 4-ANPP 21409-26-7 in stock, MOQ 1 kg, USDT/XMR accepted. "
       "%s DM for WhatsApp." % esc(t1), subs=[npp, anpp], cas=["39742-60-4", "21409-26-7"], claims=[("mislabel", t1)],
       when="Nov 14, 2026")
    t2 = "Customs clearance is on us - DDP to MX &amp; US, we carry the risk."
    tw(2, "pharmabulk_cn", "New batch 1-boc-4-AP (CAS125541-22-2) 99%%. %s" % t2, subs=[boc4ap], cas=["125541-22-2"],
       claims=[("customs", t2)], when="Nov 12, 2026")
    tw(3, "pharmabulk_cn", "Happy Mid-Autumn Festival to all our customers \U0001F96E", when="Oct 6, 2026")
    t4 = "Goes out from our transit warehouse in Hong Kong, then local courier in your country."
    tw(4, "pharmabulk_cn", "Isotonitazene / protonitazene wholesale, CAS 14188-81-9 / 95958-84-2. %s" % t4,
       subs=[isotonit, protonit], cas=["14188-81-9", "95958-84-2"], claims=[("forwarding", t4)], when="Sep 30, 2026")
    tw(5, "dea_watcher", "Thread: how sellers on this site advertise precursors. Same script every time: 'reship "
       "guaranteed', 'stealth packing', invoices that say 'cosmetic raw material', 'DDP, customs on us'. 1/6", when="Nov 15, 2026")
    tw(6, "dea_watcher", "CBP: fentanyl seizures at the SW border down again in October; nitazene detections up. "
       "Precursor cases (NPP, 4-AP, 1-boc-4-piperidone) now most of the docket.", when="Nov 10, 2026")

    def nrender(t):
        name = users[t.acct][0]
        return ("<div class='timeline-item' data-username='%s'><a class='tweet-link' href='/nitter/%s/status/%s#m'></a>"
                "<div class='tweet-body'><div class='tweet-header'><a class='fullname' href='/nitter/%s'>%s</a> "
                "<a class='username' href='/nitter/%s'>@%s</a> <span class='tweet-date'><a href='/nitter/%s/status/%s#m' "
                "title='%s'>%s</a></span></div><div class='tweet-content media-body' dir='auto'>%s</div>"
                "<div class='tweet-stats'><span class='tweet-stat'>%d</span> <span class='tweet-stat'>%d</span></div></div></div>"
                % (t.acct, t.acct, t.id, t.acct, esc(name), t.acct, t.acct, t.acct, t.id, t.when, t.when, t.html,
                   int(t.id[-3:]) % 40, int(t.id[-2:]) % 90))

    def nshell(title, main):
        return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>%s | nitter</title><style>%s</style></head>"
                "<body><nav><div class='inner-nav'><div class='nav-item'><a class='site-name' href='/nitter/'>nitter</a></div>"
                "<a href='/'>back to fedi.chem</a><form action='/nitter/search' class='search-field'><input name='q' "
                "placeholder='Search...'></form><a href='/nitter/about'>About</a></div></nav><div class='container'>%s</div>"
                "<footer><a href='%s'>source</a> · running on a fedi.chem box</footer></body></html>" % (esc(title), css_n, main, NOFF))
    cursor = "DAABCgABGJq3xL0AJxEKAAIYmrUg9pYAAAAA"
    for u, (name, bio) in users.items():
        mine = [T[n] for n in sorted(T) if T[n].acct == u]
        first, rest = (mine[:2], mine[2:]) if u == "pharmabulk_cn" else (mine, [])
        card_ = ("<div class='profile-card'><a class='profile-card-fullname' href='/nitter/%s'>%s</a> "
                 "<a class='profile-card-username' href='/nitter/%s'>@%s</a><div class='profile-bio'><p>%s</p></div></div>"
                 % (u, esc(name), u, u, esc(bio)))
        h, c, k = posts_truth(first)
        more = ("<div class='show-more'><a href='/nitter/%s?cursor=%s'>Load more</a></div>" % (u, cursor)) if rest else ""
        s.add(Page("/nitter/%s" % u, nshell("%s (@%s)" % (name, u), card_ + "<div class='timeline'>%s%s</div>"
                                             % ("".join(nrender(t) for t in first), more)),
                   hits=h, cas=c, claims=k, listing=bool(h)))
        if rest:
            h, c, k = posts_truth(rest)
            s.add(Page("/nitter/%s?cursor=%s" % (u, cursor), nshell("%s (@%s)" % (name, u), card_ +
                       "<div class='timeline'><div class='timeline-item show-more'><a href='/nitter/%s'>Load newest</a></div>%s</div>"
                       % (u, "".join(nrender(t) for t in rest))), hits=h, cas=c, claims=k, listing=bool(h)))
    for n, t in T.items():
        if n in (3, 6):
            continue
        h, c, k = posts_truth([t])
        s.add(Page("/nitter/%s/status/%s" % (t.acct, t.id), nshell("%s: %s" % (users[t.acct][0], re.sub("<[^>]+>", "", t.html)[:50]),
                   "<div class='main-thread'>%s</div><div class='replies'><p>No replies yet</p></div>" % nrender(t)),
                   hits=h, cas=c, claims=k, listing=bool(h)))
    s.add(Page("/nitter/", nshell("nitter", "<div class='search-panel'><form action='/nitter/search'><input name='q'>"
                                  "<button>Search</button></form><h3>Accounts followed from fedi.chem</h3><ul>"
                                  "<li><a href='/nitter/dea_watcher'>@dea_watcher</a></li><li><a href='/nitter/pharmabulk_cn'>"
                                  "@pharmabulk_cn</a> (reported)</li></ul></div>")))
    s.add(Page("/nitter/about", nshell("about", "<div class='about'><h2>About</h2><p>Nitter is a free and open source "
                                       "alternative front-end for X, focused on privacy.</p></div>")))
    return s


# ================================================================ SITE 3: Avito-style classifieds (UTF-8; Novosibirsk in KOI8-R)

def koi(text):
    """Make text KOI8-R safe the way old regional pages do (no ruble sign, guillemets, em dash)."""
    for a, b in (("\u20bd", "руб."), ("«", '"'), ("»", '"'), ("\u2014", "-"), ("\u2013", "-"), ("№", "N"),
                 ("·", "|"), ("\u00a0", " "), ("&nbsp;", " "), ("…", "...")):
        text = text.replace(a, b)
    return text


def site_avito():
    s = Site("doska-avito", "classifieds-ru")
    s.robots = ("User-agent: *\nDisallow: /profile/\nDisallow: /items/add\nDisallow: /search\nDisallow: /favorites\n"
                "Disallow: /web/\n\nUser-agent: Yandex\nDisallow: /profile/\n")
    s.disallow = ["/profile/", "/items/add", "/search", "/favorites", "/web/"]
    s.rate_limit = 25
    s.junk_params = s.junk_params + ["s", "context", "localPriority"]
    OFF = "https://support.doska.example"

    sellers = {
        "u1": dict(hash="a81f2c4e9b0d", name="ХимРеактив-Опт", kind="Компания", since="2019", rating="4,7", rev="58",
                   city="Москва"),
        "u2": dict(hash="c03e77d1a5f2", name="Ветаптека «Зоодоктор»", kind="Компания", since="2016", rating="4,9", rev="211",
                   city="Москва"),
        "u3": dict(hash="f4b9e0a2c718", name="Алексей", kind="Частное лицо", since="2023", rating="нет отзывов", rev="0",
                   city="Москва"),
        "u4": dict(hash="9d2a6c3f1e8b", name="Лаборатория Экспресс-Тест", kind="Компания", since="2021", rating="4,8",
                   rev="34", city="Москва"),
        "u5": dict(hash="0be4d9a7f3c2", name="Сергей", kind="Частное лицо", since="2024", rating="нет отзывов", rev="0",
                   city="Москва"),
        "u6": dict(hash="7c1f0e5b2a94", name="Химтрейд НСК", kind="Компания", since="2020", rating="4,5", rev="17",
                   city="Новосибирск"),
    }
    I = []

    def item(city, catp, seller, sub, slug, title, price, desc, params=(), cas=(), claims=(), sale=True, snippet=None):
        o = Offer(sub, title, cas=cas, claims=claims, sale=sale, city=city, catp=catp, seller=seller, price=price,
                  desc=desc, params=list(params), snippet=snippet)
        o.id = safe_id("avito-%d" % len(I), 10)
        o.url = "/%s/%s/%s_%s" % (city, catp, slug, o.id)
        o.short = "/i/%s" % o.id
        o.koi = city == "novosibirsk"
        I.append(o)
        return o

    MSK, VET, NSK = "dlya_biznesa/syre_i_materialy", "zhivotnye/tovary_dlya_zhivotnyh", "dlya_biznesa/syre_i_materialy"
    c_a1 = ("reship", "Если посылку изымут на таможне или она потеряется - повторная отправка за наш счёт.")
    item("moskva", MSK, "u1", npp, "reaktiv_npp_n-fenetil-4-piperidon", "Реактив NPP (N-фенэтил-4-пиперидон) 99%",
         "45&nbsp;000 ₽", "N-фенэтил-4-пиперидон, чистота 99%, фасовка от 100 г до 5 кг. CAS 39742-60-4. "
         "Паспорт качества прилагаем.", params=[("Состояние", "Новое"), ("Вид товара", "Химическое сырьё")],
         cas=["39742-60-4"], claims=[c_a1, ("stealth", "Упаковка скрытая: вакуум, фольга, без маркировки и названий.")],
         snippet=c_a1[1])
    item("moskva", MSK, "u1", bocpip, "1-boc-4-piperidon_98", "1-Boc-4-пиперидон 98%, от 100 г", "18&nbsp;500 ₽",
         "трет-Бутил-4-оксопиперидин-1-карбоксилат (N-Boc-4-пиперидон), CAS 79099-07-3. Есть объём.",
         params=[("Состояние", "Новое")], cas=["79099-07-3"],
         claims=[("customs", "Растаможка под ключ: груз из Китая проходит таможню с гарантией, все вопросы решаем сами.")])
    a3 = item("moskva", MSK, "u1", caffeine, "kofein_bezvodnyy_farmakopeynyy_1_kg", "Кофеин безводный (фармакопейный), 1 кг",
              "3&nbsp;200 ₽", "Кофеин безводный, CAS 58-08-2, мешок 1 кг, сертификат. Доставка Авито или самовывоз м. Текстильщики.",
              params=[("Состояние", "Новое")], cas=["58-08-2"])
    a4 = item("moskva", MSK, "u1", benzocaine, "benzokain_99_500_g", "Бензокаин 99%, 500 г", "4&nbsp;900 ₽",
              "Бензокаин (анестезин), CAS 94-09-7. Отправлю Авито Доставкой.", params=[("Состояние", "Новое")], cas=["94-09-7"])
    a5 = item("moskva", MSK, "u3", isotonit, "izotonitazen_1_g", "Изотонитазен, 1 г", "12&nbsp;000 ₽",
              "Изотонитазен (isotonitazene), CAS 14188819, чистота 98%. Пишите в сообщения.",
              params=[("Состояние", "Новое")], cas=["14188819"],
              claims=[("forwarding", "Отправка со склада в Казахстане, дальше СДЭК по России - без международной таможни.")])
    item("moskva", MSK, "u3", fentanyl, "dyurogezik_matriks_75_plastyri", "Дюрогезик Матрикс 75 мкг/ч, пластыри (фeнтaнил)",
         "9&nbsp;500 ₽", "Durogesic Matrix, 5 пластырей, срок до 2027. Остались после лечения.",
         params=[("Состояние", "Новое")],
         claims=[("mislabel", "В накладной пишем «косметические патчи», вскрывать никто не будет.")])
    item("moskva", MSK, "u1", nov_ofbf, "o-ftorbutirilfentanil_1_g", "о-Фторбутирилфентанил (ortho-fluorobutyrylfentanyl), 1 г",
         "15&nbsp;000 ₽", "N-(2-фторфенил)-N-[1-(2-фенилэтил)пиперидин-4-ил]бутанамид. Новинка, в списках нет.",
         params=[("Состояние", "Новое")],
         claims=[("stealth", "Отправляем в скрытой упаковке - снаружи обычная посылка с одеждой.")])
    item("moskva", MSK, "u4", NOSUB, "test-poloski_na_fentanil_10_sht", "Тест-полоски на фентанил, 10 шт", "1&nbsp;100 ₽",
         "Экспресс-тест для выявления фентанила в образце. Для служб снижения вреда и лабораторий.",
         params=[("Состояние", "Новое")])
    item("moskva", MSK, "u5", NOSUB, "kuplyu_npp_ot_1_kg", "Куплю NPP (39742-60-4), от 1 кг", "Цена договорная",
         "Куплю N-фенэтил-4-пиперидон, от 1 кг, регулярно. Предлагайте.", sale=False)
    item("moskva", MSK, "u5", NOSUB, "kuplyu_fentanil_srochno", "Куплю фентанил или аналоги, срочно", "Цена договорная",
         "Куплю. Самовывоз по Москве.", sale=False)
    item("moskva", MSK, "u5", NOSUB, "kuplyu_kofein_optom", "Куплю кофеин безводный оптом", "Цена договорная",
         "Куплю кофеин безводный от 25 кг, ежемесячно.", sale=False)
    item("moskva", VET, "u2", xylazine, "ksilazin_gidrohlorid_20_ml", "Ксилазин гидрохлорид 2%, 20 мл (вет.)", "650 ₽",
         "Ксилазин (xylazine HCl, CAS 23076-35-9), седативное для животных. Только для ветеринарных врачей, по рецепту.",
         params=[("Вид товара", "Ветпрепараты")], cas=["23076-35-9"])
    v1 = item("moskva", VET, "u2", ivermectin, "ivermektin_1_50_ml", "Ивермектин 1%, 50 мл", "540 ₽",
              "Ивермектин (CAS 70288-86-7), противопаразитарное средство для КРС и свиней.",
              params=[("Вид товара", "Ветпрепараты")], cas=["70288-86-7"])
    item("moskva", VET, "u2", NOSUB, "gamavit_10_ml", "Гамавит 10 мл", "390 ₽", "Иммуномодулятор для кошек и собак.",
         params=[("Вид товара", "Ветпрепараты")])
    c_n1 = ("reship", "Если посылка потеряется или её заберут - вышлем ещё раз бесплатно.")
    item("novosibirsk", NSK, "u6", metonit, "metonitazen_1_g", "Метонитазен, 1 г", "11 000 руб.",
         "Метонитазен, CAS 14680-51-4, чистота 99%.", cas=["14680-51-4"], claims=[c_n1], snippet=c_n1[1])
    n2 = item("novosibirsk", NSK, "u6", protonit, "protonitazen_poroshok", "Протонитазен порошок", "10 500 руб.",
              "Протонитазен, 5 г и больше.", claims=[("customs", "Таможню берём на себя: растаможка включена в цену.")])
    item("novosibirsk", NSK, "u6", nov_metpyne, "n-pirrolidino_metonitazen", "N-пирролидино метонитазен (метонитазепин), 1 г",
         "13 000 руб.", "Новый аналог, в перечнях пока нет.", claims=[("stealth", "Скрытая упаковка, без маркировки.")])
    item("novosibirsk", NSK, "u6", lidohcl, "lidokaina_gidrohlorid_100_g", "Лидокаина гидрохлорид 100 г", "2 800 руб.",
         "Лидокаина гидрохлорид, CAS 73-78-9, фармакопейный.", cas=["73-78-9"])
    item("novosibirsk", NSK, "u5", NOSUB, "kuplyu_izotonitazen_5_g", "Куплю изотонитазен, 5 г", "Цена договорная",
         "Куплю, расчёт сразу.", sale=False)
    for o in I:
        s.redirects[o.short] = o.url
    s.redirects["/moscow/%s" % MSK] = "/moskva/%s" % MSK

    css = css_blob("avito", ["iva-item-root-_lk9K", "styles-module-root-QmppR", "index-root-KVurS", "params-paramsList-_awNW",
                             "style-item-view-PCYlM", "seller-info-name", "similars-root"], 140)
    pop = ["кофеин", "бензокаин", "ксилазин ветеринарный", "тест на фентанил", "изотонитазен", "лидокаин"]

    def head(title, koi8=False):
        return ("<!DOCTYPE html><html lang='ru'><head><meta charset='%s'><title>%s</title>"
                "<meta name='viewport' content='width=device-width'><style>%s</style>"
                "<script>window.__initialData__=%s</script></head><body>"
                "<div class='cookie-banner' data-marker='cookie-banner'>Мы используем cookies, чтобы сайт работал лучше. "
                "<button>Хорошо</button></div><header class='index-root-KVurS'><a class='logo' href='/'>Доска</a>"
                "<a href='/moskva/%s'>Москва</a> <a href='/novosibirsk/%s'>Новосибирск</a>"
                "<form action='/search' class='search-form'><input name='q' placeholder='Поиск по объявлениям'>"
                "<button>Найти</button></form><a href='/items/add'>Разместить объявление</a> <a href='/profile/'>Вход и регистрация</a>"
                "<a href='/favorites'>Избранное</a></header><div class='popular-queries'>Популярные запросы: %s</div>"
                % ("koi8-r" if koi8 else "utf-8", esc(title), css, js_noise(title, "av", 20), MSK, NSK,
                   " ".join("<a href='/search?q=%d'>%s</a>" % (i, q) for i, q in enumerate(pop))))

    def foot():
        return ("<footer class='footer'><ul><li><a href='/safety/bezopasnaya-sdelka'>Безопасность</a></li>"
                "<li><a href='/journal/mvd-preduprezhdaet-nitazeny'>Журнал</a></li><li><a href='%s/help'>Помощь</a></li>"
                "<li><a href='%s/business'>Для бизнеса</a></li><li><a href='%s/career'>Карьера</a></li>"
                "<li><a href='%s/rules'>Правила</a></li></ul><p>&copy; Доска - сайт объявлений. Использование сайта означает "
                "согласие с Пользовательским соглашением.</p></footer></body></html>" % (OFF, OFF, OFF, OFF))

    def card(o):
        sl = sellers[o.seller]
        snip = o.snippet or o.desc[:90]
        return ("<div class='iva-item-root-_lk9K' data-marker='item' data-item-id='%s'><a href='%s' data-marker='item-photo'>"
                "<img src='/img/%s.png' alt=''></a><div class='iva-item-body'><a href='%s' itemprop='url' data-marker='item-title'>"
                "<h3 itemprop='name'>%s</h3></a><span data-marker='item-price'>%s</span>"
                "<div class='iva-item-descriptionStep'><p>%s</p></div><div class='geo-root'>%s</div>"
                "<div class='seller'>%s</div><p data-marker='item-date'>2 часа назад</p></div></div>"
                % (o.id, o.url, o.id, o.url, esc(o.title), o.price, esc(snip), sl["city"], esc(sl["name"])))

    def emit(path, html_text, koi8=False, **kw):
        if koi8:
            s.add(Page(path, koi(html_text), charset="koi8-r", ctype="text/html; charset=koi8-r", **kw))
        else:
            s.add(Page(path, html_text, **kw))

    # ---- category grids (wanted ads "Куплю" sit among the offers)
    grids = [("moskva", MSK, "Сырьё и материалы в Москве", 6), ("moskva", VET, "Товары для животных в Москве", 6),
             ("novosibirsk", NSK, "Сырьё и материалы в Новосибирске", 6)]
    for city, catp, title, per in grids:
        items = [o for o in I if o.city == city and o.catp == catp]
        pages = paginate(items, per)
        base = "/%s/%s" % (city, catp)
        koi8 = city == "novosibirsk"
        for pi, chunk in enumerate(pages, 1):
            path = base if pi == 1 else base + "?p=%d" % pi
            cp = [(o, card(o)) for o in chunk]
            h, c, k = cards_truth(cp, claims_shown=True)
            pager = " ".join("<a href='%s' data-marker='pagination-button/page(%d)'>%d</a>"
                             % (base if n == 1 else base + "?p=%d" % n, n, n) for n in range(1, len(pages) + 1))
            sortl = "<a href='%s%ss=104'>По дате</a> <a href='%s%ss=1'>Дешевле</a>" % (path, "&" if "?" in path else "?",
                                                                                       path, "&" if "?" in path else "?")
            emit(path, head("%s | Доска" % title, koi8) +
                 "<div class='breadcrumbs'><a href='/'>Главная</a> / %s</div><h1>%s</h1><div class='sort'>%s</div>"
                 "<div data-marker='catalog-serp' class='items-items'>%s</div><div class='pagination'>%s</div>"
                 % (city, title, sortl, "".join(x for _, x in cp), pager) + foot(), koi8=koi8,
                 hits=h, cas=c, claims=k, listing=True)
    # ---- item pages
    for o in I:
        sl = sellers[o.seller]
        sim = [x for x in I if x is not o and x.city == o.city][:5]
        rail = "".join("<li><a href='%s'>%s</a></li>" % (x.short, esc(x.title)) for x in sim)
        params = "".join("<li class='params-paramsList__item-_2Y2O'><span>%s: </span>%s</li>" % (esc(a), esc(b)) for a, b in o.params)
        body = (head("%s купить в %s | Доска" % (o.title, "Москве" if o.city == "moskva" else "Новосибирске"), o.koi) +
                "<div class='style-item-view-PCYlM' data-marker='item-view'><div class='breadcrumbs'><a href='/'>Главная</a> / "
                "<a href='/%s/%s'>Категория</a></div><h1 data-marker='item-view/title-info' itemprop='name'>%s</h1>"
                "<span data-marker='item-view/item-price' itemprop='price'>%s</span>"
                "<div data-marker='item-view/item-address'>%s</div><ul class='params-paramsList-_awNW' data-marker='item-view/item-params'>%s</ul>"
                "<div data-marker='item-view/item-description' itemprop='description'><p>%s</p>%s</div>"
                "<p data-marker='item-view/item-id'>№ %s</p><p data-marker='item-view/item-date'>· 12 ноября в 14:02</p>"
                "<div class='seller-info-name' data-marker='seller-info/name'><a href='/user/%s/profile'>%s</a><p>%s · На Доске с %s</p>"
                "<p>Рейтинг: %s (%s отзывов)</p></div><button data-marker='item-phone-button/card'>Показать телефон</button> "
                "<button>Написать сообщение</button><div class='similars-root' data-marker='item-view/similars'>"
                "<h2>Похожие объявления</h2><ul>%s</ul></div></div>"
                % (o.city, o.catp, esc(o.title), o.price, sl["city"], params, esc(o.desc),
                   "".join("<p>%s</p>" % esc(t) for _, t in o.claims), o.id, sl["hash"], esc(sl["name"]), sl["kind"],
                   sl["since"], sl["rating"], sl["rev"], rail) + foot())
        emit(o.url, body, koi8=o.koi, hits=o.hits(), cas=shown_cas(o, body), claims=o.claim_kinds(), listing=o.sale)
    add_images(s, [o.id for o in I])
    s.flaky |= {a5.url, n2.url}
    # ---- seller pages
    for u, sl in sellers.items():
        mine = [o for o in I if o.seller == u]
        cp = [(o, card(o)) for o in mine]
        h, c, k = cards_truth(cp, claims_shown=True)
        s.add(Page("/user/%s/profile" % sl["hash"], head("%s - профиль на Доске" % sl["name"]) +
                   "<div class='profile'><h1>%s</h1><p>%s · На Доске с %s · Рейтинг %s</p><h2>Активные объявления</h2>"
                   "<div data-marker='catalog-serp'>%s</div></div>" % (esc(sl["name"]), sl["kind"], sl["since"], sl["rating"],
                                                                      "".join(x for _, x in cp)) + foot(),
                   hits=h, cas=c, claims=k, listing=any(o.sale for o in mine)))
    # ---- home, journal, safety
    cp = [(o, card(o)) for o in (a3, v1, a4)]
    h, c, k = cards_truth(cp, claims_shown=True)
    s.add(Page("/", head("Доска - объявления в Москве и России") +
               "<div class='home'><div class='categories'><a href='/moskva/%s'>Для бизнеса: сырьё и материалы</a> "
               "<a href='/moskva/%s'>Товары для животных</a> <a href='/novosibirsk/%s'>Новосибирск: сырьё</a> "
               "<a href='/moscow/%s'>Старый адрес раздела</a></div><h2>Рекомендации для вас</h2><div class='recs'>%s</div>"
               "<p><a href='/journal/mvd-preduprezhdaet-nitazeny'>Журнал: МВД предупреждает</a></p></div>"
               % (MSK, VET, NSK, MSK, "".join(x for _, x in cp)) + foot(), hits=h, cas=c, claims=k, listing=True))
    s.add(Page("/journal/mvd-preduprezhdaet-nitazeny", head("МВД предупреждает о нитазенах | Журнал Доски") +
               "<article class='journal'><h1>МВД предупреждает: под видом «реактивов» продают нитазены и фентанил</h1>"
               "<p>В ведомстве сообщили, что в объявлениях о продаже «химического сырья» всё чаще встречаются синтетические "
               "опиоиды: изотонитазен (CAS 14188-81-9), метонитазен, протонитазен, а также прекурсоры фентанила - "
               "N-фенэтил-4-пиперидон и 4-анилинопиперидин. Продавцы обещают «повторную отправку», «растаможку» и "
               "«скрытую упаковку».</p><p>Объявления с такими веществами блокируются, данные передаются в полицию. "
               "Если вы увидели подозрительное объявление, нажмите «Пожаловаться».</p></article>" + foot()))
    s.add(Page("/safety/bezopasnaya-sdelka", head("Безопасная сделка | Доска") +
               "<div class='help'><h1>Как не попасться на уловки мошенников</h1><ul><li>Оплачивайте покупки только через "
               "Доска Доставку.</li><li>Не соглашайтесь на «растаможку», «повторную отправку» и «скрытую упаковку», которые "
               "предлагают продавцы вне Доставки: это частый признак мошенничества или запрещённого товара.</li>"
               "<li>Не переходите в сторонние мессенджеры.</li></ul></div>" + foot()))
    return s


# ================================================================ SITE 4: Monero-only darknet market

def site_dnm():
    s = Site("dnm-obsidian", "darknet-market")
    s.robots = ("User-agent: *\nDisallow: /account\nDisallow: /orders\nDisallow: /messages\nDisallow: /logout\n"
                "Disallow: /cart\nDisallow: /wallet\n")
    s.disallow = ["/account", "/orders", "/messages", "/logout", "/cart", "/wallet"]
    s.rate_limit = 10
    s.junk_params = s.junk_params + ["csrf"]
    s.trap_prefix = "/news/archive/"
    TOK = ["c9f1e27ab40d4e6f9a31d8b2c7e05f14", "7e2b90d4f1a84c3e8b6d05a9f2c17e3d"]   # per-session CSRF tokens

    def u(path, i=0):
        return "%s%scsrf=%s" % (path, "&" if "?" in path else "?", TOK[i % 2])

    vendors = {
        "GoldenLotus": dict(level=6, trust="Trust level 4", sales=1874, since="Feb 2025", fe="No", rating="4.86",
                            bio="Old-school vendor, Dutch stock. Every order gets one free reship if it is seized - "
                                "just send us the letter.",
                            claims=[("reship", "Every order gets one free reship if it is seized - just send us the letter.")]),
        "NitroLab": dict(level=4, trust="Trust level 3", sales=611, since="Jun 2025", fe="No", rating="4.71",
                         bio="Lab-grade research compounds. Every batch GC/MS tested, reports on request.", claims=[]),
        "BlueDreams": dict(level=3, trust="Trust level 2", sales=402, since="Aug 2025", fe="No", rating="4.55",
                           bio="USA domestic only. Pressed in small batches.", claims=[]),
        "TranqLab": dict(level=2, trust="Trust level 2", sales=133, since="Jan 2026", fe="No", rating="4.60",
                         bio="Canadian vendor. Vet supplies and cuts.", claims=[]),
        "SafeSupplyCollective": dict(level=5, trust="Trust level 4", sales=2290, since="Nov 2024", fe="Yes", rating="4.97",
                                     bio="Harm-reduction supplies at cost: test strips, naloxone info cards. "
                                         "We do not sell any drugs.", claims=[]),
    }

    def lid(n):
        r = random.Random("dnm-%d" % n)
        return "".join(r.choice("abcdef") for _ in range(2)) + "%08x" % r.getrandbits(32) + r.choice("abcdef")

    L = []

    def listing(vendor, sub, title, price, usd, cat, desc, cas=(), ship=None, refund=None, feedback=(), tabs4=True,
                ships_from="Netherlands", ships_to="Worldwide"):
        o = Offer(sub, title, cas=cas, vendor=vendor, price=price, usd=usd, cat=cat, desc=desc, ship=ship,
                  refund=refund, feedback=list(feedback), tabs4=tabs4, ships_from=ships_from, ships_to=ships_to)
        o.id = lid(len(L))
        L.append(o)
        return o

    # ship: (text, [(kind, text)]) ; feedback: [(buyer, stars, text, vendor_reply, reply_claims)]
    l1 = listing("GoldenLotus", fentanyl, "China White #4 - Fentanyl HCl 90% - 1 g", "0.0412", "7.10", "opioids",
                 "Our house product: fentanyl hydrochloride, tested 90%+ (report in the gallery). Extremely potent - "
                 "never use alone, keep naloxone around. Escrow only, no FE.",
                 ship=("Ships from Netherlands to Worldwide (except AU, NZ). Dispatch Mon-Fri.",
                       [("stealth", "Vacuum sealed three times, moisture barrier bag, hidden inside a decoy product."),
                        ("reship", "One free reship per order if it is seized - send the customs letter or the tracking.")]),
                 refund="Refunds: 50% if you can show a customs or police letter. No refunds for wrong addresses.",
                 feedback=[("b***r", 5, "stealth was on point, arrived in 6 days to DE", "", []),
                           ("k***9", 5, "first one got lost, the reship came 10 days later. thanks", "", []),
                           ("m***x", 4, "good product, slow reply on messages", "", [])])
    listing("GoldenLotus", carfent, "Carf3ntanil 100 mg - tester", "0.0280", "4.85", "opioids",
            "Carfentanil (CAS 59708-52-0) tester for experienced researchers only. Lethal in microgram amounts. "
            "Sold as is, escrow only.", cas=["59708-52-0"],
            ship=("Ships from Netherlands or our US drop. Tracking on request.",
                  [("forwarding", "US customers: we bring it in bulk and re-mail it from a US drop, so you get a "
                                  "domestic USPS Priority parcel.")]),
            refund="No refunds on testers.", feedback=[("z***1", 5, "as described", "", [])])
    l3 = listing("NitroLab", isotonit, "Isotonitazene (ISO) HCl - 1 g - GC/MS tested", "0.0355", "6.10", "opioids",
                 "Isotonitazene hydrochloride, CAS 14188-81-9, batch 11/26 tested >98%. Far stronger than fentanyl - "
                 "research use only.", cas=["14188-81-9"], ships_from="Germany",
                 ship=("Ships from Germany. EU 2-5 days, WW 7-21 days.",
                       [("mislabel", "The customs declaration reads 'herbal tea sample, no commercial value'.")]),
                 refund="Refund policy: open a ticket after 21 days (EU) / 35 days (WW).",
                 feedback=[("p***t", 5, "legit, stealth 10/10", "", []),
                           ("d***7", 3, "still waiting after 3 weeks...",
                            "If it does not land we reship it - just open a ticket.",
                            [("reship", "If it does not land we reship it - just open a ticket.")])])
    listing("NitroLab", nov_pipne, "Etonitazepipne 500 mg (N-piperidinyl etonitazene) - new gen", "0.0244", "4.20",
            "opioids", "Etonitazepipne, the N-piperidinyl analogue of etonitazene. Not individually listed anywhere yet. "
            "Very high potency; research only.", ships_from="Germany",
            ship=("Ships from Germany.",
                  [("forwarding", "EU orders leave from our German stock - a domestic DHL parcel that never "
                                  "passes customs.")]),
            refund="Same as our other listings: ticket after 21 days.", feedback=[("q***2", 5, "fast", "", [])])
    listing("BlueDreams", fentanyl, "M30 blues x100 (pressed, fent)", "0.2900", "50.00", "opioids",
            "100 pressed M30s, each contains fentanyl. These are NOT pharmaceutical oxycodone. Test every batch.",
            ships_from="United States", ships_to="United States",
            ship=("USA to USA only. NO RESHIPS. NO REFUNDS. Ship Mon/Wed/Fri.",
                  [("stealth", "Pro stealth: odour-proof, nothing rattles, looks like a normal retail package.")]),
            refund="No refunds, no reships, no exceptions.",
            feedback=[("t***s", 5, "great stealth, fast shipping", "", [])])
    listing("TranqLab", xylazine, "Xylazine HCl powder 10 g (tranq)", "0.0175", "3.00", "other",
            "Veterinary xylazine hydrochloride, 10 g. Ships from Canada, tracked.", tabs4=False,
            ships_from="Canada", feedback=[("n***e", 4, "ok", "", [])])
    l7 = listing("SafeSupplyCollective", NOSUB, "Fentanyl test strips x50 (BTNX Rapid Response)", "0.0058", "1.00",
                 "harm-reduction", "50 fentanyl test strips at cost. They detect fentanyl and many analogues, NOT nitazenes "
                 "or xylazine. Instructions included.", tabs4=False, ships_from="United States",
                 feedback=[("h***a", 5, "thank you for doing this", "", [])])
    listing("TranqLab", benzocaine, "Benzocaine 100 g", "0.0098", "1.70", "other",
            "Benzocaine, CAS 94-09-7, 99% pharma grade.", cas=["94-09-7"], ships_from="Canada",
            ship=("Ships from Canada to CA/US.",
                  [("stealth", "Discreet packaging - looks like any normal online-shop order.")]),
            refund="Refund if lost, after 30 days.", feedback=[("r***o", 5, "ok", "", [])])
    for o in L:
        s.redirects["/l/%s" % o.id] = "/listing/%s" % o.id
    s.redirects["/index.php"] = "/"

    cats = {"opioids": "Opioids", "other": "Other / Cuts", "harm-reduction": "Harm reduction"}
    css = css_blob("dnm", ["navbar-inverse", "listing-title", "price-xmr", "nav-tabs", "vendor-box", "badge-escrow",
                           "feedback-row", "pgp", "forum-post", "sidebar-cats"], 110)

    def shell(title, main, i=0):
        side = "".join("<li><a href='%s'>%s</a> <span class='footnote'>%d</span></li>"
                       % (u("/category/%s" % k, i), v, sum(o.cat == k for o in L)) for k, v in cats.items())
        side += ("<li class='muted'>Fentanyl (%d)</li><li class='muted'>Nitazenes (%d)</li><li class='muted'>Stimulants (0)</li>"
                 % (sum(o.sub.key == fentanyl.key for o in L), sum(o.sub.cls == NITA for o in L)))
        return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>%s | Obsidian Market</title>"
                "<style>%s</style></head><body class='dark'><nav class='navbar navbar-inverse'><a class='navbar-brand' href='%s'>"
                "OBSIDIAN</a><ul class='nav'><li><a href='%s'>Market</a></li><li><a href='%s'>Forum</a></li>"
                "<li><a href='%s'>News</a></li><li><a href='%s'>FAQ</a></li><li><a href='%s'>Orders</a></li>"
                "<li><a href='%s'>Messages (0)</a></li><li><a href='%s'>Wallet: 0.0000 XMR</a></li>"
                "<li><a href='%s'>Logout</a></li></ul><form class='search' method='post' action='%s'>"
                "<input type='hidden' name='csrf' value='%s'><input name='q' placeholder='Search listings'></form></nav>"
                "<div class='container'><div class='row'><div class='col-md-3 sidebar-cats'><h4>Categories</h4><ul>%s</ul>"
                "<p class='xmr'>XMR/USD 172.40</p><p class='canary'>Canary updated 2026-11-20, PGP signed.</p></div>"
                "<div class='col-md-9'>%s</div></div></div><footer><p>Obsidian Market - Monero only - Escrow &amp; multisig. "
                "Mirrors are listed in the signed mirrors.txt. Never share your mnemonic.</p></footer></body></html>"
                % (esc(title), css, u("/market", i), u("/market", i), u("/forum", i), u("/news", i), u("/faq", i),
                   u("/orders", i), u("/messages", i), u("/wallet", i), u("/logout", i), "/search", TOK[i % 2], side, main))

    def header(o, i):
        v = vendors[o.vendor]
        return ("<div class='listing-head'><h2 class='listing-title'>%s</h2><p>Sold by <a href='%s'>%s</a> (Level %d, %s)</p>"
                "<p class='price-xmr'>%s XMR <small>(&asymp; $%s)</small></p><p>Ships from: <b>%s</b> | Ships to: <b>%s</b></p>"
                "<span class='badge-escrow'>ESCROW</span> <span class='badge'>FE: %s</span>"
                "<form method='post' action='/cart/add/%s'><input type='hidden' name='csrf' value='%s'><select name='qty'>"
                "<option>1</option><option>2</option><option>5</option></select><button>Buy now</button></form></div>"
                % (esc(o.title), u("/vendor/%s" % o.vendor, i), o.vendor, v["level"], v["trust"], o.price, o.usd,
                   o.ships_from, o.ships_to, v["fe"], o.id, TOK[i % 2]))

    for n, o in enumerate(L):
        tabs = [("description", "Description"), ("shipping", "Shipping"), ("refund", "Refund policy"), ("feedback", "Feedback")]
        if not o.tabs4:
            tabs = [tabs[0], tabs[3]]
        for ti, (tk, tname) in enumerate(tabs):
            path = "/listing/%s" % o.id if tk == "description" else "/listing/%s?tab=%s" % (o.id, tk)
            nav = "".join("<li class='%s'><a href='%s'>%s</a></li>"
                          % ("active" if k == tk else "",
                             u("/listing/%s" % o.id if k == "description" else "/listing/%s?tab=%s" % (o.id, k), n + ti), nm)
                          for k, nm in tabs)
            claims = set()
            if tk == "description":
                content = "<div class='tab-pane'><p>%s</p></div>" % esc(o.desc)
            elif tk == "shipping":
                content = "<div class='tab-pane'><p>%s</p>%s</div>" % (esc(o.ship[0]), "".join("<p>%s</p>" % esc(t) for _, t in o.ship[1]))
                claims = {k for k, _ in o.ship[1]}
            elif tk == "refund":
                content = "<div class='tab-pane'><p>%s</p><p>Disputes are handled by market staff within 72 h.</p></div>" % esc(o.refund)
            else:
                rows = ""
                for who, st, txt, rep, rc in o.feedback:
                    rows += ("<tr class='feedback-row'><td>%s</td><td>%s</td><td>%s%s</td><td>2026-11</td></tr>"
                             % (who, "&#9733;" * st, esc(txt),
                                ("<div class='vendor-reply'><b>%s replied:</b> %s</div>" % (o.vendor, esc(rep))) if rep else ""))
                    claims |= {k for k, _ in rc}
                content = ("<div class='tab-pane'><table class='table'><tr><th>Buyer</th><th>Rating</th><th>Comment</th>"
                           "<th>Date</th></tr>%s</table></div>" % rows)
            body = shell(o.title, header(o, n) + "<ul class='nav nav-tabs'>%s</ul>%s" % (nav, content), n + ti)
            s.add(Page(path, body, hits=o.hits(), cas=shown_cas(o, content), claims=claims, listing=True))
    s.flaky |= {"/listing/%s" % L[0].id, "/listing/%s?tab=feedback" % L[2].id}

    def grid(items, i):
        rows = "".join("<tr><td><a href='%s'>%s</a></td><td><a href='%s'>%s</a></td><td>%s XMR</td><td>%s</td></tr>"
                       % (u("/listing/%s" % o.id, i + j), esc(o.title), u("/vendor/%s" % o.vendor, i), o.vendor, o.price,
                          o.ships_from) for j, o in enumerate(items))
        return "<table class='table listings'><tr><th>Listing</th><th>Vendor</th><th>Price</th><th>From</th></tr>%s</table>" % rows

    for ck, cname in cats.items():
        items = [o for o in L if o.cat == ck]
        pages = paginate(items, 3)
        for pi, chunk in enumerate(pages, 1):
            path = "/category/%s" % ck if pi == 1 else "/category/%s?page=%d" % (ck, pi)
            pager = " ".join("<a href='%s'>%d</a>" % (u("/category/%s" % ck if k == 1 else "/category/%s?page=%d" % (ck, k), k), k)
                             for k in range(1, len(pages) + 1))
            h, c, k_ = union(chunk, claims=False)
            s.add(Page(path, shell(cname, "<h3>%s</h3>%s<div class='pager'>%s</div>" % (cname, grid(chunk, pi), pager), pi),
                       hits=h, listing=True))
    h, c, k_ = union([l1, l3, l7], claims=False)
    s.add(Page("/market", shell("Market", "<h3>Featured listings</h3>%s<h3>Latest news</h3><p><a href='%s'>Nitazene listing "
                                           "rules updated</a></p>" % (grid([l1, l3, l7], 0), u("/news", 1))), hits=h, listing=True))
    s.add(Page("/", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Obsidian Market - Login</title><style>%s</style>"
                    "</head><body class='dark login'><div class='login-box'><h1>OBSIDIAN</h1><form method='post' action='/login'>"
                    "<input type='hidden' name='csrf' value='%s'><input name='username' placeholder='Username'>"
                    "<input type='password' name='password' placeholder='Password'><img src='/captcha.png' alt='captcha'>"
                    "<input name='captcha' placeholder='Enter the 6 characters'><button>Sign in</button></form>"
                    "<p>No account? <a href='/register'>Register</a> (invite-free). <a href='%s'>Browse as guest</a></p>"
                    "<p class='phishing'>Check the URL. Obsidian staff will never ask for your password.</p></div></body></html>"
               % (css, TOK[0], u("/market"))))
    s.add(Page("/captcha.png", tiny_png(77), ctype="image/png"))
    # vendors + PGP keys
    for vn, v in vendors.items():
        mine = [o for o in L if o.vendor == vn]
        h, c, k_ = union(mine, claims=False)
        pgp_link = ("<a href='%s'>PGP key</a>" % u("/vendor/%s/pgp" % vn)) if vn in ("GoldenLotus", "NitroLab") else \
            "<pre class='pgp'>%s</pre>" % pgp_block(vn, 10)
        s.add(Page("/vendor/%s" % vn, shell(vn, "<div class='vendor-box'><h2>%s</h2><p>Level %d | %s | %d sales | Rating %s | "
                                             "Member since %s | FE: %s</p><div class='bio'><p>%s</p></div>%s</div><h3>Listings</h3>%s"
                                             % (vn, v["level"], v["trust"], v["sales"], v["rating"], v["since"], v["fe"],
                                                esc(v["bio"]), pgp_link, grid(mine, 1))),
                   hits=h, claims={k for k, _ in v["claims"]}, listing=True))
        if vn in ("GoldenLotus", "NitroLab"):
            s.add(Page("/vendor/%s/pgp" % vn, shell("%s - PGP" % vn, "<h2>%s - public key</h2><p>Verify every message and "
                                                    "mirror link with this key.</p><pre class='pgp'>%s</pre><p><a href='%s'>Back to "
                                                    "vendor</a></p>" % (vn, pgp_block(vn), u("/vendor/%s" % vn)))))
    # forum, news, faq (talk)
    s.add(Page("/forum", shell("Forum", "<h3>Forum</h3><ul class='forum-index'><li><a href='%s'>Is NitroLab's ISO legit?</a> "
                                         "(14 replies)</li><li><a href='%s'>WTB: carfent bulk 10 g+</a> (3 replies)</li></ul>"
                                         % (u("/forum/t/1042"), u("/forum/t/1057")))))
    s.add(Page("/forum/t/1042", shell("Is NitroLab's ISO legit?",
               "<h3>Is NitroLab's ISO legit?</h3>"
               "<div class='forum-post'><b>p***t</b><p>Ordered the <a href='/l/%s'>ISO 1 g</a> twice. Stealth was great both "
               "times, came in 5 days to NL.</p></div>"
               "<div class='forum-post'><b>d***7</b><p>Mine got lost, they reshipped after I opened a ticket. Careful, "
               "this stuff is no joke. Test strips don't catch it.</p></div>"
               "<div class='forum-post'><b>mod_raven</b><p>Reminder: reships are the vendor's promise, not the market's. "
               "Use escrow.</p></div>" % l3.id)))
    s.add(Page("/forum/t/1057", shell("WTB: carfent bulk 10 g+",
               "<h3>WTB: carfent bulk 10 g+</h3><div class='forum-post'><b>w***z</b><p>Looking for carfentanil or any "
               "strong analogue, 10 g+, need reship guarantee and stealth to AU. PM me.</p></div>"
               "<div class='forum-post'><b>mod_raven</b><p>WTB threads for carfentanil are not allowed. Locked.</p></div>")))
    s.add(Page("/news", shell("News", "<h3>Market news</h3><article class='forum-post'><h4>2026-11-18 - Nitazene listing rules</h4>"
                                       "<p>All nitazene listings (isotonitazene, metonitazene, protonitazene and new analogues) must "
                                       "show lab results. FE is disabled for vendors below level 3.</p></article>"
                                       "<article class='forum-post'><h4>2026-11-02 - About reships</h4><p>Some vendors promise "
                                       "reships or 'customs-proof' stealth. That is a deal between you and the vendor; the market "
                                       "only guarantees escrow.</p></article><p><a href='/news/archive/2026-10'>Archive</a></p>")))
    s.add(Page("/faq", shell("FAQ", "<h3>FAQ</h3><dl><dt>What is escrow?</dt><dd>Funds are held in 2-of-3 multisig until you "
                                     "finalize.</dd><dt>What is FE?</dt><dd>Finalize early: the vendor is paid before delivery. "
                                     "Only trusted vendors may request it.</dd><dt>Do vendors reship?</dt><dd>Some do - read the "
                                     "Refund policy tab of each listing.</dd><dt>Which coins?</dt><dd>Monero (XMR) only.</dd></dl>")))
    return s


# ================================================================ SITE 5: compound database + scheduling notice + advisory (negatives)

def site_chemref():
    s = Site("chemref-db", "reference-negatives")
    s.robots = "User-agent: *\nDisallow: /rest/\nDisallow: /sdq/\nDisallow: /documents/search\n"
    s.disallow = ["/rest/", "/sdq/", "/documents/search"]
    s.rate_limit = 15
    s.trap_prefix = "/han/archive/"
    OFF = "https://www.nlm.example"
    # (cid, name, cas, formula, mw, iupac, synonyms, ec, unii, dea, class_text)
    C = [
        (3345, "Fentanyl", "437-38-7", "C22H28N2O", "336.5", "N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide",
         ["Fentanyl", "Fentanil", "Fentanest", "Sublimaze", "芬太尼", "Phentanyl", "R-4263"], "207-113-6", "UF599785JZ", "9801",
         "Synthetic opioid analgesic (4-anilidopiperidine class)."),
        (62156, "Carfentanil", "59708-52-0", "C24H30N2O3", "394.5",
         "methyl 1-(2-phenylethyl)-4-(N-propanoylanilino)piperidine-4-carboxylate",
         ["Carfentanil", "Carfentanyl", "Wildnil", "4-Carbomethoxyfentanyl", "卡芬太尼"], "", "LA9DTA2L8F", "9743",
         "Ultra-potent opioid used in veterinary immobilisation of large animals."),
        (13653606, "Furanylfentanyl", "101345-66-8", "C24H26N2O2", "374.5",
         "N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]furan-2-carboxamide", ["Furanylfentanyl", "Fu-F", "呋喃芬太尼"], "",
         "", "9834", "Fentanyl analogue, Schedule I."),
        (82278, "N-Phenethyl-4-piperidone", "39742-60-4", "C13H17NO", "203.28", "1-(2-phenylethyl)piperidin-4-one",
         ["NPP", "1-Phenethyl-4-piperidone", "N-苯乙基-4-哌啶酮"], "254-601-5", "", "8332", "List I chemical."),
        (88890, "4-ANPP", "21409-26-7", "C19H24N2", "280.4", "N-phenyl-1-(2-phenylethyl)piperidin-4-amine",
         ["ANPP", "Despropionyl fentanyl", "4-Anilino-N-phenethylpiperidine"], "", "", "8333", "Immediate precursor."),
        (89982, "4-Anilinopiperidine", "23056-29-3", "C11H16N2", "176.26", "N-phenylpiperidin-4-amine",
         ["4-AP", "N-Phenyl-4-piperidinamine"], "", "", "8335", "List I chemical (2023)."),
        (1491502, "1-Boc-4-AP", "125541-22-2", "C16H24N2O2", "276.37", "tert-butyl 4-anilinopiperidine-1-carboxylate",
         ["tert-Butyl 4-(phenylamino)piperidine-1-carboxylate", "1-Boc-4-anilinopiperidine"], "", "", "8335", "List I (carbamate of 4-AP)."),
        (735900, "1-Boc-4-piperidone", "79099-07-3", "C10H17NO3", "199.25", "tert-butyl 4-oxopiperidine-1-carboxylate",
         ["N-Boc-4-piperidone", "N-叔丁氧羰基-4-哌啶酮"], "616-557-7", "", "8330", "List I chemical (2025)."),
        (145721979, "Isotonitazene", "14188-81-9", "C21H26N4O3", "410.5",
         "N,N-diethyl-2-[5-nitro-2-[(4-propan-2-yloxyphenyl)methyl]benzimidazol-1-yl]ethanamine",
         ["Isotonitazene", "Isotonitazine", "异托尼秦", "Изотонитазен"], "", "", "9614", "2-benzylbenzimidazole opioid."),
        (53316, "Metonitazene", "14680-51-4", "C21H26N4O3", "382.5",
         "N,N-diethyl-2-[2-[(4-methoxyphenyl)methyl]-5-nitrobenzimidazol-1-yl]ethanamine",
         ["Metonitazene", "美托尼秦", "Метонитазен"], "", "", "9757", "2-benzylbenzimidazole opioid."),
        (156588955, "Protonitazene", "95958-84-2", "C23H30N4O3", "410.5",
         "N,N-diethyl-2-[5-nitro-2-[(4-propoxyphenyl)methyl]benzimidazol-1-yl]ethanamine",
         ["Protonitazene", "Протонитазен"], "", "", "9759", "2-benzylbenzimidazole opioid."),
        (5707, "Xylazine", "7361-61-7", "C12H16N2S", "220.34", "N-(2,6-dimethylphenyl)-5,6-dihydro-4H-1,3-thiazin-2-amine",
         ["Xylazine", "Rompun", "Xylazine hydrochloride (23076-35-9)"], "230-897-6", "2KFG9TP5V8", "",
         "Veterinary alpha-2 agonist; adulterant in the illicit opioid supply."),
        (5284596, "Naloxone", "465-65-6", "C19H21NO4", "327.4", "(4R,4aS,7aR,12bS)-4a,9-dihydroxy-3-prop-2-enyl-"
         "2,4,5,6,7a,13-hexahydro-1H-4,12-methanobenzofuro[3,2-e]isoquinolin-7-one", ["Naloxone", "Narcan", "纳洛酮"],
         "207-365-7", "36B82AMQ7N", "", "Opioid antagonist."),
        (2519, "Caffeine", "58-08-2", "C8H10N4O2", "194.19", "1,3,7-trimethylpurine-2,6-dione",
         ["Caffeine", "Guaranine", "咖啡因", "Кофеин"], "200-362-1", "3G6A5W338E", "", "Methylxanthine stimulant."),
        (2337, "Benzocaine", "94-09-7", "C9H11NO2", "165.19", "ethyl 4-aminobenzoate", ["Benzocaine", "Anesthesin", "Бензокаин"],
         "202-303-5", "U3RSY48JW5", "", "Local anaesthetic; common cutting agent."),
        (3676, "Lidocaine", "137-58-6", "C14H22N2O", "234.34", "2-(diethylamino)-N-(2,6-dimethylphenyl)acetamide",
         ["Lidocaine", "Lignocaine", "Xylocaine"], "205-302-8", "98PI200987", "", "Local anaesthetic."),
    ]
    css = css_blob("pc", ["pc-header", "section", "summary-title", "table-compact", "breadcrumb", "pill", "toc"], 120)

    def shell(title, main):
        return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
                "<div class='usa-banner'>An official website of a (simulated) government agency. Here's how you know.</div>"
                "<header class='pc-header'><a href='/'>ChemRef</a> <form action='/sdq/search'><input name='q' "
                "placeholder='Search compounds, CAS, synonyms'><button>Search</button></form><nav><a href='/browse/opioids'>Browse</a> "
                "<a href='/documents/2026/03/12/2026-04512/schedules-of-controlled-substances'>Federal Register</a> "
                "<a href='/han/'>Health Alerts</a> <a href='/poison/fentanyl-exposure-faq.html'>Poison control</a> "
                "<a href='/about'>About</a></nav></header><main>%s</main><footer><p>ChemRef is a free reference database. "
                "No vendor information is shown. <a href='%s/policies'>Policies</a> | <a href='%s/foia'>FOIA</a> | "
                "<a href='/rest/docs'>REST API</a></p></footer></body></html>" % (esc(title), css, main, OFF, OFF))

    for cid, name, cas, f, mw, iupac, syn, ec, unii, dea, cls in C:
        rows = [("IUPAC Name", esc(iupac)), ("Molecular Formula", f), ("Molecular Weight", mw + " g/mol"),
                ("CAS", cas), ("European Community (EC) Number", ec or "-"), ("UNII", unii or "-"),
                ("DEA Controlled Substance Code", dea or "-"), ("DSSTox Substance ID", "DTXSID%07d" % (cid % 9999991))]
        synl = "".join("<li>%s</li>" % esc(x) for x in syn)
        main = ("<nav class='breadcrumb'><a href='/'>ChemRef</a> &rsaquo; <a href='/browse/opioids'>Compounds</a> &rsaquo; %s</nav>"
                "<h1 class='summary-title'>%s</h1><p>CID %d | %s</p><div class='toc'><a href='#names'>Names and Identifiers</a> "
                "<a href='#props'>Chemical and Physical Properties</a> <a href='#safety'>Safety and Hazards</a> "
                "<a href='#lit'>Literature</a> <a href='#vendors'>Chemical Vendors</a></div>"
                "<section id='names' class='section'><h2>Names and Identifiers</h2><table class='table-compact'>%s</table>"
                "<h3>Depositor-Supplied Synonyms</h3><ul>%s</ul></section>"
                "<section id='props' class='section'><h2>Chemical and Physical Properties</h2><p>XLogP3 %.1f, hydrogen bond "
                "donor count %d, rotatable bond count %d (computed).</p></section>"
                "<section id='safety' class='section'><h2>Safety and Hazards</h2><p>%s Acute toxicity: see poison-control "
                "guidance. <a href='/poison/fentanyl-exposure-faq.html'>Exposure FAQ</a></p></section>"
                "<section id='lit' class='section'><h2>Literature</h2><p>References from 2016-2026 on identification, "
                "pharmacology and forensic detection of %s.</p></section>"
                "<section id='vendors' class='section'><h2>Chemical Vendors</h2><p>No vendor information is displayed for "
                "this record.</p></section>"
                % (esc(name), esc(name), cid, esc(cls), "".join("<tr><th>%s</th><td>%s</td></tr>" % r for r in rows), synl,
                   1.0 + (cid % 37) / 10.0, cid % 3, 2 + cid % 7, esc(cls), esc(name)))
        cs_link = {3345: 3214, 145721979: 29763, 82278: 73601}.get(cid)
        if cs_link:
            main += "<p class='xref'>Also in: <a href='/Chemical-Structure.%d.html'>ChemSpider-style record %d</a></p>" % (cs_link, cs_link)
        s.add(Page("/compound/%d" % cid, shell("%s | C%s | CID %d - ChemRef" % (name, f[1:], cid), main)))
        s.redirects["/cid/%d" % cid] = "/compound/%d" % cid
    # ChemSpider-style records
    for csid, cid in ((3214, 3345), (29763, 145721979), (73601, 82278)):
        c = [x for x in C if x[0] == cid][0]
        s.add(Page("/Chemical-Structure.%d.html" % csid, shell("%s | %s | ChemSpider-style record" % (c[1], c[3]),
                   "<div class='cs-record'><h1>%s</h1><p>ChemSpider ID %d</p><dl><dt>Molecular formula</dt><dd>%s</dd>"
                   "<dt>Average mass</dt><dd>%s Da</dd><dt>CAS Registry Number</dt><dd>%s [RN]</dd><dt>Names and Synonyms</dt>"
                   "<dd>%s</dd></dl><p>Predicted data is generated using the ACD/Labs Percepta Platform. "
                   "<a href='/cid/%d'>Compound summary</a></p></div>" % (esc(c[1]), csid, c[3], c[4], c[2], esc("; ".join(c[6])), cid))))
    # browse
    items = "".join("<tr><td><a href='/compound/%d'>%s</a></td><td>%s</td><td>%s</td></tr>" % (c[0], esc(c[1]), c[2], c[3]) for c in C[:12])
    s.add(Page("/browse/opioids", shell("Browse: opioids, precursors and adulterants - ChemRef",
               "<h1>Opioids, fentanyl precursors and adulterants</h1><table class='table-compact'><tr><th>Name</th><th>CAS</th>"
               "<th>Formula</th></tr>%s</table><p><a href='/browse/other'>Other compounds</a></p>" % items)))
    items = "".join("<tr><td><a href='/cid/%d'>%s</a></td><td>%s</td></tr>" % (c[0], esc(c[1]), c[2]) for c in C[12:])
    s.add(Page("/browse/other", shell("Browse: other compounds - ChemRef", "<h1>Other compounds</h1><table>%s</table>" % items)))
    s.add(Page("/", shell("ChemRef - open chemistry database", "<h1>ChemRef</h1><p>Find chemical information: names, "
                          "identifiers, properties, safety, regulatory status.</p><ul><li><a href='/browse/opioids'>Browse "
                          "opioids and precursors</a></li><li><a href='/compound/2519'>Caffeine</a>, <a href='/compound/3345'>"
                          "Fentanyl</a>, <a href='/cid/145721979'>Isotonitazene</a></li><li><a href='/news/nitazene-characterization'>"
                          "News: new nitazenes characterised</a></li></ul>")))
    s.add(Page("/about", shell("About ChemRef", "<h1>About</h1><p>ChemRef aggregates public data. It contains no commercial "
                               "offers and does not sell chemicals.</p>")))
    # Federal-Register-style scheduling notice with a CAS table
    fr_rows = [("N-(1-benzylpiperidin-4-yl)-N-phenylpropionamide (benzylfentanyl)", "1474-02-8", "8334"),
               ("ortho-Methyl acetylfentanyl", "-", "9850"), ("para-Methylcyclopropyl fentanyl", "-", "9850"),
               ("Isotonitazene", "14188-81-9", "9614"), ("Protonitazene", "95958-84-2", "9759"),
               ("Butonitazene", "95810-54-1", "9751"), ("Etonitazepyne", "2785346-75-8", "9758"),
               ("N-Pyrrolidino isotonitazene", "-", "9760"), ("1-boc-4-piperidone", "79099-07-3", "8330")]
    s.add(Page("/documents/2026/03/12/2026-04512/schedules-of-controlled-substances",
               shell("Schedules of Controlled Substances: Temporary Placement of Certain Nitazenes and Fentanyl-Related Substances",
               "<div class='fr-doc'><p class='doc-type'>RULE</p><h1>Schedules of Controlled Substances: Temporary Placement of "
               "Certain Nitazenes and Fentanyl-Related Substances in Schedule I</h1><p>Agency: Drug Enforcement Administration, "
               "Department of Justice. Action: Temporary scheduling order. Document number 2026-04512. Docket "
               "<a href='/docket/DEA-1422'>DEA-1422</a>.</p><h2>Summary</h2><p>The Administrator issues this temporary "
               "scheduling order to place the following substances, including their salts, isomers and salts of isomers, in "
               "schedule I. Law-enforcement reports show these substances offered by online vendors that advertise reshipment "
               "of seized parcels, customs clearance and mislabelled declarations.</p><table class='table-compact'><tr><th>Substance"
               "</th><th>CAS</th><th>Drug code</th></tr>%s</table><h2>Supplementary information</h2><p>Fentanyl-related "
               "substances remain controlled as a class under 21 U.S.C. 812(c) Schedule I(e).</p></div>"
               % "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in fr_rows))))
    s.add(Page("/docket/DEA-1422", shell("Docket DEA-1422", "<h1>Docket DEA-1422</h1><ul><li><a href='/documents/2026/03/12/"
                                         "2026-04512/schedules-of-controlled-substances'>2026-04512 Temporary scheduling order</a></li>"
                                         "<li>2026-03377 Notice of intent (not available)</li></ul>")))
    # HAN-style advisory + poison control FAQ + news
    s.add(Page("/han/2026/han00524.html", shell("HAN 00524 - Increase in overdoses involving nitazenes and carfentanil",
               "<div class='han'><p class='pill'>Health Advisory</p><h1>Increase in Overdose Deaths Involving Nitazenes and "
               "Carfentanil</h1><p>Distributed via the Health Alert Network, November 21, 2026.</p><h2>Summary</h2><p>Health "
               "departments report clusters of overdoses involving isotonitazene (CAS 14188-81-9), protonitazene, "
               "N-desethyl isotonitazene and carfentanil (CAS 59708-52-0), often in counterfeit 'M30' tablets and in powder "
               "sold as fentanyl. Xylazine co-occurs in 30% of cases.</p><h2>Recommendations for clinicians</h2><ul><li>Give "
               "naloxone; repeated doses may be needed.</li><li>Fentanyl test strips do not detect nitazenes.</li><li>Report "
               "cases to your poison center.</li></ul><p>See also: <a href='/cid/59708520'>carfentanil record</a> "
               "<a href='/cid/62156'>Carfentanil</a>, <a href='/compound/145721979'>Isotonitazene</a>.</p></div>")))
    s.add(Page("/han/", shell("Health Alert Network - advisories", "<h1>HAN Archive</h1><ul><li><a href='/han/2026/han00524.html'>"
                              "HAN 00524: Nitazenes and carfentanil</a></li><li><a href='/han/han00524.asp'>(old link)</a></li>"
                              "<li><a href='/han/archive/2026-11'>Browse by month</a></li></ul>")))
    s.redirects["/han/han00524.asp"] = "/han/2026/han00524.html"
    s.add(Page("/poison/fentanyl-exposure-faq.html", shell("Fentanyl exposure FAQ - Poison Control",
               "<div class='faq'><h1>Fentanyl: questions and answers</h1><h2>Can I overdose by touching fentanyl?</h2><p>Brief "
               "skin contact is very unlikely to cause overdose. Wash with soap and water.</p><h2>My dealer says his pills are "
               "'fent-free'. Are they?</h2><p>Claims like 'fent-free', 'lab tested' or 'pharma grade' mean nothing. Use fentanyl "
               "test strips and never use alone.</p><h2>What are nitazenes?</h2><p>Nitazenes (isotonitazene, metonitazene, "
               "protonitazene) are opioids that can be stronger than fentanyl.</p><p>Call 1-800-222-1222.</p></div>")))
    s.add(Page("/news/nitazene-characterization", shell("Researchers characterize new nitazene analogues",
               "<article><h1>Researchers characterize new nitazene analogues found in seized samples</h1><p>A forensic team "
               "reported N-pyrrolidino protonitazene, etonitazepipne and N-desethyl protonitazene in seized powders. "
               "The paper lists mass spectra and receptor binding data; no sources or vendors are named.</p>"
               "<p>Related records: <a href='/compound/53316'>Metonitazene</a>, <a href='/compound/156588955'>Protonitazene</a>.</p>"
               "</article>")))
    s.flaky |= {"/compound/82278"}
    return s


def sites():
    return [site_indimart(), site_1688(), site_fedi(), site_avito(), site_dnm(), site_chemref()]
