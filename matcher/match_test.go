package matcher_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/matcher"
)

func TestMatchObfuscation(t *testing.T) {
	m := mustMatcher(t)
	runMatchCases(t, m, []matchCase{
		// leetspeak
		{"leet fentanyl", listing("F3nt@nyl citrate 99%", ""), []string{"fentanyl:name"}},
		{"leet carfentanil", listing("c4rf3nt4n1l", ""), []string{"carfentanil:name"}},
		{"leet heroin", listing("H3r0in #4", ""), []string{"heroin:name"}},
		{"leet leading zero", listing("0xyc0d0ne 80mg", ""), []string{"oxycodone:name"}},
		{"leet trailing one", listing("fentany1 powder", ""), []string{"fentanyl:name"}},
		{"leet inside a synonym", listing("Intermediate", "despropionyl f3nt@nyl, white powder"), []string{"4-anpp:name"}},
		// look-alike letters
		{"cyrillic look-alikes", listing("Саrfеntаnil", ""), []string{"carfentanil:name"}},
		{"traditional chinese", listing("乙醯芬太尼 99%", ""), []string{"acetylfentanyl:name"}},
		{"spanish", listing("Fentanilo citrato 99%", ""), []string{"fentanyl:name"}},
		{"russian", listing("Карфентанил, 1 г", ""), []string{"carfentanil:name"}},
		{"spanish precursor", listing("N-fenetil-4-piperidona", ""), []string{"npp:name"}},
		{"greek omicron", listing("Herοin", ""), []string{"heroin:name"}},
		{"fullwidth", listing("４－ＡＮＰＰ", ""), []string{"4-anpp:name"}},
		{"diacritics", listing("Fëntänyl", ""), []string{"fentanyl:name"}},
		// invisible characters
		{"zero width space", listing("Fen\u200btanyl", ""), []string{"fentanyl:name"}},
		{"soft hyphen", listing("Carfen\u00adtanil", ""), []string{"carfentanil:name"}},
		{"word joiner", listing("N\u2060P\u2060P", ""), []string{"npp:name"}},
		// letters spaced out
		{"hyphen spaced", listing("C-a-r-f-e-n-t-a-n-i-l", ""), []string{"carfentanil:name"}},
		{"dot spaced", listing("4-A.N.P.P", ""), []string{"4-anpp:name"}},
		{"space spaced abbreviation", listing("n p p", ""), []string{"npp:name"}},
		{"space spaced", listing("F e n t a n y l", ""), []string{"fentanyl:name"}},
		{"split long name", listing("fen tanyl", ""), []string{"fentanyl:name"}},
		// separators
		{"hyphenated", listing("acetyl-fentanyl", ""), []string{"acetylfentanyl:name"}},
		{"spaced", listing("acetyl fentanyl", ""), []string{"acetylfentanyl:name"}},
		{"joined", listing("ACETYLFENTANYL", ""), []string{"acetylfentanyl:name"}},
		{"underscore", listing("acetyl_fentanyl", ""), []string{"acetylfentanyl:name"}},
		// salts and forms do not block
		{"hcl", listing("Fentanyl HCl", ""), []string{"fentanyl:name"}},
		{"hydrochloride", listing("ANPP hydrochloride 99%", ""), []string{"4-anpp:name"}},
		{"powder", listing("NPP powder, 1kg", ""), []string{"npp:name"}},
		{"base", listing("Carfentanil base", ""), []string{"carfentanil:name"}},
		{"salt written on", listing("FentanylHCl", ""), []string{"fentanyl:name"}},
		{"no salt, another word", listing("Methanol, HPLC grade", ""), nil},
		// locants and spellings
		{"greek locant", listing("α-methylfentanyl", ""), []string{"alpha-methylfentanyl:name"}},
		{"spelled locant", listing("alpha methyl fentanyl", ""), []string{"alpha-methylfentanyl:name"}},
		{"position p", listing("p-fluorobutyrylfentanyl", ""), []string{"para-fluorobutyrylfentanyl:name"}},
		{"position abbreviation", listing("p-FIBF", ""), []string{"4-fluoroisobutyrylfentanyl:name"}},
		{"INN suffix", listing("acetylfentanil", ""), []string{"acetylfentanyl:name"}},
		{"racemate", listing("(±)-methamphetamine", ""), []string{"methamphetamine-racemate:name"}},
		// Chinese
		{"chinese fentanyl", listing("出售芬太尼", ""), []string{"fentanyl:name"}},
		{"chinese longest", listing("乙酰芬太尼 现货", ""), []string{"acetylfentanyl:name"}},
		{"chinese ANPP", listing("4-苯胺基-N-苯乙基哌啶", ""), []string{"4-anpp:name"}},
		{"chinese NPP", listing("N-苯乙基-4-哌啶酮", ""), []string{"npp:name"}},
		{"chinese xylazine", listing("赛拉嗪 原料", ""), []string{"xylazine:name"}},
	})
}

func TestMatchLongest(t *testing.T) {
	m := mustMatcher(t)
	runMatchCases(t, m, []matchCase{
		{"acetyl fentanyl is not fentanyl", listing("Acetyl Fentanyl", ""), []string{"acetylfentanyl:name"}},
		// a spelling of a short code written joined: "pFIBF" beside "4-FIBF",
		// whose key "p|fibf" must not make the joined one unmatchable
		{"joined synonym", listing("pFIBF 99% powder", ""), []string{"4-fluoroisobutyrylfentanyl:name"}},
		// a lower-case locant glued to a capital abbreviation is the locant
		{"camel locant", listing("pFBF", ""), []string{"para-fluorobutyrylfentanyl:name"}},
		{"joined locant in lower case is a word", listing("off white powder", ""), nil},
		{"brand name", listing("Durogesic 50 mcg/h patches", ""), []string{"fentanyl:name"}},
		{"systematic 1-boc-4-AP", listing("tert-butyl 4-(phenylamino)piperidine-1-carboxylate", ""), []string{"1-boc-4-ap:name"}},
		{"other carboxylate is not piperidine", listing("tert-butyl 4-(2-hydroxyethyl)piperidine-1-carboxylate", ""), nil},
		{"bare piperidine carboxylic acid", listing("Piperidine-4-carboxylic acid", ""), nil},
		{"bracketed piperidine", listing("1-(2-phenylethyl)piperidine", ""), nil},
		{"piperidine itself", listing("Piperidine, 99%", ""), []string{"piperidine:name"}},
		{"NPP systematic", listing("1-(2-phenylethyl)-4-piperidinone", ""), []string{"npp:name"}},
		{"fentanyl IUPAC", listing("N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide", ""), []string{"fentanyl:name"}},
		{"boc piperidone", listing("1-Boc-4-piperidone", ""), []string{"1-boc-4-piperidone:name"}},
		{"N-boc piperidone", listing("N-Boc-4-piperidone", ""), []string{"1-boc-4-piperidone:name"}},
		{"cbz piperidone is a carbamate", listing("1-Cbz-4-piperidone", ""), []string{"4-piperidone:name"}},
		{"benzyl piperidone is not", listing("1-Benzyl-4-piperidone", ""), nil},
		{"ANPP systematic", listing("4-anilino-N-phenethylpiperidine", ""), []string{"4-anpp:name"}},
		{"methamphetamine is not amphetamine", listing("Methamphetamine", ""), []string{"methamphetamine:name"}},
		{"phenyl acetone is P2P", listing("Phenyl Acetone", ""), []string{"p2p:name"}},
		{"diethyl ether", listing("Diethyl ether", ""), []string{"ethyl-ether:name"}},
		{"triethylamine", listing("Triethylamine", ""), nil},
		{"locant after prefix", listing("3-hydroxy-2-butanone", ""), nil},
		{"substituted benzaldehyde", listing("4-Fluoro Benzaldehyde", ""), nil},
		{"toluene diisocyanate", listing("Toluene-2,4-diisocyanate", ""), nil},
		{"PCP systematic", listing("1-(1-phenylcyclohexyl)piperidine", ""), []string{"phencyclidine:name"}},
		{"url slug", listing("Buy-Fentanyl-Online", ""), []string{"fentanyl:name"}},
	})
}

func TestMatchBoundaries(t *testing.T) {
	m := mustMatcher(t)
	runMatchCases(t, m, []matchCase{
		{"inside a word", listing("Snpp pharma, unanpped", ""), nil},
		{"english word from a short code", listing("Turn it off", ""), nil},
		{"short code written joined at a locant", listing("4AP", ""), []string{"4-ap:name"}},
		{"short code written apart", listing("4 AP", ""), []string{"4-ap:name"}},
		{"short name split into words", listing("Call me k", ""), nil},
		{"short name split at random", listing("ace tone", ""), nil},
		{"across sentences", listing("Order now. P. C. P.", ""), nil},
		{"letter spaced across a full stop", listing("N. P. P", ""), nil},
		{"common acronym", listing("FRS approved", ""), nil},
		{"sentence break inside a long name", listing("acetyl. fentanyl", ""), []string{"fentanyl:name"}},
	})
}

func TestMatchClassRules(t *testing.T) {
	m := mustMatcher(t)
	runMatchCases(t, m, []matchCase{
		{"novel acyl", listing("meta-fluoro-valerylfentanyl", ""), []string{"fentanyl-class:class"}},
		{"novel ring", listing("ortho-methylcyclopentyl fentanyl", ""), []string{"fentanyl-class:class"}},
		{"novel INN", listing("oxolanylmethyl-fentanil HCl", ""), []string{"fentanyl-class:class"}},
		{"novel carbonyl", listing("cyclohexylcarbonyl fentanyl", ""), []string{"fentanyl-class:class"}},
		{"novel in text", listing("Research chemical", "Our new 2-thienylacetylfentanyl, 99%"), []string{"fentanyl-class:class"}},
		{"misspelling", listing("Fetanyl powder", ""), []string{"fentanyl-class:class"}},
		{"novel nitazene", listing("pentyloxynitazene", ""), []string{"nitazene-class:class"}},
		{"substituted nitazene", listing("N-piperidino butonitazene", ""), []string{"nitazene-class:class"}},
		{"nitazepyne", listing("Butonitazepyne 1g", ""), []string{"nitazene-class:class"}},
		{"chinese novel", listing("环己基芬太尼", ""), []string{"fentanyl-class:class"}},
		{"chinese nitazene", listing("丁氧尼秦 粉末", ""), []string{"nitazene-class:class"}},
		{"class term", listing("Fentanyl analogues for research", ""), []string{"fentanyl-class:class"}},
		{"chinese class term", listing("芬太尼类物质", ""), []string{"fentanyl-class:class"}},
		{"listed entry wins", listing("meta-fluoro-valerylfentanyl", "made from NPP"), []string{"npp:name"}},
		{"listed analogue is no class", listing("Valerylfentanyl", ""), []string{"valerylfentanyl:name"}},
	})
}

func TestMatchNegativeContext(t *testing.T) {
	m := mustMatcher(t)
	runMatchCases(t, m, []matchCase{
		{"test strips", listing("Fentanyl Test Strips (pack of 10)", "Detects fentanyl, carfentanil and acetyl fentanyl in 5 minutes."), nil},
		{"elisa kit", listing("Rapid Fentanyl Detection Kit", "ELISA for carfentanil"), nil},
		{"swab", listing("Drug detection swab", "Fentanyl, carfentanil, heroin"), nil},
		{"immunoassay", listing("Nitazene immunoassay", "detects isotonitazene and metonitazene"), nil},
		{"chinese test strip", listing("芬太尼检测试纸", ""), nil},
		{"polish test strips", listing("Testy paskowe na fentanyl (10 szt.)", ""), nil},
		{"japanese test strip", listing("フェンタニル テストストリップ 10枚", ""), nil},
		{"naloxone", listing("Naloxone HCl Nasal Spray 4mg", "Reverses opioid overdose, including fentanyl and heroin."), nil},
		{"narcan", listing("NARCAN", "for fentanyl overdose"), nil},
		{"suboxone is an offer", listing("Suboxone (buprenorphine/naloxone) film", ""), []string{"buprenorphine:name"}},
		{"reference standard", listing("Carfentanil analytical reference standard", "100 µg/mL in methanol"), nil},
		{"forensic CRM in text", listing("Carfentanil", "Certified reference material for forensic toxicology laboratories."), nil},
		{"priced forensic CRM against a licence", priced(listing("Carfentanil", "Certified reference material for forensic toxicology laboratories. Ships only to DEA-registered laboratories; a copy of your licence is required."), "USD 310"), nil},
		{"we do not sell", listing("Chemical catalogue", "We do not sell fentanyl, carfentanil or any controlled substances."), nil},
		{"disclaimer with CAS", listing("Notice", "We do not sell fentanyl (CAS 437-38-7).", "437-38-7"), nil},
		{"disclaimer elsewhere", listing("Fentanyl citrate", "We do not sell fentanyl to individuals."), []string{"fentanyl:name"}},
		{"not for sale", listing("Notice", "Carfentanil: not for sale."), nil},
		{"free of", listing("Heroin #3", "Tested, free of fentanyl."), []string{"heroin:name"}},
		{"hyphen free", listing("Heroin #4", "fentanyl-free guaranteed"), []string{"heroin:name"}},
		{"precursor of", listing("4-ANPP", "Immediate precursor of fentanyl."), []string{"4-anpp:name"}},
		{"fentanyl precursor", listing("ANPP", "fentanyl precursor, 99% purity"), []string{"4-anpp:name"}},
		{"overdose", listing("Forum post", "My friend died of a fentanyl overdose."), nil},
		{"precursor name is no relation", listing("NPP precursor powder", ""), []string{"npp:name"}},
		{"nandrolone NPP", listing("NPP (Nandrolone Phenylpropionate) steroid powder", ""), nil},
		{"aminopyridine 4-AP", listing("4-AP", "4-aminopyridine, 99%"), nil},
		{"methylenedianiline MDA", listing("4,4'-MDA", "4,4'-methylenedianiline, epoxy curing agent"), nil},
		{"abbreviation with another CAS", listing("MDA", "", "101-77-9"), nil},
		{"full name with another CAS", listing("Fentanyl citrate", "", "56-81-5"), []string{"fentanyl:name"}},
		// the CAS numbers of two entries: a listing of several products, whose
		// third name stands without its CAS
		{"two entries' CAS numbers", listing("Прекурсоры оптом", "NPP (1-фенэтил-4-пиперидон), 4-ANPP, 1-boc-4-piperidone. CAS 39742-60-4 и 79099-07-3", "39742-60-4", "79099-07-3"),
			[]string{"npp:cas", "1-boc-4-piperidone:cas", "4-anpp:name"}},
		// a salt's CAS is its entry's (seeds: salt_cas), wherever the name stands
		{"a salt's CAS", listing("Fentanyl citrate", "", "990-73-8"), []string{"fentanyl:cas"}},
		{"a salt's CAS with the name in the text only", listing("Abu Khalid ▶ Research chemicals", "Fentanyl citrate 99%, CAS 990-73-8", "990-73-8"), []string{"fentanyl:cas"}},
		{"ordinary words", listing("White crystal powder", "ice pack included, fast speed"), nil},
		{"case sensitive abbreviation", listing("Mapa del sitio", ""), nil},
		{"case sensitive abbreviation upper", listing("MAPA", ""), []string{"mapa:name"}},
	})
}

func TestMatchCAS(t *testing.T) {
	m := mustMatcher(t)
	runMatchCases(t, m, []matchCase{
		{"cas only", listing("Item 7781", "", "21409-26-7"), []string{"4-anpp:cas"}},
		{"cas and name", listing("4-ANPP", "CAS 21409-26-7", "21409-26-7"), []string{"4-anpp:cas"}},
		{"benign cas", listing("Sodium bicarbonate", "", "144-55-8"), nil},
		{"invalid cas ignored", listing("Item", "", "21409-26-8"), nil},
		{"fullwidth cas", listing("Item", "", "３９７４２－６０－４"), []string{"npp:cas"}},
		{"two substances", listing("NPP and ANPP", "", "39742-60-4", "21409-26-7"), []string{"4-anpp:cas", "npp:cas"}},
		{"cas in a test strip listing", listing("Fentanyl Test Strip", "", "437-38-7"), nil},
		// the listing's own CAS says which compound it is: a watched name only
		// in its text is an impurity limit or a related product, not the offer
		{"impurity limit in a spec table", listing("Acetic Acid, ACS Reagent", "Assay | ≥99.7%\nAcetic Anhydride ACS | <0.01% wt. max.", "64-19-7"), nil},
		{"related product", listing("Benzyl chloride", "Customers also bought: N-Phenethyl-4-piperidone", "100-44-7"), nil},
		{"name in the product despite another CAS", listing("N-Phenethyl-4-piperidone", "", "100-44-7"), []string{"npp:name"}},
		// a street name beside a real name describes that substance
		{"street name beside a name", listing("Opioid line", "Fent@nyl HCl powder 98% (China white)"), []string{"fentanyl:name"}},
		{"street name alone", listing("Opioid line", "Pure China white, fast ship"), []string{"fentanyl:name"}}, // DEA slang glossary: fentanyl
	})
	free := listing("Selling from stock", "N-Phenethyl-4-piperidone and 4-ANPP, CAS 21409-26-7", "21409-26-7")
	free.Source = "text"
	if got := summary(m.Match(free)); !slices.Equal(got, []string{"4-anpp:cas", "npp:name"}) {
		t.Errorf("a free-text post offering two products: got %v", got)
	}
	hits := m.Match(listing("4-ANPP", "CAS 21409–26–7", "21409-26-7"))
	if len(hits) != 1 || hits[0].Match.Confidence != 0.99 || hits[0].Match.Rule != "cas+name" || hits[0].Match.Span != "21409–26–7" {
		t.Errorf("cas+name: got %+v", hits)
	}
	hits = m.Match(listing("Item 7781", "", "21409-26-7"))
	if len(hits) != 1 || hits[0].Match.Confidence != 0.95 || hits[0].Match.Term != "21409-26-7" {
		t.Errorf("cas only: got %+v", hits)
	}
}

func TestMatchConfidence(t *testing.T) {
	m := mustMatcher(t)
	tests := []struct {
		name     string
		l        *npswatch.Listing
		id       string
		min, max float64
		reason   string
	}{
		{"product name", listing("Carfentanil", ""), "carfentanil", 0.9, 0.9, "product name"},
		{"text only", listing("Research chemicals", "We stock carfentanil."), "carfentanil", 0.8, 0.8, "listing text"},
		{"abbreviation", listing("NPP", ""), "npp", 0.8, 0.8, "abbreviation"},
		{"street name", listing("China White", ""), "fentanyl", 0.5, 0.6, "street name"},
		{"obfuscated", listing("F3nt@nyl", ""), "fentanyl", 0.9, 0.9, "disguised"},
		{"reference without forensic use", listing("Carfentanil", "reference standard grade"), "carfentanil", 0.5, 0.65, "reference standard"},
		{"test strips elsewhere", listing("Fentanyl citrate", "Test strips sold separately."), "fentanyl", 0.7, 0.85, "Test strips"},
		{"priced forensic CRM, no licence asked", priced(listing("Isotonitazene, analytical reference standard, 1 mg", "Certified reference material for forensic laboratories. In stock. Add to Cart"), "EUR 95.00"), "isotonitazene", 0.5, 0.65, "no licence or registration"},
		{"relation only", listing("Chemical intermediates", "intermediate for fentanyl synthesis"), "fentanyl", 0.3, 0.4, "related"},
		{"other CAS", listing("Fentanyl citrate", "", "56-81-5"), "fentanyl", 0.7, 0.8, "56-81-5"},
		{"class", listing("meta-fluoro-valerylfentanyl", ""), "fentanyl-class", 0.7, 0.7, "matches no watchlist entry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits := m.Match(tt.l)
			i := slices.IndexFunc(hits, func(h npswatch.Hit) bool { return h.Substance.ID == tt.id })
			if i < 0 {
				t.Fatalf("no hit for %s in %v", tt.id, summary(hits))
			}
			h := hits[i]
			if c := h.Match.Confidence; c < tt.min-1e-9 || c > tt.max+1e-9 {
				t.Errorf("confidence %.3f not in [%.2f, %.2f]; reason %q", c, tt.min, tt.max, h.Match.Reason)
			}
			if !strings.Contains(h.Match.Reason, tt.reason) {
				t.Errorf("reason %q does not mention %q", h.Match.Reason, tt.reason)
			}
		})
	}
}

func TestMatchHitFields(t *testing.T) {
	m := mustMatcher(t)
	l := &npswatch.Listing{URL: "https://shop.example/p/9", Site: "shop.example", Product: "Acetyl-Fentanyl HCl",
		Claims: []npswatch.Claim{{Kind: npswatch.ClaimStealth, Text: "discreet packaging"}}, CaptureID: "cap1", RunID: "run1"}
	hits := m.Match(l)
	if len(hits) != 1 {
		t.Fatalf("got %v", summary(hits))
	}
	h := hits[0]
	cp := *l
	cp.SetID()
	if h.ListingID != cp.ID || l.ID != "" {
		t.Errorf("ListingID %q, want %q computed without changing the listing", h.ListingID, cp.ID)
	}
	want := h
	want.SetID()
	if h.ID == "" || h.ID != want.ID {
		t.Errorf("hit id %q not set by SetID", h.ID)
	}
	if h.Substance.ID != "acetylfentanyl" || h.Substance.Severity != npswatch.SeverityCritical || h.Substance.CAS != "3258-84-2" ||
		h.Substance.Class != npswatch.ClassFentanyl || len(h.Substance.Sources) == 0 {
		t.Errorf("substance ref %+v", h.Substance)
	}
	if h.Match.Span != "Acetyl-Fentanyl" || h.Match.Term != "Acetylfentanyl" || h.Match.Kind != npswatch.MatchName {
		t.Errorf("match %+v", h.Match)
	}
	if len(h.Claims) != 1 || h.CaptureID != "cap1" || h.RunID != "run1" {
		t.Errorf("claims/capture/run not copied: %+v", h)
	}
	h.Claims[0].Text = "changed"
	if l.Claims[0].Text != "discreet packaging" {
		t.Error("hit claims share memory with the listing")
	}
	l.ID = "given"
	if hits := m.Match(l); hits[0].ListingID != "given" {
		t.Errorf("ListingID %q, want the listing's own id", hits[0].ListingID)
	}
}

func TestMatchClassRef(t *testing.T) {
	m := mustMatcher(t)
	hits := m.Match(listing("meta-fluoro-valerylfentanyl", ""))
	if len(hits) != 1 {
		t.Fatalf("got %v", summary(hits))
	}
	h := hits[0]
	if h.Substance.CAS != "" || h.Substance.Class != npswatch.ClassFentanyl || h.Match.Rule != "fentanyl-suffix" ||
		h.Match.Span != "meta-fluoro-valerylfentanyl" || h.Match.Term != "-fentanyl" {
		t.Errorf("class hit %+v", h)
	}
	// Without a class entry in the watchlist the hit is keyed by class.
	small, err := matcher.New([]npswatch.Substance{{ID: "npp", Name: "NPP", Severity: "high"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	hits = small.Match(listing("Isotonitazene analog: butyl-etonitazene", ""))
	if len(hits) != 1 || hits[0].Substance.ID != "" || hits[0].Substance.Class != npswatch.ClassNitazene ||
		hits[0].Substance.Severity != npswatch.SeverityCritical {
		t.Fatalf("synthetic class hit: %+v", hits)
	}
	want := hits[0]
	want.SetID()
	if hits[0].ID != want.ID {
		t.Error("class hit without an entry is not keyed by class")
	}
}

func TestMatchOptions(t *testing.T) {
	subs := []npswatch.Substance{
		{ID: "npp", Name: "NPP", CAS: "39742-60-4", Severity: "high"},
		{ID: "fentanyl-class", Name: "FRS (class entry)", Class: "fentanyl", Severity: "critical"},
	}
	m, err := matcher.New(subs, &matcher.Options{NoClassRules: true, MinConfidence: 0.7})
	if err != nil {
		t.Fatal(err)
	}
	if hits := m.Match(listing("oxetanylfentanyl", "")); len(hits) != 0 {
		t.Errorf("class rules off, got %v", summary(hits))
	}
	if hits := m.Match(listing("Chemicals", "we also have npp")); len(hits) != 0 {
		t.Errorf("MinConfidence 0.7 kept %v", describe(hits))
	}
	if hits := m.Match(listing("NPP", "")); len(hits) != 1 {
		t.Errorf("got %v", summary(hits))
	}
}

func TestMatchEmpty(t *testing.T) {
	m := mustMatcher(t)
	if hits := m.Match(nil); hits != nil {
		t.Errorf("nil listing: %v", hits)
	}
	if hits := m.Match(&npswatch.Listing{}); len(hits) != 0 {
		t.Errorf("empty listing: %v", hits)
	}
}

func TestNew(t *testing.T) {
	tests := []struct {
		name string
		subs []npswatch.Substance
		want string
	}{
		{"empty", nil, "empty watchlist"},
		{"invalid", []npswatch.Substance{{ID: "x", Name: "X", Severity: "huge"}}, "unknown severity"},
		{"duplicate", []npswatch.Substance{{ID: "x", Name: "X", Severity: "low"}, {ID: "x", Name: "Y", Severity: "low"}}, "duplicate id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := matcher.New(tt.subs, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestMatchConcurrent(t *testing.T) {
	m := mustMatcher(t)
	ls := []*npswatch.Listing{listing("4-A N P P", "despropionyl f3nt@nyl"), listing("Fentanyl Test Strips", ""),
		listing("meta-fluoro-valerylfentanyl", ""), listing("出售芬太尼", "", "437-38-7")}
	want := make([][]string, len(ls))
	for i, l := range ls {
		want[i] = summary(m.Match(l))
	}
	done := make(chan error)
	for g := 0; g < 4; g++ {
		go func() {
			var err error
			for n := 0; n < 50; n++ {
				i := (g + n) % len(ls)
				if got := summary(m.Match(ls[i])); strings.Join(got, ",") != strings.Join(want[i], ",") {
					err = fmt.Errorf("listing %d: got %v, want %v", i, got, want[i])
				}
			}
			done <- err
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestMatchPageContext checks what the page's title and headings
// (Listing.Context) do to the listings on it.
func TestMatchPageContext(t *testing.T) {
	m := mustMatcher(t)
	with := func(l *npswatch.Listing, context, source string) *npswatch.Listing {
		l.Context, l.Source = context, source
		return l
	}
	crm := "Opioid Certified Reference Materials | Meridale Standards\nOpioids — Certified Reference Materials"
	runMatchCases(t, m, []matchCase{
		{"reference catalogue, forensic row", with(listing("Carfentanil", "1 mL ampoule, acetonitrile | 100 µg/mL", "59708-52-0"), crm, "table"), nil},
		{"reference catalogue, forensic title", with(listing("Fentanyl", "1.0 mg/mL", "437-38-7"), "Forensic toxicology reference standards", "table"), nil},
		{"drug-checking page, free text", with(listing("Drug alert", "Pills sold as oxycodone contained fentanyl and xylazine."), "Drug alert | Riverside Drug Checking Service", "text"), nil},
		{"scheduling notice", with(listing("Protonitazene", "", "95958-84-2"), "Schedules of Controlled Substances: Temporary Placement of Butonitazene, Etonitazepyne and Protonitazene in Schedule I | Federal Register", "table"), nil},
		{"a question is no detection page", with(listing("NPP 99%", "", "39742-60-4"), "New precursors on the market - how do you test for them?", "text"), []string{"npp:cas"}},
		{"vendor page with an ordinary title", with(listing("Carfentanil", "", "59708-52-0"), "Carfentanil powder | Best Chem", "card"), []string{"carfentanil:cas"}},
	})
	hits := m.Match(with(listing("Fentanyl", "1.0 mg/mL"), "Certified Reference Materials", "table"))
	if len(hits) != 1 || hits[0].Match.Confidence >= 0.9 || !strings.Contains(hits[0].Match.Reason, "reference standards") {
		t.Errorf("reference catalogue without a forensic sign: want one lowered hit, got %s", describe(hits))
	}
	hits = m.Match(with(listing("Fentanyl", ""), "Fentanyl test strips | Harm reduction supplies", "card"))
	if len(hits) != 1 || hits[0].Match.Confidence >= 0.9 || !strings.Contains(hits[0].Match.Reason, "drug detection") {
		t.Errorf("card on a detection page: want one lowered hit, got %s", describe(hits))
	}
}
