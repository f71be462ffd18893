package storage

import (
	"context"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
)

// SetTriage records a triage decision on a hit. The entry is validated
// (npswatch.TriageEntry.Validate: a hit id and a known status), the hit
// must be stored (else the error wraps ErrNotFound), and At defaults to the
// current time (Options.Now) in UTC. Entries are appended to the hit's
// triage history, never overwritten: the latest entry set is the hit's
// status.
//
// A hit's id is its listing and substance, the same in every run that
// finds them again (npswatch.Hit.SetID), so a decision covers later runs
// too: a hit dismissed stays dismissed when the next run sees the same
// listing offer the same substance, and a new substance on the listing is
// a new hit, not triaged yet.
func (db *DB) SetTriage(ctx context.Context, e npswatch.TriageEntry) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := e.Validate(); err != nil {
		return fmt.Errorf("set triage: %w", err)
	}
	if err := checkID("hit", e.HitID); err != nil {
		return fmt.Errorf("set triage: %w", err)
	}
	if e.At.IsZero() {
		e.At = db.now()
	}
	e.At = e.At.UTC()
	err := db.update(func(tx *bolt.Tx) error {
		e.HitID = resolveAlias(tx, e.HitID)
		if !hasViews(tx.Bucket(bucketHits), e.HitID) {
			return ErrNotFound
		}
		b, err := tx.Bucket(bucketTriage).CreateBucketIfNotExists([]byte(e.HitID))
		if err != nil {
			return err
		}
		return appendSeq(b, e)
	})
	if err != nil {
		return fmt.Errorf("set triage of hit %q: %w", e.HitID, err)
	}
	return nil
}

// Triage returns the triage history of a hit, oldest first (in the order
// set), none when it was never triaged, or an error wrapping ErrNotFound
// when there is no such hit.
func (db *DB) Triage(ctx context.Context, hitID string) ([]npswatch.TriageEntry, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var entries []npswatch.TriageEntry
	err := db.view(func(tx *bolt.Tx) error {
		hitID = resolveAlias(tx, hitID)
		if hitID == "" || !hasViews(tx.Bucket(bucketHits), hitID) {
			return ErrNotFound
		}
		t := tx.Bucket(bucketTriage)
		if t == nil { // older than schema version 4, read-only
			return nil
		}
		b := t.Bucket([]byte(hitID))
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			e, err := decodeTriage(hitID, k, v)
			if err != nil {
				return err
			}
			entries = append(entries, *e)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("triage of hit %q: %w", hitID, err)
	}
	return entries, nil
}

// TriageStatus returns the status of every hit that was triaged, by hit
// id: the status of its latest entry. Hits not in the map were never
// triaged (their status is npswatch.TriageNew).
func (db *DB) TriageStatus(ctx context.Context) (map[string]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	status := map[string]string{}
	err := db.view(func(tx *bolt.Tx) error {
		t := tx.Bucket(bucketTriage)
		if t == nil { // older than schema version 4, read-only
			return nil
		}
		return t.ForEachBucket(func(hitID []byte) error {
			k, v := t.Bucket(hitID).Cursor().Last()
			if k == nil {
				return nil
			}
			e, err := decodeTriage(string(hitID), k, v)
			if err != nil {
				return err
			}
			status[string(hitID)] = e.Status
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("triage status: %w", err)
	}
	return status, nil
}

func decodeTriage(hitID string, k, v []byte) (*npswatch.TriageEntry, error) {
	var e npswatch.TriageEntry
	if err := json.Unmarshal(v, &e); err != nil {
		return nil, fmt.Errorf("%w: triage entry %d of hit %q: %w", ErrCorrupt, decodeUint(k), hitID, err)
	}
	return &e, nil
}

// checkTriage checks that every triage entry decodes, is a valid entry of
// its hit, and that the hit is stored.
func checkTriage(ctx context.Context, tx *bolt.Tx, report reportFunc) error {
	hits, t := tx.Bucket(bucketHits), tx.Bucket(bucketTriage)
	return t.ForEach(func(name, _ []byte) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		b := t.Bucket(name)
		if b == nil {
			return report("triage key %q is not a bucket", name)
		}
		if !hasViews(hits, string(name)) {
			if err := report("triage of hit %q: no such hit", name); err != nil {
				return err
			}
		}
		return b.ForEach(func(k, v []byte) error {
			e, err := decodeTriage(string(name), k, v)
			switch {
			case err != nil:
				return report("%w", err)
			case e.HitID != string(name):
				return report("triage entry %d of hit %q names hit %q", decodeUint(k), name, e.HitID)
			}
			if err := e.Validate(); err != nil {
				return report("triage entry %d of hit %q: %w", decodeUint(k), name, err)
			}
			return nil
		})
	})
}
