package names

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Index suggests names for a misspelt or partial one the way a person
// would: names whose words match the query's words best first (a word
// equal, then a word the query abbreviates by a prefix — "Tech" for
// "Technical", "Eng" for "Engineer" — then a word one edit away —
// "Sofware" for "Software"), then names within a few edits as a whole.
// Names shorter than three characters are never suggested.
//
// Word lookups go through maps (exact words, sorted words for prefixes, and
// single deletions for one-edit matches, as SymSpell does), so a query
// costs in the number of names that share a word with it, not in the
// number of names. An Index is immutable after NewIndex and safe for
// concurrent use.
//
// A query's cost is bounded whatever its length: only its first MaxQuery
// bytes and its first MaxQueryWords distinct words are considered, and a
// query word longer than every indexed word by more than one rune skips
// the one-edit step (no indexed word is one edit away from it), so a 5 MB
// title costs about what a 1 KB one does.
type Index struct {
	names   []string         // as given, deduplicated by fold
	folded  []string         // Fold of names
	words   [][]string       // words of each name
	byWord  map[string][]int // word -> names holding it
	sorted  []string         // distinct words, sorted, for prefix ranges
	deletes map[string][]string
	maxWord int // runes in the longest indexed word
}

// Bounds on what of a query Suggest considers: the first MaxQuery bytes
// (cut at a character boundary; a catalog's titles are at most 200
// characters) and, of those, the first MaxQueryWords distinct words.
const (
	MaxQuery      = 1024
	MaxQueryWords = 16
)

// minSuggest is the shortest name ever suggested, in runes.
const minSuggest = 3

// minTypo is the shortest query word matched at one edit, in runes: among
// shorter words one edit turns one word into another ("lead" and "head").
const minTypo = 5

// NewIndex indexes names; names that fold alike are kept once (the first).
func NewIndex(names []string) *Index {
	x := &Index{byWord: map[string][]int{}, deletes: map[string][]string{}}
	seen := map[string]bool{}
	for _, n := range names {
		f := Fold(n)
		if seen[f] || utf8.RuneCountInString(f) < minSuggest {
			continue
		}
		seen[f] = true
		i := len(x.names)
		x.names = append(x.names, n)
		x.folded = append(x.folded, f)
		ws := words(f)
		x.words = append(x.words, ws)
		for _, w := range ws {
			if l := x.byWord[w]; len(l) == 0 || l[len(l)-1] != i {
				x.byWord[w] = append(l, i)
			}
		}
	}
	for w := range x.byWord {
		x.sorted = append(x.sorted, w)
		x.maxWord = max(x.maxWord, utf8.RuneCountInString(w))
		if utf8.RuneCountInString(w) >= minTypo-1 {
			for _, d := range deletions(w) {
				x.deletes[d] = append(x.deletes[d], w)
			}
		}
	}
	slices.Sort(x.sorted)
	return x
}

// words splits a folded name into words of letters and digits.
func words(f string) []string {
	return strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// deletions returns w with each one rune removed.
func deletions(w string) []string {
	rs := []rune(w)
	out := make([]string, 0, len(rs))
	for i := range rs {
		out = append(out, string(rs[:i])+string(rs[i+1:]))
	}
	return out
}

// Quality of a word match, best first.
const (
	exact  = 3
	prefix = 2
	typo   = 1
)

// matches returns the indexed words that match query word q, with the
// quality of each match.
func (x *Index) matches(q string) map[string]int {
	out := map[string]int{}
	if _, ok := x.byWord[q]; ok {
		out[q] = exact
	}
	if utf8.RuneCountInString(q) >= 2 {
		i, _ := slices.BinarySearch(x.sorted, q)
		for ; i < len(x.sorted) && strings.HasPrefix(x.sorted[i], q); i++ {
			if x.sorted[i] != q {
				out[x.sorted[i]] = max(out[x.sorted[i]], prefix)
			}
		}
	}
	if n := utf8.RuneCountInString(q); n >= minTypo && n <= x.maxWord+1 {
		// One edit: a deletion from either side, or the same deletion. A
		// word longer than every indexed word plus one is none's typo.
		try := func(w string) {
			if _, ok := out[w]; !ok {
				out[w] = typo
			}
		}
		for _, w := range x.deletes[q] {
			try(w) // q is w with one rune removed
		}
		for _, d := range deletions(q) {
			if _, ok := x.byWord[d]; ok {
				try(d) // w is q with one rune removed
			}
			for _, w := range x.deletes[d] {
				try(w) // a substitution, or a transposition of neighbours
			}
		}
	}
	return out
}

// Suggest returns up to n names like query, best first; ties break by
// name.
func (x *Index) Suggest(query string, n int) []string {
	if x == nil || n <= 0 {
		return nil
	}
	q := Fold(cut(query, MaxQuery))
	if q == "" {
		return nil
	}
	type cand struct {
		matched, quality, extra, dist int
		i                             int
	}
	qs := distinct(words(q), MaxQueryWords)
	ms := make([]map[string]int, len(qs))
	best := map[int]bool{}
	for k, w := range qs {
		ms[k] = x.matches(w)
		for word := range ms[k] {
			for _, i := range x.byWord[word] {
				best[i] = true
			}
		}
	}
	var cands []cand
	for i := range best {
		c := cand{i: i}
		for k := range qs {
			b := 0
			for _, nw := range x.words[i] {
				b = max(b, ms[k][nw])
			}
			if b > 0 {
				c.matched++
				c.quality += b
			}
		}
		c.extra = len(x.words[i]) - c.matched
		cands = append(cands, c)
	}
	if len(cands) < n {
		// Whole-name edit distance for what word matching does not reach
		// ("Dveloper" against a one-word name, run-together words).
		limit := max(2, utf8.RuneCountInString(q)/3)
		for i, f := range x.folded {
			if _, ok := best[i]; ok {
				continue
			}
			if abs(utf8.RuneCountInString(f)-utf8.RuneCountInString(q)) > limit {
				continue
			}
			if d := distance(f, q, limit); d <= limit {
				cands = append(cands, cand{i: i, dist: d, extra: 1 << 20})
			}
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		return cmp.Or(
			cmp.Compare(b.matched, a.matched),
			cmp.Compare(b.quality, a.quality),
			cmp.Compare(a.extra, b.extra),
			cmp.Compare(a.dist, b.dist),
			cmp.Compare(x.names[a.i], x.names[b.i]),
		)
	})
	out := make([]string, 0, min(n, len(cands)))
	for _, c := range cands[:min(n, len(cands))] {
		out = append(out, x.names[c.i])
	}
	return out
}

// cut returns s cut to at most n bytes at a character boundary.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for k := 0; k < utf8.UTFMax-1 && i > 0 && !utf8.RuneStart(s[i]); k++ {
		i--
	}
	return s[:i]
}

// distinct returns the first n distinct words of ws, in order.
func distinct(ws []string, n int) []string {
	out := ws[:0]
	for _, w := range ws {
		if len(out) == n {
			break
		}
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// distance is the Levenshtein distance of a and b in runes, or limit+1 when
// it exceeds limit.
func distance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			low = min(low, cur[j])
		}
		if low > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
