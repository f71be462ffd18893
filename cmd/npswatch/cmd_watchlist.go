package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/npswatch/npswatch/matcher"
	"github.com/npswatch/npswatch/seeds"
)

var watchlistColumns = []string{"id", "name", "cas", "class", "category", "severity", "status", "synonyms", "sources"}

func runWatchlist(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "watchlist", "[search TERM] [--format table|jsonl|csv]")
	format := fs.String("format", formatTable, "output `format`: table, jsonl or csv")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if err := checkFormat(*format); err != nil {
		return err
	}
	subs, err := seeds.Watchlist()
	if err != nil {
		return fmt.Errorf("embedded watchlist: %w", err)
	}
	switch {
	case len(pos) == 0:
	case pos[0] == "search" && len(pos) >= 2:
		m, err := matcher.New(subs, nil)
		if err != nil {
			return fmt.Errorf("watchlist: %w", err)
		}
		subs = m.Lookup(strings.Join(pos[1:], " "))
	default:
		return usageError("watchlist takes no arguments, or 'search TERM'")
	}
	w := newWriter(e.stdout, *format, watchlistColumns)
	for i := range subs {
		s := &subs[i]
		syn := s.Synonyms
		if *format == formatTable && len(syn) > 3 {
			syn = append(syn[:3:3], "…")
		}
		if err := w.record(s, []string{s.ID, s.Name, s.CAS, s.Class, s.Category, s.Severity, s.Status,
			strings.Join(syn, "; "), strings.Join(s.Sources, "; ")}); err != nil {
			return err
		}
	}
	if err := w.close(); err != nil {
		return err
	}
	if *format == formatTable {
		fmt.Fprintf(e.stderr, "%d entries (watchlist %s)\n", len(subs), seeds.WatchlistVersion())
	}
	return nil
}
