package extract

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/npswatch/npswatch"
)

// defaultMaxText is the default cap of Listing.Text, in runes.
const defaultMaxText = 4000

// Options configures an Extractor. The zero value is usable: no claim
// rules (claims are not detected) and the default text cap.
type Options struct {
	// Claims are the claim rules, usually parsed with ParseClaimRules
	// from the lexicon that the seeds package embeds.
	Claims []ClaimRule
	// Concepts is the concept lexicon (ParseConcepts): claims made of
	// concepts in one sentence, in any wording.
	Concepts *ConceptLexicon
	// Roles is the role lexicon (ParseRoles): what tells an offer from a
	// request, a report, a warning, a regulation, rules and reviews.
	// Without it every page and post is read as offering what it names.
	Roles *ConceptLexicon
	// MaxText caps Listing.Text in runes; 0 means 4000.
	MaxText int
}

// PageKind says what a page is, as far as extraction can tell.
type PageKind string

// Page kinds.
const (
	KindListing PageKind = "listing" // at least one listing was found
	KindArticle PageKind = "article" // editorial content: never yields listings
	KindOther   PageKind = "other"   // anything else: home pages, errors, challenges
)

// Result is what one page yields. Listings carry URL, Site, Product, CAS,
// InvalidCAS, Claims, Terms, ShipsFrom, ShipsTo, Contacts, Price, Vendor,
// Source and Text; the caller sets ID, FetchedAt, CaptureID and RunID.
//
// The Site fields are what the page says outside any listing (banners, FAQ,
// footer, a vendor's profile): they belong to the vendor the page is about,
// PageVendor, or to the site as a whole when PageVendor is "". Contacts are
// all contacts on the page.
type Result struct {
	Kind          PageKind
	Title         string
	PageVendor    string // the vendor whose profile page this is, if it is one
	Listings      []npswatch.Listing
	SiteClaims    []npswatch.Claim
	SiteTerms     []npswatch.Claim
	SiteDenies    []string // claim kinds the page denies outside its listings ("no reships")
	SiteShipsFrom []string
	SiteShipsTo   []string
	Contacts      []npswatch.Contact
	// SelectorsMissed: the target's CSS selectors matched nothing here,
	// so the generic extractors ran.
	SelectorsMissed bool
	// Role is what the page as a whole does when its title and headings say
	// it ("request", "report", "warning", "regulation", "rules"; "" for
	// anything else), with the words that said it.
	Role, RoleWhy string
	// Segments are the units the page was read as — posts, rows, cards,
	// its own product — with the role each was given and why.
	Segments []Segment
	// CardShapes are the shapes of the product grids found on the page,
	// for the site's template to learn (Template.LearnCards).
	CardShapes []string `json:"-"`
	// TemplateChrome is how many blocks of the page the site's template
	// took for chrome (0 without a template).
	TemplateChrome int
	// PageCAS are check-digit-valid CAS numbers shown on the page outside
	// its listings: a search for a CAS number ("Search - 532-32-1"), a
	// heading, a sidebar. They are not attributed to any listing.
	PageCAS []string
}

// Extractor turns parsed pages into listings. It is safe for concurrent
// use once built.
type Extractor struct {
	maxText int
	claims  *claimMatcher
	roles   *conceptMatcher
}

// New builds an Extractor, compiling the claim rules.
func New(opts *Options) (*Extractor, error) {
	e := &Extractor{maxText: defaultMaxText}
	if opts == nil {
		opts = &Options{}
	}
	if opts.MaxText > 0 {
		e.maxText = opts.MaxText
	}
	cm, err := compileClaims(opts.Claims, opts.Concepts)
	if err != nil {
		return nil, fmt.Errorf("compile claim rules: %w", err)
	}
	e.claims = cm
	if e.roles, err = compileConcepts(opts.Roles); err != nil {
		return nil, fmt.Errorf("compile role lexicon: %w", err)
	}
	return e, nil
}

// draft is a listing under construction.
type draft struct {
	source  string
	name    string
	text    string // full text: claims run over it before it is capped
	cas     casSet
	price   string
	vendor  string
	brand   string       // JSON-LD brand: the vendor when nothing better is known
	region  *html.Node   // the card, row or item it came from (nil: whole page)
	extra   []*html.Node // nodes outside region that belong to it (a table record's description row)
	pageCtx bool         // the listing stands for the page: page contacts apply
	noTopic bool         // a reply in a buyer's thread: the thread's title is what is wanted, not what it offers
	weak    bool         // a free-text listing that needs a claim to stand
	sells   bool         // … or a seller's words or a call to action
	offered bool         // a price, a call to action or a seller's words make it an offer
	links   []string     // contact links in the region (mailto:, wa.me …)
	link    string       // a card's link to the offer's own page (href as written)
	merged  bool
	ownText string // a free-text draft's words outside links to other pages: what its role is read from
	specCAS bool   // a detail draft whose CAS number stands in its spec sheet ("CAS No. | 39742-60-4")
	// ownOffer: a detail draft whose name (a heading, or the element the
	// title names) has a price and a call to action beside it: the page
	// is that product's own page
	ownOffer bool
	head     *html.Node
	message  bool // a card that is a message (an author, a time, its own words): its listing is a post
	// ownClaims are the texts of the same author's other posts on the page
	// that sell nothing but promise something ("parcel seized? we send
	// again"): the author's shipping promises, read as this post's claims
	ownClaims []string
}

// Page extracts the listings of one parsed page. It never panics and
// never fails: a page it cannot read yields a Result of Kind "other".
func (e *Extractor) Page(doc *goquery.Document, pageURL *url.URL) (res Result) {
	return e.PageWith(doc, pageURL, nil)
}

// PageWith is Page with an analyst's CSS selectors for a site the generic
// extractors read badly. When the selectors find listings on the page,
// they are the page's listings; when they find none (another page of the
// site, a changed template), the generic extractors run and
// Result.SelectorsMissed says so.
func (e *Extractor) PageWith(doc *goquery.Document, pageURL *url.URL, sel *Selectors) (res Result) {
	return e.PageIn(doc, pageURL, sel, nil)
}

// PageIn is PageWith for a page of a site whose template (the blocks its
// pages repeat) has been learned while crawling it: those blocks are
// chrome. A nil template means the in-page rules alone.
func (e *Extractor) PageIn(doc *goquery.Document, pageURL *url.URL, sel *Selectors, tmpl *Template) (res Result) {
	res.Kind = KindOther
	if doc == nil || len(doc.Nodes) == 0 || doc.Nodes[0] == nil {
		return res
	}
	p := scanPage(doc.Nodes[0])
	p.templ = tmpl.chromeNodes(doc.Nodes[0])
	p.known = tmpl.cardShapes()
	res.TemplateChrome = len(p.templ)
	defer func() { res.CardShapes = p.shapes }()
	res.Title = p.title
	res.Contacts = Contacts(p.pageText + "\n" + strings.Join(p.hrefs, "\n"))

	var drafts []*draft
	if sel != nil {
		if drafts = selectorDrafts(p, sel); len(drafts) == 0 {
			res.SelectorsMissed = true
		}
	}
	if len(drafts) > 0 {
		return e.finish(p, pageURL, drafts, res)
	}
	ld := make([]*draft, 0, len(p.ld.products))
	for _, prod := range p.ld.products {
		if d := ldListing(prod); d.name != "" {
			ld = append(ld, d)
		}
	}
	md := microdataDrafts(p)
	dom := append(md, tableDrafts(p)...)
	dom = append(dom, cardDrafts(p)...)
	pageRole := e.pageRole(p)
	res.Role, res.RoleWhy = pageRole.role, pageRole.why
	posts, feed := e.postDrafts(p, pageRole, &res.Segments)
	// a card found inside a post (a message's bubble) is the post's: the
	// post is the unit, with its author, its time and all its products
	dom = slices.DeleteFunc(dom, func(d *draft) bool { return d.region != nil && p.insidePost(d.region) })
	dom = append(dom, posts...)
	if pageRole.role == "" {
		pageRole = e.leadRole(p)
		res.Role, res.RoleWhy = pageRole.role, pageRole.why
	}
	if d := detailDraft(p, len(dom) > 0, len(ld) == 1 || len(md) == 1); d != nil {
		if d.ownOffer {
			dom = dropRails(dom, d, &res.Segments)
		}
		dom = append(dom, d)
	}
	ld = e.offers(ld, pageRole, &res.Segments)
	dom = e.offers(dom, pageRole, &res.Segments)
	// an editorial page's table of substances (a scheduling story's CAS
	// table) offers nothing: only units with a price, a call to action or
	// a seller's words keep a page from being an article
	units := append(slices.Clone(ld), dom...)
	selling := slices.ContainsFunc(units, func(d *draft) bool { return d.offered })
	// a vendor's blog repeats its contacts on every post, so the site's
	// template takes them for chrome: a messenger contact anywhere on the
	// page still speaks for the seller of a unit that offers
	sellerWords := slices.ContainsFunc(units, e.sellerSpeaks) || (selling && messengerContact(p.pageText))
	// a seller's words in a short page of its own (a post's caption: "pronta
	// entrega", "in stock now"), with no word of a report, warning,
	// regulation, rules or request beside them; a blog post or a policy page
	// is longer than a caption
	offerTalk := false
	if main := p.mainText(); len(main) <= maxCaption && !p.titled() {
		rh := e.roles.roleScan(main)
		offerTalk = rh.n[RoleOffer] > 0 && rh.n[RoleReport]+rh.n[RoleWarning]+rh.n[RoleRegulation]+rh.n[RoleRules]+rh.n[RoleRequest] == 0
	}
	if isArticle(p, pageURL, selling, sellerWords, offerTalk, e.claims) {
		res.Kind = KindArticle
		return res
	}
	if len(units) > 0 && !selling && !sellerWords && len(res.Contacts) == 0 && !cartRe.matchText(p.pageText) &&
		!slices.ContainsFunc(units, func(d *draft) bool { return d.source != "table" && d.source != "card" }) &&
		(e.roles.roleScan(p.pageText).n[RoleReference] > 0 || talksAbout(e.roles.roleScan(p.mainText()))) {
		// a table or grid of substances with nothing anywhere on the page
		// that sells — no price, way to order, seller's words or contact —
		// whose content warns, reports or regulates in two words or more (an
		// early-warning list of notified substances, a risk communication's
		// table of what laboratories found), or on a site that says it is a
		// reference work ("a free reference
		// database", "no vendor information") is a reference list (a
		// compound database's browse page); a directory's catalogue, as
		// bare, still lists what its suppliers sell
		for i := range res.Segments {
			if sg := &res.Segments[i]; sg.Kept && (sg.Source == "table" || sg.Source == "card") {
				sg.Kept, sg.Why = false, "a row of a reference list (see the page's segment)"
			}
		}
		res.Segments = append(res.Segments, Segment{Source: "page", Why: fmt.Sprintf("a list of %d substances with no price, way to order, seller's words or contact anywhere on a page of a reference work: a reference list", len(units))})
		return res
	}
	if len(ld) == 1 && len(dom) == 0 {
		ld[0].pageCtx = true
	}
	drafts = mergeDrafts(append(ld, dom...))
	sharePageCAS(drafts)
	if len(drafts) == 0 {
		// what the page says outside its posts: a product page's own offer
		// above its buyers' reviews; on a thread, only a title, which names
		// products without offering them (too weak to stand)
		ownTalk := slices.ContainsFunc(res.Segments, func(s Segment) bool {
			return (s.Source == "detail" || s.Source == "jsonld") && !s.Kept && talk(s.Role)
		})
		if d := textDraft(p); d != nil && !ownTalk && !(feed && d.weak && !cartRe.matchText(d.text)) {
			drafts = e.offers([]*draft{d}, pageRole, &res.Segments)
		}
	}
	return e.finish(p, pageURL, drafts, res)
}

// talksAbout reports a text that warns, reports or regulates in two words
// or more and offers in none.
func talksAbout(rh roleHits) bool {
	return rh.n[RoleOffer] == 0 && (rh.n[RoleWarning] >= 2 || rh.n[RoleReport] >= 2 || rh.n[RoleRegulation] >= 2 ||
		rh.n[RoleWarning]+rh.n[RoleReport]+rh.n[RoleRegulation] >= 3)
}

// titled reports a page headed by a title — an h1 of a title's length (a
// blog post's "Why we test every batch") — where a post's page shows its
// caption, if anything, as its heading.
func (p *page) titled() bool {
	for _, h := range p.h1s {
		if n := utf8.RuneCountInString(strings.TrimSpace(inlineText(h))); n > 0 && n <= 80 {
			return true
		}
	}
	return false
}

// maxCaption is the longest page text read as a post's caption.
const maxCaption = 600

// sellerSpeaks reports a unit that offers in a seller's own words: a call to
// action, "we supply", a messenger contact — more than a price, which a
// story quotes too. A vendor's blog post is an article by its markup and an
// offer by its words.
func (e *Extractor) sellerSpeaks(d *draft) bool {
	return d.offered && (d.sells || cartRe.matchText(d.text) || e.roles.roleScan(d.text).n[RoleOffer] > 0 || messengerContact(d.text))
}

// leadText is how much of a page's content, in runes, its role is read
// from besides its title and headings: the lead paragraph.
const leadText = 400

// insidePost reports whether region n lies in a post of the page.
func (p *page) insidePost(n *html.Node) bool {
	for q := n.Parent; q != nil; q = q.Parent {
		if p.posts[q] {
			return true
		}
	}
	return false
}

// pageRole is what the page's title and main headings say it does: a
// buying-request board, a news story, a warning, a regulation, a market's
// rules, or nothing in particular ("").
func (e *Extractor) pageRole(p *page) roleDecision {
	d := e.roles.roleScan(p.ownTitle()).decide(false, false)
	if d.role == RoleOffer {
		d = roleDecision{} // a title that sells says nothing about the page's segments
	}
	if d.role == "" && slices.ContainsFunc(strings.Split(p.ownTitle(), "\n"), questionTitle) {
		d = roleDecision{RoleQuestion, "a question"}
	}
	if d.role != "" {
		d.why = "the page's title and headings: " + d.why
	}
	return d
}

// leadRole is what the page's lead says when its title says nothing: a lead
// that says the items below are not for sale ("these materials are not
// sold, transferred or distributed") makes the page a stock list. Read
// after the feeds are claimed, so a post's "we do not sell X" stays the
// post's.
func (e *Extractor) leadRole(p *page) roleDecision {
	lead := e.roles.roleScan(truncateRunes(p.mainText(), leadText))
	if lead.n[RoleInventory] == 0 {
		return roleDecision{}
	}
	w := lead.words[RoleInventory]
	return roleDecision{RoleInventory, "the page's lead: inventory (" + strings.Join(w[:min(3, len(w))], ", ") + ")"}
}

// offers keeps the drafts that offer something. A row or card whose own
// words make it a request, a report, a warning, a regulation, the rules or
// a review is dropped; the page's own product (a detail or free-text
// listing) only when its words are a request, since product descriptions
// mention regulations and overdoses. A draft with no offer of its own on a
// page whose title talks (a scheduling notice's CAS table, a buying-leads
// board) is dropped too. Posts are decided already (postDrafts). Every
// decision is recorded in segs.
func (e *Extractor) offers(ds []*draft, page roleDecision, segs *[]Segment) []*draft {
	out := ds[:0]
	for _, d := range ds {
		if d.source == "post" {
			d.offered = true // postDrafts keeps offers only
			out = append(out, d)
			continue
		}
		text := d.text
		if !strings.Contains(text, d.name) {
			text = d.name + "\n" + text
		}
		cta := cartRe.matchText(d.text)
		if d.source == "text" {
			// an index's titles link to the pages that offer: their "【供应】"
			// or "in stock" is no offer of this page
			text, cta = d.ownText, cartRe.matchText(d.ownText)
		}
		rh := e.roles.roleScan(text)
		dec := rh.decide(d.price != "", cta)
		if t := d.name; d.region != nil && dec.role != RoleRequest && (questionTitle(t) || questionTitle(linkTitle(d.region))) {
			dec = roleDecision{RoleQuestion, "a unit headed by a question: " + truncateRunes(collapse(t), 60)} // a Q&A list's summary
		}
		seg := Segment{Source: d.source, Role: dec.role, Why: dec.why, Text: truncateRunes(collapse(d.name), 120)}
		// the page's own unit: a product page's detail block or schema.org
		// product, which is exempt from its own talk words below, or a
		// free-text page, which is a post and judged as one
		whole := d.source == "detail" || d.source == "text" || d.pageCtx
		exempt := whole && d.source != "text"
		switch {
		case dec.role == RoleRequest, talk(dec.role) && (!exempt || d.price == "" && !cta && (dec.role == RoleRules || dec.role == RoleInventory ||
			dec.role == RoleReference || dec.role == RoleRegulation || (dec.role == RoleWarning || dec.role == RoleReport) && rh.n[dec.role] >= 2)):
			// (the page's own product is exempt from its talk words — products
			// speak of overdoses and regulations — but a spec sheet with no
			// price and no way to order that says it may not be sold, is kept
			// for reference, is above all about how it is scheduled (a drug
			// agency's substance profile) or warns of it or reports its
			// detection in more than one word (an early-warning notification;
			// "overdose reversal" alone describes a naloxone spray) is no offer)
			// a page's own product speaks of regulations, overdoses and test
			// results in its description: only its title (the page role) or a
			// request makes it talk
		case talk(page.role) && dec.role != RoleOffer:
			seg.Role, seg.Why = page.role, "no offer of its own on a page that talks: "+page.why
		case talk(page.role) && whole && !(d.price != "" && cartRe.matchText(d.text)) &&
			!(page.role == RoleQuestion && dec.role == RoleOffer && dec.why != "a price" && (cta || messengerContact(d.text))):
			// (an answer to a question that sells — "we supply it, MOQ 1 kg,
			// WeChat …" — is an offer; the question's own words are not)
			// the page's own unit on a page whose title talks is that talk (a
			// buying request asking suppliers to quote), unless it sells
			// outright: a price and a way to buy
			seg.Role, seg.Why = page.role, "the page's own unit on a page that talks: "+page.why
		case d.source == "text" && !d.weak && dec.role != RoleOffer && !messengerContact(d.text) && !e.claims.any(d.text):
			// a page of prose with CAS numbers and nothing that sells — no
			// price, call to action, seller's words, messenger contact or
			// shipping promise — is an alert, an index of articles, a
			// reference page: it names substances without offering them
			seg.Why = "no offer: prose with CAS numbers but no price, call to action, seller's words, contact or shipping claim"
		default:
			seg.Kept = true
			d.sells = dec.role == RoleOffer && dec.why != "a price"
			d.offered = dec.role == RoleOffer
			out = append(out, d)
		}
		*segs = append(*segs, seg)
	}
	return out
}

// oneSeller reports whether every listing of a page is one seller's: the
// page is a vendor's profile, or the listings name one vendor, or none
// names any (a single-vendor shop).
func oneSeller(drafts []*draft, pageVendor string) bool {
	if pageVendor != "" {
		return true
	}
	seller := ""
	for _, d := range drafts {
		v := npswatch.VendorKey(firstNonEmpty(d.vendor, d.brand))
		switch {
		case v == "":
		case seller == "":
			seller = v
		case v != seller:
			return false
		}
	}
	return true
}

// pageCAS returns the valid CAS numbers of the page's title and text that
// no listing holds.
func pageCAS(p *page, listings []npswatch.Listing) []string {
	var all casSet
	all.scan(p.title+"\n"+p.pageText, false)
	var out []string
	for _, c := range all.valid {
		held := false
		for i := range listings {
			held = held || slices.Contains(listings[i].CAS, c)
		}
		if !held {
			out = append(out, c)
		}
	}
	return out
}

// structured reports whether a draft comes from schema.org data.
func (d *draft) structured() bool { return d.source == "jsonld" || d.source == "microdata" }

// mergeDrafts folds listings of the same product found twice — by
// schema.org data and by the layout — into one. Drafts of the same
// product from two layout listings (two cards, two rows) stay apart: they
// are two offers. A detail listing also merges into the one schema.org
// product of the page when the names differ.
func mergeDrafts(all []*draft) []*draft {
	out := make([]*draft, 0, len(all))
	// the drafts kept so far by name, all and schema.org ones, in order: a
	// layout draft looks only among the schema.org drafts of its name, so
	// the merge is linear in the drafts of a page (a 40,000-row table)
	byName, structuredByName := map[string][]*draft{}, map[string][]*draft{}
	for _, d := range all {
		key := normName(d.name)
		var target *draft
		if key != "" {
			cands := structuredByName[key]
			if d.structured() {
				cands = byName[key]
			}
			for _, o := range cands {
				if o.source != d.source && !o.merged {
					target = o
					break
				}
			}
		}
		if target == nil {
			out = append(out, d)
			if key != "" {
				byName[key] = append(byName[key], d)
				if d.structured() {
					structuredByName[key] = append(structuredByName[key], d)
				}
			}
			continue
		}
		absorb(target, d)
		target.merged = !d.structured() || target.merged
	}
	var detail, single *draft
	n := 0
	for _, d := range out {
		switch {
		case d.source == "detail":
			detail = d
		case d.structured():
			single = d
			n++
		}
	}
	if detail == nil || n != 1 || single.merged {
		return out
	}
	absorb(single, detail)
	kept := out[:0]
	for _, d := range out {
		if d != detail {
			kept = append(kept, d)
		}
	}
	return kept
}

// sharePageCAS gives the rows and cards of a product's page that name no
// CAS number of their own the CAS number of the page's spec sheet: a
// directory's "N-Phenethyl-4-piperidone, CAS 39742-60-4" page lists its
// suppliers' offers ("NPP 99% white powder, US$ 180/kg") of that product.
func sharePageCAS(drafts []*draft) {
	var spec *draft
	for _, d := range drafts {
		if d.source == "detail" && d.specCAS && len(d.cas.valid) == 1 {
			spec = d
		}
	}
	if spec == nil {
		return
	}
	for _, d := range drafts {
		if (d.source == "table" || d.source == "card") && len(d.cas.valid)+len(d.cas.invalid) == 0 {
			d.cas.valid = slices.Clone(spec.cas.valid)
		}
	}
}

// absorb completes listing l with what listing d of the same product
// saw: its text, CAS numbers, and price and vendor when l has none.
func absorb(l, d *draft) {
	if d.text != "" && !strings.Contains(d.text, l.text) {
		l.text = strings.TrimSpace(l.text + "\n" + d.text)
	}
	for _, c := range d.cas.valid {
		l.cas.add(c, true)
	}
	for _, c := range d.cas.invalid {
		l.cas.add(c, false)
	}
	l.price = firstNonEmpty(l.price, d.price)
	l.vendor = firstNonEmpty(l.vendor, d.vendor)
	l.region = d.region
	l.pageCtx = l.pageCtx || d.pageCtx
	if d.source == "detail" {
		l.pageCtx = true
		if l.name == "" {
			l.name = d.name
		}
	}
}

// finish turns the drafts of a page into its Result: claims (per listing
// and outside them), trade terms, shipping places, contacts, page context.
func (e *Extractor) finish(p *page, pageURL *url.URL, drafts []*draft, in Result) (res Result) {
	res = in
	texts := make([]string, 0, len(drafts)+1)
	for _, d := range drafts {
		t := d.text
		if len(d.ownClaims) > 0 {
			t = strings.Join(append([]string{t}, d.ownClaims...), "\n")
		}
		texts = append(texts, t)
	}
	texts = append(texts, p.siteText(), p.mainText())
	claims, denials := e.claims.find(texts)
	if talk(res.Role) {
		// a buyers' thread, a news or alert page, a feedback tab, a rules
		// page that offers nothing: what it says about shipping is nobody's
		// promise
		defer func() {
			if len(res.Listings) == 0 {
				res.SiteClaims, res.SiteDenies = nil, nil
			}
		}()
	}
	res.PageVendor = pageVendor(p, pageURL)
	if len(drafts) == 1 && drafts[0].weak && (len(claims[0]) == 0 && !drafts[0].sells || res.PageVendor != "" || infoPage(p, pageURL)) {
		// a post with neither CAS nor price stands as a listing only by its
		// claims or a seller's words ("back in stock, price in DM"), and a
		// vendor's profile, FAQ or shipping policy is no post: their claims
		// are the vendor's
		drafts, claims, denials = nil, claims[1:], denials[1:]
	}
	mainClaims := claims[len(claims)-1] // the content outside listings, chrome and feeds
	claims = claims[:len(claims)-1]
	res.SiteDenies = denials[len(drafts)]
	defer func() { res.PageCAS = pageCAS(p, res.Listings) }()
	if len(drafts) == 0 {
		res.SiteClaims, res.SiteTerms = splitTerms(claims[0])
		res.SiteShipsFrom, res.SiteShipsTo = Shipping(p.pageText)
		return res
	}
	res.Kind = KindListing
	pageContext := p.context()
	inListing := map[npswatch.Claim]bool{}
	productDrafts := 0
	for _, d := range drafts {
		if productPageSource(d.source) {
			productDrafts++
		}
	}
	for i, d := range drafts {
		l := npswatch.Listing{
			Product:    d.name,
			CAS:        d.cas.valid,
			InvalidCAS: d.cas.invalid,
			Price:      d.price,
			Vendor:     firstNonEmpty(d.vendor, d.brand, res.PageVendor),
			Source:     d.source,
			Context:    pageContext,
			Text:       truncateRunes(d.text, e.maxText),
		}
		if d.message {
			l.Source = "post"
		}
		if d.noTopic {
			l.Context = "" // the matcher reads a post that names nothing as offering its thread's topic
		}
		l.Claims, l.Terms = splitTerms(claims[i])
		l.Denies = denials[i]
		l.ShipsFrom, l.ShipsTo = Shipping(d.text)
		if pageURL != nil {
			l.URL, l.Site = pageURL.String(), pageURL.Host
			l.OfferURL = offerURL(pageURL, d, productDrafts)
		}
		if d.pageCtx {
			l.Contacts = res.Contacts
		} else {
			l.Contacts = Contacts(d.text + "\n" + strings.Join(d.links, "\n"))
		}
		for _, c := range claims[i] {
			inListing[c] = true
		}
		res.Listings = append(res.Listings, l)
	}
	sharedOfferLinks(res.Listings)
	if oneSeller(drafts, res.PageVendor) {
		// a vendor's own page — its profile, its shop, a single-vendor
		// page — makes its claims about the offers it shows; they stay the
		// vendor's too (SiteClaims), for its listings on other pages
		for i := range res.Listings {
			l := &res.Listings[i]
			own, terms := splitTerms(mainClaims)
			for _, c := range own {
				if !slices.ContainsFunc(l.Claims, func(o npswatch.Claim) bool { return o.Kind == c.Kind }) {
					l.Claims = append(l.Claims, c)
				}
			}
			for _, c := range terms {
				if !slices.ContainsFunc(l.Terms, c.Same) {
					l.Terms = append(l.Terms, c)
				}
			}
		}
	}
	var outside []npswatch.Claim
	for _, c := range claims[len(drafts)] {
		if !inListing[c] {
			outside = append(outside, c)
		}
	}
	res.SiteClaims, res.SiteTerms = splitTerms(outside)
	// places stated outside the listings' own regions: a vendor's profile
	// text, a banner
	if len(p.claimed) > 0 {
		res.SiteShipsFrom, res.SiteShipsTo = Shipping(nodeText(p.body, func(n *html.Node) bool { return p.claimed[n] }))
	}
	return res
}
