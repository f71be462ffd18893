package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

var (
	eventColumns      = []string{"at", "kind", "listing_id", "run_id", "capture_id", "fields", "product", "price", "cas", "claims"}
	eventTableColumns = []string{"at", "kind", "run", "capture", "changed", "product / change"}
)

func runHistory(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "history", "LISTING [--db FILE] [--format table|jsonl|csv]")
	db := dbFlag(fs, e)
	format := fs.String("format", formatTable, "output `format`: table, jsonl or csv")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError("history takes one listing id (see 'npswatch listings'), got %d arguments", len(pos))
	}
	if err := checkFormat(*format); err != nil {
		return err
	}
	d, err := openDB(*db, true)
	if err != nil {
		return err
	}
	defer d.Close()
	events, err := d.ListingHistory(ctx, pos[0])
	if errors.Is(err, storage.ErrNotFound) {
		return usageError("no listing with id %q (see 'npswatch listings --format jsonl')", pos[0])
	}
	if err != nil {
		return fmt.Errorf("read history: %w", err)
	}
	header := eventColumns
	if *format == formatTable {
		header = eventTableColumns
	}
	w := newWriter(e.stdout, *format, header)
	for i := range events {
		if err := writeEvent(w, &events[i]); err != nil {
			return err
		}
	}
	if err := w.close(); err != nil {
		return err
	}
	if *format == formatTable {
		fmt.Fprintf(e.stderr, "%d events; export the capture of a version with 'npswatch export --listing %s --out FILE.wacz'\n", w.n, pos[0])
	}
	return nil
}

// writeEvent prints one timeline entry.
func writeEvent(w *writer, ev *npswatch.ListingEvent) error {
	var snap npswatch.ListingSnapshot
	if ev.After != nil {
		snap = *ev.After
	}
	if w.format == formatTable {
		what := snap.Product
		if ev.Kind == npswatch.ChangeChanged && ev.Before != nil && ev.After != nil {
			what = describeChange(ev.Fields, ev.Before, ev.After)
		}
		return w.record(ev, []string{stamp(ev.At), ev.Kind, ev.RunID, ev.CaptureID, strings.Join(ev.Fields, ","), what})
	}
	return w.record(ev, []string{stamp(ev.At), ev.Kind, ev.ListingID, ev.RunID, ev.CaptureID, strings.Join(ev.Fields, ";"),
		snap.Product, snap.Price, strings.Join(snap.CAS, ";"), claimKinds(snap.Claims)})
}

// describeChange shows each changed field as "field: before → after".
func describeChange(fields []string, b, a *npswatch.ListingSnapshot) string {
	var parts []string
	for _, f := range fields {
		bv, av := snapshotField(b, f), snapshotField(a, f)
		parts = append(parts, f+": "+clip(bv, 40)+" → "+clip(av, 40))
	}
	return strings.Join(parts, "; ")
}

// snapshotField renders one compared field of a snapshot for display.
func snapshotField(s *npswatch.ListingSnapshot, field string) string {
	switch field {
	case npswatch.FieldProduct:
		return s.Product
	case npswatch.FieldPrice:
		return s.Price
	case npswatch.FieldCAS:
		return strings.Join(s.CAS, ", ")
	case npswatch.FieldClaims:
		return claimKinds(s.Claims)
	case npswatch.FieldVendor:
		return s.Vendor
	case npswatch.FieldContacts:
		return contactList(s.Contacts)
	case npswatch.FieldShips:
		return strings.Join(s.ShipsFrom, ",") + " → " + strings.Join(s.ShipsTo, ",")
	case npswatch.FieldTerms:
		return claimKinds(s.Terms)
	}
	return ""
}
