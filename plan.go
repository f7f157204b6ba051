package rolemodel

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync/atomic"

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
// in one currency, each side annualized with salary.DefaultConvention and
// summarized with salary.SummarizeAnnual (so every source's figure stays
// visible). Each side counts the figures role.PayFacts gives: every fact
// once (BLS's hourly restatement of an annual wage is not a second
// figure), only central figures (ranges, averages, medians), since a
// survey's 10th or 90th percentile is not what the role pays, and a
// published distribution once, by its median.
type SalaryChange struct {
	Currency salary.Currency // the currency of both sides
	Region   string          // the region of both sides' figures; "" when the sources state none
	From, To salary.Summary  // the annual pay of the role left and of the role entered
	// MedianChange is To's median of midpoints minus From's.
	MedianChange salary.Money
}

// salaryChanges returns the pay changes from role a to role b, one per
// currency and region both have figures in, or a note saying why there are
// none.
func salaryChanges(a, b *role.Role) ([]SalaryChange, string) {
	type key struct {
		cur    salary.Currency
		region string
	}
	group := func(r *role.Role) map[key][]salary.Range {
		out := map[key][]salary.Range{}
		for _, i := range role.PayFacts(r.Salaries) {
			s := r.Salaries[i]
			rg, err := s.Range()
			if err != nil {
				continue
			}
			k := key{s.Currency, s.Region}
			out[k] = append(out[k], rg)
		}
		return out
	}
	ga, gb := group(a), group(b)
	switch {
	case len(ga) == 0 && len(gb) == 0:
		return nil, fmt.Sprintf("neither %s nor %s has salary figures from sources", a.Title, b.Title)
	case len(ga) == 0:
		return nil, fmt.Sprintf("%s has no salary figures from sources", a.Title)
	case len(gb) == 0:
		return nil, fmt.Sprintf("%s has no salary figures from sources", b.Title)
	}
	var out []SalaryChange
	sameCurrency := false
	for k, ra := range ga {
		for kb := range gb {
			sameCurrency = sameCurrency || kb.cur == k.cur
		}
		rb, ok := gb[k]
		if !ok {
			continue
		}
		from, err1 := salary.SummarizeAnnual(salary.DefaultConvention(), ra...)
		to, err2 := salary.SummarizeAnnual(salary.DefaultConvention(), rb...)
		if err1 != nil || err2 != nil {
			continue
		}
		d, err := to.MedianMidpoint().Sub(from.MedianMidpoint())
		if err != nil {
			continue
		}
		out = append(out, SalaryChange{Currency: k.cur, Region: k.region, From: from, To: to, MedianChange: d})
	}
	if len(out) == 0 {
		where := func(m map[key][]salary.Range) string {
			var ws []string
			for k := range m {
				ws = append(ws, k.cur.String()+" ("+cmp.Or(k.region, "region not stated")+")")
			}
			slices.Sort(ws)
			return strings.Join(ws, ", ")
		}
		if sameCurrency {
			return nil, fmt.Sprintf("%s is paid in %s, %s in %s: no figures for the same region to compare", a.Title, where(ga), b.Title, where(gb))
		}
		return nil, fmt.Sprintf("%s is paid in %s, %s in %s: no exchange rates are assumed", a.Title, where(ga), b.Title, where(gb))
	}
	slices.SortFunc(out, func(x, y SalaryChange) int {
		return cmp.Or(cmp.Compare(x.Currency.String(), y.Currency.String()), cmp.Compare(x.Region, y.Region))
	})
	return out, ""
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
		st.Salaries, st.SalaryNote = salaryChanges(&c.p.Roles[c.ids[cRoles][string(t.From)]], r)
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
