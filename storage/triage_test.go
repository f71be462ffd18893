package storage_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

func TestSetTriageErrors(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	res := pageResult(MustEnqueue(t, db, "r1", 0, item("https://a.example/p"))[0], t0, 1)
	mustCommit(t, db, "r1", res)
	hit := res.Hits[0].ID
	tests := []struct {
		name     string
		entry    npswatch.TriageEntry
		notFound bool
		want     string
	}{
		{"no status", npswatch.TriageEntry{HitID: hit}, false, `triage status ""`},
		{"unknown status", npswatch.TriageEntry{HitID: hit, Status: "Dismissed"}, false, `triage status "Dismissed"`},
		{"no hit id", npswatch.TriageEntry{Status: npswatch.TriageConfirmed}, false, "without hit id"},
		{"unknown hit", npswatch.TriageEntry{HitID: "nope", Status: npswatch.TriageConfirmed}, true, `"nope"`},
		{"id too long", npswatch.TriageEntry{HitID: strings.Repeat("h", 513), Status: npswatch.TriageConfirmed}, false, "longer than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := db.SetTriage(ctx, tt.entry)
			if err == nil {
				t.Fatal("SetTriage succeeded")
			}
			if errors.Is(err, storage.ErrNotFound) != tt.notFound || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("SetTriage: %v, want ErrNotFound %v and %q", err, tt.notFound, tt.want)
			}
		})
	}
	if s, err := db.TriageStatus(ctx); err != nil || len(s) != 0 {
		t.Errorf("TriageStatus after failures = %v, %v", s, err)
	}
	if e, err := db.Triage(ctx, hit); err != nil || e != nil {
		t.Errorf("Triage of an untriaged hit = %v, %v", e, err)
	}
	for _, id := range []string{"nope", ""} {
		if _, err := db.Triage(ctx, id); !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("Triage(%q): %v, want ErrNotFound", id, err)
		}
	}
}

func TestTriageHistory(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t) // its clock says t0
	p, q := listingOn("https://a.example/p", "P"), listingOn("https://a.example/q", "Q")
	hp, hq := hitOf(p), hitOf(q)
	commitHits := func(runID string, at time.Time) {
		MustRun(t, db, runID)
		it := MustEnqueue(t, db, runID, 0, item("https://a.example/"))[0]
		mustCommit(t, db, runID, &npswatch.PageResult{Item: it, State: npswatch.PageDone,
			Capture: captureOf(it.URL, at, nil), Listings: []npswatch.Listing{p, q}, Hits: []npswatch.Hit{hp, hq}})
	}
	commitHits("r1", t0)

	est := time.FixedZone("EST", -5*3600)
	set := []npswatch.TriageEntry{
		{HitID: hp.ID, Status: npswatch.TriageConfirmed, Note: "fentanyl, CAS on the page", Operator: "ana"},
		{HitID: hq.ID, Status: npswatch.TriageDismissed, Note: "reference standard", At: time.Date(2026, 11, 27, 1, 0, 0, 0, est)},
		{HitID: hp.ID, Status: npswatch.TriageEscalated, Note: "sent on", At: t0.Add(time.Hour), Operator: "ben"},
	}
	for _, e := range set {
		if err := db.SetTriage(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	// The same listings and substances in a later run are the same hits:
	// their triage stands.
	commitHits("r2", t0.Add(24*time.Hour))

	wantStatus := map[string]string{hp.ID: npswatch.TriageEscalated, hq.ID: npswatch.TriageDismissed}
	if s, err := db.TriageStatus(ctx); err != nil || !reflect.DeepEqual(s, wantStatus) {
		t.Errorf("TriageStatus = %v, %v, want %v", s, err, wantStatus)
	}
	tests := []struct {
		name string
		hit  string
		want []npswatch.TriageEntry
	}{
		{"confirmed then escalated", hp.ID, []npswatch.TriageEntry{
			{HitID: hp.ID, Status: npswatch.TriageConfirmed, Note: "fentanyl, CAS on the page", At: t0, Operator: "ana"},
			{HitID: hp.ID, Status: npswatch.TriageEscalated, Note: "sent on", At: t0.Add(time.Hour), Operator: "ben"},
		}},
		{"dismissed, time in UTC", hq.ID, []npswatch.TriageEntry{
			{HitID: hq.ID, Status: npswatch.TriageDismissed, Note: "reference standard", At: time.Date(2026, 11, 27, 6, 0, 0, 0, time.UTC)},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.Triage(ctx, tt.hit)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Triage = %+v\nwant %+v", got, tt.want)
			}
		})
	}

	// Reopening a hit appends; nothing is overwritten.
	if err := db.SetTriage(ctx, npswatch.TriageEntry{HitID: hq.ID, Status: npswatch.TriageNew, Note: "look again"}); err != nil {
		t.Fatal(err)
	}
	if got, err := db.Triage(ctx, hq.ID); err != nil || len(got) != 2 || got[0].Status != npswatch.TriageDismissed ||
		got[1].Status != npswatch.TriageNew {
		t.Errorf("Triage after reopening = %+v, %v", got, err)
	}
	if h, err := db.Hit(ctx, hp.ID); err != nil || h.RunID != "r2" || !h.FirstSeen.Equal(t0) {
		t.Errorf("Hit = %+v, %v", h, err)
	}
}
