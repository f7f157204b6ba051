package career

import (
	"errors"
	"fmt"
	"math"

	"github.com/rolemodel/rolemodel/internal/names"
	"github.com/rolemodel/rolemodel/internal/problem"
	"github.com/rolemodel/rolemodel/role"
)

// ErrUnknownRole is what a *RoleError unwraps to: a query named a role the
// graph does not have.
var ErrUnknownRole = errors.New("unknown role")

// ErrNoPath is what a *NoPathError unwraps to: no path satisfies the query.
var ErrNoPath = errors.New("no path")

// ErrBadQuery is what a *QueryError unwraps to: an option or argument is out
// of range, a weight function returned a negative, NaN or infinite weight,
// or the cost of a path to be returned is too large for a float64.
var ErrBadQuery = errors.New("invalid query")

// RoleError reports a role ID the graph does not know.
type RoleError struct {
	ID role.ID // the unknown role
	// TitleOf is the ID of the role whose title (or, from a catalog, alias)
	// ID is, when a title was given where an ID was expected; "" otherwise.
	TitleOf role.ID
}

// Error describes the problem in one line, quoting the offending input.
func (e *RoleError) Error() string {
	id := problem.Quote(string(e.ID), problem.MaxQuoteID)
	if e.TitleOf != "" {
		return fmt.Sprintf("unknown role ID %s: it is the title of role %s; pass the ID", id, problem.Quote(string(e.TitleOf), problem.MaxQuoteID))
	}
	return "unknown role ID " + id
}

// roleError is the error for an unknown ID, naming the role whose title
// it is, if any.
func (g *Graph) roleError(id role.ID) *RoleError {
	e := &RoleError{ID: id}
	if t, ok := g.IDOf(string(id)); ok {
		e.TitleOf = t
	}
	return e
}

// IDOf returns the ID of the role whose title (as given to WithTitles) is
// title, ignoring case and spacing, when exactly one role has it. Queries
// take IDs: IDOf turns a title a person typed into one.
func (g *Graph) IDOf(title string) (role.ID, bool) {
	if g == nil || len(g.titles) == 0 {
		return "", false
	}
	g.byTitleOnce.Do(func() {
		g.byTitle = make(map[string]role.ID, len(g.titles))
		for id, t := range g.titles {
			k := names.Fold(t)
			if _, dup := g.byTitle[k]; dup {
				g.byTitle[k] = "" // shared: no single answer
				continue
			}
			g.byTitle[k] = id
		}
	})
	id, ok := g.byTitle[names.Fold(title)]
	return id, ok && id != ""
}

// Unwrap returns ErrUnknownRole.
func (e *RoleError) Unwrap() error { return ErrUnknownRole }

// NoPathError reports that no path leads from From to To under the query's
// options.
type NoPathError struct {
	From, To role.ID // the ends of the path asked for
}

// Error describes the problem in one line, quoting the offending input.
func (e *NoPathError) Error() string {
	return fmt.Sprintf("%v from %s to %s", ErrNoPath, problem.Quote(string(e.From), problem.MaxQuoteID), problem.Quote(string(e.To), problem.MaxQuoteID))
}

// Unwrap returns ErrNoPath.
func (e *NoPathError) Unwrap() error { return ErrNoPath }

// QueryError reports an invalid option or argument.
type QueryError struct {
	What string // the option or argument: "MaxMoves", "k", "WeightBy", ...
	Why  string // what is wrong and what was expected
}

// Error describes the problem in one line, quoting the offending input.
func (e *QueryError) Error() string {
	return fmt.Sprintf("%s: %v: %s", problem.Text(e.What, problem.MaxPath), ErrBadQuery, problem.Text(e.Why, problem.MaxMessage))
}

// Unwrap returns ErrBadQuery.
func (e *QueryError) Unwrap() error { return ErrBadQuery }

// Option narrows or weights a query. Options combine: OnlyKinds(Advancement)
// with MaxMoves(3) finds paths of at most three advancements.
type Option func(*config)

type config struct {
	kinds    uint8 // bit k set: Kind k allowed; 0: all
	maxMoves int32 // -1: unbounded
	avoid    []role.ID
	weight   func(Transition) float64 // WeightBy's function
	toWeight func(role.ID) float64    // WeightByRole's function
	field    weightField              // WeightByYears or WeightByIndex; 0: none
	err      error

	// The column field names, set by bind for one graph, per edge (w) and
	// per incoming slot (in): one of each pair, or neither when no
	// transition of the graph has the field (all zero).
	w32  []float32
	w64  []float64
	in32 []float32
	in64 []float64
	// exact is set when the weights are a column whose sums are all exact
	// (weights.exact): dijkstra then ends more cheaply.
	exact bool
}

// weightField names a per-move weight the graph stores in a column.
type weightField uint8

const (
	fieldYears weightField = iota + 1
	fieldIndex
)

// weighted reports whether the query sums weights rather than counting
// moves.
func (c *config) weighted() bool { return c.weight != nil || c.toWeight != nil || c.field != 0 }

// bind points c at the weight column of g that c's field names.
func (c *config) bind(g *Graph) {
	var w, in *weights
	switch c.field {
	case fieldYears:
		w, in = &g.years, g.incoming(&g.yearsIn, &g.years)
	case fieldIndex:
		w, in = &g.index, g.incoming(&g.indexIn, &g.index)
	default:
		c.w32, c.w64, c.in32, c.in64, c.exact = nil, nil, nil, nil, false
		return
	}
	c.w32, c.w64, c.in32, c.in64 = w.f32, w.f64, in.f32, in.f64
	// A graph without the field has no column: every weight is 0.
	c.exact = w.exact || w.f32 == nil && w.f64 == nil
}

// columnWeight is the weight of edge e in the column bind chose.
func (c *config) columnWeight(e int32) float64 {
	if c.w32 != nil {
		return float64(c.w32[e])
	}
	if c.w64 != nil {
		return c.w64[e]
	}
	return 0
}

// OnlyKinds restricts moves to the given kinds, such as OnlyKinds(Entry,
// Advancement) for a path without lateral moves. Several OnlyKinds options
// narrow further (their intersection). An invalid Kind is an error.
func OnlyKinds(kinds ...Kind) Option {
	return func(c *config) {
		var mask uint8
		for _, k := range kinds {
			if !k.Valid() {
				c.err = &QueryError{What: "OnlyKinds", Why: fmt.Sprintf("%v is not Entry, Advancement or Lateral", k)}
				return
			}
			mask |= 1 << k
		}
		c.kinds &= mask
	}
}

const allKinds = 1<<Entry | 1<<Advancement | 1<<Lateral

// MaxMoves limits a path to at most n moves. A negative n is an error;
// MaxMoves(0) admits only the empty path from a role to itself.
func MaxMoves(n int) Option {
	return func(c *config) {
		if n < 0 || n > math.MaxInt32 {
			c.err = &QueryError{What: "MaxMoves", Why: fmt.Sprintf("%d is out of range: expected 0 or more", n)}
			return
		}
		if c.maxMoves < 0 || int32(n) < c.maxMoves {
			c.maxMoves = int32(n)
		}
	}
}

// Avoid excludes roles from the path's intermediate steps. IDs the graph
// does not know are ignored. Avoiding a query's own start or end leaves no
// path.
func Avoid(ids ...role.ID) Option {
	return func(c *config) { c.avoid = append(c.avoid, ids...) }
}

// WeightBy makes a path's cost the sum of w over its moves, instead of the
// number of moves, and the shortest path the one of least cost. A move
// stated as several kinds (see Path) costs the least of their weights.
// A nil w means the default, one per move.
//
// Costs are compared as the exact sums of the float64 weights, so that
// the order in which a path's weights are added never matters: weights of
// 0.1, 0.2 and 1 cost the same in any order (a float64 sum gives 1.3 one
// way and 1.3000000000000003 the other). Decimal fractions are binary
// approximations, so 0.1+0.2 still costs a little more than 0.3; weights
// in whole units (months rather than years) are exact throughout. Sums
// are exact up to 2^53 times the least non-zero weight on the path, far
// past any career; beyond that they are rounded to 106 bits. A query whose
// answer costs too much for a float64 (the cost would round to +Inf, past
// math.MaxFloat64) fails with a *QueryError.
//
// w must return a finite number >= 0, and the same number each time for a
// move: a query calls it only on the moves it examines, perhaps more than
// once. A negative, NaN or infinite weight there makes the query fail with
// a *QueryError. A move the search never examines is not checked, and its
// weight cannot change the answer unless it is negative (the searches,
// like every Dijkstra search, take weights to be >= 0): KShortestPaths
// examines more moves than ShortestPath and may refuse a weight that
// ShortestPath never saw. Graph.CheckWeights checks every move once.
//
// For the common weights use WeightByYears or WeightByIndex, which read
// the weights the graph stores and are several times faster on large
// graphs: a WeightBy function is called with a Transition built for each
// move a query examines.
func WeightBy(w func(Transition) float64) Option {
	return func(c *config) { c.weight, c.toWeight, c.field = w, nil, 0 }
}

// WeightByRole makes a move's weight depend only on the role it enters:
// a path's cost is the sum of w over the roles it moves into (not the
// start), and the shortest path the one of least cost. It serves weights
// that belong to a role rather than to a move, such as how far a person is
// from being ready for it (the root package's Catalog.ByGap), and it is
// faster than the same weights through WeightBy: a query calls w at most
// once per role it examines, with the role's ID, rather than once per
// move with a Transition, and reads the weight from its own memory after
// that. The rules on weights are WeightBy's: w must return a finite
// number >= 0, and the same number each time for a role; anything else
// there makes the query fail with a *QueryError naming the role.
// A nil w means the default, one per move.
func WeightByRole(w func(role.ID) float64) Option {
	return func(c *config) { c.weight, c.toWeight, c.field = nil, w, 0 }
}

// WeightByYears makes a path's cost the sum of the Years of its moves. It
// answers exactly as
//
//	WeightBy(func(t Transition) float64 { return t.Years })
//
// does, in the same order, but reads the years the graph stores for each
// move instead of calling a function with a Transition, which makes
// weighted queries several times faster. New has checked every Years, so
// a query with it never fails on a weight (it still fails when the least
// cost is too large for a float64). A move without Years costs 0. Of
// WeightBy, WeightByYears and WeightByIndex, the last given applies.
func WeightByYears() Option {
	return func(c *config) { c.weight, c.toWeight, c.field = nil, nil, fieldYears }
}

// WeightByIndex makes a path's cost the sum of the Index of its moves, as
// WeightBy(func(t Transition) float64 { return t.Index }) does; see
// WeightByYears. Index serves as a cost as it is (O*NET's rank, 1 the most
// related); a measure that grows with relatedness, such as ESCO's
// similarity, needs a WeightBy function that turns it into a cost.
func WeightByIndex() Option {
	return func(c *config) { c.weight, c.toWeight, c.field = nil, nil, fieldIndex }
}

func configure(opts []Option) config {
	var c config
	configureInto(&c, opts)
	return c
}

// configureInto resets c and applies opts to it. Queries configure into
// pooled memory, because options are closures and would otherwise make
// their target escape to the heap.
func configureInto(c *config, opts []Option) {
	*c = config{maxMoves: -1, kinds: allKinds, avoid: c.avoid[:0]}
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
}

// allowed reports whether edge e may be used under c.
func (c *config) allowed(g *Graph, e int32) bool { return c.kinds&(1<<g.kind[e]) != 0 }
