package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

var runColumns = []string{"id", "state", "started", "ended", "fetched", "failed", "skipped", "blocked", "listings",
	"hits", "ignored_robots", "start_urls"}

// runRuns lists the crawl runs in the database, newest first.
func runRuns(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "runs", "[--db FILE] [--format table|jsonl|csv]")
	db := dbFlag(fs, e)
	format := fs.String("format", formatTable, "output `format`: table, jsonl or csv")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError("runs takes no arguments")
	}
	if err := checkFormat(*format); err != nil {
		return err
	}
	d, err := openDB(*db, true)
	if err != nil {
		return err
	}
	defer d.Close()
	runs, err := d.Runs(ctx)
	if err != nil {
		return fmt.Errorf("read runs: %w", err)
	}
	w := newWriter(e.stdout, *format, runColumns)
	for i := range runs {
		r := &runs[i]
		var starts []string
		for _, t := range r.Targets {
			starts = append(starts, t.StartURLs...)
		}
		n := strconv.Itoa
		if err := w.record(r, []string{r.ID, r.State, stamp(r.Started), stamp(r.Ended), n(r.Stats.Fetched),
			n(r.Stats.Failed), n(r.Stats.Skipped), n(r.Stats.Blocked), n(r.Stats.Listings), n(r.Stats.Hits),
			strconv.FormatBool(r.IgnoredRobots), strings.Join(starts, " ")}); err != nil {
			return err
		}
	}
	return w.close()
}
