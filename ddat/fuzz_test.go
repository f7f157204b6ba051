package ddat_test

import (
	"os"
	"strings"
	"testing"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/ddat"
	"github.com/rolemodel/rolemodel/internal/fuzzcheck/catalogcheck"
	"github.com/rolemodel/rolemodel/internal/report"
	"github.com/rolemodel/rolemodel/role"
)

// FuzzLoad feeds arbitrary bytes to Load as roles.csv, beside the
// fixture's skills.csv. Whatever the input, Load returns either an error
// whose problems all name their file, or a catalog that survives MarshalJSON
// and loading unchanged, whose every role is on a ladder of its family at a
// rung from 1, with the rungs of each ladder numbered without gaps; it never
// panics. The seeds are in testdata/fuzz/FuzzLoad.
func FuzzLoad(f *testing.F) {
	skills, err := os.ReadFile("testdata/framework/skills.csv")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, roles []byte) {
		c, err := ddat.Load(files(roles, skills), ddat.MaxFileSize(1<<20))
		if err != nil {
			if c != nil {
				t.Fatal("a catalog and an error")
			}
			ve, ok := err.(*rolemodel.ValidationError)
			if !ok || len(ve.Problems) == 0 {
				t.Fatalf("%T %v: want a *rolemodel.ValidationError with problems", err, err)
			}
			for i, p := range ve.Problems {
				more := i == report.Max && strings.HasPrefix(p.Message, "and ")
				if p.File == "" && !more || p.Message == "" {
					t.Fatalf("problem %q does not say where or what", p)
				}
			}
			return
		}
		catalogcheck.RoundTrip(t, c)
		rungs := map[role.LadderID]map[int]bool{}
		family := map[role.LadderID]role.FamilyID{}
		for r := range c.Roles() {
			if r.Ladder == "" || r.Family == "" || r.Rank < 1 {
				t.Fatalf("role %s: ladder %q, family %q, rank %d", r.ID, r.Ladder, r.Family, r.Rank)
			}
			if f, ok := family[r.Ladder]; ok && f != r.Family {
				t.Fatalf("ladder %s has roles in families %s and %s", r.Ladder, f, r.Family)
			}
			family[r.Ladder] = r.Family
			if rungs[r.Ladder] == nil {
				rungs[r.Ladder] = map[int]bool{}
			}
			rungs[r.Ladder][r.Rank] = true
		}
		for l, rs := range rungs {
			for i := 1; i <= len(rs); i++ {
				if !rs[i] {
					t.Fatalf("ladder %s has rungs %v: a gap at %d", l, rs, i)
				}
			}
		}
	})
}
