package ddat_test

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/rolemodel/rolemodel/ddat"
	"github.com/rolemodel/rolemodel/role"
)

// Load reads the framework's CSV download; here a cut of it (the software
// developer's levels with two of their skills, testdata/framework). The
// levels come alphabetically in the file and are placed on the ladder by
// their names; a management-track level shares its rung with its
// individual-contributor twin.
func ExampleLoad() {
	c, err := ddat.LoadDir("testdata/framework")
	if err != nil {
		fmt.Println(err)
		return
	}
	var ladder []role.Role
	for r := range c.Roles() {
		if r.Ladder == ddat.LadderID("Software developer") {
			ladder = append(ladder, r)
		}
	}
	slices.SortFunc(ladder, func(a, b role.Role) int { return cmp.Or(cmp.Compare(a.Rank, b.Rank), cmp.Compare(a.Track, b.Track)) })
	for _, r := range ladder {
		fmt.Printf("%d %s (%s)\n", r.Rank, r.Title, r.Track)
	}

	senior, _ := c.Lookup("Senior developer")
	for _, req := range senior.Skills {
		s, _ := c.Skill(req.Skill)
		fmt.Printf("%s: %s, level %s\n", s.Name, req.Label, req.Level)
	}
	src, _ := c.Source(ddat.SourceID)
	fmt.Println(src.Note)
	// Output:
	// 1 Apprentice developer (individual-contributor)
	// 2 Junior developer (individual-contributor)
	// 3 Developer (individual-contributor)
	// 4 Senior developer (individual-contributor)
	// 4 Senior developer - management (management)
	// 5 Lead developer (individual-contributor)
	// 5 Lead developer - management (management)
	// 6 Principal developer (individual-contributor)
	// 6 Principal developer - management (management)
	// Information security: Practitioner, level practitioner
	// Programming and build (software engineering): Practitioner, level practitioner
	// Contains public sector information licensed under the Open Government Licence v3.0.
}
