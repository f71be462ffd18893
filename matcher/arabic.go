package matcher

import "strings"

// arabic.go reads drug names written in Arabic script the way kana.go reads
// katakana and hangul: Arabic writes an international name sound for sound
// (فنتانيل fentanyl, بروتونيتازين protonitazene), short vowels unwritten, so
// a word is compared by its consonant skeleton. Arabic has no p or v and
// writes the s of "iso" as z, so its skeletons and the Latin ones it is
// compared with are folded further (arabicFold): b, p, f and v are one
// consonant, s and z another. A leading article or conjunction (ال, و, ب,
// ل and their combinations) is tried off as well.

// arabicConsonant is the skeleton consonant of each Arabic letter, before
// arabicFold; letters that write vowels, h or the glottal stop have none.
var arabicConsonant = map[rune]byte{
	'ب': 'b', 'پ': 'p', 'ت': 't', 'ث': 't', 'ج': 'z', 'چ': 'k', 'خ': 'k', 'د': 'd', 'ذ': 'z',
	'ر': 'r', 'ز': 'z', 'ژ': 'z', 'س': 's', 'ش': 's', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z',
	'غ': 'k', 'ف': 'p', 'ڤ': 'b', 'ق': 'k', 'ك': 'k', 'ک': 'k', 'گ': 'k', 'ل': 'r', 'م': 'm', 'ن': 'n',
}

// arabicVowelFirst are the letters that make a word start with a vowel.
const arabicVowelFirst = "اأإآعء"

// isArabicLetter reports Arabic-script letters (not digits, marks or
// punctuation).
func isArabicLetter(r rune) bool {
	return r >= 0x0621 && r <= 0x064A || r >= 0x066E && r <= 0x06D3
}

// isArabicMark reports the vowel marks and the tatweel, which are written
// inside a word and skipped.
func isArabicMark(r rune) bool { return r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640 }

// arabicFold merges the consonants Arabic script does not tell apart.
func arabicFold(sk string) string {
	b := make([]byte, 0, len(sk))
	for i := 0; i < len(sk); i++ {
		c := sk[i]
		switch c {
		case 'b':
			c = 'p'
		case 'z':
			c = 's'
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// arabicSkeleton returns the folded consonant skeleton of an Arabic word.
func arabicSkeleton(word string) string {
	var b []byte
	for i, r := range word {
		if i == 0 && strings.ContainsRune(arabicVowelFirst, r) {
			b = append(b, '_')
		}
		if c := arabicConsonant[r]; c != 0 {
			b = append(b, c)
		}
	}
	return arabicFold(string(b))
}

// arabicPrefixes are the article and conjunctions written onto a word,
// longest first.
var arabicPrefixes = []string{"وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"}

// arabicName returns the watched name an Arabic word reads as, or "".
func (m *Matcher) arabicName(word string) string {
	if name := m.arSkeletons[arabicSkeleton(word)]; name != "" {
		return name
	}
	for _, p := range arabicPrefixes {
		if rest, ok := strings.CutPrefix(word, p); ok && len([]rune(rest)) >= 3 {
			if name := m.arSkeletons[arabicSkeleton(rest)]; name != "" {
				return name
			}
		}
	}
	return ""
}
