"""World w6: six simulated sites of six different families.

orientsource   Made-in-China-like B2B portal: hot-search box and a "recommended" rail repeated
               site-wide, category grids, product pages with description/company/shipping tabs,
               supplier mini-sites with Home / Products / Contact tabs, buying requests, a news
               notice, /p/N redirects, robots-forbidden search and inquiry areas, a trade-fair
               calendar trap, rate limit.
nordchem       OpenCart research-chemical shop (index.php?route=...&product_id=N), site-wide
               "Bestsellers" sidebar, reviews praising stealth, a delivery-information page with
               German/English policy claims, SEO redirects, flaky 503s, test strips and reagent kits.
tortuga        darknet market: multi-vendor, listing tabs (details / terms / feedback), vendor
               profile tabs, a per-response session token "rtk" in every link, rules and FAQ pages
               naming banned items, M30 "blues" and "0% fent" listings, Russian-language vendor.
hgbbs          Chinese Discuz-style forum served as GBK: 供应 / 求购 / 新闻 boards, simplified and
               traditional script, Chinese names that contain shorter names, a seller's offer
               inside a buying-request thread, rewrite-URL redirects, robots-forbidden user space.
tgpreview      Telegram t.me/s/ channel web preview: two channels, feed pages with ?before=N,
               single-post pages, offers with USDT/BTC/XMR prices and contacts, obfuscated names
               (Cyrillic, Greek, math-bold), forwarded posts from another vendor, non-offer posts.
checkpoint     drug-checking / harm-reduction service (hard negative): alerts with lab-result
               tables and CAS numbers, a results database, a reproduced scheduling notice with a
               CAS table, a Spanish alert in windows-1252, and a shop of test strips, naloxone and
               reagent kits (benign listings).
"""
import random
import re
from urllib.parse import urlencode

from marketsim import Site, Page, S, NOVEL, BENIGN, esc, paginate, rng, tiny_png

FENT, NITA = "fentanyl", "nitazene"


def valid_cas(c):
    if not c or not re.fullmatch(r"\d{2,7}-\d{2}-\d", c):
        return False
    a, b, k = c.split("-")
    d = a + b
    return sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10 == int(k)


def casset(*cs):
    out = set()
    for c in cs:
        if c:
            assert valid_cas(c), c
            out.add(c)
    return out


# ---------------------------------------------------------------- substances (truth keys)
fentanyl = S("437-38-7", "Fentanyl", cls=FENT)
carfent = S("59708-52-0", "Carfentanil", cls=FENT)
npp = S("39742-60-4", "NPP", "N-Phenethyl-4-piperidone")
anpp = S("21409-26-7", "4-ANPP")
ap4 = S("23056-29-3", "4-AP", "4-Anilinopiperidine")
boc4ap = S("125541-22-2", "1-Boc-4-AP")
pip4 = S("41661-47-6", "4-Piperidone")
bocpip = S("79099-07-3", "1-Boc-4-piperidone")
protonit = S("95958-84-2", "Protonitazene", cls=NITA)
metonit = S("14680-51-4", "Metonitazene", cls=NITA)
isotonit = S("14188-81-9", "Isotonitazene", cls=NITA)
etonitazepyne = S("2785346-75-8", "Etonitazepyne", cls=NITA)
bromazolam = S("71368-80-4", "Bromazolam")
flualp = S("28910-91-0", "Flualprazolam")
map237 = S("98608-61-8", "2-Methyl-AP-237")
oxycodone = S("76-42-6", "Oxycodone")
cocaine = S("50-36-2", "Cocaine")
amphet = S("300-62-9", "Amphetamine")
xylazine = S("7361-61-7", "Xylazine")
pseudo = S("90-82-4", "Pseudoephedrine")
bmkga = S("25547-51-7", "BMK glycidic acid")
pmkgly = S("13605-48-6", "PMK methyl glycidate")
# analogues on no list by name (class rules only)
n_pmeo_fent = NOVEL(FENT, "para-Methoxyfentanyl",
                    "N-(4-methoxyphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide")
n_o_me_acetyl = NOVEL(FENT, "ortho-Methylacetylfentanyl")   # ring-substituted acetylfentanyl
n_m_ff = NOVEL(FENT, "meta-Fluorofentanyl", "3-Fluorofentanyl")
n_flunit = NOVEL(NITA, "Flunitazene",
                 "N,N-diethyl-2-[2-(4-fluorobenzyl)-5-nitro-1H-benzimidazol-1-yl]ethanamine")
n_isopyne = NOVEL(NITA, "N-Pyrrolidino isotonitazene", "Isotonitazepyne")

K = lambda *subs: {s.key for s in subs}


class TokPage(Page):
    """A page whose every link carries a fresh random session token on each response."""
    MARK = "@@RTK@@"

    def __init__(self, path, tpl, **kw):
        super().__init__(path, b"", **kw)
        self.tpl = tpl
        self._r = random.SystemRandom()

    @property
    def body(self):
        t = self.tpl
        out = []
        parts = t.split(self.MARK)
        for i, p in enumerate(parts):
            out.append(p)
            if i < len(parts) - 1:
                out.append("%016x" % self._r.getrandbits(64))
        return "".join(out).encode("utf-8")

    @body.setter
    def body(self, v):
        pass


# ================================================================ 1. orientsource (B2B portal)

def orientsource():
    s = Site("orientsource", "b2b-portal")
    s.robots = ("User-agent: *\nDisallow: /search\nDisallow: /inquiry/\nDisallow: /member/\n"
                "Crawl-delay: 0\n\nUser-agent: AhrefsBot\nDisallow: /\n")
    s.disallow = ["/search", "/inquiry/", "/member/"]
    s.rate_limit = 20
    s.trap_prefix = "/expo/"
    s.junk_params += ["spm", "from"]

    V = {
        "jinsheng": ("Hubei Jinsheng Pharmaceutical Intermediates Co., Ltd.", "Wuhan, Hubei",
                     "Manufacturer/Factory & Trading Company", "2011",
                     ["Sales: Ms. Cherry Liu", "WhatsApp/WeChat: +86 186 0271 3390",
                      "Email: cherry@jinsheng-pharm.example"]),
        "ruiqi": ("Shijiazhuang Ruiqi Trading Co., Ltd.", "Shijiazhuang, Hebei", "Trading Company", "2016",
                  ["Contact: Mr. Kevin Zhao", "Telegram: @ruiqi_kevin", "Wickr: ruiqichem",
                   "Email: kevin@ruiqi-trade.example"]),
        "kangyuan": ("Zhengzhou Kangyuan Food Additives Co., Ltd.", "Zhengzhou, Henan",
                     "Manufacturer/Factory", "2004",
                     ["Tel: +86 371 6588 2210", "Email: export@kangyuan-food.example"]),
        "xinyao": ("Guangzhou Xinyao Bio-Tech Co., Ltd.", "Guangzhou, Guangdong", "Trading Company", "2019",
                   ["Sales: Anna Wu", "WhatsApp: +86 135 7046 8821", "Signal: +86 135 7046 8821"]),
    }
    C = {  # supplier claim sentences, by kind
        "customs": "We are responsible for customs clearance: DDP door-to-door line, the buyer pays no duty and signs no paperwork.",
        "customs2": "Clearance pass rate 99%, our own broker handles the declaration at the destination port.",
        "forwarding": "For US and Canada buyers the goods go first to our Mexico warehouse and are then delivered by local courier.",
        "forwarding2": "Stock in our Rotterdam and Warsaw warehouses; EU orders travel as domestic parcels.",
        "mislabel": "On the commercial invoice and the airway bill we declare the goods as 'plant extract powder'.",
        "reship": "If the parcel is held or confiscated by customs, we send a second parcel free of charge.",
        "stealth": "Neutral packing: the powder is sealed inside foil bags packed in tea tins, nothing on the box shows it is a chemical.",
    }
    items = [
        # id, sub, title, shown CAS, vendor, claim keys, category, price
        (1001, bocpip, "Factory Supply 1-Boc-4-Piperidone (tert-Butyl 4-oxopiperidine-1-carboxylate) 99% Powder",
         "79099-07-3", "jinsheng", ["customs", "reship"], "pharm", "US$ 35-60 / kg", "1 kg"),
        (1002, npp, "High Purity N-Phenethyl-4-piperidone (NPP) 99% White Crystal",
         "39742-60-4", "jinsheng", ["forwarding", "mislabel"], "pharm", "US$ 120-180 / kg", "100 g"),
        (1003, ap4, "4-Anilinopiperidine / N-Phenylpiperidin-4-amine Pharmaceutical Intermediate",
         "23056-29-3", "ruiqi", ["reship"], "pharm", "US$ 90-150 / kg", "500 g"),
        (1004, boc4ap, "tert-Butyl 4-(phenylamino)piperidine-1-carboxylate 98% Fast Delivery",
         "125541-22-2", "ruiqi", ["stealth", "customs2"], "pharm", "US$ 200-260 / kg", "1 kg"),
        (1005, pip4, "4-Piperidone Hydrochloride Organic Intermediate in Stock",
         "41661-47-6", "jinsheng", [], "pharm", "US$ 40-55 / kg", "25 kg"),
        (1006, n_pmeo_fent, "Custom Synthesis N-(4-methoxyphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide",
         None, "ruiqi", ["stealth"], "pharm", "US$ 1,800-2,500 / kg", "10 g"),
        (1007, bmkga, "New BMK Glycidic Acid (Sodium Salt) Powder 99%",
         "25547-51-7", "xinyao", ["forwarding2"], "pharm", "US$ 15-30 / kg", "1 kg"),
        (1008, pmkgly, "PMK Methyl Glycidate Oil / Powder High Yield",
         "13605-48-6", "xinyao", ["stealth", "reship"], "pharm", "US$ 20-45 / kg", "1 kg"),
        (1009, xylazine, "Veterinary Raw Material Xylazine Hydrochloride Powder",
         "23076-35-9", "xinyao", ["customs"], "pharm", "US$ 60-95 / kg", "1 kg"),
        (1010, BENIGN("137-58-6", "Lidocaine"), "Lidocaine Base Powder USP Grade",
         "137-58-6", "xinyao", [], "pharm", "US$ 25-40 / kg", "1 kg"),
        (1011, BENIGN("532-32-1", "Sodium benzoate"), "Food Grade Sodium Benzoate Granular Preservative",
         "532-32-1", "kangyuan", [], "food", "US$ 1.1-1.6 / kg", "1 ton"),
        (1012, BENIGN("58-08-2", "Caffeine"), "Caffeine Anhydrous Powder 80 Mesh BP/USP",
         "58-08-2", "kangyuan", [], "food", "US$ 9-14 / kg", "25 kg"),
        (1013, BENIGN("56-40-6", "Glycine"), "Glycine Feed Grade / Food Grade 98.5%",
         "56-40-6", "kangyuan", [], "food", "US$ 1.8-2.5 / kg", "500 kg"),
        (1014, BENIGN("557-04-0", "Magnesium stearate"), "Magnesium Stearate Pharmaceutical Excipient",
         "557-04-0", "kangyuan", [], "food", "US$ 2.2-3.0 / kg", "100 kg"),
        (1015, BENIGN("13463-67-7", "Titanium dioxide"), "Titanium Dioxide Rutile R-996 for Coatings",
         "13463-67-7", "kangyuan", [], "food", "US$ 2.4-2.9 / kg", "1 ton"),
    ]
    byid = {it[0]: it for it in items}

    def slug(t):
        return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")[:60]

    url = {it[0]: "/product/%s_%d.html" % (slug(it[2]), it[0]) for it in items}
    for iid, u in url.items():
        s.redirects["/p/%d" % iid] = u
    rail_ids = [1001, 1002, 1008]
    hot = ["NPP", "4-ANPP", "Protonitazene", "79099-07-3", "BMK powder", "Caffeine", "PMK oil"]

    def head(title, canon=""):
        rail = "".join(
            "<li class='rec-item'><a href='/p/%d'><img src='/img/p%d.png' alt=''><span class='rec-name'>%s</span></a>"
            "<span class='rec-cas'>CAS: %s</span><span class='rec-price'>%s</span></li>"
            % (i, i, esc(byid[i][2][:48]), byid[i][3], byid[i][7]) for i in rail_ids)
        return (
            "<!DOCTYPE html><html lang='en'><head><meta charset='UTF-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            "<title>%s - OrientSource.example</title>%s"
            "<link rel='stylesheet' href='/static/os-common.css'>"
            "<script>var _osq=_osq||[];_osq.push(['trackPageView']);window.OS_CONF={lang:'en',cur:'USD'};</script>"
            "</head><body class='os-page'>"
            "<div id='cookie-consent' class='cookie-bar'>We use cookies to improve your experience. "
            "<button class='js-accept'>Accept</button> <a href='/about/privacy.html'>Privacy policy</a></div>"
            "<div class='top-bar'><div class='wrap'><a href='/member/login'>Sign In</a> | <a href='/member/join'>Join Free</a>"
            " | <a href='/sourcing/buying-requests.html'>Post Buying Request</a> | <a href='/expo/2026-11'>Trade Shows</a>"
            " | <span class='lang'>English</span></div></div>"
            "<div class='header'><div class='wrap'><a class='logo' href='/'>OrientSource<small>.example</small></a>"
            "<form class='search-box' action='/search' method='get'><select name='type'><option>Products</option>"
            "<option>Suppliers</option></select><input name='word' placeholder='What are you looking for...'>"
            "<button>Search</button></form>"
            "<div class='hot-words'><span>Hot Searches:</span> %s</div></div></div>"
            "<div class='nav'><div class='wrap'><ul class='cate-nav'>"
            "<li><a href='/'>Home</a></li>"
            "<li class='has-sub'><a href='/category/pharmaceutical-intermediates-1.html'>Pharmaceutical Intermediates</a>"
            "<ul class='sub'><li><a href='/category/pharmaceutical-intermediates-1.html'>Heterocyclic compounds</a></li>"
            "<li><a href='/category/pharmaceutical-intermediates-2.html'>API &amp; Veterinary raw materials</a></li></ul></li>"
            "<li><a href='/category/food-feed-additives-1.html'>Food &amp; Feed Additives</a></li>"
            "<li><a href='/suppliers/'>Suppliers</a></li>"
            "<li><a href='/news/'>Industry News</a></li></ul></div></div>"
            "<div class='wrap main'>"
            "<aside class='rec-rail'><h3>Recommended Products</h3><ul>%s</ul></aside><div class='content'>"
        ) % (esc(title), ("<link rel='canonical' href='%s'>" % canon) if canon else "",
             " ".join("<a href='/search?word=%s'>%s</a>" % (esc(h.replace(' ', '+')), esc(h)) for h in hot), rail)

    foot = ("</div></div><div class='footer'><div class='wrap'>"
            "<dl><dt>Buyer Services</dt><dd><a href='/sourcing/buying-requests.html'>Buying Requests</a></dd>"
            "<dd><a href='/about/trade-assurance.html'>Trade Assurance</a></dd></dl>"
            "<dl><dt>Supplier Services</dt><dd><a href='/member/join'>Join as Supplier</a></dd>"
            "<dd><a href='/member/ads'>Advertising</a></dd></dl>"
            "<dl><dt>About</dt><dd><a href='/about/'>About OrientSource</a></dd>"
            "<dd><a href='/about/privacy.html'>Privacy</a></dd><dd><a href='/news/'>News</a></dd></dl>"
            "<p class='copy'>Copyright &copy; 2009-2026 OrientSource.example. All rights reserved. "
            "Information on products is provided by the suppliers; OrientSource does not verify it.</p>"
            "</div></div><script src='/static/os-common.js'></script></body></html>")

    s.add(Page("/static/os-common.css", ".rec-rail{float:right;width:220px}.prod-card{display:inline-block}",
               ctype="text/css"))
    s.add(Page("/static/os-common.js", "document.querySelectorAll('.js-accept').forEach(function(b){b.onclick=function(){}});",
               ctype="application/javascript"))
    for it in items:
        s.add(Page("/img/p%d.png" % it[0], tiny_png(it[0]), ctype="image/png"))

    def card(it):
        iid, sub, title, cas, vk, cl, cat, price, moq = it
        return ("<div class='prod-card' data-pid='%d'><a class='pic' href='/p/%d'><img src='/img/p%d.png' alt='%s'></a>"
                "<h2 class='prod-title'><a href='/p/%d' title='%s'>%s</a></h2>"
                "<ul class='prod-attr'>%s<li>Purity: 99%%</li></ul>"
                "<div class='prod-price'><strong>%s</strong></div><div class='prod-moq'>%s (MOQ)</div>"
                "<div class='prod-company'><a href='/company/%s/'>%s</a> <span class='icon-audited'>Audited Supplier</span></div>"
                "<a class='btn-contact' href='/inquiry/send?pid=%d'>Contact Now</a></div>"
                % (iid, iid, iid, esc(title), iid, esc(title), esc(title),
                   ("<li>CAS No.: %s</li>" % cas) if cas else "<li>CAS No.: custom</li>",
                   esc(price), esc(moq), vk, esc(V[vk][0]), iid))

    def truth_of(its):
        return ({it[1].key for it in its if it[1].key}, casset(*[it[3] for it in its]))

    # home
    s.add(Page("/", head("Chemicals from China - Manufacturers, Suppliers") +
               "<div class='banner'><h1>Source quality chemicals from verified Chinese manufacturers</h1>"
               "<p>Over 12,000 audited suppliers. Trade Assurance protects your orders.</p></div>"
               "<section class='cate-block'><h2>Browse by category</h2><ul>"
               "<li><a href='/category/pharmaceutical-intermediates-1.html'>Pharmaceutical Intermediates</a> (2,311)</li>"
               "<li><a href='/category/food-feed-additives-1.html'>Food &amp; Feed Additives</a> (1,870)</li></ul></section>"
               "<section class='sup-block'><h2>Featured suppliers</h2><ul>%s</ul></section>"
               "<section class='news-block'><h2>Industry news</h2><a href='/news/precursor-control-2026.html'>"
               "Two piperidone intermediates added to precursor control list</a></section>"
               % "".join("<li><a href='/company/%s/'>%s</a> - %s</li>" % (k, esc(v[0]), esc(v[1])) for k, v in V.items())
               + foot))

    cats = [("pharmaceutical-intermediates", [it for it in items if it[6] == "pharm"], 6, "Pharmaceutical Intermediates"),
            ("food-feed-additives", [it for it in items if it[6] == "food"], 6, "Food & Feed Additives")]
    for cslug, its, per, cname in cats:
        pages = paginate(its, per)
        for pi, chunk in enumerate(pages, 1):
            hits, cas = truth_of(chunk)
            pager = " ".join(("<a href='/category/%s-%d.html'>%d</a>" % (cslug, k, k)) if k != pi else "<span>%d</span>" % k
                             for k in range(1, len(pages) + 1))
            sortbar = ("<div class='sort-bar'>Sort: <a href='/category/%s-%d.html?sort=price'>Price</a> "
                       "<a href='/category/%s-%d.html?from=hot&amp;spm=a2.%d'>Popular</a></div>" % (cslug, pi, cslug, pi, pi))
            s.add(Page("/category/%s-%d.html" % (cslug, pi),
                       head("%s - page %d" % (cname, pi)) +
                       "<div class='crumb'><a href='/'>Home</a> &gt; %s</div><h1>%s</h1>%s<div class='prod-list'>%s</div>"
                       "<div class='pager'>%s</div>" % (esc(cname), esc(cname), sortbar, "".join(card(it) for it in chunk), pager)
                       + foot, hits=hits, cas=cas, listing=True))

    # product pages with inline tabs
    r = rng("orientsource")
    for it in items:
        iid, sub, title, cas, vk, cl, cat, price, moq = it
        vname, vloc, vtype, vyear, vcontacts = V[vk]
        others = [o for o in items if o[0] != iid and o[6] == cat]
        also = r.sample(others, 3)
        claim_txt = " ".join(C[k] for k in cl)
        spec = [("CAS No.", cas or "N/A (custom synthesis)"), ("Appearance", "White to off-white powder"),
                ("Assay", "&ge;99.0% (HPLC)"), ("Storage", "Cool, dry place"), ("Shelf life", "2 years")]
        body = (head(title, canon=url[iid]) +
                "<div class='crumb'><a href='/'>Home</a> &gt; <a href='/category/%s-1.html'>%s</a> &gt; Product</div>"
                "<div class='pro-main'><div class='pro-img'><img src='/img/p%d.png' alt=''></div>"
                "<div class='pro-info'><h1 class='pro-name'>%s</h1>"
                "<table class='pro-price'><tr><th>FOB Price</th><td>%s</td></tr><tr><th>Min. Order</th><td>%s</td></tr>"
                "<tr><th>Payment Terms</th><td>T/T, Western Union, Bitcoin, USDT</td></tr></table>"
                "<a class='btn-inquiry' href='/inquiry/send?pid=%d'>Send Inquiry</a> "
                "<a class='btn-chat' href='/inquiry/chat?pid=%d'>Chat Now</a></div></div>"
                "<ul class='tab-nav'><li class='on'><a href='#tab-desc'>Product Description</a></li>"
                "<li><a href='#tab-company'>Company Profile</a></li><li><a href='#tab-ship'>Packaging &amp; Shipping</a></li></ul>"
                "<div id='tab-desc' class='tab-pane'><h3>Basic Info.</h3><table class='basic-info'>%s</table>"
                "<div class='rich-text'><p>We supply %s with stable quality and competitive price. "
                "Samples available. Welcome to send inquiry.</p></div></div>"
                "<div id='tab-company' class='tab-pane'><h3>%s</h3><table><tr><th>Business Type</th><td>%s</td></tr>"
                "<tr><th>Location</th><td>%s</td></tr><tr><th>Year Established</th><td>%s</td></tr></table>"
                "<a href='/company/%s/'>Visit company homepage</a> | <a href='/company/%s/products.html'>All products</a> | "
                "<a href='/company/%s/contact.html'>Contact details</a></div>"
                "<div id='tab-ship' class='tab-pane'><h3>Packaging &amp; Shipping</h3>"
                "<p>Package: 1 kg/aluminium foil bag; 25 kg/fiber drum. Lead time: 3-7 days after payment.</p>%s</div>"
                "<div class='also-viewed'><h3>People who viewed this product also viewed</h3><ul>%s</ul></div>"
                % (("pharmaceutical-intermediates" if cat == "pharm" else "food-feed-additives"),
                   ("Pharmaceutical Intermediates" if cat == "pharm" else "Food &amp; Feed Additives"),
                   iid, esc(title), esc(price), esc(moq), iid, iid,
                   "".join("<tr><th>%s</th><td>%s</td></tr>" % r_ for r_ in spec), esc(title),
                   esc(vname), esc(vtype), esc(vloc), vyear, vk, vk, vk,
                   ("<p class='ship-note'>%s</p>" % esc(claim_txt)) if claim_txt else "",
                   "".join("<li><a href='/p/%d'>%s</a> <span>%s</span></li>" % (o[0], esc(o[2][:50]), esc(o[7])) for o in also))
                + foot)
        s.add(Page(url[iid], body, hits=K(sub) - {""}, cas=casset(cas), claims={k.rstrip("2") for k in cl},
                   listing=True))

    # supplier mini-sites: home / products / contact tabs
    for vk, (vname, vloc, vtype, vyear, vcontacts) in V.items():
        tabs = ("<ul class='comp-tabs'><li><a href='/company/%s/'>Home</a></li><li><a href='/company/%s/products.html'>"
                "Products</a></li><li><a href='/company/%s/contact.html'>Contact Us</a></li></ul>" % (vk, vk, vk))
        mine = [it for it in items if it[4] == vk]
        pol_keys = {"jinsheng": ["customs"], "ruiqi": [], "kangyuan": [], "xinyao": ["forwarding2"]}[vk]
        pol = " ".join(C[k] for k in pol_keys)
        s.add(Page("/company/%s/" % vk, head(vname) + "<div class='comp-head'><h1>%s</h1><span>%s | %s</span></div>%s"
                   "<div class='comp-intro'><p>%s was established in %s. Main business: organic intermediates, "
                   "fine chemicals and additives. We have passed ISO9001.</p>%s</div>"
                   % (esc(vname), esc(vtype), esc(vloc), tabs, esc(vname), vyear,
                      ("<h3>Our service</h3><p>%s</p>" % esc(pol)) if pol else "") + foot,
                   claims={k.rstrip("2") for k in pol_keys}))
        hits, cas = truth_of(mine)
        s.add(Page("/company/%s/products.html" % vk, head(vname + " - Products") +
                   "<div class='comp-head'><h1>%s</h1></div>%s<div class='prod-list'>%s</div>"
                   % (esc(vname), tabs, "".join(card(it) for it in mine)) + foot,
                   hits=hits, cas=cas, listing=True))
        s.add(Page("/company/%s/contact.html" % vk, head(vname + " - Contact") +
                   "<div class='comp-head'><h1>%s</h1></div>%s<ul class='contact-list'>%s<li>Address: %s, China</li></ul>"
                   "<a class='btn-inquiry' href='/inquiry/send?company=%s'>Send Inquiry</a>"
                   % (esc(vname), tabs, "".join("<li>%s</li>" % esc(c) for c in vcontacts), esc(vloc), vk) + foot))
    s.add(Page("/suppliers/", head("Suppliers") + "<h1>Audited suppliers</h1><ul>%s</ul>" %
               "".join("<li><a href='/company/%s/'>%s</a> (%s)</li>" % (k, esc(v[0]), esc(v[1])) for k, v in V.items()) + foot))

    # buying requests (requests, not offers)
    reqs = [("Looking for 4-ANPP 10 kg, need delivery to USA, please quote", "United States", "10 Kilograms"),
            ("Purchasing 1-Boc-4-piperidone CAS 79099-07-3 monthly 50 kg", "Mexico", "50 Kilograms"),
            ("Need N-Phenethyl-4-piperidone sample 100 g with COA", "Canada", "100 Grams"),
            ("Want to buy caffeine anhydrous 2 tons for energy drinks", "Nigeria", "2 Tons")]
    s.add(Page("/sourcing/buying-requests.html", head("Buying Requests") +
               "<h1>Latest Buying Requests</h1><p class='tip'>Buyers post their needs; verified suppliers quote.</p>"
               "<table class='rfq'><tr><th>Request</th><th>Buyer country</th><th>Quantity</th><th></th></tr>%s</table>"
               % "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td><a href='/inquiry/quote?rfq=%d'>Quote Now</a></td></tr>"
                         % (esc(a), esc(b), esc(c), i) for i, (a, b, c) in enumerate(reqs)) + foot))
    s.add(Page("/news/", head("Industry News") + "<h1>Industry News</h1><ul><li><a href='/news/precursor-control-2026.html'>"
               "Two piperidone intermediates added to precursor control list</a></li></ul>" + foot))
    s.add(Page("/news/precursor-control-2026.html", head("Precursor control update") +
               "<article class='news'><h1>Two piperidone intermediates added to precursor control list</h1>"
               "<p class='meta'>2026-10-12 | OrientSource editorial</p>"
               "<p>Following the 2024 decision of the Commission on Narcotic Drugs, 4-piperidone (CAS 41661-47-6) and "
               "1-Boc-4-piperidone (CAS 79099-07-3) are now listed precursors in China and the US. Earlier, NPP "
               "(CAS 39742-60-4) and 4-ANPP (CAS 21409-26-7) were placed in Table I. Exporters need a licence.</p>"
               "<p>Members who list these products without an export licence will have their listings removed.</p></article>"
               + foot))
    s.add(Page("/about/", head("About") + "<h1>About OrientSource</h1><p>B2B platform since 2009.</p>" + foot))
    s.add(Page("/about/privacy.html", head("Privacy") + "<h1>Privacy policy</h1><p>We store cookies.</p>" + foot))
    s.add(Page("/about/trade-assurance.html", head("Trade Assurance") +
               "<h1>Trade Assurance</h1><p>Your payment is protected until delivery is confirmed. Refund if the "
               "product quality differs from the contract.</p>" + foot))
    # robots-forbidden (never in truth)
    s.add(Page("/inquiry/send", head("Send inquiry") + "<form><textarea></textarea></form>" + foot))
    s.add(Page("/search", head("Search") + "<div class='prod-list'>%s</div>" % card(byid[1002]) + foot,
               hits=K(npp), cas=casset("39742-60-4"), listing=True))
    return s


# ================================================================ 2. nordchem (OpenCart shop)

def oc(route, **kw):
    q = [("route", route)] + [(k, str(v)) for k, v in kw.items()]
    return "/index.php?" + urlencode(sorted(q))


def oc_link(route, **kw):
    q = "route=" + route + "".join("&amp;%s=%s" % (k, v) for k, v in kw.items())
    return "index.php?" + q


def nordchem():
    s = Site("nordchem", "opencart-shop")
    s.robots = ("User-agent: *\nDisallow: /admin/\nDisallow: /system/\nDisallow: /download/\n")
    s.disallow = ["/admin/", "/system/", "/download/"]
    s.junk_params += ["limit", "currency"]
    s.rate_limit = 25

    pol = {
        "stealth": "Every order is vacuum-sealed twice, packed in a smell-proof mylar bag and placed inside an ordinary "
                   "retail box without any label that mentions chemicals.",
        "reship_de": "Sollte eine Sendung vom Zoll beschlagnahmt werden, senden wir einmalig kostenlos erneut.",
        "forwarding": "All EU orders leave from our warehouse inside the Union, so parcels travel as domestic EU mail "
                      "and never pass customs.",
        "mislabel": "On request the parcel is declared as 'laboratory glassware cleaner'.",
    }
    P = []  # (pid, sub, name, shown cas, price, cat, description, claim keys, reviews, obf_title)
    P.append((50, protonit, "Protonitazene HCl 1g", "95958-84-2", "95.00", 20,
              "Protonitazene (hydrochloride) for in-vitro research. Purity 99.3% by HPLC-MS, batch COA available.",
              ["stealth"], ["Second order, arrived in 3 days.", "Great stealth, could not smell anything!"], None))
    P.append((51, metonit, "Metonitazene 500mg", "14680-51-4", "70.00", 20,
              "Metonitazene, white crystalline powder. " +
              "Versand innerhalb von 24 Stunden.", ["reship_de"], [], None))
    P.append((52, isotonit, "Is0t0nitazene (ISO) 500mg", None, "65.00", 20,
              "Our classic 'ISO'. N,N-diethyl-2-[2-(4-isopropoxybenzyl)-5-nitro-1H-benzimidazol-1-yl]ethanamine, "
              "98%.", ["stealth", "mislabel"], ["Stealth was perfect, looked like a normal parcel."], None))
    P.append((53, etonitazepyne, "N-Pyrrolidino Etonitazene 250mg", "2785346-75-8", "80.00", 20,
              "Also known as etonitazepyne. Extremely potent - handle in a fume hood with appropriate PPE.",
              [], ["Reship came quick when my first parcel got lost, thanks!"], None))
    P.append((54, n_flunit, "Flunitazene 1g", None, "60.00", 20,
              "Flunitazene - N,N-diethyl-2-[2-(4-fluorobenzyl)-5-nitro-1H-benzimidazol-1-yl]ethanamine. "
              "New batch, 99%.", ["forwarding"], [], None))
    P.append((55, map237, "2-Methyl-AP-237 HCl 1g", "98608-61-8", "45.00", 20,
              "1-(4-cinnamyl-2-methylpiperazin-1-yl)butan-1-one hydrochloride, research grade.", [], [], None))
    P.append((56, bromazolam, "Bromazolam pellets 1mg x 50", "71368-80-4", "30.00", 25,
              "50 pressed pellets, each containing 1 mg bromazolam. Sold as a reference material.",
              ["stealth"], [], None))
    P.append((57, flualp, "Flualprazolam 0.5mg blotters x 20", "28910-91-0", "28.00", 25,
              "Flualprazolam blotters, 0.5 mg per square.", [], [], None))
    P.append((58, None, "Fentanyl & Nitazene Test Strips (10 pcs)", None, "12.00", 30,
              "Immunoassay strips that detect fentanyl and many fentanyl analogues, plus a separate nitazene strip. "
              "Harm-reduction tool, not for diagnostic use.", [], [], None))
    P.append((59, None, "Marquis Reagent 10ml", None, "9.50", 30,
              "Colour reagent for presumptive testing. Contains formaldehyde and concentrated acid.", [], [], None))
    P.append((60, BENIGN("58-08-2", "Caffeine"), "Caffeine pellets 100mg x 100", "58-08-2", "8.00", 30,
              "Caffeine anhydrous pressed pellets.", [], [], None))
    P.append((61, BENIGN("87-89-8", "Inositol"), "Inositol 99% 100g", "87-89-8", "7.00", 30,
              "myo-Inositol, food grade.", [], [], None))
    P.append((62, BENIGN("67-71-0", "MSM"), "MSM (Dimethyl sulfone) 250g", "67-71-0", "11.00", 30,
              "Methylsulfonylmethane, pharmaceutical grade.", [], [], None))
    P.append((63, None, "Digital Milligram Scale 0.001g / 20g", None, "24.00", 30,
              "Includes calibration weight.", [], [], None))
    byp = {p[0]: p for p in P}
    cats = {20: "Benzimidazoles & Opioid Research", 25: "Benzodiazepine Research", 30: "Lab Supplies & Testing"}
    best = [50, 56, 53]
    featured = [50, 54, 56, 60]
    flags = {50: "", 51: ""}

    def hdr(title, desc=""):
        side = "".join("<div class='product-layout'><div class='image'><a href='%s'><img src='/image/cache/catalog/p%d-80x80.png' "
                       "alt='%s'></a></div><div class='caption'><h4><a href='%s'>%s</a></h4><p class='price'>%s&euro;</p>"
                       "</div></div>" % (oc_link("product/product", product_id=i), i, esc(byp[i][2]),
                                          oc_link("product/product", product_id=i), esc(byp[i][2]), byp[i][4]) for i in best)
        return ("<!DOCTYPE html>\n<!--[if IE]><![endif]-->\n<html dir='ltr' lang='en'>\n<head>\n<meta charset='UTF-8' />\n"
                "<meta name='viewport' content='width=device-width, initial-scale=1'>\n<title>%s</title>\n"
                "<meta name='description' content='%s' />\n"
                "<script src='catalog/view/javascript/jquery/jquery-2.1.1.min.js'></script>\n"
                "<link href='catalog/view/theme/default/stylesheet/stylesheet.css' rel='stylesheet'>\n"
                "<script src='catalog/view/javascript/common.js'></script>\n</head>\n<body class='product-category'>\n"
                "<nav id='top'><div class='container'><div class='pull-left'><form action='%s' method='post' "
                "id='form-currency'><button class='btn btn-link dropdown-toggle'><strong>&euro;</strong> Currency</button>"
                "<input type='hidden' name='code' value=''><input type='hidden' name='redirect' value='/'></form></div>"
                "<div id='top-links' class='nav pull-right'><ul class='list-inline'>"
                "<li><a href='%s'>My Account</a></li><li><a href='%s'>Wish List (0)</a></li>"
                "<li><a href='%s'>Shopping Cart</a></li><li><a href='%s'>Checkout</a></li></ul></div></div></nav>\n"
                "<header><div class='container'><div class='row'><div class='col-sm-4'><div id='logo'><a href='/'>"
                "<h1>NordChem Research</h1></a></div></div><div class='col-sm-5'><div id='search' class='input-group'>"
                "<input type='text' name='search' value='' placeholder='Search' class='form-control input-lg' /></div></div>"
                "<div class='col-sm-3'><div id='cart' class='btn-group btn-block'><button type='button' class='btn btn-inverse'>"
                "<span id='cart-total'>0 item(s) - 0.00&euro;</span></button></div></div></div></div></header>\n"
                "<div class='container'><nav id='menu' class='navbar'><ul class='nav navbar-nav'>%s"
                "<li><a href='%s'>Delivery</a></li><li><a href='%s'>About</a></li></ul></nav></div>\n"
                "<div class='container'><div class='row'><aside id='column-left' class='col-sm-3 hidden-xs'>"
                "<div class='list-group'>%s</div><h3>Bestsellers</h3><div class='row'>%s</div></aside>"
                "<div id='content' class='col-sm-9'>"
                % (esc(title), esc(desc), oc_link("common/currency/currency"), oc_link("account/account"),
                   oc_link("account/wishlist"), oc_link("checkout/cart"), oc_link("checkout/checkout"),
                   "".join("<li><a href='%s'>%s</a></li>" % (oc_link("product/category", path=c), esc(n)) for c, n in cats.items()),
                   oc_link("information/information", information_id=6), oc_link("information/information", information_id=4),
                   "".join("<a href='%s' class='list-group-item'>%s</a>" % (oc_link("product/category", path=c), esc(n))
                           for c, n in cats.items()), side))

    foot = ("</div></div></div>\n<footer><div class='container'><div class='row'>"
            "<div class='col-sm-3'><h5>Information</h5><ul class='list-unstyled'>"
            "<li><a href='%s'>About Us</a></li><li><a href='%s'>Delivery Information</a></li>"
            "<li><a href='%s'>Privacy Policy</a></li><li><a href='%s'>Terms &amp; Conditions</a></li></ul></div>"
            "<div class='col-sm-3'><h5>Customer Service</h5><ul class='list-unstyled'><li><a href='%s'>Contact Us</a></li>"
            "<li><a href='%s'>Returns</a></li></ul></div>"
            "<div class='col-sm-6'><p>All products are sold for laboratory research only and are not for human "
            "consumption. We do not sell fentanyl or any fentanyl analogue.</p></div></div>"
            "<p>Powered By <a href='http://www.opencart.com'>OpenCart</a> NordChem Research &copy; 2026</p></div></footer>\n"
            "</body></html>") % (oc_link("information/information", information_id=4),
                                 oc_link("information/information", information_id=6),
                                 oc_link("information/information", information_id=3),
                                 oc_link("information/information", information_id=5),
                                 oc_link("information/contact"), oc_link("account/return/add"))

    def thumb(p):
        pid, sub, name, cas, price = p[:5]
        return ("<div class='product-layout product-grid col-lg-4 col-md-4 col-sm-6 col-xs-12'><div class='product-thumb'>"
                "<div class='image'><a href='%s'><img src='/image/cache/catalog/p%d-228x228.png' alt='%s' class='img-responsive' />"
                "</a></div><div><div class='caption'><h4><a href='%s'>%s</a></h4><p>%s</p><p class='price'>%s&euro; "
                "<span class='price-tax'>Ex Tax: %s&euro;</span></p></div><div class='button-group'>"
                "<button type='button' onclick=\"cart.add('%d', '1');\"><span>Add to Cart</span></button></div></div></div></div>"
                % (oc_link("product/product", product_id=pid), pid, esc(name), oc_link("product/product", product_id=pid),
                   esc(name), esc(p[6][:80]) + "..", price, price, pid))

    def tr(ps):
        return ({p[1].key for p in ps if p[1] is not None and p[1].key}, set())   # grids show no CAS

    for pid in set(p[0] for p in P):
        s.add(Page("/image/cache/catalog/p%d-228x228.png" % pid, tiny_png(pid), ctype="image/png"))
        s.add(Page("/image/cache/catalog/p%d-80x80.png" % pid, tiny_png(pid + 1), ctype="image/png"))

    fp = [byp[i] for i in featured]
    h, _ = tr(fp)
    s.add(Page("/", hdr("NordChem Research", "Research chemicals from the EU") +
               "<div id='slideshow0' class='swiper-viewport'><div class='swiper-slide'><a href='/protonitazene-hcl'>Autumn restock: "
               "new benzimidazole reference materials</a></div><div class='swiper-slide'><a href='/bromazolam-pellets'>"
               "Pellets back in stock</a></div></div><h3>Featured</h3><div class='row'>%s</div>" % "".join(thumb(p) for p in fp)
               + foot, hits=h, listing=True))
    for c, cname in cats.items():
        ps = [p for p in P if p[5] == c]
        pages = paginate(ps, 4)
        for pi, chunk in enumerate(pages, 1):
            h, _ = tr(chunk)
            key = oc("product/category", path=c) if pi == 1 else oc("product/category", path=c, page=pi)
            pag = "".join("<li%s><a href='%s'>%d</a></li>" % (" class='active'" if k == pi else "",
                                                                oc_link("product/category", path=c, page=k), k)
                          for k in range(1, len(pages) + 1))
            s.add(Page(key, hdr(cname) +
                       "<ul class='breadcrumb'><li><a href='/'><i class='fa fa-home'></i></a></li><li><a href='%s'>%s</a></li></ul>"
                       "<h2>%s</h2><div class='row'><div class='col-md-4'><div class='form-group input-group input-group-sm'>"
                       "<label class='input-group-addon' for='input-sort'>Sort By:</label><select id='input-sort' "
                       "onchange='location = this.value;'><option value='%s&amp;sort=p.price&amp;order=ASC'>Price (Low &gt; High)"
                       "</option></select></div></div><div class='col-md-3'><select id='input-limit'>"
                       "<option value='%s&amp;limit=25'>25</option></select></div></div><div class='row'>%s</div>"
                       "<div class='row'><div class='col-sm-6 text-left'><ul class='pagination'>%s</ul></div></div>"
                       % (oc_link("product/category", path=c), esc(cname), esc(cname),
                          oc_link("product/category", path=c), oc_link("product/category", path=c),
                          "".join(thumb(p) for p in chunk), pag) + foot, hits=h, listing=True))
    s.redirects["/protonitazene-hcl"] = oc("product/product", product_id=50)
    s.redirects["/bromazolam-pellets"] = oc("product/product", product_id=56)
    for p in P:
        pid, sub, name, cas, price, c, desc, cl, reviews, _ = p
        claim_txt = " ".join(pol[k] for k in cl)
        rev = "".join("<table class='table table-striped table-bordered'><tr><td><strong>%s</strong></td>"
                      "<td class='text-right'>2026-0%d-1%d</td></tr><tr><td colspan='2'><p>%s</p></td></tr></table>"
                      % (esc(["mike_r", "labrat22", "anon7731"][i % 3]), 3 + i, i, esc(t)) for i, t in enumerate(reviews))
        attrs = ("<table class='table table-bordered'><thead><tr><td colspan='2'><strong>Specification</strong></td></tr>"
                 "</thead><tbody><tr><td>CAS</td><td>%s</td></tr><tr><td>Purity</td><td>&gt;98%%</td></tr></tbody></table>"
                 % cas) if cas else ""
        body = (hdr(name, desc[:120]) +
                "<ul class='breadcrumb'><li><a href='/'><i class='fa fa-home'></i></a></li><li><a href='%s'>%s</a></li>"
                "<li><a href='%s'>%s</a></li></ul><div class='row'><div class='col-sm-8'><ul class='thumbnails'><li>"
                "<a class='thumbnail' href='/image/cache/catalog/p%d-228x228.png'><img src='/image/cache/catalog/p%d-228x228.png' "
                "alt=''></a></li></ul><ul class='nav nav-tabs'><li class='active'><a href='#tab-description' data-toggle='tab'>"
                "Description</a></li>%s<li><a href='#tab-review' data-toggle='tab'>Reviews (%d)</a></li></ul>"
                "<div class='tab-content'><div class='tab-pane active' id='tab-description'><p>%s</p>%s</div>"
                "%s<div class='tab-pane' id='tab-review'>%s<h2>Write a review</h2><form class='form-horizontal' id='form-review'>"
                "<textarea name='text'></textarea><input type='hidden' name='product_id' value='%d'></form></div></div></div>"
                "<div class='col-sm-4'><h1>%s</h1><ul class='list-unstyled'><li>Product Code: NC-%d</li>"
                "<li>Availability: In Stock</li></ul><ul class='list-unstyled'><li><h2>%s&euro;</h2></li>"
                "<li>Ex Tax: %s&euro;</li></ul><div id='product'><div class='form-group'><label class='control-label' "
                "for='input-quantity'>Qty</label><input type='text' name='quantity' value='1' size='2' id='input-quantity' "
                "class='form-control' /><input type='hidden' name='product_id' value='%d' /><button type='button' "
                "id='button-cart' class='btn btn-primary btn-lg btn-block'>Add to Cart</button></div></div></div></div>"
                % (oc_link("product/category", path=c), esc(cats[c]), oc_link("product/product", product_id=pid), esc(name),
                   pid, pid, "<li><a href='#tab-specification' data-toggle='tab'>Specification</a></li>" if cas else "",
                   len(reviews), esc(desc), ("<p><strong>Shipping:</strong> %s</p>" % esc(claim_txt)) if claim_txt else "",
                   ("<div class='tab-pane' id='tab-specification'>%s</div>" % attrs) if cas else "", rev or
                   "<p>There are no reviews for this product.</p>", pid, esc(name), pid, price, price, pid) + foot)
        s.add(Page(oc("product/product", product_id=pid), body,
                   hits=({sub.key} if sub is not None and sub.key else set()), cas=casset(cas),
                   claims={k.split("_")[0] for k in cl}, listing=True))
    # information pages
    s.add(Page(oc("information/information", information_id=6), hdr("Delivery Information") +
               "<h1>Delivery Information</h1><p>Orders paid before 14:00 CET ship the same day with DHL, DPD or PostNL.</p>"
               "<h3>Packaging</h3><p>%s</p><h3>Lieferung / Delivery</h3><p>%s</p><p>%s</p>"
               "<h3>Lost parcels</h3><p>%s Bitte melden Sie sich innerhalb von 21 Tagen.</p>"
               % (esc(pol["stealth"]), esc(pol["forwarding"]),
                  "Outside the EU we ship to Norway, Switzerland and the UK with tracking.",
                  esc(pol["reship_de"])) + foot,
               claims={"stealth", "forwarding", "reship"}))
    s.add(Page(oc("information/information", information_id=4), hdr("About Us") +
               "<h1>About Us</h1><p>NordChem Research supplies reference materials to research institutions since 2018. "
               "We do not sell fentanyl, carfentanil or any other fentanyl analogue, and we never will.</p>" + foot))
    s.add(Page(oc("information/information", information_id=3), hdr("Privacy Policy") + "<h1>Privacy Policy</h1>"
               "<p>We keep your data for 30 days.</p>" + foot))
    s.add(Page(oc("information/information", information_id=5), hdr("Terms &amp; Conditions") +
               "<h1>Terms &amp; Conditions</h1><p>Buyer confirms products are used in a laboratory setting. "
               "Customs duties, where applicable, are the responsibility of the buyer.</p>" + foot))
    s.add(Page(oc("information/contact"), hdr("Contact Us") + "<h1>Contact Us</h1><p>support@nordchem.example | "
               "Threema: NC7XK2PA</p>" + foot))
    # the server matches flaky paths without their query: every OpenCart page is /index.php, so the very
    # first /index.php request of the crawl gets one 503 (whichever page it is)
    s.flaky = {"/index.php"}
    s.add(Page("/admin/", "<html><body><h1>Administration</h1><form><input name='username'></form></body></html>"))
    return s


# ================================================================ 3. tortuga (darknet market)

def tortuga():
    s = Site("tortuga", "darknet-market")
    s.robots = None            # hidden services rarely have one: 404
    s.rate_limit = 15
    s.junk_params += ["rtk"]
    T = TokPage.MARK

    def L(path):
        return esc(path + ("&" if "?" in path else "?") + "rtk=" + T)

    vendors = {
        "NorthernLightsRx": ("Canada", "\U0001F1E8\U0001F1E6", "Level 6", "412", "99.1%",
                             "Canadian vendor since 2021. Orders placed before 3pm EST ship same day, Xpresspost.",
                             "RESHIP POLICY: one 50% reship if tracking shows no movement for 14 days or the parcel is "
                             "seized. Stealth is professional: vacuum sealed, MBB, decoy item inside a branded box.",
                             ["reship", "stealth"]),
        "PharmaKingEU": ("Germany", "\U0001F1E9\U0001F1EA", "Level 8", "2,931", "98.7%",
                         "Pharma-grade only. Every batch tested. Free fentanyl test strip with every order.",
                         "NO RESHIPS. NO REFUNDS. Seizures are the buyer's risk, we ship tracked on request. "
                         "FE only for buyers with 20+ orders.", []),
        "ChemDirectCN": ("China", "\U0001F1E8\U0001F1F3", "Level 4", "188", "97.2%",
                         "Factory direct research chemicals. Bulk prices, MOQ 5 g.",
                         "US orders ship from our domestic stock in Texas: no customs, USPS Priority. "
                         "International orders: customs clearance guaranteed, the parcel is declared as 'dye intermediate'.",
                         ["forwarding", "customs", "mislabel"]),
        "SibirLab": ("Russia", "\U0001F1F7\U0001F1FA", "Level 3", "96", "96.4%",
                     "Работаем с 2022 года. Доставка по РФ и СНГ.",
                     "Если посылку изымут на таможне - отправим повторно бесплатно. "
                     "Упаковка: вакуум, фольга, без запаха, внутри обычной коробки с бытовыми мелочами.",
                     ["reship", "stealth"]),
    }
    # code, sub(s), title, vendor, price USD, cat, description, desc-claims, feedback list, escrow
    LST = [
        ("9f3a21c07e", [fentanyl], "30x M30 'Blues' - pressed, fent - strong batch", "NorthernLightsRx", 240, "opioids",
         "Pressed blues, each pill approx 2 mg fentanyl. Same press as last batch. Start low.", [], [
             "Stealth was on point, took me 10 min to find them", "Legit, 5/5", "Arrived in 2 days to ON"], "Escrow"),
        ("a1b2c3d4e5", [fentanyl], "Fentanyl HCl powder 1g (90%+)", "NorthernLightsRx", 420, "opioids",
         "Fentanyl hydrochloride, tested on FTIR at 91%. Ships in a vacuum-sealed mylar bag hidden inside a decoy.",
         ["stealth"], ["great product"], "Escrow"),
        ("77e0c1f2a9", [oxycodone], "Oxycodone 80mg x10 - real pharma, 0% fentanyl", "PharmaKingEU", 310, "opioids",
         "Genuine pharmaceutical oxycodone hydrochloride 80 mg tablets. Lab tested: 0% fentanyl, no nitazenes. "
         "Fentanyl test strip included for your own peace of mind.", [], [
             "Tested with the strip, negative for fent, real deal", "Stealth was good"], "Escrow"),
        ("5d6e7f8091", [cocaine], "Cocaine 1g - Peruvian flake 91%", "PharmaKingEU", 95, "stimulants",
         "Uncut Peruvian flake, 91% on our last test. Every order comes with a free fentanyl test strip.", [], [
             "Best coke on the market", "the free fent test strip was a nice touch"], "FE"),
        ("c0ffee1234", [protonit], "Protonitazene HCl 5g - factory price", "ChemDirectCN", 600, "chemicals",
         "Protonitazene hydrochloride, CAS 95958-84-2, purity 99%. Sample 1 g available.", [], [
             "took 3 weeks to US but arrived"], "Escrow"),
        ("deadbeef42", [npp, anpp], "NPP 1kg + 4-ANPP 500g combo", "ChemDirectCN", 1900, "chemicals",
         "N-Phenethyl-4-piperidone (CAS 39742-60-4) 1 kg together with 4-ANPP (CAS 21409-26-7) 500 g. "
         "Sold as a precursor set for research. Customs clearance is guaranteed for US and EU buyers.", ["customs"], [], "Escrow"),
        ("0badf00d77", [n_o_me_acetyl], "ortho-Methylacetylfentanyl 5g (o-MeAF)", "ChemDirectCN", 500, "opioids",
         "o-Methylacetylfentanyl, N-(2-methylphenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]acetamide. New analogue, "
         "not listed in most countries.", [], [], "Escrow"),
        ("b10c5a0071", [bromazolam], "Bromazolam 2mg x 50 pellets / Бромазолам", "SibirLab", 85, "benzodiazepines",
         "Бромазолам 2 мг, 50 таблеток. Отправка в течение 48 часов. Скрытая упаковка: вакуум и фольга.", ["stealth"], [
             "Пришло быстро, всё ок"], "Escrow"),
    ]
    cats = {"opioids": "Opioids", "stimulants": "Stimulants", "benzodiazepines": "Benzodiazepines",
            "chemicals": "Chemicals & Precursors"}

    def frame(title, inner):
        return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>%s | TORTUGA MARKET</title>"
                "<link href='/static/bootstrap.css' rel='stylesheet'></head><body>"
                "<nav class='navbar navbar-inverse'><div class='container'><ul class='nav navbar-nav'>"
                "<li><a class='navbar-brand' href='%s'>TORTUGA</a></li><li><a href='%s'><i class='fa fa-bell'></i> 0</a></li>"
                "<li><a href='%s'><i class='fa fa-envelope'></i> 0</a></li></ul><ul class='nav navbar-nav navbar-right'>"
                "<li><a href='%s'>Home</a></li><li><a href='%s'>Rules</a></li><li><a href='%s'>FAQ</a></li>"
                "<li><a href='%s'>Orders</a></li><li><a>BTC 0.00000 | XMR 0.00000</a></li>"
                "<li><a href='%s'>Logout</a></li></ul></div></nav>"
                "<div class='searchbar'><form action='/search' method='post'><input name='q' placeholder='Search ...'>"
                "<input type='hidden' name='rtk' value='%s'></form></div><div class='main'><div class='container'>"
                "<div class='row'><div class='col-md-3'><div class='list-group'>%s</div></div><div class='col-md-9'>%s"
                "</div></div></div></div><footer><div class='container'><table class='table-footer'>"
                "<tr><td>USD / BTC</td><td>96211.40</td></tr><tr><td>USD / XMR</td><td>168.22</td></tr></table>"
                "<p>Tortuga Market &middot; PGP-signed mirrors only &middot; <a href='%s'>Canary</a></p></div></footer>"
                "</body></html>") % (esc(title), L("/"), L("/messages"), L("/messages"), L("/"), L("/rules"), L("/faq"),
                                      L("/orders"), L("/logout"), T,
                                      "".join("<a class='list-group-item' href='%s'>%s</a>" % (L("/c/" + k), esc(v))
                                              for k, v in cats.items()), inner, L("/canary"))

    def add(path, title, inner, **kw):
        s.add(TokPage(path, frame(title, inner), **kw))

    def lhead(l):
        code, subs, title, vk, price, cat, desc, cl, fb, esc_type = l
        v = vendors[vk]
        return ("<ol class='breadcrumb'><li><a href='%s'>Home</a></li><li><a href='%s'>%s</a></li>"
                "<li class='active'>%s</li></ol><div class='row'><div class='col-md-4'><img src='/static/l/%s.jpg' "
                "style='width:256px'></div><div class='col-md-8'><h2>%s</h2><form action='%s' method='post'>"
                "<input name='product_code' value='%s' type='hidden'><div class='listing-price'><strong>%d <b>USD</b></strong>"
                " <span class='text-muted'>&#8383; %.6f</span></div><table class='table'>"
                "<tr><td><b>Vendor</b></td><td><a href='%s'>%s</a> (%s) [%s]</td></tr>"
                "<tr><td><b>Class</b></td><td>Physical</td></tr><tr><td><b>Escrow Type</b></td><td>%s</td></tr>"
                "<tr><td><b>Ships From</b></td><td>%s %s</td></tr><tr><td><b>Ships to</b></td><td>Worldwide</td></tr></table>"
                "<div class='well'>Quantity: <input name='amount' value='1'> <input type='radio' name='currency' value='xmr'> "
                "Monero (XMR) <input type='radio' name='currency' value='btc'> Bitcoin (BTC) "
                "<button type='submit' class='btn btn-danger'>Buy Now</button></div></form></div></div>"
                "<ul class='nav nav-tabs'><li><a href='%s'>Details</a></li><li><a href='%s'>Terms &amp; Conditions</a></li>"
                "<li><a href='%s'>Feedback (%d)</a></li></ul>"
                % (L("/"), L("/c/" + cat), esc(cats[cat]), esc(title), code, esc(title), L("/order/create"), code, price,
                   price / 96211.4, L("/v/%s?tab=about" % vk), esc(vk), v[2], v[3], esc_type, v[1], esc(v[0]),
                   L("/l/%s?tab=details" % code), L("/l/%s?tab=terms" % code), L("/l/%s?tab=feedback" % code), len(fb)))

    for l in LST:
        code, subs, title, vk, price, cat, desc, cl, fb, _ = l
        hits = {x.key for x in subs}
        shown = set(re.findall(r"CAS (\d+-\d+-\d)", desc))
        cas = casset(*shown)
        add("/l/%s?tab=details" % code, title, lhead(l) + "<h4>Details</h4><div class='desc'><p>%s</p></div>" % esc(desc),
            hits=hits, cas=cas, claims=set(cl), listing=True)
        v = vendors[vk]
        add("/l/%s?tab=terms" % code, title, lhead(l) + "<h4>Terms &amp; Conditions</h4><p>%s</p>" % esc(v[6]),
            hits=hits, claims=set(v[7]), listing=True)
        add("/l/%s?tab=feedback" % code, title, lhead(l) + "<h4>Feedback</h4><table class='table'>%s</table>" % (
            "".join("<tr><td>&#9733;&#9733;&#9733;&#9733;&#9733;</td><td>%s</td><td>b***%d</td></tr>" % (esc(f), i)
                    for i, f in enumerate(fb)) or "<tr><td>No feedback yet.</td></tr>"),
            hits=hits, listing=True)
    # categories
    for ck, cn in cats.items():
        ls = [l for l in LST if l[5] == ck]
        rows = "".join("<tr><td><a href='%s'>%s</a></td><td><a href='%s'>%s</a></td><td>%d USD</td><td>%s</td></tr>"
                       % (L("/l/%s?tab=details" % l[0]), esc(l[2]), L("/v/%s?tab=about" % l[3]), esc(l[3]), l[4],
                          vendors[l[3]][1] + " " + esc(vendors[l[3]][0])) for l in ls)
        add("/c/" + ck, cn, "<h3>%s</h3><div class='sort'>Sort: <a href='%s'>price</a> <a href='%s'>newest</a></div>"
            "<table class='table listings'><tr><th>Listing</th><th>Vendor</th><th>Price</th><th>Ships from</th></tr>%s</table>"
            % (esc(cn), L("/c/%s?sort=price" % ck), L("/c/%s?sort=new" % ck), rows),
            hits={x.key for l in ls for x in l[1]}, listing=True)
    # vendors
    for vk, v in vendors.items():
        mine = [l for l in LST if l[3] == vk]
        vt = ("<h2>%s <small>%s %s | %s | %s sales | %s positive</small></h2><ul class='nav nav-tabs'>"
              "<li><a href='%s'>About</a></li><li><a href='%s'>Listings (%d)</a></li><li><a href='%s'>Feedback</a></li></ul>" % (esc(vk), v[1], esc(v[0]), v[2], v[3], v[4], L("/v/%s?tab=about" % vk),
                                                     L("/v/%s?tab=listings" % vk), len(mine), L("/v/%s?tab=feedback" % vk)))
        add("/v/%s?tab=about" % vk, vk, vt + "<div class='profile'><p>%s</p><h4>Shipping &amp; refund policy</h4><p>%s</p></div>"
            % (esc(v[5]), esc(v[6])), claims=set(v[7]))
        add("/v/%s?tab=listings" % vk, vk + " listings", vt + "<table class='table'>%s</table>" % "".join(
            "<tr><td><a href='%s'>%s</a></td><td>%d USD</td><td><a href='%s'>Buy</a></td></tr>"
            % (L("/l/%s?tab=details" % l[0]), esc(l[2]), l[4], L("/l/%s?tab=details" % l[0])) for l in mine),
            hits={x.key for l in mine for x in l[1]}, listing=True)
        fbs = [(l[2], f) for l in mine for f in l[8]]
        add("/v/%s?tab=feedback" % vk, vk + " feedback", vt + "<table class='table feedback'><tr><th>Rating</th>"
            "<th>Comment</th><th>Item</th><th>Buyer</th></tr>%s</table>" % "".join(
                "<tr><td>5/5</td><td>%s</td><td>%s</td><td>b***%d</td></tr>" % (esc(f), esc(t), i)
                for i, (t, f) in enumerate(fbs)))
    add("/", "Home", "<div class='jumbotron'><h1>Welcome aboard</h1><p>%d vendors, %d listings. Use Monero.</p></div>"
        "<h3>Market news</h3><ul><li>2026-11-20: Carfentanil and nitazene listings outside the Chemicals "
        "category will be removed. See the <a href='%s'>rules</a>.</li><li>2026-11-02: New mirror online.</li></ul>"
        % (len(vendors), len(LST), L("/rules")))
    add("/rules", "Rules", "<h3>Market rules</h3><ol><li>No weapons, explosives or poisons.</li>"
        "<li>No carfentanil, no etorphine and no other veterinary tranquilisers such as xylazine ('tranq').</li>"
        "<li>Any pressed pill that contains fentanyl or a nitazene must say so in its title.</li>"
        "<li>Vendors must state a reship policy in their terms.</li><li>No doxxing.</li></ol>")
    add("/faq", "FAQ", "<h3>FAQ</h3><dl><dt>What is FE?</dt><dd>Finalize early: the vendor is paid before delivery.</dd>"
        "<dt>Will my order be reshipped if it is seized?</dt><dd>That depends on the vendor: some vendors offer a "
        "free or 50% reship, others none. Read the Terms tab of each listing.</dd>"
        "<dt>Is stealth guaranteed?</dt><dd>The market does not ship anything; vendors pack their own orders.</dd></dl>")
    add("/canary", "Canary", "<pre>Canary 2026-11-28. We have not been compromised.</pre>")
    s.add(Page("/static/bootstrap.css", "body{background:#222}", ctype="text/css"))
    for l in LST:
        s.add(Page("/static/l/%s.jpg" % l[0], tiny_png(len(l[0]) + l[4]), ctype="image/png"))
    return s


# ================================================================ 4. hgbbs (Chinese forum, GBK)

def hgbbs():
    s = Site("hgbbs", "cn-forum")
    s.robots = ("User-agent: *\nDisallow: /api/\nDisallow: /data/\nDisallow: /home.php\nDisallow: /member.php\n"
                "Disallow: /search.php\nDisallow: /misc.php\n")
    s.disallow = ["/api/", "/data/", "/home.php", "/member.php", "/search.php", "/misc.php"]
    s.junk_params += ["extra", "highlight", "mobile"]
    CS = "gbk"

    def fq(**kw):
        return "/forum.php?" + urlencode(sorted(kw.items()))

    def fl(**kw):   # a link as Discuz writes it (unsorted, with junk)
        order = ["mod", "fid", "tid", "page", "extra"]
        return "forum.php?" + "&amp;".join("%s=%s" % (k, kw[k]) for k in order if k in kw)

    boards = {36: "供应信息", 37: "求购信息", 2: "行业新闻与政策法规"}

    def frame(title, crumbs, inner):
        return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
                "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
                "<html xmlns='http://www.w3.org/1999/xhtml'><head>"
                "<meta http-equiv='Content-Type' content='text/html; charset=gbk' />"
                "<title>%s - 华化论坛 - Powered by Discuz!</title>"
                "<meta name='keywords' content='化工,医药中间体,供求' /><meta name='generator' content='Discuz! X3.4' />"
                "<link rel='stylesheet' type='text/css' href='data/cache/style_1_common.css' />"
                "<script type='text/javascript'>var STYLEID = '1', IMGDIR = 'static/image/common', discuz_uid = '0';</script>"
                "</head><body id='nv_forum' class='pg_forumdisplay'><div id='toptb' class='cl'><div class='wp'>"
                "<div class='z'><a href='forum.php'>设为首页</a><a href='forum.php'>收藏本站</a></div>"
                "<div class='y'><a href='member.php?mod=logging&amp;action=login'>登录</a>"
                "<a href='member.php?mod=register'>立即注册</a></div></div></div>"
                "<div id='hd'><div class='wp'><div class='hdc cl'><h2><a href='forum.php' title='华化论坛'>华化论坛</a></h2>"
                "<form id='scbar_form' method='post' action='search.php?searchsubmit=yes'><input type='text' name='srchtxt' "
                "id='scbar_txt' value='请输入搜索内容' /></form></div><div id='nv'><ul>"
                "<li class='a'><a href='forum.php'>论坛</a></li><li><a href='%s'>供应</a></li><li><a href='%s'>求购</a></li>"
                "<li><a href='%s'>新闻法规</a></li><li><a href='home.php?mod=space&amp;do=thread&amp;view=all'>动态</a></li>"
                "</ul></div></div></div><div id='wp' class='wp'><div id='pt' class='bm cl'><div class='z'>"
                "<a href='forum.php' class='nvhm'>华化论坛</a> <em>&rsaquo;</em> %s</div></div>"
                "<div class='bm bml'><div class='bm_c'>公告：本站为化工行业信息交流平台，严禁发布毒品及国家管制物品信息，"
                "违者封号。</div></div>%s</div><div id='ft' class='wp cl'><div id='flk' class='y'><p>"
                "<a href='misc.php?mod=faq'>帮助</a><span class='pipe'>|</span><a href='forum.php?mobile=yes'>手机版</a>"
                "<span class='pipe'>|</span><a href='forum.php?mod=misc&amp;action=showdarkroom'>小黑屋</a></p></div>"
                "<div id='frt'><p>Powered by <strong><a href='http://www.discuz.net'>Discuz!</a></strong> <em>X3.4</em></p>"
                "<p class='xs0'>GMT+8, 2026-11-28 10:21 , Processed in 0.041 second(s), 21 queries .</p></div></div>"
                "</body></html>") % (esc(title), fl(mod="forumdisplay", fid=36), fl(mod="forumdisplay", fid=37),
                                      fl(mod="forumdisplay", fid=2), crumbs, inner)

    def add(path, title, crumbs, inner, **kw):
        body = frame(title, crumbs, inner)
        s.add(Page(path, body.encode(CS), ctype="text/html; charset=gbk", charset=CS, **kw))

    # threads: tid, fid, title, posts [(author, role, html-text)], hits, cas, claims
    TH = []
    TH.append((1001, 36, "【供应】N-苯乙基-4-哌啶酮(NPP) CAS 39742-60-4 99% 现货",
               [("湖北鑫源化工", "seller", "公司长期供应 N-苯乙基-4-哌啶酮（NPP），CAS号：39742-60-4，含量99%以上，白色结晶粉末。"
                 "1公斤起订，价格电议。美国仓现货，美国本土派送，3-5天到货。联系微信：xinyuan_chem88"),
                ("mx_buyer", "buyer", "能发墨西哥吗？需要5公斤，要包清关的。"),
                ("湖北鑫源化工", "seller", "可以发墨西哥，我们包清关，到门。")],
               K(npp), casset("39742-60-4"), {"forwarding", "customs"}))
    TH.append((1002, 36, "【供应】N-叔丁氧羰基-4-哌啶酮 / 4-哌啶酮盐酸盐 大量现货",
               [("石家庄锐祺", "seller", "供应：<br/>1. N-叔丁氧羰基-4-哌啶酮（1-Boc-4-哌啶酮），CAS：79099-07-3，纯度99%，"
                 "25公斤/桶，每公斤380元。<br/>2. 4-哌啶酮盐酸盐，CAS：41661-47-6，每公斤260元。<br/>"
                 "海关扣货免费补发。报关品名可写“食品添加剂”。QQ：2837461190")],
               K(bocpip, pip4), casset("79099-07-3", "41661-47-6"), {"reship", "mislabel"}))
    TH.append((1003, 36, "【供應】1-叔丁氧羰基-4-苯胺基哌啶 CAS 125541-22-2 優勢供貨",
               [("台中宏益貿易", "seller", "本公司供應1-叔丁氧羰基-4-苯胺基哌啶（1-Boc-4-AP），CAS：125541-22-2，"
                 "純度98%以上，100克起訂，每公斤USD 300。包清關，隱蔽包裝，外箱無任何化學品字樣。"
                 "聯繫LINE：hongyi_tc")],
               K(boc4ap), casset("125541-22-2"), {"customs", "stealth"}))
    TH.append((1004, 36, "【供应】美托尼秦 Metonitazene 现货 可小量",
               [("chem_king", "seller", "美托尼秦（Metonitazene）现货，CAS 14680-51-4，10克起，每克80美元，"
                 "USDT/BTC付款。隐蔽包装，被扣包免费补发。Telegram: @chemking_cn")],
               K(metonit), casset("14680-51-4"), {"stealth", "reship"}))
    TH.append((1005, 36, "【供应】伪麻黄碱 盐酸伪麻黄碱原料",
               [("河南康源药业", "seller", "供应伪麻黄碱（盐酸伪麻黄碱原料），CAS：90-82-4，药用级，"
                 "需提供购买证明。欧洲客户经波兰仓转运，欧盟境内派送。")],
               K(pseudo), casset("90-82-4"), {"forwarding"}))
    TH.append((1006, 36, "【供应】食品级咖啡因、苯甲酸钠 厂家直销",
               [("郑州康元食品添加剂", "seller", "厂家直销：无水咖啡因 CAS 58-08-2，每公斤72元；苯甲酸钠 CAS 532-32-1，"
                 "每吨9800元。量大从优，可开增值税发票。")],
               set(), casset("58-08-2", "532-32-1"), set()))
    TH.append((1007, 36, "【供应】4-苯胺基哌啶 双清包税 到门",
               [("广州新耀生物", "seller", "4-苯胺基哌啶（4-AP，N-苯基-4-哌啶胺），CAS 23056-29-3，1公斤起订，"
                 "每公斤650元。欧美双清包税到门。微信：xinyao_bio")],
               K(ap4), casset("23056-29-3"), {"customs"}))
    TH.append((2001, 37, "【求购】4-ANPP 10公斤 要求包清关到美国",
               [("us_importer", "buyer", "求购4-ANPP（4-苯胺基-N-苯乙基哌啶）10公斤，要求包清关到美国，有货的联系。"),
                ("湖北鑫源化工", "seller", "我司现货供应4-ANPP，CAS 21409-26-7，99%，1公斤起订，每公斤1200美元，包清关。"
                 "加微信：xinyuan_chem88"),
                ("us_importer", "buyer", "已加，谢谢。")],
               K(anpp), casset("21409-26-7"), {"customs"}))
    TH.append((2002, 37, "【求購】NPP 長期採購 每月50公斤",
               [("hk_trading", "buyer", "長期採購N-苯乙基-4-哌啶酮（NPP），每月50公斤，請報價，要求扣關補寄。"),
                ("hk_trading", "buyer", "頂一下，有沒有廠家？")],
               set(), set(), set()))
    TH.append((2003, 37, "【求购】麻黄碱 500公斤 药厂用",
               [("sz_pharma", "buyer", "药厂求购麻黄碱500公斤，有资质的供应商请联系，需要购买许可证。")],
               set(), set(), set()))
    TH.append((3001, 2, "三部门公告：将4-哌啶酮、1-叔丁氧羰基-4-哌啶酮列入易制毒化学品品种目录",
               [("版主", "news", "公安部、商务部、国家卫生健康委等部门发布公告，自2024年11月1日起将下列物质列入《易制毒化学品的"
                 "分类和品种目录》第一类：<table border='1'><tr><th>序号</th><th>品种</th><th>CAS号</th></tr>"
                 "<tr><td>1</td><td>4-哌啶酮</td><td>41661-47-6</td></tr>"
                 "<tr><td>2</td><td>1-叔丁氧羰基-4-哌啶酮</td><td>79099-07-3</td></tr></table>"
                 "从事上述物质生产、经营、购买、运输和进出口的单位应当依法办理许可或备案。")],
               set(), set(), set()))
    TH.append((3002, 2, "海关查获卡芬太尼走私案 涉案人员被判刑",
               [("版主", "news", "据报道，某地海关在邮件中查获卡芬太尼约200克，包裹申报品名为“洗衣粉”。"
                 "涉案人员通过网络承诺“包清关”“被扣补发”招揽客户。法院以走私毒品罪判处主犯无期徒刑。")],
               set(), set(), set()))
    TH.append((3003, 2, "国家对芬太尼类物质实施整类列管的说明",
               [("版主", "news", "自2019年5月1日起，芬太尼类物质整类列入《非药用类麻醉药品和精神药品管制品种增补目录》。"
                 "2025年7月1日起，尼秦类物质亦实施整类列管。芬太尼、乙酰芬太尼、异托尼秦等均在管制范围内。")],
               set(), set(), set()))
    flaky_t = {1003, 2001}
    for tid, fid, title, posts, hits, cas, claims in TH:
        floors = []
        for n, (au, role, txt) in enumerate(posts, 1):
            floors.append("<div id='post_%d' class='plhin'><table class='plhin' cellspacing='0' cellpadding='0'><tr>"
                          "<td class='pls' rowspan='2'><div class='pi'><div class='authi'><a href='home.php?mod=space&amp;"
                          "uid=%d' class='xw1'>%s</a></div></div><p><em>%s</em></p></td><td class='plc'><div class='pi'>"
                          "<strong><a href='%s#pid%d'>%s</a></strong><div class='pti'><div class='authi'>发表于 2026-11-%02d "
                          "10:%02d</div></div></div><div class='pct'><div class='t_fsz'><table cellspacing='0' cellpadding='0'>"
                          "<tr><td class='t_f' id='postmessage_%d'>%s</td></tr></table></div></div></td></tr></table></div>"
                          % (tid * 10 + n, 3000 + sum(map(ord, au)) % 900, esc(au), {"seller": "认证商家", "buyer": "注册会员",
                                                                              "news": "版主"}[role],
                             fl(mod="viewthread", tid=tid), tid * 10 + n, "楼主" if n == 1 else "%d#" % n,
                             1 + tid % 27, n * 7, tid * 10 + n, txt))
        inner = ("<div id='postlist' class='pl bm'><table cellspacing='0' cellpadding='0'><tr><td class='pls ptn pbn'>"
                 "<div class='hm ptn'><span class='xg1'>查看:</span> <span class='xi1'>%d</span></div></td>"
                 "<td class='plc ptm pbn vwthd'><h1 class='ts'><span id='thread_subject'>%s</span></h1></td></tr></table>"
                 "%s</div><div class='pgs mtm mbm cl'><a href='%s' class='pgb'>返回列表</a></div>"
                 "<div id='f_pst' class='pl bm bmw'><form method='post' action='forum.php?mod=post&amp;action=reply&amp;"
                 "tid=%d'><textarea name='message'></textarea><input type='hidden' name='formhash' value='8a3f1c2d' />"
                 "</form></div>" % (100 + tid % 977, esc(title), "".join(floors),
                                    fl(mod="forumdisplay", fid=fid, extra="page%3D1"), tid))
        crumbs = "<a href='%s'>%s</a> <em>&rsaquo;</em> %s" % (fl(mod="forumdisplay", fid=fid), boards[fid], esc(title[:20]))
        add(fq(mod="viewthread", tid=tid), title, crumbs, inner, hits=hits, cas=cas, claims=claims,
            listing=bool(hits) or fid == 36)
        s.redirects["/thread-%d-1-1.html" % tid] = fq(mod="viewthread", tid=tid)
    # board lists: titles of supply threads are sellers' headlines (offers); request titles are not
    title_truth = {1001: (K(npp), casset("39742-60-4")), 1002: (K(bocpip, pip4), set()),
                   1003: (K(boc4ap), casset("125541-22-2")), 1004: (K(metonit), set()), 1005: (K(pseudo), set()),
                   1006: (set(), set()), 1007: (K(ap4), set())}
    for fid, bname in boards.items():
        ths = [t for t in TH if t[1] == fid]
        pages = paginate(ths, 4)
        for pi, chunk in enumerate(pages, 1):
            rows = "".join("<tbody id='normalthread_%d'><tr><td class='icn'><a href='%s' target='_blank'>"
                           "<img src='static/image/common/folder_common.gif' /></a></td><th class='common'>"
                           "<a href='%s' class='s xst'>%s</a></th><td class='by'><cite><a href='home.php?mod=space&amp;"
                           "uid=%d'>%s</a></cite><em><span>2026-11-%02d</span></em></td><td class='num'><a href='%s' "
                           "class='xi2'>%d</a><em>%d</em></td></tr></tbody>"
                           % (t[0], "/thread-%d-1-1.html" % t[0], fl(mod="viewthread", tid=t[0], extra="page%%3D%d" % pi),
                              esc(t[2]), 3000 + t[0] % 900, esc(t[3][0][0]), 1 + t[0] % 27,
                              fl(mod="viewthread", tid=t[0]), len(t[3]) - 1, 100 + t[0] % 977) for t in chunk)
            pg = "".join(("<a href='%s'>%d</a>" % (fl(mod="forumdisplay", fid=fid, page=k), k)) if k != pi
                         else "<strong>%d</strong>" % k for k in range(1, len(pages) + 1))
            hits, cas = set(), set()
            for t in chunk:
                if t[0] in title_truth:
                    hits |= title_truth[t[0]][0]
                    cas |= title_truth[t[0]][1]
            key = fq(mod="forumdisplay", fid=fid) if pi == 1 else fq(mod="forumdisplay", fid=fid, page=pi)
            add(key, bname, "<a href='%s'>%s</a>" % (fl(mod="forumdisplay", fid=fid), bname),
                "<div class='bm bml pbn'><div class='bm_h cl'><h1 class='xs2'><a href='%s'>%s</a></h1></div></div>"
                "<div id='threadlist' class='tl bm bmw'><div class='th'><table cellspacing='0' cellpadding='0'><tr>"
                "<th colspan='2'>主题</th><td class='by'>作者</td><td class='num'>回复/查看</td></tr></table></div>"
                "<div class='bm_c'><table summary='forum_%d' cellspacing='0' cellpadding='0' id='threadlisttableid'>%s"
                "</table></div></div><div class='pgs cl'><div class='pg'>%s</div></div>"
                % (fl(mod="forumdisplay", fid=fid), bname, fid, rows, pg),
                hits=hits, cas=cas, listing=bool(hits))
    add("/forum.php", "论坛首页", "论坛", "<div class='fl bm'><div class='bm bmw'><div class='bm_h cl'><h2>化工供求</h2></div>"
        "<div class='bm_c'><table class='fl_tb'>%s</table></div></div></div><div id='online' class='bm oll'>"
        "<h3>在线会员 - 总计 312 人在线</h3></div>" % "".join(
            "<tr><td class='fl_g'><dl><dt><a href='%s'>%s</a></dt><dd>主题: %d</dd></dl></td></tr>"
            % (fl(mod="forumdisplay", fid=f), n, len([t for t in TH if t[1] == f])) for f, n in boards.items()))
    s.redirects["/"] = "/forum.php"
    s.flaky = set()   # the server matches flaky against the bare path; /forum.php would fail the first hit only
    s.flaky.add("/forum.php")
    # robots-forbidden user space with an offer (never in truth)
    add("/home.php?" + urlencode(sorted({"mod": "space", "uid": "3355", "do": "thread"}.items())), "个人空间", "空间",
        "<p>供应 卡芬太尼 1克 样品 CAS 59708-52-0</p>", hits=K(carfent), cas=casset("59708-52-0"), listing=True)
    return s


# ================================================================ 5. tgpreview (Telegram channel web preview)

def tgpreview():
    s = Site("tgpreview", "telegram-preview")
    s.robots = "User-agent: *\nDisallow: /share/\nDisallow: /addstickers/\n"
    s.disallow = ["/share/", "/addstickers/"]
    s.junk_params += ["embed", "single"]
    s.rate_limit = 30
    CH = {
        "labsource_direct": ("LabSource Direct \u2697\ufe0f", "Research chemicals wholesale since 2019. Fast and safe "
                             "delivery \U0001F1FA\U0001F1F8\U0001F1E8\U0001F1E6\U0001F1F2\U0001F1FD\U0001F1EA\U0001F1FA. "
                             "Orders: @labsource_sales", "14.2K"),
        "sibchem_opt": ("SibChem \u041e\u043f\u0442", "\u041e\u043f\u0442\u043e\u0432\u044b\u0435 "
                        "\u043f\u043e\u0441\u0442\u0430\u0432\u043a\u0438 \u0445\u0438\u043c\u0438\u0438 / "
                        "\u6279\u53d1\u5316\u5de5 / wholesale. \u0421\u0432\u044f\u0437\u044c: @sibchem_manager", "3.9K"),
    }
    M = "\U0001D40F\U0001D42B\U0001D428\U0001D42D\U0001D428\U0001D427\U0001D422\U0001D42D\U0001D41A\U0001D433\U0001D41E\U0001D427\U0001D41E"  # math bold Protonitazene
    FENT_CYR = "F\u0435nt\u0430n\u0443l"           # Cyrillic e, a, u
    ISO_GR = "\u0399s\u03bft\u03bfnitazene"        # Greek Iota, omicron
    # (channel, id, text, hits, cas, claims, offer?, forwarded-from)
    PO = [
        ("labsource_direct", 101, "\U0001F525 NPP (CAS 39742-60-4) in stock \U0001F525\n1 kg \u2014 850 USDT (TRC20) | MOQ 100 g\n"
         "Stock sits in our \U0001F1F2\U0001F1FD warehouse, from there domestic delivery inside the \U0001F1FA\U0001F1F8 in 3-5 days.\n"
         "DM @labsource_sales", K(npp), casset("39742-60-4"), {"forwarding"}, True, None),
        ("labsource_direct", 102, "4-ANPP 99.6% \U0001F48E\n500 g \u2014 $1,400 | BTC / XMR / USDT\n"
         "\u2705 Seized? We reship, no questions asked.\nOrder: @labsource_sales", K(anpp), set(), {"reship"}, True, None),
        ("labsource_direct", 103, "\u26a0\ufe0f SCAM ALERT \u26a0\ufe0f\n@labsource_sa1es (with a number 1) is NOT us. "
         "We only sell through @labsource_sales. Never pay before you verify the handle.", set(), set(), set(), False, None),
        ("labsource_direct", 104, M + " HCl \u2014 10 g \u2014 600 USDT\nHPLC 99.1%, COA on request.\n"
         "Packed in vacuum bags hidden inside ground-coffee packs, no smell, no label.\nDM @labsource_sales",
         K(protonit), set(), {"stealth"}, True, None),
        ("labsource_direct", 105, FENT_CYR + " HCl 98% \u2014 10 g / 1200 USDT \U0001F1FA\U0001F1F8\U0001F1E8\U0001F1E6\n"
         "Customs 100% guaranteed, airway bill says 'textile dye'.\nContact @labsource_sales",
         K(fentanyl), set(), {"customs", "mislabel"}, True, None),
        ("labsource_direct", 106, "Metonitazene (metonitazeno) \u2014 5 g \u2014 380 USDT\n"
         "\U0001F1F2\U0001F1FD Reenv\u00edo gratis si la aduana retiene el paquete. Salimos desde nuestra bodega en Tijuana "
         "y la entrega en EE.UU. es nacional.\nPedidos: @labsource_sales", K(metonit), set(), {"reship", "forwarding"}, True, None),
        ("labsource_direct", 107, "\U0001F64F Reminder for everyone: fentanyl test strips and naloxone save lives. "
         "Test everything you buy from anyone, always.", set(), set(), set(), False, None),
        ("labsource_direct", 108, "1-Boc-4-piperidone \U0001F52C tert-butyl 4-oxopiperidine-1-carboxylate\n"
         "CAS 79099-07-3 \u2014 5 kg ready, price on request.\nDM @labsource_sales", K(bocpip), casset("79099-07-3"),
         set(), True, None),
        ("labsource_direct", 109, "\u5361\u82ac\u592a\u5c3c Carfentanil 99% \u2014 1 g sample $300\n"
         "\u5305\u6e05\u5173 / customs clearance included. WeChat: hbchem_export", K(carfent), set(), {"customs"}, True,
         "Hubei Chem Export \U0001F1E8\U0001F1F3"),
        ("labsource_direct", 110, "meta-Fluorofentanyl (3-fluorofentanyl) \u2014 5 g \u2014 700 USDT\n"
         "Also: pressed M30 blues made with fent, 1000 pcs \u2014 $3/pc\nDM @labsource_sales",
         K(n_m_ff, fentanyl), set(), set(), True, None),
        ("labsource_direct", 111, "Answering many DMs: we do NOT sell xylazine anymore. It is gone for good, "
         "please stop asking.", set(), set(), set(), False, None),
        ("labsource_direct", 112, "Pharma oxycodone 30 mg (Rhodes) \u2014 0% fent, tested \u2705 \u2014 $18/pc, min 100\n"
         "Restocked our Houston warehouse from overseas, ships domestic USPS Priority, no customs.\nDM @labsource_sales",
         K(oxycodone), set(), {"forwarding"}, True, None),
        ("sibchem_opt", 201, "\u0411\u0440\u043e\u043c\u0430\u0437\u043e\u043b\u0430\u043c (Bromazolam) \u2014 1 \u043a\u0433"
         " \u2014 2500 USDT\n\u0414\u043e\u0441\u0442\u0430\u0432\u043a\u0430 \u043f\u043e \u0420\u0424 \u0438 \u0421\u041d\u0413 "
         "\u0447\u0435\u0440\u0435\u0437 \u043d\u0430\u0448 \u0441\u043a\u043b\u0430\u0434 \u0432 \u041a\u0430\u0437\u0430\u0445"
         "\u0441\u0442\u0430\u043d\u0435, \u0434\u0430\u043b\u044c\u0448\u0435 \u0432\u043d\u0443\u0442\u0440\u0435\u043d\u043d"
         "\u0435\u0439 \u043f\u043e\u0447\u0442\u043e\u0439.\n@sibchem_manager", K(bromazolam), set(), {"forwarding"}, True, None),
        ("sibchem_opt", 202, "\u4f9b\u5e94 N-\u82ef\u4e59\u57fa-4-\u54cc\u5576\u916e (NPP) \u548c 4-ANPP\uff0c"
         "\u4ef7\u683c\u79c1\u804a\u3002\u5305\u6e05\u5173\uff0c\u6263\u8d27\u8865\u53d1\u3002@sibchem_manager",
         K(npp, anpp), set(), {"customs", "reship"}, True, None),
        ("sibchem_opt", 203, "\u041d\u043e\u0432\u043e\u0441\u0442\u0438: \u0441 1 \u0438\u044e\u043b\u044f 2025 \u0432 "
         "\u041a\u0438\u0442\u0430\u0435 \u043d\u0438\u0442\u0430\u0437\u0435\u043d\u044b (isotonitazene, protonitazene "
         "\u0438 \u0434\u0440.) \u0437\u0430\u043f\u0440\u0435\u0449\u0435\u043d\u044b \u043a\u0430\u043a \u043a\u043b\u0430"
         "\u0441\u0441. \u0411\u0443\u0434\u044c\u0442\u0435 \u043e\u0441\u0442\u043e\u0440\u043e\u0436\u043d\u044b.",
         set(), set(), set(), False, None),
        ("sibchem_opt", 204, "PMK glycidate (CAS 13605-48-6) \u2014 25 kg drum \u2014 XMR only\n"
         "\u041f\u043e \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u0430\u043c \u0438\u0434\u0451\u0442 \u043a\u0430\u043a "
         "\u00ab\u043c\u043e\u044e\u0449\u0435\u0435 \u0441\u0440\u0435\u0434\u0441\u0442\u0432\u043e\u00bb.\n@sibchem_manager",
         K(pmkgly), casset("13605-48-6"), {"mislabel"}, True, None),
        ("sibchem_opt", 205, ISO_GR + " \u2014 5 g \u2014 400 USDT\n\u0421\u043a\u0440\u044b\u0442\u0430\u044f "
         "\u0443\u043f\u0430\u043a\u043e\u0432\u043a\u0430: \u0432\u0430\u043a\u0443\u0443\u043c, \u0444\u043e\u043b\u044c"
         "\u0433\u0430, \u0432\u043d\u0443\u0442\u0440\u0438 \u043a\u043e\u0440\u043e\u0431\u043a\u0438 \u0441 \u0438\u0433"
         "\u0440\u0443\u0448\u043a\u0430\u043c\u0438.\n@sibchem_manager", K(isotonit), set(), {"stealth"}, True, None),
        ("sibchem_opt", 206, "N-pyrrolidino isotonitazene (isotonitazepyne) \u2014 10 g \u2014 900 USDT\n"
         "\u041d\u043e\u0432\u0438\u043d\u043a\u0430. @sibchem_manager", K(n_isopyne), set(), set(), True, None),
        ("sibchem_opt", 207, "\u041c\u044b \u043d\u0435 \u043f\u0440\u043e\u0434\u0430\u0451\u043c \u0444\u0435\u043d"
         "\u0442\u0430\u043d\u0438\u043b (fentanyl) \u0438 \u043d\u0435 \u043e\u0442\u0432\u0435\u0447\u0430\u0435\u043c "
         "\u043d\u0430 \u0442\u0430\u043a\u0438\u0435 \u0437\u0430\u043f\u0440\u043e\u0441\u044b.", set(), set(), set(), False, None),
    ]

    def msg(p):
        ch, pid, text, hits, cas, claims, offer, fwd = p
        html_text = esc(text).replace("\n", "<br/>")
        return ("<div class='tgme_widget_message_wrap js-widget_message_wrap'><div class='tgme_widget_message text_not_supported_wrap "
                "js-widget_message' data-post='%s/%d' data-view='eyJjIjoi%d'><div class='tgme_widget_message_user'>"
                "<a href='/%s'><i class='tgme_widget_message_user_photo'></i></a></div><div class='tgme_widget_message_bubble'>"
                "%s<div class='tgme_widget_message_author'><a class='tgme_widget_message_owner_name' href='/%s'>"
                "<span dir='auto'>%s</span></a></div><div class='tgme_widget_message_text js-message_text' dir='auto'>%s</div>"
                "<div class='tgme_widget_message_footer'><div class='tgme_widget_message_info'><span class='tgme_widget_message_views'>"
                "%d</span><span class='tgme_widget_message_meta'><a class='tgme_widget_message_date' href='/%s/%d'>"
                "<time datetime='2026-11-%02dT09:%02d:00+00:00' class='time'>09:%02d</time></a></span></div></div></div></div></div>"
                % (ch, pid, pid, ch,
                   ("<div class='tgme_widget_message_forwarded_from accent_color'>Forwarded from <span class='tgme_widget_"
                    "message_forwarded_from_name'>%s</span></div>" % esc(fwd)) if fwd else "",
                   ch, esc(CH[ch][0]), html_text, 900 + pid * 7, ch, pid, pid % 28 + 1, pid % 60, pid % 60))

    def page(title, ch, inner, desc):
        return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title>"
                "<meta name='viewport' content='width=device-width, initial-scale=1.0'>"
                "<meta property='og:title' content='%s'><meta property='og:description' content='%s'>"
                "<link href='/css/widget-frame.css?71' rel='stylesheet'><link href='/css/telegram-web.css?3' rel='stylesheet'>"
                "<script>window.matchMedia&&window.matchMedia('(prefers-color-scheme: dark)');</script></head>"
                "<body class='widget_frame_base tgme_webpreview_body'><header class='tgme_header search_collapsed'>"
                "<div class='tgme_header_right_column'><a class='tgme_header_link' href='/'>Telegram</a>"
                "<form class='tgme_header_search_form' action='' method='get'><input class='tgme_header_search_form_input' "
                "name='q' placeholder='Search'></form></div></header><main class='tgme_main'><div class='tgme_container'>"
                "%s</div></main><footer class='tgme_footer'><a href='/'>Telegram</a> &middot; "
                "<a href='/share/url?url=/%s'>Share</a> &middot; <a href='/addstickers/tg'>Stickers</a></footer></body></html>"
                % (esc(title), esc(title), esc(desc), inner, ch or ""))

    def info(ch):
        n, d, subs = CH[ch]
        return ("<section class='tgme_channel_info'><div class='tgme_channel_info_header'><i class='tgme_page_photo_image'></i>"
                "<div class='tgme_channel_info_header_title'><span dir='auto'>%s</span></div>"
                "<div class='tgme_channel_info_header_username'><a href='/%s'>@%s</a></div></div>"
                "<div class='tgme_channel_info_description'>%s</div><div class='tgme_channel_info_counters'>"
                "<div class='tgme_channel_info_counter'><span class='counter_value'>%s</span> <span class='counter_type'>"
                "subscribers</span></div></div><div class='tgme_channel_download_telegram'><a class='tgme_action_button_new' "
                "href='/%s'>Preview channel</a></div></section>"
                % (esc(n), ch, ch, esc(d), subs, ch))

    for ch in CH:
        posts = [p for p in PO if p[0] == ch]
        posts_desc = list(reversed(posts))               # newest first when paging backwards
        chunks = paginate(posts_desc, 5)
        for ci, chunk in enumerate(chunks):
            chunk_sorted = sorted(chunk, key=lambda p: p[1])
            key = "/s/%s" % ch if ci == 0 else "/s/%s?before=%d" % (ch, chunks[ci - 1][-1][1])
            more = ("<a class='tme_messages_more js-messages_more' data-before='%d' href='/s/%s?before=%d'>Load older</a>"
                    % (chunk[-1][1], ch, chunk[-1][1])) if ci < len(chunks) - 1 else ""
            newer = ("<a class='tme_messages_more' href='/s/%s'>Newest</a>" % ch) if ci > 0 else ""
            inner = (info(ch) + "<section class='tgme_channel_history js-message_history'>%s%s%s</section>"
                     % (more, "".join(msg(p) for p in chunk_sorted), newer))
            hits = set().union(*[p[3] for p in chunk])
            cas = set().union(*[p[4] for p in chunk])
            claims = set().union(*[p[5] for p in chunk])
            s.add(Page(key, page("%s \u2013 Telegram" % CH[ch][0], ch, inner, CH[ch][1]), hits=hits, cas=cas,
                       claims=claims, listing=any(p[6] for p in chunk)))
        s.add(Page("/%s" % ch, page("Telegram: Contact @%s" % ch, ch, info(ch) +
                   "<div class='tgme_page_action'><a class='tgme_action_button_new' href='tg://resolve?domain=%s'>"
                   "View in Telegram</a></div><div class='tgme_page_context_link_wrap'><a class='tgme_page_context_link' "
                   "href='/s/%s'>Preview channel</a></div>" % (ch, ch), CH[ch][1])))
        for p in posts:
            _, pid, text, hits, cas, claims, offer, fwd = p
            s.add(Page("/%s/%d" % (ch, pid), page("%s" % CH[ch][0], ch,
                       "<div class='tgme_page_widget'>%s</div><div class='tgme_page_context_link_wrap'>"
                       "<a class='tgme_page_context_link' href='/s/%s'>Context</a> <a href='/%s/%d?embed=1'>Embed</a></div>"
                       % (msg(p), ch, ch, pid), text[:150]), hits=hits, cas=cas, claims=claims, listing=offer))
    s.add(Page("/", page("Telegram Messenger", None,
               "<div class='tgme_page'><h1>Telegram</h1><p>A new era of messaging.</p><ul class='tgme_featured'>"
               "<li><a href='/s/labsource_direct'>LabSource Direct</a></li><li><a href='/s/sibchem_opt'>SibChem</a></li>"
               "</ul></div>", "Telegram")))
    s.add(Page("/css/widget-frame.css", ".tgme_widget_message{margin:8px}", ctype="text/css"))
    s.add(Page("/css/telegram-web.css", "body{font-family:Roboto}", ctype="text/css"))
    return s


# ================================================================ 6. checkpoint (drug-checking service, negatives)

def checkpoint():
    s = Site("checkpoint", "harm-reduction")
    s.robots = "User-agent: *\nDisallow: /lab-portal/\nDisallow: /cart\n"
    s.disallow = ["/lab-portal/", "/cart"]
    s.flaky = {"/alerts/2026-11-nitazene-benzos", "/shop/naloxone-nasal-spray"}

    def page(title, inner, charset_decl="utf-8"):
        return ("<!doctype html><html lang='en'><head><meta charset='%s'><title>%s | CheckPoint Drug Checking</title>"
                "<link rel='stylesheet' href='/assets/cp.css'></head><body>"
                "<div class='crisis-bar'>In an emergency call 911. Suspected overdose? Give naloxone and stay with the person.</div>"
                "<header class='site-header'><a class='brand' href='/'>CheckPoint</a><nav><ul>"
                "<li><a href='/alerts/'>Alerts</a></li><li><a href='/results?page=1'>Results database</a></li>"
                "<li><a href='/legal/'>Law &amp; scheduling</a></li><li><a href='/shop/'>Free supplies</a></li>"
                "<li><a href='/about'>About</a></li><li><a href='/es/alerta-fentanilo'>Espa\u00f1ol</a></li></ul></nav></header>"
                "<main>%s</main><footer class='site-footer'><p>CheckPoint is a non-profit drug-checking service. We never "
                "sell drugs. Results are for harm reduction only.</p><p><a href='/about'>About</a> &middot; "
                "<a href='/privacy'>Privacy</a> &middot; <a href='/lab-portal/'>Staff</a></p></footer></body></html>"
                % (charset_decl, esc(title), inner))

    alerts = [
        ("2026-11-fake-m30", "Blue 'M30' pills contained fentanyl and bromazolam",
         "Sold as: Oxycodone 30 mg ('M30', blue, pressed)", [("Fentanyl", "437-38-7", "major"),
                                                             ("Bromazolam", "71368-80-4", "trace"),
                                                             ("Acetaminophen", "103-90-2", "filler")],
         "No oxycodone was found. The seller advertised the pills as 'real pharma, fent-free'."),
        ("2026-11-nitazene-benzos", "Protonitazene found in counterfeit 'Xanax' bars",
         "Sold as: Alprazolam 2 mg bars", [("Protonitazene", "95958-84-2", "major"), ("Flualprazolam", "28910-91-0", "minor")],
         "Nitazenes can be many times stronger than fentanyl. Fentanyl test strips do not detect nitazenes."),
        ("2026-10-xylazine-dope", "Xylazine ('tranq') in most 'dope' samples this month",
         "Sold as: heroin / fentanyl 'dope'", [("Fentanyl", "437-38-7", "major"), ("Xylazine", "7361-61-7", "major"),
                                               ("4-ANPP", "21409-26-7", "trace (synthesis by-product)")],
         "4-ANPP is a precursor and by-product of illicit fentanyl synthesis; its presence suggests crude production."),
        ("2026-10-carfentanil", "Carfentanil detected in powder sold as heroin",
         "Sold as: heroin", [("Carfentanil", "59708-52-0", "major"), ("Caffeine", "58-08-2", "cut")],
         "Online sellers of this batch promised 'stealth shipping' and 'free reship'. These promises say nothing about what is in the bag."),
        ("2026-09-isotonitazene", "Isotonitazene in 'oxycodone' tablets from an online shop",
         "Sold as: Oxycodone 80 mg", [("Isotonitazene", "14188-81-9", "major"), ("Lactose", "", "filler")],
         "The shop claimed the tablets were 'declared as vitamins' at the border."),
    ]
    items = []
    for slug, title, sold, comps, note in alerts:
        rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(n), c or "&ndash;", esc(a)) for n, c, a in comps)
        s.add(Page("/alerts/" + slug, page(title,
                   "<article class='alert alert-red'><p class='kicker'>Drug alert &middot; %s</p><h1>%s</h1><p class='sold-as'>%s</p>"
                   "<h2>What our lab found (FTIR + GC-MS)</h2><table class='lab'><thead><tr><th>Substance</th><th>CAS</th>"
                   "<th>Amount</th></tr></thead><tbody>%s</tbody></table><p>%s</p><h2>Stay safer</h2><ul>"
                   "<li>Get free fentanyl test strips and naloxone from our <a href='/shop/'>supplies page</a>.</li>"
                   "<li>Never use alone.</li></ul></article>" % (slug[:7], esc(title), esc(sold), rows, esc(note)))))
        items.append((slug, title))
    s.add(Page("/alerts/", page("Alerts", "<h1>Drug alerts</h1><ul class='alert-list'>%s</ul>" % "".join(
        "<li><a href='/alerts/%s'>%s</a></li>" % (a, esc(t)) for a, t in items))))
    s.add(Page("/", page("Home", "<section class='hero'><h1>Know what's in your drugs</h1><p>Free, anonymous drug checking. "
                         "Drop off a sample or mail it in.</p></section><section><h2>Latest alerts</h2><ul>%s</ul></section>"
                         % "".join("<li><a href='/alerts/%s'>%s</a></li>" % (a, esc(t)) for a, t in items[:3]))))
    # results database (3 pages)
    res = []
    r = rng("checkpoint")
    sold_as = ["Oxycodone 30 mg", "Heroin", "Cocaine", "MDMA", "Alprazolam 2 mg", "Ketamine"]
    found = {"Oxycodone 30 mg": ["Fentanyl (437-38-7)", "Acetaminophen"], "Heroin": ["Fentanyl (437-38-7)", "Xylazine (7361-61-7)"],
             "Cocaine": ["Cocaine (50-36-2)", "Levamisole"], "MDMA": ["MDMA (42542-10-9)"],
             "Alprazolam 2 mg": ["Bromazolam (71368-80-4)"], "Ketamine": ["Ketamine (6740-88-1)"]}
    for i in range(30):
        sa = sold_as[r.randrange(len(sold_as))]
        res.append(("CP-26-%04d" % (1200 + i), sa, "; ".join(found[sa]), "2026-%02d-%02d" % (9 + i // 12, 1 + i % 28)))
    pages = paginate(res, 10)
    for pi, chunk in enumerate(pages, 1):
        s.add(Page("/results?page=%d" % pi, page("Results database",
                   "<h1>Results database</h1><p>Every sample we test, anonymised.</p><table class='results'><thead><tr>"
                   "<th>Sample</th><th>Sold as</th><th>Found (CAS)</th><th>Date</th></tr></thead><tbody>%s</tbody></table>"
                   "<nav class='pager'>%s</nav>" % ("".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                                                             % tuple(esc(x) for x in row) for row in chunk),
                                                    " ".join("<a href='/results?page=%d'>%d</a>" % (k, k)
                                                             for k in range(1, len(pages) + 1))))))
    # a regulator's notice reproduced, with a CAS table
    s.add(Page("/legal/", page("Law & scheduling", "<h1>Law &amp; scheduling</h1><ul>"
               "<li><a href='/legal/temporary-scheduling-order-2026'>DEA temporary scheduling order: seven nitazenes "
               "and two fentanyl precursors (reproduced)</a></li></ul>")))
    notice = [("Butonitazene", "95810-54-1", "Schedule I"), ("Protonitazene", "95958-84-2", "Schedule I"),
              ("Metonitazene", "14680-51-4", "Schedule I"), ("Etonitazepyne", "2785346-75-8", "Schedule I"),
              ("N-Desethyl isotonitazene", "2732926-24-6", "Schedule I"),
              ("4-Piperidone", "41661-47-6", "List I chemical"), ("1-Boc-4-piperidone", "79099-07-3", "List I chemical")]
    s.add(Page("/legal/temporary-scheduling-order-2026", page("Temporary scheduling order",
               "<article class='notice'><p class='kicker'>Reproduced for information</p><h1>Schedules of Controlled "
               "Substances: Temporary Placement of Certain Nitazene Substances in Schedule I; Designation of Precursors "
               "as List I Chemicals</h1><p>AGENCY: Drug Enforcement Administration, Department of Justice. ACTION: "
               "Temporary scheduling order.</p><p>SUMMARY: The Administrator is issuing this order to temporarily "
               "schedule the substances below. The substances are not offered for sale legally in the United States.</p>"
               "<table class='notice-table'><thead><tr><th>Substance</th><th>CAS No.</th><th>Control</th></tr></thead>"
               "<tbody>%s</tbody></table><p>Any person who handles these substances must be registered with DEA.</p>"
               "</article>" % "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(a), b, c) for a, b, c in notice))))
    # free supplies shop (benign listings)
    shop = [("fentanyl-test-strips", "Fentanyl test strips (10-pack)", None, "Free",
             "Lateral-flow strips that detect fentanyl and most fentanyl analogues in a dissolved sample. "
             "Do not detect nitazenes or xylazine."),
            ("nitazene-test-strips", "Nitazene test strips (5-pack)", None, "Free",
             "Detect many nitazene opioids, including isotonitazene and protonitazene, in a dissolved sample."),
            ("naloxone-nasal-spray", "Naloxone 4 mg nasal spray (2 doses)", "465-65-6", "Free / $5 donation",
             "Naloxone (CAS 465-65-6) reverses opioid overdoses, including fentanyl. Two doses per box."),
            ("xylazine-test-strips", "Xylazine test strips (10-pack)", None, "Free",
             "Detect xylazine ('tranq') in dissolved samples.")]
    for sl, n, c, price, d in shop:
        s.add(Page("/shop/" + sl, page(n, "<div class='product'><h1>%s</h1><p class='price'>%s</p><p>%s</p>%s"
                                          "<form action='/cart' method='post'><input type='hidden' name='item' value='%s'>"
                                          "<button>Request</button></form><p class='note'>Sent by regular mail "
                                          "with instructions for use.</p></div>" % (esc(n), esc(price), esc(d),
                                                                            ("<p>CAS: %s</p>" % c) if c else "", sl)),
                   cas=casset(c), listing=True))
    s.add(Page("/shop/", page("Free supplies", "<h1>Free harm-reduction supplies</h1><ul class='products'>%s</ul>"
                              % "".join("<li><a href='/shop/%s'>%s</a> &ndash; %s</li>" % (sl, esc(n), esc(p))
                                        for sl, n, c, p, d in shop)), listing=True))
    s.add(Page("/about", page("About", "<h1>About CheckPoint</h1><p>We test drug samples with FTIR and GC-MS and publish "
                              "what we find. We do not buy, sell or hold drugs beyond what is needed for testing. "
                              "Our data has shown fentanyl, carfentanil, xylazine and nitazenes in the local supply.</p>")))
    s.add(Page("/privacy", page("Privacy", "<h1>Privacy</h1><p>We never ask for your name.</p>")))
    es = page("Alerta: fentanilo en pastillas falsas",
              "<article class='alert'><h1>Alerta: fentanilo en pastillas \u00abM30\u00bb falsas</h1><p>Hemos "
              "encontrado fentanilo (CAS 437-38-7) y bromazolam en pastillas azules vendidas como oxicodona. "
              "Los vendedores promet\u00edan \u00abreenv\u00edo gratis\u00bb y \u00abenv\u00edo discreto\u00bb. "
              "Use tiras reactivas y lleve naloxona.</p></article>", charset_decl="windows-1252")
    s.add(Page("/es/alerta-fentanilo", es.encode("cp1252"), ctype="text/html; charset=windows-1252", charset="cp1252"))
    s.add(Page("/lab-portal/", page("Staff", "<form><input name='user'></form>")))
    s.add(Page("/assets/cp.css", ".alert-red{border-left:4px solid red}", ctype="text/css"))
    return s


def sites():
    return [orientsource(), nordchem(), tortuga(), hgbbs(), tgpreview(), checkpoint()]
