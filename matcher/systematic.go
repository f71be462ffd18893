package matcher

import "strings"

// systematic.go reads systematic (IUPAC-style) names for the two class
// cores that reference/SOURCES.md defines, so that an analogue on no list,
// written out chemically, is still caught:
//
//   - fentanyl-related substances: fentanyl modified at the acyl group, the
//     aniline ring, the piperidine ring or the phenethyl group. Every such
//     name keeps a 4-anilidopiperidine: an amide (…amide, …amido,
//     …anilide, a carbamate) on the nitrogen of an aryl group ("N-phenyl",
//     "N-(4-fluorophenyl)", "anilino"), joined to a piperidin-4-yl whose
//     ring nitrogen carries a group ("1-(2-phenylethyl)", "phenethyl…",
//     "1-[2-(thiophen-2-yl)ethyl]"). Norfentanyl (N1 unsubstituted) and
//     4-ANPP (an amine, no amide) are precursors, not analogues, and do not
//     fit;
//   - nitazenes: a benzimidazole with a benzyl group at C2 ("2-[(4-
//     ethoxyphenyl)methyl]", "2-(4-isopropoxybenzyl)") and an amine at N1
//     ("N,N-diethylethanamine", "pyrrolidin-1-yl)ethyl", "piperidin-1-yl)ethyl").
//
// The parts must stand in one sentence within maxCoreSpan tokens.

// maxCoreSpan is the most tokens one systematic name may take.
const maxCoreSpan = 30

// corePart tests one token (normalised, lower case) of a systematic name;
// prev is the token before it ("" at the start).
type corePart func(tok, prev string) bool

// fentanylCore and nitazeneCore list what a name of each class needs.
var (
	fentanylCore = []corePart{
		// the piperidine ring, substituted at N1: a group glued before it
		// ("phenethylpiperidin") or an "ethyl"/"benzyl"-type word right before
		func(tok, prev string) bool {
			i := strings.Index(tok, "piperidin")
			if i < 0 {
				i = strings.Index(tok, "piperidyl")
			}
			if i < 0 {
				return false
			}
			return i >= 4 || (prev != "n" && len(prev) >= 4 && strings.HasSuffix(prev, "yl"))
		},
		// the amide (or carbamate) on the anilide nitrogen
		func(tok, _ string) bool {
			return strings.HasSuffix(tok, "amide") || strings.HasSuffix(tok, "amido") ||
				strings.Contains(tok, "anilid") || strings.HasSuffix(tok, "carbamate") ||
				(strings.HasSuffix(tok, "anilino") && len(tok) > len("anilino"))
		},
		// the aryl group on that nitrogen: N-phenyl, N-(4-fluorophenyl), anilino
		func(tok, prev string) bool {
			return strings.Contains(tok, "anilin") || strings.Contains(tok, "anilid") ||
				(prev == "n" && (strings.Contains(tok, "phenyl") || strings.Contains(tok, "thiophen") ||
					strings.Contains(tok, "pyridin") || strings.Contains(tok, "furan")) && !strings.Contains(tok, "ethyl"))
		},
	}
	nitazeneCore = []corePart{
		func(tok, _ string) bool {
			return strings.Contains(tok, "benzimidazol") || strings.HasPrefix(tok, "imidazol")
		},
		// the benzyl group: "benzyl", "ethoxybenzyl", or "(…phenyl)methyl"
		func(tok, prev string) bool {
			return strings.Contains(tok, "benzyl") || (tok == "methyl" && strings.HasSuffix(prev, "phenyl")) ||
				strings.HasSuffix(tok, "phenylmethyl")
		},
		// the amine at N1: an open one, or a ring's nitrogen (pyrrolidine,
		// piperidine, morpholine, azepane: etonitazepyne, etonitazepipne)
		func(tok, _ string) bool {
			return strings.Contains(tok, "amin") || strings.Contains(tok, "pyrrolidin") ||
				strings.Contains(tok, "piperidin") || strings.Contains(tok, "morpholin") ||
				strings.Contains(tok, "azepan") || strings.HasSuffix(tok, "ethanamine")
		},
	}
)

// systematicMentions returns a class mention for every stretch of nt that
// holds all parts of a class core, each stretch one mention.
func (m *Matcher) systematicMentions(nt *normText, prodEnd int32) []mention {
	var out []mention
	for _, c := range []struct {
		parts []corePart
		rule  string
		need  func(nt *normText, t0, t1 int) bool
	}{
		{fentanylCore, "fentanyl-core", nil},
		{nitazeneCore, "nitazene-core", func(nt *normText, t0, t1 int) bool {
			// "benzo[d]imidazol" is written as two words
			for t := t0; t <= t1; t++ {
				if w := nt.text(t); strings.Contains(w, "benzimidazol") || (strings.HasPrefix(w, "imidazol") && t >= 2 && nt.text(t-2) == "benzo") {
					return true
				}
			}
			return false
		}},
	} {
		idx := classRuleIndex(c.rule)
		p := &payload{kind: pStem, idx: idx, term: classRules[idx].term}
		for t := 0; t < len(nt.toks); {
			t0, t1, ok := coreAt(nt, t, c.parts)
			if !ok {
				break
			}
			if c.need == nil || c.need(nt, t0, t1) {
				t0, t1 = compoundSpan(nt, t0, t1)
				out = append(out, mention{p: p, t0: t0, t1: t1, s: int(nt.toks[t0].start), e: int(nt.toks[t1].end),
					inProduct: nt.toks[t0].oStart < prodEnd})
			}
			t = t1 + 1
		}
	}
	return out
}

// coreAt finds, from token `from` on, the first stretch of one sentence and
// at most maxCoreSpan tokens in which every part holds for some token. It
// returns the stretch from its first to its last part.
func coreAt(nt *normText, from int, parts []corePart) (int, int, bool) {
	last := make([]int, len(parts)) // the latest token where each part held
	for i := range last {
		last[i] = -1
	}
	sent := int32(-1)
	for t := from; t < len(nt.toks); t++ {
		if s := nt.toks[t].sent; s != sent {
			sent = s
			for i := range last {
				last[i] = -1
			}
		}
		tok, prev := nt.text(t), ""
		// the word before, past locants ("N-(4-fluorophenyl)": n)
		for q := t - 1; q >= 0 && nt.toks[q].sent == sent && t-q <= 3; q-- {
			if w := nt.text(q); strings.Trim(w, "0123456789") != "" {
				prev = w
				break
			}
		}
		for i, part := range parts {
			if part(tok, prev) {
				last[i] = t
			}
		}
		lo := t
		complete := true
		for _, l := range last {
			if l < 0 || t-l >= maxCoreSpan {
				complete = false
				break
			}
			lo = min(lo, l)
		}
		if complete {
			return lo, t, true
		}
	}
	return 0, 0, false
}

// compoundSpan widens t0..t1 to the whole compound name around it: over
// neighbouring tokens joined without white space ("N,N-diethyl-2-[…]").
func compoundSpan(nt *normText, t0, t1 int) (int, int) {
	joined := func(a, b int) bool {
		sep := nt.src[nt.toks[a].oEnd:nt.toks[b].oStart]
		return nt.toks[a].sent == nt.toks[b].sent && len(sep) <= 4 && strings.TrimFunc(sep, func(r rune) bool {
			return strings.ContainsRune("-‐‑–,'′()[]{}", r)
		}) == ""
	}
	for t0 > 0 && joined(t0-1, t0) {
		t0--
	}
	for t1+1 < len(nt.toks) && joined(t1, t1+1) {
		t1++
	}
	return t0, t1
}
