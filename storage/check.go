package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
)

// Check verifies the database: bbolt's own page consistency check, then
// this package's invariants — every listing and hit has exactly the index
// key its time gives it, every index key has its record, every capture body
// and raw exchange has its capture, the hash chain verifies (VerifyChain,
// in the same read transaction; skipped for a file older than schema
// version 3 opened read-only, which has none), every vendor decodes and is
// keyed by its site and npswatch.VendorKey of its name, the listing
// history and triage decode and agree with the listings and hits (see
// checkHistory and checkTriage; skipped for a file older than version 4
// opened read-only), and every queued frontier item is pending in the seen
// set and counted in its host's pending count. It returns all problems found, joined (at most a hundred
// of them).
func (db *DB) Check(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var errs []error
	report := func(format string, args ...any) error {
		errs = append(errs, fmt.Errorf(format, args...))
		if len(errs) >= 100 {
			return errors.New("too many problems")
		}
		return nil
	}
	err := db.view(func(tx *bolt.Tx) error {
		// read every page here first: tx.Check reads them in a goroutine of
		// its own, where a damaged page pointer would fault and kill the
		// process; here it is an ErrCorrupt error (see view)
		if err := readAll(ctx, tx); err != nil {
			return err
		}
		var stop error
		for err := range tx.Check() { // drained to the end: Check's goroutine sends them all
			if stop == nil {
				stop = report("bbolt: %w: %w", ErrCorrupt, err)
			}
		}
		if stop != nil {
			return stop
		}
		if err := checkIndex(ctx, tx, bucketListings, bucketListingsByTime, report,
			func(v []byte) (string, time.Time, error) {
				var l npswatch.Listing
				err := json.Unmarshal(v, &l)
				return db.recordKey(l.ID, l.URL), l.FetchedAt, err
			}); err != nil {
			return err
		}
		if err := checkIndex(ctx, tx, bucketHits, bucketHitsByTime, report,
			func(v []byte) (string, time.Time, error) {
				var h npswatch.Hit
				err := json.Unmarshal(v, &h)
				return db.recordKey(h.ID, h.URL), h.FirstSeen, err
			}); err != nil {
			return err
		}
		captures := tx.Bucket(bucketCaptures)
		if err := tx.Bucket(bucketBodies).ForEach(func(k, _ []byte) error {
			if captures.Get(k) == nil {
				return report("body %q has no capture", k)
			}
			return nil
		}); err != nil {
			return err
		}
		if db.schema >= chainSince {
			if err := tx.Bucket(bucketRaw).ForEach(func(k, _ []byte) error {
				if captures.Get(k) == nil {
					return report("raw exchange %q has no capture", k)
				}
				return nil
			}); err != nil {
				return err
			}
			if b := tx.Bucket(bucketHops); b != nil {
				if err := b.ForEach(func(k, _ []byte) error {
					if captures.Get(k) == nil {
						return report("redirect hops %q have no capture", k)
					}
					return nil
				}); err != nil {
					return err
				}
			}
			var rep ChainReport
			if err := verifyChain(ctx, tx, db.schema, &rep); err != nil {
				return err
			}
			for _, p := range rep.Problems {
				if err := report("hash chain: %s", p); err != nil {
					return err
				}
			}
			if rep.Omitted > 0 {
				if err := report("hash chain: %d more problems", rep.Omitted); err != nil {
					return err
				}
			}
		}
		if err := checkVendors(ctx, tx, report); err != nil {
			return err
		}
		if db.schema >= historySince {
			if err := checkHistory(ctx, tx, report); err != nil {
				return err
			}
			if err := checkTriage(ctx, tx, report); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketFrontier).ForEachBucket(func(run []byte) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			f := readFrontier(tx, string(run))
			if f == nil {
				return report("frontier %q is incomplete", run)
			}
			return checkFrontier(string(run), f, report)
		})
	})
	if err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("check %s: %w", db.path, err)
	}
	return nil
}

type reportFunc func(format string, args ...any) error

// checkIndex checks that data and its by-time index match one to one.
func checkIndex(ctx context.Context, tx *bolt.Tx, dataName, indexName []byte, report reportFunc,
	decode func([]byte) (string, time.Time, error)) error {
	data, index := tx.Bucket(dataName), tx.Bucket(indexName)
	n := 0
	if err := data.ForEach(func(k, v []byte) error {
		if n++; n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		id, t, err := decode(v)
		switch {
		case err != nil:
			return report("%s %q: %w", dataName, k, err)
		case id != string(k):
			return report("%s %q holds id %q", dataName, k, id)
		case index.Get(indexKey(t, id)) == nil:
			return report("%s %q is not in %s", dataName, k, indexName)
		}
		return nil
	}); err != nil {
		return err
	}
	if in, dn := index.Stats().KeyN, data.Stats().KeyN; in != dn {
		if err := report("%s has %d keys for %d records", indexName, in, dn); err != nil {
			return err
		}
	}
	return index.ForEach(func(k, _ []byte) error {
		if data.Get([]byte(indexID(k))) == nil {
			return report("%s key %q has no record", indexName, k)
		}
		return nil
	})
}

// checkFrontier checks that a run's queues, seen set and counts agree.
func checkFrontier(run string, f *frontier, report reportFunc) error {
	counts := map[string]uint64{}
	err := f.queue.ForEachBucket(func(host []byte) error {
		return f.queue.Bucket(host).ForEach(func(k, v []byte) error {
			counts[string(host)]++
			var item npswatch.QueueItem
			if err := json.Unmarshal(v, &item); err != nil {
				return report("run %q queue %q item %d: %w", run, host, decodeUint(k), err)
			}
			state, seq, h := decodeSeen(f.seen.Get(seenKey(item.URL)))
			if state != npswatch.PagePending || seq != decodeUint(k) || h != string(host) || item.Seq != seq {
				return report("run %q: queued %s (seq %d) is %q seq %d host %q in the seen set",
					run, item.URL, decodeUint(k), state, seq, h)
			}
			return nil
		})
	})
	if err != nil {
		return err
	}
	if err := f.pending.ForEach(func(k, v []byte) error {
		if n := decodeUint(v); n != counts[string(k)] {
			return report("run %q host %q: pending count %d, %d queued", run, k, n, counts[string(k)])
		}
		delete(counts, string(k))
		return nil
	}); err != nil {
		return err
	}
	for host, n := range counts {
		if err := report("run %q host %q: %d queued, no pending count", run, host, n); err != nil {
			return err
		}
	}
	return nil
}

// readAll reads every key and value of every bucket, so that a damaged
// page faults in the calling goroutine.
func readAll(ctx context.Context, tx *bolt.Tx) error {
	var walk func(b *bolt.Bucket) error
	walk = func(b *bolt.Bucket) error {
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			if v == nil {
				if sub := b.Bucket(k); sub != nil {
					if err := walk(sub); err != nil {
						return err
					}
				}
			}
		}
		return nil
	}
	return tx.ForEach(func(_ []byte, b *bolt.Bucket) error { return walk(b) })
}
