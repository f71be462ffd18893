package evidence

import (
	"crypto/ecdsa"
	"errors"
	"net/http"
	"time"

	"github.com/npswatch/npswatch"
)

// Bundle is what goes into one evidence package.
type Bundle struct {
	Case, Operator string              // from --case/--operator, may be empty
	Host           string              // the machine that exported (os.Hostname)
	Software       string              // "npswatch 0.1.0"
	Created        time.Time           // export time (UTC)
	ClockSource    string              // e.g. "system clock (UTC), not NTP-verified"
	Captures       []*npswatch.Capture // with Body, RawRequest, RawResponse loaded
	Listings       []npswatch.Listing
	Hits           []npswatch.Hit
	Runs           []npswatch.Run // runs the captures belong to (targets, proxy route, watchlist version)
	ChainHead      string         // the database's hash-chain head record hash at export, informative
}

// WriteOptions says how a package is sealed.
type WriteOptions struct {
	Key        *ecdsa.PrivateKey // nil: unsigned (datapackage-digest.json without signedData)
	TSAURL     string            // "": no timestamp; else timestamp the signature (requires Key)
	HTTPClient *http.Client      // for the TSA; nil: a client with a 30 s timeout
}

// Summary is what Write wrote.
type Summary struct {
	Records, Pages, Files int
	Signed, Timestamped   bool
	Hash                  string // "sha256:<hex>" of datapackage.json
}

// prepared is a Bundle checked and indexed for writing: duplicates
// (same id) dropped, first kept, input order otherwise kept.
type prepared struct {
	*Bundle
	software string // Software, or "npswatch <version>"
	captures []*npswatch.Capture
	listings []npswatch.Listing
	hits     []npswatch.Hit
	capture  map[string]*npswatch.Capture
	run      map[string]*npswatch.Run
	listing  map[string]*npswatch.Listing
}

func prepare(b *Bundle) (*prepared, error) {
	if b == nil {
		return nil, errors.New("no bundle")
	}
	if b.Created.IsZero() {
		return nil, errors.New("bundle has no creation time")
	}
	p := &prepared{Bundle: b, software: b.Software, capture: map[string]*npswatch.Capture{}, run: map[string]*npswatch.Run{},
		listing: map[string]*npswatch.Listing{}}
	if p.software == "" {
		p.software = "npswatch " + npswatch.Version
	}
	for _, c := range b.Captures {
		if c == nil {
			continue
		}
		if c.ID == "" {
			return nil, errors.New("capture without id")
		}
		if p.capture[c.ID] == nil {
			p.capture[c.ID] = c
			p.captures = append(p.captures, c)
		}
	}
	for i := range b.Runs {
		if p.run[b.Runs[i].ID] == nil {
			p.run[b.Runs[i].ID] = &b.Runs[i]
		}
	}
	seen := map[string]bool{}
	for _, l := range b.Listings {
		if l.ID == "" {
			return nil, errors.New("listing without id")
		}
		if !seen[l.ID] {
			seen[l.ID] = true
			p.listings = append(p.listings, l)
		}
	}
	for i := range p.listings {
		p.listing[p.listings[i].ID] = &p.listings[i]
	}
	seen = map[string]bool{}
	for _, h := range b.Hits {
		if h.ID == "" {
			return nil, errors.New("hit without id")
		}
		if !seen[h.ID] {
			seen[h.ID] = true
			p.hits = append(p.hits, h)
		}
	}
	return p, nil
}

// watchlistOf returns the watchlist version of the run with id, or "".
func (p *prepared) watchlistOf(runID string) string {
	if r := p.run[runID]; r != nil {
		return r.Watchlist
	}
	return ""
}

// captureOfHit is the capture a hit was found in: its own, else its
// listing's.
func (p *prepared) captureOfHit(h *npswatch.Hit) string {
	if h.CaptureID != "" {
		return h.CaptureID
	}
	if l := p.listing[h.ListingID]; l != nil {
		return l.CaptureID
	}
	return ""
}

// proxies returns the distinct proxy routes of the runs' targets and of
// the captures, in first-seen order ("direct" is not listed).
func (p *prepared) proxies() []string {
	var out []string
	add := func(s string) {
		for _, o := range out {
			if o == s {
				return
			}
		}
		if s != "" {
			out = append(out, s)
		}
	}
	for _, r := range p.Runs {
		for _, t := range r.Targets {
			add(t.Proxy)
		}
	}
	for _, c := range p.captures {
		add(c.Proxy)
	}
	return out
}

// when returns t, or the export time when t is zero.
func (p *prepared) when(t time.Time) time.Time {
	if t.IsZero() {
		return p.Created
	}
	return t
}
