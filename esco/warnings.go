package esco

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/report"
	"github.com/rolemodel/rolemodel/internal/table"
)

// Warnings lists the flaws of a download that Load took in without
// refusing it: what the European Commission's own files hold (ESCO v1.1.1
// has six skills without a skill type and 67 relations to an occupation
// its classification lacks) and what a user can check or correct. Each is
// a rolemodel.Problem naming the file, the line and column of the first
// record concerned and the column's header name, with a message that says
// what was found, how often, and what Load did about it; Kind is the kind
// the problem would have under Strict (rolemodel.ErrReference for a
// relation to a concept the download lacks, rolemodel.ErrInvalidValue for
// a value Load could not use).
//
// The zero value is an empty list. Load, LoadDir, LoadZips,
// ReadSkillRelations and Join fill it when given CollectWarnings; it is
// not safe for concurrent use while they do.
type Warnings struct {
	// Problems are the flaws, the first rolemodel.MaxProblems of them,
	// ordered by file and line.
	Problems []rolemodel.Problem
	// More counts the flaws found beyond those listed.
	More int
}

// Len returns the number of flaws found, listed or not.
func (w *Warnings) Len() int {
	if w == nil {
		return 0
	}
	return len(w.Problems) + w.More
}

// String describes the flaws on one line, as rolemodel.ValidationError's
// Error does: the first three, then how many more there are. It is ""
// when there are none.
func (w *Warnings) String() string {
	if w.Len() == 0 {
		return ""
	}
	e := rolemodel.ValidationError{Problems: w.Problems, More: w.More}
	_, rest, _ := strings.Cut(e.Error(), ": invalid catalog: ")
	return "esco: warnings: " + rest
}

// CollectWarnings makes Load (and ReadSkillRelations and Join) write to
// *w the flaws it accepted (see Warnings), replacing what *w held; a read
// that fails leaves *w empty. Without it they go unreported; with Strict
// there are none, since every flaw is an error. A nil w is ignored.
func CollectWarnings(w *Warnings) Option {
	return func(c *config) { c.warnings = w }
}

// Strict makes every flaw that would be accepted with a warning a problem
// of the error instead, as Load did before ESCO v1.1.1: a download with a
// relation to an unknown occupation or skill, a skill without a type, a
// concept whose status is not "released" or an occupation code Load cannot
// read is then refused, as are a skill related to itself
// (ReadSkillRelations) and crosswalk rows Join cannot use.
func Strict() Option {
	return func(c *config) { c.strict = true }
}

// flaws gathers the flaws of one load: as warnings, or, when strict, as
// problems of the load's error.
type flaws struct {
	strict bool
	errs   *report.Problems
	list   report.Problems
	// Relations to a concept the download lacks, counted by file, column
	// and URI, in the order first seen.
	refs  map[refKey]*refCount
	order []refKey
}

type refKey struct{ file, col, uri string }

type refCount struct {
	line, column int
	lines        []int // the first few lines, for the message
	last         int   // the line of the last record
	runs         bool  // whether the records are on consecutive lines
	n            int
	what, in     string
}

// flaw reports a flaw of the current record of t at the column col: a
// problem of the load's error when strict, a warning otherwise.
func (f *flaws) flaw(t *table.Table, col string, kind error, format string, args ...any) {
	if f.strict {
		t.Problem(col, kind, format, args...)
		return
	}
	line, column := t.Pos(col)
	f.list.Add(t.Name(), line, column, col, kind, format, args...)
}

// missing counts a relation, on the current record of t, to the concept
// uri of the column col, which the download's file in does not list (what
// is "occupation" or "skill"). Strict, it is a problem of its own;
// otherwise the relations to one concept make one warning (see report).
func (f *flaws) missing(t *table.Table, col, what, uri, in string) {
	if f.strict {
		t.Problem(col, rolemodel.ErrReference, "%s %q is not in %s", what, uri, in)
		return
	}
	k := refKey{t.Name(), col, uri}
	rc, ok := f.refs[k]
	if !ok {
		if f.refs == nil {
			f.refs = map[refKey]*refCount{}
		}
		line, column := t.Pos(col)
		rc = &refCount{line: line, column: column, what: what, in: in, runs: true}
		f.refs[k] = rc
		f.order = append(f.order, k)
	}
	if rc.n > 0 && t.Line() != rc.last+1 {
		rc.runs = false
	}
	rc.n++
	rc.last = t.Line()
	if len(rc.lines) < shownLines {
		rc.lines = append(rc.lines, t.Line())
	}
}

// shownLines is how many lines a warning about relations to a missing
// concept names before it counts the rest.
const shownLines = 5

// report writes the warnings to w, when not nil: first one warning per
// missing concept, then the rest, all ordered by file and line.
func (f *flaws) report(w *Warnings) {
	if w == nil {
		return
	}
	for _, k := range f.order {
		rc := f.refs[k]
		them := "they are"
		if rc.n == 1 {
			them = "it is"
		}
		f.list.Add(k.file, rc.line, rc.column, k.col, rolemodel.ErrReference, "%s %s %q, which %s does not list, on %s: %s left out",
			count(rc.n, "relation names", "relations name"), rc.what, k.uri, rc.in, rc.where(), them)
	}
	err, _ := f.list.Err().(*rolemodel.ValidationError)
	*w = Warnings{}
	if err != nil {
		w.Problems, w.More = err.Problems, err.More
		slices.SortStableFunc(w.Problems, func(a, b rolemodel.Problem) int {
			return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
		})
	}
}

// count writes n with the singular or the plural that follows it.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// where names the lines of the records counted: "line 7", "lines 7 to
// 73" for consecutive lines, "lines 7, 9 and 12", or "lines 7, 9, 12, 15,
// 20 and 62 more up to line 900".
func (rc *refCount) where() string {
	lines, n := rc.lines, rc.n
	switch {
	case n == 1:
		return fmt.Sprintf("line %d", lines[0])
	case rc.runs && n > 2:
		return fmt.Sprintf("lines %d to %d", lines[0], rc.last)
	}
	var b strings.Builder
	b.WriteString("lines ")
	for i, l := range lines {
		switch {
		case i == 0:
		case i == len(lines)-1 && n == len(lines):
			b.WriteString(" and ")
		default:
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d", l)
	}
	if n > len(lines) {
		fmt.Fprintf(&b, " and %d more up to line %d", n-len(lines), rc.last)
	}
	return b.String()
}
