// Package extract turns one parsed HTML page into listings: product
// offers with their CAS numbers, shipping claims, contacts, price and
// vendor. It never fetches anything and never imports colly or bbolt: the
// crawler parses each page once and hands over the *goquery.Document.
//
// # Layouts
//
// Page finds listings on layouts it has never seen, without keying on any
// site's class names:
//
//   - schema.org Product data in JSON-LD (top level, arrays, @graph,
//     ItemList, Offer.itemOffered) and in microdata (itemscope/itemprop);
//   - catalogue tables, found by their header text ("CAS No.", "CAS号",
//     "Chemical Name", "品名" …), one listing per row;
//   - repeated product cards: sibling elements with the same tag and
//     class signature (also across the rows of a grid), each with a
//     title-like link and a price, CAS number or call to action; lists of
//     <li> entries with a link and a CAS number are cards too. Page
//     chrome (nav, header, footer, breadcrumbs, pagers) is never a card;
//   - detail pages: one product name (h1, og:title, title) with a spec
//     table, a definition list or "Label: value" lines, or a price and a
//     call to action beside the name;
//   - free-text posts: when nothing structured is found but the main text
//     carries a CAS number, a price or a shipping claim, the page is one
//     listing with Source "text".
//
// Listings of the same product found twice (JSON-LD and the layout) are
// merged. Editorial pages (og:type article, NewsArticle or BlogPosting
// JSON-LD, a lone <article> without price or cart) have Kind "article" and
// no listings: a news story quoting a CAS number is not an offer.
//
// # Claims
//
// Claim rules come from a TSV lexicon (seeds/claims.tsv, read with
// ParseClaimRules); without rules no claims are found. Each claim carries
// the sentence it was found in, cut with prose's sentence segmenter (and
// at Chinese full stops). A rule only runs on lines that hold the literal
// words its pattern requires, found in one Aho-Corasick pass, so the
// lexicon can grow without slowing pages that do not mention shipping.
// Claims in a listing's own text go on the listing; the rest of the
// page's claims are Result.SiteClaims.
//
// # Caveats
//
// prose loads its sentence model for every document it builds (about
// 15 ms); Page builds at most one per page, and only when a rule matched.
// CAS numbers are found with npswatch.FindCAS; only check-digit-valid
// numbers go in Listing.CAS, invalid ones (when labelled, or in a CAS
// column) in InvalidCAS.
package extract
