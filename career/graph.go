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

	"github.com/rolemodel/rolemodel/internal/problem"
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
// The IDs are written as they are; error text quotes them (see quoted).
func (t Transition) String() string {
	return fmt.Sprintf("%s -%s-> %s", t.From, t.Kind, t.To)
}

// quoted formats t as String does for error text: each ID quoted and cut
// by problem.Quote, so that no input reaches an error unescaped or uncut:
// `"a" -lateral-> "b"`.
func (t Transition) quoted() string {
	return problem.Quote(string(t.From), problem.MaxQuoteID) + " -" + t.Kind.String() + "-> " + problem.Quote(string(t.To), problem.MaxQuoteID)
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

// Error describes the problem in one line, quoting the offending
// transition's role IDs escaped and cut to 120 bytes each:
// `transition 0 ("a\nINFO forged" -lateral-> "b"): invalid transition: …`.
func (e *TransitionError) Error() string {
	if e.Index < 0 {
		return fmt.Sprintf("%v: %s", ErrInvalidTransition, problem.Text(e.Why, problem.MaxMessage))
	}
	return fmt.Sprintf("transition %d (%s): %v: %s", e.Index, e.Transition.quoted(), ErrInvalidTransition, problem.Text(e.Why, problem.MaxMessage))
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
// transitions with the same From, To and Kind but different weights (the
// later one is reported), an empty role ID, a move from a role to itself,
// an invalid Kind and a negative, infinite or NaN weight are errors
// (*TransitionError).
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
	badRoles := false
	for _, id := range cfg.roles {
		badRoles = badRoles || id == ""
	}
	if len(ts) >= math.MaxInt32 {
		return nil, &TransitionError{Index: -1, Why: "more than 2^31-2 roles or transitions"}
	}
	// Give each distinct ID a provisional number, then renumber in ID order:
	// hashing each ID once and sorting the few distinct ones is far cheaper
	// than sorting all transitions by their string IDs. Transitions usually
	// come grouped by From, so the last From's number is kept at hand.
	prov := make(map[role.ID]int32, len(cfg.roles)+len(ts)/16)
	var names []role.ID
	number := func(id role.ID) int32 {
		i, ok := prov[id]
		if !ok {
			i = int32(len(names))
			prov[id] = i
			names = append(names, id)
		}
		return i
	}
	for _, id := range cfg.roles {
		number(id)
	}
	src := make([]int32, len(ts))
	dst := make([]int32, len(ts))
	lastFrom, lastF := role.ID(""), int32(-1)
	var years, index columnStats
	for i := range ts {
		t := &ts[i]
		why := ""
		if t.From == "" || t.To == "" {
			why = "a role ID is empty"
		} else {
			if t.From != lastFrom {
				lastFrom, lastF = t.From, number(t.From)
			}
			src[i], dst[i] = lastF, number(t.To)
			switch {
			case src[i] == dst[i]:
				why = "a role cannot transition to itself"
			case !t.Kind.Valid():
				why = "the kind must be Entry, Advancement or Lateral"
			case !validWeight(t.Years):
				why = "Years must be a finite number >= 0"
			case !validWeight(t.Index):
				why = "Index must be a finite number >= 0"
			case len(names) >= math.MaxInt32:
				return nil, &TransitionError{Index: -1, Why: "more than 2^31-2 roles or transitions"}
			}
		}
		if why != "" {
			return nil, &TransitionError{Index: i, Transition: *t, Why: why}
		}
		years.add(t.Years)
		index.add(t.Index)
	}
	if badRoles {
		return nil, &TransitionError{Index: -1, Why: "WithRoles was given an empty role ID"}
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
	n := len(ids)

	// Place the transitions in rows by From, each row in order of To, Kind
	// and position in ts (packed into one integer, a slot): a counting sort
	// by To, then a stable one by From, leave each row in order of To and
	// position, and only moves stated as several kinds are then out of
	// order, next to each other. Far cheaper than sorting.
	off := make([]int32, n+1)
	cnt := make([]int32, n+1)
	for i := range ts {
		src[i], dst[i] = rank[src[i]], rank[dst[i]]
		off[src[i]+1]++
		cnt[dst[i]+1]++
	}
	for u := range n {
		off[u+1] += off[u]
		cnt[u+1] += cnt[u]
	}
	byTo := make([]int32, len(ts))
	for i := range ts {
		v := dst[i]
		byTo[cnt[v]] = int32(i)
		cnt[v]++
	}
	slots := make([]uint64, len(ts)) // To << 33 | Kind << 31 | position
	fill := slices.Clone(off[:n])
	for _, i := range byTo {
		u := src[i]
		slots[fill[u]] = uint64(dst[i])<<33 | uint64(ts[i].Kind)<<31 | uint64(i)
		fill[u]++
	}
	const posMask = 1<<31 - 1
	// Merge exact duplicates, refuse the first transition that repeats an
	// earlier one with different weights, and count what is left of each
	// row.
	g := &Graph{ids: ids, titles: cfg.titles}
	g.outOff = make([]int32, n+1)
	uniq := slots[:0]
	edgeOf := byTo // done with: now the edge of each transition
	for u := range n {
		row := slots[off[u]:off[u+1]]
		for j := 1; j < len(row); j++ { // insertion sort: nearly in order
			for k := j; k > 0 && row[k] < row[k-1]; k-- {
				row[k], row[k-1] = row[k-1], row[k]
			}
		}
		start := len(uniq)
		for _, r := range row {
			if k := len(uniq); k > start && uniq[k-1]>>31 == r>>31 {
				if a, b := &ts[uniq[k-1]&posMask], &ts[r&posMask]; *a != *b {
					return nil, &TransitionError{Index: int(r & posMask), Transition: *b, Why: fmt.Sprintf("it repeats transition %d, the same move with different weights (years %v, index %v)", uniq[k-1]&posMask, a.Years, a.Index)}
				}
				edgeOf[r&posMask] = int32(k - 1)
				continue
			}
			edgeOf[r&posMask] = int32(len(uniq))
			uniq = append(uniq, r)
		}
		g.outOff[u+1] = int32(len(uniq))
	}

	m := len(uniq)
	g.inOff = make([]int32, n+1)
	g.to = make([]int32, m)
	g.kind = make([]Kind, m)
	for e, r := range uniq {
		g.to[e], g.kind[e] = int32(r>>33), Kind(r>>31&3)
		g.inOff[g.to[e]+1]++
	}
	// Fill the weight columns reading ts in order.
	if years.any {
		g.years = years.column(m)
		g.years.fill(edgeOf, func(i int) float64 { return ts[i].Years })
	}
	if index.any {
		g.index = index.column(m)
		g.index.fill(edgeOf, func(i int) float64 { return ts[i].Index })
	}
	for i := range n {
		g.inOff[i+1] += g.inOff[i]
	}
	// Edges are sorted by From, so filling the in rows in edge order sorts
	// each by From.
	g.inFrom = make([]int32, m)
	g.inEdge = make([]int32, m)
	copy(fill, g.inOff[:n])
	for u := range int32(n) {
		for e := g.outOff[u]; e < g.outOff[u+1]; e++ {
			to := g.to[e]
			g.inFrom[fill[to]] = u
			g.inEdge[fill[to]] = e
			fill[to]++
		}
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
	// two such sums, is exact in float64 (see columnStats.exact).
	exact bool
}

// columnStats is what New learns of a weight column in its first pass
// over the transitions: whether any weight is not zero, whether all are
// float32 values, and whether all sums are exact (see exact).
type columnStats struct {
	any, not32, subnormal bool
	k                     int     // every weight is a multiple of 2^-k
	total                 float64 // the sum of the weights, rounded
}

func (c *columnStats) add(v float64) {
	if v == 0 {
		return
	}
	c.any = true
	c.not32 = c.not32 || float64(float32(v)) != v
	b := math.Float64bits(v)
	exp := int(b>>52) & 0x7ff
	if exp == 0 {
		c.subnormal = true
		return
	}
	mant := b&(1<<52-1) | 1<<52
	// v = mant × 2^(exp-1075); its lowest set bit is worth 2^low.
	if low := exp - 1075 + bits.TrailingZeros64(mant); -low > c.k {
		c.k = -low
	}
	c.total += v
}

// exact reports whether every sum of the weights, and every sum of two
// such sums, is exact in float64: when every weight is a whole multiple of
// 2^-k (whole numbers: k = 0; halves: 1; ...) and four times their total
// is below 2^53 such units, every such sum is a multiple of 2^-k below
// 2^53 units, which a float64 holds exactly. Whole years and ranks
// qualify; decimal fractions such as 0.1, which are not multiples of a
// power of two, do not. The total may count a weight more than once (a
// transition repeated exactly), which only makes the test stricter.
func (c *columnStats) exact() bool {
	return !c.subnormal && c.k <= 1000 && 4*c.total < math.Ldexp(1, 53-c.k)
}

// column returns an empty column of m weights: float32 when every weight
// is one, which halves its memory without changing any answer.
func (c *columnStats) column(m int) weights {
	w := weights{exact: c.exact()}
	if c.not32 {
		w.f64 = make([]float64, m)
	} else {
		w.f32 = make([]float32, m)
	}
	return w
}

// fill sets the weight of edge edgeOf[i] to at(i) for each i.
func (w *weights) fill(edgeOf []int32, at func(int) float64) {
	for i, e := range edgeOf {
		if w.f32 != nil {
			w.f32[e] = float32(at(i))
		} else {
			w.f64[e] = at(i)
		}
	}
}

// exactSums reports whether the sums of vals are exact (columnStats.exact).
func exactSums(vals []float64) bool {
	var c columnStats
	for _, v := range vals {
		c.add(v)
	}
	return c.exact()
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
