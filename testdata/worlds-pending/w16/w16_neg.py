"""Site 5: neg-reference, hard negatives on one host (four sections).

/pharmacy/  a UK-style licensed online pharmacy (GPhC-registered): prescription-only medicines carry a
            "Prescription required" badge. Following dev_sites (a hit is a watchlisted substance offered for
            sale, whatever its legal status), POM products that can be bought with a prescription ARE hits
            (fentanyl patches, oxycodone, co-codamol/codeine); the discontinued nasal spray, the controlled-drug
            policy and the patient leaflet are not. No CAS numbers are shown in the shop.
/pubmed/    PubMed-style search results and abstracts naming analogues systematically (no offers, no product CAS).
/courses/   a university course on opioid medicinal chemistry with CAS tables (teaching context, not product context).
/douane/    a French customs press-release archive (seizures; quoted trafficker promises are not claims).
"""
from marketsim import Site, tiny_png
from w16_common import T, plain, esc, fentanyl, oxycodone, codeine

SITE = "neg-reference"


def ph_head(title):
    return ("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s | CareWell Pharmacy</title>"
            "<link rel='stylesheet' href='/pharmacy/assets/theme.css'><script src='/pharmacy/assets/basket.js' defer></script>"
            "</head><body class='template-product'><div class='announcement-bar'>Free UK delivery over £30 · "
            "GPhC registered pharmacy 1123456</div><header class='site-header'><a class='site-header__logo' href='/pharmacy/'>"
            "CareWell Pharmacy</a><nav class='site-nav'><a href='/pharmacy/pain-relief/'>Pain relief</a> "
            "<a href='/pharmacy/delivery'>Delivery</a> <a href='/pharmacy/controlled-drugs'>Controlled drugs</a> "
            "<a href='/pharmacy/account/'>Account</a> <a href='/pharmacy/basket'>Basket</a></nav></header>"
            "<div id='cookie-banner' class='cookie-banner'>We use essential cookies and, with your consent, analytics. "
            "<button>Accept all</button> <button>Reject</button></div><main id='MainContent'>") % esc(title)


PH_FOOT = ("</main><footer class='site-footer'><p>CareWell Pharmacy Ltd, 14 High Street, Leeds LS1 4AB. Superintendent "
           "pharmacist: A. Patel (GPhC 2098765). <a href='https://www.pharmacyregulation.org/'>Check the register</a>.</p>"
           "<img src='/pharmacy/assets/mhra-logo.png' alt='MHRA distance selling logo'></footer></body></html>")

# slug, name, price, hit subs, pom?, status, description
PH = [
    ("paracetamol-500mg-caplets-16", "Paracetamol 500 mg caplets (16)", 0.79, [], False, "ok",
     "For the relief of mild to moderate pain and fever."),
    ("ibuprofen-200mg-tablets-24", "Ibuprofen 200 mg tablets (24)", 2.19, [], False, "ok",
     "Anti-inflammatory pain relief. Max 2 packs per order."),
    ("co-codamol-30-500-tablets-100", "Co-codamol 30/500 mg tablets (100)", 9.95, [codeine], True, "ok",
     "Codeine phosphate 30 mg and paracetamol 500 mg. Prescription-only medicine."),
    ("fentanyl-matrix-patches-25mcg-5", "Fentanyl 25 micrograms/hour transdermal patches (5)", 23.50, [fentanyl], True,
     "ok", "Schedule 2 controlled drug. Supplied only against a valid private or NHS prescription; we verify every "
     "prescription with the prescriber and deliver by signed-for tracked service."),
    ("oxycodone-5mg-capsules-56", "Oxycodone 5 mg capsules (56)", 18.40, [oxycodone], True, "ok",
     "Schedule 2 controlled drug. Prescription required."),
    ("instanyl-fentanyl-nasal-spray", "Instanyl 50 micrograms/dose nasal spray", 0, [], True, "discontinued",
     "This product has been discontinued and is no longer available from CareWell Pharmacy."),
    ("prenoxad-naloxone-injection", "Prenoxad 1 mg/ml naloxone injection", 24.00, [], False, "ok",
     "Emergency treatment of opioid overdose. Supplied free to registered services."),
]


def build():
    s = Site(SITE, "hard-negatives")
    s.robots = ("User-agent: *\nDisallow: /pharmacy/account/\nDisallow: /pharmacy/basket\nDisallow: /pubmed/api/\n"
                "Disallow: /courses/moodle/\n")
    s.disallow = ["/pharmacy/account/", "/pharmacy/basket", "/pubmed/api/", "/courses/moodle/"]
    s.trap_prefix = "/douane/agenda/"
    s.junk_params = ["utm_source", "utm_medium", "utm_campaign", "sid", "variant", "from", "from_term", "sort", "fc"]

    s.add(plain("/", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Reference host</title></head><body>"
                "<h1>Hosted sites</h1><ul><li><a href='/pharmacy/'>CareWell Pharmacy</a></li>"
                "<li><a href='/pubmed/?term=nitazene'>Abstracts</a></li><li><a href='/courses/chem4420/'>CHEM 4420</a></li>"
                "<li><a href='/douane/communiques/'>Douane — communiqués de presse</a></li></ul></body></html>"))

    # ---------------- pharmacy
    def price(v):
        return "£%.2f" % v

    t = T()
    s.add(plain("/pharmacy/", ph_head("Online pharmacy") + "<h1>Your local pharmacy, online</h1><p>Order repeat prescriptions "
                "and pharmacy medicines. <a href='/pharmacy/pain-relief/'>Shop pain relief</a>.</p>"
                "<p><a href='/pharmacy/leaflets/fentanyl-patches'>Using fentanyl patches safely</a></p>" + PH_FOOT))
    t = T()
    cards = ""
    for slug, name, pr, subs, pom, status, desc in PH:
        if status != "ok":
            continue
        for sub in subs:
            t.offer(sub)
        cards += ("<li class='grid__item'><div class='card'><a class='card__link' href='/pharmacy/products/%s?variant=1'>%s</a>"
                  "%s<span class='price-item price-item--regular'>%s</span></div></li>" % (
                      slug, esc(name), "<span class='badge badge--pom'>Prescription required</span>" if pom else "", price(pr)))
    s.add(t.page("/pharmacy/pain-relief/", ph_head("Pain relief") + "<h1 class='collection-hero__title'>Pain relief</h1>"
                 "<ul class='product-grid grid'>%s</ul>" % cards + PH_FOOT, True))
    for slug, name, pr, subs, pom, status, desc in PH:
        t = T()
        for sub in subs:
            t.offer(sub)
        if status == "ok":
            buy = ("<div class='product__price'>%s</div>%s<a class='button button--primary' href='/pharmacy/basket?add=%s'>%s</a>"
                   % (price(pr), "<p class='badge badge--pom'>Prescription required — upload your prescription or ask us to "
                      "request it from your GP at checkout.</p>" if pom else "", slug,
                      "Add to basket (prescription required)" if pom else "Add to basket"))
        else:
            buy = "<p class='product__unavailable'>Discontinued</p>"
        s.add(t.page("/pharmacy/products/" + slug, ph_head(name) + "<div class='product'><h1 class='product__title'>%s</h1>"
                     "<img src='/pharmacy/assets/p.png' alt=''>%s<div class='product__description rte'><p>%s</p>"
                     "<p>Always read the patient information leaflet.</p></div></div>" % (esc(name), buy, esc(desc)) + PH_FOOT,
                     True))
    # the pharmacy's delivery promise: plain, discreet packaging is a stealth claim by the dev_sites definition
    s.add(T().claim("stealth").page("/pharmacy/delivery", ph_head("Delivery") + "<h1>Delivery information</h1><p>Royal Mail "
          "Tracked 24 or DPD. Every order is dispatched in plain, discreet packaging with no indication of the contents.</p>"
          "<p>Controlled drugs are sent by signed-for service only and cannot be delivered outside the UK.</p>" + PH_FOOT, False))
    s.add(plain("/pharmacy/controlled-drugs", ph_head("Controlled drugs") + "<h1>Controlled drugs</h1><p>We do not supply "
                "Schedule 2 or 3 controlled drugs (for example fentanyl, oxycodone, morphine or tramadol) without a valid "
                "prescription, and we never post them abroad. Prescriptions for controlled drugs are valid for 28 days.</p>" + PH_FOOT))
    s.add(plain("/pharmacy/leaflets/fentanyl-patches", ph_head("Fentanyl patches leaflet") + "<article><h1>Using fentanyl "
                "patches safely</h1><p>Fentanyl is a strong opioid. Apply one patch every 72 hours; fold used patches sticky "
                "side together and return them to the pharmacy. Heat (hot water bottles, saunas) increases absorption.</p>"
                "<p>Looking for the nasal spray? <a href='/pharmacy/products/instanyl-fentanyl-nasal-spray'>Instanyl</a> "
                "has been discontinued.</p>"
                "</article>" + PH_FOOT))

    # ---------------- PubMed-style abstracts
    AB = [
        (39011201, "Structure-activity relationships of 2-benzylbenzimidazole 'nitazene' opioids at the mu-opioid receptor",
         "Vandeputte MM, Stove CP", "ACS Pharmacol Transl Sci. 2025;8(3):611-624",
         "We characterised 19 nitazenes, including isotonitazene (N,N-diethyl-2-[2-(4-isopropoxybenzyl)-5-nitro-1H-"
         "benzimidazol-1-yl]ethanamine; CAS 14188-81-9), metonitazene, protonitazene, etonitazepyne and the desnitro "
         "analogue etodesnitazene, as well as two unreported compounds, N-desethyl protonitazene and "
         "2-[2-[(4-methoxyphenyl)methyl]-1H-benzimidazol-1-yl]-N,N-diethylethanamine. Removal of the 5-nitro group "
         "lowered potency about 10-fold."),
        (38877310, "Identification of ortho-fluorofentanyl and para-fluorobutyrylfentanyl in post-mortem blood by LC-QTOF-MS",
         "Krotulski AJ, Logan BK", "J Anal Toxicol. 2024;48(5):301-309",
         "Case series of 12 deaths. Analytes included N-(2-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide "
         "(ortho-fluorofentanyl), N-(4-fluorophenyl)-N-(1-phenethylpiperidin-4-yl)butanamide (para-fluorobutyrylfentanyl), "
         "4-ANPP and norfentanyl. Xylazine was co-detected in 7 cases."),
        (38500422, "Xylazine-associated wounds in people who use drugs: a retrospective cohort",
         "Malayala SV, et al.", "Harm Reduct J. 2024;21:44",
         "Xylazine (2-(2,6-dimethylphenylamino)-5,6-dihydro-4H-thiazine) adulterates the illicit fentanyl supply. "
         "We describe 88 patients with chronic wounds."),
        (37712905, "Fentanyl-related substances in seized drug samples, 2019-2023: a forensic laboratory perspective",
         "Moody MT, et al.", "Forensic Sci Int. 2023;351:111812",
         "Carfentanil, acetylfentanyl, cyclopropylfentanyl, fluorofentanyl isomers, crotonylfentanyl and the "
         "new analogue N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]hexanamide were identified. Precursors NPP "
         "(39742-60-4) and 1-Boc-4-piperidone were found in clandestine laboratory seizures."),
        (36220187, "Fentanyl test strip use and overdose risk: a randomized trial",
         "Goldman JE, et al.", "Int J Drug Policy. 2022;108:103820",
         "Participants given fentanyl test strips reported fewer overdoses. Strips did not cross-react with nitazenes."),
    ]
    res = "".join("<article class='full-docsum'><a class='docsum-title' href='/pubmed/%d/?from_term=nitazene&fc=1'>%s</a>"
                  "<span class='docsum-authors'>%s</span><span class='docsum-journal-citation'>%s</span>"
                  "<div class='full-view-snippet'>%s…</div></article>" % (pm, esc(ti), esc(au), esc(j), esc(ab[:140]))
                  for pm, ti, au, j, ab in AB)
    s.add(plain("/pubmed/?term=nitazene", "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>nitazene - Search "
                "Results - PubMed</title></head><body><div class='search-input'><form action='/pubmed/'><input name='term' "
                "value='nitazene'></form></div><div class='results-amount'><span class='value'>%d</span> results</div>"
                "<div class='search-results-chunk'>%s</div><a href='/pubmed/api/export?term=nitazene'>Save</a></body></html>"
                % (len(AB), res)))
    for pm, ti, au, j, ab in AB:
        s.add(plain("/pubmed/%d/" % pm, "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>%s - PubMed</title>"
                    "<meta name='citation_pmid' content='%d'></head><body><main class='article-details'><header class='heading'>"
                    "<div class='article-citation'>%s</div><h1 class='heading-title'>%s</h1><div class='authors-list'>%s</div>"
                    "<ul class='identifiers'><li>PMID: <strong class='current-id'>%d</strong></li></ul></header>"
                    "<div class='abstract' id='abstract'><h2 class='title'>Abstract</h2><div class='abstract-content selected'>"
                    "<p>%s</p></div></div><div class='keywords-section'>Keywords: opioids; new psychoactive substances.</div>"
                    "<p><a href='/pubmed/?term=nitazene'>Back to results</a></p></main></body></html>" % (
                        esc(ti), pm, esc(j), esc(ti), esc(au), pm, esc(ab))))
    s.flaky.add("/pubmed/38877310/")

    # ---------------- university course
    ch = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>%s — CHEM 4420 Medicinal Chemistry of Opioids"
          "</title><link rel='stylesheet' href='/courses/assets/uni.css'></head><body><header class='uni-header'>"
          "<a href='/courses/chem4420/'>Department of Chemistry · CHEM 4420</a> <a href='/courses/moodle/login'>Moodle</a>"
          "</header><main>")
    cf = "</main><footer class='uni-footer'>© 2026 School of Chemistry. Course materials for enrolled students.</footer></body></html>"
    s.add(plain("/courses/chem4420/", ch % "Syllabus" + "<h1>CHEM 4420 — Medicinal Chemistry of Opioids</h1><ol>"
                "<li><a href='/courses/chem4420/lecture-07-fentanils'>Lecture 7: 4-anilidopiperidines (fentanils)</a></li>"
                "<li><a href='/courses/chem4420/lecture-09-nitazenes'>Lecture 9: 2-benzylbenzimidazoles (nitazenes)</a></li>"
                "<li><a href='/courses/chem4420/lab-3-reagents'>Lab 3 reagent list</a></li></ol>" + cf))
    rows = [("Fentanyl", "437-38-7", "Sch. II"), ("Sufentanil", "56030-54-7", "Sch. II"), ("Carfentanil", "59708-52-0", "Sch. II"),
            ("Acetylfentanyl", "3258-84-2", "Sch. I"), ("NPP", "39742-60-4", "List I"), ("4-ANPP", "21409-26-7", "Sch. II immediate precursor"),
            ("Norfentanyl", "1609-66-1", "List I")]
    s.add(plain("/courses/chem4420/lecture-07-fentanils", ch % "Lecture 7" + "<h1>Lecture 7: fentanils</h1><p>The 4-anilidopiperidine "
                "pharmacophore: N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide. Modifications of the acyl group "
                "(acetyl, butyryl, acryloyl, furanoyl), the aniline ring (2-F, 4-F) and the piperidine (3-methyl, 4-carbomethoxy) "
                "change potency by orders of magnitude. Compounds discussed:</p><table class='compounds'><tr><th>Compound</th>"
                "<th>CAS RN</th><th>US control</th></tr>%s</table><p>Regulatory note: NPP and 4-ANPP are Table I precursors "
                "under the 1988 Convention.</p>" % "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows) + cf))
    s.add(plain("/courses/chem4420/lecture-09-nitazenes", ch % "Lecture 9" + "<h1>Lecture 9: nitazenes</h1><p>Etonitazene "
                "(911-65-9) was made by Ciba in the 1950s. Isotonitazene (14188-81-9), metonitazene (14680-51-4) and "
                "protonitazene (95958-84-2) reappeared after 2019. N-pyrrolidino and N-piperidinyl amines (etonitazepyne, "
                "etonitazepipne) keep activity; removing the 5-nitro group (etazene) lowers it.</p>" + cf))
    s.add(plain("/courses/chem4420/lab-3-reagents", ch % "Lab 3" + "<h1>Lab 3: synthesis of aspirin (reagent list)</h1><table>"
                "<tr><td>Salicylic acid</td><td>69-72-7</td></tr><tr><td>Acetic anhydride</td><td>108-24-7</td></tr>"
                "<tr><td>Phosphoric acid 85%</td><td>7664-38-2</td></tr><tr><td>Ethanol</td><td>64-17-5</td></tr></table>"
                "<p>Collect reagents from the prep room; do not remove chemicals from the lab.</p>" + cf))

    # ---------------- customs press releases (French)
    dh = ("<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>%s | Douane — Espace presse</title>"
          "<link rel='stylesheet' href='/douane/themes/dgddi.css'></head><body><header class='fr-header'><div class='fr-header__brand'>"
          "RÉPUBLIQUE FRANÇAISE · Direction générale des douanes et droits indirects</div><nav class='fr-nav'>"
          "<a href='/douane/communiques/'>Communiqués</a> <a href='/douane/communiques/archives/2025/'>Archives 2025</a> "
          "<a href='/douane/agenda/2026-12'>Agenda</a></nav></header><div class='fr-consent-banner'>Ce site utilise des cookies "
          "nécessaires. <button>Tout accepter</button></div><main class='fr-container'>")
    df = "</main><footer class='fr-footer'>douane.gouv — Mentions légales · Accessibilité : partiellement conforme</footer></body></html>"
    CP = [
        ("2026", "saisie-precurseurs-fentanyl-roissy", "Roissy : 40 kg de précurseurs du fentanyl saisis",
         "Les agents du fret express ont découvert 40 kg de 4-ANPP (n° CAS 21409-26-7) et de NPP déclarés comme « détergent "
         "en poudre ». Le site du vendeur promettait « dédouanement garanti » et « réexpédition gratuite en cas de saisie »."),
        ("2026", "nitazenes-colis-postaux-transit-belgique", "Nitazènes : des colis postaux en transit par la Belgique",
         "Au centre de tri de Chilly-Mazarin, 212 g d'isotonitazène et de protonitazène ont été interceptés. Les colis, "
         "emballés sous vide dans des boîtes de thé, transitaient par un point relais belge."),
        ("2026", "xylazine-port-le-havre", "Le Havre : 12 kg de xylazine dans un conteneur de matériel agricole",
         "La xylazine, sédatif vétérinaire détourné, était dissimulée dans des bidons étiquetés « engrais liquide »."),
        ("2026", "patchs-fentanyl-vente-en-ligne", "Patchs de fentanyl revendus en ligne : démantèlement d'un réseau",
         "Des patchs de fentanyl obtenus sur fausses ordonnances étaient revendus sur une plateforme de petites annonces. "
         "Le vendeur assurait « envoi discret, aucune mention sur le colis »."),
        ("2025", "bilan-annuel-2025", "Bilan 2025 : hausse des saisies d'opioïdes de synthèse",
         "En 2025, la douane a saisi 3,1 kg de fentanyl et d'analogues (carfentanil, acétylfentanyl), 1,4 kg de nitazènes "
         "et 85 kg de précurseurs, dont 1-Boc-4-pipéridone (79099-07-3)."),
        ("2025", "carfentanil-lyon", "Lyon : 30 g de carfentanil dans un envoi déclaré « accessoires de téléphone »",
         "L'envoi provenait d'une boutique du darknet qui promettait à ses clients une « réexpédition en cas de saisie »."),
    ]
    cur = [c for c in CP if c[0] == "2026"]
    pages = [cur[:2], cur[2:]]
    for pi, chunk in enumerate(pages, 1):
        path = "/douane/communiques/" + ("?page=%d" % pi if pi > 1 else "")
        s.add(plain(path, dh % "Communiqués de presse" + "<h1>Communiqués de presse</h1><ul class='fr-grid-row'>%s</ul>"
                    "<nav class='fr-pagination'>%s</nav>" % (
                        "".join("<li class='fr-card'><h3 class='fr-card__title'><a href='/douane/communiques/%s/%s.html'>%s</a></h3>"
                                "<p class='fr-card__desc'>%s…</p></li>" % (y, sl, esc(ti), esc(tx[:110])) for y, sl, ti, tx in chunk),
                        " ".join("<a class='fr-pagination__link' href='/douane/communiques/%s'>%d</a>" % (
                            ("?page=%d" % k) if k > 1 else "", k) for k in (1, 2))) + df))
    s.add(plain("/douane/communiques/archives/2025/", dh % "Archives 2025" + "<h1>Archives 2025</h1><ul>%s</ul>" % "".join(
        "<li><a href='/douane/communiques/%s/%s.html'>%s</a></li>" % (y, sl, esc(ti)) for y, sl, ti, tx in CP if y == "2025") + df))
    for y, sl, ti, tx in CP:
        s.add(plain("/douane/communiques/%s/%s.html" % (y, sl), dh % ti + "<article class='fr-article'><p class='fr-tag'>Communiqué "
                    "· %s</p><h1>%s</h1><p>%s</p><p>Le ministre salue la mobilisation des agents. Contact presse : "
                    "presse@douane.example</p></article>" % (y, esc(ti), esc(tx)) + df))
    s.redirects["/douane/cp/carfentanil-lyon"] = "/douane/communiques/2025/carfentanil-lyon.html"
    s.pages["/douane/communiques/archives/2025/"].body = s.pages["/douane/communiques/archives/2025/"].body.replace(
        b"</ul>", b"<li><a href='/douane/cp/carfentanil-lyon'>Lien court</a></li></ul>"
        b"<p><a href='/douane/communiques/rapport-2025.pdf'>Rapport annuel (PDF)</a></p>")
    # ---------------- assets and forbidden pages
    s.add(plain("/pharmacy/assets/theme.css", ".badge--pom{background:#c00}", ctype="text/css"))
    s.add(plain("/pharmacy/assets/basket.js", "var basket=[];", ctype="application/javascript"))
    s.add(plain("/pharmacy/assets/p.png", tiny_png(3), ctype="image/png"))
    s.add(plain("/pharmacy/assets/mhra-logo.png", tiny_png(4), ctype="image/png"))
    s.add(plain("/courses/assets/uni.css", "body{font-family:serif}", ctype="text/css"))
    s.add(plain("/douane/themes/dgddi.css", ".fr-card{border:1px solid #ddd}", ctype="text/css"))
    s.add(plain("/douane/communiques/rapport-2025.pdf", b"%PDF-1.4\n% rapport annuel\n%%EOF\n", ctype="application/pdf"))
    s.add(plain("/pharmacy/account/orders", ph_head("Orders") + "<p>Please sign in.</p>" + PH_FOOT))
    return s
