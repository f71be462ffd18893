package evidence

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
)

// Test fixtures: a bundle of three captures — plain HTTP with a chunked,
// gzip-encoded response; HTTPS with TLS details; and one behind a proxy
// tunnel whose wire bytes were not recorded — with listings and hits.

var (
	fetched = time.Date(2026, 11, 27, 5, 12, 0, 123456000, time.UTC)
	created = time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
)

func sha(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

func gz(t testing.TB, s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	io.WriteString(zw, s)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// chunk frames body in chunked transfer coding, in pieces of n bytes, the
// first with a chunk extension, and a trailer.
func chunk(body []byte, n int) []byte {
	var b bytes.Buffer
	for i := 0; i < len(body); i += n {
		end := min(i+n, len(body))
		ext := ""
		if i == 0 {
			ext = ";note=first"
		}
		fmt.Fprintf(&b, "%x%s\r\n", end-i, ext)
		b.Write(body[i:end])
		b.WriteString("\r\n")
	}
	b.WriteString("0\r\nX-Trailer: yes\r\n\r\n")
	return b.Bytes()
}

const pageA = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Larkfield &amp; Co — NPP</title></head>
<body><div class="product"><h2>NPP 99% powder</h2><p>CAS 39742-60-4. Reship guaranteed if the parcel is seized.</p></div></body></html>`

const pageB = `<html><head><title>Orrin Chem: 4-ANPP</title></head><body><h1>4-ANPP</h1><p>CAS 21409-26-7</p></body></html>`

const pageC = `<html><head><title>Forum post</title></head><body><p>Selling <script>alert(1)</script> [carfentanil](javascript:x) *fast*</p></body></html>`

func testBundle(t testing.TB) *Bundle {
	t.Helper()
	// A: plain HTTP, gzip content coding, chunked transfer coding.
	bodyA := gz(t, pageA)
	reqA := []byte("GET /product/12 HTTP/1.1\r\nHost: shop.example\r\nUser-Agent: npswatch/0.1.0\r\nAccept-Encoding: gzip\r\n\r\n")
	respA := append([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"+
		"Transfer-Encoding: chunked\r\nDate: Fri, 27 Nov 2026 05:12:00 GMT\r\n\r\n"), chunk(bodyA, 40)...)
	capA := &npswatch.Capture{ID: "capA", RunID: "run1", URL: "http://shop.example/product/12", FinalURL: "http://shop.example/product/12",
		Method: "GET", Status: 200, ContentType: "text/html; charset=utf-8",
		ResponseHeader: http.Header{"Content-Type": {"text/html; charset=utf-8"}, "Content-Encoding": {"gzip"}},
		Size:           int64(len(bodyA)), SHA256: sha(bodyA), RemoteAddr: "192.0.2.10:80", FetchedAt: fetched, Attempts: 1, Parsed: true,
		Body: bodyA, RawRequest: reqA, RawResponse: respA, RawRequestSHA256: sha(reqA), RawResponseSHA256: sha(respA),
		Wire: npswatch.WireConnection, Seq: 1, RecordHash: strings.Repeat("a1", 32)}

	// B: HTTPS, Content-Length, TLS details.
	bodyB := []byte(pageB)
	reqB := []byte("GET /chem/4-anpp?b=2&a=1 HTTP/1.1\r\nHost: www.orrin.example:8443\r\nUser-Agent: npswatch/0.1.0\r\n\r\n")
	respB := []byte(fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(bodyB), bodyB))
	capB := &npswatch.Capture{ID: "capB", RunID: "run1", URL: "https://www.orrin.example:8443/chem/4-anpp?a=1&b=2",
		FinalURL: "https://www.orrin.example:8443/chem/4-anpp?b=2&a=1", Method: "GET", Status: 200, ContentType: "text/html",
		Size: int64(len(bodyB)), SHA256: sha(bodyB), RemoteAddr: "[2001:db8::7]:8443", FetchedAt: fetched.Add(time.Minute), Attempts: 1,
		Body: bodyB, RawRequest: reqB, RawResponse: respB, RawRequestSHA256: sha(reqB), RawResponseSHA256: sha(respB),
		Wire: npswatch.WireConnection, Seq: 2, PrevHash: strings.Repeat("a1", 32), RecordHash: strings.Repeat("b2", 32),
		TLS: &npswatch.TLSInfo{Version: "TLS 1.3", CipherSuite: "TLS_AES_128_GCM_SHA256", ServerName: "www.orrin.example",
			CertSHA256: []string{strings.Repeat("c3", 32), strings.Repeat("d4", 32)}, ChainSHA256: strings.Repeat("e5", 32)}}

	// B came through a 301 recorded on the wire.
	hopReq := []byte("GET /chem/old-4-anpp HTTP/1.1\r\nHost: www.orrin.example:8443\r\nUser-Agent: npswatch/0.1.0\r\n\r\n")
	hopResp := []byte("HTTP/1.1 301 Moved Permanently\r\nLocation: /chem/4-anpp?b=2&a=1\r\nContent-Length: 0\r\n\r\n")
	capB.Redirects = []string{"https://www.orrin.example:8443/chem/old-4-anpp"}
	capB.Hops = []npswatch.Hop{{URL: capB.Redirects[0], Status: 301, Location: "/chem/4-anpp?b=2&a=1", RemoteAddr: capB.RemoteAddr,
		FetchedAt: capB.FetchedAt.Add(-time.Second), RawRequest: hopReq, RawResponse: hopResp, RawRequestSHA256: sha(hopReq),
		RawResponseSHA256: sha(hopResp), Wire: npswatch.WireConnection}}

	// C: HTTPS through an HTTP proxy: no wire bytes, reconstructed.
	bodyC := []byte(pageC)
	capC := &npswatch.Capture{ID: "capC", RunID: "run1", URL: "https://forum.example/t/99", FinalURL: "https://forum.example/t/99",
		Method: "GET", Status: 200, ContentType: "text/html; charset=utf-8",
		RequestHeader:  http.Header{"User-Agent": {"npswatch/0.1.0"}},
		ResponseHeader: http.Header{"Content-Type": {"text/html; charset=utf-8"}, "Content-Length": {fmt.Sprint(len(bodyC))}, "Transfer-Encoding": {"chunked"}},
		Size:           int64(len(bodyC)), SHA256: sha(bodyC), Proxy: "http://proxy.example:3128", RemoteAddr: "198.51.100.3:3128",
		FetchedAt: fetched.Add(2 * time.Minute), Attempts: 2, Body: bodyC, Wire: "https through an http proxy tunnel: bytes not observable",
		Seq: 3, PrevHash: strings.Repeat("b2", 32), RecordHash: strings.Repeat("f6", 32)}
	capC.Redirects = []string{"https://forum.example/t/99-old"}
	capC.Hops = []npswatch.Hop{{URL: capC.Redirects[0], Status: 301, Location: "/t/99", FetchedAt: capC.FetchedAt,
		Wire: capC.Wire}}

	listings := []npswatch.Listing{
		{ID: "lstA", URL: "http://shop.example/product/12", Site: "shop.example", Product: "NPP 99% powder", CAS: []string{"39742-60-4"},
			Claims:   []npswatch.Claim{{Kind: "reship", Text: "Reship guaranteed if the parcel is seized."}},
			Contacts: []npswatch.Contact{{Kind: "telegram", Value: "@larkfield"}}, Price: "$120", Vendor: "Larkfield",
			VendorClaims: []npswatch.Claim{{Kind: "customs", Text: "Customs clearance guaranteed", URL: "http://shop.example/faq"}},
			CaptureID:    "capA", RunID: "run1", FetchedAt: fetched},
		{ID: "lstB", URL: "https://www.orrin.example:8443/chem/4-anpp?a=1&b=2", Site: "www.orrin.example", Product: "4-ANPP",
			CAS: []string{"21409-26-7"}, CaptureID: "capB", RunID: "run1", FetchedAt: fetched.Add(time.Minute)},
		{ID: "lstC", URL: "https://forum.example/t/99", Site: "forum.example", Product: "<script>alert(1)</script> [carfentanil](javascript:x) *fast*",
			Contacts:  []npswatch.Contact{{Kind: "email", Value: "a`b@evil.example"}},
			CaptureID: "capC", RunID: "run1", FetchedAt: fetched.Add(2 * time.Minute)},
	}
	hits := []npswatch.Hit{
		{ID: "hitA", URL: listings[0].URL, Site: "shop.example", Product: "NPP 99% powder",
			Substance: npswatch.SubstanceRef{ID: "npp", Name: "NPP", CAS: "39742-60-4", Category: "precursor-fentanyl",
				Status: "DEA List I", Severity: "high", Sources: []string{"21 CFR 1310.02"}},
			Match:     npswatch.Match{Kind: "cas", Term: "39742-60-4", Span: "39742-60-4", Rule: "cas", Reason: "valid CAS on the listing", Confidence: 0.99},
			ListingID: "lstA", CaptureID: "capA", RunID: "run1", FirstSeen: fetched, LastSeen: fetched},
		{ID: "hitC", URL: listings[2].URL, Site: "forum.example", Product: listings[2].Product,
			Substance: npswatch.SubstanceRef{ID: "carfentanil", Name: "Carfentanil", Category: "opioid", Status: "Schedule II"},
			Match:     npswatch.Match{Kind: "name", Term: "carfentanil", Span: "carfentanil</script>", Reason: "name <b>in</b> text", Confidence: 0.8},
			ListingID: "lstC", RunID: "run1", FirstSeen: fetched.Add(2 * time.Minute), LastSeen: fetched.Add(2 * time.Minute)},
	}
	runs := []npswatch.Run{{ID: "run1", Started: fetched.Add(-time.Hour), Ended: fetched.Add(time.Hour), State: npswatch.RunDone,
		Targets: []npswatch.Target{
			{StartURLs: []string{"http://shop.example/"}},
			{StartURLs: []string{"https://forum.example/"}, Proxy: "http://proxy.example:3128"},
		}, UserAgent: "npswatch/0.1.0", Version: npswatch.Version, Watchlist: "wl-0123abcd"}}
	return &Bundle{Case: "Case 7 <Larkfield>", Operator: "Analyst *A*", Host: "workstation-1", Software: "npswatch " + npswatch.Version,
		Created: created, ClockSource: "system clock (UTC), not NTP-verified", Captures: []*npswatch.Capture{capA, capB, capC},
		Listings: listings, Hits: hits, Runs: runs, ChainHead: strings.Repeat("f6", 32)}
}

// writeTest writes the test bundle and returns the package path.
func writeTest(t testing.TB, opts WriteOptions) (string, *Summary) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "case.wacz")
	sum, err := Write(context.Background(), path, testBundle(t), opts)
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	return path, sum
}

// zipEntries reads every entry of a package, in order.
func zipEntries(t testing.TB, path string) ([]string, map[string][]byte) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var names []string
	files := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, f.Name)
		files[f.Name] = b
	}
	return names, files
}
