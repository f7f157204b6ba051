package career

import (
	"iter"
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel/role"
)

// inlineMoves is how many moves a Path holds without a heap allocation;
// career paths are short, so most queries allocate nothing for the answer.
const inlineMoves = 8

// Path is a sequence of roles from one role to another, as a graph query
// returns it, with the moves between them. It is a small value; the zero
// Path has no roles.
//
// A move between two roles may have been stated as more than one kind
// (a lateral move that the other role also lists as an entry): it is still
// one move of the path. Kinds gives every kind it was stated as, among
// those the query allowed, and Steps one Transition standing for it, the
// one the query's cost counted.
type Path struct {
	g      *Graph
	src    int32
	n      int32
	kinds  KindSet // the kinds the query allowed
	inline [inlineMoves]int32
	more   []int32 // all edges, when there are more than inlineMoves
	cost   cost
}

func (g *Graph) newPath(src int32, edges []int32, c cost, kinds KindSet) Path {
	p := Path{g: g, src: src, n: int32(len(edges)), cost: c, kinds: kinds}
	if len(edges) <= inlineMoves {
		copy(p.inline[:], edges)
	} else {
		p.more = slices.Clone(edges)
	}
	return p
}

func (p *Path) edges() []int32 {
	if p.more != nil {
		return p.more
	}
	return p.inline[:p.n]
}

// IsZero reports whether p is the zero Path.
func (p Path) IsZero() bool { return p.g == nil }

// Moves returns the number of moves.
func (p Path) Moves() int { return int(p.n) }

// Cost returns the path's cost: its number of moves, or, when the query
// used WeightBy, WeightByYears or WeightByIndex, the sum of the weights of
// its moves (the float64 nearest the exact sum, which is what paths are
// ordered by).
func (p Path) Cost() float64 { return p.cost.hi }

// Roles returns the roles along the path, from its start to its end
// inclusive. A path from a role to itself has that one role.
func (p Path) Roles() []role.ID {
	if p.g == nil {
		return nil
	}
	out := make([]role.ID, 0, p.n+1)
	out = append(out, p.g.ids[p.src])
	for _, e := range p.edges() {
		out = append(out, p.g.ids[p.g.to[e]])
	}
	return out
}

// Steps returns the moves along the path, in order: for each, the
// transition whose weight the query counted (the least among the kinds the
// move was stated as, the first kind in Kinds order among equals; the
// first kind when the query counted moves).
func (p Path) Steps() []Transition {
	if p.g == nil {
		return nil
	}
	out := make([]Transition, 0, p.n)
	for _, t := range p.All() {
		out = append(out, t)
	}
	return out
}

// All iterates over the moves of the path, as Steps gives them, without
// allocating.
func (p Path) All() iter.Seq2[int, Transition] {
	return func(yield func(int, Transition) bool) {
		if p.g == nil {
			return
		}
		u := p.src
		for i, e := range p.edges() {
			if !yield(i, p.g.transition(e, u)) {
				return
			}
			u = p.g.to[e]
		}
	}
}

// Kinds returns the kinds move i (counting from 0) was stated as, among
// those the query allowed: more than one when the graph has the same move
// as two or three kinds. It is empty when i is out of range.
func (p Path) Kinds(i int) KindSet {
	if p.g == nil || i < 0 || i >= int(p.n) {
		return 0
	}
	es := p.edges()
	u := p.src
	if i > 0 {
		u = p.g.to[es[i-1]]
	}
	return p.g.kindsOf(u, es[i], p.kinds)
}

// kindsOf returns the kinds, among mask, of the moves from u parallel to
// edge e (e included): u's out row is sorted by target, so they are e's
// neighbours in it.
func (g *Graph) kindsOf(u, e int32, mask KindSet) KindSet {
	v := g.to[e]
	var s KindSet
	for f := e; f >= g.outOff[u] && g.to[f] == v; f-- {
		s |= 1 << g.kind[f]
	}
	for f := e + 1; f < g.outOff[u+1] && g.to[f] == v; f++ {
		s |= 1 << g.kind[f]
	}
	return s & mask
}

// From returns the path's first role.
func (p Path) From() role.ID {
	if p.g == nil {
		return ""
	}
	return p.g.ids[p.src]
}

// To returns the path's last role.
func (p Path) To() role.ID {
	if p.g == nil {
		return ""
	}
	if p.n == 0 {
		return p.g.ids[p.src]
	}
	es := p.edges()
	return p.g.ids[p.g.to[es[len(es)-1]]]
}

// String returns the path's roles by title, joined by arrows:
// "Senior IT Manager → Technology Director → Chief Technology Officer".
// Roles without a title are shown by ID. A move stated as more than one
// kind shows its kinds after the role it enters, in Kinds order:
// "Analyst → Architect (entry, lateral) → Director".
func (p Path) String() string {
	if p.g == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString(p.g.Title(p.g.ids[p.src]))
	u := p.src
	for _, e := range p.edges() {
		b.WriteString(" → ")
		b.WriteString(p.g.Title(p.g.ids[p.g.to[e]]))
		ks := p.g.kindsOf(u, e, p.kinds)
		u = p.g.to[e]
		if ks.Len() > 1 {
			b.WriteString(" (")
			b.WriteString(ks.String())
			b.WriteString(")")
		}
	}
	return b.String()
}

// Equal reports whether p and q are paths of one graph through the same
// roles in the same order. Two queries that differ only in the kinds or
// weights they allow may choose different transitions for a move and still
// give equal paths.
func (p Path) Equal(q Path) bool {
	if p.g != q.g || p.src != q.src || p.n != q.n {
		return false
	}
	pe, qe := p.edges(), q.edges()
	for i := range pe {
		if p.g.to[pe[i]] != q.g.to[qe[i]] {
			return false
		}
	}
	return true
}

// comparePaths orders paths of one graph by cost, then number of moves,
// then role IDs from the start.
func comparePaths(a, b Path) int {
	if c := a.cost.cmp(b.cost); c != 0 {
		return c
	}
	if a.n != b.n {
		if a.n < b.n {
			return -1
		}
		return 1
	}
	if a.src != b.src {
		if a.src < b.src {
			return -1
		}
		return 1
	}
	ae, be := a.edges(), b.edges()
	for i := range ae {
		if x, y := a.g.to[ae[i]], b.g.to[be[i]]; x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}
