package extract

import (
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// Text behind a content warning's "Show more" is read; hidden text with
// nothing to reveal it is not.
func TestBehindToggle(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div class="status__content"><p><span>drugs</span>
		<button class="status__content__spoiler-link">Show more</button></p>
		<div id="cw" style="display: none"><p>Restock: fentanyl HCl 1 g = 0.9 XMR</p></div></div>
		<p>About us</p><div id="seo" style="display:none">buy fentanyl cheap</div>`))
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	eachElem(doc, func(n *html.Node) bool {
		if id := attr(n, "id"); id != "" {
			found[id] = invisible(n)
		}
		return true
	})
	if found["cw"] || !found["seo"] {
		t.Errorf("invisible: %v, want cw shown and seo hidden", found)
	}
}

// A published spreadsheet's other sheets are hidden panels beside the one
// shown: read. A hidden block with no shown sibling of its shape is not.
func TestHiddenPanels(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div id="viewport">
		<div id="s0" style="position:relative"><table class="waffle"><tr><td>NPP</td></tr></table></div>
		<div id="s1" style="display:none;position:relative"><table class="waffle"><tr><td>Metonitazene</td></tr></table></div>
		<div id="note" style="display:none"><p>buy fentanyl cheap</p></div></div>`))
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	eachElem(doc, func(n *html.Node) bool {
		if id := attr(n, "id"); id != "" {
			found[id] = invisible(n)
		}
		return true
	})
	if found["s0"] || found["s1"] || !found["note"] {
		t.Errorf("invisible: %v, want both sheets shown and the note hidden", found)
	}
}

func TestPriceCurrencyAfter(t *testing.T) {
	for in, want := range map[string]string{"45\u00a0000 ₽": "45\u00a0000 ₽", "1 200 грн": "1 200 грн", "£40": "£40"} {
		if got := findPrice(in); got != want {
			t.Errorf("findPrice(%q) = %q, want %q", in, got, want)
		}
	}
}

// A bare table of substances is a directory's catalogue, unless the page
// says it is a reference work that sells nothing.
func TestReferenceList(t *testing.T) {
	e := mustExtractor(t)
	table := `<table><tr><th>Name</th><th>CAS</th></tr><tr><td><a href="/c/1">Fentanyl</a></td><td>437-38-7</td></tr>
		<tr><td><a href="/c/2">4-ANPP</a></td><td>21409-26-7</td></tr><tr><td><a href="/c/3">Caffeine</a></td><td>58-08-2</td></tr></table>`
	u, _ := url.Parse("https://db.example/browse/opioids")
	for _, tc := range []struct {
		footer string
		want   bool
	}{
		{"", true},
		{"<footer>ChemRef is a free reference database. No vendor information is shown.</footer>", false},
		{"<p>Lecture notes, week 7. Learning objectives: potency and metabolism.</p>", false},
	} {
		doc, _ := goquery.NewDocumentFromReader(strings.NewReader("<html><head><title>Browse: opioids</title></head><body><h1>Opioids</h1>" + table + tc.footer))
		res := e.Page(doc, u)
		if got := len(res.Listings) > 0; got != tc.want {
			t.Errorf("footer %q: %d listings, want listings: %v", tc.footer, len(res.Listings), tc.want)
		}
	}
}
