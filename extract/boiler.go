package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// boiler.go recognises link lists inside a page's content — "related
// searches", "hot searches", tag clouds, category menus that no class
// name marks — by their link density, as boilerplate detection does: a
// block whose visible text is mostly the text of several links is for
// navigating, not reading. Its names and CAS numbers belong to the pages
// it links to, so they stay out of the text of the page's own listing.

// Link-list thresholds: at least minListLinks links, and link text at
// least linkDensity of all text.
const (
	minListLinks = 3
	linkDensity  = 0.7
)

// linkStat is the visible text of a subtree and the part of it inside links.
type linkStat struct{ text, linkText, links int }

// linkStats computes, in one walk, the linkStat of every element.
func linkStats(root *html.Node) map[*html.Node]linkStat {
	st := map[*html.Node]linkStat{}
	var walk func(n *html.Node, inLink bool) linkStat
	walk = func(n *html.Node, inLink bool) linkStat {
		switch {
		case n.Type == html.TextNode:
			l := len(strings.TrimSpace(n.Data))
			if inLink {
				return linkStat{text: l, linkText: l}
			}
			return linkStat{text: l}
		case n.Type != html.ElementNode && n.Type != html.DocumentNode, invisible(n):
			return linkStat{}
		}
		var s linkStat
		a := n.DataAtom == atom.A && attr(n, "href") != ""
		if a {
			s.links++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cs := walk(c, inLink || a)
			s.text += cs.text
			s.linkText += cs.linkText
			s.links += cs.links
		}
		st[n] = s
		return s
	}
	walk(root, false)
	return st
}

// linkList reports whether n is a block of links: several links whose text
// is nearly all of the block's text.
func (p *page) linkList(n *html.Node) bool {
	if n.Type != html.ElementNode || !blockElem(n.DataAtom) || n == p.main || n == p.body {
		return false
	}
	if p.links == nil {
		p.links = linkStats(p.root)
	}
	s := p.links[n]
	return s.links >= minListLinks && s.text > 0 && float64(s.linkText) >= linkDensity*float64(s.text)
}
