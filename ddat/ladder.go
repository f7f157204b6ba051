package ddat

import (
	"cmp"
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel/internal/names"
)

// The seniority words of role level names, in ladder order; the package
// documentation gives the rule and its sources.
const (
	wordTrainee   = iota + 1 // "Trainee …", "Apprentice …"
	wordAssociate            // "Associate …"
	wordJunior               // "Junior …"
	wordNone                 // no seniority word: "Data analyst", "Service desk manager"
	wordSenior               // "Senior …"
	wordLead                 // "Lead …", "… lead"
	wordPrincipal            // "Principal …"
)

// rungKey is where a role level's name places it on its ladder: ordered
// by top, then job, then word.
type rungKey struct {
	top  int // 1 for "Head of …" and "Chief …", the top of a ladder
	job  int // 0 for an analyst ("… analyst"), 1 for any other job
	word int // the seniority word
}

func (k rungKey) compare(o rungKey) int {
	return cmp.Or(cmp.Compare(k.top, o.top), cmp.Compare(k.job, o.job), cmp.Compare(k.word, o.word))
}

// managementSuffix ends the name of a management-track role level
// ("Senior developer - management").
const managementSuffix = " - management"

// managementBase returns the name of a management-track level without its
// suffix, and false for any other name.
func managementBase(title string) (string, bool) {
	f := names.Fold(title)
	base, ok := strings.CutSuffix(f, managementSuffix)
	if !ok || strings.TrimSpace(base) == "" {
		return "", false
	}
	return strings.TrimSpace(base), true
}

// keyOf returns the rung key of a role level name (without its management
// suffix).
func keyOf(base string) rungKey {
	w := strings.Fields(names.Fold(base))
	if len(w) == 0 {
		return rungKey{job: 1, word: wordNone}
	}
	k := rungKey{job: 1, word: wordNone}
	if w[len(w)-1] == "analyst" {
		k.job = 0
	}
	switch w[0] {
	case "trainee", "apprentice":
		k.word = wordTrainee
	case "associate":
		k.word = wordAssociate
	case "junior":
		k.word = wordJunior
	case "senior":
		k.word = wordSenior
	case "lead":
		k.word = wordLead
	case "principal":
		k.word = wordPrincipal
	case "chief":
		k.top = 1
	case "head":
		if len(w) > 1 && w[1] == "of" {
			k.top = 1
		}
	}
	if k.word == wordNone && len(w) > 1 && w[len(w)-1] == "lead" {
		k.word = wordLead // "Data ethics lead"
	}
	return k
}

// position is one name on a ladder: a role level and its management-track
// twin, if it has one, which share a rung.
type position struct {
	base   string // the folded name without the management suffix
	key    rungKey
	levels []*level
	// sum and n are the total and count of the skill levels (1 to 4 for
	// Awareness to Expert) the position's role levels require.
	sum, n int
}

// compare orders positions by name and then, between names the rule
// does not order, by the average level of the skills they require, lower
// first. Positions neither orders share a rung.
func (p *position) compare(o *position) int {
	if c := p.key.compare(o.key); c != 0 {
		return c
	}
	// p.sum/p.n against o.sum/o.n without division; a position with no
	// stated skill level counts as 0.
	return cmp.Compare(p.sum*max(o.n, 1), o.sum*max(p.n, 1))
}

// order sets the rank of each level of l, 1 for the entry rung, and sorts
// l.levels by rank, then track (individual contributor first), then ID.
func order(l *ladder) {
	if l.levelless != nil {
		l.levelless.rank = 1
		return
	}
	var ps []*position
	byBase := map[string]*position{}
	for _, lv := range l.levels {
		base, ok := managementBase(lv.title)
		if !ok {
			base = names.Fold(lv.title)
		}
		p := byBase[base]
		if p == nil {
			p = &position{base: base, key: keyOf(base)}
			byBase[base] = p
			ps = append(ps, p)
		}
		p.levels = append(p.levels, lv)
		for _, r := range lv.reqs {
			if r.Level != 0 {
				p.sum += slices.Index(levels[:], r.Level) + 1
				p.n++
			}
		}
	}
	slices.SortStableFunc(ps, (*position).compare)
	rank := 0
	for i, p := range ps {
		if i == 0 || p.compare(ps[i-1]) != 0 {
			rank++
		}
		for _, lv := range p.levels {
			lv.rank = rank
		}
	}
	slices.SortStableFunc(l.levels, func(a, b *level) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.track, b.track), cmp.Compare(a.id, b.id))
	})
}
