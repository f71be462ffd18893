// Command npswatch watches vendor listings of fentanyl, its analogues and
// precursors: it crawls marketplaces, extracts listings, matches them against
// a watchlist and stores hits in a BoltDB file.
//
// Usage:
//
//	npswatch <command> [flags] [args]
//
// Commands: crawl, monitor, targets, hits, listings, runs, report, history,
// triage, vendors, scan, watchlist, export, verify, keygen, demo, version. Run
// "npswatch help <command>" for a command's flags.
//
// EXIT STATUS
//
//	0  success (a crawl that ran is a success even if some pages failed)
//	1  the command failed (network, files, extraction)
//	2  bad arguments or bad input files
//	3  the database is unusable (locked by another npswatch, corrupt, newer schema)
//	4  verification failed: an evidence package or the database was changed
//	130 interrupted (Ctrl-C or SIGTERM); a crawl keeps what it fetched, resume with --resume
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/npswatch/npswatch/storage"
)

// errUsage marks errors in the user's arguments (exit status 2).
var errUsage = errors.New("usage")

// errNothingFetched: a crawl that could fetch no page at all (exit 5).
var errNothingFetched = errors.New("nothing fetched")

// usageError wraps a message as a usage error.
func usageError(format string, a ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errUsage}, a...)...)
}

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what commands share: the output streams. Tests swap them.
type env struct {
	stdout, stderr io.Writer
	getenv         func(string) string
	isTerminal     bool
}

var commands []command

func init() {
	commands = []command{
		{"crawl", "crawl start URLs or a targets file into the database", runCrawl},
		{"hits", "print stored hits (table, jsonl, csv)", runHits},
		{"listings", "print stored listings (table, jsonl, csv)", runListings},
		{"runs", "list crawl runs: state, settings, counters (newest first)", runRuns},
		{"scan", "extract and match one saved page or URL without storing it", runScan},
		{"watchlist", "list watchlist entries, or 'watchlist search TERM'", runWatchlist},
		{"targets", "check a targets file: 'targets check FILE' names every problem with its line", runTargets},
		{"monitor", "crawl each target of a targets file on its schedule (--once for cron), with webhook alerts", runMonitor},
		{"report", "the daily report: new hits, changed and gone listings, claims, vendor links, crawl health", runReport},
		{"history", "the timeline of one listing: new, changed (what), gone, reappeared, with captures", runHistory},
		{"triage", "set or show a hit's status: new, confirmed, dismissed, escalated", runTriage},
		{"vendors", "vendor clusters: listings linked by a shared contact, across sites", runVendors},
		{"export", "write listings, hits and their raw captures as a WACZ evidence package", runExport},
		{"verify", "re-check an evidence package, or the database's capture hash chain (--db)", runVerify},
		{"keygen", "make a P-384 key pair for signing evidence packages", runKeygen},
		{"demo", "crawl a built-in sample marketplace on 127.0.0.1 and print its hits", runDemo},
		{"version", "print the version", runVersion},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, isTerminal: stderrIsTerminal()}
	os.Exit(exitCode(run(ctx, e, os.Args[1:]), e))
}

func run(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) > 1 {
			return runCommand(ctx, e, args[1], []string{"-h"})
		}
		printUsage(e.stdout)
		if len(args) == 0 {
			return usageError("no command given")
		}
		return nil
	}
	return runCommand(ctx, e, args[0], args[1:])
}

func runCommand(ctx context.Context, e *env, name string, args []string) error {
	for _, c := range commands {
		if c.name == name {
			return c.run(ctx, e, args)
		}
	}
	return usageError("unknown command %q (run 'npswatch help')", name)
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "npswatch — watch vendor listings of fentanyl, analogues and precursors")
	fmt.Fprintln(w, "\nUsage: npswatch <command> [flags] [args]\n\nCommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'npswatch <command> -h' for a command's flags. Database: --db FILE, else $NPSWATCH_DB,")
	fmt.Fprintln(w, "else $XDG_DATA_HOME/npswatch/npswatch.db (~/.local/share/npswatch/npswatch.db).")
	fmt.Fprintln(w, "\nExit status: 0 ok, 1 failure, 2 bad arguments, 3 unusable database, 4 verification failed,\n130 interrupted.")
}

// exitCode is the one place that maps errors to exit statuses.
func exitCode(err error, e *env) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return 0
	}
	fmt.Fprintln(e.stderr, "npswatch:", err)
	switch {
	case errors.Is(err, context.Canceled):
		return 130
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, storage.ErrLocked), errors.Is(err, storage.ErrSchema), errors.Is(err, storage.ErrCorrupt), errors.Is(err, errDatabase):
		return 3 // before errVerify: a damaged file is unusable, whatever was being verified
	case errors.Is(err, errVerify):
		return 4
	case errors.Is(err, errNothingFetched):
		return 5
	default:
		return 1
	}
}

func runVersion(_ context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "version", "\n\nPrints npswatch's version (module version and VCS revision).")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError("version takes no arguments, got %q", pos)
	}
	fmt.Fprintln(e.stdout, "npswatch", versionString())
	return nil
}
