package bench

import (
	"encoding/binary"
	"math"
	"slices"

	"github.com/rolemodel/rolemodel/internal/gen"
)

// CSR is the plain baseline the career graph is measured against: a
// directed graph in compressed sparse row form over int32 node indices,
// with a float64 weight (Years) per edge and the reverse rows a
// bidirectional search needs. It is the code a competent engineer would
// write for the job without tricks: nodes numbered in order of first
// appearance through a map, parallel edges kept as they are (a search
// takes the cheapest), no validation, no ordering of ties.
type CSR struct {
	index map[string]int32 // role ID -> node
	names []string         // node -> role ID

	off []int32   // edges out of u are off[u]:off[u+1]
	to  []int32   // per edge: target
	w   []float64 // per edge: weight

	roff []int32   // edges into v are roff[v]:roff[v+1]
	from []int32   // per reverse edge: source
	rw   []float64 // per reverse edge: weight
}

// NewCSR builds the baseline graph from the generated edges, weighing each
// edge by its Years.
func NewCSR(es []gen.Edge) *CSR {
	g := &CSR{index: make(map[string]int32)}
	node := func(id string) int32 {
		if i, ok := g.index[id]; ok {
			return i
		}
		i := int32(len(g.names))
		g.index[id] = i
		g.names = append(g.names, id)
		return i
	}
	src := make([]int32, len(es))
	dst := make([]int32, len(es))
	for i, e := range es {
		src[i], dst[i] = node(e.From), node(e.To)
	}
	n := len(g.names)
	g.off = make([]int32, n+1)
	g.roff = make([]int32, n+1)
	for i := range es {
		g.off[src[i]+1]++
		g.roff[dst[i]+1]++
	}
	for u := range n {
		g.off[u+1] += g.off[u]
		g.roff[u+1] += g.roff[u]
	}
	g.to = make([]int32, len(es))
	g.w = make([]float64, len(es))
	g.from = make([]int32, len(es))
	g.rw = make([]float64, len(es))
	fill := append([]int32(nil), g.off[:n]...)
	rfill := append([]int32(nil), g.roff[:n]...)
	for i, e := range es {
		u, v := src[i], dst[i]
		g.to[fill[u]], g.w[fill[u]] = v, e.Years
		fill[u]++
		g.from[rfill[v]], g.rw[rfill[v]] = u, e.Years
		rfill[v]++
	}
	return g
}

// Len returns the number of nodes.
func (g *CSR) Len() int { return len(g.names) }

// CSRPath is a path of the baseline: its nodes from start to end, and its
// cost (moves, or the sum of the weights).
type CSRPath struct {
	Nodes []int32
	Cost  float64
}

// CSRSearch is the working memory of the baseline's searches, sized to the
// graph and reused from one query to the next (so a query allocates only
// its answer). Marks are per-query stamps, so nothing is cleared between
// queries. It is not safe for concurrent use.
type CSRSearch struct {
	g      *CSR
	stamp  uint32
	seenF  []uint32 // labelled by the forward search
	seenB  []uint32
	doneF  []uint32 // settled by the forward search
	doneB  []uint32
	banned []uint32 // nodes a search may not enter (Yen's root path)
	banNxt []uint32 // nodes the first move may not enter (Yen)
	distF  []float64
	distB  []float64
	parF   []int32 // forward: the node before
	parB   []int32 // backward: the node after
	heapF  distHeap
	heapB  distHeap
	front  []int32
	back   []int32
	next   []int32
}

// NewSearch returns working memory for queries on g.
func (g *CSR) NewSearch() *CSRSearch {
	n := g.Len()
	return &CSRSearch{
		g:     g,
		seenF: make([]uint32, n), seenB: make([]uint32, n),
		doneF: make([]uint32, n), doneB: make([]uint32, n),
		banned: make([]uint32, n), banNxt: make([]uint32, n),
		distF: make([]float64, n), distB: make([]float64, n),
		parF: make([]int32, n), parB: make([]int32, n),
	}
}

func (s *CSRSearch) begin() uint32 {
	s.stamp++
	return s.stamp
}

// Fewest returns a path of fewest moves from a to b by bidirectional
// breadth-first search, growing the smaller frontier by one layer at a
// time; ok is false when there is none.
func (s *CSRSearch) Fewest(a, b string) (p CSRPath, ok bool) {
	g := s.g
	src, dst := g.index[a], g.index[b]
	st := s.begin()
	if src == dst {
		return CSRPath{Nodes: []int32{src}}, true
	}
	s.seenF[src], s.parF[src] = st, -1
	s.seenB[dst], s.parB[dst] = st, -1
	fwd := append(s.front[:0], src)
	bwd := append(s.back[:0], dst)
	next := s.next[:0]
	meet := int32(-1)
	for meet < 0 && len(fwd) > 0 && len(bwd) > 0 {
		next = next[:0]
		if len(fwd) <= len(bwd) {
		fwdLayer:
			for _, u := range fwd {
				for e := g.off[u]; e < g.off[u+1]; e++ {
					v := g.to[e]
					if s.seenF[v] == st {
						continue
					}
					s.seenF[v], s.parF[v] = st, u
					if s.seenB[v] == st {
						meet = v
						break fwdLayer
					}
					next = append(next, v)
				}
			}
			fwd, next = next, fwd
		} else {
		bwdLayer:
			for _, u := range bwd {
				for e := g.roff[u]; e < g.roff[u+1]; e++ {
					v := g.from[e]
					if s.seenB[v] == st {
						continue
					}
					s.seenB[v], s.parB[v] = st, u
					if s.seenF[v] == st {
						meet = v
						break bwdLayer
					}
					next = append(next, v)
				}
			}
			bwd, next = next, bwd
		}
	}
	s.front, s.back, s.next = fwd[:0], bwd[:0], next[:0]
	if meet < 0 {
		return CSRPath{}, false
	}
	p.Nodes = s.join(meet)
	p.Cost = float64(len(p.Nodes) - 1)
	return p, true
}

// join returns the nodes of the forward search's path to meet followed by
// those of the backward search's path from it.
func (s *CSRSearch) join(meet int32) []int32 {
	var nodes []int32
	for v := meet; v != -1; v = s.parF[v] {
		nodes = append(nodes, v)
	}
	slices.Reverse(nodes)
	for v := s.parB[meet]; v != -1; v = s.parB[v] {
		nodes = append(nodes, v)
	}
	return nodes
}

// Lightest returns a path of least total weight from a to b by
// bidirectional Dijkstra search: each step settles the least node of the
// side with fewer queued entries, and the search stops once the two least
// queued distances add up to at least the best meeting found.
func (s *CSRSearch) Lightest(a, b string) (CSRPath, bool) {
	st := s.begin()
	return s.lightest(s.g.index[a], s.g.index[b], st, -1)
}

// lightest is Lightest between nodes, skipping nodes whose banned mark is
// st and, when spur >= 0, moves out of spur into nodes whose banNxt mark
// is st.
func (s *CSRSearch) lightest(src, dst int32, st uint32, spur int32) (CSRPath, bool) {
	g := s.g
	if src == dst {
		return CSRPath{Nodes: []int32{src}}, true
	}
	s.heapF = s.heapF[:0]
	s.heapB = s.heapB[:0]
	s.seenF[src], s.distF[src], s.parF[src] = st, 0, -1
	s.seenB[dst], s.distB[dst], s.parB[dst] = st, 0, -1
	s.heapF.push(0, src)
	s.heapB.push(0, dst)
	mu, meet := math.Inf(1), int32(-1)
	for {
		for len(s.heapF) > 0 && s.doneF[s.heapF[0].node] == st {
			s.heapF.pop()
		}
		for len(s.heapB) > 0 && s.doneB[s.heapB[0].node] == st {
			s.heapB.pop()
		}
		if len(s.heapF) == 0 || len(s.heapB) == 0 || s.heapF[0].dist+s.heapB[0].dist >= mu {
			break
		}
		if len(s.heapF) <= len(s.heapB) {
			it := s.heapF.pop()
			u := it.node
			s.doneF[u] = st
			for e := g.off[u]; e < g.off[u+1]; e++ {
				v := g.to[e]
				if s.doneF[v] == st || s.banned[v] == st || u == spur && s.banNxt[v] == st {
					continue
				}
				d := it.dist + g.w[e]
				if s.seenF[v] != st || d < s.distF[v] {
					s.seenF[v], s.distF[v], s.parF[v] = st, d, u
					s.heapF.push(d, v)
				}
				if s.seenB[v] == st && s.distF[v]+s.distB[v] < mu {
					mu, meet = s.distF[v]+s.distB[v], v
				}
			}
		} else {
			it := s.heapB.pop()
			u := it.node
			s.doneB[u] = st
			for e := g.roff[u]; e < g.roff[u+1]; e++ {
				v := g.from[e]
				if s.doneB[v] == st || s.banned[v] == st || v == spur && s.banNxt[u] == st {
					continue
				}
				d := it.dist + g.rw[e]
				if s.seenB[v] != st || d < s.distB[v] {
					s.seenB[v], s.distB[v], s.parB[v] = st, d, u
					s.heapB.push(d, v)
				}
				if s.seenF[v] == st && s.distF[v]+s.distB[v] < mu {
					mu, meet = s.distF[v]+s.distB[v], v
				}
			}
		}
	}
	if meet < 0 {
		return CSRPath{}, false
	}
	return CSRPath{Nodes: s.join(meet), Cost: s.distF[meet] + s.distB[meet]}, true
}

// weight returns the least weight of a move from u to v, or +Inf.
func (g *CSR) weight(u, v int32) float64 {
	w := math.Inf(1)
	for e := g.off[u]; e < g.off[u+1]; e++ {
		if g.to[e] == v && g.w[e] < w {
			w = g.w[e]
		}
	}
	return w
}

// PathWeight returns the sum of the least weights of the moves along nodes.
func (g *CSR) PathWeight(nodes []int32) float64 {
	var c float64
	for i := 1; i < len(nodes); i++ {
		c += g.weight(nodes[i-1], nodes[i])
	}
	return c
}

// Yen returns up to k loopless paths of least weight from a to b, least
// first, by Yen's algorithm: each new path is the least of the candidates
// found by leaving the previous one at each of its nodes (the spur) with
// the moves the listed paths take from the same root banned, and the
// root's other nodes too. Spur paths are found by the same bidirectional
// Dijkstra search as Lightest. Candidates are kept in a slice, with a set
// of node sequences so that none is added twice.
func (s *CSRSearch) Yen(a, b string, k int) []CSRPath {
	g := s.g
	src, dst := g.index[a], g.index[b]
	first, ok := s.lightest(src, dst, s.begin(), -1)
	if !ok {
		return nil
	}
	paths := []CSRPath{first}
	var cands []CSRPath
	seen := map[string]bool{pathKey(first.Nodes): true}
	for len(paths) < k {
		prev := paths[len(paths)-1].Nodes
		rootCost := 0.0
		for i := 0; i < len(prev)-1; i++ {
			spur := prev[i]
			st := s.begin()
			for _, p := range paths {
				if len(p.Nodes) > i+1 && equalNodes(p.Nodes[:i+1], prev[:i+1]) {
					s.banNxt[p.Nodes[i+1]] = st
				}
			}
			for _, v := range prev[:i] {
				s.banned[v] = st
			}
			if sp, ok := s.lightest(spur, dst, st, spur); ok {
				nodes := make([]int32, 0, i+len(sp.Nodes))
				nodes = append(append(nodes, prev[:i]...), sp.Nodes...)
				if key := pathKey(nodes); !seen[key] {
					seen[key] = true
					cands = append(cands, CSRPath{Nodes: nodes, Cost: rootCost + sp.Cost})
				}
			}
			rootCost += g.weight(prev[i], prev[i+1])
		}
		if len(cands) == 0 {
			break
		}
		best := 0
		for j := range cands {
			if cands[j].Cost < cands[best].Cost {
				best = j
			}
		}
		paths = append(paths, cands[best])
		cands[best] = cands[len(cands)-1]
		cands = cands[:len(cands)-1]
	}
	return paths
}

func equalNodes(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func pathKey(nodes []int32) string {
	b := make([]byte, 0, 4*len(nodes))
	for _, v := range nodes {
		b = binary.LittleEndian.AppendUint32(b, uint32(v))
	}
	return string(b)
}

type distItem struct {
	dist float64
	node int32
}

// distHeap is a binary min-heap of queued distances, with stale entries
// left in and skipped when popped.
type distHeap []distItem

func (h *distHeap) push(d float64, v int32) {
	*h = append(*h, distItem{d, v})
	a := *h
	i := len(a) - 1
	for i > 0 {
		p := (i - 1) / 2
		if a[p].dist <= a[i].dist {
			break
		}
		a[i], a[p] = a[p], a[i]
		i = p
	}
}

func (h *distHeap) pop() distItem {
	a := *h
	top := a[0]
	n := len(a) - 1
	a[0] = a[n]
	a = a[:n]
	i := 0
	for {
		l, m := 2*i+1, i
		if l < n && a[l].dist < a[m].dist {
			m = l
		}
		if r := l + 1; r < n && a[r].dist < a[m].dist {
			m = r
		}
		if m == i {
			break
		}
		a[i], a[m] = a[m], a[i]
		i = m
	}
	*h = a
	return top
}
