package rolemodel

import (
	"errors"
	"fmt"
	"strings"

	"github.com/rolemodel/rolemodel/internal/names"
	"github.com/rolemodel/rolemodel/internal/problem"
	"github.com/rolemodel/rolemodel/role"
)

// Similar returns up to n role names (titles and aliases) that look like
// title, best first, the way a person would rank them: names whose words
// match title's words (equal words, then abbreviations by prefix such as
// "Tech" for "Technical", then words one edit away such as "Sofware" for
// "Software"), more matched words and fewer extra words first; then names
// within a few edits as a whole. Names shorter than three characters are
// never suggested. It is meant for "did you mean" messages when Lookup
// finds nothing.
//
// The first call builds an index of the catalog's names (about 60 ms for
// O*NET 29.3's 61,000 names); later calls look words up in it rather than
// scanning every name.
func (c *Catalog) Similar(title string, n int) []string {
	if c == nil || n <= 0 {
		return nil
	}
	s := c.suggest
	if s == nil {
		s = &suggestIndex{} // the zero Catalog: empty, built each time
	}
	s.once.Do(func() {
		var all []string
		for _, r := range c.p.Roles {
			all = append(all, r.Names()...)
		}
		s.index = names.NewIndex(all)
	})
	return s.index.Suggest(title, n)
}

// UnknownTitleError reports a title no role has, with the closest names.
type UnknownTitleError struct {
	Title   string   // the title as given
	Similar []string // up to three close names, closest first
}

// Error describes the problem in one line, quoting the offending input
// escaped and cut to 200 bytes, a title's limit (problem.Quote), and each
// suggestion likewise.
func (e *UnknownTitleError) Error() string {
	msg := "no role is called " + quoteTitle(e.Title)
	if len(e.Similar) > 0 {
		q := make([]string, len(e.Similar))
		for i, s := range e.Similar {
			q[i] = quoteTitle(s)
		}
		msg += "; did you mean " + strings.Join(q, " or ") + "?"
	}
	return msg
}

// Unwrap returns ErrUnknownRole.
func (e *UnknownTitleError) Unwrap() error { return ErrUnknownRole }

// AmbiguousTitleError reports a name that several roles share, none of
// them as its title, so that a program can ask which one was meant.
type AmbiguousTitleError struct {
	Title string    // the name as given
	Roles []role.ID // every role with that name, in ID order
	// Titles are the titles of Roles, in the same order.
	Titles []string
}

// Error describes the problem in one line, quoting the offending input
// escaped and cut to 200 bytes, a title's limit (problem.Quote), and each
// role's title likewise; the IDs are escaped and cut (problem.Text).
func (e *AmbiguousTitleError) Error() string {
	q := make([]string, len(e.Roles))
	for i, id := range e.Roles {
		t := ""
		if i < len(e.Titles) {
			t = e.Titles[i]
		}
		q[i] = quoteTitle(t) + " (" + problem.Text(string(id), problem.MaxQuoteID) + ")"
	}
	return fmt.Sprintf("%s names %d roles: %s", quoteTitle(e.Title), len(e.Roles), strings.Join(q, ", "))
}

// maxQuoteTitle is the most bytes of a title an error quotes: a catalog's
// titles are at most 200 characters (role.Role's validate tag).
const maxQuoteTitle = 200

// quoteTitle quotes a title for an error, escaped and cut (problem.Quote).
func quoteTitle(s string) string { return problem.Quote(s, maxQuoteTitle) }

// Unwrap returns ErrAmbiguousTitle.
func (e *AmbiguousTitleError) Unwrap() error { return ErrAmbiguousTitle }

// ErrAmbiguousTitle is what an *AmbiguousTitleError unwraps to.
var ErrAmbiguousTitle = errors.New("ambiguous title")

// Find is Lookup with an error for programs to show: an unknown title gives
// an *UnknownTitleError naming close matches, and a name several roles share
// an *AmbiguousTitleError listing them.
func (c *Catalog) Find(title string) (role.Role, error) {
	if r, ok := c.Lookup(title); ok {
		return r, nil
	}
	if all := c.LookupAll(title); len(all) > 1 {
		e := &AmbiguousTitleError{Title: title}
		for _, r := range all {
			e.Roles = append(e.Roles, r.ID)
			e.Titles = append(e.Titles, r.Title)
		}
		return role.Role{}, e
	}
	return role.Role{}, &UnknownTitleError{Title: title, Similar: c.Similar(title, 3)}
}
