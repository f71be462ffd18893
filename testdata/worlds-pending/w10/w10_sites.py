"""World w10: six simulated web sites from six site families analysts meet in practice.

  0 mercado-sur     Mercado Libre-style classifieds (es-MX in UTF-8, pt-BR in ISO-8859-1): search/category
                    grids, item pages with "Preguntas y respuestas", seller reputation, seller rails.
  1 tradelink-kr    EC21-style Korean/English B2B portal: selling leads, buying leads (requests, not offers),
                    company profiles, product showrooms, hot keywords.
  2 foroquimico     vBulletin 4 forum in windows-1252 (English + Spanish subforums): vendor sales threads,
                    WTB threads, harm reduction, scam reports, postbits with signatures.
  3 dread-like      Dread-style onion forum: /d/<sub> feeds, post pages with comments, vendor announcements
                    priced in XMR/BTC, scam reports, moderator notices, WTB posts.
  4 wx-douban       WeChat official-account articles (mp.weixin markup) plus a Douban-group board, zh-CN:
                    vendor advertorials with product tables, reposted seizure news, regulator notices.
  5 justice-sci     Hard negative: DOJ-style press releases, court dockets and opinions that quote adverts,
                    PubMed-style abstracts, an early-warning-system notification table. No offers at all.

Truth rules are written down in NOTES.md beside this file. In short: a page's hits are the watchlisted
(or class-covered) substances that the page's own seller offers in the page's main content; site chrome,
rails, buying requests, news, warnings, negations and quotations of someone else's advert never count.

Python 3 standard library only (plus marketsim from the shared eval directory).
"""
import json
import re
from urllib.parse import urlencode

from marketsim import Site, Page, S, NOVEL, BENIGN, esc, tiny_png, CLAIM_KINDS

FENT, NITA = "fentanyl", "nitazene"

# ================================================================ substances
# Watchlisted substances: truth key = CAS of the listed substance. Classed the way watchlist.tsv
# categorises them: fentanyl analogues -> "fentanyl", nitazenes -> "nitazene", precursors unclassed.
fentanyl = S("437-38-7", "Fentanyl", "fentanilo", "fentanila", "芬太尼", cls=FENT)
carfent = S("59708-52-0", "Carfentanil", "carfentanilo", "卡芬太尼", cls=FENT)
fibf = S("244195-32-2", "4-Fluoroisobutyrylfentanyl", "4-FIBF", cls=FENT)
npp = S("39742-60-4", "NPP", "N-Phenethyl-4-piperidone", "N-fenetil-4-piperidona", "N-苯乙基-4-哌啶酮")
anpp = S("21409-26-7", "4-ANPP", "despropionyl fentanyl", "4-苯胺基-N-苯乙基哌啶")
ap4 = S("23056-29-3", "4-AP", "4-Anilinopiperidine", "4-苯胺基哌啶")
boc4ap = S("125541-22-2", "1-Boc-4-AP", "tert-butyl 4-(phenylamino)piperidine-1-carboxylate")
norfent = S("1609-66-1", "Norfentanyl", "norfentanilo", "去甲芬太尼")
pip4 = S("41661-47-6", "4-Piperidone", "4-piperidona", "4-哌啶酮")
bocpip = S("79099-07-3", "1-Boc-4-piperidone", "N-Boc-4-piperidone", "1-叔丁氧羰基-4-哌啶酮")
xylazine = S("7361-61-7", "Xylazine", "xilacina", "赛拉嗪")
isotonit = S("14188-81-9", "Isotonitazene", "isotonitazeno", "异托尼秦", cls=NITA)
metonit = S("14680-51-4", "Metonitazene", "metonitazeno", "美托尼秦", cls=NITA)
protonit = S("95958-84-2", "Protonitazene", "protonitazeno", cls=NITA)
butonit = S("95810-54-1", "Butonitazene", "丁托尼秦", cls=NITA)
bromazolam = S("71368-80-4", "Bromazolam")

# Novel analogues on no list (watchlist.tsv names none of them). Each is shown on seller pages with its
# IUPAC name and a code name; the class rule is what catches it, so the truth key is class:<class>.
#   TCB-221  N-phenyl-N-[1-[2-(thiophen-2-yl)ethyl]piperidin-4-yl]cyclobutanecarboxamide
#            fentanyl with the phenethyl phenyl replaced by a thiophene monocycle (US (A) / CN 4) and the
#            propionyl replaced by cyclobutanecarbonyl (US (E) / CN 1)            -> class:fentanyl
#   4-Me-MAF 2-methoxy-N-(4-methylphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]acetamide
#            aniline ring -> 4-methylphenyl (US (D) / CN 2), propionyl -> methoxyacetyl (E / 1)
#                                                                                    -> class:fentanyl
#   oF-VF    N-(2-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]pentanamide
#            aniline ring -> 2-fluorophenyl (D / 2), propionyl -> pentanoyl (E / 1)  -> class:fentanyl
#   PNP-X    5-nitro-1-[2-(piperidin-1-yl)ethyl]-2-[(4-propoxyphenyl)methyl]-1H-benzimidazole
#            etonitazene with 4-ethoxyphenyl -> 4-propoxyphenyl (CN nitazene rule 3) and N,N-diethylamino ->
#            piperidin-1-yl (rule 4)                                                 -> class:nitazene
TCB221 = NOVEL(FENT, "TCB-221", "N-phenyl-N-[1-[2-(thiophen-2-yl)ethyl]piperidin-4-yl]cyclobutanecarboxamide")
MEMAF = NOVEL(FENT, "4-Me-MAF", "2-methoxy-N-(4-methylphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]acetamide")
OFVF = NOVEL(FENT, "oF-VF", "N-(2-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]pentanamide")
PNPX = NOVEL(NITA, "PNP-X", "5-nitro-1-[2-(piperidin-1-yl)ethyl]-2-[(4-propoxyphenyl)methyl]-1H-benzimidazole")

IUPAC_TCB = "N-phenyl-N-[1-[2-(thiophen-2-yl)ethyl]piperidin-4-yl]cyclobutanecarboxamide"
IUPAC_MEMAF = "2-methoxy-N-(4-methylphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]acetamide"
IUPAC_OFVF = "N-(2-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]pentanamide"
IUPAC_PNPX = "5-nitro-1-[2-(piperidin-1-yl)ethyl]-2-[(4-propoxyphenyl)methyl]-1H-benzimidazole"

# Benign products and near misses (not on the watchlist): their CAS numbers count when a seller shows
# them in product context, but they are never hits.
B = {
    "benzylpip": BENIGN("3612-20-2", "1-Benzyl-4-piperidone"),
    "bocpiperazine": BENIGN("57260-71-6", "N-Boc-piperazine"),
    "aniline": BENIGN("62-53-3", "Aniline"),
    "phenethylbromide": BENIGN("103-63-9", "2-Phenylethyl bromide"),
    "propionylchloride": BENIGN("79-03-8", "Propionyl chloride"),
    "nitazoxanide": BENIGN("55981-09-4", "Nitazoxanide"),
    "fenbendazole": BENIGN("43210-67-9", "Fenbendazole"),
    "xylitol": BENIGN("87-99-0", "Xylitol"),
    "caffeine": BENIGN("58-08-2", "Caffeine"),
    "lidocaine": BENIGN("137-58-6", "Lidocaine"),
    "benzocaine": BENIGN("94-09-7", "Benzocaine"),
    "mannitol": BENIGN("69-65-8", "D-Mannitol"),
    "inositol": BENIGN("87-89-8", "Inositol"),
    "naloxonehcl": BENIGN("357-08-4", "Naloxone hydrochloride"),
    "carfentrazone": BENIGN("128639-02-1", "Carfentrazone-ethyl"),
    "niacinamide": BENIGN("98-92-0", "Niacinamide"),
    "hyaluronate": BENIGN("9067-32-7", "Sodium hyaluronate"),
    "bochydroxypip": BENIGN("109384-19-2", "1-Boc-4-hydroxypiperidine"),
}

# ================================================================ helpers

def cas_ok(c):
    """Check digit of a dashed CAS number."""
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", c or "")
    if not m:
        return False
    d = m.group(1) + m.group(2)
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(m.group(3))


def cas_norm(shown):
    """A CAS number as a page shows it (dashes, spaces or nothing between the groups) -> canonical form,
    or None when the digits do not make a check-digit-valid CAS number."""
    d = re.sub(r"\D", "", shown or "")
    if len(d) < 5 or len(d) > 10:
        return None
    c = "%s-%s-%s" % (d[:-3], d[-3:-1], d[-1])
    return c if cas_ok(c) else None


def qpath(path, **params):
    """The canonical key marketsim serves a path-with-query under (sorted, urlencoded)."""
    if not params:
        return path
    return path + "?" + urlencode(sorted((k, str(v)) for k, v in params.items()))


def add(site, path, body, hits=(), cas=(), claims=(), listing=False, charset="utf-8", ctype=None):
    """Add a page with its truth. hits: Sub objects; cas: CAS numbers as shown (normalised and
    check-digit-verified here); claims: claim kinds."""
    keys = set()
    for h in hits:
        assert h.key, "benign substance given as a hit on %s" % path
        keys.add(h.key)
    cs = set()
    for c in cas:
        n = cas_norm(c)
        assert n, "invalid CAS %r in truth of %s%s" % (c, site.name, path)
        cs.add(n)
    for k in claims:
        assert k in CLAIM_KINDS, k
    if ctype is None:
        ctype = "text/html; charset=%s" % {"utf-8": "utf-8", "iso-8859-1": "ISO-8859-1",
                                            "cp1252": "windows-1252"}.get(charset, charset)
    assert path not in site.pages, "duplicate page %s%s" % (site.name, path)
    site.add(Page(path, body.encode(charset), ctype=ctype, hits=keys, cas=cs, claims=set(claims),
                  listing=listing))


def h(path):
    """A path as an href attribute value."""
    return esc(path)


def money(n, sep=","):
    s = "{:,}".format(n)
    return s.replace(",", sep)


def png(site, path, seed):
    site.add(Page(path, tiny_png(seed), ctype="image/png"))

# ================================================================ 0. mercado-sur (Mercado Libre-style)

import unicodedata


def slugify(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


ML_SELLERS = {
    "QDN": dict(nick="QUIMICOS_DEL_NORTE_MX", cust=482913077, level="MercadoLíder Gold", therm=5,
                sales="+1000", place="Monterrey, Nuevo León", since=2017, site="MLM"),
    "RCHEM": dict(nick="RCHEM_IMPORT", cust=1290447712, level="", therm=3, sales="+5",
                  place="Tijuana, Baja California", since=2026, site="MLM"),
    "LABSUM": dict(nick="LABSUMINISTROS_CDMX", cust=77120045, level="MercadoLíder Platinum", therm=5,
                   sales="+10mil", place="Ciudad de México", since=2011, site="MLM"),
    "AGRO": dict(nick="AGROCAMPO_JALISCO", cust=301877654, level="MercadoLíder", therm=5,
                 sales="+500", place="Zapopan, Jalisco", since=2015, site="MLM"),
    "QP": dict(nick="QUIMICA_PAULISTA_SP", cust=889211430, level="", therm=2, sales="+10",
               place="Guarulhos, São Paulo", since=2025, site="MLB"),
    "NAT": dict(nick="NATURAIS_BRASIL", cust=55001234, level="MercadoLíder Platinum", therm=5,
                sales="+50mil", place="Curitiba, Paraná", since=2012, site="MLB"),
    "RDSP": dict(nick="REDUCAO_DE_DANOS_SP", cust=66112233, level="MercadoLíder", therm=5,
                 sales="+1000", place="São Paulo, São Paulo", since=2019, site="MLB"),
}


class MLItem:
    def __init__(self, key, num, cc, seller, title, price, sold, specs, desc, qa=(),
                 hits=(), cas=(), claims=(), grid_hits=(), grid_claims=(), also=()):
        self.key, self.num, self.cc, self.seller = key, num, cc, seller
        self.title, self.price, self.sold = title, price, sold
        self.specs, self.desc, self.qa = specs, desc, list(qa)
        self.hits, self.cas, self.claims = list(hits), list(cas), list(claims)
        self.grid_hits, self.grid_claims = list(grid_hits), list(grid_claims)
        self.also = list(also)      # "Quienes vieron este producto también compraron" rail (chrome)
        self.path = "/%s-%d-%s-_JM" % (cc, num, slugify(title))
        self.mlid = "%s%d" % (cc, num)


def ml_items():
    I = []
    # ---- México (es-MX, UTF-8)
    I.append(MLItem("m1", 2034518877, "MLM", "QDN", "N-Fenetil-4-piperidona Npp 99% Polvo 100 G", 2499, "+50 vendidos",
        [("Marca", "Genérica"), ("Nombre químico", "N-Fenetil-4-piperidona (NPP)"), ("Número CAS", "39742-60-4"),
         ("Pureza", "99 %"), ("Presentación", "Polvo cristalino"), ("Peso neto", "100 g")],
        ["Vendemos N-fenetil-4-piperidona (NPP, 1-fenetil-4-piperidona) grado reactivo, lote nuevo con certificado de análisis.",
         "Despacho aduanero incluido en envíos a EE.UU. y Canadá: su paquete pasa la aduana sin problema.",
         "Facturamos. Envío el mismo día si compra antes de las 2 pm."],
        qa=[("¿Qué pasa si retienen el paquete en la aduana?",
             "Hola, si la aduana lo retiene le reenviamos sin costo, solo mándenos la foto del aviso. Saludos."),
            ("¿Tienen factura?", "Sí, facturamos con su RFC."),
            ("Buen día, ¿tienen 1 kg?", "Por ahora máximo 500 g por publicación, pregunte por mayoreo.")],
        hits=[npp], cas=["39742-60-4"], claims=["customs", "reship"], grid_hits=[npp], also=["m6", "m8"]))
    I.append(MLItem("m2", 2034519012, "MLM", "QDN", "4-anpp Polvo Blanco 99.5% Envío Discreto", 3150, "+25 vendidos",
        [("Marca", "Genérica"), ("Pureza", "99.5 %"), ("Presentación", "Polvo blanco"), ("Peso neto", "50 g")],
        ["4-ANPP (4-anilino-N-fenetilpiperidina) de alta pureza, CAS 21409267.",
         "Empaque discreto: caja neutra sin nombre del producto por fuera.",
         "Solo para uso en laboratorio."],
        qa=[("¿Es despropionil fentanilo?", "Correcto, 4-ANPP / despropionil fentanilo, pureza 99.5 %."),
            ("¿Lo declaran como otra cosa para la aduana?", "No, todo se declara con su nombre químico y hoja de seguridad.")],
        hits=[anpp], cas=["21409267"], claims=["stealth"], grid_hits=[anpp], grid_claims=["stealth"], also=["m1", "m5"]))
    I.append(MLItem("m3", 1877342290, "MLM", "QDN", "1-boc-4-piperidona (n-boc-4-piperidona) 99% 500 G", 4890, "+10 vendidos",
        [("Marca", "Genérica"), ("Nombre químico", "tert-Butil 4-oxopiperidina-1-carboxilato"), ("Número CAS", "79099-07-3"),
         ("Pureza", "99 %"), ("Peso neto", "500 g")],
        ["1-Boc-4-piperidona (N-Boc-4-piperidona), polvo blanco a amarillo claro.",
         "Para clientes en EE.UU. enviamos desde nuestra bodega en Laredo, TX: entrega nacional, sin trámite aduanal."],
        qa=[("¿Envían a Houston?", "Sí, sale de la bodega de Laredo y llega en 2 días hábiles.")],
        hits=[bocpip], cas=["79099-07-3"], claims=["forwarding"], grid_hits=[bocpip], also=["m4", "m10"]))
    I.append(MLItem("m4", 1877342301, "MLM", "QDN", "4-anilinopiperidina 4-ap 98% 250 G", 3720, "+5 vendidos",
        [("Marca", "Genérica"), ("Nombre químico", "N-Fenilpiperidin-4-amina"), ("Número CAS", "23056 29 3"),
         ("Pureza", "98 %"), ("Peso neto", "250 g")],
        ["4-Anilinopiperidina (4-AP), polvo beige. Lote 2026-10."],
        qa=[("¿Manejan la versión protegida con Boc?",
             "Sí, también manejamos 1-Boc-4-AP (4-anilino-1-Boc-piperidina); pregunte disponibilidad y precio por mayoreo.")],
        hits=[ap4, boc4ap], cas=["23056 29 3"], claims=[], grid_hits=[ap4], also=["m3", "m7"]))
    I.append(MLItem("m5", 1877342355, "MLM", "QDN", "1-bencil-4-piperidona 98% Reactivo 250 G", 1990, "+100 vendidos",
        [("Marca", "Genérica"), ("Nombre químico", "1-Bencil-4-piperidona"), ("Número CAS", "3612-20-2"),
         ("Pureza", "98 %"), ("Peso neto", "250 g")],
        ["1-Bencil-4-piperidona, líquido amarillo, reactivo para síntesis orgánica."],
        qa=[("¿Sirve como sustituto de NPP?",
             "No, es otro compuesto (1-bencil-4-piperidona). Solo para síntesis de laboratorio autorizada.")],
        hits=[], cas=["3612-20-2"], claims=[], grid_hits=[], also=["m1", "m2"]))
    I.append(MLItem("m6", 1423880671, "MLM", "LABSUM", "Cafeína Anhidra Usp Polvo 1 Kg", 689, "+1000 vendidos",
        [("Marca", "LabSuministros"), ("Número CAS", "58-08-2"), ("Grado", "USP"), ("Peso neto", "1 kg")],
        ["Cafeína anhidra grado USP, para formulación de suplementos y laboratorio. Incluye certificado de análisis."],
        qa=[("¿Sirve para bebidas energéticas?", "Sí, es grado alimenticio/farmacéutico.")],
        cas=["58-08-2"], also=["m11", "m8"]))
    I.append(MLItem("m7", 1423880702, "MLM", "LABSUM", "Lidocaína Base Polvo 100 G Grado Farmacéutico", 1150, "+500 vendidos",
        [("Marca", "LabSuministros"), ("Número CAS", "137-58-6"), ("Grado", "Farmacéutico"), ("Peso neto", "100 g")],
        ["Lidocaína base para formulación tópica. Se vende solo a personas morales con receta o permiso sanitario."],
        qa=[("¿Tienen fentanilo o carfentanilo?",
             "No vendemos fentanilo ni ninguna sustancia controlada. Solo reactivos con factura."),
            ("¿Es lidocaína clorhidrato?", "No, es lidocaína base.")],
        cas=["137-58-6"], also=["m6", "m17"]))
    I.append(MLItem("m8", 2101984433, "MLM", "LABSUM", "Tiras Reactivas Para Detección De Fentanilo 10 Piezas", 349, "+5mil vendidos",
        [("Marca", "ReduceRiesgo"), ("Tipo", "Inmunoensayo de flujo lateral"), ("Unidades", "10")],
        ["Tiras reactivas para detectar fentanilo y algunos análogos (por ejemplo carfentanilo en concentraciones altas) en residuos de sustancias.",
         "Herramienta de reducción de daños. No detectan nitazenos ni xilacina. Un resultado negativo no garantiza que la sustancia sea segura."],
        qa=[("¿Detectan isotonitazeno?", "No, las tiras de fentanilo no detectan nitazenos.")],
        also=["m6", "m7"]))
    I.append(MLItem("m9", 1655023418, "MLM", "LABSUM", "Nitazoxanida 500 Mg Caja Con 6 Tabletas", 210, "+1000 vendidos",
        [("Marca", "Genérico"), ("Principio activo", "Nitazoxanida"), ("Presentación", "6 tabletas de 500 mg")],
        ["Antiparasitario de amplio espectro. Medicamento genérico intercambiable; requiere receta médica."],
        also=["m6"]))
    I.append(MLItem("m10", 1732209954, "MLM", "AGRO", "Carfentrazona-etil 40% Herbicida Concentrado 1 L", 1480, "+100 vendidos",
        [("Marca", "AgroCampo"), ("Ingrediente activo", "Carfentrazona-etil 40 %"), ("Número CAS", "128639-02-1"),
         ("Contenido", "1 L")],
        ["Herbicida de contacto para control de maleza de hoja ancha en cereales. Lea la etiqueta antes de usar."],
        qa=[("¿Sirve para caña?", "Sí, consulte dosis con su técnico.")],
        cas=["128639-02-1"], also=["m6"]))
    I.append(MLItem("m11", 2210037761, "MLM", "RCHEM", "F3nt4n1l0 Citrato Polvo 1 G Calidad Farmacéutica", 5400, "+5 vendidos",
        [("Marca", "Sin marca"), ("Número CAS", "990-73-8"), ("Pureza", "98 %"), ("Peso neto", "1 g")],
        ["Citrato de fentanilo (fentanyl citrate) polvo, pureza 98 %.",
         "Reenvío gratis si su paquete es decomisado.",
         "Envío camuflado dentro de un artículo de regalo, nadie sabe qué lleva."],
        qa=[("¿Es puro o cortado?", "Puro 98 %, citrato farmacéutico."),
            ("¿Aceptan cripto?", "Solo transferencia o depósito en OXXO.")],
        hits=[fentanyl], cas=["990-73-8"], claims=["reship", "stealth"], grid_hits=[fentanyl], also=["m8", "m16"]))
    I.append(MLItem("m12", 2210037782, "MLM", "RCHEM", "Isotonitazeno Polvo Investigación 1 G", 4200, "+1 vendido",
        [("Marca", "Sin marca"), ("Número CAS", "14188-81-9"), ("Pureza", "99 %")],
        ["Isotonitazeno (isotonitazene) para investigación.",
         "Empaque discreto al vacío, sin etiquetas.",
         "Declaramos el paquete como 'muestra de pigmento' para evitar revisiones."],
        qa=[("¿Cuál es la diferencia con el metonitazeno?", "Es otro compuesto; metonitazeno no lo tenemos por ahora.")],
        hits=[isotonit], cas=["14188-81-9"], claims=["stealth", "mislabel"], grid_hits=[isotonit], also=["m11"]))
    I.append(MLItem("m13", 2210038015, "MLM", "RCHEM", "Tcb-221 Compuesto De Investigación 5 G", 6100, "",
        [("Marca", "Sin marca"), ("Código", "TCB-221"), ("Número CAS", "No asignado")],
        ["TCB-221: N-fenil-N-[1-[2-(tiofen-2-il)etil]piperidin-4-il]ciclobutanocarboxamida (" + IUPAC_TCB + "), análogo ciclobutílico del tiofentanilo. Nuevo, sin CAS.",
         "Si el paquete se pierde o lo retiene aduana, lo reenviamos sin costo."],
        qa=[("¿Qué es TCB-221?", "Es un análogo nuevo, la estructura está en la descripción.")],
        hits=[TCB221], cas=[], claims=["reship"], grid_hits=[], also=["m12"]))
    I.append(MLItem("m14", 2210038203, "MLM", "RCHEM", "Intermediario Farmacéutico Px-9 100 G (ver Descripción)", 3300, "",
        [("Marca", "Sin marca"), ("Código", "PX-9")],
        ["PX-9 = tert-butil 4-(fenilamino)piperidina-1-carboxilato (1-Boc-4-AP), CAS 125541-22-2, 99 %.",
         "Enviamos vía Guatemala con nuestro agente para evitar la revisión en frontera."],
        qa=[("¿PX-9 es lo mismo que 1-Boc-4-AP?", "Sí, mismo compuesto.")],
        hits=[boc4ap], cas=["125541-22-2"], claims=["forwarding"], grid_hits=[], also=["m15"]))
    I.append(MLItem("m15", 2210038457, "MLM", "RCHEM", "Norfentanilo 98% Polvo 25 G", 2950, "+1 vendido",
        [("Marca", "Sin marca"), ("Nombre químico", "N-Fenil-N-(piperidin-4-il)propanamida"), ("Número CAS", "1609-66-1")],
        ["Norfentanilo polvo 98 %, lote nuevo.", "Pasa aduana garantizado, despacho incluido."],
        hits=[norfent], cas=["1609-66-1"], claims=["customs"], grid_hits=[norfent], also=["m11", "m14"]))
    I.append(MLItem("m16", 2210038699, "MLM", "RCHEM", "Xilacina Hcl Polvo 99% 50 G", 1890, "+10 vendidos",
        [("Marca", "Sin marca"), ("Nombre químico", "Clorhidrato de xilacina"), ("Número CAS", "23076-35-9")],
        ["Xilacina clorhidrato en polvo, 99 %.", "Se declara como 'suplemento veterinario' en la guía."],
        qa=[("¿Es para caballos?", "Uso veterinario e investigación.")],
        hits=[xylazine], cas=["23076-35-9"], claims=["mislabel"], grid_hits=[xylazine], also=["m11"]))
    I.append(MLItem("m17", 1423880940, "MLM", "LABSUM", "Manitol Polvo Grado Farmacéutico 1 Kg", 560, "+500 vendidos",
        [("Marca", "LabSuministros"), ("Número CAS", "69-65-8"), ("Peso neto", "1 kg")],
        ["D-Manitol grado farmacéutico, excipiente."],
        cas=["69-65-8"], also=["m6", "m7"]))
    # ---- Brasil (pt-BR, ISO-8859-1)
    I.append(MLItem("b1", 3899120045, "MLB", "QP", "Fentanila Pó 99% 1 G Envio Discreto", 890, "+5 vendidos",
        [("Marca", "Genérica"), ("Pureza", "99 %"), ("Peso líquido", "1 g")],
        ["Fentanila (citrato de fentanila) de alta pureza para pesquisa.",
         "Embalagem discreta, sem identificação do produto.",
         "Desembaraço aduaneiro garantido para envios ao exterior."],
        qa=[("Vocês reenviam se a Receita reter?", "Não fazemos reenvio, mas o desembaraço é garantido.")],
        hits=[fentanyl], claims=["stealth", "customs"], grid_hits=[fentanyl], grid_claims=["stealth"], also=["b7"]))
    I.append(MLItem("b2", 3899120311, "MLB", "QP", "Protonitazeno Pó Pesquisa 1 G", 1200, "+1 vendido",
        [("Marca", "Genérica"), ("Número CAS", "95958-84-2"), ("Pureza", "98 %")],
        ["Protonitazeno (protonitazene) para pesquisa analítica.",
         "Reenvio grátis se a alfândega apreender o pacote."],
        hits=[protonit], cas=["95958-84-2"], claims=["reship"], grid_hits=[protonit], also=["b1"]))
    I.append(MLItem("b3", 3899120587, "MLB", "QP", "N-fenetil-4-piperidona (npp) 99% 100 G", 760, "+5 vendidos",
        [("Marca", "Genérica"), ("Número CAS", "39742-60-5"), ("Pureza", "99 %")],
        ["N-fenetil-4-piperidona (NPP) em pó.",
         "Enviamos via Paraguai (Ciudad del Este) para não passar pela Receita Federal."],
        hits=[npp], cas=[], claims=["forwarding"], grid_hits=[npp], also=["b4"]))
    I.append(MLItem("b4", 3899121002, "MLB", "QP", "4-piperidona Cloridrato Monohidratado 98% 100 G", 540, "",
        [("Marca", "Genérica"), ("Número CAS", "41661-47-6"), ("Pureza", "98 %")],
        ["4-Piperidona (piperidin-4-ona) cloridrato monohidratado."],
        hits=[pip4], cas=["41661-47-6"], claims=[], grid_hits=[pip4], also=["b3"]))
    I.append(MLItem("b5", 2231009876, "MLB", "NAT", "Xilitol Puro 1 Kg Adoçante Natural", 79, "+10mil vendidos",
        [("Marca", "Naturais Brasil"), ("Número CAS", "87-99-0"), ("Peso líquido", "1 kg")],
        ["Xilitol 100% puro, adoçante natural de bétula. Não contém glúten."],
        cas=["87-99-0"], also=["b6"]))
    I.append(MLItem("b6", 2231010032, "MLB", "NAT", "Fenbendazol 10% Pó Uso Veterinário 100 G", 65, "+1000 vendidos",
        [("Marca", "Naturais Brasil"), ("Princípio ativo", "Fenbendazol"), ("Número CAS", "43210-67-9")],
        ["Vermífugo de uso veterinário. Venda sob orientação de médico veterinário."],
        cas=["43210-67-9"], also=["b5"]))
    I.append(MLItem("b7", 3310877614, "MLB", "RDSP", "Tiras De Teste Para Fentanil 20 Unidades Redução De Danos", 149, "+500 vendidos",
        [("Marca", "Redução de Danos SP"), ("Unidades", "20")],
        ["Tiras de teste imunocromatográficas que detectam fentanil e vários análogos em resíduos.",
         "Não detectam nitazenos nem xilazina. Projeto sem fins lucrativos de redução de danos."],
        qa=[("Detecta carfentanil?", "Sim, em concentrações mais altas.")],
        also=["b5"]))
    return {it.key: it for it in I}


def ml_page(site, lang, title, main, cc="MLM", extra_head="", body_class="ui-search"):
    br = cc == "MLB"
    brand = "Mercado Sur Brasil" if br else "Mercado Sur México"
    cookie = ("Usamos cookies próprios e de terceiros para melhorar sua experiência e mostrar publicidade relevante. "
              "Saiba mais em nossa <a href=\"/privacidade\">Central de Privacidade</a>."
              if br else
              "Utilizamos cookies propias y de terceros para mejorar tu experiencia y mostrarte publicidad relevante. "
              "Conoce más en nuestro <a href=\"/privacidad\">Centro de privacidad</a>.")
    accept = "Aceitar cookies" if br else "Aceptar cookies"
    config = "Configurar cookies"
    search_ph = "Buscar produtos, marcas e muito mais..." if br else "Buscar productos, marcas y más..."
    cats = ([("/lista/industria-comercio/laboratorio/reagentes/", "Reagentes de laboratório"), ("/", "Voltar ao México")]
            if br else
            [("/listado/industrias/laboratorio/reactivos/", "Reactivos de laboratorio"), ("/listado/piperidona", "Ofertas"),
             ("/lista/industria-comercio/laboratorio/reagentes/", "Brasil"), ("/ayuda/articulos-prohibidos_1187", "Ayuda")])
    catlinks = "".join('<li class="nav-menu-item"><a class="nav-menu-link" href="%s">%s</a></li>' % (h(p), esc(t)) for p, t in cats)
    user = ('<a href="/jm/login" class="option-login">Entre</a><a href="/jm/registration" class="option-register">Crie a sua conta</a>'
            '<a href="/jm/compras">Compras</a>' if br else
            '<a href="/jm/login" class="option-login">Ingresa</a><a href="/jm/registration" class="option-register">Crea tu cuenta</a>'
            '<a href="/jm/compras">Mis compras</a>')
    foot = ("<p>Copyright &copy; 1999-2026 Ebazar.com.br LTDA.</p><a href=\"/ajuda\">Ajuda</a> <a href=\"/privacidade\">Privacidade</a>"
            if br else
            "<p>Copyright &copy; 1999-2026 DeRemate.com de México S. de R.L. de C.V.</p>"
            "<a href=\"/ayuda/articulos-prohibidos_1187\">Artículos prohibidos</a> <a href=\"/noticias/retiro-publicaciones-precursores\">Noticias</a> "
            "<a href=\"/privacidad\">Privacidad</a> <a href=\"/jm/terminos\">Términos y condiciones</a>")
    charset = "ISO-8859-1" if br else "utf-8"
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"%s\"><title>%s | %s</title>"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, maximum-scale=1\">"
            "<link rel=\"preconnect\" href=\"https://http2.mlstatic.example\">"
            "<link rel=\"stylesheet\" href=\"/org-img/frontend/css/andes.css\">%s"
            "<script>window.__NORDIC_RENDERING_CTX__={\"siteId\":\"%s\",\"platform\":\"ML\"};</script></head>"
            "<body data-site=\"ML\" data-country=\"%s\" class=\"%s\">"
            "<div class=\"cookie-consent-banner-opt-out\" role=\"dialog\" data-testid=\"action:cookie-banner\">"
            "<div class=\"cookie-consent-banner-opt-out__container\"><p class=\"cookie-consent-banner-opt-out__message\">%s</p>"
            "<div class=\"cookie-consent-banner-opt-out__actions\"><button class=\"cookie-consent-banner-opt-out__action cookie-consent-banner-opt-out__action--primary cookie-consent-banner-opt-out__action--key-accept\">%s</button>"
            "<button class=\"cookie-consent-banner-opt-out__action cookie-consent-banner-opt-out__action--secondary\">%s</button></div></div></div>"
            "<header role=\"banner\" class=\"nav-header nav-header-plus\"><div class=\"nav-bounds nav-bounds-with-cart nav-bounds-with-cp\">"
            "<a class=\"nav-logo\" href=\"/\" tabindex=\"2\">%s - %s</a>"
            "<form class=\"nav-search\" action=\"/jm/search\" method=\"GET\" role=\"search\"><input type=\"text\" class=\"nav-search-input\" name=\"as_word\" placeholder=\"%s\" maxlength=\"120\" autocomplete=\"off\">"
            "<button type=\"submit\" class=\"nav-search-btn\"><div role=\"img\" aria-label=\"Buscar\" class=\"nav-icon-search\"></div></button></form>"
            "<div class=\"nav-area nav-bottom-area nav-center-area\"><ul class=\"nav-menu-categories\">%s</ul></div>"
            "<nav id=\"nav-header-menu\" class=\"nav-header-user\">%s<a class=\"nav-cart\" href=\"/gz/cart\">%s</a></nav>"
            "</div></header>\n<main role=\"main\" id=\"root-app\">%s</main>\n"
            "<footer role=\"contentinfo\" class=\"nav-footer\"><div class=\"nav-footer-info-wrapper\">%s</div>"
            "<div class=\"nav-footer-copyright\"><small>%s - %s</small></div></footer>"
            "<script src=\"/org-img/frontend/js/vendor.js\" defer></script></body></html>"
            % ("pt-BR" if br else "es-MX", charset, esc(title), brand, extra_head, cc, "BR" if br else "MX",
               body_class, cookie, accept, config, brand, "Onde comprar e vender de tudo" if br else "Donde comprar y vender de todo",
               search_ph, catlinks, user, "Carrinho" if br else "Carrito", main, foot, brand,
               "Todos os direitos reservados." if br else "Todos los derechos reservados."))


def ml_card(it, pos, tracking):
    frag = "#polycard_client=search-nordic&position=%d&search_layout=grid&type=item&tracking_id=%s" % (pos, tracking)
    seller = ML_SELLERS[it.seller]["nick"].replace("_", " ")
    ship = "Frete grátis" if it.cc == "MLB" else "Envío gratis"
    cur = "R$" if it.cc == "MLB" else "$"
    return ("<li class=\"ui-search-layout__item\"><div class=\"ui-search-result__wrapper\">"
            "<div class=\"andes-card poly-card poly-card--grid-card andes-card--flat andes-card--padding-0 andes-card--animated\">"
            "<div class=\"poly-card__portada\"><img class=\"poly-component__picture\" src=\"/img/%s.png\" alt=\"%s\" width=\"284\" height=\"284\"></div>"
            "<div class=\"poly-card__content\"><h3 class=\"poly-component__title-wrapper\"><a href=\"%s\" class=\"poly-component__title\">%s</a></h3>"
            "<span class=\"poly-component__seller\">Por %s</span>"
            "<div class=\"poly-component__price\"><div class=\"poly-price__current\"><span class=\"andes-money-amount andes-money-amount--cents-superscript\" role=\"img\" aria-label=\"%d pesos\">"
            "<span class=\"andes-money-amount__currency-symbol\">%s</span><span class=\"andes-money-amount__fraction\">%s</span></span></div></div>"
            "<div class=\"poly-component__shipping\">%s</div></div></div></div></li>"
            % (it.mlid, esc(it.title), h(it.path + frag), esc(it.title), esc(seller), it.price, cur,
               money(it.price, "." if it.cc == "MLB" else ","), ship))


def ml_grid_truth(items):
    hits, claims = set(), set()
    for it in items:
        hits |= set(it.grid_hits)
        claims |= set(it.grid_claims)
    return hits, claims


def mercado_sur():
    s = Site("mercado-sur", "ml-style-classifieds")
    s.robots = ("User-agent: *\nDisallow: /jm/\nDisallow: /gz/\nDisallow: /noindex/\nDisallow: /checkout/\n"
                "Allow: /\n\nUser-agent: GPTBot\nDisallow: /\n")
    s.disallow = ["/jm/", "/gz/", "/noindex/", "/checkout/"]
    s.junk_params = ["tracking_id", "position", "search_layout", "type", "sid", "reco_id", "reco_backend",
                     "c_id", "c_uid", "utm_source", "utm_medium", "utm_campaign", "matt_tool"]
    s.rate_limit = 15
    items = ml_items()
    for it in items.values():
        png(s, "/img/%s.png" % it.mlid, it.num % 251)
    s.add(Page("/org-img/frontend/css/andes.css", ".poly-card{display:inline-block;width:24%}.ui-pdp-title{font-size:22px}", ctype="text/css"))
    s.add(Page("/org-img/frontend/js/vendor.js", "window.melidata=function(){};", ctype="application/javascript"))

    mx = [it for it in items.values() if it.cc == "MLM"]
    # --------------------------------------------------------------- home
    popular = ["tiras reactivas fentanilo", "npp", "xilacina", "cafeína anhidra", "4 anpp", "manitol", "carfentrazona"]
    pop = "".join("<li><a class=\"nav-trends__link\" href=\"%s\">%s</a></li>" % (
        h("/listado/piperidona" if "npp" in q else "/listado/industrias/laboratorio/reactivos/"), esc(q)) for q in popular)
    recent = "".join("<div class=\"andes-carousel-snapped__slide\"><a class=\"poly-component__title\" href=\"%s\">%s</a></div>"
                     % (h(p), esc(items[k].title)) for p, k in [("/p/MLM2034518877", "m1"), ("/p/MLM2210038457", "m15"), ("/MLM-1423880671", "m6")])
    s.redirects["/p/MLM2034518877"] = items["m1"].path
    s.redirects["/p/MLM2210038457"] = items["m15"].path
    s.redirects["/MLM-1423880671"] = items["m6"].path
    home = ("<section class=\"home-hero\"><div class=\"andes-carousel-snapped\"><a href=\"/listado/industrias/laboratorio/reactivos/\">"
            "<img src=\"/img/MLM1423880671.png\" alt=\"Hot Sale: hasta 40%% en reactivos\"></a></div></section>"
            "<section class=\"nav-trends\"><h2>Búsquedas populares</h2><ul class=\"nav-trends__list\">%s</ul></section>"
            "<section class=\"categories\"><h2>Categorías</h2><ul>"
            "<li><a href=\"/listado/industrias/laboratorio/reactivos/\">Industrias y Oficinas &gt; Laboratorio &gt; Reactivos</a></li>"
            "<li><a href=\"/listado/piperidona\">Resultados para &quot;piperidona&quot;</a></li>"
            "<li><a href=\"/lista/industria-comercio/laboratorio/reagentes/\">Mercado Sur Brasil: Reagentes</a></li></ul></section>"
            "<section class=\"recommendations\"><h2>Visto recientemente</h2><div class=\"andes-carousel-snapped\">%s</div></section>"
            "<section class=\"tiendas-oficiales\"><h2>Vendedores destacados</h2><a href=\"/perfil/LABSUMINISTROS_CDMX\">LabSuministros</a> "
            "<a href=\"/perfil/QUIMICOS_DEL_NORTE_MX\">Químicos del Norte</a></section>") % (pop, recent)
    add(s, "/", ml_page(s, "es", "Mercado Sur México - Envíos Gratis en el día", home, body_class="home"))

    # --------------------------------------------------------------- grids
    def grid(path, title, crumbs, its, pager, related, cc="MLM", count=None):
        cards = "".join(ml_card(it, i + 1, "7c1f%04d" % (it.num % 9973)) for i, it in enumerate(its))
        bc = "".join("<li class=\"andes-breadcrumb__item\"><a class=\"andes-breadcrumb__link\" href=\"%s\">%s</a></li>" % (h(p), esc(t)) for p, t in crumbs)
        rel = "".join("<a class=\"ui-search-related-searches__item\" href=\"%s\">%s</a>" % (h(p), esc(t)) for p, t in related)
        state = {"initialState": {"results": [{"id": it.mlid, "title": it.title, "price": it.price} for it in its],
                                  "analytics_track": {"query": title}}}
        br = cc == "MLB"
        main = ("<div class=\"ui-search-main ui-search-main--only-products ui-search-main--with-topkeywords\">"
                "<aside class=\"ui-search-sidebar\"><div class=\"ui-search-breadcrumb\"><ol class=\"andes-breadcrumb\">%s</ol>"
                "<h1 class=\"ui-search-breadcrumb__title\">%s</h1></div>"
                "<span class=\"ui-search-search-result__quantity-results\">%d %s</span>"
                "<div class=\"ui-search-filter-groups\"><div class=\"ui-search-filter-dl\"><h3 class=\"ui-search-filter-dt-title\">%s</h3>"
                "<ul><li class=\"ui-search-filter-container\"><span class=\"ui-search-filter-name\">%s</span></li></ul></div></div></aside>"
                "<section class=\"ui-search-results ui-search-results--without-disclaimer\"><ol class=\"ui-search-layout ui-search-layout--grid\">%s</ol>"
                "<nav aria-label=\"%s\" class=\"ui-search-pagination andes-pagination\"><ul class=\"andes-pagination\">%s</ul></nav>"
                "<div class=\"ui-search-related-searches\"><span class=\"ui-search-related-searches__title\">%s</span>%s</div></section></div>"
                "<script id=\"__PRELOADED_STATE__\" type=\"application/json\">%s</script>"
                % (bc, esc(title), count or len(its), "resultados", "Envío" if not br else "Frete",
                   "Frete grátis" if br else "Envío gratis", cards, "Paginação" if br else "Paginación", pager,
                   "Buscas relacionadas" if br else "Búsquedas relacionadas", rel, json.dumps(state, ensure_ascii=False).replace("</", "<\\/")))
        hits, claims = ml_grid_truth(its)
        charset = "iso-8859-1" if br else "utf-8"
        add(s, path, ml_page(s, "pt" if br else "es", title, main, cc=cc), hits=hits, claims=claims, listing=True, charset=charset)

    def pager(base, pages, cur, step, br=False):
        out = []
        prev_lbl, next_lbl = ("Anterior", "Seguinte") if br else ("Anterior", "Siguiente")
        def url(k):
            return base if k == 1 else "%s_Desde_%d_NoIndex_True" % (base, (k - 1) * step + 1)
        if cur > 1:
            out.append("<li class=\"andes-pagination__button andes-pagination__button--back\"><a class=\"andes-pagination__link\" href=\"%s\">%s</a></li>" % (h(url(cur - 1)), prev_lbl))
        for k in range(1, pages + 1):
            if k == cur:
                out.append("<li class=\"andes-pagination__button andes-pagination__button--current\"><span class=\"andes-pagination__link\">%d</span></li>" % k)
            else:
                out.append("<li class=\"andes-pagination__button\"><a class=\"andes-pagination__link\" href=\"%s\">%d</a></li>" % (h(url(k)), k))
        if cur < pages:
            out.append("<li class=\"andes-pagination__button andes-pagination__button--next\"><a class=\"andes-pagination__link\" href=\"%s\">%s</a></li>" % (h(url(cur + 1)), next_lbl))
        return "".join(out), url

    order = ["m1", "m6", "m11", "m8", "m2", "m10", "m12", "m5", "m3", "m7", "m13", "m15", "m4", "m9", "m14", "m16", "m17"]
    base = "/listado/industrias/laboratorio/reactivos/"
    crumbs = [("/listado/industrias/", "Industrias y Oficinas"), ("/listado/industrias/laboratorio/", "Laboratorio"), (base, "Reactivos")]
    related = [("/listado/piperidona", "piperidona"), ("/listado/npp", "npp"), ("/listado/tiras-fentanilo", "tiras fentanilo"),
               ("/listado/xilacina", "xilacina"), ("/listado/4-anpp", "4 anpp")]
    for k in range(3):
        pg, url = pager(base, 3, k + 1, 6)
        grid(url(k + 1), "Reactivos de laboratorio", crumbs, [items[x] for x in order[k * 6:(k + 1) * 6]], pg, related, count=17)
    s.flaky.add(base + "_Desde_7_NoIndex_True")
    grid("/listado/piperidona", "Piperidona", [("/", "Inicio")], [items[x] for x in ["m1", "m3", "m5", "m4"]],
         "<li class=\"andes-pagination__button andes-pagination__button--current\"><span>1</span></li>",
         [("/listado/npp", "npp 99"), ("/listado/1-boc-4-piperidona", "1 boc 4 piperidona"), ("/listado/industrias/laboratorio/reactivos/", "reactivos")])
    for nick, seller in [("QDN", "QUIMICOS_DEL_NORTE_MX"), ("RCHEM", "RCHEM_IMPORT")]:
        its = [it for it in mx if it.seller == nick]
        grid("/listado/_CustId_%d" % ML_SELLERS[nick]["cust"], "Publicaciones de %s" % seller, [("/perfil/" + seller, seller)], its,
             "<li class=\"andes-pagination__button andes-pagination__button--current\"><span>1</span></li>",
             [("/listado/industrias/laboratorio/reactivos/", "reactivos laboratorio")])
    br_base = "/lista/industria-comercio/laboratorio/reagentes/"
    br_order = ["b1", "b5", "b2", "b7", "b3", "b6", "b4"]
    for k in range(2):
        pg, url = pager(br_base, 2, k + 1, 4, br=True)
        grid(url(k + 1), "Reagentes de laboratório", [("/lista/industria-comercio/", "Indústria e Comércio"), (br_base, "Reagentes")],
             [items[x] for x in br_order[k * 4:(k + 1) * 4]], pg,
             [("/lista/fentanila", "fentanila"), ("/lista/xilitol", "xilitol"), ("/lista/tiras-teste", "tiras de teste")], cc="MLB", count=7)

    # --------------------------------------------------------------- item pages
    for it in items.values():
        br = it.cc == "MLB"
        sel = ML_SELLERS[it.seller]
        same = [o for o in items.values() if o.seller == it.seller and o is not it][:4]
        def rail_card(o, rid):
            return ("<div class=\"andes-carousel-snapped__slide\"><div class=\"poly-card poly-card--grid-card\">"
                    "<a class=\"poly-component__title\" href=\"%s\">%s</a><span class=\"andes-money-amount__fraction\">%s</span></div></div>"
                    % (h(o.path + "?reco_id=" + rid + "&reco_backend=item_decorator"), esc(o.title), money(o.price, "." if o.cc == "MLB" else ",")))
        seller_rail = "".join(rail_card(o, "s%d" % o.num) for o in same)
        also_rail = "".join(rail_card(items[k], "a%d" % items[k].num) for k in it.also)
        specs = "".join("<tr class=\"andes-table__row ui-vpp-striped-specs__row\"><th class=\"andes-table__header andes-table__header--left ui-vpp-striped-specs__row__column ui-vpp-striped-specs__row__column--id\">%s</th>"
                        "<td class=\"andes-table__column andes-table__column--left ui-vpp-striped-specs__row__column\"><span class=\"andes-table__column--value\">%s</span></td></tr>"
                        % (esc(a), esc(b)) for a, b in it.specs)
        desc = "<br>".join(esc(p) for p in it.desc)
        qa = "".join("<div class=\"ui-pdp-qadb__questions-list__wrapper\"><div class=\"ui-pdp-qadb__questions-list__question\">"
                      "<span class=\"ui-pdp-qadb__questions-list__question__label\">%s</span></div>"
                      "<div class=\"ui-pdp-qadb__questions-list__answer-container\"><span class=\"ui-pdp-qadb__questions-list__answer-item__answer\">%s "
                      "<span class=\"ui-pdp-qadb__questions-list__answer-item__date\">%02d/11/2026</span></span></div></div>"
                      % (esc(q), esc(a), 3 + 4 * i) for i, (q, a) in enumerate(it.qa))
        if not it.qa:
            qa = "<p class=\"ui-pdp-qadb__no-questions\">%s</p>" % ("Ninguém fez perguntas ainda. Faça a primeira!" if br else "Nadie hizo preguntas todavía. ¡Haz la primera!")
        therm = "".join("<li class=\"ui-thermometer__level ui-thermometer__level--%d%s\"></li>" % (k, " ui-thermometer__level--selected" if k == sel["therm"] else "") for k in range(1, 6))
        level = ("<p class=\"ui-seller-data-status__title\">%s</p><p class=\"ui-seller-data-status__subtitle\">%s</p>"
                 % (esc(sel["level"]), "É um dos melhores do site!" if br else "¡Es uno de los mejores del sitio!")) if sel["level"] else \
                ("<p class=\"ui-seller-data-status__subtitle\">%s</p>" % ("Este vendedor ainda não tem vendas suficientes para calcular sua reputação." if br else
                                                                          "Este vendedor aún no tiene suficientes ventas para calcular su reputación."))
        L = (lambda es, pt: pt if br else es)
        cur = "R$" if br else "$"
        crumbs = ([("/lista/industria-comercio/", "Indústria e Comércio"), ("/lista/industria-comercio/laboratorio/reagentes/", "Reagentes")] if br else
                  [("/listado/industrias/", "Industrias y Oficinas"), ("/listado/industrias/laboratorio/", "Laboratorio"),
                   ("/listado/industrias/laboratorio/reactivos/", "Reactivos")])
        bc = "".join("<li class=\"andes-breadcrumb__item\"><a class=\"andes-breadcrumb__link\" href=\"%s\">%s</a></li>" % (h(p), esc(t)) for p, t in crumbs)
        seller_more = ("/listado/_CustId_%d" % sel["cust"]) if it.seller in ("QDN", "RCHEM") else "/perfil/" + sel["nick"]
        main = ("<div class=\"ui-pdp ui-pdp--sticky-wrapper-right\"><div class=\"ui-pdp-container ui-pdp-container--pdp\">"
                "<div class=\"ui-pdp-breadcrumb\"><ol class=\"andes-breadcrumb\">%s</ol><a class=\"ui-pdp-syi__link\" href=\"/jm/vender\">%s</a></div>"
                "<div class=\"ui-pdp-container__row ui-pdp-container__row--header\"><div class=\"ui-pdp-header\">"
                "<div class=\"ui-pdp-header__subtitle\"><span class=\"ui-pdp-subtitle\">%s%s</span></div>"
                "<div class=\"ui-pdp-header__title-container\"><h1 class=\"ui-pdp-title\">%s</h1></div></div>"
                "<div class=\"ui-pdp-gallery\"><img class=\"ui-pdp-image ui-pdp-gallery__figure__image\" src=\"/img/%s.png\" alt=\"%s\"></div>"
                "<div class=\"ui-pdp-price ui-pdp-price--size-large\"><div class=\"ui-pdp-price__second-line\">"
                "<span class=\"andes-money-amount ui-pdp-price__part andes-money-amount--cents-superscript\" itemprop=\"offers\" role=\"img\" aria-label=\"%d\">"
                "<span class=\"andes-money-amount__currency-symbol\">%s</span><span class=\"andes-money-amount__fraction\">%s</span></span></div></div>"
                "<div class=\"ui-pdp-media ui-pdp-shipping\"><p class=\"ui-pdp-color--GREEN ui-pdp-family--SEMIBOLD\">%s</p><p class=\"ui-pdp-media__text\">%s</p></div>"
                "<form class=\"ui-pdp-actions\" action=\"/checkout/buy\" method=\"post\"><button class=\"andes-button andes-button--large andes-button--loud\" type=\"submit\">%s</button>"
                "<button class=\"andes-button andes-button--large andes-button--quiet\">%s</button></form></div>"
                "<div class=\"ui-pdp-container__row ui-pdp-with--separator--fluid\"><div class=\"ui-vpp-highlighted-specs\"><div class=\"ui-pdp-specs\">"
                "<h2 class=\"ui-pdp-specs__title\">%s</h2><table class=\"andes-table ui-vpp-striped-specs__table\"><tbody class=\"andes-table__body\">%s</tbody></table></div></div></div>"
                "<div class=\"ui-pdp-container__row ui-pdp-container__row--description\"><div class=\"ui-pdp-description\">"
                "<h2 class=\"ui-pdp-description__title\">%s</h2><p class=\"ui-pdp-description__content\" data-testid=\"content\">%s</p></div></div>"
                "<div class=\"ui-pdp-container__row ui-pdp-container__row--qadb\"><div class=\"ui-pdp-qadb\" id=\"questions\">"
                "<h2 class=\"ui-pdp-qadb__title\">%s</h2><div class=\"ui-pdp-qadb__quick-access\"><p>%s</p>"
                "<button class=\"andes-button andes-button--medium andes-button--quiet\">%s</button><button class=\"andes-button andes-button--quiet\">%s</button>"
                "<button class=\"andes-button andes-button--quiet\">%s</button><button class=\"andes-button andes-button--quiet\">%s</button></div>"
                "<div class=\"ui-pdp-qadb__questions-list\"><h3 class=\"ui-pdp-qadb__questions-list__title\">%s</h3>%s</div></div></div>"
                "<div class=\"ui-pdp-container__row ui-pdp-container__row--seller-info\"><div class=\"ui-pdp-seller\"><div class=\"ui-seller-data\">"
                "<div class=\"ui-seller-data-header\"><h2 class=\"ui-seller-data-header__title\">%s</h2><a class=\"ui-seller-data-header__title-link\" href=\"%s\">%s</a></div>"
                "<div class=\"ui-seller-data-status\">%s<ul class=\"ui-thermometer\" value=\"%d\">%s</ul>"
                "<ul class=\"ui-seller-data-status__info-list\"><li><strong class=\"ui-seller-data-status__info-title\">%s</strong><p>%s</p></li>"
                "<li><p>%s</p></li></ul></div><p class=\"ui-seller-data-footer\">%s: %s</p>"
                "<a class=\"ui-seller-data-footer__link\" href=\"%s\">%s</a></div></div></div>"
                "<div class=\"ui-pdp-container__row ui-pdp-container__row--seller-items\"><div class=\"ui-recommendations-carousel-snapped ui-pdp-seller-items\" id=\"seller_items\">"
                "<h2 class=\"ui-recommendations-title\">%s</h2><div class=\"andes-carousel-snapped__wrapper\">%s</div>"
                "<a class=\"ui-recommendations-footer__link\" href=\"%s\">%s</a></div></div>"
                "<div class=\"ui-pdp-container__row ui-pdp-container__row--recommendations\"><div class=\"ui-recommendations-carousel-snapped\" id=\"recos_pads\">"
                "<h2 class=\"ui-recommendations-title\">%s</h2><div class=\"andes-carousel-snapped__wrapper\">%s</div></div></div>"
                "</div></div>"
                % (bc, L("Vender uno igual", "Vender um igual"),
                   L("Nuevo", "Novo"), ("  |  " + it.sold) if it.sold else "", esc(it.title), it.mlid, esc(it.title), it.price, cur,
                   money(it.price, "." if br else ","),
                   L("Envío gratis a todo el país", "Frete grátis para todo o país"),
                   L("Conoce los tiempos y las formas de envío.", "Saiba os prazos de entrega e as formas de envio."),
                   L("Comprar ahora", "Comprar agora"), L("Agregar al carrito", "Adicionar ao carrinho"),
                   L("Características del producto", "Características do produto"), specs,
                   L("Descripción", "Descrição"), desc,
                   L("Preguntas y respuestas", "Perguntas e respostas"), L("¿Qué quieres saber?", "O que você precisa saber?"),
                   L("Costo y tiempo de envío", "Custo e prazo de entrega"), L("Devoluciones gratis", "Devolução grátis"),
                   L("Medios de pago y promociones", "Meios de pagamento"), L("Garantía", "Garantia"),
                   L("Últimas realizadas", "Últimas feitas"), qa,
                   L("Información sobre el vendedor", "Informações sobre o vendedor"), h("/perfil/" + sel["nick"]), esc(sel["nick"]),
                   level, sel["therm"], therm, esc(sel["sales"]), L("Ventas concretadas", "Vendas concluídas"),
                   L("Brinda buena atención", "Presta um bom atendimento") if sel["therm"] >= 4 else L("Vendedor nuevo", "Vendedor novo"),
                   L("Ubicación", "Localização"), esc(sel["place"]),
                   h("/perfil/" + sel["nick"]), L("Ir a la página del vendedor", "Ir para a página do vendedor"),
                   L("Publicaciones del vendedor", "Publicações do vendedor"), seller_rail, h(seller_more),
                   L("Ver más publicaciones del vendedor", "Ver mais publicações do vendedor"),
                   L("Quienes vieron este producto también compraron", "Quem viu este produto também comprou"), also_rail))
        ld = {"@context": "https://schema.org", "@type": "Product", "name": it.title, "sku": it.mlid, "productID": it.mlid,
              "image": "/img/%s.png" % it.mlid, "brand": {"@type": "Brand", "name": dict(it.specs).get("Marca", "Genérica")},
              "offers": {"@type": "Offer", "url": it.path, "price": it.price, "priceCurrency": "BRL" if br else "MXN",
                         "availability": "https://schema.org/InStock", "itemCondition": "https://schema.org/NewCondition"}}
        state = {"initialState": {"id": it.mlid, "title": it.title, "seller_id": sel["cust"],
                                  "components": {"seller_items": [o.title for o in same],
                                                 "recommendations": [items[k].title for k in it.also]}}}
        head = "<script type=\"application/ld+json\">%s</script>" % json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
        main += "<script id=\"__PRELOADED_STATE__\" type=\"application/json\">%s</script>" % json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
        add(s, it.path, ml_page(s, "pt" if br else "es", it.title, main, cc=it.cc, extra_head=head, body_class="ui-pdp"),
            hits=it.hits, cas=it.cas, claims=it.claims, listing=True, charset="iso-8859-1" if br else "utf-8")
    s.flaky.add(items["m12"].path)

    # --------------------------------------------------------------- seller profiles (reputation, opinions)
    profiles = {
        "QDN": ["Llegó el NPP en tiempo y forma, bien empacado. Recomendado.",
                "Excelente vendedor, el paquete pasó la aduana sin problema.",
                "Buena comunicación, el 4-AP con su certificado."],
        "RCHEM": ["Nunca llegó, dicen que la aduana lo retuvo y no me reenviaron nada.",
                  "Tardó 3 semanas pero llegó."],
        "LABSUM": ["Cafeína de muy buena calidad, factura rápida.", "Las tiras de fentanilo funcionan bien, gracias por el proyecto."],
        "QP": ["Entrega rápida.", "Vendedor não responde as perguntas."],
    }
    for key, ops in profiles.items():
        sel = ML_SELLERS[key]
        br = sel["site"] == "MLB"
        L = (lambda es, pt: pt if br else es)
        links = []
        if key in ("QDN", "RCHEM"):
            links.append("<a class=\"publications__link\" href=\"%s\">%s</a>" % (h("/listado/_CustId_%d" % sel["cust"]), L("Ver todas sus publicaciones", "")))
        if key == "RCHEM":
            links.append("<a class=\"catalog__link\" href=\"/noindex/catalogo/RCHEM_IMPORT\">Catálogo completo del vendedor</a>")
            links.append("<a href=\"/perfil/RCHEM\">Perfil anterior</a>")
        if key == "QP":
            links.append("<a href=\"%s\">Ver publicações</a>" % h(items["b1"].path))
        opin = "".join("<li class=\"reviews__item\"><p class=\"reviews__comment\">%s</p></li>" % esc(o) for o in ops)
        main = ("<div class=\"store-info\"><div class=\"store-info__name\"><h3 class=\"store-info__name\">%s</h3></div>"
                "<p class=\"location-subtitle\">%s</p><p class=\"seller-info__subtitle-sales\">%s %d</p></div>"
                "<div class=\"seller-info__status\"><p class=\"seller-info__status-title\">%s</p>"
                "<ul class=\"ui-thermometer\" value=\"%d\"></ul><p><strong>%s</strong> %s</p></div>"
                "<section class=\"reputation-info\"><h2>%s</h2><ul class=\"reviews\">%s</ul></section>"
                "<section class=\"publications\">%s</section>"
                % (esc(sel["nick"]), esc(sel["place"]), L("Vendedor en Mercado Sur desde", "Vendedor no Mercado Sur desde"), sel["since"],
                   esc(sel["level"] or L("Vendedor sin reputación", "Vendedor sem reputação")), sel["therm"], esc(sel["sales"]),
                   L("ventas en los últimos 4 meses", "vendas nos últimos 4 meses"), L("Opiniones sobre el vendedor", "Opiniões sobre o vendedor"),
                   opin, " ".join(links)))
        add(s, "/perfil/" + sel["nick"], ml_page(s, "pt" if br else "es", "Perfil de " + sel["nick"], main, cc=sel["site"], body_class="profile"),
            charset="iso-8859-1" if br else "utf-8")
    s.redirects["/perfil/RCHEM"] = "/perfil/RCHEM_IMPORT"

    # --------------------------------------------------------------- help, news, forbidden catalogue
    main = ("<div class=\"help-article\"><nav class=\"andes-breadcrumb\"><a href=\"/\">Ayuda</a> &gt; <span>Políticas</span></nav>"
            "<h1>Artículos prohibidos</h1><p>No está permitido publicar estupefacientes, psicotrópicos ni precursores químicos "
            "sujetos a control. Entre otros: fentanilo y sus análogos (carfentanilo, acetilfentanilo, furanilfentanilo), "
            "nitazenos (isotonitazeno, metonitazeno, protonitazeno), xilacina fuera del canal veterinario autorizado y los precursores "
            "NPP (CAS 39742-60-4), 4-ANPP (CAS 21409-26-7), 4-AP, 1-Boc-4-AP y 1-Boc-4-piperidona (CAS 79099-07-3).</p>"
            "<p>Tampoco se permite ofrecer &quot;reenvío si la aduana decomisa&quot;, empaques para ocultar mercancía ni declarar "
            "productos con un nombre distinto. Las publicaciones que infrinjan estas reglas se dan de baja y la cuenta se suspende.</p>"
            "<p>Las tiras reactivas para fentanilo y la naloxona sí están permitidas.</p></div>")
    add(s, "/ayuda/articulos-prohibidos_1187", ml_page(s, "es", "Artículos prohibidos", main, body_class="help"))
    main = ("<article class=\"news\"><h1>Mercado Sur retiró 4.300 publicaciones de precursores químicos</h1><p class=\"date\">18 de noviembre de 2026</p>"
            "<p>En coordinación con la COFEPRIS, Mercado Sur dio de baja publicaciones que ofrecían precursores de fentanilo como "
            "N-fenetil-4-piperidona (NPP, CAS 39742-60-4) y 4-ANPP, además de nitazenos. Varios vendedores prometían &quot;reenvío gratis "
            "si la aduana lo retiene&quot; y &quot;empaque discreto&quot;, prácticas prohibidas por nuestros términos.</p>"
            "<p>Recordamos que las tiras reactivas de fentanilo son un producto de reducción de daños permitido.</p></article>")
    add(s, "/noticias/retiro-publicaciones-precursores", ml_page(s, "es", "Noticias", main, body_class="news"))
    main = ("<h1>Catálogo RCHEM_IMPORT</h1><ul><li>Carfentanilo 99% polvo 1 g (CAS 59708-52-0) - reenvío gratis si decomisan</li>"
            "<li>Fentanilo HCl 1 g - empaque discreto</li></ul>")
    s.add(Page("/noindex/catalogo/RCHEM_IMPORT", ml_page(s, "es", "Catálogo", main).encode("utf-8"),
               hits={carfent.key, fentanyl.key}, cas={"59708-52-0"}, claims={"reship", "stealth"}, listing=True))
    s.add(Page("/jm/login", b"<html><body><form>login</form></body></html>"))
    return s

# ================================================================ 1. tradelink-kr (EC21-style B2B portal)

KR_COMPANIES = {
    "hengxin-pharm": dict(name="Wuhan Hengxin Pharmaceutical Technology Co., Ltd.", country="China", region="Hubei",
                          btype="Manufacturer, Trading Company", year=2014, staff="51-100", member="Premium Member",
                          contact="Ms. Lily Zhang", phone="+86 155 2717 8840", im="WhatsApp/Telegram: +86 155 2717 8840 / @hengxin_lily",
                          email="lily@hengxin-pharm.example",
                          intro=["Wuhan Hengxin Pharmaceutical Technology Co., Ltd. is a professional supplier of pharmaceutical intermediates "
                                 "and fine chemicals with a GMP workshop in Wuhan Economic Development Zone.",
                                 "We have our own logistics line: DDP door to door with customs clearance to USA, Mexico and Canada."],
                          claims=["customs"]),
    "jinlong-chem": dict(name="Hebei Jinlong Chemical Trading Co., Ltd.", country="China", region="Hebei",
                         btype="Trading Company", year=2019, staff="11-50", member="Gold Member",
                         contact="Mr. Kevin Wu", phone="+86 311 8566 2071", im="Telegram: @jinlong_kevin, Wickr: jinlongchem",
                         email="kevin@jinlongchem.example",
                         intro=["Hebei Jinlong is a trading company for organic intermediates, veterinary raw materials and research chemicals.",
                                "Safe delivery with 100% reship guarantee if the parcel is seized."],
                         claims=["reship"]),
    "hanbit-cosmetic": dict(name="Hanbit Cosmetic Materials Co., Ltd. (한빛코스메틱)", country="Korea", region="Seoul",
                            btype="Manufacturer", year=2008, staff="101-500", member="Premium Member",
                            contact="Mr. Jae-won Park (박재원)", phone="+82 2 3452 7781", im="KakaoTalk: hanbitcos",
                            email="export@hanbitcos.example",
                            intro=["한빛코스메틱은 2008년 설립된 화장품 원료 전문 제조사입니다. 나이아신아마이드, 히알루론산나트륨 등 기능성 원료를 "
                                   "국내외 화장품 브랜드에 공급하고 있습니다.",
                                   "Hanbit supplies functional cosmetic raw materials to brands in Korea, Japan and Southeast Asia. ISO 22716 certified."],
                            claims=[]),
    "aosheng-ie": dict(name="Shijiazhuang Aosheng Import & Export Co., Ltd.", country="China", region="Hebei",
                       btype="Trading Company", year=2011, staff="11-50", member="Free Member",
                       contact="Ms. Anna Li", phone="+86 311 6690 1345", im="Skype: aosheng.anna",
                       email="anna@aosheng-ie.example",
                       intro=["Aosheng exports basic organic chemicals and reagents: aniline, piperidone derivatives, solvents.",
                              "All goods are shipped with full documents (COA, MSDS) under their real names."],
                       claims=[]),
}


class KRItem:
    def __init__(self, key, pid, comp, title, rows, desc, snippet, hits=(), cas=(), claims=(),
                 list_hits=(), list_cas=(), list_claims=(), korean=False, related=()):
        self.key, self.pid, self.comp, self.title = key, pid, comp, title
        self.rows, self.desc, self.snippet = rows, desc, snippet
        self.hits, self.cas, self.claims = list(hits), list(cas), list(claims)
        self.list_hits, self.list_cas, self.list_claims = list(list_hits), list(list_cas), list(list_claims)
        self.korean, self.related = korean, list(related)
        slug = re.sub(r"[^A-Za-z0-9]+", "-", title.split(" CAS")[0]).strip("-")[:60]
        self.path = "/product-details/%s--%d.html" % (slug, pid)


def kr_items():
    I = []
    std = [("Payment Terms", "T/T, Western Union, MoneyGram, BTC, USDT"), ("Port", "Shanghai / Wuhan")]
    I.append(KRItem("e1", 11802234, "hengxin-pharm", "NPP N-Phenethyl-4-piperidone CAS 39742-60-4 99% Powder",
        [("Model No.", "HX-NPP-99"), ("CAS No.", "39742-60-4"), ("Purity", "99% min (HPLC)"), ("Appearance", "White to light yellow powder"),
         ("Package", "1kg/bag, 25kg/drum"), ("MOQ", "1 Kilogram")] + std,
        ["We are the factory of NPP (1-phenethyl-4-piperidone), stable supply 500kg per month.",
         "100% customs clearance to Mexico, USA and Canada.",
         "If the goods are seized by customs we reship for free, no extra cost."],
        "Supply NPP CAS 39742-60-4, 99% min, 100% customs clearance",
        hits=[npp], cas=["39742-60-4"], claims=["customs", "reship"], list_hits=[npp], list_cas=["39742-60-4"], list_claims=["customs"],
        related=[("4-ANPP 99.5% powder", ""), ("N-Boc-4-piperidone", "79099-07-3"), ("Fentanyl test strip", "")]))
    I.append(KRItem("e2", 11802251, "hengxin-pharm", "4-ANPP CAS NO.21409-26-7 High Purity White Powder",
        [("Model No.", "HX-ANPP"), ("CAS No.", "21409-26-7"), ("Purity", "99.5%"), ("Package", "1kg aluminium foil bag"), ("MOQ", "100 Gram")] + std,
        ["4-ANPP (4-anilino-N-phenethylpiperidine), white crystalline powder, COA provided.",
         "Discreet packing: aluminium foil bag hidden inside a carton with other goods.",
         "We can declare the goods as 'resin additive' or any name you require."],
        "4-ANPP CAS NO.21409-26-7 white powder, 99.5%",
        hits=[anpp], cas=["21409-26-7"], claims=["stealth", "mislabel"], list_hits=[anpp], list_cas=["21409-26-7"],
        related=[("NPP powder", "39742-60-4"), ("1-Boc-4-AP", "")]))
    I.append(KRItem("e3", 11802277, "hengxin-pharm", "1-Boc-4-AP tert-Butyl 4-(phenylamino)piperidine-1-carboxylate CAS 125541-22-2",
        [("Model No.", "HX-B4AP"), ("CAS No.", "125541-22-2"), ("Purity", "99%"), ("Appearance", "Off-white powder"), ("MOQ", "1 Kilogram")] + std,
        ["1-Boc-4-anilinopiperidine (1-N-Boc-4-(phenylamino)piperidine) in stock, fast delivery.",
         "For Mexico customers the goods go first to our warehouse in Mexico City, then local delivery.",
         "Seized parcels are reshipped free of charge."],
        "Boc-4-AP CAS 125541-22-2 in stock",
        hits=[boc4ap], cas=["125541-22-2"], claims=["forwarding", "reship"], list_hits=[boc4ap], list_cas=["125541-22-2"],
        related=[("4-Anilinopiperidine", "23056-29-3"), ("NPP", "")]))
    I.append(KRItem("e4", 11802290, "hengxin-pharm", "Pharmaceutical Intermediate MX-4 (Research Grade)",
        [("Model No.", "MX-4"), ("CAS No.", "N/A (new product)"), ("Purity", "99%"), ("MOQ", "10 Gram")] + std,
        ["MX-4, chemical name: " + IUPAC_MEMAF + ". New product, strong activity, not listed.",
         "Stealth shipping with vacuum sealed bag and decoy items."],
        "Pharmaceutical intermediate MX-4, new product, 99%, MOQ 10g",
        hits=[MEMAF], cas=[], claims=["stealth"], list_hits=[], list_cas=[],
        related=[("Isotonitazene", ""), ("Protonitazene", "")]))
    I.append(KRItem("e5", 11802311, "hengxin-pharm", "2-Phenylethyl bromide CAS 103-63-9 99%",
        [("CAS No.", "103-63-9"), ("Purity", "99%"), ("Appearance", "Colourless liquid"), ("Package", "25kg/drum")] + std,
        ["(2-Bromoethyl)benzene for organic synthesis and perfumery intermediates.",
         "Customs clearance guaranteed, DDP service available."],
        "2-Phenylethyl bromide 103-63-9, 99%",
        cas=["103-63-9"], claims=["customs"], list_cas=["103-63-9"],
        related=[("N-Boc-4-piperidone", "79099-07-3"), ("Aniline", "62-53-3")]))
    I.append(KRItem("e6", 11802340, "hengxin-pharm", "N-Boc-piperazine CAS 57260-71-6",
        [("CAS No.", "57260-71-6"), ("Purity", "98%"), ("Package", "1kg/bag")] + std,
        ["1-Boc-piperazine, building block for API synthesis."],
        "N-Boc-piperazine CAS 57260-71-6",
        cas=["57260-71-6"], list_cas=["57260-71-6"], related=[("4-ANPP", "21409-26-7")]))
    I.append(KRItem("e7", 12044518, "jinlong-chem", "1-Boc-4-piperidone / N-(tert-Butoxycarbonyl)-4-piperidone CAS:79099-07-3",
        [("CAS No.", "79099-07-3"), ("Purity", "99%"), ("Appearance", "White crystalline powder"), ("MOQ", "1 Kilogram")] + std,
        ["tert-Butyl 4-oxopiperidine-1-carboxylate, factory direct price.",
         "Free reshipment if the parcel is seized."],
        "1-Boc-4-piperidone CAS:79099-07-3 factory",
        hits=[bocpip], cas=["79099-07-3"], claims=["reship"], list_hits=[bocpip], list_cas=["79099-07-3"],
        related=[("4-Piperidone HCl", ""), ("NPP", "39742-60-4")]))
    I.append(KRItem("e8", 12044533, "jinlong-chem", "4-Piperidone Monohydrate Hydrochloride CAS 41661-47-6",
        [("CAS No.", "41661-47-6"), ("Purity", "98%"), ("Package", "1kg/bag")] + std,
        ["4-Piperidone (piperidin-4-one) hydrochloride monohydrate.",
         "EU customers: goods ship from our Netherlands warehouse, no customs inspection."],
        "4-Piperidone HCl H2O CAS 41661-47-6",
        hits=[pip4], cas=["41661-47-6"], claims=["forwarding"], list_hits=[pip4], list_cas=["41661-47-6"],
        related=[("1-Boc-4-piperidone", "")]))
    I.append(KRItem("e9", 12044560, "jinlong-chem", "Xylazine hydrochloride CAS 23076-35-9 veterinary raw material",
        [("CAS No.", "23076-35-9"), ("Purity", "99%"), ("Grade", "Veterinary"), ("MOQ", "100 Gram")] + std,
        ["Xylazine HCl powder, veterinary sedative raw material.",
         "Declared as 'feed additive' on the invoice for smooth delivery."],
        "Xylazine HCl 23076-35-9 veterinary raw material",
        hits=[xylazine], cas=["23076-35-9"], claims=["mislabel"], list_hits=[xylazine], list_cas=["23076-35-9"],
        related=[("Metonitazene", "")]))
    I.append(KRItem("e10", 12044601, "jinlong-chem", "Metonitazene CAS 14680-51-4 99% powder",
        [("CAS No.", "14680-51-4"), ("Purity", "99%"), ("MOQ", "5 Gram")] + std,
        ["Metonitazene high purity, research use only.",
         "Stealth package: vacuum bag inside a tea box."],
        "Metonitazene 14680-51-4 high purity",
        hits=[metonit], cas=["14680-51-4"], claims=["stealth"], list_hits=[metonit], list_cas=["14680-51-4"],
        related=[("Xylazine HCl", "23076-35-9")]))
    I.append(KRItem("e11", 12044622, "jinlong-chem", "Propionyl chloride 79-03-8 99%",
        [("CAS No.", "79-03-8"), ("Purity", "99%"), ("Package", "200kg/drum")] + std,
        ["Propanoyl chloride for acylation, dangerous goods class 3/8, sea freight only."],
        "Propionyl chloride 79-03-8",
        cas=["79-03-8"], list_cas=["79-03-8"], related=[("4-ANPP", "")]))
    I.append(KRItem("e12", 13370012, "hanbit-cosmetic", "나이아신아마이드 Niacinamide 99.5% Cosmetic Grade CAS 98-92-0",
        [("CAS No.", "98-92-0"), ("순도 Purity", "99.5%"), ("포장 Package", "25kg/carton"), ("원산지 Origin", "Korea")],
        ["미백 기능성 원료 나이아신아마이드입니다. 식약처 고시 기능성 원료 기준에 적합합니다.",
         "Whitening active for skin care, KFDA functional ingredient."],
        "나이아신아마이드 Niacinamide 98-92-0",
        cas=["98-92-0"], list_cas=["98-92-0"], korean=True, related=[("히알루론산나트륨", "9067-32-7")]))
    I.append(KRItem("e13", 13370045, "hanbit-cosmetic", "히알루론산나트륨 Sodium Hyaluronate CAS 9067-32-7",
        [("CAS No.", "9067-32-7"), ("분자량 MW", "1,000-1,500 kDa"), ("포장 Package", "1kg/bag")],
        ["보습 원료 히알루론산나트륨, 발효 공법 생산.", "Moisturising ingredient produced by fermentation."],
        "Sodium hyaluronate 9067-32-7",
        cas=["9067-32-7"], list_cas=["9067-32-7"], korean=True, related=[("나이아신아마이드", "98-92-0")]))
    I.append(KRItem("e14", 14410277, "aosheng-ie", "1-Benzyl-4-piperidone CAS 3612-20-2",
        [("CAS No.", "3612-20-2"), ("Purity", "98%"), ("Appearance", "Yellow liquid"), ("Package", "200kg/drum")] + std,
        ["N-Benzyl-4-piperidone for pharmaceutical synthesis.", "Customs clearance guaranteed for all destinations."],
        "1-Benzyl-4-piperidone 3612-20-2",
        cas=["3612-20-2"], claims=["customs"], list_cas=["3612-20-2"], related=[("NPP", "39742-60-4")]))
    I.append(KRItem("e15", 14410301, "aosheng-ie", "Aniline 99.9% CAS 62-53-3",
        [("CAS No.", "62-53-3"), ("Purity", "99.9%"), ("Package", "200kg/drum, ISO tank")] + std,
        ["Industrial aniline for rubber chemicals and dyes."],
        "Aniline 62-53-3",
        cas=["62-53-3"], list_cas=["62-53-3"], related=[("4-AP", "")]))
    return {it.key: it for it in I}


HOT_KEYWORDS = ["npp powder", "4-anpp", "79099-07-3", "boc-4-ap", "fentanyl test strip", "niacinamide", "xylazine", "isotonitazene"]


def kr_page(title, main, crumbs=()):
    hot = " ".join("<a href=\"/offer/chemicals.html\">%s</a>" % esc(k) for k in HOT_KEYWORDS)
    bc = " &gt; ".join(["<a href=\"/\">Home</a>"] + ["<a href=\"%s\">%s</a>" % (h(p), esc(t)) for p, t in crumbs])
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />"
            "<title>%s - TradeLink Korea</title><meta name=\"keywords\" content=\"B2B, suppliers, manufacturers, buyers\" />"
            "<link rel=\"stylesheet\" type=\"text/css\" href=\"/css/global.css\" />"
            "<script type=\"text/javascript\" src=\"/js/jquery-1.12.4.min.js\"></script></head><body>"
            "<div id=\"cookieLayer\" class=\"cookie_layer\">We use cookies to improve your experience. 쿠키 사용에 동의하십니까? "
            "<a href=\"#\" class=\"btn_agree\">Agree</a></div>"
            "<div id=\"topBar\"><ul class=\"util\"><li><a href=\"/member/login.html\">Sign In / 로그인</a></li>"
            "<li><a href=\"/member/join.html\">Join Free / 회원가입</a></li><li><a href=\"/inquiry/basket.html\">Inquiry Basket</a></li>"
            "<li class=\"lang\"><a href=\"/\">English</a> | <a href=\"/\">한국어</a></li></ul></div>"
            "<div id=\"header\"><h1 class=\"logo\"><a href=\"/\">TradeLink Korea - Global B2B Marketplace</a></h1>"
            "<form id=\"searchForm\" action=\"/search/\" method=\"get\"><select name=\"type\"><option>Products</option><option>Companies</option>"
            "<option>Buying Leads</option></select><input type=\"text\" name=\"keyword\" class=\"inp_search\" /><input type=\"submit\" value=\"Search\" /></form></div>"
            "<div id=\"gnb\"><ul><li><a href=\"/offer/chemicals.html\">Selling Leads 판매정보</a></li>"
            "<li><a href=\"/buying-leads/chemicals.html\">Buying Leads 구매정보</a></li><li><a href=\"/company/\">Suppliers 공급업체</a></li>"
            "<li><a href=\"/tradeshow/2026-11\">Trade Shows</a></li></ul></div>"
            "<div id=\"location\" class=\"location\">%s</div><div id=\"container\">%s</div>"
            "<div id=\"hotKeyword\" class=\"hot_keyword\"><strong>Hot Keywords :</strong> %s</div>"
            "<div id=\"footer\"><ul class=\"f_menu\"><li><a href=\"/notice/view.html?no=1187\">Notice 공지사항</a></li>"
            "<li><a href=\"/policy/terms.html\">Terms of Use</a></li><li><a href=\"/policy/privacy.html\">Privacy Policy 개인정보처리방침</a></li></ul>"
            "<address>TradeLink Korea Inc. | 서울특별시 강남구 테헤란로 000 | 사업자등록번호 000-00-00000 | Tel: +82-2-0000-0000</address>"
            "<p class=\"copy\">Copyright &copy; 1997-2026 TradeLink Korea. All rights reserved.</p></div>"
            "<script type=\"text/javascript\">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-000000-1']);</script></body></html>"
            % (esc(title), bc, main, hot))


def tradelink_kr():
    s = Site("tradelink-kr", "ec21-style-b2b-portal")
    s.robots = ("User-agent: *\nDisallow: /member/\nDisallow: /inquiry/\nDisallow: /offer/expired/\nDisallow: /admin/\n"
                "Disallow: /search/\n\nSitemap: /sitemap.xml\n")
    s.disallow = ["/member/", "/inquiry/", "/offer/expired/", "/admin/", "/search/"]
    s.trap_prefix = "/tradeshow/"
    s.junk_params = ["sid", "utm_source", "utm_medium", "utm_campaign", "gubun", "ref"]
    items = kr_items()
    comps = KR_COMPANIES
    s.add(Page("/css/global.css", "#gnb li{display:inline}.sl_item{border-bottom:1px solid #ddd}", ctype="text/css"))
    s.add(Page("/js/jquery-1.12.4.min.js", "/*! jQuery v1.12.4 */", ctype="application/javascript"))
    for it in items.values():
        png(s, "/upload/product/%d.png" % it.pid, it.pid % 251)

    # ---------------------------------------------------------- buying leads (requests: never offers)
    buying = [
        ("1201", "Buy NPP (CAS 39742-60-4) 20kg - Mexico", "Mexico", "20 Kilogram",
         "We want to buy NPP 39742-60-4, 20kg per month, delivery to Guadalajara. Supplier must do customs clearance (DDP) "
         "and reship if the goods are seized. Please quote CIF price."),
        ("1202", "Looking for 4-ANPP and 1-boc-4-piperidone, reship guarantee required", "United States", "5 Kilogram",
         "Need 4-ANPP (21409-26-7) 2kg and 1-Boc-4-piperidone 3kg. Stealth packing and declared as other goods preferred. "
         "Only suppliers with reship policy."),
        ("1203", "구매: 나이아신아마이드 500kg (Niacinamide)", "Korea", "500 Kilogram",
         "화장품 제조용 나이아신아마이드 500kg 구매합니다. COA, MSDS 필수. We need niacinamide CAS 98-92-0 cosmetic grade."),
        ("1204", "WTB Fentanyl citrate API with DMF", "India", "1 Kilogram",
         "Pharmaceutical company looking for fentanyl citrate (CAS 990-73-8) API with US DMF and import licence support. "
         "Only licensed manufacturers."),
        ("1205", "Need isotonitazene reference standard 100mg (forensic lab)", "Germany", "100 Milligram",
         "Forensic toxicology laboratory requests isotonitazene (14188-81-9) certified reference material, 100 mg, "
         "with import permit handling."),
    ]

    def bl_row(b):
        return ("<li class=\"bl_item\"><p class=\"blTit\"><span class=\"ico_buy\">Buy</span> <a href=\"/buying-leads/detail/%s.html\">%s</a></p>"
                "<p class=\"blInfo\">Quantity: %s | Country: %s | Posted: 2026-11-%02d</p></li>"
                % (b[0], esc(b[1]), esc(b[3]), esc(b[2]), 10 + int(b[0]) % 17))

    # ---------------------------------------------------------- home
    latest = "".join(bl_row(b) for b in buying[:4])
    main = ("<div class=\"mainVisual\"><p>Connecting global buyers with verified suppliers since 1997.</p>"
            "<p>글로벌 바이어와 검증된 공급업체를 연결합니다.</p></div>"
            "<div class=\"mainCate\"><h2>Categories</h2><ul><li><a href=\"/offer/chemicals.html\">Chemicals &gt; Pharmaceutical Intermediates</a></li>"
            "<li><a href=\"/offer/chemicals.html?page=2\">Chemicals &gt; Organic Chemicals</a></li>"
            "<li><a href=\"/offer/chemicals.html?page=3&amp;utm_source=main\">Chemicals &gt; Cosmetic Materials</a></li></ul></div>"
            "<div class=\"mainBuying\"><h2>Latest Buying Leads 최신 구매정보</h2><ul>%s</ul>"
            "<a class=\"more\" href=\"/buying-leads/chemicals.html\">more</a></div>"
            "<div class=\"mainSupplier\"><h2>Premium Suppliers</h2><ul>"
            "<li><a href=\"/company/hengxin/\">Wuhan Hengxin Pharmaceutical Technology</a></li>"
            "<li><a href=\"/go/C2\">Hebei Jinlong Chemical Trading</a></li>"
            "<li><a href=\"/company/hanbit-cosmetic/\">Hanbit Cosmetic Materials 한빛코스메틱</a></li>"
            "<li><a href=\"/company/aosheng-ie/\">Shijiazhuang Aosheng Import &amp; Export</a></li></ul></div>"
            "<div class=\"mainNotice\"><a href=\"/notice/view.html?no=1187\">[공지] 마약류 및 전구물질 거래 게시물 삭제 안내</a></div>") % latest
    add(s, "/", kr_page("Global B2B Marketplace", main))
    s.redirects["/company/hengxin/"] = "/company/hengxin-pharm/"
    s.redirects["/go/C2"] = "/company/jinlong-chem/"
    s.redirects["/offer/view/11802234.html"] = items["e1"].path

    # ---------------------------------------------------------- selling leads list
    order = [["e1", "e12", "e2", "e14", "e4"], ["e7", "e5", "e9", "e13", "e3"], ["e10", "e6", "e8", "e11", "e15"]]
    for pi, keys in enumerate(order, 1):
        rows, hits, cas, claims = [], set(), set(), set()
        for k in keys:
            it = items[k]
            c = comps[it.comp]
            rows.append("<li class=\"sl_item\"><div class=\"pdtImg\"><a href=\"%s\"><img src=\"/upload/product/%d.png\" alt=\"\" width=\"100\" height=\"100\" /></a></div>"
                        "<div class=\"pdtInfo\"><p class=\"pdtTit\"><a href=\"%s\">%s</a></p><p class=\"pdtDesc\">%s</p>"
                        "<p class=\"cpnyName\"><a href=\"/company/%s/\">%s</a> <span class=\"nation\">%s</span> <span class=\"grade\">%s</span></p></div>"
                        "<div class=\"pdtBtn\"><a class=\"btnInquire\" href=\"/inquiry/send.html?pid=%d\">Contact Now</a></div></li>"
                        % (h(it.path + ("?ref=list" if pi == 2 else "")), it.pid, h(it.path), esc(it.title), esc(it.snippet), it.comp, esc(c["name"]),
                           esc(c["country"]), esc(c["member"]), it.pid))
            hits |= set(it.list_hits)
            cas |= set(it.list_cas)
            claims |= set(it.list_claims)
        pager = " ".join(("<strong>%d</strong>" % k) if k == pi else "<a href=\"%s\">%d</a>" % (h("/offer/chemicals.html" + ("" if k == 1 else "?page=%d" % k)), k)
                         for k in range(1, 4))
        if pi < 3:
            pager += " <a class=\"next\" href=\"/offer/chemicals.html?page=%d\">Next &gt;</a>" % (pi + 1)
        main = ("<div class=\"listTop\"><h2>Chemicals Selling Leads 판매정보</h2><p class=\"total\">Total 15 products</p>"
                "<div class=\"sortArea\"><a href=\"%s\">Latest</a> <a href=\"%s\">Premium</a></div></div>"
                "<ul class=\"sl_list\">%s</ul><div class=\"paging\">%s</div>") % (
                    h("/offer/chemicals.html" + ("?sid=af31" if pi == 1 else "?page=%d&sid=af31" % pi)),
                    h("/offer/chemicals.html" + ("?gubun=premium" if pi == 1 else "?page=%d&gubun=premium" % pi)), "".join(rows), pager)
        path = "/offer/chemicals.html" if pi == 1 else qpath("/offer/chemicals.html", page=pi)
        add(s, path, kr_page("Chemicals Selling Leads - page %d" % pi, main, [("/offer/chemicals.html", "Selling Leads")]),
            hits=hits, cas=cas, claims=claims, listing=True)

    # ---------------------------------------------------------- product details
    for it in items.values():
        c = comps[it.comp]
        rows = "".join("<tr><th scope=\"row\">%s</th><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in it.rows)
        desc = "".join("<p>%s</p>" % esc(p) for p in it.desc)
        rel = "".join("<li><a href=\"/offer/chemicals.html\">%s</a>%s</li>" % (esc(n), (" <span class=\"cas\">%s</span>" % c2) if c2 else "") for n, c2 in it.related)
        others = [o for o in items.values() if o.comp == it.comp and o is not it][:3]
        oth = "".join("<li><a href=\"%s\">%s</a></li>" % (h(o.path), esc(o.title)) for o in others)
        lbl = ("상품 상세정보", "상품 설명", "회사 정보") if it.korean else ("Product Details", "Product Description", "Company Information")
        main = ("<div class=\"pdtDetail\"><div class=\"pdtTop\"><div class=\"pdtPhoto\"><img src=\"/upload/product/%d.png\" alt=\"%s\" width=\"300\" /></div>"
                "<div class=\"pdtSummary\"><h2 class=\"pdtName\">%s</h2><p class=\"fob\">FOB Price: Get Latest Price</p>"
                "<a class=\"btn_contact\" href=\"/inquiry/send.html?pid=%d\">Contact Supplier 문의하기</a></div></div>"
                "<div class=\"pdtSpec\"><h3>%s</h3><table class=\"tbl_spec\" summary=\"product details\"><tbody>%s</tbody></table></div>"
                "<div class=\"pdtDesc\"><h3>%s</h3>%s</div></div>"
                "<div class=\"cpnySide\"><h3>%s</h3><p class=\"cpnyName\"><a href=\"/company/%s/\">%s</a></p><dl><dt>Country</dt><dd>%s</dd>"
                "<dt>Business Type</dt><dd>%s</dd><dt>Membership</dt><dd>%s</dd></dl>"
                "<a href=\"/company/%s/showroom.html\">Product Showroom 제품 쇼룸</a></div>"
                "<div class=\"otherPdt\"><h3>Other Products from this supplier</h3><ul>%s</ul></div>"
                "<div class=\"relatedPdt\"><h3>Related Products</h3><ul>%s</ul></div>"
                % (it.pid, esc(it.title), esc(it.title), it.pid, lbl[0], rows, lbl[1], desc, lbl[2], it.comp, esc(c["name"]),
                   esc(c["country"]), esc(c["btype"]), esc(c["member"]), it.comp, oth, rel))
        add(s, it.path, kr_page(it.title, main, [("/offer/chemicals.html", "Selling Leads"), (it.path, it.title[:40])]),
            hits=it.hits, cas=it.cas, claims=it.claims, listing=True)
    s.flaky.add(items["e9"].path)

    # ---------------------------------------------------------- buying leads list + details
    for pi, chunk in enumerate([buying[:3], buying[3:]], 1):
        pager = " ".join(("<strong>%d</strong>" % k) if k == pi else "<a href=\"%s\">%d</a>" % (h("/buying-leads/chemicals.html" + ("" if k == 1 else "?page=2")), k) for k in (1, 2))
        main = ("<div class=\"listTop\"><h2>Chemicals Buying Leads 구매정보</h2><p class=\"total\">Total 5 buying leads</p></div>"
                "<ul class=\"bl_list\">%s</ul><div class=\"paging\">%s</div>") % ("".join(bl_row(b) for b in chunk), pager)
        add(s, "/buying-leads/chemicals.html" if pi == 1 else qpath("/buying-leads/chemicals.html", page=2),
            kr_page("Chemicals Buying Leads", main, [("/buying-leads/chemicals.html", "Buying Leads")]))
    for b in buying:
        main = ("<div class=\"blDetail\"><h2 class=\"blTit\"><span class=\"ico_buy\">Buy</span> %s</h2>"
                "<table class=\"tbl_spec\"><tr><th>Quantity Required</th><td>%s</td></tr><tr><th>Buyer Country</th><td>%s</td></tr>"
                "<tr><th>Valid Until</th><td>2027-01-31</td></tr></table><div class=\"blDesc\"><h3>Buying Lead Description</h3><p>%s</p></div>"
                "<a class=\"btn_reply\" href=\"/inquiry/reply.html?bl=%s\">Reply to this Buying Lead 견적 보내기</a>"
                "<p class=\"notice\">Buyer contact details are shown to Premium Members only.</p></div>") % (esc(b[1]), esc(b[3]), esc(b[2]), esc(b[4]), b[0])
        add(s, "/buying-leads/detail/%s.html" % b[0], kr_page(b[1], main, [("/buying-leads/chemicals.html", "Buying Leads")]))

    # ---------------------------------------------------------- companies: profile + showroom
    show_pages = {"hengxin-pharm": [["e1", "e2", "e3", "e4"], ["e5", "e6"]], "jinlong-chem": [["e7", "e8", "e9", "e10", "e11"]],
                  "hanbit-cosmetic": [["e12", "e13"]], "aosheng-ie": [["e14", "e15"]]}
    dir_rows = []
    for slug, c in comps.items():
        kor = slug == "hanbit-cosmetic"
        intro = "".join("<p>%s</p>" % esc(p) for p in c["intro"])
        main = ("<div class=\"cpnyHome\"><h2 class=\"cpnyTit\">%s</h2><span class=\"grade\">%s</span>"
                "<ul class=\"cpnyTab\"><li class=\"on\"><a href=\"/company/%s/\">%s</a></li><li><a href=\"/company/%s/showroom.html\">%s</a></li></ul>"
                "<div class=\"cpnyIntro\"><h3>%s</h3>%s</div>"
                "<table class=\"tbl_spec\"><tr><th>Business Type</th><td>%s</td></tr><tr><th>Location</th><td>%s, %s</td></tr>"
                "<tr><th>Year Established</th><td>%d</td></tr><tr><th>Total Employees</th><td>%s</td></tr>"
                "<tr><th>Main Products</th><td>%s</td></tr></table>"
                "<div class=\"cpnyContact\"><h3>Contact Information</h3><dl><dt>Contact Person</dt><dd>%s</dd><dt>Tel</dt><dd>%s</dd>"
                "<dt>Messenger</dt><dd>%s</dd><dt>E-mail</dt><dd>%s</dd></dl></div></div>"
                % (esc(c["name"]), esc(c["member"]), slug, "회사소개" if kor else "Company Profile", slug, "제품 쇼룸" if kor else "Product Showroom",
                   "회사 소개" if kor else "Company Introduction", intro, esc(c["btype"]), esc(c["region"]), esc(c["country"]), c["year"],
                   esc(c["staff"]), esc({"hengxin-pharm": "Pharmaceutical intermediates, fine chemicals",
                                         "jinlong-chem": "Organic intermediates, veterinary raw materials",
                                         "hanbit-cosmetic": "화장품 원료 Cosmetic raw materials",
                                         "aosheng-ie": "Basic organic chemicals, reagents"}[slug]),
                   esc(c["contact"]), esc(c["phone"]), esc(c["im"]), esc(c["email"])))
        add(s, "/company/%s/" % slug, kr_page(c["name"], main, [("/company/", "Suppliers"), ("/company/%s/" % slug, c["name"])]),
            claims=c["claims"])
        pages = show_pages[slug]
        for pi, keys in enumerate(pages, 1):
            rows, hits, cas = [], set(), set()
            for k in keys:
                it = items[k]
                cas_cell = dict(it.rows).get("CAS No.", "")
                rows.append("<tr><td class=\"name\"><a href=\"%s\">%s</a></td><td class=\"cas\">%s</td><td>%s</td>"
                            "<td><a class=\"btn_s\" href=\"/inquiry/send.html?pid=%d\">Inquire</a></td></tr>"
                            % (h(it.path), esc(it.title), esc(cas_cell), esc(dict(it.rows).get("Purity", dict(it.rows).get("순도 Purity", "-"))), it.pid))
                hits |= set(it.list_hits)
                if cas_norm(cas_cell) and re.fullmatch(r"[\d\- ]+", cas_cell):
                    cas.add(cas_cell)
            banner, claims = "", []
            if slug == "jinlong-chem":
                banner = "<div class=\"showroomBanner\">Safe &amp; fast delivery - reship if seized - Telegram @jinlong_kevin</div>"
                claims = ["reship"]
            pager = ""
            if len(pages) > 1:
                pager = "<div class=\"paging\">%s</div>" % " ".join(
                    ("<strong>%d</strong>" % k) if k == pi else "<a href=\"%s\">%d</a>" % (h("/company/%s/showroom.html" % slug + ("" if k == 1 else "?page=%d" % k)), k)
                    for k in range(1, len(pages) + 1))
            expired = ("<p class=\"expired\"><a href=\"/offer/expired/carfentanil--99120.html\">Expired offers (1)</a></p>"
                       if slug == "hengxin-pharm" else "")
            main = ("<div class=\"showroom\"><h2 class=\"cpnyTit\">%s</h2>%s<h3>%s</h3>"
                    "<table class=\"tbl_list\"><thead><tr><th>Product Name</th><th>CAS No.</th><th>Purity</th><th></th></tr></thead><tbody>%s</tbody></table>%s%s"
                    "<p><a href=\"/company/%s/\">Company Profile</a></p></div>"
                    % (esc(c["name"]), banner, "제품 쇼룸" if kor else "Product Showroom", "".join(rows), pager, expired, slug))
            path = "/company/%s/showroom.html" % slug if pi == 1 else qpath("/company/%s/showroom.html" % slug, page=pi)
            add(s, path, kr_page(c["name"] + " - Showroom", main, [("/company/%s/" % slug, c["name"])]),
                hits=hits, cas=cas, claims=claims, listing=True)
        dir_rows.append("<li><a href=\"/company/%s/\">%s</a> (%s) - %s</li>" % (slug, esc(c["name"]), esc(c["country"]), esc(c["btype"])))
    add(s, "/company/", kr_page("Suppliers", "<h2>Suppliers 공급업체</h2><ul class=\"cpnyList\">%s</ul>" % "".join(dir_rows), [("/company/", "Suppliers")]))

    # ---------------------------------------------------------- notice (warning that names substances)
    main = ("<div class=\"noticeView\"><h2>[공지] 마약류 및 전구물질 거래 게시물 삭제 안내</h2><p class=\"date\">2026-10-02</p>"
            "<p>식품의약품안전처 및 관세청 요청에 따라 펜타닐(Fentanyl), 카펜타닐, 니타젠류(이소토니타젠 등) 및 그 전구물질 "
            "NPP(CAS 39742-60-4), 4-ANPP(CAS 21409-26-7), 1-Boc-4-피페리돈(CAS 79099-07-3)의 판매 게시물은 사전 통보 없이 삭제되며 "
            "해당 회원은 영구 이용 정지됩니다.</p>"
            "<p>Listings of fentanyl, its analogues, nitazenes and their precursors (NPP, 4-ANPP, 4-AP, 1-boc-4-AP, 1-boc-4-piperidone) "
            "are prohibited. Offers promising 'customs clearance', 'reship if seized' or false declarations will be removed.</p>"
            "<p><a href=\"/\">목록 List</a></p></div>")
    add(s, qpath("/notice/view.html", no=1187), kr_page("Notice", main, [("/notice/view.html?no=1187", "Notice")]))

    # ---------------------------------------------------------- robots-forbidden: an expired offer (not in truth)
    s.add(Page("/offer/expired/carfentanil--99120.html",
               kr_page("Carfentanil 99%", "<h2>Carfentanil CAS 59708-52-0 99% (expired)</h2><p>Reship if seized. Stealth packing.</p>").encode(),
               hits={carfent.key}, cas={"59708-52-0"}, claims={"reship", "stealth"}, listing=True))
    s.add(Page("/member/login.html", b"<html><body>login</body></html>"))
    return s

# ================================================================ 2. foroquimico (vBulletin 4, windows-1252)

VB_USERS = {
    2: ("Admin_Foro", "Administrator", "Jan 2012", 3120, ""),
    5: ("mod_lucia", "Moderadora", "Jun 2015", 8410, "Lee las reglas antes de postear / Read the rules first."),
    11: ("PrecursorKing", "Verified Vendor", "Mar 2024", 212, "Wickr: pkingchem | Session: 05a9c1e7f3d2b8 | Threema: 7HXK2P9D"),
    12: ("QuimicosNorteMX", "Vendedor verificado", "Aug 2023", 367, "Telegram: @qnorte_mx | WhatsApp +52 81 1234 0099"),
    13: ("ChemAsia", "Vendor", "Jan 2025", 58, "Email: chemasia@protonmail.example | WhatsApp +86 133 0000 1111"),
    14: ("harmreduction_ana", "Harm Reduction Volunteer", "Feb 2019", 2204, "Test your stuff. Naloxone saves lives. / Analiza lo que consumes."),
    15: ("US_Domestic_Vet", "Vendor", "Sep 2025", 19, "Signal: usdomvet.42"),
    16: ("NovaRC", "Vendor", "Oct 2026", 6, "XMR only. Session: 05ff1e2d9a"),
    17: ("CutSupplyEU", "Vendor", "May 2022", 140, "Threema: CUTS4EU1"),
    18: ("ElQuimico_TJ", "Vendedor", "Oct 2026", 11, "Wickr: quimicotj"),
    19: ("Distribuidora_GT", "Vendedor", "Jul 2026", 23, "WhatsApp +502 5555 0142"),
    21: ("insumos_mty", "Vendedor", "Apr 2021", 301, "Telegram: @insumosmty"),
    22: ("bluelighter77", "Senior Member", "Dec 2016", 1877, ""),
    23: ("dex_mx", "Member", "Mar 2020", 402, ""),
    24: ("EUbuyer", "Member", "Nov 2024", 77, ""),
    25: ("cook_eu", "Junior Member", "Oct 2026", 3, ""),
    26: ("CDMXcook", "Junior Member", "Nov 2026", 2, ""),
    27: ("nlbuyer", "Junior Member", "Nov 2026", 4, ""),
    28: ("scamwatch", "Senior Member", "Feb 2018", 2990, "Scam list: showthread.php?t=501"),
    29: ("tranq_aware", "Member", "Jan 2023", 310, ""),
    30: ("pedro_gdl", "Member", "May 2024", 45, ""),
}

FORUMS = {
    3: ("Anuncios / Announcements", "Reglas, noticias y avisos del staff."),
    4: ("Reducción de daños / Harm Reduction", "Test strips, naloxone, safer use. Sin ventas."),
    5: ("Vendors (English)", "Verified vendor sales threads. Read the vendor rules first."),
    6: ("Vendedores (Español)", "Hilos de venta de vendedores verificados."),
    7: ("WTB / Busco", "Buying requests only. Sellers: reply by PM."),
    8: ("Scam Reports / Estafas", "Report scammers with evidence."),
}


def Qt(user, text):
    """vBulletin 4 quote block."""
    return ("<div class=\"bbcode_container\"><div class=\"bbcode_quote\"><div class=\"quote_container\"><div class=\"bbcode_quote_container\"></div>"
            "<div class=\"bbcode_postedby\"><img title=\"Quote\" src=\"images/misc/quote_icon.png\" alt=\"Quote\" /> Originally Posted by <strong>%s</strong></div>"
            "<div class=\"message\">%s</div></div></div></div>" % (esc(user), text))


class VBThread:
    def __init__(self, tid, forum, title, starter, pages, truth, sticky=False, views=0):
        self.tid, self.forum, self.title, self.starter = tid, forum, title, starter
        self.pages = pages          # list of lists of (user_id, date, time, body_html)
        self.truth = truth          # list per page of dict(hits, cas, claims, listing)
        self.sticky, self.views = sticky, views
        self.title_hits, self.title_claims = [], []

    def replies(self):
        return sum(len(p) for p in self.pages) - 1


def T(hits=(), cas=(), claims=(), listing=False):
    return dict(hits=list(hits), cas=list(cas), claims=list(claims), listing=listing)


def vb_threads():
    th = []
    br = "<br />\n"
    # ---------------------------------------------------------------- Vendors (English), f=5
    t = VBThread(101, 5, "[VENDOR] PrecursorKing \u2013 NPP / 4-ANPP / N-Boc-4-piperidone in stock (reship guaranteed)", 11, [
        [(11, "11-02-2026", "09:14 PM",
          "<b>PrecursorKing price list \u2013 November</b>" + br +
          "<table class=\"cms_table\"><tr><td>NPP (N-phenethyl-4-piperidone) CAS 39742-60-4</td><td>100g $180 / 1kg $950</td></tr>"
          "<tr><td>4-ANPP CAS 21409-26-7</td><td>100g $260 / 1kg $1,800</td></tr>"
          "<tr><td>N-Boc-4-piperidone CAS 79099-07-3</td><td>1kg $400</td></tr>"
          "<tr><td>1-Benzyl-4-piperidone CAS 3612-20-2</td><td>on request</td></tr></table>" + br +
          "Reship guaranteed: if your parcel is seized we reship once for free." + br +
          "Stealth: vacuum sealed, mylar, inside a retail product box." + br +
          "Payment BTC / XMR / USDT. PM me or use the contacts in my signature."),
         (22, "11-03-2026", "10:02 AM", "How long to EU?"),
         (11, "11-03-2026", "11:40 AM", "7\u201312 days via our Dutch forwarder, no customs checks inside the EU."),
         (29, "11-03-2026", "01:15 PM", "People, test everything with strips. NPP is a precursor, nothing you should be messing with.")],
        [(24, "11-18-2026", "07:55 PM",
          Qt("PrecursorKing", "NPP (N-phenethyl-4-piperidone) CAS 39742-60-4 \u2013 100g $180 / 1kg $950 ... Reship guaranteed: if your parcel is seized we reship once for free.") +
          "Got my 4-ANPP last week, stealth was good, no issues."),
         (23, "11-19-2026", "09:12 AM", "Vendor legit, second order done."),
         (11, "11-20-2026", "08:02 AM", "Thanks all. Restocked 4-AP (4-anilinopiperidine) this week, PM for price. Reship policy still stands.")],
    ], [T([npp, anpp, bocpip], ["39742-60-4", "21409-26-7", "79099-07-3", "3612-20-2"], ["reship", "stealth", "forwarding"], True),
        T([ap4], [], ["reship"], True)], views=2311)
    t.title_hits, t.title_claims = [npp, anpp, bocpip], ["reship"]
    th.append(t)
    t = VBThread(102, 5, "Xylazine HCl (tranq) bulk 100g\u20131kg", 15, [
        [(15, "11-05-2026", "04:20 PM",
          "Xylazine HCl (CAS 23076-35-9), 99%." + br + "100g $90 \u2013 500g $380 \u2013 1kg $650." + br +
          "Ships from our US warehouse \u2013 domestic USPS Priority, no customs."),
         (14, "11-05-2026", "05:01 PM", "Xylazine causes severe wounds and naloxone does not reverse it. Please don\u2019t cut anything with it."),
         (5, "11-05-2026", "06:33 PM", "Reminder: xylazine threads must state veterinary use. Vendor, verify with the staff.")],
    ], [T([xylazine], ["23076-35-9"], ["forwarding"], True)], views=870)
    t.title_hits = [xylazine]
    th.append(t)
    t = VBThread(103, 5, "oF-VF (o-fluoro valeryl fentanyl) \u2013 new RC opioid, samples available", 16, [
        [(16, "11-12-2026", "11:48 PM",
          "New compound <b>oF-VF</b>." + br + "Chemical name: " + esc(IUPAC_OFVF) + br +
          "Not scheduled by name anywhere (yet). 1g $120 / 5g $480." + br + "Free reship if lost or seized."),
         (5, "11-13-2026", "08:10 AM", "Fentanyl analogues are covered by class scheduling in the US and China. Vendor is responsible for what they post."),
         (22, "11-13-2026", "09:30 AM", "lol \u201cnot scheduled\u201d. The HALT Act covers exactly this.")],
    ], [T([OFVF], [], ["reship"], True)], views=455)
    t.title_hits = [OFVF]
    th.append(t)
    t = VBThread(104, 5, "Benzocaine / lidocaine / mannitol \u2013 EU bulk stock, stealth shipping", 17, [
        [(17, "10-28-2026", "02:00 PM",
          "Benzocaine (94-09-7) 1kg \u20ac45" + br + "Lidocaine base (137-58-6) 1kg \u20ac120" + br +
          "Mannitol (69-65-8) 1kg \u20ac12" + br + "Inositol (87-89-8) 1kg \u20ac10" + br +
          "Stealth: plain envelope, no branding." + br + "We do NOT sell fentanyl or any opioid, don\u2019t ask."),
         (25, "10-29-2026", "01:00 AM", "do you have 4-ANPP?"),
         (17, "10-29-2026", "09:00 AM", "No. Only cuts and lab reagents.")],
    ], [T([], ["94-09-7", "137-58-6", "69-65-8", "87-89-8"], ["stealth"], True)], views=1290)
    t.title_claims = ["stealth"]
    th.append(t)
    t = VBThread(106, 5, "[VENDOR] ChemAsia \u2013 4-AP & 1-boc-4-AP, factory price", 13, [
        [(13, "09-14-2026", "03:05 AM",
          "4-Anilinopiperidine (4-AP) CAS#23056-29-3 \u2013 1kg $700" + br +
          "1-Boc-4-AP (tert-butyl 4-(phenylamino)piperidine-1-carboxylate) CAS#125541-22-2 \u2013 1kg $850" + br +
          "Customs clearance 100% to USA / Mexico, door to door." + br +
          "We can write \u2018dye intermediate\u2019 on the invoice."),
         (30, "09-15-2026", "12:40 PM", "MOQ?"), (13, "09-15-2026", "09:00 PM", "MOQ 100g for sample.")],
    ], [T([ap4, boc4ap], ["23056-29-3", "125541-22-2"], ["customs", "mislabel"], True)], views=640)
    t.title_hits = [ap4, boc4ap]
    th.append(t)
    t = VBThread(108, 5, "Review thread: ChemAsia", 24, [
        [(24, "10-20-2026", "06:45 PM", "Ordered 1kg 4-AP, arrived in 9 days, COA matched. Post your reviews here."),
         (23, "10-21-2026", "10:15 AM", Qt("ChemAsia", "Customs clearance 100% to USA / Mexico, door to door.") + "Can confirm, no customs problems to MX."),
         (13, "10-22-2026", "02:30 AM", "Thanks for the feedback, friend. Old thread: <a href=\"/threads/106-chemasia\">/threads/106-chemasia</a>")],
    ], [T()], views=300)
    th.append(t)
    # ---------------------------------------------------------------- Vendedores (Español), f=6
    t = VBThread(201, 6, "[VENTA] NPP y 4-ANPP calidad farmac\u00e9utica \u2013 env\u00edo a todo M\u00e9xico", 12, [
        [(12, "11-01-2026", "08:30 PM",
          "NPP (N-fenetil-4-piperidona) CAS 39742604 \u2013 100 g $3,500 MXN" + br +
          "4-ANPP CAS 21409-26-7 \u2013 100 g $5,200 MXN" + br +
          "Pasamos aduana sin problema, despacho incluido a EE.UU." + br +
          "Se declara como \u2018aditivo para pintura\u2019."),
         (30, "11-02-2026", "11:11 AM", "\u00bfHacen entregas en mano en GDL?"),
         (12, "11-02-2026", "12:30 PM", "Solo paqueter\u00eda, amigo.")],
    ], [T([npp, anpp], ["39742604", "21409-26-7"], ["customs", "mislabel"], True)], views=1502)
    t.title_hits = [npp, anpp]
    th.append(t)
    t = VBThread(202, 6, "[VENTA] Fentanilo HCl / citrato \u2013 reenv\u00edo gratis si lo decomisan", 18, [
        [(18, "11-10-2026", "01:12 AM",
          "Fentanilo clorhidrato (CAS 1443-54-5) 1 g $2,800 MXN" + br + "Citrato de fentanilo 1 g $2,500 MXN" + br +
          "Reenv\u00edo gratis si lo decomisan." + br + "Paquete camuflado dentro de juguetes."),
         (14, "11-10-2026", "07:40 AM", "El fentanilo mata. Usen tiras reactivas y tengan naloxona a la mano."),
         (5, "11-10-2026", "09:02 AM", "Este hilo viola la regla 3 (nada de fentanilo). Queda en revisi\u00f3n.")],
        [(23, "11-16-2026", "10:44 PM", "Lleg\u00f3 bien."),
         (18, "11-17-2026", "02:15 AM", "Sigue habiendo stock de fentanilo HCl, mismo precio. Env\u00edos por DHL desde Guatemala para no pasar revisi\u00f3n."),
         (5, "11-17-2026", "08:00 AM", "Hilo cerrado. Vendedor baneado.")],
    ], [T([fentanyl], ["1443-54-5"], ["reship", "stealth"], True), T([fentanyl], [], ["forwarding"], True)], views=3020)
    t.title_hits, t.title_claims = [fentanyl], ["reship"]
    th.append(t)
    t = VBThread(203, 6, "Vendo 1-boc-4-AP / 4-AP, env\u00edo desde Guatemala", 19, [
        [(19, "11-08-2026", "05:50 PM",
          "1-Boc-4-AP 99 % \u2013 1 kg USD 850" + br + "4-AP 98 % \u2013 1 kg USD 700" + br +
          "Enviamos desde nuestra bodega en Guatemala a M\u00e9xico y EE.UU."),
         (28, "11-09-2026", "09:00 AM", "Vendedor nuevo, pidan escrow.")],
    ], [T([boc4ap, ap4], [], ["forwarding"], True)], views=512)
    t.title_hits, t.title_claims = [boc4ap, ap4], ["forwarding"]
    th.append(t)
    t = VBThread(204, 6, "Vendo manitol e inositol para corte \u2013 env\u00edo discreto", 21, [
        [(21, "10-02-2026", "12:00 PM",
          "Manitol (69-65-8) 1 kg $180 MXN" + br + "Inositol (87-89-8) 1 kg $210 MXN" + br + "Cafe\u00edna anhidra (58-08-2) 1 kg $650 MXN" + br +
          "Env\u00edo discreto, caja sin logotipos.")],
    ], [T([], ["69-65-8", "87-89-8", "58-08-2"], ["stealth"], True)], views=980)
    t.title_claims = ["stealth"]
    th.append(t)
    t = VBThread(205, 6, "[ADVERTENCIA] Vendedor \u2018ChemLordMX\u2019 baneado por estafa", 5, [
        [(5, "09-30-2026", "03:00 PM",
          "El usuario ChemLordMX fue baneado. Anunciaba:" +
          Qt("ChemLordMX", "NPP 39742-60-4 1 kg, reenv\u00edo si decomisan, se declara como aditivo") +
          "Nunca envi\u00f3 nada. No hagan tratos fuera del foro.")],
    ], [T()], views=2200)
    th.append(t)
    # ---------------------------------------------------------------- WTB, f=7
    t = VBThread(301, 7, "WTB: 4-ANPP 1kg, need reship guarantee", 25, [
        [(25, "11-11-2026", "10:00 PM", "Looking for 4-ANPP 1kg and some NPP. Must offer reship guarantee and stealth. PM me."),
         (28, "11-12-2026", "08:00 AM", "Careful, lots of scammers answer WTB threads by PM.")],
    ], [T()], views=190)
    th.append(t)
    t = VBThread(302, 7, "Busco NPP urgente CDMX", 26, [
        [(26, "11-14-2026", "11:30 PM", "Busco NPP, 100 g, urgente, CDMX."),
         (12, "11-15-2026", "09:10 AM", "Tengo NPP 99 %, 100 g $3,500. Env\u00edo discreto a CDMX, MP."),
         (28, "11-15-2026", "10:00 AM", "Ojo, no den dep\u00f3sito por adelantado a nadie.")],
    ], [T([npp], [], ["stealth"], True)], views=240)
    th.append(t)
    t = VBThread(303, 7, "WTB isotonitazene or metonitazene, EU", 27, [
        [(27, "11-16-2026", "06:00 PM", "Anyone with isotonitazene or metonitazene shipping inside the EU?"),
         (14, "11-16-2026", "06:45 PM", "Nitazenes are extremely potent; overdoses may need several naloxone doses. Please reconsider.")],
    ], [T()], views=150)
    th.append(t)
    # ---------------------------------------------------------------- Harm reduction, f=4
    t = VBThread(401, 4, "Fentanyl test strips \u2013 where to get them & how to use (EN/ES)", 14, [
        [(14, "01-10-2026", "12:00 PM",
          "Fentanyl test strips detect fentanyl and most analogues; carfentanil only at higher concentrations. "
          "They do NOT detect nitazenes or xylazine." + br +
          "Las tiras detectan fentanilo y la mayor\u00eda de sus an\u00e1logos, pero no detectan nitazenos ni xilacina." + br +
          "We hand out strips for free at our stand every Saturday.")],
    ], [T()], sticky=True, views=15200)
    th.append(t)
    t = VBThread(402, 4, "Xilacina (tranq): heridas e informaci\u00f3n / Xylazine wounds info", 14, [
        [(14, "06-02-2026", "09:00 AM",
          "La xilacina (tranq) aparece mezclada con fentanilo. Provoca heridas graves; la naloxona no revierte la xilacina, "
          "pero s\u00ed el fentanilo, as\u00ed que \u00fasenla siempre."),
         (29, "06-03-2026", "10:00 AM", "Thanks Ana. Xylazine test strips exist now too.")],
    ], [T()], views=4300)
    th.append(t)
    # ---------------------------------------------------------------- Scam reports, f=8
    t = VBThread(501, 8, "SCAM REPORT: \u2018ChemLordMX\u2019 took $2k for NPP, never shipped", 28, [
        [(28, "09-25-2026", "07:00 PM",
          "Evidence below. His advert:" +
          Qt("ChemLordMX", "NPP CAS 39742-60-4, 1kg $900. Reship if seized. Declared as paint additive. Stealth guaranteed.") +
          "Paid $2,000 in BTC, never shipped, blocked me."),
         (5, "09-26-2026", "09:00 AM", "Confirmed. User banned.")],
    ], [T()], views=2900)
    th.append(t)
    t = VBThread(502, 8, "Exit scam warning: PrecursorKing?", 24, [
        [(24, "11-21-2026", "01:00 PM", "No reply from PrecursorKing for 5 days. Anyone else waiting?"),
         (11, "11-21-2026", "06:30 PM",
          "All orders shipped, tracking provided by PM. Our reship policy still stands: seized parcels are reshipped once, free. "
          "Thread: <a href=\"/threads/101-precursorking-npp\">/threads/101-precursorking-npp</a>")],
    ], [T([], [], ["reship"], False)], views=800)
    th.append(t)
    # ---------------------------------------------------------------- Announcements, f=3
    t = VBThread(901, 3, "Reglas para vendedores / Vendor rules (READ FIRST)", 2, [
        [(2, "01-01-2026", "12:00 AM",
          "1. Prohibido vender fentanilo, carfentanilo y cualquier an\u00e1logo del fentanilo. / No fentanyl, carfentanil or fentanyl analogues." + br +
          "2. Prohibidos los nitazenos (isotonitazeno, metonitazeno, protonitazeno). / No nitazenes." + br +
          "3. Xylazine only for veterinary professionals." + br +
          "4. Nothing that promises \u2018reship if seized\u2019 for controlled items. Scammers will be banned.")],
    ], [T()], sticky=True, views=20400)
    th.append(t)
    t = VBThread(902, 3, "News: US indicts Chinese firms selling NPP and 4-ANPP", 5, [
        [(5, "10-05-2026", "10:00 AM",
          Qt("Press release", "The indictment alleges the companies advertised N-phenethyl-4-piperidone (NPP, CAS 39742-60-4) and 4-ANPP "
             "(CAS 21409-26-7) online, promising \u2018100% customs clearance\u2019 and to reship seized parcels.") +
          "Stay safe and stay legal.")],
    ], [T()], views=1100)
    th.append(t)
    return th


def vb_head(title):
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" dir=\"ltr\" lang=\"es\" id=\"vbulletin_html\">\n<head>\n"
            "\t<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\" />\n"
            "<meta id=\"e_vb_meta_bburl\" name=\"vb_meta_bburl\" content=\"/\" />\n<meta name=\"generator\" content=\"vBulletin 4.2.5\" />\n"
            "<script type=\"text/javascript\" src=\"clientscript/yui/yuiloader-dom-event/yuiloader-dom-event.js?v=425\"></script>\n"
            "<script type=\"text/javascript\">\n<!--\n\tvar SESSIONURL = \"s=3f9a2c77e0b1d4a6&\";\n\tvar SECURITYTOKEN = \"guest\";\n"
            "\tvar IMGDIR_MISC = \"images/misc\";\n\tvar vb_disable_ajax = parseInt(\"0\", 10);\n// -->\n</script>\n"
            "<script type=\"text/javascript\" src=\"clientscript/vbulletin-core.js?v=425\"></script>\n"
            "<link rel=\"stylesheet\" type=\"text/css\" href=\"clientscript/vbulletin_css/style00001l/main-rollup.css?d=1700000000\" />\n"
            "\t<title>" + esc(title) + "</title>\n</head>\n<body>\n")


def vb_chrome(crumbs, content):
    bc = "".join("<li class=\"navbit\"><a href=\"%s\">%s</a></li>" % (h(p), esc(t)) for p, t in crumbs[:-1])
    bc += "<li class=\"navbit lastnavbit\"><span>%s</span></li>" % esc(crumbs[-1][1])
    return ("<div class=\"above_body\"><div id=\"header\" class=\"floatcontainer doc_header\">"
            "<div><a name=\"top\" href=\"/\" class=\"logo-image\"><img src=\"images/misc/vbulletin4_logo.png\" alt=\"ForoQu\u00edmico - Powered by vBulletin\" /></a></div>"
            "<div id=\"toplinks\" class=\"toplinks\"><ul class=\"nouser\"><li><a href=\"register.php\" rel=\"nofollow\">Registrarse</a></li>"
            "<li><a rel=\"help\" href=\"faq.php\">Ayuda</a></li><li><form id=\"navbar_loginform\" action=\"login.php?do=login\" method=\"post\">"
            "<input type=\"text\" class=\"textbox default-value\" name=\"vb_login_username\" value=\"Usuario\" /></form></li></ul></div><hr /></div>"
            "<div id=\"navbar\" class=\"navbar\"><ul id=\"navtabs\" class=\"navtabs floatcontainer\"><li class=\"selected\"><a class=\"navtab\" href=\"/\">Foro</a>"
            "<ul class=\"floatcontainer\"><li><a href=\"search.php?do=getnew&amp;contenttype=vBForum_Post\">Mensajes nuevos</a></li>"
            "<li><a href=\"/calendar/2026-11\">Calendario</a></li><li><a href=\"/forumdisplay.php?f=3\">Reglas</a></li></ul></li></ul>"
            "<div id=\"globalsearch\" class=\"globalsearch\"><form action=\"search.php?do=process\" method=\"post\" id=\"navbar_search\" class=\"navbar_search\">"
            "<input type=\"text\" value=\"\" name=\"query\" class=\"textbox\" tabindex=\"99\"/></form></div></div></div>\n"
            "<div class=\"body_wrapper\"><div id=\"breadcrumb\" class=\"breadcrumb\"><ul class=\"floatcontainer\">"
            "<li class=\"navbithome\"><a href=\"/\" accesskey=\"1\"><img src=\"images/misc/navbit-home.png\" alt=\"Home\" /></a></li>%s</ul><hr /></div>\n"
            "<div id=\"notices\" class=\"notices\"><ol><li class=\"restore\" id=\"navbar_notice_1\">Si es tu primera visita, lee el <a href=\"faq.php\" target=\"_blank\"><b>FAQ</b></a>. "
            "Este sitio usa cookies / This site uses cookies. <a href=\"/forumdisplay.php?f=3\">Reglas</a>.</li></ol></div>\n%s\n"
            "<div id=\"footer\" class=\"floatcontainer footer\"><ul id=\"footer_links\" class=\"footer_links\">"
            "<li><a href=\"sendmessage.php\" rel=\"nofollow\" accesskey=\"9\">Contacto</a></li><li><a href=\"/\">ForoQu\u00edmico</a></li>"
            "<li><a href=\"archive/index.php\">Archivo</a></li><li><a href=\"#top\" onclick=\"document.location.hash='top'; return false;\">Arriba</a></li></ul></div></div>\n"
            "<div class=\"below_body\"><div id=\"footer_time\" class=\"shade footer_time\">Todas las horas son GMT -6. La hora es <span class=\"time\">10:42 PM</span>.</div>"
            "<div id=\"footer_copyright\" class=\"shade footer_copyright\">Powered by <a href=\"https://www.vbulletin.com\" id=\"vbulletinlink\">vBulletin&reg;</a> Version 4.2.5 <br />"
            "Copyright &copy; 2026 vBulletin Solutions Inc. All rights reserved.</div></div>\n</body>\n</html>" % (bc, content))


def vb_user_link(uid, cls="username offline popupctrl"):
    name = VB_USERS[uid][0]
    return "<a class=\"%s\" href=\"member.php?u=%d\" title=\"%s is offline\"><strong>%s</strong></a>" % (cls, uid, esc(name), esc(name))


def foroquimico():
    s = Site("foroquimico", "vbulletin4-forum")
    dis = ["/member.php", "/private.php", "/search.php", "/printthread.php", "/showpost.php", "/sendmessage.php",
           "/login.php", "/register.php", "/newreply.php", "/newthread.php", "/archive/"]
    s.robots = "User-agent: *\n" + "".join("Disallow: %s\n" % d for d in dis)
    s.disallow = dis
    s.junk_params = ["s", "highlight", "sort", "order", "utm_source", "utm_medium"]
    s.trap_prefix = "/calendar/"
    threads = vb_threads()
    by_forum = {}
    for t in threads:
        by_forum.setdefault(t.forum, []).append(t)
    tpp = {5: 4, 6: 3}       # threads per forum page (small forum, default 20 in vB; this board uses its own setting)
    C = "cp1252"

    def tpath(tid, page=1):
        return qpath("/showthread.php", t=tid) if page == 1 else qpath("/showthread.php", t=tid, page=page)

    # ---------------------------------------------------------------- showthread pages
    for t in threads:
        fname = FORUMS[t.forum][0]
        npages = len(t.pages)
        similar = [o for o in threads if o is not t and o.forum in (5, 6, 7) and o.tid != t.tid][:4 if t.forum in (5, 6) else 3]
        sim = "".join("<li class=\"floatcontainer\"><div class=\"titleblock\"><h6><a href=\"%s\" title=\"%s\">%s</a></h6>"
                      "<div class=\"starter_forum\">By %s in forum %s</div></div><div class=\"dateblock\"><span class=\"shade\">Replies:</span> %d</div></li>"
                      % (h(tpath(o.tid)), esc(o.title), esc(o.title), esc(VB_USERS[o.starter][0]), esc(FORUMS[o.forum][0]), o.replies())
                      for o in similar)
        for pi, posts in enumerate(t.pages, 1):
            items = []
            for k, (uid, d, tm, body) in enumerate(posts):
                pid = t.tid * 20 + (pi - 1) * 10 + k
                name, utitle, joined, nposts, sig = VB_USERS[uid]
                sigbox = ("<div class=\"after_content\"><blockquote class=\"signature restore\"><div class=\"signaturecontainer\">%s</div></blockquote></div>" % esc(sig)) if sig else ""
                items.append(
                    "<li class=\"postbitlegacy postbitim postcontainer old\" id=\"post_%d\"><div class=\"posthead\"><span class=\"postdate old\">"
                    "<span class=\"date\">%s,&nbsp;<span class=\"time\">%s</span></span></span><span class=\"nodecontrols\">"
                    "<a name=\"post%d\" href=\"%s#post%d\" class=\"postcounter\">#%d</a></span></div>"
                    "<div class=\"postdetails\"><div class=\"userinfo\"><div class=\"username_container\"><div class=\"popupmenu memberaction\">%s</div></div>"
                    "<span class=\"usertitle\">%s</span><hr /><dl class=\"userinfo_extra\"><dt>Join Date</dt> <dd>%s</dd><dt>Posts</dt> <dd>%s</dd></dl></div>"
                    "<div class=\"postbody\"><div class=\"postrow has_after_content\">%s<div class=\"content\"><div id=\"post_message_%d\">"
                    "<blockquote class=\"postcontent restore \">%s</blockquote></div></div></div>%s<div class=\"cleardiv\"></div></div></div>"
                    "<div class=\"postfoot\"><div class=\"textcontrols floatcontainer\"><span class=\"postcontrols\">"
                    "<a class=\"quote\" href=\"newreply.php?do=newreply&amp;p=%d\" rel=\"nofollow\">Responder citando</a></span>"
                    "<span class=\"postlinking\"><a href=\"showpost.php?p=%d&amp;postcount=%d\" rel=\"nofollow\">Permalink</a></span></div></div><hr /></li>"
                    % (pid, d, tm, pid, h(tpath(t.tid, pi)), pid, (pi - 1) * 10 + k + 1, vb_user_link(uid), esc(utitle), joined,
                       "{:,}".format(nposts), ("<h2 class=\"title icon\">%s</h2>" % esc(t.title)) if (pi == 1 and k == 0) else "", pid, body, sigbox,
                       pid, pid, k + 1))
            pager = ""
            if npages > 1:
                spans = "".join(("<span class=\"selected\"><a href=\"javascript://\">%d</a></span>" % k) if k == pi else
                                "<span><a href=\"%s\">%d</a></span>" % (h(tpath(t.tid, k) + ("&s=3f9a2c77e0b1d4a6" if k == 2 else "")), k)
                                for k in range(1, npages + 1))
                nxt = ("<span class=\"prev_next\"><a rel=\"next\" href=\"%s\"><img src=\"images/pagination/next-right.png\" alt=\"Next\" /></a></span>"
                       % h(tpath(t.tid, pi + 1))) if pi < npages else ""
                pager = ("<div class=\"pagination_top\"><form action=\"showthread.php\" method=\"get\" class=\"pagination popupmenu nohovermenu\">"
                         "<span><a href=\"javascript://\" class=\"popupctrl\">Page %d of %d</a></span>%s%s</form></div>" % (pi, npages, spans, nxt))
            content = ("<div id=\"pagetitle\" class=\"pagetitle\"><h1>Thread: <span class=\"threadtitle\"><a href=\"%s\" title=\"Reload this Page\">%s</a></span></h1></div>"
                       "<div id=\"thread_controls\" class=\"thread_controls toolsmenu\"><ul id=\"postlist_popups\" class=\"postlist_popups popupgroup\">"
                       "<li class=\"popupmenu\" id=\"threadtools\"><h6><a class=\"popupctrl\" href=\"javascript://\">Thread Tools</a></h6><ul class=\"popupbody popuphover\">"
                       "<li><a href=\"printthread.php?t=%d&amp;pp=10&amp;page=%d\" accesskey=\"3\" rel=\"nofollow\">Show Printable Version</a></li>"
                       "<li><a href=\"sendmessage.php?do=sendtofriend&amp;t=%d\" rel=\"nofollow\">Email this Page&hellip;</a></li></ul></li></ul></div>"
                       "<div id=\"postlist\" class=\"postlist restrain\">%s<ol id=\"posts\" class=\"posts\" start=\"%d\">%s</ol></div>"
                       "<div id=\"thread_info\" class=\"thread_info block\"><div id=\"similar_threads\"><h4 class=\"threadinfohead blockhead\">Similar Threads</h4>"
                       "<div class=\"thread_info_block blockbody formcontrols\"><ol class=\"similar_threads\">%s</ol></div></div></div>"
                       % (h(tpath(t.tid)), esc(t.title), t.tid, pi, t.tid, pager, (pi - 1) * 10 + 1, "".join(items), sim))
            crumbs = [("/", "Foro"), (qpath("/forumdisplay.php", f=t.forum), fname), (tpath(t.tid), t.title)]
            tr = dict(t.truth[pi - 1])
            if pi > 1:      # the thread title (the vendor's words) heads every page of the thread
                tr["hits"] = list(tr["hits"]) + [x for x in t.title_hits if x not in tr["hits"]]
                tr["claims"] = sorted(set(tr["claims"]) | set(t.title_claims))
            add(s, tpath(t.tid, pi), vb_head(t.title + (" - Page %d" % pi if pi > 1 else "") + " - ForoQu\u00edmico") + vb_chrome(crumbs, content),
                hits=tr["hits"], cas=tr["cas"], claims=tr["claims"], listing=tr["listing"], charset=C)
        # robots-forbidden print view of the thread (carries the same offers; not in truth)
        tr = t.truth[0]
        s.add(Page(qpath("/printthread.php", t=t.tid), ("<html><body><h1>%s</h1>%s</body></html>" % (esc(t.title), t.pages[0][0][3])).encode(C),
                   ctype="text/html; charset=windows-1252", hits={x.key for x in tr["hits"]}, claims=set(tr["claims"]), listing=tr["listing"]))
    s.flaky.add(tpath(202))
    s.redirects["/threads/101-precursorking-npp"] = tpath(101)
    s.redirects["/threads/106-chemasia"] = tpath(106)
    s.redirects["/forums/5-Vendors"] = qpath("/forumdisplay.php", f=5)

    # ---------------------------------------------------------------- forumdisplay pages
    def threadbit(t):
        last = t.pages[-1][-1]
        pagin = ""
        if len(t.pages) > 1:
            pagin = ("<dl class=\"pagination\" id=\"pagination_threadbit_%d\"><dt class=\"label\">%d Pages <span class=\"separator\">&bull;</span></dt><dd>%s</dd></dl>"
                     % (t.tid, len(t.pages), " ".join("<span><a href=\"%s\">%d</a></span>" % (h(tpath(t.tid, k)), k) for k in range(1, len(t.pages) + 1))))
        return ("<li class=\"threadbit %s\" id=\"thread_%d\"><div class=\"rating0 %s\"><div class=\"threadinfo\" title=\"\"><div class=\"inner\">"
                "<h3 class=\"threadtitle\">%s<a class=\"title\" href=\"%s\" id=\"thread_title_%d\">%s</a></h3>"
                "<div class=\"threadmeta\"><div class=\"author\"><span class=\"label\">Started by&nbsp;<a href=\"member.php?u=%d\" class=\"username understate\">%s</a>,&nbsp;%s</span>%s</div></div></div></div>"
                "<ul class=\"threadstats td alt\" title=\"\"><li>Replies: %d</li><li>Views: %s</li></ul>"
                "<dl class=\"threadlastpost td\"><dt class=\"lastpostby hidden\">Last Post By:</dt><dd><div class=\"popupmenu memberaction\">%s</div></dd>"
                "<dd>%s, <span class=\"time\">%s</span><a href=\"%s#post%d\" class=\"lastpostdate understate\" title=\"Go to last post\">"
                "<img title=\"Go to last post\" class=\"inlineimg\" src=\"images/buttons/lastpost-right.png\" alt=\"Go to last post\" /></a></dd></dl></div></li>"
                % ("hot" if t.views > 1000 else "", t.tid, "sticky" if t.sticky else "nonsticky",
                   "<span class=\"prefix understate\">Sticky: </span>" if t.sticky else "", h(tpath(t.tid) + ("&s=3f9a2c77e0b1d4a6" if t.tid % 2 else "")),
                   t.tid, esc(t.title), t.starter, esc(VB_USERS[t.starter][0]), t.pages[0][0][1], pagin, t.replies(), "{:,}".format(t.views),
                   vb_user_link(last[0]), last[1], last[2], h(tpath(t.tid, len(t.pages))), t.tid * 20 + (len(t.pages) - 1) * 10 + len(t.pages[-1]) - 1))

    for fid, (fname, fdesc) in FORUMS.items():
        ts = sorted(by_forum.get(fid, []), key=lambda t: (not t.sticky, -t.tid))
        per = tpp.get(fid, 20)
        chunks = [ts[i:i + per] for i in range(0, len(ts), per)] or [[]]
        for pi, chunk in enumerate(chunks, 1):
            hits, claims = set(), set()
            for t in chunk:
                hits |= set(t.title_hits)
                claims |= set(t.title_claims)
            listing = any(t.title_hits or t.title_claims or (t.truth[0]["listing"] and t.forum in (5, 6)) for t in chunk)
            fpath = qpath("/forumdisplay.php", f=fid) if pi == 1 else qpath("/forumdisplay.php", f=fid, page=pi)
            pager = ""
            if len(chunks) > 1:
                pager = ("<div class=\"threadpagenav\"><form action=\"forumdisplay.php\" method=\"get\" class=\"pagination popupmenu nohovermenu\">"
                         "<span><a href=\"javascript://\" class=\"popupctrl\">Page %d of %d</a></span>%s</form></div>"
                         % (pi, len(chunks), "".join(("<span class=\"selected\"><a href=\"javascript://\">%d</a></span>" % k) if k == pi else
                                                     "<span><a href=\"%s\">%d</a></span>" % (h(qpath("/forumdisplay.php", f=fid) + ("" if k == 1 else "&page=%d" % k)), k)
                                                     for k in range(1, len(chunks) + 1))))
            ann = ""
            if fid in (5, 6):
                ann = ("<ol id=\"announcements\" class=\"announcements\"><li class=\"threadbit announcement\"><div class=\"threadinfo\"><div class=\"inner\">"
                       "<h3 class=\"threadtitle\"><span class=\"prefix\">Announcement: </span><a href=\"%s\">%s</a></h3></div></div></li></ol>"
                       % (h(tpath(901)), esc(threads[[x.tid for x in threads].index(901)].title)))
            content = ("<div id=\"pagetitle\" class=\"pagetitle\"><h1>Forum: <span class=\"forumtitle\">%s</span></h1><p class=\"description\">%s</p></div>"
                       "<div id=\"above_threadlist\" class=\"above_threadlist\"><a href=\"newthread.php?do=newthread&amp;f=%d\" class=\"newcontent_textcontrol\" rel=\"nofollow\">"
                       "<span>+</span> Post New Thread</a>%s</div>"
                       "<div id=\"threadlist\" class=\"threadlist\"><h2 class=\"hidden\">Threads in This Forum</h2><div class=\"threadlisthead table\"><div>"
                       "<span class=\"threadinfo\"><span class=\"threadtitle\"><a href=\"%s\" rel=\"nofollow\">Title</a> / "
                       "<a href=\"%s\" rel=\"nofollow\">Thread Starter</a></span></span></div></div>%s"
                       "<ol id=\"threads\" class=\"threads\">%s</ol></div>"
                       % (esc(fname), esc(fdesc), fid, pager, h(qpath("/forumdisplay.php", f=fid) + "&sort=title&order=asc"),
                          h(qpath("/forumdisplay.php", f=fid) + "&sort=postusername&order=asc"), ann, "".join(threadbit(t) for t in chunk)))
            add(s, fpath, vb_head("%s - ForoQu\u00edmico" % fname) + vb_chrome([("/", "Foro"), (fpath, fname)], content),
                hits=hits, claims=claims, listing=listing, charset=C)

    # ---------------------------------------------------------------- forum home (forum.php)
    cats = [("General", [3, 4]), ("Mercado / Marketplace", [5, 6, 7]), ("Confianza / Trust", [8])]
    rows = []
    for cname, fids in cats:
        fb = []
        for fid in fids:
            ts = sorted(by_forum.get(fid, []), key=lambda t: -max(int(p[-1][1][3:5]) for p in [t.pages[-1]]))
            last = ts[0] if ts else None
            fb.append("<li id=\"forum%d\" class=\"forumbit_post old L2\"><div class=\"forumrow table\"><div class=\"foruminfo td\">"
                      "<div class=\"forumdata\"><div class=\"datacontainer\"><div class=\"titleline\"><h2 class=\"forumtitle\"><a href=\"%s\">%s</a></h2></div>"
                      "<p class=\"forumdescription\">%s</p></div></div></div>"
                      "<div class=\"forumlastpost td\"><p class=\"lastposttitle\"><a href=\"%s\" class=\"threadtitle\" title=\"Go to first unread post in thread\">%s</a></p>"
                      "<div class=\"lastpostby\">by %s</div></div></div></li>"
                      % (fid, h(qpath("/forumdisplay.php", f=fid)), esc(FORUMS[fid][0]), esc(FORUMS[fid][1]),
                         h(tpath(last.tid)) if last else "#", esc(last.title) if last else "", esc(VB_USERS[last.pages[-1][-1][0]][0]) if last else ""))
        rows.append("<li class=\"forumbit_nopost new L1\"><div class=\"forumhead foruminfo L1 collapse\"><h2><span class=\"forumtitle\">%s</span></h2></div>"
                    "<ol class=\"childforum\">%s</ol></li>" % (esc(cname), "".join(fb)))
    wgo = ("<div id=\"wgo\" class=\"collapse wgo_block block\"><h2 class=\"blockhead\">What's Going On?</h2><div class=\"blockbody formcontrols floatcontainer\">"
           "<div class=\"wgo_subblock section\"><h3 class=\"blocksubhead\"><a href=\"/forums/5-Vendors\">Latest Threads</a></h3><ul>%s</ul></div>"
           "<div class=\"wgo_subblock section\"><h3 class=\"blocksubhead\">ForoQu\u00edmico Statistics</h3><dl class=\"stats\"><dt>Threads</dt><dd>1,204</dd>"
           "<dt>Posts</dt><dd>38,551</dd><dt>Members</dt><dd>9,872</dd></dl></div></div></div>"
           % "".join("<li><a href=\"%s\">%s</a></li>" % (h(tpath(t.tid)), esc(t.title)) for t in sorted(threads, key=lambda t: -t.tid)[:6]))
    content = "<ol id=\"forums\" class=\"floatcontainer\">%s</ol>%s" % ("".join(rows), wgo)
    add(s, "/", vb_head("ForoQu\u00edmico - Qu\u00edmica, reducci\u00f3n de da\u00f1os y mercado") + vb_chrome([("/", "Foro")], content), charset=C)
    s.add(Page("/member.php?u=11", vb_head("PrecursorKing").encode(C) + b"<body>Contact: Wickr pkingchem</body></html>",
               ctype="text/html; charset=windows-1252"))
    return s

# ================================================================ 3. dread-like (Dread-style onion forum)

import hashlib


def pid_of(n):
    return hashlib.sha1(b"w10-dread-%d" % n).hexdigest()[:20]


class DPost:
    def __init__(self, n, sub, title, author, flair, age, score, body, comments, truth,
                 title_hits=(), pinned=False, comments2=None, truth2=None, title_claims=()):
        self.n, self.sub, self.title, self.author, self.flair = n, sub, title, author, flair
        self.age, self.score, self.body, self.comments = age, score, body, comments
        self.truth, self.title_hits, self.pinned = truth, list(title_hits), pinned
        self.title_claims = list(title_claims)
        self.comments2, self.truth2 = comments2, truth2
        self.id = pid_of(n)
        self.path = "/post/" + self.id


DREAD_USERS = {
    "NitroLab": dict(vendor=True, about="Nitazene specialists since 2024. 1 free reship with proof of seizure. PGP key below.",
                     claims=["reship"]),
    "BulkPrecursors": dict(vendor=True, about="Precursors at scale. Our customs broker clears every shipment to MX and US.",
                           claims=["customs"]),
    "DomesticDragon": dict(vendor=True, about="Domestic US shipping from our US stock, no customs. Vacuum sealed stealth.",
                           claims=["forwarding", "stealth"]),
    "HarmReductionSupply": dict(vendor=True, about="Harm reduction supplies at cost: naloxone and test strips. Not a drug vendor.",
                                claims=[]),
}


def dread_posts():
    P = []
    def tbl(rows):
        return "<table><thead><tr>%s</tr></thead><tbody>%s</tbody></table>" % (
            "".join("<th>%s</th>" % esc(c) for c in rows[0]),
            "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in rows[1:]))
    P.append(DPost(1, "ChemVendors", "[NitroLab] RESTOCK: Isotonitazene / Protonitazene / Metonitazene \u2013 XMR only", "NitroLab", "Vendor",
        "2 days ago", 142,
        "<p>Back in stock after 3 weeks.</p>" +
        tbl([("Product", "1g", "5g", "10g"), ("Isotonitazene (CAS 14188-81-9)", "0.55 XMR", "2.4 XMR", "4.2 XMR"),
             ("Protonitazene", "0.50 XMR", "2.2 XMR", "\u2014"), ("Metonitazene", "0.60 XMR", "2.6 XMR", "\u2014")]) +
        "<p>Stealth: MBB + vacuum sealed + decoy item.</p><p>1 free reship on seizure with proof (LE letter).</p>"
        "<p>Order through our shop on the market, link in profile. No FE for new buyers.</p>",
        [("aussie_buyer", 12, "any reship to AU?", [("NitroLab", 9, "Yes AU is covered, reship at 50% after the first one.")]),
         ("hr_volunteer", 31, "Please don't buy nitazenes, they are killing people. Carry naloxone, several doses.", []),
         ("quietbuyer", 4, "Stealth was 10/10 on my last order.", [])],
        dict(hits=[isotonit, protonit, metonit], cas=["14188-81-9"], claims=["stealth", "reship"], listing=True),
        title_hits=[isotonit, protonit, metonit],
        comments2=[("chem_q", 3, "is the metonitazene the HCl?", [("NitroLab", 5, "Metonitazene is freebase. Isotonitazene is freebase too.")]),
                   ("lurker22", 1, "bookmarking", [])],
        truth2=dict(hits=[isotonit, protonit, metonit], cas=[], claims=[], listing=True)))
    P.append(DPost(2, "ChemVendors", "[NitroLab] NEW: PNP-X \u2013 piperidine nitazene, not controlled anywhere (yet)", "NitroLab", "Vendor",
        "5 days ago", 57,
        "<p><strong>PNP-X</strong> = " + esc(IUPAC_PNPX) + "</p><p>The N-piperidinyl analogue of protonitazene. 0.5g 0.4 XMR, 1g 0.7 XMR.</p>"
        "<p>Ships from EU stock \u2013 no customs for EU buyers.</p>",
        [("skeptic_chem", 22, "China class-banned nitazenes in July 2025, this is covered. Not 'uncontrolled'.", []),
         ("NitroLab", 3, "Lab report in profile.", [])],
        dict(hits=[PNPX], cas=[], claims=["forwarding"], listing=True), title_hits=[PNPX]))
    P.append(DPost(3, "opiates", "[DomesticDragon] F*nt HCl 90% \u2013 1g / 5g / 10g", "DomesticDragon", "Vendor",
        "1 day ago", 18,
        "<p>Fentanyl HCl 90% (fent, \u2018china white\u2019): 1g $85 / 5g $350 / 10g $600.</p>"
        "<p>Ships from our US stash, domestic only, no customs.</p><p>Stealth: flat mailer, vacuum sealed x3.</p>",
        [("rulekeeper", 40, "Mods, fentanyl is banned per rule 4!", [("mod_grey", 12, "Post locked pending review.")])],
        dict(hits=[fentanyl], cas=[], claims=["forwarding", "stealth"], listing=True), title_hits=[fentanyl]))
    P.append(DPost(4, "ChemVendors", "[BulkPrecursors] 4-ANPP & NPP \u2013 100g to 5kg \u2013 BTC/XMR", "BulkPrecursors", "Vendor",
        "3 days ago", 33,
        "<p>4-ANPP (CAS 21409-26-7): 100g $320 / 1kg $2100</p><p>NPP (1-phenethyl-4-piperidone): 1kg $1100</p>"
        "<p>Labeled as \u2018printer toner additive\u2019. Customs-proof routes to MX and US: our customs broker clears everything.</p>",
        [("newbie_cook", 2, "Any test results?", [("BulkPrecursors", 3, "COA on request.")]),
         ("mod_grey", 8, "Precursor sales are allowed in this sub, but verify your vendor before ordering.", [])],
        dict(hits=[anpp, npp], cas=["21409-26-7"], claims=["mislabel", "customs"], listing=True), title_hits=[anpp, npp]))
    P.append(DPost(5, "opiates", "Carfentanil 1g \u2013 \u201celephant tranquilizer\u201d lol", "CarfCartel", "Vendor",
        "6 days ago", -14,
        "<p>Carfentanil (CAS 59708-52-0), 1g 1.2 XMR.</p><p>Stealth guaranteed: hidden inside electronics.</p>",
        [("hr_volunteer", 51, "This will kill people. Reported.", [])],
        dict(hits=[carfent], cas=["59708-52-0"], claims=["stealth"], listing=True), title_hits=[carfent]))
    P.append(DPost(6, "opiates", "Xylazine powder 100g \u2013 vet grade", "VetSupplyUS", "Vendor",
        "4 days ago", 6,
        "<p>Xylazine HCl 100g $140, 500g $600.</p><p>Declared as \u2018horse supplement\u2019 on the customs form.</p>",
        [("tranq_watch", 19, "Xylazine wounds are no joke. Don't cut with this.", [])],
        dict(hits=[xylazine], cas=[], claims=["mislabel"], listing=True), title_hits=[xylazine]))
    P.append(DPost(7, "ChemVendors", "[HRS] Naloxone nasal spray at cost + fentanyl / xylazine test strips", "HarmReductionSupply", "Vendor",
        "1 week ago", 88,
        "<p>Naloxone 4mg nasal spray 2-pack $45. Fentanyl test strips 10 for $10. Xylazine test strips 10 for $15.</p>"
        "<p>Ships in a plain envelope.</p><p>We do not sell any drugs.</p>",
        [("grateful", 20, "Thank you for doing this.", [])],
        dict(hits=[], cas=[], claims=["stealth"], listing=True)))
    P.append(DPost(8, "ChemVendors", "[BenzoBaron] Bromazolam 1mg pellets & powder \u2013 reship 100%", "BenzoBaron", "Vendor",
        "2 days ago", 24,
        "<p>Bromazolam 1mg pellets x100 $60, powder 1g $40.</p><p>100% reship on any seizure.</p>",
        [("hr_volunteer", 15, "Don't mix benzos with fent or nitazenes, that's how people stop breathing.", [])],
        dict(hits=[bromazolam], cas=[], claims=["reship"], listing=True), title_hits=[bromazolam], title_claims=["reship"]))
    P.append(DPost(9, "ChemVendors", "WTB metonitazene 5g EU", "eu_user_77", "WTB", "3 days ago", 0,
        "<p>Looking for metonitazene, 5g, shipping inside the EU. Escrow only.</p>",
        [("hr_volunteer", 9, "Nitazenes kill. Please reconsider.", [])], dict(hits=[], cas=[], claims=[], listing=False)))
    P.append(DPost(10, "ChemVendors", "WTB reliable NPP source, must reship", "cook_throwaway", "WTB", "2 days ago", 1,
        "<p>Need a reliable NPP source that reships if seized. Stealth required.</p>",
        [("BulkPrecursors", 2, "Check my thread: <a href=\"/p/bp4\">/p/bp4</a>", [])], dict(hits=[], cas=[], claims=[], listing=False)))
    P.append(DPost(11, "Scams", "SCAM: \u2018ChinaPrecursorDirect\u2019 took 0.5 BTC for 1-boc-4-AP", "burned_buyer", "Scam Report",
        "1 week ago", 64,
        "<p>Their advert, word for word:</p><blockquote><p>1-Boc-4-AP CAS 125541-22-2 99%, customs clearance 100%, reship if seized, "
        "declared as dye intermediate.</p></blockquote><p>Paid 0.5 BTC, got a fake tracking number. Avoid.</p>",
        [("mod_grey", 10, "Vendor banned.", [])], dict(hits=[], cas=[], claims=[], listing=False)))
    P.append(DPost(12, "Scams", "PSA: \u2018isotonitazene\u2019 from TrapHouseRC is actually fentanyl + xylazine (lab test)", "labtester", "PSA",
        "4 days ago", 120,
        "<p>Sent a sample of TrapHouseRC's \u2018isotonitazene\u2019 to a drug checking service: fentanyl, xylazine and 4-ANPP (synthesis "
        "by-product), no isotonitazene at all.</p>",
        [("quietbuyer", 7, "Thanks for testing.", [])], dict(hits=[], cas=[], claims=[], listing=False)))
    P.append(DPost(13, "ChemVendors", "[MOD] Rule 4 update: fentanyl & carfentanil listings will be removed", "mod_grey", "Mod", "2 weeks ago", 300,
        "<p>Effective now: any post offering fentanyl, carfentanil or other fentanyl analogues will be removed and the vendor banned. "
        "Nitazene vendors must post third-party lab tests. Removed posts go to the <a href=\"/mod/queue\">mod queue</a>.</p>",
        [], dict(hits=[], cas=[], claims=[], listing=False), pinned=True))
    P.append(DPost(14, "ChemVendors", "[MOD] Vendor verification \u2013 how to apply", "mod_grey", "Mod", "1 month ago", 150,
        "<p>Send your market profile link, PGP key and 3 reviews to the mod team.</p>",
        [], dict(hits=[], cas=[], claims=[], listing=False), pinned=True))
    P.append(DPost(15, "HarmReduction", "Nitazene overdoses: naloxone dosing and what to do", "hr_volunteer", "Info", "3 weeks ago", 410,
        "<p>Isotonitazene, metonitazene and protonitazene are far more potent than heroin. Naloxone works but you may need several doses. "
        "Fentanyl test strips do not detect nitazenes.</p>", [], dict(hits=[], cas=[], claims=[], listing=False)))
    P.append(DPost(16, "HarmReduction", "Tested my \u2018heroin\u2019: fentanyl + xylazine positive (test strip results)", "tested_ok", "Info", "5 days ago", 77,
        "<p>Fentanyl strip: positive. Xylazine strip: positive. Threw it away. Test your stuff.</p>", [], dict(hits=[], cas=[], claims=[], listing=False)))
    P.append(DPost(17, "ChemVendors", "[NordicChem] 1-Boc-4-piperidone & 4-piperidone HCl \u2013 bulk", "NordicChem", "Vendor",
        "6 days ago", 12,
        "<p>1-Boc-4-piperidone (79099-07-3) 1kg \u20ac380</p><p>4-Piperidone monohydrate HCl (41661-47-6) 1kg \u20ac290</p>"
        "<p>Shipping via our forwarding agent in Poland, no customs inside the EU.</p>",
        [], dict(hits=[bocpip, pip4], cas=["79099-07-3", "41661-47-6"], claims=["forwarding"], listing=True), title_hits=[bocpip, pip4]))
    P.append(DPost(18, "Scams", "SCAM: TranqKing selective scamming on xylazine orders", "vet_tech_22", "Scam Report", "2 weeks ago", 35,
        "<blockquote><p>Xylazine 1kg $900, stealth shipping, reship guaranteed</p></blockquote><p>That was the advert. Never received, "
        "three other buyers in the same situation.</p>", [], dict(hits=[], cas=[], claims=[], listing=False)))
    return P


DREAD_SUBS = {
    "ChemVendors": "Vendor announcements for research chemicals and precursors. Read rule 4.",
    "opiates": "Opiate discussion and vendor posts.",
    "Scams": "Report scams with evidence.",
    "HarmReduction": "Drug checking, naloxone, safer use. No sales.",
}


def dread_page(title, main, side=""):
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title>"
            "<link rel=\"stylesheet\" href=\"/css/dread.css\"><meta name=\"referrer\" content=\"no-referrer\"></head><body class=\"dark\">"
            "<div class=\"topbar\"><a class=\"logo\" href=\"/\">Dread</a><div class=\"subdreads\"><a href=\"/d/\">/d/</a> "
            "<a href=\"/d/ChemVendors\">ChemVendors</a> <a href=\"/d/Opiates\">opiates</a> <a href=\"/d/Scams\">Scams</a> "
            "<a href=\"/d/HarmReduction\">HarmReduction</a></div><div class=\"userbar\"><a href=\"/login\">Login</a> | <a href=\"/register\">Register</a> | "
            "<a href=\"/messages\">Messages</a></div></div>"
            "<div class=\"wrapper\"><div class=\"content\">%s</div><div class=\"sidebar\">%s"
            "<div class=\"sidebox notice\"><h4>Dread</h4><p>Verify mirrors with PGP. Never finalize early. Staff will never ask for your password.</p></div></div></div>"
            "<div class=\"footer\">dread &middot; <a href=\"/d/\">all subdreads</a> &middot; <a href=\"/search\">search</a> &middot; no JavaScript required</div></body></html>"
            % (esc(title), main, side))


def dread_item(p, subs=True):
    flair = "<span class=\"flair flair-%s\">%s</span>" % (slugify(p.flair), esc(p.flair)) if p.flair else ""
    pin = "<span class=\"pinned\">pinned</span> " if p.pinned else ""
    return ("<div class=\"item\" id=\"p-%s\"><div class=\"votes\"><a class=\"upvote\" href=\"/login\">&#9650;</a><span class=\"score\">%d</span>"
            "<a class=\"downvote\" href=\"/login\">&#9660;</a></div><div class=\"itemContent\"><div class=\"title\">%s<a class=\"title\" href=\"%s\">%s</a> %s</div>"
            "<div class=\"info\">submitted %s by <a href=\"/u/%s\" class=\"username%s\">/u/%s</a>%s</div>"
            "<div class=\"links\"><a href=\"%s\">%d comments</a></div></div></div>"
            % (p.id, p.score, pin, h(p.path), esc(p.title), flair, esc(p.age), esc(p.author), " vendorBadge" if p.author in DREAD_USERS else "",
               esc(p.author), (" to <a href=\"/d/%s\">/d/%s</a>" % (p.sub, p.sub)) if subs else "", h(p.path), len(p.comments) + len(p.comments2 or [])))


def dread_like():
    s = Site("dread-like", "dread-style-onion-forum")
    s.robots = "User-agent: *\nDisallow: /search\nDisallow: /login\nDisallow: /register\nDisallow: /messages\nDisallow: /mod/\n"
    s.disallow = ["/search", "/login", "/register", "/messages", "/mod/"]
    s.rate_limit = 12
    s.add(Page("/css/dread.css", "body.dark{background:#111;color:#ddd}.item{margin:6px 0}", ctype="text/css"))
    posts = dread_posts()
    byn = {p.n: p for p in posts}
    s.redirects["/d/Opiates"] = "/d/opiates"
    s.redirects["/p/bp4"] = byn[4].path
    s.redirects["/p/nl1"] = byn[1].path

    def title_truth(ps):
        hits, claims = set(), set()
        for p in ps:
            hits |= set(p.title_hits)
            claims |= set(p.title_claims)
        listing = any(p.truth["listing"] for p in ps)
        return hits, claims, listing

    def comments_html(cs):
        out = []
        for i, (u, pts, body, kids) in enumerate(cs):
            kid = "".join("<div class=\"comment child\"><div class=\"commentHeader\"><a class=\"username\" href=\"/u/%s\">/u/%s</a> "
                          "<span class=\"points\">%d points</span></div><div class=\"commentBody md\"><p>%s</p></div></div>"
                          % (esc(k[0]), esc(k[0]), k[1], k[2]) for k in kids)
            out.append("<div class=\"comment\" id=\"c-%d\"><div class=\"commentHeader\"><a class=\"username\" href=\"/u/%s\">/u/%s</a> "
                       "<span class=\"points\">%d points</span> <span class=\"time\">%d hours ago</span></div>"
                       "<div class=\"commentBody md\"><p>%s</p></div><div class=\"children\">%s</div></div>"
                       % (i, esc(u), esc(u), pts, 3 + 5 * i, body, kid))
        return "".join(out)

    def sub_side(sub):
        trending = [byn[3], byn[12], byn[1]]
        return ("<div class=\"sidebox\"><h4>/d/%s</h4><p>%s</p><h5>Rules</h5><ol><li>No scamming.</li><li>Vendors must be verified.</li>"
                "<li>No doxxing.</li><li>No fentanyl, carfentanil or fentanyl analogues. Nitazene vendors need lab tests.</li></ol>"
                "<h5>Moderators</h5><p>/u/mod_grey</p></div>"
                "<div class=\"sidebox trending\"><h4>Trending</h4><ul>%s</ul></div>"
                % (sub, esc(DREAD_SUBS.get(sub, "")), "".join("<li><a href=\"%s\">%s</a></li>" % (h(p.path), esc(p.title)) for p in trending)))

    # ---------------------------------------------------------------- post pages
    for p in posts:
        head = ("<div class=\"postContainer\"><div class=\"postHeader\"><div class=\"votes\"><span class=\"score\">%d</span></div>"
                "<h1 class=\"postTitle\">%s</h1><div class=\"postInfo\">submitted %s by <a href=\"/u/%s\" class=\"username\">/u/%s</a> to "
                "<a href=\"/d/%s\">/d/%s</a> <span class=\"flair\">%s</span></div></div>"
                % (p.score, esc(p.title), esc(p.age), esc(p.author), esc(p.author), p.sub, p.sub, esc(p.flair)))
        more = ""
        if p.comments2:
            more = "<div class=\"pagination\"><span class=\"current\">1</span> <a href=\"%s\">2</a> <a href=\"%s\">next &rsaquo;</a></div>" % (
                h(p.path + "?p=2"), h(p.path + "?p=2"))
        main = (head + "<div class=\"postContent\"><div class=\"md\">%s</div></div>"
                "<div class=\"commentSection\"><h3>Comments</h3><div class=\"sortbar\">sort: <a href=\"%s\">best</a> <a href=\"%s\">new</a></div>%s%s</div></div>"
                % (p.body, h(p.path + "?sort=best"), h(p.path + "?sort=new"), comments_html(p.comments), more))
        t = p.truth
        add(s, p.path, dread_page(p.title + " : " + p.sub, main, sub_side(p.sub)),
            hits=t["hits"], cas=t["cas"], claims=t["claims"], listing=t["listing"])
        if p.comments2:
            main = (head + "<div class=\"postContent collapsed\"><a href=\"%s\">view full post</a></div>"
                    "<div class=\"commentSection\"><h3>Comments (page 2)</h3>%s<div class=\"pagination\"><a href=\"%s\">&lsaquo; prev</a> "
                    "<a href=\"%s\">1</a> <span class=\"current\">2</span></div></div></div>"
                    % (h(p.path), comments_html(p.comments2), h(p.path), h(p.path)))
            t = p.truth2
            add(s, qpath(p.path, p=2), dread_page(p.title + " : " + p.sub, main, sub_side(p.sub)),
                hits=t["hits"], cas=t["cas"], claims=t["claims"], listing=t["listing"])
    s.flaky.add(byn[4].path)

    # ---------------------------------------------------------------- subdread feeds
    feeds = {"ChemVendors": [[13, 14, 1, 2, 4, 17], [7, 8, 9, 10]], "opiates": [[3, 5, 6]], "Scams": [[11, 12, 18]],
             "HarmReduction": [[15, 16]]}
    for sub, pages in feeds.items():
        for pi, ns in enumerate(pages, 1):
            ps = [byn[n] for n in ns]
            hits, claims, listing = title_truth(ps)
            pager = ""
            if len(pages) > 1:
                pager = "<div class=\"pagination\">%s</div>" % " ".join(
                    ("<span class=\"current\">%d</span>" % k) if k == pi else "<a href=\"%s\">%d</a>" % (h("/d/%s" % sub + ("" if k == 1 else "?p=%d" % k)), k)
                    for k in range(1, len(pages) + 1))
            main = ("<div class=\"subHeader\"><h2>/d/%s</h2><div class=\"sortbar\"><a href=\"/d/%s?sort=hot\">hot</a> <a href=\"/d/%s?sort=new\">new</a> "
                    "<a href=\"/d/%s?sort=top\">top</a></div></div><div class=\"postBoard\">%s</div>%s"
                    % (sub, sub, sub, sub, "".join(dread_item(p, subs=False) for p in ps), pager))
            path = "/d/" + sub if pi == 1 else qpath("/d/" + sub, p=pi)
            add(s, path, dread_page("/d/" + sub, main, sub_side(sub)), hits=hits, claims=claims, listing=listing)

    # ---------------------------------------------------------------- front page, directory, users
    front = [byn[n] for n in (1, 3, 12, 4, 15, 8, 11, 2)]
    hits, claims, listing = title_truth(front)
    main = ("<div class=\"subHeader\"><h2>Popular</h2><div class=\"sortbar\"><a href=\"/?sort=hot\">hot</a> <a href=\"/?sort=new\">new</a></div></div>"
            "<div class=\"postBoard\">%s</div>" % "".join(dread_item(p) for p in front))
    side = ("<div class=\"sidebox\"><h4>Announcements</h4><p>New mirror list signed. Vendors: read <a href=\"/p/nl1\">the most upvoted vendor post</a> "
            "for formatting.</p></div>")
    add(s, "/", dread_page("Dread", main, side), hits=hits, claims=claims, listing=listing)
    main = "<h2>Subdreads</h2><ul class=\"subList\">%s</ul>" % "".join(
        "<li><a href=\"/d/%s\">/d/%s</a> \u2013 %s</li>" % (k, k, esc(v)) for k, v in DREAD_SUBS.items())
    add(s, "/d/", dread_page("All subdreads", main))
    for u, info in DREAD_USERS.items():
        ps = [p for p in posts if p.author == u]
        hits, claims, listing = title_truth(ps)
        main = ("<div class=\"profile\"><h2>/u/%s <span class=\"vendorBadge\">Vendor</span></h2><div class=\"about md\"><p>%s</p></div>"
                "<pre class=\"pgp\">-----BEGIN PGP PUBLIC KEY BLOCK-----\nmQINBGX%s\n-----END PGP PUBLIC KEY BLOCK-----</pre>"
                "<h3>Posts</h3><div class=\"postBoard\">%s</div></div>"
                % (esc(u), esc(info["about"]), hashlib.sha1(u.encode()).hexdigest(), "".join(dread_item(p) for p in ps)))
        add(s, "/u/" + u, dread_page("/u/" + u, main), hits=hits, claims=set(info["claims"]) | claims, listing=listing)
    # robots-forbidden mod queue with removed offers (not in truth)
    s.add(Page("/mod/queue", dread_page("mod queue", "<h2>Removed</h2><p>[removed] Fentanyl HCl 99% 10g, reship if seized \u2013 /u/FentFactory</p>"
                                                    "<p>[removed] Carfentanil 1g CAS 59708-52-0</p>").encode(),
               hits={fentanyl.key, carfent.key}, cas={"59708-52-0"}, claims={"reship"}, listing=True))
    return s

# ================================================================ 4. wx-douban (WeChat articles + Douban group, zh-CN)

WX_ACCOUNTS = {
    "A": dict(biz="MzU3NjE4OTQ0MA==", name="鑫源医药化工", gh="gh_3f8a12cd9e01", ip="湖北",
              desc="专业医药中间体供应商，现货充足，安全发货。"),
    "B": dict(biz="MzA3ODk1NTQ2Mg==", name="禁毒在线", gh="gh_81c0aa20b7f4", ip="北京",
              desc="禁毒宣传教育、案例通报、政策解读。"),
    "C": dict(biz="MzI0NTc3ODkxNg==", name="华研化学", gh="gh_55e9d01a3b6c", ip="河北",
              desc="研究化学品、兽药原料、医药中间体。"),
}


class WxArt:
    def __init__(self, key, acct, mid, title, digest, date, body, truth, hist, short, deleted=False):
        self.key, self.acct, self.mid, self.title, self.digest, self.date = key, acct, mid, title, digest, date
        self.body, self.truth, self.hist, self.short, self.deleted = body, truth, hist, short, deleted
        a = WX_ACCOUNTS[acct]
        self.sn = hashlib.md5(("sn" + key).encode()).hexdigest()
        if acct == "A":
            # the long form is canonical for this account; the short form redirects to it
            self.path = qpath("/s", __biz=a["biz"], mid=mid, idx=1, sn=self.sn)
        else:
            self.path = "/s/" + short
        self.link = ("/s?__biz=%s&mid=%d&idx=1&sn=%s&chksm=%s&scene=21#wechat_redirect" % (a["biz"], mid, self.sn, self.sn[:16])
                     if acct == "A" else self.path)


def wx_table(head, rows):
    return ("<section style=\"margin:12px 0;\"><table style=\"width:100%;border-collapse:collapse;\" data-sort=\"sortDisabled\"><tbody>"
            "<tr>" + "".join("<th style=\"border:1px solid #ddd;background:#f5f5f5;padding:4px;\"><span style=\"font-size:14px;\">%s</span></th>" % esc(c) for c in head) + "</tr>" +
            "".join("<tr>" + "".join("<td style=\"border:1px solid #ddd;padding:4px;\"><span style=\"font-size:14px;\">%s</span></td>" % esc(c) for c in r) + "</tr>" for r in rows) +
            "</tbody></table></section>")


def wx_p(text, strong=False, color=""):
    st = "font-size:15px;letter-spacing:1px;" + ("color:%s;" % color if color else "")
    inner = "<strong>%s</strong>" % esc(text) if strong else esc(text)
    return "<p style=\"margin-bottom:12px;\"><span style=\"%s\">%s</span></p>" % (st, inner)


def wx_articles():
    A = []
    contact = wx_p("联系人：张经理　微信/WhatsApp：+86 155 2717 8840　Telegram：@xinyuan_zhang", color="#888")
    A.append(WxArt("a1", "A", 2247483901, "【现货供应】NPP、4-ANPP、1-Boc-4-哌啶酮 高纯度 包清关", "大量现货，安全发货，被扣包重发", "2026-10-08 09:30",
        wx_p("本公司长期稳定供应医药中间体，以下产品现货充足，欢迎新老客户咨询：") +
        wx_table(["产品名称", "CAS号", "纯度", "包装", "价格"],
                 [["N-苯乙基-4-哌啶酮（NPP）", "39742-60-4", "99%", "1kg/袋", "电议"],
                  ["4-苯胺基-N-苯乙基哌啶（4-ANPP）", "21409-26-7", "99.5%", "1kg/袋", "电议"],
                  ["1-叔丁氧羰基-4-哌啶酮（N-Boc-4-哌啶酮）", "79099-07-3", "99%", "25kg/桶", "电议"],
                  ["1-苄基-4-哌啶酮", "3612-20-2", "98%", "200kg/桶", "电议"]]) +
        wx_p("服务承诺", strong=True) +
        wx_p("1. 包清关，双清到门，美国、墨西哥、加拿大均可。") + wx_p("2. 被海关扣押免费重发。") +
        wx_p("3. 可按客户要求申报品名，如“涂料助剂”。") + wx_p("4. 墨西哥客户可经香港中转，再由当地仓库派送。") + contact,
        dict(hits=[npp, anpp, bocpip], cas=["39742-60-4", "21409-26-7", "79099-07-3", "3612-20-2"],
             claims=["customs", "reship", "mislabel", "forwarding"], listing=True),
        dict(hits=[npp, anpp, bocpip], claims=["customs", "reship"]), "Xk3a9QvB7mLw2RzT0pYc1A"))
    A.append(WxArt("a2", "A", 2247483925, "新品上市｜尼秦类研究化学品 PNP-X 及异托尼秦现货", "新品首发，隐秘发货", "2026-10-21 20:15",
        wx_p("PNP-X 化学名：5-硝基-1-[2-(哌啶-1-基)乙基]-2-[(4-丙氧基苯基)甲基]-1H-苯并咪唑（" + IUPAC_PNPX + "）。") +
        wx_table(["产品", "CAS号", "纯度", "起订量"],
                 [["PNP-X（新品）", "暂无", "99%", "10g"], ["异托尼秦 Isotonitazene", "14188-81-9", "99%", "10g"],
                  ["美托尼秦 Metonitazene", "14680514", "99%", "10g"]]) +
        wx_p("发货方式：隐秘包装，内包装为食品袋，外包装无任何化工字样。") +
        wx_p("卡芬太尼等芬太尼类产品本公司不经营，请勿咨询。", color="#c00") + contact,
        dict(hits=[PNPX, isotonit, metonit], cas=["14188-81-9", "14680514"], claims=["stealth"], listing=True),
        dict(hits=[PNPX, isotonit], claims=["stealth"]), "pQ7nR2sT5uV8wX1yZ3aB4c"))
    A.append(WxArt("a3", "A", 2247483960, "4-AP、1-Boc-4-AP 现货 墨西哥仓发货", "美洲客户墨西哥仓转运", "2026-11-02 10:05",
        wx_table(["产品名称", "CAS号", "纯度"],
                 [["4-苯胺基哌啶（4-AP）", "23056-29-3", "98%"], ["1-Boc-4-(苯氨基)哌啶（1-Boc-4-AP）", "125541222", "99%"]]) +
        wx_p("美洲客户统一由墨西哥仓转运，当地派送，无需清关。") + contact,
        dict(hits=[ap4, boc4ap], cas=["23056-29-3", "125541222"], claims=["forwarding"], listing=True),
        dict(hits=[ap4, boc4ap], claims=["forwarding"]), "Lm4Np5Qr6St7Uv8Wx9Yz0A"))
    A.append(WxArt("a4", "A", 2247483971, "关于我们｜鑫源医药化工", "专业医药中间体供应商", "2026-11-05 08:00",
        wx_p("鑫源医药化工成立于2014年，位于武汉经济技术开发区，主营医药中间体、精细化工产品。") +
        wx_p("我们拥有专业物流团队：包清关，被扣包重发，让您无后顾之忧。") + contact,
        dict(hits=[], cas=[], claims=["customs", "reship"], listing=False), dict(hits=[], claims=[]), "Ab1Cd2Ef3Gh4Ij5Kl6Mn7O"))
    A.append(WxArt("a5", "A", 2247483990, "化妆品原料：烟酰胺、透明质酸钠、咖啡因 现货", "化妆品原料现货", "2026-11-10 14:20",
        wx_table(["产品名称", "CAS号", "规格"],
                 [["烟酰胺 Niacinamide", "98-92-0", "99.5%"], ["透明质酸钠 Sodium hyaluronate", "9067-32-7", "化妆品级"],
                  ["咖啡因 Caffeine", "58-08-2", "USP"]]) + contact,
        dict(hits=[], cas=["98-92-0", "9067-32-7", "58-08-2"], claims=[], listing=True), dict(hits=[], claims=[]), "Pq8Rs9Tu0Vw1Xy2Za3Bc4D"))
    A.append(WxArt("a6", "A", 2247484012, "客户反馈｜墨西哥客户第三次返单", "NPP、4-ANPP 长期现货，欢迎咨询", "2026-11-18 19:45",
        wx_p("以下为客户聊天记录（已征得客户同意）：", color="#888") +
        wx_p("客户：货收到了，包装很隐秘，下个月再订25公斤。") +
        wx_p("感谢信任！NPP、4-ANPP 长期现货，欢迎咨询。我们承诺：海关扣货免费重发。", strong=True) + contact,
        dict(hits=[npp, anpp], cas=[], claims=["reship"], listing=True), dict(hits=[npp, anpp], claims=[]), "Ef5Gh6Ij7Kl8Mn9Op0Qr1S"))
    # ---- B: anti-drug news account (nothing here is an offer)
    A.append(WxArt("b1", "B", 2650011201, "海关查获芬太尼前体NPP 200公斤，涉案企业曾在网上宣称“包清关”", "海关查获芬太尼前体", "2026-09-15 11:00",
        wx_p("近日，海关在出口货物中查获申报为“涂料助剂”的N-苯乙基-4-哌啶酮（NPP，CAS 39742-60-4）200公斤及4-ANPP 30公斤。") +
        wx_p("经查，涉案企业通过社交平台发布广告，宣称“包清关、被扣包重发、可改品名申报、经墨西哥仓中转”。") +
        wx_p("海关提醒：NPP、4-ANPP 等已被列入国际管制，非法出口将被追究刑事责任。"),
        dict(hits=[], cas=[], claims=[], listing=False), dict(hits=[], claims=[]), "Tu2Vw3Xy4Za5Bc6De7Fg8H"))
    A.append(WxArt("b2", "B", 2650011233, "关于将尼秦类物质列入管制的公告（附名单）", "尼秦类物质整类列管", "2026-06-20 09:00",
        wx_p("根据《麻醉药品和精神药品管理条例》，自2025年7月1日起，尼秦类物质整类列入《非药用类麻醉药品和精神药品管制品种增补目录》。部分品种名单如下：") +
        wx_table(["序号", "中文名", "英文名", "CAS号"],
                 [["1", "依托尼秦", "Etonitazene", "911-65-9"], ["2", "异托尼秦", "Isotonitazene", "14188-81-9"],
                  ["3", "美托尼秦", "Metonitazene", "14680-51-4"], ["4", "普罗托尼秦", "Protonitazene", "95958-84-2"],
                  ["5", "丁托尼秦", "Butonitazene", "95810-54-1"], ["6", "依托尼秦吡咯烷", "Etonitazepyne", "2785346-75-8"]]) +
        wx_p("整类列管的结构定义：以依托尼秦为母体，替换苯并咪唑、亚甲基连接基、4-乙氧基苯基或N,N-二乙氨基的物质。"),
        dict(hits=[], cas=[], claims=[], listing=False), dict(hits=[], claims=[]), "Ij9Kl0Mn1Op2Qr3St4Uv5W"))
    A.append(WxArt("b3", "B", 2650011260, "芬太尼检测试纸：如何识别掺杂", "减害知识", "2026-07-03 16:30",
        wx_p("芬太尼检测试纸可检出芬太尼及多数类似物，但无法检出尼秦类物质和赛拉嗪。") +
        wx_p("若发现有人过量，应立即拨打120并使用纳洛酮。"),
        dict(hits=[], cas=[], claims=[], listing=False), dict(hits=[], claims=[]), "Xy6Za7Bc8De9Fg0Hi1Jk2L"))
    A.append(WxArt("b4", "B", 2650011299, "以案说法｜某化工公司通过公众号销售芬太尼前体被判刑", "以案说法", "2026-11-11 10:00",
        wx_p("法院审理查明：被告单位通过微信公众号发布“现货供应NPP、4-ANPP、1-Boc-4-哌啶酮，包清关，被扣包重发”等广告，"
             "并应客户要求将货物申报为“涂料助剂”出口。") +
        wx_p("法院以走私制毒物品罪判处被告单位罚金，主要负责人有期徒刑七年。"),
        dict(hits=[], cas=[], claims=[], listing=False), dict(hits=[], claims=[]), "Mn3Op4Qr5St6Uv7Wx8Yz9A"))
    # ---- C: second vendor account
    contact_c = wx_p("咨询请加微信：huayan_chem2026　Telegram：@huayanchem", color="#888")
    A.append(WxArt("c1", "C", 2247490011, "去甲芬太尼、赛拉嗪盐酸盐 现货供应", "海关扣货免费补发", "2026-10-12 15:00",
        wx_table(["产品", "CAS号", "纯度", "起订量"],
                 [["去甲芬太尼 Norfentanyl", "1609-66-1", "98%", "100g"], ["盐酸赛拉嗪 Xylazine HCl", "23076-35-9", "99%", "1kg"]]) +
        wx_p("海关扣货免费补发。") + wx_p("可申报为“饲料添加剂”。") + contact_c,
        dict(hits=[norfent, xylazine], cas=["1609-66-1", "23076-35-9"], claims=["reship", "mislabel"], listing=True),
        dict(hits=[norfent, xylazine], claims=["reship"]), "Bc0De1Fg2Hi3Jk4Lm5No6P"))
    A.append(WxArt("c2", "C", 2247490037, "新品：对甲基甲氧基乙酰芬太尼（4-Me-MAF）", "隐秘发货", "2026-10-30 21:10",
        wx_p("化学名：2-甲氧基-N-(4-甲基苯基)-N-[1-(2-苯乙基)哌啶-4-基]乙酰胺（" + IUPAC_MEMAF + "）。纯度99%，10g起订。") +
        wx_p("卡芬太尼暂不供应，请勿咨询。", color="#c00") +
        wx_p("隐秘发货，真空包装+食品外包装。") + contact_c,
        dict(hits=[MEMAF], cas=[], claims=["stealth"], listing=True), dict(hits=[MEMAF], claims=["stealth"]), "Qr7St8Uv9Wx0Yz1Ab2Cd3E"))
    A.append(WxArt("c3", "C", 2247490062, "1-叔丁氧羰基-4-哌啶酮 / 4-哌啶酮盐酸盐一水合物 大量现货", "双清包税到门", "2026-11-14 09:40",
        wx_table(["产品", "CAS号", "纯度"],
                 [["1-叔丁氧羰基-4-哌啶酮（1-Boc-4-哌啶酮）", "79099-07-3", "99%"], ["4-哌啶酮盐酸盐一水合物", "41661-47-6", "98%"]]) +
        wx_p("双清包税到门，美国、墨西哥、欧洲均可。") + contact_c,
        dict(hits=[bocpip, pip4], cas=["79099-07-3", "41661-47-6"], claims=["customs"], listing=True),
        dict(hits=[bocpip, pip4], claims=["customs"]), "Fg4Hi5Jk6Lm7No8Pq9Rs0T"))
    A.append(WxArt("c4", "C", 2247490090, "此内容因违规无法查看", "", "2026-11-20 08:00", "",
        dict(hits=[], cas=[], claims=[], listing=False), dict(hits=[], claims=[]), "Uv1Wx2Yz3Ab4Cd5Ef6Gh7I", deleted=True))
    return {a.key: a for a in A}


def wx_page(art, related):
    a = WX_ACCOUNTS[art.acct]
    if art.deleted:
        return ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0\"><title></title></head>"
                "<body id=\"activity-detail\" class=\"zh_CN wx_wap_page\"><div class=\"weui-msg\"><div class=\"weui-msg__icon-area\"><i class=\"weui-icon-warn weui-icon_msg\"></i></div>"
                "<div class=\"weui-msg__text-area\"><h2 class=\"weui-msg__title\">此内容因违规无法查看</h2>"
                "<p class=\"weui-msg__desc\">由用户投诉并经平台审核，涉嫌违反相关法律法规和政策，查看<a href=\"/mp/readtemplate?t=wxm-appmsg-rule\">对应规则</a></p></div></div></body></html>")
    rel = "".join("<a class=\"weui-media-box weui-media-box_appmsg\" href=\"%s\"><div class=\"weui-media-box__bd\"><h4 class=\"weui-media-box__title\">%s</h4></div></a>"
                  % (h(r.link), esc(r.title)) for r in related)
    meta = ("<meta property=\"og:title\" content=\"%s\"><meta property=\"og:url\" content=\"http://mp.weixin.qq.com%s\">"
            "<meta property=\"og:description\" content=\"%s\"><meta property=\"og:site_name\" content=\"微信公众平台\"><meta property=\"og:type\" content=\"article\">"
            % (esc(art.title), esc(art.path), esc(art.digest)))
    script = ("var biz = \"%s\" || \"\";\nvar sn = \"%s\" || \"\";\nvar mid = \"%d\" || \"\";\nvar idx = \"1\" || \"\";\n"
              "var msg_title = '%s'.html(false);\nvar msg_desc = htmlDecode(\"%s\");\nvar nickname = htmlDecode(\"%s\");\n"
              "var user_name = \"%s\";\nvar ct = \"1763000000\";\n"
              % (a["biz"], art.sn, art.mid, art.title.replace("'", "\\'"), art.digest, a["name"], a["gh"]))
    return ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover\">%s"
            "<title>%s</title><link rel=\"stylesheet\" href=\"/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css\"></head>"
            "<body id=\"activity-detail\" class=\"zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default not_in_mm\">"
            "<div id=\"js_article\" class=\"rich_media\"><div id=\"js_top_ad_area\" class=\"top_banner\"></div><div class=\"rich_media_inner\">"
            "<div id=\"page-content\" class=\"rich_media_area_primary\"><div class=\"rich_media_area_primary_inner\"><div id=\"img-content\" class=\"rich_media_wrp\">"
            "<h1 class=\"rich_media_title \" id=\"activity-name\">\n            %s\n          </h1>"
            "<div id=\"meta_content\" class=\"rich_media_meta_list\"><span class=\"rich_media_meta rich_media_meta_text\">原创</span>"
            "<span class=\"rich_media_meta rich_media_meta_nickname\" id=\"profileBt\"><a href=\"%s\" class=\"wx_tap_link js_wx_tap_highlight weui-wa-hotarea\" id=\"js_name\">%s</a></span>"
            "<em id=\"publish_time\" class=\"rich_media_meta rich_media_meta_text\">%s</em>"
            "<em id=\"js_ip_wording_wrp\" class=\"rich_media_meta rich_media_meta_text\">发表于<span id=\"js_ip_wording\">%s</span></em></div>"
            "<div class=\"rich_media_content js_underline_content autoTypeSetting24psection\" id=\"js_content\" style=\"visibility: hidden;\"><section>%s</section></div>"
            "<script type=\"text/javascript\">document.getElementById('js_content').style.visibility = 'visible';</script></div>"
            "<div class=\"rich_media_tool\" id=\"js_toobar3\"><div class=\"media_tool_meta tips_global_primary meta_primary\">阅读 <span id=\"readNum3\">%s</span></div>"
            "<span class=\"media_tool_meta meta_extra\" id=\"js_like_btn\">在看</span></div></div>"
            "<div class=\"rich_media_area_extra\"><div class=\"mpda_bottom_container\" id=\"js_bottom_ad_area\"></div>"
            "<div id=\"js_related_area\" class=\"rich_media_extra\"><div class=\"weui-panel__hd\">往期推荐</div><div class=\"weui-panel__bd\">%s</div></div></div></div>"
            "<div id=\"js_pc_qr_code\" class=\"qr_code_pc_outer\"><div class=\"qr_code_pc_inner\"><div class=\"qr_code_pc\"><img id=\"js_pc_qr_code_img\" class=\"qr_code_pc_img\" alt=\"\">"
            "<p>微信扫一扫<br>关注该公众号</p></div></div></div></div></div>"
            "<script type=\"text/javascript\">%s</script></body></html>"
            % (meta, esc(art.title), esc(art.title), h(wx_hist_path(art.acct)), esc(a["name"]), art.date, esc(a["ip"]), art.body,
               ("%.1f万" % (1 + art.mid % 7 / 3.0)) if art.acct == "B" else str(300 + art.mid % 900), rel, script))


def wx_hist_path(acct, offset=0):
    a = WX_ACCOUNTS[acct]
    return qpath("/mp/profile_ext", action="home", __biz=a["biz"]) if not offset else qpath("/mp/profile_ext", action="home", __biz=a["biz"], offset=offset)


DB_GROUP = "678123"


class DbTopic:
    def __init__(self, tid, title, author, when, body, replies, truth, title_truth):
        self.tid, self.title, self.author, self.when, self.body, self.replies = tid, title, author, when, body, replies
        self.truth, self.title_truth = truth, title_truth
        self.path = "/group/topic/%d/" % tid


def db_topics():
    T_ = []
    T_.append(DbTopic(31840211, "出NPP、4-ANPP，量大从优，包清关", "鑫源-张经理", "2026-10-09 21:04:33",
        ["NPP（39742-60-4）、4-ANPP 现货，量大从优。", "包清关到门，美国、墨西哥都能做。", "联系V：xinyuan_zhang"],
        [("路人甲", "多少钱一公斤"), ("鑫源-张经理", "私聊")],
        dict(hits=[npp, anpp], cas=["39742-60-4"], claims=["customs"], listing=True), dict(hits=[npp, anpp], claims=["customs"])))
    T_.append(DbTopic(31840388, "求购 1-Boc-4-哌啶酮 5kg", "采购小王", "2026-10-15 10:12:05",
        ["求购1-Boc-4-哌啶酮（79099-07-3）5kg，要求包清关，能被扣重发的优先。"],
        [("同行", "同求"), ("老化工", "小心骗子，先验货再付款")],
        dict(hits=[], cas=[], claims=[], listing=False), dict(hits=[], claims=[])))
    T_.append(DbTopic(31840502, "曝光骗子：某化工收款不发货！！", "被骗的小李", "2026-10-22 23:40:10",
        ["对方广告原话：", "“NPP、4-ANPP现货，包清关，被扣包重发”", "收了两万块钱就拉黑了，大家小心。"],
        [("老化工", "这种一看就是骗子"), ("管理员", "已置顶提醒")],
        dict(hits=[], cas=[], claims=[], listing=False), dict(hits=[], claims=[])))
    T_.append(DbTopic(31840617, "科普：芬太尼试纸怎么用", "减害志愿者", "2026-10-30 12:00:00",
        ["芬太尼试纸可以检测芬太尼及多数类似物（卡芬太尼浓度较高时可检出），但检测不到尼秦类和赛拉嗪。", "纳洛酮可以逆转阿片类过量。"],
        [("路人乙", "学到了")], dict(hits=[], cas=[], claims=[], listing=False), dict(hits=[], claims=[])))
    T_.append(DbTopic(31840733, "赛拉嗪粉 现货 隐秘发货", "兽药原料老周", "2026-11-03 18:22:41",
        ["赛拉嗪（盐酸盐）粉末，纯度99%，100g起。", "隐秘包装，外包装无字样。"],
        [("减害志愿者", "赛拉嗪会造成严重溃烂，纳洛酮无法逆转，请不要掺杂。")],
        dict(hits=[xylazine], cas=[], claims=["stealth"], listing=True), dict(hits=[xylazine], claims=["stealth"])))
    T_.append(DbTopic(31840850, "出二手旋转蒸发仪 RE-52AA，九成新", "实验室清仓", "2026-11-06 09:15:00",
        ["二手旋转蒸发仪 RE-52AA，配水浴锅，九成新，1800元，北京自提。"],
        [("路人丙", "还在吗")], dict(hits=[], cas=[], claims=[], listing=True), dict(hits=[], claims=[])))
    T_.append(DbTopic(31840962, "转发：芬太尼类物质整类列入管制（2019年5月1日起）", "政策搬运工", "2026-11-08 08:30:00",
        ["公安部、国家卫生健康委、国家药监局联合发布公告，自2019年5月1日起将芬太尼类物质列入管制。", "芬太尼类物质包括乙酰芬太尼、呋喃芬太尼、卡芬太尼等。"],
        [], dict(hits=[], cas=[], claims=[], listing=False), dict(hits=[], claims=[])))
    T_.append(DbTopic(31841077, "出1-苄基-4-哌啶酮、N-Boc-哌嗪 现货", "有机中间体小陈", "2026-11-12 16:05:30",
        ["1-苄基-4-哌啶酮（3612-20-2）98%，N-Boc-哌嗪（57260-71-6）98%，现货。", "可经香港中转发往海外。"],
        [("采购小王", "1-苄基的多少钱")], dict(hits=[], cas=["3612-20-2", "57260-71-6"], claims=["forwarding"], listing=True),
        dict(hits=[], claims=[])))
    T_.append(DbTopic(31841190, "丁托尼秦 Butonitazene 现货 被扣补发", "研究化学品供应", "2026-11-19 22:48:02",
        ["丁托尼秦（Butonitazene，CAS 95810-54-1）99%，10g起。", "海关被扣免费补发。"],
        [("减害志愿者", "尼秦类已整类列管，请不要购买。")],
        dict(hits=[butonit], cas=["95810-54-1"], claims=["reship"], listing=True), dict(hits=[butonit], claims=["reship"])))
    return T_


def db_page(title, main, aside):
    return ("<!DOCTYPE html>\n<html lang=\"zh-cmn-Hans\" class=\"ua-windows ua-webkit\"><head>"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><meta name=\"renderer\" content=\"webkit\">"
            "<meta name=\"referrer\" content=\"always\"><title>%s</title>"
            "<link href=\"/f/shire/douban.css\" rel=\"stylesheet\" type=\"text/css\"></head><body>"
            "<div id=\"db-global-nav\" class=\"global-nav\"><div class=\"bd\"><div class=\"top-nav-info\"><a href=\"/accounts/login\" class=\"nav-login\" rel=\"nofollow\">登录/注册</a></div>"
            "<div class=\"global-nav-items\"><ul><li><a href=\"/\">豆瓣</a></li><li class=\"on\"><a href=\"/group/%s/\">小组</a></li></ul></div></div></div>"
            "<div id=\"db-nav-group\" class=\"nav\"><div class=\"nav-wrap\"><div class=\"nav-primary\"><div class=\"nav-logo\"><a href=\"/group/%s/\">豆瓣小组</a></div>"
            "<div class=\"nav-search\"><form action=\"/group/search\" method=\"get\"><input type=\"hidden\" name=\"cat\" value=\"1013\">"
            "<input id=\"inp-query\" name=\"q\" size=\"22\" maxlength=\"60\" placeholder=\"小组、话题、日记、成员\" value=\"\"></form></div></div></div></div>"
            "<div id=\"wrapper\"><div id=\"content\"><h1>\n    %s\n</h1><div class=\"grid-16-8 clearfix\"><div class=\"article\">%s</div><div class=\"aside\">%s</div></div></div></div>"
            "<div id=\"footer\"><span class=\"fleft gray-link\" id=\"icp\">&copy; 2005－2026 douban.com, all rights reserved 北京豆网科技有限公司</span>"
            "<span class=\"fright\"><a href=\"/about\">关于豆瓣</a> · <a href=\"/about/legal\">法律声明</a> · <a href=\"/help/\">帮助中心</a> · "
            "<a href=\"/report\">违法和不良信息举报</a></span></div></body></html>" % (esc(title), DB_GROUP, DB_GROUP, esc(title), main, aside))


def wx_douban():
    s = Site("wx-douban", "wechat-articles-and-douban-group")
    s.robots = ("User-agent: *\nDisallow: /mp/appmsg_comment\nDisallow: /mp/getappmsgext\nDisallow: /people/\nDisallow: /group/search\n"
                "Disallow: /accounts/\n")
    s.disallow = ["/mp/appmsg_comment", "/mp/getappmsgext", "/people/", "/group/search", "/accounts/"]
    s.junk_params = ["chksm", "scene", "srcid", "sharer_shareinfo", "sharer_shareinfo_first", "from", "isappinstalled",
                     "ascene", "devicetype", "version", "lang", "exportkey", "pass_ticket", "wx_header", "_i", "dt_dapp", "utm_source"]
    arts = wx_articles()
    for a in arts.values():
        related = [r for r in arts.values() if r.acct == a.acct and r is not a and not r.deleted][:3]
        add(s, a.path, wx_page(a, related), hits=a.truth["hits"], cas=a.truth["cas"], claims=a.truth["claims"], listing=a.truth["listing"])
        if a.acct == "A":
            s.redirects["/s/" + a.short] = a.path
    s.flaky.add(arts["a2"].path)
    # account history pages ("profile_ext"): article titles and digests, newest first
    hist_pages = {"A": [["a6", "a5", "a4", "a3"], ["a2", "a1"]], "B": [["b4", "b3", "b2", "b1"]], "C": [["c4", "c3", "c2", "c1"]]}
    for acct, pages in hist_pages.items():
        acc = WX_ACCOUNTS[acct]
        for pi, keys in enumerate(pages):
            hits, claims, listing = set(), set(), False
            rows = []
            for k in keys:
                a = arts[k]
                hits |= set(a.hist["hits"])
                claims |= set(a.hist["claims"])
                listing = listing or a.truth["listing"]
                rows.append("<div class=\"weui_media_box appmsg\" msgid=\"%d\"><div class=\"weui_media_bd\"><h4 class=\"weui_media_title\" hrefs=\"%s\">"
                            "<a href=\"%s\">%s</a></h4><p class=\"weui_media_desc\">%s</p><p class=\"weui_media_extra_info\">%s</p></div></div>"
                            % (a.mid, esc(a.link), h(a.link), esc(a.title), esc(a.digest), a.date[:10]))
            more = ""
            if len(pages) > 1:
                more = "<div class=\"loadmore\">%s</div>" % " ".join(
                    ("<span>%d</span>" % (k + 1)) if k == pi else "<a href=\"%s\">%d</a>" % (h(wx_hist_path(acct, 4 * k)), k + 1) for k in range(len(pages)))
            main = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title></head><body class=\"zh_CN\">"
                    "<div class=\"profile_info_area\"><div class=\"profile_info_group\"><span class=\"profile_avatar\"></span>"
                    "<strong class=\"profile_nickname\">%s</strong><p class=\"profile_desc\">%s</p><p class=\"profile_account\">微信号：%s</p></div></div>"
                    "<div class=\"weui_panel weui_panel_access\" id=\"js_history_list\"><div class=\"weui_panel_hd\">全部消息</div><div class=\"weui_msg_card_list\">%s</div></div>%s"
                    "<div class=\"tips_global\">微信扫一扫，关注该公众号</div></body></html>"
                    % (esc(acc["name"]), esc(acc["name"]), esc(acc["desc"]), acc["gh"], "".join(rows), more))
            add(s, wx_hist_path(acct, 4 * pi), main, hits=hits, claims=claims, listing=listing)

    # ---------------------------------------------------------------- Douban group
    topics = db_topics()
    latest = sorted(topics, key=lambda t: -t.tid)
    aside = ("<div class=\"mod\"><div class=\"group-intro\"><div class=\"title\"><a href=\"/group/%s/\">化工原料交流</a></div>"
             "<p>小组规则：禁止发布毒品及制毒物品交易信息，违者删帖封号。</p></div></div>"
             "<div class=\"mod\"><h2>最新讨论 · · · · · ·</h2><ul class=\"mbt\">%s</ul></div>"
             % (DB_GROUP, "".join("<li class=\"mbtr\"><a href=\"%s\">%s</a></li>" % (h(t.path), esc(t.title)) for t in latest[:5])))
    for t in topics:
        reps = "".join("<li class=\"clearfix comment-item reply-item\" id=\"%d\" data-cid=\"%d\"><div class=\"reply-doc content\">"
                       "<div class=\"bg-img-green\"><h4><a href=\"/people/u%d/\">%s</a><span class=\"pubtime\">%s</span></h4></div>"
                       "<p class=\" reply-content\">%s</p></div></li>" % (t.tid * 10 + i, t.tid * 10 + i, (t.tid + i) % 99991, esc(u), t.when, esc(c))
                       for i, (u, c) in enumerate(t.replies))
        main = ("<div class=\"topic-content clearfix\"><div class=\"topic-doc\"><h3><span class=\"from\">来自: <a href=\"/people/u%d/\">%s</a></span>"
                "<span class=\"create-time color-green\">%s</span></h3><div class=\"topic-content\"><div class=\"rich-content topic-richtext\">%s</div></div></div></div>"
                "<div class=\"sns-bar\"><a href=\"/group/%s/\">&gt; 返回化工原料交流</a></div><ul id=\"comments\" class=\"topic-reply\">%s</ul>"
                % (t.tid % 99991, esc(t.author), t.when, "".join("<p>%s</p>" % esc(p) for p in t.body), DB_GROUP, reps))
        tr = t.truth
        add(s, t.path, db_page(t.title, main, aside), hits=tr["hits"], cas=tr["cas"], claims=tr["claims"], listing=tr["listing"], ctype="text/html")
    pages = [latest[:5], latest[5:]]
    for pi, ts in enumerate(pages):
        hits, claims = set(), set()
        for t in ts:
            hits |= set(t.title_truth["hits"])
            claims |= set(t.title_truth["claims"])
        listing = any(t.truth["listing"] for t in ts)
        rows = "".join("<tr class=\"\"><td class=\"title\"><a href=\"%s\" title=\"%s\" class=\"\">%s</a></td><td nowrap=\"nowrap\"><a href=\"/people/u%d/\" class=\"\">%s</a></td>"
                       "<td nowrap=\"nowrap\" class=\"r-count \">%d</td><td nowrap=\"nowrap\" class=\"time\">%s</td></tr>"
                       % (h(t.path), esc(t.title), esc(t.title), t.tid % 99991, esc(t.author), len(t.replies), t.when[5:16]) for t in ts)
        pager = ("<div class=\"paginator\">%s<span class=\"thispage\" data-total-page=\"2\">%d</span>%s</div>"
                 % ("" if pi == 0 else "<span class=\"prev\"><a href=\"/group/%s/\">&lt;前页</a></span><a href=\"/group/%s/\">1</a>" % (DB_GROUP, DB_GROUP),
                    pi + 1, "<a href=\"/group/%s/discussion?start=5\">2</a><span class=\"next\"><a href=\"/group/%s/discussion?start=5\">后页&gt;</a></span>" % (DB_GROUP, DB_GROUP) if pi == 0 else ""))
        main = ("<div class=\"group-board\"><p>成员 3,482 人 · 小组管理员：化工老杨</p></div>"
                "<table class=\"olt\"><tr class=\"th\"><td>讨论</td><td nowrap=\"nowrap\">作者</td><td nowrap=\"nowrap\">回应</td><td align=\"right\" nowrap=\"nowrap\">最后回应</td></tr>%s</table>%s"
                % (rows, pager))
        path = "/group/%s/" % DB_GROUP if pi == 0 else qpath("/group/%s/discussion" % DB_GROUP, start=5)
        add(s, path, db_page("化工原料交流", main, "<div class=\"mod\"><p>小组规则：禁止发布毒品及制毒物品交易信息。</p></div>"),
            hits=hits, claims=claims, listing=listing, ctype="text/html")

    # ---------------------------------------------------------------- portal home
    hot = [arts["a1"], arts["c2"], arts["b1"], arts["b2"]]
    main = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>公众号文章精选 · 豆瓣小组</title></head><body>"
            "<div class=\"header\"><h1>公众号文章精选</h1><p>收录公开的微信公众号文章与豆瓣小组讨论，供研究使用。</p></div>"
            "<ul class=\"accounts\">%s</ul><p><a href=\"/group/%s/\">豆瓣小组：化工原料交流</a></p>"
            "<div class=\"hot\"><h2>热门文章</h2><ol>%s</ol></div>"
            "<div class=\"footer\">本站内容来自公开网页 · <a href=\"/mp/readtemplate?t=wxm-appmsg-rule\">内容规范</a></div></body></html>"
            % ("".join("<li><a href=\"%s\">%s</a> – %s</li>" % (h(wx_hist_path(k)), esc(v["name"]), esc(v["desc"])) for k, v in WX_ACCOUNTS.items()),
               DB_GROUP, "".join("<li><a href=\"/s/%s\">%s</a></li>" % (a.short, esc(a.title)) if a.acct == "A" else
                                 "<li><a href=\"%s\">%s</a></li>" % (h(a.path), esc(a.title)) for a in hot)))
    add(s, "/", main)
    s.add(Page(qpath("/mp/readtemplate", t="wxm-appmsg-rule"), "<html><head><meta charset=\"utf-8\"><title>微信公众平台运营规范</title></head><body><p>禁止发布毒品、制毒物品交易信息。</p></body></html>".encode()))
    # robots-forbidden: the vendor's people page carries offers (not in truth)
    s.add(Page("/people/u%d/" % (31840211 % 99991), db_page("鑫源-张经理", "<p>常年供应 NPP、4-ANPP、1-Boc-4-哌啶酮，包清关，被扣包重发。</p>", "").encode(),
               ctype="text/html", hits={npp.key, anpp.key, bocpip.key}, claims={"customs", "reship"}, listing=True))
    return s

# ================================================================ 5. justice-sci (hard negative: no offers at all)

PRESS = [
    ("chinese-chemical-company-and-two-executives-indicted-trafficking-fentanyl-precursors", "2026-10-03",
     "Chinese Chemical Company and Two Executives Indicted for Trafficking Fentanyl Precursors",
     "Defendants advertised NPP and 4-ANPP with promises of customs clearance and free reshipment",
     ["A federal grand jury in the Southern District of New York returned an indictment charging Hubei Xinyuan Pharmaceutical Co., Ltd. "
      "and two of its executives with conspiring to import fentanyl precursor chemicals into the United States.",
      "According to the indictment, the company advertised N-phenethyl-4-piperidone (NPP, CAS 39742-60-4), 4-ANPP (CAS 21409-26-7) and "
      "1-boc-4-piperidone (CAS 79099-07-3) on business-to-business websites and social media. The advertisements promised \u201c100% customs "
      "clearance,\u201d offered to \u201creship for free if seized,\u201d and to declare the goods as \u201cpaint additive.\u201d",
      "Undercover agents ordered 25 kilograms of NPP, which the company shipped through a forwarding warehouse in Mexico.",
      "An indictment is merely an allegation. All defendants are presumed innocent until proven guilty beyond a reasonable doubt in a court of law."]),
    ("dark-web-vendor-sentenced-20-years-distributing-fentanyl-and-isotonitazene", "2026-09-18",
     "Dark Web Vendor Sentenced to 20 Years for Distributing Fentanyl and Isotonitazene", "",
     ["A Texas man was sentenced today to 20 years in prison for selling fentanyl and isotonitazene on darknet markets.",
      "According to court documents, the defendant advertised \u201cstealth shipping, vacuum sealed\u201d and a \u201cfree reship policy\u201d "
      "on the forum Dread, and shipped from a domestic stash to avoid customs inspection."]),
    ("two-men-charged-importing-xylazine-labeled-horse-supplements", "2026-08-27",
     "Two Men Charged with Importing Xylazine Labeled as \u2018Horse Supplements\u2019", "",
     ["The complaint alleges the defendants imported 40 kilograms of xylazine hydrochloride (CAS 23076-35-9) from an overseas supplier "
      "that labeled the parcels as horse supplements. The supplier\u2019s listing stated \u201cdeclared as feed additive for smooth delivery.\u201d"]),
    ("justice-department-seizes-websites-selling-nitazenes-and-new-analogue", "2026-08-05",
     "Justice Department Seizes Websites Selling Nitazenes and a New Analogue", "",
     ["The Department seized 14 domains that offered metonitazene, protonitazene and a previously unreported analogue sold as \u201cPNP-X\u201d "
      "(" + IUPAC_PNPX + ").",
      "Visitors to the seized domains now see a seizure banner."]),
    ("pill-press-importer-pleads-guilty", "2026-07-22",
     "Pill Press Importer Pleads Guilty to Smuggling Tableting Machines", "",
     ["The defendant admitted importing 19 tablet presses and die sets used to press counterfeit oxycodone tablets containing fentanyl."]),
    ("cartel-logistics-operator-extradited-precursor-purchases", "2026-07-01",
     "Cartel Logistics Operator Extradited: Bought 4-AP and 1-boc-4-AP on B2B Portals", "",
     ["Court filings describe purchases of 4-anilinopiperidine (4-AP, CAS 23056-29-3) and 1-boc-4-AP (CAS 125541-22-2) from suppliers "
      "who promised to ship \u201cvia our Guatemala warehouse to avoid border inspection.\u201d"]),
    ("statement-halt-fentanyl-act", "2026-06-15",
     "Statement on the HALT Fentanyl Act and Class-Wide Scheduling", "",
     ["Fentanyl-related substances are controlled as a class: any substance structurally related to fentanyl by replacement of the phenyl "
      "portion of the phenethyl group by any monocycle; substitution in or on the phenethyl group or the piperidine ring; replacement of the "
      "aniline ring with any aromatic monocycle; or replacement of the N-propionyl group with another acyl group.",
      "Examples include acetyl fentanyl, furanyl fentanyl, 4-fluoroisobutyryl fentanyl (4-FIBF) and cyclopropyl fentanyl."]),
    ("indictment-charges-company-selling-tcb-221-fentanyl-related-substances", "2026-05-30",
     "Indictment Charges Company with Selling \u2018TCB-221\u2019 and Other Fentanyl-Related Substances", "",
     ["Prosecutors allege the company sold TCB-221, chemically " + IUPAC_TCB + ", and 4-Me-MAF (" + IUPAC_MEMAF + "), "
      "both fentanyl-related substances under the class definition, marketed as \u201cnot controlled anywhere.\u201d"]),
]

DOCKETS = [
    ("68123450", "united-states-v-hubei-xinyuan-pharmaceutical-co", "United States v. Hubei Xinyuan Pharmaceutical Co., Ltd.", "1:26-cr-00611",
     [("1", "2026-09-29", "SEALED INDICTMENT as to Hubei Xinyuan Pharmaceutical Co., Ltd. (1), Zhang Wei (2), Li Na (3)."),
      ("4", "2026-10-03", "ORDER unsealing indictment."),
      ("7", "2026-10-03", "EXHIBIT A to Complaint: screenshots of advertisements \u201cNPP CAS 39742-60-4 99% \u2013 \u5305\u6e05\u5173 \u2013 reship if seized\u201d and "
                          "\u201c4-ANPP CAS NO.21409-26-7, declare as resin additive.\u201d (<a href=\"/exhibits/68123450-7-A.html\">view exhibit</a>)")]),
    ("68155021", "united-states-v-reyes", "United States v. Reyes", "4:25-cr-00381",
     [("1", "2025-11-12", "INDICTMENT: distribution of fentanyl and isotonitazene (21 U.S.C. 841)."),
      ("88", "2026-09-18", "JUDGMENT: 240 months. Government sentencing memorandum quotes the vendor page: \u201cFent HCl 90% \u2013 ships from US stash, no customs, vacuum sealed.\u201d")]),
    ("68200417", "united-states-v-martinez-lopez", "United States v. Martinez-Lopez", "2:26-mj-01177",
     [("1", "2026-08-26", "COMPLAINT: importation of xylazine hydrochloride (CAS 23076-35-9) labeled as horse supplements."),
      ("12", "2026-09-30", "ORDER of detention pending trial.")]),
    ("68231160", "united-states-v-nordpharm-research-ltd", "United States v. NordPharm Research Ltd.", "1:26-cr-00455",
     [("1", "2026-05-29", "INDICTMENT: distribution of fentanyl-related substances TCB-221 and 4-Me-MAF; the website stated \u201cfree reship, stealth packaging.\u201d"),
      ("20", "2026-10-14", "MOTION to dismiss counts 2\u20134 (analogue not specifically listed). DENIED.")]),
]

OPINIONS = [
    ("9912345", "united-states-v-chen", "United States v. Chen, No. 25-1180 (2d Cir. 2026)",
     ["The government introduced the defendant\u2019s advertisement: \u201cN-Phenethyl-4-piperidone CAS 39742-60-4, 100% customs clearance, "
      "reship if seized, declared as resin additive.\u201d The defendant argues that the promise to reship seized parcels is ordinary commercial "
      "puffery. We disagree: an offer to reship goods seized by customs is probative of knowledge that the goods are contraband.",
      "Affirmed."]),
    ("9918877", "united-states-v-okafor", "United States v. Okafor, No. 24-50211 (5th Cir. 2026)",
     ["Okafor contends that 4-ANPP (CAS 21409-26-7) is merely a precursor and not a controlled substance analogue. 4-ANPP is an immediate "
      "precursor controlled in Schedule II; his purchase of norfentanyl (CAS 1609-66-1) was charged separately.",
      "Affirmed in part, vacated in part and remanded."]),
]

ABSTRACTS = [
    ("38912345", "Emergence of N-piperidinyl and N-pyrrolidino nitazene analogues in forensic casework, 2024\u20132026",
     "Forensic Sci Int. 2026;361:112233.",
     "Background: Nitazene analogues continue to emerge. Methods: We reviewed 212 forensic cases. Results: Etonitazepyne (CAS 2785346-75-8), "
     "isotonitazene (CAS 14188-81-9) and a new N-piperidinyl analogue marketed as PNP-X (" + IUPAC_PNPX + ") were identified. "
     "Conclusion: Class-wide control is warranted."),
    ("38920011", "Online availability of fentanyl precursors on business-to-business platforms: a cross-sectional study",
     "Int J Drug Policy. 2026;128:104455.",
     "We reviewed 412 listings. 61% offered NPP (CAS 39742-60-4) or 4-ANPP (CAS 21409-26-7); 44% promised customs clearance, 31% offered "
     "to reship seized parcels, 18% offered false declarations (e.g. \u201cpaint additive\u201d), 23% described stealth packaging and 12% "
     "offered forwarding via Mexico or Guatemala. Platforms removed 37% of listings within 30 days of notification."),
    ("38931277", "Xylazine adulteration of the illicit opioid supply: a multi-site toxicology study",
     "Addiction. 2026;121(4):700-712.",
     "Xylazine (CAS 7361-61-7) was detected in 38% of fentanyl-positive samples. Naloxone does not reverse xylazine sedation."),
    ("38944510", "Norfentanyl and 4-ANPP as urinary markers of fentanyl use",
     "J Anal Toxicol. 2026;50(2):99-107.",
     "Norfentanyl (CAS 1609-66-1) and 4-ANPP (CAS 21409-26-7) were quantified by LC-MS/MS in 1,024 urine specimens."),
    ("38950002", "Performance of fentanyl test strips against 30 fentanyl analogues including carfentanil",
     "Drug Alcohol Depend. 2026;255:111050.",
     "Test strips detected 26 of 30 analogues; carfentanil (CAS 59708-52-0) only above 1 \u00b5g/mL. Nitazenes were not detected."),
    ("38961390", "Synthesis route attribution of seized fentanyl via 1-boc-4-AP and 4-AP impurity profiles",
     "Anal Chem. 2026;98(9):4011-4020.",
     "Impurity profiling indicated routes via 1-boc-4-AP (CAS 125541-22-2) and 4-AP (CAS 23056-29-3) in 71% of seizures."),
    ("38977777", "In vitro pharmacology of novel fentanyl-related substances TCB-221 and 4-Me-MAF",
     "Neuropharmacology. 2026;245:109876.",
     "TCB-221 (" + IUPAC_TCB + ") and 4-Me-MAF (" + IUPAC_MEMAF + ") were full agonists at the mu-opioid receptor."),
]

EWS_ROWS = [
    ("EU-EWS-2026-041", "PNP-X", IUPAC_PNPX, "\u2014", "Nitazene", "2026-03-14", "Sweden"),
    ("EU-EWS-2026-038", "TCB-221", IUPAC_TCB, "\u2014", "Fentanyl-related", "2026-02-27", "Netherlands"),
    ("EU-EWS-2026-033", "4-Me-MAF", IUPAC_MEMAF, "\u2014", "Fentanyl-related", "2026-02-02", "Germany"),
    ("EU-EWS-2026-029", "oF-VF", IUPAC_OFVF, "\u2014", "Fentanyl-related", "2026-01-19", "Poland"),
    ("EU-EWS-2025-112", "Etonitazepyne", "N-pyrrolidino etonitazene", "2785346-75-8", "Nitazene", "2025-11-03", "Latvia"),
    ("EU-EWS-2025-097", "Butonitazene", "2-[(4-butoxyphenyl)methyl]-N,N-diethyl-5-nitro-1H-benzimidazole-1-ethanamine", "95810-54-1", "Nitazene", "2025-09-22", "Ireland"),
    ("EU-EWS-2025-081", "Bromazolam", "8-bromo-1-methyl-6-phenyl-4H-[1,2,4]triazolo[4,3-a][1,4]benzodiazepine", "71368-80-4", "Benzodiazepine", "2025-07-30", "Finland"),
    ("EU-EWS-2025-064", "4-FIBF", "N-(4-fluorophenyl)-2-methyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide", "244195-32-2", "Fentanyl-related", "2025-05-11", "Estonia"),
]


def gov_page(title, main, crumbs=()):
    bc = "".join("<li class=\"usa-breadcrumb__list-item\"><a href=\"%s\" class=\"usa-breadcrumb__link\"><span>%s</span></a></li>" % (h(p), esc(t)) for p, t in crumbs)
    return ("<!DOCTYPE html><html lang=\"en\" dir=\"ltr\" prefix=\"og: https://ogp.me/ns#\"><head><meta charset=\"utf-8\" />"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\" /><title>%s | Justice &amp; Science Clearinghouse</title>"
            "<link rel=\"stylesheet\" media=\"all\" href=\"/themes/custom/uswds/css/styles.css\" /></head>"
            "<body class=\"path-node\"><a href=\"#main-content\" class=\"usa-skipnav\">Skip to main content</a>"
            "<section class=\"usa-banner\" aria-label=\"Official website of the United States government\"><div class=\"usa-accordion\">"
            "<header class=\"usa-banner__header\"><div class=\"usa-banner__inner\"><div class=\"grid-col-fill tablet:grid-col-auto\">"
            "<p class=\"usa-banner__header-text\">An official website of the United States government</p>"
            "<p class=\"usa-banner__header-action\" aria-hidden=\"true\">Here\u2019s how you know</p></div></div></header></div></section>"
            "<header class=\"usa-header usa-header--extended\"><div class=\"usa-navbar\"><div class=\"usa-logo\"><a href=\"/\">Justice &amp; Science Clearinghouse</a></div></div>"
            "<nav class=\"usa-nav\" aria-label=\"Primary navigation\"><ul class=\"usa-nav__primary usa-accordion\">"
            "<li class=\"usa-nav__primary-item\"><a href=\"/news\">News</a></li><li class=\"usa-nav__primary-item\"><a href=\"/dockets/\">Court Records</a></li>"
            "<li class=\"usa-nav__primary-item\"><a href=\"%s\">Research</a></li><li class=\"usa-nav__primary-item\"><a href=\"/ews/latest\">Early Warning</a></li></ul>"
            "<form class=\"usa-search usa-search--small\" action=\"/search\" role=\"search\"><input class=\"usa-input\" type=\"search\" name=\"query\"></form></nav></header>"
            "<main id=\"main-content\" class=\"main-content\"><div class=\"grid-container\"><nav class=\"usa-breadcrumb\" aria-label=\"Breadcrumbs\">"
            "<ol class=\"usa-breadcrumb__list\"><li class=\"usa-breadcrumb__list-item\"><a href=\"/\" class=\"usa-breadcrumb__link\"><span>Home</span></a></li>%s</ol></nav>%s</div></main>"
            "<footer class=\"usa-footer\"><div class=\"usa-footer__secondary-section\"><p>Information on this site is public record. "
            "Mention of a substance does not indicate availability.</p><ul><li><a href=\"/accessibility\">Accessibility</a></li>"
            "<li><a href=\"/privacy-policy\">Privacy Policy</a></li></ul></div></footer></body></html>"
            % (esc(title), h(PUBMED_SEARCH), bc, main))


PUBMED_SEARCH = qpath("/pubmed/", term="fentanyl precursors nitazenes")


def justice_sci():
    s = Site("justice-sci", "gov-legal-science-hard-negative")
    s.robots = "User-agent: *\nDisallow: /search\nDisallow: /exhibits/\nDisallow: /admin/\nDisallow: /sites/default/files/private/\n"
    s.disallow = ["/search", "/exhibits/", "/admin/", "/sites/default/files/private/"]
    s.junk_params = ["utm_source", "utm_medium", "utm_campaign", "sort", "fc", "ff"]
    # ---------------------------------------------------------------- press releases + news list
    for slug, date, title, sub, paras in PRESS:
        body = "".join("<p>%s</p>" % esc(p) for p in paras)
        main = ("<article class=\"node node--type-press-release node--view-mode-full\"><div class=\"node-subtitle\">Press Release</div>"
                "<h1 class=\"page-title\"><span class=\"field-formatter--string\">%s</span></h1>%s"
                "<div class=\"node-date\"><time datetime=\"%sT12:00:00Z\">%s</time></div><div class=\"node-location\">For Immediate Release</div>"
                "<div class=\"node-component\">Office of Public Affairs</div><div class=\"field_body\">%s</div>"
                "<div class=\"node-topics\"><div class=\"field__label\">Topic</div><div class=\"field__item\">Drug Trafficking</div></div>"
                "<div class=\"node-press-release-number\">Press Release Number: 26-%d</div></article>"
                % (esc(title), ("<div class=\"node-subtitle\">%s</div>" % esc(sub)) if sub else "", date, date, body, 1000 + len(slug)))
        add(s, "/opa/pr/" + slug, gov_page(title, main, [("/news", "News")]))
    s.redirects["/opa/pr/chinese-company-indicted-fentanyl-precursors"] = "/opa/pr/" + PRESS[0][0]
    chunks = [PRESS[0:3], PRESS[3:6], PRESS[6:8]]
    for pi, chunk in enumerate(chunks):
        rows = "".join("<div class=\"views-row\"><article class=\"news-content-listing\"><h2 class=\"news-title\"><a href=\"/opa/pr/%s\">%s</a></h2>"
                       "<div class=\"node-date\"><time>%s</time></div><div class=\"field_summary\"><p>%s</p></div></article></div>"
                       % (slug, esc(title), date, esc(paras[0][:220] + "\u2026")) for slug, date, title, sub, paras in chunk)
        pager = "<nav class=\"usa-pagination\"><ul class=\"usa-pagination__list\">%s</ul></nav>" % "".join(
            ("<li class=\"usa-pagination__item usa-pagination__page-no\"><a class=\"usa-pagination__button usa-current\" aria-current=\"page\">%d</a></li>" % (k + 1)) if k == pi else
            "<li class=\"usa-pagination__item usa-pagination__page-no\"><a href=\"%s\" class=\"usa-pagination__button\">%d</a></li>" % (h("/news" + ("" if k == 0 else "?page=%d" % k)), k + 1)
            for k in range(len(chunks)))
        add(s, "/news" if pi == 0 else qpath("/news", page=pi), gov_page("News", "<h1>News</h1><div class=\"view-content\">%s</div>%s" % (rows, pager), [("/news", "News")]))
    # ---------------------------------------------------------------- court records
    for did, slug, cap, num, entries in DOCKETS:
        rows = "".join("<tr class=\"row\"><td class=\"entry-number\">%s</td><td class=\"entry-date\">%s</td><td class=\"entry-description\">%s</td></tr>"
                       % (n, d, txt if "<a " in txt else esc(txt)) for n, d, txt in entries)
        main = ("<div id=\"docket\"><h1 class=\"case-name\">%s</h1><p class=\"docket-number\">Docket Number: %s</p><p>Court: U.S. District Court</p>"
                "<table id=\"docket-entry-table\" class=\"usa-table\"><thead><tr><th>#</th><th>Date Filed</th><th>Description</th></tr></thead><tbody>%s</tbody></table></div>"
                % (esc(cap), num, rows))
        add(s, "/docket/%s/%s/" % (did, slug), gov_page(cap, main, [("/dockets/", "Court Records")]))
    for oid, slug, cap, paras in OPINIONS:
        main = "<article class=\"opinion\"><h1>%s</h1><div class=\"opinion-body\">%s</div></article>" % (esc(cap), "".join("<p>%s</p>" % esc(p) for p in paras))
        add(s, "/opinion/%s/%s/" % (oid, slug), gov_page(cap, main, [("/dockets/", "Court Records")]))
    main = ("<h1>Court Records</h1><h2>Dockets</h2><ul>%s</ul><h2>Opinions</h2><ul>%s</ul>"
            % ("".join("<li><a href=\"/docket/%s/%s/\">%s</a> (%s)</li>" % (d, sl, esc(c), n) for d, sl, c, n, e in DOCKETS),
               "".join("<li><a href=\"/opinion/%s/%s/\">%s</a></li>" % (o, sl, esc(c)) for o, sl, c, p in OPINIONS)))
    add(s, "/dockets/", gov_page("Court Records", main))
    s.add(Page("/exhibits/68123450-7-A.html", gov_page("Exhibit A", "<h1>Exhibit A</h1><div class=\"advert\"><h2>NPP CAS 39742-60-4 99%</h2>"
               "<p>\u5305\u6e05\u5173 100% customs clearance. Reship if seized. WhatsApp +86 155 2717 8840</p></div>").encode(),
               hits={npp.key}, cas={"39742-60-4"}, claims={"customs", "reship"}, listing=True))
    # ---------------------------------------------------------------- PubMed-style search + abstracts
    pages = [ABSTRACTS[:4], ABSTRACTS[4:]]
    for pi, chunk in enumerate(pages):
        arts = "".join("<article class=\"full-docsum\"><div class=\"docsum-wrap\"><div class=\"docsum-content\"><a class=\"docsum-title\" href=\"/pubmed/%s/\">%s</a>"
                       "<div class=\"docsum-citation full-citation\"><span class=\"docsum-journal-citation full-journal-citation\">%s</span>"
                       "<span class=\"citation-part\">PMID: <span class=\"docsum-pmid\">%s</span></span></div>"
                       "<div class=\"full-view-snippet\">%s</div></div></div></article>"
                       % (pmid if pmid != "38912345" else pmid, esc(t), esc(j), pmid, esc(a[:160] + "\u2026")) for pmid, t, j, a in chunk)
        pager = ("<div class=\"page-number-wrapper\">Page <span class=\"value\">%d</span> of 2 %s</div>"
                 % (pi + 1, "<a class=\"next-page-btn\" href=\"%s\">Next</a>" % h(PUBMED_SEARCH + "&page=2") if pi == 0 else
                    "<a class=\"prev-page-btn\" href=\"%s\">Previous</a>" % h(PUBMED_SEARCH)))
        main = ("<div class=\"search-results\"><h1>Search results</h1><div class=\"results-amount\"><span class=\"value\">7</span> results</div>"
                "<div class=\"search-results-chunks\"><div class=\"search-results-chunk results-chunk\">%s</div></div>%s"
                "<p><a href=\"%s\">Sort by date</a></p></div>" % (arts, pager, h(PUBMED_SEARCH + "&sort=date")))
        add(s, PUBMED_SEARCH if pi == 0 else qpath("/pubmed/", term="fentanyl precursors nitazenes", page=2), gov_page("Search results", main, [(PUBMED_SEARCH, "Research")]))
    for pmid, t, j, a in ABSTRACTS:
        main = ("<main id=\"article-details\" class=\"article-details\"><header class=\"heading\" id=\"heading\"><div class=\"article-citation\">"
                "<div class=\"article-source\"><span class=\"cit\">%s</span></div></div><h1 class=\"heading-title\">%s</h1>"
                "<ul class=\"identifiers\" id=\"full-view-identifiers\"><li><span class=\"identifier pubmed\"><span class=\"id-label\">PMID: </span>"
                "<strong class=\"current-id\">%s</strong></span></li></ul></header><div class=\"abstract\" id=\"abstract\"><h2 class=\"title\">Abstract</h2>"
                "<div class=\"abstract-content selected\" id=\"eng-abstract\"><p>%s</p></div></div>"
                "<div class=\"keywords\"><strong>Keywords:</strong> fentanyl; nitazenes; precursors; drug checking.</div></main>"
                % (esc(j), esc(t), pmid, esc(a)))
        add(s, "/pubmed/%s/" % pmid, gov_page(t, main, [(PUBMED_SEARCH, "Research")]))
    s.redirects["/pubmed/38912345"] = "/pubmed/38912345/"
    # ---------------------------------------------------------------- early warning system
    s.redirects["/ews/latest"] = "/ews/notifications"
    ews_pages = [EWS_ROWS[:5], EWS_ROWS[5:]]
    for pi, chunk in enumerate(ews_pages):
        rows = "".join("<tr><td><a href=\"/ews/notification/%s/\">%s</a></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                       % (nid, nid, esc(nm), esc(iup), cas, esc(grp), d, esc(c)) if pi == 0 or True else "" for nid, nm, iup, cas, grp, d, c in chunk)
        pager = "<nav class=\"usa-pagination\">%s</nav>" % (" ".join(
            ("<span class=\"usa-current\">%d</span>" % (k + 1)) if k == pi else "<a href=\"%s\">%d</a>" % (h("/ews/notifications" + ("" if k == 0 else "?page=1")), k + 1)
            for k in range(2)))
        main = ("<h1>Early Warning System: formal notifications</h1><p>New psychoactive substances notified by member states. "
                "Listing here is a public-health alert, not an indication of legal availability.</p>"
                "<table class=\"usa-table usa-table--striped\"><thead><tr><th>Notification</th><th>Substance</th><th>Chemical name</th><th>CAS</th>"
                "<th>Group</th><th>Date</th><th>Reporting country</th></tr></thead><tbody>%s</tbody></table>%s" % (rows, pager))
        add(s, "/ews/notifications" if pi == 0 else qpath("/ews/notifications", page=1), gov_page("Early Warning System", main, [("/ews/notifications", "Early Warning")]))
    circ = {
        "EU-EWS-2026-041": "Seized in a postal parcel declared as \u201cpigment sample\u201d; the seller\u2019s website promised \u201creship if seized.\u201d",
        "EU-EWS-2026-038": "Purchased online as a test purchase; the listing advertised \u201cstealth packaging, EU domestic shipping.\u201d",
        "EU-EWS-2026-033": "Identified in a seized powder labelled \u201cMX-4\u201d; the vendor offered \u201c100% customs clearance.\u201d",
        "EU-EWS-2025-112": "Detected in post-mortem samples.",
    }
    for nid, text in circ.items():
        r = [x for x in EWS_ROWS if x[0] == nid][0]
        main = ("<h1>Formal notification %s</h1><table class=\"usa-table\"><tbody><tr><th>Substance</th><td>%s</td></tr>"
                "<tr><th>Chemical name</th><td>%s</td></tr><tr><th>CAS</th><td>%s</td></tr><tr><th>Group</th><td>%s</td></tr>"
                "<tr><th>First detected</th><td>%s, %s</td></tr></tbody></table><h2>Circumstances of detection</h2><p>%s</p>"
                % (nid, esc(r[1]), esc(r[2]), r[3], esc(r[4]), r[5], esc(r[6]), esc(text)))
        add(s, "/ews/notification/%s/" % nid, gov_page("Notification " + nid, main, [("/ews/notifications", "Early Warning")]))
    # ---------------------------------------------------------------- home
    main = ("<h1>Justice &amp; Science Clearinghouse</h1><p>Press releases, court records, research abstracts and early-warning notices on "
            "synthetic opioids and their precursors.</p><ul class=\"usa-card-group\">"
            "<li class=\"usa-card\"><a href=\"/news\">Latest press releases</a></li>"
            "<li class=\"usa-card\"><a href=\"/opa/pr/chinese-company-indicted-fentanyl-precursors\">Featured: Chinese company indicted for NPP and 4-ANPP sales</a></li>"
            "<li class=\"usa-card\"><a href=\"/dockets/\">Court records</a></li><li class=\"usa-card\"><a href=\"%s\">Research abstracts</a></li>"
            "<li class=\"usa-card\"><a href=\"/ews/latest\">Early warning notifications</a></li><li class=\"usa-card\"><a href=\"/pubmed/38912345\">Featured study: new nitazenes</a></li></ul>"
            % h(PUBMED_SEARCH))
    add(s, "/", gov_page("Home", main))
    return s


# ================================================================ the set

def sites():
    return [mercado_sur(), tradelink_kr(), foroquimico(), dread_like(), wx_douban(), justice_sci()]
