package crawler

import (
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// DefaultDropParams are query parameters that never change what a page shows:
// tracking tags, session ids, and sort-order or view variants that only
// reorder the same content. Keys are lower case; a trailing "*" is a prefix.
var DefaultDropParams = []string{
	"utm_*", "gclid", "fbclid", "msclkid", "yclid", "mc_cid", "mc_eid", "_ga", "_gl",
	"sid", "sessionid", "session_id", "phpsessid", "jsessionid", "aspsessionid*", "cfid", "cftoken", "s_id",
	"sort", "sortby", "sort_by", "order", "orderby", "order_by", "dir", "direction",
}

// viewParams select a page's presentation; they are dropped only when their
// value is a presentation variant (view=grid), since some sites route
// content through them (Joomla's view=productdetails).
var viewParams = map[string]bool{"view": true, "display": true, "layout": true, "mode": true, "viewmode": true}

var presentationValues = map[string]bool{"grid": true, "list": true, "table": true, "compact": true, "gallery": true,
	"tiles": true, "tile": true, "card": true, "cards": true, "detailed": true, "details": true, "simple": true,
	"mobile": true, "desktop": true, "print": true, "full": true, "short": true, "thumbnails": true, "thumbs": true}

// Canonicalizer turns URLs into the one form used for deduplication.
type Canonicalizer struct {
	exact  map[string]bool
	prefix []string
}

// NewCanonicalizer drops the given query parameters (see DefaultDropParams).
func NewCanonicalizer(drop []string) *Canonicalizer {
	c := &Canonicalizer{exact: map[string]bool{}}
	for _, d := range drop {
		d = strings.ToLower(d)
		if p, ok := strings.CutSuffix(d, "*"); ok {
			c.prefix = append(c.prefix, p)
		} else {
			c.exact[d] = true
		}
	}
	return c
}

func (c *Canonicalizer) dropped(key string) bool {
	k := strings.ToLower(key)
	if c.exact[k] {
		return true
	}
	for _, p := range c.prefix {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// indexFoldASCII is strings.Index ignoring ASCII case, with offsets into s
// itself (lower-casing all of s could change its byte length).
func indexFoldASCII(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// errNotHTTP is returned for links that are not http(s) (mailto:, javascript:…).
var errNotHTTP = errors.New("not an http(s) URL")

// Canonical resolves ref against base (base may be nil for absolute refs)
// and returns its canonical form: lower-case scheme and host, no default
// port, no user info, no fragment, dot segments removed, ";jsessionid=" path
// parameters removed, dropped query parameters removed and the rest sorted.
func (c *Canonicalizer) Canonical(base *url.URL, ref string) (*url.URL, error) {
	ref = strings.TrimSpace(ref)
	r, err := url.Parse(ref)
	if err != nil {
		return nil, err
	}
	u := r
	if base != nil {
		u = base.ResolveReference(r)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, errNotHTTP
	}
	if u.Host == "" {
		return nil, errors.New("URL without host")
	}
	out := &url.URL{Scheme: u.Scheme, Host: strings.ToLower(u.Host), Path: u.Path, RawPath: u.RawPath}
	if p := out.Port(); (p == "80" && u.Scheme == "http") || (p == "443" && u.Scheme == "https") {
		out.Host = strings.TrimSuffix(out.Host, ":"+p)
	}
	if i := indexFoldASCII(out.Path, ";jsessionid="); i >= 0 {
		out.Path, out.RawPath = out.Path[:i], ""
	}
	if out.Path == "" {
		out.Path = "/"
	}
	if u.RawQuery != "" {
		if q, err := url.ParseQuery(u.RawQuery); err != nil {
			out.RawQuery = u.RawQuery // keep a query we cannot parse as it is: it may still matter
		} else {
			for k, vs := range q {
				if c.dropped(k) || (viewParams[strings.ToLower(k)] && len(vs) == 1 && presentationValues[strings.ToLower(vs[0])]) {
					delete(q, k)
					continue
				}
				sort.Strings(q[k])
			}
			out.RawQuery = q.Encode() // Encode sorts by key
		}
	}
	// what we hand out must parse back to itself
	if back, err := url.Parse(out.String()); err != nil || back.String() != out.String() {
		return nil, fmt.Errorf("URL %q does not survive canonicalisation", ref)
	}
	return out, nil
}

// hostKey is the politeness key of a URL: host[:port].
func hostKey(u *url.URL) string { return u.Host }

// scope decides which URLs belong to a target. Hosts are compared with
// their effective port: a start URL on port 80 (or 443) puts that host's
// ports 80 and 443 in scope — the same site, upgraded to TLS or not —
// and no other port of it; a start URL on port 8080 puts only 8080 in
// scope. A configured host entry without a port ("example.com") stands
// for its ports 80 and 443.
type scope struct {
	hosts   map[string]bool // "host:port", host lower-cased
	include []string
	exclude []string
}

// newScope builds a scope from entries that are a start URL's scheme and
// host[:port] (scheme "" for a configured host entry).
func newScope(entries []scopeEntry, include, exclude []string) *scope {
	s := &scope{hosts: map[string]bool{}, include: include, exclude: exclude}
	for _, e := range entries {
		h := &url.URL{Host: strings.ToLower(e.host)}
		host, port := h.Hostname(), h.Port()
		if port == "" || port == defaultPort(e.scheme) {
			s.hosts[host+":80"], s.hosts[host+":443"] = true, true
			continue
		}
		s.hosts[host+":"+port] = true
	}
	return s
}

// scopeEntry is one host of a target's scope.
type scopeEntry struct{ scheme, host string }

// defaultPort is the port a URL of scheme uses when it names none.
func defaultPort(scheme string) string {
	switch strings.ToLower(scheme) {
	case "http":
		return "80"
	case "https":
		return "443"
	}
	return ""
}

func (s *scope) in(u *url.URL) bool {
	port := u.Port()
	if port == "" {
		port = defaultPort(u.Scheme)
	}
	if !s.hosts[strings.ToLower(u.Hostname())+":"+port] {
		return false
	}
	for _, p := range s.exclude {
		if strings.HasPrefix(u.Path, p) {
			return false
		}
	}
	if len(s.include) == 0 {
		return true
	}
	for _, p := range s.include {
		if strings.HasPrefix(u.Path, p) {
			return true
		}
	}
	return false
}
