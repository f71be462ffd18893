"""w16 shared pieces: substances (truth keys), CAS helpers and a small page-truth accumulator.

Truth keys follow marketsim: the watchlist CAS of the substance (salts fold to the base key
through score.py's SALTS table), or "class:fentanyl" / "class:nitazene" for analogues that
carry no watchlist CAS (unlisted new molecules, and the few watchlist rows without a CAS).
"""
import re

from marketsim import S, NOVEL, BENIGN, Page, esc  # noqa: F401

FENT, NIT = "fentanyl", "nitazene"


def cas_ok(c):
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", c or "")
    if not m:
        return False
    d = m.group(1) + m.group(2)
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(m.group(3))


def cas_show(c, style="dash"):
    """How a page displays a (dashed, valid) CAS number."""
    a, b, d = c.split("-")
    return {"dash": c, "nodash": a + b + d, "space": "%s %s %s" % (a, b, d)}[style]


# ------------------------------------------------------------------ watchlisted (key = watchlist CAS)
fentanyl = S("437-38-7", "Fentanyl", "фентанил", "芬太尼", "fentanilo", "fentanil", cls=FENT)
carfent = S("59708-52-0", "Carfentanil", "карфентанил", "卡芬太尼", cls=FENT)
acetylf = S("3258-84-2", "Acetylfentanyl", "ацетилфентанил", "乙酰芬太尼", cls=FENT)
butyrf = S("1169-70-6", "Butyrylfentanyl", cls=FENT)
furanylf = S("101345-66-8", "Furanylfentanyl", "Fu-F", cls=FENT)
valerf = S("122882-90-0", "Valerylfentanyl", cls=FENT)
cpropf = S("1169-68-2", "Cyclopropylfentanyl", cls=FENT)
ocfent = S("101343-69-5", "Ocfentanil", "A-3217", cls=FENT)
fibf = S("244195-32-2", "4-FIBF", cls=FENT)
pfbf = S("244195-31-1", "para-Fluorobutyrylfentanyl", "4-FBF", cls=FENT)
thff = S("2142571-01-3", "THF-F", cls=FENT)
mf3 = S("42045-86-3", "3-Methylfentanyl", "3-MF", cls=FENT)
pff = S("90736-23-5", "para-Fluorofentanyl", "4-FF", cls=FENT)
sufent = S("56030-54-7", "Sufentanil", cls=FENT)
remif = S("132875-61-7", "Remifentanil", cls=FENT)
methoxyacf = S("101345-67-9", "Methoxyacetylfentanyl", cls=FENT)
isotonit = S("14188-81-9", "Isotonitazene", "изотонитазен", "异托尼秦", cls=NIT)
metonit = S("14680-51-4", "Metonitazene", "метонитазен", cls=NIT)
protonit = S("95958-84-2", "Protonitazene", "протонитазен", cls=NIT)
butonit = S("95810-54-1", "Butonitazene", cls=NIT)
etonitpyne = S("2785346-75-8", "Etonitazepyne", "N-pyrrolidino etonitazene", cls=NIT)
etazene = S("14030-76-3", "Etazene", "etodesnitazene", cls=NIT)
etonit = S("911-65-9", "Etonitazene", cls=NIT)
secbut = S("96587-76-7", "Secbutonitazene", cls=NIT)
desiso = S("2732926-24-6", "N-Desethyl isotonitazene", cls=NIT)
npp = S("39742-60-4", "NPP", "1-phenethyl-4-piperidone")
anpp = S("21409-26-7", "4-ANPP", "4-anilino-N-phenethylpiperidine")
ap4 = S("23056-29-3", "4-AP", "4-anilinopiperidine")
boc4ap = S("125541-22-2", "1-boc-4-AP")
norfent = S("1609-66-1", "Norfentanyl")
pip4 = S("41661-47-6", "4-Piperidone")
bocpip = S("79099-07-3", "1-boc-4-Piperidone")
benzylf = S("1474-02-8", "Benzylfentanyl")
xylazine = S("7361-61-7", "Xylazine", "ксилазин", "赛拉嗪", "xilacina", "ksilazin")
ketamine = S("6740-88-1", "Ketamine")
tramadol = S("27203-92-5", "Tramadol")
oxycodone = S("76-42-6", "Oxycodone")
codeine = S("76-57-3", "Codeine")
bromazolam = S("71368-80-4", "Bromazolam")

# salt CAS numbers shown on pages (all in score.py's SALTS table)
FENT_CITRATE, FENT_HCL, XYL_HCL, KET_HCL = "990-73-8", "1443-54-5", "23076-35-9", "1867-66-9"

# ------------------------------------------------------------------ class keys
# watchlist rows that have no CAS: a class key is the only key a tool can give
crotonylf = NOVEL(FENT, "Crotonylfentanyl")
cpentf = NOVEL(FENT, "Cyclopentylfentanyl")
offent = NOVEL(FENT, "ortho-Fluorofentanyl")
protopyne = NOVEL(NIT, "Protonitazepyne")
ethyleneoxy = NOVEL(NIT, "Ethyleneoxynitazene")
# unlisted analogues (SOURCES.md section 2); names checked against the watchlist by verify_w16.py
nf_omfu = NOVEL(FENT, "ortho-Methylfuranylfentanyl", "орто-метилфуранилфентанил",
                "N-(2-methylphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]furan-2-carboxamide")   # (D)+(E)
nf_pcf = NOVEL(FENT, "para-Chlorofentanyl", "4-chlorofentanyl",
               "N-(4-chlorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide")            # (D)
nf_hex = NOVEL(FENT, "N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]hexanamide")                 # (E), systematic only
nf_ofvf = NOVEL(FENT, "ortho-Fluorovalerylfentanyl", "orto-fluorovalerilfentanilo",
                "N-(2-fluorofenil)-N-[1-(2-feniletil)piperidin-4-il]pentanamida",
                "N-(2-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]pentanamide")           # (D)+(E)
nf_4mac = NOVEL(FENT, "4'-Methylacetylfentanyl",
                "N-[1-[2-(4-methylphenyl)ethyl]piperidin-4-yl]-N-phenylacetamide")              # (B)+(E)
nf_isoval = NOVEL(FENT, "Isovalerylfentanyl",
                  "3-methyl-N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]butanamide")           # (E)
nf_3thf = NOVEL(FENT, "N-phenyl-N-[1-[2-(thiophen-3-yl)ethyl]piperidin-4-yl]propanamide")     # (A)
nf_chex = NOVEL(FENT, "Cyclohexylfentanyl", "环己基芬太尼")                                      # (E)
nn_metaz = NOVEL(NIT, "Metodesnitazene", "Metazene", "методеснитазен",
                 "2-[2-[(4-methoxyphenyl)methyl]-1H-benzimidazol-1-yl]-N,N-diethylethanamine")   # rules 1+3
nn_pipne = NOVEL(NIT, "Etonitazepipne", "N-Piperidinyl etonitazene",
                 "2-[(4-ethoxyphenyl)methyl]-5-nitro-1-[2-(piperidin-1-yl)ethyl]-1H-benzimidazole")  # rule 4
nn_butdes = NOVEL(NIT, "N,N-diethyl-2-[2-[(4-butoxyphenyl)methyl]-1H-benzimidazol-1-yl]ethanamine")  # 1+3
nn_desproto = NOVEL(NIT, "N-Desethyl protonitazene", "N-desetil protonitaceno")             # rule 4
nn_fluoro = NOVEL(NIT, "4'-Fluoro-desethoxy nitazene",
                  "N,N-diethyl-2-[2-[(4-fluorophenyl)methyl]-5-nitro-1H-benzimidazol-1-yl]ethanamine")  # rule 3

NOVELS = [crotonylf, cpentf, offent, protopyne, ethyleneoxy, nf_omfu, nf_pcf, nf_hex, nf_ofvf, nf_4mac,
          nf_isoval, nf_3thf, nf_chex, nn_metaz, nn_pipne, nn_butdes, nn_desproto, nn_fluoro]
LISTED_WITHOUT_CAS = {"crotonylfentanyl", "cyclopentylfentanyl", "ortho-fluorofentanyl",
                      "protonitazepyne", "ethyleneoxynitazene"}

# ------------------------------------------------------------------ benign (CAS counts, never a hit)
caffeine = BENIGN("58-08-2", "Caffeine")
benzocaine = BENIGN("94-09-7", "Benzocaine")
lidocaine = BENIGN("137-58-6", "Lidocaine")
procaine = BENIGN("59-46-1", "Procaine")
citric_mh = BENIGN("5949-29-1", "Citric acid monohydrate")
mannitol = BENIGN("69-65-8", "D-Mannitol")
inositol = BENIGN("87-89-8", "Inositol")
phenethylbr = BENIGN("103-63-9", "(2-Bromoethyl)benzene")
propcl = BENIGN("79-03-8", "Propionyl chloride")
aniline = BENIGN("62-53-3", "Aniline")
paracetamol = BENIGN("103-90-2", "Paracetamol")
naloxone = BENIGN("465-65-6", "Naloxone")
glycerol = BENIGN("56-81-5", "Glycerol")
mgstearate = BENIGN("557-04-0", "Magnesium stearate")
lactose = BENIGN("64044-51-5", "Lactose monohydrate")
nahco3 = BENIGN("144-55-8", "Sodium bicarbonate")
msm = BENIGN("67-71-0", "Dimethyl sulfone")
naoh = BENIGN("1310-73-2", "Sodium hydroxide")
tetracaine = BENIGN("94-24-6", "Tetracaine")
phenacetin = BENIGN("62-44-2", "Phenacetin")
levamisole_hcl = BENIGN("16595-80-5", "Levamisole hydrochloride")
dextrose = BENIGN("50-99-7", "D-Glucose")
ibuprofen = BENIGN("15687-27-1", "Ibuprofen")
dmf = BENIGN("68-12-2", "N,N-Dimethylformamide")
dcm = BENIGN("75-09-2", "Dichloromethane")
ethyl_acetate = BENIGN("141-78-6", "Ethyl acetate")
pyridine = BENIGN("110-86-1", "Pyridine")
thf = BENIGN("109-99-9", "Tetrahydrofuran")
diphenhydramine = BENIGN("58-73-1", "Diphenhydramine")
stab = BENIGN("56553-60-7", "Sodium triacetoxyborohydride")


class T:
    """Truth accumulator for one page."""
    def __init__(self):
        self.hits, self.cas, self.claims = set(), set(), set()

    def offer(self, sub, cas_shown=None):
        if sub is not None and sub.key:
            self.hits.add(sub.key)
        if cas_shown:
            self.add_cas(cas_shown)
        return self

    def add_cas(self, c):
        assert cas_ok(c), c
        self.cas.add(c)
        return self

    def claim(self, *kinds):
        for k in kinds:
            assert k in ("reship", "customs", "stealth", "mislabel", "forwarding"), k
            self.claims.add(k)
        return self

    def merge(self, other):
        self.hits |= other.hits
        self.cas |= other.cas
        self.claims |= other.claims
        return self

    def page(self, path, body, listing, ctype="text/html; charset=utf-8", charset="utf-8"):
        if isinstance(body, str):
            body = body.encode(charset, "xmlcharrefreplace")
        return Page(path, body, ctype=ctype, hits=self.hits, cas=self.cas, claims=self.claims,
                    charset=charset, listing=listing)


def plain(path, body, ctype="text/html; charset=utf-8", charset="utf-8", listing=False):
    return T().page(path, body, listing, ctype, charset)


# pages where a watchlist CAS is shown in product context without being an offer (buy requests);
# verify_w16.py uses this to check that every other watchlist CAS in truth comes with its hit
CAS_WITHOUT_OFFER = set()
