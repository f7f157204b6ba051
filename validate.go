package rolemodel

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/rolemodel/rolemodel/internal/derive"
	"github.com/rolemodel/rolemodel/internal/names"
	"github.com/rolemodel/rolemodel/internal/valid"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// normalize folds a title for comparison (see names.Fold).
func normalize(s string) string { return names.Fold(s) }

// validate checks the merged document against field, struct and catalog
// rules and, if it holds, builds the Catalog.
func (l *loader) validate() *Catalog {
	d := &l.doc
	for _, p := range valid.Struct(d) {
		l.problem(p.Path, ErrInvalidValue, "%s", p.Message)
	}

	ids := l.uniqueIDs()
	sources, skills, certs, roles := ids[cSources], ids[cSkills], ids[cCertifications], ids[cRoles]
	for i, c := range d.Certifications {
		seen := map[skill.ID]bool{}
		for k, e := range c.Evidences {
			p := fmt.Sprintf("certifications[%d].evidences[%d].skill", i, k)
			if _, ok := skills[string(e.Skill)]; !ok && e.Skill != "" {
				l.problem(p, ErrReference, "skill %q is not in the catalog's skills", e.Skill)
			}
			if seen[e.Skill] {
				l.problem(p, ErrDuplicate, "skill %q is listed twice", e.Skill)
			}
			seen[e.Skill] = true
		}
	}
	l.checkArchitecture(ids)

	// Titles and aliases name exactly one role. Each name is folded once:
	// the catalog keeps the index of names built here, and its index of
	// titles reuses the keys (folded[i] holds role i's, title first).
	count := 0
	for _, r := range d.Roles {
		count += 1 + len(r.Aliases)
	}
	byName := newNameIndex(count)
	folded := make([][]string, len(d.Roles))
	keys := make([]string, 0, count)
	for i, r := range d.Roles {
		start := len(keys)
		for k := range 1 + len(r.Aliases) {
			n := r.Title
			if k > 0 {
				n = r.Aliases[k-1]
			}
			key := normalize(n)
			keys = append(keys, key)
			if key == "" {
				continue // reported by the field rules
			}
			prev := byName.add(key, int32(i), l.cfg.sharedNames)
			switch {
			case prev < 0 || int(prev) != i && l.cfg.sharedNames:
				continue
			}
			p := fmt.Sprintf("roles[%d].title", i)
			if k > 0 {
				p = fmt.Sprintf("roles[%d].aliases[%d]", i, k-1)
			}
			if int(prev) == i {
				// The same role's earlier name.
				first := slices.Index(keys[start:], key)
				text := r.Title
				if first > 0 {
					text = r.Aliases[first-1]
				}
				l.problem(p, ErrDuplicate, "%q repeats %q of the same role", n, text)
			} else {
				l.problem(p, ErrDuplicate, "%q is already a name of role %q (titles and aliases must be unique, ignoring case, spacing and how accents are encoded)", n, d.Roles[prev].ID)
			}
		}
		folded[i] = keys[start:len(keys):len(keys)]
	}

	// References.
	seenSkill := map[skill.ID]bool{}
	for i, r := range d.Roles {
		clear(seenSkill)
		for k, req := range r.Skills {
			p := func() string { return fmt.Sprintf("roles[%d].skills[%d].skill", i, k) }
			if _, ok := skills[string(req.Skill)]; !ok && req.Skill != "" {
				l.problem(p(), ErrReference, "skill %q is not in the catalog's skills", req.Skill)
			}
			if seenSkill[req.Skill] {
				l.problem(p(), ErrDuplicate, "skill %q is required twice: give it one entry with every source", req.Skill)
			}
			seenSkill[req.Skill] = true
		}
		seenCert := map[skill.CertificationID]bool{}
		for k, c := range r.Certifications {
			p := fmt.Sprintf("roles[%d].certifications[%d].certification", i, k)
			if _, ok := certs[string(c.Certification)]; !ok && c.Certification != "" {
				l.problem(p, ErrReference, "certification %q is not in the catalog's certifications", c.Certification)
			}
			if seenCert[c.Certification] {
				l.problem(p, ErrDuplicate, "certification %q is listed twice", c.Certification)
			}
			seenCert[c.Certification] = true
		}
		checkRefs := func(list string, refs []role.Ref) {
			seen := map[role.ID]bool{}
			for k, ref := range refs {
				p := func() string { return fmt.Sprintf("roles[%d].%s[%d].role", i, list, k) }
				switch _, ok := roles[string(ref.Role)]; {
				case ref.Role == "":
				case ref.Role == r.ID:
					l.problem(p(), ErrReference, "a role cannot list itself")
				case !ok:
					l.problem(p(), ErrReference, "role %q is not in the catalog", ref.Role)
				case seen[ref.Role]:
					l.problem(p(), ErrDuplicate, "role %q is listed twice: give it one entry with every source", ref.Role)
				}
				seen[ref.Role] = true
			}
		}
		checkRefs("reports_to", r.ReportsTo)
		checkRefs("entry_from", r.EntryFrom)
		checkRefs("advancement_to", r.AdvancementTo)
		checkRefs("lateral_moves", r.LateralMoves)
		for k, m := range r.Transitions {
			p := func() string { return fmt.Sprintf("roles[%d].transitions[%d].to", i, k) }
			switch _, ok := roles[string(m.To)]; {
			case m.To == "":
			case m.To == r.ID:
				l.problem(p(), ErrReference, "a role cannot transition to itself")
			case !ok:
				l.problem(p(), ErrReference, "role %q is not in the catalog", m.To)
			}
		}
	}

	// Every string keeps the rule of its kind of field: names and IDs on
	// one line without control or bidirectional formatting characters,
	// free text without C0 controls or unclosed bidirectional formatting,
	// and no required name of white space only (valid.Text).
	valid.Text(d, func(p valid.TextProblem) {
		l.problem(p.Path, ErrInvalidValue, "%s", p.Message)
	})

	// Every cited source exists.
	walkSources(reflect.ValueOf(d).Elem(), func(id string) bool {
		_, ok := sources[id]
		return !ok && id != ""
	}, func(p, id string) {
		l.problem(p, ErrReference, "source %q is not in the catalog's sources", id)
	})

	ladderSources := make(map[role.LadderID][]string, len(d.Ladders))
	for _, ld := range d.Ladders {
		ladderSources[ld.ID] = ld.Sources
	}
	der := derive.Transitions(d.Roles, ladderSources)
	for _, p := range der.Problems {
		t := p.Move
		l.problem(p.Path, ErrDuplicate, "the %s move %s → %s is also stated at %s with different weights", t.Kind, t.From, t.To, namedPath(d, p.Other))
	}
	if l.list.Count() > 0 {
		return nil
	}
	return newCatalog(d, der, byName, folded, l)
}

// uniqueIDs indexes the entries of every top-level list by ID, reporting
// every ID used twice; entries without an ID are left to the field rules.
func (l *loader) uniqueIDs() index {
	var ids index
	for ci := range collections {
		ids[ci] = l.uniqueIDsOf(ci)
	}
	return ids
}

// uniqueIDsOf is uniqueIDs for the collection ci alone.
func (l *loader) uniqueIDsOf(ci int) map[string]int {
	c := collections[ci]
	n := c.len(&l.doc)
	m := make(map[string]int, n)
	for i := range n {
		k := c.id(&l.doc, i)
		if j, dup := m[k]; dup && k != "" {
			l.problem(fmt.Sprintf("%s[%d].id", c.key, i), ErrDuplicate, "%s ID %q is already used by %s[%d]", c.what, k, c.key, j)
			continue
		}
		m[k] = i
	}
	return m
}

// walkSources calls f for every entry of every "sources" list of source IDs
// in v that bad reports, with its path. It follows a plan made once per
// type (sourcesPlanOf): types that hold no sources list are not walked, as
// a large imported catalog has tens of thousands of aliases and no reason
// to visit them, and the path is written out only for a bad entry.
func walkSources(v reflect.Value, bad func(id string) bool, f func(path, id string)) {
	walkSourcesAt(v, sourcesPlanOf(v.Type(), true), nil, bad, f)
}

// walkSourcesAt is walkSources for a value at path at of the document
// (roles[3]), walked by plan p: sourcesPlanOf(v.Type(), false) unless v is
// the document.
func walkSourcesAt(v reflect.Value, p *sourcesPlan, at fieldPath, bad func(id string) bool, f func(path, id string)) {
	path := at
	var walk func(v reflect.Value, p *sourcesPlan)
	walk = func(v reflect.Value, p *sourcesPlan) {
		if p == nil {
			return
		}
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem(), p.elem)
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				path = append(path, pathElem{index: i})
				walk(v.Index(i), p.elem)
				path = path[:len(path)-1]
			}
		case reflect.Struct:
			for _, fd := range p.fields {
				path = append(path, pathElem{name: fd.name})
				fv := v.Field(fd.index)
				if fd.plan == nil {
					// A list of source IDs.
					for k := range fv.Len() {
						if id := fv.Index(k).String(); bad(id) {
							f(fmt.Sprintf("%s[%d]", path, k), id)
						}
					}
				} else {
					walk(fv, fd.plan)
				}
				path = path[:len(path)-1]
			}
		}
	}
	walk(v, p)
}

var stringsType = reflect.TypeFor[[]string]()

// sourcesPlan is how a value of one type is walked for its sources lists:
// a pointer, slice or array by its element's plan, a struct by the fields
// that are such lists or hold them. A type that holds none has no plan.
type sourcesPlan struct {
	elem   *sourcesPlan
	fields []sourcesField
}

// sourcesField is one field of a struct's sourcesPlan: a list of source IDs
// (plan nil) or a value that holds some.
type sourcesField struct {
	index int
	name  string
	plan  *sourcesPlan
}

var (
	sourcesPlans sync.Map   // reflect.Type -> *sourcesPlan (nil: none)
	sourcesMu    sync.Mutex // held while plans are made
)

// sourcesPlanOf returns the plan of type t, or nil if a value of t holds
// no sources list. The document's own "sources" (the catalog's sources,
// not IDs) are not a list of IDs: top is set for the document's type.
func sourcesPlanOf(t reflect.Type, top bool) *sourcesPlan {
	if p, ok := sourcesPlans.Load(t); ok && !top {
		return p.(*sourcesPlan)
	}
	sourcesMu.Lock()
	defer sourcesMu.Unlock()
	made := map[reflect.Type]*sourcesPlan{}
	p := makeSourcesPlan(t, top, made)
	// Plans are published whole: a type that holds itself points at its
	// own plan, filled in after it was first met.
	for t, p := range made {
		sourcesPlans.Store(t, p)
	}
	return p
}

func makeSourcesPlan(t reflect.Type, top bool, made map[reflect.Type]*sourcesPlan) *sourcesPlan {
	if !top {
		if p, ok := sourcesPlans.Load(t); ok {
			return p.(*sourcesPlan)
		}
		if p, ok := made[t]; ok {
			return p
		}
	}
	p := &sourcesPlan{}
	if !top {
		made[t] = p
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		p.elem = makeSourcesPlan(t.Elem(), false, made)
		if p.elem != nil {
			return p
		}
	case reflect.Struct:
		for i := range t.NumField() {
			sf := t.Field(i)
			if !sf.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
			if name == "sources" && sf.Type == stringsType {
				if !top {
					p.fields = append(p.fields, sourcesField{index: i, name: name})
				}
				continue
			}
			if fp := makeSourcesPlan(sf.Type, false, made); fp != nil {
				p.fields = append(p.fields, sourcesField{index: i, name: name, plan: fp})
			}
		}
		if len(p.fields) > 0 {
			return p
		}
	}
	if !top {
		made[t] = nil
	}
	return nil
}

// pathElem is one step of a field path: a field name, or else an index.
type pathElem struct {
	name  string
	index int
}

// fieldPath is a field path built during a walk, formatted only when a
// problem needs it (an []any would allocate for every index past 255).
type fieldPath []pathElem

func (p fieldPath) String() string {
	var b strings.Builder
	for _, e := range p {
		if e.name == "" {
			fmt.Fprintf(&b, "[%d]", e.index)
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(e.name)
	}
	return b.String()
}
