"""Site 2: forum-boards, two boards under one origin.

/tr/  a MyBB 1.8 board in Turkish, windows-1254 (declared in the HTTP header and in <meta>): forumdisplay
      thread lists with ?page=N, showthread with &page=N, member profiles, a vendor market section
      ("Pazar") and a harm-reduction section ("Zarar Azaltma"), quotes (blockquote.mycode_quote), signatures.
/es/  a phpBB2 board in Spanish, ISO-8859-1 (topic pages declare it only in <meta>): viewforum, viewtopic
      with &start=15, profile.php, "Mercadillo" and "Reducción de riesgos" forums, quotes, signatures.
"""
from marketsim import Site, tiny_png
from w16_common import (T, plain, esc, cas_show, CAS_WITHOUT_OFFER, fentanyl, FENT_CITRATE, carfent, xylazine,
                        XYL_HCL, isotonit, protonit, etonitpyne, npp, ap4, bocpip, anpp, nn_desproto, metonit, nf_ofvf)

SITE = "forum-boards"
TR_CS, ES_CS = "windows-1254", "iso-8859-1"

# ----------------------------------------------------------------- Turkish MyBB
TR_USERS = {
    12: ("AnatolianLab", "Satıcı", "Gizli paketleme, kokusuz vakum, dışarıda hiçbir yazı yok • PGP anahtarı profilde",
         ["stealth"]),
    15: ("KimyaDükkanı", "Satıcı", "Sorular için PM. Fiyatlar USD.", []),
    21: ("gece_kuşu", "Üye", "", []),
    27: ("Serdar_86", "Üye", "Temiz kal, test et.", []),
    33: ("ZararAzaltmaGönüllüsü", "Moderatör", "Nalokson her zaman yanında olsun.", []),
}


def tr_head(title):
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"
            "<html xml:lang='tr' lang='tr' xmlns='http://www.w3.org/1999/xhtml'><head><title>%s</title>"
            "<meta http-equiv='Content-Type' content='text/html; charset=windows-1254' />"
            "<link type='text/css' rel='stylesheet' href='/tr/cache/themes/theme1/global.css' />"
            "<script type='text/javascript' src='/tr/jscripts/general.js?ver=1827'></script>"
            "<script type='text/javascript'>var cookieDomain='';var my_post_key='5f2e8b';</script></head><body>"
            "<div id='container'><a name='top' id='top'></a><div id='header'><div id='logo'><div class='wrapper'>"
            "<a href='/tr/index.php'><img src='/tr/images/logo.png' alt='Kimya Sohbet' /></a>"
            "<ul class='menu top_links'><li><a href='/tr/search.php' class='search'>Ara</a></li>"
            "<li><a href='/tr/memberlist.php' class='memberlist'>Üye Listesi</a></li>"
            "<li><a href='/tr/calendar/2026-12' class='calendar'>Takvim</a></li>"
            "<li><a href='/tr/misc.php?action=help' class='help'>Yardım</a></li></ul></div></div>"
            "<div id='panel'><div class='upper'><div class='wrapper'><span class='welcome'>Hoş geldin, Ziyaretçi! "
            "<a href='/tr/member.php?action=login'>Giriş yap</a> <a href='/tr/member.php?action=register'>Kayıt ol</a></span>"
            "</div></div></div></div><div id='content'><div class='wrapper'>") % esc(title)


TR_FOOT = ("</div></div><div id='footer'><div class='upper'><div class='wrapper'><ul class='menu bottom_links'>"
           "<li><a href='/tr/misc.php?action=syndication'>RSS</a></li><li><a href='/tr/announcements.php?aid=1'>Forum kuralları</a></li>"
           "</ul></div></div><div class='lower'><div class='wrapper'><span id='copyright'>Forum yazılımı "
           "<a href='https://mybb.com'>MyBB</a>, © 2002-2026 MyBB Group.</span></div></div></div>"
           "<div id='cookie-notice' class='cookie_notice'>Bu forum çerez kullanır. <a href='/tr/misc.php?action=clearcookies'>"
           "Çerezleri temizle</a></div></div></body></html>")

# thread: tid -> (fid, title, [pages: [posts: (uid, text_html, quote or None)]], page truth list)
# truth per page: (hits subs list, cas list, claims list)
TR_THREADS = {
    101: (4, "[SATIŞ] Fentanil sitrat & karfentanil — NL çıkışlı", [
        [(12, "Merhaba arkadaşlar, stok listesi aşağıda. Hepsi laboratuvar analizli.<br />"
              "<ul><li>Fentanil sitrat (CAS 990-73-8) — 1 g: 180 USD, 5 g: 750 USD</li>"
              "<li>K4rfent4nil %99 — 0,1 g: 120 USD</li></ul>"
              "Paket gümrükte takılırsa ücretsiz yeniden gönderiyoruz, takip numarasıyla kanıt yeterli.<br />"
              "Gönderiler Almanya'daki adresimizden çıkıyor, Türkiye'ye AB içi bir paket gibi gelir.", None),
         (21, "Geçen ay aldım, paket çok gizliydi, helal olsun.", None),
         (27, "Fentanil ile oynamayın arkadaşlar, test stribi kullanın. "
              "<a href='/tr/showthread.php?tid=201'>Rehber burada</a>.", None)],
        [(21, "Sorum var:", "Paket gümrükte takılırsa ücretsiz yeniden gönderiyoruz, takip numarasıyla kanıt yeterli. "
                            "Fentanil sitrat — 1 g: 180 USD"),
         (12, "Evet, geçerli. Ayrıca stok yenilendi: ksilazin HCl 25 g — 90 USD (CAS 23076-35-9).", None)],
    ], [([fentanyl, carfent], [FENT_CITRATE], ["reship", "forwarding", "stealth"]),
        ([xylazine], [XYL_HCL], ["stealth"])]),
    102: (4, "[SATIŞ] Nitazen serisi: izoton1tazen, protonitazen, etonitazepin", [
        [(15, "Nitazen serisi stokta:<br />izoton1tazen 1 g — 140 USD<br />protonitazen 1 g — 150 USD<br />"
              "N-pirolidino etonitazen (etonitazepyne) 1 g — 160 USD<br />"
              "Gümrük beyannamesinde içerik olarak 'bitki besini' yazıyor.", None),
         (27, "Bazı satıcılar gümrükten kesin geçer diyor ama yakalananlar çok, dikkat edin.", None)],
    ], [([isotonit, protonit, etonitpyne], [], ["mislabel"])]),
    103: (4, "[ALIM] 4-ANPP arıyorum, 500 g", [
        [(21, "4-ANPP arıyorum, 500 g. Güvenilir satıcı PM atsın. Paket gizli olmalı.", None),
         (15, "PM attım.", None)],
    ], [([], [], [])]),
    104: (4, "[SATIŞ] Öncüller: NPP, 4-AP, 1-Boc-4-piperidon", [
        [(12, "Toptan öncül kimyasallar:<br /><table class='tborder'><tr><td>NPP (1-fenetil-4-piperidon)</td>"
              "<td>CAS 39742 60 4</td><td>1 kg 900 USD</td></tr><tr><td>4-AP</td><td>CAS 23056-29-3</td><td>1 kg 1100 USD</td></tr>"
              "<tr><td>1-Boc-4-piperidon</td><td>CAS 79099-07-3</td><td>1 kg 700 USD</td></tr></table>"
              "Ürünler Bulgaristan'daki aracı depomuzdan yola çıkar, oradan yeniden etiketlenip size ulaşır.", None)],
    ], [([npp, ap4, bocpip], ["39742-60-4", "23056-29-3", "79099-07-3"], ["forwarding", "stealth"])]),
    105: (4, "UYARI: 'ChinaWhiteTR' dolandırıcı", [
        [(33, "'ChinaWhiteTR' adlı kullanıcı '%100 gümrük garantisi, yakalanırsa yeniden gönderim' diyordu. "
              "Üç kişiden para alıp kayboldu. Hesap yasaklandı.", None),
         (21, "Aynı kişi bana da 'fentanil' satmaya çalıştı.", None)],
    ], [([], [], [])]),
    201: (7, "Fentanil test stribi nasıl kullanılır?", [
        [(33, "Test stribi; fentanil, karfentanil ve asetilfentanil gibi analogları yakalar, nitazenleri yakalamaz. "
              "Numuneyi 1 mg / 1 ml suyla çözün, stribi 15 saniye batırın.", None),
         (12, "Müşterilerimize de her siparişle bir strip koyuyoruz.", None)],
    ], [([], [], ["stealth"])]),
    202: (7, "Nitazen uyarısı: 'M30' diye satılan sahte haplar", [
        [(33, "Laboratuvar analizlerinde sahte M30 haplarda izotonitazen ve metonitazen bulundu. Nalokson birden fazla doz gerekebilir.", None)],
    ], [([], [], [])]),
    203: (7, "Nalokson nereden bulunur?", [
        [(27, "İstanbul'da eczanede nalokson bulmak mümkün mü?", None),
         (33, "Reçeteyle bazı hastane eczanelerinde var. Derneklerin dağıtım noktalarına da bakın.", None)],
    ], [([], [], [])]),
}
TR_FORUMS = {4: ("Pazar — Satıcı Bölümü", [101, 102, 103, 104, 105]), 7: ("Zarar Azaltma", [201, 202, 203])}

# ----------------------------------------------------------------- Spanish phpBB2
ES_USERS = {
    7: ("QuimicoSur", "Vendedor verificado", "QuimicoSur · envío discreto, sin remitente y con doble bolsa opaca · PGP en el perfil",
        ["stealth"]),
    9: ("ParchesBCN", "Miembro", "", []),
    14: ("lobo_estepario", "Miembro", "Reducir daños es cosa de todos.", []),
    18: ("Marta_RdR", "Moderadora", "Energy Control · analiza tu sustancia", []),
}


def es_head(title):
    return ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"><html dir='ltr'><head>"
            "<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>"
            "<meta http-equiv='Content-Style-Type' content='text/css'><title>Foro Química Libre :: %s</title>"
            "<link rel='stylesheet' href='/es/templates/subSilver/subSilver.css' type='text/css'></head>"
            "<body bgcolor='#E5E5E5' text='#000000' link='#006699' vlink='#5493B4'>"
            "<a name='top'></a><table width='100%%' cellspacing='0' cellpadding='10' border='0' align='center'><tr>"
            "<td class='bodyline'><table width='100%%' cellspacing='0' cellpadding='0' border='0'><tr>"
            "<td><a href='/es/index.php'><img src='/es/templates/subSilver/images/logo_phpBB.gif' border='0' alt='Índice'></a></td>"
            "<td align='center' width='100%%' valign='middle'><span class='maintitle'>Foro Química Libre</span><br>"
            "<span class='gen'>Química, reducción de riesgos y mercadillo<br>&nbsp; </span>"
            "<a href='/es/faq.php' class='mainmenu'>FAQ</a>&nbsp; <a href='/es/search.php' class='mainmenu'>Buscar</a>&nbsp; "
            "<a href='/es/memberlist.php' class='mainmenu'>Miembros</a>&nbsp; <a href='/es/login.php' class='mainmenu'>Identificarse</a>"
            "</td></tr></table><br>") % esc(title)


ES_FOOT = ("<div align='center'><span class='copyright'><br>Powered by <a href='http://www.phpbb.com/' class='copyright'>phpBB</a> "
           "&copy; 2001, 2005 phpBB Group<br>Traducción por: <a href='/es/index.php'>Huan Manwë</a></span></div>"
           "</td></tr></table></body></html>")

ES_TOPICS = {
    301: (3, "[VENDO] Xilacina HCl, ANPP, NPP – envíos a toda Europa", [
        [(7, "Buenas, os dejo la lista actualizada:<br>- Xilacina HCl (CAS 23076-35-9) 25 g ..... 95 EUR<br>"
             "- ANPP, CAS 21409-26-7, 100 g ..... 480 EUR<br>- NPP, CAS 39742-60-4, 100 g ..... 260 EUR<br><br>"
             "Si Aduanas os retiene el paquete, os lo vuelvo a mandar sin coste, solo pido foto del aviso.<br>"
             "Todo sale de un almacén en Países Bajos, así que dentro de la UE no pasa por ninguna aduana.<br>"
             "En el albarán va como «muestras de fertilizante para laboratorio».", None),
         (14, "Recibido en Valencia, muy discreto todo. Gracias.", None)],
        [(9, "Una pregunta:", "Si Aduanas os retiene el paquete, os lo vuelvo a mandar sin coste"),
         (7, "Sí, sigue en pie. Novedad: carfentanilo 0,1 g 150 EUR e isotonitaceno 1 g 130 EUR.", None)],
    ], [([xylazine, anpp, npp], [XYL_HCL, "21409-26-7", "39742-60-4"], ["reship", "forwarding", "mislabel", "stealth"]),
        ([carfent, isotonit], [], ["stealth"])]),
    302: (3, "[VENDO] Parches de fentanilo «Durogesic» 100 µg", [
        [(9, "Me sobran 4 parches de fentanilo de 100 µg/h de mi padre. 60 EUR. No hago envíos, solo en mano en Barcelona.", None),
         (18, "Por favor, no vendáis fentanilo aquí. Llevad los parches a la farmacia (punto SIGRE).", None)],
    ], [([fentanyl], [], [])]),
    303: (3, "[VENDO] Nitacenos de investigación: N-desetil protonitaceno, m3tonitaceno", [
        [(7, "Nuevos productos de investigación, no aptos para consumo:<br>- N-desetil protonitaceno 500 mg ..... 120 EUR<br>"
             "- m3tonitaceno 500 mg ..... 110 EUR<br>- orto-fluorovalerilfentanilo (N-(2-fluorofenil)-N-[1-(2-feniletil)"
             "piperidin-4-il]pentanamida) 1 g ..... 200 EUR", None)],
    ], [([nn_desproto, metonit, nf_ofvf], [], ["stealth"])]),
    304: (3, "[BUSCO] 1-Boc-4-piperidona (CAS 79099-07-3)", [
        [(14, "Busco 1-Boc-4-piperidona, CAS 79099-07-3, 250 g, para un proyecto de la facultad. "
              "Que el envío sea discreto, por favor.", None)],
    ], [([], ["79099-07-3"], [])]),
    401: (5, "Tiras reactivas de fentanilo: experiencias", [
        [(18, "Las tiras detectan fentanilo y muchos análogos, pero no los nitacenos como el isotonitaceno.", None),
         (14, "Según la nota de la Policía Nacional, el vendedor detenido prometía «reenvío gratuito si se incauta» y "
              "declaraba los paquetes como juguetes.", None)],
    ], [([], [], [])]),
    402: (5, "Xilacina en la heroína: heridas y qué hacer", [
        [(18, "La xilacina («tranq») no responde a la naloxona. Si ves heridas que no curan, acude a un centro.", None)],
    ], [([], [], [])]),
    501: (2, "Síntesis de ácido acetilsalicílico en el laboratorio escolar", [
        [(14, "Práctica clásica: ácido salicílico (CAS 69-72-7) + anhídrido acético, catalizador ácido fosfórico.", None)],
    ], [([], [], [])]),
}
ES_FORUMS = {3: ("Mercadillo (compraventa)", [301, 302, 303, 304]), 5: ("Reducción de riesgos", [401, 402]),
             2: ("Química general", [501])}
SALE_TAGS = ("[SATIŞ]", "[VENDO]")
TITLE_SUBS = {303: [nn_desproto, metonit]}   # the title of 303 does not name its third product


def build():
    s = Site(SITE, "forum")
    s.robots = ("User-agent: *\nDisallow: /tr/private.php\nDisallow: /tr/usercp.php\nDisallow: /tr/newreply.php\n"
                "Disallow: /tr/search.php\nDisallow: /tr/member.php?action=login\nDisallow: /es/posting.php\n"
                "Disallow: /es/privmsg.php\nDisallow: /es/login.php\nDisallow: /es/search.php\n")
    s.disallow = ["/tr/private.php", "/tr/usercp.php", "/tr/newreply.php", "/tr/search.php", "/tr/member.php?action=login",
                  "/es/posting.php", "/es/privmsg.php", "/es/login.php", "/es/search.php"]
    s.rate_limit = 12
    s.trap_prefix = "/tr/calendar/"
    s.flaky.add("/es/viewtopic.php")     # marketsim matches flaky paths without the query: the first topic fetch fails once
    s.flaky.add("/tr/member.php")
    s.junk_params = ["utm_source", "utm_medium", "sid", "highlight", "s", "sort", "order"]
    trtype = "text/html; charset=windows-1254"

    s.add(plain("/", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Boards</title></head><body>"
                "<h1>Topluluk / Comunidad</h1><ul><li><a href='/tr/index.php'>Kimya Sohbet (Türkçe)</a></li>"
                "<li><a href='/es/index.php'>Foro Química Libre (español)</a></li></ul>"
                "<p>Öne çıkan: <a href='/tr/thread-104.html'>Öncüller</a> · Destacado: <a href='/es/topic303.html'>Nitacenos</a></p>"
                "</body></html>"))
    s.redirects["/tr/thread-104.html"] = "/tr/showthread.php?tid=104"
    s.redirects["/tr/thread-201.html"] = "/tr/showthread.php?tid=201"
    s.redirects["/es/topic303.html"] = "/es/viewtopic.php?t=303"
    s.redirects["/es/topic401.html"] = "/es/viewtopic.php?t=401"

    # ---------------- TR
    s.add(plain("/tr/index.php", tr_head("Kimya Sohbet") +
                "<table class='tborder'><thead><tr><td class='thead' colspan='3'><strong>Kimya Sohbet</strong></td></tr></thead>"
                + "".join("<tr><td class='trow1'><strong><a href='/tr/forumdisplay.php?fid=%d'>%s</a></strong></td>"
                          "<td class='trow2'>%d konu</td></tr>" % (fid, esc(n), len(t)) for fid, (n, t) in TR_FORUMS.items())
                + "</table><p><a href='/tr/thread-201.html'>Test stribi rehberi</a></p>" + TR_FOOT, ctype=trtype, charset=TR_CS))
    s.add(plain("/tr/announcements.php?aid=1", tr_head("Forum kuralları") +
                "<div class='post_body'>Pazar bölümünde her satıcı kendi sorumluluğundadır. Gümrük ve 'reship' vaatlerine "
                "güvenmeyin; forum yönetimi hiçbir satıcıya kefil değildir.</div>" + TR_FOOT, ctype=trtype, charset=TR_CS))
    for fid, (fname, tids) in TR_FORUMS.items():
        chunks = [tids[i:i + 4] for i in range(0, len(tids), 4)]
        for pi, chunk in enumerate(chunks, 1):
            t = T()
            rows = ""
            for tid in chunk:
                title = TR_THREADS[tid][1]
                if fid == 4 and title.startswith(SALE_TAGS):
                    for sub in TITLE_SUBS.get(tid, TR_THREADS[tid][3][0][0]):
                        t.offer(sub)   # the [SATIŞ] title names what the opening post offers
                npages = len(TR_THREADS[tid][2])
                rows += ("<tr class='inline_row'><td class='trow1 forumdisplay_regular'><span class='subject_new'>"
                         "<a href='/tr/showthread.php?tid=%d'>%s</a></span>%s<div class='author smalltext'>"
                         "<a href='/tr/member.php?action=profile&amp;uid=%d'>%s</a></div></td><td class='trow2'>%d</td></tr>"
                         % (tid, esc(title), (" <span class='smalltext'>(Sayfa: <a href='/tr/showthread.php?tid=%d&amp;page=2'>2</a>)</span>"
                                              % tid) if npages > 1 else "", TR_THREADS[tid][2][0][0][0],
                            esc(TR_USERS[TR_THREADS[tid][2][0][0][0]][0]), sum(len(p) for p in TR_THREADS[tid][2]) - 1))
            pager = "".join(" <a href='/tr/forumdisplay.php?fid=%d%s' class='pagination_page'>%d</a>" % (
                fid, ("&amp;page=%d" % k) if k > 1 else "", k) for k in range(1, len(chunks) + 1)) if len(chunks) > 1 else ""
            path = "/tr/forumdisplay.php?fid=%d" % fid + ("&page=%d" % pi if pi > 1 else "")
            body = (tr_head(fname) + "<div class='navigation'><a href='/tr/index.php'>Kimya Sohbet</a> › %s</div>"
                    "<div class='float_right'><a href='/tr/newthread.php?fid=%d' class='button new_thread_button'>Yeni konu</a></div>"
                    "<table class='tborder clear'>%s</table><div class='pagination'>%s</div>"
                    "<a href='/tr/forumdisplay.php?fid=%d&amp;sort=lastpost&amp;order=desc'>Son mesaja göre</a>" % (
                        esc(fname), fid, rows, pager, fid) + TR_FOOT)
            s.add(t.page(path, body, fid == 4, ctype=trtype, charset=TR_CS))
    for tid, (fid, title, pages, truth) in TR_THREADS.items():
        for pi, posts in enumerate(pages, 1):
            hits, cas, claims = truth[pi - 1]
            t = T()
            for sub in hits:
                t.offer(sub)
            for c in cas:
                t.add_cas(c)
            t.claim(*claims)
            html_posts = ""
            for n, (uid, text, quote) in enumerate(posts):
                u = TR_USERS[uid]
                q = ("<blockquote class='mycode_quote'><cite>%s yazdı:</cite>%s</blockquote>" % (
                    esc(TR_USERS[12 if tid == 101 else 15][0]), esc(quote))) if quote else ""
                sig = "<div class='signature scaleimages'>%s</div>" % esc(u[2]) if u[2] else ""
                pid = tid * 100 + pi * 10 + n
                html_posts += ("<div class='post' id='post_%d'><div class='post_author'><div class='author_information'>"
                               "<strong><span class='largetext'><a href='/tr/member.php?action=profile&amp;uid=%d'>%s</a></span></strong>"
                               "<br /><span class='smalltext'>%s</span></div></div><div class='post_content'>"
                               "<div class='post_head'><span class='post_date'>%d.11.2026, 2%d:1%d</span></div>"
                               "<div class='post_body scaleimages' id='pid_%d'>%s%s</div>%s</div>"
                               "<div class='post_controls'><a href='/tr/newreply.php?tid=%d&amp;replyto=%d'>Alıntı</a> "
                               "<a href='/tr/report.php?type=post&amp;pid=%d'>Bildir</a></div></div>"
                               % (pid, uid, esc(u[0]), esc(u[1]), 10 + n, n, pi, pid, q, text, sig, tid, pid, pid))
            pager = "".join(" <a href='/tr/showthread.php?tid=%d%s'>%d</a>" % (tid, ("&amp;page=%d" % k) if k > 1 else "", k)
                            for k in range(1, len(pages) + 1)) if len(pages) > 1 else ""
            # page keys are stored the way marketsim normalises a query: parameters sorted by name
            path = ("/tr/showthread.php?page=%d&tid=%d" % (pi, tid)) if pi > 1 else "/tr/showthread.php?tid=%d" % tid
            fname = TR_FORUMS[fid][0]
            body = (tr_head(title) + "<div class='navigation'><a href='/tr/index.php'>Kimya Sohbet</a> › "
                    "<a href='/tr/forumdisplay.php?fid=%d'>%s</a> › %s</div><table class='tborder tfixed clear'>"
                    "<tr><td class='thead'><h1>%s</h1></td></tr></table><div id='posts'>%s</div><div class='pagination'>%s</div>"
                    "<a href='/tr/showthread.php?tid=%d&amp;highlight=fentanil'>vurgula</a>" % (
                        fid, esc(fname), esc(title), esc(title), html_posts, pager, tid) + TR_FOOT)
            s.add(t.page(path, body, fid == 4, ctype=trtype, charset=TR_CS))

    for uid in (12, 15):
        u = TR_USERS[uid]
        t = T().claim(*u[3])
        s.add(t.page("/tr/member.php?action=profile&uid=%d" % uid, tr_head("Profil: " + u[0]) +
                     "<table class='tborder'><tr><td class='thead'><strong>%s</strong> <span class='smalltext'>(%s)</span></td></tr>"
                     "<tr><td class='trow1'>Kayıt tarihi: 03.2024<br />Mesajlar: %d</td></tr>"
                     "<tr><td class='trow2'><strong>İmza</strong><br />%s</td></tr></table>" % (
                         esc(u[0]), esc(u[1]), uid * 7, esc(u[2])) + TR_FOOT, False, ctype=trtype, charset=TR_CS))

    # ---------------- ES
    s.add(plain("/es/index.php", es_head("Índice") +
                "<table width='100%' cellpadding='2' cellspacing='1' border='0' class='forumline'>"
                "<tr><th colspan='2' class='thCornerL'>&nbsp;Foros&nbsp;</th><th class='thTop'>&nbsp;Temas&nbsp;</th></tr>"
                + "".join("<tr><td class='row1' width='100%%'><span class='forumlink'><a href='/es/viewforum.php?f=%d' "
                          "class='forumlink'>%s</a></span></td><td class='row2'></td><td class='row2' align='center'>"
                          "<span class='gensmall'>%d</span></td></tr>" % (f, esc(n), len(t)) for f, (n, t) in ES_FORUMS.items())
                + "</table><p><a href='/es/topic401.html'>Tiras reactivas</a></p>" + ES_FOOT,
                ctype="text/html; charset=iso-8859-1", charset=ES_CS))
    for f, (fname, tids) in ES_FORUMS.items():
        t = T()
        rows = ""
        for tid in tids:
            title = ES_TOPICS[tid][1]
            if title.startswith(SALE_TAGS):
                for sub in TITLE_SUBS.get(tid, ES_TOPICS[tid][3][0][0]):
                    t.offer(sub)   # only what the title names
            # the [BUSCO] title shows a CAS number: a buying request, product context
            if "CAS 79099-07-3" in title:
                t.add_cas("79099-07-3")
                CAS_WITHOUT_OFFER.add((SITE, "/es/viewforum.php?f=%d" % f))
            npages = len(ES_TOPICS[tid][2])
            rows += ("<tr><td class='row1' width='100%%'><span class='topictitle'><a href='/es/viewtopic.php?t=%d' class='topictitle'>"
                     "%s</a></span>%s</td><td class='row2' align='center'><span class='name'>"
                     "<a href='/es/profile.php?mode=viewprofile&amp;u=%d'>%s</a></span></td></tr>" % (
                         tid, esc(title), ("<span class='gensmall'> [ Ir a página: <a href='/es/viewtopic.php?t=%d&amp;start=15'>2</a> ]</span>"
                                           % tid) if npages > 1 else "", ES_TOPICS[tid][2][0][0][0],
                         esc(ES_USERS[ES_TOPICS[tid][2][0][0][0]][0])))
        body = (es_head(fname) + "<table width='100%%' cellspacing='2' cellpadding='2' border='0' align='center'><tr>"
                "<td class='nav'><a href='/es/index.php' class='nav'>Foro Química Libre</a> -&gt; %s</td>"
                "<td><a href='/es/posting.php?mode=newtopic&amp;f=%d'>Nuevo tema</a></td></tr></table>"
                "<table border='0' cellpadding='4' cellspacing='1' width='100%%' class='forumline'>%s</table>"
                % (esc(fname), f, rows) + ES_FOOT)
        s.add(t.page("/es/viewforum.php?f=%d" % f, body, f == 3, ctype="text/html; charset=iso-8859-1", charset=ES_CS))
    for tid, (f, title, pages, truth) in ES_TOPICS.items():
        for pi, posts in enumerate(pages, 1):
            hits, cas, claims = truth[pi - 1]
            t = T()
            for sub in hits:
                t.offer(sub)
            for c in cas:
                t.add_cas(c)
            t.claim(*claims)
            path = ("/es/viewtopic.php?start=15&t=%d" % tid) if pi > 1 else "/es/viewtopic.php?t=%d" % tid
            if cas and not hits:
                CAS_WITHOUT_OFFER.add((SITE, path))
            rows = ""
            for n, (uid, text, quote) in enumerate(posts):
                u = ES_USERS[uid]
                q = ("<table width='90%%' cellspacing='1' cellpadding='3' border='0' align='center'><tr><td><span class='genmed'>"
                     "<b>%s escribió:</b></span></td></tr><tr><td class='quote'>%s</td></tr></table>" % (
                         esc(ES_USERS[7][0]), esc(quote))) if quote else ""
                sig = "<br>_________________<br>%s" % esc(u[2]) if u[2] else ""
                rows += ("<tr><td width='150' align='left' valign='top' class='row1'><span class='name'><a name='%d'></a><b>%s</b></span>"
                         "<br><span class='postdetails'>%s</span></td><td class='row1' width='100%%' valign='top'>"
                         "<span class='postbody'>%s%s%s</span></td></tr><tr><td class='row1'><a href='/es/profile.php?mode=viewprofile&amp;u=%d'>Perfil</a> "
                         "<a href='/es/posting.php?mode=quote&amp;p=%d'>Citar</a></td></tr>" % (
                             tid * 100 + n, esc(u[0]), esc(u[1]), q, text, sig, uid, tid * 100 + n))
            pager = ("<span class='nav'>Ir a página <b>%s</b></span>" % (
                "1, <a href='/es/viewtopic.php?t=%d&amp;start=15'>2</a>" % tid if pi == 1 else
                "<a href='/es/viewtopic.php?t=%d'>1</a>, 2" % tid)) if len(pages) > 1 else ""
            fname = ES_FORUMS[f][0]
            body = (es_head(title) + "<table width='100%%' cellspacing='2' cellpadding='2' border='0'><tr><td class='nav'>"
                    "<a href='/es/index.php' class='nav'>Foro Química Libre</a> -&gt; <a href='/es/viewforum.php?f=%d' class='nav'>%s</a>"
                    "</td></tr></table><span class='maintitle'>%s</span><table class='forumline' width='100%%' cellspacing='1' "
                    "cellpadding='3' border='0'>%s</table>%s<p><a href='/es/viewtopic.php?t=%d&amp;highlight=xilacina&amp;sid=8f3a'>"
                    "resaltar</a></p>" % (f, esc(fname), esc(title), rows, pager, tid) + ES_FOOT)
            # topics declare their charset only in <meta>
            s.add(t.page(path, body, f == 3, ctype="text/html", charset=ES_CS))
    for uid in (7, 9):
        u = ES_USERS[uid]
        t = T().claim(*u[3])
        s.add(t.page("/es/profile.php?mode=viewprofile&u=%d" % uid, es_head("Perfil: " + u[0]) +
                     "<table class='forumline' width='100%%'><tr><th class='thHead'>Perfil de %s</th></tr>"
                     "<tr><td class='row1'><span class='gen'>Rango: %s<br>Firma: %s</span></td></tr></table>" % (
                         esc(u[0]), esc(u[1]), esc(u[2]) or "-") + ES_FOOT, False,
                     ctype="text/html; charset=iso-8859-1", charset=ES_CS))

    # ---------------- robots-forbidden: a private message with a price list
    s.add(T().offer(carfent).page("/tr/private.php?action=read&pmid=77", tr_head("Özel mesaj") +
                                  "<div class='post_body'>Karfentanil 1 g 900 USD, PM ile sipariş.</div>" + TR_FOOT, True,
                                  ctype=trtype, charset=TR_CS))
    s.add(plain("/tr/images/logo.png", tiny_png(44), ctype="image/png"))
    s.add(plain("/tr/cache/themes/theme1/global.css", "body{background:#fff}.post{margin:0}", ctype="text/css"))
    s.add(plain("/es/templates/subSilver/subSilver.css", "td.row1{background:#EFEFEF}", ctype="text/css"))
    return s
