package evidence

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/npswatch/npswatch"
)

// records.go turns a prepared Bundle into the WARC records of
// archive/data.warc.gz, in order: warcinfo; per capture request, response
// and a metadata record with the capture's description; then a metadata
// record per listing and per hit.

// Custom WARC fields (WARC 1.1 allows extension fields).
const (
	fieldWire  = "X-Npswatch-Wire"  // "reconstructed: <reason>" when the block is not the wire bytes
	fieldProxy = "X-Npswatch-Proxy" // proxy route: WARC-IP-Address is then the proxy's address
)

// captureRecords is what the archive holds for one capture.
type captureRecords struct {
	C                          *npswatch.Capture
	RequestID, ResponseID      string
	MetaID                     string
	Target                     string
	BlockDigest, PayloadDigest string // of the response record
	Reconstructed              string // why the response block is not the wire bytes; "" when it is
	RequestReconstructed       bool
	HopIDs                     []string // response records of the redirect hops, in order
}

// archive is the ordered list of records and what the report needs to
// know about them.
type archive struct {
	records    []*warcRecord
	warcinfoID string
	captures   map[string]*captureRecords
	order      []*captureRecords
}

// recordSpec is one record to add; empty fields are left out.
type recordSpec struct {
	typ, id, target, ip, concurrent, refersTo, truncated, contentType, proxy, wire string
	date                                                                           time.Time
	block                                                                          []byte
	payload                                                                        bool // add WARC-Payload-Digest (application/http)
}

func (a *archive) add(s recordSpec) *warcRecord {
	r := &warcRecord{block: s.block}
	r.add("WARC-Type", s.typ)
	r.add("WARC-Record-ID", s.id)
	r.add("WARC-Date", warcDate(s.date))
	r.add("WARC-Target-URI", s.target)
	r.add("WARC-IP-Address", s.ip)
	if s.typ != "warcinfo" {
		r.add("WARC-Warcinfo-ID", a.warcinfoID)
	}
	r.add("WARC-Concurrent-To", s.concurrent)
	r.add("WARC-Refers-To", s.refersTo)
	r.add("WARC-Truncated", s.truncated)
	r.add("Content-Type", s.contentType)
	r.add("WARC-Block-Digest", sha256Digest(s.block))
	if s.payload {
		r.add("WARC-Payload-Digest", sha256Digest(httpPayload(s.block)))
	}
	r.add(fieldProxy, cleanText(s.proxy))
	r.add(fieldWire, cleanText(s.wire))
	a.records = append(a.records, r)
	return r
}

func buildArchive(p *prepared) (*archive, error) {
	a := &archive{captures: map[string]*captureRecords{}}
	info := warcinfoBlock(p)
	a.warcinfoID = recordID("warcinfo", sha256Digest(info))
	a.add(recordSpec{typ: "warcinfo", id: a.warcinfoID, date: p.Created, contentType: "application/warc-fields", block: info})
	for _, c := range p.captures {
		if err := a.addCapture(p, c); err != nil {
			return nil, fmt.Errorf("capture %s: %w", c.ID, err)
		}
	}
	for i := range p.listings {
		l := &p.listings[i]
		ref := a.refersTo(l.CaptureID)
		block, err := json.Marshal(struct {
			Listing        *npswatch.Listing `json:"listing"`
			Watchlist      string            `json:"watchlist,omitempty"`
			ResponseRecord string            `json:"response_record,omitempty"`
		}{l, p.watchlistOf(l.RunID), ref})
		if err != nil {
			return nil, fmt.Errorf("listing %s: %w", l.ID, err)
		}
		a.add(recordSpec{typ: "metadata", id: recordID("listing", l.ID, sha256Digest(block)), date: p.when(l.FetchedAt),
			target: "urn:npswatch:listing:" + cleanURI(l.ID), refersTo: ref, contentType: "application/json", block: block})
	}
	for i := range p.hits {
		h := &p.hits[i]
		ref := a.refersTo(p.captureOfHit(h))
		block, err := json.Marshal(struct {
			Hit            *npswatch.Hit  `json:"hit"`
			Explanation    npswatch.Match `json:"explanation"`
			Sources        []string       `json:"substance_sources,omitempty"`
			Watchlist      string         `json:"watchlist,omitempty"`
			ResponseRecord string         `json:"response_record,omitempty"`
		}{h, h.Match, h.Substance.Sources, p.watchlistOf(h.RunID), ref})
		if err != nil {
			return nil, fmt.Errorf("hit %s: %w", h.ID, err)
		}
		a.add(recordSpec{typ: "metadata", id: recordID("hit", h.ID, sha256Digest(block)), date: p.when(h.FirstSeen),
			target: "urn:npswatch:hit:" + cleanURI(h.ID), refersTo: ref, contentType: "application/json", block: block})
	}
	for _, r := range a.records {
		if len(r.block) > maxRecordBytes-maxHeaderBytes {
			return nil, fmt.Errorf("record %s: block of %d bytes is larger than the %d a verifier accepts",
				r.get("WARC-Record-ID"), len(r.block), maxRecordBytes-maxHeaderBytes)
		}
	}
	return a, nil
}

// refersTo is the record a listing or hit points at: the response record
// of its capture, or the capture's metadata record when no response was
// recorded; "" when the capture is not in the bundle.
func (a *archive) refersTo(captureID string) string {
	cr := a.captures[captureID]
	switch {
	case cr == nil:
		return ""
	case cr.ResponseID != "":
		return cr.ResponseID
	default:
		return cr.MetaID
	}
}

func (a *archive) addCapture(p *prepared, c *npswatch.Capture) error {
	cr := &captureRecords{C: c, Target: c.FinalURL}
	if cr.Target == "" {
		cr.Target = c.URL
	}
	cr.Target = cleanURI(cr.Target)
	date := p.when(c.FetchedAt)
	ip := remoteIP(c.RemoteAddr)
	reason := c.Wire
	if reason == "" || reason == npswatch.WireConnection {
		reason = "raw exchange not recorded"
	}
	cr.HopIDs = a.addHops(p, c)
	req, resp := c.RawRequest, c.RawResponse
	if len(req) == 0 && c.Method != "" {
		req, cr.RequestReconstructed = reconstructRequest(c, cr.Target), true
	}
	if len(resp) == 0 && c.Status > 0 {
		resp, cr.Reconstructed = reconstructResponse(c), reason
	}
	if len(req) > 0 {
		cr.RequestID = recordID("request", c.ID, sha256Digest(req))
	}
	if len(resp) > 0 {
		cr.ResponseID = recordID("response", c.ID, sha256Digest(resp))
	}
	if cr.RequestID != "" {
		s := recordSpec{typ: "request", id: cr.RequestID, date: date, target: cr.Target, ip: ip, concurrent: cr.ResponseID,
			contentType: "application/http;msgtype=request", proxy: c.Proxy, block: req}
		if cr.RequestReconstructed {
			s.wire = "reconstructed: " + reason
		}
		a.add(s)
	}
	if cr.ResponseID != "" {
		s := recordSpec{typ: "response", id: cr.ResponseID, date: date, target: cr.Target, ip: ip, concurrent: cr.RequestID,
			contentType: "application/http;msgtype=response", proxy: c.Proxy, block: resp, payload: true}
		if c.Truncated {
			s.truncated = "length"
		}
		if cr.Reconstructed != "" {
			s.wire = "reconstructed: " + cr.Reconstructed
		}
		r := a.add(s)
		cr.BlockDigest, cr.PayloadDigest = r.get("WARC-Block-Digest"), r.get("WARC-Payload-Digest")
	}
	block, err := json.Marshal(struct {
		Capture         *npswatch.Capture `json:"capture"`
		RequestRecord   string            `json:"request_record,omitempty"`
		ResponseRecord  string            `json:"response_record,omitempty"`
		Reconstructed   string            `json:"reconstructed,omitempty"`
		RequestRebuilt  bool              `json:"request_reconstructed,omitempty"`
		ResponseDigests []string          `json:"response_digests,omitempty"`
		HopRecords      []string          `json:"redirect_response_records,omitempty"`
	}{c, cr.RequestID, cr.ResponseID, cr.Reconstructed, cr.RequestReconstructed, nonEmpty(cr.BlockDigest, cr.PayloadDigest), cr.HopIDs})
	if err != nil {
		return err
	}
	cr.MetaID = recordID("capture", c.ID, sha256Digest(block))
	a.add(recordSpec{typ: "metadata", id: cr.MetaID, date: date, target: "urn:npswatch:capture:" + cleanURI(c.ID),
		refersTo: cr.ResponseID, contentType: "application/json", block: block})
	a.captures[c.ID] = cr
	a.order = append(a.order, cr)
	return nil
}

// addHops records each redirect hop of c as a request and a response
// record at the hop's URL, so a replay client that asks for the URL first
// requested finds the redirect and follows it. A hop whose bytes were not
// recorded gets a response rebuilt from its status and Location, marked
// as reconstructed; a capture stored before npswatch kept hops (Redirects
// only) gets none. It returns the hops' response record ids.
func (a *archive) addHops(p *prepared, c *npswatch.Capture) []string {
	var ids []string
	for i, h := range c.Hops {
		target := cleanURI(h.URL)
		if target == "" || h.Status == 0 && len(h.RawResponse) == 0 {
			continue
		}
		date, ip := p.when(h.FetchedAt), remoteIP(h.RemoteAddr)
		req, resp, wire := h.RawRequest, h.RawResponse, ""
		if len(resp) == 0 {
			resp, wire = reconstructHop(h), "reconstructed: "+cmp.Or(h.Wire, "raw exchange not recorded")
		}
		hop := strconv.Itoa(i + 1)
		respID := recordID("response", c.ID, "hop", hop, sha256Digest(resp))
		reqID := ""
		if len(req) > 0 {
			reqID = recordID("request", c.ID, "hop", hop, sha256Digest(req))
			a.add(recordSpec{typ: "request", id: reqID, date: date, target: target, ip: ip, concurrent: respID,
				contentType: "application/http;msgtype=request", proxy: c.Proxy, block: req})
		}
		a.add(recordSpec{typ: "response", id: respID, date: date, target: target, ip: ip, concurrent: reqID,
			contentType: "application/http;msgtype=response", proxy: c.Proxy, block: resp, payload: true, wire: wire})
		ids = append(ids, respID)
	}
	return ids
}

// reconstructHop rebuilds a redirect response from a hop's status and
// Location when its bytes were not recorded.
func reconstructHop(h npswatch.Hop) []byte {
	text := cmp.Or(http.StatusText(h.Status), "Status")
	b := fmt.Appendf(nil, "HTTP/1.1 %d %s\r\n", h.Status, text)
	if loc := cleanURI(h.Location); loc != "" {
		b = fmt.Appendf(b, "Location: %s\r\n", loc)
	}
	return append(b, "Content-Length: 0\r\n\r\n"...)
}

func nonEmpty(s ...string) []string {
	return slices.DeleteFunc(s, func(x string) bool { return x == "" })
}

// remoteIP is the IP of an "ip:port" remote address, or "" when it has
// none (a name, an empty address).
func remoteIP(addr string) string {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	host, _, _ = strings.Cut(host, "%") // IPv6 zone
	if ip := net.ParseIP(host); ip != nil {
		return ip.String()
	}
	return ""
}

// reconstructResponse rebuilds a response from the capture's status,
// headers and body when the wire bytes are missing: status line, the
// headers in sorted order (Transfer-Encoding dropped, the body is not
// chunked; Content-Length kept only when it matches the body), the body
// as received.
func reconstructResponse(c *npswatch.Capture) []byte {
	var b bytes.Buffer
	text := http.StatusText(c.Status)
	if text == "" {
		text = "Status"
	}
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\n", c.Status, text)
	writeHeader(&b, c.ResponseHeader, func(k, v string) bool {
		switch k {
		case "Transfer-Encoding":
			return false
		case "Content-Length":
			return v == strconv.Itoa(len(c.Body))
		}
		return true
	})
	b.WriteString("\r\n")
	b.Write(c.Body)
	return b.Bytes()
}

// reconstructRequest rebuilds the request line and headers.
func reconstructRequest(c *npswatch.Capture, target string) []byte {
	var b bytes.Buffer
	uri, host := "/", ""
	if u, err := url.Parse(target); err == nil {
		uri, host = u.RequestURI(), u.Host
	}
	fmt.Fprintf(&b, "%s %s HTTP/1.1\r\n", cleanText(c.Method), uri)
	if host != "" {
		b.WriteString("Host: " + host + "\r\n")
	}
	writeHeader(&b, c.RequestHeader, func(k, _ string) bool { return k != "Host" })
	b.WriteString("\r\n")
	return b.Bytes()
}

func writeHeader(b *bytes.Buffer, h http.Header, keep func(k, v string) bool) {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		ck := http.CanonicalHeaderKey(k)
		if ck == "" || strings.ContainsAny(ck, " :\r\n\t") {
			continue
		}
		for _, v := range h[k] {
			if keep(ck, v) {
				b.WriteString(ck + ": " + cleanText(v) + "\r\n")
			}
		}
	}
}

// warcinfoBlock is the application/warc-fields block of the warcinfo
// record: who exported what, when, with which clock, through which
// routes and against which watchlist.
func warcinfoBlock(p *prepared) []byte {
	var b bytes.Buffer
	put := func(k, v string) {
		if v = cleanText(v); v != "" {
			b.WriteString(k + ": " + v + "\r\n")
		}
	}
	put("software", p.software)
	put("format", "WARC File Format 1.1")
	put("conformsTo", "http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/")
	put("isPartOf", p.Case)
	put("operator", p.Operator)
	put("hostname", p.Host)
	put("created", p.Created.UTC().Format(time.RFC3339Nano))
	put("clock-source", p.ClockSource)
	put("chain-head", p.ChainHead)
	put("description", "npswatch evidence package: raw HTTP exchanges, listings and watchlist hits")
	routes := p.proxies()
	if len(routes) == 0 {
		put("proxy-route", "direct (no proxy)")
	}
	for _, r := range routes {
		put("proxy-route", r)
	}
	var seen []string
	for _, r := range p.Runs {
		if r.Watchlist != "" && !slices.Contains(seen, r.Watchlist) {
			seen = append(seen, r.Watchlist)
			put("watchlist-version", r.Watchlist)
		}
	}
	for _, r := range p.Runs {
		robots := "obey"
		if r.IgnoredRobots {
			robots = "ignored for some targets"
		}
		put("run", fmt.Sprintf("%s started=%s state=%s version=%s watchlist=%s robots=%s",
			r.ID, r.Started.UTC().Format(time.RFC3339), r.State, r.Version, r.Watchlist, robots))
		put("http-header-user-agent", r.UserAgent)
	}
	return b.Bytes()
}
