package progression

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/decode"
	"github.com/rolemodel/rolemodel/internal/limitio"
	"github.com/rolemodel/rolemodel/internal/problem"
	"github.com/rolemodel/rolemodel/internal/report"
	"github.com/rolemodel/rolemodel/internal/valid"
	"github.com/rolemodel/rolemodel/role"
)

// Limits of the catalog's fields (see the validate tags of package role and
// skill) that text from a framework must fit.
const (
	maxTitle = 200  // role, family, ladder titles; skill names; labels
	maxText  = 4000 // requirement text, skill description
	maxDesc  = 8000 // ladder description
	maxQuote = 64   // bytes of input a problem message quotes
)

// maxTabFixes bounds how many tabs after sequence dashes one file may have
// read as spaces. Each costs a parse of the file, so a file may also have
// no more than tabBudget bytes parsed again for them.
const (
	maxTabFixes = 100
	tabBudget   = 8 << 20
)

// tabFixes is how many tabs after sequence dashes a file of n bytes may
// have read as spaces.
func tabFixes(n int) int { return min(maxTabFixes, tabBudget/max(n, 1)) }

// readAll reads r whole under limit, reporting an input that is too large.
func readAll(r io.Reader, file string, limit int64, ps *report.Problems) ([]byte, bool) {
	data, size, err := limitio.ReadAll(r, limit)
	switch {
	case errors.Is(err, limitio.ErrTooLarge) && size >= 0:
		ps.Add(file, 0, 0, "", rolemodel.ErrTooLarge, "the file is %d bytes, more than the limit of %d (see MaxFileSize)", size, limit)
		return nil, false
	case errors.Is(err, limitio.ErrTooLarge):
		ps.Add(file, 0, 0, "", rolemodel.ErrTooLarge, "the file is more than the limit of %d bytes (see MaxFileSize)", limit)
		return nil, false
	case err != nil:
		ps.AddIO(file, err, "")
		return nil, false
	}
	return data, true
}

// parseYAML parses data, YAML whose line numbers are those of file, into
// nodes. With tolerate set, a line the YAML parser refuses because a tab
// follows its sequence dash (spaces, "-", then blanks holding a tab) has
// those tabs read as spaces, and the text is parsed again; nothing else is
// changed, and a tab anywhere else is still an error. A tab and a space are
// one byte each, so lines and columns stay those of the file.
func parseYAML(data []byte, file string, tolerate bool, ps *report.Problems) (*decode.Node, bool) {
	buf := data
	copied := false
	for fixes := 0; ; fixes++ {
		n, err := decode.Parse(buf, file, decode.DefaultLimits)
		if err == nil {
			return n, true
		}
		var de *decode.Error
		if !errors.As(err, &de) {
			ps.Add(file, 0, 0, "", rolemodel.ErrSyntax, "%s", decode.Clip(err.Error(), 600))
			return nil, false
		}
		msg, at, col := de.Msg, de.Line, de.Col
		// decode locates a tab after a sequence dash and says so; the
		// tolerance reads such a tab as a space and parses again.
		if de.Err == decode.ErrSyntax && de.Line > 0 && strings.Contains(msg, "a tab follows the sequence dash") {
			line := lineAt(buf, de.Line)
			if from, to, dash := dashTab(line); dash {
				if tolerate && fixes < tabFixes(len(data)) {
					if !copied {
						buf, copied = bytes.Clone(buf), true
						line = lineAt(buf, de.Line)
					}
					for i := from; i < to; i++ {
						line[i] = ' '
					}
					continue
				}
				if tolerate {
					msg += fmt.Sprintf(" (ReadMonzo reads at most %d such tabs as spaces in a file of this size)", tabFixes(len(data)))
				}
			}
		}
		ps.Add(file, at, col, de.Path, de.Err, "%s", msg)
		return nil, false
	}
}

// lineAt returns line n (1-based) of b, without its line feed, sharing b's
// memory; nil when b has fewer lines.
func lineAt(b []byte, n int) []byte {
	for ; n > 1; n-- {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			return nil
		}
		b = b[i+1:]
	}
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		b = b[:i]
	}
	return b
}

// dashTab reports whether line is a sequence entry whose dash is followed
// by blanks holding a tab: spaces, "-", then spaces and tabs with at least
// one tab. from and to delimit the blanks after the dash.
func dashTab(line []byte) (from, to int, ok bool) {
	i := 0
	for i < len(line) && line[i] == ' ' {
		i++
	}
	if i >= len(line) || line[i] != '-' {
		return 0, 0, false
	}
	from = i + 1
	to = from
	tab := false
	for to < len(line) && (line[to] == ' ' || line[to] == '\t') {
		tab = tab || line[to] == '\t'
		to++
	}
	return from, to, tab
}

// addDecodeErrors records the problems of a decode.Into run.
func addDecodeErrors(res *decode.Result, ps *report.Problems) bool {
	for _, e := range res.Errors {
		ps.Add(e.File, e.Line, e.Col, e.Path, e.Err, "%s", e.Msg)
	}
	return len(res.Errors) == 0
}

// locator finds the position of a field path in a decoded file: the field
// itself, or the nearest enclosing value that has one.
type locator struct {
	file string
	pos  *decode.Result
	ps   *report.Problems
}

func (l locator) at(path string) decode.Pos {
	for {
		if p, ok := l.pos.Pos(path); ok {
			return p
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			if p, ok := l.pos.Pos(""); ok {
				return p
			}
			return decode.Pos{Line: 1, Col: 1}
		}
		path = path[:i]
	}
}

// add records a problem at path.
func (l locator) add(path string, kind error, format string, args ...any) {
	p := l.at(path)
	l.ps.Add(l.file, p.Line, p.Col, path, kind, format, args...)
}

// has reports whether the file sets path (to anything, null included).
func (l locator) has(path string) bool { _, ok := l.pos.Pos(path); return ok }

// required reports a missing or empty text field; a field of white space
// and invisible characters only is empty (valid.Blank).
func (l locator) required(path, value, what string) bool {
	if !valid.Blank(value) {
		return true
	}
	if l.has(path) {
		l.add(path, rolemodel.ErrInvalidValue, "empty: expected %s", what)
	} else {
		l.add(path, rolemodel.ErrInvalidValue, "missing: expected %s", what)
	}
	return false
}

// name reports a required name (an ID, a title, a name) that is missing or
// empty, or that breaks the catalog's rule for the characters of names
// (valid.CheckName: one line, no control, line-separator or bidirectional
// formatting character), at the name's own line and column, the same way
// for every character: the catalog's rules would find the same later, but
// at a path of the built catalog with no line.
func (l locator) name(path, value, what string) bool {
	if !l.required(path, value, what) {
		return false
	}
	if msg := valid.CheckName(value); msg != "" {
		l.add(path, rolemodel.ErrInvalidValue, "%s", msg)
		return false
	}
	return true
}

// text reports free text (a summary, an example, a criterion) that breaks
// the catalog's rule for free text (valid.CheckFreeText), at its line.
func (l locator) text(path, value string) bool {
	if msg := valid.CheckFreeText(value); msg != "" {
		l.add(path, rolemodel.ErrInvalidValue, "%s", msg)
		return false
	}
	return true
}

// fits reports text longer than max characters (the catalog's limit).
func (l locator) fits(path, text string, max int, what string) bool {
	if n := utf8.RuneCountInString(text); n > max {
		l.add(path, rolemodel.ErrTooLarge, "%s is %d characters long: a catalog holds at most %d", what, n, max)
		return false
	}
	return true
}

// quote echoes input in a message: cut short, quoted, control characters
// escaped.
func quote(s string) string { return problem.Quote(s, maxQuote) }

// quoteList quotes up to a few names for an "expected one of" message.
func quoteList(names []string) string {
	const most = 12
	var b strings.Builder
	for i, n := range names {
		if i == most {
			fmt.Fprintf(&b, " and %d more", len(names)-most)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(quote(n))
	}
	return b.String()
}

var foldMarks = runes.Remove(runes.In(unicode.Mn))

// slug makes an ID part of s: letters and digits in lower case with accents
// removed, every other run of characters one hyphen, cut to at most max
// bytes at a hyphen. "Problem Solving & Decision Making" gives
// "problem-solving-decision-making". It returns "" when s has no ASCII
// letter or digit.
func slug(s string, max int) string {
	if !isASCII(s) {
		if t, _, err := transform.String(transform.Chain(norm.NFKD, foldMarks), s); err == nil {
			s = t
		}
	}
	var b strings.Builder
	hyphen := false
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
			fallthrough
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
		default:
			hyphen = true
		}
	}
	out := b.String()
	if len(out) > max {
		out = out[:max]
		if i := strings.LastIndexByte(out, '-'); i > 0 {
			out = out[:i]
		}
		out = strings.TrimRight(out, "-")
	}
	return out
}

func isASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// cleanTitle drops what decorates a title at either end: emoji, symbols,
// joiners, variation selectors and spaces ("🛠️ Backend" → "Backend").
// Letters, digits and punctuation stay, as does everything inside.
func cleanTitle(s string) string {
	keep := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsPunct(r) }
	return strings.TrimFunc(s, func(r rune) bool { return !keep(r) })
}

// levelOf classes a job title on role.Level's scale by its words (see
// "Levels and tracks" in the package documentation).
func levelOf(title string) role.Level {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	has := func(w ...string) bool {
		for i := 0; i+len(w) <= len(words); i++ {
			match := true
			for j := range w {
				if words[i+j] != w[j] {
					match = false
					break
				}
			}
			if match {
				return true
			}
		}
		return false
	}
	switch {
	case has("chief"):
		return role.Executive
	case has("vice", "president") || has("vp"):
		return role.VicePresident
	case has("senior", "director"):
		return role.SeniorDirector
	case has("director"):
		return role.Director
	case has("head", "of"):
		return role.UnknownLevel
	case has("manager"):
		return role.Manager
	case has("principal") || has("lead") || has("architect"):
		return role.Lead
	}
	return role.IndividualContributor
}

// bullets writes items as a Markdown list, each item's sub-items indented
// under it.
type bullets struct{ b strings.Builder }

func (l *bullets) item(s string) {
	if l.b.Len() > 0 {
		l.b.WriteByte('\n')
	}
	l.b.WriteString("- ")
	l.b.WriteString(indentRest(strings.TrimSpace(s), "  "))
}

func (l *bullets) sub(s string) {
	l.b.WriteString("\n  - ")
	l.b.WriteString(indentRest(strings.TrimSpace(s), "    "))
}

// add appends a list made by another bullets.
func (l *bullets) add(list string) {
	if l.b.Len() > 0 {
		l.b.WriteByte('\n')
	}
	l.b.WriteString(list)
}

func (l *bullets) String() string { return l.b.String() }

// indentRest indents every line of s but the first.
func indentRest(s, indent string) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	return strings.ReplaceAll(s, "\n", "\n"+indent)
}
