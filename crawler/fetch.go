package crawler

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"

	"github.com/npswatch/npswatch"
)

// fetcher fetches one URL for one target through a Colly collector whose
// transport records the raw exchanges.
type fetcher struct {
	c         *colly.Collector
	rt        *captureTransport
	userAgent string
	proxy     string // redacted
	scope     *scope
	canon     *Canonicalizer
	seq       atomic.Uint64
	now       func() time.Time
	// waitHop is called before each redirect hop is followed, so hops are
	// rate-limited like any other request to their host.
	waitHop func(ctx context.Context, u *url.URL) error
}

// response is what one fetch (with its redirects) came to.
type response struct {
	status    int
	finalURL  *url.URL
	header    http.Header
	body      []byte // decompressed by Colly, not charset-decoded
	err       error
	exchanges []*exchange
	started   time.Time
	duration  time.Duration
}

type fetchSlot struct{ resp *response }

func newFetcher(ctx context.Context, t *npswatch.Target, sc *scope, canon *Canonicalizer, cfg *Config,
	waitHop func(ctx context.Context, u *url.URL) error) (*fetcher, error) {
	ua := t.UserAgent
	if ua == "" {
		ua = cfg.UserAgent
	}
	f := &fetcher{userAgent: ua, scope: sc, canon: canon, now: cfg.Now, waitHop: waitHop}
	var pu *url.URL
	if t.Proxy != "" {
		var err error
		if pu, err = url.Parse(t.Proxy); err != nil {
			return nil, fmt.Errorf("proxy: %w", err)
		}
		f.proxy = pu.Scheme + "://" + pu.Host // no user name or password: Tor isolation names stay private
	}
	// Every connection is dialled by the wireDialer and recorded (wire.go);
	// one exchange per connection, HTTP/1.1 only, so a connection's bytes
	// are exactly one request and its response.
	d, err := newWireDialer(pu, cfg.RootCAs, cfg.Timeout, cfg.MaxBodySize)
	if err != nil {
		return nil, fmt.Errorf("proxy: %w", err)
	}
	h1 := new(http.Protocols)
	h1.SetHTTP1(true)
	base := &http.Transport{
		Proxy:                 d.transportProxy(), // HTTP(S) proxies, plain-http targets only; SOCKS and CONNECT are dialled by d
		DialContext:           d.DialContext,
		DialTLSContext:        d.DialTLSContext,
		ResponseHeaderTimeout: cfg.Timeout,
		DisableKeepAlives:     true, // one exchange per connection: its bytes are the exchange
		DisableCompression:    true, // we ask for gzip ourselves and keep the compressed bytes
		ForceAttemptHTTP2:     false,
		Protocols:             h1, // the wire is HTTP/1.1
	}
	f.rt = newCaptureTransport(base, cfg.MaxBodySize, cfg.Timeout, cfg.Now)
	c := colly.NewCollector(
		colly.UserAgent(ua),
		colly.IgnoreRobotsTxt(), // robots.txt is ours: colly ignores Crawl-delay and records no capture of it
		colly.AllowURLRevisit(), // dedupe happens atomically in the frontier, not in colly's racy visited set
		colly.MaxBodySize(int(cfg.MaxBodySize)),
		colly.ParseHTTPErrorResponse(),
		colly.StdlibContext(ctx),
	)
	c.WithTransport(f.rt)
	c.SetRequestTimeout(0) // the transport times each hop; a whole-request timeout would count rate-limit waits between hops
	c.DisableCookies()
	c.SetRedirectHandler(func(req *http.Request, via []*http.Request) error {
		if len(via) >= 10 {
			return errors.New("stopped after 10 redirects")
		}
		// never send credentials the analyst did not configure: a redirect to
		// http://user:secret@host/ would make the client send them as Basic
		// auth, and the URL would be stored with them
		req.URL.User = nil
		req.Header.Del("Authorization")
		if oversized(req.URL) {
			// the rules links obey hold for redirect targets too
			return fmt.Errorf("redirect target not followed: %s", oversizeReason(req.URL))
		}
		u, err := canon.Canonical(nil, req.URL.String())
		if err != nil || !sc.in(u) {
			return http.ErrUseLastResponse // record the redirect itself; do not leave scope
		}
		return f.waitHop(req.Context(), u)
	})
	c.OnResponse(func(r *colly.Response) {
		if s, ok := r.Ctx.GetAny("slot").(*fetchSlot); ok {
			s.resp.status = r.StatusCode
			s.resp.finalURL = r.Request.URL
			if r.Headers != nil {
				s.resp.header = *r.Headers
			}
			s.resp.body = r.Body
		}
	})
	c.OnError(func(r *colly.Response, err error) {
		if r == nil || r.Ctx == nil {
			return
		}
		if s, ok := r.Ctx.GetAny("slot").(*fetchSlot); ok {
			s.resp.err = err
			if r.StatusCode != 0 {
				s.resp.status = r.StatusCode
			}
		}
	})
	f.c = c
	return f, nil
}

// fetch performs one GET (following in-scope redirects) and returns what came back.
func (f *fetcher) fetch(ctx context.Context, u string) *response {
	id := strconv.FormatUint(f.seq.Add(1), 10)
	slot := &fetchSlot{resp: &response{started: f.now().UTC()}}
	cctx := colly.NewContext()
	cctx.Put("slot", slot)
	hdr := http.Header{}
	hdr.Set("User-Agent", f.userAgent)
	hdr.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
	hdr.Set("Accept-Encoding", "gzip")
	hdr.Set(fetchIDHeader, id)
	err := f.c.Request(http.MethodGet, u, nil, cctx, hdr)
	r := slot.resp
	r.exchanges = f.rt.take(id)
	r.duration = f.now().Sub(r.started)
	if err != nil && r.err == nil {
		r.err = err
	}
	if r.err == nil && ctx.Err() != nil {
		r.err = ctx.Err()
	}
	if r.finalURL == nil && len(r.exchanges) > 0 {
		r.finalURL, _ = url.Parse(r.exchanges[len(r.exchanges)-1].URL)
	}
	if r.status == 0 && len(r.exchanges) > 0 {
		r.status = r.exchanges[len(r.exchanges)-1].Status
	}
	return r
}

// capture turns a response into the record kept as evidence: the last
// exchange's raw bytes, its headers, and the redirect chain before it.
func (f *fetcher) capture(runID string, item *npswatch.QueueItem, r *response, attempts int) *npswatch.Capture {
	c := &npswatch.Capture{RunID: runID, URL: item.FetchURL(), Method: http.MethodGet, Status: r.status,
		FetchedAt: r.started, Duration: r.duration.Round(time.Millisecond).String(), Attempts: attempts, Proxy: f.proxy}
	if r.finalURL != nil {
		c.FinalURL = r.finalURL.String()
	}
	if n := len(r.exchanges); n > 0 {
		last := r.exchanges[n-1]
		for _, e := range r.exchanges[:n-1] {
			c.Redirects = append(c.Redirects, e.URL)
			c.Hops = append(c.Hops, npswatch.Hop{URL: e.URL, Status: e.Status, Location: e.ResponseHeader.Get("Location"),
				RemoteAddr: e.RemoteAddr, FetchedAt: e.Started, Wire: e.Wire, RawRequest: e.RawRequest, RawResponse: e.RawResponse})
		}
		c.RequestHeader, c.ResponseHeader = last.RequestHeader, last.ResponseHeader
		c.Body, c.Truncated, c.RemoteAddr = last.Body, last.Truncated, last.RemoteAddr
		c.FetchedAt = last.Started
		c.RawRequest, c.RawResponse, c.Wire, c.TLS = last.RawRequest, last.RawResponse, last.Wire, last.TLS
		if c.RawRequest != nil || c.RawResponse != nil {
			rq, rs := sha256.Sum256(c.RawRequest), sha256.Sum256(c.RawResponse)
			c.RawRequestSHA256, c.RawResponseSHA256 = hex.EncodeToString(rq[:]), hex.EncodeToString(rs[:])
		}
		if c.FinalURL == "" {
			c.FinalURL = last.URL
		}
	}
	if c.ResponseHeader != nil {
		c.ContentType = c.ResponseHeader.Get("Content-Type")
	}
	c.Size = int64(len(c.Body))
	sum := sha256.Sum256(c.Body)
	c.SHA256 = hex.EncodeToString(sum[:])
	if r.err != nil {
		c.Error = r.err.Error()
	}
	c.ID = npswatch.ShortID("capture", runID, item.URL, c.FetchedAt.Format(time.RFC3339Nano))
	return c
}
