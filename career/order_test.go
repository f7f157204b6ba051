package career

import (
	"cmp"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/role"
)

// refQuery is a query as the reference model sees it.
type refQuery struct {
	kinds    KindSet // 0: all kinds
	maxMoves int     // -1: unbounded
	avoid    []role.ID
	weight   func(Transition) float64 // nil: count moves
	// field, when not 0, is the column weight is the function of: the
	// queries then run a second time with WeightByYears or WeightByIndex,
	// which must answer exactly as WeightBy(weight) does.
	field weightField
	// toWeight, when not nil, is the weight of a move into a role, which
	// weight is then a function of: the queries run a second time with
	// WeightByRole(toWeight), which must answer exactly as WeightBy does.
	toWeight func(role.ID) float64
}

func (q refQuery) options() []Option {
	var opts []Option
	if q.kinds != 0 {
		opts = append(opts, OnlyKinds(slices.Collect(q.kinds.All())...))
	}
	if q.maxMoves >= 0 {
		opts = append(opts, MaxMoves(q.maxMoves))
	}
	if len(q.avoid) > 0 {
		opts = append(opts, Avoid(q.avoid...))
	}
	if q.weight != nil {
		opts = append(opts, WeightBy(q.weight))
	}
	return opts
}

// variants returns the option lists that must answer q: q.options(), and
// the same with the column option in place of WeightBy when q has one.
func (q refQuery) variants() [][]Option {
	out := [][]Option{q.options()}
	if q.field != 0 {
		col := q
		col.weight = nil
		opt := WeightByYears()
		if q.field == fieldIndex {
			opt = WeightByIndex()
		}
		out = append(out, append(col.options(), opt))
	}
	if q.toWeight != nil {
		col := q
		col.weight = nil
		out = append(out, append(col.options(), WeightByRole(q.toWeight)))
	}
	return out
}

// withRoleWeights makes q weigh a move by the role it enters, from table.
func (q *refQuery) withRoleWeights(table []float64) {
	q.toWeight = func(id role.ID) float64 {
		h := 0
		for _, c := range []byte(id) {
			h = h*31 + int(c)
		}
		return table[h%len(table)]
	}
	q.weight = func(t Transition) float64 { return q.toWeight(t.To) }
	q.field = 0
}

func (q refQuery) String() string {
	return fmt.Sprintf("kinds=%q max=%d avoid=%v weighted=%v field=%d by-role=%v", q.kinds, q.maxMoves, q.avoid, q.weight != nil, q.field, q.toWeight != nil)
}

// refMove is one move of the reference model: every transition stated
// between two roles, of the kinds the query allows.
type refMove struct {
	kinds KindSet
	cost  *big.Rat // the least weight among them, exactly
	w     float64
}

// refPath is a path of the reference model, with its exact cost.
type refPath struct {
	roles []role.ID
	kinds []KindSet
	cost  *big.Rat
}

// float is the float64 nearest the exact cost (+Inf past MaxFloat64).
func (p refPath) float() float64 { f, _ := p.cost.Float64(); return f }

// refPaths lists every simple path from a to b that q admits, in the
// documented order: by exact cost, then moves, then role IDs one by one.
// It knows nothing of the package's searches: it enumerates.
func refPaths(ts []Transition, a, b role.ID, q refQuery) []refPath {
	moves := map[role.ID]map[role.ID]*refMove{}
	for _, t := range ts {
		if q.kinds != 0 && !q.kinds.Has(t.Kind) {
			continue
		}
		w := 1.0
		if q.weight != nil {
			w = q.weight(t)
		}
		if moves[t.From] == nil {
			moves[t.From] = map[role.ID]*refMove{}
		}
		m := moves[t.From][t.To]
		if m == nil {
			m = &refMove{cost: new(big.Rat).SetFloat64(w), w: w}
			moves[t.From][t.To] = m
		} else if w < m.w {
			m.cost.SetFloat64(w)
			m.w = w
		}
		m.kinds |= KindSetOf(t.Kind)
	}
	avoided := func(id role.ID) bool { return slices.Contains(q.avoid, id) }
	if avoided(a) || avoided(b) {
		return nil
	}
	var out []refPath
	var walk func(path []role.ID, ks []KindSet, c *big.Rat)
	walk = func(path []role.ID, ks []KindSet, c *big.Rat) {
		at := path[len(path)-1]
		if at == b {
			out = append(out, refPath{roles: slices.Clone(path), kinds: slices.Clone(ks), cost: new(big.Rat).Set(c)})
			return
		}
		if q.maxMoves >= 0 && len(path)-1 >= q.maxMoves {
			return
		}
		for to, m := range moves[at] {
			if slices.Contains(path, to) || avoided(to) {
				continue
			}
			walk(append(path, to), append(ks, m.kinds), new(big.Rat).Add(c, m.cost))
		}
	}
	walk([]role.ID{a}, nil, new(big.Rat))
	slices.SortFunc(out, func(x, y refPath) int {
		return cmp.Or(x.cost.Cmp(y.cost), cmp.Compare(len(x.roles), len(y.roles)), slices.Compare(x.roles, y.roles))
	})
	return out
}

// checkQuery runs ShortestPath and KShortestPaths for q, with each of its
// variants of options, and compares them with the reference model. It
// reports whether a path exists.
func checkQuery(t *testing.T, g *Graph, ts []Transition, a, b role.ID, k int, q refQuery) bool {
	t.Helper()
	ref := refPaths(ts, a, b, q)
	for v, opts := range q.variants() {
		checkOptions(t, g, a, b, k, opts, ref, fmt.Sprintf("%s→%s k=%d %s variant %d", a, b, k, q, v))
	}
	return len(ref) > 0
}

// checkOptions compares ShortestPath and KShortestPaths under opts with
// the reference paths ref.
func checkOptions(t *testing.T, g *Graph, a, b role.ID, k int, opts []Option, ref []refPath, name string) {
	t.Helper()
	p, err := g.ShortestPath(a, b, opts...)
	switch {
	case len(ref) == 0:
		require.ErrorIs(t, err, ErrNoPath, name)
		var npe *NoPathError
		require.ErrorAs(t, err, &npe, name)
		assert.Equal(t, a, npe.From, name)
	case math.IsInf(ref[0].float(), 1):
		require.ErrorIs(t, err, ErrBadQuery, "%s: the least cost overflows", name)
	default:
		require.NoError(t, err, name)
		samePath(t, ref[0], p, name+": ShortestPath")
	}

	ps, err := g.KShortestPaths(a, b, k, opts...)
	want := ref[:min(k, len(ref))]
	// Paths whose cost overflows are not answers: the list stops before
	// the first, and the query fails when that is the least.
	if i := slices.IndexFunc(want, func(p refPath) bool { return math.IsInf(p.float(), 1) }); i >= 0 {
		want = want[:i]
	}
	switch {
	case len(ref) == 0:
		require.ErrorIs(t, err, ErrNoPath, name)
		return
	case len(want) == 0:
		require.ErrorIs(t, err, ErrBadQuery, "%s: the least cost overflows", name)
		return
	}
	require.NoError(t, err, name)
	require.Len(t, ps, len(want), "%s: %v", name, ps)
	for i := range want {
		samePath(t, want[i], ps[i], fmt.Sprintf("%s: path %d", name, i))
	}
	if len(ps) > 0 && err == nil && !math.IsInf(ref[0].float(), 1) {
		assert.True(t, ps[0].Equal(p), "%s: the first of k is ShortestPath's", name)
	}
}

// samePath checks that p is the reference path want: same roles, same
// cost, each move's kinds and the transition standing for it.
func samePath(t *testing.T, want refPath, p Path, name string) {
	t.Helper()
	if !assert.Equal(t, want.roles, p.Roles(), name) {
		return
	}
	assert.Equal(t, want.float(), p.Cost(), "%s: cost", name)
	assert.Equal(t, len(want.roles)-1, p.Moves(), name)
	assert.Equal(t, want.roles[0], p.From(), name)
	assert.Equal(t, want.roles[len(want.roles)-1], p.To(), name)
	for i, s := range p.Steps() {
		assert.Equal(t, want.roles[i], s.From, name)
		assert.Equal(t, want.roles[i+1], s.To, name)
		assert.Equal(t, want.kinds[i], p.Kinds(i), "%s: kinds of move %d", name, i)
		assert.True(t, want.kinds[i].Has(s.Kind), "%s: move %d is of an allowed kind", name, i)
	}
}

// weightTable is the weights the random graphs draw from: decimal
// fractions whose float64 sums depend on the order of addition, zeros, and
// whole numbers.
var weightTable = []float64{0, 0.1, 0.2, 0.3, 0.4, 0.7, 0.8, 1, 1.3, 2}

// hugeTable adds weights whose sums overflow.
var hugeTable = []float64{0, 1, 2, math.MaxFloat64, math.MaxFloat64 / 2, 1}

func byYearsRef(t Transition) float64 { return t.Years }
func byIndexRef(t Transition) float64 { return t.Index }

// randomTransitions builds m transitions between the roles ids, each from
// four draws of next (from, to, kind, weight); a move from a role to
// itself or one drawn twice is dropped. Parallel moves of different kinds
// and cycles are allowed. Years is the weight drawn and Index the one
// three places further on in the table (wrapping round).
func randomTransitions(next func(int) int, ids []role.ID, m int, table []float64) []Transition {
	var ts []Transition
	seen := map[[3]int]bool{}
	for range m {
		i, j, k := next(len(ids)), next(len(ids)), next(3)
		if i == j || seen[[3]int{i, j, k}] {
			continue
		}
		seen[[3]int{i, j, k}] = true
		w := next(len(table))
		ts = append(ts, Transition{From: ids[i], To: ids[j], Kind: Kinds[k], Years: table[w], Index: table[(w+3)%len(table)]})
	}
	return ts
}

// dumpTransitions formats transitions with their weights, for a failure.
func dumpTransitions(ts []Transition) string {
	var b strings.Builder
	for _, t := range ts {
		fmt.Fprintf(&b, "{%q, %q, %s, %v, %v} ", t.From, t.To, t.Kind, t.Years, t.Index)
	}
	return b.String()
}

// roleIDs are role names whose byte order differs from their order of
// creation, so that an index confused with an ID shows.
var roleIDs = []role.ID{"m", "b", "x", "a", "q", "c", "z", "k"}

// FuzzPathOrder builds a small graph and a query from the input and checks
// ShortestPath and KShortestPaths against every simple path, enumerated
// and sorted in the documented order with exact costs (math/big): the
// answers must be exactly the first paths of that order, with the right
// costs, and the first of k must be ShortestPath's.
//
// query is [roles-2, flags, MaxMoves, OnlyKinds mask, avoided role, from,
// to, k-1], each taken modulo its range; flags: 1 weighted (by Years), 2
// MaxMoves, 4 OnlyKinds, 8 Avoid, 16 weights from hugeTable rather than
// weightTable, 32 weighted by Index rather than Years, 64 weighted by the
// role moved into (from a hash of its ID into the table) instead. A
// weighted query runs both with a WeightBy function and with
// WeightByYears, WeightByIndex or WeightByRole. edges is four bytes per transition: from, to, kind, weight
// (an index into the table). internal/fuzzseeds writes the seeds.
func FuzzPathOrder(f *testing.F) {
	f.Fuzz(fuzzBody)
}

func fuzzBody(t *testing.T, query, edges []byte) {
	at := 0
	next := func(n int) int {
		if at >= len(edges) {
			return 0
		}
		at++
		return int(edges[at-1]) % n
	}
	qb := func(i int) int {
		if i < len(query) {
			return int(query[i])
		}
		return 0
	}
	n := 2 + qb(0)%(len(roleIDs)-1)
	flags := qb(1)
	table := weightTable
	if flags&16 != 0 {
		table = hugeTable
	}
	ids := roleIDs[:n]
	ts := randomTransitions(next, ids, len(edges)/3, table)
	g, err := New(ts, WithRoles(ids...))
	require.NoError(t, err)
	q := refQuery{maxMoves: -1}
	if flags&1 != 0 {
		q.weight, q.field = byYearsRef, fieldYears
		if flags&32 != 0 {
			q.weight, q.field = byIndexRef, fieldIndex
		}
		if flags&64 != 0 {
			q.withRoleWeights(table)
		}
	}
	if flags&2 != 0 {
		q.maxMoves = qb(2) % 5
	}
	if flags&4 != 0 {
		q.kinds = KindSet(qb(3)) & KindSetOf(Kinds[:]...)
		if q.kinds == 0 {
			q.kinds = KindSetOf(Lateral)
		}
	}
	if flags&8 != 0 {
		q.avoid = []role.ID{ids[qb(4)%n]}
	}
	a, b := ids[qb(5)%n], ids[qb(6)%n]
	k := 1 + qb(7)%12
	checkQuery(t, g, ts, a, b, k, q)
}

// TestAgainstBruteForce is FuzzPathOrder on 400 seeded random graphs.
func TestAgainstBruteForce(t *testing.T) {
	withPath := 0
	var dump string
	defer func() {
		if t.Failed() {
			t.Log(dump)
		}
	}()
	for trial := range 400 {
		state := uint64(trial)*0x9E3779B97F4A7C15 + 1
		next := func(n int) int {
			state ^= state << 13
			state ^= state >> 7
			state ^= state << 17
			return int(state % uint64(n))
		}
		n := 2 + next(len(roleIDs)-1)
		ids := roleIDs[:n]
		table := weightTable
		if trial%10 == 9 {
			table = hugeTable
		}
		ts := randomTransitions(next, ids, next(4*n*n), table)
		g, err := New(ts, WithRoles(ids...))
		require.NoError(t, err)
		dump = fmt.Sprintf("trial %d: %s", trial, dumpTransitions(ts))
		q := refQuery{maxMoves: -1}
		if next(2) == 0 {
			q.weight, q.field = byYearsRef, fieldYears
			if trial%3 == 2 {
				q.weight, q.field = byIndexRef, fieldIndex
			}
			if trial%5 == 4 {
				q.withRoleWeights(table)
			}
		}
		if next(3) == 0 {
			q.maxMoves = next(5)
		}
		if next(3) == 0 {
			q.kinds = KindSet(next(16)) & KindSetOf(Kinds[:]...)
		}
		if next(4) == 0 {
			q.avoid = []role.ID{ids[next(n)]}
		}
		if checkQuery(t, g, ts, ids[next(n)], ids[next(n)], 1+next(10), q) {
			withPath++
		}
	}
	assert.Greater(t, withPath, 150, "most trials should have a path, or the test proves little")
}
