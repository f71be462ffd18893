"""Site 5: policy-desk, hard negatives only (no hits anywhere).

/news/            newsroom: seizure reports (EN), with quoted vendor adverts and quoted promises
/zh/news/         Chinese news (one article gb2312 declared only in <meta>, others utf-8)
/notices/         regulator scheduling notices with CAS tables (Federal-Register style, and a Chinese 公告)
/shop/            harm-reduction shop (Shopify-like): fentanyl/xylazine/nitazene test strips, naloxone
/events/          crawl trap (calendar); /shop/cart and /shop/checkouts/ are robots-forbidden
"""
from marketsim import Site
from w15_common import A, mk, esc, ld, B, Page, tiny_png


def policy_desk():
    s = Site("policy-desk", "news-regulator-harmreduction")
    s.robots = "User-agent: *\nDisallow: /shop/cart\nDisallow: /shop/checkouts/\nDisallow: /search\n"
    s.disallow = ["/shop/cart", "/shop/checkouts/", "/search"]
    s.trap_prefix = "/events/"
    s.junk_params = ["utm_source", "utm_medium", "utm_campaign", "fbclid", "ref", "variant", "sid"]

    def head(title, lang="en", cs="utf-8", section="news"):
        return ("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"%s\"><title>%s</title>"
                "<meta name=\"description\" content=\"%s\"><link rel=\"stylesheet\" href=\"/assets/site.css\">"
                "<script async src=\"/assets/analytics.js\"></script></head><body class=\"section-%s\">"
                "<div class=\"cookie-consent\" role=\"dialog\">%s <button>OK</button></div>"
                "<header class=\"masthead\"><a class=\"brand\" href=\"/\">Policy Desk</a><nav class=\"primary\">"
                "<a href=\"/news/\">News</a> <a href=\"/zh/news/\">中文</a> <a href=\"/notices/\">Scheduling notices</a> "
                "<a href=\"/shop/\">Harm-reduction shop</a> <a href=\"/events/2026-12\">Events</a> <a href=\"/search?q=\">Search</a></nav></header>"
                "<main id=\"content\">") % (lang, cs, esc(title), esc(title), section,
                                           "本站使用 Cookie。" if lang == "zh" else "We use cookies for analytics.")
    foot = ("</main><footer class=\"site-footer\"><p>Policy Desk &middot; independent reporting on drug policy. "
            "<a href=\"/about\">About</a> &middot; <a href=\"/news/feed.xml\">RSS</a></p></footer></body></html>")

    NEWS = [
        ("customs-seize-npp-pigment", "Customs seize 40 kg of fentanyl precursors declared as pigment",
         "<p>Border officers at the port of Long Beach seized 40 kilograms of N-phenethyl-4-piperidone (NPP, CAS 39742-60-4) "
         "and 12 kilograms of 4-ANPP hidden in drums labelled &ldquo;organic pigment&rdquo;, the agency said on Tuesday.</p>"
         "<figure class=\"quote-card\"><blockquote>NPP 99% CAS 39742-60-4 &ndash; 100% customs clearance, reship if seized, "
         "ships from our Mexico warehouse</blockquote><figcaption>An advert investigators attributed to the seller.</figcaption></figure>"
         "<p>&ldquo;These sellers promise to reship anything we seize,&rdquo; a spokesperson said. &ldquo;They label parcels as "
         "dyes, candles or phone cases.&rdquo;</p>"),
        ("nitazenes-in-heroin-supply", "Nitazenes found in a quarter of heroin samples, lab says",
         "<p>Isotonitazene, metonitazene and protonitazene were found in 24 of 96 heroin samples tested by the city's drug "
         "checking service. Several samples also contained xylazine.</p><p>Naloxone reverses nitazene overdoses, but "
         "several doses may be needed.</p>"),
        ("m30-pressed-pills-warning", "Police warn of fake 'M30' pills containing fentanyl",
         "<p>Blue pills stamped &ldquo;M30&rdquo; sold as oxycodone contained fentanyl and, in three cases, carfentanil, "
         "police said. Sellers on social media advertised them as &ldquo;pharma&rdquo; and promised &ldquo;discreet, "
         "vacuum-sealed shipping&rdquo;.</p><p>The department handed out 300 free fentanyl test strips at the weekend.</p>"),
        ("eu-early-warning-crotonyl", "EU early-warning system flags new fentanyl analogue",
         "<p>The EU Drugs Agency issued an alert on ortho-methylcyclopropylfentanyl and crotonylfentanyl, found in "
         "seized powders in two member states. Neither is sold legally anywhere.</p>"
         "<table class=\"data\"><tr><th>Substance</th><th>First detected</th></tr><tr><td>Crotonylfentanyl</td><td>2017</td></tr>"
         "<tr><td>ortho-Methylcyclopropylfentanyl</td><td>2026</td></tr></table>"),
        ("dark-web-vendor-convicted", "Dark-web vendor who promised 'stealth shipping' convicted",
         "<p>A 31-year-old man who sold carfentanil and furanylfentanyl on a darknet market was convicted on Friday. "
         "Prosecutors read out his listings, which promised &ldquo;stealth packaging&rdquo; and &ldquo;free reship if "
         "customs takes it&rdquo;. Some vendors, the court heard, route parcels through forwarding warehouses in the "
         "Netherlands to avoid customs checks.</p>"),
        ("test-strip-legalisation", "State legalises fentanyl test strips",
         "<p>Fentanyl test strips are no longer classed as drug paraphernalia. Pharmacies may now sell strips and "
         "naloxone (CAS 465-65-6) without a prescription.</p>"),
    ]
    for k, (slug, title, html) in enumerate(NEWS):
        s.add(mk("/news/2026/12/%s/" % slug, head(title) +
                 "<article class=\"story\"><header><p class=\"kicker\">Drugs &amp; crime</p><h1 class=\"headline\">%s</h1>"
                 "<p class=\"byline\">By Staff Reporter &middot; <time datetime=\"2026-12-%02d\">Dec %d, 2026</time></p></header>"
                 "<div class=\"story-body\">%s</div><aside class=\"related\"><h2>Related</h2>%s</aside></article>" % (
                     esc(title), k + 1, k + 1, html, "".join("<a href=\"/news/2026/12/%s/\">%s</a><br>" % (o[0], esc(o[1]))
                                                            for o in NEWS if o[0] != slug)[:600]) + foot))
        s.redirects["/news/%d" % (1000 + k)] = "/news/2026/12/%s/" % slug
    for pi, chunk in enumerate([NEWS[:4], NEWS[4:]], 1):
        s.add(mk("/news/" if pi == 1 else "/news/page/%d/" % pi, head("News") + "<h1>Latest news</h1><ul class=\"river\">%s</ul>"
                 "<nav class=\"pager\"><a href=\"/news/\">1</a> <a href=\"/news/page/2/\">2</a></nav>" % "".join(
                     "<li><a href=\"/news/%d?utm_source=river\">%s</a></li>" % (1000 + NEWS.index(n), esc(n[1])) for n in chunk) + foot))

    ZH = [
        ("haiguan-chahuo-qianti", "海关查获芬太尼前体化学品 伪报品名为“涂料助剂”", "gb2312", False,
         "<p>据海关总署消息，某口岸近日查获一批出口货物，申报品名为“涂料助剂”，经检测实为N-苯乙基-4-哌啶酮（NPP，CAS号39742-60-4）"
         "和4-苯胺基-N-苯乙基哌啶，共计200公斤。</p><p>办案人员介绍，涉案卖家在境外网站宣称“包清关”“扣货免费补发”，"
         "并通过香港转运。</p>"),
        ("nigin-lei-guanzhi", "尼秦类物质7月起整类列管", "utf-8", True,
         "<p>国家禁毒委员会办公室表示，自2025年7月1日起，尼秦类物质整类列入管制，异托尼秦、美托尼秦、普罗托尼秦等均在其中。</p>"),
        ("ceshi-shizhi", "芬太尼检测试纸走进校园宣传", "utf-8", True,
         "<p>在禁毒宣传周活动中，志愿者向学生介绍芬太尼及其类似物的危害，并展示了检测试纸的使用方法。</p>"),
    ]
    for slug, title, cs, hdr, html in ZH:
        s.add(mk("/zh/news/%s.html" % slug, head(title, "zh", cs) + "<article class=\"story\"><h1 class=\"headline\">%s</h1>"
                 "<p class=\"byline\">本报记者 2026年12月</p><div class=\"story-body\">%s</div></article>" % (esc(title), html) + foot,
                 charset=cs, header=hdr))
    s.add(mk("/zh/news/", head("中文新闻", "zh") + "<h1>中文新闻</h1><ul>%s</ul>" % "".join(
        "<li><a href=\"/zh/news/%s.html\">%s</a></li>" % (z[0], esc(z[1])) for z in ZH) + foot))

    NOTICES = [
        ("2026-21877", "Schedules of Controlled Substances: Temporary Placement of Butonitazene, Etazene, Etonitazepyne, "
         "Metonitazene, N-Desethyl Isotonitazene and Protonitazene in Schedule I", "en",
         [("Butonitazene", "95810-54-1"), ("Etazene (etodesnitazene)", "14030-76-3"), ("Etonitazepyne", "2785346-75-8"),
          ("Metonitazene", "14680-51-4"), ("N-Desethyl isotonitazene", "2732926-24-6"), ("Protonitazene", "95958-84-2")],
         "<p>The Administrator of the Drug Enforcement Administration is issuing this temporary scheduling order to place "
         "the substances listed below in schedule I of the Controlled Substances Act.</p>"),
        ("2026-22010", "Designation of 4-Piperidone and 1-boc-4-Piperidone as List I Chemicals", "en",
         [("4-Piperidone", "41661-47-6"), ("1-boc-4-Piperidone (tert-butyl 4-oxopiperidine-1-carboxylate)", "79099-07-3")],
         "<p>This rule designates two fentanyl precursor chemicals as list I chemicals. Handlers must register and report "
         "suspicious orders. Comments that vendors advertise these chemicals with &ldquo;customs clearance&rdquo; "
         "are addressed in section III.</p>"),
        ("2026-22115", "Schedules of Controlled Substances: Placement of Xylazine in Schedule III", "en",
         [("Xylazine", "7361-61-7"), ("Xylazine hydrochloride", "23076-35-9")],
         "<p>Veterinary products containing xylazine remain available by prescription.</p>"),
    ]
    ZHN = [
        ("gonggao-2025-nitazene", "关于将尼秦类物质列入《非药用类麻醉药品和精神药品管制品种增补目录》的公告",
         [("异托尼秦", "Isotonitazene", "14188-81-9"), ("美托尼秦", "Metonitazene", "14680-51-4"),
          ("普罗托尼秦", "Protonitazene", "95958-84-2"), ("丁托尼秦", "Butonitazene", "95810-54-1"),
          ("依托尼秦吡咯烷", "Etonitazepyne", "2785346-75-8")]),
        ("gonggao-2019-fentanyl", "关于将芬太尼类物质列入《非药用类麻醉药品和精神药品管制品种增补目录》的公告",
         [("芬太尼", "Fentanyl", "437-38-7"), ("卡芬太尼", "Carfentanil", "59708-52-0"), ("呋喃芬太尼", "Furanylfentanyl", "101345-66-8"),
          ("戊酰芬太尼", "Valerylfentanyl", "122882-90-0"), ("4-氟异丁酰芬太尼", "4-Fluoroisobutyrylfentanyl", "244195-32-2")]),
    ]
    for docno, title, lang, rows, intro in NOTICES:
        s.add(mk("/notices/%s" % docno, head(title, section="notices") +
                 "<div class=\"doc-header\"><p class=\"agency\">DEPARTMENT OF JUSTICE &mdash; Drug Enforcement Administration</p>"
                 "<p class=\"docket\">21 CFR Part 1308 &middot; [Docket No. DEA-%s] &middot; FR Doc. %s</p><h1>%s</h1></div>"
                 "<div class=\"doc-body\"><h2>Action</h2><p>Final rule.</p>%s<h2>Substances</h2><table class=\"cfr\">"
                 "<tr><th>Substance</th><th>CAS Registry Number</th><th>DEA code</th></tr>%s</table>"
                 "<p><a href=\"/notices/\">All notices</a></p></div>" % (
                     docno[-3:], docno, esc(title), intro,
                     "".join("<tr><td>%s</td><td>%s</td><td>%d</td></tr>" % (n, c, 9700 + i) for i, (n, c) in enumerate(rows))) + foot))
    for slug, title, rows in ZHN:
        s.add(mk("/notices/zh/%s.html" % slug, head(title, "zh", section="notices") +
                 "<div class=\"doc-header\"><p class=\"agency\">公安部 国家卫生健康委员会 国家药品监督管理局</p><h1>%s</h1></div>"
                 "<div class=\"doc-body\"><p>根据《麻醉药品和精神药品管理条例》有关规定，决定将下列物质列入管制。本公告自发布之日起施行。</p>"
                 "<table class=\"gb\"><tr><th>序号</th><th>中文名</th><th>英文名</th><th>CAS号</th></tr>%s</table></div>" % (
                     esc(title), "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (i + 1, a, b, c)
                                         for i, (a, b, c) in enumerate(rows))) + foot))
    s.add(mk("/notices/", head("Scheduling notices", section="notices") + "<h1>Scheduling notices</h1><ul>%s%s</ul>" % (
        "".join("<li><a href=\"/notices/%s?utm_source=index\">%s</a></li>" % (n[0], esc(n[1])) for n in NOTICES),
        "".join("<li><a href=\"/notices/zh/%s.html\">%s</a></li>" % (z[0], esc(z[1])) for z in ZHN)) + foot))

    # ---------------------------------------------------------------- harm-reduction shop
    PRODUCTS = [
        ("fentanyl-test-strips-10", "Fentanyl Test Strips (10 pack)", "$12.00", "", None,
         "<p>Lateral-flow immunoassay strips. Detect fentanyl and most fentanyl analogues (incl. acetylfentanyl and "
         "furanylfentanyl) at 20 ng/mL. Do not detect carfentanil reliably.</p>"),
        ("fentanyl-test-strips-100", "Fentanyl Test Strips – bulk (100 pack)", "$85.00", "", None,
         "<p>Bulk pack for outreach programmes.</p>"),
        ("xylazine-test-strips", "Xylazine Test Strips (5 pack)", "$9.00", "", None,
         "<p>Detects xylazine in drug samples. Xylazine is not an opioid; naloxone does not reverse it.</p>"),
        ("nitazene-test-strips", "Nitazene Test Strips (5 pack)", "$11.00", "", None,
         "<p>Detects many nitazenes including isotonitazene and metonitazene. Cross-reactivity chart in the box.</p>"),
        ("naloxone-nasal-spray-4mg", "Naloxone HCl Nasal Spray 4 mg (2 doses)", "$44.99", "357-08-4", "naloxhcl",
         "<p>Opioid overdose reversal. Active ingredient: naloxone hydrochloride (CAS 357-08-4). Over the counter.</p>"),
        ("naloxone-kit", "Overdose Response Kit", "$65.00", "465-65-6", "naloxone",
         "<p>Naloxone injection (naloxone base, CAS 465-65-6), gloves, face shield and instructions.</p>"),
        ("reagent-test-kit", "Reagent Test Kit (Marquis, Mecke, Simon's)", "$39.00", "", None,
         "<p>Colour reagents for identifying substances. Not suitable for fentanyl.</p>"),
    ]

    def shophead(title):
        return head(title, section="shop") + ("<div class=\"shopify-section announcement-bar\"><p>Free shipping on "
                                              "outreach orders over $100</p></div>")
    for slug, title, price, cas, bkey, html in PRODUCTS:
        acc = A(cas=[cas]) if cas else A()
        s.add(mk("/shop/products/%s" % slug, shophead(title) +
                 "<div class=\"product__info-wrapper\"><h1 class=\"product__title\">%s</h1><div class=\"price price--large\">"
                 "<span class=\"price-item price-item--regular\">%s</span></div><div class=\"product__description rte\">%s</div>"
                 "<form action=\"/shop/cart/add\" method=\"post\"><button class=\"product-form__submit\">Add to cart</button></form>"
                 "<a href=\"/shop/pages/shipping-faq\">Shipping FAQ</a></div>" % (esc(title), price, html) +
                 ld({"@context": "https://schema.org/", "@type": "Product", "name": title,
                     "offers": {"@type": "Offer", "price": price.strip("$"), "priceCurrency": "USD"}}) + foot,
                 acc=acc, listing=True))
    for pi, chunk in enumerate([PRODUCTS[:4], PRODUCTS[4:]], 1):
        s.add(mk("/shop/collections/all" + ("" if pi == 1 else "?page=2"),
                 shophead("All products") + "<h1 class=\"collection-hero__title\">All products</h1><ul class=\"grid product-grid\">%s</ul>"
                 "<nav class=\"pagination\"><a href=\"/shop/collections/all\">1</a> <a href=\"/shop/collections/all?page=2\">2</a></nav>" % "".join(
                     "<li class=\"grid__item\"><div class=\"card__information\"><h3 class=\"card__heading\"><a href=\"/shop/products/%s?variant=4%d\">%s</a></h3>"
                     "<span class=\"price-item\">%s</span></div></li>" % (p[0], k, esc(p[1]), p[2]) for k, p in enumerate(chunk)) + foot,
                 listing=True))
    s.add(mk("/shop/", shophead("Harm-reduction shop") + "<h1>Stay safe</h1><p>Test strips and naloxone, shipped at cost.</p>"
             "<a href=\"/shop/collections/all\">Shop all</a> <a href=\"/shop/pages/shipping-faq\">Shipping FAQ</a> "
             "<a href=\"/shop/cart\">Cart (0)</a>" + foot))
    s.add(mk("/shop/pages/shipping-faq", shophead("Shipping FAQ") +
             "<h1>Shipping FAQ</h1><h2>What does the parcel look like?</h2><p>Every order goes out in a plain, unmarked mailer "
             "&ndash; nothing on the outside says what is inside or who sent it.</p><h2>Do you ship internationally?</h2>"
             "<p>No. We only ship within the United States. We never mislabel parcels and we do not use forwarding services.</p>"
             "<h2>Lost parcels</h2><p>Contact us and we will look into it.</p>" + foot, acc=A(claims=["stealth"])))
    s.add(mk("/shop/cart", shophead("Cart") + "<p>Your cart is empty.</p>" + foot))
    s.add(mk("/about", head("About") + "<h1>About Policy Desk</h1><p>We report on drug policy and run a not-for-profit harm-reduction shop.</p>" + foot))
    s.add(mk("/", head("Policy Desk") + "<h1>Policy Desk</h1><section class=\"top-stories\"><a href=\"/news/\">Latest news</a> "
             "<a href=\"/zh/news/\">中文新闻</a> <a href=\"/notices/\">Scheduling notices</a> <a href=\"/shop/\">Shop</a> "
             "<a href=\"/news/page/2/\">Older news</a></section>" + foot))
    s.add(Page("/news/feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Policy Desk</title></channel></rss>",
               ctype="application/rss+xml"))
    s.add(Page("/assets/site.css", "body{font-family:Georgia,serif}", ctype="text/css"))
    s.add(Page("/assets/report-2026.pdf", b"%PDF-1.4\n% fentanyl seizure statistics\n%%EOF\n", ctype="application/pdf"))
    s.flaky |= {"/notices/2026-21877", "/shop/products/naloxone-kit", "/zh/news/haiguan-chahuo-qianti.html"}
    return s
