package career

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/role"
)

// cyclic returns graphs made of cycles of every kind: two roles moving to
// each other, a triangle of each kind of move, a triangle mixing kinds,
// parallel moves of different kinds around a cycle, a ring of a thousand
// roles, and a complete graph of 30 roles (every role moves to every other,
// so cycles of every length up to 30).
func cyclic() map[string][]Transition {
	id := func(p string, i int) role.ID { return role.ID(fmt.Sprintf("%s%03d", p, i)) }
	out := map[string][]Transition{
		"two-way":         {{From: "a", To: "b", Kind: Lateral}, {From: "b", To: "a", Kind: Lateral}},
		"mixed triangle":  {{From: "a", To: "b", Kind: Entry}, {From: "b", To: "c", Kind: Advancement}, {From: "c", To: "a", Kind: Lateral}},
		"parallel kinds":  {{From: "a", To: "b", Kind: Lateral}, {From: "a", To: "b", Kind: Advancement}, {From: "b", To: "a", Kind: Entry}, {From: "b", To: "a", Kind: Lateral}},
		"weighted cycles": {{From: "a", To: "b", Kind: Lateral, Years: 1}, {From: "b", To: "a", Kind: Lateral, Years: 1}, {From: "b", To: "c", Kind: Advancement, Years: 5}, {From: "c", To: "b", Kind: Lateral}},
	}
	for _, k := range Kinds {
		out["triangle of "+k.String()] = []Transition{{From: "a", To: "b", Kind: k}, {From: "b", To: "c", Kind: k}, {From: "c", To: "a", Kind: k}}
	}
	var ring []Transition
	for i := range 1000 {
		ring = append(ring, Transition{From: id("r", i), To: id("r", (i+1)%1000), Kind: Advancement})
	}
	out["ring of 1000"] = ring
	var complete []Transition
	for i := range 30 {
		for j := range 30 {
			if i != j {
				complete = append(complete, Transition{From: id("k", i), To: id("k", j), Kind: Kinds[(i+j)%3], Years: float64(1 + (i*j)%7)})
			}
		}
	}
	out["complete 30"] = complete
	return out
}

// TestCyclesTerminate runs every query on graphs full of cycles: each
// returns, and every path it gives is simple (no role twice).
func TestCyclesTerminate(t *testing.T) {
	years := WeightBy(func(t Transition) float64 { return t.Years })
	for name, ts := range cyclic() {
		t.Run(name, func(t *testing.T) {
			g, err := New(ts)
			require.NoError(t, err, "cycles are allowed")
			from, to := ts[0].From, ts[len(ts)-1].From
			for _, opts := range [][]Option{nil, {years}, {MaxMoves(3)}, {years, MaxMoves(3)}, {OnlyKinds(Advancement)}, {Avoid(ts[0].To)}} {
				if p, err := g.ShortestPath(from, to, opts...); err == nil {
					simple(t, p)
				} else {
					require.ErrorIs(t, err, ErrNoPath)
				}
				paths, err := g.KShortestPaths(from, to, 50, opts...)
				if err != nil {
					require.ErrorIs(t, err, ErrNoPath)
					continue
				}
				seen := map[string]bool{}
				for _, p := range paths {
					simple(t, p)
					assert.False(t, seen[p.String()], "k-shortest gave %s twice", p)
					seen[p.String()] = true
				}
				n := 0
				for _, moves := range g.Reachable(from, opts...) {
					n++
					assert.GreaterOrEqual(t, moves, 0)
				}
				assert.LessOrEqual(t, n, g.Len(), "each role reached once")
			}
		})
	}
}

func simple(t *testing.T, p Path) {
	t.Helper()
	seen := map[role.ID]bool{}
	for _, id := range p.Roles() {
		require.False(t, seen[id], "path %s visits %s twice", p, id)
		seen[id] = true
	}
}

// BenchmarkCycles measures the queries on the most cyclic graph, the
// complete graph of 30 roles, for RELIABILITY.md.
func BenchmarkCycles(b *testing.B) {
	g, err := New(cyclic()["complete 30"])
	if err != nil {
		b.Fatal(err)
	}
	years := WeightBy(func(t Transition) float64 { return t.Years })
	b.Run("k-shortest-50", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := g.KShortestPaths("k000", "k029", 50, years); err != nil {
				b.Fatal(err)
			}
		}
	})
}
