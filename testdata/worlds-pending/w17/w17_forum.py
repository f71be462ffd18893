"""flarum-board: a Flarum forum as a crawler sees it: the server-rendered fallback inside
<noscript id="flarum-content"> (DiscussionListItem, DiscussionHero, PostStream, Post-body,
PostUser badges, Reply buttons), tags (/t/<slug>), user pages (/u/<name>), discussions
(/d/<id>-<slug>, ?page=2), /d/<id> short links that redirect, English and Russian (UTF-8).
Vendor threads where each reply is a separate vendor's offer, buyer requests (WTB / куплю) that
sometimes get a vendor's offer as a reply, harm-reduction warnings, rules posts, a buyer review.
"""
from marketsim import Site, Page
from w17_common import (T, mkpage, esc, qkey, npp, anpp, ap4, boc4ap, bocpip, pip4, norfent, benzylf, fentanyl, carfent,
                        fibf, cpropf, valerf, ocfent, crotonylf, nf_mfcpf, nf_pclvf, isotonit, metonit, protonit, butonit,
                        etazene, desiso, etonitpyne, protopyne, nn_isopyne, xylazine, ketamine, bromazolam, flualp,
                        oxycodone, heroin, XYL_HCL)

PER_PAGE = 6


class P:
    def __init__(self, user, date, html, offers=(), cas=(), claims=(), mentions=()):
        self.user, self.date, self.html = user, date, html
        self.offers, self.cas, self.claims, self.mentions = list(offers), list(cas), list(claims), list(mentions)

    def truth(self):
        t = T()
        for sub, ev in self.offers:
            t.offer(sub, ev)
        for c in self.cas:
            t.showcas(c)
        for k, txt in self.claims:
            t.claim(k, txt)
        t.mention(*self.mentions)
        return t


class D:
    def __init__(self, did, slug, title, tags, posts, title_offers=(), title_mentions=(), sticky=False, lang="en", market=False):
        self.did, self.slug, self.title, self.tags, self.posts = did, slug, title, tags, posts
        self.title_offers, self.title_mentions = list(title_offers), list(title_mentions)
        self.sticky, self.lang, self.market = sticky, lang, market

    @property
    def path(self):
        return "/d/%d-%s" % (self.did, self.slug)

    def page_path(self, k):
        return self.path if k == 1 else qkey(self.path, page=k)

    def title_truth(self):
        t = T()
        for sub, ev in self.title_offers:
            t.offer(sub, ev)
        t.mention(*self.title_mentions)
        return t

    @property
    def npages(self):
        return (len(self.posts) + PER_PAGE - 1) // PER_PAGE


# username -> (display name, group, joined, bio html, bio offers, bio claims)
USERS = {
    "ModTeam_Hex": ("ModTeam_Hex", "Moderator", "March 2021", "Forum staff. Read the rules before posting.", [], []),
    "moder_yo": ("Модератор Ё", "Moderator", "June 2022", "Модерирую русский раздел.", [], []),
    "hr_nina": ("hr_nina", "Harm Reduction Team", "January 2020", "Drug-checking volunteer. Free test strips by mail, just ask.", [], []),
    "ChemNorth": ("ChemNorth", "Verified Vendor", "August 2023",
                  "NPP / 4-ANPP wholesale since 2019. Telegram @chemnorth_official. Stealth packing on every order, reship guaranteed.",
                  [(npp, "NPP"), (anpp, "4-ANPP")], [("stealth", "Stealth packing on every order"), ("reship", "reship guaranteed")]),
    "Hubei_Jinxin": ("Hubei_Jinxin", "Vendor", "May 2024", "Factory of piperidine intermediates. WhatsApp +86 138 7112 4409.", [], [],
                     ["110-89-4"]),
    "LatamQuimica": ("LatamQuimica", "Vendor", "February 2025", "Envíos a todo México y USA. Wickr: latamquimica", [], []),
    "Rosa_Synth": ("Rosa_Synth", "Vendor", "October 2024", "Custom synthesis. Email rosa.synth@proton.example", [], []),
    "ApexIntermediates": ("ApexIntermediates", "Vendor", "July 2025", "Session: 05a9c2f1e7b34d", [], []),
    "Shenzhen_Hongda": ("Shenzhen_Hongda", "Vendor", "September 2025", "", [], []),
    "Kestrel_Chem": ("Kestrel_Chem", "Vendor", "April 2024", "Full price list on our website (Google Sheet).", [], []),
    "nitro_eu": ("nitro_eu", "Vendor", "November 2025", "EU research chemicals. Session ID 05c1d9aa0e77f2.", [], []),
    "LumenResearch": ("LumenResearch", "Vendor", "November 2026", "New vendor, opioid research compounds. Wickr: lumen_rc", [], []),
    "pelletpal": ("pelletpal", "Vendor", "December 2024", "Pellets & blotters, EU/UK. Bromazolam and flualprazolam always in stock.",
                  [(bromazolam, "Bromazolam"), (flualp, "flualprazolam")], []),
    "Himik_opt": ("Химик_опт", "Vendor", "April 2023", "Опт: NPP, 4-ANPP. Телеграм @him_opt", [(npp, "NPP"), (anpp, "4-ANPP")], []),
    "sibreagent": ("sibreagent", "Vendor", "January 2026", "Реактивы. Телеграм @sibreagent", [], []),
    "quietbuyer": ("quietbuyer", "Member", "May 2025", "", [], []),
    "l0wkey": ("l0wkey", "Member", "June 2025", "", [], []),
    "dr_oetker": ("dr_oetker", "Member", "February 2024", "", [], []),
    "mx_runner": ("mx_runner", "Member", "August 2025", "", [], []),
    "grey_fox": ("grey_fox", "Member", "March 2023", "", [], []),
    "bigorder_mx": ("bigorder_mx", "Member", "October 2026", "", [], []),
    "Dmitry_K": ("Dmitry_K", "Member", "July 2024", "", [], []),
    "pillplug_usa": ("pillplug_usa", "Member", "December 2026", "", [], []),
    "labrat_77": ("labrat_77", "Member", "January 2022", "Chemist, hobby distiller.", [], []),
}
GROUP_BADGE = {"Moderator": (4, "fas fa-bolt", "#e65100"), "Verified Vendor": (3, "fas fa-check-circle", "#2e7d32"),
               "Vendor": (5, "fas fa-store", "#1565c0"), "Harm Reduction Team": (6, "fas fa-medkit", "#ad1457")}
TAGS = {"vendors": ("Vendors", "#2e7d32", "Verified and new vendors. One thread per vendor."),
        "requests": ("Requests", "#6d4c41", "WTB / looking for. Vendors may reply."),
        "harm-reduction": ("Harm reduction", "#ad1457", "Test your drugs. Alerts and warnings."),
        "reviews": ("Reviews", "#5e35b1", "Vendor reviews by buyers."),
        "rules": ("Rules", "#b71c1c", "Read before posting."),
        "general": ("General", "#455a64", "Everything else."),
        "russkiy": ("Русский", "#00838f", "Русскоязычный раздел.")}


def discussions():
    L = []
    L.append(D(105, "forum-rules-banned-substances-read-before-posting", "Forum rules & banned substances (read before posting)",
               ["rules"], [
                   P("ModTeam_Hex", "2026-01-04T10:00:00+00:00",
                     "<p><strong>Rule 4 — banned items.</strong> The following may not be sold, sourced or requested here:</p>"
                     "<ul><li>fentanyl and all analogues (carfentanil, acetylfentanyl, furanylfentanyl, 4-FIBF, …)</li>"
                     "<li>nitazenes (isotonitazene, metonitazene, protonitazene, etonitazepyne and relatives)</li>"
                     "<li>xylazine and other veterinary sedatives</li>"
                     "<li>NPP and 4-ANPP to buyers who cannot show a registration</li></ul>"
                     "<p>Vendors offering reships, customs guarantees or mislabelled parcels for these will be banned.</p>",
                     mentions=[fentanyl, carfent, "3258-84-2", "101345-66-8", fibf, isotonit, metonit, protonit, etonitpyne,
                               xylazine, npp, anpp, "class:nitazene"]),
               ], sticky=True))
    L.append(D(101, "verified-vendor-thread-precursors-intermediates", "Verified vendor thread: precursors & intermediates (one post per vendor)",
               ["vendors"], [
                   P("ModTeam_Hex", "2026-11-02T09:00:00+00:00",
                     "<p>This thread is for vendors of precursor chemicals and intermediates only. One post per vendor: "
                     "product, price, MOQ, contact. No finished opioids (see <a href=\"/d/105\">the rules</a>).</p>"),
                   P("ChemNorth", "2026-11-02T11:41:00+00:00",
                     "<p><strong>ChemNorth</strong> — in stock:</p><ul><li>NPP 99.5% — $390/kg, MOQ 500 g (CAS 39742-60-4)</li>"
                     "<li>4-ANPP — $1,300/kg (CAS 21409-26-7)</li></ul><p>Stealth vacuum sealed, reship once if seized. "
                     "Telegram @chemnorth_official</p>",
                     offers=[(npp, "NPP"), (anpp, "4-ANPP")], cas=["39742-60-4", "21409-26-7"],
                     claims=[("stealth", "Stealth vacuum sealed"), ("reship", "reship once if seized")]),
                   P("Hubei_Jinxin", "2026-11-03T02:15:00+00:00",
                     "<p>1-boc-4-piperidone factory direct, 25 kg drums, $80/kg. Also 4-piperidone HCl 99%, $120/kg. "
                     "Double clearance DDP to USA and Mexico. WhatsApp +86 138 7112 4409</p>",
                     offers=[(bocpip, "1-boc-4-piperidone"), (pip4, "4-piperidone HCl")],
                     claims=[("customs", "Double clearance DDP to USA and Mexico")]),
                   P("quietbuyer", "2026-11-03T15:20:00+00:00", "<p>@ChemNorth does your NPP ship to Canada?</p>", mentions=[npp]),
                   P("ChemNorth", "2026-11-03T16:02:00+00:00",
                     "<p>@quietbuyer yes, Canada goes via our Vancouver forwarder, 5-7 days.</p>",
                     claims=[("forwarding", "Canada goes via our Vancouver forwarder")]),
                   P("LatamQuimica", "2026-11-04T20:33:00+00:00",
                     "<p>Desde México: 4-AP (4-anilinopiperidina) $450/kg y 1-boc-4-AP $330/kg. Envío discreto, pasa aduana a USA.</p>",
                     offers=[(ap4, "4-anilinopiperidina"), (boc4ap, "1-boc-4-AP")],
                     claims=[("stealth", "Envío discreto"), ("customs", "pasa aduana a USA")]),
                   P("Rosa_Synth", "2026-11-06T08:12:00+00:00",
                     "<p>Norfentanyl 98%, 100 g lots, $2.1k. CAS 1609-66-1. Parcels are declared as &quot;dye intermediate&quot;.</p>",
                     offers=[(norfent, "Norfentanyl")], cas=["1609-66-1"], claims=[("mislabel", "declared as \"dye intermediate\"")]),
                   P("l0wkey", "2026-11-06T19:45:00+00:00", "<p>anyone got benzylfentanyl? need it for a project</p>", mentions=[benzylf]),
                   P("ApexIntermediates", "2026-11-07T07:30:00+00:00",
                     "<p>Benzylfentanyl available, CAS 1474-02-8, 50 g minimum. Also N-Boc-4-piperidone. PM me on Session: 05a9c2f1e7b34d</p>",
                     offers=[(benzylf, "Benzylfentanyl"), (bocpip, "N-Boc-4-piperidone")], cas=["1474-02-8"]),
                   P("hr_nina", "2026-11-07T12:00:00+00:00",
                     "<p>Reminder that these are DEA List I chemicals. If someone promises &quot;customs clearance guaranteed&quot; "
                     "it is usually a scam or a controlled delivery.</p>"),
                   P("Shenzhen_Hongda", "2026-11-08T03:05:00+00:00",
                     "<p>4-ANPP (4-苯胺基-N-苯乙基哌啶) in stock, NPP also, price on request. WhatsApp +86 150 1987 3321</p>",
                     offers=[(anpp, "4-ANPP"), (npp, "NPP")]),
                   P("dr_oetker", "2026-11-12T21:14:00+00:00", "<p>Scammed by Shenzhen_Hongda, paid 2k USDT, never received anything.</p>"),
                   P("Kestrel_Chem", "2026-11-20T05:50:00+00:00",
                     "<p>Kestrel here — full list on our site. 1-Boc-4-AP $310/kg, CAS 125541-22-2, 4-AP $420/kg.</p>",
                     offers=[(boc4ap, "1-Boc-4-AP"), (ap4, "4-AP")], cas=["125541-22-2"]),
                   P("ModTeam_Hex", "2026-11-21T09:00:00+00:00", "<p>Reminder: one post per vendor. Scam reports go to <a href=\"/t/reviews\">Reviews</a>.</p>"),
               ], sticky=True, market=True))
    L.append(D(102, "wts-protonitazene-metonitazene-isotonitazene-eu-stock", "WTS: Protonitazene, Metonitazene, Isotonitazene — EU stock",
               ["vendors"], [
                   P("nitro_eu", "2026-11-10T18:00:00+00:00",
                     "<p>Prices (EUR):</p><ul><li>Protonitazene HCl — 1 g €90, 5 g €380</li><li>Metonitazene — 1 g €85</li>"
                     "<li>Isotonitazene — 1 g €95</li><li>NEW: N-desethyl isotonitazene — 1 g €110</li></ul>"
                     "<p>Ships from NL, vacuum sealed with tracking. Reship 50% if lost.</p>",
                     offers=[(protonit, "Protonitazene"), (metonit, "Metonitazene"), (isotonit, "Isotonitazene"),
                             (desiso, "N-desethyl isotonitazene")],
                     claims=[("stealth", "vacuum sealed"), ("reship", "Reship 50% if lost")]),
                   P("mx_runner", "2026-11-10T20:11:00+00:00", "<p>Do you ship to the US? And do you carry etonitazepyne?</p>", mentions=[etonitpyne]),
                   P("nitro_eu", "2026-11-10T21:40:00+00:00",
                     "<p>US via a forwarding address in New Jersey, +€40. Etonitazepyne we don't carry.</p>",
                     claims=[("forwarding", "US via a forwarding address in New Jersey")], mentions=[etonitpyne]),
                   P("hr_nina", "2026-11-11T08:30:00+00:00",
                     "<p>Please be careful. Nitazenes are dosed in micrograms, protonitazene is roughly three times as potent as "
                     "fentanyl. Carry naloxone — several doses may be needed.</p>", mentions=[protonit, fentanyl, "class:nitazene"]),
                   P("grey_fox", "2026-11-14T13:02:00+00:00",
                     "<p>Got my metonitazene in 6 days, stealth was perfect. Vendor is legit.</p>", mentions=[metonit]),
                   P("nitro_eu", "2026-11-18T17:25:00+00:00", "<p>Update: added Butonitazene 1 g €80 and Etazene 1 g €60.</p>",
                     offers=[(butonit, "Butonitazene"), (etazene, "Etazene")]),
                   P("ModTeam_Hex", "2026-11-19T09:10:00+00:00",
                     "<p>Vendor, nitazenes fall under rule 4. This thread is under review.</p>", mentions=["class:nitazene"]),
                   P("nitro_eu", "2026-11-19T11:47:00+00:00", "<p>Understood. Last batch: Protonitazepyne 1 g €120 while stock lasts.</p>",
                     offers=[(protopyne, "Protonitazepyne")]),
               ], title_offers=[(protonit, "Protonitazene"), (metonit, "Metonitazene"), (isotonit, "Isotonitazene")], market=True))
    L.append(D(103, "wtb-4-anpp-1kg-serious-vendors-only", "WTB 4-ANPP 1kg — serious vendors only", ["requests"], [
        P("bigorder_mx", "2026-11-22T01:10:00+00:00",
          "<p>Looking for 4-ANPP 1 kg, also NPP 5 kg. Paying USDT. Delivery to Sinaloa.</p>", mentions=[anpp, npp]),
        P("ChemNorth", "2026-11-22T04:33:00+00:00",
          "<p>Have 4-ANPP in stock, $1,250/kg. Ships from our Mexico warehouse, no customs involved.</p>",
          offers=[(anpp, "4-ANPP")], claims=[("forwarding", "Ships from our Mexico warehouse, no customs involved")]),
        P("bigorder_mx", "2026-11-22T05:00:00+00:00", "<p>PM sent.</p>"),
    ], title_mentions=[anpp]))
    L.append(D(104, "psa-nitazenes-and-fentanyl-in-pressed-m30s-test-your-pills",
               "PSA: nitazenes and fentanyl found in pressed 'M30s' — test your pills", ["harm-reduction"], [
                   P("hr_nina", "2026-10-30T12:00:00+00:00",
                     "<p>Drug-checking services in three cities found blue &quot;M30&quot; pills sold as oxycodone that contained "
                     "fentanyl, isotonitazene or protonitazene, some with xylazine and bromazolam added.</p>"
                     "<p>Fentanyl test strips do <strong>not</strong> detect nitazenes. Use nitazene strips too.</p>",
                     mentions=[oxycodone, fentanyl, isotonit, protonit, xylazine, bromazolam, "class:nitazene"]),
                   P("labrat_77", "2026-10-30T14:21:00+00:00",
                     "<p>Confirmed locally: a 'heroin' sample last week was mostly metonitazene.</p>", mentions=[heroin, metonit]),
                   P("hr_nina", "2026-10-31T09:12:00+00:00",
                     "<p>We hand out free fentanyl and nitazene test strips and naloxone. DM for a mail-out. Not for sale.</p>",
                     mentions=[fentanyl, "class:nitazene"]),
                   P("pillplug_usa", "2026-11-01T02:02:00+00:00",
                     "<p>Selling real Oxycodone 30mg (M30), pharmacy grade, no fent. Telegram @pillplug_usa, ships in 24h.</p>",
                     offers=[(oxycodone, "Oxycodone")], mentions=[fentanyl]),
                   P("ModTeam_Hex", "2026-11-01T07:40:00+00:00", "<p>Spam above removed in 3… 2… User banned.</p>"),
                   P("grey_fox", "2026-11-02T10:10:00+00:00", "<p>Thank you for posting this. Lost a friend to an M30 in March.</p>"),
                   P("hr_nina", "2026-11-15T11:00:00+00:00",
                     "<p>Update: new lab data show xylazine in 40% of the fentanyl samples tested in November.</p>",
                     mentions=[xylazine, fentanyl]),
               ], title_mentions=[fentanyl, "class:nitazene"]))
    L.append(D(106, "xylazine-tranq-wounds-what-to-know", "Xylazine ('tranq') wounds — what to know", ["harm-reduction"], [
        P("hr_nina", "2026-09-12T10:00:00+00:00",
          "<p>Xylazine is a veterinary sedative found in the street opioid supply. It causes slow-healing wounds. "
          "Naloxone does not reverse xylazine, but give it anyway because fentanyl is almost always present.</p>",
          mentions=[xylazine, fentanyl]),
        P("labrat_77", "2026-09-13T08:00:00+00:00", "<p>Wound care guide linked in the wiki. Keep wounds clean and covered.</p>"),
    ], title_mentions=[xylazine]))
    L.append(D(107, "prodam-npp-4-anpp-1-boc-4-piperidone-opt", "Продам: NPP, 4-ANPP, 1-boc-4-piperidone — опт",
               ["russkiy", "vendors"], [
                   P("Himik_opt", "2026-11-05T08:00:00+00:00",
                     "<p>В наличии:</p><ul><li>Н-фенэтил-4-пиперидон (NPP) — 45 000 ₽/кг</li><li>4-ANPP — 120 000 ₽/кг</li>"
                     "<li>1-boc-4-пиперидон — 9 000 ₽/кг</li></ul><p>NPP по CAS 39742-60-9, см. паспорт. Доставка СДЭК или Почтой, скрытая упаковка. "
                     "Проход таможни в РБ и КЗ гарантирован.</p>",
                     offers=[(npp, "Н-фенэтил-4-пиперидон"), (anpp, "4-ANPP"), (bocpip, "1-boc-4-пиперидон")], cas=["39742-60-9"],
                     claims=[("stealth", "скрытая упаковка"), ("customs", "Проход таможни в РБ и КЗ гарантирован")]),
                   P("Dmitry_K", "2026-11-05T12:30:00+00:00", "<p>А норфентанил есть?</p>", mentions=[norfent]),
                   P("Himik_opt", "2026-11-05T13:02:00+00:00", "<p>Норфентанил будет через неделю, предзаказ — 90 000 ₽ за 100 г.</p>",
                     offers=[(norfent, "Норфентанил")]),
                   P("Dmitry_K", "2026-11-12T18:40:00+00:00", "<p>Брал NPP, пришло за 4 дня, всё ок.</p>", mentions=[npp]),
                   P("Himik_opt", "2026-11-13T09:15:00+00:00", "<p>При потере посылки — бесплатная переотправка.</p>",
                     claims=[("reship", "бесплатная переотправка")]),
                   P("sibreagent", "2026-11-14T22:05:00+00:00", "<p>Также есть изотонитазен и протонитазен оптом, телеграм @sibreagent.</p>",
                     offers=[(isotonit, "изотонитазен"), (protonit, "протонитазен")]),
                   P("moder_yo", "2026-11-15T07:00:00+00:00",
                     "<p>Напоминаю: нитазены запрещены правилами раздела. Пользователь sibreagent получил предупреждение.</p>",
                     mentions=["class:nitazene"]),
                   P("Himik_opt", "2026-11-20T10:20:00+00:00", "<p>Посылки маркируем как «удобрение», вопросов на почте не было.</p>",
                     claims=[("mislabel", "маркируем как «удобрение»")]),
               ], title_offers=[(npp, "NPP"), (anpp, "4-ANPP"), (bocpip, "1-boc-4-piperidone")], lang="ru", market=True))
    L.append(D(108, "kuplyu-protonitazen-ekaterinburg", "Куплю протонитазен, Екатеринбург", ["russkiy", "requests"], [
        P("Dmitry_K", "2026-11-25T19:00:00+00:00", "<p>Куплю протонитазен, 1–2 г, Екатеринбург. Оплата крипта.</p>", mentions=[protonit]),
        P("sibreagent", "2026-11-25T21:10:00+00:00", "<p>Протонитазена нет. Есть изотонитазен, 1 г — 9 000 ₽, отправка в день оплаты.</p>",
          offers=[(isotonit, "изотонитазен")], mentions=[protonit]),
        P("Dmitry_K", "2026-11-25T21:30:00+00:00", "<p>Ок, пишу в ЛС.</p>"),
    ], title_mentions=[protonit], lang="ru"))
    L.append(D(109, "ostorozhno-nitazeny-v-geroine", "Осторожно: нитазены в «героине» — сводка лабораторий",
               ["russkiy", "harm-reduction"], [
                   P("moder_yo", "2026-10-20T10:00:00+00:00",
                     "<p>По данным drug-checking служб, в образцах, проданных как героин, всё чаще находят нитазены "
                     "(изотонитазен, метонитазен) и фентанил. Иногда добавлен ксилазин.</p><p>Налоксон помогает, но может "
                     "понадобиться несколько доз.</p>", mentions=[heroin, isotonit, metonit, fentanyl, xylazine, "class:nitazene"]),
                   P("labrat_77", "2026-10-21T09:00:00+00:00", "<p>Спасибо. Тест-полоски на фентанил нитазены не ловят.</p>",
                     mentions=[fentanyl, "class:nitazene"]),
               ], title_mentions=["class:nitazene", heroin], lang="ru"))
    L.append(D(110, "vendor-review-chemnorth-stealth-and-reship-experience", "Vendor review: ChemNorth — stealth and reship experience",
               ["reviews"], [
                   P("quietbuyer", "2026-11-28T16:00:00+00:00",
                     "<p>Ordered NPP from ChemNorth in October. First parcel was seized, they reshipped without arguing and the "
                     "second one arrived. Stealth was good: vacuum sealed inside a protein tin.</p>", mentions=[npp]),
                   P("grey_fox", "2026-11-29T10:00:00+00:00", "<p>Same experience here, 10/10 communication.</p>"),
               ]))
    L.append(D(111, "new-vendor-lumen-research-4-fibf-cyclopropylfentanyl-carfentanil",
               "New vendor: Lumen Research — 4-FIBF, cyclopropylfentanyl, carfentanil", ["vendors"], [
                   P("LumenResearch", "2026-12-01T06:00:00+00:00",
                     "<p>Lumen Research price list:</p><ul><li>4-FIBF (244195-32-2) — $45/g</li>"
                     "<li>Cyclopropylfentanyl (1169-68-2) — $40/g</li><li>Carfentanil (59708-52-0) — $120 per 100 mg</li>"
                     "<li>Crotonylfentanyl — $50/g</li><li>Valerylfentanyl (122882-90-0) — $35/g</li>"
                     "<li>NEW: meta-Fluorocyclopropylfentanyl — $55/g</li></ul>"
                     "<p>Parcels declared as &quot;laboratory reagent, non-hazardous&quot;. Double-bagged and vacuum sealed.</p>",
                     offers=[(fibf, "4-FIBF"), (cpropf, "Cyclopropylfentanyl"), (carfent, "Carfentanil"), (crotonylf, "Crotonylfentanyl"),
                             (valerf, "Valerylfentanyl"), (nf_mfcpf, "meta-Fluorocyclopropylfentanyl")],
                     cas=["244195-32-2", "1169-68-2", "59708-52-0", "122882-90-0"],
                     claims=[("mislabel", "declared as \"laboratory reagent, non-hazardous\""), ("stealth", "Double-bagged and vacuum sealed")]),
                   P("hr_nina", "2026-12-01T08:00:00+00:00",
                     "<p>Carfentanil at these quantities is a mass-casualty risk. Reported to the mods.</p>", mentions=[carfent]),
                   P("ModTeam_Hex", "2026-12-01T09:30:00+00:00", "<p>Vendor status pending verification.</p>"),
                   P("LumenResearch", "2026-12-02T04:12:00+00:00",
                     "<p>Also available: Ocfentanil 1 g $60 and para-Chlorovalerylfentanyl 1 g $70.</p>",
                     offers=[(ocfent, "Ocfentanil"), (nf_pclvf, "para-Chlorovalerylfentanyl")]),
               ], title_offers=[(fibf, "4-FIBF"), (cpropf, "cyclopropylfentanyl"), (carfent, "carfentanil")], market=True))
    L.append(D(112, "free-fentanyl-test-strips-naloxone-mail-out", "Free fentanyl test strips & naloxone — mail-out program",
               ["harm-reduction"], [
                   P("hr_nina", "2026-08-01T10:00:00+00:00",
                     "<p>We mail fentanyl test strips and naloxone nasal spray for free, anywhere in the US and EU. "
                     "Nothing is for sale. Message me with an address; we delete it after shipping.</p>", mentions=[fentanyl]),
               ], title_mentions=[fentanyl]))
    L.append(D(113, "novel-opioids-what-is-n-pyrrolidino-isotonitazene", "Novel opioids: what is N-pyrrolidino isotonitazene?",
               ["general"], [
                   P("labrat_77", "2026-11-09T12:00:00+00:00",
                     "<p>Seeing N-pyrrolidino isotonitazene (isotonitazepyne) in EU early-warning reports. Anyone know its potency "
                     "relative to isotonitazene?</p>", mentions=[nn_isopyne, isotonit]),
                   P("hr_nina", "2026-11-09T15:00:00+00:00",
                     "<p>Early in-vitro data put it above isotonitazene. Treat as extremely potent.</p>", mentions=[isotonit]),
               ], title_mentions=[nn_isopyne]))
    L.append(D(114, "vendor-benzo-pellets-dissociatives-bromazolam-flualprazolam-ketamine",
               "[Vendor] Benzo pellets & dissociatives — bromazolam, flualprazolam, ketamine", ["vendors"], [
                   P("pelletpal", "2026-11-16T09:00:00+00:00",
                     "<p>Bromazolam 1 mg pellets — 100 for €60. Flualprazolam 0.5 mg — 100 for €70. Ketamine (needles) 5 g €120.</p>"
                     "<p>Pellets ship in blister packs inside a DVD case, fully discreet.</p>",
                     offers=[(bromazolam, "Bromazolam"), (flualp, "Flualprazolam"), (ketamine, "Ketamine")],
                     claims=[("stealth", "blister packs inside a DVD case, fully discreet")]),
                   P("l0wkey", "2026-11-17T10:00:00+00:00", "<p>Ordered, will review.</p>"),
               ], title_offers=[(bromazolam, "bromazolam"), (flualp, "flualprazolam"), (ketamine, "ketamine")], market=True))
    L.append(D(115, "selling-leftover-lab-stuff-glassware-stirrers-rotovap", "Selling leftover lab stuff (glassware, stirrers, rotovap)",
               ["general"], [
                   P("labrat_77", "2026-11-11T10:00:00+00:00",
                     "<p>Moving house. 2 L rotovap (Büchi R-114) €350, IKA hotplate stirrer €120, box of ground-glass joints €60. "
                     "Pickup in Rotterdam or shipping at cost.</p>"),
               ], market=True))
    L.append(D(116, "pravila-razdela-magaziny", "Правила раздела «Магазины»", ["rules", "russkiy"], [
        P("moder_yo", "2026-02-01T10:00:00+00:00",
          "<p>Запрещено предлагать: фентанил и его аналоги, карфентанил, нитазены, ксилазин. Прекурсоры (NPP, 4-ANPP) — только "
          "с документами. Нарушители блокируются без предупреждения.</p>",
          mentions=[fentanyl, carfent, xylazine, npp, anpp, "class:nitazene"]),
    ], sticky=True, lang="ru"))
    L.append(D(117, "wtb-xylazine-bulk-vet-use", "WTB xylazine bulk (vet use)", ["requests"], [
        P("mx_runner", "2026-11-26T10:00:00+00:00", "<p>Need xylazine HCl, 5 kg, for a ranch supplier. Who has it?</p>",
          mentions=[xylazine]),
        P("Hubei_Jinxin", "2026-11-26T13:30:00+00:00",
          "<p>Xylazine HCl, CAS 23076-35-9, $150/kg, MOQ 1 kg. 100% customs pass to Mexico.</p>",
          offers=[(xylazine, "Xylazine")], cas=[XYL_HCL], claims=[("customs", "100% customs pass to Mexico")]),
    ], title_mentions=[xylazine]))
    return L


def build():
    s = Site("flarum-board", "forum")
    s.robots = "User-agent: *\nDisallow: /api/\nDisallow: /admin\nDisallow: /flags\nDisallow: /settings\nDisallow: /notifications\n"
    s.disallow = ["/api/", "/admin", "/flags", "/settings", "/notifications"]
    s.trap_prefix = "/events/"
    L = discussions()
    started = {}
    for d in L:
        started.setdefault(d.posts[0].user, []).append(d)

    def page(title, content, lang="en", canonical="", extra_head=""):
        return ("<!doctype html><html dir=\"ltr\" lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s - Reagent Commons</title>"
                "<link rel=\"stylesheet\" href=\"/assets/forum.css\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1\">"
                "<meta name=\"description\" content=\"Chemistry, vendors and harm reduction.\">%s%s</head><body>"
                "<div id=\"app\" class=\"App\"><div id=\"app-navigation\" class=\"App-navigation\"></div><div id=\"drawer\" class=\"App-drawer\">"
                "<header id=\"header\" class=\"App-header\"><div id=\"header-navigation\" class=\"Header-navigation\"></div>"
                "<div class=\"container\"><div class=\"Header-title\"><a href=\"/\" id=\"home-link\">Reagent Commons</a></div>"
                "<div id=\"header-primary\" class=\"Header-primary\"><ul class=\"Header-controls\">"
                "<li class=\"item-link-tags\"><a href=\"/tags\" class=\"LinksButton Button Button--link\">Tags</a></li>"
                "<li class=\"item-link-events\"><a href=\"/events/2026-12\" class=\"LinksButton Button Button--link\">Events</a></li>"
                "<li class=\"item-link-flags\"><a href=\"/flags\" class=\"LinksButton Button Button--link\">Flagged</a></li></ul></div>"
                "<div id=\"header-secondary\" class=\"Header-secondary\"><ul class=\"Header-controls\"><li class=\"item-signUp\">"
                "<button class=\"Button Button--link\" type=\"button\">Sign Up</button></li><li class=\"item-logIn\">"
                "<button class=\"Button Button--link\" type=\"button\">Log In</button></li></ul></div></div></header></div>"
                "<main class=\"App-content\"><div id=\"content\"></div><div id=\"flarum-loading\" style=\"display: none\">Loading...</div>"
                "<noscript><div class=\"Alert\"><div class=\"container\">This site is best viewed in a modern browser with JavaScript enabled.</div></div></noscript>"
                "<div id=\"flarum-loading-error\" style=\"display: none\"><div class=\"Alert\"><div class=\"container\">Something went wrong while trying to load the full version of this site.</div></div></div>"
                "<noscript id=\"flarum-content\">%s</noscript></main></div>"
                "<script src=\"/assets/forum.js\"></script><script>document.getElementById('flarum-loading').style.display = 'block';"
                "var flarum = {extensions: {}};</script></body></html>") % (
                    lang, esc(title), ("<link rel=\"canonical\" href=\"%s\">" % canonical) if canonical else "", extra_head, content)

    def tag_labels(d, link=False):
        out = []
        for tg in d.tags:
            name, color, _ = TAGS[tg]
            inner = "<span class=\"TagLabel-text\"><i class=\"TagLabel-icon fas fa-tag\"></i> %s</span>" % esc(name)
            if link:
                out.append("<a class=\"TagLabel colored\" href=\"/t/%s\" style=\"--tag-bg: %s;\">%s</a>" % (tg, color, inner))
            else:
                out.append("<span class=\"TagLabel colored\" style=\"--tag-bg: %s;\">%s</span>" % (color, inner))
        return "<span class=\"TagsLabel\">%s</span>" % "".join(out)

    def list_item(d):
        last = d.posts[-1]
        n = len(d.posts) - 1
        return ("<li data-id=\"%d\"><div class=\"DiscussionListItem%s\"><div class=\"DiscussionListItem-content Slidable-content read\">"
                "<a href=\"/u/%s\" class=\"DiscussionListItem-author\" title=\"\"><span class=\"Avatar\" loading=\"lazy\">%s</span></a>"
                "<ul class=\"DiscussionListItem-badges badges\">%s</ul>"
                "<a href=\"%s\" class=\"DiscussionListItem-main\"><h3 class=\"DiscussionListItem-title\">%s</h3>"
                "<ul class=\"DiscussionListItem-info\"><li class=\"item-tags\">%s</li><li class=\"item-terminalPost\"><span>"
                "<span class=\"username\">%s</span> replied <time pubdate datetime=\"%s\">%s</time></span></li></ul></a>"
                "<span class=\"DiscussionListItem-count\" aria-label=\"%d replies\"><span aria-hidden=\"true\">%d</span></span></div></div></li>") % (
                    d.did, " DiscussionListItem--sticky" if d.sticky else "", d.posts[0].user, esc(USERS[d.posts[0].user][0][:1]),
                    "<li class=\"item-sticky\"><span class=\"Badge Badge--sticky\" title=\"Sticky\"><i class=\"icon fas fa-thumbtack Badge-icon\"></i></span></li>" if d.sticky else "",
                    d.path, esc(d.title), tag_labels(d), esc(USERS[last.user][0]), last.date, last.date[:10], n, n)

    def dlist(title, items, pager="", hero=""):
        t = T()
        for d in items:
            t.merge(d.title_truth())
        content = ("<div class=\"container\">%s<div class=\"IndexPage-results sideNavOffset\"><div class=\"DiscussionList\">"
                   "<ul role=\"feed\" class=\"DiscussionList-discussions\">%s</ul>%s</div></div></div>"
                   % (hero, "".join(list_item(d) for d in items), pager))
        return content, t

    # ---- index (2 pages), sort variants are junk-param aliases
    order = sorted(L, key=lambda d: (not d.sticky, -max(int(p.date[:10].replace("-", "")) for p in d.posts)))
    half = (len(order) + 1) // 2
    for k, chunk in enumerate([order[:half], order[half:]], 1):
        pager = ("<div class=\"DiscussionList-loadMore\"><a href=\"%s\" class=\"Button\">Next Page &raquo;</a></div>" % qkey("/", page=2)
                 if k == 1 else "<div class=\"DiscussionList-loadMore\"><a href=\"/\" class=\"Button\">&laquo; Previous Page</a></div>")
        sidebar = ("<nav class=\"IndexPage-nav sideNav\"><ul><li class=\"item-allDiscussions\"><a href=\"/?sort=latest\" class=\"hasIcon\">All Discussions</a></li>"
                   "<li class=\"item-tags\"><a href=\"/tags\">Tags</a></li>%s</ul></nav>"
                   % "".join("<li><a href=\"/t/%s\" class=\"TagLinkButton hasIcon\">%s</a></li>" % (tg, esc(v[0])) for tg, v in TAGS.items()))
        content, t = dlist("All Discussions", chunk, pager, sidebar)
        mkpage(s, "/" if k == 1 else qkey("/", page=2), page("All Discussions", content, canonical="/"), t, listing=bool(t.hits))

    # ---- tags
    tl = "".join("<li class=\"TagTile colored\" style=\"--tag-bg: %s;\"><a class=\"TagTile-info\" href=\"/t/%s\"><h4 class=\"TagTile-name\">%s</h4>"
                 "<p class=\"TagTile-description\">%s</p></a></li>" % (v[1], tg, esc(v[0]), esc(v[2])) for tg, v in TAGS.items())
    mkpage(s, "/tags", page("Tags", "<div class=\"container\"><ul class=\"TagTiles\">%s</ul></div>" % tl))
    for tg, (name, color, desc) in TAGS.items():
        items = [d for d in order if tg in d.tags]
        hero = ("<header class=\"Hero TagHero\" style=\"--hero-bg: %s;\"><div class=\"container\"><div class=\"containerNarrow\">"
                "<h2 class=\"Hero-title\">%s</h2><div class=\"Hero-subtitle\">%s</div></div></div></header>" % (color, esc(name), esc(desc)))
        content, t = dlist(name, items, "", hero)
        mkpage(s, "/t/%s" % tg, page(name, content, "ru" if tg == "russkiy" else "en"), t, listing=bool(t.hits))

    # ---- discussions
    for d in L:
        s.redirects["/d/%d" % d.did] = d.path
        for k in range(1, d.npages + 1):
            posts = d.posts[(k - 1) * PER_PAGE:k * PER_PAGE]
            t = d.title_truth()
            items = []
            for i, p in enumerate(posts):
                num = (k - 1) * PER_PAGE + i + 1
                disp, group = USERS[p.user][:2]
                badge = ""
                if group in GROUP_BADGE:
                    gid, icon, col = GROUP_BADGE[group]
                    badge = ("<ul class=\"PostUser-badges badges\"><li class=\"item-group%d\"><span class=\"Badge Badge--group--%d\" "
                             "style=\"--badge-bg: %s;\" title=\"%s\"><i class=\"icon %s Badge-icon\"></i></span></li></ul>" % (gid, gid, col, esc(group), icon))
                items.append(
                    "<div class=\"PostStream-item\" data-index=\"%d\" data-number=\"%d\" id=\"p%d\"><article class=\"Post CommentPost\">"
                    "<div><header class=\"Post-header\"><ul><li class=\"item-user\"><div class=\"PostUser\"><h3 class=\"PostUser-name\">"
                    "<a href=\"/u/%s\"><span class=\"Avatar PostUser-avatar\">%s</span><span class=\"username\">%s</span></a></h3>%s</div></li>"
                    "<li class=\"item-meta\"><a class=\"Dropdown-toggle\" href=\"%s#p%d\"><time pubdate datetime=\"%s\" data-humantime>%s</time></a></li></ul></header>"
                    "<div class=\"Post-body\">%s</div><aside class=\"Post-actions\"><ul><li class=\"item-like\"><button class=\"Button Button--link\" type=\"button\">Like</button></li>"
                    "<li class=\"item-reply\"><button class=\"Button Button--link\" type=\"button\">Reply</button></li></ul></aside></div></article></div>"
                    % (num - 1, num, num, p.user, esc(disp[:1]), esc(disp), badge, d.page_path(k), num, p.date, p.date[:10], p.html))
                t.merge(p.truth())
            nav = ""
            if d.npages > 1:
                nav = "<nav class=\"DiscussionPage-nav\">%s%s<span>Page %d of %d</span></nav>" % (
                    ("<a href=\"%s\" rel=\"prev\">&laquo; Previous Page</a> " % d.page_path(k - 1)) if k > 1 else "",
                    ("<a href=\"%s\" rel=\"next\">Next Page &raquo;</a> " % d.page_path(k + 1)) if k < d.npages else "", k, d.npages)
            content = ("<div class=\"DiscussionPage\"><div class=\"DiscussionPage-discussion\"><header class=\"Hero DiscussionHero\">"
                       "<div class=\"container\"><ul class=\"DiscussionHero-items\"><li class=\"item-tags\">%s</li>"
                       "<li class=\"item-title\"><h2 class=\"DiscussionHero-title\">%s</h2></li></ul></div></header>"
                       "<div class=\"container\"><div class=\"DiscussionPage-stream\"><div class=\"PostStream\" role=\"feed\">%s</div></div>%s</div></div></div>"
                       % (tag_labels(d, link=True), esc(d.title), "".join(items), nav))
            path = d.page_path(k)
            mkpage(s, path, page(d.title, content, d.lang, canonical=d.page_path(k)), t, listing=d.market or bool(t.hits))
            if d.did == 104 and k == 2:
                s.flaky.add(path)

    # ---- users
    for u, v in USERS.items():
        disp, group, joined, bio, boffers, bclaims = v[:6]
        t = T().mention(*(v[6] if len(v) > 6 else []))
        for sub, ev in boffers:
            t.offer(sub, ev)
        for kd, txt in bclaims:
            t.claim(kd, txt)
        mine = started.get(u, [])
        for d in mine:
            t.merge(d.title_truth())
        content = ("<div class=\"UserPage\"><div class=\"UserCard Hero UserHero\"><div class=\"darkenBackground\"><div class=\"container\">"
                   "<div class=\"UserCard-profile\"><h1 class=\"UserCard-identity\"><span class=\"Avatar\">%s</span><span class=\"username\">%s</span></h1>"
                   "<ul class=\"UserCard-badges badges\"><li><span class=\"Badge\" title=\"%s\"></span></li></ul>"
                   "<ul class=\"UserCard-info\"><li class=\"item-bio\"><div class=\"UserBio\"><div class=\"UserBio-content\"><p>%s</p></div></div></li>"
                   "<li class=\"item-joined\">Joined %s</li><li class=\"item-group\">%s</li></ul></div></div></div></div>"
                   "<div class=\"container\"><h3>Discussions</h3><ul class=\"DiscussionList-discussions\">%s</ul></div></div>"
                   % (esc(disp[:1]), esc(disp), esc(group), esc(bio), joined, esc(group), "".join(list_item(d) for d in mine)))
        mkpage(s, "/u/%s" % u, page(disp, content), t, listing=bool(t.hits))

    # ---- forbidden: the moderation queue shows flagged (offending) posts
    mkpage(s, "/flags", page("Flagged posts", "<div class=\"container\"><h2>Flagged posts</h2><ul><li>nitro_eu: "
                             "Carfentanil 100 mg $150 and fentanyl citrate 1 g $200, DM me</li></ul></div>"),
           T().offer(carfent, "Carfentanil").offer(fentanyl, "fentanyl citrate"), listing=True)
    s.add(Page("/assets/forum.css", ".DiscussionListItem{padding:10px}", ctype="text/css"))
    s.add(Page("/assets/forum.js", "var flarum={};", ctype="application/javascript"))
    return s
