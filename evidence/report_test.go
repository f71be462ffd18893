package evidence

import (
	"strings"
	"testing"
)

func TestReports(t *testing.T) {
	path, _ := writeTest(t, WriteOptions{})
	_, files := zipEntries(t, path)
	html, md := string(files[reportHTMLPath]), string(files[reportMDPath])
	common := []string{"What this proves and what it does not", "Neither proves that the marketplace served", "lstA", "hitA",
		"39742-60-4", "192.0.2.10:80", "TLS 1.3", strings.Repeat("c3", 32), strings.Repeat("e5", 32), strings.Repeat("a1", 32),
		"sha256:" + testBundle(t).Captures[0].SHA256, "wl-0123abcd", "reship", "Customs clearance guaranteed", "@larkfield",
		"21 CFR 1310.02", "0.99", "valid CAS on the listing", "2026-11-27T09:00:00Z", "workstation-1",
		"https through an http proxy tunnel", "not recorded (HTTPS through a proxy tunnel)"}
	for _, s := range append(common, "system clock (UTC)", "Case 7 &lt;Larkfield&gt;") {
		if !strings.Contains(html, s) {
			t.Errorf("report.html lacks %q", s)
		}
	}
	for _, s := range append(common, `system clock (UTC)`, `Case 7 \<Larkfield\>`, `\[carfentanil\](javascript:x)`) {
		if !strings.Contains(md, s) {
			t.Errorf("report.md lacks %q", s)
		}
	}
	// Site text is escaped: no live markup from the forum post.
	if strings.Contains(html, "<script>") || !strings.Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("report.html does not escape site text")
	}
	if strings.Contains(html, "<b>in</b>") {
		t.Error("report.html lets a hit's reason through unescaped")
	}
	for _, bad := range []string{"<script>", "*fast*", "Analyst *A*", `\(`, `\:`} {
		if strings.Contains(md, bad) {
			t.Errorf("report.md has %q (unescaped markup, or an escape it does not need)", bad)
		}
	}
	if !strings.Contains(md, "`` a`b@evil.example ``") {
		t.Error("report.md: a backtick in site text must widen the code span")
	}
}

func TestMarkdownEscapes(t *testing.T) {
	for in, want := range map[string]string{
		"plain text 1.5 mg":      "plain text 1.5 mg",
		"<img src=x>":            `\<img src=x\>`,
		"[a](b)":                 `\[a\](b)`,
		"(UTC)":                  "(UTC)",
		"127.0.0.1:18931":        "127.0.0.1:18931",
		"see http://x.example/p": `see http\://x.example/p`,
		"mail a.b@c.example":     `mail a.b\@c.example`,
		"www.evil.example":       `www\.evil.example`,
		"@larkfield":             "@larkfield",
		"line\nbreak":            "line break",
		"*_`~|#!&:@\\":           "\\*\\_\\`\\~\\|#!\\&:@\\\\",
		"bad\x00\xff":            "bad\uFFFD",
	} {
		if got := md(in); got != want {
			t.Errorf("md(%q) = %q, want %q", in, got, want)
		}
	}
	if code("") != "none" || code("a`b") != "`` a`b ``" || code("x\ny") != "` x y `" {
		t.Error("code spans")
	}
}
