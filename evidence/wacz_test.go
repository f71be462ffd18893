package evidence

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/digitorus/timestamp"

	"github.com/npswatch/npswatch/evidence/tsatest"
)

func mustVerify(t *testing.T, path string, opts VerifyOptions) *Report {
	t.Helper()
	rep, err := Verify(context.Background(), path, opts)
	if err != nil {
		for _, c := range rep.Checks {
			t.Logf("%v %s: %s", c.OK, c.What, c.Detail)
		}
		t.Fatalf("Verify: %v", err)
	}
	for _, c := range rep.Checks {
		if !c.OK {
			t.Errorf("check %s failed without an error: %s", c.What, c.Detail)
		}
	}
	return rep
}

func TestWriteVerify(t *testing.T) {
	path, sum := writeTest(t, WriteOptions{})
	if sum.Records != 1+3*3+3+3+2 || sum.Pages != 3 || sum.Files != 7 || sum.Signed || sum.Timestamped {
		t.Errorf("summary %+v", sum)
	}
	names, files := zipEntries(t, path)
	want := []string{warcPath, cdxjPath, pagesPath, reportHTMLPath, reportMDPath, datapackagePath, digestPath}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("entries %v, want %v", names, want)
	}
	if got := sha256Digest(files[datapackagePath]); got != sum.Hash {
		t.Errorf("Summary.Hash %s, datapackage.json hashes to %s", sum.Hash, got)
	}
	var dp map[string]any
	if err := json.Unmarshal(files[datapackagePath], &dp); err != nil {
		t.Fatal(err)
	}
	if dp["profile"] != "data-package" || dp["wacz_version"] != "1.1.1" || dp["mainPageUrl"] != "http://shop.example/product/12" {
		t.Errorf("datapackage.json: %s", files[datapackagePath])
	}
	if len(dp["resources"].([]any)) != 5 {
		t.Errorf("resources: %v", dp["resources"])
	}
	var df map[string]any
	json.Unmarshal(files[digestPath], &df)
	if df["path"] != "datapackage.json" || df["hash"] != sum.Hash || df["signedData"] != nil {
		t.Errorf("datapackage-digest.json: %s", files[digestPath])
	}
	zr, _ := zip.OpenReader(path)
	for _, f := range zr.File {
		if f.Name == warcPath && f.Method != zip.Store {
			t.Errorf("%s is not stored", f.Name)
		}
	}
	zr.Close()

	rep := mustVerify(t, path, VerifyOptions{})
	if rep.Signed || rep.Timestamped {
		t.Errorf("unsigned package reported signed: %+v", rep)
	}
	var whats []string
	reconstructed := 0
	for _, c := range rep.Checks {
		whats = append(whats, c.What)
		if c.What == "reconstructed" {
			reconstructed++
			if !strings.Contains(c.Detail, "forum.example") || !strings.Contains(c.Detail, "proxy tunnel") {
				t.Errorf("reconstructed note: %s", c.Detail)
			}
		}
	}
	if reconstructed != 3 { // the request and the response of capture C, and its redirect hop
		t.Errorf("%d reconstructed notes, want 3: %v", reconstructed, whats)
	}
	order := "zip datapackage-digest.json datapackage.json signature timestamp resource"
	if !strings.HasPrefix(strings.Join(whats, " "), order) {
		t.Errorf("checks in order %v", whats)
	}
	// Pinning a key on an unsigned package fails.
	k, _ := GenerateKey()
	sd, _ := Sign("sha256:00", k, created, "x", "")
	if _, err := Verify(context.Background(), path, VerifyOptions{PublicKey: sd.PublicKey}); !errors.Is(err, ErrBadSignature) {
		t.Errorf("unsigned package with a required key: %v", err)
	}
}

func TestWriteDeterministic(t *testing.T) {
	p1, s1 := writeTest(t, WriteOptions{})
	p2, s2 := writeTest(t, WriteOptions{})
	b1, _ := os.ReadFile(p1)
	b2, _ := os.ReadFile(p2)
	if !bytes.Equal(b1, b2) || s1.Hash != s2.Hash {
		t.Error("the same bundle written twice gives different packages")
	}
}

func TestWriteRefusesExisting(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.wacz")
	os.WriteFile(path, []byte("keep me"), 0o644)
	if _, err := Write(context.Background(), path, testBundle(t), WriteOptions{}); err == nil {
		t.Fatal("Write overwrote an existing file")
	}
	if b, _ := os.ReadFile(path); string(b) != "keep me" {
		t.Fatal("existing file changed")
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestWriteBadInput(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	if _, err := Write(ctx, filepath.Join(dir, "a.wacz"), nil, WriteOptions{}); err == nil {
		t.Error("nil bundle accepted")
	}
	if _, err := Write(ctx, filepath.Join(dir, "b.wacz"), testBundle(t), WriteOptions{TSAURL: "http://tsa.example/"}); err == nil {
		t.Error("TSA without a key accepted")
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Write(cctx, filepath.Join(dir, "d.wacz"), testBundle(t), WriteOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "d.wacz")); err == nil {
		t.Error("a cancelled Write left a package")
	}
	// Duplicates are written once; an empty bundle is still a package.
	b := testBundle(t)
	b.Captures = append(b.Captures, b.Captures[0], nil)
	b.Listings = append(b.Listings, b.Listings[0])
	b.Hits = append(b.Hits, b.Hits[0])
	sum, err := Write(ctx, filepath.Join(dir, "e.wacz"), b, WriteOptions{})
	if err != nil || sum.Records != 1+3*3+3+3+2 { // warcinfo, 3 captures (request, response, metadata), 3 hop records, listings, hits
		t.Errorf("duplicates: %+v, %v", sum, err)
	}
	mustVerify(t, filepath.Join(dir, "e.wacz"), VerifyOptions{})
	sum, err = Write(ctx, filepath.Join(dir, "f.wacz"), &Bundle{Created: created}, WriteOptions{})
	if err != nil || sum.Records != 1 || sum.Pages != 0 {
		t.Fatalf("empty bundle: %+v, %v", sum, err)
	}
	mustVerify(t, filepath.Join(dir, "f.wacz"), VerifyOptions{})
}

func TestSigned(t *testing.T) {
	k, _ := GenerateKey()
	dir := t.TempDir()
	if err := WriteKeyPair(k, filepath.Join(dir, "k.pem"), filepath.Join(dir, "k.pub.pem")); err != nil {
		t.Fatal(err)
	}
	pub, _ := LoadPublicKey(filepath.Join(dir, "k.pub.pem"))
	path, sum := writeTest(t, WriteOptions{Key: k})
	if !sum.Signed || sum.Timestamped {
		t.Errorf("summary %+v", sum)
	}
	rep := mustVerify(t, path, VerifyOptions{})
	if !rep.Signed || rep.SignedBy != pub {
		t.Errorf("report: signed %v by %q", rep.Signed, rep.SignedBy)
	}
	mustVerify(t, path, VerifyOptions{PublicKey: pub})
	other, _ := GenerateKey()
	osd, _ := Sign("sha256:00", other, created, "x", "")
	rep, err := Verify(context.Background(), path, VerifyOptions{PublicKey: osd.PublicKey})
	if !errors.Is(err, ErrBadSignature) {
		t.Fatalf("wrong pinned key: %v", err)
	}
	last := rep.Checks[len(rep.Checks)-1]
	if last.OK || last.What != "signature" || last.Detail != err.Error() {
		t.Errorf("last check %+v", last)
	}
	_, files := zipEntries(t, path)
	var df digestFile
	json.Unmarshal(files[digestPath], &df)
	if df.SignedData.Software != "npswatch" || df.SignedData.Version != "0.1.0" || df.SignedData.Created != "2026-11-27T09:00:00Z" {
		t.Errorf("signedData %+v", df.SignedData)
	}
}

func TestTimestamped(t *testing.T) {
	tsa := tsatest.NewServer(t)
	k, _ := GenerateKey()
	path, sum := writeTest(t, WriteOptions{Key: k, TSAURL: tsa.URL})
	if !sum.Signed || !sum.Timestamped {
		t.Fatalf("summary %+v", sum)
	}
	rep := mustVerify(t, path, VerifyOptions{})
	if !rep.Timestamped || rep.TimestampAt.IsZero() {
		t.Errorf("report %+v", rep)
	}
	// signedData is wacz-auth's anonymous form and nothing else; the
	// timestamp is a whole TimeStampResp over the ASCII signature string, as
	// authsign makes and checks it, in its own file.
	names, files := zipEntries(t, path)
	if names[len(names)-1] != timestampPath {
		t.Errorf("entries %v: %s is not last", names, timestampPath)
	}
	var df struct {
		SignedData map[string]any `json:"signedData"`
	}
	if err := json.Unmarshal(files[digestPath], &df); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for k := range df.SignedData {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if strings.Join(keys, " ") != "created hash publicKey signature software version" {
		t.Errorf("signedData keys %v, want exactly the anonymous form's", keys)
	}
	var tf timestampFile
	if err := json.Unmarshal(files[timestampPath], &tf); err != nil {
		t.Fatal(err)
	}
	der, _ := base64.StdEncoding.DecodeString(tf.TimeSignature)
	ts, err := timestamp.ParseResponse(der)
	if err != nil {
		t.Fatalf("timeSignature is not a TimeStampResp: %v", err)
	}
	if want := sha256.Sum256([]byte(df.SignedData["signature"].(string))); !bytes.Equal(ts.HashedMessage, want[:]) {
		t.Errorf("imprint %x is not SHA-256 of the signature string", ts.HashedMessage)
	}
	// the timestamp file is checked: another signature, or a flipped byte
	for name, edit := range map[string]func(*timestampFile){
		"other signature": func(tf *timestampFile) { tf.Signature = "AAAA" + tf.Signature[4:] },
		"flipped byte": func(tf *timestampFile) {
			b, _ := base64.StdEncoding.DecodeString(tf.TimeSignature)
			b[len(b)/2] ^= 1
			tf.TimeSignature = base64.StdEncoding.EncodeToString(b)
		},
	} {
		bad := rewrite(t, path, func(files map[string][]byte) {
			var x timestampFile
			json.Unmarshal(files[timestampPath], &x)
			edit(&x)
			files[timestampPath], _ = json.Marshal(x)
		}, false)
		if _, err := Verify(context.Background(), bad, VerifyOptions{}); err == nil || !strings.Contains(err.Error(), timestampPath) {
			t.Errorf("%s: Verify = %v, want an error naming %s", name, err, timestampPath)
		}
	}
	// A TSA that fails makes Write fail and leaves nothing.
	tsa.Fail = true
	p := filepath.Join(t.TempDir(), "x.wacz")
	if _, err := Write(context.Background(), p, testBundle(t), WriteOptions{Key: k, TSAURL: tsa.URL}); err == nil {
		t.Error("failing TSA: Write succeeded")
	}
	if _, err := os.Stat(p); err == nil {
		t.Error("failing TSA left a package")
	}
}

// TestLegacyTimestampVerifies: a package npswatch wrote before it followed
// wacz-auth (a token over the decoded signature bytes inside signedData)
// still verifies, and says which form it is.
func TestLegacyTimestampVerifies(t *testing.T) {
	tsa := tsatest.NewServer(t)
	k, _ := GenerateKey()
	path, _ := writeTest(t, WriteOptions{Key: k})
	legacy := rewrite(t, path, func(files map[string][]byte) {
		var df digestFile
		if err := json.Unmarshal(files[digestPath], &df); err != nil {
			t.Fatal(err)
		}
		sig, _ := df.SignedData.SignatureBytes()
		token, chain, err := Timestamp(context.Background(), nil, tsa.URL, sig)
		if err != nil {
			t.Fatal(err)
		}
		df.SignedData.TimeSignature, df.SignedData.TimestampCert = base64.StdEncoding.EncodeToString(token), chain
		files[digestPath], _ = json.MarshalIndent(df, "", "  ")
	}, false)
	rep := mustVerify(t, legacy, VerifyOptions{})
	found := false
	for _, c := range rep.Checks {
		found = found || c.What == "timestamp" && strings.Contains(c.Detail, "before it followed wacz-auth")
	}
	if !rep.Timestamped || !found {
		t.Errorf("legacy timestamp: %+v", rep.Checks)
	}
}

// TestPackageTitleAndMainPage: datapackage.json names the package by its
// case and opens on the first hit's page.
func TestPackageTitleAndMainPage(t *testing.T) {
	b := testBundle(t)
	slices.Reverse(b.Hits) // the forum post's hit first
	path := filepath.Join(t.TempDir(), "m.wacz")
	if _, err := Write(context.Background(), path, b, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	_, files := zipEntries(t, path)
	var dp dataPackage
	if err := json.Unmarshal(files[datapackagePath], &dp); err != nil {
		t.Fatal(err)
	}
	if dp.Title != "Case 7 <Larkfield>" || dp.MainPageURL != "https://forum.example/t/99" || dp.MainPageDate != "2026-11-27T05:14:00.123456Z" {
		t.Errorf("title %q main page %q at %q", dp.Title, dp.MainPageURL, dp.MainPageDate)
	}
}
