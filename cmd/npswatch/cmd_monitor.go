package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/crawler"
	"github.com/npswatch/npswatch/notify"
	"github.com/npswatch/npswatch/storage"
	"github.com/npswatch/npswatch/targets"
)

// clock is the monitor's time source; tests inject a fake one.
type clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type realClock struct{}

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// monitorOptions is what monitor is told on the command line.
type monitorOptions struct {
	targets    string
	db         string
	once       bool
	parallel   int
	goneAfter  int
	alertAfter int
	notify     string
	userAgent  string
	timeout    time.Duration
	logLevel   slog.Level
}

// monitor runs the scheduled targets of a targets file, each as its own
// crawl run recorded under the target's name.
type monitor struct {
	e        *env // output streams safe for the parallel runs
	opts     monitorOptions
	set      *targets.Set
	states   []*targetState
	clock    clock
	log      *slog.Logger
	notifier *notify.Notifier // nil without --notify
	dbs      *dbHolder

	// runJob runs one target in db; crawlTarget unless a test stubs it.
	runJob func(ctx context.Context, db *storage.DB, st *targetState, resumeID string) jobResult
	// retryDelay is how long a target whose run failed (not interrupted)
	// waits before the next attempt; the database locked by a crawl, say.
	retryDelay time.Duration
}

// targetState is what the monitor knows of one target. Only the loop's
// goroutine touches it; a run's goroutine reads target and sched.
type targetState struct {
	target  npswatch.Target
	sched   targets.Schedule
	hosts   []string      // its scope's hosts: targets sharing one never run at once
	last    time.Time     // start of its newest finished run; zero = never ran
	pending *npswatch.Run // its newest run when that is unfinished (interrupted, killed): resumed while in its period
	retryAt time.Time     // after a failed attempt, not before
	active  bool
}

// jobResult is how one run of a target ended.
type jobResult struct {
	st  *targetState
	run *npswatch.Run // nil when no run was recorded
	err error
}

func runMonitor(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "monitor", "--targets FILE [--db FILE] [--once] [--parallel N] [--notify URL] [--gone-after N] [--alert-after N]")
	targets := fs.String("targets", "", "YAML targets `file` whose targets have a schedule (see seeds/targets.example.yaml)")
	db := dbFlag(fs, e)
	once := fs.Bool("once", false, "run the targets due now, print what ran and what is next, and exit (for cron or systemd timers)")
	parallel := fs.Int("parallel", 1, "run up to `N` targets at once (targets that share a host never run at once)")
	notify := fs.String("notify", "", "POST a JSON summary of each run to this webhook `URL` (the only other host contacted)")
	goneAfter := fs.Int("gone-after", 2, "a listing not seen in `N` finished runs of its site in a row is gone")
	alertAfter := fs.Int("alert-after", 3, "alert when a target could fetch no page in `N` runs in a row (and every N runs while it stays down)")
	ua := fs.String("user-agent", crawler.DefaultUserAgent, "User-Agent `string` sent to every site (a target's user_agent overrides it)")
	timeout := fs.Duration("timeout", 30*time.Second, "per-request `timeout`")
	logLevel := fs.String("log-level", "warn", "log `level` on stderr: debug, info, warn, error")
	memLimit := memoryFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if err := applyMemoryLimit(e, *memLimit); err != nil {
		return err
	}
	var lvl slog.Level
	switch {
	case len(pos) > 0:
		return usageError("monitor takes no arguments (the targets come from --targets FILE)")
	case *targets == "":
		return usageError("monitor: give --targets FILE")
	case *parallel < 1:
		return usageError("--parallel %d: want at least 1", *parallel)
	case *goneAfter < 1:
		return usageError("--gone-after %d: want at least 1 run", *goneAfter)
	case *alertAfter < 1:
		return usageError("--alert-after %d: want at least 1 run", *alertAfter)
	case lvl.UnmarshalText([]byte(*logLevel)) != nil:
		return usageError("--log-level %q: want debug, info, warn or error", *logLevel)
	}
	m, err := newMonitor(e, monitorOptions{targets: *targets, db: *db, once: *once, parallel: *parallel,
		goneAfter: *goneAfter, alertAfter: *alertAfter, notify: *notify, userAgent: *ua, timeout: *timeout, logLevel: lvl})
	if err != nil {
		return err
	}
	return m.run(ctx)
}

// newMonitor reads the targets file and sets a monitor up; run starts it.
func newMonitor(e *env, opts monitorOptions) (*monitor, error) {
	set, err := loadTargetSet(opts.targets, defaultTarget())
	if err != nil {
		return nil, err
	}
	if err := ensureDefaultDir(e, opts.db); err != nil {
		return nil, err
	}
	mu := &sync.Mutex{}
	se := *e
	se.stdout, se.stderr = &lockedWriter{mu: mu, w: e.stdout}, &lockedWriter{mu: mu, w: e.stderr}
	m := &monitor{e: &se, opts: opts, set: set, clock: realClock{}, dbs: &dbHolder{path: opts.db},
		log:        slog.New(slog.NewTextHandler(se.stderr, &slog.HandlerOptions{Level: opts.logLevel})).With("cmd", "monitor"),
		retryDelay: 5 * time.Minute}
	m.runJob = m.crawlTarget
	if opts.notify != "" {
		if m.notifier, err = notify.New(opts.notify, opts.db, m.log); err != nil {
			if errors.Is(err, notify.ErrURL) {
				err = usageError("--notify %q: want an absolute http(s) URL", opts.notify)
			}
			return nil, err
		}
	}
	scheduled := 0
	for i, t := range set.Targets {
		st := &targetState{target: t, sched: set.Schedules[i], hosts: targetHosts(t)}
		if !st.sched.Manual() {
			scheduled++
		}
		m.states = append(m.states, st)
	}
	if scheduled == 0 && !opts.once {
		return nil, usageError("monitor: no target in %s has a schedule (see seeds/targets.example.yaml)", opts.targets)
	}
	return m, nil
}

// run is the monitor: with --once one pass over the due targets, else the
// scheduler loop until ctx is done. Runs in progress when ctx is done are
// interrupted and recorded as such (a later monitor resumes them while they
// are in their period); then run returns an error wrapping
// context.Canceled. Stopped while idle, the loop returns nil.
func (m *monitor) run(ctx context.Context) error {
	scheduled := 0
	for _, st := range m.states {
		if !st.sched.Manual() {
			scheduled++
		}
	}
	if !m.opts.once {
		m.printf("monitor: %d targets (%d scheduled) from %s, timezone %s, database %s", len(m.states), scheduled,
			m.opts.targets, m.set.Loc, m.opts.db)
	}
	if m.notifier != nil { // notifications a previous monitor could not send go first
		sent, left, err := m.notifier.Flush(ctx)
		switch {
		case err != nil:
			m.printf("notify: %d spooled notifications sent, %d still waiting: %v", sent, left, err)
		case sent > 0:
			m.printf("notify: %d spooled notifications sent", sent)
		}
	}
	return m.loop(ctx)
}

// loop starts due targets (up to --parallel, never one target twice, never
// two targets sharing a host), then sleeps until the next is due or a run
// ends. With --once it runs the targets due when it starts and returns.
func (m *monitor) loop(ctx context.Context) error {
	results := make(chan jobResult)
	var (
		active       int
		loaded       bool // the targets' last runs have been read from the database
		queue        []*targetState
		queued       bool      // --once: queue holds the targets due at the start
		retryAll     time.Time // after the database could not be read
		ran          int
		interrupted  bool
		fatal        bool
		errs         []error
		shownNext    string
		shownNextFor time.Time
	)
	for {
		now := m.clock.Now()
		want := !loaded || (m.opts.once && len(queue) > 0) || (!m.opts.once && m.anyDue(now))
		if ctx.Err() == nil && !fatal && want && active < m.opts.parallel && !now.Before(retryAll) && !(m.opts.once && queued && len(queue) == 0) {
			started, err := m.launch(ctx, now, results, active, &queue, &queued)
			active += started
			if err == nil {
				loaded = true
			} else {
				switch {
				case m.opts.once:
					errs, queue = append(errs, err), nil
					queued = true
				case isFatal(err):
					errs, fatal = append(errs, err), true
				default:
					m.log.Error("cannot read the database; retrying later", "in", m.retryDelay, "err", err)
					retryAll = now.Add(m.retryDelay)
				}
			}
		}
		if active == 0 && (ctx.Err() != nil || fatal || m.opts.once && queued && len(queue) == 0) {
			break
		}
		var wake <-chan time.Time
		if ctx.Err() == nil && !fatal && !m.opts.once && active < m.opts.parallel {
			if t, name, ok := m.nextWake(now, retryAll); ok {
				if active == 0 && (name != shownNext || !t.Equal(shownNextFor)) && t.After(now) {
					m.printf("monitor: next %s at %s", name, t.In(m.set.Loc).Format(time.RFC3339))
					shownNext, shownNextFor = name, t
				}
				wake = m.clock.After(max(t.Sub(now), 0))
			}
		}
		var done <-chan struct{}
		if ctx.Err() == nil {
			done = ctx.Done()
		}
		select {
		case r := <-results:
			active--
			ran++
			r.st.active = false
			if r.run != nil {
				if r.run.State == npswatch.RunDone {
					r.st.last, r.st.pending = r.run.Started, nil
				} else {
					r.st.pending = r.run
				}
			}
			switch {
			case r.err == nil:
			case errors.Is(r.err, context.Canceled) && ctx.Err() != nil:
				interrupted = true
			default:
				r.st.retryAt = m.clock.Now().Add(m.retryDelay)
				if m.opts.once || isFatal(r.err) {
					errs = append(errs, fmt.Errorf("target %s: %w", r.st.target.Name, r.err))
					fatal = fatal || isFatal(r.err)
				} else {
					m.log.Error("run failed; retrying later", "target", r.st.target.Name, "in", m.retryDelay, "err", r.err)
				}
			}
		case <-wake:
		case <-done:
		}
	}
	if m.opts.once {
		if ran == 0 && queued && len(queue) == 0 && len(errs) == 0 {
			m.printf("nothing due")
		}
		m.printNext(m.clock.Now())
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	if interrupted || m.opts.once && ctx.Err() != nil && (!queued || len(queue) > 0) {
		return fmt.Errorf("monitor: runs interrupted (a later monitor resumes them): %w", context.Canceled)
	}
	if ctx.Err() != nil && !m.opts.once {
		m.printf("monitor: stopped")
	}
	return nil
}

// isFatal reports whether an error will not go away by waiting: a database
// this npswatch cannot use, a bad target.
func isFatal(err error) bool {
	return errors.Is(err, storage.ErrSchema) || errors.Is(err, storage.ErrCorrupt) || errors.Is(err, errUsage)
}

// anyDue reports whether some target not running is due at now.
func (m *monitor) anyDue(now time.Time) bool {
	for _, st := range m.states {
		if m.isDue(st, now) {
			return true
		}
	}
	return false
}

func (m *monitor) isDue(st *targetState, now time.Time) bool {
	return !st.active && !now.Before(st.retryAt) && st.sched.Due(st.last, now)
}

// nextWake returns the earliest time a target not running is due, and its
// name.
func (m *monitor) nextWake(now, retryAll time.Time) (time.Time, string, bool) {
	var best time.Time
	var name string
	for _, st := range m.states {
		if st.active || st.sched.Manual() || m.sharesHost(st) { // a run ending wakes the loop for those
			continue
		}
		t := st.sched.Next(st.last, now)
		for _, not := range []time.Time{st.retryAt, retryAll} {
			if t.Before(not) {
				t = not
			}
		}
		if best.IsZero() || t.Before(best) {
			best, name = t, st.target.Name
		}
	}
	return best, name, !best.IsZero()
}

// launch reads the targets' last runs from the database and starts the
// due ones, up to --parallel with active running already. It returns how
// many it started. With --once the due targets are queued on the first
// call, and later calls start from the queue.
func (m *monitor) launch(ctx context.Context, now time.Time, results chan<- jobResult, active int,
	queue *[]*targetState, queued *bool) (int, error) {
	db, err := m.dbs.acquire()
	if err != nil {
		return 0, err
	}
	defer m.dbs.release()
	if err := m.refresh(ctx, db); err != nil {
		return 0, err
	}
	var cands []*targetState
	if m.opts.once {
		if !*queued {
			for _, st := range m.states {
				if m.isDue(st, now) {
					*queue = append(*queue, st)
				}
			}
			*queued = true
		}
		cands = *queue
	} else {
		for _, st := range m.states {
			if m.isDue(st, now) {
				cands = append(cands, st)
			}
		}
	}
	started := 0
	for _, st := range cands {
		if active+started >= m.opts.parallel {
			break
		}
		if m.sharesHost(st) {
			continue
		}
		resumeID := ""
		if st.pending != nil && !st.sched.Due(st.pending.Started, now) {
			resumeID = st.pending.ID // interrupted in its period: finish it rather than start over
		}
		jdb, err := m.dbs.acquire() // the run's own reference; it releases it
		if err != nil {
			return started, err
		}
		st.active = true
		started++
		if m.opts.once {
			*queue = removeState(*queue, st)
		}
		go func() {
			defer m.dbs.release()
			r := m.runJob(ctx, jdb, st, resumeID)
			r.st = st
			results <- r
		}()
	}
	return started, nil
}

func removeState(q []*targetState, st *targetState) []*targetState {
	out := q[:0:0]
	for _, s := range q {
		if s != st {
			out = append(out, s)
		}
	}
	return out
}

// sharesHost reports whether a running target crawls a host st crawls.
func (m *monitor) sharesHost(st *targetState) bool {
	for _, o := range m.states {
		if o == st || !o.active {
			continue
		}
		for _, h := range st.hosts {
			for _, oh := range o.hosts {
				if h == oh {
					return true
				}
			}
		}
	}
	return false
}

// targetHosts is a target's scope: its hosts, else its start URLs' hosts.
func targetHosts(t npswatch.Target) []string {
	var out []string
	add := func(h string) {
		h = strings.ToLower(strings.TrimPrefix(h, "www."))
		if h != "" {
			out = append(out, h)
		}
	}
	for _, h := range t.Hosts {
		add(h)
	}
	if len(t.Hosts) == 0 {
		for _, s := range t.StartURLs {
			if u, err := url.Parse(s); err == nil {
				add(u.Hostname())
			}
		}
	}
	return out
}

// refresh reads each idle target's last runs from the database: the start
// of its newest finished run, and its newest run when that is unfinished.
// A run counts for a target when the target (by name) is among its targets.
func (m *monitor) refresh(ctx context.Context, db *storage.DB) error {
	runs, err := db.Runs(ctx)
	if err != nil {
		return fmt.Errorf("%w: %w", errDatabase, err)
	}
	for _, st := range m.states {
		if st.active {
			continue
		}
		st.last, st.pending = lastRuns(runs, st.target.Name)
	}
	return nil
}

// lastRuns finds, in runs (newest first), the start of the newest finished
// run of the named target, and its newest run when that is unfinished and
// crawled that target alone (one monitor can resume).
func lastRuns(runs []npswatch.Run, name string) (last time.Time, pending *npswatch.Run) {
	first := true
	for i := range runs {
		r := &runs[i]
		if !runHasTarget(r, name) {
			continue
		}
		if r.State == npswatch.RunDone {
			return r.Started, pending
		}
		if first && len(r.Targets) == 1 {
			p := *r
			pending = &p
		}
		first = false
	}
	return time.Time{}, pending
}

func runHasTarget(r *npswatch.Run, name string) bool {
	for _, t := range r.Targets {
		if t.Name == name {
			return true
		}
	}
	return false
}

// crawlTarget runs one target as its own crawl run (or resumes its
// unfinished run resumeID), then finishes it for the listing history,
// notifies and prints a summary line.
func (m *monitor) crawlTarget(ctx context.Context, db *storage.DB, st *targetState, resumeID string) jobResult {
	name := st.target.Name
	opts := crawlOptions{db: m.opts.db, targets: []npswatch.Target{st.target}, resume: resumeID != "", resumeID: resumeID,
		userAgent: m.opts.userAgent, timeout: m.opts.timeout, logLevel: m.opts.logLevel, quiet: true}
	run, err := crawlIn(ctx, m.e, db, opts)
	if run != nil && errors.Is(err, errNothingFetched) {
		err = nil // a run that reached no page is a finished run: counted and alerted on below
	}
	res := jobResult{st: st, run: run, err: err}
	if run == nil {
		m.printf("target %s: not run: %v", name, err)
		return res
	}
	endCtx := context.WithoutCancel(ctx) // what the run found is recorded even when interrupted
	var parts []string
	s := run.Stats
	parts = append(parts, fmt.Sprintf("fetched %d, failed %d, skipped %d, blocked %d", s.Fetched, s.Failed, s.Skipped, s.Blocked))
	if run.State == npswatch.RunDone {
		// an interrupted run is not finished: the listings it did not reach are not gone
		// (FinishRun is idempotent: should crawl come to finish its runs itself, this is a no-op)
		_, ferr := db.FinishRun(endCtx, run.ID, m.opts.goneAfter)
		if ferr != nil {
			m.log.Error("listing history not updated", "target", name, "run", run.ID, "err", ferr)
			parts = append(parts, "gone listings not counted: "+ferr.Error())
		}
		if r, err := db.Run(endCtx, run.ID); err == nil {
			run, res.run = r, r
		}
		if ferr == nil {
			parts = append(parts, fmt.Sprintf("%d gone", run.Stats.Gone))
		}
	}
	hits, herr := notify.AlertHits(endCtx, db, run)
	if herr != nil {
		m.log.Error("new hits not read", "target", name, "run", run.ID, "err", herr)
	}
	parts = append(parts, fmt.Sprintf("%d listings, %d hits, %d new high/critical", run.Stats.Listings, run.Stats.Hits, len(hits)))
	var failing int
	var alert string
	if run.Unreachable() {
		runs, rerr := db.Runs(endCtx)
		if rerr != nil {
			m.log.Error("runs not read", "target", name, "err", rerr)
		}
		var lastErr string
		failing, lastErr = failingRuns(runs, name)
		parts = append(parts, fmt.Sprintf("no page fetched: unreachable %d run(s) in a row, last error %s", failing, lastErr))
		if alert = unreachableAlert(name, failing, m.opts.alertAfter, lastErr); alert != "" {
			parts = append(parts, "ALERT "+alert)
			m.log.Error("target unreachable", "target", name, "runs", failing, "last_error", lastErr)
		}
	}
	if m.notifier != nil {
		if herr != nil {
			parts = append(parts, "notification failed: cannot read the run's hits: "+herr.Error())
		} else {
			p := &notify.Payload{RunID: run.ID, Target: name, Tags: st.target.Tags, State: run.State, Started: run.Started,
				Ended: run.Ended, Stats: run.Stats, NewHits: hits, FailingRuns: failing, Alert: alert}
			parts = append(parts, m.notifier.Deliver(ctx, p).String())
		}
	}
	verb := "ran"
	if resumeID != "" {
		verb = "resumed"
	}
	m.printf("%s %s: run %s %s: %s", verb, name, run.ID, run.State, strings.Join(parts, "; "))
	return res
}

// printNext prints when each target runs next (--once).
func (m *monitor) printNext(now time.Time) {
	for _, st := range m.states {
		label := st.target.Name
		if label == "" {
			label = strings.Join(st.target.StartURLs, " ")
		}
		if st.sched.Manual() {
			m.printf("next %s: manual", label)
			continue
		}
		t := st.sched.Next(st.last, now)
		if t.Before(st.retryAt) {
			t = st.retryAt
		}
		m.printf("next %s: %s (%s)", label, t.In(m.set.Loc).Format(time.RFC3339), st.sched)
	}
}

func (m *monitor) printf(format string, a ...any) {
	fmt.Fprintf(m.e.stdout, format+"\n", a...)
}

// dbHolder shares one open database between the runs in progress and
// closes it when none is, so `npswatch hits` and the like can read it
// while the monitor sleeps.
type dbHolder struct {
	path string
	mu   sync.Mutex
	db   *storage.DB
	refs int
}

func (h *dbHolder) acquire() (*storage.DB, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.refs == 0 {
		db, err := openDB(h.path, false)
		if err != nil {
			return nil, err
		}
		h.db = db
	}
	h.refs++
	return h.db, nil
}

func (h *dbHolder) release() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.refs--; h.refs == 0 {
		_ = h.db.Close()
		h.db = nil
	}
}

// lockedWriter serialises writes of the runs in parallel.
type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
