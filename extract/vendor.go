package extract

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// vendor.go finds who sells a listing: a "Supplier:" / "Sold by" / "卖家"
// label, a link to a supplier page, or a seller block of the template.

// vendorWords are class or id fragments of supplier blocks.
var vendorWords = []string{"supplier", "seller", "vendor", "store-name", "shop-name", "company", "merchant"}

// vendorClass reports whether n's class or id names a supplier block.
func vendorClass(n *html.Node) bool {
	s := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	for _, w := range vendorWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// vendorBlock returns the text of the first supplier block inside n.
func vendorBlock(n *html.Node) string {
	b := firstElem(n, vendorClass)
	if b == nil {
		return ""
	}
	if a := firstElem(b, func(e *html.Node) bool { return e.DataAtom == atom.A }); a != nil {
		if t := cleanName(inlineText(a)); titleLike(t) {
			return t
		}
	}
	t := cleanName(inlineText(b))
	if _, after, ok := strings.Cut(t, ":"); ok {
		t = cleanName(after)
	}
	if titleLike(t) && len(t) <= 80 {
		return t
	}
	return ""
}

// pageVendorBlock finds a seller block outside chrome and claimed regions.
func pageVendorBlock(p *page) string {
	var v string
	eachElem(p.main, func(n *html.Node) bool {
		if v != "" || invisible(n) || p.claimed[n] {
			return false
		}
		if p.chrome(n) && n.DataAtom != atom.Aside {
			return false // a supplier card is often an <aside>; menus and footers name no seller
		}
		if vendorClass(n) {
			v = vendorBlock(n.Parent)
			return false
		}
		return true
	})
	return v
}

// vendorLabelRe matches the labels that introduce a supplier.
var vendorLabelRe = regexp.MustCompile(`(?i)^(?:supplier|suppliers|seller|vendor|sold\s+by|store|shop|company|merchant|manufacturer|distributor|provided\s+by|offered\s+by|lieferant|anbieter|händler|verkäufer|fournisseur|vendeur|proveedor|vendedor|продавец|поставщик|供应商|卖家|商家|公司|厂家|供货商)\s*(?:name)?\s*[:：]?$`)

// vendorSuffixRe is what market templates print after a vendor's name: a
// feedback count, a star rating, a level ("DragonLabs (312) ★4.81 — Level 6").
var vendorSuffixRe = regexp.MustCompile(`(?i)\s*(?:\(\d[\d,.]*\)|[★☆⭐]|\s[—–-]\s*(?:level|lvl|trust|rating)\b|\s(?:level|lvl|trust|rating)\s*\d).*$`)

// copyrightRe matches a copyright line.
var copyrightRe = regexp.MustCompile(`(?i)©|\(c\)\s*\d{4}|\bcopyright\b|all\s+rights\s+reserved|版权所有`)

// vendorInlineRe finds "Supplier: Foo Ltd" (or a "Vendor | Foo" spec row)
// inside a line.
var vendorInlineRe = newLineRe(`(?i)(?:^|[\s|(])(supplier|seller|vendor|sold\s+by|store|company|merchant|供应商|卖家|商家|公司)\s*(?:name)?\s*([:：]|\s\|)\s*(.{2,80})`,
	"supplier", "seller", "vendor", "sold", "store", "company", "merchant", "供应商", "卖家", "商家", "公司")

func init() { vendorInlineRe.maxLine = 400 }

// isVendorLabel reports whether a spec label introduces the supplier.
func isVendorLabel(s string) bool { return vendorLabelRe.MatchString(strings.TrimSpace(collapse(s))) }

// vendorFromText finds a labelled vendor name in text, else a line that
// names a company ("Wuhan Hexon Biotech Co., Ltd."), or "".
func vendorFromText(text string) string {
	l := newLined(text)
	for _, m := range vendorInlineRe.all(l, 5) {
		label, sep, v := strings.ToLower(m[1]), m[2], m[3]
		if strings.Contains(sep, "|") && (label == "store" || label == "company" || label == "merchant") {
			continue // "Store | Blog | Contact" is a menu
		}
		if i := strings.Index(v, " | "); i >= 0 {
			v = v[:i]
		}
		if v = cleanName(vendorSuffixRe.ReplaceAllString(v, "")); v != "" && !isNavText(v) {
			return v
		}
	}
	for i, line := range l.lines {
		if copyrightRe.MatchString(line) {
			continue // "© 1996-2026 Acme Ltd." is the site's owner, not a seller
		}
		if len(line) <= 120 && companyRe.hit(l, i) {
			if m := companyRe.re.FindString(line); m != "" {
				return cleanName(m)
			}
		}
	}
	return ""
}

// companyRe matches a company name by its legal form.
var companyRe = newLineRe(`(?:[\p{Lu}0-9][\p{L}0-9&.'-]*\s+){1,6}(?:Co\.,?\s*Ltd\.?|Co\.?\s*,?\s*Limited|Company\s+Limited|Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|GmbH|S\.A\.|s\.r\.o\.|Sp\.\s*z\s*o\.o\.|B\.V\.|Pvt\.?\s*Ltd\.?|Corp\.?|Corporation)|\p{Han}{2,20}(?:有限公司|股份公司|公司)`,
	"co.", "ltd", "limited", "inc", "llc", "l.l.c", "gmbh", "s.a.", "s.r.o", "sp. z", "b.v.", "corp", "公司")

// vendorPathRe matches link paths that lead to a supplier page.
var vendorPathRe = regexp.MustCompile(`(?i)/(?:suppliers?|sellers?|vendors?|stores?|compan(?:y|ies)|showroom|merchants?|shops?/[^/]+/?$|user|profile|members?)(?:[/?#._-]|$)`)

// profileSegRe is a path segment that introduces a vendor's profile: the
// next segment (or an id parameter) names the vendor. Shop, store and
// company paths are left out: single-vendor shops use them for products
// and "about us" pages.
var profileSegRe = regexp.MustCompile(`(?i)^(?:vendors?|sellers?|suppliers?|merchants?|users?|profiles?|members?|manufacturers?|traders?)$`)

// profileParamRe is a query parameter that names or numbers a vendor.
var profileParamRe = regexp.MustCompile(`(?i)^(?:vendor|seller|supplier|merchant|user|profile|member)(?:_?id|_?name)?$`)

// pageVendor returns the vendor whose profile page this is, or "" when
// the page is not a profile. A profile is recognised by its URL (/vendor/x,
// /supplier/12, ?seller=x); its name is the page's heading, else the first
// part of its title, else the URL's name segment.
func pageVendor(p *page, u *url.URL) string {
	if u == nil {
		return ""
	}
	slug, ok := "", false
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	for i, s := range segs {
		if profileSegRe.MatchString(s) && i+1 < len(segs) && segs[i+1] != "" {
			slug, ok = segs[i+1], true
			break
		}
	}
	if !ok {
		for k, vs := range u.Query() {
			if profileParamRe.MatchString(k) && len(vs) > 0 && vs[0] != "" {
				slug, ok = vs[0], true
				break
			}
		}
	}
	if !ok {
		return ""
	}
	if len(p.h1s) == 1 {
		h := cleanName(vendorSuffixRe.ReplaceAllString(inlineText(p.h1s[0]), ""))
		if _, after, found := strings.Cut(h, ":"); found {
			h = cleanName(after)
		}
		if titleLike(h) && utf8.RuneCountInString(h) <= 80 {
			return h
		}
	}
	if t := cleanName(vendorSuffixRe.ReplaceAllString(titleHead(p.title), "")); titleLike(t) && utf8.RuneCountInString(t) <= 80 {
		return t
	}
	if s, err := url.PathUnescape(slug); err == nil {
		slug = s
	}
	slug = cleanName(strings.NewReplacer("-", " ", "_", " ", "+", " ").Replace(slug))
	if titleLike(slug) && strings.IndexFunc(slug, unicode.IsLetter) >= 0 {
		return slug
	}
	return ""
}

// titleHead is the part of a page title before its site name ("fredthebaker
// | Drugmarket" → "fredthebaker").
func titleHead(t string) string {
	t = collapse(t)
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " » "} {
		if i := strings.Index(t, sep); i > 0 {
			t = t[:i]
		}
	}
	return cleanName(t)
}

// infoPathRe and infoTitleRe recognise a shop's information pages: FAQ,
// about, shipping, payment and refund policies, terms, contact.
var (
	infoPathRe  = regexp.MustCompile(`(?i)^(?:faqs?|help|about(?:[-_]?us)?|shipping(?:[-_](?:info|policy|information))?|delivery(?:[-_](?:info|policy))?|payments?|refunds?(?:[-_]policy)?|returns?|terms(?:[-_].*)?|tos|policy|policies|privacy(?:[-_]policy)?|contact(?:[-_]?us)?|support|guarantee|how[-_]to[-_](?:order|buy))(?:\.\w+)?$`)
	infoTitleRe = regexp.MustCompile(`(?i)\b(?:faqs?|frequently\s+asked\s+questions|about\s+us|shipping\s+(?:policy|info(?:rmation)?)|delivery\s+(?:policy|info(?:rmation)?)|payment\s+(?:methods|options|info)|refund\s+policy|return\s+policy|terms\s+(?:and|&)\s+conditions|terms\s+of\s+(?:service|use)|privacy\s+policy|contact\s+us|how\s+to\s+order)\b|常见问题|关于我们|联系我们|付款方式|配送说明|售后服务`)
)

// infoPage reports a shop's information page (FAQ, policies, about us):
// the claims on it are the vendor's, and it is no free-text offer.
func infoPage(p *page, u *url.URL) bool {
	if u != nil {
		segs := strings.Split(strings.Trim(u.Path, "/"), "/")
		if last := segs[len(segs)-1]; infoPathRe.MatchString(last) {
			return true
		}
	}
	for _, h := range p.h1s {
		if infoTitleRe.MatchString(inlineText(h)) {
			return true
		}
	}
	return len(p.h1s) == 0 && infoTitleRe.MatchString(p.title)
}

// rowVendors finds the vendor of cards that name none in the rest of their
// row: B2B portals put the product column and the company column side by
// side in one row element, and the product column is what repeats as the
// card. Only a parent that holds this one card is searched.
func rowVendors(cards []card) {
	parents := map[*html.Node]int{}
	for _, c := range cards {
		if c.n.Parent != nil {
			parents[c.n.Parent]++
		}
	}
	for i := range cards {
		c := &cards[i]
		if c.vendor != "" || c.n.Parent == nil || parents[c.n.Parent] != 1 {
			continue
		}
		for sib := c.n.Parent.FirstChild; sib != nil && c.vendor == ""; sib = sib.NextSibling {
			if sib == c.n || sib.Type != html.ElementNode {
				continue
			}
			if vendorClass(sib) {
				c.vendor = vendorBlock(sib.Parent)
			} else if b := firstElem(sib, vendorClass); b != nil {
				c.vendor = vendorBlock(b.Parent)
			}
		}
	}
}
