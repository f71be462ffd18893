package storage_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	berrors "go.etcd.io/bbolt/errors"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

// t0 is the fixed time tests count from.
var t0 = time.Date(2026, 11, 27, 5, 12, 34, 0, time.UTC)

// MustOpen opens a new database in a temporary directory. At cleanup it
// checks the database's consistency and closes it.
func MustOpen(tb testing.TB) *storage.DB {
	tb.Helper()
	return MustOpenPath(tb, filepath.Join(tb.TempDir(), "npswatch.db"), nil)
}

// MustOpenPath opens the database at path, checked and closed at cleanup.
// Closing it earlier is fine.
func MustOpenPath(tb testing.TB, path string, opts *storage.Options) *storage.DB {
	tb.Helper()
	if opts == nil {
		opts = &storage.Options{Now: func() time.Time { return t0 }}
	}
	db, err := storage.Open(path, opts)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		err := db.Check(context.Background())
		if errors.Is(err, berrors.ErrDatabaseNotOpen) {
			return // the test closed it
		}
		if err != nil {
			tb.Error(err)
		}
		if err := db.Close(); err != nil {
			tb.Error(err)
		}
	})
	return db
}

// MustRun stores a running run with the given id.
func MustRun(tb testing.TB, db *storage.DB, id string) *npswatch.Run {
	tb.Helper()
	r := &npswatch.Run{ID: id, Started: t0, State: npswatch.RunRunning, Version: npswatch.Version,
		Targets: []npswatch.Target{{Name: "t", StartURLs: []string{"https://a.example/"}}}}
	if err := db.PutRun(context.Background(), r); err != nil {
		tb.Fatal(err)
	}
	return r
}

// MustEnqueue enqueues items and returns those added.
func MustEnqueue(tb testing.TB, db *storage.DB, runID string, maxPerHost int, items ...npswatch.QueueItem) []npswatch.QueueItem {
	tb.Helper()
	added, err := db.Enqueue(context.Background(), runID, items, maxPerHost)
	if err != nil {
		tb.Fatal(err)
	}
	return added
}

func item(url string) npswatch.QueueItem {
	return npswatch.QueueItem{URL: url}
}

func listingOn(url, product string) npswatch.Listing {
	l := npswatch.Listing{URL: url, Site: "a.example", Product: product, CAS: []string{"437-38-7"},
		Claims:   []npswatch.Claim{{Kind: npswatch.ClaimStealth, Text: "stealth packaging"}},
		Contacts: []npswatch.Contact{{Kind: npswatch.ContactWickr, Value: "vendor1"}},
		Price:    "$100", Vendor: "vendor1", Source: "card", Text: product + " 437-38-7"}
	l.SetID()
	return l
}

func hitOf(l npswatch.Listing) npswatch.Hit {
	h := npswatch.Hit{URL: l.URL, Site: l.Site, Product: l.Product, ListingID: l.ID, Claims: l.Claims,
		Substance: npswatch.SubstanceRef{ID: "fentanyl", Name: "Fentanyl", CAS: "437-38-7",
			Class: npswatch.ClassFentanyl, Category: "opioid", Status: "CSA I", Sources: []string{"DEA"}},
		Match: npswatch.Match{Kind: npswatch.MatchCAS, Term: "437-38-7", Span: "437-38-7", Confidence: 0.95}}
	h.SetID()
	return h
}

func captureOf(url string, at time.Time, body []byte) *npswatch.Capture {
	return &npswatch.Capture{ID: npswatch.ShortID("capture", url, at.String()), URL: url, FinalURL: url,
		Method: "GET", Status: 200, ContentType: "text/html", Size: int64(len(body)), FetchedAt: at,
		RequestHeader:  map[string][]string{"User-Agent": {"npswatch-test"}},
		ResponseHeader: map[string][]string{"Content-Type": {"text/html"}},
		Attempts:       1, Parsed: true, Body: body}
}

// pageResult builds the result of fetching it: one capture, n listings
// with a hit each, and links.
func pageResult(it npswatch.QueueItem, at time.Time, n int, links ...string) *npswatch.PageResult {
	res := &npswatch.PageResult{Item: it, State: npswatch.PageDone,
		Capture: captureOf(it.URL, at, []byte("<html>"+it.URL+"</html>"))}
	for i := range n {
		l := listingOn(it.URL, fmt.Sprintf("product %d", i))
		res.Listings = append(res.Listings, l)
		res.Hits = append(res.Hits, hitOf(l))
	}
	for _, u := range links {
		res.Links = append(res.Links, npswatch.QueueItem{URL: u, Depth: it.Depth + 1, Parent: it.URL})
	}
	return res
}

func urls(items []npswatch.QueueItem) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.URL)
	}
	return out
}
