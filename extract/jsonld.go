package extract

import (
	"encoding/json"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// jsonld.go reads schema.org data embedded as JSON-LD: Product objects
// anywhere in a script (top level, arrays, @graph, ItemList, Offer,
// mainEntity) and the @type of every object, which tells articles apart.

// ldData is what the JSON-LD scripts of one page hold.
type ldData struct {
	types    map[string]bool // every @type seen, lower case
	products []map[string]any
	nodes    map[string]map[string]any // objects by @id, for {"@id": …} references
}

// maxLDDepth bounds the walk over hostile, deeply nested JSON.
const maxLDDepth = 24

// readJSONLD parses every JSON-LD script under root. Malformed scripts are
// skipped.
func readJSONLD(root *html.Node) ldData {
	d := ldData{types: map[string]bool{}}
	eachElem(root, func(n *html.Node) bool {
		if n.DataAtom != atom.Script {
			return true
		}
		if !strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") || n.FirstChild == nil {
			return false
		}
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
		}
		src := strings.TrimSpace(b.String())
		src = strings.TrimSuffix(strings.TrimPrefix(src, "<![CDATA["), "]]>")
		var v any
		if err := json.Unmarshal([]byte(src), &v); err != nil {
			return false
		}
		d.walk(v, 0, false)
		return false
	})
	for _, p := range d.products {
		d.resolve(p, 0)
	}
	return d
}

// resolve replaces references ({"@id": "…#org"} and nothing else) in the
// seller, brand and manufacturer fields inside a product by the objects
// they name elsewhere in the page's JSON-LD (an Offer's seller pointing at
// the Organization in @graph). Replacements are not resolved further and
// no other field is, so hostile data cannot build a cycle that the readers
// above would follow.
func (d *ldData) resolve(v any, depth int) {
	if depth > maxLDDepth || len(d.nodes) == 0 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			d.resolve(e, depth+1)
		}
	case map[string]any:
		for k, e := range x {
			switch k {
			case "seller", "brand", "manufacturer", "offeredBy", "provider":
				if n := d.ref(e); n != nil {
					x[k] = n
				} else if list, ok := e.([]any); ok {
					for i, el := range list {
						if n := d.ref(el); n != nil {
							list[i] = n
						}
					}
				}
			default:
				d.resolve(e, depth+1)
			}
		}
	}
}

// ref returns the object a pure reference names, or nil.
func (d *ldData) ref(v any) map[string]any {
	m, ok := v.(map[string]any)
	if !ok || len(m) != 1 {
		return nil
	}
	id, ok := m["@id"].(string)
	if !ok {
		return nil
	}
	return d.nodes[id]
}

// walk records types and collects Product objects. Inside a product it
// keeps walking only to record types, not to find more products.
func (d *ldData) walk(v any, depth int, inProduct bool) {
	if depth > maxLDDepth {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			d.walk(e, depth+1, inProduct)
		}
	case map[string]any:
		if id, ok := x["@id"].(string); ok && len(x) > 1 {
			if d.nodes == nil {
				d.nodes = map[string]map[string]any{}
			}
			if _, dup := d.nodes[id]; !dup {
				d.nodes[id] = x
			}
		}
		isProduct := false
		for _, t := range ldTypes(x) {
			t = strings.ToLower(t)
			d.types[t] = true
			switch t {
			case "product", "productgroup", "individualproduct", "productmodel", "drug",
				"chemicalsubstance", "somedproducts":
				isProduct = true
			}
		}
		if isProduct && !inProduct {
			d.products = append(d.products, x)
		}
		for k, e := range x {
			if k == "@context" {
				continue
			}
			d.walk(e, depth+1, inProduct || isProduct)
		}
	}
}

// ldTypes returns the @type values of an object.
func ldTypes(m map[string]any) []string {
	switch t := m["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldString flattens a JSON-LD value to text: strings, numbers, the first
// element of arrays, {"name"} or {"@value"} objects.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return htmlToText(x)
	case float64:
		return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%f", x), "0"), ".")
	case json.Number:
		return x.String()
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		for _, k := range []string{"name", "@value", "value"} {
			if s := ldString(x[k]); s != "" {
				return s
			}
		}
	}
	return ""
}

// htmlToText strips tags and entities from strings that carry HTML, as
// product descriptions in JSON-LD often do.
func htmlToText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return strings.TrimSpace(s)
	}
	var t textBuilder
	for _, n := range nodes {
		t.render(n, nil)
	}
	return t.String()
}

// ldList returns v as a list (a single value becomes a list of one).
func ldList(v any) []any {
	switch x := v.(type) {
	case nil:
		return nil
	case []any:
		return x
	default:
		return []any{x}
	}
}

// ldListing turns one schema.org Product into a listing skeleton.
func ldListing(p map[string]any) *draft {
	dr := &draft{source: "jsonld"}
	dr.name = cleanName(ldString(p["name"]))
	var text []string
	add := func(label, v string) {
		if v != "" {
			if label != "" {
				v = label + ": " + v
			}
			text = append(text, v)
		}
	}
	add("", dr.name)
	add("", ldString(p["alternateName"]))
	add("", ldString(p["description"]))
	for _, k := range []string{"sku", "mpn", "gtin", "productID", "category"} {
		add(k, ldString(p[k]))
	}
	for _, id := range ldList(p["identifier"]) {
		if m, ok := id.(map[string]any); ok {
			label := ldString(m["propertyID"])
			if label == "" {
				label = ldString(m["name"])
			}
			val := ldString(m["value"])
			add(label, val)
			if isCASLabel(label) {
				dr.cas.scan(val, true)
			}
		} else {
			add("identifier", ldString(id))
		}
	}
	for _, prop := range ldList(p["additionalProperty"]) {
		m, ok := prop.(map[string]any)
		if !ok {
			continue
		}
		label, val := ldString(m["name"]), ldString(m["value"])
		if label == "" {
			label = ldString(m["propertyID"])
		}
		add(label, val)
		if isCASLabel(label) {
			dr.cas.scan(val, true)
		}
	}
	dr.price, dr.vendor = ldOffers(p["offers"])
	if dr.vendor == "" {
		dr.vendor = cleanName(ldString(p["seller"]))
	}
	dr.brand = cleanName(ldString(p["brand"]))
	dr.text = strings.Join(text, "\n")
	dr.cas.scan(dr.text, false)
	return dr
}

// ldOffers reads price and seller from an Offer, AggregateOffer or list.
func ldOffers(v any) (price, seller string) {
	for _, o := range ldList(v) {
		m, ok := o.(map[string]any)
		if !ok {
			continue
		}
		cur := ldString(m["priceCurrency"])
		p := ldString(m["price"])
		if p == "" {
			if lo, hi := ldString(m["lowPrice"]), ldString(m["highPrice"]); lo != "" {
				p = lo
				if hi != "" && hi != lo {
					p = lo + "-" + hi
				}
			}
		}
		if p == "" {
			if spec, ok := m["priceSpecification"].(map[string]any); ok {
				p = ldString(spec["price"])
				if cur == "" {
					cur = ldString(spec["priceCurrency"])
				}
			}
		}
		if price == "" && p != "" {
			price = strings.TrimSpace(cur + " " + p)
		}
		if seller == "" {
			seller = cleanName(ldString(m["seller"]))
		}
		if price == "" {
			if inner, s := ldOffers(m["offers"]); inner != "" {
				price, seller = inner, firstNonEmpty(seller, s)
			}
		}
	}
	return price, seller
}

// articleTypes are the schema.org types of editorial pages.
var articleTypes = []string{"article", "newsarticle", "blogposting", "reportagenewsarticle",
	"analysisnewsarticle", "opinionnewsarticle", "scholarlyarticle", "techarticle",
	"liveblogposting", "report", "backgroundnewsarticle"}

// editorial reports whether the JSON-LD declares an article.
func (d ldData) editorial() bool {
	for _, t := range articleTypes {
		if d.types[t] {
			return true
		}
	}
	return false
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
