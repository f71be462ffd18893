package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/npswatch/npswatch"
)

// fields.go reads the listing fields that every layout shares out of plain
// text: prices, CAS numbers with their labels, vendor labels and names.

// priceRe matches a price as shops write it: a currency before or after an
// amount, an optional range and an optional unit ("US $20-90 / kg",
// "$53.00", "8,13 €", "฿0.0060", "35 EUR", "¥1200/kg", "6 900 руб." with
// thousands grouped by spaces).
var priceRe = newLineRe(`(?i)(?:`+
	`(?:US\s?\$|NT\s?\$|HK\s?\$|A\$|C\$|USD|USDT|USDC|EUR|GBP|CNY|RMB|CHF|PLN|AUD|CAD|KRW|JPY|BRL|VND|(?-i:\b(?:IDR|MYR|PHP|THB|INR|MXN|ARS|COP|CLP|PEN|ZAR|NGN|EGP|AED|SAR|TRY|UAH|KZT|CZK|HUF|RON|SEK|NOK|DKK|ILS|Rp\.?|RM|S\$))|R\$|[$€£¥￥₹₽฿₮₩₺₫₱₦₪])\s?[\d٠-٩][\d٠-٩,.' ]*[\d٠-٩]?(?:\s?[-–~]\s?(?:US\s?\$|[$€£¥￥])?\s?\d[\d,.]*)?`+
	`|(?:\d{1,3}(?:[ \x{00A0}\x{202F}]\d{3})+(?:[.,]\d+)?|[\d٠-٩][\d٠-٩,.٫٬]*)\s?(?:USD|USDT|USDC|EUR|GBP|CNY|RMB|CHF|PLN|BTC|XMR|ETH|LTC|TRX|KRW|JPY|VND|(?-i:IDR|MYR|THB|INR|MXN|AED|SAR|EGP|CZK|HUF|SEK|NOK|DKK|Kč|Ft|lei|kr)|zł|€|元|руб\.?|рублей|р\.|₽|₴|грн|₸|₹|£|\$|원|円|₩|₺|₫|đ|₱|₪|TL|دولار|دولار أمريكي|ريال|درهم|جنيه|دينار|ر\.س|د\.إ|ج\.م)(?:[^\p{L}]|$)`+
	`)(?:\s?(?:/|per)\s?(?:\d+(?:[.,]\d+)?\s?)?(?:kg|kgs|g|gram|grams|kilogram|kilograms|mg|ml|l|liter|litre|lb|oz|ton|tons|tonne|mt|piece|pieces|pc|pcs|bottle|vial|unit|kilo|克|千克|公斤)\b)?`,
	"$", "€", "£", "¥", "￥", "₹", "₽", "฿", "元", "zł", "usd", "eur", "gbp", "cny", "rmb", "chf", "pln",
	"aud", "cad", "btc", "xmr", "eth", "ltc", "trx", "₮", "руб", "р.", "₴", "грн", "₸", "krw", "jpy", "brl", "vnd", "r$", "₩", "원", "円", "₺", "₫", "đ", "tl",
	// and the currencies of Southeast Asia, the Gulf, Africa, Latin America and Europe's other
	// markets, by ISO 4217 code, symbol or the word a price is written with
	"idr", "rp", "myr", "rm", "php", "₱", "sgd", "s$", "thb", "inr", "mxn", "ars", "cop", "clp", "pen", "zar",
	"ngn", "₦", "egp", "aed", "sar", "try", "uah", "kzt", "czk", "kč", "huf", "ft", "ron", "lei", "sek", "nok",
	"dkk", "kr", "ils", "₪", "دولار", "ريال", "درهم", "جنيه", "دينار", "ر.س", "د.إ", "ج.م")

// findPrice returns the first non-zero price-like text in s, or "".
func findPrice(s string) string {
	l := newLined(s)
	for i, line := range l.lines {
		if !priceRe.hit(l, i) {
			continue
		}
		for _, loc := range priceRe.re.FindAllStringIndex(line, 4) {
			p := strings.TrimRight(strings.TrimSpace(line[loc[0]:loc[1]]), " ,.;:)(*")
			if hasNonZeroDigit(p) {
				return p
			}
		}
	}
	return ""
}

// hasNonZeroDigit reports whether s has a digit other than 0: "$0.00" in
// an empty mini-cart is no price.
func hasNonZeroDigit(s string) bool {
	for _, r := range s {
		if r >= '1' && r <= '9' || r >= '١' && r <= '٩' {
			return true
		}
	}
	return false
}

// casLabelRe matches the text right before a CAS number that labels it:
// "CAS No.", "cas#", "CAS RN:", "CAS号：", "Numer CAS:", "CAS-Nummer:".
var casLabelRe = regexp.MustCompile(`(?i)\bcas(?:\s*(?:rn|reg(?:istry)?|registry\s+number|no|nr|num|number|nummer|numer|n°|#|号|號|编号|編號))?[\s.:：#|()\[\]-]*$`)

// labelledAt reports whether the CAS mention at start in text is labelled.
func labelledAt(text string, start int) bool {
	from := start - 40
	if from < 0 {
		from = 0
	}
	for from < start && !utf8.RuneStart(text[from]) {
		from++
	}
	before := text[from:start]
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	return casLabelRe.MatchString(before)
}

// casSet collects CAS numbers in order without duplicates.
type casSet struct {
	valid, invalid []string
	seen           map[string]bool
}

func (c *casSet) add(num string, valid bool) {
	if c.seen == nil {
		c.seen = map[string]bool{}
	}
	if c.seen[num] {
		return
	}
	c.seen[num] = true
	if valid {
		c.valid = append(c.valid, num)
	} else {
		c.invalid = append(c.invalid, num)
	}
}

// scan adds the CAS numbers in text. Invalid ones are kept only when
// labelled, unless allInvalid is set (a CAS column or a CAS spec value).
func (c *casSet) scan(text string, allInvalid bool) {
	for _, m := range npswatch.FindCAS(text) {
		if m.Valid || allInvalid || labelledAt(text, m.Start) {
			c.add(m.Number, m.Valid)
		}
	}
	if strings.Contains(text, " ") && strings.Contains(strings.ToLower(text), "cas") {
		// "CAS 21409 26 7": spaces for hyphens, taken only when labelled
		// and check-digit-valid
		for _, m := range spacedCASRe.FindAllStringSubmatch(text, 20) {
			if n := m[1] + "-" + m[2] + "-" + m[3]; npswatch.ValidCAS(n) {
				c.add(n, true)
			}
		}
	}
}

// spacedCASRe matches a labelled CAS number written with spaces.
var spacedCASRe = regexp.MustCompile(`(?i)\bcas(?:\s*(?:no|nr|number|rn|#))?\.?\s*[:：#]?\s*([1-9]\d{1,6}) (\d{2}) (\d)\b`)

// isCASLabel reports whether a header or spec label names the CAS number.
func isCASLabel(s string) bool {
	s = strings.ToLower(collapse(s))
	s = strings.TrimRight(s, " :：.#")
	if !strings.Contains(s, "cas") {
		return false
	}
	if casLabelRe.MatchString(s) {
		return true
	}
	// "CAS-Nr. (EG)", "cas no/ec no": a short label that starts with the word
	return strings.HasPrefix(s, "cas") && len(s) <= 24 && (len(s) == 3 || s[3] < 'a' || s[3] > 'z')
}

// nameLabelRe matches column headers and spec labels that hold a product
// name in the languages chemical shops use.
var nameLabelRe = regexp.MustCompile(`(?i)^(?:product(?:\s+name)?|products?|name|chemical(?:\s+name)?|compound|substance|analytes?|item(?:\s+name)?|article|description|english\s+name|common\s+name|iupac\s+name|title|bezeichnung|artikel(?:name)?|produkt(?:name|bezeichnung)?|nazwa(?:\s+produktu)?|nom(?:\s+du\s+produit)?|d[ée]signation|nombre(?:\s+del\s+producto)?|producto|produit|наименование|название|товар|продукт|品名|名称|产品|产品名称|中文名称|英文名称|化学名称|商品名称|商品名|化学名)(?:\s*\([^)]{0,20}\))?\s*[:：]?$`)

// isNameLabel reports whether a header or spec label names the product.
func isNameLabel(s string) bool { return nameLabelRe.MatchString(strings.TrimSpace(collapse(s))) }

// navTexts are link texts that navigate or act rather than name a product.
var navTexts = map[string]bool{}

func init() {
	for _, t := range strings.Split("home|next|prev|previous|first|last|more|read more|view more|see more|"+
		"show more|see all|view all|all|details|view details|view full details|product details|more details|"+
		"more info|see details|learn more|shop now|quick view|select options|view|back|top|login|log in|"+
		"register|sign in|sign up|logout|log out|cart|checkout|my account|account|contact|contact us|about|"+
		"about us|help|faq|search|menu|compare|add to compare|wishlist|add to wishlist|add to cart|"+
		"add to basket|buy|buy now|order now|order|inquiry|send inquiry|inquire now|enquire|enquiry|"+
		"get price|get latest price|contact supplier|contact now|quote|request quote|request a quote|"+
		"show price|chat now|message|report|discuss|share|favorite|favourite|review|reviews|write a review|"+
		"click here|here|download|sds|msds|coa|close|cancel|submit|ok|yes|no", "|") {
		navTexts[t] = true
	}
}

// isNavText reports whether a link text is navigation, an action or a pager.
func isNavText(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	if navTexts[s] {
		return true
	}
	for _, r := range s {
		if unicode.IsLetter(r) {
			return false
		}
	}
	return true // digits, arrows and punctuation only
}

// tagRe matches HTML tags that some shops print escaped into names
// ("(<i>S</i>)-Abscisic Acid").
var tagRe = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,60})?/?>`)

// cleanName normalises a product or vendor name for display.
func cleanName(s string) string {
	if strings.Contains(s, "<") {
		s = tagRe.ReplaceAllString(s, "")
	}
	s = collapse(s)
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || r == ':' || r == '：' || r == '-' || r == '•' || r == '·'
	})
	return truncateRunes(s, 200)
}

// titleLike reports whether s reads as a product title: a few letters,
// not a pager or an action, not a whole paragraph.
func titleLike(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 200 || isNavText(s) {
		return false
	}
	letters, digits := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
			if r >= 0x2E80 { // CJK: two characters already make a name
				letters++
			}
		case unicode.IsDigit(r):
			digits++
		}
	}
	// chemical codes are short: "4-AP", "2C-B" (not catalogue numbers: "BH-1042")
	return letters >= 3 || (letters == 2 && digits > 0 && shortCodeRe.MatchString(s))
}

// shortCodeRe matches chemical short names with two letters.
var shortCodeRe = regexp.MustCompile(`^(?:\d{1,2}\s?[-‐–]\s?[A-Za-z]{2}|\d[A-Za-z][-‐–][A-Za-z])$`)

// normName is the key under which listings of the same product merge.
func normName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cartRe matches the calls to action and trade terms that mark an offer.
var cartRe = newLineRe(`(?i)\b(?:add\s+to\s+(?:cart|basket|bag|requisition|order)|buy\s+(?:it\s+)?now|order\s+now|in\s+stock|out\s+of\s+stock|send\s+inquiry|inquire\s+now|enquire\s+now|get\s+(?:latest\s+)?price|contact\s+supplier|request\s+(?:a\s+)?quote|min\.?\s*order|moq|minimum\s+order|supply\s+ability|add\s+to\s+inquiry|quantity)\b|加入购物车|立即购买|立即订购|直接购买|马上购买|询价|起订量|最小起订|现货|加入購物車|立即購買|立即訂購|直接購買|馬上購買|詢價|起訂量|現貨`+
	`|купить|в\s+корзину|оформить\s+заказ|заказать|есть\s+в\s+наличии|в\s+наличии|нет\s+в\s+наличии|под\s+заказ|минимальный\s+заказ`+
	`|in\s+den\s+warenkorb|jetzt[\s-]+kaufen|sofort[\s-]+kaufen|nicht\s+auf\s+lager|auf\s+lager|sofort\s+lieferbar|mindestbestellmenge`+
	`|añadir\s+al\s+carrito|agregar\s+al\s+carrito|comprar\s+ahora|\ben\s+stock\b|agotado|pedido\s+mínimo|cantidad\s+mínima`+
	`|adicionar\s+ao\s+carrinho|comprar\s+agora|do\s+koszyka|kup\s+teraz|sepete\s+ekle|satın\s+al|thêm\s+vào\s+giỏ|mua\s+ngay|in\s+winkelwagen|bestel\s+nu`+
	`|장바구니|구매하기|바로\s*구매|カートに入れる|今すぐ購入|購入する`+
	// Indonesian and Malay, Thai, Arabic
	`|masukkan\s+(?:ke\s+)?keranjang|tambah\s+ke\s+(?:keranjang|troli)|beli\s+sekarang|stok\s+(?:ada|tersedia)|ใส่ตะกร้า|ซื้อเลย|أضف\s+إلى\s+(?:السلة|العربة)|اشتر\s+الآن|متوفر|للطلب|اطلب\s+الآن`,
	"cart", "basket", "bag", "requisition", "buy", "order", "stock", "inquir", "enquir", "get", "supplier", "quote",
	"moq", "quantity", "supply", "购物车", "购买", "订购", "询价", "起订", "现货", "購物車", "購買", "訂購", "詢價", "起訂", "現貨",
	"купить", "корзин", "заказ", "налич", "warenkorb", "kaufen", "lager", "lieferbar", "mindestbestell", "carrito", "comprar",
	"agotado", "mínim", "carrinho", "agora", "koszyk", "kup", "sepet", "satın", "giỏ", "mua", "winkelwagen", "bestel",
	"장바구니", "구매", "カート", "購入", "keranjang", "troli", "beli", "stok", "ตะกร้า", "ซื้อ", "السلة", "العربة", "اشتر",
	"متوفر", "للطلب", "اطلب")
