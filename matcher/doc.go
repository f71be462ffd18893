// Package matcher turns listings into hits: it finds watchlist substances in
// a listing's product name, text and CAS numbers. It is pure — no I/O — and
// safe for concurrent use once built with New.
//
// # Normalisation
//
// Listing text and watchlist terms are normalised the same way (Normalize):
// NFKD compatibility folding (fullwidth → ASCII), case folding, invisible
// characters and diacritics removed, look-alike letters of other scripts
// read as Latin ("Fеntanyl" with a Cyrillic е), Greek locants spelled out
// ("α-" → "alpha"), leetspeak undone inside words that mix letters with
// digits or symbols ("F3nt@nyl") but never in numbers, CAS numbers or codes
// ("4-ANPP", "KMnO4", "99%"). Punctuation, hyphens and brackets separate
// words; each CJK ideograph is a word of its own.
//
// # Matching
//
// Matching runs one Aho-Corasick automaton (github.com/coregx/ahocorasick)
// over the words written back to back, so "acetyl-fentanyl", "acetyl
// fentanyl" and "acetylfentanyl" are one key, and requires every match to
// start and end on a word boundary. Keys shorter than 8 bytes may be split
// only where the term itself is ("4-AP" as "4 AP") or into single letters
// ("n p p", "4-A.N.P.P"); longer keys may be split anywhere ("fen tanyl").
// Of overlapping matches the leftmost-longest wins: "acetyl fentanyl" is
// acetylfentanyl, not fentanyl. A name does not match as the tail or the
// head of a longer systematic name: after a closing bracket or a chemical
// prefix ("4-(phenylamino)piperidine", "methyl fentanyl", 丁酰芬太尼) or
// before a locant that continues the name ("piperidine-1-carboxylate").
// The words of terms.go keep ordinary words ("crystal", "ice") out of the
// index, mark street names as weak and drop abbreviations whose other
// meaning the listing shows ("NPP" beside "nandrolone").
//
// # Class rules
//
// A word that looks like a fentanyl analogue (-fentanyl, -fentanil, 芬太尼,
// 太尼) or a nitazene (-nitazene, -nitazepyne, 尼秦) and that no watchlist
// name covers gives a class hit for the class entry of the watchlist, but
// only when no listed entry matched the listing at all.
//
// # Negative context
//
// negative.go holds the lexicon of words that show a listing does not offer
// what it names: test strips and immunoassays, naloxone, reference
// standards for forensic laboratories, "we do not sell", "free of",
// "precursor of". In the product name a detection or reference term makes
// the whole listing a non-offer; near a mention in the same sentence a term
// makes that mention a reference rather than an offer. When the evidence is
// weaker, the hit stays with a lower confidence and the reason says why.
//
// # Hits
//
// One hit per substance (or class) and listing: a listed CAS (confidence
// 0.95, 0.99 with a name of the same entry) before a name (0.9 in the
// product name, 0.8 in the text; abbreviations and street names less)
// before a class rule (0.7). Match.Reason says in words what matched where
// and what lowered the confidence.
package matcher
