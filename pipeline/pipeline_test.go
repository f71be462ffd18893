package pipeline_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/crawler"
	"github.com/npswatch/npswatch/pipeline"
	"github.com/npswatch/npswatch/storage"
)

// shop serves a home page and eight product pages that all repeat a
// "hot offers" rail of controlled substances under a class name no in-page
// rule knows: only the template learned across pages tells it is chrome.
func shop(t *testing.T) *httptest.Server {
	t.Helper()
	rail := `<div class="zq"><div class="zq-i"><a href="/p/90">Carfentanil 99%</a> <b>$900</b> <a href="/c?a=90">Add to cart</a></div>
		<div class="zq-i"><a href="/p/91">Isotonitazene powder</a> <b>$500</b> <a href="/c?a=91">Add to cart</a></div></div>`
	cas := []string{"7647-14-5", "144-55-8", "77-92-9", "7757-82-6", "58-08-2", "69-65-8", "50-81-7", "57-50-1"}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt":
			http.NotFound(w, r)
		case r.URL.Path == "/":
			var links strings.Builder
			for i := range cas {
				fmt.Fprintf(&links, `<li><a href="/p/%d">Product %d</a></li>`, i, i)
			}
			fmt.Fprintf(w, `<html><head><title>Shop</title></head><body><h1>Welcome</h1><ul>%s</ul>%s</body></html>`, links.String(), rail)
		case strings.HasPrefix(r.URL.Path, "/p/"):
			var i int
			fmt.Sscanf(r.URL.Path, "/p/%d", &i)
			if i >= len(cas) {
				http.NotFound(w, r)
				return
			}
			fmt.Fprintf(w, `<html><head><title>Reagent %d | Shop</title></head><body><main><h1>Reagent %d, 1 kg</h1>
				<table><tr><th>CAS No.</th><td>%s</td></tr><tr><th>Price</th><td>$%d.00</td></tr></table>
				<a href="/c?a=%d">Add to cart</a></main>%s</body></html>`, i, i, cas[i], 10+i, i, rail)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func newRun(t *testing.T, db *storage.DB, start string) *npswatch.Run {
	t.Helper()
	run := &npswatch.Run{ID: storage.NewRunID(time.Now()), Started: time.Now().UTC(), State: npswatch.RunRunning,
		Targets: []npswatch.Target{{Name: "shop", StartURLs: []string{start}, Depth: 2, Rate: 1000, Concurrency: 1, MaxPages: 100}}}
	if err := db.PutRun(context.Background(), run); err != nil {
		t.Fatal(err)
	}
	return run
}

func crawl(t *testing.T, ctx context.Context, db *storage.DB, run *npswatch.Run, seed bool) error {
	t.Helper()
	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	p.UseTargets(run.Targets)
	c, err := crawler.New(crawler.Config{RunID: run.ID, Targets: run.Targets, Frontier: db, Process: p.Process, Flush: p.Flush})
	if err != nil {
		t.Fatal(err)
	}
	if seed {
		if err := c.Seed(ctx); err != nil {
			t.Fatal(err)
		}
	}
	return c.Run(ctx)
}

func TestTemplateAcrossCrawl(t *testing.T) {
	srv := shop(t)
	db, err := storage.Open(filepath.Join(t.TempDir(), "p.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	run := newRun(t, db, srv.URL+"/")
	if err := crawl(t, ctx, db, run, true); err != nil {
		t.Fatal(err)
	}
	hits, err := db.Hits(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		t.Errorf("hit on %s for %s: the rail every page repeats is chrome", h.URL, h.Substance.Name)
	}
	listings, err := db.Listings(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	byURL := map[string]int{}
	for _, l := range listings {
		byURL[strings.TrimPrefix(l.URL, srv.URL)]++
	}
	for i := 0; i < 8; i++ {
		if byURL[fmt.Sprintf("/p/%d", i)] != 1 {
			t.Errorf("product page %d has %d listings, want its own one (held-back pages included): %v", i, byURL[fmt.Sprintf("/p/%d", i)], byURL)
		}
	}
	if left, _ := db.DeferredPages(ctx, run.ID); len(left) != 0 {
		t.Errorf("%d pages still wait for extraction after the run", len(left))
	}
}

// TestDeferredResume stops a crawl while pages wait for their template;
// the notes survive and a resumed run extracts those pages.
func TestDeferredResume(t *testing.T) {
	srv := shop(t)
	path := filepath.Join(t.TempDir(), "p.db")
	db, err := storage.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	run := newRun(t, db, srv.URL+"/")
	// commit two pages as deferred, as a crawl killed before its flush leaves them
	ctx := context.Background()
	for i, p := range []string{"/", "/p/0"} {
		res := &npswatch.PageResult{Item: npswatch.QueueItem{URL: srv.URL + p, Host: strings.TrimPrefix(srv.URL, "http://")},
			State: npswatch.PageDone}
		body := []byte(`<html><body><main><h1>Reagent X, 1 kg</h1><table><tr><th>CAS No.</th><td>7647-14-5</td></tr></table><p>$12.00</p><a href="/c">Add to cart</a></main></body></html>`)
		res.Capture = &npswatch.Capture{ID: fmt.Sprintf("cap%d", i), RunID: run.ID, URL: srv.URL + p, Status: 200,
			ContentType: "text/html; charset=utf-8", Body: body, FetchedAt: time.Now().UTC(), ResponseHeader: http.Header{}}
		res.Defer = &npswatch.DeferredPage{CaptureID: res.Capture.ID, URL: srv.URL + p, Host: res.Item.Host}
		if _, err := db.Commit(ctx, run.ID, res, 0); err != nil {
			t.Fatal(err)
		}
	}
	if left, _ := db.DeferredPages(ctx, run.ID); len(left) != 2 {
		t.Fatalf("%d deferred notes, want 2", len(left))
	}
	if err := crawl(t, ctx, db, run, false); err != nil {
		t.Fatal(err)
	}
	if left, _ := db.DeferredPages(ctx, run.ID); len(left) != 0 {
		t.Errorf("%d pages still wait after the resumed run", len(left))
	}
	listings, _ := db.Listings(ctx, time.Time{})
	got := 0
	for _, l := range listings {
		if l.CaptureID == "cap0" || l.CaptureID == "cap1" {
			got++
		}
	}
	if got != 2 {
		t.Errorf("%d listings from the deferred captures, want 2", got)
	}
	r, err := db.Run(ctx, run.ID)
	if err != nil {
		t.Fatal(err)
	}
	if r.Stats.Listings != 2 {
		t.Errorf("run counts %d listings, want 2", r.Stats.Listings)
	}
	db.Close()
}
