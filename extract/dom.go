package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dom.go holds the html.Node helpers the extractors share: block-aware text
// rendering, attribute access and the page-chrome test. The extractors walk
// html.Node trees directly because cascadia selectors cost more per page
// than the whole walk.

// attr returns the value of the attribute key of n, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n carries the attribute key at all.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// isElem reports whether n is an element of the given atom.
func isElem(n *html.Node, a atom.Atom) bool {
	return n != nil && n.Type == html.ElementNode && n.DataAtom == a
}

// isHeading reports whether n is h1–h6.
func isHeading(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// invisible reports elements whose text is never shown as page content.
// A <noscript> element's content is shown: npswatch reads pages as a
// browser that runs no script (htmlparse parses them so).
func invisible(n *html.Node) bool {
	if n.Type == html.CommentNode {
		return true
	}
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Head,
		atom.Svg, atom.Math, atom.Select, atom.Option, atom.Iframe, atom.Object, atom.Textarea:
		return true
	}
	if hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" {
		return true
	}
	st := strings.ToLower(attr(n, "style"))
	if !strings.Contains(st, "display:none") && !strings.Contains(st, "display: none") {
		return false
	}
	// an inactive tab (description, specifications, reviews) is hidden by
	// a script until clicked: it is the page's content all the same; so is
	// a post behind a content warning or a spoiler, shown by its "Show
	// more" button
	return attr(n, "role") != "tabpanel" && !strings.Contains(strings.ToLower(attr(n, "class")), "tab") && !behindToggle(n) &&
		!hiddenPanel(n)
}

// hiddenPanel reports a hidden element that has a shown sibling of the
// same shape (the same tag, its first child the same tag and class): one
// of a set of panels a script switches between — a published
// spreadsheet's other sheets, a gallery's other pages — whose content is
// the page's all the same.
func hiddenPanel(n *html.Node) bool {
	shape := panelShape(n)
	if shape == "" {
		return false
	}
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == n || c.Type != html.ElementNode || c.DataAtom != n.DataAtom || panelShape(c) != shape {
			continue
		}
		if st := strings.ToLower(attr(c, "style")); !strings.Contains(st, "display:none") && !strings.Contains(st, "display: none") &&
			!hasAttr(c, "hidden") {
			return true
		}
	}
	return false
}

// panelShape is an element's tag and its first element child's tag and
// class ("" when it has no child element).
func panelShape(n *html.Node) string {
	if n.Parent == nil {
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return n.Data + ">" + c.Data + "." + attr(c, "class")
		}
	}
	return ""
}

// toggleRe matches the text or class of a control that reveals hidden
// content: "Show more", a spoiler or content-warning button.
var toggleRe = regexp.MustCompile(`(?i)show\s+(?:more|content|post|all)|read\s+more|spoiler|content[\s_-]*warning|\bcw\b|mostrar\s+más|ver\s+más|mehr\s+anzeigen|показать|显示更多|展开|全文|더\s*보기`)

// behindToggle reports a hidden element whose nearest earlier sibling, or
// its parent's, holds a button or summary that reveals it.
func behindToggle(n *html.Node) bool {
	for _, start := range []*html.Node{n, n.Parent} {
		if start == nil {
			continue
		}
		for c := start.PrevSibling; c != nil; c = c.PrevSibling {
			if c.Type != html.ElementNode {
				continue
			}
			// the nearest element before it only: a toggle further up
			// reveals something else
			found := false
			eachElem(c, func(x *html.Node) bool {
				if found {
					return false
				}
				if x.DataAtom == atom.Button || x.DataAtom == atom.Summary || strings.EqualFold(attr(x, "role"), "button") {
					found = toggleRe.MatchString(inlineText(x)) || toggleRe.MatchString(attr(x, "class"))
				}
				return !found
			})
			if found {
				return true
			}
			break
		}
	}
	return false
}

// navWords are class or id tokens that mark navigation in any template;
// layoutWords mark page header, footer and sidebar unless they sit inside
// content (a card or an article may have a "header" of its own).
var (
	navWords = map[string]bool{
		"nav": true, "navbar": true, "navigation": true, "menu": true, "mainmenu": true,
		"topbar": true, "breadcrumb": true, "breadcrumbs": true, "pagination": true,
		"pager": true, "cookie": true, "cookies": true,
	}
	layoutWords = map[string]bool{"header": true, "footer": true, "sidebar": true}
)

// chromeToken classifies one class or id token: "nav", "site-footer" and
// "top_menu" name chrome, "product-header-title" does not. layout is true
// for header/footer/sidebar tokens, which count only outside content.
func chromeToken(tok string) (chrome, layout bool) {
	tok = strings.ToLower(tok)
	word := tok
	for _, sep := range []string{"-", "_"} {
		head, tail, ok := strings.Cut(tok, sep)
		if !ok || strings.Contains(tail, sep) {
			continue
		}
		switch {
		case head == "site" || head == "page" || head == "main" || head == "global" ||
			head == "top" || head == "primary" || head == "mobile" || head == "sub":
			word = tail
		case tail == "wrapper" || tail == "container" || tail == "wrap" || tail == "bar":
			word = head
		}
	}
	return navWords[word] || layoutWords[word], layoutWords[word]
}

// mayNameChrome is a quick test before tokenising class and id: does s
// (lower case) contain any chrome word at all?
func mayNameChrome(s string) bool {
	for _, w := range []string{"nav", "menu", "bar", "bread", "pag", "foot", "head", "side", "cookie"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isChrome reports whether n itself is navigation, page header or footer:
// nav elements, header/footer/aside elements outside content, ARIA landmark
// roles, and elements whose class or id names chrome.
func isChrome(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Nav:
		return !holdsTable(n)
	case atom.Header, atom.Footer, atom.Aside:
		return !insideContent(n)
	case atom.Html, atom.Body, atom.Main:
		return false
	case atom.Tr:
		return exampleRow(n, rowCells(n)) // a form's "e.g." row is instructions
	}
	switch attr(n, "role") {
	case "navigation":
		return !holdsTable(n)
	case "banner", "contentinfo", "menu", "menubar":
		return true
	}
	if relatedHeaded(n) || reviewHeaded(n) {
		return true
	}
	cls, id := attr(n, "class"), attr(n, "id")
	if cls == "" && id == "" {
		return false
	}
	lower := strings.ToLower(cls + " " + id)
	for _, w := range relatedWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	if !mayNameChrome(lower) {
		return false
	}
	toks := strings.Fields(cls)
	if id != "" {
		toks = append(toks, id)
	}
	for _, tok := range toks {
		chrome, layout := chromeToken(tok)
		if chrome && (!layout || !insideContent(n)) {
			return true
		}
	}
	return false
}

// holdsTable reports whether navigation n holds content: a data table or
// a description list (three rows or terms or more), or more words outside links than a menu has
// (holdsProse). Menus are lists of links; a price list or a product's
// details that a broken template put inside a <nav> are content.
func holdsTable(n *html.Node) bool {
	table := firstElem(n, func(c *html.Node) bool {
		var row atom.Atom
		switch c.DataAtom {
		case atom.Table:
			row = atom.Tr
		case atom.Dl:
			row = atom.Dt
		default:
			return false
		}
		rows := 0
		eachElem(c, func(d *html.Node) bool {
			if d.DataAtom == row {
				rows++
			}
			return rows < 3
		})
		return rows >= 3
	}) != nil
	return table || holdsProse(n)
}

// Navigation that holds prose: at least navProse bytes of text outside
// links, and links less than navLinkShare of its text.
const (
	navProse     = 300
	navLinkShare = 0.3
)

// holdsProse reports whether n has navProse bytes of unlinked text and a
// link density under navLinkShare (the measure boilerplate removers use).
// It stops counting once the answer is known.
func holdsProse(n *html.Node) bool {
	linked, unlinked := 0, 0
	var walk func(c *html.Node, inLink bool) bool
	walk = func(c *html.Node, inLink bool) bool {
		switch {
		case c.Type == html.TextNode:
			l := len(strings.TrimSpace(c.Data))
			if inLink {
				linked += l
			} else {
				unlinked += l
			}
			return unlinked >= 4*navProse
		case c.Type != html.ElementNode || invisible(c):
			return false
		}
		inLink = inLink || c.DataAtom == atom.A
		for d := c.FirstChild; d != nil; d = d.NextSibling {
			if walk(d, inLink) {
				return true
			}
		}
		return false
	}
	walk(n, false)
	return unlinked >= navProse && float64(linked) < navLinkShare*float64(linked+unlinked)
}

// insideContent reports whether a header/footer sits inside an article,
// section, main or list item, where HTML5 uses it for content headings.
func insideContent(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		switch p.DataAtom {
		case atom.Article, atom.Section, atom.Main, atom.Li, atom.Td:
			return true
		}
	}
	return false
}

// inChrome reports whether n or an ancestor is chrome.
func inChrome(n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if isChrome(p) {
			return true
		}
	}
	return false
}

// blockElem reports elements that start a new line of rendered text.
func blockElem(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Tr,
		atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Caption, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Br, atom.Hr, atom.Section, atom.Article, atom.Header,
		atom.Footer, atom.Nav, atom.Aside, atom.Main, atom.Form, atom.Fieldset, atom.Blockquote,
		atom.Pre, atom.Address, atom.Figure, atom.Figcaption, atom.Details, atom.Summary,
		atom.Body, atom.Html, atom.Center, atom.Legend, atom.Label, atom.Button:
		return true
	}
	return false
}

// textBuilder renders nodes to text with one line per block element and
// " | " between table cells, collapsing white space.
type textBuilder struct {
	b       strings.Builder
	pending bool // a space is owed before the next word
	max     int  // stop after this many bytes (0 = no limit)
}

func (t *textBuilder) full() bool { return t.max > 0 && t.b.Len() >= t.max }

func (t *textBuilder) newline() {
	s := t.b.String()
	if len(s) > 0 && s[len(s)-1] != '\n' {
		t.b.WriteByte('\n')
	}
	t.pending = false
}

func (t *textBuilder) sep(s string) {
	cur := t.b.String()
	if len(cur) > 0 && cur[len(cur)-1] != '\n' {
		t.b.WriteString(s)
	}
	t.pending = false
}

func (t *textBuilder) words(s string) {
	for len(s) > 0 {
		r, w := utf8.DecodeRuneInString(s)
		if unicode.IsSpace(r) || r == '\u200b' {
			cur := t.b.String()
			if len(cur) > 0 && cur[len(cur)-1] != '\n' && cur[len(cur)-1] != ' ' {
				t.pending = true
			}
		} else {
			if t.pending {
				t.b.WriteByte(' ')
				t.pending = false
			}
			t.b.WriteString(s[:w])
		}
		s = s[w:]
	}
}

// render appends the text of n; skip (may be nil) prunes subtrees.
func (t *textBuilder) render(n *html.Node, skip func(*html.Node) bool) {
	if t.full() || invisible(n) || (skip != nil && skip(n)) {
		return
	}
	switch n.Type {
	case html.TextNode:
		t.words(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return
	}
	block := n.Type == html.ElementNode && blockElem(n.DataAtom)
	cell := isElem(n, atom.Td) || isElem(n, atom.Th)
	if block {
		t.newline()
	}
	if cell {
		t.sep(" | ")
	}
	if isElem(n, atom.Img) {
		return // alt text is used for names, not for running text
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.render(c, skip)
	}
	if block {
		t.newline()
	} else if n.Type == html.ElementNode && n.DataAtom != atom.A && n.DataAtom != atom.Span &&
		n.DataAtom != atom.B && n.DataAtom != atom.Strong && n.DataAtom != atom.Em &&
		n.DataAtom != atom.I && n.DataAtom != atom.Font && n.DataAtom != atom.Sub && n.DataAtom != atom.Sup {
		// inline-block-ish elements (td handled above) still separate words
		t.pending = t.pending || t.b.Len() > 0
	}
}

func (t *textBuilder) String() string { return strings.TrimSpace(t.b.String()) }

// nodeText renders n as block-aware text.
func nodeText(n *html.Node, skip func(*html.Node) bool) string {
	var t textBuilder
	t.render(n, skip)
	return t.String()
}

// inlineText renders n on one line (headings, link texts, cells).
func inlineText(n *html.Node) string {
	return collapse(nodeText(n, nil))
}

// collapse joins all white space runs, newlines included, into one space.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// firstElem returns the first descendant of n (n excluded) matching f,
// not descending into invisible subtrees.
func firstElem(n *html.Node, f func(*html.Node) bool) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || invisible(c) {
			continue
		}
		if f(c) {
			return c
		}
		if d := firstElem(c, f); d != nil {
			return d
		}
	}
	return nil
}

// eachElem calls f for every element under n (n included) in document
// order; f returns false to skip the element's subtree.
func eachElem(n *html.Node, f func(*html.Node) bool) {
	if n.Type == html.ElementNode || n.Type == html.DocumentNode {
		if n.Type == html.ElementNode && !f(n) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			eachElem(c, f)
		}
	}
}

// depth returns the number of ancestors of n.
func depth(n *html.Node) int {
	d := 0
	for p := n.Parent; p != nil; p = p.Parent {
		d++
	}
	return d
}

// truncateRunes caps s at max runes (max <= 0 means no cap).
func truncateRunes(s string, max int) string {
	if max <= 0 || utf8.RuneCountInString(s) <= max {
		return s
	}
	i := 0
	for n := 0; n < max; n++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return strings.TrimSpace(s[:i])
}

// nodeStat is what a subtree holds: bytes of visible text and links.
type nodeStat struct{ text, links int }

// nodeStats holds the stats of every element, computed in one walk, so
// that groups can skip members that cannot be cards without reading them.
type nodeStats map[*html.Node]nodeStat

func (st nodeStats) count(n *html.Node) nodeStat {
	var s nodeStat
	switch {
	case n.Type == html.TextNode:
		return nodeStat{text: len(strings.TrimSpace(n.Data))}
	case n.Type != html.ElementNode && n.Type != html.DocumentNode, invisible(n):
		return s
	case n.DataAtom == atom.A && attr(n, "href") != "":
		s.links++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		cs := st.count(c)
		s.text += cs.text
		s.links += cs.links
	}
	st[n] = s
	return s
}
