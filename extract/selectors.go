package extract

import (
	"errors"
	"fmt"
	"strings"

	"github.com/npswatch/npswatch"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// Selectors is the root type: a target's CSS selectors.
type Selectors = npswatch.Selectors

// CompileSelectors checks every selector, naming the field of each bad one.
func CompileSelectors(s *npswatch.Selectors) error {
	if s.Empty() {
		return nil
	}
	var errs []error
	for _, f := range []struct{ name, sel string }{{"item", s.Item}, {"product", s.Product}, {"cas", s.CAS},
		{"price", s.Price}, {"description", s.Description}, {"vendor", s.Vendor}} {
		if f.sel == "" {
			continue
		}
		if _, err := cascadia.Compile(f.sel); err != nil {
			errs = append(errs, fmt.Errorf("selector %s %q: %v", f.name, f.sel, err))
		}
	}
	if s.Item == "" && s.Product == "" {
		errs = append(errs, errors.New("selectors need item or product"))
	}
	return errors.Join(errs...)
}

// maxSelectorItems bounds the listings one page yields through selectors.
const maxSelectorItems = 2000

// selectorDrafts builds drafts from the selectors, or nil when they match
// nothing (or do not compile: Compile reports that when targets load).
func selectorDrafts(p *page, s *Selectors) []*draft {
	if s.Empty() || CompileSelectors(s) != nil {
		return nil
	}
	root := goquery.NewDocumentFromNode(p.root).Selection
	var items []*goquery.Selection
	if s.Item != "" {
		root.Find(s.Item).EachWithBreak(func(i int, it *goquery.Selection) bool {
			items = append(items, it)
			return len(items) < maxSelectorItems
		})
	} else {
		items = []*goquery.Selection{root}
	}
	var out []*draft
	for _, it := range items {
		d := &draft{source: "selectors", pageCtx: s.Item == ""}
		if len(it.Nodes) > 0 && s.Item != "" {
			d.region = it.Nodes[0]
			p.claim(it.Nodes[0])
		}
		field := func(sel string) string {
			if sel == "" {
				return ""
			}
			return cleanName(it.Find(sel).First().Text())
		}
		d.name = field(s.Product)
		if d.name == "" && s.Item != "" {
			d.name = cleanName(it.Find("h1,h2,h3,h4,a").First().Text())
		}
		if d.name == "" {
			continue
		}
		var text []string
		text = append(text, d.name)
		if c := field(s.CAS); c != "" {
			d.cas.scan(c, true)
			text = append(text, "CAS: "+c)
		}
		d.price = field(s.Price)
		if d.price != "" {
			text = append(text, "Price: "+d.price)
		}
		d.vendor = field(s.Vendor)
		if desc := field(s.Description); desc != "" {
			text = append(text, desc)
		}
		if s.Item != "" && len(it.Nodes) > 0 {
			text = append(text, nodeText(it.Nodes[0], func(n *html.Node) bool { return invisible(n) }))
		}
		d.text = strings.Join(text, "\n")
		d.cas.scan(d.text, false)
		out = append(out, d)
	}
	return out
}
