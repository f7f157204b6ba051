package onet_test

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/role"
)

// release returns the folder of a release in ../shared/data, skipping the
// test or benchmark when it is not there.
func release(tb testing.TB, name string) string {
	tb.Helper()
	dir := "../../shared/data/" + name
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("O*NET %s is not in ../shared/data (%v): the tests of the real files are skipped", name, err)
	}
	return dir
}

func benchLoad(b *testing.B, name string) {
	fsys := os.DirFS(release(b, name))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := onet.Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad20_3 loads O*NET 20.3: occupations, alternate titles, job
// zones and both matrices.
func BenchmarkLoad20_3(b *testing.B) { benchLoad(b, "onet-20.3") }

// BenchmarkLoad29_3 loads O*NET 29.3: occupations, alternate titles, job
// zones, skills and related occupations.
func BenchmarkLoad29_3(b *testing.B) { benchLoad(b, "onet-29.3") }

// BenchmarkLoad20_3NoTitles is 20.3 without the alternate titles, the
// largest file.
func BenchmarkLoad20_3NoTitles(b *testing.B) {
	fsys := os.DirFS(release(b, "onet-20.3"))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := onet.Load(fsys, onet.WithoutAlternateTitles()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPath asks the imported 20.3 graph for the path from Computer
// Systems Analysts to Computer and Information Systems Managers.
func BenchmarkPath(b *testing.B) {
	c, err := onet.LoadDir(release(b, "onet-20.3"))
	if err != nil {
		b.Fatal(err)
	}
	g := c.Graph()
	from, to := onet.RoleID("15-1121.00"), onet.RoleID("11-3021.00")
	byIndex := career.WeightBy(func(t career.Transition) float64 { return t.Index })
	for _, bc := range []struct {
		name string
		run  func() error
	}{
		{"fewest-moves", func() error { _, err := g.ShortestPath(from, to); return err }},
		{"by-index", func() error { _, err := g.ShortestPath(from, to, byIndex); return err }},
		{"k3-by-index", func() error { _, err := g.KShortestPaths(from, to, 3, byIndex); return err }},
		{"reachable-3", func() error {
			for range g.Reachable(from, career.MaxMoves(3)) {
			}
			return nil
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := bc.run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	_ = role.ID("")
}

// BenchmarkWideRow reads an Occupation Data file whose one row is 60 MiB of
// tabs (issue 14.4: it allocated 6 GB, 3.3 GB peak, 18 s, before its field
// count was refused). The row is refused while it is scanned.
func BenchmarkWideRow(b *testing.B) {
	fsys := fstest.MapFS{onet.FileOccupations: {Data: []byte("O*NET-SOC Code\tTitle\tDescription\n" + strings.Repeat("\t", 60<<20) + "\n")}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := onet.Load(fsys); err == nil {
			b.Fatal("loaded")
		}
	}
}
