package crawler_test

import (
	"bufio"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/crawler"
)

func TestCharsets(t *testing.T) {
	pages := []struct {
		path, header, meta string
		enc                encoding.Encoding
		title              string
	}{
		{"/big5", "text/html", "big5", traditionalchinese.Big5, "芬太尼原料"},
		{"/sjis", "text/html", "shift_jis", japanese.ShiftJIS, "フェンタニル"},
		{"/cp1252", "text/html", "windows-1252", charmap.Windows1252, "Café – 99% pureté"},
		{"/header-only", "text/html; charset=windows-1252", "", charmap.Windows1252, "Señor – naïve"},
	}
	var links strings.Builder
	for _, p := range pages {
		fmt.Fprintf(&links, `<a href="%s">x</a>`, p.path)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" {
			fmt.Fprint(w, page("Home", links.String()))
			return
		}
		for _, p := range pages {
			if p.path == r.URL.Path {
				meta := ""
				if p.meta != "" {
					meta = `<meta http-equiv="Content-Type" content="text/html; charset=` + p.meta + `">`
				}
				b, err := p.enc.NewEncoder().Bytes([]byte("<html><head>" + meta + "<title>" + p.title + "</title></head><body>x</body></html>"))
				if err != nil {
					t.Error(err)
				}
				w.Header().Set("Content-Type", p.header)
				w.Write(b)
				return
			}
		}
		http.NotFound(w, r)
	}))
	defer srv.Close()
	titles, err := crawl(t, context.Background(), newMemFrontier(), npswatch.Target{StartURLs: []string{srv.URL + "/"}, Depth: 1}, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		if titles[p.path] != p.title {
			t.Errorf("%s: title %q, want %q", p.path, titles[p.path], p.title)
		}
	}
}

func TestBodyCap(t *testing.T) {
	big := strings.Repeat("<p>filler</p>", 20000) // ~260 KB
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("Big", big))
	}))
	defer srv.Close()
	f := newMemFrontier()
	c, err := crawler.New(crawler.Config{RunID: "cap", Targets: []npswatch.Target{{StartURLs: []string{srv.URL + "/"}}},
		Frontier: f, MaxBodySize: 64 << 10,
		Process: func(context.Context, *crawler.Page) (crawler.Extracted, error) { return crawler.Extracted{}, nil }})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Seed(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	res := f.byState(npswatch.PageDone)
	if len(res) != 1 || !res[0].Capture.Truncated || res[0].Capture.Size != 64<<10 {
		t.Fatalf("want one truncated 64 KiB capture, got %+v", res)
	}
}

// TestProxies crawls through an HTTP proxy and a SOCKS5 proxy (socks5h: the
// proxy resolves the name, as Tor does) and checks every request went through it.
func TestProxies(t *testing.T) {
	var direct atomic.Int64
	srv := gridSite(t, 3, func(w http.ResponseWriter, r *http.Request) bool {
		direct.Add(1)
		return false
	})
	target, _ := url.Parse(srv.URL)

	var httpProxied atomic.Int64
	httpProxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		httpProxied.Add(1)
		if !r.URL.IsAbs() {
			http.Error(w, "not a proxy request", http.StatusBadRequest)
			return
		}
		out, err := http.NewRequest(r.Method, r.URL.String(), nil)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		out.Header = r.Header.Clone()
		resp, err := http.DefaultTransport.RoundTrip(out)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		for k, v := range resp.Header {
			w.Header()[k] = v
		}
		w.WriteHeader(resp.StatusCode)
		io.Copy(w, resp.Body)
	}))
	defer httpProxy.Close()

	socks, socksCount, socksNames := startSOCKS5(t)

	t.Run("http", func(t *testing.T) {
		before := direct.Load()
		titles, err := crawl(t, context.Background(), newMemFrontier(),
			npswatch.Target{StartURLs: []string{srv.URL + "/"}, Depth: 1, Proxy: httpProxy.URL}, true)
		if err != nil {
			t.Fatal(err)
		}
		if len(titles) != 4 {
			t.Errorf("parsed %d pages through the proxy, want 4", len(titles))
		}
		// robots.txt + 4 pages, every one of them through the proxy
		if got, site := httpProxied.Load(), direct.Load()-before; got < 5 || got != site {
			t.Errorf("proxy forwarded %d requests, the site saw %d", got, site)
		}
	})
	t.Run("socks5h", func(t *testing.T) {
		// market.test resolves nowhere but at the proxy: the crawl can only work through it
		titles, err := crawl(t, context.Background(), newMemFrontier(),
			npswatch.Target{StartURLs: []string{"http://market.test:" + target.Port() + "/"}, Depth: 1, Proxy: "socks5h://" + socks}, true)
		if err != nil {
			t.Fatal(err)
		}
		if len(titles) != 4 || socksCount.Load() == 0 {
			t.Errorf("parsed %d pages over %d SOCKS connections, want 4 pages", len(titles), socksCount.Load())
		}
	})
	if names := socksNames(); !strings.Contains(names, "market.test") {
		t.Errorf("SOCKS proxy was not asked to resolve market.test (asked: %s)", names)
	}
}

// startSOCKS5 runs a minimal SOCKS5 proxy (no auth, CONNECT) that resolves
// every name to 127.0.0.1. It returns its address, a connection counter and
// the names it was asked for.
func startSOCKS5(t *testing.T) (string, *atomic.Int64, func() string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	var count atomic.Int64
	var mu sync.Mutex
	var names []string
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func(c net.Conn) {
				defer c.Close()
				c.SetDeadline(time.Now().Add(10 * time.Second))
				br := bufio.NewReader(c)
				hdr := make([]byte, 2)
				if _, err := io.ReadFull(br, hdr); err != nil || hdr[0] != 5 {
					return
				}
				io.ReadFull(br, make([]byte, hdr[1]))
				c.Write([]byte{5, 0})
				req := make([]byte, 4)
				if _, err := io.ReadFull(br, req); err != nil || req[1] != 1 {
					return
				}
				switch req[3] {
				case 1: // IPv4 address: nothing to resolve
					io.ReadFull(br, make([]byte, 4))
				case 3:
					n, _ := br.ReadByte()
					name := make([]byte, n)
					io.ReadFull(br, name)
					mu.Lock()
					names = append(names, string(name))
					mu.Unlock()
				default:
					return
				}
				pb := make([]byte, 2)
				io.ReadFull(br, pb)
				port := binary.BigEndian.Uint16(pb)
				up, err := net.Dial("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(int(port))))
				if err != nil {
					c.Write([]byte{5, 5, 0, 1, 0, 0, 0, 0, 0, 0})
					return
				}
				defer up.Close()
				count.Add(1)
				c.Write([]byte{5, 0, 0, 1, 127, 0, 0, 1, 0, 0})
				c.SetDeadline(time.Time{})
				go io.Copy(up, br)
				io.Copy(c, up)
			}(c)
		}
	}()
	return ln.Addr().String(), &count, func() string {
		mu.Lock()
		defer mu.Unlock()
		return strings.Join(names, ",")
	}
}
