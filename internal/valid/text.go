package valid

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/rolemodel/rolemodel/internal/problem"
)

// The catalog's rule for the characters of its strings, by kind of field.
// It is the one place this rule lives: the root package applies it to every
// catalog however built (Load, Build, the importers, Merge), and an
// importer may apply it to each record as it reads it, to name the cell.
//
//   - Free text is the fields named text, description and note (a
//     statement, a description, a note: what a person reads as prose). It
//     may hold tab and line breaks (LF, CR, U+2028, U+2029, NEL), and the
//     C1 control characters U+0080-U+009F, because the publishers' own
//     files carry them: ESCO's occupations file (v1.0 and v1.1) has
//     Windows-1252 text read as Latin-1 (U+0080, U+0099) in 18
//     descriptions, and the UK DDaT framework separates lines with U+2028.
//     It may not hold any other C0 control character or DEL (ESC starts a
//     terminal escape; NUL ends C strings), and its bidirectional
//     embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069)
//     must be closed within the text (by U+202C PDF and U+2069 PDI), so
//     that they cannot reorder what is shown after it ("Trojan Source",
//     CVE-2021-42574).
//   - Every other string is a name: an ID, title, name, alias, label,
//     category, region, code, URL or source ID, shown on one line and
//     compared by names.Fold. It may hold no character problem.Unsafe
//     reports: no control character at all (not even tab or a line
//     break), no line or paragraph separator, no bidirectional formatting
//     character.
//   - A string the validate tag makes required (a title, a name, an alias)
//     that holds only white space is missing, as an empty one is: " " and
//     "\t" fold to "", the name that Lookup("") would find.
//   - Every string is valid UTF-8.

// freeText names the fields that hold free text.
var freeText = map[string]bool{"text": true, "description": true, "note": true}

// TextProblem is what Text reports for a string that breaks the rule.
type TextProblem struct {
	// Path is the string's field path in JSON names: roles[3].aliases[0].
	Path string
	// Message says what is wrong and what was expected.
	Message string
	// Missing is set for a required string of white space only: a problem
	// of kind "required" rather than an invalid value.
	Missing bool
}

// Text checks every string in v (a struct or a pointer to one) by the rule
// above and calls f for each that breaks it, in the order of the fields.
func Text(v any, f func(TextProblem)) {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return
		}
		rv = rv.Elem()
	}
	w := textWalker{f: f}
	w.path = w.buf[:0]
	w.walk(rv, fieldRule{})
}

// CheckName returns the message for a name s that breaks the rule, or "".
func CheckName(s string) string { return checkString(s, fieldRule{}) }

// CheckFreeText returns the message for free text s that breaks the rule,
// or "".
func CheckFreeText(s string) string { return checkString(s, fieldRule{free: true}) }

// fieldRule is what the rule asks of the strings of one field.
type fieldRule struct {
	free     bool // free text
	required bool // a string of white space only is missing
}

type textWalker struct {
	f    func(TextProblem)
	path []pathStep
	buf  [8]pathStep // the path's first steps, without an allocation
}

type pathStep struct {
	name  string
	index int
}

func (w *textWalker) pathString() string {
	var b strings.Builder
	for _, s := range w.path {
		if s.name == "" {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.name)
	}
	return b.String()
}

func (w *textWalker) walk(v reflect.Value, rule fieldRule) {
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		if rule.required && s != "" && strings.TrimSpace(s) == "" {
			w.f(TextProblem{Path: w.pathString(), Message: "is required: it holds only white space", Missing: true})
			return
		}
		if msg := checkString(s, rule); msg != "" {
			w.f(TextProblem{Path: w.pathString(), Message: msg})
		}
	case reflect.Pointer:
		if !v.IsNil() {
			w.walk(v.Elem(), rule)
		}
	case reflect.Slice, reflect.Array:
		if !holdsStrings(v.Type().Elem()) {
			return
		}
		for i := range v.Len() {
			w.path = append(w.path, pathStep{index: i})
			w.walk(v.Index(i), rule)
			w.path = w.path[:len(w.path)-1]
		}
	case reflect.Struct:
		for _, fd := range fieldsWithStrings(v.Type()) {
			w.path = append(w.path, pathStep{name: fd.name})
			w.walk(v.Field(fd.index), fd.rule)
			w.path = w.path[:len(w.path)-1]
		}
	}
}

// textField is one exported field of a struct that can hold strings.
type textField struct {
	index int
	name  string // JSON name
	rule  fieldRule
}

var textFields sync.Map // reflect.Type -> []textField

func fieldsWithStrings(t reflect.Type) []textField {
	if v, ok := textFields.Load(t); ok {
		return v.([]textField)
	}
	textFields.Store(t, []textField(nil)) // a recursive type ends here
	var out []textField
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() || !holdsStrings(sf.Type) {
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		// "required" before "dive" applies to the field, after it to each
		// element: a list of strings is walked element by element.
		tags := strings.Split(sf.Tag.Get("validate"), ",")
		if k := indexOf(tags, "dive"); k >= 0 && (sf.Type.Kind() == reflect.Slice || sf.Type.Kind() == reflect.Array) {
			tags = tags[k+1:]
		}
		out = append(out, textField{index: i, name: name, rule: fieldRule{free: freeText[name], required: indexOf(tags, "required") >= 0}})
	}
	textFields.Store(t, out)
	return out
}

func indexOf(s []string, x string) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

var holds sync.Map // reflect.Type -> bool

// holdsStrings reports whether a value of type t can hold a string.
func holdsStrings(t reflect.Type) bool {
	if v, ok := holds.Load(t); ok {
		return v.(bool)
	}
	holds.Store(t, false) // a recursive type ends here
	found := false
	switch t.Kind() {
	case reflect.String:
		found = true
	case reflect.Pointer, reflect.Slice, reflect.Array:
		found = holdsStrings(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if sf := t.Field(i); sf.IsExported() && holdsStrings(sf.Type) {
				found = true
				break
			}
		}
	}
	holds.Store(t, found)
	return found
}

// checkString returns the message for s if it breaks the rule, or "".
func checkString(s string, rule fieldRule) string {
	// Nearly every string is printable ASCII: check that in one pass.
	i := 0
	for i < len(s) && s[i] >= 0x20 && s[i] < 0x7f {
		i++
	}
	if i == len(s) {
		return ""
	}
	if !utf8.ValidString(s) {
		return "is not valid UTF-8 text"
	}
	if !rule.free {
		if k := strings.IndexFunc(s, problem.Unsafe); k >= 0 {
			r, _ := utf8.DecodeRuneInString(s[k:])
			return fmt.Sprintf("%s holds %s: a name, ID or label is one line of text, without control, line-separator or bidirectional formatting characters", quoted(s), describeRune(r))
		}
		return ""
	}
	// Bidirectional embeddings and overrides close with PDF, isolates with
	// PDI, which also closes what opened inside the isolate; a closer with
	// nothing open does nothing (UAX #9, rules X6a-X7).
	var open []rune
	for _, r := range s[i:] {
		switch {
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f:
			return fmt.Sprintf("%s holds %s: expected text with no control characters other than tab and line breaks", quoted(s), describeRune(r))
		case r >= 0x202a && r <= 0x202e && r != 0x202c, r >= 0x2066 && r <= 0x2068:
			open = append(open, r)
		case r == 0x202c:
			if n := len(open); n > 0 && open[n-1] < 0x2066 {
				open = open[:n-1]
			}
		case r == 0x2069:
			for k := len(open) - 1; k >= 0; k-- {
				if open[k] >= 0x2066 {
					open = open[:k]
					break
				}
			}
		}
	}
	if len(open) > 0 {
		r := open[len(open)-1]
		closer := "U+202C (PDF)"
		if r >= 0x2066 {
			closer = "U+2069 (PDI)"
		}
		return fmt.Sprintf("%s holds %s that is not closed by %s: free text may use bidirectional formatting only if it closes it, so that it cannot reorder what follows", quoted(s), describeRune(r), closer)
	}
	return ""
}

// describeRune names a character the rule refuses.
func describeRune(r rune) string {
	switch {
	case r == 0:
		return "the control character U+0000 (NUL)"
	case r == 0x2028:
		return "the line separator U+2028"
	case r == 0x2029:
		return "the paragraph separator U+2029"
	case unicode.IsControl(r):
		return fmt.Sprintf("the control character %U", r)
	}
	return fmt.Sprintf("the bidirectional formatting character %U", r)
}
