package extract

import (
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page.go gathers, in one walk, what every extractor needs to know about a
// page: title and meta data, JSON-LD, the main content node, headings,
// article elements and contact links.

// page is one parsed page and the regions already taken by listings.
type page struct {
	root, body, main *html.Node

	title, ogTitle, ogType, siteName string
	published                        bool // article:published_time meta
	ld                               ldData
	h1s                              []*html.Node
	articles                         []*html.Node
	hrefs                            []string // mailto:, tel:, wa.me, t.me … links, decoded
	pageText                         string   // the whole body as text

	claimed  map[*html.Node]bool // nodes that became listings
	templ    map[*html.Node]bool // blocks the site's template knows as chrome
	known    map[string]bool     // card shapes the site's template has seen in product grids
	posts    map[*html.Node]bool // the posts of the page's feeds
	shapes   []string            // card shapes of the product grids found here
	mainMemo *string             // mainText, until the next claim
	links    map[*html.Node]linkStat
	reviews  map[*html.Node]bool // panes a tab labelled "Reviews" shows: buyers' words
}

// claim marks n as a listing region.
func (p *page) claim(n *html.Node) {
	p.claimed[n] = true
	p.mainMemo = nil
}

// contactHrefPrefixes are link targets that carry a contact.
var contactHrefPrefixes = []string{"mailto:", "tel:", "callto:", "skype:", "https://wa.me/",
	"http://wa.me/", "https://api.whatsapp.com/", "whatsapp:", "https://t.me/", "http://t.me/",
	"tg:", "https://telegram.me/", "weixin:", "tencent:", "https://web.whatsapp.com/"}

// scanPage reads the page in one walk.
func scanPage(root *html.Node) *page {
	p := &page{root: root, claimed: map[*html.Node]bool{}}
	var ids map[string]*html.Node
	var reviewTabs []string
	eachElem(root, func(n *html.Node) bool {
		if id := attr(n, "id"); id != "" {
			if ids == nil {
				ids = map[string]*html.Node{}
			}
			if _, dup := ids[id]; !dup {
				ids[id] = n
			}
		}
		if t := tabTarget(n); t != "" && reviewLabel(inlineText(n)) {
			reviewTabs = append(reviewTabs, t)
		}
		switch n.DataAtom {
		case atom.Title:
			if p.title == "" {
				p.title = inlineTextAll(n)
			}
		case atom.Meta:
			p.meta(n)
		case atom.Body:
			if p.body == nil {
				p.body = n
			}
		case atom.Main:
			if p.main == nil {
				p.main = n
			}
		case atom.H1:
			p.h1s = append(p.h1s, n)
		case atom.Article:
			p.articles = append(p.articles, n)
		case atom.A:
			p.link(attr(n, "href"))
		case atom.Script, atom.Style, atom.Template:
			return false
		}
		if p.main == nil && attr(n, "role") == "main" {
			p.main = n
		}
		return true
	})
	if p.body == nil {
		p.body = root
	}
	if p.main == nil || len(strings.TrimSpace(nodeText(p.main, nil))) == 0 {
		p.main = p.body
	}
	for _, t := range reviewTabs {
		if n := ids[t]; n != nil && n != p.body && n != p.main {
			if p.reviews == nil {
				p.reviews = map[*html.Node]bool{}
			}
			p.reviews[n] = true
		}
	}
	p.ld = readJSONLD(root)
	p.pageText = nodeText(p.body, nil)
	return p
}

// tabTarget returns the id of the in-page pane a tab or link shows
// ("<a href="#tab-review">", aria-controls, data-target), or "".
func tabTarget(n *html.Node) string {
	for _, t := range []string{attr(n, "aria-controls"), attr(n, "data-target"), attr(n, "data-bs-target"), attr(n, "href")} {
		if t = strings.TrimSpace(t); t == "" {
			continue
		}
		if n.DataAtom == atom.A && strings.HasPrefix(t, "#") || t != attr(n, "href") {
			return strings.TrimPrefix(t, "#")
		}
	}
	return ""
}

func (p *page) meta(n *html.Node) {
	key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name")))
	val := strings.TrimSpace(attr(n, "content"))
	switch key {
	case "og:title":
		p.ogTitle = collapse(val)
	case "og:type":
		p.ogType = strings.ToLower(val)
	case "og:site_name":
		p.siteName = collapse(val)
	case "article:published_time", "article:section", "article:author", "pubdate", "publishdate":
		p.published = true
	}
}

func (p *page) link(href string) {
	if h, ok := contactLink(href); ok && len(p.hrefs) < 200 {
		p.hrefs = append(p.hrefs, h)
	}
}

// contactLink returns href decoded when it carries a contact.
func contactLink(href string) (string, bool) {
	h := strings.TrimSpace(href)
	lh := strings.ToLower(h)
	for _, pre := range contactHrefPrefixes {
		if strings.HasPrefix(lh, pre) {
			if u, err := url.PathUnescape(h); err == nil {
				h = u
			}
			return h, true
		}
	}
	return "", false
}

// inlineTextAll is inlineText for elements that invisible() would skip
// (the <title> lives in <head>).
func inlineTextAll(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return collapse(b.String())
}

// skipChrome prunes chrome and regions that already became listings.
func (p *page) skipChrome(n *html.Node) bool { return p.claimed[n] || p.chrome(n) }

// chrome reports whether n is chrome: by the in-page rules (isChrome) or
// because the site's template repeats it on many pages.
func (p *page) chrome(n *html.Node) bool { return p.templ[n] || p.reviews[n] || isChrome(n) }

// inChrome reports whether n or an ancestor is chrome.
func (p *page) inChrome(n *html.Node) bool {
	for q := n; q != nil; q = q.Parent {
		if p.chrome(q) {
			return true
		}
	}
	return false
}

// isClaimed reports whether n lies inside a region that became a listing.
func (p *page) isClaimed(n *html.Node) bool {
	for q := n; q != nil; q = q.Parent {
		if p.claimed[q] {
			return true
		}
	}
	return false
}

// siteText is the page's text for claims the vendor makes site-wide: the
// whole body but its posts, whose claims are the posts' own (an offering
// post's) or nobody's (a buyer's, a review, a repost), and its sections of
// buyers' reviews.
func (p *page) siteText() string {
	return nodeText(p.body, func(n *html.Node) bool { return p.posts[n] || p.reviews[n] || reviewHeaded(n) })
}

// mainText is the main content minus chrome, link lists and claimed
// regions.
func (p *page) mainText() string {
	if p.mainMemo == nil {
		t := nodeText(p.main, func(n *html.Node) bool { return p.skipChrome(n) || p.linkList(n) })
		p.mainMemo = &t
	}
	return *p.mainMemo
}

// cleanTitle strips the site's name from a page title: "Name | Shop",
// "Shop » Name" and "Name - Shop Name" give Name.
func (p *page) cleanTitle(title string) string {
	site := normName(p.siteName)
	parts := []string{title}
	for _, sep := range []string{" | ", "｜", " :: ", " » ", " · "} {
		var next []string
		for _, part := range parts {
			next = append(next, strings.Split(part, sep)...)
		}
		parts = next
	}
	var kept []string
	for _, part := range parts {
		part = cleanName(part)
		if part != "" && (site == "" || normName(part) != site) {
			kept = append(kept, part)
		}
	}
	if len(kept) == 0 {
		return ""
	}
	name := kept[0]
	for _, sep := range []string{" - ", " – ", " — "} {
		i := strings.LastIndex(name, sep)
		if i <= 0 {
			continue
		}
		tail := name[i+len(sep):]
		if n := len(strings.Fields(tail)); n <= 4 && !strings.ContainsAny(tail, "0123456789%,()") {
			name = cleanName(name[:i])
			break
		}
	}
	return name
}

// productName is the page's own product name and its heading element
// (nil when the name comes from the title): a visible h1, else a heading
// that the title repeats, else the title without the site's name, else —
// when the title is only the site's name — the first heading of the
// main content.
func (p *page) productName() (string, *html.Node) {
	for _, h := range p.h1s {
		if p.inChrome(h) || p.isClaimed(h) {
			continue
		}
		if t := cleanName(inlineText(h)); titleLike(t) {
			return t, h
		}
	}
	raw := firstNonEmpty(p.ogTitle, p.title)
	title := p.cleanTitle(raw)
	key := normName(raw)
	titleKey := normName(title)
	var match, first, named *html.Node
	var matchText, firstText, namedText string
	eachElem(p.main, func(n *html.Node) bool {
		if match != nil || p.skipChrome(n) || invisible(n) {
			return false
		}
		if !isHeading(n) {
			// a product's name set in a styled span or div, not a heading
			// (a marketplace app's item page): the element whose whole
			// text is the name the title gives
			if named == nil && len(titleKey) >= 6 && textLeaf(n) {
				if t := cleanName(inlineText(n)); normName(t) == titleKey && titleLike(t) {
					named, namedText = n, t
				}
			}
			return true
		}
		t := cleanName(inlineText(n))
		if !titleLike(t) || sectionHeading(t) {
			return false
		}
		if k := normName(t); len(k) >= 3 && strings.Contains(key, k) {
			match, matchText = n, t
		} else if first == nil && (n.DataAtom == atom.H2 || n.DataAtom == atom.H3) {
			first, firstText = n, t
		}
		return false
	})
	switch {
	case match != nil:
		return matchText, match
	case named != nil:
		return namedText, named
	case title != "" && (title != cleanName(raw) || first == nil) && !genericTitle(title):
		return title, nil
	case first != nil:
		return firstText, first
	}
	return "", nil
}

// textLeaf reports an element that holds text and inline elements only: a
// span or div set as a label, not a section of blocks.
func textLeaf(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Span, atom.Div, atom.P, atom.Strong, atom.B:
	default:
		return false
	}
	return firstElem(n, func(e *html.Node) bool {
		switch e.DataAtom {
		case atom.Div, atom.P, atom.Section, atom.Ul, atom.Ol, atom.Table, atom.Li, atom.Img, atom.A, atom.Button:
			return true
		}
		return false
	}) == nil
}

// genericTitle reports titles that name a page type, not a product.
func genericTitle(s string) bool {
	s = strings.ToLower(s)
	switch s {
	case "catalog", "catalogue", "product", "products", "product details", "shop", "store", "home",
		"index", "item", "details", "listing", "offer", "market", "marketplace":
		return true
	}
	return strings.HasPrefix(s, "search")
}

// sectionHeading reports headings that title a section, not a product.
func sectionHeading(s string) bool {
	switch strings.ToLower(strings.TrimRight(s, ": ")) {
	case "description", "product description", "details", "product details", "specification",
		"specifications", "reviews", "customer reviews", "related products", "you may also like",
		"products", "categories", "information", "overview", "features", "shipping", "payment",
		"terms & conditions", "terms and conditions", "feedback", "faq", "contact", "newsletter",
		"search results", "shopping cart", "cart", "login", "account", "menu", "tags":
		return true
	}
	return isNavText(s)
}

// ownTitle is what the page calls itself, without the site's name that
// every title of the site repeats ("… – Harbor Drug Checking"): its title
// cut of the site's name, and its main headings.
func (p *page) ownTitle() string {
	parts := []string{p.cleanTitle(firstNonEmpty(p.ogTitle, p.title))}
	for _, h := range p.h1s {
		if t := collapse(inlineText(h)); t != "" && !slices.Contains(parts, t) && !p.inChrome(h) {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, "\n")
}

// context is the page's title and main headings, for Listing.Context.
func (p *page) context() string {
	parts := []string{collapse(p.title)}
	for _, h := range p.h1s {
		if t := collapse(inlineText(h)); t != "" && !slices.Contains(parts, t) && !p.inChrome(h) {
			parts = append(parts, t)
		}
	}
	return truncateRunes(strings.TrimSpace(strings.Join(parts, "\n")), 400)
}
