package onet

import (
	"math"
	"strconv"
	"strings"

	"github.com/rolemodel/rolemodel"
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
	// soft reports whether the element is a soft skill.
	soft func(elementID string) bool
}

var (
	// skillFile is Skills: 35 skills, those of the Social Skills group
	// (2.B.1.*) soft.
	skillFile = ratingFile{file: FileSkills, what: "skill", category: "O*NET skill ",
		soft: func(id string) bool { return strings.HasPrefix(id, "2.B.1.") }}
	// knowledgeFile is Knowledge: 33 knowledge areas, hard skills whose
	// IDs end in "-knowledge" ("mathematics-knowledge"), since the Skills
	// file has a skill of the same name (Mathematics, 2.A.1.e and 2.C.4.a).
	knowledgeFile = ratingFile{file: FileKnowledge, what: "knowledge area", category: "O*NET knowledge ", idSuffix: "-knowledge",
		soft: func(string) bool { return false }}
)

// ratings reads a file of IM and LV ratings: a skill per element, and a
// requirement per occupation and element from its two ratings, appended
// to the occupation's skills. It returns the file's skills, in the order
// their elements first appear.
func (l *loader) ratings(f ratingFile) []skill.Skill {
	t, ok := l.open(f.file, "O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value")
	if !ok {
		return nil
	}
	type rating struct {
		o            *occupation
		elem         int // index into elems
		im, lv       float64
		hasIM, hasLV bool
		notRelevant  bool
		suppressed   bool
		line         int
		at           cell
	}
	type key struct {
		o   *occupation
		eid string
	}
	type element struct {
		id    string // O*NET's element ID
		skill skill.Skill
		at    cell
	}
	var (
		rs     []rating
		index  = map[key]int32{}
		elems  []element
		elemOf = map[string]int{}
	)
	nameCol := l.column(t, "Element Name")
	for t.Next() {
		o := l.known(t, "O*NET-SOC Code")
		if o == nil {
			continue
		}
		eid, name := t.Get("Element ID"), t.Get("Element Name")
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
			e = len(elems)
			elemOf[eid] = e
			elems = append(elems, element{id: eid, at: l.cellAt(t, nameCol),
				skill: skill.Skill{ID: sid, Name: name, Kind: kind, Category: f.category + eid, Sources: l.srcs}})
		case elems[e].skill.Name != name:
			l.cell(t, rolemodel.ErrInvalidValue, "Element Name", "element %s is named %q here and %q before", eid, name, elems[e].skill.Name)
			continue
		}
		v, ok := l.number(t, "Data Value")
		if !ok {
			continue
		}
		k := key{o, eid}
		i, ok := index[k]
		if !ok {
			i = int32(len(rs))
			index[k] = i
			rs = append(rs, rating{o: o, elem: e, line: t.Line(), at: l.cellAt(t, nameCol)})
		}
		r := &rs[i]
		// O*NET flags estimates too imprecise to use ("Recommend Suppress").
		r.suppressed = r.suppressed || t.Get("Recommend Suppress") == "Y"
		switch scale := t.Get("Scale ID"); scale {
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
			r.notRelevant = t.Get("Not Relevant") == "Y"
		default:
			l.cell(t, rolemodel.ErrInvalidValue, "Scale ID", "%q is not a scale of the %s file: expected IM (importance) or LV (level)", scale, strings.TrimSuffix(f.file, ".txt"))
		}
	}
	for i := range rs {
		r := &rs[i]
		e := &elems[r.elem]
		if !r.hasIM || !r.hasLV {
			l.ps.Add(t.Name(), r.line, 0, "Scale ID", rolemodel.ErrInvalidValue, "occupation %s has only one of the IM and LV ratings of element %s", r.o.role.Codes.ONetSOC, e.id)
			continue
		}
		if r.notRelevant || r.suppressed || r.lv == 0 {
			continue
		}
		r.o.role.Skills = append(r.o.role.Skills, skill.Requirement{
			Skill:     e.skill.ID,
			Level:     skill.FromONetLevel(r.lv),
			Essential: r.im >= l.cfg.essential,
			Text:      "importance " + ftoa(r.im) + " of 5, level " + ftoa(r.lv) + " of 7",
			Sources:   l.srcs,
		})
		r.o.skillAt = append(r.o.skillAt, r.at)
	}
	out := make([]skill.Skill, 0, len(elems))
	if l.skillIDs == nil {
		l.skillIDs = map[skill.ID]string{}
	}
	for _, e := range elems {
		if prev, dup := l.skillIDs[e.skill.ID]; dup {
			l.ps.Add(t.Name(), int(e.at.line), int(e.at.col), "Element Name", rolemodel.ErrDuplicate, "elements %s and %s have names that make the same skill ID %q", prev, e.id, e.skill.ID)
			continue
		}
		l.skillIDs[e.skill.ID] = e.id
		out = append(out, e.skill)
		l.skillAt = append(l.skillAt, e.at)
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
func (l *loader) number(t *table.Table, col string) (float64, bool) {
	s := t.Get(col)
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		l.cell(t, rolemodel.ErrInvalidValue, col, "%q is not a number", s)
		return 0, false
	}
	return v, true
}
