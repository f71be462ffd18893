package crawler

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html/charset"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/internal/htmlparse"
)

// process fetches one frontier item, hands HTML to the Processor and commits
// the result. A fetch cut short by ctx is not committed: the item stays queued.
func (c *Crawler) process(ctx context.Context, hs *hostState, item npswatch.QueueItem) error {
	t := c.targetOf(item)
	res := &npswatch.PageResult{Item: item}
	u, err := url.Parse(item.URL)
	if err != nil {
		res.State, res.Reason = npswatch.PageSkipped, "unparsable URL: "+err.Error()
		return c.commit(ctx, t, res)
	}
	if su, ok := c.session.strip(u); ok {
		// a session parameter learned after this item was queued
		dup, err := c.seenDone(ctx, su.String())
		if err != nil {
			return err
		}
		if dup || c.session.fetchedAs(su) {
			res.State, res.Reason = npswatch.PageSkipped, "the same page as "+su.String()+" under another session token"
			return c.commit(ctx, t, res)
		}
		res.Aliases = append(res.Aliases, su.String())
	}
	if !t.IgnoreRobots {
		rules := c.robotsFor(ctx, hs, t, u)
		if ctx.Err() != nil {
			return nil
		}
		if !rules.allowed(u) {
			res.State, res.Reason = npswatch.PageSkipped, "disallowed by robots.txt"
			if rules.disallowAll {
				res.Reason += " (" + rules.note + ")"
			}
			if rules.unreachable {
				res.State, res.Reason = npswatch.PageFailed, "not fetched: "+rules.note
				if !item.Requisite {
					c.log.Warn("fetch failed", "url", item.URL, "err", res.Reason)
				}
			}
			return c.commit(ctx, t, res)
		}
	}
	var after func(context.Context) error
	r, attempts := c.fetchWithRetry(ctx, hs, t, item.FetchURL())
	if ctx.Err() != nil {
		return nil // interrupted: leave the item queued
	}
	capt := t.fetcher.capture(c.cfg.RunID, &item, r, attempts)
	if item.Requisite {
		capt.ID, capt.RequisiteOf = npswatch.RequisiteCaptureID(c.cfg.RunID, item.URL), item.Parent
	}
	res.Capture = capt
	if r.status == http.StatusForbidden || r.status == http.StatusTooManyRequests {
		c.blocked.Add(1)
	}
	switch {
	case r.err != nil:
		res.State, res.Reason = npswatch.PageFailed, r.err.Error()
	case r.status >= 400:
		res.State, res.Reason = npswatch.PageFailed, fmt.Sprintf("HTTP %d", r.status)
	case r.status >= 300:
		res.State, res.Reason = npswatch.PageSkipped, "redirect not followed (out of scope or disallowed by robots.txt) to "+capt.ResponseHeader.Get("Location")
	case item.Requisite:
		res.State = npswatch.PageDone // recorded, never parsed
	default:
		res.State = npswatch.PageDone
		if after, err = c.handlePage(ctx, t, item, r, res); err != nil {
			return err
		}
	}
	if res.State == npswatch.PageFailed {
		lvl := slog.LevelWarn
		if item.Requisite {
			lvl = slog.LevelDebug // a missing photo is recorded, not worth a warning
		}
		c.log.Log(ctx, lvl, "fetch failed", "url", item.URL, "status", r.status, "attempts", attempts, "err", res.Reason, "requisite", item.Requisite)
	}
	if err := c.commit(ctx, t, res); err != nil {
		return err
	}
	if after != nil {
		return after(ctx)
	}
	return nil
}

// handlePage resolves the page's canonical URL, parses HTML once, runs the
// Processor and collects the links to follow. A big page is committed as
// deferred and extracted in parts afterwards: after does that, once the
// page is committed.
func (c *Crawler) handlePage(ctx context.Context, t *target, item npswatch.QueueItem, r *response, res *npswatch.PageResult) (after func(context.Context) error, _ error) {
	pageURL, _ := url.Parse(item.URL)
	c.session.fetchedPage(pageURL)
	pageURL, _ = c.session.strip(pageURL)
	if r.finalURL != nil {
		if fu, err := c.canon.Canonical(nil, r.finalURL.String()); err == nil && c.stripped(fu).String() != pageURL.String() {
			fu = c.stripped(fu)
			dup, err := c.seenDone(ctx, fu.String())
			if err != nil {
				return nil, err
			}
			if dup {
				res.Reason = "redirects to " + fu.String() + ", already fetched"
				return nil, nil
			}
			res.Aliases = append(res.Aliases, fu.String())
			pageURL = fu
		}
	}
	if !isHTML(res.Capture.ContentType, r.body) {
		return nil, nil // recorded (URL, type, size, hash), not parsed
	}
	ct := res.Capture.ContentType
	if _, params, err := mime.ParseMediaType(ct); err == nil && params["charset"] != "" {
		ct = "text/html; charset=utf-8" // Colly already decoded a body whose header names its charset
	}
	var (
		doc       *goquery.Document
		base      *url.URL
		hrefs     []string
		canonical string
		print     string
		text      uint64
	)
	if len(r.body) > BigPage {
		scan, err := scanBigPage(htmlReader(r.body, ct), pageURL)
		if err != nil {
			res.State, res.Reason = npswatch.PageFailed, err.Error()
			res.Capture.Error = res.Reason
			return nil, nil
		}
		if scan.dropped > 0 {
			c.log.Warn("page has more links than a page may add: the rest dropped", "url", pageURL.String(), "kept", maxPageLinks, "dropped", scan.dropped)
		}
		base, hrefs, canonical, print, text = scan.base, scan.hrefs, scan.canonical, scan.print, scan.text
	} else {
		var flattened bool
		var err error
		doc, flattened, err = htmlparse.Parse(htmlReader(r.body, ct))
		if flattened {
			c.log.Warn("page nested too deep for the HTML parser: read with its deepest elements dropped", "url", pageURL.String())
		}
		if err != nil {
			res.State, res.Reason = npswatch.PageFailed, err.Error()
			res.Capture.Error = res.Reason // the capture says why its 200 gave nothing
			return nil, nil
		}
		base, hrefs, canonical = pageLinks(doc, pageURL)
		print, text = pagePrints(doc)
	}
	fetchedURL := pageURL
	if p := c.session.learnFromContent(fetchedURLOf(item, pageURL), text); p != "" {
		c.log.Info("session parameter learned", "host", pageURL.Host, "param", p, "how", "the same page under two values of it, or with it added on two pages")
		if su, ok := c.session.strip(fetchedURLOf(item, pageURL)); ok && su.String() != pageURL.String() {
			res.Aliases = append(res.Aliases, su.String())
			pageURL, fetchedURL = su, su
		}
	}
	if canonical != "" {
		// rel=canonical names the listing identity: listings are filed under the
		// canonical URL (so a duplicate page yields the same listing ids). The page
		// is still processed and its links followed: sites also point paginated or
		// filtered pages at page 1, and those pages hold products of their own.
		if cu, err := c.canon.Canonical(pageURL, canonical); err == nil && t.scope.in(cu) {
			pageURL = cu
		}
	}
	res.Capture.Parsed = true
	if item.Depth < t.Depth {
		res.Links = c.links(t, item, fetchedURL, base, hrefs, print, res.Aliases)
	}
	if doc == nil {
		res.Defer = &npswatch.DeferredPage{CaptureID: res.Capture.ID, URL: pageURL.String(), Host: item.Host, Target: item.Target}
		capt, body := res.Capture, r.body
		return func(ctx context.Context) error {
			return c.extractParts(ctx, htmlReader(body, ct), capt, pageURL, item.Target)
		}, nil
	}
	out, err := c.cfg.Process(ctx, &Page{Capture: res.Capture, URL: pageURL, Doc: doc, Target: item.Target, Canon: c.canon})
	if err != nil {
		return nil, fmt.Errorf("process %s: %w", pageURL, err)
	}
	res.Listings, res.Hits, res.Vendors, res.Late = out.Listings, out.Hits, out.Vendors, out.Late
	if len(res.Listings) > 0 || out.Defer {
		// a page held back until its site's template is learnt may turn
		// out to have listings; its images are fetched in case it does
		reqs := c.requisites(t, item, pageURL, base, requisiteRefs(doc, t.RequisiteMode()))
		for _, r := range reqs {
			res.Capture.Requisites = append(res.Capture.Requisites, r.URL)
		}
		res.Links = append(res.Links, reqs...)
	}
	if out.Defer {
		res.Defer = &npswatch.DeferredPage{CaptureID: res.Capture.ID, URL: pageURL.String(), Host: item.Host, Target: item.Target}
	}
	return nil, nil
}

// htmlReader reads a body as UTF-8: decoded from the charset ct names, or
// as it is.
func htmlReader(body []byte, ct string) io.Reader {
	rd, err := charset.NewReader(bytes.NewReader(body), ct)
	if err != nil {
		return bytes.NewReader(body)
	}
	return rd
}

// links canonicalises, scopes and trap-filters the hrefs of a page.
func (c *Crawler) links(t *target, item npswatch.QueueItem, pageURL, base *url.URL, hrefs []string, print string, aliases []string) []npswatch.QueueItem {
	self := map[string]bool{item.URL: true, pageURL.String(): true}
	for _, a := range aliases {
		self[a] = true
	}
	parentShape := urlShape(pageURL)
	var found []*url.URL
	for _, h := range hrefs {
		u, err := c.canon.Canonical(base, h)
		if err != nil || !t.scope.in(u) {
			continue
		}
		found = append(found, u)
	}
	if learned := c.session.learnFromLinks(pageURL.Host, found); len(learned) > 0 {
		c.log.Info("session parameter learned", "host", pageURL.Host, "params", learned, "how", "one token on most links of "+pageURL.String())
	}
	var out []npswatch.QueueItem
	for _, u := range found {
		fetch := ""
		if su, ok := c.session.strip(u); ok {
			fetch, u = u.String(), su
		}
		s := u.String()
		if self[s] {
			continue
		}
		self[s] = true
		chain, drop := chainOf(u, parentShape, item.Chain, item.Print, print)
		if drop {
			c.log.Debug("trap link dropped", "url", s, "from", pageURL.String())
			continue
		}
		depth, pages := item.Depth+1, 0
		if item.Pages < maxPageHops && nextPage(pageURL, u) {
			// the next page of a list is the list itself, continued: a
			// channel archive or a catalogue of 30 pages is as near as its
			// first page (the hops are bounded, and trap rules still apply)
			depth, pages = item.Depth, item.Pages+1
		}
		out = append(out, npswatch.QueueItem{URL: s, Host: hostKey(u), Depth: depth, Pages: pages, Target: item.Target,
			Parent: pageURL.String(), Chain: chain, Print: print, Fetch: fetch})
	}
	return out
}

// stripped is u without the session parameters learned for its host.
func (c *Crawler) stripped(u *url.URL) *url.URL {
	su, _ := c.session.strip(u)
	return su
}

// fetchedURLOf is the canonical URL a page was fetched under: its queue
// URL, or the page URL after a redirect.
func fetchedURLOf(item npswatch.QueueItem, pageURL *url.URL) *url.URL {
	if u, err := url.Parse(item.URL); err == nil && u.Path == pageURL.Path {
		return u
	}
	return pageURL
}

func (c *Crawler) seenDone(ctx context.Context, u string) (bool, error) {
	state, ok, err := c.cfg.Frontier.Seen(ctx, c.cfg.RunID, u)
	if err != nil {
		return false, fmt.Errorf("read frontier: %w", err)
	}
	return ok && state != npswatch.PagePending, nil
}

func (c *Crawler) targetOf(item npswatch.QueueItem) *target {
	if item.Target >= 0 && item.Target < len(c.targets) {
		return c.targets[item.Target]
	}
	return c.targets[0]
}

// isHTML decides from the Content-Type, or by sniffing when there is none.
func isHTML(contentType string, body []byte) bool {
	if contentType == "" {
		contentType = http.DetectContentType(body)
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// robotsFor fetches and caches the host's robots.txt on first use.
func (c *Crawler) robotsFor(ctx context.Context, hs *hostState, t *target, u *url.URL) *robotsRules {
	hs.robots.once.Do(func() {
		ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
		r, _ := c.fetchWithRetry(ctx, hs, t, ru.String())
		if ctx.Err() != nil {
			hs.robots.rules = &robotsRules{disallowAll: true, note: "interrupted"}
			return
		}
		hs.robots.rules = robotsFromResponse(r.status, r.body, r.err, t.fetcher.userAgent)
		if d := hs.robots.rules.crawlDelay; d > 0 {
			hs.limiter.atLeast(d)
		}
		rules := hs.robots.rules
		for _, line := range rules.ignored {
			c.log.Warn("robots.txt: unparseable line ignored", "host", hs.name, "line", line)
		}
		switch {
		case rules.disallowAll:
			c.log.Warn("robots.txt: host skipped for this run", "host", hs.name, "why", rules.note)
		case rules.throttled != "":
			c.log.Warn("robots.txt: host throttled", "host", hs.name, "why", rules.throttled, "crawl_delay", rules.crawlDelay)
		default:
			c.log.Info("robots.txt", "host", hs.name, "rules", rules.note, "crawl_delay", rules.crawlDelay)
		}
	})
	return hs.robots.rules
}

// fetchWithRetry fetches u under the host's rate limit, retrying 429/503
// (honouring Retry-After, pausing the whole host) and other transient
// failures (timeouts, resets, 5xx) with exponential backoff and jitter.
func (c *Crawler) fetchWithRetry(ctx context.Context, hs *hostState, t *target, u string) (*response, int) {
	var r *response
	for attempt := 0; ; attempt++ {
		if err := hs.limiter.wait(ctx); err != nil {
			return &response{err: err}, attempt
		}
		r = t.fetcher.fetch(ctx, u)
		if ctx.Err() != nil {
			return r, attempt + 1
		}
		limit := c.cfg.MaxRetries
		var delay time.Duration
		switch {
		case r.status == http.StatusTooManyRequests || r.status == http.StatusServiceUnavailable:
			limit += 2
			d, ok := retryAfter(r.header.Get("Retry-After"), c.cfg.Now())
			if !ok {
				d = backoff(c.cfg.BackoffBase, c.cfg.BackoffMax, attempt)
			}
			if d > maxRetryAfter {
				// a host that wants hours: record the page as failed now and let a
				// later run (or --resume of a new crawl) come back, rather than
				// holding the whole run; still keep away from the host meanwhile
				c.pauseHosts(hs, r, maxRetryAfter, r.status == http.StatusTooManyRequests)
				r.err = fmt.Errorf("HTTP %d with Retry-After %s (more than %s): not retried in this run", r.status, d, maxRetryAfter)
				return r, attempt + 1
			}
			delay = d + 50*time.Millisecond // a margin so we never come back early
		case transient(r):
			delay = backoff(c.cfg.BackoffBase, c.cfg.BackoffMax, attempt)
		default:
			return r, attempt + 1
		}
		// honour the pause even when this was the last attempt: the next page
		// of the host must not go out before it
		c.pauseHosts(hs, r, delay, r.status == http.StatusTooManyRequests)
		if attempt >= limit {
			return r, attempt + 1
		}
		c.retries.Add(1)
		c.log.Debug("retry", "url", u, "status", r.status, "err", r.err, "in", delay)
	}
}

// maxRetryAfter is the longest Retry-After a run waits for.
const maxRetryAfter = 5 * time.Minute

// pauseHosts pauses the host of the request and, after a redirect, the host
// that actually answered; a 429 also slows them down.
func (c *Crawler) pauseHosts(hs *hostState, r *response, d time.Duration, slow bool) {
	until := c.cfg.Now().Add(d)
	states := []*hostState{hs}
	if r.finalURL != nil && r.finalURL.Host != "" && r.finalURL.Host != hs.name {
		c.mu.Lock()
		if other, ok := c.hosts[r.finalURL.Host]; ok {
			states = append(states, other)
		}
		c.mu.Unlock()
	}
	for _, s := range states {
		s.limiter.pause(until)
		if slow {
			s.limiter.slowDown(10 * time.Second)
		}
	}
}

// transient reports failures worth retrying: network errors and 5xx.
func transient(r *response) bool {
	switch r.status {
	case 500, 502, 504, 520, 521, 522, 523, 524:
		return true
	}
	if r.err == nil || errors.Is(r.err, context.Canceled) {
		return false
	}
	// a network-level failure (timeout, reset, refused, EOF), also after the
	// headers came; not a redirect loop
	return !strings.Contains(r.err.Error(), "redirects")
}
