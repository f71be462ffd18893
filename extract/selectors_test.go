package extract

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func TestSelectors(t *testing.T) {
	e := mustExtractor(t)
	// a template the generic extractors cannot read: no links, no prices
	// in the text, the CAS hidden in a data attribute's sibling span
	page := `<html><body><div id="app">
		<section class="x9"><span class="k1">N-Phenethyl-4-piperidone</span><span class="k2">39742-60-4</span>
		  <span class="k3">ask</span><span class="k4">Wuhan Oucheng</span> <i>stealth packaging</i></section>
		<section class="x9"><span class="k1">Sodium chloride</span><span class="k2">7647-14-5</span>
		  <span class="k3">$5</span><span class="k4">Shandong Salt</span></section></div></body></html>`
	sel := &Selectors{Item: "section.x9", Product: ".k1", CAS: ".k2", Price: ".k3", Vendor: ".k4"}
	if err := CompileSelectors(sel); err != nil {
		t.Fatal(err)
	}
	res := e.PageWith(mustDoc(t, page), mustURL(t, "https://s.example/list"), sel)
	var names []string
	for _, l := range res.Listings {
		names = append(names, l.Product)
		if l.Source != "selectors" {
			t.Errorf("%s: source %q", l.Product, l.Source)
		}
	}
	if !slices.Equal(names, []string{"N-Phenethyl-4-piperidone", "Sodium chloride"}) || res.SelectorsMissed {
		t.Fatalf("listings %q missed=%v", names, res.SelectorsMissed)
	}
	l := res.Listings[0]
	if !slices.Equal(l.CAS, []string{"39742-60-4"}) || l.Vendor != "Wuhan Oucheng" || l.Price != "ask" ||
		len(l.Claims) != 1 || l.Claims[0].Kind != "stealth" {
		t.Errorf("first listing %+v", l)
	}
	// selectors that match nothing on this page: generic extraction, flagged
	res = e.PageWith(mustDoc(t, `<h1>About us</h1><p>We are a supplier.</p>`), mustURL(t, "https://s.example/about"), sel)
	if !res.SelectorsMissed || len(res.Listings) != 0 {
		t.Errorf("no match: missed=%v listings=%d", res.SelectorsMissed, len(res.Listings))
	}
	for _, bad := range []Selectors{{Item: "div[", Product: ".a"}, {CAS: ".c"}} {
		if err := CompileSelectors(&bad); err == nil {
			t.Errorf("Compile(%+v) accepted", bad)
		} else if bad.Item != "" && !strings.Contains(err.Error(), "selector item") {
			t.Errorf("error does not name the field: %v", err)
		}
	}
}

func mustDoc(t *testing.T, html string) *goquery.Document {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(html))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func mustURL(t *testing.T, raw string) *url.URL {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
