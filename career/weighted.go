package career

import "math"

// wlabel is a role's label in one direction of dijkstra: the least path
// found so far to the role (forward) or from it (backward). Whether it is
// set, and settled, is in the role's marks.
type wlabel struct {
	c    cost  // the path's cost
	m    int32 // its moves
	par  int32 // the edge by which the path reaches (leaves) the role
	prev int32 // forward: the role par leaves; backward: the role it enters
}

// marks says which labels of a role belong to the current query: f (b) is
// the query's epoch once the role has a forward (backward) label, and
// epoch+1 once that label is settled. The two share 8 bytes, so that a
// step of the search learns both from one read of memory.
type marks struct{ f, b uint32 }

func (l *wlabel) key() key { return key{c: l.c, m: l.m} }

// lessF reports whether the forward search's path to a is less than its
// path to b, two roles reached in the same number of moves: the paths are
// walked back together until they join, and the first role from the start
// where they differ decides.
func (q *search) lessF(a, b int32) bool {
	lf := q.s.labF
	d := 0
	for a != b {
		switch {
		case a < b:
			d = -1
		case a > b:
			d = 1
		}
		a, b = lf[a].prev, lf[b].prev
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
	lf, lb := q.s.labF, q.s.labB
	buf = buf[:0]
	for v := c.x; v >= 0; v = lf[v].prev {
		buf = append(buf, v)
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	for v := c.y; ; v = lb[v].prev {
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
// A move is not followed when the path through it would cost more than the
// best meeting whatever came after it: when its key plus the least key on
// the other side's heap (no role not settled on that side is nearer the
// other end) exceeds it. Such a label could only make a dearer path, so
// every label the reasoning above needs is still made, and most moves
// scanned after the first meeting are skipped.
//
// Labels are s.labF and s.labB, and s.marks says which belong to this
// query. The weights of a WeightByYears or WeightByIndex query are read
// from the graph's columns, the backward search's from the copy in the
// order of the incoming moves, so that both walk their rows in memory
// order.
func (q *search) dijkstra(buf []int32) found {
	g, s := q.g, q.s
	if q.src == q.dst {
		return found{edges: buf[:0], ok: true}
	}
	s.ensureWeighted(len(g.ids))
	ep := s.epoch
	lf, lb, mk := s.labF, s.labB, s.marks
	s.heapF.reset(q.c.exact)
	s.heapB.reset(q.c.exact)
	lf[q.src], mk[q.src].f = wlabel{par: -1, prev: -1}, ep
	lb[q.dst], mk[q.dst].b = wlabel{par: -1, prev: -1}, ep
	s.heapF.push(key{}, q.src)
	s.heapB.push(key{}, q.dst)
	m := meetings{q: q, mu: key{c: cost{hi: math.Inf(1)}, m: math.MaxInt32}, muBound: math.Inf(1)}
	anyKind, checkBans, useBan := q.c.kinds == allKinds, !q.noBans, q.useBan
	banned, nextBan := s.banned, s.nextBan
	col := q.c.field != 0
	out32, out64, in32, in64 := q.c.w32, q.c.w64, q.c.in32, q.c.in64
	for {
		for s.heapF.len() > 0 {
			if it := s.heapF.top(); mk[it.node()].f != ep || !it.is(lf[it.node()].key()) {
				s.heapF.pop() // stale: settled, or a better label was pushed
				continue
			}
			break
		}
		for s.heapB.len() > 0 {
			if it := s.heapB.top(); mk[it.node()].b != ep || !it.is(lb[it.node()].key()) {
				s.heapB.pop()
				continue
			}
			break
		}
		if s.heapF.len() == 0 {
			// Every role the start reaches on a path that could beat the
			// best meeting is settled: the forward search alone is exact.
			if mk[q.dst].f != ep+1 {
				return m.answer(buf)
			}
			return q.forwardOnly(buf)
		}
		if s.heapB.len() == 0 {
			if mk[q.src].b != ep+1 {
				return m.answer(buf)
			}
			return q.backwardOnly(buf)
		}
		topF, topB := s.heapF.top().key(), s.heapB.top().key()
		if topF.c.hi+topB.c.hi >= m.mu.c.hi*(1-0x1p-50) && topF.plus(topB).cmp(m.mu) >= 0 {
			// Least paths through the roles on the frontiers, whose labels
			// are final though they are not settled, are still to be seen.
			if q.c.exact {
				q.boundary(topF, topB, &m)
			} else if err := q.boundaryScan(topF, topB, &m); err != nil {
				return found{err: err}
			}
			return m.answer(buf)
		}
		if s.heapF.len() <= s.heapB.len() {
			u := s.heapF.pop().node()
			mk[u].f = ep + 1
			ku := lf[u].key()
			banFirst := useBan && u == q.src
			for e, end := g.outOff[u], g.outOff[u+1]; e < end; e++ {
				v := g.to[e]
				mv := &mk[v]
				if mv.f == ep+1 || checkBans && banned[v] == ep || !anyKind && !q.c.allowed(g, e) || banFirst && nextBan[v] == ep {
					continue
				}
				if ku.c.hi+topB.c.hi > m.muBound && mv.b != ep+1 {
					// Dearer than the best meeting whatever the weight (it
					// is >= 0, and rounding is monotone): not weighed.
					continue
				}
				var w float64
				switch {
				case out32 != nil:
					w = float64(out32[e])
				case out64 != nil:
					w = out64[e]
				case !col:
					var err error
					if w, err = q.funcWeight(e, u); err != nil {
						return found{err: err}
					}
				}
				nk := ku.step(w)
				if nk.c.hi+topB.c.hi > m.muBound && mv.b != ep+1 {
					continue // dearer than the best meeting, whatever follows
				}
				lv := &lf[v]
				if mv.f != ep {
					mv.f, *lv = ep, wlabel{c: nk.c, m: nk.m, par: e, prev: u}
					s.heapF.push(nk, v)
				} else if d := nk.cmp(lv.key()); d < 0 {
					*lv = wlabel{c: nk.c, m: nk.m, par: e, prev: u}
					s.heapF.push(nk, v)
				} else if d == 0 && lv.prev != u && q.lessF(u, lv.prev) {
					lv.par, lv.prev = e, u
				}
				if sb := mv.b; sb >= ep {
					if bv := &lb[v]; nk.c.hi+bv.c.hi <= m.muBound {
						t := nk.plus(bv.key())
						m.setMu(t)
						if sb == ep+1 {
							m.consider(crossing{x: u, y: v, e: e, total: t})
						}
					}
				}
			}
		} else {
			z := s.heapB.pop().node()
			mk[z].b = ep + 1
			kz := lb[z].key()
			for i, end := g.inOff[z], g.inOff[z+1]; i < end; i++ {
				v := g.inFrom[i]
				mv := &mk[v]
				if mv.b == ep+1 || checkBans && banned[v] == ep {
					continue
				}
				e := g.inEdge[i]
				if !anyKind && !q.c.allowed(g, e) || useBan && v == q.src && nextBan[z] == ep {
					continue
				}
				if kz.c.hi+topF.c.hi > m.muBound && mv.f != ep+1 {
					continue
				}
				var w float64
				switch {
				case in32 != nil:
					w = float64(in32[i])
				case in64 != nil:
					w = in64[i]
				case !col:
					var err error
					if w, err = q.funcWeight(e, v); err != nil {
						return found{err: err}
					}
				}
				nk := kz.step(w)
				if nk.c.hi+topF.c.hi > m.muBound && mv.f != ep+1 {
					continue
				}
				lv := &lb[v]
				if mv.b != ep {
					mv.b, *lv = ep, wlabel{c: nk.c, m: nk.m, par: e, prev: z}
					s.heapB.push(nk, v)
				} else if d := nk.cmp(lv.key()); d < 0 {
					*lv = wlabel{c: nk.c, m: nk.m, par: e, prev: z}
					s.heapB.push(nk, v)
				} else if d == 0 && z < lv.prev {
					lv.par, lv.prev = e, z
				}
				if sf := mv.f; sf >= ep {
					if fv := &lf[v]; fv.c.hi+nk.c.hi <= m.muBound {
						t := fv.key().step(w).plus(kz)
						m.setMu(t)
						if sf == ep+1 {
							m.consider(crossing{x: v, y: z, e: e, total: t})
						}
					}
				}
			}
		}
	}
}

// answer returns the path of the best crossing recorded, if any.
func (m *meetings) answer(buf []int32) found {
	if !m.haveBest {
		return found{}
	}
	q, best := m.q, m.best
	lf, lb := q.s.labF, q.s.labB
	buf = buf[:0]
	for v := best.x; v != q.src; v = lf[v].prev {
		buf = append(buf, lf[v].par)
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	buf = append(buf, best.e)
	for v := best.y; v != q.dst; v = lb[v].prev {
		buf = append(buf, lb[v].par)
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

// boundary records the least paths through the roles left on the
// frontiers with labels equal to the tops of their heaps, which are final
// though not settled: every role with a lesser key is settled, and those
// include every role a least path to (or from) it passes. It holds when
// costs add up exactly (config.exact); boundaryScan is the general case.
//
// When the search stops, a least path of key mu either has a move from a
// role settled forward to one settled backward, which the search recorded
// as it settled them, or passes a role x on one frontier at the top of its
// heap (were its next role not settled backward, the key of the path from
// there, mu minus a forward key above topF, would be below topB). Say the forward one: its forward key is topF, so its key to the end
// is mu-topF <= topB, and every role whose key to the end is below topB is
// settled backward and every one at topB labelled so; x's backward label is
// therefore final, with key mu-topF. Every path of key mu through x has
// x at the same place and keys topF before it and mu-topF after it, so the
// least of them joins x's least path from the start (its forward label,
// ties settled by lessF) with its least path to the end (its backward
// label, ties settled by the smaller next role): one candidate per role,
// with no moves to look through. Likewise for the backward frontier.
//
// The search ends here, so boundary pops the heaps' items equal to their
// tops rather than looking through every item.
func (q *search) boundary(topF, topB key, m *meetings) {
	s := q.s
	ep := s.epoch
	lf, lb, mk := s.labF, s.labB, s.marks
	for s.heapF.len() > 0 && s.heapF.top().is(topF) {
		it := s.heapF.pop()
		x := it.node()
		if mk[x].f != ep || !it.is(lf[x].key()) {
			continue // stale
		}
		if x == q.dst {
			m.consider(crossing{x: lf[x].prev, y: x, e: lf[x].par, total: topF})
			continue
		}
		if bx, sb := &lb[x], mk[x].b; sb == ep+1 || sb == ep && bx.key().cmp(topB) <= 0 {
			m.consider(crossing{x: x, y: bx.prev, e: bx.par, total: topF.plus(bx.key())})
		}
	}
	for s.heapB.len() > 0 && s.heapB.top().is(topB) {
		it := s.heapB.pop()
		y := it.node()
		if mk[y].b != ep || !it.is(lb[y].key()) {
			continue
		}
		if y == q.src {
			m.consider(crossing{x: y, y: lb[y].prev, e: lb[y].par, total: topB})
			continue
		}
		if fy, sf := &lf[y], mk[y].f; sf == ep+1 || sf == ep && fy.key().cmp(topF) <= 0 {
			m.consider(crossing{x: fy.prev, y: y, e: fy.par, total: fy.key().plus(topB)})
		}
	}
}

// boundaryScan is boundary for costs that may be rounded or overflow, where
// the reasoning about keys that boundary relies on fails (a cost of +Inf
// plus anything is +Inf): it records the crossings of least paths from a
// role with a final forward label to one with a final backward label
// where one of the two is not settled, by looking through the moves of
// the roles at the tops of the heaps. Only moves to (from) roles with a
// final label on the other side, and no dearer together than the best
// meeting, are weighed.
func (q *search) boundaryScan(topF, topB key, m *meetings) error {
	g, s := q.g, q.s
	ep := s.epoch
	lf, lb, mk := s.labF, s.labB, s.marks
	for s.heapF.len() > 0 && s.heapF.top().is(topF) {
		it := s.heapF.pop()
		x := it.node()
		if mk[x].f != ep || !it.is(lf[x].key()) {
			continue
		}
		for e := g.outOff[x]; e < g.outOff[x+1]; e++ {
			y := g.to[e]
			ly, sb := &lb[y], mk[y].b
			if sb < ep || topF.c.hi+ly.c.hi > m.muBound || sb == ep && ly.key().cmp(topB) > 0 || !q.nodeOK(y) || !q.edgeOK(e, x) {
				continue
			}
			w, err := q.weight(e, x)
			if err != nil {
				return err
			}
			m.consider(crossing{x: x, y: y, e: e, total: topF.step(w).plus(ly.key())})
		}
	}
	for s.heapB.len() > 0 && s.heapB.top().is(topB) {
		it := s.heapB.pop()
		y := it.node()
		if mk[y].b != ep || !it.is(lb[y].key()) {
			continue
		}
		for i := g.inOff[y]; i < g.inOff[y+1]; i++ {
			x, e := g.inFrom[i], g.inEdge[i]
			lx := &lf[x]
			if mk[x].f != ep+1 || lx.c.hi+topB.c.hi > m.muBound || !q.nodeOK(x) || !q.edgeOK(e, x) {
				continue
			}
			w, err := q.weight(e, x)
			if err != nil {
				return err
			}
			m.consider(crossing{x: x, y: y, e: e, total: lx.key().step(w).plus(topB)})
		}
	}
	return nil
}

// forwardOnly returns the forward search's path to dst.
func (q *search) forwardOnly(buf []int32) found {
	lf := q.s.labF
	buf = buf[:0]
	for v := q.dst; v != q.src; v = lf[v].prev {
		buf = append(buf, lf[v].par)
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return found{edges: buf, cost: lf[q.dst].c, ok: true}
}

// backwardOnly returns the backward search's path from src.
func (q *search) backwardOnly(buf []int32) found {
	lb := q.s.labB
	buf = buf[:0]
	for v := q.src; v != q.dst; v = lb[v].prev {
		buf = append(buf, lb[v].par)
	}
	return found{edges: buf, cost: lb[q.src].c, ok: true}
}
