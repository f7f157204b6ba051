package career

import (
	"container/heap"
	"fmt"
	"iter"

	"github.com/rolemodel/rolemodel/role"
)

// MaxK is the largest k KShortestPaths accepts. Each path listed costs up
// to one search per move of the path before it, so k bounds a query's work;
// a thousand alternatives are far more than a person reads.
const MaxK = 1000

// prepare resolves a query's endpoints and options and marks avoided roles.
func (g *Graph) prepare(from, to role.ID, c *config, s *scratch) (src, dst int32, err error) {
	if c.err != nil {
		return 0, 0, c.err
	}
	var ok bool
	if src, ok = g.lookup(from); !ok || g == nil {
		return 0, 0, g.roleError(from)
	}
	if dst, ok = g.lookup(to); !ok {
		return 0, 0, g.roleError(to)
	}
	g.markAvoided(c, s)
	if s.banned[src] == s.epoch || s.banned[dst] == s.epoch {
		return 0, 0, &NoPathError{From: from, To: to}
	}
	return src, dst, nil
}

func (g *Graph) markAvoided(c *config, s *scratch) {
	for _, id := range c.avoid {
		if i, ok := g.lookup(id); ok {
			s.banned[i] = s.epoch
		}
	}
}

// ShortestPath returns the least path from one role to another: the fewest
// moves by default, or the least total weight with WeightByYears,
// WeightByIndex or WeightBy. Other options
// restrict the moves (OnlyKinds), their number (MaxMoves) and the roles
// passed through (Avoid).
//
// Paths are ordered by cost, then number of moves, then role IDs along the
// path from the start, compared one by one; ShortestPath returns the least
// path in that order, so the answer is fully determined by the graph and
// the query. Costs are compared as the exact sums of the weights (see
// WeightBy), so the order in which weights are added does not matter.
// A move stated as several kinds is one move, which costs the least of
// their weights (see Path).
//
// Fewest moves uses a bidirectional breadth-first search; weights a
// bidirectional Dijkstra search, or, with MaxMoves below the number of
// roles, a Bellman-Ford search by rounds (O(min(MaxMoves, V) × E)).
// WeightByYears and WeightByIndex read the weights the graph stores and
// are several times faster than a WeightBy function, which is called with
// a Transition built for each move examined.
// A query allocates nothing per visited role. It returns a *RoleError for an
// unknown endpoint, a *NoPathError when nothing connects them and a
// *QueryError for a bad option or weight, or when the least cost is too
// large for a float64. A path from a role to itself is the empty path of
// that role.
func (g *Graph) ShortestPath(from, to role.ID, opts ...Option) (Path, error) {
	if g == nil {
		return Path{}, g.roleError(from)
	}
	s := g.getScratch()
	defer g.putScratch(s)
	c := &s.cfg
	configureInto(c, opts)
	c.bind(g)
	src, dst, err := g.prepare(from, to, c, s)
	if err != nil {
		return Path{}, err
	}
	q := search{g: g, c: c, s: s, src: src, dst: dst, maxMoves: c.maxMoves, noBans: len(c.avoid) == 0}
	f := q.run(s.path[:0])
	s.path = f.edges[:0]
	switch {
	case f.err != nil:
		return Path{}, f.err
	case !f.ok:
		return Path{}, &NoPathError{From: from, To: to}
	case f.cost.overflowed():
		return Path{}, errOverflow()
	}
	return g.newPath(src, f.edges, f.cost, KindSet(c.kinds)), nil
}

// banList is a persistent list of roles a path's next move may not enter.
type banList struct {
	role int32
	next *banList
}

// candidate is the least path of one part of the space of paths: those
// that start with the first dev moves of p and whose next move does not
// enter a role of bans.
type candidate struct {
	p    Path
	dev  int32
	bans *banList
}

type candHeap []candidate

func (h candHeap) Len() int           { return len(h) }
func (h candHeap) Less(i, j int) bool { return comparePaths(h[i].p, h[j].p) < 0 }
func (h candHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *candHeap) Push(x any)        { *h = append(*h, x.(candidate)) }
func (h *candHeap) Pop() any {
	old := *h
	c := old[len(old)-1]
	*h = old[:len(old)-1]
	return c
}

// KShortestPaths returns the k least loopless paths from one role to
// another, in the order ShortestPath uses (by cost, then moves, then role
// IDs), the first being ShortestPath's. The paths are distinct sequences of
// roles: a move stated as several kinds is one move, so no two paths read
// the same. It takes the same options. Fewer than k paths are returned
// when fewer exist; none is a *NoPathError. k < 1 or k > MaxK is a
// *QueryError. A path whose cost is too large for a float64 is never an
// answer, as in ShortestPath: when the least path's cost is, the query
// fails with ShortestPath's *QueryError; otherwise the list stops before
// the first path whose cost is (all that follow cost as much), so the two
// queries agree.
//
// It is Yen's algorithm with Lawler's refinement, as a partition of the
// paths: each path listed splits the part of the space it was the least of
// into smaller parts, one per move after the point where it left the path
// it deviates from, each searched with the moves already listed banned.
// It runs at most k × L searches for paths of at most L moves, and keeps
// O(k × L) candidate paths.
func (g *Graph) KShortestPaths(from, to role.ID, k int, opts ...Option) ([]Path, error) {
	if k < 1 || k > MaxK {
		return nil, &QueryError{What: "k", Why: fmt.Sprintf("%d is out of range: expected 1 to %d (MaxK)", k, MaxK)}
	}
	first, err := g.ShortestPath(from, to, opts...)
	if err != nil {
		return nil, err
	}
	c := configure(opts)
	c.bind(g)
	paths := make([]Path, 0, min(k, 16))
	paths = append(paths, first)
	var cands candHeap
	cur := candidate{p: first}
	var nodes, buf, full []int32
	for len(paths) < k {
		// Split cur's part of the space: for each move i from its point of
		// deviation on, the paths that share its first i moves and then
		// leave it.
		es := cur.p.edges()
		nodes = append(nodes[:0], cur.p.src)
		for _, e := range es {
			nodes = append(nodes, g.to[e])
		}
		dst := nodes[len(nodes)-1]
		var rootCost cost
		for i := int32(0); i < int32(len(es)); i++ {
			if i >= cur.dev && (c.maxMoves < 0 || i < c.maxMoves) {
				bans := &banList{role: nodes[i+1]}
				if i == cur.dev {
					bans.next = cur.bans
				}
				s := g.getScratch()
				g.markAvoided(&c, s)
				for _, v := range nodes[:i] {
					s.banned[v] = s.epoch
				}
				nb := s.banNext(len(g.ids))
				for b := bans; b != nil; b = b.next {
					nb[b.role] = s.epoch
				}
				mm := int32(-1)
				if c.maxMoves >= 0 {
					mm = c.maxMoves - i
				}
				q := search{g: g, c: &c, s: s, src: nodes[i], dst: dst, maxMoves: mm, useBan: true}
				f := q.run(buf[:0])
				g.putScratch(s)
				if f.err != nil {
					return nil, f.err
				}
				buf = f.edges
				if f.ok {
					full = append(append(full[:0], es[:i]...), f.edges...)
					p := g.newPath(cur.p.src, full, rootCost.plus(f.cost), KindSet(c.kinds))
					heap.Push(&cands, candidate{p: p, dev: i, bans: bans})
				}
			}
			switch {
			case !c.weighted():
				rootCost = rootCost.add(1)
			case c.field != 0:
				rootCost = rootCost.add(c.columnWeight(es[i]))
			case c.toWeight != nil:
				w, err := checkedRoleWeight(g, c.toWeight, g.to[es[i]])
				if err != nil {
					return nil, err
				}
				rootCost = rootCost.add(w)
			default:
				w, err := checkedWeight(g, c.weight, es[i], nodes[i])
				if err != nil {
					return nil, err
				}
				rootCost = rootCost.add(w)
			}
		}
		if cands.Len() == 0 {
			break
		}
		cur = heap.Pop(&cands).(candidate)
		if cur.p.cost.overflowed() {
			// Paths come in cost order, so this one and every one after
			// costs more than a float64 holds: none is an answer, as
			// ShortestPath gives none, and the list stops here.
			break
		}
		paths = append(paths, cur.p)
	}
	return paths, nil
}

// Reachable returns every role reachable from a role, with its distance in
// moves, nearest first (roles at the same distance in the order of their
// least paths, which ShortestPath uses). The start role itself comes first,
// at distance 0. OnlyKinds, MaxMoves and Avoid apply; weights are ignored,
// distances being in moves. Each role comes once, however many kinds of
// move lead to it. An unknown role or an invalid option yields nothing: use
// Has to tell an unknown role apart.
func (g *Graph) Reachable(from role.ID, opts ...Option) iter.Seq2[role.ID, int] {
	return func(yield func(role.ID, int) bool) {
		if g == nil {
			return
		}
		s := g.getScratch()
		defer g.putScratch(s)
		c := &s.cfg
		configureInto(c, opts)
		if c.err != nil {
			return
		}
		src, _, err := g.prepare(from, from, c, s)
		if err != nil {
			return
		}
		ep := s.epoch
		s.seenF[src] = ep
		if !yield(g.ids[src], 0) {
			return
		}
		cur := append(s.frontier[:0], src)
		next := s.next[:0]
		defer func() { s.frontier, s.next = cur[:0], next[:0] }()
		for depth := 1; len(cur) > 0; depth++ {
			if c.maxMoves >= 0 && int32(depth) > c.maxMoves {
				return
			}
			next = next[:0]
			for _, u := range cur {
				for e := g.outOff[u]; e < g.outOff[u+1]; e++ {
					v := g.to[e]
					if s.seenF[v] == ep || s.banned[v] == ep || !c.allowed(g, e) {
						continue
					}
					s.seenF[v] = ep
					next = append(next, v)
					if !yield(g.ids[v], depth) {
						return
					}
				}
			}
			cur, next = next, cur
		}
	}
}
