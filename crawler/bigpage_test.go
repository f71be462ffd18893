package crawler_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/crawler"
)

// A page bigger than crawler.BigPage is read a part at a time: every row
// reaches the Processor once, in a part that keeps it in its table, no
// part is more than a fraction of the page, and links after the rows are
// still followed.
func TestBigPageReadInParts(t *testing.T) {
	const rows = 40000
	var b strings.Builder
	b.WriteString(`<html><head><title>Big catalogue</title></head><body><div class="wrap"><table class="cat">`)
	for i := 0; i < rows; i++ {
		fmt.Fprintf(&b, `<tr class="row"><td class="name">Item %d</td><td>USD %d.00 per kg, in stock</td></tr>`+"\n", i, i%500)
	}
	b.WriteString(`</table><a href="/after">next</a></div></body></html>`)
	big := b.String()
	if len(big) <= crawler.BigPage {
		t.Fatalf("test page of %d bytes is not big", len(big))
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/big":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, big)
		case "/after":
			fmt.Fprint(w, page("After", "the end"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	var mu sync.Mutex
	parts, seen, maxRows := 0, map[string]int{}, 0
	tg := npswatch.Target{StartURLs: []string{srv.URL + "/big"}, Depth: 1}
	f, titles := wireCrawl(t, tg, func(cfg *crawler.Config) {
		cfg.Process = func(ctx context.Context, p *crawler.Page) (crawler.Extracted, error) {
			mu.Lock()
			defer mu.Unlock()
			if p.Part == 0 {
				return crawler.Extracted{}, nil
			}
			parts++
			if got := p.Doc.Find("title").Text(); got != "Big catalogue" {
				t.Errorf("part %d: title %q", p.Part, got)
			}
			var out crawler.Extracted
			n := 0
			p.Doc.Find("table.cat tr.row td.name").Each(func(_ int, s *goquery.Selection) {
				seen[s.Text()]++
				out.Listings = append(out.Listings, npswatch.Listing{Product: s.Text()})
				n++
			})
			maxRows = max(maxRows, n)
			return out, nil
		}
	})
	if titles == nil {
		t.Fatal("no crawl")
	}
	if parts < 4 {
		t.Errorf("a %d-byte page read in %d parts", len(big), parts)
	}
	if maxRows > rows/3 {
		t.Errorf("one part held %d of %d rows", maxRows, rows)
	}
	for i := 0; i < rows; i++ {
		if n := seen[fmt.Sprintf("Item %d", i)]; n != 1 {
			t.Fatalf("row %d read %d times", i, n)
		}
	}
	var got *npswatch.PageResult
	for _, r := range f.byState(npswatch.PageDone) {
		if strings.HasSuffix(r.Item.URL, "/big") {
			got = r
		}
		if strings.HasSuffix(r.Item.URL, "/after") && r.Capture == nil {
			t.Error("the link after the rows was not fetched")
		}
	}
	if got == nil || len(got.Listings) != rows || got.Defer != nil {
		t.Fatalf("big page result: %+v", got)
	}
	if len(f.byState(npswatch.PageDone)) != 2 {
		t.Errorf("done pages: %d, want 2 (the link after the rows followed)", len(f.byState(npswatch.PageDone)))
	}
}
