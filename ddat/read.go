package ddat

import (
	"cmp"
	"fmt"
	"io/fs"
	"strings"
	"unicode/utf8"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/names"
	"github.com/rolemodel/rolemodel/internal/report"
	"github.com/rolemodel/rolemodel/internal/table"
	"github.com/rolemodel/rolemodel/internal/valid"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// The columns of the two files, as the framework's download names them.
const (
	colFamily     = "Role Family"
	colRole       = "Role"
	colRoleDesc   = "Role Description"
	colLevel      = "Role Level"
	colLevelDesc  = "Role Level Description"
	colSkill      = "Skill Name"
	colSkillDesc  = "Skill Description"
	colSkillLevel = "Skill Level"
	colLevelText  = "Skill Level Description"
)

var roleColumns = []string{colFamily, colRole, colRoleDesc, colLevel, colLevelDesc, colSkill, colSkillDesc, colSkillLevel, colLevelText}

// levelWords are the framework's four skill levels, in ascending order,
// as skills.csv names its columns.
var levelWords = [4]string{"Awareness", "Working", "Practitioner", "Expert"}

// levels are the catalog levels of the four words: each word is the
// catalog level of that name. The catalog's Advanced, between Practitioner
// and Expert, has no word in the framework.
var levels = [4]skill.Level{skill.Awareness, skill.Working, skill.Practitioner, skill.Expert}

var skillColumns = append([]string{colSkill, colSkillDesc}, levelWords[:]...)

// maxIDLen is the longest ID a catalog takes (valid.IsSlug).
const maxIDLen = 120

// maxRank is the highest rung a catalog role may have (role.Role's Rank).
const maxRank = 1000

// notInUse is what the framework writes in the level columns of its Senior
// Civil Service roles, which have no levels.
const notInUse = "NOT IN USE"

// missing is what roles.csv writes for a skill description the framework
// does not have.
const missing = "MISSING"

// text returns a description cell as text: "" for the markers NOT IN USE
// and MISSING, which stand for no text.
func text(s string) string {
	if s == notInUse || s == missing {
		return ""
	}
	return s
}

// word returns the index in levelWords of a skill level cell (ignoring case
// and spacing), -1 for NOT IN USE, and false for anything else.
func word(s string) (int, bool) {
	f := names.Fold(s)
	if f == names.Fold(notInUse) {
		return -1, true
	}
	for i, w := range levelWords {
		if f == strings.ToLower(w) {
			return i, true
		}
	}
	return 0, false
}

// framework is what read gathers from the files, in file order.
type framework struct {
	families []*family
	ladders  []*ladder
	levels   []*level
	skills   []*skillEntry

	familyByID map[role.FamilyID]*family
	ladderByID map[role.LadderID]*ladder
	levelByID  map[role.ID]*level
	skillByID  map[skill.ID]*skillEntry
	// ids caches the IDs of the names read so far.
	ids map[string]string

	// repeats counts the rows of roles.csv that repeat an earlier row's
	// role level, skill, skill level and text, and were merged into it.
	repeats int
}

type family struct {
	id   role.FamilyID
	name string
	line int
}

type ladder struct {
	id     role.LadderID
	name   string
	family *family
	desc   string
	line   int
	levels []*level
	// levelless is the role's one level when its level is NOT IN USE.
	levelless *level
	named     *level // its first named level
}

type level struct {
	id     role.ID
	title  string
	ladder *ladder
	desc   string
	line   int
	track  role.Track
	rank   int
	reqs   []skill.Requirement
	// reqAt maps each skill to its requirement's index and line.
	reqAt map[skill.ID]reqAt
}

type reqAt struct{ i, line int }

type skillEntry struct {
	id   skill.ID
	name string
	line int
	file string
	// desc and texts are from skills.csv when it lists the skill; until
	// then, from roles.csv (its Skill Description and the first Skill Level
	// Description of each level).
	desc       string
	descLine   int // line of roles.csv the description was first read from
	texts      [4]string
	inSkills   bool    // listed in skills.csv
	rolesTexts [4]bool // texts[i] was read from roles.csv
}

// read reads the files of fsys into a framework, or returns the problems
// found as a *rolemodel.ValidationError.
func read(fsys fs.FS, cfg config) (*framework, error) {
	fw := &framework{
		familyByID: map[role.FamilyID]*family{},
		ladderByID: map[role.LadderID]*ladder{},
		levelByID:  map[role.ID]*level{},
		skillByID:  map[skill.ID]*skillEntry{},
		ids:        map[string]string{},
	}
	var ps report.Problems
	o := table.Options{MaxSize: cfg.maxSize}
	t, exists := table.Open(fsys, RolesFile, o, &ps)
	if !exists {
		ps.Add(RolesFile, 0, 0, "", rolemodel.ErrEmpty, "not found: expected the framework's role content, %s, at the root of the folder", RolesFile)
		return nil, ps.Err()
	}
	if t == nil || !t.Require(roleColumns...) {
		return nil, ps.Err()
	}
	rows := 0
	for t.Next() {
		rows++
		fw.roleRow(t)
	}
	if rows == 0 && ps.Count() == 0 {
		ps.Add(RolesFile, 2, 0, "", rolemodel.ErrEmpty, "the file has no rows after the header: expected a row per role level and skill")
	}
	if s, _ := table.Open(fsys, SkillsFile, o, &ps); s != nil && s.Require(skillColumns...) {
		for s.Next() {
			fw.skillRow(s, &ps)
		}
	}
	if ps.Count() > 0 {
		return nil, ps.Err()
	}
	for _, s := range fw.skills {
		if !s.inSkills {
			fw.checkSkill(s, &ps)
		}
	}
	for _, l := range fw.ladders {
		order(l)
		if n := len(l.levels); n > 0 && l.levels[n-1].rank > maxRank {
			ps.Add(RolesFile, l.line, 0, colRole, rolemodel.ErrTooLarge, "role %s has %d rungs, more than the %d a catalog's ladder holds", q(l.name), l.levels[n-1].rank, maxRank)
		}
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	return fw, nil
}

// expected says what each required cell of roles.csv holds.
var expected = map[string]string{
	colFamily:     "the name of a role family, such as Data",
	colRole:       "the name of a role, such as Data analyst",
	colLevel:      "the name of a role level, such as Senior data analyst, or NOT IN USE",
	colSkill:      "the name of a skill, such as Data modelling",
	colSkillLevel: "Awareness, Working, Practitioner or Expert",
}

// name returns the named cell of the current row and its ID, adding a
// problem at the cell when it is blank, breaks the catalog's rule for the
// characters of names or makes no ID.
//
// A cell is blank when it holds only white space and invisible,
// default-ignorable characters (valid.Blank: U+200B, U+FEFF, …): such a
// name shows as nothing, and is refused as an empty one is (issue 12.2).
// A name may hold no control, line-separator or bidirectional formatting
// character (valid.CheckName; issue 14.3): the catalog's rules would
// refuse the same later, but at a catalog path with no line. The table
// has already refused C0 controls and DEL in every cell; this refuses the
// C1 controls (NEL, U+009B), U+2028, U+2029 and the bidi controls, which
// free text may hold but a name may not.
func (fw *framework) name(t *table.Table, col string) (string, string, bool) {
	v := t.Get(col)
	if id, ok := fw.ids[v]; ok {
		return v, id, true
	}
	if !present(t, col, v) {
		return "", "", false
	}
	if msg := valid.CheckName(v); msg != "" {
		t.Problem(col, rolemodel.ErrInvalidValue, "%s", msg)
		return "", "", false
	}
	id := makeID(v)
	if !valid.IsSlug(id) {
		t.Problem(col, rolemodel.ErrInvalidValue, "%s makes no ID: expected a name of at most %d letters, digits and separators", q(v), maxIDLen-len(IDPrefix))
		return "", "", false
	}
	fw.ids[v] = id
	return v, id, true
}

// present reports whether v, the named required cell of the current row
// (trimmed by Get), holds something, adding a problem at the cell when it
// is blank (valid.Blank): empty, or only white space and invisible,
// default-ignorable characters, which are quoted so that the reader sees
// what the cell holds.
func present(t *table.Table, col, v string) bool {
	switch {
	case v == "":
		t.Problem(col, rolemodel.ErrInvalidValue, "the field is empty: expected %s", expected[col])
	case valid.Blank(v):
		t.Problem(col, rolemodel.ErrInvalidValue, "the field holds only white space or invisible characters (%s): expected %s", q(v), expected[col])
	default:
		return true
	}
	return false
}

// freeText reports whether each named cell of the current row keeps the
// catalog's rule for free text (valid.CheckFreeText: no control
// character but tab and line breaks, bidirectional formatting closed),
// adding a problem at each cell that does not. The catalog's rules would
// find the same later, at a catalog path with no line. roles.csv repeats
// each description on many rows: it is checked where it is first read (a
// new role, role level, skill or requirement), and a later row that gives
// another is refused for differing.
func freeText(t *table.Table, cols ...string) bool {
	ok := true
	for _, col := range cols {
		if msg := valid.CheckFreeText(t.Get(col)); msg != "" {
			t.Problem(col, rolemodel.ErrInvalidValue, "%s", msg)
			ok = false
		}
	}
	return ok
}

// roleRow reads one row of roles.csv: a role level's requirement of one
// skill, with the facts about its family, role and level repeated.
func (fw *framework) roleRow(t *table.Table) {
	famName, famID, ok1 := fw.name(t, colFamily)
	roleName, ladderID, ok2 := fw.name(t, colRole)
	levelName, levelID, ok3 := fw.name(t, colLevel)
	skillName, skillID, ok4 := fw.name(t, colSkill)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return
	}
	lw := t.Get(colSkillLevel)
	if !present(t, colSkillLevel, lw) {
		return
	}
	w, ok := word(lw)
	if !ok {
		t.Problem(colSkillLevel, rolemodel.ErrInvalidValue, "%s is not a skill level of the framework: expected Awareness, Working, Practitioner or Expert (or NOT IN USE, for a Senior Civil Service role)", q(lw))
		return
	}

	f := fw.family(t, famName, role.FamilyID(famID))
	if f == nil {
		return
	}
	l := fw.ladder(t, f, roleName, role.LadderID(ladderID))
	if l == nil {
		return
	}
	levelless := names.Fold(levelName) == names.Fold(notInUse)
	if levelless {
		levelName, levelID = roleName, ladderID
	}
	lv := fw.level(t, l, levelName, role.ID(levelID), levelless)
	if lv == nil {
		return
	}
	s := fw.skill(t, skillName, skill.ID(skillID))
	if s == nil {
		return
	}
	fw.requirement(t, lv, s, w)
}

func (fw *framework) family(t *table.Table, name string, id role.FamilyID) *family {
	if f, ok := fw.familyByID[id]; ok {
		if f.name != name {
			t.Problem(colFamily, rolemodel.ErrDuplicate, "family %s makes the same ID %q as family %s on line %d: expected one spelling of each name", q(name), id, q(f.name), f.line)
			return nil
		}
		return f
	}
	f := &family{id: id, name: name, line: t.Line()}
	if !check(t, role.Family{ID: id, Title: name}, map[string]string{"title": colFamily}) {
		return nil
	}
	fw.familyByID[id] = f
	fw.families = append(fw.families, f)
	return f
}

func (fw *framework) ladder(t *table.Table, f *family, name string, id role.LadderID) *ladder {
	desc := text(t.Get(colRoleDesc))
	if l, ok := fw.ladderByID[id]; ok {
		switch {
		case l.name != name:
			t.Problem(colRole, rolemodel.ErrDuplicate, "role %s makes the same ID %q as role %s on line %d: expected one spelling of each name", q(name), id, q(l.name), l.line)
		case l.family != f:
			t.Problem(colFamily, rolemodel.ErrInvalidValue, "role %s is in family %s here but in %s on line %d: expected a role in one family", q(name), q(f.name), q(l.family.name), l.line)
		case l.desc != desc:
			t.Problem(colRoleDesc, rolemodel.ErrInvalidValue, "role %s has a different description on line %d: expected the same description on each of its rows", q(name), l.line)
		default:
			return l
		}
		return nil
	}
	l := &ladder{id: id, name: name, family: f, desc: desc, line: t.Line()}
	if !freeText(t, colRoleDesc) || !check(t, role.Ladder{ID: id, Title: name, Family: f.id, Description: desc}, map[string]string{"title": colRole, "description": colRoleDesc}) {
		return nil
	}
	fw.ladderByID[id] = l
	fw.ladders = append(fw.ladders, l)
	return l
}

// level returns the role level of the current row, the role's one level
// when levelless (its level is NOT IN USE).
func (fw *framework) level(t *table.Table, l *ladder, title string, id role.ID, levelless bool) *level {
	desc := text(t.Get(colLevelDesc))
	if levelless && desc == "" {
		desc = l.desc
	}
	if lv, ok := fw.levelByID[id]; ok {
		switch {
		case lv.title != title:
			t.Problem(colLevel, rolemodel.ErrDuplicate, "role level %s makes the same ID %q as %s on line %d: expected one spelling of each name", q(title), id, q(lv.title), lv.line)
		case lv.ladder != l:
			t.Problem(colLevel, rolemodel.ErrDuplicate, "role level %s is a level of role %s on line %d: expected each role level in one role", q(title), q(lv.ladder.name), lv.line)
		case (l.levelless == lv) != levelless:
			// A role named like one of its levels ("Service owner") whose
			// level is NOT IN USE on some rows and named on others.
			fw.mixed(t, l, levelless)
		case lv.desc != desc:
			t.Problem(colLevelDesc, rolemodel.ErrInvalidValue, "role level %s has a different description on line %d: expected the same description on each of its rows", q(title), lv.line)
		default:
			return lv
		}
		return nil
	}
	if levelless && l.named != nil || !levelless && l.levelless != nil {
		fw.mixed(t, l, levelless)
		return nil
	}
	lv := &level{id: id, title: title, ladder: l, desc: desc, line: t.Line(), reqAt: map[skill.ID]reqAt{}}
	lv.track = role.ICTrack
	if levelless {
		lv.track = role.UnknownTrack
	} else if _, ok := managementBase(title); ok {
		lv.track = role.ManagementTrack
	}
	r := role.Role{ID: id, Title: title}
	if desc != "" {
		r.Descriptions = []role.Statement{{Text: desc}}
	}
	if !freeText(t, colLevelDesc) || !check(t, r, map[string]string{"title": colLevel, "descriptions": colLevelDesc}) {
		return nil
	}
	fw.levelByID[id] = lv
	fw.levels = append(fw.levels, lv)
	l.levels = append(l.levels, lv)
	if levelless {
		l.levelless = lv
	} else if l.named == nil {
		l.named = lv
	}
	return lv
}

// mixed reports a role that has both the level NOT IN USE and named levels.
func (fw *framework) mixed(t *table.Table, l *ladder, levelless bool) {
	other := l.named
	if !levelless {
		other = l.levelless
	}
	t.Problem(colLevel, rolemodel.ErrInvalidValue, "role %s has the level %s here and %s on line %d: expected either named levels or NOT IN USE alone (a Senior Civil Service role)",
		q(l.name), q(t.Get(colLevel)), q(cellOf(other)), other.line)
}

// cellOf returns the Role Level cell a level was read from.
func cellOf(lv *level) string {
	if lv == lv.ladder.levelless {
		return notInUse
	}
	return lv.title
}

func (fw *framework) skill(t *table.Table, name string, id skill.ID) *skillEntry {
	desc := text(t.Get(colSkillDesc))
	if s, ok := fw.skillByID[id]; ok {
		switch {
		case s.name != name:
			t.Problem(colSkill, rolemodel.ErrDuplicate, "skill %s makes the same ID %q as skill %s on line %d: expected one spelling of each name", q(name), id, q(s.name), s.line)
		case s.desc != desc:
			t.Problem(colSkillDesc, rolemodel.ErrInvalidValue, "skill %s has a different description on line %d: expected the same description on each of its rows", q(name), s.descLine)
		default:
			return s
		}
		return nil
	}
	s := &skillEntry{id: id, name: name, line: t.Line(), file: RolesFile, desc: desc, descLine: t.Line()}
	if !freeText(t, colSkillDesc) || !check(t, skill.Skill{ID: id, Name: name}, map[string]string{"name": colSkill}) {
		return nil
	}
	fw.skillByID[id] = s
	fw.skills = append(fw.skills, s)
	return s
}

// requirement adds skill s at level word w (-1 for none) to role level lv,
// merging a row that repeats one before it.
func (fw *framework) requirement(t *table.Table, lv *level, s *skillEntry, w int) {
	r := skill.Requirement{Skill: s.id, Essential: true, Text: text(t.Get(colLevelText)), Sources: sources}
	if w >= 0 {
		r.Level, r.Label = levels[w], levelWords[w]
		if !s.rolesTexts[w] {
			s.texts[w], s.rolesTexts[w] = r.Text, true
		}
	} else if r.Text == "" {
		// A Senior Civil Service role's rows put what the role can do with
		// the skill in Skill Description.
		r.Text = s.desc
	}
	if at, ok := lv.reqAt[s.id]; ok {
		if prev := lv.reqs[at.i]; prev.Label == r.Label && prev.Text == r.Text {
			fw.repeats++
			return
		}
		prev := cmp.Or(lv.reqs[at.i].Label, "no level")
		t.Problem(colSkillLevel, rolemodel.ErrDuplicate, "role level %s lists skill %s again with a different level or text (first on line %d, at %s): expected each skill once per role level",
			q(lv.title), q(s.name), at.line, prev)
		return
	}
	if !freeText(t, colLevelText) || !check(t, r, map[string]string{"text": colLevelText, "label": colSkillLevel}) {
		return
	}
	lv.reqAt[s.id] = reqAt{len(lv.reqs), t.Line()}
	lv.reqs = append(lv.reqs, r)
}

// skillRow reads one row of skills.csv: a skill and what its four levels
// mean. Its description and level texts replace those roles.csv gave.
func (fw *framework) skillRow(t *table.Table, ps *report.Problems) {
	name, id, ok := fw.name(t, colSkill)
	if !ok || !freeText(t, colSkillDesc, levelWords[0], levelWords[1], levelWords[2], levelWords[3]) {
		return
	}
	s, ok := fw.skillByID[skill.ID(id)]
	switch {
	case ok && s.name != name:
		t.Problem(colSkill, rolemodel.ErrDuplicate, "skill %s makes the same ID %q as skill %s on line %d of %s: expected one spelling of each name", q(name), id, q(s.name), s.line, s.file)
		return
	case ok && s.inSkills:
		t.Problem(colSkill, rolemodel.ErrDuplicate, "skill %s is listed again (first on line %d): expected each skill once", q(name), s.line)
		return
	case !ok:
		s = &skillEntry{id: skill.ID(id), name: name}
		if !check(t, skill.Skill{ID: s.id, Name: name}, map[string]string{"name": colSkill}) {
			return
		}
		fw.skillByID[s.id] = s
		fw.skills = append(fw.skills, s)
	}
	s.inSkills, s.file, s.line = true, SkillsFile, t.Line()
	s.desc = text(t.Get(colSkillDesc))
	for i, w := range levelWords {
		s.texts[i], s.rolesTexts[i] = text(t.Get(w)), false
	}
	fw.checkSkill(s, ps)
}

// checkSkill checks the description a skill is given, at the row it was
// read from.
func (fw *framework) checkSkill(s *skillEntry, ps *report.Problems) {
	for _, p := range valid.Struct(skill.Skill{ID: s.id, Name: s.name, Description: s.description()}) {
		ps.Add(s.file, s.line, 0, colSkillDesc, rolemodel.ErrInvalidValue, "skill %s: its description and the texts of its four levels together: %s", q(s.name), p.Message)
	}
}

// description lays out a skill's description and what each of its levels
// means, as the package documentation shows.
func (s *skillEntry) description() string {
	var b strings.Builder
	b.WriteString(s.desc)
	for i, t := range s.texts {
		if t == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(levelWords[i])
		b.WriteString(":\n")
		b.WriteString(t)
	}
	return b.String()
}

// check adds a problem at the current row for each of the catalog's field
// rules v breaks, naming the column its field comes from.
func check(t *table.Table, v any, cols map[string]string) bool {
	ps := valid.Struct(v)
	for _, p := range ps {
		key, _, _ := strings.Cut(p.Path, "[")
		key, _, _ = strings.Cut(key, ".")
		col := cols[key]
		t.Problem(col, rolemodel.ErrInvalidValue, "%s: %s", p.Path, p.Message)
	}
	return len(ps) == 0
}

// q quotes a value from the files for a message, cut to a readable length.
func q(s string) string {
	const n = 80
	if len(s) > n {
		i := n
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		return fmt.Sprintf("%q…", s[:i])
	}
	return fmt.Sprintf("%q", s)
}
