package main

import (
	"fmt"

	"github.com/npswatch/npswatch"
)

// failingRuns counts the named target's newest finished runs in a row (runs
// newest first) that could fetch no page at all, and the last error of the
// newest of them.
func failingRuns(runs []npswatch.Run, name string) (n int, lastErr string) {
	for i := range runs {
		r := &runs[i]
		if !runHasTarget(r, name) || r.State == npswatch.RunRunning {
			continue
		}
		if !r.Unreachable() {
			break
		}
		if n == 0 {
			lastErr = r.Stats.LastError
		}
		n++
	}
	return n, lastErr
}

// unreachableAlert is the alert for a target unreachable in n runs in a
// row, "" when there is none to give: the alert is given when n reaches
// after, and again every after runs while the target stays down.
func unreachableAlert(name string, n, after int, lastErr string) string {
	if after < 1 || n < after || n%after != 0 {
		return ""
	}
	return fmt.Sprintf("target %s unreachable in %d runs in a row (last error: %s)", name, n, lastErr)
}
