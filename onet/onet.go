package onet

import (
	"cmp"
	"fmt"
	"html"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/internal/limitio"
	"github.com/rolemodel/rolemodel/internal/names"
	"github.com/rolemodel/rolemodel/internal/report"
	"github.com/rolemodel/rolemodel/internal/table"
	"github.com/rolemodel/rolemodel/internal/valid"
	"github.com/rolemodel/rolemodel/role"
)

// The files Load reads, by their names in O*NET's text release. Where the
// release's spreadsheets were converted to text, a name may carry the suffix
// " (from xlsx)" before ".txt"; Load accepts both.
const (
	OccupationsFile    = "Occupation Data.txt"
	AlternatesFile     = "Alternate Titles.txt"
	JobZonesFile       = "Job Zones.txt"
	JobZoneRefFile     = "Job Zone Reference.txt"
	SkillsFile         = "Skills.txt"
	CareerChangersFile = "Career Changers Matrix.txt"
	CareerStartersFile = "Career Starters Matrix.txt"
	RelatedFile        = "Related Occupations.txt"
	ReadMeFile         = "Read Me.txt"
	TasksFile          = "Task Statements.txt"
	KnowledgeFile      = "Knowledge.txt"
	TechnologyFile     = "Technology Skills.txt"
	EducationFile      = "Education, Training, and Experience.txt"
	EducationCatsFile  = "Education, Training, and Experience Categories.txt"
	InterestsFile      = "Interests.txt"
)

// DefaultMaxFileSize is the largest file Load reads unless MaxFileSize says
// otherwise: 64 MiB, about eight times the largest file of a 2025 release.
const DefaultMaxFileSize = rolemodel.MaxFileSize

// DefaultEssentialImportance is the importance, on O*NET's 1-5 IM scale, from
// which a skill counts as essential: 3, "Important".
const DefaultEssentialImportance = 3.0

// Attribution is the notice the O*NET licence (CC BY 4.0) asks a product to
// carry when it includes O*NET data. Load puts it on the catalog's source.
const Attribution = "This product includes information from the O*NET Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license; modified."

// A Matrix is one of O*NET's lists of related occupations, the sources of a
// catalog's transitions.
type Matrix uint8

const (
	// CareerChangers is the Career Changers Matrix (releases up to 22.x):
	// occupations related for people changing careers, index 1 to 10.
	CareerChangers Matrix = 1 << iota
	// CareerStarters is the Career Starters Matrix (releases up to 22.x):
	// occupations related for people starting out, index 1 to 10.
	CareerStarters
	// RelatedOccupations is Related Occupations (releases from 23.x): up to
	// 20 occupations each, in tiers Primary-Short (index 1-5), Primary-Long
	// (6-10) and Supplemental (11-20).
	RelatedOccupations

	allMatrices = CareerChangers | CareerStarters | RelatedOccupations
)

func (m Matrix) file() string {
	switch m {
	case CareerChangers:
		return CareerChangersFile
	case CareerStarters:
		return CareerStartersFile
	default:
		return RelatedFile
	}
}

// Option changes how Load reads a release.
type Option func(*config)

type config struct {
	matrices  Matrix
	maxTier   int // largest index of Related Occupations kept
	essential float64
	maxSize   int64
	titles    bool
}

// Transitions chooses the matrices a catalog's transitions come from; by
// default every matrix the release has. Transitions() with no matrix gives a
// catalog without transitions.
func Transitions(m ...Matrix) Option {
	return func(c *config) {
		c.matrices = 0
		for _, x := range m {
			c.matrices |= x & allMatrices
		}
	}
}

// MaxRelatedIndex keeps only the related occupations whose index is at most
// n: 5 keeps the Primary-Short tier, 10 both primary tiers. It applies to
// every matrix. The default keeps all.
func MaxRelatedIndex(n int) Option {
	return func(c *config) { c.maxTier = n }
}

// EssentialImportance sets the importance (O*NET's IM scale, 1-5) from which
// a skill requirement is essential; below it, it is optional. The default is
// DefaultEssentialImportance.
func EssentialImportance(x float64) Option {
	return func(c *config) { c.essential = x }
}

// MaxFileSize sets the largest file Load reads, in bytes; a larger file is
// refused with an error of kind rolemodel.ErrTooLarge before it is read. The
// default is DefaultMaxFileSize.
func MaxFileSize(n int64) Option {
	return func(c *config) { c.maxSize = n }
}

// WithoutAlternateTitles leaves out the alternate titles, for a smaller
// catalog that finds occupations by their O*NET titles only.
func WithoutAlternateTitles() Option {
	return func(c *config) { c.titles = false }
}

// RoleID returns the role ID Load gives the occupation with an O*NET-SOC
// code: the code with its dot as a hyphen, "11-3021.00" → "11-3021-00".
func RoleID(code string) role.ID {
	return role.ID(strings.ReplaceAll(code, ".", "-"))
}

// Code returns the O*NET-SOC code of a role ID made by RoleID, and false for
// an ID that is not one.
func Code(id role.ID) (string, bool) {
	s := string(id)
	if len(s) != 10 || s[7] != '-' {
		return "", false
	}
	code := s[:7] + "." + s[8:]
	if !valid.IsONetSOC(code) {
		return "", false
	}
	return code, true
}

// LoadDir is Load on the files of a directory. A dir that does not exist or
// is not a directory is a problem of kind rolemodel.ErrUnreadable naming
// dir, as every loader reports a path it cannot read.
func LoadDir(dir string, opts ...Option) (*rolemodel.Catalog, error) {
	if err := limitio.Dir(dir, "the folder of an O*NET text release"); err != nil {
		var ps report.Problems
		ps.AddIO(dir, err, "")
		return nil, ps.Err()
	}
	return Load(os.DirFS(dir), opts...)
}

// occupation is what Load gathers about one O*NET-SOC code.
type occupation struct {
	role role.Role
	zone int // 1-5, 0 if unknown
	line int
	// Where each value of role was read, for rolemodel.Locate: the cells
	// of the occupation's row, the cells its experience and education
	// texts come from, and one cell per alias, skill requirement and move.
	code, title, desc cell
	expAt, eduAt      []cell // parallel to role.Experience and role.Education
	aliasAt           []cell
	skillAt           []cell      // parallel to role.Skills
	nreq              int         // the requirements the rating files give it
	respAt            []cell      // parallel to role.Responsibilities
	techAt            []techCells // parallel to role.Technologies
	interestsAt       cell
	moveAt            []cell // parallel to role.Transitions
}

// cell is where a value was read: the file and column (an index into
// loader.places, 0 for none) and the line and byte column of the field. A
// release has some 200,000 of them, so they are small.
type cell struct {
	place     int32
	line, col int32
}

type place struct{ file, column string }

// techCells are where a technology's fields were read, each at its own
// column: Example, Commodity Title and Commodity Code.
type techCells struct{ name, category, code cell }

// skillCells are where a skill was read: its name and ID come from the
// Element Name, its category from the Element ID.
type skillCells struct{ name, id cell }

// cell returns the cell of the technology's field named as the catalog's
// JSON names it (name, category, category_code); the name's for the
// technology as a whole.
func (c techCells) cell(field string) cell {
	switch field {
	case "category":
		return c.category
	case "category_code":
		return c.code
	}
	return c.name
}

// column is a column of a file, resolved once for the rows of the file.
type column struct {
	place int32 // index into loader.places
	name  string
	i     int // index into the row's fields, -1 for a column the file lacks
}

// get returns the column's field of the current row of t as text (see
// text).
func (c column) get(t *table.Table) string {
	if c.i < 0 {
		return ""
	}
	return text(t.Fields()[c.i])
}

// get returns the named field of the current row of t as text (see text).
func get(t *table.Table, col string) string { return text(t.Get(col)) }

// charRef matches an HTML character reference: a named one (&apos;) or a
// decimal or hexadecimal one (&#39; &#x27;), with its semicolon.
var charRef = regexp.MustCompile(`&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});`)

// text is a cell as the catalog keeps it: without surrounding space, and
// with its HTML character references decoded. Every cell Load reads passes
// through here. O*NET's files are plain text, but a few cells carry a
// reference: O*NET 29.3's Technology Skills names a product of 47-2022.00
// Stonemasons "Tradesman&apos;s Software Master Estimator", which three
// other occupations list as "Tradesman's Software Master Estimator".
// Only a complete reference, ending in its semicolon, is decoded, by
// html.UnescapeString (an unknown name stays as written), so an ampersand
// that begins none ("Schlumberger Petrel E&P", "R&D") is kept.
func text(s string) string {
	s = strings.TrimSpace(s)
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	return charRef.ReplaceAllStringFunc(s, html.UnescapeString)
}

// blank reports whether the column's field of the current row of t is
// present but shows as nothing (white space and invisible characters only,
// valid.Blank): get reads it as "", which would load an optional name as
// left out though the file gives one.
func (c column) blank(t *table.Table) bool {
	if c.i < 0 {
		return false
	}
	f := t.Fields()[c.i]
	return f != "" && valid.Blank(f)
}

// blankName reports a present but blank optional name in column c of the
// current row of t.
func (l *loader) blankName(t *table.Table, c column, what string) bool {
	if !c.blank(t) {
		return false
	}
	l.cell(t, rolemodel.ErrInvalidValue, c.name, "the %s holds only white space or invisible characters: leave the cell empty or give a name", what)
	return true
}

// column returns the named column of t, for get and cellAt.
func (l *loader) column(t *table.Table, col string) column {
	p := place{t.Name(), col}
	i, ok := l.placeIndex[p]
	if !ok {
		if l.placeIndex == nil {
			l.placeIndex = map[place]int32{}
			l.places = []place{{}}
		}
		i = int32(len(l.places))
		l.places = append(l.places, p)
		l.placeIndex[p] = i
	}
	return column{place: i, name: col, i: slices.Index(t.Header(), col)}
}

// cellAt returns where the field of column c of the current row of t is.
func (l *loader) cellAt(t *table.Table, c column) cell {
	line, col := t.Pos(c.name)
	return cell{place: c.place, line: int32(line), col: int32(col)}
}

// cellOf returns where the named field of the current row of t is.
func (l *loader) cellOf(t *table.Table, col string) cell {
	return l.cellAt(t, l.column(t, col))
}

// problemAt is the place of a problem at cell c, for rolemodel.Locate.
func (l *loader) problemAt(c cell) rolemodel.Problem {
	p := l.places[c.place]
	return rolemodel.Problem{File: p.file, Line: int(c.line), Column: int(c.col), Path: p.column}
}

type loader struct {
	fsys  fs.FS
	cfg   config
	ps    report.Problems
	src   string
	srcs  []string // []string{src}, shared by every entry until Build copies it
	occ   map[string]*occupation
	last  *occupation // the occupation known found last
	order []string    // codes in file order
	// skillAt is where each skill of the catalog was first read, in the
	// order of its skills list; places names the file and column of a cell.
	skillAt    []skillCells
	places     []place
	placeIndex map[place]int32
	zones      map[int]zoneRef
}

type zoneRef struct {
	name, experience, education string
	nameAt, expAt, eduAt        cell
}

// Load reads an O*NET database release in its tab-separated text layout from
// fsys (the folder that holds "Occupation Data.txt") and returns it as a
// catalog. See the package documentation for what each file becomes.
//
// Only Occupation Data is required; a file the release lacks leaves its part
// of the catalog empty. On any problem Load returns a *rolemodel.ValidationError
// naming file, line and column, and no catalog.
func Load(fsys fs.FS, opts ...Option) (*rolemodel.Catalog, error) {
	l := &loader{fsys: fsys, cfg: config{matrices: allMatrices, essential: DefaultEssentialImportance, maxSize: DefaultMaxFileSize, titles: true}}
	for _, o := range opts {
		if o != nil {
			o(&l.cfg)
		}
	}
	if fsys == nil {
		return nil, &rolemodel.ValidationError{Problems: []rolemodel.Problem{{Message: "no file system given", Kind: rolemodel.ErrEmpty}}}
	}
	if l.cfg.maxSize <= 0 {
		l.cfg.maxSize = DefaultMaxFileSize
	}
	src := l.source()
	l.src = src.ID
	// Every fact cites the one source. The catalog copies what it keeps
	// (rolemodel.Build), so the entries share one list here.
	l.srcs = []string{l.src}
	if !l.occupations() {
		return nil, l.ps.Err()
	}
	l.jobZones()
	if l.cfg.titles {
		l.alternates()
	}
	skills := l.requirements(l.ratings(skillFile), l.ratings(knowledgeFile))
	l.tasks()
	l.technologies()
	l.education()
	l.interests()
	var moves moveSet
	for _, m := range []Matrix{CareerChangers, CareerStarters, RelatedOccupations} {
		if l.cfg.matrices&m != 0 {
			l.matrix(m, &moves)
		}
	}
	if err := l.ps.Err(); err != nil {
		return nil, err
	}
	l.addMoves(&moves)

	parts := rolemodel.Parts{Sources: []role.Source{src}, Skills: skills, Roles: make([]role.Role, 0, len(l.order))}
	for _, code := range l.order {
		parts.Roles = append(parts.Roles, l.occ[code].role)
	}
	return rolemodel.Build(parts, rolemodel.SharedNames(), rolemodel.Locate(l.locate))
}

// locate places a problem that Build finds in the catalog at the cell of
// the release that the value came from, so that it names file, line and
// column; a value copied into many roles (a Job Zone Reference text) is then
// one problem, not one per role.
func (l *loader) locate(path string) (rolemodel.Problem, bool) {
	var i, k int
	var rest string
	if n, _ := fmt.Sscanf(path, "skills[%d]%s", &i, &rest); n >= 1 && i < len(l.skillAt) {
		if strings.HasPrefix(rest, ".category") {
			return l.problemAt(l.skillAt[i].id), true
		}
		return l.problemAt(l.skillAt[i].name), true
	}
	if n, _ := fmt.Sscanf(path, "roles[%d]%s", &i, &rest); n < 1 || i >= len(l.order) {
		return rolemodel.Problem{}, false
	}
	o := l.occ[l.order[i]]
	at := func(c cell) (rolemodel.Problem, bool) {
		if c.place == 0 {
			c = o.code
		}
		return l.problemAt(c), true
	}
	// field is the role's field with its index, sub the field within it:
	// "technologies[3]" and "category" in roles[7].technologies[3].category.
	field, sub, _ := strings.Cut(strings.TrimPrefix(rest, "."), ".")
	sub, _, _ = strings.Cut(sub, ".")
	name, _, _ := strings.Cut(field, "[")
	idx := func() int {
		if n, _ := fmt.Sscanf(field[len(name):], "[%d]", &k); n == 1 {
			return k
		}
		return -1
	}
	switch name {
	case "title", "level":
		return at(o.title)
	case "descriptions":
		return at(o.desc)
	case "experience":
		if k := idx(); k >= 0 && k < len(o.expAt) {
			return at(o.expAt[k])
		}
	case "education":
		if k := idx(); k >= 0 && k < len(o.eduAt) {
			return at(o.eduAt[k])
		}
	case "responsibilities":
		if k := idx(); k >= 0 && k < len(o.respAt) {
			return at(o.respAt[k])
		}
	case "technologies":
		if k := idx(); k >= 0 && k < len(o.techAt) {
			return at(o.techAt[k].cell(sub))
		}
	case "interests":
		return at(o.interestsAt)
	case "aliases":
		if k := idx(); k >= 0 && k < len(o.aliasAt) {
			return at(o.aliasAt[k])
		}
	case "skills":
		if k := idx(); k >= 0 && k < len(o.skillAt) {
			return at(o.skillAt[k])
		}
	case "transitions":
		if k := idx(); k >= 0 && k < len(o.role.Transitions) {
			return at(o.moveAt[k])
		}
	}
	return at(o.code)
}

// open finds one of the release's files, under its text name or the name a
// spreadsheet conversion gives it.
func (l *loader) open(name string, required ...string) (*table.Table, bool) {
	o := table.Options{Comma: '\t', Unquoted: true, MaxSize: l.cfg.maxSize, SizeHint: "see MaxFileSize"}
	t, exists := table.Open(l.fsys, name, o, &l.ps)
	if !exists {
		t, _ = table.Open(l.fsys, strings.TrimSuffix(name, ".txt")+" (from xlsx).txt", o, &l.ps)
	}
	if t == nil || !t.Require(required...) {
		return nil, false
	}
	return t, true
}

// source describes the release, from its Read Me where it has one.
func (l *loader) source() role.Source {
	s := role.Source{
		ID:        "onet",
		Title:     "O*NET Database",
		Publisher: "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)",
		URL:       "https://www.onetcenter.org/database.html",
		License:   "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
		Note:      Attribution,
	}
	data, err := limitio.ReadFile(l.fsys, ReadMeFile, 1<<16)
	if err != nil {
		return s // the Read Me is optional: without it, the source is O*NET's in general
	}
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	// "O*NET 29.3 Database" then "May 2025 Release".
	if f := strings.Fields(lines[0]); len(f) == 3 && f[0] == "O*NET" && f[2] == "Database" {
		if v := f[1]; strings.Trim(v, "0123456789.") == "" && v != "" {
			s.ID = "onet-" + strings.ReplaceAll(v, ".", "-")
			s.Title = "O*NET " + v + " Database"
		}
	}
	if len(lines) > 1 {
		if p, ok := strings.CutSuffix(strings.TrimSpace(lines[1]), " Release"); ok && len(p) <= 40 {
			s.Published = p
		}
	}
	return s
}

func (l *loader) occupations() bool {
	t, ok := l.open(OccupationsFile, "O*NET-SOC Code", "Title")
	if !ok {
		if l.ps.Count() == 0 {
			l.ps.Add(OccupationsFile, 0, 0, "", rolemodel.ErrEmpty, "not found: the folder is not an O*NET text release (it needs at least %q)", OccupationsFile)
		}
		return false
	}
	l.occ = map[string]*occupation{}
	for t.Next() {
		code := get(t, "O*NET-SOC Code")
		if !l.checkCode(t, "O*NET-SOC Code", code) {
			continue
		}
		if prev, dup := l.occ[code]; dup {
			l.cell(t, rolemodel.ErrDuplicate, "O*NET-SOC Code", "occupation %s is listed twice (first on line %d)", code, prev.line)
			continue
		}
		title := get(t, "Title")
		if title == "" {
			l.cell(t, rolemodel.ErrInvalidValue, "Title", "occupation %s has an empty title", code)
			continue
		}
		r := role.Role{
			ID:      RoleID(code),
			Title:   title,
			Level:   levelOf(code, title),
			Codes:   role.Codes{ONetSOC: code},
			Sources: []string{l.src},
		}
		if d := get(t, "Description"); d != "" {
			r.Descriptions = []role.Statement{{Text: d, Sources: []string{l.src}}}
		}
		l.occ[code] = &occupation{role: r, line: t.Line(), code: l.cellOf(t, "O*NET-SOC Code"), title: l.cellOf(t, "Title"), desc: l.cellOf(t, "Description")}
		l.order = append(l.order, code)
	}
	if len(l.occ) == 0 && l.ps.Count() == 0 {
		l.cell(t, rolemodel.ErrEmpty, "", "the file lists no occupations: expected a row per O*NET-SOC code after the header")
	}
	return l.ps.Count() == 0
}

// cell records a problem with the current row of t, at the column named
// col (or the row as a whole when col is "").
func (l *loader) cell(t *table.Table, kind error, col, format string, args ...any) {
	t.Problem(col, kind, format, args...)
}

func (l *loader) checkCode(t *table.Table, col, code string) bool {
	if !valid.IsONetSOC(code) {
		l.cell(t, rolemodel.ErrInvalidValue, col, "%q is not an O*NET-SOC code: expected NN-NNNN.NN, such as 11-3021.00", code)
		return false
	}
	return true
}

// known returns the occupation with the code in col of the current row, or
// records a problem.
func (l *loader) known(t *table.Table, col string) *occupation {
	code := get(t, col)
	// The files list an occupation's rows together: most rows name the
	// occupation of the row before.
	if l.last != nil && code == l.last.role.Codes.ONetSOC {
		return l.last
	}
	if o, ok := l.occ[code]; ok {
		l.last = o
		return o
	}
	if !l.checkCode(t, col, code) {
		return nil
	}
	o, ok := l.occ[code]
	if !ok {
		l.cell(t, rolemodel.ErrReference, col, "occupation %s is not in %s", code, OccupationsFile)
	}
	return o
}

// levelOf gives an occupation's role level. SOC major group 11, Management
// Occupations, is graded by title as role.Level documents: "Chief …" is
// Executive, a title with the word "Directors" Director, any other Manager.
// Outside it, "First-Line Supervisors of …" lead a team (Lead), and every
// other occupation is an individual contributor: "Art Directors" and
// "Architects" outside group 11 name trades, not ranks.
func levelOf(code, title string) role.Level {
	words := strings.Fields(strings.ToLower(title))
	if strings.HasPrefix(code, "11-") {
		switch {
		case len(words) > 0 && words[0] == "chief":
			return role.Executive
		case slices.Contains(words, "directors") || slices.Contains(words, "director"):
			return role.Director
		}
		return role.Manager
	}
	if len(words) > 1 && words[0] == "first-line" && strings.HasPrefix(words[1], "supervisor") {
		return role.Lead
	}
	return role.IndividualContributor
}

func (l *loader) jobZones() {
	l.zones = map[int]zoneRef{}
	if t, ok := l.open(JobZoneRefFile, "Job Zone", "Name"); ok {
		for t.Next() {
			z, err := strconv.Atoi(get(t, "Job Zone"))
			if err != nil || z < 1 || z > 5 {
				l.cell(t, rolemodel.ErrInvalidValue, "Job Zone", "%q is not a job zone: expected 1 to 5", get(t, "Job Zone"))
				continue
			}
			l.zones[z] = zoneRef{
				name: get(t, "Name"), experience: get(t, "Experience"), education: get(t, "Education"),
				nameAt: l.cellOf(t, "Name"), expAt: l.cellOf(t, "Experience"), eduAt: l.cellOf(t, "Education"),
			}
		}
	}
	t, ok := l.open(JobZonesFile, "O*NET-SOC Code", "Job Zone")
	if !ok {
		return
	}
	seen := map[*occupation]int{}
	for t.Next() {
		o := l.known(t, "O*NET-SOC Code")
		if o == nil {
			continue
		}
		if prev, dup := seen[o]; dup {
			l.cell(t, rolemodel.ErrDuplicate, "O*NET-SOC Code", "occupation %s has a second job zone (first on line %d)", o.role.Codes.ONetSOC, prev)
			continue
		}
		seen[o] = t.Line()
		z, err := strconv.Atoi(get(t, "Job Zone"))
		if err != nil || z < 1 || z > 5 {
			l.cell(t, rolemodel.ErrInvalidValue, "Job Zone", "%q is not a job zone: expected 1 to 5", get(t, "Job Zone"))
			continue
		}
		o.zone = z
		ref, ok := l.zones[z]
		name := cmp.Or(ref.name, fmt.Sprintf("Job Zone %d", z))
		src := l.srcs
		expAt := l.cellOf(t, "Job Zone")
		if ok && ref.name != "" {
			expAt = ref.nameAt
		}
		if ok && ref.experience != "" {
			o.role.Experience = append(o.role.Experience, role.Experience{Text: name + ". " + ref.experience, Sources: src, JobZone: z})
			expAt = ref.expAt
		} else {
			o.role.Experience = append(o.role.Experience, role.Experience{Text: name + ".", Sources: src, JobZone: z})
		}
		o.expAt = append(o.expAt, expAt)
		if ok && ref.education != "" {
			o.role.Education = append(o.role.Education, role.Education{Text: ref.education, Sources: src})
			o.eduAt = append(o.eduAt, ref.eduAt)
		}
	}
}

func (l *loader) alternates() {
	t, ok := l.open(AlternatesFile, "O*NET-SOC Code", "Alternate Title")
	if !ok {
		return
	}
	altCol, shortCol := l.column(t, "Alternate Title"), l.column(t, "Short Title")
	// O*NET repeats an alternate title with different short titles and
	// sources (29.3: "Licensed Mental Health Counselor (LMHC)", once with
	// the short title LMHC), so only a repeated row is a duplicate.
	seen := map[string]int{}
	var g group[string, cell]
	g.flush = func(o *occupation, xs []string, at []cell) {
		o.role.Aliases = appendExact(o.role.Aliases, xs)
		o.aliasAt = appendExact(o.aliasAt, at)
	}
	for t.Next() {
		o := l.known(t, "O*NET-SOC Code")
		if o == nil {
			continue
		}
		g.to(o)
		alt := altCol.get(t)
		if alt == "" {
			l.cell(t, rolemodel.ErrInvalidValue, "Alternate Title", "the alternate title is empty")
			continue
		}
		k := t.Raw()
		if prev, dup := seen[k]; dup {
			l.cell(t, rolemodel.ErrDuplicate, "Alternate Title", "the row repeats line %d (%q for occupation %s)", prev, alt, o.role.Codes.ONetSOC)
			continue
		}
		seen[k] = t.Line()
		g.add(alt, l.cellAt(t, altCol))
		// "n/a" is how the 20.3 text release writes "no short title".
		if l.blankName(t, shortCol, "short title") {
			continue
		}
		if s := shortCol.get(t); s != "" && s != "n/a" {
			g.add(s, l.cellAt(t, shortCol))
		}
	}
	g.to(nil)
	seen = nil
	names := map[string]bool{}
	for _, code := range l.order {
		o := l.occ[code]
		o.role.Aliases, o.aliasAt = dedupeNames(names, o.role.Title, o.role.Aliases, o.aliasAt)
	}
}

// dedupeNames drops the aliases that repeat the title or an earlier alias,
// ignoring case and spacing, as the catalog compares names: O*NET gives the
// same short title ("CTO") for several alternate titles of one occupation.
// seen is scratch space, cleared first; at holds where each alias was read,
// and is kept parallel to the aliases.
func dedupeNames(seen map[string]bool, title string, aliases []string, at []cell) ([]string, []cell) {
	clear(seen)
	seen[names.Fold(title)] = true
	out, outAt := aliases[:0], at[:0]
	for i, a := range aliases {
		k := names.Fold(a)
		if !seen[k] {
			seen[k] = true
			out = append(out, a)
			outAt = append(outAt, at[i])
		}
	}
	return slices.Clip(out), slices.Clip(outAt)
}

func ftoa(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// slug makes a skill ID of an element name: "Judgment and Decision Making"
// → "judgment-and-decision-making".
func slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
		default:
			hyphen = true
		}
	}
	return b.String()
}

// pendingMove is a pair of occupations the matrices relate, before it
// becomes a move of the first.
type pendingMove struct {
	from, to *occupation
	index    int    // the smallest index of the lists that keep the pair
	lists    Matrix // the lists that name the pair
	line     int    // the pair's line in the last list that named it
	at       cell   // where the pair was first kept
	kept     bool   // some list names it within MaxRelatedIndex
}

// moveSet gathers the pairs of every matrix read.
type moveSet struct {
	moves []pendingMove
	index map[[2]*occupation]int32
}

// matrix reads one list of related occupations into moves, keyed by the
// pair of codes. A pair in several lists keeps its smallest index (the
// closest relation any list gives it).
func (l *loader) matrix(m Matrix, set *moveSet) {
	t, ok := l.open(m.file(), "O*NET-SOC Code", "Related O*NET-SOC Code", "Index")
	if !ok {
		return
	}
	toCol, indexCol := l.column(t, "Related O*NET-SOC Code"), l.column(t, "Index")
	if set.index == nil {
		set.index = map[[2]*occupation]int32{}
	}
	for t.Next() {
		from := l.known(t, "O*NET-SOC Code")
		to := l.known(t, "Related O*NET-SOC Code")
		if from == nil || to == nil {
			continue
		}
		if from == to {
			l.cell(t, rolemodel.ErrReference, "Related O*NET-SOC Code", "occupation %s is listed as related to itself", from.role.Codes.ONetSOC)
			continue
		}
		pair := [2]*occupation{from, to}
		i, ok := set.index[pair]
		switch {
		case !ok:
			i = int32(len(set.moves))
			set.index[pair] = i
			set.moves = append(set.moves, pendingMove{from: from, to: to, lists: m, line: t.Line()})
		case set.moves[i].lists&m != 0:
			l.cell(t, rolemodel.ErrDuplicate, "Related O*NET-SOC Code", "%s → %s is listed twice (first on line %d)", from.role.Codes.ONetSOC, to.role.Codes.ONetSOC, set.moves[i].line)
			continue
		default:
			set.moves[i].lists |= m
			set.moves[i].line = t.Line()
		}
		s := indexCol.get(t)
		idx, err := strconv.Atoi(s)
		if err != nil || idx < 1 || idx > 1000 {
			l.cell(t, rolemodel.ErrInvalidValue, "Index", "%q is not an index: expected a whole number from 1 (most related)", s)
			continue
		}
		if l.cfg.maxTier > 0 && idx > l.cfg.maxTier {
			continue
		}
		p := &set.moves[i]
		if p.kept {
			p.index = min(p.index, idx)
			continue
		}
		p.kept, p.index, p.at = true, idx, l.cellAt(t, toCol)
	}
}

// kindOf is the documented rule for the kind of a move between two
// occupations: the job zone decides where both have one (up is an
// advancement, the same or down is lateral); with the same zone, or without
// zones, a move up in level is an advancement. So no pair of occupations is
// an advancement both ways.
func kindOf(from, to *occupation) career.Kind {
	switch {
	case from.zone != 0 && to.zone != 0 && from.zone != to.zone:
		if to.zone > from.zone {
			return career.Advancement
		}
		return career.Lateral
	case to.role.Level > from.role.Level:
		return career.Advancement
	}
	return career.Lateral
}

// addMoves gives each occupation its moves, closest first (ties by the ID
// of the occupation moved to), each occupation's list allocated once.
func (l *loader) addMoves(set *moveSet) {
	moves := slices.DeleteFunc(set.moves, func(p pendingMove) bool { return !p.kept })
	slices.SortFunc(moves, func(a, b pendingMove) int {
		return cmp.Or(cmp.Compare(a.from.line, b.from.line), cmp.Compare(a.index, b.index), cmp.Compare(a.to.role.ID, b.to.role.ID))
	})
	for len(moves) > 0 {
		o := moves[0].from
		n := 1
		for n < len(moves) && moves[n].from == o {
			n++
		}
		o.role.Transitions = make([]role.Move, n)
		o.moveAt = make([]cell, n)
		for k, p := range moves[:n] {
			o.role.Transitions[k] = role.Move{To: p.to.role.ID, Kind: kindOf(o, p.to).String(), Index: float64(p.index), Sources: l.srcs}
			o.moveAt[k] = p.at
		}
		moves = moves[n:]
	}
}
