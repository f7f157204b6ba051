package career

import (
	"fmt"
	"math"

	"github.com/rolemodel/rolemodel/internal/problem"
	"github.com/rolemodel/rolemodel/role"
)

// scratch is the per-query working memory, reused through the graph's pool
// so that a query allocates nothing per visited role. Marks are epoch
// stamps: a role is marked when its stamp equals the current epoch, so
// nothing needs clearing between queries.
type scratch struct {
	epoch    uint32
	seenF    []uint32  // forward-labelled
	seenB    []uint32  // backward-labelled
	banned   []uint32  // avoided roles
	nextBan  []uint32  // roles the first move may not enter (Yen), allocated on first use
	bfsF     []bfsFwd  // bfs's forward labels
	bfsB     []bfsBwd  // bfs's backward labels
	labF     []wlabel  // dijkstra's forward labels, allocated on first use
	labB     []wlabel  // dijkstra's backward labels
	marks    []marks   // which of labF and labB are this query's
	roleW    []float64 // WeightByRole's weight of a move into each role
	roleWEp  []uint32  // the epoch whose query worked out roleW[v]
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
		bfsF: make([]bfsFwd, n), bfsB: make([]bfsBwd, n),
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
		clear(s.marks)
		clear(s.roleWEp)
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
	if s.labF == nil {
		s.labF = make([]wlabel, n)
		s.labB = make([]wlabel, n)
		s.marks = make([]marks, n)
	}
}

// bfsFwd is a role's forward label in bfs: the move that reached it, the
// role it left, and the role's place in its layer of the forward frontier.
type bfsFwd struct{ par, prev, pos int32 }

// bfsBwd is a role's backward label in bfs: its distance in moves to the
// end and the move on from it.
type bfsBwd struct{ dist, par int32 }

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
	noBans   bool  // no role is marked in s.banned
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

// free reports whether every edge may be used (edgeOK is always true).
func (q *search) free() bool { return q.c.kinds == allKinds && !q.useBan }

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
	s.seenF[q.src], s.bfsF[q.src] = ep, bfsFwd{par: -1, prev: -1}
	s.seenB[q.dst], s.bfsB[q.dst] = ep, bfsBwd{par: -1}
	fwd := append(s.frontier[:0], q.src)
	bwd := append(s.front2[:0], q.dst)
	next := s.next[:0]
	var depthF, depthB int32
	meet := int32(-1)
	free, checkBans := q.free(), !q.noBans
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
					if s.seenF[v] == ep || checkBans && s.banned[v] == ep || !free && !q.edgeOK(e, u) {
						continue
					}
					s.seenF[v], s.bfsF[v] = ep, bfsFwd{par: e, prev: u, pos: int32(len(next))}
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
			for zi, z := range bwd {
				for i := g.inOff[z]; i < g.inOff[z+1]; i++ {
					v, e := g.inFrom[i], g.inEdge[i]
					if checkBans && s.banned[v] == ep || !free && !q.edgeOK(e, v) {
						continue
					}
					if s.seenF[v] == ep {
						// The searches meet in this layer.
						meet = q.crossing(fwd, bwd[zi:], i+1, v, depthB)
						break search
					}
					if s.seenB[v] == ep {
						// Reached again in this layer: keep the smallest next role.
						if b := &s.bfsB[v]; b.dist == depthB+1 && z < g.to[b.par] {
							b.par = e
						}
						continue
					}
					s.seenB[v], s.bfsB[v] = ep, bfsBwd{dist: depthB + 1, par: e}
					next = append(next, v)
				}
			}
			depthB++
			bwd, next = next, bwd
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

// crossing returns the role where the least path leaves the forward
// frontier fwd for the backward one (the roles depth moves from the end),
// which the backward search has just found to meet: v in fwd has a move
// into it, to rest[0], found at in-slot from-1 of rest[0]. fwd is in the
// order of the least paths to its roles, and the backward frontier is
// complete, so the answer is the first role of fwd with a move into it.
// It is found by whichever is cheaper: looking through the moves out of
// the roles of fwd before v, or through the rest of the moves into the
// backward frontier for roles of fwd earlier than v (bfsFwd.pos gives
// their places). The role's backward label is pointed at its least move on.
func (q *search) crossing(fwd, rest []int32, from int32, v, depth int32) int32 {
	g, s := q.g, q.s
	ep := s.epoch
	best := s.bfsF[v].pos
	var costF, costB int32
	for _, u := range fwd[:best] {
		costF += g.outOff[u+1] - g.outOff[u]
	}
	costB = g.inOff[rest[0]+1] - from
	for _, z := range rest[1:] {
		costB += g.inOff[z+1] - g.inOff[z]
	}
	if costF <= costB {
		for _, u := range fwd[:best] {
			if q.into(u, depth) {
				return u
			}
		}
		q.into(v, depth)
		return v
	}
	for zi, z := range rest {
		i := g.inOff[z]
		if zi == 0 {
			i = from
		}
		for ; i < g.inOff[z+1]; i++ {
			x := g.inFrom[i]
			// A role the forward search labelled is in fwd: an earlier
			// layer's would have met the backward search before now.
			if s.seenF[x] == ep && s.bfsF[x].pos < best && q.nodeOK(x) && q.edgeOK(g.inEdge[i], x) {
				best = s.bfsF[x].pos
			}
		}
	}
	u := fwd[best]
	q.into(u, depth)
	return u
}

// into reports whether role u has a move into the backward frontier (the
// roles depth moves from the end), and if so points u's backward label at
// the least: u's moves are in target order, so the first.
func (q *search) into(u, depth int32) bool {
	g, s := q.g, q.s
	ep := s.epoch
	for e := g.outOff[u]; e < g.outOff[u+1]; e++ {
		if z := g.to[e]; s.seenB[z] == ep && s.bfsB[z].dist == depth && q.edgeOK(e, u) {
			s.seenB[u], s.bfsB[u] = ep, bfsBwd{dist: depth + 1, par: e}
			return true
		}
	}
	return false
}

// stitch joins the forward search's path to meet with the backward search's
// path from meet, as edges from src to dst.
func (q *search) stitch(buf []int32, meet int32) []int32 {
	g, s := q.g, q.s
	buf = buf[:0]
	for v := meet; v != q.src; v = s.bfsF[v].prev {
		buf = append(buf, s.bfsF[v].par)
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	for v := meet; v != q.dst; {
		e := s.bfsB[v].par
		buf = append(buf, e)
		v = g.to[e]
	}
	return buf
}

// weight returns the weight of edge e from role u under the query: from
// the graph's column for WeightByYears and WeightByIndex, or from the
// caller's function, checked.
func (q *search) weight(e, u int32) (float64, error) {
	if q.c.field != 0 {
		return q.c.columnWeight(e), nil
	}
	return q.funcWeight(e, u)
}

// funcWeight evaluates the caller's weight function on edge e from role u.
func (q *search) funcWeight(e, u int32) (float64, error) {
	if q.c.toWeight != nil {
		return q.roleWeight(q.g.to[e])
	}
	if w := q.c.weight(q.g.transition(e, u)); w >= 0 && w <= math.MaxFloat64 {
		return w, nil
	}
	return checkedWeight(q.g, q.c.weight, e, u)
}

// roleWeight is WeightByRole's weight of a move into role v, worked out
// once per query.
func (q *search) roleWeight(v int32) (float64, error) {
	s := q.s
	if s.roleW == nil {
		s.roleW, s.roleWEp = make([]float64, len(q.g.ids)), make([]uint32, len(q.g.ids))
	}
	if s.roleWEp[v] == s.epoch {
		return s.roleW[v], nil
	}
	w, err := checkedRoleWeight(q.g, q.c.toWeight, v)
	if err == nil {
		s.roleW[v], s.roleWEp[v] = w, s.epoch
	}
	return w, err
}

// checkedRoleWeight evaluates w on role v and checks the weight.
func checkedRoleWeight(g *Graph, w func(role.ID) float64, v int32) (float64, error) {
	x := w(g.ids[v])
	if !(x >= 0) || math.IsInf(x, 1) {
		return 0, &QueryError{What: "WeightByRole", Why: fmt.Sprintf("the weight of a move into %s is %v: expected a finite number >= 0", problem.Quote(string(g.ids[v]), problem.MaxQuoteID), x)}
	}
	return x, nil
}

// checkedWeight evaluates w on edge e from role u and checks the weight.
func checkedWeight(g *Graph, w func(Transition) float64, e, u int32) (float64, error) {
	t := g.transition(e, u)
	v := w(t)
	if !(v >= 0) || math.IsInf(v, 1) {
		return 0, &QueryError{What: "WeightBy", Why: fmt.Sprintf("the weight of %s is %v: expected a finite number >= 0", t.quoted(), v)}
	}
	return v, nil
}

// errOverflow is the error of a query whose answer costs more than the
// largest float64.
func errOverflow() error {
	return &QueryError{What: "WeightBy", Why: fmt.Sprintf("the cost of a path exceeds the largest float64 (%g): use smaller weights", math.MaxFloat64)}
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
	case !q.c.weighted():
		return q.bfs(buf)
	case q.maxMoves >= 0:
		return q.layered(buf)
	}
	return q.dijkstra(buf)
}
