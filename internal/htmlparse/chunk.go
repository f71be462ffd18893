package htmlparse

import (
	"bytes"
	"fmt"
	"io"

	"golang.org/x/net/html"
)

// Chunks reads an HTML page (UTF-8) as a stream and hands it to fn in
// parts of about size bytes, so that a page of any size is parsed a part at
// a time and memory stays bounded by the part. A part is cut only between
// elements — after an end tag, or before a start tag that ends an element
// whose end tag the page left out (a new row, a new list item) — at the
// shallowest depth of the page's recent element ends, so the records of a
// table or grid stay whole; in a run of text or void tags with no such
// place, after four times size. Never inside a tag or a text. Every part after the first
// begins with the page's head (the bytes before the body, kept up to
// maxHead) and the start tags of the elements open at the cut — with their
// attributes — so each part parses as the same place in the same page: the
// rows of a table stay rows of that table, the cards of a grid stay in
// their grid. A page shorter than size is one part, byte for byte.
//
// fn gets each part in turn (its bytes are valid until fn returns); an
// error from fn stops the reading and is returned as it is.
func Chunks(r io.Reader, size int, fn func(Part) error) error {
	z := html.NewTokenizer(r)
	z.SetMaxBuf(0)
	var (
		buf    bytes.Buffer
		head   []byte // the page before its body, once the body starts
		inBody bool
		stack  []openTag
		n      int
		ends   endDepths
		hdr    headerReader
	)
	context := 0 // bytes of repeated head and re-opened tags at buf's start
	emit := func() error {
		if err := fn(Part{Index: n, Bytes: buf.Bytes(), Context: context}); err != nil {
			return err
		}
		n++
		buf.Reset()
		buf.Write(head)
		for _, t := range stack {
			buf.Write(t.raw)
			if t.hdr == headerDone {
				buf.Write(t.header)
			}
		}
		context = buf.Len()
		return nil
	}
	for {
		tt := z.Next()
		raw := z.Raw()
		if tt == html.ErrorToken {
			if err := z.Err(); err != io.EOF {
				return fmt.Errorf("read page: %w", err)
			}
			buf.Write(raw) // an unfinished tag at the end is text
			if n == 0 || buf.Len() > context {
				return fn(Part{Index: n, Bytes: buf.Bytes(), Context: context})
			}
			return nil
		}
		full := inBody && buf.Len() >= size
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if !inBody && bodyStarts(tag) {
				inBody = true
				head = headOf(buf.Bytes(), tag)
			}
			if voidElement(tag) {
				hdr.add(stack, raw)
				buf.Write(raw)
				break
			}
			before := len(stack)
			stack = closeImplied(stack, tag)
			hdr.closed(stack)
			if len(stack) < before && ends.add(len(stack)) && full && len(stack) > 0 {
				// the tag ends an element without an end tag (a new row, a
				// new item): the place between the two is a cut
				if err := emit(); err != nil {
					return err
				}
			}
			buf.Write(raw)
			if len(stack) < maxReopen {
				stack = append(stack, openTag{name: tag, raw: append([]byte(nil), raw...)})
			} else {
				stack = append(stack, openTag{name: tag})
			}
			hdr.opened(stack, tag)
			hdr.add(stack, raw)
			continue
		case html.EndTagToken:
			name, _ := z.TagName()
			hdr.add(stack, raw)
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i].name == string(name) {
					stack = stack[:i]
					break
				}
			}
			hdr.closed(stack)
			buf.Write(raw)
			full = ends.add(len(stack)) && full
		default:
			hdr.add(stack, raw)
			// text, a comment, a self-closing tag: a cut only when there is
			// no end tag to cut at (a page of one long run of them)
			buf.Write(raw)
			full = inBody && buf.Len() >= 4*size
		}
		if full && len(stack) > 0 {
			if err := emit(); err != nil {
				return err
			}
		}
	}
}

// headerReader records the header of the table being read: its thead,
// or its first row when that row has th cells.
type headerReader struct {
	table int // index in the stack of the table whose header is read, -1 none
	depth int // the stack depth of the header element (thead or tr)
}

// opened starts reading a header when a thead or a first row opens in a
// table that has none yet.
func (h *headerReader) opened(stack []openTag, tag string) {
	if h.depth > 0 || (tag != "thead" && tag != "tr") {
		return
	}
	for i := len(stack) - 2; i >= 0; i-- {
		if stack[i].name != "table" {
			if stack[i].name == "tbody" || stack[i].name == "thead" || stack[i].name == "tfoot" {
				continue
			}
			return
		}
		if stack[i].hdr != headerNone {
			return
		}
		stack[i].hdr = headerReading
		h.table, h.depth = i, len(stack)
		return
	}
}

// add records raw into the header being read.
func (h *headerReader) add(stack []openTag, raw []byte) {
	if h.depth == 0 || h.table >= len(stack) {
		return
	}
	t := &stack[h.table]
	if len(t.header)+len(raw) > maxHeader {
		t.header, t.hdr, h.depth = nil, headerDone, 0
		return
	}
	t.header = append(t.header, raw...)
}

// closed ends the header when its element has closed: a thead is kept, a
// first row only when it holds th cells (else it is data, not a header).
func (h *headerReader) closed(stack []openTag) {
	if h.depth == 0 || len(stack) >= h.depth {
		return
	}
	if h.table < len(stack) && stack[h.table].name == "table" {
		t := &stack[h.table]
		t.hdr = headerDone
		if !bytes.Contains(bytes.ToLower(t.header), []byte("<th")) { // a thead, or th cells
			t.header = nil
		}
	}
	h.depth = 0
}

// endDepths remembers how deep the page was after each of its last ends of
// elements. The shallowest of them is the level of the page's repeating
// records (a table's rows, a grid's cards): a cut there keeps records whole.
type endDepths struct {
	ring [64]int
	n    int
}

// add records the depth after an element ended and reports whether it is
// the shallowest of the recent ones: a place to cut.
func (e *endDepths) add(depth int) bool {
	e.ring[e.n%len(e.ring)] = depth
	e.n++
	k := min(e.n, len(e.ring))
	for _, d := range e.ring[:k] {
		if d < depth {
			return false
		}
	}
	return true
}

// Part is one part of a page read by Chunks.
type Part struct {
	Index   int    // 0 for the first part
	Bytes   []byte // the part as it parses: Context bytes of context, then the page's own
	Context int    // bytes at the start repeated from before (the head, the open start tags)
}

// maxHead is how much of a page's head every part repeats (its title,
// metadata and structured data come first); maxReopen is how many open
// elements a part re-opens at most (deeper ones open without attributes'
// worth of bytes: not at all).
const (
	maxHead   = 256 << 10
	maxReopen = 64
)

// openTag is an element open at the point read: its name and its start tag
// as the page wrote it.
type openTag struct {
	name string
	raw  []byte
	// for a table: its header (the thead, or a first row of th cells) as
	// the page wrote it, repeated after the start tag so a part's rows
	// keep their column names
	header []byte
	hdr    int // headerNone, headerReading, headerDone
}

const (
	headerNone = iota
	headerReading
	headerDone
)

// maxHeader bounds a table header a part repeats.
const maxHeader = 16 << 10

// bodyStarts reports a start tag that opens (or implies) the body.
func bodyStarts(tag string) bool {
	switch tag {
	case "html", "head", "title", "meta", "link", "base", "script", "style", "noscript", "template":
		return false
	}
	return true
}

// headOf is the part of the page read so far that precedes its body: the
// bytes before the body start tag, at most maxHead of them, with the head
// closed so a part that repeats it parses its own content as body.
func headOf(sofar []byte, tag string) []byte {
	h := sofar
	if len(h) > maxHead {
		h = h[:maxHead]
	}
	out := append([]byte(nil), h...)
	if tag != "body" {
		out = append(out, "</head>"...)
	}
	return out
}

// closeImplied pops the elements a start tag closes without an end tag
// (HTML's optional end tags: a new row ends the open cell and row, a new
// item the open item, a block the open paragraph), so the re-opened stack
// stays the page's real nesting.
func closeImplied(stack []openTag, tag string) []openTag {
	var closes, scope []string
	switch tag {
	case "tr":
		closes, scope = []string{"tr", "td", "th"}, []string{"table", "tbody", "thead", "tfoot"}
	case "td", "th":
		closes, scope = []string{"td", "th"}, []string{"tr", "table"}
	case "tbody", "thead", "tfoot":
		closes, scope = []string{"tbody", "thead", "tfoot", "tr", "td", "th"}, []string{"table"}
	case "li":
		closes, scope = []string{"li"}, []string{"ul", "ol", "menu"}
	case "dt", "dd":
		closes, scope = []string{"dt", "dd"}, []string{"dl"}
	case "option":
		closes, scope = []string{"option"}, []string{"select", "datalist", "optgroup"}
	case "p", "div", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "form", "pre", "blockquote":
		closes, scope = []string{"p"}, []string{"div", "td", "th", "li", "section", "article", "body", "blockquote", "form"}
	default:
		return stack
	}
	cut := len(stack)
	for i := len(stack) - 1; i >= 0 && !has(scope, stack[i].name); i-- {
		if has(closes, stack[i].name) {
			cut = i // the outermost one: a new row ends the cell and the row
		}
	}
	return stack[:cut]
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
