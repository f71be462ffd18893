package hanfold

import (
	"testing"
	"unicode/utf8"
)

func TestString(t *testing.T) {
	for in, want := range map[string]string{
		"乙醯芬太尼":       "乙酰芬太尼",
		"包清關，隱秘包裝":    "包清关，隐秘包装",
		"發貨地：臺灣":      "发货地：台湾",
		"求購 假麻黃鹼":     "求购 假麻黄碱",
		"調查局查獲":       "调查局查获",
		"N-苯乙基-4-哌啶酮": "N-苯乙基-4-哌啶酮",
		"fentanyl":    "fentanyl",
	} {
		if got := String(in); got != want {
			t.Errorf("String(%q) = %q, want %q", in, got, want)
		}
		if len(String(in)) != len(in) {
			t.Errorf("String(%q) changed the byte length", in)
		}
	}
}

func TestTablePreservesWidth(t *testing.T) {
	once.Do(load)
	if len(table) < 2000 {
		t.Fatalf("table holds %d characters; OpenCC's t2s has about 2,700 one-for-one", len(table))
	}
	for tr, s := range table {
		if tr == s || utf8.RuneLen(tr) != utf8.RuneLen(s) {
			t.Errorf("%c→%c maps to itself or changes the UTF-8 width", tr, s)
		}
	}
}

func TestPairsListedOnce(t *testing.T) {
	rs := []rune(pairs)
	if len(rs)%2 != 0 {
		t.Fatalf("pairs holds an odd number of characters")
	}
	seen := map[rune]bool{}
	for i := 0; i < len(rs); i += 2 {
		if rs[i] == rs[i+1] || seen[rs[i]] {
			t.Errorf("%c listed twice or mapped to itself", rs[i])
		}
		seen[rs[i]] = true
	}
}
