package career

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/role"
)

// move is shorthand for an advancement of the given years.
func move(from, to role.ID, years float64) Transition {
	return Transition{From: from, To: to, Kind: Advancement, Years: years}
}

func mustNew(t *testing.T, ts []Transition, opts ...BuildOption) *Graph {
	t.Helper()
	g, err := New(ts, opts...)
	require.NoError(t, err)
	return g
}

func roles(ps []Path) [][]role.ID {
	out := make([][]role.ID, len(ps))
	for i, p := range ps {
		out[i] = p.Roles()
	}
	return out
}

func ids(s string) []role.ID {
	var out []role.ID
	for _, f := range strings.Fields(s) {
		out = append(out, role.ID(f))
	}
	return out
}

var years = WeightBy(func(t Transition) float64 { return t.Years })

// Issue 14.6 (a): at equal cost the path of fewer moves comes first, in
// ShortestPath and KShortestPaths, with and without MaxMoves.
func TestEqualCostFewerMovesFirst(t *testing.T) {
	g := mustNew(t, []Transition{
		move("a", "b", 1), move("b", "c", 1), move("c", "d", 1), move("d", "z", 1),
		move("a", "y", 2), move("y", "d", 1),
	})
	for _, opts := range [][]Option{{years}, {years, MaxMoves(4)}, {years, MaxMoves(9)}} {
		p, err := g.ShortestPath("a", "z", opts...)
		require.NoError(t, err)
		assert.Equal(t, ids("a y d z"), p.Roles())
		assert.Equal(t, 4.0, p.Cost())
		ps, err := g.KShortestPaths("a", "z", 3, opts...)
		require.NoError(t, err)
		assert.Equal(t, [][]role.ID{ids("a y d z"), ids("a b c d z")}, roles(ps))
	}
	// Issue 14.6 (e): 0→1→2→3→4 at 1 each against 0→5 at 3 and 5→3 at 0.
	g = mustNew(t, []Transition{
		move("0", "1", 1), move("1", "2", 1), move("2", "3", 1), move("3", "4", 1),
		move("0", "5", 3), move("5", "3", 0),
	})
	for _, opts := range [][]Option{{years}, {years, MaxMoves(4)}} {
		p, err := g.ShortestPath("0", "4", opts...)
		require.NoError(t, err)
		assert.Equal(t, ids("0 5 3 4"), p.Roles())
		ps, err := g.KShortestPaths("0", "4", 2, opts...)
		require.NoError(t, err)
		assert.Equal(t, [][]role.ID{ids("0 5 3 4"), ids("0 1 2 3 4")}, roles(ps))
	}
}

// Issue 14.6 (b): among paths of equal cost and moves, role IDs decide,
// from the start; a dead end elsewhere changes nothing.
func TestRoleIDsBreakTies(t *testing.T) {
	ts := []Transition{
		move("a", "c", 1), move("c", "f", 1), move("f", "z", 1),
		move("a", "e", 1), move("e", "b", 1), move("b", "z", 1),
	}
	for _, extra := range [][]Transition{nil, {move("a", "d", 1)}} {
		g := mustNew(t, append(slices.Clone(ts), extra...))
		for _, opts := range [][]Option{nil, {years}, {MaxMoves(3)}, {years, MaxMoves(3)}} {
			p, err := g.ShortestPath("a", "z", opts...)
			require.NoError(t, err)
			assert.Equal(t, ids("a c f z"), p.Roles(), "with %v", extra)
			ps, err := g.KShortestPaths("a", "z", 2, opts...)
			require.NoError(t, err)
			assert.Equal(t, [][]role.ID{ids("a c f z"), ids("a e b z")}, roles(ps))
		}
	}
	// Issue 14.6 (e): on a 4×4 grid of moves right and down (and, in the
	// second graph, left and up too), 1→12 is 1 2 3 4 8 12, the least
	// in ID order ("1" < "10" < "11" < "12" < "2" < ...).
	var grid, both []Transition
	for r := range 4 {
		for c := range 4 {
			n := 1 + 4*r + c
			at := role.ID(fmt.Sprint(n))
			if c < 3 {
				grid = append(grid, move(at, role.ID(fmt.Sprint(n+1)), 1))
				both = append(both, move(role.ID(fmt.Sprint(n+1)), at, 1))
			}
			if r < 3 {
				grid = append(grid, move(at, role.ID(fmt.Sprint(n+4)), 1))
				both = append(both, move(role.ID(fmt.Sprint(n+4)), at, 1))
			}
		}
	}
	unit := WeightBy(func(Transition) float64 { return 1 })
	for _, ts := range [][]Transition{grid, append(both, grid...)} {
		g := mustNew(t, ts)
		for _, opts := range [][]Option{nil, {unit}, {years}, {MaxMoves(5)}, {unit, MaxMoves(5)}} {
			p, err := g.ShortestPath("1", "12", opts...)
			require.NoError(t, err)
			assert.Equal(t, ids("1 2 3 4 8 12"), p.Roles())
			ps, err := g.KShortestPaths("1", "12", 3, opts...)
			require.NoError(t, err)
			assert.Equal(t, [][]role.ID{ids("1 2 3 4 8 12"), ids("1 2 3 7 11 12"), ids("1 2 3 7 8 12")}, roles(ps))
		}
	}
}

// Issue 14.6 (c): equal weights added in another order cost the same, so
// role IDs decide; a float64 sum gives 1.3000000000000003 against 1.3.
func TestSummationOrder(t *testing.T) {
	x, y, z := 0.4, 0.8, 0.1
	require.Equal(t, 1.3000000000000003, x+y+z, "float64 sums depend on the order")
	require.Equal(t, 1.3, z+y+x)
	w := WeightBy(func(t Transition) float64 { return t.Index })
	at := func(from, to role.ID, w float64) Transition {
		return Transition{From: from, To: to, Kind: Lateral, Index: w}
	}
	// The searches add weights from the start (forward) and from the end
	// (backward): whichever way the float64 sum favours the other path,
	// a b c z comes first by role IDs.
	for _, ws := range [][2][3]float64{{{x, y, z}, {z, y, x}}, {{z, y, x}, {x, y, z}}} {
		g := mustNew(t, []Transition{
			at("a", "b", ws[0][0]), at("b", "c", ws[0][1]), at("c", "z", ws[0][2]),
			at("a", "x", ws[1][0]), at("x", "y", ws[1][1]), at("y", "z", ws[1][2]),
		})
		for _, opts := range [][]Option{{w}, {w, MaxMoves(3)}} {
			p, err := g.ShortestPath("a", "z", opts...)
			require.NoError(t, err)
			assert.Equal(t, ids("a b c z"), p.Roles(), "weights %v", ws)
			ps, err := g.KShortestPaths("a", "z", 2, opts...)
			require.NoError(t, err)
			assert.Equal(t, [][]role.ID{ids("a b c z"), ids("a x y z")}, roles(ps))
			assert.Equal(t, ps[0].Cost(), ps[1].Cost(), "one cost, the float64 nearest the exact sum")
		}
	}
}

// Issue 14.6 (d): a least cost above MaxFloat64 is an error in every
// query; a finite path is preferred to one that overflows, and
// KShortestPaths lists the finite paths only, as ShortestPath answers.
func TestCostOverflow(t *testing.T) {
	big := WeightBy(func(t Transition) float64 { return t.Index })
	at := func(from, to role.ID, w float64) Transition {
		return Transition{From: from, To: to, Kind: Lateral, Index: w}
	}
	g := mustNew(t, []Transition{at("a", "b", math.MaxFloat64), at("b", "c", math.MaxFloat64)})
	for _, opts := range [][]Option{{big}, {big, MaxMoves(2)}, {big, MaxMoves(5)}} {
		_, err := g.ShortestPath("a", "c", opts...)
		var qe *QueryError
		require.ErrorAs(t, err, &qe)
		assert.Equal(t, "WeightBy", qe.What)
		assert.Contains(t, err.Error(), "largest float64")
		_, err = g.KShortestPaths("a", "c", 3, opts...)
		assert.ErrorIs(t, err, ErrBadQuery)
		p, err := g.ShortestPath("a", "b", opts...)
		require.NoError(t, err, "MaxFloat64 itself is a cost")
		assert.Equal(t, math.MaxFloat64, p.Cost())
	}
	g = mustNew(t, []Transition{
		at("a", "b", math.MaxFloat64), at("b", "c", math.MaxFloat64),
		at("a", "x", 1), at("x", "y", 1), at("y", "c", 1),
	})
	for _, opts := range [][]Option{{big}, {big, MaxMoves(3)}} {
		p, err := g.ShortestPath("a", "c", opts...)
		require.NoError(t, err)
		assert.Equal(t, ids("a x y c"), p.Roles())
		ps, err := g.KShortestPaths("a", "c", 1, opts...)
		require.NoError(t, err)
		assert.Len(t, ps, 1)
		ps, err = g.KShortestPaths("a", "c", 2, opts...)
		require.NoError(t, err, "the second path's cost overflows: it is not listed")
		require.Len(t, ps, 1)
		assert.Equal(t, ids("a x y c"), ps[0].Roles())
	}
}

// Issue 14.6 (f): a query calls the weight function only on moves it
// examines. ShortestPath does not reach the negative move d→e, and answers
// under the documented assumption that weights are >= 0; KShortestPaths
// examines it and refuses; CheckWeights finds it.
func TestNegativeWeightUnseen(t *testing.T) {
	g := mustNew(t, []Transition{
		move("a", "b", 1), move("b", "z", 1), move("a", "c", 1), move("c", "d", 1),
		move("d", "e", 1), move("e", "f", 1), move("f", "z", 1),
	})
	w := func(t Transition) float64 {
		if t.From == "d" && t.To == "e" {
			return -100
		}
		return t.Years
	}
	p, err := g.ShortestPath("a", "z", WeightBy(w))
	require.NoError(t, err)
	assert.Equal(t, ids("a b z"), p.Roles())
	_, err = g.KShortestPaths("a", "z", 2, WeightBy(w))
	var qe *QueryError
	require.ErrorAs(t, err, &qe)
	assert.Contains(t, qe.Why, `"d" -advancement-> "e"`)
	assert.Contains(t, qe.Why, "-100")
	err = g.CheckWeights(w)
	require.ErrorAs(t, err, &qe)
	assert.Contains(t, qe.Why, `"d" -advancement-> "e"`)
	assert.NoError(t, g.CheckWeights(func(t Transition) float64 { return t.Years }))
	assert.NoError(t, g.CheckWeights(nil), "nil is one per move")
	var nilGraph *Graph
	assert.NoError(t, nilGraph.CheckWeights(w))
	// A negative weight on the path itself is always seen.
	for _, opts := range [][]Option{nil, {MaxMoves(3)}} {
		_, err = g.ShortestPath("c", "f", append(opts, WeightBy(w))...)
		assert.ErrorIs(t, err, ErrBadQuery)
	}
}

// Issue 12.3: a move stated from both sides, as a lateral move of a and an
// entry of b, is one move of two kinds: one path, which says so, and one
// neighbour.
func TestParallelMovesAreOneMove(t *testing.T) {
	g := mustNew(t, []Transition{
		{From: "a", To: "b", Kind: Lateral, Years: 2},
		{From: "a", To: "b", Kind: Entry, Years: 1},
		{From: "b", To: "c", Kind: Advancement, Years: 1},
	}, WithTitles(map[role.ID]string{"a": "A", "b": "B", "c": "C"}))
	for _, opts := range [][]Option{nil, {years}, {MaxMoves(1)}, {years, MaxMoves(2)}} {
		ps, err := g.KShortestPaths("a", "b", 3, opts...)
		require.NoError(t, err)
		require.Len(t, ps, 1, "one move, not two paths")
		assert.Equal(t, "A → B (entry, lateral)", ps[0].String())
		assert.Equal(t, KindSetOf(Entry, Lateral), ps[0].Kinds(0))
		assert.Equal(t, Entry, ps[0].Steps()[0].Kind, "the cheaper kind, or the first")
	}
	// The move's cost is its least weight; Steps gives that transition.
	g2 := mustNew(t, []Transition{
		{From: "a", To: "b", Kind: Entry, Years: 3},
		{From: "a", To: "b", Kind: Lateral, Years: 1},
	})
	p, err := g2.ShortestPath("a", "b", years)
	require.NoError(t, err)
	assert.Equal(t, 1.0, p.Cost())
	assert.Equal(t, Lateral, p.Steps()[0].Kind)
	assert.Equal(t, 1.0, p.Steps()[0].Years)
	assert.Equal(t, "a → b (entry, lateral)", p.String())

	// The kinds shown are those the query allowed.
	p, err = g.ShortestPath("a", "c", OnlyKinds(Lateral, Advancement))
	require.NoError(t, err)
	assert.Equal(t, "A → B → C", p.String())
	assert.Equal(t, KindSetOf(Lateral), p.Kinds(0))
	assert.Equal(t, Lateral, p.Steps()[0].Kind)
	assert.Equal(t, KindSet(0), p.Kinds(2), "out of range")
	assert.Equal(t, KindSet(0), p.Kinds(-1), "out of range")
	p, err = g.ShortestPath("a", "c")
	require.NoError(t, err)
	assert.Equal(t, "A → B (entry, lateral) → C", p.String())

	// Neighbours: each role once, with its kinds; From and To keep the data.
	next := map[role.ID]KindSet{}
	for id, ks := range g.Next("a") {
		next[id] = ks
	}
	assert.Equal(t, map[role.ID]KindSet{"b": KindSetOf(Entry, Lateral)}, next)
	var prev []string
	for id, ks := range g.Prev("b") {
		prev = append(prev, fmt.Sprintf("%s %s", id, ks))
	}
	assert.Equal(t, []string{"a entry, lateral"}, prev)
	n := 0
	for range g.From("a") {
		n++
	}
	assert.Equal(t, 2, n, "From lists the stated transitions")
	for range g.Next("nope") {
		t.Fatal("an unknown role has no neighbours")
	}
	var nilGraph *Graph
	for range nilGraph.Prev("a") {
		t.Fatal("a nil graph has no neighbours")
	}

	// Reachable meets b once.
	var reached []role.ID
	for id := range g.Reachable("a") {
		reached = append(reached, id)
	}
	assert.Equal(t, ids("a b c"), reached)

	// A highlighted path draws both arrows of the move in red.
	var b bytes.Buffer
	require.NoError(t, g.WriteDOT(&b, Highlight(p)))
	assert.Equal(t, 2, strings.Count(b.String(), `"a" -> "b" [label=`))
	assert.Equal(t, 3, strings.Count(b.String(), "penwidth=3"))
}

// No two paths KShortestPaths lists read the same, on graphs full of
// moves stated as several kinds.
func TestAlternativesReadDifferently(t *testing.T) {
	for seed := range 30 {
		state := uint64(seed) + 11
		next := func(n int) int {
			state = state*6364136223846793005 + 1442695040888963407
			return int(state>>33) % n
		}
		ids := roleIDs[:6]
		ts := randomTransitions(next, ids, 60, weightTable)
		g := mustNew(t, ts, WithRoles(ids...))
		for _, opts := range [][]Option{nil, {years}, {MaxMoves(3)}} {
			ps, err := g.KShortestPaths(ids[0], ids[1], 40, opts...)
			if err != nil {
				require.ErrorIs(t, err, ErrNoPath)
				continue
			}
			seen := map[string]bool{}
			for _, p := range ps {
				assert.False(t, seen[p.String()], "%s listed twice", p)
				seen[p.String()] = true
			}
		}
	}
}

// Issue 12.15: New skips a nil option, as every other option consumer.
func TestNewSkipsNilOption(t *testing.T) {
	g, err := New([]Transition{move("a", "b", 1)}, nil, WithRoles("c"), nil)
	require.NoError(t, err)
	assert.True(t, g.Has("c"))
	p, err := g.ShortestPath("a", "b", nil, MaxMoves(1), nil)
	require.NoError(t, err)
	assert.Equal(t, 1, p.Moves())
	var b bytes.Buffer
	assert.NoError(t, g.WriteDOT(&b, nil))
}

// Issue 14.5: k is bounded by MaxK, and the work grows with k, not k².
func TestKBounds(t *testing.T) {
	g := mustNew(t, cyclic()["complete 30"])
	for _, k := range []int{0, -1, MaxK + 1, 1_000_000, math.MaxInt} {
		_, err := g.KShortestPaths("k000", "k029", k)
		var qe *QueryError
		require.ErrorAs(t, err, &qe, "k=%d", k)
		assert.Equal(t, "k", qe.What)
		assert.Contains(t, qe.Error(), fmt.Sprint(MaxK))
	}
	calls := 0
	counted := WeightBy(func(t Transition) float64 { calls++; return t.Years })
	work := map[int]int{}
	for _, k := range []int{MaxK / 10, MaxK} {
		calls = 0
		ps, err := g.KShortestPaths("k000", "k029", k, counted)
		require.NoError(t, err)
		require.Len(t, ps, k, "the complete graph has far more paths than MaxK")
		for i := 1; i < len(ps); i++ {
			require.LessOrEqual(t, comparePaths(ps[i-1], ps[i]), 0, "in order")
			require.False(t, ps[i-1].Equal(ps[i]))
		}
		work[k] = calls
	}
	// Ten times the paths cost about ten times the weight calls (they were
	// quadratic: Yen compared each new root with every path listed).
	assert.Less(t, work[MaxK], 20*work[MaxK/10], "weight calls: %v", work)
	t.Logf("weight calls for k paths: %v", work)
}

// Repeated weighted queries with ties and MaxMoves give the same, least
// path every time.
func TestRepeatedQueriesWithTies(t *testing.T) {
	var ts []Transition
	mids := ids("m5 m1 m4 m2 m3 m0")
	for _, m := range mids {
		ts = append(ts, move("s", m, 1), move(m, "t", 1))
	}
	g := mustNew(t, ts)
	for _, opts := range [][]Option{{years, MaxMoves(2)}, {years, MaxMoves(3)}, {years}, nil, {MaxMoves(2)}} {
		for range 50 {
			p, err := g.ShortestPath("s", "t", opts...)
			require.NoError(t, err)
			require.Equal(t, ids("s m0 t"), p.Roles())
			ps, err := g.KShortestPaths("s", "t", 3, opts...)
			require.NoError(t, err)
			require.Equal(t, [][]role.ID{ids("s m0 t"), ids("s m1 t"), ids("s m2 t")}, roles(ps))
		}
	}
}

// Which of several equal-cost weighted paths comes back: the least in
// role-ID order, wherever the tie lies (near the start, the middle or the
// end; before or after the searches meet).
func TestWeightedTiesAnywhere(t *testing.T) {
	chain := func(prefix string, n int) (ts []Transition, first, last role.ID) {
		for i := range n {
			ts = append(ts, move(role.ID(fmt.Sprintf("%s%d", prefix, i)), role.ID(fmt.Sprintf("%s%d", prefix, i+1)), 1))
		}
		return ts, role.ID(prefix + "0"), role.ID(fmt.Sprintf("%s%d", prefix, n))
	}
	for _, before := range []int{0, 1, 3, 6} {
		for _, after := range []int{0, 1, 3, 6} {
			head, s, h := chain("h", before)
			tail, t0, e := chain("t", after)
			ts := append(head, tail...)
			// A diamond h → {x, w} → t0 with equal costs, and a third way
			// round of equal cost but one more move.
			ts = append(ts, move(h, "x", 2), move("x", t0, 1), move(h, "w", 1), move("w", t0, 2),
				move(h, "p", 1), move("p", "q", 1), move("q", t0, 1))
			g := mustNew(t, ts)
			want := append(append(slices.Clone(mustRoles(t, g, s, h)), "w"), mustRoles(t, g, t0, e)...)
			for _, opts := range [][]Option{{years}, {years, MaxMoves(before + after + 2)}} {
				for _, from := range []role.ID{s} {
					p, err := g.ShortestPath(from, e, opts...)
					require.NoError(t, err)
					assert.Equal(t, want, p.Roles(), "before=%d after=%d %d options", before, after, len(opts))
				}
				ps, err := g.KShortestPaths(s, e, 3, years)
				require.NoError(t, err)
				require.Len(t, ps, 3)
				assert.Equal(t, want, ps[0].Roles())
				assert.Equal(t, "x", string(ps[1].Roles()[before+1]))
				assert.Equal(t, "p", string(ps[2].Roles()[before+1]), "same cost, one more move: last")
			}
		}
	}
}

// mustRoles returns the roles of the fewest-moves path from a to b.
func mustRoles(t *testing.T, g *Graph, a, b role.ID) []role.ID {
	t.Helper()
	p, err := g.ShortestPath(a, b)
	require.NoError(t, err)
	return p.Roles()
}

func TestKindSet(t *testing.T) {
	s := KindSetOf(Lateral, Entry, Kind(9), Lateral)
	assert.Equal(t, 2, s.Len())
	assert.True(t, s.Has(Entry))
	assert.False(t, s.Has(Advancement))
	assert.False(t, s.Has(Kind(0)))
	assert.Equal(t, "entry, lateral", s.String())
	assert.Equal(t, []Kind{Entry, Lateral}, slices.Collect(s.All()))
	assert.Equal(t, "", KindSet(0).String())
	for range KindSetOf(Kinds[:]...).All() {
		break
	}
}

func TestPathEqual(t *testing.T) {
	g := mustNew(t, []Transition{
		{From: "a", To: "b", Kind: Lateral, Years: 1}, {From: "a", To: "b", Kind: Entry, Years: 2},
	})
	p, err := g.ShortestPath("a", "b")
	require.NoError(t, err)
	q, err := g.ShortestPath("a", "b", years)
	require.NoError(t, err)
	assert.NotEqual(t, p.Steps()[0].Kind, q.Steps()[0].Kind)
	assert.True(t, p.Equal(q), "the same roles")
	r, err := g.ShortestPath("a", "a")
	require.NoError(t, err)
	assert.False(t, p.Equal(r))
	g2 := mustNew(t, []Transition{{From: "a", To: "b", Kind: Lateral}})
	p2, err := g2.ShortestPath("a", "b")
	require.NoError(t, err)
	assert.False(t, p.Equal(p2), "paths of different graphs")
}

// tieGraph builds a graph whose tie between two equal-cost ways lies deep
// inside one of the two searches of a bidirectional query: the other end
// has a fan of 20 dead-end roles, which makes its frontier the larger, so
// that the searches meet far from the tie. The two ways are s→hi→v and
// s→lo→v ("hi" and "lo" name the second role's place in ID order), each
// preceded by a role named so that the way through the larger second role
// has the smaller first role, or not.
//
// In the forward variant the tie is near the start (roles tied at v, then
// a chain to t). In the backward variant it is near the end: v→lo→t and
// v→hi→t tie, after a chain from s to v.
func tieGraph(forward, crossed bool) (ts []Transition, want []role.ID) {
	a, b := role.ID("a1"), role.ID("b1") // first roles of the two ways
	if crossed {
		a, b = b, a // the way through "lo" starts with the larger role
	}
	if forward {
		ts = []Transition{
			move("s", a, 1), move(a, "lo", 1), move("lo", "v", 1),
			move("s", b, 1), move(b, "up", 1), move("up", "v", 1),
			move("v", "c1", 1), move("c1", "c2", 1), move("c2", "c3", 1), move("c3", "t", 1),
		}
		for i := range 20 {
			ts = append(ts, move(role.ID(fmt.Sprintf("d%02d", i)), "t", 1))
		}
		first := "a1"
		mid := map[bool]string{false: "lo", true: "up"}[crossed]
		return ts, ids("s " + first + " " + mid + " v c1 c2 c3 t")
	}
	ts = []Transition{
		move("s", "c1", 1), move("c1", "c2", 1), move("c2", "c3", 1), move("c3", "v", 1),
		move("v", "lo", 1), move("lo", a, 1), move(a, "t", 1),
		move("v", "up", 1), move("up", b, 1), move(b, "t", 1),
	}
	for i := range 20 {
		ts = append(ts, move("s", role.ID(fmt.Sprintf("d%02d", i)), 1))
	}
	// From v the next role decides: "lo".
	return ts, ids("s c1 c2 c3 v lo " + string(a) + " t")
}

// Ties settled inside one search, not where the searches meet: the
// forward search must keep the least path from the start (whichever of the
// tied roles it settles first), the backward search the least next role.
func TestTiesInsideOneSearch(t *testing.T) {
	for _, forward := range []bool{true, false} {
		for _, crossed := range []bool{false, true} {
			ts, want := tieGraph(forward, crossed)
			g := mustNew(t, ts)
			for _, opts := range [][]Option{nil, {years}, {years, MaxMoves(8)}, {MaxMoves(8)}} {
				p, err := g.ShortestPath("s", "t", opts...)
				require.NoError(t, err)
				assert.Equal(t, want, p.Roles(), "forward=%v crossed=%v %d options", forward, crossed, len(opts))
				ps, err := g.KShortestPaths("s", "t", 2, opts...)
				require.NoError(t, err)
				assert.Equal(t, want, ps[0].Roles())
				assert.NotEqual(t, want, ps[1].Roles())
			}
		}
	}
}

// In the rounds of a weighted query with MaxMoves, a role's label may be
// replaced by a cheaper walk from a later role; a tie at the next round
// must still go to the least walk, not the label met first.
func TestRoundsTieAfterReplacement(t *testing.T) {
	g := mustNew(t, []Transition{
		move("s", "a", 1), move("s", "b", 1),
		move("a", "x", 5), move("a", "y", 1), move("b", "x", 1),
		move("x", "t", 1), move("y", "t", 1),
	}, WithRoles("u1", "u2", "u3"))
	for _, opts := range [][]Option{{years, MaxMoves(3)}, {years}, {years, MaxMoves(4)}} {
		p, err := g.ShortestPath("s", "t", opts...)
		require.NoError(t, err)
		assert.Equal(t, ids("s a y t"), p.Roles())
		ps, err := g.KShortestPaths("s", "t", 3, opts...)
		require.NoError(t, err)
		assert.Equal(t, [][]role.ID{ids("s a y t"), ids("s b x t"), ids("s a x t")}, roles(ps))
	}
}

// A MaxMoves past the number of roles bounds nothing a simple path could
// use: the rounds of a weighted query stop, and the answer is the
// unbounded one, even with cycles of zero weight.
func TestHugeMaxMoves(t *testing.T) {
	ts := slices.Clone(cyclic()["complete 30"])
	ts = append(ts, Transition{From: "k000", To: "z", Kind: Lateral}, Transition{From: "z", To: "k000", Kind: Lateral})
	g := mustNew(t, ts)
	want, err := g.KShortestPaths("k001", "k029", 5, years)
	require.NoError(t, err)
	got, err := g.KShortestPaths("k001", "k029", 5, years, MaxMoves(math.MaxInt32))
	require.NoError(t, err)
	assert.Equal(t, roles(want), roles(got))
}
