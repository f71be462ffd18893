"""tg-web: Telegram web previews (t.me/s/<channel> style) for three vendor channels (Russian,
Chinese/English, English) and one news channel. Feed pages show five tgme_widget_message blocks
with dates, views and forwarded-from headers; "load more" is /s/<channel>?before=<id>; every
message date links to the single-message page /<channel>/<id>.
"""
from marketsim import Site
from w18_common import (Acc, mk, esc, href, qkey, cl,
                        npp, anpp, ap4, boc4ap, bocpip, pip4, norfent, carfent, fentanyl, protonit, metonit, isotonit,
                        xylazine, bmkgly, pmkgly, hydroxylimine, novel_n, etonpyne, desisot, ofluorof, pff, cpropf, naloxone)


class M:
    def __init__(self, mid, text, offers=(), mentions=(), claims=(), cas=(), cas_m=(), fwd=None):
        self.id, self.text = mid, text
        self.offers, self.mentions, self.claims = list(offers), list(mentions), list(claims)
        self.cas, self.cas_m, self.fwd = list(cas), list(cas_m), fwd


HB303 = M(303, "Hot sale: CAS 79099-07-3 / CAS 125541-22-2, 99% purity, MOQ 1kg. Safe delivery to USA, Mexico, Canada. " + cl("stealth", "en", 0),
          offers=[bocpip, boc4ap], claims=["stealth"], cas=["79099-07-3", "125541-22-2"])

CHANNELS = {
    "chemkraft_shop": ("ChemKraft", "Прекурсоры оптом и в розницу. Связь: @chemkraft_support", 3120, [
        M(201, "Открылись! Магазин ChemKraft теперь и в Telegram. Прайс — ниже."),
        M(202, "<b>Прайс</b><br>N-фенэтил-4-пиперидон (NPP), CAS 39742-60-4 — 1 кг 1500$<br>4-ANPP, CAS 21409-26-7 — 1 кг 3800$<br>"
               "1-Boc-4-пиперидон, CAS 79099-07-3 — 1 кг 600$<br>" + cl("reship", "ru", 0) + " " + cl("stealth", "ru", 0),
          offers=[npp, anpp, bocpip], claims=["reship", "stealth"], cas=["39742-60-4", "21409-26-7", "79099-07-3"]),
        M(203, "Отзывы клиентов — в нашем чате. Спасибо, что вы с нами!"),
        M(204, "Поступил 4-анилинопиперидин (4-AP), 1 кг — 1200$.", offers=[ap4]),
        M(205, "Получил NPP за 6 дней, всё как договаривались, спасибо!", mentions=[npp], fwd=("ChemKraft Отзывы", None)),
        M(206, "Внимание: мошенники используют наш логотип. Наш единственный контакт — @chemkraft_support."),
        M(207, "Норфентанил снова в наличии. CAS 1609-66-1. Пишите.", offers=[norfent], cas=["1609-66-1"]),
        M(208, "Карфентанил не продаём и никогда не продавали. Не пишите по этому поводу.", mentions=[carfent]),
        M(209, "Скидка 10% на 1-Boc-4-AP до конца месяца. " + cl("customs", "ru", 1), offers=[boc4ap], claims=["customs"]),
        M(210, "График в праздники: 1-3 января отправок нет."),
        M(211, "Прайс обновлён: NPP — 1400$/кг, 4-ANPP — 3500$/кг. " + cl("forwarding", "ru", 1),
          offers=[npp, anpp], claims=["forwarding"]),
        M(212, "Новости: в Китае ужесточили контроль над 4-пиперидоном и 1-Boc-4-пиперидоном — цены вырастут.",
          mentions=[pip4, bocpip]),
    ]),
    "hb_pharmatech": ("HB Pharmatech 湖北制药科技", "医药中间体 现货供应 | Pharmaceutical intermediates in stock. WhatsApp +86 155 2718 0443", 1875, [
        M(301, "湖北制药科技 — 医药中间体 现货供应 / Hubei pharmatech, pharmaceutical intermediates in stock."),
        M(302, "现货：N-苯乙基-4-哌啶酮 CAS 39742-60-4，4-苯胺基-N-苯乙基哌啶 CAS 21409-26-7。" + cl("customs", "zh", 0),
          offers=[npp, anpp], claims=["customs"], cas=["39742-60-4", "21409-26-7"]),
        HB303,
        M(304, "赛拉嗪 xylazine powder, CAS 7361-61-7. " + cl("forwarding", "zh", 0), offers=[xylazine], claims=["forwarding"], cas=["7361-61-7"]),
        M(305, "New product: Protonitazene / 普罗托尼秦 in stock. " + cl("reship", "zh", 0), offers=[protonit], claims=["reship"]),
        M(306, "Contact: WhatsApp +86 155 2718 0443 / Wickr: hbpharma / Email: sales@hbpharma.example"),
        M(307, "BMK甲基缩水甘油酸酯 CAS 80532-66-7 / PMK甲基缩水甘油酸酯 CAS 13605-48-6 现货。" + cl("mislabel", "zh", 0),
          offers=[bmkgly, pmkgly], claims=["mislabel"], cas=["80532-66-7", "13605-48-6"]),
        M(308, "Customer feedback: the package arrived in Mexico City in 9 days. Thank you for trust!"),
        M(309, "4-哌啶酮 CAS 41661-47-6 大量现货 / 4-Piperidone bulk stock.", offers=[pip4], cas=["41661-47-6"]),
        M(310, "Notice: from 1 July 2025 nitazenes are class-controlled in China. We stop selling 普罗托尼秦 protonitazene. Do not ask.",
          mentions=[protonit]),
        M(311, "羟亚胺 Hydroxylimine CAS 6740-87-0 现货，价格私聊。", offers=[hydroxylimine], cas=["6740-87-0"]),
        M(312, "中秋节放假通知 / Mid-autumn festival holiday: 3 days, orders ship after."),
    ]),
    "rc_worldwide": ("RC Worldwide", "Research chemicals. Lab use only. Support: @rcww_support", 5402, [
        M(401, "Welcome to RC Worldwide. Research chemicals, lab use only. Read the pinned FAQ."),
        M(402, "IN STOCK: Isotonitazepyne (N-pyrrolidino isotonitazene), the new one. 1g / 5g / 10g. DM @rcww_support", offers=[novel_n]),
        M(403, "Etonitazepyne 1g $120, N-Desethyl isotonitazene 1g $140. " + cl("reship", "en", 0),
          offers=[etonpyne, desisot], claims=["reship"]),
        M(404, HB303.text, offers=HB303.offers, claims=HB303.claims, cas=HB303.cas, fwd=("HB Pharmatech 湖北制药科技", "hb_pharmatech")),
        M(405, "o-FF (ortho-fluorofentanyl) back in stock. Also para-fluorofentanyl 1g $95.", offers=[ofluorof, pff]),
        M(406, "Shipping update: " + cl("forwarding", "en", 0) + " " + cl("stealth", "en", 1), claims=["forwarding", "stealth"]),
        M(407, "Warning: fake rc_worldwide accounts are on Telegram. We never DM first."),
        M(408, "Cyclopropylfentanyl is NOT available and will not be. Don't ask.", mentions=[cpropf]),
        M(409, "Restock: F3nt@nyl HCl 99%, sample 0.5g available.", offers=[fentanyl]),
        M(410, "Payment: BTC / XMR only. No PayPal, no cards."),
        M(411, "tranq (xylazine) 10g / 50g, fast dispatch.", offers=[xylazine]),
        M(412, "Holiday discount: 15% on everything this weekend."),
    ]),
    "opioid_watch": ("Opioid Watch | Новости", "News on opioids, nitazenes and precursors. Новости об опиоидах. Not a shop.", 22400, [
        M(501, "DEA: 500 kg of NPP (CAS 39742-60-4) and 4-ANPP seized at the port of Long Beach.", mentions=[npp, anpp], cas_m=["39742-60-4"]),
        M(502, "В поддельных таблетках «оксикодона» в Москве обнаружены протонитазен и метонитазен.", mentions=[protonit, metonit]),
        M(503, "CDC: xylazine (tranq) wounds on the rise in Philadelphia.", mentions=[xylazine]),
        M(504, "China adds the nitazene class to its controls effective 1 July 2025. Isotonitazene was already listed.", mentions=[isotonit]),
        M(505, "Free naloxone kits are now available at all city pharmacies.", mentions=[naloxone]),
        M(506, "Telegram blocked channels that advertised 1-Boc-4-piperidone after a report.", mentions=[bocpip]),
        M(507, "Fentanyl remains involved in about 70% of overdose deaths.", mentions=[fentanyl], fwd=("CDC", None)),
        M(508, "Europol: carfentanil seizures in the Baltic states.", mentions=[carfent]),
    ]),
}
PER = 5


def head(title, desc):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><meta name='viewport' content='width=device-width, initial-scale=1.0'>"
            "<meta property='og:title' content='%s'><meta property='og:description' content='%s'>"
            "<link href='/css/widget-frame.css?71' rel='stylesheet'></head><body class='widget_frame_base tgme_webpreview emoji_image'>") % (
        esc(title), esc(title), esc(desc))


def widget(chan, title, m, acc):
    for sub in m.offers:
        acc.offer(sub)
    for sub in m.mentions:
        acc.mention(sub)
    for c in m.cas:
        acc.show_cas(c)
    for c in m.cas_m:
        acc.cas_mentions.add(c)
    for k in m.claims:
        acc.claim(k)
    fwd = ""
    if m.fwd:
        name, ch = m.fwd
        fwd = ("<div class='tgme_widget_message_forwarded_from accent_color'>Forwarded from %s</div>" % (
            ("<a class='tgme_widget_message_forwarded_from_name' href='/s/%s'><span dir='auto'>%s</span></a>" % (ch, esc(name))) if ch
            else "<span class='tgme_widget_message_forwarded_from_name'><span dir='auto'>%s</span></span>" % esc(name)))
    views = 400 + (m.id * 37) % 3000
    return ("<div class='tgme_widget_message_wrap js-widget_message_wrap'><div class='tgme_widget_message text_not_supported_wrap js-widget_message' "
            "data-post='%s/%d' data-view='eyJjIjotMTAwMTk%d'><div class='tgme_widget_message_user'><a href='/s/%s'><i class='tgme_widget_message_user_photo bgcolor1'></i></a></div>"
            "<div class='tgme_widget_message_bubble'><i class='tgme_widget_message_bubble_tail'></i>"
            "<div class='tgme_widget_message_author accent_color'><a class='tgme_widget_message_owner_name' href='/s/%s'><span dir='auto'>%s</span></a></div>%s"
            "<div class='tgme_widget_message_text js-message_text' dir='auto'>%s</div>"
            "<div class='tgme_widget_message_footer compact js-message_footer'><div class='tgme_widget_message_info short js-message_info'>"
            "<span class='tgme_widget_message_views'>%s</span><span class='copyonly'> views</span>"
            "<span class='tgme_widget_message_meta'><a class='tgme_widget_message_date' href='/%s/%d'><time datetime='2026-%02d-%02dT%02d:%02d:00+00:00' class='time'>%02d:%02d</time></a></span>"
            "</div></div></div></div></div>") % (
        chan, m.id, m.id, chan, chan, esc(title), fwd, m.text, ("%.1fK" % (views / 1000.0)) if views >= 1000 else str(views),
        chan, m.id, 10 + m.id % 2, 1 + m.id % 28, 8 + m.id % 12, m.id % 60, 8 + m.id % 12, m.id % 60)


def build():
    s = Site("tg-web", "messaging-preview")
    s.robots = "User-agent: *\nDisallow: /auth\nDisallow: /share/\nDisallow: /+\n"
    s.disallow = ["/auth", "/share/", "/+"]
    s.rate_limit = 15
    s.junk_params = ["utm_source", "utm_medium", "sort", "order", "view", "sid", "embed", "single"]

    mk(s, "/", head("Telegram: Contact", "Telegram - a new era of messaging") +
       "<div class='tgme_page_wrap'><div class='tgme_head_wrap'><a class='tgme_head_brand' href='/'>Telegram</a></div>"
       "<div class='tgme_page'><div class='tgme_page_title'>Channel previews</div><ul>%s</ul>"
       "<a class='tgme_action_button_new' href='/auth'>Log in</a></div></div></body></html>" % "".join(
           "<li><a href='/s/%s'>%s</a> <span>@%s</span></li>" % (c, esc(v[0]), c) for c, v in CHANNELS.items()))

    for chan, (title, desc, subs, msgs) in CHANNELS.items():
        ids = [m.id for m in msgs]
        chunks = []
        end = len(msgs)
        while end > 0:
            chunks.append(msgs[max(0, end - PER):end])
            end -= PER
        for ci, chunk in enumerate(chunks):
            acc = Acc()
            body = "".join(widget(chan, title, m, acc) for m in chunk)
            first = chunk[0].id
            more = ""
            if first != ids[0]:
                more = "<a href='%s' class='tme_messages_more js-messages_more' data-before='%d'></a>" % (href("/s/" + chan, before=first), first)
            newer = ""
            if ci > 0:
                after = chunk[-1].id
                newer = "<a href='%s' class='tme_messages_more js-messages_more' data-after='%d'></a>" % (
                    "/s/" + chan if ci == 1 else href("/s/" + chan, before=chunks[ci - 2][0].id), after)
            path = "/s/" + chan if ci == 0 else qkey("/s/" + chan, before=chunks[ci - 1][0].id)
            mk(s, path, head("%s – Telegram" % title, desc) +
               "<header class='tgme_header search_collapsed'><div class='tgme_header_info'><a class='tgme_header_link' href='/s/%s'>"
               "<div class='tgme_header_title'>%s</div><div class='tgme_header_counter'>%d subscribers</div></a></div></header>"
               "<main class='tgme_main'><div class='tgme_container'><section class='tgme_channel_history js-message_history'>%s%s%s</section></div></main>"
               "<div class='tgme_channel_info'><div class='tgme_channel_info_header_title'>%s</div>"
               "<div class='tgme_channel_info_header_username'><a href='/s/%s'>@%s</a></div><div class='tgme_channel_info_description'>%s</div></div>"
               "</body></html>" % (chan, esc(title), subs, more, body, newer, esc(title), chan, chan, esc(desc)),
               acc, listing=bool(acc.hits))
        for m in msgs:
            acc = Acc()
            w = widget(chan, title, m, acc)
            mk(s, "/%s/%d" % (chan, m.id), head("%s – Telegram" % title, desc) +
               "<div class='tgme_page_wrap'><div class='tgme_head_wrap'><a class='tgme_head_brand' href='/'>Telegram</a></div>"
               "<div class='tgme_page tgme_page_post'><div class='tgme_page_widget'>%s</div>"
               "<div class='tgme_page_context_link_wrap'><a class='tgme_page_context_link' href='/s/%s'>View in channel</a> "
               "<a href='/share/url?url=t.me/%s/%d'>Share</a></div></div></div></body></html>" % (w, chan, chan, m.id),
               acc, listing=bool(acc.hits))
    return s
