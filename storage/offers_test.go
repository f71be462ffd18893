package storage_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

// offerViews returns a card of product on a catalogue page linking to the
// product's page, and the product's page itself: two views of one offer.
func offerViews(catalogue, own, product string) (card, page npswatch.Listing) {
	card = listingOn(catalogue, product)
	card.OfferURL, card.Price, card.Claims = own, "from $90", nil
	card.SetID()
	page = listingOn(own, product+" hydrochloride, 99%")
	page.OfferURL = own
	page.SetID()
	return card, page
}

// commitHits commits the hits of listings, each on its own page.
func commitHits(t *testing.T, db *storage.DB, runID string, at time.Time, ls ...npswatch.Listing) {
	t.Helper()
	for _, l := range ls {
		h := hitOf(l)
		h.OfferURL = l.OfferURL
		mustCommit(t, db, runID, &npswatch.PageResult{Item: item(l.URL + "#hits-" + runID), State: npswatch.PageDone,
			Capture: captureOf(l.URL+"#hits-"+runID, at, nil), Hits: []npswatch.Hit{h}})
	}
}

func TestOfferSeenOnTwoPages(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	card, own := offerViews("https://a.example/catalog?page=1", "https://a.example/p/npp", "NPP")
	if card.ID != own.ID {
		t.Fatalf("card %s and page %s are not one offer", card.ID, own.ID)
	}
	crawlRun(t, db, "r1", t0, 1, page{card.URL, []npswatch.Listing{card}}, page{own.URL, []npswatch.Listing{own}})
	commitHits(t, db, "r1", t0, card, own)

	views, err := db.ListingViews(ctx, own.ID)
	if err != nil || len(views) != 2 || views[0].URL != own.URL || views[1].URL != card.URL {
		t.Fatalf("ListingViews = %+v, %v; want the own page, then the card", views, err)
	}
	if l, err := db.Listing(ctx, own.ID); err != nil || l.URL != own.URL || l.Price != own.Price {
		t.Errorf("Listing = %+v, %v; want the own page's view", l, err)
	}
	all, err := db.Listings(ctx, time.Time{})
	if err != nil || len(all) != 2 {
		t.Errorf("Listings = %d views, %v; want 2 (one per page)", len(all), err)
	}
	h, err := db.Hit(ctx, hitOf(own).ID)
	if err != nil || len(h.Pages) != 2 || h.URL != own.URL || !h.FirstSeen.Equal(t0) {
		t.Errorf("Hit = %+v, %v; want one hit, seen on two pages, shown as on its own page", h, err)
	}
	if err := db.SetTriage(ctx, npswatch.TriageEntry{HitID: h.ID, Status: npswatch.TriageConfirmed}); err != nil {
		t.Error(err)
	}

	// Run 2 reads the product's page first, then the card: the views show
	// the offer differently, which is no change. Run 3 sees a new price on
	// the product's page: a change. Run 4 reaches only the catalogue: the
	// offer is still there, not gone.
	crawlRun(t, db, "r2", t0.Add(24*time.Hour), 1, page{own.URL, []npswatch.Listing{own}}, page{card.URL, []npswatch.Listing{card}})
	dearer := own
	dearer.Price = "$120"
	crawlRun(t, db, "r3", t0.Add(48*time.Hour), 1, page{card.URL, []npswatch.Listing{card}}, page{own.URL, []npswatch.Listing{dearer}})
	_, gone := crawlRun(t, db, "r4", t0.Add(72*time.Hour), 1, page{card.URL, []npswatch.Listing{card}})
	evs, err := db.ListingHistory(ctx, own.ID)
	if err != nil || len(evs) != 2 || evs[0].Kind != npswatch.ChangeNew || evs[1].Kind != npswatch.ChangeChanged ||
		evs[1].RunID != "r3" || evs[1].URL != own.URL || gone != 0 {
		t.Errorf("history %s, %v, %d gone; want new, then changed in r3 on its own page, never gone", fmtEvents(evs), err, gone)
	}
	_, gone = crawlRun(t, db, "r5", t0.Add(96*time.Hour), 1, page{"https://a.example/other", []npswatch.Listing{listingOn("https://a.example/other", "Other")}})
	if gone != 1 {
		t.Errorf("r5 showed no page of the offer: %d gone, want 1", gone)
	}
	if err := db.Check(ctx); err != nil {
		t.Error(err)
	}
}

// A catalogue's pagination shifts by one item: the items that only moved
// to another page are the same offers, neither new nor gone.
func TestPaginationShift(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	on := func(url string, products ...string) page {
		p := page{url: url}
		for _, name := range products {
			p.listings = append(p.listings, listingOn(url, name))
		}
		return p
	}
	p1, p2 := "https://a.example/list?page=1", "https://a.example/list?page=2"
	crawlRun(t, db, "r1", t0, 1, on(p1, "A", "B"), on(p2, "C", "D"))
	crawlRun(t, db, "r2", t0.Add(24*time.Hour), 1, on(p1, "B", "C"), on(p2, "D"))
	r, err := db.Run(ctx, "r2")
	if err != nil {
		t.Fatal(err)
	}
	if got := historyStats(r.Stats); got != [4]int{0, 0, 1, 0} {
		t.Errorf("run 2 new, changed, gone, reappeared = %v, want [0 0 1 0] (A gone)", got)
	}
	a := listingOn(p1, "A")
	if evs, err := db.ListingHistory(ctx, a.ID); err != nil || len(evs) != 2 || evs[1].Kind != npswatch.ChangeGone {
		t.Errorf("history of A: %s, %v", fmtEvents(evs), err)
	}
}

// A version-5 file keyed listings by page and product: migrated, a card and
// the product page it stood for become one offer with one history, and the
// hits' triage and old ids follow.
func TestMigrateV5Offers(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v5.db")
	db := MustOpenPath(t, path, nil)
	oldID := func(l npswatch.Listing) npswatch.Listing {
		l.OfferURL, l.ID = "", npswatch.ShortID("listing", l.Site, l.URL, l.Product)
		return l
	}
	// as version 5 stored them: a detail listing, and a card of it under
	// the same name; another card with no page of its own
	own := listingOn("https://a.example/p/npp", "NPP")
	own.Source = "detail"
	card := listingOn("https://a.example/catalog", "NPP")
	card.Price = "from $90"
	other := listingOn("https://a.example/catalog", "4-AP")
	own, card, other = oldID(own), oldID(card), oldID(other)
	crawlRun(t, db, "r1", t0, 1, page{card.URL, []npswatch.Listing{card, other}}, page{own.URL, []npswatch.Listing{own}})
	crawlRun(t, db, "r2", t0.Add(24*time.Hour), 1, page{own.URL, []npswatch.Listing{own}}, page{card.URL, []npswatch.Listing{card, other}})
	commitHits(t, db, "r1", t0, card, own)
	cardHit, ownHit := hitOf(card), hitOf(own)
	must(t, db.SetTriage(ctx, npswatch.TriageEntry{HitID: cardHit.ID, Status: npswatch.TriageEscalated, At: t0.Add(time.Hour)}))
	must(t, db.SetTriage(ctx, npswatch.TriageEntry{HitID: ownHit.ID, Status: npswatch.TriageConfirmed, Note: "seen", At: t0.Add(2 * time.Hour)}))
	must(t, db.Close())
	downgrade(t, path, 5)

	db = MustOpenPath(t, path, nil)
	if err := db.Check(ctx); err != nil {
		t.Fatal(err)
	}
	offer := own
	offer.OfferURL = own.URL
	offer.SetID()
	views, err := db.ListingViews(ctx, card.ID) // an old id names the offer
	if err != nil || len(views) != 2 || views[0].ID != offer.ID || views[0].URL != own.URL || views[1].OfferURL != own.URL {
		t.Fatalf("views of the card's old id: %+v, %v", views, err)
	}
	evs, err := db.ListingHistory(ctx, offer.ID)
	if err != nil || len(evs) != 1 || evs[0].Kind != npswatch.ChangeNew || evs[0].ListingID != offer.ID {
		t.Errorf("merged history %s, %v; want one new event", fmtEvents(evs), err)
	}
	o := listingOn(other.URL, "4-AP")
	if evs, err := db.ListingHistory(ctx, o.ID); err != nil || len(evs) != 1 {
		t.Errorf("history of the card with no page: %s, %v", fmtEvents(evs), err)
	}
	h, err := db.Hit(ctx, cardHit.ID)
	if err != nil || len(h.Pages) != 2 || h.ListingID != offer.ID {
		t.Fatalf("hit of the card's old id: %+v, %v", h, err)
	}
	tr, err := db.Triage(ctx, ownHit.ID)
	if err != nil || len(tr) != 2 || tr[0].Status != npswatch.TriageEscalated || tr[1].Status != npswatch.TriageConfirmed || tr[1].HitID != h.ID {
		t.Errorf("merged triage %+v, %v", tr, err)
	}
	if st, err := db.TriageStatus(ctx); err != nil || st[h.ID] != npswatch.TriageConfirmed {
		t.Errorf("TriageStatus = %v, %v", st, err)
	}
	// the next crawl carries on: the offer seen again is no news
	card.ID, own.ID = "", ""
	card.OfferURL, own.OfferURL = own.URL, own.URL
	card.SetID()
	own.SetID()
	crawlRun(t, db, "r3", t0.Add(48*time.Hour), 1, page{card.URL, []npswatch.Listing{card, o}}, page{own.URL, []npswatch.Listing{own}})
	r, _ := db.Run(ctx, "r3")
	evs, _ = db.ListingHistory(ctx, offer.ID)
	if got := historyStats(r.Stats); got != [4]int{} {
		t.Log(fmtEvents(evs))
		t.Errorf("run after the migration: new, changed, gone, reappeared = %v, want none", got)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
