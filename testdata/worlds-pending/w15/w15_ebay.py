"""Site 0: bay-market, an eBay-style marketplace (ebay.com + ebay.de look), EN + DE.

Search results (/sch/i.html?_nkw=..&_pgn=N, s-item cards incl. the "Shop on eBay" ghost card),
category browse page, item pages (/itm/<slug>/<id>) with item specifics, seller card,
description iframe (/itmdesc/<id>, also linked as "See full description"), shipping tab
(?tab=shipping), rails "Similar sponsored items", "People also viewed", "More from this seller",
seller profiles (/usr/<name>), stores (/str/<name>). Some German pages are windows-1252 declared
only in <meta>.
"""
from marketsim import Site
from w15_common import (A, Acc, mk, esc, ld, tiny_png, qkey, B, npp, bocpip, ap4, anpp, isotonit,
                        xylazine, metonit, nv_pclfu, acetone, protonit, fibf, nv_3thf, Page)

SELLERS = {
    "labgrade_direct_uk": ("99.8", "18,402", "Manchester, United Kingdom", "2009"),
    "hb-chem-trading": ("97.1", "1,204", "Kowloon, Hong Kong", "2021"),
    "syn-research-eu": ("95.4", "312", "Wroclaw, Poland", "2023"),
    "pure.reagents.us": ("99.5", "6,877", "Reno, Nevada, United States", "2014"),
    "chemiehandel_mueller": ("99.9", "25,118", "Ludwigshafen, Deutschland", "2006"),
    "analytik-pulver24": ("96.8", "744", "Frankfurt (Oder), Deutschland", "2022"),
    "rc.labor.de": ("94.9", "201", "Venlo, Niederlande", "2024"),
}


class It:
    def __init__(self, iid, slug, title, seller, price, ship, loc, specs, acc, desc, lang="en",
                 sub="", card_acc=None, iframe=False, tab=None, cs="utf-8", header=True, cond="Brand New"):
        self.iid, self.slug, self.title, self.seller, self.price = iid, slug, title, seller, price
        self.ship, self.loc, self.specs, self.acc, self.desc, self.lang = ship, loc, specs, acc, desc, lang
        self.sub, self.iframe, self.tab, self.cs, self.header, self.cond = sub, iframe, tab, cs, header, cond
        # what a search card shows (title + subtitle): hits by default, CAS/claims only as given
        self.card_acc = card_acc if card_acc is not None else Acc(hits=acc.hits)
        self.url = "/itm/%s/%d" % (slug, iid)


def items():
    L = []
    a = L.append
    # ---------------------------------------------------------------- English listings
    a(It(2001, "Caffeine-Anhydrous-Powder-500g-USP-Grade-CAS-58-08-2",
         "Caffeine Anhydrous Powder 500g USP Grade CAS 58-08-2", "labgrade_direct_uk", "GBP 14.99",
         "Free Royal Mail Tracked 48", "Manchester, United Kingdom",
         [("Brand", "LabGrade Direct"), ("Chemical Name", "Caffeine"), ("CAS Number", "58-08-2"),
          ("Purity", "&ge;99%"), ("Net Weight", "500 g"), ("Form", "Powder")],
         A(cas=[B["caffeine"]]),
         "<p>Pharmaceutical grade caffeine anhydrous, packed in a resealable HDPE tub. "
         "Certificate of analysis available on request. Not for sale to under 18s.</p>",
         card_acc=A(cas=[B["caffeine"]])))
    a(It(2002, "Fentanyl-Test-Strips-10-Pack-Rapid-Response-Harm-Reduction",
         "Fentanyl Test Strips 10 Pack Rapid Response Harm Reduction Drug Checking", "labgrade_direct_uk",
         "GBP 9.50", "GBP 1.95 Royal Mail 2nd Class", "Manchester, United Kingdom",
         [("Brand", "BTNX"), ("Type", "Test strip"), ("Quantity", "10"), ("Sensitivity", "20 ng/mL")],
         A(), "<p>Immunoassay strips that show whether fentanyl or its analogues are present in a sample. "
         "Dissolve, dip for 15 seconds, read after 5 minutes. One line = positive. "
         "These strips do not detect xylazine or nitazenes.</p>"))
    a(It(2003, "N-Phenethyl-4-piperidone-99-White-Crystal-100g-Lab-Reagent",
         "N-Phenethyl-4-piperidone 99% White Crystal 100g Lab Reagent", "hb-chem-trading", "US $89.00",
         "US $25.00 Expedited International Shipping", "Kowloon, Hong Kong",
         [("Brand", "Unbranded"), ("Chemical Name", "1-(2-Phenylethyl)-4-piperidone"), ("CAS", "39742-60-4"),
          ("Assay", "99.2% (HPLC)"), ("Appearance", "Off-white crystalline powder"), ("MPN", "Does not apply")],
         A(hits=[npp], cas=["39742-60-4"], claims=["forwarding"]),
         "<p>Shipping note: parcels for US buyers leave Hong Kong to our Los Angeles consolidation "
         "warehouse and are handed to USPS there.</p>", iframe=True, sub="Fast delivery &middot; bulk price available",
         tab=A(hits=[npp], claims=["forwarding", "customs"])))
    a(It(2004, "tert-Butyl-4-oxopiperidine-1-carboxylate-98-250g",
         "tert-Butyl 4-oxopiperidine-1-carboxylate 98% 250g", "hb-chem-trading", "US $64.00",
         "US $25.00 Expedited International Shipping", "Kowloon, Hong Kong",
         [("Brand", "Unbranded"), ("CAS Number", "79099073"), ("Molecular Formula", "C10H17NO3"),
          ("Purity", "98%")],
         A(hits=[bocpip], cas=["79099-07-3"], claims=["stealth"]),
         "<p>Sealed in a plain silver foil bag, no chemical label on the outside, then boxed with "
         "a toy so it looks like a normal gift parcel.</p>"))
    a(It(2005, "4-A-P-N-Phenylpiperidin-4-amine-Intermediate-50g",
         "4 - A P / N-Phenylpiperidin-4-amine intermediate 50g", "hb-chem-trading", "US $120.00",
         "US $25.00 Expedited International Shipping", "Kowloon, Hong Kong",
         [("Brand", "Unbranded"), ("CAS", "23056 29 3"), ("Grade", "Industrial")],
         A(hits=[ap4], cas=["23056-29-3"], claims=["mislabel"]),
         "<p>Our CN23 form lists the goods as &quot;resin curing additive, non-dangerous&quot;, "
         "so there is no trouble at your post office.</p>"))
    a(It(2006, "1sotonitazene-Reference-Standard-1g-Not-For-Human-Consumption",
         "1sotonitazene Reference Standard 1g - Not For Human Consumption", "syn-research-eu", "EUR 180.00",
         "EUR 15.00 InPost international", "Wroclaw, Poland",
         [("Brand", "SRE"), ("Product", "Analytical standard"), ("Quantity", "1 g")],
         A(hits=[isotonit], claims=["forwarding"]),
         "<p>EU stock: we keep this line in our Polish warehouse, so orders inside the Union "
         "never see a customs office.</p>"))
    a(It(2007, "Xylazine-HCl-100g-Veterinary-Sedative-Powder",
         "Xylazine HCl 100g Veterinary Sedative Powder", "pure.reagents.us", "US $210.00",
         "Free USPS Priority Mail", "Reno, Nevada, United States",
         [("Brand", "Pure Reagents"), ("Chemical Name", "Xylazine hydrochloride"), ("CAS", "23076-35-9"),
          ("Purity", "99%"), ("Intended use", "Veterinary research")],
         A(hits=[xylazine], cas=["23076-35-9"]),
         "<p>Xylazine hydrochloride, white crystalline powder. Sold for veterinary research only.</p>"))
    a(It(2008, "Mannitol-Powder-1kg-Pharma-Grade",
         "Mannitol Powder 1kg Pharma Grade + Inositol 250g bundle", "pure.reagents.us", "US $27.50",
         "US $8.95 USPS Ground Advantage", "Reno, Nevada, United States",
         [("Brand", "Pure Reagents"), ("CAS (Mannitol)", "69-65-8"), ("CAS (Inositol)", "87-89-8")],
         A(cas=[B["mannitol"], B["inositol"]]),
         "<p>Two blending powders in one listing. Stealthy shipping is not needed for these. "
         "Ordinary USPS box.</p>"))
    a(It(2009, "p-Chlorofuranylfentanyl-Analytical-Sample-500mg",
         "p-Chlorofuranylfentanyl Analytical Sample 500mg", "syn-research-eu", "EUR 240.00",
         "EUR 15.00 InPost international", "Wroclaw, Poland",
         [("Brand", "SRE"), ("Purity", "99.5%"), ("Format", "Powder, amber vial")],
         A(hits=[nv_pclfu]), "", iframe=True))
    a(It(2010, "Lidocaine-HCl-Powder-100g-CAS-73-78-9",
         "Lidocaine HCl Powder 100g CAS 73-78-9", "labgrade_direct_uk", "GBP 22.00",
         "Free Royal Mail Tracked 48", "Manchester, United Kingdom",
         [("Brand", "LabGrade Direct"), ("CAS Number", "73-78-9"), ("Purity", "99%")],
         A(cas=[B["lidohcl"]]), "<p>Lidocaine hydrochloride monohydrate, BP grade.</p>",
         card_acc=A(cas=[B["lidohcl"]])))
    a(It(2011, "Metonitazene-Reference-Material-250mg",
         "\u039cetonitazene reference material 250mg", "syn-research-eu", "EUR 95.00",
         "EUR 15.00 InPost international", "Wroclaw, Poland",
         [("Brand", "SRE"), ("CAS", "14680-51-4"), ("Purity", "&gt;98%")],
         A(hits=[metonit], cas=["14680-51-4"], claims=["stealth"]),
         "<p>Vacuum-sealed twice, smell-proof, plain envelope with a made-up return name.</p>"))
    a(It(2012, "Bulk-4-Anilino-N-phenethylpiperidine-ANPP-1kg-Factory",
         "Bulk 4-Anilino-N-phenethylpiperidine (ANPP) 1kg Factory Direct", "hb-chem-trading", "US $1,450.00",
         "US $60.00 Expedited International Shipping", "Kowloon, Hong Kong",
         [("Brand", "Unbranded"), ("CAS", "21409-26-7"), ("MOQ", "1 kg")],
         A(hits=[anpp], cas=["21409-26-7"], claims=["customs"]),
         "<p>Large orders: our broker clears the goods through US customs for you, duties paid, "
         "you just wait at home.</p>", tab=A(hits=[anpp], claims=["customs", "forwarding"])))
    a(It(2013, "Antique-Apothecary-Bottle-Tinct-Opii-Glass-Label",
         "Antique Apothecary Bottle 'Tinct. Opii' Glass Label c.1890 - EMPTY", "labgrade_direct_uk",
         "GBP 45.00", "GBP 3.95 Royal Mail Tracked", "Manchester, United Kingdom",
         [("Type", "Apothecary bottle"), ("Era", "Victorian"), ("Contents", "Empty")],
         A(), "<p>Victorian pharmacy bottle with original gilt label for tincture of opium. "
         "Empty and washed. A display piece for collectors only.</p>", cond="Used"))
    a(It(2014, "Benzocaine-99-250g-Topical-Anaesthetic-Powder",
         "Benzocaine 99% 250g Topical Anaesthetic Powder", "pure.reagents.us", "US $31.00",
         "US $8.95 USPS Ground Advantage", "Reno, Nevada, United States",
         [("Brand", "Pure Reagents"), ("CAS", "94-09-7")], A(cas=[B["benzocaine"]]),
         "<p>Ethyl 4-aminobenzoate, USP. Fine white powder.</p>"))
    # ---------------------------------------------------------------- German listings
    a(It(3001, "Aceton-99-5-technisch-5-Liter-Kanister",
         "Aceton 99,5% technisch 5 Liter Kanister", "chemiehandel_mueller", "EUR 24,90",
         "Kostenloser Versand (DHL Gefahrgut)", "Ludwigshafen, Deutschland",
         [("Marke", "Chemiehandel Müller"), ("CAS-Nummer", "67-64-1"), ("Reinheit", "99,5 %"),
          ("Inhalt", "5 l")],
         A(hits=[acetone], cas=["67-64-1"]),
         "<p>Lösungsmittel für Werkstatt und Labor. Gefahrgutversand nach ADR, nur an Gewerbe "
         "und volljährige Privatkunden.</p>", lang="de", card_acc=A(hits=[acetone])))
    a(It(3002, "Koffein-wasserfrei-1kg-Pulver-Lebensmittelqualitaet",
         "Koffein wasserfrei 1kg Pulver Lebensmittelqualität", "chemiehandel_mueller", "EUR 32,50",
         "EUR 5,90 DHL Paket", "Ludwigshafen, Deutschland",
         [("Marke", "Chemiehandel Müller"), ("CAS-Nummer", "58-08-2"), ("Reinheit", "≥ 99 %")],
         A(cas=[B["caffeine"]]), "<p>Reines Koffein für die Lebensmittelherstellung.</p>", lang="de",
         cs="windows-1252", header=False))
    a(It(3003, "Isopropanol-99-9-10L",
         "Isopropanol 99,9% 10L IPA Reinigungsalkohol", "chemiehandel_mueller", "EUR 39,90",
         "Kostenloser Versand", "Ludwigshafen, Deutschland",
         [("Marke", "Chemiehandel Müller"), ("CAS-Nummer", "67-63-0")], A(cas=[B["isopropanol"]]),
         "<p>Reinigungsalkohol, rückstandsfrei.</p>", lang="de"))
    a(It(3004, "Badesalz-Blue-Lotus-5g-Sammlerstueck",
         "Badesalz \u201eBlue Lotus\u201c 5g Sammlerstück – kein Verzehr", "analytik-pulver24", "EUR 79,00",
         "EUR 4,50 Warensendung", "Frankfurt (Oder), Deutschland",
         [("Marke", "Markenlos"), ("Menge", "5 g"), ("Hinweis", "Nicht zum Verzehr")],
         A(hits=[protonit], claims=["mislabel", "stealth"]),
         "<p>Inhalt laut Analyse: Protonitazen 99&nbsp;%. Auf dem Paket steht nur &bdquo;Badesalz&ldquo;, "
         "genau so wird es auch bei der Post angegeben. Doppelt eingeschweißt, kein Absender, "
         "riecht nach nichts.</p>", lang="de", card_acc=A(), cs="windows-1252", header=False))
    a(It(3005, "4-Fluor-Isobutyrfentanyl-4-FIBF-Referenzmaterial-250mg",
         "4-Fluor-Isobutyrfentanyl (4-FIBF) Referenzmaterial 250mg", "rc.labor.de", "EUR 150,00",
         "EUR 9,90 DHL Paket", "Venlo, Niederlande",
         [("Marke", "RC Labor"), ("CAS-Nummer", "244195-32-2"), ("Reinheit", "99,1 %")],
         A(hits=[fibf], cas=["244195-32-2"], claims=["forwarding"]),
         "<p>Wir verschicken aus unserem Lager in Venlo, also innerhalb der EU. Kein Zoll, keine "
         "Einfuhrumsatzsteuer.</p>", lang="de", iframe=True, tab=A(hits=[fibf], claims=["forwarding", "reship"])))
    a(It(3006, "N-Boc-4-Piperidon-98-100g",
         "N-Boc-4-Piperidon 98% 100g", "analytik-pulver24", "EUR 55,00",
         "EUR 4,90 DHL Paket", "Frankfurt (Oder), Deutschland",
         [("Marke", "Markenlos"), ("CAS-Nummer", "79099-07-3"), ("Reinheit", "98 %")],
         A(hits=[bocpip], cas=["79099-07-3"]), "<p>Feines weißes Pulver, Versand in Braunglas.</p>",
         lang="de", cs="windows-1252", header=False))
    a(It(3007, "Lidocain-Base-100g-Pulver",
         "Lidocain Base 100g Pulver", "analytik-pulver24", "EUR 36,00",
         "EUR 2,70 Großbrief", "Frankfurt (Oder), Deutschland",
         [("Marke", "Markenlos"), ("CAS-Nummer", "137-58-6")],
         A(cas=[B["lidocaine"]], claims=["stealth"]),
         "<p>Kommt im neutralen Luftpolsterumschlag ohne Firmenaufdruck, von außen sieht niemand, "
         "was drin ist.</p>", lang="de"))
    a(It(3008, "Fentanyl-Teststreifen-25-Stueck-Drug-Checking",
         "Fentanyl-Teststreifen 25 Stück Drug-Checking Schnelltest", "chemiehandel_mueller", "EUR 27,00",
         "Kostenloser Versand", "Ludwigshafen, Deutschland",
         [("Marke", "DanceSafe"), ("Anzahl", "25")], A(),
         "<p>Zeigt Fentanyl und viele Analoga an. Kein Nachweis von Xylazin oder Nitazenen. "
         "Ein Hilfsmittel zur Schadensminimierung.</p>", lang="de"))
    return L


def bay_market():
    s = Site("bay-market", "auction-marketplace")
    s.robots = ("User-agent: *\nDisallow: /myb/\nDisallow: /bin/\nDisallow: /sl/\nDisallow: /ws/\n"
                "\nUser-agent: GPTBot\nDisallow: /\n")
    s.disallow = ["/myb/", "/bin/", "/sl/", "/ws/"]
    s.trap_prefix = "/deals/calendar/"
    s.rate_limit = 20
    s.junk_params = ["utm_source", "utm_medium", "_trksid", "hash", "_from", "amdata", "mkevt",
                     "mkcid", "_sop", "nma", "orig_cvip", "sid"]
    IT = items()
    by = {i.iid: i for i in IT}

    def head(title, lang="en", cs="utf-8"):
        de = lang == "de"
        home = "/de/" if de else "/"
        sch = "/de/sch/i.html" if de else "/sch/i.html"
        return ("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"%s\">"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                "<title>%s | eBay</title><link rel=\"stylesheet\" href=\"/rs/v3/skin.css\">"
                "<script>window.SRP={};(function(){var d=document;d.documentElement.className+=' js';})();</script>"
                "<script src=\"/rs/v3/gh.js\" async></script></head>"
                "<body class=\"s-page no-touch skin-large\">"
                "<div id=\"gdpr-banner\" class=\"gdpr-banner\" role=\"dialog\"><p>%s</p>"
                "<button id=\"gdpr-banner-accept\">%s</button> <a href=\"/help/account/cookies?id=4260\">%s</a></div>"
                "<header id=\"gh\" class=\"gh-header\"><div class=\"gh-header__logo\"><a id=\"gh-la\" href=\"%s\">eBay</a></div>"
                "<ul id=\"gh-topl\"><li class=\"gh-t\"><a href=\"/signin/\">%s</a></li>"
                "<li class=\"gh-t\"><a href=\"/deals\">Daily Deals</a></li><li class=\"gh-t\"><a href=\"/help/home\">%s</a></li>"
                "<li class=\"gh-t\"><a href=\"/sl/sell\">%s</a></li><li class=\"gh-t\"><a href=\"/myb/Summary\">My eBay</a></li>"
                "<li class=\"gh-t\"><a href=\"%s\">%s</a></li></ul>"
                "<form id=\"gh-f\" action=\"%s\"><input id=\"gh-ac\" name=\"_nkw\" placeholder=\"%s\">"
                "<select name=\"_sacat\"><option value=\"0\">%s</option></select><input type=\"submit\" id=\"gh-btn\" value=\"%s\"></form>"
                "</header><div id=\"mainContent\">") % (
            lang, cs, esc(title),
            "Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten." if de else
            "We use cookies and similar technologies to personalise content and ads.",
            "Alle akzeptieren" if de else "Accept all", "Cookie-Einstellungen" if de else "Manage cookies",
            home, "Einloggen" if de else "Sign in", "Hilfe &amp; Kontakt" if de else "Help &amp; Contact",
            "Verkaufen" if de else "Sell", "/" if de else "/de/", "eBay.com" if de else "eBay.de", sch,
            "Finden Sie alles" if de else "Search for anything", "Alle Kategorien" if de else "All Categories",
            "Finden" if de else "Search")

    def foot(lang="en"):
        de = lang == "de"
        return ("</div><footer id=\"glbfooter\" class=\"gh-footer\"><div class=\"gh-footer__links\">"
                "<a href=\"/help/policies/prohibited-restricted-items/drugs-drug-paraphernalia-policy?id=4254\">%s</a> "
                "<a href=\"/deals/calendar/2026-12\">%s</a> <a href=\"/help/home\">%s</a> <a href=\"/ws/eBayISAPI.dll?SignIn\">Sign in</a></div>"
                "<p class=\"gh-copyright\">Copyright &copy; 1995-2026 eBay Inc. %s</p></div></footer>"
                "<script>if(window.SRP){SRP.ready=1}</script></body></html>") % (
            "Grundsätze zu Drogen" if de else "Drugs &amp; drug paraphernalia policy",
            "Aktionskalender" if de else "Events calendar", "Hilfe" if de else "Help",
            "Alle Rechte vorbehalten." if de else "All Rights Reserved.")

    def card_link(it):
        return "%s?hash=item%x&amp;_trksid=p4432023.m570.l1313" % (it.url, it.iid * 7919)

    def scard(it):
        return ("<li class=\"s-item s-item__pl-on-bottom\" data-view=\"mi:1686|iid:%d\">"
                "<div class=\"s-item__wrapper clearfix\"><div class=\"s-item__image-section\"><div class=\"s-item__image\">"
                "<a href=\"%s\" tabindex=\"-1\" aria-hidden=\"true\"><div class=\"s-item__image-wrapper image-treatment\">"
                "<img src=\"/images/g/%d/s-l500.png\" alt=\"%s\" loading=\"lazy\"></div></a></div></div>"
                "<div class=\"s-item__info clearfix\"><a class=\"s-item__link\" href=\"%s\">"
                "<div class=\"s-item__title\"><span role=\"heading\" aria-level=\"3\">%s</span></div></a>"
                "<div class=\"s-item__subtitle\"><span class=\"SECONDARY_INFO\">%s</span>%s</div>"
                "<div class=\"s-item__details clearfix\"><div class=\"s-item__detail s-item__detail--primary\">"
                "<span class=\"s-item__price\">%s</span></div><div class=\"s-item__detail s-item__detail--primary\">"
                "<span class=\"s-item__shipping s-item__logisticsCost\">%s</span></div>"
                "<div class=\"s-item__detail s-item__detail--secondary\"><span class=\"s-item__location s-item__itemLocation\">%s</span></div>"
                "<div class=\"s-item__detail s-item__detail--secondary\"><span class=\"s-item__seller-info\">"
                "<span class=\"s-item__seller-info-text\">%s (%s) %s%%</span></span></div></div></div></div></li>") % (
            it.iid, card_link(it), it.iid, esc(it.title), card_link(it), esc(it.title),
            esc(it.cond) if it.lang == "en" else ("Neu" if it.cond == "Brand New" else "Gebraucht"),
            (" &middot; " + it.sub) if it.sub else "", it.price, it.ship,
            ("from " if it.lang == "en" else "aus ") + esc(it.loc), it.seller,
            SELLERS[it.seller][1], SELLERS[it.seller][0])

    GHOST = ("<li class=\"s-item s-item__pl-on-bottom\" data-viewport=\"{}\"><div class=\"s-item__wrapper clearfix\">"
             "<div class=\"s-item__info clearfix\"><a class=\"s-item__link\" href=\"https://ebay.com/itm/123456\">"
             "<div class=\"s-item__title\"><span role=\"heading\" aria-level=\"3\">Shop on eBay</span></div></a>"
             "<div class=\"s-item__details clearfix\"><span class=\"s-item__price\">$20.00</span></div></div></div></li>")

    # ------------------------------------------------------------ search result pages
    searches = [
        ("/sch/i.html", "research chemicals", "en", [[2003, 2009, 2006, 2001, 2011, 2004], [2005, 2012, 2007, 2014, 2008]],
         "utf-8", True),
        ("/sch/i.html", "fentanyl test strips", "en", [[2002, 3008, 2013]], "utf-8", True),
        ("/sch/i.html", "piperidone", "en", [[2003, 2004, 3006, 2005]], "utf-8", True),
        ("/sch/i.html", "lab powder", "en", [[2001, 2010, 2008, 2014, 2007]], "utf-8", True),
        ("/de/sch/i.html", "laborchemikalien", "de", [[3001, 3002, 3005, 3006], [3003, 3004, 3007]],
         "windows-1252", True),
        ("/de/sch/i.html", "pulver analyse", "de", [[3004, 3007, 3005, 2011]], "utf-8", True),
    ]
    search_urls = {}
    for base, q, lang, pages, cs, hdr in searches:
        for pi, ids in enumerate(pages, 1):
            params = {"_nkw": q, "_sacat": "0"}
            if pi > 1:
                params["_pgn"] = str(pi)
            key = qkey(base, params)
            search_urls.setdefault((base, q), []).append(key)
            acc = Acc()
            for iid in ids:
                acc = acc | by[iid].card_acc
            n = sum(len(p) for p in pages)
            href = lambda k: base + "?_nkw=" + q.replace(" ", "+") + "&amp;_sacat=0" + ("&amp;_pgn=%d" % k if k > 1 else "")
            pag = "".join("<li><a class=\"pagination__item\" href=\"%s\"%s>%d</a></li>" % (
                href(k), " aria-current=\"page\"" if k == pi else "", k) for k in range(1, len(pages) + 1))
            de = lang == "de"
            body = (head(("%s kaufen" if de else "%s for sale") % q, lang, cs if not hdr or cs != "utf-8" else "utf-8") +
                    "<div class=\"srp-controls\"><h1 class=\"srp-controls__count-heading\"><span class=\"BOLD\">%d</span> %s <span class=\"BOLD\">%s</span></h1>"
                    "<div class=\"srp-controls__sort\"><a href=\"%s&amp;_sop=10\">%s</a> <a href=\"%s&amp;_sop=15\">%s</a></div></div>"
                    "<div class=\"srp-river-results\"><ul class=\"srp-results srp-list clearfix\">%s%s</ul></div>"
                    "<nav class=\"pagination\" role=\"navigation\"><ol class=\"pagination__items\">%s</ol></nav>"
                    "<div class=\"srp-related-searches\"><span>%s</span> <a href=\"/sch/i.html?_nkw=fentanyl+test+strips&amp;_sacat=0\">fentanyl test strips</a> "
                    "<a href=\"/sch/i.html?_nkw=piperidone&amp;_sacat=0\">piperidone</a> <a href=\"/sch/i.html?_nkw=lab+powder&amp;_sacat=0\">lab powder</a></div>"
                    % (n, "Ergebnisse für" if de else "results for", esc(q), href(pi), "Neu eingestellt" if de else "Newly listed",
                       href(pi), "Preis aufsteigend" if de else "Price + Shipping: lowest first",
                       GHOST if pi == 1 else "", "".join(scard(by[i]) for i in ids), pag,
                       "Verwandte Suchen:" if de else "Related searches:") + foot(lang))
            s.add(mk(key, body, charset=cs, header=hdr and not (cs != "utf-8" and pi == 2), acc=acc, listing=True))

    # ------------------------------------------------------------ category browse page
    cat_ids = [2001, 2010, 2014, 2008, 2007, 2004]
    acc = Acc()
    for i in cat_ids:
        acc = acc | by[i].card_acc
    s.add(mk("/b/Laboratory-Chemicals/183973/bn_1865371",
             head("Laboratory Chemicals for sale") + "<nav class=\"breadcrumbs\"><ol><li><a href=\"/\">eBay</a></li>"
             "<li><a href=\"/b/Business-Industrial/12576/bn_1853744\">Business &amp; Industrial</a></li>"
             "<li>Laboratory Chemicals</li></ol></nav><h1 class=\"b-pageheader__text\">Laboratory Chemicals</h1>"
             "<ul class=\"b-list__items_nofooter srp-results\">%s</ul>" % "".join(scard(by[i]) for i in cat_ids) + foot(),
             acc=acc, listing=True))
    s.add(mk("/b/Business-Industrial/12576/bn_1853744",
             head("Business & Industrial") + "<h1 class=\"b-pageheader__text\">Business &amp; Industrial</h1>"
             "<ul class=\"b-links-accordion\"><li><a href=\"/b/Laboratory-Chemicals/183973/bn_1865371\">Laboratory Chemicals</a></li>"
             "<li><a href=\"/b/Test-Measurement/181939/bn_1865507\">Test &amp; Measurement</a></li></ul>" + foot()))

    # ------------------------------------------------------------ item pages
    def rail(title, ids, cls):
        return ("<div class=\"x-rx-slot %s\" data-testid=\"x-rx-slot\"><h2 class=\"x-rx-slot__title\">%s</h2>"
                "<ul class=\"carousel__list\">%s</ul></div>") % (cls, title, "".join(
                    "<li class=\"carousel__snap-point\"><div class=\"item-tile\"><a class=\"item-tile__link\" href=\"%s\">"
                    "<img src=\"/images/g/%d/s-l225.png\" alt=\"\"><span class=\"item-tile__title\">%s</span></a>"
                    "<span class=\"item-tile__price\">%s</span></div></li>" % (card_link(by[i]), i, esc(by[i].title), by[i].price)
                    for i in ids))

    for it in IT:
        de = it.lang == "de"
        others = [o.iid for o in IT if o.seller == it.seller and o.iid != it.iid and "CAS" not in o.title][:4]
        same_lang = [o.iid for o in IT if o.lang == it.lang and o.seller != it.seller and "CAS" not in o.title]
        sponsored = [x for x in same_lang if x % 3 == it.iid % 3][:3] or same_lang[:3]
        viewed = [x for x in same_lang if x not in sponsored][:3]
        specs = "".join(
            "<dl class=\"ux-labels-values ux-labels-values--inline col-6\"><dt class=\"ux-labels-values__labels\">"
            "<span class=\"ux-textspans\">%s</span></dt><dd class=\"ux-labels-values__values\"><span class=\"ux-textspans\">%s</span></dd></dl>"
            % (k, v) for k, v in [("Zustand" if de else "Condition", "Neu" if (de and it.cond == "Brand New") else it.cond)] + it.specs)
        if it.iframe:
            desc = ("<div class=\"d-item-description\" id=\"viTabs_0_is\"><iframe id=\"desc_ifr\" title=\"%s\" "
                    "src=\"/itmdesc/%d?t=0&amp;category=183973\" style=\"width:100%%;height:600px\"></iframe>"
                    "<a class=\"d-item-description__more\" href=\"/itmdesc/%d?t=0&amp;category=183973\">%s</a></div>") % (
                "Artikelbeschreibung des Verkäufers" if de else "Item description from the seller", it.iid, it.iid,
                "Vollständige Beschreibung anzeigen" if de else "See full description")
        else:
            desc = ("<div class=\"d-item-description\" id=\"viTabs_0_is\"><h2 class=\"x-about-this-item__title\">%s</h2>"
                    "<div class=\"x-item-description-child\">%s</div></div>") % (
                "Artikelbeschreibung des Verkäufers" if de else "Item description from the seller", it.desc)
        tablink = ("<a class=\"ux-action\" href=\"%s?tab=shipping&amp;nma=true&amp;orig_cvip=true\">%s</a>" % (
            it.url, "Details zu Versand und Rücknahmen" if de else "See shipping and returns details")) if it.tab else ""
        sellerinfo = SELLERS[it.seller]
        body = (head(it.title, it.lang, it.cs) +
                "<div class=\"vim x-vi-evo-main-container\"><nav class=\"breadcrumbs seo-breadcrumbs-container\">"
                "<ul><li><a href=\"%s\">%s</a></li><li><a href=\"/b/Laboratory-Chemicals/183973/bn_1865371\">%s</a></li></ul></nav>"
                "<div class=\"x-item-title\"><h1 class=\"x-item-title__mainTitle\"><span class=\"ux-textspans ux-textspans--BOLD\">%s</span></h1>"
                "%s</div><div class=\"ux-image-carousel\"><img src=\"/images/g/%d/s-l1600.png\" alt=\"%s\"></div>"
                "<div class=\"x-price-primary\" data-testid=\"x-price-primary\"><span class=\"ux-textspans\">%s</span></div>"
                "<div class=\"x-bin-action\"><a class=\"ux-call-to-action\" href=\"/bin/ctb?item=%d\">%s</a> "
                "<a href=\"/myb/WatchListAdd?item=%d\">%s</a></div>"
                "<div class=\"ux-layout-section-evo ux-layout-section--shipping\"><div class=\"ux-labels-values__labels\">%s</div>"
                "<div class=\"ux-labels-values__values\"><span class=\"ux-textspans ux-textspans--BOLD\">%s</span> "
                "<span class=\"ux-textspans--SECONDARY\">%s: %s</span> %s</div></div>"
                "<div class=\"x-sellercard-atf\" data-testid=\"x-sellercard-atf\"><div class=\"x-sellercard-atf__info__about-seller\">"
                "<a href=\"/usr/%s?_trksid=p4429486.m3561.l2559\"><span class=\"ux-textspans ux-textspans--BOLD\">%s</span></a> "
                "<span class=\"ux-textspans ux-textspans--SECONDARY\">(%s)</span></div>"
                "<div class=\"x-sellercard-atf__data-item\"><span class=\"ux-textspans\">%s%% %s</span></div>"
                "<a href=\"/str/%s\">%s</a> <a href=\"/sch/i.html?_ssn=%s&amp;_from=R40\" rel=\"nofollow\">%s</a></div>"
                "<div class=\"ux-layout-section-evo ux-layout-section--features\" id=\"viTabs_0_is_features\">"
                "<h2 class=\"ux-layout-section-evo__title\">%s</h2><div class=\"ux-layout-section-evo__row\">%s</div></div>%s"
                % ("/de/" if de else "/", "eBay", "Laborchemikalien" if de else "Laboratory Chemicals",
                   esc(it.title), ("<div class=\"x-item-title__subTitle\"><span class=\"ux-textspans\">%s</span></div>" % it.sub) if it.sub else "",
                   it.iid, esc(it.title), it.price, it.iid, "Sofort-Kaufen" if de else "Buy It Now",
                   it.iid, "Auf die Beobachtungsliste" if de else "Add to Watchlist",
                   "Versand:" if de else "Shipping:", it.ship, "Artikelstandort" if de else "Located in", esc(it.loc), tablink,
                   it.seller, it.seller, sellerinfo[1], sellerinfo[0], "positive Bewertungen" if de else "positive feedback",
                   it.seller.replace("-", "").replace("_", "").replace(".", ""), "Shop besuchen" if de else "Visit store",
                   it.seller, "Weitere Artikel des Verkäufers" if de else "See other items",
                   "Artikelmerkmale" if de else "Item specifics", specs, desc) +
                rail("Ähnliche gesponserte Artikel" if de else "Similar sponsored items", sponsored, "x-rx-slot--sponsored") +
                rail("Das könnte Ihnen auch gefallen" if de else "People who viewed this item also viewed", viewed, "x-rx-slot--pv") +
                (rail("Weitere Artikel von %s" % it.seller if de else "More from this seller", others, "x-rx-slot--seller") if others else "") +
                "<div class=\"ux-layout-section--returns\"><span>%s</span></div>" % (
                    "Rücknahme: 30 Tage, Käufer zahlt Rückversand" if de else "Returns: 30 days returns. Buyer pays for return shipping.") +
                ld({"@context": "https://schema.org", "@type": "Product", "name": it.title, "sku": str(it.iid),
                    "offers": {"@type": "Offer", "priceCurrency": "EUR" if "EUR" in it.price else ("GBP" if "GBP" in it.price else "USD"),
                               "availability": "https://schema.org/InStock"}}) + "</div>" + foot(it.lang))
        s.add(mk(it.url, body, charset=it.cs, header=it.header, acc=it.acc, listing=True))
        s.redirects["/itm/%d" % it.iid] = it.url
        s.add(Page("/images/g/%d/s-l500.png" % it.iid, tiny_png(it.iid), ctype="image/png"))
        s.add(Page("/images/g/%d/s-l1600.png" % it.iid, tiny_png(it.iid + 1), ctype="image/png"))
        s.add(Page("/images/g/%d/s-l225.png" % it.iid, tiny_png(it.iid + 2), ctype="image/png"))
        if it.iid in (2003, 3005, 2012, 3002):
            s.flaky.add(it.url)

    # ------------------------------------------------------------ description iframes (separate documents)
    DESC = {
        2003: ("<div id=\"ds_div\"><font face=\"Arial\" size=\"3\"><p><b>N-Phenethyl-4-piperidone (NPP)</b>, "
               "CAS 39742-60-4, assay &ge; 99%.</p><p>We have shipped to the US, Canada and Australia for three years. "
               "Our agent takes care of clearance at the destination customs, you pay nothing extra and sign nothing.</p>"
               "<p>If the parcel is ever held or destroyed we send a second one, free of charge, you just send us the "
               "tracking screenshot.</p><p><i>For laboratory use only.</i></p></font></div>",
               A(hits=[npp], cas=["39742-60-4"], claims=["customs", "reship"])),
        2009: ("<div id=\"ds_div\"><h2>para-Chlorofuranylfentanyl &ndash; 500 mg</h2><p>Analytical sample for "
               "forensic labs. Structure: N-(4-chlorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]furan-2-carboxamide. "
               "Purity by GC-MS 99.5%.</p><p>Packages that customs confiscates are resent once at our expense &ndash; "
               "just open a case within 30 days.</p></div>",
               A(hits=[nv_pclfu], claims=["reship"])),
        3005: ("<div id=\"ds_div\"><p><b>4-FIBF</b> (para-Fluorisobutyrfentanyl), CAS-Nr. 244195-32-2.</p>"
               "<p>Versand aus Venlo (NL) in die ganze EU. Die Ware ist in einer Gewürzdose verpackt und als "
               "&bdquo;Paprika edelsüß&ldquo; beschriftet.</p><p>Kommt nichts an, verschicken wir nochmal.</p></div>",
               A(hits=[fibf], cas=["244195-32-2"], claims=["forwarding", "mislabel", "reship"])),
    }
    for iid, (html, acc) in DESC.items():
        it = by[iid]
        cs = "utf-8"
        s.add(mk(qkey("/itmdesc/%d" % iid, {"category": "183973", "t": "0"}),
                 "<!DOCTYPE html><html><head><meta charset=\"%s\"><title>eBay</title><base target=\"_top\">"
                 "<style>body{font-family:Arial}</style></head><body>%s<a href=\"%s\" style=\"display:none\">%s</a></body></html>"
                 % (cs, html, it.url, "back"), charset=cs, acc=acc, listing=True))

    # ------------------------------------------------------------ shipping tabs
    TAB = {
        2003: "<p>Items ship from Hong Kong within 2 business days. US orders are consolidated at our LA warehouse and "
              "leave as domestic USPS Priority. Import charges are prepaid at checkout; our customs agent files the "
              "entry, no paperwork on your side.</p>",
        2012: "<p>Orders over 1 kg: shipped by sea freight to our partner warehouse in Manzanillo, Mexico, then "
              "trucked across; we handle all customs formalities.</p>",
        3005: "<p>Versand innerhalb von 24 h aus Venlo (NL). Bei Verlust oder Beschlagnahme senden wir einmalig "
              "kostenlos Ersatz.</p>",
    }
    for iid, txt in TAB.items():
        it = by[iid]
        de = it.lang == "de"
        s.add(mk(qkey(it.url, {"tab": "shipping"}),
                 head(it.title, it.lang) + "<div class=\"x-shipping-tab\"><div class=\"x-item-title\"><h1 class=\"x-item-title__mainTitle\">%s</h1></div>"
                 "<div class=\"x-price-primary\">%s</div><h2>%s</h2><table class=\"ux-table-section\"><tr><th>%s</th><th>%s</th></tr>"
                 "<tr><td>%s</td><td>%s</td></tr></table><div class=\"ux-section__text\">%s</div><h2>%s</h2><p>%s</p>"
                 "<a href=\"%s\">%s</a></div>" % (
                     esc(it.title), it.price, "Versand und Rücknahmen" if de else "Shipping and handling",
                     "Versand" if de else "Shipping", "Lieferung" if de else "Delivery", it.ship,
                     "3–6 Werktage" if de else "Estimated between Mon, Dec 14 and Wed, Dec 23", txt,
                     "Rücknahmen" if de else "Returns", "Keine Rücknahme" if de else "Seller does not accept returns",
                     it.url, "Zurück zum Artikel" if de else "Back to listing") + foot(it.lang),
                 acc=by[iid].tab, listing=True))

    # ------------------------------------------------------------ sellers and stores
    FEEDBACK = {
        "hb-chem-trading": ["arrived in 9 days, stealth was good, will buy again", "Packaging discreet, cleared customs no problem. A+",
                            "slow but arrived"],
        "syn-research-eu": ["super vendor, came vacuum sealed", "good comms"],
        "analytik-pulver24": ["Schnell und diskret, gerne wieder", "alles bestens"],
        "labgrade_direct_uk": ["Great quality caffeine", "Fast dispatch"],
        "pure.reagents.us": ["as described"],
        "chemiehandel_mueller": ["Top Händler"],
        "rc.labor.de": ["kam nach 2 Tagen an"],
    }
    for name, (pct, cnt, loc, since) in SELLERS.items():
        mine = [i for i in IT if i.seller == name]
        de = mine[0].lang == "de"
        acc = Acc()
        for i in mine:
            acc = acc | by[i.iid].card_acc
        fb = "".join("<li class=\"fdbk-container\"><div class=\"fdbk-container__details__comment\"><span>%s</span></div>"
                     "<span class=\"fdbk-container__details__info__username\">b***r (%d)</span></li>" % (esc(c), 10 + k * 37)
                     for k, c in enumerate(FEEDBACK.get(name, [])))
        note = ""
        if name == "hb-chem-trading":
            note = ("<div class=\"str-about-description\"><p>Chemical trading company from Hong Kong. We don't write "
                    "fake names on customs forms &ndash; all goods are declared as what they are.</p></div>")
        s.add(mk("/usr/" + name, head(name + " on eBay", "de" if de else "en") +
                 "<div class=\"str-seller-card\"><h1 class=\"str-seller-card__store-name\">%s</h1>"
                 "<div class=\"str-seller-card__stats\">%s%% %s &middot; %s %s</div>"
                 "<div class=\"str-seller-card__location\">%s</div><div>%s %s</div></div>%s"
                 "<h2>%s</h2><ul class=\"srp-results\">%s</ul><h2>%s</h2><ul class=\"fdbk-detail-list\">%s</ul>"
                 "<a href=\"/str/%s\">%s</a>" % (
                     name, pct, "positive Bewertungen" if de else "positive feedback", cnt, "Bewertungen" if de else "items sold",
                     esc(loc), "Mitglied seit" if de else "Member since", since, note,
                     "Artikel zum Verkauf" if de else "Items for sale", "".join(scard(i) for i in mine),
                     "Bewertungen" if de else "Feedback ratings", fb, name.replace("-", "").replace("_", "").replace(".", ""),
                     "Zum Shop" if de else "Visit store") + foot("de" if de else "en"),
                 acc=acc, listing=True))
    s.redirects["/usr/hbchem"] = "/usr/hb-chem-trading"
    s.redirects["/usr/synresearch"] = "/usr/syn-research-eu"
    for name in ("hb-chem-trading", "syn-research-eu", "analytik-pulver24"):
        mine = [i for i in IT if i.seller == name]
        de = mine[0].lang == "de"
        acc = Acc()
        for i in mine:
            acc = acc | i.card_acc
        banner, bacc = "", Acc()
        if name == "syn-research-eu":
            banner = ("<div class=\"str-billboard__subtitle\">EU warehouse &ndash; no customs for EU buyers &middot; "
                      "stealth vacuum packing on every order</div>")
            bacc = A(claims=["forwarding", "stealth"])
        s.add(mk("/str/" + name.replace("-", "").replace("_", "").replace(".", ""),
                 head(name + " | eBay Stores", "de" if de else "en") +
                 "<div class=\"str-billboard\"><h1 class=\"str-billboard__title\">%s</h1>%s</div>"
                 "<nav class=\"str-marginals__nav\"><a href=\"/usr/%s\">%s</a></nav>"
                 "<ul class=\"str-items-grid srp-results\">%s</ul>" % (
                     name, banner, name, "Über uns" if de else "About", "".join(scard(i) for i in mine)) +
                 foot("de" if de else "en"), acc=acc | bacc, listing=True))

    # ------------------------------------------------------------ homes, help, forbidden
    deals = [2001, 2014, 2010]
    s.add(mk("/", head("Electronics, Cars, Fashion, Collectibles & More") +
             "<div class=\"hl-cat-nav\"><ul><li><a href=\"/b/Business-Industrial/12576/bn_1853744\">Business &amp; Industrial</a></li>"
             "<li><a href=\"/b/Laboratory-Chemicals/183973/bn_1865371\">Laboratory Chemicals</a></li></ul></div>"
             "<div class=\"hl-popular-destinations\"><h2>Trending searches</h2>"
             "<a href=\"/sch/i.html?_nkw=research+chemicals&amp;_sacat=0&amp;utm_source=hp\">research chemicals</a> "
             "<a href=\"/sch/i.html?_nkw=piperidone&amp;_sacat=0\">piperidone</a> "
             "<a href=\"/sch/i.html?_nkw=lab+powder&amp;_sacat=0\">lab powder</a> "
             "<a href=\"/sch/i.html?_nkw=fentanyl+test+strips&amp;_sacat=0\">fentanyl test strips</a></div>"
             "<div class=\"hl-daily-deals\"><h2>Today's Deals</h2>%s</div>"
             "<p><a href=\"/usr/hbchem\">hb-chem-trading</a> <a href=\"/usr/synresearch\">syn-research-eu</a> "
             "<a href=\"/usr/labgrade_direct_uk\">labgrade_direct_uk</a> <a href=\"/usr/pure.reagents.us\">pure.reagents.us</a> "
             "<a href=\"/itm/2013\">Antique bottles</a></p>" % "".join(
                 "<a href=\"/itm/%d\">%s</a> " % (i, esc(by[i].title)) for i in deals) + foot(),
             acc=by[2001].card_acc | by[2014].card_acc | by[2010].card_acc, listing=True))
    s.add(mk("/de/", head("Elektronik, Autos, Mode, Sammlerartikel", "de", "windows-1252") +
             "<div class=\"hl-popular-destinations\"><h2>Beliebte Suchen</h2>"
             "<a href=\"/de/sch/i.html?_nkw=laborchemikalien&amp;_sacat=0\">Laborchemikalien</a> "
             "<a href=\"/de/sch/i.html?_nkw=pulver+analyse&amp;_sacat=0&amp;mkevt=1\">Pulver Analyse</a></div>"
             "<p>Händler: <a href=\"/usr/chemiehandel_mueller\">chemiehandel_mueller</a> "
             "<a href=\"/usr/analytik-pulver24\">analytik-pulver24</a> <a href=\"/usr/rc.labor.de\">rc.labor.de</a> "
             "<a href=\"/itm/3008\">Fentanyl-Teststreifen</a></p>" + foot("de"), charset="windows-1252"))
    s.add(mk("/help/policies/prohibited-restricted-items/drugs-drug-paraphernalia-policy?id=4254",
             head("Drugs and drug paraphernalia policy") +
             "<article class=\"help-article\"><h1>Drugs and drug paraphernalia policy</h1>"
             "<p>Controlled substances can't be listed on eBay. This includes fentanyl, carfentanil and other "
             "fentanyl-related substances, nitazenes such as isotonitazene and metonitazene, xylazine, and their "
             "precursors, for example NPP (CAS 39742-60-4), 4-ANPP and 1-boc-4-piperidone.</p>"
             "<p>Fentanyl test strips and naloxone kits are allowed where local law permits.</p>"
             "<p>Sellers who offer to reship seized items, or to mislabel customs declarations, will be suspended.</p></article>"
             + foot()))
    s.add(mk("/help/home", head("Help & Contact") + "<h1>Help &amp; Contact</h1><ul><li><a href=\"/help/policies/prohibited-restricted-items/drugs-drug-paraphernalia-policy?id=4254\">"
             "Prohibited and restricted items</a></li><li><a href=\"/help/account/cookies?id=4260\">Cookies</a></li></ul>" + foot()))
    s.add(mk("/help/account/cookies?id=4260", head("Cookies") + "<h1>User Cookie Notice</h1><p>We use cookies.</p>" + foot()))
    s.add(mk("/sl/prelist/drafts", head("Drafts") + "<div class=\"s-item__title\">Carfentanil 99% 10g &ndash; draft</div>"
             "<p>CAS 59708-52-0</p>" + foot(), acc=A(hits=["59708-52-0"], cas=["59708-52-0"]), listing=True))
    s.add(Page("/rs/v3/skin.css", ".s-item{display:flex}.x-rx-slot{margin:8px}", ctype="text/css"))
    s.add(Page("/rs/v3/gh.js", "window.GH={init:function(){}};", ctype="application/javascript"))
    return s
