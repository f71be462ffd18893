package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/crawler"
	"github.com/npswatch/npswatch/pipeline"
	"github.com/npswatch/npswatch/seeds"
	"github.com/npswatch/npswatch/storage"
)

// crawlOptions is everything a crawl run needs from the command line.
type crawlOptions struct {
	db        string
	targets   []npswatch.Target
	resume    bool
	resumeID  string // with resume: the run to continue; "" = the newest unfinished one
	userAgent string
	timeout   time.Duration
	logLevel  slog.Level
	quiet     bool // no summary (demo prints its own)
	goneAfter int  // finished runs a listing may be missing before it is gone (0: do not mark)
}

func runCrawl(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "crawl", "[flags] [URL...]   (or --targets FILE, or --resume)")
	db := dbFlag(fs, e)
	depth := fs.Int("depth", 3, "follow links up to this link distance `N` from the start URL")
	rate := fs.Float64("rate", 1, "requests per second per host `R` (robots.txt Crawl-delay may lower it)")
	conc := fs.Int("concurrency", 1, "requests in flight per host `N` (more than 1 can overrun a Retry-After already on its way)")
	maxPages := fs.Int("max-pages", 10000, "page budget per host `N` (0 = unlimited)")
	proxy := fs.String("proxy", "", "proxy `URL`: http://, https://, socks5:// or socks5h:// (Tor: socks5h://127.0.0.1:9050)")
	targetsPath := fs.String("targets", "", "YAML targets `file` (see seeds/targets.example.yaml)")
	resume := fs.Bool("resume", false, "resume the last interrupted crawl in --db (takes no URLs)")
	ignoreRobots := fs.Bool("ignore-robots", false, "do NOT obey robots.txt for this run (recorded on the run)")
	ua := fs.String("user-agent", crawler.DefaultUserAgent, "User-Agent `string` sent to every site")
	timeout := fs.Duration("timeout", 30*time.Second, "per-request `timeout`")
	logLevel := fs.String("log-level", "warn", "log `level` on stderr: debug, info, warn, error")
	requisites := fs.String("requisites", npswatch.RequisitesImages, "what a page with listings also has fetched and recorded: `images`, all (images, style sheets, icons) or none")
	goneAfter := fs.Int("gone-after", 2, "a listing missing from `N` finished crawls of its site in a row is gone")
	memLimit := memoryFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if err := applyMemoryLimit(e, *memLimit); err != nil {
		return err
	}
	if *rate <= 0 {
		return usageError("--rate %g: want a positive number of requests per second", *rate)
	}
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(*logLevel)); err != nil {
		return usageError("--log-level %q: want debug, info, warn or error", *logLevel)
	}
	if *goneAfter < 1 {
		return usageError("--gone-after %d: want at least 1 run", *goneAfter)
	}
	if *conc < 1 {
		return usageError("--concurrency %d: want at least 1 request in flight per host", *conc)
	}
	opts := crawlOptions{db: *db, resume: *resume, userAgent: *ua, timeout: *timeout, logLevel: lvl, goneAfter: *goneAfter}
	base := npswatch.Target{Depth: *depth, Rate: *rate, Concurrency: *conc, MaxPages: *maxPages, Proxy: *proxy,
		IgnoreRobots: *ignoreRobots, Requisites: *requisites}
	switch *requisites {
	case npswatch.RequisitesImages, npswatch.RequisitesAll, npswatch.RequisitesNone:
	default:
		return usageError("--requisites %q: want images, all or none", *requisites)
	}
	switch {
	case *resume && (len(pos) > 0 || *targetsPath != ""):
		return usageError("--resume continues the stored run: give no URLs and no --targets")
	case *resume:
	case *targetsPath != "":
		ts, err := loadTargets(*targetsPath, base)
		if err != nil {
			return err
		}
		opts.targets = ts
	case len(pos) == 0:
		return usageError("crawl: give start URLs, --targets FILE or --resume")
	}
	if len(pos) > 0 {
		t := base
		t.StartURLs = pos
		if err := t.Validate(); err != nil {
			return fmt.Errorf("%w: %w", errUsage, err)
		}
		opts.targets = append(opts.targets, t)
	}
	_, err = crawl(ctx, e, opts)
	return err
}

// crawl runs (or resumes) one crawl into opts.db and prints a summary.
func crawl(ctx context.Context, e *env, opts crawlOptions) (*npswatch.Run, error) {
	if err := ensureDefaultDir(e, opts.db); err != nil {
		return nil, err
	}
	db, err := openDB(opts.db, false)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	return crawlIn(ctx, e, db, opts)
}

// crawlIn is crawl in a database opened already (monitor shares one between
// the runs it has in parallel).
func crawlIn(ctx context.Context, e *env, db *storage.DB, opts crawlOptions) (*npswatch.Run, error) {
	p, err := pipeline.New()
	if err != nil {
		return nil, err
	}
	run, err := startRun(ctx, db, opts)
	if err != nil {
		return nil, err
	}
	p.UseTargets(run.Targets)
	// log lines and the progress line share stderr; warnings of one cause
	// beyond the first few are counted and summed up at the end
	con := &console{w: e.stderr}
	var handler slog.Handler = slog.NewTextHandler(con, &slog.HandlerOptions{Level: opts.logLevel})
	var summed *summarising
	if opts.logLevel > slog.LevelDebug {
		summed = newSummarising(handler)
		handler = summed
	}
	log := slog.New(handler)
	c, err := crawler.New(crawler.Config{RunID: run.ID, Targets: run.Targets, Frontier: db, Process: p.Process, Flush: p.Flush,
		UserAgent: run.UserAgent, Timeout: opts.timeout, Logger: log.With("run", run.ID)})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errUsage, err)
	}
	// seed on resume too: a run killed before its seeding finished would
	// otherwise resume with an empty frontier (seen URLs are not queued twice)
	if err := c.Seed(ctx); err != nil {
		return nil, err
	}
	start := time.Now()
	pr := startProgress(con, e.isTerminal && !opts.quiet, c.Stats)
	crawlErr := c.Run(ctx)
	pr.done()
	if summed != nil {
		summed.flush(e.stderr)
	}
	// record how the run ended, even when interrupted; Commit keeps the counters in the
	// database, so the stored run is changed in place, not overwritten
	endCtx := context.WithoutCancel(ctx)
	err = db.UpdateRun(endCtx, run.ID, func(r *npswatch.Run) error {
		r.Ended = time.Now().UTC()
		r.State = npswatch.RunDone
		if crawlErr != nil {
			r.State = npswatch.RunInterrupted
		}
		run = r
		return nil
	})
	if err != nil && crawlErr == nil {
		crawlErr = fmt.Errorf("record run: %w", err)
	}
	if crawlErr == nil && opts.goneAfter > 0 {
		// a finished run decides which listings of its sites are gone
		if _, err := db.FinishRun(endCtx, run.ID, opts.goneAfter); err != nil {
			crawlErr = fmt.Errorf("record gone listings: %w", err)
		} else if r, err := db.Run(endCtx, run.ID); err == nil {
			run = r
		}
	}
	s := c.Stats()
	if !opts.quiet || crawlErr != nil {
		fmt.Fprintf(e.stdout, "run %s: fetched %d, failed %d, skipped %d, blocked %d, retries %d; %d listings, %d hits in %s\n",
			run.ID, s.Fetched, s.Failed, s.Skipped, s.Blocked, s.Retries, s.Listings, s.Hits, time.Since(start).Round(time.Millisecond))
		if st := run.Stats; st.New+st.Changed+st.Gone+st.Reappeared > 0 {
			fmt.Fprintf(e.stdout, "listings: %d new, %d changed, %d gone, %d reappeared\n", st.New, st.Changed, st.Gone, st.Reappeared)
		}
		fmt.Fprintf(e.stdout, "database %s\n", opts.db)
	}
	if crawlErr == nil && s.Fetched == 0 && s.Failed > 0 {
		crawlErr = fmt.Errorf("%w: all %d pages failed (connection, DNS, TLS, HTTP errors or robots.txt unreachable; see the warnings above): the sites may be down or unreachable from here",
			errNothingFetched, s.Failed)
	}
	if crawlErr != nil {
		if errors.Is(crawlErr, context.Canceled) {
			fmt.Fprintf(e.stderr, "interrupted: %d URLs still queued; continue with: npswatch crawl --resume --db %s\n", s.Pending, opts.db)
		}
		return run, crawlErr
	}
	return run, nil
}

// startRun creates a new run record, or loads the one to resume.
func startRun(ctx context.Context, db *storage.DB, opts crawlOptions) (*npswatch.Run, error) {
	if opts.resume {
		runs, err := db.Runs(ctx)
		if err != nil {
			return nil, fmt.Errorf("find run to resume: %w", err)
		}
		for i := range runs { // newest first: resume the newest unfinished run
			if runs[i].State == npswatch.RunDone || opts.resumeID != "" && runs[i].ID != opts.resumeID {
				continue
			}
			var run *npswatch.Run
			err := db.UpdateRun(ctx, runs[i].ID, func(r *npswatch.Run) error {
				r.State = npswatch.RunRunning
				r.Stats.Resumed++
				run = r
				return nil
			})
			if err != nil {
				return nil, fmt.Errorf("record run: %w", err)
			}
			return run, nil
		}
		return nil, usageError("--resume: no unfinished crawl in %s", opts.db)
	}
	now := time.Now().UTC()
	run := &npswatch.Run{ID: storage.NewRunID(now), Started: now, State: npswatch.RunRunning, Targets: opts.targets,
		UserAgent: opts.userAgent, Version: versionString(), Watchlist: seeds.WatchlistVersion()}
	for _, t := range opts.targets {
		if t.IgnoreRobots {
			run.IgnoredRobots = true
		}
	}
	if err := db.PutRun(ctx, run); err != nil {
		return nil, fmt.Errorf("record run: %w", err)
	}
	return run, nil
}
