package storage

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
)

// Commit stores everything one processed frontier item produced, in one
// transaction: all of it is durable when Commit returns nil, none of it when
// it returns an error (the item then stays queued).
//
// In that transaction Commit
//   - removes res.Item from its host queue and sets its seen state to
//     res.State (npswatch.PageDone, PageFailed or PageSkipped);
//   - sets every alias in res.Aliases to the same state, dequeuing it if it
//     was queued (an alias already committed keeps its own state);
//   - stores res.Capture, when non-nil and its id is not stored yet, with
//     its Body and raw exchange compressed, appended to the hash chain:
//     its digests are filled in (a digest that does not match its bytes
//     is an error wrapping ErrDigest) and its Seq, PrevHash and RecordHash
//     set (see doc.go, # Hash chain); a capture stored already is kept as
//     it is;
//   - stores res.Listings by id; a version fetched earlier than the stored
//     one is ignored;
//   - adds to each listing's history (see doc.go, # Listing history): a
//     new, changed or reappeared event when the listing is new, shows
//     something else than it did last, or was gone; its sighting in the
//     run; and the listing's site to the sites of the run. Only the first
//     sighting of a listing in a run counts: another page of the run
//     showing it, or the same page committed again, adds nothing;
//   - stores res.Hits by id, keeping the earliest FirstSeen and the latest
//     LastSeen of all commits (a new hit is first and last seen at the
//     capture's FetchedAt, or at Options.Now when there is no capture);
//   - merges res.Vendors into the stored vendors (see putVendors): each
//     non-empty one, keyed by its Site and npswatch.VendorKey(Name), is
//     folded into the stored record with npswatch.Vendor.Merge;
//   - enqueues res.Links as Enqueue does and returns the items added;
//   - adds to the run's Stats: Fetched, Failed or Skipped by res.State,
//     Blocked for a 403 or 429 capture, Listings and Hits by count, New,
//     Changed and Reappeared by the history events added.
//
// Missing record fields are filled in: a listing's or hit's ID (SetID),
// RunID, CaptureID and a listing's FetchedAt; a vendor's ID, FirstSeen and
// LastSeen, and the URL of its claims and terms (the page's).
//
// Commit does not change res.Capture. It is idempotent: a replay of a result whose
// item is already committed rewrites the same listings and hits, keeps the
// stored capture and its chain position, adds no links, no history events
// and no counts (a vendor's Pages included). Listings, hits and vendors are validated; an
// invalid one is an error naming it. A vendor must have a Site.
func (db *DB) Commit(ctx context.Context, runID string, res *npswatch.PageResult, maxPerHost int) ([]npswatch.QueueItem, error) {
	return db.CommitAll(ctx, runID, []*npswatch.PageResult{res}, maxPerHost)
}

// CommitAll commits several results in one transaction, as Commit does for
// one: all of them are stored, or none. One fsync for many pages lets a
// single writer goroutine keep storage off a fast crawl's critical path; when
// it fails, commit the results one by one to find the bad one.
func (db *DB) CommitAll(ctx context.Context, runID string, results []*npswatch.PageResult, maxPerHost int) ([]npswatch.QueueItem, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var added []npswatch.QueueItem
	err := db.update(func(tx *bolt.Tx) error {
		added = added[:0]
		run, err := getRun(tx, runID)
		if err != nil {
			return fmt.Errorf("run %q: %w", runID, err)
		}
		f, err := writeFrontier(tx, runID)
		if err != nil {
			return err
		}
		for _, res := range results {
			if err := ctx.Err(); err != nil {
				return err
			}
			links, err := db.commit(ctx, tx, f, run, res, maxPerHost)
			if err != nil {
				if res != nil {
					return fmt.Errorf("page %s: %w", res.Item.URL, err)
				}
				return err
			}
			added = append(added, links...)
		}
		return putRun(tx, run)
	})
	if err != nil {
		return nil, fmt.Errorf("commit in run %q: %w", runID, err)
	}
	return added, nil
}

// commit applies one result inside CommitAll's transaction, counting into
// run.Stats.
func (db *DB) commit(ctx context.Context, tx *bolt.Tx, f *frontier, run *npswatch.Run, res *npswatch.PageResult, maxPerHost int) ([]npswatch.QueueItem, error) {
	if res == nil {
		return nil, fmt.Errorf("nil page result")
	}
	switch res.State {
	case npswatch.PageDone, npswatch.PageFailed, npswatch.PageSkipped:
	default:
		return nil, fmt.Errorf("page state %q is not done, failed or skipped", res.State)
	}
	if res.Item.URL == "" {
		return nil, fmt.Errorf("page result without item url")
	}
	prev, err := f.mark(res.Item.URL, res.State, res.Reason)
	if err != nil {
		return nil, fmt.Errorf("mark: %w", err)
	}
	replay := prev != "" && prev != npswatch.PagePending
	for _, alias := range res.Aliases {
		if alias == "" || alias == res.Item.URL {
			continue
		}
		state, _, _ := decodeSeen(f.seen.Get(seenKey(alias)))
		if state != "" && state != npswatch.PagePending {
			continue
		}
		if _, err := f.mark(alias, res.State, res.Reason); err != nil {
			return nil, fmt.Errorf("mark alias %s: %w", alias, err)
		}
	}

	at := db.now()
	captureID := ""
	if c := res.Capture; c != nil {
		if c.RunID == "" {
			cc := *c
			cc.RunID = run.ID
			c = &cc
		}
		if err := putCapture(tx, c); err != nil {
			return nil, err
		}
		captureID = c.ID
		if !c.FetchedAt.IsZero() {
			at = c.FetchedAt
		}
	}
	pages := []extracted{{captureID: captureID, url: res.Item.URL, listings: res.Listings, hits: res.Hits, vendors: res.Vendors, at: at, replay: replay}}
	if res.Defer != nil && !replay {
		if err := putDeferred(f, res.Defer); err != nil {
			return nil, err
		}
	}
	for i := range res.Late {
		x, ok, err := db.commitLate(tx, f, run, &res.Late[i])
		if err != nil {
			return nil, err
		}
		if ok {
			pages = append(pages, x)
		}
	}
	if err := db.putExtracted(tx, run, pages); err != nil {
		return nil, err
	}
	links, err := f.enqueue(ctx, res.Links, maxPerHost)
	if err != nil {
		return nil, fmt.Errorf("links: %w", err)
	}
	if !replay {
		count(&run.Stats, res)
	}
	return links, nil
}

// extracted is what one page's extraction produced, to be stored.
type extracted struct {
	captureID, url string
	listings       []npswatch.Listing
	hits           []npswatch.Hit
	vendors        []npswatch.Vendor
	at             time.Time
	replay         bool
}

// putExtracted stores what the extraction of pages produced: listings with
// their history, hits, vendor notes (their claims read on each page). The
// listings and hits of all the pages go in together in key order: bbolt
// inserts into a node's sorted slice and splits nodes only at commit, so
// 90,000 listings put in random order (or page after page, interleaved)
// move memory quadratically; appended in order, they do not.
func (db *DB) putExtracted(tx *bolt.Tx, run *npswatch.Run, pages []extracted) error {
	var listings []npswatch.Listing
	type seenHit struct {
		h  npswatch.Hit
		at time.Time
	}
	var hits []seenHit
	for _, pg := range pages {
		for _, l := range pg.listings {
			fillListing(&l, run.ID, pg.captureID, pg.at)
			listings = append(listings, l)
		}
		for _, h := range pg.hits {
			if h.ID == "" {
				h.SetID()
			}
			if h.RunID == "" {
				h.RunID = run.ID
			}
			if h.CaptureID == "" {
				h.CaptureID = pg.captureID
			}
			hits = append(hits, seenHit{h, pg.at})
		}
	}
	slices.SortStableFunc(listings, func(a, b npswatch.Listing) int { return strings.Compare(a.ID, b.ID) })
	slices.SortStableFunc(hits, func(a, b seenHit) int { return strings.Compare(a.h.ID, b.h.ID) })
	var sites []string
	for _, l := range listings {
		if err := putListing(tx, &l); err != nil {
			return err
		}
		if err := recordListing(tx, run, &l); err != nil {
			return fmt.Errorf("history of listing %s: %w", l.ID, err)
		}
		if !slices.Contains(sites, l.Site) {
			sites = append(sites, l.Site)
		}
	}
	if err := addRunSites(tx, run.ID, sites); err != nil {
		return err
	}
	for _, x := range hits {
		if err := putHit(tx, &x.h, x.at); err != nil {
			return err
		}
	}
	for _, pg := range pages {
		if err := putVendors(tx, pg.vendors, pg.url, pg.at, pg.replay); err != nil {
			return err
		}
	}
	return nil
}

// fillListing sets the fields a listing may arrive without.
func fillListing(l *npswatch.Listing, runID, captureID string, at time.Time) {
	if l.ID == "" {
		l.SetID()
	}
	if l.RunID == "" {
		l.RunID = runID
	}
	if l.CaptureID == "" {
		l.CaptureID = captureID
	}
	if l.FetchedAt.IsZero() {
		l.FetchedAt = at
	}
}

// count adds one committed page to a run's counters.
func count(s *npswatch.RunStats, res *npswatch.PageResult) {
	switch res.State {
	case npswatch.PageDone:
		s.Fetched++
	case npswatch.PageFailed:
		s.Failed++
		s.LastError = res.Item.URL
		if res.Reason != "" {
			s.LastError += ": " + res.Reason
		}
	case npswatch.PageSkipped:
		s.Skipped++
	}
	if c := res.Capture; c != nil && (c.Status == http.StatusForbidden || c.Status == http.StatusTooManyRequests) {
		s.Blocked++
	}
	s.Listings += len(res.Listings)
	s.Hits += len(res.Hits)
}
