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

// historySince is the schema version that added listing history and
// triage.
const historySince = 4

// sighting is what the sightings bucket keeps of a listing: the last run
// that saw it, when, and how many finished runs of its site did not see it
// since.
type sighting struct {
	ListingID string    `json:"listing_id"`
	Site      string    `json:"site"`
	RunID     string    `json:"run_id"`
	Seen      time.Time `json:"seen"`
	Missed    int       `json:"missed"`
	// Own and Card are the last views of the offer on its own page and
	// elsewhere (since schema version 6): what the next view of the same
	// kind is compared with.
	Own  *viewSeen `json:"own,omitempty"`
	Card *viewSeen `json:"card,omitempty"`
}

// sightingKey is a listing's key in the sightings bucket: its site, NUL,
// its id. A site's listings are adjacent.
func sightingKey(site, listingID string) []byte {
	k := make([]byte, 0, len(site)+1+len(listingID))
	k = append(k, site...)
	k = append(k, 0)
	return append(k, listingID...)
}

// runSites is what the run_sites bucket keeps of a run: the sites it
// committed listings of, and whether FinishRun ran.
type runSites struct {
	Sites    []string `json:"sites"`
	Finished bool     `json:"finished,omitempty"`
}

func getRunSites(tx *bolt.Tx, runID string) (runSites, error) {
	var rs runSites
	v := tx.Bucket(bucketRunSites).Get([]byte(runID))
	if v == nil {
		return rs, nil
	}
	if err := json.Unmarshal(v, &rs); err != nil {
		return rs, fmt.Errorf("%w: sites of run %q: %w", ErrCorrupt, runID, err)
	}
	return rs, nil
}

func putRunSites(tx *bolt.Tx, runID string, rs runSites) error {
	v, err := json.Marshal(rs)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketRunSites).Put([]byte(runID), v)
}

// addRunSites records that run committed listings of sites.
func addRunSites(tx *bolt.Tx, runID string, sites []string) error {
	if len(sites) == 0 || runID == "" {
		return nil
	}
	rs, err := getRunSites(tx, runID)
	if err != nil {
		return err
	}
	n := len(rs.Sites)
	for _, s := range sites {
		if !slices.Contains(rs.Sites, s) {
			rs.Sites = append(rs.Sites, s)
		}
	}
	if len(rs.Sites) == n {
		return nil
	}
	slices.Sort(rs.Sites)
	return putRunSites(tx, runID, rs)
}

// eventIndexKey is an event's key in events_by_time: its time, '|', its
// listing id and its 8-byte seq in the listing's events bucket.
func eventIndexKey(at time.Time, listingID string, seq uint64) []byte {
	return append(indexKey(at, listingID), encodeUint(seq)...)
}

// parseEventIndexKey undoes eventIndexKey; ok is false for a key too short
// to be one.
func parseEventIndexKey(k []byte) (listingID string, seq []byte, ok bool) {
	if len(k) < len(timeLayout)+1+1+8 {
		return "", nil, false
	}
	return string(k[len(timeLayout)+1 : len(k)-8]), k[len(k)-8:], true
}

// appendEvent adds ev to its listing's events and to the time index.
func appendEvent(tx *bolt.Tx, ev *npswatch.ListingEvent) error {
	b, err := tx.Bucket(bucketEvents).CreateBucketIfNotExists([]byte(ev.ListingID))
	if err != nil {
		return fmt.Errorf("events of listing %s: %w", ev.ListingID, err)
	}
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	v, err := json.Marshal(ev)
	if err != nil {
		return fmt.Errorf("encode %s event of listing %s: %w", ev.Kind, ev.ListingID, err)
	}
	if err := b.Put(encodeUint(seq), v); err != nil {
		return fmt.Errorf("put %s event of listing %s: %w", ev.Kind, ev.ListingID, err)
	}
	return tx.Bucket(bucketEventsByTime).Put(eventIndexKey(ev.At, ev.ListingID, seq), nil)
}

func decodeEvent(listingID string, k, v []byte) (*npswatch.ListingEvent, error) {
	var ev npswatch.ListingEvent
	if err := json.Unmarshal(v, &ev); err != nil {
		return nil, fmt.Errorf("%w: event %d of listing %q: %w", ErrCorrupt, decodeUint(k), listingID, err)
	}
	return &ev, nil
}

// latestEvent returns a listing's latest event (nil when it has none) and
// the event whose snapshot it showed last: the latest event, or for a gone
// listing the event before it.
func latestEvent(tx *bolt.Tx, listingID string) (*npswatch.ListingEvent, *npswatch.ListingEvent, error) {
	b := tx.Bucket(bucketEvents).Bucket([]byte(listingID))
	if b == nil {
		return nil, nil, nil
	}
	c := b.Cursor()
	k, v := c.Last()
	if k == nil {
		return nil, nil, nil
	}
	latest, err := decodeEvent(listingID, k, v)
	if err != nil {
		return nil, nil, err
	}
	shown := latest
	if latest.Kind == npswatch.ChangeGone {
		if k, v = c.Prev(); k == nil {
			return nil, nil, fmt.Errorf("%w: listing %q is gone without having been seen", ErrCorrupt, listingID)
		}
		if shown, err = decodeEvent(listingID, k, v); err != nil {
			return nil, nil, err
		}
	}
	if shown.After == nil {
		return nil, nil, fmt.Errorf("%w: %s event %d of listing %q has no snapshot", ErrCorrupt, shown.Kind, decodeUint(k), listingID)
	}
	return latest, shown, nil
}

// recordListing adds to a listing's history that run saw it, as committed
// (its id, CaptureID and FetchedAt filled in), counting into run.Stats.
//
// A listing is a view of an offer on one page. The first sighting of the
// offer in a run is the run's: another view of the same kind in the run
// (the page committed again, or another card of it) adds nothing. Else
// the view is compared: an offer with no events is new, a gone one
// reappeared; a view that shows something else than the last view of its
// kind did — its own page compared with its own page, a card with a card
// (viewKinds) — changed, unless the run has an event of the offer already;
// one that shows the same gets no event. In every case the sighting
// records the run, the time, no runs missed, and the view as the last of
// its kind.
func recordListing(tx *bolt.Tx, run *npswatch.Run, l *npswatch.Listing) error {
	sightings := tx.Bucket(bucketSightings)
	key := sightingKey(l.Site, l.ID)
	var s sighting
	known := false
	if v := sightings.Get(key); v != nil {
		if err := json.Unmarshal(v, &s); err != nil {
			return fmt.Errorf("%w: sighting of listing %s: %w", ErrCorrupt, l.ID, err)
		}
		known = true
	}
	last := s.lastOf(l.Own())
	if known && s.RunID == run.ID && (last == nil && !s.hasKinds() || last != nil && last.RunID == run.ID) {
		return nil // a view of this kind was seen in this run already
	}
	latest, shownEv, err := latestEvent(tx, l.ID)
	if err != nil {
		return err
	}
	snap := npswatch.SnapshotOf(l)
	ev := npswatch.ListingEvent{ListingID: l.ID, RunID: run.ID, At: l.FetchedAt, CaptureID: l.CaptureID, URL: l.URL, After: &snap}
	var before *npswatch.ListingSnapshot // the last view of this kind
	switch {
	case last != nil:
		before = last.Snap
	case !s.hasKinds() && shownEv != nil && sameKindOfView(l, shownEv.URL):
		before = shownEv.After // a sighting from before schema version 6
	}
	switch {
	case latest == nil:
		ev.Kind = npswatch.ChangeNew
		run.Stats.New++
	case latest.RunID == run.ID && latest.Kind != npswatch.ChangeGone:
		// the offer has an event of this run already
	case latest.Kind == npswatch.ChangeGone:
		ev.Kind = npswatch.ChangeReappeared
		if ev.Fields = shownEv.After.Diff(snap); ev.Fields != nil {
			ev.Before = shownEv.After
		}
		run.Stats.Reappeared++
	case before == nil:
		// the first view of this kind: what later ones are compared with
	default:
		if ev.Fields = before.Diff(snap); ev.Fields != nil {
			ev.Kind, ev.Before = npswatch.ChangeChanged, before
			run.Stats.Changed++
		}
	}
	if ev.Kind != "" {
		if err := appendEvent(tx, &ev); err != nil {
			return err
		}
	}
	if !known || s.RunID != run.ID {
		s = sighting{ListingID: l.ID, Site: l.Site, RunID: run.ID, Seen: l.FetchedAt, Own: s.Own, Card: s.Card}
	}
	s.setLast(l.Own(), &viewSeen{RunID: run.ID, URL: l.URL, Snap: &snap})
	v, err := json.Marshal(s)
	if err != nil {
		return err
	}
	return sightings.Put(key, v)
}

// FinishRun closes a run that crawled to its end, for the listing history:
// every listing of a site the run committed listings of, that the run did
// not see, has missed one more run, and a listing that has missed
// goneAfter runs (at least 1) in a row is gone. A gone event is added for
// it, at the run's Ended time (at the current time when Ended is not set),
// and the run's Stats.Gone counts it. FinishRun returns how many listings
// it found gone; it fails with ErrNotFound for an unknown run.
//
// A site with no listing committed in the run is left alone, so a site
// that was unreachable, blocked or changed its layout beyond what extract
// reads does not lose its listings. A listing whose last sighting was in a
// newer run (by Started, then id) than this one is left alone too, so a run
// resumed and finished after a later one does not count the later one's
// sightings as missed. Do not finish an interrupted run: the listings it
// did not reach are not gone. A run whose crawl is cut short by a page
// budget counts the listings past the budget as missed; a goneAfter above
// 1 lets one short run pass.
//
// FinishRun is idempotent: a run finished already is not counted again,
// and FinishRun returns 0 for it.
func (db *DB) FinishRun(ctx context.Context, runID string, goneAfter int) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if goneAfter < 1 {
		return 0, fmt.Errorf("finish run %q: gone after %d runs: must be at least 1", runID, goneAfter)
	}
	gone := 0
	err := db.update(func(tx *bolt.Tx) error {
		gone = 0
		run, err := getRun(tx, runID)
		if err != nil {
			return err
		}
		rs, err := getRunSites(tx, runID)
		if err != nil || rs.Finished {
			return err
		}
		at := run.Ended
		if at.IsZero() {
			at = db.now()
		}
		runs := map[string]*npswatch.Run{runID: run}
		for _, site := range rs.Sites {
			if err := ctx.Err(); err != nil {
				return err
			}
			n, err := finishSite(tx, run, runs, site, goneAfter, at)
			if err != nil {
				return fmt.Errorf("site %q: %w", site, err)
			}
			gone += n
		}
		rs.Finished = true
		if err := putRunSites(tx, runID, rs); err != nil {
			return err
		}
		run.Stats.Gone += gone
		return putRun(tx, run)
	})
	if err != nil {
		return 0, fmt.Errorf("finish run %q: %w", runID, err)
	}
	return gone, nil
}

// finishSite counts a missed run on each listing of site that run did not
// see, adds gone events for those missed goneAfter times, and returns how
// many it added. runs caches the runs looked up by id.
func finishSite(tx *bolt.Tx, run *npswatch.Run, runs map[string]*npswatch.Run, site string, goneAfter int, at time.Time) (int, error) {
	type update struct {
		key []byte
		s   sighting
	}
	var missed []update
	prefix := sightingKey(site, "")
	c := tx.Bucket(bucketSightings).Cursor()
	for k, v := c.Seek(prefix); bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var s sighting
		if err := json.Unmarshal(v, &s); err != nil {
			return 0, fmt.Errorf("%w: sighting %q: %w", ErrCorrupt, k, err)
		}
		if s.Site != site || s.RunID == run.ID { // another site, one with a NUL in it
			continue
		}
		last, ok := runs[s.RunID]
		if !ok {
			last, _ = getRun(tx, s.RunID) // nil when the run is not stored: older
			runs[s.RunID] = last
		}
		if last != nil && newerFirst(last, run) < 0 {
			continue
		}
		s.Missed++
		missed = append(missed, update{bytes.Clone(k), s})
	}
	gone := 0
	sightings := tx.Bucket(bucketSightings)
	for _, u := range missed {
		v, err := json.Marshal(u.s)
		if err != nil {
			return 0, err
		}
		if err := sightings.Put(u.key, v); err != nil {
			return 0, err
		}
		if u.s.Missed < goneAfter {
			continue
		}
		latest, _, err := latestEvent(tx, u.s.ListingID)
		if err != nil {
			return 0, err
		}
		if latest == nil || latest.Kind == npswatch.ChangeGone {
			continue
		}
		ev := npswatch.ListingEvent{ListingID: u.s.ListingID, RunID: run.ID, At: at, Kind: npswatch.ChangeGone}
		if err := appendEvent(tx, &ev); err != nil {
			return 0, err
		}
		gone++
	}
	return gone, nil
}

// historyExisting is the version-4 migration: it starts the history of
// every stored listing with a new event at its FetchedAt, in the run and
// capture it was stored with, and records its sighting in that run. A
// listing that does not decode fails the migration with ErrCorrupt.
func historyExisting(tx *bolt.Tx) error {
	listings := tx.Bucket(bucketListings)
	sites := map[string][]string{} // run id → sites
	c := tx.Bucket(bucketListingsByTime).Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		id := indexID(k)
		v := listings.Get([]byte(id))
		if v == nil {
			return fmt.Errorf("%w: index key %q points to no listing", ErrCorrupt, k)
		}
		var l npswatch.Listing
		if err := json.Unmarshal(v, &l); err != nil {
			return fmt.Errorf("%w: listing %q: %w", ErrCorrupt, id, err)
		}
		if l.ID != id {
			return fmt.Errorf("%w: listing %q holds id %q", ErrCorrupt, id, l.ID)
		}
		ev := migratedEvent(&l)
		if err := appendEvent(tx, &ev); err != nil {
			return err
		}
		s, err := json.Marshal(sighting{ListingID: l.ID, Site: l.Site, RunID: l.RunID, Seen: l.FetchedAt})
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketSightings).Put(sightingKey(l.Site, l.ID), s); err != nil {
			return err
		}
		if !slices.Contains(sites[l.RunID], l.Site) {
			sites[l.RunID] = append(sites[l.RunID], l.Site)
		}
	}
	for runID, s := range sites {
		if err := addRunSites(tx, runID, s); err != nil {
			return err
		}
	}
	return nil
}

// migratedEvent is the event the version-4 migration starts a stored
// listing's history with.
func migratedEvent(l *npswatch.Listing) npswatch.ListingEvent {
	snap := npswatch.SnapshotOf(l)
	return npswatch.ListingEvent{ListingID: l.ID, RunID: l.RunID, At: l.FetchedAt, Kind: npswatch.ChangeNew,
		CaptureID: l.CaptureID, After: &snap}
}
