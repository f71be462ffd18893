package extract

import (
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// rails.go recognises the blocks of a page that list other products or
// reference matter rather than the page's own offer: related-product and
// recently-viewed rails, seller's-other-products boxes, encyclopedia
// infoboxes and navigation boxes, and sections of buyers' reviews.
// isChrome treats them as chrome.

// relatedWords in a class or id mark the product rails of shop templates
// (related, up-sell, cross-sell, recently viewed): other products, listed
// on their own pages, not part of this one — "best sellers", "hot
// products" and "recommended" rails too: they repeat on every page of a
// site, so counting them would file the same offers under every page
// (their products are crawled on their own pages); and the infoboxes and
// navigation boxes of encyclopedias, whose spec-like tables sell nothing.
var relatedWords = []string{"related", "upsell", "up-sell", "cross-sell", "crosssell", "cross_sell",
	"also-bought", "alsobought", "also-viewed", "recently-viewed", "recently_viewed", "recentlyviewed",
	"infobox", "chembox", "drugbox", "navbox", "reflist", "similar_threads", "similar-threads", "similarthreads",
	"similar_topics", "similar-topics", "suggested-topics"}

// relatedHeadingRe matches the headings of such rails, in English,
// Chinese (both scripts), Russian, German and Spanish, and the commonest
// ones of shop software in ten more languages.
var relatedHeadingRe = regexp.MustCompile(`(?i)^\s*(?:related\s+(?:products?|items?|chemicals?|offers?)|similar\s+(?:sponsored\s+)?(?:products?|items?)|(?:you\s+may|you\s+might)\s+also\s+(?:like|need)|customers\s+(?:who\s+\w+\s+this\s+\w+\s+)?also\s+(?:bought|viewed|purchased)|frequently\s+bought\s+together|recently\s+viewed(?:\s+products)?|recommended(?:\s+(?:products|items|for\s+you))?|best\s*sellers?|hot\s+(?:products|items|sales?|searches)|top\s+(?:products|sellers)|(?:more\s+)?products?\s+(?:&|and)\s+services\s+(?:from|of)\b.*|(?:more|other)\s+(?:products|items|offers)\s+(?:from|of|by)\b.*|from\s+the\s+same\s+(?:seller|supplier|vendor|shop|store)|相关产品|相关商品|推荐产品|热销产品|热门产品|猜你喜欢|相關產品|相關商品|推薦產品|熱銷產品|熱門產品|(?:卖家|賣家|店家|商家)其他商品|看了又看` +
	`|похожие\s+товары|хиты\s+продаж|лидеры\s+продаж|бестселлеры|с\s+этим\s+товаром\s+(?:покупают|смотрят)|вам\s+может\s+понравиться|рекомендуемые\s+товары|рекомендуем|недавно\s+просмотренные(?:\s+товары)?|другие\s+товары(?:\s+(?:магазина|продавца))?` +
	`|ähnliche\s+(?:gesponserte\s+)?(?:artikel|produkte)|weitere\s+artikel\s+(?:des|von)\b.*|kunden\s+(?:kauften|kaufen|sahen)\s+auch|das\s+könnte\s+(?:sie|dich)\s+auch\s+interessieren|zuletzt\s+angesehen(?:e\s+artikel)?|unsere\s+empfehlungen|topseller|beliebte\s+(?:produkte|artikel)` +
	`|productos\s+(?:relacionados|similares|recomendados)|también\s+te\s+puede\s+interesar|los\s+clientes\s+también\s+(?:compraron|vieron)|vistos\s+recientemente|(?:los\s+)?más\s+vendidos` +
	// and a marketplace's rails under an item: the seller's other listings, what other buyers
	// viewed (Mercado Libre, OLX, eBay)
	`|(?:ver\s+)?(?:más\s+|otras\s+)?publicaciones\s+del\s+vendedor|quienes\s+(?:vieron|compraron)\s+este\s+producto\s+también\s+(?:compraron|vieron)|(?:ver\s+)?(?:mais\s+|outros\s+)?anúncios\s+do\s+vendedor|(?:more\s+|other\s+)?(?:listings|items)\s+from\s+(?:this|the)\s+seller|sellers?'?s?\s+other\s+(?:items|listings)|people\s+who\s+viewed\s+this\s+(?:item|product)\s+also\s+viewed` +
	// and the rails of shop software in more languages: PrestaShop's "16 other products in the same
	// category", Polish, Portuguese, French, Italian, Dutch, Turkish, Vietnamese, Indonesian,
	// Japanese and Korean
	`|(?:\d+\s+)?other\s+products\s+in\s+the\s+same\s+category|(?:\d+\s+)?inn(?:e|ych)\s+produkt(?:y|ów)\s+z\s+tej\s+samej\s+kategorii|podobne\s+produkty|produkty\s+powiązane|klienci\s+kupili\s+również|ostatnio\s+oglądane(?:\s+produkty)?` +
	`|produtos\s+(?:relacionados|similares)|quem\s+(?:comprou|viu)\s+(?:este\s+produto\s+)?também\s+(?:comprou|viu)|você\s+também\s+pode\s+gostar` +
	`|produits\s+(?:similaires|associés|apparentés)|vous\s+aimerez\s+aussi|les\s+clients\s+ont\s+aussi\s+acheté|(?:\d+\s+)?autres\s+produits\s+dans\s+la\s+même\s+catégorie|prodotti\s+(?:correlati|simili)|potrebbe\s+interessarti\s+anche` +
	`|gerelateerde\s+producten|vergelijkbare\s+producten|klanten\s+kochten\s+ook|benzer\s+ürünler|ilgili\s+ürünler|sản\s+phẩm\s+(?:liên\s+quan|tương\s+tự)|produk\s+(?:terkait|serupa)` +
	// and forum software's lists of other threads under a thread (vBulletin's "Similar Threads",
	// phpBB's "Similar topics", Discourse's "Suggested topics", Discuz's 相关帖子)
	`|(?:similar|related|suggested)\s+(?:threads?|topics?|discussions?)|temas\s+(?:similares|relacionados)|hilos\s+(?:similares|relacionados)|t[óo]picos\s+(?:similares|relacionados|semelhantes)|похожие\s+темы|ähnliche\s+themen|sujets\s+similaires|相似主题|相关主题|相關主題|相似帖子|相关帖子|相關帖子|類似スレッド|관련\s*글|비슷한\s*글` +
	// and a blog's lists of its other posts beside the post (Naver's "이 블로그 인기글",
	// Blogger's "Popular Posts", WordPress's "Recent Posts")
	`|(?:popular|recent|latest|more|related)\s+(?:posts?|articles?|entries)(?:\s+(?:from|on|in)\s+this\s+blog)?|(?:이\s*블로그\s*)?인기\s*글|최근\s*글|이전\s*글|다음\s*글|人气文章|热门文章|相关文章|熱門文章|相關文章|beliebte\s+beiträge|neueste\s+beiträge|entradas\s+(?:populares|recientes)|postagens\s+(?:populares|recentes)|популярные\s+записи|последние\s+записи` +
	`|関連商品|おすすめ商品|この商品を(?:見|買)った人は.*|最近チェックした商品|閲覧履歴|관련\s*상품|추천\s*상품|함께\s*(?:본|구매한)\s*상품|최근\s*본\s*상품|best\s*상품)\s*:?\s*$`)

// relationHeadingRe finds, anywhere in a heading, the words of a section
// that lists other substances for how they relate to this one — a
// directory's "<name> Preparation Products And Raw materials", "Upstream
// and downstream products", "Related searches" — not for sale here.
var relationHeadingRe = regexp.MustCompile(`(?i)\b(?:raw\s+materials?|preparation\s+products?|upstream|downstream|related\s+(?:products?|searches|chemicals?|substances?|compounds?|items?|articles?|posts?|threads?)|similar\s+(?:products?|items?|chemicals?)|people\s+also\s+(?:search|buy|view)|synthesis\s+routes?)\b|上游原料|下游产品|相关产品|相关搜索|相关商品|原料与|制备产品`)

// requestHeadingRe matches the heading of a section of buyers' requests —
// a B2B portal's "Latest Buying Leads 최신 구매정보" — whose entries ("Buy
// NPP 20 kg - Mexico") ask for goods, not offer them. The whole heading,
// not a word in it: a reply titled "Re: [WTB] …" may well offer.
var requestHeadingRe = regexp.MustCompile(`(?i)^\s*(?:\pL+\s+){0,2}(?:buying\s+(?:leads?|requests?|inquiries)|buy(?:er)?\s+(?:leads?|requests?)|purchase\s+(?:requests?|requirements?|inquiries)|sourcing\s+requests?` +
	`|采购信息|求购信息|最新求购|采購信息|求購信息|구매\s*정보|구매\s*요청|購入希望|solicitudes\s+de\s+compra|pedidos\s+de\s+compra|oportunidades\s+de\s+compra|заявки\s+на\s+покупку|kaufgesuche)(?:\s+\S+){0,2}\s*$`)

// relatedHeaded reports a block whose first child — or, where a template
// writes the heading just before the block (OpenCart's "<h3>Related
// Products</h3><div class="row">…"), whose previous sibling — is a heading
// that names a product rail ("Related products", "Customers also bought"),
// a section of buying requests ("Latest buying leads") or a relation
// section ("Preparation products and raw materials").
func relatedHeaded(n *html.Node) bool {
	c, t := leadHeading(n)
	if c == nil {
		c, t = headingBefore(n)
	}
	if c == nil {
		return false
	}
	if len(t) < 80 && (relatedHeadingRe.MatchString(t) || requestHeadingRe.MatchString(t)) {
		return true
	}
	// a section heading, not a product's title: no link in it ("Chemical
	// Raw Material 4-ANPP" is a card's title linking to its page)
	return len(t) < 160 && relationHeadingRe.MatchString(t) &&
		firstElem(c, func(e *html.Node) bool { return e.DataAtom == atom.A }) == nil
}

// reviewHeadingRe matches the whole heading of a section of buyers'
// reviews, with or without a count: "Customer reviews (12)", "Feedback",
// "Отзывы покупателей", "买家评价", "Opiniones de clientes", "Kundenbewertungen".
var reviewHeadingRe = regexp.MustCompile(`(?i)^\s*(?:(?:customer|buyer|user|product|vendor|seller|shop|store|verified)\s+)?(?:reviews?|feedbacks?|testimonials|ratings?(?:\s+(?:&|and)\s+reviews)?)` +
	`|^\s*отзывы(?:\s+(?:покупателей|клиентов|о\s+(?:магазине|товаре|продавце)))?` +
	`|^\s*(?:买家|用户|客户|商品|顾客)?(?:评价|评论|反馈)|^\s*(?:買家|用戶|客戶|商品|顧客)?(?:評價|評論|反饋)` +
	`|^\s*(?:opiniones|reseñas|valoraciones|comentarios)(?:\s+de\s+(?:clientes|compradores|usuarios))?` +
	`|^\s*(?:kunden)?(?:bewertungen|meinungen|erfahrungen|rezensionen)`)

// reviewCountRe is what may follow a review heading: a count, a score.
var reviewCountRe = regexp.MustCompile(`^[\s:]*(?:[(\[]?\s*\d+(?:[.,]\d+)?\s*(?:/\s*5)?\s*[)\]]?)?\s*$`)

// reviewLabel reports the label of a tab or heading that names buyers'
// reviews: "Reviews (3)", "Отзывы (1)", "Feedback".
func reviewLabel(t string) bool {
	t = collapse(t)
	if t == "" || len(t) > 80 {
		return false
	}
	loc := reviewHeadingRe.FindStringIndex(t)
	return loc != nil && reviewCountRe.MatchString(t[loc[1]:])
}

// reviewHeaded reports a block whose first child is a heading that names
// it a section of buyers' reviews: what they say about stealth or a reship
// is nobody's claim, and the products they name are not offered there.
func reviewHeaded(n *html.Node) bool {
	c, t := leadHeading(n)
	if c == nil {
		_, t = headingBefore(n)
	}
	return reviewLabel(t)
}

// leadHeading returns the first element child of a section-like block
// when it is a heading (h2–h5), with its text.
func leadHeading(n *html.Node) (*html.Node, string) {
	switch n.DataAtom {
	case atom.Section, atom.Div, atom.Aside, atom.Ul:
	default:
		return nil, ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.H2, atom.H3, atom.H4, atom.H5:
			return c, inlineText(c)
		}
		return nil, ""
	}
	return nil, ""
}

// headingBefore returns the element just before a section-like block when
// it is a heading (h2–h5), with its text.
func headingBefore(n *html.Node) (*html.Node, string) {
	switch n.DataAtom {
	case atom.Section, atom.Div, atom.Aside, atom.Ul, atom.Table:
	default:
		return nil, ""
	}
	for c := n.PrevSibling; c != nil; c = c.PrevSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" || c.Type == html.CommentNode {
			continue
		}
		if c.Type != html.ElementNode {
			return nil, ""
		}
		switch c.DataAtom {
		case atom.H2, atom.H3, atom.H4, atom.H5:
			return c, inlineText(c)
		case atom.Div, atom.Header:
			// a list's title bar: <div class="listTop"><h2>…</h2><p>12 results</p></div>
			if h, t := leadHeading(c); h != nil && len(strings.TrimSpace(nodeText(c, nil))) < 200 {
				return h, t
			}
		}
		return nil, ""
	}
	return nil, ""
}

// dropRails removes, from a product's own page (own: its detail draft,
// whose name has a price and a call to action beside it), the cards of
// other products that link to their own pages: a rail of the seller's
// other items, similar products or recommendations, in whatever language
// or class names — the page offers its own product, and each of theirs is
// offered on its own page. A card that holds the page's product name is
// the page's own block and stays.
func dropRails(ds []*draft, own *draft, segs *[]Segment) []*draft {
	return slices.DeleteFunc(ds, func(d *draft) bool {
		if d.source != "card" || d.region == nil || holds(d.region, own.head) {
			return false
		}
		*segs = append(*segs, Segment{Source: d.source, Text: truncateRunes(collapse(d.name), 120),
			Why: "a card of another product on the page of " + truncateRunes(own.name, 60) + ", which has its own price and call to action: a rail"})
		return true
	})
}

// holds reports whether n is x or one of its ancestors.
func holds(n, x *html.Node) bool {
	for ; x != nil; x = x.Parent {
		if x == n {
			return true
		}
	}
	return false
}
