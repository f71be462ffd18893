"""w14 shared pieces: substances, offers, truth accumulation, pages with per-response tokens.

Truth follows marketsim/dev_sites: hits = watchlisted substances a seller OFFERS on the page
(rails, chrome, requests, reviews, news are not hits); cas = valid CAS numbers shown in
product context, dashed; claims = the seller's own shipping promises on the page.
"""
import json
import random
import re
from urllib.parse import urlencode

from marketsim import Site, Page, Sub, S, NOVEL, BENIGN, esc, paginate, rng, tiny_png  # noqa: F401

FENT, NIT = "fentanyl", "nitazene"


def cas_valid(c):
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", c or "")
    if not m:
        return False
    d = m.group(1) + m.group(2)
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(m.group(3))


def cas_norm(shown):
    """'79099073' / '14188 81 9' / '437-38-7' -> dashed form (or '' if not a CAS shape)."""
    d = re.sub(r"\D", "", shown or "")
    if len(d) < 5 or len(d) > 10:
        return ""
    return "%s-%s-%s" % (d[:-3], d[-3:-1], d[-1])


# ------------------------------------------------------------------ watchlisted substances
fentanyl = S("437-38-7", "Fentanyl", cls=FENT)
carfent = S("59708-52-0", "Carfentanil", cls=FENT)
acetylf = S("3258-84-2", "Acetylfentanyl", cls=FENT)
butyrf = S("1169-70-6", "Butyrylfentanyl", cls=FENT)
furanylf = S("101345-66-8", "Furanylfentanyl", cls=FENT)
cpropf = S("1169-68-2", "Cyclopropylfentanyl", cls=FENT)
fibf = S("244195-32-2", "4-Fluoroisobutyrylfentanyl", cls=FENT)
pff = S("90736-23-5", "para-Fluorofentanyl", cls=FENT)
valerf = S("122882-90-0", "Valerylfentanyl", cls=FENT)
ocf = S("101343-69-5", "Ocfentanil", cls=FENT)
mf3 = S("42045-86-3", "3-Methylfentanyl", cls=FENT)
isobutf = S("119618-70-1", "Isobutyrylfentanyl", cls=FENT)
isotonit = S("14188-81-9", "Isotonitazene", cls=NIT)
metonit = S("14680-51-4", "Metonitazene", cls=NIT)
protonit = S("95958-84-2", "Protonitazene", cls=NIT)
butonit = S("95810-54-1", "Butonitazene", cls=NIT)
etonitpyne = S("2785346-75-8", "Etonitazepyne", cls=NIT)
etazene = S("14030-76-3", "Etazene", cls=NIT)
desiso = S("2732926-24-6", "N-Desethyl isotonitazene", cls=NIT)
npp = S("39742-60-4", "NPP")
anpp = S("21409-26-7", "4-ANPP")
ap4 = S("23056-29-3", "4-AP")
boc4ap = S("125541-22-2", "1-boc-4-AP")
norfent = S("1609-66-1", "Norfentanyl")
pip4 = S("41661-47-6", "4-Piperidone")
bocpip = S("79099-07-3", "1-boc-4-Piperidone")
xylazine = S("7361-61-7", "Xylazine")
ketamine = S("6740-88-1", "Ketamine")
bromazolam = S("71368-80-4", "Bromazolam")
oxycodone = S("76-42-6", "Oxycodone")
heroin = S("561-27-3", "Heroin")
bmkgly = S("80532-66-7", "BMK methyl glycidate")
pmkgly = S("13605-48-6", "PMK methyl glycidate")
p2p = S("103-79-7", "P2P")


def SALT(base, salt_cas, *names):
    """A salt form: truth key is the base, the CAS shown is the salt's."""
    return Sub(base.key, salt_cas, list(names), base.cls)


fent_citrate = SALT(fentanyl, "990-73-8", "Fentanyl citrate")
fent_hcl = SALT(fentanyl, "1443-54-5", "Fentanyl hydrochloride")
xyl_hcl = SALT(xylazine, "23076-35-9", "Xylazine hydrochloride")

# listed on the watchlist by name but with no CAS: the truth key is the class key
crotonyl = NOVEL(FENT, "Crotonylfentanyl")
ethyleneoxy = NOVEL(NIT, "Ethyleneoxynitazene")
# unlisted analogues (each satisfies SOURCES.md section 2; documented in NOTES.md)
nov_omfuf = NOVEL(FENT, "ortho-Methylfuranylfentanyl")                    # D + E
nov_pmcpf = NOVEL(FENT, "para-Methylcyclopropylfentanyl")                 # D + E
nov_pfvf = NOVEL(FENT, "para-Fluorovalerylfentanyl")                      # D + E
nov_hexf = NOVEL(FENT, "N-(1-phenethylpiperidin-4-yl)-N-phenylhexanamide")  # E (hexanoylfentanyl)
nov_bmf = NOVEL(FENT, "N-phenyl-N-[1-(2-phenylpropyl)piperidin-4-yl]propanamide")  # B (beta-methylfentanyl)
nov_3mbf = NOVEL(FENT, "N-(3-methyl-1-phenethylpiperidin-4-yl)-N-phenylbutanamide")  # C + E
nov_chxf = NOVEL(FENT, "Cyclohexylfentanyl")                              # E
nov_butpyne = NOVEL(NIT, "Butonitazepyne")                                # rules 3 + 4
nov_metodes = NOVEL(NIT, "Metodesnitazene")                               # rules 1 + 3 (metazene)
nov_desprot = NOVEL(NIT, "N-Desethyl protonitazene")                      # rules 3 + 4
nov_menit = NOVEL(NIT, "N,N-diethyl-2-[2-[(4-methylphenyl)methyl]-5-nitro-1H-benzimidazol-1-yl]ethanamine")  # rule 3

# benign chemicals (CAS counts, never a hit)
caffeine = BENIGN("58-08-2", "Caffeine")
lidocaine = BENIGN("137-58-6", "Lidocaine")
benzocaine = BENIGN("94-09-7", "Benzocaine")
mannitol = BENIGN("69-65-8", "D-Mannitol")
phenacetin = BENIGN("62-44-2", "Phenacetin")
procaine = BENIGN("59-46-1", "Procaine")
inositol = BENIGN("87-89-8", "Inositol")
paracetamol = BENIGN("103-90-2", "Paracetamol")
naloxone = BENIGN("465-65-6", "Naloxone")
tetramisole = BENIGN("5086-74-8", "Tetramisole hydrochloride")
bk4 = BENIGN("1451-82-7", "2-Bromo-4'-methylpropiophenone")
sodbicarb = BENIGN("144-55-8", "Sodium bicarbonate")
methanol = BENIGN("67-56-1", "Methanol")
acetonitrile = BENIGN("75-05-8", "Acetonitrile")
glucose = BENIGN("50-99-7", "D-Glucose")
vitc = BENIGN("50-81-7", "L-Ascorbic acid")
citric = BENIGN("77-92-9", "Citric acid")
pvp = BENIGN("9003-39-8", "Polyvinylpyrrolidone")
nmethylpip = BENIGN("109-01-3", "1-Methylpiperazine")
bromobenz = BENIGN("108-86-1", "Bromobenzene")
phenethylbr = BENIGN("103-63-9", "(2-Bromoethyl)benzene")
aniline = BENIGN("62-53-3", "Aniline")

NONE = Sub("", "", [])   # a product with no watchlisted content and no CAS


class Offer:
    """One thing a seller offers. shown = the CAS exactly as displayed (None = not shown)."""
    def __init__(self, sub, name, shown="same", claims=(), sale=True, **kw):
        self.sub = sub
        self.name = name
        self.shown = sub.cas if shown == "same" else shown
        self.claims = list(claims)          # [(kind, text)]
        self.sale = sale
        for k, v in kw.items():
            setattr(self, k, v)

    def key(self):
        return self.sub.key if self.sale else ""

    def cas(self):
        c = cas_norm(self.shown) if self.shown else ""
        return c if cas_valid(c) else ""

    def ctext(self, sep=" "):
        return sep.join(t for _, t in self.claims)

    def kinds(self):
        return {k for k, _ in self.claims}


class Acc:
    """Truth accumulator for one page."""
    def __init__(self):
        self.hits, self.cas, self.claims = set(), set(), set()

    def off(self, o, hit=True, cas=True, claims=False):
        if hit and o.key():
            self.hits.add(o.key())
        if cas and o.cas():
            self.cas.add(o.cas())
        if claims:
            self.claims |= o.kinds()
        return self

    def add_cas(self, *shown):
        for s in shown:
            c = cas_norm(s)
            assert cas_valid(c), s
            self.cas.add(c)
        return self

    def add_hit(self, *subs):
        for s in subs:
            self.hits.add(s.key)
        return self

    def add_claims(self, *kinds):
        self.claims |= set(kinds)
        return self


def qpath(path, **params):
    """Canonical page key for a path with meaningful query parameters (as marketsim matches)."""
    return path + ("?" + urlencode(sorted(params.items())) if params else "")


def page(site, path, text, acc=None, listing=False, charset="utf-8", header_charset=True, status=200):
    acc = acc or Acc()
    body = text.encode(charset, "xmlcharrefreplace")
    ctype = "text/html; charset=%s" % charset if header_charset else "text/html"
    return site.add(Page(path, body, ctype=ctype, hits=acc.hits, cas=acc.cas, claims=acc.claims,
                         status=status, listing=listing))


class TokenPage(Page):
    """A page whose every response carries a fresh session token in its links (?sess=...)."""
    PLACEHOLDER = b"__SESS__"

    def __init__(self, *a, **kw):
        self._rnd = random.Random()
        super().__init__(*a, **kw)

    @property
    def body(self):
        raw = self._raw
        out = []
        parts = raw.split(self.PLACEHOLDER)
        for i, p in enumerate(parts):
            out.append(p)
            if i < len(parts) - 1:
                out.append(("%016x" % self._rnd.getrandbits(64)).encode())
        return b"".join(out)

    @body.setter
    def body(self, v):
        self._raw = v


def token_page(site, path, text, acc=None, listing=False):
    acc = acc or Acc()
    return site.add(TokenPage(path, text.encode("utf-8"), ctype="text/html; charset=utf-8", hits=acc.hits,
                              cas=acc.cas, claims=acc.claims, listing=listing))


def asset(site, path, data, ctype):
    return site.add(Page(path, data, ctype=ctype))


def ldjson(obj):
    return "<script type=\"application/ld+json\">%s</script>" % json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 72 770 Td (" + t[:60] + b") Tj ET\nendstream endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s.replace("đ", "d").replace("Đ", "D")).encode("ascii", "ignore").decode()
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-")
    return s[:70] or "item"


ALL_SUBS = [v for v in dict(globals()).values() if isinstance(v, Sub)]
for _s in ALL_SUBS:
    if _s.cas:
        assert cas_valid(_s.cas), (_s.names, _s.cas)

tramadol = S("27203-92-5", "Tramadol")
hydromorphone = S("466-99-9", "Hydromorphone")
brorphine = S("2244737-98-0", "Brorphine")
map237 = S("98608-61-8", "2-Methyl-AP-237")
for _s in (tramadol, hydromorphone, brorphine, map237):
    assert cas_valid(_s.cas)
