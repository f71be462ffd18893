package matcher_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/npswatch/npswatch"
)

// benchText builds about n bytes of catalogue-like listing text, in a fixed
// pseudo-random order: sentences with watchlist names (plain, obfuscated,
// Chinese), negative context and shipping talk, and — as on real pages —
// somewhat more benign catalogue text.
func benchText(n int) string {
	parts := []string{
		"High purity 4-ANPP powder, CAS 21409-26-7, assay 99.5% by HPLC.",
		"Sodium bicarbonate food grade 25kg bag, CAS 144-55-8, free shipping worldwide.",
		"N-Phenethyl-4-piperidone (NPP) in stock, fast delivery, discreet packaging.",
		"tert-butyl 4-(phenylamino)piperidine-1-carboxylate, white crystalline solid.",
		"Citric acid anhydrous, USP grade, 99% min; contact us on WhatsApp.",
		"F3nt@nyl citrate and c4rf3nt4n1l available, reship if seized.",
		"Fentanyl test strips detect fentanyl and its analogues in 5 minutes.",
		"We do not sell controlled substances such as heroin or carfentanil.",
		"出售芬太尼 和 4-苯胺基-N-苯乙基哌啶, 质量保证, 安全发货.",
		"Ethyl acetate, acetone and toluene solvents for laboratory use.",
		"meta-fluoro-valerylfentanyl research chemical, not for human consumption.",
		"Isotonitazene 1g sample, customs clearance guaranteed, DDP to EU.",
		"Potassium permanganate crystals 1kg, CAS 7722-64-7, industrial grade.",
		"Our warehouse in Belgium forwards parcels within 3 days by DHL Express.",
		"Benzaldehyde, methylamine solution 40% in water, nitroethane.",
		"4-methoxyphenylacetic acid, 1-Boc-4-piperidone, 4-anilinopiperidine.",
		"Polyethylene glycol 400, glycerol, propylene glycol, sorbitol 70% solution.",
		"Naloxone nasal spray reverses opioid overdose within minutes.",
		// benign catalogue text, the bulk of a real page
		"Magnesium sulfate heptahydrate, ACS reagent, 500 g, CAS 10034-99-8.",
		"Store in a cool, dry place away from direct sunlight; keep the container tightly closed.",
		"Payment by T/T, Western Union or PayPal; MOQ 1 kg; samples available on request.",
		"Our company was founded in 2009 and exports to more than 60 countries.",
		"Ethylene glycol monobutyl ether, industrial solvent, drums of 200 L.",
		"Appearance: white to off-white powder. Melting point: 132-135 °C. Loss on drying ≤0.5%.",
		"Vitamin C (L-ascorbic acid) 99%, food additive, E300, halal and kosher certified.",
		"Titanium dioxide rutile grade for coatings, plastics and inks.",
		"Please contact our sales team for COA, MSDS and the latest price list.",
		"水杨酸 99% 工业级, 25公斤/桶, 现货供应.",
		"Glass reactor 50 L jacketed, PTFE stirrer, explosion-proof motor.",
		"Sodium hydroxide pearls 99%, CAS 1310-73-2, 25 kg bags, UN1823.",
	}
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(parts[r.IntN(len(parts))])
		if r.IntN(4) == 0 {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// BenchmarkMatch matches one ~1 MB listing against the full embedded
// watchlist; the MB/s column is matching throughput.
func BenchmarkMatch(b *testing.B) {
	m := mustMatcher(b)
	l := listing("Catalogue page", benchText(1<<20), "21409-26-7", "144-55-8")
	b.SetBytes(int64(len(l.Product) + len(l.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if len(m.Match(l)) == 0 {
			b.Fatal("no hits")
		}
	}
}

// BenchmarkMatchProduct matches a typical product listing: a name, a CAS
// number and 2 KB of description.
func BenchmarkMatchProduct(b *testing.B) {
	m := mustMatcher(b)
	desc := strings.Repeat("White crystalline powder, assay 99.5% by HPLC, moisture below 0.5%, packed in "+
		"foil bags inside cartons; delivery by express courier within 7 days. ", 15)
	l := listing("4-ANPP (CAS 21409-26-7) 99% powder", desc, "21409-26-7")
	b.SetBytes(int64(len(l.Product) + len(l.Text)))
	b.ReportAllocs()
	for b.Loop() {
		m.Match(l)
	}
}

func FuzzMatch(f *testing.F) {
	f.Add("4-A N P P", "despropionyl f3nt@nyl", "21409-26-7")
	f.Add("Fentanyl Test Strips", "detects carfentanil", "")
	f.Add("meta-fluoro-valerylfentanyl", "we do not sell NPP.", "437-38-7")
	f.Add("出售芬太尼", "戊酰太尼 尼秦", "")
	f.Add("tert-butyl 4-(phenylamino)piperidine-1-carboxylate", "(±)-α-β", "39742-60-4")
	f.Add("\xff\xfe-\u200b", "ﬁ½⑴", "1-1-1")
	f.Fuzz(func(t *testing.T, product, text, cas string) {
		m := mustMatcher(t)
		l := &npswatch.Listing{URL: "https://x.example/", Product: product, Text: text}
		if cas != "" {
			l.CAS = strings.Split(cas, ",")
		}
		hits := m.Match(l)
		checkHits(t, l, hits)
		subs := map[string]bool{}
		for _, h := range hits {
			key := h.Substance.ID + "/" + h.Substance.Class
			if subs[key] {
				t.Fatalf("two hits for %s", key)
			}
			subs[key] = true
			if h.Match.Kind == npswatch.MatchCAS && !npswatch.ValidCAS(h.Match.Term) {
				t.Fatalf("CAS hit with invalid CAS %q", h.Match.Term)
			}
		}
		_ = m.Lookup(product)
	})
}
