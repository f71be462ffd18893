package evidence

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"mime"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// pages.go writes and reads pages/pages.jsonl: a json-pages-1.0 header
// line, then one page per captured HTML response.

const pagesPath = "pages/pages.jsonl"

type pagesHeader struct {
	Format string `json:"format"`
	ID     string `json:"id"`
	Title  string `json:"title"`
}

type page struct {
	ID    string `json:"id"`
	URL   string `json:"url"`
	TS    string `json:"ts"`
	Title string `json:"title,omitempty"`
}

// buildPages lists the HTML responses of the archive.
func buildPages(p *prepared, a *archive) []page {
	var out []page
	for _, cr := range a.order {
		if cr.ResponseID == "" || !isHTML(cr.C.ContentType) {
			continue
		}
		title := pageTitle(cr.C.Body, cr.C.ContentType, cr.C.ResponseHeader.Get("Content-Encoding"))
		if title == "" {
			for _, l := range p.listings {
				if l.CaptureID == cr.C.ID && l.Product != "" {
					title = l.Product
					break
				}
			}
		}
		out = append(out, page{ID: cr.C.ID, URL: cr.Target, TS: warcDate(p.when(cr.C.FetchedAt)), Title: title})
	}
	return out
}

func pagesFile(title string, pages []page) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(pagesHeader{Format: "json-pages-1.0", ID: "pages", Title: title}); err != nil {
		return nil, err
	}
	for _, pg := range pages {
		if err := enc.Encode(pg); err != nil {
			return nil, err
		}
	}
	return b.Bytes(), nil
}

func isHTML(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(strings.ToLower(contentType), ";")
		mt = strings.TrimSpace(mt)
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

var titleRE = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title`)

// pageTitle reads the <title> of an HTML body as received: gunzipped when
// it was sent gzip, decoded from its charset; "" when there is none.
func pageTitle(body []byte, contentType, encoding string) string {
	var r io.Reader = bytes.NewReader(body)
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return ""
		}
		r = zr
	default:
		return ""
	}
	head, _ := io.ReadAll(io.LimitReader(r, 512<<10)) // a cut or corrupt stream still gives its start
	dr, err := charset.NewReader(bytes.NewReader(head), contentType)
	if err != nil {
		return ""
	}
	text, _ := io.ReadAll(dr)
	m := titleRE.FindSubmatch(text)
	if m == nil {
		return ""
	}
	t := strings.Join(strings.Fields(html.UnescapeString(string(m[1]))), " ")
	t = strings.ToValidUTF8(t, "\uFFFD")
	if r := []rune(t); len(r) > 200 {
		t = string(r[:200]) + "…"
	}
	return t
}

// parsePages checks pages.jsonl: the header line, then pages with a url
// and an RFC 3339 ts. It returns the pages.
func parsePages(data []byte) ([]page, error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	var pages []page
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if n == 1 {
			var h pagesHeader
			if err := json.Unmarshal(line, &h); err != nil {
				return nil, fmt.Errorf("line 1: %w", err)
			}
			if h.Format != "json-pages-1.0" {
				return nil, fmt.Errorf("line 1: format %q, want json-pages-1.0", clip(h.Format))
			}
			continue
		}
		var pg page
		if err := json.Unmarshal(line, &pg); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if pg.URL == "" {
			return nil, fmt.Errorf("line %d: page without url", n)
		}
		if _, err := time.Parse(time.RFC3339Nano, pg.TS); err != nil {
			return nil, fmt.Errorf("line %d: ts %q is not RFC 3339", n, clip(pg.TS))
		}
		pages = append(pages, pg)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, errors.New("empty: no header line")
	}
	return pages, nil
}
