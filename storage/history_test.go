package storage_test

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

// page is one page of a test crawl and the listings it shows.
type page struct {
	url      string
	listings []npswatch.Listing
}

// crawlRun stores a run started at started, commits its pages in order (the
// i-th fetched at started+i minutes), sets its end to started+1h and
// finishes it with goneAfter. It returns the results committed and how
// many listings FinishRun found gone.
func crawlRun(tb testing.TB, db *storage.DB, runID string, started time.Time, goneAfter int, pages ...page) ([]*npswatch.PageResult, int) {
	tb.Helper()
	ctx := context.Background()
	r := &npswatch.Run{ID: runID, Started: started, State: npswatch.RunRunning}
	if err := db.PutRun(ctx, r); err != nil {
		tb.Fatal(err)
	}
	var results []*npswatch.PageResult
	for i, p := range pages {
		it := MustEnqueue(tb, db, runID, 0, item(p.url))
		if len(it) == 0 {
			it = []npswatch.QueueItem{item(p.url)} // a page shown twice: committed again
		}
		at := started.Add(time.Duration(i) * time.Minute)
		res := &npswatch.PageResult{Item: it[0], State: npswatch.PageDone,
			Capture: captureOf(p.url, at, []byte(p.url)), Listings: p.listings}
		mustCommit(tb, db, runID, res)
		results = append(results, res)
	}
	err := db.UpdateRun(ctx, runID, func(r *npswatch.Run) error {
		r.Ended, r.State = started.Add(time.Hour), npswatch.RunDone
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	gone, err := db.FinishRun(ctx, runID, goneAfter)
	if err != nil {
		tb.Fatal(err)
	}
	return results, gone
}

// historyStats is the part of RunStats the listing history counts.
func historyStats(s npswatch.RunStats) [4]int { return [4]int{s.New, s.Changed, s.Gone, s.Reappeared} }

func snap(l npswatch.Listing) *npswatch.ListingSnapshot {
	s := npswatch.SnapshotOf(&l)
	return &s
}

func TestListingHistory(t *testing.T) {
	ctx := context.Background()
	shop := "https://a.example/shop"
	on := func(product string) npswatch.Listing { return listingOn(shop, product) }
	a, b, c, d, f, g := on("A"), on("B"), on("C"), on("D"), on("F"), on("G")
	x := listingOn("https://b.example/", "X")
	x.Site = "b.example"
	x.SetID()
	// What changes in run 2: B's price, C's CAS, a claim on D; E is new,
	// F and G are gone; b.example is not crawled at all.
	b2, c2, d2, e := b, c, d, on("E")
	b2.Price = "$120"
	c2.CAS = []string{"50-00-0"}
	d2.Claims = append(slices.Clone(d.Claims), claim(npswatch.ClaimReship, "free reship if seized"))
	// Run 3: G is back, cheaper; F stays away.
	g2 := g
	g2.Price = "$90"
	bOther := b2 // B shown again on a second page of run 2, at another price: the first sighting wins
	bOther.Price = "$130"

	t1, t2, t3 := t0, t0.Add(24*time.Hour), t0.Add(48*time.Hour)
	runs := []struct {
		id    string
		start time.Time
		pages []page
	}{
		{"r1", t1, []page{{shop, []npswatch.Listing{a, b, c, d, f, g}}, {"https://b.example/", []npswatch.Listing{x}}}},
		{"r2", t2, []page{{shop, []npswatch.Listing{a, b2, c2, d2, e}}, {shop, []npswatch.Listing{a, b2, c2, d2, e}},
			{"https://a.example/shop?page=2", []npswatch.Listing{bOther}}}},
		{"r3", t3, []page{{shop, []npswatch.Listing{a, b2, c2, d2, e, g2}}}},
	}
	capture := func(run, page int) string {
		return captureOf(runs[run].pages[page].url, runs[run].start.Add(time.Duration(page)*time.Minute), nil).ID
	}
	newEv := func(l npswatch.Listing, run int) npswatch.ListingEvent {
		return npswatch.ListingEvent{ListingID: l.ID, RunID: runs[run].id, At: runs[run].start, Kind: npswatch.ChangeNew,
			CaptureID: capture(run, 0), URL: l.URL, After: snap(l)}
	}
	x1 := newEv(x, 0)
	x1.At, x1.CaptureID = t1.Add(time.Minute), capture(0, 1)
	changed := func(before, after npswatch.Listing, run int, kind string, fields ...string) npswatch.ListingEvent {
		return npswatch.ListingEvent{ListingID: after.ID, RunID: runs[run].id, At: runs[run].start, Kind: kind,
			Fields: fields, CaptureID: capture(run, 0), URL: after.URL, Before: snap(before), After: snap(after)}
	}
	gone := func(l npswatch.Listing, run int) npswatch.ListingEvent {
		return npswatch.ListingEvent{ListingID: l.ID, RunID: runs[run].id, At: runs[run].start.Add(time.Hour), Kind: npswatch.ChangeGone}
	}
	common := map[string][]npswatch.ListingEvent{
		a.ID: {newEv(a, 0)},
		b.ID: {newEv(b, 0), changed(b, b2, 1, npswatch.ChangeChanged, "price")},
		c.ID: {newEv(c, 0), changed(c, c2, 1, npswatch.ChangeChanged, "cas")},
		d.ID: {newEv(d, 0), changed(d, d2, 1, npswatch.ChangeChanged, "claims")},
		e.ID: {newEv(e, 1)},
		x.ID: {x1},
	}
	tests := []struct {
		name      string
		goneAfter int
		events    map[string][]npswatch.ListingEvent // besides common
		stats     [][4]int                           // new, changed, gone, reappeared by run
	}{
		{"gone after 1 run", 1, map[string][]npswatch.ListingEvent{
			f.ID: {newEv(f, 0), gone(f, 1)},
			g.ID: {newEv(g, 0), gone(g, 1), changed(g, g2, 2, npswatch.ChangeReappeared, "price")},
		}, [][4]int{{7, 0, 0, 0}, {1, 3, 2, 0}, {0, 0, 0, 1}}},
		{"gone after 2 runs", 2, map[string][]npswatch.ListingEvent{
			f.ID: {newEv(f, 0), gone(f, 2)},
			g.ID: {newEv(g, 0), changed(g, g2, 2, npswatch.ChangeChanged, "price")},
		}, [][4]int{{7, 0, 0, 0}, {1, 3, 0, 0}, {0, 1, 1, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := MustOpen(t)
			for i, r := range runs {
				_, n := crawlRun(t, db, r.id, r.start, tt.goneAfter, r.pages...)
				got, err := db.Run(ctx, r.id)
				if err != nil {
					t.Fatal(err)
				}
				if historyStats(got.Stats) != tt.stats[i] {
					t.Errorf("run %s: new, changed, gone, reappeared = %v, want %v", r.id, historyStats(got.Stats), tt.stats[i])
				}
				if n != tt.stats[i][2] {
					t.Errorf("FinishRun(%s) = %d gone, want %d", r.id, n, tt.stats[i][2])
				}
			}
			want := map[string][]npswatch.ListingEvent{}
			var all []npswatch.ListingEvent
			for _, m := range []map[string][]npswatch.ListingEvent{common, tt.events} {
				for id, evs := range m {
					want[id] = evs
					all = append(all, evs...)
				}
			}
			for id, evs := range want {
				got, err := db.ListingHistory(ctx, id)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, evs) {
					t.Errorf("history of %s:\n got %s\nwant %s", id, fmtEvents(got), fmtEvents(evs))
				}
			}

			// ForEachEvent gives them all in order of time, then listing.
			slices.SortStableFunc(all, func(p, q npswatch.ListingEvent) int {
				return cmp.Or(p.At.Compare(q.At), strings.Compare(p.ListingID, q.ListingID))
			})
			for _, since := range []time.Time{{}, t1, t1.Add(time.Nanosecond), t2, t2.Add(time.Hour), t3.Add(time.Hour + 1), t3.AddDate(1, 0, 0)} {
				var wantSince []npswatch.ListingEvent
				for _, ev := range all {
					if !ev.At.Before(since) {
						wantSince = append(wantSince, ev)
					}
				}
				got, err := db.Events(ctx, since)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, wantSince) {
					t.Errorf("events since %v:\n got %s\nwant %s", since, fmtEvents(got), fmtEvents(wantSince))
				}
			}

			// The listing record is the latest version; unknown ids are not found.
			if l, err := db.Listing(ctx, g.ID); err != nil || l.Price != "$90" || l.RunID != "r3" {
				t.Errorf("Listing(G) = %+v, %v", l, err)
			}
			for _, id := range []string{"nope", ""} {
				if _, err := db.ListingHistory(ctx, id); !errors.Is(err, storage.ErrNotFound) {
					t.Errorf("ListingHistory(%q): %v, want ErrNotFound", id, err)
				}
				if _, err := db.Listing(ctx, id); !errors.Is(err, storage.ErrNotFound) {
					t.Errorf("Listing(%q): %v, want ErrNotFound", id, err)
				}
				if _, err := db.Hit(ctx, id); !errors.Is(err, storage.ErrNotFound) {
					t.Errorf("Hit(%q): %v, want ErrNotFound", id, err)
				}
			}
		})
	}
}

func fmtEvents(evs []npswatch.ListingEvent) string {
	var b strings.Builder
	for _, ev := range evs {
		fmt.Fprintf(&b, "\n\t%s %s %s %s %v capture %q", ev.At.Format(time.RFC3339), ev.ListingID, ev.RunID, ev.Kind, ev.Fields, ev.CaptureID)
		if ev.Before != nil {
			fmt.Fprintf(&b, " before %+v", *ev.Before)
		}
		if ev.After != nil {
			fmt.Fprintf(&b, " after %+v", *ev.After)
		}
	}
	return b.String()
}

func TestCommitHistoryIdempotent(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	l := listingOn("https://a.example/p", "P")
	crawlRun(t, db, "r1", t0, 1, page{"https://a.example/p", []npswatch.Listing{l}})

	// Run 2 sees P changed; its page is committed three times (a crash
	// before the frontier noticed, a CommitAll holding it twice).
	MustRun(t, db, "r2")
	it := MustEnqueue(t, db, "r2", 0, item("https://a.example/p"))[0]
	l2 := l
	l2.Price = "$1"
	res := &npswatch.PageResult{Item: it, State: npswatch.PageDone, Listings: []npswatch.Listing{l2},
		Capture: captureOf(it.URL, t0.Add(time.Hour), nil)}
	for _, batch := range [][]*npswatch.PageResult{{res}, {res}, {res, res}} {
		mustCommit(t, db, "r2", batch...)
	}
	evs, err := db.ListingHistory(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 2 || evs[1].Kind != npswatch.ChangeChanged || !slices.Equal(evs[1].Fields, []string{"price"}) {
		t.Errorf("history after replays: %s", fmtEvents(evs))
	}
	r, err := db.Run(ctx, "r2")
	if err != nil {
		t.Fatal(err)
	}
	if historyStats(r.Stats) != [4]int{0, 1, 0, 0} {
		t.Errorf("run 2 history stats = %v", historyStats(r.Stats))
	}

	// FinishRun is idempotent too, and checks its arguments.
	for range 2 {
		if n, err := db.FinishRun(ctx, "r2", 1); err != nil || n != 0 {
			t.Errorf("FinishRun = %d, %v", n, err)
		}
	}
	if _, err := db.FinishRun(ctx, "nope", 1); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("FinishRun of an unknown run: %v, want ErrNotFound", err)
	}
	if _, err := db.FinishRun(ctx, "r2", 0); err == nil {
		t.Error("FinishRun with goneAfter 0 succeeded")
	}
}

func TestFinishRun(t *testing.T) {
	ctx := context.Background()
	p, q := listingOn("https://a.example/p", "P"), listingOn("https://a.example/q", "Q")
	both := []page{{"https://a.example/p", []npswatch.Listing{p}}, {"https://a.example/q", []npswatch.Listing{q}}}
	onlyP := both[:1]

	t.Run("ended unset", func(t *testing.T) {
		db := MustOpen(t) // its clock says t0
		crawlRun(t, db, "r1", t0.Add(-48*time.Hour), 1, both...)
		MustRun(t, db, "r2")
		it := MustEnqueue(t, db, "r2", 0, item(p.URL))[0]
		mustCommit(t, db, "r2", &npswatch.PageResult{Item: it, State: npswatch.PageDone, Listings: []npswatch.Listing{p}})
		if n, err := db.FinishRun(ctx, "r2", 1); err != nil || n != 1 {
			t.Fatalf("FinishRun = %d, %v", n, err)
		}
		evs, err := db.ListingHistory(ctx, q.ID)
		if err != nil || len(evs) != 2 || evs[1].Kind != npswatch.ChangeGone || !evs[1].At.Equal(t0) {
			t.Errorf("history of Q: %s, %v", fmtEvents(evs), err)
		}
	})

	t.Run("resumed after a newer run", func(t *testing.T) {
		// r2 is interrupted after P; r3 crawls both and finishes; r2 is
		// resumed and finished: Q, seen by r3, is not missed.
		db := MustOpen(t)
		crawlRun(t, db, "r1", t0, 1, both...)
		if err := db.PutRun(ctx, &npswatch.Run{ID: "r2", Started: t0.Add(time.Hour), State: npswatch.RunInterrupted}); err != nil {
			t.Fatal(err)
		}
		it := MustEnqueue(t, db, "r2", 0, item(p.URL))[0]
		mustCommit(t, db, "r2", &npswatch.PageResult{Item: it, State: npswatch.PageDone, Listings: []npswatch.Listing{p}})
		crawlRun(t, db, "r3", t0.Add(2*time.Hour), 1, both...)
		if n, err := db.FinishRun(ctx, "r2", 1); err != nil || n != 0 {
			t.Errorf("FinishRun(r2) = %d, %v", n, err)
		}
		evs, err := db.ListingHistory(ctx, q.ID)
		if err != nil || len(evs) != 1 {
			t.Errorf("history of Q: %s, %v", fmtEvents(evs), err)
		}
	})

	t.Run("gone stays gone", func(t *testing.T) {
		// Q is gone after run 2; runs 3 and 4 add no more gone events, and
		// a site with no listings in a run loses none.
		db := MustOpen(t)
		crawlRun(t, db, "r1", t0, 1, both...)
		for i, id := range []string{"r2", "r3", "r4"} {
			crawlRun(t, db, id, t0.Add(time.Duration(i+1)*time.Hour), 1, onlyP...)
		}
		crawlRun(t, db, "r5", t0.Add(5*time.Hour), 1, page{"https://a.example/empty", nil})
		evs, err := db.ListingHistory(ctx, q.ID)
		if err != nil || len(evs) != 2 || evs[1].Kind != npswatch.ChangeGone || evs[1].RunID != "r2" {
			t.Errorf("history of Q: %s, %v", fmtEvents(evs), err)
		}
		evs, err = db.ListingHistory(ctx, p.ID)
		if err != nil || len(evs) != 1 {
			t.Errorf("history of P: %s, %v", fmtEvents(evs), err)
		}
		// Back as it was: reappeared, with no fields changed.
		crawlRun(t, db, "r6", t0.Add(6*time.Hour), 1, both...)
		want := npswatch.ListingEvent{ListingID: q.ID, RunID: "r6", At: t0.Add(6*time.Hour + time.Minute),
			Kind: npswatch.ChangeReappeared, CaptureID: captureOf(q.URL, t0.Add(6*time.Hour+time.Minute), nil).ID, URL: q.URL, After: snap(q)}
		evs, err = db.ListingHistory(ctx, q.ID)
		if err != nil || len(evs) != 3 || !reflect.DeepEqual(evs[2], want) {
			t.Errorf("history of Q: %s, %v\nwant last %s", fmtEvents(evs), err, fmtEvents([]npswatch.ListingEvent{want}))
		}
		if r, err := db.Run(ctx, "r6"); err != nil || historyStats(r.Stats) != [4]int{0, 0, 0, 1} {
			t.Errorf("run 6 = %+v, %v", r, err)
		}
	})
}

func TestSnapshotDiff(t *testing.T) {
	base := listingOn("https://a.example/p", "P")
	base.CAS = []string{"437-38-7", "50-00-0"}
	base.ShipsFrom, base.ShipsTo = []string{"CN"}, []string{"US", "CA"}
	base.Terms = []npswatch.Claim{claim(npswatch.TermEscrow, "escrow accepted")}
	tests := []struct {
		name   string
		change func(l *npswatch.Listing)
		want   []string
	}{
		{"same", func(l *npswatch.Listing) {}, nil},
		{"CAS reordered", func(l *npswatch.Listing) { l.CAS = []string{"50-00-0", "437-38-7"} }, nil},
		{"CAS repeated", func(l *npswatch.Listing) { l.CAS = append(l.CAS, "50-00-0") }, nil},
		{"claim URL only", func(l *npswatch.Listing) { l.Claims[0].URL = "https://a.example/faq" }, nil},
		{"claim repeated", func(l *npswatch.Listing) { l.Claims = append(l.Claims, l.Claims[0]) }, nil},
		{"vendor spelt otherwise", func(l *npswatch.Listing) { l.Vendor = " VENDOR1." }, nil},
		{"not compared", func(l *npswatch.Listing) { l.Text, l.Source, l.Context = "other", "table", "title" }, nil},
		{"places reordered", func(l *npswatch.Listing) { l.ShipsTo = []string{"CA", "US"} }, nil},
		{"CAS dropped", func(l *npswatch.Listing) { l.CAS = l.CAS[:1] }, []string{"cas"}},
		{"price", func(l *npswatch.Listing) { l.Price = "$99" }, []string{"price"}},
		{"claim text", func(l *npswatch.Listing) { l.Claims[0].Text = "discreet packaging" }, []string{"claims"}},
		{"claims none", func(l *npswatch.Listing) { l.Claims = nil }, []string{"claims"}},
		{"vendor", func(l *npswatch.Listing) { l.Vendor = "vendor2" }, []string{"vendor"}},
		{"contact", func(l *npswatch.Listing) {
			l.Contacts = append(l.Contacts, contact(npswatch.ContactEmail, "x@y.example"))
		}, []string{"contacts"}},
		{"ships to", func(l *npswatch.Listing) { l.ShipsTo = []string{"US"} }, []string{"ships"}},
		{"ships from", func(l *npswatch.Listing) { l.ShipsFrom = nil }, []string{"ships"}},
		{"terms", func(l *npswatch.Listing) { l.Terms = nil }, []string{"terms"}},
		{"everything", func(l *npswatch.Listing) {
			*l = npswatch.Listing{Product: "Q"}
		}, []string{"product", "cas", "price", "claims", "vendor", "contacts", "ships", "terms"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := base
			l.CAS, l.Claims, l.Contacts = slices.Clone(base.CAS), slices.Clone(base.Claims), slices.Clone(base.Contacts)
			l.ShipsFrom, l.ShipsTo, l.Terms = slices.Clone(base.ShipsFrom), slices.Clone(base.ShipsTo), slices.Clone(base.Terms)
			tt.change(&l)
			before, after := npswatch.SnapshotOf(&base), npswatch.SnapshotOf(&l)
			if got := before.Diff(after); !slices.Equal(got, tt.want) {
				t.Errorf("Diff = %v, want %v", got, tt.want)
			}
			if got := after.Diff(before); !slices.Equal(got, tt.want) {
				t.Errorf("reverse Diff = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMigrateV3History(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v3.db")
	db, err := storage.Open(path, &storage.Options{Now: func() time.Time { return t0 }})
	if err != nil {
		t.Fatal(err)
	}
	p, q := listingOn("https://a.example/p", "P"), listingOn("https://a.example/q", "Q")
	results, _ := crawlRun(t, db, "r1", t0, 1, page{"https://a.example/p", []npswatch.Listing{p}},
		page{"https://a.example/q", []npswatch.Listing{q}})
	hit := hitOf(p)
	mustCommit(t, db, "r1", &npswatch.PageResult{Item: item("https://a.example/h"), State: npswatch.PageDone, Hits: []npswatch.Hit{hit}})
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	downgrade(t, path, 3)
	if v, _ := fileSchema(t, path); v != "3" {
		t.Fatalf("downgraded file has schema %q", v)
	}
	// A version-3 file keys listings by site, page and product; migrated,
	// they are keyed by offer and the old ids resolve to the new.
	oldID := func(l npswatch.Listing) string { return npswatch.ShortID("listing", l.Site, l.URL, l.Product) }
	newID := func(l npswatch.Listing) string { return l.ID }
	history := func(db *storage.DB, id func(npswatch.Listing) string) {
		t.Helper()
		want := map[string][]npswatch.ListingEvent{
			p.ID: {{ListingID: id(p), RunID: "r1", At: t0, Kind: npswatch.ChangeNew, CaptureID: results[0].Capture.ID, After: snap(p)}},
			q.ID: {{ListingID: id(q), RunID: "r1", At: t0.Add(time.Minute), Kind: npswatch.ChangeNew, CaptureID: results[1].Capture.ID, After: snap(q)}},
		}
		for _, l := range []npswatch.Listing{p, q} {
			for _, asked := range []string{id(l), oldID(l)} {
				if got, err := db.ListingHistory(ctx, asked); err != nil || !reflect.DeepEqual(got, want[l.ID]) {
					t.Errorf("history of %s: %s, %v\nwant %s", asked, fmtEvents(got), err, fmtEvents(want[l.ID]))
				}
			}
		}
		if got, err := db.Events(ctx, t0.Add(time.Second)); err != nil || !reflect.DeepEqual(got, want[q.ID]) {
			t.Errorf("events since t0+1s: %s, %v", fmtEvents(got), err)
		}
		if _, err := db.ListingHistory(ctx, "nope"); !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("ListingHistory(nope): %v, want ErrNotFound", err)
		}
	}

	// Read-only, a version-3 file has the history its migration would
	// start, and no triage.
	ro, err := storage.Open(path, &storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	history(ro, oldID)
	if s, err := ro.TriageStatus(ctx); err != nil || len(s) != 0 {
		t.Errorf("TriageStatus of a v3 file = %v, %v", s, err)
	}
	oldHit := npswatch.Hit{ListingID: oldID(p), Substance: hit.Substance}
	oldHit.SetID()
	if e, err := ro.Triage(ctx, oldHit.ID); err != nil || e != nil {
		t.Errorf("Triage of a v3 file = %v, %v", e, err)
	}
	if err := errors.Join(ro.Check(ctx), ro.Close()); err != nil {
		t.Fatal(err)
	}
	if v, _ := fileSchema(t, path); v != "3" {
		t.Fatalf("a read-only Open changed the schema to %q", v)
	}

	// Opened for writing, it is migrated: the same history, stored, and
	// the next run carries on from it.
	db = MustOpenPath(t, path, nil)
	history(db, newID)
	crawlRun(t, db, "r2", t0.Add(24*time.Hour), 1, page{"https://a.example/p", []npswatch.Listing{p}})
	evs, err := db.ListingHistory(ctx, q.ID)
	if err != nil || len(evs) != 2 || evs[1].Kind != npswatch.ChangeGone {
		t.Errorf("history of Q after run 2: %s, %v", fmtEvents(evs), err)
	}
	if evs, err := db.ListingHistory(ctx, p.ID); err != nil || len(evs) != 1 {
		t.Errorf("history of P after run 2: %s, %v", fmtEvents(evs), err)
	}
	// A hit's old id, from an export made before, names the same hit.
	if err := db.SetTriage(ctx, npswatch.TriageEntry{HitID: oldHit.ID, Status: npswatch.TriageConfirmed}); err != nil {
		t.Error(err)
	}
	if e, err := db.Triage(ctx, hit.ID); err != nil || len(e) != 1 || e[0].HitID != hit.ID {
		t.Errorf("triage of the hit under its new id: %+v, %v", e, err)
	}
	if h, err := db.Hit(ctx, oldHit.ID); err != nil || h.ID != hit.ID {
		t.Errorf("Hit(old id) = %+v, %v", h, err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if v, _ := fileSchema(t, path); v != fmt.Sprint(storage.SchemaVersion) {
		t.Errorf("migrated file has schema %q", v)
	}
}

func TestCheckHistory(t *testing.T) {
	ctx := context.Background()
	setup := func(t *testing.T) (string, npswatch.Listing) {
		path := filepath.Join(t.TempDir(), "npswatch.db")
		db, err := storage.Open(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		l := listingOn("https://a.example/p", "P")
		crawlRun(t, db, "r1", t0, 1, page{"https://a.example/p", []npswatch.Listing{l}})
		mustCommit(t, db, "r1", &npswatch.PageResult{Item: item("https://a.example/h"), State: npswatch.PageDone,
			Hits: []npswatch.Hit{hitOf(l)}})
		if err := db.SetTriage(ctx, npswatch.TriageEntry{HitID: hitOf(l).ID, Status: npswatch.TriageDismissed}); err != nil {
			t.Fatal(err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		return path, l
	}
	event := func(tx *bolt.Tx, id string) *bolt.Bucket { return tx.Bucket([]byte("events")).Bucket([]byte(id)) }
	first := []byte{0, 0, 0, 0, 0, 0, 0, 1}
	tests := []struct {
		name   string
		change func(tx *bolt.Tx, l npswatch.Listing) error
		want   string
	}{
		{"event garbled", func(tx *bolt.Tx, l npswatch.Listing) error {
			return event(tx, l.ID).Put(first, []byte("{"))
		}, "event 1 of listing"},
		{"event unindexed", func(tx *bolt.Tx, l npswatch.Listing) error {
			c := tx.Bucket([]byte("events_by_time")).Cursor()
			k, _ := c.First()
			return tx.Bucket([]byte("events_by_time")).Delete(k)
		}, "is not in events_by_time"},
		{"events missing", func(tx *bolt.Tx, l npswatch.Listing) error {
			return tx.Bucket([]byte("events")).DeleteBucket([]byte(l.ID))
		}, "has no event"},
		{"kind unknown", func(tx *bolt.Tx, l npswatch.Listing) error {
			v := event(tx, l.ID).Get(first)
			return event(tx, l.ID).Put(first, []byte(strings.Replace(string(v), `"kind":"new"`, `"kind":"moved"`, 1)))
		}, `has kind "moved"`},
		{"sighting garbled", func(tx *bolt.Tx, l npswatch.Listing) error {
			return tx.Bucket([]byte("sightings")).Put([]byte("a.example\x00"+l.ID), []byte("["))
		}, "sighting"},
		{"triage garbled", func(tx *bolt.Tx, l npswatch.Listing) error {
			return tx.Bucket([]byte("triage")).Bucket([]byte(hitOf(l).ID)).Put(first, []byte(`{"hit_id":"x","status":"dismissed"}`))
		}, "names hit"},
		{"triage status", func(tx *bolt.Tx, l npswatch.Listing) error {
			b := tx.Bucket([]byte("triage")).Bucket([]byte(hitOf(l).ID))
			return b.Put(first, []byte(`{"hit_id":"`+hitOf(l).ID+`","status":"maybe"}`))
		}, `triage status "maybe"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, l := setup(t)
			tamper(t, path, func(tx *bolt.Tx) error { return tt.change(tx, l) })
			db, err := storage.Open(path, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if err := db.Check(ctx); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Check = %v, want a problem with %q", err, tt.want)
			}
		})
	}
}
