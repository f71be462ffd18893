"""w15 shared pieces: substances (truth keys), page builder, truth accumulator.

Truth keys are watchlist CAS numbers (salts folded to the base) or class:fentanyl /
class:nitazene for analogues the watchlist does not name with a CAS.
"""
import json
import re

from marketsim import Page, S, NOVEL, BENIGN, esc, tiny_png  # noqa: F401

FENT, NIT = "fentanyl", "nitazene"

# ---------------------------------------------------------------- listed substances
fentanyl = S("437-38-7", "Fentanyl", cls=FENT)
carfent = S("59708-52-0", "Carfentanil", cls=FENT)
acetylf = S("3258-84-2", "Acetylfentanyl", cls=FENT)
butyrf = S("1169-70-6", "Butyrylfentanyl", cls=FENT)
furanylf = S("101345-66-8", "Furanylfentanyl", cls=FENT)
cpropf = S("1169-68-2", "Cyclopropylfentanyl", cls=FENT)
fibf = S("244195-32-2", "4-Fluoroisobutyrylfentanyl", cls=FENT)
pfbf = S("244195-31-1", "para-Fluorobutyrylfentanyl", cls=FENT)
valerf = S("122882-90-0", "Valerylfentanyl", cls=FENT)
thff = S("2142571-01-3", "Tetrahydrofuranylfentanyl", cls=FENT)
mef3 = S("42045-86-3", "3-Methylfentanyl", cls=FENT)
sufent = S("56030-54-7", "Sufentanil", cls=FENT)
remif = S("132875-61-7", "Remifentanil", cls=FENT)
pff = S("90736-23-5", "para-Fluorofentanyl", cls=FENT)
ocf = S("101343-69-5", "Ocfentanil", cls=FENT)
isotonit = S("14188-81-9", "Isotonitazene", cls=NIT)
metonit = S("14680-51-4", "Metonitazene", cls=NIT)
protonit = S("95958-84-2", "Protonitazene", cls=NIT)
butonit = S("95810-54-1", "Butonitazene", cls=NIT)
etonitpyne = S("2785346-75-8", "Etonitazepyne", cls=NIT)
etonit = S("911-65-9", "Etonitazene", cls=NIT)
desiso = S("2732926-24-6", "N-Desethyl isotonitazene", cls=NIT)
etazene = S("14030-76-3", "Etazene", cls=NIT)
npp = S("39742-60-4", "NPP")
anpp = S("21409-26-7", "4-ANPP")
ap4 = S("23056-29-3", "4-AP")
boc4ap = S("125541-22-2", "1-boc-4-AP")
norfent = S("1609-66-1", "Norfentanyl")
pip4 = S("41661-47-6", "4-Piperidone")
bocpip = S("79099-07-3", "1-boc-4-Piperidone")
xylazine = S("7361-61-7", "Xylazine")
oxycodone = S("76-42-6", "Oxycodone")
ketamine = S("6740-88-1", "Ketamine")
bromazolam = S("71368-80-4", "Bromazolam")
u47700 = S("121348-98-9", "U-47700")
acetone = S("67-64-1", "Acetone")
bmkgly = S("80532-66-7", "BMK methyl glycidate")
# on the watchlist by name but without a CAS there -> class key
crotonyl = NOVEL(FENT, "Crotonylfentanyl")
ofluoro = NOVEL(FENT, "ortho-Fluorofentanyl")
protopyne = NOVEL(NIT, "Protonitazepyne")

# ---------------------------------------------------------------- unlisted analogues (class rules only)
# fentanyl class, SOURCES.md s.2 modifications in brackets
nv_pclfu = NOVEL(FENT, "para-Chlorofuranylfentanyl",
                 "N-(4-chlorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]furan-2-carboxamide")        # (D)+(E)
nv_pmecp = NOVEL(FENT, "para-Methylcyclopropylfentanyl")                                              # (D)+(E)
nv_ofval = NOVEL(FENT, "ortho-Fluorovalerylfentanyl")                                                 # (D)+(E)
nv_3thf = NOVEL(FENT, "N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]oxolane-3-carboxamide")           # (E)
nv_4fpe = NOVEL(FENT, "N-[1-[2-(4-fluorophenyl)ethyl]piperidin-4-yl]-N-phenylpropanamide")           # (B)
nv_hex = NOVEL(FENT, "Hexanoylfentanyl", "N-(1-phenethylpiperidin-4-yl)-N-phenylhexanamide")          # (E)
nv_ofbf_zh = NOVEL(FENT, "邻氟丁酰芬太尼")                                                              # (D)+(E)
nv_mmf = NOVEL(FENT, "N-(3-methylphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide")            # (D)
# nitazene class (China 2025 rules in brackets)
nv_desprot = NOVEL(NIT, "N-Desethyl protonitazene",
                   "N-ethyl-2-[5-nitro-2-[(4-propoxyphenyl)methyl]-1H-benzimidazol-1-yl]ethanamine")  # (4)
nv_butpyne = NOVEL(NIT, "Butonitazepyne", "N-吡咯烷基丁托尼秦")                                          # (4)
nv_pipne = NOVEL(NIT, "Etonitazepipne", "N-piperidinyl etonitazene")                                  # (4)
nv_fluetaz = NOVEL(NIT, "4'-Fluoro etodesnitazene",
                   "N,N-diethyl-2-[2-[(4-fluorophenyl)methyl]-1H-benzimidazol-1-yl]ethanamine")       # (1)+(3)

# ---------------------------------------------------------------- benign (CAS counts, no hit)
B = {
    "caffeine": "58-08-2", "lidocaine": "137-58-6", "lidohcl": "73-78-9", "benzocaine": "94-09-7",
    "mannitol": "69-65-8", "paracetamol": "103-90-2", "inositol": "87-89-8", "naloxone": "465-65-6",
    "naloxhcl": "357-08-4", "bicarb": "144-55-8", "lactose": "63-42-3", "procaine": "59-46-1",
    "phenacetin": "62-44-2", "msm": "67-71-0", "levamisole": "14769-73-4", "glucose": "50-99-7",
    "mgstearate": "557-04-0", "mcc": "9004-34-6", "citric": "77-92-9", "ascorbic": "50-81-7",
    "glycerol": "56-81-5", "isopropanol": "67-63-0", "peroxide": "7722-84-1", "propyleneglycol": "57-55-6",
}

CLAIM_KINDS = ("reship", "customs", "stealth", "mislabel", "forwarding")


def cas_valid(c):
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", c or "")
    if not m:
        return False
    d = m.group(1) + m.group(2)
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(m.group(3))


class Acc:
    """Truth of one page: hits, CAS numbers (dashed), claim kinds."""
    def __init__(self, hits=(), cas=(), claims=()):
        self.hits, self.cas, self.claims = set(hits), set(cas), set(claims)

    def add(self, hits=(), cas=(), claims=()):
        self.hits |= set(h.key if hasattr(h, "key") else h for h in hits)
        for c in cas:
            assert cas_valid(c), c
            self.cas.add(c)
        for k in claims:
            assert k in CLAIM_KINDS, k
            self.claims.add(k)
        return self

    def __or__(self, other):
        return Acc(self.hits | other.hits, self.cas | other.cas, self.claims | other.claims)


def A(hits=(), cas=(), claims=()):
    return Acc().add(hits, cas, claims)


def mk(path, text, charset="utf-8", header=True, acc=None, listing=False, status=200):
    """A page encoded in charset; characters outside it become &#NNN; references.
    header=False leaves the charset to the <meta> tag only."""
    body = text.encode(charset, errors="xmlcharrefreplace")
    ctype = ("text/html; charset=%s" % charset) if header else "text/html"
    acc = acc or Acc()
    return Page(path, body, ctype=ctype, hits=acc.hits, cas=acc.cas, claims=acc.claims,
                status=status, listing=listing)


def ld(obj):
    return "<script type=\"application/ld+json\">%s</script>" % json.dumps(obj, ensure_ascii=False)


def keycap(s):
    """Digits as emoji keycaps (4 -> 4\ufe0f\u20e3)."""
    return "".join((ch + "\ufe0f\u20e3") if ch.isdigit() else ch for ch in s)


def mathbold(s):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr(0x1D41A + ord(ch) - 97))
        elif "A" <= ch <= "Z":
            out.append(chr(0x1D400 + ord(ch) - 65))
        else:
            out.append(ch)
    return "".join(out)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def qkey(path, params):
    """The marketsim page key of path?params (params sorted, urlencoded)."""
    from urllib.parse import urlencode
    return path + ("?" + urlencode(sorted(params.items())) if params else "")
