package onet

import (
	"strconv"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/role"
)

// The elements of O*NET's Interests file: the six RIASEC types, rated on
// the OI scale (1-7), and the first, second and third high points, on the
// IH scale (0 none, 1 Realistic ... 6 Conventional).
var (
	riasecElements    = map[string]int{"1.B.1.a": 0, "1.B.1.b": 1, "1.B.1.c": 2, "1.B.1.d": 3, "1.B.1.e": 4, "1.B.1.f": 5}
	highPointElements = map[string]int{"1.B.1.g": 0, "1.B.1.h": 1, "1.B.1.i": 2}
	riasecNames       = [6]string{"Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"}
)

// interests reads Interests: each occupation's six RIASEC scores and its
// high-point code, as a role.Interests.
func (l *loader) interests() {
	t, ok := l.open(InterestsFile, "O*NET-SOC Code", "Element ID", "Scale ID", "Data Value")
	if !ok {
		return
	}
	type rated struct {
		o       *occupation
		scores  [6]float64
		lines   [6]int
		high    [3]int
		highAt  [3]int // line, 0 when absent
		line    int
		at      cell
		invalid bool
	}
	var all []rated
	index := map[*occupation]int{}
	var (
		codeCol  = l.column(t, "O*NET-SOC Code")
		idCol    = l.column(t, "Element ID")
		scaleCol = l.column(t, "Scale ID")
		valueCol = l.column(t, "Data Value")
	)
	for t.Next() {
		o := l.known(t, "O*NET-SOC Code")
		if o == nil {
			continue
		}
		i, ok := index[o]
		if !ok {
			i = len(all)
			index[o] = i
			all = append(all, rated{o: o, line: t.Line(), at: l.cellAt(t, codeCol)})
		}
		r := &all[i]
		eid := idCol.get(t)
		switch scale := scaleCol.get(t); scale {
		case "OI":
			k, ok := riasecElements[eid]
			if !ok {
				l.cell(t, rolemodel.ErrInvalidValue, "Element ID", "%q is not a RIASEC type: expected 1.B.1.a (Realistic) to 1.B.1.f (Conventional)", eid)
				r.invalid = true
				continue
			}
			if r.lines[k] != 0 {
				l.cell(t, rolemodel.ErrDuplicate, "Element ID", "a second %s score for occupation %s (first on line %d)", riasecNames[k], o.role.Codes.ONetSOC, r.lines[k])
				continue
			}
			v, ok := l.number(t, valueCol)
			if !ok || v < 1 || v > 7 {
				if ok {
					l.cell(t, rolemodel.ErrInvalidValue, "Data Value", "OI score %s is out of range: expected 1 to 7", ftoa(v))
				}
				r.invalid = true
				continue
			}
			r.scores[k], r.lines[k] = v, t.Line()
		case "IH":
			k, ok := highPointElements[eid]
			if !ok {
				l.cell(t, rolemodel.ErrInvalidValue, "Element ID", "%q is not a high point: expected 1.B.1.g (first), 1.B.1.h (second) or 1.B.1.i (third)", eid)
				r.invalid = true
				continue
			}
			if r.highAt[k] != 0 {
				l.cell(t, rolemodel.ErrDuplicate, "Element ID", "a second value for high point %d of occupation %s (first on line %d)", k+1, o.role.Codes.ONetSOC, r.highAt[k])
				continue
			}
			s := valueCol.get(t)
			v, err := strconv.Atoi(s)
			if err != nil || v < 0 || v > 6 || !isDigits(s, 1) {
				l.cell(t, rolemodel.ErrInvalidValue, "Data Value", "%q is not a high point: expected 0 (none) or 1 (Realistic) to 6 (Conventional)", s)
				r.invalid = true
				continue
			}
			r.high[k], r.highAt[k] = v, t.Line()
		default:
			l.cell(t, rolemodel.ErrInvalidValue, "Scale ID", "%q is not a scale of the Interests file: expected OI (occupational interests) or IH (high points)", scale)
		}
	}
	for i := range all {
		r := &all[i]
		if r.invalid {
			continue // reported
		}
		var missing []string
		for k, line := range r.lines {
			if line == 0 {
				missing = append(missing, riasecNames[k])
			}
		}
		if len(missing) > 0 {
			l.ps.Add(t.Name(), r.line, 0, "Element ID", rolemodel.ErrInvalidValue, "occupation %s has %d of the six RIASEC scores: %s missing", r.o.role.Codes.ONetSOC, 6-len(missing), strings.Join(missing, ", "))
			continue
		}
		code, ok := highPointCode(r.high)
		if !ok {
			l.ps.Add(t.Name(), max(r.highAt[0], r.highAt[1], r.highAt[2]), 0, "Data Value", rolemodel.ErrInvalidValue,
				"occupation %s has high points %d, %d, %d: expected distinct types, and none after a 0 (none)", r.o.role.Codes.ONetSOC, r.high[0], r.high[1], r.high[2])
			continue
		}
		s := r.scores
		r.o.role.Interests = &role.Interests{
			Realistic: s[0], Investigative: s[1], Artistic: s[2], Social: s[3], Enterprising: s[4], Conventional: s[5],
			HighPoint: code, Sources: l.srcs,
		}
		r.o.interestsAt = r.at
	}
}

// highPointCode makes the letters of high points 1-6 (0 none): {2, 6, 1}
// is "ICR". ok is false for a repeated type or a type after a 0.
func highPointCode(h [3]int) (string, bool) {
	var b []byte
	for k, v := range h {
		switch {
		case v == 0:
			continue
		case len(b) < k, strings.IndexByte(string(b), role.RIASEC[v-1]) >= 0:
			return "", false
		}
		b = append(b, role.RIASEC[v-1])
	}
	return string(b), true
}
