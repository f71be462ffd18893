package storage

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
)

// maxIDLen bounds run, capture, listing and hit ids, which are bbolt keys.
const maxIDLen = 512

// NewRunID returns a new run id: the UTC time to the second, then random
// hex, e.g. 20261127T051234Z-3f9a0c17. Ids sort by start time.
func NewRunID(now time.Time) string {
	var b [4]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails
	return now.UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}

// PutRun inserts r, or replaces the run with the same id.
//
// Commit updates a run's Stats in the database; a caller that holds a Run in
// memory and puts it back would overwrite those counters with stale ones.
// Use UpdateRun to change a stored run.
func (db *DB) PutRun(ctx context.Context, r *npswatch.Run) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := checkID("run", r.ID); err != nil {
		return fmt.Errorf("put run: %w", err)
	}
	err := db.update(func(tx *bolt.Tx) error { return putRun(tx, r) })
	if err != nil {
		return fmt.Errorf("put run %q: %w", r.ID, err)
	}
	return nil
}

// UpdateRun reads the run with the given id, lets fn change it and stores
// the result, all in one transaction. It fails with ErrNotFound when there
// is no such run; when fn returns an error nothing is written. The id cannot
// be changed.
func (db *DB) UpdateRun(ctx context.Context, id string, fn func(*npswatch.Run) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	err := db.update(func(tx *bolt.Tx) error {
		r, err := getRun(tx, id)
		if err != nil {
			return err
		}
		if err := fn(r); err != nil {
			return err
		}
		r.ID = id
		return putRun(tx, r)
	})
	if err != nil {
		return fmt.Errorf("update run %q: %w", id, err)
	}
	return nil
}

// Run returns the run with the given id, or an error wrapping ErrNotFound.
func (db *DB) Run(ctx context.Context, id string) (*npswatch.Run, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var r *npswatch.Run
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		r, err = getRun(tx, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("run %q: %w", id, err)
	}
	return r, nil
}

// Runs returns every run, newest first (by Started, then id).
func (db *DB) Runs(ctx context.Context) ([]npswatch.Run, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var runs []npswatch.Run
	err := db.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketRuns).ForEach(func(k, v []byte) error {
			var r npswatch.Run
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("decode run %q: %w", k, err)
			}
			runs = append(runs, r)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("runs: %w", err)
	}
	slices.SortFunc(runs, func(a, b npswatch.Run) int { return newerFirst(&a, &b) })
	return runs, nil
}

// LastRun returns the newest run (by Started, then id) in the given state;
// "" means any state. It fails with ErrNotFound when there is none.
func (db *DB) LastRun(ctx context.Context, state string) (*npswatch.Run, error) {
	runs, err := db.Runs(ctx)
	if err != nil {
		return nil, err
	}
	for i := range runs {
		if state == "" || runs[i].State == state {
			return &runs[i], nil
		}
	}
	if state == "" {
		return nil, fmt.Errorf("last run: %w", ErrNotFound)
	}
	return nil, fmt.Errorf("last %s run: %w", state, ErrNotFound)
}

func newerFirst(a, b *npswatch.Run) int {
	if c := b.Started.Compare(a.Started); c != 0 {
		return c
	}
	return cmp.Compare(b.ID, a.ID)
}

func getRun(tx *bolt.Tx, id string) (*npswatch.Run, error) {
	v := tx.Bucket(bucketRuns).Get([]byte(id))
	if v == nil || id == "" {
		return nil, ErrNotFound
	}
	var r npswatch.Run
	if err := json.Unmarshal(v, &r); err != nil {
		return nil, fmt.Errorf("decode run: %w", err)
	}
	return &r, nil
}

func putRun(tx *bolt.Tx, r *npswatch.Run) error {
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketRuns).Put([]byte(r.ID), v)
}

// checkID rejects ids that cannot be bbolt keys.
func checkID(kind, id string) error {
	switch {
	case id == "":
		return errors.New(kind + " without id")
	case len(id) > maxIDLen:
		return fmt.Errorf("%s id of %d bytes is longer than %d", kind, len(id), maxIDLen)
	}
	return nil
}
