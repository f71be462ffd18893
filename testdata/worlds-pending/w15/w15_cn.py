"""Site 1: ershou-cn, Chinese second-hand trading + BBS.

/xy/  闲鱼 (Xianyu/Goofish)-style, simplified Chinese, GBK: feed, category lists, item?id=, personal pages.
/rt/  露天 (Ruten)-style, traditional Chinese, Big5 (哌/嗪/呋/酰 are outside Big5 -> &#NNNNN;):
      category lists, item/show?<number> (a bare-number query string), store pages.
/bbs/ PTT-style web BBS (utf-8, traditional): hot boards, board index pages with paging, articles with
      推/噓/→ push comments; /ask/over18 is robots-forbidden.
"""
from marketsim import Site
from w15_common import (A, Acc, mk, esc, ld, qkey, B, fullwidth, npp, anpp, bocpip, carfent, isotonit,
                        xylazine, nv_ofbf_zh, fentanyl, metonit, nv_pipne, pip4, Page, tiny_png)


def ershou_cn():
    s = Site("ershou-cn", "secondhand-bbs")
    s.robots = "User-agent: *\nDisallow: /ask/\nDisallow: /xy/im/\nDisallow: /rt/buy/\n"
    s.disallow = ["/ask/", "/xy/im/", "/rt/buy/"]
    s.trap_prefix = "/rt/calendar/"
    s.junk_params = ["utm_source", "utm_medium", "spm", "scm", "ut_sk", "from", "sid", "sort"]
    s.rate_limit = 15

    # ================================================================ 闲鱼-style (GBK)
    XY = [
        # id, title, price, user, desc, card_acc, page_acc, want
        (712400318801, "N-苯乙基-4-哌啶酮 99% 现货 1kg起", "¥880", "化工小王",
         "<p>NPP，CAS 39742-60-4，白色结晶粉末，纯度99%以上，可提供COA。</p>"
         "<p>国外客户：我们双清包税到门，清关不用你操心；万一被海关扣了，拍照给我，免费再发一次。</p>",
         A(hits=[npp]), A(hits=[npp], cas=["39742-60-4"], claims=["customs", "reship"]), False),
        (712400318802, "4-苯胺基-N-苯乙基哌啶 ANPP 实验室用", "¥1500", "化工小王",
         "<p>CAS号：21409267，含量≥99.5%。</p><p>发美国的单子走墨西哥仓，清关后当地快递派送，时效7-10天。</p>",
         A(hits=[anpp]), A(hits=[anpp], cas=["21409-26-7"], claims=["forwarding"]), False),
        (712400318803, "N-叔丁氧羰基-4-哌啶酮 工厂直销 量大从优", "¥420", "鑫瑞化工",
         "<p>1-Boc-4-哌啶酮，CAS 79099-07-3。</p><p>报关单上品名写“涂料助剂”，外箱不出现任何化学品名，"
         "真空铝箔袋内包装，外面看不出来是什么。</p>",
         A(hits=[bocpip]), A(hits=[bocpip], cas=["79099-07-3"], claims=["mislabel", "stealth"]), False),
        (712400318804, "卡.芬.太.尼 标准品 0.1g 科研单位可开票", "¥2600", "鑫瑞化工",
         "<p>标准品，仅限科研。发货走香港转运，大陆不过手。</p>",
         A(hits=[carfent]), A(hits=[carfent], claims=["forwarding"]), False),
        (712400318805, "异托尼秦 高纯 现货秒发", "¥1900", "鑫瑞化工",
         "<p>CAS：%s　纯度99.6%%</p><p>已测无其他成分，不含赛拉嗪。</p>" % fullwidth("14188-81-9"),
         A(hits=[isotonit]), A(hits=[isotonit], cas=["14188-81-9"]), False),
        (712400318806, "求购 4-哌啶酮盐酸盐一水合物 大量 长期", "面议", "采购部老李",
         "<p>长期求购4-哌啶酮盐酸盐一水合物（CAS 40064-34-4），要求含量98%以上，有货的私聊报价。</p>",
         A(), A(cas=["40064-34-4"]), True),
        (712400318807, "食品级 无水咖啡因 500g CAS 58-08-2", "¥68", "烘焙原料铺",
         "<p>食品添加剂级咖啡因，符合GB 14758。</p>",
         A(cas=[B["caffeine"]]), A(cas=[B["caffeine"]]), False),
        (712400318808, "D-甘露醇 医药级 1kg", "¥45", "烘焙原料铺",
         "<p>甘露醇 CAS 69-65-8，顺丰包邮，正规发票。</p>",
         A(), A(cas=[B["mannitol"]]), False),
        (712400318809, "盐酸赛拉嗪 兽用原料 100g", "¥560", "采购部老李",
         "<p>盐酸赛拉嗪（甲苯噻嗪），CAS：23076-35-9。闲置转让，包装未拆。</p>",
         A(hits=[xylazine]), A(hits=[xylazine], cas=["23076-35-9"]), False),
        (712400318810, "邻氟丁酰芬太尼 科研试剂 新品", "¥3200", "鑫瑞化工",
         "<p>新结构，不在目录里。抽真空双层密封，夹在书里寄，外观就是普通书籍包裹。</p>",
         A(hits=[nv_ofbf_zh]), A(hits=[nv_ofbf_zh], claims=["stealth"]), False),
    ]
    users = {"化工小王": 2219001, "鑫瑞化工": 2219002, "烘焙原料铺": 2219003, "采购部老李": 2219004}

    def xyhead(title):
        return ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"
                "<title>%s_闲鱼</title><meta name=\"keywords\" content=\"闲鱼,二手,闲置\">"
                "<link rel=\"stylesheet\" href=\"/xy/static/index.css\"><script>window.__ICE_APP_CONTEXT__={\"appData\":{}};</script></head>"
                "<body><div id=\"ice-container\"><div class=\"header--fjTyGqbd\"><a class=\"logo--Yf0KkE6Q\" href=\"/xy/\">闲鱼</a>"
                "<form class=\"search--Ah3Fvw1q\" action=\"/xy/search\"><input name=\"q\" placeholder=\"搜索闲置\"></form>"
                "<a href=\"/xy/im/list\">消息</a> <a href=\"/xy/publish\">发闲置</a></div>"
                "<div class=\"cookie-tip--kF2b\">本网站使用Cookie以提升体验 <button>知道了</button></div>"
                "<div class=\"content--Qy7WqNjZ\">") % esc(title)
    xyfoot = ("</div><div class=\"footer--R8Cm\"><a href=\"/\">首页</a> · <a href=\"/xy/rule\">闲鱼规则</a> · "
              "浙B2-20120091 · 违禁品举报</div></div><script src=\"/xy/static/index.js\"></script></body></html>")

    def xycard(it):
        iid, title, price, user = it[0], it[1], it[2], it[3]
        return ("<div class=\"feeds-item-wrap--rGdH_KoF\"><a class=\"feeds-item--J1wv\" href=\"/xy/item?id=%d&amp;spm=a21ybx.search.feeds.%d\">"
                "<img class=\"feeds-image--TDRC\" src=\"/xy/img/%d.png\" alt=\"\"><div class=\"row1-wrap-title--qIlOySTh\">"
                "<span class=\"main-title--sMrtWSJa\">%s</span></div><div class=\"price-wrap--YzmU5cUl\"><span class=\"number--NKh1vXWM\">%s</span></div>"
                "<div class=\"row4-wrap-seller--qn9h\"><span class=\"seller-text--Rr2Y3EbB\">%s</span></div></a></div>") % (
            iid, iid % 97, iid, esc(title), price, esc(user))

    for it in XY:
        iid, title, price, user, desc, card, page, want = it
        s.add(mk(qkey("/xy/item", {"id": str(iid)}),
                 xyhead(title) + "<div class=\"item-main-container--jhpFKlaS\"><div class=\"item-user-info--pM3q\">"
                 "<a href=\"/xy/personal?userId=%d\" class=\"item-user-info-nick--rtpDhkmQ\">%s</a>"
                 "<span class=\"item-user-info-intro--ZN1A0_8Y\">来闲鱼%d年 · 卖出%d件</span></div>"
                 "<div class=\"main--Nu33bWl6\"><div class=\"%s\">%s</div><h1 class=\"title--DXXT\">%s</h1>"
                 "<div class=\"price--OEWLbcxC\">%s</div><div class=\"desc--GaIUKUQY\">%s</div>"
                 "<div class=\"labels--ndhPFgp8\"><span>包邮</span> <span>验货宝</span></div>"
                 "<a class=\"want--ecByv3Sr\" href=\"/xy/im/chat?itemId=%d\">我想要</a></div>"
                 "<div class=\"related--xZ\"><h3>为你推荐</h3><p>更多好物，<a href=\"/xy/\">去首页看看</a></p></div></div>"
                 "<script>window.__INITIAL_DATA__={\"itemId\":\"%d\",\"soldPrice\":\"%s\",\"categoryId\":126862528}</script>" % (
                     users[user], esc(user), 1 + iid % 5, 10 + iid % 300, "tag-want--Q" if want else "tag-sell--Q",
                     "求购" if want else "在售", esc(title), price, desc, iid, iid, price) + xyfoot,
                 charset="gbk", acc=page, listing=True))
        s.add(Page("/xy/img/%d.png" % iid, tiny_png(iid % 1000), ctype="image/png"))
    # category lists, 2 pages
    cat = [XY[i] for i in (0, 1, 2, 3, 4, 5, 8, 9)]
    for pi, chunk in enumerate([cat[:5], cat[5:]], 1):
        acc = Acc()
        for it in chunk:
            acc = acc | it[5]
        pager = "".join("<a class=\"search-pagination-page-box--AbqmJFFp\" href=\"/xy/category?cid=126862528&amp;page=%d\">%d</a>" % (k, k)
                        for k in (1, 2))
        s.add(mk(qkey("/xy/category", {"cid": "126862528", "page": str(pi)}),
                 xyhead("化工原料 第%d页" % pi) + "<div class=\"search-container--eigqxPi6\"><div class=\"feeds-list-container--UkIMBPNk\">%s</div>"
                 "<div class=\"search-pagination--rX6J\">%s</div></div>" % ("".join(xycard(i) for i in chunk), pager) + xyfoot,
                 charset="gbk", acc=acc, listing=True))
    acc = Acc()
    feed = [XY[i] for i in (6, 7, 0, 9)]
    for it in feed:
        acc = acc | it[5]
    s.add(mk("/xy/", xyhead("闲鱼 - 闲不住？上闲鱼！") +
             "<div class=\"channel--B5\"><a href=\"/xy/category?cid=126862528&amp;page=1&amp;spm=a21ybx.home.nav.1\">化工原料</a> "
             "<a href=\"/xy/category?cid=126862528&amp;page=1&amp;sort=new\">最新发布</a></div>"
             "<h2 class=\"feeds-title\">猜你喜欢</h2><div class=\"feeds-list-container--UkIMBPNk\">%s</div>" % "".join(xycard(i) for i in feed)
             + xyfoot, charset="gbk", acc=acc, listing=True))
    for user, uid in users.items():
        mine = [it for it in XY if it[3] == user]
        acc = Acc()
        for it in mine:
            acc = acc | it[5]
        intro = {"化工小王": "专业化工原料，支持海外发货。",
                 "鑫瑞化工": "工厂直供，不做假报关，出了问题概不负责。",
                 "烘焙原料铺": "烘焙原料，正品保证。",
                 "采购部老李": "公司采购，长期收货。"}[user]
        s.add(mk(qkey("/xy/personal", {"userId": str(uid)}),
                 xyhead(user + "的闲鱼") + "<div class=\"personal--V2\"><div class=\"nick--RAJmtbnO\">%s</div>"
                 "<div class=\"intro--Bv5\">%s</div><div class=\"tabs--x\"><span>宝贝 %d</span> <span>信用 极好</span></div>"
                 "<div class=\"feeds-list-container--UkIMBPNk\">%s</div></div>" % (esc(user), intro, len(mine), "".join(xycard(i) for i in mine))
                 + xyfoot, charset="gbk", acc=acc, listing=True))
    s.add(mk("/xy/rule", xyhead("闲鱼规则") + "<h1>禁止发布的信息</h1><p>禁止发布毒品、易制毒化学品及麻醉药品，"
             "例如芬太尼类物质、尼秦类物质、N-苯乙基-4-哌啶酮（CAS 39742-60-4）、4-苯胺基-N-苯乙基哌啶等。</p>"
             "<p>违规商品一律下架并封号。</p>" + xyfoot, charset="gbk"))

    # ================================================================ 露天-style (Big5)
    RT = [
        (21912000000101, "FTN 原料 純度99% 吩.坦.尼 小量可試", "NT$ 12,000", "tw_chem_lab",
         "<p>商品說明：吩坦尼原料粉，實驗用途。</p><p>出貨一律低調包裝，外箱沒有任何化學字樣；若遭海關扣押，憑通知單可補寄一次。</p>",
         A(hits=[fentanyl]), A(hits=[fentanyl], claims=["stealth", "reship"])),
        (21912000000102, "賽拉嗪 Xylazine 動物用鎮靜劑 原料粉 50g", "NT$ 3,800", "tw_chem_lab",
         "<p>CAS：7361-61-7。我們從美國倉庫出貨，台灣收件約5天。</p>",
         A(hits=[xylazine]), A(hits=[xylazine], cas=["7361-61-7"], claims=["forwarding"])),
        (21912000000103, "N-苯乙基-4-哌啶酮 NPP 工業級 500g", "NT$ 9,500", "豐原化工行",
         "<p>CAS No. 39742-60-4</p><p>品名申報為香精原料，由我們代辦通關，包稅到府。</p>",
         A(hits=[npp]), A(hits=[npp], cas=["39742-60-4"], claims=["mislabel", "customs"])),
        (21912000000104, "美托尼秦 Metonitazene 標準品", "NT$ 6,600", "豐原化工行",
         "<p>純度98%以上，附檢驗報告。</p>",
         A(hits=[metonit]), A(hits=[metonit])),
        (21912000000105, "無水咖啡因 1公斤 食品級", "NT$ 650", "烘焙材料小舖",
         "<p>咖啡因 CAS 58-08-2，食品添加物許可字號齊全。</p>",
         A(), A(cas=[B["caffeine"]])),
        (21912000000106, "徵求 4-ANPP 大量 長期配合", "面議", "豐原化工行",
         "<p>徵求 4-ANPP（CAS 21409-26-7），每月用量5公斤，請站內信報價。</p>",
         A(), A(cas=["21409-26-7"])),
        (21912000000107, "芬太尼檢測試紙 10入 減害用", "NT$ 350", "烘焙材料小舖",
         "<p>可檢測芬太尼及多數類似物，適合減害使用。不含任何管制藥品。</p>",
         A(), A()),
    ]
    stores = {"tw_chem_lab": "實驗室耗材專賣", "豐原化工行": "豐原化工行", "烘焙材料小舖": "烘焙材料小舖"}
    store_ids = {"tw_chem_lab": "twchemlab", "豐原化工行": "fengyuan88", "烘焙材料小舖": "bakery_tw"}

    def rthead(title):
        return ("<!DOCTYPE html><html lang=\"zh-Hant-TW\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">"
                "<title>%s | 露天市集 | 全台最大的網路購物市集</title><link rel=\"stylesheet\" href=\"/rt/css/rt-goods.css\">"
                "<script>var RT={goods:{}};</script></head><body class=\"rt-body\"><div class=\"rt-header\">"
                "<a class=\"rt-logo\" href=\"/rt/\">露天市集</a><form action=\"/rt/find/\"><input name=\"q\"></form>"
                "<a href=\"/rt/buy/cart\">購物車</a> <a href=\"/rt/calendar/2026-12\">活動日曆</a></div><div class=\"rt-wrap\">") % esc(title)
    rtfoot = ("</div><div class=\"rt-footer\"><p>露天市集國際資訊股份有限公司 · <a href=\"/rt/rule\">禁止刊登商品</a> · "
              "<a href=\"/\">回首頁</a></p></div></body></html>")

    def rturl(iid):
        return "/rt/item/show?%d" % iid

    def rtcard(it):
        return ("<div class=\"rt-product-card\"><a class=\"rt-product-card-img-wrap\" href=\"%s\"><img src=\"/rt/img/%d.png\" alt=\"\"></a>"
                "<p class=\"rt-product-card-name\"><a href=\"%s\">%s</a></p><div class=\"rt-product-card-price\">"
                "<span class=\"rt-text-price rt-text-bold\">%s</span></div><span class=\"rt-product-card-seller\">%s</span></div>") % (
            rturl(it[0]), it[0] % 1000, rturl(it[0]), esc(it[1]), it[2], esc(it[3]))

    for it in RT:
        iid, title, price, seller, desc, card, page = it
        s.add(mk("/rt/item/show?%d=" % iid,
                 rthead(title) + "<div class=\"rt-goods-detail\"><div class=\"item-purchase\"><h1 class=\"item-title\">%s</h1>"
                 "<strong class=\"rt-text-price rt-text-xx-large\">%s</strong><ul class=\"item-purchase-stock\"><li>庫存 3</li><li>已售 12</li></ul>"
                 "<a class=\"rt-btn rt-btn-primary\" href=\"/rt/buy/add?g=%d\">直接購買</a></div>"
                 "<div class=\"item-seller\"><a class=\"seller-nick\" href=\"/rt/store/%s\">%s</a><span>評價 (482)</span></div>"
                 "<div class=\"item-detail-content\" id=\"item_description\">%s</div>"
                 "<div class=\"rt-goods-recommend\"><h3>賣家其他商品</h3>%s</div></div>" % (
                     esc(title), price, iid, store_ids[seller], esc(seller), desc,
                     "".join("<a href=\"%s\">%s</a><br>" % (rturl(o[0]), esc(o[1])) for o in RT if o[3] == seller and o[0] != iid)) + rtfoot,
                 charset="big5", acc=page, listing=True))
        s.add(Page("/rt/img/%d.png" % (iid % 1000), tiny_png(iid % 1000 + 5), ctype="image/png"))
    listed = [RT[i] for i in (0, 1, 2, 3, 5, 4, 6)]
    for pi, chunk in enumerate([listed[:4], listed[4:]], 1):
        acc = Acc()
        for it in chunk:
            acc = acc | it[5]
        pager = "".join("<li class=\"rt-pagination-item\"><a href=\"/rt/find?c=0019000300&amp;p=%d\">%d</a></li>" % (k, k) for k in (1, 2))
        s.add(mk(qkey("/rt/find", {"c": "0019000300", "p": str(pi)}),
                 rthead("化學原料 - 第%d頁" % pi) + "<div class=\"rt-breadcrumb\"><a href=\"/rt/\">首頁</a> &gt; 居家生活 &gt; 化學原料</div>"
                 "<div class=\"rt-product-list\">%s</div><ul class=\"rt-pagination\">%s</ul>" % ("".join(rtcard(i) for i in chunk), pager) + rtfoot,
                 charset="big5", acc=acc, listing=True))
    for seller, sid in store_ids.items():
        mine = [it for it in RT if it[3] == seller]
        acc = Acc()
        for it in mine:
            acc = acc | it[5]
        s.add(mk("/rt/store/" + sid, rthead(stores[seller] + " 的賣場") +
                 "<div class=\"rt-store-header\"><h1>%s</h1><p>賣家帳號：%s ・ 正評 99.2%%</p></div><div class=\"rt-product-list\">%s</div>" % (
                     esc(stores[seller]), esc(seller), "".join(rtcard(i) for i in mine)) + rtfoot,
                 charset="big5", acc=acc, listing=True))
    s.add(mk("/rt/", rthead("露天市集") + "<div class=\"rt-home-category\"><a href=\"/rt/find?c=0019000300&amp;p=1\">化學原料</a> "
             "<a href=\"/rt/find?c=0019000300&amp;p=1&amp;sort=prc%2Fac\">化學原料（價格低到高）</a></div>"
             "<div class=\"rt-home-stores\"><a href=\"/rt/store/twchemlab\">實驗室耗材專賣</a> <a href=\"/rt/store/fengyuan88\">豐原化工行</a> "
             "<a href=\"/rt/store/bakery_tw\">烘焙材料小舖</a> <a href=\"/rt/item/show?21912000000107\">減害試紙</a></div>" + rtfoot,
             charset="big5"))
    s.add(mk("/rt/rule", rthead("禁止刊登商品") + "<h1>禁止及限制刊登商品</h1><p>依毒品危害防制條例，禁止刊登吩坦尼、卡吩坦尼、"
             "賽拉嗪、尼秦類及其先驅化學品（如NPP、4-ANPP）。違者移送法辦。</p>" + rtfoot, charset="big5"))

    # ================================================================ PTT-style BBS (utf-8)
    def ptthead(title):
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                "<title>%s - 批踢踢實業坊</title><link rel=\"stylesheet\" href=\"/bbs/v2.27/bbs-common.css\">"
                "<link rel=\"stylesheet\" href=\"/bbs/v2.27/bbs-base.css\"></head><body>"
                "<div id=\"topbar-container\"><div id=\"topbar\" class=\"bbs-content\"><a id=\"logo\" href=\"/bbs/\">批踢踢實業坊</a>"
                "<span>&rsaquo;</span><a class=\"board\" href=\"/bbs/ChemTrade/index.html\"><span class=\"board-label\">看板 </span>ChemTrade</a>"
                "<a class=\"right small\" href=\"/about.html\">關於我們</a></div></div>") % esc(title)
    pttfoot = "<script src=\"/bbs/v2.27/bbs.js\"></script></body></html>"

    def push(tag, user, txt, t):
        cls = "hl push-tag" if tag == "推" else "f1 hl push-tag"
        return ("<div class=\"push\"><span class=\"%s\">%s </span><span class=\"f3 hl push-userid\">%s</span>"
                "<span class=\"f3 push-content\">: %s</span><span class=\"push-ipdatetime\"> %s</span></div>") % (cls, tag, user, esc(txt), t)

    ART = [
        ("M.1764571201.A.0C1", "[賣] NPP 現貨 純度99% 台中面交/寄送", "fengyuan88", "12/01",
         "商品名稱：N-苯乙基-4-哌啶酮 (NPP)\nCAS：39742-60-4\n數量：500g / 1kg\n價格：私信\n\n"
         "寄國外的話，若被海關沒收可以補寄一次，請保留追蹤單號。\n",
         [("推", "qoo8787", "賣家很阿莎力，包裝也很低調", "12/01 13:02"), ("→", "chem_noob", "請問可以寄日本嗎", "12/01 13:40"),
          ("噓", "lawyerTW", "這個是先驅化學品，小心觸法", "12/01 14:11")],
         A(hits=[npp], cas=["39742-60-4"], claims=["reship"]), True),
        ("M.1764580022.A.4D2", "[求] 收購 4-AP 4-苯胺基哌啶 長期", "buyer_lin", "12/01",
         "收購 4-苯胺基哌啶 (4-AP)，CAS 23056-29-3，量大長期配合，有貨請寄信。\n",
         [("→", "fengyuan88", "已站內信", "12/01 18:20")], A(cas=["23056-29-3"]), False),
        ("M.1764659310.A.9E7", "[新聞] 調查局破獲吩坦尼前驅物走私 業者宣稱「包清關」", "newsbot", "12/02",
         "記者報導／調查局日前於桃園機場查獲由境外寄入之N-苯乙基-4-哌啶酮（NPP）約20公斤，包裹外箱標示為「香精原料」。\n"
         "據了解，境外業者在網路上宣稱「包清關」、「扣貨補寄」，吸引買家下單。檢方提醒，相關化學品屬管制先驅物。\n",
         [("推", "kuma", "終於抓到", "12/02 09:12"), ("推", "abc123", "海關辛苦了", "12/02 09:30")], A(), False),
        ("M.1764700444.A.1AF", "[問題] 芬太尼試紙哪裡買得到？", "safe_party", "12/02",
         "想請問台灣有沒有管道買到芬太尼檢測試紙？朋友說國外派對都會用。\n",
         [("→", "hr_tw", "減害協會有在發，可以去問問", "12/02 21:00"), ("推", "qoo8787", "露天上有人賣", "12/02 21:15")], A(), False),
        ("M.1764791500.A.7B3", "[賣] 新品 N-哌啶基依托尼秦 (etonitazepipne) 科研用", "hk_rc_shop", "12/03",
         "新型尼秦類，不在目前公告清單內。\n每克 USD 380，USDT 付款。\n經香港集運轉寄，台灣本島3天到。\n",
         [("噓", "ModeratorA", "板規2，已檢舉", "12/03 20:05"), ("→", "hk_rc_shop", "科研用途合法", "12/03 20:40")],
         A(hits=[nv_pipne], claims=["forwarding"]), True),
        ("M.1764802010.A.2C4", "[賣] 二手實驗室玻璃器材 燒杯 錐形瓶 一批", "lab_clear", "12/04",
         "實驗室搬遷，燒杯、錐形瓶、分液漏斗一批，價格可議，新竹面交。\n",
         [("推", "student_y", "請問還有分液漏斗嗎", "12/04 10:01")], A(), False),
        ("M.1764890000.A.E01", "[公告] 板規修訂：禁止販售管制藥品及先驅化學品", "ModeratorA", "12/05",
         "一、禁止販售吩坦尼、卡吩坦尼、尼秦類、賽拉嗪及其先驅化學品（NPP、4-ANPP、4-AP、1-boc-4-哌啶酮）。\n"
         "二、違者水桶一年並移送。\n三、文章中出現「保證通關」「扣件補寄」等字樣者一律刪文。\n",
         [("推", "kuma", "支持", "12/05 08:00")], A(), False),
        ("M.1764901234.A.5A9", "[賣] 4-哌啶酮鹽酸鹽一水合物 1kg 工業級", "tw_chem_lab", "12/05",
         "品名：4-哌啶酮鹽酸鹽一水合物（4-Piperidone HCl monohydrate）\nCAS：40064-34-4\n價格：NT$ 4,200/kg\n"
         "外包裝只寫「清潔劑原料」，不會有人多問。\n",
         [("推", "q_q", "賣家出貨快", "12/05 12:12")],
         A(hits=[pip4], cas=["40064-34-4"], claims=["mislabel"]), True),
    ]
    art_acc = {}
    for aid, title, author, date, text, pushes, acc, sale in ART:
        art_acc[aid] = (acc, sale)
        body = (ptthead(title) + "<div id=\"main-container\"><div id=\"main-content\" class=\"bbs-screen bbs-content\">"
                "<div class=\"article-metaline\"><span class=\"article-meta-tag\">作者</span><span class=\"article-meta-value\">%s</span></div>"
                "<div class=\"article-metaline-right\"><span class=\"article-meta-tag\">看板</span><span class=\"article-meta-value\">ChemTrade</span></div>"
                "<div class=\"article-metaline\"><span class=\"article-meta-tag\">標題</span><span class=\"article-meta-value\">%s</span></div>"
                "<div class=\"article-metaline\"><span class=\"article-meta-tag\">時間</span><span class=\"article-meta-value\">Mon Dec %s 12:00:00 2026</span></div>"
                "%s\n--\n<span class=\"f2\">※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 36.231.%d.%d (臺灣)\n</span>"
                "<span class=\"f2\">※ 文章網址: <a href=\"/bbs/ChemTrade/%s.html\">/bbs/ChemTrade/%s.html</a>\n</span>%s</div></div>"
                "<div id=\"article-polling\" data-pollurl=\"/poll/ChemTrade/%s.html\"></div>" % (
                    esc(author), esc(title), date[-2:], esc(text), len(aid), len(title), aid, aid,
                    "".join(push(*p) for p in pushes), aid) + pttfoot)
        s.add(mk("/bbs/ChemTrade/%s.html" % aid, body, acc=acc, listing=True))
    pages = [ART[:3], ART[3:6], ART[6:]]
    idx = {1: "/bbs/ChemTrade/index1.html", 2: "/bbs/ChemTrade/index2.html", 3: "/bbs/ChemTrade/index.html"}
    for n, chunk in enumerate(pages, 1):
        acc = Acc()
        for aid, title, author, date, text, pushes, a, sale in chunk:
            if sale:
                acc = acc | A(hits=a.hits)   # the [賣] title names the product
        ents = "".join("<div class=\"r-ent\"><div class=\"nrec\"><span class=\"hl f2\">%d</span></div>"
                       "<div class=\"title\"><a href=\"/bbs/ChemTrade/%s.html\">%s</a></div><div class=\"meta\">"
                       "<div class=\"author\">%s</div><div class=\"article-flag\"></div><div class=\"date\">%s</div></div></div>" % (
                           len(c[5]), c[0], esc(c[1]), esc(c[2]), c[3]) for c in chunk)
        prev = ("<a class=\"btn wide\" href=\"%s\">&lsaquo; 上頁</a>" % idx[n - 1]) if n > 1 else "<a class=\"btn wide disabled\">&lsaquo; 上頁</a>"
        nxt = ("<a class=\"btn wide\" href=\"%s\">下頁 &rsaquo;</a>" % idx[n + 1]) if n < 3 else "<a class=\"btn wide disabled\">下頁 &rsaquo;</a>"
        s.add(mk(idx[n], ptthead("看板 ChemTrade 文章列表") +
                 "<div id=\"action-bar-container\"><div class=\"action-bar\"><div class=\"btn-group btn-group-paging\">"
                 "<a class=\"btn wide\" href=\"/bbs/ChemTrade/index1.html\">最舊</a>%s%s<a class=\"btn wide\" href=\"/bbs/ChemTrade/index.html\">最新</a></div></div></div>"
                 "<div id=\"main-container\"><div class=\"r-list-container action-bar-margin bbs-screen\">%s</div></div>" % (prev, nxt, ents) + pttfoot,
                 acc=acc, listing=True))
    s.add(mk("/bbs/", ptthead("熱門看板") + "<div class=\"b-list-container action-bar-margin bbs-screen\">"
             "<div class=\"b-ent\"><a class=\"board\" href=\"/bbs/ChemTrade/index.html\"><div class=\"board-name\">ChemTrade</div>"
             "<div class=\"board-title\">◎化學品 二手交易</div></a></div>"
             "<div class=\"b-ent\"><a class=\"board\" href=\"/ask/over18?from=%2Fbbs%2FGossiping%2Findex.html\"><div class=\"board-name\">Gossiping</div>"
             "<div class=\"board-title\">◎[八卦]</div></a></div></div>" + pttfoot))
    s.add(mk("/ask/over18", ptthead("批踢踢實業坊") + "<div class=\"over18-notice\">本網站已依網站內容分級規定處理</div>"
             "<p>[賣] fent 100mg 私訊</p>" + pttfoot, acc=A(hits=[fentanyl]), listing=True))

    # ================================================================ portal
    s.add(mk("/", "<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>二手交易导航 / 二手交易導覽</title></head>"
             "<body><h1>二手交易导航</h1><ul><li><a href=\"/xy/?spm=a2170.nav.0.0\">闲鱼 · 化工原料频道</a></li>"
             "<li><a href=\"/rt\">露天市集 · 化學原料</a></li><li><a href=\"/bbs/\">批踢踢 ChemTrade 板</a></li>"
             "<li><a href=\"/xy/rule\">闲鱼违禁规则</a></li><li><a href=\"/rt/rule\">露天禁售規範</a></li></ul></body></html>"))
    s.add(Page("/xy/static/index.css", ".feeds-item--J1wv{display:block}", ctype="text/css"))
    s.add(Page("/bbs/v2.27/bbs-common.css", ".push{margin:0}", ctype="text/css"))
    s.redirects["/xy/item.htm"] = "/xy/"
    s.redirects["/rt"] = "/rt/"
    s.flaky |= {"/xy/", "/bbs/ChemTrade/index2.html", "/rt/store/fengyuan88"}
    return s
