package ddat

import (
	"io/fs"
	"os"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/limitio"
	"github.com/rolemodel/rolemodel/internal/names"
	"github.com/rolemodel/rolemodel/internal/report"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// The files Load reads, by the names the framework's download page gives
// them (https://ddat-capability-framework.service.gov.uk/download).
const (
	// RolesFile is the role content: one row per role level and skill. Load
	// requires it.
	RolesFile = "roles.csv"
	// SkillsFile is the skill content, the framework's skills A to Z: one
	// row per skill with what each of its four levels means. Load reads it
	// when present.
	SkillsFile = "skills.csv"
)

// SourceID is the ID of the one source every fact of an imported catalog
// cites.
const SourceID = "uk-ddat"

// Attribution is the sentence the Open Government Licence v3.0 asks a
// product to carry when it includes the framework's content (Crown
// copyright). Load puts it in the note of the catalog's source.
const Attribution = "Contains public sector information licensed under the Open Government Licence v3.0."

// DefaultMaxFileSize is the largest file Load reads unless MaxFileSize says
// otherwise: rolemodel.DefaultMaxFileSize, 64 MiB, about 25 times the 2024 role
// content.
const DefaultMaxFileSize = rolemodel.DefaultMaxFileSize

// Source returns the catalog source that every family, ladder, role, skill
// and requirement of an imported catalog cites.
func Source() role.Source {
	return role.Source{
		ID:        SourceID,
		Title:     "Digital and Data Profession Capability Framework",
		Publisher: "Central Digital and Data Office, GOV.UK",
		URL:       "https://ddat-capability-framework.service.gov.uk/",
		License:   "Open Government Licence v3.0",
		Note:      Attribution,
	}
}

// Option changes how Load reads the files.
type Option func(*config)

type config struct {
	maxSize int64
}

// MaxFileSize sets the largest file Load reads, in bytes; a larger file is
// refused with a problem of kind rolemodel.ErrTooLarge before it is read. A
// size of 0 or less means DefaultMaxFileSize.
func MaxFileSize(n int64) Option {
	return func(c *config) { c.maxSize = n }
}

// IDPrefix begins every ID Load gives (family, ladder, role and skill), so
// that the framework's catalog joins others with rolemodel.Merge without
// sharing an ID: the embedded catalog, too, has an "enterprise-architect"
// and a "head-of-data-science", and package progression's IDs begin with
// "ft-" and "monzo-" for the same reason. The source keeps the ID
// SourceID.
const IDPrefix = "ddat-"

// makeID returns the ID Load makes of a name: IDPrefix and the name's slug, or
// "" for a name with no letter or digit.
func makeID(name string) string {
	s := names.Slug(name)
	if s == "" {
		return ""
	}
	return IDPrefix + s
}

// FamilyID returns the ID Load gives a role family: IDPrefix and the slug
// of its name ("User-centred design" → "ddat-user-centred-design").
func FamilyID(name string) role.FamilyID { return role.FamilyID(makeID(name)) }

// LadderID returns the ID Load gives the ladder of a DDaT role: IDPrefix
// and the slug of the role's name ("Data analyst" → "ddat-data-analyst").
func LadderID(roleName string) role.LadderID { return role.LadderID(makeID(roleName)) }

// RoleID returns the ID Load gives a role level: IDPrefix and the slug of
// its name ("Senior developer - management" →
// "ddat-senior-developer-management"). A Senior Civil Service role, whose
// level is NOT IN USE, is named by its role's name ("Chief data officer" →
// "ddat-chief-data-officer").
func RoleID(levelName string) role.ID { return role.ID(makeID(levelName)) }

// SkillID returns the ID Load gives a skill: IDPrefix and the slug of its
// name ("Programming and build (software engineering)" →
// "ddat-programming-and-build-software-engineering").
func SkillID(name string) skill.ID { return skill.ID(makeID(name)) }

// Load reads the framework's CSV download from fsys, RolesFile and, when
// present, SkillsFile at its root, and returns it as a catalog: the role
// families, a ladder per DDaT role with its role levels as rungs, the
// skills, and each role level's skills at the framework's levels. The
// package documentation says how each column maps and how a ladder's order
// is found.
//
// Every problem is reported in one *rolemodel.ValidationError whose
// problems name the file, the line and column where the record or field
// starts, and the column's header name: the first hundred listed
// (rolemodel.MaxProblems), the rest counted in its More. On any problem
// Load returns no catalog. A nil fsys is a
// problem of kind rolemodel.ErrEmpty.
func Load(fsys fs.FS, opts ...Option) (*rolemodel.Catalog, error) {
	var cfg config
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	if cfg.maxSize <= 0 {
		cfg.maxSize = DefaultMaxFileSize
	}
	if fsys == nil {
		return nil, &rolemodel.ValidationError{Problems: []rolemodel.Problem{{Message: "no file system given", Kind: rolemodel.ErrEmpty}}}
	}
	fw, err := read(fsys, cfg)
	if err != nil {
		return nil, err
	}
	return rolemodel.Build(fw.parts())
}

// LoadDir is Load on the files of a directory. A dir that does not exist or
// is not a directory is a problem of kind rolemodel.ErrUnreadable naming
// dir, as every loader reports a path it cannot read.
func LoadDir(dir string, opts ...Option) (*rolemodel.Catalog, error) {
	if err := limitio.Dir(dir, "the folder of the framework's CSV download"); err != nil {
		var ps report.Problems
		ps.AddIO(dir, err, "")
		return nil, ps.Err()
	}
	return Load(os.DirFS(dir), opts...)
}
