package matcher_test

import (
	"strings"
	"testing"
)

func TestTransliteratedNames(t *testing.T) {
	m := mustMatcher(t)
	runMatchCases(t, m, []matchCase{
		{"katakana", listing("イソトニタゼン 粉末 1g", "研究用"), []string{"isotonitazene:name"}},
		{"hangul", listing("카르펜타닐 고순도", ""), []string{"carfentanil:name"}},
		{"katakana word that is no drug", listing("コーヒーカップ 2個", "ステンレス"), nil},
		{"hangul beside the Latin name", listing("펜타닐 검사 스트립 10개입 (Fentanyl test strip)", ""), nil},
	})
	hits := m.Match(listing("キシラジン塩酸塩", ""))
	if len(hits) != 1 || hits[0].Product != "キシラジン塩酸塩" {
		t.Fatalf("hits %v: want one, on the product as written", summary(hits))
	}
	if r := hits[0].Match.Reason; !strings.Contains(r, "transliteration") {
		t.Errorf("reason %q does not say it read a transliteration", r)
	}
}

func TestPolishNames(t *testing.T) {
	m := mustMatcher(t)
	runMatchCases(t, m, []matchCase{
		{"ksylazyna", listing("Ksylazyna HCl 99%", ""), []string{"xylazine:name"}},
		{"karfentanyl", listing("Karfentanyl 1 g", ""), []string{"carfentanil:name"}},
		{"izotonitazen", listing("Izotonitazen proszek", ""), []string{"isotonitazene:name"}},
	})
}
