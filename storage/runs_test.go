package storage_test

import (
	"context"
	"errors"
	"reflect"
	"regexp"
	"slices"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

func TestRunRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	want := &npswatch.Run{ID: "20261127T051234Z-3f9a01", Started: t0, Ended: t0.Add(time.Hour),
		State: npswatch.RunDone, IgnoredRobots: true, UserAgent: "npswatch/0.1", Version: npswatch.Version,
		Targets: []npswatch.Target{{Name: "shop", StartURLs: []string{"https://shop.example/"},
			Hosts: []string{"shop.example"}, Exclude: []string{"/cart"}, Depth: 3, Rate: 0.5,
			Concurrency: 2, MaxPages: 100, Proxy: "socks5h://127.0.0.1:9050", IgnoreRobots: true}},
		Stats: npswatch.RunStats{Fetched: 10, Failed: 1, Skipped: 2, Blocked: 3, Listings: 4, Hits: 5, Resumed: 1}}
	if err := db.PutRun(ctx, want); err != nil {
		t.Fatal(err)
	}
	got, err := db.Run(ctx, want.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Run = %+v\nwant %+v", got, want)
	}

	want.State = npswatch.RunInterrupted
	if err := db.PutRun(ctx, want); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Run(ctx, want.ID); got.State != npswatch.RunInterrupted {
		t.Errorf("replaced run has state %q", got.State)
	}
	if runs, _ := db.Runs(ctx); len(runs) != 1 {
		t.Errorf("%d runs after a replace, want 1", len(runs))
	}
}

func TestRunErrors(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	tests := []struct {
		name string
		call func() error
		want error
	}{
		{"run missing", func() error { _, err := db.Run(ctx, "nope"); return err }, storage.ErrNotFound},
		{"run empty id", func() error { _, err := db.Run(ctx, ""); return err }, storage.ErrNotFound},
		{"last run of none", func() error { _, err := db.LastRun(ctx, ""); return err }, storage.ErrNotFound},
		{"update missing", func() error {
			return db.UpdateRun(ctx, "nope", func(*npswatch.Run) error { return nil })
		}, storage.ErrNotFound},
		{"put without id", func() error { return db.PutRun(ctx, &npswatch.Run{}) }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) {
				t.Errorf("error = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestRunsNewestFirst(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	put := []npswatch.Run{
		{ID: "b", Started: t0.Add(2 * time.Hour), State: npswatch.RunInterrupted},
		{ID: "a", Started: t0, State: npswatch.RunDone},
		{ID: "d", Started: t0.Add(3 * time.Hour), State: npswatch.RunRunning},
		{ID: "c", Started: t0.Add(time.Hour), State: npswatch.RunDone},
	}
	for i := range put {
		if err := db.PutRun(ctx, &put[i]); err != nil {
			t.Fatal(err)
		}
	}
	runs, err := db.Runs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range runs {
		ids = append(ids, r.ID)
	}
	if want := []string{"d", "b", "c", "a"}; !slices.Equal(ids, want) {
		t.Errorf("Runs order = %v, want %v", ids, want)
	}
	tests := []struct{ state, want string }{
		{"", "d"}, {npswatch.RunDone, "c"}, {npswatch.RunInterrupted, "b"}, {npswatch.RunRunning, "d"},
	}
	for _, tt := range tests {
		t.Run("last "+tt.state, func(t *testing.T) {
			r, err := db.LastRun(ctx, tt.state)
			if err != nil {
				t.Fatal(err)
			}
			if r.ID != tt.want {
				t.Errorf("LastRun(%q) = %s, want %s", tt.state, r.ID, tt.want)
			}
		})
	}
	if _, err := db.LastRun(ctx, "weird"); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("LastRun of an unused state: %v", err)
	}
}

func TestUpdateRun(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	err := db.UpdateRun(ctx, "r1", func(r *npswatch.Run) error {
		r.State, r.Ended, r.ID = npswatch.RunDone, t0.Add(time.Minute), "other"
		r.Stats.Resumed++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	r, err := db.Run(ctx, "r1")
	if err != nil {
		t.Fatal(err)
	}
	if r.State != npswatch.RunDone || !r.Ended.Equal(t0.Add(time.Minute)) || r.Stats.Resumed != 1 {
		t.Errorf("updated run = %+v", r)
	}
	if _, err := db.Run(ctx, "other"); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("UpdateRun changed the id: %v", err)
	}
	boom := errors.New("boom")
	err = db.UpdateRun(ctx, "r1", func(r *npswatch.Run) error { r.State = "x"; return boom })
	if !errors.Is(err, boom) {
		t.Errorf("UpdateRun error = %v, want boom", err)
	}
	if r, _ := db.Run(ctx, "r1"); r.State != npswatch.RunDone {
		t.Errorf("failed UpdateRun wrote state %q", r.State)
	}
}

func TestNewRunID(t *testing.T) {
	now := time.Date(2026, 11, 27, 6, 12, 34, 0, time.FixedZone("CET", 3600))
	id := storage.NewRunID(now)
	if !regexp.MustCompile(`^20261127T051234Z-[0-9a-f]{8}$`).MatchString(id) {
		t.Errorf("NewRunID = %q", id)
	}
	seen := map[string]bool{}
	for range 100 { // 32 random bits: a repeat among 100 has odds of about 1e-6
		id := storage.NewRunID(now)
		if seen[id] {
			t.Fatalf("NewRunID repeated %q", id)
		}
		seen[id] = true
	}
	if a, b := storage.NewRunID(now), storage.NewRunID(now.Add(time.Second)); a >= b {
		t.Errorf("run ids do not sort by time: %q >= %q", a, b)
	}
}
