package crawler

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// robotsRules is what a host's robots.txt says to npswatch's user agent.
type robotsRules struct {
	group       *robotstxt.Group // nil = allow all
	disallowAll bool
	crawlDelay  time.Duration
	note        string // how the rules were obtained, for the log
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
		return &robotsRules{disallowAll: true, note: "robots.txt unreachable (" + fetchErr.Error() + "): disallow all"}
	case status >= 200 && status < 300:
		data, err := robotstxt.FromBytes(bytes.ToValidUTF8(body, nil))
		if err != nil {
			return &robotsRules{note: "robots.txt unparsable (" + err.Error() + "): allow all"}
		}
		g := data.FindGroup(robotsAgent(agent))
		return &robotsRules{group: g, crawlDelay: g.CrawlDelay, note: "robots.txt obeyed"}
	case status == 429:
		return &robotsRules{disallowAll: true, note: "robots.txt HTTP 429 (rate limited): disallow all"}
	case status >= 400 && status < 500:
		return &robotsRules{note: fmt.Sprintf("robots.txt HTTP %d: allow all", status)}
	default:
		return &robotsRules{disallowAll: true, note: fmt.Sprintf("robots.txt HTTP %d: disallow all", status)}
	}
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
