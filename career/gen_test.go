package career

import (
	"fmt"
	"math/rand/v2"

	"github.com/rolemodel/rolemodel/role"
)

type graphSize struct {
	name    string
	roles   int
	perRole int // average transitions out of a role
}

var (
	sizeS = graphSize{"S", 50, 3}
	sizeM = graphSize{"M", 3_000, 50}
	sizeL = graphSize{"L", 200_000, 10}
)

// generateTransitions makes a deterministic (seeded) career graph with
// levels 1-8: advancement goes up one or two levels, lateral stays on the
// level, entry comes from the level below.
func generateTransitions(sz graphSize) []Transition {
	r := rand.New(rand.NewPCG(uint64(sz.roles), 42))
	const levels = 8
	byLevel := make([][]role.ID, levels)
	level := make([]int, sz.roles)
	ids := make([]role.ID, sz.roles)
	for i := range ids {
		ids[i] = role.ID(fmt.Sprintf("role-%06d", i))
		level[i] = r.IntN(levels)
		byLevel[level[i]] = append(byLevel[level[i]], ids[i])
	}
	ts := make([]Transition, 0, sz.roles*sz.perRole)
	for i, id := range ids {
		start := len(ts)
		for range sz.perRole {
			l := level[i]
			var k Kind
			switch x := r.IntN(10); {
			case x < 5 && l+1 < levels:
				k, l = Advancement, l+1+r.IntN(min(2, levels-1-l))
			case x < 8:
				k = Lateral
			case l+1 < levels:
				k, l = Entry, l+1
			default:
				k = Lateral
			}
			cands := byLevel[l]
			to := cands[r.IntN(len(cands))]
			if to == id {
				continue
			}
			dup := false
			for _, t := range ts[start:] {
				dup = dup || (t.To == to && t.Kind == k)
			}
			if !dup {
				ts = append(ts, Transition{From: id, To: to, Kind: k, Years: float64(1 + r.IntN(8))})
			}
		}
	}
	return ts
}

func generate(sz graphSize) *Graph {
	g, err := New(generateTransitions(sz))
	if err != nil {
		panic(err)
	}
	return g
}
