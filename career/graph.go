package career

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"math"
	"slices"

	"github.com/rolemodel/rolemodel/role"
)

// Transition is one possible career move from one role to another.
//
// Years and Index are optional weights: the typical years spent in From
// before the move, and a source's relatedness index (higher is closer).
// Zero means not recorded. Transition is comparable.
type Transition struct {
	From  role.ID
	To    role.ID
	Kind  Kind
	Years float64
	Index float64
}

func (t Transition) String() string {
	return fmt.Sprintf("%s -%s-> %s", t.From, t.Kind, t.To)
}

// ErrInvalidTransition is returned, wrapped in a *TransitionError, by New for
// a transition it cannot accept.
var ErrInvalidTransition = errors.New("invalid transition")

// TransitionError records a transition New refused and why.
type TransitionError struct {
	Index      int // position in the slice given to New
	Transition Transition
	Why        string
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("career: transition %d (%s): %v: %s", e.Index, e.Transition, ErrInvalidTransition, e.Why)
}

func (e *TransitionError) Unwrap() error { return ErrInvalidTransition }

// Graph is an immutable directed graph of career transitions between roles.
// It is safe for concurrent use by many goroutines.
//
// Roles are stored as dense int32 indices in ID order and edges in
// compressed sparse rows (one flat slice of edges out of each role, and one
// of edges into it), so the graph costs a few machine words per transition
// and walks touch contiguous memory.
type Graph struct {
	ids    []role.ID          // index -> ID, sorted
	index  map[role.ID]int32  // ID -> index
	titles map[role.ID]string // optional display titles
	ts     []Transition       // sorted by (From, To, Kind)
	outOff []int32            // len n+1; out edges of i are outEdge[outOff[i]:outOff[i+1]]
	outTo  []int32            // target index of each transition, parallel to ts
	inOff  []int32            // len n+1
	inTs   []int32            // transition indices into each role, sorted by From
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
// New copies ts; the caller may reuse it.
//
// New runs in O(T log T) time for T transitions.
func New(ts []Transition, opts ...BuildOption) (*Graph, error) {
	var cfg buildConfig
	for _, o := range opts {
		o(&cfg)
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
	order := make([]int, len(ts))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return compareTransitions(ts[a], ts[b]) })
	g := &Graph{titles: cfg.titles}
	g.ts = make([]Transition, 0, len(ts))
	for _, i := range order {
		t := ts[i]
		if n := len(g.ts); n > 0 {
			last := g.ts[n-1]
			if last.From == t.From && last.To == t.To && last.Kind == t.Kind {
				if last != t {
					return nil, &TransitionError{Index: i, Transition: t, Why: fmt.Sprintf("it repeats %s with different weights", last)}
				}
				continue
			}
		}
		g.ts = append(g.ts, t)
	}

	ids := make([]role.ID, 0, len(cfg.roles)+2*len(g.ts))
	ids = append(ids, cfg.roles...)
	for _, t := range g.ts {
		ids = append(ids, t.From, t.To)
	}
	slices.Sort(ids)
	g.ids = slices.Clip(slices.Compact(ids))
	if len(g.ids) > math.MaxInt32 || len(g.ts) > math.MaxInt32 {
		return nil, &TransitionError{Index: -1, Why: "more than 2^31-1 roles or transitions"}
	}
	g.index = make(map[role.ID]int32, len(g.ids))
	for i, id := range g.ids {
		g.index[id] = int32(i)
	}

	n := len(g.ids)
	g.outOff = make([]int32, n+1)
	g.inOff = make([]int32, n+1)
	g.outTo = make([]int32, len(g.ts))
	for i, t := range g.ts {
		f, to := g.index[t.From], g.index[t.To]
		g.outOff[f+1]++
		g.inOff[to+1]++
		g.outTo[i] = to
	}
	for i := range n {
		g.outOff[i+1] += g.outOff[i]
		g.inOff[i+1] += g.inOff[i]
	}
	// ts is sorted by From, so out edges are already grouped in order.
	g.inTs = make([]int32, len(g.ts))
	fill := slices.Clone(g.inOff[:n])
	for i := range g.ts {
		to := g.outTo[i]
		g.inTs[fill[to]] = int32(i)
		fill[to]++
	}
	return g, nil
}

func validWeight(w float64) bool { return w >= 0 && !math.IsInf(w, 1) }

func compareTransitions(a, b Transition) int {
	return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To), cmp.Compare(a.Kind, b.Kind),
		cmp.Compare(a.Years, b.Years), cmp.Compare(a.Index, b.Index))
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
	return len(g.ts)
}

// Has reports whether the graph knows role id.
func (g *Graph) Has(id role.ID) bool {
	if g == nil {
		return false
	}
	_, ok := g.index[id]
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
		for _, t := range g.ts {
			if !yield(t) {
				return
			}
		}
	}
}

// From returns the transitions out of id (the moves a person in id can
// make), ordered by target ID and kind. An unknown id yields nothing.
func (g *Graph) From(id role.ID) iter.Seq[Transition] {
	return func(yield func(Transition) bool) {
		if g == nil {
			return
		}
		i, ok := g.index[id]
		if !ok {
			return
		}
		for _, t := range g.ts[g.outOff[i]:g.outOff[i+1]] {
			if !yield(t) {
				return
			}
		}
	}
}

// To returns the transitions into id (the roles people enter it from),
// ordered by source ID and kind. An unknown id yields nothing.
func (g *Graph) To(id role.ID) iter.Seq[Transition] {
	return func(yield func(Transition) bool) {
		if g == nil {
			return
		}
		i, ok := g.index[id]
		if !ok {
			return
		}
		for _, ti := range g.inTs[g.inOff[i]:g.inOff[i+1]] {
			if !yield(g.ts[ti]) {
				return
			}
		}
	}
}
