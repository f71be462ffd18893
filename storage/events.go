package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
)

// ListingHistory returns the events of a listing, oldest first (in the
// order they were recorded), or an error wrapping ErrNotFound when there is
// no such listing. A stored listing has at least one event, its first
// being "new". In a file older than schema version 4 opened read-only, a
// stored listing's history is the one new event the migration would give
// it.
func (db *DB) ListingHistory(ctx context.Context, listingID string) ([]npswatch.ListingEvent, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var events []npswatch.ListingEvent
	err := db.view(func(tx *bolt.Tx) error {
		if db.schema < historySince {
			v := tx.Bucket(bucketListings).Get([]byte(listingID))
			if v == nil || listingID == "" {
				return ErrNotFound
			}
			var l npswatch.Listing
			if err := json.Unmarshal(v, &l); err != nil {
				return fmt.Errorf("%w: decode listing: %w", ErrCorrupt, err)
			}
			events = append(events, migratedEvent(&l))
			return nil
		}
		listingID = resolveAlias(tx, listingID)
		b := tx.Bucket(bucketEvents).Bucket([]byte(listingID))
		if b == nil || listingID == "" {
			return ErrNotFound
		}
		return b.ForEach(func(k, v []byte) error {
			ev, err := decodeEvent(listingID, k, v)
			if err != nil {
				return err
			}
			events = append(events, *ev)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("history of listing %q: %w", listingID, err)
	}
	return events, nil
}

// ForEachEvent calls fn for every listing event at or after since (the
// zero time means all), in order of At, then listing id, then the order
// they were recorded in. It stops at the first error fn returns and
// returns it. As ForEachHit does, it reads a few hundred events per read
// transaction and calls fn between them. In a file older than schema
// version 4 opened read-only, it gives one new event per listing, as
// ListingHistory does.
func (db *DB) ForEachEvent(ctx context.Context, since time.Time, fn func(*npswatch.ListingEvent) error) error {
	if db.schema < historySince {
		err := db.ForEachListing(ctx, since, func(l *npswatch.Listing) error {
			ev := migratedEvent(l)
			return fn(&ev)
		})
		if err != nil {
			return fmt.Errorf("events: %w", err)
		}
		return nil
	}
	var last []byte // the last index key handed out
	start := []byte{}
	if !since.IsZero() {
		start = timePrefix(since)
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		page := make([]npswatch.ListingEvent, 0, pageSize)
		err := db.view(func(tx *bolt.Tx) error {
			events := tx.Bucket(bucketEvents)
			c := tx.Bucket(bucketEventsByTime).Cursor()
			var k []byte
			if last == nil {
				k, _ = c.Seek(start)
			} else if k, _ = c.Seek(last); bytes.Equal(k, last) {
				k, _ = c.Next()
			}
			for ; k != nil && len(page) < pageSize; k, _ = c.Next() {
				id, seq, ok := parseEventIndexKey(k)
				var v []byte
				if b := events.Bucket([]byte(id)); ok && b != nil {
					v = b.Get(seq)
				}
				if v == nil {
					return fmt.Errorf("%w: index key %q points to no event", ErrCorrupt, k)
				}
				ev, err := decodeEvent(id, seq, v)
				if err != nil {
					return err
				}
				page = append(page, *ev)
				last = append(last[:0], k...)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("events: %w", err)
		}
		for i := range page {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(&page[i]); err != nil {
				return fmt.Errorf("events: %w", err)
			}
		}
		if len(page) < pageSize {
			return nil
		}
	}
}

// Events returns every listing event at or after since, ordered as
// ForEachEvent orders them.
func (db *DB) Events(ctx context.Context, since time.Time) ([]npswatch.ListingEvent, error) {
	return collect(func(fn func(*npswatch.ListingEvent) error) error { return db.ForEachEvent(ctx, since, fn) })
}

// checkHistory checks the listing history: every stored listing has an
// events bucket and a sighting and nothing else has; every event decodes,
// belongs to its listing, is of a known kind, starts with new, shows a
// snapshot unless it is a gone event, and has exactly its time index key;
// every sighting decodes and is keyed by its site and listing; every run's
// sites decode.
func checkHistory(ctx context.Context, tx *bolt.Tx, report reportFunc) error {
	listings, events, index := tx.Bucket(bucketListings), tx.Bucket(bucketEvents), tx.Bucket(bucketEventsByTime)
	kinds := []string{npswatch.ChangeNew, npswatch.ChangeChanged, npswatch.ChangeGone, npswatch.ChangeReappeared}
	nevents, nlistings := 0, 0
	err := events.ForEach(func(name, v []byte) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		b := events.Bucket(name)
		if b == nil {
			return report("events key %q is not a bucket", name)
		}
		nlistings++
		if !hasViews(listings, string(name)) {
			if err := report("events of listing %q: no such listing", name); err != nil {
				return err
			}
		}
		first := true
		return b.ForEach(func(k, v []byte) error {
			nevents++
			ev, err := decodeEvent(string(name), k, v)
			switch {
			case err != nil:
				return report("%w", err)
			case ev.ListingID != string(name):
				return report("event %d of listing %q names listing %q", decodeUint(k), name, ev.ListingID)
			case !slices.Contains(kinds, ev.Kind):
				return report("event %d of listing %q has kind %q", decodeUint(k), name, ev.Kind)
			case first && ev.Kind != npswatch.ChangeNew:
				return report("listing %q starts with a %s event", name, ev.Kind)
			case ev.Kind != npswatch.ChangeGone && ev.After == nil:
				return report("%s event %d of listing %q has no snapshot", ev.Kind, decodeUint(k), name)
			case index.Get(eventIndexKey(ev.At, ev.ListingID, decodeUint(k))) == nil:
				return report("event %d of listing %q is not in %s", decodeUint(k), name, bucketEventsByTime)
			}
			first = false
			return nil
		})
	})
	if err != nil {
		return err
	}
	if n := distinctIDs(listings); nlistings != n {
		if err := report("%d listings have events, %d are stored", nlistings, n); err != nil {
			return err
		}
	}
	if n := index.Stats().KeyN; n != nevents {
		if err := report("%s has %d keys for %d events", bucketEventsByTime, n, nevents); err != nil {
			return err
		}
	}
	if err := index.ForEach(func(k, _ []byte) error {
		id, seq, ok := parseEventIndexKey(k)
		if b := events.Bucket([]byte(id)); !ok || b == nil || b.Get(seq) == nil {
			return report("%s key %q has no event", bucketEventsByTime, k)
		}
		return nil
	}); err != nil {
		return err
	}
	nsightings := 0
	if err := tx.Bucket(bucketSightings).ForEach(func(k, v []byte) error {
		nsightings++
		var s sighting
		switch err := json.Unmarshal(v, &s); {
		case err != nil:
			return report("sighting %q: %w", k, err)
		case !bytes.Equal(k, sightingKey(s.Site, s.ListingID)):
			return report("sighting %q holds listing %q on %q", k, s.ListingID, s.Site)
		case !hasViews(listings, s.ListingID):
			return report("sighting %q: no such listing", k)
		}
		return nil
	}); err != nil {
		return err
	}
	if nsightings < nlistings {
		if err := report("%d sightings for %d listings", nsightings, nlistings); err != nil {
			return err
		}
	}
	return tx.Bucket(bucketRunSites).ForEach(func(k, v []byte) error {
		var rs runSites
		if err := json.Unmarshal(v, &rs); err != nil {
			return report("sites of run %q: %w", k, err)
		}
		return nil
	})
}
