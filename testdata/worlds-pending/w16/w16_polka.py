"""Site 0: polka-market, an Ozon/Wildberries-style Russian marketplace.

Catalogue grids of product tiles (`product-card j-card-item`), product cards with a
characteristics table (`product-params__table`), seller storefronts, "Похожие товары" /
"Рекомендуем также" rails, reviews and questions tabs. UTF-8, except three pages that are
windows-1251 and say so only in <meta> (the HTTP header carries no charset).
"""
from marketsim import Site, tiny_png, paginate
from w16_common import (T, plain, esc, cas_show, caffeine, benzocaine, citric_mh, mannitol, npp, bocpip, ap4,
                        anpp, boc4ap, xylazine, XYL_HCL, fentanyl, FENT_CITRATE, isotonit, nn_metaz, nf_omfu,
                        phenethylbr, propcl, carfent, metonit, acetylf)

CSS = ".product-card{display:inline-block;width:23%}.cookies{position:fixed;bottom:0}"
JS = "window.__APP__={};(function(){var n=document.querySelectorAll('.j-card-item');})();"


def head(title, cs="utf-8", meta_only=False):
    meta = ("<meta http-equiv='Content-Type' content='text/html; charset=%s'>" % cs) if meta_only \
        else "<meta charset='%s'>" % cs
    return ("<!DOCTYPE html><html lang='ru' dir='ltr'><head>%s<title>%s — купить на Полке</title>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            "<link rel='stylesheet' href='/static/pl.css'><script src='/static/app.js' defer></script>"
            "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'pageType':'x'});</script></head>"
            "<body class='ru'><div id='app'><header class='header'><div class='header__top'>"
            "<a class='header__logo' href='/'>ПОЛКА</a>"
            "<form class='search-catalog' action='/search/' method='get'><input class='search-catalog__input' name='text' placeholder='Я ищу…'></form>"
            "<nav class='navbar-pc'><a class='navbar-pc__link' href='/my/orders/'>Заказы</a>"
            "<a class='navbar-pc__link' href='/my/favorites/'>Избранное</a><a class='navbar-pc__link j-cart' href='/cart/'>Корзина</a></nav></div>"
            "<ul class='menu-burger__main-list'>"
            "<li><a href='/category/laboratornye-reaktivy-7712/'>Лабораторные реактивы</a></li>"
            "<li><a href='/category/veterinariya-7745/'>Ветаптека</a></li>"
            "<li><a href='/category/testy-i-diagnostika-7730/'>Тесты и диагностика</a></li>"
            "<li><a href='/promo/kalendar/2026-12'>Календарь акций</a></li></ul></header><main class='main'>"
            ) % (meta, esc(title))


FOOT = ("</main><footer class='footer'><div class='footer__container'><ul class='footer__list'>"
        "<li><a href='/info/dostavka/'>Доставка</a></li><li><a href='/info/vozvrat/'>Возврат товара</a></li>"
        "<li><a href='/info/prodavcam/'>Продавайте на Полке</a></li><li><a href='/seller-cabinet/'>Кабинет продавца</a></li></ul>"
        "<p class='footer__copyrights'>© 2014–2026 ООО «Полка». Все права защищены.</p></div></footer>"
        "<div class='cookies j-cookies'><p>Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь "
        "с <a href='/info/cookies/'>политикой</a>.</p><button class='cookies__btn'>Окей</button></div></div></body></html>")

SELLERS = {
    "s1": ("ХимЛабСнаб", "himlabsnab-41203", "Официальный поставщик реактивов для школ и лабораторий с 2011 года.", []),
    "s2": ("Реакт-Опт", "reakt-opt-88817",
           "Реактивы оптом и в розницу. Работаем с частными лицами. Упаковываем в обычный курьерский пакет "
           "без названий веществ и логотипов — по внешнему виду не понять, что внутри. Если посылка потерялась "
           "или её вскрыли на сортировке, перешлём заказ повторно бесплатно.", ["stealth", "reship"]),
    "s3": ("Гуанчжоу Хуасинь Трейдинг (Полка Global)", "huaxin-global-90311",
           "广州华信贸易有限公司. Товар из Китая, срок доставки 12–20 дней. Груз идёт через наш склад в Алматы и дальше "
           "по России как внутренняя посылка; таможенное оформление берём на себя, покупатель ничего не платит.",
           ["forwarding", "customs"]),
    "s4": ("ВетАптека 24", "vetapteka24-51022", "Ветеринарные препараты. Лицензия на фармацевтическую деятельность. "
           "Отправляем только по России.", []),
    "s5": ("ТестЭксперт", "testekspert-30877", "Экспресс-тесты для дома и клиник.", []),
    "s6": ("NootroLab", "nootrolab-77105", "Научные образцы для исследований. Не для употребления. "
           "Отправки маскируем: фольга, вакуум и внешняя упаковка под косметику.", ["stealth"]),
}

# (id, seller, slug, title, sub, cas (dashed) or None, cas style, price, description, [(kind, text)], params)
P = [
    (140311, "s1", "kofein-bezvodnyy-chda", "Кофеин безводный, ч.д.а., 100 г", caffeine, "58-08-2", "dash", 690,
     "Кофеин безводный для лабораторных работ. Фасовка в банку из ПЭТ.", [], {"Квалификация": "ч.д.а."}),
    (140312, "s1", "benzokain-anestezin-50g", "Бензокаин (анестезин), 50 г", benzocaine, "94-09-7", "dash", 840,
     "Этиловый эфир 4-аминобензойной кислоты. Белый кристаллический порошок.", [], {"Квалификация": "фарм."}),
    (140313, "s1", "limonnaya-kislota-monogidrat-1kg", "Лимонная кислота моногидрат, 1 кг", citric_mh, "5949-29-1",
     "dash", 310, "Пищевая, E330. Подходит для хозяйственных нужд.", [], {"Квалификация": "пищевая"}),
    (140314, "s1", "mannit-d-mannitol-500g", "Маннит (D-маннитол), 500 г", mannitol, "69-65-8", "space", 950,
     "D-маннит, фармакопейный.", [], {"Квалификация": "ч."}),
    (208817, "s2", "1-fenetil-4-piperidon-npp-99", "1-Фенэтил-4-пиперидон (NPP) 99%, 100 г", npp, "39742-60-4", "dash",
     12400, "N-фенэтил-4-пиперидон, светло-жёлтый порошок. Сертификат анализа по запросу.",
     [("stealth", "Упакуем в обычный серый пакет, на посылке только ваш адрес — ни названий, ни логотипов.")],
     {"Чистота": "99%", "Форма": "порошок"}),
    (208818, "s2", "n-boc-4-piperidon-250g", "N-Boc-4-пиперидон, 250 г", bocpip, "79099-07-3", "nodash", 8900,
     "трет-Бутил-4-оксопиперидин-1-карбоксилат. Белые кристаллы.", [], {"Чистота": "98%"}),
    (208819, "s2", "4-anilinopiperidin-98", "4-Анилинопиперидин, чистота 98%, 50 г", ap4, "23056-29-3", "space", 7300,
     "N-фенилпиперидин-4-амин.",
     [("reship", "Не дошло — отправим ещё раз, без доплаты.")], {"Чистота": "98%"}),
    (208820, "s2", "2-feniletilbromid-98-500ml", "2-Фенилэтилбромид 98%, 500 мл", phenethylbr, "103-63-9", "dash", 5600,
     "(2-Бромэтил)бензол, бесцветная жидкость.", [], {"Чистота": "98%", "Форма": "жидкость"}),
    (390311, "s3", "4-anpp-1kg", "4-ANPP 芬太尼中间体 / 4-анилино-N-фенэтилпиперидин, 1 кг", anpp, "21409-26-7", "dash",
     96000, "Производство Китай. 4-苯胺基-N-苯乙基哌啶, 纯度 99%. Отгрузка со склада партнёра.",
     [("forwarding", "Посылка приходит из Казахстана как внутренняя — мы переупаковываем её на складе в Алматы."),
      ("customs", "Растаможку делаем сами, покупателю ничего доплачивать не нужно.")],
     {"Страна-изготовитель": "Китай", "Чистота": "99%"}),
    (390312, "s3", "1-boc-4-ap-tert-butil", "Трет-бутил 4-(фениламино)пиперидин-1-карбоксилат (1-Boc-4-AP), 500 г", boc4ap,
     "125541-22-2", "dash", 54000, "1-叔丁氧羰基-4-苯胺基哌啶. Белый порошок.",
     [("mislabel", "В накладной пишем «органический промежуточный продукт», без названия.")],
     {"Страна-изготовитель": "Китай"}),
    (390313, "s3", "propionilhlorid-99-1l", "Пропионилхлорид 99%, 1 л", propcl, "79-03-8", "dash", 6100,
     "Хлорангидрид пропионовой кислоты.", [], {"Страна-изготовитель": "Китай"}),
    (510221, "s4", "ksila-ksilazin-2-10ml", "Ксила (ксилазин) р-р д/ин. 2%, 10 мл, для животных", xylazine, XYL_HCL,
     "dash", 480, "Седативное средство для крупного рогатого скота, собак и кошек. Действующее вещество: "
     "ксилазина гидрохлорид 20 мг/мл.", [], {"Действующее вещество": "ксилазина гидрохлорид",
                                             "Форма выпуска": "флакон 10 мл"}),
    (510222, "s4", "zoletil-100-5ml", "Золетил 100, 5 мл, для животных", None, None, None, 2150,
     "Тилетамин + золазепам. Отпускается по рецепту ветврача.", [], {"Форма выпуска": "лиофилизат"}),
    (300871, "s5", "test-poloski-fentanil-10sht", "Тест-полоски на фентанил (FTS), 10 шт", None, None, None, 990,
     "Определяют фентанил и ряд аналогов (в т.ч. карфентанил, ацетилфентанил) в растворе. "
     "Средство снижения вреда, не является лекарством.", [], {"Порог": "20 нг/мл"}),
    (300872, "s5", "test-nitazeny-5sht", "Экспресс-тест на нитазены, 5 шт", None, None, None, 1450,
     "Реагирует на изотонитазен, метонитазен, протонитазен. Результат через 5 минут.", [], {"Порог": "25 нг/мл"}),
    (771051, "s6", "reaktiv-f-citrat-standart-1g", "Реактив F-цитрат (Фeнтaнил), аналитический стандарт, 1 г", fentanyl,
     FENT_CITRATE, "dash", 18500, "Цитрат. Чистота по ВЭЖХ 99,2%. Только для научных целей.",
     [("stealth", "Внешняя коробка — под крем для рук, внутри фольга и вакуум.")], {"Чистота": "99,2%"}),
    (771052, "s6", "izo-izotonitazen-5g", "«Изо» — изотонитaзен, 5 г, для исследований", isotonit, None, None, 22000,
     "Жёлтый порошок. Образец для хроматографии.", [], {"Форма": "порошок"}),
    (771053, "s6", "metodesnitazen-nauchnyy-obrazec", "Методеснитазен (метазен), научный образец 1 г", nn_metaz, None,
     None, 9900, "2-[2-[(4-метоксифенил)метил]бензимидазол-1-ил]-N,N-диэтилэтанамин. Новый продукт.", [], {}),
    (771054, "s6", "orto-metilfuranilfentanil-1g", "орто-Метилфуранилфентанил, 1 г", nf_omfu, None, None, 14500,
     "N-(2-метилфенил)-N-[1-(2-фенилэтил)пиперидин-4-ил]фуран-2-карбоксамид.", [], {}),
    (140315, "s1", "nabor-yunogo-himika-kristally", "Набор юного химика «Кристаллы»", None, None, None, 1290,
     "Для детей от 10 лет. 12 опытов.", [], {"Возраст": "10+"}),
]

CATS = [
    ("laboratornye-reaktivy-7712", "Лабораторные реактивы",
     [140311, 140312, 208817, 390311, 140313, 208818, 771051, 390312, 140314, 208819, 771052, 208820, 390313, 771053,
      771054, 140315]),
    ("veterinariya-7745", "Ветаптека", [510221, 510222]),
    ("testy-i-diagnostika-7730", "Тесты и диагностика", [300871, 300872]),
]
CP1251 = {208819, "reakt-opt-88817"}   # pages sent as windows-1251, declared in <meta> only


def build():
    s = Site("polka-market", "ru-marketplace")
    s.robots = ("User-agent: *\nDisallow: /my/\nDisallow: /cart/\nDisallow: /search/\nDisallow: /seller-cabinet/\n"
                "Disallow: /*?*text=\nClean-param: asb&asb2&keywords&from /product/\n\nUser-agent: Yandex\nCrawl-delay: 1\n\n"
                "Sitemap: /sitemap.xml\n")
    s.disallow = ["/my/", "/cart/", "/search/", "/seller-cabinet/"]
    s.rate_limit = 20
    s.trap_prefix = "/promo/kalendar/"
    s.junk_params = ["utm_source", "utm_medium", "utm_campaign", "asb", "asb2", "keywords", "from", "sorting", "sh",
                     "tf", "sid"]
    byid = {p[0]: p for p in P}
    sell = {}
    for p in P:
        sell.setdefault(p[1], []).append(p)

    def url(p):
        return "/product/%s-%d/" % (p[2], p[0])

    def price(v):
        return "{:,}".format(v).replace(",", "\u2009") + "\u00a0₽"

    def card(p, i, junk=True):
        q = "?asb=%d&keywords=%s" % (i % 3 + 1, p[2].split("-")[0]) if junk else ""
        seller = SELLERS[p[1]][0]
        return ("<article class='product-card j-card-item' data-nm-id='%d'><div class='product-card__wrapper'>"
                "<a class='product-card__link j-card-link' href='%s%s' aria-label='%s'></a>"
                "<div class='product-card__img-wrap'><img class='j-thumbnail' src='/img/p/%d.png' loading='lazy' alt=''></div>"
                "<div class='product-card__middle-wrap'><p class='product-card__price price'>"
                "<ins class='price__lower-price'>%s</ins> <del>%s</del></p>"
                "<h2 class='product-card__brand-wrap'><span class='product-card__brand'>%s</span>"
                "<span class='product-card__name'> / %s</span></h2>"
                "<p class='product-card__rating-wrap'><span class='address-rate-mini'>4,%d</span> "
                "<span class='product-card__count'>%d оценок</span></p></div>"
                "<a class='product-card__add-basket j-add-to-basket btn-main' href='/cart/add?nm=%d'>В корзину</a></div></article>"
                % (p[0], url(p), q, esc(p[3]), p[0], price(p[7]), price(int(p[7] * 1.35)), esc(seller), esc(p[3]),
                   p[0] % 9, p[0] % 230 + 3, p[0]))

    def rail(title, ids):
        # short /product/<id>/ links: these answer 301 to the canonical card
        items = "".join("<li class='goods-slider__item'><a href='/product/%d/'>%s</a> <span class='price'>%s</span></li>"
                        % (i, esc(byid[i][3]), price(byid[i][7])) for i in ids)
        return "<section class='goods-slider j-recommend' data-widget='%s'><h3>%s</h3><ul>%s</ul></section>" % (
            "similar" if "Похож" in title else "also", esc(title), items)

    # ---------------- home
    t = T()
    body = (head("Полка — интернет-магазин") +
            "<div class='main-banner-slider'><a href='/promo/kalendar/2026-12'><img src='/img/banner1.png' alt='Распродажа'></a></div>"
            "<h1 class='hide'>Маркетплейс Полка</h1><section class='main-page__catalog'>"
            + "".join("<a class='menu-catalog__link' href='/category/%s/'>%s</a>" % (c, esc(n)) for c, n, _ in CATS)
            + "</section>" + rail("Рекомендуем для вас", [140311, 140315, 300871, 510222]) +
            "<p><a href='/context/detail/id/140314/'>Маннит по акции</a> · <a href='/info/dostavka/'>Как мы доставляем</a></p>"
            + FOOT)
    s.add(t.page("/", body, False))

    # ---------------- categories (grids are offers: each tile has price and "В корзину")
    for slug, name, ids in CATS:
        pages = paginate([byid[i] for i in ids], 6)
        for pi, chunk in enumerate(pages, 1):
            t = T()
            for p in chunk:
                t.offer(p[4])   # tiles show no CAS
            path = "/category/%s/" % slug + ("?page=%d" % pi if pi > 1 else "")
            pager = "".join("<a class='pagination-item%s' href='/category/%s/%s'>%d</a>" % (
                " pagination__item--active" if k == pi else "", slug, ("?page=%d" % k) if k > 1 else "", k)
                for k in range(1, len(pages) + 1)) if len(pages) > 1 else ""
            sortbar = ("<div class='catalog-sort'><a href='/category/%s/?sorting=popular'>По популярности</a> "
                       "<a href='/category/%s/?sorting=priceup%s'>По возрастанию цены</a></div>"
                       % (slug, slug, "&page=%d" % pi if pi > 1 else ""))
            body = (head(name) + "<div class='catalog-page'><ul class='breadcrumbs'><li><a href='/'>Главная</a></li>"
                    "<li>%s</li></ul><h1 class='catalog-title'>%s</h1>%s<div class='product-card-list' data-tag='grid'>%s</div>"
                    "<div class='pageToInsert pagination'>%s</div></div>" % (
                        esc(name), esc(name), sortbar, "".join(card(p, i) for i, p in enumerate(chunk)), pager) + FOOT)
            s.add(t.page(path, body, True))

    # ---------------- product cards
    cat_of = {i: (slug, name, ids) for slug, name, ids in CATS for i in ids}
    for n, p in enumerate(P):
        pid, sk, slug, title, sub, cas, style, pr, desc, claims, params = p
        cs = "windows-1251" if pid in CP1251 else "utf-8"
        t = T().offer(sub, cas)
        t.claim(*[k for k, _ in claims])
        rows = [("Артикул", str(pid))] + list(params.items())
        if cas:
            rows.append(("Номер CAS", cas_show(cas, style)))
        rows.append(("Страна производства", params.get("Страна-изготовитель", "Россия")))
        table = "".join("<tr class='product-params__row'><th class='product-params__cell'><span class='product-params__cell-decor'>"
                        "<span>%s</span></span></th><td class='product-params__cell'><span>%s</span></td></tr>" % (esc(a), esc(b))
                        for a, b in rows if a != "Страна-изготовитель")
        cslug, cname, cids = cat_of[pid]
        sim = [i for i in cids if i != pid][:5]
        also = [P[(n + 3) % len(P)][0], P[(n + 7) % len(P)][0]]
        tabs = ("<nav class='product-page__tabs'><a class='active' href='%s'>Описание</a> <a href='%sreviews/'>Отзывы</a> "
                "<a href='%squestions/'>Вопросы</a></nav>" % (url(p), url(p), url(p)))
        seller = SELLERS[sk]
        body = (head(title, cs, meta_only=(cs != "utf-8")) +
                "<div class='product-page' data-nm='%d'><ul class='breadcrumbs'><li><a href='/'>Главная</a></li>"
                "<li><a href='/category/%s/'>%s</a></li></ul><div class='product-page__header'>"
                "<span class='product-page__header-brand'>%s</span><h1 class='product-page__title'>%s</h1></div>"
                "<div class='product-page__price-block'><ins class='price-block__final-price'>%s</ins> "
                "<button class='btn-main j-add-to-basket'>Добавить в корзину</button> <button class='btn-base j-buy-now'>Купить сейчас</button></div>"
                "%s<section class='product-page__details-section details-section' id='section-description'>"
                "<h2 class='section-header'>Описание</h2><p class='option__text'>%s</p>%s</section>"
                "<section class='product-details'><table class='product-params__table'>"
                "<caption class='product-params__caption'>Характеристики</caption><tbody>%s</tbody></table></section>"
                "<div class='seller-info'><a class='seller-info__name' href='/seller/%s/'>%s</a>"
                "<span class='seller-info__rating'>4,%d</span> <a class='seller-info__more' href='/seller/%s/?sorting=new'>Все товары продавца</a></div>"
                "%s%s</div>" % (
                    pid, cslug, esc(cname), esc(seller[0]), esc(title), price(pr), tabs, esc(desc),
                    "".join("<p class='option__text'>%s</p>" % esc(x) for _, x in claims), table, seller[1],
                    esc(seller[0]), pid % 10, seller[1], rail("Похожие товары", sim), rail("Рекомендуем также", also))
                + FOOT)
        s.add(t.page(url(p), body, True, ctype="text/html" if cs != "utf-8" else "text/html; charset=utf-8", charset=cs))
        s.add(plain("/img/p/%d.png" % pid, tiny_png(pid), ctype="image/png"))
        s.redirects["/product/%d/" % pid] = url(p)
        if pid in (208817, 771052, 510221):
            s.flaky.add(url(p))

    s.redirects["/context/detail/id/140314/"] = url(byid[140314])
    s.redirects["/context/detail/id/390311/"] = url(byid[390311])

    # ---------------- reviews tabs: the product header (price, basket) is on the tab -> the product is offered there
    REV = {
        208817: [("Андрей К.", 5, "Пришло за 4 дня, упаковано аккуратно, пакет без надписей — как и обещали."),
                 ("m***a", 4, "Цвет чуть темнее, чем на фото. Продавец отвечает быстро.")],
        390311: [("Сергей", 5, "Доставка 16 дней. Растаможка ни копейки не стоила, спасибо продавцу!"),
                 ("Олег П.", 2, "Коробка помята, пакет внутри целый.")],
        771051: [("Покупатель скрыт", 5, "Стелс отличный, никто бы не догадался."),
                 ("Игорь", 1, "Продавец обещал переотправку, а по факту тишина. Будьте осторожны.")],
        300871: [("Ольга", 5, "Полоски рабочие, проверили — фентанила не было. Берите, это спасает жизни."),
                 ("Dmitry", 4, "Инструкция только на английском.")],
        140311: [("Анна", 5, "Хороший кофеин для опытов с сыном."), ("Павел", 5, "Всё ок.")],
    }
    for pid, revs in REV.items():
        p = byid[pid]
        t = T().offer(p[4])
        items = "".join("<li class='comments__item feedback'><div class='feedback__header'>%s</div>"
                        "<div class='feedback__rating stars-line star%d'></div><p class='feedback__text'>%s</p></li>"
                        % (esc(a), r, esc(x)) for a, r, x in revs)
        body = (head("Отзывы: " + p[3]) +
                "<div class='product-feedbacks'><div class='product-line'><a href='%s'>%s</a> <ins>%s</ins> "
                "<button class='btn-main j-add-to-basket'>В корзину</button></div><h1>Отзывы (%d)</h1>"
                "<ul class='comments__list'>%s</ul><p><a href='%squestions/'>Вопросы о товаре</a></p></div>"
                % (url(p), esc(p[3]), price(p[7]), len(revs), items, url(p)) + FOOT)
        s.add(t.page(url(p) + "reviews/", body, True))

    # ---------------- questions tabs: the seller's own answers are the seller's claims
    QA = {
        390311: [("Доставляете в Беларусь? На границе не остановят?",
                  "Да, отправляем. Документы для таможни готовим сами, груз проходит без вопросов.", ["customs"]),
                 ("Можно ли оплатить криптой?", "Только через Полку.", [])],
        771051: [("Как упаковано?", "Никаких надписей, снаружи выглядит как посылка с косметикой.", ["stealth"]),
                 ("Если посылку задержат?", "Такое бывает у некоторых продавцов, у нас пока не было.", [])],
        510221: [("Отправите в Казахстан?", "Нет, за границу не отправляем, только по России.", []),
                 ("Нужен рецепт?", "Для юрлиц — по заявке ветврача.", [])],
        208817: [("Есть сертификат?", "Да, COA вышлем в чат.", [])],
        140313: [("Подходит для бомбочек для ванны?", "Да, многие покупают именно для этого.", [])],
    }
    for pid, qs in QA.items():
        p = byid[pid]
        t = T().offer(p[4])
        items = ""
        for q, a, kinds in qs:
            t.claim(*kinds)
            items += ("<li class='questions__item'><p class='questions__question'>%s</p>"
                      "<div class='questions__answer'><span class='questions__seller'>Ответ продавца %s</span><p>%s</p></div></li>"
                      % (esc(q), esc(SELLERS[p[1]][0]), esc(a)))
        body = (head("Вопросы: " + p[3]) +
                "<div class='product-questions'><div class='product-line'><a href='%s'>%s</a> <ins>%s</ins> "
                "<button class='btn-main j-add-to-basket'>В корзину</button></div><h1>Вопросы о товаре</h1>"
                "<ul class='questions__list'>%s</ul><p><a href='%sreviews/'>Отзывы</a></p></div>"
                % (url(p), esc(p[3]), price(p[7]), items, url(p)) + FOOT)
        s.add(t.page(url(p) + "questions/", body, True))

    # ---------------- seller storefronts
    for sk, (name, sslug, about, kinds) in SELLERS.items():
        cs = "windows-1251" if sslug in CP1251 else "utf-8"
        t = T().claim(*kinds)
        for p in sell[sk]:
            t.offer(p[4])
        body = (head(name, cs, meta_only=(cs != "utf-8")) +
                "<div class='seller-page'><div class='seller-details'><h1 class='seller-details__title'>%s</h1>"
                "<p class='seller-details__info'>На Полке с 20%02d года · %d заказов</p>"
                "<div class='seller-details__about'><h2>О магазине</h2><p>%s</p></div></div>"
                "<div class='product-card-list'>%s</div></div>" % (
                    esc(name), 17 + len(sslug) % 8, 1000 + len(sslug) * 77, esc(about),
                    "".join(card(p, i, junk=False) for i, p in enumerate(sell[sk]))) + FOOT)
        s.add(t.page("/seller/%s/" % sslug, body, True,
                     ctype="text/html" if cs != "utf-8" else "text/html; charset=utf-8", charset=cs))

    # ---------------- info pages (windows-1251 delivery page; no seller claims: the marketplace's own chrome)
    s.add(plain("/info/dostavka/", head("Доставка", "windows-1251", meta_only=True) +
                "<div class='info-page'><h1>Доставка</h1><p>Доставляем в пункты выдачи Полки и курьером по России. "
                "Товары от продавцов из-за рубежа проходят таможенное оформление в порядке, установленном ЕАЭС; "
                "при превышении беспошлинного лимита покупатель платит пошлину.</p>"
                "<p>Срок хранения заказа в пункте выдачи — 7 дней.</p></div>" + FOOT,
                ctype="text/html", charset="windows-1251"))
    s.add(plain("/info/vozvrat/", head("Возврат") + "<div class='info-page'><h1>Возврат товара</h1><p>Товар надлежащего "
                "качества можно вернуть в течение 14 дней. Лекарственные и ветеринарные препараты возврату не подлежат.</p></div>" + FOOT))
    s.add(plain("/info/prodavcam/", head("Продавцам") + "<div class='info-page'><h1>Продавайте на Полке</h1><p>Запрещено "
                "размещать наркотические средства, психотропные вещества и их прекурсоры (ПП РФ № 681). Карточки с такими "
                "товарами блокируются, например «фентанил», «карфентанил», «метонитазен», «ацетилфентанил».</p></div>" + FOOT))
    s.add(plain("/info/cookies/", head("Cookies") + "<div class='info-page'><h1>Политика cookie</h1><p>Мы используем cookie "
                "для работы корзины и аналитики.</p></div>" + FOOT))
    # ---------------- robots-forbidden (a crawler that ignores robots.txt finds offers here)
    s.add(plain("/seller-cabinet/", head("Кабинет продавца") + "<a href='/seller-cabinet/drafts/'>Черновики карточек</a>" + FOOT))
    s.add(T().offer(carfent, "59708-52-0").page("/seller-cabinet/drafts/", head("Черновики") +
          "<div class='product-card'><span class='product-card__name'>Карфентанил 99%, 10 г</span> CAS 59708-52-0</div>"
          "<div class='product-card'><span class='product-card__name'>Метонитазен 5 г</span></div>" + FOOT, True))
    s.pages["/seller-cabinet/drafts/"].hits.add(metonit.key)
    s.add(T().offer(acetylf).page("/search/", head("Поиск") + "<div class='product-card-list'>"
                                  "<span class='product-card__name'>Ацетилфентанил</span></div>" + FOOT, True))
    # ---------------- assets
    s.add(plain("/static/pl.css", CSS, ctype="text/css"))
    s.add(plain("/static/app.js", JS, ctype="application/javascript"))
    s.add(plain("/img/banner1.png", tiny_png(7), ctype="image/png"))
    s.add(plain("/sitemap.xml", "<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                + "".join("<url><loc>%s</loc></url>" % url(p) for p in P[:6]) + "</urlset>", ctype="application/xml"))
    return s
