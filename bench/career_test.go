package bench

import (
	"math"
	"os"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/internal/gen"
	"github.com/rolemodel/rolemodel/role"
)

// nPairs is how many seeded (from, to) pairs the queries cycle through.
const nPairs = 64

// k is the number of paths the k-shortest-paths queries ask for.
const k = 5

// gonumGraph is a gonum graph with the role index needed to query it by
// role ID: node i is names[i], the i-th role in ID order.
type gonumGraph struct {
	g     *simple.WeightedDirectedGraph
	names []string
	index map[string]int64
}

func (gg *gonumGraph) node(id string) graph.Node {
	i, ok := gg.index[id]
	if !ok {
		panic("unknown role " + id)
	}
	return simple.Node(i)
}

// cost returns the sum of the weights of the moves along p.
func (gg *gonumGraph) cost(p []graph.Node) float64 {
	var c float64
	for i := 1; i < len(p); i++ {
		w, ok := gg.g.Weight(p[i-1].ID(), p[i].ID())
		if !ok {
			panic("gonum path uses a missing edge")
		}
		c += w
	}
	return c
}

func moveWeight(gen.Edge) float64    { return 1 }
func yearsWeight(e gen.Edge) float64 { return e.Years }

// buildGonum builds a gonum graph from the edge list: one node per role,
// numbered by its index in the sorted role list, and one edge per ordered
// pair of roles (a simple graph holds no parallel edges) weighing the least
// weight of the transitions between them.
func buildGonum(es []gen.Edge, weight func(gen.Edge) float64) *gonumGraph {
	index := make(map[string]int64)
	for _, e := range es {
		index[e.From] = 0
		index[e.To] = 0
	}
	names := make([]string, 0, len(index))
	for id := range index {
		names = append(names, id)
	}
	slices.Sort(names)
	g := simple.NewWeightedDirectedGraph(0, math.Inf(1))
	for i, id := range names {
		index[id] = int64(i)
		g.AddNode(simple.Node(i))
	}
	for _, e := range es {
		u, v, w := index[e.From], index[e.To], weight(e)
		if old := g.WeightedEdge(u, v); old != nil && old.Weight() <= w {
			continue
		}
		g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(u), T: simple.Node(v), W: w})
	}
	return &gonumGraph{g: g, names: names, index: index}
}

func transitions(es []gen.Edge) []career.Transition {
	ts := make([]career.Transition, len(es))
	for i, e := range es {
		ts[i] = career.Transition{From: role.ID(e.From), To: role.ID(e.To), Kind: career.Kind(e.Kind), Years: e.Years}
	}
	return ts
}

// buildOurs builds our graph from the edge list, converting it first.
func buildOurs(es []gen.Edge) *career.Graph {
	g, err := career.New(transitions(es))
	if err != nil {
		panic(err)
	}
	return g
}

// collapse keeps, for each ordered pair of roles, only the transition of
// least Years: the graph gonum's simple graph can represent.
func collapse(es []gen.Edge) []gen.Edge {
	type pair struct{ from, to string }
	best := map[pair]int{}
	var out []gen.Edge
	for _, e := range es {
		p := pair{e.From, e.To}
		if i, ok := best[p]; !ok {
			best[p] = len(out)
			out = append(out, e)
		} else if e.Years < out[i].Years {
			out[i] = e
		}
	}
	return out
}

var byYears = career.WeightByYears()

// fixture holds the graphs of one size, each built once, on first use.
type fixture struct {
	size       gen.Size
	edges      func() []gen.Edge
	ours       func() *career.Graph
	oursSimple func() *career.Graph // built from collapse(edges)
	gonumMoves func() *gonumGraph   // weight 1 per move
	gonumYears func() *gonumGraph   // weight Years per move
	csr        func() *CSR          // the plain baseline, weight Years per move
	pairs      func() [][2]string   // pairs with a path in ours
}

func newFixture(sz gen.Size) *fixture {
	f := &fixture{size: sz}
	f.edges = sync.OnceValue(func() []gen.Edge { return gen.Edges(sz) })
	f.ours = sync.OnceValue(func() *career.Graph { return buildOurs(f.edges()) })
	f.oursSimple = sync.OnceValue(func() *career.Graph { return buildOurs(collapse(f.edges())) })
	f.gonumMoves = sync.OnceValue(func() *gonumGraph { return buildGonum(f.edges(), moveWeight) })
	f.gonumYears = sync.OnceValue(func() *gonumGraph { return buildGonum(f.edges(), yearsWeight) })
	f.csr = sync.OnceValue(func() *CSR { return NewCSR(f.edges()) })
	f.pairs = sync.OnceValue(func() [][2]string {
		g := f.ours()
		var roles []string
		for id := range g.Roles() {
			roles = append(roles, string(id))
		}
		return gen.Pairs(roles, nPairs, func(a, b string) bool {
			_, err := g.ShortestPath(role.ID(a), role.ID(b))
			return err == nil
		})
	})
	return f
}

var (
	fixS = newFixture(gen.S)
	fixM = newFixture(gen.M)
	fixL = newFixture(gen.L)
	// XL is ten times L: 2,000,000 roles and about 20,000,000 transitions,
	// for the scale measurements of README.md. The benchmarks use it only
	// when ROLEMODEL_XL is set: generating and building it takes minutes
	// and several GB.
	fixXL = newFixture(gen.Size{Name: "XL", Roles: 2_000_000, PerRole: 10})
)

// withXL returns the fixtures, and fixXL after them when ROLEMODEL_XL is set.
func withXL(fs ...*fixture) []*fixture {
	if os.Getenv("ROLEMODEL_XL") != "" {
		fs = append(fs, fixXL)
	}
	return fs
}

func BenchmarkBuild(b *testing.B) {
	for _, f := range withXL(fixS, fixM, fixL) {
		// career.New on the transitions, converted from the edges before
		// the timer starts: both constructors start from the same data in
		// their own input type.
		b.Run(f.size.Name+"/rolemodel", func(b *testing.B) {
			ts := transitions(f.edges())
			b.ReportAllocs()
			for b.Loop() {
				if _, err := career.New(ts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(ts)), "transitions")
		})
		// The same with the conversion from []gen.Edge timed too.
		b.Run(f.size.Name+"/rolemodel+convert", func(b *testing.B) {
			es := f.edges()
			b.ReportAllocs()
			for b.Loop() {
				buildOurs(es)
			}
			b.ReportMetric(float64(len(es)), "transitions")
		})
		b.Run(f.size.Name+"/csr", func(b *testing.B) {
			es := f.edges()
			b.ReportAllocs()
			for b.Loop() {
				NewCSR(es)
			}
			b.ReportMetric(float64(len(es)), "transitions")
		})
		b.Run(f.size.Name+"/gonum", func(b *testing.B) {
			es := f.edges()
			b.ReportAllocs()
			for b.Loop() {
				buildGonum(es, yearsWeight)
			}
			b.ReportMetric(float64(len(es)), "transitions")
		})
	}
}

func BenchmarkShortestPath(b *testing.B) {
	for _, f := range withXL(fixS, fixM, fixL) {
		for _, weighted := range []bool{false, true} {
			name := f.size.Name + "/moves"
			var opts []career.Option
			gonumGraph := f.gonumMoves
			if weighted {
				name = f.size.Name + "/weighted"
				opts = []career.Option{byYears}
				gonumGraph = f.gonumYears
			}
			b.Run(name+"/rolemodel", func(b *testing.B) {
				g, ps := f.ours(), f.pairs()
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					p := ps[i%len(ps)]
					i++
					if _, err := g.ShortestPath(role.ID(p[0]), role.ID(p[1]), opts...); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run(name+"/csr", func(b *testing.B) {
				s, ps := f.csr().NewSearch(), f.pairs()
				query := s.Fewest
				if weighted {
					query = s.Lightest
				}
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					p := ps[i%len(ps)]
					i++
					if _, ok := query(p[0], p[1]); !ok {
						b.Fatalf("csr: no path %s -> %s", p[0], p[1])
					}
				}
			})
			if f == fixXL {
				continue // two gonum graphs of XL take about 10 GB
			}
			b.Run(name+"/gonum", func(b *testing.B) {
				gg, ps := gonumGraph(), f.pairs()
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					p := ps[i%len(ps)]
					i++
					if pth, _ := path.DijkstraFromTo(gg.node(p[0]), gg.node(p[1]), gg.g); pth == nil {
						b.Fatalf("gonum: no path %s -> %s", p[0], p[1])
					}
				}
			})
		}
	}
}

// BenchmarkWeightBy times our weighted ShortestPath with a WeightBy
// function (called with a Transition built for each move examined) beside
// WeightByYears, which reads the stored years, on the same pairs.
func BenchmarkWeightBy(b *testing.B) {
	byFunc := career.WeightBy(func(t career.Transition) float64 { return t.Years })
	for _, f := range withXL(fixS, fixM, fixL) {
		for _, c := range []struct {
			name string
			opt  career.Option
		}{{"func", byFunc}, {"years", byYears}} {
			b.Run(f.size.Name+"/"+c.name, func(b *testing.B) {
				g, ps := f.ours(), f.pairs()
				if _, err := g.ShortestPath(role.ID(ps[0][0]), role.ID(ps[0][1]), c.opt); err != nil {
					b.Fatal(err)
				}
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					p := ps[i%len(ps)]
					i++
					if _, err := g.ShortestPath(role.ID(p[0]), role.ID(p[1]), c.opt); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkKShortestPaths runs k = 5 on S, M and L (and XL); gonum's Yen
// is left out on L and XL, where one query takes minutes.
func BenchmarkKShortestPaths(b *testing.B) {
	for _, f := range withXL(fixS, fixM, fixL) {
		for _, weighted := range []bool{false, true} {
			name := f.size.Name + "/k=5/moves"
			var opts []career.Option
			gonumGraph := f.gonumMoves
			if weighted {
				name = f.size.Name + "/k=5/weighted"
				opts = []career.Option{byYears}
				gonumGraph = f.gonumYears
			}
			b.Run(name+"/rolemodel", func(b *testing.B) {
				g, ps := f.ours(), f.pairs()
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					p := ps[i%len(ps)]
					i++
					if _, err := g.KShortestPaths(role.ID(p[0]), role.ID(p[1]), k, opts...); err != nil {
						b.Fatal(err)
					}
				}
			})
			if weighted {
				// The baseline's Yen is weighted only: with every weight 1
				// it would be the same search on another graph.
				b.Run(name+"/csr", func(b *testing.B) {
					s, ps := f.csr().NewSearch(), f.pairs()
					b.ReportAllocs()
					i := 0
					for b.Loop() {
						p := ps[i%len(ps)]
						i++
						if len(s.Yen(p[0], p[1], k)) == 0 {
							b.Fatalf("csr: no path %s -> %s", p[0], p[1])
						}
					}
				})
			}
			if f == fixL || f == fixXL {
				continue
			}
			b.Run(name+"/gonum", func(b *testing.B) {
				gg, ps := gonumGraph(), f.pairs()
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					p := ps[i%len(ps)]
					i++
					// A cost limit of +Inf: no limit beyond k. (A negative
					// limit, such as -1, returns the shortest path only.)
					if len(path.YenKShortestPaths(gg.g, k, math.Inf(1), gg.node(p[0]), gg.node(p[1]))) == 0 {
						b.Fatalf("gonum: no path %s -> %s", p[0], p[1])
					}
				}
			})
		}
	}
}

// heapAfter returns the growth of the heap in use and of the live heap
// while build runs and its result stays reachable, after garbage
// collection on both sides.
func heapAfter[T any](build func() T) (inuse, live float64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&before)
	x := build()
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(x)
	return float64(after.HeapInuse) - float64(before.HeapInuse), float64(after.HeapAlloc) - float64(before.HeapAlloc)
}

// BenchmarkMemory measures, once per run and outside the timed loop (whose
// ns/op means nothing), how much heap a graph built from the edge list
// keeps, per input transition. gonum's graph is the Years-weighted one
// with its role index; answering both kinds of query takes two of them
// (or a wrapper), while one of ours answers both.
func BenchmarkMemory(b *testing.B) {
	for _, f := range withXL(fixM, fixL) {
		b.Run(f.size.Name+"/rolemodel", func(b *testing.B) {
			es := f.edges()
			inuse, live := heapAfter(func() *career.Graph { return buildOurs(es) })
			for b.Loop() {
			}
			b.ReportMetric(inuse/float64(len(es)), "B/transition")
			b.ReportMetric(live/float64(len(es)), "live-B/transition")
			b.ReportMetric(inuse/1e6, "heap-MB")
		})
		b.Run(f.size.Name+"/csr", func(b *testing.B) {
			es := f.edges()
			inuse, live := heapAfter(func() *CSR { return NewCSR(es) })
			for b.Loop() {
			}
			b.ReportMetric(inuse/float64(len(es)), "B/transition")
			b.ReportMetric(live/float64(len(es)), "live-B/transition")
			b.ReportMetric(inuse/1e6, "heap-MB")
		})
		b.Run(f.size.Name+"/gonum", func(b *testing.B) {
			es := f.edges()
			inuse, live := heapAfter(func() *gonumGraph { return buildGonum(es, yearsWeight) })
			for b.Loop() {
			}
			b.ReportMetric(inuse/float64(len(es)), "B/transition")
			b.ReportMetric(live/float64(len(es)), "live-B/transition")
			b.ReportMetric(inuse/1e6, "heap-MB")
		})
	}
}

func sortedCosts(ps []career.Path) []float64 {
	cs := make([]float64, len(ps))
	for i, p := range ps {
		cs[i] = p.Cost()
	}
	slices.Sort(cs)
	return cs
}

func yenCosts(gg *gonumGraph, a, b string) []float64 {
	var cs []float64
	for _, p := range path.YenKShortestPaths(gg.g, k, math.Inf(1), gg.node(a), gg.node(b)) {
		cs = append(cs, gg.cost(p))
	}
	slices.Sort(cs)
	return cs
}

// TestSameCosts checks that our shortest and k shortest paths cost what
// gonum's do, on the benchmark graphs and pairs.
//
// Shortest paths compare directly: a parallel edge never makes a path
// cheaper than the least of its weights, which is what gonum keeps. So do
// the k shortest paths: a move stated as several kinds is one move of
// ours, costing its least weight, as gonum's simple graph holds it. Our k
// shortest on the graph with one transition per pair (the least Years)
// and on the full graph must both equal gonum's exactly.
func TestSameCosts(t *testing.T) {
	for _, f := range []*fixture{fixS, fixM} {
		t.Run(f.size.Name, func(t *testing.T) {
			checkShortest(t, f, f.pairs())
			g, gs := f.ours(), f.oursSimple()
			for _, weighted := range []bool{false, true} {
				var opts []career.Option
				gg := f.gonumMoves()
				if weighted {
					opts = []career.Option{byYears}
					gg = f.gonumYears()
				}
				for _, p := range f.pairs() {
					a, b := role.ID(p[0]), role.ID(p[1])
					want := yenCosts(gg, p[0], p[1])
					simple, err := gs.KShortestPaths(a, b, k, opts...)
					require.NoError(t, err)
					assert.Equal(t, want, sortedCosts(simple), "k shortest costs, one transition per pair, %s -> %s, weighted=%v", a, b, weighted)
					full, err := g.KShortestPaths(a, b, k, opts...)
					require.NoError(t, err)
					assert.Equal(t, want, sortedCosts(full), "k shortest costs, full graph, %s -> %s, weighted=%v", a, b, weighted)
				}
			}
		})
	}
	// L takes about 12 s (building gonum's two graphs, then about 1.5 s
	// per gonum query); k shortest paths on it would take minutes.
	t.Run("L", func(t *testing.T) {
		start := time.Now()
		checkShortest(t, fixL, fixL.pairs()[:3])
		t.Logf("L, 3 pairs: %v", time.Since(start))
	})
}

// checkShortest compares our ShortestPath costs, by moves and by Years,
// with gonum's DijkstraFromTo path weights.
func checkShortest(t *testing.T, f *fixture, ps [][2]string) {
	t.Helper()
	require.Len(t, f.pairs(), nPairs)
	g := f.ours()
	var roles []string
	for id := range g.Roles() {
		roles = append(roles, string(id))
	}
	require.Equal(t, roles, f.gonumMoves().names, "gonum node i must be our role i")
	for _, weighted := range []bool{false, true} {
		var opts []career.Option
		gg := f.gonumMoves()
		if weighted {
			opts = []career.Option{byYears}
			gg = f.gonumYears()
		}
		for _, p := range ps {
			a, b := role.ID(p[0]), role.ID(p[1])
			got, err := g.ShortestPath(a, b, opts...)
			require.NoError(t, err)
			pth, w := path.DijkstraFromTo(gg.node(p[0]), gg.node(p[1]), gg.g)
			require.NotNil(t, pth, "gonum finds no path %s -> %s", a, b)
			assert.Equal(t, w, gg.cost(pth))
			assert.Equal(t, w, got.Cost(), "shortest path cost %s -> %s, weighted=%v: ours %v", a, b, weighted, got)
			if !weighted {
				assert.Equal(t, float64(got.Moves()), got.Cost())
			}
		}
	}
}

// TestBaselineSameCosts checks that the plain CSR baseline answers every
// benchmark query as ours does: the same shortest-path costs (moves and
// Years) on S, M and L, and the same sorted k = 5 costs on S, M and the
// first 3 pairs of L. Each baseline path is checked to be a path from the
// start to the end whose weight is the cost it reports.
func TestBaselineSameCosts(t *testing.T) {
	for _, f := range []*fixture{fixS, fixM, fixL} {
		t.Run(f.size.Name, func(t *testing.T) {
			g, s := f.ours(), f.csr().NewSearch()
			ps := f.pairs()
			require.Len(t, ps, nPairs)
			check := func(p CSRPath, a, b string) {
				t.Helper()
				require.NotEmpty(t, p.Nodes)
				assert.Equal(t, a, f.csr().names[p.Nodes[0]])
				assert.Equal(t, b, f.csr().names[p.Nodes[len(p.Nodes)-1]])
			}
			for _, p := range ps {
				a, b := role.ID(p[0]), role.ID(p[1])
				ours, err := g.ShortestPath(a, b)
				require.NoError(t, err)
				base, ok := s.Fewest(p[0], p[1])
				require.True(t, ok, "csr finds no path %s -> %s", a, b)
				check(base, p[0], p[1])
				assert.Equal(t, ours.Cost(), base.Cost, "fewest moves %s -> %s", a, b)

				ours, err = g.ShortestPath(a, b, byYears)
				require.NoError(t, err)
				base, ok = s.Lightest(p[0], p[1])
				require.True(t, ok)
				check(base, p[0], p[1])
				assert.Equal(t, f.csr().PathWeight(base.Nodes), base.Cost)
				assert.Equal(t, ours.Cost(), base.Cost, "least Years %s -> %s", a, b)
			}
			kps := ps
			if f == fixL {
				kps = ps[:3] // about 1 s each, ours and the baseline's
			}
			for _, p := range kps {
				a, b := role.ID(p[0]), role.ID(p[1])
				ours, err := g.KShortestPaths(a, b, k, byYears)
				require.NoError(t, err)
				base := s.Yen(p[0], p[1], k)
				var cs []float64
				for _, bp := range base {
					check(bp, p[0], p[1])
					assert.Equal(t, f.csr().PathWeight(bp.Nodes), bp.Cost)
					cs = append(cs, bp.Cost)
				}
				slices.Sort(cs)
				assert.Equal(t, sortedCosts(ours), cs, "k shortest costs %s -> %s", a, b)
			}
		})
	}
}
