package evidence

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

type testRec struct {
	off, n int
	raw    []byte // uncompressed
	rec    *warcRecord
}

type testArchive []testRec

// readArchive splits a .warc.gz into its gzip members with compress/gzip
// alone and parses each.
func readArchive(t *testing.T, warc []byte) testArchive {
	t.Helper()
	var out testArchive
	r := bytes.NewReader(warc)
	for r.Len() > 0 {
		off := len(warc) - r.Len()
		zr, err := gzip.NewReader(r)
		if err != nil {
			t.Fatalf("member at %d: %v", off, err)
		}
		zr.Multistream(false)
		raw, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("member at %d: %v", off, err)
		}
		rec, err := parseRecord(raw)
		if err != nil {
			t.Fatalf("record at %d: %v", off, err)
		}
		out = append(out, testRec{off: off, n: len(warc) - r.Len() - off, raw: raw, rec: rec})
	}
	return out
}

func (a testArchive) find(t *testing.T, typ, uri string) testRec {
	t.Helper()
	for _, r := range a {
		if r.rec.get("WARC-Type") == typ && r.rec.get("WARC-Target-URI") == uri {
			return r
		}
	}
	t.Fatalf("no %s record for %s", typ, uri)
	return testRec{}
}

func TestArchiveRecords(t *testing.T) {
	b := testBundle(t)
	path, _ := writeTest(t, WriteOptions{})
	_, files := zipEntries(t, path)
	a := readArchive(t, files[warcPath])
	var types []string
	for _, r := range a {
		types = append(types, r.rec.get("WARC-Type")+":"+strings.TrimPrefix(r.rec.get("WARC-Target-URI"), "urn:npswatch:"))
	}
	want := "warcinfo: request:http://shop.example/product/12 response:http://shop.example/product/12 metadata:capture:capA " +
		"request:https://www.orrin.example:8443/chem/old-4-anpp response:https://www.orrin.example:8443/chem/old-4-anpp " +
		"request:https://www.orrin.example:8443/chem/4-anpp?b=2&a=1 response:https://www.orrin.example:8443/chem/4-anpp?b=2&a=1 metadata:capture:capB " +
		"response:https://forum.example/t/99-old request:https://forum.example/t/99 response:https://forum.example/t/99 metadata:capture:capC " +
		"metadata:listing:lstA metadata:listing:lstB metadata:listing:lstC metadata:hit:hitA metadata:hit:hitC"
	if got := strings.Join(types, " "); got != want {
		t.Errorf("records:\n got %s\nwant %s", got, want)
	}
	info := string(a[0].rec.block)
	for _, s := range []string{"software: npswatch 0.1.0", "format: WARC File Format 1.1", "isPartOf: Case 7 <Larkfield>",
		"operator: Analyst *A*", "hostname: workstation-1", "clock-source: system clock", "proxy-route: http://proxy.example:3128",
		"watchlist-version: wl-0123abcd", "chain-head: f6f6", "created: 2026-11-27T09:00:00Z"} {
		if !strings.Contains(info, s) {
			t.Errorf("warcinfo lacks %q:\n%s", s, info)
		}
	}
	// Blocks are the wire bytes exactly; the payload digest is over the de-chunked body.
	respA := a.find(t, "response", "http://shop.example/product/12")
	if !bytes.Equal(respA.rec.block, b.Captures[0].RawResponse) {
		t.Error("response block is not RawResponse")
	}
	if got, want := respA.rec.get("WARC-Payload-Digest"), "sha256:"+b.Captures[0].SHA256; got != want {
		t.Errorf("chunked payload digest %s, want the body's %s", got, want)
	}
	if respA.rec.get("WARC-Date") != "2026-11-27T05:12:00.123456Z" || respA.rec.get("WARC-IP-Address") != "192.0.2.10" {
		t.Errorf("response fields %v", respA.rec.fields)
	}
	reqA := a.find(t, "request", "http://shop.example/product/12")
	if !bytes.Equal(reqA.rec.block, b.Captures[0].RawRequest) || reqA.rec.get("WARC-Concurrent-To") != respA.rec.get("WARC-Record-ID") ||
		respA.rec.get("WARC-Concurrent-To") != reqA.rec.get("WARC-Record-ID") {
		t.Error("request record: block or Concurrent-To wrong")
	}
	respB := a.find(t, "response", "https://www.orrin.example:8443/chem/4-anpp?b=2&a=1")
	if respB.rec.get("WARC-IP-Address") != "2001:db8::7" || respB.rec.get(fieldWire) != "" {
		t.Errorf("response B fields %v", respB.rec.fields)
	}
	// Redirect hops: the wire bytes when recorded, else rebuilt and marked.
	hopB := a.find(t, "response", "https://www.orrin.example:8443/chem/old-4-anpp")
	if !bytes.Equal(hopB.rec.block, b.Captures[1].Hops[0].RawResponse) || hopB.rec.get(fieldWire) != "" {
		t.Errorf("hop of B: %q %v", hopB.rec.block, hopB.rec.fields)
	}
	hopC := a.find(t, "response", "https://forum.example/t/99-old")
	if string(hopC.rec.block) != "HTTP/1.1 301 Moved Permanently\r\nLocation: /t/99\r\nContent-Length: 0\r\n\r\n" ||
		!strings.HasPrefix(hopC.rec.get(fieldWire), "reconstructed: https through an http proxy tunnel") {
		t.Errorf("hop of C: %q %v", hopC.rec.block, hopC.rec.fields)
	}
	respC := a.find(t, "response", "https://forum.example/t/99")
	if w := respC.rec.get(fieldWire); !strings.HasPrefix(w, "reconstructed: https through an http proxy tunnel") {
		t.Errorf("reconstructed response marked %q", w)
	}
	if respC.rec.get(fieldProxy) != "http://proxy.example:3128" {
		t.Errorf("proxy field %q", respC.rec.get(fieldProxy))
	}
	blockC := string(respC.rec.block)
	if !strings.HasPrefix(blockC, "HTTP/1.1 200 OK\r\n") || strings.Contains(blockC, "Transfer-Encoding") ||
		!strings.Contains(blockC, "Content-Length: 139\r\n") || !strings.HasSuffix(blockC, "\r\n\r\n"+pageC) {
		t.Errorf("reconstructed block:\n%s", blockC)
	}
	// Listings and hits refer to the response of their capture and never carry the page URL.
	lstC := a.find(t, "metadata", "urn:npswatch:listing:lstC")
	hitC := a.find(t, "metadata", "urn:npswatch:hit:hitC")
	if lstC.rec.get("WARC-Refers-To") != respC.rec.get("WARC-Record-ID") || hitC.rec.get("WARC-Refers-To") != respC.rec.get("WARC-Record-ID") {
		t.Error("listing/hit metadata do not refer to the response of their capture")
	}
	if !strings.Contains(string(hitC.rec.block), `"explanation":{"kind":"name"`) || !strings.Contains(string(hitC.rec.block), `"watchlist":"wl-0123abcd"`) {
		t.Errorf("hit metadata: %s", hitC.rec.block)
	}
	ids := map[string]bool{}
	for _, r := range a {
		id := r.rec.get("WARC-Record-ID")
		if ids[id] || !recordIDRE.MatchString(id) || id[len("<urn:uuid:")+14] != '8' {
			t.Errorf("record id %s duplicate or not a v8 UUID", id)
		}
		ids[id] = true
	}
}

// TestGowarcReadsArchive re-reads the archive with an independent parser,
// nlnwa/gowarc: every record validates and the block digests match. On
// chunked responses gowarc hashes the payload with the chunk framing, so
// only their payload check is expected to disagree.
func TestGowarcReadsArchive(t *testing.T) {
	path, _ := writeTest(t, WriteOptions{})
	_, files := zipEntries(t, path)
	ours := readArchive(t, files[warcPath])
	r, err := gowarc.NewWarcFileReaderFromStream(bytes.NewReader(files[warcPath]), 0)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	i := 0
	for rec, err := range r.Records() {
		if err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		if i >= len(ours) {
			t.Fatalf("gowarc read more records than there are")
		}
		o := ours[i]
		wr := rec.WarcRecord
		if rec.Offset != int64(o.off) || rec.Size != int64(o.n) {
			t.Errorf("record %d: gowarc offset %d size %d, ours %d %d", i, rec.Offset, rec.Size, o.off, o.n)
		}
		chunked := wr.Type() == gowarc.Response && isChunked(mustHeader(o.rec.block))
		for _, v := range rec.Validation {
			if chunked && strings.HasPrefix(v.Error(), "payload: wrong digest") {
				continue
			}
			t.Errorf("record %d (%s %s): %v", i, wr.Type(), wr.WarcHeader().Get(gowarc.WarcTargetURI), v)
		}
		if got, want := wr.Block().BlockDigest(), o.rec.get("WARC-Block-Digest"); !strings.EqualFold(got, want) {
			t.Errorf("record %d: gowarc block digest %s, header %s", i, got, want)
		}
		if pb, ok := wr.Block().(gowarc.PayloadBlock); ok && wr.Type() == gowarc.Response && !chunked {
			if got, want := pb.PayloadDigest(), o.rec.get("WARC-Payload-Digest"); !strings.EqualFold(got, want) {
				t.Errorf("record %d: gowarc payload digest %s, header %s", i, got, want)
			}
		}
		if id := wr.RecordId(); "<"+id+">" != o.rec.get("WARC-Record-ID") {
			t.Errorf("record %d: gowarc id %s", i, id)
		}
		rec.Close()
		i++
	}
	if i != len(ours) {
		t.Errorf("gowarc read %d records, the archive has %d", i, len(ours))
	}
}

func mustHeader(block []byte) []byte {
	h, _, _ := splitHTTP(block)
	return h
}

// TestCDXJSeeks: the index is sorted, covers every response, and each
// line's offset and length cut exactly one gzip member out of the archive
// whose record has the line's URL, date and digest.
func TestCDXJSeeks(t *testing.T) {
	path, _ := writeTest(t, WriteOptions{})
	_, files := zipEntries(t, path)
	warc := files[warcPath]
	lines := strings.Split(strings.TrimSuffix(string(files[cdxjPath]), "\n"), "\n")
	if !slices.IsSorted(lines) || len(lines) != 5 {
		t.Fatalf("index not sorted or not 5 lines:\n%s", files[cdxjPath])
	}
	wantKeys := []string{"example,forum)/t/99", "example,forum)/t/99-old", "example,orrin:8443)/chem/4-anpp?a=1&b=2",
		"example,orrin:8443)/chem/old-4-anpp", "example,shop)/product/12"}
	for i, s := range lines {
		l, err := parseCDXJLine(s)
		if err != nil {
			t.Fatal(err)
		}
		redirect := strings.Contains(l.key, "old")
		if l.key != wantKeys[i] || redirect != (l.entry.Status == "301") || !redirect && (l.entry.Mime != "text/html" || l.entry.Status != "200") {
			t.Errorf("line %d: %s", i, s)
		}
		// recordDigest is the SHA-256 of the gzip member the line points at
		if off, _ := strconv.Atoi(l.entry.Offset); off >= 0 {
			if n, _ := strconv.Atoi(l.entry.Length); n > 0 && off+n <= len(warc) {
				if h := sha256.Sum256(warc[off : off+n]); l.entry.RecordDigest != "sha256:"+hex.EncodeToString(h[:]) {
					t.Errorf("line %d: recordDigest %q is not the member's SHA-256", i, l.entry.RecordDigest)
				}
			}
		}
		// WACZ readers (wabac.js, py-wacz) open "archive/" + filename
		if _, ok := files["archive/"+l.entry.Filename]; !ok || l.entry.Filename != "data.warc.gz" {
			t.Errorf("line %d: filename %q does not name archive/data.warc.gz relative to archive/", i, l.entry.Filename)
		}
		off, _ := strconv.Atoi(l.entry.Offset)
		n, _ := strconv.Atoi(l.entry.Length)
		if off < 0 || n <= 0 || off+n > len(warc) {
			t.Fatalf("line %d: offset %d length %d outside the archive", i, off, n)
		}
		zr, err := gzip.NewReader(bytes.NewReader(warc[off : off+n]))
		if err != nil {
			t.Fatal(err)
		}
		raw, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("line %d: member: %v", i, err)
		}
		rec, err := parseRecord(raw)
		if err != nil {
			t.Fatal(err)
		}
		d, _ := time.Parse(time.RFC3339Nano, rec.get("WARC-Date"))
		if rec.get("WARC-Type") != "response" || rec.get("WARC-Target-URI") != l.entry.URL ||
			d.Format("20060102150405") != l.ts || rec.get("WARC-Payload-Digest") != l.entry.Digest {
			t.Errorf("line %d does not match its record: %s", i, s)
		}
	}
}

func TestHTTPPayload(t *testing.T) {
	body := []byte(strings.Repeat("abcdefghij", 30))
	head := "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
	full := append([]byte(head), chunk(body, 64)...)
	if got := httpPayload(full); !bytes.Equal(got, body) {
		t.Errorf("de-chunked payload %q", got)
	}
	// Cut short: the payload is what decodes before the cut.
	if got := httpPayload(full[:len(head)+80]); !bytes.HasPrefix(body, got) || len(got) == 0 || len(got) >= len(body) {
		t.Errorf("truncated payload %d bytes", len(got))
	}
	// Transfer coding that does not end in chunked, and no Transfer-Encoding: body as is.
	for _, h := range []string{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n"} {
		if got := httpPayload([]byte(h + "xyz")); string(got) != "xyz" {
			t.Errorf("%q: payload %q", h, got)
		}
	}
	if got := httpPayload([]byte("HTTP/1.1 200 OK\nTransfer-Encoding: CHUNKED\n\n3\r\nabc\r\n0\r\n\r\n")); string(got) != "abc" {
		t.Errorf("LF-only header: %q", got)
	}
	if got := httpPayload([]byte("no header end")); len(got) != 0 {
		t.Errorf("no header end: %q", got)
	}
	if httpStatus([]byte("HTTP/1.1 404 Not Found\r\n")) != 404 || httpStatus([]byte("garbage")) != 0 {
		t.Error("httpStatus")
	}
}

func TestSURT(t *testing.T) {
	for in, want := range map[string]string{
		"http://www.Example.com/":              "com,example)/",
		"https://shop.example":                 "example,shop)/",
		"https://www2.shop.example:443/a?b=1":  "example,shop)/a?b=1",
		"http://shop.example:8080/A/B?z=1&a=2": "example,shop:8080)/a/b?a=2&z=1",
		"http://192.0.2.1/x#frag":              "1,2,0,192)/x",
		"urn:npswatch:hit:1":                   "urn:npswatch:hit:1",
	} {
		if got := surt(in); got != want {
			t.Errorf("surt(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseRecordRejects(t *testing.T) {
	good := (&warcRecord{fields: []field{{"WARC-Type", "metadata"}}, block: []byte("abc")}).marshal()
	if _, err := parseRecord(good); err != nil {
		t.Fatal(err)
	}
	for name, raw := range map[string]string{
		"version":      strings.Replace(string(good), "WARC/1.1", "WARC/1.0", 1),
		"length short": strings.Replace(string(good), "Content-Length: 3", "Content-Length: 2", 1),
		"length long":  strings.Replace(string(good), "Content-Length: 3", "Content-Length: 9", 1),
		"length twice": strings.Replace(string(good), "Content-Length: 3", "Content-Length: 3\r\nContent-Length: 3", 1),
		"no length":    strings.Replace(string(good), "Content-Length: 3", "X: 3", 1),
		"negative":     strings.Replace(string(good), "Content-Length: 3", "Content-Length: -3", 1),
		"huge":         strings.Replace(string(good), "Content-Length: 3", "Content-Length: 9223372036854775807", 1),
		"end":          strings.TrimSuffix(string(good), "\r\n") + "xx",
		"no colon":     strings.Replace(string(good), "WARC-Type: metadata", "WARC-Type metadata", 1),
		"empty":        "",
	} {
		if _, err := parseRecord([]byte(raw)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestWARCDatePrecision(t *testing.T) {
	for in, want := range map[time.Time]string{
		time.Date(2026, 11, 27, 5, 12, 0, 0, time.UTC):                       "2026-11-27T05:12:00Z",
		time.Date(2026, 11, 27, 5, 12, 0, 123456789, time.UTC):               "2026-11-27T05:12:00.123456Z",
		time.Date(2026, 11, 27, 5, 12, 0, 100000000, time.UTC):               "2026-11-27T05:12:00.100000Z",
		time.Date(2026, 11, 27, 5, 12, 0, 999, time.UTC):                     "2026-11-27T05:12:00Z",
		time.Date(2026, 11, 27, 6, 12, 0, 5000, time.FixedZone("CET", 3600)): "2026-11-27T05:12:00.000005Z",
	} {
		if got := warcDate(in); got != want {
			t.Errorf("warcDate(%v) = %s, want %s", in, got, want)
		}
	}
}
