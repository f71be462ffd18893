package crawler_test

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/crawler"
)

// A page with listings has its images fetched and recorded after it (with
// requisites: all, its style sheet too), from its own host and the hosts
// the target allows, never parsed; a page without listings, and a page
// with requisites: none, has none.
func TestRequisites(t *testing.T) {
	var mu sync.Mutex
	cdnHits := 0
	cdn := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		cdnHits++
		mu.Unlock()
		w.Header().Set("Content-Type", "image/jpeg")
		fmt.Fprint(w, "JPEGDATA")
	}))
	defer cdn.Close()
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("an image on a host the target does not allow was fetched: %s", r.URL)
	}))
	defer other.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/shop":
			fmt.Fprint(w, `<!doctype html><html><head><title>Shop</title><link rel="stylesheet" href="/s.css">
				<meta property="og:image" content="/img/og.png"></head><body>
				<img src="/img/1.png"><img src="data:image/gif;base64,R0lGOD"><img data-src="/img/lazy.png" src="/img/blank.gif">
				<img srcset="/img/2.png 1x, /img/2@2x.png 2x"><img src="`+cdn.URL+`/p/3.jpg"><img src="`+other.URL+`/x.png">
				<img src="/img/1.png#again"><a href="/about">about</a></body></html>`)
		case "/about":
			fmt.Fprint(w, page("About", `<img src="/img/about.png">`))
		case "/s.css":
			w.Header().Set("Content-Type", "text/css")
			fmt.Fprint(w, "body{color:red}")
		default:
			if strings.HasPrefix(r.URL.Path, "/img/") {
				w.Header().Set("Content-Type", "text/html") // served as HTML: still not parsed
				fmt.Fprint(w, `<a href="/never">never</a>`)
				return
			}
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	cdnHost := strings.TrimPrefix(cdn.URL, "http://")
	process := func(ctx context.Context, p *crawler.Page) (crawler.Extracted, error) {
		if strings.HasSuffix(p.URL.Path, "/shop") {
			return crawler.Extracted{Listings: []npswatch.Listing{{ID: "l1", URL: p.URL.String(), Product: "x"}}}, nil
		}
		return crawler.Extracted{}, nil
	}
	for _, tt := range []struct {
		mode string
		want []string
	}{
		{"", []string{"/img/og.png", "/img/1.png", "/img/lazy.png", "/img/blank.gif", "/img/2.png", "/p/3.jpg"}},
		{npswatch.RequisitesAll, []string{"/img/og.png", "/img/1.png", "/img/lazy.png", "/img/blank.gif", "/img/2.png", "/p/3.jpg", "/s.css"}},
		{npswatch.RequisitesNone, nil},
	} {
		t.Run(cmp.Or(tt.mode, "default"), func(t *testing.T) {
			tg := npswatch.Target{StartURLs: []string{srv.URL + "/shop"}, Depth: 2, Requisites: tt.mode, RequisiteHosts: []string{cdnHost}}
			f, _ := wireCrawl(t, tg, func(c *crawler.Config) { c.Process = process })
			shop := captureFor(t, f, "/shop")
			var got []string
			for _, u := range shop.Requisites {
				got = append(got, strings.TrimPrefix(strings.TrimPrefix(u, srv.URL), cdn.URL))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("requisites %v, want %v", got, tt.want)
			}
			for _, u := range shop.Requisites {
				c := captureFor(t, f, strings.TrimPrefix(strings.TrimPrefix(u, srv.URL), cdn.URL))
				if c.ID != npswatch.RequisiteCaptureID("wire", u) || c.RequisiteOf != shop.URL || c.Parsed || len(c.RawResponse) == 0 {
					t.Errorf("%s: id %s of %q parsed %v raw %d bytes", u, c.ID, c.RequisiteOf, c.Parsed, len(c.RawResponse))
				}
			}
			about := captureFor(t, f, "/about")
			if len(about.Requisites) > 0 {
				t.Errorf("a page without listings has requisites %v", about.Requisites)
			}
			for _, r := range f.byState(npswatch.PageDone) {
				if strings.HasSuffix(r.Item.URL, "/never") {
					t.Error("a link inside a requisite was followed")
				}
			}
		})
	}
}
