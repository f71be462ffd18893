package main

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/report"
	"github.com/npswatch/npswatch/storage"
)

// gatherReport reads what the report for [from, until) shows.
func gatherReport(ctx context.Context, d *storage.DB, from, until time.Time) (*report.Data, error) {
	data := &report.Data{Title: "npswatch daily report", Since: from, Until: until}
	vendors, err := loadVendorIndex(ctx, d)
	if err != nil {
		return nil, err
	}
	triage, err := d.TriageStatus(ctx)
	if err != nil {
		return nil, fmt.Errorf("read triage: %w", err)
	}
	data.Triage = triage
	trendFrom := until.AddDate(0, 0, -30)
	days := map[string]map[string]int{}
	views, err := d.Hits(ctx, time.Time{})
	if err != nil {
		return nil, fmt.Errorf("read hits: %w", err)
	}
	// one hit per offer and substance, first seen when any page first showed it
	for _, h := range npswatch.MergeHits(views) {
		if !h.FirstSeen.Before(trendFrom) && h.FirstSeen.Before(until) && triage[h.ID] != npswatch.TriageDismissed {
			day := h.FirstSeen.UTC().Format("2006-01-02")
			if days[day] == nil {
				days[day] = map[string]int{}
			}
			days[day][categoryOf(&h)]++
		}
		if h.FirstSeen.Before(from) || !h.FirstSeen.Before(until) {
			continue
		}
		if triage[h.ID] == npswatch.TriageDismissed {
			data.Dismissed++
			continue
		}
		vendors.inheritHit(&h)
		data.NewHits = append(data.NewHits, h)
	}
	for day, by := range days {
		t, _ := time.Parse("2006-01-02", day)
		data.Trend = append(data.Trend, report.DayCount{Day: t, ByCategory: by})
	}
	sort.Slice(data.Trend, func(i, j int) bool { return data.Trend[i].Day.Before(data.Trend[j].Day) })
	if err := addChanges(ctx, d, data, from, until); err != nil {
		return nil, err
	}
	if err := addHealth(ctx, d, data); err != nil {
		return nil, err
	}
	clusters, err := vendorClusters(ctx, d, time.Time{})
	if err != nil {
		return nil, err
	}
	for _, c := range clusters {
		if len(c.Sites) > 1 {
			data.Clusters = append(data.Clusters, report.Cluster{ID: c.ID, Contacts: c.Contacts, Sites: c.Sites,
				Vendors: c.Vendors, Listings: len(c.ListingIDs), Hits: len(c.HitIDs)})
		}
	}
	return data, nil
}

func categoryOf(h *npswatch.Hit) string {
	if h.Substance.Category != "" {
		return h.Substance.Category
	}
	if h.Substance.Class != "" {
		return h.Substance.Class + "-class"
	}
	return "other"
}

// addChanges adds the listing events of the period: new, changed (with
// before and after per field), gone, and the shipping claims they first show.
func addChanges(ctx context.Context, d *storage.DB, data *report.Data, from, until time.Time) error {
	listing := func(id string) (*npswatch.Listing, error) {
		l, err := d.Listing(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("read listing %s: %w", id, err)
		}
		return l, nil
	}
	return d.ForEachEvent(ctx, from, func(ev *npswatch.ListingEvent) error {
		if !ev.At.Before(until) {
			return nil
		}
		l, err := listing(ev.ListingID)
		if err != nil {
			return err
		}
		switch ev.Kind {
		case npswatch.ChangeNew, npswatch.ChangeReappeared:
			data.New = append(data.New, *l)
		case npswatch.ChangeGone:
			data.Gone = append(data.Gone, *l)
		case npswatch.ChangeChanged:
			ch := report.Change{Listing: *l, Fields: ev.Fields, Before: map[string]string{}, After: map[string]string{}}
			for _, f := range ev.Fields {
				if ev.Before != nil {
					ch.Before[f] = snapshotField(ev.Before, f)
				}
				if ev.After != nil {
					ch.After[f] = snapshotField(ev.After, f)
				}
			}
			data.Changed = append(data.Changed, ch)
		}
		if ev.After != nil {
			var before []npswatch.Claim
			if ev.Before != nil {
				before = ev.Before.Claims
			}
			for _, c := range ev.After.Claims {
				if !slices.ContainsFunc(before, c.Same) {
					data.NewClaims = append(data.NewClaims, report.ClaimSeen{Claim: c, Site: l.Site, ListingID: l.ID, URL: l.URL, First: ev.At})
				}
			}
		}
		return nil
	})
}

// addHealth summarises the runs per target: runs, pages, failures, blocks,
// last success.
func addHealth(ctx context.Context, d *storage.DB, data *report.Data) error {
	runs, err := d.Runs(ctx)
	if err != nil {
		return fmt.Errorf("read runs: %w", err)
	}
	by := map[string]*report.TargetHealth{}
	streak := map[string]bool{} // still counting the target's newest failing runs
	var order []string
	for _, r := range runs { // newest first
		name := runTargetName(&r)
		h := by[name]
		if h == nil {
			h = &report.TargetHealth{Target: name}
			by[name] = h
			streak[name] = true
			order = append(order, name)
		}
		if streak[name] && r.State != npswatch.RunRunning {
			if r.Unreachable() {
				h.FailingRuns++
			} else {
				streak[name] = false
			}
		}
		h.Runs++
		h.Pages += r.Stats.Fetched
		h.Failed += r.Stats.Failed
		h.Blocked += r.Stats.Blocked
		if r.State == npswatch.RunDone && r.Stats.Fetched > 0 && r.Ended.After(h.LastSuccess) {
			h.LastSuccess = r.Ended
		}
		if h.LastError == "" {
			switch {
			case r.Stats.LastError != "":
				h.LastError = "run " + r.ID + ": " + r.Stats.LastError
			case r.State != npswatch.RunDone:
				h.LastError = "run " + r.ID + " " + r.State
			}
		}
	}
	sort.Strings(order)
	for _, n := range order {
		data.Health = append(data.Health, *by[n])
	}
	return nil
}

// runTargetName names a run by its targets: their names, else the hosts of
// their start URLs.
func runTargetName(r *npswatch.Run) string {
	var names []string
	for _, t := range r.Targets {
		n := t.Name
		if n == "" && len(t.StartURLs) > 0 {
			n = hostOf(t.StartURLs[0])
		}
		if n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return "(unnamed)"
	}
	return strings.Join(names, ", ")
}

func hostOf(raw string) string {
	s := raw
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	}
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	return s
}
