package esco

import (
	"cmp"
	"fmt"
	"io/fs"
	"math"
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/names"
	"github.com/rolemodel/rolemodel/internal/report"
	"github.com/rolemodel/rolemodel/internal/table"
	"github.com/rolemodel/rolemodel/internal/valid"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// The files of an ESCO download that Load and ReadHierarchy read.
const (
	// OccupationsFile lists the occupations; it is the one file Load
	// requires.
	OccupationsFile = "occupations_en.csv"
	// SkillsFile lists the skill concepts; Load reads it when present,
	// otherwise SkillsFileUS.
	SkillsFile = "skills_en.csv"
	// SkillsFileUS is the skills file under the name of ESCO v1.0
	// downloads, read when SkillsFile is absent.
	SkillsFileUS = "skills_en-us.csv"
	// RelationsFile is the occupation-skill relations file of ESCO v1.1 and
	// later. Load reads it and RelationsFileV1, whichever exist.
	RelationsFile = "occupationSkillRelations_en.csv"
	// RelationsFileV1 is the occupation-skill relations file of ESCO v1.0.x.
	RelationsFileV1 = "occupationSkillRelations.csv"
	// ISCOGroupsFile lists the ISCO-08 groups; ReadHierarchy reads it.
	ISCOGroupsFile = "ISCOGroups_en.csv"
	// BroaderFile holds the broader relations of the occupation pillar;
	// ReadHierarchy reads it.
	BroaderFile = "broaderRelationsOccPillar.csv"
)

// Load reads an ESCO CSV download (the English "classification" files)
// from fsys and returns it as a catalog: one role per occupation, one skill
// per skill concept, the occupations' essential and optional skills as
// their requirements, transitions between occupations with similar skill
// sets, and one source, Source(version), that everything cites. The package
// documentation lists the files and how their columns map.
//
// Only OccupationsFile is required; the skills and the relations are read
// when present. Relations without a skills file are an error, since every
// one would name an unknown skill.
//
// The flaws of the publisher's own files (a relation to an occupation or
// skill the download lacks, a skill without a type: see the package
// documentation) do not refuse the download: Load leaves out what it
// cannot use, loads the rest and reports each flaw as a warning, which
// CollectWarnings collects. Strict makes them errors.
//
// Every other problem is reported in one *rolemodel.ValidationError whose
// problems name the file, the 1-based line of the record and the column: the
// first hundred listed (rolemodel.MaxProblems), the rest counted in its
// More. On any such problem Load returns no catalog. A nil fsys is a problem
// of kind rolemodel.ErrEmpty; a file that is not a regular file (a named
// pipe, a directory, a link to nothing) one of kind rolemodel.ErrUnreadable.
func Load(fsys fs.FS, opts ...Option) (*rolemodel.Catalog, error) {
	if fsys == nil {
		return nil, errNoFS()
	}
	cfg := newConfig(opts)
	p := &report.Problems{}
	d := readDownload(fsys, cfg, p)
	if err := p.Err(); err != nil {
		if cfg.warnings != nil {
			*cfg.warnings = Warnings{}
		}
		return nil, err
	}
	d.flaws.report(cfg.warnings)
	d.transitions(cfg)
	return rolemodel.Build(rolemodel.Parts{
		Sources: []role.Source{Source(cfg.version)},
		Skills:  d.skills,
		Roles:   d.roles,
	}, rolemodel.SharedNames(), rolemodel.Locate(d.locate))
}

// download is what Load reads, before it becomes a catalog.
type download struct {
	roles      []role.Role
	occByURI   map[string]int
	skills     []skill.Skill
	skillByURI map[string]int
	skillURIs  []string // by index into skills
	skillsFile string
	// prof[i] are role i's skills, as indexes into skills, and their
	// weights in half units (see Similarity).
	prof []profile
	// rels[i] are role i's relations, in the order read; relFiles names
	// the files they come from.
	rels     [][]relation
	relFiles []string
	// roleLine and skillAt record where each role and skill was read, to
	// locate the problems Build finds (rolemodel.Locate).
	roleLine []int
	skillAt  []where
	// flaws are what the load accepts with a warning (or, strict, refuses).
	flaws flaws
}

type where struct {
	file string
	line int
}

// locate places a problem of the built catalog at the line of the file its
// role or skill was read from, for rolemodel.Locate.
func (d *download) locate(path string) (rolemodel.Problem, bool) {
	var i int
	var rest string
	switch {
	case scan(path, "roles[%d]%s", &i, &rest) && i < len(d.roleLine):
		return rolemodel.Problem{File: OccupationsFile, Line: d.roleLine[i], Path: columnOf(rest, roleColumns)}, true
	case scan(path, "skills[%d]%s", &i, &rest) && i < len(d.skillAt):
		return rolemodel.Problem{File: d.skillAt[i].file, Line: d.skillAt[i].line, Path: columnOf(rest, skillColumns)}, true
	}
	return rolemodel.Problem{}, false
}

// scan reads path by format ("roles[%d]%s"), the rest possibly empty.
func scan(path, format string, i *int, rest *string) bool {
	*rest = ""
	n, _ := fmt.Sscanf(path, format, i, rest)
	return n >= 1
}

// columnOf names the column a field path below a role or skill comes from
// (".aliases[3]" → altLabels), or "" for the record as a whole.
func columnOf(rest string, columns map[string]string) string {
	key := strings.TrimPrefix(rest, ".")
	key, _, _ = strings.Cut(key, "[")
	if col, ok := columns[key]; ok {
		return col
	}
	key, _, _ = strings.Cut(key, ".")
	return columns[key]
}

// seenAt records the URI and line that first gave an ID.
type seenAt struct {
	uri  string
	line int
}

var sources = []string{SourceID}

func readDownload(fsys fs.FS, cfg config, p *report.Problems) *download {
	d := &download{occByURI: map[string]int{}, skillByURI: map[string]int{}}
	d.flaws = flaws{strict: cfg.strict}
	occOK := d.readOccupations(fsys, cfg, p)
	skillsFile := SkillsFile
	if _, err := fs.Stat(fsys, SkillsFile); err != nil {
		skillsFile = SkillsFileUS
	}
	_, err := fs.Stat(fsys, skillsFile)
	haveSkills := err == nil
	d.skillsFile = skillsFile
	skillsOK := d.readSkills(fsys, skillsFile, cfg, p)
	d.prof = make([]profile, len(d.roles))
	d.rels = make([][]relation, len(d.roles))
	for _, name := range []string{RelationsFile, RelationsFileV1} {
		if !haveSkills {
			if _, err := fs.Stat(fsys, name); err == nil {
				p.Add(name, 0, 0, "", rolemodel.ErrReference, "the download has occupation-skill relations but no skills file (%s or %s)", SkillsFile, SkillsFileUS)
			}
			continue
		}
		if occOK && skillsOK {
			// Relations to files that could not be read would only repeat
			// their problems.
			d.readRelations(fsys, name, cfg, p)
		}
	}
	d.requirements(p)
	return d
}

// splitLabels splits a field of labels, one per line, trimming each and
// dropping blank lines. Any line break ends a label: LF, CR (a raw CR inside
// a quoted field survives CSV reading, which turns only CR LF into LF),
// NEL, and the line and paragraph separators U+2028 and U+2029.
//
// A line is blank when it shows as nothing (valid.Blank): white space only,
// or invisible, default-ignorable characters such as U+200B or U+FEFF with
// or without white space. Both are dropped alike, without a warning: such
// a line is a gap in a list, not a label, and holds nothing a user could
// lose. ESCO's editors leave zero-width spaces in its text (the
// occupations file of v1.0 and of v1.1.1 has U+200B at the start of two
// alternative labels and inside ten descriptions), and a download is not
// refused for a gap the publisher left in one of its lists.
func splitLabels(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for l := range strings.FieldsFuncSeq(s, isLineBreak) {
		if l = strings.TrimSpace(l); !valid.Blank(l) {
			out = append(out, l)
		}
	}
	return out
}

func isLineBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == 0x85 || r == 0x2028 || r == 0x2029
}

// aliases returns the labels that are neither the title nor a repeat of an
// earlier label, as the catalog compares names (names.Fold: ignoring case,
// spacing and the difference between canonically equal Unicode).
func aliases(title string, labels ...[]string) []string {
	seen := map[string]bool{names.Fold(title): true}
	var out []string
	for _, ls := range labels {
		for _, l := range ls {
			k := names.Fold(l)
			if !seen[k] {
				seen[k] = true
				out = append(out, l)
			}
		}
	}
	return out
}

// openTable opens name in fsys for reading by header names. It returns nil
// when the file does not exist (a problem when required) and when it
// cannot be read or lacks a column of columns (problems added to p).
func openTable(fsys fs.FS, name string, required bool, limit int64, columns []string, p *report.Problems) *table.Table {
	t, exists := table.Open(fsys, name, table.Options{MaxSize: limit, SizeHint: "MaxFileSize"}, p)
	if !exists {
		if required {
			p.Add(name, 0, 0, "", rolemodel.ErrEmpty, "the download has no %s: it is the one file an ESCO import needs", name)
		}
		return nil
	}
	if t == nil || !t.Require(columns...) {
		return nil
	}
	return t
}

// checkURI reports whether uri, in the column conceptUri, is an absolute
// http(s) URI whose ID is a valid slug.
func checkURI(t *table.Table, uri, id string) bool {
	return checkURIAt(t, "conceptUri", uri, id)
}

// uriProblem says what is wrong with a concept URI and the ID made from it,
// or reports true when nothing is.
func uriProblem(uri, id string) (string, bool) {
	switch {
	case uri == "":
		return "the concept URI is empty: expected a URI such as http://data.europa.eu/esco/occupation/<uuid>", false
	case !strings.HasPrefix(uri, "http://") && !strings.HasPrefix(uri, "https://") || strings.ContainsAny(uri, " \t\r\n"):
		return fmt.Sprintf("%q is not an absolute http URI: expected one such as http://data.europa.eu/esco/occupation/<uuid>", uri), false
	case !valid.IsSlug(id) || id == "esco":
		return fmt.Sprintf("%q does not end in a segment of letters and digits that makes an ID of at most 120 characters", uri), false
	}
	return "", true
}

// fieldProblems reports the problems the catalog's rules for fields and
// for the characters of text (valid.Struct, valid.Text) find in v, at the
// cell of the record that the value came from.
func fieldProblems(t *table.Table, v any, columns map[string]string) bool {
	n := 0
	add := func(path, msg string) {
		n++
		key, _, _ := strings.Cut(path, "[")
		col, ok := columns[key]
		if !ok {
			key, _, _ = strings.Cut(key, ".")
			col = cmp.Or(columns[key], path)
		}
		t.Problem(col, rolemodel.ErrInvalidValue, "%s: %s", path, msg)
	}
	for _, vp := range valid.Struct(v) {
		add(vp.Path, vp.Message)
	}
	valid.Text(v, func(tp valid.TextProblem) { add(tp.Path, tp.Message) })
	return n == 0
}

var roleColumns = map[string]string{
	"id": "conceptUri", "title": "preferredLabel", "aliases": "altLabels",
	"descriptions": "description", "codes.esco": "conceptUri", "codes.isco_08": "iscoGroup",
}

// readOccupations reads the occupations and reports whether the file could
// be read (though it may hold bad rows).
func (d *download) readOccupations(fsys fs.FS, cfg config, p *report.Problems) bool {
	t := openTable(fsys, OccupationsFile, true, cfg.maxFileSize, []string{"conceptUri", "preferredLabel"}, p)
	if t == nil {
		return false
	}
	ids := map[string]seenAt{} // the line and URI that first gave each ID
	for t.Next() {
		uri := t.Get("conceptUri")
		id := RoleID(uri)
		if !checkURI(t, uri, string(id)) {
			continue
		}
		if !firstUse(t, ids, "occupation", string(id), uri) {
			continue
		}
		title := t.Get("preferredLabel")
		if title == "" {
			t.Problem("preferredLabel", rolemodel.ErrInvalidValue, "the occupation has no preferred label: expected its name")
			continue
		}
		d.status(t)
		r := role.Role{
			ID:      id,
			Title:   title,
			Aliases: aliases(title, splitLabels(t.Get("altLabels")), splitLabels(t.Get("hiddenLabels"))),
			Codes:   role.Codes{ESCO: uri, ISCO08: t.Get("iscoGroup"), ESCOCode: d.code(t)},
			Sources: sources,
		}
		if desc := t.Get("description"); desc != "" {
			r.Descriptions = []role.Statement{{Text: desc, Sources: sources}}
		}
		if !fieldProblems(t, &r, roleColumns) {
			continue
		}
		d.occByURI[uri] = len(d.roles)
		d.roles = append(d.roles, r)
		d.roleLine = append(d.roleLine, t.Line())
	}
	return true
}

// firstUse records that the current row of t gives id (from uri, in the
// column conceptUri), and reports false, with a problem, when an earlier
// row gave it.
func firstUse(t *table.Table, ids map[string]seenAt, what, id, uri string) bool {
	first, dup := ids[id]
	if !dup {
		ids[id] = seenAt{uri, t.Line()}
		return true
	}
	if first.uri == uri {
		t.Problem("conceptUri", rolemodel.ErrDuplicate, "%s %s is already on line %d", what, uri, first.line)
	} else {
		t.Problem("conceptUri", rolemodel.ErrDuplicate, "%s %s has the ID %q of %s %s on line %d", what, uri, id, what, first.uri, first.line)
	}
	return false
}

var skillColumns = map[string]string{
	"id": "conceptUri", "name": "preferredLabel", "aliases": "altLabels",
	"description": "description", "category": "reuseLevel",
}

// readSkills reads the skills and reports whether the file could be read
// (though it may hold bad rows).
func (d *download) readSkills(fsys fs.FS, name string, cfg config, p *report.Problems) bool {
	t := openTable(fsys, name, false, cfg.maxFileSize, []string{"conceptUri", "preferredLabel", "skillType"}, p)
	if t == nil {
		return false
	}
	ids := map[string]seenAt{} // the line and URI that first gave each ID
	for t.Next() {
		uri := t.Get("conceptUri")
		id := SkillID(uri)
		if !checkURI(t, uri, string(id)) {
			continue
		}
		if !firstUse(t, ids, "skill", string(id), uri) {
			continue
		}
		reuse := t.Get("reuseLevel")
		typ := t.Get("skillType")
		kind, ok := skillKind(typ, reuse)
		switch {
		case !ok && typ == "":
			// ESCO v1.1.1 has six such concepts, such as the digital
			// competences ("digital data processing").
			d.flaws.flaw(t, "skillType", rolemodel.ErrInvalidValue, "the skill has no type (expected knowledge or skill/competence): it is loaded without a kind, and with its reuse level alone as its category")
		case !ok:
			t.Problem("skillType", rolemodel.ErrInvalidValue, "%q is not a skill type: expected knowledge or skill/competence", typ)
			continue
		}
		d.status(t)
		// A few concepts have no label in this language: the URI names them.
		name := cmp.Or(t.Get("preferredLabel"), uri)
		s := skill.Skill{
			ID:          id,
			Name:        name,
			Kind:        kind,
			Category:    category(typ, reuse),
			Description: t.Get("description"),
			Aliases:     aliases(name, splitLabels(t.Get("altLabels")), splitLabels(t.Get("hiddenLabels"))),
			Sources:     sources,
		}
		if !fieldProblems(t, &s, skillColumns) {
			continue
		}
		d.skillByURI[uri] = len(d.skills)
		d.skillURIs = append(d.skillURIs, uri)
		d.skills = append(d.skills, s)
		d.skillAt = append(d.skillAt, where{t.Name(), t.Line()})
	}
	return true
}

// skillKind maps ESCO's skill type and reuse level onto a skill kind:
// knowledge is hard; a skill/competence is soft when transversal and hard
// otherwise. A type naming both (one v1.0 concept has "skill/competence
// knowledge") counts as knowledge.
func skillKind(typ, reuse string) (skill.Kind, bool) {
	hasKnowledge, hasSkill := false, false
	for w := range strings.FieldsSeq(strings.ToLower(typ)) {
		switch w {
		case "knowledge":
			hasKnowledge = true
		case "skill/competence", "skill", "competence":
			hasSkill = true
		default:
			return skill.UnknownKind, false
		}
	}
	switch {
	case hasKnowledge:
		return skill.Hard, true
	case hasSkill && strings.EqualFold(reuse, "transversal"):
		return skill.Soft, true
	case hasSkill:
		return skill.Hard, true
	}
	return skill.UnknownKind, false
}

// category returns a skill's Category: ESCO's skill type followed by its
// reuse level in parentheses, "knowledge (sector-specific)" or
// "skill/competence (transversal)", or the type alone when the reuse level
// is empty, and the reuse level alone when the type is. The type is kept as
// the file gives it, with runs of white space as one space.
func category(typ, reuse string) string {
	typ = strings.Join(strings.Fields(typ), " ")
	switch {
	case reuse == "":
		return typ
	case typ == "":
		return reuse
	}
	return typ + " (" + reuse + ")"
}

// status reports a concept whose status (a column of v1.1 and later) is
// neither empty nor "released", the one status ESCO's downloads hold.
func (d *download) status(t *table.Table) {
	if st := t.Get("status"); st != "" && !strings.EqualFold(st, "released") {
		d.flaws.flaw(t, "status", rolemodel.ErrInvalidValue, "the status is %q, not released: the concept is loaded as any other", st)
	}
}

// code returns the occupation's ESCO code (the column code of v1.1 and
// later), or "" with a flaw reported when it is not one or does not belong
// to the occupation's ISCO-08 group.
func (d *download) code(t *table.Table) string {
	code := t.Get("code")
	switch isco := t.Get("iscoGroup"); {
	case code == "":
	case !valid.IsESCOCode(code):
		d.flaws.flaw(t, "code", rolemodel.ErrInvalidValue, "%q is not an ESCO occupation code (expected the ISCO-08 unit group, a dot and more numbers, such as 2654.1.7): the occupation is loaded without it", code)
		return ""
	case isco != "" && !strings.HasPrefix(code, isco+"."):
		d.flaws.flaw(t, "code", rolemodel.ErrInvalidValue, "the code %s is not in the occupation's ISCO-08 group %s: the occupation is loaded without it", code, isco)
		return ""
	}
	return code
}

// relation is one occupation-skill relation as read, before duplicates
// are found.
type relation struct {
	skill     int32
	line      int32
	file      uint8 // index into download.relFiles
	essential bool
}

func (d *download) readRelations(fsys fs.FS, name string, cfg config, p *report.Problems) {
	t := openTable(fsys, name, false, cfg.maxFileSize, []string{"occupationUri", "relationType", "skillUri"}, p)
	if t == nil {
		return
	}
	file := uint8(len(d.relFiles))
	d.relFiles = append(d.relFiles, name)
	for t.Next() {
		ouri, suri := t.Get("occupationUri"), t.Get("skillUri")
		oi, ok := d.occByURI[ouri]
		if !ok {
			d.flaws.missing(t, "occupationUri", "occupation", ouri, OccupationsFile)
		}
		si, sok := d.skillByURI[suri]
		if !sok {
			d.flaws.missing(t, "skillUri", "skill", suri, d.skillsFile)
		}
		var essential bool
		switch typ := t.Get("relationType"); {
		case strings.EqualFold(typ, "essential"):
			essential = true
		case strings.EqualFold(typ, "optional"):
		default:
			t.Problem("relationType", rolemodel.ErrInvalidValue, "%q is not a relation type: expected essential or optional", typ)
			continue
		}
		if !ok || !sok {
			continue
		}
		d.rels[oi] = append(d.rels[oi], relation{skill: int32(si), line: int32(min(t.Line(), math.MaxInt32)), file: file, essential: essential})
	}
}

// requirements makes each occupation's relations its skill requirements,
// in the order read, reporting a pair of occupation and skill related
// twice. Finding repeats by sorting each occupation's few dozen relations
// costs less than a map of every pair.
func (d *download) requirements(p *report.Problems) {
	var order []int
	for oi, rs := range d.rels {
		if len(rs) == 0 {
			continue
		}
		order = order[:0]
		for k := range rs {
			order = append(order, k)
		}
		slices.SortFunc(order, func(a, b int) int { return cmp.Or(cmp.Compare(rs[a].skill, rs[b].skill), cmp.Compare(a, b)) })
		dup := make([]bool, len(rs))
		for k := 1; k < len(order); k++ {
			first, again := rs[order[k-1]], rs[order[k]]
			if first.skill != again.skill {
				continue
			}
			dup[order[k]] = true
			order[k] = order[k-1] // later repeats name the first too
			p.Add(d.relFiles[again.file], int(again.line), 0, "", rolemodel.ErrDuplicate, "occupation %s and skill %s are already related in %s on line %d",
				d.roles[oi].Codes.ESCO, d.skillURIs[first.skill], d.relFiles[first.file], first.line)
		}
		r := &d.roles[oi]
		r.Skills = make([]skill.Requirement, 0, len(rs))
		for k, rel := range rs {
			if dup[k] {
				continue
			}
			r.Skills = append(r.Skills, skill.Requirement{Skill: d.skills[rel.skill].ID, Essential: rel.essential, Sources: sources})
			d.prof[oi].add(rel.skill, weight(rel.essential))
		}
	}
	d.rels = nil
}

// transitions links each occupation to its most similar ones.
func (d *download) transitions(cfg config) {
	if cfg.maxTransitions <= 0 || len(d.roles) == 0 {
		return
	}
	ids := make([]role.ID, len(d.roles))
	for i, r := range d.roles {
		ids[i] = r.ID
	}
	for i := range d.prof {
		d.prof[i].finish()
	}
	idx := newIndex(d.prof, len(d.skills), ids)
	for i, ns := range idx.all(cfg.threshold, cfg.maxTransitions) {
		r := &d.roles[i]
		for _, n := range ns {
			r.Transitions = append(r.Transitions, role.Move{
				To:      ids[n.i],
				Kind:    kindOf(r.Codes.ISCO08, d.roles[n.i].Codes.ISCO08),
				Index:   n.sim,
				Sources: sources,
			})
		}
	}
}
