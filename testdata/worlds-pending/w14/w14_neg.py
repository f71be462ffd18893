"""Site 5: hard negatives - early-warning-system portal, patent abstracts, certified reference materials
catalogue (licensed labs only), seizure news in Chinese (GBK and Big5)."""
from w14_common import *  # noqa: F401,F403

EWS = [
    ("isotonitazene", "EU-EWS-2019-0311", "Isotonitazene", "N,N-diethyl-2-[5-nitro-2-[(4-propan-2-yloxyphenyl)methyl]benzimidazol-1-yl]ethanamine",
     "14188-81-9", "C21H26N4O3", "410.5", "Formal notification 2019. Detected in powders and falsified tablets."),
    ("metonitazene", "EU-EWS-2020-0207", "Metonitazene", "N,N-diethyl-2-[2-[(4-methoxyphenyl)methyl]-5-nitrobenzimidazol-1-yl]ethanamine",
     "14680-51-4", "C21H26N4O3", "382.5", "Associated with deaths; often sold as 'heroin' or in fake oxycodone tablets."),
    ("n-desethyl-isotonitazene", "EU-EWS-2023-0119", "N-Desethyl isotonitazene",
     "N-ethyl-2-[5-nitro-2-[(4-propan-2-yloxyphenyl)methyl]benzimidazol-1-yl]ethanamine",
     "2732926-24-6", "C21H26N4O3", "382.5", "Also a metabolite of isotonitazene."),
    ("etonitazepyne", "EU-EWS-2021-0088", "Etonitazepyne (N-pyrrolidino etonitazene)",
     "2-[(4-ethoxyphenyl)methyl]-5-nitro-1-(2-pyrrolidin-1-ylethyl)benzimidazole", "2785346-75-8", "C22H26N4O3", "394.5",
     "Seized as powders and in nasal sprays."),
    ("4-methyl-nitazene", "EU-EWS-2026-0031", "4'-Methyl nitazene (provisional name)",
     "N,N-diethyl-2-[2-[(4-methylphenyl)methyl]-5-nitro-1H-benzimidazol-1-yl]ethanamine", "not yet assigned", "C21H26N4O2", "366.5",
     "First identified in 2026 in a seized powder; no CAS RN assigned."),
    ("cyclopropylfentanyl", "EU-EWS-2017-0145", "Cyclopropylfentanyl",
     "N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]cyclopropanecarboxamide", "1169-68-2", "C23H28N2O", "348.5",
     "Controlled internationally since 2018."),
    ("ocfentanil", "EU-EWS-2015-0072", "Ocfentanil",
     "N-(2-fluorophenyl)-2-methoxy-N-[1-(2-phenylethyl)piperidin-4-yl]acetamide", "101343-69-5", "C22H27FN2O2", "370.5",
     "Sold online as a 'research chemical' in 2015-2016."),
    ("xylazine", "EU-EWS-2023-0201", "Xylazine", "N-(2,6-dimethylphenyl)-5,6-dihydro-4H-1,3-thiazin-2-amine",
     "7361-61-7", "C12H16N2S", "220.3", "Veterinary sedative found as adulterant in heroin and fentanyl samples."),
]
PATENTS = [
    ("US3164600A", "1-aralkyl-4-(N-aryl-carbonyl amino)-piperidines and related compounds",
     "Compounds of the class N-[1-(2-phenylethyl)-4-piperidinyl]-N-phenylpropanamide and their acid addition salts are "
     "described as potent analgesics. Preferred embodiment: N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide "
     "citrate.", "1965-01-05"),
    ("US3998834A", "N-(4-piperidinyl)-N-phenylamides and -carbamates",
     "Methyl 4-[N-(1-oxopropyl)-N-phenylamino]-1-(2-phenylethyl)-4-piperidinecarboxylate and related 4-substituted "
     "piperidines having morphine-like analgesic activity; useful as veterinary immobilising agents.", "1976-12-21"),
    ("US20210147308A1", "Benzimidazole derivatives as mu-opioid receptor ligands",
     "Disclosed are 2-benzyl-5-nitrobenzimidazoles of formula (I) wherein R1 is C1-C4 alkoxy, including "
     "N,N-diethyl-2-[2-(4-propoxybenzyl)-5-nitro-1H-benzimidazol-1-yl]ethanamine, and their use as pharmacological tools.",
     "2021-05-20"),
    ("WO2019123456A1", "Process for the preparation of 4-anilinopiperidine intermediates",
     "An improved process for preparing tert-butyl 4-(phenylamino)piperidine-1-carboxylate from tert-butyl "
     "4-oxopiperidine-1-carboxylate and aniline by reductive amination, and its conversion into N-phenyl-N-(piperidin-4-yl)"
     "propanamide.", "2019-06-27"),
]
CRM = [
    ("F-013", "fentanyl-citrate-100ug", "Fentanyl citrate solution, 100 µg/mL (as free base) in methanol", "990-73-8",
     "1 mL ampoule", "C-II, DEA registration required"),
    ("C-163", "carfentanil-100ug", "Carfentanil solution, 100 µg/mL in acetonitrile", "59708-52-0", "1 mL ampoule",
     "C-II, DEA registration required"),
    ("I-125", "isotonitazene-1mg", "Isotonitazene solution, 1.0 mg/mL in methanol", "14188-81-9", "1 mL ampoule",
     "C-I, DEA registration and Form 222 required"),
    ("A-210", "4-anpp-1mg", "4-ANPP solution, 1.0 mg/mL in methanol", "21409-26-7", "1 mL ampoule",
     "C-II immediate precursor, DEA registration required"),
    ("N-091", "norfentanyl-100ug", "Norfentanyl solution, 100 µg/mL in methanol", "1609-66-1", "1 mL ampoule",
     "DEA exempt preparation"),
    ("X-044", "xylazine-hcl-1mg", "Xylazine hydrochloride solution, 1.0 mg/mL in methanol", "23076-35-9", "1 mL ampoule",
     "Not federally controlled; some states restrict"),
]
NEWS_ZH = [
    ("2026-1102", "gbk", "警方破获一起跨境贩卖芬太尼类物质案",
     "近日，警方在某物流园区查获一批伪报为“洗衣粉”的包裹，经鉴定含有芬太尼、卡芬太尼及异丁酰芬太尼。"
     "犯罪嫌疑人在网上发布广告，声称“包清关”“被扣免费重发”。同案还查获N-苯乙基-4-哌啶酮（NPP，CAS号39742-60-4）约12公斤。"
     "警方提醒：自2019年5月1日起，芬太尼类物质已整类列管。"),
    ("2026-1115", "gbk", "海关查获甲苯噻嗪和尼秦类物质",
     "海关关员在进境邮件中查获甲苯噻嗪（xylazine）粉末以及异托尼秦（isotonitazene）。"
     "涉案卖家在社交平台宣称“隐秘包装、安全到达”。自2025年7月1日起，尼秦类物质已实施整类列管。"),
    ("2026-1120", "big5", "海關查獲芬太尼前體化學品",
     "海關在一批申報為「化工原料」的貨物中查獲4-苯胺基哌啶（4-AP）及1-叔丁氧羰基-4-哌啶酮，另有少量異丁醯芬太尼。"
     "賣家廣告稱「保證清關」。專家指出，這些前體可用於合成芬太尼。"),
]


def neg_site():
    s = Site("drugintel-portal", "reference-negatives")
    s.robots = ("User-agent: *\nDisallow: /crm/cart\nDisallow: /crm/account/\nDisallow: /patents/download/\n"
                "Disallow: /ews/search\n")
    s.disallow = ["/crm/cart", "/crm/account/", "/patents/download/", "/ews/search"]
    s.trap_prefix = "/ews/calendar/"
    s.junk_params = s.junk_params + ["lang", "print", "utm_campaign"]

    def head(title, section="", charset="utf-8", lang="en"):
        return ("<!DOCTYPE html><html lang='%s'><head><meta charset='%s'><title>%s - DrugIntel Portal</title>"
                "<link rel='stylesheet' href='/assets/portal.css'><script src='/assets/portal.js' defer></script></head><body>"
                "<div class='ecl-cookie-consent' role='dialog'>This site uses cookies. <a href='/cookies'>Learn more</a></div>"
                "<header class='ecl-site-header'><a class='ecl-site-header__logo' href='/'>DrugIntel Portal</a>"
                "<nav class='ecl-menu'><a href='/ews/'>Early Warning System</a> <a href='/patents/'>Patents</a> "
                "<a href='/crm/'>Reference standards</a> <a href='/news/zh/'>新闻</a> <a href='/ews/calendar/2026-12'>Meetings</a>"
                "</nav><form action='/ews/search'><input name='q'></form></header><main class='ecl-container' id='%s'>") % (
            lang, charset, esc(title), section or "main")

    foot = ("</main><footer class='ecl-footer'><p>DrugIntel Portal is an information service for public health and law "
            "enforcement professionals. <a href='/legal'>Legal notice</a></p></footer></body></html>")
    page(s, "/", head("Home") + "<h1>DrugIntel Portal</h1><ul><li><a href='/ews/'>EWS notifications</a></li>"
         "<li><a href='/patents/'>Patent abstracts</a></li><li><a href='/crm/'>Certified reference materials</a></li>"
         "<li><a href='/news/zh/'>缉毒新闻</a></li><li><a href='/news/en/2026-11-28-seizure'>Seizure report (EN)</a></li></ul>" + foot)
    page(s, "/legal", head("Legal notice") + "<p>© 2026. Content may be reused with attribution.</p>" + foot)

    # ---- EWS
    rows = []
    for slug_, code, name, iupac, cas, mf, mw, note in EWS:
        rows.append("<tr><td><a href='/ews/substance/%s'>%s</a></td><td>%s</td><td>%s</td></tr>" % (slug_, esc(name), code, cas))
        page(s, "/ews/substance/" + slug_, head(name, "ews") +
             "<nav class='ecl-breadcrumb'><a href='/ews/'>EWS</a> › <a href='/ews/notifications'>Notifications</a></nav>"
             "<h1>%s</h1><p class='ecl-tag'>%s</p><table class='ecl-table substance-identity'><caption>Chemical identity</caption>"
             "<tr><th>Common name</th><td>%s</td></tr><tr><th>IUPAC name</th><td>%s</td></tr><tr><th>CAS RN</th><td>%s</td></tr>"
             "<tr><th>Molecular formula</th><td>%s</td></tr><tr><th>Molar mass</th><td>%s g/mol</td></tr></table>"
             "<h2>Notes</h2><p>%s</p><h2>Reporting countries</h2><p>AT, BE, DE, EE, LV, SE, UK</p>"
             "<p><a href='/ews/notifications'>Back to notifications</a></p>" % (
                 esc(name), code, esc(name), esc(iupac), cas, mf, mw, esc(note)) + foot)
        s.redirects["/ews/substance/%s" % code] = "/ews/substance/" + slug_
    half = (len(rows) + 1) // 2
    for n, chunk in enumerate((rows[:half], rows[half:]), 1):
        key = "/ews/notifications" if n == 1 else qpath("/ews/notifications", page=n)
        page(s, key, head("Notifications page %d" % n, "ews") +
             "<h1>New psychoactive substances notified</h1><table class='ecl-table'><tr><th>Substance</th><th>EWS code</th>"
             "<th>CAS RN</th></tr>%s</table><div class='ecl-pagination'><a href='/ews/notifications'>1</a> "
             "<a href='/ews/notifications?page=2'>2</a> <a href='/ews/notifications?print=1'>Print</a></div>" % "".join(chunk) + foot)
    page(s, "/ews/", head("Early Warning System", "ews") + "<h1>EU Early Warning System on NPS</h1><p>Formal notifications, "
         "risk communications and intensive monitoring of new psychoactive substances.</p>"
         "<ul><li><a href='/ews/notifications'>Notifications</a></li><li><a href='/ews/alerts/2026-014'>Risk communication 2026-014</a></li></ul>"
         + foot)
    page(s, "/ews/alerts/2026-014", head("Risk communication 2026-014", "ews") +
         "<h1>Risk communication: nitazenes and xylazine in falsified 'M30' tablets</h1><p>Laboratories report falsified "
         "oxycodone tablets containing the following substances:</p><table class='ecl-table'><tr><th>Substance</th><th>CAS RN</th>"
         "<th>Tablets positive</th></tr><tr><td>Metonitazene</td><td>14680-51-4</td><td>41</td></tr><tr><td>Protonitazene</td>"
         "<td>95958-84-2</td><td>12</td></tr><tr><td>Fentanyl</td><td>437-38-7</td><td>9</td></tr><tr><td>Xylazine</td>"
         "<td>7361-61-7</td><td>6</td></tr></table><p>Online sellers advertised the tablets with promises of 'free reship' and "
         "'100% customs pass'. Such claims are quoted here for information.</p>" + foot)
    s.flaky.add("/ews/substance/metonitazene")

    # ---- patents
    lis = []
    for num, title, abstract, date in PATENTS:
        lis.append("<li><a href='/patents/%s'>%s</a> — %s</li>" % (num, num, esc(title)))
        page(s, "/patents/" + num, head(num, "patents") +
             "<article class='patent'><h1>%s</h1><h2>%s</h2><dl><dt>Publication date</dt><dd>%s</dd><dt>Status</dt>"
             "<dd>%s</dd></dl><section class='abstract'><h3>Abstract</h3><p>%s</p></section>"
             "<p><a href='/patents/download/%s.pdf'>Download PDF</a> · <a href='/patents/%s.pdf'>Front page (PDF)</a></p></article>"
             % (num, esc(title), date, "Expired" if date < "2000" else "Active", esc(abstract), num, num) + foot)
        asset(s, "/patents/%s.pdf" % num, fake_pdf(num + " " + title), "application/pdf")
        asset(s, "/patents/download/%s.pdf" % num, fake_pdf(num), "application/pdf")
    page(s, "/patents/", head("Patent abstracts", "patents") + "<h1>Selected patent abstracts</h1><ul>%s</ul>" % "".join(lis) + foot)

    # ---- certified reference materials: licensed labs only -> no hits; CAS in product context counts
    rows = []
    acc_cat = Acc()
    for sku, sl, name, cas, pack, status in CRM:
        acc = Acc().add_cas(cas)
        acc_cat.add_cas(cas)
        rows.append("<tr><td>%s</td><td><a href='/crm/p/%s'>%s</a></td><td>%s</td><td>%s</td></tr>" % (sku, sl, esc(name), cas, esc(status)))
        s.redirects["/crm/product/%s" % sku] = "/crm/p/" + sl
        page(s, "/crm/p/" + sl, head(name, "crm") +
             "<div class='product-detail'><h1 class='product-name'>%s</h1><table class='spec'><tr><th>Catalog No.</th><td>%s</td></tr>"
             "<tr><th>CAS Number (analyte)</th><td>%s</td></tr><tr><th>Package</th><td>%s</td></tr><tr><th>Format</th>"
             "<td>Certified Reference Material, ISO 17034</td></tr><tr><th>Regulatory</th><td>%s</td></tr></table>"
             "<p class='notice'>Sold only to licensed laboratories. Orders for controlled substances require a copy of your "
             "DEA registration (or national licence) and are shipped by licensed courier, cold chain.</p>"
             "<a class='btn' href='/crm/cart?add=%s'>Add to cart</a></div>" % (esc(name), sku, cas, pack, esc(status), sku)
             + foot, acc, listing=True)
    page(s, "/crm/", head("Certified reference materials", "crm") +
         "<h1>Opioid and adulterant reference standards</h1><table class='product-table'><tr><th>Cat. No.</th><th>Product</th>"
         "<th>CAS</th><th>Status</th></tr>%s</table><p>All controlled-substance standards ship only to registrants.</p>"
         "<a href='/crm/account/login'>Account</a>" % "".join(rows) + foot, acc_cat, listing=True)

    # ---- Chinese seizure news (GBK, Big5) and one English seizure report
    lis = []
    for nid, cs, title, text in NEWS_ZH:
        lis.append("<li><a href='/news/zh/%s.html'>%s</a></li>" % (nid, esc(title)))
        page(s, "/news/zh/%s.html" % nid, head(title, "news", cs, "zh-CN" if cs == "gbk" else "zh-TW") +
             "<article class='news'><h1>%s</h1><p class='date'>%s-%s-%s</p><p>%s</p></article><p><a href='/news/zh/'>返回</a></p>"
             % (esc(title), nid[:4], nid[5:7], nid[7:], esc(text)) + foot, charset=cs, header_charset=(cs != "big5"))
    page(s, "/news/zh/", head("缉毒新闻", "news", "gbk", "zh-CN") + "<h1>缉毒新闻</h1><ul>%s</ul>" % "".join(lis) + foot, charset="gbk")
    page(s, "/news/en/2026-11-28-seizure", head("Seizure report", "news") +
         "<article><h1>Postal seizure: 3 kg of fentanyl precursors declared as 'detergent'</h1><p>Border officers intercepted "
         "parcels containing 1-boc-4-piperidone (CAS 79099-07-3) and 4-ANPP. The online seller's advert promised "
         "\"stealth shipping, reship if seized\", according to investigators. The recipient was arrested.</p></article>" + foot)
    s.flaky.add("/news/zh/2026-1115.html")
    asset(s, "/assets/portal.css", b"body{font-family:Arial}", "text/css")
    asset(s, "/assets/portal.js", b"document.documentElement.className+=' js';", "application/javascript")
    return s
