package onet

import (
	"strconv"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/role"
)

// tasks reads Task Statements: one responsibility per task, primary for a
// Core task, secondary for a Supplemental one, unranked for a task O*NET
// has not rated (no type), with O*NET's Task ID as its ID.
func (l *loader) tasks() {
	t, ok := l.open(TasksFile, "O*NET-SOC Code", "Task ID", "Task")
	if !ok {
		return
	}
	var (
		idCol   = l.column(t, "Task ID")
		textCol = l.column(t, "Task")
		typeCol = l.column(t, "Task Type")
	)
	var g group[role.Responsibility, cell]
	g.flush = func(o *occupation, xs []role.Responsibility, at []cell) {
		o.role.Responsibilities = appendExact(o.role.Responsibilities, xs)
		o.respAt = appendExact(o.respAt, at)
	}
	seen := map[uint32]int{} // task ID → line
	for t.Next() {
		o := l.known(t, "O*NET-SOC Code")
		if o == nil {
			continue
		}
		g.to(o)
		id := idCol.get(t)
		if !isDigits(id, 9) {
			l.cell(t, rolemodel.ErrInvalidValue, "Task ID", "%q is not a task ID: expected a whole number such as 8823", id)
			continue
		}
		n, _ := strconv.ParseUint(id, 10, 32) // nine digits at most
		if prev, dup := seen[uint32(n)]; dup {
			l.cell(t, rolemodel.ErrDuplicate, "Task ID", "task %s is listed twice (first on line %d)", id, prev)
			continue
		}
		seen[uint32(n)] = t.Line()
		text := textCol.get(t)
		if text == "" {
			l.cell(t, rolemodel.ErrInvalidValue, "Task", "task %s has no text", id)
			continue
		}
		var p role.Priority
		switch typ := typeCol.get(t); typ {
		case "Core":
			p = role.Primary
		case "Supplemental":
			p = role.Secondary
		case "", "n/a": // a task without ratings; "n/a" in the text release
		default:
			l.cell(t, rolemodel.ErrInvalidValue, "Task Type", "%q is not a task type: expected Core, Supplemental or nothing (a task O*NET has not rated)", typ)
			continue
		}
		g.add(role.Responsibility{Text: text, Priority: p, Sources: l.srcs, ID: id}, l.cellAt(t, textCol))
	}
	g.to(nil)
}

// isDigits reports whether s is 1 to n ASCII digits.
func isDigits(s string, n int) bool {
	if s == "" || len(s) > n {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
