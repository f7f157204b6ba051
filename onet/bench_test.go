package onet_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/bls"
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
	byIndex := career.WeightByIndex()
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
	fsys := fstest.MapFS{onet.OccupationsFile: {Data: []byte("O*NET-SOC Code\tTitle\tDescription\n" + strings.Repeat("\t", 60<<20) + "\n")}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := onet.Load(fsys); err == nil {
			b.Fatal("loaded")
		}
	}
}

// The BLS files BenchmarkLoadAll29 attaches, as CSV and as published.
const (
	blsWagesCSV  = "../../shared/data/bls/oews-national-2024/national_M2024_dl.csv"
	blsProjCSV   = "../../shared/data/bls/projections-2024-34/occupation_table_1.2.csv"
	blsWagesXLSX = "../../shared/data/bls/oews-national-2024/national_M2024_dl.xlsx"
	blsProjXLSX  = "../../shared/data/bls/projections-2024-34/occupation.xlsx"
)

// BenchmarkLoadAll29 loads every file of O*NET 29.3 that Load reads and
// attaches the BLS wages and projections to it (bls.LoadWages,
// bls.LoadProjections, bls.Attach): the target is 1.0 s and 400 MB
// allocated. Beside it: the same with the BLS workbooks as published, its
// parts (the load alone, the attach alone, and rebuilding the loaded
// catalog from its parts, which is what validation and indexing cost a
// change to a catalog that Catalog.Amend cannot make; Attach amends), and
// the floor, the same files read with
// encoding/csv alone, every record and nothing kept. Each reports the CPU
// time it used per operation (cpu-ns/op, user and system, all threads), a
// steadier figure than wall time on a shared machine.
func BenchmarkLoadAll29(b *testing.B) {
	dir := release(b, "onet-29.3")
	for _, f := range []string{blsWagesCSV, blsProjCSV, blsWagesXLSX, blsProjXLSX} {
		if _, err := os.Stat(f); err != nil {
			b.Skipf("%s is not in ../shared/data (%v)", f, err)
		}
	}
	run := func(b *testing.B, op func() error) {
		b.ReportAllocs()
		start := cpuTime()
		for b.Loop() {
			if err := op(); err != nil {
				b.Fatal(err)
			}
		}
		if used := cpuTime() - start; used > 0 {
			b.ReportMetric(float64(used.Nanoseconds())/float64(b.N), "cpu-ns/op")
		}
	}
	all := func(wages, proj string) func() error {
		return func() error {
			c, err := onet.LoadDir(dir)
			if err != nil {
				return err
			}
			w, err := bls.LoadWages(wages)
			if err != nil {
				return err
			}
			p, err := bls.LoadProjections(proj)
			if err != nil {
				return err
			}
			_, err = bls.Attach(c, w, p)
			return err
		}
	}
	b.Run("load+attach-csv", func(b *testing.B) { run(b, all(blsWagesCSV, blsProjCSV)) })
	b.Run("load+attach-xlsx", func(b *testing.B) { run(b, all(blsWagesXLSX, blsProjXLSX)) })
	b.Run("load", func(b *testing.B) {
		run(b, func() error { _, err := onet.LoadDir(dir); return err })
	})
	c, err := onet.LoadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	w, err := bls.LoadWages(blsWagesCSV)
	if err != nil {
		b.Fatal(err)
	}
	p, err := bls.LoadProjections(blsProjCSV)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("attach", func(b *testing.B) {
		run(b, func() error { _, err := bls.Attach(c, w, p); return err })
	})
	b.Run("rebuild", func(b *testing.B) {
		run(b, func() error { _, err := rolemodel.Build(c.Parts(), rolemodel.SharedNames()); return err })
	})
	// The floor: the files Load reads (every table of the release but
	// Scales Reference) and the two BLS CSV files, through encoding/csv.
	var tables []string
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range names {
		if base := filepath.Base(n); base != onet.ReadMeFile && base != "Scales Reference.txt" {
			tables = append(tables, n)
		}
	}
	b.Run("floor-encoding-csv", func(b *testing.B) {
		run(b, func() error {
			for _, n := range tables {
				readCSV(b, n, '\t')
			}
			readCSV(b, blsWagesCSV, ',')
			readCSV(b, blsProjCSV, ',')
			return nil
		})
	})
}

// readCSV reads every record of a file with encoding/csv, keeping none.
// O*NET's text is not quoted, so quotes inside its fields are taken as
// they are (LazyQuotes).
func readCSV(b *testing.B, name string, comma rune) {
	data, err := os.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = comma
	r.LazyQuotes = comma == '\t'
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	for {
		if _, err := r.Read(); err == io.EOF {
			break
		} else if err != nil {
			b.Fatal(name, err)
		}
	}
}
