"""Site 1: Shopee-style Southeast-Asian marketplace, Vietnamese (/) and Indonesian (/id/)."""
import json
from urllib.parse import quote
from w14_common import *  # noqa: F401,F403

SHOPS = {
    101: dict(lang="vi", name="Hóa Chất Minh Phát", user="hoachatminhphat", loc="Quận Bình Tân, TP. Hồ Chí Minh",
              rating="4.8", follow="12,4k", about="Chuyên hóa chất tinh khiết, nguyên liệu phòng thí nghiệm. Xuất hóa đơn VAT.",
              policy=[]),
    102: dict(lang="vi", name="Thú Y Nông Phát", user="thuynongphat", loc="Long An", rating="4.9", follow="3,1k",
              about="Thuốc thú y chính hãng cho trang trại, bán theo toa của bác sĩ thú y.", policy=[]),
    103: dict(lang="vi", name="Nhà Thuốc Giảm Hại Sài Gòn", user="giamhai.sg", loc="Quận 3, TP. Hồ Chí Minh",
              rating="5.0", follow="980", about="Dụng cụ giảm tác hại: que thử, naloxone, tư vấn miễn phí.", policy=[]),
    104: dict(lang="vi", name="kho_hang_xach_tay_88", user="khohang88", loc="Nước ngoài", rating="4.6", follow="2,2k",
              about="Hàng xách tay, nguyên liệu nghiên cứu. Nhắn tin Zalo trước khi đặt.",
              policy=[("stealth", "Ship toàn quốc, gói hàng kín, bên ngoài chỉ thấy hộp quà tặng."),
                      ("reship", "Đơn nào bị giữ lại dọc đường thì shop gửi bù đơn khác cho khách.")]),
    201: dict(lang="id", name="Toko Kimia Sentosa", user="kimiasentosa", loc="Kota Surabaya", rating="4.7",
              follow="8,9RB", about="Supplier bahan kimia laboratorium & industri sejak 2012.", policy=[]),
    202: dict(lang="id", name="griya_riset_chem", user="griyariset", loc="Luar Negeri", rating="4.5", follow="1,4RB",
              about="Bahan riset impor. Chat dulu sebelum order ya kak.",
              policy=[("forwarding", "Semua order diteruskan dari gudang transit kami di Johor Bahru, jadi cepat sampai."),
                      ("customs", "Urusan bea cukai kami yang tangani, kakak tinggal terima barang.")]),
    203: dict(lang="id", name="Apotek Harapan Sehat", user="apotekharapan", loc="Jakarta Selatan", rating="4.9",
              follow="21RB", about="Apotek resmi. Obat keras hanya dengan resep.", policy=[]),
}

O = Offer
VI = [
    O(npp, "Bột NPP 1-Phenethyl-4-piperidone 99% nguyên liệu tổng hợp", shop=101, price=(350000, 2900000),
      var=["100g", "500g", "1kg"], sold="126", desc="NPP (N-phenethyl-4-piperidone), CAS 39742-60-4, dạng bột màu vàng nhạt.",
      claims=[("customs", "Hàng nhập khẩu, shop lo trọn gói thủ tục thông quan, khách nhận tại nhà.")],
      reviews=[("t***n", 5, "Shop giao nhanh, đóng gói rất kín đáo, sẽ ủng hộ tiếp."), ("h***8", 4, "Hàng đúng mô tả.")]),
    O(xylazine, "Xylazine 2% thuốc thú y lọ 50ml an thần cho trâu bò, chó mèo", shown=None, shop=102,
      price=(95000, 95000), var=["Lọ 50ml"], sold="412", desc="Thành phần: Xylazine (dạng hydrochloride) 20mg/ml. "
      "Chỉ dùng trong thú y.", claims=[], reviews=[("n***g", 5, "Thuốc tốt, bò nằm yên cho thú y xử lý.")]),
    O(NONE, "Que thử fentanyl (Fentanyl test strip) hộp 10 que - phát hiện fentanyl trong mẫu", shown=None, shop=103,
      price=(120000, 120000), var=["Hộp 10 que", "Hộp 25 que"], sold="2,1k",
      desc="Que thử nhanh phát hiện fentanyl và các chất tương tự. Sản phẩm giảm tác hại, không chứa chất cấm.",
      claims=[], reviews=[("b***a", 5, "Gói hàng kín đáo, giao 2 ngày. Que dễ dùng.")]),
    O(caffeine, "Caffeine khan (Caffeine anhydrous) túi 1kg - CAS 58-08-2", shop=101, price=(420000, 420000),
      var=["1kg"], sold="58", desc="Bột caffeine tinh khiết 99%, dùng cho thực phẩm/đồ uống.", claims=[],
      reviews=[]),
    O(fent_citrate, "Ｆｅｎｔａｎｙｌ citrate 99% hàng xách tay (mẫu 1g)", shown="990-73-8", shop=104,
      price=(4500000, 12000000), var=["1g", "5g"], sold="9",
      desc="Fentanyl citrate 990-73-8 tinh khiết. Nhắn Zalo để báo giá sỉ.",
      claims=[("stealth", "Hàng được giấu trong hộp bánh quy, người ngoài không biết bên trong là gì."),
              ("reship", "Nếu đơn bị thu giữ, shop gửi lại đơn mới, không tính thêm tiền.")],
      reviews=[("k***z", 5, "Shop uy tín, hàng giao kín.")]),
    O(lidocaine, "Bột tê Lidocaine nguyên chất 137-58-6 (100g)", shop=101, price=(250000, 250000), var=["100g"],
      sold="73", desc="Lidocaine base 99%.", claims=[], reviews=[]),
    O(bocpip, "N-Boc-4-piperidone (1-boc-4-piperidone) lọ 100g", shown="79099 07 3", shop=101, price=(680000, 5200000),
      var=["100g", "1kg"], sold="14", desc="Mã CAS: 79099 07 3. Độ tinh khiết ≥ 98%.",
      claims=[("forwarding", "Hàng đi từ kho trung chuyển của shop ở Phnom Penh về Việt Nam."),
              ("mislabel", "Trên tờ khai ghi là phụ gia thực phẩm để đi nhanh.")],
      reviews=[("q***n", 5, "Hàng về đủ, shop trả lời tin nhắn nhanh.")]),
    O(isotonit, "Ιsοtοnitαzene bột trắng 1g (hàng nghiên cứu)", shown=None, shop=104, price=(3800000, 3800000),
      var=["1g"], sold="6", desc="Chất nghiên cứu, không dùng cho người.",
      claims=[("customs", "Cam kết hàng qua hải quan 100%, nếu kẹt shop tự xử lý với hải quan.")], reviews=[]),
    O(NONE, "Kit test nhanh Xylazine (xylazine test strip) - 5 que", shown=None, shop=103, price=(150000, 150000),
      var=["5 que"], sold="640", desc="Que thử phát hiện xylazine trong mẫu. Sản phẩm giảm tác hại.", claims=[],
      reviews=[("m***y", 5, "Đóng gói kín, ship nhanh, cảm ơn shop.")]),
    O(naloxone, "Naloxone xịt mũi 4mg (giải độc opioid) - CAS 465-65-6", shop=103, price=(890000, 890000),
      var=["1 bình"], sold="210", desc="Thuốc bán theo đơn. Dùng khi quá liều opioid.", claims=[], reviews=[]),
    O(nov_pmcpf, "para-Methylcyclopropylfentanyl (p-Me-CPrF) mẫu nghiên cứu 500mg", shown=None, shop=104,
      price=(5200000, 5200000), var=["500mg"], sold="3", desc="Chất mới, chưa có tên trong danh mục.",
      claims=[("stealth", "Hút chân không 3 lớp, khử mùi, nhét trong đồ chơi trẻ em.")], reviews=[]),
    O(mannitol, "Bột Mannitol tá dược 69-65-8 (500g)", shop=101, price=(180000, 180000), var=["500g"], sold="31",
      desc="D-Mannitol dùng làm tá dược.", claims=[], reviews=[]),
]
ID = [
    O(xyl_hcl, "Xylazine HCl serbuk 23076-35-9 obat bius hewan 100gr", shop=201, price=(950000, 950000),
      var=["100gr", "250gr"], sold="27", desc="Xylazine hydrochloride murni untuk riset kedokteran hewan.",
      claims=[("customs", "Dijamin lolos bea cukai, kalau tertahan kami yang urus sampai beres.")],
      reviews=[("d***i", 5, "Barang sampai aman, packing rapi dan rahasia, mantap.")]),
    O(metonit, "M3t0n1t4z3n3 99% bubuk murni 1gr", shown=None, shop=202, price=(4100000, 4100000), var=["1gr"],
      sold="4", desc="Metonitazene kualitas lab. Stok terbatas.",
      claims=[("reship", "Paket disita di jalan? Kami kirim ulang tanpa biaya tambahan."),
              ("mislabel", "Di resi kami tulis 'pupuk tanaman' supaya aman.")], reviews=[]),
    O(NONE, "Tes strip fentanil isi 25 strip - deteksi fentanyl", shown=None, shop=203, price=(210000, 210000),
      var=["25 strip"], sold="530", desc="Alat uji cepat untuk mendeteksi fentanil. Produk pengurangan dampak buruk.",
      claims=[], reviews=[("r***o", 5, "Pengiriman cepat, dibungkus rapat. Terima kasih apotek.")]),
    O(ethyleneoxy, "Ethyleneoxynitazene 500mg bahan riset", shown=None, shop=202, price=(3900000, 3900000),
      var=["500mg"], sold="2", desc="Untuk penelitian saja.",
      claims=[("forwarding", "Dikirim dari gudang kami di Johor lalu diteruskan kurir lokal.")], reviews=[]),
    O(caffeine, "Kafein anhidrat food grade 1kg (CAS 58 08 2)", shown="58 08 2", shop=201, price=(310000, 310000),
      var=["1kg"], sold="96", desc="Caffeine anhydrous 99%.", claims=[], reviews=[]),
    O(acetylf, "Asetilfentanil (acetyl fentanyl) 1gr", shown=None, shop=202, price=(2800000, 2800000), var=["1gr", "5gr"],
      sold="5", desc="Stok ready. Fast respon via chat.",
      claims=[("stealth", "Dikemas tersamar dalam kotak kosmetik, tidak ada tulisan nama barang di luar.")],
      reviews=[("a***s", 4, "Sampai dengan aman.")]),
    O(benzocaine, "Benzokain serbuk 94-09-7 (250gr)", shop=201, price=(230000, 230000), var=["250gr"], sold="44",
      desc="Benzocaine 99% farmasi.", claims=[], reviews=[]),
    O(anpp, "4-ANPP 98% (C19H24N2) 10gr", shown="21409-26-7", shop=201, price=(1900000, 1900000), var=["10gr"],
      sold="3", desc="CAS 21409-26-7, 4-anilino-N-phenethylpiperidine.", claims=[], reviews=[]),
    O(phenacetin, "Fenasetin (phenacetin) 62-44-2 serbuk 500gr", shop=201, price=(275000, 275000), var=["500gr"],
      sold="19", desc="Phenacetin untuk laboratorium.", claims=[], reviews=[]),
    O(ketamine, "Ketamin HCl 10% injeksi untuk hewan 10ml", shown=None, shop=203, price=(185000, 185000),
      var=["10ml"], sold="61", desc="Anestesi hewan. Hanya untuk dokter hewan, wajib resep.", claims=[], reviews=[]),
]


def fmt_price(v, lang):
    return ("₫%s" % format(v, ",").replace(",", ".")) if lang == "vi" else ("Rp%s" % format(v, ",").replace(",", "."))


def shop_site():
    s = Site("sea-shopmall", "consumer-marketplace")
    s.robots = ("User-agent: *\nDisallow: /cart\nDisallow: /checkout\nDisallow: /api/\nDisallow: /buyer/\n"
                "Disallow: /user/\nDisallow: /*?__classic__\n")
    s.disallow = ["/cart", "/checkout", "/api/", "/buyer/", "/user/"]
    s.trap_prefix = "/flash_sale/schedule/"
    s.rate_limit = 20
    s.junk_params = s.junk_params + ["sortBy", "sp_atk", "xptdk", "is_from_login", "utm_campaign", "spm", "from"]
    for i, o in enumerate(VI):
        o.lang, o.itemid = "vi", 22014550000 + i * 313
    for i, o in enumerate(ID):
        o.lang, o.itemid = "id", 19087720000 + i * 271
    for o in VI + ID:
        pre = "/id" if o.lang == "id" else ""
        o.url = "%s/%s-i.%d.%d" % (pre, slug(o.name), o.shop, o.itemid)
        s.redirects["%s/product/%d/%d" % (pre, o.shop, o.itemid)] = o.url
    T = {"vi": dict(search="Tìm sản phẩm, thương hiệu, và tên shop", cart="Giỏ hàng", login="Đăng nhập",
                    similar="Sản phẩm tương tự", shopmore="Các sản phẩm khác của Shop", detail="Chi tiết sản phẩm",
                    desc="Mô tả sản phẩm", rating="Đánh giá sản phẩm", buy="Mua ngay", add="Thêm vào giỏ hàng",
                    view="Xem Shop", chat="Chat ngay", cat="Danh mục", stock="Kho", ship="Gửi từ", flash="FLASH SALE",
                    sold="Đã bán", var="Phân loại", more="Xem thêm", cookie="Shopmall sử dụng cookie để cải thiện trải nghiệm.",
                    home="/", catname="Hóa chất & Thiết bị thí nghiệm", catpath="/Hoa-chat-Thiet-bi-thi-nghiem-cat.11036450",
                    help="/help/article/chinh-sach-hang-cam-va-han-che", helpt="Chính sách hàng cấm",
                    footer="Công ty TNHH Shopmall - Tầng 4-5-6, Tòa nhà Capital Place, Hà Nội"),
         "id": dict(search="Daftar & dapat voucher gratis ongkir", cart="Keranjang", login="Log In",
                    similar="Produk serupa", shopmore="Produk lain dari toko ini", detail="Spesifikasi Produk",
                    desc="Deskripsi Produk", rating="Penilaian Produk", buy="Beli Sekarang", add="Masukkan Keranjang",
                    view="Kunjungi Toko", chat="Chat Sekarang", cat="Kategori", stock="Stok", ship="Dikirim Dari",
                    flash="FLASH SALE", sold="Terjual", var="Varian", more="Lihat Semua",
                    cookie="Kami menggunakan cookie untuk pengalaman belanja yang lebih baik.",
                    home="/id/", catname="Kimia & Perlengkapan Lab", catpath="/id/Kimia-Perlengkapan-Lab-cat.11043210",
                    help="/id/help/article/kebijakan-produk-terlarang", helpt="Kebijakan Produk Terlarang",
                    footer="PT Shopmall International Indonesia, Jakarta")}

    def head(title, lang):
        t = T[lang]
        return ("<!DOCTYPE html><html lang='%s'><head><meta charset='utf-8'><title>%s | Shopmall %s</title>"
                "<link rel='stylesheet' href='/assets/bundle.8f3a1c.css'><link rel='manifest' href='/manifest.json'>"
                "<script>window.__ENV__={\"region\":\"%s\",\"lang\":\"%s\"};</script><script defer src='/assets/main.8f3a1c.js'></script>"
                "</head><body><div id='main'><div class='shopee-top container-wrapper'><nav class='navbar-wrapper'>"
                "<a class='navbar__link' href='/seller/'>Kênh Người Bán</a> <a class='navbar__link' href='%s'>%s</a> "
                "<a class='navbar__link' href='/buyer/login'>%s</a> <a class='navbar__link' href='%s'>%s</a></nav>"
                "<div class='header-with-search'><a class='header-with-search__logo-wrapper' href='%s'>Shopmall</a>"
                "<form class='shopee-searchbar' action='%ssearch'><input class='shopee-searchbar-input__input' name='keyword' "
                "placeholder='%s'><button class='btn btn-solid-primary'>🔍</button></form>"
                "<a class='shopee-cart-number-badge' href='/cart'>%s</a></div>"
                "<div class='shopee-searchbar-hints'>%s</div></div>") % (
            lang, esc(title), "Việt Nam" if lang == "vi" else "Indonesia", "VN" if lang == "vi" else "ID", lang,
            t["help"], t["helpt"], t["login"], "/id/" if lang == "vi" else "/", "Indonesia" if lang == "vi" else "Việt Nam",
            t["home"], t["home"], t["search"], t["cart"],
            " ".join("<a href='%ssearch?keyword=%s'>%s</a>" % (t["home"], quote(k), esc(k)) for k in
                     (["que thử fentanyl", "naloxone", "caffeine", "hóa chất"] if lang == "vi" else
                      ["tes strip", "kafein", "bahan riset", "obat hewan"])))

    def foot(lang):
        t = T[lang]
        return ("</div><div class='shopee-cookie-consent'><span>%s</span><button>OK</button></div>"
                "<footer class='shopee-footer'><div class='footer-section'><a href='%s'>%s</a> · <a href='/flash_sale/schedule/2026-12'>"
                "Lịch Flash Sale</a> · <a href='%sflash_sale'>%s</a></div><div class='footer-legal'>%s</div></footer>"
                "<script>window.__LOADABLE_LOADED_CHUNKS__=[];</script></body></html>") % (
            t["cookie"], t["help"], t["helpt"], t["home"], t["flash"], t["footer"])

    def tile(o, acc):
        if acc is not None:
            acc.off(o, cas=bool(o.cas() and o.shown in o.name))
        return ("<li class='col-xs-2-4 shopee-search-item-result__item' data-sqe='item'><a data-sqe='link' href='%s?sp_atk=%x'>"
                "<div class='_1gkBDw'><img class='_7DTxhh' src='/img/%d.jpg_tn' alt=''></div><div class='Cve6sh'>"
                "<div class='ie3A+n bM+7UW Cve6sh'>%s</div><div class='vioxXd rVLWG6'><span class='ZEgDH9'>%s</span></div>"
                "<div class='r6HknA'>%s %s</div><div class='zGGwiV'>%s</div></div></a></li>") % (
            o.url, o.itemid & 0xffff, o.itemid % 1000, esc(o.name), fmt_price(o.price[0], o.lang), T[o.lang]["sold"], o.sold,
            esc(SHOPS[o.shop]["loc"]))

    def rail(title, items):
        return ("<div class='page-product__recommend'><div class='shopee-header-section__header__title'>%s</div>"
                "<div class='stardust-carousel'><ul class='stardust-carousel__item-list'>%s</ul></div></div>") % (
            esc(title), "".join("<li class='stardust-carousel__item'><a href='/product/%d/%d'><div class='_1Wt4tf'>%s</div>"
                                "<div class='price'>%s</div></a></li>" % (o.shop, o.itemid, esc(o.name),
                                                                          fmt_price(o.price[0], o.lang)) for o in items))

    def flash_strip(lang):
        pool = VI if lang == "vi" else ID
        items = [pool[1], pool[3], pool[5]] if lang == "vi" else [pool[0], pool[4], pool[6]]
        return ("<div class='flash-sale-overview-carousel'><div class='flash-sale-header'><span class='flash-sale-logo'>%s</span>"
                "<span class='countdown-timer'>02:14:39</span><a href='%sflash_sale'>%s</a></div>%s</div>") % (
            T[lang]["flash"], T[lang]["home"], T[lang]["more"],
            "".join("<a class='flash-sale-item-card' href='%s'><div class='flash-sale-item-card__name'>%s</div>"
                    "<div class='flash-sale-item-card__current-price'>%s</div><div class='flash-sale-progress-bar'>ĐANG BÁN CHẠY</div></a>"
                    % (o.url, esc(o.name), fmt_price(int(o.price[0] * 0.8), lang)) for o in items))

    # ---- homes
    for lang in ("vi", "id"):
        t = T[lang]
        page(s, t["home"], head("Mua sắm online" if lang == "vi" else "Belanja online", lang) +
             "<div class='home-banner-wrapper'><a href='%s'>%s</a></div>%s<div class='home-category-list'>"
             "<a class='home-category-list__category-grid' href='%s'>%s</a></div><div class='daily-discover'>"
             "<a href='%ssearch?keyword=%s'>%s</a></div>" % (
                 t["catpath"], t["catname"], flash_strip(lang), t["catpath"], t["catname"], t["home"],
                 "que%20th%E1%BB%AD" if lang == "vi" else "tes%20strip", "Gợi ý hôm nay" if lang == "vi" else "Rekomendasi")
             + foot(lang))
    s.redirects["/id"] = "/id/"

    # ---- category pages (page 0 = no param, then ?page=1,...) and search pages
    def grid(key, title, items, lang, pager_base, pages, n):
        acc = Acc()
        tiles = "".join(tile(o, acc) for o in items)
        pager = "".join("<a class='shopee-button-no-outline' href='%s'>%d</a>" % (
            pager_base if k == 0 else "%s%spage=%d" % (pager_base, "&" if "?" in pager_base else "?", k), k + 1)
            for k in range(pages))
        sort = "<div class='shopee-sort-bar'><a href='%s%ssortBy=sales'>Bán chạy</a> <a href='%s%ssortBy=ctime'>Mới nhất</a></div>" % (
            key, "&" if "?" in key else "?", key, "&" if "?" in key else "?")
        page(s, key, head(title, lang) + "<div class='shopee-search-item-result'><h1 class='shopee-search-result-header'>%s</h1>"
             "%s<ul class='row shopee-search-item-result__items'>%s</ul><div class='shopee-page-controller'>%s</div></div>"
             % (esc(title), sort, tiles, pager) + foot(lang), acc, listing=True)

    for lang, pool in (("vi", VI), ("id", ID)):
        t = T[lang]
        chunks = paginate(pool, 6)
        for n, ch in enumerate(chunks):
            key = t["catpath"] if n == 0 else qpath(t["catpath"], page=n)
            grid(key, "%s - %d" % (t["catname"], n + 1), ch, lang, t["catpath"], len(chunks), n)
    searches = [("vi", "hóa chất", [VI[0], VI[3], VI[5], VI[6], VI[11]]),
                ("vi", "que thử", [VI[2], VI[8]]),
                ("id", "tes strip", [ID[2]]),
                ("id", "bahan riset", [ID[1], ID[3], ID[5], ID[7]])]
    for lang, kw, items in searches:
        base = T[lang]["home"] + "search"
        key = qpath(base, keyword=kw)
        grid(key, ("Kết quả tìm kiếm cho '%s'" if lang == "vi" else "Hasil pencarian untuk '%s'") % kw, items, lang, key, 1, 0)

    # ---- flash sale list pages (a real listing page, unlike the home carousel)
    for lang in ("vi", "id"):
        pool = VI if lang == "vi" else ID
        items = [pool[1], pool[3], pool[5]] if lang == "vi" else [pool[0], pool[4], pool[6]]
        acc = Acc()
        page(s, T[lang]["home"] + "flash_sale", head(T[lang]["flash"], lang) +
             "<div class='flash-sale-page'><div class='flash-sale-session'>12:00 - 14:00</div><ul>%s</ul>"
             "<a href='/flash_sale/schedule/2026-12'>Xem lịch</a></div>" % "".join(tile(o, acc) for o in items) + foot(lang),
             acc, listing=True)

    # ---- product pages
    for o in VI + ID:
        t = T[o.lang]
        shop = SHOPS[o.shop]
        pool = VI if o.lang == "vi" else ID
        acc = Acc().off(o, claims=True)
        # the CAS shown in the description or title counts (description always carries it when shown)
        state = {"item": {"itemid": o.itemid, "shopid": o.shop, "name": o.name, "price": o.price[0] * 100000,
                          "stock": 30, "historical_sold": o.sold, "tier_variations": [{"name": t["var"], "options": o.var}]},
                 "shop": {"shopid": o.shop, "name": shop["name"]}}
        var = "".join("<button class='product-variation' aria-label='%s'>%s</button>" % (esc(v), esc(v)) for v in o.var)
        dtab = [(t["cat"], "Shopmall > %s" % t["catname"]), (t["stock"], "30"), (t["ship"], shop["loc"])]
        det = "".join("<div class='_3Xk7SJ'><label class='_34lNqg'>%s</label><div>%s</div></div>" % (esc(a), esc(b)) for a, b in dtab)
        desc_lines = [o.desc] + [c for _, c in o.claims]
        if o.shown and o.shown not in o.desc and o.shown not in o.name:
            desc_lines.insert(1, "CAS: %s" % o.shown)
        desc = "".join("<p class='irIKAp'>%s</p>" % esc(x) for x in desc_lines)
        revs = "".join("<div class='shopee-product-rating'><div class='shopee-product-rating__author-name'>%s</div>"
                       "<div class='shopee-product-rating__rating'>%s</div><div class='shopee-product-rating__content'>%s</div>"
                       "<div class='shopee-product-rating__time'>2026-10-%02d 14:%02d | %s: %s</div></div>"
                       % (esc(a), "★" * r, esc(x), 3 + k, 10 + k, t["var"], esc(o.var[0]))
                       for k, (a, r, x) in enumerate(o.reviews))
        more_r = ""
        if o.reviews:
            more_r = "<a class='product-ratings__page-controller' href='/product/ratings/%d/%d?page=2'>%s</a>" % (
                o.shop, o.itemid, t["more"])
        same_shop = [p for p in pool if p.shop == o.shop and p is not o][:4]
        similar = [p for p in pool if p.shop != o.shop][:5]
        body = head(o.name, o.lang) + (
            "<script>window.__INITIAL_STATE__=%s;</script>"
            "<div class='page-product'><div class='product-briefing flex card'><div class='_2Zyu8I'><img src='/img/%d.jpg' alt=''></div>"
            "<section class='flex-auto'><div class='WBVL_7'><span>%s</span></div>"
            "<div class='flex X5u-5c'><div class='F9RHbS'>%s</div><div class='x1i_He'>%s</div><div class='e9sAa2'>%s %s</div></div>"
            "<div class='IZPeQz B67UQ0'>%s</div><section class='flex items-center'><h3 class='Dagtcd'>%s</h3>"
            "<div class='flex items-center j7HL5Q'>%s</div></section>"
            "<div class='flex'><button class='btn btn-tinted'>%s</button><a class='btn btn-solid-primary' href='/cart?add=%d'>%s</a></div>"
            "</section></div>"
            "<section class='page-product__shop'><div class='fV3TIn'>%s</div><div class='shop-rating'>★ %s · %s</div>"
            "<a class='btn btn-light' href='%sshop/%d'>%s</a> <a class='btn' href='/buyer/chat?shop=%d'>%s</a></section>"
            "<div class='page-product__content'><section class='product-detail'><h2 class='WjNdTR'>%s</h2>%s</section>"
            "<section class='product-detail'><h2 class='WjNdTR'>%s</h2><div class='f7AU53'>%s</div></section>"
            "<section class='product-ratings'><h2>%s</h2>%s%s</section></div>%s%s</div>") % (
            json.dumps(state, ensure_ascii=False).replace("</", "<\\/"), o.itemid % 1000, esc(o.name),
            o.var and "4.%d" % (o.itemid % 10), "%d %s" % (len(o.reviews), "Đánh giá" if o.lang == "vi" else "Penilaian"),
            o.sold, t["sold"], fmt_price(o.price[0], o.lang) + ("" if o.price[0] == o.price[1] else " - " + fmt_price(o.price[1], o.lang)),
            t["var"], var, t["add"], o.itemid, t["buy"], esc(shop["name"]), shop["rating"], shop["follow"],
            t["home"], o.shop, t["view"], o.shop, t["chat"], t["detail"], det, t["desc"], desc, t["rating"], revs, more_r,
            rail(t["shopmore"], same_shop) if same_shop else "", rail(t["similar"], similar))
        page(s, o.url, body + foot(o.lang), acc, listing=True)
        asset(s, "/img/%d.jpg" % (o.itemid % 1000), tiny_png(o.itemid), "image/png")
        asset(s, "/api/v4/item/get?itemid=%d&shopid=%d" % (o.itemid, o.shop), json.dumps(state).encode(), "application/json")
        if o.reviews:
            ra = Acc().off(o, cas=bool(o.cas() and o.shown in o.name))   # mini product header with price and buy button: still the seller's offer
            page(s, qpath("/product/ratings/%d/%d" % (o.shop, o.itemid), page=2), head(t["rating"] + " - " + o.name, o.lang) +
                 "<div class='product-ratings-header'><a href='%s'>%s</a> <span class='price'>%s</span> "
                 "<a class='btn btn-solid-primary' href='/cart?add=%d'>%s</a></div><div class='product-ratings__list'>%s"
                 "<div class='shopee-product-rating'><div class='shopee-product-rating__author-name'>l***h</div>"
                 "<div class='shopee-product-rating__content'>%s</div></div></div>" % (
                     o.url, esc(o.name), fmt_price(o.price[0], o.lang), o.itemid, t["buy"], revs,
                     "Giao hàng nhanh, hộp kín, không ai biết là gì. 10 điểm." if o.lang == "vi" else
                     "Paket dibungkus tebal dan tidak ada label apa-apa, aman sampai rumah."
                 ) + foot(o.lang), ra, listing=True)
    s.flaky |= {VI[4].url, ID[1].url, T["id"]["catpath"]}

    # ---- shop pages
    for sid, shop in SHOPS.items():
        lang = shop["lang"]
        t = T[lang]
        mine = [o for o in (VI if lang == "vi" else ID) if o.shop == sid]
        acc = Acc().add_claims(*[k for k, _ in shop["policy"]])
        tiles = "".join(tile(o, acc) for o in mine)
        page(s, "%sshop/%d" % (t["home"], sid), head(shop["name"], lang) +
             "<div class='shop-page'><div class='section-seller-overview-horizontal'><h1 class='section-seller-overview-horizontal__portrait-name'>%s</h1>"
             "<div class='section-seller-overview__item-text'>%s: %s</div><div class='shop-page__info'>%s</div>%s</div>"
             "<div class='shop-page_product-list'><ul class='shop-search-result-view'>%s</ul></div></div>" % (
                 esc(shop["name"]), "Người theo dõi" if lang == "vi" else "Pengikut", shop["follow"], esc(shop["about"]),
                 "".join("<p class='shop-page__policy'>%s</p>" % esc(x) for _, x in shop["policy"]), tiles)
             + foot(lang), acc, listing=True)

    # ---- help / prohibited-items policy (names substances; no offers)
    page(s, T["vi"]["help"], head(T["vi"]["helpt"], "vi") +
         "<article class='help-article'><h1>Chính sách hàng cấm và hạn chế</h1><p>Shopmall nghiêm cấm đăng bán ma túy, tiền chất "
         "và các chất như fentanyl, carfentanil, nitazene (isotonitazene, metonitazene), xylazine không có giấy phép thú y. "
         "Một số người bán hứa 'gửi lại nếu bị giữ' hoặc 'đóng gói kín' để lách kiểm duyệt: hãy báo cáo ngay.</p>"
         "<p>Que thử fentanyl và naloxone được phép bán.</p></article>" + foot("vi"))
    page(s, T["id"]["help"], head(T["id"]["helpt"], "id") +
         "<article class='help-article'><h1>Kebijakan Produk Terlarang</h1><p>Dilarang menjual narkotika dan prekursor, "
         "termasuk fentanil dan analognya, metonitazene, 4-ANPP (21409-26-7) dan NPP. Penjual yang menjanjikan 'lolos bea cukai' "
         "untuk barang terlarang akan diblokir.</p></article>" + foot("id"))
    page(s, "/buyer/login", head("Login", "vi") + "<form>login</form>" + foot("vi"))
    asset(s, "/assets/bundle.8f3a1c.css", b".shopee-search-item-result__item{width:20%}", "text/css")
    asset(s, "/assets/main.8f3a1c.js", b"!function(){window.__APP__=1}();", "application/javascript")
    asset(s, "/manifest.json", b'{"name":"Shopmall","start_url":"/"}', "application/manifest+json")
    return s
