"""Site 3: photogram, an Instagram-style web front end (EN + pt-BR, utf-8).

/<user>/                 profile: bio, link in bio, post grid (thumbnails with generic alt text)
/p/<shortcode>/          post: caption, hashtags, comments (buyers, vendor replies), og: meta,
                         and the same data again in a <script type="application/json"> blob
/explore/tags/<tag>/     hashtag grid
/links/<user>/[menu]     the vendor's link-in-bio page (a Linktree-style page, simulated on this origin)
/accounts/, /direct/, /api/ are robots-forbidden.
"""
import json
import re

from marketsim import Site
from w15_common import (A, Acc, mk, esc, keycap, mathbold, fentanyl, isotonit, metonit, desiso, protonit, npp, anpp,
                        protopyne, oxycodone, ketamine, nv_fluetaz, xylazine, B, Page, tiny_png)

ACCTS = {
    "rc.lab.supplies": ("RC Lab Supplies", "EN", "🧪 research compounds | we ship from our 🇳🇱 warehouse, EU = no customs | DM for price 📩",
                        A(claims=["forwarding"]), True),
    "pharma_blues_plug": ("💙 blues", "EN", "💙 M30s | pressed w/ " + mathbold("fent") + " | 🇺🇸 only | Signal below ⬇️",
                          A(hits=[fentanyl]), True),
    "quimica.rc.br": ("Química RC Brasil", "PT", "🇧🇷 Reagentes para pesquisa | envio p/ todo Brasil | chama no direct 📲",
                      A(), True),
    "bala_azul_sp": ("azul sp", "PT", "🔵 SP capital | só entrega em mãos | 18+", A(), True),
    "testitsafe": ("Test It Safe 🧪", "EN", "Harm reduction | drug checking | naloxone saves lives 💜 | EN/PT", A(), False),
    "newsdesk_now": ("Newsdesk Now", "EN", "Breaking news, 24/7 📰", A(), False),
}
BUYERS = ["jake_r_1999", "lil.mxx", "bruno.fsilva", "ana_paulinha", "dreamy_404", "k.nakamura", "luizinho_zl", "sam.oke"]

# shortcode, user, date, caption, caption truth, [(commenter, text, truth)], tags
POSTS = [
    ("C9xK2LmP0aQ", "rc.lab.supplies", "December 2, 2026",
     "Restock day 🧪 Isotonitazene ✔️ Metonitazene ✔️ 5g minimum. DM for price 📩 "
     "Ships 🇳🇱➡️🇪🇺 straight from our Dutch stock, no customs inside the EU 📦 #researchchemicals #rc #labsupply",
     A(hits=[isotonit, metonit], claims=["forwarding"]),
     [("jake_r_1999", "got mine in 3 days, stealth on point 🔥", A()), ("k.nakamura", "do u ship to 🇦🇺?", A()),
      ("rc.lab.supplies", "@k.nakamura DM'd you 📩", A())], ["researchchemicals", "rc", "labsupply"]),
    ("C9yQ7aB1nRt", "rc.lab.supplies", "December 4, 2026",
     "N-desethyl isotonitazene just landed 🆕 Vacuum + mylar + decoy, looks like a skincare sample 🧴 DM 📩 #rc #researchchemicals",
     A(hits=[desiso], claims=["stealth"]),
     [("dreamy_404", "price for 10g?", A()), ("rc.lab.supplies", "@dreamy_404 check DM", A())], ["rc", "researchchemicals"]),
    ("C9zD4hH8uVw", "rc.lab.supplies", "December 6, 2026",
     "📢 Lost parcels: we reship ONCE if you send us the seizure letter. No letter, no reship. Thanks fam 🙏 #rcvendor",
     A(claims=["reship"]),
     [("sam.oke", "respect for being clear 👏", A())], ["rcvendor"]),
    ("C90pW3sXyLe", "rc.lab.supplies", "December 8, 2026",
     "CAS " + keycap("14188-81-9") + " 🔥 back in stock, link in bio ⬆️ #researchchemicals",
     A(hits=[isotonit], cas=["14188-81-9"]),
     [("lil.mxx", "🔥🔥🔥", A())], ["researchchemicals"]),
    ("C91aR5tNmQz", "pharma_blues_plug", "November 29, 2026",
     "💙 M30 blues — pressed, fent inside, NOT pharma oxy. 100+ only ✉️ Stock sits in our Texas warehouse so everything "
     "moves 🇺🇸 domestic, never crosses a border 🚚 #m30 #blues",
     A(hits=[fentanyl], claims=["forwarding"]),
     [("jake_r_1999", "these hit different fr", A()), ("testitsafe", "Pressed M30s are the #1 cause of overdoses we see. "
      "Test them, carry naloxone 💜", A())], ["m30", "blues"]),
    ("C92bT6uOnRa", "pharma_blues_plug", "December 1, 2026",
     "Perc 30s 💊 real pharma oxycodone, not pressed, limited batch. DM on Signal ⬇️ #m30",
     A(hits=[oxycodone]),
     [("dreamy_404", "real ones? 👀", A()), ("pharma_blues_plug", "@dreamy_404 pharmacy bottles, pics in DM", A())], ["m30"]),
    ("C93cU7vPoSb", "pharma_blues_plug", "December 3, 2026",
     mathbold("Fent") + " patches 75mcg 📦 box of 5. Shipped in a birthday card, nobody opens those 🎂",
     A(hits=[fentanyl], claims=["stealth"]),
     [("lil.mxx", "birthday card lmao 😂", A())], ["blues"]),
    ("C94dV8wQpTc", "pharma_blues_plug", "December 5, 2026",
     "blues 💙💙💙 restock. DM.",
     A(),
     [("sam.oke", "are these the fent ones?", A()), ("pharma_blues_plug", "@sam.oke same as last batch 😉", A())], ["blues", "m30"]),
    ("C95eW9xRqUd", "quimica.rc.br", "December 1, 2026",
     "Isotonitazeno e Protonitazeno a pronta entrega 🇧🇷 Envio discreto: embalagem a vácuo, sem nome de remetente, "
     "ninguém desconfia. Chama no direct 📲 #quimica #pesquisa",
     A(hits=[isotonit, protonit], claims=["stealth"]),
     [("bruno.fsilva", "chegou certinho, embalagem top 👏", A()), ("ana_paulinha", "manda no pv o valor", A())], ["quimica", "pesquisa"]),
    ("C96fX0yStVe", "quimica.rc.br", "December 3, 2026",
     "Fentanil citrato 💉 CAS 990-73-8. Rota 🇨🇳➡️🇵🇾➡️🇧🇷: passa pelo nosso parceiro no Paraguai e entra por terra. "
     "Desembaraço aduaneiro por nossa conta, você só recebe. #quimica",
     A(hits=[fentanyl], cas=["990-73-8"], claims=["forwarding", "customs"]),
     [("luizinho_zl", "vcs entregam em Portugal? 🇵🇹", A()), ("quimica.rc.br", "@luizinho_zl só Brasil por enquanto", A())], ["quimica"]),
    ("C97gY1zTuWf", "quimica.rc.br", "December 5, 2026",
     "Precursores 🧪 NPP (CAS 39742-60-4) e 4-ANPP. Na nota vai como \"suplemento alimentar\" 📄 "
     "Se a Receita segurar, reenviamos sem custo. #precursores #quimica",
     A(hits=[npp, anpp], cas=["39742-60-4"], claims=["mislabel", "reship"]),
     [("bruno.fsilva", "melhor vendedor 🙌", A())], ["quimica"]),
    ("C98hZ2aUvXg", "quimica.rc.br", "December 7, 2026",
     "NOVIDADE 🆕 N-pirrolidino protonitazeno (protonitazepina) — pouquíssimas unidades. Direct 📲",
     A(hits=[protopyne]),
     [("ana_paulinha", "o que é isso? 🤔", A()), ("testitsafe", "Nitazenos são muito mais fortes que heroína. Cuidado 💜", A())],
     ["quimica", "pesquisa"]),
    ("C99iA3bVwYh", "bala_azul_sp", "November 30, 2026",
     "Azulzinha M30 🔵 tem fent, não é oxi, vai com calma na dose. Sem xilazina 🚫 Entrega em mãos na zona sul.",
     A(hits=[fentanyl]),
     [("luizinho_zl", "qual o valor?", A())], ["m30"]),
    ("C9-jB4cWxZi", "bala_azul_sp", "December 4, 2026",
     "Ketamina 🇳🇱 importada, cristal. Só em mãos, não envio.",
     A(hits=[ketamine]),
     [("bruno.fsilva", "🔥", A())], []),
    ("C9_kC5dXyAj", "testitsafe", "November 28, 2026",
     "How to use fentanyl test strips 🧪 1) put a few mg in a clean container 2) add water 3) dip 15s 4) wait 5 min. "
     "One line = fentanyl detected. Strips don't catch xylazine or most nitazenes! #harmreduction",
     A(),
     [("jake_r_1999", "do they catch xylazine?", A()), ("testitsafe", "@jake_r_1999 no, use xylazine strips for that", A())],
     ["harmreduction"]),
    ("CA0lD6eYzBk", "testitsafe", "December 2, 2026",
     "Naloxona salva vidas 💜 Distribuímos naloxona e tiras de teste de fentanil de graça em SP. Fentanil, nitazenos e "
     "xilazina estão aparecendo em amostras. #reducaodedanos #harmreduction",
     A(),
     [("ana_paulinha", "onde pego?", A()), ("testitsafe", "@ana_paulinha link na bio 💜", A())], ["harmreduction"]),
    ("CA1mE7fZaCl", "newsdesk_now", "December 3, 2026",
     "🚨 Customs seize 40 kg of fentanyl precursors (NPP, 4-ANPP) declared as 'pigment'. Investigators say the sellers "
     "advertised 'reship if seized' and 'customs clearance guaranteed' on social media.",
     A(),
     [("sam.oke", "good", A()), ("k.nakamura", "where was this?", A())], []),
    ("CA2nF8gAbDm", "newsdesk_now", "December 6, 2026",
     "🇧🇷 Polícia Federal apreende 2 kg de nitazenos (isotonitazeno) em Curitiba. Droga vinha declarada como "
     "suplemento e chegava via Paraguai, segundo a PF.",
     A(),
     [("bruno.fsilva", "😳", A())], []),
]


def photogram():
    s = Site("photogram", "social-media")
    s.robots = ("User-agent: *\nDisallow: /accounts/\nDisallow: /direct/\nDisallow: /api/\n"
                "Disallow: /explore/locations/\n")
    s.disallow = ["/accounts/", "/direct/", "/api/"]
    s.trap_prefix = "/archive/"
    s.junk_params = ["utm_source", "utm_medium", "igsh", "igshid", "img_index", "hl", "sid"]
    s.rate_limit = 15

    def head(title, ogdesc, lang="en"):
        return ("<!DOCTYPE html><html class=\"_9dls\" lang=\"%s\" dir=\"ltr\"><head><meta charset=\"utf-8\">"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%s</title>"
                "<meta property=\"og:site_name\" content=\"Photogram\"><meta property=\"og:title\" content=\"%s\">"
                "<meta property=\"og:description\" content=\"%s\"><link rel=\"manifest\" href=\"/data/manifest.json\">"
                "<link rel=\"stylesheet\" href=\"/static/bundles/ConsumerUICommons.css\">"
                "<script>requireLazy([\"TimeSliceImpl\",\"ServerJS\"],function(){});</script></head>"
                "<body class=\"x1n2onr6\"><div id=\"splash-screen\" style=\"display:none\"></div>"
                "<div class=\"x9f619 x1n2onr6 x1ja2u2z\"><nav class=\"x1uhb9sk\"><a href=\"/\" aria-label=\"Photogram\">Photogram</a> "
                "<a href=\"/explore/\">Explore</a> <a href=\"/direct/inbox/\">Messages</a> <a href=\"/accounts/login/?next=%%2F\">Log in</a> "
                "<a href=\"/accounts/emailsignup/\">Sign up</a></nav>"
                "<div role=\"dialog\" class=\"_a9-z\"><p>Allow the use of cookies from Photogram on this browser?</p>"
                "<button class=\"_a9--\">Allow all cookies</button><button class=\"_a9_1\">Decline optional cookies</button></div>"
                "<main class=\"xvbhtw8\" role=\"main\">") % (lang, esc(title), esc(title), esc(ogdesc))
    foot = ("</main><footer class=\"x1qjc9v5\"><a href=\"/about/\">About</a> · <a href=\"/legal/privacy/\">Privacy</a> · "
            "<a href=\"/archive/2026-12\">Archive</a> · © 2026 Photogram</footer></div>"
            "<script src=\"/static/bundles/Consumer.js\" async></script></body></html>")

    by_user = {}
    for p in POSTS:
        by_user.setdefault(p[1], []).append(p)

    def blob(obj):
        return ("<script type=\"application/json\" data-content-len=\"%d\" data-sjs>%s</script>"
                % (len(json.dumps(obj)), json.dumps({"require": [["ScheduledServerJS", "handle", None,
                                                                   [{"__bbox": {"result": {"data": obj}}}]]]})))

    for code, user, date, cap, cacc, comments, tags in POSTS:
        lang = "pt" if ACCTS[user][1] == "PT" else "en"
        acc = Acc() | cacc
        for c in comments:
            acc = acc | c[2]
        caption_html = re.sub(r"#(\w+)", lambda m: ("<a class=\"x1i10hfl xjbqb8w\" href=\"/explore/tags/%s/\">#%s</a>"
                                                     % (m.group(1), m.group(1))) if m.group(1) in tags else m.group(0), esc(cap))
        coms = "".join(
            "<ul class=\"_a9ym\"><div role=\"button\" class=\"_a9zm\"><li class=\"_a9zj _a9zl\"><div class=\"_a9zo\"><div class=\"_a9zr\">"
            "<h3 class=\"_a9zc\"><a class=\"x1i10hfl notranslate _a6hd\" href=\"/%s/\">%s</a></h3>"
            "<div class=\"_a9zs\"><span class=\"_ap3a _aaco _aacu _aacx _aad7 _aade\" dir=\"auto\">%s</span></div>"
            "<div class=\"_a9ze _a9zf\"><time class=\"_a9ze _a9zf\" datetime=\"2026-12-0%dT1%d:00:00.000Z\">%dh</time> "
            "<span class=\"_a9zh\">Reply</span></div></div></div></li></div></ul>" % (
                cu if cu in ACCTS else "accounts/login/?next=/%s/" % cu, cu, esc(ct), 1 + k, k, 3 + k)
            for k, (cu, ct, _) in enumerate(comments))
        likes = 40 + len(cap) % 300
        body = (head("%s on Photogram: \"%s\"" % (user, cap[:60]), "%d likes, %d comments - %s on %s: \"%s\"" % (
            likes, len(comments), user, date, cap), lang) +
                "<div class=\"x6s0dn4 x78zum5\"><article class=\"x1iyjqo2 x1n2onr6\"><header class=\"_aaqw\">"
                "<div class=\"x1qjc9v5\"><a class=\"x1i10hfl _aaqt\" href=\"/%s/\"><img alt=\"%s's profile picture\" src=\"/static/avatars/%s.png\"></a>"
                "<a class=\"x1i10hfl notranslate\" href=\"/%s/\">%s</a></div></header>"
                "<div class=\"_aatk _aatl\"><img class=\"x5yr21d xu96u03 x10l6tqk\" alt=\"Photo by %s on %s.\" src=\"/static/media/%s.png\"></div>"
                "<div class=\"_ae5q _ae5r\"><ul class=\"_a9z6 _a9za\"><div role=\"button\" class=\"_a9zm\"><li class=\"_a9zj _a9zl\">"
                "<div class=\"_a9zr\"><h2 class=\"_a9zc\"><a href=\"/%s/\">%s</a></h2><h1 class=\"_ap3a _aaco _aacu _aacx _aad7 _aade\" dir=\"auto\">%s</h1>"
                "<time class=\"x1p4m5qa\" datetime=\"2026\">%s</time></div></li></div>%s</ul></div>"
                "<section class=\"_ae5m\"><span class=\"x193iq5w\">%d likes</span> <a href=\"/accounts/login/?next=/p/%s/\">Log in to like or comment.</a></section>"
                "</article><div class=\"_aa-i\"><h2>More posts from <a href=\"/%s/\">%s</a></h2>%s</div></div>" % (
                    user, user, user, user, user, user, date, code, user, user, caption_html, date, coms, likes, code, user, user,
                    "".join("<a href=\"/p/%s/\"><img alt=\"Photo by %s\" src=\"/static/media/%s.png\"></a>" % (q[0], user, q[0])
                            for q in by_user[user] if q[0] != code)) +
                blob({"xdt_shortcode_media": {"shortcode": code, "owner": {"username": user},
                                              "edge_media_to_caption": {"edges": [{"node": {"text": cap}}]},
                                              "edge_media_to_parent_comment": {"count": len(comments), "edges": [
                                                  {"node": {"text": ct, "owner": {"username": cu}}} for cu, ct, _ in comments]}}}) + foot)
        s.add(mk("/p/%s/" % code, body, acc=acc, listing=ACCTS[user][4]))
        s.redirects["/p/%s" % code] = "/p/%s/" % code
        s.add(Page("/static/media/%s.png" % code, tiny_png(sum(map(ord, code))), ctype="image/png"))

    for user, (full, lang, bio, bacc, vendor) in ACCTS.items():
        posts = by_user.get(user, [])
        linkbio = ("<a class=\"x1i10hfl\" href=\"/links/%s/?utm_source=ig&amp;utm_medium=social\" rel=\"me nofollow noopener noreferrer\" target=\"_blank\">"
                   "🔗 links/%s</a>" % (user, user)) if user in ("rc.lab.supplies", "quimica.rc.br", "pharma_blues_plug", "testitsafe") else ""
        grid = "".join("<div class=\"_aabd _aa8k _al3l\"><a class=\"x1i10hfl\" href=\"/p/%s/?img_index=1\"><div class=\"_aagu\">"
                       "<img class=\"x5yr21d\" alt=\"Photo by %s on %s. May be an image of text.\" src=\"/static/media/%s.png\"></div></a></div>" % (
                           p[0], full, p[2], p[0]) for p in posts)
        s.add(mk("/%s/" % user, head("%s (@%s) • Photogram photos and videos" % (full, user),
                                    "%d Followers, %d Following, %d Posts - See Photogram photos and videos from %s (@%s)" % (
                                        1000 + 37 * len(user), 12 * len(user), len(posts), full, user)) +
                 "<header class=\"x1gv9v1q\"><h2 class=\"x1lliihq\">%s</h2><ul class=\"x78zum5\"><li><span>%d</span> posts</li>"
                 "<li><a href=\"/%s/followers/\">followers</a></li></ul><section class=\"xc3tme8\"><span class=\"x1lliihq\">%s</span>"
                 "<h1 class=\"_ap3a _aaco _aacu _aacy _aad6 _aade\" dir=\"auto\">%s</h1>%s</section></header>"
                 "<div class=\"_ac7v xras4av\">%s</div>" % (user, len(posts), user, esc(full), esc(bio), linkbio, grid) + foot,
                 acc=bacc, listing=vendor))
        s.redirects["/" + user] = "/%s/" % user

    # link-in-bio pages (Linktree-style)
    def lhead(t):
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s | Links</title>"
                "<meta name=\"generator\" content=\"linkpage\"><style>.link{display:block;border-radius:30px}</style></head>"
                "<body class=\"sc-bdfBwQ\"><div id=\"__next\"><div class=\"sc-gsTCUz\"><h1 data-testid=\"ProfileTitle\">%s</h1>") % (esc(t), esc(t))
    lfoot = "<p class=\"sc-fubCfw\">Made with linkpage</p></div></div></body></html>"
    LINKS = {
        "rc.lab.supplies": ["💊 Price list", "Telegram @rclabsupplies", "Session 05ab9c..e1", "Reviews"],
        "quimica.rc.br": ["🧪 Cardápio / Tabela de preços", "WhatsApp (só texto)", "Telegram"],
        "pharma_blues_plug": ["Signal: bluesplug.77", "Backup @bluesplug_2"],
        "testitsafe": ["Get free naloxone 💜", "Order test strips", "Overdose alerts"],
    }
    for user, btns in LINKS.items():
        items = []
        for k, b in enumerate(btns):
            href = "/links/%s/menu" % user if k == 0 and user in ("rc.lab.supplies", "quimica.rc.br") else "/%s/" % user
            items.append("<a class=\"link sc-pFZIQ\" data-testid=\"LinkButton\" href=\"%s\">%s</a>" % (href, esc(b)))
        s.add(mk("/links/%s/" % user, lhead("@" + user) + "".join(items) + lfoot, listing=user != "testitsafe"))
    s.add(mk("/links/rc.lab.supplies/menu", lhead("RC Lab Supplies – price list") +
             "<table class=\"menu\"><tr><th>Product</th><th>CAS</th><th>5 g</th><th>25 g</th></tr>"
             "<tr><td>Isotonitazene</td><td>14188-81-9</td><td>€450</td><td>€1,900</td></tr>"
             "<tr><td>Metonitazene</td><td>14680-51-4</td><td>€420</td><td>€1,800</td></tr>"
             "<tr><td>N-desethyl isotonitazene</td><td>—</td><td>€390</td><td>€1,650</td></tr>"
             "<tr><td>4'-F-etodesnitazene (N,N-diethyl-2-[2-[(4-fluorophenyl)methyl]-1H-benzimidazol-1-yl]ethanamine)</td>"
             "<td>—</td><td>€500</td><td>—</td></tr>"
             "<tr><td>Caffeine (cut)</td><td>58-08-2</td><td>€5</td><td>€15</td></tr></table>"
             "<p>Every order: vacuum sealed, mylar, decoy item. Seized with letter = one reship.</p>"
             "<p>No xylazine in anything we sell.</p>" + lfoot,
             acc=A(hits=[isotonit, metonit, desiso, nv_fluetaz], cas=["14188-81-9", "14680-51-4", B["caffeine"]],
                   claims=["stealth", "reship"]), listing=True))
    s.add(mk("/links/quimica.rc.br/menu", lhead("Química RC – tabela") +
             "<ul class=\"cardapio\"><li>Fentanil (citrato) — R$ 900/g</li><li>Isotonitazeno — R$ 1.200/g</li>"
             "<li>Protonitazeno — R$ 1.100/g</li><li>N-fenetil-4-piperidona (NPP) 39742-60-4 — R$ 3.000/kg</li>"
             "<li>Tiras de teste de fentanil — grátis em pedidos acima de R$ 2.000</li></ul>"
             "<p>Frete: saída do Paraguai, entra por terra, sem fiscalização da Receita. Nota como suplemento alimentar.</p>" + lfoot,
             acc=A(hits=[fentanyl, isotonit, protonit, npp], cas=["39742-60-4"], claims=["forwarding", "mislabel"]), listing=True))

    # hashtag pages
    tags = {}
    for p in POSTS:
        for t in p[6]:
            tags.setdefault(t, []).append(p)
    for t in sorted(tags):
        grid = "".join("<div class=\"_aabd _aa8k\"><a href=\"/p/%s/\"><img alt=\"Photo by %s on %s.\" src=\"/static/media/%s.png\"></a></div>" % (
            p[0], ACCTS[p[1]][0], p[2], p[0]) for p in tags[t])
        s.add(mk("/explore/tags/%s/" % t, head("#%s hashtag on Photogram" % t, "See Photogram photos and videos from '%s' hashtag" % t) +
                 "<header><h1 class=\"x1lliihq\">#%s</h1><span>%d posts</span></header><h2>Top posts</h2><div class=\"_ac7v\">%s</div>" % (
                     t, len(tags[t]), grid) + foot))
    s.add(mk("/explore/", head("Explore", "Explore photos and videos") + "<h1>Explore</h1>" + "".join(
        "<a href=\"/explore/tags/%s/\">#%s</a> " % (t, t) for t in ("researchchemicals", "m30", "harmreduction", "quimica")) + foot))
    s.add(mk("/", head("Photogram", "Create an account or log in to Photogram") +
             "<h1>Photogram</h1><p>Suggested accounts:</p><ul>" + "".join(
                 "<li><a href=\"/%s\">%s</a></li>" % (u, u) for u in ACCTS) + "</ul><a href=\"/explore/\">Explore</a>" + foot))
    s.add(mk("/direct/inbox/", head("Inbox", "") + "<p>pharma_blues_plug: 100x M30 fent = $900, ship tomorrow</p>" + foot,
             acc=A(hits=[fentanyl]), listing=True))
    s.add(Page("/data/manifest.json", json.dumps({"name": "Photogram", "start_url": "/"}), ctype="application/json"))
    s.flaky |= {"/p/C96fX0yStVe/", "/quimica.rc.br/", "/explore/tags/m30/"}
    return s
