package matcher

import (
	"strings"
	"unicode/utf8"
)

// The word tables of matching. Each is documented with the rule it feeds;
// the tables are plain data so that an analyst can read and extend them.

// commonWords are watchlist synonyms that are ordinary words. They are never
// indexed: "crystal" (methamphetamine) would hit every "white crystal
// powder", "speed" every "fast speed delivery". The entry is still found by
// its other names and by CAS.
var commonWords = []string{
	"ice", "crystal", "crystals", "speed", "coke", "glass", "snow", "base", "white", "powder",
	"salt", "salts", "acid", "dust", "china", "girl", "boy", "horse", "tar", "brown",
	"frs", // fentanyl-related substances, but also a dozen other acronyms
}

// weakTerms are street names and short codes that do name the substance but
// also occur in ordinary text. They match with low confidence (confStreet)
// and the hit's reason says so.
var weakTerms = []string{
	"meth", "molly", "tranq", "angel dust", "china white", "china girl", "7-oh", "m99",
	"ecstasy", "krokodil",
	// fentanyl: DEA's slang glossary (Slang Terms and Code Words, DEA-HOU-DIR-022-18) and the
	// counterfeit "M30" oxycodone pills DEA's One Pill Can Kill campaign describes as pressed
	// with fentanyl; only phrasings that name pressed or fake pills are listed, never "M30"
	// alone (a genuine oxycodone 30 mg tablet carries that imprint)
	"fetty", "pressed m30", "pressed m30s", "m30 blues", "blue m30s", "fake m30s", "pressed blues",
	"mexican blues", "dirty 30s", "murder 8", "tango and cash",
	// heroin and ketamine: DEA's glossary ("Black Tar"; "Special K") and the UK's FRANK
	// ("ket")
	"black tar", "special k", "ket",
}

// caseSensitiveAbbrevs are abbreviations that are also ordinary words in
// some language ("mapa" is Spanish for map). They match only when written
// without lower-case letters.
var caseSensitiveAbbrevs = []string{"mapa"}

// abbrevConflicts lists, for short abbreviations that mean several
// chemicals, words that show the listing means another one: NPP is also
// nandrolone phenylpropionate, 4-AP also 4-aminopyridine, MDA also
// 4,4'-methylenedianiline and malondialdehyde, PCP also pentachlorophenol,
// PAA also peracetic and polyacrylic acid, PPA also polyphthalamide; in
// Russian НПП is also a firm ("научно-производственное предприятие",
// "ООО НПП …"). When
// such a word is in the listing, the abbreviation gives no hit (the full
// name or the CAS still do).
var abbrevConflicts = map[string][]string{
	"npp":  {"nandrolone", "phenylpropionate", "durabolin", "steroid", "steroids", "nuclear", "предприятие", "ооо", "зао", "оао"},
	"4-ap": {"aminopyridine", "4-aminopyridine", "pyridin-4-amine", "fampridine", "dalfampridine"},
	"mda":  {"methylenedianiline", "dianiline", "diaminodiphenylmethane", "malondialdehyde", "assay kit", "epoxy"},
	"pcp":  {"pentachlorophenol", "pneumocystis", "printed circuit"},
	"paa":  {"peracetic", "peroxyacetic", "polyacrylic", "polyacrylate", "polyacrylamide"},
	"ppa":  {"polyphthalamide", "polypropylene", "phenylphosphonic"},
	"mek":  {"mitogen", "kinase", "inhibitor"},
}

// saltSuffixes are salts and forms that may be written onto a name without a
// separator ("FentanylHCl"); the name still matches.
var saltSuffixes = []string{
	"hcl", "hbr", "hydrochloride", "hydrobromide", "citrate", "base", "sulfate", "sulphate",
	"phosphate", "tartrate", "bitartrate", "freebase",
}

var saltSuffix = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range saltSuffixes {
		m[string(foldKey([]byte(s)))] = true
	}
	return m
}()

// chemPrefixWords are words that, written just before a name ("methyl
// fentanyl", "1-boc-piperidine", "tert-butyl …"), make the name part of a
// longer chemical name, so the shorter name does not match on its own.
// isChemPrefix also accepts words ending in these suffixes and in -yl/-oxy.
var chemPrefixWords = []string{
	"nor", "des", "iso", "sec", "tert", "neo", "cyclo", "boc", "cbz", "fmoc", "homo", "bis",
	"tris", "dehydro", "deoxy", "desoxy", "keto", "oxo", "thio", "hydroxy", "methoxy",
}

var chemPrefixSuffixes = []string{
	"fluoro", "chloro", "bromo", "iodo", "nitro", "amino", "cyano", "azido", "hydro", "oxy", "thio", "oxo",
	"idino", "olino", "ilino", "carbonyl",
	"фторо", "хлоро", "бромо", "гидро", "окси", "идино", "олино", // Russian spellings
}

// carbamateGroups are the N-protecting groups that make a carbamate. An
// entry whose status says its carbamates are controlled with it (4-AP,
// 4-piperidone) still matches after them: "1-Cbz-4-piperidone" is a
// 4-piperidone carbamate.
var carbamateGroups = map[string]bool{"boc": true, "cbz": true, "fmoc": true, "alloc": true, "troc": true}

var chemPrefixSet = func() map[string]bool {
	m := make(map[string]bool, len(chemPrefixWords))
	for _, w := range chemPrefixWords {
		m[w] = true
	}
	return m
}()

// isChemPrefix reports whether the normalised word w is a substituent or
// modifier prefix of a chemical name.
func isChemPrefix(w string) bool {
	if chemPrefixSet[w] {
		return true
	}
	if len(w) >= 4 && strings.HasSuffix(w, "yl") || utf8.RuneCountInString(w) >= 4 && strings.HasSuffix(w, "ил") {
		return true // "phenethyl", "метил"
	}
	for _, suf := range chemPrefixSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isRomancePrefix reports a substituent in the spelling of Spanish,
// Portuguese, Italian and Turkish ("bencil", "fenetil", "metil", "benzil"
// for benzyl, phenethyl, methyl): -il where English writes -yl. Ordinary
// words end so too ("Brasil", "perfil"), so it counts only glued to the
// name by a hyphen ("1-bencil-4-piperidona" is not 4-piperidone).
func isRomancePrefix(w string) bool {
	return utf8.RuneCountInString(w) >= 4 && strings.HasSuffix(w, "il")
}

// zhGlue are the ideographs that, just before a Chinese name, make it part
// of a longer one: 酰 (-oyl), 基 (-yl), halogens 氟 氯 溴 碘, 羟 (hydroxy),
// 氧 (oxy), 硫 (thio), 代 (substituted), 对/邻/间 (para/ortho/meta), 烯 (-ene),
// 伪/假 (pseudo-), 去 (nor-, des-), 异 (iso-).
// "丁酰芬太尼" is butyrylfentanyl, never fentanyl.
var zhGlue = map[rune]bool{
	'酰': true, '基': true, '氟': true, '氯': true, '溴': true, '碘': true, '羟': true, '氧': true,
	'硫': true, '代': true, '对': true, '邻': true, '间': true, '烯': true,
	'伪': true, '假': true, '去': true, '异': true, // pseudo-, nor-, iso-: 伪麻黄碱 is not 麻黄碱
}

// zhChem are ideographs that occur in Chinese chemical prefixes; a class
// span extends left over them ("戊酰太尼").
var zhChem = map[rune]bool{
	'酰': true, '基': true, '氟': true, '氯': true, '溴': true, '碘': true, '羟': true, '氧': true,
	'硫': true, '代': true, '对': true, '邻': true, '间': true, '烯': true, '甲': true, '乙': true,
	'丙': true, '丁': true, '戊': true, '己': true, '异': true, '环': true, '呋': true, '喃': true,
	'噻': true, '吩': true, '苯': true, '四': true, '氢': true, '硝': true, '胺': true,
}

// positionGroups are the equivalent spellings of a benzene-ring position.
// A watchlist term "4-fluoro…" is also indexed as "p-fluoro…" and
// "para-fluoro…" — only before ring substituents (positionSubstituents),
// because "3-methylfentanyl" is a piperidine position, not meta.
var positionGroups = [][]string{{"para", "p", "4"}, {"ortho", "o", "2"}, {"meta", "m", "3"}}

var positionSubstituents = []string{"fluoro", "chloro", "bromo", "iodo", "methoxy", "meo", "f"}

// positionWords are locants and position words; they are not chemical
// prefixes for the glue rule but a class span extends over them.
var positionWords = map[string]bool{
	"para": true, "ortho": true, "meta": true, "p": true, "o": true, "m": true, "n": true,
	"alpha": true, "beta": true, "gamma": true, "delta": true, "cis": true, "trans": true,
}

// stripAnnotation removes a trailing parenthesised note from a watchlist
// term: "Suboxone (with naloxone)" is indexed as "Suboxone". A leading or
// inner bracket ("(±)-methamphetamine", "ethyl (…)(phenyl)carbamate") is
// part of the name and stays.
func stripAnnotation(term string) string {
	t := strings.TrimSpace(term)
	if !strings.HasSuffix(t, ")") {
		return t
	}
	i := strings.LastIndex(t, " (")
	if i <= 0 || strings.ContainsAny(t[i+2:len(t)-1], "()") {
		return t
	}
	return strings.TrimSpace(t[:i])
}
