package crawler

import (
	"bytes"
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// MaxCrawlDelay is the longest robots.txt Crawl-delay npswatch honours: a
// host asking for more ("Crawl-delay: 99999999") is crawled once a minute
// and logged as throttled, and the crawl goes on with other hosts.
const MaxCrawlDelay = 60 * time.Second

// robotsRules is what a host's robots.txt says to npswatch's user agent.
type robotsRules struct {
	group       *robotstxt.Group // nil = allow all
	disallowAll bool
	crawlDelay  time.Duration
	note        string   // how the rules were obtained, for the log
	ignored     []string // lines left out as unparseable (RFC 9309 §2.2: ignored, the rest applies)
	throttled   string   // why the host is crawled slower than asked, if it is
	// unreachable: robots.txt could not be had (no answer, or a 5xx), so
	// the host is not crawled and its pages count as failed, not skipped:
	// the target is down, not merely closed to crawlers.
	unreachable bool
}

func (r *robotsRules) allowed(u *url.URL) bool {
	if r == nil {
		return true
	}
	if r.disallowAll {
		return false
	}
	if r.group == nil {
		return true
	}
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return r.group.Test(p)
}

// robotsFromResponse interprets a robots.txt fetch as RFC 9309 says: 2xx is
// parsed, 4xx means no restrictions, 5xx or no answer means disallow all for
// now (the crawl records the pages as skipped and can be re-run later).
func robotsFromResponse(status int, body []byte, fetchErr error, agent string) *robotsRules {
	switch {
	case fetchErr != nil:
		return &robotsRules{disallowAll: true, unreachable: true, note: "robots.txt unreachable (" + fetchErr.Error() + "): disallow all"}
	case status >= 200 && status < 300:
		clean, ignored, asked := sanitizeRobots(bytes.ToValidUTF8(body, nil))
		data, err := robotstxt.FromBytes(clean)
		if err != nil {
			// sanitizeRobots leaves nothing the parser rejects; should it
			// still fail, obeying nothing would be wrong: skip the host
			return &robotsRules{disallowAll: true, ignored: ignored, note: "robots.txt unparsable (" + err.Error() + "): disallow all"}
		}
		g := data.FindGroup(robotsAgent(agent))
		r := &robotsRules{group: g, crawlDelay: g.CrawlDelay, ignored: ignored, note: "robots.txt obeyed"}
		if len(ignored) > 0 {
			r.note = fmt.Sprintf("robots.txt obeyed, %d unparseable line(s) ignored", len(ignored))
		}
		if r.crawlDelay >= MaxCrawlDelay && asked > MaxCrawlDelay.Seconds() {
			r.crawlDelay = MaxCrawlDelay
			r.throttled = fmt.Sprintf("robots.txt asks for Crawl-delay %gs; capped at %s", asked, MaxCrawlDelay)
		}
		return r
	case status == 429:
		return &robotsRules{disallowAll: true, note: "robots.txt HTTP 429 (rate limited): disallow all"}
	case status >= 400 && status < 500:
		return &robotsRules{note: fmt.Sprintf("robots.txt HTTP %d: allow all", status)}
	default:
		return &robotsRules{disallowAll: true, unreachable: status >= 500, note: fmt.Sprintf("robots.txt HTTP %d: disallow all", status)}
	}
}

// sanitizeRobots rewrites a robots.txt as the rules its parser reads, one
// canonical "Field: value" line each, leaving out what the parser would
// reject as a whole — a Crawl-delay that is no number ("banana"), negative
// or infinite; an Allow, Disallow or Crawl-delay before any User-agent; a
// line with no colon — and returns the dropped lines. RFC 9309 §2.2: a
// crawler ignores what it cannot parse and obeys the valid rules; one bad
// line must not void the file. Records npswatch does not use (Sitemap,
// Host …) are left out silently. A Crawl-delay above MaxCrawlDelay is
// written as the cap (a huge one would overflow the parser's duration);
// asked is the largest delay the file asked for, in seconds.
func sanitizeRobots(body []byte) (clean []byte, ignored []string, asked float64) {
	lines := strings.FieldsFunc(string(body), func(r rune) bool { return r == '\n' || r == '\r' })
	out := make([]string, 0, len(lines))
	agent := false
	drop := func(line string) {
		if len(line) > 200 {
			line = line[:200] + "…"
		}
		ignored = append(ignored, line)
	}
	for _, line := range lines {
		rule, _, _ := strings.Cut(line, "#")
		rule = strings.TrimSpace(rule)
		if rule == "" {
			continue
		}
		field, value, ok := strings.Cut(rule, ":")
		if !ok {
			drop(line)
			continue
		}
		field = strings.ToLower(strings.TrimSpace(field))
		if f := strings.Fields(value); len(f) > 0 {
			value = f[0] // a value is one token: paths have no spaces
		} else {
			value = ""
		}
		switch field {
		case "user-agent", "useragent":
			if value == "" {
				drop(line)
				continue
			}
			agent = true
			out = append(out, "User-agent: "+value)
		case "allow", "disallow":
			if !agent {
				drop(line)
				continue
			}
			if field == "allow" {
				out = append(out, "Allow: "+value)
			} else {
				out = append(out, "Disallow: "+value)
			}
		case "crawl-delay", "crawldelay":
			d, err := strconv.ParseFloat(value, 64)
			if !agent || err != nil || d < 0 || math.IsInf(d, 0) || math.IsNaN(d) {
				drop(line)
				continue
			}
			if d > MaxCrawlDelay.Seconds() {
				asked = max(asked, d)
				d = MaxCrawlDelay.Seconds()
			}
			out = append(out, "Crawl-delay: "+strconv.FormatFloat(d, 'f', -1, 64))
		}
	}
	return []byte(strings.Join(out, "\n")), ignored, asked
}

// robotsAgent is the product token of a User-Agent ("npswatch/0.1 (+…)" → "npswatch").
func robotsAgent(ua string) string {
	tok, _, _ := strings.Cut(ua, "/")
	tok, _, _ = strings.Cut(tok, " ")
	if tok == "" {
		return "*"
	}
	return tok
}

// hostRobots fetches robots.txt once per host.
type hostRobots struct {
	once  sync.Once
	rules *robotsRules
}
