package evidence

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"net/http/httputil"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// warc.go is the WARC/1.1 record format: writing one record as its own
// gzip member, reading members back one at a time, and the block and
// payload digests (see doc.go for the digest decisions).

const (
	warcVersionLine = "WARC/1.1"
	// maxRecordBytes bounds one uncompressed record, on write and on read.
	// Captured bodies are capped at 10 MiB; this leaves room for headers
	// and chunk framing while keeping a hostile package from exhausting
	// memory.
	maxRecordBytes = 64 << 20
	maxHeaderBytes = 256 << 10 // the WARC header block of one record
	maxFields      = 256
)

// field is one WARC named field; order is kept as written.
type field struct{ name, value string }

// warcRecord is one record: its named fields (Content-Length is computed
// when it is marshalled) and its block.
type warcRecord struct {
	fields []field
	block  []byte
}

func (r *warcRecord) add(name, value string) {
	if value != "" {
		r.fields = append(r.fields, field{name, value})
	}
}

// get returns the first value of a field, matched case-insensitively.
func (r *warcRecord) get(name string) string {
	for _, f := range r.fields {
		if strings.EqualFold(f.name, name) {
			return f.value
		}
	}
	return ""
}

func (r *warcRecord) count(name string) int {
	n := 0
	for _, f := range r.fields {
		if strings.EqualFold(f.name, name) {
			n++
		}
	}
	return n
}

// marshal returns the uncompressed record: version line, fields,
// Content-Length, a blank line, the block and the closing CRLF CRLF.
func (r *warcRecord) marshal() []byte {
	var b bytes.Buffer
	b.Grow(len(r.block) + 1024)
	b.WriteString(warcVersionLine + "\r\n")
	for _, f := range r.fields {
		b.WriteString(f.name + ": " + f.value + "\r\n")
	}
	b.WriteString("Content-Length: " + strconv.Itoa(len(r.block)) + "\r\n\r\n")
	b.Write(r.block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// gzipMember compresses one record as a gzip member with an empty header
// (no name, no modification time), so the output depends only on the input.
func gzipMember(raw []byte) ([]byte, error) {
	var b bytes.Buffer
	zw, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if _, err := zw.Write(raw); err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return b.Bytes(), nil
}

// sha256Digest is the labelled digest form used throughout the package:
// "sha256:" and lowercase hex.
func sha256Digest(b []byte) string {
	h := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(h[:])
}

// splitHTTP splits an application/http block into its header block (up to
// and including the blank line) and the message body. ok is false when
// there is no blank line: then the whole block is header and the body is
// empty. A bare LF line ending is accepted as well as CRLF.
func splitHTTP(block []byte) (header, body []byte, ok bool) {
	end := -1
	if i := bytes.Index(block, []byte("\r\n\r\n")); i >= 0 {
		end = i + 4
	}
	if i := bytes.Index(block, []byte("\n\n")); i >= 0 && (end < 0 || i+2 < end) {
		end = i + 2
	}
	if end < 0 {
		return block, nil, false
	}
	return block[:end], block[end:], true
}

// httpHeaderValues returns the values of a header in an HTTP header block
// (the start line skipped), joined with ", ".
func httpHeaderValues(header []byte, name string) string {
	var vals []string
	lines := strings.Split(string(header), "\n")
	for _, line := range lines[1:] {
		k, v, ok := strings.Cut(strings.TrimRight(line, "\r"), ":")
		if ok && strings.EqualFold(strings.TrimSpace(k), name) {
			vals = append(vals, strings.TrimSpace(v))
		}
	}
	return strings.Join(vals, ", ")
}

// isChunked reports whether the header block's last transfer coding is
// chunked.
func isChunked(header []byte) bool {
	te := httpHeaderValues(header, "Transfer-Encoding")
	if te == "" {
		return false
	}
	codings := strings.Split(te, ",")
	return strings.EqualFold(strings.TrimSpace(codings[len(codings)-1]), "chunked")
}

// httpPayload returns the payload of an application/http block: the body
// after the header block, with chunked transfer coding removed when the
// header says so (content coding such as gzip stays). When the chunk
// framing is broken or cut short, the payload is what decodes before the
// break, as WARC 1.1 says of truncated records.
func httpPayload(block []byte) []byte {
	header, body, ok := splitHTTP(block)
	if !ok || !isChunked(header) {
		return body
	}
	data, _ := io.ReadAll(io.LimitReader(httputil.NewChunkedReader(bytes.NewReader(body)), maxRecordBytes))
	return data
}

// httpStatus returns the status code of a response block's status line,
// or 0.
func httpStatus(block []byte) int {
	line, _, _ := bytes.Cut(block, []byte("\n"))
	parts := strings.Fields(string(line))
	if len(parts) < 2 || !strings.HasPrefix(parts[0], "HTTP/") {
		return 0
	}
	n, err := strconv.Atoi(parts[1])
	if err != nil || n < 100 || n > 999 {
		return 0
	}
	return n
}

// httpMIME returns the media type of a block's Content-Type, lower case,
// without parameters; "unk" when there is none (as pywb writes it).
func httpMIME(block []byte) string {
	header, _, _ := splitHTTP(block)
	ct, _, _ := strings.Cut(httpHeaderValues(header, "Content-Type"), ";")
	ct = strings.ToLower(strings.TrimSpace(ct))
	if ct == "" || strings.ContainsAny(ct, " \"") {
		return "unk"
	}
	return ct
}

// warcDate formats a WARC-Date (and a page's ts): UTC, to the second when
// the time has no fraction, else to the microsecond (six digits), the two
// precisions WARC 1.1 readers expect; nanoseconds are cut, not rounded.
func warcDate(t time.Time) string {
	t = t.UTC().Truncate(time.Microsecond)
	if t.Nanosecond() == 0 {
		return t.Format("2006-01-02T15:04:05Z")
	}
	return t.Format("2006-01-02T15:04:05.000000Z")
}

// recordID derives a record's WARC-Record-ID from what it holds: a UUID
// of version 8 (RFC 9562, custom) made of the first 16 bytes of a SHA-256
// over the parts. The same capture exported twice gets the same ids;
// different content gets different ids.
func recordID(parts ...string) string {
	h := sha256.Sum256([]byte("npswatch-warc-record\x00" + strings.Join(parts, "\x00")))
	u := h[:16]
	u[6] = u[6]&0x0f | 0x80
	u[8] = u[8]&0x3f | 0x80
	x := hex.EncodeToString(u)
	return "<urn:uuid:" + x[:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:] + ">"
}

// cleanText makes a value safe for one WARC header or warc-fields line:
// valid UTF-8, control characters turned into spaces.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, strings.TrimSpace(s))
}

// cleanURI makes a URI safe for WARC-Target-URI: bytes outside printable
// ASCII are percent-encoded.
func cleanURI(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= 0x20 || c >= 0x7f || c == '<' || c == '>' || c == '"' {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// countingReader counts the bytes taken from a bufio.Reader. It is an
// io.ByteReader, so compress/flate reads exactly the bytes of one deflate
// stream and the count marks where a gzip member ends.
// It also hashes them, so the digest of each member (a CDXJ recordDigest)
// comes with it.
type countingReader struct {
	r *bufio.Reader
	n int64
	h hash.Hash
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	c.h.Write(p[:n])
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
		c.h.Write([]byte{b})
	}
	return b, err
}

// memberReader reads a .warc.gz one gzip member (one record) at a time.
type memberReader struct {
	cr *countingReader
	zr *gzip.Reader
}

func newMemberReader(r io.Reader) *memberReader {
	return &memberReader{cr: &countingReader{r: bufio.NewReaderSize(r, 64<<10), h: sha256.New()}}
}

// digest is the recordDigest of the member next returned last.
func (m *memberReader) digest() string {
	return "sha256:" + hex.EncodeToString(m.cr.h.Sum(nil))
}

// next returns the next member's uncompressed bytes, its offset in the
// compressed stream and its compressed length; io.EOF after the last.
func (m *memberReader) next() (data []byte, off, n int64, err error) {
	off = m.cr.n
	m.cr.h.Reset()
	if _, err := m.cr.r.Peek(1); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, off, 0, io.EOF
		}
		return nil, off, 0, err
	}
	if m.zr == nil {
		m.zr, err = gzip.NewReader(m.cr)
	} else {
		err = m.zr.Reset(m.cr)
	}
	if err != nil {
		return nil, off, 0, fmt.Errorf("not a gzip member: %w", err)
	}
	m.zr.Multistream(false)
	data, err = io.ReadAll(io.LimitReader(m.zr, maxRecordBytes+1))
	if err != nil {
		return nil, off, 0, fmt.Errorf("gzip member: %w", err)
	}
	if len(data) > maxRecordBytes {
		return nil, off, 0, fmt.Errorf("record larger than %d bytes", maxRecordBytes)
	}
	return data, off, m.cr.n - off, nil
}

// parseRecord parses one uncompressed record (exactly one, nothing after
// it) and checks its framing: version line, fields, Content-Length equal
// to the block's length, and the closing CRLF CRLF.
func parseRecord(raw []byte) (*warcRecord, error) {
	rest, ok := bytes.CutPrefix(raw, []byte(warcVersionLine+"\r\n"))
	if !ok {
		return nil, errors.New("does not start with WARC/1.1")
	}
	end := bytes.Index(rest, []byte("\r\n\r\n"))
	if end < 0 || end > maxHeaderBytes {
		return nil, errors.New("no end of the WARC header")
	}
	rec := &warcRecord{}
	length := int64(-1)
	for _, line := range strings.Split(string(rest[:end]), "\r\n") {
		name, value, ok := strings.Cut(line, ":")
		if !ok || name == "" || strings.TrimSpace(name) != name || strings.ContainsAny(line, "\n\r") {
			return nil, fmt.Errorf("malformed WARC header line %q", clip(line))
		}
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("WARC header line %q is not UTF-8", clip(line))
		}
		value = strings.TrimSpace(value)
		if strings.EqualFold(name, "Content-Length") {
			if length >= 0 {
				return nil, errors.New("Content-Length given twice")
			}
			n, err := strconv.ParseInt(value, 10, 64)
			if err != nil || n < 0 {
				return nil, fmt.Errorf("bad Content-Length %q", clip(value))
			}
			length = n
			continue
		}
		if len(rec.fields) >= maxFields {
			return nil, errors.New("too many WARC header fields")
		}
		rec.fields = append(rec.fields, field{name, value})
	}
	if length < 0 {
		return nil, errors.New("no Content-Length")
	}
	body := rest[end+4:]
	if int64(len(body)) != length+4 {
		return nil, fmt.Errorf("Content-Length %d but the block holds %d bytes", length, len(body)-4)
	}
	if !bytes.HasSuffix(body, []byte("\r\n\r\n")) {
		return nil, errors.New("record does not end with CRLF CRLF")
	}
	rec.block = body[:length]
	return rec, nil
}

// clip shortens a string for an error message.
func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}
