// Package pipeline is extraction and matching of fetched pages: the part of
// the data flow between the crawler and storage. It builds the extractor
// and matcher from the embedded seeds, learns each crawled site's template
// (extract.Template) and holds a site's first pages back until the
// template has seen enough of them to tell chrome from content.
package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"sync"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/crawler"
	"github.com/npswatch/npswatch/extract"
	"github.com/npswatch/npswatch/matcher"
	"github.com/npswatch/npswatch/seeds"
)

// Pipeline extracts and matches pages. It is safe for concurrent use.
type Pipeline struct {
	ex  *extract.Extractor
	m   *matcher.Matcher
	sel []*npswatch.Selectors // per target index of the run: the analyst's selectors, or nil

	mu    sync.Mutex
	sites map[string]*site // host → what the crawl learned of it
}

// site is what a crawl knows of one host: its template, and the pages
// held back until the template is mature.
type site struct {
	tmpl      *extract.Template
	held      []*crawler.Page
	heldBytes int64 // bytes of the held pages' bodies
}

// maxHeld is how many body bytes a site's held pages may hold at most: a
// held page keeps its parsed document in memory. A page that would go over
// it is extracted at once, with the template as it is, and so are the
// pages held before it.
const maxHeld = 4 << 20

// New builds the extractor and matcher from the embedded seeds.
func New() (*Pipeline, error) {
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
	roles, err := extract.ParseRoles(bytes.NewReader(seeds.Roles()))
	if err != nil {
		return nil, fmt.Errorf("embedded role lexicon: %w", err)
	}
	ex, err := extract.New(&extract.Options{Claims: rules, Concepts: concepts, Roles: roles})
	if err != nil {
		return nil, fmt.Errorf("claim lexicon: %w", err)
	}
	m, err := matcher.New(subs, nil)
	if err != nil {
		return nil, fmt.Errorf("watchlist: %w", err)
	}
	return &Pipeline{ex: ex, m: m, sites: map[string]*site{}}, nil
}

// UseTargets sets the selectors of the run's targets.
func (p *Pipeline) UseTargets(ts []npswatch.Target) {
	p.sel = make([]*npswatch.Selectors, len(ts))
	for i := range ts {
		p.sel[i] = ts[i].Selectors
	}
}

// Matcher returns the matcher the pipeline uses.
func (p *Pipeline) Matcher() *matcher.Matcher { return p.m }

// Page extracts the listings of a page read on its own (no template: the
// in-page rules) and matches them; the vendor notes are what the page says
// outside its listings. capt may be nil (scan of a saved file); then
// fetched is the listings' time.
func (p *Pipeline) Page(doc *goquery.Document, u *url.URL, capt *npswatch.Capture, fetched time.Time, sel *npswatch.Selectors) (crawler.Extracted, *extract.Result) {
	return p.page(doc, u, capt, fetched, sel, nil, defaultCanon)
}

// defaultCanon canonicalises the offer links of a page read on its own as
// a crawl with the default settings would.
var defaultCanon = crawler.NewCanonicalizer(crawler.DefaultDropParams)

func (p *Pipeline) page(doc *goquery.Document, u *url.URL, capt *npswatch.Capture, fetched time.Time, sel *npswatch.Selectors, tmpl *extract.Template, canon *crawler.Canonicalizer) (crawler.Extracted, *extract.Result) {
	res := p.ex.PageIn(doc, u, sel, tmpl)
	var out crawler.Extracted
	seen := map[string]string{} // listing id → its text
	for _, l := range res.Listings {
		if l.Site == "" {
			l.Site = u.Host
		}
		if l.URL == "" {
			l.URL = u.String()
		}
		if l.OfferURL != "" && l.OfferURL != l.URL {
			// the crawl's form of the link, so that the card and the page
			// it links to name one offer
			if cu, err := canon.Canonical(nil, l.OfferURL); err == nil {
				l.OfferURL = cu.String()
			}
		}
		l.FetchedAt = fetched.UTC()
		if capt != nil {
			l.CaptureID, l.RunID, l.FetchedAt = capt.ID, capt.RunID, capt.FetchedAt.UTC()
		}
		l.SetID()
		if text, ok := seen[l.ID]; ok {
			if text == l.Text {
				continue // the same offer twice on one page is one listing
			}
			// two offers the page tells apart only by their words
			l.ID = npswatch.ShortID("offer", l.ID, npswatch.ProductKey(l.Text))
			if _, ok := seen[l.ID]; ok {
				continue
			}
		}
		seen[l.ID] = l.Text
		out.Listings = append(out.Listings, l)
	}
	for i, hits := range p.m.MatchPage(out.Listings) {
		for _, h := range hits {
			h.Vendor = out.Listings[i].Vendor
			out.Hits = append(out.Hits, h)
		}
	}
	if v := pageVendorNote(&res, u, out.Listings, fetched); !v.Empty() {
		out.Vendors = append(out.Vendors, v)
	}
	return out, &res
}

// pageVendorNote is what a page says about its vendor (the vendor whose
// profile it is, or whose listings it alone shows; else the site) outside
// its listings: claims, terms and denials,
// each with the page URL, shipping places, and the page's contacts when the
// page is a profile or holds no listing.
func pageVendorNote(res *extract.Result, u *url.URL, listings []npswatch.Listing, fetched time.Time) npswatch.Vendor {
	v := npswatch.Vendor{Site: u.Host, Name: firstNonEmpty(res.PageVendor, commonVendor(listings)), ShipsFrom: res.SiteShipsFrom,
		ShipsTo: res.SiteShipsTo, Denies: res.SiteDenies, Pages: 1, FirstSeen: fetched.UTC(), LastSeen: fetched.UTC()}
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

// commonVendor is the vendor all the listings of a page name, or "": on a
// multi-vendor market, what a vendor's listing page says outside the
// listing is that vendor's, not the market's.
func commonVendor(listings []npswatch.Listing) string {
	name, key := "", ""
	for _, l := range listings {
		k := npswatch.VendorKey(l.Vendor)
		switch {
		case k == "":
			return ""
		case key == "":
			name, key = l.Vendor, k
		case k != key:
			return ""
		}
	}
	return name
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// Process is the crawler's Processor: it adds the page to its site's
// template and extracts it once the template is mature, with the pages it
// held back until then.
func (p *Pipeline) Process(_ context.Context, pg *crawler.Page) (crawler.Extracted, error) {
	s := p.site(pg.URL.Host)
	if pg.Part > 0 {
		// a part of a big page: extracted at once with the template as it
		// is (a part is not a page of the site's template to learn from)
		out, _ := p.extract(pg, s.tmpl)
		return out, nil
	}
	if len(pg.Doc.Nodes) > 0 {
		s.tmpl.Observe(pg.Doc.Nodes[0])
	}
	p.mu.Lock()
	size := int64(0)
	if pg.Capture != nil {
		size = pg.Capture.Size
	}
	if !s.tmpl.Mature() && s.heldBytes+size <= maxHeld {
		s.held = append(s.held, pg)
		s.heldBytes += size
		p.mu.Unlock()
		return crawler.Extracted{Defer: true}, nil
	}
	held := s.held
	s.held, s.heldBytes = nil, 0
	p.mu.Unlock()
	out, _ := p.extract(pg, s.tmpl)
	out.Late = p.late(held, s.tmpl)
	return out, nil
}

// Flush extracts the pages held back for host with the template as it is.
func (p *Pipeline) Flush(_ context.Context, host string) ([]npswatch.LateResult, error) {
	p.mu.Lock()
	s := p.sites[host]
	if s == nil || len(s.held) == 0 {
		p.mu.Unlock()
		return nil, nil
	}
	held := s.held
	s.held, s.heldBytes = nil, 0
	p.mu.Unlock()
	return p.late(held, s.tmpl), nil
}

// site returns the state of host, made on first use.
func (p *Pipeline) site(host string) *site {
	p.mu.Lock()
	defer p.mu.Unlock()
	s := p.sites[host]
	if s == nil {
		s = &site{tmpl: extract.NewTemplate()}
		p.sites[host] = s
	}
	return s
}

// extract runs extraction and matching on one crawled page; the template
// learns the page's product-grid shapes. learned reports whether one was
// new to it.
func (p *Pipeline) extract(pg *crawler.Page, tmpl *extract.Template) (out crawler.Extracted, learned bool) {
	var sel *npswatch.Selectors
	if pg.Target >= 0 && pg.Target < len(p.sel) {
		sel = p.sel[pg.Target]
	}
	canon := pg.Canon
	if canon == nil {
		canon = defaultCanon
	}
	out, res := p.page(pg.Doc, pg.URL, pg.Capture, pg.Capture.FetchedAt, sel, tmpl, canon)
	return out, tmpl.LearnCards(res.CardShapes)
}

// late extracts held pages into late results. When one of them teaches the
// template a product-grid shape, the others are read again: a lone card of
// that shape on one of them is a product.
func (p *Pipeline) late(held []*crawler.Page, tmpl *extract.Template) []npswatch.LateResult {
	outs := make([]crawler.Extracted, len(held))
	again := false
	for i, pg := range held {
		var learned bool
		outs[i], learned = p.extract(pg, tmpl)
		again = again || learned
	}
	if again {
		for i, pg := range held {
			outs[i], _ = p.extract(pg, tmpl)
		}
	}
	out := make([]npswatch.LateResult, len(held))
	for i, pg := range held {
		e := outs[i]
		out[i] = npswatch.LateResult{CaptureID: pg.Capture.ID, URL: pg.URL.String(), Listings: e.Listings,
			Hits: e.Hits, Vendors: e.Vendors}
	}
	return out
}
