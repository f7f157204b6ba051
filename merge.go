package rolemodel

import (
	"cmp"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel/internal/valid"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// MergeOption changes how Merge joins two catalogs.
type MergeOption func(*mergeConfig)

type mergeConfig struct {
	sameAs map[role.ID]role.ID
	prefix string
}

// SameAs names roles of the other catalog that are the same job as a role
// of base: pairs maps an other role's ID to the base role's ID. Such a role
// folds into the base role as a role joined by code does, whatever its ID
// or codes. A pair naming a role either catalog lacks is a problem of the
// merge.
func SameAs(pairs map[role.ID]role.ID) MergeOption {
	return func(c *mergeConfig) {
		if c.sameAs == nil {
			c.sameAs = map[role.ID]role.ID{}
		}
		for k, v := range pairs {
			c.sameAs[k] = v
		}
	}
}

// PrefixIDs gives every role, family, ladder and grade of the other catalog
// the ID prefix+ID, and rewrites the other catalog's references to them, so
// that two catalogs that use the same IDs for different things can be
// joined: Merge(mine, Default(), PrefixIDs("default-")). Skills,
// certifications and sources keep their IDs: an ID both catalogs use names
// one skill. Roles joined by code or by SameAs fold into base's roles and
// keep base's IDs. The prefix must be a slug or empty: lower-case letters,
// digits and hyphens.
func PrefixIDs(prefix string) MergeOption {
	return func(c *mergeConfig) { c.prefix = prefix }
}

// Merge returns one catalog holding base and other, joined by taxonomy
// code: typically a hand-made catalog and one imported from O*NET or ESCO
// (packages onet and esco), so that career paths run from the public
// occupations into the hand-made roles and back.
//
// A role of other named by SameAs, or else whose ESCO URI, or else whose
// O*NET-SOC code, is the code of exactly one role of base, is folded into
// that role instead of being added beside it. The base role keeps its ID,
// title and facts, and gains the other role's title and aliases as aliases,
// the descriptions, responsibilities, education, experience, salaries,
// outlook, industries, name sources and technologies it does not already
// have (each of those is one entry per source; an entry equal to one base
// has is not repeated, so merging what a catalog already holds changes
// nothing), the skill requirements and certifications it does not already
// list, the codes it lacks, its interest scores where base has none, and
// its career moves, which the rest of other now makes to and
// from the base role. A move both catalogs state is kept once, with base's
// weights. ISCO-08 codes name groups of occupations, not one, and join
// nothing.
//
// Every other role, family, ladder, grade, skill, certification and source
// is added as it is (its ID prefixed where PrefixIDs says), except that
// where base has an entry with the same ID: a skill, certification or
// source of base is kept; a family, ladder or grade equal to base's is
// kept once; a role, or a family, ladder or grade that differs from base's,
// is a conflict. A conflict is a Problem naming both definitions, with the
// remedies (SameAs, PrefixIDs); where the catalogs were read from files
// (LoadFile, LoadFS, Default, and catalogs Merge made of those), it says
// where each definition is ("defined at a.yaml:3:5 and b.yaml:7:3") and its
// File, Line and Column are those of other's definition. The embedded
// catalog's files are named by their path in the module
// (github.com/rolemodel/rolemodel/catalog/related-roles.yaml). The merged catalog lets roles share names,
// as Build with SharedNames does, since the two catalogs often name the
// same job.
//
// Merge returns a *ValidationError and no catalog on any conflict or if the
// merged catalog is not valid. Neither base nor other changes.
func Merge(base, other *Catalog, opts ...MergeOption) (*Catalog, error) {
	var cfg mergeConfig
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	parts := base.parts()
	more := other.parts()
	var problems []Problem
	if cfg.prefix != "" {
		if !valid.IsSlug(cfg.prefix + "x") {
			return nil, &ValidationError{Problems: []Problem{{Message: fmt.Sprintf("the ID prefix %s is not a slug: expected lower-case letters, digits and hyphens", quoteID(cfg.prefix)), Kind: ErrInvalidValue}}}
		}
		prefixIDs(&more, cfg.prefix, cfg.sameAs)
	}

	// Where other defined an entry, by its ID in the merge (prefixed or
	// not): roles SameAs names keep their IDs, and fold rather than
	// conflict.
	otherAt := func(ci int, id string) place {
		if orig, ok := strings.CutPrefix(id, cfg.prefix); ok && cfg.prefix != "" {
			if at := other.at(ci, orig); at.file != "" {
				return at
			}
		}
		return other.at(ci, id)
	}

	// Which base role each other role folds into.
	byESCO := map[string][]int{}
	byONet := map[string][]int{}
	baseRole := map[role.ID]int{}
	for i, r := range parts.Roles {
		baseRole[r.ID] = i
		if c := r.Codes.ESCO; c != "" {
			byESCO[c] = append(byESCO[c], i)
		}
		if c := r.Codes.ONetSOC; c != "" {
			byONet[c] = append(byONet[c], i)
		}
	}
	otherRole := map[role.ID]bool{}
	for _, r := range more.Roles {
		otherRole[r.ID] = true
	}
	for _, k := range slices.Sorted(maps.Keys(cfg.sameAs)) {
		v := cfg.sameAs[k]
		if !otherRole[k] {
			problems = append(problems, Problem{Path: "roles[" + string(k) + "]", Message: fmt.Sprintf("SameAs names role %s, which the other catalog does not have", quoteID(string(k))), Kind: ErrReference})
		}
		if _, ok := baseRole[v]; !ok {
			problems = append(problems, Problem{Path: "roles[" + string(v) + "]", Message: fmt.Sprintf("SameAs names role %s, which the base catalog does not have", quoteID(string(v))), Kind: ErrReference})
		}
	}
	into := map[role.ID]int{}      // other role ID -> index of the base role
	newID := map[role.ID]role.ID{} // other role ID -> its ID in the result
	var sameID []int               // other roles whose ID base has, for a second look
	for k, r := range more.Roles {
		newID[r.ID] = r.ID
		var m []int
		if b, ok := cfg.sameAs[r.ID]; ok {
			if i, ok := baseRole[b]; ok {
				m = []int{i}
			}
		}
		if len(m) != 1 && r.Codes.ESCO != "" {
			m = byESCO[r.Codes.ESCO]
		}
		if len(m) != 1 && r.Codes.ONetSOC != "" {
			m = byONet[r.Codes.ONetSOC]
		}
		if len(m) == 1 {
			into[r.ID] = m[0]
			newID[r.ID] = parts.Roles[m[0]].ID
			continue
		}
		if _, ok := baseRole[r.ID]; ok {
			sameID = append(sameID, k)
		}
	}
	// A role of the same ID is the same role when it is equal once its
	// moves name the roles they lead to in the result (the other catalog's
	// moves to a role that folded into a base role of another ID name that
	// ID in base, as they did when base was merged from the same
	// catalog): folding it changes nothing, and Merge stays idempotent.
	for _, k := range sameID {
		r := more.Roles[k].Clone()
		repointRole(&r, newID)
		i := baseRole[r.ID]
		if field := firstDiff(parts.Roles[i], r); field != "" {
			problems = append(problems, conflict("role", string(r.ID), field, parts.Roles[i].Title, r.Title, base.at(cRoles, string(r.ID)), otherAt(cRoles, string(r.ID))))
			continue
		}
		into[r.ID] = i
	}
	problems = append(problems, structureConflicts(&parts, &more, base.at, otherAt)...)
	if len(problems) > 0 {
		return nil, &ValidationError{Problems: problems}
	}
	for _, r := range more.Roles {
		repointRole(&r, newID)
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
	res, err := Build(parts, SharedNames())
	if err != nil {
		return nil, err
	}
	// The merged catalog knows where its entries were defined, where base
	// or other knew: a later Merge names them in its conflicts.
	for _, ci := range placed {
		for id := range res.ids[ci] {
			at := base.at(ci, id)
			if at.file == "" {
				at = otherAt(ci, id)
			}
			if at.file == "" {
				continue
			}
			if res.where[ci] == nil {
				res.where[ci] = map[string]place{}
			}
			res.where[ci][id] = at
		}
	}
	return res, nil
}

// at returns where c's entry id of collection ci was defined, or no place
// when c was not loaded from files.
func (c *Catalog) at(ci int, id string) place {
	if c == nil || c.where[ci] == nil {
		return place{}
	}
	return c.where[ci][id]
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
	b.Descriptions = appendNew(b.Descriptions, o.Descriptions)
	b.Responsibilities = appendNew(b.Responsibilities, o.Responsibilities)
	b.Education = appendNew(b.Education, o.Education)
	b.Experience = appendNew(b.Experience, o.Experience)
	b.Salaries = appendNew(b.Salaries, o.Salaries)
	b.Outlook = appendNew(b.Outlook, o.Outlook)
	b.Industries = appendNew(b.Industries, o.Industries)
	b.NameSources = appendNew(b.NameSources, o.NameSources)
	b.Technologies = appendNew(b.Technologies, o.Technologies)
	if b.Interests == nil && o.Interests != nil {
		i := *o.Interests
		b.Interests = &i
	}
	b.Skills = addMissing(b.Skills, o.Skills, func(r skill.Requirement) skill.ID { return r.Skill })
	b.Certifications = addMissing(b.Certifications, o.Certifications, func(r role.CertificationRef) skill.CertificationID { return r.Certification })

	b.Codes.ONetSOC = cmp.Or(b.Codes.ONetSOC, o.Codes.ONetSOC)
	b.Codes.ISCO08 = cmp.Or(b.Codes.ISCO08, o.Codes.ISCO08)
	b.Codes.ESCO = cmp.Or(b.Codes.ESCO, o.Codes.ESCO)
	b.Codes.ESCOCode = cmp.Or(b.Codes.ESCOCode, o.Codes.ESCOCode)
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

// conflict is the problem of an ID both catalogs define differently, at
// baseAt and otherAt where known. The problem is located at other's
// definition, or else at base's, and its message names both places.
// repointRole makes r's moves name the roles they lead to by their IDs in
// the result of a merge (newID).
func repointRole(r *role.Role, newID map[role.ID]role.ID) {
	repoint := func(refs []role.Ref) {
		for i := range refs {
			if id, ok := newID[refs[i].Role]; ok {
				refs[i].Role = id
			}
		}
	}
	repoint(r.ReportsTo)
	repoint(r.EntryFrom)
	repoint(r.AdvancementTo)
	repoint(r.LateralMoves)
	for i, m := range r.Transitions {
		if id, ok := newID[m.To]; ok {
			r.Transitions[i].To = id
		}
	}
}

// firstDiff returns the file-format name (its JSON key) of the first field
// in which two entries of one struct type differ, or "" when they are
// equal.
func firstDiff[T any](a, b T) string {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	t := va.Type()
	for i := range t.NumField() {
		if !reflect.DeepEqual(va.Field(i).Interface(), vb.Field(i).Interface()) {
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
			return cmp.Or(name, t.Field(i).Name)
		}
	}
	return ""
}

func conflict(what, id, field, baseTitle, otherTitle string, baseAt, otherAt place) Problem {
	coll := map[string]string{"role": "roles", "family": "families", "ladder": "ladders", "grade": "grades"}[what]
	var where string
	switch b, o := baseAt.String(), otherAt.String(); {
	case b != "" && o != "":
		where = fmt.Sprintf(", defined at %s and %s", b, o)
	case b != "":
		where = fmt.Sprintf(", defined at %s in the base catalog", b)
	case o != "":
		where = fmt.Sprintf(", defined at %s in the other catalog", o)
	}
	at := otherAt
	if at.file == "" {
		at = baseAt
	}
	return Problem{
		File: at.file, Line: at.line, Column: at.col,
		Path: coll + "[" + id + "]",
		Message: fmt.Sprintf("both catalogs define %s %s, differently (first in %s; base: %s; other: %s)%s: join the two with SameAs, or give one catalog's IDs a prefix with PrefixIDs",
			what, quoteID(id), quoteID(field), quoteID(baseTitle), quoteID(otherTitle), where),
		Kind: ErrDuplicate,
	}
}

// structureConflicts reports the families, ladders and grades both parts
// define differently, where baseAt and otherAt say, and drops from more
// those base defines alike.
func structureConflicts(base, more *Parts, baseAt, otherAt func(ci int, id string) place) []Problem {
	var out []Problem
	check := func(ci int, what string, n int, id func(int) string, title func(int) string, baseIdx map[string]int, differ func(j, i int) string, drop func(keep []bool)) {
		keep := make([]bool, n)
		for i := range n {
			j, ok := baseIdx[id(i)]
			if !ok {
				keep[i] = true
			} else if field := differ(j, i); field != "" {
				out = append(out, conflict(what, id(i), field, titleOf(base, what, j), title(i), baseAt(ci, id(i)), otherAt(ci, id(i))))
			}
		}
		drop(keep)
	}
	fam := map[string]int{}
	for i, f := range base.Families {
		fam[string(f.ID)] = i
	}
	check(cFamilies, "family", len(more.Families), func(i int) string { return string(more.Families[i].ID) }, func(i int) string { return more.Families[i].Title }, fam,
		func(j, i int) string { return firstDiff(base.Families[j], more.Families[i]) },
		func(keep []bool) { more.Families = filter(more.Families, keep) })
	lad := map[string]int{}
	for i, l := range base.Ladders {
		lad[string(l.ID)] = i
	}
	check(cLadders, "ladder", len(more.Ladders), func(i int) string { return string(more.Ladders[i].ID) }, func(i int) string { return more.Ladders[i].Title }, lad,
		func(j, i int) string { return firstDiff(base.Ladders[j], more.Ladders[i]) },
		func(keep []bool) { more.Ladders = filter(more.Ladders, keep) })
	gr := map[string]int{}
	for i, g := range base.Grades {
		gr[string(g.ID)] = i
	}
	check(cGrades, "grade", len(more.Grades), func(i int) string { return string(more.Grades[i].ID) }, func(i int) string { return more.Grades[i].Title }, gr,
		func(j, i int) string { return firstDiff(base.Grades[j], more.Grades[i]) },
		func(keep []bool) { more.Grades = filter(more.Grades, keep) })
	return out
}

func titleOf(p *Parts, what string, j int) string {
	switch what {
	case "family":
		return p.Families[j].Title
	case "ladder":
		return p.Ladders[j].Title
	default:
		return p.Grades[j].Title
	}
}

func filter[T any](s []T, keep []bool) []T {
	var out []T
	for i, x := range s {
		if keep[i] {
			out = append(out, x)
		}
	}
	return out
}

// prefixIDs prefixes the IDs of p's roles, families, ladders and grades,
// and every reference to them in p. Roles SameAs names keep their IDs
// (they fold into base's).
func prefixIDs(p *Parts, prefix string, sameAs map[role.ID]role.ID) {
	rid := func(id role.ID) role.ID {
		if _, ok := sameAs[id]; ok || id == "" {
			return id
		}
		return role.ID(prefix) + id
	}
	fid := func(id role.FamilyID) role.FamilyID {
		if id == "" {
			return id
		}
		return role.FamilyID(prefix) + id
	}
	for i := range p.Families {
		p.Families[i].ID = fid(p.Families[i].ID)
		p.Families[i].Parent = fid(p.Families[i].Parent)
	}
	for i := range p.Ladders {
		p.Ladders[i].ID = role.LadderID(prefix) + p.Ladders[i].ID
		p.Ladders[i].Family = fid(p.Ladders[i].Family)
	}
	for i := range p.Grades {
		p.Grades[i].ID = role.GradeID(prefix) + p.Grades[i].ID
	}
	for i := range p.Roles {
		r := &p.Roles[i]
		r.ID = rid(r.ID)
		r.Family = fid(r.Family)
		if r.Ladder != "" {
			r.Ladder = role.LadderID(prefix) + r.Ladder
		}
		if r.Grade != "" {
			r.Grade = role.GradeID(prefix) + r.Grade
		}
		for _, refs := range [][]role.Ref{r.ReportsTo, r.EntryFrom, r.AdvancementTo, r.LateralMoves} {
			for k := range refs {
				refs[k].Role = rid(refs[k].Role)
			}
		}
		for k := range r.Transitions {
			r.Transitions[k].To = rid(r.Transitions[k].To)
		}
	}
}

// appendNew appends the entries of more that have no equal in have, so
// that folding a role into itself, or twice, adds nothing.
func appendNew[T any](have, more []T) []T {
	n := len(have)
	for _, x := range more {
		if !slices.ContainsFunc(have[:n], func(y T) bool { return reflect.DeepEqual(x, y) }) {
			have = append(have, x)
		}
	}
	return have
}
