package matcher

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/npswatch/npswatch"
)

// negKind is what a negative-context term says about a substance mentioned
// near it.
type negKind uint8

const (
	negDetection   negKind = iota + 1 // test strips, kits, immunoassays: the substance is what is detected
	negAntidote                       // naloxone and the like: the substance is what is reversed
	negReference                      // analytical reference standards
	negForensic                       // signs that a reference standard is meant for forensic laboratories
	negDisclaimer                     // "we do not sell …": what follows is not offered
	negNegation                       // "without", "free of", "-free": the substance is absent
	negOverdose                       // overdose, poisoning: an event, not an offer
	negRelation                       // "precursor of", "metabolite": another substance is the subject
	negRegulatory                     // a scheduling notice or law: substances listed, not offered (page context only)
	negPublication                    // a book or course named as the product: substances are its subject
)

// anyGap allows a term anywhere in the same sentence, up to 40 tokens away;
// never disables a side.
const (
	anyGap = 40
	never  = -1
)

// negRule is one row of the negative-context lexicon.
//
// before / after: how many tokens may stand between the term and a mention
// when the term comes before / after it in the same sentence (never: that
// side does not count; anyGap: anywhere in the sentence). A mention within
// reach of a term is "referred": it names the substance without offering
// it.
//
// product: the term in the product name makes the whole listing a
// non-offer (for negAntidote only if no substance is offered in the name).
//
// glued: the term must follow the mention joined by a hyphen ("fentanyl-free").
//
// offersOnly: the rule applies only to substances that are not themselves
// precursors ("fentanyl precursor" refers to fentanyl; "ANPP precursor"
// still offers ANPP).
type negRule struct {
	kind       negKind
	terms      []string
	before     int
	after      int
	product    bool
	glued      bool
	offersOnly bool
	spaced     bool // the term must be followed by white space alone ("no fent", not "CAS No. 437-38-7")
}

// negLexicon is the negative-context lexicon. Terms are normalised like
// listing text, so "Test-Strips", "test strips" and "TESTSTRIPS" are one.
var negLexicon = []negRule{
	{kind: negDetection, before: 3, after: 3, product: true, terms: []string{
		"test strip", "test strips", "testing strip", "testing strips", "test kit", "test kits",
		"testing kit", "testing kits", "test card", "test cards", "test cassette", "test cassettes",
		"test swab", "test swabs", "test paper", "detection kit", "detection kits", "detection swab",
		"detection swabs", "detection strip", "detection strips", "detection card", "detection cards",
		"detector", "detectors", "drug test", "drug tests", "rapid test", "rapid tests", "elisa",
		"immunoassay", "immunoassays", "lateral flow", "reagent test", "reagent tests", "field test",
		"field tests", "screening kit", "screening test", "urine test", "saliva test", "dip card",
		"dipcard", "试纸", "检测试纸", "试剂盒", "检测试剂盒", "检测卡",
		// German, Spanish, Russian
		"teststreifen", "schnelltest", "drogentest", "tiras reactivas", "tira reactiva", "tiras de prueba",
		"prueba rápida", "tiras para detectar", "tiras detectoras", "tiras de detección", "тест-полоски", "тест полоски", "тест-полоска", "экспресс-тест", "тест на",
		// Polish, Portuguese, French, Italian, Dutch, Turkish, Japanese, Korean
		"testy paskowe", "test paskowy", "paski testowe", "tiras de teste", "tira de teste", "teste rápido",
		"bandelettes", "bandelette", "test rapide", "strisce reattive", "test rapido", "teststrips", "teststrip",
		"test şeridi", "テストストリップ", "検査キット", "試験紙", "検出キット", "검사 스트립", "테스트 스트립",
		"검사키트", "검사 키트",
		// Vietnamese, Indonesian and Malay, Thai, Arabic
		"que thử", "que test", "bộ test", "bộ kit test", "test nhanh", "kit test", "tes strip", "strip tes",
		"strip uji", "alat tes", "tes cepat", "uji cepat", "kit uji", "jalur ujian", "ชุดตรวจ", "แถบทดสอบ",
		"شريط اختبار", "شرائط اختبار", "شرائط الكشف", "اختبار سريع", "كاشف"}},
	{kind: negDetection, before: anyGap, after: never, terms: []string{
		"detects", "detect", "detecting", "detection of", "screens for", "screen for", "screening for",
		"tests for", "test for", "testing for", "identifies", "positive result", "negative result",
		"harm reduction", "drug checking", "phát hiện", "deteksi", "mendeteksi", "الكشف عن", "للكشف عن",
		// Spanish, Portuguese, French, German, Russian
		"detectar", "detecta", "detección de", "detectam", "detecção de", "détecter", "détecte", "dépistage",
		"détection de", "nachweis von", "weist nach", "erkennt", "выявляет", "обнаруживает", "обнаружения",
		"reducción de daños", "redução de danos", "réduction des risques", "schadensminimierung", "снижение вреда"}},
	{kind: negDetection, before: never, after: 0, terms: []string{"detection", "screening"}},
	{kind: negAntidote, before: never, after: never, product: true, terms: []string{
		"naloxone", "narcan", "nalmefene", "opioid antagonist", "overdose reversal", "纳洛酮"}},
	{kind: negAntidote, before: 6, after: never, terms: []string{
		"reverses", "reverse", "reversing", "reversal of", "counteracts", "antidote for", "antidote to"}},
	{kind: negAntidote, before: never, after: 1, terms: []string{"antidote", "antidotes"}},
	{kind: negOverdose, before: 2, after: 1, terms: []string{
		"overdose", "overdoses", "poisoning", "intoxication", "过量", "中毒"}},
	{kind: negReference, before: never, after: never, product: true, terms: []string{
		"reference standard", "reference standards", "analytical standard", "analytical standards",
		"analytical reference", "certified reference material", "certified reference materials",
		"reference material", "reference materials", "crm", "标准品", "对照品"}},
	{kind: negForensic, before: never, after: never, terms: []string{
		"forensic", "forensics", "toxicology", "in methanol", "in acetonitrile", "iso 17034",
		"iso 17025", "iso iec 17025", "dea exempt", "exempt preparation", "dea registration",
		"dea registered", "dea registrants", "acetonitrile", "ampoule", "ampoules", "ampule", "ampules",
		"法医"}},
	{kind: negDisclaimer, before: anyGap, after: never, terms: []string{
		"we do not sell", "we don't sell", "we dont sell", "do not sell", "does not sell", "never sell",
		"we do not supply", "do not supply", "does not supply", "we do not offer", "do not offer",
		"does not offer", "do not ship", "will not sell", "cannot sell", "can not sell",
		"cannot supply", "not available for sale", "不销售", "不出售", "不提供", "禁止销售"}},
	{kind: negDisclaimer, before: anyGap, after: 3, terms: []string{
		"not for sale", "is not sold", "are not sold", "not sold"}},
	{kind: negDisclaimer, before: 3, after: 3, product: true, terms: []string{
		"discontinued", "no longer available", "no longer offered", "out of production", "nicht mehr lieferbar",
		"descatalogado", "снят с производства", "停产"}},
	{kind: negDisclaimer, before: 8, after: 3, terms: []string{"prohibited", "banned"}},
	{kind: negNegation, before: 0, after: never, terms: []string{
		"not", "without", "free of", "free from", "non", "does not contain", "do not contain", "contains no",
		"contain no", "absence of", "zero", "never cut with", "not cut with", "no trace of",
		"no traces of", "tested negative for", "negative for", "sin", "без", "ohne", "kein", "keine", "不含", "无",
		"не", "ни", "nicht", "no contiene", "sin rastro de",
		// a counterfeit says what it is not: "NOT real oxycodone", "fake Xanax"
		"not real", "not actual", "not genuine", "not authentic", "no real", "fake", "counterfeit",
		"not pharma", "not pharmaceutical"}},
	{kind: negNegation, before: 0, after: never, spaced: true, terms: []string{"no"}},
	{kind: negNegation, before: never, after: 0, glued: true, terms: []string{"free", "frei", "libre"}},
	{kind: negNegation, before: never, after: never}, // a share of 0% (zeroShare)
	{kind: negRelation, before: never, after: 1, offersOnly: true, terms: []string{
		"precursor", "precursors", "intermediate", "intermediates", "impurity", "impurities",
		"metabolite", "metabolites", "前体", "中间体", "원료", "전구체", "중간체", "vorstufe", "vorprodukt",
		"прекурсор", "прекурсоры"}},
	{kind: negPublication, before: never, after: never, product: true, terms: []string{
		"book", "textbook", "handbook", "ebook", "e-book", "paperback", "hardcover", "fachbuch", "lehrbuch",
		"sachbuch", "taschenbuch", "libro", "manual de", "livre", "manuel", "книга", "учебник", "справочник",
		"书籍", "教材", "教科书", "图书"}},
	{kind: negRegulatory, before: never, after: never, terms: []string{
		"federal register", "scheduling order", "temporary scheduling", "temporary placement",
		"placement in schedule", "schedules of controlled substances", "proposed rule",
		"final rule", "rulemaking", "official journal", "gazette", "statutory instrument", "control order",
		"scheduling notice", "notice of intent", "amendment of the schedules", "列管", "管制目录",
		"增补目录", "管制品种目录"}},
	{kind: negRelation, before: 3, after: never, terms: []string{
		"precursor of", "precursor to", "precursor for", "precursors of", "precursors to",
		"precursors for", "intermediate of", "intermediate for", "intermediate in", "used to make",
		"used to synthesize", "used to produce", "used in the synthesis of",
		"used in the manufacture of", "metabolite of", "impurity of", "impurity in",
		// the parent of an analogue ("the N-piperidinyl analogue of protonitazene")
		"analogue of", "analog of", "analogues of", "analogs of", "derivative of", "homologue of",
		"homolog of", "análogo de", "análogo del", "derivado de", "análogo do", "analogon von"}},
}

// strong reports whether a referral by this kind removes the substance: a
// detected, reversed, disclaimed or absent substance is not on offer. A
// relation ("precursor of fentanyl") removes it only when the listing
// offers something else; otherwise it lowers the confidence.
func (k negKind) strong() bool { return k != negRelation && k != negReference && k != negForensic }

func (k negKind) String() string {
	switch k {
	case negDetection:
		return "detection product"
	case negAntidote:
		return "overdose antidote"
	case negReference:
		return "reference standard"
	case negForensic:
		return "forensic use"
	case negDisclaimer:
		return "disclaimer"
	case negNegation:
		return "negation"
	case negOverdose:
		return "overdose"
	case negRelation:
		return "related substance"
	case negPublication:
		return "publication"
	case negRegulatory:
		return "regulatory text"
	}
	return "negative context"
}

// negHit is a negative-context term found in a listing.
type negHit struct {
	rule      int // index into negLexicon
	t0, t1    int // token range
	inProduct bool
	span      string
}

// referral finds the negative term, if any, that makes mention mt a
// reference rather than an offer. negs must be sorted by t0.
func referral(nt *normText, negs []negHit, t0, t1 int, precursor bool) (negHit, bool) {
	sent := nt.toks[t0].sent
	// terms after the mention
	i := sort.Search(len(negs), func(i int) bool { return negs[i].t0 > t1 })
	for j := i; j < len(negs); j++ {
		n := negs[j]
		if nt.toks[n.t0].sent != sent {
			break
		}
		r := negLexicon[n.rule]
		gap := wordGap(nt, t1, n.t0)
		if r.after == never || gap > r.after || (r.offersOnly && precursor) {
			if gap > 3 {
				break // no after-rule reaches further than 3 tokens
			}
			continue
		}
		if r.glued && !gluedAfter(nt, t1, n) {
			continue
		}
		return n, true
	}
	if span, ok := zeroShare(nt, t0, t1); ok {
		return negHit{rule: zeroShareRule, t0: t0, t1: t1, span: span}, true
	}
	// terms before the mention
	for j := i - 1; j >= 0; j-- {
		n := negs[j]
		if n.t1 >= t0 {
			continue // overlaps the mention
		}
		if nt.toks[n.t1].sent != sent {
			break
		}
		r := negLexicon[n.rule]
		gap := wordGap(nt, n.t1, t0)
		if gap > anyGap {
			break
		}
		if r.spaced && !plainNo(nt, n, t0) {
			continue
		}
		if r.before != never && gap <= r.before {
			return n, true
		}
	}
	return negHit{}, false
}

// wordGap is the number of words between tokens a and b (exclusive). A
// Chinese character is a token of its own; two of them count as one word
// ("甲基苯丙胺（冰毒）尿检试纸": the name, its other name, "urine test",
// then "test strip" — two words apart, as in English).
func wordGap(nt *normText, a, b int) int {
	words, han := 0, 0
	for i := a + 1; i < b && i < len(nt.toks); i++ {
		if r, _ := utf8.DecodeRuneInString(nt.text(i)); unicode.Is(unicode.Han, r) {
			han++
			continue
		}
		words++
	}
	return words + (han+1)/2
}

// plainNo reports whether the word "no" of n denies the mention at token
// t0 ("no fent, no cuts"), rather than numbering it ("CAS No. 437-38-7",
// "Item no 12", "No 4 heroin").
func plainNo(nt *normText, n negHit, t0 int) bool {
	if strings.TrimSpace(nt.src[nt.toks[n.t1].oEnd:nt.toks[t0].oStart]) != "" {
		return false
	}
	if c := nt.src[nt.toks[t0].oStart]; c >= '0' && c <= '9' || c == '#' {
		return false
	}
	if n.t0 > 0 && numberedWords[nt.text(n.t0-1)] {
		return false
	}
	return true
}

// numberedWords come before "no" when it means "number".
var numberedWords = map[string]bool{"cas": true, "item": true, "lot": true, "cat": true, "catalog": true,
	"catalogue": true, "art": true, "ref": true, "product": true, "model": true, "part": true, "sku": true,
	"batch": true, "order": true, "reg": true, "serial": true, "article": true, "einecs": true, "un": true}

// gluedAfter reports whether the term n after a mention ending at token t1
// is joined to it: by a hyphen ("fentanyl-free"), or by a space when
// nothing that makes it a price follows ("tested, fent free." but not
// "fentanyl free sample").
func gluedAfter(nt *normText, t1 int, n negHit) bool {
	switch nt.src[nt.toks[t1].oEnd:nt.toks[n.t0].oStart] {
	case "-", "‐", "‑":
		return true
	case " ":
		next := n.t1 + 1
		return next >= len(nt.toks) || nt.toks[next].sent != nt.toks[n.t1].sent || !freeGoods[nt.text(next)]
	}
	return false
}

// freeGoods are the words that make "free" a price: "free sample".
var freeGoods = map[string]bool{"sample": true, "samples": true, "shipping": true, "delivery": true,
	"shipment": true, "gift": true, "gifts": true, "trial": true, "tester": true, "testers": true, "bonus": true}

// zeroShareRule is the negLexicon row of a share stated as nothing.
var zeroShareRule = func() int {
	for i, r := range negLexicon {
		if r.kind == negNegation && len(r.terms) == 0 {
			return i
		}
	}
	panic("matcher: negLexicon has no zero-share row")
}()

// zeroShareBefore and zeroShareAfter match a share of 0% written before
// or after a name: "0% fentanyl", "fentanyl: 0 %", "0.0% fent".
var (
	zeroShareBefore = regexp.MustCompile(`(?:^|[^\d.,])0+(?:[.,]0+)?\s?%\s*[-–:]?\s*$`)
	zeroShareAfter  = regexp.MustCompile(`^\s*[:=–-]?\s*0+(?:[.,]0+)?\s?%`)
)

// zeroShare reports a mention whose stated share is zero: the listing says
// the substance is absent.
func zeroShare(nt *normText, t0, t1 int) (string, bool) {
	a, b := int(nt.toks[t0].oStart), int(nt.toks[t1].oEnd)
	before, after := nt.src[max(0, a-16):a], nt.src[b:min(len(nt.src), b+16)]
	if m := zeroShareBefore.FindString(before); m != "" {
		return strings.TrimLeft(m, " ,;(") + nt.src[a:b], true
	}
	if m := zeroShareAfter.FindString(after); m != "" {
		return nt.src[a:b] + m, true
	}
	return "", false
}

// listingContext is what the negative terms say about the listing as a whole.
type listingContext struct {
	nonOffer      string // why the whole listing offers nothing ("" if it may)
	lower         string // why every hit's confidence is lowered
	caution       string // a detection or antidote term elsewhere in the text
	productAnti   bool   // an antidote is named in the product name
	productAntiT  string
	productDetect string // a detection product is named in the product name: why
	reference     bool   // nonOffer says the listing is a reference standard
	productRef    bool   // … because its product name says so, with no forensic use named
}

// assess looks at the terms that act on the whole listing.
func assess(negs []negHit) listingContext {
	var c listingContext
	var refText, forensic string
	for _, n := range negs {
		r := negLexicon[n.rule]
		switch {
		case r.kind == negForensic:
			forensic = n.span
		case r.kind == negReference && n.inProduct:
			c.nonOffer, c.reference, c.productRef = "the product is a reference standard ("+quote(n.span)+")", true, true
		case r.kind == negReference:
			refText = n.span
		case r.kind == negPublication && n.inProduct:
			c.nonOffer = "the product is a publication (" + quote(n.span) + "): the substances it names are its subject"
		case r.kind == negPublication:
		case r.kind == negDisclaimer && r.product && n.inProduct:
			c.nonOffer = "the product is no longer offered (" + quote(n.span) + ")"
		case r.kind == negDetection && r.product && n.inProduct:
			// a test strip, unless the name offers something else beside it
			// ("MDMA crystals, free fentanyl test strips"): decided in Match
			c.productDetect = "the product is a test or detection product (" + quote(n.span) + ")"
		case r.kind == negAntidote && r.product && n.inProduct:
			c.productAnti, c.productAntiT = true, n.span
		case r.product && c.caution == "":
			c.caution = "the listing also mentions " + quote(n.span)
		}
	}
	if forensic != "" {
		c.productRef = false // a forensic laboratory's standard is what it says
	}
	if c.nonOffer == "" && refText != "" {
		if forensic != "" {
			c.nonOffer, c.reference = "the listing is a reference standard ("+quote(refText)+") for forensic use ("+quote(forensic)+")", true
		} else {
			c.lower = "the listing calls itself a reference standard (" + quote(refText) + ")"
		}
	}
	return c
}

func quote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 80 {
		s = string(r[:80]) + "…"
	}
	return "“" + s + "”"
}

// pageContext applies what the page's title and headings (l.Context) say
// about every listing on it. A reference-standard catalogue makes a listing
// a non-offer when either the page or the listing names forensic use ("in
// methanol", "toxicology"), and lowers its hits otherwise. A page about
// detection (test strips, drug checking, harm reduction) makes a free-text
// listing a non-offer and lowers the name hits of others; an antidote page
// lowers them.
func (m *Matcher) pageContext(c *listingContext, l *npswatch.Listing, own []negHit) {
	nt := normalize(l.Context)
	var ref, forensic, detect, antidote, regulatory string
	for _, n := range own {
		if negLexicon[n.rule].kind == negForensic {
			forensic = n.span
		}
	}
	for _, n := range m.scan(&nt, 0).negs {
		switch r := negLexicon[n.rule]; {
		case r.kind == negReference:
			ref = n.span
		case r.kind == negForensic:
			forensic = n.span
		case r.kind == negDetection && (r.product || strings.Contains(strings.ToLower(n.span), "harm") ||
			strings.Contains(strings.ToLower(n.span), "checking")):
			detect = n.span // a test-strip shop, a drug-checking service; not "how do you test for it?"
		case r.kind == negRegulatory:
			regulatory = n.span
		case r.kind == negAntidote && r.product:
			antidote = n.span
		}
	}
	switch {
	case regulatory != "":
		c.nonOffer = "the page is a regulatory text (" + quote(regulatory) + "): it lists substances, it does not offer them"
	case ref != "" && forensic != "":
		c.nonOffer, c.reference, c.productRef = "the page is a reference-standard catalogue ("+quote(ref)+") for forensic use ("+quote(forensic)+")", true, false
	case ref != "" && c.lower == "":
		c.lower = "the page offers reference standards (" + quote(ref) + ")"
	case detect != "" && l.Source == "text":
		c.nonOffer = "the page is about drug detection (" + quote(detect) + ")"
	case detect != "" && c.caution == "":
		c.caution = "the page is about drug detection (" + quote(detect) + ")"
	case antidote != "" && c.caution == "":
		c.caution = "the page is about an overdose antidote (" + quote(antidote) + ")"
	}
}

// licenceRe finds what a supplier of controlled reference standards asks of
// its buyers: a licence, a registration, an end-user declaration.
var licenceRe = regexp.MustCompile(`(?i)\b(?:licen[cs]e[ds]?|licensing|registration|registrant|registered\s+(?:laborator|lab|user|customer)\w*|end[-\s]user\s+(?:declaration|certificate|statement)|exempt\s+preparation|import\s+permit|export\s+permit|permit\s+required|DEA\s+(?:form|schedule|number|registered))|许可证|资质证明|备案证明|лицензи|Erlaubnis|licencia|autorización`)

// bulkRe finds a pack size: an amount and a unit of mass.
var bulkRe = regexp.MustCompile(`(?i)(?:^|[^\d.,])(\d+(?:[.,]\d+)?)\s?(mg|g|gr|gram|grams|kg|kilo|kilos|kilogram|kilograms)\b`)

// coverStory reports why a listing that calls itself a reference standard
// sells like a vendor all the same: shipping claims (customs, stealth,
// reship … are no laboratory supplier's business), a pack of half a gram
// or more named in the product (reference standards come in milligrams and
// solutions), or a price with no word of the licence or registration a
// controlled standard is sold against (a laboratory supplier asks for it;
// a shop that sells to anyone does not). "" when none.
func coverStory(l *npswatch.Listing) string {
	if len(l.Claims) > 0 {
		return "it makes a shipping claim (" + l.Claims[0].Kind + ")"
	}
	if l.Price != "" && !licenceRe.MatchString(l.Text) {
		return "it is sold at a price (" + l.Price + ") with no licence or registration asked for"
	}
	for _, m := range bulkRe.FindAllStringSubmatch(l.Product, 20) {
		v, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", "."), 64)
		if err != nil {
			continue
		}
		switch strings.ToLower(m[2]) {
		case "mg":
			v /= 1000
		case "kg", "kilo", "kilos", "kilogram", "kilograms":
			v *= 1000
		}
		if v >= 0.5 {
			return "it sells " + strings.TrimSpace(m[0]) + " packs"
		}
	}
	return ""
}

// maxStatusCard is the longest card text (runes) whose status badge speaks
// for the whole card.
const maxStatusCard = 300

// cardStatus is why a short catalogue card is no offer: a status its
// badge or price slot shows ("Discontinued", "no longer available") is the
// card's product's, wherever it stands in the card ("" for none).
func cardStatus(negs []negHit) string {
	for _, n := range negs {
		if r := negLexicon[n.rule]; r.kind == negDisclaimer && r.product && !n.inProduct {
			return "the card says its product is no longer offered (" + quote(n.span) + ")"
		}
	}
	return ""
}
