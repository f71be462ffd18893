package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

// errDatabase marks a database that cannot be used (exit status 3).
var errDatabase = errors.New("database unusable")

// newFlagSet makes a flag set that reports errors instead of exiting.
func newFlagSet(e *env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, strings.Replace("Usage: npswatch "+name+" "+usage, " \n", "\n", 1))
		printFlags(e.stderr, fs)
	}
	return fs
}

// printFlags lists a command's flags as the README writes them, with two
// dashes ("--db FILE"), their usage and non-zero defaults; "(no flags)"
// when there are none.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	n := 0
	fs.VisitAll(func(f *flag.Flag) {
		if n == 0 {
			fmt.Fprintln(w, "\nFlags:")
		}
		n++
		arg, usage := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		if arg != "" {
			line += " " + arg
		}
		fmt.Fprintf(w, "%s\n    \t%s", line, strings.ReplaceAll(usage, "\n", "\n    \t"))
		if d := f.DefValue; d != "" && d != "0" && d != "false" && d != "0s" {
			if strings.ContainsAny(d, " \t") {
				d = strconv.Quote(d)
			}
			fmt.Fprintf(w, " (default %s)", d)
		}
		fmt.Fprintln(w)
	})
	if n == 0 {
		fmt.Fprintln(w, "\n(no flags)")
	}
}

// parseFlags parses flags that may come before or after positional
// arguments ("scan page.html --format jsonl") and returns the positionals.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %s: %v", errUsage, fs.Name(), err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// defaultDBPath is where the database lives when --db is not given.
func defaultDBPath(e *env) string {
	if p := e.getenv("NPSWATCH_DB"); p != "" {
		return p
	}
	dir := e.getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			home = "."
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "npswatch", "npswatch.db")
}

// memoryFlag registers --memory-limit, the soft limit of the Go heap a
// crawl keeps to (runtime/debug.SetMemoryLimit): the garbage collector
// works harder near it rather than let the heap double. A big page is read
// a part at a time, so what one crawl holds at once fits well under it.
func memoryFlag(fs *flag.FlagSet) *int {
	return fs.Int("memory-limit", 180, "soft limit of the heap in `MiB` (0: none; env GOMEMLIMIT, when set, wins)")
}

// applyMemoryLimit sets the soft memory limit of --memory-limit.
func applyMemoryLimit(e *env, mib int) error {
	switch {
	case mib < 0:
		return usageError("--memory-limit %d: want a number of MiB, or 0 for none", mib)
	case mib == 0 || e.getenv("GOMEMLIMIT") != "":
		return nil
	}
	debug.SetMemoryLimit(int64(mib) << 20)
	return nil
}

// dbFlag registers --db.
func dbFlag(fs *flag.FlagSet, e *env) *string {
	return fs.String("db", defaultDBPath(e), "BoltDB database `file` (env NPSWATCH_DB)")
}

// openDB opens the database. Read-only, the file must exist. Writing, it
// is created when missing, but not its folder: a typo in --db must not
// make a new, empty database that the next report calls "nothing
// happened" (ensureDefaultDir creates the default location's folders).
func openDB(path string, readOnly bool) (*storage.DB, error) {
	if readOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("%w: %s: no database there (run 'npswatch crawl' first, or pass --db)", errDatabase, path)
		}
	} else if dir := filepath.Dir(path); !isDir(dir) {
		return nil, fmt.Errorf("%w: %s: folder %s does not exist (create it, or check --db; npswatch makes folders only for its default location)",
			errDatabase, path, dir)
	}
	db, err := storage.Open(path, &storage.Options{ReadOnly: readOnly})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errDatabase, err)
	}
	return db, nil
}

// openExistingDB opens a database that must exist already for writing
// (triage changes a database a crawl made; it never makes one).
func openExistingDB(path string) (*storage.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("%w: %s: no database there (run 'npswatch crawl' first, or pass --db)", errDatabase, path)
	}
	return openDB(path, false)
}

// ensureDefaultDir creates the folders of the default database location
// (XDG data dir) when path is that location.
func ensureDefaultDir(e *env, path string) error {
	if path != defaultDBPath(e) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return fmt.Errorf("%w: create directory for %s: %v", errDatabase, path, err)
	}
	return nil
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// parseSince accepts a date (2026-11-27), an RFC 3339 time, or a duration
// back from now (36h, 7d).
func parseSince(s string, now time.Time) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if d, ok := strings.CutSuffix(s, "d"); ok {
		var n int
		if _, err := fmt.Sscanf(d, "%d", &n); err == nil && n >= 0 && fmt.Sprint(n) == d {
			return now.AddDate(0, 0, -n), nil
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, usageError("--since %q: want a date (2026-11-27), an RFC 3339 time or a duration (36h, 7d)", s)
}

// versionString is the version with the VCS revision when the binary has one.
func versionString() string {
	v := npswatch.Version
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += " (" + s.Value[:12] + ")"
			}
		}
	}
	return v
}
