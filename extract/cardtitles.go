package extract

import (
	"regexp"
	"strings"
)

// distinctTitles replaces a title that every card of a group shares — a
// channel's or author's name heading each post, a brand — by the card's
// first own line: the shared text names no product.
func distinctTitles(cards []card) {
	if len(cards) < 2 {
		return // one card shares its title with nobody
	}
	shared := cards[0].title
	for _, c := range cards[1:] {
		if c.title != shared {
			return
		}
	}
	for i := range cards {
		for _, line := range strings.Split(cards[i].text, "\n") {
			t := cleanName(line)
			if t == "" || t == shared || !titleLike(t) || dateLikeRe.MatchString(t) || strings.TrimSpace(findPrice(t)) == t {
				continue
			}
			cards[i].title = truncateRunes(t, 120)
			break
		}
	}
}

// dateLikeRe matches the date and time stamps of posts ("Oct 9", "12:30",
// "2026-10-09", "3 days ago").
var dateLikeRe = regexp.MustCompile(`(?i)^(?:[a-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[a-z]{3,9}\.?(?:\s+\d{4})?|\d{1,2}:\d{2}(?:\s*[ap]m)?|\d{4}-\d{2}-\d{2}.*|\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago|yesterday|today)$`)
