package extract

import (
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/npswatch/npswatch"
)

func FuzzParseClaimRules(f *testing.F) {
	raw, err := os.ReadFile("../seeds/claims.tsv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(raw))
	f.Add("stealth\ten\t\\bstealth\\b\n")
	f.Add("kind\tlang\tpattern\nreship\tzh\t重发|补发")
	f.Add("x\ty\t(")
	f.Fuzz(func(t *testing.T, in string) {
		rules, err := ParseClaimRules(strings.NewReader(in))
		if err != nil {
			return
		}
		// whatever parses must compile
		if _, err := New(&Options{Claims: rules}); err != nil {
			t.Fatalf("parsed rules do not compile: %v", err)
		}
	})
}

func FuzzClaims(f *testing.F) {
	for _, tc := range claimCases {
		f.Add(tc.text)
	}
	f.Add("Stealth\n\npackaging。重发！reship" + strings.Repeat("x", 900) + " reship")
	e := mustExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		for _, c := range e.Claims(text) {
			if c.Text == "" || !slices.Contains(npswatch.ClaimKinds, c.Kind) {
				t.Fatalf("bad claim %+v", c)
			}
			if utf8.ValidString(text) && !strings.Contains(collapse(text), c.Text) {
				t.Fatalf("claim sentence %q is not in the text", c.Text)
			}
		}
	})
}

func FuzzContacts(f *testing.F) {
	f.Add("WhatsApp: +86 138 0013 8000, mail a@b.io, t.me/abcd, QQ：12345")
	f.Add("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQ==\n-----END PGP PUBLIC KEY BLOCK-----")
	f.Add("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
	f.Fuzz(func(t *testing.T, text string) {
		seen := map[npswatch.Contact]bool{}
		for _, c := range Contacts(text) {
			if c.Value == "" || seen[c] {
				t.Fatalf("empty or repeated contact %+v", c)
			}
			seen[c] = true
		}
	})
}

func FuzzPage(f *testing.F) {
	files, _ := filepath.Glob("testdata/pages/*.html")
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(raw))
	}
	f.Add(`<script type="application/ld+json">[[[[{"@graph":{"@type":["Product"],"name":{"name":1e999}}}]]]]</script>`)
	f.Add(`<table><tr><th colspan="99999">CAS</th></tr><tr><td>50-00-0</td></tr></table>`)
	f.Add(`<div itemscope itemtype="http://schema.org/Product"><div itemprop="offers" itemscope></div></div>`)
	e := mustExtractor(f)
	u, _ := url.Parse("https://fuzz.example/p")
	f.Fuzz(func(t *testing.T, page string) {
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
		if err != nil {
			return
		}
		res := e.Page(doc, u)
		for _, l := range res.Listings {
			if err := l.Validate(); err != nil {
				t.Fatalf("invalid listing %+v: %v", l, err)
			}
		}
	})
}
