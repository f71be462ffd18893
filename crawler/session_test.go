package crawler_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/npswatch/npswatch"
)

// tokenSite serves a market whose every link carries a session token that
// changes on every response, under a parameter no drop list names. shared
// says whether one response pastes one token into all its links (a
// session id) or a fresh one into each link.
func tokenSite(t *testing.T, shared bool) (*httptest.Server, func() map[string]int) {
	t.Helper()
	var mu sync.Mutex
	hits := map[string]int{}
	fresh := func() string {
		b := make([]byte, 8)
		rand.Read(b)
		return hex.EncodeToString(b)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		tok := fresh()
		link := func(p string) string {
			if !shared {
				tok = fresh()
			}
			return fmt.Sprintf(`<a href="%s?zx=%s">%s</a> `, p, tok, p)
		}
		var b strings.Builder
		b.WriteString("<html><body><h1>" + r.URL.Path + "</h1>")
		for _, p := range []string{"/", "/listing/1", "/listing/2", "/listing/3", "/vendor/a", "/vendor/b", "/rules"} {
			b.WriteString(link(p))
		}
		b.WriteString("</body></html>")
		fmt.Fprint(w, b.String())
	}))
	t.Cleanup(srv.Close)
	return srv, func() map[string]int {
		mu.Lock()
		defer mu.Unlock()
		out := map[string]int{}
		for k, v := range hits {
			out[k] = v
		}
		return out
	}
}

func TestSessionTokenLearned(t *testing.T) {
	for _, tc := range []struct {
		name   string
		shared bool
		// requests allowed per page: a shared token is learned from the first
		// page's links; a fresh token per link costs one duplicate fetch before
		// two pages show the same text under two values of it
		extra int
	}{
		{"one token on every link", true, 0},
		{"a new token on every link", false, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, hits := tokenSite(t, tc.shared)
			f := newMemFrontier()
			_, err := crawl(t, context.Background(), f, npswatch.Target{StartURLs: []string{srv.URL + "/"}, Depth: 4, Rate: 1000}, true)
			if err != nil {
				t.Fatal(err)
			}
			extra := 0
			for path, n := range hits() {
				if path == "/robots.txt" {
					continue
				}
				if n > 1 {
					extra += n - 1
				}
			}
			if extra > tc.extra {
				t.Errorf("%d duplicate fetches, want at most %d: %v", extra, tc.extra, hits())
			}
			for _, r := range f.byState(npswatch.PageDone) {
				for _, l := range r.Listings {
					if strings.Contains(l.URL, "zx=") {
						t.Errorf("listing filed under a session URL %s", l.URL)
					}
				}
			}
		})
	}
}

// TestPermalinkParamsLearned crawls a forum whose threads link to each of
// their replies as "?do=findComment&comment=N" (Invision Community's
// permalinks), each showing the thread itself: after two such URLs showed
// their thread unchanged, the parameters are learned and the rest are not
// fetched.
func TestPermalinkParamsLearned(t *testing.T) {
	var mu sync.Mutex
	hits := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		var b strings.Builder
		b.WriteString("<html><body><h1>" + r.URL.Path + "</h1>")
		if r.URL.Path == "/" {
			for i := range 4 {
				fmt.Fprintf(&b, `<a href="/topic/%d/">topic %d</a> `, i, i)
			}
		} else {
			for c := range 6 {
				fmt.Fprintf(&b, `<p>reply %d on %s <a href="%s?do=findComment&amp;comment=%d">#</a></p>`, c, r.URL.Path, r.URL.Path, 100+c)
			}
		}
		b.WriteString("</body></html>")
		fmt.Fprint(w, b.String())
	}))
	t.Cleanup(srv.Close)
	f := newMemFrontier()
	if _, err := crawl(t, context.Background(), f, npswatch.Target{StartURLs: []string{srv.URL + "/"}, Depth: 3, Rate: 1000}, true); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	total := 0
	for path, n := range hits {
		if path != "/robots.txt" {
			total += n
		}
	}
	// 5 pages; without learning, 5 + 4×6 permalinks = 29 requests
	if total > 8 {
		t.Errorf("%d requests for 5 pages, want at most 8: %v", total, hits)
	}
}
