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
	ex *extract.Extractor
	m  *matcher.Matcher
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
	ex, err := extract.New(&extract.Options{Claims: rules})
	if err != nil {
		return nil, fmt.Errorf("claim lexicon: %w", err)
	}
	m, err := matcher.New(subs, nil)
	if err != nil {
		return nil, fmt.Errorf("watchlist: %w", err)
	}
	return &pipeline{ex: ex, m: m}, nil
}

// page extracts the listings of a page and matches them. capt may be nil
// (scan of a saved file); then fetched is used as the listings' time.
func (p *pipeline) page(doc *goquery.Document, u *url.URL, capt *npswatch.Capture, fetched time.Time) ([]npswatch.Listing, []npswatch.Hit) {
	res := p.ex.Page(doc, u)
	seen := map[string]bool{}
	var listings []npswatch.Listing
	var hits []npswatch.Hit
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
		listings = append(listings, l)
		hits = append(hits, p.m.Match(&l)...)
	}
	return listings, hits
}

// process is the crawler's Processor.
func (p *pipeline) process(_ context.Context, pg *crawler.Page) ([]npswatch.Listing, []npswatch.Hit, error) {
	l, h := p.page(pg.Doc, pg.URL, pg.Capture, pg.Capture.FetchedAt)
	return l, h, nil
}
