// Package targets reads the analyst's targets file: a YAML list of sites to
// watch, each with its start URLs, scope, politeness settings, selectors
// and schedule, and defaults they inherit (see seeds/targets.example.yaml).
//
// Check finds every problem of a file at the line of the field it is about
// — YAML syntax, unknown keys (with the nearest known one), values of the
// wrong type, invalid targets, schedules and the timezone, duplicate names —
// and Load reads a file and returns them all as a *ProblemsError. A
// Schedule says when `npswatch monitor` crawls a target ("daily at 02:00",
// "weekly on mon at 03:00", "every 6h", "hourly", "manual"), in the file's
// timezone; Due and Next drive the monitor.
package targets
