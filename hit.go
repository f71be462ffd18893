package npswatch

import (
	"errors"
	"time"
)

// Match kinds, most specific first.
const (
	MatchCAS   = "cas"   // a valid CAS number of the entry is on the listing
	MatchName  = "name"  // a name or synonym of the entry is in the listing text
	MatchClass = "class" // no entry matched; a class rule (fentanyl, nitazene) fired
)

// SubstanceRef is the part of a watchlist entry a hit carries with it.
type SubstanceRef struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	CAS      string   `json:"cas"`
	Class    string   `json:"class"`
	Category string   `json:"category"`
	Status   string   `json:"status"`
	Severity string   `json:"severity,omitempty"`
	Sources  []string `json:"sources,omitempty"`
}

// Ref returns the reference a hit carries for s.
func (s *Substance) Ref() SubstanceRef {
	return SubstanceRef{ID: s.ID, Name: s.Name, CAS: s.CAS, Class: s.Class, Category: s.Category,
		Status: s.Status, Severity: s.Severity, Sources: s.Sources}
}

// Match says why a listing hit a substance: the kind of evidence, the
// watchlist term that matched, the text span it matched in the listing's
// text, the rule that fired and a confidence in [0,1].
type Match struct {
	Kind       string  `json:"kind"`
	Term       string  `json:"term"`
	Span       string  `json:"span,omitempty"`
	Rule       string  `json:"rule,omitempty"`
	Reason     string  `json:"reason,omitempty"`
	Confidence float64 `json:"confidence"`
}

// Hit is a listing that matched a watchlist substance or a class rule: the
// most specific match of one substance in one offer. ID is the same on
// every page the offer was seen on (one view per page, URL being the
// page); MergeHits folds the views into one hit with its Pages.
type Hit struct {
	ID        string       `json:"id"`
	URL       string       `json:"url"`
	OfferURL  string       `json:"offer_url,omitempty"` // the offer's own page, when it has one
	Site      string       `json:"site"`
	Product   string       `json:"product"`
	Substance SubstanceRef `json:"substance"`
	Match     Match        `json:"match"`
	Claims    []Claim      `json:"claims"`
	// VendorClaims and Vendor are filled in from the listing and its
	// vendor when hits are read back for output; see Listing.VendorClaims.
	Vendor       string    `json:"vendor,omitempty"`
	VendorClaims []Claim   `json:"vendor_claims,omitempty"`
	ListingID    string    `json:"listing_id"`
	CaptureID    string    `json:"capture_id,omitempty"`
	RunID        string    `json:"run_id,omitempty"`
	FirstSeen    time.Time `json:"first_seen"`
	LastSeen     time.Time `json:"last_seen"`
	// Pages are the pages the offer's hit was seen on, filled in by
	// MergeHits (not stored).
	Pages []Seen `json:"pages,omitempty"`
}

// SetID gives the hit its stable identity: listing (the offer) and
// substance.
func (h *Hit) SetID() {
	key := h.Substance.ID
	if key == "" {
		key = "class:" + h.Substance.Class
	}
	h.ID = ShortID("hit", h.ListingID, key)
}

// Validate reports what is wrong with a hit before it is stored.
func (h *Hit) Validate() error {
	var errs []error
	if h.ListingID == "" {
		errs = append(errs, errors.New("hit without listing id"))
	}
	switch h.Match.Kind {
	case MatchCAS, MatchName, MatchClass:
	default:
		errs = append(errs, errors.New("hit with unknown match kind "+h.Match.Kind))
	}
	if h.Match.Confidence < 0 || h.Match.Confidence > 1 {
		errs = append(errs, errors.New("hit confidence out of [0,1]"))
	}
	return errors.Join(errs...)
}
