package extract

import (
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// pageOf extracts an HTML string as if fetched from rawURL.
func pageOf(tb testing.TB, e *Extractor, html, rawURL string) Result {
	tb.Helper()
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(html))
	if err != nil {
		tb.Fatal(err)
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		tb.Fatal(err)
	}
	return e.Page(doc, u)
}

// A Q&A page whose question quotes a spam mail, and a list of such
// questions with excerpts, offer nothing; a vendor's blog post, marked up
// as a BlogPosting, offers in its seller's words; a news story with the
// same markup that quotes a price does not.
func TestQuestionsAndBlogPosts(t *testing.T) {
	e := mustExtractor(t)
	const question = `<html><head><title>I got a spam email offering 4-ANPP - is this legal? - Chemistry Q&amp;A</title></head><body>
<div id="question" itemscope itemtype="https://schema.org/Question"><h1>I got a spam email offering 4-ANPP - is this legal?</h1>
<div class="s-prose"><p>Our lab received this:</p><blockquote><p>Dear friend, we supply 4-ANPP CAS 21409-26-7, 99%, best price USD 520/kg.
100% customs clearance, reship if seized. WhatsApp +86 155 0000 0000</p></blockquote><p>Is any of this legal?</p></div></div>
<div class="answer"><p>No. 4-ANPP is a Table I precursor; report the mail to your national authority.</p></div></body></html>`
	const list = `<html><head><title>Newest Questions - Chemistry Q&amp;A</title></head><body><div id="questions">
<div class="s-post-summary"><div class="stats">4 votes 2 answers</div><h3><a href="/q/1/spam">Spam mail offering 4-ANPP: how do these sellers avoid detection?</a></h3>
<div class="excerpt">Our lab received this: we supply 4-ANPP CAS 21409-26-7, best price USD 520/kg, WhatsApp +86 155 0000 0000</div>
<div class="started"><a href="/users/7/ana">ana</a> <time>2026-11-20</time></div></div>
<div class="s-post-summary"><div class="stats">3 votes 1 answer</div><h3><a href="/q/2/npp">Is NPP (CAS 39742-60-4) on Table I?</a></h3>
<div class="excerpt">A supplier lists NPP at USD 300/kg and says it is unregulated. Is that right?</div>
<div class="started"><a href="/users/9/bo">bo</a> <time>2026-11-18</time></div></div>
</div></body></html>`
	const blog = `<html><head><title>Protonitazene CAS 95958-84-2 powder 99%</title>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"Protonitazene CAS 95958-84-2 powder 99%","datePublished":"2026-08-14"}</script></head><body>
<div class="post"><h3 class="post-title">Protonitazene CAS 95958-84-2 powder 99%</h3><div class="post-body">
<p>Protonitazene, CAS 95958-84-2, yellow powder 99%, 10 g USD 650.</p><p>If the parcel is seized we reship for free.</p>
<p>Contact: WhatsApp/Telegram: +86 155 2718 3306, Wickr: amyjusheng</p></div></div></body></html>`
	const news = `<html><head><title>Police seize protonitazene in port raid</title>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Police seize protonitazene in port raid","datePublished":"2026-08-14"}</script></head><body>
<article><h1>Police seize protonitazene in port raid</h1><p>By Dana Okafor</p><p>Police said the 2 kg of protonitazene (CAS 95958-84-2) seized on Tuesday
had been sold online for USD 650 per 10 g. The suspects were arrested.</p></article></body></html>`
	const psa = `<html><head><title>Spam DMs on Telegram - Harm Reduction Collective</title></head><body><div class="topic-body">
<div class="post-stream">
<div class="topic-post" itemscope itemtype="http://schema.org/DiscussionForumPosting"><span class="creator" itemprop="author"><a href="/u/mod_ellie">mod_ellie</a></span> <time>2026-11-23</time>
<div class="post" itemprop="text"><p>Heads up: lots of spam DMs about nitazenes lately. Do not answer them.</p></div></div>
<div class="topic-post" itemscope itemtype="http://schema.org/DiscussionForumPosting"><span class="creator" itemprop="author"><a href="/u/lost">lost_in_tx</a></span> <time>2026-11-23</time>
<div class="post" itemprop="text"><p>Got the same message about protonitazene. They also said “we ship from our US warehouse, in stock now”. Blocked them.</p></div></div>
</div></div></body></html>`
	const wiki = `<html><head><title>N-Phenethyl-4-piperidone - OpioidWiki</title></head><body><div id="content">
<h1>N-Phenethyl-4-piperidone</h1><div id="mw-content-text"><table class="infobox ib-drug"><tr><th>CAS Number</th><td>39742-60-4</td></tr></table>
<p>N-Phenethyl-4-piperidone (NPP) is the ketone used in the Siegfried route to fentanyl.</p>
<h2 id="Trafficking">Trafficking</h2><span class="mw-editsection">[<a href="/w/index.php?title=NPP&amp;action=edit&amp;section=1">edit</a>]</span>
<p>Listings seized by investigators in 2023 offered NPP at US$300–800 per kilogram with “100% customs clearance” and “reship if seized”.</p>
</div><div id="catlinks" class="catlinks">Categories: Fentanyl precursors</div></div></body></html>`
	for _, tc := range []struct {
		name, html, url string
		listings        int
	}{
		{"question quoting spam", question, "https://chem.example/questions/1/spam", 0},
		{"list of questions", list, "https://chem.example/questions", 0},
		{"vendor's blog post", blog, "https://vendor.example/2026/08/protonitazene.html", 1},
		{"news story", news, "https://news.example/2026/08/raid.html", 0},
		{"forum post quoting a seller", psa, "https://forum.example/t/spam-dms/103", 0},
		{"wiki article", wiki, "https://wiki.example/wiki/N-Phenethyl-4-piperidone", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := pageOf(t, e, tc.html, tc.url)
			if len(res.Listings) != tc.listings {
				var segs []string
				for _, s := range res.Segments {
					segs = append(segs, s.Role+": "+s.Why)
				}
				t.Errorf("%d listings, want %d (kind %s, role %q %q; segments %q)", len(res.Listings), tc.listings, res.Kind, res.Role, res.RoleWhy, segs)
			}
		})
	}
}

// vBulletin 4 writes each post's own body in <blockquote class="postcontent">
// and its signature in <blockquote class="signature">: those are the
// posts, not quotations; a quotation inside one (bbcode_quote) still is.
func TestForumBodyInBlockquote(t *testing.T) {
	e := mustExtractor(t)
	post := func(id, author, body, sig string) string {
		return `<li class="postbitlegacy postcontainer" id="post_` + id + `"><div class="posthead"><span class="date">10-2` + id + `-2026, 02:00 PM</span></div>
<div class="userinfo"><a class="username" href="member.php?u=` + id + `">` + author + `</a></div>
<div class="postbody"><div class="content"><blockquote class="postcontent restore">` + body + `</blockquote></div>
<blockquote class="signature restore">` + sig + `</blockquote></div></li>`
	}
	page := `<html><head><title>Xylazine HCl bulk - Forum</title></head><body><h1>Xylazine HCl bulk</h1><ol id="posts">` +
		post("1", "vetsupply", `Xylazine HCl (CAS 23076-35-9) 99%. 100g $90, 1kg $650. Ships from our US warehouse.`, `Signal: vetsupply.42`) +
		post("2", "ana", `<div class="bbcode_quote">Originally Posted by x: fentanyl citrate 10g $900, reship if seized</div>Please don't cut anything with it.`, ``) +
		post("3", "mod", `Reminder: read the rules before posting.`, ``) +
		`</ol></body></html>`
	res := pageOf(t, e, page, "https://forum.example/showthread.php?t=102")
	var names []string
	for _, l := range res.Listings {
		names = append(names, l.Product+" | "+l.Text)
	}
	all := strings.Join(names, "\n")
	if !strings.Contains(all, "Xylazine") || !strings.Contains(all, "$90") {
		t.Errorf("the vendor's post is not read: %q", all)
	}
	if strings.Contains(strings.ToLower(all), "fentanyl citrate") {
		t.Errorf("a quotation inside a post is read as an offer: %q", all)
	}
}
