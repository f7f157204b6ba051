package career

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"math"
	"math/bits"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/rolemodel/rolemodel/role"
)

// Transition is one possible career move from one role to another.
//
// Years and Index are optional weights: the typical years spent in From
// before the move, and a source's measure of how related the two roles are.
// Which way Index points is the source's: O*NET's is a rank, 1 the most
// related, so it serves as a cost as it is; ESCO's skill similarity grows
// with relatedness (see packages onet and esco). Zero means not recorded.
// Transition is comparable.
type Transition struct {
	From  role.ID // the role moved out of
	To    role.ID // the role moved into
	Kind  Kind    // Entry, Advancement or Lateral
	Years float64 // typical years in From before the move; 0 if not recorded
	Index float64 // the source's relatedness measure; 0 if not recorded
}

// String formats the transition as "from -kind-> to", for logs and tests.
func (t Transition) String() string {
	return fmt.Sprintf("%s -%s-> %s", t.From, t.Kind, t.To)
}

// ErrInvalidTransition is returned, wrapped in a *TransitionError, by New for
// a transition it cannot accept.
var ErrInvalidTransition = errors.New("invalid transition")

// TransitionError records a transition New refused and why.
type TransitionError struct {
	Index      int        // position in the slice given to New
	Transition Transition // the refused transition; zero when Index is -1
	Why        string     // what is wrong, such as "a role ID is empty"
}

// Error describes the problem in one line, quoting the offending input.
func (e *TransitionError) Error() string {
	return fmt.Sprintf("transition %d (%s): %v: %s", e.Index, e.Transition, ErrInvalidTransition, e.Why)
}

// Unwrap returns ErrInvalidTransition, so that errors.Is(err, ErrInvalidTransition) holds.
func (e *TransitionError) Unwrap() error { return ErrInvalidTransition }

// Graph is an immutable directed graph of career transitions between roles.
// It is safe for concurrent use by many goroutines. The zero Graph, and a
// nil *Graph, are empty: they have no roles, and a query on them reports
// the roles it names as unknown.
//
// Roles are dense int32 indices in ID order, and transitions are stored as
// compressed sparse rows: for each role, one contiguous run of outgoing
// edges (target, kind and optional weights in parallel columns) and one of
// incoming edges. A graph without weights costs 13 bytes per transition
// plus the role IDs; each weight column adds 4 bytes per transition (8 when
// a value is not exactly representable as a float32), and as much again,
// for a copy in the order of the incoming edges, from the first query by
// WeightByYears or WeightByIndex that reads it.
type Graph struct {
	ids    []role.ID          // index -> ID, sorted
	titles map[role.ID]string // optional display titles

	byTitleOnce sync.Once          // builds byTitle on first use by IDOf
	byTitle     map[string]role.ID // folded title -> ID; "" when shared

	outOff []int32 // len n+1: edges out of i are outOff[i]:outOff[i+1]
	to     []int32 // per edge: target index
	kind   []Kind  // per edge
	years  weights // per edge; empty when no transition has Years
	index  weights // per edge; empty when no transition has Index

	inOff  []int32 // len n+1: slots into i are inOff[i]:inOff[i+1]
	inFrom []int32 // per slot: source index
	inEdge []int32 // per slot: edge index

	// years and index per slot, in the order of the incoming moves, for
	// the backward searches of WeightByYears and WeightByIndex; each is
	// built by the first query that needs it.
	yearsIn, indexIn lazyWeights

	spare atomic.Pointer[scratch] // one scratch that outlives garbage collections
	pool  sync.Pool               // *scratch, for concurrent queries
}

// BuildOption configures New.
type BuildOption func(*buildConfig)

type buildConfig struct {
	roles  []role.ID
	titles map[role.ID]string
}

// WithRoles adds roles to the graph even if no transition touches them, so
// that queries about them answer "no path" rather than "unknown role".
func WithRoles(ids ...role.ID) BuildOption {
	return func(c *buildConfig) { c.roles = append(c.roles, ids...) }
}

// WithTitles gives display titles for roles, used by Path.String and the
// pictures. The map is copied.
func WithTitles(titles map[role.ID]string) BuildOption {
	return func(c *buildConfig) {
		if c.titles == nil {
			c.titles = make(map[role.ID]string, len(titles))
		}
		for k, v := range titles {
			c.titles[k] = v
		}
	}
}

// New builds a graph from transitions. Exact duplicates are merged; two
// transitions with the same From, To and Kind but different weights, an
// empty role ID, a move from a role to itself, an invalid Kind and a
// negative, infinite or NaN weight are errors (*TransitionError).
// Transitions of different kinds between the same two roles are kept, and
// together make one move (see Path and Next). A nil option is ignored.
// New copies what it needs; the caller may reuse ts.
//
// New runs in O(T log T) time for T transitions.
func New(ts []Transition, opts ...BuildOption) (*Graph, error) {
	var cfg buildConfig
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	for i, t := range ts {
		why := ""
		switch {
		case t.From == "" || t.To == "":
			why = "a role ID is empty"
		case t.From == t.To:
			why = "a role cannot transition to itself"
		case !t.Kind.Valid():
			why = "the kind must be Entry, Advancement or Lateral"
		case !validWeight(t.Years):
			why = "Years must be a finite number >= 0"
		case !validWeight(t.Index):
			why = "Index must be a finite number >= 0"
		}
		if why != "" {
			return nil, &TransitionError{Index: i, Transition: t, Why: why}
		}
	}
	for _, id := range cfg.roles {
		if id == "" {
			return nil, &TransitionError{Index: -1, Why: "WithRoles was given an empty role ID"}
		}
	}
	// Give each distinct ID a provisional number, then renumber in ID order:
	// hashing each ID once and sorting the few distinct ones is far cheaper
	// than sorting all transitions by their string IDs.
	prov := make(map[role.ID]int32, len(cfg.roles)+len(ts)/4)
	var names []role.ID
	number := func(id role.ID) int32 {
		if i, ok := prov[id]; ok {
			return i
		}
		i := int32(len(names))
		prov[id] = i
		names = append(names, id)
		return i
	}
	for _, id := range cfg.roles {
		number(id)
	}
	type rec struct {
		from, to int32
		kind     Kind
		i        int32 // position in ts
	}
	recs := make([]rec, len(ts))
	for i, t := range ts {
		recs[i] = rec{from: number(t.From), to: number(t.To), kind: t.Kind, i: int32(i)}
	}
	if len(names) >= math.MaxInt32 || len(ts) >= math.MaxInt32 {
		return nil, &TransitionError{Index: -1, Why: "more than 2^31-2 roles or transitions"}
	}
	byName := make([]int32, len(names))
	for i := range byName {
		byName[i] = int32(i)
	}
	slices.SortFunc(byName, func(a, b int32) int { return cmp.Compare(names[a], names[b]) })
	rank := make([]int32, len(names))
	ids := make([]role.ID, len(names))
	for r, p := range byName {
		rank[p] = int32(r)
		ids[r] = names[p]
	}
	for i := range recs {
		recs[i].from, recs[i].to = rank[recs[i].from], rank[recs[i].to]
	}
	slices.SortFunc(recs, func(a, b rec) int {
		switch {
		case a.from != b.from:
			return cmp.Compare(a.from, b.from)
		case a.to != b.to:
			return cmp.Compare(a.to, b.to)
		case a.kind != b.kind:
			return cmp.Compare(a.kind, b.kind)
		}
		// Only duplicates get here: order them by weights, then input order.
		ta, tb := &ts[a.i], &ts[b.i]
		return cmp.Or(cmp.Compare(ta.Years, tb.Years), cmp.Compare(ta.Index, tb.Index), cmp.Compare(a.i, b.i))
	})
	uniq := recs[:0]
	for _, r := range recs {
		if n := len(uniq); n > 0 {
			last := uniq[n-1]
			if last.from == r.from && last.to == r.to && last.kind == r.kind {
				if ts[last.i] != ts[r.i] {
					return nil, &TransitionError{Index: int(r.i), Transition: ts[r.i], Why: fmt.Sprintf("it repeats %s with different weights", ts[last.i])}
				}
				continue
			}
		}
		uniq = append(uniq, r)
	}

	g := &Graph{ids: ids, titles: cfg.titles}
	n, m := len(ids), len(uniq)
	g.outOff = make([]int32, n+1)
	g.inOff = make([]int32, n+1)
	g.to = make([]int32, m)
	g.kind = make([]Kind, m)
	var hasYears, hasIndex bool
	for e, r := range uniq {
		g.to[e], g.kind[e] = r.to, r.kind
		g.outOff[r.from+1]++
		g.inOff[r.to+1]++
		hasYears = hasYears || ts[r.i].Years != 0
		hasIndex = hasIndex || ts[r.i].Index != 0
	}
	if hasYears {
		g.years = newWeights(uniq, func(r rec) float64 { return ts[r.i].Years })
	}
	if hasIndex {
		g.index = newWeights(uniq, func(r rec) float64 { return ts[r.i].Index })
	}
	for i := range n {
		g.outOff[i+1] += g.outOff[i]
		g.inOff[i+1] += g.inOff[i]
	}
	// Edges are sorted by From, so the out rows are already in place; the
	// in rows are filled in edge order, which sorts each row by From.
	g.inFrom = make([]int32, m)
	g.inEdge = make([]int32, m)
	fill := slices.Clone(g.inOff[:n])
	for e := range m {
		to := g.to[e]
		g.inFrom[fill[to]] = uniq[e].from
		g.inEdge[fill[to]] = int32(e)
		fill[to]++
	}
	return g, nil
}

// weights is a column of per-edge weights, stored as float32 when every
// value survives the round trip exactly (whole years, most indices), which
// halves its memory without changing any answer, and as float64 otherwise.
type weights struct {
	f32 []float32
	f64 []float64
	// exact is set when every sum of the column's values, and every sum of
	// two such sums, is exact in float64 (see exactSums).
	exact bool
}

func newWeights[R any](rs []R, w func(R) float64) weights {
	small := true
	for _, r := range rs {
		v := w(r)
		if float64(float32(v)) != v {
			small = false
			break
		}
	}
	var out weights
	if small {
		out.f32 = make([]float32, len(rs))
		for i, r := range rs {
			out.f32[i] = float32(w(r))
		}
	} else {
		out.f64 = make([]float64, len(rs))
		for i, r := range rs {
			out.f64[i] = w(r)
		}
	}
	out.exact = exactSums(len(rs), func(i int) float64 { return w(rs[i]) })
	return out
}

// exactSums reports whether every sum of the n values at(i), each >= 0
// and finite, and every sum of two such sums, is exact in float64: when
// every value is a whole multiple of 2^-k (whole numbers: k = 0; halves:
// 1; ...) and four times their total is below 2^53 such units, every such
// sum is a multiple of 2^-k below 2^53 units, which a float64 holds
// exactly. Whole years and ranks qualify; decimal fractions such as 0.1,
// which are not multiples of a power of two, do not.
func exactSums(n int, at func(int) float64) bool {
	k, total := 0, 0.0
	for i := range n {
		v := at(i)
		if v == 0 {
			continue
		}
		b := math.Float64bits(v)
		exp := int(b>>52) & 0x7ff
		if exp == 0 {
			return false // subnormal
		}
		mant := b&(1<<52-1) | 1<<52
		// v = mant × 2^(exp-1075); its lowest set bit is worth 2^low.
		if low := exp - 1075 + bits.TrailingZeros64(mant); -low > k {
			k = -low
		}
		total += v
	}
	return k <= 1000 && 4*total < math.Ldexp(1, 53-k)
}

func (w *weights) at(e int32) float64 {
	switch {
	case w.f32 != nil:
		return float64(w.f32[e])
	case w.f64 != nil:
		return w.f64[e]
	}
	return 0
}

func (w *weights) bytes() int { return 4*len(w.f32) + 8*len(w.f64) }

// lazyWeights is a weights column built on first use.
type lazyWeights struct {
	once sync.Once
	w    weights
}

// incoming returns the column w in the order of the incoming slots (slot i
// holds the weight of edge inEdge[i]), building it into lw the first time.
func (g *Graph) incoming(lw *lazyWeights, w *weights) *weights {
	lw.once.Do(func() {
		switch {
		case w.f32 != nil:
			lw.w.f32 = make([]float32, len(g.inEdge))
			for i, e := range g.inEdge {
				lw.w.f32[i] = w.f32[e]
			}
		case w.f64 != nil:
			lw.w.f64 = make([]float64, len(g.inEdge))
			for i, e := range g.inEdge {
				lw.w.f64[i] = w.f64[e]
			}
		}
	})
	return &lw.w
}

func validWeight(w float64) bool { return w >= 0 && !math.IsInf(w, 1) }

// lookup returns the dense index of id.
func (g *Graph) lookup(id role.ID) (int32, bool) {
	i, ok := slices.BinarySearch(g.ids, id)
	return int32(i), ok
}

// transition rebuilds the Transition of edge e, which leaves role from.
func (g *Graph) transition(e, from int32) Transition {
	t := Transition{From: g.ids[from], To: g.ids[g.to[e]], Kind: g.kind[e]}
	t.Years = g.years.at(e)
	t.Index = g.index.at(e)
	return t
}

// Len returns the number of roles in the graph.
func (g *Graph) Len() int {
	if g == nil {
		return 0
	}
	return len(g.ids)
}

// Size returns the number of transitions in the graph.
func (g *Graph) Size() int {
	if g == nil {
		return 0
	}
	return len(g.to)
}

// Has reports whether the graph knows role id.
func (g *Graph) Has(id role.ID) bool {
	if g == nil {
		return false
	}
	_, ok := g.lookup(id)
	return ok
}

// Title returns the display title of id, or id itself when none was given.
func (g *Graph) Title(id role.ID) string {
	if g != nil {
		if t, ok := g.titles[id]; ok && t != "" {
			return t
		}
	}
	return string(id)
}

// Roles returns every role in the graph in ID order.
func (g *Graph) Roles() iter.Seq[role.ID] {
	return func(yield func(role.ID) bool) {
		if g == nil {
			return
		}
		for _, id := range g.ids {
			if !yield(id) {
				return
			}
		}
	}
}

// Transitions returns every transition, ordered by From, To and Kind.
func (g *Graph) Transitions() iter.Seq[Transition] {
	return func(yield func(Transition) bool) {
		if g == nil {
			return
		}
		for f := range int32(len(g.ids)) {
			for e := g.outOff[f]; e < g.outOff[f+1]; e++ {
				if !yield(g.transition(e, f)) {
					return
				}
			}
		}
	}
}

// From returns the transitions out of id, ordered by target ID and kind:
// the graph's data, one Transition per kind stated. A move stated as two
// kinds comes twice; Next lists each role a person can move to once. An
// unknown id yields nothing.
func (g *Graph) From(id role.ID) iter.Seq[Transition] {
	return func(yield func(Transition) bool) {
		if g == nil {
			return
		}
		f, ok := g.lookup(id)
		if !ok {
			return
		}
		for e := g.outOff[f]; e < g.outOff[f+1]; e++ {
			if !yield(g.transition(e, f)) {
				return
			}
		}
	}
}

// To returns the transitions into id, ordered by source ID and kind, one
// per kind stated (see From); Prev lists each role once. An unknown id
// yields nothing.
func (g *Graph) To(id role.ID) iter.Seq[Transition] {
	return func(yield func(Transition) bool) {
		if g == nil {
			return
		}
		t, ok := g.lookup(id)
		if !ok {
			return
		}
		for s := g.inOff[t]; s < g.inOff[t+1]; s++ {
			if !yield(g.transition(g.inEdge[s], g.inFrom[s])) {
				return
			}
		}
	}
}

// Next returns the roles a person in role id can move to next, each once,
// in ID order, with the kinds of move stated between the two: a lateral
// move that the other role also lists as an entry is one move of kinds
// {entry, lateral}. An unknown id yields nothing.
func (g *Graph) Next(id role.ID) iter.Seq2[role.ID, KindSet] {
	return func(yield func(role.ID, KindSet) bool) {
		if g == nil {
			return
		}
		u, ok := g.lookup(id)
		if !ok {
			return
		}
		for e, end := g.outOff[u], g.outOff[u+1]; e < end; {
			v := g.to[e]
			var ks KindSet
			for ; e < end && g.to[e] == v; e++ {
				ks |= 1 << g.kind[e]
			}
			if !yield(g.ids[v], ks) {
				return
			}
		}
	}
}

// Prev returns the roles people move into role id from, each once, in ID
// order, with the kinds of move stated (see Next). An unknown id yields
// nothing.
func (g *Graph) Prev(id role.ID) iter.Seq2[role.ID, KindSet] {
	return func(yield func(role.ID, KindSet) bool) {
		if g == nil {
			return
		}
		v, ok := g.lookup(id)
		if !ok {
			return
		}
		for i, end := g.inOff[v], g.inOff[v+1]; i < end; {
			u := g.inFrom[i]
			var ks KindSet
			for ; i < end && g.inFrom[i] == u; i++ {
				ks |= 1 << g.kind[g.inEdge[i]]
			}
			if !yield(g.ids[u], ks) {
				return
			}
		}
	}
}

// CheckWeights calls w on every transition of the graph, in Transitions
// order, and returns a *QueryError for the first whose weight is negative,
// NaN or infinite, nil if there is none. Queries call a WeightBy function
// only on the moves they examine (see WeightBy); CheckWeights is the way to
// check every move once, in O(T) calls, before querying with w.
func (g *Graph) CheckWeights(w func(Transition) float64) error {
	if g == nil {
		return nil
	}
	if w == nil {
		return nil // one per move, as WeightBy(nil)
	}
	for f := range int32(len(g.ids)) {
		for e := g.outOff[f]; e < g.outOff[f+1]; e++ {
			if _, err := checkedWeight(g, w, e, f); err != nil {
				return err
			}
		}
	}
	return nil
}
