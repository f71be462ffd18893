package extract

import (
	"net/url"

	"github.com/npswatch/npswatch"
)

// offerURL is the own page of the offer a draft stands for: the page a
// card links to (resolved, when it is another page of the site's host), or
// the page itself for the one product a product page describes (a detail,
// JSON-LD or microdata draft, alone of those kinds on the page). "" when the
// offer has no page of its own that the page shows.
func offerURL(pageURL *url.URL, d *draft, drafts int) string {
	if d.link != "" {
		u, err := pageURL.Parse(d.link)
		if err != nil || u.Host != pageURL.Host || u.Scheme != "http" && u.Scheme != "https" {
			return ""
		}
		u.Fragment = ""
		if u.String() == pageURL.String() {
			return ""
		}
		return u.String()
	}
	if drafts == 1 && productPageSource(d.source) {
		return pageURL.String()
	}
	return ""
}

// productPageSource reports the extractors that read a page's own product.
func productPageSource(s string) bool { return s == "detail" || s == "jsonld" || s == "microdata" }

// sharedOfferLinks clears the offer page of listings that share it with
// another listing of the page: a link every post of a channel carries (its
// channel's page), or every card of a shop (its home), is no one offer's
// own page.
func sharedOfferLinks(ls []npswatch.Listing) {
	n := map[string]int{}
	for _, l := range ls {
		if l.OfferURL != "" {
			n[l.OfferURL]++
		}
	}
	for i := range ls {
		if n[ls[i].OfferURL] > 1 {
			ls[i].OfferURL = ""
		}
	}
}
