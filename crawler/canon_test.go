package crawler_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/npswatch/npswatch/crawler"
)

func TestCanonical(t *testing.T) {
	c := crawler.NewCanonicalizer(crawler.DefaultDropParams)
	base, _ := url.Parse("http://Shop.Example:80/dir/page.html?x=1")
	tests := []struct{ in, want string }{
		{"#frag", "http://shop.example/dir/page.html?x=1"},
		{"item?id=3&utm_source=mail&utm_medium=x", "http://shop.example/dir/item?id=3"},
		{"/p?b=2&a=1", "http://shop.example/p?a=1&b=2"},
		{"/p?sort=price&order=asc&view=grid&page=2", "http://shop.example/p?page=2"},
		{"/index.php?option=com_shop&view=productdetails&id=12", "http://shop.example/index.php?id=12&option=com_shop&view=productdetails"},
		{"/p?layout=list&id=3", "http://shop.example/p?id=3"},
		{"/" + strings.Repeat("Ⱥ", 14) + ";jsessionid=1", "http://shop.example/" + url.PathEscape(strings.Repeat("Ⱥ", 14))},
		{"/İ;JSESSIONID=1", "http://shop.example/" + url.PathEscape("İ")},
		{"/p?PHPSESSID=abc&sid=1&sessionid=2", "http://shop.example/p"},
		{"/p;jsessionid=ABC", "http://shop.example/p"},
		{"../up/./x", "http://shop.example/up/x"},
		{"HTTPS://user:pw@Other.Example:443/", "https://other.example/"},
		{"http://other.example", "http://other.example/"},
		{"http://other.example:8080/a", "http://other.example:8080/a"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := c.Canonical(base, tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != tt.want {
				t.Errorf("Canonical(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
	for _, bad := range []string{"mailto:a@b.example", "javascript:void(0)", "ftp://x.example/", "http://%zz"} {
		if u, err := c.Canonical(base, bad); err == nil {
			t.Errorf("Canonical(%q) = %s, want error", bad, u)
		}
	}
}

func FuzzCanonical(f *testing.F) {
	c := crawler.NewCanonicalizer(crawler.DefaultDropParams)
	base, _ := url.Parse("http://shop.example/a/b")
	for _, s := range []string{"/" + strings.Repeat("Ⱥ", 14) + ";jsessionid=1", "x?utm_source=1#f", "//h.example/%41", "?a=1&a=0", "../../..", "http://[::1]:80/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := c.Canonical(base, s)
		if err != nil {
			return
		}
		again, err := c.Canonical(nil, u.String())
		if err != nil {
			t.Fatalf("canonical %q of %q does not parse: %v", u, s, err)
		}
		if again.String() != u.String() {
			t.Fatalf("not idempotent: %q → %q → %q", s, u, again)
		}
	})
}
