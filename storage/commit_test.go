package storage_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

func TestCommitRecordsRoundTrip(t *testing.T) {
	ctx := context.Background()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<html>already gzipped by the server</html>"))
	zw.Close()
	random := make([]byte, 300<<10)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	bodies := []struct {
		name string
		body []byte
	}{
		{"html", []byte("<html><body>Fentanyl 437-38-7 stealth shipping</body></html>")},
		{"gzip bytes", gz.Bytes()},
		{"binary", random},
		{"nul bytes", []byte{0, 0, 0, 0x1f, 0x8b, 0}},
		{"empty", []byte{}},
		{"nil", nil},
	}
	for i, tt := range bodies {
		t.Run(tt.name, func(t *testing.T) {
			db := MustOpen(t)
			MustRun(t, db, "r1")
			it := MustEnqueue(t, db, "r1", 0, item("https://a.example/p"))[0]
			res := pageResult(it, t0.Add(time.Duration(i)*time.Second), 2)
			res.Capture.Body = tt.body
			res.Capture.Redirects = []string{"http://a.example/p"}
			if _, err := db.Commit(ctx, "r1", res, 0); err != nil {
				t.Fatal(err)
			}
			got, err := db.Capture(ctx, res.Capture.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Body, tt.body) || (tt.body == nil) != (got.Body == nil) {
				t.Errorf("body of %d bytes came back as %d bytes", len(tt.body), len(got.Body))
			}
			// Commit fills in the body's digest and chains the capture.
			want := *res.Capture
			want.RunID = "r1"
			want.SHA256 = sha256Hex(tt.body)
			want.Seq, want.PrevHash = 1, ""
			if len(got.RecordHash) != 64 {
				t.Errorf("record hash %q", got.RecordHash)
			}
			want.RecordHash = got.RecordHash
			if got.Body, want.Body = nil, nil; !reflect.DeepEqual(*got, want) {
				t.Errorf("capture = %+v\nwant %+v", *got, want)
			}

			listings, err := db.Listings(ctx, time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			wantListings := slices.Clone(res.Listings)
			for i := range wantListings {
				wantListings[i].RunID, wantListings[i].CaptureID = "r1", res.Capture.ID
				wantListings[i].FetchedAt = res.Capture.FetchedAt
			}
			slices.SortFunc(wantListings, func(a, b npswatch.Listing) int { return cmpString(a.ID, b.ID) })
			if !reflect.DeepEqual(listings, wantListings) {
				t.Errorf("listings = %+v\nwant %+v", listings, wantListings)
			}

			hits, err := db.Hits(ctx, time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			wantHits := slices.Clone(res.Hits)
			for i := range wantHits {
				wantHits[i].RunID, wantHits[i].CaptureID = "r1", res.Capture.ID
				wantHits[i].FirstSeen, wantHits[i].LastSeen = res.Capture.FetchedAt, res.Capture.FetchedAt
			}
			slices.SortFunc(wantHits, func(a, b npswatch.Hit) int { return cmpString(a.ID, b.ID) })
			if !reflect.DeepEqual(hits, wantHits) {
				t.Errorf("hits = %+v\nwant %+v", hits, wantHits)
			}
		})
	}
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestCaptureNotFound(t *testing.T) {
	db := MustOpen(t)
	for _, id := range []string{"nope", ""} {
		if _, err := db.Capture(context.Background(), id); !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("Capture(%q) error = %v, want ErrNotFound", id, err)
		}
	}
}

func TestCommitAtomic(t *testing.T) {
	badHit := func(res *npswatch.PageResult) { res.Hits[1].Match.Kind = "guess" }
	tests := []struct {
		name  string
		spoil func(*npswatch.PageResult)
	}{
		{"invalid hit", badHit},
		{"hit confidence", func(res *npswatch.PageResult) { res.Hits[0].Match.Confidence = 2 }},
		{"hit without listing", func(res *npswatch.PageResult) { res.Hits[0].ListingID, res.Hits[0].ID = "", "" }},
		{"invalid listing CAS", func(res *npswatch.PageResult) { res.Listings[1].CAS = []string{"437-38-8"} }},
		{"listing without url", func(res *npswatch.PageResult) { res.Listings[0].URL = "" }},
		{"capture without id", func(res *npswatch.PageResult) { res.Capture.ID = "" }},
		{"link without url", func(res *npswatch.PageResult) { res.Links = append(res.Links, item("")) }},
		{"unknown state", func(res *npswatch.PageResult) { res.State = npswatch.PagePending }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			db := MustOpen(t)
			MustRun(t, db, "r1")
			it := MustEnqueue(t, db, "r1", 0, item("https://a.example/p"))[0]
			res := pageResult(it, t0, 2, "https://a.example/next")
			res.Aliases = []string{"https://a.example/alias"}
			tt.spoil(res)
			before, err := db.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := db.Commit(ctx, "r1", res, 0); err == nil {
				t.Fatal("Commit of a bad result succeeded")
			}
			after, err := db.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			before.Size, after.Size = 0, 0
			if before != after {
				t.Errorf("a failed Commit changed the counts: %+v, then %+v", before, after)
			}
			next, ok, err := db.Next(ctx, "r1", "a.example", nil)
			if err != nil || !ok || next.URL != it.URL {
				t.Errorf("item not queued after a failed Commit: %v %v %v", next, ok, err)
			}
			for _, u := range []string{"https://a.example/next", "https://a.example/alias"} {
				if _, ok, _ := db.Seen(ctx, "r1", u); ok {
					t.Errorf("%s marked seen by a failed Commit", u)
				}
			}
			if r, _ := db.Run(ctx, "r1"); r.Stats != (npswatch.RunStats{}) {
				t.Errorf("run stats changed by a failed Commit: %+v", r.Stats)
			}
		})
	}
}

func TestCommitIdempotent(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	it := MustEnqueue(t, db, "r1", 0, item("https://a.example/p"))[0]
	res := pageResult(it, t0, 3, "https://a.example/1", "https://b.example/1")
	first, err := db.Commit(ctx, "r1", res, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(first) != 2 {
		t.Fatalf("first Commit added %v", urls(first))
	}
	snapshot := func() (storage.Stats, *npswatch.Run, []npswatch.Hit, []npswatch.Listing, map[string]int, []npswatch.ListingEvent) {
		s, err1 := db.Stats(ctx)
		r, err2 := db.Run(ctx, "r1")
		h, err3 := db.Hits(ctx, time.Time{})
		l, err4 := db.Listings(ctx, time.Time{})
		p, err5 := db.PendingHosts(ctx, "r1")
		e, err6 := db.Events(ctx, time.Time{})
		if err := errors.Join(err1, err2, err3, err4, err5, err6); err != nil {
			t.Fatal(err)
		}
		s.Size = 0
		return s, r, h, l, p, e
	}
	s1, r1, h1, l1, p1, e1 := snapshot()
	for range 2 {
		again, err := db.Commit(ctx, "r1", res, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(again) != 0 {
			t.Errorf("replayed Commit added %v", urls(again))
		}
	}
	s2, r2, h2, l2, p2, e2 := snapshot()
	if s1 != s2 || !reflect.DeepEqual(r1, r2) || !reflect.DeepEqual(h1, h2) || !reflect.DeepEqual(l1, l2) ||
		!reflect.DeepEqual(p1, p2) || !reflect.DeepEqual(e1, e2) {
		t.Errorf("replay changed the database:\n%+v %+v %v\n%+v %+v %v", s1, r1.Stats, p1, s2, r2.Stats, p2)
	}
	want := npswatch.RunStats{Fetched: 1, Listings: 3, Hits: 3, New: 3}
	if r2.Stats != want {
		t.Errorf("run stats = %+v, want %+v", r2.Stats, want)
	}
	if len(e2) != 3 {
		t.Errorf("%d events after replays, want 3 new ones: %+v", len(e2), e2)
	}
}

func TestCommitHitTimes(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	MustRun(t, db, "r2")
	it := MustEnqueue(t, db, "r1", 0, item("https://a.example/p"))[0]
	if _, err := db.Commit(ctx, "r1", pageResult(it, t0, 1), 0); err != nil {
		t.Fatal(err)
	}
	// The same page, fetched again a day later by the next run.
	it2 := MustEnqueue(t, db, "r2", 0, item("https://a.example/p"))[0]
	res := pageResult(it2, t0.Add(24*time.Hour), 1)
	res.Hits[0].Match.Confidence = 0.5
	if _, err := db.Commit(ctx, "r2", res, 0); err != nil {
		t.Fatal(err)
	}
	hits, err := db.Hits(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 {
		t.Fatalf("%d hits, want 1", len(hits))
	}
	h := hits[0]
	if !h.FirstSeen.Equal(t0) || !h.LastSeen.Equal(t0.Add(24*time.Hour)) {
		t.Errorf("FirstSeen %v LastSeen %v, want %v and a day later", h.FirstSeen, h.LastSeen, t0)
	}
	if h.Match.Confidence != 0.5 || h.RunID != "r2" || h.CaptureID != res.Capture.ID {
		t.Errorf("hit not updated: %+v", h)
	}
	// A capture older than the stored one does not move LastSeen back.
	it3 := MustEnqueue(t, db, "r2", 0, item("https://a.example/q"))[0]
	old := pageResult(it3, t0.Add(time.Hour), 0)
	old.Hits = res.Hits
	if _, err := db.Commit(ctx, "r2", old, 0); err != nil {
		t.Fatal(err)
	}
	hits, _ = db.Hits(ctx, time.Time{})
	if !hits[0].FirstSeen.Equal(t0) || !hits[0].LastSeen.Equal(t0.Add(24*time.Hour)) {
		t.Errorf("after an older capture: FirstSeen %v LastSeen %v", hits[0].FirstSeen, hits[0].LastSeen)
	}
	// Without a capture, the clock in Options.Now dates a new hit.
	it4 := MustEnqueue(t, db, "r2", 0, item("https://a.example/r"))[0]
	l := listingOn(it4.URL, "carfentanil")
	noCapture := &npswatch.PageResult{Item: it4, State: npswatch.PageDone,
		Listings: []npswatch.Listing{l}, Hits: []npswatch.Hit{hitOf(l)}}
	if _, err := db.Commit(ctx, "r2", noCapture, 0); err != nil {
		t.Fatal(err)
	}
	hits, _ = db.Hits(ctx, t0.Add(time.Second))
	if len(hits) != 0 {
		t.Errorf("hit without capture dated %v, want the injected clock %v", hits[0].FirstSeen, t0)
	}
}

func TestCommitAliasesAndLinks(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	added := MustEnqueue(t, db, "r1", 0, item("https://a.example/p?id=1"), item("https://a.example/product/1"),
		item("https://a.example/done"))
	if _, err := db.Commit(ctx, "r1", pageResult(added[2], t0, 0), 0); err != nil {
		t.Fatal(err)
	}
	res := pageResult(added[0], t0, 0, "https://a.example/product/1", "https://a.example/canon",
		"https://a.example/new1", "https://a.example/new2", "https://a.example/new3")
	res.State = npswatch.PageFailed
	res.Capture.Status = 429
	res.Aliases = []string{"https://a.example/product/1", "https://a.example/canon", "https://a.example/done", ""}
	links, err := db.Commit(ctx, "r1", res, 4) // three URLs of a.example count already
	if err != nil {
		t.Fatal(err)
	}
	if got, want := urls(links), []string{"https://a.example/new1"}; !slices.Equal(got, want) {
		t.Errorf("Commit added %v, want %v (aliases are seen; budget 4 = 3 + 1)", got, want)
	}
	for u, want := range map[string]string{
		"https://a.example/p?id=1":    npswatch.PageFailed,
		"https://a.example/product/1": npswatch.PageFailed, // was queued: dequeued
		"https://a.example/canon":     npswatch.PageFailed,
		"https://a.example/done":      npswatch.PageDone, // already committed: kept
		"https://a.example/new1":      npswatch.PagePending,
		"https://a.example/new2":      "",
	} {
		if got, _, _ := db.Seen(ctx, "r1", u); got != want {
			t.Errorf("Seen(%s) = %q, want %q", u, got, want)
		}
	}
	next, ok, err := db.Next(ctx, "r1", "a.example", nil)
	if err != nil || !ok || next.URL != "https://a.example/new1" {
		t.Errorf("Next = %v %v %v, want new1 (the alias must be dequeued)", next.URL, ok, err)
	}
	r, _ := db.Run(ctx, "r1")
	if want := (npswatch.RunStats{Fetched: 1, Failed: 1, Blocked: 1, LastError: "https://a.example/p?id=1"}); r.Stats != want {
		t.Errorf("stats = %+v, want %+v", r.Stats, want)
	}
}

func TestCommitAll(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	added := MustEnqueue(t, db, "r1", 0, item("https://a.example/1"), item("https://a.example/2"))
	good := []*npswatch.PageResult{
		pageResult(added[0], t0, 1, "https://a.example/3", "https://a.example/2"),
		pageResult(added[1], t0, 1, "https://a.example/3", "https://a.example/4"),
	}
	bad := pageResult(added[1], t0, 1)
	bad.Hits[0].Match.Kind = ""
	if _, err := db.CommitAll(ctx, "r1", []*npswatch.PageResult{good[0], bad}, 0); err == nil {
		t.Fatal("CommitAll with a bad result succeeded")
	}
	if hosts, _ := db.PendingHosts(ctx, "r1"); hosts["a.example"] != 2 {
		t.Errorf("failed CommitAll changed the queue: %v", hosts)
	}
	links, err := db.CommitAll(ctx, "r1", good, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := urls(links), []string{"https://a.example/3", "https://a.example/4"}; !slices.Equal(got, want) {
		t.Errorf("CommitAll added %v, want %v", got, want)
	}
	if r, _ := db.Run(ctx, "r1"); r.Stats.Fetched != 2 || r.Stats.Hits != 2 {
		t.Errorf("stats = %+v", r.Stats)
	}
	if _, err := db.Commit(ctx, "nope", good[0], 0); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("Commit to an unknown run: %v", err)
	}
}
