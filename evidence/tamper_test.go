package evidence

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/npswatch/npswatch/evidence/tsatest"
)

// rewrite writes a copy of the package at src with edit applied to the
// entries' contents (same order, methods and times). With reseal, the
// manifest and its digest are recomputed, as someone forging an unsigned
// package would.
func rewrite(t *testing.T, src string, edit func(files map[string][]byte), reseal bool) string {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	names, files := zipEntries(t, src)
	edit(files)
	if reseal {
		var dp dataPackage
		if err := json.Unmarshal(files[datapackagePath], &dp); err != nil {
			t.Fatal(err)
		}
		for i, r := range dp.Resources {
			dp.Resources[i].Hash, dp.Resources[i].Bytes = sha256Digest(files[r.Path]), int64(len(files[r.Path]))
		}
		files[datapackagePath], _ = json.MarshalIndent(dp, "", "  ")
		files[digestPath], _ = json.MarshalIndent(digestFile{Path: datapackagePath, Hash: sha256Digest(files[datapackagePath])}, "", "  ")
	}
	out := filepath.Join(t.TempDir(), "tampered.wacz")
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for i, name := range names {
		f := zr.File[i]
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: f.Method, Modified: f.Modified})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(files[name])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}

func mustFail(t *testing.T, path, name string, opts VerifyOptions) string {
	t.Helper()
	rep, err := Verify(context.Background(), path, opts)
	if err == nil {
		t.Errorf("%s: tampering not detected", name)
		return ""
	}
	if last := rep.Checks[len(rep.Checks)-1]; last.OK || last.Detail != err.Error() {
		t.Errorf("%s: last check %+v does not record the error %v", name, last, err)
	}
	if !strings.Contains(err.Error(), name) {
		t.Errorf("tampered %s: error does not name it: %v", name, err)
	}
	return err.Error()
}

// TestTamperEachFile changes one byte in each file of the package in
// turn, at several places, and rewrites the ZIP cleanly (CRCs right).
func TestTamperEachFile(t *testing.T) {
	k, _ := GenerateKey()
	tsa := tsatest.NewServer(t)
	for _, tc := range []struct {
		name string
		opts WriteOptions
	}{{"unsigned", WriteOptions{}}, {"signed", WriteOptions{Key: k}}, {"timestamped", WriteOptions{Key: k, TSAURL: tsa.URL}}} {
		t.Run(tc.name, func(t *testing.T) {
			path, _ := writeTest(t, tc.opts)
			mustVerify(t, path, VerifyOptions{})
			names, files := zipEntries(t, path)
			for _, name := range names {
				n := len(files[name])
				for _, at := range []int{0, 1, n / 3, n / 2, 2 * n / 3, n - 2, n - 1} {
					for _, flip := range []byte{0x01, 0x80, 0x20} {
						p := rewrite(t, path, func(f map[string][]byte) {
							f[name] = bytes.Clone(f[name])
							f[name][at] ^= flip
						}, false)
						mustFail(t, p, name, VerifyOptions{})
					}
				}
			}
		})
	}
}

// TestTamperResealed forges an unsigned package: a change inside a file
// with the manifest and digest recomputed is caught by the record-level
// checks, naming the record.
func TestTamperResealed(t *testing.T) {
	path, _ := writeTest(t, WriteOptions{})
	_, files := zipEntries(t, path)
	a := readArchive(t, files[warcPath])
	resp := a.find(t, "response", "http://shop.example/product/12")

	// One byte of a response body (inside its gzip member).
	p := rewrite(t, path, func(f map[string][]byte) {
		rec := resp.raw
		raw := bytes.Replace(rec, []byte("28;note=first"), []byte("28;note=firsT"), 1)
		m, _ := gzipMember(raw)
		f[warcPath] = bytes.Join([][]byte{f[warcPath][:resp.off], m, f[warcPath][resp.off+resp.n:]}, nil)
	}, true)
	msg := mustFail(t, p, warcPath, VerifyOptions{})
	if !strings.Contains(msg, "offset 1030") || !strings.Contains(msg, "http://shop.example/product/12") || !strings.Contains(msg, "WARC-Block-Digest") {
		t.Errorf("resealed body change: %s", msg)
	}
	// A record cut out entirely (the index then points nowhere).
	p = rewrite(t, path, func(f map[string][]byte) {
		f[warcPath] = bytes.Join([][]byte{f[warcPath][:resp.off], f[warcPath][resp.off+resp.n:]}, nil)
	}, true)
	mustFail(t, p, warcPath, VerifyOptions{})
	// Index lines: an offset moved, a digest changed, a line dropped, lines swapped.
	for name, edit := range map[string]func(string) string{
		"offset": func(s string) string { return strings.Replace(s, `"offset":"1030"`, `"offset":"1031"`, 1) },
		"digest": func(s string) string { return strings.Replace(s, `"digest":"sha256:8`, `"digest":"sha256:9`, 1) },
		"length": func(s string) string { return strings.Replace(s, `"length":"849"`, `"length":"848"`, 1) },
		"dropped": func(s string) string {
			l := strings.SplitAfter(s, "\n")
			return l[0] + l[2]
		},
		"swapped": func(s string) string {
			l := strings.SplitAfter(s, "\n")
			return l[1] + l[0] + l[2]
		},
	} {
		p := rewrite(t, path, func(f map[string][]byte) { f[cdxjPath] = []byte(edit(string(f[cdxjPath]))) }, true)
		if msg := mustFail(t, p, cdxjPath, VerifyOptions{}); msg == "" {
			t.Errorf("index %s", name)
		}
	}
	p = rewrite(t, path, func(f map[string][]byte) {
		f[pagesPath] = bytes.Replace(f[pagesPath], []byte("05:12:00.123456Z"), []byte("05:12:01Z"), 1)
	}, true)
	mustFail(t, p, pagesPath, VerifyOptions{})
	// A file added and listed is fine only if listed; unlisted fails.
	p = rewrite(t, path, func(f map[string][]byte) { f["evidence/report.md"] = []byte("nothing to see") }, true)
	mustVerify(t, p, VerifyOptions{})
}

// TestTamperRawZip flips bytes of the .wacz file itself.
func TestTamperRawZip(t *testing.T) {
	path, _ := writeTest(t, WriteOptions{})
	orig, _ := os.ReadFile(path)
	entries, cdStart, err := readCentral(bytes.NewReader(orig), int64(len(orig)))
	if err != nil {
		t.Fatal(err)
	}
	flip := func(at int, name string) {
		t.Helper()
		b := bytes.Clone(orig)
		b[at] ^= 0x01
		p := filepath.Join(t.TempDir(), "raw.wacz")
		os.WriteFile(p, b, 0o644)
		mustFail(t, p, name, VerifyOptions{})
	}
	for _, e := range entries {
		data := int(e.offset) + 30 + len(e.name) + len(withoutZip64(e.extra))
		flip(int(e.offset)+30, e.name) // local header: name
		flip(int(e.offset)+10, e.name) // local header: time
		flip(int(e.offset)+18, e.name) // local header: compressed size (0 with a data descriptor)
		flip(data, e.name)             // first data byte
		flip(data+int(e.csize)/2, e.name)
		flip(data+int(e.csize)-1, e.name)
		if e.flags&0x8 != 0 {
			t.Errorf("%s has a data descriptor: streaming readers need the CRC and sizes in its local header", e.name)
			flip(data+int(e.csize)+5, e.name) // data descriptor CRC
		}
		if crc := binary.LittleEndian.Uint32(orig[e.offset+14:]); crc != e.crc || crc == 0 && e.csize > 0 {
			t.Errorf("%s: local header CRC %#x, central %#x", e.name, crc, e.crc)
		}
	}
	// Central directory: each entry's name and CRC.
	p := int(cdStart)
	for _, e := range entries {
		flip(p+46, e.name)
		flip(p+16, e.name)
		p += 46 + len(e.name) + len(e.extra)
	}
}

// TestTamperSweep flips one bit in every 29th byte of a signed,
// timestamped package, a different bit each time (every bit of every byte
// with NPSWATCH_SWEEP=1, some minutes): Verify must never pass, and must
// name the entry whose bytes changed (in the central directory, a broken
// length field can leave nothing to name).
func TestTamperSweep(t *testing.T) {
	k, _ := GenerateKey()
	path, _ := writeTest(t, WriteOptions{Key: k, TSAURL: tsatest.NewServer(t).URL})
	orig, _ := os.ReadFile(path)
	entries, cdStart, err := readCentral(bytes.NewReader(orig), int64(len(orig)))
	if err != nil {
		t.Fatal(err)
	}
	// owner names the entry a byte belongs to, "" for the end records.
	owner := func(at int) string {
		p := int(cdStart)
		for _, e := range entries {
			if at >= p && at < p+46+len(e.name)+len(e.extra) {
				return e.name
			}
			p += 46 + len(e.name) + len(e.extra)
		}
		name := ""
		for _, e := range entries {
			if at >= int(e.offset) && at < int(cdStart) {
				name = e.name // the last entry starting before at
			}
		}
		return name
	}
	stride, bits := 29, 1
	if os.Getenv("NPSWATCH_SWEEP") != "" {
		stride, bits = 1, 8
	}
	dir := t.TempDir()
	for at := 0; at < len(orig); at += stride {
		for i := range bits {
			b := bytes.Clone(orig)
			b[at] ^= 1 << ((at + i) % 8)
			p := filepath.Join(dir, "sweep.wacz")
			os.WriteFile(p, b, 0o644)
			_, err := Verify(context.Background(), p, VerifyOptions{})
			switch name := owner(at); {
			case err == nil:
				t.Errorf("byte %d (%s) bit %d flipped: Verify passed", at, name, (at+i)%8)
			case at < int(cdStart) && !strings.Contains(err.Error(), name):
				t.Errorf("byte %d (%s) flipped: error does not name it: %v", at, name, err)
			}
		}
	}
}

// TestRecordDigestChecked: a CDXJ line whose recordDigest is not its
// member's SHA-256 fails verification (the manifest resealed, as a forger
// would); lines without recordDigest, as npswatch wrote them before it
// added the field, still verify.
func TestRecordDigestChecked(t *testing.T) {
	src, _ := writeTest(t, WriteOptions{})
	wrong := rewrite(t, src, func(files map[string][]byte) {
		files[cdxjPath] = regexp.MustCompile(`"recordDigest":"sha256:.`).ReplaceAllFunc(files[cdxjPath], func(b []byte) []byte {
			last := b[len(b)-1]
			return append(b[:len(b)-1:len(b)-1], "01"[(last-'0'+1)%2])
		})
	}, true)
	if msg := mustFail(t, wrong, cdxjPath, VerifyOptions{}); !strings.Contains(msg, "recordDigest") {
		t.Errorf("error does not name recordDigest: %s", msg)
	}
	legacy := rewrite(t, src, func(files map[string][]byte) {
		files[cdxjPath] = regexp.MustCompile(`,"recordDigest":"sha256:[0-9a-f]{64}"`).ReplaceAll(files[cdxjPath], nil)
	}, true)
	rep := mustVerify(t, legacy, VerifyOptions{})
	for _, c := range rep.Checks {
		if c.What == "index" && !strings.Contains(c.Detail, "5 lines have no recordDigest") {
			t.Errorf("index check of a legacy package: %s", c.Detail)
		}
	}
}
