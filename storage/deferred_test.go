package storage_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
)

// A big page's parts arrive as late results one after another: every part
// is stored, the page stays deferred (a resume reads it again) until the
// last part, its vendor counts the page once, and a part replayed after
// the last one changes nothing.
func TestCommitLateInParts(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	it := MustEnqueue(t, db, "r1", 0, item("https://a.example/big"))[0]
	res := pageResult(it, t0, 0)
	res.Defer = &npswatch.DeferredPage{CaptureID: res.Capture.ID, URL: it.URL, Host: "a.example"}
	if _, err := db.Commit(ctx, "r1", res, 0); err != nil {
		t.Fatal(err)
	}
	vendor := npswatch.Vendor{Site: "a.example", Name: "vendor1", Claims: []npswatch.Claim{{Kind: npswatch.ClaimStealth, Text: "stealth"}}}
	part := func(n int, more bool) npswatch.LateResult {
		var l []npswatch.Listing
		for i := range 3 {
			l = append(l, listingOn(it.URL, fmt.Sprintf("part %d product %d", n, i)))
		}
		return npswatch.LateResult{CaptureID: res.Capture.ID, URL: it.URL, Listings: l, Vendors: []npswatch.Vendor{vendor}, Part: n, More: more}
	}
	deferred := func() int {
		d, err := db.DeferredPages(ctx, "r1")
		if err != nil {
			t.Fatal(err)
		}
		return len(d)
	}
	for n := 1; n <= 3; n++ {
		if err := db.CommitLate(ctx, "r1", []npswatch.LateResult{part(n, n < 3)}); err != nil {
			t.Fatal(err)
		}
		if want := map[bool]int{true: 1, false: 0}[n < 3]; deferred() != want {
			t.Errorf("after part %d: %d deferred pages, want %d", n, deferred(), want)
		}
	}
	if err := db.CommitLate(ctx, "r1", []npswatch.LateResult{part(2, true)}); err != nil {
		t.Fatal(err)
	}
	ls, err := db.Listings(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ls) != 9 {
		t.Errorf("%d listings stored, want 9 (3 parts of 3)", len(ls))
	}
	if deferred() != 0 {
		t.Error("a replayed part brought the note back")
	}
	vs, err := db.Vendors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 1 || vs[0].Pages != 1 {
		t.Errorf("vendors %+v: want one vendor seen on 1 page", vs)
	}
}
