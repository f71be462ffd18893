package extract

import (
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// TestOfferURL checks which page a listing names as its offer's own: the
// page a card's title links to (not its seller's page), the page itself
// for a product page's one product, none for a card with no link of its
// own.
func TestOfferURL(t *testing.T) {
	card := func(title, link, extra string) string {
		if link != "" {
			title = `<a href="` + link + `">` + title + `</a>`
		}
		return `<div class="card"><h3 class="name">` + title + `</h3><p>CAS 39742-60-4</p><p class="price">US $180 / kg</p>` + extra + `</div>`
	}
	grid := func(cards ...string) string {
		return `<html><head><title>Products</title></head><body><h1>Products</h1><div class="grid">` + strings.Join(cards, "") + `</div></body></html>`
	}
	seller := `<p>Supplier: <a href="/supplier/acme">Acme Chemical Co., Ltd.</a></p>`
	tests := []struct {
		name, page string
		want       map[string]string // product → offer URL
	}{
		{"title links, seller links too", grid(card("NPP powder", "/p/npp", seller), card("4-AP powder", "p/4ap?ref=grid#top", seller)),
			map[string]string{"NPP powder": "https://shop.example/p/npp", "4-AP powder": "https://shop.example/cat/p/4ap?ref=grid"}},
		{"no link", grid(card("NPP powder", "", seller), card("4-AP powder", "", seller)),
			map[string]string{"NPP powder": "", "4-AP powder": ""}},
		{"a link to another site", grid(card("NPP powder", "https://other.example/p/1", ""), card("4-AP powder", "/p/4ap", "")),
			map[string]string{"NPP powder": "", "4-AP powder": "https://shop.example/p/4ap"}},
		{"every card links to one page (its channel, the shop)", grid(card("NPP powder", "/shop/acme", seller), card("4-AP powder", "/shop/acme", seller)),
			map[string]string{"NPP powder": "", "4-AP powder": ""}},
		{"a product's own page", `<html><head><title>NPP powder - Acme</title></head><body><h1>NPP powder</h1>
			<table><tr><th>CAS No.</th><td>39742-60-4</td></tr><tr><th>Price</th><td>US $180 / kg</td></tr></table>
			<button>Add to cart</button><p>Contact us to order.</p></body></html>`,
			map[string]string{"NPP powder": "https://shop.example/cat/list?page=2"}},
	}
	e := mustExtractor(t)
	pageURL, _ := url.Parse("https://shop.example/cat/list?page=2")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := goquery.NewDocumentFromReader(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			res := e.Page(doc, pageURL)
			got := map[string]string{}
			for _, l := range res.Listings {
				got[l.Product] = l.OfferURL
			}
			if len(got) != len(tt.want) {
				t.Fatalf("listings %v, want %v", got, tt.want)
			}
			for p, u := range tt.want {
				if got[p] != u {
					t.Errorf("%q: offer URL %q, want %q", p, got[p], u)
				}
			}
		})
	}
}
