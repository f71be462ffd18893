package matcher_test

import (
	"strings"
	"testing"

	"github.com/npswatch/npswatch"
)

// Matching cases of issue 9: longest name, negation scope, Unicode
// confusables, slang and truncations, systematic names, substituted
// analogues.
func TestMatchGenerality(t *testing.T) {
	m := mustMatcher(t)
	runMatchCases(t, m, []matchCase{
		// the longest, most specific name wins
		{"latin prefix on a chinese name", listing("1-Boc-4-哌啶酮 现货", ""), []string{"1-boc-4-piperidone:name"}},
		{"chinese precursor inside a longer one", listing("N-苯乙基-4-哌啶酮", ""), []string{"npp:name"}},
		{"chinese analogue contains 芬太尼", listing("乙酰芬太尼 高纯度", ""), []string{"acetylfentanyl:name"}},
		{"chinese substituted analogue", listing("对氟丁酰芬太尼", ""), []string{"para-fluorobutyrylfentanyl:name"}},
		// negation scope
		{"fent-free", listing("Heroin #4, fent-free, lab tested", ""), []string{"heroin:name"}},
		{"zero percent", listing("Heroin #3", "Lab report: 0% fentanyl, 0 % xylazine."), []string{"heroin:name"}},
		{"share after the name", listing("Tar", "fentanyl: 0%"), nil},
		{"without", listing("Heroin", "without xylazine"), []string{"heroin:name"}},
		{"free with a space", listing("Heroin", "tested, fentanyl free."), []string{"heroin:name"}},
		{"free sample is an offer", listing("Fentanyl free sample", ""), []string{"fentanyl:name"}},
		{"no before a name", listing("Pure dope", "No fent, no cuts."), nil},
		{"CAS No. is no negation", listing("Item B02", "CAS No. 39742-60-4", "39742-60-4"), []string{"npp:cas"}},
		{"CAS No without a dot", listing("Item B02", "CAS No 39742-60-4", "39742-60-4"), []string{"npp:cas"}},
		{"not real oxycodone", listing("M30 Bluez x100, f3nt pressed", "Pressed M30s. These CONTAIN FENTANYL. They are NOT real oxycodone."), []string{"fentanyl:name"}},
		{"fake M30s stay fentanyl", listing("fake M30s x100", ""), []string{"fentanyl:name"}},
		{"tested negative for", listing("Cocaine", "tested negative for fentanyl"), []string{"cocaine:name"}},
		// look-alikes from Unicode's confusables, not a hand table
		{"greek and cyrillic mixed", listing("Ƒеηтαηуʟ citrate", ""), []string{"fentanyl:name"}},
		{"mathematical bold", listing("𝐅𝐞𝐧𝐭𝐚𝐧𝐲𝐥 powder", ""), []string{"fentanyl:name"}},
		{"cherokee look-alike", listing("Ꮯarfentanil", ""), []string{"carfentanil:name"}},
		{"small capital", listing("fentaɴyl", ""), []string{"fentanyl:name"}},
		{"circled letters", listing("ⓕⓔⓝⓣⓐⓝⓨⓛ", ""), []string{"fentanyl:name"}},
		{"greek capitals as written", listing("4-ΑΝΡΡ 99% ready stock", ""), []string{"4-anpp:name"}},
		// Latin abbreviations as Russian spells them, capitals only
		{"cyrillic NPP", listing("НПП есть в наличии, 1 кг", ""), []string{"npp:name"}},
		{"cyrillic ANPP and 4-AP", listing("АНПП и 4-АП оптом", ""), []string{"4-anpp:name", "4-ap:name"}},
		{"spanish glycidate", listing("BMK glicidato (metil glicidato) importado, por kilo", ""), []string{"bmk-methyl-glycidate:name"}},
		{"abbreviation shortens the product's name", listing("BMK glicidato importado, por kilo", "Metil glicidato de BMK en polvo, venta por kilo."), []string{"bmk-methyl-glycidate:name"}},
		{"abbreviation beside another product", listing("PMK glycidate and PMK oil", ""), []string{"pmk-methyl-glycidate:name", "pmk:name"}},
		{"spanish endings", listing("Protonitazeno HCl 1 g", "N-Boc-4-piperidona (1-Boc-4-piperidona) 99%"), []string{"protonitazene:name", "1-boc-4-piperidone:name"}},
		{"unlisted analogue beside a listed entry in a post", post("Fresh synthesis:\n• N-(4-chlorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide — 1 g $220\n• N-Desethyl isotonitazene (CAS 2732926-24-6) — 500 mg $260", "2732926-24-6"), []string{"fentanyl-class:class", "n-desethyl-isotonitazene:cas"}},
		{"a bare class word beside a name", post("Protonitazene HCl 1 g — high-purity nitazenes, 5 g $300"), []string{"protonitazene:name"}},
		{"an analogue described by its parent", textPage("Etonitazepipne (N-piperidinyl etonitazene) – 5 g", "A close analogue of etonitazene. 5 g $300"), []string{"nitazene-class:class"}},
		{"nitazene with a piperidine at N1", listing("PNP-X 1 g", "PNP-X = 5-nitro-1-[2-(piperidin-1-yl)ethyl]-2-[(4-butoxyphenyl)methyl]-1H-benzimidazole, 1 g 0.7 XMR"), []string{"nitazene-class:class"}},
		{"the parent named of an unlisted analogue", listing("PNP-X 1 g", "PNP-X = 5-nitro-1-[2-(piperidin-1-yl)ethyl]-2-[(4-butoxyphenyl)methyl]-1H-benzimidazole, the N-piperidinyl analogue of protonitazene. 1 g 0.7 XMR"), []string{"nitazene-class:class"}},
		{"spanish substituent prefix", listing("1-Bencil-4-piperidona 98% reactivo 250 g", ""), nil},
		{"portuguese substituent prefix", listing("N-benzil-4-piperidona 250 g", ""), nil},
		{"a word ending in -il is no prefix apart", listing("Envío Brasil 4-piperidona 1 kg", ""), []string{"4-piperidone:name"}},
		{"russian substituent prefix", listing("Isotonitazepyne (N-пирролидино изотонитазен) — 0,5 г", ""), []string{"nitazene-class:class"}},
		{"cyrillic BMK", listing("БМК 5 кг", ""), []string{"p2p:name"}}, // the watchlist gives BMK as a name of P2P
		{"lower case is a word", listing("нпп", ""), nil},
		{"a Russian firm", listing("ООО НПП «Химпром»: реактивы", ""), nil},
		{"emoji keycap digit", listing("3️⃣-Methylfentanyl", ""), []string{"3-methylfentanyl:name"}},
		// slang and truncations, weak
		{"fent", listing("Pressed pills (fent) 100 pcs", ""), []string{"fentanyl:name"}},
		{"pressed M30s", listing("Pressed M30s, 100 count", ""), []string{"fentanyl:name"}},
		{"M30 alone is oxycodone's imprint", listing("M30 oxycodone 30 mg", ""), []string{"oxycodone:name"}},
		{"truncated analogue", listing("carfent 10g", ""), []string{"carfentanil:name"}},
		{"black tar", listing("Black tar H, 1g $100", ""), []string{"heroin:name"}},
		{"ket", listing("K, ket crystal shards, 7g $180", ""), []string{"ketamine:name"}},
		{"china white is fentanyl", listing("FENT powder, china white", ""), []string{"fentanyl:name"}},
		{"truncated nitazene", listing("isotonit powder", ""), []string{"isotonitazene:name"}},
		{"a chinese substituent before a locant", listing("1-苄基-4-哌啶酮 3612-20-2 医药中间体", ""), nil},
		{"a chinese name after a locant alone", listing("4-哌啶酮 盐酸盐 1kg", ""), []string{"4-piperidone:name"}},
		{"latin look-alikes in a cyrillic name", listing("Пластыри (фeнтaнил) 75 мкг/ч", ""), []string{"fentanyl:name"}},
		{"nitazene stubs listed together", listing("New batch", "restocked iso + meto, DM to order"), []string{"isotonitazene:name", "metonitazene:name"}},
		{"a stub beside a full name", listing("proto and isotonitazene, 1 g each", ""), []string{"isotonitazene:name", "protonitazene:name"}},
		{"a stub alone is any word", listing("ISO 9001 certified lab supplies", "Meto brand glassware, 10 pcs"), nil},
		{"fent test strips", listing("Fent test strips 50 pack", ""), nil},
		{"chinese urine test strips", listing("康检生物", "甲基苯丙胺（冰毒）尿检试纸，100人份/盒，每盒150元"), nil},
		// the final e dropped, as Czech, German and Dutch write -ine/-one/-ene
		{"czech piperidone", listing("NPP · 1-Boc-4-piperidon · 4-AP", ""), []string{"npp:name", "1-boc-4-piperidone:name", "4-ap:name"}},
		{"taiwan's name for fentanyl", listing("FTN 原料 純度99% 吩.坦.尼", ""), []string{"fentanyl:name"}},
		{"taiwan's name for carfentanil", listing("卡吩坦尼 1g", ""), []string{"carfentanil:name"}},
		{"german halogen", listing("p-Fluorfentanyl 1 g – 320 USDT", ""), []string{"para-fluorofentanyl:name"}},
		{"czech nitazene", listing("Isotonitazen 1 g", ""), []string{"isotonitazene:name"}},
		{"malay test strips", listing("Strip uji fentanil, 20 keping", ""), nil},
		{"spanish detection strips", listing("Tiras para detectar fentanilo y xilacina (20)", "MX$300"), nil},
		{"french screening", listing("Bandelettes de dépistage du fentanyl, boîte de 10", ""), nil},
		// a card's status badge speaks for its product; a post's words elsewhere do not
		{"a discontinued card", card(listing("Carfentanil 1:100 dilution", "Carfentanil 1:100 dilution\nfrom 0.51 XMR\nDiscontinued")), nil},
		{"a card in stock", card(listing("Carfentanil 1:100 dilution", "Carfentanil 1:100 dilution\nfrom 0.51 XMR\nIn stock")), []string{"carfentanil:name"}},
		// a book names substances as its subject
		{"a textbook", listing("Fachbuch: Opioide – Pharmakologie und Toxikologie", "2. Auflage. Kapitel zu Morphin, Fentanyl und Carfentanil. 15 €"), nil},
		{"a handbook of fentanyl", listing("Handbook of Fentanyl Analogues (paperback)", "$40"), nil},
		{"a book is no cover for a price list", listing("Fentanyl HCl 1 g", "price list as a PDF book on request"), []string{"fentanyl:name"}},
		// Arabic transliterations, read by their consonant skeletons (arabic.go)
		{"arabic fentanyl", listing("فنتانيل نقي 99%", ""), []string{"fentanyl:name"}},
		{"arabic with a conjunction", listing("للبيع ايزوتونيتازين وبروتونيتازين", ""), []string{"isotonitazene:name", "protonitazene:name"}},
		{"arabic carfentanil", listing("كارفنتانيل 1 غرام", ""), []string{"carfentanil:name"}},
		{"arabic shipping words", listing("الشحن لجميع الدول العربية والتغليف سري", ""), nil},
		{"thai test kit", listing("ชุดตรวจ fentanyl 10 ชิ้น", ""), nil},
		{"a name leeted to its last letter", listing("M3t0n1t4z3n3 99% murni 1g", ""), []string{"metonitazene:name"}},
		{"a trailing digit of a code stays a digit", listing("ANPP3 lot", ""), nil},
		// systematic names of unlisted analogues: the class cores
		{"fentanyl core", listing("N-(4-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]pentanamide", ""), []string{"fentanyl-class:class"}},
		{"fentanyl core, thienyl", listing("N-phenyl-N-[1-[2-(thiophen-2-yl)ethyl]piperidin-4-yl]butanamide", ""), []string{"fentanyl-class:class"}},
		{"nitazene core", listing("N,N-diethyl-2-[2-[(4-propoxyphenyl)methyl]-5-nitro-1H-benzimidazol-1-yl]ethanamine", ""), []string{"nitazene-class:class"}},
		{"nitazene core, benzo[d]", listing("2-(2-(4-butoxybenzyl)-1H-benzo[d]imidazol-1-yl)-N,N-diethylethan-1-amine", ""), []string{"nitazene-class:class"}},
		{"norfentanyl is no analogue", listing("N-phenyl-N-(piperidin-4-yl)butanamide", ""), nil},
		{"4-ANPP is an amine", listing("N-phenyl-1-(2-phenylethyl)piperidin-4-amine", ""), []string{"4-anpp:name"}},
		{"listed systematic name", listing("N-(1-phenethylpiperidin-4-yl)-N-phenylacetamide", ""), []string{"acetylfentanyl:name"}},
		// a substituted analogue is not its parent
		{"ring-substituted acetylfentanyl", listing("para-fluoro acetylfentanyl 99%", ""), []string{"fentanyl-class:class"}},
	})
}

func TestClassHitNamesParent(t *testing.T) {
	m := mustMatcher(t)
	hits := m.Match(listing("para-fluoro acetylfentanyl 99%", ""))
	if len(hits) != 1 || !strings.Contains(hits[0].Match.Reason, "closest listed parent “Acetylfentanyl”") {
		t.Fatalf("want one class hit naming acetylfentanyl, got %+v", hits)
	}
	hits = m.Match(listing("N-(4-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]pentanamide", ""))
	if len(hits) != 1 || hits[0].Match.Rule != "fentanyl-core" || !strings.Contains(hits[0].Match.Span, "pentanamide") {
		t.Fatalf("want a fentanyl-core class hit spanning the name, got %+v", hits)
	}
	hits = m.Match(listing("carfent 10g", ""))
	if len(hits) != 1 || hits[0].Match.Rule != "truncation" || hits[0].Match.Confidence > 0.6 {
		t.Fatalf("want a weak truncation hit, got %+v", hits)
	}
}

// TestMatchPageCoverStory: a shop's "analytical reference" label beside
// plain offers of other watched substances is a cover; a reference
// catalogue's labels are not.
func TestMatchPageCoverStory(t *testing.T) {
	m := mustMatcher(t)
	shop := []npswatch.Listing{*listing("Protonitazene (HCl)", "$60.00"), *listing("Bromazolam Pellets 1 mg", "$20.00"),
		*listing("Metonitazene – analytical reference", "Regular price From $55.00 USD")}
	hits := m.MatchPage(shop)
	if len(hits[2]) != 1 || hits[2][0].Substance.ID != "metonitazene" || !strings.Contains(hits[2][0].Match.Reason, "a shop, not a reference catalogue") {
		t.Errorf("shop: %+v", hits[2])
	}
	catalogue := []npswatch.Listing{*listing("Metonitazene – analytical reference standard", "$98"),
		*listing("Protonitazene – analytical reference standard", "$98"), *listing("Caffeine", "$10")}
	for i, hs := range m.MatchPage(catalogue) {
		if len(hs) != 0 {
			t.Errorf("catalogue listing %d: %+v", i, hs)
		}
	}
}

func TestMatchPageShorthandTopic(t *testing.T) {
	m := mustMatcher(t)
	first := *listing("Factory direct", "BMK methyl glycidate CAS 80532-66-7, 1 kg $900")
	first.Source = "post"
	reply := *listing("Yes, stock in our Mexico warehouse", "")
	reply.Source, reply.Context = "post", "WTS BMK / PMK — factory direct"
	hits := m.MatchPage([]npswatch.Listing{first, reply})
	for _, h := range hits[1] {
		if h.Substance.ID == "p2p" {
			t.Errorf("the title's BMK is the glycidate the first post sells, got %+v", h)
		}
	}
	if len(hits[1]) != 1 || hits[1][0].Substance.ID != "pmk" {
		t.Errorf("PMK, on no other post, stays the reply's topic: %+v", hits[1])
	}
	alone := m.MatchPage([]npswatch.Listing{reply})
	if len(alone[0]) != 2 {
		t.Errorf("without a longer name on the page the topic gives BMK and PMK: %+v", alone[0])
	}
}

// post is a listing read from a post of a feed.
func post(text string, cas ...string) *npswatch.Listing {
	l := listing("Fresh stock", text, cas...)
	l.Source = "post"
	return l
}

// textPage is a listing read from a page's free text.
func textPage(product, text string) *npswatch.Listing {
	l := listing(product, text)
	l.Source = "text"
	return l
}
