package crawler_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
)

// gridSite serves n pages all linked from the home page.
func gridSite(t *testing.T, n int, handle func(w http.ResponseWriter, r *http.Request) bool) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if handle != nil && handle(w, r) {
			return
		}
		switch {
		case r.URL.Path == "/robots.txt":
			http.NotFound(w, r) // 404 robots.txt: allow all
		case r.URL.Path == "/":
			var b strings.Builder
			for i := 0; i < n; i++ {
				fmt.Fprintf(&b, `<a href="/p/%d">p%d</a> `, i, i)
			}
			fmt.Fprint(w, page("Home", b.String()))
		case strings.HasPrefix(r.URL.Path, "/p/"):
			fmt.Fprint(w, page("Page "+strings.TrimPrefix(r.URL.Path, "/p/"), "content"))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestRateLimit429(t *testing.T) {
	var mu sync.Mutex
	var window []time.Time
	var log []reqTime
	srv := gridSite(t, 12, func(w http.ResponseWriter, r *http.Request) bool {
		mu.Lock()
		defer mu.Unlock()
		now := time.Now()
		window = append(window, now)
		for len(window) > 0 && now.Sub(window[0]) > time.Second {
			window = window[1:]
		}
		if len(window) > 5 {
			log = append(log, reqTime{r.URL.Path, now, 429})
			w.Header().Set("Retry-After", "1")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return true
		}
		log = append(log, reqTime{r.URL.Path, now, 200})
		return false
	})
	f := newMemFrontier()
	// 100 requests/s spaces requests 10 ms apart: far more than loopback latency, so every
	// request after a 429 was sent after the crawler had seen it (as on a real site).
	titles, err := crawl(t, context.Background(), f, npswatch.Target{StartURLs: []string{srv.URL + "/"}, Depth: 1, Concurrency: 2, Rate: 100}, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(titles) != 13 {
		t.Errorf("parsed %d pages, want 13 (home + 12)", len(titles))
	}
	mu.Lock()
	defer mu.Unlock()
	n429 := 0
	for i, r := range log {
		if r.status != 429 {
			continue
		}
		n429++
		for _, later := range log[i+1:] {
			if d := later.t.Sub(r.t); d < time.Second {
				t.Errorf("request to %s came %v after a 429 with Retry-After: 1", later.path, d)
			}
		}
	}
	if n429 == 0 {
		t.Fatal("the test server never answered 429; the test proves nothing")
	}
}

func TestMaxPagesBudget(t *testing.T) {
	srv := gridSite(t, 30, nil)
	f := newMemFrontier()
	titles, err := crawl(t, context.Background(), f, npswatch.Target{StartURLs: []string{srv.URL + "/"}, Depth: 1, MaxPages: 10}, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(titles) != 10 {
		t.Errorf("parsed %d pages with a budget of 10", len(titles))
	}
}

func TestInterruptAndResume(t *testing.T) {
	// while hold is set, pages after the tenth wait for the interrupt: the
	// crawl cannot finish before it is cancelled, however fast it runs
	var served atomic.Int64
	var hold atomic.Pointer[chan struct{}]
	srv := gridSite(t, 25, func(w http.ResponseWriter, r *http.Request) bool {
		if ch := hold.Load(); ch != nil && strings.HasPrefix(r.URL.Path, "/p/") && served.Add(1) > 10 {
			select {
			case <-*ch:
			case <-r.Context().Done():
			}
		}
		return false
	})
	tg := npswatch.Target{StartURLs: []string{srv.URL + "/"}, Depth: 1, Concurrency: 2}

	full, err := crawl(t, context.Background(), newMemFrontier(), tg, true)
	if err != nil {
		t.Fatal(err)
	}

	f := newMemFrontier()
	ctx, cancel := context.WithCancel(context.Background())
	release := make(chan struct{})
	hold.Store(&release)
	go func() { // cancel once a few pages are stored
		for {
			if len(f.byState(npswatch.PageDone)) >= 6 {
				cancel()
				close(release)
				return
			}
			time.Sleep(time.Millisecond)
		}
	}()
	first, err := crawl(t, ctx, f, tg, true)
	hold.Store(nil)
	if err == nil {
		t.Fatal("interrupted crawl returned no error")
	}
	if len(first) >= len(full) {
		t.Fatalf("interrupt came too late: %d of %d pages", len(first), len(full))
	}
	pend, _ := f.PendingHosts(context.Background(), "test")
	if len(pend) == 0 {
		t.Fatal("nothing left queued after the interrupt")
	}
	if _, err := crawl(t, context.Background(), f, tg, false); err != nil {
		t.Fatal(err)
	}
	var got, want []string
	for _, r := range f.byState(npswatch.PageDone) {
		for _, l := range r.Listings {
			got = append(got, l.URL+" "+l.Product)
		}
	}
	for p, title := range full {
		want = append(want, srv.URL+p+" "+title)
	}
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("resumed crawl listings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
