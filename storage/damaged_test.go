package storage_test

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

// bigDB returns the bytes of a database with enough records that its
// buckets have branch pages, and the page size.
func bigDB(tb testing.TB) ([]byte, int) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "big.db")
	db, err := storage.Open(path, nil)
	if err != nil {
		tb.Fatal(err)
	}
	MustRun(tb, db, "r1")
	var results []*npswatch.PageResult
	for i := range 1500 {
		it := npswatch.QueueItem{URL: fmt.Sprintf("https://a.example/p%d", i), Host: "a.example"}
		results = append(results, pageResult(it, t0, 2, fmt.Sprintf("https://a.example/q%d", i)))
	}
	if _, err := db.CommitAll(context.Background(), "r1", results, 0); err != nil {
		tb.Fatal(err)
	}
	if err := db.Close(); err != nil {
		tb.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return data, os.Getpagesize()
}

// TestDamagedBranchPointers points child pointers of branch pages far past
// the end of the file, as a damaged disk or a bad copy can. bbolt follows
// them through its memory map and faults; every read must instead fail with
// ErrCorrupt (or succeed where it does not pass the damaged page).
func TestDamagedBranchPointers(t *testing.T) {
	data, ps := bigDB(t)
	damaged, branches := 0, 0
	for off := 2 * ps; off+ps <= len(data) && damaged < 3; off += ps {
		flags := binary.LittleEndian.Uint16(data[off+8:])
		count := int(binary.LittleEndian.Uint16(data[off+10:]))
		if flags != 0x01 || count == 0 {
			continue
		}
		branches++
		// the element's page id: 16-byte header, then (pos u32, ksize u32, pgid u64)
		binary.LittleEndian.PutUint64(data[off+16+8:], 0x7FFFFFFF)
		damaged++
	}
	if damaged == 0 {
		t.Fatalf("the test database has no branch pages (%d bytes): the test's premise", len(data))
	}
	path := filepath.Join(t.TempDir(), "damaged.db")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := storage.Open(path, &storage.Options{Timeout: time.Second, ReadOnly: true})
	if err != nil {
		if !errors.Is(err, storage.ErrCorrupt) {
			t.Fatalf("Open: %v, want ErrCorrupt", err)
		}
		return
	}
	defer db.Close()
	ctx := context.Background()
	reads := map[string]func() error{
		"Check":       func() error { return db.Check(ctx) },
		"Listings":    func() error { _, err := db.Listings(ctx, time.Time{}); return err },
		"Hits":        func() error { _, err := db.Hits(ctx, time.Time{}); return err },
		"Vendors":     func() error { _, err := db.Vendors(ctx); return err },
		"VerifyChain": func() error { _, err := db.VerifyChain(ctx); return err },
		"Runs":        func() error { _, err := db.Runs(ctx); return err },
	}
	failed := 0
	for name, read := range reads {
		if err := read(); err != nil {
			failed++
			if !errors.Is(err, storage.ErrCorrupt) {
				t.Errorf("%s: %v, want ErrCorrupt", name, err)
			}
		}
	}
	if err := db.Check(ctx); err == nil {
		t.Errorf("Check found no damage in %d damaged branch pages", damaged)
	}
	t.Logf("%d branch pages damaged; %d of %d reads failed cleanly", damaged, failed, len(reads))
}
