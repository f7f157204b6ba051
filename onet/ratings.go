package onet

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/names"
	"github.com/rolemodel/rolemodel/internal/table"
	"github.com/rolemodel/rolemodel/internal/valid"
	"github.com/rolemodel/rolemodel/skill"
)

// ratingFile describes one of O*NET's files of importance (IM) and level
// (LV) ratings per occupation and element: Skills and Knowledge.
type ratingFile struct {
	file     string // the file's name
	what     string // what an element is, for messages: "skill"
	category string // the skill's Category, before the element ID
	idSuffix string // added to the slug of the element's name
	// nameSuffix is added to the name of an element named as a skill
	// read before is ("Mathematics (knowledge)"), so that a reader of a
	// gap can tell the two apart; IDs are told apart by idSuffix.
	nameSuffix string
	// soft reports whether the element is a soft skill.
	soft func(elementID string) bool
}

var (
	// skillFile is Skills: 35 skills, those of the Social Skills group
	// (2.B.1.*) soft.
	skillFile = ratingFile{file: SkillsFile, what: "skill", category: "O*NET skill ",
		soft: func(id string) bool { return strings.HasPrefix(id, "2.B.1.") }}
	// knowledgeFile is Knowledge: 33 knowledge areas, hard skills whose
	// IDs end in "-knowledge" ("mathematics-knowledge"), since the Skills
	// file has a skill of the same name (Mathematics, 2.A.1.e and 2.C.4.a);
	// that one is named "Mathematics (knowledge)".
	knowledgeFile = ratingFile{file: KnowledgeFile, what: "knowledge area", category: "O*NET knowledge ", idSuffix: "-knowledge", nameSuffix: " (knowledge)",
		soft: func(string) bool { return false }}
)

// A rating is the IM and LV ratings of one occupation and element; line
// is 0 until a row of it is read.
type rating struct {
	im, lv       float64
	hasIM, hasLV bool
	notRelevant  bool
	suppressed   bool
	line         int32
	at           cell
}

// rated is an occupation's ratings in one file, indexed by element.
type rated struct {
	o  *occupation
	rs []rating
}

// element is one element of a file of ratings, and the skill it makes.
type element struct {
	id    string // O*NET's element ID
	skill skill.Skill
	at    cell // the Element Name, from which the skill's name and ID come
	idAt  cell // the Element ID, from which its category comes
}

// ratedFile is what ratings read from one file, for requirements.
type ratedFile struct {
	f     ratingFile
	name  string    // the file's name as problems give it
	elems []element // in the order they first appear
	occs  []rated   // in the order the occupations first appear
}

// ratings reads a file of IM and LV ratings: its elements, and each
// occupation's ratings of them. It returns nil for a file the release
// lacks or that cannot be read.
func (l *loader) ratings(f ratingFile) *ratedFile {
	t, ok := l.open(f.file, "O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value")
	if !ok {
		return nil
	}
	out := &ratedFile{f: f, name: t.Name()}
	var (
		occOf  = map[*occupation]int{}
		elemOf = map[string]int{}
	)
	var (
		idCol       = l.column(t, "Element ID")
		nameCol     = l.column(t, "Element Name")
		scaleCol    = l.column(t, "Scale ID")
		suppressCol = l.column(t, "Recommend Suppress")
		relevantCol = l.column(t, "Not Relevant")
		valueCol    = l.column(t, "Data Value")
	)
	cur := -1 // index into out.occs of the row before's occupation
	for t.Next() {
		o := l.known(t, "O*NET-SOC Code")
		if o == nil {
			continue
		}
		eid, name := idCol.get(t), nameCol.get(t)
		e, seen := elemOf[eid]
		switch {
		case !seen:
			sid := skill.ID(slug(name) + f.idSuffix)
			if eid == "" || !valid.IsSlug(string(sid)) || sid == skill.ID(f.idSuffix) {
				l.cell(t, rolemodel.ErrInvalidValue, "Element Name", "element %q named %q cannot be a %s: expected an element ID and a name", eid, name, f.what)
				continue
			}
			kind := skill.Hard
			if f.soft(eid) {
				kind = skill.Soft
			}
			e = len(out.elems)
			elemOf[eid] = e
			// The names are copied out of the file's text, which the
			// catalog would otherwise keep whole for them.
			out.elems = append(out.elems, element{id: strings.Clone(eid), at: l.cellAt(t, nameCol), idAt: l.cellAt(t, idCol),
				skill: skill.Skill{ID: sid, Name: strings.Clone(name), Kind: kind, Category: f.category + eid, Sources: l.srcs}})
		case out.elems[e].skill.Name != name:
			l.cell(t, rolemodel.ErrInvalidValue, "Element Name", "element %s is named %q here and %q before", eid, name, out.elems[e].skill.Name)
			continue
		}
		v, ok := l.number(t, valueCol)
		if !ok {
			continue
		}
		if cur < 0 || out.occs[cur].o != o {
			i, ok := occOf[o]
			if !ok {
				i = len(out.occs)
				occOf[o] = i
				out.occs = append(out.occs, rated{o: o, rs: make([]rating, 0, max(len(out.elems), 8))})
			}
			cur = i
		}
		rs := &out.occs[cur].rs
		if e >= len(*rs) {
			*rs = append(*rs, make([]rating, e+1-len(*rs))...)
		}
		r := &(*rs)[e]
		if r.line == 0 {
			r.line, r.at = int32(t.Line()), l.cellAt(t, nameCol)
		}
		// O*NET flags estimates too imprecise to use ("Recommend Suppress").
		r.suppressed = r.suppressed || suppressCol.get(t) == "Y"
		switch scale := scaleCol.get(t); scale {
		case "IM":
			if r.hasIM || v < 1 || v > 5 {
				l.ratingProblem(t, scale, r.hasIM, v, "1 to 5")
				continue
			}
			r.im, r.hasIM = v, true
		case "LV":
			if r.hasLV || v < 0 || v > 7 {
				l.ratingProblem(t, scale, r.hasLV, v, "0 to 7")
				continue
			}
			r.lv, r.hasLV = v, true
			r.notRelevant = relevantCol.get(t) == "Y"
		default:
			l.cell(t, rolemodel.ErrInvalidValue, "Scale ID", "%q is not a scale of the %s file: expected IM (importance) or LV (level)", scale, strings.TrimSuffix(f.file, ".txt"))
		}
	}
	return out
}

// requirements gives each occupation a requirement per element of the
// files with both ratings, skipping ratings not relevant, suppressed or at
// level 0, and returns the files' skills, in order. An occupation's
// requirements are allocated once, for every file.
func (l *loader) requirements(files ...*ratedFile) []skill.Skill {
	files = slices.DeleteFunc(files, func(rf *ratedFile) bool { return rf == nil })
	// First the ratings to keep, and how many each occupation has.
	for _, rf := range files {
		for _, oc := range rf.occs {
			for e := range oc.rs {
				r := &oc.rs[e]
				switch {
				case r.line == 0:
				case !r.hasIM || !r.hasLV:
					l.ps.Add(rf.name, int(r.line), 0, "Scale ID", rolemodel.ErrInvalidValue, "occupation %s has only one of the IM and LV ratings of element %s", oc.o.role.Codes.ONetSOC, rf.elems[e].id)
					r.line = 0
				case r.notRelevant || r.suppressed || r.lv == 0:
					r.line = 0
				default:
					oc.o.nreq++
				}
			}
		}
	}
	var text []byte
	for _, rf := range files {
		for _, oc := range rf.occs {
			o := oc.o
			if o.role.Skills == nil {
				o.role.Skills = make([]skill.Requirement, 0, o.nreq)
				o.skillAt = make([]cell, 0, o.nreq)
			}
			for e := range oc.rs {
				r := &oc.rs[e]
				if r.line == 0 {
					continue
				}
				text = append(text[:0], "importance "...)
				text = strconv.AppendFloat(text, r.im, 'f', -1, 64)
				text = append(text, " of 5, level "...)
				text = strconv.AppendFloat(text, r.lv, 'f', -1, 64)
				text = append(text, " of 7"...)
				o.role.Skills = append(o.role.Skills, skill.Requirement{
					Skill:     rf.elems[e].skill.ID,
					Level:     skill.FromONetLevel(r.lv),
					Essential: r.im >= l.cfg.essential,
					Text:      string(text),
					Sources:   l.srcs,
				})
				o.skillAt = append(o.skillAt, r.at)
			}
		}
	}
	var out []skill.Skill
	ids := map[skill.ID]string{}    // the element each skill ID was made of
	skillNames := map[string]bool{} // the folded names of the skills of files without a nameSuffix
	for _, rf := range files {
		for _, e := range rf.elems {
			if rf.f.nameSuffix != "" && skillNames[names.Fold(e.skill.Name)] {
				e.skill.Name += rf.f.nameSuffix
			}
			if prev, dup := ids[e.skill.ID]; dup {
				l.ps.Add(rf.name, int(e.at.line), int(e.at.col), "Element Name", rolemodel.ErrDuplicate, "elements %s and %s have names that make the same skill ID %q", prev, e.id, e.skill.ID)
				continue
			}
			ids[e.skill.ID] = e.id
			if rf.f.nameSuffix == "" {
				skillNames[names.Fold(e.skill.Name)] = true
			}
			out = append(out, e.skill)
			l.skillAt = append(l.skillAt, skillCells{name: e.at, id: e.idAt})
		}
	}
	return out
}

func (l *loader) ratingProblem(t *table.Table, scale string, twice bool, v float64, want string) {
	if twice {
		l.cell(t, rolemodel.ErrDuplicate, "Scale ID", "a second %s rating for the same occupation and element", scale)
		return
	}
	l.cell(t, rolemodel.ErrInvalidValue, "Data Value", "%s rating %s is out of range: expected %s", scale, ftoa(v), want)
}

// number reads the named field of the current row as a finite number, or
// records a problem.
func (l *loader) number(t *table.Table, c column) (float64, bool) {
	s := c.get(t)
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		l.cell(t, rolemodel.ErrInvalidValue, c.name, "%q is not a number", s)
		return 0, false
	}
	return v, true
}
