package rolemodel

import (
	"cmp"
	"encoding/json"
	"iter"
	"slices"
	"sync"

	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/internal/derive"
	"github.com/rolemodel/rolemodel/internal/names"
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
	p        Parts                 // every list sorted by ID
	ids      index                 // per collection: ID -> position in p
	byName   nameIndex             // normalized title or alias -> roles
	byTitle  map[string][]int      // normalized title -> roles
	reqs     [][]skill.Requirement // per role: its requirements sorted by skill, for fast gaps
	nextRung map[role.ID][]role.ID // the rung moves ladders imply, written or not

	// where[coll][id] is the file, line and column an entry of the
	// families, ladders, grades and roles was defined at, for catalogs
	// loaded from files and those Merge makes of them (Merge names both
	// definitions of a conflicting ID); nil where not known.
	where [numCollections]map[string]place

	transitions []career.Transition
	tsources    map[derive.Key][]string
	graph       *career.Graph

	// Built on first use, from lists Amend does not change: a catalog
	// Amend makes shares them with the catalog it was made from.
	match   *matchTable   // by Match
	suggest *suggestIndex // by Similar
}

// suggestIndex is the index of role names Similar builds on first use.
type suggestIndex struct {
	once  sync.Once
	index *names.Index
}

func newCatalog(d *document, der derive.Result, byName nameIndex, folded [][]string, l *loader) *Catalog {
	// The document is the loader's own (Build copied what it was given):
	// the catalog keeps it, each list put in ID order where it is, each
	// entry moved once (a file written by MarshalJSON is in order
	// already). No problem is named by position after this.
	c := &Catalog{
		p:           *d,
		byName:      byName,
		transitions: der.Transitions,
		tsources:    der.Sources,
		match:       &matchTable{},
		suggest:     &suggestIndex{},
	}
	if l != nil {
		c.where = l.places() // before the lists are put in ID order
	}
	var to []int // to[i] is the position in ID order of the role at i in d
	for ci, coll := range collections {
		n := coll.len(&c.p)
		ids := make([]string, n)
		perm := make([]int32, n)
		for i := range n {
			ids[i], perm[i] = coll.id(&c.p, i), int32(i)
		}
		sorted := slices.IsSorted(ids)
		if !sorted {
			slices.SortFunc(perm, func(a, b int32) int { return cmp.Compare(ids[a], ids[b]) })
		}
		c.ids[ci] = make(map[string]int, n)
		for k, i := range perm {
			c.ids[ci][ids[i]] = k
		}
		if ci == cRoles {
			to = make([]int, n)
			for k, i := range perm {
				to[i] = k
			}
		}
		if !sorted {
			coll.permute(&c.p, perm)
		}
	}
	c.byName.renumber(to)
	c.reqs = make([][]skill.Requirement, len(c.p.Roles))
	var ranks []int
	for i, r := range c.p.Roles {
		c.reqs[i] = slices.Clone(r.Skills)
		ranks = sortBySkill(c.reqs[i], c.ids[cSkills], ranks)
	}
	c.byTitle = make(map[string][]int, len(c.p.Roles))
	ids := make([]role.ID, len(c.p.Roles))
	titles := make(map[role.ID]string, len(c.p.Roles))
	for i := range folded {
		t := folded[i][0]
		c.byTitle[t] = append(c.byTitle[t], to[i])
	}
	for i, r := range c.p.Roles {
		ids[i] = r.ID
		titles[r.ID] = r.Title
	}
	c.nextRung = map[role.ID][]role.ID{}
	for _, t := range derive.Rungs(c.p.Roles) {
		c.nextRung[t.From] = append(c.nextRung[t.From], t.To)
	}
	g, err := career.New(c.transitions, career.WithRoles(ids...), career.WithTitles(titles))
	if err != nil {
		// The checks above admit only transitions career.New accepts.
		l.problem("", ErrInvalidValue, "career graph: %v", err)
		return nil
	}
	c.graph = g
	return c
}

// sortBySkill sorts reqs by skill ID. Each requirement names a skill of
// the catalog (at gives its position in ID order), so a short list is
// sorted by those positions, without comparing strings; ranks is scratch
// space, returned for reuse.
func sortBySkill(reqs []skill.Requirement, at map[string]int, ranks []int) []int {
	byID := func(a, b skill.Requirement) int { return cmp.Compare(a.Skill, b.Skill) }
	if len(reqs) > 64 {
		slices.SortFunc(reqs, byID)
		return ranks
	}
	ranks = ranks[:0]
	for _, r := range reqs {
		k, ok := at[string(r.Skill)]
		if !ok {
			slices.SortFunc(reqs, byID)
			return ranks
		}
		ranks = append(ranks, k)
	}
	for i := 1; i < len(reqs); i++ {
		for j := i; j > 0 && ranks[j-1] > ranks[j]; j-- {
			ranks[j-1], ranks[j] = ranks[j], ranks[j-1]
			reqs[j-1], reqs[j] = reqs[j], reqs[j-1]
		}
	}
	return ranks
}

// roleIndex returns the position of role id in c.p.Roles.
func (c *Catalog) roleIndex(id role.ID) (int, bool) {
	if c == nil {
		return 0, false
	}
	i, ok := c.ids[cRoles][string(id)]
	return i, ok
}

// Role returns the role with the given ID.
func (c *Catalog) Role(id role.ID) (role.Role, bool) {
	if c == nil {
		return role.Role{}, false
	}
	i, ok := c.roleIndex(id)
	if !ok {
		return role.Role{}, false
	}
	return c.p.Roles[i].Clone(), true
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
	return c.p.Roles[i].Clone(), true
}

func (c *Catalog) lookup(title string) (int, bool) {
	if c == nil {
		return 0, false
	}
	k := normalize(title)
	if first, all, ok := c.byName.roles(k); ok && all == nil {
		return int(first), true
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
	first, all, ok := c.byName.roles(normalize(title))
	if ok && all == nil {
		all = []int32{first}
	}
	out := make([]role.Role, len(all))
	for i, k := range all {
		out[i] = c.p.Roles[k].Clone()
	}
	return out
}

// Roles returns every role in ID order.
func (c *Catalog) Roles() iter.Seq[role.Role] {
	return func(yield func(role.Role) bool) {
		if c == nil {
			return
		}
		for _, r := range c.p.Roles {
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
	return len(c.p.Roles)
}

// Skill returns the skill with the given ID.
func (c *Catalog) Skill(id skill.ID) (skill.Skill, bool) {
	if c == nil {
		return skill.Skill{}, false
	}
	i, ok := c.ids[cSkills][string(id)]
	if !ok {
		return skill.Skill{}, false
	}
	return c.p.Skills[i].Clone(), true
}

// Skills returns every skill in ID order.
func (c *Catalog) Skills() iter.Seq[skill.Skill] {
	return func(yield func(skill.Skill) bool) {
		if c == nil {
			return
		}
		for _, s := range c.p.Skills {
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
	i, ok := c.ids[cCertifications][string(id)]
	if !ok {
		return skill.Certification{}, false
	}
	return c.p.Certifications[i].Clone(), true
}

// Certifications returns every certification in ID order.
func (c *Catalog) Certifications() iter.Seq[skill.Certification] {
	return func(yield func(skill.Certification) bool) {
		if c == nil {
			return
		}
		for _, s := range c.p.Certifications {
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
	i, ok := c.ids[cSources][id]
	if !ok {
		return role.Source{}, false
	}
	return c.p.Sources[i], true
}

// Sources returns every source document in ID order.
func (c *Catalog) Sources() iter.Seq[role.Source] {
	return func(yield func(role.Source) bool) {
		if c == nil {
			return
		}
		for _, s := range c.p.Sources {
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
	return slices.Clone(c.tsources[derive.Key{From: t.From, To: t.To, Kind: t.Kind}])
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
	return json.Marshal(c.p)
}
