package evidence

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestVerifyGarbage: Verify reads untrusted files; nothing may panic and
// every odd input is an error naming what is wrong.
func TestVerifyGarbage(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	good, _ := writeTest(t, WriteOptions{})
	orig, _ := os.ReadFile(good)
	cases := map[string][]byte{
		"empty":     nil,
		"text":      []byte("not a zip at all"),
		"truncated": orig[:len(orig)/2],
		"tail cut":  orig[:len(orig)-1],
		"doubled":   append(bytes.Clone(orig), orig...),
	}
	// A ZIP without the WACZ files, and one with a deflated archive.
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.Create("hello.txt")
	w.Write([]byte("hi"))
	zw.Close()
	cases["other zip"] = b.Bytes()
	for name, data := range cases {
		p := filepath.Join(dir, strings.ReplaceAll(name, " ", "_")+".wacz")
		os.WriteFile(p, data, 0o644)
		rep, err := Verify(ctx, p, VerifyOptions{})
		if err == nil || rep == nil || len(rep.Checks) == 0 || rep.Checks[len(rep.Checks)-1].OK {
			t.Errorf("%s: Verify = %v", name, err)
		}
	}
	if rep, err := Verify(ctx, filepath.Join(dir, "missing.wacz"), VerifyOptions{}); err == nil || rep == nil {
		t.Error("missing file verified")
	}
	if _, err := Verify(ctx, dir, VerifyOptions{}); err == nil {
		t.Error("a directory verified")
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Verify(cctx, good, VerifyOptions{}); err == nil {
		t.Error("cancelled Verify passed")
	}
}

func TestVerifyRejectsOddPackages(t *testing.T) {
	path, _ := writeTest(t, WriteOptions{})
	for name, tc := range map[string]struct {
		edit func(map[string][]byte)
		want string
	}{
		"unlisted file": {func(f map[string][]byte) {}, "extra.txt: in the package but not listed"},
		"resource path": {func(f map[string][]byte) {
			f[datapackagePath] = bytes.Replace(f[datapackagePath], []byte(`"path": "pages/pages.jsonl"`), []byte(`"path": "../pages.jsonl"`), 1)
		}, "not a clean relative path"},
		"listed twice": {func(f map[string][]byte) {
			f[datapackagePath] = bytes.Replace(f[datapackagePath], []byte(`"path": "pages/pages.jsonl"`), []byte(`"path": "indexes/index.cdxj"`), 1)
		}, "lists indexes/index.cdxj twice"},
		"not a WACZ": {func(f map[string][]byte) {
			f[datapackagePath] = bytes.Replace(f[datapackagePath], []byte(`"data-package"`), []byte(`"tabular-data-package"`), 1)
		}, "not a WACZ manifest"},
	} {
		t.Run(name, func(t *testing.T) {
			p := rewrite(t, path, tc.edit, true)
			if name == "unlisted file" {
				p = addEntry(t, p, "extra.txt", []byte("x"))
			}
			_, err := Verify(context.Background(), p, VerifyOptions{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Verify = %v, want %q", err, tc.want)
			}
		})
	}
}

// addEntry copies a package with one more stored file at the end.
func addEntry(t *testing.T, src, name string, data []byte) string {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range zr.File {
		if err := zw.Copy(f); err != nil {
			t.Fatal(err)
		}
	}
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
	w.Write(data)
	zw.Close()
	p := filepath.Join(t.TempDir(), "added.wacz")
	os.WriteFile(p, b.Bytes(), 0o644)
	return p
}

func FuzzParseRecord(f *testing.F) {
	f.Add((&warcRecord{fields: []field{{"WARC-Type", "response"}, {"Content-Type", "application/http"}},
		block: []byte("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")}).marshal())
	f.Add([]byte("WARC/1.1\r\nContent-Length: 0\r\n\r\n\r\n\r\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		rec, err := parseRecord(raw)
		if err != nil {
			return
		}
		_ = checkRecord(rec, 0)
		if indexable(rec) {
			if l, err := cdxFor(rec, 0, int64(len(raw)), memberDigest(raw)); err == nil {
				if _, err := parseCDXJLine(l.String()); err != nil {
					t.Errorf("own CDXJ line does not parse: %v", err)
				}
			}
		}
		httpPayload(rec.block)
		httpMIME(rec.block)
	})
}

func FuzzCDXJLine(f *testing.F) {
	f.Add(`com,example)/ 20261127051200 {"url":"http://example.com/","mime":"text/html","status":"200","digest":"sha256:00","length":"1","offset":"0","filename":"archive/data.warc.gz"}`)
	f.Add(`com,example)/ 20261127051200 {"url":"http://example.com/","mime":"text/html","status":"200","digest":"sha256:00","length":"1","offset":"0","filename":"data.warc.gz"}`)
	f.Add("a b c")
	f.Fuzz(func(t *testing.T, s string) {
		parseCDXJLine(s)
		surt(s)
	})
}

func FuzzPagesAndTitles(f *testing.F) {
	f.Add([]byte(`{"format":"json-pages-1.0","id":"pages"}`+"\n"+`{"url":"x","ts":"2026-01-01T00:00:00Z"}`), "text/html; charset=gbk")
	f.Fuzz(func(t *testing.T, data []byte, ct string) {
		parsePages(data)
		pageTitle(data, ct, "")
		pageTitle(data, ct, "gzip")
	})
}

// FuzzVerify feeds mutated packages to Verify: it must not panic, and a
// package that verifies must still be the one written (its datapackage
// hash unchanged), since every byte is covered.
func FuzzVerify(f *testing.F) {
	path, sum := writeTest(f, WriteOptions{})
	good, _ := os.ReadFile(path)
	f.Add(good)
	f.Add(good[:len(good)-22])
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(dir, "fuzz.wacz")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		rep, err := Verify(context.Background(), p, VerifyOptions{})
		if rep == nil {
			t.Fatal("nil report")
		}
		if err == nil && !bytes.Equal(data, good) {
			t.Errorf("a changed package verified (datapackage %s)", sum.Hash)
		}
	})
}
