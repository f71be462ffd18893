package storage

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
)

// mergeHistory is the history part of the version-6 migration: the events
// and sightings of the old listing ids that became one offer are moved to
// the offer's id and merged into one timeline (mergeEvents), and the
// events_by_time index is built again (dropping the old events' keys).
func mergeHistory(tx *bolt.Tx, listing map[string]*oldListing) error {
	groups := map[string][]*oldListing{}
	for _, o := range listing {
		groups[o.id] = append(groups[o.id], o)
	}
	ids := make([]string, 0, len(groups))
	for id := range groups {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	events, sightings := tx.Bucket(bucketEvents), tx.Bucket(bucketSightings)
	for _, id := range ids {
		group := groups[id]
		slices.SortFunc(group, func(a, b *oldListing) int { return strings.Compare(a.key, b.key) })
		var evs []npswatch.ListingEvent
		var last *sighting
		for _, o := range group {
			if b := events.Bucket([]byte(o.key)); b != nil {
				if err := b.ForEach(func(k, v []byte) error {
					ev, err := decodeEvent(o.key, k, v)
					if err == nil {
						evs = append(evs, *ev)
					}
					return err
				}); err != nil {
					return err
				}
				if err := events.DeleteBucket([]byte(o.key)); err != nil {
					return err
				}
			}
			sk := sightingKey(o.site, o.key)
			if v := sightings.Get(sk); v != nil {
				var s sighting
				if err := json.Unmarshal(v, &s); err != nil {
					return fmt.Errorf("%w: sighting of listing %s: %w", ErrCorrupt, o.key, err)
				}
				if last == nil || s.Seen.After(last.Seen) {
					last = &s
				}
				if err := sightings.Delete(sk); err != nil {
					return err
				}
			}
		}
		if last != nil {
			// views are told apart by kind from the next run on
			last.ListingID, last.Own, last.Card = id, nil, nil
			v, err := json.Marshal(last)
			if err != nil {
				return err
			}
			if err := sightings.Put(sightingKey(last.Site, id), v); err != nil {
				return err
			}
		}
		for _, ev := range mergeEvents(id, evs, last) {
			if err := appendEvent(tx, &ev); err != nil {
				return err
			}
		}
	}
	return rebuildEventIndex(tx)
}

// mergeEvents merges the timelines of old listings that are one offer
// into the offer's: in time order, the first event is new; an event of a
// run the offer has an event of already is dropped (the first sighting in
// a run is the run's); a later new or changed event is a change only when
// it shows something else than the offer showed last; a gone event stands
// only when no view of the offer was seen at or after it (no later event,
// and the last sighting is older), and the event after a gone one is a
// reappearance.
func mergeEvents(id string, evs []npswatch.ListingEvent, last *sighting) []npswatch.ListingEvent {
	slices.SortStableFunc(evs, func(a, b npswatch.ListingEvent) int { return a.At.Compare(b.At) })
	var out []npswatch.ListingEvent
	var shown *npswatch.ListingSnapshot
	runs := map[string]bool{}
	gone := false
	for i, ev := range evs {
		ev.ListingID = id
		if ev.Kind == npswatch.ChangeGone {
			later := slices.ContainsFunc(evs[i+1:], func(e npswatch.ListingEvent) bool { return e.Kind != npswatch.ChangeGone })
			if len(out) == 0 || gone || later || last != nil && !last.Seen.Before(ev.At) {
				continue
			}
			ev.Before, ev.After, ev.Fields = nil, nil, nil
			gone = true
			out = append(out, ev)
			continue
		}
		if ev.After == nil || runs[ev.RunID] && !gone {
			continue
		}
		switch {
		case len(out) == 0:
			ev.Kind, ev.Before, ev.Fields = npswatch.ChangeNew, nil, nil
		case gone:
			ev.Kind, ev.Before = npswatch.ChangeReappeared, nil
			if ev.Fields = shown.Diff(*ev.After); ev.Fields != nil {
				ev.Before = shown
			}
			gone = false
		default:
			if ev.Fields = shown.Diff(*ev.After); ev.Fields == nil {
				continue
			}
			ev.Kind, ev.Before = npswatch.ChangeChanged, shown
		}
		runs[ev.RunID] = true
		shown = ev.After
		out = append(out, ev)
	}
	return out
}

// rebuildEventIndex empties events_by_time and fills it from the events.
func rebuildEventIndex(tx *bolt.Tx) error {
	if err := tx.DeleteBucket(bucketEventsByTime); err != nil {
		return err
	}
	index, err := tx.CreateBucket(bucketEventsByTime)
	if err != nil {
		return err
	}
	events := tx.Bucket(bucketEvents)
	return events.ForEachBucket(func(name []byte) error {
		return events.Bucket(name).ForEach(func(k, v []byte) error {
			ev, err := decodeEvent(string(name), k, v)
			if err != nil {
				return err
			}
			return index.Put(eventIndexKey(ev.At, ev.ListingID, decodeUint(k)), nil)
		})
	})
}
