package crawler_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/crawler"
)

// site is a test marketplace that misbehaves in every way the crawler must survive.
type site struct {
	mu       sync.Mutex
	requests map[string]int
	times    []reqTime
	failed   map[string]bool
	other    string // base URL of an out-of-scope server
	gzBody   []byte
}

type reqTime struct {
	path   string
	t      time.Time
	status int
}

func page(title string, body string) string {
	return "<!doctype html><html><head><meta charset='utf-8'><title>" + title + "</title></head><body>" + body + "</body></html>"
}

func newSite(t *testing.T) (*site, *httptest.Server) {
	t.Helper()
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("out-of-scope server contacted: %s", r.URL)
	}))
	t.Cleanup(other.Close)
	s := &site{requests: map[string]int{}, failed: map[string]bool{}, other: other.URL}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, page("Home", `<a href="/a?utm_source=x">a</a> <a href="/a?sid=123">a</a> <a href="/a#top">a</a>
			<a href="a?sort=price&view=grid">a</a> <a href="/b">b</a> <a href="/private/x">p</a> <a href="/old">old</a>
			<a href="/out">out</a> <a href="/doc.pdf">pdf</a> <a href="/gbk">gbk</a> <a href="/gz">gz</a>
			<a href="/flaky">flaky</a> <a href="/reset">reset</a> <a href="/cal/2026-01">calendar</a>
			<a href="/dup">dup</a> <a href="mailto:x@example.com">mail</a> <a href="javascript:void(0)">js</a>
			<a href="`+s.other+`/elsewhere">elsewhere</a> <a href="/missing">missing</a>`))
	})
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("A", `<a href="/deep1">deeper</a>`))
	})
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, page("B", "b")) })
	mux.HandleFunc("/c", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, page("C", "c")) })
	mux.HandleFunc("/deep1", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, page("D1", `<a href="/deep2">d2</a>`)) })
	mux.HandleFunc("/deep2", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, page("D2", `<a href="/deep3">d3</a>`)) })
	mux.HandleFunc("/deep3", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, page("D3", "too deep")) })
	mux.HandleFunc("/private/x", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, page("secret", "")) })
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/c", http.StatusMovedPermanently) })
	mux.HandleFunc("/out", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, s.other+"/landing", http.StatusFound)
	})
	mux.HandleFunc("/doc.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4 <a href='/never'>x</a>"))
	})
	mux.HandleFunc("/gbk", func(w http.ResponseWriter, r *http.Request) {
		b, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(page("芬太尼", "<p>芬太尼 CAS 437-38-7</p>")))
		b = bytes.Replace(b, []byte("charset='utf-8'"), []byte("charset='gbk'"), 1)
		w.Header().Set("Content-Type", "text/html; charset=GBK")
		w.Write(b)
	})
	mux.HandleFunc("/gz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(s.gzBody)
	})
	mux.HandleFunc("/flaky", func(w http.ResponseWriter, r *http.Request) {
		if s.failOnce("/flaky") {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, page("Flaky", "recovered"))
	})
	mux.HandleFunc("/reset", func(w http.ResponseWriter, r *http.Request) {
		if s.failOnce("/reset") {
			conn, _, _ := w.(http.Hijacker).Hijack()
			conn.Close()
			return
		}
		fmt.Fprint(w, page("Reset", "recovered"))
	})
	mux.HandleFunc("/cal/", func(w http.ResponseWriter, r *http.Request) {
		var y, m int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/cal/"), "%d-%d", &y, &m)
		next := fmt.Sprintf("/cal/%04d-%02d", y+m/12, m%12+1)
		prev := fmt.Sprintf("/cal/%04d-%02d", y-boolInt(m == 1), (m+10)%12+1)
		fmt.Fprint(w, page("Calendar", `<p>No events.</p><a href="`+next+`">next</a> <a href="`+prev+`">prev</a>`))
	})
	mux.HandleFunc("/dup", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><head><link rel="canonical" href="/b"></head><body>same as b</body></html>`)
	})
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(page("Compressed", strings.Repeat("<p>compressed page</p>", 50))))
	zw.Close()
	s.gzBody = gz.Bytes()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: 200}
		mux.ServeHTTP(rec, r)
		s.mu.Lock()
		s.requests[r.URL.RequestURI()]++
		s.times = append(s.times, reqTime{r.URL.Path, time.Now(), rec.status})
		s.mu.Unlock()
	}))
	t.Cleanup(srv.Close)
	return s, srv
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) { r.status = code; r.ResponseWriter.WriteHeader(code) }
func (r *statusRecorder) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	return r.ResponseWriter.(http.Hijacker).Hijack()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (s *site) failOnce(path string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failed[path] {
		return false
	}
	s.failed[path] = true
	return true
}

// crawl runs one crawl of srv with a test processor that records page titles.
func crawl(t *testing.T, ctx context.Context, f *memFrontier, tg npswatch.Target, seed bool) (map[string]string, error) {
	t.Helper()
	var mu sync.Mutex
	titles := map[string]string{}
	c, err := crawler.New(crawler.Config{
		RunID: "test", Targets: []npswatch.Target{tg}, Frontier: f,
		BackoffBase: 10 * time.Millisecond, BackoffMax: 200 * time.Millisecond,
		Process: func(ctx context.Context, p *crawler.Page) (crawler.Extracted, error) {
			mu.Lock()
			if u, err := url.Parse(p.Capture.FinalURL); err == nil {
				titles[u.Path] = p.Doc.Find("title").Text()
			}
			mu.Unlock()
			return crawler.Extracted{Listings: []npswatch.Listing{{URL: p.URL.String(), Product: p.Doc.Find("title").Text()}}}, nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if seed {
		if err := c.Seed(ctx); err != nil {
			t.Fatal(err)
		}
	}
	err = c.Run(ctx)
	return titles, err
}

func TestCrawl(t *testing.T) {
	s, srv := newSite(t)
	f := newMemFrontier()
	titles, err := crawl(t, context.Background(), f, npswatch.Target{StartURLs: []string{srv.URL + "/"}, Depth: 2, Concurrency: 2, Rate: 100}, true)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("parsed pages", func(t *testing.T) {
		for path, want := range map[string]string{"/": "Home", "/a": "A", "/b": "B", "/c": "C", "/deep1": "D1",
			"/flaky": "Flaky", "/reset": "Reset", "/gbk": "芬太尼", "/gz": "Compressed"} {
			if titles[path] != want {
				t.Errorf("page %s: title %q, want %q", path, titles[path], want)
			}
		}
		for _, path := range []string{"/deep2", "/private/x", "/doc.pdf"} {
			if _, ok := titles[path]; ok {
				t.Errorf("page %s was parsed, want not", path)
			}
		}
	})
	t.Run("no duplicate fetches", func(t *testing.T) {
		s.mu.Lock()
		defer s.mu.Unlock()
		for uri, n := range s.requests {
			if n > 1 && uri != "/flaky" && uri != "/reset" {
				t.Errorf("%s fetched %d times", uri, n)
			}
		}
		for _, uri := range []string{"/a", "/deep1"} {
			if s.requests[uri] != 1 {
				t.Errorf("%s fetched %d times, want 1", uri, s.requests[uri])
			}
		}
		if s.requests["/flaky"] != 2 || s.requests["/reset"] != 2 {
			t.Errorf("transient pages fetched %d and %d times, want 2 each", s.requests["/flaky"], s.requests["/reset"])
		}
		for _, uri := range []string{"/private/x", "/deep2", "/never"} {
			if s.requests[uri] != 0 {
				t.Errorf("%s fetched, want never", uri)
			}
		}
	})
	t.Run("rel=canonical names the listing, the page is still processed", func(t *testing.T) {
		for _, r := range f.byState(npswatch.PageDone) {
			if strings.HasSuffix(r.Item.URL, "/dup") {
				if len(r.Listings) != 1 || r.Listings[0].URL != srv.URL+"/b" {
					t.Errorf("/dup listings %+v, want one filed under /b", r.Listings)
				}
				return
			}
		}
		t.Error("/dup was not processed")
	})
	t.Run("robots skip and failures recorded", func(t *testing.T) {
		var skipped, failed []string
		for _, r := range f.byState(npswatch.PageSkipped) {
			skipped = append(skipped, strings.TrimPrefix(r.Item.URL, srv.URL)+": "+r.Reason)
		}
		for _, r := range f.byState(npswatch.PageFailed) {
			failed = append(failed, strings.TrimPrefix(r.Item.URL, srv.URL)+": "+r.Reason)
		}
		if got := strings.Join(skipped, "; "); !strings.Contains(got, "/private/x: disallowed by robots.txt") ||
			!strings.Contains(got, "/out: redirect not followed") {
			t.Errorf("skipped = %s", got)
		}
		if got := strings.Join(failed, "; "); got != "/missing: HTTP 404" {
			t.Errorf("failed = %s", got)
		}
	})
	t.Run("captures keep raw bytes", func(t *testing.T) {
		for _, r := range f.byState(npswatch.PageDone) {
			c := r.Capture
			if c == nil {
				t.Fatalf("%s: no capture", r.Item.URL)
			}
			sum := sha256.Sum256(c.Body)
			if hex.EncodeToString(sum[:]) != c.SHA256 || c.Size != int64(len(c.Body)) {
				t.Errorf("%s: hash/size do not match body", r.Item.URL)
			}
			if c.RequestHeader.Get("User-Agent") != crawler.DefaultUserAgent || c.RequestHeader.Get("X-Npswatch-Fetch-Id") != "" {
				t.Errorf("%s: request header %v", r.Item.URL, c.RequestHeader)
			}
			switch strings.TrimPrefix(r.Item.URL, srv.URL) {
			case "/gz":
				if !bytes.Equal(c.Body, s.gzBody) || c.ResponseHeader.Get("Content-Encoding") != "gzip" {
					t.Errorf("/gz: capture is not the gzip bytes as sent")
				}
			case "/old":
				if !strings.HasSuffix(c.FinalURL, "/c") || len(c.Redirects) != 1 {
					t.Errorf("/old: final %s redirects %v", c.FinalURL, c.Redirects)
				}
			case "/doc.pdf":
				if c.Parsed || c.ContentType != "application/pdf" || c.Size == 0 {
					t.Errorf("/doc.pdf: parsed=%v type=%q size=%d", c.Parsed, c.ContentType, c.Size)
				}
			case "/flaky":
				if c.Attempts != 2 || c.Status != 200 {
					t.Errorf("/flaky: attempts %d status %d", c.Attempts, c.Status)
				}
			}
		}
	})
	t.Run("retry-after honoured", func(t *testing.T) {
		s.mu.Lock()
		defer s.mu.Unlock()
		var at time.Time
		for _, rt := range s.times {
			if rt.path == "/flaky" && rt.status == 503 {
				at = rt.t
			}
		}
		for _, rt := range s.times {
			if rt.t.After(at) && rt.t.Sub(at) < time.Second {
				t.Errorf("request to %s %v after a 503 with Retry-After: 1", rt.path, rt.t.Sub(at))
			}
		}
	})
	t.Run("calendar trap bounded", func(t *testing.T) {
		s.mu.Lock()
		defer s.mu.Unlock()
		n := 0
		for uri := range s.requests {
			if strings.HasPrefix(uri, "/cal/") {
				n++
			}
		}
		if n == 0 || n > 5 {
			t.Errorf("%d calendar pages fetched, want 1..5", n)
		}
	})
}
