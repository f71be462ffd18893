package extract

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// offerCases are pages where offers must be told from talk: per page, the
// products that must become listings (by a word of their name), and the
// role the page itself must get.
var offerCases = []struct {
	name, html string
	offers     []string
	role       string
}{
	{
		name: "channel archive: each post its own unit",
		html: `<title>Apex Lab Supply – Telegram</title><section class="feed">
			<div class="msg"><a class="owner" href="https://t.me/apexlab">Apex Lab</a><div class="txt">4-ANPP 99.5% powder, 1 kg 450 USDT, DM @apexlab_sales</div><time datetime="2026-11-01">Nov 1</time></div>
			<div class="msg"><a class="owner" href="https://t.me/apexlab">Apex Lab</a><div class="txt">NPP restocked, 380 USDT/kg, worldwide stealth. Contact @apexlab_sales</div><time datetime="2026-11-03">Nov 3</time></div>
			<div class="msg"><a class="owner" href="https://t.me/apexlab">Apex Lab</a><div class="txt">Repost: customs officers seized 2 tonnes of precursors in Manzanillo, police say.</div><time datetime="2026-11-04">Nov 4</time></div>
			<div class="msg"><a class="owner" href="https://t.me/apexlab">Apex Lab</a><div class="txt">Happy customer from Texas: received in 6 days, thanks!</div><time datetime="2026-11-05">Nov 5</time></div>
			</section>`,
		offers: []string{"4-ANPP", "NPP"},
	},
	{
		name: "forum thread: offer, request, warning, quoted offer",
		html: `<title>Precursor sources - Forum</title><h1>Precursor sources</h1><div class="thread">
			<div class="post"><a href="/members/chemseller.12/">chemseller</a> <span>Nov 2, 2026</span><div>Selling 1-Boc-4-piperidone, $150/kg, MOQ 1 kg. Wickr: chemseller</div></div>
			<div class="post"><a href="/members/buyer77.13/">buyer77</a> <span>Nov 3, 2026</span><div>WTB 4-AP, 5 kg, paying BTC. Anyone?</div></div>
			<div class="post"><a href="/members/mod.1/">mod</a> <span>Nov 4, 2026</span><div>Warning: this account was reported as a scam, do not buy from it.</div></div>
			<div class="post"><a href="/members/angry.14/">angry</a> <span>Nov 5, 2026</span><blockquote>Selling norfentanyl $900/kg, Wickr chemseller</blockquote><div>Paid and got nothing. Scammer.</div></div>
			</div>`,
		offers: []string{"1-Boc-4-piperidone"},
	},
	{
		name: "buyer's thread with bylines but no profile links or dates: a seller's answer",
		html: `<title>Куплю 4-ANPP оптом - Форум</title><h2>Куплю 4-ANPP оптом</h2>
			<div class="forum-post"><div class="post-author">optovik</div><div class="post-body">Ищу поставщика 4-ANPP, объём от 5 кг в месяц. Предложения в ЛС.</div></div>
			<div class="forum-post"><div class="post-author">ХимПром (магазин)</div><div class="post-body">4-ANPP есть в наличии: 1 кг — 48 000 руб., оформляйте через гарант.</div></div>
			<div class="forum-post"><div class="post-author">sever</div><div class="post-body">Тоже ищу, кто брал — отпишитесь, какое качество?</div></div>`,
		offers: []string{"4-ANPP есть"},
		role:   RoleRequest,
	},
	{
		name: "portal cards with a supplier block and a Contact Now button; one card without CAS",
		html: `<title>Pharmaceutical Intermediates Suppliers</title><h1>Pharmaceutical Intermediates</h1><div class="list">
			<div class="list-node prod-info"><div class="product-name"><a href="/offer/1.html">1-Phenethyl-4-Piperidone CAS 39742-60-4 NPP</a></div><div class="cas">CAS No.: 39742-60-4</div><div class="price-info"><strong>US$ 180-260</strong> / kg</div><div class="company-name"><a href="/showroom/kaiyuan/">Wuhan Kaiyuan Biotech Co., Ltd.</a></div><a class="btn" href="/inquiry/send?pid=1">Contact Now</a></div>
			<div class="list-node prod-info"><div class="product-name"><a href="/offer/2.html">Research Compound 3F-MAF N-(3-Fluorophenyl)-2-Methoxy-N-[1-(2-Phenylethyl)Piperidin-4-yl]Acetamide</a></div><div class="price-info"><strong>US$ 3,000-4,500</strong> / kg</div><div class="company-name"><a href="/showroom/kaiyuan/">Wuhan Kaiyuan Biotech Co., Ltd.</a></div><a class="btn" href="/inquiry/send?pid=2">Contact Now</a></div>
			<div class="list-node prod-info"><div class="product-name"><a href="/offer/3.html">4-Piperidone Monohydrate Hydrochloride CAS 40064-34-4</a></div><div class="cas">CAS No.: 40064-34-4</div><div class="price-info"><strong>US$ 120-190</strong> / kg</div><div class="company-name"><a href="/showroom/ruixiang/">Hebei Ruixiang Co., Ltd.</a></div><a class="btn" href="/inquiry/send?pid=3">Contact Now</a></div></div>`,
		offers: []string{"39742-60-4 NPP", "3F-MAF", "Monohydrate"},
	},
	{
		name: "thread index: titles that link to threads are no offers here",
		html: `<title>化工原料吧_百度贴吧</title><h1>化工原料吧</h1><ul id="thread_list">
			<li class="j_thread_list"><span class="threadlist_rep_num">2</span><div class="threadlist_title"><a href="/p/861001">【供应】盐酸伪麻黄碱 药用级 现货</a></div><div class="threadlist_author"><span class="p_author_name">冀州药化</span></div><span>2026-10-03</span></li>
			<li class="j_thread_list"><span class="threadlist_rep_num">5</span><div class="threadlist_title"><a href="/p/861002">【供應】優勢產品一批，歡迎詢價</a></div><div class="threadlist_author"><span class="p_author_name">恒信化工</span></div><span>2026-10-05</span></li>
			<li class="j_thread_list"><span class="threadlist_rep_num">1</span><div class="threadlist_title"><a href="/p/861003">求购 4-ANPP 长期合作</a></div><div class="threadlist_author"><span class="p_author_name">阿明</span></div><span>2026-10-07</span></li></ul>`,
	},
	{
		name: "thread index: a title with a CAS number is an ad on the board too",
		html: `<title>化工原料吧_百度贴吧</title><h1>化工原料吧</h1><ul id="thread_list">
			<li class="j_thread_list"><span class="threadlist_rep_num">2</span><div class="threadlist_title"><a href="/p/861001">【供应】N-苯乙基-4-哌啶酮 CAS 39742-60-4 现货</a></div><div class="threadlist_author"><span class="p_author_name">冀州药化</span></div><span>2026-10-03</span></li>
			<li class="j_thread_list"><span class="threadlist_rep_num">5</span><div class="threadlist_title"><a href="/p/861002">【供應】優勢產品一批，歡迎詢價</a></div><div class="threadlist_author"><span class="p_author_name">恒信化工</span></div><span>2026-10-05</span></li>
			<li class="j_thread_list"><span class="threadlist_rep_num">1</span><div class="threadlist_title"><a href="/p/861003">求购 4-ANPP 长期合作</a></div><div class="threadlist_author"><span class="p_author_name">阿明</span></div><span>2026-10-07</span></li></ul>`,
		offers: []string{"39742-60-4"},
	},
	{
		name: "buying-leads board",
		html: `<title>Buying leads - ChemHub</title><h1>Latest buying leads</h1><table><tr><th>Request</th><th>CAS</th><th>Quantity</th><th></th></tr>
			<tr><td>Looking for 4-ANPP</td><td>21409-26-7</td><td>2 kg</td><td><a href="/q/1">Quote now</a></td></tr>
			<tr><td>Looking for NPP</td><td>39742-60-4</td><td>5 kg</td><td><a href="/q/2">Quote now</a></td></tr></table>`,
		role: RoleRequest,
	},
	{
		name: "scheduling notice with a CAS table",
		html: `<title>Federal Register: schedules of controlled substances</title><h1>Placement of fentanyl precursors in Schedule II</h1>
			<p>This final rule places the following in Schedule II of the Controlled Substances Act.</p>
			<table><tr><th>Substance</th><th>CAS</th></tr><tr><td>4-ANPP</td><td>21409-26-7</td></tr><tr><td>Norfentanyl</td><td>1609-66-1</td></tr></table>`,
		role: RoleRegulation,
	},
	{
		// an early-warning list: a table of notified substances with their
		// CAS numbers, nothing that sells anywhere on the page
		name: "early-warning list of notified substances",
		html: `<title>Notified substances | Drug Monitoring Centre</title><h1>Substances notified in 2026</h1>
			<p>The following new substances were notified by reporting countries this year.</p>
			<table><tr><th>Substance</th><th>Code</th><th>CAS</th></tr><tr><td>Protonitazene</td><td>EWS-2026-014</td><td>95958-84-2</td></tr>
			<tr><td>Ocfentanil</td><td>EWS-2026-021</td><td>101343-69-5</td></tr></table>`,
		role: RoleWarning,
	},
	{
		name: "an early-warning notification's spec sheet",
		html: `<title>Metonitazene | Drug Monitoring Centre</title><h1>Metonitazene</h1><table><tr><th>CAS RN</th><td>14680-51-4</td></tr>
			<tr><th>Molecular formula</th><td>C21H26N4O3</td></tr><tr><th>Notes</th><td>Formal notification 2020. Found as adulterant in falsified tablets.</td></tr></table>`,
	},
	{
		name: "market rules page",
		html: `<title>Market rules</title><h1>Rules</h1><p>Listings of fentanyl, carfentanil and their analogues are prohibited. Vendors must not sell weapons.</p>`,
		role: RoleRules,
	},
	{
		name: "a board of trade-tagged titles with text bylines: an ad with a price or CAS number offers",
		html: `<title>RC Market</title><main><h1>RC Market</h1>
			<div class="post-listing"><h2><a href="/post/101"><span>[H] 4-ANPP, NPP [W] BTC/XMR</span></a></h2><div class="small">by chem_plug · 3 comments</div></div>
			<div class="post-listing"><h2><a href="/post/102"><span>[W] carfentanil, paying premium</span></a></h2><div class="small">by newguy · 2 comments</div></div>
			<div class="post-listing"><h2><a href="/post/103"><span>[PT] Precursores: 4-AP e Boc-4-AP, CAS 23056 29 3</span></a></h2><div class="small">by br_quimica · 0 comments</div></div>
			<div class="post-listing"><h2><a href="/post/105"><span>[H] NPP 1 kg $400 [W] XMR</span></a></h2><div class="small">by br_quimica · 0 comments</div></div>
			<div class="post-listing"><h2><a href="/post/104"><span>Megathread: scam vendors and warnings</span></a></h2><div class="small">by mod_rc · 1 comments</div></div></main>`,
		offers: []string{"NPP 1 kg"},
	},
	{
		name: "product page with a regulatory note is still an offer",
		html: `<title>Naloxone nasal spray | Lab Supply</title><h1>Naloxone HCl nasal spray 4 mg</h1><p>CAS Number: 465-65-6</p>
			<p>Opioid overdose reversal. We comply with all DEA regulations and never ship controlled substances.</p>`,
		offers: []string{"Naloxone"},
	},
}

func TestOffersAndTalk(t *testing.T) {
	e := mustExtractor(t)
	u, _ := url.Parse("https://site.example/page")
	for _, tc := range offerCases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := goquery.NewDocumentFromReader(strings.NewReader("<html><head>" + tc.html))
			if err != nil {
				t.Fatal(err)
			}
			res := e.Page(doc, u)
			var got []string
			for _, l := range res.Listings {
				got = append(got, l.Product)
			}
			for _, want := range tc.offers {
				if !slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, want) }) {
					t.Errorf("no listing for %q; listings %q", want, got)
				}
			}
			if len(got) != len(tc.offers) {
				t.Errorf("%d listings %q, want %d", len(got), got, len(tc.offers))
			}
			if res.Role != tc.role {
				t.Errorf("page role %q (%s), want %q", res.Role, res.RoleWhy, tc.role)
			}
			for _, s := range res.Segments {
				if s.Why == "" && s.Role != "" {
					t.Errorf("segment %q has role %s but no reason", s.Text, s.Role)
				}
			}
		})
	}
}

// A chat where a vendor posts its prices and, in posts of their own, its
// shipping promises: the promises are that vendor's offers' claims, not
// another vendor's.
func TestAuthorsPromisesReachTheirOffers(t *testing.T) {
	e := mustExtractor(t)
	u, _ := url.Parse("https://chat.example/export/messages.html")
	post := func(author, text string) string {
		return `<li class="ev"><span class="sender"><a href="/u/` + author + `">` + author + `</a></span> <time>10:0` + fmt.Sprint(len(text)%10) + `</time><div class="body">` + text + `</div></li>`
	}
	html := `<html><head><title>rc-market export</title></head><body><ol class="timeline">` +
		post("chinasource", "CAS 79099-07-3 in stock, 25 kg drum, 4,800 USDT") +
		post("chinasource", "parcel seized? show us the customs notice, we send again") +
		post("tranqshop", "xylazine HCl 100 g 150 USDT, vet grade") +
		post("someguy", "anyone got xylazine? need it for my horse") + `</ol></body></html>`
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(html))
	res := e.Page(doc, u)
	kinds := map[string][]string{}
	for _, l := range res.Listings {
		for _, c := range l.Claims {
			kinds[l.Vendor] = append(kinds[l.Vendor], c.Kind)
		}
	}
	if strings.Join(kinds["chinasource"], ",") != "reship" || len(kinds["tranqshop"]) != 0 {
		t.Errorf("claims by vendor %v, want reship for chinasource only; listings %+v", kinds, res.Listings)
	}
}

func TestFeedPostsAreUnits(t *testing.T) {
	e := mustExtractor(t)
	u, _ := url.Parse("https://t.example/s/apexlab")
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader("<html><head>" + offerCases[0].html))
	res := e.Page(doc, u)
	if len(res.Listings) != 2 {
		t.Fatalf("%d listings", len(res.Listings))
	}
	for _, l := range res.Listings {
		if l.Source != "post" || l.Price == "" || len(l.Contacts) == 0 {
			t.Errorf("post listing %q: source %s, price %q, contacts %v", l.Product, l.Source, l.Price, l.Contacts)
		}
	}
	if c := res.Listings[1].Claims; len(c) != 1 || c[0].Kind != "stealth" {
		t.Errorf("the second post's own claim: %v", c)
	}
	if len(res.Listings[0].Claims) != 0 {
		t.Errorf("the first post makes no claim, got %v", res.Listings[0].Claims)
	}
}

func TestReviewsAreNobodysClaims(t *testing.T) {
	e := mustExtractor(t)
	u, _ := url.Parse("https://market.example/item/7?tab=feedback")
	page := `<html><head><title>M30 blues x100 | Market</title></head><body><h1>M30 blues x100 – pressed</h1>
		<p>$350.00 <a href="/cart/add/7">Buy now</a></p><div class="tabbody">
		<div class="fb"><span>★★★★★</span> <span>b***y</span><p>legit, fast, good stealth</p></div>
		<div class="fb"><span>★</span> <span>t***m</span><p>stronger than last batch, be careful</p></div></div></body></html>`
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(page))
	res := e.Page(doc, u)
	if len(res.Listings) != 1 {
		t.Fatalf("%d listings", len(res.Listings))
	}
	if c := res.Listings[0].Claims; len(c) != 0 {
		t.Errorf("a buyer's praise of the stealth is no claim of the listing: %v", c)
	}
}

// TestTalkMakesNoSiteClaims: a buyers' thread, a feedback tab and a news
// repost say things about shipping that no vendor promised; none of it
// may reach the site's vendor and, through it, every listing of the site.
func TestTalkMakesNoSiteClaims(t *testing.T) {
	e := mustExtractor(t)
	pages := map[string]string{
		"buyer's request": `<title>Buying leads | Portal</title><h1>Buying leads</h1>
			<p>Looking for NPP, 5 kg. Need a supplier who can guarantee customs clearance and reship if seized.</p>`,
		"feedback tab": `<title>ChemShop — отзывы</title><h2>Отзывы</h2><div class="fb-list">
			<div class="fb"><b>user107</b> ★★★★★ <p>Пришло за 6 дней, упаковка огонь, стелс отличный.</p></div>
			<div class="fb"><b>user21</b> ★★★★☆ <p>Посылку изъяли, магазин реально переотправил.</p></div></div>`,
		"news repost": `<title>Forwarded from DEA Watch</title><h1>News</h1>
			<p>The cargo, declared as 'urea', contained 4-piperidone shipped from Asia, officials said.</p>`,
		"thread of buyers": `<title>Где брать? - Форум</title><h1>Где брать?</h1><div class="topic">
			<div class="msg"><span class="username">kot</span><p>Кто брал у них? Говорят, при изъятии отправят повторно бесплатно.</p></div>
			<div class="msg"><span class="username">pes</span><p>Брал, стелс нормальный, дошло за неделю, всё ок.</p></div></div>`,
	}
	for name, html := range pages {
		t.Run(name, func(t *testing.T) {
			u, _ := url.Parse("https://site.example/p")
			doc, _ := goquery.NewDocumentFromReader(strings.NewReader("<html><head>" + html))
			res := e.Page(doc, u)
			if len(res.SiteClaims) != 0 || len(res.Listings) != 0 {
				t.Errorf("role %q (%s): site claims %v, listings %d", res.Role, res.RoleWhy, res.SiteClaims, len(res.Listings))
			}
		})
	}
}

// TestReviewTabIsNobodys: the pane a tab labelled "Отзывы (1)" shows holds
// buyers' words, whatever its markup; its "the shop reshipped" is no claim.
func TestReviewTabIsNobodys(t *testing.T) {
	e := mustExtractor(t)
	u, _ := url.Parse("https://shop.example/index.php?route=product/product&product_id=56")
	page := `<html><head><title>Бромазолам пеллеты 1 мг</title></head><body><div class="row"><div class="col-sm-8">
		<ul class="nav nav-tabs"><li><a href="#tab-description">Описание</a></li><li><a href="#tab-review">Отзывы (1)</a></li></ul>
		<div class="tab-content"><div class="tab-pane" id="tab-description"><p>Пеллеты 1 мг, 20 шт.</p></div>
		<div class="tab-pane" id="tab-review"><table><tr><td><strong>Игорь</strong></td><td>12.10.2026</td></tr>
		<tr><td colspan="2"><p>Один раз посылка потерялась — магазин сделал перепосыл без вопросов.</p></td></tr></table></div></div></div>
		<div class="col-sm-4"><h1>Бромазолам пеллеты 1 мг</h1><h2>1 900 руб.</h2><button>Купить</button></div></div></body></html>`
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(page))
	res := e.Page(doc, u)
	if len(res.Listings) != 1 {
		t.Fatalf("%d listings", len(res.Listings))
	}
	if c := res.Listings[0].Claims; len(c) != 0 || len(res.SiteClaims) != 0 {
		t.Errorf("a buyer's review made claims: listing %v, site %v", c, res.SiteClaims)
	}
}

func TestDeniedClaims(t *testing.T) {
	e := mustExtractor(t)
	u, _ := url.Parse("https://market.example/vendor/tulpen")
	page := `<html><head><title>tulpen | Market</title></head><body><h1>tulpen</h1><p>Terms: NO reships. No refunds. Lost parcels are the buyer's risk.</p>
		<table><tr><th>Listing</th><th>Price</th></tr><tr><td><a href="/item/1">MDMA 84% 5 g</a></td><td>$60</td></tr>
		<tr><td><a href="/item/2">Ketamine 10 g</a></td><td>$120</td></tr></table></body></html>`
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(page))
	res := e.Page(doc, u)
	if !slices.Contains(res.SiteDenies, "reship") {
		t.Errorf("the vendor's terms deny reships: SiteDenies %v", res.SiteDenies)
	}
	for _, l := range res.Listings {
		for _, c := range l.Claims {
			if c.Kind == "reship" {
				t.Errorf("listing %q claims a reship the vendor denies", l.Product)
			}
		}
	}
}

// TestTabPanelsAreNoFeed: a shop's product tabs (description, additional
// information, reviews) repeat one signature; only the reviews inside are
// posts, and the CAS number of the information tab — which looks like a
// date to a careless pattern — stays the product's.
func TestTabPanelsAreNoFeed(t *testing.T) {
	e := mustExtractor(t)
	u, _ := url.Parse("https://shop.example/product/xylazine-hcl/")
	page := `<html><head><title>Xylazine HCl 99% | Shop</title></head><body><h1>Xylazine HCl 99% (25 g)</h1><p>€45.00 <button>Add to cart</button></p>
		<div class="panels"><div class="panel panel--description"><p>Alpha-2 agonist reference material.</p></div>
		<div class="panel panel--info"><table><tr><th>CAS number</th><td>7361-61-7</td></tr><tr><th>Size</th><td>25 g, 100 g</td></tr></table></div>
		<div class="panel panel--reviews"><ol><li class="review"><strong>anon</strong> <time datetime="2026-10-03">October 3, 2026</time><p>Discreet packaging, arrived in 3 days.</p></li>
		<li class="review"><strong>k.</strong> <time datetime="2026-10-10">October 10, 2026</time><p>Plain box, no labels, perfect.</p></li></ol></div></div></body></html>`
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(page))
	res := e.Page(doc, u)
	if len(res.Listings) != 1 {
		t.Fatalf("%d listings", len(res.Listings))
	}
	l := res.Listings[0]
	if !slices.Equal(l.CAS, []string{"7361-61-7"}) {
		t.Errorf("CAS %v: the information tab is the product's", l.CAS)
	}
	if len(l.Claims) != 0 {
		t.Errorf("the reviews' praise of the packaging is no claim: %v", l.Claims)
	}
}
