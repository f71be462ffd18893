package evidence

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// cdxj.go writes and reads indexes/index.cdxj: one line per response
// record, "<SURT key> <14-digit timestamp> <JSON>", sorted bytewise, as
// pywb and wabac.js read it. offset and length locate the record's gzip
// member in archive/data.warc.gz; filename names that file relative to
// archive/, as the WACZ spec has it and as py-wacz writes it (wabac.js
// opens "archive/" + filename). recordDigest is the SHA-256 of the gzip
// member itself (the bytes at offset, length), as cdxj-indexer writes it,
// so a client that fetches one record by range can check it (WACZ signing
// recommendation, "Verification of Partially loaded WACZ").

const (
	warcName = "data.warc.gz"
	warcPath = "archive/" + warcName
	cdxjPath = "indexes/index.cdxj"
)

// cdxEntry is the JSON part of a CDXJ line. Numbers are strings, as pywb
// writes them.
type cdxEntry struct {
	URL      string `json:"url"`
	Mime     string `json:"mime"`
	Status   string `json:"status"`
	Digest   string `json:"digest"`
	Length   string `json:"length"`
	Offset   string `json:"offset"`
	Filename string `json:"filename"`
	// RecordDigest is absent from lines npswatch wrote before it added it.
	RecordDigest string `json:"recordDigest,omitempty"`
}

// cdxLine is one parsed line.
type cdxLine struct {
	key, ts string
	entry   cdxEntry
}

// indexable reports whether a record gets a CDXJ line.
func indexable(r *warcRecord) bool {
	t := r.get("WARC-Type")
	return t == "response" || t == "resource"
}

// cdxFor computes the line a record at offset with the given compressed
// length and member digest must have. Write and Verify both use it.
func cdxFor(r *warcRecord, offset, length int64, recordDigest string) (cdxLine, error) {
	target := r.get("WARC-Target-URI")
	date, err := time.Parse(time.RFC3339Nano, r.get("WARC-Date"))
	if err != nil {
		return cdxLine{}, fmt.Errorf("WARC-Date %q: %w", clip(r.get("WARC-Date")), err)
	}
	status := "-"
	mime := r.get("Content-Type")
	if r.get("WARC-Type") == "response" {
		if s := httpStatus(r.block); s > 0 {
			status = strconv.Itoa(s)
		}
		mime = httpMIME(r.block)
	}
	return cdxLine{key: surt(target), ts: date.UTC().Format("20060102150405"), entry: cdxEntry{
		URL: target, Mime: mime, Status: status, Digest: r.get("WARC-Payload-Digest"),
		Length: strconv.FormatInt(length, 10), Offset: strconv.FormatInt(offset, 10), Filename: warcName,
		RecordDigest: recordDigest,
	}}, nil
}

// memberDigest is a CDXJ recordDigest: "sha256:" and the hex SHA-256 of
// a record's gzip member.
func memberDigest(member []byte) string {
	h := sha256.Sum256(member)
	return "sha256:" + hex.EncodeToString(h[:])
}

func (l cdxLine) String() string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(l.entry) // a struct of strings always encodes
	return l.key + " " + l.ts + " " + strings.TrimSuffix(b.String(), "\n")
}

// cdxjFile sorts the lines and joins them, one per line.
func cdxjFile(lines []cdxLine) []byte {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.String()
	}
	slices.Sort(out)
	var b bytes.Buffer
	for _, s := range out {
		b.WriteString(s + "\n")
	}
	return b.Bytes()
}

var tsRE = regexp.MustCompile(`^[0-9]{14}$`)

// parseCDXJLine parses one line.
func parseCDXJLine(s string) (cdxLine, error) {
	key, rest, ok1 := strings.Cut(s, " ")
	ts, js, ok2 := strings.Cut(rest, " ")
	if !ok1 || !ok2 || key == "" {
		return cdxLine{}, errors.New("not '<key> <timestamp> <json>'")
	}
	if !tsRE.MatchString(ts) {
		return cdxLine{}, fmt.Errorf("timestamp %q is not 14 digits", clip(ts))
	}
	var e cdxEntry
	dec := json.NewDecoder(strings.NewReader(js))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		return cdxLine{}, fmt.Errorf("json: %w", err)
	}
	if dec.More() {
		return cdxLine{}, errors.New("data after the json object")
	}
	return cdxLine{key: key, ts: ts, entry: e}, nil
}

var wwwRE = regexp.MustCompile(`^www\d*\.`)

// surt returns the Sort-friendly URI Reordering Transform key of a URL
// the way pywb and wabac.js compute it for lookups: lower-cased, scheme
// dropped, "www." dropped, host labels reversed and comma-joined, a
// non-default port kept, ")" then the path and the query with its
// parameters sorted. A URL that is not absolute http(s) is its own key.
func surt(raw string) string {
	s := strings.ToLower(raw)
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return strings.ReplaceAll(s, " ", "%20")
	}
	host := wwwRE.ReplaceAllString(u.Hostname(), "")
	labels := strings.Split(strings.Trim(host, "."), ".")
	slices.Reverse(labels)
	key := strings.Join(labels, ",")
	if p := u.Port(); p != "" && !(u.Scheme == "http" && p == "80") && !(u.Scheme == "https" && p == "443") {
		key += ":" + p
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	key += ")" + path
	if u.RawQuery != "" {
		params := strings.Split(u.RawQuery, "&")
		slices.Sort(params)
		key += "?" + strings.Join(params, "&")
	}
	return key
}
