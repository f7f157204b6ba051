package esco

import (
	"fmt"
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/report"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// Join links the occupations of c, a catalog Load made from ESCO, to O*NET
// through the crosswalk x, and merges onet, a catalog made from O*NET
// (package onet), into the result, so that one catalog spans both
// taxonomies. onet may be nil: the occupations then gain their codes only.
// After Join, bls.Attach gives every linked occupation the wages and
// outlook of its O*NET-SOC code.
//
// # Codes
//
// Each role of c with an ESCO concept URI (Codes.ESCO), no O*NET-SOC code
// yet and at least one link in x gets as its Codes.ONetSOC the code of its
// best link (see Crosswalk.Links: the highest confidence, then the highest
// similarity, then the first row), cites x.Source() in Codes.Sources and
// Sources, and says in Codes.Note where the code comes from, with the
// link's confidence and similarity and, for an occupation linked to
// several codes, the others: a role holds one O*NET-SOC code, and the
// others are named, not used. A role that already has an O*NET-SOC code
// keeps it.
//
// A code is given only when onet has it. A code onet lacks is of another
// version of the O*NET-SOC taxonomy (Nesta's crosswalk uses O*NET-SOC
// 2010; O*NET 25.1 and later use O*NET-SOC 2019, which follows SOC 2018)
// or of an occupation onet leaves out, and the same digits may name
// another occupation there: 17-2199.04 Manufacturing Engineers of
// O*NET-SOC 2010 is 17-2112.03 in 2019, where 17-2199 is "Engineers, All
// Other", whose wages bls.Attach would give it. Such an occupation gets no
// O*NET-SOC code; its Codes.Note names the crosswalk's code ("Not linked
// to O*NET: ..."), and a warning names the code with the crosswalk's file
// and line. To link it, translate the crosswalk's codes to those of the
// O*NET release (with O*NET's own O*NET-SOC 2010 to 2019 crosswalk) before
// joining. The best link is the one tried: a lower ranked link is not
// taken in its place. When onet is nil there is nothing to check the codes
// against, and each linked occupation gets its best link's code as the
// crosswalk writes it: its taxonomy version is then the crosswalk's. To give occupations that the crosswalk does not list the code
// of their broader occupation, as Nesta intends, join with
// x.Inherit(hierarchy).
//
// # O*NET's facts
//
// When onet has exactly one role with the code, the ESCO occupation gains
// copies of that role's skill requirements (O*NET's skills with their
// levels; those it already lists are kept as they are), education,
// experience (with the job zone, role.Experience.JobZone), salaries and
// outlook, each still citing the sources the O*NET role cites, and those
// sources among its own. An O*NET-SOC code several ESCO occupations are
// linked to gives each of them the same copies. Descriptions, titles and
// career moves are not copied: they describe the O*NET occupation.
//
// Then onet is merged in with rolemodel.Merge, by its rules: an O*NET role
// whose code exactly one ESCO occupation now has is the same job and folds
// into it (its title and aliases become the occupation's aliases, its moves
// start and end there); an O*NET role whose code several ESCO occupations
// have, or none, stays a role of its own. So a code of a one-to-one link
// joins the two taxonomies' career graphs, and a code of a many-to-one
// link gives its facts to each occupation without choosing one of them.
//
// # Warnings
//
// What x links but cannot be used is reported as warnings (see
// CollectWarnings), naming the crosswalk's file and line, and refuses the
// join under Strict: rows naming an occupation c does not have (one
// warning for all of them), codes onet has no role for (one warning per
// code, with the number of occupations linked to it, which get no code, as
// above), and codes onet has several roles for (the occupations get the
// code but none of O*NET's facts). On ESCO v1.1.1, Nesta's crosswalk and
// O*NET 29.3, 143 of the crosswalk's 668 codes (325 of its rows) are not
// in 29.3. Of the options, CollectWarnings and Strict apply.
//
// Join returns the *rolemodel.ValidationError of rolemodel.Merge or
// rolemodel.Build should the result not be valid. Neither c nor onet
// changes.
func Join(c, onet *rolemodel.Catalog, x *Crosswalk, opts ...Option) (*rolemodel.Catalog, error) {
	cfg := newConfig(opts)
	if cfg.warnings != nil {
		*cfg.warnings = Warnings{}
	}
	if x == nil {
		return nil, &rolemodel.ValidationError{Problems: []rolemodel.Problem{{Message: "no crosswalk given", Kind: rolemodel.ErrEmpty}}}
	}
	parts := c.Parts()
	titles := make(map[string]string, len(parts.Roles))
	for _, r := range parts.Roles {
		if r.Codes.ESCO != "" {
			titles[r.Codes.ESCO] = r.Title
		}
	}
	title := func(uri string) string {
		if t, ok := titles[uri]; ok {
			return fmt.Sprintf("%q", t)
		}
		return uri
	}
	byCode := map[string][]int{}
	var onetRoles []role.Role
	if onet != nil {
		for r := range onet.Roles() {
			if r.Codes.ONetSOC != "" {
				byCode[r.Codes.ONetSOC] = append(byCode[r.Codes.ONetSOC], len(onetRoles))
			}
			onetRoles = append(onetRoles, r)
		}
	}

	src := x.Source()
	missingCodes := map[string][]Link{} // code -> the links of occupations that have it
	for i := range parts.Roles {
		r := &parts.Roles[i]
		if r.Codes.ESCO == "" || r.Codes.ONetSOC != "" {
			continue
		}
		links := x.Links(r.Codes.ESCO)
		if len(links) == 0 {
			continue
		}
		code := links[0].ONetSOC
		ks := byCode[code]
		note := x.note(links, title)
		if onet != nil && len(ks) == 0 {
			// A code of another taxonomy version (or an occupation the
			// O*NET catalog leaves out): giving it would let bls.Attach
			// match it, by its SOC code, to an occupation it is not.
			note = "Not linked to O*NET: " + note + " The O*NET catalog joined has no occupation " + code + " (" + x.versionNote() + "), so the code is not used."
			missingCodes[code] = append(missingCodes[code], links[0])
		} else {
			r.Codes.ONetSOC = code
		}
		r.Codes.Note = strings.TrimSpace(r.Codes.Note + " " + note)
		r.Codes.Sources = addID(r.Codes.Sources, src.ID)
		r.Sources = addID(r.Sources, src.ID)
		if onet == nil {
			continue
		}
		switch len(ks) {
		case 1:
			copyFacts(r, onetRoles[ks[0]])
		case 0:
		default:
			// A merged catalog may hold one code on several roles: which
			// one's facts an occupation should have is not clear.
			missingCodes[code] = append(missingCodes[code], links[0])
		}
	}
	parts.Sources = addSource(parts.Sources, src)
	if onet != nil {
		// The copied facts cite O*NET's skills and sources: Merge adds
		// them too, and keeps these.
		have := make(map[skill.ID]bool, len(parts.Skills))
		for _, s := range parts.Skills {
			have[s.ID] = true
		}
		for s := range onet.Skills() {
			if !have[s.ID] {
				parts.Skills = append(parts.Skills, s)
			}
		}
		for s := range onet.Sources() {
			parts.Sources = addSource(parts.Sources, s)
		}
	}

	// What the crosswalk says but the join cannot use.
	var ps report.Problems
	var unknown []Link
	for l := range x.All() {
		if _, ok := titles[l.ESCO]; !ok && l.From == "" {
			unknown = append(unknown, l)
		}
	}
	if len(unknown) > 0 {
		rc := &refCount{n: len(unknown)}
		for _, l := range unknown[:min(len(unknown), shownLines)] {
			rc.lines = append(rc.lines, l.Line)
		}
		rc.last = unknown[len(unknown)-1].Line
		msg := fmt.Sprintf("%d rows link occupations the catalog does not have, on %s: they link nothing", len(unknown), rc.where())
		if len(unknown) == 1 {
			msg = fmt.Sprintf("the row links occupation %s, which the catalog does not have: it links nothing", unknown[0].ESCO)
		}
		ps.Add(x.Name(), unknown[0].Line, 0, "concept_uri", rolemodel.ErrReference, "%s", msg)
	}
	codes := make([]string, 0, len(missingCodes))
	for code := range missingCodes {
		codes = append(codes, code)
	}
	slices.SortFunc(codes, func(a, b string) int { return missingCodes[a][0].Line - missingCodes[b][0].Line })
	for _, code := range codes {
		ls := missingCodes[code]
		n := len(byCode[code])
		they, them := "they have", "them"
		if len(ls) == 1 {
			they, them = "it has", "it"
		}
		if n == 0 {
			ps.Add(x.Name(), ls[0].Line, 0, "onet_code", rolemodel.ErrReference,
				"O*NET-SOC %s, the code of %s, is not in the O*NET catalog joined: it is of another version of the taxonomy (%s) or an occupation the catalog leaves out, so %s no O*NET-SOC code, none of O*NET's facts and no BLS wages; to link %s, translate the crosswalk's codes to those of the O*NET release first (O*NET-SOC 2019 for O*NET 25.1 and later, with O*NET's own 2010 to 2019 crosswalk)",
				code, count(len(ls), "ESCO occupation", "ESCO occupations"), x.versionNote(), they, them)
			continue
		}
		ps.Add(x.Name(), ls[0].Line, 0, "onet_code", rolemodel.ErrReference, "O*NET-SOC %s, the code of %s, is not joined: the O*NET catalog has %d occupations with that code, so %s the code but none of O*NET's facts",
			code, count(len(ls), "ESCO occupation", "ESCO occupations"), n, they)
	}
	if cfg.strict {
		if err := ps.Err(); err != nil {
			return nil, err
		}
	} else if cfg.warnings != nil {
		if err, ok := ps.Err().(*rolemodel.ValidationError); ok {
			cfg.warnings.Problems, cfg.warnings.More = err.Problems, err.More
		}
	}

	joined, err := rolemodel.Build(parts, rolemodel.SharedNames())
	if err != nil || onet == nil {
		return joined, err
	}
	return rolemodel.Merge(joined, onet)
}

// copyFacts gives r copies of what the O*NET role o says a person needs
// and earns: its skill requirements r lacks, its education, experience,
// salaries and outlook, and their sources.
// versionNote says which version of the O*NET-SOC taxonomy the
// crosswalk's codes are of, where that is known.
func (x *Crosswalk) versionNote() string {
	if x.src.ID == NestaSource().ID {
		return "Nesta's crosswalk uses O*NET-SOC 2010 codes; O*NET 25.1 and later use O*NET-SOC 2019"
	}
	return "a crosswalk's codes are of the O*NET-SOC version it was made for; O*NET 25.1 and later use O*NET-SOC 2019"
}

func copyFacts(r *role.Role, o role.Role) {
	o = o.Clone()
	have := make(map[skill.ID]bool, len(r.Skills))
	for _, q := range r.Skills {
		have[q.Skill] = true
	}
	for _, q := range o.Skills {
		if !have[q.Skill] {
			r.Skills = append(r.Skills, q)
		}
	}
	r.Education = append(r.Education, o.Education...)
	r.Experience = append(r.Experience, o.Experience...)
	r.Salaries = append(r.Salaries, o.Salaries...)
	r.Outlook = append(r.Outlook, o.Outlook...)
	for _, id := range o.Sources {
		r.Sources = addID(r.Sources, id)
	}
}

func addID(ids []string, id string) []string {
	if slices.Contains(ids, id) {
		return ids
	}
	return append(ids, id)
}

func addSource(ss []role.Source, s role.Source) []role.Source {
	if slices.ContainsFunc(ss, func(x role.Source) bool { return x.ID == s.ID }) {
		return ss
	}
	return append(ss, s)
}
