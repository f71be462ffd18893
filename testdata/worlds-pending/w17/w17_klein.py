"""kleinmarkt: a German classifieds site in the style of Kleinanzeigen (ex eBay Kleinanzeigen).

Search result lists (ul#srchrslt-adtable > article.aditem), pagination /s-seite:2/<q>/k0,
ad pages (#viewad-title, Beschreibung, Details, seller box, "Das könnte dich auch
interessieren" rail, Sicherheitshinweise), seller pages (/s-bestandsliste.html?userId=N),
a Gesuche list, a deleted ad, legacy /anzeige/<id> redirects. Every third ad page and a few
other pages are ISO-8859-1 declared only in <meta> (the header says plain text/html).
"""
from marketsim import Site, tiny_png
from w17_common import (T, mkpage, esc, qkey, npp, anpp, ap4, boc4ap, norfent, pip4, bocpip, fentanyl,
                        carfent, cpropf, isotonit, metonit, protonit, butonit, xylazine, ketamine, oxycodone,
                        tilidine, tramadol, bromazolam, etizolam, map237, brorphine, bicarb, citric, caffeine,
                        mannitol, phenethylbr, FENT_CITRATE, XYL_HCL)

JUNK = ["utm_source", "utm_medium", "sort", "order", "view", "sid", "sortingField"]


def plain(s):
    import re
    return re.sub(r"<[^>]+>", "", s)


def vis(ev, text):
    return ev.lower() in plain(text).lower()


class Ad:
    def __init__(self, aid, slug, title, price, loc, date, cat, desc, seller, offers=(), cas=(), claims=(),
                 mentions=(), kind="offer", details=(), views=0, rail=(), shipping=True):
        self.aid, self.slug, self.title, self.price, self.loc, self.date = aid, slug, title, price, loc, date
        self.cat, self.desc, self.seller = cat, desc, seller
        self.offers = list(offers)        # (sub, evidence)
        self.cas = list(cas)              # (canonical, as displayed)
        self.claims = list(claims)        # (kind, text)
        self.mentions = list(mentions)
        self.kind, self.details, self.views, self.rail, self.shipping = kind, list(details), views, list(rail), shipping

    @property
    def path(self):
        return "/s-anzeige/%s/%d-%d-%d" % (self.slug, self.aid, self.cat[0], self.loc[2])

    @property
    def iso(self):
        return self.aid % 3 == 0

    def snippet(self):
        return self.desc[0]

    def truth_for(self, text, claims=False):
        """What a card or page showing `text` of this ad shows of it."""
        t = T()
        for sub, ev in self.offers:
            for e in (ev if isinstance(ev, tuple) else (ev,)):
                if vis(e, text):
                    t.offer(sub, e)
                    break
        for canon, shown in self.cas:
            if shown in plain(text):
                t.showcas(canon)
        if claims:
            for k, txt in self.claims:
                if vis(txt, text):
                    t.claim(k, txt)
        t.mention(*self.mentions)
        for sub, _ in self.offers:
            t.mention(sub)
        return t


SELLERS = {
    48213377: ("Laborauflösung_Ruhr", "Privater Nutzer", "14.02.2021", ["Freundlich", "Sehr zuverlässig"]),
    51190245: ("chem_rest", "Privater Nutzer", "03.09.2023", []),
    39920418: ("M. Brandt", "Privater Nutzer", "22.06.2016", ["Freundlich"]),
    60012377: ("Nordlicht-Research", "Gewerblicher Anbieter", "11.01.2024", []),
    57720031: ("Kathi", "Privater Nutzer", "08.05.2022", ["Freundlich", "Zuverlässig"]),
    61234590: ("rc-depot", "Privater Nutzer", "19.10.2025", []),
    44409921: ("Apotheken-Restposten", "Privater Nutzer", "27.07.2020", []),
    58800112: ("Laborbedarf Schulz", "Gewerblicher Anbieter", "01.03.2018", ["Sehr zuverlässig"]),
}

CATS = {
    "heim": (84, "Weitere Heimwerken", "Heimwerken"),
    "ges": (224, "Weitere Gesundheit & Beauty", "Gesundheit & Beauty"),
    "sonst": (242, "Weiteres Sonstiges", "Verschenken & Tauschen"),
    "buch": (76, "Fachbücher", "Bücher & Zeitschriften"),
    "spiel": (23, "Experimentierkästen", "Spielzeug"),
}
LOCS = {
    "essen": ("45127", "Essen - Stadtkern", 1932), "berlin": ("10247", "Berlin - Friedrichshain", 3345),
    "hamburg": ("22769", "Hamburg - Altona", 9409), "leipzig": ("04109", "Leipzig - Zentrum", 4231),
    "koeln": ("50667", "Köln - Altstadt-Nord", 945), "muenchen": ("80335", "München - Maxvorstadt", 6411),
    "frankfurt": ("60311", "Frankfurt am Main - Innenstadt", 4292), "dresden": ("01067", "Dresden - Altstadt", 3820),
    "bochum": ("44787", "Bochum - Mitte", 1930), "kiel": ("24103", "Kiel - Altstadt", 1234),
}


def A(aid, slug, title, price, cat, loc, date, desc, seller, **kw):
    return Ad(aid, slug, title, price, LOCS[loc], date, CATS[cat], desc, seller, **kw)


def ads():
    L = []
    L.append(A(2791440211, "n-phenethyl-4-piperidon-99-8-laborreagenz-100-g", "N-Phenethyl-4-piperidon 99,8 % – Laborreagenz 100 g",
               "380 € VB", "heim", "essen", "Heute, 09:14",
               ["Verkaufe Restbestand aus einer Laborauflösung, originalverschlossen.",
                "N-Phenethyl-4-piperidon (NPP), CAS 39742-60-4, HPLC-Reinheit 99,8 %, weißes bis leicht gelbliches Pulver. "
                "Abgabe nur für Forschungszwecke, nicht zum Verzehr.",
                "Diskreter Versand, neutral und geruchsdicht verpackt, kein Absender mit Firmennamen.",
                "Geht ein Paket verloren, schicke ich einmalig kostenlos nach.",
                "Kein Tausch. Bitte nur ernst gemeinte Anfragen über die Nachrichtenfunktion."],
               48213377, offers=[(npp, "N-Phenethyl-4-piperidon")], cas=[("39742-60-4", "39742-60-4")],
               claims=[("stealth", "neutral und geruchsdicht verpackt"), ("reship", "schicke ich einmalig kostenlos nach")],
               details=[("Art", "Weitere Heimwerken"), ("Zustand", "Neu")], views=412))
    L.append(A(2790013377, "4-a-n-p-p-reinsubstanz-25g", "4-A.N.P.P. Reinsubstanz 25g",
               "450 €", "heim", "bochum", "Gestern, 22:41",
               ["Reinsubstanz, kristallin, aus Restposten. Analysenzertifikat liegt bei.",
                "Es handelt sich um 4-A.N.P.P. (Despropionyl-F.), Reinheit >99 %. Nur an Forschungseinrichtungen "
                "bzw. volljährige Sammler, Weiterverkauf untersagt.",
                "Versand erfolgt als Badesalz deklariert, damit es keine Nachfragen gibt.",
                "Zahlung per PayPal Freunde oder Überweisung. Kontakt gern auch über Telegram @chemrest_de."],
               51190245, offers=[(anpp, "4-A.N.P.P.")], claims=[("mislabel", "als Badesalz deklariert")],
               details=[("Art", "Weitere Heimwerken")], views=233))
    L.append(A(2788850104, "n-boc-4-piperidon-500-g", "N-Boc-4-Piperidon 500 g (tert-Butyl-4-oxopiperidin-1-carboxylat)",
               "290 € VB", "heim", "leipzig", "28.11.2026",
               ["Zwischenprodukt für die Synthese, Laborrest, verschlossen.",
                "N-Boc-4-Piperidon, CAS 79099-07-3, 98 %. Gebinde 500 g in Braunglas.",
                "Versand als versichertes Paket. Abholung in Leipzig auch möglich."],
               39920418, offers=[(bocpip, "N-Boc-4-Piperidon")], cas=[("79099-07-3", "79099-07-3")],
               details=[("Art", "Weitere Heimwerken"), ("Zustand", "Neu")], views=97))
    L.append(A(2791102390, "forschungschemikalie-1g-details-in-der-beschreibung", "Forschungschemikalie 1 g – Details in der Beschreibung",
               "120 €", "sonst", "hamburg", "Heute, 11:02",
               ["Hochreines Referenzmaterial für die Forschung. Nicht für den menschlichen Verzehr!",
                "Gemeint ist Iso-tonitazen, analytisch geprüft, 1 g oder 5 g (5 g = 480 €).",
                "Versand vakuumiert in Mylar-Beutel, absolut geruchsdicht und unauffällig.",
                "Bei Zollproblemen (Versand aus NL) wird nachgeschickt."],
               61234590, offers=[(isotonit, "Iso-tonitazen")],
               claims=[("stealth", "vakuumiert in Mylar-Beutel, absolut geruchsdicht und unauffällig"),
                       ("reship", "Bei Zollproblemen (Versand aus NL) wird nachgeschickt")],
               details=[("Art", "Weiteres Sonstiges")], views=1033))
    L.append(A(2789976012, "metonitazen-500mg-analytisch-rein", "Metonitazen 500mg, analytisch rein",
               "220 € VB", "sonst", "berlin", "27.11.2026",
               ["Metonitazen, 500 mg, HPLC 99,1 %. Nur Forschung.",
                "Kontakt über Signal oder Session (ID auf Anfrage). Keine Abholung.",
                "Versand unauffällig im Briefumschlag."],
               61234590, offers=[(metonit, "Metonitazen")], claims=[("stealth", "Versand unauffällig im Briefumschlag")],
               details=[("Art", "Weiteres Sonstiges")], views=588))
    L.append(A(2790540918, "xylazin-hcl-pulver-10g-tierarzt-bedarf", "Xylazin HCl Pulver 10g (Tierarzt-Bedarf)",
               "95 €", "heim", "kiel", "Gestern, 17:30",
               ["Xylazin-Hydrochlorid, CAS 23076-35-9, als Pulver aus Praxisauflösung.",
                "Menge 10 g, weitere 50 g auf Anfrage. Kein Rezept nötig.",
                "Nur Versand, DHL Paket."],
               57720031, offers=[(xylazine, "Xylazin")], cas=[(XYL_HCL, "23076-35-9")],
               details=[("Art", "Weitere Heimwerken")], views=301))
    L.append(A(2787741566, "durogesic-100-pflaster-5-stueck", "Durogesic 100 µg/h Pflaster, 5 Stück",
               "150 €", "ges", "frankfurt", "25.11.2026",
               ["Übrig geblieben nach Therapieende, originalverpackt, haltbar bis 09/2027.",
                "Fentanyl-Pflaster 100 Mikrogramm/Stunde, 5 Stück im Umkarton.",
                "Nur Abholung oder Versand nach Absprache."],
               44409921, offers=[(fentanyl, ("Fentanyl-Pflaster", "Durogesic"))],
               details=[("Art", "Weitere Gesundheit & Beauty"), ("Zustand", "Neu")], views=760))
    L.append(A(2786650033, "oxycodon-80mg-retardtabletten", "Oxycodon 80 mg Retardtabletten",
               "8 € pro Stück", "ges", "koeln", "24.11.2026",
               ["Oxycodon 80 mg, 30 Stück vorhanden, Blister.", "Versand möglich, Abholung in Köln bevorzugt."],
               44409921, offers=[(oxycodone, "Oxycodon")], details=[("Art", "Weitere Gesundheit & Beauty")], views=254))
    L.append(A(2791200877, "tilidin-tropfen-50ml", "Tilidin Tropfen 50 ml",
               "60 € VB", "ges", "dresden", "Heute, 07:45",
               ["Tilidin/Naloxon Tropfen, 50 ml, ungeöffnet.", "Nur Versand."],
               44409921, offers=[(tilidine, "Tilidin")], details=[("Art", "Weitere Gesundheit & Beauty")], views=90))
    L.append(A(2790331206, "bromazolam-pellets-1mg-100-stk", "Bromazolam Pellets 1 mg (100 Stk)",
               "70 €", "ges", "muenchen", "Gestern, 13:12",
               ["Bromazolam, 1 mg Pellets, 100 Stück im Schraubdeckelglas.",
                "Forschung/Referenz. Versand weltweit, Sendungen nach AT und CH gehen zollsicher durch.",
                "Kein Verkauf an Minderjährige."],
               61234590, offers=[(bromazolam, "Bromazolam")], claims=[("customs", "gehen zollsicher durch")],
               details=[("Art", "Weitere Gesundheit & Beauty")], views=412))
    L.append(A(2789100456, "ketamin-kristall-5g", "Ketamin Kristall 5 g",
               "150 €", "sonst", "leipzig", "26.11.2026",
               ["Ketamin, große Kristalle, 5 g. Reinheit getestet (Reagenztest).",
                "Verschickt wird im Briefumschlag als Warensendung, innen doppelt vakuumiert."],
               61234590, offers=[(ketamine, "Ketamin")], claims=[("stealth", "innen doppelt vakuumiert")],
               details=[("Art", "Weiteres Sonstiges")], views=640))
    L.append(A(2788412219, "reinstoff-nr-21409-50g", "Reinstoff Nr. 21409 – 50 g",
               "700 € VB", "heim", "essen", "28.11.2026",
               ["Reinstoff aus Auftragssynthese, 50 g. Bezeichnung siehe CAS.",
                "CAS 21409-26-7, 99,5 %, Analysenzertifikat (NMR, HPLC) vorhanden.",
                "Neutral verpackt, ohne Beschriftung des Inhalts.", "Bitte nur Anfragen mit Verwendungszweck."],
               48213377, offers=[(anpp, "21409-26-7")], cas=[("21409-26-7", "21409-26-7")],
               claims=[("stealth", "Neutral verpackt, ohne Beschriftung des Inhalts")],
               details=[("Art", "Weitere Heimwerken")], views=180))
    L.append(A(2790912834, "protonitazen-pulver", "Protonitazen Pulver 250 mg",
               "140 €", "sonst", "berlin", "Gestern, 08:55",
               ["Protonitazen, 250 mg, im Mikrogramm-Bereich dosieren! Nur Forschung.",
                "Wickr: rcdepot_de · Versand aus Berlin, kein Zoll."],
               61234590, offers=[(protonit, "Protonitazen")], details=[("Art", "Weiteres Sonstiges")], views=710))
    L.append(A(2791411173, "c-fent-10mg-forschung", "Carfent4nil 10 mg – Forschung",
               "300 €", "sonst", "hamburg", "Heute, 12:30",
               ["Carfent4nil, 10 mg, Referenzsubstanz. Nur mit Schutzausrüstung handhaben.",
                "Versand aus Tschechien über Packstation, als Kosmetikprobe deklariert.",
                "Telegram: @nordlicht_rc"],
               60012377, offers=[(carfent, "Carfent4nil")], claims=[("mislabel", "als Kosmetikprobe deklariert")],
               details=[("Art", "Weiteres Sonstiges")], views=1290))
    L.append(A(2789655120, "1-boc-4-ap-zwischenprodukt-100g", "1-Boc-4-AP Zwischenprodukt 100 g",
               "260 €", "heim", "frankfurt", "27.11.2026",
               ["tert-Butyl-4-(phenylamino)piperidin-1-carboxylat, 100 g, CAS 125541-22-7 (siehe Etikett).",
                "Auch als 1-Boc-4-AP bekannt. Gewerblicher Verkauf mit Rechnung.",
                "Lieferung über unser Lager in Venlo (NL), von dort Inlandsversand."],
               60012377, offers=[(boc4ap, "1-Boc-4-AP")], cas=[("125541-22-7", "125541-22-7")],
               claims=[("forwarding", "Lieferung über unser Lager in Venlo (NL), von dort Inlandsversand")],
               details=[("Art", "Weitere Heimwerken"), ("Zustand", "Neu")], views=205))
    L.append(A(2788203345, "4-anilinopiperidin-4-ap-250g", "4-Anilinopiperidin (4-AP) 250 g",
               "330 € VB", "heim", "bochum", "26.11.2026",
               ["4-Anilinopiperidin, 250 g, Reinheit 98 %.", "Versand nach ganz Europa, Zoll kein Problem."],
               48213377, offers=[(ap4, "4-Anilinopiperidin")], claims=[("customs", "Zoll kein Problem")],
               details=[("Art", "Weitere Heimwerken")], views=140))
    L.append(A(2790087302, "norfentanyl-5g-restposten", "Norfentanyl 5 g Restposten",
               "180 €", "heim", "dresden", "Gestern, 19:05",
               ["Norfentanyl, 5 g, Restposten.", "Zahlung nur BTC oder XMR. Kontakt: Session 05f1c3…"],
               51190245, offers=[(norfent, "Norfentanyl")], details=[("Art", "Weitere Heimwerken")], views=88))
    L.append(A(2791330049, "phenethylbromid-1l-plus-npp-100g-set", "Phenethylbromid 1 L + NPP 100 g im Set",
               "520 €", "heim", "essen", "Heute, 10:20",
               ["Set aus Laborauflösung: (2-Bromethyl)benzol 1 L und NPP 100 g.",
                "Phenethylbromid CAS 103-63-9, NPP CAS 39742-60-4. Einzelverkauf möglich.",
                "Diskret verpackt, Absender neutral."],
               48213377, offers=[(npp, "NPP")], cas=[("103-63-9", "103-63-9"), ("39742-60-4", "39742-60-4")],
               claims=[("stealth", "Diskret verpackt, Absender neutral")],
               details=[("Art", "Weitere Heimwerken")], views=310))
    L.append(A(2789512678, "2-methyl-ap-237-pulver-5g", "2-Methyl-AP-237 Pulver 5 g",
               "160 €", "sonst", "kiel", "27.11.2026",
               ["2-Methyl-AP-237 HCl, 5 g, nur Forschung.", "Versand im Luftpolster, unauffällig."],
               61234590, offers=[(map237, "2-Methyl-AP-237")], claims=[("stealth", "Versand im Luftpolster, unauffällig")],
               details=[("Art", "Weiteres Sonstiges")], views=77))
    L.append(A(2788960021, "brorphin-1g", "Brorphin 1 g", "110 €", "sonst", "muenchen", "26.11.2026",
               ["Brorphin, 1 g, frisch synthetisiert.", "Nur Versand, keine Abholung."],
               61234590, offers=[(brorphine, "Brorphin")], details=[("Art", "Weiteres Sonstiges")], views=66))
    L.append(A(2791009987, "etizolam-pellets-2mg", "Etizolam Pellets 2 mg (50 Stk)", "45 €", "ges", "hamburg",
               "Gestern, 21:14", ["Etizolam 2 mg Pellets, 50 Stück.", "Versand als Brief."],
               57720031, offers=[(etizolam, "Etizolam")], details=[("Art", "Weitere Gesundheit & Beauty")], views=120))
    L.append(A(2790665543, "butonitazen-250mg", "Butonitazen 250 mg", "130 € VB", "sonst", "koeln", "Gestern, 10:48",
               ["Butonitazen 250 mg, Labortestergebnis anbei.", "Abgabe nur an Volljährige, Versand aus Köln."],
               61234590, offers=[(butonit, "Butonitazen")], details=[("Art", "Weiteres Sonstiges")], views=95))
    L.append(A(2789843306, "zwischenprodukt-n-phenyl-1-2-phenylethyl-piperidin-4-amin",
               "Zwischenprodukt N-Phenyl-1-(2-phenylethyl)piperidin-4-amin 100 g", "900 €", "heim", "leipzig", "27.11.2026",
               ["Hochreines Zwischenprodukt, 100 g. Preis inkl. Versand.",
                "Analytik: 1H-NMR, HPLC 99,3 %. Lieferung in 2–3 Tagen, Versand nach Österreich über Nachsendeadresse."],
               39920418, offers=[(anpp, "N-Phenyl-1-(2-phenylethyl)piperidin-4-amin")],
               claims=[("forwarding", "Versand nach Österreich über Nachsendeadresse")],
               details=[("Art", "Weitere Heimwerken")], views=143))
    L.append(A(2790220751, "tramadol-100mg-kapseln", "Tramadol 100 mg Kapseln", "1,50 € pro Stück", "ges", "bochum",
               "Gestern, 15:33", ["Tramadol 100 mg, 100 Kapseln, Restbestand.", "Versand möglich."],
               44409921, offers=[(tramadol, "Tramadol")], details=[("Art", "Weitere Gesundheit & Beauty")], views=160))
    L.append(A(2789401182, "cyclopropyl-f-1g", "Cyclopropyl-Fentanyl 1 g (Referenz)", "390 €", "sonst", "frankfurt",
               "26.11.2026", ["Referenzsubstanz für analytische Zwecke, 1 g.",
                             "Cyclopropyl-Fentanyl, Reinheit 98,7 %. Versand aus den Niederlanden.",
                             "Sendung geht garantiert durch den Zoll, sonst Ersatz."],
               60012377, offers=[(cpropf, "Cyclopropyl-Fentanyl")],
               claims=[("customs", "geht garantiert durch den Zoll"), ("reship", "sonst Ersatz")],
               details=[("Art", "Weiteres Sonstiges")], views=402))
    L.append(A(2791099204, "laborauflosung-npp-4-piperidon-boc-4-ap-paket", "Laborauflösung: NPP, 4-Piperidon, Boc-4-AP – Paketpreis",
               "1.100 € VB", "heim", "essen", "Heute, 08:01",
               ["Gebe den kompletten Rest ab: N-Phenethyl-4-piperidon 200 g, 4-Piperidon-Hydrochlorid 250 g und Boc-4-AP 100 g.",
                "Nur als Paket. Diskreter Versand in zwei Teilsendungen, neutral beschriftet.",
                "Bei Verlust Ersatzlieferung."],
               48213377, offers=[(npp, "N-Phenethyl-4-piperidon"), (pip4, "4-Piperidon"), (boc4ap, "Boc-4-AP")],
               claims=[("stealth", "Diskreter Versand in zwei Teilsendungen, neutral beschriftet"),
                       ("reship", "Bei Verlust Ersatzlieferung")],
               details=[("Art", "Weitere Heimwerken")], views=522))
    L.append(A(2790777150, "f3ntanyl-citrat-1g-nur-forschung", "F3ntanyl-Citrat 1 g – nur Forschung", "250 €", "sonst",
               "berlin", "Gestern, 23:59", ["Reinsubstanz, citrat, 1 g. CAS 990-73-8.",
                                           "F3ntanyl-Citrat, für Forschungszwecke. Threema-ID auf Anfrage."],
               60012377, offers=[(fentanyl, "F3ntanyl-Citrat")], cas=[(FENT_CITRATE, "990-73-8")],
               details=[("Art", "Weiteres Sonstiges")], views=980))
    # ---- plainly benign ads
    L.append(A(2787620044, "laborglas-konvolut-rundkolben-erlenmeyer-liebigkuehler", "Laborglas Konvolut: Rundkolben, Erlenmeyer, Liebigkühler",
               "60 € VB", "heim", "dresden", "23.11.2026",
               ["Konvolut Laborglas aus Schulauflösung: 4 Rundkolben (250/500 ml), 6 Erlenmeyerkolben, 1 Liebigkühler NS 29/32.",
                "Alles gereinigt, keine Risse. Nur Abholung."],
               58800112, kind="benign", details=[("Art", "Weitere Heimwerken"), ("Zustand", "Gebraucht")], views=61, shipping=False))
    L.append(A(2788034410, "natron-natriumhydrogencarbonat-25-kg-sack", "Natron (Natriumhydrogencarbonat) 25 kg Sack",
               "35 €", "heim", "bochum", "25.11.2026",
               ["Natron in Lebensmittelqualität, 25-kg-Sack, CAS 144-55-8.", "Ideal für Reinigung, Backen, Pool. Abholung oder Spedition."],
               58800112, kind="benign", cas=[("144-55-8", "144-55-8")], details=[("Art", "Weitere Heimwerken")], views=45))
    L.append(A(2789010031, "magnetruehrer-mit-heizplatte-ika-rct-basic", "Magnetrührer mit Heizplatte IKA RCT basic",
               "180 € VB", "heim", "muenchen", "26.11.2026",
               ["IKA RCT basic, voll funktionsfähig, mit Temperaturfühler.", "Versand versichert möglich."],
               39920418, kind="benign", details=[("Art", "Weitere Heimwerken"), ("Zustand", "Gebraucht")], views=132))
    L.append(A(2788544002, "fentanyl-teststreifen-20-stueck", "Fentanyl-Teststreifen 20 Stück (Drug-Checking)",
               "25 €", "ges", "berlin", "25.11.2026",
               ["Teststreifen zum Nachweis von Fentanyl in Proben, 20 Stück, einzeln verpackt.",
                "Harm Reduction – wir verkaufen zum Selbstkostenpreis. Keine Substanzen!"],
               57720031, kind="benign", mentions=[fentanyl], details=[("Art", "Weitere Gesundheit & Beauty")], views=76))
    L.append(A(2787309915, "fachbuch-opioide-pharmakologie", "Fachbuch: Opioide – Pharmakologie und Toxikologie",
               "15 €", "buch", "kiel", "22.11.2026",
               ["Fachbuch, 2. Auflage, kaum gelesen. Kapitel zu Morphin, Fentanyl, Carfentanil und neuen synthetischen Opioiden.",
                "Versand als Büchersendung 1,95 €."],
               39920418, kind="benign", mentions=["57-27-2", fentanyl, carfent],
               details=[("Art", "Fachbücher"), ("Zustand", "Sehr gut")], views=19))
    L.append(A(2788871260, "zitronensaeure-5-kg-lebensmittelqualitaet", "Zitronensäure 5 kg Lebensmittelqualität",
               "22 €", "heim", "leipzig", "26.11.2026",
               ["Zitronensäure wasserfrei, 5 kg, CAS 77-92-9.", "Entkalken, Einkochen, Reinigen."],
               58800112, kind="benign", cas=[("77-92-9", "77-92-9")], details=[("Art", "Weitere Heimwerken")], views=33))
    L.append(A(2789750064, "koffein-wasserfrei-1-kg", "Koffein wasserfrei 1 kg", "40 €", "ges", "hamburg", "27.11.2026",
               ["Koffein (wasserfrei), 1 kg, CAS 58-08-2, Ph. Eur.", "Versand als Paket."],
               58800112, kind="benign", cas=[("58-08-2", "58-08-2")], details=[("Art", "Weitere Gesundheit & Beauty")], views=58))
    L.append(A(2790190032, "praezisionswaage-0-001-g", "Präzisionswaage 0,001 g", "40 €", "heim", "koeln", "Gestern, 12:01",
               ["Feinwaage bis 50 g, Auflösung 0,001 g, mit Kalibriergewicht.", "Versand möglich."],
               57720031, kind="benign", details=[("Art", "Weitere Heimwerken")], views=201))
    L.append(A(2789266145, "mannit-1-kg", "Mannit 1 kg", "18 €", "ges", "essen", "26.11.2026",
               ["D-Mannit, 1 kg, Lebensmittelqualität, CAS 69-65-8.", "Versand möglich."],
               58800112, kind="benign", cas=[("69-65-8", "69-65-8")], details=[("Art", "Weitere Gesundheit & Beauty")], views=41))
    L.append(A(2788190027, "kosmos-chemie-experimentierkasten-c3000", "Kosmos Chemie-Experimentierkasten C3000",
               "55 €", "spiel", "frankfurt", "24.11.2026",
               ["Vollständig, Anleitung vorhanden, Chemikalien teilweise aufgebraucht.", "Nichtraucherhaushalt."],
               57720031, kind="benign", details=[("Art", "Experimentierkästen"), ("Zustand", "Gut")], views=27))
    # ---- Gesuche (wanted ads)
    L.append(A(2790440090, "suche-npp-oder-4-piperidon", "Suche NPP oder 4-Piperidon – zahle bar",
               "VB", "heim", "bochum", "Gestern, 18:20",
               ["Suche N-Phenethyl-4-piperidon (NPP) oder 4-Piperidon ab 100 g, auch Restmengen.",
                "Zahle bar bei Abholung, Raum Ruhrgebiet. Angebote per Nachricht."],
               51190245, kind="gesuch", mentions=[npp, pip4], details=[("Art", "Weitere Heimwerken")], views=55))
    L.append(A(2789933018, "suche-laborauflosung-restchemikalien", "Suche Laborauflösung / Restchemikalien",
               "VB", "heim", "dresden", "27.11.2026",
               ["Kaufe Laborauflösungen aller Art: Glas, Geräte, Chemikalienreste.", "Abholung deutschlandweit."],
               58800112, kind="gesuch", details=[("Art", "Weitere Heimwerken")], views=12))
    return L


RAILS = {
    "offer": [2791440211, 2790013377, 2790540918, 2788850104, 2790912834, 2791099204, 2788412219, 2789843306],
    "pharma": [2787741566, 2786650033, 2791200877, 2790220751, 2790331206, 2791009987],
    "benign": [2787620044, 2789010031, 2788034410, 2790190032, 2788871260, 2789266145, 2789750064],
}

SEARCHES = [
    # (path builder, headline, query text, ad ids)
    ("forschungschemikalien", "Forschungschemikalien", None,
     [2791440211, 2790013377, 2791102390, 2789976012, 2790540918, 2788412219, 2790912834, 2791411173, 2789655120,
      2788203345, 2790087302, 2791330049, 2789512678, 2788960021, 2790665543, 2789843306, 2789401182, 2791099204,
      2790777150, 2788850104, 2789100456, 2788544002]),
    ("laborbedarf", "Laborbedarf", None,
     [2787620044, 2788034410, 2789010031, 2788871260, 2789750064, 2790190032, 2789266145, 2788190027, 2791440211,
      2788850104, 2791330049]),
    ("schmerzmittel", "Schmerzmittel", ("gesundheit-beauty", 224),
     [2787741566, 2786650033, 2791200877, 2790331206, 2791009987, 2790220751, 2788544002, 2787309915]),
]
PER_PAGE = 9


def build():
    s = Site("kleinmarkt", "classifieds-de")
    s.robots = ("User-agent: *\nDisallow: /m-\nDisallow: /p-anzeige-aufgeben\nDisallow: /s-suchanfrage.html\n"
                "Disallow: /s-vac-inc-get.json\n\nUser-agent: GPTBot\nDisallow: /\n")
    s.disallow = ["/m-", "/p-anzeige-aufgeben", "/s-suchanfrage.html", "/s-vac-inc-get.json"]
    s.rate_limit = 10
    s.junk_params = JUNK
    L = ads()
    by = {a.aid: a for a in L}

    def head(title, iso=False, canonical=""):
        meta = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">" if iso
                else "<meta charset=\"utf-8\">")
        return ("<!DOCTYPE html><html lang=\"de\"><head>%s<title>%s | Kleinmarkt</title>"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                "<link rel=\"stylesheet\" href=\"/static/css/all.css\">%s"
                "<script>window.BelenConf={universalAnalyticsOpts:{dimensions:{}}};</script></head>"
                "<body id=\"vap\" class=\"is-desktop\"><div class=\"site-base\"><header id=\"site-header\" class=\"site-header\">"
                "<a id=\"site-logo\" href=\"/\" title=\"Kleinmarkt\"><span class=\"logo-text\">Kleinmarkt</span></a>"
                "<form id=\"site-search-form\" action=\"/s-suchanfrage.html\" method=\"get\">"
                "<input id=\"site-search-query-wrp\" name=\"keywords\" placeholder=\"Was suchst du?\">"
                "<input name=\"locationStr\" placeholder=\"PLZ oder Ort\"><button id=\"site-search-submit\">Finden</button></form>"
                "<nav class=\"site-header-nav\"><a href=\"/m-merkliste.html\">Merkliste</a> "
                "<a href=\"/m-nachrichten.html\">Nachrichten</a> "
                "<a class=\"button\" href=\"/p-anzeige-aufgeben.html\">Anzeige aufgeben</a></nav></header>"
                "<div id=\"site-content\" class=\"l-page-wrapper\">") % (
                    meta, esc(title), ("<link rel=\"canonical\" href=\"%s\">" % canonical) if canonical else "")

    foot = ("</div><footer id=\"site-footer\" class=\"site-footer\"><ul class=\"footer-links\">"
            "<li><a href=\"/sicherheitshinweise\">Sicherheitshinweise</a></li><li><a href=\"/impressum.html\">Impressum</a></li>"
            "<li><a href=\"/s-kategorien.html\">Alle Kategorien</a></li><li><a href=\"/s-anzeige:gesuche/chemikalien/k0\">Gesuche</a></li>"
            "</ul><p class=\"text-light\">Copyright © 2009-2026 Kleinmarkt GmbH</p></footer></div></body></html>")

    def card(a, n=0):
        t, d = esc(a.title), esc(a.snippet())
        loc = "%s %s" % (a.loc[0], a.loc[1].split(" - ")[0])
        tag = "<span class=\"simpletag\">Gesuch</span>" if a.kind == "gesuch" else (
            "<span class=\"simpletag\">Versand möglich</span>" if a.shipping else "<span class=\"simpletag\">Nur Abholung</span>")
        return ("<li class=\"ad-listitem\"><article class=\"aditem\" data-adid=\"%d\" data-href=\"%s\">"
                "<div class=\"aditem-image\"><a href=\"%s\" tabindex=\"-1\"><div class=\"imagebox srpimagebox\">"
                "<img src=\"/img/%d.png\" alt=\"%s\"></div></a></div><div class=\"aditem-main\">"
                "<div class=\"aditem-main--top\"><div class=\"aditem-main--top--left\"><i class=\"icon icon-small icon-pin-gray\"></i> %s</div>"
                "<div class=\"aditem-main--top--right\"><i class=\"icon icon-small icon-calendar-open\"></i> %s</div></div>"
                "<div class=\"aditem-main--middle\"><h2 class=\"text-module-begin\"><a class=\"ellipsis\" href=\"%s\">%s</a></h2>"
                "<p class=\"aditem-main--middle--description\">%s</p><div class=\"aditem-main--middle--price-shipping\">"
                "<p class=\"aditem-main--middle--price-shipping--price\">%s</p></div></div>"
                "<div class=\"aditem-main--bottom\"><p class=\"text-module-end\">%s</p></div></div></article></li>") % (
                    a.aid, a.path, a.path, a.aid, t, esc(loc), esc(a.date), a.path, t, d, esc(a.price), tag)

    def card_text(a):
        return a.title + " " + a.snippet()

    def rail(ids):
        cards, t = [], T()
        for i in ids:
            a = by[i]
            cards.append("<li class=\"vip-recommendations--item\"><a href=\"%s\"><img src=\"/img/%d.png\" alt=\"\">"
                         "<p class=\"vip-recommendations--title\">%s</p><p class=\"vip-recommendations--price\">%s</p>"
                         "<p class=\"vip-recommendations--location\">%s</p></a></li>"
                         % (a.path, a.aid, esc(a.title), esc(a.price), esc(a.loc[1])))
            t.merge(a.truth_for(a.title))
        html = ("<section id=\"vap-recommendations\" class=\"l-container\"><h2 class=\"headline-big\">Das könnte dich auch "
                "interessieren</h2><ul class=\"vip-recommendations\">%s</ul></section>" % "".join(cards))
        return html, t

    def rail_for(a):
        if a.kind != "offer":
            pool = RAILS["benign"]
        elif a.cat[0] == 224:
            pool = RAILS["pharma"]
        else:
            pool = RAILS["offer"]
        ids = [i for i in pool if i != a.aid]
        k = a.aid % len(ids)
        return (ids[k:] + ids[:k])[:4]

    # ---- ad pages
    for n, a in enumerate(L):
        rhtml, rt = rail(rail_for(a))
        user, utype, since, badges = SELLERS[a.seller]
        details = "".join("<li class=\"addetailslist--detail\">%s<span class=\"addetailslist--detail--value\">%s</span></li>"
                          % (esc(k), esc(v)) for k, v in a.details + [("Versand", "Versand möglich" if a.shipping else "Nur Abholung")])
        desc = "<br/>".join(esc(p) for p in a.desc)
        gesuch = "<span class=\"boxedarticle--title--gesuch\">Gesuch</span> " if a.kind == "gesuch" else ""
        badge = "".join("<span class=\"userbadge-tag\">%s</span>" % esc(b) for b in badges)
        body = (head(a.title, a.iso) +
                "<div class=\"breadcrump\"><a class=\"breadcrump-link\" href=\"/\">Kleinmarkt</a> › "
                "<a class=\"breadcrump-link\" href=\"/s-kategorien.html\">%s</a> › <span>%s</span></div>"
                "<article id=\"viewad-product\" class=\"l-container\"><div class=\"galleryimage-element\"><img id=\"viewad-image\" src=\"/img/%d.png\" alt=\"\"></div>"
                "<div class=\"boxedarticle--details--full\"><h1 id=\"viewad-title\" class=\"boxedarticle--title\">%s%s</h1>"
                "<h2 class=\"boxedarticle--price\" id=\"viewad-price\">%s</h2>"
                "<div class=\"boxedarticle--details--shipping\">%s</div>"
                "<span id=\"viewad-locality\">%s %s</span><div id=\"viewad-extra-info\" class=\"boxedarticle--details--full\">"
                "<div><i class=\"icon icon-small icon-calendar-gray-simple\"></i><span>%s</span></div>"
                "<div><i class=\"icon icon-small icon-eye-gray-simple\"></i><span id=\"viewad-cntr-num\">%d</span></div></div></div>"
                "<div id=\"viewad-details\" class=\"addetailslist\"><h2 class=\"headline\">Details</h2><ul>%s</ul></div>"
                "<div id=\"viewad-description\"><h2 class=\"headline\">Beschreibung</h2>"
                "<p id=\"viewad-description-text\" class=\"text-force-linebreak\" itemprop=\"description\">%s</p></div>"
                "<div id=\"viewad-ad-id-box\"><ul class=\"flexlist text-light-800\"><li>Anzeigen-ID</li><li>%d</li></ul></div>"
                "</article><aside id=\"viewad-sidebar\"><div id=\"viewad-contact\" class=\"contentbox\">"
                "<div class=\"iconlist-text\"><span class=\"text-body-regular-strong text-force-linebreak userprofile-vip\">"
                "<a href=\"%s\">%s</a></span><span class=\"userprofile-vip-details-text\">%s</span>"
                "<span class=\"userprofile-vip-details-text\">Aktiv seit %s</span>%s</div>"
                "<a class=\"button-secondary\" href=\"/m-nachrichten.html?adId=%d\">Nachricht schreiben</a>"
                "<a href=\"%s\">Alle Anzeigen dieses Anbieters</a></div>"
                "<div id=\"viewad-safety-tips\" class=\"contentbox\"><h3>Sicherheitshinweise</h3>"
                "<p>Zahle nie per Vorkasse an Unbekannte. Nutze „Sicher bezahlen“. <a href=\"/sicherheitshinweise\">Mehr erfahren</a></p></div>"
                "<a class=\"button-tertiary\" href=\"/m-merkliste.html?adId=%d\">Zur Merkliste hinzufügen</a></aside>%s" % (
                    esc(a.cat[2]), esc(a.cat[1]), a.aid, gesuch, esc(a.title), esc(a.price),
                    "Versand möglich" if a.shipping else "Nur Abholung",
                    a.loc[0], esc(a.loc[1]), esc(a.date), a.views, details, desc, a.aid,
                    qkey("/s-bestandsliste.html", userId=a.seller), esc(user), utype, since, badge, a.aid,
                    qkey("/s-bestandsliste.html", userId=a.seller), a.aid, rhtml) + foot)
        t = a.truth_for(a.title + " " + " ".join(a.desc), claims=True)
        t.merge(rt, claims=False)
        mkpage(s, a.path, body, t, listing=True, charset="iso-8859-1" if a.iso else "utf-8", meta_only=a.iso)
        s.add(__import__("marketsim").Page("/img/%d.png" % a.aid, tiny_png(a.aid), ctype="image/png"))
        if n % 9 == 4:
            s.flaky.add(a.path)

    # ---- search lists
    def list_page(path, title, h1, items, pager, iso=False, crumbs=""):
        t = T()
        cards = []
        for a in items:
            cards.append(card(a))
            t.merge(a.truth_for(card_text(a), claims=True))
        sortbar = ("<div class=\"srchresult-sorting\">Sortieren nach: <a href=\"%s\">Neueste</a> · <a href=\"%s\">Niedrigster Preis</a></div>"
                   % (path + "?sortingField=SORTING_DATE", path + "?sortingField=PRICE_AMOUNT"))
        body = (head(title, iso) + crumbs +
                "<div id=\"srchrslt-content\"><h1>%s</h1>%s<ul id=\"srchrslt-adtable\" class=\"itemlist ad-list it3\">%s</ul>%s</div>"
                % (h1, sortbar, "".join(cards), pager) + foot)
        mkpage(s, path, body, t, listing=True, charset="iso-8859-1" if iso else "utf-8", meta_only=iso)

    for qi, (q, label, cat, ids) in enumerate(SEARCHES):
        items = [by[i] for i in ids]
        chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]

        def pth(k):
            if cat:
                return "/s-%s/%s%s/k0c%d" % (cat[0], "" if k == 1 else "seite:%d/" % k, q, cat[1])
            return "/s-%s%s/k0" % ("" if k == 1 else "seite:%d/" % k, q)
        for k, chunk in enumerate(chunks, 1):
            pages = "".join(("<span class=\"pagination-current\">%d</span>" % j) if j == k else
                            ("<a class=\"pagination-page\" href=\"%s\">%d</a>" % (pth(j), j)) for j in range(1, len(chunks) + 1))
            nxt = ("<a class=\"pagination-next\" href=\"%s\" title=\"Nächste\"></a>" % pth(k + 1)) if k < len(chunks) else ""
            pager = "<div class=\"pagination\"><div class=\"pagination-pages\">%s</div>%s</div>" % (pages, nxt)
            h1 = "%s – Ergebnisse %d - %d von %d" % (esc(label), (k - 1) * PER_PAGE + 1, (k - 1) * PER_PAGE + len(chunk), len(items))
            list_page(pth(k), "%s kleinanzeigen – Seite %d" % (label, k), h1, chunk, pager, iso=(qi == 1 and k == 2))

    # Gesuche list
    gids = [a for a in L if a.kind == "gesuch"]
    list_page("/s-anzeige:gesuche/chemikalien/k0", "Gesuche: Chemikalien", "Gesuche – Chemikalien", gids,
              "<div class=\"pagination\"><span class=\"pagination-current\">1</span></div>")

    # ---- seller pages
    for uid, (user, utype, since, badges) in SELLERS.items():
        mine = [a for a in L if a.seller == uid]
        t = T()
        for a in mine:
            t.merge(a.truth_for(card_text(a), claims=True))
        body = (head("Anzeigen von %s" % user) +
                "<section class=\"userprofile\"><h1 class=\"userprofile--name\">%s</h1><p>%s · Aktiv seit %s</p>"
                "<p class=\"userprofile--badges\">%s</p><p>%d Anzeigen online</p></section>"
                "<ul id=\"srchrslt-adtable\" class=\"itemlist ad-list\">%s</ul>" % (
                    esc(user), utype, since, " ".join(esc(b) for b in badges), len(mine), "".join(card(a) for a in mine)) + foot)
        mkpage(s, qkey("/s-bestandsliste.html", userId=uid), body, t, listing=True,
               charset="iso-8859-1" if uid == 39920418 else "utf-8", meta_only=(uid == 39920418))

    # ---- deleted ad (its title is still shown, but nothing is for sale any more)
    dead_path = "/s-anzeige/reinsubstanz-4-anpp-50g/2785501234-84-1932"
    rhtml, rt = rail([2791330049, 2787620044, 2788034410])
    t = T().mention(anpp).merge(rt)
    mkpage(s, dead_path, head("Anzeige nicht mehr verfügbar") +
           "<div class=\"outcomemessage-warning\"><h1>Diese Anzeige ist leider nicht mehr verfügbar.</h1>"
           "<p>Die Anzeige „Reinsubstanz 4-ANPP 50 g“ wurde vom Anbieter gelöscht oder ist abgelaufen.</p>"
           "<p><a href=\"/s-forschungschemikalien/k0\">Weitere Anzeigen durchsuchen</a></p></div>" + rhtml + foot, t)

    # ---- home, categories, help
    gallery = [by[i] for i in (2791440211, 2787620044, 2790540918, 2788871260)]
    gt = T()
    gcards = []
    for a in gallery:
        gcards.append("<li class=\"galleryad\"><a href=\"%s\"><img src=\"/img/%d.png\" alt=\"\"><span class=\"galleryad-title\">%s</span>"
                      "<span class=\"galleryad-price\">%s</span></a></li>" % (a.path, a.aid, esc(a.title), esc(a.price)))
        gt.merge(a.truth_for(a.title))
    recent = [by[2788203345], by[2789010031]]
    for a in recent:
        s.redirects["/anzeige/%d" % a.aid] = a.path
    mkpage(s, "/", head("Kostenlos. Einfach. Lokal. Anzeigen gratis inserieren") +
           "<section class=\"home-categories\"><h2>Kategorien</h2><ul>"
           "<li><a href=\"/s-kategorien.html\">Alle Kategorien</a></li>"
           "<li><a href=\"/s-forschungschemikalien/k0\">Forschungschemikalien</a></li>"
           "<li><a href=\"/s-laborbedarf/k0\">Laborbedarf</a></li>"
           "<li><a href=\"/s-gesundheit-beauty/schmerzmittel/k0c224\">Gesundheit &amp; Beauty: Schmerzmittel</a></li>"
           "<li><a href=\"/s-anzeige:gesuche/chemikalien/k0\">Gesuche</a></li></ul></section>"
           "<section class=\"home-gallery\"><h2>Galerie</h2><ul class=\"galleryads\">%s</ul></section>"
           "<section class=\"home-recent\"><h2>Zuletzt angesehen</h2><ul>"
           "<li><a href=\"/anzeige/%d\">%s</a></li><li><a href=\"/anzeige/%d\">%s</a></li>"
           "<li><a href=\"%s\">Reinsubstanz 4-ANPP 50 g</a> <span class=\"text-light\">(nicht mehr verfügbar)</span></li></ul></section>"
           % ("".join(gcards), recent[0].aid, esc(recent[0].title), recent[1].aid, esc(recent[1].title), dead_path) + foot,
           gt.merge(recent[0].truth_for(recent[0].title)).merge(recent[1].truth_for(recent[1].title)).mention(anpp),
           listing=True)
    mkpage(s, "/s-kategorien.html", head("Alle Kategorien") +
           "<h1>Alle Kategorien</h1><ul class=\"treelist\">%s</ul>" % "".join(
               "<li><a href=\"/s-%s/k0\">%s</a></li>" % (q, esc(lbl)) for q, lbl in
               (("forschungschemikalien", "Forschungschemikalien (Suche)"), ("laborbedarf", "Laborbedarf (Suche)"))) +
           "<ul><li>Auto, Rad &amp; Boot</li><li>Elektronik</li><li><a href=\"/s-gesundheit-beauty/schmerzmittel/k0c224\">Gesundheit &amp; Beauty</a></li>"
           "<li>Heimwerken</li><li>Bücher &amp; Zeitschriften</li></ul>" + foot)
    mkpage(s, "/sicherheitshinweise", head("Sicherheitshinweise", iso=True) +
           "<article class=\"helpcenter\"><h1>Sicherheitshinweise für Käufer und Verkäufer</h1>"
           "<p>Triff dich zur Übergabe an einem öffentlichen Ort. Überweise kein Geld an Unbekannte, bevor du die Ware gesehen hast.</p>"
           "<h2>Verbotene Artikel</h2><p>Betäubungsmittel, verschreibungspflichtige Arzneimittel, Grundstoffe für die Herstellung von "
           "Drogen und gefährliche Chemikalien dürfen nicht angeboten werden. Anzeigen, die gegen diese Regeln verstoßen, "
           "werden gelöscht. Melde verdächtige Anzeigen über „Anzeige melden“.</p>"
           "<p>Bei Päckchen mit unbekanntem Pulver: nicht öffnen, Polizei verständigen.</p></article>" + foot,
           charset="iso-8859-1", meta_only=True)
    mkpage(s, "/impressum.html", head("Impressum") +
           "<h1>Impressum</h1><p>Kleinmarkt GmbH, Albert-Einstein-Ring 5, 14532 Kleinmachnow. Registergericht Potsdam HRB 0000.</p>" + foot)

    # ---- robots-forbidden pages (a polite crawler never sees these)
    fav = [by[2790912834], by[2791411173]]
    mkpage(s, "/m-merkliste.html", head("Merkliste") + "<h1>Merkliste</h1><ul>%s</ul>" % "".join(card(a) for a in fav) + foot,
           T().offer(protonit, "Protonitazen").offer(carfent, "Carfent4nil"), listing=True)
    mkpage(s, "/m-nachrichten.html", head("Nachrichten") + "<p>Bitte melde dich an.</p>" + foot)
    mkpage(s, "/p-anzeige-aufgeben.html", head("Anzeige aufgeben") + "<p>Bitte melde dich an.</p>" + foot)
    s.add(__import__("marketsim").Page("/static/css/all.css", ".aditem{display:flex}.boxedarticle--title{font-size:20px}",
                                       ctype="text/css"))
    return s
