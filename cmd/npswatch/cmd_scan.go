package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/net/html/charset"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/crawler"
	"github.com/npswatch/npswatch/internal/htmlparse"
	"github.com/npswatch/npswatch/pipeline"
)

const maxScanBytes = 32 << 20

func runScan(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "scan", "FILE.html|URL|- [--base-url URL] [--format table|jsonl|csv] [--show hits|listings|page]")
	baseURL := fs.String("base-url", "", "the `URL` the saved page came from (for relative links and the listing's site)")
	format := fs.String("format", formatTable, "output `format`: table, jsonl or csv")
	show := fs.String("show", "hits", "what to print: `hits`, listings, or page (what the page says outside its listings)")
	ua := fs.String("user-agent", crawler.DefaultUserAgent, "User-Agent `string` when scanning a URL")
	proxy := fs.String("proxy", "", "proxy `URL` when scanning a URL (http, https, socks5, socks5h)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError("scan takes one FILE, URL or - (stdin), got %d arguments", len(pos))
	}
	if err := checkFormat(*format); err != nil {
		return err
	}
	if *show != "hits" && *show != "listings" && *show != "page" {
		return usageError("--show %q: want hits, listings or page", *show)
	}
	if *proxy != "" {
		if err := npswatch.ValidateProxy(*proxy); err != nil {
			return fmt.Errorf("%w: %w", errUsage, err)
		}
	}
	body, ctype, u, err := readPage(ctx, pos[0], *baseURL, *ua, *proxy)
	if err != nil {
		return err
	}
	rd, err := charset.NewReader(bytes.NewReader(body), ctype)
	if err != nil {
		rd = bytes.NewReader(body)
	}
	doc, flattened, err := htmlparse.Parse(rd)
	if err != nil {
		return fmt.Errorf("%s: %w", pos[0], err)
	}
	if flattened {
		fmt.Fprintf(e.stderr, "npswatch: %s is nested too deep for the HTML parser: read with its deepest elements dropped (their text kept)\n", pos[0])
	}
	p, err := pipeline.New()
	if err != nil {
		return err
	}
	out, res := p.Page(doc, u, nil, time.Now(), nil)
	if *show == "page" {
		return writePageSummary(e, *format, summarisePage(u, res, &out))
	}
	listings, hits := out.Listings, out.Hits
	vendors := newVendorIndex(out.Vendors)
	if *show == "listings" {
		w := newWriter(e.stdout, *format, listingHeader(*format))
		for i := range listings {
			vendors.inheritListing(&listings[i])
			if err := writeListing(w, &listings[i]); err != nil {
				return err
			}
		}
		return w.close()
	}
	w := newWriter(e.stdout, *format, hitHeader(*format))
	for i := range hits {
		vendors.inheritHit(&hits[i])
		if err := writeHit(w, &hits[i]); err != nil {
			return err
		}
	}
	if err := w.close(); err != nil {
		return err
	}
	if *format == formatTable {
		fmt.Fprintf(e.stderr, "%d listings, %d hits\n", len(listings), len(hits))
	}
	return nil
}

// readPage reads a saved page, stdin or a URL. It returns the body, its
// content type (when known) and the URL to attribute listings to.
func readPage(ctx context.Context, arg, baseURL, ua, proxy string) ([]byte, string, *url.URL, error) {
	var base *url.URL
	if baseURL != "" {
		b, err := url.Parse(baseURL)
		if err != nil || (b.Scheme != "http" && b.Scheme != "https") || b.Host == "" {
			return nil, "", nil, usageError("--base-url %q is not an absolute http(s) URL", baseURL)
		}
		base = b
	}
	if strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://") {
		u, err := url.Parse(arg)
		if err != nil || u.Host == "" {
			return nil, "", nil, usageError("%q is not a valid URL", arg)
		}
		body, ctype, final, err := fetchOne(ctx, u, ua, proxy)
		if err != nil {
			return nil, "", nil, err
		}
		if base == nil {
			base = final
		}
		return body, ctype, base, nil
	}
	var r io.Reader = os.Stdin
	if arg != "-" {
		f, err := os.Open(arg)
		if err != nil {
			return nil, "", nil, usageError("scan: %v", err)
		}
		defer f.Close()
		r = f
		if base == nil {
			abs, _ := filepath.Abs(arg)
			base = &url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
		}
	} else if base == nil {
		base = &url.URL{Scheme: "file", Path: "/dev/stdin"}
	}
	body, err := io.ReadAll(io.LimitReader(r, maxScanBytes))
	if err != nil {
		return nil, "", nil, fmt.Errorf("read %s: %w", arg, err)
	}
	return body, "", base, nil
}

// fetchOne GETs a single URL the analyst named (no crawl, no robots.txt).
func fetchOne(ctx context.Context, u *url.URL, ua, proxy string) ([]byte, string, *url.URL, error) {
	tr := &http.Transport{}
	if proxy != "" {
		pu, _ := url.Parse(proxy)
		tr.Proxy = http.ProxyURL(pu)
	}
	client := &http.Client{Transport: tr, Timeout: 60 * time.Second}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", nil, usageError("%v", err)
	}
	req.Header.Set("User-Agent", ua)
	resp, err := client.Do(req)
	if err != nil {
		return nil, "", nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		return nil, "", nil, fmt.Errorf("fetch %s: HTTP %d", u, resp.StatusCode)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxScanBytes))
	if err != nil {
		return nil, "", nil, fmt.Errorf("read %s: %w", u, err)
	}
	return body, resp.Header.Get("Content-Type"), resp.Request.URL, nil
}
