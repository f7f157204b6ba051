// Package gen generates deterministic career graphs for benchmarks and
// tests, shared by the career package and the nested bench module so that
// both measure the same graphs.
package gen

import (
	"fmt"
	"math/rand/v2"
)

// Kinds of edge, numbered as career.Kind numbers them.
const (
	Entry       = 1
	Advancement = 2
	Lateral     = 3
)

// Edge is one generated transition.
type Edge struct {
	From, To string
	Kind     int
	Years    float64 // 1-8, a weight for weighted queries
}

// Size names a generated graph's scale.
type Size struct {
	Name    string
	Roles   int
	PerRole int // transitions drawn per role (duplicates and loops dropped)
}

// The sizes the benchmarks use.
var (
	S = Size{"S", 50, 3}       // ~150 transitions
	M = Size{"M", 3_000, 50}   // ~150,000 transitions: ESCO-sized
	L = Size{"L", 200_000, 10} // ~2,000,000 transitions
)

// Levels is the number of seniority levels roles are spread over.
const Levels = 8

// Edges generates the graph of size sz, seeded by its role count, so that
// every run and every library sees the same edges. Roles get a level from
// 0 to 7; advancement goes up one or two levels, lateral stays on the
// level, entry goes up one. There are no self-loops and no two edges with
// the same from, to and kind.
func Edges(sz Size) []Edge {
	r := rand.New(rand.NewPCG(uint64(sz.Roles), 42))
	byLevel := make([][]string, Levels)
	level := make([]int, sz.Roles)
	ids := make([]string, sz.Roles)
	for i := range ids {
		ids[i] = fmt.Sprintf("role-%06d", i)
		level[i] = r.IntN(Levels)
		byLevel[level[i]] = append(byLevel[level[i]], ids[i])
	}
	es := make([]Edge, 0, sz.Roles*sz.PerRole)
	for i, id := range ids {
		start := len(es)
		for range sz.PerRole {
			l := level[i]
			var k int
			switch x := r.IntN(10); {
			case x < 5 && l+1 < Levels:
				k, l = Advancement, l+1+r.IntN(min(2, Levels-1-l))
			case x < 8:
				k = Lateral
			case l+1 < Levels:
				k, l = Entry, l+1
			default:
				k = Lateral
			}
			cands := byLevel[l]
			to := cands[r.IntN(len(cands))]
			if to == id {
				continue
			}
			dup := false
			for _, e := range es[start:] {
				dup = dup || (e.To == to && e.Kind == k)
			}
			if !dup {
				es = append(es, Edge{From: id, To: to, Kind: k, Years: float64(1 + r.IntN(8))})
			}
		}
	}
	return es
}

// Pairs returns n seeded (from, to) index pairs into the sorted role list,
// for queries; has reports whether a pair is usable (for example, has a
// path), and unusable pairs are skipped.
func Pairs(roles []string, n int, has func(a, b string) bool) [][2]string {
	r := rand.New(rand.NewPCG(7, uint64(len(roles))))
	var out [][2]string
	for tries := 0; len(out) < n && tries < 100*n; tries++ {
		a, b := roles[r.IntN(len(roles))], roles[r.IntN(len(roles))]
		if a != b && has(a, b) {
			out = append(out, [2]string{a, b})
		}
	}
	return out
}
