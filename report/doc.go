// Package report renders the daily report: what npswatch found since the
// last report, for an analyst to read in a browser, a Markdown viewer or a
// script.
//
// The package is pure. The caller (the CLI) reads storage, decides what is
// new, leaves out dismissed hits and fills a Data; HTML, Markdown and JSON
// only render it to an io.Writer. Nothing is fetched, no clock is read: the
// "no success in 48 h" flag of the crawl health table is measured from
// Data.Generated (or Data.Until when Generated is zero), so the same Data
// always renders to the same bytes.
//
// # HTML
//
// One self-contained file that opens offline: inline CSS, the 30-day trend
// chart as inline SVG computed in Go, a small inline script that sorts a
// hits table when a header is clicked, and a Content-Security-Policy that
// allows nothing else (no network, no other script or style; the inline
// script and style are allowed by their SHA-256). Every string from a
// crawled site goes through html/template's contextual escaping, and only
// absolute http and https URLs become links (rel="noreferrer noopener",
// target _blank); a javascript:, data: or relative URL is shown as text.
//
// New hits are grouped by severity (critical, high, medium, low, then
// anything else as "unrated"), then by substance, the groups with most hits
// first; a group with more than 25 hits starts collapsed. Within a group,
// hits are oldest first. The same order is used by Markdown and JSON.
//
// # Trend
//
// The trend covers the 30 calendar days ending on the day of Data.Until
// (the last instant before Until, so an Until at midnight ends the chart on
// the day before), or of Data.Generated when Until is zero. DayCount.Day is
// read as a calendar date in its own location; counts of the same date are
// added, dates outside the 30 days are ignored, and missing dates count 0.
// Categories are stacked in a fixed order (fentanyl-analogue, opioid,
// precursor-fentanyl, precursor-other, other-controlled, stimulant, then
// any other category alphabetically).
//
// # JSON
//
// JSON writes one indented object. Field names are stable: fields are only
// ever added, never renamed or removed. Times are RFC 3339 in UTC; a zero
// time is left out; lists are [] when empty, never null.
//
//	title, generated, since, until, software
//	summary         {new_hits, by_severity {critical, high, medium, low, unrated},
//	                 by_triage {new, confirmed, escalated, …}, dismissed, changed,
//	                 new_listings, gone_listings, new_claims, clusters, targets,
//	                 targets_flagged}
//	new_hits        [hit as in `npswatch hits --format jsonl`, plus
//	                 triage (new when the caller gave none) and
//	                 export_command (npswatch export --db DB --hit ID --out ID.wacz [--sign-key KEY])]
//	changed         [{listing, fields, before {field: value}, after {field: value}}]
//	new_listings    [listing as in `npswatch listings --format jsonl`]
//	gone_listings   [listing]
//	new_claims      [{claim {kind, text, url}, site, listing_id, url, first_seen}]
//	clusters        [{id, contacts [{kind, value}], sites, vendors, listings, hits}]
//	health          [{target, runs, pages, failed, blocked, last_success,
//	                 last_error, failing_runs, flagged, flags [reason]}]
//	                (failing_runs: the target's newest runs in a row that fetched no
//	                page; a run that fetched none is no success)
//	trend           [{day (YYYY-MM-DD), total, by_category {category: n}}] (30 days, oldest first)
//
// # Markdown
//
// The same sections as plain GitHub-flavoured Markdown tables. Site text is
// backslash-escaped (pipes, brackets, angle brackets, backticks, asterisks,
// ampersands), newlines become spaces, and only http and https URLs become
// links.
package report
