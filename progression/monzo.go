package progression

import (
	"bytes"
	"cmp"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/decode"
	"github.com/rolemodel/rolemodel/internal/limitio"
	"github.com/rolemodel/rolemodel/internal/names"
	"github.com/rolemodel/rolemodel/internal/report"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// MonzoCopyright is the copyright line of the Monzo progression
// framework's MIT licence, which a product that ships the data must carry
// with the licence text. ReadMonzo puts it in the Note of the catalog's
// source.
const MonzoCopyright = "Copyright (c) 2019 Monzo Bank Limited"

// MonzoURL is where Monzo's progression framework is published.
const MonzoURL = "https://github.com/monzo/progression-framework"

// MonzoSource is the ID of the one source a catalog from ReadMonzo cites.
const MonzoSource = "monzo-progression-framework"

// maxMonzoLevel bounds a level number.
const maxMonzoLevel = 999

// monzoFile is the front matter of a framework file.
type monzoFile struct {
	Path         string       `json:"path"`
	Title        string       `json:"title"`
	SidebarTitle string       `json:"sidebarTitle"`
	SidebarGroup string       `json:"sidebarGroup"`
	YAML         *bool        `json:"yaml"`
	Levels       *int         `json:"levels"`
	Homepage     bool         `json:"homepage"`
	Topics       []monzoTopic `json:"topics"`
}

type monzoTopic struct {
	Name    string       `json:"name"`
	Title   string       `json:"title"`
	Content []monzoLevel `json:"content"`
}

type monzoLevel struct {
	Level           int            `json:"level"`
	Criteria        []string       `json:"criteria"`
	ExampleCriteria []monzoExample `json:"exampleCriteria"`
}

type monzoExample struct {
	Criteria string   `json:"criteria"`
	Examples []string `json:"examples"`
}

// ReadMonzo reads Monzo's progression framework from fsys, the frameworks
// folder of its repository: every Markdown file (*.md) under it, outside
// folders whose names start with a dot, is one framework. Each becomes a
// ladder with one role per level, in a job family; each topic a skill; and
// each topic's criteria at a level one requirement of that level's role.
// The package documentation says how, which IDs the parts get, and how a
// tab after a sequence dash is read.
//
// Options File (a name to put before each file's path in problems),
// MaxFileSize and StrictYAML apply. On any problem ReadMonzo returns a
// *rolemodel.ValidationError listing every problem found, each with the
// file's path, line, column and field path (such as
// topics[2].content[0].level) and what was expected, and no catalog.
func ReadMonzo(fsys fs.FS, opts ...Option) (*rolemodel.Catalog, error) {
	parts, err := readMonzo(fsys, newConfig(opts))
	if err != nil {
		return nil, err
	}
	return rolemodel.Build(parts)
}

// monzoLadder is what one framework file gives.
type monzoLadder struct {
	file    string // the path in problems
	id      string // ladder ID
	title   string // cleaned title
	line    int    // of the title
	col     int
	family  string // family ID
	famName string
	levels  []int              // the level numbers, ascending
	reqs    map[int][]monzoReq // level -> requirements in topic order
	topics  []monzoTopicRef    // the file's topics, for skills
}

type monzoReq struct {
	skill skill.ID
	text  string
}

type monzoTopicRef struct {
	id    skill.ID
	name  string // the topic's name as written
	title string // its cleaned title, or ""
}

type monzoReader struct {
	cfg     config
	ps      report.Problems
	ladders []*monzoLadder
}

// readMonzo reads the framework files of fsys into the parts of a catalog.
func readMonzo(fsys fs.FS, cfg config) (rolemodel.Parts, error) {
	m := &monzoReader{cfg: cfg}
	if fsys == nil {
		m.ps.Add(cfg.file, 0, 0, "", rolemodel.ErrEmpty, "no file system given")
		return rolemodel.Parts{}, m.ps.Err()
	}
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			m.ps.AddIO(m.name(p), err, "")
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(p, ".md") && !strings.HasPrefix(d.Name(), ".") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		m.ps.Add(cfg.file, 0, 0, "", rolemodel.ErrSyntax, "cannot list the files: %s", decode.Clip(err.Error(), 300))
	}
	if len(files) == 0 && m.ps.Count() == 0 {
		m.ps.Add(cfg.file, 0, 0, "", rolemodel.ErrEmpty, "no Markdown files: expected the frameworks folder of Monzo's progression-framework repository, with a .md file per framework")
	}
	slices.Sort(files)
	for _, p := range files {
		m.readFile(fsys, p)
	}
	m.checkLadders()
	if err := m.ps.Err(); err != nil {
		return rolemodel.Parts{}, err
	}
	return m.parts(), nil
}

// name is the name problems give the file at p.
func (m *monzoReader) name(p string) string {
	switch {
	case p == ".":
		return m.cfg.file
	case m.cfg.file == "":
		return p
	}
	return path.Join(m.cfg.file, p)
}

func (m *monzoReader) readFile(fsys fs.FS, p string) {
	file := m.name(p)
	data, err := limitio.ReadFile(fsys, p, m.cfg.maxSize)
	if err != nil {
		e := limitio.Fail(file, err)
		e.Name = file
		m.ps.AddIO(file, e, "see MaxFileSize")
		return
	}
	if l := m.readData(p, file, data); l != nil {
		m.ladders = append(m.ladders, l)
	}
}

// readData reads one framework file: its front matter, and its body when
// the front matter says yaml: false.
func (m *monzoReader) readData(p, file string, data []byte) *monzoLadder {
	before := m.ps.Count()
	front, body, bodyLine, ok := frontMatter(data)
	if !ok {
		msg := "no front matter: expected the file to start with a line \"---\", the framework's YAML, and another line \"---\""
		if front != nil {
			msg = "the front matter that starts on line 1 has no closing line \"---\""
		}
		m.ps.Add(file, 1, 1, "", rolemodel.ErrSyntax, "%s", msg)
		return nil
	}
	n, ok := parseYAML(front, file, !m.cfg.strict, &m.ps)
	if !ok {
		return nil
	}
	var fm monzoFile
	res := decode.Into(n, file, &fm)
	if !addDecodeErrors(res, &m.ps) {
		return nil
	}
	loc := locator{file: file, pos: res, ps: &m.ps}
	l := &monzoLadder{file: file, reqs: map[int][]monzoReq{}}
	l.id = "monzo-" + slug(strings.TrimSuffix(p, ".md"), 80)
	if l.id == "monzo-" {
		m.ps.Add(file, 0, 0, "", rolemodel.ErrInvalidValue, "the file's path has no letter or digit to make an ID of")
	}
	if loc.name("title", fm.Title, "the framework's title, such as \"Backend Engineering Framework\"") {
		l.title = strings.TrimSpace(strings.TrimSuffix(cleanTitle(fm.Title), " Framework"))
		pos := loc.at("title")
		l.line, l.col = pos.Line, pos.Col
		switch {
		case l.title == "":
			loc.add("title", rolemodel.ErrInvalidValue, "title %s has no letter or digit", quote(fm.Title))
		case utf8.RuneCountInString(l.title) > maxTitle-20:
			loc.add("title", rolemodel.ErrTooLarge, "the title is %d characters long: at most %d fit in a role title", utf8.RuneCountInString(l.title), maxTitle-20)
		}
	}
	m.family(l, p, fm, loc)
	if fm.YAML != nil && !*fm.YAML {
		if len(fm.Topics) > 0 {
			loc.add("topics", rolemodel.ErrInvalidValue, "topics in a framework marked yaml: false: expected its levels in the Markdown body, or yaml: true")
		}
		m.readBody(l, file, body, bodyLine)
	} else {
		m.readTopics(l, fm, loc)
	}
	if fm.Levels != nil {
		if n := *fm.Levels; n != len(l.levels) && m.ps.Count() == before {
			loc.add("levels", rolemodel.ErrInvalidValue, "levels is %d, but the framework describes %d levels (%s)", n, len(l.levels), levelList(l.levels))
		}
	} else if fm.YAML == nil || *fm.YAML {
		loc.add("levels", rolemodel.ErrInvalidValue, "missing: expected the number of levels")
	}
	if m.ps.Count() > before {
		return nil
	}
	return l
}

// levelList writes level numbers for a message, the first dozen of them.
func levelList(levels []int) string {
	s := make([]string, 0, 13)
	for i, n := range levels {
		if i == 12 {
			s = append(s, fmt.Sprintf("and %d more", len(levels)-12))
			break
		}
		s = append(s, strconv.Itoa(n))
	}
	return strings.Join(s, ", ")
}

// family places the framework in its job family: the sidebarGroup, else
// the folder the file is in, else a family of its own.
func (m *monzoReader) family(l *monzoLadder, p string, fm monzoFile, loc locator) {
	group := strings.TrimSpace(fm.SidebarGroup)
	if group == "" {
		if dir, _, ok := strings.Cut(p, "/"); ok {
			group = dir
		}
	}
	if group == "" {
		l.family, l.famName = l.id, l.title
		return
	}
	s := slug(group, 60)
	if s == "" {
		loc.add("sidebarGroup", rolemodel.ErrInvalidValue, "group %s has no letter or digit to make an ID of", quote(group))
		return
	}
	l.family = "monzo-" + s
	l.famName = titleCase(group)
	if utf8.RuneCountInString(l.famName) > maxTitle {
		loc.add("sidebarGroup", rolemodel.ErrTooLarge, "the group is %d characters long: at most %d fit in a family title", utf8.RuneCountInString(l.famName), maxTitle)
	}
}

// titleCase upper-cases the first letter of each word, as Monzo's site
// shows a sidebarGroup ("engineering" → "Engineering").
func titleCase(s string) string {
	words := strings.Fields(strings.NewReplacer("-", " ", "_", " ").Replace(s))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// upperFirst upper-cases the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// topicID is the skill ID of a topic name.
func topicID(name string) skill.ID {
	s := slug(name, 100)
	if s == "" {
		return ""
	}
	return skill.ID("monzo-" + s)
}

func (m *monzoReader) readTopics(l *monzoLadder, fm monzoFile, loc locator) {
	if len(fm.Topics) == 0 {
		loc.add("topics", rolemodel.ErrEmpty, "no topics: expected a list of topics, each with a name and content by level (or yaml: false and the levels in the Markdown body)")
		return
	}
	seen := map[skill.ID]int{}
	levels := map[int]bool{}
	for i, t := range fm.Topics {
		p := "topics[" + strconv.Itoa(i) + "]"
		var id skill.ID
		if loc.name(p+".name", t.Name, "the topic's name, such as \"communication\"") && loc.fits(p+".name", t.Name, maxTitle, "the name") {
			if id = topicID(t.Name); id == "" {
				loc.add(p+".name", rolemodel.ErrInvalidValue, "topic name %s has no letter or digit to make an ID of", quote(t.Name))
			} else if j, dup := seen[id]; dup {
				loc.add(p+".name", rolemodel.ErrDuplicate, "topic %s repeats the topic %s at line %d", quote(t.Name), quote(fm.Topics[j].Name), loc.at(fmt.Sprintf("topics[%d]", j)).Line)
				id = ""
			} else {
				seen[id] = i
			}
		}
		title := cleanTitle(t.Title)
		loc.fits(p+".title", title, maxTitle, "the title")
		if id != "" {
			l.topics = append(l.topics, monzoTopicRef{id: id, name: strings.TrimSpace(t.Name), title: title})
		}
		if len(t.Content) == 0 {
			loc.add(p+".content", rolemodel.ErrEmpty, "no content: expected a list of levels, each with its criteria")
			continue
		}
		at := map[int]int{}
		for j, c := range t.Content {
			cp := fmt.Sprintf("%s.content[%d]", p, j)
			if !loc.has(cp + ".level") {
				loc.add(cp+".level", rolemodel.ErrInvalidValue, "missing: expected the level number, from 1")
				continue
			}
			if c.Level < 1 || c.Level > maxMonzoLevel {
				loc.add(cp+".level", rolemodel.ErrInvalidValue, "level %d is out of range: expected a whole number from 1 to %d", c.Level, maxMonzoLevel)
				continue
			}
			if k, dup := at[c.Level]; dup {
				loc.add(cp+".level", rolemodel.ErrDuplicate, "level %d of topic %s is listed twice (first at line %d)", c.Level, quote(t.Name), loc.at(fmt.Sprintf("%s.content[%d]", p, k)).Line)
				continue
			}
			at[c.Level] = j
			levels[c.Level] = true
			text, ok := m.criteria(c, cp, loc)
			if ok && id != "" {
				l.reqs[c.Level] = append(l.reqs[c.Level], monzoReq{skill: id, text: text})
			}
		}
	}
	for n := range levels {
		l.levels = append(l.levels, n)
	}
	slices.Sort(l.levels)
}

// criteria makes the text of a topic at a level: its criteria and example
// criteria as a Markdown list, examples indented under their criterion.
func (m *monzoReader) criteria(c monzoLevel, p string, loc locator) (string, bool) {
	if len(c.Criteria) == 0 && len(c.ExampleCriteria) == 0 {
		loc.add(p, rolemodel.ErrEmpty, "no criteria: expected criteria or exampleCriteria")
		return "", false
	}
	ok := true
	var l bullets
	for k, s := range c.Criteria {
		if cp := fmt.Sprintf("%s.criteria[%d]", p, k); loc.required(cp, s, "a criterion") && loc.text(cp, s) {
			l.item(s)
		} else {
			ok = false
		}
	}
	for k, e := range c.ExampleCriteria {
		ep := fmt.Sprintf("%s.exampleCriteria[%d]", p, k)
		if !loc.required(ep+".criteria", e.Criteria, "a criterion") || !loc.text(ep+".criteria", e.Criteria) {
			ok = false
			continue
		}
		l.item(e.Criteria)
		for x, s := range e.Examples {
			if xp := fmt.Sprintf("%s.examples[%d]", ep, x); loc.required(xp, s, "an example") && loc.text(xp, s) {
				l.sub(s)
			} else {
				ok = false
			}
		}
	}
	return l.String(), ok && loc.fits(p, l.String(), maxText, "the criteria of the level")
}

// frontMatter splits a Markdown file into its YAML front matter and its
// body. The file must start, after an optional byte order mark, with a
// line "---"; the front matter ends at the next line "---" (trailing
// blanks and a carriage return allowed on both). front keeps the opening
// line, so that its line numbers are the file's; bodyLine is the number of
// the body's first line. front is nil when the file does not start with
// "---", and non-nil with ok false when the closing line is missing.
func frontMatter(data []byte) (front, body []byte, bodyLine int, ok bool) {
	rest := data
	if !isMarker(firstLine(bytes.TrimPrefix(rest, []byte("\ufeff")))) {
		return nil, nil, 0, false
	}
	off, line := 0, 1
	for {
		i := bytes.IndexByte(rest[off:], '\n')
		if i < 0 {
			return data, nil, 0, false
		}
		off += i + 1
		line++
		if isMarker(firstLine(rest[off:])) {
			end := off + bytes.IndexByte(append(rest[off:len(rest):len(rest)], '\n'), '\n')
			body = nil
			if end < len(rest) {
				body = rest[end+1:]
			}
			return rest[:off], body, line + 1, true
		}
	}
}

func firstLine(b []byte) []byte {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[:i]
	}
	return b
}

func isMarker(line []byte) bool {
	return string(bytes.TrimRight(line, " \t\r")) == "---"
}

// readBody reads the levels of a framework written in Markdown (yaml:
// false): sections "## Level N", each with topics "### Name" whose
// paragraphs are the topic's text at that level. Blank lines and thematic
// breaks ("---") separate; anything else outside a topic is an error.
func (m *monzoReader) readBody(l *monzoLadder, file string, body []byte, first int) {
	if !utf8.Valid(body) {
		m.ps.Add(file, first, 0, "", rolemodel.ErrSyntax, "the body is not valid UTF-8 text")
		return
	}
	type topic struct {
		id    skill.ID
		name  string
		line  int
		paras []string
		cur   []string
	}
	var (
		level  = 0      // current level number, 0 before the first
		lline  = 0      // its line
		topics []*topic // of the current level
		seen   = map[skill.ID]bool{}
		ids    = map[skill.ID]bool{} // topics of the file
		bad    = false
	)
	problem := func(line, col int, kind error, format string, args ...any) {
		m.ps.Add(file, line, col, "", kind, format, args...)
		bad = true
	}
	endPara := func() {
		if n := len(topics); n > 0 && len(topics[n-1].cur) > 0 {
			t := topics[n-1]
			t.paras = append(t.paras, strings.Join(t.cur, "\n"))
			t.cur = nil
		}
	}
	endLevel := func() {
		endPara()
		if level == 0 {
			return
		}
		if len(topics) == 0 {
			problem(lline, 1, rolemodel.ErrEmpty, "level %d has no topics: expected \"### Name\" headings with text", level)
		}
		for _, t := range topics {
			text := strings.Join(t.paras, "\n\n")
			switch {
			case text == "":
				problem(t.line, 1, rolemodel.ErrEmpty, "topic %s of level %d has no text", quote(t.name), level)
			case utf8.RuneCountInString(text) > maxText:
				problem(t.line, 1, rolemodel.ErrTooLarge, "the text of topic %s at level %d is %d characters long: a catalog holds at most %d", quote(t.name), level, utf8.RuneCountInString(text), maxText)
			default:
				l.reqs[level] = append(l.reqs[level], monzoReq{skill: t.id, text: text})
			}
		}
		topics = nil
		seen = map[skill.ID]bool{}
	}
	lines := strings.Split(string(body), "\n")
	for i, raw := range lines {
		n := first + i
		s := strings.TrimRight(raw, " \t\r")
		if r, ok := decode.ControlChar(s); ok {
			problem(n, 0, rolemodel.ErrInvalidValue, "%s", decode.ControlMessage(r))
			continue
		}
		switch {
		case strings.TrimSpace(s) == "" || isMarker([]byte(strings.TrimSpace(s))):
			endPara()
		case strings.HasPrefix(s, "## "):
			endLevel()
			h := strings.TrimSpace(s[3:])
			word, num, _ := strings.Cut(h, " ")
			v, err := strconv.Atoi(strings.TrimSpace(num))
			switch {
			case !strings.EqualFold(word, "Level") || err != nil:
				problem(n, 1, rolemodel.ErrSyntax, "heading %s: expected \"## Level N\", with N a whole number", quote(s))
				level = 0
			case v < 1 || v > maxMonzoLevel:
				problem(n, 1, rolemodel.ErrInvalidValue, "level %d is out of range: expected a whole number from 1 to %d", v, maxMonzoLevel)
				level = 0
			case len(l.levels) > 0 && v <= l.levels[len(l.levels)-1]:
				problem(n, 1, rolemodel.ErrInvalidValue, "level %d comes after level %d: expected levels in increasing order, each once", v, l.levels[len(l.levels)-1])
				level = 0
			default:
				level, lline = v, n
				l.levels = append(l.levels, v)
			}
		case strings.HasPrefix(s, "### "):
			endPara()
			name := strings.TrimSpace(s[4:])
			id := topicID(name)
			switch {
			case level == 0:
				if !bad {
					problem(n, 1, rolemodel.ErrSyntax, "topic %s outside a level: expected a heading \"## Level N\" before it", quote(name))
				}
			case id == "":
				problem(n, 5, rolemodel.ErrInvalidValue, "topic name %s has no letter or digit to make an ID of", quote(name))
			case utf8.RuneCountInString(name) > maxTitle:
				problem(n, 5, rolemodel.ErrTooLarge, "the topic name is %d characters long: at most %d", utf8.RuneCountInString(name), maxTitle)
			case seen[id]:
				problem(n, 5, rolemodel.ErrDuplicate, "topic %s appears twice in level %d", quote(name), level)
			default:
				seen[id] = true
				topics = append(topics, &topic{id: id, name: name, line: n})
				if !ids[id] {
					ids[id] = true
					l.topics = append(l.topics, monzoTopicRef{id: id, name: name, title: cleanTitle(name)})
				}
			}
		case strings.HasPrefix(s, "#"):
			problem(n, 1, rolemodel.ErrSyntax, "heading %s: expected \"## Level N\" or \"### Topic\"", quote(s))
		default:
			if len(topics) == 0 {
				if level != 0 || !bad {
					problem(n, 1, rolemodel.ErrSyntax, "text outside a topic: expected it under a heading \"### Topic\" of a level \"## Level N\"")
				}
				continue
			}
			t := topics[len(topics)-1]
			t.cur = append(t.cur, s)
		}
	}
	endLevel()
	if len(l.levels) == 0 && !bad {
		m.ps.Add(file, first, 0, "", rolemodel.ErrEmpty, "no levels: a framework marked yaml: false gives its levels in the Markdown body as headings \"## Level N\"")
	}
}

// checkLadders reports what the files do together: two frameworks with one
// title, two paths that make one ID.
func (m *monzoReader) checkLadders() {
	ids := map[string]*monzoLadder{}
	titles := map[string]*monzoLadder{}
	for _, l := range m.ladders {
		if prev, dup := ids[l.id]; dup {
			m.ps.Add(l.file, 0, 0, "", rolemodel.ErrDuplicate, "the file's path makes the same ID %s as %s", quote(l.id), prev.file)
			continue
		}
		ids[l.id] = l
		k := names.Fold(l.title)
		if prev, dup := titles[k]; dup {
			m.ps.Add(l.file, l.line, l.col, "title", rolemodel.ErrDuplicate, "title %s is also the title of %s", quote(l.title), prev.file)
			continue
		}
		titles[k] = l
	}
}

func (m *monzoReader) parts() rolemodel.Parts {
	sources := []string{MonzoSource}
	parts := rolemodel.Parts{Sources: []role.Source{{
		ID:        MonzoSource,
		Title:     "Monzo progression framework",
		Publisher: "Monzo Bank Limited",
		URL:       MonzoURL,
		License:   "MIT",
		Note:      MonzoCopyright + ".",
	}}}
	// A topic's skill is named by the first title a file gives it (in path
	// order), else by its first name with a capital.
	type naming struct{ name, title string }
	skillNames := map[skill.ID]*naming{}
	for _, l := range m.ladders {
		for _, t := range l.topics {
			n := skillNames[t.id]
			if n == nil {
				n = &naming{name: upperFirst(t.name)}
				skillNames[t.id] = n
				parts.Skills = append(parts.Skills, skill.Skill{ID: t.id, Category: "Monzo progression topic", Sources: sources})
			}
			if n.title == "" {
				n.title = t.title
			}
		}
	}
	for i := range parts.Skills {
		n := skillNames[parts.Skills[i].ID]
		parts.Skills[i].Name = cmp.Or(n.title, n.name)
	}
	families := map[string]bool{}
	for _, l := range m.ladders {
		if !families[l.family] {
			families[l.family] = true
			parts.Families = append(parts.Families, role.Family{ID: role.FamilyID(l.family), Title: l.famName, Sources: sources})
		}
		parts.Ladders = append(parts.Ladders, role.Ladder{ID: role.LadderID(l.id), Title: l.title, Family: role.FamilyID(l.family), Sources: sources})
		for rank, n := range l.levels {
			r := role.Role{
				ID:      role.ID(l.id + "-level-" + strconv.Itoa(n)),
				Title:   l.title + ", level " + strconv.Itoa(n),
				Family:  role.FamilyID(l.family),
				Ladder:  role.LadderID(l.id),
				Rank:    rank + 1,
				Sources: sources,
			}
			for _, q := range l.reqs[n] {
				r.Skills = append(r.Skills, skill.Requirement{Skill: q.skill, Essential: true, Text: q.text, Sources: sources})
			}
			parts.Roles = append(parts.Roles, r)
		}
	}
	return parts
}
