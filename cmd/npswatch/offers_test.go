package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/npswatch/npswatch"
)

// pagedShop is a catalogue of three items a page, in order: a stock table
// with no links, or with withPages a grid of cards that link to each
// item's own page.
type pagedShop struct {
	mu        sync.Mutex
	items     [][2]string // name, CAS
	withPages bool
}

func (s *pagedShop) serve(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		defer s.mu.Unlock()
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case r.URL.Path == "/list":
			var page int
			fmt.Sscan(r.URL.Query().Get("page"), &page)
			fmt.Fprintf(w, `<!doctype html><html><head><title>Products, page %d | Quillon Trade</title></head><body><h1>Products</h1>`, page)
			if !s.withPages {
				fmt.Fprint(w, `<table><tr><th>Product</th><th>CAS No.</th><th>Price</th><th>Supplier</th></tr>`)
			} else {
				fmt.Fprint(w, `<div class="grid">`)
			}
			for i := (page - 1) * 3; i >= 0 && i < min(page*3, len(s.items)); i++ {
				it := s.items[i]
				if !s.withPages {
					fmt.Fprintf(w, `<tr><td>%s</td><td>%s</td><td>$%d / kg</td><td>Hexon Trading</td></tr>`, it[0], it[1], 100+len(it[0]))
					continue
				}
				fmt.Fprintf(w, `<div class="card"><h3><a href="/item/%s">%s</a></h3><p>CAS %s</p><span class="price">$%d / kg</span><p>Seller: Hexon Trading</p><button>Add to cart</button></div>`,
					url.PathEscape(it[0]), it[0], it[1], 100+len(it[0]))
			}
			if !s.withPages {
				fmt.Fprint(w, `</table><p>`)
			} else {
				fmt.Fprint(w, `</div><p>`)
			}
			for p := 1; p <= (len(s.items)+2)/3; p++ {
				fmt.Fprintf(w, ` <a href="/list?page=%d">%d</a>`, p, p)
			}
			fmt.Fprint(w, `</p></body></html>`)
		case strings.HasPrefix(r.URL.Path, "/item/") && s.withPages:
			name := strings.TrimPrefix(r.URL.Path, "/item/")
			for _, it := range s.items {
				if it[0] == name {
					fmt.Fprintf(w, `<!doctype html><html><head><title>%s | Quillon Trade</title></head><body><h1>%s</h1>
<table><tr><th>CAS No.</th><td>%s</td></tr><tr><th>Price</th><td>$150 / kg</td></tr><tr><th>Seller</th><td>Hexon Trading</td></tr></table>
<p>Stealth packaging, reship if seized.</p><button>Add to cart</button></body></html>`, it[0], it[0], it[1])
					return
				}
			}
			http.NotFound(w, r)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

var pagedItems = [][2]string{{"Benzyl chloride", "100-44-7"}, {"N-Phenethyl-4-piperidone", "39742-60-4"},
	{"4-Anilinopiperidine", "23056-29-3"}, {"Sodium chloride", "7647-14-5"}, {"4-ANPP", "21409-26-7"},
	{"Citric acid", "77-92-9"}, {"Xylazine", "7361-61-7"}, {"1-Boc-4-piperidone", "79099-07-3"}, {"Acetone", "67-64-1"}}

// TestPaginationShiftNoNews crawls a catalogue twice; between the crawls
// its first item is removed, so every other item moves up one place and
// two of them to another page. Only the removed item is news (gone);
// the moved ones are neither new nor gone.
func TestPaginationShiftNoNews(t *testing.T) {
	shop := &pagedShop{items: pagedItems}
	srv := shop.serve(t)
	db := filepath.Join(t.TempDir(), "p.db")
	crawl := []string{"crawl", "--db", db, "--depth", "2", "--rate", "100", "--gone-after", "1", srv.URL + "/list?page=1"}
	mustCLI(t, crawl...)
	mustCLI(t, "report", "--db", db, "--format", "json", "--mark")
	shop.mu.Lock()
	shop.items = shop.items[1:]
	shop.mu.Unlock()
	mustCLI(t, crawl...)
	out := mustCLI(t, "report", "--db", db, "--format", "json")
	var r reportJSON
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.NewListings) != 0 || len(r.NewHits) != 0 || len(r.Changed) != 0 {
		t.Errorf("after the shift: %d new listings, %d new hits, %d changed; want none\n%s", len(r.NewListings), len(r.NewHits), len(r.Changed), out)
	}
	if len(r.GoneListings) != 1 || r.GoneListings[0].Product != "Benzyl chloride" {
		t.Errorf("gone %+v, want Benzyl chloride alone", r.GoneListings)
	}
}

// TestOfferRows: a card and the item's own page are one offer: the hits
// table has one row for it, seen on two pages; jsonl has a line per page,
// both with the offer's id; triage by that id covers both.
func TestOfferRows(t *testing.T) {
	shop := &pagedShop{items: pagedItems[1:3], withPages: true}
	srv := shop.serve(t)
	db := filepath.Join(t.TempDir(), "o.db")
	mustCLI(t, "crawl", "--db", db, "--depth", "2", "--rate", "100", srv.URL+"/list?page=1")
	table, _, _ := runCLI(t, "hits", "--db", db)
	lines := strings.Split(strings.TrimSpace(table), "\n")
	if len(lines) != 3 { // header, NPP, 4-AP
		t.Fatalf("hits table has %d lines, want a header and 2 offers:\n%s", len(lines), table)
	}
	for _, l := range lines[1:] {
		if !strings.Contains(l, "/item/") || !strings.Contains(l, " 2 ") {
			t.Errorf("row %q: want the item's own page, seen on 2 pages", l)
		}
	}
	jsonl, _, _ := runCLI(t, "hits", "--db", db, "--format", "jsonl")
	byID := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(jsonl), "\n") {
		var h npswatch.Hit
		if err := json.Unmarshal([]byte(line), &h); err != nil {
			t.Fatal(err)
		}
		byID[h.ID] = append(byID[h.ID], h.URL)
	}
	if len(byID) != 2 {
		t.Fatalf("jsonl hits of %d ids, want 2: %v", len(byID), byID)
	}
	exported := false
	for id, urls := range byID {
		if len(urls) != 2 {
			t.Errorf("hit %s on %v, want a line for the card's page and one for the item's", id, urls)
		}
		if !exported {
			// the evidence of the offer holds both pages
			exported = true
			wacz := filepath.Join(t.TempDir(), "offer.wacz")
			mustCLI(t, "export", "--db", db, "--hit", id, "--out", wacz)
			zr, err := zip.OpenReader(wacz)
			if err != nil {
				t.Fatal(err)
			}
			var pages []byte
			for _, f := range zr.File {
				if f.Name == "pages/pages.jsonl" {
					rc, _ := f.Open()
					pages, _ = io.ReadAll(rc)
					rc.Close()
				}
			}
			zr.Close()
			for _, u := range urls {
				if !bytes.Contains(pages, []byte(`"url":"`+u+`"`)) {
					t.Errorf("the package of hit %s has no page %s:\n%s", id, u, pages)
				}
			}
		}
		mustCLI(t, "triage", "--db", db, id, "--status", "dismissed")
	}
	if table, _, _ := runCLI(t, "hits", "--db", db, "--status", "dismissed"); strings.Count(strings.TrimSpace(table), "\n") != 2 {
		t.Errorf("dismissed hits:\n%s", table)
	}
}
