"""neg-health: hard negatives. A county public-health department (overdose dashboard with CAS
tables, drug-checking results), a poison-control centre's articles, DEA-style press releases about
seizures of NPP and 4-ANPP (with CAS numbers and quoted advertising claims), pharmacology lecture
pages, and a licensed pharmacy selling naloxone and fentanyl/xylazine test strips.
Nothing here is a hit; the only CAS truth is naloxone's on the pharmacy's product pages.
"""
from marketsim import Site
from w18_common import (Acc, mk, esc, href, qkey, cl,
                        fentanyl, carfent, xylazine, anpp, npp, bocpip, boc4ap, protonit, metonit, isotonit, desisot,
                        bromazolam, acetylf, naloxone, pip4, ap4, norfent)

SUFENTANIL, REMIFENTANIL, ALFENTANIL, ETONITAZENE, OXYCODONE, HEROIN, METH = (
    "56030-54-7", "132875-61-7", "71195-58-9", "911-65-9", "76-42-6", "561-27-3", "537-46-2")


def head(title, section):
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>%s | Riverside County Public Health</title>"
            "<link rel='stylesheet' href='/themes/rcph/css/main.css'></head><body><a class='skip' href='#main'>Skip to main content</a>"
            "<header class='site-header'><a href='/' class='logo'>Riverside County Public Health</a>"
            "<nav class='main-nav'><a href='/overdose/'>Overdose prevention</a> <a href='/poison-control/'>Poison control</a> "
            "<a href='/press/'>Newsroom</a> <a href='/edu/'>Training</a> <a href='/pharmacy/'>Community pharmacy</a></nav></header>"
            "<div class='breadcrumb'><a href='/'>Home</a> &rsaquo; %s</div><main id='main'>") % (esc(title), section)


FOOT = ("</main><footer class='site-footer'><p>Need help now? Call the Poison Help line 1-800-222-1222. In an emergency call 911.</p>"
        "<p>&copy; 2026 Riverside County Public Health &middot; <a href='/accessibility'>Accessibility</a></p></footer></body></html>")


def build():
    s = Site("neg-health", "public-health")
    s.robots = "User-agent: *\nDisallow: /admin/\nDisallow: /pharmacy/checkout\nDisallow: /search\n"
    s.disallow = ["/admin/", "/pharmacy/checkout", "/search"]

    mk(s, "/", head("Home", "Home") + "<h1>Riverside County Public Health</h1><ul class='cards'>"
       "<li><a href='/overdose/'>Overdose data and prevention</a></li><li><a href='/poison-control/'>Poison control articles</a></li>"
       "<li><a href='/press/'>Press releases</a></li><li><a href='/edu/'>Clinician training</a></li>"
       "<li><a href='/pharmacy/'>Free and low-cost naloxone</a></li></ul>" + FOOT)
    mk(s, "/accessibility", head("Accessibility", "Accessibility") + "<h1>Accessibility statement</h1><p>We aim to meet WCAG 2.1 AA.</p>" + FOOT)

    # ---------------- overdose section
    mk(s, "/overdose/", head("Overdose prevention", "Overdose") + "<h1>Overdose prevention</h1><ul>"
       "<li><a href='/overdose/dashboard'>Overdose surveillance dashboard (2025)</a></li>"
       "<li><a href='%s'>Dashboard, 2024 data</a></li><li><a href='/overdose/drug-checking'>Drug-checking results</a></li></ul>" % href("/overdose/dashboard", year=2024) + FOOT)
    table = [
        (fentanyl, "Fentanyl", "437-38-7", 412, 377), (xylazine, "Xylazine", "7361-61-7", 118, 141),
        (anpp, "4-ANPP (manufacturing impurity)", "21409-26-7", 233, 208), (protonit, "Protonitazene", "95958-84-2", 9, 17),
        (metonit, "Metonitazene", "14680-51-4", 6, 11), (carfent, "Carfentanil", "59708-52-0", 3, 12),
        (bromazolam, "Bromazolam", "71368-80-4", 22, 40), (acetylf, "Acetyl fentanyl", "3258-84-2", 41, 29),
    ]
    for year, col in ((2025, 4), (2024, 3)):
        acc = Acc()
        rows = []
        for sub, name, cas, a, b in table:
            acc.mention(sub, cas)
            rows.append("<tr><td>%s</td><td>%s</td><td>%d</td></tr>" % (esc(name), cas, a if col == 3 else b))
        acc.mention_key(METH, METH)
        rows.append("<tr><td>Methamphetamine</td><td>%s</td><td>%d</td></tr>" % (METH, 301 if col == 3 else 322))
        path = "/overdose/dashboard" if year == 2025 else qkey("/overdose/dashboard", year=year)
        other = href("/overdose/dashboard", year=2024) if year == 2025 else "/overdose/dashboard"
        mk(s, path, head("Overdose surveillance dashboard %d" % year, "<a href='/overdose/'>Overdose</a>") +
           "<h1>Substances detected in overdose deaths, %d</h1><p>Toxicology results from the Medical Examiner. A death can involve "
           "more than one substance. Source: ME-Coroner toxicology, provisional.</p>"
           "<table class='data'><thead><tr><th>Substance</th><th>CAS RN</th><th>Deaths</th></tr></thead><tbody>%s</tbody></table>"
           "<p><a href='%s'>Other year</a></p>" % (year, "".join(rows), other) + FOOT, acc)
    acc = Acc().mention(fentanyl).mention(desisot).mention(xylazine).mention_key(OXYCODONE)
    mk(s, "/overdose/drug-checking", head("Drug-checking results", "<a href='/overdose/'>Overdose</a>") +
       "<h1>Community drug-checking results, Q3 2026</h1><p>Samples submitted anonymously at syringe service programs.</p>"
       "<table class='data'><tr><th>Sold as</th><th>Found</th><th>Samples</th></tr>"
       "<tr><td>Oxycodone M30 pill</td><td>Fentanyl, N-Desethyl isotonitazene</td><td>14</td></tr>"
       "<tr><td>Heroin</td><td>Fentanyl, xylazine</td><td>31</td></tr></table>" + FOOT, acc.mention_key(HEROIN))

    # ---------------- poison control
    arts = [
        ("nitazenes", "Nitazenes: what clinicians need to know",
         "Nitazenes such as isotonitazene, metonitazene and protonitazene are benzimidazole opioids, many times more potent than "
         "fentanyl. Repeated naloxone doses may be needed.", [isotonit, metonit, protonit, fentanyl, naloxone]),
        ("xylazine-wounds", "Xylazine-associated wounds",
         "Xylazine (\"tranq\") is a veterinary sedative increasingly found mixed with fentanyl. It is not an opioid, so naloxone "
         "does not reverse its sedation, but naloxone should still be given.", [xylazine, fentanyl, naloxone]),
        ("fentanyl-exposure", "Can touching fentanyl hurt first responders?",
         "Brief skin contact with fentanyl or carfentanil is very unlikely to cause overdose. Wash with water; do not use alcohol "
         "hand sanitizer.", [fentanyl, carfent]),
    ]
    mk(s, "/poison-control/", head("Poison control", "Poison control") + "<h1>Poison control articles</h1><ul>%s</ul>" % "".join(
        "<li><a href='/poison-control/articles/%s'>%s</a></li>" % (slug, esc(t)) for slug, t, _, _ in arts) + FOOT,
       Acc().mention(fentanyl).mention(xylazine))
    for slug, t, text, ms in arts:
        acc = Acc()
        for m in ms:
            acc.mention(m)
        mk(s, "/poison-control/articles/" + slug, head(t, "<a href='/poison-control/'>Poison control</a>") +
           "<article><h1>%s</h1><p class='byline'>Poison Control Center &middot; reviewed 2026-10-02</p><p>%s</p>"
           "<p>Call Poison Help at 1-800-222-1222 for free, confidential advice.</p></article>" % (esc(t), esc(text)) + FOOT, acc)

    # ---------------- press releases
    rels = [
        ("2026-11-04-precursor-seizure", "Federal agents seize 1.2 tons of fentanyl precursors at county port",
         "Investigators seized 800 kg of N-phenethyl-4-piperidone (NPP, CAS 39742-60-4) and 400 kg of 4-ANPP (CAS 21409-26-7) "
         "declared as \"dye intermediates\". Online advertisements for the chemicals promised \"%s\" and \"%s\". "
         "Both chemicals are List I / Schedule II immediate precursors of fentanyl." % (cl("customs", "en", 0), cl("reship", "en", 0)),
         [npp, anpp, fentanyl], ["39742-60-4", "21409-26-7"]),
        ("2026-09-18-indictment", "Two companies indicted for selling 1-boc-4-piperidone and 4-AP online",
         "The indictment says the companies advertised 1-Boc-4-piperidone (CAS 79099-07-3), 4-piperidone and 4-anilinopiperidine "
         "on business-to-business websites and social media, and shipped them mislabelled to evade customs.",
         [bocpip, pip4, ap4], ["79099-07-3"]),
        ("2026-07-01-xylazine", "County declares xylazine an emerging threat",
         "Xylazine combined with fentanyl was found in 34% of heroin samples. The county will distribute xylazine test strips.",
         [xylazine, fentanyl], []),
    ]
    mk(s, "/press/", head("Newsroom", "Newsroom") + "<h1>Press releases</h1><ul class='press'>%s</ul>" % "".join(
        "<li><a href='/press/%s'>%s</a></li>" % (slug, esc(t)) for slug, t, _, _, _ in rels) + FOOT,
       Acc().mention(bocpip).mention(ap4).mention(xylazine).mention(fentanyl))
    for slug, t, text, ms, cs in rels:
        acc = Acc()
        for m in ms:
            acc.mention(m)
        for c in cs:
            acc.cas_mentions.add(c)
        if "heroin" in text.lower():
            acc.mention_key(HEROIN)
        mk(s, "/press/" + slug, head(t, "<a href='/press/'>Newsroom</a>") +
           "<article class='press-release'><p class='dateline'>FOR IMMEDIATE RELEASE</p><h1>%s</h1><p>%s</p>"
           "<p>Anyone with information about online sales of drug precursors can call the tip line.</p></article>" % (esc(t), esc(text)) + FOOT, acc)

    # ---------------- pharmacology lectures
    mk(s, "/edu/", head("Clinician training", "Training") + "<h1>Clinician training</h1><ul>"
       "<li><a href='/edu/pharmacology/lecture-7'>Lecture 7: 4-anilidopiperidine opioids</a></li>"
       "<li><a href='/edu/pharmacology/lecture-8'>Lecture 8: benzimidazole opioids (nitazenes)</a></li></ul>" + FOOT)
    acc = Acc().mention(fentanyl, "437-38-7").mention(carfent, "59708-52-0").mention(norfent, "1609-66-1").mention(anpp)
    acc.mention_key(SUFENTANIL, SUFENTANIL).mention_key(REMIFENTANIL).mention_key(ALFENTANIL).mention_key("57-27-2")
    mk(s, "/edu/pharmacology/lecture-7", head("Lecture 7: 4-anilidopiperidine opioids", "<a href='/edu/'>Training</a>") +
       "<h1>Lecture 7: 4-anilidopiperidine opioids</h1><p>Fentanyl (CAS 437-38-7) was synthesised by Paul Janssen in 1960. "
       "Potency relative to morphine:</p><table class='data'><tr><th>Drug</th><th>CAS</th><th>Relative potency</th></tr>"
       "<tr><td>Fentanyl</td><td>437-38-7</td><td>50-100</td></tr><tr><td>Sufentanil</td><td>%s</td><td>500-1000</td></tr>"
       "<tr><td>Carfentanil</td><td>59708-52-0</td><td>10000</td></tr><tr><td>Remifentanil</td><td>-</td><td>100-200</td></tr>"
       "<tr><td>Alfentanil</td><td>-</td><td>10-25</td></tr></table><p>Metabolism: N-dealkylation by CYP3A4 gives norfentanyl "
       "(CAS 1609-66-1). 4-ANPP is both a precursor and a minor metabolite.</p>" % SUFENTANIL + FOOT, acc)
    acc = Acc().mention(isotonit, "14188-81-9").mention(metonit, "14680-51-4").mention(protonit).mention(fentanyl).mention(naloxone)
    acc.mention_key(ETONITAZENE, ETONITAZENE)
    mk(s, "/edu/pharmacology/lecture-8", head("Lecture 8: nitazenes", "<a href='/edu/'>Training</a>") +
       "<h1>Lecture 8: benzimidazole opioids (nitazenes)</h1><p>Etonitazene (CAS %s) was developed by Ciba in the 1950s. "
       "Isotonitazene (CAS 14188-81-9) appeared on the illicit market in 2019, followed by metonitazene (CAS 14680-51-4) and "
       "protonitazene. Most are more potent than fentanyl; naloxone reverses them at higher doses.</p>" % ETONITAZENE + FOOT, acc)

    # ---------------- community pharmacy (legal goods; naloxone CAS is product context)
    prods = [
        ("narcan-4mg", "Naloxone HCl Nasal Spray 4 mg (2 doses)", "465-65-6", "Free with county voucher, otherwise $44.99.", []),
        ("kloxxado-8mg", "Naloxone Nasal Spray 8 mg (2 doses)", "465-65-6", "$89.00. Prescription or standing order.", []),
        ("naloxone-injection", "Naloxone HCl Injection 0.4 mg/mL, 10 x 1 mL vials", "465-65-6", "$38.00. For trained responders.", []),
        ("fentanyl-test-strips", "Fentanyl Test Strips (10)", None, "Free. Detects fentanyl and many analogues such as acetyl fentanyl.", [fentanyl, acetylf]),
        ("xylazine-test-strips", "Xylazine Test Strips (10)", None, "Free. Detects xylazine in residue.", [xylazine]),
        ("nitazene-test-strips", "Nitazene Test Strips (5)", None, "$9.00. Detects many nitazenes, including isotonitazene.", [isotonit]),
    ]
    acc = Acc()
    lis = []
    for slug, name, cas, note, ms in prods:
        for m in ms:
            acc.mention(m)
        acc.mention(naloxone)
        if cas:
            acc.show_cas(cas)
        lis.append("<li class='product'><a href='/pharmacy/product/%s'>%s</a> %s<span class='price'>%s</span></li>" % (
            slug, esc(name), ("<span class='cas'>CAS %s</span> " % cas) if cas else "", esc(note.split(".")[0])))
    mk(s, "/pharmacy/", head("Community pharmacy", "Pharmacy") + "<h1>Community pharmacy: overdose prevention supplies</h1>"
       "<p>Licensed pharmacy (License PHY 77120). We never sell controlled substances online.</p><ul class='products'>%s</ul>" % "".join(lis) + FOOT,
       acc, listing=True)
    for slug, name, cas, note, ms in prods:
        acc = Acc()
        for m in ms:
            acc.mention(m)
        if cas:
            acc.show_cas(cas)
        mk(s, "/pharmacy/product/" + slug, head(name, "<a href='/pharmacy/'>Pharmacy</a>") +
           "<div class='product-detail'><h1>%s</h1>%s<p>%s</p><form action='/pharmacy/checkout' method='post'>"
           "<button>Add to order</button></form><p>Pick up in store or free USPS delivery in the county.</p></div>" % (
               esc(name), ("<p>Active ingredient: naloxone hydrochloride, CAS %s</p>" % cas) if cas else "", esc(note)) + FOOT,
           acc, listing=True)
    mk(s, "/pharmacy/checkout", head("Checkout", "Pharmacy") + "<p>Your order is empty.</p>" + FOOT)
    return s
