package rolemodel

import (
	"cmp"
	"encoding/json"
	"iter"
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// Catalog is a validated, immutable set of roles, skills, certifications
// and sources, with the career graph derived from the roles' career lists.
//
// A Catalog is safe for concurrent use. Every accessor returns copies: a
// caller may change what it gets without changing the catalog or what the
// next caller sees. The methods accept a nil *Catalog and answer as for an
// empty one.
type Catalog struct {
	sources    []role.Source
	sourceByID map[string]int
	skills     []skill.Skill
	skillByID  map[skill.ID]int
	certs      []skill.Certification
	certByID   map[skill.CertificationID]int
	roles      []role.Role
	roleByID   map[role.ID]int
	byName     map[string][]int      // normalized title or alias -> roles
	byTitle    map[string][]int      // normalized title -> roles
	reqs       [][]skill.Requirement // per role: its requirements sorted by skill, for fast gaps

	transitions []career.Transition
	tsources    map[transitionKey][]string
	graph       *career.Graph
}

func newCatalog(d *document, ts []career.Transition, tsrc map[transitionKey][]string, l *loader) *Catalog {
	c := &Catalog{
		sources:     slices.Clone(d.Sources),
		skills:      slices.Clone(d.Skills),
		certs:       slices.Clone(d.Certifications),
		roles:       slices.Clone(d.Roles),
		transitions: ts,
		tsources:    tsrc,
	}
	slices.SortFunc(c.sources, func(a, b role.Source) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(c.skills, func(a, b skill.Skill) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(c.certs, func(a, b skill.Certification) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(c.roles, func(a, b role.Role) int { return cmp.Compare(a.ID, b.ID) })
	c.sourceByID = make(map[string]int, len(c.sources))
	for i, s := range c.sources {
		c.sourceByID[s.ID] = i
	}
	c.skillByID = make(map[skill.ID]int, len(c.skills))
	for i, s := range c.skills {
		c.skillByID[s.ID] = i
	}
	c.certByID = make(map[skill.CertificationID]int, len(c.certs))
	for i, s := range c.certs {
		c.certByID[s.ID] = i
	}
	c.reqs = make([][]skill.Requirement, len(c.roles))
	for i, r := range c.roles {
		c.reqs[i] = slices.Clone(r.Skills)
		slices.SortFunc(c.reqs[i], func(a, b skill.Requirement) int { return cmp.Compare(a.Skill, b.Skill) })
	}
	c.roleByID = make(map[role.ID]int, len(c.roles))
	c.byName = make(map[string][]int, 2*len(c.roles))
	c.byTitle = make(map[string][]int, len(c.roles))
	ids := make([]role.ID, len(c.roles))
	titles := make(map[role.ID]string, len(c.roles))
	for i, r := range c.roles {
		c.roleByID[r.ID] = i
		ids[i] = r.ID
		titles[r.ID] = r.Title
		t := normalize(r.Title)
		c.byTitle[t] = append(c.byTitle[t], i)
		for _, n := range r.Names() {
			k := normalize(n)
			if !slices.Contains(c.byName[k], i) {
				c.byName[k] = append(c.byName[k], i)
			}
		}
	}
	g, err := career.New(ts, career.WithRoles(ids...), career.WithTitles(titles))
	if err != nil {
		// The checks above admit only transitions career.New accepts.
		l.problem("", ErrInvalidValue, "career graph: %v", err)
		return nil
	}
	c.graph = g
	return c
}

// Role returns the role with the given ID.
func (c *Catalog) Role(id role.ID) (role.Role, bool) {
	if c == nil {
		return role.Role{}, false
	}
	i, ok := c.roleByID[id]
	if !ok {
		return role.Role{}, false
	}
	return c.roles[i].Clone(), true
}

// Lookup returns the role whose title or one of whose aliases is title,
// ignoring case and differences in spacing ("it  director" finds the
// Technology Director).
//
// In an imported catalog a name may belong to several roles (O*NET lists
// some alternate titles under several occupations). Then a role whose title
// it is wins over roles that have it as an alias; otherwise Lookup reports
// false rather than pick one, Find returns an *AmbiguousTitleError, and
// LookupAll returns every match.
func (c *Catalog) Lookup(title string) (role.Role, bool) {
	i, ok := c.lookup(title)
	if !ok {
		return role.Role{}, false
	}
	return c.roles[i].Clone(), true
}

func (c *Catalog) lookup(title string) (int, bool) {
	if c == nil {
		return 0, false
	}
	k := normalize(title)
	if m := c.byName[k]; len(m) == 1 {
		return m[0], true
	}
	if m := c.byTitle[k]; len(m) == 1 {
		return m[0], true
	}
	return 0, false
}

// LookupAll returns every role whose title or alias is title, in ID order.
// A catalog loaded by Load has unique names, so this is at most one role;
// imported catalogs may share alternate titles between occupations.
func (c *Catalog) LookupAll(title string) []role.Role {
	if c == nil {
		return nil
	}
	m := c.byName[normalize(title)]
	out := make([]role.Role, len(m))
	for i, k := range m {
		out[i] = c.roles[k].Clone()
	}
	return out
}

// Roles returns every role in ID order.
func (c *Catalog) Roles() iter.Seq[role.Role] {
	return func(yield func(role.Role) bool) {
		if c == nil {
			return
		}
		for _, r := range c.roles {
			if !yield(r.Clone()) {
				return
			}
		}
	}
}

// NumRoles returns the number of roles.
func (c *Catalog) NumRoles() int {
	if c == nil {
		return 0
	}
	return len(c.roles)
}

// Skill returns the skill with the given ID.
func (c *Catalog) Skill(id skill.ID) (skill.Skill, bool) {
	if c == nil {
		return skill.Skill{}, false
	}
	i, ok := c.skillByID[id]
	if !ok {
		return skill.Skill{}, false
	}
	return c.skills[i].Clone(), true
}

// Skills returns every skill in ID order.
func (c *Catalog) Skills() iter.Seq[skill.Skill] {
	return func(yield func(skill.Skill) bool) {
		if c == nil {
			return
		}
		for _, s := range c.skills {
			if !yield(s.Clone()) {
				return
			}
		}
	}
}

// Certification returns the certification with the given ID.
func (c *Catalog) Certification(id skill.CertificationID) (skill.Certification, bool) {
	if c == nil {
		return skill.Certification{}, false
	}
	i, ok := c.certByID[id]
	if !ok {
		return skill.Certification{}, false
	}
	return c.certs[i].Clone(), true
}

// Certifications returns every certification in ID order.
func (c *Catalog) Certifications() iter.Seq[skill.Certification] {
	return func(yield func(skill.Certification) bool) {
		if c == nil {
			return
		}
		for _, s := range c.certs {
			if !yield(s.Clone()) {
				return
			}
		}
	}
}

// Source returns the source document with the given ID.
func (c *Catalog) Source(id string) (role.Source, bool) {
	if c == nil {
		return role.Source{}, false
	}
	i, ok := c.sourceByID[id]
	if !ok {
		return role.Source{}, false
	}
	return c.sources[i], true
}

// Sources returns every source document in ID order.
func (c *Catalog) Sources() iter.Seq[role.Source] {
	return func(yield func(role.Source) bool) {
		if c == nil {
			return
		}
		for _, s := range c.sources {
			if !yield(s) {
				return
			}
		}
	}
}

// Transitions returns the career transitions derived from the roles' career
// lists, ordered by From, To and Kind. A move stated by several sources, or
// on both of the roles it links, appears once.
func (c *Catalog) Transitions() iter.Seq[career.Transition] {
	return func(yield func(career.Transition) bool) {
		if c == nil {
			return
		}
		for _, t := range c.transitions {
			if !yield(t) {
				return
			}
		}
	}
}

// TransitionSources returns the IDs of the sources that state the move from
// t.From to t.To of kind t.Kind, sorted.
func (c *Catalog) TransitionSources(t career.Transition) []string {
	if c == nil {
		return nil
	}
	return slices.Clone(c.tsources[transitionKey{t.From, t.To, t.Kind}])
}

// Graph returns the catalog's career graph. Every role of the catalog is a
// node of it, and role titles label its paths and pictures. The graph is
// immutable and shared.
func (c *Catalog) Graph() *career.Graph {
	if c == nil {
		g, _ := career.New(nil)
		return g
	}
	return c.graph
}

// MarshalJSON writes the catalog in the catalog file format, with every list
// in ID order. Load reads the result back into an equal catalog.
func (c *Catalog) MarshalJSON() ([]byte, error) {
	if c == nil {
		return []byte("null"), nil
	}
	return json.Marshal(document{Sources: c.sources, Skills: c.skills, Certifications: c.certs, Roles: c.roles})
}
