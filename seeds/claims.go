package seeds

import _ "embed"

// claimsTSV is the built-in claim lexicon; its header comment documents
// the format and what each kind means.
//
//go:embed claims.tsv
var claimsTSV []byte

// ClaimRules returns the raw claim lexicon (kind, lang, pattern as TSV),
// for extract.ParseClaimRules. The slice is a copy: callers may keep it.
func ClaimRules() []byte {
	return append([]byte(nil), claimsTSV...)
}

// conceptsTSV is the built-in concept lexicon: claims as combinations of
// concepts in one sentence, in English, Chinese, Spanish, Russian and
// German; its header comment documents the format.
//
//go:embed concepts.tsv
var conceptsTSV []byte

// Concepts returns the raw concept lexicon, for extract.ParseConcepts. The
// slice is a copy: callers may keep it.
func Concepts() []byte {
	return append([]byte(nil), conceptsTSV...)
}

// rolesTSV is the built-in role lexicon: the words that tell an offer from
// a request, a report, a warning, a regulation, a market's rules and a
// review, in the same five languages.
//
//go:embed roles.tsv
var rolesTSV []byte

// Roles returns the raw role lexicon, for extract.ParseRoles. The slice is
// a copy: callers may keep it.
func Roles() []byte {
	return append([]byte(nil), rolesTSV...)
}
