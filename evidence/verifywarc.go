package evidence

import (
	"bytes"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/digitorus/timestamp"
)

// verifywarc.go checks the archive's records one gzip member at a time,
// then the CDXJ index and the page list against what the records hold.

var (
	recordIDRE = regexp.MustCompile(`^<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}>$`)
	warcTypes  = []string{"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation"}
	// fields that may occur at most once in a record (required ones are checked apart).
	singleFields = []string{"WARC-Target-URI", "WARC-Payload-Digest", "WARC-IP-Address", "WARC-Warcinfo-ID",
		"WARC-Refers-To", "WARC-Truncated", "WARC-Concurrent-To", fieldWire, fieldProxy}
	referenceFields = []string{"WARC-Warcinfo-ID", "WARC-Concurrent-To", "WARC-Refers-To"}
)

type warcRef struct {
	where, field, to string
}

func (v *verifier) checkWARC() error {
	zf := v.files[warcPath]
	rc, err := zf.Open()
	if err != nil {
		return v.fail("WARC records", fmt.Errorf("%s: %w", warcPath, err))
	}
	defer rc.Close()
	mr := newMemberReader(rc)
	ids := map[string]bool{}
	counts := map[string]int{}
	var refs []warcRef
	var notes []string
	for i := 0; ; i++ {
		if err := v.ctx.Err(); err != nil {
			return v.fail("WARC records", err)
		}
		data, off, n, err := mr.next()
		if errors.Is(err, io.EOF) {
			break
		}
		where := fmt.Sprintf("%s: record %d at offset %d", warcPath, i, off)
		if err != nil {
			return v.fail("WARC records", fmt.Errorf("%s: %w", where, err))
		}
		rec, err := parseRecord(data)
		if err != nil {
			return v.fail("WARC records", fmt.Errorf("%s: %w", where, err))
		}
		id, typ, uri := rec.get("WARC-Record-ID"), rec.get("WARC-Type"), rec.get("WARC-Target-URI")
		where = fmt.Sprintf("%s: %s record %d at offset %d (%s%s)", warcPath, typ, i, off, clip(id), opt(uri != "", " "+clip(uri)))
		if err := checkRecord(rec, i); err != nil {
			return v.fail("WARC records", fmt.Errorf("%s: %w", where, err))
		}
		if ids[id] {
			return v.fail("WARC records", fmt.Errorf("%s: record id used twice", where))
		}
		ids[id] = true
		counts[typ]++
		for _, f := range referenceFields {
			if to := rec.get(f); to != "" {
				refs = append(refs, warcRef{where, f, to})
			}
		}
		if indexable(rec) {
			line, err := cdxFor(rec, off, n, mr.digest())
			if err != nil {
				return v.fail("WARC records", fmt.Errorf("%s: %w", where, err))
			}
			v.expected[off] = line
			if v.indexed[line.entry.URL] == nil {
				v.indexed[line.entry.URL] = map[string]int{}
			}
			v.indexed[line.entry.URL][line.ts]++
		}
		if w := rec.get(fieldWire); w != "" {
			notes = append(notes, fmt.Sprintf("%s record at offset %d for %s: %s", typ, off, clip(uri), w))
		}
	}
	if len(ids) == 0 {
		return v.fail("WARC records", fmt.Errorf("%s: no records", warcPath))
	}
	for _, r := range refs {
		if !ids[r.to] {
			return v.fail("WARC records", fmt.Errorf("%s: %s %s names no record in the archive", r.where, r.field, clip(r.to)))
		}
	}
	var parts []string
	for _, t := range warcTypes {
		if counts[t] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[t], t))
		}
	}
	v.pass("WARC records", fmt.Sprintf("%d records (%s): framing, Content-Length, block and payload digests, references ok",
		len(ids), strings.Join(parts, ", ")))
	for _, n := range notes {
		v.pass("reconstructed", n)
	}
	return nil
}

// checkRecord checks one parsed record's fields and digests.
func checkRecord(rec *warcRecord, i int) error {
	typ := rec.get("WARC-Type")
	if !slices.Contains(warcTypes, typ) {
		return fmt.Errorf("unknown WARC-Type %q", clip(typ))
	}
	if i == 0 && typ != "warcinfo" {
		return errors.New("the first record is not warcinfo")
	}
	for _, f := range []string{"WARC-Type", "WARC-Record-ID", "WARC-Date", "WARC-Block-Digest", "Content-Type"} {
		if c := rec.count(f); c != 1 {
			return fmt.Errorf("%s occurs %d times, want once", f, c)
		}
	}
	for _, f := range singleFields {
		if rec.count(f) > 1 {
			return fmt.Errorf("%s occurs more than once", f)
		}
	}
	if !recordIDRE.MatchString(rec.get("WARC-Record-ID")) {
		return fmt.Errorf("WARC-Record-ID %q is not <urn:uuid:…>", clip(rec.get("WARC-Record-ID")))
	}
	if _, err := time.Parse(time.RFC3339Nano, rec.get("WARC-Date")); err != nil {
		return fmt.Errorf("WARC-Date %q is not a W3C date", clip(rec.get("WARC-Date")))
	}
	if ip := rec.get("WARC-IP-Address"); ip != "" && net.ParseIP(ip) == nil {
		return fmt.Errorf("WARC-IP-Address %q is not an IP address", clip(ip))
	}
	if got, want := sha256Digest(rec.block), rec.get("WARC-Block-Digest"); !strings.EqualFold(got, want) {
		return fmt.Errorf("WARC-Block-Digest %s, but the block hashes to %s", clip(want), got)
	}
	isHTTP := strings.HasPrefix(strings.ToLower(rec.get("Content-Type")), "application/http")
	if typ == "response" || typ == "request" {
		if !isHTTP {
			return fmt.Errorf("Content-Type %q is not application/http", clip(rec.get("Content-Type")))
		}
		if rec.get("WARC-Target-URI") == "" {
			return errors.New("no WARC-Target-URI")
		}
	}
	pd := rec.get("WARC-Payload-Digest")
	if typ == "response" && pd == "" {
		return errors.New("no WARC-Payload-Digest")
	}
	if pd != "" {
		if !isHTTP {
			return errors.New("WARC-Payload-Digest on a record that is not application/http")
		}
		if got := sha256Digest(httpPayload(rec.block)); !strings.EqualFold(got, pd) {
			return fmt.Errorf("WARC-Payload-Digest %s, but the payload (chunking removed) hashes to %s", clip(pd), got)
		}
	}
	return nil
}

func (v *verifier) checkIndex() error {
	data, err := v.readSmall(cdxjPath)
	if err != nil {
		return v.fail("index", err)
	}
	if len(data) > 0 && data[len(data)-1] != '\n' {
		return v.fail("index", fmt.Errorf("%s: the last line has no newline", cdxjPath))
	}
	var lines []string
	if len(data) > 0 {
		lines = strings.Split(string(data[:len(data)-1]), "\n")
	}
	seen := map[int64]bool{}
	prev := ""
	legacy := 0 // lines without recordDigest
	for i, s := range lines {
		where := fmt.Sprintf("%s: line %d", cdxjPath, i+1)
		if s < prev {
			return v.fail("index", fmt.Errorf("%s: not sorted (sorts before line %d)", where, i))
		}
		prev = s
		l, err := parseCDXJLine(s)
		if err != nil {
			return v.fail("index", fmt.Errorf("%s: %w", where, err))
		}
		off, err := strconv.ParseInt(l.entry.Offset, 10, 64)
		if err != nil || off < 0 {
			return v.fail("index", fmt.Errorf("%s: offset %q is not a number", where, clip(l.entry.Offset)))
		}
		exp, ok := v.expected[off]
		if l.entry.Filename == warcPath {
			// packages written before npswatch followed the spec named the
			// file from the package root; the bytes are the same
			l.entry.Filename = warcName
		}
		if !ok || l.entry.Filename != warcName {
			return v.fail("index", fmt.Errorf("%s: %s offset %d is not where a response record of %s starts",
				where, clip(l.entry.Filename), off, warcPath))
		}
		if l.entry.RecordDigest == "" {
			// packages written before npswatch added recordDigest
			exp.entry.RecordDigest = ""
			legacy++
		}
		if seen[off] {
			return v.fail("index", fmt.Errorf("%s: offset %d indexed twice", where, off))
		}
		seen[off] = true
		if d := cdxDiff(l, exp); d != "" {
			return v.fail("index", fmt.Errorf("%s: the record at offset %d (%s) %s", where, off, clip(exp.entry.URL), d))
		}
		if s != exp.String() {
			return v.fail("index", fmt.Errorf("%s: not in the form npswatch writes for the record at offset %d", where, off))
		}
	}
	offs := make([]int64, 0, len(v.expected))
	for off := range v.expected {
		offs = append(offs, off)
	}
	slices.Sort(offs)
	for _, off := range offs {
		if !seen[off] {
			return v.fail("index", fmt.Errorf("%s: the response record at offset %d of %s (%s) has no line",
				cdxjPath, off, warcPath, clip(v.expected[off].entry.URL)))
		}
	}
	detail := fmt.Sprintf("%d lines, sorted; each offset and length is a record with the line's URL, date, digest and recordDigest", len(lines))
	if legacy > 0 {
		detail += fmt.Sprintf(" (%d lines have no recordDigest: written before npswatch added it)", legacy)
	}
	v.pass("index", detail)
	return nil
}

// cdxDiff says how a line differs from what its record gives, or "".
func cdxDiff(got, want cdxLine) string {
	for _, d := range []struct{ name, got, want string }{
		{"length", got.entry.Length, want.entry.Length},
		{"target URI", got.entry.URL, want.entry.URL},
		{"date", got.ts, want.ts},
		{"digest", got.entry.Digest, want.entry.Digest},
		{"status", got.entry.Status, want.entry.Status},
		{"mime", got.entry.Mime, want.entry.Mime},
		{"SURT key", got.key, want.key},
		{"recordDigest", got.entry.RecordDigest, want.entry.RecordDigest},
	} {
		if d.got != d.want {
			return fmt.Sprintf("has %s %q, the line says %q", d.name, clip(d.want), clip(d.got))
		}
	}
	return ""
}

func (v *verifier) checkPages() error {
	data, err := v.readSmall(pagesPath)
	if err != nil {
		return v.fail("pages", err)
	}
	pages, err := parsePages(data)
	if err != nil {
		return v.fail("pages", fmt.Errorf("%s: %w", pagesPath, err))
	}
	for i, pg := range pages {
		t, _ := time.Parse(time.RFC3339Nano, pg.TS) // parsePages checked it
		if v.indexed[pg.URL][t.UTC().Format("20060102150405")] == 0 {
			return v.fail("pages", fmt.Errorf("%s: line %d: page %s at %s has no indexed response record", pagesPath, i+2, clip(pg.URL), pg.TS))
		}
	}
	v.pass("pages", fmt.Sprintf("%d pages, each an indexed response record", len(pages)))
	return nil
}

// checkTimestampChain checks timestampCert: PEM certificates, written as
// npswatch writes them, and exactly the certificates the token carries.
func checkTimestampChain(token []byte, chainPEM string) error {
	var certs []*x509.Certificate
	var canon bytes.Buffer
	rest := []byte(chainPEM)
	for len(bytes.TrimSpace(rest)) > 0 {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil || b.Type != "CERTIFICATE" {
			return errors.New("not a PEM certificate chain")
		}
		c, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			return err
		}
		certs = append(certs, c)
		_ = pem.Encode(&canon, &pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})
	}
	if len(certs) == 0 {
		return errors.New("empty")
	}
	if canon.String() != chainPEM {
		return errors.New("not in the form it was written in (changed?)")
	}
	ts, err := timestamp.Parse(token)
	if err != nil {
		return err
	}
	if len(ts.Certificates) != len(certs) {
		return fmt.Errorf("%d certificates, the token carries %d", len(certs), len(ts.Certificates))
	}
	for _, c := range certs {
		if !slices.ContainsFunc(ts.Certificates, c.Equal) {
			return fmt.Errorf("certificate %q is not one the token carries", c.Subject)
		}
	}
	return nil
}
