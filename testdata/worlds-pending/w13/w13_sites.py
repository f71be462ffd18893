"""w13: a held-out test world of six simulated marketplaces (ports 20300..20305 by convention).

rc-boutique       WooCommerce-on-WordPress research-chemical shop, French + Italian
                  (Italian pages windows-1252), shop loop, tabs, "Produits similaires", FAQ.
b2b-tradeplaza    ECPlaza/Global-Sources-style B2B portal, English + Taiwan supplier
                  minisite in traditional Chinese (Big5), hot searches, RFQ buying leads.
tg-aggregator     tgstat/telemetr-style Telegram channel aggregator, Russian + English,
                  post cards with view counters, forwarded posts (one channel windows-1251).
annonces-ca       Kijiji/Craigslist-style classifieds, English + French (Canada), wanted
                  ads, flagged and removed ads.
northstar-shop    single-vendor darknet shop: escrow/FE, PGP, shipping options, canary.
drugwatch-portal  hard negatives only: EMCDDA/WHO-style drug reports + customs press
                  releases in English and Spanish (Spanish pages iso-8859-1).

Ground truth follows marketsim/dev_sites: a page's hits are the watchlisted substances
offered for sale ON that page (cards in product grids and "related" rails count, chrome
such as hot searches, tag clouds, news, buying requests and reviews does not); cas is the
set of valid CAS numbers shown in product context (offers, benign products, buying-lead
listings) normalised to dashed form; claims are the seller's own shipping promises.
Python 3 standard library only.
"""
import json
import re

from marketsim import Site, Page, Sub, S, NOVEL, BENIGN, esc, paginate, rng, tiny_png

FENT, NIT = "fentanyl", "nitazene"

# ------------------------------------------------------------------ substances (watchlist keys)
fentanyl = S("437-38-7", "Fentanyl", cls=FENT)
carfent = S("59708-52-0", "Carfentanil", cls=FENT)
acetylf = S("3258-84-2", "Acetylfentanyl", cls=FENT)
butyrf = S("1169-70-6", "Butyrylfentanyl", cls=FENT)
furanylf = S("101345-66-8", "Furanylfentanyl", cls=FENT)
cpropf = S("1169-68-2", "Cyclopropylfentanyl", cls=FENT)
fibf = S("244195-32-2", "4-FIBF", cls=FENT)
valerf = S("122882-90-0", "Valerylfentanyl", cls=FENT)
ocf = S("101343-69-5", "Ocfentanil", cls=FENT)
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
# listed by name in the watchlist but with no CAS there: the key is the class key
crotonyl = NOVEL(FENT, "Crotonylfentanyl")
protopyne = NOVEL(NIT, "Protonitazepyne")
# unlisted analogues: only a class rule (SOURCES.md section 2) catches them
nov_omaf = NOVEL(FENT, "ortho-Methylacetylfentanyl",
                 "N-(2-methylphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]acetamide")        # (D)+(E)
nov_ofbf = NOVEL(FENT, "N-(2-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]butanamide")  # (D)+(E)
nov_mfibf = NOVEL(FENT, "meta-Fluoroisobutyrylfentanyl",
                  "N-(3-fluorophenyl)-2-methyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide")  # (D)+(E)
nov_bt22 = NOVEL(FENT, "BT-22", "N-phenyl-N-[1-[2-(thiophen-2-yl)ethyl]piperidin-4-yl]butanamide")  # (A)+(E)
nov_4mf = NOVEL(FENT, "N-[1-[2-(4-methylphenyl)ethyl]piperidin-4-yl]-N-phenylpropanamide")      # (B)
nov_cbf = NOVEL(FENT, "Cyclobutylfentanyl",
                "N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]cyclobutanecarboxamide")          # (E)
nov_isopyne = NOVEL(NIT, "N-Pyrrolidino isotonitazene", "Isotonitazepyne",
                    "5-nitro-2-[(4-propan-2-yloxyphenyl)methyl]-1-[2-(pyrrolidin-1-yl)ethyl]-1H-benzimidazole")
nov_protodes = NOVEL(NIT, "N,N-diethyl-2-[2-[(4-propoxyphenyl)methyl]-1H-benzimidazol-1-yl]ethanamine")
nov_flun = NOVEL(NIT, "Flunitazene",
                 "N,N-diethyl-2-[2-[(4-fluorophenyl)methyl]-5-nitro-1H-benzimidazol-1-yl]ethanamine")
nov_metpyne = NOVEL(NIT, "Metonitazepyne", "N-pyrrolidino metonitazene")
nov_desetaz = NOVEL(NIT, "2-[2-[(4-ethoxyphenyl)methyl]-1H-benzimidazol-1-yl]-N-ethylethanamine")

caffeine = BENIGN("58-08-2", "Caffeine")
lidocaine = BENIGN("137-58-6", "Lidocaine")
lidohcl = BENIGN("73-78-9", "Lidocaine HCl")
benzocaine = BENIGN("94-09-7", "Benzocaine")
procaine = BENIGN("51-05-8", "Procaine HCl")
phenacetin = BENIGN("62-44-2", "Phenacetin")
mannitol = BENIGN("69-65-8", "Mannitol")
inositol = BENIGN("87-89-8", "Inositol")
glycine = BENIGN("56-40-6", "Glycine")
tetracaine = BENIGN("136-47-0", "Tetracaine HCl")
levamisole = BENIGN("16595-80-5", "Levamisole HCl")
hydroxypip = BENIGN("5382-16-1", "4-Hydroxypiperidine")
bocpiperazine = BENIGN("57260-71-6", "N-Boc-piperazine")
bochydroxypip = BENIGN("109384-19-2", "1-Boc-4-hydroxypiperidine")
isonip = BENIGN("1126-09-6", "Ethyl isonipecotate")
bromoketone = BENIGN("1451-82-7", "2-Bromo-4'-methylpropiophenone")
nicotinamide = BENIGN("98-92-0", "Nicotinamide")
msm = BENIGN("67-71-0", "Dimethyl sulfone")
NONE = Sub("", "", [])   # a product that is no chemical at all (test strips, scales)


# ------------------------------------------------------------------ helpers

def cas_valid(c):
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", c or "")
    if not m:
        return False
    d = m.group(1) + m.group(2)
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(m.group(3))


def cas_norm(text):
    """'14680 51 4' / '14680514' / '14680-51-4' -> '14680-51-4' if the check digit holds."""
    if not text:
        return None
    m = re.fullmatch(r"\s*(\d{2,7})[- ]?(\d{2})[- ]?(\d)\s*", text)
    if not m:
        return None
    c = "%s-%s-%s" % m.groups()
    return c if cas_valid(c) else None


class Off:
    """One offer (or non-offer) as shown somewhere. cas: 'same' = the substance's CAS
    dashed, None = not shown, else the string exactly as displayed."""
    def __init__(self, sub, name, cas="same", claims=(), price="", desc="", sale=True, **kw):
        self.sub, self.name = sub, name
        self.cas = sub.cas if cas == "same" else cas
        self.claims = list(claims)
        self.price, self.desc, self.sale = price, desc, sale
        self.__dict__.update(kw)

    def key(self):
        return self.sub.key if (self.sale and self.sub.key) else ""

    def cas_truth(self):
        return cas_norm(self.cas)

    def ctext(self, sep=" "):
        return sep.join(t for _, t in self.claims)

    def kinds(self):
        return {k for k, _ in self.claims}


class Acc:
    """Accumulates the truth of one page."""
    def __init__(self):
        self.hits, self.cas, self.claims = set(), set(), set()

    def off(self, o, hit=True, cas=True, claims=True):
        if hit and o.key():
            self.hits.add(o.key())
        if cas and o.cas_truth():
            self.cas.add(o.cas_truth())
        if claims:
            self.claims |= o.kinds()
        return self

    def claim(self, *kinds):
        self.claims |= set(kinds)
        return self

    def addcas(self, *c):
        for x in c:
            n = cas_norm(x)
            assert n, x
            self.cas.add(n)
        return self

    def kw(self):
        return dict(hits=self.hits, cas=self.cas, claims=self.claims)


def mk(path, text, charset="utf-8", header=True, acc=None, listing=False, status=200):
    """A page encoded in charset (characters outside it become &#NNN; references, as
    browsers and old CMSs do); header=False leaves the charset to the <meta> tag."""
    body = text.encode(charset, errors="xmlcharrefreplace")
    ctype = ("text/html; charset=%s" % charset) if header else "text/html"
    kw = acc.kw() if acc else {}
    return Page(path, body, ctype=ctype, listing=listing, status=status, **kw)


def ld(obj):
    return "<script type=\"application/ld+json\">%s</script>" % json.dumps(obj, ensure_ascii=False)


def slugify(s):
    s = s.lower()
    for a, b in (("é", "e"), ("è", "e"), ("à", "a"), ("ç", "c"), ("ô", "o"), ("ï", "i")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# ================================================================== 0. rc-boutique (WooCommerce FR/IT)

def rc_boutique():
    s = Site("rc-boutique", "woocommerce-shop")
    s.robots = ("User-agent: *\nDisallow: /wp-admin/\nDisallow: /panier/\nDisallow: /commande/\n"
                "Disallow: /mon-compte/\nAllow: /wp-admin/admin-ajax.php\n\n"
                "Sitemap: /wp-sitemap.xml\n")
    s.disallow = ["/wp-admin/", "/panier/", "/commande/", "/mon-compte/"]
    s.junk_params = s.junk_params + ["orderby", "add-to-cart", "add_to_wishlist", "_wpnonce", "utm_campaign"]
    s.trap_prefix = "/agenda/"
    # ---- French catalogue
    fr = [
        Off(isotonit, "Isotonitazène (ISO) poudre cristalline 99,5 %", "14188-81-9", cat="nitazenes",
            claims=[("stealth", "Expédition furtive : sachet scellé sous vide, emballage neutre sans aucune mention du contenu."),
                    ("reship", "Réexpédition gratuite en cas de saisie par la douane (une fois par commande).")],
            price="89,00", slug="isotonitazene-poudre",
            reviews=[("Julien", 5, "Conforme à la description, pureté confirmée par notre labo."),
                     ("M. R.", 4, "Bon produit, un peu cher.")]),
        Off(metonit, "Métonitazène – 500 mg", None, cat="nitazenes", cas_in_desc="14680 51 4",
            claims=[("customs", "Dédouanement garanti vers la France, la Belgique et la Suisse : aucun colis bloqué à ce jour.")],
            price="64,00", slug="metonitazene-500mg"),
        Off(protonit, "Protonitazène HCl (sel)", None, cat="nitazenes", price="72,00", slug="protonitazene-hcl",
            reviews=[("Karim", 5, "Emballage super discret, stealth parfait, rien à redire !"),
                     ("Anonyme", 5, "Reçu en 4 jours, colis passé sans souci.")]),
        Off(nov_isopyne, "N-pyrrolidino isotonitazène (isotonitazepyne)", None, cat="nitazenes",
            iupac="5-nitro-2-[(4-propan-2-yloxyphenyl)methyl]-1-[2-(pyrrolidin-1-yl)ethyl]-1H-benzimidazole",
            claims=[("mislabel", "Le colis est déclaré comme « pigments pour céramique » sur le formulaire CN23.")],
            price="95,00", slug="n-pyrrolidino-isotonitazene"),
        Off(nov_omaf, "oMAF – ortho-méthylacétylfentanyl", None, cat="opioides-de-synthese",
            iupac="N-(2-methylphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]acetamide",
            claims=[("forwarding", "Envoi depuis notre entrepôt en Belgique : livraison nationale, pas de passage en douane au sein de l'UE.")],
            price="120,00", slug="omaf-ortho-methylacetylfentanyl"),
        Off(cpropf, "Cyclopropyl-fentanyl 1 g", "1169-68-2", cat="opioides-de-synthese",
            claims=[("stealth", "Colis discret, double emballage opaque, expéditeur fictif.")],
            price="110,00", slug="cyclopropyl-fentanyl"),
        Off(crotonyl, "Crotonyl fentanyl (échantillon 250 mg)", None, cat="opioides-de-synthese",
            price="79,00", slug="crotonyl-fentanyl"),
        Off(npp, "NPP (N-phénéthyl-4-pipéridone) 99 %", "39742604", cat="precurseurs", price="35,00", slug="npp-n-phenethyl-4-piperidone"),
        Off(bocpip, "1-Boc-4-pipéridone (N-Boc-4-pipéridinone)", "79099-07-3", cat="precurseurs", price="29,00", slug="1-boc-4-piperidone"),
        Off(pip4, "4-Pipéridone chlorhydrate monohydraté", "41661-47-6", cat="precurseurs", price="24,00", slug="4-piperidone-chlorhydrate"),
        Off(bromazolam, "Bromazolam – pellets 1 mg (x20)", "71368-80-4", cat="benzodiazepines", price="30,00", slug="bromazolam-pellets"),
        Off(caffeine, "Caféine anhydre USP", "58-08-2", cat="excipients", price="9,90", slug="cafeine-anhydre"),
        Off(lidocaine, "Lidocaïne base 99 %", "137-58-6", cat="excipients", price="19,00", slug="lidocaine-base"),
        Off(procaine, "Procaïne HCl", "51-05-8", cat="excipients", price="17,50", slug="procaine-hcl"),
        Off(bochydroxypip, "1-Boc-4-hydroxypipéridine", "109384-19-2", cat="excipients", price="21,00", slug="1-boc-4-hydroxypiperidine"),
        Off(mannitol, "D-Mannitol (diluant)", "69-65-8", cat="excipients", price="7,50", slug="d-mannitol"),
        Off(inositol, "Inositol pur", "87-89-8", cat="excipients", price="8,50", slug="inositol"),
        Off(NONE, "Bandelettes de test fentanyl (x10)", None, cat="reduction-des-risques", price="12,00",
            slug="bandelettes-test-fentanyl",
            desc="Bandelettes immunochromatographiques pour détecter la présence de fentanyl et de nombreux analogues. "
                 "Outil de réduction des risques ; ne contient aucune substance active."),
    ]
    it = [
        Off(furanylf, "Furanilfentanil (Fu-F) 98%", "101345-66-8", cat="oppioidi",
            claims=[("customs", "Sdoganamento garantito al 100% in tutta l'UE."),
                    ("reship", "Rispedizione gratuita in caso di sequestro doganale.")],
            price="105,00", slug="furanilfentanil"),
        Off(anpp, "4-ANPP (despropionil fentanil)", "21409-26-7", cat="precursori",
            claims=[("mislabel", "Il pacco viene dichiarato come «integratore alimentare» sulla bolla doganale.")],
            price="45,00", slug="4-anpp"),
        Off(butonit, "Butonitazene 250 mg", "95810-54-1", cat="nitazeni",
            claims=[("stealth", "Imballaggio anonimo e sottovuoto, nessun riferimento al contenuto.")],
            price="70,00", slug="butonitazene"),
        Off(etazene, "Etazene (etodesnitazene)", "14030-76-3", cat="nitazeni",
            claims=[("forwarding", "Spediamo dal nostro magazzino in Germania: spedizione nazionale, niente dogana.")],
            price="66,00", slug="etazene"),
        Off(nov_ofbf, "N-(2-fluorofenil)-N-[1-(2-feniletil)piperidin-4-il]butanammide", None, cat="oppioidi",
            iupac="N-(2-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]butanamide",
            price="115,00", slug="2-fluorofenil-butanammide"),
        Off(butyrf, "Butirrilfentanil", "1169706", cat="oppioidi", price="99,00", slug="butirrilfentanil"),
        Off(caffeine, "Caffeina anidra", "58-08-2", cat="eccipienti", price="9,90", slug="caffeina-anidra"),
        Off(phenacetin, "Fenacetina 99%", "62-44-2", cat="eccipienti", price="14,00", slug="fenacetina"),
        Off(mannitol, "Mannitolo", "69-65-8", cat="eccipienti", price="7,50", slug="mannitolo"),
        Off(benzocaine, "Benzocaina", "94-09-7", cat="eccipienti", price="12,00", slug="benzocaina"),
    ]
    for i, o in enumerate(fr + it):
        o.pid = 4100 + i * 7
        o.img = "/wp-content/uploads/2026/02/p%d-300x300.png" % o.pid
        s.add(Page(o.img, tiny_png(o.pid), ctype="image/png"))
    for o in fr:
        o.url = "/produit/%s/" % o.slug
    for o in it:
        o.url = "/it/prodotto/%s/" % o.slug
    CATS_FR = [("nitazenes", "Nitazènes"), ("opioides-de-synthese", "Opioïdes de synthèse"),
               ("precurseurs", "Précurseurs"), ("benzodiazepines", "Benzodiazépines"),
               ("excipients", "Excipients & diluants"), ("reduction-des-risques", "Réduction des risques")]
    CATS_IT = [("oppioidi", "Oppioidi"), ("nitazeni", "Nitazeni"), ("precursori", "Precursori"), ("eccipienti", "Eccipienti")]

    def head(title, lang="fr", charset="utf-8", body_class="", it_mode=False):
        menu = ("<li class='menu-item'><a href='/it/negozio/'>Negozio</a></li><li class='menu-item'><a href='/it/spedizioni/'>Spedizioni</a></li>"
                "<li class='menu-item'><a href='/'>Français</a></li>") if it_mode else (
                "<li class='menu-item menu-item-type-post_type'><a href='/boutique/'>Boutique</a></li>"
                "<li class='menu-item'><a href='/categorie-produit/nitazenes/'>Nitazènes</a></li>"
                "<li class='menu-item'><a href='/categorie-produit/precurseurs/'>Précurseurs</a></li>"
                "<li class='menu-item'><a href='/blog/'>Actualités</a></li>"
                "<li class='menu-item'><a href='/faq-livraison-douane/'>FAQ livraison &amp; douane</a></li>"
                "<li class='menu-item'><a href='/it/'>Italiano</a></li>")
        return ("<!DOCTYPE html>\n<html lang='%s-%s'><head><meta charset='%s'>"
                "<meta name='viewport' content='width=device-width, initial-scale=1'>"
                "<title>%s &#8211; LaboChimie Recherche</title>"
                "<link rel='stylesheet' id='woocommerce-general-css' href='/wp-content/plugins/woocommerce/assets/css/woocommerce.css?ver=8.6.1' media='all'>"
                "<link rel='https://api.w.org/' href='/wp-json/'>"
                "<meta name='generator' content='WordPress 6.4.3'><meta name='generator' content='WooCommerce 8.6.1'>"
                "</head><body class='%s woocommerce-page theme-storefront woocommerce-js'>"
                "<div id='page' class='hfeed site'><header id='masthead' class='site-header' role='banner'>"
                "<div class='col-full'><a class='skip-link screen-reader-text' href='#content'>Aller au contenu</a>"
                "<div class='site-branding'><a href='/' class='custom-logo-link' rel='home'>LaboChimie Recherche</a>"
                "<p class='site-description'>Produits chimiques de recherche &#8211; usage laboratoire uniquement</p></div>"
                "<div class='site-search'><div class='widget woocommerce widget_product_search'>"
                "<form role='search' method='get' class='woocommerce-product-search' action='/'>"
                "<label class='screen-reader-text' for='woocommerce-product-search-field-0'>Recherche pour :</label>"
                "<input type='search' id='woocommerce-product-search-field-0' class='search-field' placeholder='Recherche de produits&hellip;' name='s'>"
                "<button type='submit' value='Recherche'>Recherche</button><input type='hidden' name='post_type' value='product'></form></div></div>"
                "</div><div class='storefront-primary-navigation'><nav id='site-navigation' class='main-navigation' aria-label='Menu principal'>"
                "<ul id='menu-principal' class='menu'>%s</ul></nav>"
                "<ul id='site-header-cart' class='site-header-cart menu'><li><a class='cart-contents' href='/panier/' title='Voir votre panier'>"
                "<span class='woocommerce-Price-amount amount'>0,00&nbsp;<span class='woocommerce-Price-currencySymbol'>&euro;</span></span> <span class='count'>0 article</span></a></li>"
                "<li><a href='/mon-compte/'>Mon compte</a></li></ul></div></header>"
                "<div id='content' class='site-content' tabindex='-1'><div class='col-full'><div class='woocommerce'></div>"
                ) % (lang, "IT" if lang == "it" else "FR", charset, esc(title), body_class, menu)

    def foot(it_mode=False):
        tags = ("isotonitazène", "NPP", "fentanyl", "recherche", "pureté", "nitazènes", "excipients", "analyses")
        cloud = " ".join("<a href='/etiquette-produit/%s/' class='tag-cloud-link' style='font-size: %dpt;'>%s</a>"
                         % (slugify(t), 8 + (i * 5) % 11, esc(t)) for i, t in enumerate(tags))
        return ("</div></div><div id='secondary' class='widget-area' role='complementary'>"
                "<div class='widget widget_product_tag_cloud'><span class='gamma widget-title'>Étiquettes produits</span>"
                "<div class='tagcloud'>%s</div></div></div>"
                "<footer id='colophon' class='site-footer' role='contentinfo'><div class='col-full'>"
                "<div class='footer-widgets row-1 col-3 fix'><div class='block footer-widget-1'><p>Tous nos produits sont destinés "
                "exclusivement à la recherche scientifique et ne conviennent pas à la consommation humaine.</p></div>"
                "<div class='block footer-widget-2'><a href='/mentions-legales/'>Mentions légales</a> &middot; "
                "<a href='/faq-livraison-douane/'>Livraison</a> &middot; <a href='/agenda/2026-11'>Agenda des salons</a> &middot; "
                "<a href='/it/spedizioni/'>Spedizioni (IT)</a></div></div>"
                "<div class='site-info'>&copy; LaboChimie Recherche 2026 &mdash; Construit avec Storefront &amp; WooCommerce.</div></div></footer></div>"
                "<div id='cookie-notice' role='dialog' class='cookie-notice-hidden cookie-revoke-hidden cn-position-bottom' aria-label='Cookie Notice'>"
                "<div class='cookie-notice-container'><span id='cn-notice-text' class='cn-text-container'>Nous utilisons des cookies pour vous garantir "
                "la meilleure expérience sur notre site web. Si vous continuez à utiliser ce site, nous supposerons que vous en êtes satisfait.</span>"
                "<span id='cn-notice-buttons' class='cn-buttons-container'><a href='#' id='cn-accept-cookie' data-cookie-set='accept' class='cn-set-cookie cn-button'>Ok</a></span></div></div>"
                "<script src='/wp-content/plugins/woocommerce/assets/js/frontend/woocommerce.min.js?ver=8.6.1' id='woocommerce-js'></script>"
                "</body></html>") % cloud

    def card(o, extra_cls="", it_mode=False):
        btn = "Aggiungi al carrello" if it_mode else "Ajouter au panier"
        base = "/it/negozio/" if it_mode else "/boutique/"
        return ("<li class='product type-product post-%d status-publish %s instock product_cat-%s has-post-thumbnail "
                "taxable shipping-taxable purchasable product-type-simple'>"
                "<a href='%s' class='woocommerce-LoopProduct-link woocommerce-loop-product__link'>"
                "<img width='300' height='300' src='%s' class='attachment-woocommerce_thumbnail size-woocommerce_thumbnail' alt='' decoding='async'>"
                "<h2 class='woocommerce-loop-product__title'>%s</h2>"
                "<span class='price'><span class='woocommerce-Price-amount amount'><bdi>%s&nbsp;<span class='woocommerce-Price-currencySymbol'>&euro;</span></bdi></span></span></a>"
                "<a href='%s?add-to-cart=%d' data-quantity='1' class='button product_type_simple add_to_cart_button ajax_add_to_cart' "
                "data-product_id='%d' aria-label='Ajouter au panier : &ldquo;%s&rdquo;' rel='nofollow'>%s</a></li>"
                % (o.pid, extra_cls, o.cat, o.url, o.img, esc(o.name), o.price, base, o.pid, o.pid, esc(o.name), btn))

    def loop_page(path, title, items, pageno, npages, base, it_mode=False, charset="utf-8", header=True, breadcrumb=""):
        acc = Acc()
        for o in items:
            acc.off(o, cas=False, claims=False)
        first = (pageno - 1) * 12 + 1
        total = npages_total = None
        count = ("<p class='woocommerce-result-count'>%s %d&ndash;%d %s %d %s</p>"
                 % ("Visualizzazione di" if it_mode else "Affichage de", first, first + len(items) - 1,
                    "di" if it_mode else "sur", len(items) if npages == 1 else 12 * (npages - 1) + 6,
                    "risultati" if it_mode else "résultats"))
        ordering = ("<form class='woocommerce-ordering' method='get'><select name='orderby' class='orderby' aria-label='Commande'>"
                    "<option value='menu_order' selected='selected'>Tri par défaut</option><option value='popularity'>Tri par popularité</option>"
                    "<option value='price'>Tri par tarif croissant</option></select><input type='hidden' name='paged' value='1'></form>"
                    "<div class='sort-links'><a href='%s?orderby=popularity'>Popularité</a> | <a href='%s?orderby=price'>Prix</a> | "
                    "<a href='%s?orderby=date&amp;utm_source=nl'>Nouveautés</a></div>") % (path, path, path)
        pag = ""
        if npages > 1:
            lis = []
            for k in range(1, npages + 1):
                href = base if k == 1 else "%spage/%d/" % (base, k)
                lis.append("<li><span aria-current='page' class='page-numbers current'>%d</span></li>" % k if k == pageno
                           else "<li><a class='page-numbers' href='%s'>%d</a></li>" % (href, k))
            if pageno < npages:
                lis.append("<li><a class='next page-numbers' href='%spage/%d/'>&rarr;</a></li>" % (base, pageno + 1))
            pag = "<nav class='woocommerce-pagination'><ul class='page-numbers'>%s</ul></nav>" % "".join(lis)
        body = (head(title, "it" if it_mode else "fr", charset, "archive post-type-archive post-type-archive-product", it_mode) +
                "<div id='primary' class='content-area'><main id='main' class='site-main' role='main'>"
                "<nav class='woocommerce-breadcrumb' aria-label='Breadcrumb'><a href='/'>Accueil</a>&nbsp;&#47;&nbsp;%s</nav>"
                "<header class='woocommerce-products-header'><h1 class='woocommerce-products-header__title page-title'>%s</h1></header>"
                "<div class='storefront-sorting'>%s%s</div><ul class='products columns-4'>%s</ul>%s</main></div>"
                % (breadcrumb or esc(title), esc(title), ordering, count,
                   "".join(card(o, "first" if i % 4 == 0 else ("last" if i % 4 == 3 else ""), it_mode) for i, o in enumerate(items)), pag)
                + foot(it_mode))
        s.add(mk(path, body, charset=charset, header=header, acc=acc, listing=True))

    def product_page(o, pool, it_mode=False, charset="utf-8", header=True):
        acc = Acc().off(o)
        lab = (dict(desc="Descrizione", info="Informazioni aggiuntive", rev="Recensioni", cas="Numero CAS", pur="Purezza",
                    fmt="Confezione", rel="Prodotti correlati", add="Aggiungi al carrello", cat="Categoria", sku="COD",
                    iupac="Nome IUPAC", none="Non ci sono ancora recensioni.", home="Home")
               if it_mode else
               dict(desc="Description", info="Informations complémentaires", rev="Avis", cas="Numéro CAS", pur="Pureté",
                    fmt="Conditionnement", rel="Produits similaires", add="Ajouter au panier", cat="Catégorie", sku="UGS",
                    iupac="Nom IUPAC", none="Il n'y a pas encore d'avis.", home="Accueil"))
        desc_parts = []
        if o.desc:
            desc_parts.append(o.desc)
        else:
            desc_parts.append(("Prodotto di grado analitico per la ricerca in vitro. Non per uso umano." if it_mode else
                               "Produit de qualité analytique destiné à la recherche in vitro. Ne convient pas à la consommation humaine."))
        if getattr(o, "cas_in_desc", None):
            desc_parts.append("CAS : %s" % o.cas_in_desc)
            acc.addcas(o.cas_in_desc)
        for _, t in o.claims:
            desc_parts.append(t)
        attrs = []
        if o.cas:
            attrs.append((lab["cas"], o.cas))
        elif o.sub.key:
            attrs.append((lab["cas"], "voir description" if getattr(o, "cas_in_desc", None) else "n/d"))
        if getattr(o, "iupac", None):
            attrs.append((lab["iupac"], o.iupac))
        if o.sub.key or o.sub.cas:
            attrs.append((lab["pur"], "&ge; 99 %"))
        attrs.append((lab["fmt"], "250 mg, 500 mg, 1 g, 5 g" if o.sub.key else "100 g, 500 g, 1 kg"))
        rows = "".join("<tr class='woocommerce-product-attributes-item woocommerce-product-attributes-item--attribute_pa_%s'>"
                       "<th class='woocommerce-product-attributes-item__label'>%s</th>"
                       "<td class='woocommerce-product-attributes-item__value'><p>%s</p></td></tr>" % (slugify(k), esc(k), v)
                       for k, v in attrs)
        reviews = getattr(o, "reviews", [])
        revhtml = ("<ol class='commentlist'>%s</ol>" % "".join(
            "<li class='review byuser comment-author-%s even thread-even depth-1' id='li-comment-%d'><div class='comment_container'>"
            "<div class='comment-text'><div class='star-rating' role='img' aria-label='Noté %d sur 5'><span style='width:%d%%'>Noté <strong class='rating'>%d</strong> sur 5</span></div>"
            "<p class='meta'><strong class='woocommerce-review__author'>%s</strong> <span class='woocommerce-review__dash'>&ndash;</span> "
            "<time class='woocommerce-review__published-date' datetime='2026-0%d-1%dT10:12:00+00:00'>1%d/0%d/2026</time></p>"
            "<div class='description'><p>%s</p></div></div></div></li>"
            % (slugify(a), o.pid + j, r, r * 20, r, esc(a), j + 3, j, j, j + 3, esc(t)) for j, (a, r, t) in enumerate(reviews))
            if reviews else "<p class='woocommerce-noreviews'>%s</p>" % lab["none"])
        r = rng(o.slug)
        rel = [x for x in pool if x is not o]
        r.shuffle(rel)
        rel = rel[:4]   # "Produits similaires" rail: chrome, not an offer made on this page
        ldj = {"@context": "https://schema.org/", "@type": "Product", "@id": "%s#product" % o.url, "name": o.name,
               "url": o.url, "description": " ".join(desc_parts[:1]), "image": o.img, "sku": "LCR-%d" % o.pid,
               "offers": [{"@type": "Offer", "price": o.price.replace(",", "."), "priceValidUntil": "2027-12-31",
                           "priceSpecification": {"price": o.price.replace(",", "."), "priceCurrency": "EUR", "valueAddedTaxIncluded": "true"},
                           "priceCurrency": "EUR", "availability": "http://schema.org/InStock", "url": o.url,
                           "seller": {"@type": "Organization", "name": "LaboChimie Recherche", "url": "/"}}]}
        catname = dict(CATS_FR + CATS_IT).get(o.cat, o.cat)
        caturl = ("/it/negozio/" if it_mode else "/categorie-produit/%s/" % o.cat)
        body = (head(o.name, "it" if it_mode else "fr", charset,
                     "product-template-default single single-product postid-%d" % o.pid, it_mode) +
                ld(ldj) +
                "<div id='primary' class='content-area'><main id='main' class='site-main' role='main'>"
                "<nav class='woocommerce-breadcrumb'><a href='/'>%s</a>&nbsp;&#47;&nbsp;<a href='%s'>%s</a>&nbsp;&#47;&nbsp;%s</nav>"
                "<div class='woocommerce-notices-wrapper'></div>"
                "<div id='product-%d' class='product type-product post-%d status-publish first instock product_cat-%s has-post-thumbnail purchasable product-type-simple'>"
                "<div class='woocommerce-product-gallery woocommerce-product-gallery--with-images images' data-columns='4'>"
                "<div class='woocommerce-product-gallery__image'><a href='%s'><img src='%s' class='wp-post-image' alt=''></a></div></div>"
                "<div class='summary entry-summary'><h1 class='product_title entry-title'>%s</h1>"
                "<p class='price'><span class='woocommerce-Price-amount amount'><bdi>%s&nbsp;<span class='woocommerce-Price-currencySymbol'>&euro;</span></bdi></span></p>"
                "<div class='woocommerce-product-details__short-description'><p>%s</p></div>"
                "<p class='stock in-stock'>En stock</p>"
                "<form class='cart' action='%s' method='post' enctype='multipart/form-data'><div class='quantity'>"
                "<input type='number' class='input-text qty text' name='quantity' value='1' min='1'></div>"
                "<button type='submit' name='add-to-cart' value='%d' class='single_add_to_cart_button button alt'>%s</button></form>"
                "<div class='product_meta'><span class='sku_wrapper'>%s : <span class='sku'>LCR-%d</span></span>"
                "<span class='posted_in'>%s : <a href='%s' rel='tag'>%s</a></span></div></div>"
                "<div class='woocommerce-tabs wc-tabs-wrapper'><ul class='tabs wc-tabs' role='tablist'>"
                "<li class='description_tab' id='tab-title-description' role='tab'><a href='#tab-description'>%s</a></li>"
                "<li class='additional_information_tab' id='tab-title-additional_information' role='tab'><a href='#tab-additional_information'>%s</a></li>"
                "<li class='reviews_tab' id='tab-title-reviews' role='tab'><a href='#tab-reviews'>%s (%d)</a></li></ul>"
                "<div class='woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab' id='tab-description' role='tabpanel'>"
                "<h2>%s</h2>%s</div>"
                "<div class='woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab' id='tab-additional_information' role='tabpanel'>"
                "<h2>%s</h2><table class='woocommerce-product-attributes shop_attributes'>%s</table></div>"
                "<div class='woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab' id='tab-reviews' role='tabpanel'>"
                "<div id='reviews' class='woocommerce-Reviews'><div id='comments'><h2 class='woocommerce-Reviews-title'>%s</h2>%s</div></div></div></div>"
                "<section class='related products'><h2>%s</h2><ul class='products columns-4'>%s</ul></section>"
                "</div></main></div>"
                % (lab["home"], caturl, esc(catname), esc(o.name), o.pid, o.pid, o.cat, o.img, o.img, esc(o.name), o.price,
                   esc(desc_parts[0]), o.url, o.pid, lab["add"], lab["sku"], o.pid, lab["cat"], caturl, esc(catname),
                   lab["desc"], lab["info"], lab["rev"], len(reviews), lab["desc"],
                   "".join("<p>%s</p>" % esc(p) for p in desc_parts), lab["info"], rows, lab["rev"], revhtml, lab["rel"],
                   "".join(card(x, "", it_mode) for x in rel))
                + foot(it_mode))
        s.add(mk(o.url, body, charset=charset, header=header, acc=acc, listing=True))

    # ---- French shop loop (3 pages), categories, products
    pages = paginate(fr, 8)
    for k, chunk in enumerate(pages, 1):
        path = "/boutique/" if k == 1 else "/boutique/page/%d/" % k
        loop_page(path, "Boutique" if k == 1 else "Boutique &#8211; Page %d" % k, chunk, k, len(pages), "/boutique/")
    for slug, name in CATS_FR:
        items = [o for o in fr if o.cat == slug]
        loop_page("/categorie-produit/%s/" % slug, name, items, 1, 1, "/categorie-produit/%s/" % slug,
                  breadcrumb="<a href='/boutique/'>Boutique</a>&nbsp;&#47;&nbsp;%s" % esc(name))
    for o in fr:
        pool = [x for x in fr if x.cat == o.cat] + [x for x in fr if x.cat == "excipients"]
        product_page(o, pool)
    # ---- Italian shop (windows-1252), one page declared only in <meta>
    loop_page("/it/negozio/", "Negozio", it[:6], 1, 2, "/it/negozio/", it_mode=True, charset="windows-1252")
    loop_page("/it/negozio/page/2/", "Negozio &#8211; Pagina 2", it[6:], 2, 2, "/it/negozio/", it_mode=True,
              charset="windows-1252", header=False)
    for o in it:
        product_page(o, it, it_mode=True, charset="windows-1252", header=(o.slug != "butonitazene"))
    s.flaky |= {"/produit/metonitazene-500mg/", "/it/prodotto/etazene/"}
    # ---- home
    acc = Acc()
    featured = [fr[0], fr[7], fr[11], fr[17]]
    for o in featured:
        acc.off(o, cas=False, claims=False)
    s.add(mk("/", head("Accueil", body_class="home page-template-template-homepage") +
             "<div id='primary' class='content-area'><main id='main' class='site-main'>"
             "<section class='storefront-product-section storefront-recent-products'><h2 class='section-title'>Nouveautés</h2>"
             "<div class='woocommerce columns-4'><ul class='products columns-4'>%s</ul></div></section>"
             "<section class='storefront-product-section storefront-product-categories'><h2 class='section-title'>Catégories</h2><ul>%s</ul></section>"
             "<p><a class='button' href='/boutique/'>Voir toute la boutique</a> <a href='/shop/'>Ancienne boutique</a> "
             "<a href='/it/'>Versione italiana</a></p></main></div>"
             % ("".join(card(o) for o in featured),
                "".join("<li class='product-category product'><a href='/categorie-produit/%s/'><h2 class='woocommerce-loop-category__title'>%s</h2></a></li>"
                        % (c, esc(n)) for c, n in CATS_FR)) + foot(), acc=acc, listing=True))
    s.redirects["/shop/"] = "/boutique/"
    s.redirects["/it/"] = "/it/negozio/"
    s.redirects["/produit/isotonitazene-99/"] = "/produit/isotonitazene-poudre/"
    # ---- FAQ livraison/douane: the shop's own promises, plus a negated mislabel and forwarding
    faq = ("<h1 class='entry-title'>FAQ livraison &amp; douane</h1><div class='entry-content'>"
           "<h3>Combien de temps prend la livraison ?</h3><p>France métropolitaine : 2 à 4 jours ouvrés. Europe : 4 à 8 jours.</p>"
           "<h3>Mon colis risque-t-il d'être bloqué en douane ?</h3><p>Nous garantissons le passage en douane pour tous les pays de l'UE ; "
           "les frais éventuels sont à notre charge.</p>"
           "<h3>Et si le colis est saisi ?</h3><p>En cas de saisie, nous renvoyons la commande gratuitement une fois, sur simple présentation de la lettre de la douane.</p>"
           "<h3>Comment les colis sont-ils emballés ?</h3><p>Nos envois sont discrets : enveloppe à bulles neutre, sachet barrière odeur thermoscellé, aucune mention de la boutique.</p>"
           "<h3>Déclarez-vous le contenu sous un autre nom ?</h3><p>Non. Nous ne déclarons jamais un faux contenu : la déclaration indique « échantillon de laboratoire ».</p>"
           "<h3>Passez-vous par un entrepôt relais ?</h3><p>Certains vendeurs annoncent un transit par un entrepôt européen ; ce n'est pas notre cas, tout part de notre laboratoire.</p>"
           "<h3>Moyens de paiement</h3><p>Virement SEPA, Bitcoin, Monero.</p></div>")
    s.add(mk("/faq-livraison-douane/", head("FAQ livraison & douane", charset="windows-1252", body_class="page") +
             "<div id='primary' class='content-area'><main id='main' class='site-main'><article class='page type-page'>%s</article></main></div>" % faq
             + foot(), charset="windows-1252", header=False, acc=Acc().claim("customs", "reship", "stealth")))
    s.add(mk("/it/spedizioni/", head("Spedizioni", "it", "windows-1252", "page", True) +
             "<div id='primary' class='content-area'><main id='main' class='site-main'><article class='page'>"
             "<h1 class='entry-title'>Spedizioni e resi</h1><div class='entry-content'>"
             "<p>Spediamo in tutta Italia con corriere espresso in 48-72 ore.</p>"
             "<p>Tutti i pacchi partono in confezione discreta, busta neutra senza loghi né indicazioni sul contenuto.</p>"
             "<p><strong>Attenzione:</strong> non effettuiamo rispedizioni in caso di sequestro, smarrimento o indirizzo errato. "
             "Nessun rimborso per pacchi trattenuti.</p></div></article></main></div>" + foot(True),
             charset="windows-1252", acc=Acc().claim("stealth")))
    s.add(mk("/mentions-legales/", head("Mentions légales", body_class="page") +
             "<article class='page'><h1>Mentions légales</h1><p>LaboChimie Recherche SASU, capital 1 000 &euro;. Hébergeur : OVH.</p>"
             "<p>Les produits listés (y compris les nitazènes et les analogues du fentanyl) sont vendus pour la recherche uniquement.</p></article>" + foot()))
    # ---- blog: hard negatives, and a link to the old product URL (301)
    posts = [
        ("/2026/03/nitazenes-classement-europeen/", "Nitazènes : ce que change le classement européen",
         "<p>Le 12 mars, la Commission a proposé le contrôle de plusieurs opioïdes benzimidazolés. Pour rappel :</p>"
         "<table class='wp-block-table'><thead><tr><th>Substance</th><th>CAS</th></tr></thead><tbody>"
         "<tr><td>Isotonitazène</td><td>14188-81-9</td></tr><tr><td>Métonitazène</td><td>14680-51-4</td></tr>"
         "<tr><td>Protonitazène</td><td>95958-84-2</td></tr><tr><td>Étonitazépyne</td><td>2785346-75-8</td></tr></tbody></table>"
         "<p>Nos clients seront informés par e-mail. Voir aussi notre fiche <a href='/produit/isotonitazene-99/'>isotonitazène</a>.</p>"),
        ("/2026/05/bandelettes-test-fentanyl/", "Bandelettes de test : vérifier l'absence de fentanyl",
         "<p>Les bandelettes détectent le fentanyl et la plupart de ses analogues (acétylfentanyl, carfentanil) à partir de 20 ng/mL. "
         "Un résultat négatif ne garantit pas qu'un échantillon soit « fent-free ». Les nitazènes ne sont pas détectés.</p>"
         "<p>Les précurseurs comme la NPP (CAS 39742-60-4) ou la 4-ANPP sont strictement contrôlés depuis 2017.</p>"),
    ]
    lis = []
    for path, title, content in posts:
        lis.append("<article class='post type-post status-publish format-standard hentry'><h2 class='alpha entry-title'>"
                   "<a href='%s' rel='bookmark'>%s</a></h2></article>" % (path, esc(title)))
        s.add(mk(path, head(title, body_class="post-template-default single single-post") +
                 "<article class='post type-post'><header class='entry-header'><h1 class='entry-title'>%s</h1>"
                 "<span class='posted-on'>Publié le <time class='entry-date published'>2026</time></span></header>"
                 "<div class='entry-content'>%s</div></article>" % (esc(title), content) + foot()))
    s.add(mk("/blog/", head("Actualités", body_class="blog") + "<main id='main' class='site-main'>%s</main>" % "".join(lis) + foot()))
    # ---- robots-forbidden pages (a hit here would be a politeness violation)
    s.add(mk("/mon-compte/", head("Mon compte") + "<form class='woocommerce-form woocommerce-form-login login'><input name='username'></form>" + foot()))
    s.add(mk("/panier/", head("Panier") + "<p class='cart-empty woocommerce-info'>Votre panier est actuellement vide.</p>" + foot()))
    s.add(mk("/wp-admin/edit.php", head("Brouillons") + "<ul class='products'><li class='product'><h2>Carfentanil 1 % (brouillon)</h2>"
             "<p>CAS 59708-52-0</p></li></ul>" + foot(), acc=Acc().off(Off(carfent, "Carfentanil")), listing=True))
    s.add(Page("/wp-sitemap.xml", "<?xml version='1.0'?><urlset><url><loc>/boutique/</loc></url></urlset>", ctype="application/xml"))
    return s


# ================================================================== 1. b2b-tradeplaza (ECPlaza / Global Sources style)

def b2b_tradeplaza():
    s = Site("b2b-tradeplaza", "b2b-portal")
    s.robots = ("User-agent: *\nDisallow: /inquiry/\nDisallow: /search\nDisallow: /member/\nDisallow: /tw/inquiry/\n"
                "Crawl-delay: 1\n\nUser-agent: AhrefsBot\nDisallow: /\n")
    s.disallow = ["/inquiry/", "/search", "/member/", "/tw/inquiry/"]
    s.rate_limit = 25
    s.trap_prefix = "/calendar/"
    s.junk_params = s.junk_params + ["spm", "src", "utm_campaign"]
    SUP = {
        "xinyuda": ("Wuhan Xinyuda Pharmaceutical Tech Co., Ltd.", "China (Mainland)", "Hubei", "Trading Company", 6,
                    ["WhatsApp/Telegram: +86 177 6213 0904", "Skype: live:xinyuda.sales", "Email: sales@xinyuda-pharm.example"]),
        "guanlang": ("Hebei Guanlang Biotechnology Co., Ltd.", "China (Mainland)", "Hebei", "Manufacturer, Trading Company", 9,
                     ["Wickr: guanlang_bio", "Email: amy@guanlangbio.example", "Tel: +86 311 8765 2201"]),
        "sailife": ("Sai Lifechem Exports Pvt. Ltd.", "India", "Gujarat", "Manufacturer", 14,
                    ["Email: export@sailifechem.example", "Tel: +91 79 4000 1122"]),
    }
    P = []

    def add(sup, o, cat="pharmaceutical-intermediates"):
        o.sup, o.catslug = sup, cat
        o.pid = 20000 + 37 * len(P)
        o.url = "/products/%s_%d.html" % (slugify(o.name)[:60], o.pid)
        P.append(o)
        return o
    add("xinyuda", Off(npp, "N-Phenethyl-4-piperidone CAS 39742-60-4 / N-苯乙基-4-哌啶酮 factory price", "39742-60-4",
                       other="NPP; 1-Phenethyl-4-piperidone; N-苯乙基-4-哌啶酮", mf="C13H17NO",
                       claims=[("customs", "Double clearance DDP door to door to Mexico, USA and Canada, 100% pass customs."),
                               ("reship", "If the parcel is held by customs we resend it free of charge.")], price="US $35-120 / kg"))
    add("xinyuda", Off(anpp, "4-Anilino-N-phenethylpiperidine (4-ANPP) 99% white powder", "21409 26 7", other="4-ANPP; despropionyl fentanyl",
                       mf="C19H24N2", claims=[("stealth", "Special line, safe and discreet packing, goods hidden in other items.")],
                       price="US $180-260 / kg"))
    add("xinyuda", Off(fentanyl, "Fentanyl Citrate API USP grade 99%", "990-73-8", other="Fentanyl citrate; 枸橼酸芬太尼", mf="C28H36N2O8",
                       claims=[("forwarding", "Ship from our overseas warehouse in the Netherlands, EU domestic delivery 3-5 days.")],
                       price="US $1-10 / g"))
    add("xinyuda", Off(norfent, "N-phenyl-N-(piperidin-4-yl)propanamide 98% intermediate", None, other="-", mf="C14H20N2O",
                       claims=[("mislabel", "Label can be changed as customer request, e.g. 'amide intermediate', to pass inspection.")],
                       price="US $90-150 / kg"))
    add("xinyuda", Off(protonit, "Protonitazene bulk 99% / 丙托尼秦", "95958-84-2", other="Protonitazene; 丙托尼秦", mf="C23H30N4O3",
                       price="US $15-40 / g"))
    add("xinyuda", Off(xylazine, "Xylazine HCl / 盐酸赛拉嗪 veterinary API", "23076-35-9", other="Xylazine hydrochloride; 盐酸赛拉嗪",
                       mf="C12H17ClN2S", price="US $60-90 / kg"))
    add("xinyuda", Off(bromoketone, "2-Bromo-4'-methylpropiophenone 99% yellow crystal", "1451-82-7", mf="C10H11BrO", price="US $20-40 / kg"))
    add("xinyuda", Off(tetracaine, "Tetracaine HCl / 盐酸丁卡因 pharma grade", "136-47-0", mf="C15H25ClN2O2", price="US $30-55 / kg"))
    add("guanlang", Off(boc4ap, "tert-Butyl 4-(phenylamino)piperidine-1-carboxylate 99%", "125541-22-2", mf="C16H24N2O2",
                        claims=[("mislabel", "We can declare as 'plastic additive' on the invoice to avoid inspection.")],
                        price="US $100-200 / kg"))
    add("guanlang", Off(ap4, "N-phenylpiperidin-4-amine (4-anilinopiperidine)", "23056293", other="4-AP", mf="C11H16N2",
                        claims=[("customs", "Tax included, customs clearance guaranteed (DDP).")], price="US $80-130 / kg"))
    add("guanlang", Off(bocpip, "1-Boc-4-piperidone high purity in stock", "79099-07-3", other="N-Boc-4-piperidone; tert-butyl 4-oxopiperidine-1-carboxylate",
                        mf="C10H17NO3", claims=[("forwarding", "Transit via our Hong Kong forwarder, then local courier to your door.")],
                        price="US $25-60 / kg"))
    add("guanlang", Off(metonit, "Metonitazene 99% / 美托尼秦 research sample", "14680-51-4", other="美托尼秦", mf="C21H26N4O3",
                        price="US $12-30 / g"))
    add("guanlang", Off(nov_bt22, "BT-22 custom synthesis (10 g - 1 kg)", None,
                        other="N-phenyl-N-[1-[2-(thiophen-2-yl)ethyl]piperidin-4-yl]butanamide", mf="C21H28N2OS",
                        price="US $3000-5000 / kg"))
    add("guanlang", Off(nov_mfibf, "meta-Fluoroisobutyrylfentanyl (mFIBF) research sample", None, mf="C23H29FN2O",
                        claims=[("stealth", "Discreet packaging: vacuum sealed bag inside a foil bag, no chemical name outside.")],
                        price="US $50-80 / g"))
    add("guanlang", Off(bocpiperazine, "N-Boc-piperazine 99%", "57260-71-6", mf="C9H18N2O2", price="US $15-30 / kg"))
    add("guanlang", Off(hydroxypip, "4-Hydroxypiperidine", "5382-16-1", mf="C5H11NO", price="US $18-35 / kg"))
    add("guanlang", Off(isonip, "Ethyl isonipecotate (ethyl piperidine-4-carboxylate)", "1126-09-6", mf="C8H15NO2", price="US $20-45 / kg"))
    add("sailife", Off(caffeine, "Caffeine Anhydrous BP/USP", "58-08-2", mf="C8H10N4O2", price="US $8-12 / kg"), "food-additives")
    add("sailife", Off(levamisole, "Levamisole HCl 99% veterinary grade", "16595-80-5", mf="C11H13ClN2S", price="US $20-28 / kg"))
    add("sailife", Off(phenacetin, "Phenacetin powder 99%", "62-44-2", mf="C10H13NO2", price="US $10-16 / kg"))
    add("sailife", Off(glycine, "Glycine food grade", "56-40-6", mf="C2H5NO2", price="US $2-3 / kg"), "food-additives")
    add("sailife", Off(NONE, "Fentanyl (FYL) urine rapid test strip, CE marked", None, price="US $0.10-0.25 / piece"), "medical-devices")
    add("sailife", Off(nicotinamide, "Nicotinamide (Vitamin B3)", "98-92-0", mf="C6H6N2O", price="US $6-9 / kg"), "food-additives")
    CATS = [("pharmaceutical-intermediates", "Pharmaceutical Intermediates"), ("food-additives", "Food Additives"),
            ("medical-devices", "Medical Devices & Test Kits")]
    HOT = ["fentanyl test strip", "NPP price", "caffeine powder", "4-ANPP", "isotonitazene", "lidocaine", "BMK", "1-boc-4-piperidone"]

    def head(title, crumbs=""):
        return ("<!DOCTYPE html><html lang='en'><head><meta charset='UTF-8'><title>%s - TradePlaza.com</title>"
                "<meta name='description' content='Global B2B marketplace: verified suppliers, manufacturers and exporters.'>"
                "<link rel='stylesheet' href='/static/css/common.css'></head><body class='ec-body'>"
                "<div id='topbar'><div class='wrap'><span class='welcome'>Welcome to TradePlaza!</span> "
                "<a href='/member/signin' rel='nofollow'>Sign In</a> | <a href='/member/join' rel='nofollow'>Join Free</a> | "
                "<a href='/inquiry/basket' class='basket' rel='nofollow'>Inquiry Basket (<em>0</em>)</a> | "
                "<a href='/rfq/'>Buying Requests</a> | <a href='/tw/'>台灣供應商</a></div></div>"
                "<div id='header'><div class='wrap'><a href='/' class='logo'>TradePlaza</a>"
                "<form class='search-form' action='/search' method='get'><select name='type'><option value='product'>Products</option>"
                "<option value='company'>Suppliers</option><option value='buy'>Buying Leads</option></select>"
                "<input type='text' name='keyword' class='keyword' placeholder='Enter keyword or CAS No.'><button type='submit'>Search</button></form>"
                "<a class='btn-rfq' href='/rfq/post'>Post RFQ</a></div>"
                "<div class='hot-search wrap'><span class='hot-title'>Hot Searches:</span> %s</div></div>"
                "<div id='container' class='wrap'>%s"
                ) % (esc(title), " ".join("<a href='/search?keyword=%s' rel='nofollow'>%s</a>" % (esc(h.replace(" ", "+")), esc(h)) for h in HOT),
                     ("<div class='breadcrumb'>%s</div>" % crumbs) if crumbs else "")
    FOOT = ("</div><div id='footer'><div class='wrap'><dl><dt>Buyer Services</dt><dd><a href='/rfq/'>Buying Requests</a></dd>"
            "<dd><a href='/calendar/2026-11'>Trade Show Calendar</a></dd></dl><dl><dt>Supplier Services</dt>"
            "<dd><a href='/member/join'>Free Membership</a></dd><dd><a href='/suppliers/'>Supplier Directory</a></dd></dl>"
            "<p class='disclaimer'>TradePlaza is not involved in the transactions between buyers and suppliers. Listing of "
            "controlled chemicals is prohibited by our <a href='/policy/listing'>Product Listing Policy</a>.</p>"
            "<p class='copy'>Copyright &copy; 1996-2026 TradePlaza Inc. All rights reserved.</p></div></div>"
            "<div class='cookie-consent' id='cookieConsent'>We use cookies to improve your experience. <button>Accept</button></div></body></html>")

    def pcard(o, cas=True):
        sup = SUP[o.sup]
        return ("<li class='product-item' data-pid='%d'><div class='img'><a href='%s'><img src='/img/p/%d.png' alt='%s'></a></div>"
                "<div class='info'><h3 class='title'><a href='%s' title='%s'>%s</a></h3>%s"
                "<div class='price'><strong>%s</strong></div><div class='moq'>Min. Order: 1 Kilogram</div>"
                "<div class='company'><a href='/company/%s/'>%s</a> <span class='country'>%s</span> "
                "<span class='gold'>Gold Member %dY</span></div>"
                "<div class='actions'><a class='btn-contact' href='/inquiry/send?pid=%d' rel='nofollow'>Contact Now</a> "
                "<a class='btn-basket' href='/inquiry/basket?add=%d' rel='nofollow'>Add to Basket</a></div></div></li>"
                % (o.pid, o.url, o.pid, esc(o.name), o.url, esc(o.name), esc(o.name),
                   ("<div class='attr'>CAS No.: <span class='cas'>%s</span></div>" % esc(o.cas)) if (cas and o.cas) else "",
                   o.price, o.sup, esc(sup[0]), sup[1], sup[4], o.pid, o.pid))
    for o in P:
        s.add(Page("/img/p/%d.png" % o.pid, tiny_png(o.pid), ctype="image/png"))
    # ---- category listings (paginated ?page=N), cards show CAS
    for slug, cname in CATS:
        items = [o for o in P if o.catslug == slug]
        pgs = paginate(items, 8)
        for k, chunk in enumerate(pgs, 1):
            acc = Acc()
            for o in chunk:
                acc.off(o, claims=False)
            base = "/category/%s/" % slug
            path = base if k == 1 else "%s?page=%d" % (base, k)
            nav = " ".join(("<span class='cur'>%d</span>" % j) if j == k else
                           "<a href='%s'>%d</a>" % (base if j == 1 else "%s?page=%d" % (base, j), j) for j in range(1, len(pgs) + 1))
            sortbar = ("<div class='sort-bar'>Sort by: <a href='%s%ssort=relevance'>Relevance</a> "
                       "<a href='%s%ssort=latest&amp;spm=a2700.cat'>Latest</a></div>") % (path, "&amp;" if "?" in path else "?", path, "&amp;" if "?" in path else "?")
            s.add(mk(path, head("%s - Page %d" % (cname, k), "<a href='/'>Home</a> &gt; <a href='%s'>%s</a>" % (base, cname)) +
                     "<div class='main-list'><h1>%s <small>(%d products)</small></h1>%s<ul class='product-list'>%s</ul>"
                     "<div class='pagination'>%s</div></div>" % (cname, len(items), sortbar, "".join(pcard(o) for o in chunk), nav)
                     + FOOT, acc=acc, listing=True))
    # ---- product detail pages
    for o in P:
        sup = SUP[o.sup]
        acc = Acc().off(o)
        mine = [x for x in P if x.sup == o.sup]
        k0 = mine.index(o)
        same = [mine[(k0 + j) % len(mine)] for j in range(1, 4) if mine[(k0 + j) % len(mine)] is not o]   # rail: chrome
        quick = [("Product Name", esc(o.name)), ("CAS No.", esc(o.cas) if o.cas else "-"),
                 ("Other Names", esc(getattr(o, "other", "-"))), ("MF", getattr(o, "mf", "-")),
                 ("Purity", "99%" if o.sub.cas or o.sub.key else "-"), ("Appearance", "White powder"),
                 ("Place of Origin", sup[2] + ", " + sup[1]), ("Brand Name", o.sup.upper()),
                 ("Application", "Pharmaceutical intermediate, research" if o.sub.key else "Industrial / food / medical")]
        desc = " ".join(t for _, t in o.claims) or "Good quality, competitive price, fast delivery."
        ship = ("<table class='pack'><tr><th>Packaging Details</th><td>1kg/foil bag, 25kg/drum</td></tr>"
                "<tr><th>Delivery Time</th><td>3-7 days after payment</td></tr><tr><th>Shipping</th><td>DHL / FedEx / EMS / Air / Sea</td></tr></table>")
        s.add(mk(o.url, head(o.name, "<a href='/'>Home</a> &gt; <a href='/category/%s/'>%s</a> &gt; %s"
                             % (o.catslug, dict(CATS)[o.catslug], esc(o.name[:40]))) +
                 ld({"@context": "https://schema.org", "@type": "Product", "name": o.name, "sku": str(o.pid),
                     "offers": {"@type": "AggregateOffer", "priceCurrency": "USD", "lowPrice": re.findall(r"[\d.]+", o.price)[0],
                                "offerCount": 1, "seller": {"@type": "Organization", "name": sup[0]}}}) +
                 "<div class='product-detail'><div class='pd-img'><img src='/img/p/%d.png' alt=''></div>"
                 "<div class='pd-summary'><h1 class='pd-title'>%s</h1><div class='pd-price'>FOB Price: <strong>%s</strong></div>"
                 "<div class='pd-moq'>Min. Order: 1 Kilogram &middot; Supply Ability: 500 Kilogram/Month</div>"
                 "<div class='pd-payment'>Payment Terms: T/T, Western Union, MoneyGram, Bitcoin</div>"
                 "<a class='btn-inquiry' href='/inquiry/send?pid=%d' rel='nofollow'>Send Inquiry</a> "
                 "<a class='btn-basket' href='/inquiry/basket?add=%d' rel='nofollow'>Add to Inquiry Basket</a></div>"
                 "<div class='pd-tabs'><h2>Quick Details</h2><table class='quick-details'>%s</table>"
                 "<h2>Packaging &amp; Delivery</h2>%s<h2>Product Description</h2><div class='pd-desc'><p>%s</p>"
                 "<p>We are a professional supplier, welcome to contact us for a quotation.</p></div></div>"
                 "<div class='supplier-card'><h3><a href='/company/%s/'>%s</a></h3><p>%s &middot; %s &middot; Gold Member %d years</p>"
                 "<ul class='contact'>%s</ul></div>"
                 "<div class='related'><h2>Other products from this supplier</h2><ul class='product-list mini'>%s</ul></div>"
                 "<div class='people-search'>People Also Search: %s</div></div>"
                 % (o.pid, esc(o.name), o.price, o.pid, o.pid,
                    "".join("<tr><th>%s</th><td>%s</td></tr>" % r for r in quick), ship, esc(desc), o.sup, esc(sup[0]),
                    sup[1], sup[3], sup[4], "".join("<li>%s</li>" % esc(c) for c in sup[5]),
                    "".join("<li><a href='%s'>%s</a> <span class='price'>%s</span></li>" % (x.url, esc(x.name), x.price) for x in same),
                    ", ".join("<a href='/search?keyword=%s' rel='nofollow'>%s</a>" % (esc(h.replace(" ", "+")), esc(h)) for h in HOT[:5]))
                 + FOOT, acc=acc, listing=True))
        if o.pid % 3 == 0:
            s.redirects["/product/%d" % o.pid] = o.url
    s.flaky |= {P[2].url, P[13].url}
    # ---- supplier minisites (showroom)
    for key, sup in SUP.items():
        mine = [o for o in P if o.sup == key]
        acc = Acc()
        for o in mine:
            acc.off(o, claims=False)
        s.add(mk("/company/%s/" % key, head(sup[0]) +
                 "<div class='minisite'><div class='ms-header'><h1>%s</h1><span class='biz'>%s</span> <span class='loc'>%s, %s</span>"
                 "<ul class='ms-nav'><li><a href='/company/%s/'>Home</a></li><li><a href='/company/%s/profile.html'>Company Profile</a></li>"
                 "<li><a href='/inquiry/send?company=%s' rel='nofollow'>Contact Us</a></li></ul></div>"
                 "<div class='showroom'><h2>Product Showroom</h2><ul class='product-list'>%s</ul></div></div>"
                 % (esc(sup[0]), sup[3], sup[2], sup[1], key, key, key, "".join(pcard(o) for o in mine)) + FOOT,
                 acc=acc, listing=True))
        s.add(mk("/company/%s/profile.html" % key, head(sup[0] + " - Company Profile") +
                 "<div class='minisite'><h1>%s</h1><table class='profile'><tr><th>Business Type</th><td>%s</td></tr>"
                 "<tr><th>Main Products</th><td>Pharmaceutical intermediates, APIs, fine chemicals</td></tr>"
                 "<tr><th>Year Established</th><td>%d</td></tr><tr><th>Total Employees</th><td>51 - 100 People</td></tr>"
                 "<tr><th>Main Markets</th><td>North America, South America, Western Europe</td></tr></table>"
                 "<p><a href='/company/%s/'>Back to showroom</a></p></div>" % (esc(sup[0]), sup[3], 2026 - sup[4], key) + FOOT))
    s.add(mk("/suppliers/", head("Supplier Directory") + "<h1>Verified Suppliers</h1><ul class='supplier-list'>%s"
             "<li><a href='/tw/company/yongxing/'>台灣永興化工股份有限公司 Yong Xing Chemical (Taiwan)</a></li></ul>"
             % "".join("<li><a href='/company/%s/'>%s</a> - %s</li>" % (k, esc(v[0]), v[1]) for k, v in SUP.items()) + FOOT))
    s.add(mk("/policy/listing", head("Product Listing Policy") +
             "<h1>Product Listing Policy</h1><p>The following may not be listed: narcotic drugs and psychotropic substances, "
             "including fentanyl and its analogues, nitazenes, and precursors such as NPP, 4-ANPP and 4-AP; products whose "
             "description promises to evade customs inspection.</p>" + FOOT))
    # ---- RFQ / buying requests: no offers, but CAS numbers in a trade-lead listing
    rfqs = [
        ("Buying 4-ANPP, CAS 21409-26-7, 20 kg, destination Mexico", "21409-26-7",
         "We need 20 kg 4-ANPP, purity 99%. Supplier must be able to clear customs in Mexico and ship with stealth packing. Please quote CIF Manzanillo."),
        ("Looking for N-Phenethyl-4-piperidone 50 kg monthly", None,
         "Long-term purchase of NPP, 50 kg per month. Need COA and MSDS. Payment by T/T."),
        ("RFQ: Caffeine anhydrous 1 MT, CAS 58-08-2", "58-08-2", "Food grade caffeine anhydrous, 25 kg drums, FOB Shanghai."),
        ("Purchase fentanyl test strips, 10,000 pcs", None, "Harm-reduction NGO buying fentanyl test strips, 20 ng/mL cutoff, CE/FDA."),
        ("Need 1-Boc-4-piperidone 79099-07-3 for API project", "79099-07-3",
         "R&D quantity 5 kg then 200 kg. Only GMP manufacturers. Do not offer re-labelled goods."),
    ]
    rlist, racc = [], Acc()
    for i, (t, c, body) in enumerate(rfqs):
        path = "/rfq/%d.html" % (880100 + i)
        acc = Acc()
        if c:
            acc.addcas(c)
            racc.addcas(c)
        rlist.append("<li class='rfq-item'><a href='%s'>%s</a> <span class='qty'>Quantity: see details</span> "
                     "<span class='date'>2026-11-%02d</span> <span class='country'>%s</span></li>"
                     % (path, esc(t), 3 + i, ["Mexico", "USA", "Germany", "Canada", "Spain"][i]))
        s.add(mk(path, head(t, "<a href='/'>Home</a> &gt; <a href='/rfq/'>Buying Requests</a>") +
                 "<div class='rfq-detail'><h1 class='rfq-title'>%s</h1><table class='rfq-meta'><tr><th>Buyer</th><td>%s</td></tr>"
                 "<tr><th>Posted</th><td>2026-11-%02d</td></tr><tr><th>Valid until</th><td>2026-12-31</td></tr></table>"
                 "<div class='rfq-body'><p>%s</p></div><a class='btn-quote' href='/inquiry/quote?rfq=%d' rel='nofollow'>Quote Now</a></div>"
                 % (esc(t), ["Mexico", "USA", "Germany", "Canada", "Spain"][i], 3 + i, esc(body), 880100 + i) + FOOT,
                 acc=acc, listing=True))
    s.add(mk("/rfq/", head("Buying Requests", "<a href='/'>Home</a> &gt; Buying Requests") +
             "<h1>Latest Buying Requests</h1><ul class='rfq-list'>%s</ul><p><a href='/rfq/post'>Post your buying request</a></p>" % "".join(rlist)
             + FOOT, acc=racc, listing=True))
    s.add(mk("/rfq/post", head("Post RFQ") + "<h1>Post a Buying Request</h1><form action='/member/rfq' method='post'>"
             "<input name='product'><textarea name='detail'></textarea><button>Submit</button></form>" + FOOT))
    # ---- home: featured products count as offers on the home page
    acc = Acc()
    feat = [P[0], P[6], P[10], P[17]]
    for o in feat:
        acc.off(o, claims=False)
    s.add(mk("/", head("Global B2B Marketplace for Chemicals") +
             "<div class='home-cats'><h2>Categories</h2><ul>%s</ul></div>"
             "<div class='home-featured'><h2>Featured Products</h2><ul class='product-list'>%s</ul></div>"
             "<div class='home-rfq'><h2>Latest Buying Requests</h2><p><a href='/rfq/'>View all buying requests</a></p></div>"
             "<div class='home-tw'><h2>Taiwan Suppliers Zone 台灣供應商專區</h2><a href='/tw/'>進入專區</a></div>"
             "<div class='home-sup'><a href='/suppliers/'>All suppliers</a></div>"
             % ("".join("<li><a href='/category/%s/'>%s</a></li>" % c for c in CATS), "".join(pcard(o) for o in feat)) + FOOT,
             acc=acc, listing=True))
    s.add(Page("/static/css/common.css", "body{font:12px Arial}.product-item{float:left;width:23%}", ctype="text/css"))
    s.add(mk("/inquiry/basket", head("Inquiry Basket") + "<p>Your inquiry basket is empty.</p>" + FOOT))
    s.add(mk("/member/drafts", head("Drafts") + "<ul class='product-list'><li class='product-item'><h3 class='title'>Carfentanil 99% CAS 59708-52-0</h3></li></ul>" + FOOT,
             acc=Acc().off(Off(carfent, "Carfentanil")), listing=True))
    # ---- Taiwan supplier minisite, traditional Chinese, Big5 (characters outside Big5 become &#NNNNN;)
    tw = [
        Off(npp, "N-苯乙基-4-哌啶酮（NPP）純度99%", "39742-60-4",
            claims=[("customs", "海運、空運皆可，包清關，雙清到門。"), ("mislabel", "可依客戶要求更改報關品名（例如：染料中間體）。")],
            price="USD 40-110 / 公斤", tid=51),
        Off(butyrf, "丁醯芬太尼 高純度 研究用", "1169-70-6", claims=[("reship", "若遭海關扣貨，本公司免費重新寄送一次。")],
            price="USD 20-35 / 克", tid=52),
        Off(isotonit, "異托尼秦 高純度粉末", None, claims=[("stealth", "隱蔽包裝，外箱無任何化學品名稱。")], price="USD 18-30 / 克", tid=53),
        Off(pip4, "4-哌啶酮鹽酸鹽（4-Piperidone HCl）", "41661-47-6",
            claims=[("forwarding", "經由香港轉運，再以當地國內快遞配送，免經原產地出口查驗。")], price="USD 30-50 / 公斤", tid=54),
        Off(acetylf, "乙醯芬太尼", "3258 84 2", price="USD 15-25 / 克", tid=55),
        Off(caffeine, "無水咖啡因 食品級", "58-08-2", price="USD 7-10 / 公斤", tid=56),
        Off(glycine, "甘胺酸 醫藥級", "56-40-6", price="USD 3-5 / 公斤", tid=57),
    ]

    def twhead(title):
        return ("<!DOCTYPE html><html lang='zh-Hant-TW'><head><meta http-equiv='Content-Type' content='text/html; charset=big5'>"
                "<title>%s - 台灣永興化工股份有限公司 - TradePlaza</title></head><body class='ec-body tw'>"
                "<div id='topbar'><a href='/'>TradePlaza 全球站</a> | <a href='/tw/inquiry/basket' rel='nofollow'>詢價籃 (0)</a> | "
                "<a href='/rfq/'>採購需求</a></div><div id='header'><a href='/tw/company/yongxing/' class='logo'>台灣永興化工</a>"
                "<form action='/search' method='get'><input name='keyword' placeholder='請輸入產品名稱或CAS號'><button>搜尋</button></form>"
                "<div class='hot-search'>熱門搜尋：<a href='/search?keyword=fentanyl+test' rel='nofollow'>芬太尼試紙</a> "
                "<a href='/search?keyword=caffeine' rel='nofollow'>咖啡因</a> <a href='/search?keyword=NPP' rel='nofollow'>NPP</a> "
                "<a href='/search?keyword=isotonitazene' rel='nofollow'>異托尼秦</a></div></div><div id='container'>") % esc(title)
    TWFOOT = ("</div><div id='footer'>台灣永興化工股份有限公司 &middot; 地址：台中市西屯區工業區一路 88 號 &middot; "
              "電話：+886 4 2359 0000 &middot; LINE ID: yongxing_chem<br>本網站使用 Cookie 以提升瀏覽體驗。</div></body></html>")
    for o in tw:
        o.url = "/tw/products/%d.html" % (7700 + o.tid)
    for o in tw:
        acc = Acc().off(o)
        others = [x for x in tw if x is not o][:3]   # rail: chrome
        desc = " ".join(t for _, t in o.claims) or "品質穩定，價格優惠，歡迎來電洽詢。"
        s.add(mk(o.url, twhead(o.name) +
                 "<div class='product-detail'><h1 class='pd-title'>%s</h1><div class='pd-price'>參考價格：<strong>%s</strong></div>"
                 "<table class='quick-details'><tr><th>產品名稱</th><td>%s</td></tr><tr><th>CAS 號</th><td>%s</td></tr>"
                 "<tr><th>純度</th><td>99%%</td></tr><tr><th>產地</th><td>台灣 台中</td></tr><tr><th>最小訂購量</th><td>1 公斤</td></tr></table>"
                 "<h2>產品說明</h2><div class='pd-desc'><p>%s</p></div>"
                 "<a class='btn-inquiry' href='/tw/inquiry/send?pid=%d' rel='nofollow'>立即詢價</a> "
                 "<a class='btn-basket' href='/tw/inquiry/basket?add=%d' rel='nofollow'>加入詢價籃</a>"
                 "<div class='related'><h2>本公司其他產品</h2><ul>%s</ul></div></div>"
                 % (esc(o.name), esc(o.price), esc(o.name), esc(o.cas or "請洽業務"), esc(desc), o.tid, o.tid,
                    "".join("<li><a href='%s'>%s</a> %s</li>" % (x.url, esc(x.name), esc(x.price)) for x in others))
                 + TWFOOT, charset="big5", acc=acc, listing=True))
    acc = Acc()
    for o in tw:
        acc.off(o, claims=False)
    s.add(mk("/tw/company/yongxing/", twhead("公司首頁") +
             "<div class='minisite'><h1>台灣永興化工股份有限公司</h1><p>成立於 1998 年，專業生產醫藥中間體及精細化學品，通過 ISO 9001 認證。</p>"
             "<h2>產品展示</h2><ul class='product-list'>%s</ul><p><a href='/tw/company/yongxing/about.html'>公司簡介</a></p></div>"
             % "".join("<li class='product-item'><a href='%s'>%s</a> <span class='cas'>CAS：%s</span> <span class='price'>%s</span></li>"
                       % (o.url, esc(o.name), esc(o.cas or "-"), esc(o.price)) for o in tw) + TWFOOT,
             charset="big5", acc=acc, listing=True))
    s.add(mk("/tw/company/yongxing/about.html", twhead("公司簡介") +
             "<h1>公司簡介</h1><p>本公司遵守台灣管制藥品管理條例，絕不販售第一級至第四級管制藥品。</p>" + TWFOOT, charset="big5"))
    s.redirects["/tw/"] = "/tw/company/yongxing/"
    return s


# ================================================================== 2. tg-aggregator (tgstat / telemetr style)

def tg_aggregator():
    s = Site("tg-aggregator", "telegram-aggregator")
    s.robots = "User-agent: *\nDisallow: /stat/\nDisallow: /search\nDisallow: /auth/\nDisallow: /api/\n"
    s.disallow = ["/stat/", "/search", "/auth/", "/api/"]
    s.rate_limit = 20
    s.trap_prefix = "/date/"
    s.junk_params = s.junk_params + ["ref", "utm_campaign"]

    class Post:
        def __init__(self, pid, text, offers=(), claims=(), cas=(), fwd="", views="1.2k", date="", photo=False):
            self.pid, self.text, self.offers, self.claims, self.cas = pid, text, list(offers), set(claims), list(cas)
            self.fwd, self.views, self.date, self.photo = fwd, views, date, photo

        def acc(self, a):
            for sub in self.offers:
                a.hits.add(sub.key)
            for c in self.cas:
                a.addcas(c)
            a.claim(*self.claims)
            return a

    CH = []

    def channel(user, title, lang, subs, cat, about, posts, charset="utf-8"):
        CH.append(dict(user=user, title=title, lang=lang, subs=subs, cat=cat, about=about, posts=posts, charset=charset))
    channel("chemopt_ru", "ХимОпт | Реактивы", "ru", "8 412", "chemistry",
            "Реактивы для лабораторий. Опт и розница. Связь: @chemopt_manager", [
                Post(101, "В наличии: изотонитазен (CAS 14188-81-9) — от 5 г. Скрытая упаковка (стелс), отправка СДЭК / Почта России. "
                          "При изъятии — перешлём бесплатно, без вопросов.", [isotonit], ["stealth", "reship"], ["14188-81-9"],
                     views="14.8k", date="2 нояб. 2026, 12:40", photo=True),
                Post(102, "Метонитазен 99%, CAS 14680514 (пишем без тире, так удобнее 😉). В накладной указываем «пищевой краситель».",
                     [metonit], ["mislabel"], ["14680514"], views="11.2k", date="4 нояб. 2026, 09:15"),
                Post(103, "Новинка! N-пирролидино изотонитазен (isotonitazepyne) — аналог, которого пока нет в списках. Пробники от 1 г.",
                     [nov_isopyne], views="9.7k", date="6 нояб. 2026, 18:02"),
                Post(104, "В Подмосковье изъяли 3 кг карфентанила, задержаны двое курьеров. Будьте осторожны, работайте только с проверенными.",
                     fwd="narko_news_ru", views="7.1k", date="7 нояб. 2026, 10:30"),
                Post(105, "Отзыв покупателя: «стелс огонь, дошло за 4 дня, всё целое» — спасибо за доверие!", views="6.3k",
                     date="8 нояб. 2026, 14:11"),
                Post(106, "1-Boc-4-пиперидон и НПП (N-фенэтил-4-пиперидон) — опт от 1 кг. Растаможка под ключ, 100% проход таможни.",
                     [bocpip, npp], ["customs"], views="10.4k", date="10 нояб. 2026, 11:47"),
                Post(107, "Отправка через наш склад в Казахстане — внутренняя доставка по ЕАЭС, без пересечения таможни.",
                     claims=["forwarding"], views="8.8k", date="12 нояб. 2026, 16:20"),
                Post(108, "ф3нтанил (HCl), 98 %, от 1 г. Пишите в лс @chemopt_manager, отвечаем быстро.", [fentanyl],
                     views="15.1k", date="14 нояб. 2026, 20:05"),
            ])
    channel("rc_worldwide", "RC Worldwide 🌍", "en", "5 960", "chemistry",
            "Research chemicals since 2019. Worldwide shipping. Escrow available.", [
                Post(201, "🔥 Protonitazene HCl — 10 g $450. Stealth shipping worldwide: vacuum sealed + decoy item. Reship once if seized.",
                     [protonit], ["stealth", "reship"], views="21.3k", date="Nov 1, 2026", photo=True),
                Post(202, "N-desethyl isotonitazene, CAS 2732926-24-6 — limited batch, 1 g / 5 g / 10 g.", [desiso], cas=["2732926-24-6"],
                     views="17.0k", date="Nov 3, 2026"),
                Post(203, "NEW: Flunitazene — fresh analog, not scheduled anywhere yet. Samples 500 mg.", [nov_flun], views="12.9k",
                     date="Nov 5, 2026"),
                Post(204, "Reminder: we DON'T do reships on orders under $200. Read the terms before ordering.", views="8.0k",
                     date="Nov 6, 2026"),
                Post(205, "Carf3nt@nil 1% on mannitol base, 5 g packs. Customs cleared via our DDP line to US & CA — guaranteed delivery.",
                     [carfent], ["customs"], views="19.4k", date="Nov 8, 2026"),
                Post(206, "Test your stuff! Free fentanyl test strips at every harm-reduction site in Vancouver and Toronto this month.",
                     fwd="harmreduction_en", views="4.4k", date="Nov 9, 2026"),
                Post(207, "US domestic: 4-ANPP and 4-AP bulk now stocked in our US warehouse, ships USPS Priority, no customs at all.",
                     [anpp, ap4], ["forwarding"], views="13.6k", date="Nov 12, 2026"),
            ])
    channel("narko_news_ru", "Наркоконтроль: новости", "ru", "31 200", "news",
            "Новости о наркоситуации, изъятиях и изменениях законодательства.", [
                Post(301, "Правительство внесло в Список I изотонитазен (CAS 14188-81-9), протонитазен (CAS 95958-84-2) и метонитазен. "
                          "Постановление вступает в силу через 10 дней.", views="41.0k", date="3 нояб. 2026, 08:00"),
                Post(302, "В Подмосковье изъяли 3 кг карфентанила, задержаны двое курьеров. Продавцы обещали покупателям «стелс» и "
                          "«бесплатный перешип при изъятии».", views="38.5k", date="7 нояб. 2026, 09:40"),
                Post(303, "Таможня Пулково: в посылке из Китая с маркировкой «краситель» обнаружено 1,2 кг НПП (N-фенэтил-4-пиперидон).",
                     views="29.9k", date="11 нояб. 2026, 13:13"),
                Post(304, "Эксперты предупреждают: тест-полоски на фентанил не выявляют нитазены.", views="22.7k", date="13 нояб. 2026, 17:30"),
            ], charset="windows-1251")
    channel("harmreduction_en", "Harm Reduction Network", "en", "12 870", "health",
            "Drug checking, naloxone, test strips. We never sell drugs.", [
                Post(401, "Test your stuff! Free fentanyl test strips at every harm-reduction site in Vancouver and Toronto this month.",
                     views="9.9k", date="Nov 9, 2026"),
                Post(402, "Is your supply fent-free? Drug checking found carfentanil in 3 of 40 samples sold as oxycodone this week.",
                     views="8.1k", date="Nov 11, 2026"),
                Post(403, "Naloxone training every Thursday. Nitazenes may need more than one dose.", views="6.6k", date="Nov 14, 2026"),
            ])
    channel("himia_kupit", "Куплю реактивы", "ru", "2 140", "chemistry",
            "Заявки покупателей. Продавцы — пишите в лс.", [
                Post(501, "Куплю НПП 5 кг, Москва, оплата наличными. Нужна доставка со стелсом.", views="3.2k", date="5 нояб. 2026, 19:00"),
                Post(502, "Ищу поставщика изотонитазена, интересует опт. CAS 14188-81-9.", cas=["14188-81-9"], views="2.9k",
                     date="9 нояб. 2026, 21:30"),   # a buying request: CAS in product context, no offer
                Post(503, "Кто возит 4-ANPP с растаможкой? Отпишитесь.", views="2.4k", date="13 нояб. 2026, 22:45"),
            ])
    channel("labsale_eu", "LabSale EU", "en", "3 310", "chemistry",
            "EU stock, fast shipping.", [
                Post(601, "Restock: Ocfentanil 1 g $160, acetyl-F (acetylfentanyl) 5 g $220. Parcels go out as 'printer toner refill' on the label.",
                     [ocf, acetylf], ["mislabel"], views="7.7k", date="Nov 2, 2026"),
                Post(602, "Brand-new analog in stock: N-(2-methylphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]acetamide. Lab report on request.",
                     [nov_omaf], views="6.1k", date="Nov 7, 2026"),
                Post(603, "Caffeine anhydrous 1 kg €25, CAS 58-08-2. Benzocaine 500 g €30 (CAS 94-09-7).", cas=["58-08-2", "94-09-7"],
                     views="3.3k", date="Nov 10, 2026"),
                Post(604, "FAQ: some vendors promise 'customs-proof' routes. Nobody can guarantee that — be careful who you trust.",
                     views="2.8k", date="Nov 13, 2026"),
            ])
    CATS = {"chemistry": ("Химия / Chemistry", ["chemopt_ru", "rc_worldwide", "himia_kupit", "labsale_eu"]),
            "news": ("Новости / News", ["narko_news_ru"]),
            "health": ("Здоровье / Health", ["harmreduction_en"])}
    byuser = {c["user"]: c for c in CH}

    def head(title, lang="ru", charset="utf-8"):
        return ("<!DOCTYPE html><html lang='%s'><head><meta charset='%s'><title>%s — TGIndex</title>"
                "<meta name='viewport' content='width=device-width'><link rel='stylesheet' href='/static/tgi.css'></head>"
                "<body><nav class='navbar navbar-expand-lg'><a class='navbar-brand' href='/'>TGIndex</a>"
                "<ul class='navbar-nav'><li class='nav-item'><a class='nav-link' href='/catalog/'>Каталог каналов</a></li>"
                "<li class='nav-item'><a class='nav-link' href='/ratings/'>Рейтинги</a></li>"
                "<li class='nav-item'><a class='nav-link' href='/auth/login' rel='nofollow'>Войти</a></li></ul>"
                "<form class='form-inline search-form' action='/search'><input class='form-control' name='q' placeholder='Поиск по каналам и постам'></form></nav>"
                "<div class='container mt-3'>") % (lang, charset, esc(title))
    FOOT = ("</div><footer class='footer'><div class='container'><a href='/about'>О сервисе</a> · <a href='/date/2026-11'>Архив по датам</a> · "
            "TGIndex не связан с Telegram и не отвечает за содержание каналов.</div></footer>"
            "<div class='cookie-alert' id='cookieAlert'>Мы используем cookies. <button class='btn btn-sm'>OK</button></div></body></html>")

    def postcard(c, p, full=False):
        fwd = ("<div class='post-forwarded text-muted'>Переслано из <a href='/channel/@%s'>@%s</a></div>" % (p.fwd, p.fwd)
               if p.fwd and p.fwd in byuser else "")
        photo = "<div class='post-img'><img src='/media/%d.png' alt=''></div>" % p.pid if p.photo else ""
        return ("<div class='post-container card card-body border mb-3' id='post-%d' data-post-id='%d'>"
                "<div class='post-header media'><img class='rounded-circle' src='/media/ava-%s.png' width='40' alt=''>"
                "<div class='media-body'><a class='post-channel' href='/channel/@%s'>%s</a>"
                "<small class='text-muted'>%s</small></div></div>%s%s"
                "<div class='post-text'>%s</div>"
                "<div class='post-footer d-flex'><span class='post-views' title='Просмотры'><i class='uis-eye'></i> %s</span> "
                "<span class='post-shares'><i class='uis-share'></i> %d</span> %s</div></div>"
                % (p.pid, p.pid, c["user"], c["user"], esc(c["title"]), esc(p.date), fwd, photo, esc(p.text),
                   p.views, p.pid % 37,
                   "" if full else "<a class='post-link' href='/channel/@%s/%d'>Открыть пост</a>" % (c["user"], p.pid)))
    for c in CH:
        s.add(Page("/media/ava-%s.png" % c["user"], tiny_png(len(c["user"])), ctype="image/png"))
        for p in c["posts"]:
            if p.photo:
                s.add(Page("/media/%d.png" % p.pid, tiny_png(p.pid), ctype="image/png"))
        posts = list(reversed(c["posts"]))          # newest first
        pgs = paginate(posts, 5)
        base = "/channel/@%s" % c["user"]
        for k, chunk in enumerate(pgs, 1):
            acc = Acc()
            for p in chunk:
                p.acc(acc)
            path = base if k == 1 else "%s?page=%d" % (base, k)
            nav = "".join("<li class='page-item%s'><a class='page-link' href='%s'>%d</a></li>"
                          % (" active" if j == k else "", base if j == 1 else "%s?page=%d" % (base, j), j) for j in range(1, len(pgs) + 1))
            s.add(mk(path, head("%s (@%s)" % (c["title"], c["user"]), c["lang"], c["charset"]) +
                     "<div class='channel-header card'><h1 class='text-dark'>%s</h1><div class='text-muted'>@%s</div>"
                     "<div class='channel-about'>%s</div><div class='channel-stats'><b>%s</b> подписчиков · категория "
                     "<a href='/catalog/%s'>%s</a> · <a href='/stat/@%s' rel='nofollow'>Статистика</a></div>"
                     "<a class='btn btn-primary' href='https://t.me/%s' rel='nofollow'>Открыть в Telegram</a></div>"
                     "<div class='posts-list'>%s</div><ul class='pagination'>%s</ul>"
                     % (esc(c["title"]), c["user"], esc(c["about"]), c["subs"], c["cat"], esc(CATS[c["cat"]][0]), c["user"], c["user"],
                        "".join(postcard(c, p) for p in chunk), nav) + FOOT,
                     charset=c["charset"], acc=acc, listing=c["cat"] == "chemistry"))
        for p in c["posts"]:
            s.add(mk("%s/%d" % (base, p.pid), head("Пост %d — %s" % (p.pid, c["title"]), c["lang"], c["charset"]) +
                     "<div class='post-page'>%s<div class='post-nav'><a href='%s'>← Все посты канала</a></div></div>"
                     % (postcard(c, p, full=True), base) + FOOT,
                     charset=c["charset"], acc=p.acc(Acc()), listing=c["cat"] == "chemistry"))
        s.redirects["/@%s" % c["user"]] = base
    s.flaky |= {"/channel/@rc_worldwide/205", "/channel/@chemopt_ru?page=2"}
    for cat, (cname, users) in CATS.items():
        rows = "".join("<div class='peer-item-box card'><a href='/channel/@%s'><div class='font-16 text-dark'>%s</div></a>"
                       "<div class='text-muted'>@%s</div><div class='peer-about'>%s</div><b>%s</b> подписчиков</div>"
                       % (u, esc(byuser[u]["title"]), u, esc(byuser[u]["about"]), byuser[u]["subs"]) for u in users)
        s.add(mk("/catalog/%s" % cat, head("Каталог: %s" % cname) +
                 "<h1>%s</h1><div class='sort'><a href='/catalog/%s?sort=subscribers'>по подписчикам</a> · "
                 "<a href='/catalog/%s?sort=er&amp;sid=9c1e'>по ER</a></div><div class='peer-list'>%s</div>" % (esc(cname), cat, cat, rows) + FOOT))
    s.add(mk("/catalog/", head("Каталог каналов") + "<h1>Каталог каналов</h1><ul>%s</ul>" %
             "".join("<li><a href='/catalog/%s'>%s</a> (%d)</li>" % (k, esc(v[0]), len(v[1])) for k, v in CATS.items()) + FOOT))
    s.add(mk("/ratings/", head("Рейтинги") + "<h1>Рейтинг каналов</h1><table class='table'><tr><th>#</th><th>Канал</th><th>Подписчики</th></tr>%s</table>"
             % "".join("<tr><td>%d</td><td><a href='/channel/@%s'>%s</a></td><td>%s</td></tr>" % (i + 1, c["user"], esc(c["title"]), c["subs"])
                       for i, c in enumerate(sorted(CH, key=lambda c: -int(c["subs"].replace(" ", ""))))) + FOOT))
    s.add(mk("/about", head("О сервисе") + "<h1>О сервисе</h1><p>Пример короткой ссылки: <a href='/@rc_worldwide'>tgindex/@rc_worldwide</a>.</p><p>TGIndex собирает публичные посты Telegram-каналов. "
             "Мы удаляем каналы, продающие наркотики (фентанил, нитазены, прекурсоры), по жалобе.</p>" + FOOT))
    s.add(mk("/", head("Аналитика Telegram-каналов") +
             "<h1>TGIndex — каталог и аналитика Telegram-каналов</h1><div class='row'>"
             "<div class='col'><h2>Категории</h2><ul>%s</ul><a href='/catalog/'>Весь каталог</a></div>"
             "<div class='col'><h2>Популярные каналы</h2><ul>%s</ul><a href='/ratings/'>Рейтинги</a></div></div>"
             % ("".join("<li><a href='/catalog/%s'>%s</a></li>" % (k, esc(v[0])) for k, v in CATS.items()),
                "".join("<li><a href='/channel/@%s?utm_source=home'>%s</a></li>" % (c["user"], esc(c["title"])) for c in CH[:3]))
             + FOOT))
    s.add(Page("/static/tgi.css", ".post-container{border:1px solid #ddd}", ctype="text/css"))
    s.add(mk("/stat/@chemopt_ru", head("Статистика") + "<p>Закрытая статистика. Изотонитазен CAS 14188-81-9 — топ запрос.</p>" + FOOT))
    return s


# ================================================================== 3. annonces-ca (Kijiji / Craigslist style, EN + FR-CA)

def annonces_ca():
    s = Site("annonces-ca", "classifieds")
    s.robots = ("User-agent: *\nDisallow: /reply/\nDisallow: /flag/\nDisallow: /p-post-ad\nDisallow: /m-my-ads/\n"
                "Disallow: /b-search\n")
    s.disallow = ["/reply/", "/flag/", "/p-post-ad", "/m-my-ads/", "/b-search"]
    s.rate_limit = 15
    s.junk_params = s.junk_params + ["siteLocale_ignored", "ref", "gpTopAds"]
    LOC = {"montreal": ("Ville de Montréal", "l1700281"), "toronto": ("City of Toronto", "l1700273"),
           "vancouver": ("Vancouver", "l1700287")}
    CAT = {"autre": ("Autre / Other", "c10"), "health-special-needs": ("Health & Special Needs", "c140"),
           "wanted": ("Wanted / Recherché", "c253"), "community": ("Community", "c1")}
    ADS = []

    def ad(cat, loc, title, o, body, snippet_kinds=(), price="", fr=False, flagged=False, removed=False, gone=False, date="2026-11-10"):
        o.cat, o.loc, o.title, o.body, o.snippet_kinds = cat, loc, title, body, set(snippet_kinds)
        o.adprice, o.fr, o.flagged, o.removed, o.gone, o.date = price, fr, flagged, removed, gone, date
        o.adid = 1702000001 + len(ADS) * 13
        o.url = "/v-%s/%s/%s/%d" % (cat, loc, slugify(title)[:50], o.adid)
        ADS.append(o)
        return o
    ad("autre", "montreal", "NPP (1-phényléthyl-4-pipéridone) – 100 g à 1 kg",
       Off(npp, "NPP", "39742-60-4", claims=[("stealth", "Livraison discrète partout au Québec, emballage scellé sous vide, aucune mention sur la boîte.")]),
       "Produit chimique pour la recherche. N° CAS 39742-60-4, pureté 99 %. Livraison discrète partout au Québec, emballage "
       "scellé sous vide, aucune mention sur la boîte. Paiement Interac ou BTC.", ["stealth"], "250,00 $", fr=True)
    ad("autre", "montreal", "Poudre blanche de recherche – « F » 99 % – envoi postal",
       Off(fentanyl, "fent", None, claims=[("reship", "On réexpédie gratuitement si Postes Canada perd le colis ou si la douane le saisit.")]),
       "Vendu pour la recherche seulement : f-e-n-t (HCl), pureté 99 %, pas pour consommation humaine. On réexpédie gratuitement "
       "si Postes Canada perd le colis ou si la douane le saisit.", [], "Sur demande", fr=True)
    ad("autre", "montreal", "Xylazine (tranq) en poudre – qualité vétérinaire",
       Off(xylazine, "Xylazine", None, claims=[("forwarding", "Expédié de notre entrepôt en Ontario : livraison locale, aucune frontière à passer.")]),
       "Xylazine HCl poudre, 100 g. Expédié de notre entrepôt en Ontario : livraison locale, aucune frontière à passer.",
       ["forwarding"], "180,00 $", fr=True, flagged=True)
    ad("autre", "montreal", "Balance de précision 0,001 g – neuve",
       Off(NONE, "Balance", None), "Balance numérique 50 g x 0,001 g, jamais utilisée. Ramassage métro Jean-Talon.", [], "25,00 $", fr=True)
    ad("autre", "montreal", "Caféine anhydre 1 kg – CAS 58-08-2",
       Off(caffeine, "Caféine", "58-08-2"), "Caféine anhydre de qualité alimentaire, sac de 1 kg, CAS 58-08-2. Livraison Montréal et Laval.",
       [], "40,00 $", fr=True)
    ad("autre", "montreal", "Isotonitazène – vente", Off(isotonit, "Isotonitazène", None, sale=False),
       "", [], "", fr=True, removed=True)
    ad("autre", "montreal", "Métonitazène 5 g", Off(metonit, "Métonitazène", None, sale=False), "Annonce expirée.", [], "", fr=True, gone=True)
    ad("health-special-needs", "toronto", "Pressed M30 blues (fent) – bulk pricing",
       Off(fentanyl, "M30 fent", None, claims=[("stealth", "Vacuum sealed, smell-proof, discreet mailer."),
                                               ("mislabel", "Package labelled as 'vitamin supplements' on the customs form.")]),
       "Pressed M30s, fent, 100+ pcs bulk pricing. Vacuum sealed, smell-proof, discreet mailer. Package labelled as "
       "'vitamin supplements' on the customs form. Text only.", ["stealth"], "Please contact")
    ad("health-special-needs", "toronto", "C-a-r-f research sample 1 g (lab use)",
       Off(carfent, "carfentanil", None, claims=[("customs", "We handle customs — cleared through our broker, delivery guaranteed.")]),
       "C4rfentan!l research sample, 1 g, certificate of analysis included. We handle customs — cleared through our broker, "
       "delivery guaranteed.", [], "900,00 $")
    ad("health-special-needs", "toronto", "Valeryl fentanyl / pentanoylfentanyl 5 g",
       Off(valerf, "Valeryl fentanyl", "122882-90-0"), "Valeryl fentanyl (pentanoylfentanyl), CAS 122882-90-0. 5 g minimum. E-transfer.",
       [], "600,00 $")
    ad("health-special-needs", "toronto", "4-FIBF (para-fluoroisobutyrylfentanyl) – research",
       Off(fibf, "4-FIBF", "244195322"), "4-FIBF, CAS 244195322, 98 % HPLC. Ships Canada-wide.", [], "350,00 $")
    ad("health-special-needs", "toronto", "New research compound – 2 g",
       Off(nov_4mf, "N-[1-[2-(4-methylphenyl)ethyl]piperidin-4-yl]-N-phenylpropanamide", None),
       "N-[1-[2-(4-methylphenyl)ethyl]piperidin-4-yl]-N-phenylpropanamide, 2 g, white powder, not for human consumption.", [], "400,00 $")
    ad("health-special-needs", "toronto", "Lidocaine HCl powder 100 g",
       Off(lidohcl, "Lidocaine HCl", "73-78-9"), "Lidocaine hydrochloride, USP, CAS 73-78-9. 100 g pouch.", [], "45,00 $")
    ad("wanted", "toronto", "WTB: 4-ANPP or NPP, paying cash",
       Off(anpp, "4-ANPP", None, sale=False), "Looking to buy 4-ANPP or NPP, any quantity, will pay cash. GTA only.", [], "")
    ad("wanted", "toronto", "Looking for fent test strips in bulk", Off(NONE, "test strips", None),
       "Community group looking for 500+ fentanyl test strips, donations welcome.", [], "")
    ad("wanted", "montreal", "Recherche fournisseur de nitazènes (isotonitazène)", Off(isotonit, "isotonitazène", None, sale=False),
       "Je cherche un fournisseur fiable d'isotonitazène, petites quantités. Réponse par courriel.", [], "", fr=True)
    ad("wanted", "toronto", "ISO: someone who ships stealth to Canada", Off(NONE, "-", None),
       "In search of a vendor who can ship stealth and guarantee customs to Canada. Please reply with terms.", [], "")
    ad("community", "vancouver", "Free naloxone training + fentanyl test strips", Off(NONE, "-", None),
       "Free naloxone kits and fentanyl test strips at our drop-in. Nitazenes can require more naloxone.", [], "Free")
    ad("community", "vancouver", "Drug checking results this week", Off(NONE, "-", None),
       "Drug checking: of 40 samples sold as 'fent-free' down, 6 contained fentanyl and 2 carfentanil. Test every time.", [], "")

    def head(title, fr=False):
        return ("<!DOCTYPE html><html lang='%s'><head><meta charset='utf-8'><title>%s | Annonces.ca</title>"
                "<link rel='stylesheet' href='/static/annonces.css'></head><body>"
                "<header class='header-1234'><a class='logo' href='/'>Annonces.ca</a>"
                "<form class='searchBar' action='/b-search' method='get'><input name='keywords' placeholder='%s'>"
                "<select name='location'><option>Canada</option></select><button>%s</button></form>"
                "<a class='postAdButton' href='/p-post-ad' rel='nofollow'>%s</a> <a href='/m-my-ads/' rel='nofollow'>%s</a>"
                "<a class='lang' href='/'>EN / FR</a></header><main class='container-main'>"
                % ("fr-CA" if fr else "en-CA", esc(title), "Que cherchez-vous ?" if fr else "What are you looking for?",
                   "Rechercher" if fr else "Search", "Publier une annonce" if fr else "Post ad", "Mes annonces" if fr else "My Ads"))
    FOOT = ("</main><footer class='footer'><ul><li><a href='/about'>About</a></li><li><a href='/safety'>Safety tips / Conseils de sécurité</a></li>"
            "<li><a href='/policies/prohibited'>Prohibited items</a></li></ul><p>&copy; 2026 Annonces.ca</p></footer>"
            "<div class='cookieBanner'>We use cookies / Nous utilisons des témoins. <button>OK</button></div></body></html>")

    def snippet(o):
        # the card shows whole sentences of the description, up to ~150 characters
        out = ""
        for sent in re.split(r"(?<=[.!?]) ", o.body):
            if out and len(out) + len(sent) > 150:
                return out + " …"
            out = (out + " " + sent).strip()
        return out

    def lcard(o):
        if o.removed or o.gone:
            return ""
        return ("<div class='search-item regular-ad' data-listing-id='%d' data-vip-url='%s'><div class='left-col'><div class='image'>"
                "<img src='/static/noimage.png' alt=''></div></div><div class='info'><div class='info-container'>"
                "<div class='price'>%s</div><div class='title'><a href='%s' class='title'>%s</a></div>"
                "<div class='location'><span>%s</span><span class='date-posted'>%s</span></div>"
                "<div class='description'>%s</div></div></div></div>"
                % (o.adid, o.url, esc(o.adprice) or ("Sur demande" if o.fr else "Please contact"), o.url, esc(o.title),
                   LOC[o.loc][0], o.date, esc(snippet(o))))

    def lacc(o, acc):
        # a card identifies the substance when its title or snippet names it (or shows its CAS)
        if o.removed or o.gone:
            return
        names = getattr(o, "card_names", True)
        if names:
            acc.off(o, cas=False, claims=False)
        c = cas_norm(o.cas) if o.cas else None
        if c and o.cas in snippet(o):
            acc.cas.add(c)
        sn = snippet(o)
        for k, txt in o.claims:
            if txt in sn:
                acc.claims.add(k)
            else:
                assert txt[:20] not in sn, (o.title, txt)
    # the obfuscated "« F »" ad: its title names nothing, but the snippet's "f-e-n-t (HCl)" does
    for o in ADS:
        if o.cas and o.cas not in o.body:
            raise ValueError(o.title)
    s.add(Page("/static/noimage.png", tiny_png(3), ctype="image/png"))
    s.add(Page("/static/annonces.css", ".search-item{border-bottom:1px solid #eee}", ctype="text/css"))
    lists = {}
    for o in ADS:
        lists.setdefault((o.cat, o.loc), []).append(o)
    for (cat, loc), items in lists.items():
        cid, lid = CAT[cat][1], LOC[loc][1]
        live = [o for o in items if not (o.removed or o.gone)]
        gone = [o for o in items if o.removed or o.gone]
        pgs = paginate(live, 4)
        fr = items[0].fr
        for k, chunk in enumerate(pgs, 1):
            path = "/b-%s/%s/%s%s" % (cat, loc, "" if k == 1 else "page-%d/" % k, cid + lid)
            acc = Acc()
            for o in chunk:
                lacc(o, acc)
            nav = " ".join("<a href='/b-%s/%s/%s%s'>%d</a>" % (cat, loc, "" if j == 1 else "page-%d/" % j, cid + lid, j)
                           for j in range(1, len(pgs) + 1))
            extra = ""
            if k == len(pgs) and gone:
                extra = "<div class='recently-viewed'><h3>%s</h3>%s</div>" % (
                    "Récemment consultées" if fr else "Recently viewed",
                    "".join("<a href='%s'>%s</a> " % (o.url, "annonce %d" % o.adid) for o in gone))
            s.add(mk(path, head("%s – %s" % (CAT[cat][0], LOC[loc][0]), fr) +
                     "<div class='breadcrumbs'><a href='/'>%s</a> › %s › %s</div><h1>%s</h1>"
                     "<div class='sort'>%s : <a href='%s?sort=dateDesc'>%s</a> | <a href='%s?sort=priceAsc'>%s</a></div>"
                     "<div class='search-results'>%s</div><div class='pagination'>%s</div>%s"
                     % ("Accueil" if fr else "Home", LOC[loc][0], CAT[cat][0], esc(CAT[cat][0]),
                        "Trier par" if fr else "Sort by", path, "Plus récentes" if fr else "Newest", path,
                        "Prix" if fr else "Price", "".join(lcard(o) for o in chunk), nav, extra) + FOOT,
                     acc=acc, listing=True))
    # ad pages
    for o in ADS:
        fr = o.fr
        listpath = "/b-%s/%s/%s" % (o.cat, o.loc, CAT[o.cat][1] + LOC[o.loc][1])
        similar = [x for x in ADS if x.cat == o.cat and x is not o and not (x.removed or x.gone)][:3]   # chrome rail
        sim = "<div class='similar-ads'><h3>%s</h3>%s</div>" % ("Annonces similaires" if fr else "Similar ads",
                                                                   "".join("<a href='%s'>%s</a><br>" % (x.url, esc(x.title)) for x in similar))
        if o.gone:
            s.add(mk(o.url, head("Annonce expirée", fr) + "<h1>Cette annonce a expiré.</h1>" + FOOT, status=410))
            continue
        if o.removed:
            s.add(mk(o.url, head("Annonce non disponible" if fr else "Ad not available", fr) +
                     "<div class='expired-ad'><h1>%s</h1><p>%s</p><a href='%s'>%s</a></div>%s"
                     % ("Cette annonce n'est plus disponible." if fr else "This ad is no longer available.",
                        "Elle a été retirée pour non-respect de nos règles." if fr else "It was removed for violating our posting rules.",
                        listpath, "Retour aux résultats" if fr else "Back to results", sim) + FOOT, listing=False))
            continue
        acc = Acc().off(o)
        flag = ("<div class='flag-banner'>%s</div>" % ("Cette annonce a été signalée par des utilisateurs et est en cours d'examen."
                if fr else "This ad has been reported by users and is under review.")) if o.flagged else ""
        s.add(mk(o.url, head(o.title, fr) +
                 "<div class='breadcrumbs'><a href='/'>%s</a> › <a href='%s'>%s</a> › %s</div>%s"
                 "<div class='vip'><h1 class='title-2323565163'>%s</h1><div class='priceWrapper'><span>%s</span></div>"
                 "<div class='locationContainer'><span class='address'>%s</span> <time datetime='%sT09:00:00Z'>%s</time></div>"
                 "<div class='descriptionContainer'><h3>Description</h3><div itemprop='description'><p>%s</p></div></div>"
                 "<ul class='itemAttributeList'><li>%s : %s</li><li>Ad ID: %d</li></ul>"
                 "<div class='replyBox'><a class='button-primary' href='/reply/%d' rel='nofollow'>%s</a> "
                 "<a class='flag-link' href='/flag/%d' rel='nofollow'>%s</a></div></div>%s"
                 % ("Accueil" if fr else "Home", listpath, CAT[o.cat][0], esc(o.title[:30]), flag, esc(o.title),
                    esc(o.adprice) or ("Sur demande" if fr else "Please contact"), LOC[o.loc][0], o.date, o.date, esc(o.body),
                    "Annonceur" if fr else "Posted by", "Particulier" if fr else "Owner", o.adid, o.adid,
                    "Répondre à l'annonceur" if fr else "Reply to poster", o.adid, "Signaler l'annonce" if fr else "Report ad", sim)
                 + FOOT, acc=acc, listing=True))
        s.redirects["/v/%d" % o.adid] = o.url
    s.flaky |= {ADS[7].url, ADS[11].url}
    # static pages and home
    s.add(mk("/safety", head("Safety tips") + "<h1>Safety tips / Conseils</h1><p>Be wary of sellers who promise 'guaranteed customs "
             "clearance' or 'free reship if seized' — this is a sign of illegal goods. Méfiez-vous des vendeurs qui promettent "
             "un « emballage furtif ».</p>" + FOOT))
    s.add(mk("/policies/prohibited", head("Prohibited items") + "<h1>Prohibited items</h1><ul><li>Controlled substances, "
             "including fentanyl, carfentanil, nitazenes and their precursors (NPP, 4-ANPP, 4-AP)</li><li>Prescription drugs</li></ul>" + FOOT))
    s.add(mk("/about", head("About") + "<h1>About Annonces.ca</h1><p>Free local classifieds across Canada since 2008.</p>" + FOOT))
    s.add(mk("/reply/%d" % ADS[0].adid, head("Reply") + "<form><textarea></textarea></form>" + FOOT))
    cats = "".join("<li><a href='/b-%s/%s/%s'>%s – %s</a> <a href='/b-%s/%s/%s?sid=%s'>(%d)</a></li>"
                   % (c, l, CAT[c][1] + LOC[l][1], esc(CAT[c][0]), LOC[l][0], c, l, CAT[c][1] + LOC[l][1], "a%dx" % n,
                      len(v)) for n, ((c, l), v) in enumerate(lists.items()))
    s.add(mk("/", head("Annonces classées gratuites | Free classifieds") +
             "<h1>Annonces.ca</h1><section class='categories'><h2>Catégories populaires / Popular categories</h2><ul>%s</ul></section>"
             "<section class='links'><a href='/safety'>Safety</a> · <a href='/v/%d'>Annonce vedette</a></section>" % (cats, ADS[0].adid) + FOOT))
    return s


# ================================================================== 4. northstar-shop (single-vendor darknet shop)

def northstar_shop():
    s = Site("northstar-shop", "darknet-vendor-shop")
    s.robots = "User-agent: *\nDisallow: /login\nDisallow: /cart\nDisallow: /account/\nDisallow: /admin/\n"
    s.disallow = ["/login", "/cart", "/account/", "/admin/"]
    s.rate_limit = 10
    s.junk_params = s.junk_params + ["ref", "captcha_ok"]
    SHIP_INTL = [("Standard stealth — letter, MBB + decoy", "$10", "stealth"), ("Express EMS tracked", "$35", ""),
                 ("Seizure insurance: 50% refund if seized", "+15%", "")]
    SHIP_US = [("USPS First Class — stealth, vacuum sealed", "$8", "stealth"), ("USPS Priority Express", "$30", "")]
    SHIP_PLAIN = [("Standard letter", "$8", ""), ("Tracked parcel", "$20", "")]
    P = [
        Off(fentanyl, "Fentanyl HCl 98% (lab tested)", "1443-54-5", slug="fentanyl-hcl-98", ship=SHIP_US, escrow="Escrow",
            claims=[("forwarding", "Ships from our US hub — domestic USPS drop, your pack never touches customs.")],
            price="$180 / g", cat="fentanyl-analogues"),
        Off(fentanyl, "M30 'Blues' pressed (fent) x100", None, slug="m30-blues-x100", ship=SHIP_INTL, escrow="FE only (trusted buyers)",
            claims=[("mislabel", "CN22 is declared as 'phone accessories'.")], price="$650", cat="fentanyl-analogues"),
        Off(isotonit, "Isotonitazene powder 1g / 5g", None, slug="isotonitazene", ship=SHIP_INTL, escrow="Escrow", cas_in_desc="14188 81 9",
            claims=[("customs", "Customs-proof route to EU and UK — 100% clearance so far, guaranteed.")], price="$90 / g", cat="nitazenes"),
        Off(metonit, "Metonitazene", "14680-51-4", slug="metonitazene", ship=SHIP_INTL, escrow="Escrow",
            claims=[("forwarding", "EU orders ship domestically from our Netherlands drop — no customs declaration.")],
            price="$75 / g", cat="nitazenes"),
        Off(protopyne, "Protonitazepyne (N-pyrrolidino protonitazene)", None, slug="protonitazepyne", ship=SHIP_INTL, escrow="Escrow",
            price="$95 / g", cat="nitazenes"),
        Off(nov_metpyne, "Metonitazepyne — new", None, slug="metonitazepyne", ship=SHIP_INTL, escrow="FE only (trusted buyers)",
            desc="N-pyrrolidino metonitazene: 2-[(4-methoxyphenyl)methyl]-5-nitro-1-[2-(pyrrolidin-1-yl)ethyl]-1H-benzimidazole. Potent, dose in micrograms.",
            price="$110 / g", cat="nitazenes"),
        Off(etonitpyne, "Etonitazepyne (N-pyrrolidino etonitazene)", "2785346-75-8", slug="etonitazepyne", ship=SHIP_INTL,
            escrow="Escrow", price="$85 / g", cat="nitazenes"),
        Off(nov_cbf, "Cyclobutylfentanyl", None, slug="cyclobutylfentanyl", ship=SHIP_US, escrow="Escrow",
            desc="Cyclobutyl analog of fentanyl (N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]cyclobutanecarboxamide). Unscheduled by name.",
            price="$160 / g", cat="fentanyl-analogues"),
        Off(ocf, "Ocfentanil 1g", "101343-69-5", slug="ocfentanil", ship=SHIP_US, escrow="Escrow", price="$200 / g", cat="fentanyl-analogues"),
        Off(acetylf, "Ac3tyl-F3nt (acetyl f.e.n.t) 5g", None, slug="acetyl-f-5g", ship=SHIP_INTL, escrow="Escrow",
            price="$400", cat="fentanyl-analogues"),
        Off(nov_protodes, "Protodesnitazene — analytical sample", None, slug="protodesnitazene", ship=SHIP_PLAIN, escrow="Escrow",
            desc="N,N-diethyl-2-[2-[(4-propoxyphenyl)methyl]-1H-benzimidazol-1-yl]ethanamine (des-nitro analog of protonitazene). 250 mg vials.",
            price="$70", cat="nitazenes"),
        Off(anpp, "4-ANPP 25g (precursor)", "21409-26-7", slug="4-anpp-25g", ship=SHIP_INTL, escrow="Escrow", price="$300", cat="precursors"),
        Off(xylazine, "Xylazine 'tranq' 100g", None, slug="xylazine-100g", ship=SHIP_US, escrow="Escrow", price="$120", cat="other"),
        Off(ketamine, "Ketamine shards (fent-free tested)", None, slug="ketamine-shards", ship=SHIP_US, escrow="Escrow",
            desc="Every batch tested with fentanyl strips — fent-free guaranteed. Needle-point shards.", price="$35 / g", cat="other"),
        Off(NONE, "Fentanyl test strips x10", None, slug="fentanyl-test-strips", ship=SHIP_PLAIN, escrow="Escrow",
            desc="Free with every order over $100. Detects fentanyl and most analogues; does not detect nitazenes.",
            price="$10", cat="other"),
        Off(benzocaine, "Benzocaine 100g (cut)", "94-09-7", slug="benzocaine-100g", ship=SHIP_PLAIN, escrow="Escrow", price="$25", cat="other"),
        Off(mannitol, "Mannitol 250g", "69-65-8", slug="mannitol-250g", ship=SHIP_PLAIN, escrow="Escrow", price="$15", cat="other"),
    ]
    CATS = [("fentanyl-analogues", "Fentanyl & analogues"), ("nitazenes", "Nitazenes"), ("precursors", "Precursors"), ("other", "Other")]
    for i, o in enumerate(P, 1):
        o.nid = i
        o.url = "/product/%s" % o.slug

    def head(title):
        return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s :: NorthStar Chem</title>"
                "<style>body{background:#111;color:#ddd;font-family:monospace}.badge{padding:2px 4px}</style></head><body>"
                "<div class='topbar'><span class='brand'>&#9733; NorthStar Chem</span> <span class='tag'>single-vendor shop since 2022</span>"
                "<span class='right'><a href='/login'>Login</a> | <a href='/cart'>Cart (0)</a> | <a href='/account/orders'>Orders</a></span></div>"
                "<nav class='menu'><a href='/'>Home</a> <a href='/products'>Products</a> %s <a href='/reviews'>Reviews</a> "
                "<a href='/news'>News &amp; Canary</a> <a href='/pgp'>PGP</a> <a href='/terms'>Terms</a> <a href='/faq'>FAQ</a></nav>"
                "<div class='notice'>Always verify our mirrors against the PGP-signed list. We will never ask for your password.</div>"
                "<div class='content'>") % (esc(title), " ".join("<a href='/category/%s'>%s</a>" % c for c in CATS))
    FOOT = ("</div><div class='footer'>NorthStar Chem &middot; BTC / XMR only &middot; mirrors: "
            "northstar4k2vxq7w.onion &middot; northstarqq3bh5ke.onion &middot; <a href='/canary'>warrant canary</a></div></body></html>")

    def card(o):
        return ("<tr class='product-row'><td><img src='/img/%d.png' width='48' alt=''></td><td><a href='%s'>%s</a></td>"
                "<td class='price'>%s</td><td><span class='badge %s'>%s</span></td><td>%d sold</td></tr>"
                % (o.nid, o.url, esc(o.name), esc(o.price), "escrow" if o.escrow == "Escrow" else "fe", esc(o.escrow), 40 + 17 * o.nid % 300))

    def table(items):
        return ("<table class='products'><tr><th></th><th>Product</th><th>Price</th><th>Payment</th><th>Sales</th></tr>%s</table>"
                % "".join(card(o) for o in items))
    pgs = paginate(P, 9)
    for k, chunk in enumerate(pgs, 1):
        acc = Acc()
        for o in chunk:
            acc.off(o, cas=False, claims=False)
        path = "/products" if k == 1 else "/products?page=%d" % k
        s.add(mk(path, head("Products") + "<h1>All products</h1>%s<div class='pages'>%s</div>" % (
            table(chunk), " ".join("<a href='%s'>%d</a>" % ("/products" if j == 1 else "/products?page=%d" % j, j)
                                   for j in range(1, len(pgs) + 1))) + FOOT, acc=acc, listing=True))
    for c, cn in CATS:
        items = [o for o in P if o.cat == c]
        acc = Acc()
        for o in items:
            acc.off(o, cas=False, claims=False)
        s.add(mk("/category/%s" % c, head(cn) + "<h1>%s</h1>%s" % (esc(cn), table(items)) + FOOT, acc=acc, listing=True))
    for o in P:
        s.add(Page("/img/%d.png" % o.nid, tiny_png(100 + o.nid), ctype="image/png"))
        acc = Acc().off(o)
        for _, _, kind in o.ship:
            if kind:
                acc.claim(kind)
        if getattr(o, "cas_in_desc", None):
            acc.addcas(o.cas_in_desc)
        desc = [o.desc or "High purity, tested every batch. Read the terms before ordering."]
        if getattr(o, "cas_in_desc", None):
            desc.append("CAS %s." % o.cas_in_desc)
        desc += [t for _, t in o.claims]
        ship = "".join("<tr><td><input type='radio' name='ship' value='%d'%s> %s</td><td>%s</td></tr>"
                       % (j, " checked" if j == 0 else "", esc(n), esc(p)) for j, (n, p, _) in enumerate(o.ship))
        s.add(mk(o.url, head(o.name) +
                 "<div class='product'><h1>%s</h1><div class='meta'><span class='price'>%s</span> &middot; "
                 "<span class='badge'>%s</span> &middot; In stock &middot; Ships from: %s &middot; Ships to: Worldwide</div>"
                 "%s<div class='desc'>%s</div>"
                 "<h3>Shipping options</h3><table class='shipping-options'><tr><th>Option</th><th>Price</th></tr>%s</table>"
                 "<p class='pgp-note'>Encrypt your address with our <a href='/pgp'>PGP key</a>. Unencrypted addresses are deleted.</p>"
                 "<form action='/cart/add/%d' method='post'><input name='qty' value='1' size='3'> "
                 "<button type='submit'>Add to cart</button></form></div>"
                 % (esc(o.name), esc(o.price), esc(o.escrow), "USA" if o.ship is SHIP_US else "EU / Worldwide",
                    ("<div class='cas'>CAS: %s</div>" % esc(o.cas)) if o.cas else "",
                    "".join("<p>%s</p>" % esc(d) for d in desc), ship, o.nid) + FOOT, acc=acc, listing=True))
        s.redirects["/p/%d" % o.nid] = o.url
    s.flaky |= {P[3].url, P[9].url, "/reviews"}
    s.redirects["/shop"] = "/products"
    # ---- news with canary: a restock post is an offer; "no longer carry" is not
    s.add(mk("/news", head("News & Canary") +
             "<h1>News</h1><div class='news-item'><h3>2026-11-18 — Metonitazene restocked</h3><p>Metonitazene is back: $75/g, "
             "10% off this week with code NS10. <a href='/product/metonitazene'>Order here</a>.</p></div>"
             "<div class='news-item'><h3>2026-11-02 — Carfentanil</h3><p>We no longer carry carfentanil and will not restock it. "
             "Please stop asking.</p></div><div class='news-item'><h3>2026-10-20 — Holiday break</h3><p>No shipping 24-27 Dec.</p></div>"
             "<p><a href='/canary'>Current canary (signed)</a></p>" + FOOT,
             acc=Acc().off(Off(metonit, "Metonitazene", None)), listing=False))
    s.add(mk("/canary", head("Warrant canary") +
             "<pre>-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nAs of 2026-11-20 NorthStar Chem has not been served any warrant,\n"
             "has not been compromised, and remains in sole control of its keys.\nLatest BTC block: 0000000000000000000171fa3c...\n"
             "-----BEGIN PGP SIGNATURE-----\niQIzBAEBCgAdFiEE7kQxZ2Vx...\n=Xk2p\n-----END PGP SIGNATURE-----</pre>" + FOOT))
    s.add(mk("/pgp", head("PGP") + "<pre>-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGVx3a8BEADJ9l2...\n=aB3x\n-----END PGP PUBLIC KEY BLOCK-----</pre>" + FOOT))
    # ---- reviews: buyers praising stealth and customs are not seller claims; reviews are no offers
    revs = [("b***r", "Isotonitazene", 5, "Stealth was insane, took me 10 minutes to find it. Came through customs no problem."),
            ("k***9", "Fentanyl HCl", 5, "Top quality, USPS in 2 days, great stealth."),
            ("m***x", "Metonitazene", 4, "Good product, vacuum sealed twice. Slow shipping."),
            ("t***t", "Xylazine", 3, "OK. Vendor reshipped after my first pack got lost — thanks."),
            ("a***e", "4-ANPP", 5, "As described."), ("q***1", "Ketamine", 5, "Tested fent-free with the included strips. Clean."),
            ("z***o", "M30 Blues", 2, "Took 3 weeks, customs letter first."), ("p***s", "Ocfentanil", 5, "Legit.")]
    rp = paginate(revs, 5)
    for k, chunk in enumerate(rp, 1):
        path = "/reviews" if k == 1 else "/reviews?page=%d" % k
        s.add(mk(path, head("Reviews") + "<h1>Buyer feedback (4.8/5, 1,204 reviews)</h1><table class='reviews'>"
                 "<tr><th>Buyer</th><th>Item</th><th>Rating</th><th>Comment</th></tr>%s</table><div class='pages'>%s</div>"
                 % ("".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (b, esc(i), "&#9733;" * r, esc(t)) for b, i, r, t in chunk),
                    " ".join("<a href='%s'>%d</a>" % ("/reviews" if j == 1 else "/reviews?page=%d" % j, j) for j in range(1, len(rp) + 1)))
                 + FOOT))
    s.add(mk("/terms", head("Terms") + "<h1>Terms &amp; refund policy</h1><ol>"
             "<li>Finalize early only if you have 10+ orders with us; everyone else uses escrow.</li>"
             "<li>All orders go out in our standard stealth: vacuum sealed twice, decoy, no return address.</li>"
             "<li>We do NOT reship lost or seized orders. No exceptions; insured orders get a 50% refund, nothing else.</li>"
             "<li>Encrypt your address. Unencrypted addresses are deleted.</li></ol>" + FOOT, acc=Acc().claim("stealth")))
    s.add(mk("/faq", head("FAQ") + "<h1>FAQ</h1><dl><dt>Can you guarantee customs?</dt><dd>Some vendors promise 'guaranteed customs "
             "clearance' — nobody can honestly guarantee that, and neither do we.</dd>"
             "<dt>Do you write fake contents on the label?</dt><dd>We don't discuss packaging details in public.</dd>"
             "<dt>What is FE?</dt><dd>Finalize early: payment released before delivery. Only for trusted buyers.</dd></dl>" + FOOT))
    acc = Acc()
    feat = [P[0], P[2], P[3]]
    for o in feat:
        acc.off(o, cas=False, claims=False)
    s.add(mk("/", head("Home") + "<h1>Welcome to NorthStar Chem</h1><p>Quality research chemicals, worldwide. "
             "Read the <a href='/terms'>terms</a> and check the <a href='/canary?sid=ab12'>canary</a>.</p>"
             "<h2>Bestsellers</h2>%s<p><a href='/products'>All products &raquo;</a> <a href='/shop'>(old shop link)</a></p>" % table(feat)
             + FOOT, acc=acc, listing=True))
    s.add(mk("/login", head("Login") + "<form><input name='u'><input name='p' type='password'><img src='/captcha.png'></form>" + FOOT))
    s.add(mk("/admin/new", head("Admin") + "<h1>Draft: Carfentanil 1g</h1><p>CAS 59708-52-0</p>" + FOOT,
             acc=Acc().off(Off(carfent, "Carfentanil")), listing=True))
    return s


# ================================================================== 5. drugwatch-portal (hard negatives, EN + ES)

def drugwatch_portal():
    s = Site("drugwatch-portal", "negative-reference")
    s.robots = "User-agent: *\nDisallow: /intranet/\nDisallow: /search\n"
    s.disallow = ["/intranet/", "/search"]
    s.trap_prefix = "/events/"
    s.junk_params = s.junk_params + ["utm_campaign", "lang_ignored"]

    def head(title, lang="en", charset="utf-8", section="EDMC"):
        return ("<!DOCTYPE html><html lang='%s'><head><meta http-equiv='Content-Type' content='text/html; charset=%s'>"
                "<title>%s | %s</title></head><body class='page'><a class='skip' href='#main'>Skip to content</a>"
                "<header class='ecl-site-header'><div class='ecl-site-header__banner'><a href='/' class='logo'>European Drug "
                "Monitoring Centre (EDMC)</a> <span class='tagline'>An agency of the European Union</span></div>"
                "<nav class='ecl-menu'><a href='/en/substances/'>Substances</a> <a href='/en/publications/'>Publications</a> "
                "<a href='/en/news/'>News</a> <a href='/customs/en/press-releases/'>Customs press releases</a> "
                "<a href='/aduanas/es/comunicados/'>Aduanas (ES)</a> <a href='/en/harm-reduction/test-strips'>Harm reduction</a></nav>"
                "<form action='/search' class='ecl-search-form'><input name='q' placeholder='Search'></form></header>"
                "<main id='main' class='ecl-container'>") % (lang, charset, esc(title), section)
    FOOT = ("</main><footer class='ecl-footer'><a href='/en/legal-notice'>Legal notice</a> &middot; <a href='/en/cookies'>Cookies</a> &middot; "
            "<a href='/events/2026-11'>Events calendar</a> &middot; <a href='/intranet/'>Staff intranet</a></footer>"
            "<div class='cck-banner'>This site uses cookies to offer you a better browsing experience. <a href='/en/cookies'>Find out more</a> "
            "<button>Accept all cookies</button> <button>Accept only essential cookies</button></div></body></html>")
    subs = [
        ("fentanyl", "Fentanyl", "437-38-7", "N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide", "C22H28N2O",
         "Synthetic opioid; Schedule I of the 1961 Convention. Street names include 'China white', 'fent', 'M30s'."),
        ("carfentanil", "Carfentanil", "59708-52-0", "methyl 1-(2-phenylethyl)-4-[phenyl(propanoyl)amino]piperidine-4-carboxylate",
         "C24H30N2O3", "Veterinary immobilising agent; about 100 times more potent than fentanyl."),
        ("isotonitazene", "Isotonitazene", "14188-81-9",
         "N,N-diethyl-2-[5-nitro-2-[(4-propan-2-yloxyphenyl)methyl]benzimidazol-1-yl]ethanamine", "C21H26N4O3",
         "Benzimidazole opioid; first detected in Europe in 2019."),
        ("metonitazene", "Metonitazene", "14680-51-4", "N,N-diethyl-2-[2-[(4-methoxyphenyl)methyl]-5-nitrobenzimidazol-1-yl]ethanamine",
         "C21H26N4O3", "Benzimidazole opioid; controlled internationally since 2023."),
        ("npp", "NPP (N-phenethyl-4-piperidone)", "39742-60-4", "1-(2-phenylethyl)piperidin-4-one", "C13H17NO",
         "Fentanyl precursor; Table I of the 1988 Convention since 2017."),
        ("4-anpp", "4-ANPP", "21409-26-7", "N-phenyl-1-(2-phenylethyl)piperidin-4-amine", "C19H24N2",
         "Immediate fentanyl precursor; Table I since 2017."),
    ]
    for slug, name, cas, iupac, mf, note in subs:
        s.add(mk("/en/substances/%s" % slug, head("%s — substance profile" % name) +
                 "<h1>%s</h1><nav class='breadcrumb'><a href='/en/substances/'>Substances</a> › %s</nav>"
                 "<table class='ecl-table chem-profile'><tr><th>CAS Registry Number</th><td>%s</td></tr>"
                 "<tr><th>IUPAC name</th><td>%s</td></tr><tr><th>Molecular formula</th><td>%s</td></tr>"
                 "<tr><th>Legal status</th><td>Controlled</td></tr></table><h2>Summary</h2><p>%s</p>"
                 "<h2>Availability</h2><p>Offered on surface-web shops and Telegram channels, often with promises of "
                 "'stealth shipping', 'guaranteed customs clearance' or a free reship if seized. Such offers are reported to "
                 "the national focal points.</p><p><a href='/en/publications/risk-assessments/%s'>Risk assessment report</a></p>"
                 % (esc(name), esc(name), cas, esc(iupac), mf, esc(note), slug) + FOOT))
        s.add(mk("/en/publications/risk-assessments/%s" % slug, head("Risk assessment report on %s" % name) +
                 "<h1>Risk assessment report on a new psychoactive substance: %s</h1><p class='meta'>EDMC Risk Assessments, "
                 "2026</p><h2>1. Chemical and physical description</h2><p>%s (CAS RN %s; %s) is %s</p>"
                 "<h2>2. Availability, supply and trafficking</h2><p>Sold by Chinese chemical companies on B2B sites (e.g. as '99%% "
                 "white powder, CAS %s') and in darknet markets. Vendors advertised discreet packaging and declared parcels as "
                 "'dye intermediates'.</p><p><a href='/en/publications/risk-assessments/%s.pdf'>Download PDF</a> &middot; "
                 "<a href='/substances/%s'>Substance profile (old address)</a></p>"
                 % (esc(name), esc(name), cas, esc(iupac), esc(note), cas, slug, slug) + FOOT))
        s.add(Page("/en/publications/risk-assessments/%s.pdf" % slug, b"%PDF-1.4\n% EDMC risk assessment " + slug.encode() + b"\n%%EOF\n",
                   ctype="application/pdf"))
    s.add(mk("/en/substances/", head("Substance profiles") + "<h1>Substance profiles</h1><table class='ecl-table'>"
             "<tr><th>Substance</th><th>CAS</th><th>Class</th></tr>%s</table>"
             % "".join("<tr><td><a href='/en/substances/%s'>%s</a></td><td>%s</td><td>%s</td></tr>"
                       % (sl, esc(n), c, "precursor" if sl in ("npp", "4-anpp") else "opioid") for sl, n, c, _, _, _ in subs) + FOOT))
    # scheduling notice: CAS table + the systematic names of new analogues (the same names that are sold elsewhere)
    sched = [("N-(2-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]butanamide", "ortho-fluorobutyrylfentanyl", "—"),
             ("N-phenyl-N-[1-[2-(thiophen-2-yl)ethyl]piperidin-4-yl]butanamide", "butyryl thiofentanyl", "—"),
             ("5-nitro-2-[(4-propan-2-yloxyphenyl)methyl]-1-[2-(pyrrolidin-1-yl)ethyl]-1H-benzimidazole", "isotonitazepyne", "—"),
             ("N,N-diethyl-2-[2-[(4-fluorophenyl)methyl]-5-nitro-1H-benzimidazol-1-yl]ethanamine", "flunitazene", "—"),
             ("Protonitazene", "propoxy analogue", "95958-84-2"), ("Butonitazene", "butoxy analogue", "95810-54-1"),
             ("1-boc-4-piperidone", "tert-butyl 4-oxopiperidine-1-carboxylate", "79099-07-3"),
             ("4-Piperidone", "piperidin-4-one", "41661-47-6")]
    s.add(mk("/en/legal/scheduling-notice-2026-07", head("Scheduling notice 2026/07") +
             "<h1>Notice of temporary control measures — July 2026</h1><p>The following substances are placed under control "
             "measures with effect from 1 August 2026. Member States shall prohibit their production, supply and possession.</p>"
             "<table class='ecl-table'><tr><th>Substance</th><th>Other name</th><th>CAS RN</th></tr>%s</table>"
             "<p>Fentanyl-related substances are covered generically (class definition, Annex II).</p>"
             % "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b), c) for a, b, c in sched) + FOOT))
    s.add(mk("/en/publications/alerts/2026-04-nitazenes", head("Early warning: nitazenes in falsified tablets") +
             "<h1>EU Early Warning System alert: nitazenes in falsified oxycodone tablets</h1>"
             "<p>Analytically confirmed: metonitazene (CAS 14680-51-4), N-desethyl isotonitazene (CAS 2732926-24-6) and "
             "N-pyrrolidino protonitazene in tablets sold as 'M30' or 'oxy'. Several products were advertised as 'fent-free'.</p>"
             "<p>Fentanyl test strips do not detect nitazenes. Naloxone remains effective; repeated doses may be needed.</p>" + FOOT))
    s.add(mk("/en/research/fentanyl-precursor-trends", head("Research: precursor trends") +
             "<h1>Shifts in fentanyl precursor trafficking, 2017–2026</h1><p class='abstract'>After NPP (CAS 39742-60-4) and 4-ANPP "
             "(CAS 21409-26-7) were controlled in 2017, suppliers moved to 4-AP (CAS 23056-29-3), 1-boc-4-AP (CAS 125541-22-2) "
             "and later to 1-boc-4-piperidone (CAS 79099-07-3). We analysed 1,200 B2B listings; 38% promised customs clearance "
             "and 22% offered to mislabel parcels.</p><p>Keywords: fentanyl, carfentanil, precursors, B2B platforms.</p>" + FOOT))
    s.add(mk("/en/harm-reduction/test-strips", head("Fentanyl test strips") +
             "<h1>Fentanyl test strips: a harm-reduction tool</h1><p>Test strips detect fentanyl and many analogues such as "
             "acetylfentanyl and furanylfentanyl. A negative result does not mean a sample is 'fent-free'. They do not detect "
             "nitazenes or xylazine.</p><p>Where to get them: pharmacies and drug-checking services. EDMC does not sell any products.</p>" + FOOT))
    s.add(mk("/en/publications/", head("Publications") + "<h1>Publications</h1><ul>"
             "<li><a href='/en/publications/alerts/2026-04-nitazenes'>Early warning: nitazenes (April 2026)</a></li>"
             "<li><a href='/en/legal/scheduling-notice-2026-07'>Scheduling notice 2026/07</a></li>"
             "<li><a href='/en/research/fentanyl-precursor-trends'>Research: precursor trends</a></li>%s</ul>"
             % "".join("<li><a href='/en/publications/risk-assessments/%s'>Risk assessment: %s</a></li>" % (sl, esc(n)) for sl, n, *_ in subs) + FOOT))
    # customs press releases (EN), paginated
    pr = [
        ("2026-11-12-anpp-seizure", "Customs seize 40 kg of 4-ANPP declared as 'dye intermediate'",
         "Officers at the port of Rotterdam seized 40 kg of 4-ANPP (CAS 21409-26-7) shipped from Asia and declared as a dye "
         "intermediate. The seller's website promised 'guaranteed customs clearance' and 'stealth packaging'."),
        ("2026-10-28-carfentanil-letters", "Carfentanil found in letters from a darknet vendor",
         "A darknet vendor shipped carfentanil in vacuum-sealed letters with decoy greeting cards. The shop advertised a free "
         "reship if parcels were seized. Investigators traced 300 orders."),
        ("2026-10-02-npp-forwarding", "Precursors routed through a freight forwarder",
         "NPP (CAS 39742-60-4) and 1-boc-4-piperidone were routed through a forwarding warehouse in Hong Kong to avoid inspection."),
        ("2026-09-15-nitazene-tablets", "Nitazene tablets intercepted at airport",
         "12,000 tablets containing metonitazene and isotonitazene, marked 'M30', were intercepted."),
        ("2026-08-30-test-strips", "Customs support distribution of fentanyl test strips",
         "Seized counterfeit tablets will be tested; test strips are distributed to harm-reduction services."),
    ]
    pp = paginate(pr, 3)
    for k, chunk in enumerate(pp, 1):
        path = "/customs/en/press-releases/" if k == 1 else "/customs/en/press-releases/?page=%d" % k
        s.add(mk(path, head("Press releases", section="Customs") + "<h1>Customs press releases</h1><ul class='pr-list'>%s</ul><nav class='pager'>%s</nav>"
                 % ("".join("<li><a href='/customs/en/press-releases/%s'>%s</a> <time>%s</time></li>" % (sl, esc(t), sl[:10]) for sl, t, _ in chunk),
                    " ".join("<a href='%s'>%d</a>" % ("/customs/en/press-releases/" if j == 1 else "/customs/en/press-releases/?page=%d" % j, j)
                             for j in range(1, len(pp) + 1))) + FOOT))
    for sl, t, body in pr:
        s.add(mk("/customs/en/press-releases/%s" % sl, head(t, section="Customs") +
                 "<article class='press-release'><h1>%s</h1><time>%s</time><p>%s</p><p>Media contact: press@customs.example</p></article>"
                 % (esc(t), sl[:10], esc(body)) + FOOT))
    # Spanish customs press releases, iso-8859-1
    es = [
        ("incautacion-4-anpp", "La Agencia Tributaria incauta 25 kg de 4-ANPP declarados como «colorantes»",
         "Los agentes de Vigilancia Aduanera intervinieron en el aeropuerto de Madrid-Barajas 25 kg de 4-ANPP (CAS 21409-26-7), "
         "precursor del fentanilo, ocultos en envíos declarados como colorantes textiles. El vendedor ofrecía «despacho de aduanas garantizado»."),
        ("nitacenos-telegram", "Operación contra la venta de nitacenos en Telegram",
         "La Guardia Civil ha desarticulado una red que vendía isotonitaceno y metonitaceno a través de canales de Telegram. "
         "Los vendedores prometían «reenvío gratuito» en caso de incautación y «envío discreto»."),
        ("fentanilo-puerto-valencia", "Intervenidos 3 kg de fentanilo en el puerto de Valencia",
         "El fentanilo (CAS 437-38-7) llegó camuflado en un contenedor de piezas de automóvil, reexpedido a través de un almacén en Rotterdam."),
    ]
    for sl, t, body in es:
        s.add(mk("/aduanas/es/comunicados/%s" % sl, head(t, "es", "iso-8859-1", "Aduanas") +
                 "<article class='nota-prensa'><h1>%s</h1><p class='fecha'>Madrid, noviembre de 2026</p><p>%s</p>"
                 "<p>Gabinete de prensa &middot; <a href='/aduanas/es/comunicados/'>Volver a comunicados</a></p></article>" % (esc(t), esc(body)) + FOOT,
                 charset="iso-8859-1"))
    s.add(mk("/aduanas/es/comunicados/", head("Comunicados de prensa", "es", "iso-8859-1", "Aduanas") +
             "<h1>Comunicados de prensa — Vigilancia Aduanera</h1><ul>%s</ul>"
             % "".join("<li><a href='/aduanas/es/comunicados/%s'>%s</a></li>" % (sl, esc(t)) for sl, t, _ in es) + FOOT,
             charset="iso-8859-1", header=False))
    s.add(mk("/en/news/", head("News") + "<h1>News</h1><ul><li><a href='/en/publications/alerts/2026-04-nitazenes'>Nitazene alert</a></li>"
             "<li><a href='/customs/en/press-releases/2026-11-12-anpp-seizure'>40 kg 4-ANPP seized</a></li></ul>" + FOOT))
    s.add(mk("/en/legal-notice", head("Legal notice") + "<h1>Legal notice</h1><p>© European Drug Monitoring Centre, 2026.</p>" + FOOT))
    s.add(mk("/en/cookies", head("Cookies") + "<h1>Cookies</h1><p>We use first-party analytics cookies only.</p>" + FOOT))
    s.add(mk("/intranet/", head("Intranet") + "<h1>Staff only</h1>" + FOOT))
    s.add(mk("/", head("Home") + "<h1>European Drug Monitoring Centre</h1><div class='ecl-row'>"
             "<section><h2>Latest</h2><ul><li><a href='/en/legal/scheduling-notice-2026-07'>New control measures for eight substances</a></li>"
             "<li><a href='/en/publications/alerts/2026-04-nitazenes?utm_source=home'>Nitazenes in falsified tablets</a></li>"
             "<li><a href='/en/research/fentanyl-precursor-trends'>Precursor trends 2017–2026</a></li></ul></section>"
             "<section><h2>Explore</h2><ul><li><a href='/en/substances/'>Substance profiles</a></li><li><a href='/en/publications/'>Publications</a></li>"
             "<li><a href='/customs/en/press-releases/'>Customs press releases</a></li><li><a href='/aduanas/es/comunicados/'>Comunicados (ES)</a></li>"
             "<li><a href='/en/news/'>News</a></li></ul></section></div>" + FOOT))
    for sl, *_ in subs:
        s.redirects["/substances/%s" % sl] = "/en/substances/%s" % sl
    s.redirects["/customs/"] = "/customs/en/press-releases/"
    s.flaky.add("/en/research/fentanyl-precursor-trends")
    return s


def sites():
    return [rc_boutique(), b2b_tradeplaza(), tg_aggregator(), annonces_ca(), northstar_shop(), drugwatch_portal()]
