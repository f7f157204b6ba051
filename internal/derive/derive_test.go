package derive

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
)

// sortMoves orders moves as sorting them by From, To and Kind as strings
// does.
func TestSortMoves(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 50 {
		roles := make([]role.Role, 1+r.IntN(30))
		for i := range roles {
			roles[i].ID = role.ID(fmt.Sprintf("r%d", r.IntN(40)))
		}
		ts := make([]career.Transition, n*7)
		for i := range ts {
			ts[i] = career.Transition{From: roles[r.IntN(len(roles))].ID, To: roles[r.IntN(len(roles))].ID, Kind: career.Kinds[r.IntN(3)], Years: float64(i)}
		}
		want := slices.Clone(ts)
		slices.SortStableFunc(want, func(a, b career.Transition) int {
			return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To), cmp.Compare(a.Kind, b.Kind))
		})
		sortMoves(ts, roles)
		var years []float64
		for _, t := range ts {
			years = append(years, t.Years)
		}
		slices.Sort(years)
		for i := range years {
			assert.Equal(t, float64(i), years[i], "every move once")
		}
		for i := range ts {
			ts[i].Years, want[i].Years = 0, 0 // equal keys may come in any order
		}
		assert.Equal(t, want, ts)
	}
	// A move naming a role outside roles is still sorted.
	ts := []career.Transition{{From: "b", To: "a"}, {From: "a", To: "z"}}
	sortMoves(ts, []role.Role{{ID: "a"}})
	assert.Equal(t, role.ID("a"), ts[0].From)
}
