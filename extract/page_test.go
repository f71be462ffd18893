package extract

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// TestPageInline covers small layouts that need no fixture file.
func TestPageInline(t *testing.T) {
	e := mustExtractor(t)
	u, _ := url.Parse("https://inline.example/p")
	for _, tc := range []struct {
		name, html string
		kind       PageKind
		products   []string
		source     string
	}{
		{
			name: "json-ld item list in an array",
			html: `<script type="application/ld+json">[{"@type":"ItemList","itemListElement":[
				{"@type":"ListItem","item":{"@type":"Product","name":"Formaldehyde solution","identifier":[{"@type":"PropertyValue","propertyID":"CAS No.","value":"50-00-0"}]}},
				{"@type":"ListItem","item":{"@type":["Product","Thing"],"name":"Acetone","offers":[{"@type":"Offer","price":9.5,"priceCurrency":"EUR"}]}}]}]</script>`,
			kind: KindListing, products: []string{"Formaldehyde solution", "Acetone"}, source: "jsonld",
		},
		{
			name: "malformed json-ld",
			html: `<script type="application/ld+json">{"@type":"Product","name":</script><p>Nothing here.</p>`,
			kind: KindOther,
		},
		{
			name: "one-post thread in an article element",
			html: `<h1>Selling clean NPP</h1><article><p>Good stuff, stealth shipping, vacuum sealed. Reship if seized.</p>
				<p>Contact me on Wickr: npp_seller. Serious buyers only, samples possible for regulars after the first order.</p>
				<p>Ships every Monday and Thursday from a reliable location, tracking included.</p></article>`,
			kind: KindListing, products: []string{"Selling clean NPP"}, source: "text",
		},
		{
			name: "blog roll of teasers",
			html: `<main><article><img src="a.jpg" alt="a"><h2><a href="/a">Lab safety week</a></h2><p>Read about it.</p></article>
				<article><img src="b.jpg" alt="b"><h2><a href="/b">New fume hoods</a></h2><p>Read about it.</p></article>
				<article><img src="c.jpg" alt="c"><h2><a href="/c">Open day</a></h2><p>Read about it.</p></article></main>`,
			kind: KindOther,
		},
		{
			// an app-style item page: the name in a styled div the title
			// repeats, price and "buy" beside it, and under it a carousel of
			// the shop's other items under a heading in a language the rail
			// vocabulary does not have (Malay) — those are the rail's, the
			// page offers its own item only
			name: "item page with a rail under an unknown heading",
			html: `<html><head><title>Serbuk Xylazine HCl 100g | Pasarku</title></head><body>
				<div class="prod"><div class="x7Qz">Serbuk Xylazine HCl 100g</div><div class="p9">RM 420.00</div>
				<button>Tambah ke Troli</button><a href="/cart?add=1">Beli Sekarang</a></div>
				<div class="desc"><p>Untuk kegunaan veterinar sahaja.</p></div>
				<div class="zz-rec"><div class="zz-h">Barangan lain dari kedai ini</div><ul>
				<li><a href="/i/2"><div class="n">Asid sitrik 1kg CAS 77-92-9</div><div class="pr">RM 30.00</div></a></li>
				<li><a href="/i/3"><div class="n">NPP 99% 100g CAS 39742-60-4</div><div class="pr">RM 900.00</div></a></li>
				<li><a href="/i/4"><div class="n">Kafein 500g CAS 58-08-2</div><div class="pr">RM 45.00</div></a></li></ul></div></body></html>`,
			kind: KindListing, products: []string{"Serbuk Xylazine HCl 100g"}, source: "detail",
		},
		{
			// a group's feed: each post has its author, a time and a message
			// that offers two products (one named only in the text): the
			// posts are read as cards but listed as posts
			name: "bylined posts read as cards are posts",
			html: `<main><div class="feed">
				<article class="st"><h3><a href="/profile.php?id=11">Chem King</a></h3><div class="m"><p>Top quality carfentanil powder, in stock now. Also fentanyl HCl (CAS 1443-54-5) for serious buyers. Worldwide delivery, message on WhatsApp for the price list.</p></div><footer><abbr>5 hrs</abbr> · <a href="/story/11">Full story</a></footer></article>
				<article class="st"><h3><a href="/profile.php?id=12">Lin Factory</a></h3><div class="m"><p>We supply 4-ANPP and NPP (39742-60-4) direct from our factory, 1 kg NPP = 450 USDT, door to door to the USA and Mexico, ask for samples.</p></div><footer><abbr>6 hrs</abbr> · <a href="/story/12">Full story</a></footer></article>
				</div></main>`,
			kind: KindListing, products: []string{"Chem King", "Lin Factory"}, source: "post",
		},
		{
			// one post on its own page: an <article> with no price or button,
			// whose seller promises a reship in Portuguese — an offer, not a story
			name: "a single post with a seller's promise in another language",
			html: `<html><head><title>quimica.lab on Fotogram</title></head><body><main><article><header><a href="/quimica.lab/">quimica.lab</a></header>
				<div class="caption">Precursores: NPP (CAS 39742-60-4) pronta entrega. Se a alfândega segurar a encomenda, reenviamos sem custo.</div>
				<time>5 de dezembro</time><div class="comments"><span>bruno</span> melhor vendedor</div></article></main></body></html>`,
			kind: KindListing, products: []string{"quimica.lab on Fotogram"}, source: "text",
		},
		{
			// a social site marks a post's page up as an article; the post's
			// seller's words ("pronta entrega") make it an offer
			name: "a post page marked up as an article, with a seller's words",
			html: `<html><head><title>quimica.rc on Fotogram</title><meta property="og:type" content="article"></head><body><main><article><header><a href="/quimica.rc/">quimica.rc</a></header>
				<div class="caption">Isotonitazeno e protonitazeno a pronta entrega. Envio discreto para todo o Brasil.</div><time datetime="2026-12-01">1 de dezembro</time></article></main></body></html>`,
			kind: KindListing, products: []string{"quimica.rc on Fotogram"}, source: "text",
		},
		{
			// a vendor's blog post, titled, about testing: its "before they go on
			// sale" is no offer of the fentanyl it tests for
			name: "a vendor's titled blog post stays an article",
			html: `<html><head><title>Why we test every batch – Lab</title><meta property="og:type" content="article"></head><body><main><article><h1>Why we test every batch</h1>
				<p>Counterfeit pellets sold elsewhere have been found to contain fentanyl. Our products are tested before they go on sale.</p></article></main></body></html>`,
			kind: KindArticle,
		},
		{
			// an official account's product post: marked up as an article with a
			// title, but its text has a call to action (现货) and a messenger to
			// order on
			name: "a vendor's titled article with stock and a messenger sells",
			html: `<html><head><title>N-苯乙基-4-哌啶酮 大量现货</title><meta property="og:type" content="article"></head><body><main><article><h1>N-苯乙基-4-哌啶酮 大量现货</h1>
				<p>产品 N-苯乙基-4-哌啶酮 CAS号 39742-60-4 纯度 99%。咨询请加 Telegram：@hy_chem2026</p></article></main></body></html>`,
			kind: KindListing, products: []string{"N-苯乙基-4-哌啶酮 大量现货"}, source: "text",
		},
		{
			name: "menus and pager only",
			html: `<ul class="menu"><li><a href="/">Home</a></li><li><a href="/shop">Shop</a></li></ul>
				<div class="pages"><a href="?p=1">1</a><a href="?p=2">2</a><a href="?p=2">Next »</a></div>`,
			kind: KindOther,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := goquery.NewDocumentFromReader(strings.NewReader(tc.html))
			if err != nil {
				t.Fatal(err)
			}
			res := e.Page(doc, u)
			var names []string
			for _, l := range res.Listings {
				names = append(names, l.Product)
				if l.Source != tc.source {
					t.Errorf("listing %q source %q, want %q", l.Product, l.Source, tc.source)
				}
			}
			if res.Kind != tc.kind || !slices.Equal(names, tc.products) {
				t.Errorf("kind %s products %q, want %s %q", res.Kind, names, tc.kind, tc.products)
			}
		})
	}
}

// TestPageConcurrent runs one Extractor from several goroutines (run with
// -race): the crawler shares it between its workers.
func TestPageConcurrent(t *testing.T) {
	e := mustExtractor(t)
	files, _ := filepath.Glob("testdata/pages/*.html")
	u, _ := url.Parse("https://c.example/")
	done := make(chan Result, len(files))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		go func() { done <- e.Page(doc, u) }()
	}
	for range files {
		if res := <-done; res.Kind == "" {
			t.Error("empty result")
		}
	}
}

// TestPageNewsPath checks that a blog or news page without article
// markup is still editorial: a story quoting a CAS number is no offer.
func TestPageNewsPath(t *testing.T) {
	e := mustExtractor(t)
	const story = `<html><head><title>Why fentanyl test strips matter | Lab Supply</title></head><body>
	<div class="post"><h1>Why fentanyl test strips matter</h1>
	<p>Fentanyl (CAS 437-38-7) and its analogues are detected by lateral-flow strips at low concentrations.
	Harm-reduction programmes hand them out for free; our lab explains how they work and where their limits are.</p></div></body></html>`
	for _, tc := range []struct {
		path string
		kind PageKind
	}{
		{"/blog/why-test-strips-matter", KindArticle},
		// no editorial sign, but a free-text page is judged as a post: it
		// explains harm reduction, with no price or seller's words
		{"/shop/test-strips", KindOther},
	} {
		t.Run(tc.path, func(t *testing.T) {
			doc, err := goquery.NewDocumentFromReader(strings.NewReader(story))
			if err != nil {
				t.Fatal(err)
			}
			u, _ := url.Parse("https://labsupply.example" + tc.path)
			if res := e.Page(doc, u); res.Kind != tc.kind {
				t.Errorf("kind %s, want %s (%d listings)", res.Kind, tc.kind, len(res.Listings))
			}
		})
	}
}
