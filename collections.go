package rolemodel

import (
	"strings"

	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// A catalog is a handful of top-level lists of entries with IDs. Each list
// is described once, here; decoding (which file an entry came from),
// unique IDs, problem paths (roles[it-director].x), copying, sorting and
// Merge all walk these descriptions instead of naming the lists one by one.

// The collections, in the order of the file format.
const (
	cSources = iota
	cSkills
	cCertifications
	cFamilies
	cLadders
	cGrades
	cRoles
	numCollections
)

// collection describes one top-level list of Parts.
type collection struct {
	key  string // the format's key, and a problem path's first step
	what string // the entry's name in messages: "role"
	len  func(*Parts) int
	id   func(*Parts, int) string
	// appendAll appends src's entries to dst's list; an empty dst takes
	// src's list as it is.
	appendAll func(dst, src *Parts)
	// cloneAll replaces p's list with a deep copy of it.
	cloneAll func(p *Parts)
	// permute puts p's list in the order perm gives: the entry at perm[k]
	// moves to k.
	permute func(p *Parts, perm []int32)
	// addMissing appends the entries of src whose IDs dst's list lacks.
	addMissing func(dst, src *Parts)
}

func describe[T any, K ~string](key, what string, list func(*Parts) *[]T, id func(T) K, clone func(T) T) collection {
	return collection{
		key: key, what: what,
		len: func(p *Parts) int { return len(*list(p)) },
		id:  func(p *Parts, i int) string { return string(id((*list(p))[i])) },
		appendAll: func(dst, src *Parts) {
			if len(*list(dst)) == 0 {
				*list(dst) = *list(src) // one file's list, not copied
				return
			}
			*list(dst) = append(*list(dst), *list(src)...)
		},
		cloneAll:   func(p *Parts) { *list(p) = cloneAll(*list(p), clone) },
		permute:    func(p *Parts, perm []int32) { permute(*list(p), perm) },
		addMissing: func(dst, src *Parts) { *list(dst) = addMissing(*list(dst), *list(src), id) },
	}
}

var collections = [numCollections]collection{
	cSources: describe("sources", "source", func(p *Parts) *[]role.Source { return &p.Sources },
		func(s role.Source) string { return s.ID }, func(s role.Source) role.Source { return s }),
	cSkills: describe("skills", "skill", func(p *Parts) *[]skill.Skill { return &p.Skills },
		func(s skill.Skill) skill.ID { return s.ID }, skill.Skill.Clone),
	cCertifications: describe("certifications", "certification", func(p *Parts) *[]skill.Certification { return &p.Certifications },
		func(c skill.Certification) skill.CertificationID { return c.ID }, skill.Certification.Clone),
	cFamilies: describe("families", "family", func(p *Parts) *[]role.Family { return &p.Families },
		func(f role.Family) role.FamilyID { return f.ID }, role.Family.Clone),
	cLadders: describe("ladders", "ladder", func(p *Parts) *[]role.Ladder { return &p.Ladders },
		func(l role.Ladder) role.LadderID { return l.ID }, role.Ladder.Clone),
	cGrades: describe("grades", "grade", func(p *Parts) *[]role.Grade { return &p.Grades },
		func(g role.Grade) role.GradeID { return g.ID }, role.Grade.Clone),
	cRoles: describe("roles", "role", func(p *Parts) *[]role.Role { return &p.Roles },
		func(r role.Role) role.ID { return r.ID }, role.Role.Clone),
}

// collectionOf returns the collection whose key is key.
func collectionOf(key string) (collection, bool) {
	for _, c := range collections {
		if c.key == key {
			return c, true
		}
	}
	return collection{}, false
}

// clone returns a deep copy of p.
func (p Parts) clone() Parts {
	for _, c := range collections {
		c.cloneAll(&p)
	}
	return p
}

// keys lists the format's top-level keys, for messages.
func keys() string {
	var b strings.Builder
	for i, c := range collections {
		switch {
		case i == len(collections)-1:
			b.WriteString(" and ")
		case i > 0:
			b.WriteString(", ")
		}
		b.WriteString(c.key)
	}
	return b.String()
}

// index maps IDs to positions, per collection.
type index [numCollections]map[string]int

// permute puts s in the order perm gives (s[k] takes the entry at
// perm[k]), moving each entry once along the cycles of the permutation;
// perm is left changed.
func permute[T any](s []T, perm []int32) {
	for i := range perm {
		if perm[i] < 0 {
			continue
		}
		first := s[i]
		j := i
		for {
			k := int(perm[j])
			perm[j] = -1
			if k == i {
				s[j] = first
				break
			}
			s[j] = s[k]
			j = k
		}
	}
}

func cloneAll[T any](s []T, f func(T) T) []T {
	if len(s) == 0 {
		return nil
	}
	out := make([]T, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

func addMissing[T any, K comparable](have, more []T, id func(T) K) []T {
	seen := make(map[K]bool, len(have))
	for _, x := range have {
		seen[id(x)] = true
	}
	for _, x := range more {
		if !seen[id(x)] {
			seen[id(x)] = true
			have = append(have, x)
		}
	}
	return have
}
