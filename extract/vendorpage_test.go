package extract

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func pageAt(t *testing.T, e *Extractor, rawURL, html string) Result {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(html))
	if err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		t.Fatal(err)
	}
	return e.Page(doc, u)
}

// TestPageVendorAndInfoPages covers the pages whose claims belong to a
// vendor rather than to a listing: profiles, FAQ and policy pages.
func TestPageVendorAndInfoPages(t *testing.T) {
	e := mustExtractor(t)
	const claim = `<p>All orders go out in stealth packaging. We reship for free if the parcel is seized.</p>`
	for _, tc := range []struct {
		name, url, html string
		vendor          string
		listings        int
		claims          []string
	}{
		{"supplier profile by path", "https://m.example/supplier/orrin-chem",
			`<title>Orrin Chem | Quillon</title><h1>Orrin Chem</h1>` + claim, "Orrin Chem", 0, []string{"reship", "stealth"}},
		{"profile by query", "https://m.example/index.php?seller=fred",
			`<title>fred | Market</title>` + claim, "fred", 0, []string{"reship", "stealth"}},
		{"profile name from the slug", "https://m.example/vendors/grey-heron/",
			`<div>` + claim + `</div>`, "grey heron", 0, []string{"reship", "stealth"}},
		{"faq page by path", "https://shop.example/faq",
			`<h1>Questions</h1>` + claim, "", 0, []string{"reship", "stealth"}},
		{"shipping policy by heading", "https://shop.example/p/12",
			`<h1>Shipping policy</h1>` + claim, "", 0, []string{"reship", "stealth"}},
		{"shop path is no profile", "https://shop.example/shop/npp-powder",
			`<h1>NPP powder</h1>` + claim, "", 1, nil},
		{"free-text post keeps its claims", "https://forum.example/t/991",
			`<h1>Selling NPP</h1>` + claim, "", 1, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := pageAt(t, e, tc.url, tc.html)
			if res.PageVendor != tc.vendor || len(res.Listings) != tc.listings {
				t.Fatalf("vendor %q with %d listings, want %q with %d", res.PageVendor, len(res.Listings), tc.vendor, tc.listings)
			}
			if got := claimKinds(res.SiteClaims); !slices.Equal(got, tc.claims) {
				t.Errorf("site claims %v, want %v", got, tc.claims)
			}
		})
	}
}

// TestPageArticleByline covers stories told apart from offers by their
// byline, even when they quote a price or a vendor's promise.
func TestPageArticleByline(t *testing.T) {
	e := mustExtractor(t)
	story := `<p>Listings offered NPP at $35 to $90 per kilogram, CAS 39742-60-4. “We reship if seized,” one promised.
		Investigators say the trade moved to new platforms after the 2024 scheduling.</p>`
	for _, tc := range []struct {
		name, html string
		kind       PageKind
	}{
		{"article with byline and a quoted price", `<article><h1>How precursor sellers hide</h1><p class="byline">By Dana Okafor · 9 min read</p>` + story + `</article>`, KindArticle},
		{"alert posted by a team, no article element", `<main><h1>Drug alert: fake pills</h1><p>Posted 11 March 2026 by the drug checking team</p>
			<p>Pills sold as oxycodone for about $30 each contained fentanyl and a nitazene. Bring samples to the service, it is free.</p></main>`, KindArticle},
		{"byline only, but a CAS number: may be an offer", `<main><h1>NPP in stock</h1><p>Posted 11 March 2026 by chemsupply</p>
			<p>NPP 39742-60-4, $120 per kg, samples available for regular buyers after the first order.</p></main>`, KindListing},
		{"byline and a seller's voice", `<article><h1>Fresh batch</h1><p class="byline">By Orrin</p><p>WTS 4-ANPP, $200/kg, we reship if seized.
			Shipping every Monday from our own warehouse, tracking number provided.</p></article>`, KindListing},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := pageAt(t, e, "https://x.example/p/1", tc.html)
			if res.Kind != tc.kind {
				t.Errorf("kind %s with %d listings, want %s", res.Kind, len(res.Listings), tc.kind)
			}
		})
	}
}

// TestListingContext checks that every listing carries the page's title
// and headings for matching.
func TestListingContext(t *testing.T) {
	e := mustExtractor(t)
	res := pageAt(t, e, "https://crm.example/opioids", `<title>Opioid Certified Reference Materials | Meridale</title>
		<h1>Opioids — Certified Reference Materials</h1><table><tr><th>Catalog #</th><th>Analyte</th><th>CAS #</th><th>Price</th></tr>
		<tr><td>MAS-1</td><td>Carfentanil</td><td>59708-52-0</td><td>$395</td></tr>
		<tr><td>MAS-2</td><td>Fentanyl</td><td>437-38-7</td><td>$295</td></tr></table>`)
	if len(res.Listings) != 2 {
		t.Fatalf("%d listings", len(res.Listings))
	}
	for _, l := range res.Listings {
		if !strings.Contains(l.Context, "Certified Reference Materials") {
			t.Errorf("%s: context %q", l.Product, l.Context)
		}
	}
	if res.Listings[0].Product != "Carfentanil" {
		t.Errorf("the Analyte column names the product, got %q", res.Listings[0].Product)
	}
}

// TestJSONLDReferences checks that a seller given as {"@id": …} is read
// from the node it names, and that reference cycles cannot hang or crash
// extraction.
func TestJSONLDReferences(t *testing.T) {
	e := mustExtractor(t)
	res := pageAt(t, e, "https://k.example/p/1", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
		{"@type":"Organization","@id":"https://k.example/#org","name":"Kestrow Research Labs","brand":{"@id":"https://k.example/#org"}},
		{"@type":"Product","@id":"https://k.example/p/1#product","name":"Protonitazepyne","sku":"CAS 2095789-42-3",
		 "offers":{"@type":"Offer","@id":"https://k.example/p/1#offer","price":"120","priceCurrency":"USD",
		   "seller":{"@id":"https://k.example/#org"},"offers":{"@id":"https://k.example/p/1#offer"},
		   "itemOffered":{"@id":"https://k.example/p/1#product"}}}]}</script><h1>Protonitazepyne</h1>`)
	if len(res.Listings) != 1 || res.Listings[0].Vendor != "Kestrow Research Labs" || res.Listings[0].Price != "USD 120" {
		t.Fatalf("listings %+v", res.Listings)
	}
}

func TestVendorFromText(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Vendor | DragonLabsCN (312) ★4.81 — Level 6", "DragonLabsCN"},
		{"Supplier: Hubei Jinglun Chemical Co., Ltd.", "Hubei Jinglun Chemical Co., Ltd."},
		{"Copyright © 1996-2026 IndoMartX Ltd. All rights reserved.", ""},
		{"Store | Blog | Contact", ""},
		{"Ships from Wuhan\nWuhan Oucheng Biotech Co., Ltd.", "Wuhan Oucheng Biotech Co., Ltd."},
	} {
		if got := vendorFromText(tc.text); got != tc.want {
			t.Errorf("vendorFromText(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestFormExampleRowAndSharedTitles covers a request form's example row
// and posts that all start with the channel's name.
func TestFormExampleRowAndSharedTitles(t *testing.T) {
	e := mustExtractor(t)
	res := pageAt(t, e, "https://uni.example/stockroom/request", `<h1>Reagent request</h1><form><table>
		<tr><th></th><th>Chemical name</th><th>CAS No.</th><th>Size</th></tr>
		<tr class="example"><td>e.g.</td><td>Acetone</td><td>67-64-1</td><td>4 L</td></tr>
		<tr><td>1</td><td><input name="n1"></td><td><input name="c1"></td><td><input name="s1"></td></tr></table></form>`)
	if len(res.Listings) != 0 {
		t.Errorf("the form's example row became listings: %+v", res.Listings)
	}
	post := func(text string) string {
		return `<div class="msg"><a class="owner" href="/s/chemplug">ChemPlug Official</a><div class="text">` + text +
			`</div><a class="date" href="/s/chemplug/1">Oct 9</a></div>`
	}
	res = pageAt(t, e, "https://t.example/s/chemplug", `<main>`+post("Protonitazene HCl 99%, $300/10g, DM for price")+
		post("4-ANPP CAS 21409-26-7 in stock, $120/kg")+post("Xylazine HCl 1kg – $250, reship if seized")+`</main>`)
	var names []string
	for _, l := range res.Listings {
		names = append(names, l.Product)
	}
	if len(names) != 3 || !strings.HasPrefix(names[0], "Protonitazene") || !strings.HasPrefix(names[2], "Xylazine") {
		t.Errorf("posts sharing the channel name as first link: listings %q", names)
	}
}
