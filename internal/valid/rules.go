package valid

import (
	"fmt"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// The field rules are written as go-playground/validator tags
// (`validate:"required,max=200"`) and mean what that library makes of them
// with WithRequiredStructEnabled and JSON field names: every exported
// field is visited, a struct field (or a non-nil pointer to one) is
// descended into after its own tags pass, a list only through "dive", and
// the first tag a value fails is its one problem. They are checked by a
// plan made once per type rather than by the library, which looks every
// value up through an interface (845,000 allocations for the O*NET
// catalog); FuzzRules checks that both find the same problems, in the
// same order, with the same messages.
//
// The tags: required, omitempty, omitnil, dive, min=N and max=N (a
// string's characters, a list's entries, a number's value), oneof=a b c,
// url, and the module's own slug, onetsoc, isco08 and level. A tag outside
// this list panics when its type is first checked: every catalog type is
// checked by the tests.

// stepKind is what one tag does.
type stepKind uint8

const (
	stepCheck stepKind = iota
	stepOmitEmpty
	stepOmitNil
	stepDive
)

// step is one tag of a field, parsed once.
type step struct {
	kind  stepKind
	tag   string
	param string
	check func(v reflect.Value, ptr bool) bool
	// str is check for a string, where the tag applies to strings (not
	// reached through a pointer).
	str func(s string) bool
}

// ruleField is one exported field of a struct that can break a rule.
type ruleField struct {
	index int
	name  string // the field's name in paths: its JSON name
	steps []step
	// sub is the plan of the struct the field holds (through pointers),
	// elem that of the structs its list holds, if any.
	sub, elem *lazyPlan
}

// lazyPlan is the plan of a struct type, looked up on first use: a type
// may hold itself.
type lazyPlan struct {
	t reflect.Type // nil: not a struct
	p atomic.Pointer[rulePlan]
}

func (l *lazyPlan) get(t reflect.Type) *rulePlan {
	if l == nil || l.t != t {
		return planFor(t) // a type the field's static type does not give
	}
	if p := l.p.Load(); p != nil {
		return p
	}
	p := planFor(t)
	l.p.Store(p)
	return p
}

// structType returns the struct type t holds through pointers, or nil.
func structType(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() == reflect.Struct {
		return t
	}
	return nil
}

// rulePlan is how a struct type is checked.
type rulePlan struct {
	fields []ruleField
	// rule is the type's struct-level rule, if any: it reports fields by
	// name with the tag of the rule they break.
	rule func(v reflect.Value, report func(field, tag string))
}

var rulePlans sync.Map // reflect.Type -> *rulePlan

// planFor returns the plan of struct type t, making it once.
func planFor(t reflect.Type) *rulePlan {
	if p, ok := rulePlans.Load(t); ok {
		return p.(*rulePlan)
	}
	p := &rulePlan{rule: structRules[t]}
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() && !sf.Anonymous {
			continue
		}
		tag := sf.Tag.Get("validate")
		if tag == "-" {
			continue
		}
		steps := parseSteps(tag, sf)
		if len(steps) == 0 && !mayBreak(sf.Type) {
			continue
		}
		f := ruleField{index: i, name: jsonName(sf), steps: steps, sub: &lazyPlan{t: structType(sf.Type)}, elem: &lazyPlan{}}
		if b := baseType(sf.Type); b.Kind() == reflect.Slice || b.Kind() == reflect.Array {
			f.elem.t = structType(b.Elem())
		}
		p.fields = append(p.fields, f)
	}
	p2, _ := rulePlans.LoadOrStore(t, p)
	return p2.(*rulePlan)
}

// baseType is t without its pointers.
func baseType(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// jsonName is a field's name in paths, as the validator's tag-name function
// gives it: the JSON name, or the Go name for a field named "-" or with
// no JSON name.
func jsonName(sf reflect.StructField) string {
	name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
	if name == "" || name == "-" {
		return sf.Name
	}
	return name
}

var breaks sync.Map // reflect.Type -> bool

// mayBreak reports whether a field of type t without tags can hold a value
// that breaks a rule: a struct (directly or through pointers) with a
// tagged field or a struct-level rule. Lists are checked only through
// dive, so they cannot.
func mayBreak(t reflect.Type) bool {
	if v, ok := breaks.Load(t); ok {
		return v.(bool)
	}
	breaks.Store(t, true) // a recursive type is assumed to
	found := false
	switch t.Kind() {
	case reflect.Pointer:
		found = mayBreak(t.Elem())
	case reflect.Struct:
		found = structRules[t] != nil
		for i := range t.NumField() {
			sf := t.Field(i)
			if !sf.IsExported() && !sf.Anonymous {
				continue
			}
			if tag := sf.Tag.Get("validate"); tag != "" && tag != "-" || mayBreak(sf.Type) {
				found = true
			}
		}
	}
	breaks.Store(t, found)
	return found
}

// parseSteps parses a validate tag.
func parseSteps(tag string, sf reflect.StructField) []step {
	if tag == "" {
		return nil
	}
	var steps []step
	for _, t := range strings.Split(tag, ",") {
		name, param, _ := strings.Cut(t, "=")
		s := step{tag: name, param: param}
		switch name {
		case "omitempty":
			s.kind = stepOmitEmpty
		case "omitnil":
			s.kind = stepOmitNil
		case "dive":
			s.kind = stepDive
		case "required":
			s.check = hasValue
			s.str = func(s string) bool { return s != "" }
		case "min", "max":
			s.check = bound(name == "min", param, sf)
			if n, err := strconv.ParseInt(param, 0, 64); err == nil {
				if name == "min" {
					s.str = func(s string) bool { return int64(len(s)) >= n && int64(utf8.RuneCountInString(s)) >= n }
				} else {
					s.str = func(s string) bool { return int64(len(s)) <= n || int64(utf8.RuneCountInString(s)) <= n }
				}
			}
		case "oneof":
			if strings.ContainsRune(param, '\'') {
				panic(fmt.Sprintf("valid: field %s: quoted oneof values are not supported", sf.Name))
			}
			vals := strings.Fields(param)
			s.str = func(s string) bool { return slices.Contains(vals, s) }
			s.check = func(v reflect.Value, _ bool) bool {
				if v.Kind() != reflect.String {
					panic(fmt.Sprintf("valid: oneof on %s", v.Type()))
				}
				return s.str(v.String())
			}
		case "url":
			s.str = isURL
			s.check = func(v reflect.Value, _ bool) bool { return isURL(v.String()) }
		default:
			fn, ok := customChecks[name]
			if !ok {
				panic(fmt.Sprintf("valid: field %s: unsupported validate tag %q", sf.Name, t))
			}
			s.check = func(v reflect.Value, _ bool) bool { return fn(v) }
			s.str = stringChecks[name]
		}
		steps = append(steps, s)
	}
	return steps
}

// hasValue is the validator's "required": a list, map or pointer that is
// not nil, any other value (a struct included) that is not its zero value.
func hasValue(v reflect.Value, ptr bool) bool {
	switch v.Kind() {
	case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface, reflect.Chan, reflect.Func:
		return !v.IsNil()
	}
	if ptr {
		return true // a value reached through a pointer is present
	}
	return v.IsValid() && !v.IsZero()
}

// bound is min=param (at least) or max=param (at most) for the field.
func bound(atLeast bool, param string, sf reflect.StructField) func(reflect.Value, bool) bool {
	cmpInt := func(n, p int64) bool { return atLeast && n >= p || !atLeast && n <= p }
	cmpFloat := func(n, p float64) bool { return atLeast && n >= p || !atLeast && n <= p }
	ip, ierr := strconv.ParseInt(param, 0, 64)
	up, uerr := strconv.ParseUint(param, 0, 64)
	f64, ferr := strconv.ParseFloat(param, 64)
	f32, f32err := strconv.ParseFloat(param, 32)
	must := func(err error) {
		if err != nil {
			panic(fmt.Sprintf("valid: field %s: bad parameter %q: %v", sf.Name, param, err))
		}
	}
	return func(v reflect.Value, _ bool) bool {
		switch v.Kind() {
		case reflect.String:
			must(ierr)
			return cmpInt(int64(utf8.RuneCountInString(v.String())), ip)
		case reflect.Slice, reflect.Map, reflect.Array:
			must(ierr)
			return cmpInt(int64(v.Len()), ip)
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			must(ierr)
			return cmpInt(v.Int(), ip)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			must(uerr)
			n := v.Uint()
			return atLeast && n >= up || !atLeast && n <= up
		case reflect.Float32:
			must(f32err)
			return cmpFloat(v.Float(), f32)
		case reflect.Float64:
			must(ferr)
			return cmpFloat(v.Float(), f64)
		}
		panic(fmt.Sprintf("valid: min or max on %s", v.Type()))
	}
}

// isURL is the validator's "url": an absolute URL with a host, a fragment
// or an opaque part (a file URL with a path), read in lower case.
func isURL(s string) bool {
	s = strings.ToLower(s)
	if len(s) == 0 {
		return false
	}
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" {
		return false
	}
	if u.Scheme == "file" {
		return len(u.Path) != 0 && u.Path != "/"
	}
	return len(u.Host) != 0 || len(u.Fragment) != 0 || len(u.Opaque) != 0
}

// ruleWalker checks a value against the plans and collects the problems.
type ruleWalker struct {
	path   textPath
	out    []Problem
	report func(field, tag string) // what struct-level rules report to
}

func (w *ruleWalker) structValue(v reflect.Value, p *rulePlan) {
	for i := range p.fields {
		f := &p.fields[i]
		w.path.push(f.name)
		w.traverse(v.Field(f.index), f.steps, f.sub, f.elem)
		w.path.pop()
	}
	if p.rule != nil {
		if w.report == nil {
			w.report = func(field, tag string) {
				w.path.push(field)
				w.out = append(w.out, Problem{Path: w.path.String(), Message: ruleMessages[tag]})
				w.path.pop()
			}
		}
		p.rule(v, w.report)
	}
}

// traverse checks v against the steps of its field, as the validator's
// traverseField does: sub is the plan of a struct v holds, elem that of
// the elements a dive reaches.
func (w *ruleWalker) traverse(v reflect.Value, steps []step, sub, elem *lazyPlan) {
	ptr := false
	for v.Kind() == reflect.Pointer && !v.IsNil() {
		v, ptr = v.Elem(), true
	}
	kind := v.Kind()
	if kind == reflect.Pointer {
		// A nil pointer: skipped by omitempty or omitnil, else it fails
		// its first tag.
		if len(steps) == 0 || steps[0].kind == stepOmitEmpty || steps[0].kind == stepOmitNil {
			return
		}
		w.fail(steps[0], v, kind)
		return
	}
	for k := range steps {
		s := &steps[k]
		switch s.kind {
		case stepOmitEmpty:
			if !hasValue(v, ptr) {
				return
			}
		case stepOmitNil:
			switch kind {
			case reflect.Slice, reflect.Map, reflect.Interface, reflect.Chan, reflect.Func:
				if v.IsNil() {
					return
				}
			}
		case stepDive:
			if kind != reflect.Slice && kind != reflect.Array {
				panic(fmt.Sprintf("valid: dive on %s", v.Type()))
			}
			rest := steps[k+1:]
			if v.Type().Elem().Kind() == reflect.String && stringSteps(rest) {
				w.strings(v, rest)
				return
			}
			for i := range v.Len() {
				w.path.index(i)
				w.traverse(v.Index(i), rest, elem, nil)
				w.path.pop()
			}
			return
		default:
			ok := false
			if kind == reflect.String && s.str != nil && !ptr {
				ok = s.str(v.String())
			} else {
				ok = s.check(v, ptr)
			}
			if !ok {
				w.fail(*s, v, kind)
				return
			}
		}
	}
	if kind == reflect.Struct {
		w.structValue(v, sub.get(v.Type()))
	}
}

// stringSteps reports whether every step applies to a string as it is.
func stringSteps(steps []step) bool {
	for _, s := range steps {
		if s.kind != stepCheck || s.str == nil {
			return false
		}
	}
	return true
}

// strings checks every string of list v against steps, all string checks.
func (w *ruleWalker) strings(v reflect.Value, steps []step) {
	for i := range v.Len() {
		s := v.Index(i).String()
		for k := range steps {
			if !steps[k].str(s) {
				w.path.index(i)
				w.fail(steps[k], v.Index(i), reflect.String)
				w.path.pop()
				break
			}
		}
	}
}

func (w *ruleWalker) fail(s step, v reflect.Value, kind reflect.Kind) {
	w.out = append(w.out, Problem{Path: w.path.String(), Message: message(s.tag, s.param, kind, v.Interface())})
}

// pathStep is one step of a field path: a field name, or else an index.
type pathStep struct {
	name  string
	index int
}

// textPath is a field path built during a walk, written out only for a
// problem.
type textPath struct {
	steps []pathStep
	buf   [8]pathStep // the path's first steps, without an allocation
}

func (p *textPath) push(name string) {
	if p.steps == nil {
		p.steps = p.buf[:0]
	}
	p.steps = append(p.steps, pathStep{name: name})
}

func (p *textPath) index(i int) {
	if p.steps == nil {
		p.steps = p.buf[:0]
	}
	p.steps = append(p.steps, pathStep{index: i})
}

func (p *textPath) pop() { p.steps = p.steps[:len(p.steps)-1] }

func (p *textPath) String() string {
	var b strings.Builder
	for _, s := range p.steps {
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
