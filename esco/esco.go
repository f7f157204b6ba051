package esco

import (
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/limitio"
	"github.com/rolemodel/rolemodel/internal/report"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// SourceID is the ID of the one catalog source an import creates; every
// role, skill, requirement and transition it makes cites it.
const SourceID = "esco"

// Attribution is the statement the European Commission asks anyone who
// reuses ESCO to carry.
const Attribution = "ESCO classification, European Commission."

// The defaults of the options.
const (
	// DefaultThreshold is the similarity at or above which two occupations
	// are linked: Nesta's "viable" transition threshold.
	DefaultThreshold = 0.3
	// DefaultMaxTransitions is how many transitions an occupation gets at
	// most, the most similar first.
	DefaultMaxTransitions = 10
)

// Option changes how Load, LoadDir and LoadZips import a download. The
// other readers take the options that apply to them, as each says, and
// ignore the others.
type Option func(*config)

type config struct {
	threshold      float64
	maxTransitions int
	maxFileSize    int64
	version        string
	strict         bool
	warnings       *Warnings
	// crosswalkSource is the source of ReadCrosswalk's links, when not
	// Nesta's.
	crosswalkSource *role.Source
}

func newConfig(opts []Option) config {
	c := config{threshold: DefaultThreshold, maxTransitions: DefaultMaxTransitions, maxFileSize: rolemodel.MaxFileSize}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// Threshold sets the similarity (see Similarity) at or above which an
// occupation gets a transition to another; the default is
// DefaultThreshold, 0.3. Nesta's Mapping Career Causeways calls 0.3
// "viable" and 0.4 "highly viable". A threshold above 1 or NaN gives no
// transitions; occupations that share no skill are never linked, whatever
// the threshold.
func Threshold(x float64) Option {
	return func(c *config) {
		if math.IsNaN(x) {
			x = math.Inf(1)
		}
		c.threshold = x
	}
}

// MaxTransitions sets how many transitions each occupation gets at most,
// the most similar first and ties broken by role ID; the default is
// DefaultMaxTransitions, 10. Zero or less gives no transitions at all.
func MaxTransitions(n int) Option {
	return func(c *config) { c.maxTransitions = n }
}

// MaxFileSize sets the largest file, in bytes, that Load, LoadDir and
// ReadHierarchy read; a larger one is refused with rolemodel.ErrTooLarge
// before it is read. The default is rolemodel.MaxFileSize (64 MiB), which
// holds every file of an ESCO download; zero or a negative n also means the
// default.
func MaxFileSize(n int64) Option {
	return func(c *config) {
		if n <= 0 {
			n = rolemodel.MaxFileSize
		}
		c.maxFileSize = n
	}
}

// Version names the ESCO release the files come from, such as "1.0.9"; it
// goes into the source's note. Without it LoadDir takes the version from
// the directory's name where it holds one ("esco-1.0", "ESCO dataset -
// v1.1.1 - classification - en - csv"), and Load leaves it unstated.
func Version(v string) Option {
	return func(c *config) { c.version = strings.TrimSpace(v) }
}

// Source returns the catalog source an import cites, for the given release
// (empty when not known).
func Source(version string) role.Source {
	note := Attribution
	if version != "" {
		note += " Version " + strings.TrimPrefix(version, "v") + "."
	}
	return role.Source{
		ID:        SourceID,
		Title:     "ESCO classification",
		Publisher: "European Commission",
		URL:       "https://esco.ec.europa.eu/",
		License:   "Reuse with attribution (Commission Decision 2011/833/EU): " + Attribution,
		Note:      note,
	}
}

// RoleID returns the role ID of an ESCO occupation: "esco-" followed by the
// last segment of its concept URI, lower-cased, with every run of
// characters other than letters and digits turned into one hyphen. For
// http://data.europa.eu/esco/occupation/f0ca39a8-1e30-487c-95f9-ef2d5e734adc
// it is "esco-f0ca39a8-1e30-487c-95f9-ef2d5e734adc". A URI without such a
// segment gives "esco", which no import accepts.
func RoleID(uri string) role.ID { return role.ID(slugTail(uri)) }

// SkillID returns the skill ID of an ESCO skill concept, by the rule of
// RoleID: "esco-" followed by the slug of the URI's last segment.
func SkillID(uri string) skill.ID { return skill.ID(slugTail(uri)) }

func slugTail(uri string) string {
	uri = strings.TrimRight(strings.TrimSpace(uri), "/")
	if i := strings.LastIndexByte(uri, '/'); i >= 0 {
		uri = uri[i+1:]
	}
	var b strings.Builder
	b.Grow(len(uri) + 5)
	b.WriteString("esco")
	hyphen := true
	for _, r := range strings.ToLower(uri) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if hyphen {
				b.WriteByte('-')
				hyphen = false
			}
			b.WriteRune(r)
		} else {
			hyphen = true
		}
	}
	return b.String()
}

// SkillLevel returns the ISCO-08 skill level (1 to 4) of the major group an
// ISCO-08 code belongs to, from its first digit: 1 Managers 4 (ISCO gives 3
// and 4; the higher is taken), 2 Professionals 4, 3 Technicians and
// associate professionals 3, 4 to 8 (clerical support, service and sales,
// agricultural, craft, plant and machine operators) 2, 9 Elementary
// occupations 1. It returns 0 for 0 Armed forces occupations, whose groups
// span several levels, and for anything that is not an ISCO-08 code.
func SkillLevel(isco string) int {
	if isco == "" || len(isco) > 4 || strings.Trim(isco, "0123456789") != "" {
		return 0
	}
	return [...]int{0, 4, 4, 3, 2, 2, 2, 2, 2, 1}[isco[0]-'0']
}

// kindOf returns the kind of a move between occupations with the given
// ISCO-08 codes: advancement when the skill level rises, lateral otherwise
// (including when either level is unknown).
func kindOf(from, to string) string {
	a, b := SkillLevel(from), SkillLevel(to)
	if a != 0 && b != 0 && b > a {
		return "advancement"
	}
	return "lateral"
}

// errNoFS is what Load and ReadHierarchy return for a nil file system.
func errNoFS() error {
	return &rolemodel.ValidationError{Problems: []rolemodel.Problem{{Message: "no file system given", Kind: rolemodel.ErrEmpty}}}
}

var versionRE = regexp.MustCompile(`(?i)esco\D*?v?(\d+(?:\.\d+)+)`)

// LoadDir loads the ESCO download in the directory dir, as Load does. Unless
// the Version option is given, it takes the release from the directory's
// name where that holds one, such as "esco-1.0" or "ESCO dataset - v1.1.1 -
// classification - en - csv". A dir that does not exist or is not a
// directory is a problem of kind rolemodel.ErrUnreadable naming dir, as
// every loader reports a path it cannot read.
func LoadDir(dir string, opts ...Option) (*rolemodel.Catalog, error) {
	if err := limitio.Dir(dir, "the folder of an ESCO CSV download"); err != nil {
		var ps report.Problems
		ps.AddIO(dir, err, "")
		return nil, ps.Err()
	}
	if m := versionRE.FindStringSubmatch(filepath.Base(filepath.Clean(dir))); m != nil {
		opts = append([]Option{Version(m[1])}, opts...)
	}
	return Load(os.DirFS(dir), opts...)
}
