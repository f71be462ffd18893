"""Site 2: mbasic.facebook.com-style groups (English + Arabic RTL)."""
from w14_common import *  # noqa: F401,F403


class Post:
    def __init__(self, author, age, text, hits=(), cas=(), claims=(), comments=(), photo=False):
        self.author, self.age, self.text = author, age, text
        self.hits, self.cas, self.claims = list(hits), list(cas), list(claims)
        self.comments = list(comments)   # (author, text, hits, cas, claims)
        self.photo = photo

    def acc_into(self, acc, with_comments=False):
        acc.add_hit(*self.hits)
        acc.add_cas(*self.cas)
        acc.add_claims(*self.claims)
        if with_comments:
            for _, _, h, c, k in self.comments:
                acc.add_hit(*h)
                acc.add_cas(*c)
                acc.add_claims(*k)


def C(author, text, hits=(), cas=(), claims=()):
    return (author, text, list(hits), list(cas), list(claims))


GROUPS = [
    dict(gid=1029384756, vanity="rcwholesaleworld", lang="en", members="18K",
         name="Research Chemicals Wholesale Worldwide 🌍", desc="Buy and sell research chemicals. No scammers. Use escrow.",
         pages=[
             [Post("Chem King", "3 hrs",
                   "💊 Top quality Carfentanil powder 99.8% in stock now. Also Fentanyl HCl (CAS 1443-54-5) for serious buyers.\n"
                   "Worldwide delivery. If your package don't arrive we send again, no questions asked.\n"
                   "WhatsApp +1 (302) 555-0147 / Wickr: chemking88. Payment BTC / USDT (TRC20).",
                   hits=[carfent, fentanyl], cas=["1443-54-5"], claims=["reship"], photo=True,
                   comments=[C("Mike Dalton", "price for 10g?"), C("Chem King", "inbox sent bro"),
                             C("Sara Lee", "Is this legit? anyone ordered?")]),
              Post("Lin Factory Sales", "5 hrs",
                   "Hello everyone 👋 we supply 4-ANPP, NPP (39742604), 1-boc-4-piperidone and 4-AP direct from our factory.\n"
                   "1kg NPP = 450$ USDT. DDP to USA & Mexico, customs is on our side, you only receive at your door.\n"
                   "Telegram @anpp_factory",
                   hits=[anpp, npp, bocpip, ap4], cas=["39742604"], claims=["customs"],
                   comments=[C("Jorge R.", "Mexico city ok?"), C("Lin Factory Sales", "Yes sir, 7-9 days door to door.")]),
              Post("Kyle Brennan", "Yesterday at 22:14",
                   "Where can I get clean M30s? Not those fake blues pls. Looking for a legit plug in the midwest.",
                   comments=[C("Pharma Direct", "inbox me I got real pharma M30 Oxycodone 30mg, $15 each, "
                               "sent in a DVD case so nobody knows", hits=[oxycodone], claims=["stealth"]),
                             C("Kyle Brennan", "sent u a request")])],
             [Post("NitazLab Official", "Yesterday at 09:41",
                   "N!TAZENE batch just landed 🔥 Is0tonitazene + Protonitazene + Metonitazene powder.\n"
                   "1g $120 USDT, 10g $900. Parcels go through our reshipper in the Netherlands, so nothing comes straight from China.\n"
                   "Wickr: nitazlab",
                   hits=[isotonit, protonit, metonit], claims=["forwarding"],
                   comments=[C("Tommy V", "do u have metonitazene in 5g?"), C("NitazLab Official", "yes pm")]),
              Post("Ryan Cole", "November 28 at 18:03",
                   "WARNING ⚠️ scammer alert: the account 'Best Chem Supply' took 800 USDT from me and blocked me. Be careful guys."),
              Post("Orion Labs", "November 27 at 11:20",
                   "Brorphine and 2-methyl-AP-237 available, 50g minimum order. We put 'dye intermediate' on the "
                   "shipping label and invoice. Signal: +44 7700 900412",
                   hits=[brorphine, map237], claims=["mislabel"], photo=True,
                   comments=[C("Dan Wu", "how much for 50g AP?")])],
             [Post("Orion Labs", "November 25 at 16:55",
                   "New arrival 🆕 Cyclohexylfentanyl and N-(1-phenethylpiperidin-4-yl)-N-phenylhexanamide, not scheduled "
                   "yet in many countries 😉 Double vacuum packed, odour proof, hidden inside a picture frame.",
                   hits=[nov_chxf], claims=["stealth"],
                   comments=[C("Leo M", "lab report?"), C("Orion Labs", "COA on request")]),
              Post("EuroKet Shop", "November 24 at 13:02",
                   "fent-free ketamine crystal ❄️ 0% fentanyl, every batch tested with strips ✔️ $30/g.\n"
                   "Ships from inside the EU, domestic post only, no customs.",
                   hits=[ketamine], claims=["forwarding"],
                   comments=[C("Anna K", "Germany?"), C("EuroKet Shop", "yes 2 days")]),
              Post("VetChem Supply", "November 22 at 08:30",
                   "Xylazine (tranq) powder for veterinary use, CAS 7361-61-7. 100g $90. We reship once if seized.\n"
                   "WhatsApp +1 (213) 555-0199",
                   hits=[xylazine], cas=["7361-61-7"], claims=["reship"])],
         ]),
    dict(gid=2038475610, vanity="kimawiyat.bahthiya", lang="ar", members="7.4K",
         name="كيماويات بحثية - بيع وشراء", desc="مجموعة لبيع وشراء المواد الكيميائية البحثية. ممنوع النصب.",
         pages=[
             [Post("أبو خالد للكيماويات", "منذ ٤ ساعات",
                   "متوفر فنتانيل سترات نقي 99% (Fentanyl citrate) رقم CAS 990-73-8\n"
                   "الشحن لجميع الدول العربية، التغليف سري ومخفي داخل علب هدايا ولا يظهر اسم المادة.\n"
                   "للتواصل واتساب ‎+90 555 014 7722",
                   hits=[fentanyl], cas=["990-73-8"], claims=["stealth"],
                   comments=[C("محمد سامي", "السعر للغرام؟"), C("أبو خالد للكيماويات", "راسلني خاص")]),
              Post("Omar Trading", "منذ ٦ ساعات",
                   "نبحث عن مورد موثوق لمادة NPP و 4-ANPP بكميات كبيرة، الرجاء التواصل مع عينة وشهادة تحليل."),
              Post("مختبر النور", "أمس الساعة ٢١:١٠",
                   "للبيع: ايزوتونيتازين (Isotonitazene) وبروتونيتازين. السعر 150 دولار للغرام USDT.\n"
                   "الشحن عن طريق وكيلنا في تركيا ثم توصيل داخلي إلى بلدك.",
                   hits=[isotonit, protonit], claims=["forwarding"], photo=True,
                   comments=[C("Hassan", "هل يوجد توصيل للأردن؟"), C("مختبر النور", "نعم عبر تركيا")])],
             [Post("Al-Shifa Chem", "٢٧ نوفمبر الساعة ١٥:٠٠",
                   "كارفنتانيل (Carfentanil) متوفر بكميات محدودة. نضمن وصول الشحنة ونتكفل بالتخليص الجمركي كاملاً.",
                   hits=[carfent], claims=["customs"]),
              Post("بيطري الخليج", "٢٦ نوفمبر الساعة ١٠:٢٢",
                   "زيلازين هيدروكلوريد (Xylazine HCl) بودرة بيطرية، CAS 23076 35 9.\n"
                   "إذا تمت مصادرة الطرد في الطريق نعيد الإرسال مجاناً.",
                   hits=[xylazine], cas=["23076 35 9"], claims=["reship"]),
              Post("صيدلية أونلاين", "٢٥ نوفمبر الساعة ١٩:٤٠",
                   "ترامادول 225 ملغ (Tramadol) شريط 10 حبات — نكتب على البوليصة أنها مكملات غذائية.",
                   hits=[tramadol], claims=["mislabel"],
                   comments=[C("Ali", "كم سعر العلبة؟")])],
             [Post("سامر", "٢٤ نوفمبر الساعة ١٢:٠٠",
                   "تحذير للجميع: الحبوب المزيفة منتشرة، بعضها فيها فنتانيل. لا تشتروا من حسابات مجهولة."),
              Post("مختبر النور", "٢٣ نوفمبر الساعة ٠٩:١٥",
                   "جديد: بيوتونيتازيبين (Butonitazepyne) متوفر الآن، الدفع USDT فقط.",
                   hits=[nov_butpyne]),
              Post("Hebei Source", "٢٢ نوفمبر الساعة ٠٨:٠٠",
                   "1-boc-4-piperidone ‏79099-07-3 من المصنع مباشرة. شحن آمن، التغليف بدون أي اسم كيميائي على الطرد.",
                   hits=[bocpip], cas=["79099-07-3"], claims=["stealth"])],
         ]),
    dict(gid=3047566821, vanity="painreliefdirect", lang="en", members="2.9K",
         name="Pain Relief Pharmacy Direct (No RX)", desc="Pain meds without prescription. DM sellers.",
         pages=[
             [Post("bluesplug", "2 hrs",
                   "🔵 Pressed M30 blues — pressed with fent, strong batch. 100 for $700.\n"
                   "Stealth: vacuum sealed x2 and hidden inside a hardcover book. Wickr: bluesplug",
                   hits=[fentanyl], claims=["stealth"], photo=True,
                   comments=[C("J Harper", "how strong? last batch put my friend down"), C("bluesplug", "go slow")]),
              Post("Blue Dreams", "6 hrs",
                   "Blues available 💙 $8 each, 500+ only. Telegram @blue_dreams_plug"),
              Post("RxCare Online", "Yesterday at 19:30",
                   "Real Oxycodone 30mg (Roxicodone) and Percocet 10/325 from pharmacy, no prescription needed.\n"
                   "USPS Priority overnight, we reship if lost.",
                   hits=[oxycodone], claims=["reship"])],
             [Post("RxCare Online", "November 27 at 10:00",
                   "Dilaudid 8mg (hydromorphone) in stock again, 60 tabs min. Discreet, same day dispatch.",
                   hits=[hydromorphone], claims=["stealth"]),
              Post("Megan T", "November 26 at 22:45",
                   "PSA: the dope around here is cut with tranq (xylazine). Test your stuff. Narcan doesn't reverse the tranq part."),
              Post("OhioConnect", "November 25 at 17:12",
                   "fetty powder (fent) 🔥 0.5g $60. Only domestic, ships from our Ohio spot, never crosses a border.",
                   hits=[fentanyl], claims=["forwarding"])],
         ]),
    dict(gid=4056677832, vanity="harmreductionnet", lang="en", members="31K",
         name="Harm Reduction Network – Drug Checking & Alerts",
         desc="Drug checking results, overdose alerts, naloxone access. No sales. Sellers are banned.",
         pages=[
             [Post("HRN Admin", "1 hr",
                   "ALERT 🚨 pills sold as 'M30' in Phoenix tested positive for fentanyl AND metonitazene "
                   "(lab-confirmed, CAS 14680-51-4). Nitazenes may need several doses of naloxone.",
                   comments=[C("Rita G", "thank you for posting this"),
                             C("fastplug77", "selling real fent no cut, wickr fastplug77, we reship if seized",
                               hits=[fentanyl], claims=["reship"]),
                             C("HRN Admin", "Seller removed and banned. Reminder: no sales in this group.")]),
              Post("Dr. Amal Haddad", "4 hrs",
                   "تحذير: تم العثور على بروتونيتازين (protonitazene) في حبوب مزيفة تباع على أنها أوكسيكودون. "
                   "استخدموا شرائط الفحص وحافظوا على النالوكسون قريباً.\n"
                   "Warning: protonitazene found in fake oxycodone pills."),
              Post("Chris P", "Yesterday at 13:33",
                   "Vendors in those 'research chem' groups all promise 'reship if seized' and '100% customs pass'. "
                   "Don't trust any of it, the product is what kills people.")],
             [Post("HRN Admin", "November 27 at 09:00",
                   "Free fentanyl test strips, xylazine test strips and naloxone kits at our drop-in every Tuesday. "
                   "Mail-out kits available on request, see the pinned form."),
              Post("Sam O", "November 26 at 15:20",
                   "Our local drug checking found carfentanil in a 'heroin' sample and xylazine in most fent samples."),
              Post("HRN Admin", "November 24 at 11:45",
                   "Reminder of rules: no selling, no sourcing requests, no contact details.")],
         ]),
]


def fb_site():
    s = Site("fb-mbasic", "social-groups")
    s.robots = ("User-agent: *\nDisallow: /ufi/\nDisallow: /nfx/\nDisallow: /a/\nDisallow: /login\nDisallow: /home.php\n"
                "Disallow: /search/\nDisallow: /profile.php\nDisallow: /messages/\nDisallow: /comment/\nDisallow: /photo.php\nDisallow: /language/\n")
    s.disallow = ["/ufi/", "/nfx/", "/a/", "/login", "/home.php", "/search/", "/profile.php", "/messages/", "/comment/", "/photo.php", "/language/"]
    s.trap_prefix = "/events/calendar/"
    s.rate_limit = 15
    s.junk_params = s.junk_params + ["refid", "__tn__", "ref", "_rdr", "paipv", "eav", "multi_permalinks",
                                     "acontext", "__xts__", "m_entstream_source", "anchor_composer"]
    r = rng("w14-fb")

    def head(title, lang):
        rtl = lang == "ar"
        return ("<!DOCTYPE html><html lang='%s'%s><head><title>%s</title><meta name='viewport' content='width=device-width, "
                "initial-scale=1'><meta name='referrer' content='origin-when-crossorigin'><style type='text/css'>"
                "/*<![CDATA[*/.b{background:#fff}.bi{padding:4px}.cq{border-bottom:1px solid #e5e5e5}.ct{font-weight:bold}/*]]>*/"
                "</style></head><body tabindex='0' class='b c d e'><div class='f'><div id='viewport'>"
                "<div class='g' id='header'><a href='/home.php?refid=18'><span class='h'>facebook</span></a>"
                "<form method='get' action='/search/?refid=18'><input class='i' name='query' placeholder='%s'></form>"
                "<a href='/login/?refid=18'>%s</a></div><div class='j' id='login_banner'>%s "
                "<a href='/login/?refid=18'>%s</a></div><div id='objects_container'><div class='bi' id='root' role='main'>") % (
            lang, " dir='rtl'" if rtl else "", esc(title), "ابحث في فيسبوك" if rtl else "Search Facebook",
            "تسجيل الدخول" if rtl else "Log in", "سجّل الدخول للتواصل مع أصدقائك." if rtl else
            "Log in to Facebook to connect with friends.", "تسجيل الدخول" if rtl else "Log In")

    def foot(lang):
        return ("</div></div><div class='k' id='footer'><div class='l'><a href='/events/calendar/2026-12?refid=18'>Events</a> · "
                "<a href='/help/?ref_component=mbasic_footer'>Help</a> · <a href='/policies/?ref_component=mbasic_footer'>Terms &amp; Policies</a></div>"
                "<div class='m'><a href='/language/?l=en_US&refid=18'>English (US)</a> · <a href='/language/?l=ar_AR&refid=18'>العربية</a> · "
                "<a href='/language/?l=fr_FR&refid=18'>Français (France)</a></div><div class='n'>Meta © 2026</div></div>"
                "</div></div></body></html>")

    def ptext(t):
        return "".join("<p>%s</p>" % esc(line) for line in t.split("\n"))

    def article(g, p, pid, full):
        ft = '{"tn":"-R","top_level_post_id":"%d","content_owner_id_new":"%d","page_insights":{"%d":{"role":1}}}' % (
            pid, 100000000000000 + pid % 99991, g["gid"])
        perm = "/groups/%d/permalink/%d/" % (g["gid"], pid)
        photo = ("<div class='da'><a href='/photo.php?fbid=%d&refid=18'><img src='/img/fb%d.jpg' width='320' alt=''></a></div>"
                 % (pid + 1, pid % 500)) if p.photo else ""
        ncom = len(p.comments)
        com = "%d %s" % (ncom, ("تعليقات" if g["lang"] == "ar" else "Comments")) if ncom else ("تعليق" if g["lang"] == "ar" else "Comment")
        return ("<article class='cq cr cs' data-ft='%s'><header><h3 class='ct cu cv'><strong><a href='/profile.php?id=%d&refid=18'>%s</a>"
                "</strong> ▶ <a href='/groups/%d?refid=18'>%s</a></h3></header><div class='cw'><span>%s</span></div>%s"
                "<footer class='cx'><div class='dc'><abbr>%s</abbr></div><div class='dd'>"
                "<a href='/ufi/reaction/profile/browser/?ft_ent_identifier=%d&refid=18'>%d</a> · "
                "<a href='%s?refid=18&__tn__=-R'>%s</a> · <a href='/a/like.php?ft_ent_identifier=%d'>%s</a> · "
                "<a href='%s?refid=18'>%s</a></div></footer></article>") % (
            esc(ft), 100000000000000 + pid % 99991, esc(p.author), g["gid"], esc(g["name"]), ptext(p.text), photo,
            esc(p.age), pid, r.randint(0, 60), perm, com, pid, "أعجبني" if g["lang"] == "ar" else "Like", perm,
            "القصة كاملة" if g["lang"] == "ar" else "Full Story") if not full else (
            "<div class='bx' id='m_story_permalink_view'><div class='by' data-ft='%s'><header><h3><strong>"
            "<a href='/profile.php?id=%d&refid=52'>%s</a></strong> ▶ <a href='/groups/%d?refid=52'>%s</a></h3>"
            "<div class='dc'><abbr>%s</abbr></div></header><div class='bz'>%s</div>%s</div></div>") % (
            esc(ft), 100000000000000 + pid % 99991, esc(p.author), g["gid"], esc(g["name"]), esc(p.age), ptext(p.text), photo)

    all_groups = []
    for g in GROUPS:
        lang = g["lang"]
        s.redirects["/groups/%s/" % g["vanity"]] = "/groups/%d" % g["gid"]
        s.redirects["/groups/%s" % g["vanity"]] = "/groups/%d" % g["gid"]
        cursors = ["%d:%d:%d,0:7:" % (1764480000 - k * 86400, 7461200000 + k * 17, 7461200000 + k * 17)
                   for k in range(len(g["pages"]))]
        pid0 = 10150000000000000 + g["gid"] % 100000 * 1000
        for n, posts in enumerate(g["pages"]):
            key = "/groups/%d" % g["gid"] if n == 0 else qpath("/groups/%d" % g["gid"], bacr=cursors[n])
            acc = Acc()
            arts = []
            for k, p in enumerate(posts):
                p.pid = pid0 + n * 10 + k
                p.acc_into(acc)
                arts.append(article(g, p, p.pid, False))
            more = ""
            if n + 1 < len(g["pages"]):
                more = ("<div class='dh' id='m_more_item'><a href='/groups/%d?bacr=%s&multi_permalinks&refid=18'>"
                        "<span>%s</span></a></div>") % (g["gid"], cursors[n + 1].replace(":", "%3A").replace(",", "%2C"),
                                                         "عرض المزيد من المنشورات" if lang == "ar" else "See More Posts")
            hdr = ("<div class='bp'><h1 class='bq'>%s</h1><div class='br'>%s · %s %s</div><div class='bs'>%s</div>"
                   "<div class='bt'><a href='/groups/%d/about/?refid=18'>%s</a> · <a href='/groups/%d/madminpanel/'>Admin</a></div></div>") % (
                esc(g["name"]), "مجموعة عامة" if lang == "ar" else "Public group", g["members"],
                "عضو" if lang == "ar" else "members", esc(g["desc"]), g["gid"],
                "حول" if lang == "ar" else "About", g["gid"])
            page(s, key, head(g["name"], lang) + hdr +
                 "<div id='m_group_stories_container'><section class='co cp'>%s</section>%s</div>" % ("".join(arts), more)
                 + foot(lang), acc, listing=True)
            for p in posts:
                pacc = Acc()
                p.acc_into(pacc, with_comments=True)
                coms = "".join(
                    "<div class='ee' id='%d'><div class='ef'><h3><a href='/profile.php?id=%d&refid=52'>%s</a></h3>"
                    "<div class='eg'>%s</div><div class='eh'><abbr>%d h</abbr> · <a href='/a/comment.php?like=%d'>Like</a> · "
                    "<a href='/comment/replies/?ctoken=%d_%d'>Reply</a></div></div></div>"
                    % (p.pid + 100 + i, 100000000000000 + i * 7919, esc(a), esc(t), i + 1, i, p.pid, i)
                    for i, (a, t, _, _, _) in enumerate(p.comments))
                page(s, "/groups/%d/permalink/%d/" % (g["gid"], p.pid), head(p.text.split("\n")[0][:80], lang) +
                     article(g, p, p.pid, True) +
                     "<div class='ec' id='ufi_%d'><div class='ed'>%s</div><form class='el' method='post' action='/a/comment.php'>"
                     "<input name='comment_text'></form></div>" % (p.pid, coms) + foot(lang), pacc, listing=True)
                s.redirects["/%d/posts/%d/" % (g["gid"], p.pid)] = "/groups/%d/permalink/%d/" % (g["gid"], p.pid)
            if g["gid"] == 4056677832 or n == 0:
                pass
        all_groups.append(g)
        info = "/groups/%d/about/" % g["gid"]
        page(s, info, head(g["name"], lang) +
             "<div class='bp'><h1>%s</h1><h2>%s</h2><p>%s</p><p>%s</p><a href='/groups/%d'>%s</a></div>" % (
                 esc(g["name"]), "حول هذه المجموعة" if lang == "ar" else "About this group", esc(g["desc"]),
                 ("Rules: 1) No sales or sourcing. 2) Be kind. 3) Share drug-checking results with batch photos."
                  if g["gid"] == 4056677832 else ("قوانين المجموعة: ممنوع النصب." if lang == "ar" else
                                                  "Rules: vouch before you buy, use escrow.")),
                 g["gid"], "رجوع" if lang == "ar" else "Back to group") + foot(lang))
    s.flaky |= {"/groups/%d" % GROUPS[1]["gid"], "/groups/%d/permalink/%d/" % (GROUPS[0]["gid"], GROUPS[0]["pages"][1][0].pid)}
    # home: group discovery (chrome only)
    page(s, "/", head("Groups", "en") + "<div class='bp'><h1>Groups</h1><h3>Your groups</h3><ul>%s</ul>"
         "<h3>Suggested for you</h3><ul><li><a href='/groups/harmreductionnet/?refid=27'>Harm Reduction Network</a></li></ul></div>"
         % "".join("<li><a href='/groups/%s/?refid=27'>%s</a> · %s members</li>" % (g["vanity"], esc(g["name"]), g["members"])
                   for g in GROUPS) + foot("en"))
    page(s, "/groups/%d/madminpanel/" % GROUPS[0]["gid"], head("Admin", "en") + "<p>Pending posts: 14</p>" + foot("en"))
    s.disallow.append("/groups/%d/madminpanel/" % GROUPS[0]["gid"])
    for g in GROUPS[1:]:
        s.disallow.append("/groups/%d/madminpanel/" % g["gid"])
    s.robots += "".join("Disallow: /groups/%d/madminpanel/\n" % g["gid"] for g in GROUPS)
    for g in GROUPS:
        for posts in g["pages"]:
            for p in posts:
                if p.photo:
                    asset(s, "/img/fb%d.jpg" % (p.pid % 500), tiny_png(p.pid), "image/jpeg")
    return s
