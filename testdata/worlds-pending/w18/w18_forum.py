"""vbulletin-ru: a Russian vBulletin 3 forum served in windows-1251.

index.php -> forumdisplay.php?f=N (threadbits) -> showthread.php?t=N[&page=2] (postbits, quotes,
signatures), member.php?u=N, the plain /archive/ mirror (meta charset only, no header charset),
robots-forbidden printthread.php / search.php / private.php, guest session links (?s=<hash>, junk).
Vendor threads (магазин, прайс), buyer threads (куплю, WTB), a harm-reduction section on nitazenes.
"""
from marketsim import Site
from w18_common import (Acc, mk, esc, href, qkey, cl,
                        npp, anpp, ap4, boc4ap, bocpip, norfent, protonit, isotonit, metonit, protpyne, fentanyl,
                        carfent, bromazolam, xylazine, etizolam, bmkgly, pmkgly, map237, novel_f, naloxone)

CS = "windows-1251"
SID = "5f0c1e2a9b7d44e1a0c3d2b1e4f6a7b8"

USERS = {
    2: ("Smotritel", "Модератор", ""),
    12: ("ChemKraft", "Продавец", "ChemKraft | Telegram: @chemkraft_shop | Jabber: chemkraft@xmpp.example"),
    27: ("Nitro_Lab", "Продавец", "«Нитро» — работаем с 2021. Связь: Session 05a9f1c3e7... | Tox: nitrolab"),
    33: ("VetZoo", "Продавец", "VetZoo — ветеринарные препараты. ЛС или Telegram @vetzoo_ru"),
    41: ("SibReagent", "Продавец", "Сибирь-Реактив. Почта: sibreagent@onionmail.example"),
    58: ("global_rc", "Vendor", "global_rc | Wickr: globalrc | Threema: 7XK2P9QF"),
    101: ("mr_pink", "Пользователь", ""),
    102: ("Kolyan77", "Пользователь", "Живи и дай жить другим"),
    103: ("alex_chem", "Пользователь", ""),
    104: ("Лиса", "Волонтёр СНВ", "Снижение вреда: налоксон спасает жизни"),
}


class Post:
    def __init__(self, uid, text, offers=(), mentions=(), claims=(), cas=(), quote=None, cas_m=()):
        self.uid, self.text, self.quote = uid, text, quote
        self.offers, self.mentions, self.claims, self.cas = list(offers), list(mentions), list(claims), list(cas)
        self.cas_m = list(cas_m)


def price_table(rows):
    return ("<table class='price' border='1' cellpadding='3'><tr><td><b>Позиция</b></td><td><b>CAS</b></td><td><b>Цена</b></td></tr>" +
            "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows) + "</table>")


THREADS = {
    # tid: (forum, title, [page posts...])
    1001: (5, "ChemKraft — прекурсоры, опт/розница. Прайс внутри", [
        [Post(12, "Всем привет! Магазин ChemKraft снова на связи. Актуальный прайс:<br>" + price_table([
            ("N-фенэтил-4-пиперидон (NPP)", "39742-60-4", "100 г — 250$, 1 кг — 1500$"),
            ("4-ANPP (4-анилино-N-фенэтилпиперидин)", "21409-26-7", "100 г — 400$"),
            ("1-Boc-4-пиперидон", "79099-07-3", "1 кг — 600$"),
            ("4-анилинопиперидин (4-AP)", "23056-29-3", "100 г — 300$"),
        ]) + "<br>%s %s %s<br>Оплата: BTC, XMR, USDT." % (cl("reship", "ru", 0), cl("stealth", "ru", 0), cl("mislabel", "ru", 0)),
            offers=[npp, anpp, bocpip, ap4], claims=["reship", "stealth", "mislabel"],
            cas=["39742-60-4", "21409-26-7", "79099-07-3", "23056-29-3"]),
         Post(101, "Сколько идёт до Новосибирска?"),
         Post(12, "5-7 дней, СДЭК или Почта.", quote=(101, "Сколько идёт до Новосибирска?")),
         Post(102, "Брал 4-ANPP в прошлом месяце, всё пришло, упаковка норм. Рекомендую.", mentions=[anpp])],
        [Post(103, "А есть протонитазен?", mentions=[protonit]),
         Post(12, "Нитазенами не занимаемся и не будем.", mentions=[protonit], quote=(103, "А есть протонитазен?")),
         Post(12, "Поступление: норфентанил (CAS 1609-66-1) и 1-Boc-4-AP — в наличии, цены в ЛС. Отправка как обычно: %s" % cl("stealth", "ru", 1),
              offers=[norfent, boc4ap], claims=["stealth"], cas=["1609-66-1"]),
         Post(101, "+1, нормальный магазин.")],
    ]),
    1002: (5, "Магазин «Нитро» — прайс, отзывы, обсуждение", [
        [Post(27, "Прайс на ноябрь:<br>" + price_table([
            ("Изотонитазен", "14188-81-9", "1 г — 180$"),
            ("Метонитазен", "14680-51-4", "1 г — 160$"),
            ("Протонитазепин", "—", "1 г — 200$"),
            ("Фентанил HCl", "1443-54-5", "1 г — 90$"),
        ]) + "<br>%s<br>%s" % (cl("customs", "ru", 0), cl("forwarding", "ru", 0)),
            offers=[isotonit, metonit, protpyne, fentanyl], claims=["customs", "forwarding"],
            cas=["14188-81-9", "14680-51-4", "1443-54-5"]),
         Post(2, "Напоминаю: сделки только через гарант форума. Магазин проверен."),
         Post(101, "Взял изотонитазен, очень сильный, осторожнее с дозой.", mentions=[isotonit])],
        [Post(27, "Карфентанил снят с продажи, больше не будет. Не спрашивайте.", mentions=[carfent]),
         Post(27, "Новинка: бромазолам, порошок и таблетки. Опт от 50 г.", offers=[bromazolam]),
         Post(104, "Ребята, держите налоксон под рукой, нитазены налоксоном снимаются хуже, может понадобиться несколько доз.",
              mentions=[naloxone])],
    ]),
    1003: (5, "VetZoo — ветпрепараты с доставкой", [
        [Post(33, "В наличии:<br>" + price_table([
            ("Ксилазин (порошок)", "7361-61-7", "10 г — 60$"),
            ("Этизолам", "40054-69-1", "1 г — 25$"),
        ]) + "<br>%s" % cl("stealth", "ru", 1), offers=[xylazine, etizolam], claims=["stealth"], cas=["7361-61-7", "40054-69-1"]),
         Post(102, "Ксилазин зачем людям? Это же для животных.", mentions=[xylazine]),
         Post(33, "Продаём для ветеринарии, остальное не наше дело.")],
    ]),
    1004: (5, "Сибирь-Реактив: глицидаты, опт", [
        [Post(41, "Работаем по предоплате. Позиции:<br>" + price_table([
            ("BMK глицидат (метиловый эфир)", "80532-66-7", "1 кг — 700$"),
            ("PMK глицидат", "13605-48-6", "1 кг — 900$"),
        ]) + "<br>%s" % cl("forwarding", "ru", 1), offers=[bmkgly, pmkgly], claims=["forwarding"], cas=["80532-66-7", "13605-48-6"]),
         Post(103, "Какая чистота?"),
         Post(41, "98-99%, COA по запросу.", quote=(103, "Какая чистота?"))],
        [Post(41, "Добавили 2-метил-AP-237, 10 г от 300$. %s" % cl("reship", "ru", 1), offers=[map237], claims=["reship"]),
         Post(101, "Спасибо, получил, всё чётко.")],
    ]),
    1005: (5, "[EN] global_rc — worldwide shipping, price list inside", [
        [Post(58, "WTS worldwide:<br>" + price_table([
            ("NPP (1-Phenethyl-4-piperidone)", "39742-60-4", "1 kg — 1300$"),
            ("N-Boc-4-piperidone", "79099-07-3", "1 kg — 550$"),
            ("m-MCBF (new fentanyl analog, research only)", "—", "1 g — 150$"),
        ]) + "<br>%s %s" % (cl("reship", "en", 1), cl("customs", "en", 0)),
            offers=[npp, bocpip, novel_f], mentions=[fentanyl], claims=["reship", "customs"], cas=["39742-60-4", "79099-07-3"]),
         Post(102, "По-русски можно? Доставка в РФ есть?"),
         Post(58, "Yes, Russia OK, 10-14 days.")],
    ]),
    2001: (7, "Куплю NPP оптом, от 5 кг", [
        [Post(101, "Куплю N-фенэтил-4-пиперидон (CAS 39742-60-4), от 5 кг, регулярно. Предложения в ЛС.", mentions=[npp], cas_m=["39742-60-4"]),
         Post(103, "Пиши ChemKraft, у них вроде был.", mentions=[]),
         Post(101, "Спасибо, написал.")],
    ]),
    2002: (7, "WTB 4-ANPP + 1-boc-4-AP, EU", [
        [Post(103, "Looking for 4-ANPP and 1-boc-4-AP, shipping to EU. Escrow only.", mentions=[anpp, boc4ap]),
         Post(102, "Тоже ищу, отпишитесь кто нашёл.")],
    ]),
    2003: (7, "Ищу изотонитазен, кто проверенный?", [
        [Post(102, "Ищу изотонитазен, подскажите проверенный магазин.", mentions=[isotonit]),
         Post(2, "Реклама и поиск магазинов в этом разделе запрещены. Тема закрыта.")],
    ]),
    3001: (9, "Нитазены: что нужно знать (важно)", [
        [Post(104, "Нитазены (изотонитазен, метонитазен, протонитазен) — синтетические опиоиды, в десятки раз сильнее фентанила. "
                   "Их подмешивают в героин и поддельные таблетки. Налоксон работает, но может понадобиться несколько доз.",
              mentions=[isotonit, metonit, protonit, fentanyl, naloxone]),
         Post(101, "Спасибо за инфу, закрепите.")],
        [Post(104, "Признаки передозировки: суженные зрачки, редкое дыхание, синие губы. Звоните 103/112 и вводите налоксон."),
         Post(102, "А тест-полоски на нитазены существуют?"),
         Post(104, "Да, появились, но чувствительность ниже, чем у полосок на фентанил.", mentions=[fentanyl])],
    ]),
    3002: (9, "Тест-полоски на фентанил и ксилазин — где взять бесплатно", [
        [Post(104, "Бесплатные тест-полоски на фентанил и ксилазин выдают в пунктах снижения вреда. Ксилазин вызывает тяжёлые раны.",
              mentions=[fentanyl, xylazine])],
    ]),
    4001: (2, "Кидала: «ХимПрофи» не присылает заказ", [
        [Post(102, "Заказал у «ХимПрофи» 4-ANPP, оплатил, прошло 40 дней — ни трека, ни ответа. Осторожно!", mentions=[anpp]),
         Post(2, "Магазин заблокирован. Спасибо за сигнал.")],
    ]),
}
FORUMS = {2: ("Общение", "Флуд, знакомства, новости"), 5: ("Торговая площадка", "Магазины и прайсы. Только проверенные продавцы"),
          7: ("Куплю", "Запросы покупателей (WTB)"), 9: ("Снижение вреда", "Безопасность, тест-полоски, налоксон")}
ARCHIVED = [1001, 1002, 2001, 3001]


def head(title, crumbs=""):
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"><html dir='ltr' lang='ru'><head>"
            "<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>"
            "<meta name='generator' content='vBulletin 3.8.11'><title>%s - ХимФорум</title>"
            "<script type='text/javascript' src='clientscript/vbulletin_global.js?v=3811'></script></head><body>"
            "<a name='top'></a><table border='0' width='100%%' cellpadding='0' cellspacing='0'><tr>"
            "<td align='left'><a href='index.php?s=%s'><img src='images/misc/vbulletin3_logo_white.gif' border='0' alt='ХимФорум'></a></td></tr></table>"
            "<div class='page' style='width:100%%; text-align:left'><div style='padding:0px 25px 0px 25px'>"
            "<table class='tborder' cellpadding='6' cellspacing='1' border='0' width='100%%'><tr><td class='alt1' width='100%%'>"
            "<span class='navbar'><a href='index.php' accesskey='1'>ХимФорум</a></span> %s</td></tr></table>"
            "<div class='tborder' style='padding:1px; border-top-width:0px'><table cellpadding='0' cellspacing='0' border='0' width='100%%' align='center'>"
            "<tr align='center'><td class='vbmenu_control'><a href='faq.php'>Справка</a></td><td class='vbmenu_control'><a href='search.php'>Поиск</a></td>"
            "<td class='vbmenu_control'><a href='private.php'>Личные сообщения</a></td><td class='vbmenu_control'><a href='archive/index.php'>Архив</a></td></tr></table></div><br>") % (
        esc(title), SID, crumbs)


FOOT = ("<br><div class='smallfont' align='center'>Часовой пояс GMT +3, время: 21:14.</div>"
        "<div align='center'><div class='smallfont' align='center'>Powered by vBulletin&reg; Version 3.8.11<br>Copyright &copy;2000 - 2026, vBulletin Solutions, Inc.</div></div>"
        "</div></div></body></html>")


def crumb_forum(f):
    return "<span class='navbar'>&gt; <a href='forumdisplay.php?f=%d'>%s</a></span>" % (f, esc(FORUMS[f][0]))


def postbit(pid, post, n, acc):
    name, title, sig = USERS[post.uid]
    for sub in post.offers:
        acc.offer(sub)
    for sub in post.mentions:
        acc.mention(sub)
    for c in post.cas:
        acc.show_cas(c)
    for c in post.cas_m:
        acc.cas_mentions.add(c)
    for k in post.claims:
        acc.claim(k)
    q = ""
    if post.quote:
        qn = USERS[post.quote[0]][0]
        q = ("<div style='margin:20px; margin-top:5px;'><div class='smallfont' style='margin-bottom:2px'>Цитата:</div>"
             "<table cellpadding='6' cellspacing='0' border='0' width='100%%'><tr><td class='alt2' style='border:1px inset'>"
             "<div>Сообщение от <strong>%s</strong></div><div style='font-style:italic'>%s</div></td></tr></table></div>") % (esc(qn), esc(post.quote[1]))
    return ("<div id='edit%d' style='padding:0px 0px 6px 0px'><table class='tborder' id='post%d' cellpadding='6' cellspacing='0' border='0' width='100%%' align='center'>"
            "<tr><td class='thead' style='font-weight:normal'><div class='normal' style='float:right'>&nbsp;#<a href='showpost.php?p=%d&amp;postcount=%d' target='new' id='postcount%d' name='%d'><strong>%d</strong></a></div>"
            "<div class='normal'>%02d.11.2026, %02d:%02d</div></td></tr>"
            "<tr><td class='alt2' style='padding:0px'><table cellpadding='0' cellspacing='6' border='0' width='100%%'><tr>"
            "<td class='alt2'><div id='postmenu_%d'><a class='bigusername' href='member.php?u=%d'>%s</a></div><div class='smallfont'>%s</div></td>"
            "</tr></table></td></tr><tr><td class='alt1' id='td_post_%d'><div id='post_message_%d'>%s%s</div>%s</td></tr></table></div>") % (
        pid, pid, pid, n, pid, n, n, 1 + pid % 27, 8 + pid % 13, pid % 60,
        pid, post.uid, esc(name), esc(title), pid, pid, q, post.text,
        ("<div>__________________<br>%s</div>" % esc(sig)) if sig else "")


def build():
    s = Site("vbulletin-ru", "forum")
    s.robots = ("User-agent: *\nDisallow: /search.php\nDisallow: /private.php\nDisallow: /printthread.php\n"
                "Disallow: /newreply.php\nDisallow: /login.php\nDisallow: /showpost.php\n")
    s.disallow = ["/search.php", "/private.php", "/printthread.php", "/newreply.php", "/login.php", "/showpost.php"]
    s.junk_params = ["utm_source", "utm_medium", "sort", "order", "view", "sid", "s"]
    s.redirects["/"] = "/index.php"
    s.flaky.add("/showthread.php")   # matched on the path only: the first thread request answers 503 once

    def page(path, html, acc=None, listing=False, header=True):
        return mk(s, path, html, acc, listing=listing, charset=CS, header_charset=header)

    # index
    rows = "".join("<tbody><tr align='center'><td class='alt1Active' align='left' id='f%d'><div><a href='forumdisplay.php?s=%s&amp;f=%d'><strong>%s</strong></a></div>"
                   "<div class='smallfont'>%s</div></td><td class='alt2'>%d</td></tr></tbody>" % (
                       f, SID, f, esc(n), esc(d), sum(1 for t in THREADS.values() if t[0] == f)) for f, (n, d) in FORUMS.items())
    page("/index.php", head("Главная") + "<table class='tborder' cellpadding='6' cellspacing='1' border='0' width='100%%'>"
         "<thead><tr><td class='tcat' colspan='2'>Разделы</td></tr></thead>%s</table>"
         "<p class='smallfont'><a href='faq.php'>Правила форума</a></p>" % rows + FOOT)
    page("/faq.php", head("Справка") + "<div class='tborder'><h2>Правила</h2><ol><li>Сделки только через гаранта.</li>"
         "<li>Продавцы размещают прайсы только в разделе «Торговая площадка».</li><li>Запрещены угрозы и деанон.</li></ol></div>" + FOOT)

    # forumdisplay (threadbits); f=5 split across two pages
    for f in FORUMS:
        tids = [t for t, v in THREADS.items() if v[0] == f]
        chunks = [tids[:3], tids[3:]] if f == 5 else [tids]
        for pi, chunk in enumerate(chunks, 1):
            acc = Acc()
            bits = []
            for t in chunk:
                _, title, pages = THREADS[t]
                starter = USERS[pages[0][0].uid][0]
                if t == 2001:
                    acc.mention(npp)
                if t == 2002:
                    acc.mention(anpp).mention(boc4ap)
                if t == 2003:
                    acc.mention(isotonit)
                if t == 3002:
                    acc.mention(fentanyl).mention(xylazine)
                pager = ""
                if len(pages) > 1:
                    pager = " <span class='smallfont'>( <a href='showthread.php?t=%d&amp;page=2'>2</a> )</span>" % t
                bits.append("<tr><td class='alt1' id='td_threadtitle_%d' title=''><div><a href='showthread.php?s=%s&amp;t=%d' id='thread_title_%d'>%s</a>%s</div>"
                            "<div class='smallfont'><span style='cursor:pointer' onclick=\"window.open('member.php?u=%d', '_self')\">%s</span></div></td>"
                            "<td class='alt2' align='center'>%d</td><td class='alt1' align='center'>%d</td></tr>" % (
                                t, SID, t, t, esc(title), pager, pages[0][0].uid, esc(starter), sum(len(p) for p in pages) - 1, 150 + t % 900))
            nav = ""
            if len(chunks) > 1:
                nav = "<div class='pagenav' align='right'>Страница %d из %d " % (pi, len(chunks)) + " ".join(
                    ("<strong>%d</strong>" % k) if k == pi else "<a class='smallfont' href='%s'>%d</a>" % (
                        href("forumdisplay.php", f=f, page=k) if k > 1 else "forumdisplay.php?f=%d" % f, k) for k in range(1, len(chunks) + 1)) + "</div>"
            path = qkey("/forumdisplay.php", f=f, page=pi) if pi > 1 else qkey("/forumdisplay.php", f=f)
            page(path, head(FORUMS[f][0], crumb_forum(f)) + nav +
                 "<table class='tborder' cellpadding='6' cellspacing='1' border='0' width='100%%' id='threadslist'>"
                 "<tr><td class='thead'>Тема / Автор</td><td class='thead'>Ответов</td><td class='thead'>Просмотров</td></tr>"
                 "<tbody id='threadbits_forum_%d'>%s</tbody></table>%s" % (f, "".join(bits), nav) + FOOT, acc)

    # threads
    pid = 40000
    for t, (f, title, pages) in THREADS.items():
        arch_acc = Acc()
        arch_posts = []
        n = 0
        for pi, posts in enumerate(pages, 1):
            acc = Acc()
            bits = []
            for post in posts:
                pid += 7
                n += 1
                bits.append(postbit(pid, post, n, acc))
                postbit(pid, post, n, arch_acc)
                arch_posts.append((post, n))
            nav = ""
            if len(pages) > 1:
                nav = "<div class='pagenav' align='right'><table class='tborder'><tr><td class='vbmenu_control'>Страница %d из %d</td>%s</tr></table></div>" % (
                    pi, len(pages), "".join(("<td class='alt2'><strong>%d</strong></td>" % k) if k == pi else
                                           "<td class='alt1'><a class='smallfont' href='%s'>%d</a></td>" % (
                                               href("showthread.php", t=t, page=k) if k > 1 else "showthread.php?t=%d" % t, k)
                                           for k in range(1, len(pages) + 1)))
            path = qkey("/showthread.php", t=t, page=pi) if pi > 1 else qkey("/showthread.php", t=t)
            tools = "<div class='smallfont'><a href='printthread.php?t=%d'>Версия для печати</a> | <a href='newreply.php?do=newreply&amp;t=%d'>Ответить</a></div>" % (t, t)
            p = page(path, head(title, crumb_forum(f) + " <span class='navbar'>&gt; <strong>%s</strong></span>" % esc(title)) +
                     nav + tools + "<div id='posts'>%s</div>" % "".join(bits) + nav + FOOT, acc, listing=bool(acc.hits))
        # robots-forbidden print version (all posts)
        pacc = Acc()
        ptxt = "".join("<hr><b>%s</b><br>%s" % (esc(USERS[post.uid][0]), post.text) for post, _ in arch_posts)
        for post, _ in arch_posts:
            for sub in post.offers:
                pacc.offer(sub)
        page(qkey("/printthread.php", t=t), "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>"
             "<title>%s</title></head><body>%s</body></html>" % (esc(title), ptxt), pacc, listing=bool(pacc.hits))
        if t in ARCHIVED:
            body = "".join("<div class='post'><div class='posttop'><div class='username'>%s</div><div class='date'>%02d.11.2026</div></div>"
                           "<div class='posttext'>%s</div></div><hr>" % (esc(USERS[post.uid][0]), k % 28 + 1, (
                               ("<blockquote>%s</blockquote>" % esc(post.quote[1])) if post.quote else "") + post.text)
                           for post, k in arch_posts)
            page("/archive/index.php/t-%d.html" % t, "<!DOCTYPE html><html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>"
                 "<title>%s [Архив] - ХимФорум</title><link rel='stylesheet' href='/archive/archive.css'></head><body>"
                 "<div class='pagebody'><div id='navbar'><a href='/archive/index.php'>ХимФорум</a> &gt; <a href='/archive/index.php/f-%d.html'>%s</a> &gt; %s</div>"
                 "<hr><div class='pda'><a href='/showthread.php?t=%d'>Полная версия</a></div>%s</div></body></html>" % (
                     esc(title), f, esc(FORUMS[f][0]), esc(title), t, body), arch_acc, listing=bool(arch_acc.hits), header=False)

    # archive index and forum lists (meta charset only)
    page("/archive/index.php", "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'><title>ХимФорум [Архив]</title></head>"
         "<body><div id='navbar'><a href='/archive/index.php'>ХимФорум</a></div><ul>%s</ul></body></html>" % "".join(
             "<li><a href='/archive/index.php/f-%d.html'>%s</a></li>" % (f, esc(n)) for f, (n, d) in FORUMS.items()), header=False)
    for f in FORUMS:
        acc = Acc()
        items = []
        for t, (ff, title, pages) in THREADS.items():
            if ff != f:
                continue
            if t == 2001:
                acc.mention(npp)
            if t == 2002:
                acc.mention(anpp).mention(boc4ap)
            if t == 2003:
                acc.mention(isotonit)
            if t == 3002:
                acc.mention(fentanyl).mention(xylazine)
            link = ("/archive/index.php/t-%d.html" % t) if t in ARCHIVED else ("/showthread.php?t=%d" % t)
            items.append("<li><a href='%s'>%s</a></li>" % (link, esc(title)))
        page("/archive/index.php/f-%d.html" % f, "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>"
             "<title>%s [Архив]</title></head><body><div id='navbar'><a href='/archive/index.php'>ХимФорум</a> &gt; %s</div><ol>%s</ol></body></html>" % (
                 esc(FORUMS[f][0]), esc(FORUMS[f][0]), "".join(items)), acc, header=False)

    # member profiles (signatures carry contacts only)
    for uid, (name, title, sig) in USERS.items():
        page(qkey("/member.php", u=uid), head("Просмотр профиля: " + name) +
             "<table class='tborder' cellpadding='6' width='100%%'><tr><td class='tcat'>%s</td></tr><tr><td class='alt1'>"
             "<div class='smallfont'>%s</div><div>Регистрация: 03.2022</div><div>Сообщений: %d</div>"
             "<fieldset><legend>Подпись</legend>%s</fieldset></td></tr></table>" % (esc(name), esc(title), 40 + uid * 3, esc(sig)) + FOOT)
    # a private-message page behind robots
    page("/private.php", head("Личные сообщения") + "<p>Вы не авторизованы.</p>" + FOOT)
    return s
