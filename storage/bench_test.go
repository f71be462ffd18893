package storage_test

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/npswatch/npswatch"
)

// benchPages returns n page results shaped like a catalogue page: a 40 KB
// body, 5 listings, 2 hits and 100 links, half of them already seen.
func benchPages(n int) []*npswatch.PageResult {
	body := bytes.Repeat([]byte(`<div class="product"><h2>4-ANPP 21409-26-7</h2><p>stealth shipping</p></div>`), 520)
	pages := make([]*npswatch.PageResult, n)
	for i := range pages {
		it := npswatch.QueueItem{URL: fmt.Sprintf("https://shop.example/c/%d", i), Host: "shop.example", Seq: uint64(i + 1)}
		res := pageResult(it, t0, 5)
		res.Capture.Body = body
		res.Hits = res.Hits[:2]
		for j := range 100 {
			u := fmt.Sprintf("https://shop.example/c/%d", i+j%50)
			if j >= 50 {
				u = fmt.Sprintf("https://shop.example/p/%d-%d", i, j)
			}
			res.Links = append(res.Links, npswatch.QueueItem{URL: u, Host: "shop.example", Depth: 1})
		}
		pages[i] = res
	}
	return pages
}

func BenchmarkCommit(b *testing.B) {
	ctx := context.Background()
	db := MustOpen(b)
	MustRun(b, db, "r1")
	pages := benchPages(b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		if _, err := db.Commit(ctx, "r1", pages[i], 0); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCommitAll commits the same pages 100 to a transaction.
func BenchmarkCommitAll(b *testing.B) {
	ctx := context.Background()
	db := MustOpen(b)
	MustRun(b, db, "r1")
	pages := benchPages(b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i += 100 {
		if _, err := db.CommitAll(ctx, "r1", pages[i:min(i+100, b.N)], 0); err != nil {
			b.Fatal(err)
		}
	}
}
