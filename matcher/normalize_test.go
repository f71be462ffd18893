package matcher

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"leet and salt", "F3nt@nyl HCl, 99%", "fentanyl hcl 99"},
		{"cyrillic look-alike", "Аcetyl‐Fentanyl", "acetyl fentanyl"},
		{"greek look-alike inside a word", "fentαnyl", "fentanyl"},
		{"greek capitals as written", "4-ΑΝΡΡ", "4 anpp"}, // capital Nu is an N; its small ν would be a v
		{"greek locant", "α-methylfentanyl", "alpha methylfentanyl"},
		{"greek locant with prime", "α'-methyl", "alpha methyl"},
		{"fullwidth", "４-ＡＮＰＰ", "4 anpp"},
		{"zero width and soft hyphen", "fen\u200btan\u00adyl", "fentanyl"},
		{"diacritics", "Fëntänyl", "fentanyl"},
		{"letters spaced", "C-a-r-f", "c a r f"},
		{"dotted", "4-A.N.P.P", "4 a n p p"},
		{"locant digits survive", "1-boc-4-AP", "1 boc 4 ap"},
		{"formula survives", "KMnO4", "kmno4"},
		{"leading digit survives", "4ANPP 1boc4ap", "4anpp 1boc4ap"},
		{"cas survives", "CAS 21409-26-7", "cas 21409 26 7"},
		{"leading zero", "0xycodone", "oxycodone"},
		{"trailing one", "fentany1", "fentanyi"},
		{"short word keeps digits", "h2o b12", "h2o b12"},
		{"leet symbol outside a word", "$100 @ shop!", "100 shop"},
		{"racemic", "(±)-methamphetamine", "rac methamphetamine"},
		{"chinese stays together", "出售 芬太尼粉末", "出售 芬太尼粉末"},
		{"mixed chinese", "4-苯胺基-N-苯乙基哌啶", "4 苯胺基 n 苯乙基哌啶"},
		{"russian stays russian", "фентанил", "фентанил"},
		{"ligature", "ﬁne", "fine"},
		{"invalid utf-8", "fen\xfftanyl", "fen tanyl"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeFlags(t *testing.T) {
	nt := normalize("F3nt@nyl plain Fеntanyl")
	want := []bool{true, false, true}
	if len(nt.toks) != len(want) {
		t.Fatalf("got %d tokens", len(nt.toks))
	}
	for i, w := range want {
		if got := nt.toks[i].flags&flagObfuscated != 0; got != w {
			t.Errorf("token %d %q obfuscated=%v, want %v", i, nt.text(i), got, w)
		}
	}
}

func TestNormalizeSentences(t *testing.T) {
	nt := normalize("We do not sell NPP. 4-A.N.P.P; ok\nnext")
	var sents []int32
	for _, tk := range nt.toks {
		sents = append(sents, tk.sent)
	}
	// we do not sell npp | 4 a n p p | ok | next
	want := []int32{0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 3}
	if len(sents) != len(want) {
		t.Fatalf("got sentences %v", sents)
	}
	for i := range want {
		if sents[i] != want[i] {
			t.Fatalf("got sentences %v, want %v", sents, want)
		}
	}
}

func TestFoldKey(t *testing.T) {
	if got := string(foldKey([]byte("carfentanil fentanyl"))); got != "carfentanyi fentanyi" {
		t.Errorf("foldKey = %q", got)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"F3nt@nyl HCl 99%", "Аcetyl‐Fentanyl", "α-methyl", "４-ＡＮＰＰ", "fen\u200btanyl",
		"出售芬太尼", "(±)-x", "a@b$c!d|e", "\xff\xfe", "ǆ ﬁ ①", "fëntanyl", "1boc4ap", "C-a-r-f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		nt := normalize(s)
		prevEnd := int32(0)
		for i, tk := range nt.toks {
			if tk.start < 0 || tk.end <= tk.start || int(tk.end) > len(nt.buf) {
				t.Fatalf("token %d buffer range [%d,%d) out of %d", i, tk.start, tk.end, len(nt.buf))
			}
			if tk.oStart < prevEnd || tk.oEnd <= tk.oStart || int(tk.oEnd) > len(s) {
				t.Fatalf("token %d original range [%d,%d) after %d, text %d", i, tk.oStart, tk.oEnd, prevEnd, len(s))
			}
			if i > 0 && tk.start != nt.toks[i-1].end {
				t.Fatalf("token %d does not follow token %d in the buffer", i, i-1)
			}
			prevEnd = tk.oEnd
		}
		if len(nt.key) != len(nt.buf) {
			t.Fatalf("key length %d, buffer %d", len(nt.key), len(nt.buf))
		}
		n1 := Normalize(s)
		if !utf8.ValidString(n1) {
			t.Fatalf("Normalize(%q) = %q is not UTF-8", s, n1)
		}
		if strings.Contains(n1, "  ") || strings.HasPrefix(n1, " ") || strings.HasSuffix(n1, " ") {
			t.Fatalf("Normalize(%q) = %q has stray spaces", s, n1)
		}
		if n2 := Normalize(n1); n2 != n1 {
			t.Fatalf("not idempotent: %q → %q → %q", s, n1, n2)
		}
	})
}
