package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"strings"
	"sync"
	"time"

	"github.com/npswatch/npswatch"
)

// fetchIDHeader tags a request with the id of the fetch it belongs to, so the
// capturing transport can file every hop of a redirect chain under it. The
// transport removes it before the request leaves: targets never see it.
const fetchIDHeader = "X-Npswatch-Fetch-Id"

// exchange is one HTTP round trip as it crossed the client: the request as
// sent and the response with its body exactly as received (still compressed
// if the server compressed it).
type exchange struct {
	URL            string
	Method         string
	RequestHeader  http.Header
	Status         int
	ResponseHeader http.Header
	Body           []byte
	Truncated      bool
	RemoteAddr     string
	Started        time.Time
	Err            error

	// The exchange as it crossed the connection (see wire.go): set when the
	// connection was recorded and the exchange completed on it.
	RawRequest  []byte
	RawResponse []byte
	Wire        string            // npswatch.WireConnection (with notes), or why nothing was recorded
	TLS         *npswatch.TLSInfo // the target's TLS handshake; nil for plain HTTP
}

// Wire notes and reasons.
const (
	wireNoConn     = "not recorded: no connection was made"
	wireFailed     = "not recorded: the exchange did not complete"
	wireNotRecConn = "not recorded: the connection was not a recording one"
)

// setWire files what the connection carried once the exchange is over
// (body read to its end or closed at the size cap). failed: the exchange
// did not complete, so its bytes are not kept.
func (ex *exchange) setWire(conn net.Conn, failed bool) {
	rec, ok := conn.(*recordConn)
	if ok {
		ex.TLS = rec.tls
	}
	switch {
	case conn == nil:
		ex.Wire = wireNoConn
		return
	case !ok:
		ex.Wire = wireNotRecConn
		return
	}
	w := rec.take()
	if failed {
		ex.Wire = wireFailed
		return
	}
	ex.RawRequest, ex.RawResponse = w.request, w.response
	var notes []string
	if ex.Truncated {
		notes = append(notes, "response cut at the size cap")
	} else if w.responseCut {
		notes = append(notes, fmt.Sprintf("raw response cut at %d bytes", len(w.response)))
	}
	if w.requestCut {
		notes = append(notes, fmt.Sprintf("raw request cut at %d bytes", len(w.request)))
	}
	if w.redacted {
		notes = append(notes, "Proxy-Authorization redacted")
	}
	ex.Wire = npswatch.WireConnection
	if len(notes) > 0 {
		ex.Wire += " (" + strings.Join(notes, "; ") + ")"
	}
}

// captureTransport records every round trip of a tagged request.
type captureTransport struct {
	base    http.RoundTripper
	maxBody int64
	timeout time.Duration // per hop; the wait for a rate-limit slot before a redirect hop is not counted
	now     func() time.Time

	mu    sync.Mutex
	trips map[string][]*exchange
}

func newCaptureTransport(base http.RoundTripper, maxBody int64, timeout time.Duration, now func() time.Time) *captureTransport {
	return &captureTransport{base: base, maxBody: maxBody, timeout: timeout, now: now, trips: map[string][]*exchange{}}
}

// take returns and forgets the exchanges recorded for a fetch id.
func (t *captureTransport) take(id string) []*exchange {
	t.mu.Lock()
	defer t.mu.Unlock()
	ex := t.trips[id]
	delete(t.trips, id)
	return ex
}

func (t *captureTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	id := req.Header.Get(fetchIDHeader)
	if id == "" {
		return t.base.RoundTrip(req)
	}
	out := req.Clone(req.Context())
	out.Header.Del(fetchIDHeader)
	ex := &exchange{URL: out.URL.String(), Method: out.Method, RequestHeader: out.Header.Clone(), Started: t.now().UTC()}
	if out.Host != "" {
		ex.RequestHeader.Set("Host", out.Host)
	} else {
		ex.RequestHeader.Set("Host", out.URL.Host)
	}
	// GotConn runs in this goroutine (the transport's getConn), before the
	// request is written; the conn is the one the wireDialer returned.
	var conn net.Conn
	trace := &httptrace.ClientTrace{GotConn: func(info httptrace.GotConnInfo) {
		if info.Conn != nil {
			conn = info.Conn
			ex.RemoteAddr = info.Conn.RemoteAddr().String()
		}
	}}
	hopCtx, cancel := context.WithTimeout(out.Context(), t.timeout)
	defer cancel() // the body is read in full below, before this returns
	out = out.WithContext(httptrace.WithClientTrace(hopCtx, trace))
	t.mu.Lock()
	t.trips[id] = append(t.trips[id], ex)
	t.mu.Unlock()

	resp, err := t.base.RoundTrip(out)
	if err != nil {
		ex.Err = err
		ex.setWire(conn, true)
		return nil, err
	}
	ex.Status = resp.StatusCode
	ex.ResponseHeader = resp.Header.Clone()
	// read the raw body (capped) so the bytes kept are the bytes received
	body, rerr := io.ReadAll(io.LimitReader(resp.Body, t.maxBody+1))
	resp.Body.Close()
	if int64(len(body)) > t.maxBody {
		body, ex.Truncated = body[:t.maxBody], true
	}
	ex.Body = body
	// The body is at its end (or closed at the cap): the response bytes the
	// transport consumed went through the recorder, read in this goroutine;
	// the request bytes were recorded before they were written.
	ex.setWire(conn, rerr != nil)
	if rerr != nil {
		ex.Err = rerr
		return nil, rerr
	}
	// hand Colly the decoded bytes, decompressed here under the same cap: Colly
	// caps only the compressed stream, so a small gzip bomb would expand freely
	// behind it. The capture keeps the compressed bytes and original headers.
	plain := body
	if strings.Contains(strings.ToLower(resp.Header.Get("Content-Encoding")), "gzip") {
		if zr, err := gzip.NewReader(bytes.NewReader(body)); err == nil {
			plain, err = io.ReadAll(io.LimitReader(zr, t.maxBody))
			if err != nil && len(plain) == 0 {
				ex.Err = fmt.Errorf("gunzip body: %w", err)
				return nil, ex.Err
			}
			resp.Header.Del("Content-Encoding")
		}
	}
	// nothing left for Colly to inflate: it would gunzip a body typed
	// application/x-gzip or a path ending .xml.gz with no cap at all, and
	// such a body is no page anyway
	resp.Uncompressed = true
	resp.Body = io.NopCloser(bytes.NewReader(plain))
	resp.ContentLength = int64(len(plain))
	resp.Header.Del("Content-Length")
	return resp, nil
}
