package bls_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/bls"
	"github.com/rolemodel/rolemodel/internal/fuzzcheck/catalogcheck"
	"github.com/rolemodel/rolemodel/role"
)

var writeSeeds = flag.Bool("write-seeds", false, "write the seed corpus of the fuzz targets into testdata/fuzz")

// checkErr is the property every reader keeps: a result and no error, or
// no result and a *rolemodel.ValidationError whose problems each name the
// file (the first hundred; then one counts the rest) and whose text holds
// no control character.
func checkErr(t *testing.T, ok bool, err error) {
	t.Helper()
	if err == nil {
		if !ok {
			t.Fatal("no result and no error")
		}
		return
	}
	if ok {
		t.Fatalf("a result and an error: %v", err)
	}
	var ve *rolemodel.ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) == 0 {
		t.Fatalf("%T %v: want a *rolemodel.ValidationError with problems", err, err)
	}
	for i, p := range ve.Problems {
		if p.File == "" && !(i == 100 && strings.HasSuffix(p.Message, " more problems")) {
			t.Fatalf("problem %d names no file: %s", i, p)
		}
		if p.Kind == nil {
			t.Fatalf("problem %d has no kind: %s", i, p)
		}
	}
	if strings.ContainsFunc(err.Error(), func(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' }) {
		t.Fatalf("error text holds a control character: %q", err.Error())
	}
}

// attachable checks that a catalog of roles with the codes read attaches:
// whatever a reader accepts, Attach turns into a valid catalog.
func attachable(t *testing.T, w *bls.Wages, p *bls.Projections, codes []string) {
	t.Helper()
	parts := rolemodel.Parts{Sources: []role.Source{{ID: "s", Title: "S"}}}
	for i, c := range codes {
		if len(parts.Roles) == 5 {
			break
		}
		parts.Roles = append(parts.Roles, role.Role{ID: role.ID(fmt.Sprintf("r%d", i)), Title: fmt.Sprintf("R%d", i), Codes: role.Codes{ONetSOC: c + ".00"}, Sources: []string{"s"}})
	}
	c, err := rolemodel.Build(parts)
	if err != nil {
		t.Fatal(err)
	}
	a, err := bls.Attach(c, w, p)
	if err != nil {
		t.Fatalf("Attach refuses what the readers accept: %v", err)
	}
	catalogcheck.RoundTrip(t, a)
}

// FuzzLoadWagesCSV feeds arbitrary text to ReadWages as an OEWS CSV file.
func FuzzLoadWagesCSV(f *testing.F) {
	f.Fuzz(func(t *testing.T, data string) {
		w, err := bls.ReadWages(strings.NewReader(data), "national_M2024_dl.csv")
		checkErr(t, w != nil, err)
		if w == nil {
			return
		}
		var codes []string
		for e := range w.All() {
			if len(e.Code) != 7 || e.Group == 0 || e.Title == "" {
				t.Fatalf("row %+v", e)
			}
			codes = append(codes, e.Code)
		}
		attachable(t, w, nil, codes)
	})
}

// FuzzLoadProjectionsCSV feeds arbitrary text to ReadProjections as the
// projections table in CSV.
func FuzzLoadProjectionsCSV(f *testing.F) {
	f.Fuzz(func(t *testing.T, data string) {
		p, err := bls.ReadProjections(strings.NewReader(data), "occupation_table_1.2.csv")
		checkErr(t, p != nil, err)
		if p == nil {
			return
		}
		var codes []string
		for r := range p.All() {
			if len(r.Code) != 7 || r.Type == 0 || r.Title == "" || r.Depth < 0 {
				t.Fatalf("row %+v", r)
			}
			codes = append(codes, r.Code)
		}
		if p.FromYear >= p.ToYear {
			t.Fatalf("period %d-%d", p.FromYear, p.ToYear)
		}
		attachable(t, nil, p, codes)
	})
}

// FuzzReadWorkbook feeds arbitrary bytes, starting from small workbooks,
// to both readers: nothing panics, and the answer is a result or located
// problems.
func FuzzReadWorkbook(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		w, err := bls.ReadWages(bytes.NewReader(data), "national.xlsx")
		checkErr(t, w != nil, err)
		p, err := bls.ReadProjections(bytes.NewReader(data), "occupation.xlsx")
		checkErr(t, p != nil, err)
	})
}

// TestWriteFuzzSeeds writes the seed corpus (valid inputs and the known
// tricky ones, named seed-*) when run with -write-seeds:
//
//	go test ./bls -run TestWriteFuzzSeeds -write-seeds
//
// Plain go test runs the seeds as tests of their targets.
func TestWriteFuzzSeeds(t *testing.T) {
	if !*writeSeeds {
		t.Skip("run with -write-seeds to write testdata/fuzz")
	}
	wages := readFile(t, wagesFixture)
	proj := readFile(t, projFixture)
	header, _, _ := strings.Cut(wages, "\n")
	pheader, _, _ := strings.Cut(proj, "\n")
	seeds := map[string]map[string]any{
		"FuzzLoadWagesCSV": {
			"fixture":        wages,
			"crlf-bom":       "\ufeff" + strings.ReplaceAll(wages, "\n", "\r\n"),
			"header-only":    header + "\n",
			"marks":          strings.NewReplacer(",645970,", ",**,", ",171200,", ",~,").Replace(wages),
			"separators":     strings.Replace(wages, ",645970,", `,"645,970",`, 1),
			"bad-code":       strings.Replace(wages, ",11-3021,", ",11-302X,", 1),
			"unquoted-comma": strings.Replace(wages, "Computer and", "Computer, and", 1),
			"bad-quote":      strings.Replace(wages, "Computer and", `Computer "and`, 1),
			"not-utf8":       strings.Replace(wages, "Computer and", "Computer \xff and", 1),
			"lower-case":     strings.ToLower(header) + "\n" + wages[len(header)+1:],
			"empty":          "",
		},
		"FuzzLoadProjectionsCSV": {
			"fixture":     proj,
			"title-row":   "Table 1.2 Occupational projections\n" + proj,
			"header-only": pheader + "\n",
			"footnotes":   pheader + "\nFootnotes:,,,,,,,,,,,,,,,\n",
			"negative":    strings.Replace(proj, "101.6,15.2", "-101.6,-15.2", 1),
			"bad-number":  strings.Replace(proj, "667.1", "667.1k", 1),
			"top-wage":    strings.Replace(proj, ",171200,", `,">=$239,200",`, 1),
			"one-year":    strings.Replace(proj, "Employment, 2034", "Employment, 2024", 1),
			"empty":       "",
		},
	}
	wb := workbook(t, sheetRows{"national_M2024_dl", csvRows(t, wagesFixture)}, sheetRows{"Field Descriptions", csvRows(t, notesFixture)})
	pb := workbook(t, sheetRows{"Table 1.2", append([][]string{{"Table 1.2"}}, csvRows(t, projFixture)...)})
	seeds["FuzzReadWorkbook"] = map[string]any{
		"wages":     wb,
		"proj":      pb,
		"truncated": wb[:len(wb)/2],
		"magic":     []byte("PK\x03\x04"),
	}
	for target, ss := range seeds {
		dir := filepath.Join("testdata", "fuzz", target)
		require.NoError(t, os.MkdirAll(dir, 0o755))
		old, _ := filepath.Glob(filepath.Join(dir, "seed-*"))
		for _, f := range old {
			require.NoError(t, os.Remove(f))
		}
		for name, v := range ss {
			var body string
			switch v := v.(type) {
			case string:
				body = fmt.Sprintf("go test fuzz v1\nstring(%q)\n", v)
			case []byte:
				body = fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", v)
			}
			require.NoError(t, os.WriteFile(filepath.Join(dir, "seed-"+name), []byte(body), 0o644))
		}
	}
}
