// Package report collects the problems an importer finds in the files it
// reads, for packages onet, esco and ddat: every problem up to a cap, then a
// count of the rest, returned as one *rolemodel.ValidationError.
package report

import (
	"fmt"

	"github.com/rolemodel/rolemodel"
)

// Max bounds the problems one read lists, so that a file of a million bad
// rows gives a readable error, not a million lines of it.
const Max = 100

// Problems collects the problems of one read. The zero value is empty and
// ready to use.
type Problems struct {
	list    []rolemodel.Problem
	dropped int // problems found beyond Max
}

// Add records a problem at file, line and column (0 when not known), in the
// field or column named path.
func (p *Problems) Add(file string, line, col int, path string, kind error, format string, args ...any) {
	if len(p.list) >= Max {
		p.dropped++
		return
	}
	p.list = append(p.list, rolemodel.Problem{File: file, Line: line, Column: col, Path: path, Message: fmt.Sprintf(format, args...), Kind: kind})
}

// Count returns how many problems were found, listed or not.
func (p *Problems) Count() int { return len(p.list) + p.dropped }

// Err returns nil when no problem was found, and otherwise a
// *rolemodel.ValidationError listing them, with a last problem that counts
// those beyond Max.
func (p *Problems) Err() error {
	if len(p.list) == 0 {
		return nil
	}
	list := p.list
	if p.dropped > 0 {
		list = append(list[:len(list):len(list)], rolemodel.Problem{Message: fmt.Sprintf("and %d more problems", p.dropped), Kind: list[len(list)-1].Kind})
	}
	return &rolemodel.ValidationError{Problems: list}
}
