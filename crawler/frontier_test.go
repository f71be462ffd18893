package crawler_test

import (
	"context"
	"errors"
	"sort"
	"sync"

	"github.com/npswatch/npswatch"
)

// memFrontier is an in-memory Frontier for tests; production uses storage.DB.
type memFrontier struct {
	mu      sync.Mutex
	seq     uint64
	seen    map[string]string
	queue   map[string][]npswatch.QueueItem
	perHost map[string]int
	results []*npswatch.PageResult
}

func newMemFrontier() *memFrontier {
	return &memFrontier{seen: map[string]string{}, queue: map[string][]npswatch.QueueItem{}, perHost: map[string]int{}}
}

func (m *memFrontier) enqueueLocked(items []npswatch.QueueItem, max int) []npswatch.QueueItem {
	var added []npswatch.QueueItem
	for _, it := range items {
		if _, ok := m.seen[it.URL]; ok {
			continue
		}
		if max > 0 && m.perHost[it.Host] >= max {
			continue
		}
		m.seq++
		it.Seq = m.seq
		m.seen[it.URL] = npswatch.PagePending
		m.perHost[it.Host]++
		m.queue[it.Host] = append(m.queue[it.Host], it)
		added = append(added, it)
	}
	return added
}

func (m *memFrontier) Enqueue(_ context.Context, _ string, items []npswatch.QueueItem, max int) ([]npswatch.QueueItem, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.enqueueLocked(items, max), nil
}

func (m *memFrontier) Next(_ context.Context, _, host string, skip func(uint64) bool) (npswatch.QueueItem, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, it := range m.queue[host] {
		if skip == nil || !skip(it.Seq) {
			return it, true, nil
		}
	}
	return npswatch.QueueItem{}, false, nil
}

func (m *memFrontier) PendingHosts(context.Context, string) (map[string]int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[string]int{}
	for h, q := range m.queue {
		if len(q) > 0 {
			out[h] = len(q)
		}
	}
	return out, nil
}

func (m *memFrontier) Seen(_ context.Context, _, u string) (string, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.seen[u]
	return s, ok, nil
}

func (m *memFrontier) Commit(_ context.Context, _ string, res *npswatch.PageResult, max int) ([]npswatch.QueueItem, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	q := m.queue[res.Item.Host]
	for i, it := range q {
		if it.Seq == res.Item.Seq {
			m.queue[res.Item.Host] = append(q[:i:i], q[i+1:]...)
			break
		}
	}
	m.seen[res.Item.URL] = res.State
	// as storage.DB does: a queued alias leaves the queue, a committed one keeps its state
	for _, a := range res.Aliases {
		if st, ok := m.seen[a]; ok && st != npswatch.PagePending {
			continue
		}
		m.seen[a] = res.State
		for h, q := range m.queue {
			for i, it := range q {
				if it.URL == a {
					m.queue[h] = append(q[:i:i], q[i+1:]...)
					break
				}
			}
		}
	}
	m.results = append(m.results, res)
	return m.enqueueLocked(res.Links, max), nil
}

// done returns the results by state, sorted by URL.
func (m *memFrontier) byState(state string) []*npswatch.PageResult {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []*npswatch.PageResult
	for _, r := range m.results {
		if r.State == state {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Item.URL < out[j].Item.URL })
	return out
}

// CommitLate files late results with the result of their capture's page
// (the parts of a big page one after another).
func (m *memFrontier) CommitLate(_ context.Context, _ string, late []npswatch.LateResult) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, l := range late {
		for _, r := range m.results {
			if r.Capture != nil && r.Capture.ID == l.CaptureID && r.Defer != nil {
				r.Listings = append(r.Listings, l.Listings...)
				r.Hits = append(r.Hits, l.Hits...)
				r.Vendors = append(r.Vendors, l.Vendors...)
				if !l.More {
					r.Defer = nil
				}
			}
		}
	}
	return nil
}

func (m *memFrontier) DeferredPages(context.Context, string) ([]npswatch.DeferredPage, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []npswatch.DeferredPage
	for _, r := range m.results {
		if r.Defer != nil {
			out = append(out, *r.Defer)
		}
	}
	return out, nil
}

func (m *memFrontier) Capture(_ context.Context, id string) (*npswatch.Capture, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, r := range m.results {
		if r.Capture != nil && r.Capture.ID == id {
			return r.Capture, nil
		}
	}
	return nil, errors.New("no capture " + id)
}
