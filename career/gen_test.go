package career

import (
	"github.com/rolemodel/rolemodel/internal/gen"
	"github.com/rolemodel/rolemodel/role"
)

type graphSize = gen.Size

var (
	sizeS = gen.S
	sizeM = gen.M
	sizeL = gen.L
)

// generateTransitions turns the shared generated graph of size sz into
// transitions.
func generateTransitions(sz graphSize) []Transition {
	es := gen.Edges(sz)
	ts := make([]Transition, len(es))
	for i, e := range es {
		ts[i] = Transition{From: role.ID(e.From), To: role.ID(e.To), Kind: Kind(e.Kind), Years: e.Years}
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
