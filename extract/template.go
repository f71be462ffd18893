package extract

import (
	"hash/fnv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// template.go learns a site's template while it is crawled: the blocks that
// repeat, word for word, on many of its pages — header and menus, a "hot
// searches" box, a site-wide "hot products" or "latest offers" rail, the
// footer — are chrome, whatever their class names say. Their product names
// and CAS numbers are not offers of the pages that merely repeat them (each
// product is crawled on its own page), and their words ("test strip") say
// nothing about the page's own offer. A page read alone (scan) has no
// template and falls back to the in-page rules (dom.go, rails.go, boiler.go).

// Template thresholds: a block is chrome once it was seen on at least
// minChromePages pages and on chromeShare of the pages observed; a template
// is mature once it has observed MatureTemplatePages pages.
const (
	minChromePages      = 5
	chromeShare         = 0.4
	MatureTemplatePages = 6
	maxTemplateBlocks   = 1 << 16
)

// blockContext is how many ancestors' tag and class signatures a block's
// print includes besides its own.
const blockContext = 3

// Block size bounds: smaller blocks are words ("Home"), larger ones are
// page sections that hold the content.
const (
	minBlockText = 12
	maxBlockText = 6000
)

// Template is what the pages of one site share. It is safe for concurrent
// use: the crawler observes pages of a host while extraction reads it.
type Template struct {
	mu    sync.RWMutex
	pages int
	seen  map[uint64]int  // block print → pages it was on
	cards map[string]bool // shapes of the site's product grids
}

// NewTemplate returns an empty template.
func NewTemplate() *Template { return &Template{seen: map[uint64]int{}, cards: map[string]bool{}} }

// LearnCards records the shapes of the product grids extraction found on a
// page (Result.CardShapes): a lone card of such a shape on another page of
// the site is a product too.
// It reports whether a shape was new.
func (t *Template) LearnCards(shapes []string) bool {
	if t == nil || len(shapes) == 0 {
		return false
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	learned := false
	for _, s := range shapes {
		if !t.cards[s] && len(t.cards) < maxTemplateBlocks {
			t.cards[s] = true
			learned = true
		}
	}
	return learned
}

// cardShapes returns the product-grid shapes learned so far (nil without a
// template).
func (t *Template) cardShapes() map[string]bool {
	if t == nil {
		return nil
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	out := make(map[string]bool, len(t.cards))
	for s := range t.cards {
		out[s] = true
	}
	return out
}

// Observe adds the blocks of one page (its root node) to the template.
func (t *Template) Observe(root *html.Node) {
	prints := map[uint64]bool{}
	blockPrints(root, func(_ *html.Node, p uint64) { prints[p] = true })
	t.mu.Lock()
	defer t.mu.Unlock()
	t.pages++
	for p := range prints {
		if _, ok := t.seen[p]; ok || len(t.seen) < maxTemplateBlocks {
			t.seen[p]++
		}
	}
}

// Pages returns how many pages the template has observed.
func (t *Template) Pages() int {
	if t == nil {
		return 0
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.pages
}

// Mature reports whether the template has seen enough pages to tell its
// chrome.
func (t *Template) Mature() bool { return t.Pages() >= MatureTemplatePages }

// chromeNodes returns the blocks of a page that the template knows as
// chrome, or nil without a template.
func (t *Template) chromeNodes(root *html.Node) map[*html.Node]bool {
	if t == nil {
		return nil
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	need := max(minChromePages, int(chromeShare*float64(t.pages)+0.999))
	if t.pages < minChromePages {
		return nil
	}
	var out map[*html.Node]bool
	prints := map[*html.Node]uint64{}
	blockPrints(root, func(n *html.Node, p uint64) {
		if t.seen[p] >= need {
			if out == nil {
				out = map[*html.Node]bool{}
			}
			out[n] = true
			prints[n] = p
		}
	})
	ownCopies(out, prints)
	return out
}

// ownCopies keeps the page's own copy of a product that its site-wide rail
// also shows: when a page carries a chrome block inside its repeated rail
// and the same block again outside any chrome (the category's grid lists
// the product the rail features), the copy outside is the page's content.
// Only blocks with a price count, so a menu drawn twice stays chrome.
func ownCopies(chrome map[*html.Node]bool, prints map[*html.Node]uint64) {
	inRail := map[uint64]bool{}
	var top []*html.Node
	for n, p := range prints {
		if chromeAncestor(n, chrome) {
			inRail[p] = true
		} else {
			top = append(top, n)
		}
	}
	for _, n := range top {
		if !inRail[prints[n]] || findPrice(inlineText(n)) == "" {
			continue
		}
		delete(chrome, n)
		for d := range n.Descendants() {
			delete(chrome, d)
		}
	}
}

// chromeAncestor reports whether an ancestor of n is in chrome.
func chromeAncestor(n *html.Node, chrome map[*html.Node]bool) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if chrome[a] {
			return true
		}
	}
	return false
}

// templateBlock reports elements that can be a block of a template.
func templateBlock(a atom.Atom) bool {
	switch a {
	case atom.Div, atom.Section, atom.Aside, atom.Nav, atom.Header, atom.Footer, atom.Ul, atom.Ol,
		atom.Table, atom.Form, atom.Dl, atom.P, atom.Li, atom.Tr, atom.Span, atom.A, atom.Article, atom.Figure:
		return true
	}
	return false
}

// blockPrints calls f for every template block under root with its print:
// an FNV-64 hash of the tag and class signatures of the block and its
// nearest ancestors, and of its visible text, white space collapsed.
// It walks the tree once, hashing each block's text from its children's.
func blockPrints(root *html.Node, f func(*html.Node, uint64)) {
	var walk func(n *html.Node) (text []byte)
	walk = func(n *html.Node) []byte {
		switch {
		case n.Type == html.TextNode:
			return collapseBytes(n.Data)
		case n.Type != html.ElementNode && n.Type != html.DocumentNode, invisible(n):
			return nil
		}
		var text []byte
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			ct := walk(c)
			if len(ct) == 0 {
				continue
			}
			if len(text) > 0 {
				text = append(text, ' ')
			}
			text = append(text, ct...)
			if len(text) > maxBlockText {
				text = text[:maxBlockText+1] // a page section: its blocks are printed below it
			}
		}
		if n.Type == html.ElementNode && templateBlock(n.DataAtom) && len(text) >= minBlockText && len(text) <= maxBlockText {
			h := fnv.New64a()
			// where the block stands counts: the same product link in a
			// site-wide rail and in a category's grid are two blocks
			for a, up := n, 0; a != nil && a.Type == html.ElementNode && up <= blockContext; a, up = a.Parent, up+1 {
				h.Write([]byte(signature(a)))
				h.Write([]byte{'<'})
			}
			h.Write([]byte{0})
			h.Write(text)
			f(n, h.Sum64())
		}
		return text
	}
	walk(root)
}

// collapseBytes returns s with white space runs as single spaces, trimmed.
func collapseBytes(s string) []byte {
	var out []byte
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' {
			space = len(out) > 0
			continue
		}
		if space {
			out = append(out, ' ')
			space = false
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

// TemplateReport says which blocks of a page its template takes for
// chrome, for scan --show page and tests: their text, shortened.
func (t *Template) TemplateReport(root *html.Node) []string {
	var out []string
	for n := range t.chromeNodes(root) {
		if s := strings.TrimSpace(inlineText(n)); s != "" {
			out = append(out, truncateRunes(s, 80))
		}
	}
	return out
}
