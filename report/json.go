package report

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/npswatch/npswatch"
)

// The JSON form; field names are part of the output contract (see doc.go).

type jsonReport struct {
	Title        string             `json:"title"`
	Generated    time.Time          `json:"generated,omitzero"`
	Since        time.Time          `json:"since,omitzero"`
	Until        time.Time          `json:"until,omitzero"`
	Software     string             `json:"software"`
	Summary      jsonSummary        `json:"summary"`
	NewHits      []jsonHit          `json:"new_hits"`
	Changed      []jsonChange       `json:"changed"`
	NewListings  []npswatch.Listing `json:"new_listings"`
	GoneListings []npswatch.Listing `json:"gone_listings"`
	NewClaims    []jsonClaimSeen    `json:"new_claims"`
	Clusters     []jsonCluster      `json:"clusters"`
	Health       []jsonHealth       `json:"health"`
	Trend        []jsonDay          `json:"trend"`
}

type jsonSummary struct {
	NewHits        int            `json:"new_hits"`
	BySeverity     map[string]int `json:"by_severity"`
	ByTriage       map[string]int `json:"by_triage"`
	Dismissed      int            `json:"dismissed"`
	Changed        int            `json:"changed"`
	NewListings    int            `json:"new_listings"`
	GoneListings   int            `json:"gone_listings"`
	NewClaims      int            `json:"new_claims"`
	Clusters       int            `json:"clusters"`
	Targets        int            `json:"targets"`
	TargetsFlagged int            `json:"targets_flagged"`
}

// jsonHit is a hit in the `npswatch hits --format jsonl` form plus its
// triage status and export command.
type jsonHit struct {
	npswatch.Hit
	Triage        string `json:"triage"`
	ExportCommand string `json:"export_command"`
}

type jsonChange struct {
	Listing npswatch.Listing  `json:"listing"`
	Fields  []string          `json:"fields"`
	Before  map[string]string `json:"before"`
	After   map[string]string `json:"after"`
}

type jsonClaimSeen struct {
	Claim     npswatch.Claim `json:"claim"`
	Site      string         `json:"site"`
	ListingID string         `json:"listing_id"`
	URL       string         `json:"url"`
	FirstSeen time.Time      `json:"first_seen,omitzero"`
}

type jsonCluster struct {
	ID       string             `json:"id"`
	Contacts []npswatch.Contact `json:"contacts"`
	Sites    []string           `json:"sites"`
	Vendors  []string           `json:"vendors"`
	Listings int                `json:"listings"`
	Hits     int                `json:"hits"`
}

type jsonHealth struct {
	Target      string    `json:"target"`
	Runs        int       `json:"runs"`
	Pages       int       `json:"pages"`
	Failed      int       `json:"failed"`
	Blocked     int       `json:"blocked"`
	LastSuccess time.Time `json:"last_success,omitzero"`
	LastError   string    `json:"last_error"`
	FailingRuns int       `json:"failing_runs"`
	Flagged     bool      `json:"flagged"`
	Flags       []string  `json:"flags"`
}

type jsonDay struct {
	Day        string         `json:"day"`
	Total      int            `json:"total"`
	ByCategory map[string]int `json:"by_category"`
}

func utc(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.UTC()
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func orEmptyMap(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}

// JSON writes the report as one indented JSON object with stable, snake_case
// field names (documented in the package doc).
func JSON(w io.Writer, d *Data) error {
	if d == nil {
		return errNilData
	}
	groups := groupHits(d.NewHits)
	health := healthRows(d)
	s := summarize(d, groups, health)
	days, _ := normTrend(d)
	r := jsonReport{Title: title(d), Generated: utc(d.Generated), Since: utc(d.Since), Until: utc(d.Until),
		Software: d.Software,
		Summary: jsonSummary{NewHits: s.NewHits, BySeverity: s.BySeverity, ByTriage: s.ByTriage, Dismissed: s.Dismissed,
			Changed: s.Changed, NewListings: s.NewListings, GoneListings: s.GoneListings, NewClaims: s.NewClaims,
			Clusters: s.Clusters, Targets: s.Targets, TargetsFlagged: s.TargetsFlagged},
		NewHits: []jsonHit{}, Changed: []jsonChange{}, NewListings: listingsJSON(d.New), GoneListings: listingsJSON(d.Gone),
		NewClaims: []jsonClaimSeen{}, Clusters: []jsonCluster{}, Health: []jsonHealth{}, Trend: []jsonDay{}}
	for _, h := range orderedHits(groups) {
		jh := jsonHit{Hit: *h, Triage: triageStatus(d, h.ID), ExportCommand: ExportCommand(h.ID, d.DB, d.SignKey)}
		jh.Claims = orEmpty(jh.Claims)
		jh.FirstSeen, jh.LastSeen = utc(jh.FirstSeen), utc(jh.LastSeen)
		r.NewHits = append(r.NewHits, jh)
	}
	for i := range d.Changed {
		c := &d.Changed[i]
		r.Changed = append(r.Changed, jsonChange{Listing: listingJSON(c.Listing), Fields: changeFields(c),
			Before: orEmptyMap(c.Before), After: orEmptyMap(c.After)})
	}
	for _, c := range d.NewClaims {
		r.NewClaims = append(r.NewClaims, jsonClaimSeen{Claim: c.Claim, Site: c.Site, ListingID: c.ListingID, URL: c.URL,
			FirstSeen: utc(c.First)})
	}
	for _, c := range d.Clusters {
		r.Clusters = append(r.Clusters, jsonCluster{ID: c.ID, Contacts: orEmpty(c.Contacts), Sites: orEmpty(c.Sites),
			Vendors: orEmpty(c.Vendors), Listings: c.Listings, Hits: c.Hits})
	}
	for _, h := range health {
		r.Health = append(r.Health, jsonHealth{Target: h.Target, Runs: h.Runs, Pages: h.Pages, Failed: h.Failed,
			Blocked: h.Blocked, LastSuccess: utc(h.LastSuccess), LastError: h.LastError, FailingRuns: h.FailingRuns, Flagged: len(h.Flags) > 0,
			Flags: h.Flags})
	}
	for _, day := range days {
		r.Trend = append(r.Trend, jsonDay{Day: day.Day.Format(dayLayout), Total: day.Total, ByCategory: day.ByCategory})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(&r); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

// listingJSON is a listing as `npswatch listings --format jsonl` prints it
// (lists never null, fetched_at in UTC).
func listingJSON(l npswatch.Listing) npswatch.Listing {
	l.CAS = orEmpty(l.CAS)
	l.Claims = orEmpty(l.Claims)
	l.Contacts = orEmpty(l.Contacts)
	l.FetchedAt = utc(l.FetchedAt)
	return l
}

func listingsJSON(ls []npswatch.Listing) []npswatch.Listing {
	out := make([]npswatch.Listing, 0, len(ls))
	for _, l := range ls {
		out = append(out, listingJSON(l))
	}
	return out
}
