"""Site 1: soko-classifieds, a Jiji/OLX/CoinAfrique-style classifieds site for Africa and the Middle East.

Regions /ng/ and /ke/ copy Jiji (b-list-advert cards, b-advert pages, b-seller-block, safety tips),
/sn/ copies CoinAfrique (French, FCFA), /eg/ copies OLX (data-cy="l-card", data-testid="ad-price").
Category lists with ?page=N, ad pages with seller box and "Similar adverts", a wanted section,
seller shops, a removed ad and a safety article. English and French, UTF-8.
"""
from marketsim import Site, tiny_png, paginate
from w16_common import (T, plain, esc, cas_show, CAS_WITHOUT_OFFER, xylazine, XYL_HCL, tramadol, anpp, npp, caffeine,
                        lidocaine, protonit, ketamine, KET_HCL, fentanyl, procaine, carfent, citric_mh, nahco3,
                        FENT_CITRATE, nn_pipne, dcm, ethyl_acetate, dmf, bocpip, pip4, diphenhydramine, isotonit)

REG = {
    "ng": ("Nigeria", "₦", "jiji", "en"),
    "ke": ("Kenya", "KSh", "jiji", "en"),
    "sn": ("Sénégal & Côte d'Ivoire", "FCFA", "coin", "fr"),
    "eg": ("Egypt", "EGP", "olx", "en"),
}
SELLERS = {
    "goldstar": ("Goldstar Chemicals Apapa", "ng", "Verified ID", "3 years on Soko"),
    "chemhub": ("ChemHub Ventures", "ng", "Verified ID", "5 years on Soko"),
    "plug": ("Pharma Plug Onitsha", "ng", "", "8 months on Soko"),
    "pronto": ("Dr Pronto Labs", "ng", "", "2 months on Soko"),
    "vetke": ("Savanna Vet Supplies", "ke", "Verified ID", "4 years on Soko"),
    "nairobimed": ("Westlands Medics", "ke", "", "1 year on Soko"),
    "dakarvet": ("Clinique Vétérinaire Liberté 6", "sn", "Vérifié", "2 ans sur Soko"),
    "tafro": ("Grossiste Pharma Touba", "sn", "", "5 mois sur Soko"),
    "abidjanchem": ("Abidjan Chimie Distribution", "sn", "Vérifié", "3 ans sur Soko"),
    "alexchem": ("Alex Fine Chemicals", "eg", "Verified", "6 years on Soko"),
    "cairolab": ("Cairo Lab Store", "eg", "Verified", "2 years on Soko"),
    "tamol": ("Tamol Delivery", "eg", "", "3 months on Soko"),
    "misc": ("Private seller", "", "", ""),
}

# id, region, city, category, slug, title, seller, price, sub(s), [(cas, style)], snippet, extra text, [(kind, text)]
A = [
    (41007351, "ng", "ikeja", "chemicals-lab-supplies", "xylazine-hcl-powder-veterinary-1kg",
     "Xylazine HCl powder (veterinary) 1kg", "chemhub", 850000, [xylazine], [(XYL_HCL, "dash")],
     "Veterinary grade xylazine hydrochloride, white crystalline powder.",
     "Pick up at our Ikeja office or local delivery within Lagos only. We do not send outside Lagos and we don't do waybill.", []),
    (41007412, "ng", "onitsha", "health-pharmacy", "tamol-x-225mg-carton",
     "Tr@madol 225mg (Tamol-X) – carton of 50 packs", "plug", 145000, [tramadol], [],
     "Original Tamol-X, tramadol 225mg, strips of 10.",
     "Bulk buyers welcome. Price slightly negotiable.",
     [("stealth", "We deliver to any state — the carton is wrapped like normal provisions, nobody go know wetin dey inside.")]),
    (41007598, "ng", "apapa", "chemicals-lab-supplies", "4-anpp-npp-pharmaceutical-intermediates-bulk",
     "4-ANPP / NPP pharmaceutical intermediates – bulk", "goldstar", 4200000, [anpp, npp],
     [("21409-26-7", "dash"), ("39742-60-4", "nodash")],
     "4-Anilino-N-phenethylpiperidine and N-phenethyl-4-piperidone, 99% purity, 25kg drums available.",
     "COA and MSDS available on request.",
     [("customs", "Our clearing agent at Apapa port handles all customs papers — goods come out in 48hrs, no wahala."),
      ("forwarding", "Buyers in Ghana and Benin: we move it through our partner warehouse in Cotonou.")]),
    (41007603, "ng", "yaba", "health-pharmacy", "fentanyl-test-strips-harm-reduction",
     "Fentanyl test strips – harm reduction (NGO price)", "misc", 3500, [], [],
     "Strips detect fentanyl and carfentanil in pills or powder. 10 strips per pack.",
     "Proceeds go to our outreach programme in Yaba. We don't sell any drugs.", []),
    (41007644, "ng", "ikeja", "chemicals-lab-supplies", "caffeine-lidocaine-lab-reagents",
     "Lab reagents: Caffeine anhydrous & Lidocaine base", "chemhub", 38000, [], [("58-08-2", "dash"), ("137-58-6", "space")],
     "Caffeine anhydrous (CAS 58-08-2) and lidocaine base, 500g each.", "School and hospital labs get 10% discount.", []),
    (41007701, "ng", "surulere", "chemicals-lab-supplies", "pronto-research-powder-10g",
     "'Pronto' research powder 10g – pr0tonitazene", "pronto", 290000, [protonit], [],
     "Yellow research powder, very strong, for lab use only.",
     "Serious buyers only, no time wasters.",
     [("reship", "If dispatch rider lose am or police seize am, we go send another one free of charge.")]),
    (41007720, "ng", "ikeja", "chemicals-lab-supplies", "digital-scale-0-01g",
     "Digital pocket scale 0.01g", "misc", 9500, [], [], "Brand new, with calibration weight.", "", []),
    (41007733, "ng", "lekki", "chemicals-lab-supplies", "lab-glassware-set-borosilicate",
     "Laboratory glassware set – borosilicate", "misc", 62000, [], [], "Beakers, flasks, condenser, 24 pieces.", "", []),
    (52001184, "ke", "nairobi-cbd", "pets-vet-supplies", "ketamine-hcl-injection-10ml-vet",
     "Ketamine HCl injection 10ml (vet)", "vetke", 2400, [ketamine], [(KET_HCL, "dash")],
     "Ketamine hydrochloride 100mg/ml for veterinary anaesthesia.",
     "Vets and farms only. Bring your licence.", []),
    (52001190, "ke", "westlands", "health-pharmacy", "durogesic-50-fentanyl-patches",
     "Durogesic 50mcg/h – f e n t a n y l patches, hospital surplus", "nairobimed", 18000, [fentanyl], [],
     "Box of 5 matrix patches, expiry 2027.",
     "Same day delivery in Nairobi.",
     [("stealth", "Sent through G4S inside an envelope marked as documents, nothing on the outside shows it's medicine.")]),
    (52001203, "ke", "kisumu", "health-pharmacy", "procaine-diphenhydramine-powder",
     "Procaine HCl & diphenhydramine powder", "nairobimed", 7500, [], [("59-46-1", "dash"), ("58-73-1", "dash")],
     "Procaine (CAS 59-46-1) and diphenhydramine (CAS 58-73-1), 100g each.", "", []),
    (52001260, "ke", "nanyuki", "pets-vet-supplies", "carfentanil-wildnil-darting",
     "Carfentanil (Wildnil) 3mg/ml – wildlife darting, vets only", "vetke", 95000, [carfent], [("59708-52-0", "dash")],
     "For game capture by licensed wildlife vets.",
     "Cold chain maintained.",
     [("customs", "Tanzania and Uganda orders: our agent at Namanga clears it at the border, you won't be asked for permits."),
      ("forwarding", "TZ clients collect from our Arusha store; we move stock there first.")]),
    (52001275, "ke", "nakuru", "pets-vet-supplies", "xylazine-2-percent-vet",
     "Xylazine 2% 50ml vet injection", "vetke", 1900, [xylazine], [],
     "Sedative for cattle and dogs.", "Delivery within Kenya via courier.", []),
    (63004411, "sn", "dakar", "veterinaire", "xylazine-20mg-ml-injectable",
     "Xylazine 20 mg/ml injectable – usage vétérinaire", "dakarvet", 12500, [xylazine], [],
     "Flacon de 50 ml, sédatif pour bovins et chevaux.",
     "Vente réservée aux éleveurs et vétérinaires. Pas d'envoi hors Dakar.", []),
    (63004432, "sn", "touba", "sante-pharmacie", "tafrodol-tramadol-250-gros",
     "Tramadol 250 mg « Tafrodol » – vente en gros", "tafro", 95000, [tramadol], [],
     "Boîtes de 10 plaquettes, produit d'Inde.", "Prix de gros à partir de 20 boîtes.",
     [("stealth", "Livraison discrète partout au Sénégal, le colis est emballé comme des produits cosmétiques."),
      ("forwarding", "Clients du Mali et de Guinée : on fait passer par notre transitaire à Kidira.")]),
    (63004460, "sn", "abidjan-plateau", "chimie-labo", "acide-citrique-bicarbonate-cafeine",
     "Acide citrique, bicarbonate, caféine – grossiste Abidjan", "abidjanchem", 18000, [],
     [("5949-29-1", "dash"), ("144-55-8", "dash"), ("58-08-2", "nodash")],
     "Acide citrique monohydraté, bicarbonate de sodium alimentaire, caféine anhydre.", "Facture normalisée.", []),
    (63004471, "sn", "abidjan-treichville", "chimie-labo", "citrate-de-fentanyl-poudre",
     "Citrate de fentanyl poudre pharmaceutique", "abidjanchem", 1500000, [fentanyl], [(FENT_CITRATE, "dash")],
     "Poudre blanche, pureté 98 %, lot de 10 g minimum.",
     "Paiement à la livraison pour Abidjan.",
     [("customs", "Dédouanement garanti au port d'Abidjan, nous avons nos contacts au guichet unique."),
      ("mislabel", "Sur le bordereau on marque « échantillons de levure boulangère ».")]),
    (63004488, "sn", "dakar", "chimie-labo", "etonitazepipne-echantillon-recherche",
     "Étonitazépipne (N-pipéridinyl étonitazène) – échantillon de recherche", "abidjanchem", 450000, [nn_pipne], [],
     "Nouveau produit de recherche, poudre jaune pâle.", "Pas pour consommation humaine.", []),
    (63004490, "sn", "dakar", "chimie-labo", "balance-precision-0-001",
     "Balance de précision 0,001 g", "misc", 45000, [], [], "Neuve, sous garantie.", "", []),
    (74005102, "eg", "nasr-city", "health-pharmacy", "tamol-225-delivery-cairo",
     "Tamol 225 ترامادول – delivery all Cairo", "tamol", 1200, [tramadol], [],
     "Tramadol 225 mg strips, original Indian.", "WhatsApp only.",
     [("stealth", "Each order goes inside a sealed perfume box, the courier doesn't know what he carries.")]),
    (74005118, "eg", "dokki", "lab-chemicals", "dcm-ethyl-acetate-dmf-solvents",
     "Lab solvents: DCM, ethyl acetate, DMF – 2.5L bottles", "cairolab", 3400, [],
     [("75-09-2", "dash"), ("141-78-6", "dash"), ("68-12-2", "dash")],
     "Dichloromethane, ethyl acetate and N,N-dimethylformamide, HPLC grade.", "Invoice for companies.", []),
    (74005131, "eg", "alexandria", "lab-chemicals", "1-boc-4-piperidone-4-piperidone-hcl-export",
     "1-Boc-4-piperidone / 4-Piperidone HCl monohydrate – export", "alexchem", 650000, [bocpip, pip4],
     [("79099-07-3", "dash")],
     "N-Boc-4-piperidone 99% and 4-piperidone hydrochloride monohydrate, 5kg and 25kg.",
     "Export documents prepared in Alexandria.",
     [("forwarding", "Latin America buyers: we re-export through the Jebel Ali free zone so the origin is Dubai."),
      ("mislabel", "Invoice description will read 'pharmaceutical excipient' unless you ask otherwise.")]),
    (74005140, "eg", "heliopolis", "health-pharmacy", "lyrica-pregabalin-300",
     "Pregabalin 300mg capsules", "tamol", 900, [], [], "Strips of 14.", "", []),
]

WANTED = [
    (41009001, "ng", "lagos", "wanted-4-anpp-5kg", "WANTED: 4-ANPP 5kg, Lagos buyer", 
     "Looking for 4-ANPP (CAS 21409-26-7), 5kg. Must be discreetly packed and must clear customs, "
     "payment after inspection. Serious suppliers only.", [("21409-26-7", "dash")]),
    (52009014, "ke", "eldoret", "looking-for-xylazine-farm", "Looking for xylazine for my dairy farm",
     "Need xylazine 2% for handling cattle, 5 bottles. Please quote with delivery to Eldoret.", []),
    (63009020, "sn", "thies", "recherche-patch-fentanyl", "Recherche patch fentanyl 25 µg pour mon père",
     "Mon père a un cancer et la pharmacie est en rupture de Durogesic 25. Quelqu'un peut m'orienter vers une "
     "pharmacie qui en a ? Pas de vendeurs de rue svp.", []),
]
REMOVED = (52001299, "ke", "mombasa", "pets-vet-supplies", "carfentanil-powder-removed", "Carfentanil powder 5g")

CATNAMES = {"chemicals-lab-supplies": "Chemicals & Lab Supplies", "health-pharmacy": "Health & Pharmacy",
            "pets-vet-supplies": "Pets & Vet Supplies", "veterinaire": "Vétérinaire", "sante-pharmacie": "Santé & Pharmacie",
            "chimie-labo": "Chimie & Laboratoire", "lab-chemicals": "Lab Chemicals"}


def build():
    s = Site("soko-classifieds", "classifieds")
    s.robots = ("User-agent: *\nDisallow: /report/\nDisallow: /my/\nDisallow: /post-ad\nDisallow: /api/\n"
                "Disallow: /*/contact-seller\n")
    s.disallow = ["/report/", "/my/", "/post-ad", "/api/"]
    s.rate_limit = 15
    s.trap_prefix = "/community/events/"
    s.junk_params = ["utm_source", "utm_medium", "utm_campaign", "sort", "sid", "lid", "indexPosition", "page_id",
                     "search_reason", "reason"]

    def head(title, reg=None):
        lang = REG[reg][3] if reg else "en"
        return ("<!DOCTYPE html><html lang='%s'><head><meta charset='utf-8'><title>%s | Soko</title>"
                "<link rel='stylesheet' href='/static/soko.css'><script async src='/static/soko.js'></script>"
                "<script>window.__NUXT__={state:{}};</script></head><body><div id='__nuxt'>"
                "<header class='b-app-header'><a class='b-app-header__logo' href='/'>Soko</a>%s"
                "<a class='b-app-header__post-ad qa-post-ad' href='/post-ad'>%s</a> <a href='/my/adverts'>%s</a></header>"
                "<div class='b-cookie-banner'>%s <button>OK</button></div><main class='b-main'>"
                % (lang, esc(title), (" <a class='b-region' href='/%s/'>%s</a>" % (reg, REG[reg][0])) if reg else "",
                   "Publier une annonce" if lang == "fr" else "SELL", "Mes annonces" if lang == "fr" else "My adverts",
                   "Nous utilisons des cookies." if lang == "fr" else "We use cookies to improve your experience."))

    def foot(reg=None):
        fr = reg and REG[reg][3] == "fr"
        return ("</main><footer class='b-footer'><a href='/safety'>%s</a> · <a href='/blog/chemical-seller-scams'>%s</a> · "
                "<a href='/community/events/2026-12'>%s</a> · <a href='/terms'>%s</a><p>© 2026 Soko Classifieds</p></footer>"
                "</div></body></html>" % (("Conseils de sécurité", "Arnaques aux produits chimiques", "Événements",
                                             "Conditions") if fr else ("Safety tips", "Chemical seller scams", "Events",
                                                                         "Terms of use")))

    def money(reg, v):
        cur = REG[reg][1]
        n = "{:,}".format(v)
        if cur == "FCFA":
            return n.replace(",", "\u202f") + " FCFA"
        if cur == "EGP":
            return "EGP " + n
        return cur + " " + n

    def url(a):
        return "/%s/%s/%s/%s-%d.html" % (a[1], a[2], a[3], a[4], a[0])

    byid = {a[0]: a for a in A}
    SAFETY = {
        "en": ["Avoid paying in advance, even for delivery.", "Meet with the seller at a safe public place.",
               "Be wary of chemical sellers who promise 'guaranteed customs clearance' or free resend if seized — "
               "most of them are scammers.", "Check what you're buying and make sure it's legal before you pay."],
        "fr": ["Ne payez jamais à l'avance, même pour la livraison.", "Rencontrez le vendeur dans un lieu public.",
               "Méfiez-vous des vendeurs qui promettent un « dédouanement garanti » : c'est souvent une arnaque.",
               "Vérifiez l'article avant de payer."],
    }

    def card(a, style):
        reg = a[1]
        if style == "olx":
            return ("<div data-cy='l-card' data-testid='l-card' class='css-1sw7q4x'><a class='css-rc5s2u' href='%s?reason=extended_search'>"
                    "<img src='/img/ad/%d.png' alt=''><h6 class='css-16v5mdi er34gjf0'>%s</h6>"
                    "<p data-testid='ad-price' class='css-10b0gli'>%s</p><p data-testid='location-date' class='css-veheph'>%s - Today</p>"
                    "</a></div>" % (url(a), a[0], esc(a[5]), money(reg, a[7]), esc(a[2].replace("-", " ").title())))
        if style == "coin":
            return ("<div class='col s6 m4 l3'><div class='card ad__card'><a class='card-image ad__card-image' href='%s'>"
                    "<img src='/img/ad/%d.png'></a><div class='card-content'><p class='ad__card-price'>%s</p>"
                    "<p class='ad__card-description'><a href='%s'>%s</a></p><p class='ad__card-location'>%s</p></div></div></div>"
                    % (url(a), a[0], money(reg, a[7]), url(a), esc(a[5]), esc(a[2].replace("-", " ").title())))
        return ("<div class='b-list-advert__gallery__item js-advert-list-item'><a class='b-list-advert-base qa-advert-list-item' "
                "href='%s?lid=x%d&indexPosition=%d'><div class='b-list-advert-base__img'><img src='/img/ad/%d.png'></div>"
                "<div class='b-list-advert-base__data'><div class='qa-advert-price'>%s</div>"
                "<div class='b-advert-title-inner qa-advert-title'>%s</div>"
                "<div class='b-list-advert-base__description-text'>%s</div>"
                "<div class='b-list-advert-base__item-attr'>Brand New</div>"
                "<span class='b-list-advert__region__text'>%s</span></div></a></div>"
                % (url(a), a[0] % 997, a[0] % 20, a[0], money(reg, a[7]), esc(a[5]), esc(a[10]),
                   esc(a[2].replace("-", " ").title())))

    def card_truth(a, style, t):
        # a card names what it offers; Jiji cards also show the description snippet (and any CAS in it)
        for sub in a[8]:
            t.offer(sub)
        if style == "jiji":
            for c, st in a[9]:
                if cas_show(c, st) in a[10]:
                    t.add_cas(c)

    s.add(plain("/", head("Buy & sell in Africa and the Middle East") +
                "<h1>Choose your country</h1><ul class='b-regions'>" +
                "".join("<li><a href='/%s/'>%s</a></li>" % (k, v[0]) for k, v in REG.items()) +
                "</ul><p><a href='/blog/chemical-seller-scams'>Read: how chemical scams work</a></p>" + foot()))

    for reg, (rname, cur, style, lang) in REG.items():
        ads = [a for a in A if a[1] == reg]
        cats = []
        for a in ads:
            if a[3] not in cats:
                cats.append(a[3])
        wl = "/%s/%s" % (reg, "demandes" if lang == "fr" else "wanted")
        s.add(plain("/%s/" % reg, head(rname, reg) + "<h1>%s</h1><ul class='b-categories'>" % esc(rname) +
                    "".join("<li><a href='/%s/%s'>%s</a></li>" % (reg, c, CATNAMES[c]) for c in cats) +
                    "<li><a href='%s'>%s</a></li></ul>" % (wl, "Demandes" if lang == "fr" else "Wanted / Buying") + foot(reg)))
        for c in cats:
            items = [a for a in ads if a[3] == c]
            pages = paginate(items, 4)
            for pi, chunk in enumerate(pages, 1):
                t = T()
                for a in chunk:
                    card_truth(a, style, t)
                path = "/%s/%s" % (reg, c) + ("?page=%d" % pi if pi > 1 else "")
                pager = " ".join("<a class='b-pagination__page' href='/%s/%s%s'>%d</a>" % (reg, c, ("?page=%d" % k) if k > 1 else "", k)
                                 for k in range(1, len(pages) + 1)) if len(pages) > 1 else ""
                wrap = {"olx": "<div data-testid='listing-grid' class='css-oukcj3'>%s</div>",
                        "coin": "<div class='row adcard__listing'>%s</div>",
                        "jiji": "<div class='b-list-advert__gallery masonry-wall'>%s</div>"}[style]
                body = (head(CATNAMES[c] + " in " + rname, reg) +
                        "<h1 class='b-list-heading'>%s</h1><div class='b-sort'><a href='/%s/%s?sort=new'>Newest</a> "
                        "<a href='/%s/%s?sort=price_asc'>Cheapest</a></div>" % (esc(CATNAMES[c]), reg, c, reg, c) +
                        wrap % "".join(card(a, style) for a in chunk) +
                        "<div class='b-pagination'>%s</div>" % pager + foot(reg))
                s.add(t.page(path, body, True))
        # ad pages
        for a in ads:
            t = T()
            for sub in a[8]:
                t.offer(sub)
            for c, st in a[9]:
                t.add_cas(c)
            t.claim(*[k for k, _ in a[12]])
            seller = SELLERS[a[6]]
            desc = a[10] + " " + a[11]
            # CAS lines that the snippet does not already show
            cas_lines = "".join("<li>CAS: %s</li>" % cas_show(c, st) for c, st in a[9] if c not in a[10])
            sim = [x for x in ads if x[0] != a[0]][:4]
            similar = ("<section class='b-advert-similar'><h3>%s</h3>%s</section>" % (
                "Annonces similaires" if lang == "fr" else "Similar adverts",
                "".join("<a class='b-similar-item' href='/item/%d'>%s — %s</a>" % (x[0], esc(x[5]), money(reg, x[7]))
                        for x in sim)))
            tips = "<div class='b-advert-safety-tips'><h4>%s</h4><ul>%s</ul></div>" % (
                "Conseils de sécurité" if lang == "fr" else "Safety tips",
                "".join("<li>%s</li>" % esc(x) for x in SAFETY[lang]))
            sbox = ("<div class='b-seller-block'><a class='b-seller-block__name' href='/%s/shop/%s'>%s</a>"
                    "<span class='b-seller-block__verified'>%s</span><span class='b-seller-block__joined'>%s</span>"
                    "<a class='qa-show-contact b-button' href='/api/contact/%d'>%s</a>"
                    "<a class='b-button--chat' href='/%s/contact-seller?ad=%d'>Chat</a></div>" % (
                        reg, a[6], esc(seller[0]), seller[2], seller[3], a[0],
                        "Voir le numéro" if lang == "fr" else "Show contact", reg, a[0])) if a[6] != "misc" else \
                "<div class='b-seller-block'><span class='b-seller-block__name'>Private seller</span></div>"
            if style == "olx":
                main = ("<div data-cy='ad_title'><h1 class='css-1juynto'>%s</h1></div><div data-testid='ad-price-container'>"
                        "<h3 class='css-12vqlj3'>%s</h3></div><div data-cy='ad_description'><div class='css-1t507yq'>%s</div></div>"
                        % (esc(a[5]), money(reg, a[7]), "<br>".join(esc(x) for x in [desc] + [k for _, k in a[12]])))
            else:
                main = ("<div class='b-advert-title-inner qa-advert-title'><h1>%s</h1></div>"
                        "<div class='qa-advert-price-view-value'>%s</div>"
                        "<div class='b-advert__description-wrapper qa-description-text'><p>%s</p>%s</div>"
                        % (esc(a[5]), money(reg, a[7]), esc(desc), "".join("<p>%s</p>" % esc(k) for _, k in a[12])))
            body = (head(a[5], reg) + "<div class='b-advert-layout'><ul class='b-breadcrumbs'><li><a href='/%s/'>%s</a></li>"
                    "<li><a href='/%s/%s'>%s</a></li></ul><img class='b-advert-gallery' src='/img/ad/%d.png'>%s"
                    "<ul class='b-advert-attributes'><li>%s: %s</li>%s</ul>%s%s"
                    "<a class='b-report' href='/report/%d'>%s</a></div>%s" % (
                        reg, rname, reg, a[3], CATNAMES[a[3]], a[0], main,
                        "Ville" if lang == "fr" else "Location", esc(a[2].replace("-", " ").title()), cas_lines,
                        sbox, tips, a[0], "Signaler l'annonce" if lang == "fr" else "Report abuse", similar) + foot(reg))
            s.add(t.page(url(a), body, True))
            s.add(plain("/img/ad/%d.png" % a[0], tiny_png(a[0] % 251), ctype="image/png"))
            s.redirects["/item/%d" % a[0]] = url(a)
            if a[0] % 5 == 1:
                s.flaky.add(url(a))
        # wanted section: requests, not offers
        wants = [w for w in WANTED if w[1] == reg]
        wl_body = "".join("<div class='b-list-advert__gallery__item'><a href='/%s/%s/%s-%d.html'>%s</a>"
                          "<div class='b-list-advert-base__description-text'>%s</div></div>"
                          % (reg, "demandes" if lang == "fr" else "wanted", w[3], w[0], esc(w[4]), esc(w[5][:60] + "…"))
                          for w in wants) or "<p>No requests yet.</p>"
        tw = T()
        for w in wants:
            for c, st in w[6]:
                if cas_show(c, st) in w[5][:60]:
                    tw.add_cas(c)
                    CAS_WITHOUT_OFFER.add(("soko-classifieds", wl))
        s.add(tw.page(wl, head("Wanted – " + rname, reg) + "<h1>%s</h1>%s" % (
            "Demandes d'achat" if lang == "fr" else "Wanted: what buyers are looking for", wl_body) + foot(reg), True))
        for w in wants:
            t = T()
            for c, st in w[6]:
                t.add_cas(c)
            p = "/%s/%s/%s-%d.html" % (reg, "demandes" if lang == "fr" else "wanted", w[3], w[0])
            if w[6]:
                CAS_WITHOUT_OFFER.add(("soko-classifieds", p))
            s.add(t.page(p, head(w[4], reg) + "<div class='b-advert-layout b-advert--wanted'><span class='b-badge'>%s</span>"
                         "<h1>%s</h1><p class='qa-description-text'>%s</p><p>%s: %s</p></div>" % (
                             "DEMANDE" if lang == "fr" else "WANTED", esc(w[4]), esc(w[5]),
                             "Ville" if lang == "fr" else "Location", w[2].title()) + foot(reg), True))

    # seller shops (lists of their live ads)
    for sk in ("goldstar", "vetke", "abidjanchem", "alexchem"):
        name, reg = SELLERS[sk][0], SELLERS[sk][1]
        mine = [a for a in A if a[6] == sk]
        t = T()
        for a in mine:
            card_truth(a, REG[reg][2], t)
        fb = {"goldstar": "Fast delivery and the customs part was smooth. Recommended!",
              "vetke": "Very professional vets, delivered to Nanyuki quickly.",
              "abidjanchem": "Colis reçu, très discret, merci.",
              "alexchem": "Good documents, responsive."}[sk]
        s.add(t.page("/%s/shop/%s" % (reg, sk), head(name, reg) +
                     "<div class='b-seller-page'><h1>%s</h1><p>%s · %s</p><div class='b-list-advert__gallery'>%s</div>"
                     "<section class='b-seller-feedback'><h3>Feedback</h3><blockquote>%s</blockquote></section></div>" % (
                         esc(name), SELLERS[sk][2], SELLERS[sk][3],
                         "".join(card(a, REG[reg][2]) for a in mine), esc(fb)) + foot(reg), True))

    # removed ad: no longer offered
    r = REMOVED
    rp = "/%s/%s/%s/%s-%d.html" % (r[1], r[2], r[3], r[4], r[0])
    s.add(plain(rp, head(r[5], "ke") + "<div class='b-advert-closed'><h1>%s</h1><p class='b-advert-closed__text'>"
                "This advert is no longer available. It was removed for violating our rules.</p>"
                "<a href='/ke/pets-vet-supplies'>See similar adverts</a></div>" % esc(r[5]) + foot("ke"), listing=True))
    s.redirects["/item/%d" % r[0]] = rp

    s.add(plain("/safety", head("Safety tips") + "<h1>Stay safe on Soko</h1><ul>%s</ul><p>Selling controlled drugs, "
                "narcotics or their precursors is forbidden. We remove such adverts and cooperate with NDLEA, NACADA and "
                "the Egyptian Drug Enforcement Administration. Removed ads for example: <a href='/item/%d'>carfentanil powder</a>.</p>"
                % ("".join("<li>%s</li>" % esc(x) for x in SAFETY["en"]), REMOVED[0]) + foot()))
    s.add(plain("/blog/chemical-seller-scams", head("How chemical-seller scams work") +
                "<article class='b-blog'><h1>How chemical-seller scams work</h1><p>Fake sellers copy the wording of real "
                "drug vendors: 'stealth packaging', '100% customs clearance', 'free reship if seized', 'we declare it as "
                "food supplement'. Some even claim a transit warehouse in Dubai. They take the deposit and disappear.</p>"
                "<p>Many of these fake ads offer fentanyl, carfentanil, 'pronto' or other nitazenes, or xylazine. If you "
                "see one, report it.</p></article>" + foot()))
    s.add(plain("/terms", head("Terms of use") + "<h1>Terms of use</h1><p>Users must not post adverts for prohibited "
                "items, including narcotic drugs and prescription-only medicines.</p>" + foot()))
    # robots-forbidden: the seller's ad editor keeps a draft offer
    s.add(T().offer(isotonit).page("/my/adverts/draft/91", head("Edit advert") +
                                   "<form><input name='title' value='Isotonitazene 10g'></form>" + foot(), True))
    s.add(plain("/static/soko.css", ".b-list-advert__gallery__item{width:25%}", ctype="text/css"))
    s.add(plain("/static/soko.js", "window.soko={v:3};", ctype="application/javascript"))
    return s
