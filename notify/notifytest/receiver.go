// Package notifytest is a webhook receiver for tests of notifications, on
// 127.0.0.1.
package notifytest

import (
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
)

// Receiver is a webhook on 127.0.0.1 that answers with the given statuses
// in turn (200 once they are used up) and keeps what it was sent.
type Receiver struct {
	*httptest.Server
	mu       sync.Mutex
	statuses []int
	bodies   [][]byte
	headers  []http.Header
}

// NewReceiver starts a receiver, closed when the test ends. A 429 answer
// carries Retry-After: 2; a 302 points to a port nothing listens on.
func NewReceiver(t testing.TB, statuses ...int) *Receiver {
	t.Helper()
	r := &Receiver{statuses: statuses}
	r.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		b, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		defer r.mu.Unlock()
		r.bodies = append(r.bodies, b)
		r.headers = append(r.headers, req.Header.Clone())
		status := http.StatusOK
		if len(r.statuses) > 0 {
			status, r.statuses = r.statuses[0], r.statuses[1:]
		}
		switch status {
		case http.StatusTooManyRequests:
			w.Header().Set("Retry-After", "2")
		case http.StatusFound: // followed, it would fail to connect and be retried
			w.Header().Set("Location", "http://127.0.0.1:1/elsewhere")
		}
		w.WriteHeader(status)
	}))
	t.Cleanup(r.Close)
	return r
}

// Received returns the bodies and headers of the requests so far, in order.
func (r *Receiver) Received() ([][]byte, []http.Header) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([][]byte(nil), r.bodies...), append([]http.Header(nil), r.headers...)
}

// DeadURL is a 127.0.0.1 URL nothing listens on.
func DeadURL(t testing.TB) string {
	t.Helper()
	srv := httptest.NewServer(http.NotFoundHandler())
	u := srv.URL
	srv.Close()
	return u
}
