package crawler

import (
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// session.go learns, per host and while crawling, the query parameters that
// carry a session or tracking token rather than content: a parameter none
// of the drop lists names ("?s=8f3a…", "?tk=…") whose value changes from
// one response to the next would otherwise make every link a new URL, and a
// darknet-style site would cost a dozen requests per page. Two signs teach
// a parameter, neither from a list of names:
//
//   - the links of one page: most same-host links carry the parameter with
//     one and the same token-like value (a session id pasted into every
//     link by the server);
//   - the content: two fetched pages of the host show the same text under
//     URLs that differ only in that parameter, with a token-like value.
//
// A learned parameter is left out of the URLs used for deduplication and
// listing identity; the page is still requested as the link wrote it
// (QueueItem.Fetch), since a site may need its token.

// minSessionLinks is how many same-host links must carry a parameter before
// a shared value counts as a session token.
const minSessionLinks = 3

// maxTextPrints bounds the content prints kept per host.
const maxTextPrints = 4096

type sessionParams struct {
	mu    sync.Mutex
	hosts map[string]*hostParams
}

type hostParams struct {
	drop    map[string]string // parameter (lower case) → how it was learned
	prints  map[uint64]string // text print → the first URL that showed it
	fetched []*url.URL        // pages fetched (canonical URLs), up to maxTextPrints
	done    map[string]bool   // their URLs without the learned parameters
	extra   map[string]string // names of parameters added to a page without changing it → the first URL seen so
}

func newSessionParams() *sessionParams { return &sessionParams{hosts: map[string]*hostParams{}} }

func (s *sessionParams) host(h string) *hostParams {
	hp := s.hosts[h]
	if hp == nil {
		hp = &hostParams{drop: map[string]string{}, prints: map[uint64]string{}, done: map[string]bool{}, extra: map[string]string{}}
		s.hosts[h] = hp
	}
	return hp
}

// learned returns the parameters learned for host h and why, sorted.
func (s *sessionParams) learned(h string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for p, why := range s.host(h).drop {
		out = append(out, p+" ("+why+")")
	}
	sort.Strings(out)
	return out
}

// strip returns u without the parameters learned for its host, and whether
// anything was removed. u is not changed.
func (s *sessionParams) strip(u *url.URL) (*url.URL, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.host(u.Host).strip(u)
}

func (hp *hostParams) strip(u *url.URL) (*url.URL, bool) {
	if u.RawQuery == "" || len(hp.drop) == 0 {
		return u, false
	}
	q, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		return u, false
	}
	changed := false
	for k := range q {
		if _, ok := hp.drop[strings.ToLower(k)]; ok {
			delete(q, k)
			changed = true
		}
	}
	if !changed {
		return u, false
	}
	out := *u
	out.RawQuery = q.Encode()
	return &out, true
}

// fetchedAs reports whether a page fetched in this run is u once the
// learned parameters are left out of both: the same page under another
// session token.
func (s *sessionParams) fetchedAs(u *url.URL) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.host(u.Host).done[u.String()]
}

// fetchedPage records that page u (canonical) was fetched.
func (s *sessionParams) fetchedPage(u *url.URL) {
	s.mu.Lock()
	defer s.mu.Unlock()
	hp := s.host(u.Host)
	if len(hp.fetched) < maxTextPrints {
		hp.fetched = append(hp.fetched, u)
	}
	st, _ := hp.strip(u)
	hp.done[st.String()] = true
}

// relearned recomputes the stripped forms of the fetched pages after a
// parameter was learned. Call with s.mu held.
func (hp *hostParams) relearned() {
	for _, u := range hp.fetched {
		st, _ := hp.strip(u)
		hp.done[st.String()] = true
	}
}

// learnFromLinks looks at the same-host links of one page (canonical URLs)
// and learns every parameter that most of them carry with one shared,
// token-like value. It returns the parameters it learned.
func (s *sessionParams) learnFromLinks(host string, links []*url.URL) []string {
	type seen struct {
		n      int
		values map[string]int
	}
	params := map[string]*seen{}
	total := 0
	for _, u := range links {
		if u.Host != host {
			continue
		}
		total++
		q, err := url.ParseQuery(u.RawQuery)
		if err != nil {
			continue
		}
		for k, vs := range q {
			if len(vs) != 1 {
				continue
			}
			k = strings.ToLower(k)
			p := params[k]
			if p == nil {
				p = &seen{values: map[string]int{}}
				params[k] = p
			}
			p.n++
			p.values[vs[0]]++
		}
	}
	var out []string
	s.mu.Lock()
	defer s.mu.Unlock()
	hp := s.host(host)
	for k, p := range params {
		if _, ok := hp.drop[k]; ok || p.n < minSessionLinks || p.n*2 < total {
			continue
		}
		for v, n := range p.values {
			if tokenLike(v) && n*10 >= p.n*8 {
				hp.drop[k] = "the same token on " + strconv.Itoa(n) + " of " + strconv.Itoa(total) + " links of one page"
				out = append(out, k)
				hp.relearned()
				break
			}
		}
	}
	sort.Strings(out)
	return out
}

// learnFromContent records that page u showed text with print p. When
// another URL of the host showed the same text and differs from u only in
// one parameter with a token-like value, that parameter is learned; it is
// returned ("" when nothing was learned).
func (s *sessionParams) learnFromContent(u *url.URL, p uint64) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	hp := s.host(u.Host)
	other, ok := hp.prints[p]
	if !ok {
		if len(hp.prints) < maxTextPrints {
			hp.prints[p] = u.String()
		}
		return ""
	}
	ou, err := url.Parse(other)
	if err != nil || ou.Path != u.Path {
		return ""
	}
	k, ok := oneParamApart(ou, u)
	if !ok {
		return hp.learnExtra(ou, u)
	}
	if _, known := hp.drop[k]; !known {
		hp.drop[k] = "the same page under two values of it"
		hp.relearned()
		return k
	}
	return ""
}

// learnExtra learns parameters that only point into a page: when u is the
// page a with parameters added ("?do=findComment&comment=5507", a forum's
// permalink to one reply; "?do=reply") and shows the same text, and a
// second URL has shown a page of the host the same under the same added
// names, every one of them is learned. One such URL proves little (a
// listing's "?page=2" that repeats page 1); two are a habit of the site.
// It returns the names learned, joined by ",".
func (hp *hostParams) learnExtra(a, u *url.URL) string {
	names, ok := addedParams(a, u)
	with := u // the URL with the added parameters
	if !ok {
		if names, ok = addedParams(u, a); !ok {
			return ""
		}
		with = a
	}
	key := strings.Join(names, "&")
	first, seen := hp.extra[key]
	if !seen {
		hp.extra[key] = with.String()
		return ""
	}
	if first == with.String() {
		return ""
	}
	var out []string
	for _, k := range names {
		if _, known := hp.drop[k]; !known {
			hp.drop[k] = "added to two pages without changing them"
			out = append(out, k)
		}
	}
	if len(out) == 0 {
		return ""
	}
	hp.relearned()
	return strings.Join(out, ",")
}

// addedParams returns the names (lower case, sorted) of the parameters u
// has and a has not, when u has all of a's with the same values.
func addedParams(a, u *url.URL) ([]string, bool) {
	qa, err1 := url.ParseQuery(a.RawQuery)
	qu, err2 := url.ParseQuery(u.RawQuery)
	if err1 != nil || err2 != nil || len(qu) <= len(qa) {
		return nil, false
	}
	for k, vs := range qa {
		ws := qu[k]
		if len(ws) != len(vs) || (len(vs) > 0 && vs[0] != ws[0]) {
			return nil, false
		}
	}
	var names []string
	for k := range qu {
		if _, ok := qa[k]; !ok {
			names = append(names, strings.ToLower(k))
		}
	}
	sort.Strings(names)
	return names, true
}

// oneParamApart reports the one parameter a and b differ in, when its value
// is token-like on at least one side and all other parameters agree.
func oneParamApart(a, b *url.URL) (string, bool) {
	qa, err1 := url.ParseQuery(a.RawQuery)
	qb, err2 := url.ParseQuery(b.RawQuery)
	if err1 != nil || err2 != nil {
		return "", false
	}
	diff := ""
	for _, pair := range [][2]url.Values{{qa, qb}, {qb, qa}} {
		for k, vs := range pair[0] {
			ws := pair[1][k]
			if len(vs) == len(ws) && (len(vs) == 0 || vs[0] == ws[0]) {
				continue
			}
			lk := strings.ToLower(k)
			if diff != "" && diff != lk {
				return "", false
			}
			token := (len(vs) == 1 && tokenLike(vs[0])) || (len(ws) == 1 && tokenLike(ws[0]))
			if !token {
				return "", false
			}
			diff = lk
		}
	}
	return diff, diff != ""
}

// tokenLike reports values that look generated: at least 6 characters of
// letters, digits and -_. with both letters and digits, or at least 16
// letters and digits (a random string that happens to have no digit).
func tokenLike(v string) bool {
	if len(v) < 6 || len(v) > 256 {
		return false
	}
	letters, digits := 0, 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		case c == '-' || c == '_' || c == '.':
		default:
			return false
		}
	}
	return (letters > 0 && digits > 0) || letters+digits >= 16
}
