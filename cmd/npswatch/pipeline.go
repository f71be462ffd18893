package main

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/crawler"
	"github.com/npswatch/npswatch/extract"
	"github.com/npswatch/npswatch/matcher"
	"github.com/npswatch/npswatch/seeds"
)

// pipeline is extraction and matching of one parsed page: the part of the
// data flow between the crawler and storage.
type pipeline struct {
	ex  *extract.Extractor
	m   *matcher.Matcher
	sel []*npswatch.Selectors // per target index of the run: the analyst's selectors, or nil
}

// useTargets sets the selectors of the run's targets.
func (p *pipeline) useTargets(ts []npswatch.Target) {
	p.sel = make([]*npswatch.Selectors, len(ts))
	for i := range ts {
		p.sel[i] = ts[i].Selectors
	}
}

// newPipeline builds the extractor and matcher from the embedded seeds.
func newPipeline() (*pipeline, error) {
	subs, err := seeds.Watchlist()
	if err != nil {
		return nil, fmt.Errorf("embedded watchlist: %w", err)
	}
	rules, err := extract.ParseClaimRules(bytes.NewReader(seeds.ClaimRules()))
	if err != nil {
		return nil, fmt.Errorf("embedded claim lexicon: %w", err)
	}
	concepts, err := extract.ParseConcepts(bytes.NewReader(seeds.Concepts()))
	if err != nil {
		return nil, fmt.Errorf("embedded concept lexicon: %w", err)
	}
	ex, err := extract.New(&extract.Options{Claims: rules, Concepts: concepts})
	if err != nil {
		return nil, fmt.Errorf("claim lexicon: %w", err)
	}
	m, err := matcher.New(subs, nil)
	if err != nil {
		return nil, fmt.Errorf("watchlist: %w", err)
	}
	return &pipeline{ex: ex, m: m}, nil
}

// page extracts the listings of a page and matches them; the vendor notes
// are what the page says outside its listings. capt may be nil (scan of a
// saved file); then fetched is used as the listings' time.
func (p *pipeline) page(doc *goquery.Document, u *url.URL, capt *npswatch.Capture, fetched time.Time, sel *npswatch.Selectors) (crawler.Extracted, *extract.Result) {
	res := p.ex.PageWith(doc, u, sel)
	var out crawler.Extracted
	seen := map[string]bool{}
	for _, l := range res.Listings {
		if l.Site == "" {
			l.Site = u.Host
		}
		if l.URL == "" {
			l.URL = u.String()
		}
		l.FetchedAt = fetched.UTC()
		if capt != nil {
			l.CaptureID, l.RunID, l.FetchedAt = capt.ID, capt.RunID, capt.FetchedAt.UTC()
		}
		l.SetID()
		if seen[l.ID] {
			continue // the same product twice on one page is one listing
		}
		seen[l.ID] = true
		out.Listings = append(out.Listings, l)
		for _, h := range p.m.Match(&l) {
			h.Vendor = l.Vendor
			out.Hits = append(out.Hits, h)
		}
	}
	if v := pageVendorNote(&res, u, out.Listings, fetched); !v.Empty() {
		out.Vendors = append(out.Vendors, v)
	}
	return out, &res
}

// pageVendorNote is what a page says about its vendor (or the site, when
// the page is no vendor's profile) outside its listings: claims and terms,
// each with the page URL, shipping places, and the page's contacts when the
// page is a profile or holds no listing.
func pageVendorNote(res *extract.Result, u *url.URL, listings []npswatch.Listing, fetched time.Time) npswatch.Vendor {
	v := npswatch.Vendor{Site: u.Host, Name: res.PageVendor, ShipsFrom: res.SiteShipsFrom, ShipsTo: res.SiteShipsTo,
		Pages: 1, FirstSeen: fetched.UTC(), LastSeen: fetched.UTC()}
	if len(listings) > 0 && listings[0].Site != "" {
		v.Site = listings[0].Site
	}
	for _, c := range res.SiteClaims {
		c.URL = u.String()
		v.Claims = append(v.Claims, c)
	}
	for _, c := range res.SiteTerms {
		c.URL = u.String()
		v.Terms = append(v.Terms, c)
	}
	if res.PageVendor != "" || len(listings) == 0 {
		v.Contacts = res.Contacts
	}
	v.SetID()
	return v
}

// process is the crawler's Processor.
func (p *pipeline) process(_ context.Context, pg *crawler.Page) (crawler.Extracted, error) {
	var sel *npswatch.Selectors
	if pg.Target >= 0 && pg.Target < len(p.sel) {
		sel = p.sel[pg.Target]
	}
	out, _ := p.page(pg.Doc, pg.URL, pg.Capture, pg.Capture.FetchedAt, sel)
	return out, nil
}
