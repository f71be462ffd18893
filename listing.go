package npswatch

import (
	"errors"
	"time"
)

// Claim kinds: what a vendor promises about getting the goods through.
const (
	ClaimReship     = "reship"     // reshipment or refund if seized or lost
	ClaimCustoms    = "customs"    // guaranteed customs clearance, DDP
	ClaimStealth    = "stealth"    // stealth, discreet or hidden packaging
	ClaimMislabel   = "mislabel"   // declared or labelled as something else
	ClaimForwarding = "forwarding" // transit through third countries or warehouses
)

// ClaimKinds lists every claim kind in a stable order.
var ClaimKinds = []string{ClaimReship, ClaimCustoms, ClaimStealth, ClaimMislabel, ClaimForwarding}

// Claim is one shipping promise with the sentence it was found in.
//
// URL is set on claims a listing inherits from its vendor: the page the
// claim was read on.
type Claim struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
	URL  string `json:"url,omitempty"`
}

// Same reports whether two claims say the same thing: same kind and text,
// wherever they were read (URL is not compared).
func (c Claim) Same(o Claim) bool { return c.Kind == o.Kind && c.Text == o.Text }

// Contact kinds.
const (
	ContactEmail    = "email"
	ContactPhone    = "phone"
	ContactWhatsApp = "whatsapp"
	ContactTelegram = "telegram"
	ContactWickr    = "wickr"
	ContactWeChat   = "wechat"
	ContactQQ       = "qq"
	ContactSkype    = "skype"
	ContactSignal   = "signal"  // a phone number or a username.NN
	ContactSession  = "session" // a Session ID: 05 and 64 hex digits
	ContactThreema  = "threema" // an 8-character Threema ID
	ContactMatrix   = "matrix"  // a Matrix user ID, @user:server
	ContactXMPP     = "xmpp"    // a Jabber/XMPP address
	ContactPGP      = "pgp"
	ContactBitcoin  = "btc"
	ContactMonero   = "xmr"
	ContactEthereum = "eth"
)

// Contact is a way to reach a vendor, used to link listings to vendors.
type Contact struct {
	Kind  string `json:"kind"`
	Value string `json:"value"`
}

// Listing is one product offer (or one free-text post) as one page shows
// it. ID is the offer's identity (see SetID): the views of one offer on
// several pages — a catalogue card and the product's own page, or a card
// that moved to another catalogue page — share it; URL is the page of this
// view.
//
// Product is the product name as displayed. CAS holds only check-digit-valid
// CAS numbers; numbers that look like CAS but fail the check are kept in
// InvalidCAS, as a signal. Text is the listing's own text (name, description,
// spec values) that matching runs over; it is not part of the JSON contract.
type Listing struct {
	ID  string `json:"id"`
	URL string `json:"url"`
	// OfferURL is the offer's own page: the page itself for a product's
	// own page, the page a catalogue card's title links to; "" when the
	// offer has no page of its own (a post, a table row, a card with no
	// link).
	OfferURL   string    `json:"offer_url,omitempty"`
	Site       string    `json:"site"`
	Product    string    `json:"product"`
	CAS        []string  `json:"cas"`
	InvalidCAS []string  `json:"invalid_cas,omitempty"`
	Claims     []Claim   `json:"claims"`
	Contacts   []Contact `json:"contacts"`
	ShipsFrom  []string  `json:"ships_from,omitempty"` // ISO 3166-1 alpha-2 codes or place words (worldwide, europe …)
	ShipsTo    []string  `json:"ships_to,omitempty"`
	Terms      []Claim   `json:"terms,omitempty"` // escrow, finalize_early
	// Denies are the claim kinds the listing says it does not do ("no
	// reships", "we do not use forwarders"): claims of those kinds are not
	// inherited from the site.
	Denies []string `json:"denies,omitempty"`
	// VendorClaims are claims the listing inherits from its vendor's
	// profile page or the site's banners and FAQ. They are filled in when
	// listings are read back from storage, not stored with the listing.
	VendorClaims []Claim `json:"vendor_claims,omitempty"`
	Price        string  `json:"price"`
	Vendor       string  `json:"vendor"`
	Source       string  `json:"source,omitempty"` // which extractor found it: card, table, detail, jsonld, microdata, text
	// Context is the page's title and main headings. Matching reads it for
	// what the page as a whole is (a reference-standard catalogue, a
	// drug-checking service) that no single listing says.
	Context   string    `json:"context,omitempty"`
	Text      string    `json:"text,omitempty"`
	CaptureID string    `json:"capture_id,omitempty"`
	RunID     string    `json:"run_id,omitempty"`
	FetchedAt time.Time `json:"fetched_at"`
}

// SetID gives the listing its offer's identity, the same on every page and
// in every run that shows the offer: site and OfferURL when the offer has
// a page of its own, else site, vendor (VendorKey) and product
// (ProductKey), so that a card moved to another catalogue page by a
// pagination shift keeps its id.
//
// A post (a message in a thread or channel, or a page's free text) is an
// offer of its own words: its product name is a headline many posts share,
// so its text is part of its identity.
func (l *Listing) SetID() {
	product := l.Product
	if l.OfferURL == "" && (l.Source == "post" || l.Source == "text") {
		product += "\x00" + ProductKey(truncate(l.Text, 300))
	}
	l.ID = OfferID(l.Site, l.OfferURL, l.Vendor, product, l.Text)
}

// Validate reports what is wrong with a listing before it is stored.
func (l *Listing) Validate() error {
	var errs []error
	if l.URL == "" {
		errs = append(errs, errors.New("listing without url"))
	}
	for _, c := range l.CAS {
		if !ValidCAS(c) {
			errs = append(errs, errors.New("listing CAS "+c+" fails the check digit"))
		}
	}
	return errors.Join(errs...)
}
