package htmlparse

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// parts reads src with Chunks and returns copies of the parts.
func parts(t testing.TB, src string, size int) []Part {
	t.Helper()
	var out []Part
	err := Chunks(strings.NewReader(src), size, func(p Part) error {
		p.Bytes = append([]byte(nil), p.Bytes...)
		out = append(out, p)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// own is the concatenation of the parts' own bytes (without context): the
// page as it came.
func own(ps []Part) string {
	var b strings.Builder
	for _, p := range ps {
		b.Write(p.Bytes[p.Context:])
	}
	return b.String()
}

func catalogue(rows int, optionalEnds bool) string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Catalogue</title></head>` +
		`<body class="shop"><div id="main"><table class="products"><tr><th>Name</th><th>Price</th></tr>`)
	for i := 0; i < rows; i++ {
		if optionalEnds {
			fmt.Fprintf(&b, `<tr class="item"><td>Product %d<td>USD %d.00`, i, i%900+5)
		} else {
			fmt.Fprintf(&b, `<tr class="item"><td>Product %d</td><td>USD %d.00</td></tr>`, i, i%900+5)
		}
	}
	b.WriteString(`</table></div></body></html>`)
	return b.String()
}

func TestChunksKeepContext(t *testing.T) {
	for _, tc := range []struct {
		name         string
		optionalEnds bool
	}{{"closed rows", false}, {"rows without end tags", true}} {
		t.Run(tc.name, func(t *testing.T) {
			src := catalogue(5000, tc.optionalEnds)
			ps := parts(t, src, 16<<10)
			if len(ps) < 10 {
				t.Fatalf("%d parts of a %d-byte page at 16 KiB", len(ps), len(src))
			}
			if got := own(ps); got != src {
				t.Fatalf("the parts' own bytes are not the page (%d vs %d bytes)", len(got), len(src))
			}
			rows := 0
			for _, p := range ps {
				if len(p.Bytes) > 64<<10 {
					t.Errorf("part %d is %d bytes", p.Index, len(p.Bytes))
				}
				doc, err := goquery.NewDocumentFromReader(bytes.NewReader(p.Bytes))
				if err != nil {
					t.Fatal(err)
				}
				if got := doc.Find("title").Text(); got != "Catalogue" {
					t.Errorf("part %d: title %q", p.Index, got)
				}
				if doc.Find("body.shop").Length() != 1 {
					t.Errorf("part %d lost the body's attributes", p.Index)
				}
				// the table's header row comes with every part, once
				if got := doc.Find("table.products th").Length(); got != 2 {
					t.Errorf("part %d: %d header cells, want 2", p.Index, got)
				}
				// every row of every part is a row of the products table, with both cells
				doc.Find("tr").Each(func(_ int, s *goquery.Selection) {
					if s.ParentsFiltered("table.products").Length() != 1 || s.ParentsFiltered("div#main").Length() != 1 {
						t.Errorf("part %d: a row outside its table: %q", p.Index, s.Text())
					}
					if s.Find("td").Length() == 2 {
						rows++
					}
				})
			}
			// a row cut in two would count in neither part with two cells
			if rows < 4990 {
				t.Errorf("%d whole rows in the parts, want about 5000", rows)
			}
		})
	}
}

func TestChunksSmallPageIsOnePart(t *testing.T) {
	src := catalogue(10, false)
	ps := parts(t, src, 1<<20)
	if len(ps) != 1 || string(ps[0].Bytes) != src || ps[0].Context != 0 {
		t.Fatalf("a small page gave %d parts", len(ps))
	}
	if ps := parts(t, "", 1<<20); len(ps) != 1 || len(ps[0].Bytes) != 0 {
		t.Fatalf("an empty page gave %d parts", len(ps))
	}
}

func TestChunksStopsOnError(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	err := Chunks(strings.NewReader(catalogue(2000, false)), 4<<10, func(Part) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 {
		t.Fatalf("err %v after %d calls", err, calls)
	}
}

// FuzzChunks: whatever the bytes, the parts' own bytes are the page, and
// every part parses.
func FuzzChunks(f *testing.F) {
	f.Add(catalogue(50, false), 64)
	f.Add(catalogue(50, true), 100)
	f.Add("<p>one<p>two<ul><li>a<li>b</ul><script>x<y</script><!-- c -->", 8)
	f.Add("<html><head><title>t</title><body>text only", 1)
	f.Fuzz(func(t *testing.T, src string, size int) {
		if size < 1 || size > 1<<16 {
			size = 64
		}
		var ps []Part
		err := Chunks(strings.NewReader(src), size, func(p Part) error {
			if p.Context > len(p.Bytes) {
				t.Fatalf("context %d of a %d-byte part", p.Context, len(p.Bytes))
			}
			if _, err := goquery.NewDocumentFromReader(bytes.NewReader(p.Bytes)); err != nil && !strings.Contains(err.Error(), "open stack") {
				t.Fatalf("part %d does not parse: %v", p.Index, err)
			}
			p.Bytes = append([]byte(nil), p.Bytes...)
			ps = append(ps, p)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if got := own(ps); got != src {
			t.Fatalf("own bytes differ: %q vs %q", got, src)
		}
	})
}
