package htmlparse

import (
	"fmt"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name      string
		html      string
		text      []string // in the document's text, in order
		flattened bool
	}{
		{"plain", "<p>NPP 99% <b>$100</b></p>", []string{"NPP 99% $100"}, false},
		{"nested 2000 deep", "<title>T</title>" + strings.Repeat("<div>", 2000) + "Fentanyl citrate" + strings.Repeat("</div>", 2000) + "<p>after</p>",
			[]string{"Fentanyl citrate", "after"}, true},
		{"deep inline tags keep words apart", strings.Repeat("<span>", 600) + "one" + strings.Repeat("</span>", 600) + "two",
			[]string{"one", "two"}, true},
		{"unclosed tags", strings.Repeat("<b><i>", 700) + "deep text", []string{"deep text"}, true},
		{"noscript is read as markup", `<head><noscript><link rel="stylesheet" href="/ns.css"></noscript></head><body><div id="app"></div>` +
			`<noscript id="flarum-content"><div class="Post-body"><p>Protonitazene 1 g, 90 USDT</p></div></noscript>`,
			[]string{"Protonitazene 1 g, 90 USDT"}, false},
		{"script and style survive", "<script>var x = '<div>'.repeat(999)</script>" + strings.Repeat("<div>", 600) + "body text", []string{"body text"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, flat, err := Parse(strings.NewReader(tc.html))
			if err != nil {
				t.Fatal(err)
			}
			if flat != tc.flattened {
				t.Errorf("flattened = %v, want %v", flat, tc.flattened)
			}
			text, at := doc.Text(), 0
			for _, w := range tc.text {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Fatalf("%q not in the text after offset %d: %.120q", w, at, text[at:])
				}
				at += i + len(w)
			}
		})
	}
}

// A <noscript> element's content is parsed as elements, as a browser with
// scripting off shows it, not kept as one text node.
func TestParseNoscript(t *testing.T) {
	doc, _, err := Parse(strings.NewReader(`<body><noscript><ul class="DiscussionList"><li><a href="/d/12">NPP 99%</a></li></ul></noscript>`))
	if err != nil {
		t.Fatal(err)
	}
	if href, ok := doc.Find("noscript ul.DiscussionList li a").Attr("href"); !ok || href != "/d/12" {
		t.Errorf("the link inside noscript is not an element: %q %v", href, ok)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("<p>NPP</p>")
	f.Add(strings.Repeat("<div>", 600) + "x")
	f.Add(strings.Repeat("<table><tr><td>", 300))
	f.Fuzz(func(t *testing.T, s string) {
		doc, _, err := Parse(strings.NewReader(s))
		if err == nil && doc == nil {
			t.Fatal("no document and no error")
		}
	})
}

func ExampleParse() {
	page := strings.Repeat("<div>", 1000) + "Protonitazene 1 g $90" + strings.Repeat("</div>", 1000)
	doc, flattened, err := Parse(strings.NewReader(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(flattened, strings.TrimSpace(doc.Text()))
	// Output: true Protonitazene 1 g $90
}
