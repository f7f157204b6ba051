package bls_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/bls"
)

// The benchmarks read the real files and set each reader beside its floor:
// the same file read with encoding/csv alone (every record, nothing kept),
// and for a workbook with excelize alone (every row of the sheet, values
// as stored, which is how the readers take them). Run them with -benchmem.

func BenchmarkLoadWages(b *testing.B) {
	requireFile(b, realWagesXLSX)
	requireFile(b, realWagesCSV)
	b.Run("xlsx", func(b *testing.B) {
		for b.Loop() {
			if _, err := bls.LoadWages(realWagesXLSX); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("csv", func(b *testing.B) {
		for b.Loop() {
			if _, err := bls.LoadWages(realWagesCSV); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("floor-encoding-csv", func(b *testing.B) { floorCSV(b, realWagesCSV) })
	b.Run("floor-excelize-rows", func(b *testing.B) { floorXLSX(b, realWagesXLSX, "national_M2024_dl") })
}

func BenchmarkLoadProjections(b *testing.B) {
	requireFile(b, realProjXLSX)
	requireFile(b, realProjCSV)
	b.Run("xlsx", func(b *testing.B) {
		for b.Loop() {
			if _, err := bls.LoadProjections(realProjXLSX); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("csv", func(b *testing.B) {
		for b.Loop() {
			if _, err := bls.LoadProjections(realProjCSV); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("floor-encoding-csv", func(b *testing.B) { floorCSV(b, realProjCSV) })
	b.Run("floor-excelize-rows", func(b *testing.B) { floorXLSX(b, realProjXLSX, "Table 1.2") })
}

// BenchmarkAttach attaches both files to the O*NET 29.3 catalog. Beside it
// is rebuilding the catalog from its parts unchanged (validation and
// indexes), which Attach cost when it built its result with
// rolemodel.Build; it amends c (rolemodel.Catalog.Amend) instead.
func BenchmarkAttach(b *testing.B) {
	w := realWages(b, realWagesXLSX)
	p := realProjections(b, realProjXLSX)
	c := loadONet(b)
	b.Run("onet-29.3", func(b *testing.B) {
		for b.Loop() {
			if _, err := bls.Attach(c, w, p); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("floor-rebuild", func(b *testing.B) {
		for b.Loop() {
			if _, err := rolemodel.Build(c.Parts(), rolemodel.SharedNames()); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func floorCSV(b *testing.B, path string) {
	for b.Loop() {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		r := csv.NewReader(bytes.NewReader(data))
		r.FieldsPerRecord = -1
		r.ReuseRecord = true
		for {
			if _, err := r.Read(); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
		}
	}
}

func floorXLSX(b *testing.B, path, sheet string) {
	for b.Loop() {
		f, err := excelize.OpenFile(path)
		if err != nil {
			b.Fatal(err)
		}
		rows, err := f.Rows(sheet)
		if err != nil {
			b.Fatal(err)
		}
		for rows.Next() {
			if _, err := rows.Columns(excelize.Options{RawCellValue: true}); err != nil {
				b.Fatal(err)
			}
		}
		rows.Close()
		f.Close()
	}
}
