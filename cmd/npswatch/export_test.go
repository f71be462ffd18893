package main

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/evidence/tsatest"
)

// gzipChunkedShop serves a catalogue page gzip-compressed and chunked (no
// Content-Length, several flushes) and a product page plain.
func gzipChunkedShop(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		switch r.URL.Path {
		case "/robots.txt":
			w.Header().Set("Content-Type", "text/plain")
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case "/":
			var b bytes.Buffer
			zw := gzip.NewWriter(&b)
			fmt.Fprint(zw, `<!doctype html><html><head><title>Quillon Chem</title></head><body><h1>Catalogue</h1>
<table><tr><th>Product Name</th><th>CAS No.</th><th>Price</th></tr>
<tr><td><a href="/p/1">N-Phenethyl-4-piperidone (NPP)</a></td><td>39742-60-4</td><td>$120</td></tr>
<tr><td><a href="/p/2">Sodium chloride</a></td><td>7647-14-5</td><td>$5</td></tr></table>
<p>Stealth packaging, vacuum sealed. Reship for free if the parcel is seized.</p><img src="/img/npp.jpg"></body></html>`)
			zw.Close()
			w.Header().Set("Content-Encoding", "gzip")
			body := b.Bytes()
			half := len(body) / 2
			w.Write(body[:half])
			w.(http.Flusher).Flush() // forces chunked transfer coding
			w.Write(body[half:])
		case "/p/1", "/p/2":
			name, cas := "N-Phenethyl-4-piperidone (NPP)", "39742-60-4"
			if r.URL.Path == "/p/2" {
				name, cas = "Sodium chloride", "7647-14-5"
			}
			fmt.Fprintf(w, `<!doctype html><html><head><title>%s</title></head><body><h1>%s</h1>
<table><tr><th>CAS No.</th><td>%s</td></tr><tr><th>Price</th><td>$120 / kg</td></tr></table>
<button>Add to cart</button><img src="/img/npp.jpg"></body></html>`, name, name, cas)
		case "/img/npp.jpg":
			w.Header().Set("Content-Type", "image/jpeg")
			fmt.Fprint(w, "\xff\xd8\xff\xe0 a product photo")
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestExportVerify is the evidence round trip through the CLI: crawl
// (chunked and gzip responses) → export a signed, timestamped package →
// verify it; then a flipped byte, another key and a tampered database are
// each caught with exit status 4.
func TestExportVerify(t *testing.T) {
	srv := gzipChunkedShop(t)
	tsa := tsatest.NewServer(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "e.db")
	if out, errOut, code := runCLI(t, "crawl", "--db", db, "--depth", "2", "--rate", "100", srv.URL+"/"); code != 0 {
		t.Fatalf("crawl exit %d\n%s\n%s", code, out, errOut)
	}
	verifyOut, errOut, code := runCLI(t, "verify", "--db", db)
	if code != 0 || !strings.Contains(verifyOut, "intact") {
		t.Fatalf("verify --db exit %d: %s %s", code, verifyOut, errOut)
	}
	_, chainHead, _ := strings.Cut(verifyOut, ", head ")
	chainHead, _, _ = strings.Cut(chainHead, "\n")
	key := filepath.Join(dir, "case.pem")
	if _, errOut, code := runCLI(t, "keygen", "--out", key); code != 0 {
		t.Fatalf("keygen exit %d: %s", code, errOut)
	}
	if _, _, code := runCLI(t, "keygen", "--out", key); code != 2 {
		t.Errorf("keygen over an existing key: exit %d, want 2", code)
	}
	hits, _, _ := runCLI(t, "hits", "--db", db, "--format", "jsonl")
	var h npswatch.Hit
	if err := json.Unmarshal([]byte(strings.SplitN(hits, "\n", 2)[0]), &h); err != nil || h.Substance.ID != "npp" {
		t.Fatalf("no NPP hit to export: %v %q", err, hits)
	}
	wacz := filepath.Join(dir, "case.wacz")
	out, errOut, code := runCLI(t, "export", "--db", db, "--hit", h.ID, "--out", wacz, "--case", "T-1", "--operator", "analyst",
		"--sign-key", key, "--tsa", tsa.URL)
	if code != 0 {
		t.Fatalf("export exit %d: %s %s", code, out, errOut)
	}
	if !strings.Contains(out, "signed and timestamped") {
		t.Errorf("export summary: %q", out)
	}
	pub := filepath.Join(dir, "case.pub.pem")
	out, errOut, code = runCLI(t, "verify", "--public-key", pub, wacz)
	if code != 0 || !strings.Contains(out, "intact; signed by key") || !strings.Contains(out, "timestamped") {
		t.Fatalf("verify of a fresh package: exit %d\n%s\n%s", code, out, errOut)
	}
	// the listing's page came with its product photo, recorded and indexed
	if zr, err := zip.OpenReader(wacz); err == nil {
		for _, f := range zr.File {
			if f.Name == "indexes/index.cdxj" {
				rc, _ := f.Open()
				idx, _ := io.ReadAll(rc)
				rc.Close()
				if !bytes.Contains(idx, []byte(`/img/npp.jpg","mime":"image/jpeg","status":"200"`)) {
					t.Errorf("the product photo is not indexed:\n%s", idx)
				}
			}
		}
		zr.Close()
	}
	if _, _, code := runCLI(t, "export", "--db", db, "--hit", h.ID, "--out", wacz); code != 2 {
		t.Errorf("export over an existing package: exit %d, want 2", code)
	}
	// another analyst's key: the signature is valid but not theirs
	other := filepath.Join(dir, "other.pem")
	runCLI(t, "keygen", "--out", other)
	if out, _, code := runCLI(t, "verify", "--public-key", filepath.Join(dir, "other.pub.pem"), wacz); code != 4 {
		t.Errorf("verify against another key: exit %d, want 4\n%s", code, out)
	}
	// one flipped byte anywhere in the file
	raw, err := os.ReadFile(wacz)
	if err != nil {
		t.Fatal(err)
	}
	for _, at := range []int{len(raw) / 3, len(raw) / 2, len(raw) - 40} {
		bad := bytes.Clone(raw)
		bad[at] ^= 0x01
		p := filepath.Join(dir, fmt.Sprintf("flip-%d.wacz", at))
		if err := os.WriteFile(p, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		if out, _, code := runCLI(t, "verify", p); code != 4 || !strings.Contains(out, "FAIL") {
			t.Errorf("byte %d flipped: verify exit %d, want 4 with a FAIL line\n%s", at, code, out)
		}
	}
	// one flipped byte inside each file of the package, in turn: verify
	// fails and names that file
	zr, err := zip.OpenReader(wacz)
	if err != nil {
		t.Fatal(err)
	}
	if len(zr.File) < 7 {
		t.Fatalf("package holds %d files, want archive, index, pages, two reports, datapackage and digest", len(zr.File))
	}
	for _, f := range zr.File {
		off, err := f.DataOffset()
		if err != nil || f.CompressedSize64 == 0 {
			t.Fatalf("%s: offset %d, %v", f.Name, off, err)
		}
		bad := bytes.Clone(raw)
		bad[off+int64(f.CompressedSize64/2)] ^= 0x20
		p := filepath.Join(dir, "file-"+strings.ReplaceAll(f.Name, "/", "_")+".wacz")
		if err := os.WriteFile(p, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		out, errOut, code := runCLI(t, "verify", p)
		if code != 4 || !strings.Contains(out+errOut, f.Name) {
			t.Errorf("byte flipped in %s: verify exit %d, want 4 naming the file\n%s%s", f.Name, code, out, errOut)
		}
	}
	// the package names the chain head verify --db printed, in its report
	// and in warcinfo
	for _, f := range zr.File {
		if f.Name != "evidence/report.md" && f.Name != "archive/data.warc.gz" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "archive/data.warc.gz" {
			zr, err := gzip.NewReader(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			zr.Multistream(false) // the first member: warcinfo
			body, _ = io.ReadAll(zr)
		}
		if chainHead == "" || !strings.Contains(string(body), chainHead) {
			t.Errorf("%s does not name the chain head %q", f.Name, chainHead)
		}
	}
	zr.Close()
	// bad arguments
	for _, args := range [][]string{
		{"export", "--db", db, "--out", filepath.Join(dir, "x.wacz")},
		{"export", "--db", db, "--hit", "nope", "--out", filepath.Join(dir, "y.wacz")},
		{"export", "--db", db, "--hit", h.ID, "--out", filepath.Join(dir, "z.zip")},
		{"export", "--db", db, "--hit", h.ID, "--out", filepath.Join(dir, "t.wacz"), "--tsa", tsa.URL},
		{"verify", filepath.Join(dir, "missing.wacz")},
	} {
		if _, _, code := runCLI(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}
