package crawler_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/crawler"
)

// crawlWithin fails the test if the crawl does not end by itself.
func crawlWithin(t *testing.T, d time.Duration, f *memFrontier, tg npswatch.Target) map[string]string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	titles, err := crawl(t, ctx, f, tg, true)
	if err != nil {
		t.Fatalf("crawl did not finish: %v", err)
	}
	return titles
}

// A page that redirects to a URL that is also queued, and a page whose
// canonical is queued, must not leave the crawl waiting for work that is gone.
func TestAliasesDoNotHangTheCrawl(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			fmt.Fprint(w, page("Home", `<a href="/a">a</a> <a href="/b">b</a> <a href="/p?color=red">red</a> <a href="/p">p</a>`))
		case "/a":
			http.Redirect(w, r, "/b", http.StatusMovedPermanently)
		case "/b":
			fmt.Fprint(w, page("B", "b"))
		case "/p":
			fmt.Fprint(w, `<html><head><title>P</title><link rel="canonical" href="/p"></head><body>p</body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	titles := crawlWithin(t, 10*time.Second, newMemFrontier(), npswatch.Target{StartURLs: []string{srv.URL + "/"}, Depth: 1})
	if titles["/b"] != "B" || titles["/p"] != "P" {
		t.Errorf("titles %v", titles)
	}
}

func TestRedirectIntoRobotsDisallowedArea(t *testing.T) {
	var secret atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case "/":
			fmt.Fprint(w, page("Home", `<a href="/go">go</a>`))
		case "/go":
			http.Redirect(w, r, "/private/secret", http.StatusFound)
		case "/private/secret":
			secret.Add(1)
			fmt.Fprint(w, page("Secret", ""))
		}
	}))
	defer srv.Close()
	f := newMemFrontier()
	crawlWithin(t, 10*time.Second, f, npswatch.Target{StartURLs: []string{srv.URL + "/"}, Depth: 1})
	if secret.Load() != 0 {
		t.Fatal("a redirect led the crawler into a robots.txt-disallowed path")
	}
	if len(f.byState(npswatch.PageSkipped)) != 1 {
		t.Errorf("the redirect was not recorded as skipped")
	}
}

func TestGzipBombIsCapped(t *testing.T) {
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	zw.Write([]byte("<html><head><title>Bomb</title></head><body>"))
	zw.Write(bytes.Repeat([]byte("<p>aaaaaaaaaaaaaaaaaaaaaa</p>"), 2_000_000)) // ~56 MB expanded
	zw.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb.Bytes())
	}))
	defer srv.Close()
	f := newMemFrontier()
	titles := crawlWithin(t, 20*time.Second, f, npswatch.Target{StartURLs: []string{srv.URL + "/"}})
	if titles["/"] != "Bomb" {
		t.Errorf("the capped page was not parsed: %v", titles)
	}
	res := f.byState(npswatch.PageDone)
	if len(res) != 1 || !bytes.Equal(res[0].Capture.Body, bomb.Bytes()) {
		t.Fatal("the capture is not the compressed bytes as sent")
	}
}

func TestRetryAfterPausesAfterTheLastAttempt(t *testing.T) {
	var mu sync.Mutex
	var log []reqTime
	var busyAt atomic.Int64
	srv := gridSite(t, 2, func(w http.ResponseWriter, r *http.Request) bool {
		if r.URL.Path == "/p/0" {
			busyAt.Store(time.Now().UnixNano())
			w.Header().Set("Retry-After", "1")
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return true
		}
		mu.Lock()
		log = append(log, reqTime{r.URL.Path, time.Now(), 200})
		mu.Unlock()
		return false
	})
	f := newMemFrontier()
	crawlWithin(t, 60*time.Second, f, npswatch.Target{StartURLs: []string{srv.URL + "/"}, Depth: 1})
	mu.Lock()
	defer mu.Unlock()
	last := time.Unix(0, busyAt.Load())
	for _, r := range log {
		if r.t.After(last) && r.t.Sub(last) < time.Second {
			t.Errorf("%s requested %v after the last 503 with Retry-After: 1", r.path, r.t.Sub(last))
		}
	}
	if got := f.byState(npswatch.PageFailed); len(got) != 1 || !strings.Contains(got[0].Reason, "503") {
		t.Errorf("failed pages %v, want /p/0 with HTTP 503", got)
	}
}

func TestHungServerTimesOut(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(200)
		w.Write([]byte("<html><head><title>slow"))
		w.(http.Flusher).Flush()
		select { // the body never finishes
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	f := newMemFrontier()
	c, err := crawler.New(crawler.Config{RunID: "hang", Targets: []npswatch.Target{{StartURLs: []string{srv.URL + "/"}}},
		Frontier: f, Timeout: 200 * time.Millisecond, MaxRetries: 1, BackoffBase: 10 * time.Millisecond,
		Process: func(context.Context, *crawler.Page) (crawler.Extracted, error) { return crawler.Extracted{}, nil }})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Seed(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := c.Run(ctx); err != nil {
		t.Fatalf("run: %v", err)
	}
	failed := f.byState(npswatch.PageFailed)
	if len(failed) != 1 || failed[0].Capture.Attempts != 2 {
		t.Fatalf("want the page failed after 2 attempts, got %+v", failed)
	}
}
