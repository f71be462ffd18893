package crawler_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/crawler"
)

// wireCrawl crawls one target and returns the frontier and the titles of
// the parsed pages by path.
func wireCrawl(t *testing.T, tg npswatch.Target, mod func(*crawler.Config)) (*memFrontier, map[string]string) {
	t.Helper()
	f := newMemFrontier()
	var mu sync.Mutex
	titles := map[string]string{}
	cfg := crawler.Config{RunID: "wire", Targets: []npswatch.Target{tg}, Frontier: f,
		MaxRetries: 1, BackoffBase: 5 * time.Millisecond, BackoffMax: 20 * time.Millisecond,
		Process: func(ctx context.Context, p *crawler.Page) (crawler.Extracted, error) {
			mu.Lock()
			defer mu.Unlock()
			if u, err := url.Parse(p.Capture.FinalURL); err == nil {
				titles[u.Path] = p.Doc.Find("title").Text()
			}
			return crawler.Extracted{}, nil
		}}
	if mod != nil {
		mod(&cfg)
	}
	c, err := crawler.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := c.Seed(ctx); err != nil {
		t.Fatal(err)
	}
	if err := c.Run(ctx); err != nil {
		t.Fatalf("crawl: %v", err)
	}
	return f, titles
}

// captureFor finds the capture of the frontier item whose URL ends with suffix.
func captureFor(t *testing.T, f *memFrontier, suffix string) *npswatch.Capture {
	t.Helper()
	for _, state := range []string{npswatch.PageDone, npswatch.PageFailed, npswatch.PageSkipped} {
		for _, r := range f.byState(state) {
			if strings.HasSuffix(r.Item.URL, suffix) {
				if r.Capture == nil {
					t.Fatalf("%s (%s: %s): no capture", r.Item.URL, state, r.Reason)
				}
				return r.Capture
			}
		}
	}
	t.Fatalf("no frontier item ends with %q", suffix)
	return nil
}

func hexSHA(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// checkRaw checks the invariants of a recorded capture.
func checkRaw(t *testing.T, c *npswatch.Capture) {
	t.Helper()
	if c.Wire != npswatch.WireConnection {
		t.Errorf("%s: Wire %q, want %q", c.URL, c.Wire, npswatch.WireConnection)
	}
	if len(c.RawRequest) == 0 || len(c.RawResponse) == 0 {
		t.Fatalf("%s: raw request %d bytes, raw response %d bytes", c.URL, len(c.RawRequest), len(c.RawResponse))
	}
	if c.RawRequestSHA256 != hexSHA(c.RawRequest) || c.RawResponseSHA256 != hexSHA(c.RawResponse) {
		t.Errorf("%s: raw digests do not match the raw bytes", c.URL)
	}
	if bytes.Contains(bytes.ToLower(c.RawRequest), []byte("x-npswatch-fetch-id")) {
		t.Errorf("%s: the fetch id header went out on the wire:\n%s", c.URL, c.RawRequest)
	}
	if !bytes.Contains(c.RawRequest, []byte("\r\nConnection: close\r\n")) {
		t.Errorf("%s: request without Connection: close (keep-alives must be off):\n%s", c.URL, c.RawRequest)
	}
	if !bytes.HasSuffix(c.RawRequest, []byte("\r\n\r\n")) {
		t.Errorf("%s: raw request is not one whole GET:\n%q", c.URL, c.RawRequest)
	}
}

// rawServer is a TCP server on loopback that reads one request per
// connection and writes the exact bytes respond returns for its path.
type rawServer struct {
	ln      net.Listener
	respond func(path string) []byte
	mu      sync.Mutex
	read    map[string][]byte // path → the bytes read from the connection
}

func startRawServer(t *testing.T, respond func(path string) []byte) *rawServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &rawServer{ln: ln, respond: respond, read: map[string][]byte{}}
	var wg sync.WaitGroup
	t.Cleanup(func() { ln.Close(); wg.Wait() })
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				c.SetDeadline(time.Now().Add(10 * time.Second))
				var got []byte
				buf := make([]byte, 4096)
				for !bytes.Contains(got, []byte("\r\n\r\n")) {
					n, err := c.Read(buf)
					got = append(got, buf[:n]...)
					if err != nil {
						return
					}
				}
				line, _, _ := bytes.Cut(got, []byte("\r\n"))
				fields := strings.Fields(string(line))
				if len(fields) != 3 {
					return
				}
				s.mu.Lock()
				s.read[fields[1]] = got
				s.mu.Unlock()
				c.Write(s.respond(fields[1]))
			}()
		}
	}()
	return s
}

func (s *rawServer) requestRead(path string) []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.read[path]
}

// A chunked, gzip-encoded response is recorded byte for byte as the server
// wrote it, the request byte for byte as the server read it, while the
// capture's Body stays the compressed body and the page is still parsed.
func TestWireChunkedGzipByteExact(t *testing.T) {
	html := page("Chunked", strings.Repeat("<p>fentanyl precursor 4-ANPP, chunked</p>", 40))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(html))
	zw.Close()
	body := gz.Bytes()

	var resp bytes.Buffer
	resp.WriteString("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n" +
		"Transfer-Encoding: chunked\r\nTrailer: X-Digest\r\nConnection: close\r\n\r\n")
	rest := body
	for i, n := range []int{10, 1, 77, 300} {
		if n > len(rest) {
			n = len(rest)
		}
		ext := ""
		if i == 2 {
			ext = ";note=kept" // a chunk extension: dropped by any parser, kept on the wire
		}
		fmt.Fprintf(&resp, "%x%s\r\n%s\r\n", n, ext, rest[:n])
		rest = rest[n:]
	}
	fmt.Fprintf(&resp, "%X\r\n%s\r\n", len(rest), rest)
	fmt.Fprintf(&resp, "0\r\nX-Digest: sha-256=%s\r\n\r\n", hexSHA(body))
	wantResp := resp.Bytes()

	srv := startRawServer(t, func(path string) []byte {
		if path == "/" {
			return wantResp
		}
		return []byte("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
	})
	base := "http://" + srv.ln.Addr().String()
	f, titles := wireCrawl(t, npswatch.Target{StartURLs: []string{base + "/"}}, nil)

	if titles["/"] != "Chunked" {
		t.Errorf("the page was not parsed from decoded HTML: titles %v", titles)
	}
	c := captureFor(t, f, "/")
	checkRaw(t, c)
	if !bytes.Equal(c.RawResponse, wantResp) {
		t.Errorf("RawResponse is not what the server wrote:\n got %q\nwant %q", c.RawResponse, wantResp)
	}
	if got := srv.requestRead("/"); !bytes.Equal(c.RawRequest, got) {
		t.Errorf("RawRequest is not what the server read:\n got %q\nwant %q", c.RawRequest, got)
	}
	if !bytes.HasPrefix(c.RawRequest, []byte("GET / HTTP/1.1\r\nHost: "+srv.ln.Addr().String()+"\r\n")) ||
		!bytes.Contains(c.RawRequest, []byte("\r\nAccept-Encoding: gzip\r\n")) {
		t.Errorf("raw request:\n%s", c.RawRequest)
	}
	if !bytes.Equal(c.Body, body) || c.SHA256 != hexSHA(body) {
		t.Errorf("Body is not the compressed body as sent (%d bytes, want %d)", len(c.Body), len(body))
	}
	if c.TLS != nil || c.RemoteAddr != srv.ln.Addr().String() {
		t.Errorf("TLS %+v, remote %q", c.TLS, c.RemoteAddr)
	}
}

// newTLSSite starts an HTTPS site with a page at / and a 404 robots.txt, and
// counts its connections and requests.
func newTLSSite(t *testing.T) (srv *httptest.Server, conns, reqs *atomic.Int64) {
	t.Helper()
	conns, reqs = new(atomic.Int64), new(atomic.Int64)
	srv = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		reqs.Add(1)
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, page("Secure", "<p>over TLS</p>"))
		default:
			http.NotFound(w, r)
		}
	}))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // handshakes refused by the untrusting client
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.StartTLS()
	t.Cleanup(srv.Close)
	return srv, conns, reqs
}

func rootsOf(srv *httptest.Server) *x509.CertPool {
	p := x509.NewCertPool()
	p.AddCert(srv.Certificate())
	return p
}

// checkTLS checks a capture's TLS record against the test server's certificate.
func checkTLS(t *testing.T, c *npswatch.Capture, srv *httptest.Server, sni string) {
	t.Helper()
	if c.TLS == nil {
		t.Fatalf("%s: no TLS info", c.URL)
	}
	leaf := hexSHA(srv.Certificate().Raw)
	if c.TLS.Version != "TLS 1.3" && c.TLS.Version != "TLS 1.2" {
		t.Errorf("TLS version %q", c.TLS.Version)
	}
	if c.TLS.CipherSuite == "" || strings.HasPrefix(c.TLS.CipherSuite, "0x") {
		t.Errorf("cipher suite %q", c.TLS.CipherSuite)
	}
	if c.TLS.ServerName != sni {
		t.Errorf("SNI %q, want %q", c.TLS.ServerName, sni)
	}
	if len(c.TLS.CertSHA256) != 1 || c.TLS.CertSHA256[0] != leaf || c.TLS.ChainSHA256 != leaf {
		t.Errorf("certificate digests %v / chain %s, want leaf %s", c.TLS.CertSHA256, c.TLS.ChainSHA256, leaf)
	}
}

// HTTPS is recorded as the plaintext HTTP inside TLS, with the handshake
// kept; every request has its own connection.
func TestWireTLS(t *testing.T) {
	srv, conns, reqs := newTLSSite(t)
	f, titles := wireCrawl(t, npswatch.Target{StartURLs: []string{srv.URL + "/"}},
		func(c *crawler.Config) { c.RootCAs = rootsOf(srv) })
	if titles["/"] != "Secure" {
		t.Fatalf("titles %v", titles)
	}
	c := captureFor(t, f, "/")
	checkRaw(t, c)
	host := strings.TrimPrefix(srv.URL, "https://")
	if !bytes.HasPrefix(c.RawRequest, []byte("GET / HTTP/1.1\r\nHost: "+host+"\r\n")) {
		t.Errorf("raw request is not plaintext HTTP/1.1:\n%q", c.RawRequest)
	}
	if !bytes.HasPrefix(c.RawResponse, []byte("HTTP/1.1 200 OK\r\n")) || !bytes.HasSuffix(c.RawResponse, c.Body) {
		t.Errorf("raw response is not plaintext HTTP/1.1 ending with the body:\n%q", c.RawResponse)
	}
	checkTLS(t, c, srv, "") // an IP address is not sent as SNI
	if c.RemoteAddr != host {
		t.Errorf("remote %q, want %q", c.RemoteAddr, host)
	}
	if conns.Load() != reqs.Load() || reqs.Load() != 2 { // robots.txt and /
		t.Errorf("%d requests over %d connections, want one connection each", reqs.Load(), conns.Load())
	}

	t.Run("untrusted certificate fails cleanly", func(t *testing.T) {
		f, _ := wireCrawl(t, npswatch.Target{StartURLs: []string{srv.URL + "/"}, IgnoreRobots: true}, nil)
		c := captureFor(t, f, "/")
		if !c.Failed() || !strings.Contains(c.Error, "certificate") {
			t.Errorf("error %q, want a certificate error", c.Error)
		}
		if c.RawRequest != nil || c.RawResponse != nil || c.RawRequestSHA256 != "" || c.TLS != nil ||
			!strings.HasPrefix(c.Wire, "not recorded") {
			t.Errorf("failed fetch: wire %q, raw %d/%d bytes, tls %+v", c.Wire, len(c.RawRequest), len(c.RawResponse), c.TLS)
		}
	})
}

// Through SOCKS5 (Tor's route) the name still goes to the proxy, and the
// exchange is recorded, in plaintext for HTTPS too.
func TestWireSOCKS(t *testing.T) {
	socks, _, socksNames := startSOCKS5(t)
	t.Run("http", func(t *testing.T) {
		srv := gridSite(t, 1, nil)
		port := strings.TrimPrefix(srv.URL, "http://127.0.0.1:")
		f, titles := wireCrawl(t, npswatch.Target{StartURLs: []string{"http://market.test:" + port + "/"},
			Proxy: "socks5h://tor-isolation:secret@" + socks}, nil)
		if titles["/"] != "Home" {
			t.Fatalf("titles %v", titles)
		}
		c := captureFor(t, f, "/")
		checkRaw(t, c)
		if !bytes.HasPrefix(c.RawRequest, []byte("GET / HTTP/1.1\r\nHost: market.test:"+port+"\r\n")) {
			t.Errorf("raw request:\n%s", c.RawRequest)
		}
		if c.RemoteAddr != socks || c.Proxy != "socks5h://"+socks || c.TLS != nil {
			t.Errorf("remote %q proxy %q tls %+v", c.RemoteAddr, c.Proxy, c.TLS)
		}
		if bytes.Contains(c.RawRequest, []byte("secret")) || bytes.Contains(c.RawRequest, []byte("tor-isolation")) {
			t.Errorf("SOCKS credentials in the raw request")
		}
	})
	t.Run("https", func(t *testing.T) {
		srv, _, _ := newTLSSite(t)
		port := strings.TrimPrefix(srv.URL, "https://127.0.0.1:")
		// example.com is in the test certificate; the proxy resolves it to loopback
		f, titles := wireCrawl(t, npswatch.Target{StartURLs: []string{"https://example.com:" + port + "/"},
			Proxy: "socks5://" + socks}, func(c *crawler.Config) { c.RootCAs = rootsOf(srv) })
		if titles["/"] != "Secure" {
			t.Fatalf("titles %v", titles)
		}
		c := captureFor(t, f, "/")
		checkRaw(t, c)
		if !bytes.HasPrefix(c.RawRequest, []byte("GET / HTTP/1.1\r\nHost: example.com:"+port+"\r\n")) ||
			!bytes.HasPrefix(c.RawResponse, []byte("HTTP/1.1 200 OK\r\n")) {
			t.Errorf("raw exchange is not plaintext:\n%q\n%q", c.RawRequest, c.RawResponse)
		}
		checkTLS(t, c, srv, "example.com")
		if c.RemoteAddr != socks {
			t.Errorf("remote %q, want the proxy %q", c.RemoteAddr, socks)
		}
	})
	names := socksNames()
	if !strings.Contains(names, "market.test") || !strings.Contains(names, "example.com") {
		t.Errorf("names were not resolved by the SOCKS proxy (it was asked: %s)", names)
	}
}

// startHTTPProxy runs an HTTP proxy that wants Basic credentials user:pass,
// forwards absolute-form requests and tunnels CONNECT.
// With useTLS the proxy itself speaks TLS (an https:// proxy).
func startHTTPProxy(t *testing.T, user, pass string, useTLS bool) (srv *httptest.Server, connects, forwards *atomic.Int64) {
	t.Helper()
	connects, forwards = new(atomic.Int64), new(atomic.Int64)
	want := "Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+pass))
	var wg sync.WaitGroup
	srv = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Proxy-Authorization") != want {
			w.Header().Set("Proxy-Authenticate", `Basic realm="test"`)
			http.Error(w, "proxy credentials wanted", http.StatusProxyAuthRequired)
			return
		}
		if r.Method == http.MethodConnect {
			connects.Add(1)
			up, err := net.Dial("tcp", r.Host)
			if err != nil {
				http.Error(w, err.Error(), http.StatusBadGateway)
				return
			}
			conn, brw, err := w.(http.Hijacker).Hijack()
			if err != nil {
				up.Close()
				return
			}
			brw.WriteString("HTTP/1.1 200 Connection established\r\n\r\n")
			brw.Flush()
			wg.Add(1)
			go func() {
				defer wg.Done()
				io.Copy(up, brw)
				up.Close()
			}()
			io.Copy(conn, up)
			conn.Close()
			return
		}
		if !r.URL.IsAbs() {
			http.Error(w, "not a proxy request", http.StatusBadRequest)
			return
		}
		forwards.Add(1)
		out, _ := http.NewRequest(r.Method, r.URL.String(), nil)
		out.Header = r.Header.Clone()
		out.Header.Del("Proxy-Authorization")
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
	if useTLS {
		srv.StartTLS()
	} else {
		srv.Start()
	}
	t.Cleanup(func() { srv.Close(); wg.Wait() })
	return srv, connects, forwards
}

// Through an HTTP(S) proxy: plain-http targets are recorded on the proxy
// connection (credentials redacted); https targets are tunnelled with
// CONNECT by the crawler itself, so they are recorded in plaintext too.
func TestWireHTTPProxy(t *testing.T) {
	for _, scheme := range []string{"http", "https"} {
		t.Run(scheme+" proxy", func(t *testing.T) { testWireHTTPProxy(t, scheme) })
	}
}

func testWireHTTPProxy(t *testing.T, scheme string) {
	proxySrv, connects, forwards := startHTTPProxy(t, "alice", "s3cret", scheme == "https")
	proxyAddr := proxySrv.Listener.Addr().String()
	proxyURL := scheme + "://alice:s3cret@" + proxyAddr
	creds := base64.StdEncoding.EncodeToString([]byte("alice:s3cret"))
	roots := func(srv *httptest.Server) func(*crawler.Config) {
		return func(c *crawler.Config) {
			c.RootCAs = x509.NewCertPool()
			for _, s := range []*httptest.Server{srv, proxySrv} {
				if cert := s.Certificate(); cert != nil {
					c.RootCAs.AddCert(cert)
				}
			}
		}
	}

	t.Run("https target", func(t *testing.T) {
		srv, _, _ := newTLSSite(t)
		f, titles := wireCrawl(t, npswatch.Target{StartURLs: []string{srv.URL + "/"}, Proxy: proxyURL}, roots(srv))
		if titles["/"] != "Secure" {
			t.Fatalf("titles %v", titles)
		}
		c := captureFor(t, f, "/")
		checkRaw(t, c)
		host := strings.TrimPrefix(srv.URL, "https://")
		if !bytes.HasPrefix(c.RawRequest, []byte("GET / HTTP/1.1\r\nHost: "+host+"\r\n")) ||
			!bytes.HasPrefix(c.RawResponse, []byte("HTTP/1.1 200 OK\r\n")) {
			t.Errorf("raw exchange is not the plaintext inside the tunnel:\n%q\n%q", c.RawRequest, c.RawResponse)
		}
		if bytes.Contains(c.RawRequest, []byte(creds)) || bytes.Contains(c.RawRequest, []byte("Proxy-Authorization")) {
			t.Errorf("proxy credentials in the raw request:\n%s", c.RawRequest)
		}
		checkTLS(t, c, srv, "")
		if c.RemoteAddr != proxyAddr || c.Proxy != scheme+"://"+proxyAddr {
			t.Errorf("remote %q proxy %q", c.RemoteAddr, c.Proxy)
		}
		if connects.Load() < 2 { // robots.txt and /
			t.Errorf("%d CONNECT tunnels, want one per request", connects.Load())
		}
	})
	t.Run("http target", func(t *testing.T) {
		srv := gridSite(t, 1, nil)
		before := forwards.Load()
		f, titles := wireCrawl(t, npswatch.Target{StartURLs: []string{srv.URL + "/"}, Proxy: proxyURL}, roots(proxySrv))
		if titles["/"] != "Home" || forwards.Load()-before < 2 {
			t.Fatalf("titles %v, %d requests forwarded", titles, forwards.Load()-before)
		}
		c := captureFor(t, f, "/")
		if c.Wire != npswatch.WireConnection+" (Proxy-Authorization redacted)" {
			t.Errorf("Wire %q", c.Wire)
		}
		if !bytes.HasPrefix(c.RawRequest, []byte("GET "+srv.URL+"/ HTTP/1.1\r\n")) ||
			!bytes.Contains(c.RawRequest, []byte("\r\nProxy-Authorization: [redacted]\r\n")) ||
			bytes.Contains(c.RawRequest, []byte(creds)) {
			t.Errorf("raw request to the proxy:\n%s", c.RawRequest)
		}
		if c.RawRequestSHA256 != hexSHA(c.RawRequest) || !bytes.HasSuffix(c.RawResponse, c.Body) {
			t.Errorf("raw digest or response does not match")
		}
		if c.RemoteAddr != proxyAddr || c.TLS != nil { // an https proxy's own TLS is not the target's
			t.Errorf("remote %q (want the proxy %q), TLS %+v", c.RemoteAddr, proxyAddr, c.TLS)
		}
	})
	t.Run("CONNECT refused", func(t *testing.T) {
		srv, _, reqs := newTLSSite(t)
		f, _ := wireCrawl(t, npswatch.Target{StartURLs: []string{srv.URL + "/"}, IgnoreRobots: true,
			Proxy: scheme + "://alice:wrong@" + proxyAddr}, roots(srv))
		c := captureFor(t, f, "/")
		if !c.Failed() || !strings.Contains(c.Error, "407") {
			t.Errorf("error %q, want the proxy's 407", c.Error)
		}
		if c.RawRequest != nil || c.RawResponse != nil || !strings.HasPrefix(c.Wire, "not recorded") {
			t.Errorf("wire %q, raw %d/%d bytes", c.Wire, len(c.RawRequest), len(c.RawResponse))
		}
		if reqs.Load() != 0 {
			t.Errorf("the site was reached without the proxy")
		}
	})
}

// Each hop of a redirect chain is its own exchange; the capture records the
// last one. A redirect that is not followed is itself recorded.
func TestWireRedirects(t *testing.T) {
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("out-of-scope server contacted: %s", r.URL)
	}))
	defer other.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/start":
			http.Redirect(w, r, "/mid", http.StatusFound)
		case "/mid":
			http.Redirect(w, r, "/end", http.StatusMovedPermanently)
		case "/end":
			fmt.Fprint(w, page("End", "arrived"))
		case "/away":
			http.Redirect(w, r, other.URL+"/x", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	f, titles := wireCrawl(t, npswatch.Target{StartURLs: []string{srv.URL + "/start", srv.URL + "/away"}}, nil)
	if titles["/end"] != "End" {
		t.Fatalf("titles %v", titles)
	}
	c := captureFor(t, f, "/start")
	checkRaw(t, c)
	if len(c.Redirects) != 2 || !strings.HasSuffix(c.FinalURL, "/end") {
		t.Errorf("redirects %v final %s", c.Redirects, c.FinalURL)
	}
	if !bytes.HasPrefix(c.RawRequest, []byte("GET /end HTTP/1.1\r\n")) ||
		!bytes.HasPrefix(c.RawResponse, []byte("HTTP/1.1 200 OK\r\n")) || !bytes.HasSuffix(c.RawResponse, c.Body) {
		t.Errorf("the capture's raw exchange is not the last hop:\n%q\n%q", c.RawRequest, c.RawResponse)
	}
	// the hops before it are kept byte for byte, in order
	if len(c.Hops) != 2 {
		t.Fatalf("%d hops, want 2", len(c.Hops))
	}
	for i, want := range []struct{ path, status, location string }{{"/start", "302 Found", "/mid"}, {"/mid", "301 Moved Permanently", "/end"}} {
		h := c.Hops[i]
		if !strings.HasSuffix(h.URL, want.path) || h.Location != want.location || h.Wire != npswatch.WireConnection ||
			!bytes.HasPrefix(h.RawRequest, []byte("GET "+want.path+" HTTP/1.1\r\n")) ||
			!bytes.HasPrefix(h.RawResponse, []byte("HTTP/1.1 "+want.status+"\r\n")) {
			t.Errorf("hop %d = %s %d %q %q:\n%q\n%q", i, h.URL, h.Status, h.Location, h.Wire, h.RawRequest, h.RawResponse)
		}
	}

	away := captureFor(t, f, "/away")
	checkRaw(t, away)
	if !bytes.HasPrefix(away.RawRequest, []byte("GET /away HTTP/1.1\r\n")) ||
		!bytes.HasPrefix(away.RawResponse, []byte("HTTP/1.1 302 Found\r\n")) ||
		!bytes.Contains(away.RawResponse, []byte("\r\nLocation: "+other.URL+"/x\r\n")) {
		t.Errorf("the unfollowed redirect is not recorded:\n%q\n%q", away.RawRequest, away.RawResponse)
	}
}

// A body cut at MaxBodySize leaves an incomplete raw response, and Wire says so.
func TestWireBodyCap(t *testing.T) {
	big := strings.Repeat("<p>filler</p>", 20000) // ~260 KB
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("Big", big))
	}))
	defer srv.Close()
	f, _ := wireCrawl(t, npswatch.Target{StartURLs: []string{srv.URL + "/"}, IgnoreRobots: true},
		func(c *crawler.Config) { c.MaxBodySize = 64 << 10 })
	c := captureFor(t, f, "/")
	if !c.Truncated || c.Wire != npswatch.WireConnection+" (response cut at the size cap)" {
		t.Errorf("truncated %v, wire %q", c.Truncated, c.Wire)
	}
	if !bytes.HasPrefix(c.RawResponse, []byte("HTTP/1.1 200 OK\r\n")) || len(c.RawResponse) < 64<<10 ||
		len(c.RawResponse) > 64<<10+1<<20 || c.RawResponseSHA256 != hexSHA(c.RawResponse) {
		t.Errorf("raw response of %d bytes", len(c.RawResponse))
	}
}
