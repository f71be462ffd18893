package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/npswatch/npswatch"
)

// places.go names the countries and regions that ships-from and ships-to
// statements use, in English and Chinese. Provinces and big trading cities
// stand for their country ("发货地: 湖北" ships from CN).

// placeRows: code, then names. Names are matched case-insensitively on word
// boundaries, except those in caseSensitivePlaces; Chinese names anywhere.
var placeRows = [][]string{
	{npswatch.PlaceWorldwide, "todo el mundo", "по всему миру", "worldwide", "world wide", "world-wide", "all countries", "all over the world", "globally", "global", "全球", "全世界", "世界各地"},
	{npswatch.PlaceEurope, "europa", "европа", "европу", "европы", "европе", "europe", "european countries", "欧洲"},
	{npswatch.PlaceEU, "EU", "european union", "欧盟"},
	{npswatch.PlaceAsia, "asia", "asian countries", "亚洲"},
	{npswatch.PlaceAmericas, "north america", "south america", "latin america", "the americas", "北美", "南美", "拉美"},
	{npswatch.PlaceAfrica, "africa", "非洲"},
	{npswatch.PlaceOceania, "oceania", "澳洲及新西兰"},
	{npswatch.PlaceMiddleEst, "middle east", "中东"},
	{"CN", "china", "mainland china", "p.r. china", "pr china", "prc", "中国", "中國", "大陆", "湖北", "武汉", "河北", "石家庄", "山东", "济南", "江苏", "南京", "浙江", "杭州", "广东", "广州", "深圳", "上海", "北京", "天津", "河南", "郑州", "四川", "成都", "湖南", "长沙", "安徽", "合肥", "福建", "陕西", "西安", "hubei", "wuhan", "hebei", "shijiazhuang", "shandong", "jinan", "jiangsu", "zhejiang", "hangzhou", "guangdong", "guangzhou", "shenzhen", "shanghai", "beijing", "tianjin", "henan", "zhengzhou", "китай", "китая", "китае", "volksrepublik china", "китаю"},
	{"HK", "hong kong", "hongkong", "香港", "гонконг", "гонконга", "гонконге"},
	{"TW", "taiwan", "台湾", "台灣"},
	{"IN", "india", "印度", "indien", "индия", "индию", "индии"},
	{"PK", "pakistan", "巴基斯坦"},
	{"US", "USA", "U.S.A.", "U.S.", "US", "united states", "united states of america", "america", "美国", "美國", "estados unidos", "ee.uu.", "eeuu", "сша", "vereinigte staaten", "amerika", "соединённые штаты", "соединенные штаты", "америка", "америку", "америки", "эстадос унидос"},
	{"CA", "canada", "加拿大", "canadá", "канада", "kanada", "канаду", "канады", "канаде"},
	{"MX", "mexico", "méxico", "墨西哥", "мексика", "mexiko", "мексику", "мексики", "мексике"},
	{"GT", "guatemala", "危地马拉"},
	{"CO", "colombia", "哥伦比亚", "колумбия", "kolumbien", "колумбию", "колумбии"},
	{"PE", "peru", "秘鲁"},
	{"BR", "brazil", "brasil", "巴西", "brasilien", "бразилия", "бразилию", "бразилии"},
	{"AR", "argentina", "阿根廷"},
	{"CL", "chile", "智利"},
	{"GB", "UK", "U.K.", "united kingdom", "great britain", "britain", "england", "scotland", "wales", "英国", "großbritannien", "vereinigtes königreich", "reino unido", "великобритания", "великобританию", "англия", "англию"},
	{"IE", "ireland", "爱尔兰"},
	{"DE", "germany", "deutschland", "德国", "alemania", "германия", "германию", "германии", "германий"},
	{"NL", "netherlands", "the netherlands", "holland", "荷兰", "países bajos", "нидерланды", "niederlande", "niederlanden", "holanda", "нидерландов", "нидерландах", "голландия", "голландию", "голландии"},
	{"BE", "belgium", "比利时", "belgien", "bélgica", "бельгия", "бельгию", "бельгии"},
	{"FR", "france", "法国", "frankreich", "francia", "франция", "францию", "франции"},
	{"ES", "spain", "西班牙", "españa", "испания", "spanien", "испанию", "испании"},
	{"PT", "portugal", "葡萄牙"},
	{"IT", "italy", "意大利", "italien", "italia", "италия", "италию", "италии"},
	{"CH", "switzerland", "瑞士", "schweiz", "suiza", "швейцария", "швейцарию", "швейцарии"},
	{"AT", "austria", "奥地利", "österreich", "oesterreich", "австрия", "австрию", "австрии"},
	{"PL", "poland", "波兰", "polonia", "польша", "polen", "польшу", "польши", "польше"},
	{"CZ", "czech republic", "czechia", "捷克", "tschechien", "чехия", "чехию", "чехии"},
	{"SK", "slovakia", "斯洛伐克"},
	{"HU", "hungary", "匈牙利"},
	{"RO", "romania", "罗马尼亚"},
	{"BG", "bulgaria", "保加利亚"},
	{"GR", "greece", "希腊"},
	{"DK", "denmark", "丹麦"},
	{"SE", "sweden", "瑞典"},
	{"NO", "norway", "挪威"},
	{"FI", "finland", "芬兰"},
	{"EE", "estonia", "爱沙尼亚"},
	{"LV", "latvia", "拉脱维亚"},
	{"LT", "lithuania", "立陶宛"},
	{"UA", "ukraine", "乌克兰", "украина", "украину", "украины", "украине"},
	{"RU", "russia", "russian federation", "俄罗斯", "россия", "россию", "россии", "рф", "russland", "rusia"},
	{"BY", "belarus", "白俄罗斯", "беларусь"},
	{"KZ", "kazakhstan", "哈萨克斯坦", "казахстан", "казахстана", "kasachstan", "kazajistán", "казахстане", "казахстану"},
	{"TR", "turkey", "türkiye", "土耳其", "türkei", "turquía", "turquia", "турция", "турцию", "турции"},
	{"IL", "israel", "以色列"},
	{"AE", "UAE", "united arab emirates", "dubai", "阿联酋", "迪拜", "дубай", "оаэ"},
	{"SA", "saudi arabia", "沙特"},
	{"IR", "iran", "伊朗"},
	{"EG", "egypt", "埃及"},
	{"NG", "nigeria", "尼日利亚"},
	{"ZA", "south africa", "南非"},
	{"KE", "kenya", "肯尼亚"},
	{"JP", "japan", "日本"},
	{"KR", "south korea", "korea", "韩国"},
	{"VN", "vietnam", "viet nam", "越南"},
	{"TH", "thailand", "泰国"},
	{"MY", "malaysia", "马来西亚"},
	{"SG", "singapore", "新加坡", "singapur", "сингапур"},
	{"ID", "indonesia", "印尼", "印度尼西亚"},
	{"PH", "philippines", "菲律宾"},
	{"MM", "myanmar", "burma", "缅甸"},
	{"LA", "laos", "老挝"},
	{"KH", "cambodia", "柬埔寨"},
	{"AU", "australia", "澳大利亚", "澳洲", "australien", "австралия", "австралию", "австралии"},
	{"NZ", "new zealand", "新西兰"},
}

// caseSensitivePlaces are names that are ordinary words in lower case
// ("ship to us").
var caseSensitivePlaces = map[string]bool{"US": true, "USA": true, "U.S.": true, "U.S.A.": true, "EU": true, "UK": true, "U.K.": true, "UAE": true}

// placeName is one name of a place.
type placeName struct {
	name, code string
	exact      bool // compare case-sensitively
	han        bool // contains Han script: no word boundaries
}

// placeNames are all names, longest first, so "south africa" wins over
// "africa" and "united states of america" over "america".
var placeNames = func() []placeName {
	var out []placeName
	for _, row := range placeRows {
		for _, n := range row[1:] {
			pn := placeName{name: n, code: row[0], exact: caseSensitivePlaces[n]}
			if !pn.exact {
				pn.name = asciiLower(n)
			}
			for _, r := range n {
				if unicode.Is(unicode.Han, r) {
					pn.han = true
					break
				}
			}
			out = append(out, pn)
		}
	}
	slices.SortStableFunc(out, func(a, b placeName) int { return len(b.name) - len(a.name) })
	return out
}()

// codeListRe is a list of two or more country codes: "US / MX / CA".
var codeListRe = regexp.MustCompile(`^\s*[A-Z]{2}(?:\s*[/,;&|]\s*[A-Z]{2})+\b`)

var codeRe = regexp.MustCompile(`[A-Z]{2}`)

// isoCodes are the country codes of placeRows.
var isoCodes = func() map[string]bool {
	m := map[string]bool{}
	for _, row := range placeRows {
		if len(row[0]) == 2 && strings.ToUpper(row[0]) == row[0] {
			m[row[0]] = true
		}
	}
	return m
}()

// findPlaces returns the codes of the places named in s, in text order,
// each once. A value that starts with a list of two or more country codes
// ("US / MX / CA") is read as codes; lone codes are not, "IN" and "IT" are
// words.
func findPlaces(s string) []string {
	if t := strings.TrimSpace(s); len(t) == 2 && codeRe.MatchString(t) {
		if t == "UK" {
			t = "GB"
		}
		if isoCodes[t] {
			return []string{t} // the whole value is one code: "Ships from: NL"
		}
	}
	if m := codeListRe.FindString(s); m != "" {
		var out []string
		for _, c := range codeRe.FindAllString(m, -1) {
			if c == "UK" {
				c = "GB"
			}
			if isoCodes[c] && !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
		if len(out) > 0 {
			return appendNew(out, findPlaces(s[len(m):]))
		}
	}
	lower := asciiLower(s) // same byte offsets as s
	type found struct {
		at   int
		code string
	}
	var hits []found
	taken := make([]bool, len(s)+1)
	for _, pn := range placeNames {
		hay := lower
		if pn.exact {
			hay = s
		}
		for off := 0; off < len(hay); {
			i := strings.Index(hay[off:], pn.name)
			if i < 0 {
				break
			}
			at, end := off+i, off+i+len(pn.name)
			off = end
			if taken[at] || taken[end-1] || (!pn.han && !wordEdges(hay, at, end)) {
				continue
			}
			for k := at; k < end; k++ {
				taken[k] = true
			}
			hits = append(hits, found{at, pn.code})
		}
	}
	slices.SortStableFunc(hits, func(a, b found) int { return a.at - b.at })
	var out []string
	for _, h := range hits {
		if !slices.Contains(out, h.code) {
			out = append(out, h.code)
		}
	}
	return out
}

// wordEdges reports whether s[at:end] stands alone: no letter or digit
// right before or after it.
func wordEdges(s string, at, end int) bool {
	if at > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:at])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// asciiLower lower-cases letters whose lower case has the same UTF-8
// width (ASCII, Cyrillic, Greek …), keeping byte offsets.
func asciiLower(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == utf8.RuneLen(r) {
			r = l
		}
		b.WriteRune(r)
	}
	if b.Len() != len(s) { // invalid UTF-8 was replaced: keep the original
		return s
	}
	return b.String()
}
