// Package archrules holds the rules of a catalog's job architecture that
// span entries (issue 11): a family's parent exists and is not itself, and
// parents form no cycle; a ladder's family exists; grades have distinct
// ranks and at most one pay band per region, each with min <= mid <= max;
// a role's family, ladder and grade exist, it has a rank exactly when it is
// on a ladder, and its ladder is in its family. The field rules of each
// entry are internal/valid's; the root package reports what Check finds.
package archrules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel/internal/problem"
	"github.com/rolemodel/rolemodel/role"
)

// Lists are the catalog lists the rules read.
type Lists struct {
	Families []role.Family
	Ladders  []role.Ladder
	Grades   []role.Grade
	Roles    []role.Role
}

// Check checks the job architecture of d against the rules above and
// calls report once per problem, with the problem's path in the file
// format's names ("roles[3].ladder"), its kind (problem.problem.ErrReference,
// problem.ErrDuplicate or ErrValue) and its message. families, ladders and grades
// index the entries of each list by ID.
func Check(d Lists, families, ladders, grades map[string]int, report func(path string, kind error, format string, args ...any)) {

	for i, f := range d.Families {
		if f.Parent == "" {
			continue
		}
		if f.Parent == f.ID {
			report(fmt.Sprintf("families[%d].parent", i), problem.ErrReference, "a family cannot be its own parent")
		} else if _, ok := families[string(f.Parent)]; !ok {
			report(fmt.Sprintf("families[%d].parent", i), problem.ErrReference, "family %q is not in the catalog's families", f.Parent)
		}
	}
	// A parent cycle is reported once, at the entry of its lowest index.
	state := make([]uint8, len(d.Families)) // 0 unvisited, 1 on the walk, 2 done
	for start := range d.Families {
		var walk []int
		for i := start; ; {
			if state[i] == 1 { // back on this walk: a cycle from i
				cycle := walk[slices.Index(walk, i):]
				at := slices.Index(cycle, slices.Min(cycle))
				names := make([]string, 0, len(cycle)+1)
				for n := range len(cycle) + 1 {
					names = append(names, string(d.Families[cycle[(at+n)%len(cycle)]].ID))
				}
				report(fmt.Sprintf("families[%d].parent", cycle[at]), problem.ErrReference, "families form a cycle of parents: %s", strings.Join(names, " → "))
				break
			}
			if state[i] == 2 {
				break
			}
			state[i] = 1
			walk = append(walk, i)
			f := d.Families[i]
			j, ok := families[string(f.Parent)]
			if !ok || f.Parent == f.ID {
				break
			}
			i = j
		}
		for _, w := range walk {
			state[w] = 2
		}
	}

	for i, ld := range d.Ladders {
		if ld.Family == "" {
			continue
		}
		if _, ok := families[string(ld.Family)]; !ok {
			report(fmt.Sprintf("ladders[%d].family", i), problem.ErrReference, "family %q is not in the catalog's families", ld.Family)
		}
	}

	rankOf := map[int]int{}
	for i, g := range d.Grades {
		if j, dup := rankOf[g.Rank]; dup && g.Rank > 0 {
			report(fmt.Sprintf("grades[%d].rank", i), problem.ErrDuplicate, "rank %d is already the rank of grade %q: grades are ranked, one grade per rank", g.Rank, d.Grades[j].ID)
		} else {
			rankOf[g.Rank] = i
		}
		regions := map[string]int{}
		for k, b := range g.Pay {
			p := fmt.Sprintf("grades[%d].pay[%d]", i, k)
			if j, dup := regions[b.Region]; dup {
				where := "with no region"
				if b.Region != "" {
					where = fmt.Sprintf("for region %q", b.Region)
				}
				report(p+".region", problem.ErrDuplicate, "grade %q already has a pay band %s (pay[%d]): one band per grade and region", g.ID, where, j)
			} else {
				regions[b.Region] = k
			}
			if b.Min.IsZero() || b.Mid.IsZero() || b.Max.IsZero() {
				continue // reported by the field rules
			}
			if b.Min.Compare(b.Mid) > 0 {
				report(p+".mid", problem.ErrValue, "the midpoint %s is below the minimum %s: expected min <= mid <= max", b.Mid, b.Min)
			}
			if b.Mid.Compare(b.Max) > 0 {
				report(p+".max", problem.ErrValue, "the maximum %s is below the midpoint %s: expected min <= mid <= max", b.Max, b.Mid)
			}
		}
	}

	for i, r := range d.Roles {
		p := func(field string) string { return fmt.Sprintf("roles[%d].%s", i, field) }
		if r.Family != "" {
			if _, ok := families[string(r.Family)]; !ok {
				report(p("family"), problem.ErrReference, "family %q is not in the catalog's families", r.Family)
			}
		}
		if r.Grade != "" {
			if _, ok := grades[string(r.Grade)]; !ok {
				report(p("grade"), problem.ErrReference, "grade %q is not in the catalog's grades", r.Grade)
			}
		}
		switch {
		case r.Ladder == "" && r.Rank != 0:
			report(p("rank"), problem.ErrValue, "rank %d is a rung of a ladder, but the role names no ladder", r.Rank)
		case r.Ladder == "":
		case r.Rank == 0:
			report(p("rank"), problem.ErrValue, "the role is on ladder %q but has no rank: expected its rung, 1 for the entry rung", r.Ladder)
		}
		if r.Ladder != "" {
			j, ok := ladders[string(r.Ladder)]
			if !ok {
				report(p("ladder"), problem.ErrReference, "ladder %q is not in the catalog's ladders", r.Ladder)
			} else if lf := d.Ladders[j].Family; lf != "" && r.Family != "" && lf != r.Family {
				report(p("ladder"), problem.ErrReference, "ladder %q is in family %q, not in the role's family %q", r.Ladder, lf, r.Family)
			}
		}
	}
}
