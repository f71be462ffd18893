package storage_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/npswatch/npswatch/storage"
)

// TestReportMark: a new database has no mark; a mark set survives closing
// the database and reads back in UTC; a read-only open reads it.
func TestReportMark(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	db := MustOpenPath(t, path, nil)
	if _, ok, err := db.ReportMark(ctx); err != nil || ok {
		t.Fatalf("new database: mark ok=%v err=%v, want none", ok, err)
	}
	at := time.Date(2026, 12, 6, 3, 4, 5, 6, time.FixedZone("X", 3600))
	if err := db.SetReportMark(ctx, at); err != nil {
		t.Fatal(err)
	}
	db.Close()
	ro := MustOpenPath(t, path, &storage.Options{ReadOnly: true})
	got, ok, err := ro.ReportMark(ctx)
	if err != nil || !ok || !got.Equal(at) || got.Location() != time.UTC {
		t.Fatalf("mark %v ok=%v err=%v, want %v in UTC", got, ok, err, at)
	}
	if err := ro.SetReportMark(ctx, at); err == nil {
		t.Error("a read-only database took a mark")
	}
}
