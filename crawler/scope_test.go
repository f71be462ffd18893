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
