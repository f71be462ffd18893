package main

import (
	"errors"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/targets"
)

// loadTargetSet reads and checks a targets file (targets.Load). Its
// problems, and a file that cannot be read, are usage errors (exit 2); the
// problems print as targets.ProblemsError words them, one per line.
func loadTargetSet(path string, base npswatch.Target) (*targets.Set, error) {
	set, err := targets.Load(path, base)
	var perr *targets.ProblemsError
	switch {
	case errors.As(err, &perr):
		return nil, usageProblems{perr}
	case err != nil:
		return nil, usageError("%v", err)
	}
	return set, nil
}

// loadTargets reads a targets file's targets; see loadTargetSet.
func loadTargets(path string, base npswatch.Target) ([]npswatch.Target, error) {
	set, err := loadTargetSet(path, base)
	if err != nil {
		return nil, err
	}
	return set.Targets, nil
}

// usageProblems is a targets file's problems as a usage error.
type usageProblems struct{ *targets.ProblemsError }

func (e usageProblems) Unwrap() []error { return []error{e.ProblemsError, errUsage} }
