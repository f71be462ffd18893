package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/npswatch/npswatch"
)

// posts.go reads feeds — a channel archive, a forum thread, a market's
// feedback tab — as what they are: many short posts, each with its own
// author and time, each its own unit. A post that offers something (a
// price, a call to action, a seller's words) is a listing of its own, with
// its own price, contacts and claims; a buyer's request, a warning, a news
// post or a review is not, and the claims it repeats are nobody's. The
// thread's title, repeated on every page of the thread, offers nothing by
// itself.
//
// Posts are found by structure, not by class names: sibling elements of
// the same tag and class signature, most of which carry a time (a <time>
// element, a date or "3 days ago"), a rating or a link to a member's
// profile, with text of their own. Quoted posts (<blockquote>) are left out of the text
// of the post that quotes them. A member's name marked the way forum and
// blog software marks bylines (itemprop or rel "author", a class token such
// as "author", "username", "byline" or "poster" — hAtom, schema.org, phpBB,
// vBulletin, XenForo, Discourse and Telegram's web preview all do) counts
// as a profile too.

// minPostText is the shortest post body, in bytes ("Stealth perfect." is a
// review); a feed needs posts of feedText bytes or more ("Start date Nov
// 18, 2026" beside "Thread starter" is a thread's header, not a feed).
const (
	minPostText = 12
	feedText    = 40
)

// maxPostStamps is the most times and ratings one post carries (posted,
// edited); a block with more holds several posts.
const maxPostStamps = 3

// post is one unit of a feed.
type post struct {
	n      *html.Node
	text   string // without quotes
	own    string // text without the titles of the pages it links to: what its role is read from
	body   string // text without the author's block (name, rank, join date): what it is named from
	author string
	links  []string
	shared []string // lines every post of the feed repeats
}

// dateRe finds the dates and times posts are stamped with.
var dateRe = regexp.MustCompile(`(?i)\b(?:(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d+\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago|yesterday|today at|\d{1,2}:\d{2}(?:\s?[ap]m)?)\b|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|\d+\s*(?:分钟|小时|天)前`)

// reviewMarkRe finds what a buyer's review carries instead of a date: a
// star rating, a score out of five, a buyer's masked name ("b***y").
var reviewMarkRe = regexp.MustCompile(`[★☆⭐]+|\b[1-5](?:\.\d)?\s?/\s?5\b|(?:^|\s)\w\*{2,}\w(?:\s|$)`)

// profilePathRe matches links to a member's profile.
var profilePathRe = regexp.MustCompile(`(?i)(?:^|/)(?:members?|users?|u|profile|profiles|author|space-uid-\d+|home\.php\?mod=space)(?:[/.?=-]|$)|^@|[?&]uid=\d+`)

// postDrafts finds the feeds of the page: every group of posts. Each post
// is claimed (its text stays out of the page's other listings); the
// offering ones become drafts. segs records what each post was taken for.
func (e *Extractor) postDrafts(p *page, page roleDecision, segs *[]Segment) (out []*draft, feed bool) {
	type key struct {
		parent *html.Node
		sig    string
	}
	groups := map[key][]*html.Node{}
	var order []key
	eachElem(p.main, func(n *html.Node) bool {
		if invisible(n) || p.claimed[n] || p.chrome(n) {
			return false
		}
		switch n.DataAtom {
		case atom.Div, atom.Article, atom.Li, atom.Section, atom.Tr, atom.Table, atom.Blockquote:
		default:
			return true
		}
		if n.Parent == nil {
			return true
		}
		k := key{n.Parent, signature(n)}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		if len(groups[k]) < 500 {
			groups[k] = append(groups[k], n)
		}
		return true
	})
	taken := map[*html.Node]bool{}
	// the texts of posts that sell nothing, by author: an offering post of
	// the same author carries their shipping promises (a chat where a
	// vendor says "we clear customs ourselves" between its price lines)
	promises := map[string][]string{}
	defer func() {
		for _, d := range out {
			if d.vendor != "" {
				d.ownClaims = promises[d.vendor]
			}
		}
	}()
	for _, k := range order {
		members := groups[k]
		members = slices.DeleteFunc(slices.Clone(members), headerRow)
		if len(members) == 0 || insideAny(members[0], taken) {
			continue
		}
		var posts []post
		if len(members) == 1 {
			posts = loneReview(p, members[0]) // one buyer's review: a rating, a masked name
		} else {
			var index bool
			if posts, index = readPosts(p, members); index {
				// a thread index: its titles offer in their threads, not here,
				// unless a title is an ad in its own right
				ads := 0
				for _, n := range members {
					taken[n] = true
					p.claim(n)
					if title, ok := indexTitle(n); ok && e.adHeadline(title) {
						ads++
						*segs = append(*segs, Segment{Source: "post", Role: RoleOffer, Why: "a thread title that is an ad: a trade tag ([H], WTS) or the seller's words, with a CAS number or a price", Text: truncateRunes(title, 120), Kept: true})
						d := &draft{source: "post", name: title, text: nodeText(n, nil), region: n, price: findPrice(title), noTopic: true}
						d.cas.scan(title, false)
						out = append(out, d)
					}
				}
				*segs = append(*segs, Segment{Source: "post", Why: fmt.Sprintf("a thread index of %d rows (%d of them ads): titles that link to their threads", len(members), ads),
					Text: truncateRunes(collapse(nodeText(members[0], nil)), 120)})
			}
		}
		if posts == nil {
			continue
		}
		long := 0
		for _, ps := range posts {
			if len(ps.text) >= feedText {
				long++
			}
		}
		feed = feed || long >= 2
		for _, ps := range posts {
			taken[ps.n] = true
			p.claim(ps.n)
			if p.posts == nil {
				p.posts = map[*html.Node]bool{}
			}
			p.posts[ps.n] = true
			rh := e.roles.roleScan(ps.own)
			price := findPrice(ps.text)
			cta := cartRe.matchUnquoted(ps.own)
			dec := rh.decide(price != "", cta)
			if dec.role == "" && sellerContact(ps) {
				dec = roleDecision{RoleOffer, "a messenger contact to order from"}
			}
			if t := linkTitle(ps.n); dec.role != RoleRequest && questionTitle(t) {
				// a question's summary in a list of questions: its excerpt
				// (a spam mail it quotes, a price someone saw) is asked about
				dec = roleDecision{RoleQuestion, "a row headed by a question: " + truncateRunes(t, 60)}
			}
			if dec.role == RoleOffer && !cta && !sellerContact(ps) && rh.n[RoleReview] > 0 && reviewMarkRe.MatchString(ps.text) {
				// a star rating or a masked buyer's name beside review words: a
				// buyer's feedback ("★★★★★ n***a … arrived in 2 days, stealth
				// perfect"), whatever it says it ordered
				dec = roleDecision{RoleReview, "a rating or a masked buyer's name, and review words: " + truncateRunes(strings.Join(rh.words[RoleReview], ", "), 60)}
			} else if dec.role == RoleOffer && page.role == RoleReview && !cta && !sellerContact(ps) {
				// on a feedback page buyers repeat what they paid and what the
				// seller promised ("factory price, as promised"): no offer
				dec = roleDecision{RoleReview, "price or seller's words, but no call to action or contact, on a page of buyers' feedback: " + page.why}
			} else if dec.role == RoleOffer && page.role != RoleRequest && talk(page.role) && rh.n[RoleOffer] == 0 && !cta && !sellerContact(ps) {
				// a price in a thread that warns or reports is what someone paid;
				// in a buyer's thread a price is a seller's answer
				dec = roleDecision{page.role, "a price but no seller's words or contact, in a thread that talks: " + page.why}
			}
			seg := Segment{Source: "post", Role: dec.role, Why: dec.why, Text: truncateRunes(collapse(ps.text), 120)}
			if dec.role != RoleOffer {
				if seg.Role == "" {
					seg.Why = "no offer: no price, call to action or seller's words"
					if ps.author != "" {
						promises[ps.author] = append(promises[ps.author], ps.own)
					}
				}
				*segs = append(*segs, seg)
				continue
			}
			seg.Kept = true
			*segs = append(*segs, seg)
			d := &draft{source: "post", name: postName(ps), text: ps.text, region: ps.n, price: price,
				vendor: ps.author, links: ps.links, noTopic: page.role == RoleRequest}
			d.cas.scan(d.text, false)
			out = append(out, d)
		}
	}
	return out, feed
}

// readPosts reads a group of siblings as posts, or returns nil when they
// are not: most members must carry a time or a profile link and a text
// of their own, and the texts must differ.
func readPosts(p *page, members []*html.Node) (_ []post, index bool) {
	var posts []post
	marked, rows := 0, 0
	texts := map[string]bool{}
	for _, n := range members {
		ps := post{n: n}
		var t textBuilder
		t.render(n, func(c *html.Node) bool { return c != n && (quoteBlock(c) || p.chrome(c)) })
		ps.text = t.String()
		var o textBuilder // the post's own words: not the titles it links to
		o.render(n, func(c *html.Node) bool {
			if c == n || quoteBlock(c) || p.chrome(c) {
				return c != n
			}
			_, contact := contactLink(attr(c, "href"))
			return c.DataAtom == atom.A && !contact
		})
		ps.own = o.String()
		var b textBuilder // the post without its byline: what it is named from
		b.render(n, func(c *html.Node) bool { return c != n && (quoteBlock(c) || p.chrome(c) || bylineElem(c)) })
		ps.body = b.String()
		stamps := 0
		byline := "" // a marked byline's text; a profile link's text is better
		eachElem(n, func(c *html.Node) bool {
			if invisible(c) || quoteBlock(c) {
				return false
			}
			if byline == "" && bylineElem(c) && firstElem(c, bylineElem) == nil {
				// the innermost byline: "<ul class="p_author">" holds an avatar, the
				// name and a level badge; its "<a class="p_author_name">" is the name
				name := c
				if a := firstElem(c, func(x *html.Node) bool { return x.DataAtom == atom.A }); a != nil {
					name = a
				}
				if a := cleanName(inlineText(name)); titleLike(a) && utf8.RuneCountInString(a) <= 40 {
					byline = a
				}
			}
			switch c.DataAtom {
			case atom.Time:
				stamps++
			case atom.A:
				href := attr(c, "href")
				if h, ok := contactLink(href); ok {
					ps.links = append(ps.links, h)
				} else if profilePathRe.MatchString(href) && ps.author == "" {
					if a := cleanName(inlineText(c)); titleLike(a) && utf8.RuneCountInString(a) <= 40 {
						ps.author = a
					}
				}
			}
			return true
		})
		if ps.author == "" {
			ps.author = byline
		}
		if ps.author == "" {
			ps.author = textByline(n)
		}
		if stamps == 0 {
			stamps = len(dateRe.FindAllString(ps.text, 4)) + len(reviewMarkRe.FindAllString(ps.text, 4))
		}
		if stamps > maxPostStamps {
			return nil, false // a block holding several posts (a reviews tab), not a post
		}
		if stamps > 0 || ps.author != "" {
			marked++
		}
		if indexRow(n) {
			rows++
		}
		if len(ps.text) < minPostText {
			continue
		}
		texts[ps.text] = true
		posts = append(posts, ps)
	}
	if len(posts) < 2 || marked*3 < len(members)*2 || len(texts) < len(posts) {
		return nil, false
	}
	if rows*2 > len(members) {
		return nil, true // a thread index: titles linking to threads, whose offers are there
	}
	// lines every post repeats — a channel's name, "Reply", "Share" — name
	// no post; a channel's name is its posts' author
	count := map[string]int{}
	for _, ps := range posts {
		seen := map[string]bool{}
		for _, line := range strings.Split(ps.text, "\n") {
			if line = cleanName(line); line != "" && !seen[line] {
				seen[line] = true
				count[line]++
			}
		}
	}
	for i := range posts {
		for line, n := range count {
			if n*5 >= len(posts)*4 {
				posts[i].shared = append(posts[i].shared, line)
			}
		}
		if posts[i].author == "" {
			for _, line := range strings.Split(posts[i].text, "\n") {
				if line = cleanName(line); slices.Contains(posts[i].shared, line) && titleLike(line) && !dateRe.MatchString(line) {
					posts[i].author = line
					break
				}
			}
		}
	}
	return posts, false
}

// indexRow reports a member that is a row of a thread index ("【供应】…
// | author | 2 replies | Nov 3"): a title linking to the thread, and beside
// it little but names, dates and counters — no words of its own, which is
// what a post has.
func indexRow(n *html.Node) bool {
	_, ok := indexTitle(n)
	return ok
}

// indexTitle returns the title of thread-index row n, and whether n is one.
func indexTitle(n *html.Node) (string, bool) {
	title := linkTitle(n)
	if len(title) < 8 {
		return "", false
	}
	var t textBuilder
	t.render(n, func(c *html.Node) bool { return c != n && (c.DataAtom == atom.A || bylineElem(c)) })
	own := dateRe.ReplaceAllString(t.String(), " ")
	own = strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) || unicode.IsPunct(r) || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, own)
	return title, len(own) < max(40, len(title))
}

// linkTitle returns the longest title a link of n shows: a row's or a
// post's headline, which names the page it links to.
func linkTitle(n *html.Node) string {
	title := ""
	eachElem(n, func(c *html.Node) bool {
		if c.DataAtom != atom.A {
			return true
		}
		href := attr(c, "href")
		if _, contact := contactLink(href); contact || profilePathRe.MatchString(href) || bylineElem(c) || strings.HasPrefix(href, "#") {
			return false
		}
		// a permalink's date ("Oct 24, 2026", "#5") is no title
		if t := strings.TrimSpace(dateRe.ReplaceAllString(inlineText(c), " ")); len(t) > len(title) && titleLike(t) {
			title = cleanName(inlineText(c))
		}
		return false
	})
	return title
}

// adHeadline reports a thread title that is itself an advertisement: the
// seller's words with what only an ad states — a price or a CAS number
// ("【供应】NPP CAS 39742-60-4 99% 现货"). Such a row of a supply board
// offers on the board's page too, as a card of the same row would; a bare
// "【供应】… 现货" or "WTS M30 Blues" names the thread where the offer is.
func (e *Extractor) adHeadline(title string) bool {
	if tradeTag(title) == RoleRequest || questionTitle(title) {
		return false
	}
	var cas casSet
	cas.scan(title, false)
	if findPrice(title) == "" && len(cas.valid) == 0 {
		// "[H] 4-ANPP, NPP", "Vendo X, pronta entrega": the thread's
		// headline; the offer is read in the thread. (Worlds disagree here:
		// w10's and w12's truths count such titles on the index, w4's,
		// w5's and w7's do not; see docs/generality.md.)
		return false
	}
	// a price or a CAS number with a trade tag or the seller's words
	return tradeTag(title) == RoleOffer || e.roles.roleScan(title).n[RoleOffer] > 0
}

// tradeTagRe finds the tags trading forums and subreddits head a title
// with: [H] (have) / [W] (want), [WTS], [WTB], [FS], [S], [B].
var tradeTagRe = regexp.MustCompile(`(?i)\[\s*(h|have|wts|fs|s|selling|w|want|wtb|b|buying)\s*\]`)

// tradeTag is the role a title's first trade tag gives it: RoleOffer for
// have/selling, RoleRequest for want/buying (a title with [W] after [H]
// names the payment wanted), "" without one.
func tradeTag(title string) string {
	m := tradeTagRe.FindStringSubmatch(title)
	if m == nil {
		return ""
	}
	switch strings.ToLower(m[1]) {
	case "h", "have", "wts", "fs", "s", "selling":
		return RoleOffer
	}
	return RoleRequest
}

// bylineTokens are class tokens (or their dash/underscore parts) that
// mark a post's author.
var bylineTokens = map[string]bool{"author": true, "username": true, "byline": true, "poster": true, "postauthor": true,
	"postprofile": true, "nickname": true, "usertitle": true, "userdetails": true, "userinfo": true, "userextras": true}

// bylineElem reports an element marked as a post's author.
func bylineElem(n *html.Node) bool {
	if strings.EqualFold(attr(n, "itemprop"), "author") || strings.EqualFold(attr(n, "rel"), "author") {
		return true
	}
	for _, tok := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if bylineTokens[tok] {
			return true
		}
		for _, part := range strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' }) {
			if bylineTokens[part] && part != tok {
				return true
			}
		}
	}
	return false
}

// headerRow reports a table row of header cells only.
func headerRow(n *html.Node) bool {
	if n.DataAtom != atom.Tr {
		return false
	}
	cells := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case isElem(c, atom.Td):
			return false
		case isElem(c, atom.Th):
			cells++
		}
	}
	return cells > 0
}

// maxLoneReview is the longest text a lone review may have, in bytes.
const maxLoneReview = 400

// loneReview reads one element as a buyer's review when it carries a
// rating or a masked buyer's name, is short, and names no price.
func loneReview(p *page, n *html.Node) []post {
	if p.links == nil {
		p.links = linkStats(p.root)
	}
	if l := p.links[n].text; l < minPostText || l > maxLoneReview {
		return nil // sized without rendering: most lone elements of a page are not reviews
	}
	var t textBuilder
	t.render(n, func(c *html.Node) bool { return c != n && (quoteBlock(c) || p.chrome(c)) })
	text := t.String()
	if len(text) < minPostText || len(text) > maxLoneReview || !reviewMarkRe.MatchString(text) || findPrice(text) != "" {
		return nil
	}
	return []post{{n: n, text: text, own: text}}
}

// quoteBlock reports a quotation of another post. Forum software that
// writes a post's own body or its author's signature in a blockquote
// (vBulletin's "postcontent", "signature") names it so: that is the post,
// not a quotation.
func quoteBlock(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	classes := strings.Fields(strings.ToLower(attr(n, "class")))
	if n.DataAtom == atom.Blockquote || n.DataAtom == atom.Q {
		for _, tok := range classes {
			if strings.Contains(tok, "postcontent") || strings.Contains(tok, "post-content") || strings.Contains(tok, "post_content") ||
				strings.Contains(tok, "message") || tok == "content" || strings.Contains(tok, "signature") {
				return false
			}
		}
		return true
	}
	for _, tok := range classes {
		if tok == "quote" || strings.HasSuffix(tok, "-quote") || strings.HasSuffix(tok, "_quote") || strings.HasPrefix(tok, "quote") {
			return true
		}
	}
	return false
}

// insideAny reports whether n lies inside one of the nodes of set.
func insideAny(n *html.Node, set map[*html.Node]bool) bool {
	for q := n; q != nil; q = q.Parent {
		if set[q] {
			return true
		}
	}
	return false
}

// postName names a post's offer: its first line that is neither the
// author, a date nor a counter, cut to 100 characters.
func postName(ps post) string {
	text := ps.body
	if strings.TrimSpace(text) == "" {
		text = ps.text
	}
	for _, line := range strings.Split(text, "\n") {
		line = cleanName(line)
		if utf8.RuneCountInString(line) < 4 || (ps.author != "" && strings.Contains(line, ps.author)) || slices.Contains(ps.shared, line) ||
			dateRe.MatchString(line) && utf8.RuneCountInString(line) < 30 {
			continue
		}
		return truncateRunes(line, 100)
	}
	return truncateRunes(cleanName(ps.text), 100)
}

// Segment is one unit of a page — a post, a table row, a card, the page's
// own product — with the role extraction gave it and why: scan --show page
// prints them, so an analyst can see why a page gave what it gave.
type Segment struct {
	Source string `json:"source"` // post, table, card, detail, jsonld, microdata, text, page
	Role   string `json:"role"`   // offer, request, report, warning, regulation, rules, review or ""
	Why    string `json:"why"`
	Text   string `json:"text"`
	Kept   bool   `json:"kept"` // it became a listing
}

// sellerContact reports a messenger contact in a post (Telegram, Wickr,
// WhatsApp …): a way to order, where e-mail and phone could be anyone's.
func sellerContact(ps post) bool {
	return messengerContact(ps.text + "\n" + strings.Join(ps.links, "\n"))
}

// messengerContact reports a messenger contact in text (Telegram, Wickr,
// WhatsApp, Signal …), not an e-mail address or a phone number.
func messengerContact(text string) bool {
	for _, c := range Contacts(text) {
		switch c.Kind {
		case npswatch.ContactEmail, npswatch.ContactPhone:
		default:
			return true
		}
	}
	return false
}

// bylineTextRe is a byline written as text: "by chem_plug@lemmy.example ·
// 3 comments", "posted by X", "von X", "por X", "автор: X".
var bylineTextRe = regexp.MustCompile(`(?i)^(?:posted\s+by|submitted\s+by|by|von|por|par|автор:?|作者[:：]?)\s+([\p{L}\p{N}_.@-]{2,40})`)

// textByline returns the author of a post whose byline is a short element
// of text ("by NAME"), not marked by class or a profile link.
func textByline(n *html.Node) string {
	name := ""
	eachElem(n, func(c *html.Node) bool {
		if name != "" || c == n || quoteBlock(c) {
			return name == ""
		}
		t := inlineText(c)
		if utf8.RuneCountInString(t) > 80 {
			return true // look inside for the byline element
		}
		if m := bylineTextRe.FindStringSubmatch(t); m != nil {
			name = cleanName(m[1])
		}
		return false
	})
	return name
}
