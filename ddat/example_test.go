package ddat_test

import (
	"fmt"
	"os"

	"github.com/rolemodel/rolemodel/ddat"
)

// Load reads the framework's CSV download; here a cut of it (the software
// developer's levels with two of their skills, testdata/framework). The
// levels come alphabetically in the file and are placed on the ladder by
// their names; a management-track level shares its rung with its
// individual-contributor twin, and the catalog derives the moves up the
// ladder, splitting where the management track begins.
func ExampleLoad() {
	c, err := ddat.Load(os.DirFS("testdata/framework"))
	if err != nil {
		fmt.Println(err)
		return
	}
	t, _ := c.Table(ddat.LadderID("Software developer"))
	fmt.Print(t)

	next, _ := c.NextRung(ddat.RoleID("Developer"))
	for _, r := range next {
		fmt.Println("Developer →", r.Title)
	}
	senior, _ := c.Lookup("Senior developer")
	for _, req := range senior.Skills {
		s, _ := c.Skill(req.Skill)
		fmt.Printf("%s: %s (level %s)\n", s.Name, req.Label, req.Level)
	}
	src, _ := c.Source(ddat.SourceID)
	fmt.Println(src.Note)
	// Output:
	// rung | individual-contributor | management
	// 6    | Principal developer    | Principal developer - management
	// 5    | Lead developer         | Lead developer - management
	// 4    | Senior developer       | Senior developer - management
	// 3    | Developer              | -
	// 2    | Junior developer       | -
	// 1    | Apprentice developer   | -
	// Developer → Senior developer
	// Developer → Senior developer - management
	// Information security: Practitioner (level practitioner)
	// Programming and build (software engineering): Practitioner (level practitioner)
	// Contains public sector information licensed under the Open Government Licence v3.0.
}

// LoadDir reads the download from a folder. A Senior Civil Service role,
// whose level is NOT IN USE, is one role alone on its ladder; its
// requirements state no level.
func ExampleLoadDir() {
	c, err := ddat.LoadDir("testdata/framework")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.NumRoles(), "roles")
	cto, _ := c.Lookup("Chief technology officer")
	fmt.Printf("%s: ladder %s, rung %d\n", cto.Title, cto.Ladder, cto.Rank)
	for _, req := range cto.Skills {
		s, _ := c.Skill(req.Skill)
		fmt.Printf("%s: level %q, label %q\n", s.Name, req.Level, req.Label)
	}
	// Output:
	// 11 roles
	// Chief technology officer: ladder ddat-chief-technology-officer, rung 1
	// Strategic technology planning: level "", label ""
	// Technology evaluation: level "", label ""
}
