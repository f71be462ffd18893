package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// A log line written while the progress line is shown clears it, is written
// whole on its own line, and the progress line comes back after it.
func TestConsoleKeepsLogAboveProgress(t *testing.T) {
	var b bytes.Buffer
	c := &console{w: &b}
	c.setStatus("fetched 3")
	fmt.Fprint(c, "level=WARN msg=\"fetch failed\"\n")
	c.setStatus("fetched 4")
	c.setStatus("")
	want := "\r\033[Kfetched 3" + "\r\033[Klevel=WARN msg=\"fetch failed\"\nfetched 3" + "\r\033[Kfetched 4" + "\r\033[K"
	if b.String() != want {
		t.Errorf("console wrote %q, want %q", b.String(), want)
	}
}

// Twelve 404s give three warnings and one line that sums up the other nine
// (issue 12: 219 warning lines for 33 pages); --log-level debug shows each.
func TestCrawlSummarisesRepeatedWarnings(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case "/":
			fmt.Fprint(w, "<html><body><h1>Shop</h1>")
			for i := range 12 {
				fmt.Fprintf(w, `<a href="/gone/%d">old %d</a> `, i, i)
			}
			fmt.Fprint(w, "</body></html>")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	for _, tt := range []struct {
		level        string
		shown, extra int
	}{{"warn", 3, 1}, {"debug", 12, 0}} {
		_, errOut, code := runCLI(t, "crawl", "--db", filepath.Join(t.TempDir(), "w.db"), "--rate", "100", "--depth", "1",
			"--log-level", tt.level, srv.URL+"/")
		if code != 0 {
			t.Fatalf("crawl exit %d\n%s", code, errOut)
		}
		shown := strings.Count(errOut, `msg="fetch failed"`)
		extra := strings.Count(errOut, `9 more like "fetch failed: HTTP 404" not shown (12 in all`)
		if shown != tt.shown || extra != tt.extra {
			t.Errorf("--log-level %s: %d fetch-failed lines and %d summaries, want %d and %d:\n%s", tt.level, shown, extra, tt.shown, tt.extra, errOut)
		}
	}
}
