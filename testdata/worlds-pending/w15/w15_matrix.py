"""Site 4: matrix-exports, Element (matrix-react-sdk) HTML exports of chat rooms on a static file server.

/                              nginx autoindex
/exports/                      autoindex of exported rooms
/exports/<room>/               autoindex of one export (messages.html, messages2.html, css/, files/)
/exports/<room>/messagesN.html Element export pages: mx_EventTile per message, replies (mx_ReplyChain),
                               edits ("(edited)"), reactions (mx_ReactionsRow), date separators,
                               "Previous/Next group of messages" links.
Rooms: RC Market (EN, 4 files), Chemie-Marktplatz (DE, 2), Verified Vendors (EN, 2),
Moderation (EN, negative), Harm Reduction Lounge (EN/DE, negative). /exports/private/ is robots-forbidden.
"""
from marketsim import Site
from w15_common import (A, Acc, mk, esc, B, isotonit, metonit, npp, anpp, bocpip, boc4ap, fentanyl, carfent,
                        etonitpyne, nv_desprot, xylazine, cpropf, pip4, norfent, protonit, butonit, pff, nv_ofval,
                        ocf, sufent, nv_hex, thff, mef3, nv_4fpe, nv_3thf, valerf, remif, ketamine, bromazolam, Page, S,
                        tiny_png)

brorphine = S("2244737-98-0", "Brorphine")

# message: (sender, html text, truth, extras) extras: dict(reply=idx, edited=True, react=[("👍", 3)])
ROOMS = []


def room(slug, name, alias, topic, lang, listing, msgs, per=11, exporter="@archiver:matrix.example"):
    ROOMS.append(dict(slug=slug, name=name, alias=alias, topic=topic, lang=lang, listing=listing, msgs=msgs,
                      per=per, exporter=exporter))


def m(sender, text, acc=None, **kw):
    return (sender, text, acc or A(), kw)


room("rc-market", "RC Market", "#rcmarket:matrix.example", "Buy/sell. One offer per message. No scams. Escrow via mods.",
     "en", True, [
         m("@nitro_kingpin:matrix.example", "🔥 Isotonitazene 5g — 1.9 XMR | 10g — 3.5 XMR. Session 05f3a9…c1", A(hits=[isotonit])),
         m("@nitro_kingpin:matrix.example", "Metonitazene HCl 2g 0.8 XMR, DM", A(hits=[metonit]), react=[("👍", 4)]),
         m("@eu_precursors:tchncs.example", "NPP 1kg 0.09 BTC / 4-ANPP 1kg 0.11 BTC. Sea freight into Rotterdam, we repack and post from NL.",
           A(hits=[npp, anpp], claims=["forwarding"])),
         m("@eu_precursors:tchncs.example", "1-boc-4-piperidone 5kg — 2,900 USDT (TRC20). Wickr: eupre", A(hits=[bocpip])),
         m("@quietbuyer:matrix.example", "do you have boc-4-AP too?", reply=3),
         m("@eu_precursors:tchncs.example", "boc-4-AP yes, 1kg 3,400 USDT", A(hits=[boc4ap]), reply=4),
         m("@fentfactory:envs.example", "f3nt HCl 1g 250 USDT, 5g 1000 USDT. Pure, NOT cut with xylazine.", A(hits=[fentanyl])),
         m("@fentfactory:envs.example", "carfent 100mg 0.5 XMR", A(hits=[carfent]), edited=True),
         m("@fentfactory:envs.example", "every pack is vacuum + heat sealed inside a DVD case. none opened so far.", A(claims=["stealth"])),
         m("@quietbuyer:matrix.example", "vouch fentfactory, 6 days to 🇩🇪, stealth perfect", react=[("✅", 2)]),
         m("@chinasource88:matrix.example", "Brorphine 10g 2.2 XMR", A(hits=[brorphine])),
         m("@chinasource88:matrix.example", "we clear customs ourselves, door to door, zero risk for buyer", A(claims=["customs"])),
         m("@chinasource88:matrix.example", "box label: 'LED strip accessories'", A(claims=["mislabel"])),
         m("@chinasource88:matrix.example", "parcel seized? show us the customs notice, we send again", A(claims=["reship"])),
         m("@nitro_kingpin:matrix.example", "N-pyrrolidino etonitazene (etonitazepyne) 5g 2.4 XMR", A(hits=[etonitpyne])),
         m("@nitro_kingpin:matrix.example", "🆕 N-desethyl protonitazene 5g 2 XMR", A(hits=[nv_desprot]), react=[("🔥", 6)]),
         m("@lostsheep:matrix.example", "anyone got xylazine? need for my horse lol"),
         m("@tranq_dealer:matrix.example", "xylazine HCl 100g 150 USDT, vet grade", A(hits=[xylazine]), reply=16),
         m("@fentfactory:envs.example", "c-y-c-l-o-p-r-o-p-y-l f-e-n-t-a-n-y-l 1g 300 USDT", A(hits=[cpropf])),
         m("@eu_precursors:tchncs.example", "4-piperidone HCl monohydrate 10kg 1,100 USDT", A(hits=[pip4])),
         m("@eu_precursors:tchncs.example", "Norfentanyl 500g 0.05 BTC", A(hits=[norfent])),
         m("@chinasource88:matrix.example", "CAS 79099-07-3 in stock, 25kg drum, 4,800 USDT", A(hits=[bocpip], cas=["79099-07-3"])),
         m("@chinasource88:matrix.example", "also CAS 125541 22 2, 1kg 3,200 USDT", A(hits=[boc4ap], cas=["125541-22-2"])),
         m("@chinasource88:matrix.example", "sodium bicarbonate 144-55-8 and mannitol 69-65-8 for cutting, 10kg each, 90 USDT",
           A(cas=[B["bicarb"], B["mannitol"]])),
         m("@nitro_kingpin:matrix.example", "🇨🇳➡️🇩🇪 our transit warehouse is in Leipzig, domestic DHL from there", A(claims=["forwarding"])),
         m("@promo_bot:matrix.example", "🚀 Join our channel for daily signals 🚀"),
         m("@quietbuyer:matrix.example", "some vendors here promise 'customs clearance', ignore them, nobody can promise that"),
         m("@mod_kara:matrix.example", "Reminder: one offer per message, no reposting within 6 h. Escrow: DM a mod."),
         m("@fentfactory:envs.example", "restock: fentanyl citrate 1g 240 USDT (CAS 990-73-8)", A(hits=[fentanyl], cas=["990-73-8"]),
           edited=True),
         m("@nitro_kingpin:matrix.example", "sold out of iso until friday"),
         m("@lostsheep:matrix.example", "thx @tranq_dealer, arrived"),
         m("@eu_precursors:tchncs.example", "We do not reship. Read the terms before ordering."),
         m("@chinasource88:matrix.example", "2-methyl AP-237 20g 1.5 XMR", A(hits=["98608-61-8"])),
         m("@quietbuyer:matrix.example", "👀"),
         m("@tranq_dealer:matrix.example", "tranq dope not available anymore, only pure xylazine powder, 250g 300 USDT", A(hits=[xylazine])),
         m("@mod_kara:matrix.example", "Room will be archived on Dec 20."),
     ])
room("chemie-markt", "Chemie-Marktplatz", "#chemie-markt:matrix.example", "Angebote & Gesuche. Ein Angebot pro Nachricht.",
     "de", True, [
         m("@drchem_de:matrix.example", "Protonitazen 5 g – 1,7 XMR. Versand aus unserem Lager in DE, also kein Zoll.",
           A(hits=[protonit], claims=["forwarding"])),
         m("@drchem_de:matrix.example", "Butonitazen 2 g – 0,9 XMR", A(hits=[butonit])),
         m("@drchem_de:matrix.example", "Falls beschlagnahmt: einmal Ersatz, Zollbrief als Foto schicken.", A(claims=["reship"])),
         m("@pulverpost:matrix.example", "Fentanylcitrat 1 g – 280 USDT, CAS 990-73-8", A(hits=[fentanyl], cas=["990-73-8"])),
         m("@pulverpost:matrix.example", "Verpackung: Briefumschlag mit Werbeprospekt, alles geruchsdicht eingeschweißt.", A(claims=["stealth"])),
         m("@pulverpost:matrix.example", "Auf dem Paket steht „Kosmetikprobe“.", A(claims=["mislabel"]), edited=True),
         m("@neugier23:matrix.example", "Habt ihr auch Xylazin?"),
         m("@pulverpost:matrix.example", "Xylazin? Nein, führen wir nicht.", reply=6),
         m("@neugier23:matrix.example", "Suche 4-ANPP, zahle BTC"),
         m("@vorlaeufer_nl:matrix.example", "4-ANPP 500 g – 0,06 BTC, Umschlag über unser Lager in Venlo", A(hits=[anpp], claims=["forwarding"]), reply=8),
         m("@vorlaeufer_nl:matrix.example", "N-Phenethyl-4-piperidon 1 kg – 0,08 BTC", A(hits=[npp])),
         m("@vorlaeufer_nl:matrix.example", "Für Kunden in der Schweiz übernehmen wir die Verzollung komplett.", A(claims=["customs"])),
         m("@drchem_de:matrix.example", "p-Fluorfentanyl 1 g – 320 USDT", A(hits=[pff])),
         m("@drchem_de:matrix.example", "NEU: ortho-Fluorvalerylfentanyl 1 g – 350 USDT", A(hits=[nv_ofval]), react=[("🔥", 3)]),
         m("@neugier23:matrix.example", "Danke, angekommen, super diskret verpackt 👍"),
         m("@mod_kara:matrix.example", "Bitte keine Gesuche für Carfentanil hier posten."),
         m("@pulverpost:matrix.example", "Koffein 1 kg (58-08-2) als Streckmittel, 40 USDT", A(cas=[B["caffeine"]])),
     ], per=9)
room("verified-vendors", "Verified Vendors", "#verified:matrix.example", "Only vendors verified by mods may post offers.",
     "en", True, [
         m("@safe_supply_uk:matrix.example", "Ocfentanil 1g 0.01 BTC", A(hits=[ocf])),
         m("@safe_supply_uk:matrix.example", "Sufentanil citrate 10mg 50 USDT", A(hits=[sufent])),
         m("@safe_supply_uk:matrix.example", "Hexanoylfentanyl (N-(1-phenethylpiperidin-4-yl)-N-phenylhexanamide) 1g 0.6 XMR", A(hits=[nv_hex])),
         m("@safe_supply_uk:matrix.example", "stealth: flat mailer, looks like a magazine subscription", A(claims=["stealth"])),
         m("@lab_rat_sea:matrix.example", "THF-F 1g 0.5 XMR", A(hits=[thff])),
         m("@lab_rat_sea:matrix.example", "3-methylfentanyl 100mg 0.3 XMR", A(hits=[mef3])),
         m("@lab_rat_sea:matrix.example", "N-[1-[2-(4-fluorophenyl)ethyl]piperidin-4-yl]-N-phenylpropanamide 1g 0.7 XMR", A(hits=[nv_4fpe])),
         m("@lab_rat_sea:matrix.example", "N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]oxolane-3-carboxamide 1g 0.6 XMR", A(hits=[nv_3thf])),
         m("@lab_rat_sea:matrix.example", "everything goes through our Malaysia hub, it gets re-labelled and forwarded from there",
           A(claims=["forwarding"])),
         m("@lab_rat_sea:matrix.example", "Valerylfentanyl 1g 0.4 XMR", A(hits=[valerf])),
         m("@safe_supply_uk:matrix.example", "Remifentanil HCl 5mg 40 USDT", A(hits=[remif])),
         m("@lab_rat_sea:matrix.example", "docs say 'ceramic glaze sample'", A(claims=["mislabel"])),
         m("@safe_supply_uk:matrix.example", "Bromazolam 1mg pellets x500 0.4 XMR", A(hits=[bromazolam])),
         m("@safe_supply_uk:matrix.example", "Ketamine 10g, fent-free, every batch tested, 0.3 XMR", A(hits=[ketamine])),
         m("@buyer_mx:matrix.example", "does anyone reship to 🇲🇽?"),
         m("@safe_supply_uk:matrix.example", "no reships from us, sorry", reply=14),
     ], per=8)
room("moderation", "Moderation", "#mods:matrix.example", "Mods only. Log of removals and bans.", "en", False, [
    m("@mod_kara:matrix.example", "Removed from RC Market: <blockquote>f3nt HCl 1g 250 USDT, 5g 1000 USDT</blockquote> reason: repost within 6 h"),
    m("@mod_ben:matrix.example", "Ban @chinasource88? Spamming 'we send again if seized' in three rooms."),
    m("@mod_kara:matrix.example", "Agreed. Also his 'LED strip accessories' labels are going to get us all raided."),
    m("@mod_ben:matrix.example", "New rule 4: no carfentanil, no nitazenes above 1 g per message. Thoughts?"),
    m("@mod_kara:matrix.example", "Rule 4 is fine. Pin it."),
    m("@mod_ben:matrix.example", "Reported: a user posted NPP CAS 39742-60-4 in harm reduction lounge, deleted."),
    m("@mod_kara:matrix.example", "👍", react=[("👍", 2)]),
])
room("hr-lounge", "Harm Reduction Lounge", "#hr:matrix.example", "Test strips, naloxone, support. No sales.", "en", False, [
    m("@tripsafe:matrix.example", "Fentanyl test strips: 1 line = positive. Nitazene strips are separate."),
    m("@neugier23:matrix.example", "Gibt es Naloxon-Nasenspray in Deutschland rezeptfrei?"),
    m("@tripsafe:matrix.example", "Seit 2024 nicht rezeptfrei, aber viele Drogenhilfen geben es kostenlos aus."),
    m("@quietbuyer:matrix.example", "tested the 'fent-free' ketamine from the market, strip negative 👍"),
    m("@tripsafe:matrix.example", "xylazine wounds: keep them clean, see a nurse, naloxone still helps for the opioid part"),
])
PRIVATE = [m("@nitro_kingpin:matrix.example", "wholesale isotonitazene 100g 30 XMR, ships from our Leipzig transit warehouse",
             A(hits=[isotonit], claims=["forwarding"]))]


def matrix_exports():
    s = Site("matrix-exports", "chat-export")
    s.robots = "User-agent: *\nDisallow: /exports/private/\n"
    s.disallow = ["/exports/private/"]
    s.rate_limit = 10
    s.junk_params = ["utm_source", "utm_medium", "v", "sid"]

    def autoindex(path, entries):
        rows = "\n".join("<a href=\"%s\">%s</a>%s 12-Dec-2026 09:%02d    %s" % (
            href, esc(name), " " * max(1, 50 - len(name)), k, size) for k, (href, name, size) in enumerate(entries))
        return ("<html>\r\n<head><title>Index of %s</title></head>\r\n<body>\r\n<h1>Index of %s</h1><hr><pre>"
                "<a href=\"../\">../</a>\n%s\n</pre><hr></body>\r\n</html>\r\n") % (path, path, rows)

    def name_of(mxid):
        return mxid[1:].split(":")[0]

    top = []
    for R in ROOMS:
        msgs, per = R["msgs"], R["per"]
        de = R["lang"] == "de"
        files = [msgs[i:i + per] for i in range(0, len(msgs), per)]
        fnames = ["messages.html"] + ["messages%d.html" % (k + 1) for k in range(1, len(files))]
        base = "/exports/%s/" % R["slug"]
        for fi, chunk in enumerate(files):
            acc = Acc()
            tiles = []
            if fi == 0:
                tiles.append("<div class=\"mx_Export_EventWrapper\"><li class=\"mx_DateSeparator\" role=\"separator\"><hr role=\"none\">"
                             "<h2 aria-hidden=\"true\">%s</h2><hr role=\"none\"></li></div>"
                             "<div class=\"mx_NewRoomIntro\"><p>%s <b>%s</b>. %s <a href=\"https://matrix.to/#/%s\">%s</a> %s 12/12/2026.</p></div>" % (
                                 "Di., 1. Dez. 2026" if de else "Tue, Dec 1, 2026",
                                 "Dies ist der Beginn des Exports von" if de else "This is the start of export of", esc(R["name"]),
                                 "Exportiert von" if de else "Exported by", R["exporter"], R["exporter"], "am" if de else "at"))
            for k, (sender, text, macc, kw) in enumerate(chunk):
                idx = fi * per + k
                acc = acc | macc
                eid = "$%s%04d" % (R["slug"].replace("-", "")[:6], idx)
                reply = ""
                if "reply" in kw:
                    pidx = kw["reply"]
                    psender, ptext = msgs[pidx][0], msgs[pidx][1]
                    pfile = fnames[pidx // per]
                    phref = ("#" if pfile == fnames[fi] else pfile + "#") + "$%s%04d" % (R["slug"].replace("-", "")[:6], pidx)
                    reply = ("<blockquote class=\"mx_ReplyChain mx_ReplyChain_color%d\"><div class=\"mx_ReplyTile mx_ReplyTile_info\">"
                             "<a href=\"%s\">%s</a> <a class=\"mx_ReplyChain_show\" href=\"https://matrix.to/#/%s\">%s</a><br>"
                             "<span class=\"mx_ReplyTile_body\">%s</span></div></blockquote>") % (
                        1 + pidx % 6, phref, "Antwort auf" if de else "In reply to", psender, psender, ptext)
                    # reply previews quote a message on the same page (or a non-offer); they add no truth
                    assert pidx // per == fi or not (msgs[pidx][2].hits or msgs[pidx][2].claims), (R["slug"], idx)
                edited = ("<span class=\"mx_EventTile_edited\">%s</span>" % ("(bearbeitet)" if de else "(edited)")) if kw.get("edited") else ""
                reacts = ""
                if kw.get("react"):
                    reacts = "<div class=\"mx_ReactionsRow\" role=\"toolbar\">" + "".join(
                        "<div class=\"mx_AccessibleButton mx_ReactionsRowButton\" role=\"button\"><span class=\"mx_ReactionsRowButton_content\">%s</span>"
                        "<span class=\"mx_ReactionsRowButton_count\">%d</span></div>" % r for r in kw["react"]) + "</div>"
                tiles.append(
                    "<div class=\"mx_Export_EventWrapper\" id=\"%s\"><li class=\"mx_EventTile\" tabindex=\"-1\" aria-live=\"off\" aria-atomic=\"true\" "
                    "data-scroll-tokens=\"%s\" data-layout=\"group\" data-self=\"false\" data-event-id=\"%s\" data-has-reply=\"%s\">"
                    "<div class=\"mx_DisambiguatedProfile\"><span class=\"mx_Username_color%d mx_DisambiguatedProfile_displayName\" dir=\"auto\">%s</span>"
                    "<span class=\"mx_DisambiguatedProfile_mxid\">%s</span></div>"
                    "<div class=\"mx_EventTile_avatar\"><span class=\"mx_BaseAvatar\" role=\"presentation\"><span class=\"mx_BaseAvatar_initial\" aria-hidden=\"true\">%s</span>"
                    "<img loading=\"lazy\" class=\"mx_BaseAvatar_image\" src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"\"></span></div>"
                    "<div class=\"mx_EventTile_line\"><a href=\"#%s\" aria-label=\"%s\"><span class=\"mx_MessageTimestamp\">%02d:%02d</span></a>"
                    "<div class=\"mx_MTextBody mx_EventTile_content\">%s<div class=\"mx_EventTile_body markdown-body\" dir=\"auto\">%s</div>%s</div>"
                    "</div>%s</li></div>" % (
                        eid, eid, eid, "true" if reply else "false", 1 + sum(map(ord, sender)) % 8, esc(name_of(sender)), sender,
                        name_of(sender)[0].upper(), eid, "Dec %d" % (1 + idx // 4), 9 + idx % 12, (idx * 13) % 60,
                        reply, text, edited, reacts))
            nav_prev = ("<div style=\"text-align:center;margin:10px\"><a href=\"./%s\" style=\"font-weight:bold\">%s</a></div>" % (
                fnames[fi - 1], "Vorherige Nachrichtengruppe" if de else "Previous group of messages")) if fi else ""
            nav_next = ("<div style=\"text-align:center;margin:10px\"><a href=\"./%s\" style=\"font-weight:bold\">%s</a></div>" % (
                fnames[fi + 1], "Nächste Nachrichtengruppe" if de else "Next group of messages")) if fi + 1 < len(files) else ""
            body = ("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"UTF-8\"><meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\"><link href=\"css/style.css\" rel=\"stylesheet\">"
                    "<script src=\"js/script.js\"></script><title>%s</title></head><body style=\"height: 100vh;\">"
                    "<section id=\"matrixchat\" style=\"height: 100%%; overflow: auto\"><div class=\"mx_MatrixChat_wrapper\" aria-hidden=\"false\">"
                    "<div class=\"mx_MatrixChat\"><main class=\"mx_RoomView\"><div class=\"mx_Flex mx_RoomHeader light-panel\">"
                    "<div class=\"mx_RoomHeader_avatar\"><img src=\"files/room.png\" alt=\"\"></div><div class=\"mx_RoomHeader_heading\">%s</div>"
                    "<div class=\"mx_RoomHeader_topic\" title=\"%s\">%s</div></div><div class=\"mx_MainSplit\"><div class=\"mx_RoomView_body\">"
                    "<div class=\"mx_RoomView_timeline mx_RoomView_timeline_rr_enabled\"><div class=\"mx_AutoHideScrollbar mx_ScrollPanel mx_RoomView_messagePanel\">"
                    "<div class=\"mx_RoomView_messageListWrapper\"><ol class=\"mx_RoomView_MessageList\" aria-live=\"polite\" role=\"list\">"
                    "%s%s%s</ol></div></div></div></div></div></main></div></div></section>"
                    "<div id=\"snackbar\"></div></body></html>") % (
                R["lang"], "Exportierte Daten" if de else "Exported Data", esc(R["name"]), esc(R["topic"]), esc(R["topic"]),
                nav_prev, "".join(tiles), nav_next)
            s.add(mk(base + fnames[fi], body, acc=acc, listing=R["listing"]))
        s.add(Page(base + "css/style.css", ".mx_EventTile{position:relative}", ctype="text/css"))
        s.add(Page(base + "js/script.js", "function showToast(){}", ctype="application/javascript"))
        s.add(Page(base + "files/room.png", tiny_png(len(R["slug"])), ctype="image/png"))
        s.add(mk(base, autoindex(base, [(f, f, "%dK" % (20 + 3 * i)) for i, f in enumerate(fnames)] +
                                 [("css/style.css", "css/style.css", "310K"), ("files/room.png", "files/room.png", "1K")])))
        s.redirects[base.rstrip("/")] = base
        top.append(("%s/" % R["slug"], "%s/" % R["slug"], "-"))
    s.add(mk("/exports/", autoindex("/exports/", top + [("private/", "private/", "-")])))
    s.add(mk("/", autoindex("/", [("exports/", "exports/", "-"), ("README.txt", "README.txt", "412")])))
    s.add(Page("/README.txt", "Element exports of public rooms, mirrored for research. Private rooms are not for crawlers.\n",
               ctype="text/plain"))
    s.add(mk("/exports/private/", autoindex("/exports/private/", [("messages.html", "messages.html", "4K")])))
    s.add(mk("/exports/private/messages.html", "<html><body><ol>%s</ol></body></html>" % PRIVATE[0][1], acc=PRIVATE[0][2], listing=True))
    s.flaky |= {"/exports/rc-market/messages2.html", "/exports/verified-vendors/messages.html"}
    return s
