package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/npswatch/npswatch"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// table.go reads catalogue tables: a header row names the product and CAS
// columns ("Product", "Chemical Name", "品名"; "CAS", "CAS No.", "CAS号"),
// and every data row below is one listing.

// maxCols bounds colspan expansion on hostile tables.
const maxCols = 40

// priceLabelRe matches a price column header.
var priceLabelRe = regexp.MustCompile(`(?i)^(?:price|prices|unit\s+price|cost|preis|cena|prix|precio|preço|prezzo|цена|价格|单价|售价)(?:$|[\s(:：/])`)

// tableRows returns the rows of t, not those of nested tables.
func tableRows(t *html.Node) []*html.Node {
	var rows []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				rows = append(rows, c)
			case atom.Thead, atom.Tbody, atom.Tfoot:
				walk(c)
			}
		}
	}
	walk(t)
	return rows
}

// rowCells returns the cells of a row, repeated for their colspan so
// that columns line up with the header.
func rowCells(tr *html.Node) []*html.Node {
	var cells []*html.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if !isElem(c, atom.Td) && !isElem(c, atom.Th) {
			continue
		}
		span, err := strconv.Atoi(strings.TrimSpace(attr(c, "colspan")))
		if err != nil || span < 1 {
			span = 1
		}
		for i := 0; i < span && len(cells) < maxCols; i++ {
			cells = append(cells, c)
		}
	}
	return cells
}

// tableColumns says which columns of a catalogue table hold what.
type tableColumns struct {
	header               []string
	name, cas, price, vd int
}

// findColumns reads the header row; ok is false when the row is not the
// header of a catalogue table.
func findColumns(cells []*html.Node) (tableColumns, bool) {
	tc := tableColumns{name: -1, cas: -1, price: -1, vd: -1}
	for i, c := range cells {
		h := inlineText(c)
		tc.header = append(tc.header, h)
		if len(npswatch.FindCAS(h)) > 0 || len(h) > 60 {
			return tc, false // a data row, not a header
		}
		if i > 0 && cells[i-1] == c {
			continue
		}
		switch {
		case tc.cas < 0 && isCASLabel(h):
			tc.cas = i
		case tc.name < 0 && isNameLabel(h):
			tc.name = i
		case tc.price < 0 && priceLabelRe.MatchString(h):
			tc.price = i
		case tc.vd < 0 && isVendorLabel(h):
			tc.vd = i
		}
	}
	return tc, tc.cas >= 0 || (tc.name >= 0 && tc.price >= 0)
}

// tableDrafts finds the catalogue tables of the page and returns one
// draft per data row.
func tableDrafts(p *page) []*draft {
	var out []*draft
	eachElem(p.body, func(n *html.Node) bool {
		if invisible(n) || p.claimed[n] || p.chrome(n) {
			return false
		}
		if n.DataAtom != atom.Table {
			return true
		}
		rows := tableRows(n)
		ds := catalogueRows(rows)
		if len(ds) == 0 {
			return true // nested tables may still be catalogues
		}
		for _, d := range ds {
			p.claim(d.region)
			for _, x := range d.extra {
				p.claim(x)
			}
		}
		p.claim(n)
		out = append(out, ds...)
		return false
	})
	return out
}

// catalogueRows reads the data rows under the first header row found in
// the first three rows.
func catalogueRows(rows []*html.Node) []*draft {
	for h := 0; h < len(rows) && h < 3; h++ {
		tc, ok := findColumns(rowCells(rows[h]))
		if !ok {
			continue
		}
		var out []*draft
		casRows := 0
		var last *draft // the draft of the row just before, nil after a row that gave none
		for _, tr := range rows[h+1:] {
			d := tc.row(tr)
			if d == nil {
				if last != nil && continuationRow(tr) {
					// a description row under its record ("Clears customs
					// every time…" spanning the table): the record's words
					last.text += "\n" + inlineText(tr)
					last.extra = append(last.extra, tr)
					continue
				}
				last = nil
				continue
			}
			last = d
			if len(d.cas.valid)+len(d.cas.invalid) > 0 {
				casRows++
			}
			out = append(out, d)
		}
		// a CAS column that never holds a CAS number is a spec table
		if tc.cas >= 0 && casRows == 0 && tc.price < 0 {
			return nil
		}
		return out
	}
	return nil
}

// row turns one data row into a draft, or nil for spacer and group rows.
func (tc tableColumns) row(tr *html.Node) *draft {
	cells := rowCells(tr)
	distinct := 0
	for i, c := range cells {
		if i == 0 || cells[i-1] != c {
			distinct++
		}
	}
	if distinct < 2 || len(cells) < len(tc.header)/2 {
		return nil // a spacer or a group heading spanning the row
	}
	if exampleRow(tr, cells) {
		return nil // "e.g. Acetone 67-64-1": how to fill in a form, not an offer
	}
	cell := func(i int) string {
		if i < 0 || i >= len(cells) {
			return ""
		}
		return inlineText(cells[i])
	}
	d := &draft{source: "table", region: tr}
	d.name = cleanName(cell(tc.name))
	if d.name == "" {
		// no name column: the first linked or title-like cell that is not
		// the CAS column
		for i, c := range cells {
			if i == tc.cas || (i > 0 && cells[i-1] == c) {
				continue
			}
			if t := cleanName(inlineText(c)); titleLike(t) && len(npswatch.FindCAS(t)) == 0 {
				d.name = t
				break
			}
		}
	}
	var lines []string
	for i, c := range cells {
		if i > 0 && cells[i-1] == c {
			continue
		}
		v := inlineText(c)
		if v == "" {
			continue
		}
		if i < len(tc.header) && tc.header[i] != "" {
			v = tc.header[i] + ": " + v
		}
		lines = append(lines, v)
	}
	d.text = strings.Join(lines, "\n")
	d.cas.scan(cell(tc.cas), true)
	d.cas.scan(d.text, false)
	if d.name == "" && len(d.cas.valid) == 0 {
		return nil
	}
	if d.name == "" {
		d.name = d.cas.valid[0]
	}
	d.price = findPrice(cell(tc.price))
	if d.price == "" && hasNonZeroDigit(cell(tc.price)) {
		d.price = cleanName(cell(tc.price)) // "12.50" in a column headed "Price (EUR)"
	}
	if d.price == "" {
		d.price = findPrice(d.text)
	}
	d.vendor = firstNonEmpty(cleanName(cell(tc.vd)), vendorFromText(d.text))
	return d
}

// exampleRow reports a row that shows how to fill in a table: its class
// says example or sample, or its first cell is "e.g." / "Example" / "例".
func exampleRow(tr *html.Node, cells []*html.Node) bool {
	for _, tok := range strings.Fields(strings.ToLower(attr(tr, "class"))) {
		if tok == "example" || tok == "sample-row" || tok == "placeholder" || tok == "template" {
			return true
		}
	}
	if len(cells) == 0 {
		return false
	}
	switch strings.ToLower(strings.Trim(strings.TrimSpace(inlineText(cells[0])), ":：")) {
	case "e.g.", "eg", "e.g", "example", "sample", "例", "例如", "示例", "beispiel", "z.b.", "ejemplo", "пример":
		return true
	}
	return false
}

// continuationRow reports a row that continues the record above it: one
// cell spanning the table, holding a sentence (a supplier's description,
// its terms) rather than a short group heading.
func continuationRow(tr *html.Node) bool {
	cells := rowCells(tr)
	if len(cells) == 0 || cells[0] != cells[len(cells)-1] {
		return false
	}
	t := inlineText(tr)
	return utf8.RuneCountInString(t) >= 30 && strings.Contains(t, " ") && sentenceEndRe.MatchString(t)
}

var sentenceEndRe = regexp.MustCompile(`[.!?。！？](\s|$)`)
