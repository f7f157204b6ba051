// Package report collects the problems an importer finds in the files it
// reads (packages onet, esco, ddat, progression) into the module's one
// problem list, internal/problem: the first problem.Max listed, the rest
// counted, every text made safe to log; Err returns them as one
// *rolemodel.ValidationError.
package report

import (
	"errors"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/limitio"
	"github.com/rolemodel/rolemodel/internal/problem"
)

// Max bounds the problems one read lists, so that a file of a million bad
// rows gives a readable error, not a million lines of it: the one cap of
// internal/problem.
const Max = problem.Max

// Problems collects the problems of one read. The zero value is empty and
// ready to use.
type Problems struct {
	list problem.List
}

// Add records a problem at file, line and column (0 when not known), in the
// field or column named path.
func (p *Problems) Add(file string, line, col int, path string, kind error, format string, args ...any) {
	p.list.Addf(file, line, col, path, kind, format, args...)
}

// AddIO records a failure to read a file (an *limitio.Error, or any error
// of opening or reading name) as every loader reports one: a problem of
// kind rolemodel.ErrUnreadable (wrapping the cause) or, for a file over its
// limit, rolemodel.ErrTooLarge. hint, when not empty, is added to the
// message of a file over its limit, naming the option that sets it.
func (p *Problems) AddIO(name string, err error, hint string) {
	e := limitio.Fail(name, err)
	pr := e.Problem()
	if hint != "" && errors.Is(e.Err, limitio.ErrTooLarge) {
		pr.Message += " (" + hint + ")"
	}
	p.list.Add(pr)
}

// Count returns how many problems were found, listed or not.
func (p *Problems) Count() int { return p.list.Count() }

// Err returns nil when no problem was found, and otherwise a
// *rolemodel.ValidationError listing the first Max of them and counting the
// rest in its More.
func (p *Problems) Err() error {
	if p.list.Count() == 0 {
		return nil
	}
	items := p.list.Items()
	ps := make([]rolemodel.Problem, len(items))
	for i, pr := range items {
		ps[i] = rolemodel.Problem(pr)
	}
	return &rolemodel.ValidationError{Problems: ps, More: p.list.More()}
}
