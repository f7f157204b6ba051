package rolemodel

import (
	"fmt"
	"reflect"
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
	// the catalog's name indexes reuse the keys (folded[i] holds role i's,
	// title first).
	type nameUse struct {
		role int
		text string
	}
	count := 0
	for _, r := range d.Roles {
		count += 1 + len(r.Aliases)
	}
	names := make(map[string]nameUse, count)
	folded := make([][]string, len(d.Roles))
	keys := make([]string, 0, count)
	for i, r := range d.Roles {
		start := len(keys)
		for k := range 1 + len(r.Aliases) {
			n := r.Title
			if k > 0 {
				n = r.Aliases[k-1]
			}
			p := func() string {
				if k == 0 {
					return fmt.Sprintf("roles[%d].title", i)
				}
				return fmt.Sprintf("roles[%d].aliases[%d]", i, k-1)
			}
			key := normalize(n)
			keys = append(keys, key)
			if key == "" {
				continue // reported by the field rules
			}
			if prev, dup := names[key]; dup {
				if prev.role != i && l.cfg.sharedNames {
					continue
				}
				if prev.role == i {
					l.problem(p(), ErrDuplicate, "%q repeats %q of the same role", n, prev.text)
				} else {
					l.problem(p(), ErrDuplicate, "%q is already a name of role %q (titles and aliases must be unique, ignoring case, spacing and how accents are encoded)", n, d.Roles[prev.role].ID)
				}
				continue
			}
			names[key] = nameUse{role: i, text: n}
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
	der := derive.Transitions(d.Roles, ladderSources, func(id role.ID) bool { _, ok := roles[string(id)]; return ok })
	for _, p := range der.Problems {
		t := p.Move
		l.problem(p.Path, ErrDuplicate, "the %s move %s → %s is also stated at %s with different weights", t.Kind, t.From, t.To, namedPath(d, p.Other))
	}
	if l.list.Count() > 0 {
		return nil
	}
	return newCatalog(d, der, folded, l)
}

// uniqueIDs indexes the entries of every top-level list by ID, reporting
// every ID used twice; entries without an ID are left to the field rules.
func (l *loader) uniqueIDs() index {
	var ids index
	for ci, c := range collections {
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
		ids[ci] = m
	}
	return ids
}

// walkSources calls f for every entry of every "sources" list of source IDs
// in v that bad reports, with its path. Types that hold no sources list are
// not walked: a large imported catalog has tens of thousands of aliases and
// no reason to visit them. A struct's fields are looked up once per type
// (sourceFieldsOf), not once per value: O*NET 29.3 with its tasks,
// technologies and ratings has some 150,000 structs with sources.
func walkSources(v reflect.Value, bad func(id string) bool, f func(path, id string)) {
	var path fieldPath
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Slice, reflect.Array:
			if !hasSources(v.Type().Elem()) {
				return
			}
			for i := range v.Len() {
				path = append(path, pathElem{index: i})
				walk(v.Index(i))
				path = path[:len(path)-1]
			}
		case reflect.Struct:
			for _, sf := range sourceFieldsOf(v.Type()) {
				fv := v.Field(sf.index)
				path = append(path, pathElem{name: sf.name})
				if sf.list {
					for k := range fv.Len() {
						if id := fv.Index(k).String(); bad(id) {
							f(fmt.Sprintf("%s[%d]", path, k), id)
						}
					}
				} else {
					walk(fv)
				}
				path = path[:len(path)-1]
			}
		}
	}
	walk(v)
}

// sourceField is a field of a struct that is, or holds, a "sources" list.
type sourceField struct {
	index int    // the field's index in its struct
	name  string // its JSON name
	list  bool   // a sources list of source IDs itself
}

// sourceFields caches sourceFieldsOf, per struct type.
var sourceFields sync.Map // reflect.Type -> []sourceField

// sourceFieldsOf returns the fields of struct type t that walkSources
// visits: its sources list of IDs, and the fields whose types hold one
// (the document's own sources, a list of Source entries, is neither).
func sourceFieldsOf(t reflect.Type) []sourceField {
	if v, ok := sourceFields.Load(t); ok {
		return v.([]sourceField)
	}
	var out []sourceField
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		switch {
		case name == "sources" && sf.Type == stringsType && t != reflect.TypeFor[document]():
			out = append(out, sourceField{i, name, true})
		case hasSources(sf.Type):
			out = append(out, sourceField{i, name, false})
		}
	}
	sourceFields.Store(t, out)
	return out
}

var stringsType = reflect.TypeFor[[]string]()

// holdsSources caches, per type, whether a value of it can contain a
// "sources" list.
var holdsSources sync.Map // reflect.Type -> bool

func hasSources(t reflect.Type) bool {
	if v, ok := holdsSources.Load(t); ok {
		return v.(bool)
	}
	holdsSources.Store(t, false) // recursive types end here
	found := false
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		found = hasSources(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			sf := t.Field(i)
			if !sf.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
			if name == "sources" && sf.Type == stringsType || hasSources(sf.Type) {
				found = true
			}
		}
	}
	holdsSources.Store(t, found)
	return found
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
