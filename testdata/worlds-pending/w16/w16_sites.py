"""w16: a held-out test world of six simulated marketplaces (ports 20600..20605 by convention).

0 polka-market       Ozon/Wildberries-style Russian marketplace (UTF-8; three pages windows-1251, <meta> only)
1 soko-classifieds   Jiji/OLX/CoinAfrique-style classifieds: Nigeria, Kenya, Senegal/Côte d'Ivoire, Egypt (EN/FR)
2 forum-boards       Turkish MyBB board (windows-1254) + Spanish phpBB2 board (ISO-8859-1) on one origin
3 bharat-exporters   ExportersIndia/TradeFord-style B2B portal (EN + Hindi pages)
4 tor-vendor-shop    single-vendor Tor hidden-service store (EN)
5 neg-reference      hard negatives: licensed pharmacy, PubMed-style abstracts, course pages, French customs releases

Ground truth follows marketsim/dev_sites; every judgement call is listed in NOTES.md.
Python 3 standard library only.
"""
import w16_common  # noqa: F401  (substances register their classes in marketsim.CLASS_OF)
import w16_polka
import w16_soko
import w16_forum
import w16_b2b
import w16_onion
import w16_neg


def sites():
    w16_common.CAS_WITHOUT_OFFER.clear()
    return [w16_polka.build(), w16_soko.build(), w16_forum.build(), w16_b2b.build(), w16_onion.build(), w16_neg.build()]
