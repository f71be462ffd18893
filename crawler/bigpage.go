package crawler

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/url"

	"github.com/PuerkitoBio/goquery"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/internal/htmlparse"
)

// bigpage.go reads a big page a part at a time (htmlparse.Chunks), so a
// crawl's memory is bounded by a part, not by what a page holds: a
// catalogue of 100,000 rows or a page of a million links. The page is
// read twice. The first pass collects its links and fingerprints and the
// page is committed as deferred (its capture, state and links, with a
// note); the second pass extracts each part and commits its listings as a
// late result that keeps the note, the last part removing it. A run killed
// in between extracts the page again from its stored capture on resume.

const (
	// BigPage is the size of HTML (after decoding) above which a page is
	// read in parts.
	BigPage = 2 << 20
	// partSize is about how much of a big page one part holds.
	partSize = 256 << 10
	// maxPageLinks is how many links one page may add; the rest are
	// dropped (with a warning).
	maxPageLinks = 100000
)

// bigPass1 is what the first pass over a big page finds.
type bigPass1 struct {
	base      *url.URL
	hrefs     []string
	canonical string
	print     string
	text      uint64
	dropped   int // links over maxPageLinks
}

// scanBigPage is the first pass: links, base, canonical and prints.
func scanBigPage(body io.Reader, pageURL *url.URL) (*bigPass1, error) {
	out := &bigPass1{base: pageURL}
	var pr printer
	err := htmlparse.Chunks(body, partSize, func(p htmlparse.Part) error {
		doc, _, err := htmlparse.Parse(bytes.NewReader(p.Bytes))
		if err != nil {
			return fmt.Errorf("part %d: %w", p.Index+1, err)
		}
		base, hrefs, canonical := pageLinks(doc, pageURL)
		if p.Index == 0 {
			out.base, out.canonical = base, canonical
		}
		if p.Index > 0 && p.Context > 0 {
			// the re-opened start tags hold no links, but the repeated head
			// may (link rel=next): count those once
			hrefs = hrefs[min(len(hrefs), headLinks(doc)):]
		}
		room := maxPageLinks - len(out.hrefs)
		if len(hrefs) > room {
			out.dropped += len(hrefs) - room
			hrefs = hrefs[:room]
		}
		out.hrefs = append(out.hrefs, hrefs...)
		pr.add(doc)
		return nil
	})
	if err != nil {
		return nil, err
	}
	out.print, out.text = pr.sums()
	return out, nil
}

// headLinks counts the links pageLinks finds in a document's head.
func headLinks(doc *goquery.Document) int {
	return doc.Find("head link[rel~=next][href], head link[rel~=prev][href]").Length()
}

// extractParts is the second pass: each part of the page goes to the
// Processor as its own document and its listings are committed at once.
// The page's deferred note goes with the last part.
func (c *Crawler) extractParts(ctx context.Context, body io.Reader, capt *npswatch.Capture, pageURL *url.URL, target int) error {
	var pending *npswatch.LateResult
	parts := 0
	err := htmlparse.Chunks(body, partSize, func(p htmlparse.Part) error {
		doc, _, err := htmlparse.Parse(bytes.NewReader(p.Bytes))
		if err != nil {
			return fmt.Errorf("part %d: %w", p.Index+1, err)
		}
		out, err := c.cfg.Process(ctx, &Page{Capture: capt, URL: pageURL, Doc: doc, Target: target, Part: p.Index + 1, Canon: c.canon})
		if err != nil {
			return fmt.Errorf("process %s part %d: %w", pageURL, p.Index+1, err)
		}
		if pending != nil {
			pending.More = true
			if err := c.commitLate(ctx, []npswatch.LateResult{*pending}); err != nil {
				return err
			}
		}
		parts++
		pending = &npswatch.LateResult{CaptureID: capt.ID, URL: pageURL.String(), Listings: out.Listings, Hits: out.Hits, Vendors: out.Vendors,
			Part: p.Index + 1}
		return nil
	})
	if pending == nil {
		pending = &npswatch.LateResult{CaptureID: capt.ID, URL: pageURL.String(), Part: 1}
	}
	if err != nil {
		// what was read stays; the note goes, or a resume would fail again
		c.log.Warn("big page read in part only", "url", pageURL.String(), "parts", parts, "err", err)
	}
	c.log.Debug("big page read in parts", "url", pageURL.String(), "parts", parts)
	return c.commitLate(ctx, []npswatch.LateResult{*pending})
}
