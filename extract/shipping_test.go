package extract

import (
	"slices"
	"testing"
)

func TestShipping(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		from, to []string
	}{
		{"label colon", "Ships from: China\nShips to: USA, Canada and Mexico", []string{"CN"}, []string{"US", "CA", "MX"}},
		{"spec row on two lines", "Item info\nships from\nGermany\nships to\nWorldwide", []string{"DE"}, []string{"worldwide"}},
		{"spec row with bar", "Ships From | Europe\nShips to | Worldwide", []string{"europe"}, []string{"worldwide"}},
		{"sentence", "WE SHIP PRODUCTS FROM GERMANY AND THE NETHERLANDS.", []string{"DE", "NL"}, nil},
		{"to list with region", "We ship to entire EUROPE, USA, and most of the asia countries so in other words - WORLDWIDE", nil, []string{"europe", "US", "asia", "worldwide"}},
		{"except", "We ship worldwide except Australia and New Zealand.", nil, nil},
		{"to except", "Shipping to: worldwide except Australia", nil, []string{"worldwide"}},
		{"negated", "Sorry, we do not ship to the USA.", nil, nil},
		{"pronoun us", "Please send it to us by courier.", nil, nil},
		{"abbreviation dots", "Ships to the U.S. and Canada within a week.", nil, []string{"US", "CA"}},
		{"chinese origin", "发货地：湖北武汉\n可发美国、加拿大、墨西哥", []string{"CN"}, []string{"US", "CA", "MX"}},
		{"chinese label line", "发货地\n上海", []string{"CN"}, nil},
		{"zh place before the verb", "出貨說明：台灣本島出貨，可寄送美國、加拿大。", []string{"TW"}, []string{"US", "CA"}},
		{"traditional chinese", "發貨地：臺灣台中\n可發美國、加拿大", []string{"TW"}, []string{"US", "CA"}},
		{"no places", "Free shipping to your door. Tracking number provided.", nil, nil},
		{"other words", "Customs clearance to Chad is the buyer's problem.", nil, nil},
		{"longest name", "Ships to South Africa only", nil, []string{"ZA"}},
		{"word edges", "Shipping to Indiana warehouse", nil, nil},
		{"two statements in a banner", "Ships from: Hong Kong & Wuhan · We ship to USA, Canada and Mexico · Tracking", []string{"HK", "CN"}, []string{"US", "CA", "MX"}},
		{"spanish", "Enviamos a todo México y Estados Unidos, envío desde China.", []string{"CN"}, []string{"MX", "US"}},
		{"russian", "Отправка из Китая, доставка в Россию и Казахстан.", []string{"CN"}, []string{"RU", "KZ"}},
		{"arrow", "Ships from: NL → Worldwide", []string{"NL"}, []string{"worldwide"}},
		{"arrow with codes on the next line", "ships from\nCN -> US, CA", []string{"CN"}, []string{"US", "CA"}},
		{"DDP with codes", "DDP to US / MX / CA, 7-12 days", nil, []string{"US", "MX", "CA"}},
		{"two statements in a sentence", "Ships from China, we ship to Mexico.", []string{"CN"}, []string{"MX"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from, to := Shipping(tt.text)
			if !slices.Equal(from, tt.from) || !slices.Equal(to, tt.to) {
				t.Errorf("Shipping(%q) = from %v to %v, want from %v to %v", tt.text, from, to, tt.from, tt.to)
			}
		})
	}
}

func FuzzShipping(f *testing.F) {
	for _, s := range []string{"Ships from: China", "ships to\nU.S.", "发货地：湖北", "ship to 美国。", "shipped from \xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		from, to := Shipping(s)
		for _, p := range append(from, to...) {
			if p == "" {
				t.Fatalf("empty place from %q", s)
			}
		}
	})
}
