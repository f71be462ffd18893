package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
)

// An offer's listing and each of its hits are stored once per page that
// showed it (a view): under the record's id, a NUL byte and the page's URL
// (seenKey's form, so a very long URL is its hash). The views of one id
// are adjacent; a file older than schema version 6 keys a record by its id
// alone, and views finds it there too (read-only, unmigrated).

// viewKey is the key of the view of record id on page url.
func viewKey(id, url string) []byte {
	k := append([]byte(id), 0)
	return append(k, seenKey(url)...)
}

// recordKey is the key a listing or hit view is stored under in this
// file: its view key, or its id alone in a file older than schema version
// 6 (opened read-only, not migrated).
func (db *DB) recordKey(id, url string) string {
	if db.schema < offersSince {
		return id
	}
	return string(viewKey(id, url))
}

// viewID is the record id a data key holds a view of.
func viewID(k []byte) string {
	if i := bytes.IndexByte(k, 0); i >= 0 {
		return string(k[:i])
	}
	return string(k)
}

// eachView calls fn with the stored bytes of every view of id in bucket b,
// in key order; it returns how many there were.
func eachView(b *bolt.Bucket, id string, fn func(v []byte) error) (int, error) {
	if id == "" {
		return 0, nil
	}
	n := 0
	if v := b.Get([]byte(id)); v != nil {
		n++
		if err := fn(v); err != nil {
			return n, err
		}
	}
	prefix := append([]byte(id), 0)
	c := b.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		n++
		if err := fn(v); err != nil {
			return n, err
		}
	}
	return n, nil
}

// hasViews reports whether bucket b holds a view of id.
func hasViews(b *bolt.Bucket, id string) bool {
	n, _ := eachView(b, id, func([]byte) error { return errStop })
	return n > 0
}

// distinctIDs counts the record ids bucket b holds views of.
func distinctIDs(b *bolt.Bucket) int {
	n, last := 0, ""
	c := b.Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		if id := viewID(k); id != last || n == 0 {
			n++
			last = id
		}
	}
	return n
}

// views decodes every view of id in bucket b.
func views[T any](b *bolt.Bucket, id string) ([]T, error) {
	var out []T
	_, err := eachView(b, id, func(v []byte) error {
		var rec T
		if err := json.Unmarshal(v, &rec); err != nil {
			return fmt.Errorf("%w: decode: %w", ErrCorrupt, err)
		}
		out = append(out, rec)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, ErrNotFound
	}
	return out, nil
}

// readViews reads every view of id in the named bucket, resolving an id of
// a record migrated from schema version 5 (see Alias) first.
func readViews[T any](ctx context.Context, db *DB, bucket []byte, id string) ([]T, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []T
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		out, err = views[T](tx.Bucket(bucket), resolveAlias(tx, id))
		return err
	})
	return out, err
}

// ListingViews returns every view of the offer with the given id (one per
// page that showed it), the offer's own page first (npswatch.PreferView),
// or an error wrapping ErrNotFound. An id a listing had before schema
// version 6 is resolved to its offer's. Their VendorClaims are not filled
// in.
func (db *DB) ListingViews(ctx context.Context, id string) ([]npswatch.Listing, error) {
	ls, err := readViews[npswatch.Listing](ctx, db, bucketListings, id)
	if err != nil {
		return nil, fmt.Errorf("listing %q: %w", id, err)
	}
	sortViews(ls)
	return ls, nil
}

// Listing returns the view that stands for the offer with the given id
// (its own page's, else the latest fetched; see npswatch.PreferView), or an
// error wrapping ErrNotFound. Its VendorClaims are not filled in.
func (db *DB) Listing(ctx context.Context, id string) (*npswatch.Listing, error) {
	ls, err := db.ListingViews(ctx, id)
	if err != nil {
		return nil, err
	}
	return &ls[0], nil
}

// Hit returns the hit with the given id with its views merged
// (npswatch.MergeHits: Pages lists every page it was seen on), or an error
// wrapping ErrNotFound. An id a hit had before schema version 6 is
// resolved. Its Vendor and VendorClaims are not filled in.
func (db *DB) Hit(ctx context.Context, id string) (*npswatch.Hit, error) {
	hs, err := readViews[npswatch.Hit](ctx, db, bucketHits, id)
	if err != nil {
		return nil, fmt.Errorf("hit %q: %w", id, err)
	}
	return &npswatch.MergeHits(hs)[0], nil
}

func sortViews(ls []npswatch.Listing) {
	slices.SortStableFunc(ls, func(a, b npswatch.Listing) int {
		switch {
		case npswatch.PreferView(&a, &b):
			return -1
		case npswatch.PreferView(&b, &a):
			return 1
		}
		return 0
	})
}

// viewSeen is the last view of one kind of an offer: the run and page it
// was seen in, and what it showed.
type viewSeen struct {
	RunID string                    `json:"run_id"`
	URL   string                    `json:"url"`
	Snap  *npswatch.ListingSnapshot `json:"snapshot"`
}

// lastOf returns the last view of the offer on its own page (own) or
// elsewhere.
func (s *sighting) lastOf(own bool) *viewSeen {
	if own {
		return s.Own
	}
	return s.Card
}

func (s *sighting) setLast(own bool, v *viewSeen) {
	if own {
		s.Own = v
	} else {
		s.Card = v
	}
}

// hasKinds reports whether the sighting keeps its views by kind (one
// written since schema version 6).
func (s *sighting) hasKinds() bool { return s.Own != nil || s.Card != nil }

// sameKindOfView reports whether view l and the page an earlier snapshot
// of its offer was read on (url; "" before schema version 6) show the
// offer the same way: both its own page, or both elsewhere (a card). An
// offer with no page of its own looks the same on every page.
func sameKindOfView(l *npswatch.Listing, url string) bool {
	if l.OfferURL == "" || url == "" {
		return true
	}
	return (l.URL == l.OfferURL) == (url == l.OfferURL)
}
