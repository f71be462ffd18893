package matcher_test

import (
	"fmt"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/matcher"
	"github.com/npswatch/npswatch/seeds"
)

func ExampleNew() {
	subs, err := seeds.Watchlist()
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err := matcher.New(subs, &matcher.Options{MinConfidence: 0.5})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range m.Lookup("21409-26-7") {
		fmt.Println(s.ID, s.Name, s.Severity)
	}
	// Output: 4-anpp ANPP high
}

func ExampleMatcher_Match() {
	subs, _ := seeds.Watchlist()
	m, _ := matcher.New(subs, nil)
	listings := []*npswatch.Listing{
		{URL: "https://shop.example/p/1", Product: "4-A N P P, 99%", Text: "despropionyl f3nt@nyl", CAS: []string{"21409-26-7"}},
		{URL: "https://shop.example/p/2", Product: "Acetyl-Fentanyl HCl"},
		{URL: "https://shop.example/p/3", Product: "meta-fluoro-valerylfentanyl"},
		{URL: "https://shop.example/p/4", Product: "Fentanyl Test Strips", Text: "Detects fentanyl in 5 minutes."},
	}
	for _, l := range listings {
		hits := m.Match(l)
		if len(hits) == 0 {
			fmt.Printf("%s: no hit\n", l.Product)
		}
		for _, h := range hits {
			fmt.Printf("%s: %s (%s, %s) by %s %.2f, span %q\n", l.Product, h.Substance.ID, h.Substance.Severity,
				h.Substance.Class, h.Match.Kind, h.Match.Confidence, h.Match.Span)
		}
	}
	// Output:
	// 4-A N P P, 99%: 4-anpp (high, ) by cas 0.99, span "21409-26-7"
	// Acetyl-Fentanyl HCl: acetylfentanyl (critical, fentanyl) by name 0.90, span "Acetyl-Fentanyl"
	// meta-fluoro-valerylfentanyl: fentanyl-class (critical, fentanyl) by class 0.70, span "meta-fluoro-valerylfentanyl"
	// Fentanyl Test Strips: no hit
}

func ExampleNormalize() {
	fmt.Println(matcher.Normalize("F3nt@nyl HCl, 99%"))
	fmt.Println(matcher.Normalize("Саrfеntаnil")) // Cyrillic С, а, е
	fmt.Println(matcher.Normalize("４-ＡＮＰＰ"))
	fmt.Println(matcher.Normalize("α-Methylfentanyl"))
	// Output:
	// fentanyl hcl 99
	// carfentanil
	// 4 anpp
	// alpha methylfentanyl
}
