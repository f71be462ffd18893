package extract

import (
	"slices"
	"testing"
)

func TestFindPrice(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"US $20-90 / kg", "US $20-90 / kg"},
		{"Price: $53.00 incl. VAT", "$53.00"},
		{"8,13 € *", "8,13 €"},
		{"€240 / 25 g", "€240 / 25 g"},
		{"¥1200/kg", "¥1200/kg"},
		{"฿0.0060", "฿0.0060"},
		{"35 EUR", "35 EUR"},
		{"1,200 元", "1,200 元"},
		{"판매가420,000원", "420,000원"},
		{"₩ 89,000", "₩ 89,000"},
		{"R$ 150,00", "R$ 150,00"},
		{"1.250 TL", "1.250 TL"},
		{"6 900 руб.", "6 900 руб"},
		{"Цена: 48 000 руб.", "48 000 руб"},
		{"1 250,50 €", "1 250,50 €"},
		{"Cart $0.00\n$12.50", "$12.50"},
		{"Rp950.000 Terjual 27", "Rp950.000"},
		{"RM 420.00", "RM 420.00"},
		{"₱1,250", "₱1,250"},
		{"السعر ٥٠٠ دولار", "٥٠٠ دولار"},
		{"1 200 Kč", "1 200 Kč"},
		{"100% pure, 5 kg drums", ""},
		{"Ships from EUROPE 5 days", ""},
		{"", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := findPrice(tc.in); got != tc.want {
				t.Errorf("findPrice(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestCASForms(t *testing.T) {
	for _, tc := range []struct {
		in             string
		valid, invalid []string
	}{
		{"CAS No.39742-60-4", []string{"39742-60-4"}, nil},
		{"cas#79099-07-3", []string{"79099-07-3"}, nil},
		{"CAS RN: 50-00-0, CAS RN 50-00-1", []string{"50-00-0"}, []string{"50-00-1"}},
		{"CAS号：３９７４２－６０－４", []string{"39742-60-4"}, nil},
		{"Numer CAS:  1336-21-6", []string{"1336-21-6"}, nil},
		{"CAS-Nummer: 7732-18-5...", []string{"7732-18-5"}, nil},
		{"order 2019-12-3 shipped", nil, nil}, // unlabelled and invalid: not kept
		{"EC 215-647-6, tel +1 555-12-3", nil, nil},
		{"CAS 50-00-0 and again 50-00-0", []string{"50-00-0"}, nil},
		{"ANPP precursor, CAS 21409 26 7, 99%", []string{"21409-26-7"}, nil},
		{"CAS No. 21409 26 8 (a typo)", nil, nil},                          // spaced and invalid: not a CAS at all
		{"Lot 21409 26 7 in stock", nil, nil},                              // spaced but unlabelled
		{"Call 0531 88 7 or CAS no 7732 18 5", []string{"7732-18-5"}, nil}, // only the labelled one
	} {
		t.Run(tc.in, func(t *testing.T) {
			var c casSet
			c.scan(tc.in, false)
			if !slices.Equal(c.valid, tc.valid) || !slices.Equal(c.invalid, tc.invalid) {
				t.Errorf("valid %v invalid %v, want %v %v", c.valid, c.invalid, tc.valid, tc.invalid)
			}
		})
	}
}

func TestLabels(t *testing.T) {
	for _, s := range []string{"CAS", "CAS No.", "CAS RN", "CAS#", "CAS号", "CAS Number", "cas-no"} {
		if !isCASLabel(s) {
			t.Errorf("isCASLabel(%q) = false", s)
		}
	}
	for _, s := range []string{"Casing", "Cascade", "Price"} {
		if isCASLabel(s) {
			t.Errorf("isCASLabel(%q) = true", s)
		}
	}
	for _, s := range []string{"Product", "Name", "Chemical Name", "品名", "Product name:", "Name (EN)"} {
		if !isNameLabel(s) {
			t.Errorf("isNameLabel(%q) = false", s)
		}
	}
	for _, s := range []string{"Next", "2", "»", "Add to cart", "Home", "view details"} {
		if titleLike(s) {
			t.Errorf("titleLike(%q) = true", s)
		}
	}
	for _, s := range []string{"NPP powder", "4-ANPP", "芬太尼"} {
		if !titleLike(s) {
			t.Errorf("titleLike(%q) = false", s)
		}
	}
}

func TestCleanTitle(t *testing.T) {
	p := &page{siteName: "Carolina Chemical"}
	for _, tc := range []struct{ in, want string }{
		{"1G of PURE UNCUT COCAINE | Drugmarket", "1G of PURE UNCUT COCAINE"},
		{"Sulfuric Acid, ACS Reagent, 95.0 – 98.0% - Carolina Chemical", "Sulfuric Acid, ACS Reagent, 95.0 – 98.0%"},
		{"Woda amoniakalna 3% - czysty, Ammonium hydroxide solution 3%, CAS 1336-21-6", "Woda amoniakalna 3% - czysty, Ammonium hydroxide solution 3%, CAS 1336-21-6"},
		{"Carolina Chemical » Nitric Acid", "Nitric Acid"},
	} {
		if got := p.cleanTitle(tc.in); got != tc.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestColumnLabels(t *testing.T) {
	for _, s := range []string{"Price", "Price (USD)", "价格", "Цена", "Preis:"} {
		if !priceLabelRe.MatchString(s) {
			t.Errorf("price label %q not recognised", s)
		}
	}
	for _, s := range []string{"Priced items", "Costume"} {
		if priceLabelRe.MatchString(s) {
			t.Errorf("%q taken for a price label", s)
		}
	}
	for _, s := range []string{"Supplier", "Sold by", "Lieferant:", "供应商"} {
		if !isVendorLabel(s) {
			t.Errorf("vendor label %q not recognised", s)
		}
	}
}

// TestCallToAction: the buttons and stock words that make a segment an
// offer, in each language the lexicons cover.
func TestCallToAction(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Add to cart", true},
		{"Купить", true},
		{"Есть в наличии", true},
		{"In den Warenkorb", true},
		{"Añadir al carrito", true},
		{"加入購物車", true},
		{"立即购买", true},
		// every alternative of the expression passes the trigger filter
		{"Add to requisition", true},
		{"Get latest price", true},
		{"Contact supplier", true},
		{"Request a quote", true},
		{"Min. order: 1 kg", true},
		{"Supply ability: 500 kg/month", true},
		{"Mindestbestellmenge: 10 g", true},
		{"Pedido mínimo 5 g", true},
		{"Agotado", true},
		{"Под заказ", true},
		{"장바구니 담기", true},
		{"Adicionar ao carrinho", true},
		{"Do koszyka", true},
		{"Sepete ekle", true},
		{"カートに入れる", true},
		{"Описание товара", false},
		{"Beschreibung", false},
	} {
		if got := cartRe.matchText(tc.in); got != tc.want {
			t.Errorf("cartRe(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
