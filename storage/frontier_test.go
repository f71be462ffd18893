package storage_test

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

func TestEnqueueDedupeAndBudget(t *testing.T) {
	tests := []struct {
		name       string
		maxPerHost int
		batches    [][]string
		want       []string // added, over all batches, in order
		pending    map[string]int
	}{
		{
			name:    "duplicates in one batch",
			batches: [][]string{{"https://a.example/1", "https://a.example/1", "https://a.example/2"}},
			want:    []string{"https://a.example/1", "https://a.example/2"},
			pending: map[string]int{"a.example": 2},
		},
		{
			name:    "duplicates across batches",
			batches: [][]string{{"https://a.example/1"}, {"https://a.example/1", "https://b.example:8443/"}},
			want:    []string{"https://a.example/1", "https://b.example:8443/"},
			pending: map[string]int{"a.example": 1, "b.example:8443": 1},
		},
		{
			name:       "budget per host",
			maxPerHost: 2,
			batches: [][]string{{"https://a.example/1", "https://b.example/1", "https://a.example/2"},
				{"https://a.example/3", "https://b.example/2", "https://b.example/3"}},
			want:    []string{"https://a.example/1", "https://b.example/1", "https://a.example/2", "https://b.example/2"},
			pending: map[string]int{"a.example": 2, "b.example": 2},
		},
		{
			name:       "unlimited",
			maxPerHost: 0,
			batches:    [][]string{{"https://a.example/1", "https://a.example/2", "https://a.example/3"}},
			want:       []string{"https://a.example/1", "https://a.example/2", "https://a.example/3"},
			pending:    map[string]int{"a.example": 3},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			db := MustOpen(t)
			MustRun(t, db, "r1")
			var added []npswatch.QueueItem
			for _, batch := range tt.batches {
				var items []npswatch.QueueItem
				for _, u := range batch {
					items = append(items, item(u))
				}
				added = append(added, MustEnqueue(t, db, "r1", tt.maxPerHost, items...)...)
			}
			if got := urls(added); !slices.Equal(got, tt.want) {
				t.Errorf("added %v, want %v", got, tt.want)
			}
			for i, it := range added {
				if it.Host == "" || (i > 0 && it.Seq <= added[i-1].Seq) {
					t.Errorf("added[%d] = %+v: host unset or seq not increasing", i, it)
				}
				if state, ok, err := db.Seen(ctx, "r1", it.URL); err != nil || !ok || state != npswatch.PagePending {
					t.Errorf("Seen(%s) = %q, %v, %v", it.URL, state, ok, err)
				}
			}
			hosts, err := db.PendingHosts(ctx, "r1")
			if err != nil {
				t.Fatal(err)
			}
			if !maps.Equal(hosts, tt.pending) {
				t.Errorf("PendingHosts = %v, want %v", hosts, tt.pending)
			}
		})
	}
}

func TestEnqueueErrors(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	tests := []struct {
		name  string
		run   string
		items []npswatch.QueueItem
		want  error
	}{
		{"unknown run", "nope", []npswatch.QueueItem{item("https://a.example/")}, storage.ErrNotFound},
		{"empty url", "r1", []npswatch.QueueItem{item("https://a.example/ok"), item("")}, nil},
		{"no host", "r1", []npswatch.QueueItem{item("https://a.example/ok"), item("mailto:x@example.com")}, nil},
		{"huge host", "r1", []npswatch.QueueItem{{URL: "https://a.example/", Host: strings.Repeat("h", 2000)}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			added, err := db.Enqueue(ctx, tt.run, tt.items, 0)
			if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) {
				t.Fatalf("Enqueue = %v, %v; want error %v", added, err, tt.want)
			}
			if _, ok, _ := db.Seen(ctx, "r1", "https://a.example/ok"); ok {
				t.Error("a failed Enqueue marked an item seen")
			}
		})
	}
}

func TestEnqueueLongURL(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	long := "https://a.example/?q=" + strings.Repeat("x", 40<<10) // over bbolt's 32 KiB key limit
	longer := long + "y"
	added := MustEnqueue(t, db, "r1", 0, item(long), item(longer), item(long))
	if len(added) != 2 {
		t.Fatalf("added %d long URLs, want 2", len(added))
	}
	got, ok, err := db.Next(ctx, "r1", "a.example", nil)
	if err != nil || !ok || got.URL != long {
		t.Fatalf("Next = %.40q, %v, %v", got.URL, ok, err)
	}
	if _, err := db.Commit(ctx, "r1", &npswatch.PageResult{Item: got, State: npswatch.PageFailed}, 0); err != nil {
		t.Fatal(err)
	}
	if state, _, _ := db.Seen(ctx, "r1", long); state != npswatch.PageFailed {
		t.Errorf("long URL state %q", state)
	}
	if state, _, _ := db.Seen(ctx, "r1", longer); state != npswatch.PagePending {
		t.Errorf("longer URL state %q", state)
	}
}

func TestNext(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	MustRun(t, db, "r2")
	added := MustEnqueue(t, db, "r1", 0, item("https://a.example/1"), item("https://b.example/1"),
		item("https://a.example/2"), item("https://a.example/3"))
	seqA := map[string]uint64{}
	for _, it := range added {
		seqA[it.URL] = it.Seq
	}
	skipSet := func(urls ...string) func(uint64) bool {
		return func(seq uint64) bool {
			for _, u := range urls {
				if seqA[u] == seq {
					return true
				}
			}
			return false
		}
	}
	tests := []struct {
		name, run, host string
		skip            func(uint64) bool
		want            string // "" = none
	}{
		{"lowest seq", "r1", "a.example", nil, "https://a.example/1"},
		{"skip first", "r1", "a.example", skipSet("https://a.example/1"), "https://a.example/2"},
		{"skip two", "r1", "a.example", skipSet("https://a.example/1", "https://a.example/2"), "https://a.example/3"},
		{"skip all", "r1", "a.example", func(uint64) bool { return true }, ""},
		{"other host", "r1", "b.example", nil, "https://b.example/1"},
		{"unknown host", "r1", "c.example", nil, ""},
		{"other run", "r2", "a.example", nil, ""},
		{"unknown run", "nope", "a.example", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok, err := db.Next(ctx, tt.run, tt.host, tt.skip)
			if err != nil {
				t.Fatal(err)
			}
			if ok != (tt.want != "") || got.URL != tt.want {
				t.Errorf("Next = %q, %v; want %q", got.URL, ok, tt.want)
			}
			if ok && (got.Seq != seqA[got.URL] || got.Host != tt.host) {
				t.Errorf("Next item = %+v", got)
			}
		})
	}
}

func TestNextAfterCommit(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	MustEnqueue(t, db, "r1", 0, item("https://a.example/1"), item("https://a.example/2"))
	var order []string
	for {
		it, ok, err := db.Next(ctx, "r1", "a.example", nil)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		order = append(order, it.URL)
		if len(order) > 10 {
			t.Fatal("Next keeps returning committed items")
		}
		links := []string{"https://a.example/1", "https://a.example/2", "https://a.example/3"}
		if _, err := db.Commit(ctx, "r1", pageResult(it, t0, 0, links...), 0); err != nil {
			t.Fatal(err)
		}
	}
	if want := []string{"https://a.example/1", "https://a.example/2", "https://a.example/3"}; !slices.Equal(order, want) {
		t.Errorf("fetched %v, want %v", order, want)
	}
	hosts, err := db.PendingHosts(ctx, "r1")
	if err != nil || len(hosts) != 0 {
		t.Errorf("PendingHosts after the crawl = %v, %v", hosts, err)
	}
}

// TestEnqueueConcurrent checks the frontier's dedupe is atomic: crawl
// workers racing to enqueue the same links add each URL once.
func TestEnqueueConcurrent(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	var links []npswatch.QueueItem
	for i := range 200 {
		links = append(links, item(fmt.Sprintf("https://a.example/p%d", i)))
	}
	var wg sync.WaitGroup
	added := make([][]npswatch.QueueItem, 8)
	errs := make([]error, 8)
	for w := range added {
		wg.Go(func() {
			for i := range 4 { // overlapping slices, in different orders
				part := slices.Clone(links[i*40 : i*40+80])
				if w%2 == 1 {
					slices.Reverse(part)
				}
				a, err := db.Enqueue(ctx, "r1", part, 0)
				added[w] = append(added[w], a...)
				errs[w] = errors.Join(errs[w], err)
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	seqs := map[uint64]bool{}
	for _, a := range added {
		for _, it := range a {
			count[it.URL]++
			seqs[it.Seq] = true
		}
	}
	if len(count) != 200 || len(seqs) != 200 {
		t.Fatalf("%d URLs, %d seqs added, want 200 each", len(count), len(seqs))
	}
	for u, n := range count {
		if n != 1 {
			t.Errorf("%s added %d times", u, n)
		}
	}
}

// TestPageStateReason: a failed or skipped page keeps why in the visited
// set; a done page and a pending one have no reason.
func TestPageStateReason(t *testing.T) {
	db := MustOpen(t)
	ctx := context.Background()
	MustRun(t, db, "r1")
	MustEnqueue(t, db, "r1", 0, item("https://a.example/bad"), item("https://a.example/ok"), item("https://a.example/later"))
	for _, res := range []*npswatch.PageResult{
		{Item: item("https://a.example/bad"), State: npswatch.PageFailed, Reason: "parse HTML: " + strings.Repeat("é", 600)},
		{Item: item("https://a.example/ok"), State: npswatch.PageDone},
	} {
		res.Item.Host = "a.example"
		if _, err := db.Commit(ctx, "r1", res, 0); err != nil {
			t.Fatal(err)
		}
	}
	state, reason, ok, err := db.PageState(ctx, "r1", "https://a.example/bad")
	if err != nil || !ok || state != npswatch.PageFailed || !strings.HasPrefix(reason, "parse HTML: é") || len(reason) > 520 || !utf8.ValidString(reason) {
		t.Errorf("failed page: %q, %.40q (%d bytes), %v, %v", state, reason, len(reason), ok, err)
	}
	if s, _, _ := db.Seen(ctx, "r1", "https://a.example/bad"); s != npswatch.PageFailed {
		t.Errorf("Seen of a failed page with a reason = %q", s)
	}
	if state, reason, _, _ := db.PageState(ctx, "r1", "https://a.example/ok"); state != npswatch.PageDone || reason != "" {
		t.Errorf("done page: %q, %q", state, reason)
	}
	if state, reason, _, _ := db.PageState(ctx, "r1", "https://a.example/later"); state != npswatch.PagePending || reason != "" {
		t.Errorf("pending page: %q, %q", state, reason)
	}
	if err := db.Check(ctx); err != nil {
		t.Errorf("Check: %v", err)
	}
}
