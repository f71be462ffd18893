package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// microdata.go reads schema.org Product items marked up with itemscope /
// itemprop. Each item's element becomes the listing's region.

// isProductItemType reports whether an itemtype names a schema.org product.
func isProductItemType(t string) bool {
	t = strings.ToLower(t)
	if !strings.Contains(t, "schema.org/") {
		return false
	}
	for _, f := range strings.Fields(t) {
		i := strings.LastIndex(f, "/")
		switch strings.TrimSuffix(f[i+1:], "#") {
		case "product", "individualproduct", "productmodel", "productgroup", "drug", "chemicalsubstance":
			return true
		}
	}
	return false
}

// mdProps collects the itemprop elements of the item scope, not looking
// into nested items (a nested item is the value of its own itemprop).
func mdProps(scope *html.Node) map[string][]*html.Node {
	props := map[string][]*html.Node{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Script || c.DataAtom == atom.Style {
				continue
			}
			for _, name := range strings.Fields(attr(c, "itemprop")) {
				if len(props[name]) < 50 {
					props[name] = append(props[name], c)
				}
			}
			if !hasAttr(c, "itemscope") {
				walk(c)
			}
		}
	}
	walk(scope)
	return props
}

// mdValue is the value of one itemprop element.
func mdValue(n *html.Node) string {
	if hasAttr(n, "content") {
		return collapse(attr(n, "content"))
	}
	switch n.DataAtom {
	case atom.Meta:
		return collapse(attr(n, "content"))
	case atom.Link:
		return attr(n, "href")
	case atom.Img:
		return collapse(attr(n, "alt"))
	case atom.Data, atom.Meter:
		return collapse(attr(n, "value"))
	case atom.Time:
		if v := attr(n, "datetime"); v != "" {
			return v
		}
	}
	if hasAttr(n, "itemscope") {
		if names := mdProps(n)["name"]; len(names) > 0 {
			return mdValue(names[0])
		}
	}
	return inlineText(n)
}

// mdFirst is the value of the first itemprop called name.
func mdFirst(props map[string][]*html.Node, name string) string {
	for _, n := range props[name] {
		if v := mdValue(n); v != "" {
			return v
		}
	}
	return ""
}

// microdataDrafts returns one draft per top-level microdata Product and
// claims their elements.
func microdataDrafts(p *page) []*draft {
	var out []*draft
	eachElem(p.body, func(n *html.Node) bool {
		if invisible(n) && n.DataAtom != atom.Select {
			return false
		}
		if !hasAttr(n, "itemscope") || !isProductItemType(attr(n, "itemtype")) {
			return true
		}
		if d := mdListing(n); d.name != "" {
			out = append(out, d)
			p.claim(n)
		}
		return false
	})
	return out
}

// mdListing reads one Product item.
func mdListing(item *html.Node) *draft {
	props := mdProps(item)
	d := &draft{source: "microdata", region: item}
	d.name = cleanName(mdFirst(props, "name"))
	d.text = nodeText(item, nil)
	for _, pv := range append(props["additionalProperty"], props["identifier"]...) {
		if !hasAttr(pv, "itemscope") {
			continue
		}
		pp := mdProps(pv)
		label := firstNonEmpty(mdFirst(pp, "name"), mdFirst(pp, "propertyID"))
		if isCASLabel(label) {
			d.cas.scan(mdFirst(pp, "value"), true)
		}
	}
	d.cas.scan(d.text, false)
	for _, o := range props["offers"] {
		op := mdProps(o)
		if price := mdFirst(op, "price"); price != "" && d.price == "" {
			d.price = strings.TrimSpace(mdFirst(op, "priceCurrency") + " " + price)
		}
		if price := mdFirst(op, "lowPrice"); price != "" && d.price == "" {
			d.price = strings.TrimSpace(mdFirst(op, "priceCurrency") + " " + price)
		}
		if s := mdFirst(op, "seller"); s != "" && d.vendor == "" {
			d.vendor = cleanName(s)
		}
	}
	if d.price == "" {
		d.price = findPrice(d.text)
	}
	if d.vendor == "" {
		d.vendor = firstNonEmpty(cleanName(mdFirst(props, "seller")), vendorFromText(d.text))
	}
	d.brand = cleanName(mdFirst(props, "brand"))
	return d
}
