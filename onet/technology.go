package onet

import (
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/table"
	"github.com/rolemodel/rolemodel/role"
)

// technologies reads Technology Skills: one role.Technology per row, the
// product (Example) with its category (Commodity Title and Code) and the
// Hot Technology and In Demand flags.
func (l *loader) technologies() {
	t, ok := l.open(TechnologyFile, "O*NET-SOC Code", "Example")
	if !ok {
		return
	}
	var (
		nameCol   = l.column(t, "Example")
		codeCol   = l.column(t, "Commodity Code")
		titleCol  = l.column(t, "Commodity Title")
		hotCol    = l.column(t, "Hot Technology")
		demandCol = l.column(t, "In Demand")
	)
	type key struct{ example, code string }
	// Products and categories repeat across occupations (32,681 rows name
	// 8,775 products in 135 categories in 29.3): each distinct one is
	// copied out of the file's text once, so that the catalog keeps a
	// megabyte of names rather than the whole file.
	names := map[string]string{}
	intern := func(s string) string {
		if v, ok := names[s]; ok {
			return v
		}
		c := strings.Clone(s)
		names[c] = c
		return c
	}
	// g gathers the rows of one occupation, which the file lists together,
	// so that its list is allocated once; seen holds the group's products
	// and the lines they are on.
	var g group[role.Technology, techCells]
	seen := map[key]int{}
	g.start = func(o *occupation) {
		clear(seen)
		for i, x := range o.role.Technologies { // rows of o seen before, elsewhere in the file
			seen[key{x.Name, x.CategoryCode}] = int(o.techAt[i].name.line)
		}
	}
	g.flush = func(o *occupation, xs []role.Technology, at []techCells) {
		o.role.Technologies = appendExact(o.role.Technologies, xs)
		o.techAt = appendExact(o.techAt, at)
	}
	for t.Next() {
		o := l.known(t, "O*NET-SOC Code")
		if o == nil {
			continue
		}
		g.to(o)
		name := nameCol.get(t)
		if name == "" {
			l.cell(t, rolemodel.ErrInvalidValue, "Example", "the technology has no name")
			continue
		}
		code := codeCol.get(t)
		if code != "" && !isDigits(code, 8) {
			l.cell(t, rolemodel.ErrInvalidValue, "Commodity Code", "%q is not a commodity code: expected the eight digits of a UNSPSC commodity, such as 43232701", code)
			continue
		}
		if l.blankName(t, titleCol, "category") {
			continue
		}
		k := key{name, code}
		if prev, dup := seen[k]; dup {
			l.cell(t, rolemodel.ErrDuplicate, "Example", "%q is listed twice for occupation %s (first on line %d)", name, o.role.Codes.ONetSOC, prev)
			continue
		}
		seen[k] = t.Line()
		hot, ok1 := l.flag(t, hotCol)
		demand, ok2 := l.flag(t, demandCol)
		if !ok1 || !ok2 {
			continue
		}
		g.add(role.Technology{
			Name: intern(name), Category: intern(titleCol.get(t)), CategoryCode: intern(code),
			Hot: hot, InDemand: demand, Sources: l.srcs,
		}, techCells{name: l.cellAt(t, nameCol), category: l.cellAt(t, titleCol), code: l.cellAt(t, codeCol)})
	}
	g.to(nil)
}

// flag reads a Y/N column: Y is true, N or nothing (a file without the
// column) false.
func (l *loader) flag(t *table.Table, c column) (v, ok bool) {
	switch s := c.get(t); s {
	case "Y":
		return true, true
	case "N", "":
		return false, true
	default:
		l.cell(t, rolemodel.ErrInvalidValue, c.name, "%q is not a flag: expected Y or N", s)
		return false, false
	}
}

// group gathers the values read from consecutive rows of one occupation
// and hands them to flush when the rows move on to another occupation, so
// that each occupation's list is allocated once, at its size, rather than
// grown row by row. O*NET's files list an occupation's rows together;
// where they do not, the occupation gets several groups, each appended.
type group[T, C any] struct {
	o  *occupation
	xs []T
	at []C
	// start, if set, is called as the rows of an occupation begin.
	start func(o *occupation)
	// flush receives an occupation's values and cells; the slices are
	// reused afterwards.
	flush func(o *occupation, xs []T, at []C)
}

// to starts the group of occupation o, flushing the one before; to(nil)
// flushes the last group.
func (g *group[T, C]) to(o *occupation) {
	if o == g.o {
		return
	}
	if g.o != nil && len(g.xs) > 0 {
		g.flush(g.o, g.xs, g.at)
	}
	clear(g.xs) // drop references for the collector
	g.o, g.xs, g.at = o, g.xs[:0], g.at[:0]
	if o != nil && g.start != nil {
		g.start(o)
	}
}

func (g *group[T, C]) add(x T, at C) {
	g.xs = append(g.xs, x)
	g.at = append(g.at, at)
}

// appendExact appends more to s, allocating once, for exactly the
// elements both hold (append would leave room to grow).
func appendExact[T any](s, more []T) []T {
	out := make([]T, len(s), len(s)+len(more))
	copy(out, s)
	return append(out, more...)
}
