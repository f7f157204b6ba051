package career

import (
	"container/heap"
	"fmt"
	"iter"
	"slices"

	"github.com/rolemodel/rolemodel/role"
)

// prepare resolves a query's endpoints and options and marks avoided roles.
func (g *Graph) prepare(from, to role.ID, c *config, s *scratch) (src, dst int32, err error) {
	if c.err != nil {
		return 0, 0, c.err
	}
	var ok bool
	if src, ok = g.lookup(from); !ok || g == nil {
		return 0, 0, &RoleError{ID: from}
	}
	if dst, ok = g.lookup(to); !ok {
		return 0, 0, &RoleError{ID: to}
	}
	for _, id := range c.avoid {
		if i, ok := g.lookup(id); ok {
			s.banned[i] = s.epoch
		}
	}
	if s.banned[src] == s.epoch || s.banned[dst] == s.epoch {
		return 0, 0, &NoPathError{From: from, To: to}
	}
	return src, dst, nil
}

// ShortestPath returns a shortest path from one role to another: the fewest
// moves by default, or the least total weight with WeightBy. Other options
// restrict the moves (OnlyKinds), their number (MaxMoves) and the roles
// passed through (Avoid). The answer is deterministic: among equally short
// paths the same one is returned every time, the searches visiting roles in
// ID order.
//
// Fewest moves uses a bidirectional breadth-first search; WeightBy a
// bidirectional Dijkstra search, or, with MaxMoves, a Bellman-Ford search by
// rounds (O(MaxMoves × transitions)). A query allocates nothing per visited
// role. It returns a *RoleError for an unknown endpoint, a *NoPathError when
// nothing connects them and a *QueryError for a bad option or weight.
// A path from a role to itself is the empty path of that role.
func (g *Graph) ShortestPath(from, to role.ID, opts ...Option) (Path, error) {
	if g == nil {
		return Path{}, &RoleError{ID: from}
	}
	s := g.getScratch()
	defer g.putScratch(s)
	c := &s.cfg
	configureInto(c, opts)
	src, dst, err := g.prepare(from, to, c, s)
	if err != nil {
		return Path{}, err
	}
	q := search{g: g, c: c, s: s, src: src, dst: dst, maxMoves: c.maxMoves}
	f := q.run(s.path[:0])
	s.path = f.edges[:0]
	if f.err != nil {
		return Path{}, f.err
	}
	if !f.ok {
		return Path{}, &NoPathError{From: from, To: to}
	}
	return g.newPath(src, f.edges, f.cost), nil
}

// KShortestPaths returns up to k shortest loopless paths from one role to
// another, best first (by cost, then moves, then role IDs), all distinct;
// the first is the path ShortestPath returns. It takes the same options.
// Fewer than k paths are returned when fewer exist; none is a *NoPathError.
// k < 1 is a *QueryError.
//
// It is Yen's algorithm: each path after the first is the best deviation
// from a previous one, found by a shortest-path search from each of its
// roles with the moves already used banned. O(k × V × one search).
func (g *Graph) KShortestPaths(from, to role.ID, k int, opts ...Option) ([]Path, error) {
	if k < 1 {
		return nil, &QueryError{What: "k", Why: fmt.Sprintf("%d is out of range: expected 1 or more", k)}
	}
	first, err := g.ShortestPath(from, to, opts...)
	if err != nil {
		return nil, err
	}
	c := configure(opts)
	paths := []Path{first}
	seen := map[string]bool{first.key(): true}
	cands := &pathHeap{}
	var buf []int32
	for len(paths) < k {
		prev := paths[len(paths)-1]
		pe := prev.edges()
		// The roles of prev, in order.
		nodes := make([]int32, 0, len(pe)+1)
		nodes = append(nodes, prev.src)
		for _, e := range pe {
			nodes = append(nodes, g.to[e])
		}
		for i := 0; i < len(pe); i++ {
			if c.maxMoves >= 0 && int32(i) >= c.maxMoves {
				break
			}
			s := g.getScratch()
			s.banEdges(g)
			for _, id := range c.avoid {
				if j, ok := g.lookup(id); ok {
					s.banned[j] = s.epoch
				}
			}
			// The root path may not be revisited.
			for _, v := range nodes[:i] {
				s.banned[v] = s.epoch
			}
			// Moves that would repeat a known path with this root are banned.
			root := pe[:i]
			for _, p := range paths {
				if es := p.edges(); len(es) > i && p.src == prev.src && slices.Equal(es[:i], root) {
					s.edgeBan[es[i]] = s.epoch
				}
			}
			var rootCost float64
			if c.weight != nil {
				u := prev.src
				for _, e := range root {
					w, err := (&search{g: g, c: &c}).weight(e, u)
					if err != nil {
						g.putScratch(s)
						return nil, err
					}
					rootCost += w
					u = g.to[e]
				}
			} else {
				rootCost = float64(len(root))
			}
			mm := int32(-1)
			if c.maxMoves >= 0 {
				mm = c.maxMoves - int32(i)
			}
			q := search{g: g, c: &c, s: s, src: nodes[i], dst: nodes[len(nodes)-1], maxMoves: mm, useBan: true}
			f := q.run(buf[:0])
			g.putScratch(s)
			if f.err != nil {
				return nil, f.err
			}
			if !f.ok {
				continue
			}
			buf = f.edges
			full := make([]int32, 0, len(root)+len(f.edges))
			full = append(append(full, root...), f.edges...)
			p := g.newPath(prev.src, full, rootCost+f.cost)
			if key := p.key(); !seen[key] {
				seen[key] = true
				heap.Push(cands, p)
			}
		}
		if cands.Len() == 0 {
			break
		}
		paths = append(paths, heap.Pop(cands).(Path))
	}
	return paths, nil
}

type pathHeap []Path

func (h pathHeap) Len() int           { return len(h) }
func (h pathHeap) Less(i, j int) bool { return comparePaths(h[i], h[j]) < 0 }
func (h pathHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *pathHeap) Push(x any)        { *h = append(*h, x.(Path)) }
func (h *pathHeap) Pop() any {
	old := *h
	p := old[len(old)-1]
	*h = old[:len(old)-1]
	return p
}

// Reachable returns every role reachable from a role, with its distance in
// moves, nearest first (roles at the same distance in the order the
// breadth-first search meets them, which follows role IDs). The start role
// itself comes first, at distance 0. OnlyKinds, MaxMoves and Avoid apply;
// WeightBy is ignored, distances being in moves. An unknown role or an
// invalid option yields nothing: use Has to tell an unknown role apart.
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
