package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
)

// deferred.go keeps the pages of a run whose extraction waits for their
// site's template (extract.Template): Commit stores a page's capture,
// state and links at once, with a note under frontier/<run>/deferred, and
// its listings, hits and vendor notes arrive later as a LateResult —
// committed with a later page (PageResult.Late) or by CommitLate. A late
// result commits as its page would have: history events, sightings, run
// counters. A run killed in between resumes from the notes (DeferredPages).

var bucketDeferred = []byte("deferred") // inside frontier/<run id>: capture id → npswatch.DeferredPage (JSON)

// putDeferred records that a page's extraction waits.
func putDeferred(f *frontier, d *npswatch.DeferredPage) error {
	if d.CaptureID == "" {
		return fmt.Errorf("deferred page %s without capture", d.URL)
	}
	b, err := f.run.CreateBucketIfNotExists(bucketDeferred)
	if err != nil {
		return err
	}
	v, err := json.Marshal(d)
	if err != nil {
		return err
	}
	return b.Put([]byte(d.CaptureID), v)
}

// commitLate removes the note of a deferred page and counts its
// extraction, which the caller stores (putExtracted); ok is false for a
// result whose note is gone (committed before: a replay).
func (db *DB) commitLate(tx *bolt.Tx, f *frontier, run *npswatch.Run, late *npswatch.LateResult) (_ extracted, ok bool, _ error) {
	b := f.run.Bucket(bucketDeferred)
	if b == nil || b.Get([]byte(late.CaptureID)) == nil {
		return extracted{}, false, nil
	}
	at := db.now()
	if v := tx.Bucket(bucketCaptures).Get([]byte(late.CaptureID)); v != nil {
		var c struct {
			FetchedAt time.Time `json:"fetched_at"`
		}
		if json.Unmarshal(v, &c) == nil && !c.FetchedAt.IsZero() {
			at = c.FetchedAt
		}
	}
	run.Stats.Listings += len(late.Listings)
	run.Stats.Hits += len(late.Hits)
	if !late.More { // a part of a big page keeps the note until its last part
		if err := b.Delete([]byte(late.CaptureID)); err != nil {
			return extracted{}, false, fmt.Errorf("late page %s: %w", late.URL, err)
		}
	}
	return extracted{captureID: late.CaptureID, url: late.URL, listings: late.Listings, hits: late.Hits, vendors: late.Vendors, at: at,
		replay: late.Part > 1}, true, nil
}

// lateBatch is how many listings CommitLate stores in one transaction at
// most (a page is never split): bbolt holds a transaction's pages in memory
// until it commits.
const lateBatch = 20000

// CommitLate commits the extraction of deferred pages, in as few
// transactions as keep each under lateBatch listings; each page is
// committed whole, in one of them.
func (db *DB) CommitLate(ctx context.Context, runID string, late []npswatch.LateResult) error {
	for len(late) > 0 {
		n, size := 0, 0
		for n < len(late) && (n == 0 || size+len(late[n].Listings) <= lateBatch) {
			size += len(late[n].Listings)
			n++
		}
		if err := db.commitLateTx(ctx, runID, late[:n]); err != nil {
			return err
		}
		late = late[n:]
	}
	return nil
}

func (db *DB) commitLateTx(ctx context.Context, runID string, late []npswatch.LateResult) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	err := db.update(func(tx *bolt.Tx) error {
		run, err := getRun(tx, runID)
		if err != nil {
			return fmt.Errorf("run %q: %w", runID, err)
		}
		f, err := writeFrontier(tx, runID)
		if err != nil {
			return err
		}
		var pages []extracted
		for i := range late {
			x, ok, err := db.commitLate(tx, f, run, &late[i])
			if err != nil {
				return err
			}
			if ok {
				pages = append(pages, x)
			}
		}
		if err := db.putExtracted(tx, run, pages); err != nil {
			return err
		}
		return putRun(tx, run)
	})
	if err != nil {
		return fmt.Errorf("commit late pages in run %q: %w", runID, err)
	}
	return nil
}

// DeferredPages returns the pages of a run whose extraction is still
// waiting, in no particular order.
func (db *DB) DeferredPages(ctx context.Context, runID string) ([]npswatch.DeferredPage, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []npswatch.DeferredPage
	err := db.view(func(tx *bolt.Tx) error {
		f := readFrontier(tx, runID)
		if f == nil {
			return nil
		}
		b := f.run.Bucket(bucketDeferred)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var d npswatch.DeferredPage
			if err := json.Unmarshal(v, &d); err != nil {
				return fmt.Errorf("deferred page %s: %w: %v", k, ErrCorrupt, err)
			}
			out = append(out, d)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("deferred pages of run %q: %w", runID, err)
	}
	return out, nil
}
