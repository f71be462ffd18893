package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// text.go is the fallback for free-text posts (forums, classifieds, paste
// sites): when no structured listing is found but the main text carries a
// CAS number, a shipping claim or a price, the page becomes one listing.

// textDraft returns the page as one free-text listing, or nil when the
// main text is empty. The draft is weak when it has neither a CAS number
// nor a price: it stands only if the text holds a claim, which the caller
// finds together with the page's other claims.
func textDraft(p *page) *draft {
	// the page's own words: a quotation (a spam mail a question quotes) is
	// someone else's
	text := nodeText(p.main, func(n *html.Node) bool { return p.skipChrome(n) || p.linkList(n) || quoteBlock(n) })
	if text == "" {
		return nil
	}
	d := &draft{source: "text", text: text, pageCtx: true}
	d.cas.scan(text, false)
	d.price = findPrice(text)
	d.weak = len(d.cas.valid)+len(d.cas.invalid) == 0 && d.price == ""
	d.name, _ = p.productName()
	d.vendor = vendorFromText(text)
	d.ownText = nodeText(p.main, func(n *html.Node) bool {
		if p.skipChrome(n) || p.linkList(n) {
			return true
		}
		if n.DataAtom != atom.A {
			return false
		}
		_, contact := contactLink(attr(n, "href"))
		return !contact
	})
	return d
}
