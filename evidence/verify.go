package evidence

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"regexp"
	"strings"
	"time"
)

// verify.go re-checks a package from the top down: the container, the
// digest file, the manifest it hashes, the signature over that hash and
// the timestamp over the signature, then every file the manifest lists,
// and finally the WARC records, the index and the page list (verifywarc.go).

// VerifyOptions says what Verify should require.
type VerifyOptions struct {
	PublicKey string // base64 DER SPKI (LoadPublicKey); "" accepts any signer, or none
}

// Report is what Verify checked, one Check per line, in order.
type Report struct {
	Checks      []Check
	Signed      bool
	Timestamped bool
	SignedBy    string // the signer's public key, base64 DER SPKI
	TimestampAt time.Time
}

// Check is one verification step.
type Check struct {
	What   string
	OK     bool
	Detail string
}

const maxZipEntries = 10000

var (
	requiredFiles = []string{datapackagePath, digestPath, warcPath, cdxjPath, pagesPath}
	sha256HexRE   = regexp.MustCompile(`^sha256:[0-9a-f]{64}$`)
)

type verifier struct {
	ctx      context.Context
	opts     VerifyOptions
	rep      *Report
	zr       *zip.Reader
	files    map[string]*zip.File
	df       digestFile
	dp       dataPackage
	listed   map[string]bool
	expected map[int64]cdxLine         // WARC offset → the index line it must have
	indexed  map[string]map[string]int // target URI → 14-digit timestamps of its indexed records
}

// Verify re-checks a package; opts.PublicKey (base64 SPKI, optional) pins
// the signer. It returns an error, also recorded as the last (failed)
// Check, on the first discrepancy, naming the file and, inside the WARC,
// the record's offset, id and target URI. A nil error means every check
// passed. The Report is never nil.
func Verify(ctx context.Context, pkg string, opts VerifyOptions) (*Report, error) {
	v := &verifier{ctx: ctx, opts: opts, rep: &Report{}, listed: map[string]bool{},
		expected: map[int64]cdxLine{}, indexed: map[string]map[string]int{}}
	f, err := os.Open(pkg)
	if err != nil {
		return v.rep, v.fail("package", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return v.rep, v.fail("package", err)
	}
	if !st.Mode().IsRegular() {
		return v.rep, v.fail("package", fmt.Errorf("%s is not a regular file", pkg))
	}
	steps := []func() error{
		func() error { return v.checkZip(f, st.Size()) },
		v.checkDigestFile, v.checkManifest, v.checkSignature, v.checkTimestamp,
		v.checkResources, v.checkUnlisted, v.checkWARC, v.checkIndex, v.checkPages,
	}
	for _, step := range steps {
		if err := ctx.Err(); err != nil {
			return v.rep, v.fail("verification", err)
		}
		if err := step(); err != nil {
			return v.rep, err
		}
	}
	return v.rep, nil
}

func (v *verifier) pass(what, detail string) {
	v.rep.Checks = append(v.rep.Checks, Check{What: what, OK: true, Detail: detail})
}

func (v *verifier) fail(what string, err error) error {
	v.rep.Checks = append(v.rep.Checks, Check{What: what, OK: false, Detail: err.Error()})
	return err
}

func (v *verifier) checkZip(f *os.File, size int64) error {
	zr, err := zip.NewReader(f, size)
	if err != nil {
		if serr := checkZipStructure(f, size, nil); serr != nil {
			return v.fail("zip", fmt.Errorf("not a readable ZIP: %w", serr))
		}
		return v.fail("zip", fmt.Errorf("not a readable ZIP: %w", err))
	}
	if len(zr.File) > maxZipEntries {
		return v.fail("zip", fmt.Errorf("%d entries, more than %d", len(zr.File), maxZipEntries))
	}
	v.zr, v.files = zr, map[string]*zip.File{}
	for _, zf := range zr.File {
		if v.files[zf.Name] != nil {
			return v.fail("zip", fmt.Errorf("%s: in the ZIP twice", zf.Name))
		}
		v.files[zf.Name] = zf
	}
	if err := checkZipStructure(f, size, zr.File); err != nil {
		return v.fail("zip", err)
	}
	for _, name := range requiredFiles {
		if v.files[name] == nil {
			return v.fail("zip", fmt.Errorf("%s: missing from the package", name))
		}
	}
	if m := v.files[warcPath].Method; m != zip.Store {
		return v.fail("zip", fmt.Errorf("%s: compressed in the ZIP (method %d); WACZ stores archives uncompressed", warcPath, m))
	}
	v.pass("zip", fmt.Sprintf("%d files; local headers agree with the central directory; required files present", len(zr.File)))
	return nil
}

// readSmall reads a whole metadata file, bounded.
func (v *verifier) readSmall(name string) ([]byte, error) {
	zf := v.files[name]
	if zf == nil {
		return nil, fmt.Errorf("%s: missing from the package", name)
	}
	if zf.UncompressedSize64 > maxMetaFile {
		return nil, fmt.Errorf("%s: %d bytes, more than %d", name, zf.UncompressedSize64, maxMetaFile)
	}
	rc, err := zf.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, maxMetaFile+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxMetaFile {
		return nil, fmt.Errorf("%s: more than %d bytes", name, maxMetaFile)
	}
	return data, nil
}

// decodeStrict decodes one JSON value with no unknown fields and nothing after it.
func decodeStrict(data []byte, dst any) error {
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("data after the JSON value")
	}
	return nil
}

func (v *verifier) checkDigestFile() error {
	data, err := v.readSmall(digestPath)
	if err != nil {
		return v.fail(digestPath, err)
	}
	if err := decodeStrict(data, &v.df); err != nil {
		return v.fail(digestPath, fmt.Errorf("%s: %w", digestPath, err))
	}
	// Nothing hashes this file, and encoding/json matches keys without
	// regard to case, so it must be exactly as Write encodes it.
	if canon, err := json.MarshalIndent(v.df, "", "  "); err != nil || !bytes.Equal(canon, data) {
		return v.fail(digestPath, fmt.Errorf("%s: not in the form npswatch writes it (keys, spacing or escapes changed)", digestPath))
	}
	if v.df.Path != datapackagePath {
		return v.fail(digestPath, fmt.Errorf("%s: path %q, want %q", digestPath, clip(v.df.Path), datapackagePath))
	}
	if !sha256HexRE.MatchString(v.df.Hash) {
		return v.fail(digestPath, fmt.Errorf("%s: hash %q is not sha256:<64 hex digits>", digestPath, clip(v.df.Hash)))
	}
	v.pass(digestPath, "well-formed")
	return nil
}

func (v *verifier) checkManifest() error {
	data, err := v.readSmall(datapackagePath)
	if err != nil {
		return v.fail(datapackagePath, err)
	}
	got := sha256Digest(data)
	if got != v.df.Hash {
		sd := v.df.SignedData
		switch {
		case sd != nil && sd.Hash == got:
			err = fmt.Errorf("%s: hash %s is not the sha256 of datapackage.json (%s), which signedData.hash names", digestPath, v.df.Hash, got)
		case sd != nil && sd.Hash == v.df.Hash:
			err = fmt.Errorf("%s: sha256 is %s, but datapackage-digest.json and its signedData say %s", datapackagePath, got, v.df.Hash)
		default:
			err = fmt.Errorf("%s: sha256 is %s, but %s says %s: one of the two files was changed", datapackagePath, got, digestPath, v.df.Hash)
		}
		return v.fail(datapackagePath, err)
	}
	if err := json.Unmarshal(data, &v.dp); err != nil {
		return v.fail(datapackagePath, fmt.Errorf("%s: %w", datapackagePath, err))
	}
	if v.dp.Profile != "data-package" || v.dp.WACZVersion == "" {
		return v.fail(datapackagePath, fmt.Errorf("%s: profile %q, wacz_version %q: not a WACZ manifest", datapackagePath, clip(v.dp.Profile), clip(v.dp.WACZVersion)))
	}
	for _, r := range v.dp.Resources {
		switch {
		case r.Path == "" || path.Clean(r.Path) != r.Path || path.IsAbs(r.Path) || strings.HasPrefix(r.Path, "../"):
			err = fmt.Errorf("%s: resource path %q is not a clean relative path", datapackagePath, clip(r.Path))
		case r.Path == datapackagePath || r.Path == digestPath:
			err = fmt.Errorf("%s: lists %s, which cannot hash itself", datapackagePath, r.Path)
		case v.listed[r.Path]:
			err = fmt.Errorf("%s: lists %s twice", datapackagePath, r.Path)
		case !sha256HexRE.MatchString(r.Hash) || r.Bytes < 0:
			err = fmt.Errorf("%s: resource %s has hash %q and %d bytes", datapackagePath, r.Path, clip(r.Hash), r.Bytes)
		}
		if err != nil {
			return v.fail(datapackagePath, err)
		}
		v.listed[r.Path] = true
	}
	v.pass(datapackagePath, fmt.Sprintf("%s matches %s; WACZ %s, %d resources", got, digestPath, v.dp.WACZVersion, len(v.dp.Resources)))
	return nil
}

func (v *verifier) checkSignature() error {
	sd := v.df.SignedData
	if sd == nil {
		if v.opts.PublicKey != "" {
			return v.fail("signature", fmt.Errorf("%s: not signed, but a signing key was required: %w", digestPath, ErrBadSignature))
		}
		v.pass("signature", "none: the package is not signed (anyone could have packaged it)")
		return nil
	}
	var err error
	switch {
	case sd.Hash != v.df.Hash:
		err = fmt.Errorf("%s: signedData.hash %q differs from hash %s: %w", digestPath, clip(sd.Hash), v.df.Hash, ErrBadSignature)
	case sd.Created != v.dp.Created:
		err = fmt.Errorf("%s: signedData.created %q differs from datapackage.json's created %q", digestPath, clip(sd.Created), clip(v.dp.Created))
	case strings.TrimSpace(sd.Software+" "+sd.Version) != v.dp.Software:
		err = fmt.Errorf("%s: signedData software %q version %q differ from datapackage.json's software %q", digestPath,
			clip(sd.Software), clip(sd.Version), clip(v.dp.Software))
	}
	if err == nil {
		if verr := sd.Verify(v.opts.PublicKey); verr != nil {
			err = fmt.Errorf("%s: %w", digestPath, verr)
		}
	}
	if err != nil {
		return v.fail("signature", err)
	}
	v.rep.Signed, v.rep.SignedBy = true, sd.PublicKey
	detail := "ECDSA P-384 over " + sd.Hash + " by key " + keyFingerprint(sd.PublicKey) + ", created " + sd.Created
	if v.opts.PublicKey != "" {
		detail += "; the key is the one required"
	} else {
		detail += "; no key was required, so this shows integrity, not who signed"
	}
	v.pass("signature", detail)
	return nil
}

// keyFingerprint is "sha256:<hex>" of a base64 DER public key.
func keyFingerprint(b64 string) string {
	der, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		return "(undecodable)"
	}
	h := sha256.Sum256(der)
	return "sha256:" + hex.EncodeToString(h[:])
}

func (v *verifier) checkTimestamp() error {
	sd := v.df.SignedData
	if sd != nil && (sd.TimeSignature != "" || sd.TimestampCert != "") {
		return v.checkLegacyTimestamp(sd)
	}
	if v.files[timestampPath] == nil {
		v.pass("timestamp", "none")
		return nil
	}
	data, err := v.readSmall(timestampPath)
	if err != nil {
		return v.fail("timestamp", err)
	}
	var tf timestampFile
	if err := decodeStrict(data, &tf); err != nil {
		return v.fail("timestamp", fmt.Errorf("%s: %w", timestampPath, err))
	}
	at, tsa, err := tf.check(sd)
	if err != nil {
		return v.fail("timestamp", fmt.Errorf("%s: %w", timestampPath, err))
	}
	v.timestamped(sd, at, tsa, "RFC 3161 TimeStampResp in "+timestampPath+" over signedData.signature (as wacz-auth's timeSignature)")
	return nil
}

// checkLegacyTimestamp checks a package npswatch wrote before it followed
// wacz-auth: a token over the decoded signature bytes in signedData itself.
func (v *verifier) checkLegacyTimestamp(sd *SignedData) error {
	if sd.TimeSignature == "" {
		return v.fail("timestamp", fmt.Errorf("%s: timestampCert without timeSignature: %w", digestPath, ErrBadTimestamp))
	}
	token, err := base64.StdEncoding.Strict().DecodeString(sd.TimeSignature)
	if err != nil {
		return v.fail("timestamp", fmt.Errorf("%s: timeSignature is not base64: %w", digestPath, ErrBadTimestamp))
	}
	sig, err := sd.SignatureBytes()
	if err != nil {
		return v.fail("timestamp", fmt.Errorf("%s: %w", digestPath, err))
	}
	at, tsa, err := VerifyTimestamp(token, sig)
	if err != nil {
		return v.fail("timestamp", fmt.Errorf("%s: %w", digestPath, err))
	}
	if err := checkTimestampChain(token, sd.TimestampCert); err != nil {
		return v.fail("timestamp", fmt.Errorf("%s: timestampCert: %v: %w", digestPath, err, ErrBadTimestamp))
	}
	v.timestamped(sd, at, tsa, "RFC 3161 token in signedData over the signature bytes (npswatch's form before it followed wacz-auth)")
	return nil
}

func (v *verifier) timestamped(sd *SignedData, at time.Time, tsa, form string) {
	v.rep.Timestamped, v.rep.TimestampAt = true, at
	detail := fmt.Sprintf("%s: %s by %s (TSA chain as sent; not checked against a trust list)", form, at.UTC().Format(time.RFC3339Nano), tsa)
	if created, err := time.Parse(time.RFC3339, sd.Created); err == nil {
		detail += fmt.Sprintf("; signedData.created %s is %s before the TSA's time (negative: the exporter's clock was ahead)",
			sd.Created, at.Truncate(time.Second).Sub(created))
	}
	v.pass("timestamp", detail)
}

func (v *verifier) checkResources() error {
	for _, r := range v.dp.Resources {
		if err := v.ctx.Err(); err != nil {
			return v.fail("resource "+r.Path, err)
		}
		if err := v.checkResource(r); err != nil {
			return v.fail("resource "+r.Path, err)
		}
		v.pass("resource "+r.Path, fmt.Sprintf("%d bytes, %s", r.Bytes, r.Hash))
	}
	return nil
}

func (v *verifier) checkResource(r resource) error {
	zf := v.files[r.Path]
	if zf == nil {
		return fmt.Errorf("%s: listed in %s but not in the package", r.Path, datapackagePath)
	}
	rc, err := zf.Open()
	if err != nil {
		return fmt.Errorf("%s: %w", r.Path, err)
	}
	defer rc.Close()
	h := sha256.New()
	n, err := io.Copy(h, io.LimitReader(rc, r.Bytes+1))
	if err != nil {
		return fmt.Errorf("%s: %w", r.Path, err)
	}
	if n > r.Bytes {
		return fmt.Errorf("%s: more than the %d bytes %s says", r.Path, r.Bytes, datapackagePath)
	}
	if n < r.Bytes {
		return fmt.Errorf("%s: %d bytes, %s says %d", r.Path, n, datapackagePath, r.Bytes)
	}
	if got := "sha256:" + hex.EncodeToString(h.Sum(nil)); got != r.Hash {
		return fmt.Errorf("%s: sha256 is %s, %s says %s", r.Path, got, datapackagePath, r.Hash)
	}
	return nil
}

func (v *verifier) checkUnlisted() error {
	for _, zf := range v.zr.File {
		if zf.Name != datapackagePath && zf.Name != digestPath && zf.Name != timestampPath && !v.listed[zf.Name] {
			return v.fail("unlisted files", fmt.Errorf("%s: in the package but not listed in %s", zf.Name, datapackagePath))
		}
	}
	v.pass("unlisted files", "none: every file but "+digestPath+" (and "+timestampPath+" when timestamped) is listed in "+datapackagePath)
	return nil
}
