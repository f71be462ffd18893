"""w14: a held-out test world of six simulated marketplaces (ports 20400..20405 by convention).

0 b2b-alisource     Alibaba.com-style B2B portal, English + Spanish (/es/): catalog lists ?page=N, product detail
                    with Key attributes, supplier minisites, RFQ buying requests, Trade Assurance, top/related searches.
1 sea-shopmall      Shopee-style marketplace, Vietnamese (/) + Indonesian (/id/): category/search grids, product
                    pages with variations, shop panel, reviews, "Sản phẩm tương tự"/"Produk serupa" rails, flash sale.
2 fb-mbasic         mbasic.facebook.com-style groups, English + Arabic (RTL): group feeds with "See More Posts"
                    (bacr cursor), permalinks with comments, a harm-reduction group.
3 dvach-board       2ch/makaba-style imageboard, Russian + English, windows-1251: board index pages, threads,
                    catalog, archive.
4 dnm-abyss         Archetyp/Abacus-style darknet market: browse grids, listing tabs as separate URLs, vendor
                    profiles with PGP, news, FAQ, rules; a fresh ?sess= token in every link of every response.
5 drugintel-portal  Hard negatives: EWS substance notifications, patent abstracts, certified reference materials
                    (licensed labs only), seizure news in Chinese (GBK, Big5).

See NOTES.md for the ground-truth conventions and every judgement call. Python 3 standard library only.
"""
from w14_b2b import b2b_site
from w14_shop import shop_site
from w14_fb import fb_site
from w14_dvach import dvach_site
from w14_dnm import dnm_site
from w14_neg import neg_site


def sites():
    return [b2b_site(), shop_site(), fb_site(), dvach_site(), dnm_site(), neg_site()]
