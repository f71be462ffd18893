package main

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/npswatch/npswatch"
)

func runHits(ctx context.Context, e *env, args []string) error {
	return runQuery(ctx, e, args, "hits")
}

func runListings(ctx context.Context, e *env, args []string) error {
	return runQuery(ctx, e, args, "listings")
}

// runQuery prints stored hits or listings.
func runQuery(ctx context.Context, e *env, args []string, what string) error {
	usage := "[--db FILE] [--since DATE] [--format table|jsonl|csv]"
	if what == "hits" {
		usage = "[--db FILE] [--since DATE] [--status new|confirmed|dismissed|escalated] [--format table|jsonl|csv]"
	}
	fs := newFlagSet(e, what, usage)
	db := dbFlag(fs, e)
	var status *string
	if what == "hits" {
		status = fs.String("status", "", "only hits whose triage `status` is this (new, confirmed, dismissed, escalated)")
	}
	since := fs.String("since", "", "only records first seen (hits) or fetched (listings) at or after this `date` (2026-11-27, RFC 3339, or 36h / 7d ago)")
	format := fs.String("format", formatTable, "output `format`: table, jsonl or csv")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError("%s takes no arguments, got %q", what, pos)
	}
	if err := checkFormat(*format); err != nil {
		return err
	}
	if status != nil && *status != "" && !slices.Contains(npswatch.TriageStatuses, *status) {
		return usageError("--status %q: want one of %s", *status, strings.Join(npswatch.TriageStatuses, ", "))
	}
	t, err := parseSince(*since, time.Now())
	if err != nil {
		return err
	}
	d, err := openDB(*db, true)
	if err != nil {
		return err
	}
	defer d.Close()
	vendors, err := loadVendorIndex(ctx, d)
	if err != nil {
		return err
	}
	var w *writer
	if what == "hits" {
		triage, terr := d.TriageStatus(ctx)
		if terr != nil {
			return fmt.Errorf("read hits: %w", terr)
		}
		w = newWriter(e.stdout, *format, hitHeader(*format))
		write := func(h *npswatch.Hit) error {
			st := cmp.Or(triage[h.ID], npswatch.TriageNew)
			if *status != "" && st != *status {
				return nil
			}
			vendors.inheritHit(h)
			return writeHit(w, h, st)
		}
		if *format != formatTable {
			// one line per page a hit was seen on (its views share the id)
			err = d.ForEachHit(ctx, t, write)
		} else {
			// one row per hit: its views merged, the pages counted
			var views []npswatch.Hit
			if err = d.ForEachHit(ctx, t, func(h *npswatch.Hit) error {
				views = append(views, *h)
				return nil
			}); err == nil {
				for _, h := range npswatch.MergeHits(views) {
					if err = write(&h); err != nil {
						break
					}
				}
			}
		}
	} else {
		w = newWriter(e.stdout, *format, listingHeader(*format))
		err = d.ForEachListing(ctx, t, func(l *npswatch.Listing) error {
			vendors.inheritListing(l)
			return writeListing(w, l)
		})
	}
	if cerr := w.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", what, err)
	}
	if *format == formatTable {
		fmt.Fprintf(e.stderr, "%d %s\n", w.n, what)
	}
	return nil
}
