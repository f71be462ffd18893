"""chemnet-dir: a ChemNet / ChemicalBook-style CAS directory, English (UTF-8) and Chinese (/zh/, GBK
declared only in the HTTP Content-Type header, no <meta>).

CAS pages list many suppliers per compound (supplier table, contact links into robots-forbidden
/member/), supplier pages list their products, buying leads (purchase requests) are negatives,
a hot-CAS ticker on every page is chrome, a trade-fair calendar is a crawl trap (/exhibition/).
"""
from marketsim import Site
from w18_common import (Acc, mk, esc, href, cl, INVALID_CAS,
                        npp, anpp, ap4, boc4ap, bocpip, pip4, norfent, benzylf, xylazine, bmkgly, pmkgly,
                        hydroxylimine, protonit, metonit, bromazolam, carfent, fentanyl, isotonit,
                        caffeine, niacinamide, inositol, lidocaine, bochp, bocpz, hp4, pea, mgst, benzocaine)

# supplier id -> (English name, Chinese name, city, claims (kind, lang-index), products)
SUP = {
    101: ("Wuhan Kangsheng Pharmaceutical Technology Co., Ltd.", "武汉康盛医药科技有限公司", "Wuhan, Hubei",
          [("customs", 0), ("stealth", 0)], [npp, anpp, bocpip, ap4, boc4ap, hp4]),
    102: ("Hebei Shuangxin Chemical Co., Ltd.", "河北双鑫化工有限公司", "Shijiazhuang, Hebei",
          [("forwarding", 1), ("reship", 0)], [bmkgly, pmkgly, pip4, npp]),
    103: ("Shanghai Huayi Reagent Co., Ltd.", "上海华谊试剂有限公司", "Shanghai",
          [], [caffeine, niacinamide, inositol, lidocaine, bochp, bocpz]),
    104: ("Henan Tianfu Chemical Co., Ltd.", "河南天孚化工有限公司", "Zhengzhou, Henan",
          [("mislabel", 0), ("reship", 1)], [norfent, benzylf, xylazine, protonit, hydroxylimine, bromazolam]),
    105: ("Jinan Forever Biotech Co., Ltd.", "济南永恒生物科技有限公司", "Jinan, Shandong",
          [("customs", 1)], [boc4ap, ap4, xylazine, lidocaine, benzocaine]),
    106: ("Zhejiang Sunny Pharmchem Co., Ltd.", "浙江阳光药化有限公司", "Taizhou, Zhejiang",
          [], [caffeine, pea, hp4, mgst]),
    107: ("Tianjin Hengda Fine Chemical Co., Ltd.", "天津恒达精细化工有限公司", "Tianjin",
          [("stealth", 1)], [pip4, bocpip, npp, pea]),
    108: ("Anhui Ruihe New Material Co., Ltd.", "安徽瑞禾新材料有限公司", "Hefei, Anhui",
          [("forwarding", 0)], [metonit, protonit, anpp]),
}

INFO = {  # cas -> (slug, formula, MW, Chinese name or None)
    npp.cas: ("N-Phenethyl-4-piperidone", "C13H17NO", "203.28", "N-苯乙基-4-哌啶酮"),
    anpp.cas: ("4-Anilino-N-phenethylpiperidine", "C19H24N2", "280.41", "4-苯胺基-N-苯乙基哌啶"),
    ap4.cas: ("4-Anilinopiperidine", "C11H16N2", "176.26", "4-苯胺基哌啶"),
    boc4ap.cas: ("1-Boc-4-AP", "C16H24N2O2", "276.37", "1-Boc-4-苯胺基哌啶"),
    bocpip.cas: ("1-Boc-4-piperidone", "C10H17NO3", "199.25", "N-叔丁氧羰基-4-哌啶酮"),
    pip4.cas: ("4-Piperidone", "C5H9NO", "99.13", "4-哌啶酮"),
    norfent.cas: ("Norfentanyl", "C14H20N2O", "232.32", "去甲芬太尼"),
    benzylf.cas: ("Benzylfentanyl", "C21H26N2O", "322.44", None),
    xylazine.cas: ("Xylazine", "C12H16N2S", "220.33", "赛拉嗪"),
    bmkgly.cas: ("BMK methyl glycidate", "C11H12O3", "192.21", None),
    pmkgly.cas: ("PMK methyl glycidate", "C12H12O5", "236.22", None),
    hydroxylimine.cas: ("Hydroxylimine", "C13H16ClNO", "237.73", "羟亚胺"),
    protonit.cas: ("Protonitazene", "C23H30N4O3", "410.51", None),
    metonit.cas: ("Metonitazene", "C21H26N4O3", "382.46", None),
    bromazolam.cas: ("Bromazolam", "C17H13BrN4", "353.22", None),
    caffeine.cas: ("Caffeine", "C8H10N4O2", "194.19", "咖啡因"),
    niacinamide.cas: ("Niacinamide", "C6H6N2O", "122.12", "烟酰胺"),
    inositol.cas: ("Inositol", "C6H12O6", "180.16", "肌醇"),
    lidocaine.cas: ("Lidocaine", "C14H22N2O", "234.34", "利多卡因"),
    bochp.cas: ("1-Boc-4-hydroxypiperidine", "C10H19NO3", "201.26", "1-Boc-4-羟基哌啶"),
    bocpz.cas: ("1-Boc-piperazine", "C9H18N2O2", "186.25", None),
    hp4.cas: ("4-Hydroxypiperidine", "C5H11NO", "101.15", "4-羟基哌啶"),
    pea.cas: ("2-Phenylethanol", "C8H10O", "122.16", None),
    mgst.cas: ("Magnesium stearate", "C36H70MgO4", "591.24", None),
    benzocaine.cas: ("Benzocaine", "C9H11NO2", "165.19", None),
    carfent.cas: ("Carfentanil", "C24H30N2O3", "394.51", None),
    fentanyl.cas: ("Fentanyl", "C22H28N2O", "336.47", None),
}
SYN = {  # synonyms line shown on English CAS pages
    npp.cas: "1-Phenethyl-4-piperidone; 1-(2-Phenylethyl)-4-piperidone; NPP",
    anpp.cas: "4-ANPP; Despropionyl fentanyl",
    ap4.cas: "N-Phenyl-4-piperidinamine; 4-AP",
    boc4ap.cas: "tert-Butyl 4-(phenylamino)piperidine-1-carboxylate; 1-N-Boc-4-(phenylamino)piperidine",
    bocpip.cas: "N-Boc-4-piperidone; tert-Butyl 4-oxopiperidine-1-carboxylate",
    pip4.cas: "Piperidin-4-one; 4-Piperidinone",
    norfent.cas: "N-phenyl-N-(piperidin-4-yl)propanamide",
    xylazine.cas: "Xylazine hydrochloride (salt)",
    bmkgly.cas: "BMK glycidate",
    pmkgly.cas: "PMK glycidate",
    caffeine.cas: "1,3,7-Trimethylxanthine",
    bochp.cas: "N-Boc-4-hydroxypiperidine",
    bocpz.cas: "N-Boc-piperazine",
    pea.cas: "Phenethyl alcohol",
}
SUBS = {s.cas: s for s in [npp, anpp, ap4, boc4ap, bocpip, pip4, norfent, benzylf, xylazine, bmkgly, pmkgly, hydroxylimine,
                          protonit, metonit, bromazolam, caffeine, niacinamide, inositol, lidocaine, bochp, bocpz, hp4, pea,
                          mgst, benzocaine, carfent, fentanyl]}
HOT = [npp.cas, anpp.cas, bocpip.cas, caffeine.cas, xylazine.cas, "7647-14-5"]
ZH_CAS = [c for c, v in INFO.items() if v[3] and c not in (carfent.cas, fentanyl.cas)]
LEADS = [  # (id, lang, sub, qty, text)
    (501, "en", npp, "10 kg", "We need N-Phenethyl-4-piperidone, purity 99%%, CAS %s. Please quote CIF price to Mexico." % npp.cas),
    (502, "en", anpp, "2 kg", "Looking for 4-ANPP supplier with stable quality, CAS %s. Sample first." % anpp.cas),
    (503, "en", caffeine, "1 ton", "Purchase caffeine anhydrous USP, CAS %s, 25 kg drums." % caffeine.cas),
    (504, "en", isotonit, "100 g", "Buying isotonitazene, urgent. Reply with price."),
    (505, "en", bocpip, "25 kg", "Request for 1-Boc-4-piperidone, CAS %s, monthly order." % bocpip.cas),
    (601, "zh", npp, "5公斤", "求购N-苯乙基-4-哌啶酮，CAS %s，含量99%%，请报价。" % npp.cas),
    (602, "zh", boc4ap, "1公斤", "求购1-Boc-4-苯胺基哌啶，长期采购。"),
    (603, "zh", inositol, "500公斤", "求购肌醇，食品级，CAS %s。" % inositol.cas),
]


def slug_url(cas):
    return "/cas/en/%s/%s.html" % (cas, INFO[cas][0].replace(" ", "-"))


def suppliers_of(cas):
    return [sid for sid, v in SUP.items() if any(p.cas == cas for p in v[4])]


def ticker(acc, lang):
    for c in HOT:
        if c in SUBS:
            acc.mention(SUBS[c], c)
        else:
            acc.cas_mentions.add(c)
    if lang == "zh":
        return ("<div class='hotcas'><b>热门CAS:</b> " + " | ".join("<a href='/cas/%s.html'>%s</a>" % (c, c) for c in HOT) + "</div>")
    return ("<div id='hotcas' class='marquee'><b>Hot CAS:</b> " +
            " | ".join("<a href='/cas/%s.html'>%s</a>" % (c, c) for c in HOT) + "</div>")


def head_en(title, acc):
    return ("<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Transitional//EN'><html><head>"
            "<meta http-equiv='Content-Type' content='text/html; charset=utf-8'><title>%s - ChemNet Directory</title>"
            "<link href='/css/cas.css' rel='stylesheet'></head><body><div id='top'><div class='logo'><a href='/'>ChemNet Directory</a></div>"
            "<form action='/search/' class='sform'><select name='t'><option>Products</option><option>CAS No.</option></select><input name='terms'></form>"
            "<div class='menu'><a href='/'>Home</a> | <a href='/Products/Catalog/pharmaceutical-intermediates-1.html'>Products</a> | "
            "<a href='/buyinglead/list-1.html'>Buying Leads</a> | <a href='/exhibition/2026-12'>Exhibitions</a> | "
            "<a href='/member/login.html'>Member Login</a> | <a href='/zh/'>中文</a></div>%s</div><div id='main'>") % (esc(title), ticker(acc, "en"))


FOOT_EN = ("</div><div id='foot'><a href='/news/compliance-notice.html'>Compliance notice</a> | <a href='/about.html'>About ChemNet Directory</a>"
           "<br>Copyright &copy; 2001-2026 ChemNet Directory. All rights reserved.</div></body></html>")


def head_zh(title, acc):
    return ("<html><head><title>%s_化工网</title><link href='/css/zh.css' rel='stylesheet'></head><body><div class='top'>"
            "<a href='/zh/'>化工网首页</a> | <a href='/zh/chanpin/list-1.html'>产品目录</a> | <a href='/zh/qiugou/list.html'>求购信息</a> | "
            "<a href='/'>English</a></div>%s<div class='main'>") % (esc(title), ticker(acc, "zh"))


FOOT_ZH = "</div><div class='foot'>版权所有 化工网 客服电话：0571-8888 2121</div></body></html>"


def zh(site, path, html, acc=None, listing=False):
    return mk(site, path, html, acc, listing=listing, charset="gbk")


def build():
    s = Site("chemnet-dir", "cas-directory")
    s.robots = ("User-agent: *\nDisallow: /member/\nDisallow: /inquiry/\nDisallow: /search/\n\n"
                "User-agent: Baiduspider\nAllow: /\n")
    s.disallow = ["/member/", "/inquiry/", "/search/"]
    s.trap_prefix = "/exhibition/"
    s.rate_limit = 25

    acc = Acc()
    cats = sorted([c for c in INFO if suppliers_of(c)], key=lambda c: INFO[c][0].lower())
    mk(s, "/", head_en("Chemical directory: CAS numbers, suppliers, buying leads", acc) +
       "<div class='box'><h2>Welcome to ChemNet Directory</h2><p>Search over 2,000,000 chemicals and 40,000 suppliers by CAS number.</p>"
       "<ul><li><a href='/Products/Catalog/pharmaceutical-intermediates-1.html'>Pharmaceutical intermediates</a></li>"
       "<li><a href='/buyinglead/list-1.html'>Latest buying leads</a></li><li><a href='/about.html'>About us</a></li></ul></div>"
       "<div class='box'><h3>Featured suppliers</h3>%s</div>" % " ".join(
           "<a href='/supplier/%d.html'>%s</a><br>" % (sid, esc(v[0])) for sid, v in SUP.items()) + FOOT_EN, acc)
    acc = Acc()
    mk(s, "/about.html", head_en("About", acc) + "<h1>About ChemNet Directory</h1><p>Founded 2001 in Hangzhou. Paid membership for "
       "verified suppliers (Gold Member, Diamond Member).</p>" + FOOT_EN, acc)

    # ---------------- compliance notice: restricted CAS pages (no suppliers) are linked only from here
    acc = Acc().mention(carfent, carfent.cas).mention(fentanyl, fentanyl.cas).mention(isotonit)
    mk(s, "/news/compliance-notice.html", head_en("Compliance notice", acc) +
       "<h1>Notice on controlled chemicals</h1><p>Under the 2019 class-wide control of fentanyl-related substances and the 2025 "
       "nitazene class control, members may not list these substances. Product pages for "
       "<a href='%s'>Carfentanil (CAS %s)</a> and <a href='%s'>Fentanyl (CAS %s)</a> remain as reference entries with no suppliers. "
       "Listings of isotonitazene and similar compounds will be removed and the member account closed.</p>" % (
           slug_url(carfent.cas), carfent.cas, slug_url(fentanyl.cas), fentanyl.cas) + FOOT_EN, acc)

    # ---------------- category pages (catalogue: counts the offers it lists)
    halves = [cats[:14], cats[14:]]
    for pi, chunk in enumerate(halves, 1):
        acc = Acc()
        rows = []
        for c in chunk:
            acc.offer(SUBS[c], c)
            rows.append("<tr><td><a href='%s'>%s</a></td><td>%s</td><td>%s</td><td>%d suppliers</td></tr>" % (
                slug_url(c), esc(INFO[c][0]), c, INFO[c][1], len(suppliers_of(c))))
        pager = " ".join("<a href='/Products/Catalog/pharmaceutical-intermediates-%d.html'>%d</a>" % (k, k) for k in (1, 2))
        mk(s, "/Products/Catalog/pharmaceutical-intermediates-%d.html" % pi, head_en("Pharmaceutical intermediates - page %d" % pi, acc) +
           "<h1>Pharmaceutical intermediates</h1><table class='list'><tr><th>Product name</th><th>CAS No.</th><th>Formula</th><th>Suppliers</th></tr>"
           "%s</table><div class='page'>%s</div>" % ("".join(rows), pager) + FOOT_EN, acc, listing=True)

    # ---------------- CAS pages
    for i, c in enumerate(INFO):
        sub = SUBS[c]
        slug, formula, mw, zhname = INFO[c]
        sids = suppliers_of(c)
        acc = Acc()
        if sids:
            acc.offer(sub, c)
        else:
            acc.mention(sub, c)
        rows = []
        for sid in sids:
            name, _, city, claims, _ = SUP[sid]
            note = " ".join(cl(k, "en", j) for k, j in claims)
            for k, _ in claims:
                acc.claim(k)
            rows.append("<tr><td class='company'><a href='/supplier/%d.html'>%s</a><br><span class='gold'>Gold Member</span></td>"
                        "<td>%s</td><td>%s %s</td><td>Purity: 99%%<br>%s</td>"
                        "<td><a href='/member/contact/%d.html'>Contact</a> <a href='/inquiry/send.html?cas=%s&amp;sid=%d'>Send Inquiry</a></td></tr>" % (
                            sid, esc(name), esc(city), esc(INFO[c][0]), c, esc(note), sid, c, sid))
        if not sids:
            rows.append("<tr><td colspan='5' class='empty'>No suppliers. This is a controlled substance; listing is not permitted.</td></tr>")
        mk(s, slug_url(c), head_en("%s CAS %s" % (slug, c), acc) +
           "<div class='cas-basic'><h1>%s</h1><table class='basic'><tr><th>Product Name</th><td>%s</td></tr>"
           "<tr><th>Synonyms</th><td>%s</td></tr><tr><th>CAS No.</th><td>%s</td></tr><tr><th>Molecular Formula</th><td>%s</td></tr>"
           "<tr><th>Molecular Weight</th><td>%s</td></tr></table></div>"
           "<div class='suppliers'><h2>%s Suppliers (%d)</h2><table class='sup'><tr><th>Company</th><th>Location</th><th>Product</th>"
           "<th>Description</th><th></th></tr>%s</table></div>%s" % (
               esc(slug), esc(slug), esc(SYN.get(c, "-")), c, formula, mw, esc(slug), len(sids), "".join(rows),
               ("<p class='zh'><a href='/zh/cas/%s.html'>中文页面</a></p>" % c) if c in ZH_CAS else "") + FOOT_EN,
           acc, listing=bool(sids))
        s.redirects["/cas/%s.html" % c] = slug_url(c)
        if i % 5 == 2:
            s.flaky.add(slug_url(c))
    for c in HOT:
        if c not in INFO:
            s.redirects["/cas/%s.html" % c] = "/Products/Catalog/pharmaceutical-intermediates-1.html"

    # ---------------- supplier pages (EN)
    for sid, (name, zname, city, claims, prods) in SUP.items():
        acc = Acc()
        for k, _ in claims:
            acc.claim(k)
        rows = []
        for j, p in enumerate(prods):
            acc.offer(p, p.cas)
            rows.append("<tr><td><a href='%s'>%s</a></td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
                slug_url(p.cas), esc(INFO[p.cas][0]), p.cas, "99%" if j % 2 else "98%", "1 kg" if j % 3 else "25 kg"))
        # a mistyped CAS in one supplier's own table (noise; never in truth)
        extra = ""
        if sid == 101:
            extra = "<tr><td>Intermediate KS-17</td><td>%s</td><td>98%%</td><td>1 kg</td></tr>" % INVALID_CAS[2]
        mk(s, "/supplier/%d.html" % sid, head_en(name, acc) +
           "<div class='company'><h1>%s</h1><p>Business type: Manufacturer, Trading company. Location: %s, China.</p>"
           "<p class='profile'>%s</p><p><a href='/member/contact/%d.html'>Contact supplier</a> | <a href='/zh/gongsi/%d.html'>%s</a></p></div>"
           "<h2>Products</h2><table class='list'><tr><th>Product name</th><th>CAS No.</th><th>Purity</th><th>MOQ</th></tr>%s%s</table>" % (
               esc(name), esc(city), esc(" ".join(cl(k, "en", j) for k, j in claims) or "ISO9001 certified. Reagent grade and bulk."),
               sid, sid, zname, "".join(rows), extra) + FOOT_EN, acc, listing=True)
        # robots-forbidden contact page (offers repeated; a polite crawler never sees it)
        acc2 = Acc()
        for p in prods:
            acc2.offer(p, p.cas)
        mk(s, "/member/contact/%d.html" % sid, head_en("Contact " + name, Acc()) +
           "<p>WhatsApp: +86 1%02d 5566 %04d. Main products: %s</p>" % (sid % 100, sid * 7, esc(", ".join(INFO[p.cas][0] + " " + p.cas for p in prods))) + FOOT_EN,
           acc2, listing=True)
        # Chinese supplier page (GBK)
        acc = Acc()
        for k, _ in claims:
            acc.claim(k)
        rows = []
        for p in prods:
            acc.offer(p, p.cas)
            zn = INFO[p.cas][3] or INFO[p.cas][0]
            link = ("/zh/cas/%s.html" % p.cas) if p.cas in ZH_CAS else slug_url(p.cas)
            rows.append("<tr><td><a href='%s'>%s</a></td><td>%s</td><td>现货</td></tr>" % (link, esc(zn), p.cas))
        zh(s, "/zh/gongsi/%d.html" % sid, head_zh(zname, acc) +
           "<h1>%s</h1><p>所在地：%s</p><p>%s</p><table><tr><th>产品名称</th><th>CAS号</th><th>库存</th></tr>%s</table>" % (
               zname, esc(city), esc(" ".join(cl(k, "zh", j) for k, j in claims) or "专业生产试剂，质量保证。"), "".join(rows)) + FOOT_ZH,
           acc, listing=True)

    # ---------------- Chinese home, catalogue, CAS pages (GBK)
    acc = Acc()
    zh(s, "/zh/", head_zh("化工网", acc) + "<h2>欢迎来到化工网</h2><p>全球化工产品CAS号查询与供应商目录。</p>"
       "<a href='/zh/chanpin/list-1.html'>医药中间体</a> | <a href='/zh/qiugou/list.html'>最新求购</a><div>%s</div>" % " ".join(
           "<a href='/zh/gongsi/%d.html'>%s</a>" % (sid, v[1]) for sid, v in SUP.items()) + FOOT_ZH, acc)
    acc = Acc()
    rows = []
    for c in ZH_CAS:
        acc.offer(SUBS[c], c)
        rows.append("<tr><td><a href='/zh/cas/%s.html'>%s</a></td><td>%s</td><td>%d家供应商</td></tr>" % (c, INFO[c][3], c, len(suppliers_of(c))))
    zh(s, "/zh/chanpin/list-1.html", head_zh("医药中间体", acc) + "<h1>医药中间体</h1><table>%s</table>" % "".join(rows) + FOOT_ZH, acc, listing=True)
    for c in ZH_CAS:
        acc = Acc().offer(SUBS[c], c)
        rows = []
        for sid in suppliers_of(c):
            _, zname, city, claims, _ = SUP[sid]
            for k, _ in claims:
                acc.claim(k)
            rows.append("<tr><td><a href='/zh/gongsi/%d.html'>%s</a></td><td>%s</td><td>%s</td><td><a href='/member/contact/%d.html'>联系方式</a></td></tr>" % (
                sid, zname, esc(city), esc(" ".join(cl(k, "zh", j) for k, j in claims)) or "质量稳定", sid))
        zh(s, "/zh/cas/%s.html" % c, head_zh("%s CAS号%s" % (INFO[c][3], c), acc) +
           "<h1>%s</h1><table class='basic'><tr><th>中文名称</th><td>%s</td></tr><tr><th>英文名称</th><td>%s</td></tr>"
           "<tr><th>CAS号</th><td>%s</td></tr><tr><th>分子式</th><td>%s</td></tr><tr><th>分子量</th><td>%s</td></tr></table>"
           "<h2>供应商（%d家）</h2><table class='sup'>%s</table><p><a href='%s'>English</a></p>" % (
               INFO[c][3], INFO[c][3], esc(INFO[c][0]), c, INFO[c][1], INFO[c][2], len(rows), "".join(rows), slug_url(c)) + FOOT_ZH,
           acc, listing=True)

    # ---------------- buying leads (purchase requests: never offers; CAS shown is not product context)
    en = [l for l in LEADS if l[1] == "en"]
    acc = Acc()
    for lid, _, sub, qty, text in en:
        acc.mention(sub)
    mk(s, "/buyinglead/list-1.html", head_en("Buying leads", acc) + "<h1>Latest buying leads</h1><ul class='leads'>%s</ul>" % "".join(
        "<li><a href='/buyinglead/%d.html'>Buy %s (%s)</a> <span class='date'>2026-11-%02d</span></li>" % (lid, esc(sub.names[0]), qty, lid % 28 + 1)
        for lid, _, sub, qty, text in en) + FOOT_EN, acc)
    for lid, lang, sub, qty, text in LEADS:
        acc = Acc().mention(sub)
        if sub.cas and sub.cas in text:
            acc.cas_mentions.add(sub.cas)
        if lang == "en":
            mk(s, "/buyinglead/%d.html" % lid, head_en("Buying lead: " + sub.names[0], acc) +
               "<div class='lead'><h1>Buy %s</h1><table><tr><th>Quantity</th><td>%s</td></tr><tr><th>Request</th><td>%s</td></tr>"
               "<tr><th>Buyer</th><td>Verified buyer, Mexico</td></tr></table><a href='/member/login.html'>Login to quote</a></div>" % (
                   esc(sub.names[0]), qty, esc(text)) + FOOT_EN, acc)
        else:
            zh(s, "/zh/qiugou/%d.html" % lid, head_zh("求购" + (INFO[sub.cas][3] or INFO[sub.cas][0]), acc) +
               "<div class='lead'><h1>求购信息</h1><p>数量：%s</p><p>%s</p><p>发布日期：2026-11-%02d</p></div>" % (qty, esc(text), lid % 28 + 1) + FOOT_ZH, acc)
    zh_leads = [l for l in LEADS if l[1] == "zh"]
    acc = Acc()
    for l in zh_leads:
        acc.mention(l[2])
        if l[2].cas and l[2].cas in l[4]:
            acc.cas_mentions.add(l[2].cas)
    zh(s, "/zh/qiugou/list.html", head_zh("求购信息", acc) + "<h1>最新求购</h1><ul>%s</ul>" % "".join(
        "<li><a href='/zh/qiugou/%d.html'>%s</a> 数量：%s</li>" % (lid, esc(text), qty) for lid, _, sub, qty, text in zh_leads) + FOOT_ZH, acc)
    return s
