package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/seeds"
)

func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "demo", "[--keep] [--format table|jsonl|csv]")
	keep := fs.Bool("keep", false, "keep the temporary database and print its path")
	format := fs.String("format", formatTable, "output `format` of the hits: table, jsonl or csv")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError("demo takes no arguments")
	}
	if err := checkFormat(*format); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("demo: listen on 127.0.0.1: %w", err)
	}
	srv := &http.Server{Handler: http.FileServerFS(seeds.DemoSite()), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()
	dir, err := os.MkdirTemp("", "npswatch-demo-")
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	if !*keep {
		defer os.RemoveAll(dir)
	}
	db := filepath.Join(dir, "demo.db")
	fmt.Fprintf(e.stderr, "Crawling a built-in sample marketplace (invented vendors, real substances) on %s …\n", base)
	t := npswatch.Target{Name: "demo", StartURLs: []string{base + "/"}, Depth: 5, Rate: 50, Concurrency: 2, MaxPages: 500}
	if _, err := crawl(ctx, e, crawlOptions{db: db, targets: []npswatch.Target{t}, userAgent: "npswatch-demo/" + npswatch.Version,
		timeout: 10 * time.Second, logLevel: slog.LevelWarn, quiet: true}); err != nil {
		return err
	}
	if *format != formatTable {
		return runQuery(ctx, e, []string{"--db", db, "--format", *format}, "hits")
	}
	d, err := openDB(db, true)
	if err != nil {
		return err
	}
	err = printDemo(ctx, e.stdout, d)
	d.Close()
	if err != nil {
		return err
	}
	dbArg := "--db DB"
	if *keep {
		dbArg = `--db "$DB"`
		fmt.Fprintf(e.stdout, "\nThe database is kept: DB=%s\n", db)
	}
	next := [][2]string{
		{"npswatch demo --keep", "keep this database (now deleted) to explore it"},
		{"npswatch hits " + dbArg, "every hit: id, confidence, claims, page"},
		{"npswatch report " + dbArg + " --out r.html", "the daily report; opens offline"},
		{"npswatch scan PAGE.html --show page", "how one saved page was read, and why"},
		{"npswatch crawl --db case.db URL", "crawl a site of your own (README: The analyst's day)"},
	}
	if *keep {
		next = next[1:]
	}
	fmt.Fprintf(e.stdout, "\nNext steps:\n")
	for _, n := range next {
		fmt.Fprintf(e.stdout, "  %-38s %s\n", n[0], n[1])
	}
	return nil
}
