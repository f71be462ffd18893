package npswatch

// Selectors are an analyst's CSS selectors for one target, for a template
// the generic extractors read badly. Item selects the element of each
// listing (a card, a row); the others select, inside an item (or in the
// whole page when Item is empty: a detail page), the product name, CAS
// number, price, description and vendor. Empty selectors are not used.
type Selectors struct {
	Item        string `json:"item,omitempty"`
	Product     string `json:"product,omitempty"`
	CAS         string `json:"cas,omitempty"`
	Price       string `json:"price,omitempty"`
	Description string `json:"description,omitempty"`
	Vendor      string `json:"vendor,omitempty"`
}

// Empty reports whether no selector is set.
func (s *Selectors) Empty() bool {
	return s == nil || (s.Item == "" && s.Product == "" && s.CAS == "" && s.Price == "" && s.Description == "" && s.Vendor == "")
}
