package career

import (
	"cmp"
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/rolemodel/rolemodel/role"
)

// inlineMoves is how many moves a Path holds without a heap allocation;
// career paths are short, so most queries allocate nothing for the answer.
const inlineMoves = 8

// Path is a sequence of moves from one role to another, as a graph query
// returns it. It is a small value; the zero Path has no roles.
type Path struct {
	g      *Graph
	src    int32
	n      int32
	inline [inlineMoves]int32
	more   []int32 // all edges, when there are more than inlineMoves
	cost   float64
}

func (g *Graph) newPath(src int32, edges []int32, cost float64) Path {
	p := Path{g: g, src: src, n: int32(len(edges)), cost: cost}
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

// Cost returns the path's cost: its number of moves, or the sum of the
// weights of its moves when the query used WeightBy.
func (p Path) Cost() float64 { return p.cost }

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

// Steps returns the moves along the path, in order.
func (p Path) Steps() []Transition {
	if p.g == nil {
		return nil
	}
	out := make([]Transition, 0, p.n)
	u := p.src
	for _, e := range p.edges() {
		out = append(out, p.g.transition(e, u))
		u = p.g.to[e]
	}
	return out
}

// All iterates over the moves of the path without allocating.
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
// Roles without a title are shown by ID.
func (p Path) String() string {
	if p.g == nil {
		return ""
	}
	var b strings.Builder
	for i, id := range p.Roles() {
		if i > 0 {
			b.WriteString(" → ")
		}
		b.WriteString(p.g.Title(id))
	}
	return b.String()
}

// Equal reports whether p and q take the same moves.
func (p Path) Equal(q Path) bool {
	return p.g == q.g && p.src == q.src && slices.Equal(p.edges(), q.edges())
}

// compare orders paths by cost, then number of moves, then role IDs.
func comparePaths(a, b Path) int {
	if c := cmp.Compare(a.cost, b.cost); c != 0 {
		return c
	}
	if c := cmp.Compare(a.n, b.n); c != 0 {
		return c
	}
	ae, be := a.edges(), b.edges()
	for i := range ae {
		if c := cmp.Compare(a.g.ids[a.g.to[ae[i]]], b.g.ids[b.g.to[be[i]]]); c != 0 {
			return c
		}
		if c := cmp.Compare(a.g.kind[ae[i]], b.g.kind[be[i]]); c != 0 {
			return c
		}
	}
	return 0
}

func (p Path) key() string {
	var b strings.Builder
	for _, e := range p.edges() {
		b.WriteString(strconv.Itoa(int(e)))
		b.WriteByte(',')
	}
	return b.String()
}
