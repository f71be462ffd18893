"""Site 2: smf-chemforum, a Simple Machines Forum 2.1 board (windows-1250), Czech + English.

/forum/index.php                 board index
/forum/index.php?board=N.OFF     message index (5 topics a page)
/forum/index.php?topic=N.OFF     topic display (6 posts a page), quotes, signatures
/forum/index.php?action=...      profiles, print pages, login: robots-forbidden by a query rule
                                 (Disallow: /forum/index.php?action=); they fall back to the board index.
PHPSESSID appears in some links (a junk parameter).
"""
from marketsim import Site
from w15_common import (A, Acc, mk, esc, B, npp, bocpip, ap4, anpp, fentanyl, xylazine, isotonit, metonit,
                        ofluoro, crotonyl, nv_butpyne, desiso, carfent, boc4ap, Page)

CS = "windows-1250"
PER = 6

USERS = {
    # name: (group, posts, signature html, signature truth)
    "chemik_cz": ("Prodejce", 412, "Chemik CZ &bull; NPP &middot; 1-Boc-4-piperidon &middot; 4-AP &bull; Threema 7XK2P9QD &bull; "
                  "balíky jdou z našeho skladu v Polsku", A(hits=[npp, bocpip, ap4], claims=["forwarding"])),
    "pavel_m": ("Člen", 88, "", A()),
    "ostravak": ("Dobrovolník HR", 1204, "Drug checking Ostrava &ndash; každé úterý 16&ndash;19 h", A()),
    "newbie22": ("Nováček", 6, "", A()),
    "mod_jana": ("Globální moderátor", 5230, "Pravidla fóra: <a href=\"/forum/index.php?topic=1.0\">čtěte před psaním</a>", A()),
    "lekarnik88": ("Člen", 37, "", A()),
    "blue_cz": ("Nováček", 3, "", A()),
    "velkoobchod_chem": ("Člen", 64, "VO chemie &ndash; faktura na IČ", A()),
    "euro_rc": ("Vendor", 690, "euro_rc &mdash; EU domestic from NL, vacuum sealed + MBB, nothing smells &mdash; Session 05c1e9a7",
                A(claims=["forwarding", "stealth"])),
    "cn_direct_lab": ("Vendor", 51, "", A()),
    "tripsafe": ("Harm Reduction Team", 2301, "Test your drugs. Carry naloxone. Never use alone.", A()),
    "bytes_uk": ("Member", 144, "", A()),
    "lurker_de": ("Member", 12, "", A()),
}


def Q(who, topic, msg, txt):
    return ("<blockquote class=\"bbc_standard_quote\"><cite><a href=\"/forum/index.php?topic=%d.0#msg%d\">Citace: %s</a></cite>%s</blockquote>"
            % (topic, msg, who, txt))


def QE(who, topic, msg, txt):
    return Q(who, topic, msg, txt).replace("Citace:", "Quote from:")


# topics: id -> (board, subject, title_acc, posts); post = (author, html, acc)
T = {}
T[10] = (2, "[PRODÁM] NPP, 1-Boc-4-piperidon, 4-AP &ndash; sklad v EU", A(hits=[npp, bocpip, ap4], claims=["forwarding"]), [
    ("chemik_cz", "Nabízím:<ul class=\"bbc_list\"><li>N-fenethyl-4-piperidon (NPP), CAS 39742-60-4 &ndash; 1 kg 1&nbsp;200 &euro;</li>"
     "<li>1-Boc-4-piperidon, CAS 79099-07-3 &ndash; 1 kg 600 &euro;</li><li>4-AP (4-anilinopiperidin) &ndash; 500 g 900 &euro;</li></ul>"
     "Balíky odchází z našeho skladu v Polsku, takže žádná celnice. Když balík zabaví, pošlu znovu, jednou na objednávku. "
     "Vše vakuově svařené, bez jména odesílatele.", A(hits=[npp, bocpip, ap4], cas=["39742-60-4", "79099-07-3"],
                                                  claims=["forwarding", "reship", "stealth"])),
    ("pavel_m", "Kolik stojí doprava na Slovensko?", A()),
    ("chemik_cz", "Na SK 15 &euro;, Zásilkovna.", A()),
    ("ostravak", Q("chemik_cz", 10, 1001, "N-fenethyl-4-piperidon (NPP) &hellip; Když balík zabaví, pošlu znovu") +
     "Tohle je prekurzor fentanylu. Mody, smazat prosím.", A()),
    ("newbie22", "Dorazilo za 3 dny, balení fakt nenápadné &#128077;", A()),
    ("chemik_cz", "Nově skladem i 4-ANPP, CAS 21409-26-7, cena v PM.", A(hits=[anpp], cas=["21409-26-7"])),
    ("pavel_m", "Máš i norfentanyl?", A()),
    ("chemik_cz", "Norfentanyl nemám a mít nebudu.", A()),
    ("mod_jana", "Upozornění: obchod s prekurzory je v ČR trestný čin. Téma zamykám na 24 hodin.", A()),
    ("chemik_cz", "Zase otevřeno. Do celního prohlášení píšeme &bdquo;vzorky pigmentů&ldquo;, zatím nikdy problém.",
     A(claims=["mislabel"])),
    ("bytes_uk", "Does this go to UK too?", A()),
    ("chemik_cz", "Prosinec: sleva 10&nbsp;% na NPP.", A(hits=[npp])),
    ("newbie22", "Potvrzuju, všechno v pořádku.", A()),
    ("chemik_cz", "Konec prodeje, další várka v lednu.", A()),
])
T[11] = (2, "[HLEDÁM] 4-ANPP, platím BTC", A(), [
    ("pavel_m", "Hledám 4-ANPP (CAS 21409-26-7), cca 200 g, platím BTC. Kdo má?", A(cas=["21409-26-7"])),
    ("cn_direct_lab", "4-ANPP in stock, 1 kg 1&nbsp;450 USD, 200 g ok. PM me.", A(hits=[anpp])),
    ("mod_jana", "Poptávky po prekurzorech zde nejsou povoleny.", A()),
])
T[12] = (2, "Zkušenosti s chemik_cz", A(), [
    ("newbie22", "Objednával jsem dvakrát, diskrétní balení, prošlo to celnicí bez problému, doporučuju.", A()),
    ("pavel_m", "Taky spokojenost, jen to trvalo 9 dní.", A()),
    ("chemik_cz", "Díky! Jak jsem psal, z polského skladu to jde bez celnice, proto je to rychlé.", A(claims=["forwarding"])),
])
T[13] = (2, "Ceník &ndash; prosinec (chemik_cz)", A(), [
    ("chemik_cz", "<table class=\"bbc_table\"><tr><td><strong>Název</strong></td><td><strong>CAS</strong></td><td><strong>Cena / kg</strong></td></tr>"
     "<tr><td>NPP</td><td>39742604</td><td>1&nbsp;100 &euro;</td></tr>"
     "<tr><td>1-Boc-4-piperidon</td><td>79099-07-3</td><td>550 &euro;</td></tr>"
     "<tr><td>4-AP</td><td>23056-29-3</td><td>1&nbsp;700 &euro;</td></tr>"
     "<tr><td>4-ANPP</td><td>21409-26-7</td><td>1&nbsp;450 &euro;</td></tr>"
     "<tr><td>Kofein bezvodý</td><td>58-08-2</td><td>25 &euro;</td></tr>"
     "<tr><td>Manitol</td><td>69-65-8</td><td>12 &euro;</td></tr></table>"
     "Pro zákazníky z UK a Švýcarska vyřídíme proclení sami, clo jde za námi. "
     "Ceník ke stažení: <a href=\"/forum/attachments/chemik_cz_cenik.html\">chemik_cz_cenik.html</a>",
     A(hits=[npp, bocpip, ap4, anpp], cas=["39742-60-4", "79099-07-3", "23056-29-3", "21409-26-7", B["caffeine"], B["mannitol"]],
       claims=["customs"])),
])
T[14] = (2, "[PRODÁM] fentanylové náplasti Durogesic", A(hits=[fentanyl]), [
    ("lekarnik88", "Prodám fentanylové náplasti Durogesic 100 &micro;g/h, 5 ks, po babičce. Jen osobní předání Praha 4, "
     "nikam neposílám.", A(hits=[fentanyl])),
    ("ostravak", "Prosím nedělej to. Fentanylové náplasti zabíjejí lidi, kteří na to nejsou zvyklí.", A()),
])
T[15] = (2, "[PRODÁM] modré M30", A(), [
    ("blue_cz", "Modré M30, lisované, uvnitř je fent, žádný oxykodon. 10 ks 80 &euro;. Bez xylazinu, testováno proužkem. "
     "Posílám i do zahraničí, obálka vypadá jako obyčejný dopis z banky.", A(hits=[fentanyl], claims=["stealth"])),
    ("ostravak", "Lidi, modré M30 z ulice = fentanyl v nejisté dávce. Naloxon s sebou.", A()),
])
T[16] = (2, "[PRODÁM] kofein, lidokain, manitol &ndash; velkoobchod", A(), [
    ("velkoobchod_chem", "Velkoobchodní ceny, faktura na IČ:<br>Kofein bezvodý (CAS 58-08-2) &ndash; 25 kg 310 &euro;<br>"
     "Lidokain báze (CAS 137-58-6) &ndash; 1 kg 95 &euro;<br>Manitol (CAS 69-65-8) &ndash; 25 kg 120 &euro;<br>"
     "Inositol (CAS 87 89 8) &ndash; 25 kg 140 &euro;",
     A(cas=[B["caffeine"], B["lidocaine"], B["mannitol"], B["inositol"]])),
])
T[1] = (1, "Pravidla fóra &ndash; čtěte před psaním", A(), [
    ("mod_jana", "1. Žádný prodej drog ani prekurzorů (NPP, 4-ANPP, 4-AP, 1-Boc-4-piperidon apod.).<br>"
     "2. Žádné odkazy na Telegram a Threema prodejců.<br>3. Harm reduction sekce slouží jen k bezpečnosti, ne k reklamě.", A()),
])
T[20] = (1, "Jak se počítá kontrolní číslice CAS?", A(), [
    ("pavel_m", "Jak se ověří, že CAS číslo je platné?", A()),
    ("ostravak", "Poslední číslice je kontrolní: vynásobíš číslice zprava 1, 2, 3&hellip; a vezmeš zbytek po dělení 10. "
     "Příklad: kofein 58-08-2: 8&times;1 + 0&times;2 + 8&times;3 + 5&times;4 = 52, zbytek 2. Funguje to třeba i u NPP 39742-60-4.", A()),
])
T[21] = (1, "Kde sehnat kofein na pokusy?", A(), [
    ("newbie22", "Potřebuju čistý kofein na extrakci do školy, kde ho sehnat?", A()),
    ("pavel_m", "Zkus eBay, prodávají tam Caffeine Anhydrous 500 g za pár liber.", A()),
])
T[22] = (1, "Proč je fentanyl tak silný?", A(), [
    ("lurker_de", "Why is fentanyl roughly 50&times; stronger than heroin? Lipophilicity?", A()),
    ("ostravak", "Vysoká lipofilita a afinita k &mu;-receptoru. Karfentanil je ještě zhruba 100&times; silnější.", A()),
])
T[30] = (3, "Testovací proužky na fentanyl &ndash; zkušenosti", A(), [
    ("ostravak", "Rozdáváme zdarma proužky BTNX. Detekují fentanyl a většinu analog, ale <b>ne</b> nitazeny a xylazin.", A()),
    ("newbie22", "Jak dlouho se čte výsledek?", A()),
    ("ostravak", "5 minut. Jedna čárka = pozitivní.", A()),
    ("pavel_m", "Díky, vyzvednu si v úterý.", A()),
    ("lurker_de", "Are there strips for xylazine too?", A()),
    ("ostravak", "Ano, xylazinové proužky už existují, máme je od listopadu.", A()),
    ("chemik_cz", "Proužky doporučuju všem. NPP samozřejmě fentanyl není, takže testem neprojde.", A()),
    ("mod_jana", "chemik_cz: v sekci HR žádná reklama, podpis ti tu skryju.", A()),
])
T[31] = (3, "Varování: nitazeny v heroinu na Ostravsku", A(), [
    ("ostravak", "V listopadu jsme v sedmi vzorcích heroinu našli isotonitazen a metonitazen. Naloxon pomáhá, ale je potřeba víc dávek.", A()),
    ("pavel_m", Q("inzerát na Telegramu", 31, 3101, "Protonitazen 1 g, při zabavení posíláme znovu, balení jako kosmetika") +
     "Tohle koluje po Telegramu, pozor na to.", A()),
    ("mod_jana", "Připínám.", A()),
])
T[40] = (4, "[VENDOR] euro_rc &ndash; Isotonitazene, Metonitazene &amp; more", A(hits=[isotonit, metonit]), [
    ("euro_rc", "Stock update:<br>&bull; Isotonitazene 1 g &ndash; &euro;120<br>&bull; Metonitazene 1 g &ndash; &euro;110<br>"
     "&bull; 2-FF (ortho-fluorofentanyl) 1 g &ndash; &euro;150<br>&bull; Crotonylfentanyl 500 mg &ndash; &euro;90<br>"
     "&bull; Butonitazepyne 1 g &ndash; &euro;160 (new, unscheduled)<br><br>"
     "Everything ships from inside the EU, so EU buyers never deal with customs. "
     "Seized? Send me the letter and I reship half the order for free.",
     A(hits=[isotonit, metonit, ofluoro, crotonyl, nv_butpyne], claims=["forwarding", "reship"])),
    ("bytes_uk", "Ship to UK after Brexit?", A()),
    ("euro_rc", "UK yes. UK parcels go out with a CN22 that says aquarium salt, zero issues so far.", A(claims=["mislabel"])),
    ("lurker_de", "Any xylazine in the iso? Friend got some tranq dope last month.", A()),
    ("euro_rc", "No xylazine, no cuts, every batch tested.", A()),
    ("tripsafe", "Reminder: nitazenes are far stronger than heroin. Start tiny, have naloxone.", A()),
    ("bytes_uk", "Received, stealth was great.", A()),
    ("euro_rc", "Restock: N-desethyl isotonitazene 500 mg &ndash; &euro;95.", A(hits=[desiso])),
    ("lurker_de", "Danke, bestellt.", A()),
])
T[41] = (4, "WTB carfentanil", A(), [
    ("lurker_de", "WTB carfent, 1 g, for a research project. Who has it?", A()),
    ("cn_direct_lab", "Carfentanil 99% available, 1 g 450 USD. We ship DDP, customs duty and clearance paid by us.",
     A(hits=[carfent], claims=["customs"])),
    ("tripsafe", "Carfentanil is dosed in micrograms. Please don't.", A()),
])
T[42] = (4, "Review: euro_rc", A(), [
    ("bytes_uk", "Metonitazene from euro_rc, arrived in 4 days, stealth 10/10, tested legit.", A()),
    ("lurker_de", QE("euro_rc", 40, 4001, "Seized? Send me the letter and I reship half the order for free.") +
     "Did anyone actually get a reship?", A()),
    ("bytes_uk", "Never needed one.", A()),
])
T[43] = (4, "[VENDOR] NPP / 4-ANPP / 1-boc-4-AP factory direct", A(hits=[npp, anpp, boc4ap]), [
    ("cn_direct_lab", "Factory direct from Hubei:<br>N-Phenethyl-4-piperidinone &ndash; CAS 39742-60-4<br>"
     "4-ANPP &ndash; CAS 21409-26-7<br>tert-Butyl 4-(phenylamino)piperidine-1-carboxylate &ndash; CAS 125541-22-2<br><br>"
     "We send DDP: you receive like a domestic parcel, duties and clearance are ours. "
     "On the waybill it goes as &quot;textile auxiliary&quot;. US orders: sea to our warehouse in Mexico, then by truck.",
     A(hits=[npp, anpp, boc4ap], cas=["39742-60-4", "21409-26-7", "125541-22-2"], claims=["customs", "mislabel", "forwarding"])),
    ("tripsafe", "Reported to the admins.", A()),
])
T[44] = (4, "Scam alert: chinarc88", A(), [
    ("bytes_uk", "chinarc88 took 0.05 BTC and vanished. His ad said:" +
     QE("chinarc88", 44, 4400, "Fentanyl 99% 10 g, 100% customs pass guaranteed, reship if seized") +
     "Some vendors promise customs clearance, they are all lying.", A()),
    ("mod_jana", "Banned.", A()),
])
T[50] = (5, "Free naloxone &amp; fentanyl test strip kits", A(), [
    ("tripsafe", "We mail free kits (2&times; naloxone 4 mg nasal spray, 10 fentanyl test strips) to anyone in the EU.", A()),
    ("lurker_de", "Auch nach Deutschland?", A()),
    ("tripsafe", "Yes.", A()),
])
T[51] = (5, "Xylazine wounds &ndash; what to know", A(), [
    ("tripsafe", "Xylazine (tranq) causes wounds that don't heal. Naloxone does not reverse xylazine, but give it anyway for the opioid.", A()),
    ("bytes_uk", "Good info, pinned in our group.", A()),
])
T[52] = (5, "Nitazene test strips now available", A(), [
    ("tripsafe", "New strips detect many nitazenes (isotonitazene, metonitazene, protonitazene). Cross-reactivity table attached.", A()),
])
BOARDS = {
    1: ("Obecná chemie", "Dotazy, teorie, laboratorní praxe", "Chemie a laboratoř"),
    2: ("Tržiště", "Prodej a poptávka. Čtěte pravidla!", "Chemie a laboratoř"),
    3: ("Snižování rizik", "Drug checking, naloxon, varování", "Chemie a laboratoř"),
    4: ("Vendors (EN)", "English-speaking sellers and buyers", "International"),
    5: ("Harm reduction (EN)", "Test strips, naloxone, alerts", "International"),
}


def smf_chemforum():
    s = Site("smf-chemforum", "forum")
    s.robots = ("User-agent: *\nDisallow: /forum/index.php?action=\nDisallow: /forum/attachments/\n"
                "Disallow: /forum/Sources/\nDisallow: /forum/calendar/\n")
    s.disallow = ["/forum/attachments/", "/forum/Sources/"]
    s.trap_prefix = "/forum/calendar/"
    s.junk_params = ["utm_source", "utm_medium", "PHPSESSID", "sort", "sid"]
    s.rate_limit = 12

    def head(title):
        return ("<!DOCTYPE html><html lang=\"cs-CZ\"><head><meta charset=\"%s\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                "<title>%s</title><link rel=\"stylesheet\" href=\"/forum/Themes/default/css/index.css?smf214\">"
                "<script src=\"/forum/Themes/default/scripts/script.js?smf214\"></script>"
                "<script>var smf_theme_url = \"/forum/Themes/default\"; var smf_scripturl = \"/forum/index.php\";</script></head>"
                "<body id=\"chrome\" class=\"action_messageindex\"><div id=\"footerfix\"><div id=\"top_section\"><div class=\"inner_wrap\">"
                "<ul class=\"floatleft\" id=\"top_info\"><li class=\"welcome\">Vítejte, <strong>Host</strong>. "
                "<a href=\"/forum/index.php?action=login\">Přihlásit</a> nebo <a href=\"/forum/index.php?action=signup\">registrovat</a>.</li></ul></div></div>"
                "<div id=\"header\"><h1 class=\"forumtitle\"><a id=\"top\" href=\"/forum/index.php\">ChemFórum.cz</a></h1></div>"
                "<div id=\"wrapper\"><div id=\"upper_section\"><div id=\"inner_section\"><div id=\"main_menu\"><ul class=\"dropmenu menu_nav\">"
                "<li class=\"button_home\"><a class=\"active\" href=\"/forum/index.php\"><span class=\"textmenu\">Domů</span></a></li>"
                "<li class=\"button_search\"><a href=\"/forum/index.php?action=search\"><span class=\"textmenu\">Hledat</span></a></li>"
                "<li class=\"button_calendar\"><a href=\"/forum/calendar/2026-12\"><span class=\"textmenu\">Kalendář</span></a></li>"
                "<li class=\"button_mlist\"><a href=\"/forum/index.php?action=mlist\"><span class=\"textmenu\">Uživatelé</span></a></li></ul></div></div></div>"
                "<div id=\"content_section\"><div id=\"main_content_section\">") % (CS, esc(title))
    foot = ("</div></div></div></div><div id=\"footer\"><div class=\"inner_wrap\"><ul><li class=\"floatright\">"
            "<a href=\"/forum/index.php?action=help\">Nápověda</a> | <a href=\"/forum/index.php?action=agreement\">Podmínky a pravidla</a> | "
            "<a href=\"#top_section\">Nahoru &#9650;</a></li><li class=\"copyright\"><a href=\"https://www.simplemachines.org\" "
            "title=\"Simple Machines\" class=\"new_win\">SMF 2.1.4 &copy; 2023</a>, Simple Machines</li></ul></div></div>"
            "<div id=\"cookie_notice\" class=\"noticebox\">Toto fórum používá cookies. <a href=\"/forum/index.php?action=cookies\">Více</a></div>"
            "</body></html>")

    def prof(u):
        return "/forum/index.php?action=profile;u=%d" % (100 + list(USERS).index(u))

    msgno = {}
    for tid, (bid, subj, tacc, posts) in T.items():
        npg = (len(posts) + PER - 1) // PER
        for pg in range(npg):
            chunk = posts[pg * PER:(pg + 1) * PER]
            acc = Acc()
            html = []
            for k, (author, text, pacc) in enumerate(chunk):
                n = pg * PER + k
                mid = tid * 100 + n + 1
                grp, cnt, sig, sacc = USERS[author]
                show_sig = bool(sig)
                acc = acc | pacc
                if show_sig:
                    acc = acc | sacc
                html.append(
                    "<div class=\"windowbg\" id=\"msg%d\"><div class=\"post_wrapper\"><div class=\"poster\"><h4>"
                    "<a href=\"%s\" title=\"Zobrazit profil %s\">%s</a></h4><ul class=\"user_info\"><li class=\"membergroup\">%s</li>"
                    "<li class=\"postcount\">Příspěvků: %d</li></ul></div><div class=\"postarea\"><div class=\"keyinfo\">"
                    "<div id=\"subject_%d\" class=\"subject_title subject_hidden\"><a href=\"#msg%d\" rel=\"nofollow\">%s%s</a></div>"
                    "<div class=\"postinfo\"><span class=\"messageicon\"><img src=\"/forum/Themes/default/images/post/xx.png\" alt=\"\"></span>"
                    "<a href=\"/forum/index.php?topic=%d.%d#msg%d\" class=\"smalltext\" title=\"Odpověď #%d\">&laquo; <strong>Odpověď #%d:</strong> %d. prosince 2026, %02d:%02d:11 &raquo;</a></div></div>"
                    "<div class=\"post\"><div class=\"inner\" data-msgid=\"%d\" id=\"msg_%d\">%s</div></div></div>"
                    "<div class=\"moderatorbar\">%s</div></div></div>" % (
                        mid, prof(author), author, author, grp, cnt, mid, mid, "Re: " if n else "", subj,
                        tid, pg * PER, mid, n, n, 1 + (mid % 27), 8 + n % 12, (mid * 7) % 60, mid, mid, text,
                        ("<div class=\"signature\" id=\"msg_%d_signature\">%s</div>" % (mid, sig)) if show_sig else ""))
            pages = " ".join(("<span class=\"current_page\">%d</span>" % (p + 1)) if p == pg else
                             "<a class=\"nav_page\" href=\"/forum/index.php?topic=%d.%d\">%d</a>" % (tid, p * PER, p + 1)
                             for p in range(npg))
            b = BOARDS[bid]
            body = (head(subj.replace("&ndash;", "-").replace("&amp;", "&")) +
                    "<div class=\"navigate_section\"><ul><li><a href=\"/forum/index.php\"><span>ChemFórum.cz</span></a></li>"
                    "<li><a href=\"/forum/index.php#c%d\"><span>%s</span></a></li><li><a href=\"/forum/index.php?board=%d.0\"><span>%s</span></a></li>"
                    "<li class=\"last\"><a href=\"/forum/index.php?topic=%d.0\"><span>%s</span></a></li></ul></div>"
                    "<div id=\"display_head\" class=\"information\"><h2 class=\"display_title\"><span id=\"top_subject\">%s</span></h2>"
                    "<p>Téma založil %s, 1. prosince 2026, 10:02:11</p></div>"
                    "<div class=\"pagesection top\"><div class=\"pagelinks floatleft\"><a href=\"#bot\" class=\"button\">Dolů</a> "
                    "<span class=\"pages\">Stránky</span>%s</div><div class=\"buttonlist floatright\">"
                    "<a class=\"button\" href=\"/forum/index.php?action=printpage;topic=%d.0\" rel=\"nofollow\">Tisk</a></div></div>"
                    "<div id=\"forumposts\"><form action=\"/forum/index.php?action=quickmod2;topic=%d.%d\" method=\"post\" name=\"quickModForm\" id=\"quickModForm\">"
                    "%s</form></div><div class=\"pagesection\"><div class=\"pagelinks floatleft\"><a href=\"#main_content_section\" class=\"button\" id=\"bot\">Nahoru</a> "
                    "<span class=\"pages\">Stránky</span>%s</div></div>" % (
                        1 if bid <= 3 else 2, b[2], bid, b[0], tid, subj, subj, posts[0][0], pages, tid, tid, pg * PER,
                        "".join(html), pages) + foot)
            s.add(mk("/forum/index.php?topic=%d.%d" % (tid, pg * PER), body, charset=CS, acc=acc, listing=(bid in (2, 4))))
        msgno[tid] = len(posts)

    # message indexes
    per_board = 5
    for bid, (bname, bdesc, cat) in BOARDS.items():
        tids = [t for t in T if T[t][0] == bid]
        npg = (len(tids) + per_board - 1) // per_board
        for pg in range(npg):
            chunk = tids[pg * per_board:(pg + 1) * per_board]
            acc = Acc()
            rows = []
            for t in chunk:
                acc = acc | T[t][2]
                starter = T[t][3][0][0]
                last = T[t][3][-1][0]
                tpages = (len(T[t][3]) + PER - 1) // PER
                pl = (" <span class=\"pages\">&laquo; " + " ".join(
                    "<a class=\"nav_page\" href=\"/forum/index.php?topic=%d.%d\">%d</a>" % (t, p * PER, p + 1) for p in range(tpages))
                      + " &raquo;</span>") if tpages > 1 else ""
                rows.append(
                    "<div class=\"windowbg\"><div class=\"board_icon\"><img src=\"/forum/Themes/default/images/post/xx.png\" alt=\"\"></div>"
                    "<div class=\"info info_block\"><div class=\"message_index_title\"><span class=\"preview\" title=\"\">"
                    "<span id=\"msg_%d\"><a href=\"/forum/index.php?PHPSESSID=a8f0c2e97d&amp;topic=%d.0\">%s</a></span></span>%s</div>"
                    "<p class=\"floatleft\">Založil <a href=\"%s\" title=\"Zobrazit profil\">%s</a></p></div>"
                    "<div class=\"board_stats centertext\"><p>Odpovědí: %d<br>Zobrazeno: %d</p></div>"
                    "<div class=\"lastpost\"><p><a href=\"/forum/index.php?topic=%d.%d#new\">Poslední příspěvek</a> od <a href=\"%s\">%s</a></p></div></div>" % (
                        t * 100 + 1, t, T[t][1], pl, prof(starter), starter, len(T[t][3]) - 1, 37 * t + 11,
                        t, (tpages - 1) * PER, prof(last), last))
            pages = " ".join(("<span class=\"current_page\">%d</span>" % (p + 1)) if p == pg else
                             "<a class=\"nav_page\" href=\"/forum/index.php?board=%d.%d\">%d</a>" % (bid, p * per_board, p + 1)
                             for p in range(npg))
            rules = ""
            if bid == 2:
                rules = ("<div class=\"noticebox\">Pravidla tržiště: zakázán prodej látek z přílohy nařízení vlády č. 463/2013 Sb. "
                         "a prekurzorů. Moderátoři mažou bez upozornění.</div>")
            s.add(mk("/forum/index.php?board=%d.%d" % (bid, pg * per_board),
                     head(bname) + "<div class=\"navigate_section\"><ul><li><a href=\"/forum/index.php\">ChemFórum.cz</a></li>"
                     "<li class=\"last\"><a href=\"/forum/index.php?board=%d.0\">%s</a></li></ul></div>"
                     "<div id=\"display_head\"><h2>%s</h2><p>%s</p></div>%s"
                     "<div class=\"pagesection\"><div class=\"pagelinks floatleft\"><span class=\"pages\">Stránky</span>%s</div></div>"
                     "<div id=\"messageindex\"><div class=\"title_bar\" id=\"topic_header\"><div class=\"info\">Předmět / Založil</div></div>"
                     "<div id=\"topic_container\">%s</div></div>" % (bid, bname, bname, bdesc, rules, pages, "".join(rows)) + foot,
                     charset=CS, acc=acc, listing=True))
    # board index
    cats = []
    for cat in ("Chemie a laboratoř", "International"):
        rows = []
        for bid, (bname, bdesc, c) in BOARDS.items():
            if c != cat:
                continue
            tids = [t for t in T if T[t][0] == bid]
            generic = {1: 22, 2: 12, 3: 31, 4: 42, 5: 51}[bid]
            rows.append(
                "<div id=\"board_%d\" class=\"up_contain\"><div class=\"board_icon\"><a href=\"/forum/index.php?board=%d.0\" class=\"board_on\"></a></div>"
                "<div class=\"info\"><a class=\"subject mobile_subject\" href=\"/forum/index.php?board=%d.0\" id=\"b%d\">%s</a>"
                "<div class=\"board_description\">%s</div></div><div class=\"board_stats\"><p>%d Příspěvků<br>%d Témat</p></div>"
                "<div class=\"lastpost\"><p><strong>Poslední příspěvek</strong> od <a href=\"%s\">%s</a><br>v "
                "<a href=\"/forum/index.php?topic=%d.%d#new\" title=\"%s\">Re: %s</a></p></div></div>" % (
                    bid, bid, bid, bid, bname, bdesc, sum(len(T[t][3]) for t in tids), len(tids),
                    prof(T[generic][3][-1][0]), T[generic][3][-1][0], generic, ((len(T[generic][3]) - 1) // PER) * PER,
                    T[generic][1], T[generic][1]))
        cats.append("<div class=\"main_container\"><div class=\"cat_bar\" id=\"category_%d\"><h3 class=\"catbg\"><a id=\"c%d\"></a>%s</h3></div>"
                    "<div id=\"category_%d_boards\">%s</div></div>" % (len(cats) + 1, len(cats) + 1, cat, len(cats) + 1, "".join(rows)))
    s.add(mk("/forum/index.php", head("ChemFórum.cz - Index") + "<div id=\"boardindex_table\" class=\"boardindex_table\">%s</div>"
             "<div id=\"info_center\" class=\"roundframe\"><div class=\"sub_bar\"><h3 class=\"subbg\">Statistiky fóra</h3></div>"
             "<p>1&nbsp;820 příspěvků v 39 tématech od 412 uživatelů. Nejnovější uživatel: <strong>newbie22</strong></p></div>" % "".join(cats) + foot,
             charset=CS))
    s.redirects["/"] = "/forum/index.php"
    s.redirects["/forum/"] = "/forum/index.php"
    s.add(mk("/forum/attachments/chemik_cz_cenik.html", head("příloha") + "<p>NPP 39742-60-4, 1 kg 1 100 &euro;</p>" + foot,
             charset=CS, acc=A(hits=[npp], cas=["39742-60-4"]), listing=True))
    s.add(Page("/forum/Themes/default/css/index.css", "#footerfix{min-height:100%}", ctype="text/css"))
    s.add(Page("/forum/Themes/default/scripts/script.js", "function smf_init(){}", ctype="application/javascript"))
    s.flaky |= {"/forum/index.php?topic=10.6", "/forum/index.php?topic=40.0"}
    return s
