package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/npswatch/npswatch"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// cards.go finds repeated product cards without knowing the template:
// sibling elements with the same tag and class signature (also across the
// rows of a grid), each holding a link with a title-like text and a
// product signal (a price, a CAS number, a call to action, a heading or an
// image). Among nested candidates (a grid row holding four cards, a card
// holding two lines) the level where each element holds exactly one
// product wins.

// maxCardText is the longest text a card may have, in bytes, and
// maxCardElems the most elements read in one card.
const (
	maxCardText  = 4000
	maxCardElems = 2000
)

// groupKey groups elements that repeat: same signature, same parent
// signature, same grandparent (so cards split over grid rows stay one
// group).
type groupKey struct {
	gp        *html.Node
	psig, sig string
}

// signature is the tag and sorted class list of n, without the classes
// that vary between repeated items (first, last, odd, even, active …).
func signature(n *html.Node) string {
	var cls []string
	all := strings.Fields(strings.ToLower(attr(n, "class")))
	for _, c := range all {
		lc := c
		if bemModifier(lc, all) {
			continue // "post post_type_oppost" and "post post_type_reply" are one kind of item
		}
		switch lc {
		case "first", "last", "odd", "even", "active", "selected", "current", "hover", "alt",
			"clearfix", "new", "sale", "hot", "featured", "sold-out", "soldout", "instock", "outofstock",
			"onbackorder", "purchasable", "taxable", "shipping-taxable", "downloadable", "virtual",
			"has-post-thumbnail", "has-default-attributes", "has-children":
			continue
		}
		if modifierClass(lc) {
			continue // per-item type, status or category: product-type-variable, product_cat-x
		}
		if strings.IndexFunc(lc, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 &&
			!strings.HasPrefix(lc, "col") && !strings.HasPrefix(lc, "grid") && !strings.HasPrefix(lc, "span") {
			// ids baked into class names (post-123, product-4567) vary per item:
			// their digits go; the letters stay, so layout columns such as
			// left700 and right480 do not look like repeated items
			lc = strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return -1
				}
				return r
			}, lc)
			if strings.Trim(lc, "-_") == "" {
				continue
			}
		}
		cls = append(cls, lc)
	}
	sort.Strings(cls)
	return n.Data + "." + strings.Join(cls, ".")
}

// card is one candidate element and what it holds.
type card struct {
	n        *html.Node
	title    string
	vendor   string
	text     string
	price    string
	products int    // distinct hrefs of title-like, non-vendor links
	link     string // the href of the one product link, when there is one: the offer's own page
	signals  int    // kinds of product signal
	strong   bool
	cardLike bool
	links    []string // contact links (wa.me, t.me, mailto:)
	message  bool     // an author, a time and a text of its own: a post read as a card
}

// analyzeCard reads one candidate element.
func analyzeCard(n *html.Node, skip func(*html.Node) bool) card {
	c := card{n: n}
	t := textBuilder{max: maxCardText}
	t.render(n, func(x *html.Node) bool { return x != n && skip(x) })
	if t.full() {
		return c
	}
	c.text = t.String()
	if c.text == "" {
		return c
	}
	hrefs := map[string]bool{}
	linkTexts := map[string][]string{} // href → the texts of the title-like links to it
	var heading, img, linkTitle, classTitle string
	var hasLink, author bool
	budget := maxCardElems
	eachElem(n, func(e *html.Node) bool {
		if budget--; budget < 0 || invisible(e) || (e != n && skip(e)) {
			return false
		}
		switch {
		case isHeading(e):
			if heading == "" && !underByline(e, n) { // a member's rank ("<h5 class="userTitle">Member")
				if h := cleanName(inlineText(e)); titleLike(h) {
					heading = h
				}
			}
		case e.DataAtom == atom.Img:
			if img == "" {
				img = cleanName(firstNonEmpty(attr(e, "alt"), attr(e, "title")))
			}
		case e.DataAtom == atom.A:
			href := strings.TrimSpace(attr(e, "href"))
			lh := strings.ToLower(href)
			if href == "" || strings.HasPrefix(lh, "#") || strings.HasPrefix(lh, "javascript:") {
				break
			}
			hasLink = true
			if h, ok := contactLink(href); ok {
				c.links = append(c.links, h)
				break
			}
			txt := cleanName(inlineText(e))
			if actionLink(txt) {
				break // "Contact Now", "Add to cart": a way to buy, not another product
			}
			if bylineElem(e) || profilePathRe.MatchString(href) {
				author = true
			}
			if vendorClass(e) || inVendorBlock(e, n) || bylineElem(e) || profilePathRe.MatchString(href) ||
				(vendorPathRe.MatchString(href) && !titleLink(e)) {
				// a seller's or a member's name — a post's author is no product
				if c.vendor == "" && titleLike(txt) {
					c.vendor = txt
				}
				break
			}
			if txt == "" {
				txt = cleanName(attr(e, "title"))
			}
			if titleLike(txt) {
				hrefs[href] = true
				linkTexts[href] = append(linkTexts[href], txt)
				if linkTitle == "" {
					linkTitle = txt
				}
			}
		}
		if e != n && bylineElem(e) {
			author = true
		}
		if classTitle == "" && e != n && hasNameClass(e) && !authorBlock(e) {
			if t := cleanName(inlineText(e)); titleLike(t) {
				classTitle = t
			}
		}
		return true
	})
	if n.DataAtom == atom.A {
		hasLink = true
	}
	c.products = len(hrefs)
	c.title = firstNonEmpty(heading, linkTitle, classTitle, img)
	c.link = cardLink(n, hrefs, linkTexts, c.title)
	c.price = findPrice(c.text)
	cas := false
	for _, m := range npswatch.FindCAS(c.text) {
		if m.Valid || labelledAt(c.text, m.Start) {
			cas = true
			break
		}
	}
	// a call to action is a button or a line of its own: "现货" or "in
	// stock" inside the title is the title's word
	cart := cartRe.matchText(strings.Replace(c.text, c.title, "", 1))
	for _, s := range []bool{c.price != "", cas, cart, heading != "", img != ""} {
		if s {
			c.signals++
		}
	}
	c.strong = c.price != "" || cas || cart
	if author && c.price == "" && !cas {
		// a row of a thread index — a title linking to the thread, its
		// author, replies — offers in the thread, not here: its "现货" or
		// "in stock" is the title's word
		c.strong = false
	}
	c.cardLike = hasLink && c.title != "" && (c.strong || (img != "" && heading != ""))
	// a card with its author, a time and words of its own (a group's
	// post, a board's opening post) is a message: it may offer several
	// products, as a post does
	c.message = author && len(c.text)-len(c.title) >= minMessageText &&
		(dateRe.MatchString(c.text) || firstElem(n, func(e *html.Node) bool { return e.DataAtom == atom.Time || e.DataAtom == atom.Abbr }) != nil)
	if c.cardLike && c.vendor == "" {
		c.vendor = firstNonEmpty(vendorFromText(c.text), vendorBlock(n))
	}
	return c
}

// cardLink is the href of a card's link to the offer's own page: the one
// page its title links to, else its one product link, else the card itself
// when it is a link. "" when that is not one page.
func cardLink(n *html.Node, hrefs map[string]bool, texts map[string][]string, title string) string {
	titled := ""
	for h, ts := range texts {
		if slices.Contains(ts, title) {
			if titled != "" {
				titled = "\x00" // two pages under the title: neither is the offer's
				break
			}
			titled = h
		}
	}
	if titled != "" && titled != "\x00" {
		return titled
	}
	if len(hrefs) == 1 {
		for h := range hrefs {
			return h
		}
	}
	if len(hrefs) == 0 && n.DataAtom == atom.A {
		href := strings.TrimSpace(attr(n, "href"))
		lh := strings.ToLower(href)
		if _, contact := contactLink(href); href != "" && !contact && !strings.HasPrefix(lh, "#") && !strings.HasPrefix(lh, "javascript:") {
			return href
		}
	}
	return ""
}

// actionLink reports a link whose text is a call to action ("Contact Now",
// "Send inquiry", "Купить") rather than a product's name.
func actionLink(txt string) bool {
	if txt == "" || utf8.RuneCountInString(txt) > 30 {
		return false
	}
	if actionTextRe.MatchString(txt) {
		return true
	}
	// the button's words are most of its text ("Add to cart", "立即询价"),
	// not a word of a product's title ("… 高纯度 现货")
	loc := cartRe.re.FindStringIndex(txt)
	return loc != nil && (loc[1]-loc[0])*10 >= len(strings.TrimSpace(txt))*6
}

// actionTextRe matches the short buttons of product cards that no cart
// pattern names.
var actionTextRe = regexp.MustCompile(`(?i)^\s*(?:contact(?:\s+(?:now|us|seller|vendor))?|chat(?:\s+now)?|inquire|enquire|details?|view(?:\s+details?)?|more(?:\s+info)?|read\s+more|buy|order|联系(?:供应商|我们)?|立即咨询|查看详情|подробнее|написать|связаться|mehr|details\s+ansehen|ver\s+más|contactar)\s*[»>→]?\s*$`)

// authorBlock reports an element that is, or holds, a post's byline or a
// link to a member's profile ("<li class="d_name"><a class="p_author_name"
// href="/home/main?id=…">"): a name class around it names a person.
func authorBlock(e *html.Node) bool {
	author := func(x *html.Node) bool {
		return bylineElem(x) || x.DataAtom == atom.A && profilePathRe.MatchString(attr(x, "href"))
	}
	return author(e) || firstElem(e, author) != nil
}

// underByline reports whether e, inside card n, is in a post's byline.
func underByline(e, n *html.Node) bool {
	for a := e; a != nil && a != n; a = a.Parent {
		if bylineElem(a) {
			return true
		}
	}
	return false
}

// inVendorBlock reports a link inside a supplier block of card n ("<div
// class="company-name"><a …>").
func inVendorBlock(e, n *html.Node) bool {
	for p := e.Parent; p != nil && p != n; p = p.Parent {
		if vendorClass(p) {
			return true
		}
	}
	return false
}

// hasNameClass reports a class token that marks a product title in most
// templates ("title", "product-name", "item_title").
func hasNameClass(n *html.Node) bool {
	cls := strings.ToLower(attr(n, "class"))
	if !strings.Contains(cls, "title") && !strings.Contains(cls, "name") {
		return false
	}
	for _, tok := range strings.Fields(cls) {
		for _, w := range []string{"title", "name"} {
			if tok == w || strings.HasSuffix(tok, "-"+w) || strings.HasSuffix(tok, "_"+w) ||
				strings.HasSuffix(tok, "--"+w) {
				return true
			}
		}
	}
	return false
}

// cardGroup is a set of repeated elements.
type cardGroup struct {
	cards []card
	score float64
	depth int
	shape string // the signatures of the cards and their parent
	lone  bool   // one card of a shape the template knows
}

// shape is the page-independent part of a group key: the signatures of the
// repeated element and its parent.
func (k groupKey) shape() string { return k.psig + ">" + k.sig }

// cardDrafts finds the card groups of the page and returns one draft per
// card, claiming the card elements.
func cardDrafts(p *page) []*draft {
	groups := map[groupKey][]*html.Node{}
	var order []groupKey
	eachElem(p.body, func(n *html.Node) bool {
		if invisible(n) || p.claimed[n] || p.chrome(n) {
			return false
		}
		if n.Parent == nil || n.Parent.Parent == nil || n.DataAtom == atom.Body {
			return true
		}
		switch n.DataAtom {
		case atom.Tbody, atom.Thead, atom.Html, atom.Form, atom.Span, atom.A, atom.B, atom.Strong,
			atom.Br, atom.Img, atom.Input, atom.Button, atom.Label, atom.P, atom.I, atom.Em:
			return true
		}
		k := groupKey{gp: n.Parent.Parent, psig: signature(n.Parent), sig: signature(n)}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		if len(groups[k]) < 500 {
			groups[k] = append(groups[k], n)
		}
		return true
	})
	st := nodeStats{}
	st.count(p.body)
	var cands []cardGroup
	for _, k := range order {
		members := groups[k]
		if len(members) < 2 {
			if p.known[k.shape()] {
				// a lone card of a shape the site uses for its product grids
				// (a category with one product)
				if c := analyzeCard(members[0], p.chrome); c.cardLike && c.strong && c.products <= 1 {
					cands = append(cands, cardGroup{cards: []card{c}, score: 1, depth: depth(members[0]), shape: k.shape(), lone: true})
				}
			}
			continue
		}
		if g, ok := evalGroup(members, st, p.chrome); ok {
			g.shape = k.shape()
			cands = append(cands, g)
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return cands[i].depth > cands[j].depth
	})
	acc := acceptedSet{cards: map[*html.Node]bool{}, holders: map[*html.Node]bool{}}
	var out []*draft
	for _, g := range cands {
		var keep []card
		for _, c := range g.cards {
			if !acc.overlaps(c.n) {
				keep = append(keep, c)
			}
		}
		if len(keep) < 2 && !(g.lone && len(keep) == 1) {
			continue
		}
		if !g.lone {
			p.shapes = append(p.shapes, g.shape)
		}
		distinctTitles(keep)
		rowVendors(keep)
		for _, c := range keep {
			acc.add(c.n)
			p.claim(c.n)
			out = append(out, c.draft())
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return before(out[i].region, out[j].region) })
	return dedupeCards(out)
}

// dedupeCards drops cards that repeat an earlier card — the same product
// rendered again for another view of the page (list, grid, mobile): same
// name, same CAS numbers, no conflicting price or vendor.
func dedupeCards(ds []*draft) []*draft {
	out := ds[:0]
	byKey := map[string][]*draft{}
	for _, d := range ds {
		key := normName(d.name) + "\x00" + strings.Join(d.cas.valid, ",")
		dup := false
		for _, o := range byKey[key] {
			if (o.price == "" || d.price == "" || o.price == d.price) && (o.vendor == "" || d.vendor == "" || o.vendor == d.vendor) {
				o.price, o.vendor = firstNonEmpty(o.price, d.price), firstNonEmpty(o.vendor, d.vendor)
				dup = true
				break
			}
		}
		if !dup {
			byKey[key] = append(byKey[key], d)
			out = append(out, d)
		}
	}
	return out
}

// evalGroup scores a group of repeated elements; ok is false when it is
// not a group of product cards.
func evalGroup(members []*html.Node, st nodeStats, skip func(*html.Node) bool) (cardGroup, bool) {
	g := cardGroup{depth: depth(members[0])}
	strong := 0
	need := max(2, (len(members)+1)/2) // card-like members the group needs
	for i, n := range members {
		if len(g.cards)+len(members)-i < need {
			return g, false // cannot reach half any more: stop reading
		}
		if s := st[n]; s.links == 0 || s.text == 0 || s.text > 2*maxCardText { // raw text: before collapsing
			continue // no link, no text or a whole page section: no card
		}
		c := analyzeCard(n, skip)
		if !c.cardLike {
			continue
		}
		g.cards = append(g.cards, c)
		if c.strong {
			strong++
		}
		w := float64(1 + c.signals)
		if c.products > 1 {
			w /= float64(c.products * c.products)
		}
		g.score += w
	}
	n := len(g.cards)
	// most cards carry a price, a CAS number or a call to action; a grid
	// of pictures and titles alone is a category menu or a blog roll
	if n < need || strong == 0 || (n < 3 && strong < n) {
		return g, false
	}
	return g, true
}

// acceptedSet holds the accepted cards and their ancestors, so that the
// overlap test costs the depth of a node, not the number of cards.
type acceptedSet struct {
	cards   map[*html.Node]bool // accepted cards
	holders map[*html.Node]bool // ancestors of accepted cards
}

func (a acceptedSet) add(n *html.Node) {
	a.cards[n] = true
	for p := n.Parent; p != nil && !a.holders[p]; p = p.Parent {
		a.holders[p] = true
	}
}

// overlaps reports whether n contains or lies inside an accepted card.
func (a acceptedSet) overlaps(n *html.Node) bool {
	if a.holders[n] {
		return true
	}
	for p := n; p != nil; p = p.Parent {
		if a.cards[p] {
			return true
		}
	}
	return false
}

// before reports whether a precedes b in document order.
func before(a, b *html.Node) bool {
	if a == nil || b == nil {
		return a != nil
	}
	pa, pb := ancestry(a), ancestry(b)
	i := 0
	for i < len(pa) && i < len(pb) && pa[i] == pb[i] {
		i++
	}
	if i == len(pa) || i == len(pb) {
		return len(pa) < len(pb)
	}
	for s := pa[i]; s != nil; s = s.NextSibling {
		if s == pb[i] {
			return true
		}
	}
	return false
}

// ancestry returns the chain from the root down to n.
func ancestry(n *html.Node) []*html.Node {
	var out []*html.Node
	for p := n; p != nil; p = p.Parent {
		out = append(out, p)
	}
	slices.Reverse(out)
	return out
}

// minMessageText is how much text besides its title makes a bylined card
// a message.
const minMessageText = 120

// draft turns a card into a listing draft.
func (c card) draft() *draft {
	d := &draft{source: "card", region: c.n, name: c.title, price: c.price, vendor: c.vendor, links: c.links, message: c.message}
	if !c.message {
		d.link = c.link
	}
	d.text = c.text
	if !strings.Contains(c.text, c.title) {
		d.text = c.title + "\n" + c.text
	}
	d.cas.scan(d.text, true)
	return d
}

// titleLink reports a link that carries the card's title: inside a heading
// or an element whose class names the title. Its path may look like a
// vendor's ("/store/fentanyl-test-strips") but it leads to the product.
func titleLink(a *html.Node) bool {
	for p := a; p != nil && p.Type == html.ElementNode; p = p.Parent {
		if isHeading(p) || hasNameClass(p) {
			return true
		}
		if p != a && p.FirstChild != nil && p.FirstChild.NextSibling != nil {
			break // only the link itself and wrappers around it alone
		}
	}
	return false
}

// modifierClass reports class tokens that shop templates vary from one
// item to the next (WooCommerce's product-type-*, status-*, product_cat-*,
// BEM modifiers --sale).
// bemModifier reports a class that modifies another class of the same
// element in the BEM style: "post_type_reply" beside "post",
// "post__message_op" beside "post__message" (but not the element
// "post__message" beside its block "post").
func bemModifier(c string, all []string) bool {
	for _, o := range all {
		if o != c && strings.HasPrefix(c, o+"_") && !strings.HasPrefix(c[len(o)+1:], "_") {
			return true
		}
	}
	return false
}

func modifierClass(c string) bool {
	for _, p := range []string{"product-type-", "type-", "status-", "product_cat-", "product_tag-", "pa_", "has-", "is-"} {
		if strings.HasPrefix(c, p) {
			return true
		}
	}
	return strings.Contains(c, "--")
}
