package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/npswatch/npswatch/report"
)

func runReport(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "report", "[--date YYYY-MM-DD | --since DATE] [--format html|md|json] [--out FILE] [--sign-key FILE] [--db FILE]")
	db := dbFlag(fs, e)
	date := fs.String("date", "", "report on this UTC `day` (YYYY-MM-DD)")
	since := fs.String("since", "", "report on everything since this `date` (2026-11-27, RFC 3339, 36h, 7d)")
	format := fs.String("format", "html", "output `format`: html, md or json")
	out := fs.String("out", "", "write to this `file` instead of standard output")
	signKey := fs.String("sign-key", "", "the case's signing key `file`, named in the export commands the report prints")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError("report takes no arguments, got %q", pos)
	}
	if *format != "html" && *format != "md" && *format != "json" {
		return usageError("--format %q: want html, md or json", *format)
	}
	if *date != "" && *since != "" {
		return usageError("--date and --since exclude each other")
	}
	now := time.Now().UTC()
	from, until := time.Time{}, now
	marker := *db + ".last-report"
	switch {
	case *date != "":
		day, err := time.Parse("2006-01-02", *date)
		if err != nil {
			return usageError("--date %q: want YYYY-MM-DD", *date)
		}
		from, until = day, day.Add(24*time.Hour)
	case *since != "":
		if from, err = parseSince(*since, now); err != nil {
			return err
		}
	default:
		// since the last report, or the last 24 hours for the first one
		from = lastReport(marker, now.Add(-24*time.Hour))
	}
	d, err := openDB(*db, true)
	if err != nil {
		return err
	}
	defer d.Close()
	data, err := gatherReport(ctx, d, from, until)
	if err != nil {
		return err
	}
	data.Generated, data.Software = now, "npswatch "+versionString()
	// the printed export commands name the database and key as absolute
	// paths, so they work from any folder
	data.DB, data.SignKey = absPath(*db), absPath(*signKey)
	var buf bytes.Buffer
	switch *format {
	case "html":
		err = report.HTML(&buf, data)
	case "md":
		err = report.Markdown(&buf, data)
	default:
		err = report.JSON(&buf, data)
	}
	if err != nil {
		return fmt.Errorf("render report: %w", err)
	}
	if *out == "" {
		_, err = e.stdout.Write(buf.Bytes())
	} else {
		err = os.WriteFile(*out, buf.Bytes(), 0o644)
	}
	if err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if *date == "" && *since == "" {
		if err := os.WriteFile(marker, []byte(until.Format(time.RFC3339Nano)+"\n"), 0o644); err != nil {
			fmt.Fprintf(e.stderr, "npswatch: could not record the report time in %s: %v\n", marker, err)
		}
	}
	fmt.Fprintf(e.stderr, "report %s → %s: %d new hits (%d dismissed left out), %d changed, %d new, %d gone listings\n",
		from.Format(time.RFC3339), until.Format(time.RFC3339), len(data.NewHits), data.Dismissed, len(data.Changed),
		len(data.New), len(data.Gone))
	return nil
}

// lastReport reads the marker beside the database that remembers when
// the last default report was made (a report needs only read access to
// the database, which a running monitor keeps locked for writing).
func lastReport(marker string, fallback time.Time) time.Time {
	b, err := os.ReadFile(marker)
	if err != nil {
		return fallback
	}
	t, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(string(b)))
	if err != nil {
		return fallback
	}
	return t
}

// absPath is p made absolute ("" stays ""; p itself when that fails).
func absPath(p string) string {
	if p == "" {
		return ""
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
