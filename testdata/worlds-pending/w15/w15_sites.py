"""w15: a held-out test world of six simulated sites (ports 20500..20505 by convention, in this order).

0 bay-market      eBay-style marketplace, English + German (some German pages windows-1252, meta only)
1 ershou-cn       Xianyu (GBK, simplified) / Ruten (Big5, traditional) / PTT-style BBS (utf-8)
2 smf-chemforum   Simple Machines Forum 2.1, Czech + English, windows-1250
3 photogram       Instagram-style profiles/posts/hashtags + link-in-bio pages, English + pt-BR
4 matrix-exports  Element HTML exports of Matrix rooms on a static file server, English + German
5 policy-desk     hard negatives: seizure news (EN, ZH), scheduling notices with CAS tables (EN, ZH),
                  a harm-reduction shop (test strips, naloxone)

Ground truth follows marketsim/dev_sites; all judgement calls are in NOTES.md.
Python 3 standard library only.
"""
from w15_ebay import bay_market
from w15_cn import ershou_cn
from w15_smf import smf_chemforum
from w15_insta import photogram
from w15_matrix import matrix_exports
from w15_neg import policy_desk


def sites():
    return [bay_market(), ershou_cn(), smf_chemforum(), photogram(), matrix_exports(), policy_desk()]
