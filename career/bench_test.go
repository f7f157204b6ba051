package career

import (
	"sync"
	"testing"

	"github.com/rolemodel/rolemodel/internal/gen"
	"github.com/rolemodel/rolemodel/role"
)

var (
	genTs  = map[string]func() []Transition{}
	genG   = map[string]func() *Graph{}
	onceMu sync.Mutex
)

func fixtures(sz graphSize) ([]Transition, *Graph) {
	onceMu.Lock()
	if genTs[sz.Name] == nil {
		genTs[sz.Name] = sync.OnceValue(func() []Transition { return generateTransitions(sz) })
		genG[sz.Name] = sync.OnceValue(func() *Graph {
			g, err := New(genTs[sz.Name]())
			if err != nil {
				panic(err)
			}
			return g
		})
	}
	ts, g := genTs[sz.Name], genG[sz.Name]
	onceMu.Unlock()
	return ts(), g()
}

// pairs returns the shared seeded (from, to) pairs that have a path.
func pairs(g *Graph, n int) [][2]role.ID {
	names := make([]string, len(g.ids))
	for i, id := range g.ids {
		names[i] = string(id)
	}
	ps := gen.Pairs(names, n, func(a, b string) bool {
		_, err := g.ShortestPath(role.ID(a), role.ID(b))
		return err == nil
	})
	out := make([][2]role.ID, len(ps))
	for i, p := range ps {
		out[i] = [2]role.ID{role.ID(p[0]), role.ID(p[1])}
	}
	return out
}

var sizes = []graphSize{sizeS, sizeM, sizeL}

func byYears(t Transition) float64 { return t.Years }

func BenchmarkBuild(b *testing.B) {
	for _, sz := range sizes {
		b.Run(sz.Name, func(b *testing.B) {
			ts, g := fixtures(sz)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := New(ts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(g.memory())/float64(g.Size()), "B/transition")
			b.ReportMetric(float64(g.Size()), "transitions")
		})
	}
}

func BenchmarkShortestPath(b *testing.B) {
	for _, sz := range sizes {
		b.Run(sz.Name+"/moves", func(b *testing.B) {
			_, g := fixtures(sz)
			ps := pairs(g, 64)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				p := ps[i%len(ps)]
				i++
				if _, err := g.ShortestPath(p[0], p[1]); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(sz.Name+"/weighted", func(b *testing.B) {
			_, g := fixtures(sz)
			ps := pairs(g, 64)
			w := WeightBy(byYears)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				p := ps[i%len(ps)]
				i++
				if _, err := g.ShortestPath(p[0], p[1], w); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkKShortestPaths(b *testing.B) {
	for _, sz := range []graphSize{sizeS, sizeM} {
		for _, weighted := range []bool{false, true} {
			name := sz.Name + "/k=5/moves"
			var opts []Option
			if weighted {
				name = sz.Name + "/k=5/weighted"
				opts = append(opts, WeightBy(byYears))
			}
			b.Run(name, func(b *testing.B) {
				_, g := fixtures(sz)
				ps := pairs(g, 16)
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					p := ps[i%len(ps)]
					i++
					if _, err := g.KShortestPaths(p[0], p[1], 5, opts...); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func BenchmarkReachable(b *testing.B) {
	for _, sz := range sizes {
		b.Run(sz.Name, func(b *testing.B) {
			_, g := fixtures(sz)
			ps := pairs(g, 16)
			b.ReportAllocs()
			i, n := 0, 0
			for b.Loop() {
				for range g.Reachable(ps[i%len(ps)][0]) {
					n++
				}
				i++
			}
			b.ReportMetric(float64(n)/float64(b.N), "roles/op")
		})
	}
}

// memory returns the bytes the graph's own arrays take, IDs included.
func (g *Graph) memory() int {
	n := 0
	for _, id := range g.ids {
		n += 16 + len(id)
	}
	n += 4 * (len(g.outOff) + len(g.to) + len(g.inOff) + len(g.inFrom) + len(g.inEdge))
	n += len(g.kind) + g.years.bytes() + g.index.bytes()
	return n
}
