"""w17 shared pieces: substances (truth keys), CAS helpers, a per-page truth accumulator,
page construction with charsets, and a page that shows an interstitial once.

Truth keys follow marketsim: the watchlist CAS of the substance (salts fold to the base key
through score.py's SALTS table), or "class:fentanyl" / "class:nitazene" for an analogue that
has no watchlist CAS (watchlist rows without a CAS, and new molecules on no list).
Class membership (marketsim.CLASS_OF) is given to the watchlist's "fentanyl-analogue" rows and
to every nitazene; precursors (NPP, 4-ANPP, 4-AP, 1-boc-4-AP, norfentanyl, piperidones) have no class.
"""
import re
import threading
from urllib.parse import urlencode

from marketsim import S, NOVEL, BENIGN, Page, esc  # noqa: F401

FENT, NIT = "fentanyl", "nitazene"


def cas_ok(c):
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", c or "")
    if not m:
        return False
    d = m.group(1) + m.group(2)
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(m.group(3))


def cas_style(c, style="dash"):
    a, b, d = c.split("-")
    return {"dash": c, "nodash": a + b + d, "space": "%s %s %s" % (a, b, d)}[style]


# ------------------------------------------------------------------ fentanyl class (watchlist CAS keys)
fentanyl = S("437-38-7", "Fentanyl", "Fentanil", "fentanilo", "фентанил", "芬太尼", "Durogesic", cls=FENT)
carfent = S("59708-52-0", "Carfentanil", "Carfentanyl", "carfentanilo", "карфентанил", "卡芬太尼", cls=FENT)
acetylf = S("3258-84-2", "Acetylfentanyl", "acetyl fentanyl", "ацетилфентанил", cls=FENT)
butyrf = S("1169-70-6", "Butyrylfentanyl", "butyrfentanyl", cls=FENT)
furanylf = S("101345-66-8", "Furanylfentanyl", "furanyl fentanyl", "Fu-F", cls=FENT)
fibf = S("244195-32-2", "4-FIBF", "4-Fluoroisobutyrylfentanyl", "pFIBF", cls=FENT)
cpropf = S("1169-68-2", "Cyclopropylfentanyl", "cyclopropyl fentanyl", "циклопропилфентанил", cls=FENT)
valerf = S("122882-90-0", "Valerylfentanyl", cls=FENT)
pff = S("90736-23-5", "para-Fluorofentanyl", "4-FF", "p-fluorofentanyl", cls=FENT)
ocfent = S("101343-69-5", "Ocfentanil", cls=FENT)
acrylf = S("82003-75-6", "Acrylfentanyl", "acryloylfentanyl", cls=FENT)
methoxyacf = S("101345-67-9", "Methoxyacetylfentanyl", "methoxyacetyl fentanyl", cls=FENT)
mf3 = S("42045-86-3", "3-Methylfentanyl", "3-MF", cls=FENT)
sufent = S("56030-54-7", "Sufentanil", cls=FENT)
remif = S("132875-61-7", "Remifentanil", cls=FENT)
thff = S("2142571-01-3", "THF-F", "Tetrahydrofuranylfentanyl", cls=FENT)

# ------------------------------------------------------------------ nitazenes
isotonit = S("14188-81-9", "Isotonitazene", "Isotonitazen", "isotonitazeno", "изотонитазен", "异托尼秦", cls=NIT)
metonit = S("14680-51-4", "Metonitazene", "Metonitazen", "metonitazeno", "метонитазен", "美托尼秦", cls=NIT)
protonit = S("95958-84-2", "Protonitazene", "Protonitazen", "protonitazeno", "протонитазен", "普罗托尼秦", cls=NIT)
butonit = S("95810-54-1", "Butonitazene", "Butonitazen", cls=NIT)
etonitpyne = S("2785346-75-8", "Etonitazepyne", "N-pyrrolidino etonitazene", "этонитазепин", cls=NIT)
etonit = S("911-65-9", "Etonitazene", "этонитазен", cls=NIT)
desiso = S("2732926-24-6", "N-Desethyl isotonitazene", cls=NIT)
etazene = S("14030-76-3", "Etazene", "etodesnitazene", cls=NIT)

# ------------------------------------------------------------------ precursors (no class)
npp = S("39742-60-4", "NPP", "N-Phenethyl-4-piperidone", "1-phenethyl-4-piperidone",
        "N-Phenethyl-4-piperidon", "N-fenetil-4-piperidona", "Н-фенэтил-4-пиперидон", "N-苯乙基-4-哌啶酮")
anpp = S("21409-26-7", "4-ANPP", "ANPP", "4-anilino-N-phenethylpiperidine", "despropionyl fentanyl",
         "4-苯胺基-N-苯乙基哌啶")
ap4 = S("23056-29-3", "4-AP", "4-anilinopiperidine", "4-Anilinopiperidin", "4-anilinopiperidina", "4-苯胺基哌啶")
boc4ap = S("125541-22-2", "1-boc-4-AP", "boc-4-AP", "tert-butyl 4-(phenylamino)piperidine-1-carboxylate")
norfent = S("1609-66-1", "Norfentanyl", "norfentanilo", "норфентанил", "去甲芬太尼")
pip4 = S("41661-47-6", "4-Piperidone", "4-piperidona", "4-Piperidon", "piperidin-4-one")
bocpip = S("79099-07-3", "1-boc-4-Piperidone", "N-boc-4-piperidone", "N-Boc-4-Piperidon",
           "1-boc-4-piperidona", "tert-butyl 4-oxopiperidine-1-carboxylate", "N-叔丁氧羰基-4-哌啶酮",
           "1-boc-4-пиперидон")
benzylf = S("1474-02-8", "Benzylfentanyl", "benzyl fentanyl")

# ------------------------------------------------------------------ other watchlisted
xylazine = S("7361-61-7", "Xylazine", "Xylazin", "xilacina", "ксилазин", "赛拉嗪", "tranq")
ketamine = S("6740-88-1", "Ketamine", "Ketamin", "ketamina", "кетамин")
bromazolam = S("71368-80-4", "Bromazolam", "бромазолам")
etizolam = S("40054-69-1", "Etizolam")
flualp = S("28910-91-0", "Flualprazolam")
oxycodone = S("76-42-6", "Oxycodone", "Oxycodon", "oxicodona", "OxyContin")
tramadol = S("27203-92-5", "Tramadol")
tilidine = S("20380-58-9", "Tilidine", "Tilidin")
heroin = S("561-27-3", "Heroin", "heroína", "героин", "diacetylmorphine")
meth = S("537-46-2", "Methamphetamine", "metanfetamina", "метамфетамин")
cocaine = S("50-36-2", "Cocaine", "cocaína", "Kokain")
p2p = S("103-79-7", "P2P", "BMK", "phenylacetone", "1-phenyl-2-propanone", "fenilacetona")
bmkgly = S("80532-66-7", "BMK methyl glycidate", "BMK glycidate")
pmkgly = S("13605-48-6", "PMK methyl glycidate", "PMK glycidate", "PMK-Glycidat")
map237 = S("98608-61-8", "2-Methyl-AP-237", "2-methyl AP-237")
brorphine = S("2244737-98-0", "Brorphine", "Brorphin")
u47700 = S("121348-98-9", "U-47700")
hydroxylimine = S("6740-87-0", "Hydroxylimine")
ocpk = S("6740-85-8", "o-Chlorophenyl cyclopentyl ketone", "2-chlorophenyl cyclopentyl ketone")
gbl = S("96-48-0", "GBL", "gamma-Butyrolactone")
mdma = S("42542-10-9", "MDMA")

# ------------------------------------------------------------------ class keys
# watchlist rows without a CAS: the class key is the only key a tool can give
ofluorof = NOVEL(FENT, "ortho-Fluorofentanyl", "2-fluorofentanyl", "o-FF")
crotonylf = NOVEL(FENT, "Crotonylfentanyl", "crotonyl fentanyl")
cpentf = NOVEL(FENT, "Cyclopentylfentanyl", "cyclopentyl fentanyl")
protopyne = NOVEL(NIT, "Protonitazepyne", "N-pyrrolidino protonitazene")
# new molecules on no list (names checked against the watchlist by verify_w17.py)
nf_2fof = NOVEL(FENT, "2'-fluoro ortho-fluorofentanyl", "2'-F-oFF")
nf_mfcpf = NOVEL(FENT, "meta-Fluorocyclopropylfentanyl", "3-F-cyclopropylfentanyl")
nf_pclvf = NOVEL(FENT, "para-Chlorovalerylfentanyl", "пара-хлорвалерилфентанил")
nn_isopyne = NOVEL(NIT, "N-pyrrolidino isotonitazene", "Isotonitazepyne", "N-pirrolidino isotonitazeno")
nn_flu = NOVEL(NIT, "Flunitazene", "флунитазен")
nn_metpyne = NOVEL(NIT, "Metonitazepyne", "N-pyrrolidino metonitazene")

# ------------------------------------------------------------------ benign (key "")
bicarb = BENIGN("144-55-8", "Natron", "Natriumhydrogencarbonat", "sodium bicarbonate")
citric = BENIGN("77-92-9", "Zitronensäure", "citric acid")
caffeine = BENIGN("58-08-2", "Koffein", "caffeine", "cafeína")
mannitol = BENIGN("69-65-8", "Mannit", "mannitol", "manitol")
phenethylbr = BENIGN("103-63-9", "(2-Bromoethyl)benzene", "phenethyl bromide", "Phenethylbromid", "bromuro de fenetilo")
aniline = BENIGN("62-53-3", "Aniline", "anilina")
lidocaine = BENIGN("137-58-6", "Lidocaine", "lidocaína")
benzocaine = BENIGN("94-09-7", "Benzocaine", "benzocaína")
phenacetin = BENIGN("62-44-2", "Phenacetin", "fenacetina")
inositol = BENIGN("87-89-8", "Inositol")
naloxone = BENIGN("465-65-6", "Naloxone", "naloxona")
paracetamol = BENIGN("103-90-2", "Paracetamol")

# salt CAS numbers (all in score.py's SALTS table)
FENT_CITRATE, FENT_HCL, XYL_HCL, KET_HCL = "990-73-8", "1443-54-5", "23076-35-9", "1867-66-9"

# Check-digit-invalid CAS numbers used as noise (typos of real ones); never in truth.
BAD_CAS = ["21409-26-4", "39742-60-9", "79099-07-5", "14188-81-2", "437-38-1", "7361-61-5",
           "125541-22-7", "23056-29-1", "95958-84-5", "6740-88-3", "59708-52-2", "1609-66-5", "76-42-5"]


# ------------------------------------------------------------------ claims
CLAIM_KINDS = ("reship", "customs", "stealth", "mislabel", "forwarding")


class T:
    """Truth accumulator for one page."""

    def __init__(self):
        self.hits, self.cas, self.claims = set(), set(), set()
        self.evidence = set()     # (key, string) that shows each offer on the page (checked by verify)
        self.claim_text = set()   # strings that make each claim (checked by verify)
        self.mentions = set()     # keys named on the page without being offered (allowlist for verify)
        self.badcas = set()       # invalid CAS shown (noise)

    def offer(self, sub, evidence):
        if sub.key:
            self.hits.add(sub.key)
            self.evidence.add((sub.key, evidence))
        return self

    def showcas(self, c):
        if cas_ok(c):
            self.cas.add(c)
        else:
            self.badcas.add(c)
        return self

    def claim(self, kind, text):
        assert kind in CLAIM_KINDS, kind
        self.claims.add(kind)
        self.claim_text.add(text)
        return self

    def mention(self, *subs_or_keys):
        for s in subs_or_keys:
            k = s if isinstance(s, str) else s.key
            if k:
                self.mentions.add(k)
        return self

    def merge(self, o, claims=True):
        self.hits |= o.hits
        self.cas |= o.cas
        self.evidence |= o.evidence
        self.mentions |= o.mentions
        self.badcas |= o.badcas
        if claims:
            self.claims |= o.claims
            self.claim_text |= o.claim_text
        return self


def mkpage(site, path, html_text, t=None, listing=False, charset="utf-8", meta_only=False, cls=Page, **kw):
    """Add a page. meta_only: the Content-Type header carries no charset (only the <meta> does)."""
    t = t or T()
    body = html_text.encode(charset, "xmlcharrefreplace")
    ctype = "text/html" if meta_only else "text/html; charset=%s" % charset
    p = cls(path, body, ctype=ctype, hits=t.hits, cas=t.cas, claims=t.claims, listing=listing, **kw)
    p.evidence = set(t.evidence)
    p.claim_text = set(t.claim_text)
    p.mentions = set(t.mentions) | set(t.hits)
    p.badcas = set(t.badcas)
    p.charset = charset
    site.add(p)
    return p


def qkey(path, junk=(), **params):
    """The canonical key (and a usable href) of path?params, as marketsim and score.py build it."""
    q = [(k, str(v)) for k, v in params.items() if k not in junk]
    return path + ("?" + urlencode(sorted(q)) if q else "")


class GuardedPage(Page):
    """A page whose first GET answers with an anti-DDoS interstitial; later requests get the page.
    The interstitial links to the same path with a junk token, so the canonical URL is unchanged."""

    def __init__(self, path, body, guard=b"", **kw):
        self._lock = threading.Lock()
        self._served = False
        self.guard = guard
        super().__init__(path, body, **kw)

    @property
    def body(self):
        with self._lock:
            if not self._served:
                self._served = True
                return self.guard
        return self._real

    @body.setter
    def body(self, v):
        self._real = v

    @property
    def real_body(self):
        return self._real
