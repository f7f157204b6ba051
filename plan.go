package rolemodel

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sync/atomic"

	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
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
	// Salaries is the change in pay the move brings, one entry per
	// currency and region in which both roles have salary figures, by
	// currency code, then region. No exchange rates are assumed and no
	// region stands for another: figures in different currencies, or for
	// different regions (London and the North East; a region stated and
	// one not), are never compared. Empty when no currency and region is
	// shared; SalaryNote then says why.
	Salaries []SalaryChange
	// SalaryNote says why Salaries is empty ("Technology Director has no
	// salary figures from sources"; "A is paid in GBP, B in USD: no
	// exchange rates are assumed"), and is empty otherwise. It speaks of
	// the roles' salary facts only, not of their grades' pay bands (Bands),
	// which a step may have when the roles have no salary figures.
	SalaryNote string
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

// SalaryChange compares what the sources say the two roles of a move pay
// in one currency and region (role.SalaryChange).
type SalaryChange = role.SalaryChange

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
		return Plan{}, c.unknownRole(from)
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
		st.Salaries, st.SalaryNote = role.SalaryChanges(&c.p.Roles[c.ids[cRoles][string(t.From)]], r)
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
			st.CertificationFits = skill.FitCertifications(c.p.Certifications, st.Learn, cur.Certifications)
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
// plan step asks for (skill.CertificationFit).
type CertificationFit = skill.CertificationFit

// ByGap returns a career.WeightByRole option that weighs each move by how far
// the person with profile p is from the role moved into: 1 − readiness for
// a role with recorded requirements, and 1 (as far as can be) for a role
// without. Paths chosen with it favour roles the person is closer to. An
// invalid profile weighs every move 1.
//
// The readiness is Gap's, worked out from the catalog's dense table of
// requirements (as Match does) for a role only when a search first weighs
// a move into it, so that building the option costs one pass over the
// profile. The option is safe for concurrent use.
func (c *Catalog) ByGap(p skill.Profile) career.Option {
	return career.WeightByRole(c.gapWeight(p))
}

// gapWeight is ByGap's weight function: the weight of a move into a role.
func (c *Catalog) gapWeight(p skill.Profile) func(role.ID) float64 {
	if c == nil || c.checkProfile(p) != nil {
		return func(role.ID) float64 { return 1 }
	}
	m := c.requirementTable()
	held := m.table.Holdings(p, c.certLookup, nil)
	// weights[i] holds the weight of a move into the role at i once
	// worked out, as its float64 bits plus one; 0 until then. Two searches
	// working out the same weight store the same bits.
	weights := make([]atomic.Uint64, len(c.p.Roles))
	return func(to role.ID) float64 {
		i, ok := c.ids[cRoles][string(to)]
		if !ok {
			return 1
		}
		if b := weights[i].Load(); b != 0 {
			return math.Float64frombits(b - 1)
		}
		w := 1.0
		if k := m.row[i]; k >= 0 {
			w = 1 - m.table.Readiness(held, int(k))
		}
		weights[i].Store(math.Float64bits(w) + 1)
		return w
	}
}

// NextStep is a role a person could move to next, with how ready they are.
type NextStep struct {
	// Move is the move out of the current role; where the catalog states
	// moves of several kinds between the two roles, it is the first, and
	// Kinds lists them all. Each role is listed once.
	Move      career.Transition
	Kinds     career.KindSet // the kinds of move stated to the role
	Recorded  bool           // requirements are recorded for the role
	Readiness float64        // 0 when not Recorded
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
		return nil, c.unknownRole(from)
	}
	if err := c.checkProfile(p); err != nil {
		return nil, err
	}
	var out []NextStep
	first := map[role.ID]career.Transition{} // a role's first transition, for Move
	for t := range c.graph.From(from) {
		if _, ok := first[t.To]; !ok {
			first[t.To] = t
		}
	}
	for to, kinds := range c.graph.Next(from) {
		r := &c.p.Roles[c.ids[cRoles][string(to)]]
		ns := NextStep{Move: first[to], Kinds: kinds}
		if r.HasRequirements() {
			g := skill.Assess(p, r.Skills, c.certLookup)
			ns.Recorded, ns.Readiness = true, g.Readiness()
			ns.Reason = fmt.Sprintf("%s (%s): readiness %.0f%%; %d of %d requirements met, %d missing, %d below level",
				r.Title, kinds, 100*ns.Readiness, len(g.Met), g.Requirements(), len(g.Missing), len(g.Short))
		} else {
			ns.Reason = fmt.Sprintf("%s (%s): no skill requirements recorded, readiness unknown", r.Title, kinds)
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
