package matcher

import (
	"slices"
	"strings"
	"unicode"

	"github.com/npswatch/npswatch"
)

// derived.go makes the names a watchlist implies but does not list: the
// truncations vendors write ("carfent", "isotonit") and names that join a
// Latin prefix to a listed entry's Chinese name ("1-Boc-4-哌啶酮").

// truncatedStems are the name endings vendors cut, with the stubs they cut
// them to. Analyst slang glossaries and market listings write "fent" for
// fentanyl, "carfent", "acetyl fent"; "isotonit", "metonit", "protonitaz"
// for the nitazenes.
var truncatedStems = []struct {
	full  string
	stubs []string
	min   int // the shortest prefix before the stem that may be cut (0: the stem alone may)
}{
	{full: "fentanyl", stubs: []string{"fent"}},
	{full: "fentanil", stubs: []string{"fent"}},
	{full: "nitazene", stubs: []string{"nitaz", "nit"}, min: 3},
}

// truncations returns the truncated spellings of term: "carfent" for
// "carfentanil", "acetyl fent" for "acetyl fentanyl", "fent" for
// "fentanyl". Systematic names (with digits or brackets) are not cut.
func truncations(term string) []string {
	if strings.ContainsAny(term, "0123456789()[]") {
		return nil
	}
	low := strings.ToLower(term)
	var out []string
	for _, st := range truncatedStems {
		prefix, ok := strings.CutSuffix(low, st.full)
		if !ok || len([]rune(prefix)) < st.min || strings.ContainsFunc(prefix, func(r rune) bool { return r > unicode.MaxASCII }) {
			continue
		}
		for _, stub := range st.stubs {
			out = append(out, term[:len(prefix)]+stub)
		}
	}
	return out
}

// derivedName is an extra name of subs[sub].
type derivedName struct {
	sub  int
	term string
}

// prefixedNames returns, for every entry whose Latin name is a prefix
// ending in a hyphen before another entry's name ("1-boc-" + "4-AP"), that
// prefix before each of the other entry's names, Latin and Chinese:
// "1-Boc-4-(phenylamino)piperidine" and "1-Boc-4-哌啶酮" name
// 1-boc-4-AP and 1-boc-4-piperidone, not 4-AP and 4-piperidone; the longest
// name wins where both match.
func prefixedNames(subs []npswatch.Substance) []derivedName {
	names := make([][]string, len(subs))
	latin := make([][]string, len(subs))
	for i := range subs {
		for _, t := range append([]string{subs[i].Name}, subs[i].Synonyms...) {
			t = stripAnnotation(t)
			if !strings.ContainsFunc(t, func(r rune) bool { return r > unicode.MaxASCII }) {
				latin[i] = append(latin[i], strings.ToLower(t))
			}
			names[i] = append(names[i], t) // Chinese and Cyrillic names take a Latin prefix too
		}
	}
	var out []derivedName
	seen := map[derivedName]bool{}
	for a := range subs {
		for _, ta := range latin[a] {
			for b := range subs {
				if b == a {
					continue
				}
				for _, tb := range latin[b] {
					prefix, ok := strings.CutSuffix(ta, tb)
					if !ok || len(prefix) < 2 || !strings.HasSuffix(prefix, "-") {
						continue
					}
					for _, n := range names[b] {
						d := derivedName{sub: a, term: prefix + n}
						if !seen[d] && !slices.Contains(latin[a], strings.ToLower(d.term)) {
							seen[d] = true
							out = append(out, d)
						}
					}
				}
			}
		}
	}
	return out
}

// cyrillicLetters spells Latin capitals the way Russian writes a Latin
// abbreviation letter by letter: "NPP" is "НПП", "ANPP" "АНПП", "BMK"
// "БМК", "4-AP" "4-АП". Letters with no one Cyrillic spelling (C, H, J,
// Q, W, X, Y) leave the abbreviation as it is.
var cyrillicLetters = map[rune]rune{'A': 'А', 'B': 'Б', 'D': 'Д', 'E': 'Е', 'F': 'Ф', 'G': 'Г', 'I': 'И', 'K': 'К',
	'L': 'Л', 'M': 'М', 'N': 'Н', 'O': 'О', 'P': 'П', 'R': 'Р', 'S': 'С', 'T': 'Т', 'U': 'У', 'V': 'В', 'Z': 'З'}

// cyrillicAbbrev returns the Cyrillic spelling of the Latin abbreviation
// abbr, or false when a letter has none or the spelling reads as Latin.
func cyrillicAbbrev(abbr string) (string, bool) {
	var b strings.Builder
	own := false // a letter no Latin letter imitates (П, Б, Д …): else the Latin key matches already
	for _, r := range abbr {
		switch {
		case r >= 'A' && r <= 'Z':
			c, ok := cyrillicLetters[r]
			if !ok {
				return "", false
			}
			if _, latin := lookalike(c); !latin {
				own = true
			}
			b.WriteRune(c)
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), own
}

// lastWordStart is where the word of ASCII letters that ends term starts
// (lower case only, or either case); len(term) when term ends in anything
// else, a space or a digit.
func lastWordStart(term string, anyCase bool) int {
	start := len(term)
	for start > 0 {
		c := term[start-1]
		if !(c >= 'a' && c <= 'z' || anyCase && c >= 'A' && c <= 'Z') {
			break
		}
		start--
	}
	return start
}

// romanceEndings are the endings Spanish, Portuguese and Italian give the
// international names of drugs and chemicals ("protonitazeno", "ketamina",
// "1-Boc-4-piperidona", "glicidato", "fentanilo"; Spanish writes ze as ce:
// "isotonitaceno"), with the English ending
// each replaces.
var romanceEndings = []struct{ en, other string }{
	{"ene", "eno"}, {"zene", "ceno"}, {"ine", "ina"}, {"one", "ona"}, {"ide", "ida"}, {"ate", "ato"},
	{"yl", "il"}, {"yl", "ilo"},
}

// romanceForms returns term with its last word given the Romance-language
// endings of romanceEndings; words of fewer than six letters are left
// alone ("ice", "tine" are no drug names in any language).
func romanceForms(term string) []string {
	start := lastWordStart(term, false)
	word := term[start:]
	if len(word) < 6 {
		return nil
	}
	var out []string
	for _, e := range romanceEndings {
		if stem, ok := strings.CutSuffix(word, e.en); ok {
			out = append(out, term[:start]+stem+e.other)
		}
	}
	return out
}

// polishSpelling respells the international name of a drug or chemical the
// way Polish writes it ("ksylazyna", "N-fenetylo-4-piperydon",
// "karfentanyl", "izotonitazen"): ph, th, x and qu as f, t, ks and kw; c
// before a hard vowel or consonant as k; iso- as izo-; i after d, r, s, t
// or z as y; and the endings -ine, -one, -ene and -il as -yna/-ina, -on,
// -en and -yl.
var polishSpelling = strings.NewReplacer("ph", "f", "th", "t", "x", "ks", "qu", "kw",
	"ca", "ka", "co", "ko", "cu", "ku", "cr", "kr", "cl", "kl",
	"di", "dy", "ri", "ry", "si", "sy", "ti", "ty", "zi", "zy")

// polishForm returns term spelled the Polish way, when that differs and
// its last word has six letters or more; nil otherwise.
func polishForm(term string) []string {
	if len(term)-lastWordStart(term, false) < 6 {
		return nil
	}
	t := polishSpelling.Replace(strings.ToLower(term))
	if strings.HasPrefix(t, "iso") {
		t = "izo" + t[3:]
	}
	for _, e := range []struct{ en, pl string }{{"yne", "yna"}, {"ine", "ina"}, {"one", "on"}, {"ene", "en"}, {"il", "yl"}} {
		if stem, ok := strings.CutSuffix(t, e.en); ok {
			t = stem + e.pl
			break
		}
	}
	if t == strings.ToLower(term) {
		return nil
	}
	return []string{t}
}

// centralForm returns term with the final e of its -ine, -one, -ene or
// -ide dropped, as Czech, Slovak, German, Dutch and the Nordic languages
// write it (piperidon, xylazin, isotonitazen), when its last word has seven
// letters or more, and with its halogen prefixes written without their o
// (fluor-, chlor-); nil when neither applies.
func centralForm(term string) []string {
	if len(term)-lastWordStart(term, true) < 7 {
		return nil
	}
	var out []string
	low := strings.ToLower(term)
	for _, e := range []string{"ine", "one", "ene", "ide"} {
		if strings.HasSuffix(low, e) {
			out = append(out, term[:len(term)-1])
			break
		}
	}
	// and the halogen prefixes without their o (p-Fluorfentanyl, Chlorisobutyrfentanyl)
	if g := halogenGerman.Replace(low); g != low {
		out = append(out, g)
	}
	return out
}

// halogenGerman writes the halogen prefixes the German and Dutch way.
var halogenGerman = strings.NewReplacer("fluoro", "fluor", "chloro", "chlor", "bromo", "brom", "iodo", "iod")

// taiwanForm returns a Chinese name of a fentanyl with 芬太尼 written as
// Taiwan writes it, 吩坦尼 (the Taiwan FDA's controlled-drug lists: 吩坦尼,
// 卡吩坦尼, 乙醯吩坦尼); nil for other names.
func taiwanForm(term string) []string {
	if !strings.Contains(term, "芬太尼") {
		return nil
	}
	return []string{strings.ReplaceAll(term, "芬太尼", "吩坦尼")}
}

// classStubs returns the prefixes a nitazene's name is cut to in vendors'
// lists ("restocked iso + meto", "proto/buto in stock"): the name before
// "nitazene", and for one ending in "to" of five letters or more, that
// prefix without it ("isoto" → "iso"). Alone such a stub is any word; it
// counts only beside another name of the class in its sentence (paired).
func classStubs(term string) []string {
	low := strings.ToLower(term)
	prefix, ok := strings.CutSuffix(low, "nitazene")
	if !ok || len(prefix) < 3 || strings.ContainsFunc(prefix, func(r rune) bool { return r < 'a' || r > 'z' }) {
		return nil
	}
	out := []string{prefix}
	if p, ok := strings.CutSuffix(prefix, "to"); ok && len(p) >= 3 {
		out = append(out, p)
	}
	return out
}
