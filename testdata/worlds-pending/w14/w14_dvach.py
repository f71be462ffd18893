"""Site 3: 2ch/Dvach-style imageboard (makaba markup), Russian + English, windows-1251."""
import re
from w14_common import *  # noqa: F401,F403

CS = "windows-1251"


class BP:
    """A board post. offers: [(sub, text-as-written)]; cas: [shown]; claims: [(kind, phrase)] (all substrings of text)."""
    def __init__(self, text, offers=(), cas=(), claims=(), subj="", name="Аноним", img=False):
        self.text, self.offers, self.cas, self.claims = text, list(offers), list(cas), list(claims)
        self.subj, self.name, self.img = subj, name, img
        for _, w in self.offers:
            assert w in text, w
        for c in self.cas:
            assert c in text, c
        for _, ph in self.claims:
            assert ph in text, ph

    def acc_view(self, acc, view):
        for sub, w in self.offers:
            if w in view:
                acc.add_hit(sub)
        for c in self.cas:
            if c in view:
                acc.add_cas(c)
        for k, ph in self.claims:
            if ph in view:
                acc.add_claims(k)


P = BP
# text markup: lines starting with '>' are greentext; '>>N' is a reply link
CHEM = [
    (412345, "Прекурсоры оптом", [
        P("Прекурсоры оптом, прямые поставки.\nNPP (1-фенэтил-4-пиперидон), 4-ANPP, 1-boc-4-piperidone. CAS 39742-60-4 и 79099-07-3.\n"
          "От 100 г. Везём через свой транзитный склад в Казахстане, на таможне РФ посылка не светится.\nТг: @prekursor_opt",
          offers=[(npp, "NPP"), (anpp, "4-ANPP"), (bocpip, "1-boc-4-piperidone")], cas=["39742-60-4", "79099-07-3"],
          claims=[("forwarding", "Везём через свой транзитный склад в Казахстане")], img=True),
        P(">>412345\nКуплю NPP 100г, Москва. ОП, сколько?"),
        P(">>412345\n>прямые поставки\nмусорская подстава, не ведитесь"),
        P(">>412346\nПиши в тг. Если посылку изымут - перешлём повторно за наш счёт, без вопросов.",
          claims=[("reship", "перешлём повторно за наш счёт")], name="OP"),
    ]),
    (412401, "Куплю нитазены СПб", [
        P("Куплю изотонитазен или протонитазен, СПб, от 1г. Только почта, без закладок. Кто реально работает?"),
        P(">>412401\nЕсть протонитазен, 1г 9000р. Стелс: запаиваем в магнит на холодильник, никто не откроет.",
          offers=[(protonit, "протонитазен")], claims=[("stealth", "запаиваем в магнит на холодильник")]),
        P(">>412402\nбрат, это почти наверняка скам"),
    ]),
    (412455, "Заказал фент с китайского сайта", [
        P(">be me\n>заказал с китайского сайта \"прекурсоры\"\n>пришло через три недели\n>внутри мука и записка \"sorry customs\"\n"
          "Итого: минус 300 баксов. Не повторяйте."),
        P(">>412455\n>ожидал что-то другое\nклассика"),
        P(">>412455\nхорошо что не фентанил пришёл, а то бы и не написал сюда"),
    ]),
    (412502, "Ксилазин ветеринарный", [
        P("Ксилазин гидрохлорид 23076-35-9, ветеринарный, порошок. От 50 г, опт дешевле.\n"
          "По документам отправляем как кормовую добавку для скота.",
          offers=[(xylazine, "Ксилазин гидрохлорид")], cas=["23076-35-9"],
          claims=[("mislabel", "По документам отправляем как кормовую добавку")]),
        P(">>412502\nзачем он вообще нужен людям? это же для коров"),
        P(">>412503\nего бодяжат в героин в штатах, гугли tranq"),
    ]),
    (412560, "Фентанил цитрат", [
        P("Фентанил цитрат 990738, чистота 99%. Работаем с 2023, отзывы в тг.\nПри изъятии на почте отправляем заново бесплатно.",
          offers=[(fentanyl, "Фентанил цитрат")], cas=["990738"],
          claims=[("reship", "При изъятии на почте отправляем заново бесплатно")], img=True),
        P(">>412560\nмочератор, ты где"),
    ]),
    (412611, "Нитазены: новые позиции", [
        P("Мeтоnitаzеnе в наличии, а также новинка Metodesnitazene (метазен).\nТаможню проходит в 100% случаев, даём гарантию.",
          offers=[(metonit, "Мeтоnitаzеnе"), (nov_metodes, "Metodesnitazene")],
          claims=[("customs", "Таможню проходит в 100% случаев")]),
        P(">>412611\nчто за буквы в названии, ОП, у тебя раскладка сломалась?"),
        P(">>412612\nэто чтоб фильтры не ловили, очевидно"),
    ]),
    (412670, "Тест-полоски на фентанил: тред", [
        P("Тред про тест-полоски. Где брать, как пользоваться, какие ложноположительные.\n"
          "Полоски ловят фентанил и часть аналогов, нитазены НЕ ловят."),
        P(">>412670\nПродаю тест-полоски на фентанил, 10 шт 1500р, отправка по РФ."),
        P(">>412671\nспасибо, полезно"),
    ]),
    (412700, "4-AP / 1-boc-4-AP from factory", [
        P("Продаём 4-AP (4-анилинопиперидин) 23056 29 3 и 1-boc-4-AP, завод в Ухане.\n"
          "Доставка DDP в Россия, таможня наша ответственность, вы только получаете.",
          offers=[(ap4, "4-анилинопиперидин"), (boc4ap, "1-boc-4-AP")], cas=["23056 29 3"],
          claims=[("customs", "таможня наша ответственность")], name="Hubei Chem"),
        P(">>412700\n>Россия\nкитаец детектед"),
    ]),
    (412744, "Этонитазепин", [
        P("Этонитазепин (N-pyrrolidino etonitazene), 0.5г / 1г.\nСтелс: вакуум, фольга, внутри детской игрушки.",
          offers=[(etonitpyne, "Этонитазепин")], claims=[("stealth", "вакуум, фольга, внутри детской игрушки")]),
        P(">>412744\nэто же сильнее фента в разы, вы там совсем?"),
    ]),
    (412780, "Куплю ANPP оптом", [
        P("Куплю 4-ANPP от 1 кг, предоплата 30%. Нужен CAS 21409-26-7 и COA."),
        P(">>412780\nвсе кто тебе ответит - скамеры или менты"),
    ]),
    (412801, "Помощь зависимым - тред", [
        P("Тред взаимопомощи. Если вы на опиоидах и хотите слезть - телефоны горячих линий ниже.\n"
          "Налоксон спасает при передозировке фентанилом, держите дома."),
        P(">>412801\n>налоксон\nв РФ его хрен купишь"),
    ]),
    (412833, "Кетамин без примесей", [
        P("Кетамин, 0% фентанила, каждая партия проверена тест-полосками.\nОтправка только внутри РФ со своего склада, без таможни.",
          offers=[(ketamine, "Кетамин")], claims=[("forwarding", "Отправка только внутри РФ со своего склада")]),
    ]),
]
INT = [
    (88120, "EU vendor: FIBF / pFF / CPF", [
        P("Selling 4-FIBF, para-fluorofentanyl (90736-23-5) and cyclopropylfentanyl.\n"
          "Everything ships from our drop in Poland, EU domestic, no customs for EU buyers.",
          offers=[(fibf, "4-FIBF"), (pff, "para-fluorofentanyl"), (cpropf, "cyclopropylfentanyl")], cas=["90736-23-5"],
          claims=[("forwarding", "Everything ships from our drop in Poland")], name="Anonymous"),
        P(">>88120\nBuying carfentanil, paying BTC, anyone?", name="Anonymous"),
        P(">>88121\nglowie", name="Anonymous"),
    ]),
    (88177, "blues thread", [
        P(">be me\n>buy blues from a guy\n>turns out they're pressed with nitazenes\n>wake up in ER with narcan in my nose\n"
          "test your shit anons", name="Anonymous"),
        P(">>88177\n>blues\nthere are no real M30s left, every single one is pressed", name="Anonymous"),
    ]),
    (88203, "WTB bromazolam bulk", [
        P("WTB bromazolam bulk, 100g+. EU.", name="Anonymous"),
        P(">>88203\ngot bromazolam 71368804 and etizolam pellets. Stealth: mylar bags inside a book, smell proof.",
          offers=[(bromazolam, "bromazolam 71368804"), (S("40054-69-1", "Etizolam"), "etizolam")], cas=["71368804"],
          claims=[("stealth", "mylar bags inside a book")], name="Anonymous"),
    ]),
    (88240, "premium opioids", [
        P("𝗖𝗮𝗿𝗳𝗲𝗻𝘁𝗮𝗻𝗶𝗹 & 𝗙𝗲𝗻𝘁𝗮𝗻𝘆𝗹, lab grade.\nWe declare every parcel as \"printer toner\" on the customs form.",
          offers=[(carfent, "𝗖𝗮𝗿𝗳𝗲𝗻𝘁𝗮𝗻𝗶𝗹"), (fentanyl, "𝗙𝗲𝗻𝘁𝗮𝗻𝘆𝗹")],
          claims=[("mislabel", "We declare every parcel as \"printer toner\"")], name="Anonymous"),
        P(">>88240\nreported", name="Anonymous"),
    ]),
    (88290, "China supplier 芬太尼", [
        P("China factory supply: 芬太尼 (fentanyl), 卡芬太尼, 異丁醯芬太尼 and 丁酰芬太尼.\n"
          "包清关 - we guarantee customs clearance to US/EU/AU.",
          offers=[(fentanyl, "芬太尼 (fentanyl)"), (carfent, "卡芬太尼"), (isobutf, "異丁醯芬太尼"), (butyrf, "丁酰芬太尼")],
          claims=[("customs", "we guarantee customs clearance")], name="Anonymous"),
        P(">>88290\nimagine posting this on an imageboard", name="Anonymous"),
    ]),
]
ARCH = [
    (411900, "Бутирфентанил / валерилфентанил", "2026-10-01", [
        P("Бутирфентанил и валерилфентанил в наличии, от 1 г. Пишите в jabber.",
          offers=[(butyrf, "Бутирфентанил"), (valerf, "валерилфентанил")]),
        P(">>411900\nтред в архив, ОП пропал"),
    ]),
    (411950, "Ищу NPP", "2026-10-09", [
        P("Ищу NPP, 39742-60-4, до 10 кг. Куплю."),
        P(">>411950\nне ищи", name="Аноним"),
    ]),
]


def dvach_site():
    s = Site("dvach-board", "imageboard")
    s.robots = "User-agent: *\nDisallow: /makaba/\nDisallow: /api/\nDisallow: /user/\nCrawl-delay: 1\n"
    s.disallow = ["/makaba/", "/api/", "/user/"]
    s.trap_prefix = "/chem/arch/cal/"
    s.rate_limit = 12
    s.junk_params = s.junk_params + ["nocache", "ts"]

    def fmt(text, board, tnum):
        out = []
        for line in text.split("\n"):
            h = esc(line)
            h = re.sub(r"&gt;&gt;(\d+)", lambda m: "<a href='/%s/res/%d.html#%s' class='post-reply-link' data-thread='%d' "
                       "data-num='%s'>&gt;&gt;%s</a>" % (board, tnum, m.group(1), tnum, m.group(1), m.group(1)), h)
            if line.startswith(">") and not line.startswith(">>"):
                h = "<span class='unkfunc'>%s</span>" % h
            out.append(h)
        return "<br>".join(out)

    def head(title, board=""):
        return ("<!DOCTYPE html><html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>"
                "<title>%s</title><link rel='stylesheet' href='/static/css/makaba.css?v=3'>"
                "<script src='/static/js/jquery-3.2.min.js'></script><script>var board='%s';var Store={};</script></head>"
                "<body class='makaba'><header class='adminbar'><span class='adminbar__boards'>[ <a href='/b/'>b</a> / "
                "<a href='/chem/'>chem</a> / <a href='/int/'>int</a> ] [ <a href='/'>Главная</a> / <a href='/rules.html'>Правила</a> / "
                "<a href='/makaba/makaba.fcgi?task=auth'>Пасскод</a> ]</span></header>") % (esc(title), board)

    foot = ("<footer class='footer'><p>Все права принадлежат пользователям, разместившим материалы. "
            "<a href='/rules.html'>Правила</a> · <a href='/makaba/feedback'>Обратная связь</a></p>"
            "<div class='cookie-note'>Мы используем куки. <button>OK</button></div></footer>"
            "<script src='/static/js/makaba.js?v=3'></script></body></html>")

    def postdiv(board, tnum, num, p, op, date, view_text=None):
        txt = p.text if view_text is None else view_text
        img = ("<figure class='post__image'><a href='/%s/src/%d/%d.png' target='_blank'><img src='/%s/thumb/%d/%ds.png'></a></figure>"
               % (board, tnum, num, board, tnum, num)) if p.img else ""
        return ("<div id='post-%d' class='post %s' data-num='%d'><div class='post__details'>%s<span class='post__anon'>%s</span> "
                "<span class='post__time'>%s</span> <span class='post__reflink'><a href='/%s/res/%d.html#%d' class='post__reflink'>"
                "№%d</a></span>%s</div>%s<article id='m%d' class='post__message%s'>%s</article></div>") % (
            num, "post_type_oppost" if op else "post_type_reply", num,
            ("<span class='post__title'>%s</span> " % esc(p.subj)) if p.subj else "", esc(p.name), date, board, tnum, num, num,
            " <span class='post__btn-reply'><a href='/%s/res/%d.html'>Ответ</a></span>" % (board, tnum) if op else "",
            img, num, " post__message_op" if op else "", fmt(txt, board, tnum))

    def dates(i):
        return "%02d/11/26 %s 1%d:%02d:%02d" % (20 + i % 9, ["Пнд", "Втр", "Срд", "Чтв", "Птн", "Суб", "Вск"][i % 7], i % 10, (i * 7) % 60, (i * 13) % 60)

    def board(bname, title, threads, per=3):
        all_cat = []
        for ti, (tnum, subj, posts) in enumerate(threads):
            posts[0].subj = subj
            acc = Acc()
            html = []
            for k, p in enumerate(posts):
                p.acc_view(acc, p.text)
                html.append(postdiv(bname, tnum, tnum + k, p, k == 0, dates(ti + k)))
            page(s, "/%s/res/%d.html" % (bname, tnum), head("/%s/ - %s - Двач" % (bname, subj), bname) +
                 "<div class='logo'><span class='logo__title'>/%s/ — %s</span></div><form id='posts-form' method='post' "
                 "action='/makaba/posting.fcgi'><div class='thread' id='thread-%d'>%s</div></form>"
                 "<div class='thread-nav'><a href='/%s/'>Назад</a> <a href='/%s/catalog.html'>Каталог</a> "
                 "<a href='/%s/res/%d.html?nocache=1'>Обновить тред</a></div>" % (
                     bname, esc(title), tnum, "".join(html), bname, bname, bname, tnum) + foot,
                 acc, listing=True, charset=CS, header_charset=(tnum % 3 != 0))
        chunks = paginate(threads, per)
        for n, chunk in enumerate(chunks):
            acc = Acc()
            body = []
            for tnum, subj, posts in chunk:
                ti = [t[0] for t in threads].index(tnum)
                shown = [0] + list(range(max(1, len(posts) - 2), len(posts)))
                parts = []
                for k in shown:
                    posts[k].acc_view(acc, posts[k].text)
                    parts.append(postdiv(bname, tnum, tnum + k, posts[k], k == 0, dates(ti + k)))
                skipped = len(posts) - len(shown)
                if skipped > 0:
                    parts.insert(1, "<span class='thread__missed'>Пропущено %d постов. <a href='/%s/res/%d.html'>Нажмите ответ</a>"
                                    " для просмотра.</span>" % (skipped, bname, tnum))
                body.append("<div class='thread' id='thread-%d'>%s</div><hr>" % (tnum, "".join(parts)))
            key = "/%s/" % bname if n == 0 else "/%s/%d.html" % (bname, n)
            pager = " ".join(("<a href='%s'>[%d]</a>" % ("/%s/" % bname if k == 0 else "/%s/%d.html" % (bname, k), k))
                             for k in range(len(chunks)))
            page(s, key, head("/%s/ - %s - Двач" % (bname, title), bname) +
                 "<div class='logo'><span class='logo__title'>/%s/ — %s</span><a href='/%s/catalog.html'>Каталог</a>%s</div>"
                 "<form id='posts-form'>%s</form><div class='pager'>%s</div>" % (
                     bname, esc(title), bname,
                     " <a href='/chem/arch/index.html'>Архив</a>" if bname == "chem" else "", "".join(body), pager) + foot,
                 acc, listing=True, charset=CS)
            if n == 0:
                s.redirects["/%s/index.html" % bname] = "/%s/" % bname
        # catalog: subject + first 140 characters of the OP
        acc = Acc()
        cells = []
        for tnum, subj, posts in threads:
            snippet = posts[0].text[:140]
            posts[0].acc_view(acc, snippet)
            cells.append("<div class='ctlg__thread'><a href='/%s/res/%d.html'><img class='ctlg__img' src='/%s/thumb/%d/%ds.png'></a>"
                         "<div class='ctlg__meta'>П: %d</div><div class='ctlg__title'>%s</div><div class='ctlg__text'>%s</div></div>"
                         % (bname, tnum, bname, tnum, tnum, len(posts), esc(subj), esc(snippet).replace("\n", "<br>")))
        page(s, "/%s/catalog.html" % bname, head("/%s/ - Каталог" % bname, bname) +
             "<div class='ctlg'>%s</div>" % "".join(cells) + foot, acc, listing=True, charset=CS)

    board("chem", "Химия и фармакология", CHEM)
    board("int", "International", INT)
    # archive
    rows = []
    for ti, (tnum, subj, day, posts) in enumerate(ARCH):
        posts[0].subj = subj
        acc = Acc()
        html = []
        for k, p in enumerate(posts):
            p.acc_view(acc, p.text)
            html.append(postdiv("chem", tnum, tnum + k, p, k == 0, dates(ti + k)))
        path = "/chem/arch/%s/res/%d.html" % (day, tnum)
        page(s, path, head("/chem/ - %s - Архив" % subj, "chem") + "<div class='archive-notice'>Тред в архиве</div>"
             "<div class='thread' id='thread-%d'>%s</div>" % (tnum, "".join(html)) + foot, acc, listing=True, charset=CS)
        s.redirects["/chem/res/%d.html" % tnum] = path
        rows.append("<li><a href='/chem/res/%d.html'>№%d — %s</a> (%s)</li>" % (tnum, tnum, esc(subj), day))
    page(s, "/chem/arch/index.html", head("/chem/ - Архив", "chem") +
         "<h2>Архив /chem/</h2><ul>%s</ul><p><a href='/chem/arch/cal/2026-11'>По месяцам</a></p>" % "".join(rows) + foot,
         charset=CS)
    page(s, "/", head("Двач") + "<div class='logo'><span class='logo__title'>Два.ч</span></div><div class='boards'>"
         "<h3>Тематика</h3><ul><li><a href='/chem/'>/chem/ — Химия и фармакология</a></li><li><a href='/int/'>/int/ — International</a></li>"
         "</ul></div><div class='news'>Новости: обновлён движок, вернули каталог.</div>" + foot, charset=CS)
    page(s, "/rules.html", head("Правила") + "<h1>Правила</h1><ol><li>Запрещена торговля наркотическими средствами, "
         "прекурсорами (в том числе NPP, 4-ANPP) и их рекламой.</li><li>Запрещены призывы к насилию.</li>"
         "<li>Посты с контактами продавцов удаляются.</li></ol>" + foot, charset=CS)
    page(s, "/makaba/makaba.fcgi", head("Пасскод") + "<form>Пасскод</form><div class='post'>Продам NPP оптом, тг @prekursor_opt</div>"
         + foot, Acc().add_hit(npp), charset=CS)
    s.flaky |= {"/chem/res/412560.html", "/int/catalog.html"}
    asset(s, "/static/css/makaba.css", b".post{margin:4px}.unkfunc{color:#789922}", "text/css")
    for b, ths in (("chem", CHEM), ("int", INT)):
        for tnum, _, posts in ths:
            asset(s, "/%s/thumb/%d/%ds.png" % (b, tnum, tnum), tiny_png(tnum), "image/png")
    return s
