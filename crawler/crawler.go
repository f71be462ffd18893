package crawler

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/npswatch/npswatch"
)

// DefaultUserAgent identifies npswatch to the sites it crawls.
const DefaultUserAgent = "npswatch/" + npswatch.Version + " (+https://github.com/npswatch/npswatch; research crawler)"

// Frontier is the crawl's persistent to-do list and visited set; storage.DB
// implements it. Every method is safe for concurrent use. Commit stores the
// result of one frontier item and enqueues its new links in one atomic step,
// returning the links that were new.
type Frontier interface {
	Enqueue(ctx context.Context, runID string, items []npswatch.QueueItem, maxPerHost int) ([]npswatch.QueueItem, error)
	Next(ctx context.Context, runID, host string, skip func(seq uint64) bool) (npswatch.QueueItem, bool, error)
	PendingHosts(ctx context.Context, runID string) (map[string]int, error)
	Seen(ctx context.Context, runID, url string) (state string, ok bool, err error)
	Commit(ctx context.Context, runID string, res *npswatch.PageResult, maxPerHost int) ([]npswatch.QueueItem, error)
	// CommitLate stores the extraction of pages committed as deferred;
	// DeferredPages lists those still waiting, Capture reads one back.
	CommitLate(ctx context.Context, runID string, late []npswatch.LateResult) error
	DeferredPages(ctx context.Context, runID string) ([]npswatch.DeferredPage, error)
	Capture(ctx context.Context, id string) (*npswatch.Capture, error)
}

// Page is a fetched HTML page, parsed once, handed to the Processor.
type Page struct {
	Capture *npswatch.Capture
	URL     *url.URL // canonical URL of the page, after redirects and rel=canonical
	Doc     *goquery.Document
	Target  int
	// Part is 0 for a page read whole; a big page is read in parts
	// (bigpage.go), numbered from 1, each its own Doc.
	Part int
	// Canon is the crawl's canonicalizer: a link the page shows, put
	// through it, is the URL the crawl keys that page by.
	Canon *Canonicalizer
}

// Extracted is what a Processor finds on a page: its listings, their hits,
// and what the page says about vendors outside its listings. Defer says
// the page's extraction waits (see deferred.go); Late carries extractions
// of pages deferred before.
type Extracted struct {
	Listings []npswatch.Listing
	Hits     []npswatch.Hit
	Vendors  []npswatch.Vendor
	Defer    bool
	Late     []npswatch.LateResult
}

// Processor turns a parsed page into listings, hits and vendor notes
// (extract + matcher, wired by the caller). An error stops the crawl.
type Processor func(ctx context.Context, p *Page) (Extracted, error)

// Config is what a crawl needs. RunID, Targets, Frontier and Process are
// required; the rest have defaults.
type Config struct {
	RunID    string
	Targets  []npswatch.Target // with defaults already applied (Depth, Rate, Concurrency, MaxPages)
	Frontier Frontier
	Process  Processor
	// Flush returns what the Processor still holds back for a host
	// (deferred pages); it is called when the host has nothing left to
	// fetch and at the end of the run. Nil: nothing is ever held back.
	Flush       func(ctx context.Context, host string) ([]npswatch.LateResult, error)
	UserAgent   string        // default DefaultUserAgent
	MaxBodySize int64         // bytes kept of a response body; default 10 MiB
	Timeout     time.Duration // per request; default 30 s
	MaxRetries  int           // for transient failures; default 4 (429s get two more)
	BackoffBase time.Duration // first retry delay; default 500 ms
	BackoffMax  time.Duration // default 60 s
	DropParams  []string      // query parameters removed from URLs; default DefaultDropParams
	Logger      *slog.Logger  // default discards
	Now         func() time.Time
	RootCAs     *x509.CertPool // roots TLS certificates are checked against; nil: the system's (tests use it for httptest TLS servers)
}

// Stats is a snapshot of a crawl's progress.
type Stats struct {
	Fetched, Failed, Skipped, Pending, Listings, Hits, Retries, Blocked int64
}

// Crawler crawls the targets of one run.
type Crawler struct {
	cfg     Config
	canon   *Canonicalizer
	session *sessionParams // query parameters learned per host to carry a session token
	targets []*target
	log     *slog.Logger

	mu      sync.Mutex
	hosts   map[string]*hostState
	pending int64
	wake    chan struct{}
	done    bool
	fatal   error
	cancel  context.CancelFunc
	wg      sync.WaitGroup

	fetched, failed, skipped, listings, hits, retries, blocked atomic.Int64
}

type target struct {
	npswatch.Target
	scope   *scope
	fetcher *fetcher
}

type hostState struct {
	name     string
	limiter  *hostLimiter
	robots   hostRobots
	mu       sync.Mutex
	inflight map[uint64]bool
}

// idle reports whether no item of the host is in flight.
func (hs *hostState) idle() bool {
	hs.mu.Lock()
	defer hs.mu.Unlock()
	return len(hs.inflight) == 0
}

// New checks the configuration and applies defaults.
func New(cfg Config) (*Crawler, error) {
	if cfg.RunID == "" || cfg.Frontier == nil || cfg.Process == nil {
		return nil, errors.New("crawler: RunID, Frontier and Process are required")
	}
	if len(cfg.Targets) == 0 {
		return nil, errors.New("crawler: no targets")
	}
	for i := range cfg.Targets {
		if err := cfg.Targets[i].Validate(); err != nil {
			return nil, err
		}
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = DefaultUserAgent
	}
	if cfg.MaxBodySize <= 0 {
		cfg.MaxBodySize = 10 << 20
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	if cfg.MaxRetries <= 0 {
		cfg.MaxRetries = 4
	}
	if cfg.BackoffBase <= 0 {
		cfg.BackoffBase = 500 * time.Millisecond
	}
	if cfg.BackoffMax <= 0 {
		cfg.BackoffMax = 60 * time.Second
	}
	if cfg.DropParams == nil {
		cfg.DropParams = DefaultDropParams
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	c := &Crawler{cfg: cfg, canon: NewCanonicalizer(cfg.DropParams), session: newSessionParams(), log: cfg.Logger,
		hosts: map[string]*hostState{}, wake: make(chan struct{})}
	for _, t := range cfg.Targets {
		var hosts []scopeEntry
		for _, h := range t.Hosts {
			hosts = append(hosts, scopeEntry{host: h})
		}
		if len(hosts) == 0 {
			for _, s := range t.StartURLs {
				if u, err := c.canon.Canonical(nil, s); err == nil {
					hosts = append(hosts, scopeEntry{scheme: u.Scheme, host: u.Host})
				}
			}
		}
		if t.Concurrency <= 0 {
			t.Concurrency = 1
		}
		c.targets = append(c.targets, &target{Target: t, scope: newScope(hosts, t.Include, t.Exclude)})
	}
	return c, nil
}

// Seed puts the targets' start URLs into the run's frontier (depth 0).
func (c *Crawler) Seed(ctx context.Context) error {
	for i, t := range c.targets {
		var items []npswatch.QueueItem
		for _, s := range t.StartURLs {
			u, err := c.canon.Canonical(nil, s)
			if err != nil {
				return fmt.Errorf("start URL %q: %w", s, err)
			}
			items = append(items, npswatch.QueueItem{URL: u.String(), Host: hostKey(u), Target: i})
		}
		if _, err := c.cfg.Frontier.Enqueue(ctx, c.cfg.RunID, items, t.MaxPages); err != nil {
			return fmt.Errorf("seed frontier: %w", err)
		}
	}
	return nil
}

// Stats returns a snapshot of the crawl's counters.
func (c *Crawler) Stats() Stats {
	c.mu.Lock()
	p := c.pending
	c.mu.Unlock()
	return Stats{Fetched: c.fetched.Load(), Failed: c.failed.Load(), Skipped: c.skipped.Load(), Pending: p,
		Listings: c.listings.Load(), Hits: c.hits.Load(), Retries: c.retries.Load(), Blocked: c.blocked.Load()}
}

// Run crawls until the frontier is empty or ctx ends. Pages fetched before
// ctx ended are stored; the rest stay queued for a resumed run. It returns
// ctx's error when interrupted and a storage error if one stopped the crawl.
func (c *Crawler) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	c.cancel = cancel
	for i, t := range c.targets {
		f, err := newFetcher(ctx, &t.Target, t.scope, c.canon, &c.cfg, c.waitHop(ctx, i))
		if err != nil {
			return fmt.Errorf("target %q: %w", t.Name, err)
		}
		t.fetcher = f
	}
	if err := c.resumeDeferred(ctx); err != nil {
		return err
	}
	pend, err := c.cfg.Frontier.PendingHosts(ctx, c.cfg.RunID)
	if err != nil {
		return fmt.Errorf("read frontier: %w", err)
	}
	c.mu.Lock()
	for h, n := range pend {
		c.pending += int64(n)
		c.startHostLocked(ctx, h, -1)
	}
	if c.pending == 0 {
		c.finishLocked()
	}
	c.mu.Unlock()
	c.wg.Wait()
	// pages held back for their template are extracted now, also after an
	// interruption (a kill leaves notes that a resumed run extracts)
	ferr := c.flushAll(context.WithoutCancel(ctx))
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.fatal != nil {
		return c.fatal
	}
	if ferr != nil {
		return ferr
	}
	if !c.done {
		return ctx.Err()
	}
	return nil
}

// startHostLocked starts the workers of a host the first time it is seen.
// ti is the target of the item that brought it, or -1 to find one by scope.
func (c *Crawler) startHostLocked(ctx context.Context, host string, ti int) {
	if _, ok := c.hosts[host]; ok {
		return
	}
	var t *target
	if ti >= 0 && ti < len(c.targets) {
		t = c.targets[ti]
	} else {
		u := &url.URL{Host: host}
		for _, cand := range c.targets {
			if cand.scope.hosts[u.Host] || cand.scope.hosts[u.Hostname()] {
				t = cand
				break
			}
		}
		if t == nil {
			t = c.targets[0]
		}
	}
	hs := &hostState{name: host, limiter: newHostLimiter(t.Rate, c.cfg.Now), inflight: map[uint64]bool{}}
	c.hosts[host] = hs
	for i := 0; i < t.Concurrency; i++ {
		c.wg.Add(1)
		go c.worker(ctx, hs)
	}
}

// waitHop returns the function that vets a redirect hop of target ti: the
// destination's robots.txt must allow it (else the redirect is recorded, not
// followed), and it waits for a slot under the destination host's rate limit.
func (c *Crawler) waitHop(runCtx context.Context, ti int) func(ctx context.Context, u *url.URL) error {
	return func(ctx context.Context, u *url.URL) error {
		host := hostKey(u)
		c.mu.Lock()
		c.startHostLocked(runCtx, host, ti)
		hs := c.hosts[host]
		c.mu.Unlock()
		t := c.targets[ti]
		if !t.IgnoreRobots && !c.robotsFor(ctx, hs, t, u).allowed(u) {
			return http.ErrUseLastResponse
		}
		return hs.limiter.wait(ctx)
	}
}

func (c *Crawler) finishLocked() {
	if !c.done {
		c.done = true
		close(c.wake)
	}
}

func (c *Crawler) broadcastLocked() {
	if !c.done {
		close(c.wake)
		c.wake = make(chan struct{})
	}
}

func (c *Crawler) stop(err error) {
	c.mu.Lock()
	if c.fatal == nil {
		c.fatal = err
	}
	c.mu.Unlock()
	c.cancel()
}

func (c *Crawler) worker(ctx context.Context, hs *hostState) {
	defer c.wg.Done()
	for ctx.Err() == nil {
		// take the wake-up channel before looking for work, so a commit that
		// happens between the look and the wait still wakes this worker
		c.mu.Lock()
		w := c.wake
		c.mu.Unlock()
		hs.mu.Lock()
		item, ok, err := c.cfg.Frontier.Next(ctx, c.cfg.RunID, hs.name, func(seq uint64) bool { return hs.inflight[seq] })
		if ok {
			hs.inflight[item.Seq] = true
		}
		hs.mu.Unlock()
		if err != nil {
			if ctx.Err() == nil {
				c.stop(fmt.Errorf("read frontier: %w", err))
			}
			return
		}
		if !ok {
			if hs.idle() {
				if err := c.flushHost(ctx, hs.name); err != nil {
					if ctx.Err() == nil {
						c.stop(err)
					}
					return
				}
			}
			// nothing for this host: the crawl is over when nothing is queued
			// anywhere (items in flight stay queued until their commit)
			pend, err := c.cfg.Frontier.PendingHosts(ctx, c.cfg.RunID)
			if err != nil {
				if ctx.Err() == nil {
					c.stop(fmt.Errorf("read frontier: %w", err))
				}
				return
			}
			total := 0
			for _, n := range pend {
				total += n
			}
			c.mu.Lock()
			c.pending = int64(total)
			if total == 0 {
				c.finishLocked()
				c.mu.Unlock()
				return
			}
			c.mu.Unlock()
			select {
			case <-w:
			case <-ctx.Done():
				return
			}
			continue
		}
		err = c.process(ctx, hs, item)
		hs.mu.Lock()
		delete(hs.inflight, item.Seq)
		hs.mu.Unlock()
		if err != nil {
			if ctx.Err() == nil {
				c.stop(err)
			}
			return
		}
	}
}

// commit stores a page result and queues its new links.
func (c *Crawler) commit(ctx context.Context, t *target, res *npswatch.PageResult) error {
	added, err := c.cfg.Frontier.Commit(context.WithoutCancel(ctx), c.cfg.RunID, res, t.MaxPages)
	if err != nil {
		return fmt.Errorf("commit %s: %w", res.Item.URL, err)
	}
	switch res.State {
	case npswatch.PageDone:
		c.fetched.Add(1)
	case npswatch.PageFailed:
		c.failed.Add(1)
	default:
		c.skipped.Add(1)
	}
	c.listings.Add(int64(len(res.Listings)))
	c.hits.Add(int64(len(res.Hits)))
	for _, l := range res.Late {
		c.listings.Add(int64(len(l.Listings)))
		c.hits.Add(int64(len(l.Hits)))
	}
	c.mu.Lock()
	c.pending += int64(len(added)) - 1 // an estimate for progress; workers ask the frontier before stopping
	for _, it := range added {
		c.startHostLocked(ctx, it.Host, it.Target)
	}
	c.broadcastLocked()
	c.mu.Unlock()
	return nil
}
