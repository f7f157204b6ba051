package onet

import (
	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/table"
	"github.com/rolemodel/rolemodel/role"
)

// technologies reads Technology Skills: one role.Technology per row, the
// product (Example) with its category (Commodity Title and Code) and the
// Hot Technology and In Demand flags.
func (l *loader) technologies() {
	t, ok := l.open(FileTechnology, "O*NET-SOC Code", "Example")
	if !ok {
		return
	}
	nameCol := l.column(t, "Example")
	type key struct {
		o             *occupation
		example, code string
	}
	seen := map[key]int{}
	for t.Next() {
		o := l.known(t, "O*NET-SOC Code")
		if o == nil {
			continue
		}
		name := t.Get("Example")
		if name == "" {
			l.cell(t, rolemodel.ErrInvalidValue, "Example", "the technology has no name")
			continue
		}
		code := t.Get("Commodity Code")
		if code != "" && !isDigits(code, 8) {
			l.cell(t, rolemodel.ErrInvalidValue, "Commodity Code", "%q is not a commodity code: expected the eight digits of a UNSPSC commodity, such as 43232701", code)
			continue
		}
		k := key{o, name, code}
		if prev, dup := seen[k]; dup {
			l.cell(t, rolemodel.ErrDuplicate, "Example", "%q is listed twice for occupation %s (first on line %d)", name, o.role.Codes.ONetSOC, prev)
			continue
		}
		seen[k] = t.Line()
		hot, ok1 := l.flag(t, "Hot Technology")
		demand, ok2 := l.flag(t, "In Demand")
		if !ok1 || !ok2 {
			continue
		}
		o.role.Technologies = append(o.role.Technologies, role.Technology{
			Name: name, Category: t.Get("Commodity Title"), CategoryCode: code,
			Hot: hot, InDemand: demand, Sources: l.srcs,
		})
		o.techAt = append(o.techAt, l.cellAt(t, nameCol))
	}
}

// flag reads a Y/N column: Y is true, N or nothing (a file without the
// column) false.
func (l *loader) flag(t *table.Table, col string) (v, ok bool) {
	switch s := t.Get(col); s {
	case "Y":
		return true, true
	case "N", "":
		return false, true
	default:
		l.cell(t, rolemodel.ErrInvalidValue, col, "%q is not a flag: expected Y or N", s)
		return false, false
	}
}
