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
	"github.com/npswatch/npswatch/storage"
)

func runReport(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "report", "[--date YYYY-MM-DD | --since DATE] [--mark] [--format html|md|json] [--out FILE] [--sign-key FILE] [--db FILE]\n\n"+
		"Without --date or --since a report covers everything since the last report made with --mark\n"+
		"(everything, when no report was marked). Only --mark moves that marker; it is kept in the database.")
	db := dbFlag(fs, e)
	date := fs.String("date", "", "report on this UTC `day` (YYYY-MM-DD)")
	since := fs.String("since", "", "report on everything since this `date` (2026-11-27, RFC 3339, 36h, 7d)")
	format := fs.String("format", "html", "output `format`: html, md or json")
	out := fs.String("out", "", "write to this `file` instead of standard output")
	mark := fs.Bool("mark", false, "record this report's end in the database: the next report without --date or --since starts there")
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
	if *mark && *date != "" {
		return usageError("--mark and --date exclude each other: a day's report does not move the window")
	}
	now := time.Now().UTC()
	from, until := time.Time{}, now
	var d *storage.DB
	if *mark {
		d, err = openExistingDB(*db)
	} else {
		d, err = openDB(*db, true)
	}
	if err != nil {
		return err
	}
	defer d.Close()
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
		if from, err = reportMark(ctx, d, *db); err != nil {
			return err
		}
	}
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
	start := "the beginning"
	if !from.IsZero() {
		start = from.Format(time.RFC3339)
	}
	fmt.Fprintf(e.stderr, "report %s → %s: %d new hits (%d dismissed left out), %d changed, %d new, %d gone listings\n",
		start, until.Format(time.RFC3339), len(data.NewHits), data.Dismissed, len(data.Changed),
		len(data.New), len(data.Gone))
	if *mark {
		if err := d.SetReportMark(ctx, until); err != nil {
			return fmt.Errorf("%w: %w", errDatabase, err)
		}
		_ = os.Remove(*db + legacyMarkerSuffix) // the marker of earlier versions
		fmt.Fprintf(e.stderr, "marked: the next report without --date or --since starts at %s\n", until.Format(time.RFC3339))
	}
	return nil
}

// legacyMarkerSuffix names the file beside the database in which versions
// before the marker moved into the database kept it.
const legacyMarkerSuffix = ".last-report"

// reportMark is where a report without an explicit window starts: the end
// of the last marked report, read from the database or, for a database no
// report has marked since the marker moved there, from the earlier
// versions' file beside it; the zero time (everything) when there is none.
func reportMark(ctx context.Context, d *storage.DB, db string) (time.Time, error) {
	t, ok, err := d.ReportMark(ctx)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: %w", errDatabase, err)
	}
	if ok {
		return t, nil
	}
	return lastReport(db+legacyMarkerSuffix, time.Time{}), nil
}

// lastReport reads the marker file earlier versions kept beside the
// database; fallback when there is none or it cannot be read.
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
