package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/internal/htmlparse"
)

// deferred.go lets the Processor hold a page's extraction back until its
// site's template is learned (Extracted.Defer): the page's capture, state
// and links are committed at once with a note, and its listings arrive
// later as npswatch.LateResults — with a later page of the run, from
// Config.Flush when a host has nothing left to fetch, or at the end of the
// run. A run killed in between resumes by extracting the noted pages from
// their stored captures.

// flushHost commits whatever the Processor still holds for host.
func (c *Crawler) flushHost(ctx context.Context, host string) error {
	if c.cfg.Flush == nil {
		return nil
	}
	late, err := c.cfg.Flush(ctx, host)
	if err != nil {
		return fmt.Errorf("flush %s: %w", host, err)
	}
	return c.commitLate(ctx, late)
}

// commitLate stores late results and counts them.
func (c *Crawler) commitLate(ctx context.Context, late []npswatch.LateResult) error {
	if len(late) == 0 {
		return nil
	}
	if err := c.cfg.Frontier.CommitLate(context.WithoutCancel(ctx), c.cfg.RunID, late); err != nil {
		return fmt.Errorf("commit late pages: %w", err)
	}
	for _, l := range late {
		c.listings.Add(int64(len(l.Listings)))
		c.hits.Add(int64(len(l.Hits)))
	}
	return nil
}

// flushAll commits what the Processor holds for every host.
func (c *Crawler) flushAll(ctx context.Context) error {
	c.mu.Lock()
	hosts := make([]string, 0, len(c.hosts))
	for h := range c.hosts {
		hosts = append(hosts, h)
	}
	c.mu.Unlock()
	for _, h := range hosts {
		if err := c.flushHost(ctx, h); err != nil {
			return err
		}
	}
	return nil
}

// resumeDeferred hands the pages a killed run had noted as deferred to the
// Processor again, parsed from their stored captures.
func (c *Crawler) resumeDeferred(ctx context.Context) error {
	pages, err := c.cfg.Frontier.DeferredPages(ctx, c.cfg.RunID)
	if err != nil {
		return fmt.Errorf("read deferred pages: %w", err)
	}
	var late []npswatch.LateResult
	for _, d := range pages {
		capt, err := c.cfg.Frontier.Capture(ctx, d.CaptureID)
		if err != nil {
			return fmt.Errorf("deferred page %s: %w", d.URL, err)
		}
		u, err := url.Parse(d.URL)
		if err != nil {
			continue
		}
		body, err := captureBody(capt, c.cfg.MaxBodySize)
		if err != nil {
			c.log.Warn("deferred page not parsed", "url", d.URL, "err", err)
			continue
		}
		c.mu.Lock()
		c.startHostLocked(ctx, d.Host, d.Target)
		c.mu.Unlock()
		if len(body) > BigPage {
			if err := c.extractParts(ctx, htmlReader(body, capt.ContentType), capt, u, d.Target); err != nil {
				return err
			}
			continue
		}
		doc, _, err := htmlparse.Parse(htmlReader(body, capt.ContentType))
		if err != nil {
			c.log.Warn("deferred page not parsed", "url", d.URL, "err", err)
			continue
		}
		out, err := c.cfg.Process(ctx, &Page{Capture: capt, URL: u, Doc: doc, Target: d.Target, Canon: c.canon})
		if err != nil {
			return fmt.Errorf("process %s: %w", d.URL, err)
		}
		late = append(late, out.Late...)
		if !out.Defer {
			late = append(late, npswatch.LateResult{CaptureID: capt.ID, URL: d.URL, Listings: out.Listings,
				Hits: out.Hits, Vendors: out.Vendors})
		}
	}
	return c.commitLate(ctx, late)
}

// captureBody is the body of a stored capture with gzip content coding
// removed (capped at maxBody).
func captureBody(capt *npswatch.Capture, maxBody int64) ([]byte, error) {
	body := capt.Body
	if strings.Contains(strings.ToLower(capt.ResponseHeader.Get("Content-Encoding")), "gzip") {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, fmt.Errorf("gunzip: %w", err)
		}
		if body, err = io.ReadAll(io.LimitReader(zr, maxBody)); err != nil && len(body) == 0 {
			return nil, fmt.Errorf("gunzip: %w", err)
		}
	}
	return body, nil
}
