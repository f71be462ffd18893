package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

func runTriage(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "triage", "HIT [--status new|confirmed|dismissed|escalated] [--note TEXT] [--operator NAME] [--db FILE]")
	db := dbFlag(fs, e)
	status := fs.String("status", "", "set the hit's `status`: new, confirmed, dismissed or escalated (without it: show the history)")
	note := fs.String("note", "", "why (kept with the change)")
	operator := fs.String("operator", "", "who decided (kept with the change)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError("triage takes one hit id (see 'npswatch hits'), got %d arguments", len(pos))
	}
	if *status != "" && !slices.Contains(npswatch.TriageStatuses, *status) {
		return usageError("--status %q: want one of %s", *status, strings.Join(npswatch.TriageStatuses, ", "))
	}
	if *status == "" && (*note != "" || *operator != "") {
		return usageError("--note and --operator go with --status")
	}
	open := openExistingDB
	if *status == "" {
		open = func(p string) (*storage.DB, error) { return openDB(p, true) }
	}
	d, err := open(*db)
	if err != nil {
		return err
	}
	defer d.Close()
	id := pos[0]
	if *status != "" {
		err := d.SetTriage(ctx, npswatch.TriageEntry{HitID: id, Status: *status, Note: *note, Operator: *operator})
		if errors.Is(err, storage.ErrNotFound) {
			return usageError("no hit with id %q (see 'npswatch hits')", id)
		}
		if err != nil {
			return fmt.Errorf("triage %s: %w", id, err)
		}
	}
	entries, err := d.Triage(ctx, id)
	if errors.Is(err, storage.ErrNotFound) {
		return usageError("no hit with id %q (see 'npswatch hits')", id)
	}
	if err != nil {
		return fmt.Errorf("read triage of %s: %w", id, err)
	}
	if len(entries) == 0 {
		fmt.Fprintf(e.stdout, "%s: new (never triaged)\n", id)
		return nil
	}
	for _, t := range entries {
		line := fmt.Sprintf("%s  %-10s", stamp(t.At), t.Status)
		if t.Operator != "" {
			line += "  by " + stripControl(t.Operator)
		}
		if t.Note != "" {
			line += "  " + stripControl(t.Note)
		}
		fmt.Fprintln(e.stdout, line)
	}
	if last := entries[len(entries)-1]; last.Status == npswatch.TriageDismissed {
		fmt.Fprintf(e.stdout, "%s is dismissed: reports leave it out, in later runs too (the same listing and substance keep this hit id)\n", id)
	}
	return nil
}
