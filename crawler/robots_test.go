package crawler

import (
	"net/url"
	"strings"
	"testing"
	"time"
)

// TestRobotsRules: RFC 9309 §2.2 — unparseable lines are ignored and the
// valid rules still apply; a Crawl-delay above MaxCrawlDelay is capped.
func TestRobotsRules(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		allowed   []string
		denied    []string
		delay     time.Duration
		ignored   int
		throttled bool
	}{
		{name: "valid", body: "User-agent: *\nDisallow: /secret\nCrawl-delay: 2\n",
			allowed: []string{"/", "/public"}, denied: []string{"/secret/x"}, delay: 2 * time.Second},
		{name: "crawl-delay banana", body: "User-agent: *\nDisallow: /secret\nCrawl-delay: banana\n",
			allowed: []string{"/"}, denied: []string{"/secret"}, ignored: 1},
		{name: "negative and infinite delays", body: "User-agent: *\nCrawl-delay: -5\nCrawl-delay: Inf\nDisallow: /a\n",
			denied: []string{"/a"}, ignored: 2},
		{name: "rule before any user-agent", body: "Disallow: /\nUser-agent: *\nDisallow: /b\n",
			allowed: []string{"/"}, denied: []string{"/b"}, ignored: 1},
		{name: "line without a colon", body: "User-agent: *\nthis is not a rule\nDisallow: /c\n",
			allowed: []string{"/x"}, denied: []string{"/c"}, ignored: 1},
		{name: "huge crawl-delay capped", body: "User-agent: *\nCrawl-delay: 99999999\nDisallow: /d\n",
			denied: []string{"/d"}, delay: MaxCrawlDelay, throttled: true},
		{name: "delay beyond int64 nanoseconds", body: "User-agent: *\nCrawl-delay: 1e300\n",
			allowed: []string{"/"}, delay: MaxCrawlDelay, throttled: true},
		{name: "our group wins", body: "User-agent: npswatch\nDisallow: /e\n\nUser-agent: *\nDisallow: /\n",
			allowed: []string{"/f"}, denied: []string{"/e"}},
		{name: "CRLF and comments", body: "User-agent: * # all\r\nDisallow: /g # private\r\n",
			allowed: []string{"/h"}, denied: []string{"/g"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := robotsFromResponse(200, []byte(tt.body), nil, "npswatch/0.1 (+https://example.org)")
			if r.disallowAll {
				t.Fatalf("disallow all: %s", r.note)
			}
			for _, p := range tt.allowed {
				if !r.allowed(&url.URL{Path: p}) {
					t.Errorf("%s denied", p)
				}
			}
			for _, p := range tt.denied {
				if r.allowed(&url.URL{Path: p}) {
					t.Errorf("%s allowed", p)
				}
			}
			if r.crawlDelay != tt.delay {
				t.Errorf("crawl delay %v, want %v", r.crawlDelay, tt.delay)
			}
			if len(r.ignored) != tt.ignored {
				t.Errorf("ignored %q, want %d lines", r.ignored, tt.ignored)
			}
			if (r.throttled != "") != tt.throttled {
				t.Errorf("throttled %q, want %v", r.throttled, tt.throttled)
			}
		})
	}
}

// FuzzRobots: no robots.txt makes the parser panic, lets a rule it could
// read go unapplied by voiding the file, or sets a delay above the cap.
func FuzzRobots(f *testing.F) {
	for _, s := range []string{"User-agent: *\nDisallow: /secret\nCrawl-delay: banana\n", "Disallow: /\n",
		"User-agent: *\nCrawl-delay: 1e309\nAllow: /a\nDisallow: /", "User-agent: npswatch\r\nDisallow: /*.php$\r\n",
		"\xff\xfeUser-agent: *\nDisallow: /x", "User-agent:\nCrawl-delay: 99999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		r := robotsFromResponse(200, []byte(body), nil, "npswatch/0.1")
		if r.disallowAll {
			t.Fatalf("a 200 robots.txt voided: %s", r.note)
		}
		if r.crawlDelay < 0 || r.crawlDelay > MaxCrawlDelay {
			t.Fatalf("crawl delay %v", r.crawlDelay)
		}
		r.allowed(&url.URL{Path: "/" + strings.Repeat("a", len(body)%7)})
	})
}
