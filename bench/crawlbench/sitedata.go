package main

// The words the generated site is made of. The chemicals and their CAS
// numbers are real (main_test.go checks every check digit); the sellers,
// prices and contacts are invented.

type chemical struct{ name, cas string }

// benign are ordinary laboratory and industrial chemicals whose CAS numbers
// are not in seeds/watchlist.tsv (main_test.go checks).
var benign = []chemical{
	{"Sodium sulfate, anhydrous", "7757-82-6"}, {"Ethanol", "64-17-5"}, {"Methanol", "67-56-1"}, {"Isopropanol", "67-63-0"},
	{"Potassium chloride", "7447-40-7"}, {"Ethyl acetate", "141-78-6"}, {"Acetic acid, glacial", "64-19-7"},
	{"Citric acid monohydrate", "5949-29-1"}, {"Sodium chloride", "7647-14-5"}, {"Sodium bicarbonate", "144-55-8"},
	{"Sodium hydroxide pellets", "1310-73-2"}, {"Potassium carbonate", "584-08-7"},
	{"Magnesium sulfate heptahydrate", "10034-99-8"}, {"Glycerol", "56-81-5"}, {"Urea", "57-13-6"},
	{"Caffeine, anhydrous", "58-08-2"}, {"Vanillin", "121-33-5"}, {"Salicylic acid", "69-72-7"},
	{"L-Ascorbic acid", "50-81-7"}, {"Benzoic acid", "65-85-0"}, {"Stearic acid", "57-11-4"},
	{"Dichloromethane", "75-09-2"}, {"n-Hexane", "110-54-3"}, {"Cyclohexanone", "108-94-1"},
	{"D-Sorbitol", "50-70-4"}, {"Lactic acid", "50-21-5"}, {"Niacinamide", "98-92-0"},
	{"D-Glucose, anhydrous", "50-99-7"}, {"Titanium dioxide", "13463-67-7"}, {"Calcium carbonate", "471-34-1"},
}

// precursors are watchlisted fentanyl precursors (seeds/watchlist.tsv).
var precursors = []chemical{
	{"1-Phenethyl-4-piperidone (NPP)", "39742-60-4"},
	{"4-ANPP (4-anilino-N-phenethylpiperidine)", "21409-26-7"},
	{"1-Boc-4-piperidone", "79099-07-3"},
	{"4-Piperidone hydrochloride monohydrate", "40064-34-4"},
	{"1-Boc-4-AP", "125541-22-2"},
}

var sellers = []string{
	"Northgate Fine Chemicals", "Qiancheng Trading Co., Ltd.", "Silverleaf Lab Supply", "Ostravia Reagents s.r.o.",
	"Huayu Biotech Co., Ltd.", "Meridian Industrial Solvents", "Coastal Pharma Intermediates",
	"Kaida Chemical Co., Ltd.", "BluePeak Scientific", "Delta Polymer Additives", "Ruoyu Trading",
	"Kestrel Analytical Supplies",
}

var grades = []string{"99%", "98% min", "AR grade", "ACS reagent", "USP grade", "industrial grade", "food grade", "HPLC grade"}

var moqs = []string{"1 kg", "5 kg", "25 kg", "100 g", "500 g", "1 metric ton"}

var packages = []string{"25 kg fibre drum", "200 L HDPE drum", "1 kg foil bag", "500 g amber glass bottle", "IBC tote"}

// sentences are ordinary shop text.
var sentences = []string{
	"High purity product suitable for laboratory and industrial use.",
	"Certificate of analysis (COA) and MSDS available on request.",
	"Packed in 25 kg fibre drums or 200 L HDPE drums; smaller packs on request.",
	"Store in a cool, dry, well-ventilated place away from direct sunlight.",
	"Minimum order quantity applies; bulk discounts for orders over 100 kg.",
	"Assay by HPLC not less than 99.0%.",
	"Lead time 3 to 5 working days after payment.",
	"Payment by T/T, L/C or PayPal.",
	"We have supplied research institutes and manufacturers for over ten years.",
	"Samples can be provided for quality evaluation.",
	"Shipping by sea, air or express courier; a tracking number is provided.",
	"Free shipping on orders over $500.",
	"Customs duties are the buyer's responsibility.",
	"Produced in an ISO 9001 certified facility.",
	"Moisture content below 0.5% by Karl Fischer titration.",
	"Heavy metals below 10 ppm.",
	"Please contact our sales team for a quotation.",
	"Our warehouse keeps more than 2,000 products in stock.",
	"Each lot is tested by our in-house quality control laboratory.",
	"Appearance and colour conform to the specification.",
	"Melting point and refractive index are reported on every COA.",
	"Residual solvents meet ICH Q3C limits.",
	"Orders placed before 3 pm are dispatched the same day.",
	"Technical support is available from our application chemists.",
	"Material is shipped under the applicable dangerous goods regulations.",
	"Prices are ex works and exclude VAT.",
	"Contact our sales office for pricing on full container loads.",
	"Stable for 24 months in the original unopened container.",
}

// promises are the shipping claims npswatch looks for (seeds/claims.tsv).
var promises = []string{
	"Reship guaranteed if the parcel is seized by customs.",
	"Discreet packaging, safe delivery to USA, Canada, Mexico and Europe.",
	"Stealth packaging, vacuum sealed, no company name on the parcel.",
	"Declared as detergent on the customs form.",
}
