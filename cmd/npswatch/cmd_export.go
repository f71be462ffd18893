package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/evidence"
	"github.com/npswatch/npswatch/storage"
)

// multiFlag collects a repeated flag (--hit A --hit B, or --hit A,B).
type multiFlag []string

func (m *multiFlag) String() string { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*m = append(*m, s)
		}
	}
	return nil
}

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "export", "--out case.wacz (--hit ID... | --listing ID... | --since DATE | --site HOST) [--case NAME] [--operator NAME] [--sign-key FILE] [--tsa URL] [--db FILE]")
	db := dbFlag(fs, e)
	out := fs.String("out", "", "the WACZ `file` to write (must not exist)")
	var hitIDs, listingIDs, sites multiFlag
	fs.Var(&hitIDs, "hit", "export this hit `ID` and its listing (repeatable, or comma-separated)")
	fs.Var(&listingIDs, "listing", "export this listing `ID` and its hits (repeatable)")
	fs.Var(&sites, "site", "export every listing of this `HOST` (repeatable)")
	since := fs.String("since", "", "export listings fetched at or after this `date` (2026-11-27, RFC 3339, or 7d)")
	caseName := fs.String("case", "", "case `name` recorded in the package")
	operator := fs.String("operator", "", "operator `name` recorded in the package")
	signKey := fs.String("sign-key", "", "sign the package with this P-384 private key `file` (npswatch keygen)")
	tsa := fs.String("tsa", "", "RFC 3161 timestamp authority `URL` to timestamp the signature (needs --sign-key)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError("export takes no arguments, got %q", pos)
	}
	if *out == "" {
		return usageError("export needs --out FILE.wacz")
	}
	if !strings.HasSuffix(strings.ToLower(*out), ".wacz") {
		return usageError("--out %q: the file name must end in .wacz", *out)
	}
	if _, err := os.Stat(*out); err == nil {
		return usageError("--out %q already exists; evidence files are never overwritten", *out)
	}
	if len(hitIDs)+len(listingIDs)+len(sites) == 0 && *since == "" {
		return usageError("export needs a selection: --hit, --listing, --site or --since")
	}
	if *tsa != "" && *signKey == "" {
		return usageError("--tsa timestamps the signature: it needs --sign-key")
	}
	if *tsa != "" && !strings.HasPrefix(*tsa, "http://") && !strings.HasPrefix(*tsa, "https://") {
		return usageError("--tsa %q is not an http(s) URL", *tsa)
	}
	var from time.Time
	if *since != "" {
		if from, err = parseSince(*since, time.Now()); err != nil {
			return err
		}
	}
	var key *ecdsa.PrivateKey
	if *signKey != "" {
		if key, err = evidence.LoadPrivateKey(*signKey); err != nil {
			return fmt.Errorf("%w: %w", errUsage, err)
		}
	}
	d, err := openDB(*db, true)
	if err != nil {
		return err
	}
	defer d.Close()
	sel := selection{hits: hitIDs, listings: listingIDs, sites: sites, since: from, all: *since != ""}
	b, err := gatherBundle(ctx, d, sel)
	if err != nil {
		return err
	}
	host, _ := os.Hostname()
	b.Case, b.Operator, b.Host = *caseName, *operator, host
	b.Software, b.Created = "npswatch "+npswatch.Version, time.Now().UTC()
	b.ClockSource = "system clock of " + host + " (UTC); not verified against NTP by npswatch"
	sum, err := evidence.Write(ctx, *out, b, evidence.WriteOptions{Key: key, TSAURL: *tsa})
	if err != nil {
		return fmt.Errorf("export %s: %w", *out, err)
	}
	signed := "unsigned"
	if sum.Signed {
		signed = "signed"
		if sum.Timestamped {
			signed += " and timestamped"
		}
	}
	fmt.Fprintf(e.stdout, "wrote %s: %d listings, %d hits, %d captures, %d WARC records, %d files, %s; datapackage.json %s\n",
		*out, len(b.Listings), len(b.Hits), len(b.Captures), sum.Records, sum.Files, signed, sum.Hash)
	return nil
}

// selection is what an export asks for.
type selection struct {
	hits, listings, sites []string
	since                 time.Time
	all                   bool // --since given: every listing fetched since then
}

// gatherBundle collects the selected listings, their hits, captures and
// runs. Every id asked for must exist.
func gatherBundle(ctx context.Context, d *storage.DB, sel selection) (*evidence.Bundle, error) {
	vendors, err := loadVendorIndex(ctx, d)
	if err != nil {
		return nil, err
	}
	// ids from before the database keyed listings by offer name the offer now
	for i, id := range sel.hits {
		sel.hits[i] = d.ResolveID(id)
	}
	for i, id := range sel.listings {
		sel.listings[i] = d.ResolveID(id)
	}
	wantListing := map[string]bool{}
	for _, id := range sel.listings {
		wantListing[id] = true
	}
	var hits []npswatch.Hit
	foundHit := map[string]bool{}
	err = d.ForEachHit(ctx, time.Time{}, func(h *npswatch.Hit) error {
		if slices.Contains(sel.hits, h.ID) {
			foundHit[h.ID] = true
			wantListing[h.ListingID] = true
		}
		hits = append(hits, *h)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read hits: %w", err)
	}
	for _, id := range sel.hits {
		if !foundHit[id] {
			return nil, usageError("no hit with id %q (see 'npswatch hits')", id)
		}
	}
	b := &evidence.Bundle{}
	foundListing := map[string]bool{}
	err = d.ForEachListing(ctx, time.Time{}, func(l *npswatch.Listing) error {
		take := wantListing[l.ID] || slices.Contains(sel.sites, l.Site) || (sel.all && !l.FetchedAt.Before(sel.since))
		if !take {
			return nil
		}
		foundListing[l.ID] = true
		vendors.inheritListing(l)
		b.Listings = append(b.Listings, *l)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read listings: %w", err)
	}
	for _, id := range sel.listings {
		if !foundListing[id] {
			return nil, usageError("no listing with id %q (see 'npswatch listings --format jsonl')", id)
		}
	}
	for _, s := range sel.sites {
		if !slices.ContainsFunc(b.Listings, func(l npswatch.Listing) bool { return l.Site == s }) {
			return nil, usageError("no listing of site %q", s)
		}
	}
	if len(b.Listings) == 0 {
		return nil, usageError("nothing to export: no listing matches the selection")
	}
	for i := range hits {
		if foundListing[hits[i].ListingID] { // every hit of a listing explains it
			vendors.inheritHit(&hits[i])
			b.Hits = append(b.Hits, hits[i])
		}
	}
	if err := addCaptures(ctx, d, b); err != nil {
		return nil, err
	}
	// the chain head as 'verify --db' prints it, so the two can be compared
	head, err := d.ChainHead(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the hash-chain head: %w", err)
	}
	if head.Seq > 0 {
		b.ChainHead = head.String()
	}
	return b, nil
}

// addCaptures loads the capture behind every listing (with its raw bytes)
// and the runs they belong to.
func addCaptures(ctx context.Context, d *storage.DB, b *evidence.Bundle) error {
	seen := map[string]bool{}
	runs := map[string]bool{}
	for _, l := range b.Listings {
		if l.CaptureID == "" || seen[l.CaptureID] {
			continue
		}
		seen[l.CaptureID] = true
		c, err := d.Capture(ctx, l.CaptureID)
		if err != nil {
			if errors.Is(err, storage.ErrNotFound) {
				return fmt.Errorf("listing %s: its capture %s is missing from the database (run 'npswatch verify --db')", l.ID, l.CaptureID)
			}
			return fmt.Errorf("read capture %s: %w", l.CaptureID, err)
		}
		b.Captures = append(b.Captures, c)
		runs[c.RunID] = true
		// the page's images (and style sheets), recorded after it
		for _, u := range c.Requisites {
			id := npswatch.RequisiteCaptureID(c.RunID, u)
			if seen[id] {
				continue
			}
			seen[id] = true
			rc, err := d.Capture(ctx, id)
			if errors.Is(err, storage.ErrNotFound) {
				continue // not fetched: over the host's budget, disallowed, or the run stopped first
			}
			if err != nil {
				return fmt.Errorf("read capture %s (a requisite of %s): %w", id, c.URL, err)
			}
			b.Captures = append(b.Captures, rc)
		}
	}
	sort.Slice(b.Captures, func(i, j int) bool { return b.Captures[i].Seq < b.Captures[j].Seq })
	for id := range runs {
		r, err := d.Run(ctx, id)
		if err != nil {
			return fmt.Errorf("read run %s: %w", id, err)
		}
		b.Runs = append(b.Runs, *r)
	}
	sort.Slice(b.Runs, func(i, j int) bool { return b.Runs[i].ID < b.Runs[j].ID })
	return nil
}
