package onet_test

import (
	"testing"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/fuzzcheck"
	"github.com/rolemodel/rolemodel/internal/fuzzcheck/catalogcheck"
	"github.com/rolemodel/rolemodel/onet"
)

// fuzzFiles are the files FuzzLoad's fourth argument chooses among for its
// fifth, data: the files of ratings, tasks, technologies, education and
// interests.
var fuzzFiles = []string{
	onet.TasksFile, onet.KnowledgeFile, onet.TechnologyFile, onet.EducationFile,
	onet.EducationCatsFile, onet.InterestsFile, onet.SkillsFile,
}

// FuzzLoad feeds arbitrary text to the row readers as Occupation Data, a
// matrix, Alternate Titles and one more file (which chooses it from
// fuzzFiles; empty data leaves it out). Whatever the input, Load returns
// either a catalog whose roles all carry their O*NET-SOC code and that
// survives MarshalJSON and a Loader with SharedNames unchanged, or an error
// whose first problem names its file and line; it never panics.
func FuzzLoad(f *testing.F) {
	f.Add(occHeader+occRows, ccHeader+"15-1121.00\t11-3021.00\t1\n", "O*NET-SOC Code\tAlternate Title\tShort Title\n15-1121.00\tSystems Analyst\tn/a\n", uint8(0), "")
	f.Add("\ufeff"+occHeader+"15-1121.00\tA\tB\r\n", ccHeader+"15-1121.00\t15-1121.00\t1\r\n", "", uint8(2), techHeader+techRow)
	f.Add(occHeader+"15-1121.00\tA", ccHeader+"15-1121.00\t99-0000.00\t1\n", "O*NET-SOC Code\tAlternate Title\n15-1121.00\t\xff\n", uint8(5), intHeader+intRow)
	f.Add("O*NET-SOC Code\tTitle\n\n\n11-1011.00\tChief Executives\n", "", "O*NET-SOC Code\tAlternate Title\tShort Title\n11-1011.00\tCEO\tCEO\n11-1011.00\tChief Executives\tn/a\n", uint8(3), eteHeader)
	f.Add(occHeader+"11-1011.00\tChief\x00\tx\n", "Index\n1\n", "\n", uint8(1), knowHeader+knowRow)
	f.Fuzz(func(t *testing.T, occ, matrix, alt string, which uint8, data string) {
		fsys := files(onet.OccupationsFile, occ)
		if matrix != "" {
			fsys = files(onet.OccupationsFile, occ, onet.CareerChangersFile, matrix)
		}
		if alt != "" {
			fsys[onet.AlternatesFile] = files("x", alt)["x"]
		}
		if data != "" {
			fsys[fuzzFiles[int(which)%len(fuzzFiles)]] = files("x", data)["x"]
		}
		c, err := onet.Load(fsys, onet.MaxFileSize(1<<20))
		if err != nil {
			if c != nil {
				t.Fatal("a catalog and an error")
			}
			ve, ok := err.(*rolemodel.ValidationError)
			if !ok || len(ve.Problems) == 0 {
				t.Fatalf("%T %v: want a *rolemodel.ValidationError with problems", err, err)
			}
			if p := ve.Problems[0]; p.File == "" && p.Path == "" {
				t.Fatalf("problem %q says neither file nor field", p)
			}
			fuzzcheck.ErrorText(t, err)
			if len(ve.Problems) > rolemodel.MaxProblems || ve.More > 0 && len(ve.Problems) < rolemodel.MaxProblems {
				t.Fatalf("%d problems listed, %d more counted", len(ve.Problems), ve.More)
			}
			return
		}
		catalogcheck.RoundTrip(t, c)
		for r := range c.Roles() {
			if code, ok := onet.Code(r.ID); !ok || code != r.Codes.ONetSOC {
				t.Fatalf("role %s has code %q", r.ID, r.Codes.ONetSOC)
			}
		}
	})
}
