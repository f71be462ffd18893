// Package hanfold maps traditional Chinese characters to their simplified
// forms (醯→酰, 購→购, 獲→获, 關→关, 國→国 …), so that a Taiwanese or Hong
// Kong page matches a watchlist and lexicons written in simplified Chinese.
//
// The table is OpenCC's character table (github.com/longbridgeapp/opencc,
// conversion t2s), read once, the first time it is needed: every character
// of the CJK blocks that OpenCC converts, one for one, to a character of
// the same UTF-8 width. Phrase conversions and conversions that change the
// width are left out, so byte offsets are preserved: a match found in the
// folded text is at the same offsets in the original.
package hanfold

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

var (
	once  sync.Once
	table map[rune]rune
)

// pairs are traditional, simplified pairs the chemical literature uses
// that OpenCC leaves alone (it keeps 醯, a character of both scripts, where
// simplified chemistry writes 酰), and the pairs of names, claims and places
// this package folded before it read OpenCC's table: traditional,
// simplified, traditional, simplified …
const pairs = "" +
	// chemistry
	"醯酰環环異异對对鄰邻間间羥羟鹽盐鹼碱類类氫氢鉀钾鈉钠鋰锂鎂镁鐵铁銅铜鋅锌錳锰氣气" +
	"體体劑剂藥药純纯質质檸柠樣样烴烃醣糖" +
	// drug names
	"嗎吗馬马黃黄偽伪奧奥諾诺賽赛鴉鸦麥麦紅红頭头製制" +
	// trade and shipping
	"號号貨货發发運运轉转關关稅税隱隐裝装標标籤签無无賠赔補补單单國国歐欧倉仓丟丢沒没" +
	"報报謊谎換换寫写雙双當当區区內内應应這这個个們们為为於于與与價价買买賣卖詢询產产" +
	"廠厂業业庫库資资證证請请網网頁页點点電电話话聯联係系訊讯費费郵邮遞递達达險险" +
	"額额現现門门務务員员戶户種种確确認认隻只廣广東东蘇苏漢汉" +
	// places
	"臺台灣湾韓韩亞亚紐纽蘭兰義义羅罗烏乌爾尔"

// cjk are the code point ranges read from OpenCC: the unified ideographs,
// extension A, and the compatibility ideographs.
var cjk = [][2]rune{{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}}

func load() {
	table = map[rune]rune{}
	defer func() {
		rs := []rune(pairs)
		for i := 0; i+1 < len(rs); i += 2 {
			table[rs[i]] = rs[i+1]
		}
	}()
	cc, err := opencc.New("t2s")
	if err != nil {
		return // the hand-checked pairs alone
	}
	for _, rg := range cjk {
		for r := rg[0]; r <= rg[1]; r++ {
			in := string(r)
			out, err := cc.Convert(in)
			if err != nil || out == in || utf8.RuneCountInString(out) != 1 {
				continue
			}
			if s, _ := utf8.DecodeRuneInString(out); utf8.RuneLen(s) == utf8.RuneLen(r) {
				table[r] = s
			}
		}
	}
}

// Rune returns the simplified form of r, or r.
func Rune(r rune) rune {
	if r < 0x3400 {
		return r
	}
	once.Do(load)
	if s, ok := table[r]; ok {
		return s
	}
	return r
}

// String folds every character of s that the table knows.
func String(s string) string {
	if !needs(s) {
		return s
	}
	return strings.Map(Rune, s)
}

func needs(s string) bool {
	for _, r := range s {
		if r >= 0x3400 && Rune(r) != r {
			return true
		}
	}
	return false
}
