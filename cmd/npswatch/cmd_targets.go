package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/targets"
)

// defaultTarget is what a target gets from neither the command line nor its
// file: the defaults of crawl's flags.
func defaultTarget() npswatch.Target {
	return npswatch.Target{Depth: 3, Rate: 1, Concurrency: 1, MaxPages: 10000}
}

// runTargets is "npswatch targets check FILE": it checks a targets file as
// crawl and monitor read it and names every problem with its line.
func runTargets(_ context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "targets", "check FILE\n\n"+
		"Checks a targets file as crawl and monitor read it and names every problem with its line and field.")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 || pos[0] != "check" {
		return usageError("targets: want 'targets check FILE'")
	}
	if len(pos) != 2 {
		return usageError("targets check: give one targets file")
	}
	path := pos[1]
	set, err := loadTargetSet(path, defaultTarget())
	var perr *targets.ProblemsError
	if errors.As(err, &perr) {
		n := len(perr.Problems)
		s := "s"
		if n == 1 {
			s = ""
		}
		return fmt.Errorf("%w\n%s: %d problem%s", err, path, n, s)
	}
	if err != nil {
		return err
	}
	scheduled := 0
	for _, sc := range set.Schedules {
		if !sc.Manual() {
			scheduled++
		}
	}
	fmt.Fprintf(e.stdout, "%s: %d targets ok (%d scheduled, timezone %s)\n", path, len(set.Targets), scheduled, set.Loc)
	return nil
}
