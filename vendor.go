package npswatch

import (
	"slices"
	"strings"
	"time"
	"unicode"
)

// Trade-term kinds: how a darknet-style vendor takes payment. They are kept
// apart from shipping claims (Listing.Terms, Vendor.Terms).
const (
	TermEscrow        = "escrow"         // escrow offered or required
	TermFinalizeEarly = "finalize_early" // buyers must release payment before delivery
)

// TermKinds lists every trade-term kind in a stable order.
var TermKinds = []string{TermEscrow, TermFinalizeEarly}

// Place words that are not countries: ShipsFrom and ShipsTo hold ISO 3166-1
// alpha-2 codes ("CN", "MX") or one of these.
const (
	PlaceWorldwide = "worldwide"
	PlaceEurope    = "europe"
	PlaceEU        = "eu"
	PlaceAsia      = "asia"
	PlaceAmericas  = "americas"
	PlaceAfrica    = "africa"
	PlaceOceania   = "oceania"
	PlaceMiddleEst = "middle-east"
)

// Vendor is what the pages of a site say about one seller: the claims,
// contacts, shipping places and trade terms stated on its profile page, in
// a site's banner, FAQ or footer, or anywhere outside a single listing.
// Name "" stands for the site as a whole (a single-vendor shop, or site-wide
// text of a marketplace). Listings of the vendor inherit its claims, shown
// apart from their own (as vendor_claims), each with the URL it was read on.
type Vendor struct {
	ID        string    `json:"id"`
	Site      string    `json:"site"`
	Name      string    `json:"name"`
	Claims    []Claim   `json:"claims"`
	Contacts  []Contact `json:"contacts"`
	ShipsFrom []string  `json:"ships_from,omitempty"`
	ShipsTo   []string  `json:"ships_to,omitempty"`
	Terms     []Claim   `json:"terms,omitempty"`
	Denies    []string  `json:"denies,omitempty"` // claim kinds the vendor says it does not do
	Pages     int       `json:"pages"`            // pages that contributed
	FirstSeen time.Time `json:"first_seen"`
	LastSeen  time.Time `json:"last_seen"`
}

// VendorKey is the form of a vendor name that identifies it within a site:
// case-folded, with runs of spaces and punctuation collapsed, so "ACME
// Chem Co., Ltd" and "acme chem co ltd" are one vendor.
func VendorKey(name string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return b.String()
}

// SetID gives the vendor its stable identity: site and VendorKey(Name).
func (v *Vendor) SetID() {
	v.ID = ShortID("vendor", v.Site, VendorKey(v.Name))
}

// maxVendorItems caps each list of a stored vendor, so a site that repeats
// a banner with changing text cannot grow a record without bound.
const maxVendorItems = 100

// Merge folds what another page says about the same vendor into v: claims,
// terms and contacts are unioned (by kind and text or value, first URL
// kept), places unioned, Pages added, FirstSeen and LastSeen widened. Each
// list keeps at most 100 entries. v keeps its ID, Site and display Name
// unless it has none.
func (v *Vendor) Merge(o *Vendor) {
	if v.Name == "" {
		v.Name = o.Name
	}
	v.Claims = mergeClaims(v.Claims, o.Claims)
	v.Terms = mergeClaims(v.Terms, o.Terms)
	v.Contacts = mergeUnique(v.Contacts, o.Contacts, func(a, b Contact) bool { return a == b })
	v.ShipsFrom = mergeStrings(v.ShipsFrom, o.ShipsFrom)
	v.ShipsTo = mergeStrings(v.ShipsTo, o.ShipsTo)
	v.Denies = mergeStrings(v.Denies, o.Denies)
	v.Pages += o.Pages
	if v.FirstSeen.IsZero() || (!o.FirstSeen.IsZero() && o.FirstSeen.Before(v.FirstSeen)) {
		v.FirstSeen = o.FirstSeen
	}
	if o.LastSeen.After(v.LastSeen) {
		v.LastSeen = o.LastSeen
	}
}

// Empty reports whether the vendor carries nothing worth storing.
func (v *Vendor) Empty() bool {
	return len(v.Claims) == 0 && len(v.Contacts) == 0 && len(v.ShipsFrom) == 0 &&
		len(v.ShipsTo) == 0 && len(v.Terms) == 0 && len(v.Denies) == 0
}

// mergeUnique appends the elements of src that dst lacks (by same), up to
// maxVendorItems.
func mergeUnique[T any](dst, src []T, same func(a, b T) bool) []T {
	for _, x := range src {
		if len(dst) >= maxVendorItems {
			break
		}
		if !slices.ContainsFunc(dst, func(d T) bool { return same(d, x) }) {
			dst = append(dst, x)
		}
	}
	return dst
}

func mergeClaims(dst, src []Claim) []Claim { return mergeUnique(dst, src, Claim.Same) }

func mergeStrings(dst, src []string) []string {
	return mergeUnique(dst, src, func(a, b string) bool { return a == b })
}

// InheritedClaims returns the claims of vendors (the site's and the
// listing's own vendor) that the listing does not state itself, one per
// kind and text. A kind the listing or any of these vendors denies ("no
// reships" in a vendor's terms) is not inherited: a market's FAQ about
// reships says nothing about the vendor who refuses them.
func InheritedClaims(l *Listing, vendors ...*Vendor) []Claim {
	denied := slices.Clone(l.Denies)
	for _, v := range vendors {
		if v != nil {
			denied = append(denied, v.Denies...)
		}
	}
	var out []Claim
	for _, v := range vendors {
		if v == nil {
			continue
		}
		for _, c := range v.Claims {
			if !slices.ContainsFunc(l.Claims, c.Same) && !slices.Contains(denied, c.Kind) {
				out = mergeClaims(out, []Claim{c})
			}
		}
	}
	return out
}
