// Package hanfold maps traditional Chinese characters to their simplified
// forms, for the characters that chemical names, shipping claims and place
// names use (醯→酰, 環→环, 關→关, 貨→货, 國→国 …), so that a Taiwanese or
// Hong Kong page matches a watchlist and lexicon written in simplified
// Chinese. It is a small, hand-checked table — not a general converter:
// characters it does not know are returned unchanged. Every pair maps one
// 3-byte UTF-8 character to another, so byte offsets are preserved.
package hanfold

import "strings"

// pairs lists traditional, simplified, traditional, simplified …
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

var table = func() map[rune]rune {
	m := map[rune]rune{}
	rs := []rune(pairs)
	for i := 0; i+1 < len(rs); i += 2 {
		m[rs[i]] = rs[i+1]
	}
	return m
}()

// Rune returns the simplified form of r, or r.
func Rune(r rune) rune {
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
		if _, ok := table[r]; ok {
			return true
		}
	}
	return false
}
