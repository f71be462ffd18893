package matcher

import (
	"strings"
	"unicode/utf8"
)

// kana.go reads drug and chemical names written in Japanese katakana or
// Korean hangul. Both scripts write these names as sound-for-sound
// transliterations of the international name (イソトニタゼン, 이소토니타젠:
// isotonitazene), so a name is compared by its consonant skeleton: the
// consonants in order, with the sounds each script cannot tell apart merged
// (l and r, f and p, v and b, j and z, g and k, ch/ts and t, c and k or s,
// x as ks), h and y and every vowel dropped, doubles collapsed, and a mark
// when the name starts with a vowel. A run of
// kana or hangul whose skeleton is the skeleton of exactly one watched
// name, five consonants or more, is glossed with that name before
// matching, and the hit says it read a transliteration.

// minSkeleton is the shortest skeleton that identifies a name: shorter
// ones ("fntn" would be any of several words) are left alone.
const minSkeleton = 5

// latinSkeleton returns the consonant skeleton of a Latin name.
func latinSkeleton(name string) string {
	s := strings.ToLower(name)
	for _, r := range []struct{ from, to string }{
		{"ph", "p"}, {"th", "t"}, {"sh", "s"}, {"ch", "k"}, {"ck", "k"}, {"qu", "k"},
		{"ce", "se"}, {"ci", "si"}, {"cy", "sy"}, {"x", "ks"},
	} {
		s = strings.ReplaceAll(s, r.from, r.to)
	}
	var b []byte
	if strings.IndexFunc(s, func(r rune) bool { return r >= 'a' && r <= 'z' }) == strings.IndexAny(s, "aeiouyhw") {
		b = append(b, '_') // a vowel first: "acryl…" is not "car…"
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'w':
			continue
		case 'l':
			c = 'r'
		case 'f':
			c = 'p'
		case 'v':
			c = 'b'
		case 'j':
			c = 'z'
		case 'g', 'c', 'q':
			c = 'k'
		}
		if c < 'a' || c > 'z' {
			continue
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// kanaConsonant is the consonant of each katakana syllable (ア…ン): "" for
// vowels, small letters, the long-vowel mark and the geminate ッ.
var kanaConsonant = func() map[rune]string {
	m := map[rune]string{}
	rows := []struct {
		c     string
		kanas string
	}{
		{"k", "カキクケコガギグゲゴ"}, {"s", "サシスセソ"}, {"z", "ザジズゼゾヂヅ"},
		{"t", "タチツテト"}, {"d", "ダデド"}, {"n", "ナニヌネノン"}, {"p", "フパピプペポ"},
		{"b", "バビブベボヴ"}, {"m", "マミムメモ"}, {"r", "ラリルレロ"},
	}
	for _, row := range rows {
		for _, r := range row.kanas {
			m[r] = row.c
		}
	}
	return m
}()

// hangulInitial and hangulFinal are the consonants of a hangul syllable's
// initial and final jamo, in Unicode order.
var (
	hangulInitial = []string{"k", "k", "n", "d", "t", "r", "m", "b", "b", "s", "s", "", "z", "z", "t", "k", "t", "p", ""}
	hangulFinal   = []string{"", "k", "k", "k", "n", "n", "n", "t", "r", "k", "m", "r", "r", "r", "p", "r", "m", "b", "b", "t", "t", "n", "t", "t", "k", "t", "p", ""}
)

// isKana reports katakana letters and the long-vowel mark.
func isKana(r rune) bool { return r >= 0x30A1 && r <= 0x30FC && r != 0x30FB }

// isHangul reports precomposed hangul syllables.
func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// scriptSkeleton returns the consonant skeleton of a katakana or hangul run.
func scriptSkeleton(run string) string {
	var b []byte
	add := func(c string) {
		if c != "" && (len(b) == 0 || b[len(b)-1] != c[0]) {
			b = append(b, c[0])
		}
	}
	first, _ := utf8.DecodeRuneInString(run)
	if isHangul(first) && hangulInitial[int(first-0xAC00)/588] == "" || !isHangul(first) && kanaConsonant[first] == "" {
		b = append(b, '_') // a vowel first
	}
	for _, r := range run {
		if isHangul(r) {
			i := int(r - 0xAC00)
			add(hangulInitial[i/588])
			add(hangulFinal[i%28])
			continue
		}
		add(kanaConsonant[r])
	}
	return string(b)
}

// buildSkeletons maps the skeleton of every Latin name and synonym of the
// watchlist to that name, leaving out skeletons two entries share.
func (m *Matcher) buildSkeletons() {
	m.skeletons = map[string]string{}
	m.arSkeletons = map[string]string{}
	owner := map[string]int{}
	arOwner := map[string]int{}
	classes := map[int]bool{}
	for _, i := range m.classEntry {
		classes[i] = true
	}
	for i, s := range m.subs {
		if classes[i] {
			continue // a class entry's names ("-fentanyl") are patterns, not names
		}
		for _, name := range append([]string{s.Name}, s.Synonyms...) {
			if !latinWord(name) {
				continue
			}
			k := latinSkeleton(name)
			if len(strings.TrimPrefix(k, "_")) < minSkeleton || strings.HasPrefix(name, "-") {
				continue
			}
			addSkeleton(m.skeletons, owner, k, i, name)
			if ak := arabicFold(k); len(strings.TrimPrefix(ak, "_")) >= minSkeleton {
				addSkeleton(m.arSkeletons, arOwner, ak, i, name)
			}
		}
	}
}

// addSkeleton maps skeleton k to entry i's name, or to "" (no reading)
// when another entry has that skeleton too.
func addSkeleton(to map[string]string, owner map[string]int, k string, i int, name string) {
	if o, ok := owner[k]; ok && o != i {
		to[k] = ""
		return
	}
	if _, ok := owner[k]; !ok {
		owner[k], to[k] = i, name
	}
}

// latinWord reports a name of Latin letters, spaces and hyphens only (no
// digits or brackets: a transliteration writes none of those).
func latinWord(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == ' ' || r == '-') {
			return false
		}
	}
	return s != ""
}

// glossScripts returns text with every katakana or hangul run that reads
// as a watched name followed by that name in brackets, and the runs it
// read, by the name (lower case) they read as.
func (m *Matcher) glossScripts(text string) (string, map[string]string) {
	var out strings.Builder
	var read map[string]string
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		arabic := isArabicLetter(r)
		if !isKana(r) && !isHangul(r) && !arabic {
			if read != nil {
				out.WriteString(text[i : i+w])
			}
			i += w
			continue
		}
		j := i
		for j < len(text) {
			r2, w2 := utf8.DecodeRuneInString(text[j:])
			if arabic && !isArabicLetter(r2) && !isArabicMark(r2) || !arabic && !isKana(r2) && !isHangul(r2) {
				break
			}
			j += w2
		}
		run := text[i:j]
		name := ""
		switch {
		case utf8.RuneCountInString(run) < 3:
		case arabic:
			name = m.arabicName(strings.Map(func(r rune) rune {
				if isArabicMark(r) {
					return -1
				}
				return r
			}, run))
		default:
			name = m.skeletons[scriptSkeleton(run)]
		}
		if name != "" && strings.Contains(strings.ToLower(text), strings.ToLower(name)) {
			name = "" // the listing names it in Latin too, with its own context ("Fentanyl test strip")
		}
		if name != "" && read == nil {
			read = map[string]string{}
			out.WriteString(text[:i])
		}
		if read != nil {
			out.WriteString(run)
			if name != "" {
				out.WriteString(" (" + name + ")")
				read[strings.ToLower(name)] = run
			}
		}
		i = j
	}
	if read == nil {
		return text, nil
	}
	return out.String(), read
}
