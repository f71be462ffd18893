"""w18 shared pieces: substances (truth keys), CAS helpers, the per-page truth accumulator,
query-key helper and page construction with charsets.

Truth keys follow marketsim: the watchlist CAS of the substance (salts fold to the base key,
as in score.py's SALTS table), or "class:fentanyl" / "class:nitazene" for an analogue with no
watchlist CAS. Class membership (marketsim.CLASS_OF) is given to fentanyl analogues and to
nitazenes only; precursors (NPP, 4-ANPP, 4-AP, 1-boc-4-AP, norfentanyl, piperidones) have none.
"""
import re
from urllib.parse import urlencode

from marketsim import S, NOVEL, BENIGN, Page, esc  # noqa: F401

FENT, NIT = "fentanyl", "nitazene"


def cas_ok(c):
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", c or "")
    if not m:
        return False
    d = m.group(1) + m.group(2)
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(m.group(3))


def qkey(path, **params):
    """The page key marketsim looks up: path + '?' + urlencode(sorted params)."""
    if not params:
        return path
    return path + "?" + urlencode(sorted((k, str(v)) for k, v in params.items()))


def href(path, **params):
    return esc(qkey(path, **params))

# ------------------------------------------------------------------ controlled: fentanyl class
fentanyl = S("437-38-7", "Fentanyl", "fentanyl citrate", "fentanyl HCl", "fentanyl hydrochloride", "фентанил",
             "芬太尼", "fentanilo", "F3nt@nyl", "fent@nyl", cls=FENT)
carfent = S("59708-52-0", "Carfentanil", "carfentanyl", "карфентанил", "卡芬太尼", cls=FENT)
acetylf = S("3258-84-2", "Acetylfentanyl", "acetyl fentanyl", "ацетилфентанил", cls=FENT)
furanylf = S("101345-66-8", "Furanylfentanyl", "furanyl fentanyl", cls=FENT)
cpropf = S("1169-68-2", "Cyclopropylfentanyl", "cyclopropyl fentanyl", cls=FENT)
pff = S("90736-23-5", "para-Fluorofentanyl", "p-fluorofentanyl", "4-fluorofentanyl", "пара-фторфентанил",
        "对氟芬太尼", cls=FENT)
ofluorof = NOVEL(FENT, "ortho-Fluorofentanyl", "2-fluorofentanyl", "o-FF", "орто-фторфентанил")   # watchlist row, no CAS
novel_f = NOVEL(FENT, "meta-Methylcyclobutylfentanyl", "3-Methyl-cyclobutyl fentanyl", "m-MCBF")  # on no list

# ------------------------------------------------------------------ nitazenes
isotonit = S("14188-81-9", "Isotonitazene", "isotonitazine", "изотонитазен", cls=NIT)
metonit = S("14680-51-4", "Metonitazene", "метонитазен", "美托尼秦", cls=NIT)
protonit = S("95958-84-2", "Protonitazene", "протонитазен", "普罗托尼秦", cls=NIT)
etonpyne = S("2785346-75-8", "Etonitazepyne", "N-pyrrolidino etonitazene", "этонитазепин", cls=NIT)
desisot = S("2732926-24-6", "N-Desethyl isotonitazene", "N-desethyl-isotonitazene", cls=NIT)
butonit = S("95810-54-1", "Butonitazene", "бутонитазен", cls=NIT)
protpyne = NOVEL(NIT, "Protonitazepyne", "N-pyrrolidino protonitazene", "протонитазепин")   # watchlist row, no CAS
novel_n = NOVEL(NIT, "Isotonitazepyne", "N-pyrrolidino isotonitazene", "iso-pyne")          # on no list

# ------------------------------------------------------------------ fentanyl precursors (no class)
npp = S("39742-60-4", "NPP", "N-Phenethyl-4-piperidone", "1-Phenethyl-4-piperidone", "N-phenethyl-4-piperidinone",
        "1-(2-Phenylethyl)-4-piperidone", "N-фенэтил-4-пиперидон", "N-苯乙基-4-哌啶酮", "N-fenetil-4-piperidona",
        "1-fenetil-4-piperidona", "N-Phenethyl-4-Piperid0ne")
anpp = S("21409-26-7", "4-ANPP", "ANPP", "4-Anilino-N-phenethylpiperidine", "despropionyl fentanyl",
         "4-анилино-N-фенэтилпиперидин", "4-苯胺基-N-苯乙基哌啶", "4-anilino-N-fenetilpiperidina")
ap4 = S("23056-29-3", "4-AP", "4-Anilinopiperidine", "N-Phenyl-4-piperidinamine", "N-phenylpiperidin-4-amine",
        "4-анилинопиперидин", "4-苯胺基哌啶", "4-anilinopiperidina")
boc4ap = S("125541-22-2", "1-Boc-4-AP", "Boc-4-AP", "tert-Butyl 4-(phenylamino)piperidine-1-carboxylate",
           "1-N-Boc-4-(phenylamino)piperidine", "1-Boc-4-анилинопиперидин", "1-Boc-4-苯胺基哌啶")
norfent = S("1609-66-1", "Norfentanyl", "норфентанил", "去甲芬太尼", "N-phenyl-N-(piperidin-4-yl)propanamide")
pip4 = S("41661-47-6", "4-Piperidone", "piperidin-4-one", "4-piperidinone", "4-哌啶酮", "4-пиперидон")
bocpip = S("79099-07-3", "1-Boc-4-piperidone", "N-Boc-4-piperidone", "tert-Butyl 4-oxopiperidine-1-carboxylate",
           "1-Boc-4-пиперидон", "N-叔丁氧羰基-4-哌啶酮", "1-Boc-4-piperidona")
benzylf = S("1474-02-8", "Benzylfentanyl", "benzyl fentanyl")

# ------------------------------------------------------------------ other watchlisted
xylazine = S("7361-61-7", "Xylazine", "xylazine HCl", "xylazine hydrochloride", "ксилазин", "赛拉嗪",
             "xilacina", "tranq")
bromazolam = S("71368-80-4", "Bromazolam", "бромазолам")
bmkgly = S("80532-66-7", "BMK methyl glycidate", "BMK glycidate", "BMK глицидат", "BMK甲基缩水甘油酸酯")
pmkgly = S("13605-48-6", "PMK methyl glycidate", "PMK glycidate", "PMK глицидат", "PMK甲基缩水甘油酸酯")
hydroxylimine = S("6740-87-0", "Hydroxylimine", "羟亚胺")
map237 = S("98608-61-8", "2-Methyl-AP-237", "2-methyl AP-237", "2-метил-AP-237")
etizolam = S("40054-69-1", "Etizolam", "этизолам")

# ------------------------------------------------------------------ benign (no truth key; CAS still counts when shown)
caffeine = BENIGN("58-08-2", "Caffeine anhydrous", "cafeína anhidra", "咖啡因")
citric = BENIGN("77-92-9", "Citric acid", "ácido cítrico")
bicarb = BENIGN("144-55-8", "Sodium bicarbonate", "bicarbonato de sodio")
glycerol = BENIGN("56-81-5", "Glycerin", "glicerina")
boric = BENIGN("10043-35-3", "Boric acid", "ácido bórico")
edta = BENIGN("6381-92-6", "EDTA disodium salt dihydrate")
tris = BENIGN("77-86-1", "Tris base")
agar = BENIGN("9002-18-0", "Agar powder")
bochp = BENIGN("109384-19-2", "1-Boc-4-hydroxypiperidine", "N-Boc-4-hydroxypiperidine", "1-Boc-4-羟基哌啶")
bocpz = BENIGN("57260-71-6", "1-Boc-piperazine", "N-Boc-piperazine")
hp4 = BENIGN("5382-16-1", "4-Hydroxypiperidine", "4-羟基哌啶")
pea = BENIGN("60-12-8", "2-Phenylethanol", "phenethyl alcohol")
inositol = BENIGN("87-89-8", "Inositol", "肌醇")
lidocaine = BENIGN("137-58-6", "Lidocaine", "利多卡因")
mgst = BENIGN("557-04-0", "Magnesium stearate")
naloxone = BENIGN("465-65-6", "Naloxone", "naloxone HCl", "налоксон")
benzocaine = BENIGN("94-09-7", "Benzocaine")
niacinamide = BENIGN("98-92-0", "Niacinamide", "烟酰胺")

ALL_SUBS = [v for v in list(globals().values()) if hasattr(v, "names") and hasattr(v, "key")]

INVALID_CAS = ["39742-60-5", "21409-26-6", "79099-07-4", "58-08-3", "125541-22-3", "7361-61-8"]

# ------------------------------------------------------------------ shipping claims, by kind and language
CL = {
    "reship": {"en": ["Free reship if the parcel is seized or lost.", "Reship guaranteed, no questions asked.",
                      "We resend at our cost if customs holds your package."],
               "ru": ["Бесплатный перешип при изъятии или потере посылки.", "Гарантия повторной отправки (решип)."],
               "zh": ["海关扣货免费重发。", "丢件包重发。"],
               "es": ["Reenvío gratis si el paquete es retenido."]},
    "customs": {"en": ["100% customs clearance guaranteed.", "Double clearance, DDP door to door, customs pass guaranteed."],
                "ru": ["Растаможка 100%, гарантируем прохождение таможни.", "Проходим таможню без проблем, 100%."],
                "zh": ["双清包税到门，100%清关。", "保证清关。"],
                "es": ["Pasa aduana garantizado al 100%."]},
    "stealth": {"en": ["Stealth packaging: vacuum sealed, decoy inside.", "Discreet parcel, no chemical name outside."],
                "ru": ["Стелс упаковка: вакуум, маскировка под сувенир.", "Скрытая упаковка, без названий на коробке."],
                "zh": ["隐蔽包装，真空密封。", "安全包装，外包装无化学品名称。"],
                "es": ["Empaque discreto, sellado al vacío."]},
    "mislabel": {"en": ["Declared as dye intermediate on the customs form.", "Labelled as 'household cleaner' on the parcel."],
                 "ru": ["Маркируем как бытовую химию.", "В декларации пишем «краситель»."],
                 "zh": ["报关品名写染料中间体。", "可改标签申报。"],
                 "es": ["Se declara como detergente en la guía."]},
    "forwarding": {"en": ["Ships from our EU warehouse, no customs.", "Domestic shipping from our US warehouse."],
                   "ru": ["Отправка со склада в Казахстане, внутренняя доставка.", "Склад в РФ, отправка СДЭК без таможни."],
                   "zh": ["美国墨西哥有仓库，本地派送。", "欧洲海外仓发货。"],
                   "es": ["Enviamos desde nuestra bodega en Guadalajara, sin aduana."]},
}


def cl(kind, lang="en", i=0):
    xs = CL[kind][lang]
    return xs[i % len(xs)]


class Acc:
    """Truth of one page, built while the page is written."""
    def __init__(self):
        self.hits, self.cas, self.claims = set(), set(), set()
        self.mentions, self.cas_mentions = set(), set()

    def offer(self, sub, cas_shown=None):
        if sub.key:
            self.hits.add(sub.key)
        if cas_shown:
            self.show_cas(cas_shown)
        return self

    def show_cas(self, c):
        if cas_ok(c):
            self.cas.add(c)
        return self

    def mention(self, sub, cas_shown=None):
        """A name shown that is not an offer here (chrome, news, request, warning...)."""
        if sub.key:
            self.mentions.add(sub.key)
        if cas_shown and cas_ok(cas_shown):
            self.cas_mentions.add(cas_shown)
        return self

    def mention_key(self, key, cas_shown=None):
        self.mentions.add(key)
        if cas_shown and cas_ok(cas_shown):
            self.cas_mentions.add(cas_shown)
        return self

    def claim(self, kind):
        assert kind in CL
        self.claims.add(kind)
        return self


def mk(site, path, html, acc=None, listing=False, charset="utf-8", header_charset=True, ctype=None):
    acc = acc or Acc()
    if ctype is None:
        ctype = ("text/html; charset=%s" % charset) if header_charset else "text/html"
    for c in acc.cas:
        assert cas_ok(c), c
    p = Page(path, html, ctype=ctype, hits=acc.hits, cas=acc.cas, claims=acc.claims,
             charset=charset, listing=listing)
    p.mentions = set(acc.mentions)
    p.cas_mentions = set(acc.cas_mentions)
    p.charset = charset
    site.add(p)
    return p
