package rolemodel

import (
	"fmt"
	"slices"
	"sync"

	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// Match is one role ranked for a person by Match.
type Match struct {
	Role  role.ID // the role
	Title string  // its title
	// Readiness is the person's readiness for the role, exactly as
	// Gap(p, Role).Readiness() gives it.
	Readiness float64
	// Requirements is the number of the role's requirements.
	Requirements int
	// Lacking are the role's essential skills the person does not hold at
	// the required level (missing or short), by skill ID; Gap gives the
	// whole picture.
	Lacking []skill.ID
}

// matchTable is the catalog's requirements in the dense form ranking
// needs, built on first use.
type matchTable struct {
	once   sync.Once
	table  *skill.RequirementTable
	skills []skill.ID
	roles  []int32 // the roles that have requirements, by position
	row    []int32 // per role position, its row of table, or -1
}

func (c *Catalog) requirementTable() *matchTable {
	m := c.match
	if m == nil {
		m = &matchTable{} // the zero Catalog: empty, built each time
	}
	m.once.Do(func() {
		m.skills = make([]skill.ID, len(c.p.Skills))
		for i, s := range c.p.Skills {
			m.skills[i] = s.ID
		}
		var sets [][]skill.Requirement
		m.row = make([]int32, len(c.reqs))
		for i, r := range c.reqs {
			m.row[i] = -1
			if len(r) > 0 {
				m.row[i] = int32(len(m.roles))
				m.roles = append(m.roles, int32(i))
				sets = append(sets, r)
			}
		}
		m.table = skill.NewRequirementTable(m.skills, sets)
	})
	return m
}

// Match ranks every role for the person with profile p and returns the n
// best, most ready first (ties by role ID), with each role's readiness
// and the essential skills it lacks. Roles without recorded requirements
// are left out: their readiness is unknown, not high. Readiness is exactly
// Gap's; the ranking runs over dense arrays built on the first call, so a
// person costs one pass over the catalog's requirements: about 0.08 ms for
// O*NET 29.3's 1,016 occupations and their skills, 0.16 ms with their
// knowledge too, 1.2 ms for ESCO v1.1.1's 3,007 occupations
// (BenchmarkMatchONet, BenchmarkMatchESCO).
//
// n < 1 is a *career.QueryError; a profile naming a skill or certification
// the catalog lacks is a *skill.ProfileError (see FitProfile).
func (c *Catalog) Match(p skill.Profile, n int) ([]Match, error) {
	ms, err := c.MatchEach([]skill.Profile{p}, n)
	if err != nil {
		return nil, err
	}
	return ms[0], nil
}

// MatchEach is Match for many people at once, reusing its buffers across
// them: ms[i] ranks the roles for ps[i]. The first invalid profile stops
// it with that profile's error, wrapped with its index.
func (c *Catalog) MatchEach(ps []skill.Profile, n int) ([][]Match, error) {
	if n < 1 {
		return nil, &career.QueryError{What: "n", Why: fmt.Sprintf("%d is out of range: expected 1 or more", n)}
	}
	for i, p := range ps {
		if err := c.checkProfile(p); err != nil {
			if len(ps) == 1 {
				return nil, err
			}
			return nil, fmt.Errorf("profile %d: %w", i, err)
		}
	}
	out := make([][]Match, len(ps))
	if c == nil {
		return out, nil
	}
	m := c.requirementTable()
	type scored struct {
		role int32
		r    float64
	}
	var held []skill.Level
	top := make([]scored, 0, min(n, len(m.roles))+1)
	better := func(a, b scored) bool {
		return a.r > b.r || a.r == b.r && c.p.Roles[a.role].ID < c.p.Roles[b.role].ID
	}
	for pi, p := range ps {
		held = m.table.Holdings(p, c.certLookup, held)
		top = top[:0]
		for k, ri := range m.roles {
			s := scored{role: ri, r: m.table.Readiness(held, k)}
			if len(top) == n && !better(s, top[n-1]) {
				continue
			}
			// Insert in order; n is small next to the number of roles.
			i, _ := slices.BinarySearchFunc(top, s, func(x, t scored) int {
				if better(x, t) {
					return -1
				}
				return 1
			})
			top = slices.Insert(top, i, s)
			if len(top) > n {
				top = top[:n]
			}
		}
		res := make([]Match, len(top))
		// One list holds every match's lacking skills: at most each
		// role's requirements.
		size := 0
		for _, s := range top {
			size += m.table.Requirements(int(m.row[s.role]))
		}
		lacking := make([]skill.ID, 0, size)
		for i, s := range top {
			start := len(lacking)
			lacking = m.table.Lacking(held, int(m.row[s.role]), m.skills, lacking)
			r := &c.p.Roles[s.role]
			res[i] = Match{Role: r.ID, Title: r.Title, Readiness: s.r, Requirements: len(c.reqs[s.role])}
			if len(lacking) > start {
				res[i].Lacking = lacking[start:len(lacking):len(lacking)]
			}
		}
		out[pi] = res
	}
	return out, nil
}
