package valid

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/rolemodel/rolemodel/internal/names"
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
//     that is blank (Blank: only white space and invisible, default-ignorable
//     characters such as U+200B or U+FEFF) is missing, as an empty one is:
//     " " and "\t" fold to "", the name that Lookup("") would find, and
//     "\u200b" shows as nothing. An optional name (a technology's category,
//     a region) may be left out, but when present it may not be blank.
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
// It follows a plan made once per type, which skips the fields that hold
// no strings.
func Text(v any, f func(TextProblem)) {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return
		}
		rv = rv.Elem()
	}
	p := textPlanOf(rv.Type())
	if p == nil {
		return
	}
	w := textWalker{f: f}
	w.walk(rv, p, fieldRule{})
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
	path textPath
}

// textPlan is how a value of one type is walked for its strings: a
// string is checked; a pointer, slice or array is walked by its element's
// plan; a struct by the fields that can hold strings. A type that holds
// none has no plan.
type textPlan struct {
	kind   reflect.Kind
	elem   *textPlan
	fields []textField
}

// textField is one exported field of a struct that can hold strings.
type textField struct {
	index int
	name  string // JSON name
	rule  fieldRule
	plan  *textPlan
}

func (w *textWalker) walk(v reflect.Value, p *textPlan, rule fieldRule) {
	switch p.kind {
	case reflect.String:
		s := v.String()
		if s != "" && (rule.required || !rule.free) && Blank(s) {
			if rule.required {
				w.f(TextProblem{Path: w.path.String(), Message: "is required: it holds only white space or invisible characters", Missing: true})
			} else {
				w.f(TextProblem{Path: w.path.String(), Message: "holds only white space or invisible characters: leave it out or give a name"})
			}
			return
		}
		if msg := checkString(s, rule); msg != "" {
			w.f(TextProblem{Path: w.path.String(), Message: msg})
		}
	case reflect.Pointer:
		if !v.IsNil() {
			w.walk(v.Elem(), p.elem, rule)
		}
	case reflect.Slice, reflect.Array:
		n := v.Len()
		if n == 0 {
			return
		}
		if p.elem.kind == reflect.String {
			// A list of strings, the commonest case (aliases, sources).
			for i := range n {
				s := v.Index(i).String()
				if printable(s) && (s == "" || s[0] != ' ') {
					continue
				}
				w.path.index(i)
				w.walk(v.Index(i), p.elem, rule)
				w.path.pop()
			}
			return
		}
		for i := range n {
			w.path.index(i)
			w.walk(v.Index(i), p.elem, rule)
			w.path.pop()
		}
	case reflect.Struct:
		for k := range p.fields {
			fd := &p.fields[k]
			w.path.push(fd.name)
			w.walk(v.Field(fd.index), fd.plan, fd.rule)
			w.path.pop()
		}
	}
}

// Blank reports whether s shows as nothing: it holds only white space
// (unicode.IsSpace: space, tab, line breaks, NBSP, U+3000, …) and
// default-ignorable characters (Ignorable). "" is blank.
func Blank(s string) bool {
	if s != "" {
		if c := s[0]; c > ' ' && c < utf8.RuneSelf {
			return false
		}
	}
	for _, r := range s {
		if !unicode.IsSpace(r) && !Ignorable(r) {
			return false
		}
	}
	return true
}

// Ignorable reports whether r is a default-ignorable code point: see
// names.Ignorable, the one definition, which name folding uses too.
func Ignorable(r rune) bool { return names.Ignorable(r) }

var (
	textPlans sync.Map   // reflect.Type -> *textPlan (nil: no strings)
	textMu    sync.Mutex // held while plans are made
)

// textPlanOf returns the plan of type t, or nil if a value of t holds no
// string.
func textPlanOf(t reflect.Type) *textPlan {
	if p, ok := textPlans.Load(t); ok {
		return p.(*textPlan)
	}
	textMu.Lock()
	defer textMu.Unlock()
	made := map[reflect.Type]*textPlan{}
	p := makeTextPlan(t, made)
	// Plans are published whole: a type that holds itself points at its
	// own plan, filled in after it was first met.
	for t, p := range made {
		textPlans.Store(t, p)
	}
	return p
}

func makeTextPlan(t reflect.Type, made map[reflect.Type]*textPlan) *textPlan {
	if p, ok := textPlans.Load(t); ok {
		return p.(*textPlan)
	}
	if p, ok := made[t]; ok {
		return p
	}
	p := &textPlan{kind: t.Kind()}
	made[t] = p
	found := false
	switch t.Kind() {
	case reflect.String:
		found = true
	case reflect.Pointer, reflect.Slice, reflect.Array:
		p.elem = makeTextPlan(t.Elem(), made)
		found = p.elem != nil
	case reflect.Struct:
		for i := range t.NumField() {
			sf := t.Field(i)
			if !sf.IsExported() {
				continue
			}
			fp := makeTextPlan(sf.Type, made)
			if fp == nil {
				continue
			}
			name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			if name == "" {
				name = sf.Name
			}
			// "required" before "dive" applies to the field, after it to
			// each element: a list of strings is walked element by
			// element.
			tags := strings.Split(sf.Tag.Get("validate"), ",")
			if k := indexOf(tags, "dive"); k >= 0 && (sf.Type.Kind() == reflect.Slice || sf.Type.Kind() == reflect.Array) {
				tags = tags[k+1:]
			}
			p.fields = append(p.fields, textField{index: i, name: name, rule: fieldRule{free: freeText[name], required: indexOf(tags, "required") >= 0}, plan: fp})
		}
		found = len(p.fields) > 0
	}
	if !found {
		made[t] = nil
		return nil
	}
	return p
}

func indexOf(s []string, x string) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

// printable reports whether s is all printable ASCII (space to tilde),
// eight bytes at a time: nearly every string of a catalog is, and then
// breaks no rule of its kind of field.
func printable(s string) bool {
	const (
		lo   = 0x2020202020202020 // bytes below space
		high = 0x8080808080808080
		del  = 0x7f7f7f7f7f7f7f7f
		ones = 0x0101010101010101
	)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		d := x ^ del
		if x&high != 0 || (x-lo)&^x&high != 0 || (d-ones)&^d&high != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// checkString returns the message for s if it breaks the rule, or "".
func checkString(s string, rule fieldRule) string {
	// Nearly every string is printable ASCII: check that first.
	if printable(s) {
		return ""
	}
	i := 0
	for i < len(s) && s[i] >= 0x20 && s[i] < 0x7f {
		i++
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
