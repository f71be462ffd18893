package storage_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

// validDB returns the bytes of a closed database holding a few hundred
// records, and its page size.
func validDB(tb testing.TB) ([]byte, int) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "valid.db")
	db, err := storage.Open(path, nil)
	if err != nil {
		tb.Fatal(err)
	}
	MustRun(tb, db, "r1")
	var results []*npswatch.PageResult
	for i := range 100 {
		it := npswatch.QueueItem{URL: fmt.Sprintf("https://a.example/p%d", i), Host: "a.example"}
		results = append(results, pageResult(it, t0, 2, fmt.Sprintf("https://a.example/p%d", i+100)))
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

// tryOpen writes data to a file and opens it: it must fail with ErrCorrupt
// or ErrSchema, or open a database that passes Check. It must not crash.
func tryOpen(t *testing.T, data []byte) {
	path := filepath.Join(t.TempDir(), "try.db")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := storage.Open(path, &storage.Options{Timeout: time.Second})
	if err != nil {
		if !errors.Is(err, storage.ErrCorrupt) && !errors.Is(err, storage.ErrSchema) {
			t.Fatalf("Open of %d bytes: %v, want ErrCorrupt or ErrSchema", len(data), err)
		}
		return
	}
	defer db.Close()
	ctx := context.Background()
	if err := db.Check(ctx); err != nil {
		t.Fatalf("Open of %d bytes succeeded but: %v", len(data), err)
	}
	if _, err := db.Runs(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestOpenTruncated opens every page-boundary truncation of a real
// database, as an interrupted copy leaves it. bbolt alone would fault on a
// page past the end of the file; Open must return ErrCorrupt instead.
func TestOpenTruncated(t *testing.T) {
	data, ps := validDB(t)
	if len(data) < 8*ps {
		t.Fatalf("test database of %d bytes is too small", len(data))
	}
	for k := 0; k*ps < len(data); k++ {
		if k > 32 && k%8 != 0 { // the early pages hold the metas, freelist and root
			continue
		}
		for _, n := range []int{k*ps - 1, k*ps + 100} {
			if n >= 0 && n < len(data) {
				t.Run(strconv.Itoa(n), func(t *testing.T) { tryOpen(t, data[:n]) })
			}
		}
	}
	t.Run("flipped meta byte", func(t *testing.T) {
		d := bytes.Clone(data)
		d[16+20] ^= 0xff // meta 0's root: its checksum fails, meta 1 is used
		tryOpen(t, d)
	})
}

// FuzzOpen feeds Open files of arbitrary bytes. Garbage must be refused
// with an error, never a crash.
//
// The seeds hold no complete database on purpose: bbolt reads tree pages
// unchecked through a memory map, so a file with valid meta pages but
// damaged tree pages can still crash it (see # Caveats in doc.go); Open
// checks only the meta pages, the file length, the freelist and the root
// page, and TestOpenTruncated covers truncated copies.
func FuzzOpen(f *testing.F) {
	data, ps := validDB(f)
	f.Add(data[:2*ps]) // the two meta pages, nothing else
	f.Add([]byte("not a database\n"))
	f.Add(bytes.Repeat([]byte("id,product,cas\n1,fentanyl,437-38-7\n"), 300))
	f.Add(make([]byte, 3*ps))
	f.Fuzz(func(t *testing.T, data []byte) {
		tryOpen(t, data)
	})
}
