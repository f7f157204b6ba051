package career

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExactSums checks which weight columns New marks as summing exactly,
// the condition under which dijkstra ends without looking through moves.
func TestExactSums(t *testing.T) {
	for _, c := range []struct {
		name string
		vs   []float64
		want bool
	}{
		{"empty", nil, true},
		{"zeros", []float64{0, 0}, true},
		{"whole years", []float64{1, 2, 8, 40}, true},
		{"halves and quarters", []float64{0.5, 1.25, 3.75}, true},
		{"a decimal fraction", []float64{1, 0.1}, false},
		{"a tiny power of two", []float64{1, 0x1p-60}, false},
		{"near 2^53 in total", []float64{0x1p51, 1}, false},
		{"well below 2^53 in total", []float64{0x1p49, 1}, true},
		{"huge", []float64{math.MaxFloat64}, false},
		{"subnormal", []float64{5e-324}, false},
	} {
		got := exactSums(c.vs)
		assert.Equal(t, c.want, got, c.name)
	}
}

// TestWeightColumns checks that WeightByYears and WeightByIndex read the
// right column, in both directions of the search, as New stores it (as
// float32 when exact, float64 otherwise), and that the last weighting
// option given applies.
func TestWeightColumns(t *testing.T) {
	for _, frac := range []float64{0, 0.1} { // 0.1: float64 columns, not exact
		ts := []Transition{
			{From: "a", To: "b", Kind: Lateral, Years: 1 + frac, Index: 5},
			{From: "b", To: "d", Kind: Lateral, Years: 1 + frac, Index: 5},
			{From: "a", To: "c", Kind: Lateral, Years: 3 + frac, Index: 1},
			{From: "c", To: "d", Kind: Lateral, Years: 3 + frac, Index: 1},
		}
		g, err := New(ts)
		require.NoError(t, err)
		p, err := g.ShortestPath("a", "d", WeightByYears())
		require.NoError(t, err)
		assert.Equal(t, "a → b → d", p.String(), "frac %v", frac)
		p, err = g.ShortestPath("a", "d", WeightByIndex())
		require.NoError(t, err)
		assert.Equal(t, "a → c → d", p.String())
		assert.Equal(t, 2.0, p.Cost())
		p, err = g.ShortestPath("a", "d", WeightByYears(), WeightByIndex())
		require.NoError(t, err)
		assert.Equal(t, "a → c → d", p.String(), "the last option applies")
		p, err = g.ShortestPath("a", "d", WeightByIndex(), WeightBy(func(t Transition) float64 { return t.Years }))
		require.NoError(t, err)
		assert.Equal(t, "a → b → d", p.String(), "the last option applies")
		p, err = g.ShortestPath("a", "d", WeightByIndex(), WeightBy(nil))
		require.NoError(t, err)
		assert.Equal(t, 2.0, p.Cost(), "WeightBy(nil) counts moves")
	}
	// A graph without Index: every move costs 0, and ties go by moves, then IDs.
	g, err := New([]Transition{{From: "a", To: "b", Kind: Lateral, Years: 1}, {From: "b", To: "c", Kind: Lateral}, {From: "a", To: "c", Kind: Entry}})
	require.NoError(t, err)
	p, err := g.ShortestPath("a", "c", WeightByIndex())
	require.NoError(t, err)
	assert.Equal(t, "a → c", p.String())
	assert.Equal(t, 0.0, p.Cost())
}
