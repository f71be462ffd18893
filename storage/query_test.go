package storage_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
)

// commitListings commits one page per time offset (in minutes), each with a
// listing and a hit, and returns the listing ids in commit order.
func commitListings(tb testing.TB, db interface {
	Commit(context.Context, string, *npswatch.PageResult, int) ([]npswatch.QueueItem, error)
}, runID string, minutes []int) []string {
	tb.Helper()
	var ids []string
	for i, m := range minutes {
		it := npswatch.QueueItem{URL: fmt.Sprintf("https://a.example/p%d", i), Host: "a.example"}
		res := pageResult(it, t0.Add(time.Duration(m)*time.Minute), 1)
		if _, err := db.Commit(context.Background(), runID, res, 0); err != nil {
			tb.Fatal(err)
		}
		ids = append(ids, res.Listings[0].ID)
	}
	return ids
}

func TestForEachOrderAndSince(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	minutes := []int{30, -10, 0, 20, 20, 10, 0, -1e6, 1e6}
	ids := commitListings(t, db, "r1", minutes)

	type rec struct {
		at time.Time
		id string
	}
	var all []rec
	for i, m := range minutes {
		all = append(all, rec{t0.Add(time.Duration(m) * time.Minute), ids[i]})
	}
	slices.SortFunc(all, func(a, b rec) int {
		if c := a.at.Compare(b.at); c != 0 {
			return c
		}
		return cmpString(a.id, b.id)
	})
	tests := []struct {
		name  string
		since time.Time
	}{
		{"all", time.Time{}},
		{"from t0", t0},
		{"just after t0", t0.Add(time.Nanosecond)},
		{"from +20m", t0.Add(20 * time.Minute)},
		{"future", t0.Add(1e7 * time.Minute)},
		{"other zone", t0.In(time.FixedZone("EST", -5*3600))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []string
			for _, r := range all {
				if !r.at.Before(tt.since) {
					want = append(want, r.id)
				}
			}
			var gotL, gotH []string
			err := db.ForEachListing(ctx, tt.since, func(l *npswatch.Listing) error {
				gotL = append(gotL, l.ID)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			err = db.ForEachHit(ctx, tt.since, func(h *npswatch.Hit) error {
				gotH = append(gotH, h.ListingID)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(gotL, want) {
				t.Errorf("listings %v\nwant %v", gotL, want)
			}
			// Hit ids differ from listing ids, so the order among equal
			// times may differ; compare the set and the time order.
			if !slices.Equal(sorted(gotH), sorted(want)) {
				t.Errorf("hits for listings %v\nwant %v", gotH, want)
			}
			hits, _ := db.Hits(ctx, tt.since)
			for i := 1; i < len(hits); i++ {
				if hits[i].FirstSeen.Before(hits[i-1].FirstSeen) ||
					(hits[i].FirstSeen.Equal(hits[i-1].FirstSeen) && hits[i].ID < hits[i-1].ID) {
					t.Errorf("hits out of order at %d", i)
				}
			}
		})
	}
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

func TestForEachManyPages(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	const n = 700 // more than two read pages
	var results []*npswatch.PageResult
	for i := range n {
		it := npswatch.QueueItem{URL: fmt.Sprintf("https://a.example/p%d", i), Host: "a.example"}
		results = append(results, pageResult(it, t0.Add(time.Duration(i%97)*time.Second), 1))
	}
	if _, err := db.CommitAll(ctx, "r1", results, 0); err != nil {
		t.Fatal(err)
	}
	var prev *npswatch.Listing
	count := 0
	err := db.ForEachListing(ctx, time.Time{}, func(l *npswatch.Listing) error {
		if prev != nil && (l.FetchedAt.Before(prev.FetchedAt) ||
			(l.FetchedAt.Equal(prev.FetchedAt) && (l.ID < prev.ID || l.ID == prev.ID && l.URL <= prev.URL))) {
			t.Errorf("listing %d out of order", count)
		}
		prev = l
		count++
		return nil
	})
	if err != nil || count != n {
		t.Errorf("ForEachListing visited %d (%v), want %d", count, err, n)
	}

	stop := errors.New("stop")
	count = 0
	err = db.ForEachHit(ctx, time.Time{}, func(*npswatch.Hit) error {
		if count++; count == 300 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || count != 300 {
		t.Errorf("ForEachHit after fn failed: %v, %d calls", err, count)
	}

	cctx, cancel := context.WithCancel(ctx)
	count = 0
	err = db.ForEachHit(cctx, time.Time{}, func(*npswatch.Hit) error {
		if count++; count == 10 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || count != 10 {
		t.Errorf("ForEachHit after cancel: %v, %d calls", err, count)
	}

	// fn may write to the database between pages.
	count = 0
	err = db.ForEachHit(ctx, time.Time{}, func(h *npswatch.Hit) error {
		count++
		return db.UpdateRun(ctx, "r1", func(r *npswatch.Run) error { r.Stats.Resumed++; return nil })
	})
	if err != nil || count != n {
		t.Errorf("ForEachHit writing: %v, %d calls", err, count)
	}
}

func TestListingReplaced(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	commit := func(path string, at time.Time, price string) {
		t.Helper()
		it := npswatch.QueueItem{URL: "https://a.example/" + path, Host: "a.example"}
		res := pageResult(it, at, 0)
		l := listingOn("https://a.example/p", "product")
		l.Price = price
		res.Listings = []npswatch.Listing{l}
		if _, err := db.Commit(ctx, "r1", res, 0); err != nil {
			t.Fatal(err)
		}
	}
	commit("1", t0, "$1")
	commit("2", t0.Add(time.Hour), "$2")
	commit("3", t0.Add(30*time.Minute), "$3") // fetched before the stored version: ignored
	listings, err := db.Listings(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(listings) != 1 {
		t.Fatalf("%d listings, want 1 (old index keys must go)", len(listings))
	}
	if l := listings[0]; l.Price != "$2" || !l.FetchedAt.Equal(t0.Add(time.Hour)) {
		t.Errorf("listing = %s at %v, want the latest version", l.Price, l.FetchedAt)
	}
	if got, _ := db.Listings(ctx, t0.Add(time.Minute)); len(got) != 1 {
		t.Errorf("since filter sees %d listings, want 1", len(got))
	}
}
