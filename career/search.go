package career

import (
	"fmt"
	"math"
)

// scratch is the per-query working memory, reused through the graph's pool
// so that a query allocates nothing per visited role. Marks are epoch
// stamps: a role is marked when its stamp equals the current epoch, so
// nothing needs clearing between queries.
type scratch struct {
	epoch    uint32
	seenF    []uint32 // forward-labelled
	seenB    []uint32 // backward-labelled
	banned   []uint32 // avoided roles
	edgeBan  []uint32 // banned edges (Yen), allocated on first use
	distF    []int32
	distB    []int32
	parF     []int32 // edge by which the forward search reached the role
	parB     []int32 // edge by which the backward search reached the role
	costF    []float64
	costB    []float64
	frontier []int32
	next     []int32
	front2   []int32
	heapF    nodeHeap
	heapB    nodeHeap
	cfg      config
	path     []int32
}

func (g *Graph) getScratch() *scratch {
	// One scratch is kept on the graph itself, which a garbage collection
	// does not empty as it does the pool: a graph queried from one
	// goroutine at a time then never allocates scratch again.
	if s := g.spare.Swap(nil); s != nil {
		s.nextEpoch()
		return s
	}
	if s, ok := g.pool.Get().(*scratch); ok {
		s.nextEpoch()
		return s
	}
	n := len(g.ids)
	s := &scratch{
		seenF: make([]uint32, n), seenB: make([]uint32, n), banned: make([]uint32, n),
		distF: make([]int32, n), distB: make([]int32, n),
		parF: make([]int32, n), parB: make([]int32, n),
	}
	s.nextEpoch()
	return s
}

func (g *Graph) putScratch(s *scratch) {
	if !g.spare.CompareAndSwap(nil, s) {
		g.pool.Put(s)
	}
}

func (s *scratch) nextEpoch() {
	s.epoch++
	if s.epoch == 0 { // wrapped: old stamps could collide
		clear(s.seenF)
		clear(s.seenB)
		clear(s.banned)
		clear(s.edgeBan)
		s.epoch = 1
	}
}

func (s *scratch) banEdges(g *Graph) {
	if s.edgeBan == nil {
		s.edgeBan = make([]uint32, len(g.to))
	}
}

func (s *scratch) ensureCosts(n int) {
	if s.costF == nil {
		s.costF = make([]float64, n)
		s.costB = make([]float64, n)
	}
}

// search is one shortest-path problem: endpoints, limits and what is banned.
type search struct {
	g        *Graph
	c        *config
	s        *scratch
	src, dst int32
	maxMoves int32 // -1: unbounded
	useBan   bool  // s.edgeBan is in force
}

// found is a path as edge indices from src to dst, appended to buf.
type found struct {
	edges []int32
	cost  float64
	ok    bool
	err   error
}

func (q *search) edgeOK(e int32) bool {
	if !q.c.allowed(q.g, e) {
		return false
	}
	return !q.useBan || q.s.edgeBan[e] != q.s.epoch
}

func (q *search) nodeOK(v int32) bool { return q.s.banned[v] != q.s.epoch }

// bfs finds a path of fewest moves by bidirectional breadth-first search:
// it grows whichever frontier is smaller by one whole layer, and stops at
// the first layer in which the two searches meet, keeping the meeting of
// least total length (the first in role-ID scan order among equals).
// It visits O(b^(d/2)) roles for branching factor b and distance d.
func (q *search) bfs(buf []int32) found {
	g, s := q.g, q.s
	if q.src == q.dst {
		return found{edges: buf[:0], ok: true}
	}
	ep := s.epoch
	s.seenF[q.src], s.distF[q.src], s.parF[q.src] = ep, 0, -1
	s.seenB[q.dst], s.distB[q.dst], s.parB[q.dst] = ep, 0, -1
	fwd := append(s.frontier[:0], q.src)
	bwd := append(s.front2[:0], q.dst)
	next := s.next[:0]
	var depthF, depthB int32
	best, meet := int32(math.MaxInt32), int32(-1)
	for len(fwd) > 0 && len(bwd) > 0 {
		if q.maxMoves >= 0 && depthF+depthB >= q.maxMoves {
			break
		}
		next = next[:0]
		if len(fwd) <= len(bwd) {
			for _, u := range fwd {
				for e := g.outOff[u]; e < g.outOff[u+1]; e++ {
					v := g.to[e]
					if s.seenF[v] == ep || !q.nodeOK(v) || !q.edgeOK(e) {
						continue
					}
					s.seenF[v], s.distF[v], s.parF[v] = ep, depthF+1, e
					next = append(next, v)
					if s.seenB[v] == ep && depthF+1+s.distB[v] < best {
						best, meet = depthF+1+s.distB[v], v
					}
				}
			}
			depthF++
			fwd, next = next, fwd
		} else {
			for _, u := range bwd {
				for i := g.inOff[u]; i < g.inOff[u+1]; i++ {
					v, e := g.inFrom[i], g.inEdge[i]
					if s.seenB[v] == ep || !q.nodeOK(v) || !q.edgeOK(e) {
						continue
					}
					s.seenB[v], s.distB[v], s.parB[v] = ep, depthB+1, e
					next = append(next, v)
					if s.seenF[v] == ep && depthB+1+s.distF[v] < best {
						best, meet = depthB+1+s.distF[v], v
					}
				}
			}
			depthB++
			bwd, next = next, bwd
		}
		if meet >= 0 {
			break
		}
	}
	// Keep the grown buffers for the next query.
	s.frontier, s.front2, s.next = fwd[:0], bwd[:0], next[:0]
	if meet < 0 {
		return found{}
	}
	return found{edges: q.stitch(buf, meet), cost: float64(best), ok: true}
}

// stitch joins the forward search's path to meet with the backward search's
// path from meet, as edges from src to dst.
func (q *search) stitch(buf []int32, meet int32) []int32 {
	g, s := q.g, q.s
	buf = buf[:0]
	for v := meet; v != q.src; {
		e := s.parF[v]
		buf = append(buf, e)
		v = q.sourceOf(e, v)
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	for v := meet; v != q.dst; {
		e := s.parB[v]
		buf = append(buf, e)
		v = g.to[e]
	}
	return buf
}

// sourceOf returns the role edge e leaves, given that it enters v: the row
// of v's incoming edges holds it.
func (q *search) sourceOf(e, v int32) int32 {
	g := q.g
	for i := g.inOff[v]; i < g.inOff[v+1]; i++ {
		if g.inEdge[i] == e {
			return g.inFrom[i]
		}
	}
	panic("career: corrupt graph")
}

// weight evaluates the caller's weight function on edge e from role u.
func (q *search) weight(e, u int32) (float64, error) {
	w := q.c.weight(q.g.transition(e, u))
	if !(w >= 0) || math.IsInf(w, 1) {
		return 0, &QueryError{What: "WeightBy", Why: fmt.Sprintf("the weight of %s is %v: expected a finite number >= 0", q.g.transition(e, u), w)}
	}
	return w, nil
}

// dijkstra finds a least-cost path by bidirectional Dijkstra: both searches
// settle roles in order of cost, and the search stops once the smallest
// unsettled costs of the two sides add up to at least the best meeting
// found. O((V+E) log V) in the worst case, far less when the ends are near.
func (q *search) dijkstra(buf []int32) found {
	g, s := q.g, q.s
	if q.src == q.dst {
		return found{edges: buf[:0], ok: true}
	}
	s.ensureCosts(len(g.ids))
	ep := s.epoch
	s.heapF.reset()
	s.heapB.reset()
	s.seenF[q.src], s.costF[q.src], s.parF[q.src] = ep, 0, -1
	s.seenB[q.dst], s.costB[q.dst], s.parB[q.dst] = ep, 0, -1
	s.heapF.push(0, q.src)
	s.heapB.push(0, q.dst)
	best, meet := math.Inf(1), int32(-1)
	for s.heapF.len() > 0 && s.heapB.len() > 0 {
		if s.heapF.top().cost+s.heapB.top().cost >= best {
			break
		}
		if s.heapF.top().cost <= s.heapB.top().cost {
			it := s.heapF.pop()
			u := it.node
			if it.cost > s.costF[u] {
				continue // stale
			}
			for e := g.outOff[u]; e < g.outOff[u+1]; e++ {
				v := g.to[e]
				if !q.nodeOK(v) || !q.edgeOK(e) {
					continue
				}
				w, err := q.weight(e, u)
				if err != nil {
					return found{err: err}
				}
				nc := it.cost + w
				if s.seenF[v] != ep || nc < s.costF[v] {
					s.seenF[v], s.costF[v], s.parF[v] = ep, nc, e
					s.heapF.push(nc, v)
					if s.seenB[v] == ep && nc+s.costB[v] < best {
						best, meet = nc+s.costB[v], v
					}
				}
			}
		} else {
			it := s.heapB.pop()
			u := it.node
			if it.cost > s.costB[u] {
				continue
			}
			for i := g.inOff[u]; i < g.inOff[u+1]; i++ {
				v, e := g.inFrom[i], g.inEdge[i]
				if !q.nodeOK(v) || !q.edgeOK(e) {
					continue
				}
				w, err := q.weight(e, v)
				if err != nil {
					return found{err: err}
				}
				nc := it.cost + w
				if s.seenB[v] != ep || nc < s.costB[v] {
					s.seenB[v], s.costB[v], s.parB[v] = ep, nc, e
					s.heapB.push(nc, v)
					if s.seenF[v] == ep && nc+s.costF[v] < best {
						best, meet = nc+s.costF[v], v
					}
				}
			}
		}
	}
	if meet < 0 {
		return found{}
	}
	return found{edges: q.stitch(buf, meet), cost: best, ok: true}
}

// layered finds a least-cost path of at most maxMoves moves, for weighted
// queries with MaxMoves: a Bellman-Ford relaxation by rounds, one round per
// move, keeping for each round the best cost of reaching each role in
// exactly that many moves. O(maxMoves × E).
func (q *search) layered(buf []int32) found {
	g := q.g
	if q.src == q.dst {
		return found{edges: buf[:0], ok: true}
	}
	type label struct {
		cost float64
		edge int32
		prev int32 // index of the label in the previous round
	}
	rounds := []map[int32]label{{q.src: {cost: 0, edge: -1, prev: -1}}}
	bestCost, bestRound := math.Inf(1), -1
	for k := int32(1); k <= q.maxMoves; k++ {
		cur := map[int32]label{}
		for u, lu := range rounds[k-1] {
			if lu.cost >= bestCost {
				continue
			}
			for e := g.outOff[u]; e < g.outOff[u+1]; e++ {
				v := g.to[e]
				if !q.nodeOK(v) || !q.edgeOK(e) {
					continue
				}
				w, err := q.weight(e, u)
				if err != nil {
					return found{err: err}
				}
				nc := lu.cost + w
				if old, ok := cur[v]; !ok || nc < old.cost || (nc == old.cost && u < old.prev) {
					cur[v] = label{cost: nc, edge: e, prev: u}
				}
			}
		}
		if l, ok := cur[q.dst]; ok && l.cost < bestCost {
			bestCost, bestRound = l.cost, int(k)
		}
		if len(cur) == 0 {
			break
		}
		rounds = append(rounds, cur)
	}
	if bestRound < 0 {
		return found{}
	}
	buf = buf[:0]
	v := q.dst
	for k := bestRound; k > 0; k-- {
		l := rounds[k][v]
		buf = append(buf, l.edge)
		v = l.prev
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return found{edges: buf, cost: bestCost, ok: true}
}

// run picks the algorithm for the query.
func (q *search) run(buf []int32) found {
	switch {
	case q.c.weight == nil:
		return q.bfs(buf)
	case q.maxMoves >= 0:
		return q.layered(buf)
	}
	return q.dijkstra(buf)
}

type heapItem struct {
	cost float64
	node int32
}

// nodeHeap is a binary min-heap ordered by cost, then role index, so that
// equal costs settle in ID order and answers are deterministic.
type nodeHeap struct{ items []heapItem }

func (h *nodeHeap) reset()        { h.items = h.items[:0] }
func (h *nodeHeap) len() int      { return len(h.items) }
func (h *nodeHeap) top() heapItem { return h.items[0] }

func less(a, b heapItem) bool { return a.cost < b.cost || (a.cost == b.cost && a.node < b.node) }

func (h *nodeHeap) push(c float64, n int32) {
	h.items = append(h.items, heapItem{c, n})
	i := len(h.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !less(h.items[i], h.items[p]) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *nodeHeap) pop() heapItem {
	it := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < last && less(h.items[l], h.items[m]) {
			m = l
		}
		if r < last && less(h.items[r], h.items[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
	return it
}
