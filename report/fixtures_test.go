package report

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/npswatch/npswatch"
)

// Fixtures: a small fixed Data for the golden files, a realistic sample for
// testdata/sample-report.html (and docs/report.png), and n generated hits
// for the size and speed test. Every name, site and contact is invented.

var (
	tGen   = time.Date(2026, 11, 27, 6, 0, 0, 0, time.UTC)
	tSince = time.Date(2026, 11, 26, 6, 0, 0, 0, time.UTC)
)

var (
	subFentanyl = npswatch.SubstanceRef{ID: "fentanyl", Name: "Fentanyl", CAS: "437-38-7", Class: "fentanyl",
		Category: "fentanyl-analogue", Status: "CSA Schedule II", Severity: "critical"}
	subCarfentanil = npswatch.SubstanceRef{ID: "carfentanil", Name: "Carfentanil", CAS: "59708-52-0", Class: "fentanyl",
		Category: "fentanyl-analogue", Status: "CSA Schedule II", Severity: "critical"}
	subFentClass = npswatch.SubstanceRef{ID: "fentanyl-class", Name: "Fentanyl-related substances (class entry)",
		Class: "fentanyl", Category: "fentanyl-analogue", Status: "CSA Schedule I (fentanyl-related substance class)", Severity: "critical"}
	subProtonitazene = npswatch.SubstanceRef{ID: "protonitazene", Name: "Protonitazene", CAS: "95958-84-2", Class: "nitazene",
		Category: "opioid", Status: "CSA Schedule I", Severity: "critical"}
	subNitazeneClass = npswatch.SubstanceRef{ID: "nitazene-class", Name: "Nitazene-class substances (class entry)",
		Class: "nitazene", Category: "opioid", Status: "not class-controlled in the US (individual nitazenes are scheduled; verify)", Severity: "critical"}
	subNPP = npswatch.SubstanceRef{ID: "npp", Name: "NPP", CAS: "39742-60-4", Category: "precursor-fentanyl",
		Status: "DEA List I (chem code 8332)", Severity: "high"}
	subANPP = npswatch.SubstanceRef{ID: "4-anpp", Name: "ANPP", CAS: "21409-26-7", Category: "precursor-fentanyl",
		Status: "CSA Schedule II (immediate precursor of fentanyl)", Severity: "high"}
	subBoc4AP = npswatch.SubstanceRef{ID: "1-boc-4-ap", Name: "1-boc-4-AP", CAS: "125541-22-2", Category: "precursor-fentanyl",
		Status: "DEA List I (as carbamate of 4-AP, code 8335)", Severity: "high"}
	subBocPiperidone = npswatch.SubstanceRef{ID: "1-boc-4-piperidone", Name: "1-boc-4-Piperidone", CAS: "79099-07-3",
		Category: "precursor-fentanyl", Status: "DEA List I", Severity: "high"}
	subBrorphine = npswatch.SubstanceRef{ID: "brorphine", Name: "Brorphine", CAS: "2244737-98-0", Category: "opioid",
		Status: "CSA Schedule I", Severity: "high"}
	subXylazine = npswatch.SubstanceRef{ID: "xylazine", Name: "Xylazine", CAS: "7361-61-7", Category: "other-controlled",
		Status: "not federally controlled (verify current federal status)", Severity: "medium"}
	subPMK = npswatch.SubstanceRef{ID: "pmk-glycidic-acid", Name: "PMK glycidic acid", CAS: "2167189-50-4",
		Category: "precursor-other", Status: "DEA List I (8525)", Severity: "medium"}
	subMeth = npswatch.SubstanceRef{ID: "methamphetamine", Name: "Methamphetamine", CAS: "537-46-2", Category: "stimulant",
		Status: "CSA Schedule II", Severity: "medium"}
	subAceticAnhydride = npswatch.SubstanceRef{ID: "acetic-anhydride", Name: "Acetic anhydride", CAS: "108-24-7",
		Category: "precursor-other", Status: "DEA List II (8519)", Severity: "low"}
)

// goldenData is the small fixed Data of the golden files.
func goldenData() *Data {
	hit := func(id, site, path, product string, sub npswatch.SubstanceRef, kind, term string, conf float64, seen time.Time) npswatch.Hit {
		return npswatch.Hit{ID: id, URL: "https://" + site + path, Site: site, Product: product, Substance: sub,
			Match:     npswatch.Match{Kind: kind, Term: term, Span: term, Rule: kind, Reason: "test fixture", Confidence: conf},
			ListingID: "l-" + id, CaptureID: "c-" + id, RunID: "run-1", FirstSeen: seen, LastSeen: seen}
	}
	h1 := hit("5c0d1e2f3a4b5c6d", "orrinchem.example", "/product/12", "NPP 99% powder", subNPP, "cas", "39742-60-4", 0.99, tSince.Add(2*time.Hour))
	h1.Claims = []npswatch.Claim{{Kind: "reship", Text: "Reship guaranteed if the parcel is seized."}}
	h1.Vendor = "Orrin Chem"
	h1.OfferURL = h1.URL // also seen as a card on the catalogue
	h1.Pages = []npswatch.Seen{{URL: "https://orrinchem.example/catalog?page=2", CaptureID: "c-cat2", FirstSeen: h1.FirstSeen, LastSeen: h1.LastSeen},
		{URL: h1.URL, CaptureID: h1.CaptureID, FirstSeen: h1.FirstSeen, LastSeen: h1.LastSeen}}
	h1.VendorClaims = []npswatch.Claim{{Kind: "customs", Text: "100% customs clearance to USA & Mexico.", URL: "https://orrinchem.example/faq"}}
	h2 := hit("a1b2c3d4e5f60718", "larkfield.example", "/item/carf", "C-a-r-f-e-n-t-a-n-i-l <white powder>", subCarfentanil, "name", "carfentanil", 0.9, tSince.Add(5*time.Hour))
	h3 := hit("0f1e2d3c4b5a6978", "larkfield.example", "/item/u1", "Para-fluoro butyryl F 'new batch'", subFentClass, "class", "butyrylfentanyl", 0.75, tSince.Add(7*time.Hour))
	h3.Substance.Class = "fentanyl"
	h4 := hit("99aa88bb77cc66dd", "orrinchem.example", "/product/40", "Xylazine HCl", subXylazine, "cas", "7361-61-7", 0.99, tSince.Add(9*time.Hour))
	h5 := hit("1234abcd5678ef90", "bazaar.example", "/listing/7", "Acetic anhydride 99.5%", subAceticAnhydride, "name", "acetic anhydride", 0.8, tSince.Add(11*time.Hour))
	h5.URL = "http://bazaar.example/listing/7"
	return &Data{
		Title: "npswatch daily report", Generated: tGen, Since: tSince, Until: tGen, Software: "npswatch 0.1.0",
		NewHits:   []npswatch.Hit{h1, h2, h3, h4, h5},
		Dismissed: 3,
		Triage:    map[string]string{h1.ID: "escalated", h4.ID: "confirmed"},
		Changed: []Change{{
			Listing: npswatch.Listing{ID: "l-chg1", URL: "https://orrinchem.example/product/12", Site: "orrinchem.example", Product: "NPP 99% powder"},
			Fields:  []string{"price", "claims"},
			Before:  map[string]string{"price": "US $20-90 / kg", "claims": "customs"},
			After:   map[string]string{"price": "US $15-60 / kg", "claims": "customs; reship"},
		}},
		New: []npswatch.Listing{{ID: "l-new1", URL: "https://larkfield.example/item/carf", Site: "larkfield.example",
			Product: "C-a-r-f-e-n-t-a-n-i-l <white powder>", CAS: []string{"59708-52-0"}, Price: "$1,200 / 10 g",
			Vendor: "Larkfield Trading", Claims: []npswatch.Claim{{Kind: "stealth", Text: "Vacuum sealed, no labels."}},
			FetchedAt: tSince.Add(5 * time.Hour)}},
		Gone: []npswatch.Listing{{ID: "l-gone1", URL: "https://bazaar.example/listing/3", Site: "bazaar.example",
			Product: "4-ANPP crystals", CAS: []string{"21409-26-7"}, Vendor: "chemking", FetchedAt: tSince.Add(-72 * time.Hour)}},
		NewClaims: []ClaimSeen{{Claim: npswatch.Claim{Kind: "mislabel", Text: "Declared as detergent on the invoice."},
			Site: "orrinchem.example", ListingID: "l-chg1", URL: "https://orrinchem.example/product/12", First: tSince.Add(3 * time.Hour)}},
		Clusters: []Cluster{{ID: "k-01", Contacts: []npswatch.Contact{{Kind: "whatsapp", Value: "+8613100000000"}, {Kind: "wickr", Value: "orrin_sales"}},
			Sites: []string{"orrinchem.example", "bazaar.example"}, Vendors: []string{"Orrin Chem", "chemking"}, Listings: 7, Hits: 4}},
		Health: []TargetHealth{
			{Target: "orrinchem", Runs: 1, Pages: 120, LastSuccess: tGen.Add(-2 * time.Hour)},
			{Target: "bazaar", Runs: 1, Pages: 40, Failed: 3, Blocked: 2, LastSuccess: tGen.Add(-3 * time.Hour), LastError: "429 Too Many Requests"},
			{Target: "larkfield", Runs: 1, Pages: 0, LastSuccess: tGen.Add(-60 * time.Hour), LastError: "dial tcp: connection refused"},
		},
		Trend: []DayCount{
			{Day: time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), ByCategory: map[string]int{"fentanyl-analogue": 2, "precursor-fentanyl": 1}},
			{Day: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC), ByCategory: map[string]int{"other-controlled": 1, "precursor-other": 1}},
			{Day: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC), ByCategory: map[string]int{"opioid": 3}},
		},
	}
}

// sampleData is a realistic day: about 40 hits over five sites and every
// category, generated from a fixed seed.
func sampleData() *Data {
	rng := rand.New(rand.NewPCG(5, 27))
	type site struct{ host, vendor, path string }
	sites := []site{
		{"orrinchem.example", "Orrin Chem", "/product/"},
		{"larkfield-mall.example", "Larkfield Trading", "/item/"},
		{"hubei-bio.example", "Hubei Xinrun Biotech", "/chemicals/"},
		{"bazaar7x2q.onion.example", "chemking", "/listing/"},
		{"pharmaforum.example", "", "/thread/"},
	}
	type offer struct {
		sub      npswatch.SubstanceRef
		products []string
		kind     string
		term     string
		conf     float64
	}
	offers := []offer{
		{subFentanyl, []string{"Fentanyl citrate 99%", "F3nt@nyl HCl powder", "芬太尼 high purity"}, "name", "fentanyl", 0.95},
		{subCarfentanil, []string{"Carfentanil 10g", "C-a-r-f-e-n-t-a-n-i-l"}, "cas", "59708-52-0", 0.99},
		{subFentClass, []string{"para-Fluorobutyrylfentanyl", "Ocfentanil analogue, new formula"}, "class", "fentanyl class", 0.8},
		{subProtonitazene, []string{"Protonitazene HCl", "Proto nitazene 99.8%"}, "cas", "95958-84-2", 0.99},
		{subNitazeneClass, []string{"N-desethyl etonitazene", "Ethyleneoxynitazene"}, "class", "-nitazene", 0.8},
		{subNPP, []string{"NPP powder", "N-Phenethyl-4-piperidinone 99%"}, "cas", "39742-60-4", 0.99},
		{subANPP, []string{"4-ANPP", "ANPP crystals"}, "cas", "21409-26-7", 0.99},
		{subBoc4AP, []string{"1-Boc-4-AP", "tert-butyl 4-anilinopiperidine-1-carboxylate"}, "cas", "125541-22-2", 0.99},
		{subBocPiperidone, []string{"1-Boc-4-piperidone", "N-Boc-4-piperidone 98%"}, "cas", "79099-07-3", 0.99},
		{subBrorphine, []string{"Brorphine", "Brorphine (purple)"}, "name", "brorphine", 0.9},
		{subXylazine, []string{"Xylazine HCl", "Xylazine powder vet grade"}, "cas", "7361-61-7", 0.99},
		{subPMK, []string{"PMK glycidic acid", "New PMK oil CAS 2167189-50-4"}, "cas", "2167189-50-4", 0.99},
		{subMeth, []string{"Crystal methamphetamine"}, "name", "methamphetamine", 0.85},
		{subAceticAnhydride, []string{"Acetic anhydride 99.5%"}, "name", "acetic anhydride", 0.7},
	}
	claimTexts := map[string]string{
		"reship":     "Reship guaranteed if the parcel is seized by customs.",
		"customs":    "100% customs clearance to USA, Mexico and Canada, DDP.",
		"stealth":    "Discreet packaging, vacuum sealed, no labels.",
		"mislabel":   "Declared as 'cleaning agent' on the invoice.",
		"forwarding": "Shipped via our warehouse in Mexico for domestic delivery.",
	}
	d := &Data{Title: "npswatch daily report", Generated: tGen, Since: tSince, Until: tGen, Software: "npswatch 0.1.0",
		Triage: map[string]string{}, Dismissed: 6}
	weights := []int{4, 4, 3, 4, 2, 5, 4, 3, 3, 2, 3, 2, 1, 1} // hits per offer: 41
	for oi, o := range offers {
		for k := range weights[oi] {
			s := sites[(oi+k*2)%len(sites)]
			product := o.products[k%len(o.products)]
			id := npswatch.ShortID("sample-hit", fmt.Sprint(oi, k))
			seen := tSince.Add(time.Duration(rng.IntN(24*60)) * time.Minute)
			h := npswatch.Hit{ID: id, URL: fmt.Sprintf("https://%s%s%d", s.host, s.path, 1000+oi*10+k), Site: s.host,
				Product: product, Substance: o.sub,
				Match:     npswatch.Match{Kind: o.kind, Term: o.term, Span: o.term, Confidence: o.conf},
				ListingID: npswatch.ShortID("sample-listing", id), CaptureID: npswatch.ShortID("sample-capture", id),
				RunID: "run-20261127", Vendor: s.vendor, FirstSeen: seen, LastSeen: seen}
			for _, kind := range npswatch.ClaimKinds {
				if rng.IntN(4) == 0 {
					h.Claims = append(h.Claims, npswatch.Claim{Kind: kind, Text: claimTexts[kind]})
				}
			}
			if s.vendor != "" && rng.IntN(2) == 0 {
				h.VendorClaims = []npswatch.Claim{{Kind: "customs", Text: claimTexts["customs"], URL: "https://" + s.host + "/faq"}}
			}
			switch rng.IntN(6) {
			case 0:
				d.Triage[id] = "escalated"
			case 1, 2:
				d.Triage[id] = "confirmed"
			}
			d.NewHits = append(d.NewHits, h)
		}
	}
	d.Changed = []Change{
		{Listing: npswatch.Listing{ID: "l1", URL: "https://orrinchem.example/product/1050", Site: "orrinchem.example", Product: "NPP powder"},
			Fields: []string{"price", "claims"},
			Before: map[string]string{"price": "US $20-90 / kg", "claims": "customs"},
			After:  map[string]string{"price": "US $15-60 / kg", "claims": "customs; reship"}},
		{Listing: npswatch.Listing{ID: "l2", URL: "https://hubei-bio.example/chemicals/1092", Site: "hubei-bio.example", Product: "1-Boc-4-piperidone"},
			Fields: []string{"ships_to"},
			Before: map[string]string{"ships_to": "EU"}, After: map[string]string{"ships_to": "EU, US, MX"}},
		{Listing: npswatch.Listing{ID: "l3", URL: "https://bazaar7x2q.onion.example/listing/1031", Site: "bazaar7x2q.onion.example", Product: "Protonitazene HCl"},
			Fields: []string{"product", "price"},
			Before: map[string]string{"product": "Proto 99%", "price": "0.012 BTC / g"},
			After:  map[string]string{"product": "Protonitazene HCl", "price": "0.010 BTC / g"}},
	}
	for i := range 6 {
		h := d.NewHits[i*6]
		d.New = append(d.New, npswatch.Listing{ID: h.ListingID, URL: h.URL, Site: h.Site, Product: h.Product,
			CAS: []string{h.Substance.CAS}, Claims: h.Claims, VendorClaims: h.VendorClaims, Vendor: h.Vendor,
			Price: fmt.Sprintf("US $%d / kg", 40+i*15), FetchedAt: h.FirstSeen})
	}
	d.Gone = []npswatch.Listing{
		{ID: "g1", URL: "https://larkfield-mall.example/item/88", Site: "larkfield-mall.example", Product: "4-ANPP",
			CAS: []string{"21409-26-7"}, Vendor: "Larkfield Trading", Price: "$300 / 100 g", FetchedAt: tSince.Add(-50 * time.Hour)},
		{ID: "g2", URL: "https://bazaar7x2q.onion.example/listing/77", Site: "bazaar7x2q.onion.example", Product: "Isotonitazene 1g",
			Vendor: "chemking", Price: "0.02 BTC", FetchedAt: tSince.Add(-30 * time.Hour)},
	}
	d.NewClaims = []ClaimSeen{
		{Claim: npswatch.Claim{Kind: "mislabel", Text: claimTexts["mislabel"]}, Site: "hubei-bio.example", ListingID: "l2",
			URL: "https://hubei-bio.example/chemicals/1092", First: tSince.Add(4 * time.Hour)},
		{Claim: npswatch.Claim{Kind: "forwarding", Text: claimTexts["forwarding"]}, Site: "orrinchem.example", ListingID: "l1",
			URL: "https://orrinchem.example/product/1050", First: tSince.Add(9 * time.Hour)},
		{Claim: npswatch.Claim{Kind: "reship", Text: claimTexts["reship"]}, Site: "bazaar7x2q.onion.example", ListingID: "l3",
			URL: "https://bazaar7x2q.onion.example/listing/1031", First: tSince.Add(13 * time.Hour)},
	}
	d.Clusters = []Cluster{
		{ID: "cluster-1", Contacts: []npswatch.Contact{{Kind: "whatsapp", Value: "+8613100000000"}, {Kind: "telegram", Value: "@orrin_sales"}},
			Sites: []string{"orrinchem.example", "hubei-bio.example"}, Vendors: []string{"Orrin Chem", "Hubei Xinrun Biotech"}, Listings: 14, Hits: 9},
		{ID: "cluster-2", Contacts: []npswatch.Contact{{Kind: "pgp", Value: "3AA5 C34E 8F12 0BDE 77A1  90C2 44D9 1E6B 5C0D 7F31"}, {Kind: "xmr", Value: "48edfHu7V9Z84YzzMa6fUueoELZ9ZRXq9VetWzYGzKt52XU5xvqgzYnDK9URnRoJMk1j8nLwEVsaSWJ4fhdUyZijBGUicoD"}},
			Sites: []string{"bazaar7x2q.onion.example", "pharmaforum.example"}, Vendors: []string{"chemking", "chem_king"}, Listings: 6, Hits: 5},
	}
	d.Health = []TargetHealth{
		{Target: "orrinchem", Runs: 4, Pages: 1210, Failed: 0, LastSuccess: tGen.Add(-1 * time.Hour)},
		{Target: "larkfield-mall", Runs: 4, Pages: 388, Failed: 2, LastSuccess: tGen.Add(-1 * time.Hour), LastError: "GET /item/404: 502 Bad Gateway"},
		{Target: "hubei-bio", Runs: 4, Pages: 940, LastSuccess: tGen.Add(-2 * time.Hour)},
		{Target: "bazaar (tor)", Runs: 4, Pages: 210, Blocked: 17, LastSuccess: tGen.Add(-5 * time.Hour), LastError: "429 Too Many Requests (Retry-After 600)"},
		{Target: "pharmaforum", Runs: 4, Pages: 0, Failed: 4, LastSuccess: tGen.Add(-80 * time.Hour), LastError: "dial tcp: lookup pharmaforum.example: no such host"},
	}
	// The trend: earlier days invented, the days of the period counted
	// from the hits above.
	cats := []string{"fentanyl-analogue", "opioid", "precursor-fentanyl", "precursor-other", "other-controlled", "stimulant"}
	base := []int{5, 3, 4, 2, 2, 1}
	for i := range 28 {
		day := time.Date(2026, 10, 29+i, 0, 0, 0, 0, time.UTC)
		dc := DayCount{Day: day, ByCategory: map[string]int{}}
		for ci, c := range cats {
			if n := rng.IntN(base[ci]+1) + i*base[ci]/40; n > 0 {
				dc.ByCategory[c] = n
			}
		}
		d.Trend = append(d.Trend, dc)
	}
	for _, h := range d.NewHits {
		y, m, dd := h.FirstSeen.Date()
		d.Trend = append(d.Trend, DayCount{Day: time.Date(y, m, dd, 0, 0, 0, 0, time.UTC),
			ByCategory: map[string]int{h.Substance.Category: 1}})
	}
	return d
}

// manyHits returns goldenData with n generated hits over many substances.
func manyHits(n int) *Data {
	d := goldenData()
	subs := []npswatch.SubstanceRef{subFentanyl, subCarfentanil, subFentClass, subProtonitazene, subNitazeneClass, subNPP,
		subANPP, subBoc4AP, subBocPiperidone, subBrorphine, subXylazine, subPMK, subMeth, subAceticAnhydride}
	d.NewHits = d.NewHits[:0]
	for i := range n {
		sub := subs[i%len(subs)]
		if i%3 == 0 {
			sub = subFentanyl // one big group, which starts collapsed
		}
		id := npswatch.ShortID("many", fmt.Sprint(i))
		site := fmt.Sprintf("vendor%02d.example", i%37)
		d.NewHits = append(d.NewHits, npswatch.Hit{ID: id, URL: fmt.Sprintf("https://%s/product/%d?ref=list&page=%d", site, i, i/20),
			Site: site, Product: fmt.Sprintf("%s %d%% purity, bulk lot %d — factory direct, fast delivery", sub.Name, 90+i%10, i),
			Substance: sub, Match: npswatch.Match{Kind: "cas", Term: sub.CAS, Span: sub.CAS, Rule: "cas", Reason: "valid CAS number of the entry", Confidence: 0.99},
			Claims: []npswatch.Claim{{Kind: "reship", Text: "Reship guaranteed if the parcel is seized by customs, no questions asked."},
				{Kind: "stealth", Text: "Discreet packaging, vacuum sealed, no labels."}},
			Vendor: fmt.Sprintf("Vendor %d Chemical Co., Ltd", i%37), VendorClaims: []npswatch.Claim{{Kind: "customs",
				Text: "100% customs clearance to USA, Mexico and Canada, DDP.", URL: "https://" + site + "/faq"}},
			ListingID: npswatch.ShortID("many-listing", id), CaptureID: npswatch.ShortID("many-capture", id), RunID: "run-1",
			FirstSeen: tSince.Add(time.Duration(i) * time.Minute), LastSeen: tGen})
	}
	return d
}
