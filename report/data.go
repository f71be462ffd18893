package report

import (
	"cmp"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/npswatch/npswatch"
)

// Data is everything one report shows; the CLI fills it from storage.
type Data struct {
	Title     string    // "npswatch daily report" when empty
	Generated time.Time // when the report was made; the reference for "no success in 48h"
	Since     time.Time // the period covered: [Since, Until)
	Until     time.Time
	Software  string // "npswatch 0.1.0"
	// DB and SignKey go into the export commands the report prints, so a
	// command copied from it works as shown: the database file and the
	// case's signing key ("" = none: the package is then unsigned).
	DB, SignKey string

	NewHits   []npswatch.Hit    // new since the last report, triage-filtered by the caller
	Dismissed int               // how many hits the caller left out as dismissed
	Triage    map[string]string // hit id → status (new, confirmed, escalated) for display; absent = new

	Changed   []Change           // changed listings
	Gone, New []npswatch.Listing // listings gone / new
	NewClaims []ClaimSeen        // shipping claims first seen in the period
	Clusters  []Cluster          // vendor clusters spanning more than one site
	Health    []TargetHealth     // per target crawl health
	Trend     []DayCount         // 30 days of hits per day by category
}

// Change is one listing whose fields changed: field → value as shown, before
// and after. Fields gives the order in which they are shown.
type Change struct {
	Listing npswatch.Listing
	Fields  []string
	Before  map[string]string
	After   map[string]string
}

// ClaimSeen is a shipping claim first seen in the period, with where.
type ClaimSeen struct {
	Claim     npswatch.Claim
	Site      string
	ListingID string
	URL       string
	First     time.Time
}

// Cluster is a group of vendors on different sites linked by the contacts
// they share.
type Cluster struct {
	ID       string
	Contacts []npswatch.Contact // the contacts that link them
	Sites    []string
	Vendors  []string
	Listings int
	Hits     int
}

// TargetHealth is how the crawls of one target went in the period.
type TargetHealth struct {
	Target      string
	Runs        int
	Pages       int
	Failed      int
	Blocked     int
	LastSuccess time.Time // zero: never (a run that fetched no page is no success)
	LastError   string
	// FailingRuns is how many of the target's newest runs in a row could
	// fetch no page at all (npswatch.Run.Unreachable).
	FailingRuns int
}

// DayCount is the hits first seen on one day, by substance category.
type DayCount struct {
	Day        time.Time
	ByCategory map[string]int
}

const (
	defaultTitle = "npswatch daily report"
	// openLimit is the largest hit group that starts expanded.
	openLimit = 25
	// staleAfter flags a target without a successful crawl for this long.
	staleAfter = 48 * time.Hour
	// trendDays is how many days the trend covers.
	trendDays = 30
)

// severities in display order; anything else is "unrated", shown last.
var severities = []string{npswatch.SeverityCritical, npswatch.SeverityHigh, npswatch.SeverityMedium, npswatch.SeverityLow}

const unrated = "unrated"

func severityKey(s string) string {
	if slices.Contains(severities, s) {
		return s
	}
	return unrated
}

func severityRank(s string) int {
	if i := slices.Index(severities, s); i >= 0 {
		return i
	}
	return len(severities)
}

// triageStatus is a hit's triage status; "new" when the caller gave none.
func triageStatus(d *Data, id string) string {
	if s := strings.TrimSpace(d.Triage[id]); s != "" {
		return s
	}
	return "new"
}

// hitGroup is the hits of one substance within one severity.
type hitGroup struct {
	Severity  string // severity key
	Key       string // substance id, or "class:<class>"
	Substance string
	Class     string
	Category  string
	Hits      []*npswatch.Hit
}

// sevGroup is one severity's hit groups, most hits first.
type sevGroup struct {
	Severity string
	Count    int
	Groups   []*hitGroup
}

// groupHits orders the new hits by severity, substance (groups with most hits
// first, then by name) and first seen.
func groupHits(hits []npswatch.Hit) []*sevGroup {
	bySev := map[string]*sevGroup{}
	byKey := map[string]*hitGroup{}
	for i := range hits {
		h := &hits[i]
		sev := severityKey(h.Substance.Severity)
		key := h.Substance.ID
		if key == "" {
			key = "class:" + h.Substance.Class
		}
		name := h.Substance.Name
		if name == "" {
			name = key
		}
		sg := bySev[sev]
		if sg == nil {
			sg = &sevGroup{Severity: sev}
			bySev[sev] = sg
		}
		g := byKey[sev+"\x00"+key]
		if g == nil {
			g = &hitGroup{Severity: sev, Key: key, Substance: name, Class: h.Substance.Class, Category: h.Substance.Category}
			byKey[sev+"\x00"+key] = g
			sg.Groups = append(sg.Groups, g)
		}
		g.Hits = append(g.Hits, h)
		sg.Count++
	}
	var out []*sevGroup
	for _, sev := range append(slices.Clone(severities), unrated) {
		sg := bySev[sev]
		if sg == nil {
			continue
		}
		slices.SortFunc(sg.Groups, func(a, b *hitGroup) int {
			return cmp.Or(cmp.Compare(len(b.Hits), len(a.Hits)), cmp.Compare(a.Substance, b.Substance), cmp.Compare(a.Key, b.Key))
		})
		for _, g := range sg.Groups {
			slices.SortStableFunc(g.Hits, func(a, b *npswatch.Hit) int {
				return cmp.Or(a.FirstSeen.Compare(b.FirstSeen), cmp.Compare(a.ID, b.ID))
			})
		}
		out = append(out, sg)
	}
	return out
}

// orderedHits is every hit in display order.
func orderedHits(groups []*sevGroup) []*npswatch.Hit {
	var out []*npswatch.Hit
	for _, sg := range groups {
		for _, g := range sg.Groups {
			out = append(out, g.Hits...)
		}
	}
	return out
}

// summary counts what the report shows.
type summary struct {
	NewHits        int
	BySeverity     map[string]int
	ByTriage       map[string]int
	Dismissed      int
	Changed        int
	NewListings    int
	GoneListings   int
	NewClaims      int
	Clusters       int
	Targets        int
	TargetsFlagged int
}

func summarize(d *Data, groups []*sevGroup, health []healthRow) summary {
	s := summary{NewHits: len(d.NewHits), BySeverity: map[string]int{}, ByTriage: map[string]int{},
		Dismissed: d.Dismissed, Changed: len(d.Changed), NewListings: len(d.New), GoneListings: len(d.Gone),
		NewClaims: len(d.NewClaims), Clusters: len(d.Clusters), Targets: len(d.Health)}
	for _, sev := range append(slices.Clone(severities), unrated) {
		s.BySeverity[sev] = 0
	}
	for _, sg := range groups {
		s.BySeverity[sg.Severity] = sg.Count
	}
	for _, st := range []string{"new", "confirmed", "escalated"} {
		s.ByTriage[st] = 0
	}
	for i := range d.NewHits {
		s.ByTriage[triageStatus(d, d.NewHits[i].ID)]++
	}
	for _, h := range health {
		if len(h.Flags) > 0 {
			s.TargetsFlagged++
		}
	}
	return s
}

// healthRow is one target's crawl health with the reasons it is flagged.
type healthRow struct {
	TargetHealth
	Flags []string
}

// reference is the time health staleness is measured from.
func reference(d *Data) time.Time {
	if !d.Generated.IsZero() {
		return d.Generated
	}
	return d.Until
}

func healthRows(d *Data) []healthRow {
	now := reference(d)
	out := make([]healthRow, 0, len(d.Health))
	for _, h := range d.Health {
		r := healthRow{TargetHealth: h, Flags: []string{}}
		switch {
		case h.FailingRuns == 1:
			r.Flags = append(r.Flags, "unreachable in the last run")
		case h.FailingRuns > 1:
			r.Flags = append(r.Flags, fmt.Sprintf("unreachable in the last %d runs", h.FailingRuns))
		}
		if h.Failed > 0 {
			r.Flags = append(r.Flags, fmt.Sprintf("%d failed", h.Failed))
		}
		if h.Blocked > 0 {
			r.Flags = append(r.Flags, fmt.Sprintf("%d blocked", h.Blocked))
		}
		switch {
		case h.LastSuccess.IsZero():
			r.Flags = append(r.Flags, "never succeeded")
		case !now.IsZero() && now.Sub(h.LastSuccess) > staleAfter:
			r.Flags = append(r.Flags, "no success in 48h")
		}
		out = append(out, r)
	}
	return out
}

// linkURL returns u when it is an absolute http or https URL with a host,
// the only URLs the reports make links of; "" otherwise (javascript:,
// data:, relative, unparsable).
func linkURL(u string) string {
	u = strings.TrimSpace(u)
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" || p.Opaque != "" {
		return ""
	}
	return u
}

var plainID = regexp.MustCompile(`^[A-Za-z0-9._/:+=@,-]+$`)

// shellWord quotes s for a POSIX shell when it is not a plain word.
func shellWord(s string) string {
	if plainID.MatchString(s) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// fileWord turns s into a safe file name stem.
func fileWord(s string) string {
	if plainID.MatchString(s) && !strings.HasPrefix(s, ".") && !strings.HasPrefix(s, "-") {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r < utf8.RuneSelf && (r == '.' || r == '_' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	w := strings.TrimLeft(b.String(), ".-")
	if w == "" {
		w = "hit"
	}
	return w
}

// ExportCommand is the command that exports a hit's evidence from the
// database db (left out when ""), signed with signKey when it is not "".
func ExportCommand(hitID, db, signKey string) string {
	cmd := "npswatch export"
	if db != "" {
		cmd += " --db " + shellWord(db)
	}
	cmd += " --hit " + shellWord(hitID) + " --out " + shellWord(fileWord(hitID)+".wacz")
	if signKey != "" {
		cmd += " --sign-key " + shellWord(signKey)
	}
	return cmd
}

// trunc shortens s to at most n runes, ending it with "…" when cut.
func trunc(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// oneLine folds runs of white space (newlines included) into one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

const (
	timeLayout = "2006-01-02 15:04"
	dayLayout  = "2006-01-02"
)

// showTime formats t in UTC for tables; "—" for the zero time.
func showTime(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.UTC().Format(timeLayout)
}

// period describes [Since, Until) for headers.
func period(d *Data) string {
	switch {
	case d.Since.IsZero() && d.Until.IsZero():
		return "all time"
	case d.Since.IsZero():
		return "until " + showTime(d.Until) + " UTC"
	case d.Until.IsZero():
		return "since " + showTime(d.Since) + " UTC"
	}
	return showTime(d.Since) + " → " + showTime(d.Until) + " UTC"
}

func title(d *Data) string {
	if t := oneLine(d.Title); t != "" {
		return t
	}
	return defaultTitle
}

// claimItem is one claim kind a hit or listing shows, own or inherited
// from its vendor, with the sentences (and, inherited, the pages) behind it.
type claimItem struct {
	Kind   string
	Texts  []string
	Vendor bool
}

// claimItems merges claims by kind: own kinds first, then inherited ones,
// each in order of first appearance.
func claimItems(own, vendor []npswatch.Claim) []claimItem {
	var out []claimItem
	add := func(cs []npswatch.Claim, isVendor bool) {
		for _, c := range cs {
			t := oneLine(c.Text)
			if isVendor && c.URL != "" {
				t += " (" + oneLine(c.URL) + ")"
			}
			i := slices.IndexFunc(out, func(x claimItem) bool { return x.Vendor == isVendor && x.Kind == c.Kind })
			if i < 0 {
				out = append(out, claimItem{Kind: c.Kind, Vendor: isVendor})
				i = len(out) - 1
			}
			if t != "" && !slices.Contains(out[i].Texts, t) {
				out[i].Texts = append(out[i].Texts, t)
			}
		}
	}
	add(own, false)
	add(vendor, true)
	return out
}

// claimsText is the table form: "reship, stealth; vendor: customs".
func claimsText(items []claimItem) string {
	var own, vendor []string
	for _, c := range items {
		if c.Vendor {
			vendor = append(vendor, c.Kind)
		} else {
			own = append(own, c.Kind)
		}
	}
	s := strings.Join(own, ", ")
	if len(vendor) > 0 {
		if s != "" {
			s += "; "
		}
		s += "vendor: " + strings.Join(vendor, ", ")
	}
	return s
}

func contactText(c npswatch.Contact) string {
	return c.Kind + ": " + c.Value
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

var errNilData = errors.New("report: nil Data")
