package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/crawler"
	"github.com/npswatch/npswatch/notify"
	"github.com/npswatch/npswatch/notify/notifytest"
	"github.com/npswatch/npswatch/storage"
)

// fakeClock is a clock the test moves. After reports each wait it is asked
// for on waits, so a test knows the loop went to sleep, and for how long.
type fakeClock struct {
	mu      sync.Mutex
	now     time.Time
	timers  []fakeTimer
	waits   chan time.Duration
	stopped bool
}

type fakeTimer struct {
	at time.Time
	ch chan time.Time
}

func newFakeClock(now time.Time) *fakeClock {
	return &fakeClock{now: now, waits: make(chan time.Duration, 100)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	if d <= 0 {
		ch <- c.now
	} else {
		c.timers = append(c.timers, fakeTimer{c.now.Add(d), ch})
	}
	c.waits <- d
	return ch
}

// Advance moves the clock on and fires the timers that are due.
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	keep := c.timers[:0]
	for _, t := range c.timers {
		if t.at.After(c.now) {
			keep = append(keep, t)
			continue
		}
		t.ch <- c.now
	}
	c.timers = keep
}

// nextWait returns the next wait the loop asked for.
func (c *fakeClock) nextWait(t *testing.T) time.Duration {
	t.Helper()
	select {
	case d := <-c.waits:
		return d
	case <-time.After(30 * time.Second): // a hang guard, not a timing assertion
		t.Fatal("the loop never went to sleep")
		return 0
	}
}

// jobCall is one run a stubbed monitor started.
type jobCall struct {
	name, resumeID string
	at             time.Time
}

// stubJob records a finished run of the target at the clock's time, as a
// crawl would, without crawling.
func stubJob(clk clock, calls chan<- jobCall) func(context.Context, *storage.DB, *targetState, string) jobResult {
	return func(ctx context.Context, db *storage.DB, st *targetState, resumeID string) jobResult {
		now := clk.Now().UTC()
		r := &npswatch.Run{ID: storage.NewRunID(now), Started: now, Ended: now, State: npswatch.RunDone,
			Targets: []npswatch.Target{st.target}}
		if resumeID != "" {
			if err := db.UpdateRun(ctx, resumeID, func(x *npswatch.Run) error {
				x.State, x.Ended = npswatch.RunDone, now
				r = x
				return nil
			}); err != nil {
				return jobResult{err: err}
			}
		} else if err := db.PutRun(ctx, r); err != nil {
			return jobResult{err: err}
		}
		calls <- jobCall{st.target.Name, resumeID, now}
		return jobResult{run: r}
	}
}

func recvCall(t *testing.T, calls <-chan jobCall) jobCall {
	t.Helper()
	select {
	case c := <-calls:
		return c
	case <-time.After(30 * time.Second): // a hang guard, not a timing assertion
		t.Fatal("no run started")
		return jobCall{}
	}
}

// stubMonitor sets up a monitor of the targets file content with a fake
// clock at start and stubbed runs.
func stubMonitor(t *testing.T, content string, opts monitorOptions, start time.Time) (*monitor, *fakeClock, chan jobCall, *bytes.Buffer) {
	t.Helper()
	opts.targets = writeFile(t, "targets.yaml", content)
	if opts.db == "" {
		opts.db = filepath.Join(t.TempDir(), "m.db")
	}
	opts.parallel = max(opts.parallel, 1)
	opts.goneAfter = 2
	var out, errb bytes.Buffer
	m, err := newMonitor(testEnv(t, &out, &errb), opts)
	if err != nil {
		t.Fatal(err)
	}
	clk := newFakeClock(start)
	calls := make(chan jobCall, 100)
	m.clock, m.runJob = clk, stubJob(clk, calls)
	return m, clk, calls, &out
}

const loopTargets = `targets:
  - name: x
    start_urls: [https://x.example/]
    schedule: hourly
  - name: y
    start_urls: [https://y.example/]
    schedule: every 2h
  - name: z
    start_urls: [https://z.example/]
`

func TestMonitorLoopSleepsUntilDueAndStopsOnCancel(t *testing.T) {
	t0 := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	m, clk, calls, out := stubMonitor(t, loopTargets, monitorOptions{}, t0)
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- m.run(ctx) }()

	// never ran: x and y at once, z (manual) never
	for _, want := range []string{"x", "y"} {
		if c := recvCall(t, calls); c.name != want || !c.at.Equal(t0) {
			t.Fatalf("run %+v, want %s at %v", c, want, t0)
		}
	}
	if d := clk.nextWait(t); d != time.Hour {
		t.Fatalf("sleeps %v, want 1h (x is hourly)", d)
	}
	clk.Advance(time.Hour)
	if c := recvCall(t, calls); c.name != "x" || !c.at.Equal(t0.Add(time.Hour)) {
		t.Fatalf("run %+v, want x at t0+1h", c)
	}
	if d := clk.nextWait(t); d != time.Hour {
		t.Fatalf("sleeps %v, want 1h", d)
	}
	clk.Advance(time.Hour)
	for _, want := range []string{"x", "y"} {
		if c := recvCall(t, calls); c.name != want || !c.at.Equal(t0.Add(2*time.Hour)) {
			t.Fatalf("run %+v, want %s at t0+2h", c, want)
		}
	}
	if d := clk.nextWait(t); d != time.Hour {
		t.Fatalf("sleeps %v, want 1h", d)
	}
	cancel()
	if err := <-errc; err != nil {
		t.Fatalf("stopped while idle: %v, want nil", err)
	}
	if len(calls) != 0 {
		t.Errorf("%d more runs", len(calls))
	}
	for _, w := range []string{"monitor: 3 targets (2 scheduled)", "monitor: next x at 2026-11-27T11:00:00Z", "monitor: stopped"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
}

func TestMonitorLoopInterruptedRun(t *testing.T) {
	t0 := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	m, _, _, _ := stubMonitor(t, loopTargets, monitorOptions{}, t0)
	started := make(chan string, 10)
	m.runJob = func(ctx context.Context, db *storage.DB, st *targetState, _ string) jobResult {
		r := &npswatch.Run{ID: storage.NewRunID(t0), Started: t0, State: npswatch.RunRunning, Targets: []npswatch.Target{st.target}}
		if err := db.PutRun(ctx, r); err != nil {
			return jobResult{err: err}
		}
		started <- st.target.Name
		<-ctx.Done() // a crawl stops when its context is cancelled, and records that
		err := db.UpdateRun(context.WithoutCancel(ctx), r.ID, func(x *npswatch.Run) error {
			x.State = npswatch.RunInterrupted
			r = x
			return nil
		})
		return jobResult{run: r, err: errors.Join(ctx.Err(), err)}
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- m.run(ctx) }()
	if name := <-started; name != "x" {
		t.Fatalf("started %s", name)
	}
	cancel()
	err := <-errc
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("run: %v, want context.Canceled", err)
	}
	if code := exitCode(err, &env{stderr: &bytes.Buffer{}}); code != 130 {
		t.Errorf("exit code %d, want 130", code)
	}
	if len(started) != 0 {
		t.Errorf("%d more runs started after the cancel", len(started))
	}
	db, err := openDB(m.opts.db, true)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	runs, err := db.Runs(context.Background())
	if err != nil || len(runs) != 1 || runs[0].State != npswatch.RunInterrupted || runs[0].Targets[0].Name != "x" {
		t.Errorf("runs %+v, %v; want x interrupted", runs, err)
	}
}

func TestMonitorResumesInterruptedRunInItsPeriod(t *testing.T) {
	t0 := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	const oneTarget = "targets:\n  - name: x\n    start_urls: [https://x.example/]\n    schedule: every 6h\n"
	for _, tt := range []struct {
		name   string
		at     time.Duration // after the interrupted run started
		resume bool
	}{
		{"in its period: resumed", time.Hour, true},
		{"period over: started anew", 7 * time.Hour, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dbPath := filepath.Join(t.TempDir(), "r.db")
			db, err := openDB(dbPath, false)
			if err != nil {
				t.Fatal(err)
			}
			target := npswatch.Target{Name: "x", StartURLs: []string{"https://x.example/"}}
			ctx := context.Background()
			done := &npswatch.Run{ID: storage.NewRunID(t0.Add(-6 * time.Hour)), Started: t0.Add(-6 * time.Hour), State: npswatch.RunDone, Targets: []npswatch.Target{target}}
			cut := &npswatch.Run{ID: storage.NewRunID(t0), Started: t0, State: npswatch.RunInterrupted, Targets: []npswatch.Target{target}}
			if err := errors.Join(db.PutRun(ctx, done), db.PutRun(ctx, cut)); err != nil {
				t.Fatal(err)
			}
			db.Close()
			m, _, calls, out := stubMonitor(t, oneTarget, monitorOptions{db: dbPath, once: true}, t0.Add(tt.at))
			if err := m.run(ctx); err != nil {
				t.Fatal(err)
			}
			c := recvCall(t, calls)
			if got := c.resumeID == cut.ID; got != tt.resume || (!tt.resume && c.resumeID != "") {
				t.Errorf("resumeID %q, want resumed=%v (interrupted run %s)", c.resumeID, tt.resume, cut.ID)
			}
			if !strings.Contains(out.String(), "next x: ") {
				t.Errorf("output:\n%s", out)
			}
		})
	}
}

func TestMonitorParallelNeverSameTargetOrHostTwice(t *testing.T) {
	const content = `targets:
  - name: x
    start_urls: [https://a.example/x]
    schedule: hourly
  - name: y
    start_urls: [https://b.example/]
    schedule: hourly
  - name: w
    start_urls: [https://www.a.example/w]
    schedule: hourly
`
	m, clk, _, _ := stubMonitor(t, content, monitorOptions{once: true, parallel: 2}, time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC))
	var mu sync.Mutex
	running := map[string]bool{}
	var violations []string
	release := map[string]chan struct{}{"x": make(chan struct{}), "y": make(chan struct{}), "w": make(chan struct{})}
	started := make(chan string, 10)
	inner := stubJob(clk, make(chan jobCall, 10))
	m.runJob = func(ctx context.Context, db *storage.DB, st *targetState, id string) jobResult {
		name := st.target.Name
		mu.Lock()
		if running[name] {
			violations = append(violations, name+" twice at once")
		}
		running[name] = true
		if len(running) > 2 {
			violations = append(violations, fmt.Sprintf("%d at once", len(running)))
		}
		if running["x"] && running["w"] {
			violations = append(violations, "x and w (one host) at once")
		}
		mu.Unlock()
		started <- name
		<-release[name]
		mu.Lock()
		delete(running, name)
		mu.Unlock()
		return inner(ctx, db, st, id)
	}
	errc := make(chan error, 1)
	go func() { errc <- m.run(context.Background()) }()
	first := map[string]bool{<-started: true, <-started: true}
	if !first["x"] || !first["y"] {
		t.Fatalf("first two runs %v, want x and y (w shares x's host)", first)
	}
	close(release["y"]) // y ends first: w must still wait for x
	close(release["x"])
	if s := <-started; s != "w" {
		t.Fatalf("third run %s, want w", s)
	}
	close(release["w"])
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	if len(violations) > 0 {
		t.Error(violations)
	}
}

func TestMonitorUsage(t *testing.T) {
	noSched := writeFile(t, "manual.yaml", "targets:\n  - name: a\n    start_urls: [https://a.example/]\n")
	sched := writeFile(t, "s.yaml", "targets:\n  - name: a\n    start_urls: [https://a.example/]\n    schedule: hourly\n")
	for _, tt := range []struct {
		args []string
		msg  string
	}{
		{nil, "give --targets FILE"},
		{[]string{"--targets", sched, "extra"}, "takes no arguments"},
		{[]string{"--targets", sched, "--parallel", "0"}, "--parallel 0"},
		{[]string{"--targets", sched, "--gone-after", "0"}, "--gone-after 0"},
		{[]string{"--targets", sched, "--notify", "ftp://hook.example/"}, "--notify"},
		{[]string{"--targets", sched, "--log-level", "loud"}, "--log-level"},
		{[]string{"--targets", noSched}, "no target in"},
		{[]string{"--targets", "/nonexistent.yaml"}, "targets file"},
	} {
		_, errOut, code := runCmd(t, runMonitor, tt.args...)
		if code != 2 || !strings.Contains(errOut, tt.msg) {
			t.Errorf("monitor %q: exit %d, stderr %q; want 2 mentioning %q", tt.args, code, errOut, tt.msg)
		}
	}
	// --once with nothing scheduled is fine: nothing is due
	db := filepath.Join(t.TempDir(), "u.db")
	out, errOut, code := runCmd(t, runMonitor, "--once", "--targets", noSched, "--db", db)
	if code != 0 || !strings.Contains(out, "nothing due") || !strings.Contains(out, "next a: manual") {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
}

// monitorTargets writes a targets file of the test marketplace at srv.
func monitorTargets(t *testing.T, name, srv string, targets ...string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("timezone: Europe/Vienna\ntargets:\n")
	for _, tg := range targets {
		b.WriteString(strings.ReplaceAll(tg, "SRV", srv))
	}
	return writeFile(t, name, b.String())
}

const (
	targetA = "  - name: a\n    start_urls: [SRV/]\n    depth: 1\n    rate: 100\n    schedule: every 1h\n"
	targetB = "  - name: b\n    start_urls: [SRV/product/6]\n    depth: 0\n    rate: 100\n    schedule: daily at 03:00\n    tags: [b2b]\n    notes: carfentanil page\n"
	targetM = "  - name: m\n    start_urls: [SRV/product/2]\n    depth: 0\n    rate: 100\n    schedule: manual\n"
)

func storedRuns(t *testing.T, path string) []npswatch.Run {
	t.Helper()
	db, err := openDB(path, true)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	runs, err := db.Runs(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return runs
}

func TestMonitorOnceRunsOnlyDueTargets(t *testing.T) {
	var n atomic.Int64
	srv := marketplace(t, 0, &n)
	db := filepath.Join(t.TempDir(), "mon.db")
	onlyA := monitorTargets(t, "a.yaml", srv.URL, targetA)
	all := monitorTargets(t, "all.yaml", srv.URL, targetA, targetB, targetM)

	// a was crawled a moment ago (by hand): only b is due, m is manual;
	// b's carfentanil hit is not new (a's crawl reached its page)
	if out, errOut, code := runCLI(t, "crawl", "--db", db, "--targets", onlyA); code != 0 {
		t.Fatalf("crawl: exit %d\n%s\n%s", code, out, errOut)
	}
	out, errOut, code := runCmd(t, runMonitor, "--once", "--targets", all, "--db", db)
	if code != 0 {
		t.Fatalf("monitor --once: exit %d\n%s\n%s", code, out, errOut)
	}
	for _, w := range []string{"ran b: run ", " done: fetched 1, failed 0", "0 new high/critical", "next a: ", "(hourly)",
		"next b: ", "(daily at 03:00)", "next m: manual"} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	if strings.Contains(out, "ran a:") || strings.Contains(out, "ran m:") {
		t.Errorf("ran a target that was not due:\n%s", out)
	}
	runs := storedRuns(t, db)
	if len(runs) != 2 {
		t.Fatalf("%d runs, want the crawl and b's", len(runs))
	}
	b := runs[0] // newest first
	if b.State != npswatch.RunDone || len(b.Targets) != 1 || b.Targets[0].Name != "b" || b.Targets[0].Schedule != "daily at 03:00" ||
		strings.Join(b.Targets[0].Tags, ",") != "b2b" || b.Targets[0].Notes != "carfentanil page" || b.Stats.Fetched != 1 {
		t.Errorf("b's run recorded as %+v", b)
	}
	// b's next run is tomorrow 03:00 Vienna time, printed in that zone
	loc, _ := time.LoadLocation("Europe/Vienna")
	next := b.Started.In(loc).AddDate(0, 0, 1)
	if b.Started.In(loc).Hour() < 3 {
		next = b.Started.In(loc)
	}
	want := time.Date(next.Year(), next.Month(), next.Day(), 3, 0, 0, 0, loc).Format(time.RFC3339)
	if !strings.Contains(out, "next b: "+want+" (daily at 03:00)") {
		t.Errorf("output lacks b's next run %s:\n%s", want, out)
	}

	// right after, nothing is due
	before := n.Load()
	out, errOut, code = runCmd(t, runMonitor, "--once", "--targets", all, "--db", db)
	if code != 0 || !strings.Contains(out, "nothing due") || strings.Contains(out, "ran ") {
		t.Fatalf("second monitor --once: exit %d\n%s\n%s", code, out, errOut)
	}
	if got := len(storedRuns(t, db)); got != 2 || n.Load() != before {
		t.Errorf("second --once: %d runs, %d requests; want no run and no request", got, n.Load()-before)
	}
}

// monitorOnce runs monitor --once with a webhook, backoff waits skipped, at
// the clock's time when clk is set.
func monitorOnce(t *testing.T, targets, db, hook string, clk clock) string {
	t.Helper()
	var out, errb bytes.Buffer
	m, err := newMonitor(testEnv(t, &out, &errb), monitorOptions{targets: targets, db: db, once: true, parallel: 1,
		goneAfter: 2, notify: hook, userAgent: crawler.DefaultUserAgent, timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	m.notifier.Sleep = func(ctx context.Context, _ time.Duration) error { return ctx.Err() }
	if clk != nil {
		m.clock = clk
	}
	if err := m.run(context.Background()); err != nil {
		t.Fatalf("monitor --once: %v\n%s\n%s", err, &out, &errb)
	}
	return out.String()
}

func decodePayload(t *testing.T, b []byte) notify.Payload {
	t.Helper()
	var p notify.Payload
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatalf("payload %s: %v", b, err)
	}
	return p
}

func TestMonitorNotifies(t *testing.T) {
	var n atomic.Int64
	srv := marketplace(t, 0, &n)
	targets := monitorTargets(t, "t.yaml", srv.URL, strings.ReplaceAll(targetA, "name: a", "name: shop")+"    tags: [b2b, precursors]\n")
	db := filepath.Join(t.TempDir(), "notify.db")
	recv := notifytest.NewReceiver(t)

	out := monitorOnce(t, targets, db, recv.URL+"/hook", nil)
	if !strings.Contains(out, "ran shop: ") || !strings.Contains(out, "; notified") {
		t.Fatalf("output:\n%s", out)
	}
	bodies, headers := recv.Received()
	if len(bodies) != 1 || headers[0].Get("Content-Type") != "application/json" || !strings.HasPrefix(headers[0].Get("User-Agent"), "npswatch/") {
		t.Fatalf("%d requests, headers %v", len(bodies), headers)
	}
	p := decodePayload(t, bodies[0])
	runs := storedRuns(t, db)
	if p.RunID != runs[0].ID || p.Target != "shop" || strings.Join(p.Tags, ",") != "b2b,precursors" || p.State != "done" ||
		!p.Started.Equal(runs[0].Started) || p.Ended.IsZero() || p.Stats.Fetched == 0 || p.Stats.Hits == 0 {
		t.Errorf("payload %+v; run %+v", p, runs[0])
	}
	subs := map[string]bool{}
	reship := false
	for i, h := range p.NewHits {
		if h.ID == "" || h.URL == "" || h.Product == "" || h.Substance.ID == "" || h.Match.Kind == "" || h.Match.Confidence == 0 || h.Claims == nil {
			t.Errorf("hit %d incomplete: %+v", i, h)
		}
		if h.Substance.Severity != "critical" && h.Substance.Severity != "high" {
			t.Errorf("hit of severity %q in the alert: %+v", h.Substance.Severity, h)
		}
		if i > 0 && h.Substance.Severity == "critical" && p.NewHits[i-1].Substance.Severity == "high" {
			t.Errorf("critical hit after a high one")
		}
		subs[h.Substance.ID] = true
		if strings.HasSuffix(h.URL, "/product/0") && strings.Contains(strings.Join(h.Claims, ","), "reship") {
			reship = true
		}
	}
	if !subs["carfentanil"] || !subs["npp"] || subs["xylazine"] || p.NewHits[0].Substance.Severity != "critical" || !reship {
		t.Errorf("new hits %v (reship claim on NPP: %v); want carfentanil first, npp, no xylazine (medium)", subs, reship)
	}

	// seven hours on the target is due again; its hits are not new any more
	clk := newFakeClock(time.Now().Add(7 * time.Hour))
	out = monitorOnce(t, targets, db, recv.URL+"/hook", clk)
	bodies, _ = recv.Received()
	if len(bodies) != 2 || !strings.Contains(out, "0 new high/critical; notified") {
		t.Fatalf("%d requests; output:\n%s", len(bodies), out)
	}
	if p2 := decodePayload(t, bodies[1]); p2.RunID == p.RunID || p2.NewHits == nil || len(p2.NewHits) != 0 ||
		!strings.Contains(string(bodies[1]), `"new_hits":[]`) {
		t.Errorf("second payload %s", bodies[1])
	}
}

func TestMonitorSpoolsWhenReceiverDown(t *testing.T) {
	var n atomic.Int64
	srv := marketplace(t, 0, &n)
	targets := monitorTargets(t, "t.yaml", srv.URL, targetB)
	db := filepath.Join(t.TempDir(), "spool.db")

	out := monitorOnce(t, targets, db, notifytest.DeadURL(t), nil)
	runs := storedRuns(t, db)
	file := filepath.Join(db+".notify-spool", runs[0].ID+".json")
	if !strings.Contains(out, "ran b: ") || !strings.Contains(out, "notification failed") || !strings.Contains(out, file) {
		t.Fatalf("output:\n%s", out)
	}
	spooled, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("not spooled: %v", err)
	}
	if p := decodePayload(t, spooled); p.RunID != runs[0].ID || len(p.NewHits) != 1 || p.NewHits[0].Substance.ID != "carfentanil" {
		t.Errorf("spooled payload %s", spooled)
	}

	// the next monitor, receiver up: nothing is due, the spooled payload is sent first
	recv := notifytest.NewReceiver(t)
	out = monitorOnce(t, targets, db, recv.URL, nil)
	bodies, _ := recv.Received()
	if !strings.Contains(out, "1 spooled notifications sent") || !strings.Contains(out, "nothing due") || len(bodies) != 1 ||
		!bytes.Equal(bodies[0], spooled) {
		t.Fatalf("%d requests; output:\n%s", len(bodies), out)
	}
	if _, err := os.Stat(file); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("spool file still there: %v", err)
	}
}

func TestMonitorFinishesRunsForGoneListings(t *testing.T) {
	var shown atomic.Int64 // products on the catalogue
	shown.Store(3)
	names := []string{"N-Phenethyl-4-piperidone", "4-ANPP", "Benzyl chloride"}
	cas := []string{"39742-60-4", "21409-26-7", "100-44-7"}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, "<html><head><title>Shop</title></head><body><table><tr><th>Product Name</th><th>CAS No.</th><th>Price</th></tr>")
		for i := range int(shown.Load()) {
			fmt.Fprintf(w, "<tr><td>%s</td><td>%s</td><td>$%d</td></tr>", names[i], cas[i], 10+i)
		}
		fmt.Fprint(w, "</table></body></html>")
	}))
	t.Cleanup(srv.Close)
	targets := monitorTargets(t, "t.yaml", srv.URL, "  - name: shop\n    start_urls: [SRV/]\n    depth: 0\n    rate: 100\n    schedule: every 6h\n")
	db := filepath.Join(t.TempDir(), "gone.db")
	once := func(clk clock) string {
		var out, errb bytes.Buffer
		m, err := newMonitor(testEnv(t, &out, &errb), monitorOptions{targets: targets, db: db, once: true, parallel: 1,
			goneAfter: 1, userAgent: crawler.DefaultUserAgent, timeout: 10 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		if clk != nil {
			m.clock = clk
		}
		if err := m.run(context.Background()); err != nil {
			t.Fatalf("%v\n%s\n%s", err, &out, &errb)
		}
		return out.String()
	}
	if out := once(nil); !strings.Contains(out, "; 0 gone; 3 listings") {
		t.Fatalf("first run:\n%s", out)
	}
	shown.Store(1)
	if out := once(newFakeClock(time.Now().Add(7 * time.Hour))); !strings.Contains(out, "; 2 gone; 1 listings") {
		t.Fatalf("second run, two products removed, --gone-after 1:\n%s", out)
	}
	if runs := storedRuns(t, db); len(runs) != 2 || runs[0].Stats.Gone != 2 {
		t.Errorf("runs %+v", runs)
	}
}
