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

// commitLate stores the extraction of a deferred page and removes its
// note. A result whose note is gone (committed before: a replay) is
// skipped.
func (db *DB) commitLate(tx *bolt.Tx, f *frontier, run *npswatch.Run, late *npswatch.LateResult) error {
	b := f.run.Bucket(bucketDeferred)
	if b == nil || b.Get([]byte(late.CaptureID)) == nil {
		return nil
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
	if err := db.putExtracted(tx, run, late.CaptureID, late.URL, late.Listings, late.Hits, late.Vendors, at, false); err != nil {
		return fmt.Errorf("late page %s: %w", late.URL, err)
	}
	run.Stats.Listings += len(late.Listings)
	run.Stats.Hits += len(late.Hits)
	return b.Delete([]byte(late.CaptureID))
}

// CommitLate commits the extraction of deferred pages in one transaction.
func (db *DB) CommitLate(ctx context.Context, runID string, late []npswatch.LateResult) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(late) == 0 {
		return nil
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
		for i := range late {
			if err := db.commitLate(tx, f, run, &late[i]); err != nil {
				return err
			}
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
