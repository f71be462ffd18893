package storage

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
)

// Buckets inside frontier/<run id>; see doc.go.
var (
	bucketSeen    = []byte("seen")
	bucketQueue   = []byte("queue")
	bucketBudget  = []byte("hostcount")
	bucketPending = []byte("pending")
)

const (
	// maxURLKey is the longest URL stored as itself in the seen set; longer
	// ones are keyed by their SHA-256 (bbolt keys are limited to 32 KiB).
	maxURLKey = 1024
	// maxHostLen bounds a queue's host name, which is a bucket name.
	maxHostLen = 1024
)

// frontier is the set of buckets holding one run's frontier.
type frontier struct {
	run, seen, queue, budget, pending *bolt.Bucket
}

// writeFrontier opens (creating as needed) the frontier of a run that
// exists in the runs bucket.
func writeFrontier(tx *bolt.Tx, runID string) (*frontier, error) {
	if tx.Bucket(bucketRuns).Get([]byte(runID)) == nil || runID == "" {
		return nil, fmt.Errorf("run %q: %w", runID, ErrNotFound)
	}
	run, err := tx.Bucket(bucketFrontier).CreateBucketIfNotExists([]byte(runID))
	if err != nil {
		return nil, err
	}
	f := &frontier{run: run}
	for _, p := range []struct {
		b    **bolt.Bucket
		name []byte
	}{{&f.seen, bucketSeen}, {&f.queue, bucketQueue}, {&f.budget, bucketBudget}, {&f.pending, bucketPending}} {
		if *p.b, err = run.CreateBucketIfNotExists(p.name); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// readFrontier returns a run's frontier, or nil when it has none yet.
func readFrontier(tx *bolt.Tx, runID string) *frontier {
	if runID == "" {
		return nil
	}
	run := tx.Bucket(bucketFrontier).Bucket([]byte(runID))
	if run == nil {
		return nil
	}
	f := &frontier{run: run, seen: run.Bucket(bucketSeen), queue: run.Bucket(bucketQueue),
		budget: run.Bucket(bucketBudget), pending: run.Bucket(bucketPending)}
	if f.seen == nil || f.queue == nil || f.budget == nil || f.pending == nil {
		return nil
	}
	return f
}

// Enqueue adds to a run's frontier the items whose URL is not yet in the
// run's seen set, marking them pending. With maxPerHost > 0 a host gets at
// most that many URLs through Enqueue (and Commit's links) over the whole
// run; items beyond the budget are dropped without being marked. It returns
// the items added, with Seq (monotonic per run) and Host set. The run must
// exist. An item without a URL or host fails the whole call.
func (db *DB) Enqueue(ctx context.Context, runID string, items []npswatch.QueueItem, maxPerHost int) ([]npswatch.QueueItem, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var added []npswatch.QueueItem
	err := db.update(func(tx *bolt.Tx) error {
		f, err := writeFrontier(tx, runID)
		if err != nil {
			return err
		}
		added, err = f.enqueue(ctx, items, maxPerHost)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("enqueue in run %q: %w", runID, err)
	}
	return added, nil
}

// Next returns the lowest-Seq item queued for host in the run's frontier for
// which skip(seq) is false (skip may be nil; it is called inside a read
// transaction and must not use the DB). ok is false when there is none.
func (db *DB) Next(ctx context.Context, runID, host string, skip func(seq uint64) bool) (item npswatch.QueueItem, ok bool, err error) {
	if err := ctx.Err(); err != nil {
		return item, false, err
	}
	err = db.view(func(tx *bolt.Tx) error {
		f := readFrontier(tx, runID)
		if f == nil || host == "" {
			return nil
		}
		hb := f.queue.Bucket([]byte(host))
		if hb == nil {
			return nil
		}
		c := hb.Cursor()
		n := 0
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if n++; n%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			if skip != nil && skip(decodeUint(k)) {
				continue
			}
			if err := json.Unmarshal(v, &item); err != nil {
				return fmt.Errorf("decode queue item %d: %w", decodeUint(k), err)
			}
			ok = true
			return nil
		}
		return nil
	})
	if err != nil {
		return npswatch.QueueItem{}, false, fmt.Errorf("next in run %q host %q: %w", runID, host, err)
	}
	return item, ok, nil
}

// PendingHosts returns, for each host with queued items in the run's
// frontier, how many are queued.
func (db *DB) PendingHosts(ctx context.Context, runID string) (map[string]int, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	hosts := map[string]int{}
	err := db.view(func(tx *bolt.Tx) error {
		f := readFrontier(tx, runID)
		if f == nil {
			return nil
		}
		return f.pending.ForEach(func(k, v []byte) error {
			if n := decodeUint(v); n > 0 {
				hosts[string(k)] = int(n)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("pending hosts of run %q: %w", runID, err)
	}
	return hosts, nil
}

// Seen reports the state of url in the run's seen set: npswatch.PagePending
// while queued, then the state its page was committed with. ok is false when
// the URL was never enqueued, committed or given as an alias.
func (db *DB) Seen(ctx context.Context, runID, url string) (state string, ok bool, err error) {
	if err := ctx.Err(); err != nil {
		return "", false, err
	}
	err = db.view(func(tx *bolt.Tx) error {
		f := readFrontier(tx, runID)
		if f == nil {
			return nil
		}
		if v := f.seen.Get(seenKey(url)); v != nil {
			state, _, _ = decodeSeen(v)
			ok = true
		}
		return nil
	})
	if err != nil {
		return "", false, fmt.Errorf("seen in run %q: %w", runID, err)
	}
	return state, ok, nil
}

// PageState returns the state of url in the run's visited set and, for a
// failed or skipped page, why (ok is false for a URL the run never saw).
func (db *DB) PageState(ctx context.Context, runID, url string) (state, reason string, ok bool, err error) {
	if err := ctx.Err(); err != nil {
		return "", "", false, err
	}
	err = db.view(func(tx *bolt.Tx) error {
		f := readFrontier(tx, runID)
		if f == nil {
			return nil
		}
		if v := f.seen.Get(seenKey(url)); v != nil {
			var host string
			state, _, host = decodeSeen(v)
			if state != npswatch.PagePending {
				reason = host
			}
			ok = true
		}
		return nil
	})
	if err != nil {
		return "", "", false, fmt.Errorf("page state in run %q: %w", runID, err)
	}
	return state, reason, ok, nil
}

// enqueue is Enqueue inside a write transaction.
func (f *frontier) enqueue(ctx context.Context, items []npswatch.QueueItem, maxPerHost int) ([]npswatch.QueueItem, error) {
	var added []npswatch.QueueItem
	for i, item := range items {
		if i%1024 == 1023 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		host, err := itemHost(&item)
		if err != nil {
			return nil, err
		}
		key := seenKey(item.URL)
		if f.seen.Get(key) != nil {
			continue
		}
		hostKey := []byte(host)
		used := decodeUint(f.budget.Get(hostKey))
		if maxPerHost > 0 && used >= uint64(maxPerHost) {
			continue
		}
		if item.Seq, err = f.run.NextSequence(); err != nil {
			return nil, err
		}
		item.Host = host
		v, err := json.Marshal(&item)
		if err != nil {
			return nil, fmt.Errorf("encode queue item %q: %w", item.URL, err)
		}
		hb, err := f.queue.CreateBucketIfNotExists(hostKey)
		if err != nil {
			return nil, fmt.Errorf("queue of host %q: %w", host, err)
		}
		if err := hb.Put(encodeUint(item.Seq), v); err != nil {
			return nil, err
		}
		if err := f.seen.Put(key, encodeSeen(npswatch.PagePending, item.Seq, host)); err != nil {
			return nil, err
		}
		if err := f.budget.Put(hostKey, encodeUint(used+1)); err != nil {
			return nil, err
		}
		if err := f.addPending(hostKey, 1); err != nil {
			return nil, err
		}
		added = append(added, item)
	}
	return added, nil
}

// mark sets url's state in the seen set. If url was queued, its queue entry
// is removed, so a page committed (or named as an alias) is never fetched
// again. It returns the previous state ("" when unseen).
func (f *frontier) mark(url, state, reason string) (prev string, err error) {
	key := seenKey(url)
	prev, seq, host := decodeSeen(f.seen.Get(key))
	if prev == npswatch.PagePending && host != "" {
		hostKey := []byte(host)
		if hb := f.queue.Bucket(hostKey); hb != nil && hb.Get(encodeUint(seq)) != nil {
			if err := hb.Delete(encodeUint(seq)); err != nil {
				return "", err
			}
			if err := f.addPending(hostKey, -1); err != nil {
				return "", err
			}
		}
	}
	return prev, f.seen.Put(key, encodeSeen(state, 0, reason))
}

// addPending changes a host's queued count by delta; a host whose queue
// empties loses its count and its queue bucket.
func (f *frontier) addPending(hostKey []byte, delta int) error {
	n := int64(decodeUint(f.pending.Get(hostKey))) + int64(delta)
	if n > 0 {
		return f.pending.Put(hostKey, encodeUint(uint64(n)))
	}
	if err := f.pending.Delete(hostKey); err != nil {
		return err
	}
	if f.queue.Bucket(hostKey) != nil {
		return f.queue.DeleteBucket(hostKey)
	}
	return nil
}

// itemHost returns the item's host, taken from its URL when unset.
func itemHost(item *npswatch.QueueItem) (string, error) {
	if item.URL == "" {
		return "", errors.New("queue item without url")
	}
	host := item.Host
	if host == "" {
		if u, err := url.Parse(item.URL); err == nil {
			host = u.Host
		}
	}
	switch {
	case host == "":
		return "", fmt.Errorf("queue item %q has no host", item.URL)
	case len(host) > maxHostLen:
		return "", fmt.Errorf("queue item %q: host of %d bytes is too long", item.URL, len(host))
	}
	return host, nil
}

// seenKey is the seen-set key of a URL: the URL itself, or for very long
// URLs a NUL-prefixed SHA-256 that no real URL can collide with.
func seenKey(u string) []byte {
	if len(u) <= maxURLKey && u != "" {
		return []byte(u)
	}
	sum := sha256.Sum256([]byte(u))
	return append([]byte("\x00sha256:"), hex.EncodeToString(sum[:])...)
}

// encodeSeen encodes a seen-set value: the state, and for a pending URL a
// NUL, its 8-byte queue seq and its host (so it can be dequeued by URL).
func encodeSeen(state string, seq uint64, host string) []byte {
	if state != npswatch.PagePending {
		// done, failed or skipped: host is the reason, after a 0x01
		if host == "" || state == npswatch.PageDone {
			return []byte(state)
		}
		return append(append([]byte(state), 1), truncateReason(host)...)
	}
	v := make([]byte, 0, len(state)+9+len(host))
	v = append(v, state...)
	v = append(v, 0)
	v = append(v, encodeUint(seq)...)
	return append(v, host...)
}

// maxReason is the longest reason a seen entry keeps, in bytes.
const maxReason = 512

// truncateReason cuts a reason to maxReason bytes at a rune boundary.
func truncateReason(s string) string {
	if len(s) <= maxReason {
		return s
	}
	s = s[:maxReason]
	for len(s) > 0 && !utf8.RuneStart(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	if len(s) > 0 {
		s = s[:len(s)-1]
	}
	return s + "…"
}

// decodeSeen reverses encodeSeen; nil decodes to "".
func decodeSeen(v []byte) (state string, seq uint64, host string) {
	i := bytes.IndexByte(v, 0)
	if i < 0 {
		if j := bytes.IndexByte(v, 1); j >= 0 {
			return string(v[:j]), 0, string(v[j+1:]) // a failed or skipped page's reason
		}
		return string(v), 0, ""
	}
	state, rest := string(v[:i]), v[i+1:]
	if len(rest) < 8 {
		return state, 0, ""
	}
	return state, decodeUint(rest[:8]), string(rest[8:])
}
