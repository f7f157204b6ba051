package esco

import (
	"cmp"
	"iter"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// Neighbour is an occupation similar to another one, with the similarity of
// their skill sets (see Similarity).
type Neighbour struct {
	// Role is the ID of the similar occupation's role.
	Role role.ID
	// Similarity is the similarity of the two occupations' skill sets, from
	// 0 to 1, as Similarity computes it.
	Similarity float64
}

// Similarity returns the weighted Jaccard (Ruzicka) similarity of two
// occupations' skill requirements, a number from 0 (no skill in common) to
// 1 (the same skills with the same weights):
//
//	sim(a, b) = Σ min(wa(s), wb(s)) / Σ max(wa(s), wb(s))
//
// summed over every skill s of either occupation, where w(s) is 1 for an
// essential skill, 0.5 for an optional one and 0 for a skill the occupation
// does not list. A skill listed twice counts with its higher weight. Two
// occupations without skills have similarity 0. The measure is symmetric.
func Similarity(a, b []skill.Requirement) float64 {
	wa, wb := weights(a), weights(b)
	var minSum, total int64
	for s, x := range wa {
		y := wb[s]
		minSum += int64(min(x, y))
		total += int64(x)
	}
	for _, y := range wb {
		total += int64(y)
	}
	return ratio(minSum, total)
}

// ratio returns the similarity from the sum of the minimum weights and the
// sum of both occupations' weights, both in half units: Σ max = total - Σ
// min. Load, Similarity and Similarities all compute it here, so that they
// agree to the last bit.
func ratio(minSum, total int64) float64 {
	if minSum == 0 {
		return 0
	}
	return float64(minSum) / float64(total-minSum)
}

// weights returns the skills of a requirement list with their weights in
// half units: 2 essential, 1 optional.
func weights(reqs []skill.Requirement) map[skill.ID]uint8 {
	m := make(map[skill.ID]uint8, len(reqs))
	for _, r := range reqs {
		m[r.Skill] = max(m[r.Skill], weight(r.Essential))
	}
	return m
}

func weight(essential bool) uint8 {
	if essential {
		return 2
	}
	return 1
}

// Similarities returns, for each role of roles in turn, the other roles
// whose similarity to it (see Similarity) is at least threshold, most
// similar first and ties broken by role ID. Roles that share no skill are
// never listed, whatever the threshold; a role with no neighbour is yielded
// with an empty list.
//
// It indexes the roles by skill once, then finds each pair once, from its
// first role, by walking the later roles of each of its skills and summing
// the shared weights. The work is about half the sum, over skills, of the
// square of the number of roles that have the skill, rather than the
// square of the number of roles; for full-size ESCO data (3,000
// occupations, 120,000 relations) that is some 50 ms. The neighbours of
// later roles wait in memory until their turn, so stopping early saves the
// rest of the work.
func Similarities(roles iter.Seq[role.Role], threshold float64) iter.Seq2[role.ID, []Neighbour] {
	return func(yield func(role.ID, []Neighbour) bool) {
		if roles == nil {
			return
		}
		var ids []role.ID
		var prof []profile
		skillIdx := map[skill.ID]int32{}
		for r := range roles {
			ids = append(ids, r.ID)
			var p profile
			for _, q := range r.Skills {
				s, ok := skillIdx[q.Skill]
				if !ok {
					s = int32(len(skillIdx))
					skillIdx[q.Skill] = s
				}
				p.add(s, weight(q.Essential))
			}
			p.finish()
			prof = append(prof, p)
		}
		x := newIndex(prof, len(skillIdx), ids)
		s := x.scratch()
		// earlier[b] holds the pairs (a, b) found from a < b.
		earlier := make([][]neighbour, len(ids))
		for i, id := range ids {
			later := x.later(i, threshold, s)
			ns := append(earlier[i], later...)
			earlier[i] = nil
			for _, n := range later {
				earlier[n.i] = append(earlier[n.i], neighbour{int32(i), n.sim})
			}
			ns = x.rank(ns, -1)
			out := make([]Neighbour, len(ns))
			for k, n := range ns {
				out[k] = Neighbour{Role: ids[n.i], Similarity: n.sim}
			}
			if !yield(id, out) {
				return
			}
		}
	}
}

// profile is one occupation's skills, as indexes, with weights in half
// units.
type profile struct {
	skills []int32
	w      []uint8
	total  int64
}

func (p *profile) add(s int32, w uint8) {
	p.skills = append(p.skills, s)
	p.w = append(p.w, w)
}

// finish sorts the skills, merges repeats by their higher weight and sums
// the weights.
func (p *profile) finish() {
	type sw struct {
		s int32
		w uint8
	}
	pairs := make([]sw, len(p.skills))
	for i := range p.skills {
		pairs[i] = sw{p.skills[i], p.w[i]}
	}
	slices.SortFunc(pairs, func(a, b sw) int { return cmp.Or(cmp.Compare(a.s, b.s), -cmp.Compare(a.w, b.w)) })
	p.skills, p.w, p.total = p.skills[:0], p.w[:0], 0
	for i, x := range pairs {
		if i > 0 && pairs[i-1].s == x.s {
			continue
		}
		p.skills = append(p.skills, x.s)
		p.w = append(p.w, x.w)
		p.total += int64(x.w)
	}
}

// index is an inverted index from skills to the occupations that have them.
type index struct {
	off  []int32 // the postings of skill s are occ[off[s]:off[s+1]]
	occ  []int32
	w    []uint8
	prof []profile
	ids  []role.ID
}

type neighbour struct {
	i   int32
	sim float64
}

// scratch is one goroutine's working memory for similar.
type scratch struct {
	acc     []int32 // summed weights fit: at most 2 per skill
	touched []int32
	out     []neighbour
}

func newIndex(prof []profile, nskills int, ids []role.ID) *index {
	x := &index{off: make([]int32, nskills+1), prof: prof, ids: ids}
	for _, p := range prof {
		for _, s := range p.skills {
			x.off[s+1]++
		}
	}
	for s := range nskills {
		x.off[s+1] += x.off[s]
	}
	n := x.off[nskills]
	x.occ, x.w = make([]int32, n), make([]uint8, n)
	next := slices.Clone(x.off[:nskills])
	for i, p := range prof {
		for k, s := range p.skills {
			j := next[s]
			next[s]++
			x.occ[j], x.w[j] = int32(i), p.w[k]
		}
	}
	return x
}

func (x *index) scratch() *scratch {
	return &scratch{acc: make([]int32, len(x.prof))}
}

// later returns occupation a's neighbours among the occupations after it
// (b > a) at or above threshold, in no order. Each pair is thus found once,
// from its first occupation: half the work of looking both ways. The result
// is only valid until the next call with s.
func (x *index) later(a int, threshold float64, s *scratch) []neighbour {
	pa := &x.prof[a]
	s.touched = s.touched[:0]
	acc := s.acc
	for k, sk := range pa.skills {
		wa := pa.w[k]
		lo, hi := x.off[sk], x.off[sk+1]
		occ, w := x.occ[lo:hi], x.w[lo:hi]
		// Postings are in occupation order, and a is among them.
		from, _ := slices.BinarySearch(occ, int32(a)+1)
		occ, w = occ[from:], w[from:]
		w = w[:len(occ)]
		for j, b := range occ {
			if acc[b] == 0 {
				s.touched = append(s.touched, b)
			}
			acc[b] += int32(min(wa, w[j]))
		}
	}
	out := s.out[:0]
	for _, b := range s.touched {
		m := int64(acc[b])
		acc[b] = 0
		if sim := ratio(m, pa.total+x.prof[b].total); sim >= threshold {
			out = append(out, neighbour{b, sim})
		}
	}
	s.out = out
	return out
}

// rank sorts neighbours most similar first, ties by ID, and keeps at most
// limit of them (all when limit < 0).
func (x *index) rank(ns []neighbour, limit int) []neighbour {
	slices.SortFunc(ns, func(p, q neighbour) int {
		return cmp.Or(cmp.Compare(q.sim, p.sim), cmp.Compare(x.ids[p.i], x.ids[q.i]))
	})
	if limit >= 0 && len(ns) > limit {
		ns = ns[:limit:limit]
	}
	return ns
}

// all returns the neighbours of every occupation, ranked and cut to limit.
// The pairs are found in parallel.
func (x *index) all(threshold float64, limit int) [][]neighbour {
	found := make([][]neighbour, len(x.prof))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(1, len(x.prof)/64)) {
		wg.Go(func() {
			s := x.scratch()
			for {
				a := int(next.Add(1) - 1)
				if a >= len(x.prof) {
					return
				}
				found[a] = slices.Clone(x.later(a, threshold, s))
			}
		})
	}
	wg.Wait()
	res := make([][]neighbour, len(x.prof))
	for a, ns := range found {
		res[a] = append(res[a], ns...)
		for _, n := range ns {
			res[n.i] = append(res[n.i], neighbour{int32(a), n.sim})
		}
	}
	for a := range res {
		res[a] = x.rank(res[a], limit)
	}
	return res
}
