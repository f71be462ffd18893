"""World w12: six simulated sites, written blind, for measuring npswatch.

port+0  vm-shop       Joomla VirtueMart research-chemical shop, German + Dutch, ISO-8859-15 on part of it
port+1  chemdir       Guidechem/Molbase-style chemical directory, English + simplified/traditional Chinese (GBK pages)
port+2  dce-export    DiscordChatExporter HTML exports of vendor servers, English + Spanish
port+3  nblog         Naver-Blog-style Korean blog platform, EUC-KR old posts, UTF-8 otherwise
port+4  lemmy         Lemmy-style federated forum, English + Portuguese
port+5  uni-pharm     university pharmacology course + procurement portal + drug-checking dashboard (negatives)

Truth conventions follow marketsim.py / dev_sites.py: hits = truth keys of watchlisted substances a seller
offers for sale on the page (CAS of the listed substance, or class:fentanyl / class:nitazene for analogues
on no list by name or listed without a CAS); cas = check-digit-valid CAS numbers shown as the identifier of
a product on offer or in a catalogue (not news, tables of seizures, rails, hot-search chrome, buy requests);
claims = shipping-claim kinds a seller makes on the page; listing = the page presents products/offers.
"""
import json
import os
from urllib.parse import urlencode

from marketsim import Site, Page, Sub, S, NOVEL, BENIGN, esc, paginate, rng, tiny_png

FENT, NIT = "fentanyl", "nitazene"

# ================================================================ substances
fentanyl = S("437-38-7", "Fentanyl", cls=FENT)
carfent = S("59708-52-0", "Carfentanil", cls=FENT)
acetylf = S("3258-84-2", "Acetylfentanyl", cls=FENT)
butyrf = S("1169-70-6", "Butyrylfentanyl", cls=FENT)
furanylf = S("101345-66-8", "Furanylfentanyl", cls=FENT)
valerylf = S("122882-90-0", "Valerylfentanyl", cls=FENT)
fibf = S("244195-32-2", "4-Fluoroisobutyrylfentanyl", cls=FENT)
cprf = S("1169-68-2", "Cyclopropylfentanyl", cls=FENT)
moaf = S("101345-67-9", "Methoxyacetylfentanyl", cls=FENT)
thff = S("2142571-01-3", "Tetrahydrofuranylfentanyl", cls=FENT)
pff = S("90736-23-5", "para-Fluorofentanyl", cls=FENT)
mf3 = S("42045-86-3", "3-Methylfentanyl", cls=FENT)
ocfent = S("101343-69-5", "Ocfentanil", cls=FENT)
sufent = S("56030-54-7", "Sufentanil", cls=FENT)
acrylf = S("82003-75-6", "Acrylfentanyl", cls=FENT)
npp = S("39742-60-4", "NPP")
anpp = S("21409-26-7", "4-ANPP")
ap4 = S("23056-29-3", "4-AP")
boc4ap = S("125541-22-2", "1-boc-4-AP")
norfent = S("1609-66-1", "Norfentanyl")
pip4 = S("41661-47-6", "4-Piperidone")
bocpip = S("79099-07-3", "1-boc-4-Piperidone")
isoton = S("14188-81-9", "Isotonitazene", cls=NIT)
meton = S("14680-51-4", "Metonitazene", cls=NIT)
proton = S("95958-84-2", "Protonitazene", cls=NIT)
buton = S("95810-54-1", "Butonitazene", cls=NIT)
etonpyne = S("2785346-75-8", "Etonitazepyne", cls=NIT)
etazene = S("14030-76-3", "Etazene", cls=NIT)
desiso = S("2732926-24-6", "N-Desethyl isotonitazene", cls=NIT)
etonit = S("911-65-9", "Etonitazene", cls=NIT)
xylazine = S("7361-61-7", "Xylazine")
bromazolam = S("71368-80-4", "Bromazolam")
u47700 = S("121348-98-9", "U-47700")
brorphine = S("2244737-98-0", "Brorphine")
p2p = S("103-79-7", "P2P")

# analogues on no list by name (or listed without a CAS): only a class rule can catch them
NF = lambda *n: NOVEL(FENT, *n)
NN = lambda *n: NOVEL(NIT, *n)
nv_pbrf = NF("N-(4-bromophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide")        # (D) aniline -> 4-bromophenyl
nv_thbf = NF("N-phenyl-N-[1-[2-(thiophen-2-yl)ethyl]piperidin-4-yl]butanamide")          # (A)+(E)
nv_omibf = NF("N-(2-methoxyphenyl)-2-methyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide")  # (D)+(E)
nv_chxf = NF("Cyclohexylfentanyl")                                                        # (E) cyclohexanecarbonyl
nv_meacf = NF("4'-Methylacetylfentanyl")                 # (B) on the phenethyl ring; contains parent name acetylfentanyl
nv_mffur = NF("meta-Fluorofuranylfentanyl")              # (D) 3-fluorophenyl; contains parent furanylfentanyl
nv_ofluf = NF("ortho-Fluorofentanyl")                    # listed by name but no CAS in the watchlist -> class key
nv_emeton = NN("N-ethyl-N-methyl etonitazene",
               "2-[2-[(4-ethoxyphenyl)methyl]-5-nitro-1H-benzimidazol-1-yl]-N-ethyl-N-methylethanamine")
nv_pipne = NN("2-[(4-ethoxyphenyl)methyl]-5-nitro-1-[2-(piperidin-1-yl)ethyl]-1H-benzimidazole")
nv_desprot = NN("N-Desethyl protonitazene")              # contains parent protonitazene
nv_isopyne = NN("N-Pyrrolidino isotonitazene")           # contains parent isotonitazene
nv_code = NN("NTZ-5P", "5-methoxy-etodesnitazene")       # code name + systematic hint

# benign chemicals (valid CAS)
caffeine = BENIGN("58-08-2", "Caffeine")
nacl = BENIGN("7647-14-5", "Sodium chloride")
citric = BENIGN("77-92-9", "Citric acid")
benzocaine = BENIGN("94-09-7", "Benzocaine")
lidocaine = BENIGN("137-58-6", "Lidocaine")
paracetamol = BENIGN("103-90-2", "Paracetamol")
mannitol = BENIGN("69-65-8", "D-Mannitol")
naloxone = BENIGN("465-65-6", "Naloxone")
aspirin = BENIGN("50-78-2", "Acetylsalicylic acid")
vitc = BENIGN("50-81-7", "L-Ascorbic acid")
glycine = BENIGN("56-40-6", "Glycine")
tris = BENIGN("77-86-1", "Tris base")
hepes = BENIGN("7365-45-9", "HEPES")
edta = BENIGN("6381-92-6", "EDTA disodium dihydrate")
dmso = BENIGN("67-68-5", "Dimethyl sulfoxide")
kcl = BENIGN("7447-40-7", "Potassium chloride")
nahco3 = BENIGN("144-55-8", "Sodium bicarbonate")
mgso4 = BENIGN("10034-99-8", "Magnesium sulfate heptahydrate")
glucose = BENIGN("50-99-7", "D-Glucose")
urea = BENIGN("57-13-6", "Urea")
sucrose = BENIGN("57-50-1", "Sucrose")
sds = BENIGN("151-21-3", "Sodium dodecyl sulfate")
folic = BENIGN("59-67-6", "Nicotinic acid")
dmf = BENIGN("68-12-2", "N,N-Dimethylformamide")


def valid_cas(c):
    if not c or c.count("-") != 2:
        return False
    p = c.split("-")
    if not (p[0].isdigit() and p[1].isdigit() and p[2].isdigit()):
        return False
    d = p[0] + p[1]
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(p[2])


def fcas(c, style="dash"):
    """How a vendor writes a CAS: dash (standard), flat (no separators) or space."""
    if style == "flat":
        return c.replace("-", "")
    if style == "space":
        return c.replace("-", " ")
    return c


def qkey(path, **q):
    """The key marketsim uses for a path with non-junk query parameters."""
    return path + ("?" + urlencode(sorted(q.items())) if q else "")


class T:
    """Collects the truth of one page while it is written."""
    def __init__(self):
        self.hits, self.cas, self.claims = set(), set(), set()

    def offer(self, sub, cas=None):
        if sub.key:
            self.hits.add(sub.key)
        if cas and valid_cas(cas):
            self.cas.add(cas)
        return self

    def c(self, cas):
        if valid_cas(cas):
            self.cas.add(cas)
        return cas

    def claim(self, cl):
        self.claims.add(cl[0])
        return cl[1]

    def page(self, path, body, listing=None, **kw):
        if listing is None:
            listing = bool(self.hits or self.cas)
        if isinstance(body, str) and kw.get("charset"):
            body = body.encode(kw["charset"], "xmlcharrefreplace")
        return Page(path, body, hits=self.hits, cas=self.cas, claims=self.claims, listing=listing, **kw)


def P(path, body, charset="utf-8", **kw):
    """A page with no offers; body encoded leniently in its charset."""
    if isinstance(body, str):
        body = body.encode(charset, "xmlcharrefreplace")
    return Page(path, body, charset=charset, **kw)


# ================================================================ claims (kind, text), varied and multilingual
C = {
    "reship": {
        "en": ["Parcel held up? We resend once at no charge, just send us the tracking screen.",
               "If customs grabs it, the second shipment is on us.",
               "Seized or lost = free resend, no questions, no drama.",
               "We replace anything that gets taken at the border, one time per order."],
        "de": ["Wird die Sendung beschlagnahmt, schicken wir kostenlos ein zweites Mal.",
               "Kostenloser Neuversand bei Verlust oder Zollbeschlagnahme."],
        "nl": ["Pakket in beslag genomen? Wij versturen gratis opnieuw."],
        "zh": ["海关扣货免费重发，直到收到为止。"],
        "zht": ["被海關扣留可免費補寄一次。"],
        "es": ["Si la aduana retiene el paquete, te lo volvemos a mandar gratis.",
               "Reenvío sin costo si se pierde o lo decomisan."],
        "ko": ["세관에서 압수되면 무료로 재발송해 드립니다."],
        "pt": ["Se a alfândega apreender, mandamos de novo sem custo."],
    },
    "customs": {
        "en": ["Clears customs every time: DDP door to door, we handle the duties.",
               "99% customs pass rate to US/CA/AU, clearance done on our side."],
        "de": ["Zollabwicklung garantiert: wir verzollen für Sie (DDP), keine Nachforderungen."],
        "nl": ["Gegarandeerd door de douane, inklaring regelen wij."],
        "zh": ["包清关，双清包税到门。"],
        "zht": ["保證清關，雙清包稅送到府。"],
        "es": ["Pasa aduanas garantizado, despacho aduanal incluido en el precio."],
        "ko": ["통관 100% 보장, 관부가세 저희가 처리합니다."],
        "pt": ["Passa na alfândega garantido, desembaraço por nossa conta."],
    },
    "stealth": {
        "en": ["Vacuum-sealed, odour-proof, tucked inside a book sleeve: nothing on it looks like chems.",
               "Discreet outer box, no chemical names or hazard labels anywhere on the parcel."],
        "de": ["Diskreter Versand: vakuumverschweißt, geruchsdicht, neutrale Verpackung ohne Hinweis auf den Inhalt."],
        "nl": ["Discrete verzending in neutrale, geurdichte verpakking zonder opschrift."],
        "zh": ["隐蔽包装，真空密封，外包装无任何化学品标识。"],
        "zht": ["隱蔽包裝，真空密封，外箱不顯示品名。"],
        "es": ["Envío discreto: sellado al vacío y camuflado dentro de otro producto."],
        "ko": ["은밀 포장(진공 밀봉, 외부에 화학품 표시 전혀 없음)으로 보내드립니다."],
        "pt": ["Envio discreto, embalado a vácuo e sem identificação por fora."],
    },
    "mislabel": {
        "en": ["The customs form will read 'hair dye intermediate'.",
               "On the invoice we put it down as pigment sample / food additive."],
        "de": ["Auf der Zollinhaltserklärung steht 'Farbstoffprobe', nicht der echte Name."],
        "nl": ["Op de douanepapieren staat 'plantenvoeding'."],
        "zh": ["可改报关品名（如染料中间体、食品添加剂）。"],
        "zht": ["可更改申報品名為食品添加劑。"],
        "es": ["Declaramos el envío como 'suplemento alimenticio'."],
        "ko": ["품명은 '화장품 원료'로 신고해서 보냅니다."],
        "pt": ["Na nota declaramos como 'amostra de corante'."],
    },
    "forwarding": {
        "en": ["Ships from our Netherlands warehouse, so EU orders are domestic.",
               "We route it through a freight forwarder in Dubai before the last leg."],
        "de": ["Versand aus unserem Lager in Polen, innerhalb der EU also ohne Zoll."],
        "nl": ["Verzending vanuit ons magazijn in Duitsland, binnenlands binnen de EU."],
        "zh": ["美国、加拿大、墨西哥有海外仓，本地发货。"],
        "zht": ["經香港轉運倉轉寄，再由當地派送。"],
        "es": ["Mandamos desde nuestra bodega en México, entrega nacional."],
        "ko": ["중국 공장에서 국내 창고로 들여와 국내 택배로 발송합니다."],
        "pt": ["Enviamos do nosso depósito em São Paulo, entrega nacional."],
    },
}


def cl(kind, lang="en", i=0):
    lst = C[kind][lang]
    return (kind, lst[i % len(lst)])


def filler(r, n, words):
    """Deterministic clutter prose from a word list."""
    out = []
    for _ in range(n):
        k = r.randint(8, 16)
        s = " ".join(r.choice(words) for _ in range(k))
        out.append(s[0].upper() + s[1:] + ".")
    return " ".join(out)


JSBLOB = ("<script>window.__cfg={\"locale\":\"%s\",\"cdn\":\"/media/\",\"ab\":[%s],\"features\":{\"lazyImg\":true,"
          "\"consent\":\"v2\",\"trackPageview\":false}};(function(){var a=document.querySelectorAll('img[data-src]');"
          "for(var i=0;i<a.length;i++){a[i].src=a[i].getAttribute('data-src');}})();</script>")


# ================================================================ site 0: Joomla VirtueMart shop (DE + NL)

DE_WORDS = ("Qualität Reinheit Labor Analyse Zertifikat Lieferung Forschung Chemikalie Charge Muster Lagerung "
            "Kühlschrank trocken lichtgeschützt Verpackung Gramm Bestellung Zahlung Überweisung Kunde Service "
            "Versandkosten Artikel Rückfragen Datenblatt zuverlässig schnell europaweit Stoff Probe").split()
NL_WORDS = ("kwaliteit zuiverheid laboratorium analyse certificaat levering onderzoek chemicalie partij monster "
            "opslag koel droog verpakking gram bestelling betaling klant service verzendkosten artikel").split()


class VMItem:
    def __init__(self, pid, sub, name, cat, mf, price, cas="same", casstyle="dash", claims=(), sale=True,
                 desc="", nl=None, latin1=False):
        self.pid, self.sub, self.name, self.cat, self.mf, self.price = pid, sub, name, cat, mf, price
        self.cas = sub.cas if cas == "same" else cas
        self.casstyle, self.claims, self.sale, self.desc = casstyle, list(claims), sale, desc
        self.nl, self.latin1 = nl, latin1
        self.slug = "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-")
        while "--" in self.slug:
            self.slug = self.slug.replace("--", "-")
        self.slug = self.slug.encode("ascii", "ignore").decode() or "artikel-%d" % pid


def vm_shop():
    s = Site("vm-shop", "virtuemart-shop")
    s.robots = ("User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /component/users/\n"
                "Disallow: /de/shop/cart\nDisallow: /nl/winkel/cart\nDisallow: /de/shop/askquestion/\n"
                "Disallow: /tmp/\nDisallow: /de/suche\n")
    s.disallow = ["/de/suche", "/administrator/", "/cache/", "/component/users/", "/de/shop/cart", "/nl/winkel/cart",
                  "/de/shop/askquestion/", "/tmp/"]
    r = rng("vm-shop")
    cats = [("forschungschemikalien", "Forschungschemikalien"), ("zwischenprodukte", "Zwischenprodukte & Bausteine"),
            ("laborbedarf", "Laborbedarf & Streckmittel"), ("referenzstandards", "Referenzstandards")]
    mfs = [("nordchem-labs", "NordChem Labs (Gdańsk)"), ("hubei-kaixin", "Hubei Kaixin Pharm"),
           ("eigenproduktion", "Eigenproduktion")]
    I = VMItem
    items = [
        I(11, isoton, "Isotonitazen 99,6 % HCl", "forschungschemikalien", "hubei-kaixin", "89,00",
          claims=[cl("stealth", "de"), cl("reship", "de")],
          desc="Isotonitazene (Isotonitazin) als Hydrochlorid, weißes Pulver, nur für Forschungszwecke.",
          nl=("Isotonitazeen 99,6% HCl", [cl("stealth", "nl")])),
        I(12, meton, "Meto-Nitazen (Metonitazene) Pulver", "forschungschemikalien", "hubei-kaixin", "120,00",
          cas="14680-51-4", casstyle="flat", claims=[cl("customs", "de")],
          desc="Metonitazene, 5-Nitro-Benzimidazol-Opioid, Reinheit > 99 %, Charge 2026-09."),
        I(13, nv_emeton, "N-Ethyl-N-methyl-Etonitazen (neu)", "forschungschemikalien", "nordchem-labs", "140,00",
          cas=None, claims=[cl("forwarding", "de")],
          desc="Systematischer Name: 2-[2-[(4-Ethoxyphenyl)methyl]-5-nitro-1H-benzimidazol-1-yl]-N-ethyl-N-methylethanamin. "
               "Noch in keiner Anlage gelistet.", latin1=True),
        I(14, caffeine, "Koffein wasserfrei, Ph. Eur.", "laborbedarf", "eigenproduktion", "9,90", latin1=True,
          desc="Koffein (Coffein) wasserfrei, Pulver, 250 g Dose."),
        I(15, mannitol, "D-Mannitol 500 g", "laborbedarf", "eigenproduktion", "14,50", casstyle="space",
          desc="D-Mannit, feines Pulver, lebensmitteltauglich."),
        I(16, npp, "N-Phenethyl-4-piperidon (NPP) 1 kg", "zwischenprodukte", "hubei-kaixin", "690,00",
          claims=[cl("mislabel", "de"), cl("customs", "de")],
          desc="1-(2-Phenylethyl)piperidin-4-on, Baustein für die Synthese, gelblich-kristallin.",
          nl=("N-Fenethyl-4-piperidon (NPP)", [cl("mislabel", "nl"), cl("forwarding", "nl")])),
        I(17, bocpip, "tert-Butyl-4-oxopiperidin-1-carboxylat", "zwischenprodukte", "nordchem-labs", "210,00",
          claims=[cl("forwarding", "de")], latin1=True,
          desc="Auch als N-Boc-4-piperidon bekannt. 25 g bis 5 kg ab Lager."),
        I(18, benzocaine, "Benzocain 99 % (Streckmittel-Qualität)", "laborbedarf", "eigenproduktion", "19,00",
          desc="Benzocain, Ethyl-4-aminobenzoat, feines weißes Pulver."),
        I(19, nv_meacf, "4'-Methyl-Acetylfentanyl Referenz 100 mg", "referenzstandards", "nordchem-labs", "310,00",
          cas=None, claims=[cl("stealth", "de")],
          desc="4'-Methylacetylfentanyl: Methylgruppe am Phenethyl-Ring des Acetylfentanyl-Gerüsts, Research Chemical."),
        I(20, lidocaine, "Lidocain Base 100 g", "laborbedarf", "eigenproduktion", "24,00",
          desc="Lidocain (Base), Pulver."),
        I(21, anpp, "4-ANPP (Despropionyl-Fentanyl) 100 g", "zwischenprodukte", "hubei-kaixin", "380,00",
          cas="21409-26-7", casstyle="flat", claims=[cl("reship", "de", 1)],
          desc="4-Anilino-N-phenethylpiperidin, 99 %, HPLC.",
          nl=("4-ANPP 100 gram", [cl("reship", "nl")])),
        I(22, nacl, "Natriumchlorid p.a. 1 kg", "laborbedarf", "eigenproduktion", "6,50", desc="Kochsalz, analysenrein."),
        I(23, proton, "Protonitazen 1 g", "forschungschemikalien", "hubei-kaixin", "95,00", cas=None,
          claims=[cl("stealth", "de"), cl("customs", "de")], desc="Protonitazene, Propoxy-Analogon, 1 g Musterbeutel."),
        I(24, citric, "Zitronensäure wasserfrei", "laborbedarf", "eigenproduktion", "7,90", latin1=True,
          desc="Zitronensäure E330, Pulver."),
        I(25, fentanyl, "Fentanyl-Citrat Referenzmaterial 10 mg", "referenzstandards", "nordchem-labs", "0,00",
          sale=False, cas=None,
          desc="Nicht mehr lieferbar. Dieser Artikel wurde dauerhaft aus dem Sortiment genommen (BtMG)."),
        I(26, ap4, "4-Anilinopiperidin (4-AP) 250 g", "zwischenprodukte", "nordchem-labs", "260,00",
          casstyle="space", claims=[cl("forwarding", "de")], desc="N-Phenylpiperidin-4-amin, Reinheit 98 %.",
          nl=("4-Anilinopiperidine (4-AP)", [cl("customs", "nl")])),
    ]
    byid = {it.pid: it for it in items}

    hot = ["Isotonitazen", "Fentanyl", "NPP", "Koffein", "Carfentanil", "Benzocain"]

    def head(title, lang="de", charset="utf-8", canonical=""):
        shop = "/de/shop" if lang == "de" else "/nl/winkel"
        catnav = "".join("<li class='VmClose'><a href='%s/%s'>%s</a></li>" % (shop, c, esc(n)) for c, n in cats)
        hs = " ".join("<a class='tag' href='/de/suche?keyword=%s'>%s</a>" % (esc(h), esc(h)) for h in hot)
        return ("<!DOCTYPE html>\n<html xmlns='http://www.w3.org/1999/xhtml' xml:lang='%s-%s' lang='%s-%s' dir='ltr'>"
                "<head><meta http-equiv='content-type' content='text/html; charset=%s' />"
                "<meta name='generator' content='Joomla! - Open Source Content Management' />"
                "<title>%s - LaborChem24</title>%s"
                "<link href='/templates/lc24/favicon.ico' rel='shortcut icon' type='image/vnd.microsoft.icon' />"
                "<link rel='stylesheet' href='/components/com_virtuemart/assets/css/vm-ltr-common.css?vmver=3.8.8' type='text/css' />"
                "<link rel='stylesheet' href='/components/com_virtuemart/assets/css/vm-ltr-site.css?vmver=3.8.8' type='text/css' />"
                "<script src='/media/jui/js/jquery.min.js?ab12' type='text/javascript'></script>"
                "<script type='text/javascript'>//<![CDATA[ \nvmSiteurl = '/' ;\nvmLang = '&lang=%s';\nvmLangTag = '%s';\n"
                "Itemid = '&Itemid=101';\nusefancy = true;\n//]]>\n</script></head>"
                "<body class='site com_virtuemart view-category no-layout no-task itemid-101'>"
                "<div id='cookieBanner' class='cookie-hint'>Diese Website verwendet Cookies. "
                "<a href='/de/datenschutz'>Datenschutzerklärung</a> <button>OK</button></div>"
                "<div class='body'><div class='container'><header class='header' role='banner'>"
                "<div class='header-inner clearfix'><a class='brand pull-left' href='/'><span class='site-title'>LaborChem24</span></a>"
                "<div class='header-search pull-right'><div class='moduletable'><form action='/de/suche' method='get'>"
                "<div class='vmsearch'><input name='keyword' class='inputbox' type='text' value='' placeholder='Suchen...'/>"
                "<input type='submit' value='Suche' class='button'/></div></form>"
                "<div class='hotsearch'><span>Beliebte Suchbegriffe:</span> %s</div></div></div></div>"
                "<div class='lang'><a href='/'>DE</a> | <a href='/nl/winkel'>NL</a></div></header>"
                "<nav class='navigation' role='navigation'><ul class='nav menu nav-pills mod-list'>"
                "<li class='item-101 default current active'><a href='/'>Startseite</a></li>"
                "<li class='item-102'><a href='/de/shop'>Shop</a></li><li class='item-103'><a href='/de/versand-und-zoll'>Versand &amp; Zoll</a></li>"
                "<li class='item-104'><a href='/de/blog'>Aktuelles</a></li><li class='item-105'><a href='/de/agb'>AGB</a></li>"
                "<li class='item-106'><a href='/component/users/?view=login'>Anmelden</a></li>"
                "<li class='item-107'><a href='/de/shop/cart'>Warenkorb (0)</a></li></ul></nav>"
                "<div class='row-fluid'><div id='sidebar' class='span3'><div class='sidebar-nav'>"
                "<div class='moduletable'><h3>Kategorien</h3><ul class='menu vm-categories'>%s</ul></div>"
                "<div class='moduletable'><h3>Hersteller</h3><ul>%s</ul></div></div></div>"
                "<main id='content' role='main' class='span9'><div id='system-message-container'></div>"
                % (lang, lang.upper(), lang, lang.upper(), charset, esc(title),
                   ("<link href='%s' rel='canonical' />" % canonical) if canonical else "",
                   lang, lang + "-" + lang.upper(), hs, catnav,
                   "".join("<li><a href='/de/shop/manufacturer/%s'>%s</a></li>" % (m, esc(n)) for m, n in mfs)))

    def foot(lang="de"):
        extra = filler(r, 3, DE_WORDS if lang == "de" else NL_WORDS)
        return ("</main></div></div></div><footer class='footer' role='contentinfo'><div class='container'><hr />"
                "<p class='pull-right'><a href='#top' id='back-top'>Nach oben</a></p>"
                "<div class='footer-links'><a href='/de/impressum'>Impressum</a> | <a href='/de/datenschutz'>Datenschutz</a> | "
                "<a href='/de/agb'>AGB</a> | <a href='/de/versand-und-zoll'>Versand &amp; Zoll</a> | "
                "<a href='/de/widerruf'>Widerrufsbelehrung</a></div><p class='small'>%s</p>"
                "<p>&copy; 2026 LaborChem24 &middot; Alle Preise inkl. MwSt. zzgl. Versand. Nur für Labor- und Forschungszwecke. "
                "Zahlung: Vorkasse, Bitcoin, Monero.</p></div></footer>%s</body></html>") % (esc(extra), JSBLOB % (lang, "3,7"))

    def cas_html(it):
        if not it.cas:
            return ""
        return "<div class='product-fields'><div class='product-field product-field-type-S'><span class='product-fields-title'>CAS-Nr.</span> <span class='product-field-display'>%s</span></div></div>" % fcas(it.cas, it.casstyle)

    def pb(it, lang="de"):
        shop = "/de/shop" if lang == "de" else "/nl/winkel"
        name = it.name if lang == "de" else it.nl[0]
        btn = "In den Warenkorb" if lang == "de" else "In winkelwagen"
        price = ("<div class='PricesalesPrice vm-display vm-price-value'><span class='vm-price-desc'>Verkaufspreis: </span>"
                 "<span class='PricesalesPrice'>%s €</span></div>" % it.price) if it.sale else "<div class='product-price'><em>Nicht verfügbar</em></div>"
        return ("<div class='product vm-col vm-col-3 vertical-separator'><div class='spacer product-container'>"
                "<div class='vm-product-media-container'><a title='%s' href='%s/%s/%s-detail'><img src='/images/virtuemart/product/resized/%d_0x90.png' alt='%s' class='browseProductImage' /></a></div>"
                "<div class='vm-product-rating-container'><span class='vmicon vm2-stars0'></span></div>"
                "<div class='vm-product-descr-container-1'><h2><a href='%s/%s/%s-detail'>%s</a></h2>%s</div>"
                "<div class='vm3pr-2'>%s</div>%s"
                "<div class='vm-details-button'><a href='%s/%s/%s-detail' class='product-details'>Details</a></div></div></div>"
                % (esc(name), shop, it.cat, it.slug, it.pid, esc(name), shop, it.cat, it.slug, esc(name), cas_html(it),
                   price, ("<div class='addtocart-area'><form method='post' class='product js-recalculate' action='/de/shop/cart'>"
                           "<span class='addtocart-button'><input type='submit' name='addtocart' class='addtocart-button' value='%s' /></span>"
                           "<input type='hidden' name='virtuemart_product_id[]' value='%d'/></form></div>" % (btn, it.pid)) if it.sale else "",
                   shop, it.cat, it.slug))

    def account_for(t, it):
        if it.sale:
            t.offer(it.sub, it.cas)

    # --- home
    t = T()
    feat = [byid[14], byid[11], byid[22], byid[16]]
    for it in feat:
        account_for(t, it)
    s.add(t.page("/", head("Startseite") +
                 "<div class='moduletable'><h3>Willkommen bei LaborChem24</h3><p>Ihr Spezialist für Forschungschemikalien, "
                 "Bausteine und Laborbedarf seit 2019. Lieferung in die gesamte EU.</p></div>"
                 "<div class='vm-products-horizon'><h3>Empfohlene Produkte</h3><div class='row'>%s</div></div>"
                 "<div class='moduletable'><a href='/de/shop'>Alle Kategorien</a> | <a href='/nl/winkel'>Nederlandse winkel</a> | "
                 "<a href='/de/blog'>Aktuelles</a></div><div class='moduletable deals'><h3>Angebote der Woche</h3><ul>%s</ul></div>"
                 % ("".join(pb(it) for it in feat), "".join("<li><a href='/index.php/de/shop/produkt/%d'>%s</a></li>" % (x.pid, esc(x.name)) for x in (byid[14], byid[18], byid[22], byid[24])))
                 + foot(), listing=True))
    # --- shop root
    s.add(Page("/de/shop", head("Shop") + "<div class='category-view'><div class='row'>%s</div></div>" %
               "".join("<div class='category floatleft width25'><div class='spacer'><h2><a href='/de/shop/%s' title='%s'>%s<br/>"
                       "<img src='/images/virtuemart/category/%s.png' alt='%s'/></a></h2></div></div>" % (c, esc(n), esc(n), c, esc(n))
                       for c, n in cats) + foot()))
    # --- categories with pagination (SEF "results,a-b")
    per = 3
    for c, cname in cats:
        citems = [it for it in items if it.cat == c]
        pages = paginate(citems, per)
        for pi, chunk in enumerate(pages):
            t = T()
            for it in chunk:
                account_for(t, it)
            path = "/de/shop/%s" % c if pi == 0 else "/de/shop/%s/results,%d-%d" % (c, pi * per + 1, pi * per + per)
            nav = "".join("<li class='%s'><a class='pagenav' href='%s'>%d</a></li>" % (
                "active" if k == pi else "", "/de/shop/%s" % c if k == 0 else "/de/shop/%s/results,%d-%d" % (c, k * per + 1, k * per + per), k + 1)
                for k in range(len(pages)))
            body = (head(cname, canonical=path) + "<div class='browse-view'><h1>%s</h1>"
                    "<div class='orderby-displaynumber'><div class='floatleft vm-order-list'><div class='orderlistcontainer'>"
                    "<div class='title'>Sortieren nach</div><div class='activeOrder'><a title=' +/-' href='%s?order=DESC'>Produktname +/-</a></div>"
                    "<div class='orderlist'><div><a title='Preis' href='%s?sort=price'>Preis</a></div></div></div></div>"
                    "<div class='floatright display-number'>Ergebnisse %d - %d von %d</div></div>"
                    "<div class='row'>%s</div><div class='vm-pagination vm-pagination-bottom'><ul>%s</ul>"
                    "<span class='vm-page-counter'>Seite %d von %d</span></div></div>"
                    % (esc(cname), path, path, pi * per + 1, pi * per + len(chunk), len(citems),
                       "".join(pb(it) for it in chunk), nav, pi + 1, len(pages)) + foot())
            s.add(t.page(path, body, listing=True))
    # --- product details
    for it in items:
        t = T()
        account_for(t, it)
        desc = esc(it.desc)
        cls = " ".join(esc(x) for _, x in it.claims)
        for c_ in it.claims:
            t.claim(c_) if it.sale else None
        rail = [x for x in items if x.pid != it.pid and x.cat != it.cat][:4]
        railhtml = "".join("<div class='product-field-display'><a href='/de/shop/%s/%s-detail' title='%s'>"
                           "<img src='/images/virtuemart/product/resized/%d_0x90.png' alt=''/><span class='vm-product-title'>%s</span></a></div>"
                           % (x.cat, x.slug, esc(x.name), x.pid, esc(x.name)) for x in rail)
        charset = "iso-8859-15" if it.latin1 else "utf-8"
        path = "/de/shop/%s/%s-detail" % (it.cat, it.slug)
        ld = {"@context": "https://schema.org", "@type": "Product", "name": it.name, "sku": "LC-%d" % it.pid}
        body = (head(it.name, charset=charset, canonical=path) +
                "<div class='product-container productdetails-view productdetails'>"
                "<div class='product-neighbours'><a href='/de/shop/%s' class='previous-page'>Zurück zu: %s</a></div>"
                "<h1>%s</h1><div class='icons'><a href='/de/shop/askquestion/%d' class='ask-a-question'>Frage zum Produkt</a></div>"
                "<div class='product-short-description'>%s</div>"
                "<div class='vm-product-container'><div class='vm-product-media-container'><div class='main-image'>"
                "<img src='/images/virtuemart/product/%d.png' alt='%s' /></div></div>"
                "<div class='vm-product-details-container'><div class='spacer-buy-area'>"
                "<div class='product-price' id='productPrice%d'>%s</div>%s"
                "<div class='availability'>%s</div>%s"
                "<div class='manufacturer'>Hersteller: <a class='manuModal' href='/de/shop/manufacturer/%s'>%s</a></div>"
                "</div></div></div><div class='product-description'><span class='title'>Beschreibung</span><p>%s</p><p>%s</p>"
                "<p>%s</p></div>"
                "<div class='product-related-products'><h4>Kunden kauften auch</h4>%s</div>"
                "<div class='customer-reviews'><h4>Bewertungen</h4><p>Es gibt noch keine Bewertungen für dieses Produkt.</p></div>"
                "</div>"
                % (it.cat, esc(dict(cats)[it.cat]), esc(it.name), it.pid, desc, it.pid, esc(it.name), it.pid,
                   ("<span class='PricesalesPrice'>%s €</span> <span class='vm-price-desc'>inkl. 19 %% MwSt.</span>" % it.price) if it.sale else "<em>Derzeit nicht lieferbar</em>",
                   cas_html(it), "Auf Lager, Versand in 1-2 Werktagen" if it.sale else "Ausverkauft",
                   ("<div class='addtocart-area'><form method='post' action='/de/shop/cart'><div class='addtocart-bar'>"
                    "<span class='quantity-box'><input type='text' class='quantity-input js-recalculate' name='quantity[]' value='1'/></span>"
                    "<span class='addtocart-button'><input type='submit' name='addtocart' class='addtocart-button' value='In den Warenkorb' title='In den Warenkorb' /></span>"
                    "</div></form></div>") if it.sale else "",
                   it.mf, esc(dict(mfs)[it.mf]), cls,
                   esc(filler(r, 2, DE_WORDS)),
                   "<a href='/de/versand-und-zoll'>Informationen zu Versand und Zoll</a>",
                   railhtml) +
                "<script type='application/ld+json'>%s</script>" % json.dumps(ld, ensure_ascii=False) + foot())
        if it.latin1:
            # header says only text/html; the charset is given by the meta tag alone
            p = t.page(path, body, listing=True, charset="iso-8859-15",
                       ctype="text/html" if it.pid % 2 == 0 else "text/html; charset=iso-8859-15")
        else:
            p = t.page(path, body, listing=True)
        s.add(p)
        s.redirects["/index.php/de/shop/produkt/%d" % it.pid] = path
    # --- NL product pages (subset) + NL category
    nl_items = [it for it in items if it.nl]
    t = T()
    for it in nl_items:
        account_for(t, it)
    s.add(t.page("/nl/winkel", head("Winkel", lang="nl") + "<div class='browse-view'><h1>Alle producten</h1><div class='row'>%s</div></div>"
                 % "".join(pb(it, "nl") for it in nl_items) + foot("nl"), listing=True))
    for c, cname in cats:
        s.redirects["/nl/winkel/%s" % c] = "/nl/winkel"
    for it in nl_items:
        t = T()
        account_for(t, it)
        name, ncl = it.nl
        for c_ in ncl:
            t.claim(c_)
        path = "/nl/winkel/%s/%s-detail" % (it.cat, it.slug)
        body = (head(name, lang="nl", charset="iso-8859-15") + "<div class='productdetails-view productdetails'><h1>%s</h1>"
                "<div class='product-price'><span class='PricesalesPrice'>%s €</span> incl. btw</div>%s"
                "<div class='addtocart-area'><form method='post' action='/nl/winkel/cart'><input type='submit' class='addtocart-button' value='In winkelwagen'/></form></div>"
                "<div class='product-description'><span class='title'>Omschrijving</span><p>%s</p><p><strong>Verzending:</strong> %s</p></div>"
                "<div class='product-related-products'><h4>Klanten kochten ook</h4><a href='/nl/winkel'>Bekijk alle producten</a></div></div>"
                % (esc(name), it.price, cas_html(it), esc(filler(r, 2, NL_WORDS)), esc(" ".join(x for _, x in ncl))) + foot("nl"))
        s.add(t.page(path, body, listing=True, charset="iso-8859-15", ctype="text/html; charset=iso-8859-15"))
    # --- manufacturer pages
    for m, mname in mfs:
        t = T()
        mitems = [it for it in items if it.mf == m]
        for it in mitems:
            account_for(t, it)
        s.add(t.page("/de/shop/manufacturer/%s" % m, head(mname) + "<div class='manufacturer-details-view'><h1>%s</h1>"
                     "<div class='spacer'><div class='manufacturer-description'>%s</div>"
                     "<h3>Produkte dieses Herstellers</h3><div class='row'>%s</div></div></div>"
                     % (esc(mname), esc(filler(r, 2, DE_WORDS)), "".join(pb(it) for it in mitems)) + foot(), listing=True))
    # --- Versand & Zoll FAQ (shop-wide claims; not a listing)
    t = T()
    faq = [("Wie wird verpackt?", t.claim(cl("stealth", "de"))),
           ("Was passiert, wenn der Zoll mein Paket einbehält?", t.claim(cl("reship", "de", 1)) + " Bitte senden Sie uns das Schreiben des Zollamts."),
           ("Muss ich Einfuhrabgaben zahlen?", t.claim(cl("customs", "de"))),
           ("Wo liegt Ihr Lager?", t.claim(cl("forwarding", "de"))),
           ("Welche Versanddienstleister nutzen Sie?", "DHL, DPD und GLS. Sendungsverfolgung per E-Mail."),
           ("Liefern Sie in die Schweiz?", "Ja, gegen Aufpreis von 14,90 €.")]
    s.add(t.page("/de/versand-und-zoll", head("Versand & Zoll", charset="iso-8859-15") +
                 "<div class='item-page'><h2>Versand &amp; Zoll &ndash; Häufige Fragen</h2><dl class='faq'>%s</dl></div>"
                 % "".join("<dt>%s</dt><dd>%s</dd>" % (esc(q), esc(a)) for q, a in faq) + foot(),
                 listing=False, charset="iso-8859-15", ctype="text/html; charset=iso-8859-15"))
    # --- AGB: "no reships" terms (not a claim)
    s.add(Page("/de/agb", head("AGB") + "<div class='item-page'><h2>Allgemeine Geschäftsbedingungen</h2>"
               "<p>§ 7 Gefahrübergang: Mit Übergabe an den Versanddienstleister geht die Gefahr auf den Käufer über. "
               "Ein Neuversand bei Verlust oder Beschlagnahme ist ausgeschlossen; Erstattungen erfolgen nicht.</p>"
               "<p>§ 8 Der Käufer ist für die Einhaltung der Einfuhrbestimmungen seines Landes selbst verantwortlich.</p>"
               "<p>%s</p></div>" % esc(filler(r, 6, DE_WORDS)) + foot()))
    for pth, ttl in [("/de/impressum", "Impressum"), ("/de/datenschutz", "Datenschutz"), ("/de/widerruf", "Widerrufsbelehrung")]:
        s.add(Page(pth, head(ttl) + "<div class='item-page'><h2>%s</h2><p>%s</p></div>" % (ttl, esc(filler(r, 8, DE_WORDS))) + foot()))
    # --- blog: a news item about nitazenes (hard negative) + search results page for a hot search (no offer)
    s.add(Page("/de/blog", head("Aktuelles") + "<div class='blog'><div class='items-leading'>"
               "<div class='leading-0'><h2><a href='/de/blog/bka-warnt-vor-nitazenen'>BKA warnt vor Nitazenen</a></h2>"
               "<p>Eine Zusammenfassung der aktuellen Warnmeldungen.</p></div>"
               "<div class='leading-1'><h2><a href='/de/blog/neue-anlage-ii'>Neue Stoffe in Anlage II BtMG</a></h2></div></div></div>" + foot()))
    s.add(Page("/de/blog/bka-warnt-vor-nitazenen", head("BKA warnt vor Nitazenen") +
               "<div class='item-page'><h2>BKA warnt vor Nitazenen</h2><p>Das Bundeskriminalamt berichtet über Todesfälle nach dem "
               "Konsum von Heroin, das mit Isotonitazen, Metonitazen oder Protonitazen gestreckt war. Auch Fentanyl und "
               "Carfentanil wurden in Proben nachgewiesen. Wir führen keine Betäubungsmittel und verkaufen diese Stoffe nicht "
               "(mehr) an Privatpersonen.</p><p>Quelle: Pressemitteilung, Oktober 2026.</p></div>" + foot()))
    s.add(Page("/de/blog/neue-anlage-ii", head("Neue Stoffe in Anlage II") +
               "<div class='item-page'><h2>Neue Stoffe in Anlage II BtMG</h2><table class='table'><tr><th>Stoff</th><th>CAS</th></tr>"
               "<tr><td>N-Pyrrolidino-Etonitazen (Etonitazepyn)</td><td>2785346-75-8</td></tr>"
               "<tr><td>Butonitazen</td><td>95810-54-1</td></tr><tr><td>Brorphin</td><td>2244737-98-0</td></tr></table>"
               "<p>Die 23. BtMÄndV tritt am 1. Dezember in Kraft.</p></div>" + foot()))
    s.add(Page("/de/suche", head("Suche") + "<div class='browse-view'><h1>Suchergebnisse</h1><p>Keine Produkte gefunden. "
               "Bitte geben Sie einen Suchbegriff ein.</p></div>" + foot()))
    # session/sort variants of category pages are junk-param aliases (sort=, order=, sid=)
    s.flaky.update({"/de/shop/forschungschemikalien", "/de/versand-und-zoll"})
    # forbidden: cart and admin (a hit there is a violation)
    s.add(Page("/administrator/index.php", "<html><body><h1>Joomla Administration</h1><p>Entwurf: Carfentanil 1 g 450 €</p></body></html>",
               hits={carfent.key}))
    s.add(Page("/de/shop/cart", head("Warenkorb") + "<p>Ihr Warenkorb ist leer.</p>" + foot()))
    for it in items:
        s.add(Page("/images/virtuemart/product/resized/%d_0x90.png" % it.pid, tiny_png(it.pid), ctype="image/png"))
        s.add(Page("/images/virtuemart/product/%d.png" % it.pid, tiny_png(it.pid + 50), ctype="image/png"))
    return s


# ================================================================ site 1: Guidechem/Molbase-style chemical directory

EN_WORDS = ("purity appearance powder assay storage sealed dry room temperature package drum bag sample quotation "
            "factory supply quality certificate COA HPLC NMR stock delivery payment bulk price lab scale industrial "
            "grade synthesis intermediate export professional team").split()


def chemdir():
    s = Site("chemdir", "chemical-directory")
    s.robots = ("User-agent: *\nDisallow: /member/\nDisallow: /inquiry/\nDisallow: /chat/\nDisallow: /search/\n"
                "Crawl-delay: 1\n")
    s.disallow = ["/member/", "/inquiry/", "/chat/", "/search/"]
    s.rate_limit = 30
    s.trap_prefix = "/pricecalendar/"
    r = rng("chemdir")
    sup = {
        "kemike": ("Wuhan Kemike Biotech Co., Ltd.", "Hubei, China", "+86-27-8731-5520", "kemike01@chem-mail.example", 6),
        "yanxi": ("Hebei Yanxi Chemical Co., Ltd.", "Shijiazhuang, China", "+86-311-6690-1273", "WhatsApp +86 152 3377 0912", 3),
        "hongbo": ("Shanghai Hongbo Pharmatech Co., Ltd.", "Shanghai, China", "+86-21-5108-2200", "sales@hongbo-pharma.example", 11),
        "takfung": ("Tak Fung Trading (HK) Ltd. 德豐貿易", "Kowloon, Hong Kong", "+852 3018 4477", "Telegram @takfung_hk", 2),
        "alfachem": ("Zhengzhou Alfa Research Chem", "Henan, China", "+86-371-5566-0812", "Wickr: alfa_rc", 1),
        "evergreen": ("Jiangsu Evergreen Reagents Co., Ltd.", "Suzhou, China", "+86-512-6262-1190", "info@evergreen-reag.example", 15),
    }
    # compound: (sub, english name, synonyms, zh simplified, zh traditional, mf, mw, upstream, downstream)
    comp = [
        (npp, "N-Phenethyl-4-piperidone", "1-(2-Phenylethyl)-4-piperidinone; NPP; 1-Phenethylpiperidin-4-one",
         "N-苯乙基-4-哌啶酮", "N-苯乙基-4-哌啶酮", "C13H17NO", "203.28"),
        (anpp, "4-Anilino-N-phenethylpiperidine", "4-ANPP; N-Phenyl-1-(2-phenylethyl)piperidin-4-amine; Despropionyl fentanyl",
         "4-苯胺基-N-苯乙基哌啶", "4-苯胺基-N-苯乙基哌啶", "C19H24N2", "280.41"),
        (boc4ap, "tert-Butyl 4-(phenylamino)piperidine-1-carboxylate", "1-Boc-4-AP; 1-N-Boc-4-(Phenylamino)piperidine",
         "1-叔丁氧羰基-4-苯胺基哌啶", "1-第三丁氧羰基-4-苯胺基哌啶", "C16H24N2O2", "276.37"),
        (ap4, "N-Phenylpiperidin-4-amine", "4-Anilinopiperidine; 4-AP", "4-苯胺基哌啶", "4-苯胺基哌啶", "C11H16N2", "176.26"),
        (bocpip, "N-Boc-4-piperidone", "tert-Butyl 4-oxopiperidine-1-carboxylate; 1-Boc-4-oxopiperidine",
         "N-叔丁氧羰基-4-哌啶酮", "N-第三丁氧羰基-4-哌啶酮", "C10H17NO3", "199.25"),
        (pip4, "4-Piperidone", "Piperidin-4-one; 4-Piperidinone", "4-哌啶酮", "4-哌啶酮", "C5H9NO", "99.13"),
        (carfent, "Carfentanil", "Carfentanyl; 4-Carbomethoxyfentanyl", "卡芬太尼", "卡吩坦尼", "C24H30N2O3", "394.51"),
        (acetylf, "Acetylfentanyl", "Acetyl fentanyl; Desmethyl fentanyl", "乙酰芬太尼", "乙醯吩坦尼", "C21H26N2O", "322.44"),
        (isoton, "Isotonitazene", "Isotonitazine", "异托尼秦", "異托尼秦", "C23H30N4O3", "410.51"),
        (meton, "Metonitazene", "", "美托尼秦", "美托尼秦", "C21H26N4O3", "382.46"),
        (xylazine, "Xylazine", "Rompun", "赛拉嗪", "賽拉嗪", "C12H16N2S", "220.33"),
        (caffeine, "Caffeine", "1,3,7-Trimethylxanthine; Guaranine", "咖啡因", "咖啡因", "C8H10N4O2", "194.19"),
        (paracetamol, "Paracetamol", "Acetaminophen; 4-Acetamidophenol", "对乙酰氨基酚", "對乙醯胺基酚", "C8H9NO2", "151.16"),
        (benzocaine, "Benzocaine", "Ethyl 4-aminobenzoate", "苯佐卡因", "苯佐卡因", "C9H11NO2", "165.19"),
        (lidocaine, "Lidocaine", "Lignocaine", "利多卡因", "利多卡因", "C14H22N2O", "234.34"),
        (glycine, "Glycine", "Aminoacetic acid", "甘氨酸", "甘胺酸", "C2H5NO2", "75.07"),
        (dmso, "Dimethyl sulfoxide", "DMSO", "二甲基亚砜", "二甲基亞碸", "C2H6OS", "78.13"),
    ]
    cinfo = {c[0].cas: c for c in comp}
    # offers: (supplier, sub, product title, price, moq, claims, casstyle)
    O = []
    def off(sp, sub, title, price, moq, claims=(), casstyle="dash"):
        O.append(dict(sp=sp, sub=sub, title=title, price=price, moq=moq, claims=list(claims), casstyle=casstyle, id=9000 + len(O)))
    off("kemike", npp, "NPP CAS 39742604 high yield, factory direct", "USD 38-65 /kg", "1 kg", [cl("customs", "en"), cl("reship", "en", 1)], "flat")
    off("yanxi", npp, "N-Phenethyl-4-piperidone 99% white powder", "USD 50 /kg", "100 g", [cl("stealth", "en", 1), cl("mislabel", "en")])
    off("kemike", anpp, "4-ANPP 99.5% in stock Mexico warehouse", "USD 120-180 /kg", "500 g", [cl("forwarding", "en")])
    off("kemike", boc4ap, "1-Boc-4-AP 99% safe delivery", "USD 15 /g", "10 g", [cl("customs", "zh")])
    off("yanxi", boc4ap, "tert-Butyl 4-(phenylamino)piperidine-1-carboxylate", "USD 9-14 /g", "100 g", [cl("reship", "zh")])
    off("yanxi", ap4, "4-Anilinopiperidine (4-AP) bulk", "USD 210 /kg", "1 kg", [cl("forwarding", "zh")])
    off("kemike", bocpip, "N-Boc-4-piperidone 98% 25kg drum", "USD 30 /kg", "25 kg", [])
    off("evergreen", bocpip, "1-Boc-4-piperidone, 97% (reagent)", "USD 4.5 /g", "5 g", [])
    off("kemike", pip4, "4-Piperidone HCl monohydrate", "USD 45 /kg", "1 kg", [cl("stealth", "en")])
    off("takfung", carfent, "卡吩坦尼 Carfentanil 99.9% 現貨", "USD 480 /g", "1 g", [cl("reship", "zht"), cl("forwarding", "zht")])
    off("takfung", acetylf, "乙醯吩坦尼 Acetyl fentanyl powder", "USD 190 /g", "5 g", [cl("customs", "zht"), cl("stealth", "zht")])
    off("alfachem", isoton, "Isotonitazene (iso) 99% research", "USD 85 /g", "1 g", [cl("stealth", "en", 1), cl("reship", "en", 2)])
    off("alfachem", meton, "Metonitazene powder", "USD 95 /g", "1 g", [cl("mislabel", "en", 1)])
    off("yanxi", xylazine, "Xylazine HCl powder vet grade", "USD 260 /kg", "1 kg", [])
    off("kemike", caffeine, "Caffeine anhydrous USP 99%", "USD 12 /kg", "25 kg", [])
    off("hongbo", caffeine, "Caffeine powder, EP grade", "USD 10-14 /kg", "1000 kg", [])
    off("evergreen", caffeine, "Caffeine, ReagentPlus", "USD 38 /100 g", "100 g", [])
    off("hongbo", paracetamol, "Paracetamol DC 90 granule", "USD 4.8 /kg", "500 kg", [])
    off("kemike", benzocaine, "Benzocaine 99% lidocaine benzocaine supplier", "USD 25 /kg", "1 kg", [cl("stealth", "en")])
    off("hongbo", benzocaine, "Benzocaine BP2020", "USD 18 /kg", "25 kg", [])
    off("kemike", lidocaine, "Lidocaine base 99% crystal", "USD 40 /kg", "1 kg", [cl("customs", "en", 1)])
    off("evergreen", glycine, "Glycine, for molecular biology", "USD 22 /500 g", "500 g", [])
    off("hongbo", dmso, "DMSO 99.9% pharma grade", "USD 3 /kg", "200 kg", [])
    off("evergreen", dmso, "Dimethyl sulfoxide, anhydrous 99.9%", "USD 46 /1 L", "1 L", [])
    # an unlisted fentanyl analogue offered only under its systematic name (no CAS, no compound page)
    off("kemike", nv_pbrf, "N-(4-bromophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide, custom synthesis", "USD 160 /g", "1 g",
        [cl("reship", "en", 3)])
    off("alfachem", nv_isopyne, "N-Pyrrolidino isotonitazene (new, unscheduled)", "USD 120 /g", "1 g", [cl("customs", "en")])
    off("alfachem", etonpyne, "Etonitazepyne / N-pyrrolidino etonitazene", "USD 110 /g", "1 g", [], "space")
    ofid = {o["id"]: o for o in O}

    hot = [("Carfentanil", "59708-52-0"), ("Caffeine", "58-08-2"), ("4-ANPP", "21409-26-7"), ("Xylazine", "7361-61-7"),
           ("Tetracaine", "94-24-6"), ("Procaine", "59-46-1")]
    recent = ["isotonitazene", "NPP", "1-boc-4-piperidone", "sodium chloride", "protonitazene", "fentanyl test strip"]

    def cpath(cas):
        return "/cas-%s/%s.html" % (cas.split("-")[0], cas)

    def head(title, zh=False, charset="utf-8"):
        hp = "".join("<li><a href='%s'>%s</a><span class='cas'>%s</span></li>" % (cpath(c) if c in cinfo else "/encyclopedia/%s.html" % c, n, c)
                     for n, c in hot if c in cinfo)
        hp += "".join("<li><span>%s</span><span class='cas'>%s</span></li>" % (n, c) for n, c in hot if c not in cinfo)
        rs = " ".join("<a rel='nofollow' href='/search/?q=%s'>%s</a>" % (esc(x), esc(x)) for x in recent)
        return ("<!DOCTYPE html><html lang='%s'><head><meta http-equiv='Content-Type' content='text/html; charset=%s'>"
                "<title>%s</title><meta name='keywords' content='%s'><link rel='stylesheet' href='/css/common.css?v=20261101'>"
                "<script>var _hmt=_hmt||[];var pageType='detail';</script></head><body>"
                "<div class='topbar'><div class='w1200'><span>%s</span><a href='/member/login.html' rel='nofollow'>Sign in</a> | "
                "<a href='/member/register.html' rel='nofollow'>Join Free</a> | <a href='/zh/'>中文站</a></div></div>"
                "<div class='header w1200'><a class='logo' href='/'>ChemDir<span>.example</span></a>"
                "<form class='searchBox' action='/search/' method='get'><select name='t'><option>Products</option><option>CAS</option>"
                "<option>Suppliers</option></select><input name='q' placeholder='Product name / CAS No.'><button>Search</button></form></div>"
                "<div class='nav w1200'><a href='/'>Home</a><a href='/suppliers.html'>Suppliers</a><a href='/buy/'>Buy Offers</a>"
                "<a href='/news/'>Industry News</a><a href='/catalog/a.html'>Product Catalog A-Z</a></div>"
                "<div class='w1200 clearfix'><div class='side fr'><div class='box hotpro'><h3>Hot products</h3><ul>%s</ul></div>"
                "<div class='box recent'><h3>Recently searched</h3>%s</div></div><div class='main fl'>"
                % ("zh" if zh else "en", charset, esc(title), esc(title), "欢迎来到化工目录网" if zh else "Welcome to ChemDir, the B2B chemical directory", hp, rs))

    def foot():
        return ("</div></div><div class='footer'><div class='w1200'><p><a href='/about.html'>About us</a> | <a href='/suppliers.html'>Suppliers</a> | "
                "<a href='/pricecalendar/2026-11'>Price calendar</a> | <a href='/member/vip.html' rel='nofollow'>Gold membership</a> | "
                "<a href='/disclaimer.html'>Disclaimer</a></p><p>Copyright &copy; 2008-2026 ChemDir All Rights Reserved. "
                "Information on this site is published by suppliers; ChemDir does not verify licences.</p></div></div>%s</body></html>"
                % (JSBLOB % ("en", "1,9")))

    def supplier_row(o, zh=False):
        name, loc, tel, im, yrs = sup[o["sp"]]
        return ("<tr class='supplier-item'><td class='sname'><a href='/shop/%s/'>%s</a><span class='gold'>%d YRS</span>"
                "<span class='loc'>%s</span></td><td><a href='/trade/pdetail%d.html'>%s</a></td><td class='price'>%s</td>"
                "<td class='moq'>%s</td><td class='contact'>Tel: %s<br>%s<br><a class='btn-inquiry' href='/inquiry/%d.html' rel='nofollow'>%s</a></td></tr>"
                "<tr class='sdesc'><td colspan='5'>%s</td></tr>"
                % (o["sp"], esc(name), yrs, esc(loc), o["id"], esc(o["title"]), esc(o["price"]), esc(o["moq"]), esc(tel), esc(im),
                   o["id"], "询价" if zh else "Send Inquiry", esc(" ".join(t for _, t in o["claims"]))))

    def updown(cas):
        rows = [c for c in comp if c[0].cas != cas]
        r.shuffle(rows)
        up, down = rows[:3], rows[3:6]
        tb = lambda rs_: "".join("<tr><td><a href='%s'>%s</a></td><td>%s</td></tr>" % (cpath(c[0].cas), esc(c[1]), c[0].cas) for c in rs_)
        return ("<div class='tab-box updown'><h3>Upstream Products</h3><table class='ud'><tr><th>Name</th><th>CAS</th></tr>%s</table>"
                "<h3>Downstream Products</h3><table class='ud'><tr><th>Name</th><th>CAS</th></tr>%s</table></div>" % (tb(up), tb(down)))

    # --- compound pages (EN)
    for c in comp:
        sub, en, syn, zhs, zht, mf, mw = c
        offers = [o for o in O if o["sub"] is sub]
        t = T()
        t.offer(sub, sub.cas)
        for o in offers:
            for c_ in o["claims"]:
                t.claim(c_)
        body = (head("%s | %s | ChemDir" % (sub.cas, en)) +
                "<div class='crumbs'><a href='/'>Home</a> &gt; <a href='/catalog/a.html'>Catalog</a> &gt; %s</div>"
                "<div class='probox'><h1>%s <span class='cas-title'>CAS No.: %s</span></h1>"
                "<ul class='tabs'><li class='on'><a href='%s'>Suppliers (%d)</a></li><li><a href='#prop'>Properties</a></li>"
                "<li><a href='#msds'>MSDS</a></li><li><a href='#updown'>Upstream &amp; Downstream</a></li></ul>"
                "<table class='basic'><tr><th>Product Name</th><td>%s</td></tr><tr><th>CAS No.</th><td>%s</td></tr>"
                "<tr><th>Synonyms</th><td>%s</td></tr><tr><th>Molecular Formula</th><td>%s</td></tr><tr><th>Molecular Weight</th><td>%s</td></tr>"
                "<tr><th>Chinese Name</th><td>%s</td></tr></table></div>"
                "<div class='suppliers'><h2>%s Suppliers</h2><table class='slist'><tr><th>Supplier</th><th>Product</th><th>Price</th>"
                "<th>MOQ</th><th>Contact</th></tr>%s</table></div>"
                "<div id='prop' class='tab-box'><h3>Chemical Properties</h3><p>%s</p></div>"
                "<div id='msds' class='tab-box'><h3>MSDS</h3><p>Hazard statements: see supplier SDS. Handle with protective equipment.</p></div>"
                "<div id='updown'>%s</div>"
                % (esc(en), esc(en), sub.cas, cpath(sub.cas), len(offers), esc(en), sub.cas, esc(syn), mf, mw, zhs, esc(en),
                   "".join(supplier_row(o) for o in offers), esc(filler(r, 3, EN_WORDS)), updown(sub.cas)) + foot())
        s.add(t.page(cpath(sub.cas), body, listing=True))
    # --- product detail pages
    for o in O:
        t = T()
        sub = o["sub"]
        t.offer(sub, sub.cas or None)
        for c_ in o["claims"]:
            t.claim(c_)
        name, loc, tel, im, yrs = sup[o["sp"]]
        cas_line = fcas(sub.cas, o["casstyle"]) if sub.cas else "N/A (custom synthesis)"
        body = (head(o["title"]) + "<div class='pdetail'><h1 class='ptitle'>%s</h1><table class='pinfo'>"
                "<tr><th>CAS No.</th><td>%s</td></tr><tr><th>Price</th><td>%s</td></tr><tr><th>Min. Order</th><td>%s</td></tr>"
                "<tr><th>Purity</th><td>99%%</td></tr><tr><th>Supply Ability</th><td>500 kg/month</td></tr>"
                "<tr><th>Payment</th><td>T/T, BTC, USDT, Western Union</td></tr></table>"
                "<div class='pdesc'><h3>Product Description</h3><p>%s</p><p>%s</p></div>"
                "<div class='company'><h3><a href='/shop/%s/'>%s</a></h3><p>%s &middot; Tel: %s &middot; %s</p>"
                "<a class='btn-inquiry' href='/inquiry/%d.html' rel='nofollow'>Contact Supplier</a></div></div>"
                % (esc(o["title"]), cas_line, esc(o["price"]), esc(o["moq"]), esc(" ".join(x for _, x in o["claims"])),
                   esc(filler(r, 3, EN_WORDS)), o["sp"], esc(name), esc(loc), esc(tel), esc(im), o["id"]) +
                ("<p class='back'><a href='%s'>All suppliers of %s</a></p>" % (cpath(sub.cas), esc(cinfo[sub.cas][1])) if sub.cas in cinfo else "") + foot())
        s.add(t.page("/trade/pdetail%d.html" % o["id"], body, listing=True))
    # --- supplier home pages (kemike paginated)
    for sp, (name, loc, tel, im, yrs) in sup.items():
        mine = [o for o in O if o["sp"] == sp]
        chunks = paginate(mine, 6)
        zht = sp == "takfung"
        for pi, ch in enumerate(chunks, 1):
            t = T()
            rows = []
            for o in ch:
                t.offer(o["sub"], o["sub"].cas or None)
                rows.append("<li class='pro'><a href='/trade/pdetail%d.html'><img src='/img/p%d.png' alt=''></a><p class='pname'>"
                            "<a href='/trade/pdetail%d.html'>%s</a></p><p class='pcas'>CAS: %s</p><p class='pprice'>%s</p></li>"
                            % (o["id"], o["id"] % 7, o["id"], esc(o["title"]), fcas(o["sub"].cas, o["casstyle"]) if o["sub"].cas else "-", esc(o["price"])))
            intro = ("德豐貿易（香港）有限公司，專營醫藥中間體及研究化學品。" + t.claim(cl("customs", "zht")) + t.claim(cl("mislabel", "zht"))
                     if zht else esc(filler(r, 2, EN_WORDS)))
            path = "/shop/%s/" % sp if pi == 1 else "/shop/%s/products_%d.html" % (sp, pi)
            pager = " ".join("<a href='%s'>%d</a>" % ("/shop/%s/" % sp if k == 1 else "/shop/%s/products_%d.html" % (sp, k), k) for k in range(1, len(chunks) + 1))
            charset = "big5" if zht else "utf-8"
            body = (head(name, zh=zht, charset=charset) + "<div class='shop-head'><h1>%s</h1><p class='member'>Gold Member %d YRS &middot; %s</p>"
                    "<ul class='contact'><li>Tel: %s</li><li>%s</li></ul></div><div class='shop-intro'><p>%s</p></div>"
                    "<div class='shop-pros'><h2>%s</h2><ul class='prolist'>%s</ul><div class='pages'>%s</div></div>"
                    % (esc(name), yrs, esc(loc), esc(tel), esc(im), intro, "產品目錄" if zht else "Products", "".join(rows), pager) + foot())
            if zht:
                s.add(t.page(path, body, listing=True, charset="big5", ctype="text/html; charset=big5"))
            else:
                s.add(t.page(path, body, listing=True))
    s.add(P("/suppliers.html", head("Suppliers") + "<h1>Supplier directory</h1><ul class='slist'>%s</ul>"
            % "".join("<li><a href='/shop/%s/'>%s</a> &middot; %s</li>" % (k, esc(v[0]), esc(v[1])) for k, v in sup.items()) + foot()))
    # --- A-Z catalogue (links only, names + CAS: a catalogue index of compound pages, no offers shown)
    s.add(P("/catalog/a.html", head("Product Catalog") + "<h1>Product Catalog</h1><p class='legacy'>Old links: "
            "<a href='/product/cas/59708-52-0'>59708-52-0</a> <a href='/compound/39742-60-4.html'>39742-60-4</a></p><ul class='az'>%s</ul>"
            % "".join("<li><a href='%s'>%s</a></li>" % (cpath(c[0].cas), esc(c[1])) for c in sorted(comp, key=lambda c: c[1].lower())) + foot()))
    # --- Chinese compound pages (simplified, GBK)
    zhcomp = [npp, boc4ap, isoton, caffeine, anpp]
    zhpaths = []
    for sub in zhcomp:
        c = cinfo[sub.cas]
        offers = [o for o in O if o["sub"] is sub]
        t = T()
        t.offer(sub, sub.cas)
        extra = ""
        if sub is npp:
            extra = "<p class='sdesc'>" + t.claim(cl("customs", "zh")) + t.claim(cl("stealth", "zh")) + "</p>"
        if sub is anpp:
            extra = "<p class='sdesc'>" + t.claim(cl("forwarding", "zh")) + t.claim(cl("mislabel", "zh")) + "</p>"
        for o in offers:
            for c_ in o["claims"]:
                t.claim(c_)
        path = "/zh/cas/%s.html" % sub.cas
        zhpaths.append((path, c[3]))
        body = (head("%s_%s_化工目录网" % (c[3], sub.cas), zh=True, charset="gbk") +
                "<div class='probox'><h1>%s <span class='cas-title'>CAS号：%s</span></h1><table class='basic'>"
                "<tr><th>中文名称</th><td>%s</td></tr><tr><th>英文名称</th><td>%s</td></tr><tr><th>CAS号</th><td>%s</td></tr>"
                "<tr><th>分子式</th><td>%s</td></tr><tr><th>分子量</th><td>%s</td></tr></table></div>"
                "<div class='suppliers'><h2>%s供应商（%d家）</h2><table class='slist'><tr><th>供应商</th><th>产品</th><th>价格</th>"
                "<th>起订量</th><th>联系方式</th></tr>%s</table>%s</div>"
                "<div class='tab-box'><h3>上下游产品</h3><p>上游原料及下游产品信息请见英文页面。</p></div>"
                % (c[3], sub.cas, c[3], esc(c[1]), sub.cas, c[5], c[6], c[3], len(offers),
                   "".join(supplier_row(o, zh=True) for o in offers), extra) + foot())
        s.add(t.page(path, body, listing=True, charset="gbk", ctype="text/html; charset=GBK"))
    s.add(P("/zh/", head("化工目录网 - 中文站", zh=True, charset="gbk") + "<h1>化工目录网</h1><p>热门化学品供应信息：</p><ul>%s</ul>"
            "<p><a href='/zh/buy/'>求购信息</a> | <a href='/zh/news/1.html'>行业新闻</a></p>"
            % "".join("<li><a href='%s'>%s</a></li>" % (p_, n) for p_, n in zhpaths) + foot(), charset="gbk",
            ctype="text/html; charset=GBK"))
    # --- buying leads (hard negative: demand, not offers)
    s.add(P("/buy/", head("Buy Offers") + "<h1>Latest Buying Requests</h1><ul class='buylist'>"
            "<li class='buy'><b>WTB</b> 4-ANPP, 5 kg, delivery to Sinaloa, need COA &mdash; posted by buyer_3381 (Mexico)</li>"
            "<li class='buy'><b>Purchasing</b> Caffeine anhydrous 20 MT, CIF Lagos &mdash; posted by Adeyemi Foods Ltd</li>"
            "<li class='buy'><b>Looking for</b> isotonitazene reference standard, forensic lab, DEA registrant &mdash; posted by a US lab</li>"
            "<li class='buy'><b>Need</b> N-phenethyl-4-piperidone 10 kg monthly, price negotiable &mdash; posted by user r7x</li></ul>"
            "<p class='note'>Buying requests are posted by buyers. ChemDir does not sell products.</p>" + foot()))
    s.add(P("/zh/buy/", head("求购信息", zh=True, charset="gbk") + "<h1>最新求购</h1><ul class='buylist'>"
            "<li>求购 4-苯胺基-N-苯乙基哌啶（4-ANPP）10公斤，要求提供COA。</li><li>求购 咖啡因 25公斤。</li>"
            "<li>長期求購 N-苯乙基-4-哌啶酮，請報價。</li></ul>" + foot(), charset="gbk", ctype="text/html; charset=GBK"))
    # --- news (hard negatives with CAS tables)
    s.add(P("/news/", head("Industry News") + "<h1>Industry News</h1><ul><li><a href='/news/1.html'>China adds nitazene class to NPS list</a></li>"
            "<li><a href='/news/2.html'>US indictment: precursor vendors on B2B platforms</a></li></ul>" + foot()))
    s.add(P("/news/1.html", head("China adds nitazene class") + "<div class='article'><h1>China adds nitazene class to controlled NPS list</h1>"
            "<p>From 1 July 2025 all nitazene-type substances are controlled as a class. Examples named in the notice:</p>"
            "<table class='news-tb'><tr><th>Substance</th><th>CAS</th></tr><tr><td>Isotonitazene</td><td>14188-81-9</td></tr>"
            "<tr><td>Metonitazene</td><td>14680-51-4</td></tr><tr><td>Protonitazene</td><td>95958-84-2</td></tr>"
            "<tr><td>Etonitazepyne</td><td>2785346-75-8</td></tr></table>"
            "<p>Suppliers listing these products will have their accounts closed.</p></div>" + foot()))
    s.add(P("/news/2.html", head("US indictment") + "<div class='article'><h1>Indictment names chemical companies selling fentanyl precursors</h1>"
            "<p>Prosecutors say the companies advertised NPP (CAS 39742-60-4), 4-ANPP and 1-boc-4-piperidone on B2B sites and promised "
            "to reship seized parcels, mislabel customs declarations and deliver through US warehouses.</p></div>" + foot()))
    s.add(P("/zh/news/1.html", head("行业新闻", zh=True, charset="gbk") + "<div class='article'><h1>国家将尼秦类物质整类列管</h1>"
            "<p>自2025年7月1日起，尼秦类物质实施整类列管，包括异托尼秦、美托尼秦、普罗托尼秦等。芬太尼类物质自2019年起已整类列管。</p></div>" + foot(),
            charset="gbk", ctype="text/html; charset=GBK"))
    s.add(P("/about.html", head("About") + "<h1>About ChemDir</h1><p>%s</p>" % esc(filler(r, 6, EN_WORDS)) + foot()))
    s.add(P("/disclaimer.html", head("Disclaimer") + "<h1>Disclaimer</h1><p>ChemDir is an information platform. Trading of controlled "
            "substances such as fentanyl, carfentanil and their precursors is prohibited.</p>" + foot()))
    # --- home
    t = T()
    feat = [o for o in O if o["sub"].key == ""][:4]
    for o in feat:
        t.offer(o["sub"], o["sub"].cas)
    s.add(t.page("/", head("ChemDir - Chemical B2B Directory") + "<div class='banner'><h1>Find chemical suppliers by CAS number</h1></div>"
                 "<div class='box newpro'><h2>New Products</h2><ul>%s</ul></div>"
                 "<div class='box cat'><h2>Browse</h2><a href='/catalog/a.html'>A-Z catalogue</a> | <a href='/suppliers.html'>Suppliers</a> | "
                 "<a href='/buy/'>Buy offers</a> | <a href='/news/'>News</a> | <a href='/zh/'>中文</a></div>"
                 % "".join("<li><a href='/trade/pdetail%d.html'>%s</a> <span class='cas'>CAS %s</span> <span>%s</span></li>"
                           % (o["id"], esc(o["title"]), o["sub"].cas, esc(o["price"])) for o in feat) + foot(), listing=True))
    for o in O:
        s.add(Page("/img/p%d.png" % (o["id"] % 7), tiny_png(o["id"] % 7), ctype="image/png"))
    s.redirects["/product/cas/59708-52-0"] = cpath("59708-52-0")
    s.redirects["/compound/39742-60-4.html"] = cpath("39742-60-4")
    s.flaky.update({cpath("21409-26-7"), "/shop/kemike/"})
    return s


# ================================================================ site 2: DiscordChatExporter HTML exports (EN + ES)

class M:
    def __init__(self, author, text, offers=(), claims=(), embed=None, reacts=(), reply=None, bot=False, role=""):
        self.author, self.text, self.offers, self.claims = author, text, list(offers), list(claims)
        self.embed, self.reacts, self.reply, self.bot, self.role = embed, list(reacts), reply, bot, role


def dce_site():
    s = Site("dce-export", "discord-export")
    s.robots = "User-agent: *\nDisallow: /private/\nDisallow: /_assets/raw/\n"
    s.disallow = ["/private/", "/_assets/raw/"]
    r = rng("dce")
    colors = {"KrakenSupply": "rgb(241, 196, 15)", "kraken_es": "rgb(230, 126, 34)", "Mod Squid": "rgb(52, 152, 219)",
              "NitroChems": "rgb(155, 89, 182)", "Carnitas": "rgb(46, 204, 113)", "ModeradoraRD": "rgb(52, 152, 219)"}
    css = ("<style>@font-face{font-family:gg sans;src:url(https://cdn.jsdelivr.net/gh/Tyrrrz/DiscordFonts@master/gg-sans-400.woff2)}"
           "html,body{margin:0;padding:0}body{background-color:#ffffff;color:#23262a;font-family:'gg sans','Helvetica Neue',Helvetica,Arial,sans-serif;font-size:17px}"
           ".chatlog{padding:1rem 0;width:100%;border-top:1px solid rgba(79,84,92,0.15)}.chatlog__message-group{margin-bottom:1rem}"
           ".chatlog__message-container{background-color:transparent;transition:background-color 1s ease}"
           ".chatlog__message{display:grid;grid-template-columns:auto 1fr;padding:0.15rem 0;direction:ltr}"
           ".chatlog__author{font-weight:500}.chatlog__timestamp{margin-left:0.3rem;color:#5e6772;font-size:0.75rem}"
           ".chatlog__embed{display:flex;margin-top:0.3rem;max-width:520px}.chatlog__embed-color-pill{flex-shrink:0;width:0.25em;border-top-left-radius:3px}"
           ".chatlog__reactions{display:flex}.chatlog__reaction{display:flex;align-items:center;margin:0.35rem 0.1rem 0.1rem 0}"
           ".chatlog__markdown-quote{display:flex;margin:0.05em 0}.chatlog__markdown-spoiler{background-color:rgba(0,0,0,0.1)}</style>")
    ids = iter(range(1181000000000000000, 1182000000000000000, 7919))

    def render(guild, chan, msgs, nav, part, nparts):
        t = T()
        groups, last = [], None
        out = []
        for i, m in enumerate(msgs):
            mid = next(ids)
            for sub, cas in m.offers:
                t.offer(sub, cas)
            for c_ in m.claims:
                t.claim(c_)
            ts = "%02d-Oct-26 %02d:%02d %s" % (1 + (i * 3 + part * 9) % 28, 1 + (i * 5) % 12, (i * 17) % 60, "PM" if i % 2 else "AM")
            first = m.author != last or m.reply
            last = m.author
            if first and out:
                out.append("</div>")
            if first:
                out.append("<div class='chatlog__message-group'>")
            ref = ""
            if m.reply:
                ref = ("<div class='chatlog__reply'><div class='chatlog__reply-symbol'></div><img class='chatlog__reply-avatar' src='/_assets/avatar/%d.png' alt='Avatar' loading='lazy'>"
                       "<div class='chatlog__reply-author' style='color:%s' title='%s'>%s</div><div class='chatlog__reply-content'>"
                       "<span class='chatlog__reply-link' onclick=\"scrollToMessage(event,'%d')\"><em>%s</em></span></div></div>"
                       % (len(m.reply[0]) % 5, colors.get(m.reply[0], "rgb(255,255,255)"), esc(m.reply[0]), esc(m.reply[0]), mid - 7919, esc(m.reply[1])))
            emb = ""
            if m.embed:
                title, desc, fields = m.embed
                emb = ("<div class='chatlog__embed'><div class='chatlog__embed-color-pill' style='background-color:rgba(241,196,15,1)'></div>"
                       "<div class='chatlog__embed-content-container'><div class='chatlog__embed-content'><div class='chatlog__embed-text'>"
                       "<div class='chatlog__embed-title'><div class='chatlog__markdown chatlog__markdown-preserve'>%s</div></div>"
                       "<div class='chatlog__embed-description'><div class='chatlog__markdown chatlog__markdown-preserve'>%s</div></div>"
                       "<div class='chatlog__embed-fields'>%s</div></div></div>"
                       "<div class='chatlog__embed-footer'><span class='chatlog__embed-footer-text'>menu bot v2 &bull; prices in USD</span></div></div></div>"
                       % (esc(title), esc(desc).replace("\n", "<br>"),
                          "".join("<div class='chatlog__embed-field chatlog__embed-field--inline'><div class='chatlog__embed-field-name'>"
                                  "<div class='chatlog__markdown chatlog__markdown-preserve'>%s</div></div><div class='chatlog__embed-field-value'>"
                                  "<div class='chatlog__markdown chatlog__markdown-preserve'>%s</div></div></div>" % (esc(a), esc(b)) for a, b in fields)))
            reacts = "".join("<div class='chatlog__reaction' title='%s'><img class='chatlog__emoji chatlog__emoji--small' alt='%s' src='/_assets/emoji/%s.svg' loading='lazy'>"
                             "<span class='chatlog__reaction-count'>%d</span></div>" % (n, e, n, c) for e, n, c in m.reacts)
            header = ("<div class='chatlog__header'><span class='chatlog__author' style='color:%s' title='%s' data-user-id='%d'>%s</span>%s"
                      "<span class='chatlog__timestamp' title='%s'><a href='#chatlog__message-container-%d'>%s</a></span></div>"
                      % (colors.get(m.author, "rgb(255,255,255)"), esc(m.author), 900000 + len(m.author) * 37, esc(m.author),
                         "<span class='chatlog__author-tag'>BOT</span>" if m.bot else "", ts, mid, ts)) if first else ""
            aside = ("<img class='chatlog__avatar' src='/_assets/avatar/%d.png' alt='Avatar' loading='lazy'>" % (len(m.author) % 5)) if first else \
                    "<div class='chatlog__short-timestamp' title='%s'>%s</div>" % (ts, ts[-8:])
            out.append("<div id='chatlog__message-container-%d' class='chatlog__message-container' data-message-id='%d'>"
                       "<div class='chatlog__message'><div class='chatlog__message-aside'>%s</div><div class='chatlog__message-primary'>%s%s"
                       "<div class='chatlog__content chatlog__markdown'><span class='chatlog__markdown-preserve'>%s</span></div>%s"
                       "<div class='chatlog__reactions'>%s</div></div></div></div>"
                       % (mid, mid, aside, ref, header, esc(m.text).replace("\n", "<br>"), emb, reacts))
        out.append("</div>")
        navhtml = "<div class='partnav'>%s</div>" % nav
        body = ("<!DOCTYPE html><html lang='en'><head><title>%s - %s</title><meta charset='utf-8'>"
                "<meta name='viewport' content='width=device-width'>%s"
                "<script>function scrollToMessage(event,id){var element=document.getElementById('chatlog__message-container-'+id);"
                "if(!element)return;event.preventDefault();element.classList.add('chatlog__message-container--highlighted');"
                "window.scrollTo({top:element.getBoundingClientRect().top-document.body.getBoundingClientRect().top-(window.innerHeight/2),behavior:'smooth'});}</script>"
                "</head><body><div class='preamble'><div class='preamble__guild-icon-container'><img class='preamble__guild-icon' src='/_assets/guild.png' alt='Guild icon' loading='lazy'></div>"
                "<div class='preamble__entries-container'><div class='preamble__entry'>%s</div><div class='preamble__entry'>%s</div>"
                "<div class='preamble__entry preamble__entry--small'>Part %d of %d</div></div></div>%s<div class='chatlog'>%s</div>%s"
                "<div class='postamble'><div class='postamble__entry'>Exported %d message(s)</div><div class='postamble__entry'>"
                "Timezone: UTC-6</div></div></body></html>"
                % (esc(guild), esc(chan), css, esc(guild), esc(chan), part, nparts, navhtml, "".join(out), navhtml, len(msgs)))
        return t, body

    def channel(slug, guild, chan, parts, listing_parts=None):
        paths = []
        n = len(parts)
        for k in range(n):
            paths.append("/%s.html" % slug if k == 0 else "/%s-part%d.html" % (slug, k + 1))
        for k, msgs in enumerate(parts):
            nav = " ".join("<a href='%s'>[part %d]</a>" % (p_, j + 1) for j, p_ in enumerate(paths))
            t, body = render(guild, chan, msgs, nav, k + 1, n)
            lst = bool(t.hits or t.cas) if listing_parts is None else (k in listing_parts)
            s.add(t.page(paths[k], body, listing=lst))
        return paths

    B, V, E = "KrakenSupply", "kraken_es", "Mod Squid"
    # ---------------- Kraken Labs (vendor server, EN + ES)
    G = "Kraken Labs \U0001F991 | RC supply"
    ann = [
        [M(B, "@everyone new batch landed. restocked iso + meto, and a new one for the researchers (see #menu).",
           offers=[(isoton, None), (meton, None)], reacts=[("\U0001F525", "fire", 31), ("\U0001F440", "eyes", 12)]),
         M(B, "Shipping update:\n" + cl("stealth", "en")[1] + "\n" + cl("reship", "en")[1],
           claims=[cl("stealth", "en"), cl("reship", "en", 1)], reacts=[("\U0001F44D", "thumbsup", 18)]),
         M(V, "Atención LATAM: " + cl("forwarding", "es")[1] + " " + cl("customs", "es")[1],
           claims=[cl("forwarding", "es"), cl("customs", "es")]),
         M(E, "Reminder: no sourcing talk in #general, use tickets. Scammers impersonating staff will be banned.")],
        [M(B, "Policy change: NO reships to AU/NZ anymore, too many losses. Order at your own risk there."),
         M(B, "Holiday sale 15% off everything incl. the pFIBF and 4-ANPP, ends Sunday",
           offers=[(fibf, None), (anpp, None)], reacts=[("\U0001F4B8", "money", 9)]),
         M(E, "Server rules updated, read #rules before posting. Harm reduction: test your stuff, carry naloxone.")],
    ]
    menu = [
        [M(B, "", bot=True, embed=("KRAKEN MENU 1/3: opioid research", "prices per gram, BTC/XMR only\nDM to order",
            [("F\u0435ntanyl HCl (99%)", "CAS 437 38 7 | $60/g, $450/10g"), ("c a r f e n t", "CAS 59708520 | $140/g"),
             ("Acetyl-F", "CAS 3258-84-2 | $55/g"), ("caffeine (for cutting)", "CAS 58-08-2 | $10/100g")]),
           offers=[(fentanyl, "437-38-7"), (carfent, "59708-52-0"), (acetylf, "3258-84-2"), (caffeine, "58-08-2")]),
         M(B, "F\u0435nt is HCl not citrate. " + cl("mislabel", "en")[1], claims=[cl("mislabel", "en")]),
         M("degen_rick", "how is the acetyl batch? last one was weak af", reply=None),
         M(B, "this one is fire, lab tested", reply=("degen_rick", "how is the acetyl batch? last one was weak af"))],
        [M(B, "", bot=True, embed=("KRAKEN MENU 2/3: nitazenes", "all 99%+ HPLC",
            [("1s0-nit (isotonitazene)", "CAS 14188-81-9 | $85/g"), ("metonit@zene", "$95/g"),
             ("N-desethyl protonitazene (NEW, not scheduled yet)", "$120/g"), ("bromazolam pellets", "CAS 71368-80-4 | $30/10pcs")]),
           offers=[(isoton, "14188-81-9"), (meton, None), (nv_desprot, None), (bromazolam, "71368-80-4")]),
         M("lurker42", "is the desethyl proto stronger than iso?"),
         M(B, "different beast, start low. " + cl("customs", "en", 1)[1], claims=[cl("customs", "en", 1)])],
        [M(B, "", bot=True, embed=("KRAKEN MENU 3/3: precursors + new analogues", "bulk pricing on request",
            [("NPP (1-phenethyl-4-piperidone)", "CAS 39742 60 4 | $90/100g"), ("4-ANPP", "CAS 21409-26-7 | $140/100g"),
             ("pFIBF", "4-fluoro isobutyryl fent | $70/g"),
             ("Cyclohexylfentanyl", "brand new, $95/g"), ("tranq (xylazine)", "CAS 7361-61-7 | $40/25g")]),
           offers=[(npp, "39742-60-4"), (anpp, "21409-26-7"), (fibf, None), (nv_chxf, None), (xylazine, "7361-61-7")]),
         M(B, cl("forwarding", "en", 1)[1], claims=[cl("forwarding", "en", 1)])],
    ]
    prices = [
        [M(V, "LISTA DE PRECIOS \U0001F1F2\U0001F1FD (actualizada)\n- fentanilo HCl 1g $55 / 10g $400\n- carfentanilo 1g $130\n"
              "- isotonitaceno 1g $80\n- NPP 100g $85\n" + cl("stealth", "es")[1] + "\n" + cl("reship", "es")[1],
           offers=[(fentanyl, None), (carfent, None), (isoton, None), (npp, None)], claims=[cl("stealth", "es"), cl("reship", "es")],
           reacts=[("\U0001F525", "fire", 14)]),
         M("el_guero", "tienen envío a Guadalajara?"),
         M(V, "sí, " + cl("forwarding", "es")[1], reply=("el_guero", "tienen envío a Guadalajara?"), claims=[cl("forwarding", "es")])],
        [M(V, "precios mayoreo: 4-ANPP kilo $1100, 1-boc-4-AP kilo $900, N-Boc-4-piperidona 1kg $300. " + cl("mislabel", "es")[1],
           offers=[(anpp, None), (boc4ap, None), (bocpip, None)], claims=[cl("mislabel", "es")]),
         M("quimico_bcn", "hay factura? necesito para empresa"),
         M(V, "no damos factura, solo cripto")],
    ]
    reviews = [
        [M("sk8rboi", "review: iso landed in 6 days to OH. stealth was on point, could not tell what was inside. 10/10",
           reacts=[("\u2705", "check", 5)]),
         M("mariposa", "llegó perfecto a CDMX, el empaque muy discreto, gracias"),
         M("degen_rick", "second order, reship came after the first got seized. legit vendor")],
        [M("throwaway_77", "customs letter for me :( waiting on the reship"),
         M(B, "got you, " + cl("reship", "en", 2)[1], reply=("throwaway_77", "customs letter for me :( waiting on the reship"),
           claims=[cl("reship", "en", 2)]),
         M("sk8rboi", "carfent is NOT a joke btw, weigh with a mg scale, had naloxone ready")],
        [M("lurker42", "anyone else get the 'hair dye' label on the package lol"),
         M("mariposa", "sí a mí también decía tinte"),
         M(E, "keep reviews about vendor service, no dosing talk.")],
    ]
    general = [
        [M("lurker42", "gm"), M("el_guero", "buenas"),
         M("newbie_9", "wtb carfent anyone? paying good"),
         M(E, "@newbie_9 no WTB posts here, open a ticket")],
        [M("quimico_bcn", "busco fentanilo en España, alguien?"),
         M("sk8rboi", "news: DEA just seized 40kg of NPP in a port, link: https://news.example/dea-npp-seizure"),
         M("degen_rick", "some vendors say 'customs guaranteed' lol, nobody can guarantee that")],
        [M(B, "dm me, got 2g of iso and 1g metonitazene left from the old batch, $70/g to clear",
           offers=[(isoton, None), (meton, None)]),
         M("newbie_9", "dm'd")],
        [M("throwaway_77", "what's a good fentanyl test strip brand?"),
         M("mariposa", "DanceSafe o las de BTNX, funcionan bien"),
         M("lurker42", "stay safe everyone, fent is everywhere this year")],
    ]
    idx_k = []
    idx_k += [("announcements", channel("kraken-labs/info-announcements-1029384756", G, "INFO / announcements", ann))]
    idx_k += [("menu", channel("kraken-labs/shop-menu-1029384801", G, "SHOP / menu", menu))]
    idx_k += [("precios", channel("kraken-labs/shop-precios-1029384822", G, "SHOP / precios", prices))]
    idx_k += [("reviews", channel("kraken-labs/community-reviews-1029384903", G, "COMMUNITY / reviews", reviews))]
    idx_k += [("general", channel("kraken-labs/community-general-1029384950", G, "COMMUNITY / general", general))]
    # ---------------- NitroChems (second vendor server, EN)
    G2 = "NitroChems"
    N = "NitroChems"
    idx_n = []
    idx_n += [("menu", channel("nitrochems/menu-2203391", G2, "menu", [
        [M(N, "", bot=True, embed=("NITRO CATALOG", "research use only. no sales to minors.",
            [("N-ethyl-N-methyl etonitazene", "(2-[2-[(4-ethoxyphenyl)methyl]-5-nitro-1H-benzimidazol-1-yl]-N-ethyl-N-methylethanamine) $110/g"),
             ("etonitazepyne", "CAS 2785346758 | $95/g"), ("U-47700", "$25/g"), ("benzocaine", "CAS 94-09-7 | cheap")]),
           offers=[(nv_emeton, None), (etonpyne, "2785346-75-8"), (u47700, None), (benzocaine, "94-09-7")]),
         M(N, cl("customs", "en")[1] + " " + cl("stealth", "en", 1)[1], claims=[cl("customs", "en"), cl("stealth", "en", 1)])],
        [M(N, "", bot=True, embed=("NITRO CATALOG p2", "precursor section",
            [("4-piperidone HCl", "CAS 41661-47-6 | $60/100g"), ("N-phenyl-N-(piperidin-4-yl)propanamide", "norfentanyl base | $45/g"),
             ("mannitol", "$8/kg")]),
           offers=[(pip4, "41661-47-6"), (norfent, None), (mannitol, None)]),
         M(N, cl("reship", "en", 3)[1], claims=[cl("reship", "en", 3)])]]))]
    idx_n += [("general", channel("nitrochems/general-2203392", G2, "general", [
        [M("chemnerd", "anyone tried the new piperidine ethyl one"), M("other_guy", "nah waiting on reviews"),
         M(N, "reviews in #vouches, we don't do free samples")],
        [M("chemnerd", "vouch: nitro came thru, package said 'pigment sample' lol"), M("other_guy", "nice")]]))]
    idx_n += [("announcements", channel("nitrochems/announcements-2203390", G2, "announcements", [
        [M(N, "We are moving to a new server soon. Stock of etonitazepyne is sold out, restock TBA."),
         M(N, "Reminder: we never DM first. Anyone DMing you as NitroChems is a scammer.")]]))]
    # ---------------- Reducción de Daños MX (harm reduction, ES) - negatives + one spam offer
    G3 = "Reducción de Daños MX"
    R = "ModeradoraRD"
    idx_r = []
    idx_r += [("general", channel("rdmx/general-7781001", G3, "general", [
        [M(R, "Bienvenid@s. Aquí hablamos de reducción de daños. Prohibido vender o buscar sustancias."),
         M("lupita", "¿dónde consigo tiras reactivas de fentanilo en Monterrey?"),
         M(R, "En los kits de la brigada, gratis. También naloxona.")],
        [M("vendo_todo_mx", "vendo fenta y carfenta buena calidad, " + cl("stealth", "es")[1] + " escribe al telegram @vendomx",
           offers=[(fentanyl, None), (carfent, None)], claims=[cl("stealth", "es")]),
         M(R, "Mensaje de spam reportado y usuario baneado. No compren a desconocidos."),
         M("lupita", "gracias mod")],
    ], listing_parts=[1]))]
    idx_r += [("alertas", channel("rdmx/alertas-7781002", G3, "alertas", [
        [M(R, "\u26a0\ufe0f ALERTA: pastillas azules 'M30' en Tijuana con fentanilo y xilacina. Usen tiras reactivas."),
         M(R, "Resultados del laboratorio: 8 de 10 muestras de 'heroína' tenían fentanilo; 2 tenían isotonitaceno.")],
        [M(R, "Nuevo análisis: detectamos N-desetil isotonitaceno (CAS 2732926-24-6) por primera vez en CDMX. No es un anuncio de venta, es una alerta."),
         M("beto", "gracias por el aviso \U0001F64F")]]))]
    idx_r += [("recursos", channel("rdmx/recursos-7781003", G3, "recursos", [
        [M(R, "Recursos: cómo usar tiras reactivas, naloxona, líneas de ayuda. Somos fent-free: no toleramos venta."),
         M("beto", "¿las tiras detectan carfentanilo?"), M(R, "Algunas sí, con sensibilidad menor.")]]))]
    # ---------------- private (forbidden) export
    t, body = render(G, "STAFF / wholesale", [M(B, "wholesale: carfentanil 100g $9000", offers=[(carfent, None)])], "", 1, 1)
    s.add(t.page("/private/kraken-labs/staff-wholesale.html", body, listing=True))
    # ---------------- index pages
    def idx(title, slug, chans):
        rows = "".join("<li class='export'><a href='/%s.html'>#%s</a> %s</li>" % (paths[0].strip('/').replace('.html', ''), name,
                       " ".join("<a href='%s'>part %d</a>" % (p_, j + 1) for j, p_ in enumerate(paths) if j)) for name, paths in chans)
        s.add(P("/%s/" % slug, "<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s - exports</title>%s</head><body>"
                "<div class='preamble'><div class='preamble__entry'>%s</div><div class='preamble__entry preamble__entry--small'>"
                "Exported with DiscordChatExporter v2.43</div></div><ul class='exports'>%s</ul>"
                "<p><a href='/'>All archives</a> | <a href='/private/'>Staff archive</a></p></body></html>"
                % (esc(title), css, esc(title), rows)))
    idx(G, "kraken-labs", idx_k)
    idx(G2, "nitrochems", idx_n)
    idx(G3, "rdmx", idx_r)
    s.add(P("/", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Chat archives</title></head><body><h1>Chat archives</h1>"
            "<p>Mirror of exported Discord channels, collected for research. Read-only.</p><ul>"
            "<li><a href='/kraken-labs/'>Kraken Labs</a></li><li><a href='/nitrochems/'>NitroChems</a></li>"
            "<li><a href='/rdmx/'>Reducción de Daños MX</a></li><li><a href='/old/kraken-menu.html'>Kraken menu (old link)</a></li></ul></body></html>"))
    s.redirects["/old/kraken-menu.html"] = "/kraken-labs/shop-menu-1029384801.html"
    s.redirects["/kraken-labs/menu.html"] = "/kraken-labs/shop-menu-1029384801.html"
    s.flaky.update({"/kraken-labs/shop-menu-1029384801-part2.html", "/rdmx/general-7781001-part2.html"})
    for i in range(5):
        s.add(Page("/_assets/avatar/%d.png" % i, tiny_png(i + 3), ctype="image/png"))
    s.add(Page("/_assets/guild.png", tiny_png(99), ctype="image/png"))
    return s


# ================================================================ site 3: Naver-Blog-style Korean platform

KO_WORDS = ("오늘은 정리 내용 참고 자료 공부 관련 기사 이번 주 확인 중요한 부분 그리고 하지만 때문에 경우 사용 "
            "결과 분석 방법 기준 설명 다음 이후 최근 정도 문제 가능성 필요 요약").split()


def nblog():
    s = Site("nblog", "korean-blog-platform")
    s.robots = ("User-agent: *\nDisallow: /BlogAdmin\nDisallow: /PostWriteForm.naver\nDisallow: /MyBlog.naver\n"
                "Disallow: /CommentWrite\n")
    s.disallow = ["/BlogAdmin", "/PostWriteForm.naver", "/MyBlog.naver", "/CommentWrite"]
    r = rng("nblog")
    blogs = {}

    def post(blog, logno, title, paras, date, old=False, comments=(), offers=(), claims=(), cas=(), cats="전체글"):
        blogs.setdefault(blog, []).append(dict(blog=blog, logno=logno, title=title, paras=paras, date=date, old=old,
                                              comments=list(comments), offers=list(offers), claims=list(claims), cas=list(cas), cat=cats))

    V = "chemkorea77"
    post(V, 223301110001, "[판매] 펜타닐 원료 NPP (N-페네틸-4-피페리돈) 대량 재고",
         ["안녕하세요 켐코리아입니다. NPP 원료 대량 재고 있습니다.",
          "품명: N-Phenethyl-4-piperidone / 1-(2-페닐에틸)피페리딘-4-온",
          "CAS: 39742-60-4, 순도 99%, 1kg 단위 판매, 가격은 카톡 문의.",
          cl("customs", "ko")[1], cl("stealth", "ko")[1]],
         "2021. 3. 14. 10:22", old=True, offers=[(npp, "39742-60-4")], claims=[cl("customs", "ko"), cl("stealth", "ko")],
         comments=[("구매자1", "포장 은밀하게 잘 왔어요. 감사합니다"), ("chemkorea77", "감사합니다 또 이용해주세요")])
    post(V, 223301110002, "4-ANPP / 1-boc-4-AP 입고 안내",
         ["4-ANPP (4-아닐리노-N-펜에틸피페리딘) CAS 21409267 재입고.",
          "1-boc-4-AP (tert-butyl 4-(phenylamino)piperidine-1-carboxylate) CAS 125541-22-2 도 같이 판매합니다.",
          "100g / 500g / 1kg 옵션. " + cl("reship", "ko")[1], cl("forwarding", "ko")[1]],
         "2021. 6. 2. 18:40", old=True, offers=[(anpp, "21409-26-7"), (boc4ap, "125541-22-2")],
         claims=[cl("reship", "ko"), cl("forwarding", "ko")])
    post(V, 223301110003, "니타젠 계열 신제품 (이소토니타젠 / N-피롤리디노 이소토니타젠)",
         ["연구용 니타젠 신제품 들어왔습니다.", "1) 이소토니타젠 (Isotonitazene) 1g 단위",
          "2) N-Pyrrolidino isotonitazene – 아직 어디에도 지정 안 된 신물질, 1g 단위",
          cl("mislabel", "ko")[1], "텔레그램 @chemkorea77 로 주문하세요."],
         "2026. 9. 21. 21:05", offers=[(isoton, None), (nv_isopyne, None)], claims=[cl("mislabel", "ko")],
         comments=[("nobody", "이거 위험한 거 아닌가요?"), ("약대생", "신고합니다")])
    post(V, 223301110004, "카펜타닐 소량 (1g~) 판매합니다",
         ["카-펜타닐 (Carfentanil) 소량 판매. 순도 99.9%. CAS 59708 52 0", cl("customs", "en")[1],
          "국내 수령 가능."],
         "2026. 10. 3. 14:11", offers=[(carfent, "59708-52-0")], claims=[cl("customs", "en")])
    post(V, 223301110005, "카페인 무수 / 벤조카인 원료 판매",
         ["식품첨가물용 카페인 무수 CAS 58-08-2, 25kg 포대.", "벤조카인 (Benzocaine) CAS 94-09-7 1kg.", "세금계산서 발행 가능."],
         "2026. 10. 9. 09:30", offers=[(caffeine, "58-08-2"), (benzocaine, "94-09-7")])
    post(V, 223301110006, "배송 및 통관 안내 (필독)",
         ["모든 주문은 결제 확인 후 24시간 이내 발송.", cl("stealth", "ko")[1], cl("reship", "ko")[1],
          "배송 조회는 카톡으로 문의 주세요."],
         "2026. 10. 10. 11:00", claims=[cl("stealth", "ko"), cl("reship", "ko")])
    post(V, 223301110007, "[주문제작] 펜타닐 유사체 합성 의뢰 받습니다",
         ["신규 구조 합성 의뢰 가능: N-(2-methoxyphenyl)-2-methyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide",
          "1g 기준 2주 소요, 가격 별도 협의. 아직 지정되지 않은 구조입니다.", cl("forwarding", "ko")[1]],
         "2026. 10. 30. 16:20", offers=[(nv_omibf, None)], claims=[cl("forwarding", "ko")])
    H = "safe_use_kr"
    post(H, 223604440001, "펜타닐 검사 스트립(fentanyl test strips) 사용법",
         ["펜타닐 검사 스트립은 물에 녹인 샘플에 담가 결과를 확인합니다.", "카펜타닐 등 일부 유사체는 검출이 약할 수 있어요.",
          "저희는 어떤 물질도 판매하지 않습니다. 스트립은 보건소에서 무료 배포."],
         "2026. 8. 1. 12:00")
    post(H, 223604440002, "날록손 사용 안내 (과다복용 대처)",
         ["날록손 비강 스프레이 사용 순서.", "니타젠류 과다복용은 여러 번 투여가 필요할 수 있습니다."],
         "2026. 8. 20. 12:00")
    post(H, 223604440003, "'통관 보장' 광고에 속지 마세요",
         ["일부 판매자들은 '세관 압수 시 재발송', '은밀 포장', '통관 100% 보장'이라고 광고합니다.",
          "이런 광고는 불법 판매의 전형적인 신호입니다. 우리는 fent-free 커뮤니티를 지향합니다."],
         "2026. 9. 15. 12:00", comments=[("시민", "좋은 정보 감사합니다")])
    N = "newsdigest_kr"
    post(N, 223402220001, "[뉴스정리] 인천세관, 펜타닐 원료 밀수 적발",
         ["인천본부세관은 중국에서 '염료 중간체'로 위장 신고된 NPP 12kg을 적발했다고 밝혔다.",
          "압수 물질: NPP (CAS 39742-60-4), 4-ANPP (CAS 21409-26-7).",
          "세관 관계자는 '통관 보장', '재발송 보장'을 내세우는 판매 광고에 속지 말라고 당부했다."],
         "2024. 5. 7. 08:12", old=True)
    post(N, 223402220002, "[뉴스정리] 식약처, 니타젠류 신규 마약류 지정 예고",
         ["식품의약품안전처는 다음 물질을 마약류로 지정 예고했다.",
          "<table class='se-table-content'><tr><td>물질명</td><td>CAS</td></tr><tr><td>프로토니타젠</td><td>95958-84-2</td></tr>"
          "<tr><td>부토니타젠</td><td>95810-54-1</td></tr><tr><td>에토니타제핀</td><td>2785346-75-8</td></tr></table>",
          "의견 제출 기한은 11월 30일까지다."],
         "2026. 10. 15. 17:45")
    post(N, 223402220003, "[뉴스정리] 미국 펜타닐 과다복용 통계 2026",
         ["미국 CDC 잠정 통계에 따르면 합성 오피오이드(주로 펜타닐) 관련 사망이 소폭 감소했다.",
          "자일라진(xylazine) 혼합 사례는 여전히 증가 추세."],
         "2026. 10. 20. 07:30",
         comments=[("익명", "무섭네요"), ("fent_dealer_kr", "펜타닐 정품 팝니다 1g 단위, " + cl("stealth", "ko")[1] + " 텔레 @fkr_plug")],
         offers=[(fentanyl, None)], claims=[cl("stealth", "ko")])
    post(N, 223402220004, "[뉴스정리] 다크웹 마약 판매상 검거, '은밀 배송' 광고",
         ["경찰은 '은밀 포장'과 '세관 압수 시 재발송'을 광고하며 카펜타닐을 판매한 일당을 검거했다.",
          "일당은 '화장품 원료'로 품명을 바꿔 신고한 것으로 드러났다."],
         "2026. 10. 25. 10:02")
    S_ = "pharm_study_note"
    post(S_, 223503330001, "[약리학] 오피오이드 수용체 정리 (mu/kappa/delta)",
         ["모르핀, 펜타닐, 카펜타닐의 mu 수용체 친화도 비교.", "펜타닐은 모르핀보다 약 50~100배, 카펜타닐은 약 10,000배 강력하다.",
          "날록손(naloxone)은 경쟁적 길항제."],
         "2020. 11. 2. 22:10", old=True)
    post(S_, 223503330002, "[약화학] 펜타닐 유도체 구조-활성 관계(SAR) 공부",
         ["펜타닐: N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide.",
          "아실기 변경: 아세틸펜타닐, 부티릴펜타닐, 사이클로프로필펜타닐.",
          "가상의 예: N-(4-bromophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide 도 같은 계열로 규제 대상이 된다.",
          "한국과 중국은 펜타닐 유사체를 계열 전체로 규제한다."],
         "2026. 4. 11. 23:55")
    post(S_, 223503330003, "[약화학] 니타젠(벤즈이미다졸 오피오이드) 정리",
         ["기준 물질 에토니타젠(etonitazene), 이소토니타젠, 메토니타젠, 프로토니타젠.",
          "5-니트로 벤즈이미다졸 골격 + 디에틸아미노에틸 측쇄."],
         "2026. 5. 3. 20:14")
    post(S_, 223503330004, "[실험] 약리학 실습 시약 목록",
         ["실습 시약 (학과 구매): 염화나트륨, 포도당, HEPES 완충액.", "시약은 학과 재고에서 사용, 판매하지 않음."],
         "2026. 9. 8. 13:00")
    post(S_, 223503330005, "중간고사 후기",
         ["오피오이드 파트가 제일 어려웠다. 특히 펜타닐 계열 대사 (노르펜타닐 생성) 문제."],
         "2026. 10. 28. 19:40", comments=[("동기", "나도 그 문제 틀림ㅠ")])

    popular_all = []
    for b, posts in blogs.items():
        for p_ in posts:
            p_["path"] = qkey("/PostView.naver", blogId=b, logNo=str(p_["logno"]))
            p_["short"] = "/%s/%d" % (b, p_["logno"])
            s.redirects[p_["short"]] = p_["path"]
            popular_all.append(p_)

    def gnb(charset):
        return ("<!DOCTYPE html><html lang='ko'><head><meta http-equiv='Content-Type' content='text/html; charset=%s'>"
                "<meta property='og:site_name' content='블로그'>" % charset)

    def chrome_top(blog, title):
        return ("<title>%s : 네이버 블로그</title><link rel='stylesheet' href='/static/blog/css/post_view.css?20261027'>"
                "<script>var blogId='%s';var isMobile=false;var gAdPostUnit='blog_post';</script></head>"
                "<body class='se_body'><div id='gnb'><a href='/'>NAVER 블로그</a> <a href='/BlogAdmin/%s'>관리</a> "
                "<a href='/PostWriteForm.naver?blogId=%s'>글쓰기</a> <a href='/MyBlog.naver'>내 블로그</a></div>"
                "<div id='blog-menu'><a href='/PostList.naver?blogId=%s'>블로그</a> <a href='/%s'>프롤로그</a></div>"
                % (esc(title), blog, blog, blog, blog, blog))

    def rail(blog, cur):
        items = [p_ for p_ in blogs[blog] if p_ is not cur][:4]
        return ("<div class='area_popular'><h4 class='title'>이 블로그 인기글</h4><ul class='list_popular'>%s</ul></div>"
                % "".join("<li><a href='%s' class='link'><strong class='title_popular'>%s</strong><span class='date'>%s</span></a></li>"
                          % (p_["short"], esc(p_["title"]), p_["date"]) for p_ in items))

    for b, posts in blogs.items():
        for p_ in posts:
            t = T()
            for sub, cas in p_["offers"]:
                t.offer(sub, cas)
            for c_ in p_["claims"]:
                t.claim(c_)
            charset = "euc-kr" if p_["old"] else "utf-8"
            paras = []
            for x in p_["paras"]:
                if x.startswith("<table"):
                    paras.append("<div class='se-component se-table'><div class='se-component-content'>%s</div></div>" % x)
                else:
                    paras.append("<p class='se-text-paragraph se-text-paragraph-align-'><span class='se-fs- se-ff-'>%s</span></p>" % esc(x))
            body_main = "".join(paras) + "<p class='se-text-paragraph'><span>%s</span></p>" % esc(filler(r, 2, KO_WORDS))
            if p_["old"]:
                content = ("<div id='postViewArea'><div class='post-view pcol2 _param(1) _postViewArea%d'>%s</div></div>" % (p_["logno"], body_main))
            else:
                content = ("<div class='se-main-container'><div class='se-component se-text se-l-default'><div class='se-component-content'>"
                           "<div class='se-section se-section-text se-l-default'><div class='se-module se-module-text'>%s</div></div></div></div></div>" % body_main)
            comments = "".join("<li class='u_cbox_comment'><div class='u_cbox_comment_box'><div class='u_cbox_area'><div class='u_cbox_info'>"
                               "<span class='u_cbox_nick'>%s</span></div><div class='u_cbox_text_wrap'><span class='u_cbox_contents'>%s</span></div>"
                               "<div class='u_cbox_info_base'><span class='u_cbox_date'>%s</span></div></div></div></li>"
                               % (esc(n), esc(c_), p_["date"]) for n, c_ in p_["comments"])
            body = (gnb(charset) + chrome_top(b, p_["title"]) +
                    "<div id='whole-border'><div id='post-area'><div class='se-viewer se-theme-default'>"
                    "<div class='se-documentTitle'><div class='se-module se-module-text se-title-text'><p class='se-text-paragraph'>"
                    "<span>%s</span></p></div><div class='blog2_container'><span class='nick'><a href='/PostList.naver?blogId=%s'>%s</a></span>"
                    "<span class='se_publishDate pcol2'>%s</span></div></div>%s</div>"
                    "<div class='wrap_postcomment'><div class='area_sympathy'><a class='u_likeit_list_btn'>공감 %d</a></div>"
                    "<div class='u_cbox'><div class='u_cbox_head'><h5 class='u_cbox_title'>댓글</h5><span class='u_cbox_count'>%d</span></div>"
                    "<ul class='u_cbox_list'>%s</ul><div class='u_cbox_write_wrap'><a href='/CommentWrite?logNo=%d'>댓글 쓰기</a></div></div></div>"
                    "%s</div></div><div id='footer'>이 블로그의 저작권은 작성자에게 있습니다. &copy; NAVER Corp.</div></body></html>"
                    % (esc(p_["title"]), b, b, p_["date"], content, r.randint(0, 40), len(p_["comments"]), comments, p_["logno"], rail(b, p_)))
            s.add(t.page(p_["path"], body, listing=bool(t.hits or t.cas), charset=charset,
                         ctype="text/html;charset=%s" % ("EUC-KR" if p_["old"] else "UTF-8")))
        # PostList (blog home), 3 posts per page
        pages = paginate(list(reversed(posts)), 3)
        for pi, ch in enumerate(pages, 1):
            t = T()
            rows = []
            for p_ in ch:
                # the list shows title + first paragraph only; an offer shown in the excerpt counts
                excerpt = " ".join(x for x in p_["paras"][:2] if not x.startswith("<"))
                if b == V and p_["offers"]:
                    for sub, cas in p_["offers"]:
                        nm = [sub.names[0]] + ([cas, fcas(cas, "flat"), fcas(cas, "space")] if cas else [])
                        if cas and not any(k in excerpt for k in nm[1:]):
                            cas = None
                        t.offer(sub, cas)
                if b == V:
                    for c_ in p_["claims"]:
                        if c_[1] in excerpt:
                            t.claim(c_)
                rows.append("<li class='item'><div class='desc'><a class='link pcol2' href='%s'><strong class='title ell'>%s</strong></a>"
                            "<p class='text'>%s</p><span class='date'>%s</span></div></li>" % (p_["short"], esc(p_["title"]), esc(excerpt), p_["date"]))
            path = qkey("/PostList.naver", blogId=b) if pi == 1 else qkey("/PostList.naver", blogId=b, currentPage=str(pi))
            pager = " ".join("<a href='%s'>%d</a>" % (qkey("/PostList.naver", blogId=b) if k == 1 else qkey("/PostList.naver", blogId=b, currentPage=str(k)), k)
                             for k in range(1, len(pages) + 1))
            body = (gnb("utf-8") + chrome_top(b, b) + "<div id='postListBody'><h3 class='category_title'>전체글 (%d)</h3>"
                    "<ul class='thumblist'>%s</ul><div class='blog2_paginate'>%s</div></div>"
                    "<div id='footer'>&copy; NAVER Corp.</div></body></html>" % (len(posts), "".join(rows), pager))
            s.add(t.page(path, body, listing=bool(t.hits)))
        s.redirects["/" + b] = qkey("/PostList.naver", blogId=b)
    # platform home: "이 시각 인기글" chrome across blogs (titles only)
    pop = [p_ for p_ in popular_all if p_["blog"] != V][:6] + [blogs[V][5]]
    s.add(P("/", gnb("utf-8") + "<title>블로그 홈</title></head><body><div id='gnb'><a href='/'>NAVER 블로그</a></div>"
            "<div class='section_hot'><h3>이 시각 인기글</h3><ul>%s</ul></div><div class='section_blogs'><h3>블로그 목록</h3><ul>%s</ul></div>"
            "<div class='section_topic'><h3>주제별 보기</h3><p>IT·컴퓨터 | 건강·의학 | 시사·뉴스 | 학문·교육</p></div></body></html>"
            % ("".join("<li><a href='%s'>%s</a></li>" % (p_["short"], esc(p_["title"])) for p_ in pop),
               "".join("<li><a href='/%s'>%s</a></li>" % (b, b) for b in blogs))))
    s.flaky.update({blogs[V][0]["path"].split("?")[0]})
    return s


# ================================================================ site 4: Lemmy-style federated forum (EN + PT)

def lemmy():
    s = Site("lemmy", "federated-forum")
    s.robots = "User-agent: *\nDisallow: /login\nDisallow: /create_post\nDisallow: /inbox\nDisallow: /api/\nDisallow: /pictrs/\n"
    s.disallow = ["/login", "/create_post", "/inbox", "/api/", "/pictrs/"]
    s.rate_limit = 20
    r = rng("lemmy")
    comms = {"rcmarket": ("RC Market", "Research chemical marketplace. Vendors must post [H]/[W] format. No scams."),
             "harmreduction": ("Harm Reduction", "Safer use, drug checking, naloxone. No sourcing."),
             "chemistry": ("Chemistry", "Academic chemistry discussion."),
             "news": ("Drug Policy News", "News about drug policy and enforcement.")}
    posts = []

    def post(pid, comm, author, title, body, offers=(), claims=(), comments=(), title_offers=(), title_cas=(), removed=False,
             xpost=None, votes=10):
        posts.append(dict(id=pid, comm=comm, author=author, title=title, body=body, offers=list(offers), claims=list(claims),
                          comments=list(comments), title_offers=list(title_offers), title_cas=list(title_cas),
                          removed=removed, xpost=xpost, votes=votes))

    # comment: (author, text, depth, offers, claims)
    post(101, "rcmarket", "chem_plug@lemmy.example", "[H] 4-ANPP, NPP, 1-boc-4-piperidone [W] BTC/XMR",
         "Bulk and sample sizes.\n- 4-ANPP, CAS 21409-26-7, 100g $150\n- NPP (N-phenethyl-4-piperidinone), CAS 39742604, 100g $95\n"
         "- N-Boc-4-piperidone 79099-07-3, 1kg $320\n" + cl("customs", "en", 1)[1] + " " + cl("mislabel", "en", 1)[1],
         offers=[(anpp, "21409-26-7"), (npp, "39742-60-4"), (bocpip, "79099-07-3")], claims=[cl("customs", "en", 1), cl("mislabel", "en", 1)],
         title_offers=[anpp, npp, bocpip], votes=34,
         comments=[("buyer_jay@feddit.example", "vouch, stealth was great and it arrived in 9 days", 0, [], []),
                   ("chem_plug@lemmy.example", "thanks! reminder: " + cl("reship", "en")[1], 1, [], [cl("reship", "en")]),
                   ("skeptic@lemmy.example", "enjoy your federal case lol", 0, [], [])])
    post(102, "rcmarket", "br_quimica@lemmy.example.br", "[PT] Vendo isotonitazeno e metonitazeno, pronta entrega",
         "Isotonitazeno 1g R$ 450, metonitazeno 1g R$ 500. Pagamento em PIX ou cripto.\n" + cl("stealth", "pt")[1] + " " + cl("reship", "pt")[1],
         offers=[(isoton, None), (meton, None)], claims=[cl("stealth", "pt"), cl("reship", "pt")], title_offers=[isoton, meton], votes=12,
         comments=[("comprador22@lemmy.example.br", "compro 2g, chama no privado", 0, [], []),
                   ("br_quimica@lemmy.example.br", "chamei", 1, [], [])])
    post(103, "rcmarket", "newguy@lemmy.example", "[W] carfentanil, paying premium, US",
         "Looking for a reliable source. Will pay premium.", votes=2,
         comments=[("plug_usa@lemmy.example", "dm me, have carfent 1g $150, " + cl("forwarding", "en")[1], 0, [(carfent, None)], [cl("forwarding", "en")]),
                   ("mod_rc@lemmy.example", "WTB posts are allowed, but be careful with DMs.", 0, [], [])])
    post(104, "rcmarket", "eu_labs@lemmy.example", "[H] brorphine + 2-FF (ortho-fluorofentanyl) samples",
         "Brorphine (CAS 2244737-98-0) 1g $60, ortho-Fluorofentanyl 1g $80.\n" + cl("forwarding", "en")[1],
         offers=[(brorphine, "2244737-98-0"), (nv_ofluf, None)], claims=[cl("forwarding", "en")], title_offers=[brorphine, nv_ofluf], votes=8)
    post(105, "rcmarket", "deleted@lemmy.example", "[removed by moderator]",
         "", removed=True, votes=0,
         comments=[("mod_rc@lemmy.example", "Removed: Rule 2, nitazene sales are not allowed on this instance. User banned.", 0, [], [])])
    post(106, "rcmarket", "br_quimica@lemmy.example.br", "[PT] Precursores: 4-AP e Boc-4-AP, CAS 23056 29 3",
         "4-AP (4-anilinopiperidina) CAS 23056-29-3 e 1-Boc-4-AP CAS 125541-22-2, 100 g cada.\n" + cl("customs", "pt")[1] + " "
         + cl("forwarding", "pt")[1] + " " + cl("mislabel", "pt")[1],
         offers=[(ap4, "23056-29-3"), (boc4ap, "125541-22-2")], claims=[cl("customs", "pt"), cl("forwarding", "pt"), cl("mislabel", "pt")],
         title_offers=[ap4], title_cas=["23056-29-3"], votes=5)
    post(107, "rcmarket", "mod_rc@lemmy.example", "Megathread: scam vendors and warnings",
         "Known scammers: anyone selling 'pure fentanyl' with 'guaranteed customs' is almost certainly a scam or LE. "
         "Reports about carfentanil and nitazene vendors go here.", votes=56,
         comments=[("buyer_jay@feddit.example", "got scammed by 'fentking', never received", 0, [], [])])
    post(108, "rcmarket", "eu_labs@lemmy.example", "[H] meta-fluoro furanylfentanyl (m-F-FuF), 1g samples",
         "New analogue, 3-fluorophenyl on the anilide. 1g $75. " + cl("stealth", "en")[1],
         offers=[(nv_mffur, None)], claims=[cl("stealth", "en")], title_offers=[nv_mffur], votes=4)
    post(109, "rcmarket", "eu_labs@lemmy.example", "[H] Protonitazene + N-desethyl isotonitazene, EU domestic",
         "Protonitazene 1g $70, N-desethyl isotonitazene (CAS 2732926-24-6) 1g $90. " + cl("forwarding", "en")[0],
         offers=[(proton, None), (desiso, "2732926-24-6")], claims=[cl("forwarding", "en")], title_offers=[proton, desiso], votes=3)
    post(110, "rcmarket", "br_quimica@lemmy.example.br", "[PT] Vendo cafeína anidra e manitol (insumos)",
         "Cafeína anidra CAS 58-08-2, 1 kg R$ 90. D-Manitol CAS 69-65-8, 1 kg R$ 60.",
         offers=[(caffeine, "58-08-2"), (mannitol, "69-65-8")], title_offers=[caffeine, mannitol], votes=1)
    post(111, "rcmarket", "skeptic@lemmy.example", "PSA: 'fentking' exit scammed",
         "They took orders for fent and iso and vanished. Some vendors promise reships, that means nothing.", votes=22)
    post(201, "harmreduction", "hr_worker@lemmy.example", "Fentanyl test strips: how sensitive to carfentanil and nitazenes?",
         "Test strips detect fentanyl and many analogues, but nitazenes like isotonitazene are NOT detected. Use with care.", votes=88,
         comments=[("curious@lemmy.example", "so what detects nitazenes?", 0, [], []),
                   ("hr_worker@lemmy.example", "there are new nitazene strips, and lab drug checking.", 1, [], []),
                   ("curious@lemmy.example", "thanks!", 2, [], [])])
    post(202, "harmreduction", "pdx_alerts@lemmy.example", "PSA: pressed M30s in Portland tested positive for fent + xylazine",
         "Drug checking found fentanyl and xylazine in blue pills sold as oxycodone. Carry naloxone.", votes=140)
    post(203, "harmreduction", "hr_worker@lemmy.example", "Vendors promising 'customs pass' and 'free reship' are a red flag",
         "Some vendors advertise stealth packaging and reships. That tells you nothing about what is in the bag.", votes=41,
         xpost="rcmarket")
    post(204, "harmreduction", "redução@lemmy.example.br", "[PT] Tiras de teste de fentanil grátis em SP",
         "O coletivo distribui tiras de teste de fentanil e naloxona grátis. Somos fent-free: não vendemos nada.", votes=19)
    post(301, "chemistry", "student_x@lemmy.example", "Why is the 4-anilidopiperidine scaffold so potent?",
         "Academic question about fentanyl SAR: N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide vs carfentanil.", votes=15,
         comments=[("prof_chem@lemmy.example", "Read Janssen's papers; the 4-carbomethoxy group in carfentanil adds affinity.", 0, [], []),
                   ("mod_chem@lemmy.example", "Locking: no synthesis discussion of controlled substances.", 0, [], [])])
    post(302, "chemistry", "homebrewer@lemmy.example", "Where to buy caffeine anhydrous in bulk? (legit use)",
         "For energy drink formulation.", votes=6,
         comments=[("bulkchem_official@lemmy.example", "We sell Caffeine anhydrous USP, CAS 58-08-2, 25 kg bags, $12/kg shipped.", 0,
                    [(caffeine, "58-08-2")], [])])
    post(401, "news", "newsbot@lemmy.example", "DEA temporarily schedules seven nitazenes",
         "Table: protonitazene 95958-84-2; butonitazene 95810-54-1; etonitazepyne 2785346-75-8; metonitazene 14680-51-4.", votes=33)
    post(402, "news", "newsbot@lemmy.example", "300 kg of 4-ANPP seized at Manzanillo port",
         "Mexican navy seized 4-ANPP and NPP precursors declared as 'plant fertilizer'.", votes=27, xpost="harmreduction")

    def head(title):
        return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>%s - lemmy.example</title>"
                "<meta name='viewport' content='width=device-width, initial-scale=1'><link rel='stylesheet' href='/static/styles/styles.css'>"
                "<link rel='manifest' href='/manifest.webmanifest'></head><body><div id='root'><div class='lemmy-site'>"
                "<nav class='navbar navbar-expand-md navbar-light shadow-sm p-0 px-3 container-lg'><a class='navbar-brand' href='/'>lemmy.example</a>"
                "<ul class='navbar-nav me-auto'><li class='nav-item'><a class='nav-link' href='/communities'>Communities</a></li>"
                "<li class='nav-item'><a class='nav-link' href='/create_post'>Create Post</a></li><li class='nav-item'><a class='nav-link' href='/modlog'>Modlog</a></li></ul>"
                "<ul class='navbar-nav'><li><a class='nav-link' href='/login'>Login / Sign up</a></li></ul></nav>"
                "<div class='mt-4 p-0 fl-1'><div class='container-lg'><div class='row'>" % esc(title))

    def side():
        return ("<aside class='col-12 col-md-4'><div class='card border-secondary mb-3'><div class='card-body'><h5>Trending communities</h5><ul>%s</ul>"
                "</div></div><div class='card'><div class='card-body'><p>Powered by Lemmy 0.19</p></div></div></aside>"
                % "".join("<li><a href='/c/%s'>%s</a></li>" % (c, esc(v[0])) for c, v in comms.items()))

    foot = "</div></div></div></div></div><script>window.isoData={\"path\":\"/\",\"site_res\":{\"version\":\"0.19.5\"}};</script></body></html>"

    def md(x):
        return "<div class='md-div'>%s</div>" % "".join("<p>%s</p>" % esc(l) for l in x.split("\n") if l)

    for p_ in posts:
        t = T()
        if not p_["removed"]:
            for sub, cas in p_["offers"]:
                t.offer(sub, cas)
            for c_ in p_["claims"]:
                t.claim(c_)
        ctree = []
        open_depth = 0
        for k, (a, txt, d, offs, cls_) in enumerate(p_["comments"]):
            for sub, cas in offs:
                t.offer(sub, cas)
            for c_ in cls_:
                t.claim(c_)
            ctree.append("<li class='comment list-unstyled' role='comment' style='margin-left:%dem'><article id='comment-%d' class='details comment-node py-2 %s'>"
                         "<div class='d-flex flex-wrap align-items-center text-muted small'><a class='person-listing' href='/u/%s'>%s</a>"
                         "<span class='ms-2'>%d points</span></div>%s<div class='comment-bottom-btns'><a href='/comment/%d'>link</a> "
                         "<a href='/create_comment'>reply</a></div></article></li>"
                         % (d * 2, p_["id"] * 100 + k, "border-top border-light" if d == 0 else "ms-1", esc(a.split("@")[0]), esc(a),
                            r.randint(1, 30), md(txt), p_["id"] * 100 + k))
            s.redirects["/comment/%d" % (p_["id"] * 100 + k)] = "/post/%d" % p_["id"]
        xp = ("<div class='small text-muted'>cross-posted to: <a href='/c/%s'>!%s@lemmy.example</a></div>" % (p_["xpost"], p_["xpost"])) if p_["xpost"] else ""
        body_html = ("<div class='alert alert-danger'>Removed by moderator. Content hidden.</div>" if p_["removed"] else md(p_["body"]))
        body = (head(p_["title"]) + "<main class='col-12 col-md-8'><div class='post-listing mt-2'><div class='row'>"
                "<div class='col-8 col-sm-9'><h1 class='h5 d-inline text-break'><span class='post-title'>%s</span></h1>"
                "<div class='small mb-1 mb-md-0'>by <a class='person-listing' href='/u/%s'>%s</a> to <a class='community-link' href='/c/%s'>!%s@lemmy.example</a></div>"
                "%s</div><div class='vote-bar col-1'><span class='unselectable'>%d</span></div></div><div class='post-body'>%s</div></div>"
                "<div class='comments'><h5>%d comments</h5><div class='comment-sort'><a href='/post/%d?sort=Hot'>Hot</a> <a href='/post/%d?sort=New'>New</a> "
                "<a href='/post/%d?sort=Old'>Old</a></div><ul class='comments'>%s</ul></div></main>%s"
                % (esc(p_["title"]), esc(p_["author"].split("@")[0]), esc(p_["author"]), p_["comm"], p_["comm"], xp, p_["votes"], body_html,
                   len(p_["comments"]), p_["id"], p_["id"], p_["id"], "".join(ctree), side()) + foot)
        s.add(t.page("/post/%d" % p_["id"], body, listing=bool(t.hits or t.cas)))
    # community pages: titles only (title offers count, body offers do not show)
    for c, (cname, desc) in comms.items():
        cp = [p_ for p_ in posts if p_["comm"] == c or p_["xpost"] == c]
        chunks = paginate(cp, 6)
        for pi, ch in enumerate(chunks, 1):
            t = T()
            rows = []
            for p_ in ch:
                if p_["comm"] == c and not p_["removed"]:
                    for sub in p_["title_offers"]:
                        t.offer(sub, None)
                    for cas in p_["title_cas"]:
                        t.c(cas)
                rows.append("<div class='post-listing mt-2'><div class='row'><div class='col-8'><h1 class='h5 d-inline'><a class='d-inline' href='/post/%d'>"
                            "<span class='post-title'>%s</span></a></h1><div class='small'>by %s%s &middot; %d comments</div></div>"
                            "<div class='vote-bar'>%d</div></div></div>"
                            % (p_["id"], esc(p_["title"]), esc(p_["author"]), " (cross-post)" if p_["comm"] != c else "", len(p_["comments"]), p_["votes"]))
            path = qkey("/c/%s" % c) if pi == 1 else qkey("/c/%s" % c, page=str(pi))
            pager = " ".join("<a class='btn btn-secondary' href='%s'>%d</a>" % (qkey("/c/%s" % c) if k == 1 else qkey("/c/%s" % c, page=str(k)), k)
                             for k in range(1, len(chunks) + 1))
            body = (head(cname) + "<main class='col-12 col-md-8'><h1 class='h4 mb-0'>%s</h1><h6>!%s@lemmy.example</h6>"
                    "<div class='mb-3'><a href='/c/%s?sort=New'>New</a> <a href='/c/%s?sort=TopDay'>Top Day</a></div>%s<div class='paginator'>%s</div></main>"
                    "<aside class='col-md-4'><div class='card'><div class='card-body'>%s<p>Moderators: <a href='/u/mod_rc'>mod_rc</a></p></div></div></aside>"
                    % (esc(cname), c, c, c, "".join(rows), pager, md(desc)) + foot)
            s.add(t.page(path, body, listing=bool(t.hits or t.cas)))
    s.add(P("/communities", head("Communities") + "<main class='col-12'><h1 class='h4'>List of communities</h1><table class='table'>%s</table></main>"
            % "".join("<tr><td><a href='/c/%s'>%s</a></td><td>%s</td></tr>" % (c, esc(v[0]), esc(v[1])) for c, v in comms.items()) + foot))
    s.add(P("/modlog", head("Modlog") + "<main class='col-12'><h1 class='h4'>Modlog</h1><table class='table'><tr><td>mod_rc</td>"
            "<td>Removed post 105 (Rule 2: no nitazene sales)</td></tr><tr><td>mod_rc</td><td>Banned deleted@lemmy.example</td></tr>"
            "<tr><td>mod_chem</td><td>Locked post 301</td></tr></table></main>" + foot))
    for u in ["chem_plug", "eu_labs", "hr_worker"]:
        up = [p_ for p_ in posts if p_["author"].split("@")[0] == u]
        t = T()
        for p_ in up:
            for sub in p_["title_offers"]:
                t.offer(sub, None)
            for cas in p_["title_cas"]:
                t.c(cas)
        s.add(t.page("/u/%s" % u, head(u) + "<main class='col-12 col-md-8'><h1 class='h4'>%s</h1><h5>Posts</h5>%s</main>" % (esc(u),
                     "".join("<div class='post-listing'><a href='/post/%d'><span class='post-title'>%s</span></a> in !%s</div>"
                             % (p_["id"], esc(p_["title"]), p_["comm"]) for p_ in up)) + side() + foot, listing=bool(t.hits or t.cas)))
    s.add(P("/u/mod_rc", head("mod_rc") + "<main><h1 class='h4'>mod_rc</h1><p>Moderator of !rcmarket.</p></main>" + foot))
    t = T()
    hot = sorted(posts, key=lambda p_: -p_["votes"])[:8]
    for p_ in hot:
        if not p_["removed"]:
            for sub in p_["title_offers"]:
                t.offer(sub, None)
            for cas in p_["title_cas"]:
                t.c(cas)
    s.add(t.page("/", head("Front page") + "<main class='col-12 col-md-8'><div class='mb-2'><a href='/?sort=Active'>Active</a> "
                 "<a href='/?sort=New'>New</a> <a href='/?sort=TopWeek'>Top Week</a></div>%s<p><a href='/communities'>All communities</a></p></main>%s"
                 % ("".join("<div class='post-listing mt-2'><a href='/post/%d'><span class='post-title'>%s</span></a> <small>!%s &middot; %d points</small></div>"
                            % (p_["id"], esc(p_["title"]), p_["comm"], p_["votes"]) for p_ in hot), side()) + foot, listing=bool(t.hits or t.cas)))
    s.redirects["/c/rcmarket@lemmy.example"] = "/c/rcmarket"
    s.flaky.update({"/post/104", "/c/harmreduction"})
    return s


# ================================================================ site 5: university pharmacology + procurement + drug checking (negatives)

def unipharm():
    s = Site("uni-pharm", "university-negatives")
    s.robots = "User-agent: *\nDisallow: /procurement/cart/\nDisallow: /intranet/\nDisallow: /sso/\n"
    s.disallow = ["/procurement/cart/", "/intranet/", "/sso/"]
    s.trap_prefix = "/drugcheck/archive/"
    r = rng("uni")

    def head(title, section):
        return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>%s | Department of Pharmacology | Northbridge University</title>"
                "<link rel='stylesheet' href='/themes/nbu/css/main.css'></head><body class='path-%s'>"
                "<div id='cookie-consent' class='eu-cookie-compliance-banner'>We use cookies to improve your experience. <a href='/privacy'>Privacy</a> <button>Accept</button></div>"
                "<header class='site-header'><a class='logo' href='/'>Northbridge University &middot; Pharmacology</a>"
                "<nav class='main-menu'><a href='/courses/phar3040/'>PHAR 3040</a> <a href='/procurement/'>Procurement</a> "
                "<a href='/drugcheck/'>Drug Checking Service</a> <a href='/sso/login'>Staff login</a> <a href='/intranet/'>Intranet</a></nav>"
                "<form class='search' action='/search'><input name='keys' placeholder='Search'></form></header><main class='content'>"
                % (esc(title), section))

    foot = ("</main><footer class='site-footer'><p>Department of Pharmacology, Northbridge University &middot; 12 College Road &middot; "
            "<a href='/privacy'>Privacy</a> &middot; <a href='/accessibility'>Accessibility</a> &middot; <a href='/drugcheck/archive/2026-11'>Archive calendar</a></p></footer></body></html>")
    s.add(P("/", head("Home", "front") + "<h1>Department of Pharmacology</h1><ul><li><a href='/courses/phar3040/'>PHAR 3040 Opioid Pharmacology</a></li>"
            "<li><a href='/procurement/'>Chemical procurement portal</a></li><li><a href='/drugcheck/'>Community drug checking results</a></li>"
            "<li><a href='/ehs/controlled-substances'>Controlled substances policy</a></li></ul>" + foot))
    for pth, ttl in [("/privacy", "Privacy"), ("/accessibility", "Accessibility")]:
        s.add(P(pth, head(ttl, "page") + "<h1>%s</h1><p>%s</p>" % (ttl, esc(filler(r, 5, EN_WORDS))) + foot))
    # ---- course
    lectures = [
        ("Introduction to opioid receptors", "Mu, kappa and delta receptors. Morphine as the reference agonist; naloxone (CAS 465-65-6) as antagonist."),
        ("Fentanyl and the 4-anilidopiperidines", "Fentanyl, N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide (CAS 437-38-7), is ~100x morphine. "
         "Clinical analogues: sufentanil, alfentanil, remifentanil. Veterinary: carfentanil (CAS 59708-52-0)."),
        ("Illicit fentanyl analogues", "Acetylfentanyl, butyrylfentanyl, furanylfentanyl, 4-FIBF, cyclopropylfentanyl. Class-wide scheduling covers "
         "e.g. N-(4-bromophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide and cyclohexylfentanyl even though they are not named."),
        ("Precursor chemistry and control", "Siegfried and Gupta routes go through NPP (39742-60-4) and 4-ANPP (21409-26-7); newer routes use "
         "4-AP, 1-boc-4-AP and 1-boc-4-piperidone. All are in Table I of the 1988 Convention."),
        ("Nitazenes", "2-benzylbenzimidazole opioids: etonitazene, isotonitazene (14188-81-9), metonitazene, protonitazene, etonitazepyne. "
         "Potency often exceeds fentanyl."),
        ("Adulterants: xylazine and benzodiazepines", "Xylazine (7361-61-7) and bromazolam are common adulterants in the illicit supply."),
        ("Overdose reversal", "Naloxone dosing, nitazene-related renarcotization, the role of fentanyl test strips."),
        ("Exam revision", "Past paper questions on SAR, metabolism (norfentanyl), and regulation."),
    ]
    for i, (ttl, txt) in enumerate(lectures, 1):
        s.add(P("/courses/phar3040/week-%d" % i, head("Week %d: %s" % (i, ttl), "course") +
                "<article class='lecture'><h1>Week %d: %s</h1><p class='learning-outcomes'>Learning outcomes: explain, compare, evaluate.</p>"
                "<p>%s</p><p>%s</p><table class='table'><tr><th>Compound</th><th>Relative potency</th></tr><tr><td>Morphine</td><td>1</td></tr>"
                "<tr><td>Fentanyl</td><td>50-100</td></tr><tr><td>Carfentanil</td><td>10000</td></tr></table>"
                "<nav class='pager'>%s%s</nav></article>"
                % (i, esc(ttl), esc(txt), esc(filler(r, 4, EN_WORDS)),
                   ("<a href='/courses/phar3040/week-%d'>Previous</a> " % (i - 1)) if i > 1 else "",
                   ("<a href='/courses/phar3040/week-%d'>Next</a>" % (i + 1)) if i < len(lectures) else "") + foot))
    s.add(P("/courses/phar3040/", head("PHAR 3040", "course") + "<h1>PHAR 3040 Opioid Pharmacology</h1><p>Coordinator: Dr. A. Okafor.</p><ol>%s</ol>"
            "<p><a href='/courses/phar3040/syllabus'>Syllabus</a></p>" % "".join("<li><a href='/courses/phar3040/week-%d'>%s</a></li>" % (i, esc(t_)) for i, (t_, _) in enumerate(lectures, 1)) + foot))
    s.add(P("/courses/phar3040/syllabus", head("Syllabus", "course") + "<h1>Syllabus</h1><p>Assessment: 2 quizzes, lab report on "
            "fentanyl test strip sensitivity, final exam.</p>" + foot))
    # ---- procurement catalogue (benign, CAS in product context)
    cat = [tris, hepes, edta, dmso, kcl, nahco3, mgso4, glucose, urea, sucrose, sds, glycine, nacl, folic, dmf, naloxone]
    pages = paginate(cat, 6)
    for pi, ch in enumerate(pages, 1):
        t = T()
        rows = []
        for b in ch:
            t.offer(b, b.cas)
            n = cat.index(b) + 1
            rows.append("<tr><td><a href='/procurement/item/%d'>%s</a></td><td class='cas'>%s</td><td>Sigma-Aldrich</td><td>$%d.00</td>"
                        "<td><a href='/procurement/cart/add/%d'>Add to cart</a></td></tr>" % (n, esc(b.names[0]), b.cas, 20 + n * 3, n))
        path = qkey("/procurement/catalog", page=str(pi))
        pager = " ".join("<a href='%s'>%d</a>" % (qkey("/procurement/catalog", page=str(k)), k) for k in range(1, len(pages) + 1))
        s.add(t.page(path, head("Catalog", "procurement") + "<h1>Approved reagents catalog</h1><table class='table'><tr><th>Item</th><th>CAS</th>"
                     "<th>Vendor</th><th>Price</th><th></th></tr>%s</table><div class='pager'>%s <a href='%s&sort=price'>sort by price</a></div>"
                     % ("".join(rows), pager, path) + foot, listing=True))
    for n, b in enumerate(cat, 1):
        t = T()
        t.offer(b, b.cas)
        s.add(t.page("/procurement/item/%d" % n, head(b.names[0], "procurement") + "<h1>%s</h1><dl><dt>CAS</dt><dd>%s</dd><dt>Grade</dt><dd>ACS reagent</dd>"
                     "<dt>Delivery</dt><dd>Campus delivery, 2-3 business days</dd></dl><a href='/procurement/cart/add/%d'>Add to cart</a>"
                     % (esc(b.names[0]), b.cas, n) + foot, listing=True))
    s.add(P("/procurement/", head("Procurement", "procurement") + "<h1>Chemical procurement portal</h1><p><a href='%s'>Browse approved reagents</a></p>"
            "<p><a href='/ehs/controlled-substances'>Ordering controlled substances</a></p>" % qkey("/procurement/catalog", page="1") + foot))
    s.add(P("/ehs/controlled-substances", head("Controlled substances", "ehs") + "<h1>Controlled substances and listed precursors</h1>"
            "<p>Fentanyl citrate, carfentanil, nitazene reference standards and List I precursors (NPP, 4-ANPP, 1-boc-4-piperidone) cannot be "
            "ordered through this portal. Registrants must contact EHS; items are stored in the controlled substances safe and logged.</p>"
            "<table class='table'><tr><th>Held item</th><th>Quantity</th><th>Registrant</th></tr><tr><td>Fentanyl citrate reference standard</td>"
            "<td>10 mg</td><td>Okafor lab</td></tr><tr><td>Isotonitazene (analytical standard, 1 mg/mL)</td><td>1 mL</td><td>Drug checking service</td></tr></table>" + foot))
    # ---- drug checking dashboard
    months = ["2026-%02d" % m for m in range(1, 11)]
    subs_pool = [("Fentanyl", "437-38-7"), ("Xylazine", "7361-61-7"), ("4-ANPP", "21409-26-7"), ("Isotonitazene", "14188-81-9"),
                 ("Metonitazene", "14680-51-4"), ("Bromazolam", "71368-80-4"), ("Caffeine", "58-08-2"), ("Acetylfentanyl", "3258-84-2"),
                 ("Protonitazene", "95958-84-2"), ("Lidocaine", "137-58-6"), ("Carfentanil", "59708-52-0"), ("Mannitol", "69-65-8")]
    for k, m in enumerate(months):
        rows = []
        rr = rng("dc" + m)
        picks = rr.sample(subs_pool, 7)
        for n, c in picks:
            rows.append("<tr><td>%s</td><td class='cas'>%s</td><td>%d</td><td>%d%%</td></tr>" % (n, c, rr.randint(1, 60), rr.randint(1, 80)))
        s.add(P("/drugcheck/results/%s" % m, head("Results %s" % m, "drugcheck") +
                "<h1>Drug checking results: %s</h1><p>Samples submitted anonymously at our community sites. Substances detected by FTIR and "
                "GC-MS; this is not an offer or a source of any substance.</p><div class='dashboard'><div class='kpi'>Samples: %d</div>"
                "<div class='kpi'>Fentanyl-positive: %d%%</div></div><table class='table dc'><tr><th>Substance detected</th><th>CAS</th>"
                "<th>Samples</th><th>Share</th></tr>%s</table><nav>%s%s <a href='/drugcheck/'>All months</a></nav>"
                % (m, rr.randint(80, 200), rr.randint(20, 60), "".join(rows),
                   ("<a href='/drugcheck/results/%s'>Previous</a> " % months[k - 1]) if k else "",
                   ("<a href='/drugcheck/results/%s'>Next</a>" % months[k + 1]) if k + 1 < len(months) else "") + foot))
    s.add(P("/drugcheck/", head("Drug Checking Service", "drugcheck") + "<h1>Community drug checking</h1><p>Free, confidential testing. "
            "Fentanyl test strips and naloxone available at all sites.</p><ul>%s</ul><p><a href='/drugcheck/alerts/nitazene-2026-09'>Alert: nitazenes in counterfeit pills</a> | "
            "<a href='/drugcheck/alerts/reship-scams'>Alert: online vendor scams</a> | <a href='/drugcheck/archive/2026-11'>Calendar</a></p>"
            % "".join("<li><a href='/drugcheck/results/%s'>%s</a></li>" % (m, m) for m in months) + foot))
    s.add(P("/drugcheck/alerts/nitazene-2026-09", head("Nitazene alert", "drugcheck") + "<h1>Alert: nitazenes in counterfeit oxycodone</h1>"
            "<p>We detected N-pyrrolidino etonitazene (etonitazepyne) and metonitazene in pills sold as 'M30'. Fentanyl test strips do not detect them.</p>" + foot))
    s.add(P("/drugcheck/alerts/reship-scams", head("Vendor scam alert", "drugcheck") + "<h1>Alert: online vendors</h1>"
            "<p>People told us they bought from sites promising 'stealth shipping', 'free reship if seized' and 'guaranteed customs clearance'. "
            "Several received nothing; others received carfentanil instead of what they ordered.</p>" + foot))
    s.redirects["/drugcheck/latest"] = "/drugcheck/results/2026-10"
    s.redirects["/phar3040"] = "/courses/phar3040/"
    s.flaky.update({"/drugcheck/results/2026-05", qkey("/procurement/catalog", page="2")})
    return s


def sites():
    return [vm_shop(), chemdir(), dce_site(), nblog(), lemmy(), unipharm()]
