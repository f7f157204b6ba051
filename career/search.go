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
	nextBan  []uint32 // roles the first move may not enter (Yen), allocated on first use
	distF    []int32  // moves from the start
	distB    []int32  // moves to the end
	parF     []int32  // edge by which the forward search reached the role
	prevF    []int32  // role that edge leaves
	parB     []int32  // edge by which the backward search reached the role
	keyF     []key    // dijkstra's forward labels, allocated on first use
	keyB     []key
	frontier []int32
	next     []int32
	front2   []int32
	heapF    nodeHeap
	heapB    nodeHeap
	cfg      config
	path     []int32
	walkA    []int32 // role sequences compared on ties
	walkB    []int32
	labels   []label  // the rounds of layered
	slot     []int32  // layered: label of a role in the current round
	slotMark []uint32 // layered: the round slot is for
	round    uint32
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
		parF: make([]int32, n), prevF: make([]int32, n), parB: make([]int32, n),
	}
	s.nextEpoch()
	return s
}

func (g *Graph) putScratch(s *scratch) {
	if !g.spare.CompareAndSwap(nil, s) {
		g.pool.Put(s)
	}
}

// nextEpoch starts a query. Epochs go up by two, so that a search can mark
// a role with epoch+1 (dijkstra marks settled roles so).
func (s *scratch) nextEpoch() {
	s.epoch += 2
	if s.epoch < 2 { // wrapped: old stamps could collide
		clear(s.seenF)
		clear(s.seenB)
		clear(s.banned)
		clear(s.nextBan)
		s.epoch = 2
	}
}

func (s *scratch) banNext(n int) []uint32 {
	if s.nextBan == nil {
		s.nextBan = make([]uint32, n)
	}
	return s.nextBan
}

func (s *scratch) ensureWeighted(n int) {
	if s.keyF == nil {
		s.keyF = make([]key, n)
		s.keyB = make([]key, n)
	}
}

// search is one shortest-path problem: endpoints, limits and what is banned.
//
// Every search returns the least path under one order: by cost, then
// moves, then the role IDs along it from the start (compared one by one).
// Role indices are in ID order, so comparing indices compares IDs. Among
// parallel edges (one move stated as several kinds) a search takes the
// cheapest allowed one, the lowest kind among equals, so that a path is a
// sequence of roles and each move has one edge standing for it.
type search struct {
	g        *Graph
	c        *config
	s        *scratch
	src, dst int32
	maxMoves int32 // -1: unbounded
	useBan   bool  // s.nextBan is in force for the first move out of src
}

// found is a path as edge indices from src to dst, appended to buf.
type found struct {
	edges []int32
	cost  cost
	ok    bool
	err   error
}

// edgeOK reports whether edge e, from role u, may be used.
func (q *search) edgeOK(e, u int32) bool {
	if !q.c.allowed(q.g, e) {
		return false
	}
	return !q.useBan || u != q.src || q.s.nextBan[q.g.to[e]] != q.s.epoch
}

func (q *search) nodeOK(v int32) bool { return q.s.banned[v] != q.s.epoch }

// bfs finds the least path of fewest moves by bidirectional breadth-first
// search: it grows whichever frontier is smaller by one whole layer, and
// stops at the first layer in which the two searches meet.
//
// The forward frontier is kept in the order of the least paths to its
// roles: a layer is scanned in order, each role's moves in target order,
// and a role keeps the first path that reaches it. The backward search
// gives each role its least way on: among next roles in the layer nearer
// the end, the smallest. Every least path crosses the meeting layer at a
// role both searches labelled, so the answer is the path through the
// first such role of the forward frontier. It visits O(b^(d/2)) roles for
// branching factor b and distance d.
func (q *search) bfs(buf []int32) found {
	g, s := q.g, q.s
	if q.src == q.dst {
		return found{edges: buf[:0], ok: true}
	}
	ep := s.epoch
	s.seenF[q.src], s.distF[q.src], s.parF[q.src], s.prevF[q.src] = ep, 0, -1, -1
	s.seenB[q.dst], s.distB[q.dst], s.parB[q.dst] = ep, 0, -1
	fwd := append(s.frontier[:0], q.src)
	bwd := append(s.front2[:0], q.dst)
	next := s.next[:0]
	var depthF, depthB int32
	meet := int32(-1)
search:
	for len(fwd) > 0 && len(bwd) > 0 {
		if q.maxMoves >= 0 && depthF+depthB >= q.maxMoves {
			break
		}
		next = next[:0]
		if len(fwd) <= len(bwd) {
			for _, u := range fwd {
				for e := g.outOff[u]; e < g.outOff[u+1]; e++ {
					v := g.to[e]
					if s.seenF[v] == ep || !q.nodeOK(v) || !q.edgeOK(e, u) {
						continue
					}
					s.seenF[v], s.distF[v], s.parF[v], s.prevF[v] = ep, depthF+1, e, u
					if s.seenB[v] == ep {
						// The first meeting in frontier order is the least.
						meet = v
						break search
					}
					next = append(next, v)
				}
			}
			depthF++
			fwd, next = next, fwd
		} else {
			for _, z := range bwd {
				for i := g.inOff[z]; i < g.inOff[z+1]; i++ {
					v, e := g.inFrom[i], g.inEdge[i]
					if !q.nodeOK(v) || !q.edgeOK(e, v) {
						continue
					}
					if s.seenB[v] == ep {
						// Reached again in this layer: keep the smallest next role.
						if s.distB[v] == depthB+1 && z < g.to[s.parB[v]] {
							s.parB[v] = e
						}
						continue
					}
					s.seenB[v], s.distB[v], s.parB[v] = ep, depthB+1, e
					next = append(next, v)
				}
			}
			depthB++
			bwd, next = next, bwd
			for _, v := range fwd {
				if s.seenB[v] == ep {
					meet = v
					break search
				}
			}
		}
	}
	// Keep the grown buffers for the next query.
	s.frontier, s.front2, s.next = fwd[:0], bwd[:0], next[:0]
	if meet < 0 {
		return found{}
	}
	edges := q.stitch(buf, meet)
	return found{edges: edges, cost: cost{hi: float64(len(edges))}, ok: true}
}

// stitch joins the forward search's path to meet with the backward search's
// path from meet, as edges from src to dst.
func (q *search) stitch(buf []int32, meet int32) []int32 {
	g, s := q.g, q.s
	buf = buf[:0]
	for v := meet; v != q.src; v = s.prevF[v] {
		buf = append(buf, s.parF[v])
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

// weight evaluates the caller's weight function on edge e from role u.
func (q *search) weight(e, u int32) (float64, error) {
	if w := q.c.weight(q.g.transition(e, u)); w >= 0 && w <= math.MaxFloat64 {
		return w, nil
	}
	return checkedWeight(q.g, q.c.weight, e, u)
}

// checkedWeight evaluates w on edge e from role u and checks the weight.
func checkedWeight(g *Graph, w func(Transition) float64, e, u int32) (float64, error) {
	t := g.transition(e, u)
	v := w(t)
	if !(v >= 0) || math.IsInf(v, 1) {
		return 0, &QueryError{What: "WeightBy", Why: fmt.Sprintf("the weight of %s is %v: expected a finite number >= 0", t, v)}
	}
	return v, nil
}

// errOverflow is the error of a query whose answer costs more than the
// largest float64.
func errOverflow() error {
	return &QueryError{What: "WeightBy", Why: fmt.Sprintf("the cost of a path exceeds the largest float64 (%g): use smaller weights", math.MaxFloat64)}
}

// lessF reports whether the forward search's path to a is less than its
// path to b, two roles reached in the same number of moves: the paths are
// walked back together until they join, and the first role from the start
// where they differ decides.
func (q *search) lessF(a, b int32) bool {
	s := q.s
	d := 0
	for a != b {
		switch {
		case a < b:
			d = -1
		case a > b:
			d = 1
		}
		a, b = s.prevF[a], s.prevF[b]
	}
	return d < 0
}

// crossing is a candidate answer of dijkstra: the forward path to x, the
// move e from x to y, and the backward path from y.
type crossing struct {
	x, y, e int32
	total   key
}

// walk writes the roles of crossing c's path into buf.
func (q *search) walk(buf []int32, c crossing) []int32 {
	g, s := q.g, q.s
	buf = buf[:0]
	for v := c.x; v >= 0; v = s.prevF[v] {
		buf = append(buf, v)
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	for v := c.y; ; v = g.to[s.parB[v]] {
		buf = append(buf, v)
		if v == q.dst {
			break
		}
	}
	return buf
}

// better reports whether crossing c gives a lesser path than crossing b.
func (q *search) better(c, b crossing) bool {
	if d := c.total.cmp(b.total); d != 0 {
		return d < 0
	}
	if c.x == b.x && c.y == b.y {
		return false
	}
	q.s.walkA = q.walk(q.s.walkA, c)
	q.s.walkB = q.walk(q.s.walkB, b)
	for i := range q.s.walkA {
		if a, b := q.s.walkA[i], q.s.walkB[i]; a != b {
			return a < b
		}
	}
	return false
}

// dijkstra finds the least path by bidirectional Dijkstra search on the
// key (cost, moves): both searches settle roles in key order, the smaller
// frontier first, and the search stops once the least unsettled keys of the
// two sides add up to at least the best meeting found.
//
// Ties follow the order too. A forward label keeps, among equal keys, the
// path that is least from the start (lessF); a backward label the smallest
// next role, which makes the path from it least. A label is final once
// every role with a lesser key is settled. When the search stops, every
// role on a least path has a final label on one side at least, so every
// least path has a move from the last of its roles with a final forward
// label to one with a final backward label; the answer is the least of the
// paths through such moves, which the search records as it settles roles
// (and, for roles left on the frontiers, in boundary). O((V+E) log V) in
// the worst case, far less when the ends are near.
//
// Marks: seenF[v] is ep when v has a forward label and ep+1 once it is
// settled; likewise seenB.
func (q *search) dijkstra(buf []int32) found {
	g, s := q.g, q.s
	if q.src == q.dst {
		return found{edges: buf[:0], ok: true}
	}
	s.ensureWeighted(len(g.ids))
	ep := s.epoch
	s.heapF.reset()
	s.heapB.reset()
	s.seenF[q.src], s.keyF[q.src], s.parF[q.src], s.prevF[q.src] = ep, key{}, -1, -1
	s.seenB[q.dst], s.keyB[q.dst], s.parB[q.dst] = ep, key{}, -1
	s.heapF.push(key{}, q.src)
	s.heapB.push(key{}, q.dst)
	m := meetings{q: q, mu: key{c: cost{hi: math.Inf(1)}, m: math.MaxInt32}, muBound: math.Inf(1)}
	for {
		for s.heapF.len() > 0 {
			if it := s.heapF.top(); s.seenF[it.node()] != ep || !it.is(s.keyF[it.node()]) {
				s.heapF.pop() // stale: settled, or a better label was pushed
				continue
			}
			break
		}
		for s.heapB.len() > 0 {
			if it := s.heapB.top(); s.seenB[it.node()] != ep || !it.is(s.keyB[it.node()]) {
				s.heapB.pop()
				continue
			}
			break
		}
		if s.heapF.len() == 0 {
			// Every role the start reaches is settled: the forward search
			// alone is exact.
			if s.seenF[q.dst] != ep+1 {
				return found{}
			}
			return q.forwardOnly(buf)
		}
		if s.heapB.len() == 0 {
			if s.seenB[q.src] != ep+1 {
				return found{}
			}
			return q.backwardOnly(buf)
		}
		topF, topB := s.heapF.top().key(), s.heapB.top().key()
		if topF.c.hi+topB.c.hi >= m.mu.c.hi*(1-0x1p-50) && topF.plus(topB).cmp(m.mu) >= 0 {
			// Least paths through the roles on the frontiers, whose labels
			// are final though they are not settled, are still to be seen.
			if err := q.boundary(topF, topB, &m); err != nil {
				return found{err: err}
			}
			break
		}
		if s.heapF.len() <= s.heapB.len() {
			u := s.heapF.pop().node()
			s.seenF[u] = ep + 1
			ku := s.keyF[u]
			for e := g.outOff[u]; e < g.outOff[u+1]; e++ {
				v := g.to[e]
				if s.seenF[v] == ep+1 || !q.nodeOK(v) || !q.edgeOK(e, u) {
					continue
				}
				w, err := q.weight(e, u)
				if err != nil {
					return found{err: err}
				}
				nk := ku.step(w)
				if s.seenF[v] != ep {
					s.seenF[v], s.keyF[v], s.parF[v], s.prevF[v] = ep, nk, e, u
					s.heapF.push(nk, v)
				} else if d := nk.cmp(s.keyF[v]); d < 0 {
					s.keyF[v], s.parF[v], s.prevF[v] = nk, e, u
					s.heapF.push(nk, v)
				} else if d == 0 && s.prevF[v] != u && q.lessF(u, s.prevF[v]) {
					s.parF[v], s.prevF[v] = e, u
				}
				if sb := s.seenB[v]; sb >= ep && nk.c.hi+s.keyB[v].c.hi <= m.muBound {
					t := nk.plus(s.keyB[v])
					m.setMu(t)
					if sb == ep+1 {
						m.consider(crossing{x: u, y: v, e: e, total: t})
					}
				}
			}
		} else {
			z := s.heapB.pop().node()
			s.seenB[z] = ep + 1
			kz := s.keyB[z]
			for i := g.inOff[z]; i < g.inOff[z+1]; i++ {
				v, e := g.inFrom[i], g.inEdge[i]
				if s.seenB[v] == ep+1 || !q.nodeOK(v) || !q.edgeOK(e, v) {
					continue
				}
				w, err := q.weight(e, v)
				if err != nil {
					return found{err: err}
				}
				nk := kz.step(w)
				if s.seenB[v] != ep {
					s.seenB[v], s.keyB[v], s.parB[v] = ep, nk, e
					s.heapB.push(nk, v)
				} else if d := nk.cmp(s.keyB[v]); d < 0 {
					s.keyB[v], s.parB[v] = nk, e
					s.heapB.push(nk, v)
				} else if d == 0 && z < g.to[s.parB[v]] {
					s.parB[v] = e
				}
				if sf := s.seenF[v]; sf >= ep && s.keyF[v].c.hi+nk.c.hi <= m.muBound {
					t := s.keyF[v].step(w).plus(kz)
					m.setMu(t)
					if sf == ep+1 {
						m.consider(crossing{x: v, y: z, e: e, total: t})
					}
				}
			}
		}
	}
	if !m.haveBest {
		return found{}
	}
	best := m.best
	buf = buf[:0]
	for v := best.x; v != q.src; v = s.prevF[v] {
		buf = append(buf, s.parF[v])
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	buf = append(buf, best.e)
	for v := best.y; v != q.dst; {
		e := s.parB[v]
		buf = append(buf, e)
		v = g.to[e]
	}
	return found{edges: buf, cost: best.total.c, ok: true}
}

// meetings keeps dijkstra's best meeting so far (mu, an upper bound on the
// answer's key) and its best recorded crossing.
type meetings struct {
	q  *search
	mu key
	// muBound is a float64 bound above mu's cost: a meeting whose costs'
	// float64 sum exceeds it is dearer than mu whatever the low parts of
	// the costs, so it need not be summed exactly.
	muBound  float64
	best     crossing
	haveBest bool
}

func (m *meetings) setMu(t key) {
	if t.cmp(m.mu) < 0 {
		m.mu, m.muBound = t, t.c.hi*(1+0x1p-50)
	}
}

func (m *meetings) consider(c crossing) {
	m.setMu(c.total)
	if !m.haveBest || m.q.better(c, m.best) {
		m.best, m.haveBest = c, true
	}
}

// boundary records the crossings of least paths from a role with a final
// forward label to one with a final backward label where one of the two
// is not settled. Every label equal to the top of its heap is final: all
// roles with lesser keys are settled, and they include every role a least
// path to (or from) it passes. Only moves to (from) roles with a final
// label on the other side, and no dearer together than the best meeting,
// are weighed.
func (q *search) boundary(topF, topB key, m *meetings) error {
	g, s := q.g, q.s
	ep := s.epoch
	for _, it := range s.heapF.items {
		x := it.node()
		if s.seenF[x] != ep || !it.is(topF) || !it.is(s.keyF[x]) {
			continue
		}
		for e := g.outOff[x]; e < g.outOff[x+1]; e++ {
			y := g.to[e]
			sb := s.seenB[y]
			if sb < ep || topF.c.hi+s.keyB[y].c.hi > m.muBound || sb == ep && s.keyB[y].cmp(topB) > 0 || !q.nodeOK(y) || !q.edgeOK(e, x) {
				continue
			}
			w, err := q.weight(e, x)
			if err != nil {
				return err
			}
			m.consider(crossing{x: x, y: y, e: e, total: topF.step(w).plus(s.keyB[y])})
		}
	}
	for _, it := range s.heapB.items {
		y := it.node()
		if s.seenB[y] != ep || !it.is(topB) || !it.is(s.keyB[y]) {
			continue
		}
		for i := g.inOff[y]; i < g.inOff[y+1]; i++ {
			x, e := g.inFrom[i], g.inEdge[i]
			if s.seenF[x] != ep+1 || s.keyF[x].c.hi+topB.c.hi > m.muBound || !q.nodeOK(x) || !q.edgeOK(e, x) {
				continue
			}
			w, err := q.weight(e, x)
			if err != nil {
				return err
			}
			m.consider(crossing{x: x, y: y, e: e, total: s.keyF[x].step(w).plus(topB)})
		}
	}
	return nil
}

// forwardOnly returns the forward search's path to dst.
func (q *search) forwardOnly(buf []int32) found {
	s := q.s
	buf = buf[:0]
	for v := q.dst; v != q.src; v = s.prevF[v] {
		buf = append(buf, s.parF[v])
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return found{edges: buf, cost: s.keyF[q.dst].c, ok: true}
}

// backwardOnly returns the backward search's path from src.
func (q *search) backwardOnly(buf []int32) found {
	g, s := q.g, q.s
	buf = buf[:0]
	for v := q.src; v != q.dst; {
		e := s.parB[v]
		buf = append(buf, e)
		v = g.to[e]
	}
	return found{edges: buf, cost: s.keyB[q.src].c, ok: true}
}

// label is one role reached in one round of layered: the least walk of
// exactly that many moves to it.
type label struct {
	node int32
	edge int32 // the last move
	prev int32 // the label of the previous round it extends; -1 at the start
	cost cost
}

// nextRound returns a stamp for a new round of layered.
func (s *scratch) nextRound(n int) uint32 {
	if s.slotMark == nil {
		s.slot = make([]int32, n)
		s.slotMark = make([]uint32, n)
	}
	s.round++
	if s.round == 0 {
		clear(s.slotMark)
		s.round = 1
	}
	return s.round
}

// lessWalk reports whether the walk of label a is less than that of label
// b, two labels of one round: as lessF, walking back until they join.
func lessWalk(ls []label, a, b int32) bool {
	d := 0
	for a != b {
		switch na, nb := ls[a].node, ls[b].node; {
		case na < nb:
			d = -1
		case na > nb:
			d = 1
		}
		a, b = ls[a].prev, ls[b].prev
	}
	return d < 0
}

// layered finds the least path of at most maxMoves moves, for weighted
// queries with MaxMoves: a Bellman-Ford relaxation by rounds, one round per
// move, keeping for each round the least walk of exactly that many moves
// to each role (by cost, then roles from the start). The answer is the
// least over rounds; it is a simple path, since cutting a cycle out of a
// walk gives one no dearer with fewer moves. A MaxMoves of V-1 or more
// bounds nothing a simple path could use, so the search is then dijkstra.
// O(min(MaxMoves, V) × E).
func (q *search) layered(buf []int32) found {
	g, s := q.g, q.s
	if q.src == q.dst {
		return found{edges: buf[:0], ok: true}
	}
	if int(q.maxMoves) >= len(g.ids)-1 {
		return q.dijkstra(buf)
	}
	ls := append(s.labels[:0], label{node: q.src, edge: -1, prev: -1})
	defer func() { s.labels = ls[:0] }()
	start, end := int32(0), int32(1)
	best := int32(-1)
	var bestCost cost
	for k := int32(1); k <= q.maxMoves && start < end; k++ {
		stamp := s.nextRound(len(g.ids))
		for li := start; li < end; li++ {
			l := ls[li]
			if best >= 0 && l.cost.cmp(bestCost) >= 0 || l.node == q.dst {
				continue
			}
			u := l.node
			for e := g.outOff[u]; e < g.outOff[u+1]; e++ {
				v := g.to[e]
				if !q.nodeOK(v) || !q.edgeOK(e, u) {
					continue
				}
				w, err := q.weight(e, u)
				if err != nil {
					return found{err: err}
				}
				nc := ls[li].cost.add(w)
				if best >= 0 && nc.cmp(bestCost) >= 0 {
					continue // more moves for no less cost
				}
				if s.slotMark[v] != stamp {
					s.slotMark[v], s.slot[v] = stamp, int32(len(ls))
					ls = append(ls, label{node: v, edge: e, prev: li, cost: nc})
					continue
				}
				j := s.slot[v]
				if d := nc.cmp(ls[j].cost); d < 0 || d == 0 && ls[j].prev != li && lessWalk(ls, li, ls[j].prev) {
					ls[j] = label{node: v, edge: e, prev: li, cost: nc}
				}
			}
		}
		start, end = end, int32(len(ls))
		if s.slotMark[q.dst] == stamp {
			if j := s.slot[q.dst]; best < 0 || ls[j].cost.cmp(bestCost) < 0 {
				best, bestCost = j, ls[j].cost
			}
		}
	}
	if best < 0 {
		return found{}
	}
	buf = buf[:0]
	for j := best; ls[j].prev >= 0; j = ls[j].prev {
		buf = append(buf, ls[j].edge)
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
	hi, lo float64 // the key's cost
	mn     uint64  // the key's moves << 32 | the role
}

func (it heapItem) node() int32 { return int32(uint32(it.mn)) }

// is reports whether the item's key is k.
func (it heapItem) is(k key) bool {
	return it.hi == k.c.hi && it.lo == k.c.lo && int32(it.mn>>32) == k.m
}

func (it heapItem) key() key {
	return key{c: cost{it.hi, it.lo}, m: int32(it.mn >> 32)}
}

// nodeHeap is a binary min-heap ordered by key, then role index, so that
// equal keys settle in ID order and answers are deterministic.
type nodeHeap struct{ items []heapItem }

func (h *nodeHeap) reset()        { h.items = h.items[:0] }
func (h *nodeHeap) len() int      { return len(h.items) }
func (h *nodeHeap) top() heapItem { return h.items[0] }

func less(a, b heapItem) bool {
	if a.hi != b.hi {
		return a.hi < b.hi
	}
	if a.lo != b.lo {
		return a.lo < b.lo
	}
	return a.mn < b.mn
}

func (h *nodeHeap) push(k key, n int32) {
	h.items = append(h.items, heapItem{hi: k.c.hi, lo: k.c.lo, mn: uint64(k.m)<<32 | uint64(uint32(n))})
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
