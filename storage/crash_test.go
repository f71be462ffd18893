package storage_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

// A synthetic site of crashPages pages over three hosts, whose content
// depends only on the URL, crawled in an order that depends only on the
// database: a crawl resumed after a SIGKILL must end where an uninterrupted
// one does.
const (
	crashPages  = 300
	crashBudget = 90 // per host; bites, so the budget counters must survive too
	crashRun    = "crash-run"
	crashEnv    = "NPSWATCH_STORAGE_CRASH_DB"
)

func crashURL(k int) string { return fmt.Sprintf("https://h%d.example/p%d", k%3, k) }

func crashPage(it npswatch.QueueItem) *npswatch.PageResult {
	path, _, _ := strings.Cut(it.URL, "?")
	i, err := strconv.Atoi(path[strings.LastIndex(path, "/p")+2:])
	if err != nil {
		panic(fmt.Sprintf("crash site: bad URL %q: %v", it.URL, err))
	}
	at := t0.Add(time.Duration(i) * time.Second)
	res := &npswatch.PageResult{Item: it, State: npswatch.PageDone,
		Capture: &npswatch.Capture{ID: npswatch.ShortID("capture", it.URL), URL: it.URL, Status: 200,
			FetchedAt: at, Body: fmt.Appendf(nil, "<html>page %d</html>", i)}}
	switch {
	case i%11 == 5:
		res.State, res.Capture.Status, res.Capture.Error = npswatch.PageFailed, 500, "server error"
	case i%13 == 6:
		res.State, res.Capture.Status = npswatch.PageFailed, 429
	default:
		for j := range i % 3 {
			l := listingOn(crashURL(i), fmt.Sprintf("product %d", j))
			res.Listings = append(res.Listings, l)
			if (i+j)%2 == 0 {
				res.Hits = append(res.Hits, hitOf(l))
			}
		}
	}
	for _, k := range []int{2*i + 1, 3*i + 2, i*i + 7, i + 1} {
		u := crashURL(k % crashPages)
		if i%7 == 0 {
			u += "?ref=a"
		}
		res.Links = append(res.Links, npswatch.QueueItem{URL: u, Depth: it.Depth + 1, Parent: it.URL})
	}
	if i%5 == 0 {
		res.Aliases = []string{crashURL(i) + "?ref=a"}
	}
	return res
}

// crawlSite starts (or resumes) the crawl and runs it to the end, calling
// onCommit after every page.
func crawlSite(ctx context.Context, db *storage.DB, onCommit func()) error {
	if _, err := db.Run(ctx, crashRun); errors.Is(err, storage.ErrNotFound) {
		err = db.PutRun(ctx, &npswatch.Run{ID: crashRun, Started: t0, State: npswatch.RunRunning})
		if err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	if _, err := db.Enqueue(ctx, crashRun, []npswatch.QueueItem{{URL: crashURL(0)}}, crashBudget); err != nil {
		return err
	}
	for {
		// The next page is the lowest Seq of all hosts: the order is a
		// function of the stored frontier, so a resumed crawl takes the
		// same path (with a budget, order decides which URLs get in).
		hosts, err := db.PendingHosts(ctx, crashRun)
		if err != nil || len(hosts) == 0 {
			return err
		}
		var next npswatch.QueueItem
		for host := range hosts {
			it, ok, err := db.Next(ctx, crashRun, host, nil)
			if err != nil {
				return err
			}
			if !ok {
				return fmt.Errorf("host %s has %d pending but Next found none", host, hosts[host])
			}
			if next.URL == "" || it.Seq < next.Seq {
				next = it
			}
		}
		if _, err := db.Commit(ctx, crashRun, crashPage(next), crashBudget); err != nil {
			return err
		}
		onCommit()
	}
}

// TestCrashHelper is the crawl process TestCrashResume kills; it does
// nothing unless started by it.
func TestCrashHelper(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("runs as a child of TestCrashResume")
	}
	db, err := storage.Open(path, &storage.Options{Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	err = crawlSite(context.Background(), db, func() {
		n++
		fmt.Fprintf(os.Stdout, "committed %d\n", n)
	})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(os.Stdout, "finished")
}

func TestCrashResume(t *testing.T) {
	ctx := context.Background()
	ref := MustOpen(t)
	if err := crawlSite(ctx, ref, func() {}); err != nil {
		t.Fatal(err)
	}

	path := filepath.Join(t.TempDir(), "crash.db")
	for round, after := range []int{8, 12, 16, 20, 24, 28} {
		killAfter(t, path, after, round)
	}
	db := MustOpenPath(t, path, nil)
	if err := db.Check(ctx); err != nil {
		t.Fatalf("database inconsistent after SIGKILL: %v", err)
	}
	if hosts, err := db.PendingHosts(ctx, crashRun); err != nil || len(hosts) == 0 {
		t.Fatalf("nothing pending after the kills (%v): the crawl was not interrupted", err)
	}
	if err := crawlSite(ctx, db, func() {}); err != nil {
		t.Fatal(err)
	}

	wantL, err1 := ref.Listings(ctx, time.Time{})
	gotL, err2 := db.Listings(ctx, time.Time{})
	wantH, err3 := ref.Hits(ctx, time.Time{})
	gotH, err4 := db.Hits(ctx, time.Time{})
	wantR, err5 := ref.Run(ctx, crashRun)
	gotR, err6 := db.Run(ctx, crashRun)
	if err := errors.Join(err1, err2, err3, err4, err5, err6); err != nil {
		t.Fatal(err)
	}
	if len(wantL) < 50 || len(wantH) < 25 {
		t.Fatalf("reference crawl too small: %d listings, %d hits", len(wantL), len(wantH))
	}
	if !reflect.DeepEqual(gotL, wantL) {
		t.Errorf("resumed crawl: %d listings, uninterrupted: %d, or they differ", len(gotL), len(wantL))
	}
	if !reflect.DeepEqual(gotH, wantH) {
		t.Errorf("resumed crawl: %d hits, uninterrupted: %d, or they differ", len(gotH), len(wantH))
	}
	if gotR.Stats != wantR.Stats {
		t.Errorf("resumed run stats %+v, uninterrupted %+v", gotR.Stats, wantR.Stats)
	}
	// Replayed pages add no history: one new event per offer, as in the
	// uninterrupted crawl.
	wantE, err1 := ref.Events(ctx, time.Time{})
	gotE, err2 := db.Events(ctx, time.Time{})
	if err := errors.Join(err1, err2); err != nil {
		t.Fatal(err)
	}
	offers := map[string]bool{} // the listings are views of offers, one or more pages each
	for _, l := range wantL {
		offers[l.ID] = true
	}
	if !reflect.DeepEqual(gotE, wantE) || len(wantE) != len(offers) || gotR.Stats.New != len(offers) {
		t.Errorf("resumed crawl: %d events (%d new), uninterrupted: %d, for %d offers", len(gotE), gotR.Stats.New, len(wantE), len(offers))
	}
	// Replayed pages keep their place in the hash chain: the resumed
	// crawl's chain is the uninterrupted one's, hash for hash.
	wantHead, err1 := ref.ChainHead(ctx)
	gotHead, err2 := db.ChainHead(ctx)
	rep, err3 := db.VerifyChain(ctx)
	if err := errors.Join(err1, err2, err3); err != nil {
		t.Fatal(err)
	}
	if gotHead != wantHead || wantHead.Seq == 0 {
		t.Errorf("resumed crawl's chain head %+v, uninterrupted %+v", gotHead, wantHead)
	}
	if !rep.OK() || rep.Checked != int(wantHead.Seq) {
		t.Errorf("VerifyChain after the resumed crawl = %+v", rep)
	}
}

// killAfter runs the crawl in a child process over the database at path
// and kills it with SIGKILL at a random moment (within 2ms) after it
// reports n more committed pages, so that kills land anywhere in a Commit.
func killAfter(t *testing.T, path string, n, round int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	seen, finished := 0, false
	for seen < n && sc.Scan() {
		switch line := sc.Text(); {
		case strings.HasPrefix(line, "committed "):
			seen++
		case line == "finished":
			finished = true
		}
	}
	time.Sleep(rand.N(2 * time.Millisecond)) // picks the kill point, proves nothing about speed
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait() // killed: the error is expected
	if seen < n || finished {
		t.Fatalf("round %d: the child crawl ended before it was killed (%d commits): %s", round, seen, stderr.String())
	}
}
