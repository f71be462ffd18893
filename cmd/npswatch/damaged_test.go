package main

import (
	"context"
	bin "encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

// damagedDB writes a database of a thousand pages with listings and hits,
// then points the first child of every branch page past the end of the
// file, as a damaged disk or a bad copy can.
func damagedDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "damaged.db")
	db, err := storage.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	at := time.Now().UTC().Add(-time.Hour)
	if err := db.PutRun(ctx, &npswatch.Run{ID: "r1", Started: at, State: npswatch.RunDone, Version: npswatch.Version}); err != nil {
		t.Fatal(err)
	}
	var results []*npswatch.PageResult
	for i := range 1000 {
		u := fmt.Sprintf("https://shop.example/p%d", i)
		body := []byte("<html>" + u + "</html>")
		res := &npswatch.PageResult{Item: npswatch.QueueItem{URL: u, Host: "shop.example"}, State: npswatch.PageDone,
			Capture: &npswatch.Capture{ID: npswatch.ShortID("capture", u), URL: u, FinalURL: u, Method: "GET", Status: 200,
				ContentType: "text/html", Size: int64(len(body)), FetchedAt: at, Attempts: 1, Parsed: true, Body: body}}
		l := npswatch.Listing{URL: u, Site: "shop.example", Product: fmt.Sprintf("NPP lot %d", i), CAS: []string{"39742-60-4"},
			Vendor: "v1", FetchedAt: at, CaptureID: res.Capture.ID}
		l.SetID()
		h := npswatch.Hit{URL: u, Site: l.Site, Product: l.Product, ListingID: l.ID,
			Substance: npswatch.SubstanceRef{ID: "npp", Name: "NPP", CAS: "39742-60-4"},
			Match:     npswatch.Match{Kind: npswatch.MatchCAS, Term: "39742-60-4", Confidence: 0.99}}
		h.SetID()
		res.Listings, res.Hits = []npswatch.Listing{l}, []npswatch.Hit{h}
		results = append(results, res)
	}
	if _, err := db.CommitAll(ctx, "r1", results, 0); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ps, damaged := os.Getpagesize(), 0
	for off := 2 * ps; off+ps <= len(data); off += ps {
		if bin.LittleEndian.Uint16(data[off+8:]) == 0x01 && bin.LittleEndian.Uint16(data[off+10:]) > 0 {
			bin.LittleEndian.PutUint64(data[off+16+8:], 0x7FFFFFFF) // first element's page id
			damaged++
		}
	}
	if damaged == 0 {
		t.Fatal("no branch pages to damage: the test's premise")
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestDamagedDatabaseExits3: every command that reads a damaged database
// says so and exits 3 (unusable database), none dies with a fault.
func TestDamagedDatabaseExits3(t *testing.T) {
	path := damagedDB(t)
	out := filepath.Join(t.TempDir(), "case.wacz")
	for _, args := range [][]string{
		{"verify", "--db", path},
		{"listings", "--db", path},
		{"hits", "--db", path},
		{"report", "--db", path},
		{"vendors", "--db", path},
		{"export", "--db", path, "--since", "30d", "--out", out},
	} {
		_, stderr, code := runCLI(t, args...)
		if code != 3 || !strings.Contains(stderr, "not a valid npswatch database") {
			t.Errorf("%s: exit %d, stderr %q; want 3 and the damage named", args[0], code, stderr)
		}
	}
}
