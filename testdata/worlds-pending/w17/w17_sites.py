"""w17: a held-out test world of six simulated sites (ports 20700..20705 by convention).

0 kleinmarkt      Kleinanzeigen-style German classifieds (UTF-8; ad pages every third one ISO-8859-1, <meta> only)
1 sheetlist       a vendor's Wix site (EN + /es/) and the Google-Sheets "pubhtml" price lists it links to
2 flarum-board    a Flarum forum's server-rendered <noscript> fallback, English + Russian
3 bio-links       Mexican vendor presence: link-in-bio pages, WhatsApp Business catalogues, Marketplace items (ES/EN)
4 abacus-market   Abacus/Bohemia-style darknet market: DDoS interstitial once, ?sid= session links, tabs, vendors
5 neg-knowledge   hard negatives: substance wiki, Erowid-style vault, reference-standard supplier, COFEPRIS, news

Ground truth follows marketsim/dev_sites; the conventions and judgement calls are in NOTES.md.
Python 3 standard library only.
"""
import w17_common  # noqa: F401  (substances register their classes in marketsim.CLASS_OF)
import w17_klein
import w17_sheets
import w17_forum
import w17_bio
import w17_market
import w17_neg


def sites():
    return [w17_klein.build(), w17_sheets.build(), w17_forum.build(), w17_bio.build(), w17_market.build(), w17_neg.build()]
