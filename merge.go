package rolemodel

import (
	"cmp"
	"slices"

	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// Merge returns one catalog holding base and other, joined by taxonomy
// code: typically a hand-made catalog and one imported from O*NET or ESCO
// (packages onet and esco), so that career paths run from the public
// occupations into the hand-made roles and back.
//
// A role of other whose ESCO URI, or else whose O*NET-SOC code, is the code
// of exactly one role of base is folded into that role instead of being
// added beside it. The base role keeps its ID, title and facts, and gains
// the other role's title and aliases as aliases, its descriptions,
// responsibilities, education, experience, salaries, outlook and industries
// (each of those is one entry per source), the skill requirements and
// certifications it does not already list, the codes it lacks, and its
// career moves, which the rest of other now makes to and from the base role.
// A move both catalogs state is kept once, with base's weights. ISCO-08
// codes name groups of occupations, not one, and join nothing.
//
// Every other role, skill, certification and source is added as it is,
// except that where base has an entry with the same ID base's entry is
// kept. Two roles with the same ID that are not joined by code are an
// error. The merged catalog lets roles share names, as Build with
// SharedNames does, since the two catalogs often name the same job.
//
// Merge returns a *ValidationError and no catalog if the merged catalog is
// not valid. Neither base nor other changes.
func Merge(base, other *Catalog) (*Catalog, error) {
	parts := base.parts()
	more := other.parts()

	// Which base role each other role folds into.
	byESCO := map[string][]int{}
	byONet := map[string][]int{}
	for i, r := range parts.Roles {
		if c := r.Codes.ESCO; c != "" {
			byESCO[c] = append(byESCO[c], i)
		}
		if c := r.Codes.ONetSOC; c != "" {
			byONet[c] = append(byONet[c], i)
		}
	}
	into := map[role.ID]int{}      // other role ID -> index of the base role
	newID := map[role.ID]role.ID{} // other role ID -> its ID in the result
	for _, r := range more.Roles {
		newID[r.ID] = r.ID
		var m []int
		if c := r.Codes.ESCO; c != "" {
			m = byESCO[c]
		}
		if len(m) != 1 && r.Codes.ONetSOC != "" {
			m = byONet[r.Codes.ONetSOC]
		}
		if len(m) == 1 {
			into[r.ID] = m[0]
			newID[r.ID] = parts.Roles[m[0]].ID
		}
	}
	repoint := func(refs []role.Ref) []role.Ref {
		for i := range refs {
			if id, ok := newID[refs[i].Role]; ok {
				refs[i].Role = id
			}
		}
		return refs
	}
	for _, r := range more.Roles {
		r.ReportsTo = repoint(r.ReportsTo)
		r.EntryFrom = repoint(r.EntryFrom)
		r.AdvancementTo = repoint(r.AdvancementTo)
		r.LateralMoves = repoint(r.LateralMoves)
		for i, m := range r.Transitions {
			if id, ok := newID[m.To]; ok {
				r.Transitions[i].To = id
			}
		}
		i, ok := into[r.ID]
		if !ok {
			parts.Roles = append(parts.Roles, r)
			continue
		}
		fold(&parts.Roles[i], r)
	}

	more.Roles = nil // joined above
	for _, c := range collections {
		c.addMissing(&parts, &more)
	}
	return Build(parts, SharedNames())
}

// parts returns copies of the catalog's lists.
func (c *Catalog) parts() Parts {
	if c == nil {
		return Parts{}
	}
	return c.p.clone()
}

// fold adds what o says about a job to b, the base catalog's role for it.
func fold(b *role.Role, o role.Role) {
	names := map[string]bool{}
	for _, n := range b.Names() {
		names[normalize(n)] = true
	}
	for _, n := range o.Names() {
		if k := normalize(n); !names[k] {
			names[k] = true
			b.Aliases = append(b.Aliases, n)
		}
	}
	b.Descriptions = append(b.Descriptions, o.Descriptions...)
	b.Responsibilities = append(b.Responsibilities, o.Responsibilities...)
	b.Education = append(b.Education, o.Education...)
	b.Experience = append(b.Experience, o.Experience...)
	b.Salaries = append(b.Salaries, o.Salaries...)
	b.Outlook = append(b.Outlook, o.Outlook...)
	b.Industries = append(b.Industries, o.Industries...)
	b.Skills = addMissing(b.Skills, o.Skills, func(r skill.Requirement) skill.ID { return r.Skill })
	b.Certifications = addMissing(b.Certifications, o.Certifications, func(r role.CertificationRef) skill.CertificationID { return r.Certification })

	b.Codes.ONetSOC = cmp.Or(b.Codes.ONetSOC, o.Codes.ONetSOC)
	b.Codes.ISCO08 = cmp.Or(b.Codes.ISCO08, o.Codes.ISCO08)
	b.Codes.ESCO = cmp.Or(b.Codes.ESCO, o.Codes.ESCO)
	b.Codes.Sources = union(b.Codes.Sources, o.Codes.Sources)
	b.Sources = union(b.Sources, o.Sources)

	notSelf := func(refs []role.Ref) []role.Ref {
		return slices.DeleteFunc(refs, func(r role.Ref) bool { return r.Role == b.ID })
	}
	byRole := func(r role.Ref) role.ID { return r.Role }
	b.ReportsTo = addMissing(b.ReportsTo, notSelf(o.ReportsTo), byRole)
	b.EntryFrom = addMissing(b.EntryFrom, notSelf(o.EntryFrom), byRole)
	b.AdvancementTo = addMissing(b.AdvancementTo, notSelf(o.AdvancementTo), byRole)
	b.LateralMoves = addMissing(b.LateralMoves, notSelf(o.LateralMoves), byRole)
	type move struct {
		to   role.ID
		kind string
	}
	b.Transitions = addMissing(b.Transitions, slices.DeleteFunc(o.Transitions, func(m role.Move) bool { return m.To == b.ID }),
		func(m role.Move) move { return move{m.To, m.Kind} })
}

func union(a, b []string) []string {
	for _, x := range b {
		if !slices.Contains(a, x) {
			a = append(a, x)
		}
	}
	return a
}
