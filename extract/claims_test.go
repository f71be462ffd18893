package extract

import (
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/npswatch/npswatch"
)

// claimCases are sentences with the claim kinds they must (and must only)
// yield under the real lexicon.
var claimCases = []struct {
	name, text string
	kinds      []string
}{
	// reship
	{"reship guaranteed", "Guaranteed reship when customs seize your parcel.", []string{"reship"}},
	{"free reshipment", "We offer free reshipment when a package gets lost or seized.", []string{"reship"}},
	{"re-ship policy", "Our re-ship policy covers every order.", []string{"reship"}},
	{"resend if confiscated", "If the goods are confiscated we will send them again.", []string{"reship"}},
	{"refund if seized", "Full refund if your order is seized.", []string{"reship"}},
	{"send twice", "If there are problems we send the same order twice.", []string{"reship"}},
	{"zh reship", "被扣重发，丢件补发。", []string{"reship"}},
	{"safe delivery", "100% safe delivery to Europe and USA.", []string{"reship"}},
	// customs
	{"customs clearance 100", "100% customs clearance to Australia and the EU.", []string{"customs"}},
	{"pass customs", "Our parcels pass customs safely, guaranteed.", []string{"customs"}},
	{"double clearance ddp", "Double clearance with tax included, DDP door to door, customs pass guaranteed.", []string{"customs"}},
	{"ddp alone", "Shipping terms: DDP to your door.", []string{"customs"}},
	{"tax included with customs", "Door to door, customs tax included.", []string{"customs"}},
	{"zh customs", "双清包税，包清关到门。", []string{"customs"}},
	{"passes customs easily", "Our parcels pass customs without any problems.", []string{"customs"}},
	// stealth
	{"stealth packaging", "Vacuum sealed and hidden inside, stealth packaging always.", []string{"stealth"}},
	{"discreet no name", "Discreet parcel, no chemical name written on the outside.", []string{"stealth"}},
	{"safe stealth shipping", "Professional packing and very safe stealth shipping.", []string{"stealth"}},
	{"plain box", "Everything ships in a plain box.", []string{"stealth"}},
	{"mylar", "Packed in mylar smell proof bags.", []string{"stealth"}},
	{"zh stealth", "采用隐秘包装，无标签。", []string{"stealth"}},
	{"no return address", "No return address on the parcel.", []string{"stealth"}},
	// mislabel
	{"declared detergent", "The customs form says it is declared as detergent powder.", []string{"mislabel"}},
	{"label as cleaning agent", "We label the package as a floor cleaning agent.", []string{"mislabel"}},
	{"declared household", "Declared as household products and gift wrapped.", []string{"mislabel"}},
	{"disguised", "The powder is disguised as tea.", []string{"mislabel"}},
	{"fake invoice", "We provide a fake invoice on request.", []string{"mislabel"}},
	{"zh mislabel", "货物伪装成食品添加剂发货。", []string{"mislabel"}},
	// forwarding
	{"forwarding agent", "Goods are shipped via our forwarding agent in Singapore.", []string{"forwarding"}},
	{"transit warehouse", "Transit through our Canada warehouse, then domestic delivery.", []string{"forwarding"}},
	{"domestic from us warehouse", "Domestic shipping from our EU warehouse, no customs.", []string{"forwarding"}},
	{"third country", "Parcels are routed through a third country.", []string{"forwarding"}},
	{"zh forwarding", "美国仓现货，国内派送。", []string{"forwarding"}},
	{"transshipment", "Transshipment via Singapore on request.", []string{"forwarding"}},
	{"warehouses in", "We have warehouses in USA, Canada and Mexico.", []string{"forwarding"}},
	// several in one text, each in its own sentence
	{"mixed", "Stealth shipping worldwide. Reship if lost. Declared as gift.", []string{"mislabel", "reship", "stealth"}},
	// negatives: ordinary shop text
	{"free shipping", "Free shipping on orders over $75.", nil},
	{"tracking", "A tracking number is sent with every order.", nil},
	{"worldwide", "We ship worldwide from our warehouse in Ohio.", nil},
	{"duties buyer", "Customs duties are the buyer's responsibility.", nil},
	{"shopify tax", "Tax included. Shipping calculated at checkout.", nil},
	{"we do not reship", "We do not reship orders with a wrong address.", nil},
	{"no refunds", "No refunds after 30 days.", nil},
	{"negation two words back", "Not shipped in stealth or unmarked packaging – all goods are labelled per GHS.", nil},
	{"not only", "Not only stealth packaging but also vacuum sealed bags.", []string{"stealth"}},
	{"not guaranteed", "We cannot guarantee customs clearance in every country.", nil},
	{"make sure", "Please make sure customs clearance documents are ready.", nil},
	{"japan stock", "Items from Japan stock ship from a US warehouse within 2 weeks.", nil},
	{"resend email", "Resend the verification email.", nil},
	{"label printer", "Print the shipping label at checkout.", nil},
	{"zh negative", "不包清关，关税由买家承担。", nil},
	{"spanish", "Envío discreto. Reenvío gratis si hay decomiso en aduana.", []string{"reship", "stealth"}},
	{"russian", "Скрытная упаковка, повторная отправка при изъятии.", []string{"reship", "stealth"}},
	{"spanish shop text", "Envío gratis a todo México en pedidos mayores a $500.", nil},
	{"traditional chinese", "包清關，雙清包稅。隱秘包裝。扣貨免費重寄。", []string{"customs", "reship", "stealth"}},
	{"delivery date", "Guaranteed delivery by Friday for orders placed before noon.", nil},
	{"dhl", "Orders are shipped via DHL Express.", nil},
	{"empty", "", nil},
}

func TestClaims(t *testing.T) {
	e := mustExtractor(t)
	for _, tc := range claimCases {
		t.Run(tc.name, func(t *testing.T) {
			got := e.Claims(tc.text)
			if kinds := claimKinds(got); !slices.Equal(kinds, tc.kinds) {
				t.Errorf("Claims(%q) kinds %v, want %v (%v)", tc.text, kinds, tc.kinds, got)
			}
			for _, c := range got {
				if c.Text == "" || !strings.Contains(collapse(tc.text), c.Text) {
					t.Errorf("claim sentence %q is not part of the text", c.Text)
				}
			}
		})
	}
}

// TestClaimsSentence checks that a claim carries its own sentence and that
// claims are deduped by (kind, sentence).
func TestClaimsSentence(t *testing.T) {
	e := mustExtractor(t)
	text := "Welcome to our shop. We use stealth packaging. Stealth packaging is free.\nWe use stealth packaging."
	got := e.Claims(text)
	want := []npswatch.Claim{
		{Kind: "stealth", Text: "We use stealth packaging."},
		{Kind: "stealth", Text: "Stealth packaging is free."},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestClaimsPrefilter checks the literal prefilter against running every
// rule's regexp on every line: it may only save work, never lose a claim.
func TestClaimsPrefilter(t *testing.T) {
	rules := mustRules(t)
	e := mustExtractor(t)
	for _, tc := range claimCases {
		want := map[string]bool{}
		for _, r := range rules {
			re := regexp.MustCompile("(?i)" + r.Pattern)
			for _, line := range strings.Split(tc.text, "\n") {
				for _, loc := range re.FindAllStringIndex(line, -1) {
					if !negated(line[:loc[0]]) {
						want[r.Kind] = true
					}
				}
			}
		}
		got := map[string]bool{}
		for _, c := range e.Claims(tc.text) {
			got[c.Kind] = true
		}
		for k := range want {
			if !got[k] {
				t.Errorf("%s: the prefilter lost a %s claim", tc.name, k)
			}
		}
	}
}

func TestRequiredLiterals(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    [][]string
	}{
		{`\bre-?ship(?:s|ped)?\b`, [][]string{{"reship", "re-ship"}}},
		{`\b(?:fake|false)\s+(?:invoice|label)s?\b`, [][]string{{"fake", "false"}, {"label", "invoice"}}},
		{`\bstealth\b`, [][]string{{"stealth"}}},
		{`包清关|双清`, [][]string{{"双清", "包清关"}}},
		{`\w+`, nil},
		{`a|bc`, nil},
	} {
		t.Run(tc.pattern, func(t *testing.T) {
			got := requiredLiterals(tc.pattern)
			for i := range got {
				slices.Sort(got[i])
			}
			for i := range tc.want {
				slices.Sort(tc.want[i])
			}
			if !slices.EqualFunc(got, tc.want, func(a, b []string) bool { return slices.Equal(a, b) }) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestParseClaimRules(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		n        int
		errLine  string // "" = no error
	}{
		{"header comments blanks", "# c\nkind\tlang\tpattern\n\nstealth\ten\t\\bstealth\\b\r\n", 1, ""},
		{"zh", "customs\tzh\t包清关", 1, ""},
		{"two columns", "stealth\ten\n", 0, "claims line 1"},
		{"four columns", "stealth\ten\tx\ty\n", 0, "claims line 1"},
		{"unknown kind", "# x\nsmuggle\ten\tfoo\n", 0, "claims line 2"},
		{"bad regexp", "stealth\ten\t(unclosed\n", 0, "claims line 1"},
		{"empty match", "stealth\ten\ta*\n", 0, "claims line 1"},
		{"empty pattern", "stealth\ten\t \n", 0, "claims line 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rules, err := ParseClaimRules(strings.NewReader(tc.in))
			if tc.errLine == "" {
				if err != nil || len(rules) != tc.n {
					t.Fatalf("got %d rules, %v", len(rules), err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.errLine) || !errors.Is(err, ErrBadRule) {
				t.Errorf("error %v, want one naming %q and wrapping ErrBadRule", err, tc.errLine)
			}
		})
	}
}

func TestNewRejectsBadRule(t *testing.T) {
	_, err := New(&Options{Claims: []ClaimRule{{Kind: "stealth", Lang: "en", Pattern: "("}}})
	if !errors.Is(err, ErrBadRule) {
		t.Errorf("New with a bad rule: %v", err)
	}
	e, err := New(nil)
	if err != nil || len(e.Claims("stealth shipping, reship guaranteed")) != 0 {
		t.Errorf("New(nil) must detect no claims: %v", err)
	}
}
