package npswatch

import (
	"errors"
	"fmt"
	"net/url"
	"time"
)

// Run states.
const (
	RunRunning     = "running"
	RunDone        = "done"
	RunInterrupted = "interrupted"
)

// Run is one crawl: when it ran, what it was told to crawl and with which
// politeness settings, and what came of it. A run that was interrupted can be
// resumed; its frontier is kept with it.
type Run struct {
	ID            string    `json:"id"`
	Started       time.Time `json:"started"`
	Ended         time.Time `json:"ended,omitzero"`
	State         string    `json:"state"`
	Targets       []Target  `json:"targets"`
	IgnoredRobots bool      `json:"ignored_robots"` // some target was crawled with robots.txt overridden
	UserAgent     string    `json:"user_agent"`
	Version       string    `json:"version"`
	Watchlist     string    `json:"watchlist"` // version (content hash) of the watchlist the run matched against
	Stats         RunStats  `json:"stats"`
}

// Unreachable reports whether a finished run could fetch no page at all
// while some failed (a closed port, DNS, TLS, robots.txt unreachable): its
// target was down, whatever else the counters say.
func (r *Run) Unreachable() bool {
	return r.State == RunDone && r.Stats.Fetched == 0 && r.Stats.Failed > 0
}

// RunStats counts what a run did.
type RunStats struct {
	Fetched  int `json:"fetched"`
	Failed   int `json:"failed"`
	Skipped  int `json:"skipped"` // robots.txt, scope, budget, traps
	Blocked  int `json:"blocked"` // 403 and 429 answers
	Listings int `json:"listings"`
	Hits     int `json:"hits"`
	Resumed  int `json:"resumed"`
	// LastError is the last page failure: its URL and why ("" when no
	// page failed).
	LastError string `json:"last_error,omitempty"`

	// Listing history (see ListingEvent): listings this run saw first,
	// saw changed or saw back after they were gone, and listings it found
	// gone when it finished.
	New        int `json:"new"`
	Changed    int `json:"changed"`
	Gone       int `json:"gone"`
	Reappeared int `json:"reappeared"`
}

// Target is what to crawl and how: start URLs, scope, depth and politeness.
// Zero values mean "use the run's defaults".
type Target struct {
	Name         string   `json:"name,omitempty"`
	StartURLs    []string `json:"start_urls"`
	Hosts        []string `json:"hosts,omitempty"`   // scope; empty = the start URLs' hosts
	Include      []string `json:"include,omitempty"` // path prefixes to stay in (empty = all)
	Exclude      []string `json:"exclude,omitempty"` // path prefixes to leave out
	Depth        int      `json:"depth"`
	Rate         float64  `json:"rate"` // requests per second per host
	Concurrency  int      `json:"concurrency"`
	MaxPages     int      `json:"max_pages"`
	Proxy        string   `json:"proxy,omitempty"`
	IgnoreRobots bool     `json:"ignore_robots,omitempty"`
	UserAgent    string   `json:"user_agent,omitempty"`
	Tags         []string `json:"tags,omitempty"`     // the analyst's labels, from the targets file
	Notes        string   `json:"notes,omitempty"`    // the analyst's free-text notes
	Schedule     string   `json:"schedule,omitempty"` // when `npswatch monitor` crawls it ("daily at 02:00"; "" = manual)
	// Selectors are the analyst's CSS selectors for a template the generic
	// extractors read badly (nil: generic extraction only).
	Selectors *Selectors `json:"selectors,omitempty"`
	// Requisites says what a page with listings also has fetched and
	// recorded, so that replay shows it as the analyst saw it: "images"
	// (the default, ""), "all" (images, style sheets and icons) or "none".
	// Only from the page's host, hosts sharing its registrable domain
	// (img.shop.example for shop.example) and RequisiteHosts (a CDN).
	Requisites     string   `json:"requisites,omitempty"`
	RequisiteHosts []string `json:"requisite_hosts,omitempty"`
}

// Requisites values.
const (
	RequisitesImages = "images"
	RequisitesAll    = "all"
	RequisitesNone   = "none"
)

// RequisiteMode is t.Requisites with the default applied.
func (t *Target) RequisiteMode() string {
	if t.Requisites == "" {
		return RequisitesImages
	}
	return t.Requisites
}

// RequisiteCaptureID is the id of the capture of a page requisite: one per
// URL and run (the frontier fetches a URL once per run), so a page's
// capture finds its requisites' captures from the URLs it lists.
func RequisiteCaptureID(runID, url string) string { return ShortID("requisite", runID, url) }

// ProxySchemes are the proxy URL schemes npswatch accepts (socks5h resolves
// names at the proxy, as Tor needs).
var ProxySchemes = []string{"http", "https", "socks5", "socks5h"}

// FieldError is a problem with one field of a target: Field is its name in
// a targets file (start_urls, rate…), Index the position in a list field
// (-1 for a single value). Its message is Err's.
type FieldError struct {
	Field string
	Index int
	Err   error
}

func (e *FieldError) Error() string { return e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

// Validate reports what is wrong with a target.
func (t *Target) Validate() error {
	if err := errors.Join(t.Problems()...); err != nil {
		return fmt.Errorf("target %q: %w", t.Label(), err)
	}
	return nil
}

// Label names a target in messages: its name, else its first start URL.
func (t *Target) Label() string {
	if t.Name == "" && len(t.StartURLs) > 0 {
		return t.StartURLs[0]
	}
	return t.Name
}

// Problems lists what is wrong with a target, each a *FieldError naming
// the field.
func (t *Target) Problems() []error {
	var errs []error
	bad := func(field string, i int, format string, a ...any) {
		errs = append(errs, &FieldError{Field: field, Index: i, Err: fmt.Errorf(format, a...)})
	}
	if len(t.StartURLs) == 0 {
		bad("start_urls", -1, "no start URLs")
	}
	for i, s := range t.StartURLs {
		u, err := url.Parse(s)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad("start_urls", i, "start URL %q is not an absolute http(s) URL", s)
		}
	}
	if t.Depth < 0 {
		bad("depth", -1, "depth %d is negative", t.Depth)
	}
	if t.Rate < 0 {
		bad("rate", -1, "rate %g is negative", t.Rate)
	}
	if t.Concurrency < 0 {
		bad("concurrency", -1, "concurrency %d is negative", t.Concurrency)
	}
	if t.MaxPages < 0 {
		bad("max_pages", -1, "max pages %d is negative", t.MaxPages)
	}
	if t.Proxy != "" {
		if err := ValidateProxy(t.Proxy); err != nil {
			errs = append(errs, &FieldError{Field: "proxy", Index: -1, Err: err})
		}
	}
	switch t.Requisites {
	case "", RequisitesImages, RequisitesAll, RequisitesNone:
	default:
		bad("requisites", -1, "requisites %q: want images, all or none", t.Requisites)
	}
	for i, h := range t.RequisiteHosts {
		if u, err := url.Parse("http://" + h + "/"); err != nil || u.Host != h || h == "" {
			bad("requisite_hosts", i, "requisite host %q is not a host name (host or host:port, no scheme or path)", h)
		}
	}
	return errs
}

// ValidateProxy checks a proxy URL: scheme among ProxySchemes and a host.
func ValidateProxy(p string) error {
	u, err := url.Parse(p)
	if err != nil {
		return fmt.Errorf("proxy %q: %w", p, err)
	}
	for _, s := range ProxySchemes {
		if u.Scheme == s {
			if u.Host == "" {
				return fmt.Errorf("proxy %q has no host", p)
			}
			return nil
		}
	}
	return fmt.Errorf("proxy %q: scheme %q is not one of http, https, socks5, socks5h", p, u.Scheme)
}

// QueueItem is one URL in a run's frontier.
type QueueItem struct {
	URL    string `json:"url"`             // canonical
	Host   string `json:"host"`            // host[:port], the politeness key
	Depth  int    `json:"depth"`           // link distance from the start URL; the next page of a paginated list keeps its page's depth
	Pages  int    `json:"pages,omitempty"` // pagination hops taken at this depth (bounded: see crawler)
	Target int    `json:"target"`          // index into Run.Targets
	Parent string `json:"parent,omitempty"`
	Chain  int    `json:"chain,omitempty"` // consecutive same-shape generated links (trap detection)
	Print  string `json:"print,omitempty"` // template fingerprint of the parent page (trap detection)
	Seq    uint64 `json:"seq"`             // order of discovery, set by the frontier
	// Fetch is the URL to request when it is not URL itself: the link as
	// the page wrote it, with a session parameter that URL (the identity
	// used for deduplication) leaves out.
	Fetch string `json:"fetch,omitempty"`
	// Requisite marks a page requisite (an image or style sheet of the page
	// Parent): fetched and recorded, never parsed, no links followed.
	Requisite bool `json:"requisite,omitempty"`
}

// FetchURL is the URL to request for the item.
func (q QueueItem) FetchURL() string {
	if q.Fetch != "" {
		return q.Fetch
	}
	return q.URL
}

// Page states in a run's visited set.
const (
	PagePending = "pending"
	PageDone    = "done"
	PageFailed  = "failed"
	PageSkipped = "skipped"
)

// PageResult is everything one processed frontier item produced. Storage
// commits it in one transaction: the capture, its listings and hits, the
// item's new state, and the newly discovered links.
type PageResult struct {
	Item     QueueItem
	State    string // PageDone, PageFailed or PageSkipped
	Reason   string // why skipped or failed
	Capture  *Capture
	Aliases  []string    // other canonical URLs that are this page (redirect target, rel=canonical)
	Links    []QueueItem // discovered, in scope, not yet deduplicated
	Listings []Listing
	Hits     []Hit
	Vendors  []Vendor // what the page says about vendors outside its listings
	// Defer, when set, says the page was fetched but its extraction waits
	// (until its site's template is learned): storage keeps the note so a
	// resumed run extracts it from the stored capture.
	Defer *DeferredPage
	// Late are the extraction results of pages deferred earlier, committed
	// with this page.
	Late []LateResult
}

// DeferredPage is a fetched page whose listings are not extracted yet.
type DeferredPage struct {
	CaptureID string `json:"capture_id"`
	URL       string `json:"url"` // the page URL its listings are filed under
	Host      string `json:"host"`
	Target    int    `json:"target"`
}

// LateResult is the extraction of a deferred page: its listings, hits and
// vendor notes. A big page is extracted a part at a time: Part numbers
// the part (0 for a page read whole; the page counts for its vendors with
// part 1 only) and More says further parts follow (the page stays noted as
// deferred until its last part is committed).
type LateResult struct {
	CaptureID string
	URL       string
	Listings  []Listing
	Hits      []Hit
	Vendors   []Vendor
	Part      int
	More      bool
}
