package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestSectionHeadings: a block headed as a product rail or as buyers'
// reviews is chrome, in each language the lexicons cover; a product's
// own heading or a section that merely mentions reviews is not.
func TestSectionHeadings(t *testing.T) {
	tests := []struct {
		heading         string
		related, review bool
	}{
		{"Related products", true, false},
		{"Customers also bought", true, false},
		{"相关产品", true, false},
		{"相關產品", true, false},
		{"Похожие товары", true, false},
		{"С этим товаром покупают", true, false},
		{"Хиты продаж", true, false},
		{"Ähnliche Artikel", true, false},
		{"Kunden kauften auch", true, false},
		{"Productos relacionados", true, false},
		{"Similar Threads", true, false},
		{"Latest Buying Leads 최신 구매정보", true, false},
		{"最新求购", true, false},
		{"Solicitudes de compra", true, false},
		{"Re: [WTB] 1-boc-4-piperidone 5kg, must reship", false, false},
		{"Publicaciones del vendedor", true, false},
		{"Quienes vieron este producto también compraron", true, false},
		{"Anúncios do vendedor", true, false},
		{"Similar topics", true, false},
		{"Temas similares", true, false},
		{"Похожие темы", true, false},
		{"相关帖子", true, false},
		{"Selling similar threads of silk", false, false},
		{"Customer reviews (12)", false, true},
		{"Feedback", false, true},
		{"Reviews: 4.8/5", false, true},
		{"Отзывы покупателей", false, true},
		{"Отзывы о магазине", false, true},
		{"买家评价", false, true},
		{"買家評價", false, true},
		{"Opiniones de clientes", false, true},
		{"Kundenbewertungen", false, true},
		{"Fentanyl citrate 99%", false, false},
		{"Reviews of fentanyl test strips and how to use them", false, false},
		{"Описание", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.heading, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<div><h3>" + tt.heading + "</h3><ul><li>x</li></ul></div>"))
			if err != nil {
				t.Fatal(err)
			}
			div := firstElem(doc, func(n *html.Node) bool { return n.Data == "div" })
			if got := relatedHeaded(div); got != tt.related {
				t.Errorf("relatedHeaded = %v, want %v", got, tt.related)
			}
			if got := reviewHeaded(div); got != tt.review {
				t.Errorf("reviewHeaded = %v, want %v", got, tt.review)
			}
			// the heading just before the block, as OpenCart writes it
			doc, _ = html.Parse(strings.NewReader("<main><h3>" + tt.heading + "</h3>\n<div class='row'><p>x</p></div></main>"))
			row := firstElem(doc, func(n *html.Node) bool { return n.Data == "div" })
			if got := relatedHeaded(row); got != tt.related {
				t.Errorf("heading before: relatedHeaded = %v, want %v", got, tt.related)
			}
		})
	}
}
