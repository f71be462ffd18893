"""neg-knowledge: hard negatives on one host. Nothing here is an offer.

/wiki/       PsychonautWiki-style MediaWiki pages: infoboxes with CAS numbers and systematic names,
             "Dosage" sections, "Legal status" sections naming fentanyl analogues and nitazenes.
/vaults/     an Erowid-style vault (old table layout, windows-1252 declared only in <meta>).
/reagents/   a Cayman/Sigma-style reference-standard supplier: certified reference materials of
             controlled substances sold to DEA-registered laboratories only. Not illicit offers:
             no hits, but the CAS numbers are shown in product context (truth "cas").
/cofepris/   COFEPRIS (Mexican regulator) health alerts, Spanish.
/noticias/   news: seizures (4-ANPP with its CAS), an indictment quoting a vendor's advert, a
             monthly archive that never ends (the crawl trap).
"""
from marketsim import Site, Page
from w17_common import (T, mkpage, esc, fentanyl, carfent, acetylf, furanylf, isotonit, protonit, metonit, etonitpyne,
                        butonit, npp, anpp, ap4, boc4ap, norfent, bocpip, pip4, xylazine, ketamine, bromazolam, heroin,
                        oxycodone, naloxone, lidocaine, FENT_CITRATE, XYL_HCL, KET_HCL)

ALL_FENT = [fentanyl, carfent, acetylf, furanylf, "class:fentanyl"]
ALL_NIT = [isotonit, protonit, metonit, etonitpyne, butonit, "class:nitazene"]


def wiki_page(title, body, cats=()):
    return ("<!DOCTYPE html><html class=\"client-nojs\" lang=\"en\" dir=\"ltr\"><head><meta charset=\"UTF-8\"><title>%s - SubstanceWiki</title>"
            "<link rel=\"stylesheet\" href=\"/w/load.php?modules=skins.vector.styles\"><meta name=\"generator\" content=\"MediaWiki 1.39.3\">"
            "<link rel=\"edit\" title=\"Edit\" href=\"/w/index.php?title=%s&amp;action=edit\"></head>"
            "<body class=\"mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-%s skin-vector action-view\">"
            "<div id=\"mw-page-base\" class=\"noprint\"></div><div id=\"content\" class=\"mw-body\" role=\"main\">"
            "<div class=\"mw-indicators\"></div><h1 id=\"firstHeading\" class=\"firstHeading\">%s</h1><div id=\"bodyContent\" class=\"vector-body\">"
            "<div id=\"siteSub\" class=\"noprint\">From SubstanceWiki</div><div id=\"mw-content-text\" class=\"mw-body-content\">"
            "<div class=\"mw-parser-output\">%s</div></div><div id=\"catlinks\" class=\"catlinks\"><div id=\"mw-normal-catlinks\">"
            "<a href=\"/wiki/Special:Categories\">Categories</a>: <ul>%s</ul></div></div></div></div>"
            "<div id=\"mw-navigation\"><div id=\"mw-panel\"><div class=\"portal\" id=\"p-navigation\"><ul>"
            "<li><a href=\"/wiki/Main_Page\">Main page</a></li><li><a href=\"/wiki/Special:RecentChanges\">Recent changes</a></li>"
            "<li><a href=\"/wiki/Special:Random\">Random page</a></li><li><a href=\"/w/index.php?title=%s&amp;action=history\">History</a></li>"
            "<li><a href=\"/\">Knowledge hub</a></li></ul></div></div></div>"
            "<div id=\"footer\" role=\"contentinfo\"><ul id=\"footer-info\"><li id=\"footer-info-lastmod\">This page was last edited on 14 November 2026.</li>"
            "<li id=\"footer-info-copyright\">Content is available under Attribution-NonCommercial-ShareAlike 4.0.</li></ul></div></body></html>"
            % (esc(title), title.replace(" ", "_"), title.replace(" ", "_"), esc(title), body,
               "".join("<li><a href=\"/wiki/Category:%s\">%s</a></li>" % (c.replace(" ", "_"), esc(c)) for c in cats), title.replace(" ", "_")))


def infobox(name, rows):
    return ("<table class=\"infobox\" style=\"float:right;width:300px\"><tr><th colspan=\"2\" class=\"infobox-title\">%s</th></tr>"
            "<tr><td colspan=\"2\"><img src=\"/images/%s_structure.png\" alt=\"Chemical structure\"></td></tr>%s</table>"
            % (esc(name), name.replace(" ", "_"), "".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(k), esc(v)) for k, v in rows)))


def h2(t):
    return "<h2><span class=\"mw-headline\" id=\"%s\">%s</span></h2>" % (t.replace(" ", "_"), esc(t))


NODOSE = ("<div class=\"warning-box\"><b>Dosage information for this substance is not given.</b> The margin between an active dose "
          "and a fatal overdose is too small for any range to be safe. See <a href=\"/wiki/Responsible_use\">Responsible use</a>.</div>")


WIKI = [
    ("Fentanyl", [("Systematic name", "N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide"), ("Class membership", "Opioid (anilidopiperidine)"),
                  ("CAS number", "437-38-7"), ("PubChem CID", "3345")],
     "<p><b>Fentanyl</b> is a synthetic opioid of the anilidopiperidine class, about 50–100 times as potent as morphine. "
     "It is used in anaesthesia and for severe pain (as the citrate salt, CAS 990-73-8).</p>" + h2("Dosage") + NODOSE +
     h2("Toxicity and harm potential") + "<p>Most overdose deaths in North America involve illicitly made fentanyl, often mixed with "
     "xylazine. Naloxone reverses fentanyl overdose.</p>" + h2("Legal status") +
     "<ul><li><b>United States:</b> Schedule II. Fentanyl-related substances (acetylfentanyl, furanylfentanyl, carfentanil and others) "
     "are Schedule I; the precursors NPP, 4-ANPP, 4-AP, 1-boc-4-AP and norfentanyl are List I chemicals.</li>"
     "<li><b>China:</b> all fentanyl-related substances controlled as a class since 1 May 2019.</li></ul>",
     [fentanyl, carfent, acetylf, furanylf, xylazine, npp, anpp, ap4, boc4ap, norfent, "class:fentanyl", "57-27-2"],
     ["Opioids", "Anilidopiperidines"]),
    ("Carfentanil", [("Systematic name", "methyl 4-(N-phenylpropionamido)-1-phenethylpiperidine-4-carboxylate"), ("CAS number", "59708-52-0"),
                     ("Class membership", "Opioid")],
     "<p><b>Carfentanil</b> is a fentanyl analogue used to sedate large animals (Wildnil). It is about 100 times as potent as fentanyl.</p>"
     + h2("Dosage") + NODOSE + h2("Legal status") + "<p>Schedule II in the United States; controlled in China since 2017 and under the 1961 "
     "Convention since 2018.</p>", [carfent, fentanyl], ["Opioids"]),
    ("Isotonitazene", [("Systematic name", "N,N-diethyl-2-[2-(4-isopropoxybenzyl)-5-nitro-1H-benzimidazol-1-yl]ethanamine"),
                       ("CAS number", "14188-81-9"), ("Class membership", "Benzimidazole opioid (nitazene)")],
     "<p><b>Isotonitazene</b> (iso) is a benzimidazole opioid first described in the 1950s that appeared on the drug market in 2019.</p>"
     + h2("Dosage") + NODOSE + h2("Legal status") + "<p>Schedule I in the United States (2021); controlled under the 1971 Convention. "
     "China controls all nitazenes as a class since July 2025.</p>", [isotonit, "class:nitazene"], ["Opioids", "Nitazenes"]),
    ("Protonitazene", [("CAS number", "95958-84-2"), ("Class membership", "Benzimidazole opioid (nitazene)")],
     "<p><b>Protonitazene</b> is a nitazene opioid found in counterfeit pills since 2021.</p>" + h2("Dosage") + NODOSE +
     h2("Legal status") + "<p>Temporarily placed in Schedule I in the United States.</p>", [protonit, "class:nitazene"], ["Opioids", "Nitazenes"]),
    ("Nitazenes", [("Parent compound", "etonitazene (CAS 911-65-9)"), ("Members", "isotonitazene, metonitazene, protonitazene, butonitazene, etonitazepyne")],
     "<p><b>Nitazenes</b> (2-benzylbenzimidazole opioids) are a class of synthetic opioids. Members include isotonitazene (14188-81-9), "
     "metonitazene (14680-51-4), protonitazene (95958-84-2), butonitazene (95810-54-1) and etonitazepyne (2785346-75-8).</p>" +
     h2("Legal status") + "<p>Most named nitazenes are Schedule I in the US; the UK controls them under the Misuse of Drugs Act 1971 (Class A).</p>",
     ["911-65-9"] + ALL_NIT, ["Opioids", "Nitazenes"]),
    ("Xylazine", [("Systematic name", "N-(2,6-dimethylphenyl)-5,6-dihydro-4H-1,3-thiazin-2-amine"), ("CAS number", "7361-61-7"),
                  ("CAS (hydrochloride)", "23076-35-9")],
     "<p><b>Xylazine</b> (tranq, Rompun) is a veterinary sedative increasingly found mixed into illicit fentanyl.</p>" + h2("Harm reduction") +
     "<p>Xylazine causes severe skin wounds. Naloxone does not reverse xylazine but should still be given because fentanyl is usually present.</p>"
     + h2("Legal status") + "<p>A prescription veterinary drug in most countries; listed as an emerging threat in the US (2023).</p>",
     [xylazine, fentanyl], ["Sedatives"]),
    ("Ketamine", [("CAS number", "6740-88-1"), ("CAS (hydrochloride)", "1867-66-9"), ("Class membership", "Dissociative (arylcyclohexylamine)")],
     "<p><b>Ketamine</b> is a dissociative anaesthetic.</p>" + h2("Dosage") +
     "<table class=\"dosechart\"><tr><th colspan=\"2\">Insufflated</th></tr><tr><td>Threshold</td><td>see external references</td></tr>"
     "<tr><td>Common</td><td>see external references</td></tr></table>" + h2("Legal status") + "<p>Schedule III in the United States.</p>",
     [ketamine], ["Dissociatives"]),
    ("Bromazolam", [("CAS number", "71368-80-4"), ("Class membership", "Triazolobenzodiazepine")],
     "<p><b>Bromazolam</b> is a designer benzodiazepine frequently found in street opioids.</p>" + h2("Legal status") +
     "<p>Controlled in the UK and several EU states.</p>", [bromazolam], ["Benzodiazepines"]),
    ("Fentanyl analogues", [("See also", "Nitazenes")],
     "<p>Table of fentanyl analogues reported to the EU early-warning system:</p><table class=\"wikitable sortable\"><tr><th>Name</th><th>CAS</th><th>First reported</th></tr>"
     "<tr><td>Acetylfentanyl</td><td>3258-84-2</td><td>2013</td></tr><tr><td>Furanylfentanyl</td><td>101345-66-8</td><td>2015</td></tr>"
     "<tr><td>Carfentanil</td><td>59708-52-0</td><td>2016</td></tr><tr><td>Cyclopentylfentanyl</td><td>—</td><td>2017</td></tr>"
     "<tr><td>ortho-Fluorofentanyl</td><td>—</td><td>2016</td></tr></table>" + h2("Precursors") +
     "<p>Illicit synthesis uses NPP (39742-60-4) and 4-ANPP (21409-26-7), or 4-AP and 1-boc-4-AP via the Gupta route, "
     "and increasingly 1-boc-4-piperidone (79099-07-3) and 4-piperidone.</p>",
     ALL_FENT + [npp, anpp, ap4, boc4ap, bocpip, pip4, "class:nitazene"], ["Opioids", "Anilidopiperidines"]),
    ("Responsible use", [],
     "<p>Never use alone. Test every batch with fentanyl <i>and</i> nitazene test strips. Carry naloxone.</p>",
     [fentanyl, "class:nitazene"], ["Harm reduction"]),
]


def build():
    s = Site("neg-knowledge", "reference-negatives")
    s.robots = ("User-agent: *\nDisallow: /wiki/Special:\nDisallow: /w/\nDisallow: /reagents/cart\nDisallow: /reagents/account/\n")
    s.disallow = ["/wiki/Special:", "/w/", "/reagents/cart", "/reagents/account/"]
    s.trap_prefix = "/noticias/archivo/"

    # ---------------------------------------------------------------- wiki
    for title, rows, body, mentions, cats in WIKI:
        mkpage(s, "/wiki/" + title.replace(" ", "_"), wiki_page(title, (infobox(title, rows) if rows else "") + body, cats),
               T().mention(*mentions))
    mkpage(s, "/wiki/Main_Page", wiki_page("Main Page", "<p>Welcome to SubstanceWiki, a harm-reduction encyclopedia.</p><ul>%s</ul>" % "".join(
        "<li><a href=\"/wiki/%s\">%s</a></li>" % (t.replace(" ", "_"), esc(t)) for t, *_ in WIKI)), T().mention(*ALL_FENT + ALL_NIT + [xylazine, ketamine, bromazolam]))
    mkpage(s, "/wiki/Special:RecentChanges", wiki_page("Recent changes", "<p>Fentanyl (diff) …</p>"), T().mention(fentanyl))

    # ---------------------------------------------------------------- Erowid-style vault (windows-1252 in <meta> only)
    def vault(title, body):
        return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>%s</title>"
                "<link rel=\"stylesheet\" href=\"/includes/vault.css\"></head><body bgcolor=\"#000000\" text=\"#CCCCCC\">"
                "<table width=\"100%%\" border=\"0\"><tr><td><a href=\"/vaults/\"><font color=\"#FFCC66\">Vaults</font></a> · "
                "<a href=\"/\"><font color=\"#FFCC66\">Hub</font></a></td></tr></table><center><font size=\"5\" color=\"#FFFFFF\"><b>%s</b></font></center>"
                "<table width=\"620\" align=\"center\"><tr><td><font face=\"arial\" size=\"2\">%s</font></td></tr></table>"
                "<center><font size=\"1\">© 1995–2026 Vault of Erowid-style archives. Content copyright by the respective authors.</font></center></body></html>"
                % (esc(title), esc(title), body))
    mkpage(s, "/vaults/", vault("Psychoactive Vaults", "<ul><li><a href=\"/vaults/chemicals/fentanyl/\">Fentanyl</a></li>"
                                "<li><a href=\"/vaults/chemicals/nitazenes/\">Nitazenes</a></li></ul>"),
           T().mention(fentanyl, "class:nitazene"), charset="cp1252", meta_only=True)
    mkpage(s, "/vaults/chemicals/fentanyl/", vault("Fentanyl Vault", "<p><b>Fentanyl</b> — synthetic opioid; ~100× morphine.</p>"
                                                   "<p>Basics · Effects · <a href=\"/vaults/chemicals/fentanyl/fentanyl_law.shtml\">Law</a> · Dose (not given)</p>"
                                                   "<p>Chemical name: N-(1-phenethyl-4-piperidyl)propionanilide · CAS 437-38-7</p>"
                                                   "<p>Analogues reported: α-methylfentanyl („China White“, 1979), 3-methylfentanyl, acetylfentanyl, carfentanil.</p>"),
           T().mention(fentanyl, "79704-88-4", "42045-86-3", acetylf, carfent, "57-27-2"), charset="cp1252", meta_only=True)
    mkpage(s, "/vaults/chemicals/fentanyl/fentanyl_law.shtml", vault("Fentanyl Legal Status",
           "<p><b>United States:</b> Fentanyl is Schedule II; analogues are Schedule I under the fentanyl-related substances class "
           "(HALT Fentanyl Act, 2025).</p><p><b>Mexico:</b> controlled by the Ley General de Salud; COFEPRIS regulates medical fentanyl.</p>"
           "<p><b>Precursors:</b> NPP and ANPP in Table I of the 1988 Convention since 2017; 4-AP, 1-boc-4-AP and norfentanyl since 2022.</p>"),
           T().mention(fentanyl, npp, anpp, ap4, boc4ap, norfent, "class:fentanyl"), charset="cp1252", meta_only=True)
    mkpage(s, "/vaults/chemicals/nitazenes/", vault("Nitazenes Vault", "<p>Isotonitazene, metonitazene, protonitazene, etonitazepyne — "
                                                    "benzimidazole opioids. Reports of fatal overdoses in the UK, US and Estonia.</p>"),
           T().mention(*ALL_NIT), charset="cp1252", meta_only=True)

    # ---------------------------------------------------------------- reference-standard supplier
    STD = [
        ("14700", "Fentanyl (citrate) (CRM)", FENT_CITRATE, "1 mg/ml in methanol, 1 ml", "$128", "Schedule II", fentanyl),
        ("14701", "Fentanyl (exempt preparation)", "437-38-7", "100 µg/ml in acetonitrile, 1 ml", "$96", "Exempt preparation", fentanyl),
        ("19850", "Carfentanil (CRM)", "59708-52-0", "100 µg/ml in methanol, 1 ml", "$175", "Schedule II", carfent),
        ("20201", "Isotonitazene (CRM)", "14188-81-9", "1 mg/ml in methanol, 1 ml", "$160", "Schedule I", isotonit),
        ("22340", "Protonitazene (hydrochloride)", "95958-84-2", "1 mg", "$198", "Schedule I", protonit),
        ("15231", "Acetyl fentanyl (CRM)", "3258-84-2", "1 mg/ml in methanol, 1 ml", "$120", "Schedule I", acetylf),
        ("11382", "4-ANPP (CRM)", "21409-26-7", "1 mg/ml in methanol, 1 ml", "$110", "List I chemical", anpp),
        ("11383", "NPP (analytical standard)", "39742-60-4", "10 mg", "$85", "List I chemical", npp),
        ("17902", "Norfentanyl (CRM)", "1609-66-1", "1 mg/ml in methanol, 1 ml", "$118", "List I chemical", norfent),
        ("24001", "Xylazine (hydrochloride)", XYL_HCL, "10 mg", "$72", "Not scheduled (federal)", xylazine),
        ("13940", "Ketamine (hydrochloride) (exempt preparation)", KET_HCL, "1 mg/ml in methanol, 1 ml", "$64", "Exempt preparation", ketamine),
        ("30115", "Naloxone (hydrochloride)", "465-65-6", "50 mg", "$48", "Not scheduled", naloxone),
        ("30220", "Lidocaine", "137-58-6", "1 g", "$30", "Not scheduled", lidocaine),
    ]

    def rpage(title, body):
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s | Meridian Analytical Standards</title></head><body>"
                "<header class=\"site-header\"><a href=\"/reagents/\" class=\"logo\">Meridian Analytical Standards</a><nav>"
                "<a href=\"/reagents/category/opioid-standards\">Opioid standards</a> <a href=\"/reagents/category/other-standards\">Other standards</a> "
                "<a href=\"/reagents/dea-compliance\">DEA compliance</a> <a href=\"/reagents/cart\">Cart</a> <a href=\"/reagents/account/\">My account</a></nav></header>"
                "<main>%s</main><footer><p>For forensic and research use only. Not for human or veterinary use. Controlled products ship only to "
                "laboratories holding the appropriate DEA registration; a copy of the registration (Form 223) is required before dispatch.</p>"
                "<p><a href=\"/\">Knowledge hub</a></p></footer></body></html>" % (esc(title), body))
    opioid = STD[:9]
    other = STD[9:]
    for cat, name, items in (("opioid-standards", "Opioid reference standards", opioid), ("other-standards", "Other reference standards", other)):
        t = T()
        rows = []
        for no, pname, cas, size, pr, sched, sub in items:
            rows.append("<tr><td><a href=\"/reagents/product/%s\">%s</a></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                        % (no, esc(pname), no, cas, esc(size), pr, esc(sched)))
            t.showcas(cas).mention(sub)
        mkpage(s, "/reagents/category/" + cat, rpage(name, "<h1>%s</h1><p>Certified reference materials (CRMs) manufactured under ISO 17034. "
                                                      "DEA-exempt preparations may be ordered without a registration where the law allows.</p>"
                                                      "<table class=\"product-table\"><tr><th>Product</th><th>Item No.</th><th>CAS</th><th>Size</th>"
                                                      "<th>Price</th><th>DEA status</th></tr>%s</table>" % (name, "".join(rows))), t, listing=True)
    for no, pname, cas, size, pr, sched, sub in STD:
        t = T().showcas(cas).mention(sub)
        reg = ("<div class=\"dea-notice\"><b>DEA %s — registration required.</b> This item is sold only to DEA-registered laboratories. "
               "Upload your registration under My account before ordering.</div>" % esc(sched)) if "Schedule" in sched or "List I" in sched else (
               "<div class=\"dea-notice\"><b>%s.</b> No registration required in the US; not for human use.</div>" % esc(sched))
        mkpage(s, "/reagents/product/" + no, rpage(pname,
               "<div class=\"product\"><h1 class=\"product-name\">%s</h1><dl class=\"product-data\"><dt>Item No.</dt><dd>%s</dd><dt>CAS Number</dt>"
               "<dd>%s</dd><dt>Formulation</dt><dd>%s</dd><dt>Purity</dt><dd>≥98%%</dd><dt>Storage</dt><dd>-20°C</dd></dl>%s"
               "<table class=\"sizes\"><tr><th>Size</th><th>Price</th></tr><tr><td>%s</td><td>%s</td></tr></table>"
               "<a class=\"btn\" href=\"/reagents/cart?add=%s\">Add to cart</a><p class=\"note\">Certificate of analysis available for each batch.</p></div>"
               % (esc(pname), no, cas, esc(size), reg, esc(size), pr, no)), t, listing=True)
    mkpage(s, "/reagents/", rpage("Home", "<h1>Meridian Analytical Standards</h1><p>Reference standards for forensic toxicology and drug "
                                  "checking: opioids, nitazenes, benzodiazepines, cathinones.</p><ul><li><a href=\"/reagents/category/opioid-standards\">"
                                  "Opioid reference standards</a></li><li><a href=\"/reagents/category/other-standards\">Other reference standards</a></li></ul>"),
           T().mention("class:nitazene"))
    mkpage(s, "/reagents/dea-compliance", rpage("DEA compliance", "<h1>Ordering controlled substances</h1><p>Schedule I and II reference "
                                                "standards require a DEA registration for the matching schedule and a DEA Form 222 for Schedule I/II. "
                                                "List I chemicals (NPP, 4-ANPP, norfentanyl) require a List I registration.</p>"),
           T().mention(npp, anpp, norfent))
    mkpage(s, "/reagents/cart", rpage("Cart", "<p>Your cart is empty.</p>"))

    # ---------------------------------------------------------------- COFEPRIS alerts (Spanish)
    def gob(title, body):
        return ("<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>%s | Comisión Federal para la Protección contra "
                "Riesgos Sanitarios | Gobierno | gob.mx</title></head><body><nav class=\"navbar navbar-inverse sub-navbar navbar-fixed-top\">"
                "<a href=\"/cofepris/\">COFEPRIS</a> · <a href=\"/cofepris/alertas/\">Alertas sanitarias</a> · <a href=\"/\">Inicio</a></nav>"
                "<main class=\"page\"><div class=\"container\"><article>%s</article></div></main>"
                "<footer class=\"main-footer\"><p>Comisión Federal para la Protección contra Riesgos Sanitarios. Oklahoma 14, Col. Nápoles, "
                "Ciudad de México.</p></footer></body></html>" % (esc(title), body))
    ALERTS = [
        ("alerta-venta-ilegal-fentanilo-redes-sociales", "COFEPRIS alerta sobre la venta ilegal de fentanilo en redes sociales",
         "<p>La Comisión Federal para la Protección contra Riesgos Sanitarios (COFEPRIS) alerta a la población sobre la venta ilegal de "
         "fentanilo y de pastillas falsificadas tipo «M30» a través de redes sociales y aplicaciones de mensajería. Estos productos no cuentan "
         "con registro sanitario.</p><p>Las publicaciones suelen ofrecer «envío discreto» y «reenvío si se pierde». Denuncie en "
         "<a href=\"/cofepris/denuncia\">denuncia sanitaria</a>.</p>", [fentanyl]),
        ("alerta-xilacina-en-drogas-ilicitas", "Alerta sanitaria por la presencia de xilacina en drogas ilícitas",
         "<p>Se ha detectado xilacina, un sedante de uso veterinario, mezclada con fentanilo en muestras aseguradas en Baja California y "
         "Sonora. La naloxona no revierte los efectos de la xilacina.</p>", [xylazine, fentanyl]),
        ("alerta-nitazenos", "COFEPRIS emite alerta por opioides sintéticos del grupo de los nitazenos",
         "<p>Se identificaron isotonitazeno y protonitazeno en tabletas falsificadas. Los nitazenos pueden ser más potentes que el fentanilo.</p>",
         [isotonit, protonit, fentanyl, "class:nitazene"]),
    ]
    for slug, title, body, ments in ALERTS:
        mkpage(s, "/cofepris/alertas/" + slug, gob(title, "<h1>%s</h1><p class=\"date\">Ciudad de México, noviembre de 2026</p>%s" % (esc(title), body)),
               T().mention(*ments))
    mkpage(s, "/cofepris/alertas/", gob("Alertas sanitarias", "<h1>Alertas sanitarias</h1><ul>%s</ul>" % "".join(
        "<li><a href=\"/cofepris/alertas/%s\">%s</a></li>" % (sl, esc(ti)) for sl, ti, _, _ in ALERTS)),
        T().mention(fentanyl, xylazine, "class:nitazene"))
    mkpage(s, "/cofepris/", gob("COFEPRIS", "<h1>COFEPRIS</h1><p>Protección contra riesgos sanitarios.</p><p><a href=\"/cofepris/alertas/\">Alertas sanitarias</a> · "
                                "<a href=\"/cofepris/denuncia\">Denuncia sanitaria</a></p>"))
    mkpage(s, "/cofepris/denuncia", gob("Denuncia sanitaria", "<h1>Denuncia sanitaria</h1><p>Presente su denuncia en línea o al 800 033 5050.</p>"))

    # ---------------------------------------------------------------- news
    def news(title, body, lang="es"):
        return ("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s — El Observador</title>"
                "<meta property=\"og:type\" content=\"article\"></head><body><header><a href=\"/noticias/\">El Observador</a> · "
                "<a href=\"/noticias/archivo/2026-11\">Archivo</a> · <a href=\"/\">Inicio</a></header><article class=\"story\">%s</article>"
                "<footer>© 2026 El Observador</footer></body></html>" % (lang, esc(title), body))
    NEWS = [
        ("decomisan-4-anpp-manzanillo", "Decomisan 250 kilos de 4-ANPP en el puerto de Manzanillo", "es",
         "<p>La Agencia Nacional de Aduanas aseguró 250 kilogramos de 4-ANPP (CAS 21409-26-7), precursor del fentanilo, en un contenedor "
         "procedente de Shanghái declarado como «pigmento industrial». Junto al cargamento se hallaron 40 kg de NPP (CAS 39742-60-4).</p>"
         "<p>El 4-ANPP está en la Tabla I de la Convención de 1988 desde 2017.</p>", [anpp, npp, fentanyl]),
        ("customs-seize-4-anpp-bound-for-mexico", "Customs seize 250 kg of 4-ANPP (CAS 21409-26-7) bound for Mexico", "en",
         "<p>Port officers found 250 kg of 4-ANPP, the immediate precursor of fentanyl, misdeclared as &quot;industrial pigment&quot;. "
         "Test results confirmed 4-anilino-N-phenethylpiperidine at 98% purity.</p>", [anpp, fentanyl]),
        ("indictment-chinese-companies-precursors", "Indictment: two chemical companies charged over fentanyl precursor sales", "en",
         "<p>Prosecutors say the companies advertised online: <q>NPP, CAS 39742-60-4, 100% customs clearance, reship if seized, "
         "stealth packaging</q>, and sold 1-boc-4-piperidone and 4-AP to buyers in Mexico, shipping them through a freight forwarder in "
         "California.</p><p>Both companies face charges of conspiracy to import controlled substances and precursors.</p>",
         [npp, bocpip, ap4, fentanyl]),
        ("nitazenos-europa-informe", "Informe: los nitazenos se extienden por Europa", "es",
         "<p>El informe europeo sobre drogas 2026 registra 23 nitazenos distintos, entre ellos metonitazeno, protonitazeno y "
         "N-pirrolidino protonitazeno. En Irlanda y el Reino Unido aparecieron en heroína adulterada.</p>",
         [metonit, protonit, heroin, "class:nitazene"]),
    ]
    for slug, title, lang, body, ments in NEWS:
        mkpage(s, "/noticias/" + slug, news(title, "<h1>%s</h1><p class=\"byline\">Redacción · 3 de diciembre de 2026</p>%s" % (esc(title), body), lang),
               T().mention(*ments))
    mkpage(s, "/noticias/", news("Noticias", "<h1>Noticias</h1><ul>%s</ul>" % "".join(
        "<li><a href=\"/noticias/%s\">%s</a></li>" % (sl, esc(ti)) for sl, ti, *_ in NEWS)),
        T().mention(anpp, fentanyl, "class:nitazene"))

    # ---------------------------------------------------------------- hub
    mkpage(s, "/", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Knowledge hub</title></head><body>"
           "<h1>Knowledge hub</h1><ul><li><a href=\"/wiki/Main_Page\">SubstanceWiki</a></li><li><a href=\"/vaults/\">Vaults</a></li>"
           "<li><a href=\"/reagents/\">Meridian Analytical Standards</a></li><li><a href=\"/cofepris/alertas/\">Alertas COFEPRIS</a></li>"
           "<li><a href=\"/noticias/\">El Observador – noticias</a></li></ul></body></html>")
    s.flaky.add("/wiki/Isotonitazene")
    s.add(Page("/includes/vault.css", "body{font-family:arial}", ctype="text/css"))
    return s
