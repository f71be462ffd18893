package extract

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"

	"github.com/npswatch/npswatch"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// article.go tells editorial pages apart: a news story or blog post that
// quotes a CAS number or the word "reship" is not an offer.

// isArticle reports whether the page is editorial. Strong signs (og:type
// article, article meta data, NewsArticle or BlogPosting JSON-LD) hold
// unless the page also has product structure; editorial structured data
// holds also against a unit that sells by a price alone, not against one
// in which a seller speaks (sellerWords: a vendor's blog post). Weak signs — a lone
// <article> element, a /news/ or /blog/ path — hold only when the page has
// no price, no call to action, no shipping claim in the vendor's voice and
// no messenger contact either (a forum thread of one post is an <article>
// too). A byline ("By Dana Okafor · 9 min read", "Posted 11 March 2026 by
// the team", an author element) lets a story quote a price; on a page with
// no other editorial sign it counts only when the page shows no CAS number
// either. An encyclopedia article (footnote references, a References
// section) is editorial with its infobox CAS number, and the promises it
// reports are not the page's own.
func isArticle(p *page, pageURL *url.URL, products, sellerWords, offerTalk bool, claims *claimMatcher) bool {
	if p.ld.editorial() && len(p.ld.products) == 0 && !sellerWords {
		return true // the page's structured data says it is an article ("purchase this article" boxes are no offers)
	}
	if products {
		return false
	}
	strong := p.ogType == "article" || p.ld.editorial() || (p.published && p.ogType != "product")
	if strong && !sellerWords && !offerTalk && !sellsInText(p.mainText()) {
		// (a post page of a social site is marked up as an article too: its
		// seller's words — "pronta entrega", a messenger to order on — make it
		// an offer)
		return true
	}
	var body *html.Node
	bylineOnly, ency := false, false
	switch {
	case len(p.articles) == 1 && !p.inChrome(p.articles[0]):
		body = p.articles[0]
	case editorialPath(pageURL):
		body = p.main
	case encyclopedic(p):
		body, ency = p.main, true
	case hasByline(p.main):
		body, bylineOnly = p.main, true
	default:
		return false
	}
	if len(strings.TrimSpace(nodeText(body, p.skipChrome))) < 80 {
		return false
	}
	main := p.mainText()
	byline := bylineOnly || ency || hasByline(body)
	if cartRe.matchText(main) || hasForm(body) || offerRe.matchText(main) || offerTalk {
		return false
	}
	if !byline && findPrice(main) != "" {
		return false
	}
	if bylineOnly && len(npswatch.FindCAS(main)) > 0 {
		return false
	}
	// a shipping promise in the vendor's own voice makes it an offer; a story that
	// reports one ("the drums had been declared as dye") or quotes one stays a story
	raws, lines := claims.match([]string{main})
	for _, r := range raws {
		if isTerm(r.kind) || r.denied {
			continue // "vendors use escrow" in a story about markets
		}
		line := lines[r.text][r.line]
		if ency || quoted(line, r.start) {
			continue // encyclopedias and quotations report what sellers say
		}
		if vendorVoice(sentenceAround(line, r.start, r.end)) {
			return false
		}
	}
	// and the claims read as concepts ("se a Receita segurar, reenviamos sem
	// custo"), in the seller's voice and not inside a quotation
	if !ency {
		found, _ := claims.find([]string{main})
		for _, c := range found[0] {
			if isTerm(c.Kind) || !vendorVoice(c.Text) {
				continue
			}
			if i := strings.Index(main, c.Text); i >= 0 && quoted(main, i+len(c.Text)/2) {
				continue
			}
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

// sellerVoiceWords are the words of a seller addressing buyers — we, our, you,
// sellsInText reports a page text with a call to action ("大量现货", "in
// stock") or a messenger contact to order on: a vendor's article (a
// WeChat account's product post) sells, however it is marked up.
func sellsInText(main string) bool {
	return cartRe.matchText(main) || messengerContact(main)
}

// guarantee — in the languages whose claims are read.
var sellerVoiceWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`we our us you your guarantee guaranteed guarantees 100% policy free
		nosotros nuestro nuestra nuestros enviamos reenviamos garantizamos garantizado usted ustedes
		nós nosso nossa enviamos reenviamos garantimos garantido garantia você vocês
		wir unser unsere unseren ihr garantiert garantieren kostenlos
		nous notre nos vous votre garanti garantie gratuit
		noi nostro nostra voi vostro garantito gratis
		мы наш наша наши вы ваш гарантия гарантируем бесплатно
		wij onze ons jullie gegarandeerd gratis
		my náš naše našeho pošleme garantujeme zdarma
		kami anda dijamin gratis
		نحن لدينا نضمن مضمون مجانا`) {
		m[w] = true
	}
	return m
}()

// encyclopedic reports an encyclopedia-style article: footnote references
// ("[7]" links to #cite notes) or a References / Bibliography section, or
// a wiki's article — links that edit its sections ("action=edit&section=1",
// MediaWiki's and DokuWiki's "[edit]") beside an infobox or the wiki's
// category links.
func encyclopedic(p *page) bool {
	refs, section, edit, wikiBox := 0, false, false, false
	eachElem(p.body, func(e *html.Node) bool {
		if e.DataAtom == atom.A {
			href := attr(e, "href")
			if strings.HasPrefix(href, "#cite") {
				refs++
			}
			if strings.Contains(href, "action=edit") && (strings.Contains(href, "section=") || strings.Contains(href, "do=edit")) ||
				strings.Contains(href, "do=edit") {
				edit = true
			}
		}
		for _, tok := range strings.Fields(attr(e, "class")) {
			switch tok {
			case "infobox", "catlinks", "mw-editsection":
				wikiBox, edit = wikiBox || tok != "mw-editsection", edit || tok == "mw-editsection"
			}
		}
		if isHeading(e) && referencesHeadingRe.MatchString(strings.TrimSpace(inlineText(e))) {
			section = true
		}
		return true
	})
	return refs >= 3 || (section && refs >= 1) || (edit && wikiBox)
}

var referencesHeadingRe = regexp.MustCompile(`(?i)^(?:references|notes(?:\s+and\s+references)?|bibliography|sources|citations|参考文献|参考资料|литература|примечания)$`)

// offerRe matches a seller speaking: "WTS", "we sell", "selling", "PM me".
var offerRe = newLineRe(`(?i)\b(?:WTS|we\s+(?:sell|offer|supply|stock|have\s+in\s+stock)|i\s+(?:sell|offer|supply)|selling|pm\s+me|dm\s+me|message\s+me)\b`,
	"wts", "sell", "offer", "supply", "stock", "pm me", "dm me", "message me")

// bylineRe matches the byline of a story or post: "By Dana Okafor",
// "Posted 11 March 2026 by …", "Published on 2026-03-11", "9 min read".
var bylineRe = regexp.MustCompile(`(?m)^\s*(?:[Bb]y\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}(?:\s*(?:[·|,•—–-]|$))|(?i:posted|published|written|updated)\s+(?:on\s+)?(?:\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}))|(?i)\b\d{1,2}\s+min(?:ute)?s?\s+read\b`)

// hasByline reports an author element (rel/itemprop author, a byline
// class) or a byline line near the top of n's text.
func hasByline(n *html.Node) bool {
	if n == nil {
		return false
	}
	found := false
	eachElem(n, func(e *html.Node) bool {
		if found || invisible(e) {
			return false
		}
		if attr(e, "rel") == "author" || attr(e, "itemprop") == "author" {
			found = true
			return false
		}
		cls := strings.ToLower(attr(e, "class"))
		if strings.Contains(cls, "byline") || strings.Contains(cls, "entry-meta") || strings.Contains(cls, "article-meta") || strings.Contains(cls, "post-author") {
			found = true
			return false
		}
		return true
	})
	if found {
		return true
	}
	text := nodeText(n, isChrome)
	if len(text) > 3000 {
		text = text[:3000]
	}
	return bylineRe.MatchString(text)
}

// quoted reports whether byte offset at of line is inside quotation marks:
// reported speech, not the page's own voice.
func quoted(line string, at int) bool {
	if at > len(line) {
		at = len(line)
	}
	open := false
	for _, r := range line[:at] {
		switch r {
		case '“', '«', '„', '「', '『':
			open = true
		case '”', '»', '」', '』':
			open = false
		case '"':
			open = !open
		}
	}
	return open
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
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%')
	}) {
		if sellerVoiceWords[w] {
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
