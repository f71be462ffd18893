package extract

import (
	"regexp"
	"strings"

	"github.com/npswatch/npswatch"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// detail.go reads product detail pages: one product name (h1, og:title or
// title) with a spec table (th/td pairs), a definition list (dt/dd) or
// "Label: value" lines carrying the CAS number, chemical name or purity.

// specPair is one labelled value of a spec block.
type specPair struct {
	label, value, link string // link: the text of the first link in the value
}

// specPairs collects label/value pairs from two- and four-cell table
// rows and from dt/dd pairs under root.
func specPairs(root *html.Node, skip func(*html.Node) bool) []specPair {
	var out []specPair
	pair := func(l, v *html.Node) {
		sp := specPair{label: inlineText(l), value: inlineText(v)}
		if len(sp.label) == 0 || len(sp.label) > 60 || sp.value == "" {
			return
		}
		if a := firstElem(v, func(e *html.Node) bool { return e.DataAtom == atom.A }); a != nil {
			sp.link = cleanName(inlineText(a))
		}
		out = append(out, sp)
	}
	eachElem(root, func(n *html.Node) bool {
		if invisible(n) || (skip != nil && skip(n)) || len(out) > 500 {
			return false
		}
		switch n.DataAtom {
		case atom.Tr:
			var cells []*html.Node
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if isElem(c, atom.Td) || isElem(c, atom.Th) {
					cells = append(cells, c)
				}
			}
			if len(cells) == 2 || len(cells) == 4 {
				for i := 0; i+1 < len(cells); i += 2 {
					pair(cells[i], cells[i+1])
				}
			}
		case atom.Dt:
			for s := n.NextSibling; s != nil; s = s.NextSibling {
				if s.Type == html.ElementNode {
					if s.DataAtom == atom.Dd {
						pair(n, s)
					}
					break
				}
			}
			return false
		}
		return true
	})
	return out
}

// lineLabelRe splits a "Label: value" line.
var lineLabelRe = regexp.MustCompile(`^([^:：|]{1,40}?)\s*[:：]\s*(.+)$`)

// textPairs reads "Label: value" lines, and a label line followed by its
// value on the next line when the label is a known one.
func textPairs(text string) []specPair {
	var out []specPair
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if m := lineLabelRe.FindStringSubmatch(line); m != nil {
			v := m[2]
			if j := strings.Index(v, " | "); j >= 0 {
				v = v[:j]
			}
			out = append(out, specPair{label: m[1], value: strings.TrimSpace(v)})
			continue
		}
		l := strings.TrimRight(line, " :：")
		if i+1 < len(lines) && len(l) <= 40 && (isCASLabel(l) || isVendorLabel(l)) {
			out = append(out, specPair{label: l, value: strings.TrimSpace(lines[i+1])})
		}
		if len(out) > 500 {
			break
		}
	}
	return out
}

// detailDraft returns the page's own product when the page is a detail
// page, or nil. With other listings on the page (related products, a
// result grid) it needs signals outside them.
func detailDraft(p *page, haveOthers, ldSingle bool) *draft {
	name, heading := p.productName()
	if name == "" {
		return nil
	}
	text := p.mainText()
	pairs := append(specPairs(p.main, p.skipChrome), textPairs(text)...)
	d := &draft{source: "detail", name: name, pageCtx: true}
	specCAS, specName, specChem := false, false, false
	for _, sp := range pairs {
		if chemSpecLabel.MatchString(sp.label) {
			specChem = true
		}
		switch {
		case isCASLabel(sp.label):
			before := len(d.cas.valid) + len(d.cas.invalid)
			d.cas.scan(sp.value, true)
			specCAS = specCAS || len(d.cas.valid)+len(d.cas.invalid) > before
		case isVendorLabel(sp.label):
			if d.vendor == "" {
				d.vendor = cleanName(firstNonEmpty(sp.link, sp.value))
				if !titleLike(d.vendor) {
					d.vendor = ""
				}
			}
		case isNameLabel(sp.label):
			specName = true
		}
	}
	d.price = findPrice(text)
	cart := cartRe.matchText(text)
	casInName := false
	for _, m := range npswatch.FindCAS(name) {
		casInName = casInName || m.Valid
	}
	// a price and a call to action make an offer only beside the product
	// name: a result grid's banner ("free shipping over $75") or a home
	// page's sidebar is no offer
	offer := d.price != "" && cart && heading != nil && p.offerNear(heading)
	signal := specCAS || offer || strings.Contains(p.ogType, "product") ||
		ldSingle || (specName && (d.price != "" || cart || specChem) && !haveOthers) || (!haveOthers && casInName)
	if !signal {
		return nil
	}
	d.specCAS = specCAS
	d.ownOffer, d.head = offer, heading
	d.cas.scan(name, false)
	d.cas.scan(text, false)
	d.text = text
	if !strings.HasPrefix(text, name) {
		d.text = name + "\n" + text
	}
	if d.vendor == "" {
		d.vendor = firstNonEmpty(vendorFromText(text), pageVendorBlock(p))
	}
	return d
}

// chemSpecLabel matches the labels of a chemical product's spec sheet: a
// product-name row beside one of these is a product page even with no price.
var chemSpecLabel = regexp.MustCompile(`(?i)^\s*(purity|assay|appearance|molecular (formula|weight)|mw|formula|grade|package|packing|einecs|melting point|storage|纯度|含量|外观|分子式|分子量|包装)\b`)

// offerNear reports whether a price and a call to action sit in a block
// around the heading h that holds no other listing.
func (p *page) offerNear(h *html.Node) bool {
	n := h
	for up := 0; up < 6 && n.Parent != nil && n != p.main; up++ {
		n = n.Parent
		// the listing regions under n (a rail, a grid) are not the heading's:
		// their prices and buttons are left out
		t := nodeText(n, func(c *html.Node) bool { return p.skipChrome(c) || p.claimed[c] })
		if findPrice(t) != "" && cartRe.matchText(t) {
			return true
		}
	}
	return false
}
