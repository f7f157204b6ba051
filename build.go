package rolemodel

import (
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// Parts are the lists a catalog is made of, for building one in code (an
// importer, a test, a program that edits a catalog) rather than reading it
// from a file. They are also the catalog file format: a file is one Parts
// value, every list optional, and several files may split one catalog
// between them.
type Parts struct {
	// The sources entries cite by ID.
	Sources []role.Source `json:"sources,omitempty" validate:"dive"`
	// The skills roles and certifications refer to.
	Skills []skill.Skill `json:"skills,omitempty" validate:"dive"`
	// Certifications and programmes.
	Certifications []skill.Certification `json:"certifications,omitempty" validate:"dive"`
	// Job families and sub-families.
	Families []role.Family `json:"families,omitempty" validate:"dive"`
	// Career ladders, each in a family.
	Ladders []role.Ladder `json:"ladders,omitempty" validate:"dive"`
	// Pay grades with their pay bands.
	Grades []role.Grade `json:"grades,omitempty" validate:"dive"`
	// The roles, with their career moves.
	Roles []role.Role `json:"roles,omitempty" validate:"dive"`
}

// BuildOption changes a rule of Build.
type BuildOption func(*buildConfig)

type buildConfig struct {
	sharedNames bool
	locate      func(path string) (Problem, bool) // see Locate
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
	l := &loader{files: []file{{}}, positions: []*decodeResult{nil}, origins: map[string][]origin{}, cfg: cfg}
	part := parts.clone()
	l.merge(0, &part)
	c := l.validate()
	if l.list.Count() > 0 {
		return nil, invalid(&l.list)
	}
	return c, nil
}
