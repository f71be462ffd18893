package extract_test

import (
	"fmt"
	"net/url"
	"os"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/npswatch/npswatch/extract"
)

// exampleExtractor builds an Extractor with the claim lexicon that the
// seeds package embeds (read from disk here: packages do not import each
// other; cmd/npswatch passes seeds.ClaimRules()).
func exampleExtractor() *extract.Extractor {
	raw, err := os.ReadFile("../seeds/claims.tsv")
	if err != nil {
		panic(err)
	}
	rules, err := extract.ParseClaimRules(strings.NewReader(string(raw)))
	if err != nil {
		panic(err)
	}
	e, err := extract.New(&extract.Options{Claims: rules})
	if err != nil {
		panic(err)
	}
	return e
}

func ExampleExtractor_Page() {
	const page = `<html><body>
	<div class="grid">
	  <div class="item"><h3><a href="/o/1">NPP powder 99%</a></h3>
	    <p>CAS No.39742-60-4. Stealth packaging.</p><span>US $20-90 / kg</span>
	    <a href="/supplier/hexon">Hexon Biotech</a></div>
	  <div class="item"><h3><a href="/o/2">Caffeine anhydrous</a></h3>
	    <p>CAS 58-08-2</p><span>$12.00</span>
	    <a href="/supplier/qinglan">Qinglan Trading</a></div>
	</div></body></html>`
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		panic(err)
	}
	u, _ := url.Parse("https://market.example/search?q=npp")
	res := exampleExtractor().Page(doc, u)
	fmt.Println(res.Kind)
	for _, l := range res.Listings {
		fmt.Printf("%s | %s | %v | %s | %s | %d claim(s)\n", l.Source, l.Product, l.CAS, l.Price, l.Vendor, len(l.Claims))
	}
	// Output:
	// listing
	// card | NPP powder 99% | [39742-60-4] | US $20-90 / kg | Hexon Biotech | 1 claim(s)
	// card | Caffeine anhydrous | [58-08-2] | $12.00 | Qinglan Trading | 0 claim(s)
}

func ExampleExtractor_Claims() {
	e := exampleExtractor()
	for _, c := range e.Claims("Free shipping over $50. Discreet parcel, no chemical name written on the outside. We do not reship.") {
		fmt.Printf("%s: %s\n", c.Kind, c.Text)
	}
	// Output:
	// stealth: Discreet parcel, no chemical name written on the outside.
}

func ExampleContacts() {
	for _, c := range extract.Contacts("WhatsApp: +86 138 0013 8000 · Telegram @hexon_sales · sales@hexon.example") {
		fmt.Println(c.Kind, c.Value)
	}
	// Output:
	// email sales@hexon.example
	// phone +8613800138000
	// whatsapp +8613800138000
	// telegram @hexon_sales
}

func ExampleParseClaimRules() {
	rules, err := extract.ParseClaimRules(strings.NewReader("# kind\tlang\tpattern\nstealth\ten\t\\bstealth\\b\ncustoms\tzh\t包清关\n"))
	fmt.Println(len(rules), err)
	_, err = extract.ParseClaimRules(strings.NewReader("smuggle\ten\tx\n"))
	fmt.Println(err)
	// Output:
	// 2 <nil>
	// claims line 1: unknown kind "smuggle" (want one of reship, customs, stealth, mislabel, forwarding, escrow, finalize_early): bad claim rule
}
