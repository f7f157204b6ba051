package rolemodel

import (
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// Parts are the lists a catalog is made of, for building one in code (an
// importer, a test, a program that edits a catalog) rather than reading it
// from a file.
type Parts struct {
	Sources        []role.Source         // the sources entries cite by ID
	Skills         []skill.Skill         // the skills roles and certifications refer to
	Certifications []skill.Certification // certifications and programmes
	Families       []role.Family         // job families and sub-families
	Ladders        []role.Ladder         // career ladders, each in a family
	Grades         []role.Grade          // pay grades with their pay bands
	Roles          []role.Role           // the roles, with their career moves
}

// BuildOption changes a rule of Build.
type BuildOption func(*buildConfig)

type buildConfig struct {
	sharedNames bool
}

// SharedNames lets several roles share a title or alias, as public
// taxonomies do (O*NET lists some alternate titles under several
// occupations). Lookup then reports false for a shared name, and LookupAll
// and Find list every role that has it. A role repeating one of its own
// names is still a problem.
func SharedNames() BuildOption {
	return func(c *buildConfig) { c.sharedNames = true }
}

// Build validates parts by the same rules as Load and returns the catalog
// they make; on any problem it returns a *ValidationError (paths such as
// roles[it-director].salaries[1].max, without file positions) and no
// catalog. Build copies what it keeps: changing parts afterwards does not
// change the catalog.
func Build(parts Parts, opts ...BuildOption) (*Catalog, error) {
	var cfg buildConfig
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	l := &loader{files: []file{{}}, positions: []map[string]decodePos{nil}, origins: map[string][]origin{}, cfg: cfg}
	part := document{
		Sources:        cloneAll(parts.Sources, func(s role.Source) role.Source { return s }),
		Skills:         cloneAll(parts.Skills, skill.Skill.Clone),
		Certifications: cloneAll(parts.Certifications, skill.Certification.Clone),
		Roles:          cloneAll(parts.Roles, role.Role.Clone),
	}
	l.merge(0, &part)
	c := l.validate()
	if len(l.problems) > 0 {
		return nil, &ValidationError{Problems: l.problems}
	}
	return c, nil
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
