// Command crawlbench compares npswatch's full crawl with a bare Colly crawler
// on the same generated site, in one run, interleaved (issue 14).
//
// It serves a generated chemical marketplace on 127.0.0.1 (site.go: a home
// page, --pages catalogue pages of --cards product cards, about --page-kb
// each, and one page per product, every product listed on 3 catalogue pages)
// and crawls it --runs times with each crawler, alternating which goes first:
//
//   - colly: a bare colly/v2 crawler (colly.go) in a child process — this
//     binary again, with -colly-child — following every same-host link,
//     --concurrency requests in flight, links resolved with net/url and
//     deduplicated atomically; no extraction, no storage;
//   - npswatch: `npswatch crawl --db <fresh file> --rate 1000000
//     --concurrency N --depth <pages on the site> --max-pages 0 <site>/`
//     (--rate must be positive, so a rate no limiter reaches stands for "none").
//
// Both run as child processes, so each one's CPU time and peak RSS come from
// its own rusage (os.ProcessState: user+sys, Maxrss) and leave out the server,
// which runs in this process and serves both alike.
//
// It is a measurement, not a test: nothing about time is asserted. It fails
// only when a crawler cannot be started or exits with an error.
//
// # Output
//
// Lines starting with '#' are comments (the setup, each npswatch run's own
// summary, warnings). The others are whitespace-separated columns, one header
// line first:
//
//	round crawler pages dup robots other wall_s pages/s cpu_ms/page rss_MiB db_B/page
//
// round is 1..--runs, or "median" for the median of each column over the
// rounds (one line per crawler after the rounds); crawler is colly or
// npswatch; pages is HTML pages the server answered (home, catalogue,
// product), counted at the server; dup is requests beyond the first for the
// same URL (any kind); robots is robots.txt requests; other is any other
// request (404s, images); wall_s is the child's wall time from start to exit
// (process start and database open included); pages/s is pages/wall_s;
// cpu_ms/page is the child's user+sys CPU per page; rss_MiB is its peak
// resident set (Maxrss; for npswatch it includes the mmapped BoltDB file's
// pages it touched); db_B/page is the npswatch database file's size at exit
// per page ("-" for colly). The last line is
//
//	ratio npswatch/colly pages/s R (rounds: r1 r2 ...)
//
// where R is the median of the rounds' ratios (each round pairs one crawl of
// each crawler, run back to back).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

type config struct {
	pages, cards, pageKB, runs, conc int
	seed                             uint64
	npswatch                         string // binary; "" = build ./cmd/npswatch
}

func main() {
	var cfg config
	fs := flag.NewFlagSet("crawlbench", flag.ContinueOnError)
	fs.IntVar(&cfg.pages, "pages", 2000, "catalogue pages on the generated site `N`")
	fs.IntVar(&cfg.cards, "cards", 20, "product cards per catalogue page `N`")
	fs.IntVar(&cfg.pageKB, "page-kb", 40, "approximate size of a catalogue or product page in `KB`")
	fs.IntVar(&cfg.runs, "runs", 3, "rounds `N`: one crawl of each crawler per round")
	fs.IntVar(&cfg.conc, "concurrency", 32, "requests in flight `N`, for both crawlers")
	fs.Uint64Var(&cfg.seed, "seed", 1, "seed of the generated site")
	fs.StringVar(&cfg.npswatch, "npswatch", "", "npswatch binary `PATH` (default: go build ./cmd/npswatch into a temp dir)")
	short := fs.Bool("short", false, "a tiny run for CI: --pages 60 --runs 1 unless given")
	child := fs.String("colly-child", "", "internal: run the bare Colly crawler from `URL` and exit")
	if err := fs.Parse(os.Args[1:]); err != nil {
		os.Exit(2)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "crawlbench: unexpected arguments %q\n", fs.Args())
		os.Exit(2)
	}
	if *child != "" {
		st, err := crawlColly(*child, cfg.conc)
		fmt.Printf("responses %d errors %d\n", st.Responses, st.Errors)
		if err != nil {
			fmt.Fprintln(os.Stderr, "colly:", err)
			os.Exit(1)
		}
		return
	}
	if *short {
		set := map[string]bool{}
		fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
		if !set["pages"] {
			cfg.pages = 60
		}
		if !set["runs"] {
			cfg.runs = 1
		}
	}
	if cfg.pages < 1 || cfg.cards < 1 || cfg.pageKB < 1 || cfg.runs < 1 || cfg.conc < 1 {
		fmt.Fprintln(os.Stderr, "crawlbench: --pages, --cards, --page-kb, --runs and --concurrency must be at least 1")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, cfg); err != nil {
		fmt.Fprintln(os.Stderr, "crawlbench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, cfg config) error {
	tmp, err := os.MkdirTemp("", "crawlbench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if cfg.npswatch == "" {
		if cfg.npswatch, err = buildNpswatch(ctx, tmp); err != nil {
			return err
		}
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	s := newSite(cfg.pages, cfg.cards, cfg.pageKB, cfg.seed)
	base, shutdown, err := serve(s)
	if err != nil {
		return err
	}
	defer shutdown()
	start := base + "/"

	out := os.Stdout
	fmt.Fprintf(out, "# crawlbench %s, %s %s/%s, %d CPUs\n", time.Now().UTC().Format("2006-01-02 15:04 UTC"),
		runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU())
	fmt.Fprintf(out, "# site: %s  %d catalogue pages x %d cards, ~%d KB a page, %d products: %d HTML pages\n",
		start, s.Pages, s.Cards, cfg.pageKB, s.Products, s.TotalPages())
	collyArgs := []string{"-colly-child", start, "-concurrency", fmt.Sprint(cfg.conc)}
	npsArgs := func(db string) []string {
		return []string{"crawl", "--db", db, "--rate", "1000000", "--concurrency", fmt.Sprint(cfg.conc),
			"--depth", fmt.Sprint(s.TotalPages()), "--max-pages", "0", start}
	}
	fmt.Fprintf(out, "# colly: %s %s\n", filepath.Base(self), strings.Join(collyArgs, " "))
	fmt.Fprintf(out, "# npswatch: %s %s\n", cfg.npswatch, strings.Join(npsArgs("<fresh temp db>"), " "))
	fmt.Fprintln(out, header)

	var results []result
	for round := 1; round <= cfg.runs; round++ {
		order := []string{"colly", "npswatch"}
		if round%2 == 0 {
			order = []string{"npswatch", "colly"}
		}
		for _, name := range order {
			fmt.Fprintf(os.Stderr, "crawlbench: round %d/%d: %s...\n", round, cfg.runs, name)
			var r result
			var err error
			if name == "colly" {
				r, err = measure(ctx, s, name, exec.CommandContext(ctx, self, collyArgs...), "")
			} else {
				dir := filepath.Join(tmp, fmt.Sprintf("npswatch-%d", round))
				if err := os.Mkdir(dir, 0o755); err != nil {
					return err
				}
				db := filepath.Join(dir, "npswatch.db")
				r, err = measure(ctx, s, name, exec.CommandContext(ctx, cfg.npswatch, npsArgs(db)...), db)
				os.RemoveAll(dir)
			}
			if err != nil {
				return err
			}
			r.round = round
			results = append(results, r)
			printResult(out, r)
			if r.counts.HTML < int64(s.TotalPages()) {
				fmt.Fprintf(out, "# warning: round %d %s fetched %d of the site's %d pages\n", round, name, r.counts.HTML, s.TotalPages())
			}
			if r.note != "" {
				fmt.Fprintf(out, "# round %d %s: %s\n", round, name, r.note)
			}
		}
	}
	printSummary(out, results)
	return nil
}

// buildNpswatch builds ./cmd/npswatch of the module this command is run in
// into dir.
func buildNpswatch(ctx context.Context, dir string) (string, error) {
	gomod, err := exec.CommandContext(ctx, "go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	root := filepath.Dir(strings.TrimSpace(string(gomod)))
	if strings.TrimSpace(string(gomod)) == "" || strings.TrimSpace(string(gomod)) == os.DevNull {
		return "", errors.New("not inside the npswatch module: run from the repository or give --npswatch")
	}
	bin := filepath.Join(dir, "npswatch")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/npswatch")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/npswatch: %w\n%s", err, out)
	}
	return bin, nil
}
