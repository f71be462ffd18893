"""sheetlist: a vendor's Wix site (EN + /es/) and the Google-Sheets "pubhtml" price lists it links to.

Wix markup: #SITE_CONTAINER, generated comp-xxxxxxxx ids, wixui-rich-text blocks where a word is
often split across two <span>s (bold or colour change in the editor), a Wix Stores gallery
(data-hook="product-list-grid-item") with "Load More" as /shop?page=2, product pages with a
"Related Products" rail and a "Contact us on WhatsApp" button (wa.me).
Sheets markup: table.waffle with a row-number column, column letters A..H, a frozen header
(freezebar), sheet tabs as links (pubhtml?gid=N&single=true). The full pubhtml holds every sheet
(the inactive ones display:none), so it shows every offer of the spreadsheet.
"""
import re

from marketsim import Site, Page, rng, tiny_png
from w17_common import (T, mkpage, esc, qkey, cas_ok, npp, anpp, ap4, boc4ap, bocpip, pip4, norfent, protonit, metonit,
                        isotonit, furanylf, fibf, carfent, xylazine, ketamine, bromazolam, bmkgly, p2p, pmkgly, nn_isopyne,
                        nf_2fof, fentanyl, phenethylbr, aniline, lidocaine, phenacetin, benzocaine, XYL_HCL, KET_HCL)

WA = "8615512349087"
R = rng("w17-sheets")


def cid():
    return "comp-" + "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))


def plain(s):
    return re.sub(r"<[^>]+>", "", s.replace("|", ""))


def rich(text, tag="p", font="font_8"):
    """A Wix rich-text block. '|' in text marks a span boundary (style change mid-word)."""
    parts = text.split("|")
    spans = []
    for i, p in enumerate(parts):
        style = " style=\"font-weight:bold;\"" if i % 2 else ""
        spans.append("<span%s class=\"wixui-rich-text__text\">%s</span>" % (style, esc(p)))
    c = cid()
    return ("<div id=\"%s\" class=\"KcpHeO tz5f0K %s wixui-rich-text\" data-testid=\"richTextElement\">"
            "<%s class=\"%s wixui-rich-text__text\"><span style=\"color:#1D2D3E;\" class=\"wixui-rich-text__text\">%s</span></%s></div>"
            % (c, c, tag, font, "".join(spans), tag))


class Prod:
    def __init__(self, slug, name, sub, ev, cas, price, desc, es=None):
        self.slug, self.name, self.sub, self.ev, self.cas, self.price, self.desc = slug, name, sub, ev, cas, price, desc
        self.es = es   # (name_es, ev_es, desc_es) or None

    def t_name(self, text):
        t = T()
        if "bmk" in plain(text).lower() and self.sub is bmkgly:
            t.mention(p2p)   # "BMK powder" here names the glycidate, not P2P itself
        for e in (self.ev if isinstance(self.ev, tuple) else (self.ev,)):
            if self.sub.key and e.lower() in plain(text).lower():
                t.offer(self.sub, e)
                break
        t.mention(self.sub)
        return t


PRODUCTS = [
    Prod("npp-powder-99", "NPP Powder 99% (1-Phenethyl-4-piperidone)", npp, ("NPP", "1-Phenethyl-4-piperidone"), "39742-60-4", "$380.00",
         ["High purity 1-Phenethyl-4-piperidone, off-white crystalline powder.", "CAS: 39742-60-4 | Purity: 99.3% (HPLC) | MOQ 100 g"],
         es=("N-fenetil-4-piperidona (NPP) 99%", "N-fenetil-4-piperidona",
             ["N-fenetil-4-piperidona de alta pureza, polvo cristalino.", "CAS: 39742-60-4 | Pureza: 99,3 % | Pedido mínimo 100 g"])),
    Prod("4-anpp-high-purity", "4-ANPP High Purity", anpp, "4-ANPP", "21409-26-7", "$1,250.00",
         ["4-AN|PP, white powder, in stock in our Mexico and US warehouses.", "CAS 21409-26-7, purity 99.5%."],
         es=("4-ANPP alta pureza", "4-ANPP", ["4-AN|PP en polvo blanco, existencia en bodega de México.", "CAS 21409-26-7."])),
    Prod("1-boc-4-piperidone", "1-Boc-4-Piperidone", bocpip, "1-Boc-4-Piperidone", "79099-07-3", "$95.00",
         ["tert-Butyl 4-oxopiperidine-1-carboxylate, CAS 79099-07-3.", "Factory price for bulk orders (25 kg drums)."],
         es=("1-Boc-4-piperidona", "1-Boc-4-piperidona", ["1-Boc-4-pipe|ridona, CAS 79099-07-3, tambores de 25 kg."])),
    Prod("4-ap-anilinopiperidine", "4-AP (4-Anilinopiperidine)", ap4, ("4-AP", "4-Anilinopiperidine"), "23056-29-3", "$420.00",
         ["4-Anilino|piperidine, CAS 23056-29-3, yellowish powder.", "Ships within 48 h after payment."]),
    Prod("1-boc-4-ap", "1-Boc-4-AP", boc4ap, "1-Boc-4-AP", "125541-22-2", "$310.00",
         ["tert-Butyl 4-(phenylamino)piperidine-1-carboxylate.", "CAS No. 125541222, white powder, purity ≥ 99%."]),
    Prod("norfentanyl", "Norfentanyl Base", norfent, "Norfentanyl", "1609-66-1", "$890.00",
         ["Norfen|tanyl base, CAS 1609-66-1, lab-tested.", "Sample orders (10 g) welcome."]),
    Prod("protonitazene-hcl", "Protonitazene HCl (research)", protonit, "Protonitazene", "95958-84-2", "$640.00",
         ["Proto|nitazene hydrochloride, for research purposes only.", "CAS 95958-84-2. Crystal, 99.1%."],
         es=("Protonitazeno HCl (investigación)", "Protonitazeno", ["Proto|nitazeno clorhidrato, solo para investigación.", "CAS 95958-84-2."])),
    Prod("metonitazene", "Metonitazene", metonit, "Metonitazene", "14680-51-4", "$600.00",
         ["Meto|nitazene, CAS 14680-51-4, white powder, COA on request."]),
    Prod("isotonitazepyne", "N-Pyrrolidino Isotonitazene", nn_isopyne, ("N-Pyrrolidino Isotonitazene", "Isotonitazepyne"), "", "$700.00",
         ["New product: Isotonita|zepyne (N-pyrrolidino isotonitazene).", "No CAS assigned yet. Research use only."]),
    Prod("xylazine-hcl", "Xylazine HCl", xylazine, "Xylazine", XYL_HCL, "$160.00",
         ["Xyla|zine hydrochloride, CAS 23076-35-9, veterinary grade.", "1 kg minimum."],
         es=("Xilacina HCl", "Xilacina", ["Xila|cina clorhidrato, CAS 23076-35-9, grado veterinario.", "Mínimo 1 kg."])),
    Prod("bmk-glycidate", "New BMK Powder (BMK methyl glycidate)", bmkgly, ("BMK methyl glycidate", "BMK glycidate"), "80532-66-7", "$210.00",
         ["BMK methyl glycidate, CAS 80532-66-7.", "High conversion rate, 25 kg in stock."]),
    Prod("bromazolam", "Bromazolam", bromazolam, "Bromazolam", "71368-80-4", "$280.00",
         ["Broma|zolam powder, CAS 71368-80-4.", "100 g / 500 g / 1 kg."]),
    Prod("2-phenylethyl-bromide", "2-Phenylethyl Bromide", phenethylbr, (), "103-63-9", "$45.00",
         ["(2-Bromoethyl)benzene, CAS 103-63-9, liquid, 99%.", "Drums of 200 kg available."],
         es=("Bromuro de fenetilo", (), ["Bromuro de fenetilo, CAS 103-63-9, líquido, 99%."])),
    Prod("lidocaine-hcl", "Lidocaine HCl", lidocaine, (), "73-78-9", "$38.00",
         ["Lidocaine hydrochloride USP, CAS 73-78-9.", "Pharma grade."]),
]
BY = {p.slug: p for p in PRODUCTS}
SHIP_EN = [("stealth", "Every parcel ships in stealth packaging (vacuum sealed, no chemical names outside)."),
           ("reship", "Free reship if your parcel is seized or lost.")]
SHIP_ES = [("stealth", "Envío discreto: empaque al vacío, sin nombres de químicos por fuera."),
           ("reship", "Reenvío gratis si tu paquete se pierde o lo decomisan.")]
RELATED = {0: ["4-anpp-high-purity", "1-boc-4-piperidone", "4-ap-anilinopiperidine"],
           1: ["npp-powder-99", "norfentanyl", "1-boc-4-ap"],
           2: ["2-phenylethyl-bromide", "lidocaine-hcl", "bromazolam"]}


# ------------------------------------------------------------------ Google Sheets

def sheet_html(gi, gid, rows, widths, frozen=1, hidden=False, notes_col=None):
    cols = "ABCDEFGHIJ"
    th = "".join("<th id=\"%sC%d\" style=\"width:%dpx;\" class=\"column-headers-background\">%s</th>" % (gid, i, w, cols[i])
                 for i, w in enumerate(widths))
    body = []
    for r, row in enumerate(rows):
        cells = "".join("<td class=\"s%d\" dir=\"ltr\">%s</td>" % (0 if r < frozen else 2 + (i % 3), esc(str(c))) if c != "" else
                        "<td class=\"s%d\"></td>" % (2 + (i % 3)) for i, c in enumerate(row))
        cells += "".join("<td class=\"s2\"></td>" for _ in range(len(widths) - len(row)))
        body.append("<tr style=\"height: 20px\"><th id=\"%sR%d\" style=\"height: 20px;\" class=\"row-headers-background\">"
                    "<div class=\"row-header-wrapper\" style=\"line-height: 20px\">%d</div></th>%s</tr>" % (gid, r, r + 1, cells))
        if r == frozen - 1:
            body.append("<tr><th style=\"height:3px;\" class=\"freezebar-cell freezebar-horizontal-handle\"></th>%s</tr>"
                        % "".join("<td class=\"freezebar-cell freezebar-horizontal-handle\"></td>" for _ in widths))
    return ("<div id=\"%s\" style=\"%sposition:relative;\" dir=\"ltr\"><div class=\"ritz grid-container\" dir=\"ltr\">"
            "<table class=\"waffle\" cellspacing=\"0\" cellpadding=\"0\"><thead><tr><th class=\"row-header freezebar-origin-ltr\"></th>%s</tr></thead>"
            "<tbody>%s</tbody></table></div></div>" % (gid, "display:none;" if hidden else "", th, "".join(body)))


class Sheet:
    def __init__(self, gid, title, rows, widths, frozen=1, listing=True):
        self.gid, self.title, self.rows, self.widths, self.frozen, self.listing = gid, title, rows, widths, frozen, listing
        self.t = T()

    def offer(self, sub, ev):
        self.t.offer(sub, ev)
        return self


def sheet_rows_truth(sheet, spec):
    """spec: list of (sub or None, evidence, cas_shown, claims[(kind, text)]) aligned with product rows."""
    for sub, ev, cas, claims in spec:
        if sub is not None and sub.key:
            sheet.t.offer(sub, ev)
        if sub is not None:
            sheet.t.mention(sub)
        if cas:
            canon = cas if "-" in cas else "%s-%s-%s" % (cas[:-3], cas[-3:-1], cas[-1])
            sheet.t.showcas(canon)
        for k, txt in claims:
            sheet.t.claim(k, txt)


def spreadsheets():
    """Three published spreadsheets: (key, title, lang, sheets)."""
    out = []
    # ---- 1: the vendor's own English list
    hdr = ["No.", "Product", "CAS", "Purity", "MOQ", "Price (USDT)", "Stock", "Notes"]
    s0 = Sheet(0, "Piperidines", [
        ["KESTREL CHEM — PRICE LIST (updated 2026-12-01) · WhatsApp +86 155 1234 9087 · Telegram @kestrelchem", "", "", "", "", "", "", ""],
        hdr,
        ["1", "NPP (1-Phenethyl-4-piperidone)", "39742-60-4", "99.3%", "100 g", "380 / kg", "500 kg", "stealth pack"],
        ["2", "4-ANPP", "21409-26-7", "99.5%", "100 g", "1250 / kg", "80 kg", ""],
        ["3", "4-AP", "23056293", "99%", "100 g", "420 / kg", "120 kg", ""],
        ["4", "1-Boc-4-AP", "125541-22-2", "99%", "1 kg", "310 / kg", "300 kg", ""],
        ["5", "1-Boc-4-Piperidone", "79099-07-3", "99%", "1 kg", "95 / kg", "2 t", "factory"],
        ["6", "Norfentanyl", "1609-66-1", "98%", "10 g", "890 / kg", "15 kg", ""],
        ["7", "1-Benzyl-4-piperidone", "3612-20-5", "99%", "1 kg", "60 / kg", "1 t", ""],
        ["8", "2-Phenylethyl bromide", "103-63-9", "99%", "5 kg", "45 / kg", "10 t", ""],
        ["9", "Aniline", "62-53-3", "99.5%", "25 kg", "6 / kg", "20 t", ""],
    ], [60, 260, 110, 70, 70, 100, 80, 120], frozen=2)
    sheet_rows_truth(s0, [(npp, "1-Phenethyl-4-piperidone", "39742-60-4", [("stealth", "stealth pack")]),
                          (anpp, "4-ANPP", "21409-26-7", []), (ap4, "4-AP", "23056293", []),
                          (boc4ap, "1-Boc-4-AP", "125541-22-2", []), (bocpip, "1-Boc-4-Piperidone", "79099-07-3", []),
                          (norfent, "Norfentanyl", "1609-66-1", []), (None, "", "3612-20-5", []),
                          (None, "", "103-63-9", []), (None, "", "62-53-3", [])])
    s1 = Sheet(1493028811, "Opioid research", [
        ["RESEARCH COMPOUNDS — not for human consumption", "", "", "", "", "", "", ""],
        hdr,
        ["1", "Protonitazene HCl", "95958-84-2", "99.1%", "10 g", "640 / 100g", "3 kg", ""],
        ["2", "Metonitazene", "14680-51-4", "99%", "10 g", "600 / 100g", "2 kg", ""],
        ["3", "Isotonitazene (异托尼秦)", "14188-81-2", "99%", "10 g", "650 / 100g", "1 kg", "CAS per supplier COA"],
        ["4", "N-Pyrrolidino Isotonitazene", "", "98%", "10 g", "700 / 100g", "1 kg", "new"],
        ["5", "2'-fluoro ortho-fluorofentanyl", "", "98%", "5 g", "1800 / 100g", "300 g", "new, ask"],
        ["6", "Furanylfentanyl", "101345-66-8", "99%", "5 g", "1500 / 100g", "500 g", ""],
        ["7", "4-FIBF", "244195-32-2", "99%", "5 g", "1400 / 100g", "500 g", "reship 1x free"],
    ], [60, 260, 110, 70, 70, 100, 80, 140], frozen=2)
    sheet_rows_truth(s1, [(protonit, "Protonitazene", "95958-84-2", []), (metonit, "Metonitazene", "14680-51-4", []),
                          (isotonit, "Isotonitazene", "14188-81-2", []), (nn_isopyne, "N-Pyrrolidino Isotonitazene", "", []),
                          (nf_2fof, "2'-fluoro ortho-fluorofentanyl", "", []), (furanylf, "Furanylfentanyl", "101345-66-8", []),
                          (fibf, "4-FIBF", "244195-32-2", [("reship", "reship 1x free")])])
    s2 = Sheet(774122390, "Others", [
        hdr,
        ["1", "Xylazine HCl", "23076-35-9", "99%", "1 kg", "160 / kg", "800 kg", ""],
        ["2", "Bromazolam", "71368-80-4", "99%", "100 g", "280 / 100g", "20 kg", ""],
        ["3", "BMK methyl glycidate", "80532-66-7", "99%", "1 kg", "210 / kg", "5 t", ""],
        ["4", "PMK glycidate", "13605-48-6", "99%", "1 kg", "230 / kg", "3 t", "mislabel as 'plastic additive'"],
        ["5", "Lidocaine HCl", "73-78-9", "USP", "1 kg", "38 / kg", "2 t", ""],
        ["6", "Phenacetin", "62-44-2", "99%", "1 kg", "25 / kg", "5 t", ""],
        ["7", "Benzocaine", "94-09-7", "99%", "1 kg", "30 / kg", "5 t", ""],
    ], [60, 260, 110, 70, 70, 100, 80, 200], frozen=1)
    sheet_rows_truth(s2, [(xylazine, "Xylazine", "23076-35-9", []), (bromazolam, "Bromazolam", "71368-80-4", []),
                          (bmkgly, "BMK methyl glycidate", "80532-66-7", []),
                          (pmkgly, "PMK glycidate", "13605-48-6", [("mislabel", "mislabel as 'plastic additive'")]),
                          (None, "", "73-78-9", []), (None, "", "62-44-2", []), (None, "", "94-09-7", [])])
    s3 = Sheet(2011873450, "Shipping & Payment", [
        ["Topic", "Details", ""],
        ["Payment", "USDT (TRC20), BTC, XMR. Western Union for orders above 5 kg.", ""],
        ["Delivery", "Door to door by express: USA 7-10 days, Mexico 8-12 days, EU 6-9 days.", ""],
        ["Customs", "Double clearance to USA / Mexico / Canada, 100% customs pass.", ""],
        ["Packing", "Declared as 'pigment intermediate' on the customs form.", ""],
        ["Reship", "If seized, we reship for free (one time).", ""],
        ["Warehouse", "US orders can go via our partner forwarder in Los Angeles (domestic USPS after).", ""],
    ], [120, 600, 100], frozen=1, listing=False)
    s3.t.claim("customs", "100% customs pass").claim("mislabel", "Declared as 'pigment intermediate' on the customs form")
    s3.t.claim("reship", "If seized, we reship for free").claim(
        "forwarding", "US orders can go via our partner forwarder in Los Angeles")
    out.append(("2PACX-1vT8kQm1Zp3yXcW0aRbE5nLs7uJdOq2VhGfTiYk4oMxNw9eCjA6sBrP", "KESTREL CHEM PRICE LIST", "en", [s0, s1, s2, s3]))

    # ---- 2: a Spanish LATAM list
    hdr_es = ["#", "Producto", "CAS", "Pureza", "Mínimo", "Precio USD", "Existencia", "Notas"]
    e0 = Sheet(0, "Precursores", [
        ["LISTA DE PRECIOS LATAM – DICIEMBRE 2026 · WhatsApp +52 1 664 123 4477 · Wickr: andesquim", "", "", "", "", "", "", ""],
        hdr_es,
        ["1", "N-fenetil-4-piperidona (NPP)", "39742-60-4", "99%", "100 g", "420 / kg", "200 kg", "pasa aduana"],
        ["2", "4-ANPP", "21409-26-7", "99%", "100 g", "1400 / kg", "40 kg", ""],
        ["3", "1-Boc-4-piperidona", "79099-07-3", "99%", "1 kg", "110 / kg", "1 t", ""],
        ["4", "4-piperidona", "41661-47-6", "98%", "1 kg", "140 / kg", "300 kg", ""],
        ["5", "Bromuro de fenetilo", "103-63-9", "99%", "5 kg", "55 / kg", "5 t", ""],
        ["6", "Anilina", "62-53-3", "99%", "25 kg", "8 / kg", "10 t", ""],
    ], [50, 260, 110, 70, 70, 100, 80, 120], frozen=2)
    sheet_rows_truth(e0, [(npp, "N-fenetil-4-piperidona", "39742-60-4", [("customs", "pasa aduana")]),
                          (anpp, "4-ANPP", "21409-26-7", []), (bocpip, "1-Boc-4-piperidona", "79099-07-3", []),
                          (pip4, "4-piperidona", "41661-47-6", []), (None, "", "103-63-9", []), (None, "", "62-53-3", [])])
    e1 = Sheet(905512770, "Otros", [
        hdr_es,
        ["1", "Xilacina HCl", "23076-35-9", "99%", "1 kg", "180 / kg", "300 kg", "grado veterinario"],
        ["2", "Clorhidrato de ketamina", "1867-66-9", "99%", "100 g", "900 / kg", "50 kg", ""],
        ["3", "Metonitazeno", "14680-51-4", "99%", "10 g", "700 / 100g", "1 kg", "envío discreto"],
        ["4", "Lidocaína base", "137-58-6", "99%", "1 kg", "40 / kg", "1 t", ""],
    ], [50, 260, 110, 70, 70, 100, 80, 160], frozen=1)
    sheet_rows_truth(e1, [(xylazine, "Xilacina", "23076-35-9", []), (ketamine, "ketamina", "1867-66-9", []),
                          (metonit, "Metonitazeno", "14680-51-4", [("stealth", "envío discreto")]), (None, "", "137-58-6", [])])
    e2 = Sheet(1688203301, "Envíos y pagos", [
        ["Tema", "Detalle", ""],
        ["Pago", "USDT, BTC o depósito OXXO (solo MX).", ""],
        ["Reenvío", "Reenvío gratis si el paquete se pierde o lo decomisa la aduana.", ""],
        ["Aduana", "Pasa aduana garantizado a MX, CO, PE y CL.", ""],
        ["Etiqueta", "Se declara como 'pigmento para pintura'.", ""],
        ["USA", "Entregas a USA desde nuestra bodega en Laredo, TX (reexpedición nacional).", ""],
    ], [120, 600, 100], frozen=1, listing=False)
    e2.t.claim("reship", "Reenvío gratis si el paquete se pierde o lo decomisa la aduana").claim(
        "customs", "Pasa aduana garantizado").claim("mislabel", "Se declara como 'pigmento para pintura'").claim(
        "forwarding", "desde nuestra bodega en Laredo, TX (reexpedición nacional)")
    out.append(("2PACX-1vR3eWq0LhYtBnA7sKdPm2cXo9ZuIf4gJv6NrTyE1aQkHw8DlSbU5ip", "Lista de precios LATAM 2026", "es", [e0, e1, e2]))

    # ---- 3: a distributor's one-sheet stock list with Chinese names
    c0 = Sheet(0, "STOCK", [
        ["中文名", "English name", "CAS", "Price USD/kg", "Qty", "Remark"],
        ["N-苯乙基-4-哌啶酮", "NPP", "39742604", "350", "1 t", ""],
        ["4-苯胺基哌啶", "4-AP", "23056-29-3", "400", "200 kg", ""],
        ["N-叔丁氧羰基-4-哌啶酮", "N-Boc-4-piperidone", "79099-07-3", "90", "3 t", ""],
        ["卡芬太尼", "C-fent", "", "ask", "2 kg", "only for old customers"],
        ["普罗托尼秦", "Proto", "95958-84-2", "5500", "5 kg", "DDP to USA, customs cleared"],
        ["去甲芬太尼", "Norfentanyl", "1609-66-5", "800", "20 kg", ""],
        ["利多卡因", "Lidocaine", "137-58-6", "35", "5 t", ""],
    ], [180, 180, 110, 110, 80, 200], frozen=1)
    sheet_rows_truth(c0, [(npp, "N-苯乙基-4-哌啶酮", "39742604", []), (ap4, "4-苯胺基哌啶", "23056-29-3", []),
                          (bocpip, "N-Boc-4-piperidone", "79099-07-3", []), (carfent, "卡芬太尼", "", []),
                          (protonit, "普罗托尼秦", "95958-84-2", [("customs", "DDP to USA, customs cleared")]),
                          (norfent, "去甲芬太尼", "1609-66-5", []), (None, "", "137-58-6", [])])
    out.append(("2PACX-1vQ9zNc4KbW7mXe1LuRj3oTs6HdYa0GfEi2pVqB8wkZlC5hSyMtJ4nD", "STOCK LIST 12/2026 (CN stock)", "en", [c0]))
    return out


def sheets_pages(s):
    links = {}
    for key, title, lang, sheets in spreadsheets():
        base = "/spreadsheets/d/e/%s/pubhtml" % key
        links[key] = (base, title, [(sh.title, qkey(base, gid=sh.gid, single="true")) for sh in sheets] if len(sheets) > 1 else [])
        style = ("<style type=\"text/css\">.ritz .waffle a { color: inherit; }.ritz .waffle .s0{background-color:#1f3864;"
                 "text-align:left;font-weight:bold;color:#ffffff;font-family:'Arial';font-size:10pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}"
                 ".ritz .waffle .s2{background-color:#ffffff;text-align:left;color:#000000;font-family:'Arial';font-size:10pt;}"
                 ".ritz .waffle .s3{background-color:#f3f3f3;text-align:right;color:#000000;font-family:'Arial';font-size:10pt;}"
                 ".ritz .waffle .s4{background-color:#ffffff;text-align:center;color:#000000;font-family:'Arial';font-size:10pt;}</style>")

        def wrap(doc_title, menu, content):
            return ("<!DOCTYPE html><html lang=\"%s\"><head><meta content=\"text/html; charset=UTF-8\" http-equiv=\"Content-Type\">"
                    "<meta name=\"robots\" content=\"noindex\"><title>%s - Google Drive</title>"
                    "<link href=\"/static/sheets/waffle_k_ltr.css\" rel=\"stylesheet\" type=\"text/css\">%s</head><body>"
                    "<div id=\"top-bar\" class=\"top-bar\"><div id=\"doc-title\"><span class=\"name\">%s</span></div>"
                    "<div id=\"sheet-menu\"><ul id=\"sheet-menu-list\">%s</ul></div></div>"
                    "<div id=\"sheets-viewport\">%s</div>"
                    "<div id=\"footer\"><div class=\"dash\"></div><div class=\"footer-content\">Published by "
                    "<a target=\"_blank\" title=\"Learn more about Google Sheets\" href=\"https://docs.google.com/spreadsheets/?usp=sheets_web\">Google Sheets</a>"
                    "<span class=\"dash\">–</span><a target=\"_blank\" href=\"https://docs.google.com/abuse?id=%s\">Report Abuse</a>"
                    "<span class=\"dash\">–</span>Updated automatically every 5 minutes</div></div></body></html>"
                    % (lang, esc(doc_title), style, esc(doc_title), menu, content, key[:20]))

        def menu(active):
            if len(sheets) == 1:
                return ""
            return "".join("<li id=\"sheet-button-%s\" class=\"switcherItem%s\"><a href=\"%s\">%s</a></li>" % (
                sh.gid, " switcherItemActive" if sh.gid == active else "", esc(qkey(base, gid=sh.gid, single="true")), esc(sh.title))
                for sh in sheets)
        # the full pubhtml: every sheet, inactive ones hidden
        t = T()
        for sh in sheets:
            t.merge(sh.t)
        content = "".join(sheet_html(i, sh.gid, sh.rows, sh.widths, sh.frozen, hidden=(i > 0)) for i, sh in enumerate(sheets))
        mkpage(s, base, wrap(title, menu(sheets[0].gid), content), t, listing=True)
        if len(sheets) > 1:
            for i, sh in enumerate(sheets):
                p = qkey(base, gid=sh.gid, single="true")
                mkpage(s, p, wrap("%s : %s" % (title, sh.title), menu(sh.gid), sheet_html(0, sh.gid, sh.rows, sh.widths, sh.frozen)),
                       sh.t, listing=sh.listing)
                if i == 1:
                    s.flaky.add(p)
    return links


# ------------------------------------------------------------------ Wix

def wix_page(title, lang, body, nav_lang="en"):
    nav_items = ([("/", "Home"), ("/shop", "Shop"), ("/price-list", "Price List"), ("/shipping-policy", "Shipping"),
                  ("/blog", "Blog"), ("/about", "About"), ("/contact", "Contact"), ("/es", "Español")] if nav_lang == "en" else
                 [("/es", "Inicio"), ("/es/tienda", "Tienda"), ("/es/lista-de-precios", "Lista de precios"),
                  ("/es/envios", "Envíos"), ("/", "English")])
    nav = "".join("<li class=\"wixui-dropdown-menu__item\"><a data-testid=\"linkElement\" href=\"%s\" class=\"UiHgGh\">"
                  "<div class=\"yRj2ms\"><p class=\"JS76Uv\">%s</p></div></a></li>" % (h, esc(n)) for h, n in nav_items)
    wa = ("<div id=\"%s\" class=\"%s wixui-button\"><a data-testid=\"linkElement\" href=\"https://wa.me/%s?text=%s\" target=\"_blank\" "
          "class=\"uDW_Qe wixui-button\"><span class=\"l7_2fn wixui-button__label\">%s</span></a></div>"
          % (cid(), "R6ex7N", WA, "Hi%20I%20want%20to%20order" if lang == "en" else "Hola%20quiero%20pedir",
             "Contact us on WhatsApp" if lang == "en" else "Escríbenos por WhatsApp"))
    return ("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta name=\"generator\" content=\"Wix.com Website Builder\"><title>%s | Kestrel Chem</title>"
            "<meta property=\"og:site_name\" content=\"Kestrel Chem\"><link rel=\"icon\" href=\"/favicon.ico\">"
            "<script type=\"application/json\" id=\"wix-viewer-model\">{\"site\":{\"metaSiteId\":\"0f1b7a32\",\"isResponsive\":true},\"language\":{\"userLanguage\":\"%s\"}}</script>"
            "</head><body class=\"\"><div id=\"SITE_CONTAINER\"><div id=\"main_MF\" class=\"main_MF\"><div id=\"SCROLL_TO_TOP\" class=\"Qd1AQa\"></div>"
            "<header id=\"SITE_HEADER\" class=\"xU8fqS SITE_HEADER wixui-header\" tabindex=\"-1\"><div class=\"_C0cVf\"><div class=\"_4XcTfy\">"
            "<div id=\"%s\" class=\"%s wixui-rich-text\"><p class=\"font_0\"><span class=\"wixui-rich-text__text\">KESTREL CHEM</span></p></div>"
            "<nav id=\"%s\" aria-label=\"Site\" class=\"StylableHorizontalMenu3372578893__root wixui-horizontal-menu\"><ul class=\"StylableHorizontalMenu3372578893__menu\">%s</ul></nav>"
            "</div></div></header><main id=\"PAGES_CONTAINER\" class=\"PAGES_CONTAINER\" tabindex=\"-1\" data-main-content=\"true\">"
            "<div id=\"SITE_PAGES\" class=\"JsJXaX SITE_PAGES\"><div id=\"%s\" class=\"dBAkHi theme-vars\"><section id=\"%s\" class=\"Oqnisf %s wixui-section\">"
            "<div data-testid=\"columns\" class=\"V5AUxf\"><div id=\"%s\" class=\"comp-column\"><div data-testid=\"inline-content\" class=\"\"><div data-mesh-id=\"%sinlineContent\" data-testid=\"mesh-container-content\">"
            "%s%s</div></div></div></div></section></div></div></main>"
            "<footer id=\"SITE_FOOTER\" class=\"AT7o0U SITE_FOOTER wixui-footer\"><div id=\"%s\" class=\"wixui-rich-text\"><p class=\"font_9\">"
            "<span class=\"wixui-rich-text__text\">© 2026 by Kestrel Chem. Proudly created with Wix.com · "
            "<a href=\"/account/wholesale\">Members: wholesale prices</a> · <a href=\"/cart-page\">Cart</a> · Email: sales@kestrelchem.example · Wickr: kestrelchem</span></p></div></footer>"
            "</div></div></body></html>"
            % (lang, esc(title), lang, cid(), "wixui-rich-text__logo", cid(), nav, cid(), cid(), "s1", cid(), "c1", body, wa, cid()))


def build():
    s = Site("sheetlist", "wix-vendor+sheets")
    s.robots = ("# By Wix\nUser-agent: *\nDisallow: /account/\nDisallow: /_api/\nDisallow: /_partials/\nDisallow: /cart-page\n"
                "\nSitemap: http://127.0.0.1/sitemap.xml\n")
    s.disallow = ["/account/", "/_api/", "/_partials/", "/cart-page"]
    links = sheets_pages(s)

    def gallery_item(p, href_prefix="", name=None):
        name = name or p.name
        return ("<li data-hook=\"product-list-grid-item\" class=\"ETPbIy\"><div data-hook=\"product-item-root\" class=\"ETPbIy\">"
                "<a href=\"%s/product-page/%s\" data-hook=\"product-item-container\" class=\"oQUvqL\"><div data-hook=\"product-item-images\">"
                "<img src=\"/media/%s.png\" alt=\"%s\"></div></a><div data-hook=\"not-image-container\">"
                "<a href=\"%s/product-page/%s\"><h3 data-hook=\"product-item-name\" class=\"sQIHnM\">%s</h3></a>"
                "<div data-hook=\"product-item-product-details\"><span data-hook=\"product-item-price-to-pay\" class=\"cfpn1d\">%s</span></div>"
                "<button data-hook=\"product-item-add-to-cart-button\" class=\"uUxqWY\">%s</button></div></div></li>"
                % (href_prefix, p.slug, p.slug, esc(name), href_prefix, p.slug, esc(name), esc(p.price),
                   "Add to Cart" if not href_prefix else "Agregar al carrito"))

    def gallery(prods, more=None, prefix=""):
        return ("<section data-hook=\"product-list\" class=\"Ru7iJL\"><ul data-hook=\"product-list-wrapper\" class=\"S4WbK_\">%s</ul>%s</section>"
                % ("".join(gallery_item(p, prefix) for p in prods),
                   ("<a data-hook=\"load-more-button\" class=\"sNEuH7\" href=\"%s\">%s</a>" % (more, "Load More" if not prefix else "Cargar más"))
                   if more else ""))

    # ---- shop pages
    half = [PRODUCTS[:8], PRODUCTS[8:]]
    for i, chunk in enumerate(half):
        t = T()
        for p in chunk:
            t.merge(p.t_name(p.name))
        path = "/shop" if i == 0 else qkey("/shop", page=2)
        mkpage(s, path, wix_page("Shop", "en", rich("Shop all", "h2", "font_2") +
                                 gallery(chunk, more=qkey("/shop", page=2) if i == 0 else None)), t, listing=True)
    # ---- product pages
    for i, p in enumerate(PRODUCTS):
        t = p.t_name(p.name + " " + " ".join(p.desc))
        if p.cas:
            t.showcas(p.cas)
        for k, txt in SHIP_EN:
            t.claim(k, txt)
        rel = RELATED[0 if p.sub in (anpp, ap4, boc4ap, norfent, bocpip) else 1 if p.sub is npp else 2]
        rel = [BY[x] for x in rel if x != p.slug][:3]
        for r in rel:
            t.merge(r.t_name(r.name), claims=False)
        body = ("<article data-hook=\"product-page\" class=\"ProductPage\"><div data-hook=\"product-gallery-root\"><img src=\"/media/%s.png\" alt=\"%s\"></div>"
                "<section data-hook=\"product-page-details\"><h1 data-hook=\"product-title\" class=\"_2qrJF\">%s</h1>"
                "<div data-hook=\"sku\">SKU: KC-%04d</div><div data-hook=\"product-price\"><span data-hook=\"formatted-primary-price\">%s</span></div>"
                "<div data-hook=\"product-quantity-container\">Quantity <input data-hook=\"number-input-spinner-input\" value=\"1\"></div>"
                "<button data-hook=\"add-to-cart\">Add to Cart</button><button data-hook=\"buy-now-button\">Buy Now</button>"
                "<div data-hook=\"info-section-description\"><div data-hook=\"description\">%s</div></div>"
                "<ul data-hook=\"collapse-info-section\"><li><h2 data-hook=\"info-section-title\">SHIPPING INFO</h2>"
                "<div data-hook=\"info-section-description\">%s</div></li><li><h2 data-hook=\"info-section-title\">PAYMENT</h2>"
                "<div data-hook=\"info-section-description\"><p>USDT (TRC20), BTC, Western Union.</p></div></li></ul></section>"
                "<section data-hook=\"related-products\"><h2 class=\"wixui-rich-text__text\">Related Products</h2>%s</section></article>"
                % (p.slug, esc(p.name), esc(p.name), 10 + i, esc(p.price), "".join(rich(d) for d in p.desc),
                   "".join("<p>%s</p>" % esc(txt) for _, txt in SHIP_EN), gallery(rel)))
        mkpage(s, "/product-page/" + p.slug, wix_page(p.name, "en", body), t, listing=True)
        s.add(Page("/media/%s.png" % p.slug, tiny_png(100 + i), ctype="image/png"))
    s.redirects["/product-page/npp-99"] = "/product-page/npp-powder-99"

    # ---- home
    feat = [BY["npp-powder-99"], BY["protonitazene-hcl"], BY["xylazine-hcl"]]
    t = T()
    for p in feat:
        t.merge(p.t_name(p.name))
    hero = ("Pharmaceutical intermediates since 2016. Now in stock: Proto|nitazene, Meto|nitazene and 1-Boc-4-Pipe|ridone "
            "— COA with every batch.")
    t.offer(protonit, "Protonitazene").offer(metonit, "Metonitazene").offer(bocpip, "1-Boc-4-Piperidone")
    mkpage(s, "/", wix_page("Home", "en", rich("KESTREL CHEM", "h1", "font_0") + rich(hero) + gallery(feat) +
                            rich("See the full price list on our Price List page.")), t, listing=True)

    # ---- price list page (links to the sheets)
    k1, k2, k3 = [k for k in links]
    b1, title1, tabs1 = links[k1]
    mkpage(s, "/price-list", wix_page("Price List", "en",
           rich("Price List", "h2", "font_2") + rich("Our full price list is published as a Google Sheet and updated daily.") +
           "<p><a data-testid=\"linkElement\" href=\"%s\" target=\"_blank\" class=\"wixui-button\">Open the full price list (Google Sheets)</a></p>"
           "<ul>%s</ul>" % (b1, "".join("<li><a href=\"%s\">%s</a></li>" % (esc(h), esc(n)) for n, h in tabs1))))
    mkpage(s, "/shipping-policy", wix_page("Shipping Policy", "en",
           rich("Shipping Policy", "h2", "font_2") + "".join(rich(txt) for _, txt in SHIP_EN) +
           rich("Orders to the USA can be delivered through our forwarding warehouse in Los Angeles.") +
           rich("Customs clearance to USA, Canada and Mexico is included in the price (DDP).")),
           T().claim("stealth", SHIP_EN[0][1]).claim("reship", SHIP_EN[1][1]).claim(
               "forwarding", "delivered through our forwarding warehouse in Los Angeles").claim(
               "customs", "Customs clearance to USA, Canada and Mexico is included"))
    mkpage(s, "/about", wix_page("About", "en", rich("About Us", "h2", "font_2") +
           rich("Kestrel Chem is a trading company based in Wuhan, Hubei, supplying pharmaceutical intermediates and "
                "research chemicals to customers in more than 40 countries.")))
    mkpage(s, "/contact", wix_page("Contact", "en", rich("Contact", "h2", "font_2") +
           rich("WhatsApp / Signal: +86 155 1234 9087 · Telegram: @kestrelchem · Wickr: kestrelchem · Email: sales@kestrelchem.example") +
           "<form data-testid=\"form\"><input name=\"name\" placeholder=\"Name\"><textarea name=\"message\"></textarea><button>Submit</button></form>"))
    # ---- blog
    mkpage(s, "/blog", wix_page("Blog", "en", rich("Blog", "h2", "font_2") +
           "<ul data-hook=\"post-list\"><li data-hook=\"post-list-item\"><a data-hook=\"post-title\" href=\"/post/new-batch-december\">New batch in stock (December 2026)</a></li>"
           "<li data-hook=\"post-list-item\"><a data-hook=\"post-title\" href=\"/post/our-distributors\">Our distributors</a></li></ul>"))
    t = T().offer(npp, "NPP").offer(anpp, "4-ANPP").showcas("39742-60-4").showcas("21409-26-7")
    t.claim("customs", "customs clearance guaranteed")
    mkpage(s, "/post/new-batch-december", wix_page("New batch in stock (December 2026)", "en",
           "<article data-hook=\"post\"><h1 data-hook=\"post-title\">New batch in stock (December 2026)</h1>" +
           rich("Dear customers, a fresh batch of NPP (CAS 39742-60-4) and 4-AN|PP (CAS 21409-26-7) has arrived in our warehouse. "
                "Prices from $350/kg for NPP, customs clearance guaranteed.") +
           "<p><a href=\"/product-page/npp-99\">Order NPP</a> · <a href=\"/product-page/4-anpp-high-purity\">Order 4-ANPP</a></p></article>"), t)
    b3, title3, _ = links[k3]
    mkpage(s, "/post/our-distributors", wix_page("Our distributors", "en",
           "<article data-hook=\"post\"><h1 data-hook=\"post-title\">Our distributors</h1>" +
           rich("For Latin America please order through our partner's list; for stock in China see the distributor sheet.") +
           "<p><a href=\"%s\">%s</a></p><p><a href=\"/es/lista-de-precios\">Lista de precios LATAM</a></p></article>" % (b3, esc(title3))))

    # ---- Spanish
    es_prods = [p for p in PRODUCTS if p.es]
    t = T()
    for p in es_prods:
        t.merge(Prod(p.slug, p.es[0], p.sub, p.es[1], p.cas, p.price, p.es[2]).t_name(p.es[0]))
    mkpage(s, "/es/tienda", wix_page("Tienda", "es", rich("Tienda", "h2", "font_2") +
           "<section data-hook=\"product-list\"><ul data-hook=\"product-list-wrapper\">%s</ul></section>"
           % "".join(gallery_item(p, "/es", p.es[0]) for p in es_prods), "es"), t, listing=True)
    for p in es_prods:
        q = Prod(p.slug, p.es[0], p.sub, p.es[1], p.cas, p.price, p.es[2])
        t = q.t_name(q.name + " " + " ".join(q.desc))
        if p.cas:
            t.showcas(p.cas)
        for k, txt in SHIP_ES:
            t.claim(k, txt)
        body = ("<article data-hook=\"product-page\"><h1 data-hook=\"product-title\">%s</h1>"
                "<div data-hook=\"product-price\"><span data-hook=\"formatted-primary-price\">%s USD</span></div>"
                "<button data-hook=\"add-to-cart\">Agregar al carrito</button><div data-hook=\"description\">%s</div>"
                "<ul data-hook=\"collapse-info-section\"><li><h2 data-hook=\"info-section-title\">INFORMACIÓN DE ENVÍO</h2>%s</li></ul></article>"
                % (esc(q.name), esc(p.price.replace("$", "")), "".join(rich(d) for d in q.desc),
                   "".join("<p>%s</p>" % esc(txt) for _, txt in SHIP_ES)))
        mkpage(s, "/es/product-page/" + p.slug, wix_page(q.name, "es", body, "es"), t, listing=True)
    b2, title2, tabs2 = links[k2]
    mkpage(s, "/es", wix_page("Inicio", "es", rich("KESTREL CHEM – México y Latinoamérica", "h1", "font_0") +
           rich("Intermedios farmacéuticos con entrega en todo México. Pagos en USDT o depósito OXXO.") +
           "<p><a href=\"/es/tienda\">Ver la tienda</a> · <a href=\"/es/lista-de-precios\">Lista de precios</a></p>", "es"))
    mkpage(s, "/es/lista-de-precios", wix_page("Lista de precios", "es",
           rich("Lista de precios", "h2", "font_2") + "<p><a href=\"%s\">%s (Google Sheets)</a></p><ul>%s</ul>" % (
               b2, esc(title2), "".join("<li><a href=\"%s\">%s</a></li>" % (esc(h), esc(n)) for n, h in tabs2)), "es"))
    mkpage(s, "/es/envios", wix_page("Envíos", "es", rich("Envíos", "h2", "font_2") + "".join(rich(txt) for _, txt in SHIP_ES) +
           rich("Pasa aduana: despachamos con doble liberación aduanal."), "es"),
           T().claim("stealth", SHIP_ES[0][1]).claim("reship", SHIP_ES[1][1]).claim("customs", "Pasa aduana"))

    # ---- robots-forbidden
    mkpage(s, "/account/wholesale", wix_page("Wholesale", "en", rich("Members only: wholesale") +
           rich("Carfentanil 1 g $2,800 · Fentanyl HCl 10 g $3,900 · 4-ANPP 10 kg $9,000")),
           T().offer(carfent, "Carfentanil").offer(fentanyl, "Fentanyl HCl").offer(anpp, "4-ANPP"),
           listing=True)
    mkpage(s, "/cart-page", wix_page("Cart", "en", rich("Your cart is empty")))
    s.add(Page("/static/sheets/waffle_k_ltr.css", ".waffle{border-collapse:collapse}", ctype="text/css"))
    return s
