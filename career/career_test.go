package career

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/role"
)

// randomGraph builds a small random graph; parallel edges of different
// kinds and cycles are allowed.
func randomGraph(r *rand.Rand, n int, density float64) ([]Transition, *Graph) {
	var ts []Transition
	for i := range n {
		for j := range n {
			if i == j {
				continue
			}
			for _, k := range Kinds {
				if r.Float64() < density/3 {
					ts = append(ts, Transition{
						From: role.ID(fmt.Sprintf("r%d", i)), To: role.ID(fmt.Sprintf("r%d", j)),
						Kind: k, Years: float64(r.IntN(5)),
					})
				}
			}
		}
	}
	ids := make([]role.ID, n)
	for i := range ids {
		ids[i] = role.ID(fmt.Sprintf("r%d", i))
	}
	g, err := New(ts, WithRoles(ids...))
	if err != nil {
		panic(err)
	}
	return ts, g
}

type refQuery struct {
	kinds    map[Kind]bool
	maxMoves int
	avoid    map[role.ID]bool
	weighted bool
}

// allPaths enumerates every simple path from a to b that the query admits,
// with its cost.
func allPaths(ts []Transition, a, b role.ID, q refQuery) [][]Transition {
	var out [][]Transition
	var walk func(at role.ID, seen map[role.ID]bool, path []Transition)
	walk = func(at role.ID, seen map[role.ID]bool, path []Transition) {
		if at == b {
			out = append(out, slices.Clone(path))
			return
		}
		if q.maxMoves >= 0 && len(path) >= q.maxMoves {
			return
		}
		for _, t := range ts {
			if t.From != at || seen[t.To] || q.avoid[t.To] || (q.kinds != nil && !q.kinds[t.Kind]) {
				continue
			}
			seen[t.To] = true
			walk(t.To, seen, append(path, t))
			delete(seen, t.To)
		}
	}
	if q.avoid[a] || q.avoid[b] {
		return nil
	}
	walk(a, map[role.ID]bool{a: true}, nil)
	return out
}

func weightOf(t Transition) float64 { return t.Years + 0.5 }

func costOf(p []Transition, weighted bool) float64 {
	if !weighted {
		return float64(len(p))
	}
	c := 0.0
	for _, t := range p {
		c += weightOf(t)
	}
	return c
}

func (q refQuery) options() []Option {
	var opts []Option
	if q.kinds != nil {
		var ks []Kind
		for k, ok := range q.kinds {
			if ok {
				ks = append(ks, k)
			}
		}
		opts = append(opts, OnlyKinds(ks...))
	}
	if q.maxMoves >= 0 {
		opts = append(opts, MaxMoves(q.maxMoves))
	}
	for id := range q.avoid {
		opts = append(opts, Avoid(id))
	}
	if q.weighted {
		opts = append(opts, WeightBy(weightOf))
	}
	return opts
}

func checkPath(t *testing.T, p Path, a, b role.ID, q refQuery) {
	t.Helper()
	roles := p.Roles()
	require.Equal(t, a, roles[0])
	require.Equal(t, b, roles[len(roles)-1])
	assert.Len(t, slices.Compact(slices.Sorted(slices.Values(roles))), len(roles), "loopless")
	steps := p.Steps()
	assert.Equal(t, p.Moves(), len(steps))
	for i, s := range steps {
		assert.Equal(t, roles[i], s.From)
		assert.Equal(t, roles[i+1], s.To)
		if q.kinds != nil {
			assert.True(t, q.kinds[s.Kind])
		}
		if i > 0 {
			assert.False(t, q.avoid[s.From])
		}
	}
	if q.maxMoves >= 0 {
		assert.LessOrEqual(t, p.Moves(), q.maxMoves)
	}
	assert.InDelta(t, costOf(steps, q.weighted), p.Cost(), 1e-9)
}

func TestAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	withPath := 0
	defer func() {
		assert.Greater(t, withPath, 100, "most trials should have a path, or the test proves little")
	}()
	for trial := range 300 {
		n := 2 + r.IntN(6)
		ts, g := randomGraph(r, n, 0.15+r.Float64()*0.5)
		q := refQuery{maxMoves: -1, weighted: r.IntN(2) == 0}
		if r.IntN(3) == 0 {
			q.kinds = map[Kind]bool{}
			for _, k := range Kinds {
				if r.IntN(2) == 0 {
					q.kinds[k] = true
				}
			}
		}
		if r.IntN(3) == 0 {
			q.maxMoves = r.IntN(4)
		}
		if r.IntN(3) == 0 {
			q.avoid = map[role.ID]bool{role.ID(fmt.Sprintf("r%d", r.IntN(n))): true}
		}
		a := role.ID(fmt.Sprintf("r%d", r.IntN(n)))
		b := role.ID(fmt.Sprintf("r%d", r.IntN(n)))
		name := fmt.Sprintf("trial%d/%s-%s/%+v", trial, a, b, q)
		ref := allPaths(ts, a, b, q)
		costs := make([]float64, len(ref))
		for i, p := range ref {
			costs[i] = costOf(p, q.weighted)
		}
		sort.Float64s(costs)

		p, err := g.ShortestPath(a, b, q.options()...)
		if len(ref) == 0 {
			require.ErrorIs(t, err, ErrNoPath, name)
			var npe *NoPathError
			require.ErrorAs(t, err, &npe)
			assert.Equal(t, a, npe.From)
			continue
		}
		require.NoError(t, err, name)
		withPath++
		checkPath(t, p, a, b, q)
		assert.InDelta(t, costs[0], p.Cost(), 1e-9, name)

		k := 1 + r.IntN(6)
		ps, err := g.KShortestPaths(a, b, k, q.options()...)
		require.NoError(t, err, name)
		require.Len(t, ps, min(k, len(ref)), name)
		assert.True(t, ps[0].Equal(p), "first of k equals ShortestPath: %s", name)
		for i, kp := range ps {
			checkPath(t, kp, a, b, q)
			assert.InDelta(t, costs[i], kp.Cost(), 1e-9, "%s: path %d", name, i)
			for _, other := range ps[:i] {
				assert.False(t, kp.Equal(other), "distinct")
			}
		}
	}
}

func TestReachableAgainstBFS(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		n := 2 + r.IntN(8)
		ts, g := randomGraph(r, n, r.Float64()*0.5)
		q := refQuery{maxMoves: -1}
		if r.IntN(2) == 0 {
			q.maxMoves = r.IntN(3)
		}
		if r.IntN(2) == 0 {
			q.kinds = map[Kind]bool{Advancement: true, Entry: true}
		}
		a := role.ID(fmt.Sprintf("r%d", r.IntN(n)))
		want := map[role.ID]int{}
		for i := range n {
			b := role.ID(fmt.Sprintf("r%d", i))
			best := math.MaxInt
			for _, p := range allPaths(ts, a, b, q) {
				best = min(best, len(p))
			}
			if best < math.MaxInt {
				want[b] = best
			}
		}
		got := map[role.ID]int{}
		last := 0
		for id, d := range g.Reachable(a, q.options()...) {
			assert.GreaterOrEqual(t, d, last, "nearest first")
			last = d
			got[id] = d
		}
		assert.Equal(t, want, got)
	}
}

func TestErrors(t *testing.T) {
	g, err := New([]Transition{{From: "a", To: "b", Kind: Advancement}, {From: "b", To: "c", Kind: Lateral}}, WithRoles("lonely"))
	require.NoError(t, err)

	_, err = g.ShortestPath("nope", "b")
	var re *RoleError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, role.ID("nope"), re.ID)
	assert.ErrorIs(t, err, ErrUnknownRole)
	_, err = g.ShortestPath("a", "nope")
	assert.ErrorIs(t, err, ErrUnknownRole)

	_, err = g.ShortestPath("a", "lonely")
	assert.ErrorIs(t, err, ErrNoPath)
	_, err = g.ShortestPath("c", "a")
	assert.ErrorIs(t, err, ErrNoPath)
	_, err = g.ShortestPath("a", "c", OnlyKinds(Advancement))
	assert.ErrorIs(t, err, ErrNoPath)
	_, err = g.ShortestPath("a", "c", MaxMoves(1))
	assert.ErrorIs(t, err, ErrNoPath)
	_, err = g.ShortestPath("a", "c", Avoid("b"))
	assert.ErrorIs(t, err, ErrNoPath)
	_, err = g.ShortestPath("a", "c", Avoid("a"))
	assert.ErrorIs(t, err, ErrNoPath)

	for _, tc := range []struct {
		name string
		err  error
	}{
		{"negative MaxMoves", func() error { _, err := g.ShortestPath("a", "c", MaxMoves(-1)); return err }()},
		{"bad kind", func() error { _, err := g.ShortestPath("a", "c", OnlyKinds(Kind(9))); return err }()},
		{"k=0", func() error { _, err := g.KShortestPaths("a", "c", 0); return err }()},
		{"negative weight", func() error {
			_, err := g.ShortestPath("a", "c", WeightBy(func(Transition) float64 { return -1 }))
			return err
		}()},
		{"NaN weight", func() error {
			_, err := g.ShortestPath("a", "c", WeightBy(func(Transition) float64 { return math.NaN() }))
			return err
		}()},
		{"NaN weight with MaxMoves", func() error {
			_, err := g.ShortestPath("a", "c", MaxMoves(3), WeightBy(func(Transition) float64 { return math.NaN() }))
			return err
		}()},
	} {
		var qe *QueryError
		assert.ErrorAs(t, tc.err, &qe, tc.name)
		assert.ErrorIs(t, tc.err, ErrBadQuery, tc.name)
	}

	p, err := g.ShortestPath("b", "b")
	require.NoError(t, err)
	assert.Equal(t, []role.ID{"b"}, p.Roles())
	assert.Zero(t, p.Moves())

	var nilGraph *Graph
	_, err = nilGraph.ShortestPath("a", "b")
	assert.ErrorIs(t, err, ErrUnknownRole)
	for range nilGraph.Reachable("a") {
		t.Fatal("nil graph reaches nothing")
	}
}

func TestNewRejects(t *testing.T) {
	for _, ts := range [][]Transition{
		{{From: "a", To: "a", Kind: Lateral}},
		{{From: "", To: "a", Kind: Lateral}},
		{{From: "a", To: "b"}},
		{{From: "a", To: "b", Kind: Lateral, Years: -1}},
		{{From: "a", To: "b", Kind: Lateral, Index: math.NaN()}},
		{{From: "a", To: "b", Kind: Lateral, Years: 1}, {From: "a", To: "b", Kind: Lateral, Years: 2}},
	} {
		_, err := New(ts)
		assert.ErrorIs(t, err, ErrInvalidTransition, "%v", ts)
	}
	g, err := New([]Transition{{From: "a", To: "b", Kind: Lateral}, {From: "a", To: "b", Kind: Lateral}})
	require.NoError(t, err)
	assert.Equal(t, 1, g.Size(), "exact duplicates merge")
}

func TestConcurrentQueries(t *testing.T) {
	g := generate(sizeS)
	ids := slices.Collect(g.Roles())
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := range 16 {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(uint64(w), 9))
			for range 200 {
				a, b := ids[r.IntN(len(ids))], ids[r.IntN(len(ids))]
				p1, err1 := g.ShortestPath(a, b)
				p2, err2 := g.ShortestPath(a, b)
				if (err1 == nil) != (err2 == nil) || (err1 == nil && !p1.Equal(p2)) {
					errs <- fmt.Errorf("%s→%s: answers differ", a, b)
					return
				}
				if _, err := g.KShortestPaths(a, b, 3, WeightBy(func(t Transition) float64 { return t.Years })); err != nil && !errors.Is(err, ErrNoPath) {
					errs <- err
					return
				}
				for range g.Reachable(a, MaxMoves(2)) {
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestZeroPath(t *testing.T) {
	var p Path
	assert.True(t, p.IsZero())
	assert.Nil(t, p.Roles())
	assert.Nil(t, p.Steps())
	assert.Zero(t, p.Moves())
	assert.Equal(t, "", p.String())
	assert.Equal(t, role.ID(""), p.From())
	for range p.All() {
		t.Fatal("zero path has no moves")
	}
}

func TestLongPathBeyondInline(t *testing.T) {
	var ts []Transition
	for i := range 20 {
		ts = append(ts, Transition{From: role.ID(fmt.Sprintf("r%02d", i)), To: role.ID(fmt.Sprintf("r%02d", i+1)), Kind: Advancement})
	}
	g, err := New(ts)
	require.NoError(t, err)
	p, err := g.ShortestPath("r00", "r20")
	require.NoError(t, err)
	assert.Equal(t, 20, p.Moves())
	assert.Equal(t, role.ID("r20"), p.To())
	assert.Len(t, p.Steps(), 20)
	assert.Equal(t, "r00 → r01", p.String()[:len("r00 → r01")], "IDs stand in for missing titles")
}

func TestKindText(t *testing.T) {
	for _, k := range Kinds {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var back Kind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
	}
	var k Kind
	assert.ErrorIs(t, k.UnmarshalText([]byte("sideways")), ErrUnknownKind)
	_, err := Kind(0).MarshalText()
	assert.ErrorIs(t, err, ErrUnknownKind)
}
