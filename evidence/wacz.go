package evidence

import (
	"archive/zip"
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// wacz.go assembles the WACZ 1.1.1 package and writes it atomically.
//
// Every file is stored, not deflated: the files are small next to the
// archive, and a deflate stream has bits a decoder ignores (a block's
// final flag before an empty last block, padding), so a changed byte
// there would change nothing Verify can see. Stored, every byte of the
// container is either a file's content, covered by its SHA-256 and CRC,
// or a header field Verify compares.

const (
	datapackagePath = "datapackage.json"
	digestPath      = "datapackage-digest.json"
	waczVersion     = "1.1.1"
	// maxMetaFile bounds datapackage.json, datapackage-digest.json,
	// the index, the page list and the reports on read.
	maxMetaFile = 64 << 20
)

type resource struct {
	Name  string `json:"name"`
	Path  string `json:"path"`
	Hash  string `json:"hash"`
	Bytes int64  `json:"bytes"`
}

type dataPackage struct {
	Profile      string     `json:"profile"`
	WACZVersion  string     `json:"wacz_version"`
	Title        string     `json:"title"`
	Description  string     `json:"description,omitempty"`
	Created      string     `json:"created"`
	Modified     string     `json:"modified"`
	Software     string     `json:"software"`
	MainPageURL  string     `json:"mainPageUrl,omitempty"`
	MainPageDate string     `json:"mainPageDate,omitempty"`
	Resources    []resource `json:"resources"`
}

type digestFile struct {
	Path       string      `json:"path"`
	Hash       string      `json:"hash"`
	SignedData *SignedData `json:"signedData,omitempty"`
}

// Write writes the bundle as a WACZ file at path (created new; fails if it
// exists), atomically: a temporary file in the same directory, renamed
// into place only when complete.
func Write(ctx context.Context, path string, b *Bundle, opts WriteOptions) (*Summary, error) {
	if opts.TSAURL != "" && opts.Key == nil {
		return nil, errors.New("a timestamp is over the signature: TSAURL needs Key")
	}
	if _, err := os.Lstat(path); err == nil {
		return nil, fmt.Errorf("%s already exists; evidence files are never overwritten", path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("write evidence: %w", err)
	}
	p, err := prepare(b)
	if err != nil {
		return nil, fmt.Errorf("write evidence: %w", err)
	}
	a, err := buildArchive(p)
	if err != nil {
		return nil, fmt.Errorf("write evidence: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("write evidence: %w", err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	sum, err := writeZip(ctx, tmp, p, a, opts)
	if err != nil {
		return nil, fmt.Errorf("write evidence %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return nil, fmt.Errorf("write evidence %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return nil, fmt.Errorf("write evidence %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return nil, fmt.Errorf("write evidence %s: %w", path, err)
	}
	if err := publish(tmp.Name(), path); err != nil {
		return nil, fmt.Errorf("write evidence: %w", err)
	}
	done = true
	if d, err := os.Open(filepath.Dir(path)); err == nil { // make the new name durable; best effort
		d.Sync()
		d.Close()
	}
	return sum, nil
}

// publish gives the finished temporary file its name without replacing an
// existing file: a hard link fails if the name exists. Where hard links
// are not supported, it falls back to a rename after a last check.
func publish(tmp, path string) error {
	err := os.Link(tmp, path)
	if err == nil {
		os.Remove(tmp) // the package is in place; a leftover link is only litter
		return nil
	}
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists; evidence files are never overwritten", path)
	}
	if _, serr := os.Lstat(path); !errors.Is(serr, fs.ErrNotExist) {
		return fmt.Errorf("%s already exists or cannot be checked: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	return nil
}

// zipVersion20 is ZIP 2.0, what a stored entry needs, as creator (MS-DOS
// attributes) and as reader version.
const zipVersion20 = 20

// dosTime is t in the MS-DOS date and time of ZIP headers (two-second
// precision; years 1980–2107).
func dosTime(t time.Time) (date, tm uint16) {
	t = t.UTC()
	y := max(t.Year(), 1980)
	date = uint16((y-1980)<<9 | int(t.Month())<<5 | t.Day())
	tm = uint16(t.Hour()<<11 | t.Minute()<<5 | t.Second()>>1)
	return date, tm
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

func writeZip(ctx context.Context, f io.Writer, p *prepared, a *archive, opts WriteOptions) (*Summary, error) {
	zw := zip.NewWriter(f)
	mod := p.Created.UTC()
	sum := &Summary{Records: len(a.records)}
	var resources []resource
	// every entry is stored with its CRC-32 and sizes in its local header
	// (no data descriptor): readers that stream a ZIP (Java's
	// ZipInputStream) refuse a stored entry without them
	entry := func(name string, body io.Reader, size int64, crc uint32) error {
		fh := &zip.FileHeader{Name: name, Method: zip.Store, Modified: mod, CRC32: crc,
			CompressedSize64: uint64(size), UncompressedSize64: uint64(size),
			CreatorVersion: zipVersion20, ReaderVersion: zipVersion20}
		fh.ModifiedDate, fh.ModifiedTime = dosTime(mod)
		w, err := zw.CreateRaw(fh)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if _, err := io.Copy(w, body); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		sum.Files++
		return nil
	}
	add := func(name string, data []byte, listed bool) error {
		if len(data) > maxMetaFile {
			return fmt.Errorf("%s: %d bytes is more than the %d a verifier reads", name, len(data), maxMetaFile)
		}
		if err := entry(name, bytes.NewReader(data), int64(len(data)), crc32.ChecksumIEEE(data)); err != nil {
			return err
		}
		if listed {
			resources = append(resources, resource{Name: filepath.Base(name), Path: name,
				Hash: sha256Digest(data), Bytes: int64(len(data))})
		}
		return nil
	}

	// archive/data.warc.gz, stored: one gzip member per record, spooled to
	// a temporary file first so its size and CRC-32 go in the local header.
	spool, err := os.CreateTemp("", "npswatch-warc-*")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", warcPath, err)
	}
	defer func() { spool.Close(); os.Remove(spool.Name()) }()
	h, crc, n := sha256.New(), crc32.NewIEEE(), &countWriter{}
	w := io.MultiWriter(spool, h, crc, n)
	var lines []cdxLine
	for _, r := range a.records {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		member, err := gzipMember(r.marshal())
		if err != nil {
			return nil, fmt.Errorf("%s: record %s: %w", warcPath, r.get("WARC-Record-ID"), err)
		}
		off := n.n
		if _, err := w.Write(member); err != nil {
			return nil, fmt.Errorf("%s: %w", warcPath, err)
		}
		if indexable(r) {
			l, err := cdxFor(r, off, int64(len(member)), memberDigest(member))
			if err != nil {
				return nil, fmt.Errorf("%s: record %s: %w", cdxjPath, r.get("WARC-Record-ID"), err)
			}
			lines = append(lines, l)
		}
	}
	if _, err := spool.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("%s: %w", warcPath, err)
	}
	if err := entry(warcPath, spool, n.n, crc.Sum32()); err != nil {
		return nil, err
	}
	resources = append(resources, resource{Name: "data.warc.gz", Path: warcPath,
		Hash: "sha256:" + hex.EncodeToString(h.Sum(nil)), Bytes: n.n})

	if err := add(cdxjPath, cdxjFile(lines), true); err != nil {
		return nil, err
	}
	// the title is what a replay client names the package by: the case
	title := cmp.Or(strings.TrimSpace(p.Case), "npswatch evidence")
	pages := buildPages(p, a)
	sum.Pages = len(pages)
	pj, err := pagesFile(title, pages)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", pagesPath, err)
	}
	if err := add(pagesPath, pj, true); err != nil {
		return nil, err
	}
	view := buildReportView(p, a)
	rh, err := reportHTML(view)
	if err != nil {
		return nil, err
	}
	if err := add(reportHTMLPath, rh, true); err != nil {
		return nil, err
	}
	if err := add(reportMDPath, reportMD(view), true); err != nil {
		return nil, err
	}

	dp := dataPackage{Profile: "data-package", WACZVersion: waczVersion, Title: title,
		Description: "Raw HTTP captures, listings and watchlist hits exported by npswatch. See evidence/report.md.",
		Created:     mod.Format(time.RFC3339), Modified: mod.Format(time.RFC3339), Software: p.software, Resources: resources}
	if mp, ok := mainPage(p, pages); ok {
		dp.MainPageURL, dp.MainPageDate = mp.URL, mp.TS
	}
	dpj, err := json.MarshalIndent(dp, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", datapackagePath, err)
	}
	if err := add(datapackagePath, dpj, false); err != nil {
		return nil, err
	}
	sum.Hash = sha256Digest(dpj)
	df := digestFile{Path: datapackagePath, Hash: sum.Hash}
	var tf *timestampFile
	if opts.Key != nil {
		if df.SignedData, tf, err = seal(ctx, sum.Hash, p.Created, p.software, opts); err != nil {
			return nil, err
		}
		sum.Signed, sum.Timestamped = true, tf != nil
	}
	dfj, err := json.MarshalIndent(df, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", digestPath, err)
	}
	if err := add(digestPath, dfj, false); err != nil {
		return nil, err
	}
	if tf != nil {
		tfj, err := json.MarshalIndent(tf, "", "  ")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", timestampPath, err)
		}
		if err := add(timestampPath, tfj, false); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("zip: %w", err)
	}
	return sum, nil
}

// seal signs the datapackage hash (wacz-auth's anonymous form) and, with a
// TSA, timestamps the signature string as authsign does (see
// timestampfile.go).
func seal(ctx context.Context, hash string, created time.Time, software string, opts WriteOptions) (*SignedData, *timestampFile, error) {
	name, version := splitSoftware(software)
	sd, err := Sign(hash, opts.Key, created, name, version)
	if err != nil {
		return nil, nil, err
	}
	if opts.TSAURL == "" {
		return sd, nil, nil
	}
	client := opts.HTTPClient
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	resp, _, chain, err := timestampResponse(ctx, client, opts.TSAURL, []byte(sd.Signature))
	if err != nil {
		return nil, nil, err
	}
	return sd, &timestampFile{Path: digestPath, Signature: sd.Signature, TimeSignature: encodeB64(resp), TimestampCert: chain}, nil
}

// mainPage is the page a replay client opens first: the page of the first
// hit that has one in the package, else the first page.
func mainPage(p *prepared, pages []page) (page, bool) {
	for i := range p.hits {
		id := p.captureOfHit(&p.hits[i])
		for _, pg := range pages {
			if id != "" && pg.ID == id {
				return pg, true
			}
		}
	}
	if len(pages) > 0 {
		return pages[0], true
	}
	return page{}, false
}

// splitSoftware splits "npswatch 0.1.0" into the software and version
// fields of signedData; Verify joins them again and compares with
// datapackage.json's software.
func splitSoftware(s string) (name, version string) {
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}
