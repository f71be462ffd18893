package storage_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

func TestOpenBadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	boltFile := func(name string, fn func(*bolt.Tx) error) string {
		p := filepath.Join(dir, name)
		b, err := bolt.Open(p, 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Update(fn); err != nil {
			t.Fatal(err)
		}
		if err := b.Close(); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name string
		path string
		want error
	}{
		{"short text", write("short.txt", []byte("hello, not a database\n")), storage.ErrCorrupt},
		{"long text", write("long.txt", bytes.Repeat([]byte("listing,cas,price\n"), 2000)), storage.ErrCorrupt},
		{"zeros", write("zeros", make([]byte, 64<<10)), storage.ErrCorrupt},
		{"directory", dir, nil},
		{"foreign bolt", boltFile("foreign.db", func(tx *bolt.Tx) error {
			_, err := tx.CreateBucket([]byte("widgets"))
			return err
		}), storage.ErrSchema},
		{"newer schema", boltFile("newer.db", func(tx *bolt.Tx) error {
			b, err := tx.CreateBucket([]byte("meta"))
			if err != nil {
				return err
			}
			return b.Put([]byte("schema"), []byte("99"))
		}), storage.ErrSchema},
		{"garbled schema", boltFile("garbled.db", func(tx *bolt.Tx) error {
			b, err := tx.CreateBucket([]byte("meta"))
			if err != nil {
				return err
			}
			return b.Put([]byte("schema"), []byte("v1"))
		}), storage.ErrSchema},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, err := storage.Open(tt.path, nil)
			if err == nil {
				db.Close()
				t.Fatalf("Open(%s) succeeded", tt.path)
			}
			if !strings.Contains(err.Error(), tt.path) {
				t.Errorf("error %q does not name the path", err)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error %q is not %q", err, tt.want)
			}
		})
	}
}

func TestOpenLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "npswatch.db")
	MustOpenPath(t, path, nil)
	for _, readOnly := range []bool{false, true} {
		start := time.Now()
		db, err := storage.Open(path, &storage.Options{Timeout: 50 * time.Millisecond, ReadOnly: readOnly})
		if err == nil {
			db.Close()
			t.Fatalf("second Open (read-only %v) succeeded", readOnly)
		}
		if !errors.Is(err, storage.ErrLocked) || !strings.Contains(err.Error(), path) {
			t.Errorf("second Open (read-only %v): %v, want ErrLocked naming the path", readOnly, err)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("second Open took %v", d)
		}
	}
}

func TestReopenKeepsEverything(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "npswatch.db")
	db := MustOpenPath(t, path, nil)
	MustRun(t, db, "r1")
	added := MustEnqueue(t, db, "r1", 0, item("https://a.example/"), item("https://b.example/"))
	res := pageResult(added[0], t0, 2, "https://a.example/next")
	if _, err := db.Commit(ctx, "r1", res, 0); err != nil {
		t.Fatal(err)
	}
	before, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db = MustOpenPath(t, path, &storage.Options{ReadOnly: true})
	after, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before != after {
		t.Errorf("stats after reopen = %+v, want %+v", after, before)
	}
	want := storage.Stats{Path: path, Size: before.Size, SchemaVersion: storage.SchemaVersion,
		Runs: 1, Captures: 1, Listings: 2, Hits: 2, Queued: 2}
	if after != want {
		t.Errorf("stats = %+v, want %+v", after, want)
	}
	hosts, err := db.PendingHosts(ctx, "r1")
	if err != nil {
		t.Fatal(err)
	}
	if hosts["a.example"] != 1 || hosts["b.example"] != 1 || len(hosts) != 2 {
		t.Errorf("pending hosts = %v", hosts)
	}
	c, err := db.Capture(ctx, res.Capture.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(c.Body, res.Capture.Body) {
		t.Errorf("body = %q, want %q", c.Body, res.Capture.Body)
	}
	r, err := db.Run(ctx, "r1")
	if err != nil {
		t.Fatal(err)
	}
	if r.Stats.Fetched != 1 || r.Stats.Listings != 2 || r.Stats.Hits != 2 {
		t.Errorf("run stats = %+v", r.Stats)
	}
	if err := db.PutRun(ctx, &npswatch.Run{ID: "r2"}); err == nil {
		t.Error("PutRun on a read-only database succeeded")
	}
}

func TestCanceledContext(t *testing.T) {
	db := MustOpen(t)
	MustRun(t, db, "r1")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	calls := map[string]error{}
	_, calls["Run"] = db.Run(ctx, "r1")
	_, calls["Runs"] = db.Runs(ctx)
	_, calls["Enqueue"] = db.Enqueue(ctx, "r1", []npswatch.QueueItem{item("https://a.example/")}, 0)
	_, _, calls["Next"] = db.Next(ctx, "r1", "a.example", nil)
	_, calls["Commit"] = db.Commit(ctx, "r1", pageResult(item("https://a.example/"), t0, 1), 0)
	_, calls["Hits"] = db.Hits(ctx, time.Time{})
	_, calls["Listings"] = db.Listings(ctx, time.Time{})
	_, calls["Stats"] = db.Stats(ctx)
	_, calls["FinishRun"] = db.FinishRun(ctx, "r1", 1)
	_, calls["ListingHistory"] = db.ListingHistory(ctx, "l")
	_, calls["Events"] = db.Events(ctx, time.Time{})
	_, calls["Listing"] = db.Listing(ctx, "l")
	_, calls["Hit"] = db.Hit(ctx, "h")
	calls["SetTriage"] = db.SetTriage(ctx, npswatch.TriageEntry{HitID: "h", Status: npswatch.TriageDismissed})
	_, calls["Triage"] = db.Triage(ctx, "h")
	_, calls["TriageStatus"] = db.TriageStatus(ctx)
	for name, err := range calls {
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%s with a canceled context: %v", name, err)
		}
	}
	if _, ok, _ := db.Seen(context.Background(), "r1", "https://a.example/"); ok {
		t.Error("a canceled call wrote to the frontier")
	}
}
