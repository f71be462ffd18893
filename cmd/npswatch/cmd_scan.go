package main

import (
	"bytes"
	"context"
	"errors"
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

// Scan defaults: the most of a page read (--max-size, MiB) and how long a
// scan may take (--timeout).
const (
	defaultScanMiB     = 64
	defaultScanTimeout = 5 * time.Minute
)

func runScan(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "scan", "FILE.html|URL|- [--base-url URL] [--format table|jsonl|csv] [--show hits|listings|page] [--timeout D] [--max-size MiB]")
	timeout := fs.Duration("timeout", defaultScanTimeout, "give up after this `duration` (0: never); Ctrl-C and SIGTERM stop a scan at once")
	maxMiB := fs.Int("max-size", defaultScanMiB, "read at most this many `MiB` of the page; a larger page is cut there, and scan says so")
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
	if *maxMiB <= 0 || *maxMiB > 4096 {
		return usageError("--max-size %d: want 1 to 4096 MiB", *maxMiB)
	}
	if *timeout < 0 {
		return usageError("--timeout %s: want a positive duration, or 0 for none", *timeout)
	}
	if *timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, *timeout)
		defer cancel()
	}
	// the scan runs beside the wait, so a signal or the timeout ends the
	// command at once, whatever the extraction is doing
	done := make(chan error, 1)
	go func() {
		done <- scanPage(ctx, e, pos[0], scanOptions{baseURL: *baseURL, ua: *ua, proxy: *proxy, format: *format, show: *show, maxBytes: int64(*maxMiB) << 20})
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return fmt.Errorf("scan %s: gave up after %s (--timeout)", pos[0], *timeout)
		}
		return ctx.Err()
	}
}

// scanOptions are scan's flags.
type scanOptions struct {
	baseURL, ua, proxy, format, show string
	maxBytes                         int64
}

// scanPage reads, extracts and prints one page.
func scanPage(ctx context.Context, e *env, arg string, o scanOptions) error {
	body, ctype, u, err := readPage(ctx, arg, o.baseURL, o.ua, o.proxy, o.maxBytes, e)
	if err != nil {
		return err
	}
	rd, err := charset.NewReader(bytes.NewReader(body), ctype)
	if err != nil {
		rd = bytes.NewReader(body)
	}
	doc, flattened, err := htmlparse.Parse(rd)
	if err != nil {
		return fmt.Errorf("%s: %w", arg, err)
	}
	if flattened {
		fmt.Fprintf(e.stderr, "npswatch: %s is nested too deep for the HTML parser: read with its deepest elements dropped (their text kept)\n", arg)
	}
	p, err := pipeline.New()
	if err != nil {
		return err
	}
	out, res := p.Page(doc, u, nil, time.Now(), nil)
	if o.show == "page" {
		return writePageSummary(e, o.format, summarisePage(u, res, &out))
	}
	listings, hits := out.Listings, out.Hits
	vendors := newVendorIndex(out.Vendors)
	if o.show == "listings" {
		w := newWriter(e.stdout, o.format, listingHeader(o.format))
		for i := range listings {
			vendors.inheritListing(&listings[i])
			if err := writeListing(w, &listings[i]); err != nil {
				return err
			}
		}
		return w.close()
	}
	w := newWriter(e.stdout, o.format, hitHeader(o.format))
	for i := range hits {
		vendors.inheritHit(&hits[i])
		if err := writeHit(w, &hits[i], ""); err != nil {
			return err
		}
	}
	if err := w.close(); err != nil {
		return err
	}
	if o.format == formatTable {
		fmt.Fprintf(e.stderr, "%d listings, %d hits\n", len(listings), len(hits))
	}
	return nil
}

// readPage reads a saved page, stdin or a URL. It returns the body, its
// content type (when known) and the URL to attribute listings to.
func readPage(ctx context.Context, arg, baseURL, ua, proxy string, maxBytes int64, e *env) ([]byte, string, *url.URL, error) {
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
		body, ctype, final, err := fetchOne(ctx, u, ua, proxy, maxBytes, e)
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
	body, err := readCapped(r, maxBytes, arg, e)
	if err != nil {
		return nil, "", nil, err
	}
	return body, "", base, nil
}

// fetchOne GETs a single URL the analyst named (no crawl, no robots.txt).
func fetchOne(ctx context.Context, u *url.URL, ua, proxy string, maxBytes int64, e *env) ([]byte, string, *url.URL, error) {
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
	body, err := readCapped(resp.Body, maxBytes, u.String(), e)
	if err != nil {
		return nil, "", nil, err
	}
	return body, resp.Header.Get("Content-Type"), resp.Request.URL, nil
}

// readCapped reads r up to maxBytes; a longer page is cut there and the
// cut is said on stderr, with how to read more.
func readCapped(r io.Reader, maxBytes int64, name string, e *env) ([]byte, error) {
	body, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(body)) > maxBytes {
		body = body[:maxBytes]
		fmt.Fprintf(e.stderr, "npswatch: %s is larger than %d MiB: only its first %d MiB were read (--max-size to read more)\n", name, maxBytes>>20, maxBytes>>20)
	}
	return body, nil
}
