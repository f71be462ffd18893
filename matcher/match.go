package matcher

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/npswatch/npswatch"
)

// Confidences. A hit's confidence starts from the strength of its evidence
// and is lowered by doubts, each named in Match.Reason.
const (
	confCASName       = 0.99 // a listed CAS and a name of the same entry
	confCAS           = 0.95 // a listed CAS number
	confName          = 0.90 // a name or synonym in the product name
	confNameText      = 0.80 // … only in the listing text
	confAbbrev        = 0.80 // an abbreviation ("NPP") in the product name
	confAbbrevText    = 0.65 // … only in the listing text
	confStreet        = 0.55 // a street name ("china white") in the product name
	confStreetText    = 0.45 // … only in the listing text
	confClass         = 0.70 // a class rule fired on the product name
	confClassText     = 0.60 // … only on the listing text
	confClassTerm     = 0.60 // a class named as such ("fentanyl analogues")
	confRelationOnly  = 0.35 // named only as what something else relates to
	confNameReferred  = 0.50 // a CAS whose names are all disclaimed or detected
	penaltyCASOther   = 0.15 // the listing gives CAS numbers, none of them the entry's
	penaltyCaution    = 0.10 // a test-strip or antidote term elsewhere in the text
	penaltyReference  = 0.30 // the listing calls itself a reference standard
	penaltyChineseCls = 0.10 // a Chinese class stem (no word boundaries to check)
	penaltyTopic      = 0.20 // named only by the title of the thread a post offers in
	penaltyTranslit   = 0.10 // named in katakana or hangul, read by its sound
	minConfidence     = 0.05
)

// Match returns the hits of listing l: at most one per substance (or class),
// the most specific evidence first — a CAS number, then a name, then a class
// rule — with the highest confidence. It reads l.Product, l.Text and l.CAS
// and does not change l. FirstSeen and LastSeen are left zero.
func (m *Matcher) Match(l *npswatch.Listing) []npswatch.Hit {
	if l == nil {
		return nil
	}
	hits, _ := m.matchAll(l, "")
	return hits
}

// matchAll is Match with a reason the page gives to read a listing that
// calls itself a reference standard as a cover story ("" for none); refOnly
// reports a listing that gave no hit only because its product name says
// it is a reference standard.
func (m *Matcher) matchAll(l *npswatch.Listing, shop string) (hits []npswatch.Hit, refOnly bool) {
	hits, refOnly = m.match(l, shop)
	if len(hits) == 0 && l.Source == "post" && l.Context != "" {
		hits = m.topicHits(l)
	}
	return hits, refOnly
}

// MatchPage matches the listings of one page. It is Match for each, with
// one thing a single listing cannot show: on a page that sells two or more
// watched substances plainly, and more of them than it labels "reference
// standard", such a label on the others is the shop's cover story, not a
// reference catalogue's (a research-chemical shop's "Metonitazene –
// analytical reference" beside its protonitazene and bromazolam). Their
// hits come with lower confidence and say so.
func (m *Matcher) MatchPage(ls []npswatch.Listing) [][]npswatch.Hit {
	out := make([][]npswatch.Hit, len(ls))
	var refs []int
	plain := 0
	for i := range ls {
		hits, refOnly := m.matchAll(&ls[i], "")
		out[i] = hits
		switch {
		case refOnly:
			refs = append(refs, i)
		case len(hits) > 0:
			plain++
		}
	}
	m.dropShorthandTopics(ls, out)
	if len(refs) == 0 || plain < 2 || plain < len(refs) {
		return out
	}
	why := fmt.Sprintf("the page sells %d other watched substances without that label: a shop, not a reference catalogue", plain)
	for _, i := range refs {
		out[i], _ = m.matchAll(&ls[i], why)
	}
	return out
}

// dropShorthandTopics drops the topic hits of posts that name no product
// (a reply "yes, stock in our Mexico warehouse" under "WTS 1-Boc-4-
// piperidone / BMK / PMK") for an abbreviation that is a word of a longer
// name of an entry another post on the page offers ("BMK methyl
// glycidate", by name or CAS number): the title
// shortens what the thread sells.
func (m *Matcher) dropShorthandTopics(ls []npswatch.Listing, out [][]npswatch.Hit) {
	long := map[string]bool{}
	for i := range out {
		for _, h := range out[i] {
			if strings.HasSuffix(h.Match.Reason, topicReason) {
				continue
			}
			i, ok := m.byCAS[h.Substance.CAS]
			if !ok {
				continue
			}
			for _, name := range append([]string{m.subs[i].Name}, m.subs[i].Synonyms...) {
				words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
				if len(words) < 2 {
					continue
				}
				for _, w := range words {
					long[normKey(w)+"\x00"+h.Substance.ID] = true
				}
			}
		}
	}
	if len(long) == 0 {
		return
	}
	for i := range out {
		if ls[i].Source != "post" {
			continue
		}
		out[i] = slices.DeleteFunc(out[i], func(h npswatch.Hit) bool {
			if !strings.HasSuffix(h.Match.Reason, topicReason) || !isAbbrev(h.Match.Term) {
				return false
			}
			key := normKey(h.Match.Term) + "\x00"
			for k := range long {
				if strings.HasPrefix(k, key) && !strings.HasSuffix(k, "\x00"+h.Substance.ID) {
					return true
				}
			}
			return false
		})
	}
}

// topicReason ends the reason of a hit a post takes from its thread's topic.
const topicReason = "; the post names no product: it offers the thread's topic"

// topicHits are the hits of a post that offers without naming what ("we
// have stock, 99 %, 15,000 CNY/kg, WeChat …") in a thread whose title names
// it: the reply offers the thread's topic. They are name hits of lower
// confidence whose reason says so.
func (m *Matcher) topicHits(l *npswatch.Listing) []npswatch.Hit {
	topic := *l
	topic.Product, topic.Text, topic.CAS = l.Context, "", nil
	var out []npswatch.Hit
	topicHits, _ := m.match(&topic, "")
	for _, h := range topicHits {
		h.Product = l.Product
		h.Match.Confidence = math.Round(max(minConfidence, h.Match.Confidence-penaltyTopic)*100) / 100
		h.Match.Reason += topicReason
		out = append(out, h)
	}
	return out
}

// match is Match without the thread topic; shop is matchAll's.
func (m *Matcher) match(l *npswatch.Listing, shop string) ([]npswatch.Hit, bool) {
	// names in katakana or hangul are read as the watched names they
	// transliterate: glossed, matched, and the hit says so
	product, readP := m.glossScripts(l.Product)
	body, readT := m.glossScripts(l.Text)
	if readP != nil || readT != nil {
		gl := *l
		gl.Product, gl.Text = product, body
		hits, refOnly := m.matchPlain(&gl, shop)
		for i := range hits {
			h := &hits[i]
			h.Product = l.Product
			for name, run := range readP {
				readT = mapSet(readT, name, run)
			}
			if run, ok := readT[strings.ToLower(h.Match.Span)]; ok {
				h.Match.Span = run // the words as the listing writes them
				h.Match.Reason += " (read from the transliteration “" + run + "”)"
				h.Match.Confidence = math.Round(max(minConfidence, h.Match.Confidence-penaltyTranslit)*100) / 100
			}
		}
		return hits, refOnly
	}
	return m.matchPlain(l, shop)
}

// matchPlain is match once names in other scripts are glossed.
func (m *Matcher) matchPlain(l *npswatch.Listing, shop string) ([]npswatch.Hit, bool) {
	text := l.Product
	if l.Text != "" {
		text += "\n" + l.Text
	}
	nt := normalize(text)
	sc := m.scan(&nt, int32(len(l.Product)))
	ctx := assess(sc.negs)
	if ctx.nonOffer == "" && l.Source == "card" && utf8.RuneCountInString(l.Text) <= maxStatusCard {
		ctx.nonOffer = cardStatus(sc.negs)
	}
	if ctx.nonOffer == "" && l.Context != "" {
		m.pageContext(&ctx, l, sc.negs)
	}
	refOnly := false
	if ctx.reference {
		// "reference material for forensic method development", sold by the
		// gram with a customs guarantee, is a cover story
		why := coverStory(l)
		if why == "" && ctx.productRef {
			why, refOnly = shop, true
		}
		if why != "" {
			ctx.lower = ctx.nonOffer + ", but " + why
			ctx.nonOffer = ""
		}
	}
	if ctx.nonOffer != "" {
		return nil, refOnly
	}
	names := leftmostLongest(sc.names)
	e := evaluator{m: m, nt: &nt, negs: sc.negs, conflicts: sc.conflicts, cas: listingCAS(l)}
	// a free-text page or a post of a feed, or a listing with three or more CAS numbers (a price
	// list, a catalogue page read as one), may offer several products
	e.freeText = l.Source == "text" || l.Source == "post" || len(e.cas) >= 3 || len(e.cas) == 2 && m.entriesByCAS(e.cas) == 2
	var subMentions, classMentions []mention
	for _, x := range names {
		if x.p.kind == pClassTerm {
			classMentions = append(classMentions, x)
		} else {
			subMentions = append(subMentions, x)
		}
	}
	found := e.names(subMentions)
	if ctx.productAnti && !e.offeredInProduct {
		return nil, false // "Naloxone nasal spray … reverses fentanyl overdose"
	}
	if ctx.productDetect != "" && !e.offeredInProduct {
		return nil, false // "Fentanyl test strips": the product detects what it names
	}
	e.casHits(found)
	hits, relationOnly := e.listed(found)
	switch {
	case m.opts.NoClassRules:
	case len(hits) == 0:
		classMentions = append(classMentions, m.classStems(&nt, sc.stems, names)...)
		classMentions = append(classMentions, m.systematicMentions(&nt, int32(len(l.Product)))...)
		hits = e.classHits(classMentions)
	case e.freeText:
		// a post or price list that offers listed entries may offer an
		// unlisted analogue beside them, written as a molecule (a stem or a
		// systematic name, not a class word like "nitazenes")
		molecules := e.besideNames(append(m.classStems(&nt, sc.stems, names), m.systematicMentions(&nt, int32(len(l.Product)))...), names)
		if cs := e.classHits(molecules); len(cs) > 0 {
			if l.Source != "post" { // a post lists products; a page describes one
				hits = parentsNamed(hits, molecules, cs)
			}
			hits = append(hits, cs...)
		}
	}
	if len(hits) == 0 {
		hits = relationOnly
	}
	out := make([]npswatch.Hit, 0, len(hits))
	for _, c := range hits {
		if ctx.lower != "" {
			c.lower(penaltyReference, ctx.lower)
		}
		if ctx.caution != "" && c.match.Kind != npswatch.MatchCAS {
			c.lower(penaltyCaution, ctx.caution)
		}
		if c.match.Confidence < m.opts.MinConfidence {
			continue
		}
		out = append(out, m.hit(l, c))
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Match.Confidence != out[j].Match.Confidence {
			return out[i].Match.Confidence > out[j].Match.Confidence
		}
		return out[i].Substance.ID < out[j].Substance.ID
	})
	return out, false
}

// entriesByCAS counts the watchlist entries the CAS numbers belong to: a
// listing that gives the CAS numbers of two entries offers more than one
// product (a board's opening post: "NPP, 4-ANPP, 1-boc-4-piperidone, CAS …").
func (m *Matcher) entriesByCAS(cas []string) int {
	seen := map[int]bool{}
	for _, c := range cas {
		if i, ok := m.byCAS[c]; ok {
			seen[i] = true
		}
	}
	return len(seen)
}

// besideNames returns the class mentions that overlap no name mention and
// are molecules, not the class's bare word ("nitazenes", "芬太尼类").
func (e *evaluator) besideNames(ms, names []mention) []mention {
	return slices.DeleteFunc(ms, func(x mention) bool {
		return bareClassWord(x, e.span(x.t0, x.t1)) || slices.ContainsFunc(names, func(n mention) bool { return n.t0 <= x.t1 && x.t0 <= n.t1 })
	})
}

// bareClassWord reports a class-stem mention with nothing before the stem:
// "nitazene", "Nitazenos", "fentanyl-type" name the class, not a molecule.
func bareClassWord(x mention, span string) bool {
	if x.p.kind != pStem || x.p.idx < 0 || x.p.idx >= len(classRules) {
		return false
	}
	word := strings.ToLower(strings.TrimLeftFunc(span, func(r rune) bool { return !unicode.IsLetter(r) }))
	for _, st := range classRules[x.p.idx].stems {
		if strings.HasPrefix(word, st) {
			return true
		}
	}
	return false
}

// parentsNamed drops the hits of listed entries that only the listing's
// text names when the product name is an unlisted molecule of their
// class: "Etonitazepipne (N-piperidinyl etonitazene)" described as "the
// piperidine analogue of etonitazene" offers the analogue, not its parent.
func parentsNamed(hits []*candidate, molecules []mention, cs []*candidate) []*candidate {
	if !slices.ContainsFunc(molecules, func(x mention) bool { return x.inProduct }) {
		return hits
	}
	return slices.DeleteFunc(hits, func(h *candidate) bool {
		return h.match.Kind == npswatch.MatchName && !h.inProduct &&
			slices.ContainsFunc(cs, func(c *candidate) bool { return c.ref.Class == h.ref.Class })
	})
}

// candidate is a hit in the making.
type candidate struct {
	ref       npswatch.SubstanceRef
	match     npswatch.Match
	reasons   []string
	inProduct bool // a name candidate's mention is in the product name
}

func (c *candidate) lower(by float64, why string) {
	c.match.Confidence = max(minConfidence, c.match.Confidence-by)
	c.reasons = append(c.reasons, why)
}

// subFinding is what the names of one listed entry say about a listing.
type subFinding struct {
	best       *mention // the strongest unreferred name mention
	bestConf   float64
	referred   negHit   // the first referral of a referred mention
	refMention *mention // and that mention
	nReferred  int
	relationOK bool // every referral is a relation ("precursor of …")
}

// evaluator holds what Match needs while it weighs the mentions of one
// listing.
type evaluator struct {
	m                *Matcher
	nt               *normText
	negs             []negHit
	conflicts        map[string]string
	cas              []string
	freeText         bool // the listing is a free-text post, not one product
	offeredInProduct bool
	casCands         map[int]*candidate
}

// names turns the name mentions into findings per substance.
func (e *evaluator) names(ms []mention) map[int]*subFinding {
	found := map[int]*subFinding{}
	for _, x := range ms {
		sub := &e.m.subs[x.p.sub]
		if x.p.abbrev && x.p.group != "" && e.conflicts[x.p.group] != "" {
			continue // "NPP" next to "nandrolone": another chemical
		}
		if x.p.abbrev && !x.inProduct && shorthand(x, ms) {
			continue // "BMK glicidato … metil glicidato de BMK": BMK is the glycidate's
		}
		if sub.CAS != "" && len(e.cas) > 0 && !slices.ContainsFunc(e.cas, sub.HasCAS) &&
			((x.p.abbrev && (!e.freeText || e.casBeside(x, ms))) || (!x.inProduct && !e.freeText)) {
			// an abbreviation beside another substance's CAS, or a name only in
			// the text of a listing whose CAS says it is another compound: an
			// impurity limit ("acetic anhydride <0.01%") or a related product
			continue
		}
		f := found[x.p.sub]
		if f == nil {
			f = &subFinding{relationOK: true}
			found[x.p.sub] = f
		}
		if n, ok := referral(e.nt, e.negs, x.t0, x.t1, strings.HasPrefix(sub.Category, "precursor")); ok {
			if f.nReferred == 0 {
				f.referred, f.refMention = n, &x
			}
			f.nReferred++
			f.relationOK = f.relationOK && negLexicon[n.rule].kind == negRelation
			continue
		}
		if x.inProduct {
			e.offeredInProduct = true
		}
		if conf, _ := nameConfidence(x); f.best == nil || conf > f.bestConf {
			f.best, f.bestConf = &x, conf
		}
	}
	return found
}

// shorthand reports whether abbreviation mention x, in a listing's text,
// is a word of a longer name of another entry that the product names
// ("BMK glicidato" in the title, "metil glicidato de BMK" in the text):
// the text shortens the product's name, it does not offer a second one.
func shorthand(x mention, ms []mention) bool {
	key := normKey(x.p.term)
	for _, o := range ms {
		if !o.inProduct || o.p.abbrev || o.p.sub == x.p.sub {
			continue
		}
		for _, w := range strings.FieldsFunc(o.p.term, func(r rune) bool { return r == ' ' || r == '-' }) {
			if normKey(w) == key {
				return true
			}
		}
	}
	return false
}

// casBeside reports whether a valid CAS number of the listing stands
// beside mention x: in its sentence, with no other name between them ("4-
// ANPP and Norfentanyl (CAS 1609-66-1)": the number is norfentanyl's). In
// a post or price list offering several products, an abbreviation is
// doubted only beside another substance's number.
func (e *evaluator) casBeside(x mention, ms []mention) bool {
	sent := e.nt.toks[x.t0].sent
	for _, m := range npswatch.FindCAS(e.nt.src) {
		if !m.Valid {
			continue
		}
		t := tokenAtOrig(e.nt, m.Start)
		if t >= len(e.nt.toks) || e.nt.toks[t].sent != sent {
			continue
		}
		lo, hi := min(t, x.t1), max(t, x.t0)
		between := false
		for _, o := range ms {
			if o.t0 > lo && o.t1 < hi && o.p.sub != x.p.sub {
				between = true
				break
			}
		}
		if !between {
			return true
		}
	}
	return false
}

// nameConfidence scores a name mention by the kind of term and where it stands.
func nameConfidence(x mention) (float64, string) {
	switch {
	case x.p.trunc && x.inProduct:
		return confStreet, "truncation"
	case x.p.trunc:
		return confStreetText, "truncation"
	case x.p.weak && x.inProduct:
		return confStreet, "street-name"
	case x.p.weak:
		return confStreetText, "street-name"
	case x.p.abbrev && x.inProduct:
		return confAbbrev, "abbreviation"
	case x.p.abbrev:
		return confAbbrevText, "abbreviation"
	case x.inProduct:
		return confName, "name"
	}
	return confNameText, "name"
}

// nameCandidate makes the hit candidate of an unreferred name mention.
func (e *evaluator) nameCandidate(x *mention, sub *npswatch.Substance) *candidate {
	p := x.p
	conf, rule := nameConfidence(*x)
	where := "the product name"
	if !x.inProduct {
		where = "the listing text"
	}
	span := e.span(x.t0, x.t1)
	c := &candidate{ref: sub.Ref(), match: npswatch.Match{Kind: npswatch.MatchName, Term: p.term,
		Span: span, Rule: rule, Confidence: conf}, inProduct: x.inProduct}
	c.reasons = append(c.reasons, fmt.Sprintf("%s in %s matches %s %s", quote(span), where, describeRule(rule), quote(p.term)))
	if how := e.obfuscation(*x); how != "" {
		c.reasons = append(c.reasons, "spelling disguised ("+how+")")
	}
	if sub.CAS != "" && len(e.cas) > 0 && !slices.ContainsFunc(e.cas, sub.HasCAS) {
		c.lower(penaltyCASOther, "the listing gives CAS "+strings.Join(e.cas, ", ")+", not "+sub.CAS+" (a salt, or another compound?)")
	}
	return c
}

func describeRule(rule string) string {
	switch rule {
	case "abbreviation":
		return "the abbreviation"
	case "street-name":
		return "the street name"
	case "truncation":
		return "a truncation of watchlist name"
	}
	return "watchlist name"
}

// obfuscation says how the spelling of a mention was disguised, if it was.
func (e *evaluator) obfuscation(x mention) string {
	var how []string
	single := 0
	for t := x.t0; t <= x.t1; t++ {
		if e.nt.toks[t].flags&flagObfuscated != 0 && !slices.Contains(how, "look-alike characters or leetspeak") {
			how = append(how, "look-alike characters or leetspeak")
		}
		if e.nt.toks[t].units == 1 && e.nt.toks[t].flags&flagHan == 0 {
			single++
		}
	}
	if x.spaced && single >= 3 {
		how = append(how, "letters spaced out")
	}
	return strings.Join(how, ", ")
}

// span returns the original text of tokens t0..t1.
func (e *evaluator) span(t0, t1 int) string {
	return e.nt.src[e.nt.toks[t0].oStart:e.nt.toks[t1].oEnd]
}

// listingCAS returns the listing's CAS numbers in canonical form, valid ones only.
func listingCAS(l *npswatch.Listing) []string {
	var out []string
	for _, c := range l.CAS {
		if n, ok := npswatch.ParseCAS(c); ok && npswatch.ValidCAS(n) && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// casHits makes a candidate for every listing CAS that is a watchlist CAS,
// unless the number itself stands in a negative context in the text.
func (e *evaluator) casHits(found map[int]*subFinding) {
	if len(e.cas) == 0 {
		return
	}
	mentions := npswatch.FindCAS(e.nt.src)
	e.casCands = map[int]*candidate{}
	for _, c := range e.cas {
		i, ok := e.m.byCAS[c]
		if !ok {
			continue
		}
		sub := &e.m.subs[i]
		span, referred := c, false
		for _, cm := range mentions {
			if cm.Number != c {
				continue
			}
			span = e.nt.src[cm.Start:cm.End]
			t0, t1 := tokenAtOrig(e.nt, cm.Start), tokenAtOrig(e.nt, cm.End-1)
			if t0 < len(e.nt.toks) && t1 < len(e.nt.toks) && t0 <= t1 {
				if n, ok := referral(e.nt, e.negs, t0, t1, false); ok && negLexicon[n.rule].kind.strong() {
					referred = true
					continue
				}
			}
			referred = false
			break
		}
		if referred {
			continue
		}
		cand := &candidate{ref: sub.Ref(), match: npswatch.Match{Kind: npswatch.MatchCAS, Term: c, Span: span,
			Rule: "cas", Confidence: confCAS}}
		if c == sub.CAS {
			cand.reasons = append(cand.reasons, "CAS "+c+" on the listing is the CAS of "+quote(sub.Name))
		} else {
			cand.reasons = append(cand.reasons, "CAS "+c+" on the listing is the CAS of a salt of "+quote(sub.Name)+" ("+sub.CAS+")")
		}
		if f := found[i]; f != nil && f.best != nil {
			cand.match.Confidence, cand.match.Rule = confCASName, "cas+name"
			cand.reasons = append(cand.reasons, "the name matches too: "+quote(e.span(f.best.t0, f.best.t1)))
		} else if f != nil && f.nReferred > 0 && negLexicon[f.referred.rule].kind.strong() {
			cand.match.Confidence = confNameReferred
			cand.reasons = append(cand.reasons, "but its name stands in a "+negLexicon[f.referred.rule].kind.String()+
				" context ("+quote(f.referred.span)+")")
		}
		e.casCands[i] = cand
	}
}

// tokenAtOrig returns the index of the first token that ends after offset
// o of the original text.
func tokenAtOrig(nt *normText, o int) int {
	return sort.Search(len(nt.toks), func(i int) bool { return int(nt.toks[i].oEnd) > o })
}

// listed returns the candidates of listed entries, CAS before name, and
// apart from them the substances named only as what something else relates
// to ("precursor of fentanyl"), which count only when nothing is offered.
func (e *evaluator) listed(found map[int]*subFinding) (offered, relationOnly []*candidate) {
	subs := make([]int, 0, len(found)+len(e.casCands))
	for i := range found {
		subs = append(subs, i)
	}
	for i := range e.casCands {
		if found[i] == nil {
			subs = append(subs, i)
		}
	}
	sort.Ints(subs)
	// sentences that name a substance by more than a street name: a street
	// name beside one ("Fent@nyl powder (China white)") describes it
	strong := map[int32]bool{}
	for _, f := range found {
		if f.best != nil && !f.best.p.weak {
			strong[e.nt.toks[f.best.t0].sent] = true
		}
	}
	for _, i := range subs {
		if c := e.casCands[i]; c != nil {
			offered = append(offered, c)
			continue
		}
		f := found[i]
		switch {
		case f.best != nil && f.best.p.paired && !e.pairedOK(found, i):
			continue
		case f.best != nil && f.best.p.weak && !f.best.p.paired && strong[e.nt.toks[f.best.t0].sent]:
			continue
		case f.best != nil:
			offered = append(offered, e.nameCandidate(f.best, &e.m.subs[i]))
		case f.nReferred > 0 && f.relationOK:
			sub := &e.m.subs[i]
			c := &candidate{ref: sub.Ref(), match: npswatch.Match{Kind: npswatch.MatchName, Term: f.refMention.p.term,
				Span: e.span(f.refMention.t0, f.refMention.t1), Rule: "name", Confidence: confRelationOnly}}
			c.reasons = append(c.reasons, quote(c.match.Span)+" is named only as a related substance ("+quote(f.referred.span)+")")
			relationOnly = append(relationOnly, c)
		}
	}
	return offered, relationOnly
}

// hit turns a candidate into a Hit of listing l.
func (m *Matcher) hit(l *npswatch.Listing, c *candidate) npswatch.Hit {
	listingID := l.ID
	if listingID == "" {
		cp := *l
		cp.SetID()
		listingID = cp.ID
	}
	c.match.Reason = strings.Join(c.reasons, "; ")
	c.match.Confidence = math.Round(c.match.Confidence*100) / 100
	h := npswatch.Hit{URL: l.URL, OfferURL: l.OfferURL, Site: l.Site, Product: l.Product, Substance: c.ref, Match: c.match,
		Claims: append([]npswatch.Claim{}, l.Claims...), ListingID: listingID, CaptureID: l.CaptureID, RunID: l.RunID}
	h.SetID()
	return h
}

// mapSet sets m[k] = v, making m when it is nil.
func mapSet(m map[string]string, k, v string) map[string]string {
	if m == nil {
		m = map[string]string{}
	}
	m[k] = v
	return m
}

// pairedOK reports whether the class stub that is found[i]'s best mention
// ("iso") stands in a sentence with a mention of another substance of the
// same class ("meto", "protonitazene"): a list of the class's members.
func (e *evaluator) pairedOK(found map[int]*subFinding, i int) bool {
	f := found[i]
	cls := e.m.subs[i].Class
	sent := e.nt.toks[f.best.t0].sent
	for j, g := range found {
		if j == i || g.best == nil || e.m.subs[j].Class != cls || cls == "" {
			continue
		}
		if e.nt.toks[g.best.t0].sent == sent {
			return true
		}
	}
	return false
}
