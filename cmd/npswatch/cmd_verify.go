package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/npswatch/npswatch/evidence"
	"github.com/npswatch/npswatch/storage"
)

// errVerify marks evidence or a database that failed verification (exit
// status 4): something was changed after it was written.
var errVerify = errors.New("verification failed")

func runVerify(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "verify", "case.wacz [--public-key FILE] | --db FILE")
	pubKey := fs.String("public-key", "", "require the package to be signed by this public key `file` (npswatch keygen)")
	dbPath := fs.String("db", "", "verify the hash chain of this database `file` instead of a package")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *dbPath != "" {
		if len(pos) > 0 {
			return usageError("verify --db takes no package argument, got %q", pos)
		}
		return verifyDB(ctx, e, *dbPath)
	}
	if len(pos) != 1 {
		return usageError("verify takes one package (case.wacz) or --db FILE, got %d arguments", len(pos))
	}
	if _, err := os.Stat(pos[0]); err != nil {
		return usageError("verify: %v", err)
	}
	var opts evidence.VerifyOptions
	if *pubKey != "" {
		if opts.PublicKey, err = evidence.LoadPublicKey(*pubKey); err != nil {
			return fmt.Errorf("%w: %w", errUsage, err)
		}
	}
	rep, verr := evidence.Verify(ctx, pos[0], opts)
	if rep != nil {
		for _, c := range rep.Checks {
			mark := "ok  "
			if !c.OK {
				mark = "FAIL"
			}
			fmt.Fprintf(e.stdout, "%s %s", mark, c.What)
			if c.Detail != "" {
				fmt.Fprintf(e.stdout, ": %s", c.Detail)
			}
			fmt.Fprintln(e.stdout)
		}
	}
	if verr != nil {
		return fmt.Errorf("%w: %s: %w", errVerify, pos[0], verr)
	}
	switch {
	case rep.Timestamped:
		fmt.Fprintf(e.stdout, "%s: intact; signed by key %s; timestamped %s\n", pos[0], short(rep.SignedBy), rep.TimestampAt.UTC().Format("2006-01-02T15:04:05Z"))
	case rep.Signed:
		fmt.Fprintf(e.stdout, "%s: intact; signed by key %s (no timestamp)\n", pos[0], short(rep.SignedBy))
	default:
		fmt.Fprintf(e.stdout, "%s: intact; not signed (anyone could have packaged it)\n", pos[0])
	}
	return nil
}

func short(s string) string {
	if len(s) > 24 {
		return s[:12] + "…" + s[len(s)-12:]
	}
	return s
}

// verifyDB checks the database's capture hash chain, then its pages and
// indexes (storage's Check). A damaged file is an unusable database (exit
// 3); a broken chain or index a failed verification (exit 4).
func verifyDB(ctx context.Context, e *env, path string) error {
	d, err := openDB(path, true)
	if err != nil {
		return err
	}
	defer d.Close()
	rep, err := d.VerifyChain(ctx)
	if err != nil {
		return fmt.Errorf("verify %s: %w", path, err)
	}
	for _, p := range rep.Problems {
		fmt.Fprintf(e.stdout, "FAIL %s\n", p)
	}
	if len(rep.Problems) > 0 {
		return fmt.Errorf("%w: %s: %d problems in the capture hash chain", errVerify, path, len(rep.Problems))
	}
	fmt.Fprintf(e.stdout, "%s: capture hash chain intact: %d captures, head %s\n", path, rep.Checked, rep.Head)
	// then the file itself: every page readable, every index consistent
	if err := d.Check(ctx); err != nil {
		if errors.Is(err, storage.ErrCorrupt) || errors.Is(err, context.Canceled) {
			return fmt.Errorf("check %s: %w", path, err)
		}
		return fmt.Errorf("%w: %s: %w", errVerify, path, err)
	}
	fmt.Fprintf(e.stdout, "%s: database consistent (pages, indexes, frontier)\n", path)
	return nil
}
