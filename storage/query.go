package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
)

// pageSize is how many records a ForEach reads per read transaction. fn is
// called between transactions, so it may be slow and may use the DB.
const pageSize = 256

// ForEachHit calls fn for every hit first seen at or after since (the zero
// time means all), in order of FirstSeen, then id. It stops at the first
// error fn returns and returns it. Records are read in pages of a few
// hundred, each in its own read transaction: fn may write to the DB, and a
// hit committed during the iteration may or may not be seen.
func (db *DB) ForEachHit(ctx context.Context, since time.Time, fn func(*npswatch.Hit) error) error {
	if err := forEach(ctx, db, bucketHitsByTime, bucketHits, since, fn); err != nil {
		return fmt.Errorf("hits: %w", err)
	}
	return nil
}

// Hits returns every hit first seen at or after since, ordered as
// ForEachHit orders them.
func (db *DB) Hits(ctx context.Context, since time.Time) ([]npswatch.Hit, error) {
	return collect(func(fn func(*npswatch.Hit) error) error { return db.ForEachHit(ctx, since, fn) })
}

// ForEachListing calls fn for every listing fetched at or after since (the
// zero time means all), in order of FetchedAt, then id, as ForEachHit does.
func (db *DB) ForEachListing(ctx context.Context, since time.Time, fn func(*npswatch.Listing) error) error {
	if err := forEach(ctx, db, bucketListingsByTime, bucketListings, since, fn); err != nil {
		return fmt.Errorf("listings: %w", err)
	}
	return nil
}

// Listings returns every listing fetched at or after since, ordered as
// ForEachListing orders them.
func (db *DB) Listings(ctx context.Context, since time.Time) ([]npswatch.Listing, error) {
	return collect(func(fn func(*npswatch.Listing) error) error { return db.ForEachListing(ctx, since, fn) })
}

// collect gathers what a ForEach… method visits into a slice.
func collect[T any](each func(fn func(*T) error) error) ([]T, error) {
	var out []T
	if err := each(func(x *T) error {
		out = append(out, *x)
		return nil
	}); err != nil {
		return nil, err
	}
	return out, nil
}

// forEach walks a by-time index from since, decoding the records it points
// to from the data bucket, a page per read transaction.
func forEach[T any](ctx context.Context, db *DB, indexName, dataName []byte, since time.Time, fn func(*T) error) error {
	var last []byte // the last index key handed out
	start := []byte{}
	if !since.IsZero() {
		start = timePrefix(since)
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		page := make([]T, 0, pageSize)
		err := db.view(func(tx *bolt.Tx) error {
			data := tx.Bucket(dataName)
			c := tx.Bucket(indexName).Cursor()
			var k []byte
			if last == nil {
				k, _ = c.Seek(start)
			} else if k, _ = c.Seek(last); bytes.Equal(k, last) {
				k, _ = c.Next()
			}
			for ; k != nil && len(page) < pageSize; k, _ = c.Next() {
				id := indexID(k)
				v := data.Get([]byte(id))
				if v == nil {
					return fmt.Errorf("index key %q points to no record", k)
				}
				var rec T
				if err := json.Unmarshal(v, &rec); err != nil {
					return fmt.Errorf("decode %q: %w", id, err)
				}
				page = append(page, rec)
				last = append(last[:0], k...)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for i := range page {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(&page[i]); err != nil {
				return err
			}
		}
		if len(page) < pageSize {
			return nil
		}
	}
}
