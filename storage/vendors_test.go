package storage_test

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

func claim(kind, text string) npswatch.Claim { return npswatch.Claim{Kind: kind, Text: text} }

func contact(kind, value string) npswatch.Contact { return npswatch.Contact{Kind: kind, Value: value} }

// vendorPage builds the result of fetching it at time at that says what
// vendors says, and nothing else.
func vendorPage(it npswatch.QueueItem, at time.Time, vendors ...npswatch.Vendor) *npswatch.PageResult {
	res := pageResult(it, at, 0)
	res.Vendors = vendors
	return res
}

func mustCommit(tb testing.TB, db *storage.DB, runID string, results ...*npswatch.PageResult) {
	tb.Helper()
	if _, err := db.CommitAll(context.Background(), runID, results, 0); err != nil {
		tb.Fatal(err)
	}
}

func TestCommitVendors(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	added := MustEnqueue(t, db, "r1", 0, item("https://a.example/vendor/acme"), item("https://a.example/faq"))
	p1, p2 := added[0], added[1]

	page1 := vendorPage(p1, t0,
		npswatch.Vendor{Site: "a.example", Name: "ACME Chem",
			Claims:    []npswatch.Claim{claim(npswatch.ClaimStealth, "stealth packaging")},
			Contacts:  []npswatch.Contact{contact(npswatch.ContactWickr, "acmechem")},
			ShipsFrom: []string{"CN"},
			Terms:     []npswatch.Claim{claim(npswatch.TermEscrow, "escrow accepted")}},
		npswatch.Vendor{Site: "a.example", Name: "Empty Co"}, // nothing to say: not stored
		npswatch.Vendor{Site: "a.example",
			Claims: []npswatch.Claim{claim(npswatch.ClaimReship, "free reship if seized")}},
	)
	page2 := vendorPage(p2, t0.Add(time.Hour),
		npswatch.Vendor{Site: "a.example", Name: "acme  chem",
			Claims: []npswatch.Claim{
				{Kind: npswatch.ClaimStealth, Text: "stealth packaging", URL: "https://elsewhere.example/"}, // known: first URL kept
				{Kind: npswatch.ClaimCustoms, Text: "customs clearance guaranteed", URL: "https://a.example/faq#ddp"},
			},
			Contacts:  []npswatch.Contact{contact(npswatch.ContactWickr, "acmechem"), contact(npswatch.ContactTelegram, "@acmechem")},
			ShipsFrom: []string{"CN", "MX"}, ShipsTo: []string{"US"}},
		npswatch.Vendor{Site: "b.example", Name: "ACME Chem", // another site: another vendor
			Contacts: []npswatch.Contact{contact(npswatch.ContactEmail, "sales@acme.example")}},
		npswatch.Vendor{Site: "a.example", Name: "* * *", // no letters or digits: the site as a whole
			ShipsTo: []string{npswatch.PlaceEU}},
	)
	mustCommit(t, db, "r1", page1)
	mustCommit(t, db, "r1", page2)
	if page1.Vendors[0].Claims[0].URL != "" || page1.Vendors[0].Pages != 0 || !page1.Vendors[0].FirstSeen.IsZero() {
		t.Errorf("Commit changed the caller's vendor: %+v", page1.Vendors[0])
	}

	acme := npswatch.Vendor{Site: "a.example", Name: "ACME Chem",
		Claims: []npswatch.Claim{
			{Kind: npswatch.ClaimStealth, Text: "stealth packaging", URL: p1.URL},
			{Kind: npswatch.ClaimCustoms, Text: "customs clearance guaranteed", URL: "https://a.example/faq#ddp"},
		},
		Contacts:  []npswatch.Contact{contact(npswatch.ContactWickr, "acmechem"), contact(npswatch.ContactTelegram, "@acmechem")},
		ShipsFrom: []string{"CN", "MX"}, ShipsTo: []string{"US"},
		Terms: []npswatch.Claim{{Kind: npswatch.TermEscrow, Text: "escrow accepted", URL: p1.URL}},
		Pages: 2, FirstSeen: t0, LastSeen: t0.Add(time.Hour)}
	acme.SetID()
	site := npswatch.Vendor{Site: "a.example",
		Claims:  []npswatch.Claim{{Kind: npswatch.ClaimReship, Text: "free reship if seized", URL: p1.URL}},
		ShipsTo: []string{npswatch.PlaceEU},
		Pages:   2, FirstSeen: t0, LastSeen: t0.Add(time.Hour)}
	site.SetID()
	other := npswatch.Vendor{Site: "b.example", Name: "ACME Chem",
		Contacts: []npswatch.Contact{contact(npswatch.ContactEmail, "sales@acme.example")},
		Pages:    1, FirstSeen: t0.Add(time.Hour), LastSeen: t0.Add(time.Hour)}
	other.SetID()

	tests := []struct {
		site, name string
		want       *npswatch.Vendor // nil: ErrNotFound
	}{
		{"a.example", "ACME Chem", &acme},
		{"a.example", "acme  chem", &acme},
		{"a.example", "Acme-Chem!", &acme},
		{"a.example", "", &site},
		{"a.example", "--", &site}, // no letters or digits: the site as a whole
		{"b.example", "acme chem", &other},
		{"a.example", "Empty Co", nil},
		{"a.example", "ACME", nil},
		{"c.example", "ACME Chem", nil},
		{"", "ACME Chem", nil},
		{"", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.site+"/"+tt.name, func(t *testing.T) {
			got, err := db.Vendor(ctx, tt.site, tt.name)
			if tt.want == nil {
				if !errors.Is(err, storage.ErrNotFound) {
					t.Errorf("Vendor = %+v, %v; want ErrNotFound", got, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Vendor =\n%+v\nwant\n%+v", *got, *tt.want)
			}
		})
	}

	all, err := db.Vendors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := []npswatch.Vendor{site, acme, other}; !reflect.DeepEqual(all, want) {
		t.Errorf("Vendors =\n%+v\nwant\n%+v", all, want)
	}
	if s, err := db.Stats(ctx); err != nil || s.Vendors != 3 {
		t.Errorf("Stats = %+v, %v; want 3 vendors", s, err)
	}
}

func TestCommitVendorRejected(t *testing.T) {
	tests := []struct {
		name   string
		vendor npswatch.Vendor
		want   string
	}{
		{"no site", npswatch.Vendor{Name: "ACME", Claims: []npswatch.Claim{claim(npswatch.ClaimStealth, "stealth")}},
			"without site"},
		{"no site, site-wide", npswatch.Vendor{Contacts: []npswatch.Contact{contact(npswatch.ContactEmail, "a@b.example")}},
			"without site"},
		{"NUL in site", npswatch.Vendor{Site: "a.example\x00x", ShipsTo: []string{"US"}}, "NUL"},
		{"long site", npswatch.Vendor{Site: strings.Repeat("a", 2000) + ".example", ShipsTo: []string{"US"}}, "longer"},
		{"long name", npswatch.Vendor{Site: "a.example", Name: strings.Repeat("acme ", 400), ShipsTo: []string{"US"}},
			"longer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			db := MustOpen(t)
			MustRun(t, db, "r1")
			it := MustEnqueue(t, db, "r1", 0, item("https://a.example/p"))[0]
			good := npswatch.Vendor{Site: "a.example", Name: "good", ShipsFrom: []string{"CN"}}
			res := vendorPage(it, t0, good, tt.vendor)
			res.Listings = []npswatch.Listing{listingOn(it.URL, "fentanyl")}
			_, err := db.Commit(ctx, "r1", res, 0)
			if err == nil {
				t.Fatal("Commit of a bad vendor succeeded")
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), it.URL) {
				t.Errorf("error %q does not say %q and name the page", err, tt.want)
			}
			if s, _ := db.Stats(ctx); s.Vendors != 0 || s.Listings != 0 || s.Captures != 0 {
				t.Errorf("a failed Commit stored something: %+v", s)
			}
			if next, ok, err := db.Next(ctx, "r1", "a.example", nil); err != nil || !ok || next.URL != it.URL {
				t.Errorf("item not queued after a failed Commit: %v %v %v", next, ok, err)
			}
		})
	}
}

func TestCommitVendorsIdempotent(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	added := MustEnqueue(t, db, "r1", 0, item("https://a.example/1"), item("https://a.example/2"),
		item("https://a.example/3"))
	acme := func(claims ...npswatch.Claim) npswatch.Vendor {
		return npswatch.Vendor{Site: "a.example", Name: "ACME Chem", Claims: claims}
	}
	stealth, reship := claim(npswatch.ClaimStealth, "stealth"), claim(npswatch.ClaimReship, "reship")
	// The vendor is named twice on page 1: the page counts once.
	page1 := vendorPage(added[0], t0, acme(stealth), acme(reship))
	page2 := vendorPage(added[1], t0.Add(time.Minute), acme(stealth))
	mustCommit(t, db, "r1", page1, page2)
	first, err := db.Vendors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(first) != 1 || first[0].Pages != 2 || len(first[0].Claims) != 2 {
		t.Fatalf("vendors after two pages = %+v, want one of 2 pages and 2 claims", first)
	}
	// Replays, alone and together with a new page, change nothing but
	// what the new page adds.
	for range 2 {
		mustCommit(t, db, "r1", page1)
		mustCommit(t, db, "r1", page2, page1)
	}
	again, err := db.Vendors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again, first) {
		t.Errorf("replays changed the vendor:\n%+v\nwant\n%+v", again, first)
	}
	mustCommit(t, db, "r1", vendorPage(added[2], t0.Add(time.Hour), acme(stealth)), page2)
	v, err := db.Vendor(ctx, "a.example", "acme chem")
	if err != nil {
		t.Fatal(err)
	}
	if v.Pages != 3 || !v.FirstSeen.Equal(t0) || !v.LastSeen.Equal(t0.Add(time.Hour)) {
		t.Errorf("after a third page: Pages %d, seen %v–%v", v.Pages, v.FirstSeen, v.LastSeen)
	}
}

func TestForEachVendor(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	// More vendors than ForEachVendor reads in one transaction, on sites
	// whose names prefix each other, committed out of order.
	var results []*npswatch.PageResult
	var want [][2]string // site, VendorKey(name)
	sites := []string{"b.example", "a.example.org", "a.example", "a-example"}
	for i := range 300 {
		site := sites[i%len(sites)]
		name := fmt.Sprintf("Vendor %03d", 300-i)
		if i < len(sites) {
			name = "" // each site's own record
		}
		it := npswatch.QueueItem{URL: fmt.Sprintf("https://%s/v/%d", site, i), Host: site}
		results = append(results, vendorPage(it, t0, npswatch.Vendor{Site: site, Name: name, ShipsTo: []string{"US"}}))
		want = append(want, [2]string{site, npswatch.VendorKey(name)})
	}
	mustCommit(t, db, "r1", results...)
	slices.SortFunc(want, func(a, b [2]string) int {
		return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
	})

	var got [][2]string
	err := db.ForEachVendor(ctx, func(v *npswatch.Vendor) error {
		got = append(got, [2]string{v.Site, npswatch.VendorKey(v.Name)})
		if _, err := db.Vendor(ctx, v.Site, v.Name); err != nil { // fn may use the DB
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Errorf("ForEachVendor order:\n%v\nwant\n%v", got, want)
	}
	if got[0] != [2]string{"a-example", ""} {
		t.Errorf("first vendor %v, want the site record of a-example", got[0])
	}

	stop := errors.New("stop")
	n := 0
	err = db.ForEachVendor(ctx, func(*npswatch.Vendor) error {
		if n++; n == 260 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 260 {
		t.Errorf("ForEachVendor stopped after %d calls with %v, want 260 and the callback's error", n, err)
	}

	canceled, cancel := context.WithCancel(ctx)
	cancel()
	calls := map[string]error{}
	_, calls["Vendor"] = db.Vendor(canceled, "a.example", "")
	_, calls["Vendors"] = db.Vendors(canceled)
	calls["ForEachVendor"] = db.ForEachVendor(canceled, func(*npswatch.Vendor) error { return nil })
	for name, err := range calls {
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%s with a canceled context: %v", name, err)
		}
	}
}

// downgradeToV1 turns the closed database at path into a schema-version-1
// file (see downgrade).
func downgradeToV1(t *testing.T, path string) {
	t.Helper()
	downgrade(t, path, 1)
}

// fileSchema reads the closed database's schema version and whether it has
// a vendors bucket.
func fileSchema(t *testing.T, path string) (string, bool) {
	t.Helper()
	b, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var version string
	var vendors bool
	_ = b.View(func(tx *bolt.Tx) error {
		version = string(tx.Bucket([]byte("meta")).Get([]byte("schema")))
		vendors = tx.Bucket([]byte("vendors")) != nil
		return nil
	})
	return version, vendors
}

func TestMigrateV1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := storage.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	MustRun(t, db, "r1")
	added := MustEnqueue(t, db, "r1", 0, item("https://a.example/1"), item("https://a.example/2"))
	mustCommit(t, db, "r1", pageResult(added[0], t0, 2, "https://a.example/3"))
	runs, err1 := db.Runs(ctx)
	listings, err2 := db.Listings(ctx, time.Time{})
	hits, err3 := db.Hits(ctx, time.Time{})
	if err := errors.Join(err1, err2, err3, db.Close()); err != nil {
		t.Fatal(err)
	}
	downgradeToV1(t, path)
	if v, vendors := fileSchema(t, path); v != "1" || vendors {
		t.Fatalf("downgraded file has schema %q, vendors bucket %v", v, vendors)
	}

	// Read-only, a version-1 file is read as it is: no vendors.
	ro, err := storage.Open(path, &storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if s, err := ro.Stats(ctx); err != nil || s.SchemaVersion != 1 || s.Vendors != 0 || s.Listings != 2 {
		t.Errorf("read-only v1 Stats = %+v, %v", s, err)
	}
	if _, err := ro.Vendor(ctx, "a.example", ""); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("Vendor on a v1 file: %v, want ErrNotFound", err)
	}
	if vs, err := ro.Vendors(ctx); err != nil || len(vs) != 0 {
		t.Errorf("Vendors on a v1 file = %v, %v", vs, err)
	}
	// … under the ids of its time: site, page and product
	var oldListings []npswatch.Listing
	for _, l := range listings {
		l.ID = npswatch.ShortID("listing", l.Site, l.URL, l.Product)
		oldListings = append(oldListings, l)
	}
	byID := func(a, b npswatch.Listing) int { return strings.Compare(a.ID, b.ID) }
	slices.SortFunc(oldListings, byID)
	if l, err := ro.Listings(ctx, time.Time{}); err != nil || !reflect.DeepEqual(l, oldListings) {
		t.Errorf("v1 listings read-only = %v, %v\nwant %v", l, err, oldListings)
	}
	if err := errors.Join(ro.Check(ctx), ro.Close()); err != nil {
		t.Fatal(err)
	}
	if v, vendors := fileSchema(t, path); v != "1" || vendors {
		t.Fatalf("a read-only Open changed the file: schema %q, vendors bucket %v", v, vendors)
	}

	// Opened for writing, it is migrated; everything is still there.
	db = MustOpenPath(t, path, nil)
	s, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.SchemaVersion != storage.SchemaVersion || s.Runs != 1 || s.Listings != 2 || s.Hits != 2 || s.Queued != 2 {
		t.Errorf("migrated Stats = %+v", s)
	}
	gotRuns, err1 := db.Runs(ctx)
	gotListings, err2 := db.Listings(ctx, time.Time{})
	gotHits, err3 := db.Hits(ctx, time.Time{})
	if err := errors.Join(err1, err2, err3); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotRuns, runs) || !reflect.DeepEqual(gotListings, listings) || !reflect.DeepEqual(gotHits, hits) {
		t.Errorf("migration changed the records:\n%+v\n%+v\n%+v", gotRuns, gotListings, gotHits)
	}
	if rep, err := db.VerifyChain(ctx); err != nil || !rep.OK() || rep.Checked != 1 {
		t.Errorf("VerifyChain after migration = %+v, %v", rep, err)
	}
	// The crawl goes on where it was, now with vendors.
	it, ok, err := db.Next(ctx, "r1", "a.example", nil)
	if err != nil || !ok || it.URL != added[1].URL {
		t.Fatalf("Next after migration = %v %v %v", it, ok, err)
	}
	mustCommit(t, db, "r1", vendorPage(it, t0, npswatch.Vendor{Site: "a.example", ShipsFrom: []string{"CN"}}))
	if v, err := db.Vendor(ctx, "a.example", ""); err != nil || v.Pages != 1 || !slices.Equal(v.ShipsFrom, []string{"CN"}) {
		t.Errorf("Vendor after migration = %+v, %v", v, err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if v, vendors := fileSchema(t, path); v != fmt.Sprint(storage.SchemaVersion) || !vendors {
		t.Errorf("migrated file has schema %q, vendors bucket %v", v, vendors)
	}
	// Reopening a migrated file migrates nothing more.
	db = MustOpenPath(t, path, nil)
	if vs, err := db.Vendors(ctx); err != nil || len(vs) != 1 {
		t.Errorf("Vendors after reopening = %v, %v", vs, err)
	}
}

func TestOpenSchemaBuckets(t *testing.T) {
	// A file of version 4 must have the history and triage buckets, one
	// of version 3 the vendors, raw and chain buckets; one of version 1
	// must have all the others.
	tests := []struct {
		name   string
		change func(*bolt.Tx) error
	}{
		{"v3 without vendors", func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("vendors")) }},
		{"v3 without chain", func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("chain")) }},
		{"v3 without raw", func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("raw")) }},
		{"v4 without events", func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("events")) }},
		{"v4 without triage", func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("triage")) }},
		{"v4 without sightings", func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("sightings")) }},
		{"v5 without hops", func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("hops")) }},
		{"v1 without hits", func(tx *bolt.Tx) error {
			if err := tx.DeleteBucket([]byte("hits")); err != nil {
				return err
			}
			if err := tx.DeleteBucket([]byte("vendors")); err != nil {
				return err
			}
			return tx.Bucket([]byte("meta")).Put([]byte("schema"), []byte("1"))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "npswatch.db")
			db, err := storage.Open(path, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			b, err := bolt.Open(path, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := errors.Join(b.Update(tt.change), b.Close()); err != nil {
				t.Fatal(err)
			}
			for _, readOnly := range []bool{true, false} {
				db, err := storage.Open(path, &storage.Options{ReadOnly: readOnly})
				if err == nil {
					db.Close()
					t.Fatalf("Open (read-only %v) succeeded", readOnly)
				}
				if !errors.Is(err, storage.ErrSchema) {
					t.Errorf("Open (read-only %v): %v, want ErrSchema", readOnly, err)
				}
			}
		})
	}
}

func TestCheckVendors(t *testing.T) {
	good := npswatch.Vendor{Site: "a.example", Name: "ACME Chem", ShipsTo: []string{"US"}, Pages: 1, FirstSeen: t0, LastSeen: t0}
	good.SetID()
	encode := func(v npswatch.Vendor) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	noID, otherSite := good, good
	noID.ID = ""
	otherSite.Site = "b.example"
	otherSite.SetID()
	tests := []struct {
		name      string
		key, val  string
		want      string // in Check's error; "" means Check passes
		corrupt   bool   // Vendor and Vendors fail with ErrCorrupt
		lookupKey [2]string
	}{
		{"good", "a.example\x00acme chem", encode(good), "", false, [2]string{"a.example", "acme chem"}},
		{"not json", "a.example\x00acme chem", "{not json", `"a.example\x00acme chem"`, true, [2]string{"a.example", "ACME Chem"}},
		{"truncated", "a.example\x00", `{"id":"x","site":"a.exa`, `"a.example\x00"`, true, [2]string{"a.example", ""}},
		{"wrong site", "a.example\x00acme chem", encode(otherSite), "keyed", false, [2]string{"a.example", "acme chem"}},
		{"key not folded", "a.example\x00ACME Chem", encode(good), "keyed", false, [2]string{}},
		{"no id", "a.example\x00acme chem", encode(noID), "holds id", false, [2]string{"a.example", "acme chem"}},
		{"no site", "\x00acme chem", encode(npswatch.Vendor{Name: "ACME Chem"}), "no site", false, [2]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			path := filepath.Join(t.TempDir(), "npswatch.db")
			db, err := storage.Open(path, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := errors.Join(db.Check(ctx), db.Close()); err != nil {
				t.Fatalf("Check of a new database: %v", err)
			}
			b, err := bolt.Open(path, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			err = b.Update(func(tx *bolt.Tx) error {
				return tx.Bucket([]byte("vendors")).Put([]byte(tt.key), []byte(tt.val))
			})
			if err := errors.Join(err, b.Close()); err != nil {
				t.Fatal(err)
			}
			db, err = storage.Open(path, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			err = db.Check(ctx)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Check: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("Check: %v, want an error saying %s", err, tt.want)
			}
			if tt.corrupt && !errors.Is(err, storage.ErrCorrupt) {
				t.Errorf("Check: %v, want ErrCorrupt", err)
			}
			if tt.lookupKey != [2]string{} {
				_, err := db.Vendor(ctx, tt.lookupKey[0], tt.lookupKey[1])
				if tt.corrupt != errors.Is(err, storage.ErrCorrupt) {
					t.Errorf("Vendor: %v, want ErrCorrupt %v", err, tt.corrupt)
				}
				if tt.corrupt && !strings.Contains(err.Error(), fmt.Sprintf("%q", tt.key)) {
					t.Errorf("Vendor: %v does not name the key %q", err, tt.key)
				}
			}
			if _, err := db.Vendors(ctx); tt.corrupt != errors.Is(err, storage.ErrCorrupt) {
				t.Errorf("Vendors: %v, want ErrCorrupt %v", err, tt.corrupt)
			}
			if tt.corrupt {
				// Committing to a vendor whose record is damaged fails.
				MustRun(t, db, "r1")
				it := MustEnqueue(t, db, "r1", 0, item("https://a.example/p"))[0]
				v := npswatch.Vendor{Site: tt.lookupKey[0], Name: tt.lookupKey[1], ShipsTo: []string{"MX"}}
				if _, err := db.Commit(ctx, "r1", vendorPage(it, t0, v), 0); !errors.Is(err, storage.ErrCorrupt) {
					t.Errorf("Commit over a damaged vendor: %v, want ErrCorrupt", err)
				}
			}
		})
	}
}
