"""Site 3: bharat-exporters, an ExportersIndia/TradeFord-style B2B portal (English, some Hindi pages).

Supplier minisites (/<company>/ and /<company>/products.htm galleries), product detail pages with a
"Product Details" table and "Send Enquiry" buttons, keyword listing pages (/indian-suppliers/<kw>.htm),
buy requirements (/buy-leads/), "Related Products" and "Top Searches" chrome, Hindi product pages
under /hi/. UTF-8.
"""
from marketsim import Site, tiny_png, paginate
from w16_common import (T, plain, esc, cas_show, CAS_WITHOUT_OFFER, npp, anpp, bocpip, pip4, phenethylbr, aniline,
                        xylazine, XYL_HCL, levamisole_hcl, ibuprofen, dmf, thf, pyridine, stab, propcl, boc4ap, norfent,
                        metonit, nn_butdes, butonit, nf_isoval, caffeine, mannitol, lactose, mgstearate, fentanyl)

SITE = "bharat-exporters"
CO = {
    "shree-balaji-pharma": ("Shree Balaji Pharma Intermediates", "Hyderabad, Telangana", "Manufacturer & Exporter", 2009,
                            "We manufacture pharma intermediates in our GMP plant at Jeedimetla. Door-to-door delivery "
                            "with complete customs clearance to USA, Mexico and Canada is included in our CIF price.",
                            ["customs"]),
    "vetcare-api-labs": ("Vetcare API Labs Pvt. Ltd.", "Ahmedabad, Gujarat", "Manufacturer", 2001,
                         "WHO-GMP certified manufacturer of veterinary APIs. All exports against valid import licence only; "
                         "we do not ship to individuals.", []),
    "mumbai-fine-chem": ("Mumbai Fine Chem Traders", "Bhiwandi, Maharashtra", "Trader & Supplier", 2015,
                         "Trading of solvents, reagents and speciality intermediates. Sanctioned or restricted "
                         "destinations are served through our associate office in Dubai, which re-exports under its own name.",
                         ["forwarding"]),
    "sai-research-chem": ("Sai Research Chemicals", "Uttam Nagar, New Delhi", "Supplier", 2021,
                          "Research chemicals for labs worldwide. Safe and stealth packing in mylar bags with no labels.",
                          ["stealth"]),
}

# id, company, slug, name, sub, cas, style, price (INR), unit, table extras, description, [(kind, text)], category kw
PR = [
    (7012001, "shree-balaji-pharma", "n-phenethyl-4-piperidone-npp", "N-Phenethyl-4-Piperidone (NPP) Powder", npp,
     "39742-60-4", "dash", 18500, "Kilogram", {"Purity": "99%", "Form": "Powder", "Grade": "Pharma"},
     "Light yellow crystalline powder used as pharmaceutical intermediate.",
     [("customs", "Door to door service, customs clearance done by our agent at destination.")], "pharmaceutical-intermediates"),
    (7012002, "shree-balaji-pharma", "4-anpp-powder", "4-ANPP (4-Anilino-N-Phenethylpiperidine)", anpp, "21409-26-7",
     "nodash", 32000, "Kilogram", {"Purity": "99.5%", "Form": "Powder"},
     "Off-white powder, HPLC tested. Samples available.",
     [("stealth", "Packed in neutral double polybags inside plain carton, no product name on outer packing.")],
     "pharmaceutical-intermediates"),
    (7012003, "shree-balaji-pharma", "1-boc-4-piperidone", "1-Boc-4-Piperidone", bocpip, "79099-07-3", "dash", 9800,
     "Kilogram", {"Purity": "98%", "Form": "Crystalline Powder"}, "tert-Butyl 4-oxopiperidine-1-carboxylate.", [],
     "pharmaceutical-intermediates"),
    (7012004, "shree-balaji-pharma", "4-piperidone-hydrochloride-monohydrate",
     "4-Piperidone Hydrochloride Monohydrate", pip4, None, None, 6400, "Kilogram", {"Purity": "98%"},
     "Piperidin-4-one HCl H2O, white powder, 25 kg drum.", [], "pharmaceutical-intermediates"),
    (7012005, "shree-balaji-pharma", "2-phenylethyl-bromide", "2-Phenylethyl Bromide", phenethylbr, "103-63-9", "dash",
     2900, "Litre", {"Purity": "99%", "Form": "Liquid"}, "(2-Bromoethyl)benzene, colourless liquid.", [],
     "laboratory-chemicals"),
    (7012006, "shree-balaji-pharma", "aniline-oil", "Aniline Oil", aniline, "62-53-3", "dash", 180, "Kilogram",
     {"Purity": "99.8%", "Form": "Liquid"}, "Technical grade aniline in 200 L drums.", [], "laboratory-chemicals"),
    (7012101, "vetcare-api-labs", "xylazine-hydrochloride-ip-vet", "Xylazine Hydrochloride API (IP Vet)", xylazine,
     XYL_HCL, "dash", 42000, "Kilogram", {"Grade": "IP Vet / USP", "Form": "Powder"},
     "Veterinary sedative API with DMF. Export against import licence.", [], "veterinary-api"),
    (7012102, "vetcare-api-labs", "xylazine-base", "Xylazine Base", xylazine, "7361-61-7", "space", 39000, "Kilogram",
     {"Grade": "BP", "Form": "Powder"}, "N-(2,6-dimethylphenyl)-5,6-dihydro-4H-1,3-thiazin-2-amine.", [], "veterinary-api"),
    (7012103, "vetcare-api-labs", "levamisole-hydrochloride", "Levamisole Hydrochloride", levamisole_hcl, "16595-80-5",
     "dash", 3100, "Kilogram", {"Grade": "IP Vet"}, "Anthelmintic API.", [], "veterinary-api"),
    (7012104, "vetcare-api-labs", "ibuprofen-ip", "Ibuprofen IP", ibuprofen, "15687-27-1", "dash", 1450, "Kilogram",
     {"Grade": "IP"}, "NSAID API.", [], "veterinary-api"),
    (7012201, "mumbai-fine-chem", "dimethylformamide-dmf", "Dimethylformamide (DMF)", dmf, "68-12-2", "dash", 95, "Kilogram",
     {"Purity": "99.9%"}, "Solvent grade.", [], "laboratory-chemicals"),
    (7012202, "mumbai-fine-chem", "sodium-triacetoxyborohydride", "Sodium Triacetoxyborohydride", stab, "56553-60-7",
     "dash", 14500, "Kilogram", {"Purity": "97%"}, "STAB reducing agent, moisture sensitive.", [], "laboratory-chemicals"),
    (7012203, "mumbai-fine-chem", "propionyl-chloride", "Propionyl Chloride", propcl, "79-03-8", "dash", 420, "Kilogram",
     {"Purity": "99%"}, "Acylating agent.", [], "laboratory-chemicals"),
    (7012204, "mumbai-fine-chem", "1-boc-4-ap-intermediate", "Tert-Butyl 4-(Phenylamino)Piperidine-1-Carboxylate",
     boc4ap, "125541-22-2", "nodash", 27500, "Kilogram", {"Purity": "99%", "Other Name": "Intermediate B-4"},
     "White powder, 1 kg aluminium bag.",
     [("mislabel", "Invoice and packing list can show 'organic intermediate' as description, as per buyer requirement.")],
     "pharmaceutical-intermediates"),
    (7012205, "mumbai-fine-chem", "norfentanyl-reference-standard", "Norfentanyl Reference Standard 100 mg", norfent,
     "1609-66-1", "dash", 8500, "Piece", {"Purity": ">98%"}, "For forensic laboratories.", [], "laboratory-chemicals"),
    (7012206, "mumbai-fine-chem", "tetrahydrofuran-thf", "Tetrahydrofuran (THF)", thf, "109-99-9", "dash", 210,
     "Kilogram", {"Purity": "99.5%"}, "Stabilised with BHT.", [], "laboratory-chemicals"),
    (7012301, "sai-research-chem", "metonitazene-powder", "Met0nitazene Powder", metonit, "14680-51-4", "dash", 210000,
     "Kilogram", {"Purity": "99%", "Form": "Powder"}, "Research use only.",
     [("reship", "If the parcel is seized by customs we reship once at no cost.")], "research-chemicals"),
    (7012302, "sai-research-chem", "butonitazene-hcl", "Butonitazene HCl", butonit, "95810-54-1", "dash", 195000,
     "Kilogram", {"Purity": "99%"}, "Yellow powder.", [], "research-chemicals"),
    (7012303, "sai-research-chem", "butoxy-benzimidazole-diethylethanamine",
     "N,N-Diethyl-2-[2-[(4-butoxyphenyl)methyl]-1H-benzimidazol-1-yl]ethanamine", nn_butdes, None, None, 230000,
     "Kilogram", {"Purity": "98%"}, "New research compound, structure elucidated by NMR.", [], "research-chemicals"),
    (7012304, "sai-research-chem", "isovaleryl-fentanyl-research", "Isovaleryl Fentanyl (research)", nf_isoval, None,
     None, 250000, "Kilogram", {"Purity": "99%"}, "3-Methyl-N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]butanamide.",
     [("stealth", "Vacuum sealed mylar bag, smell proof, inside a shoe box.")], "research-chemicals"),
    (7012305, "sai-research-chem", "caffeine-anhydrous-bp", "Caffeine Anhydrous BP", caffeine, "58-08-2", "dash", 1100,
     "Kilogram", {"Grade": "BP"}, "Bulk caffeine.", [], "laboratory-chemicals"),
]
HINDI = {7012001: ("एन-फेनेथिल-4-पिपेरिडोन (NPP) पाउडर", "हल्का पीला क्रिस्टलीय पाउडर, फार्मा इंटरमीडिएट।",
                   [("customs", "अमेरिका और मेक्सिको के लिए कस्टम क्लीयरेंस सहित डोर-टू-डोर डिलीवरी हमारी ज़िम्मेदारी है।")]),
         7012101: ("ज़ाइलाज़ीन हाइड्रोक्लोराइड एपीआई (IP Vet)", "पशु चिकित्सा शामक एपीआई। केवल वैध आयात लाइसेंस पर निर्यात।", []),
         7012305: ("कैफ़ीन एनहाइड्रस BP", "थोक कैफ़ीन, 25 किलो ड्रम।", [])}
KW = {"pharmaceutical-intermediates": "Pharmaceutical Intermediates", "laboratory-chemicals": "Laboratory Chemicals",
      "veterinary-api": "Veterinary API", "research-chemicals": "Research Chemicals"}
TOP = ["4-ANPP Powder", "NPP Chemical", "Xylazine HCl", "Fentanyl Powder", "Protonitazene", "1-Boc-4-Piperidone",
       "Caffeine Anhydrous", "Sodium Borohydride", "Isotonitazene", "Ketamine HCl"]
LEADS = [
    (88001, "require-4-anpp-10-kg-mexico", "Require 4-ANPP 10 Kg", "Mexico", "10 Kilogram",
     "We are looking for 4-ANPP, CAS No. 21409-26-7, purity above 99%. Supplier must arrange customs clearance and "
     "discreet packing. Payment by TT after sample approval.", [("21409-26-7", "dash")]),
    (88002, "buy-xylazine-hcl-api-puerto-rico", "Buy Requirement: Xylazine HCl API 50 Kg", "Puerto Rico", "50 Kilogram",
     "Need Xylazine Hydrochloride, CAS 23076-35-9, USP grade with DMF and COA.", [(XYL_HCL, "dash")]),
    (88003, "caffeine-anhydrous-500-kg", "Looking for Caffeine Anhydrous 500 Kg", "Nigeria", "500 Kilogram",
     "Caffeine anhydrous BP (CAS 58-08-2), 25 kg drums, CIF Lagos.", [("58-08-2", "dash")]),
    (88004, "requirement-1-boc-4-piperidone-25-kg", "Requirement of 1-Boc-4-Piperidone 25 Kg", "Canada", "25 Kilogram",
     "Require N-Boc-4-piperidone, CAS 79099 07 3, monthly 25 kg.", [("79099-07-3", "space")]),
]


def head(title, lang="en"):
    return ("<!DOCTYPE html><html lang='%s'><head><meta charset='UTF-8'><title>%s</title>"
            "<meta name='viewport' content='width=device-width,initial-scale=1'><link rel='stylesheet' href='/css/ei-main.css'>"
            "<script src='/js/jquery.min.js'></script><script>var EI={page:'pdp'};</script></head><body>"
            "<header class='hdr'><div class='hdr-top'><a class='logo' href='/'>BharatExporters</a>"
            "<form class='srch' action='/search.php'><input name='ss' placeholder='Enter product / service to search'></form>"
            "<a class='post-req' href='/members/post-buy-requirement.htm'>Post Buy Requirement</a> "
            "<a href='/members/login.htm'>Sign In</a> <a href='/hi/'>हिंदी</a></div>"
            "<nav class='cat-nav'>%s<a href='/buy-leads/'>Buy Leads</a> <a href='/trade-shows/calendar/2026-12'>Trade Shows</a></nav></header>"
            "<div class='cookie-consent'>This site uses cookies. <a href='/privacy.htm'>Learn more</a> <button>Accept</button></div>"
            "<main class='wrapper'>") % (lang, esc(title), "".join("<a href='/indian-suppliers/%s.htm'>%s</a> " % (k, v)
                                                                    for k, v in KW.items()))


def top_searches():
    return ("<div class='top-searches'><h3>Top Searches</h3><ul>%s</ul></div>" %
            "".join("<li><a href='/indian-suppliers/%s.htm'>%s</a></li>" % (
                "research-chemicals" if i % 3 == 0 else "pharmaceutical-intermediates", esc(x)) for i, x in enumerate(TOP)))


FOOT = ("</main><footer class='ftr'><ul><li><a href='/about-us.htm'>About Us</a></li><li><a href='/privacy.htm'>Privacy</a></li>"
        "<li><a href='/members/'>My Account</a></li></ul><p>Copyright © 1997-2026 BharatExporters. All rights reserved.</p>"
        "<p class='disclaimer'>BharatExporters is an online B2B platform; we do not verify the legality of every listing.</p></footer>"
        "<script src='/js/ei-lazy.js'></script></body></html>")


def build():
    s = Site(SITE, "b2b-portal")
    s.robots = ("User-agent: *\nDisallow: /enquiry/\nDisallow: /members/\nDisallow: /cgi-bin/\nDisallow: /search.php\n"
                "Crawl-delay: 1\n")
    s.disallow = ["/enquiry/", "/members/", "/cgi-bin/", "/search.php"]
    s.rate_limit = 25
    s.trap_prefix = "/trade-shows/calendar/"
    s.junk_params = ["utm_source", "utm_medium", "utm_campaign", "sort", "sid", "ref", "srchtyp", "frmpg", "pos"]
    byid = {p[0]: p for p in PR}

    def url(p):
        return "/product-detail/%s-%d.htm" % (p[2], p[0])

    def inr(v, unit):
        return "₹ {:,} / {}".format(v, unit)

    def card(p, show_cas=True):
        co = CO[p[1]]
        return ("<li class='prd-card'><div class='prd-img'><a href='%s?frmpg=list&pos=%d'><img src='/img/pd/%d.png' alt='%s'></a></div>"
                "<div class='prd-info'><h2 class='prd-name'><a href='%s'>%s</a></h2><p class='prd-price'>%s</p>"
                "%s<p class='com-name'><a href='/%s/'>%s</a></p><p class='com-loc'>%s</p>"
                "<a class='btn-send-enquiry enquiry-btn' href='/enquiry/%d'>Send Enquiry</a></div></li>" % (
                    url(p), p[0] % 50, p[0], esc(p[3]), url(p), esc(p[3]), inr(p[7], p[8]),
                    ("<p class='prd-cas'>CAS No : %s</p>" % cas_show(p[5], p[6])) if (show_cas and p[5]) else "",
                    p[1], esc(co[0]), esc(co[1]), p[0]))

    def card_truth(p, t, show_cas=True):
        t.offer(p[4], p[5] if show_cas else None)

    # ---------------- home
    feat = [byid[7012305], byid[7012103], byid[7012201]]
    s.add(plain("/", head("BharatExporters - Indian Manufacturers, Suppliers & Exporters") +
                "<section class='hero'><h1>Find Indian Suppliers</h1></section><section class='featured-suppliers'><h2>Featured Suppliers</h2>"
                + "".join("<a class='fs-card' href='/%s/'>%s</a>" % (k, esc(v[0])) for k, v in CO.items()) +
                "</section><section class='featured-products'><h2>Trending Products</h2><ul>%s</ul></section>%s" % (
                    "".join("<li><a href='/pd/%d'>%s</a></li>" % (p[0], esc(p[3])) for p in feat), top_searches()) + FOOT))
    for p in PR:
        s.redirects["/pd/%d" % p[0]] = url(p)

    # ---------------- keyword listing pages (cards show CAS when the supplier filled it in)
    for kw, kname in KW.items():
        items = [p for p in PR if p[12] == kw]
        pages = paginate(items, 6)
        for pi, chunk in enumerate(pages, 1):
            t = T()
            for p in chunk:
                card_truth(p, t)
            path = "/indian-suppliers/%s.htm" % kw + ("?page=%d" % pi if pi > 1 else "")
            pager = "".join("<a href='/indian-suppliers/%s.htm%s'>%d</a> " % (kw, ("?page=%d" % k) if k > 1 else "", k)
                            for k in range(1, len(pages) + 1)) if len(pages) > 1 else ""
            s.add(t.page(path, head("%s Manufacturers & Suppliers in India" % kname) +
                         "<h1 class='lst-hd'>%s <span>Manufacturers, Suppliers &amp; Exporters</span></h1>"
                         "<div class='filter'><a href='/indian-suppliers/%s.htm?sort=price&srchtyp=kw'>Price</a></div>"
                         "<ul class='prd-list'>%s</ul><div class='pagination'>%s</div>%s" % (
                             esc(kname), kw, "".join(card(p) for p in chunk), pager, top_searches()) + FOOT, True))

    # ---------------- product detail pages
    for p in PR:
        pid, ck, slug, name, sub, cas, style, price, unit, extra, desc, claims, kw = p
        co = CO[ck]
        t = T().offer(sub, cas).claim(*[k for k, _ in claims])
        rows = [("Product Name", name)] + ([("CAS No", cas_show(cas, style))] if cas else []) + list(extra.items()) + [
            ("Packaging Size", "1 kg, 5 kg, 25 kg"), ("Minimum Order Quantity", "1 %s" % unit),
            ("Country of Origin", "Made in India")]
        table = "".join("<tr><td class='tdwdt'>%s</td><td class='tdwdt1'>%s</td></tr>" % (esc(a), esc(b)) for a, b in rows)
        related = [x for x in PR if x[1] == ck and x[0] != pid][:4]
        rel = ("<section class='related-products'><h3>Related Products</h3><ul>%s</ul></section>" %
               "".join("<li><a href='/pd/%d'>%s</a><span>%s</span></li>" % (x[0], esc(x[3]), inr(x[7], x[8])) for x in related))
        hi = ("<a class='lang-hi' href='/hi/product-detail/%s-%d.htm'>हिंदी में देखें</a>" % (slug, pid)) if pid in HINDI else ""
        body = (head("%s at Best Price in %s | %s" % (name, co[1].split(",")[0], co[0])) +
                "<ul class='breadcrumb'><li><a href='/'>Home</a></li><li><a href='/indian-suppliers/%s.htm'>%s</a></li></ul>"
                "<div class='pdp-wrap'><div class='pdp-gallery'><img src='/img/pd/%d.png' alt=''></div><div class='pdp-info'>"
                "<h1 class='pdp-title'>%s</h1><p class='pdp-price'>%s <a href='/enquiry/%d?type=price'>Get Latest Price</a></p>"
                "<div class='pd-details'><h2>Product Details</h2><table class='pdp-specification'>%s</table></div>"
                "<div class='pdp-desc'><p>%s</p>%s</div>"
                "<a class='btn-send-enquiry' href='/enquiry/%d'>Send Enquiry</a> <a class='btn-call' href='/members/call/%d'>Call Now</a>%s"
                "</div><aside class='com-box'><a class='com-name' href='/%s/'>%s</a><p>%s · %s · Since %d</p>"
                "<a href='/%s/products.htm'>View all products</a></aside></div>%s%s" % (
                    kw, KW[kw], pid, esc(name), inr(price, unit), pid, table, esc(desc),
                    "".join("<p>%s</p>" % esc(x) for _, x in claims), pid, pid, hi, ck, esc(co[0]), esc(co[1]), co[2], co[3],
                    ck, rel, top_searches()) + FOOT)
        s.add(t.page(url(p), body, True))
        s.add(plain("/img/pd/%d.png" % pid, tiny_png(pid % 211), ctype="image/png"))
        if pid % 4 == 0:
            s.flaky.add(url(p))
    # Hindi product pages
    for pid, (hname, hdesc, hclaims) in HINDI.items():
        p = byid[pid]
        t = T().offer(p[4], p[5]).claim(*[k for k, _ in hclaims])
        rows = [("उत्पाद का नाम", "%s / %s" % (hname, p[3])), ("CAS नंबर", cas_show(p[5], p[6])),
                ("न्यूनतम ऑर्डर मात्रा", "1 किलोग्राम"), ("मूल देश", "भारत में निर्मित")]
        s.add(t.page("/hi/product-detail/%s-%d.htm" % (p[2], pid), head(hname, "hi") +
                     "<div class='pdp-wrap'><h1 class='pdp-title'>%s</h1><p class='pdp-price'>%s</p><div class='pd-details'>"
                     "<h2>उत्पाद विवरण</h2><table class='pdp-specification'>%s</table></div><p>%s</p>%s"
                     "<a class='btn-send-enquiry' href='/enquiry/%d'>पूछताछ भेजें</a> <a href='%s'>English</a>"
                     "<p class='com-name'><a href='/%s/'>%s</a></p></div>%s" % (
                         esc(hname), inr(p[7], "किलोग्राम"), "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in rows),
                         esc(hdesc), "".join("<p>%s</p>" % esc(x) for _, x in hclaims), pid, url(p), p[1], esc(CO[p[1]][0]),
                         top_searches()) + FOOT, True))
    s.add(plain("/hi/", head("भारतीय निर्माता और आपूर्तिकर्ता", "hi") + "<h1>भारतीय निर्माता और आपूर्तिकर्ता</h1><ul>" +
                "".join("<li><a href='/hi/product-detail/%s-%d.htm'>%s</a></li>" % (byid[i][2], i, esc(h[0])) for i, h in HINDI.items())
                + "</ul>" + FOOT))

    # ---------------- supplier minisites
    for ck, (cname, loc, kind, since, about, kinds) in CO.items():
        mine = [p for p in PR if p[1] == ck]
        t = T().claim(*kinds)
        for p in mine[:3]:
            t.offer(p[4])     # "Our Products" strip: names and prices, no CAS
        s.add(t.page("/%s/" % ck, head("%s, %s - %s" % (cname, loc, kind)) +
                     "<div class='ms-header'><h1 class='com-name'>%s</h1><p>%s · %s · GST verified · Since %d</p>"
                     "<nav class='ms-nav'><a href='/%s/'>Home</a> <a href='/%s/products.htm'>Products</a> <a href='/%s/contact-us.htm'>Contact</a></nav></div>"
                     "<section class='ms-about'><h2>About Us</h2><p>%s</p></section><section class='ms-products'><h2>Our Products</h2><ul>%s</ul>"
                     "<a href='/%s/products.htm'>View All</a></section>" % (
                         esc(cname), esc(kind), esc(loc), since, ck, ck, ck, esc(about),
                         "".join("<li><a href='%s'>%s</a> %s</li>" % (url(p), esc(p[3]), inr(p[7], p[8])) for p in mine[:3]), ck)
                     + FOOT, True))
        s.redirects["/%s/index.html" % ck] = "/%s/" % ck
        pages = paginate(mine, 4)
        for pi, chunk in enumerate(pages, 1):
            t = T()
            for p in chunk:
                card_truth(p, t)
            path = "/%s/products.htm" % ck + ("?page=%d" % pi if pi > 1 else "")
            pager = "".join("<a href='/%s/products.htm%s'>%d</a> " % (ck, ("?page=%d" % k) if k > 1 else "", k)
                            for k in range(1, len(pages) + 1)) if len(pages) > 1 else ""
            s.add(t.page(path, head("Products - " + cname) + "<h1>%s — Product Gallery</h1><ul class='prod-gallery prd-list'>%s</ul>"
                         "<div class='pagination'>%s</div>" % (esc(cname), "".join(card(p) for p in chunk), pager) + FOOT, True))
        s.add(plain("/%s/contact-us.htm" % ck, head("Contact " + cname) + "<h1>Contact Us</h1><p>%s<br>%s</p>"
                    "<a class='btn-send-enquiry' href='/enquiry/co/%s'>Send Enquiry</a>" % (esc(cname), esc(loc), ck) + FOOT))

    # ---------------- buy leads: requests, not offers (CAS in them is product context)
    t = T()
    s.add(plain("/buy-leads/", head("Latest Buy Leads") + "<h1>Latest Buy Requirements</h1><ul class='bl-list'>" +
                "".join("<li class='bl-card'><a href='/buy-leads/%s-%d.htm'>%s</a><span class='bl-qty'>Quantity: %s</span>"
                        "<span class='bl-country'>%s</span></li>" % (l[1], l[0], esc(l[2]), l[4], l[3]) for l in LEADS)
                + "</ul>" + FOOT, listing=True))
    for l in LEADS:
        t = T()
        for c, st in l[6]:
            t.add_cas(c)
        path = "/buy-leads/%s-%d.htm" % (l[1], l[0])
        CAS_WITHOUT_OFFER.add((SITE, path))
        s.add(t.page(path, head(l[2]) + "<div class='bl-detail'><h1>%s</h1><table class='bl-tbl'><tr><td>Quantity</td><td>%s</td></tr>"
                     "<tr><td>Buyer Country</td><td>%s</td></tr></table><p class='bl-desc'>%s</p>"
                     "<a class='btn-contact-buyer' href='/members/contact-buyer/%d'>Contact Buyer</a></div>" % (
                         esc(l[2]), l[4], l[3], esc(l[5]), l[0]) + FOOT, True))
    s.add(plain("/about-us.htm", head("About BharatExporters") + "<h1>About Us</h1><p>India's B2B marketplace since 1997. "
                "Listings of narcotic drugs, psychotropic substances and controlled precursors (NDPS Act) are prohibited "
                "and removed on notice.</p>" + FOOT))
    s.add(plain("/privacy.htm", head("Privacy Policy") + "<h1>Privacy Policy</h1><p>We store enquiries for 2 years.</p>" + FOOT))
    # robots-forbidden: an enquiry form prefilled with an offer
    s.add(T().offer(fentanyl, "437-38-7").page("/enquiry/7019999", head("Send Enquiry") +
                                               "<form><p>Product: Fentanyl Powder 99% (CAS 437-38-7)</p></form>" + FOOT, True))
    s.add(plain("/css/ei-main.css", ".prd-card{float:left}", ctype="text/css"))
    s.add(plain("/js/jquery.min.js", "/*! jQuery v3.7.1 */", ctype="application/javascript"))
    s.add(plain("/js/ei-lazy.js", "document.querySelectorAll('img');", ctype="application/javascript"))
    return s
