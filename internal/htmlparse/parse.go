// Package htmlparse parses pages. golang.org/x/net/html refuses a page whose
// elements nest more than 512 deep; a hostile page could use that to keep
// its text from being read. Parse then reads the page again with the
// elements nested past a depth dropped — their text kept, in order — so
// the text is still there to extract.
package htmlparse

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// flattenDepths are the nesting depths Parse tries, in turn, when the
// parser refuses a page; at 0 only text remains.
var flattenDepths = []int{256, 64, 0}

// maxParseBytes bounds the page Parse reads; a crawl's body cap is far
// below it, and scan says when a file is larger.
const maxParseBytes = 1 << 30

// Parse parses an HTML page (UTF-8) into a document, scripting disabled
// (see parse). A page the parser
// refuses for its nesting is parsed again with the deepest elements
// dropped (flattened is true); other errors are returned.
func Parse(r io.Reader) (doc *goquery.Document, flattened bool, err error) {
	src, err := io.ReadAll(io.LimitReader(r, maxParseBytes))
	if err != nil {
		return nil, false, fmt.Errorf("read page: %w", err)
	}
	root, err := parse(src)
	if err == nil {
		return goquery.NewDocumentFromNode(root), false, nil
	}
	if !strings.Contains(err.Error(), "open stack of elements") {
		return nil, false, fmt.Errorf("parse HTML: %w", err)
	}
	for _, depth := range flattenDepths {
		if root, err2 := parse(flatten(src, depth)); err2 == nil {
			return goquery.NewDocumentFromNode(root), true, nil
		}
	}
	return nil, false, fmt.Errorf("parse HTML: %w", err)
}

// parse parses src as a browser with scripting disabled does: npswatch
// runs no script, so a <noscript> element's content is the page's content
// (a forum that serves its posts to crawlers in <noscript>), parsed as
// elements rather than kept as raw text.
func parse(src []byte) (*html.Node, error) {
	return html.ParseWithOptions(bytes.NewReader(src), html.ParseOptionEnableScripting(false))
}

// flatten re-serialises src without the elements that open deeper than
// depth (their end tags go with them); text, comments and shallower tags
// stay as they were.
func flatten(src []byte, depth int) []byte {
	z := html.NewTokenizer(bytes.NewReader(src))
	var out bytes.Buffer
	out.Grow(len(src))
	type open struct {
		name string
		kept bool
	}
	var stack []open
	gap := false // a tag was dropped since the last text: keep the words apart
	drop := func() { gap = true }
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes()
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElement(string(name)) {
				if len(stack) < depth {
					out.Write(z.Raw())
				} else {
					drop()
				}
				continue
			}
			kept := len(stack) < depth
			stack = append(stack, open{string(name), kept})
			if kept {
				out.Write(z.Raw())
			} else {
				drop()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i].name == string(name) {
					if stack[i].kept {
						out.Write(z.Raw())
					} else {
						drop()
					}
					stack = stack[:i]
					break
				}
			}
		case html.SelfClosingTagToken:
			if len(stack) < depth {
				out.Write(z.Raw())
			} else {
				drop()
			}
		case html.TextToken:
			if gap {
				out.WriteByte(' ')
				gap = false
			}
			out.Write(z.Raw())
		default: // comments, doctype
			if len(stack) < depth {
				out.Write(z.Raw())
			}
		}
	}
}

// voidElement reports elements that have no end tag.
func voidElement(name string) bool {
	switch name {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr":
		return true
	}
	return false
}
