package crawler

import (
	"context"
	"math/rand/v2"
	"net/http"
	"sync"
	"time"
)

// hostLimiter spaces requests to one host and pauses them after 429/503.
// A slot is taken only at the moment a request may really go out, so a pause
// set while a worker waits is always honoured.
type hostLimiter struct {
	mu       sync.Mutex
	interval time.Duration // between request starts
	next     time.Time     // earliest start of the next request
	paused   time.Time     // no request before this (Retry-After, backoff)
	now      func() time.Time
}

func newHostLimiter(rate float64, now func() time.Time) *hostLimiter {
	l := &hostLimiter{now: now}
	l.setRate(rate)
	return l
}

func (l *hostLimiter) setRate(rate float64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if rate <= 0 {
		l.interval = 0
		return
	}
	l.interval = time.Duration(float64(time.Second) / rate)
}

// atLeast raises the interval to d (robots.txt Crawl-delay).
func (l *hostLimiter) atLeast(d time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if d > l.interval {
		l.interval = d
	}
}

// slowDown doubles the interval, up to max: the host said it was overloaded.
func (l *hostLimiter) slowDown(max time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch {
	case l.interval >= max:
		// already slower than the cap (Crawl-delay, a low --rate): never speed up
	case l.interval == 0:
		l.interval = 100 * time.Millisecond
	case l.interval*2 <= max:
		l.interval *= 2
	default:
		l.interval = max
	}
}

// pause holds every request to the host until t.
func (l *hostLimiter) pause(t time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if t.After(l.paused) {
		l.paused = t
	}
}

// wait blocks until a request to the host may start, then takes that slot.
func (l *hostLimiter) wait(ctx context.Context) error {
	for {
		l.mu.Lock()
		now := l.now()
		start := l.next
		if l.paused.After(start) {
			start = l.paused
		}
		if !start.After(now) {
			l.next = now.Add(l.interval)
			l.mu.Unlock()
			return nil
		}
		l.mu.Unlock()
		if err := sleep(ctx, start.Sub(now)); err != nil {
			return err
		}
	}
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// backoff is the exponential backoff with full jitter for attempt n (0-based):
// a random duration in [base*2^n/2, base*2^n], capped at max.
func backoff(base, max time.Duration, n int) time.Duration {
	d := base << n
	if d > max || d <= 0 {
		d = max
	}
	half := d / 2
	return half + time.Duration(rand.Int64N(int64(half)+1))
}

// retryAfter parses a Retry-After header (seconds or an HTTP date).
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	if v == "" {
		return 0, false
	}
	var secs int
	n := 0
	for _, c := range v {
		if c < '0' || c > '9' {
			n = -1
			break
		}
		secs = secs*10 + int(c-'0')
		n++
		if secs > 86400 {
			secs = 86400
		}
	}
	if n > 0 {
		return time.Duration(secs) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		d := t.Sub(now)
		if d < 0 {
			d = 0
		}
		return d, true
	}
	return 0, false
}
