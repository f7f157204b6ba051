package export

import (
	"fmt"
	"slices"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// Subset returns the catalog of the roles ids of c and of the roles within
// around moves of them (following moves in either direction; 0 for the
// roles alone), with the moves between those roles, so that an export can
// show part of a large catalog.
//
// The subset keeps what its roles refer to: the skills they require and
// the certifications they recommend (with the skills those evidence), their
// families (with parent families), ladders and grades, and every source of
// c. References to roles outside the subset (career lists, reports-to) are
// dropped. Where the subset keeps rungs of a ladder but not the rungs
// between them, the ladder rule derives the advancement moves across the
// gap, as it would for a catalog written that way.
//
// An ID c does not have is a *career.RoleError; around < 0 a
// *career.QueryError. Without ids, Subset returns c itself.
func Subset(c *rolemodel.Catalog, ids []role.ID, around int) (*rolemodel.Catalog, error) {
	if around < 0 {
		return nil, &career.QueryError{What: "around", Why: fmt.Sprintf("%d moves: expected 0 or more", around)}
	}
	if len(ids) == 0 {
		return c, nil
	}
	g := c.Graph()
	keep := map[role.ID]bool{}
	frontier := make([]role.ID, 0, len(ids))
	for _, id := range ids {
		if _, ok := c.Role(id); !ok {
			return nil, &career.RoleError{ID: id}
		}
		if !keep[id] {
			keep[id] = true
			frontier = append(frontier, id)
		}
	}
	for range around {
		var next []role.ID
		for _, id := range frontier {
			for t := range g.From(id) {
				if !keep[t.To] {
					keep[t.To] = true
					next = append(next, t.To)
				}
			}
			for t := range g.To(id) {
				if !keep[t.From] {
					keep[t.From] = true
					next = append(next, t.From)
				}
			}
		}
		frontier = next
	}

	var p rolemodel.Parts
	skills := map[skill.ID]bool{}
	certs := map[skill.CertificationID]bool{}
	families := map[role.FamilyID]bool{}
	ladders := map[role.LadderID]bool{}
	grades := map[role.GradeID]bool{}
	refs := func(rs []role.Ref) []role.Ref {
		return slices.DeleteFunc(rs, func(x role.Ref) bool { return !keep[x.Role] })
	}
	for r := range c.Roles() {
		if !keep[r.ID] {
			continue
		}
		r.EntryFrom, r.AdvancementTo, r.LateralMoves, r.ReportsTo = refs(r.EntryFrom), refs(r.AdvancementTo), refs(r.LateralMoves), refs(r.ReportsTo)
		r.Transitions = slices.DeleteFunc(r.Transitions, func(m role.Move) bool { return !keep[m.To] })
		for _, req := range r.Skills {
			skills[req.Skill] = true
		}
		for _, ref := range r.Certifications {
			certs[ref.Certification] = true
		}
		if r.Family != "" {
			families[r.Family] = true
		}
		if r.Ladder != "" {
			ladders[r.Ladder] = true
		}
		if r.Grade != "" {
			grades[r.Grade] = true
		}
		p.Roles = append(p.Roles, r)
	}
	for l := range c.Ladders() {
		if ladders[l.ID] {
			p.Ladders = append(p.Ladders, l)
			if l.Family != "" {
				families[l.Family] = true
			}
		}
	}
	for f := range families { // parents, up to the top of each tree
		for parent := f; parent != ""; {
			fam, ok := c.Family(parent)
			if !ok {
				break
			}
			families[parent] = true
			parent = fam.Parent
		}
	}
	for f := range c.Families() {
		if families[f.ID] {
			p.Families = append(p.Families, f)
		}
	}
	for gr := range c.Grades() {
		if grades[gr.ID] {
			p.Grades = append(p.Grades, gr)
		}
	}
	for ct := range c.Certifications() {
		if certs[ct.ID] {
			p.Certifications = append(p.Certifications, ct)
			for _, e := range ct.Evidences {
				skills[e.Skill] = true
			}
		}
	}
	for s := range c.Skills() {
		if skills[s.ID] {
			p.Skills = append(p.Skills, s)
		}
	}
	for s := range c.Sources() {
		p.Sources = append(p.Sources, s)
	}
	return rolemodel.Build(p, rolemodel.SharedNames())
}
