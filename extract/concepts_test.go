package extract

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// conceptCases are claims no phrase of the phrase lexicon (claims.tsv)
// matches: they are found only as concepts in one sentence, in five
// languages, and sentences that must not be claims.
var conceptCases = []struct {
	name, text string
	kinds      []string
}{
	// reship: an adverse event and a remedy
	{"slang seizure", "If customs grabs it, the second shipment is on us.", []string{"reship"}},
	{"german compounds", "Kostenloser Neuversand bei Verlust oder Zollbeschlagnahme.", []string{"reship"}},
	{"german customs declaration", "Auf der Zollinhaltserklärung steht 'Farbstoffprobe', nicht der echte Name.", []string{"mislabel"}},
	{"dutch declared goods", "Op de douanepapieren staat 'plantenvoeding'.", []string{"mislabel"}},
	{"dutch warehouse", "Verzending vanuit ons magazijn in Duitsland, binnenlands binnen de EU.", []string{"forwarding"}},
	{"dutch stealth", "Discrete verzending in neutrale, geurdichte verpakking zonder opschrift.", []string{"stealth"}},
	{"dutch customs", "Gegarandeerd door de douane, inklaring regelen wij.", []string{"customs"}},
	{"french stealth", "Expédition furtive : sachet scellé sous vide, emballage neutre sans aucune mention du contenu.", []string{"stealth"}},
	{"french reship", "Réexpédition gratuite en cas de saisie par la douane (une fois par commande).", []string{"reship"}},
	{"french warehouse", "Envoi depuis notre entrepôt en Belgique : livraison nationale, pas de passage en douane au sein de l'UE.", []string{"forwarding"}},
	{"italian customs", "Sdoganamento garantito al 100% in tutta l'UE.", []string{"customs"}},
	{"italian declared goods", "Il pacco viene dichiarato come «integratore alimentare» sulla bolla doganale.", []string{"mislabel"}},
	{"italian reship", "Se la dogana lo sequestra, rispediamo gratis.", []string{"reship"}},
	{"a negated adverse event", "If your package doesn't arrive we send again, no questions asked.", []string{"reship"}},
	{"a negated adverse event, phrase", "If your package does not arrive we reship.", []string{"reship"}},
	{"chinese low-key packaging", "出貨一律低調包裝，外箱沒有任何化學字樣。", []string{"stealth"}},
	{"chinese resend once", "若遭海關扣押，憑通知單可補寄一次。", []string{"reship"}},
	{"we clear customs", "we clear customs ourselves, door to door, zero risk for buyer", []string{"customs"}},
	{"box label", "box label: 'LED strip accessories'", []string{"mislabel"}},
	{"docs say", "docs say 'ceramic glaze sample'", []string{"mislabel"}},
	{"german parcel says", "Auf dem Paket steht „Kosmetikprobe“.", []string{"mislabel"}},
	{"czech forwarding", "Balíky jdou z našeho skladu v Polsku, v rámci EU bez celnice.", []string{"forwarding"}},
	{"czech stealth", "Diskrétní balení, vakuově svařené, bez označení obsahu.", []string{"stealth"}},
	{"czech reship", "Když zásilku celnice zabaví, pošleme znovu zdarma.", []string{"reship"}},
	{"czech buyer's praise", "Objednával jsem dvakrát, doporučuju.", nil},
	{"vietnamese reship", "Nếu hàng bị hải quan giữ, shop gửi lại miễn phí cho bạn.", []string{"reship"}},
	{"vietnamese stealth", "Đóng gói kín đáo, không ghi tên sản phẩm bên ngoài.", []string{"stealth"}},
	{"vietnamese customs", "Shop cam kết thông quan 100% cho mọi đơn.", []string{"customs"}},
	{"indonesian reship", "Kalau paket disita bea cukai, kami kirim ulang tanpa biaya.", []string{"reship"}},
	{"indonesian mislabel", "Barang dideklarasikan sebagai suplemen makanan.", []string{"mislabel"}},
	{"arabic stealth", "التغليف سري ومخفي داخل علب هدايا ولا يظهر اسم المادة.", []string{"stealth"}},
	{"arabic forwarding", "الشحن عن طريق وكيلنا في تركيا ثم توصيل داخلي إلى بلدك.", []string{"forwarding"}},
	{"arabic reship", "في حال مصادرة الطرد نعيد الإرسال على حسابنا.", []string{"reship"}},
	{"vietnamese buyer's words", "Hàng tới nhanh, shop tư vấn nhiệt tình.", nil},
	{"portuguese reship", "Se a alfândega apreender, reenviamos sem custo.", []string{"reship"}},
	{"portuguese stealth", "Envio discreto, embalagem a vácuo sem rótulo.", []string{"stealth"}},
	{"en kept", "If customs keep your parcel we send a new one at our cost.", []string{"reship"}},
	{"en held", "Package held at the border? You get a full replacement.", []string{"reship"}},
	{"zh simplified", "海关查扣后我们免费再发一次。", []string{"reship"}},
	{"zh traditional", "包裹被海關扣押，我們免費補發。", []string{"reship"}},
	{"es", "Si el paquete es incautado, volvemos a enviar sin costo.", []string{"reship"}},
	{"ru", "Если посылку изъяли на таможне, вышлем снова бесплатно.", []string{"reship"}},
	{"de", "Wird das Paket beschlagnahmt, erfolgt ein kostenloser Nachversand.", []string{"reship"}},
	// customs: clearance the seller takes on
	{"en handled", "We take care of customs clearance for every order.", []string{"customs"}},
	{"es", "Despacho aduanero garantizado a toda Latinoamérica.", []string{"customs"}},
	{"ru", "Растаможку берём на себя.", []string{"customs"}},
	{"de", "Wir kümmern uns um die Verzollung.", []string{"customs"}},
	{"en team does clearance", "Door to door service to USA and Mexico, our team does the customs clearance for you.", []string{"customs"}},
	{"ru we clear", "Растаможку оформим за вас, вам остаётся только получить посылку.", []string{"customs"}},
	// stealth: packaging that hides the contents
	{"en mbb", "US domestic only. MBB + vacuum, business-style envelope, printed label.", []string{"stealth"}},
	{"zh transit then local", "一般7到10天，货先到香港中转，再由墨西哥本地快递派送。", []string{"forwarding"}},
	{"en declared as", "Labelled and declared as lubricant additive.", []string{"mislabel"}},
	{"en declared correctly", "Every parcel is declared correctly as chemical reagents.", nil},
	{"en", "Your order arrives in an odour-proof pouch inside a book mailer.", []string{"stealth"}},
	{"es", "Envío discreto en caja sin logotipos.", []string{"stealth"}},
	{"ru", "Незаметная упаковка, без опознавательных знаков.", []string{"stealth"}},
	{"de", "Diskreter Versand in neutraler Verpackung.", []string{"stealth"}},
	// mislabel: a declaration that names other goods
	{"en", "The CN22 lists the contents as bath salts.", []string{"mislabel"}},
	{"es", "La factura dice juguetes.", []string{"mislabel"}},
	{"es declared", "Declaramos el paquete como regalo.", []string{"mislabel"}},
	{"ru", "Декларируем как бытовую химию.", []string{"mislabel"}},
	{"de", "Wir deklarieren das Paket als Geschenk.", []string{"mislabel"}},
	// forwarding: transit country or warehouse, domestic delivery
	{"en flag", "Ships via 🇲🇽 to all US states.", []string{"forwarding"}},
	{"es", "Enviamos vía México, entrega nacional en EE.UU.", []string{"forwarding"}},
	{"ru", "Отправка через Казахстан.", []string{"forwarding"}},
	{"de", "Versand über die Niederlande.", []string{"forwarding"}},
	{"ru two sentences", "Отправка со склада в Казахстане (Алматы). После пересечения границы посылка доставляется по РФ как внутреннее отправление.", []string{"forwarding"}},
	{"en partner", "For US buyers we ship in bulk to our partner in Los Angeles; from there it goes out by USPS as a domestic parcel.", []string{"forwarding"}},
	{"en next sentence unrelated", "We ship from our warehouse in China. Then you get a tracking number.", nil},
	{"en warehouse domestic", "Orders leave our warehouse for domestic delivery only.", []string{"forwarding"}},
	// not claims
	{"question", "Do you reship if it gets seized?", nil},
	{"some vendors", "Some vendors offer a reship if the parcel is seized.", nil},
	{"ru some shops", "Некоторые магазины возят через склады в Казахстане — уточняйте у продавца.", nil},
	{"de other shops", "Manche Anbieter deklarieren Ware als „Badesalz“ – das machen wir ausdrücklich nicht.", nil},
	{"zh some merchants", "有些商家会把货物申报为颜料，我们不这样做。", nil},
	{"news", "The cargo, declared as 'urea', contained 4-piperidone, officials said.", nil},
	{"zh news", "据报道，一批申报为颜料的货物实为芬太尼前体。", nil},
	{"asking", "Looking for a reliable forwarding agent in 🇳🇱.", nil},
	{"ru asking", "Ищу поставщика с гарантией переотправки при изъятии.", nil},
	{"quoted feedback", "Feedback from a client in 🇺🇸: arrived in 9 days, stealth 10/10.", nil},
	{"market denies", "The market does not guarantee reships, stealth or delivery times.", nil},
	{"stealth beats the police", "Our stealth has never been caught by law enforcement.", []string{"stealth"}},
	{"beware", "Beware of sellers who promise 100% customs clearance.", nil},
	{"no reships", "No reships, no refunds if lost.", nil},
	{"not offered", "Reshipping if seized is not offered.", nil},
	{"es negated", "Sin reenvío si se pierde.", nil},
	{"de negated", "Kein Nachversand bei Verlust.", nil},
	{"buyer pays duties", "Customs duties are the buyer's responsibility.", nil},
	{"courier via", "Shipped from China via EMS to your door.", nil},
	{"home warehouse", "We ship from our warehouse in China within 24 hours.", nil},
	{"worldwide", "Free shipping worldwide on orders over $50.", nil},
	{"clearance sale", "Clearance sale: 100% genuine products.", nil},
	{"plain product", "Plain white powder, ships in 24 hours.", nil},
	{"food grade", "Label: food grade, 25 kg drum.", nil},
}

func TestConceptClaims(t *testing.T) {
	e := mustExtractor(t)
	for _, tc := range conceptCases {
		t.Run(tc.name+"/"+tc.text, func(t *testing.T) {
			var kinds []string
			for _, c := range e.Claims(tc.text) {
				if !slices.Contains(kinds, c.Kind) {
					kinds = append(kinds, c.Kind)
				}
			}
			slices.Sort(kinds)
			want := slices.Clone(tc.kinds)
			slices.Sort(want)
			if !slices.Equal(kinds, want) {
				t.Errorf("kinds %v, want %v", kinds, want)
			}
		})
	}
}

func TestParseConceptsErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"unknown line", "word\tx\n", `unknown line kind "word"`},
		{"short term", "term\tx\ten\tab\nrule\treship\tx\n", `term "ab" is too short`},
		{"inner wildcard", "term\tx\ten\tab*cd\nrule\treship\tx\n", "* may only end a term"},
		{"unknown kind", "term\tx\ten\tabc\nrule\tsmuggle\tx\n", `unknown kind "smuggle"`},
		{"concept without terms", "term\tx\ten\tabc\nrule\treship\tx+y\n", `concept "y" has no terms`},
		{"dangling operator", "term\tx\ten\tabc\nrule\treship\tx>\n", "ends with an operator"},
		{"not after >", "term\tx\ten\tabc\nterm\ty\ten\tdef\nrule\treship\tx>!y\n", "cannot follow"},
		{"columns", "term\tx\tabc\n", "3 columns, want 4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseConcepts(strings.NewReader(tc.in))
			if err == nil || !errors.Is(err, ErrBadRule) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want one containing %q wrapping ErrBadRule", err, tc.want)
			}
			if !strings.Contains(err.Error(), "line ") {
				t.Errorf("error %q names no line", err)
			}
		})
	}
}

func FuzzParseConcepts(f *testing.F) {
	f.Add("term\tx\ten\tabc;def*\nrule\treship\tx>>x+!x\nblock\tx\n")
	f.Add("rule\tforwarding\ttransit>place\nterm\ttransit\ten\tvia\n")
	f.Fuzz(func(t *testing.T, in string) {
		lx, err := ParseConcepts(strings.NewReader(in))
		if err != nil {
			return
		}
		e, err := New(&Options{Concepts: lx})
		if err != nil {
			t.Fatalf("parsed lexicon does not compile: %v", err)
		}
		e.Claims("via abc def xyz, reship 🇲🇽 " + in)
	})
}
