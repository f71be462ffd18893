package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTargetSelectors: a site whose markup the generic extractors cannot
// read is crawled with the target's CSS selectors; a bad selector is named
// with its line by `targets check`.
func TestTargetSelectors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
			return
		}
		fmt.Fprint(w, `<html><body><div id="app">
<section class="x9"><span class="k1">Item A-17</span><span class="k2">39742-60-4</span><span class="k3">ask</span></section>
<section class="x9"><span class="k1">Item B-02</span><span class="k2">7647-14-5</span><span class="k3">ask</span></section>
</div></body></html>`)
	}))
	t.Cleanup(srv.Close)
	dir := t.TempDir()
	file := filepath.Join(dir, "targets.yaml")
	yaml := fmt.Sprintf(`targets:
  - name: odd-shop
    start_urls: [%s/]
    depth: 0
    rate: 100
    selectors:
      item: section.x9
      product: .k1
      cas: .k2
      price: .k3
`, srv.URL)
	if err := os.WriteFile(file, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, errOut, code := runCLI(t, "targets", "check", file); code != 0 {
		t.Fatalf("targets check exit %d: %s %s", code, out, errOut)
	}
	db := filepath.Join(dir, "s.db")
	if out, errOut, code := runCLI(t, "crawl", "--db", db, "--targets", file); code != 0 {
		t.Fatalf("crawl exit %d\n%s\n%s", code, out, errOut)
	}
	hits, _, _ := runCLI(t, "hits", "--db", db, "--format", "csv")
	if !strings.Contains(hits, "Item A-17") || !strings.Contains(hits, "39742-60-4") || strings.Contains(hits, "Item B-02") {
		t.Errorf("hits through selectors:\n%s", hits)
	}
	bad := strings.Replace(yaml, "item: section.x9", "item: section[", 1)
	if err := os.WriteFile(file, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := runCLI(t, "targets", "check", file)
	if code != 2 || !strings.Contains(errOut, "selector item") || !strings.Contains(errOut, ":6:") {
		t.Errorf("bad selector: exit %d, stderr %q", code, errOut)
	}
}
