package derive

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
)

// The transitions come sorted by From, To and Kind as strings, once each,
// without moves to oneself or to roles that are not there.
func TestTransitionsOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		roles := make([]role.Role, 1+r.IntN(30))
		for i := range roles {
			roles[i].ID = role.ID(fmt.Sprintf("r%d", r.IntN(60)))
		}
		want := map[Key]bool{}
		ids := map[role.ID]bool{}
		for _, x := range roles {
			ids[x.ID] = true
		}
		for i := range roles {
			for range r.IntN(8) {
				to := role.ID(fmt.Sprintf("r%d", r.IntN(60)))
				kind := career.Kinds[r.IntN(3)]
				roles[i].Transitions = append(roles[i].Transitions, role.Move{To: to, Kind: kind.String()})
				if to != roles[i].ID && ids[to] {
					want[Key{roles[i].ID, to, kind}] = true
				}
			}
		}
		res := Transitions(roles, nil)
		require.True(t, slices.IsSortedFunc(res.Transitions, func(a, b career.Transition) int {
			return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To), cmp.Compare(a.Kind, b.Kind))
		}))
		got := map[Key]bool{}
		for _, tr := range res.Transitions {
			k := Key{tr.From, tr.To, tr.Kind}
			assert.False(t, got[k], "once: %v", k)
			got[k] = true
		}
		assert.Equal(t, want, got)
	}
}
