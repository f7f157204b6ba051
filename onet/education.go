package onet

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/table"
	"github.com/rolemodel/rolemodel/role"
)

// The scales of Education, Training, and Experience. RL and RW become
// distributions of education and experience; the others are checked and
// not kept, as the model has no place for them yet.
const (
	scaleEducation  = "RL" // Required Level of Education, categories 1-12
	scaleExperience = "RW" // Related Work Experience, categories 1-11
)

// eteSkipped are the other scales the file has: on-site or in-plant
// training (PT) and on-the-job training (OJ), in categories, and the
// importance (IM) of a professional certification and of an
// apprenticeship.
var eteSkipped = map[string]bool{"PT": true, "OJ": true, "IM": true}

type categoryKey struct {
	scale string
	n     int
}

// educationCategories reads Education, Training, and Experience
// Categories: the name of each category of each scale. It returns nil when
// the release lacks the file.
func (l *loader) educationCategories() map[categoryKey]string {
	t, ok := l.open(EducationCatsFile, "Scale ID", "Category", "Category Description")
	if !ok {
		return nil
	}
	out := map[categoryKey]string{}
	lines := map[categoryKey]int{}
	catCol := l.column(t, "Category")
	for t.Next() {
		n, ok := l.category(t, catCol)
		if !ok {
			continue
		}
		k := categoryKey{get(t, "Scale ID"), n}
		if prev, dup := lines[k]; dup {
			l.cell(t, rolemodel.ErrDuplicate, "Category", "category %d of scale %s is listed twice (first on line %d)", n, k.scale, prev)
			continue
		}
		lines[k] = t.Line()
		desc := get(t, "Category Description")
		if desc == "" {
			l.cell(t, rolemodel.ErrInvalidValue, "Category Description", "category %d of scale %s has no description", n, k.scale)
			continue
		}
		out[k] = categoryName(desc)
	}
	return out
}

// categoryName is the name of a category: its description up to the
// explanation O*NET adds after " - " ("Post-Secondary Certificate -
// awarded for training completed after high school ..." is
// "Post-Secondary Certificate").
func categoryName(desc string) string {
	name, _, _ := strings.Cut(desc, " - ")
	return strings.TrimSpace(name)
}

// category reads the Category column: a whole number from 1.
func (l *loader) category(t *table.Table, c column) (int, bool) {
	s := c.get(t)
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 99 || !isDigits(s, 2) {
		t.Problem("Category", rolemodel.ErrInvalidValue, "%q is not a category: expected a whole number from 1", s)
		return 0, false
	}
	return n, true
}

// education reads Education, Training, and Experience: for each
// occupation, the distribution of the education its respondents say it
// requires (RL) as a role.Education entry, and of the related work
// experience (RW) as a role.Experience entry, each with its most common
// category in words.
func (l *loader) education() {
	names := l.educationCategories()
	t, ok := l.open(EducationFile, "O*NET-SOC Code", "Scale ID", "Category", "Data Value")
	if !ok {
		return
	}
	type share struct {
		n       int
		percent float64
		low     bool
		line    int
	}
	type dist struct {
		o           *occupation
		scale       string
		respondents string
		shares      []share
		at          cell
	}
	type key struct {
		o     *occupation
		scale string
	}
	var dists []dist
	index := map[key]int{}
	var (
		catCol      = l.column(t, "Category")
		scaleCol    = l.column(t, "Scale ID")
		suppressCol = l.column(t, "Recommend Suppress")
		nCol        = l.column(t, "N")
		valueCol    = l.column(t, "Data Value")
	)
	for t.Next() {
		o := l.known(t, "O*NET-SOC Code")
		if o == nil {
			continue
		}
		scale := scaleCol.get(t)
		if scale != scaleEducation && scale != scaleExperience {
			if !eteSkipped[scale] {
				l.cell(t, rolemodel.ErrInvalidValue, "Scale ID", "%q is not a scale of the Education, Training, and Experience file: expected RL (required level of education), RW (related work experience), PT, OJ or IM", scale)
			}
			continue
		}
		n, ok := l.category(t, catCol)
		if !ok {
			continue
		}
		if _, known := names[categoryKey{scale, n}]; names != nil && !known {
			l.cell(t, rolemodel.ErrReference, "Category", "category %d of scale %s is not in %s", n, scale, EducationCatsFile)
			continue
		}
		v, ok := l.number(t, valueCol)
		if !ok {
			continue
		}
		if v < 0 || v > 100 {
			l.cell(t, rolemodel.ErrInvalidValue, "Data Value", "%s is not a percentage: expected 0 to 100", ftoa(v))
			continue
		}
		k := key{o, scale}
		i, ok := index[k]
		if !ok {
			i = len(dists)
			index[k] = i
			dists = append(dists, dist{o: o, scale: scale, respondents: nCol.get(t), at: l.cellAt(t, catCol), shares: make([]share, 0, 12)})
		}
		d := &dists[i]
		if j := slices.IndexFunc(d.shares, func(s share) bool { return s.n == n }); j >= 0 {
			l.cell(t, rolemodel.ErrDuplicate, "Category", "a second value for category %d of scale %s of occupation %s (first on line %d)", n, scale, o.role.Codes.ONetSOC, d.shares[j].line)
			continue
		}
		d.shares = append(d.shares, share{n: n, percent: v, low: suppressCol.get(t) == "Y", line: t.Line()})
	}
	for i := range dists {
		d := &dists[i]
		slices.SortFunc(d.shares, func(a, b share) int { return cmp.Compare(a.n, b.n) })
		out := make([]role.Share, len(d.shares))
		for j, s := range d.shares {
			name, ok := names[categoryKey{d.scale, s.n}]
			if !ok {
				name = "Category " + strconv.Itoa(s.n)
			}
			out[j] = role.Share{Category: name, Percent: s.percent, LowPrecision: s.low}
		}
		what := "Required level of education"
		if d.scale == scaleExperience {
			what = "Related work experience"
		}
		text := distributionText(what, d.respondents, out)
		if d.scale == scaleEducation {
			d.o.role.Education = append(d.o.role.Education, role.Education{Text: text, Distribution: out, Sources: l.srcs})
			d.o.eduAt = append(d.o.eduAt, d.at)
		} else {
			d.o.role.Experience = append(d.o.role.Experience, role.Experience{Text: text, Distribution: out, Sources: l.srcs})
			d.o.expAt = append(d.o.expAt, d.at)
		}
	}
}

// distributionText states a distribution's most common category (all of
// them where several share the largest percentage) in words:
// "Required level of education, as 26 respondents to O*NET's survey
// report it: most often Bachelor's Degree (47.68%)."
func distributionText(what, respondents string, shares []role.Share) string {
	var b strings.Builder
	b.WriteString(what)
	if isDigits(respondents, 9) {
		b.WriteString(", as " + respondents + " respondents to O*NET's survey report it: ")
	} else {
		b.WriteString(", as respondents to O*NET's survey report it: ")
	}
	top := 0.0
	for _, s := range shares {
		top = max(top, s.Percent)
	}
	if top == 0 {
		b.WriteString("no category has respondents.")
		return b.String()
	}
	var modes []string
	low := false
	for _, s := range shares {
		if s.Percent == top {
			modes = append(modes, s.Category)
			low = low || s.LowPrecision
		}
	}
	b.WriteString("most often ")
	if len(modes) == 1 {
		b.WriteString(modes[0] + " (" + ftoa(top) + "%)")
	} else {
		b.WriteString(strings.Join(modes[:len(modes)-1], ", ") + " and " + modes[len(modes)-1] + " (" + ftoa(top) + "% each)")
	}
	if low {
		b.WriteString(", an estimate O*NET flags as imprecise")
	}
	b.WriteString(".")
	return b.String()
}
