"""w18: a held-out test world of six simulated sites (ports 20900..20905 by convention).

0 amzn-like     Amazon-style marketplace, English + Spanish (Mexico): search results, product pages, storefronts
1 chemnet-dir   ChemNet/ChemicalBook-style CAS directory, English (UTF-8) + Chinese (GBK, header-declared)
2 vbulletin-ru  Russian vBulletin 3 forum in windows-1251: vendor/buyer threads, harm reduction, archive
3 tg-web        Telegram t.me/s/ channel previews: three vendor channels (RU, ZH/EN, EN) and a news channel
4 onion-shop    single-vendor onion shop on a simple PHP cart: grid, XMR/BTC tiers, policy, news, canary
5 neg-health    hard negatives: overdose dashboard, poison control, press releases, lectures, naloxone pharmacy

Ground truth follows marketsim/dev_sites; conventions and judgement calls are in NOTES.md.
Python 3 standard library only.
"""
import w18_common  # noqa: F401  (substances register their classes in marketsim.CLASS_OF)
import w18_amzn
import w18_chemnet
import w18_forum
import w18_tg
import w18_onion
import w18_neg


def sites():
    return [w18_amzn.build(), w18_chemnet.build(), w18_forum.build(), w18_tg.build(), w18_onion.build(), w18_neg.build()]
