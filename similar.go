package rolemodel

import (
	"cmp"
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel/internal/decode"
)

// Similar returns up to n role names (titles and aliases) that look like
// title, closest first: names containing it or contained in it, then names
// within a few edits. It is meant for "did you mean" messages when Lookup
// finds nothing.
func (c *Catalog) Similar(title string, n int) []string {
	if c == nil || n <= 0 {
		return nil
	}
	key := normalize(title)
	type cand struct {
		name  string
		score int
	}
	var cands []cand
	seen := map[string]bool{}
	for _, r := range c.roles {
		for _, name := range r.Names() {
			k := normalize(name)
			if seen[k] || key == "" {
				continue
			}
			seen[k] = true
			score := -1
			switch {
			case strings.Contains(k, key) || strings.Contains(key, k):
				score = abs(len(k) - len(key))
			default:
				if d := decode.Distance(k, key); d <= max(2, len(key)/3) {
					score = 100 + d
				}
			}
			if score >= 0 {
				cands = append(cands, cand{name, score})
			}
		}
	}
	slices.SortFunc(cands, func(a, b cand) int { return cmp.Or(cmp.Compare(a.score, b.score), cmp.Compare(a.name, b.name)) })
	out := make([]string, 0, min(n, len(cands)))
	for _, c := range cands[:min(n, len(cands))] {
		out = append(out, c.name)
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
