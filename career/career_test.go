package career

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/role"
)

// TestReachableAgainstBFS checks Reachable against the reference model:
// every reachable role once, nearest first, and roles at one distance in
// the order of their least paths.
func TestReachableAgainstBFS(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		n := 2 + r.IntN(len(roleIDs)-1)
		ids := roleIDs[:n]
		ts := randomTransitions(r.IntN, ids, r.IntN(3*n*n), weightTable)
		g, err := New(ts, WithRoles(ids...))
		require.NoError(t, err)
		q := refQuery{maxMoves: -1}
		if r.IntN(2) == 0 {
			q.maxMoves = r.IntN(3)
		}
		if r.IntN(2) == 0 {
			q.kinds = KindSetOf(Advancement, Entry)
		}
		if r.IntN(4) == 0 {
			q.avoid = []role.ID{ids[r.IntN(n)]}
		}
		a := ids[r.IntN(n)]
		type reached struct {
			id    role.ID
			moves int
			least []role.ID
		}
		var want []reached
		for _, b := range ids {
			if ps := refPaths(ts, a, b, q); len(ps) > 0 {
				want = append(want, reached{b, len(ps[0].roles) - 1, ps[0].roles})
			}
		}
		slices.SortFunc(want, func(x, y reached) int {
			return cmp.Or(cmp.Compare(x.moves, y.moves), slices.Compare(x.least, y.least))
		})
		var got []reached
		for id, d := range g.Reachable(a, q.options()...) {
			got = append(got, reached{id: id, moves: d})
		}
		for i := range want {
			want[i].least = nil
		}
		assert.Equal(t, want, got, "from %s %s", a, q)
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
		{"negative role weight", func() error {
			_, err := g.ShortestPath("a", "c", WeightByRole(func(role.ID) float64 { return -1 }))
			return err
		}()},
		{"infinite role weight in k-shortest", func() error {
			_, err := g.KShortestPaths("a", "c", 2, WeightByRole(func(role.ID) float64 { return math.Inf(1) }))
			return err
		}()},
		{"NaN role weight with MaxMoves", func() error {
			_, err := g.ShortestPath("a", "c", MaxMoves(3), WeightByRole(func(role.ID) float64 { return math.NaN() }))
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

// TestNewReportsLaterRepeat checks which of two transitions that differ
// only in weights New reports: the later one, naming the earlier.
func TestNewReportsLaterRepeat(t *testing.T) {
	ts := []Transition{
		{From: "a", To: "b", Kind: Lateral, Years: 2},
		{From: "a", To: "c", Kind: Lateral, Years: 1},
		{From: "a", To: "b", Kind: Lateral, Years: 2},
		{From: "a", To: "b", Kind: Lateral, Years: 1},
	}
	_, err := New(ts)
	var te *TransitionError
	require.ErrorAs(t, err, &te)
	assert.Equal(t, 3, te.Index)
	assert.Equal(t, ts[3], te.Transition)
	assert.Contains(t, te.Error(), `transition 3 ("a" -lateral-> "b"): invalid transition: it repeats transition 0, the same move with different weights`)
}
