package crawler

import (
	"net/url"
	"testing"
)

// TestScopePorts: scope compares the host and its effective port; a start
// URL on a default port admits the TLS upgrade of the same site, no other
// port of it.
func TestScopePorts(t *testing.T) {
	tests := []struct {
		entry scopeEntry
		url   string
		in    bool
	}{
		{scopeEntry{"http", "shop.example"}, "http://shop.example/a", true},
		{scopeEntry{"http", "shop.example"}, "http://shop.example:80/a", true},
		{scopeEntry{"http", "shop.example"}, "https://shop.example/a", true},
		{scopeEntry{"http", "shop.example"}, "http://shop.example:8080/a", false},
		{scopeEntry{"http", "shop.example"}, "https://shop.example:8443/a", false},
		{scopeEntry{"https", "shop.example:443"}, "http://shop.example:81/", false},
		{scopeEntry{"http", "127.0.0.1:18400"}, "http://127.0.0.1:18400/x", true},
		{scopeEntry{"http", "127.0.0.1:18400"}, "http://127.0.0.1:18401/x", false},
		{scopeEntry{"http", "127.0.0.1:18400"}, "http://127.0.0.1/x", false},
		{scopeEntry{"", "Shop.Example"}, "https://shop.example/", true},
		{scopeEntry{"", "shop.example"}, "http://shop.example:3000/", false},
		{scopeEntry{"", "shop.example:3000"}, "http://shop.example:3000/", true},
		{scopeEntry{"http", "shop.example"}, "http://other.example/", false},
	}
	for _, tt := range tests {
		s := newScope([]scopeEntry{tt.entry}, nil, nil)
		u, err := url.Parse(tt.url)
		if err != nil {
			t.Fatal(err)
		}
		if got := s.in(u); got != tt.in {
			t.Errorf("scope %+v: in(%s) = %v, want %v", tt.entry, tt.url, got, tt.in)
		}
	}
}

func TestNextPage(t *testing.T) {
	tests := []struct {
		page, link string
		next       bool
	}{
		{"http://h/s/chan", "http://h/s/chan?before=1043", true},
		{"http://h/s/chan?before=1043", "http://h/s/chan?before=1037", true},
		{"http://h/cat?id=5", "http://h/cat?id=5&page=2", true},
		{"http://h/cat?id=5&page=2", "http://h/cat?id=5&page=3", true},
		{"http://h/blog/", "http://h/blog/page/2/", true},
		{"http://h/blog/page/2/", "http://h/blog/page/3/", true},
		{"http://h/cat?id=5", "http://h/cat?id=6", false},
		{"http://h/cat?id=5", "http://h/cat?id=5&sort=price", false},
		{"http://h/cat?id=5&page=2", "http://h/cat?id=6&page=3", false},
		{"http://h/s/chan", "http://h/chan/1043", false},
		{"http://h/a", "http://other/a?page=2", false},
		{"http://h/a", "http://h/a", false},
	}
	for _, tt := range tests {
		p, _ := url.Parse(tt.page)
		l, _ := url.Parse(tt.link)
		if got := nextPage(p, l); got != tt.next {
			t.Errorf("nextPage(%s, %s) = %v, want %v", tt.page, tt.link, got, tt.next)
		}
	}
}
