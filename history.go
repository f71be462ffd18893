package npswatch

import (
	"errors"
	"fmt"
	"slices"
	"time"
)

// Change kinds of a listing between runs: what one run showed of a listing
// compared with what the runs before it showed.
const (
	ChangeNew        = "new"        // first seen
	ChangeChanged    = "changed"    // seen again, showing something else
	ChangeUnchanged  = "unchanged"  // seen again, the same (storage records no event for it)
	ChangeGone       = "gone"       // not seen for some runs of a site that was crawled
	ChangeReappeared = "reappeared" // seen again after it was gone
)

// Field names Diff reports, in the order it reports them. "ships" covers
// ShipsFrom and ShipsTo.
const (
	FieldProduct  = "product"
	FieldCAS      = "cas"
	FieldPrice    = "price"
	FieldClaims   = "claims"
	FieldVendor   = "vendor"
	FieldContacts = "contacts"
	FieldShips    = "ships"
	FieldTerms    = "terms"
)

// ChangeFields lists every field name Diff can report, in its order.
var ChangeFields = []string{FieldProduct, FieldCAS, FieldPrice, FieldClaims, FieldVendor, FieldContacts, FieldShips, FieldTerms}

// ListingEvent is one entry of a listing's timeline: the run that saw it
// appear, change, go or come back, and when.
//
// At is the FetchedAt of the capture the listing was read from, or for
// ChangeGone the end of the run that found it gone. After is what the
// listing showed (new, changed, reappeared); Before, with Fields naming what
// differs, is what it showed before (changed, and reappeared when it came
// back showing something else than before it was gone).
type ListingEvent struct {
	ListingID string           `json:"listing_id"`
	RunID     string           `json:"run_id"`
	At        time.Time        `json:"at"`
	Kind      string           `json:"kind"`             // a Change… constant
	Fields    []string         `json:"fields,omitempty"` // Diff of Before and After: product, cas, price, claims, vendor, contacts, ships, terms
	CaptureID string           `json:"capture_id,omitempty"`
	URL       string           `json:"url,omitempty"` // the page the listing was read on (not for gone)
	Before    *ListingSnapshot `json:"before,omitempty"`
	After     *ListingSnapshot `json:"after,omitempty"`
}

// ListingSnapshot is what a listing showed in one run: the fields whose
// change between runs is worth an analyst's attention.
type ListingSnapshot struct {
	Product   string    `json:"product"`
	CAS       []string  `json:"cas"`
	Price     string    `json:"price"`
	Claims    []Claim   `json:"claims"`
	Vendor    string    `json:"vendor"`
	Contacts  []Contact `json:"contacts"`
	ShipsFrom []string  `json:"ships_from,omitempty"`
	ShipsTo   []string  `json:"ships_to,omitempty"`
	Terms     []Claim   `json:"terms,omitempty"`
}

// SnapshotOf returns the compared fields of l, its slices copied.
func SnapshotOf(l *Listing) ListingSnapshot {
	return ListingSnapshot{Product: l.Product, CAS: slices.Clone(l.CAS), Price: l.Price,
		Claims: slices.Clone(l.Claims), Vendor: l.Vendor, Contacts: slices.Clone(l.Contacts),
		ShipsFrom: slices.Clone(l.ShipsFrom), ShipsTo: slices.Clone(l.ShipsTo), Terms: slices.Clone(l.Terms)}
}

// Diff returns the names of the fields in which b differs from a, in the
// order of ChangeFields; none when they show the same. Product and price
// are compared as strings, vendors by VendorKey. Lists are compared as
// sets, ignoring order and repeats: CAS numbers and places as strings,
// claims and terms by kind and text (not URL), contacts by kind and value.
func (a ListingSnapshot) Diff(b ListingSnapshot) []string {
	var fields []string
	add := func(same bool, name string) {
		if !same {
			fields = append(fields, name)
		}
	}
	same := func(s string) string { return s }
	add(a.Product == b.Product, FieldProduct)
	add(sameSet(a.CAS, b.CAS, same), FieldCAS)
	add(a.Price == b.Price, FieldPrice)
	add(sameSet(a.Claims, b.Claims, claimKey), FieldClaims)
	add(VendorKey(a.Vendor) == VendorKey(b.Vendor), FieldVendor)
	add(sameSet(a.Contacts, b.Contacts, func(c Contact) string { return c.Kind + "\x00" + c.Value }), FieldContacts)
	add(sameSet(a.ShipsFrom, b.ShipsFrom, same) && sameSet(a.ShipsTo, b.ShipsTo, same), FieldShips)
	add(sameSet(a.Terms, b.Terms, claimKey), FieldTerms)
	return fields
}

func claimKey(c Claim) string { return c.Kind + "\x00" + c.Text }

// sameSet reports whether a and b hold the same keys, ignoring order and
// repeats.
func sameSet[T any](a, b []T, key func(T) string) bool {
	in := make(map[string]bool, len(a))
	for _, x := range a {
		in[key(x)] = true
	}
	seen := make(map[string]bool, len(in))
	for _, x := range b {
		k := key(x)
		if !in[k] {
			return false
		}
		seen[k] = true
	}
	return len(seen) == len(in)
}

// Triage states of a hit: what an analyst decided about it.
const (
	TriageNew       = "new"       // not looked at yet (or reopened)
	TriageConfirmed = "confirmed" // a real offer of the substance
	TriageDismissed = "dismissed" // a false positive, or nothing to act on
	TriageEscalated = "escalated" // handed on for action
)

// TriageStatuses lists every triage state.
var TriageStatuses = []string{TriageNew, TriageConfirmed, TriageDismissed, TriageEscalated}

// TriageEntry is one triage decision on a hit. Entries are kept as a
// history; the latest is the hit's status. A hit's id is stable across
// runs (its listing and substance), so a decision stands for the same
// listing and substance whenever a later run finds it again.
type TriageEntry struct {
	HitID    string    `json:"hit_id"`
	Status   string    `json:"status"` // a Triage… constant
	Note     string    `json:"note"`
	At       time.Time `json:"at"`
	Operator string    `json:"operator,omitempty"`
}

// Validate reports what is wrong with a triage entry before it is stored.
func (e *TriageEntry) Validate() error {
	var errs []error
	if e.HitID == "" {
		errs = append(errs, errors.New("triage entry without hit id"))
	}
	if !slices.Contains(TriageStatuses, e.Status) {
		errs = append(errs, fmt.Errorf("triage status %q is not new, confirmed, dismissed or escalated", e.Status))
	}
	return errors.Join(errs...)
}
