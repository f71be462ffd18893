package extract

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// templateSite renders page i of a shop whose every page repeats a "hot
// products" rail and a "hot searches" box under class names no in-page
// rule knows.
func templateSite(i int) string {
	rail := `<div class="zx-strip"><div class="zx-cell"><a href="/p/90">Carfentanil 99% (CAS 59708-52-0)</a><span>$900/g</span><a href="/cart?add=90">Add to cart</a></div>
		<div class="zx-cell"><a href="/p/91">Isotonitazene powder</a><span>$500/g</span><a href="/cart?add=91">Add to cart</a></div>
		<div class="zx-cell"><a href="/p/92">Fentanyl test strips, pack of 100</a><span>$40</span><a href="/cart?add=92">Add to cart</a></div></div>`
	hot := `<div class="qq-box">Trending: 4-ANPP 21409-26-7, NPP 39742-60-4, protonitazene</div>`
	cas := []string{"7647-14-5", "144-55-8", "77-92-9", "7757-82-6", "58-08-2", "69-65-8"}[i%6]
	// no call to action beside the product: in-page, its page is not
	// known for its own product's page (dropRails), only the template tells
	body := fmt.Sprintf(`<h1>Product %d: Sodium chloride %d kg</h1><table><tr><th>CAS No.</th><td>%s</td></tr>
		<tr><th>Price</th><td>$%d.00</td></tr></table>`, i, i, cas, 10+i)
	return `<html><head><title>Product ` + fmt.Sprint(i) + ` | Shop</title></head><body>` + hot + `<main>` + body + `</main>` + rail + `</body></html>`
}

func TestTemplateChrome(t *testing.T) {
	e := mustExtractor(t)
	tmpl := NewTemplate()
	docs := make([]*goquery.Document, 6)
	for i := range docs {
		docs[i], _ = goquery.NewDocumentFromReader(strings.NewReader(templateSite(i)))
		tmpl.Observe(docs[i].Nodes[0])
	}
	if !tmpl.Mature() || tmpl.Pages() != 6 {
		t.Fatalf("template of %d pages, mature %v", tmpl.Pages(), tmpl.Mature())
	}
	u, _ := url.Parse("https://shop.example/p/3")
	names := func(r Result) []string {
		var out []string
		for _, l := range r.Listings {
			out = append(out, l.Product)
		}
		return out
	}
	// read alone, the page offers the rail's products too
	alone := e.Page(docs[3], u)
	if len(alone.Listings) < 2 {
		t.Fatalf("without a template the rail should read as listings (the test's premise): %v", names(alone))
	}
	// with the site's template, only its own product remains, its CAS alone
	with := e.PageIn(docs[3], u, nil, tmpl)
	if got := names(with); len(got) != 1 || !strings.Contains(got[0], "Sodium chloride") {
		t.Fatalf("listings %v, want the page's own product only", got)
	}
	if l := with.Listings[0]; !slices.Equal(l.CAS, []string{"7757-82-6"}) || strings.Contains(l.Text, "Trending") || strings.Contains(l.Text, "test strips") {
		t.Errorf("the listing keeps template text: CAS %v, text %q", l.CAS, l.Text)
	}
	if with.TemplateChrome == 0 {
		t.Errorf("TemplateChrome = 0")
	}
	// a template of too few pages knows nothing yet
	young := NewTemplate()
	young.Observe(docs[0].Nodes[0])
	young.Observe(docs[1].Nodes[0])
	if got := e.PageIn(docs[3], u, nil, young); len(got.Listings) != len(alone.Listings) {
		t.Errorf("a two-page template changed the result: %v, alone %v", names(got), names(alone))
	}
}

// railSite renders page i of a shop whose every page repeats a "featured"
// rail; page 6 is a category whose own grid lists a featured product too,
// in the rail's card markup.
func railSite(i int) string {
	card := func(id int, name, price string) string {
		return fmt.Sprintf(`<li class="gi"><div class="cw"><div class="ci"><div class="cb"><a href="/p/%d">%s</a><span class="pr">%s</span></div></div></div></li>`, id, name, price)
	}
	rail := `<section class="feat"><h2>Featured</h2><ul class="g">` + card(90, "Isotonitazene powder", "$500/g") + card(91, "Brorphine HCl 1 g", "$300/g") + `</ul></section>`
	body := fmt.Sprintf(`<h1>Sodium chloride %d kg</h1><p>Price $%d.00</p><a href="/cart?add=%d">Add to cart</a>`, i, 10+i, i)
	if i == 6 {
		body = `<h1>Nitazenes</h1><ul class="g grid-main">` + card(90, "Isotonitazene powder", "$500/g") + card(93, "Protonitazene HCl", "$450/g") + card(94, "Metonitazene HCl", "$420/g") + `</ul>`
	}
	return `<html><body><main>` + body + `</main>` + rail + `</body></html>`
}

func TestTemplateKeepsOwnCopyOfRailProduct(t *testing.T) {
	e := mustExtractor(t)
	tmpl := NewTemplate()
	for i := range 6 {
		d, _ := goquery.NewDocumentFromReader(strings.NewReader(railSite(i)))
		tmpl.Observe(d.Nodes[0])
	}
	d, _ := goquery.NewDocumentFromReader(strings.NewReader(railSite(6)))
	tmpl.Observe(d.Nodes[0])
	u, _ := url.Parse("https://shop.example/collections/nitazenes")
	var got []string
	for _, l := range e.PageIn(d, u, nil, tmpl).Listings {
		got = append(got, l.Product)
	}
	slices.Sort(got)
	want := []string{"Isotonitazene powder", "Metonitazene HCl", "Protonitazene HCl"}
	if !slices.Equal(got, want) {
		t.Errorf("listings %q, want the grid's three (its copy of the featured product kept, the rail's Brorphine not)", got)
	}
}
