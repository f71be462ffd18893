package crawler_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
)

// Hostile servers (issue 10): what a site run by people who do not want to
// be watched may throw at the crawler.

// A same-site redirect to a URL with user name and password must not make
// the crawler send credentials the analyst never configured, nor store them.
func TestRedirectCredentialsAreStripped(t *testing.T) {
	var mu sync.Mutex
	var auths []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		auths = append(auths, r.Header.Get("Authorization"))
		mu.Unlock()
		switch r.URL.Path {
		case "/":
			http.Redirect(w, r, "http://user:secret@"+r.Host+"/landing", http.StatusFound)
		case "/landing":
			fmt.Fprint(w, page("Landing", `<a href="http://admin:hunter2@`+r.Host+`/next">next</a>`))
		case "/next":
			fmt.Fprint(w, page("Next", "n"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	f := newMemFrontier()
	titles := crawlWithin(t, 10*time.Second, f, npswatch.Target{StartURLs: []string{srv.URL + "/"}, Depth: 2})
	if titles["/"] != "Landing" && titles["/landing"] != "Landing" {
		t.Errorf("the redirect was not followed: %v", titles)
	}
	mu.Lock()
	for _, a := range auths {
		if a != "" {
			t.Errorf("credentials sent: Authorization %q", a)
		}
	}
	mu.Unlock()
	for _, r := range f.byState(npswatch.PageDone) {
		c := r.Capture
		all := strings.Join(append([]string{r.Item.URL, r.Item.FetchURL(), c.URL, c.FinalURL, string(c.RawRequest)}, c.Redirects...), " ")
		if strings.Contains(all, "secret") || strings.Contains(all, "hunter2") {
			t.Errorf("credentials stored: %s", all)
		}
	}
}

// A redirect whose target breaks the URL rules links obey (here 100 KB
// long) is not followed, and the page says why.
func TestOversizedRedirectIsNotFollowed(t *testing.T) {
	long := "/" + strings.Repeat("a", 100_000)
	var followed sync.Once
	hit := false
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/":
			http.Redirect(w, r, long, http.StatusFound)
		case r.URL.Path == long:
			followed.Do(func() { hit = true })
			fmt.Fprint(w, page("Long", ""))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	f := newMemFrontier()
	crawlWithin(t, 10*time.Second, f, npswatch.Target{StartURLs: []string{srv.URL + "/"}})
	if hit {
		t.Fatal("a 100 KB redirect target was fetched")
	}
	failed := f.byState(npswatch.PageFailed)
	if len(failed) != 1 || !strings.Contains(failed[0].Reason, "redirect target not followed") {
		t.Errorf("failed %+v", failed)
	}
}

// A gzip body served without Content-Encoding (typed application/x-gzip,
// or at a path ending .xml.gz) is no page: it must not be inflated, let
// alone without a cap.
func TestGzipBodyWithoutContentEncodingIsNotInflated(t *testing.T) {
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zero := make([]byte, 1<<20)
	for range 256 { // 256 MiB inflated, about 256 KB sent
		zw.Write(zero)
	}
	zw.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			fmt.Fprint(w, page("Home", `<a href="/dump.bin">dump</a> <a href="/sitemap.xml.gz">map</a>`))
		case "/dump.bin":
			w.Header().Set("Content-Type", "application/x-gzip")
			w.Write(bomb.Bytes())
		case "/sitemap.xml.gz":
			w.Header().Set("Content-Type", "application/octet-stream")
			w.Write(bomb.Bytes())
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f := newMemFrontier()
	crawlWithin(t, 20*time.Second, f, npswatch.Target{StartURLs: []string{srv.URL + "/"}, Depth: 1})
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 64<<20 {
		t.Errorf("the crawl allocated %d MiB: a gzip body was inflated", got>>20)
	}
	for _, r := range f.byState(npswatch.PageDone) {
		if strings.HasSuffix(r.Item.URL, ".gz") || strings.HasSuffix(r.Item.URL, ".bin") {
			if !bytes.Equal(r.Capture.Body, bomb.Bytes()) {
				t.Errorf("%s: the capture is not the bytes as sent", r.Item.URL)
			}
		}
	}
}

// The pages of a paginated list keep the first page's depth: a depth-1
// crawl of a 12-page catalogue reaches the products of its last page.
func TestPaginationKeepsDepth(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/list" && !strings.HasPrefix(r.URL.Path, "/item/") {
			http.NotFound(w, r)
			return
		}
		if r.URL.Path != "/list" {
			fmt.Fprint(w, page("Item "+strings.TrimPrefix(r.URL.Path, "/item/"), "an item"))
			return
		}
		n := 1
		fmt.Sscanf(r.URL.Query().Get("page"), "%d", &n)
		next := ""
		if n < 12 {
			next = fmt.Sprintf(`<a href="/list?page=%d">next</a>`, n+1)
		}
		// real pages of a list show other products (not the same text with
		// other digits: that is a trap's twin)
		words := []string{"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima"}
		fmt.Fprint(w, page(fmt.Sprintf("List page %d", n), fmt.Sprintf(`<a href="/item/%d">%s powder</a> %s`, n, words[n-1], next)))
	}))
	defer srv.Close()
	titles := crawlWithin(t, 20*time.Second, newMemFrontier(), npswatch.Target{StartURLs: []string{srv.URL + "/list"}, Depth: 1})
	if titles["/item/12"] != "Item 12" {
		t.Errorf("the last page's item was not reached at depth 1: %d pages %v", len(titles), titles)
	}
}

// A page the HTML parser refuses (x/net/html stops at 512 open elements)
// is read with its deepest elements dropped: nesting cannot hide a page's
// text from extraction.
func TestDeeplyNestedPageIsRead(t *testing.T) {
	deep := strings.Repeat("<div>", 2000) + "Fentanyl citrate $100" + strings.Repeat("</div>", 2000)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			fmt.Fprint(w, page("Home", `<a href="/deep">deep</a>`))
		case "/deep":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><head><title>Deep</title></head><body>"+deep+`<a href="/after">after</a></body></html>`)
		default:
			fmt.Fprint(w, page("After", "the end"))
		}
	}))
	defer srv.Close()
	f := newMemFrontier()
	titles := crawlWithin(t, 20*time.Second, f, npswatch.Target{StartURLs: []string{srv.URL + "/"}, Depth: 2})
	if titles["/deep"] != "Deep" || titles["/after"] != "After" {
		t.Errorf("titles %v: the deep page was not read, or its links not followed", titles)
	}
	if len(f.byState(npswatch.PageFailed)) != 0 {
		t.Errorf("failed pages: %v", f.byState(npswatch.PageFailed))
	}
}
