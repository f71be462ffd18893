package storage_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

func ExampleOpen() {
	dir, err := os.MkdirTemp("", "npswatch-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "npswatch.db")

	db, err := storage.Open(path, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	// A second writer waits Options.Timeout for the lock, then gives up.
	_, err = storage.Open(path, &storage.Options{Timeout: 10 * time.Millisecond})
	fmt.Println(errors.Is(err, storage.ErrLocked))

	s, err := db.Stats(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(s.SchemaVersion, s.Runs, s.Hits)
	// Output:
	// true
	// 6 0 0
}

func ExampleDB_Commit() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "npswatch-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	db, err := storage.Open(filepath.Join(dir, "npswatch.db"), nil)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	started := time.Date(2026, 11, 27, 5, 0, 0, 0, time.UTC)
	run := &npswatch.Run{ID: storage.NewRunID(started), Started: started, State: npswatch.RunRunning}
	if err := db.PutRun(ctx, run); err != nil {
		log.Fatal(err)
	}
	start := npswatch.QueueItem{URL: "https://shop.example/", Host: "shop.example"}
	if _, err := db.Enqueue(ctx, run.ID, []npswatch.QueueItem{start}, 1000); err != nil {
		log.Fatal(err)
	}

	// The crawler takes the next item of a host, fetches and processes it...
	it, ok, err := db.Next(ctx, run.ID, "shop.example", nil)
	if err != nil || !ok {
		log.Fatal(ok, err)
	}
	listing := npswatch.Listing{URL: it.URL, Site: "shop.example", Product: "Fentanyl citrate",
		CAS: []string{"990-73-8"}}
	listing.SetID()
	hit := npswatch.Hit{URL: it.URL, Site: "shop.example", Product: listing.Product, ListingID: listing.ID,
		Substance: npswatch.SubstanceRef{ID: "fentanyl", Name: "Fentanyl"},
		Match:     npswatch.Match{Kind: npswatch.MatchCAS, Term: "990-73-8", Confidence: 1}}
	hit.SetID()
	res := &npswatch.PageResult{
		Item:  it,
		State: npswatch.PageDone,
		Capture: &npswatch.Capture{ID: "c1", URL: it.URL, Status: 200,
			FetchedAt: started.Add(time.Second), Body: []byte("<html>…</html>")},
		Listings: []npswatch.Listing{listing},
		Hits:     []npswatch.Hit{hit},
		Links: []npswatch.QueueItem{
			{URL: "https://shop.example/p/1", Host: "shop.example", Depth: 1},
			{URL: "https://shop.example/", Host: "shop.example", Depth: 1}, // already seen
		},
	}
	// ...and commits everything the page produced in one transaction.
	added, err := db.Commit(ctx, run.ID, res, 1000)
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range added {
		fmt.Println("queued", a.URL)
	}
	err = db.ForEachHit(ctx, started, func(h *npswatch.Hit) error {
		fmt.Println("hit", h.Product, h.Match.Term, h.FirstSeen.Format(time.RFC3339))
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	r, err := db.Run(ctx, run.ID)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("fetched %d, hits %d\n", r.Stats.Fetched, r.Stats.Hits)
	// Output:
	// queued https://shop.example/p/1
	// hit Fentanyl citrate 990-73-8 2026-11-27T05:00:01Z
	// fetched 1, hits 1
}

func ExampleDB_VerifyChain() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "npswatch-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	db, err := storage.Open(filepath.Join(dir, "npswatch.db"), nil)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	at := time.Date(2026, 11, 27, 5, 0, 0, 0, time.UTC)
	if err := db.PutRun(ctx, &npswatch.Run{ID: "r1", Started: at, State: npswatch.RunRunning}); err != nil {
		log.Fatal(err)
	}
	for i, u := range []string{"https://shop.example/", "https://shop.example/p/1"} {
		res := &npswatch.PageResult{Item: npswatch.QueueItem{URL: u}, State: npswatch.PageDone,
			Capture: &npswatch.Capture{ID: fmt.Sprint("c", i), URL: u, Status: 200, FetchedAt: at,
				Body:        []byte("<html>…</html>"),
				RawRequest:  []byte("GET / HTTP/1.1\r\nHost: shop.example\r\n\r\n"),
				RawResponse: []byte("HTTP/1.1 200 OK\r\nContent-Length: 16\r\n\r\n<html>…</html>")}}
		if _, err := db.Commit(ctx, "r1", res, 0); err != nil {
			log.Fatal(err)
		}
	}
	c, err := db.Capture(ctx, "c1")
	if err != nil {
		log.Fatal(err)
	}
	head, err := db.ChainHead(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.Seq, c.RecordHash == head.Hash, len(c.RawResponse))

	rep, err := db.VerifyChain(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(rep.Checked, rep.OK())
	// Output:
	// 2 true 55
	// 2 true
}

func ExampleDB_FinishRun() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "npswatch-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	db, err := storage.Open(filepath.Join(dir, "npswatch.db"), nil)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	offer := func(product, price string) npswatch.Listing {
		l := npswatch.Listing{URL: "https://shop.example/", Site: "shop.example", Product: product, Price: price}
		l.SetID()
		return l
	}
	// Two daily runs of the same shop: the second finds one price changed
	// and one offer taken down.
	days := [][]npswatch.Listing{
		{offer("4-ANPP", "$200"), offer("Isotonitazene", "$350")},
		{offer("4-ANPP", "$180")},
	}
	for i, listings := range days {
		start := time.Date(2026, 11, 27+i, 5, 0, 0, 0, time.UTC)
		run := &npswatch.Run{ID: fmt.Sprint("day", i+1), Started: start, Ended: start.Add(time.Hour), State: npswatch.RunDone}
		if err := db.PutRun(ctx, run); err != nil {
			log.Fatal(err)
		}
		res := &npswatch.PageResult{Item: npswatch.QueueItem{URL: "https://shop.example/"}, State: npswatch.PageDone,
			Capture:  &npswatch.Capture{ID: fmt.Sprint("c", i), URL: "https://shop.example/", Status: 200, FetchedAt: start},
			Listings: listings}
		if _, err := db.Commit(ctx, run.ID, res, 0); err != nil {
			log.Fatal(err)
		}
		// Gone as soon as one finished run of its site does not see it.
		if _, err := db.FinishRun(ctx, run.ID, 1); err != nil {
			log.Fatal(err)
		}
	}
	err = db.ForEachEvent(ctx, time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC), func(ev *npswatch.ListingEvent) error {
		l, err := db.Listing(ctx, ev.ListingID)
		if err != nil {
			return err
		}
		fmt.Println(ev.At.Format(time.DateTime), ev.RunID, l.Product, ev.Kind, ev.Fields)
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	r, err := db.Run(ctx, "day2")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("new %d, changed %d, gone %d\n", r.Stats.New, r.Stats.Changed, r.Stats.Gone)
	// Output:
	// 2026-11-28 05:00:00 day2 4-ANPP changed [price]
	// 2026-11-28 06:00:00 day2 Isotonitazene gone []
	// new 0, changed 1, gone 1
}
