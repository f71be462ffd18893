package npswatch

import (
	"cmp"
	"slices"
	"time"
)

// An offer is a seller offering a product. One offer is shown by several
// pages — a catalogue card, the product's own page, a search result — and
// a catalogue's pagination moves it from page to page; npswatch keeps one
// Listing per page it was seen on (a view) and gives all the views of one
// offer the same ID, and so the same hit ids, history and triage.

// OfferID is the identity of an offer: its site and its own page when it
// has one (offerURL), else its site, its vendor's VendorKey and its
// product's ProductKey. A product with no name is told apart by its text.
func OfferID(site, offerURL, vendor, product, text string) string {
	if offerURL != "" {
		return ShortID("offer", site, offerURL)
	}
	key := ProductKey(product)
	if key == "" {
		key = "text:" + ProductKey(truncate(text, 300))
	}
	return ShortID("offer", site, "", VendorKey(vendor), key)
}

// ProductKey is a product name reduced to what identifies it: letters and
// digits, case-folded, runs of anything else one space (VendorKey's
// normalisation), so "Fentanyl HCl  (99%)" and "fentanyl hcl 99" are one
// product.
func ProductKey(name string) string { return VendorKey(name) }

func truncate(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// Own reports whether a view is the offer's own page (or the offer has
// none, so that every view stands for it equally).
func (l *Listing) Own() bool { return l.OfferURL == "" || l.URL == l.OfferURL }

// PreferView reports whether view a stands for its offer better than b:
// the offer's own page first, then the latest fetched, then the URL.
func PreferView(a, b *Listing) bool {
	if a.Own() != b.Own() {
		return a.Own()
	}
	if !a.FetchedAt.Equal(b.FetchedAt) {
		return a.FetchedAt.After(b.FetchedAt)
	}
	return a.URL < b.URL
}

// Seen is one page a hit was seen on, with the capture it was read from.
type Seen struct {
	URL       string    `json:"url"`
	CaptureID string    `json:"capture_id,omitempty"`
	FirstSeen time.Time `json:"first_seen"`
	LastSeen  time.Time `json:"last_seen"`
}

// MergeHits folds the views of each hit (one per page, sharing its ID)
// into one hit per ID, in the order of each ID's first view: the fields of
// the view on the offer's own page when there is one (else of the view
// seen last), the earliest FirstSeen and latest LastSeen of all views, and
// Pages listing every page, its capture and times, in URL order. A hit
// with a single view comes back with Pages of one.
func MergeHits(views []Hit) []Hit {
	at := map[string]int{}
	var out []Hit
	for _, v := range views {
		seen := Seen{URL: v.URL, CaptureID: v.CaptureID, FirstSeen: v.FirstSeen, LastSeen: v.LastSeen}
		i, ok := at[v.ID]
		if !ok {
			at[v.ID] = len(out)
			v.Pages = []Seen{seen}
			out = append(out, v)
			continue
		}
		h := &out[i]
		pages := append(h.Pages, seen)
		first, last := h.FirstSeen, h.LastSeen
		if v.ownView() && !h.ownView() || v.ownView() == h.ownView() && v.LastSeen.After(h.LastSeen) {
			*h = v
		}
		h.Pages = pages
		h.FirstSeen, h.LastSeen = minTime(first, v.FirstSeen), maxTime(last, v.LastSeen)
	}
	for i := range out {
		slices.SortFunc(out[i].Pages, func(a, b Seen) int { return cmp.Compare(a.URL, b.URL) })
	}
	return out
}

// ownView reports whether a hit view was read on its offer's own page.
func (h *Hit) ownView() bool { return h.OfferURL == "" || h.URL == h.OfferURL }

func minTime(a, b time.Time) time.Time {
	if a.IsZero() || !b.IsZero() && b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
