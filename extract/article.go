package extract

import (
	"net/url"
	"strings"

	"github.com/npswatch/npswatch"
	"golang.org/x/net/html"
)

// article.go tells editorial pages apart: a news story or blog post that
// quotes a CAS number or the word "reship" is not an offer.

// isArticle reports whether the page is editorial. Strong signs (og:type
// article, article meta data, NewsArticle or BlogPosting JSON-LD) hold
// unless the page also has product structure. Weak signs — a lone
// <article> element, a /news/ or /blog/ path —
// hold only when the page has no price, no call to action, no shipping
// claim and no messenger contact either (a forum thread of one post is
// an <article> too).
func isArticle(p *page, pageURL *url.URL, products bool, claims *claimMatcher) bool {
	if products {
		return false
	}
	strong := p.ogType == "article" || p.ld.editorial() || (p.published && p.ogType != "product")
	if strong {
		return true
	}
	var body *html.Node
	switch {
	case len(p.articles) == 1 && !inChrome(p.articles[0]):
		body = p.articles[0]
	case editorialPath(pageURL):
		body = p.main
	default:
		return false
	}
	if len(strings.TrimSpace(nodeText(body, p.skipChrome))) < 80 {
		return false
	}
	main := p.mainText()
	if findPrice(main) != "" || cartRe.matchText(main) || hasForm(body) {
		return false
	}
	// a shipping promise in the vendor's own voice makes it an offer; a story that
	// reports one ("the drums had been declared as dye") stays a story
	raws, lines := claims.match([]string{main})
	for _, r := range raws {
		if isTerm(r.kind) {
			continue // "vendors use escrow" in a story about markets
		}
		if vendorVoice(sentenceAround(lines[r.text][r.line], r.start, r.end)) {
			return false
		}
	}
	for _, c := range Contacts(main) {
		switch c.Kind {
		case npswatch.ContactEmail, npswatch.ContactPhone:
		default:
			return false // Wickr, Telegram, crypto addresses: someone selling
		}
	}
	return true
}

// hasForm reports whether n holds a form (a cart or an order form).
func hasForm(n *html.Node) bool {
	return firstElem(n, func(e *html.Node) bool { return e.Data == "form" }) != nil
}

// editorialPath reports URL paths that newsrooms and blogs use.
func editorialPath(u *url.URL) bool {
	if u == nil {
		return false
	}
	for _, seg := range strings.Split(strings.ToLower(u.Path), "/") {
		switch seg {
		case "news", "blog", "blogs", "article", "articles", "press", "press-releases", "stories",
			"magazine", "newsroom", "insights":
			return true
		}
	}
	return false
}

// sentenceAround returns the sentence of line that holds [start, end).
func sentenceAround(line string, start, end int) string {
	if start < 0 || end > len(line) || start > end {
		return line
	}
	from := strings.LastIndexAny(line[:start], ".!?") + 1
	to := len(line)
	if i := strings.IndexAny(line[end:], ".!?"); i >= 0 {
		to = end + i
	}
	return line[from:to]
}

// vendorVoice reports sentences written as a seller's promise: first or
// second person, or the words of a guarantee.
func vendorVoice(sentence string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(sentence), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '%')
	}) {
		switch w {
		case "we", "our", "us", "you", "your", "guarantee", "guaranteed", "guarantees", "100%", "policy", "free":
			return true
		}
	}
	// Chinese sales copy: 我们 (we), 您 (you), 保证 (guarantee), 包 (all-inclusive: 包清关, 包邮)
	for _, w := range []string{"我们", "我司", "您", "保证", "包清关", "包税"} {
		if strings.Contains(sentence, w) {
			return true
		}
	}
	return false
}
