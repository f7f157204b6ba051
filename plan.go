package rolemodel

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/skill"
)

// PlanStep is one move of a Plan and what it asks of the person.
type PlanStep struct {
	// Move is the transition this step takes, from one role of the path to
	// the next.
	Move career.Transition
	// Recorded reports whether the catalog records skill requirements for
	// the role moved into. When false, Learn and Certifications are empty
	// because nothing is known, and ReadinessBefore is 0.
	Recorded bool
	// ReadinessBefore is the person's readiness for the role before the
	// move, counting what earlier steps taught (see skill.Gap.Readiness).
	ReadinessBefore float64
	// Learn lists the requirements of the role that the person does not yet
	// meet: missing skills and skills held below the required level,
	// essential first, then by skill ID.
	Learn []skill.Shortfall
	// Salary is the change in pay the move brings, when both roles have
	// salary figures in one currency; nil otherwise.
	Salary *SalaryChange
	// Bands is the change of pay band between the two roles' grades, one
	// entry per region both grades have a band for; empty when either role
	// has no grade.
	Bands []BandChange
	// Certifications lists the catalog's certifications, other than those
	// the person holds, that close or narrow at least one shortfall of
	// Learn: those that close the most shortfalls first, then those that
	// narrow the most, then by ID. CertificationFits says which each does.
	Certifications []skill.CertificationID
	// CertificationFits are Certifications with the shortfalls each closes
	// and each only narrows, in the same order.
	CertificationFits []CertificationFit
}

// SalaryChange compares what the sources say the two roles of a move pay,
// each side annualized with salary.DefaultConvention and summarized with
// salary.SummarizeAnnual (so every source's figure stays visible).
type SalaryChange struct {
	From, To salary.Summary // the annual pay of the role left and of the role entered
	// MedianChange is To's median of midpoints minus From's.
	MedianChange salary.Money
}

// salaryChange returns the pay change from role a to role b, or nil when
// either has no salary figures or they are in different currencies.
func salaryChange(a, b *role.Role) *SalaryChange {
	sum := func(r *role.Role) (salary.Summary, bool) {
		var rs []salary.Range
		for _, s := range r.Salaries {
			rg, err := s.Range()
			if err != nil {
				return salary.Summary{}, false
			}
			rs = append(rs, rg)
		}
		if len(rs) == 0 {
			return salary.Summary{}, false
		}
		s, err := salary.SummarizeAnnual(salary.DefaultConvention(), rs...)
		return s, err == nil
	}
	from, ok1 := sum(a)
	to, ok2 := sum(b)
	if !ok1 || !ok2 || from.Currency() != to.Currency() {
		return nil
	}
	d, err := to.MedianMidpoint().Sub(from.MedianMidpoint())
	if err != nil {
		return nil
	}
	return &SalaryChange{From: from, To: to, MedianChange: d}
}

// Plan is a path from one role to another with, for each move, what the
// person must learn.
type Plan struct {
	Path  career.Path // the moves, as ShortestPath returns them
	Steps []PlanStep  // one per move of Path, in order
}

// Plan finds a path from role from to role to and says, for each move, what
// the person with profile p must learn, which certifications would evidence
// it, and how ready the person is before the move. Each step assumes the
// person has learned what the earlier steps asked for.
//
// The path is the one ShortestPath returns with the same options: fewest
// moves by default, or, with ByGap(p), the path of least total skill gap for
// this person, so that the answer can differ from person to person.
// Errors are those of Gap and of career.Graph.ShortestPath.
func (c *Catalog) Plan(p skill.Profile, from, to role.ID, opts ...career.Option) (Plan, error) {
	if c == nil {
		return Plan{}, &career.RoleError{ID: from}
	}
	if err := c.checkProfile(p); err != nil {
		return Plan{}, err
	}
	path, err := c.graph.ShortestPath(from, to, opts...)
	if err != nil {
		return Plan{}, err
	}
	cur := skill.Profile{Skills: slices.Clone(p.Skills), Certifications: slices.Clone(p.Certifications)}
	plan := Plan{Path: path}
	for _, t := range path.Steps() {
		st := PlanStep{Move: t}
		ri := c.ids[cRoles][string(t.To)]
		r := &c.p.Roles[ri]
		st.Salary = salaryChange(&c.p.Roles[c.ids[cRoles][string(t.From)]], r)
		st.Bands = c.bandChanges(&c.p.Roles[c.ids[cRoles][string(t.From)]], r)
		if r.HasRequirements() {
			st.Recorded = true
			g := skill.Assess(cur, c.reqs[ri], c.certLookup)
			st.ReadinessBefore = g.Readiness()
			st.Learn = append(append(st.Learn, g.Missing...), g.Short...)
			slices.SortFunc(st.Learn, func(a, b skill.Shortfall) int {
				if a.Essential != b.Essential {
					if a.Essential {
						return -1
					}
					return 1
				}
				return cmp.Compare(a.Skill, b.Skill)
			})
			st.CertificationFits = c.certsFor(st.Learn, cur.Certifications)
			for _, f := range st.CertificationFits {
				st.Certifications = append(st.Certifications, f.Certification)
			}
			// The person is assumed to learn what this step asks.
			for _, s := range st.Learn {
				cur.Skills = append(cur.Skills, skill.Held{Skill: s.Skill, Level: max(s.Required, skill.Awareness)})
			}
		}
		plan.Steps = append(plan.Steps, st)
	}
	return plan, nil
}

// CertificationFit says what a certification would do for the skills a
// plan step asks for: which shortfalls it closes (it evidences the skill at
// the required level or above) and which it only narrows (it evidences the
// skill above what the person holds, but below the required level).
type CertificationFit struct {
	Certification skill.CertificationID // the certification
	Closes        []skill.ID            // skills it brings to the required level, by ID
	Narrows       []skill.ID            // skills it raises but not to the required level, by ID
}

// certsFor returns the certifications, other than those held, that close or
// narrow a shortfall of learn: those that close the most first, then those
// that narrow the most, then by ID. A certification's evidence counts at
// its stated level, or skill.EvidenceLevel when it states none.
func (c *Catalog) certsFor(learn []skill.Shortfall, held []skill.CertificationID) []CertificationFit {
	want := map[skill.ID]skill.Shortfall{}
	for _, s := range learn {
		want[s.Skill] = s
	}
	var out []CertificationFit
	for _, cert := range c.p.Certifications {
		if slices.Contains(held, cert.ID) {
			continue
		}
		fit := CertificationFit{Certification: cert.ID}
		for _, e := range cert.Evidences {
			s, ok := want[e.Skill]
			if !ok {
				continue
			}
			lvl := cmp.Or(e.Level, skill.EvidenceLevel)
			switch {
			case lvl >= max(s.Required, skill.Awareness):
				fit.Closes = append(fit.Closes, e.Skill)
			case lvl > s.Held:
				fit.Narrows = append(fit.Narrows, e.Skill)
			}
		}
		if len(fit.Closes)+len(fit.Narrows) > 0 {
			slices.Sort(fit.Closes)
			slices.Sort(fit.Narrows)
			out = append(out, fit)
		}
	}
	slices.SortStableFunc(out, func(a, b CertificationFit) int {
		return cmp.Or(cmp.Compare(len(b.Closes), len(a.Closes)), cmp.Compare(len(b.Narrows), len(a.Narrows)), cmp.Compare(a.Certification, b.Certification))
	})
	return out
}

// ByGap returns a career.WeightBy option that weighs each move by how far
// the person with profile p is from the role moved into: 1 − readiness for
// a role with recorded requirements, and 1 (as far as can be) for a role
// without. Paths chosen with it favour roles the person is closer to. An
// invalid profile weighs every move 1.
func (c *Catalog) ByGap(p skill.Profile) career.Option {
	weights := map[role.ID]float64{}
	valid := c.checkProfile(p) == nil
	if c != nil && valid {
		for _, r := range c.p.Roles {
			if r.HasRequirements() {
				weights[r.ID] = 1 - skill.Assess(p, r.Skills, c.certLookup).Readiness()
			}
		}
	}
	return career.WeightBy(func(t career.Transition) float64 {
		if w, ok := weights[t.To]; ok {
			return w
		}
		return 1
	})
}

// NextStep is a role a person could move to next, with how ready they are.
type NextStep struct {
	Move      career.Transition // the move out of the current role
	Recorded  bool              // requirements are recorded for the role
	Readiness float64           // 0 when not Recorded
	// Reason says why the step ranks where it does, in a sentence.
	Reason string
}

// NextSteps returns up to n roles a person in role from can move to next,
// ranked by readiness (roles without recorded requirements last, as
// nothing is known of them), then by role ID. n < 1 is a *career.QueryError.
func (c *Catalog) NextSteps(p skill.Profile, from role.ID, n int) ([]NextStep, error) {
	if n < 1 {
		return nil, &career.QueryError{What: "n", Why: fmt.Sprintf("%d is out of range: expected 1 or more", n)}
	}
	if c == nil || !c.graph.Has(from) {
		return nil, &career.RoleError{ID: from}
	}
	if err := c.checkProfile(p); err != nil {
		return nil, err
	}
	var out []NextStep
	for t := range c.graph.From(from) {
		r := &c.p.Roles[c.ids[cRoles][string(t.To)]]
		ns := NextStep{Move: t}
		if r.HasRequirements() {
			g := skill.Assess(p, r.Skills, c.certLookup)
			ns.Recorded, ns.Readiness = true, g.Readiness()
			ns.Reason = fmt.Sprintf("%s (%s): readiness %.0f%%; %d of %d requirements met, %d missing, %d below level",
				r.Title, t.Kind, 100*ns.Readiness, len(g.Met), g.Requirements(), len(g.Missing), len(g.Short))
		} else {
			ns.Reason = fmt.Sprintf("%s (%s): no skill requirements recorded, readiness unknown", r.Title, t.Kind)
		}
		out = append(out, ns)
	}
	slices.SortStableFunc(out, func(a, b NextStep) int {
		if a.Recorded != b.Recorded {
			if a.Recorded {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(b.Readiness, a.Readiness), cmp.Compare(a.Move.To, b.Move.To))
	})
	return out[:min(n, len(out))], nil
}
