package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
)

// offersSince is the schema version that keys listings and hits by offer
// (see views.go) and added the aliases bucket.
const offersSince = 6

// errStop ends a bucket walk early; it is never returned to callers.
var errStop = errors.New("stop")

// resolveAlias returns the offer's id for an id a listing or hit had
// before schema version 6, and any other id as it is.
func resolveAlias(tx *bolt.Tx, id string) string {
	if b := tx.Bucket(bucketAliases); b != nil && id != "" {
		if v := b.Get([]byte(id)); v != nil {
			return string(v)
		}
	}
	return id
}

// ResolveID returns the id of the offer's listing or hit that id named
// before schema version 6 (see the aliases bucket), or id itself.
func (db *DB) ResolveID(id string) string {
	out := id
	_ = db.view(func(tx *bolt.Tx) error {
		out = resolveAlias(tx, id)
		return nil
	})
	return out
}

// oldListing is what the version-6 migration needs to know of a listing
// stored under its old id.
type oldListing struct {
	key                                      string
	site, url, source, product, vendor, text string
	offerURL, id                             string
}

// offersExisting is the version-6 migration. Listings and hits stored under
// ids of a page and a product become views of offers (npswatch.OfferID):
// a listing read from a product's own page (a detail, JSON-LD or microdata
// listing alone of those on its page) has that page as its offer page; a
// card whose site and product (npswatch.ProductKey) name exactly one such
// page is a view of that page's offer (old listings do not keep the card's
// link); the rest are keyed by site, vendor and product. The histories,
// sightings and triage of the old ids that became one offer are merged
// (mergeHistory), and every old id is kept in the aliases bucket.
func offersExisting(tx *bolt.Tx) error {
	listings := tx.Bucket(bucketListings)
	var old []*oldListing
	perPage := map[string]int{}         // url → product-page listings on it
	ownPage := map[[2]string][]string{} // site, product key → own pages
	if err := listings.ForEach(func(k, v []byte) error {
		var l npswatch.Listing
		if err := json.Unmarshal(v, &l); err != nil {
			return fmt.Errorf("%w: listing %q: %w", ErrCorrupt, k, err)
		}
		text := l.Text
		if len(text) > 1200 {
			text = text[:1200]
		}
		o := &oldListing{key: string(k), site: l.Site, url: l.URL, source: l.Source, product: l.Product, vendor: l.Vendor, text: text}
		if productSource(l.Source) {
			perPage[l.URL]++
		}
		old = append(old, o)
		return nil
	}); err != nil {
		return err
	}
	for _, o := range old {
		if productSource(o.source) && perPage[o.url] == 1 {
			o.offerURL = o.url
			k := [2]string{o.site, npswatch.ProductKey(o.product)}
			ownPage[k] = append(ownPage[k], o.url)
		}
	}
	for _, o := range old {
		if o.source == "card" {
			if pages := ownPage[[2]string{o.site, npswatch.ProductKey(o.product)}]; len(pages) == 1 {
				o.offerURL = pages[0]
			}
		}
		o.id = npswatch.OfferID(o.site, o.offerURL, o.vendor, o.product, o.text)
	}
	aliases := tx.Bucket(bucketAliases)
	newID := map[string]*oldListing{}
	for _, o := range old {
		newID[o.key] = o
		if err := aliases.Put([]byte(o.key), []byte(o.id)); err != nil {
			return err
		}
		if err := rekeyListing(tx, o); err != nil {
			return err
		}
	}
	if err := rebuildIndex(tx, bucketListings, bucketListingsByTime, func(v []byte) (time.Time, error) {
		var l npswatch.Listing
		err := json.Unmarshal(v, &l)
		return l.FetchedAt, err
	}); err != nil {
		return err
	}
	if err := rekeyHits(tx, newID); err != nil {
		return err
	}
	return mergeHistory(tx, newID)
}

// productSource reports the extractors that read a page's own product.
func productSource(s string) bool { return s == "detail" || s == "jsonld" || s == "microdata" }

// rekeyListing moves one old listing to its view key, with its offer's id
// and page; of two old listings that become one view, the one fetched last
// stays.
func rekeyListing(tx *bolt.Tx, o *oldListing) error {
	b := tx.Bucket(bucketListings)
	v := b.Get([]byte(o.key))
	var l npswatch.Listing
	if err := json.Unmarshal(v, &l); err != nil {
		return fmt.Errorf("%w: listing %q: %w", ErrCorrupt, o.key, err)
	}
	if err := b.Delete([]byte(o.key)); err != nil {
		return err
	}
	l.ID, l.OfferURL = o.id, o.offerURL
	key := viewKey(l.ID, l.URL)
	if prev := b.Get(key); prev != nil {
		var p npswatch.Listing
		if err := json.Unmarshal(prev, &p); err == nil && p.FetchedAt.After(l.FetchedAt) {
			return nil
		}
	}
	nv, err := json.Marshal(&l)
	if err != nil {
		return err
	}
	return b.Put(key, nv)
}

// rekeyHits moves every old hit to its view key under its offer's hit id,
// keeping the earliest FirstSeen and latest LastSeen of hits that become
// one view, and keeps each old hit id as an alias; then it moves each old
// hit's triage to its new id (mergeTriage).
func rekeyHits(tx *bolt.Tx, listing map[string]*oldListing) error {
	b := tx.Bucket(bucketHits)
	var keys []string
	if err := b.ForEach(func(k, _ []byte) error {
		keys = append(keys, string(k))
		return nil
	}); err != nil {
		return err
	}
	moved := map[string][]string{} // new hit id → old hit ids
	for _, k := range keys {
		var h npswatch.Hit
		if err := json.Unmarshal(b.Get([]byte(k)), &h); err != nil {
			return fmt.Errorf("%w: hit %q: %w", ErrCorrupt, k, err)
		}
		if err := b.Delete([]byte(k)); err != nil {
			return err
		}
		if o := listing[h.ListingID]; o != nil {
			h.ListingID, h.OfferURL = o.id, o.offerURL
		}
		h.SetID()
		moved[h.ID] = append(moved[h.ID], k)
		if err := tx.Bucket(bucketAliases).Put([]byte(k), []byte(h.ID)); err != nil {
			return err
		}
		key := viewKey(h.ID, h.URL)
		if prev := b.Get(key); prev != nil {
			var p npswatch.Hit
			if err := json.Unmarshal(prev, &p); err == nil {
				h.FirstSeen = minNonZero(h.FirstSeen, p.FirstSeen)
				if p.LastSeen.After(h.LastSeen) {
					h.LastSeen = p.LastSeen
				}
			}
		}
		v, err := json.Marshal(&h)
		if err != nil {
			return err
		}
		if err := b.Put(key, v); err != nil {
			return err
		}
	}
	if err := rebuildIndex(tx, bucketHits, bucketHitsByTime, func(v []byte) (time.Time, error) {
		var h npswatch.Hit
		err := json.Unmarshal(v, &h)
		return h.FirstSeen, err
	}); err != nil {
		return err
	}
	for id, olds := range moved {
		if err := mergeTriage(tx, id, olds); err != nil {
			return fmt.Errorf("triage of hit %s: %w", id, err)
		}
	}
	return nil
}

// mergeTriage moves the triage entries of old hit ids to hit id, in the
// order of their times (a stable merge: entries set at one time keep
// their order).
func mergeTriage(tx *bolt.Tx, id string, olds []string) error {
	t := tx.Bucket(bucketTriage)
	var entries []npswatch.TriageEntry
	for _, o := range olds {
		b := t.Bucket([]byte(o))
		if b == nil {
			continue
		}
		if err := b.ForEach(func(k, v []byte) error {
			e, err := decodeTriage(o, k, v)
			if err != nil {
				return err
			}
			entries = append(entries, *e)
			return nil
		}); err != nil {
			return err
		}
		if err := t.DeleteBucket([]byte(o)); err != nil {
			return err
		}
	}
	if len(entries) == 0 {
		return nil
	}
	slices.SortStableFunc(entries, func(a, b npswatch.TriageEntry) int { return a.At.Compare(b.At) })
	nb, err := t.CreateBucketIfNotExists([]byte(id))
	if err != nil {
		return err
	}
	for _, e := range entries {
		e.HitID = id
		if err := appendSeq(nb, e); err != nil {
			return err
		}
	}
	return nil
}

// rebuildIndex empties a by-time index and fills it again from the data
// bucket; at gives a record's time key.
func rebuildIndex(tx *bolt.Tx, data, index []byte, at func(v []byte) (time.Time, error)) error {
	if err := tx.DeleteBucket(index); err != nil {
		return err
	}
	ib, err := tx.CreateBucket(index)
	if err != nil {
		return err
	}
	return tx.Bucket(data).ForEach(func(k, v []byte) error {
		t, err := at(v)
		if err != nil {
			return fmt.Errorf("%w: %s %q: %w", ErrCorrupt, data, k, err)
		}
		return ib.Put(indexKey(t, string(k)), nil)
	})
}

func minNonZero(a, b time.Time) time.Time {
	if a.IsZero() || !b.IsZero() && b.Before(a) {
		return b
	}
	return a
}
